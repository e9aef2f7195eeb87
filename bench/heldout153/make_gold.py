"""Writes gold.json for the 153rd held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout153/make_gold.py

Focus: the Lake Chad basin (Nigeria's Borno and Yobe, Niger's Diffa region, Chad's Lac province, Cameroon's Far
North), 2015-2025: Boko Haram/JAS and ISWAP attacks on garrisons, posts and villages, a suicide bombing of an IDP
camp by two women and one of a fish eatery by a woman, the army's 2015 counteroffensive (Bama, Gwoza) with air
strikes, vigilantes (CJTF, vigilance committees) fighting alongside soldiers.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

NG, NE, TD, CM = "Nigeria", "Niger", "Chad", "Cameroon"
BH = ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "Jamaatu Ahlis Sunna Liddaawati wal-Jihad", "JAS",
      "Boko Haram - Jama'atu Ahli al-Sunna li al-Da'wa wa al-Jihad"]
ISWAP = ["Islamic State West Africa Province", "ISWAP", "Islamic State (West Africa)", "Islamic State",
         "Islamic State West Africa"]
UAG = {c: [f"Unidentified Armed Group ({c})"] for c in (NG, NE, TD, CM)}
CIV = {c: [f"Civilians ({c})"] for c in (NG, NE, TD, CM)}
MIL_NG, MIL_NE, MIL_TD, MIL_CM = (["Military Forces of Nigeria"], ["Military Forces of Niger"],
                                  ["Military Forces of Chad"], ["Military Forces of Cameroon"])
NAF = MIL_NG + ["Air Force of Nigeria", "Nigerian Air Force"]
CJTF = ["Civilian Joint Task Force", "CJTF", "Civilian JTF", "Yan Gora"]
MNJTF = ["Multinational Joint Task Force", "MNJTF", "Multinational Joint Task Force (MNJTF)"]
GEND_CM = ["Gendarmerie of Cameroon", "Gendarmerie (Cameroon)", "Gendarmerie", "Police Forces of Cameroon"] + MIL_CM
VIG_CM = ["Vigilance Committee (Cameroon)", "Vigilance Committees", "Comite de Vigilance", "Militia (Vigilance Committee)"]
# 2015: Boko Haram had not yet pledged to the Islamic State (March 2015); later: JAS or ISWAP unless the text says.
BH15 = BH + UAG[NG]
JIH_NG = BH + ISWAP + UAG[NG]
JIH_NE = BH + ISWAP + UAG[NE]
JIH_TD = BH + ISWAP + UAG[TD]
JIH_CM = BH + ISWAP + UAG[CM]
MAID_OUT = ["Maiduguri", "Jere", "Konduga"]   # Njimtilo, on the city's edge (the gazetteer's Njimtilo is a homonym in Kala-Balge)

# ---------------------------------------------------------------- Nigeria (AP, 2015-01-26, Mon)
A = "nigeria_monguno_ap"
ev("monguno-town-and-barracks-overrun", A, "2015-01-25", "2015-01-25", "2015-01-25", BAT,
   ["Non-state actor overtakes territory", "Armed clash"], BH15, MIL_NG + BH15, NG, ["Borno"], ["Monguno"], 15,
   evidence="Boko Haram took Monguno after a fierce battle with soldiers at the barracks of the 243 Battalion ... at "
            "least 15 soldiers were killed before the troops ran out of ammunition and withdrew (Sunday)")
ev("maiduguri-assault-repelled", A, "2015-01-25", "2015-01-25", "2015-01-25", BAT, ["Armed clash"],
   BH15 + MIL_NG + CJTF, MIL_NG + CJTF + BH15, NG, ["Borno"], MAID_OUT, 8,
   evidence="The assault on Maiduguri began before dawn from the village of Njimtilo ... Soldiers backed by members of "
            "the Civilian Joint Task Force ... fought for about five hours ... eight civilians caught in the crossfire "
            "were brought in dead ('scores of terrorists' is not a number)")
ev("maiduguri-jets-bombard", A, "2015-01-25", "2015-01-25", "2015-01-25", EXP, ["Air/drone strike"],
   NAF, BH15, NG, ["Borno"], MAID_OUT, None, req=False,
   evidence="Fighter jets bombarded the extremists' positions on the edge of the city (part of the Maiduguri battle)")
ev("konduga-attack-repelled", A, "2015-01-25", "2015-01-25", "2015-01-25", BAT, ["Armed clash"],
   BH15 + MIL_NG, MIL_NG + BH15, NG, ["Borno"], ["Konduga"], None,
   evidence="Fighters also attacked Konduga ... on Sunday, but were repulsed by soldiers ... Casualties there were "
            "not immediately known")
ev("baga-mnjtf-base-overrun", A, "2015-01-03", "2015-01-03", "2015-01-03", BAT,
   ["Non-state actor overtakes territory", "Armed clash"], BH15, MIL_NG + MNJTF + BH15 + [""], NG, ["Borno"],
   ["Kukawa"], None,
   evidence="On Jan. 3, Boko Haram fighters overran the town of Baga ... and the headquarters of the Multinational "
            "Joint Task Force there (23 days before publication: an event; no toll given)")
ev("chad-troops-into-cameroon", A, "2015-01-26", "2015-01-01", "2015-01-26", STR, ["Change to group/activity"],
   MIL_TD, ["", "Boko Haram"] + MIL_CM, CM, ["", "Far North"], (), 0, req=False, tp=3,
   evidence="Chad sent troops into neighboring Cameroon this month to help fight the group (no place, month only)")

# ---------------------------------------------------------------- Nigeria (Xinhua, 2015-03-28, Sat)
A = "nigeria_gwoza_xinhua"
ev("gwoza-recaptured", A, "2015-03-27", "2015-03-27", "2015-03-27", BAT, ["Government regains territory"],
   MIL_NG, BH15, NG, ["Borno"], ["Gwoza"], None,
   evidence="Nigerian troops on Friday recaptured Gwoza ... 'several terrorists' were killed (no number)")
ev("gwoza-air-strikes", A, "2015-03-26", "2015-03-26", "2015-03-26", EXP, ["Air/drone strike"],
   NAF, BH15, NG, ["Borno"], ["Gwoza"], None, req=False,
   evidence="fighter jets of the Nigerian Air Force had on Thursday pounded Boko Haram positions around Gwoza to pave "
            "the way for the ground troops (preparation of the recapture; a coder may fold it in)")
ev("bama-recaptured", A, "2015-03-16", "2015-03-16", "2015-03-16", BAT, ["Government regains territory"],
   MIL_NG, BH15, NG, ["Borno"], ["Bama"], None,
   evidence="soldiers retook Bama, Borno's second largest town, on March 16 (12 days before publication: an event)")
ev("bama-captives-killed", A, "2015-03-16", "2015-03-09", "2015-03-16", VAC, ["Attack"], BH15, CIV[NG], NG,
   ["Borno"], ["Bama"], None, req=False, tp=2,
   evidence="Residents who returned to Bama ... said the militants had killed many of their captives before fleeing "
            "and burned large parts of the town (undated, 'many' → no number; a coder may skip it)")

# ---------------------------------------------------------------- Niger (OCHA via ReliefWeb, 2017-07-05, Wed)
A = "niger_ngalewa_reliefweb"
DIFFA = ["Diffa"]
NGALEWA_A2 = ["N'Guigmi", "Nguigmi", "N Guigmi"]
ev("ngalewa-villagers-killed", A, "2017-07-02", "2017-07-02", "2017-07-03", VAC,
   ["Attack", "Abduction/forced disappearance"], JIH_NE, CIV[NE], NE, DIFFA, NGALEWA_A2, 9,
   evidence="On the night of Sunday 2 July, a group of armed men believed to belong to Boko Haram entered the village "
            "of Ngalewa ... killed nine people ... took away 37 people")
ev("ngalewa-women-children-abducted", A, "2017-07-02", "2017-07-02", "2017-07-03", VAC,
   ["Abduction/forced disappearance"], JIH_NE, CIV[NE], NE, DIFFA, NGALEWA_A2, 0, req=False,
   evidence="took away 37 people, mostly women and girls as well as several young children (same raid; a coder may "
            "fold it into the killings row)")
ev("kabelawa-camp-double-suicide-bombing", A, "2017-06-28", "2017-06-28", "2017-06-29", EXP, ["Suicide bomb"],
   JIH_NE, CIV[NE], NE, DIFFA, NGALEWA_A2, 4,
   evidence="late on Wednesday 28 June, two women wearing explosive belts blew themselves up inside the Kabelawa IDP "
            "camp ... killing two camp residents as well as themselves (2 + 2 bombers)")

# ---------------------------------------------------------------- Chad (Tchadinfos, 2022-11-23, Wed)
A = "chad_boukatoullorom_tchadinfos"
ev("bouka-toullorom-post-attack", A, "2022-11-22", "2022-11-22", "2022-11-22", BAT, ["Armed clash"],
   JIH_TD, MIL_TD, TD, ["Lac"], (), 10,
   evidence="At least ten Chadian soldiers were killed on Tuesday when suspected Boko Haram fighters attacked an army "
            "position on the island of Bouka-Toullorom ... 'The enemy also suffered losses' (no number)")
ev("kinasserom-fishermen-killed", A, "2022-11-20", "2022-11-20", "2022-11-20", VAC, ["Attack"],
   JIH_TD, CIV[TD], TD, ["Lac"], (), 2,
   evidence="On Sunday, two fishermen from Ngouboua were killed by armed men believed to be Boko Haram members ... "
            "near the island of Kinasserom")

# ---------------------------------------------------------------- Cameroon (Journal du Cameroun, 2023-08-26, Sat)
A = "cameroon_mahoula_journalducameroun"
FN = ["Far North", "Extreme-Nord", "Extreme North", "Far-North"]
for key, a2, ev_txt in (("mahoula", ["Mayo-Sava"], "Mahoula and Grea, in the Kolofata district of the Mayo-Sava"),
                        ("grea", ["Mayo-Sava"], "Mahoula and Grea, in the Kolofata district of the Mayo-Sava"),
                        # Kassa and Modoko are not in the gazetteer: admin1 only, admin2 unscored
                        ("kassa", (), "Kassa and Modoko in the neighbouring Mayo-Tsanaga division"),
                        ("modoko", (), "Kassa and Modoko in the neighbouring Mayo-Tsanaga division")):
    ev(f"{key}-night-raid", A, "2023-08-24", "2023-08-24", "2023-08-25", VAC, ["Attack"], JIH_CM, CIV[CM], CM, FN,
       a2, None,
       evidence=f"four near-simultaneous attacks ... on the night of Thursday to Friday ... {ev_txt} ... two dead and "
                "three wounded 'without specifying in which of the villages' (toll unscored)")
ev("tolkomari-gendarmerie-post-attack", A, "2023-08-20", "2023-08-20", "2023-08-21", BAT, ["Armed clash"],
   JIH_CM, GEND_CM, CM, FN, (), 0,   # Tolkomari not in the gazetteer: admin2 unscored
   evidence="an attack on the gendarmerie post at Tolkomari, near Kolofata, on Sunday night ... made off with a firearm "
            "and ammunition after a brief exchange of fire ... No casualties")

# ---------------------------------------------------------------- Nigeria (Premium Times, 2025-06-22, Sun)
A = "nigeria_konduga_premiumtimes"
ev("konduga-fish-eatery-suicide-bombing", A, "2025-06-20", "2025-06-20", "2025-06-20", EXP, ["Suicide bomb"],
   JIH_NG, CIV[NG], NG, ["Borno"], ["Konduga"], 13,
   evidence="A female suicide bomber on Friday night detonated explosives at a crowded fish eatery in Konduga ... "
            "'Twelve persons lost their lives, excluding the bomber' (12 + bomber; the CJTF's 'more than 20' is vaguer)")
ev("kawuri-firewood-women-abducted", A, "2025-06-19", "2025-06-19", "2025-06-19", VAC,
   ["Abduction/forced disappearance"], JIH_NG, CIV[NG], NG, ["Borno"], (), 0,
   evidence="(Kawuri not in the gazetteer: admin2 unscored) a day after suspected insurgents abducted six women who had gone to fetch firewood near Kawuri, also in "
            "Konduga Local Government Area ... seized on Thursday afternoon")

# ---------------------------------------------------------------- Nigeria (Channels TV, 2021-10-24, Sun)
A = "nigeria_katarko_channelstv"
ev("katarko-base-attack", A, "2021-10-23", "2021-10-23", "2021-10-23", BAT,
   ["Armed clash", "Non-state actor overtakes territory"], JIH_NG, MIL_NG, NG, ["Yobe"], ["Gujba"], 3,
   evidence="Suspected Boko Haram/ISWAP terrorists on Saturday evening attacked a military base in Katarko village in "
            "Gujba ... gun duel ... carted away weapons ... saw the bodies of three soldiers (unconfirmed)")
ev("damboa-incursion-repelled", A, "2021-10-20", "2021-10-20", "2021-10-21", BAT, ["Armed clash"],
   JIH_NG + MIL_NG, MIL_NG + CJTF + JIH_NG, NG, ["Borno"], ["Damboa"], 2,
   evidence="suspected insurgents stormed Damboa ... on Wednesday night, burning shops and houses before they were "
            "repelled by troops and members of the Civilian Joint Task Force. Two civilians were killed")

# ---------------------------------------------------------------- Cameroon (Anadolu, 2020-12-04, Fri)
A = "cameroon_wemdeley_anadolu"
# Wemdeley and Talla Massali are not in the gazetteer: admin1 only, admin2 unscored (the text says Mayo-Tsanaga)
ev("wemdeley-chief-killed", A, "2020-12-04", "2020-12-03", "2020-12-04", VAC, ["Attack"], JIH_CM, CIV[CM], CM, FN,
   (), 1,
   evidence="The chief of Wemdeley village, in the Mayo-Tsanaga division ... was killed overnight into Friday when "
            "gunmen stormed his residence")
ev("talla-massali-raid", A, "2020-12-03", "2020-12-03", "2020-12-03", VAC, ["Attack"], JIH_CM, CIV[CM], CM, FN,
   (), 3,
   evidence="in the early hours of Thursday, three people were killed when Boko Haram fighters raided the village of "
            "Talla Massali in the same area")
ev("talla-massali-vigilantes-exchange-fire", A, "2020-12-03", "2020-12-03", "2020-12-03", BAT, ["Armed clash"],
   VIG_CM + JIH_CM, JIH_CM + VIG_CM, CM, FN, (), None, req=False,
   evidence="the self-defence group exchanged fire with the attackers in Talla Massali before they withdrew ... none "
             "of the vigilantes were hurt (a coder may code the raid as a clash)")
ev("far-north-two-abducted", A, "2020-12-04", "2020-12-03", "2020-12-04", VAC, ["Abduction/forced disappearance"],
   JIH_CM, CIV[CM], CM, FN, (), 0, req=False, tp=2,
   evidence="abducted at least two people during the raids ... without specifying where the two were seized")

DROP = {
    "nigeria_monguno_ap": ["AP NEWS", "Top Stories", "World News", "Politics", "Business", "Sports", "Entertainment",
                           "Share", "Facebook", "Twitter", "Email",
                           "Copyright 2015 The Associated Press. All rights reserved. This material may not be "
                           "published, broadcast, rewritten or redistributed.", "Read More",
                           "Cameroon says troops kill 143 Boko Haram fighters in Kolofata",
                           "Nigeria's election commission says polls will go ahead"],
    "niger_ngalewa_reliefweb": ["ReliefWeb", "Updates", "Countries", "Disasters", "Organizations", "Topics", "Jobs",
                                "Training", "Download PDF (312.4 KB)", "Related Content",
                                "Niger: Diffa Region - Humanitarian Snapshot (June 2017)",
                                "Niger: Situation des déplacés dans la région de Diffa", "Share", "Facebook", "Twitter",
                                "Email"],
    "chad_boukatoullorom_tchadinfos": ["Tchadinfos.com", "Accueil", "Politique", "Société", "Sécurité", "Économie",
                                       "Sport", "International",
                                       "Tchad : le gouvernement annonce des mesures contre la vie chère",
                                       "Lac : les déplacés de Baga Sola réclament de l'aide alimentaire", "Partager",
                                       "Facebook", "Twitter", "WhatsApp", "© 2022 Tchadinfos.com - Tous droits réservés"],
    "cameroon_mahoula_journalducameroun": ["Journal du Cameroun", "Politics", "Economy", "Society", "Security",
                                           "Sports", "Culture", "Read also",
                                           "Far North: Vigilance committee member killed in Mozogo",
                                           "Cameroon: Army neutralises Boko Haram fighters in Mayo-Tsanaga",
                                           "Tags: Boko Haram, Far North, Kolofata, Mayo-Sava"],
    "nigeria_konduga_premiumtimes": ["Premium Times", "Home", "News", "Headlines", "Metro", "Politics",
                                     "Investigations", "Agriculture", "Health", "Opinion", "Related",
                                     "Troops neutralise 13 terrorists in Sambisa, rescue 22 hostages",
                                     "ISWAP attacks military base in Marte, soldiers repel insurgents",
                                     "Zulum mourns as suicide bomber kills worshippers in Borno mosque",
                                     "Support PREMIUM TIMES' journalism of integrity and credibility",
                                     "© 2025 Premium Times Services Limited. All rights reserved."],
    "nigeria_katarko_channelstv": ["Channels Television", "Home", "News", "Politics", "Business", "Sports",
                                   "Entertainment", "Headlines", "Live TV",
                                   "READ ALSO: Boko Haram Kills Four Farmers In Borno Community",
                                   "READ ALSO: Troops Neutralise Terrorists, Recover Weapons In Sambisa", "Share",
                                   "Tweet", "WhatsApp"],
    "cameroon_wemdeley_anadolu": ["Anadolu Agency", "Africa", "Politics", "Economy", "World", "Turkey", "Related news",
                                  "Nigeria: Boko Haram kills 43 farmers in Borno state",
                                  "Cameroon: Separatists kill teacher in Northwest region"],
}
EITHER = {
    "nigeria_monguno_ap": ["By HARUNA UMAR and MICHELLE FAUL", "January 26, 2015", "Faul reported from Lagos, Nigeria."],
    "nigeria_gwoza_xinhua": ["Source: Xinhua | 2015-03-28 03:12:47 | Editor: huaxia"],
    "niger_ngalewa_reliefweb": ["Niger", "Format: News and Press Release", "Source: OCHA", "Posted: 5 Jul 2017",
                                "Originally published: 5 Jul 2017", "For further information, please contact:",
                                "Information Management Unit, OCHA Niger"],
    "chad_boukatoullorom_tchadinfos": ["Lac : au moins dix militaires tués dans une attaque de Boko Haram sur l'île de "
                                       "Bouka-Toullorom", "Par la rédaction", "23 novembre 2022"],
    "cameroon_mahoula_journalducameroun": ["Published on 26.08.2023 at 10h15 by Journal du Cameroun"],
    "nigeria_konduga_premiumtimes": ["By Mohammed Babangida", "June 22, 2025"],
    "nigeria_katarko_channelstv": ["Updated October 24, 2021"],
    "cameroon_wemdeley_anadolu": ["Mohamed Ibrahim | 04.12.2020", "YAOUNDE, Cameroon"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout153; the Lake Chad basin), coded by "
                             "CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
