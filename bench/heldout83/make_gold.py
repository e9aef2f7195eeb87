"""Writes gold.json for the 83rd held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout83/make_gold.py

Focus: Nigeria (Boko Haram/ISWAP in Borno, herder attacks in Benue, gunmen in Anambra, school and church
kidnappings in Niger, Kebbi and Kwara) and Cameroon (Boko Haram in the Far North, the Anglophone crisis in the
North-West and South-West), 2014-2025.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

CM, NG = "Cameroon", "Nigeria"
FN = ["Far North", "Extreme North", "Extreme-Nord", "Far North Region"]
NW = ["North-West", "North West", "Nord-Ouest"]
SW = ["South-West", "South West", "Sud-Ouest"]
MIL_CM = ["Military Forces of Cameroon"]
CM_SF = ["Military Forces of Cameroon", "Police Forces of Cameroon", "Gendarmerie (Cameroon)", "Gendarmerie",
         "Military Forces of Cameroon (Gendarmerie)"]
CIV_CM = ["Civilians (Cameroon)"]
BH_CM = ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS",
         "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Unidentified Armed Group (Cameroon)"]
AMB = ["Ambazonian Separatists", "Ambazonia Separatists", "Ambazonian Separatists (Cameroon)",
       "Ambazonia Defence Forces", "ADF", "Amba Boys", "Separatists (Cameroon)", "Unidentified Armed Group (Cameroon)"]
PROT_CM = ["Protesters (Cameroon)"]
MIL_NG, POL_NG, CIV_NG = ["Military Forces of Nigeria"], ["Police Forces of Nigeria"], ["Civilians (Nigeria)"]
ISWAP = ["Islamic State West Africa Province", "ISWAP", "Islamic State", "Islamic State (West Africa)", "Boko Haram"]
JIH_NG = ISWAP + ["Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS",
                  "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Unidentified Armed Group (Nigeria)"]
HERDERS = ["Fulani Ethnic Militia (Nigeria)", "Fulani Ethnic Militia", "Unidentified Armed Group (Nigeria)",
           "Fulani Herders", "Fulani Herdsmen", "Herders (Nigeria)", "Fulani Militia"]
GUNMEN_SE = ["Unidentified Armed Group (Nigeria)", "IPOB: Indigenous People of Biafra", "Indigenous People of Biafra",
             "IPOB", "Eastern Security Network", "ESN", "Gunmen (Nigeria)"]
BANDITS = ["Unidentified Armed Group (Nigeria)", "Bandits (Nigeria)", "Bandits", "Bandit Militia (Nigeria)",
           "Armed Bandits (Nigeria)"]
PROT_NG = ["Protesters (Nigeria)"]

# ---------------------------------------------------------------- Cameroon (AFP, 2014-12-29, Mon)
A = "cameroon_achigachia_afp"
ACH = ["Mayo-Tsanaga", "Mayo Tsanaga", ""]  # the gazetteer holds Achigachia without an admin2
ev("achigachia-camp-overrun-retaken", A, "2014-12-28", "2014-12-28", "2014-12-28", BAT,
   ["Armed clash", "Non-state actor overtakes territory", "Government regains territory"], BH_CM + MIL_CM,
   MIL_CM + BH_CM, CM, FN, ACH, 1,
   evidence="Hundreds of militants stormed the army post at Achigachia ... at dawn and forced the troops ... to fall "
            "back ... took back the camp 'before the end of the day'. One Cameroonian soldier was killed")
ev("achigachia-air-strikes", A, "2014-12-28", "2014-12-28", "2014-12-28", EXP, ["Air/drone strike"],
   MIL_CM, BH_CM, CM, FN, ACH, None,
   evidence="Cameroon on Sunday used fighter jets for the first time ... the air strikes, which hit the militants both "
            "inside the camp and as they withdrew ... 'heavy losses'")
ev("makary-attack-repelled", A, "2014-12-28", "2014-12-28", "2014-12-28", BAT, ["Armed clash"],
   BH_CM + MIL_CM, MIL_CM + BH_CM, CM, FN, ["Logone-et-Chari", "Logone et Chari"], 17,
   evidence="At Makary ... troops repelled an assault on their positions ... two soldiers and 'around fifteen' of "
            "the attackers were killed there")
ev("amchide-rocket-fire", A, "2014-12-28", "2014-12-28", "2014-12-28", EXP, ["Shelling/artillery/missile attack"],
   BH_CM, CIV_CM + [""], CM, FN, (), 0,
   evidence="fighters on the Nigerian side of the border fired rockets into the towns of Amchide and Limani ... Nobody "
            "was hurt in either town")
ev("limani-rocket-fire", A, "2014-12-28", "2014-12-28", "2014-12-28", EXP, ["Shelling/artillery/missile attack"],
   BH_CM, CIV_CM + [""], CM, FN, ["Mayo-Sava", "Mayo Sava"], 0,
   evidence="fired rockets into the towns of Amchide and Limani, damaging several houses and a mosque")

# ---------------------------------------------------------------- Nigeria (Premium Times, 2016-02-29, Mon)
A = "nigeria_agatu_premiumtimes"
ev("aila-village-attack", A, "2016-02-24", "2016-02-24", "2016-02-24", VAC, ["Attack"], HERDERS, CIV_NG, NG,
   ["Benue"], ["Agatu"], 40,
   evidence="The worst-hit community, Aila, was attacked at about 5 a.m. on Wednesday ... The Benue State Police "
            "Command put the number of bodies recovered from Aila at 40 (villagers buried 41; MP 'not less than 300' "
            "across all communities)")
ev("okokolo-attack", A, "2016-02-25", "2016-02-25", "2016-02-25", VAC, ["Attack"], HERDERS, CIV_NG, NG,
   ["Benue"], ["Agatu"], 7,
   evidence="On Thursday, the attackers moved to Okokolo ... shot dead at least seven people ... set fire to the "
            "community's market and primary school")
ev("makurdi-agatu-march", A, "2016-02-27", "2016-02-27", "2016-02-27", PRO, ["Peaceful protest"], PROT_NG, [""], NG,
   ["Benue"], ["Makurdi", "Markurdi"], 0,
   evidence="On Saturday, hundreds of Agatu youths and women marched peacefully through Makurdi ... to the Government "
            "House")
ev("agatu-troop-deployment", A, "2016-02-26", "2016-02-26", "2016-02-26", STR, ["Change to group/activity"],
   MIL_NG, [""], NG, ["Benue"], ["Agatu"], 0, req=False,
   evidence="A contingent of soldiers from the 72 Special Forces Battalion was deployed to Agatu on Friday evening")

# ---------------------------------------------------------------- Cameroon (CNA, 2017-10-02, Mon)
A = "cameroon_bamenda_cna"
ev("bamenda-marchers-shot", A, "2017-10-01", "2017-10-01", "2017-10-01", PRO,
   ["Excessive force against protesters"], PROT_CM + CM_SF, CM_SF + PROT_CM, CM, NW, ["Mezam"], 2,
   evidence="In Bamenda ... opened fire on marchers at the Ntarikon roundabout and around the Hospital Roundabout. Two "
            "young men were shot dead ... 'Nobody had a stone in his hand'")
ev("kumbo-riot", A, "2017-10-01", "2017-10-01", "2017-10-01", RIO, ["Violent demonstration"],
   ["Rioters (Cameroon)", "Protesters (Cameroon)"] + CM_SF, CM_SF + ["Rioters (Cameroon)", "Protesters (Cameroon)"],
   CM, NW, ["Bui"], 3,
   evidence="In Kumbo ... Protesters set fire to the residence of a government delegate and stoned a gendarmerie post "
            "... before soldiers opened fire. Three people died")
ev("buea-marchers-shot", A, "2017-10-01", "2017-10-01", "2017-10-01", PRO,
   ["Excessive force against protesters"], PROT_CM + CM_SF, CM_SF + PROT_CM, CM, SW, ["Fako"], 1,
   evidence="In Buea ... gendarmes fired teargas and live rounds at marchers in Molyko and Great Soppo ... One person "
            "was killed in Molyko")
ev("ndop-march", A, "2017-10-01", "2017-10-01", "2017-10-01", PRO, ["Peaceful protest"], PROT_CM, [""], CM, NW,
   ["Ngo-Ketunjia", "Ngo Ketunjia"], 0,
   evidence="In Ndop ... a crowd of several hundred people marched through the town and raised a separatist flag ... "
            "No security forces intervened")
ev("bamenda-police-post-ied", A, "2017-09-21", "2017-09-21", "2017-09-21", EXP, ["Remote explosive/landmine/IED"],
   AMB, ["Police Forces of Cameroon"] + CM_SF, CM, NW, ["Mezam"], 0,
   evidence="On September 21, a homemade bomb exploded near a police post at Bamenda's Commercial Avenue, wounding "
            "three police officers (11 days before publication)")

# ---------------------------------------------------------------- Nigeria (Reuters, 2018-11-22, Thu)
A = "nigeria_metele_reuters"
ev("metele-base-overrun", A, "2018-11-18", "2018-11-18", "2018-11-18", BAT,
   ["Non-state actor overtakes territory", "Armed clash"], ISWAP, MIL_NG, NG, ["Borno"], ["Guzamala"], 23,
   evidence="ISWAP attacked the base ... at around 6 p.m. on Sunday ... the troops withdrew and the militants took "
            "control of the base ... The army ... said 23 soldiers had been killed (sources ~100/118, IS 42)")
ev("metele-base-reoccupied", A, "2018-11-20", "2018-11-20", "2018-11-20", BAT, ["Government regains territory"],
   MIL_NG, ISWAP + [""], NG, ["Borno"], ["Guzamala"], 0, req=False,
   evidence="troops had 'reoccupied' the base on Tuesday after the insurgents withdrew (army statement)")
ev("maiduguri-damboa-road-bomb", A, "2018-11-21", "2018-11-21", "2018-11-21", EXP,
   ["Remote explosive/landmine/IED"], JIH_NG, MIL_NG, NG, ["Borno"], (), 2,
   evidence="two soldiers were killed on Wednesday when a roadside bomb struck their vehicle on the road between "
            "Maiduguri and Damboa")

# ---------------------------------------------------------------- Nigeria (HumAngle, 2020-06-15, Mon)
A = "nigeria_monguno_humangle"
ev("monguno-battle", A, "2020-06-13", "2020-06-13", "2020-06-13", BAT, ["Armed clash"], ISWAP + MIL_NG,
   MIL_NG + ISWAP, NG, ["Borno"], ["Monguno"], 20,
   evidence="In Monguno ... engaged troops ... in a gun battle that lasted until nightfall ... at least 20 soldiers "
            "were killed ('neutralised scores' not specific; capture claim denied by residents)")
ev("monguno-un-hub-burned", A, "2020-06-13", "2020-06-13", "2020-06-13", STR, ["Looting/property destruction"],
   ISWAP, CIV_NG + ["United Nations", "UN", ""], NG, ["Borno"], ["Monguno"], 0, req=False,
   evidence="broke into the humanitarian hub run by the United Nations ... set fire to parts of the compound and "
            "burned vehicles (during the battle; may be folded into it)")
ev("goni-usmanti-attack", A, "2020-06-13", "2020-06-13", "2020-06-13", VAC, ["Attack"], ISWAP, CIV_NG, NG,
   ["Borno"], ["Nganzai"], 38,
   evidence="another group of fighters stormed Goni Usmanti ... opened fire on residents ... 38 bodies had been "
            "recovered ... Residents put the toll at more than 40")
ev("foduma-kolomaiya-massacre", A, "2020-06-09", "2020-06-09", "2020-06-09", VAC, ["Attack"], JIH_NG, CIV_NG, NG,
   ["Borno"], ["Gubio"], 81,
   evidence="suspected jihadists killed 81 villagers and abducted seven others in Foduma Kolomaiya ... Gubio ... last "
            "Tuesday")
ev("foduma-kolomaiya-abductions", A, "2020-06-09", "2020-06-09", "2020-06-09", VAC,
   ["Abduction/forced disappearance"], JIH_NG, CIV_NG, NG, ["Borno"], ["Gubio"], 0, req=False,
   evidence="and abducted seven others (same raid; may be folded into the attack)")

# ---------------------------------------------------------------- Nigeria (Punch, 2023-05-17, Wed)
A = "nigeria_ogbaru_punch"
ev("ogbaru-convoy-ambush", A, "2023-05-16", "2023-05-16", "2023-05-16", BAT, ["Armed clash"], GUNMEN_SE,
   POL_NG + CIV_NG, NG, ["Anambra"], ["Ogbaru"], 4,
   evidence="Gunmen on Tuesday attacked a convoy of the United States Consulate in Ogbaru ... the police escorts "
            "'engaged the hoodlums in a gun duel' ... Two police operatives and two staff members ... were killed")
ev("ogbaru-convoy-abductions", A, "2023-05-16", "2023-05-16", "2023-05-16", VAC,
   ["Abduction/forced disappearance"], GUNMEN_SE, CIV_NG, NG, ["Anambra"], ["Ogbaru"], 0,
   evidence="the driver of one of the vehicles and two other staff members of the consulate were taken away by the "
            "gunmen")
ev("ihiala-checkpoint-attack", A, "2023-05-09", "2023-05-09", "2023-05-09", BAT, ["Armed clash"], GUNMEN_SE,
   POL_NG, NG, ["Anambra"], ["Ihiala"], 3,
   evidence="On May 9, gunmen killed two policemen on duty at a checkpoint in Ihiala ... after a brief exchange of "
            "fire ... one of the attackers was also killed")

# ---------------------------------------------------------------- Cameroon (The Guardian Post, 2023-11-08, Wed)
A = "cameroon_egbekaw_guardianpost"
ev("egbekaw-massacre", A, "2023-11-06", "2023-11-06", "2023-11-07", VAC, ["Attack"], AMB, CIV_CM, CM, SW,
   ["Manyu"], 20,
   evidence="suspected separatist fighters stormed the locality on Monday night and killed more than 20 people ... "
            "the SDO ... confirmed that 20 bodies had been recovered. Other sources ... put the toll at 25")
ev("egbekaw-forest-clash", A, "2023-11-07", "2023-11-07", "2023-11-07", BAT, ["Armed clash"], MIL_CM + AMB,
   AMB + MIL_CM, CM, SW, ["Manyu"], 2,
   evidence="troops of the Rapid Intervention Battalion launched an operation in the forest around Egbekaw on Tuesday "
            "afternoon, and two suspected separatist fighters were killed in an exchange of fire")
ev("nfaitock-civil-servants-abducted", A, "2023-11-05", "2023-11-05", "2023-11-05", VAC,
   ["Abduction/forced disappearance"], AMB, CIV_CM, CM, SW, (), 0,
   evidence="suspected separatist fighters on Sunday abducted four civil servants travelling between Mamfe and Kumba "
            "at Nfaitock")

# ---------------------------------------------------------------- Nigeria (AP, 2025-11-22, Sat)
A = "nigeria_papiri_ap"
ev("papiri-school-abduction", A, "2025-11-21", "2025-11-21", "2025-11-21", VAC,
   ["Abduction/forced disappearance"], BANDITS, CIV_NG, NG, ["Niger"], ["Agwara"], 0,
   evidence="St. Mary's Catholic Primary and Secondary School in Papiri ... Agwara ... in the early hours of Friday ... "
            "303 students and 12 teachers")
ev("maga-school-abduction", A, "2025-11-17", "2025-11-17", "2025-11-17", VAC,
   ["Abduction/forced disappearance"], BANDITS, CIV_NG, NG, ["Kebbi"], (), 1,
   evidence="On Monday, gunmen raided the Government Girls Comprehensive Secondary School in Maga ... seizing 25 "
                "schoolgirls ... The school's vice principal ... was shot dead")
ev("maga-vice-principal-killed", A, "2025-11-17", "2025-11-17", "2025-11-17", VAC, ["Attack"], BANDITS, CIV_NG, NG,
   ["Kebbi"], (), 1, req=False,
   evidence="The school's vice principal, Hassan Makuku, was shot dead as he tried to stop them (may be folded into "
            "the abduction)")
ev("eruku-church-abduction", A, "2025-11-18", "2025-11-18", "2025-11-18", VAC,
   ["Abduction/forced disappearance"], BANDITS, CIV_NG, NG, ["Kwara"], ["Ekiti"], 3,
   evidence="A day later, gunmen attacked a church in Eruku in Kwara state during an evening service ... killing three "
            "worshippers and abducting 38 others")
ev("eruku-church-killings", A, "2025-11-18", "2025-11-18", "2025-11-18", VAC, ["Attack"], BANDITS, CIV_NG, NG,
   ["Kwara"], ["Ekiti"], 3, req=False,
   evidence="killing three worshippers (may be folded into the abduction row)")

DROP = {
    "nigeria_agatu_premiumtimes": ["Premium Times", "Home", "News", "Headlines", "Top News", "More News",
                                   "Investigations", "Agriculture", "Health", "Sports", "Opinion", "Share on Facebook",
                                   "Share on Twitter", "Share on WhatsApp", "Also read:",
                                   "Benue: Police arrest 12 suspects over attack on Tiv community",
                                   "Herdsmen: Reps summon IGP over Agatu killings",
                                   "© 2016 Premium Times Services Limited. All rights reserved."],
    "cameroon_bamenda_cna": ["Cameroon News Agency", "HOME", "NEWS", "POLITICS", "ANGLOPHONE CRISIS", "SPORTS",
                             "OPINION", "CONTACT US", "Related Articles",
                             "Anglophone Crisis: Curfew imposed in North West ahead of October 1",
                             "Bamenda: Three police officers wounded in IED blast", "Share this:", "Facebook",
                             "Twitter", "WhatsApp", "© 2017 Cameroon News Agency. All Rights Reserved."],
    "nigeria_monguno_humangle": ["Skip to content", "HumAngle", "Conflict", "Humanitarian", "Investigations",
                                 "Special Reports", "Podcasts", "Donate", "Subscribe", "6 min read", "Share this:",
                                 "Facebook", "Twitter", "LinkedIn", "Email", "Related",
                                 "Borno: Troops foil ISWAP attack on Damasak",
                                 "How ISWAP Uses Taxation To Fund Its Operations", "Support HumAngle",
                                 "HumAngle is an independent news platform. Your support helps us do more.",
                                 "© 2020 HumAngle Media. All rights reserved."],
    "nigeria_ogbaru_punch": ["Punch Newspapers", "News", "Politics", "Metro Plus", "Sports", "Business", "Editorial",
                             "Columns", "RELATED NEWS", "Gunmen kill DPO, two others in Anambra",
                             "Soludo vows to end insecurity in Anambra", "Download e-Paper", "Copyright PUNCH.",
                             "All rights reserved. This material, and other digital content on this website, may not "
                             "be reproduced, published, broadcast, rewritten or redistributed in whole or in part "
                             "without prior express written permission from PUNCH."],
    "cameroon_egbekaw_guardianpost": ["The Guardian Post", "Home", "National", "Regions", "Politics", "Security",
                                      "Business", "Sports", "Search", "Font size", "Print", "Email",
                                      "Tags: Manyu, Egbekaw, Separatists, Anglophone Crisis", "Read More",
                                      "Bamenda: Gunmen abduct five pupils in Bambui",
                                      "Kumba: Taxi drivers protest over killing of colleague",
                                      "Copyright © 2023 The Guardian Post. All Rights Reserved."],
    "nigeria_papiri_ap": ["Share", "Copyright 2025 The Associated Press. All Rights Reserved."],
}
EITHER = {
    "cameroon_achigachia_afp": ["bur-rh/jm"],
    "nigeria_agatu_premiumtimes": ["February 29, 2016", "By Nicholas Ibekwe"],
    "cameroon_bamenda_cna": ["By CNA Bamenda", "October 2, 2017"],
    "nigeria_metele_reuters": ["By Ahmed Kingimi",
                               "(Additional reporting by Paul Carsten in Abuja; Writing by Alexis Akwagyiram; "
                               "Editing by Kevin Liffey)"],
    "nigeria_monguno_humangle": ["Ahmad Salkida", "June 15, 2020"],
    "nigeria_ogbaru_punch": ["Published 17 May 2023", "By Ikenna Obianeri, Awka"],
    "cameroon_egbekaw_guardianpost": ["Wednesday, 08 November 2023 08:14", "Written by Eneh Ayuk"],
    "nigeria_papiri_ap": ["By CHINEDU ASADU and DYEPKAZAH SHIBAYAN", "Updated 4:37 PM GMT+1, November 22, 2025", "___",
                          "Associated Press writer Dyepkazah Shibayan reported from Abuja. Chinedu Asadu reported "
                          "from Dakar, Senegal."],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout83; Nigeria and Cameroon, 2014-2025), "
                             "coded by CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
