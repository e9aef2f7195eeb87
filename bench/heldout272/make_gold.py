"""Writes gold.json for the 272nd held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 38).

    python bench/heldout272/make_gold.py

Focus: Myanmar 2021-2023 — junta air strikes on Chin villages, Karenni ambushes of a supply convoy in Kayah,
village burnings in Sagaing (Kantbalu, Chaung-U), a KNLA outpost seizure and shelling in Hpapun (Kayin), the
Aungban protest shootings in Shan and urban-guerrilla bombings and shootings in Yangon.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

MM = "Myanmar"
MAF = ["Military Forces of Myanmar", "Myanmar Armed Forces", "Tatmadaw", "Myanmar Military", "Military Forces of Burma",
       "Military Forces of Myanmar (2021-)"]
MPF = ["Police Forces of Myanmar", "Myanmar Police Force", "Police Forces of Myanmar (2021-)"]
STATE = MAF + MPF
CIV = ["Civilians (Myanmar)"]
PROT = ["Protesters (Myanmar)"]
UAG = ["Unidentified Armed Group (Myanmar)"]
PDF = ["PDF", "People's Defense Force", "People's Defence Force", "People's Defense Force (Myanmar)",
       "PDF: People's Defense Force", "National Unity Government", "NUG"]
PSH = ["Pyu Saw Htee", "Pyu Saw Htee Militia", "Pro-Junta Militia (Myanmar)"]

# ---------------------------------------------------------------- Chin (The Irrawaddy, 2023-04-28, Fri)
A = "myanmar_tlanglo_irrawaddy"
CHIN = ["Chin"]
CHINRES = ["CDF", "Chin Defense Force", "Chinland Defense Force", "Chin Defence Force", "Chinland Defence Force",
           "CNA", "Chin National Army", "CNF", "Chin National Front", "CNF: Chin National Front"] + PDF
HAKHA = ["Hakha", ""]
ev("tlanglo-air-strike", A, "2023-04-27", "2023-04-27", "2023-04-27", EXP, ["Air/drone strike"],
   MAF, CIV, MM, CHIN, HAKHA, 2,
   evidence="A striking schoolteacher and another villager were killed ... when a Myanmar junta fighter jet bombed "
            "Tlanglo village in Chin State's Thantlang Township on Thursday")
ev("hakha-outposts-overrun", A, "2023-04-26", "2023-04-26", "2023-04-26", BAT, ["Non-state actor overtakes territory"],
   CHINRES, MAF, MM, CHIN, ["Hakha"], None,
   evidence="On Wednesday, fighters from the Chin Defense Force (CDF) and the Chin National Army (CNA) ... raided three "
            "regime bases in neighboring Hakha Township and overran two of the outposts")
ev("hakha-convoy-ambush", A, "2023-04-13", "2023-04-13", "2023-04-13", BAT, ["Armed clash"],
   CHINRES, MAF, MM, CHIN, ["Hakha"], None,
   evidence="resistance forces ambushed a junta convoy of about 30 vehicles on the road near Hakha on April 13 ... no "
            "figures for casualties")
ev("pann-par-air-strike", A, "2023-04-16", "2023-04-16", "2023-04-16", EXP, ["Air/drone strike"],
   MAF, CIV, MM, CHIN, ["Mindat"], 3,
   evidence="On April 16 ... two jets strafed and dropped at least 17 bombs on Pann Par village in southern Mindat "
            "Township, killing a woman in her 70s, a four-year-old child and a 17-year-old girl")
ev("pann-par-shelling", A, "2023-04-16", "2023-04-16", "2023-04-16", EXP, ["Shelling/artillery/missile attack"],
   MAF, CIV, MM, CHIN, ["Mindat"], None, req=False,
   evidence="Light Infantry Battalion 274 ... also shelled the village that afternoon (same village and day as the air "
            "strike; a coder may fold it into the strike row)")
ev("webula-air-strike", A, "2023-04-10", "2023-04-10", "2023-04-10", EXP, ["Air/drone strike"],
   MAF, CIV, MM, CHIN, ["Falam"], 9,
   evidence="on April 10, two bombs dropped on Webula, a small town in Falam Township, killed nine civilians ... Local "
            "media put the toll at 10")
ev("kwarpho-air-strike", A, "2023-03-30", "2023-03-30", "2023-03-30", EXP, ["Air/drone strike"],
   MAF, CIV, MM, CHIN, HAKHA, 8,
   evidence="on March 30, jets struck Kwarpho village, just outside Thantlang town, killing eight residents ... up to "
            "10 dead (29 days before publication: inside the window)")

# ---------------------------------------------------------------- Kayah (Myanmar Now, 2022-06-04, Sat)
A = "myanmar_hpruso_myanmarnow"
KAYAH = ["Kayah", "Karenni"]
KNDF = ["KNDF", "Karenni Nationalities Defence Force", "Karenni Nationalities Defense Force",
        "Karenni National Defence Force", "KA", "Karenni Army", "KNPP", "Karenni National Progressive Party",
        "KNDF: Karenni Nationalities Defense Force"] + PDF
LOIKAW = ["Loikaw", "Hpruso", ""]
ev("law-kyay-khu-trucks-destroyed", A, "2022-06-03", "2022-06-03", "2022-06-03", BAT, ["Armed clash"],
   KNDF, MAF, MM, KAYAH, LOIKAW, 10,
   evidence="Karenni resistance forces destroyed three military trucks and killed at least 10 regime soldiers on Friday "
            "evening between the villages of Law Kyay Khu and Mar Kha Yaw Shay")
ev("htar-le-clash", A, "2022-05-31", "2022-05-31", "2022-05-31", BAT, ["Armed clash"],
   KNDF, MAF, MM, KAYAH, LOIKAW, None,
   evidence="On Tuesday, a column of soldiers ... ran into KNDF and Karenni Army (KA) fighters at Htar Le village, and "
            "the two sides fought for around six hours. Several soldiers were killed")
ev("law-kyay-khu-clash-wed", A, "2022-06-01", "2022-06-01", "2022-06-01", BAT, ["Armed clash"],
   KNDF, MAF, MM, KAYAH, LOIKAW, None,
   evidence="The next day, the resistance hit the convoy again near Law Kyay Khu")
ev("law-kyay-khu-clash-thu", A, "2022-06-02", "2022-06-02", "2022-06-02", BAT, ["Armed clash"],
   KNDF, MAF, MM, KAYAH, LOIKAW, None,
   evidence="On Thursday the fighting resumed at the same spot and lasted all day ... cut off two trucks ... and drove "
            "them ... back to their base")
ev("law-kyay-khu-air-strikes", A, "2022-06-02", "2022-06-02", "2022-06-02", EXP, ["Air/drone strike"],
   MAF, KNDF + [""], MM, KAYAH, LOIKAW, None,
   evidence="the junta called in air strikes at around 3pm, the groups said")
ev("bawlakhe-convoy-may22", A, "2022-05-22", "2022-05-22", "2022-05-22", BAT, ["Armed clash"],
   KNDF, MAF, MM, KAYAH, ["Bawlakhe"], None,
   evidence="On May 22, the KNDF and KA attacked another convoy of 39 vehicles on the same road as it headed towards "
            "Bawlakhe, in Bawlakhe Township")
ev("hpruso-ambush-may7", A, "2022-05-07", "2022-05-07", "2022-05-07", BAT, ["Armed clash"],
   KNDF, MAF, MM, KAYAH, LOIKAW, 25,
   evidence="on May 7 an ambush on a 20-vehicle convoy near Law Kyay Khu left around 25 soldiers dead ... (28 days "
            "before publication: inside the window)")

# ---------------------------------------------------------------- Sagaing, Kantbalu (RFA, 2023-05-12, Fri)
A = "myanmar_kantbalu_rfa"
SAG = ["Sagaing"]
KTB = ["Shwebo", "Kanbalu", "Kantbalu"]
TROOPS_MIL = MAF + PSH
ev("tha-yet-khaung-school-burned", A, "2023-05-11", "2023-05-11", "2023-05-11", STR, ["Looting/property destruction"],
   TROOPS_MIL, CIV + [""], MM, SAG, KTB, 0,
   evidence="On Thursday, soldiers burned down a school and five houses in Tha Yet Khaung village")
ev("hpa-lon-chaing-burned", A, "2023-05-11", "2023-05-11", "2023-05-11", STR, ["Looting/property destruction"],
   TROOPS_MIL, CIV + [""], MM, SAG, KTB, 0,
   evidence="around 100 troops and members of the Pyu Saw Htee militia entered Hpa Lon Chaing village and torched about "
            "20 homes")
ev("hpoke-kone-clash", A, "2023-05-11", "2023-05-11", "2023-05-11", BAT, ["Armed clash"],
   MAF + PDF, PDF + MAF, MM, SAG, KTB, None,
   evidence="a third unit clashed with a local People's Defense Force (PDF) near Hpoke Kone village on Thursday morning "
            "... no casualties on the resistance side; the number of soldiers hurt was not known")
ev("kha-ohn-tar-burned", A, "2023-05-11", "2023-05-11", "2023-05-11", STR, ["Looting/property destruction"],
   TROOPS_MIL, CIV + [""], MM, SAG, KTB, 0,
   evidence="Then they pulled back to Kha Ohn Tar and set fire to the houses there ... about 10 houses were destroyed")
ev("hpoke-kone-burned-may1", A, "2023-05-01", "2023-05-01", "2023-05-01", STR, ["Looting/property destruction"],
   TROOPS_MIL, CIV + [""], MM, SAG, KTB, 0,
   evidence="Troops had already burned down 31 houses in Hpoke Kone on May 1")
ev("chin-myit-kyin-burned", A, "2023-05-07", "2023-05-07", "2023-05-07", STR, ["Looting/property destruction"],
   TROOPS_MIL, CIV + [""], MM, SAG, KTB, 0,
   evidence="On Sunday, troops from LID 368 set fire to houses in Chin Myit Kyin village")
ev("htauk-shar-aing-burned", A, "2023-05-07", "2023-05-07", "2023-05-07", STR, ["Looting/property destruction"],
   TROOPS_MIL, CIV + [""], MM, SAG, KTB, 0,
   evidence="LID 361 raided Htauk Shar Aing village, burned down 83 houses and took away around 11 civilians")
ev("htauk-shar-aing-detentions", A, "2023-05-07", "2023-05-07", "2023-05-07", VAC, ["Abduction/forced disappearance"],
   MAF, CIV, MM, SAG, KTB, 0, req=False,
   evidence="took away around 11 civilians ... 'We don't know where they were taken or whether they are still alive' "
            "(may be folded into the burning row)")

# ---------------------------------------------------------------- Sagaing, Chaung-U (The Irrawaddy, 2022-12-30, Fri)
A = "myanmar_chaungu_irrawaddy"
CHU = ["Monywa", "Shwebo", "Chaung-U", "Chaung-u"]
CRA = ["Chaung U Revolutionary Army", "Chaung-U Revolutionary Army", "CRA", "Chaung-U Township People's Liberation Force"] + PDF
for key, date, village in (("wa-yar", "2022-12-27", "Wa Yar"), ("ywar-thit", "2022-12-27", "Ywar Thit"),
                           ("nagar-bo", "2022-12-28", "Nagar Bo"), ("kone-thar", "2022-12-28", "Kone Thar"),
                           ("taw-kyaung-lay", "2022-12-28", "Taw Kyaung Lay"), ("htan-taw", "2022-12-28", "Htan Taw")):
    ev(f"{key}-burned", A, date, date, date, STR, ["Looting/property destruction"],
       TROOPS_MIL, CIV + [""], MM, SAG, CHU, 0,
       evidence=f"Troops set fire to Wa Yar and Ywar Thit villages on Tuesday, and to Nagar Bo, Kone Thar, Taw Kyaung "
                f"Lay and Htan Taw on Wednesday ({village}: one row per named village)")
ev("kangyi-kone-militia-camp-attack", A, "2022-12-25", "2022-12-25", "2022-12-25", BAT, ["Armed clash"],
   CRA, PSH + MAF, MM, SAG, CHU, None,
   evidence="a coordinated assault on Sunday ... attacked a camp of the Pyu Saw Htee, a pro-junta militia, in Kangyi "
            "Kone village")
ev("ah-myint-police-post-attack", A, "2022-12-25", "2022-12-25", "2022-12-25", BAT, ["Armed clash"],
   CRA, MPF + MAF, MM, SAG, CHU, None,
   evidence="... and a police outpost in Ah Myint village ... The groups did not give casualty figures")
ev("chaung-u-clash-tue", A, "2022-12-27", "2022-12-27", "2022-12-27", BAT, ["Armed clash"],
   CRA + MAF, MAF + CRA, MM, SAG, CHU, 6,
   evidence="On Tuesday, the resistance fighters confronted the column. Four resistance fighters were killed ... 'We "
            "killed two of their troops and freed some of the civilians'")
ev("ah-myint-artillery", A, "2022-12-27", "2022-12-26", "2022-12-27", EXP, ["Shelling/artillery/missile attack"],
   MAF, CIV + CRA + [""], MM, SAG, CHU, None, req=False, tp=2,
   evidence="The regime responded with artillery fire on villages around Ah Myint over the following two days")

# ---------------------------------------------------------------- Shan (Reuters, 2021-03-20, Sat)
A = "myanmar_aungban_reuters"
SHAN = ["Shan"]
ev("aungban-protesters-shot", A, "2021-03-19", "2021-03-19", "2021-03-19", PRO, ["Excessive force against protesters"],
   PROT + STATE, STATE + PROT, MM, SHAN, ["Taunggyi"], 8,
   evidence="Myanmar security forces opened fire on anti-coup protesters in the small town of Aungban ... on Friday, "
            "killing at least eight people ... SHAN put the toll at nine")
ev("tachileik-protest-arrests", A, "2021-03-19", "2021-03-19", "2021-03-19", PRO, ["Protest with intervention"],
   PROT + MPF, MPF + MAF + PROT, MM, SHAN, ["Tachileik"], 0,
   evidence="police arrested at least six people at a demonstration in Tachileik, on the border with Thailand")
ev("taunggyi-protest-dispersed", A, "2021-03-19", "2021-03-19", "2021-03-19", PRO, ["Protest with intervention"],
   PROT + STATE, STATE + PROT, MM, SHAN, ["Taunggyi"], 0,
   evidence="In the state capital Taunggyi, security forces broke up a morning protest and detained a 17-year-old "
            "student")
ev("mandalay-dawn-march", A, "2021-03-20", "2021-03-20", "2021-03-20", PRO, ["Peaceful protest"],
   PROT, [""] + STATE, MM, ["Mandalay"], ["Mandalay"], 0,
   evidence="In Mandalay ... hundreds of people marched before dawn and dispersed before police arrived")
ev("yangon-candle-vigils", A, "2021-03-20", "2021-03-20", "2021-03-20", PRO, ["Peaceful protest"],
   PROT, [""], MM, ["Yangon"], (), 0,
   evidence="in Yangon groups of young people lit candles at street corners in memory of the dead")

# ---------------------------------------------------------------- Kayin (AFP, 2023-03-29, Wed)
A = "myanmar_malkharhta_afp"
KAYIN = ["Kayin", "Karen"]
KNLA = ["KNLA", "Karen National Liberation Army", "KNU", "Karen National Union",
        "KNU/KNLA: Karen National Union/Karen National Liberation Army", "KNLA: Karen National Liberation Army"]
BGF = ["BGF", "Border Guard Force", "Karen Border Guard Force", "Border Guard Force (Myanmar)",
       "Karen Border Guard Force/Karen National Army", "KNA"] + MAF
HPP = ["Hpapun", "Papun"]
ev("mal-khar-hta-outpost-seized", A, "2023-03-28", "2023-03-28", "2023-03-28", BAT,
   ["Non-state actor overtakes territory"], KNLA, MAF, MM, KAYIN, HPP, None,
   evidence="the Karen National Liberation Army ... attacked the Mal Khar Hta outpost in Hpapun district ... before dawn "
            "... 'Our troops took the camp early in the morning'")
ev("maethuhtar-camp-attack", A, "2023-03-09", "2023-03-09", "2023-03-09", BAT, ["Armed clash"],
   KNLA, MAF, MM, KAYIN, HPP, 1,
   evidence="On March 9, KNLA fighters attacked an army camp at Maethuhtar in the KNU's Dwelo township, killing one "
            "soldier")
ev("thaygawhtu-shelling", A, "2023-03-09", "2023-03-09", "2023-03-09", EXP, ["Shelling/artillery/missile attack"],
   MAF, CIV + [""], MM, KAYIN, HPP, None,
   evidence="troops based at Phargawlow fired heavy weapons into the nearby village of Thaygawhtu")
ev("tarbukyo-attack", A, "2023-03-10", "2023-03-10", "2023-03-10", BAT, ["Armed clash"],
   KNLA, MAF, MM, KAYIN, HPP, 3,
   evidence="The following day, the rebels attacked junta positions in the Tarbukyo area of Bu Tho township, killing "
            "three soldiers")
ev("tayipalaw-mortars", A, "2023-03-11", "2023-03-11", "2023-03-11", EXP, ["Shelling/artillery/missile attack"],
   MAF, CIV + [""], MM, KAYIN, HPP, None,
   evidence="On March 11, soldiers at the Phargawlow camp fired two mortar shells into Tayipalaw village")
ev("hpapun-outskirts-artillery", A, "2023-03-11", "2023-03-11", "2023-03-11", EXP, ["Shelling/artillery/missile attack"],
   MAF, CIV + [""], MM, KAYIN, HPP, None,
   evidence="that evening the garrison in Hpapun town fired about six artillery rounds into villages and farms on the "
            "outskirts of the town")
ev("powgar-bgf-shelling", A, "2023-03-08", "2023-03-08", "2023-03-09", EXP, ["Shelling/artillery/missile attack"],
   BGF, CIV + [""], MM, KAYIN, HPP, 0,
   evidence="the pro-junta Border Guard Force ... shelling Powgar village on the night of March 8, wounding two "
            "civilians including a 16-year-old")

# ---------------------------------------------------------------- Yangon (Myanmar Now, 2021-08-09, Mon)
A = "myanmar_southdagon_myanmarnow"
YGN = ["Yangon"]
YGN2 = ["East Yangon", "Yangon (East)", "West Yangon", "Yangon (West)", "Yangon", ""]
GUER = UAG + PDF + ["Urban Guerrilla Group (Myanmar)"]
ev("south-dagon-motorbike-bomb", A, "2021-08-08", "2021-08-08", "2021-08-08", EXP, ["Remote explosive/landmine/IED"],
   GUER, MAF, MM, YGN, YGN2, 1,
   evidence="A bomb hidden on a parked motorbike killed a soldier and wounded another in Yangon's South Dagon Township "
            "on Sunday")
ev("yangon-second-bomb", A, "2021-08-08", "2021-08-08", "2021-08-08", EXP, ["Remote explosive/landmine/IED"],
   GUER, MAF + [""], MM, YGN, (), None, req=False,
   evidence="At least one other bomb went off near regime troops elsewhere in the city on Sunday ... unable to confirm "
            "its location (no place below admin1)")
ev("sanchaung-mrtv-gunfight", A, "2021-08-07", "2021-08-07", "2021-08-07", BAT, ["Armed clash"],
   GUER + STATE, STATE + GUER, MM, YGN, ["Yangon (North)", "North Yangon", "West Yangon", "Yangon (West)", "Yangon", ""],
   0, evidence="a group of gunmen in a Toyota Mark II had exchanged fire with security forces guarding the compound. A "
               "32-year-old man driving past was slightly injured")
ev("ohn-bin-navy-officer-killed", A, "2021-08-07", "2021-08-07", "2021-08-07", BAT, ["Armed clash"],
   GUER, MAF + ["Military Forces of Myanmar (Navy)"], MM, YGN, ["Yangon South", "Yangon (South)", "South Yangon"], 1,
   evidence="a navy lieutenant was shot dead in Ohn Bin village in Kayan Township ... No group has claimed "
            "responsibility")
ev("ohn-bin-navy-officer-killed-as-attack", A, "2021-08-07", "2021-08-07", "2021-08-07", VAC, ["Attack"],
   GUER, MAF + CIV, MM, YGN, ["Yangon South", "Yangon (South)", "South Yangon"], 1, req=False,
   evidence="the same targeted killing coded as an attack by a coder who treats the (apparently off-duty) officer as "
            "a victim rather than a combatant")
ev("mandalay-8888-flash-march", A, "2021-08-08", "2021-08-08", "2021-08-08", PRO, ["Peaceful protest"],
   PROT, [""], MM, ["Mandalay"], ["Mandalay"], 0,
   evidence="In Mandalay on Sunday morning, a few dozen young people held a flash march in Chanayethazan Township ... "
            "dispersing within minutes, before security forces arrived")
ev("wundwin-8888-protest", A, "2021-08-08", "2021-08-08", "2021-08-08", PRO, ["Peaceful protest"],
   PROT, [""], MM, ["Mandalay"], ["Meiktila"], 0,
   evidence="Similar gatherings were streamed live on Facebook from Wundwin")
ev("sagaing-8888-protests", A, "2021-08-08", "2021-08-08", "2021-08-08", PRO, ["Peaceful protest"],
   PROT, [""], MM, SAG, (), 0, req=False,
   evidence="... and several towns in Sagaing Region (unnamed towns: one admin1-level row)")

DROP = {
    "myanmar_tlanglo_irrawaddy": ["The Irrawaddy", "Home", "News", "Burma", "War Against the Junta", "Opinion",
                                  "Business", "Features", "Share this article", "Facebook", "Twitter", "Related",
                                  "Junta Airstrike Kills Three Chin Civilians",
                                  "Thousands Flee Fighting in Sagaing Region",
                                  "© 2023 The Irrawaddy. All rights reserved."],
    "myanmar_hpruso_myanmarnow": ["Myanmar Now", "News", "Features", "Opinion", "In-Depth", "Donate",
                                  "Share on Facebook", "Share on Twitter", "Related stories",
                                  "Karenni fighters kill 25 junta troops in attack on army convoy",
                                  "Displaced Karenni families face food shortages as rains begin",
                                  "Copyright © 2022 Myanmar Now"],
    "myanmar_kantbalu_rfa": ["Copyright © 1998-2023, RFA. Used with the permission of Radio Free Asia."],
    "myanmar_southdagon_myanmarnow": ["Myanmar Now", "Home", "News", "Features", "Opinion", "Burmese",
                                      "Share this story", "Tags: Yangon, South Dagon, 8888, urban guerrilla",
                                      "Read more", "Guerrilla groups claim a string of bombings in Yangon",
                                      "Covid-19 deaths strain Yangon crematoriums"],
}
EITHER = {
    "myanmar_tlanglo_irrawaddy": ["By The Irrawaddy", "28 April 2023"],
    "myanmar_hpruso_myanmarnow": ["4 June 2022"],
    "myanmar_kantbalu_rfa": ["By RFA Burmese", "2023.05.12", "Translated by RFA Burmese. Edited by Mike Firn."],
    "myanmar_chaungu_irrawaddy": ["By The Irrawaddy 30 December 2022"],
    "myanmar_aungban_reuters": ["By Reuters Staff",
                                "Reporting by Reuters Staff; Writing by Matthew Tostevin; Editing by Frances Kerry"],
    "myanmar_malkharhta_afp": ["str/pdw/dhc"],
    "myanmar_southdagon_myanmarnow": ["9 August 2021"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="7 hand-written held-out articles (bench/heldout272; Myanmar 2021-2023), coded by "
                             "CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
