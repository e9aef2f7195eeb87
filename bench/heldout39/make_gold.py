"""Writes gold.json for the 39th held-out set (hand-coded by CODEBOOK.md; BLIND - never run yet).

    python bench/heldout39/make_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# --- Afghanistan: Khogyani drone strike, Qalat truck bomb (Reuters, 2019-09-19, Thursday) ---
AF = "Afghanistan"
TB = ["Taliban"]
CIV_AF = ["Civilians (Afghanistan)"]
US = ["Military Forces of United States", "Military Forces of the United States",
      "Military Forces of United States of America"]
ev("khogyani-drone-strike", "afghanistan_khogyani_reuters", "2019-09-18", "2019-09-18", "2019-09-19", EXP,
   ["Air/drone strike"], US + ["Military Forces of Afghanistan"], CIV_AF, AF, ["Nangarhar"],
   ["Khugyani", "Khogyani"], 30,
   evidence="The strike late on Wednesday hit a camp of farm labourers in the Wazir Tangi area of Khogyani district"
            " ... killed at least 30 civilians")
ev("qalat-truck-bomb", "afghanistan_khogyani_reuters", "2019-09-19", "2019-09-19", "2019-09-19", EXP,
   ["Suicide bomb"], TB, CIV_AF + ["Military Forces of Afghanistan", "National Directorate of Security"], AF,
   ["Zabul"], ["Qalat"], 20,
   evidence="a Taliban suicide bomber drove a truck packed with explosives into a checkpoint near a government"
            " intelligence office in Qalat ... At least 20 people were killed")
ev("charikar-rally-bombing", "afghanistan_khogyani_reuters", "2019-09-17", "2019-09-17", "2019-09-17", EXP,
   ["Suicide bomb"], TB, CIV_AF, AF, ["Parwan"], ["Charikar"], 26,
   evidence="a suicide bomber on a motorcycle blew himself up near an election rally ... in Charikar ... killing 26")
ev("kabul-massoud-square-bombing", "afghanistan_khogyani_reuters", "2019-09-17", "2019-09-17", "2019-09-17", EXP,
   ["Suicide bomb"], TB, CIV_AF, AF, ["Kabul"], ["Kabul"], 22,
   evidence="another suicide bomber struck near Massoud Square in central Kabul ... killing 22")
# not events: "48 people" = 26 + 22 (sum of the two Tuesday bombings); Taliban threat to step up attacks and
# "continue its operations"; UN figures; Achin MOAB April 2017 (background); talks declared dead (statement).

# --- Pakistan: Mianwali air base, Gwadar ambush, D.I. Khan IED (Geo News, 2023-11-04, Saturday) ---
PK = "Pakistan"
UAG_PK = ["Unidentified Armed Group (Pakistan)"]
ev("mianwali-airbase-attack", "pakistan_mianwali_geonews", "2023-11-04", "2023-11-04", "2023-11-04", BAT,
   ["Armed clash"], ["Tehreek-e-Jihad Pakistan", "TJP", "Tehreek-e-Jihad-e-Pakistan"] + UAG_PK,
   ["Military Forces of Pakistan"], PK, ["Punjab"], ["Mianwali"], 9,
   evidence="Security forces foiled a terrorist attack on the ... Training Air Base in Mianwali early on Saturday,"
            " killing all nine attackers")
ev("gwadar-convoy-ambush", "pakistan_mianwali_geonews", "2023-11-03", "2023-11-03", "2023-11-03", BAT,
   ["Armed clash"], UAG_PK + ["Baloch Liberation Army", "BLA", "Baloch Liberation Front", "BLF"],
   ["Military Forces of Pakistan"], PK, ["Balochistan"], ["Gwadar"], 14,
   evidence="14 soldiers were martyred when terrorists ambushed two vehicles ... from Pasni to Ormara in"
            " Balochistan's Gwadar district on Friday")
ev("dikhan-roadside-bomb", "pakistan_mianwali_geonews", "2023-11-03", "2023-11-03", "2023-11-03", EXP,
   ["Remote explosive/landmine/IED"], UAG_PK + ["Tehreek-e-Taliban Pakistan", "TTP"],
   ["Police Forces of Pakistan", "Civilians (Pakistan)"], PK, ["Khyber Pakhtunkhwa"], ["Dera Ismail Khan"], 5,
   evidence="Also on Friday, at least five people, including a policeman, were killed ... when an improvised explosive"
            " device planted on the roadside went off near a police vehicle in ... Dera Ismail Khan")
# not events: army vow to "hunt down the perpetrators", PM condemnation; TTP ceasefire end Nov 2022 and the
# September Mastung bombing (background, >30 days); related-headline lines.

# --- Iraq: Karbala minibus bomb (Kurdistan 24, 2019-09-21, Saturday) ---
IQ = "Iraq"
IS = ["Islamic State", "IS", "ISIS", "Islamic State (Iraq)"]
ev("karbala-minibus-bomb", "iraq_karbala_kurdistan24", "2019-09-20", "2019-09-20", "2019-09-20", EXP,
   ["Remote explosive/landmine/IED", "Suicide bomb"], IS + ["Unidentified Armed Group (Iraq)"],
   ["Civilians (Iraq)"], IQ, ["Karbala'", "Karbala", "Kerbala"], ["Kerbala", "Karbala"], 12,
   evidence="an explosion that tore through a passenger minibus near a checkpoint at the northern entrance of ..."
            " Karbala late Friday, killing 12 ... a bag containing an explosive device had been left on the minibus")
ev("qanus-island-airstrikes", "iraq_karbala_kurdistan24", "2019-09-10", "2019-09-10", "2019-09-10", EXP,
   ["Air/drone strike"], US + ["Military Forces of Iraq", "Global Coalition Against Daesh", "Operation Inherent Resolve"],
   IS, IQ, ["Salah ad Din", "Salahuddin"], (), None,
   evidence="US-led coalition aircraft and Iraqi F-16 jets dropped around 40 tons of bombs on Qanus Island ... in"
            " Salahuddin province ... The strikes took place on September 10")
# not events: arrests of "several suspects" (not notable), Arbaeen security plan, expert warning, clearing of the
# island "later" (undated, no fight reported), Dec 2017 victory (background), related-link line.

# --- Syria: Idlib air strikes (Asharq Al-Awsat, 2020-01-16, Thursday) ---
SY = "Syria"
RU_SY = ["Military Forces of Russia", "Military Forces of Syria"]
CIV_SY = ["Civilians (Syria)"]
ev("idlib-city-airstrikes", "syria_idlib_aawsat", "2020-01-15", "2020-01-15", "2020-01-15", EXP,
   ["Air/drone strike"], RU_SY, CIV_SY, SY, ["Idlib"], (), 15,
   evidence="Air strikes on the city of Idlib ... killed between 15 and 19 people on Wednesday ... industrial zone and"
            " a crowded vegetable market ... White Helmets said 15 ... Observatory ... 19")
ev("binnish-airstrike", "syria_idlib_aawsat", "2020-01-15", "2020-01-15", "2020-01-15", EXP,
   ["Air/drone strike"], RU_SY, CIV_SY, SY, ["Idlib"], (), 2,
   evidence="In the same wave of raids, a strike on the town of Binnish ... killed two people")
ev("aleppo-hamdaniya-rockets", "syria_idlib_aawsat", "2020-01-14", "2020-01-14", "2020-01-14", EXP,
   ["Shelling/artillery/missile attack"], ["Unidentified Armed Group (Syria)", "Hayat Tahrir al-Sham", "HTS"],
   CIV_SY, SY, ["Aleppo"], (), 0,
   evidence="SANA ... said \"terrorist groups\" fired rockets on Tuesday at the al-Hamdaniya neighborhood of Aleppo"
            " city, wounding four civilians")
ev("idlib-russia-turkey-truce", "syria_idlib_aawsat", "2020-01-12", "2020-01-12", "2020-01-12", STR,
   ["Agreement"], ["Military Forces of Russia", "Government of Russia", "Military Forces of Turkey"],
   ["Military Forces of Turkey", "Government of Turkey", "Military Forces of Russia", ""], SY, ["Idlib", ""], (),
   None, req=False,
   evidence="Russia and Turkey ... announced a truce for Idlib that took effect on Sunday")
# not events: Erdogan warning ("necessary steps"), 350,000 displaced since mid-December (aggregate, no deaths),
# April-August 2019 offensive (background).

# --- Yemen: Aden parade missile and police-station bombing (AP, 2019-08-01, Thursday) ---
YE = "Yemen"
HOUTHI = ["Houthis", "Houthi Movement", "Ansar Allah", "Houthi rebels"]
ev("aljalaa-parade-missile", "yemen_aden_ap", "2019-08-01", "2019-08-01", "2019-08-01", EXP,
   ["Shelling/artillery/missile attack", "Air/drone strike"], HOUTHI,
   ["Security Belt Forces", "Security Belt", "Military Forces of Yemen", "Southern Transitional Council",
    "Military Forces of United Arab Emirates"], YE, ["Aden"], ["Al Buraiqeh", "Al Buraiqah", "Buraiqa"], 32,
   evidence="fired a ballistic missile and a drone at a military parade ... at al-Jalaa military camp in the city's"
            " western Buraiqa district ... A health official said 32 people were killed, ... security official ... 36")
ev("sheikh-othman-police-bombing", "yemen_aden_ap", "2019-08-01", "2019-08-01", "2019-08-01", EXP,
   ["Suicide bomb"], ["Islamic State", "Islamic State (Yemen)", "IS"], ["Police Forces of Yemen"], YE, ["Aden"],
   ["Ash Shaikh Outhman", "Sheikh Othman", "Ash Shaykh Uthman"], 11,
   evidence="a suicide bomber drove an explosives-laden car into the gate of a police station in the Sheikh Othman"
            " district ... Eleven policemen were killed")
# not events: Saree "more painful" strikes threat, bin Braik call to march on the palace (plan), Hadi statement;
# al-Anad drone attack in January (background); 2014-15 war history.

# --- Lebanon: Dahieh drones, Qusaya strike, Aqraba (Syria) strike (Naharnet, 2019-08-26, Monday) ---
LB = "Lebanon"
IL = ["Military Forces of Israel"]
HZB = ["Hezbollah", "Hizbullah", "Hizballah"]
ev("qusaya-pflpgc-strike", "lebanon_dahiyeh_naharnet", "2019-08-26", "2019-08-26", "2019-08-26", EXP,
   ["Air/drone strike"], IL,
   ["PFLP-GC", "Popular Front for the Liberation of Palestine-General Command",
    "Popular Front for the Liberation of Palestine - General Command"], LB, ["Beqaa", "Bekaa"], ["Zahle"], 0,
   evidence="Israeli drones struck a base belonging to the ... PFLP-GC ... early Monday ... in the Qusaya area ..."
            " no casualties")
ev("dahieh-drones", "lebanon_dahiyeh_naharnet", "2019-08-25", "2019-08-25", "2019-08-25", EXP,
   ["Air/drone strike"], IL, HZB + ["Civilians (Lebanon)", ""], LB,
   ["Mont-Liban", "Mount Lebanon", "Beyrouth", "Beirut"], ["Baabda", "Beirut"], 0,
   evidence="On Sunday, two Israeli drones came down in the Moawad area of Dahieh ... the second exploded ..."
            " damaging the building ... Three people were lightly injured")
ev("aqraba-strike-syria", "lebanon_dahiyeh_naharnet", "2019-08-24", "2019-08-24", "2019-08-25", EXP,
   ["Air/drone strike"], IL, HZB + ["Islamic Revolutionary Guard Corps", "Quds Force"], SY,
   ["Rif-dimashq", "Rif Dimashq", "Dimashq", "Damascus"], (), 2,
   evidence="The two members were killed late Saturday when Israeli jets struck a house in the town of Aqraba,"
            " southeast of Damascus")
# not events: Nasrallah's threat to respond ("be ready and wait for us"), Aoun "declaration of war", Hariri
# contacts, Netanyahu warning, Higher Defense Council meeting (plan); 2006 war (background).

# --- Palestine: Nizar Banat death and Ramallah protests (The New Arab, 2021-06-27, Sunday) ---
PS = "Palestine"
PA = ["Police Forces of Palestine", "Military Forces of Palestine", "Palestinian Authority Security Forces",
      "Police Forces of Palestine (Palestinian Authority)"]
ev("banat-beaten-to-death", "palestine_banat_newarab", "2021-06-24", "2021-06-24", "2021-06-24", VAC, ["Attack"],
   PA, ["Civilians (Palestine)", "Nizar Banat"], PS, ["West Bank"], ["Hebron", "Al Khalil"], 1,
   evidence="Banat ... died on Thursday hours after ... PA security officers stormed a relative's house in ... Hebron"
            " ... beat him with metal bars and batons")
ev("ramallah-march-teargas", "palestine_banat_newarab", "2021-06-24", "2021-06-24", "2021-06-24", PRO,
   ["Protest with intervention"], ["Protesters (Palestine)"], PA, PS, ["West Bank"], ["Ramallah"], 0,
   evidence="On Thursday evening, hundreds of people marched through central Ramallah towards the Muqataa ..."
            " Security forces ... dispersed the crowd with tear gas and stun grenades")
ev("ramallah-manara-beatings", "palestine_banat_newarab", "2021-06-26", "2021-06-26", "2021-06-26", PRO,
   ["Excessive force against protesters", "Protest with intervention"], ["Protesters (Palestine)"],
   PA + ["Fatah"], PS, ["West Bank"], ["Ramallah"], 0,
   evidence="security forces and men in plain clothes attacked hundreds of protesters in Ramallah on Saturday ..."
            " batons and stones ... tear gas and stun grenades")
ev("hebron-funeral-chants", "palestine_banat_newarab", "2021-06-25", "2021-06-25", "2021-06-25", PRO,
   ["Peaceful protest"], ["Protesters (Palestine)"], [""], PS, ["West Bank"], ["Hebron", "Al Khalil"], 0, req=False,
   evidence="Thousands of mourners attended Banat's funeral in Hebron on Friday, where many chanted against the"
            " Authority, but it passed without incident")
# not events: commission of inquiry, EU/UN calls, family demands, calls for Sunday protests (plan); late-April
# postponement of elections (background).

# --- Libya: Operation Dignity in Benghazi, GNC stormed in Tripoli (BBC, 2014-05-19, Monday) ---
LY = "Libya"
HAFTAR = ["Libyan National Army", "LNA", "Operation Dignity", "Forces of Khalifa Haftar", "Haftar Forces",
          "Military Forces of Libya"]
ISLAMISTS = ["February 17 Martyrs Brigade", "Rafallah al-Sahati Brigade", "Ansar al-Sharia",
             "Ansar al-Sharia (Libya)", "Islamist Militia (Libya)", "Unidentified Armed Group (Libya)"]
ev("benghazi-dignity-clashes", "libya_benghazi_bbc", "2014-05-16", "2014-05-16", "2014-05-16", BAT, ["Armed clash"],
   HAFTAR, ISLAMISTS, LY, ["Banghazi", "Benghazi"], (), 79,
   evidence="Gen Haftar's forces ... attacked bases of Islamist groups in Benghazi on Friday ... Sidi Faraj and"
            " Hawari ... 79 people were killed and 141 wounded in Friday's clashes")
ev("benghazi-dignity-airstrikes", "libya_benghazi_bbc", "2014-05-16", "2014-05-16", "2014-05-16", EXP,
   ["Air/drone strike"], HAFTAR, ISLAMISTS, LY, ["Banghazi", "Benghazi"], (), None, req=False,
   evidence="Warplanes and helicopters under the general's command bombed the militia camps during the fighting")
ev("benghazi-haftar-withdrawal", "libya_benghazi_bbc", "2014-05-17", "2014-05-17", "2014-05-17", STR,
   ["Change to group/activity", "Other"], HAFTAR, [""], LY, ["Banghazi", "Benghazi"], (), None, req=False,
   evidence="Gen Haftar's forces withdrew from the area on Saturday")
ev("tripoli-gnc-stormed", "libya_benghazi_bbc", "2014-05-18", "2014-05-18", "2014-05-18", BAT, ["Armed clash"],
   ["Al-Qaqa Brigade", "Qaqa Brigade", "Al-Sawaiq Brigade", "Sawaiq Brigade", "Zintan Brigades",
    "Zintan Militia", "Unidentified Armed Group (Libya)"],
   ["Unidentified Armed Group (Libya)", "Military Forces of Libya", "Libya Revolutionaries Operations Room",
    "Islamist Militia (Libya)", ""], LY, ["Tripoli", "Tarabulus"], (), 2,
   evidence="gunmen ... shelled the General National Congress (GNC) building ... on Sunday afternoon ... fought running"
            " battles with rival militias along the airport road ... two people had been killed")
# not events: Fernana's announcement that the GNC is suspended, government "coup" statement, no-fly zone
# declaration, Haftar's vow to purge Benghazi; Feb 2014 TV announcement, 2011 uprising, Sept 2012 consulate attack
# (background).

BOILER = {
    "pakistan_mianwali_geonews": ["Geo News", "Latest", "Pakistan", "World", "Sports", "Business", "Entertainment",
                                  "Videos", "By Web Desk", "Share", "Tweet", "WhatsApp", "Advertisement",
                                  "Read more:",
                                  "Caretaker govt sets deadline for illegal foreigners to leave Pakistan",
                                  "Army chief vows to continue operations against terrorists",
                                  "Copyright © 2023 Geo News. All rights reserved."],
    "iraq_karbala_kurdistan24": ["Kurdistan 24", "Home", "Kurdistan", "Iraq", "Middle East", "World", "Opinion", "Live TV",
                                 "Related: Iraqi security forces arrest IS suspects in Kirkuk",
                                 "Editing by John J. Catherine", "Share this article", "Facebook", "Twitter",
                                 "Copyright © 2019 Kurdistan 24. All rights reserved."],
    "lebanon_dahiyeh_naharnet": ["Naharnet", "Home", "Lebanon", "Middle East", "World", "Business", "Sports",
                                 "Search", "Share", "Tweet", "Advertisement", "Related Articles",
                                 "Aoun: Drone Attack a Declaration of War",
                                 "Berri Says Lebanon Will Not Be Dragged into War",
                                 "Hariri Holds Contacts with Pompeo, Macron Adviser", "Comments",
                                 "Copyright © 2019 Naharnet. All Rights Reserved."],
    "libya_benghazi_bbc": ["Share this with", "Facebook", "Twitter", "Email", "More on this story",
                           "Libya's Gen Khalifa Haftar: Who is he?", "Guide to key Libyan militias",
                           "Around the BBC", "Libya country profile"],
}
EITHER = {
    "pakistan_mianwali_geonews": ["November 04, 2023"],
    "iraq_karbala_kurdistan24": ["September 21, 2019"],
    "lebanon_dahiyeh_naharnet": ["by Naharnet Newsdesk", "26 August 2019, 10:14"],
    "libya_benghazi_bbc": ["19 May 2014", "Analysis: Rana Jawad, BBC North Africa correspondent"],
    "syria_idlib_aawsat": ["Thursday, 16 January, 2020", "Beirut - Asharq Al-Awsat"],
    "yemen_aden_ap": ["By AHMED AL-HAJ", "Associated Press writer Maggie Michael in Cairo contributed to this report."],
    "palestine_banat_newarab": ["The New Arab Staff & Agencies", "27 June, 2021"],
    "afghanistan_khogyani_reuters": ["(Reporting by Ahmad Sultan in Jalalabad and Abdul Qadir Sediqi in Kabul;"
                                     " Writing by Rupam Jain; Editing by Nick Macfie)"],
}

write_gold(HERE, E, drop=BOILER, either=EITHER,
           note="8 hand-written held-out articles (bench/heldout39), coded by CODEBOOK.md; BLIND, not yet run.")
