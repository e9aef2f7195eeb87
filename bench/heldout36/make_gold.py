"""Writes gold.json for the 36th held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout36/make_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# --- syria_sweida_ap (AP, 2018-07-26, Thursday) ------------------------------------------------------
SY, SW = "Syria", ["As-Suwayda", "As Suwayda", "Sweida"]
IS = ["Islamic State", "ISIS", "Islamic State (Syria)"]
ev("sweida-villages-raid", "syria_sweida_ap", "2018-07-25", "2018-07-25", "2018-07-25", VAC, ["Attack"],
   IS, ["Civilians (Syria)"], SY, SW, (), 100,
   evidence="militants slipped into several villages east of the city, including al-Shbeki, Rami and al-Mtuna "
            "... more than 100 villagers were killed in the raids")
ev("sweida-city-suicide-bombings", "syria_sweida_ap", "2018-07-25", "2018-07-25", "2018-07-25", EXP,
   ["Suicide bomb"], IS, ["Civilians (Syria)"], SY, SW, (), 38,
   evidence="three suicide bombers struck inside Sweida city itself ... at least 38 people were killed in the city")
ev("sweida-desert-clash", "syria_sweida_ap", "2018-07-25", "2018-07-25", "2018-07-25", BAT, ["Armed clash"],
   ["Military Forces of Syria", "Druze Militia (Syria)", "Civilians (Syria)"], IS, SY, SW, (), None, req=False,
   evidence="Government troops and local Druze militiamen fought the attackers for several hours ... dozens of "
            "militants were killed")
ev("shbeki-hostages", "syria_sweida_ap", "2018-07-25", "2018-07-25", "2018-07-25", VAC,
   ["Abduction/forced disappearance"], IS, ["Civilians (Syria)"], SY, SW, (), 0,
   evidence="As they withdrew, the militants took some 30 women and children from al-Shbeki as hostages")
ev("sweida-desert-airstrikes", "syria_sweida_ap", "2018-07-26", "2018-07-26", "2018-07-26", EXP,
   ["Air/drone strike"], ["Military Forces of Syria", "Military Forces of Russia"], IS, SY, SW, (), None,
   evidence="Syrian and Russian warplanes pounded IS positions in the desert east of Sweida on Thursday")
# not events: SOHR "at least 215 ... in the province" (sums the named events); Yarmouk regained May 21
# (background, 66 days); IS evacuation in May (background); governor's vow; Daraa/Quneitra offensive (undated).

# --- iraq_qatari_reuters (Reuters, 2015-12-16, Wednesday) -------------------------------------------
IQ = "Iraq"
ev("busaya-qatari-hunters-kidnapped", "iraq_qatari_reuters", "2015-12-16", "2015-12-16", "2015-12-16", VAC,
   ["Abduction/forced disappearance"],
   ["Unidentified Armed Group (Iraq)", "Kataib Hezbollah", "Shiite Militia (Iraq)"],
   ["Civilians (Qatar)", "Civilians (Iraq)"], IQ, ["Al Muthanna", "Muthanna"], ["Al-Salman"], 0,
   evidence="Gunmen in dozens of pickup trucks kidnapped at least 26 Qatari citizens ... near the small town of "
            "Busaya")
ev("turkish-troops-near-mosul", "iraq_qatari_reuters", "2015-12-04", "2015-12-01", "2015-12-15", STR,
   ["Change to group/activity", "Headquarters or base established"], ["Military Forces of Turkey"], [""],
   IQ, ["Nineveh", "Ninawa"], (), 0, req=False, tp=3,
   evidence="the deployment of several hundred Turkish troops to a camp near Mosul earlier this month")
# not events: Turkish workers seized in September (background), IS overran a third of Iraq in 2014, Ramadi
# captured in May (background), "pressing to retake Ramadi" (ongoing, no dated act), search, investigation.

# --- yemen_aden_xinhua (Xinhua, 2016-12-18, Sunday) --------------------------------------------------
YE = "Yemen"
YEMIL = ["Military Forces of Yemen"]
ev("sawlaban-suicide-dec18", "yemen_aden_xinhua", "2016-12-18", "2016-12-18", "2016-12-18", EXP,
   ["Suicide bomb"], ["Islamic State", "Islamic State (Yemen)"], YEMIL, YE, ["Aden"],
   ["Khur Maksar", "Khor Maksar"], 48,
   evidence="At least 48 Yemeni soldiers were killed ... suicide bomber ... al-Sawlaban military camp in Khor "
            "Maksar (initial 40 -> 48; a medical source 52)")
ev("sawlaban-suicide-dec10", "yemen_aden_xinhua", "2016-12-10", "2016-12-10", "2016-12-10", EXP,
   ["Suicide bomb"], ["Islamic State", "Islamic State (Yemen)"], YEMIL, YE, ["Aden"],
   ["Khur Maksar", "Khor Maksar"], 48,
   evidence="On Dec. 10, a suicide bomber killed 48 soldiers at al-Sawlaban camp")
ev("nihm-coalition-airstrikes", "yemen_aden_xinhua", "2016-12-18", "2016-12-18", "2016-12-18", EXP,
   ["Air/drone strike"],
   ["Military Forces of Saudi Arabia", "Saudi-led Coalition", "Operation Restoring Hope"],
   ["Houthis", "Ansar Allah", "Houthi Movement"], YE, ["Sanaa", "Sana'a"], ["Nihm"], 7,
   evidence="the Saudi-led coalition carried out several airstrikes on Houthi positions in Nihm district east "
            "of Sanaa on Sunday, killing at least seven Houthi fighters")
# not events: August al-Mansoura recruitment-centre car bomb (background, >100 days), Houthis seized Sanaa in
# 2014, "war has killed more than 10,000 since March 2015" (war-long total), governor's orders.

# --- lebanon_tripoli_dailystar (The Daily Star, 2015-01-11, Sunday) ---------------------------------
LB, NORD = "Lebanon", ["Liban-Nord", "North", "North Lebanon"]
ev("jabal-mohsen-cafe-bombing", "lebanon_tripoli_dailystar", "2015-01-10", "2015-01-10", "2015-01-10", EXP,
   ["Suicide bomb"], ["Nusra Front", "Jabhat al-Nusra", "Al Nusra Front", "Jabhat al Nusra"],
   ["Civilians (Lebanon)"], LB, NORD, ["Tripoli"], 11,
   evidence="Two suicide bombers blew themselves up inside a crowded cafe in Tripoli's ... Jabal Mohsen ... "
            "killing nine ... bringing the total number of dead to 11")
ev("mankoubin-detentions", "lebanon_tripoli_dailystar", "2015-01-11", "2015-01-11", "2015-01-11", STR,
   ["Arrests"], ["Military Forces of Lebanon"], ["Civilians (Lebanon)"], LB, NORD, ["Tripoli"], 0, req=False,
   evidence="On Sunday, Army intelligence raided several homes in Mankoubin and detained the father and two "
            "brothers of one of the bombers")
# not events: celebratory/angry firing in the air, army deployment along Syria Street (same evening, could be
# coded as Change to group/activity but not coded), 2008-2014 Tripoli rounds and April 2014 security plan,
# August 2013 mosque bombings (background), Salam/Eid statements.

# --- westbank_turmusayya_haaretz (Haaretz, 2023-06-22, Thursday) ------------------------------------
PS, WB, IL = "Palestine", ["West Bank"], ["Military Forces of Israel"]
SETTLERS = ["Israeli Settlers", "Settlers (Israel)", "Settlers (Palestine)", "Rioters (Israel)",
            "Unidentified Armed Group (Palestine)"]
ev("turmus-ayya-settler-rampage", "westbank_turmusayya_haaretz", "2023-06-21", "2023-06-21", "2023-06-21", VAC,
   ["Attack"], SETTLERS, ["Civilians (Palestine)"], PS, WB, ["Ramallah"], 1,
   evidence="Hundreds of Israeli settlers stormed ... Turmus Ayya ... Omar Qatin, 27 ... was shot dead")
ev("eli-shooting", "westbank_turmusayya_haaretz", "2023-06-20", "2023-06-20", "2023-06-20", VAC, ["Attack"],
   ["Hamas", "Ezzedine al-Qassam Brigades", "Izz al-Din al-Qassam Brigades"], ["Civilians (Israel)"], PS, WB,
   ["Nablus", "Ramallah"], 5,
   evidence="On Tuesday, two gunmen opened fire at a hummus restaurant and a gas station at the entrance to Eli, "
            "killing four Israeli civilians ... One of the gunmen was shot dead at the scene")
ev("tammun-shootout", "westbank_turmusayya_haaretz", "2023-06-21", "2023-06-21", "2023-06-21", BAT,
   ["Armed clash"], IL, ["Hamas", "Ezzedine al-Qassam Brigades", "Unidentified Armed Group (Palestine)"], PS, WB,
   ["Tubas"], 1,
   evidence="The second gunman fled and was killed on Wednesday in an exchange of fire with Israeli troops near "
            "the village of Tammun")
ev("jalameh-drone-strike", "westbank_turmusayya_haaretz", "2023-06-21", "2023-06-21", "2023-06-21", EXP,
   ["Air/drone strike"], IL, ["Unidentified Armed Group (Palestine)", "Jenin Brigade"], PS, WB, ["Jenin"], 3,
   evidence="an IDF drone struck a car carrying militants near the Jalameh checkpoint, north of Jenin, killing "
            "three men")
ev("jenin-raid-battle", "westbank_turmusayya_haaretz", "2023-06-19", "2023-06-19", "2023-06-19", BAT,
   ["Armed clash"], IL, ["Unidentified Armed Group (Palestine)", "Jenin Brigade", "Palestinian Islamic Jihad"],
   PS, WB, ["Jenin"], 6,
   evidence="Monday, when Israeli forces raiding Jenin came under heavy fire ... Six Palestinians ... were killed")
# not events: 1,000 housing units in Eli (plan), joint statement, February Hawara rampage (background).

# --- libya_ghat_ansa (ANSA, 2016-09-20, Tuesday) ----------------------------------------------------
LY = "Libya"
LNA = ["Libyan National Army", "LNA", "Military Forces of Libya", "Khalifa Haftar Forces"]
PFG = ["Petroleum Facilities Guard", "PFG"]
ev("ghat-workers-kidnapped", "libya_ghat_ansa", "2016-09-19", "2016-09-19", "2016-09-19", VAC,
   ["Abduction/forced disappearance"], ["Unidentified Armed Group (Libya)"],
   ["Civilians (Italy)", "Civilians (Canada)", "Civilians (Libya)"], LY, ["Ghat"], (), 0,
   evidence="Two Italian technicians and a Canadian colleague were kidnapped by armed men in ... Ghat on Monday")
ev("es-sider-seized", "libya_ghat_ansa", "2016-09-11", "2016-09-11", "2016-09-11", BAT,
   ["Non-state actor overtakes territory", "Government regains territory"], LNA, PFG, LY,
   ["Surt", "Sirte", "Al Wahat"], (), None,
   evidence="forces loyal to General Khalifa Haftar seized the oil terminals of Es Sider and Ras Lanuf from the "
            "Petroleum Facilities Guard on September 11")
ev("ras-lanuf-seized", "libya_ghat_ansa", "2016-09-11", "2016-09-11", "2016-09-11", BAT,
   ["Non-state actor overtakes territory", "Government regains territory"], LNA, PFG, LY,
   ["", "Surt", "Sirte", "Al Wahat"], (), None, req=False,
   evidence="seized the oil terminals of Es Sider and Ras Lanuf ... on September 11 (gazetteer gives Ras Lanuf "
            "no admin1)")
# not events: Mellitah kidnapping July 2015 and Sabratha killings March 2016 (background), Misrata field
# hospital deployment (undated), Sirte fighting (ongoing, undated), Farnesina statements.

# --- afghanistan_auaf_tolonews (TOLOnews, 2016-08-25, Thursday) -------------------------------------
AF = "Afghanistan"
AFG_UNK = ["Unidentified Armed Group (Afghanistan)", "Taliban"]
ev("auaf-complex-attack", "afghanistan_auaf_tolonews", "2016-08-24", "2016-08-24", "2016-08-25", EXP,
   ["Suicide bomb"], AFG_UNK, ["Civilians (Afghanistan)"], AF, ["Kabul"], ["Kabul"], 16,
   evidence="a suicide bomber detonated an explosives-laden vehicle near the wall ... two gunmen ... 13 killed "
            "... does not include the suicide bomber and the two gunmen (13 + 3 = 16; police chief earlier 12)")
ev("auaf-lecturers-kidnapped", "afghanistan_auaf_tolonews", "2016-08-07", "2016-08-07", "2016-08-07", VAC,
   ["Abduction/forced disappearance"], AFG_UNK,
   ["Civilians (United States)", "Civilians (Australia)", "Civilians (Afghanistan)"], AF, ["Kabul"], ["Kabul"], 0,
   evidence="two of its foreign lecturers ... were kidnapped by gunmen wearing military uniforms as they drove "
            "near the campus on the night of August 7")
# not events: Helmand/Kunduz offensives (undated), Kunduz city captured September 2015 (background).

# --- pakistan_peshawar_tribune (The Express Tribune, 2017-12-02, Saturday) ---------------------------
PK, KP = "Pakistan", ["Khyber Pakhtunkhwa", "Khyber-Pakhtunkhwa"]
TTP = ["Tehreek-e-Taliban Pakistan", "TTP", "Tehrik-i-Taliban Pakistan", "Pakistani Taliban"]
ev("peshawar-ati-attack", "pakistan_peshawar_tribune", "2017-12-01", "2017-12-01", "2017-12-01", VAC, ["Attack"],
   TTP, ["Civilians (Pakistan)"], PK, KP, ["Peshawar"], 12,
   evidence="Nine people, most of them students, were killed ... militants ... stormed the hostel of the "
            "Agricultural Training Institute ... All three attackers ... were killed (9 + 3 = 12)")
ev("quetta-sp-ilyas-killed", "pakistan_peshawar_tribune", "2017-11-24", "2017-11-24", "2017-11-24", VAC,
   ["Attack"], ["Islamic State", "Islamic State (Pakistan)", "Unidentified Armed Group (Pakistan)"],
   ["Police Forces of Pakistan", "Civilians (Pakistan)"], PK, ["Balochistan"], ["Quetta"], 4,
   evidence="Superintendent of Police Muhammad Ilyas, his wife, son and grandson were shot dead by gunmen in "
            "Quetta's Nawa Killi area on November 24")
# not events: compensation, APS December 2014 (background), military's claim about Afghanistan.

DROP_TEXTS = {
    "lebanon_tripoli_dailystar": ["The Daily Star", "Lebanon News", "Home", "Lebanon", "Middle East", "Business",
                                  "Opinion", "Sports", "Culture", "Advertisement", "Share", "Tweet", "Email",
                                  "Copyright 2015, The Daily Star. All Rights Reserved.", "Related Articles",
                                  "Army on alert in Tripoli after twin bombing",
                                  "Salam: Attack aims to drag Lebanon into strife", "Newsletter",
                                  "Sign up for our daily newsletter"],
    "westbank_turmusayya_haaretz": ["Haaretz", "Subscribe", "Israel News", "West Bank", "Opinion",
                                    "Hebrew Edition", "Get email notification for articles from Hagar Shezaf",
                                    "Follow", "Advertisement", "Click the alert icon to follow topics:",
                                    "Israeli settlers", "Hamas", "Comments"],
    "afghanistan_auaf_tolonews": ["TOLOnews", "Home", "Afghanistan", "Business", "World", "Sport", "Video",
                                  "Share on Facebook", "Share on Twitter", "Related Stories",
                                  "MoI Vows To Hunt Down AUAF Attackers", "Students Recall Night Of Horror At AUAF",
                                  "Copyright © 2016 TOLOnews. All rights reserved."],
    "pakistan_peshawar_tribune": ["The Express Tribune", "Pakistan", "Business", "World", "Life & Style", "Sports",
                                  "Opinion", "Advertisement", "Share", "Tweet", "Related",
                                  "Army chief visits injured in Peshawar",
                                  "Security tightened at educational institutions across K-P",
                                  "Follow The Express Tribune on Facebook and Twitter",
                                  "Copyright © 2017 The Express Tribune"],
    "libya_ghat_ansa": ["ALL RIGHTS RESERVED (C) Copyright ANSA"],
}
EITHER_TEXTS = {
    "lebanon_tripoli_dailystar": ["Jan. 11, 2015 | 05:40 PM"],
    "westbank_turmusayya_haaretz": ["Hagar Shezaf and Jack Khoury", "Jun 22, 2023"],
    "afghanistan_auaf_tolonews": ["Thursday, 25 August 2016 11:36", "Written by TOLOnews"],
    "pakistan_peshawar_tribune": ["By Our Correspondent", "Published: December 2, 2017"],
    "iraq_qatari_reuters": ["(Reporting by Saif Hameed; Writing by Stephen Kalin; Editing by Dominic Evans)"],
}

write_gold(HERE, E, drop=DROP_TEXTS, either=EITHER_TEXTS,
           note="8 hand-written held-out articles (bench/heldout36), coded by CODEBOOK.md before the system was run "
                "(BLIND).")
