"""Writes gold.json for the 195th held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout195/make_gold.py

Focus: Nigeria 2014-2025 -- Boko Haram / ISWAP in Borno (village massacres, an ambush on an oil exploration
convoy, attacks on army bases), farmer-herder killings in Southern Kaduna and Plateau, an IPOB/ESN-blamed attack on a
police station in Imo, mass abductions by bandits in Kaduna, and a military air strike that killed civilians in
Katsina. Eight hand-written articles, one per year (2014, 2016, 2017, 2018, 2021, 2023, 2024, 2025).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

NG = "Nigeria"
MIL_NG = ["Military Forces of Nigeria"]
POL_NG = ["Police Forces of Nigeria"]
CIV_NG = ["Civilians (Nigeria)"]
UAG_NG = ["Unidentified Armed Group (Nigeria)"]
BH = ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS",
      "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"] + UAG_NG
ISWAP = ["Islamic State West Africa Province", "ISWAP", "Islamic State (West Africa)", "Islamic State",
         "Islamic State West Africa Province (ISWAP)"]
JIHADISTS = BH + ISWAP          # 2016 onwards: the article says "Boko Haram" but either faction is plausible
CJTF = ["Civilian Joint Task Force", "CJTF", "Civilian JTF", "Vigilantes (Nigeria)", "Vigilante Group (Nigeria)",
        "Vigilantes", "Hunters (Nigeria)"]
BANDITS = UAG_NG + ["Bandits (Nigeria)", "Bandits", "Bandit Militia (Nigeria)", "Armed Bandits (Nigeria)"]
FULANI_NG = ["Fulani Ethnic Militia (Nigeria)", "Fulani Herders", "Fulani Herdsmen", "Herders (Nigeria)",
             "Fulani Militia", "Fulani Pastoralist Militia (Nigeria)"]
HERDERS = UAG_NG + FULANI_NG
BEROM = ["Berom Ethnic Militia (Nigeria)", "Berom Ethnic Group (Nigeria)"]
IPOB = ["IPOB: Indigenous People of Biafra", "Indigenous People of Biafra", "IPOB", "Eastern Security Network", "ESN",
        "Eastern Security Network (ESN)"]
GUNMEN_SE = UAG_NG + IPOB
CWC = ["Katsina Community Watch Corps", "Community Watch Corps", "CWC", "Vigilantes (Nigeria)"]
NAF = ["Nigerian Air Force", "Military Forces of Nigeria (Air Force)"]

JEMAA = ["Jema'A", "Jema'a", "Jemaa", "Jama'a"]
BARKIN_LADI = ["Barkin Ladi", "Barikin Ladi"]

# ---------------------------------------------------------------- Borno/Adamawa (AFP, 2014-06-05, Thu)
A = "nigeria_attagara_afp"
# The four villages are named in one list, attacked "on Tuesday" (June 3); the "between 400 and 500" toll is for all
# four together, so no village has a known toll of its own (fatalities unscored on each row).
for key, village, adm2 in (("goshe", "Goshe", ["Gwoza", ""]), ("attagara", "Attagara", ["Gwoza"]),
                           ("agapalwa", "Agapalwa", ()), ("aganjara", "Aganjara", ())):
    ev(f"{key}-massacre", A, "2014-06-03", "2014-06-03", "2014-06-03", VAC, ["Attack"], BH, CIV_NG, NG, ["Borno"],
       adm2, None,
       evidence=f"The Islamists stormed the villages of Goshe, Attagara, Agapalwa and Aganjara in the Gwoza district of "
                f"Borno state on Tuesday ... 'between 400 and 500' (row for {village}; toll not split by village)")
ev("attagara-church-attack", A, "2014-06-01", "2014-06-01", "2014-06-01", VAC, ["Attack"], BH, CIV_NG, NG,
   ["Borno"], ["Gwoza"], 9,
   evidence="a clash on Sunday, when gunmen opened fire on worshippers at a church in Attagara, killing at least nine "
            "people")
ev("attagara-vigilantes-pursuit", A, "2014-06-01", "2014-06-01", "2014-06-01", BAT, ["Armed clash"],
   CJTF + BH, BH + CJTF, NG, ["Borno"], ["Gwoza"], 16, req=False,
   evidence="Local vigilantes then pursued the attackers into the bush and killed 16 of them (same day and place as "
            "the church attack; a coder may fold it into that row)")
ev("gwoza-emir-ambush-garkida", A, "2014-05-30", "2014-05-30", "2014-05-30", VAC, ["Attack"], BH, CIV_NG, NG,
   ["Adamawa"], ["Song", "Gombi"], 1,
   evidence="the Emir of Gwoza, Idrissa Timta, who died last Friday when gunmen ambushed the convoy carrying him and "
            "two other traditional rulers near Garkida, in neighbouring Adamawa state")

# ---------------------------------------------------------------- Kaduna (Vanguard, 2016-10-17, Mon)
A = "nigeria_godogodo_vanguard"
ev("godogodo-siege", A, "2016-10-16", "2016-10-15", "2016-10-16", VAC, ["Attack"], HERDERS, CIV_NG, NG,
   ["Kaduna"], JEMAA, 20, tp=2,
   evidence="killed at least 20 persons in a two-day siege on Godogodo ... struck at about 6pm on Saturday ... continued "
            "into Sunday ... 38 bodies (community leader) ... police put the death toll at 20")
ev("godogodo-police-formation-attacked", A, "2016-10-15", "2016-10-15", "2016-10-15", BAT, ["Armed clash"],
   HERDERS, POL_NG, NG, ["Kaduna"], JEMAA, None, req=False,
   evidence="a police formation in Godogodo also came under attack on Saturday before the gunmen moved into the town "
            "(no toll; a coder may fold it into the siege)")
ev("godogodo-police-patrol-ambush", A, "2016-10-14", "2016-10-14", "2016-10-14", BAT, ["Armed clash"],
   HERDERS, POL_NG, NG, ["Kaduna"], JEMAA, 2,
   evidence="the same armed men had last Friday ambushed a police patrol on the road near Godogodo, killing two "
            "officers")
ev("jemaa-police-reinforcements", A, "2016-10-16", "2016-10-14", "2016-10-17", STR, ["Change to group/activity"],
   POL_NG, [""] + HERDERS, NG, ["Kaduna"], JEMAA, 0, req=False, tp=2,
   evidence="the Commissioner of Police had deployed more units of mobile and conventional policemen to the area "
            "(deployment, date not given)")

# ---------------------------------------------------------------- Borno (Al Jazeera, 2017-07-28, Fri)
A = "nigeria_jibi_aljazeera"
ev("jibi-oil-convoy-ambush", A, "2017-07-25", "2017-07-25", "2017-07-25", BAT, ["Armed clash"],
   JIHADISTS, MIL_NG + CJTF, NG, ["Borno"], ["Magumeri", ""], 50,
   evidence="At least 50 people were killed when Boko Haram fighters ambushed a convoy ... escorted by soldiers and "
            "members of the CJTF ... on Tuesday near the village of Jibi in Magumeri (army's early 10 superseded)")
ev("jibi-lecturers-abducted", A, "2017-07-25", "2017-07-25", "2017-07-25", VAC, ["Abduction/forced disappearance"],
   JIHADISTS, CIV_NG, NG, ["Borno"], ["Magumeri", ""], 0,
   evidence="three of its lecturers were taken away by the attackers and remained missing")
ev("jibi-pursuit-clash", A, "2017-07-26", "2017-07-25", "2017-07-27", BAT, ["Armed clash"],
   MIL_NG + JIHADISTS, JIHADISTS + MIL_NG, NG, ["Borno"], ["Magumeri", ""], None, req=False, tp=2,
   evidence="troops sent to pursue the attackers had 'neutralised' several fighters and recovered four vehicles "
            "(follow-up of the ambush; no date, no count)")
ev("molai-suicide-bombings", A, "2017-07-11", "2017-07-11", "2017-07-11", EXP, ["Suicide bomb"],
   JIHADISTS, CIV_NG, NG, ["Borno"], (), 17,
   evidence="four suicide bombers struck the Molai area on the outskirts of Maiduguri on July 11, killing 17 people "
            "including the bombers (17 days before publication)")

# ---------------------------------------------------------------- Borno (Reuters, 2018-12-16, Sun)
A = "nigeria_gudumbali_reuters"
ev("gudumbali-base-attack", A, "2018-12-14", "2018-12-14", "2018-12-14", BAT, ["Armed clash"],
   ISWAP + BH, MIL_NG, NG, ["Borno"], ["Guzamala"], 1,
   evidence="attack on a military base in the northeastern town of Gudumbali late on Friday ... repelled ... army: one "
            "soldier was killed (sources 12, IS claim 5 -> lowest specific figure 1)")
ev("metele-base-overrun", A, "2018-11-18", "2018-11-18", "2018-11-18", BAT,
   ["Non-state actor overtakes territory", "Armed clash"], ISWAP + BH, MIL_NG, NG, ["Borno"], ["Guzamala"], 23,
   evidence="On Nov. 18, ISWAP fighters overran a base in the village of Metele, also in Guzamala ... The army said 23 "
            "soldiers died ... at least 100 (28 days before publication)")

# ---------------------------------------------------------------- Imo (Punch, 2021-05-30, Sun)
A = "nigeria_izombe_punch"
ev("izombe-police-hq-attack", A, "2021-05-29", "2021-05-29", "2021-05-29", BAT, ["Armed clash"],
   GUNMEN_SE, POL_NG, NG, ["Imo"], ["Oguta"], 4,
   evidence="Gunmen on Saturday night torched the Izombe Divisional Police Headquarters ... Oguta ... gun duel ... four "
            "of the invaders were killed")
ev("atta-police-station-courts-burned", A, "2021-05-28", "2021-05-28", "2021-05-28", STR,
   ["Looting/property destruction"], GUNMEN_SE, POL_NG + CIV_NG + [""], NG, ["Imo"], ["Njaba"], 0,
   evidence="hoodlums razed a police station, a Magistrate Court and a High Court, and vandalised a health centre in "
            "Atta community in the Njaba LGA ... about 1am on Friday ... There was no policeman at the station")
ev("atta-suspects-arrested", A, "2021-05-30", "2021-05-28", "2021-05-30", STR, ["Arrests"],
   POL_NG, GUNMEN_SE + CIV_NG + [""], NG, ["Imo"], ["Njaba"], 0, req=False, tp=2,
   evidence="The police said 11 suspects had been arrested in connection with the Atta attack (not notable persons)")

# ---------------------------------------------------------------- Plateau (CSW via ReliefWeb, 2023-06-13, Tue)
A = "nigeria_riyom_reliefweb"
for key, village, n in (("rim", "Rim", 2), ("jol", "Jol", 7), ("kwi", "Kwi", 11)):
    ev(f"{key}-village-attack", A, "2023-06-11", "2023-06-11", "2023-06-11", VAC, ["Attack"], HERDERS, CIV_NG, NG,
       ["Plateau"], ["Riyom"], n,
       evidence=f"attacked the villages of Rim, Jol and Kwi in Riyom LGA between 2pm and 7pm on Sunday, killing two "
                f"people in Rim, seven in Jol and eleven in Kwi (row for {village})")
ev("gana-ropp-cleric-killed", A, "2023-06-11", "2023-06-11", "2023-06-11", VAC, ["Attack"], HERDERS, CIV_NG, NG,
   ["Plateau"], BARKIN_LADI, 1,
   evidence="At around 8pm on the same day, assailants attacked the home of Reverend Nicodemus Kim ... in Gana-Ropp, "
            "Barkin Ladi LGA, and shot him dead")
ev("fass-herders-killed", A, "2023-06-11", "2023-06-11", "2023-06-11", VAC, ["Attack"], UAG_NG + BEROM, CIV_NG, NG,
   ["Plateau"], ["Riyom"], 2,
   evidence="two herders ... were shot dead by unidentified gunmen in Fass village in Riyom LGA as they returned from "
            "grazing their cattle")

# ---------------------------------------------------------------- Kaduna (Channels TV, 2024-03-19, Tue)
A = "nigeria_gangere_channelstv"
for key, village in (("gangere", "Gangere"), ("aguba", "Aguba")):
    ev(f"{key}-abduction", A, "2024-03-18", "2024-03-17", "2024-03-18", VAC, ["Abduction/forced disappearance"],
       BANDITS, CIV_NG, NG, ["Kaduna"], ["Kajuru"], 0, tp=2,
       evidence=f"The gunmen stormed Gangere and Aguba villages in the Kufana District of Kajuru LGA between Sunday "
                f"night and the early hours of Monday ... 87 persons (row for {village}; count not split)")
ev("buda-abduction", A, "2024-03-11", "2024-03-11", "2024-03-11", VAC, ["Abduction/forced disappearance"],
   BANDITS, CIV_NG, NG, ["Kaduna"], ["Kajuru"], 0,
   evidence="exactly one week after bandits attacked Buda, another community in the same local government area, last "
            "Monday night and kidnapped 62 people")
ev("kuriga-school-abduction", A, "2024-03-07", "2024-03-07", "2024-03-07", VAC, ["Abduction/forced disappearance"],
   BANDITS, CIV_NG, NG, ["Kaduna"], ["Chikun"], 0,
   evidence="gunmen abducted 137 pupils and a staff member from the LGEA primary and secondary schools in Kuriga, in the "
            "Chikun LGA of the state, on March 7 (12 days before publication)")

# ---------------------------------------------------------------- Katsina (Daily Trust, 2025-02-17, Mon)
A = "nigeria_yauni_dailytrust"
ev("zakka-bandits-security-clash", A, "2025-02-15", "2025-02-15", "2025-02-15", BAT, ["Armed clash"],
   BANDITS + POL_NG + CWC, POL_NG + CWC + BANDITS, NG, ["Katsina"], ["Safana"], 3,
   evidence="a gun duel between bandits and security personnel in Zakka village on Saturday ... A police officer and a "
            "CWC operative lost their lives ... another policeman ... later died (NAF: 2 PMF + 4 vigilantes -> 3)")
ev("yauni-airstrike", A, "2025-02-15", "2025-02-15", "2025-02-15", EXP, ["Air/drone strike"],
   MIL_NG + NAF, CIV_NG + BANDITS, NG, ["Katsina"], ["Safana"], 6,
   evidence="the military fighter jet ... dropped a bomb at Yauni, south of Zakka, which led to the death of six members "
            "of a family ... a neighbour ... died on Sunday (residents 7, LG chairman 6 -> 6)")

DROP = {
    "nigeria_godogodo_vanguard": ["Vanguard News", "Home", "News", "Politics", "Metro", "Sports", "Editorial", "Columns",
                                  "Search", "Share on Facebook", "Share on Twitter", "Share on WhatsApp", "Read Also:",
                                  "Kaduna: Police arrest 5 over Kafanchan killings",
                                  "El-Rufai orders probe of Southern Kaduna crisis",
                                  "Herdsmen: Reps urge FG to set up grazing reserves", "Leave a comment",
                                  "© 2016 Vanguard Media Limited. All rights reserved."],
    "nigeria_jibi_aljazeera": ["Skip to Content", "Al Jazeera", "News", "Middle East", "Africa", "Asia", "US & Canada",
                               "Europe", "Features", "Opinion", "Video", "Live", "Share", "Facebook", "Twitter",
                               "More from News", "Nigeria suspends oil search in Lake Chad basin",
                               "Cameroon: Suicide bombers kill civilians in Waza",
                               "Chibok girls: Families still waiting three years on"],
    "nigeria_gudumbali_reuters": ["Skip to main content", "Reuters", "World", "Business", "Markets", "Politics", "TV",
                                  "Africa", "3 Min Read", "Our Standards: The Thomson Reuters Trust Principles.",
                                  "Reuters: Nigeria's Buhari says army to get new equipment for war on insurgents",
                                  "Reuters: Nigerian army says Islamist insurgents used drones in attacks"],
    "nigeria_izombe_punch": ["Punch Newspapers", "Latest News", "Politics", "Metro Plus", "Sports", "Business",
                             "Opinion", "Editorial", "RELATED NEWS", "Gunmen kill policeman, burn patrol van in Anambra",
                             "South-East governors meet over insecurity, ban open grazing",
                             "IGP deploys special squad to Imo, Anambra", "Copyright PUNCH.",
                             "All rights reserved. This material, and other digital content on this website, may not be "
                             "reproduced, published, broadcast, rewritten or redistributed in whole or in part without "
                             "prior express written permission from PUNCH."],
    "nigeria_riyom_reliefweb": ["ReliefWeb", "Updates", "Countries", "Organizations", "Disasters", "Jobs", "Training",
                                "Related Content", "Nigeria: Plateau State - Displacement Tracking Matrix (May 2023)",
                                "Nigeria: Humanitarian Situation Update (April 2023)", "Share this", "Facebook",
                                "Twitter", "Email"],
    "nigeria_gangere_channelstv": ["Channels Television", "Home", "Latest", "Politics", "Business", "Health", "Sports",
                                   "Entertainment", "Watch Live", "RELATED",
                                   "Kuriga Abduction: Parents Lament As Deadline Passes",
                                   "Tinubu Orders Security Chiefs To Rescue Abducted Pupils",
                                   "Copyright © 2024 Channels Television. All Rights Reserved."],
    "nigeria_yauni_dailytrust": ["Daily Trust", "News", "Politics", "Business", "Sports", "Opinion", "Share", "Facebook",
                                 "X", "WhatsApp", "Related", "Katsina LG polls: APC wins all 34 chairmanship seats",
                                 "Bandits kill 5, abduct 20 in Katsina village", "Don't miss",
                                 "Tinubu orders probe of Zamfara airstrike",
                                 "© 2025 Media Trust Limited. All rights reserved."],
}
EITHER = {
    "nigeria_attagara_afp": ["bur-ac/phz"],
    "nigeria_godogodo_vanguard": ["October 17, 2016", "By Luka Binniyat, Kaduna"],
    "nigeria_jibi_aljazeera": ["28 Jul 2017", "Source: Al Jazeera and news agencies"],
    "nigeria_gudumbali_reuters": ["December 16, 2018 / 4:52 PM / Updated 2 hours ago", "By Ahmed Kingimi",
                                  "Reporting by Ahmed Kingimi in Maiduguri; Additional reporting by Paul Carsten in "
                                  "Abuja; Editing by Alexander Smith"],
    "nigeria_izombe_punch": ["Chidiebube Okeoma", "Published 30 May 2021"],
    "nigeria_riyom_reliefweb": ["Nigeria", "News and Press Release", "Source: CSW", "Posted: 14 Jun 2023",
                                "Originally published: 13 Jun 2023", "Notes to Editors:",
                                "1. The Berom Youth Movement is a socio-cultural organisation representing young people "
                                "of the Berom ethnic group.",
                                "2. Operation Safe Haven is a joint military and police task force established in 2010 "
                                "to restore peace in Plateau State."],
    "nigeria_gangere_channelstv": ["Updated March 19, 2024", "By Channels Television"],
    "nigeria_yauni_dailytrust": ["By Habibu Umar Aminu, Katsina", "Mon, 17 Feb 2025 6:40:12 WAT"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout195; Nigeria 2014-2025: Boko Haram/ISWAP, "
                             "farmer-herder killings, IPOB/ESN, bandit abductions, a military air strike), coded by "
                             "CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
