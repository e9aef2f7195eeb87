"""Writes gold.json for the 118th held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout118/make_gold.py

Focus: Niger (Diffa, Tillaberi, Maradi), Chad (Lac) and north-east Nigeria (Borno, Yobe, Adamawa), 2014-2025:
jihadist attacks on military bases and posts, attacks on displaced people and villagers, air strikes (Nigerian
jets over Niger, Zamfara and Yobe), abductions (Gumsuri, Maniram, Guidan Roumdji, Mainok).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

NG, NE, TD = "Nigeria", "Niger", "Chad"
BH = ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "Jamaatu Ahlis Sunna Liddaawati wal-Jihad", "JAS",
      "Boko Haram - Jama'atu Ahli al-Sunna li al-Da'wa wa al-Jihad"]
ISWAP = ["Islamic State West Africa Province", "ISWAP", "Islamic State (West Africa)", "Islamic State",
         "Islamic State West Africa", "Boko Haram"]
UAG_NG = ["Unidentified Armed Group (Nigeria)"]
CIV_NG, CIV_NE = ["Civilians (Nigeria)"], ["Civilians (Niger)"]
MIL_NG, MIL_NE, MIL_TD = ["Military Forces of Nigeria"], ["Military Forces of Niger"], ["Military Forces of Chad"]
BH_ANY = BH + ISWAP + UAG_NG

# ---------------------------------------------------------------- Nigeria (AP, 2014-12-18, Thu)
A = "nigeria_gumsuri_ap"
ev("gumsuri-men-killed", A, "2014-12-14", "2014-12-14", "2014-12-14", VAC, ["Attack"], BH + UAG_NG, CIV_NG, NG,
   ["Borno"], ["Damboa"], 32,
   evidence="The attack on Gumsuri village took place on Sunday ... 'We counted 32 corpses' ... Another villager ... "
            "put the death toll at 35 (32 = lowest specific figure)")
ev("gumsuri-women-children-abducted", A, "2014-12-14", "2014-12-14", "2014-12-14", VAC,
   ["Abduction/forced disappearance"], BH + UAG_NG, CIV_NG, NG, ["Borno"], ["Damboa"], 0,
   evidence="kidnapped at least 172 women and children ... head count ... put the number of those taken at 172")
ev("kano-kantin-kwari-suicide-bombers", A, "2014-12-10", "2014-12-10", "2014-12-10", EXP, ["Suicide bomb"],
   BH + UAG_NG, CIV_NG + [""], NG, ["Kano"], (), 6,
   evidence="two young women wearing explosives blew themselves up at the Kantin Kwari textile market ... on Dec. 10, "
            "killing four people besides themselves (4 + 2 bombers; 8 days before publication)")

# ---------------------------------------------------------------- Nigeria (Vanguard, 2015-09-12, Sat)
A = "nigeria_malkohi_vanguard"
ev("malkohi-idp-camp-suicide-bomber", A, "2015-09-11", "2015-09-11", "2015-09-11", EXP, ["Suicide bomb"],
   BH + UAG_NG, CIV_NG, NG, ["Adamawa"], (), 7,
   evidence="A FEMALE suicide bomber yesterday detonated explosives ... at the Malkohi camp for internally displaced "
            "persons ... killing seven persons, including herself (residents 'nine' → NEMA's 7)")
ev("jambutu-bomber-intercepted", A, "2015-09-10", "2015-09-10", "2015-09-10", STR, ["Disrupted weapons use"],
   ["Police Forces of Nigeria"] + BH, BH + UAG_NG + ["Police Forces of Nigeria", ""], NG, ["Adamawa"],
   ["Song", "Yola North", "Girei"], 0,
   evidence="operatives on Thursday evening intercepted another young woman with an explosive belt at a checkpoint "
            "near Jambutu ... The device was safely detonated")
ev("ngoshe-camps-cleared", A, "2015-09-09", "2015-09-09", "2015-09-09", BAT,
   ["Armed clash", "Government regains territory"], MIL_NG, BH, NG, ["Borno"], ["Gwoza"], 18,
   evidence="troops had on Wednesday cleared Boko Haram camps around Ngoshe ... killing 17 insurgents ... one soldier "
            "lost his life (17 + 1)")
ev("dalori-rpg-fire", A, "2015-09-09", "2015-09-09", "2015-09-10", EXP, ["Shelling/artillery/missile attack"],
   BH + UAG_NG, CIV_NG, NG, ["Borno"], ["Jere", "Konduga"], 3,
   evidence="a pregnant woman and her two children were killed when insurgents fired rocket-propelled grenades into "
            "Dalori quarters on the outskirts of the city late on Wednesday")

# ---------------------------------------------------------------- Chad (The Defense Post / AFP, 2018-05-06, Sun)
A = "chad_gabalami_defensepost"
ev("gabalami-army-post-attack", A, "2018-05-05", "2018-05-05", "2018-05-06", BAT, ["Armed clash"],
   BH + ISWAP + ["Unidentified Armed Group (Chad)"], MIL_TD + ["Police Forces of Chad"], TD, ["Lac"], (), 6,
   evidence="Boko Haram fighters attacked a Chadian army position on an island in Lake Chad overnight ... at Gabalami "
            "... late on Saturday ... two customs officers, two agents of the forestry service, a soldier and a "
            "civilian (6) ... The attackers were repelled after an exchange of fire")
ev("arge-mnjtf-boko-haram-clash", A, "2018-05-03", "2018-05-03", "2018-05-03", BAT, ["Armed clash"],
   MIL_NG + ["Multinational Joint Task Force", "MNJTF"] + BH + ISWAP,
   BH + ISWAP + MIL_NG + ["Multinational Joint Task Force", "MNJTF"], NG, ["Borno"], ["Abadam"], None,
   evidence="troops of the Multinational Joint Task Force (MNJTF) fought Boko Haram fighters on Thursday around Arge "
            "... Abadam district ... 'several terrorists' had been killed but gave no figure")
ev("chad-three-soldiers-last-month", A, "2018-04-30", "2018-04-01", "2018-04-30", BAT, ["Armed clash"],
   BH + ISWAP + ["Unidentified Armed Group (Chad)"], MIL_TD, TD, [], (), 3, req=False, tp=3,
   evidence="Last month, Chad's national television reported that three soldiers had been killed in fighting with the "
            "jihadists, without saying where or when (country level, may be background)")

# ---------------------------------------------------------------- Niger (ActuNiger, 2019-02-05, Tue)
A = "niger_maniram_actuniger"
BH_NE = BH + ISWAP + ["Unidentified Armed Group (Niger)"]
ev("maniram-girls-abducted", A, "2019-02-03", "2019-02-03", "2019-02-04", VAC, ["Abduction/forced disappearance"],
   BH_NE, CIV_NE, NE, ["Diffa"], (), 0,
   evidence="On the night of Sunday to Monday 4 February 2019, at around 9:30 p.m. ... incursion into the village of "
            "Maniram ... seven young girls abducted")
ev("bosso-lakeshore-village-attack", A, "2019-01-28", "2019-01-28", "2019-01-29", VAC, ["Attack"], BH_NE, CIV_NE, NE,
   ["Diffa"], ["Bosso"], 4,
   evidence="the night of Monday 28 January in a village on the shores of Lake Chad in the Bosso department, killing "
            "four civilians")
ev("nguagam-villagers-killed", A, "2019-02-01", "2019-01-31", "2019-02-01", VAC, ["Attack"], BH_NE, CIV_NE, NE,
   ["Diffa"], (), 2,
   evidence="The second attack hit the village of Nguagam in the night of Thursday to Friday. Two villagers were killed "
            "and several houses were burned")
ev("malam-jariri-farmers-killed", A, "2019-02-02", "2019-02-01", "2019-02-02", VAC, ["Attack"], BH_NE, CIV_NE, NE,
   ["Diffa"], (), 6,
   evidence="in the night of Friday to Saturday, cost the lives of six farmers in the village of Malam Jariri")

# ---------------------------------------------------------------- Niger (RFI, 2020-05-11, Mon)
A = "niger_anzourou_rfi"
JIH_NE = ["Islamic State in the Greater Sahara", "ISGS", "Islamic State Sahel", "Islamic State",
          "Islamic State Sahel Province", "Unidentified Armed Group (Niger)", "JNIM",
          "Jama'at Nusrat al-Islam wal-Muslimin"]
TIL = ["Tillaberi", "Tillabéri", "Tillabery"]
ev("gadabo-villagers-killed", A, "2020-05-09", "2020-05-09", "2020-05-09", VAC, ["Attack"], JIH_NE, CIV_NE, NE, TIL,
   TIL, 11, evidence="armed men on motorcycles burst into each of the three villages ... eleven people were killed in "
                     "Gadabo (Saturday afternoon; shops looted, livestock taken)")
ev("zibane-koira-zeno-villagers-killed", A, "2020-05-09", "2020-05-09", "2020-05-09", VAC, ["Attack"], JIH_NE, CIV_NE,
   NE, TIL, TIL, 6, evidence="six in Zibane-Koira Zeno")
ev("zibane-koira-tegui-villagers-killed", A, "2020-05-09", "2020-05-09", "2020-05-09", VAC, ["Attack"], JIH_NE,
   CIV_NE, NE, TIL, TIL, 3, evidence="three in Zibane-Koira Tegui")
ev("north-tillaberi-army-barkhane-operations", A, "2020-05-08", "2020-05-01", "2020-05-08", BAT, ["Armed clash"],
   MIL_NE + ["Military Forces of France", "Operation Barkhane"], JIH_NE, NE, TIL, (), 50, req=False, tp=2,
   evidence="the Nigerien army, supported by ... Barkhane, had 'neutralised' some fifty terrorists during operations in "
            "the north of the Tillaberi region between 1 and 8 May ... no losses")

# ---------------------------------------------------------------- Niger (Reuters, 2022-02-19, Sat)
A = "niger_nachade_reuters"
BANDITS = UAG_NG + ["Bandits", "Bandits (Nigeria)", "Unidentified Armed Group (Niger)"]
ev("nachade-nigerian-air-strike", A, "2022-02-16", "2022-02-16", "2022-02-16", EXP, ["Air/drone strike"],
   MIL_NG, CIV_NE + BANDITS, NE, ["Maradi"], (), 7,
   evidence="A Nigerian military air strike on a village just inside Niger killed seven children ... The strike hit "
            "the village of Nachade ... on Wednesday evening")
ev("zurmi-air-strikes-on-bandits", A, "2022-02-16", "2022-02-14", "2022-02-17", EXP, ["Air/drone strike"], MIL_NG,
   BANDITS + [""], NG, ["Zamfara"], ["Zurmi"], None, tp=2,
   evidence="On Thursday, the Nigerian Air Force said its jets had killed 'scores of bandits' in strikes on their "
            "hideouts in the Zurmi area of Zamfara state earlier in the week")
ev("guidan-roumdji-trader-and-sons-kidnapped", A, "2022-02-13", "2022-02-13", "2022-02-14", VAC,
   ["Abduction/forced disappearance"], BANDITS, CIV_NE, NE, ["Maradi"], ["Guidan Roumdji"], 0,
   evidence="Gunmen on motorcycles abducted a trader and his two sons from their home near Guidan Roumdji on Sunday "
            "night and took them across the border")

# ---------------------------------------------------------------- Nigeria (TheCable, 2018-08-17, Fri)
A = "nigeria_jilli_thecable"
ev("jilli-base-overrun", A, "2018-08-14", "2018-08-14", "2018-08-14", BAT,
   ["Non-state actor overtakes territory", "Armed clash"], ISWAP, MIL_NG, NG, ["Yobe"], (), 17,
   evidence="ISWAP ... overran a military base in Jilli ... on Tuesday evening ... '17 bodies of our men have been "
            "recovered' ... Another officer ... put the number ... at 48 (17 = lowest specific figure)")
ev("jilli-naf-air-strikes", A, "2018-08-15", "2018-08-15", "2018-08-15", EXP, ["Air/drone strike"], MIL_NG, ISWAP,
   NG, ["Yobe"], (), None,
   evidence="Alpha Jets and helicopter gunships struck the fleeing insurgents on Wednesday on the outskirts of Jilli, "
            "'neutralising scores of terrorists'")
ev("jilli-base-reoccupied", A, "2018-08-16", "2018-08-16", "2018-08-16", BAT, ["Government regains territory"],
   MIL_NG, ISWAP + [""], NG, ["Yobe"], (), None, req=False,
   evidence="'Troops have since re-occupied the location after a clearance operation on Thursday morning' (army "
            "claim; the army denies the base was captured)")

# ---------------------------------------------------------------- Nigeria (Daily Trust, 2025-10-11, Sat)
A = "nigeria_ngamudu_dailytrust"
ev("ngamudu-super-camp-attack", A, "2025-10-10", "2025-10-10", "2025-10-10", BAT, ["Armed clash"], ISWAP, MIL_NG, NG,
   ["Borno"], (), 4,
   evidence="Four soldiers were killed ... when fighters of ... ISWAP attacked the military super camp in Ngamudu, Kaga "
            "... in the early hours of Friday ... pushed back ('several terrorists' neutralised, unquantified)")
ev("ngamudu-reinforcements-landmine", A, "2025-10-10", "2025-10-10", "2025-10-10", EXP,
   ["Remote explosive/landmine/IED"], ISWAP, MIL_NG, NG, ["Borno"], (), 0,
   evidence="Reinforcements dispatched from Benisheikh ran into landmines planted by the insurgents on the highway about "
            "three kilometres west of Ngamudu ... two soldiers were injured")
ev("goniri-air-strike", A, "2025-10-10", "2025-10-10", "2025-10-10", EXP, ["Air/drone strike"], MIL_NG, ISWAP, NG,
   ["Yobe"], ["Gujba"], None,
   evidence="Also on Friday, the air component ... struck fleeing insurgents near Goniri in Gujba LGA of neighbouring "
            "Yobe State ... 'Several terrorists were neutralised'")
ev("mainok-bus-passengers-abducted", A, "2025-10-08", "2025-10-08", "2025-10-08", VAC,
   ["Abduction/forced disappearance"], ISWAP + UAG_NG + BH, CIV_NG, NG, ["Borno"], ["Kaga"], 0,
   evidence="two days after suspected insurgents abducted six passengers ... from a commercial bus near Mainok ... on "
            "Wednesday afternoon")

DROP = {
    "nigeria_gumsuri_ap": ["AP NEWS", "Sections", "Top Stories", "World", "U.S.", "Politics", "Share",
                           "Copyright 2014 The Associated Press. All rights reserved. This material may not be "
                           "published, broadcast, rewritten or redistributed."],
    "nigeria_malkohi_vanguard": ["Vanguard News", "Home", "News", "Politics", "Business", "Sports", "Entertainment",
                                 "Editorial", "Columns", "Related",
                                 "Boko Haram: Troops rescue 241 women, children in Sambisa",
                                 "IDPs protest poor feeding in Maiduguri camps",
                                 "Adamawa: Gov Jibrilla inaugurates committee on IDPs return", "Share this:",
                                 "Facebook", "Twitter", "WhatsApp"],
    "chad_gabalami_defensepost": ["The Defense Post", "Home", "Africa", "Middle East", "Asia", "Americas", "Analysis",
                                  "Subscribe", "Related Articles",
                                  "Nigeria army says it has 'rescued' 1,000 Boko Haram captives",
                                  "Niger soldiers killed in ambush near Mali border", "Leave a Reply",
                                  "Your email address will not be published. Required fields are marked *"],
    "niger_maniram_actuniger": ["ActuNiger", "Accueil", "Politique", "Société", "Sécurité", "Économie", "Sport",
                                "International", "© 2019 ActuNiger - Tous droits réservés", "Partager", "Facebook",
                                "Twitter", "Lire aussi", "Tillabéri: two gendarmes killed in an attack on Téra",
                                "Niamey: the government bans a march of civil society"],
    "niger_nachade_reuters": ["Skip to main content", "Reuters", "World", "Business", "Markets", "Legal",
                              "Breakingviews", "Africa", "Our Standards: The Thomson Reuters Trust Principles.",
                              "Read Next", "Niger's president calls for regional force to fight jihadists after attack"],
    "nigeria_ngamudu_dailytrust": ["Daily Trust", "News", "Politics", "Business", "Sports", "Opinion",
                                   "Home » News", "RELATED NEWS",
                                   "Troops neutralise 10 ISWAP terrorists along Gamboru-Dikwa road",
                                   "Zulum donates vehicles to CJTF, hunters",
                                   "Zamfara: Bandits abduct 20 worshippers in mosque attack", "Share", "Facebook",
                                   "Twitter", "WhatsApp", "Copyright © 2025 Media Trust Limited. All rights reserved."],
}
EITHER = {
    "nigeria_gumsuri_ap": ["By HARUNA UMAR and MICHELLE FAUL", "December 18, 2014", "___",
                           "Faul reported from Lagos, Nigeria."],
    "nigeria_malkohi_vanguard": ["September 12, 2015", "By Umar Yusuf, Yola & Ndahi Marama, Maiduguri"],
    "chad_gabalami_defensepost": ["May 6, 2018", "Agence France-Presse", "With reporting from AFP"],
    "niger_maniram_actuniger": ["Publié le 5 février 2019", "Par La Rédaction"],
    "niger_anzourou_rfi": ["With our correspondent in Niamey, Moussa Kaka"],
    "niger_nachade_reuters": ["By Moussa Aksar and Felix Onuah", "February 19, 2022 4:12 PM UTC Updated ago",
                              "Reporting by Moussa Aksar in Niamey and Felix Onuah in Abuja; Additional reporting by "
                              "Camillus Eboh; Writing by Bate Felix; Editing by Frances Kerry"],
    "nigeria_jilli_thecable": ["by Hamza Ibrahim", "August 17, 2018"],
    "nigeria_ngamudu_dailytrust": ["Saturday, October 11, 2025", "By Hamisu Kabir Matazu, Maiduguri"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout118; Niger, Chad and the Lake Chad "
                             "basin, 2014-2025), coded by CODEBOOK.md before the system was run (BLIND).",
               drop=DROP, either=EITHER)
