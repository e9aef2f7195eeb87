"""Writes gold.json for the 47th held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout47/make_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# --- Afghanistan: Balkh governor killed + Tebyan blast (Amu TV, 2023-03-11, Saturday) ---
AF = "Afghanistan"
A = "afghanistan_balkh_amutv"
ISKP = ["Islamic State Khorasan Province", "Islamic State", "ISKP", "Islamic State Khorasan", "IS-K", "ISIS-K",
        "Islamic State (Afghanistan)"]
TALIBAN_GOV = ["Taliban", "Government of Afghanistan", "Military Forces of Afghanistan", "Police Forces of Afghanistan",
               "Civilians (Afghanistan)"]
MAZAR = ["Mazar-e Sharif", "Mazar-i-Sharif", "Mazar-e-Sharif", "Mazari Sharif"]
ev("balkh-governor-suicide-bomb", A, "2023-03-09", "2023-03-09", "2023-03-09", EXP, ["Suicide bomb"], ISKP,
   TALIBAN_GOV, AF, ["Balkh"], MAZAR, 3,
   evidence="governor of Balkh ... killed on Thursday morning when a suicide bomber blew himself up inside the governor's"
            " office in Mazar-i-Sharif ... two other people ... were killed; ISKP claimed")
ev("tebyan-centre-blast", A, "2023-03-11", "2023-03-11", "2023-03-11", EXP, ["Remote explosive/landmine/IED"],
   ["Unidentified Armed Group (Afghanistan)"], ["Civilians (Afghanistan)"], AF, ["Balkh"], MAZAR, 1,
   evidence="On Saturday afternoon, a blast hit the Tebyan cultural centre in Mazar-i-Sharif ... one security guard was"
            " killed ... device appeared to have been planted inside the hall ... No group had claimed")
# not events: Kabul foreign-ministry bombing "In January" and Kabul hotel "in December" (background, >30 days);
# Mujahid's vow; journalists' centre's call; Muzammil's Nangarhar past; related headlines (boilerplate).

# --- Pakistan: Mali Khel suicide car bomb (The Express Tribune, 2024-11-20, Wednesday) ---
PK = "Pakistan"
A = "pakistan_bannu_tribune"
PKMIL = ["Military Forces of Pakistan"]
ev("mali-khel-suicide-car-bomb", A, "2024-11-19", "2024-11-19", "2024-11-19", EXP, ["Suicide bomb"],
   ["Hafiz Gul Bahadur Group", "Hafiz Gul Bahadur", "Hafiz Gul Bahadur faction", "Unidentified Armed Group (Pakistan)"],
   PKMIL, PK, ["Khyber Pakhtunkhwa"], ["Bannu"], 18,
   evidence="Twelve security personnel ... martyred when a suicide bomber rammed an explosives-laden vehicle into a joint"
            " checkpost in the Mali Khel area of Bannu district on Tuesday evening ... Six terrorists were killed")
ev("quetta-railway-station-bombing", A, "2024-11-09", "2024-11-09", "2024-11-09", EXP, ["Suicide bomb"],
   ["Balochistan Liberation Army", "BLA"], PKMIL + ["Civilians (Pakistan)"], PK, ["Balochistan"], ["Quetta"], 26,
   evidence="ten days after a suicide bomber struck the Quetta railway station ... killing 26 people, among them 14"
            " soldiers. The banned BLA claimed that bombing (Nov 19 - 10 days = Nov 9)")
ev("kalat-post-attack", A, "2024-11-16", "2024-11-16", "2024-11-16", BAT, ["Armed clash"],
   ["Unidentified Armed Group (Pakistan)", "Balochistan Liberation Army", "BLA"], PKMIL, PK, ["Balochistan"],
   ["Kalat"], 7,
   evidence="seven soldiers were martyred and 15 others injured late on Saturday when militants attacked a security"
            " forces' post in the Mangochar area of Kalat district ... Troops returned fire")
# not events: apex committee's approval of a "comprehensive military operation" (plan); condolences; July Bannu
# march / cantonment attack (background); "Read more" headlines (boilerplate).

# --- Iraq: Turkish drone strikes in Sinjar (Kurdistan24, 2021-08-18, Wednesday) ---
IQ = "Iraq"
A = "iraq_sinjar_kurdistan24"
YBS = ["Sinjar Resistance Units", "YBS", "YBŞ", "Sinjar Resistance Units (YBS)", "PKK", "Kurdistan Workers' Party",
       "Civilians (Iraq)"]
NIN = ["Nineveh", "Ninawa", "Ninewa", "Ninava"]
ev("sikeniye-hospital-drone-strike", A, "2021-08-17", "2021-08-17", "2021-08-17", EXP, ["Air/drone strike"],
   ["Military Forces of Turkey"], YBS, IQ, NIN, ["Sinjar"], 8,
   evidence="A Turkish drone struck a hospital in the Sinjar (Shingal) region ... on Tuesday, killing eight people ..."
            " village of Sikeniye, south of Sinjar town")
ev("sinjar-vehicle-drone-strike", A, "2021-08-16", "2021-08-16", "2021-08-16", EXP, ["Air/drone strike"],
   ["Military Forces of Turkey"], YBS, IQ, NIN, ["Sinjar"], 2,
   evidence="another Turkish drone targeted a vehicle on the road between Sinjar and Khanasor on Monday, killing a"
            " senior YBS commander, Said Hassan, and his companion")
# not events: Turkish MoD "neutralised" claim (same strikes); Iraqi condemnation / summons; June Makhmour strike
# (background); threat of ground operation; 2020 Sinjar agreement.

# --- Syria: Manbij car bombs (The New Arab, 2025-02-04, Tuesday) ---
SY = "Syria"
A = "syria_manbij_newarab"
ev("manbij-farmworkers-car-bomb", A, "2025-02-03", "2025-02-03", "2025-02-03", EXP, ["Remote explosive/landmine/IED"],
   ["Unidentified Armed Group (Syria)"], ["Civilians (Syria)"], SY, ["Aleppo"], ["Manbij"], 20,
   evidence="A car bomb exploded next to a vehicle carrying agricultural workers on the outskirts of ... Manbij on Monday,"
            " killing 20 people")
ev("manbij-centre-car-bomb", A, "2025-02-01", "2025-02-01", "2025-02-01", EXP, ["Remote explosive/landmine/IED"],
   ["Unidentified Armed Group (Syria)"], ["Civilians (Syria)"], SY, ["Aleppo"], ["Manbij"], 4,
   evidence="On Saturday, a car packed with explosives blew up in the centre of the city ... killing four civilians")
SNA_SDF = ["Syrian National Army", "SNA", "Syrian Democratic Forces", "SDF"]
ev("tishreen-dam-clash", A, "2025-02-03", "2025-02-03", "2025-02-03", BAT, ["Armed clash"], SNA_SDF, SNA_SDF, SY,
   ["Aleppo"], ["Manbij"], 14,
   evidence="On Monday, clashes between the two sides near the Tishreen Dam killed at least 14 fighters ... nine from"
            " the SNA factions and five SDF members")
# not events: blame/denials; "more than 400 killed since December" (aggregate from >30 days ago); Manbij seized in
# early December (background); al-Sharaa's vow; Turkish threat; SDF-Damascus talks.

# --- Yemen: UN staff kidnapped in Abyan (AFP, 2022-02-13, Sunday) ---
YE = "Yemen"
A = "yemen_abyan_afp"
HOU = ["Houthis", "Huthis", "Ansar Allah", "Houthi Movement"]
YEGOV = ["Military Forces of Yemen", "Military Forces of Yemen (Hadi)"]
ev("mudiyah-un-staff-abduction", A, "2022-02-11", "2022-02-11", "2022-02-11", VAC, ["Abduction/forced disappearance"],
   ["Al Qaeda in the Arabian Peninsula", "AQAP", "Al-Qaeda in the Arabian Peninsula", "Unidentified Armed Group (Yemen)"],
   ["Civilians (Yemen)", "Civilians (International)", "United Nations", "UN"], YE, ["Abyan"], ["Mudiyah"], 0,
   evidence="The five ... UNDSS ... were seized on Friday in Mudiyah district ... kidnappers were believed to belong to"
            " AQAP")
ev("harib-clash", A, "2022-02-12", "2022-02-12", "2022-02-12", BAT, ["Armed clash"], HOU + YEGOV, YEGOV + HOU, YE,
   ["Ma'rib", "Marib"], ["Harib"], 14,
   evidence="At least 14 fighters were killed on Saturday in clashes between the rebels and pro-government forces in"
            " Harib district, south of Marib city")
ev("coalition-strikes-marib-bayda", A, "2022-02-13", "2022-02-12", "2022-02-13", EXP, ["Air/drone strike"],
   ["Military Forces of Saudi Arabia", "Saudi-led coalition", "Operation Restoring Hope"], HOU, YE,
   ["Ma'rib", "Marib", "Al Bayda", "Al Bayda'", ""], (), None, req=False, tp=2,
   evidence="coalition said on Sunday that it had carried out 27 air strikes ... in Marib and Al-Bayda provinces over the"
            " past 24 hours, 'killing more than 90' (claim spans two provinces, unverified)")
ev("shabwa-regained", A, "2022-01-31", "2022-01-01", "2022-01-31", BAT, ["Government regains territory"],
   ["Giants Brigades", "Al Amalika Brigades", "Military Forces of Yemen", "Military Forces of Yemen (Hadi)"], HOU, YE,
   ["Shabwah", "Shabwa"], (), None, req=False, tp=3,
   evidence="Last month, the rebels were pushed out of the whole of neighbouring Shabwa province by the UAE-backed Giants"
            " Brigades")
# not events: Dujarric's statement; kidnapping history; war-wide toll; Huthi drone/missile attacks on KSA/UAE and
# coalition strikes on Sanaa (undated, generic).

# --- Somalia: UN-contracted helicopter seized (VOA, 2024-01-11, Thursday) ---
SO = "Somalia"
A = "somalia_helicopter_voa"
AS = ["Al Shabaab", "Al-Shabaab", "Al Shabab", "Al-Shabab", "Harakat al-Shabaab al-Mujahideen"]
ev("hindheere-helicopter-abduction", A, "2024-01-10", "2024-01-10", "2024-01-10", VAC,
   ["Abduction/forced disappearance", "Attack"], AS,
   ["Civilians (Somalia)", "Civilians (International)", "United Nations", "UN"], SO,
   ["Galguduud", "Galgaduud", "Galgadud"], (), 1,
   evidence="Al-Shabab militants captured a helicopter contracted by the UN and took several of its passengers hostage"
            " ... on Wednesday ... near the village of Hindheere, in the Galgaduud region ... One passenger was shot dead")
ev("dayniile-roadside-bomb", A, "2024-01-09", "2024-01-09", "2024-01-09", EXP, ["Remote explosive/landmine/IED"],
   AS + ["Unidentified Armed Group (Somalia)"], ["Military Forces of Somalia"], SO, ["Banaadir", "Banadir"], (), 3,
   evidence="three Somali soldiers were killed Tuesday when a roadside bomb struck their vehicle in Dayniile district,"
            " on the outskirts of Mogadishu")
# not events: helicopter set on fire (part of the seizure); UN statement; 2022 offensive, Cowsweyne in August
# (background); president's vow; ATMIS drawdown schedule (plan); related headline about Jilib strike (boilerplate).

# --- Mozambique: analysis with one recent event (ISS Today, 2023-09-26, Tuesday) ---
MZ = "Mozambique"
A = "mozambique_analysis_iss"
ev("naquitengue-killings", A, "2023-09-15", "2023-09-15", "2023-09-15", VAC, ["Attack"],
   ["Islamic State", "Islamic State Mozambique Province", "Islamic State Central Africa Province", "ISCAP",
    "Al Shabaab (Mozambique)", "Ahlu Sunnah Wa-Jama", "Unidentified Armed Group (Mozambique)"],
   ["Civilians (Mozambique)"], MZ, ["Cabo Delgado"], ["Mocimboa da Praia", "Mocímboa da Praia"], 11,
   evidence="On 15 September, insurgents entered the village of Naquitengue in Mocímboa da Praia district ... killed 11"
            " men, several of them by beheading. The Islamic State claimed the attack")
# not events: July 2021 deployments, March 2021 Palma attack, June 2022 Ancuabe raids (background); ACLED's 4 700 deaths
# since 2017 (aggregate over years); SAMIM drawdown / July 2024 withdrawal (plan); TotalEnergies project.

# --- DR Congo: Butembo prison attack (The EastAfrican, 2020-08-12, Wednesday) ---
CD = "Democratic Republic of the Congo"
A = "drc_butembo_eastafrican"
NK = ["North Kivu", "Nord-Kivu"]
POL = ["Police Forces of Democratic Republic of the Congo", "Police Forces of Democratic Republic of Congo",
       "Police Forces of the Democratic Republic of Congo", "Police Forces of the Democratic Republic of the Congo"]
CIV = ["Civilians (Democratic Republic of the Congo)", "Civilians (Democratic Republic of Congo)"]
ADF = ["ADF", "Allied Democratic Forces", "Islamic State Central Africa Province", "ISCAP", "Islamic State"]
ev("kakwangura-prison-attack", A, "2020-08-11", "2020-08-11", "2020-08-11", BAT, ["Armed clash"],
   ["Mai-Mai", "Mai-Mai Militia", "Mai Mai", "Unidentified Armed Group (Democratic Republic of the Congo)",
    "Unidentified Armed Group (Democratic Republic of Congo)"], POL, CD, NK, ["Butembo"], 3,
   evidence="Armed men stormed the central prison in ... Butembo early on Tuesday, freeing scores of detainees after an"
            " exchange of fire with police guards ... A police officer and two of the assailants were killed")
ev("butembo-protest-teargas", A, "2020-08-11", "2020-08-11", "2020-08-11", PRO, ["Protest with intervention"],
   ["Protesters (Democratic Republic of the Congo)", "Protesters (Democratic Republic of Congo)"], POL, CD, NK,
   ["Butembo"], 0,
   evidence="Later on Tuesday, hundreds of residents marched to the town hall ... Police fired tear gas to disperse the"
            " demonstrators ... several people were arrested")
ev("eringeti-adf-attack", A, "2020-08-09", "2020-08-09", "2020-08-09", VAC, ["Attack"], ADF, CIV, CD, NK, (), 6,
   evidence="On Sunday night, suspected ADF fighters attacked homes on the edge of Eringeti, killing six civilians")
ev("eringeti-abductions", A, "2020-08-09", "2020-08-09", "2020-08-09", VAC, ["Abduction/forced disappearance"], ADF,
   CIV, CD, NK, (), 0, req=False, evidence="Three others were abducted (same raid as the Eringeti killings)")
# not events: governor's promise and rehabilitation plan; Kangbayi June 2017 and 2018 escapes (background);
# ">1,000 civilians killed since the start of the operations" (aggregate since Oct 2019); FARDC operations since 2019.

DROP = {
    "afghanistan_balkh_amutv": ["Amu TV", "Home", "Afghanistan", "Women", "Economy", "Opinion", "Video", "Search",
                                "Share this:", "Facebook", "Twitter", "WhatsApp", "Advertisement", "Related",
                                "Taliban extend ban on girls' secondary education",
                                "ISKP claims Kabul foreign ministry attack", "Economy: Afghani gains against the dollar",
                                "Subscribe to our newsletter", "© 2023 Amu TV. All rights reserved."],
    "pakistan_bannu_tribune": ["The Express Tribune", "Home", "Pakistan", "Business", "World", "Sports", "Opinion",
                               "E-Paper", "Advertisement",
                               "Like Business on Facebook, follow @TribuneBiz on Twitter to stay informed and join in"
                               " the conversation.", "Read more",
                               "PTI finalises plan for November 24 protest in Islamabad", "Rupee stable against dollar"],
    "iraq_sinjar_kurdistan24": ["Kurdistan24", "Kurdistan", "Iraq", "World", "Business", "Health", "Opinion", "Live TV",
                                "Share on Facebook", "Share on Twitter", "Related Articles",
                                "Kurdistan Region records 1,100 new coronavirus cases", "KRG, Baghdad discuss budget share",
                                "Copyright © 2021 Kurdistan24. All rights reserved"],
    "somalia_helicopter_voa": ["VOA", "Africa", "Somalia", "Share", "Print", "Related",
                               "Somalia Rejects Ethiopia-Somaliland Port Deal",
                               "US Airstrike Kills Al-Shabab Fighters Near Jilib, AFRICOM Says"],
    "mozambique_analysis_iss": ["ISS Today", "Home", "Analysis", "Research", "Events", "About ISS", "Share this article",
                                "Facebook", "Twitter", "LinkedIn", "Related content",
                                "Why Mozambique needs more than a military fix in Cabo Delgado",
                                "Rwanda's growing security footprint in Africa", "Subscribe to ISS Today",
                                "© 2023, Institute for Security Studies"],
    "drc_butembo_eastafrican": ["The EastAfrican", "News", "East Africa", "Rest of Africa", "Business", "Opinion",
                                "Magazine", "Advertisement", "Share this story", "Facebook", "Twitter", "LinkedIn",
                                "Email", "Related stories", "Ebola: DRC declares new outbreak in Equateur",
                                "Uganda opens border for returning Congolese refugees",
                                "© 2020 Nation Media Group. All Rights Reserved."],
}
EITHER = {
    "afghanistan_balkh_amutv": ["Amu TV | Mazar-i-Sharif"],
    "pakistan_bannu_tribune": ["Our Correspondent", "November 20, 2024", "BANNU:",
                               "Published in The Express Tribune, November 20th, 2024."],
    "syria_manbij_newarab": ["The New Arab Staff & Agencies", "04 February, 2025"],
    "yemen_abyan_afp": ["bur/ris/hc"],
    "somalia_helicopter_voa": ["Harun Maruf contributed to this report."],
    "mozambique_analysis_iss": ["Borges Nhamirre, Consultant, ISS Pretoria"],
    "drc_butembo_eastafrican": ["By Correspondent, The EastAfrican", "Wednesday August 12 2020"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout47), coded by CODEBOOK.md before the system"
                             " was run (BLIND).", drop=DROP, either=EITHER)
