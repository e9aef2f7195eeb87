"""Writes gold.json for the 141st held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout141/make_gold.py

Focus: Burkina Faso and Mali, 2015-2025 — an army-camp attack (Gourma-Rharous), a protest met with
gunfire (Gao), massacres of civilians (Aklaz/Awakassa, Youlou), a customs-post attack and the killing of
a missionary (Nohao), a journalist's abduction (Dubois), a police ambush and an air strike (Tadaryat,
Gorom-Gorom), and JNIM's fuel blockade with an army drone strike (Lakamane).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

ML, BF = "Mali", "Burkina Faso"
FAMA = ["Military Forces of Mali"]
UAG_ML = ["Unidentified Armed Group (Mali)"]
CIV_ML = ["Civilians (Mali)"]
JNIM = ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Jamaat Nusrat al-Islam wal-Muslimin",
        "Group for the Support of Islam and Muslims", "Group to Support Islam and Muslims",
        "Support Group for Islam and Muslims", "GSIM"]
AQIM = ["AQIM", "Al Qaeda in the Islamic Maghreb", "Al-Qaeda in the Islamic Maghreb",
        "Al Qaeda in the Islamic Maghreb (AQIM)"]
IS_SAHEL = ["Islamic State in the Greater Sahara", "ISGS", "Islamic State Sahel", "Islamic State Sahel Province",
            "Islamic State", "IS Sahel", "EIGS", "Islamic State (Greater Sahara)"]
MINUSMA = ["MINUSMA", "United Nations Multidimensional Integrated Stabilization Mission in Mali", "United Nations",
           "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali"]
FRANCE = ["Military Forces of France", "Operation Barkhane", "Barkhane"]
MENAKA = ["Menaka", "Ménaka", "Gao"]  # older maps put the Menaka cercle in Gao region
TOMBOUCTOU = ["Tombouctou", "Timbuktu"]

BF_MIL = ["Military Forces of Burkina Faso"]
BF_POL = ["Police Forces of Burkina Faso"]
VDP = ["VDP", "Volunteers for the Defence of the Homeland", "Volunteers for the Defense of the Homeland",
       "Volunteers for the Defense of the Homeland (VDP)"]
UAG_BF = ["Unidentified Armed Group (Burkina Faso)"]
CIV_BF = ["Civilians (Burkina Faso)"]
JIH_BF = UAG_BF + JNIM + IS_SAHEL + ["Ansaroul Islam", "Ansar ul Islam"]

# ---------------------------------------------------------------- Mali (Reuters, 2015-08-04, Tue)
A = "mali_gourmarharous_reuters"
ev("gourma-rharous-camp-attack", A, "2015-08-03", "2015-08-03", "2015-08-03", BAT, ["Armed clash"],
   AQIM + UAG_ML, FAMA, ML, TOMBOUCTOU, ["Gourma-Rharous", "Gourma Rharous"], 10,
   evidence="Gunmen killed at least 10 Malian soldiers when they stormed an army camp in ... Gourma-Rharous ... "
            "before dawn on Monday ... briefly overran part of the base ... withdrew (ministry 10, local 11; "
            "assailants' dead not counted)")
ev("timbuktu-goundam-road-mine", A, "2015-08-01", "2015-08-01", "2015-08-01", EXP,
   ["Remote explosive/landmine/IED"], UAG_ML + AQIM, FAMA, ML, TOMBOUCTOU, ["Goundam", "Tombouctou"], 0,
   evidence="two soldiers were wounded when their vehicle struck a mine on the road between Timbuktu and Goundam "
            "on Saturday ... Nobody was killed")
ev("dogo-village-chief-killed", A, "2015-08-02", "2015-08-02", "2015-08-03", VAC, ["Attack"],
   UAG_ML, CIV_ML, ML, ["Mopti"], ["Youwarou"], 1,
   evidence="unidentified gunmen on a motorbike shot dead the village chief of Dogo, near Youwarou, late on Sunday")

# ---------------------------------------------------------------- Mali (Journal du Mali, 2016-07-13, Wed)
A = "mali_gao_journaldumali"
PROT_ML = ["Protesters (Mali)", "Nous Pas Bouger", "Civilians (Mali)"]
ML_SEC = ["Police Forces of Mali", "Military Forces of Mali", "Gendarmerie of Mali", "Police Forces of Mali: Gendarmerie"]
ev("gao-protest-shot", A, "2016-07-12", "2016-07-12", "2016-07-12", PRO,
   ["Excessive force against protesters", "Protest with intervention"], PROT_ML, ML_SEC + [""], ML, ["Gao"], ["Gao"], 3,
   evidence="Three people were killed and more than thirty injured in Gao on Tuesday when security forces opened fire "
            "on young demonstrators (hospital 3, movement 4 -> 3)")
ev("gao-eve-barricades", A, "2016-07-11", "2016-07-11", "2016-07-11", RIO, ["Violent demonstration"],
   ["Rioters (Mali)", "Protesters (Mali)", "Nous Pas Bouger"], [""], ML, ["Gao"], ["Gao"], 0, req=False,
   evidence="On Monday evening ... young people had already burned tyres and blocked the main road to the airport "
            "and the Bourem road with stones")
ev("timbuktu-peaceful-march", A, "2016-07-12", "2016-07-12", "2016-07-12", PRO, ["Peaceful protest"],
   ["Protesters (Mali)"], [""], ML, TOMBOUCTOU, ["Tombouctou", "Timbuktu"], 0,
   evidence="In Timbuktu, a few hundred young people also marched peacefully through the town on Tuesday morning ... "
            "dispersing ... without incident")

# ---------------------------------------------------------------- Mali (AP, 2018-04-28, Sat)
A = "mali_aklaz_ap"
CIV_DAOU = CIV_ML + ["Daoussahak Ethnic Group (Mali)", "Tuareg Ethnic Group (Mali)"]
ev("aklaz-camp-massacre", A, "2018-04-26", "2018-04-26", "2018-04-26", VAC, ["Attack"],
   IS_SAHEL + UAG_ML, CIV_DAOU, ML, MENAKA, (), 12,
   evidence="The first attack targeted the camp of Aklaz, about 45 kilometers southwest of ... Menaka, on Thursday "
            "afternoon ... 12 dead at Aklaz")
ev("awakassa-camp-massacre", A, "2018-04-27", "2018-04-27", "2018-04-27", VAC, ["Attack"],
   IS_SAHEL + UAG_ML, CIV_DAOU, ML, MENAKA, (), 31,
   evidence="The second hit the camp of Awakassa, a few kilometers away, on Friday morning ... 31 at Awakassa, where "
            "the assailants also burned tents and carried off ... camels and goats")
ev("akabar-french-msa-gatia-clash", A, "2018-04-01", "2018-04-01", "2018-04-01", BAT, ["Armed clash"],
   FRANCE + ["MSA", "Movement for the Salvation of Azawad", "GATIA"], IS_SAHEL + UAG_ML, ML, MENAKA, (), 30,
   evidence="On April 1, French troops supported by helicopters and fighters from the MSA and GATIA killed about 30 "
            "extremists during fighting near Akabar (27 days before publication -> event)")
ev("menaka-troop-reinforcement", A, "2018-04-28", "2018-04-26", "2018-04-28", STR, ["Change to group/activity"],
   FAMA, [""], ML, MENAKA, (), 0, req=False, tp=2,
   evidence="Mali's government ... said it had deployed additional troops to Menaka")

# ---------------------------------------------------------------- Burkina Faso (Burkina24, 2019-02-16, Sat)
A = "burkina_nohao_burkina24"
CUSTOMS = ["Customs Forces of Burkina Faso", "Police Forces of Burkina Faso", "Military Forces of Burkina Faso",
           "Government of Burkina Faso", "Customs Officers (Burkina Faso)"]
ev("nohao-customs-post-attack", A, "2019-02-15", "2019-02-15", "2019-02-15", BAT, ["Armed clash"],
   JIH_BF, CUSTOMS, BF, ["Centre-Est"], ["Boulgou"], 4,
   evidence="Four customs officers ... killed on Friday afternoon in an attack on the customs post of Nohao, in the "
            "Boulgou province ... The customs officers on duty returned fire")
ev("nohao-priest-killed", A, "2019-02-15", "2019-02-15", "2019-02-15", VAC, ["Attack"],
   JIH_BF, CIV_BF + ["Civilians (Spain)", "Christian Group (Burkina Faso)"], BF, ["Centre-Est"], ["Boulgou"], 1,
   evidence="the vehicle of Father Antonio César Fernández ... arrived at the post. The gunmen stopped the car, "
            "separated the priest from his companions and shot him dead")
ev("sangha-town-hall-burned", A, "2019-02-15", "2019-02-15", "2019-02-16", STR, ["Looting/property destruction"],
   UAG_BF + JIH_BF, ["", "Civilians (Burkina Faso)", "Government of Burkina Faso"], BF, ["Centre-Est"],
   ["Koulpelogo", "Koulpélogo"], 0,
   evidence="The same night, from Friday to Saturday, unidentified individuals set fire to the town hall and the "
            "health centre of Sangha, in the neighbouring province of Koulpélogo ... No one was injured")
ev("fada-kantchari-road-ied", A, "2019-02-13", "2019-02-13", "2019-02-13", EXP, ["Remote explosive/landmine/IED"],
   JIH_BF, BF_MIL, BF, ["Est"], ["Gourma", "Tapoa"], 0,
   evidence="on Wednesday, two soldiers were wounded when their vehicle hit an explosive device between Fada "
            "N'Gourma and Kantchari on national road 4")

# ---------------------------------------------------------------- Mali (France 24, 2021-05-05, Wed)
A = "mali_gao_france24"
ev("dubois-abducted-gao", A, "2021-04-08", "2021-04-08", "2021-04-08", VAC, ["Abduction/forced disappearance"],
   JNIM + UAG_ML, ["Civilians (France)", "Civilians (Mali)", "Journalists (France)", "Olivier Dubois"],
   ML, ["Gao"], ["Gao"], 0,
   evidence="'I was kidnapped in Gao on April 8' ... kidnapped by ... (JNIM) (27 days before publication -> event)")
ev("gabero-ied-army", A, "2021-05-02", "2021-05-02", "2021-05-02", EXP, ["Remote explosive/landmine/IED"],
   UAG_ML + JNIM + IS_SAHEL, FAMA, ML, ["Gao"], (), 2,
   evidence="On Sunday, a Malian army vehicle struck an improvised explosive device near Gabero, about 15 kilometres "
            "south of the city, killing two soldiers")
ev("gao-trader-shot", A, "2021-04-29", "2021-04-29", "2021-04-29", VAC, ["Attack"],
   UAG_ML, CIV_ML, ML, ["Gao"], ["Gao"], 1, req=False,
   evidence="Last Thursday evening, gunmen also shot dead a trader near the livestock market in Gao's Chateau "
            "district ... police described as a robbery (criminal? optional)")
ev("aguelhok-camp-mortar", A, "2021-05-03", "2021-05-03", "2021-05-04", EXP, ["Shelling/artillery/missile attack"],
   UAG_ML + JNIM, MINUSMA + ["Military Forces of Chad"], ML, ["Kidal"], ["Tessalit"], 0,
   evidence="MINUSMA said its camp in Aguelhok had come under mortar fire on Monday night. No casualties")

# ---------------------------------------------------------------- Burkina Faso (Reuters, 2021-06-22, Tue)
A = "burkina_tadaryat_reuters"
ev("tadaryat-police-ambush", A, "2021-06-21", "2021-06-21", "2021-06-21", BAT, ["Armed clash"],
   JIH_BF, BF_POL + ["Military Forces of Burkina Faso"], BF, ["Sahel"], ["Oudalan"], 11,
   evidence="Eleven police officers were killed when their patrol was ambushed ... near the village of Tadaryat ... "
            "on Monday ... 'The unit fought back'")
ev("gorom-gorom-air-strike", A, "2021-06-20", "2021-06-20", "2021-06-20", EXP, ["Air/drone strike"],
   BF_MIL, JIH_BF, BF, ["Sahel"], ["Oudalan"], 20,
   evidence="its aircraft had struck a column of militants ... about 30 km west of Gorom-Gorom ... on Sunday, "
            "killing around 20 fighters")
ev("foube-civilians-killed", A, "2021-06-19", "2021-06-19", "2021-06-19", VAC, ["Attack"],
   JIH_BF, CIV_BF + VDP, BF, ["Centre-Nord"], ["Sanmatenga"], 4,
   evidence="gunmen killed four civilians and set fire to shops in the village of Foube in Sanmatenga province on "
            "Saturday evening")

# ---------------------------------------------------------------- Burkina Faso (Xinhua, 2023-05-13, Sat)
A = "burkina_youlou_xinhua"
ev("youlou-farmers-massacre", A, "2023-05-11", "2023-05-11", "2023-05-11", VAC, ["Attack"],
   JIH_BF, CIV_BF, BF, ["Boucle du Mouhoun"], ["Mouhoun"], 33,
   evidence="Thirty-three people were killed on Thursday when unidentified armed men attacked the village of Youlou, "
            "in the Mouhoun province")
ev("boala-vdp-attack-repelled", A, "2023-05-12", "2023-05-12", "2023-05-12", BAT, ["Armed clash"],
   JIH_BF + VDP, VDP + BF_MIL + JIH_BF, BF, ["Centre-Nord"], ["Namentenga"], 2,
   evidence="on Friday, members of the ... VDP ... repelled an attack on their position in Boala, in the Namentenga "
            "province ... Two VDP members were killed and several assailants were 'neutralized'")
ev("army-week-60-neutralized", A, "2023-05-12", "2023-05-06", "2023-05-12", BAT, ["Armed clash"],
   BF_MIL + JIH_BF, JIH_BF + BF_MIL, BF, [""], (), 60, req=False, tp=2,
   evidence="units had 'neutralized more than 60 terrorists' in several operations across the country during the "
            "past week, without giving details on the locations (country level)")

# ---------------------------------------------------------------- Mali (AFP, 2025-09-16, Tue)
A = "mali_lakamane_afp"
ev("lakamane-convoy-attack", A, "2025-09-14", "2025-09-14", "2025-09-14", BAT, ["Armed clash"],
   JNIM + UAG_ML, FAMA, ML, ["Kayes"], ["Diema", "Diéma"], None,
   evidence="set fire to dozens of fuel tankers in an attack on an army-escorted convoy ... on Sunday ... near "
            "Lakamane, in the Diema district ... long exchange of fire with the escort ... several soldiers had been "
            "killed, without giving a figure (toll unknown -> unscored)")
ev("lakamane-drivers-abducted", A, "2025-09-14", "2025-09-14", "2025-09-14", VAC, ["Abduction/forced disappearance"],
   JNIM + UAG_ML, CIV_ML, ML, ["Kayes"], ["Diema", "Diéma"], 0, req=False,
   evidence="At least three drivers were taken away by the assailants")
ev("lakamane-drone-strike", A, "2025-09-15", "2025-09-14", "2025-09-15", EXP, ["Air/drone strike"],
   FAMA, JNIM + UAG_ML, ML, ["Kayes"], ["Diema", "Diéma"], None, tp=2,
   evidence="On Monday, the army said ... its drones had struck 'terrorists fleeing with their loot' in the area of "
            "Lakamane, 'neutralising dozens' (toll vague -> unscored)")
ev("kolondieba-tankers-burned", A, "2025-09-12", "2025-09-12", "2025-09-12", STR, ["Looting/property destruction"],
   JNIM + UAG_ML, ["", "Civilians (Mali)"], ML, ["Sikasso"], ["Kolondieba", "Kolondiéba"], 0,
   evidence="On Friday, about fifteen tankers ... were also set on fire near the town of Kolondieba ... Nobody was "
            "reported killed")
ev("kayes-drivers-sit-in", A, "2025-09-15", "2025-09-15", "2025-09-15", PRO, ["Peaceful protest"],
   ["Protesters (Mali)"], [""], ML, ["Kayes"], ["Kayes"], 0,
   evidence="In Kayes ... dozens of tanker drivers ... staged a sit-in in front of the regional governorate ... "
            "before dispersing peacefully")

DROP = {
    "mali_gao_journaldumali": ["Journal du Mali", "Accueil", "Politique", "Sécurité", "Économie", "Société", "Culture",
                               "Sport", "English", "Read also",
                               "Kidal: the CMA and the Platform agree on a truce",
                               "Interim authorities: the opposition denounces \"a blank cheque\"",
                               "Share on Facebook", "Share on Twitter", "Comments",
                               "© Journal du Mali 2016 - All rights reserved"],
    "burkina_nohao_burkina24": ["Burkina24", "Actualité", "Politique", "Société", "Sécurité", "Economie", "Sport",
                                "Culture", "Vidéos", "Read also", "Security: the government extends the state of emergency",
                                "Eastern region: schools closed in several communes", "Share", "Facebook", "Twitter",
                                "WhatsApp", "Copyright © 2019 Burkina24 - All rights reserved"],
    "mali_gao_france24": ["FRANCE 24", "Live", "Africa", "Europe", "Middle East", "Americas", "Asia-Pacific", "France",
                          "Culture", "2 min", "Share", "Read more",
                          "Mali: several soldiers killed in attack in the Mopti region",
                          "Sahel: Barkhane announces the 'neutralisation' of a JNIM leader",
                          "© 2021 Copyright France 24 - All rights reserved. France 24 is not responsible for the "
                          "content of external websites."],
    "burkina_tadaryat_reuters": ["Skip to main content", "Exclusive news, data and analytics for financial market "
                                 "professionals", "World", "Business", "Markets", "Breakingviews", "Video", "More",
                                 "Our Standards: The Thomson Reuters Trust Principles.", "Read Next", "Africa",
                                 "Burkina Faso's president sacks defence minister after massacre",
                                 "Gunmen kill 15 in attack on village in northern Burkina Faso"],
}
EITHER = {
    "mali_gourmarharous_reuters": ["By Tiemoko Diallo",
                                   "(Reporting by Tiemoko Diallo; Additional reporting by Adama Diarra; Writing by "
                                   "Emma Farge; Editing by Tom Heneghan)"],
    "mali_gao_journaldumali": ["Published on 13 July 2016", "By Boubacar Sidiki Haidara"],
    "mali_aklaz_ap": ["By BABA AHMED", "Associated Press", "___",
                      "Associated Press writer Krista Larson in Dakar, Senegal, contributed."],
    "burkina_nohao_burkina24": ["By Ibrahim Kaboré", "Saturday 16 February 2019"],
    "mali_gao_france24": ["Issued on: 05/05/2021 - 11:48"],
    "burkina_tadaryat_reuters": ["By Thiam Ndiaga and Anne Mimault", "June 22, 2021 10:14 AM UTC Updated ago",
                                 "Reporting by Thiam Ndiaga and Anne Mimault; Writing by Edward McAllister; Editing by "
                                 "Alison Williams"],
    "mali_lakamane_afp": ["sst/cld/ach"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout141; Burkina Faso and Mali, 2015-2025), "
                             "coded by CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
