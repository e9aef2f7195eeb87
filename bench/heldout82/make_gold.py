"""Writes gold.json for the 82nd held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout82/make_gold.py

Focus: the central Sahel and Lake Chad (Mali, Burkina Faso, Niger, Chad): coordinated jihadist raids on army
positions, an attack on an army-escorted convoy, a wedding massacre, church attacks and abductions of pastors and
a missionary, killings of teachers, an island base overrun and retaken, army air strikes claimed in statements,
suicide bombings, with background, statements and aggregate tolls mixed in.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

JNIM = ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "JNIM: Jama'at Nusrat al-Islam wal-Muslimin",
        "Jamaat Nusrat al-Islam wal-Muslimin", "Jama'at Nasr al-Islam wal Muslimin",
        "Group for the Support of Islam and Muslims", "GSIM"]
IS_SAHEL = ["Islamic State Sahel", "Islamic State Sahel Province", "ISSP", "IS Sahel", "Islamic State",
            "Islamic State in the Greater Sahara", "ISGS"]
BH = ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS", "Islamic State West Africa Province",
      "ISWAP", "Islamic State"]

# ---------------------------------------------------------------- Mali (Studio Tamani, 2025-07-02, Wed)
ML, A = "Mali", "mali_kayes_studiotamani"
FAMA = ["Military Forces of Mali"]
UAG_ML = ["Unidentified Armed Group (Mali)"]
CIV_ML = ["Civilians (Mali)"]
RAID = ["Armed clash", "Non-state actor overtakes territory"]
KAYES = ["Kayes"]
for key, admin2, evidence in [
        ("kayes-city-raid", ["Kayes"], "attacked at around 5 a.m. the camps and positions of the armed forces in Kayes "
                                       "... heavy gunfire near the military camp and ... the governor's residence"),
        ("diboli-raid", ["Kayes"], "In Diboli, the border town on the road to Senegal, the assailants attacked the "
                                   "gendarmerie and customs post ... vehicles ... burned"),
        ("sandare-raid", ["Nioro"], "Fighting was also reported in Sandaré"),
        ("gogui-raid", ["Nioro"], "and in Gogui, on the border with Mauritania ... pushed back by the soldiers"),
        ("nioro-raid", ["Nioro"], "In Nioro du Sahel, residents reported exchanges of fire on the outskirts of the town, "
                                  "around the military camp, until about 8 a.m.")]:
    ev(key, A, "2025-07-01", "2025-07-01", "2025-07-01", BAT, RAID, JNIM + UAG_ML + FAMA, FAMA + JNIM, ML, KAYES,
       admin2, None, evidence=evidence + " (Tuesday; 80 'neutralised' is a total over all sites -> toll unscored)")
ev("segou-two-localities-raid", A, "2025-07-01", "2025-07-01", "2025-07-01", BAT, RAID, JNIM + UAG_ML + FAMA,
   FAMA + JNIM, ML, ["Segou", "Ségou"], (), None,
   evidence="as well as two localities in the Ségou region (unnamed places in one admin1 -> one admin1-level row)")

# ---------------------------------------------------------------- Mali (AFP, 2025-02-08, Sat)
A = "mali_kobe_afp"
GAO = ["Gao"]
ev("kobe-convoy-massacre", A, "2025-02-07", "2025-02-07", "2025-02-07", VAC, ["Attack"], IS_SAHEL + UAG_ML,
   CIV_ML, ML, GAO, (), 25,
   evidence="More than 25 civilians were killed on Friday when gunmen attacked a convoy ... near the village of Kobé "
            "... 'At least 25 civilians were killed' (security source; local official 34 -> lowest specific figure)")
ev("kobe-escort-responds", A, "2025-02-07", "2025-02-07", "2025-02-07", BAT, ["Armed clash"],
   IS_SAHEL + UAG_ML + FAMA, FAMA + IS_SAHEL + UAG_ML, ML, GAO, (), None, req=False,
   evidence="the escort had responded and 'neutralised' several attackers, without giving figures")
ev("ansongo-labbezanga-landmine", A, "2025-02-06", "2025-02-06", "2025-02-06", EXP,
   ["Remote explosive/landmine/IED"], IS_SAHEL + UAG_ML + JNIM, FAMA, ML, GAO, ["Ansongo"], 2,
   evidence="On Thursday, two soldiers were killed when their vehicle struck a landmine on the road between Ansongo "
            "and Labbezanga")
ev("tin-hama-air-strikes", A, "2025-02-05", "2025-02-04", "2025-02-05", EXP, ["Air/drone strike"], FAMA,
   IS_SAHEL + UAG_ML + JNIM + [""], ML, GAO, ["Ansongo"], 12,
   evidence="The army also said on Wednesday that it had carried out 'precision air strikes' on a 'terrorist hideout' "
            "near Tin-Hama, in the Ansongo area, 'neutralising about a dozen terrorists'")

# ---------------------------------------------------------------- Mali (AP, 2024-07-03, Wed)
A = "mali_djiguibombo_ap"
MOPTI = ["Mopti", "Bandiagara"]
ev("djiguibombo-wedding-massacre", A, "2024-07-01", "2024-07-01", "2024-07-01", VAC, ["Attack"], JNIM + UAG_ML,
   CIV_ML, ML, MOPTI, ["Bandiagara"], 40,
   evidence="The attack happened Monday evening in Djiguibombo ... 'We have counted about 40 dead.' (youth leader 41 "
            "-> 40); granaries and motorbikes burned, livestock taken (folded in)")
ev("dinangourou-air-strike", A, "2024-07-02", "2024-07-01", "2024-07-02", EXP, ["Air/drone strike"], FAMA,
   JNIM + UAG_ML + [""], ML, MOPTI, ["Koro"], None,
   evidence="On Tuesday, the army said its aircraft had struck a 'terrorist' base near Dinangourou, in the Koro area "
            "... 'neutralizing several terrorists' (number unknown)")
ev("bandiagara-march", A, "2024-07-02", "2024-07-02", "2024-07-02", PRO, ["Peaceful protest"],
   ["Protesters (Mali)"], [""], ML, MOPTI, ["Bandiagara"], 0,
   evidence="Also on Tuesday, hundreds of people marched through the town of Bandiagara ... The march ended "
            "peacefully in front of the governor's office")

# ---------------------------------------------------------------- Burkina Faso (Lefaso.net, 2020-02-18, Tue)
BF, A = "Burkina Faso", "burkina_pansi_lefaso"
JIH_BF = ["Unidentified Armed Group (Burkina Faso)", "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "GSIM",
          "Islamic State", "Islamic State Sahel", "Islamic State in the Greater Sahara", "ISGS", "Ansaroul Islam",
          "Ansarul Islam"]
CIV_BF = ["Civilians (Burkina Faso)"]
SAHEL_BF = ["Sahel"]
ev("pansi-church-attack", A, "2020-02-16", "2020-02-16", "2020-02-16", VAC, ["Attack"], JIH_BF, CIV_BF, BF,
   SAHEL_BF, ["Yagha"], 24,
   evidence="a provisional toll of 24 dead in the attack carried out on Sunday, February 16, 2020 against the "
            "Protestant church of Pansi ... province of Yagha")
ev("pansi-three-abducted", A, "2020-02-16", "2020-02-16", "2020-02-16", VAC, ["Abduction/forced disappearance"],
   JIH_BF, CIV_BF, BF, SAHEL_BF, ["Yagha"], 0, req=False,
   evidence="three people, including the son of the pastor, were taken away by the assailants (same attack; a coder "
            "may fold it into the Attack row)")
ev("sebba-pastor-household-abducted", A, "2020-02-10", "2020-02-10", "2020-02-10", VAC,
   ["Abduction/forced disappearance", "Attack"], JIH_BF, CIV_BF, BF, SAHEL_BF, ["Yagha"], None,
   evidence="On the evening of Monday, February 10, armed men burst into the home of a pastor in Sebba ... and "
            "abducted seven people (toll unscored: 0 as an abduction, 5 if the killings are folded in)")
ev("sebba-five-bodies-found", A, "2020-02-13", "2020-02-10", "2020-02-13", VAC, ["Attack"], JIH_BF, CIV_BF, BF,
   SAHEL_BF, ["Yagha"], 5, req=False, tp=2,
   evidence="The bodies of five of them were found on Thursday a few kilometres from the town (killing date unknown "
            "between the abduction and Thursday)")

# ---------------------------------------------------------------- Burkina Faso (Xinhua, 2017-03-04, Sat)
A = "burkina_kourfayel_xinhua"
ANS = ["Ansarul Islam", "Ansaroul Islam", "Ansar ul Islam", "Ansar-ul-Islam", "Unidentified Armed Group (Burkina Faso)"]
ev("kourfayel-headmaster-killed", A, "2017-03-03", "2017-03-03", "2017-03-03", VAC, ["Attack"], ANS, CIV_BF, BF,
   SAHEL_BF, ["Soum"], 2,
   evidence="Unidentified gunmen killed a school headmaster and another man in the village of Kourfayel ... on "
            "Friday morning")
ev("tongomayel-police-station-attack", A, "2017-02-27", "2017-02-27", "2017-02-28", BAT, ["Armed clash"], ANS,
   ["Police Forces of Burkina Faso"], BF, SAHEL_BF, ["Soum"], 0,
   evidence="assailants attacked the police stations in Tongomayel and Baraboule ... on the night of Monday to Tuesday. "
            "The attackers exchanged fire with the police officers ... No casualties")
ev("baraboule-police-station-attack", A, "2017-02-27", "2017-02-27", "2017-02-28", BAT, ["Armed clash"], ANS,
   ["Police Forces of Burkina Faso"], BF, SAHEL_BF, ["Soum"], 0,
   evidence="(second named place of the same night: rule 1 -> its own row)")

# ---------------------------------------------------------------- Niger (Reuters, 2015-04-28, Tue)
NE, A = "Niger", "niger_karamga_reuters"
FAN = ["Military Forces of Niger"]
DIFFA = ["Diffa"]
ev("karamga-island-overrun", A, "2015-04-25", "2015-04-25", "2015-04-25", BAT,
   ["Non-state actor overtakes territory", "Armed clash"], BH + FAN, FAN + BH + ["Civilians (Niger)"], NE, DIFFA,
   (), 230,
   evidence="Forty-six Niger soldiers and 28 civilians were killed when Boko Haram militants attacked an army "
            "position on the island of Karamga ... dawn attack on Saturday ... overran the post ... 156 Boko Haram "
            "militants had been killed (46 + 28 + 156; 32 missing not counted)")
ev("karamga-island-retaken", A, "2015-04-26", "2015-04-26", "2015-04-26", BAT, ["Government regains territory"],
   FAN, BH, NE, DIFFA, (), None,
   evidence="Nigerien troops backed by aircraft had retaken the island on Sunday ... did not say whether there were "
            "further casualties")
ev("sambisa-rescue", A, "2015-04-28", "2015-04-21", "2015-04-28", BAT,
   ["Government regains territory", "Armed clash"], ["Military Forces of Nigeria"], BH, "Nigeria", ["Borno"], (),
   None, req=False, tp=2,
   evidence="In Nigeria, the military said on Tuesday it had rescued 200 girls and 93 women from the Sambisa forest "
            "(operation date not given)")

# ---------------------------------------------------------------- Niger (ActuNiger, 2018-09-19, Wed)
A = "niger_bomoanga_actuniger"
TILL = ["Tillaberi", "Tillabéri"]
ev("bomoanga-priest-kidnapped", A, "2018-09-17", "2018-09-17", "2018-09-18", VAC,
   ["Abduction/forced disappearance"],
   ["Unidentified Armed Group (Niger)"] + IS_SAHEL + JNIM + ["Ansarul Islam", "Ansaroul Islam"],
   ["Civilians (Niger)", "Civilians (Italy)"], NE, TILL, ["Say", "Torodi"], 0,
   evidence="Father Pierluigi Maccalli, was kidnapped on Monday night at his parish in Bomoanga ... department of "
            "Torodi ... around 9.30 p.m.")
ev("bomoanga-search-operations", A, "2018-09-18", "2018-09-18", "2018-09-18", STR, ["Change to group/activity"],
   FAN + ["Military Forces of Burkina Faso"], [""], NE, TILL, ["Say", "Torodi"], 0, req=False,
   evidence="Search operations were launched on Tuesday by the defence and security forces in collaboration with the "
            "Burkinabè forces ... a helicopter had been deployed")
for key, evidence in [("diabiga-attack", "At least eight people ... were killed on Saturday by armed men in the "
                                         "villages of Diabiga"),
                      ("kompiembiga-attack", "and Kompiembiga, in the Kompienga province (rule 1: two named villages "
                                             "-> two rows; the 8 is not split -> toll unscored)")]:
    ev(key, A, "2018-09-15", "2018-09-15", "2018-09-15", VAC, ["Attack"], JIH_BF, CIV_BF, BF, ["Est"],
       ["Kompienga"], None, evidence=evidence)

# ---------------------------------------------------------------- Chad / Nigeria (France 24 / AFP, 2016-02-01, Mon)
TD, A = "Chad", "chad_guite_france24"
NG = "Nigeria"
ev("guite-suicide-bombing", A, "2016-01-31", "2016-01-31", "2016-01-31", EXP, ["Suicide bomb"],
   BH + ["Unidentified Armed Group (Chad)"], ["Civilians (Chad)"], TD, ["Lac"], (), 5,
   evidence="two female bombers blew themselves up in a crowded area near the village's weekly market ... Both "
            "bombers were killed ... 'Three civilians died on the spot' (3 + 2 bombers)")
ev("guite-third-bomber-arrested", A, "2016-01-31", "2016-01-31", "2016-01-31", STR, ["Disrupted weapons use"],
   ["Civilians (Chad)", "Police Forces of Chad", "Military Forces of Chad"] + BH,
   BH + ["Civilians (Chad)", ""], TD, ["Lac"], (), 0, req=False,
   evidence="A third woman wearing an explosive belt was arrested by villagers before she could detonate it")
ev("dalori-massacre", A, "2016-01-30", "2016-01-30", "2016-01-30", VAC, ["Attack"], BH,
   ["Civilians (Nigeria)"], NG, ["Borno"], ["Jere", "Konduga", "Maiduguri"], 86,
   evidence="On Saturday evening, Boko Haram fighters attacked the village of Dalori, about 12 kilometres ... from "
            "Maiduguri ... at least 86 people had been killed in the attacks on Dalori and the nearby camps")
ev("gamori-suicide-bombers", A, "2016-01-30", "2016-01-30", "2016-01-30", EXP, ["Suicide bomb"], BH,
   ["Civilians (Nigeria)"], NG, ["Borno"], ["Jere", "Konduga", "Maiduguri"], None, req=False,
   evidence="Three female suicide bombers also blew themselves up among people fleeing to the neighbouring village "
            "of Gamori (deaths inside the 86 total; a coder may fold it into the Dalori row)")

DROP = {
    "mali_kayes_studiotamani": ["Studio Tamani", "Accueil", "Actualités", "Magazines", "Débats", "Grand dialogue",
                                "Sécurité", "À lire aussi",
                                "Ségou: traders demand better protection on the Niono road",
                                "Koulikoro: the price of fuel rises at the pumps",
                                "Bamako: the Transition extends the suspension of political parties' activities",
                                "Partager", "Facebook", "Twitter", "WhatsApp",
                                "© Studio Tamani 2025 - Fondation Hirondelle"],
    "mali_djiguibombo_ap": ["Skip to main content", "AP", "World", "U.S.", "Politics", "Sports", "Entertainment",
                            "Business", "Science", "Fact Check", "Oddities", "Be Well", "Newsletters", "Photography",
                            "Share", "Copy Link copied", "Email", "Facebook", "X", "Reddit", "LinkedIn", "Pinterest",
                            "Flipboard", "Print", "RELATED COVERAGE", "Mali's junta suspends political parties' activities",
                            "Russian mercenaries accused of abuses in Mali, UN experts say",
                            "Copyright 2024 The Associated Press. All Rights Reserved."],
    "burkina_pansi_lefaso": ["Lefaso.net", "Accueil", "Actualités", "Politique", "Economie", "Société", "Sport",
                             "Culture", "Opinions", "PARTAGER :", "Dans la même rubrique",
                             "Kaya: the displaced of Barsalogho receive food kits",
                             "Dori: the regional council adopts its 2020 budget",
                             "Education in emergency: 2,500 schools closed, says the ministry",
                             "Lefaso.net © 2003-2020 — Tous droits réservés"],
    "niger_karamga_reuters": ["Skip to main content", "Reuters", "World", "Business", "Markets", "Breakingviews",
                              "Video", "More", "Africa", "Our Standards: The Thomson Reuters Trust Principles.",
                              "Read Next", "Nigeria's army says frees 200 girls, 93 women from Boko Haram forest camp",
                              "Niger orders evacuation of Lake Chad islands after attack"],
    "niger_bomoanga_actuniger": ["ActuNiger", "Accueil", "Politique", "Société", "Economie", "Sécurité",
                                 "International", "Sport", "Partager sur Facebook", "Tweeter", "Articles similaires",
                                 "Diffa: distribution of food aid to 20,000 households",
                                 "Niamey: the Minister of Defence receives the G5 Sahel chiefs of staff",
                                 "Tillabéri: the governor calls for vigilance ahead of the rainy season harvest",
                                 "© 2018 ActuNiger. Tous droits réservés."],
    "chad_guite_france24": ["FRANCE 24", "Live", "Africa", "Middle East", "Europe", "Americas", "Asia-Pacific",
                            "France", "Business/Tech", "Culture", "Read also",
                            "Nigeria: Buhari vows to hunt down Dalori attackers",
                            "Chad's Deby to seek fifth term in April vote", "Share", "Facebook", "Twitter", "Email",
                            "© 2016 Copyright France 24 - All rights reserved. France 24 is not responsible for the "
                            "content of external websites."],
}
EITHER = {
    "mali_kayes_studiotamani": ["Publié le mercredi 2 juillet 2025 à 10:47"],
    "mali_kobe_afp": ["str-sst/bfm"],
    "mali_djiguibombo_ap": ["By BABA AHMED", "Updated 5:12 PM UTC, July 3, 2024",
                            "Associated Press writer Sam Mednick contributed from Dakar, Senegal.",
                            "The Associated Press receives financial support for global health and development "
                            "coverage in Africa from the Gates Foundation. The AP is solely responsible for all "
                            "content."],
    "burkina_pansi_lefaso": ["Publié le mardi 18 février 2020 à 11h32min", "Fulbert Paré"],
    "niger_karamga_reuters": ["By Abdoulaye Massalaki", "April 28, 2015 4:36 PM",
                              "(Writing by Emma Farge; Editing by Joe Bavier)"],
    "niger_bomoanga_actuniger": ["Par la Rédaction | 19 septembre 2018"],
    "chad_guite_france24": ["Issued on: 01/02/2016 - 14:25", "Text by: NEWS WIRES", "(AFP)"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout82; Sahel: Mali, Burkina Faso, Niger, "
                             "Chad), coded by CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
