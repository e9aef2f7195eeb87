"""Writes gold.json for the 28th held-out set (hand-coded by CODEBOOK.md before any run of the system).

    python bench/heldout28/make_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# --- Nigeria: Bethel Baptist school abduction (Punch, Tue 2021-07-06) ---
NG = "Nigeria"
BANDITS = ["Unidentified Armed Group (Nigeria)", "Bandits", "Bandit Militia (Nigeria)", "Bandits (Nigeria)"]
ev("bethel-school-abduction", "nigeria_bethel_punch", "2021-07-05", "2021-07-05", "2021-07-05", VAC,
   ["Abduction/forced disappearance"], BANDITS, ["Civilians (Nigeria)"], NG, ["Kaduna"], ["Chikun"], 0,
   evidence="Bandits in the early hours of Monday invaded Bethel Baptist High School, Maraban Damishi, in the Chikun "
            "Local Government Area ... and abducted an unspecified number of students")
ev("bethel-rescue-gunfight", "nigeria_bethel_punch", "2021-07-05", "2021-07-05", "2021-07-05", BAT, ["Armed clash"],
   ["Police Forces of Nigeria", "Military Forces of Nigeria"] + BANDITS,
   BANDITS + ["Police Forces of Nigeria", "Military Forces of Nigeria"], NG, ["Kaduna"], ["Chikun"], None, req=False,
   evidence="a tactical team ... engaged the hoodlums, rescuing 26 of the students and a female teacher")
ev("kujama-attack", "nigeria_bethel_punch", "2021-07-04", "2021-07-04", "2021-07-04", VAC, ["Attack"],
   BANDITS, ["Civilians (Nigeria)"], NG, ["Kaduna"], ["Chikun"], 2,
   evidence="on Sunday evening, bandits attacked Kujama, also in Chikun LGA, killing two residents")
# not events: Afaka (March) and Greenfield (April) abductions = background >30 days; Q2 aggregate
# (222 killed / 774 kidnapped April-June, state level, a quarter) ; "will not negotiate" statement; troop deployment
# (vague, undated) not coded.

# --- Niger: Adab-Dab ambush (Reuters, Thu 2021-11-04) ---
NE = "Niger"
IS_SAHEL = ["Islamic State", "Islamic State (Greater Sahara)", "Islamic State in the Greater Sahara", "ISGS",
            "Islamic State Sahel Province", "Unidentified Armed Group (Niger)"]
MILITIA_NE = ["Banibangou Communal Militia (Niger)", "Communal Militia (Niger)", "Self-Defence Militia (Niger)",
              "Vigilante Militia (Niger)", "Self-defence group", "Civilians (Niger)"]
ev("adab-dab-ambush", "niger_banibangou_reuters", "2021-11-02", "2021-11-02", "2021-11-02", BAT, ["Armed clash"],
   IS_SAHEL, MILITIA_NE, NE, ["Tillaberi"], ["Banibangou"], 69,
   evidence="Suspected Islamist militants killed 69 people, including a local mayor, in an ambush on a self-defence "
            "group ... on Tuesday near Adab-Dab, a village in the Banibangou commune")
ev("adab-dab-as-attack", "niger_banibangou_reuters", "2021-11-02", "2021-11-02", "2021-11-02", VAC, ["Attack"],
   IS_SAHEL, MILITIA_NE, NE, ["Tillaberi"], ["Banibangou"], 69, req=False,
   evidence="alternative reading: the vigilantes treated as civilians")
# not events: national mourning, vow; Tchoma Bangou (January) and Tahoua (March) background; ACLED aggregate.

# --- Burkina Faso: Solenzo killings (RFI, Fri 2025-03-14) ---
BF = "Burkina Faso"
VDP = ["VDP", "Volunteers for the Defence of the Homeland", "Volunteers for the Defense of the Homeland",
       "Homeland Defence Volunteers", "Military Forces of Burkina Faso"]
ev("solenzo-killings", "burkina_solenzo_rfi", "2025-03-11", "2025-03-10", "2025-03-11", VAC, ["Attack"],
   VDP, ["Civilians (Burkina Faso)"], BF, ["Boucle du Mouhoun"], ["Banwa"], 58, tp=2,
   evidence="members of the Volunteers for the Defence of the Homeland (VDP) ... killed at least 58 people on "
            "Monday and Tuesday in Solenzo and nearby hamlets in Banwa province")
ev("solenzo-army-operation", "burkina_solenzo_rfi", "2025-03-11", "2025-03-01", "2025-03-14", BAT, ["Armed clash"],
   ["Military Forces of Burkina Faso"], ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Unidentified Armed Group (Burkina Faso)"],
   BF, ["Boucle du Mouhoun"], ["Banwa"], None, req=False, tp=3,
   evidence="the army had carried out an operation against 'terrorist groups' around Solenzo in which 'many "
            "terrorists were neutralised' (government version, undated)")
# not events: "manipulation" statement, HRW call; Nouna 2023 background; "more than a thousand" aggregate.

# --- Cameroon: Big Babanki women abducted (The Guardian Post, Tue 2023-05-23) ---
CM = "Cameroon"
AMBA = ["Ambazonian Separatists", "Ambazonia Separatists", "Ambazonia Defence Forces", "ADF", "Amba Boys",
        "Unidentified Armed Group (Cameroon)", "Separatists (Cameroon)"]
ev("big-babanki-women-abducted", "cameroon_babanki_guardianpost", "2023-05-20", "2023-05-20", "2023-05-20", VAC,
   ["Abduction/forced disappearance"], AMBA, ["Civilians (Cameroon)"], CM, ["North-West"], ["Mezam"], 0,
   evidence="Suspected separatist fighters have abducted about 30 women in Big Babanki ... on Saturday afternoon")
ev("bambui-gendarme-killed", "cameroon_babanki_guardianpost", "2023-05-22", "2023-05-22", "2023-05-22", BAT,
   ["Armed clash"], AMBA, ["Military Forces of Cameroon", "Police Forces of Cameroon", "Gendarmerie (Cameroon)"],
   CM, ["North-West"], ["Mezam"], 1,
   evidence="on Monday morning, suspected separatists shot dead a gendarme at a checkpoint in Bambui")
# not events: governor's condemnation, military "operation to free the hostages" (no clash reported), some women
# freed (number unknown); 2016 crisis background; ICG aggregate; ghost-town threats.

# --- CAR: Aigbado / Yanga killings near Bria (VOA, Mon 2022-01-24) ---
CF = "Central African Republic"
FACA = ["Military Forces of Central African Republic", "Wagner Group", "Wagner Group (Russia)",
        "Military Forces of Russia"]
ev("aigbado-killings", "car_aigbado_voa", "2022-01-17", "2022-01-16", "2022-01-17", VAC, ["Attack"],
   FACA, ["Civilians (Central African Republic)"], CF, ["Haute-Kotto"], ["Bria"], 30, tp=2,
   evidence="At least 30 civilians were killed last week during a military operation ... on January 16 and 17 in "
            "the village of Aigbado and the neighboring hamlet of Yanga")
ev("yanga-killings", "car_aigbado_voa", "2022-01-17", "2022-01-16", "2022-01-17", VAC, ["Attack"],
   FACA, ["Civilians (Central African Republic)"], CF, ["Haute-Kotto"], ["Bria"], None, req=False, tp=2,
   evidence="the neighboring hamlet of Yanga (same sentence, toll not split)")
ev("aigbado-upc-pursuit", "car_aigbado_voa", "2022-01-17", "2022-01-16", "2022-01-17", BAT, ["Armed clash"],
   FACA, ["UPC", "Union for Peace in Central Africa", "Union for Peace in the Central African Republic"], CF,
   ["Haute-Kotto"], ["Bria"], None, req=False, tp=2,
   evidence="attacked the area while pursuing fighters of the Union for Peace in Central Africa (UPC)")
# not events: MINUSCA statement, government denials, EU training suspension; CPC Dec 2020 background.

# --- Sudan: Blue Nile Hausa-Berta clashes (Reuters, Mon 2022-07-18) ---
SD = "Sudan"
TRIBES = ["Hausa Ethnic Militia (Sudan)", "Berta Ethnic Militia (Sudan)", "Hausa Communal Militia (Sudan)",
          "Berta Communal Militia (Sudan)", "Hausa", "Berta"]
ev("roseires-hausa-berta-clashes", "sudan_bluenile_reuters", "2022-07-17", "2022-07-13", "2022-07-18", BAT,
   ["Armed clash"], TRIBES, TRIBES, SD, ["Blue Nile"], (), 105, tp=2,
   evidence="The death toll ... has risen to 105 ... The fighting between members of the Hausa and Berta tribes "
            "erupted on Wednesday ... around the town of Roseires (31 Fri -> 79 Sun -> 105 Mon)")
ev("roseires-clashes-as-mob", "sudan_bluenile_reuters", "2022-07-17", "2022-07-13", "2022-07-18", RIO,
   ["Mob violence"], ["Rioters (Sudan)"] + TRIBES, TRIBES + ["Civilians (Sudan)", ""], SD, ["Blue Nile"], (), 105,
   req=False, tp=2, evidence="alternative reading of the tribal clashes as communal rioting")
ev("damazin-protest-teargas", "sudan_bluenile_reuters", "2022-07-17", "2022-07-17", "2022-07-17", PRO,
   ["Protest with intervention"], ["Protesters (Sudan)"], ["Police Forces of Sudan"], SD, ["Blue Nile"], (), 0,
   evidence="On Sunday, hundreds of Hausa demonstrators gathered outside the governor's office in Ad-Damazin ... "
             "Police fired tear gas to disperse them")
ev("bluenile-troops-deployed", "sudan_bluenile_reuters", "2022-07-15", "2022-07-15", "2022-07-15", STR,
   ["Change to group/activity"], ["Military Forces of Sudan"], [""], SD, ["Blue Nile"], (), 0, req=False,
   evidence="Authorities imposed a night-time curfew ... on Friday and deployed troops to the area")
# not events: curfew itself, investigating committee; 2011 SPLM-N war background; October coup background.

# --- Ethiopia: Jijiga unrest (BBC, Mon 2018-08-06) ---
ET = "Ethiopia"
LIYU = ["Liyu Police", "Somali Regional Special Police", "Police Forces of Ethiopia",
        "Police Forces of Ethiopia (Somali Regional Government)", "Somali Regional Liyu Police"]
ENDF = ["Military Forces of Ethiopia"]
ev("jijiga-endf-liyu-clash", "ethiopia_jijiga_bbc", "2018-08-04", "2018-08-04", "2018-08-04", BAT, ["Armed clash"],
   ENDF + LIYU, LIYU + ENDF, ET, ["Somali"], (), None,
   evidence="Federal troops entered Jijiga on Saturday ... They exchanged fire with the region's paramilitary Liyu "
            "police near the regional president's office ... not clear how many people died")
HEEGO = ["Rioters (Ethiopia)", "Heego", "Heego Youth Militia", "Heego Militia", "Somali Ethnic Militia (Ethiopia)"]
ev("jijiga-mob-violence", "ethiopia_jijiga_bbc", "2018-08-05", "2018-08-04", "2018-08-05", RIO, ["Mob violence"],
   HEEGO, ["Civilians (Ethiopia)"], ET, ["Somali"], (), 29, tp=2,
   evidence="groups of young men ... went on the rampage in the city ... At least seven churches were set on fire on "
            "Saturday and Sunday ... at least 29 people had been killed in the violence in Jijiga")
ev("jijiga-heego-attack", "ethiopia_jijiga_bbc", "2018-08-05", "2018-08-04", "2018-08-05", VAC, ["Attack"],
   HEEGO, ["Civilians (Ethiopia)"], ET, ["Somali"], (), 29, req=False, tp=2,
   evidence="alternative reading: Heego youth militia attacking civilians")
ev("jijiga-churches-looting", "ethiopia_jijiga_bbc", "2018-08-05", "2018-08-04", "2018-08-05", STR,
   ["Looting/property destruction"], HEEGO, ["Civilians (Ethiopia)", ""], ET, ["Somali"], (), 0, req=False, tp=2,
   evidence="looting shops ... At least seven churches were set on fire")
ev("dire-dawa-riot", "ethiopia_jijiga_bbc", "2018-08-05", "2018-08-05", "2018-08-05", RIO,
   ["Violent demonstration", "Mob violence"], ["Rioters (Ethiopia)"], ["Police Forces of Ethiopia", ""], ET,
   ["Dire Dawa"], (), 2,
   evidence="The violence spread on Sunday to Dire Dawa ... police fired in the air to break up stone-throwing "
            "crowds. Two people were killed there")
ev("abdi-iley-resigns", "ethiopia_jijiga_bbc", "2018-08-06", "2018-08-06", "2018-08-06", STR,
   ["Change to group/activity", "Other"], ["Government of Ethiopia (Somali Region)", "Abdi Mohamed Omar", ""], [""],
   ET, ["Somali"], (), 0, req=False,
   evidence="He announced his resignation on Monday at a meeting of the ruling party in the region")
# not events: Abiy reforms; 2017 Somali-Oromo clashes background.

# --- Somalia: Dharjaale base attack told in stages (Garowe Online, Wed 2025-01-01) ---
SO = "Somalia"
ISS = ["Islamic State", "Islamic State Somalia Province", "Islamic State (Somalia)", "ISIS", "ISIS-Somalia"]
PL = ["Military Forces of Puntland", "Puntland Security Force", "Puntland Darawiish Force", "Puntland Forces",
      "Military Forces of Somalia", "Military Forces of Somalia (Puntland)"]
ev("dharjaale-base-attack", "somalia_dharjaale_garowe", "2024-12-31", "2024-12-31", "2024-12-31", EXP,
   ["Suicide bomb"], ISS, PL, SO, ["Bari"], (), 72,
   evidence="two vehicles laden with explosives were driven by suicide bombers towards the gate ... dozens of heavily "
            "armed fighters ... stormed the base ... killed 'more than 50' militants and ... 22 soldiers had died")
ev("dharjaale-base-fighting", "somalia_dharjaale_garowe", "2024-12-31", "2024-12-31", "2024-12-31", BAT,
   ["Armed clash"], ISS + PL, PL + ISS, SO, ["Bari"], (), None, req=False,
   evidence="Fierce fighting followed for several hours before the attackers were pushed back into the hills")
ev("puntland-reinforcements", "somalia_dharjaale_garowe", "2024-12-31", "2024-12-31", "2024-12-31", STR,
   ["Change to group/activity"], PL, [""], SO, ["Bari"], ["Bossaso"], 0, req=False,
   evidence="Additional troops and armoured vehicles left Bosaso for the frontline on Tuesday evening")
# not events: Deni's vow / planned offensive; ISIS claim; Qandala 2016 background; early toll (10) superseded.

# --- Myanmar: Thantlang burned (RFA, Sat 2021-10-30) ---
MM = "Myanmar"
CDF = ["Chinland Defense Force", "Chinland Defence Force", "CDF", "CDF-Thantlang", "CDF-Hakha"]
MAF = ["Military Forces of Myanmar"]
ev("thantlang-cdf-ambush", "myanmar_thantlang_rfa", "2021-10-29", "2021-10-29", "2021-10-29", BAT, ["Armed clash"],
   CDF + MAF, MAF + CDF, MM, ["Chin"], ["Hakha"], 4,
   evidence="its fighters ambushed a military column near the town's main market early Friday morning, killing "
            "three soldiers. One CDF member was killed")
ev("thantlang-arson", "myanmar_thantlang_rfa", "2021-10-29", "2021-10-29", "2021-10-29", STR,
   ["Looting/property destruction"], MAF, ["Civilians (Myanmar)", ""], MM, ["Chin"], ["Hakha"], 0,
   evidence="Myanmar troops set fire to more than 160 houses and two churches in the town of Thantlang ... on Friday")
ev("hakha-falam-road-landmine", "myanmar_thantlang_rfa", "2021-10-28", "2021-10-28", "2021-10-28", EXP,
   ["Remote explosive/landmine/IED"], CDF + ["Unidentified Armed Group (Myanmar)"], MAF, MM, ["Chin"],
   ["Hakha", "Falam"], 2,
   evidence="a landmine planted on the Hakha-Falam road exploded under a military truck on Thursday, killing two "
            "soldiers")
# not events: Sept 18 shelling and pastor killing (42 days before) background; junta denial; AAPP aggregate.

# --- Indonesia: protest riots (AP, Sat 2025-08-30) ---
ID = "Indonesia"
RIOT_ID = ["Rioters (Indonesia)", "Protesters (Indonesia)"]
POL_ID = ["Police Forces of Indonesia"]
ev("jakarta-parliament-riot", "indonesia_jakarta_ap", "2025-08-28", "2025-08-28", "2025-08-28", RIO,
   ["Violent demonstration"], RIOT_ID, POL_ID + [""], ID, ["Jakarta"], (), 1,
   evidence="a 21-year-old delivery driver who was hit and run over by a Brimob armoured vehicle on Thursday evening "
            "as police tried to disperse protesters ... Protesters had been throwing stones and setting fires")
ev("jakarta-driver-excessive-force", "indonesia_jakarta_ap", "2025-08-28", "2025-08-28", "2025-08-28", PRO,
   ["Excessive force against protesters"], POL_ID, ["Protesters (Indonesia)", "Civilians (Indonesia)"], ID,
   ["Jakarta"], (), 1, req=False, evidence="alternative reading of the driver's death")
ev("kwitang-brimob-hq-riot", "indonesia_jakarta_ap", "2025-08-29", "2025-08-29", "2025-08-29", RIO,
   ["Violent demonstration", "Mob violence"], RIOT_ID, POL_ID + [""], ID, ["Jakarta"], (), 0,
   evidence="thousands of protesters ... surrounded the headquarters of the police mobile brigade ... in the Kwitang "
            "area on Friday, hurling rocks and fireworks and setting fire to a police post")
ev("makassar-parliament-fire", "indonesia_jakarta_ap", "2025-08-29", "2025-08-29", "2025-08-29", RIO,
   ["Violent demonstration", "Mob violence"], RIOT_ID, ["", "Civilians (Indonesia)"], ID, ["South Sulawesi"],
   ["Kota Makassar", "Makassar"], 3,
   evidence="Three people were killed late Friday when rioters set fire to the regional parliament building in Makassar")
ev("brimob-officers-detained", "indonesia_jakarta_ap", "2025-08-29", "2025-08-28", "2025-08-30", STR, ["Arrests"],
   POL_ID, POL_ID + [""], ID, ["Jakarta"], (), 0, req=False,
   evidence="seven Brimob officers who were in the vehicle had been detained for questioning")
# not events: protests "began on Monday" (no place/detail beyond parliament; context), Prabowo's statements,
# planned rallies next week.

DROP_TEXT = {
    "nigeria_bethel_punch": ["Punch Newspapers", "Home | News | Politics | Metro Plus | Sports | Business | Opinion",
                             "Share this:", "Advertisement", "RELATED NEWS", "Bandits kill four in Zamfara community",
                             "Kaduna: Parents protest as schools remain shut",
                             "Copyright PUNCH. All rights reserved. This material, and other digital content on this "
                             "website, may not be reproduced, published, broadcast, rewritten or redistributed in whole "
                             "or in part without prior express written permission from PUNCH.",
                             "Contact: theeditor@punchng.com"],
    "cameroon_babanki_guardianpost": ["The Guardian Post",
                                      "HOME | NEWS | POLITICS | ANGLOPHONE CRISIS | SPORTS | OPINION", "Search",
                                      "Facebook Twitter WhatsApp", "Advertisement", "Related Articles",
                                      "Bamenda: Gov't relaunches fight against \"ghost towns\"",
                                      "Ndop: Two soldiers wounded in IED explosion", "Leave a Reply",
                                      "Your email address will not be published.",
                                      "© 2023 The Guardian Post. All Rights Reserved."],
    "car_aigbado_voa": ["VOA", "Africa | US News | World | Videos | Languages", "Print", "Share", "Related",
                        "Central African Republic Army Retakes Key Town",
                        "CAR Opposition Leader Questioned Over Coup Plot"],
    "ethiopia_jijiga_bbc": ["More on this story", "Who is Ethiopia's new PM?", "Ethiopia's Abiy Ahmed sets out reforms",
                            "Share this page",
                            "Copyright © 2018 BBC. The BBC is not responsible for the content of external sites."],
    "somalia_dharjaale_garowe": ["Garowe Online", "Home Somalia Puntland Politics Opinion Africa World",
                                 "Share on Facebook Share on Twitter", "Loading...", "Advertisement", "RELATED",
                                 "US military conducts airstrike against ISIS in Puntland",
                                 "Puntland, federal government row deepens over elections",
                                 "© 2025 Garowe Online. All rights reserved."],
    "myanmar_thantlang_rfa": ["Radio Free Asia",
                              "Burmese | Cantonese | Khmer | Korean | Lao | Mandarin | Tibetan | Uyghur | Vietnamese",
                              "Share on Facebook", "Email",
                              "Copyright © 1998-2021, RFA. Used with the permission of Radio Free Asia.",
                              "Related Stories", "Thousands flee fighting in Chin state to India",
                              "Junta troops occupy churches in Myanmar's Kayah state"],
}
EITHER_TEXT = {
    "nigeria_bethel_punch": ["By Godwin Isenyo, Kaduna", "6 July 2021"],
    "cameroon_babanki_guardianpost": ["By Ebenezer Kum", "May 23, 2023"],
    "car_aigbado_voa": ["January 24, 2022 10:15 AM", "By Reuters and VOA News"],
    "ethiopia_jijiga_bbc": ["6 August 2018"],
    "somalia_dharjaale_garowe": ["Wednesday January 1, 2025"],
    "myanmar_thantlang_rfa": ["2021.10.30"],
    "burkina_solenzo_rfi": ["Published on: 14/03/2025"],
    "niger_banibangou_reuters": ["(Reporting by Moussa Aksar; Writing by Bate Felix; Editing by Alison Williams)"],
    "sudan_bluenile_reuters": ["(Reporting by Khalid Abdelaziz; Writing by Nafisa Eltahir; Editing by Frances Kerry)"],
}

write_gold(HERE, E, drop=DROP_TEXT, either=EITHER_TEXT, indent=2, ensure_ascii=False,
           note="Twenty-eighth held-out set, BLIND: 10 hand-written articles (2018-2025), coded from CODEBOOK.md "
                "before any run of the system. Boilerplate lines annotated in 6 articles.")
