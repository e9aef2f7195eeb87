"""Writes gold.json for the 282nd held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 40).

    python bench/heldout282/make_gold.py

Focus: Niger and Chad 2015-2023 — Boko Haram/ISWAP raids on army posts around Lake Chad (Blabrine, Baroua,
Dangdala), suicide bombings on the Chadian lake islands (Koulfoua, Ngouboua), jihadist ambushes and massacres in
Tillaberi (Intagamey, Kandadji, Theim, the Dargol landmine), post-election riots in Niamey, a pro-junta rally at the
French base, and the security forces' raid on Yaya Dillo's home in N'Djamena.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

NE, TD = "Niger", "Chad"
BH = ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS", "Islamic State West Africa Province",
      "ISWAP", "Islamic State (West Africa)", "Islamic State"]
ISWAP_FIRST = ["Islamic State West Africa Province", "ISWAP", "Islamic State (West Africa)", "Islamic State",
               "Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS"]
IS_SAHEL = ["Islamic State Sahel Province", "Islamic State in the Sahel", "Islamic State in the Greater Sahara",
            "ISGS", "Islamic State", "Unidentified Armed Group (Niger)", "JNIM",
            "Jama'at Nasr al-Islam wal Muslimin"]
FAN = ["Military Forces of Niger", "Nigerien Armed Forces", "Niger Armed Forces"]
FAT = ["Military Forces of Chad", "Chadian Army", "Chadian National Army"]
CIV_NE, CIV_TD = ["Civilians (Niger)"], ["Civilians (Chad)"]
LAC, DIFFA, TILL = ["Lac", "Lake Chad", "Lac Province"], ["Diffa"], ["Tillaberi", "Tillabéri", "Tillabery"]
NGUIGMI = ["Nguigmi", "N'Guigmi", ""]
BANI = ["Banibangou", "Bani Bangou", "Ouallam", ""]
NIAMEY = ["Niamey"]
NDJ = ["N'Djamena", "Ndjamena", "N'Djaména"]

# ---------------------------------------------------------------- Chad (Reuters, 2015-12-06, Sun)
A = "chad_koulfoua_reuters"
ev("koulfoua-market-suicide-bombings", A, "2015-12-05", "2015-12-05", "2015-12-05", EXP, ["Suicide bomb"],
   BH + ["Unidentified Armed Group (Chad)"], CIV_TD, TD, LAC, (), 27,
   evidence="Three women blew themselves up at a crowded weekly market on Koulfoua ... on Saturday, killing at least "
            "27 people ... A security source ... put the number of dead at about 30, including the attackers")
ev("ngouboua-twin-suicide-bombing", A, "2015-11-08", "2015-11-08", "2015-11-08", EXP, ["Suicide bomb"],
   BH + ["Unidentified Armed Group (Chad)"], CIV_TD, TD, LAC, ["Mamdi", "Bol", "Mamdi-Kaya", ""], 4,
   evidence="two women blew themselves up in the village of Ngouboua on November 8, killing themselves and at least two "
            "civilians and wounding 14 others (28 days before publication: inside the window)")

# ---------------------------------------------------------------- Niger (ActuNiger, 2019-10-31, Thu)
A = "niger_blabrine_actuniger"
ev("blabrine-army-post-attack", A, "2019-10-30", "2019-10-29", "2019-10-30", BAT, ["Armed clash"],
   ISWAP_FIRST + ["Unidentified Armed Group (Niger)"], FAN, NE, DIFFA, NGUIGMI, 12,
   evidence="Twelve Nigerien soldiers were killed and eight others wounded when suspected Boko Haram fighters stormed "
            "the army position at Blabrine ... during the night from Tuesday to Wednesday ... Local sources had earlier "
            "spoken of about ten dead")
ev("tillaberi-gendarmes-market-patrol", A, "2019-10-12", "2019-10-12", "2019-10-12", BAT, ["Armed clash"],
   IS_SAHEL, ["Police Forces of Niger", "Gendarmerie of Niger", "National Gendarmerie of Niger"] + FAN, NE, TILL, (), 5,
   evidence="five gendarmes were killed on Saturday, October 12, in the Tillaberi region ... when armed men opened "
            "fire on a patrol sent to secure a weekly market (19 days before publication)")

# ---------------------------------------------------------------- Chad (Al Jazeera, 2021-03-01, Mon)
A = "chad_ndjamena_aljazeera"
DILLO = CIV_TD + ["Yaya Dillo", "Socialist Party Without Borders", "PSF", "Unidentified Armed Group (Chad)",
                  "Opposition (Chad)"]
GUARD = FAT + ["Republican Guard (Chad)", "Presidential Guard (Chad)", "DGSSIE", "Police Forces of Chad"]
ev("dillo-home-raid", A, "2021-02-28", "2021-02-28", "2021-02-28", VAC, ["Attack"],
   GUARD, DILLO, TD, NDJ, (), 2,
   evidence="security forces stormed his home in ... N'Djamena, before dawn on Sunday and killed five members of his "
            "family ... Two people were killed and five wounded in the exchange, according to the government")
ev("dillo-home-raid-as-clash", A, "2021-02-28", "2021-02-28", "2021-02-28", BAT, ["Armed clash"],
   GUARD + DILLO, DILLO + GUARD, TD, NDJ, (), 2, req=False,
   evidence="the government's version: forces came under fire from 'a group of armed individuals' and responded "
            "(the same raid coded as a clash)")
ev("dillo-raid-onlookers-tear-gassed", A, "2021-02-28", "2021-02-28", "2021-02-28", PRO, ["Protest with intervention"],
   ["Protesters (Chad)", "Civilians (Chad)"], GUARD + [""], TD, NDJ, (), 0, req=False,
   evidence="tear gas was fired at people who gathered nearby (may be folded into the raid)")
ev("ndjamena-feb6-march-dispersed", A, "2021-02-06", "2021-02-06", "2021-02-06", PRO, ["Protest with intervention"],
   ["Protesters (Chad)", "Wakit Tama"], ["Police Forces of Chad", ""] + FAT, TD, NDJ, (), 0,
   evidence="On February 6, police fired tear gas to break up hundreds of demonstrators in several districts of "
            "N'Djamena and detained dozens of them (23 days before publication)")

# ---------------------------------------------------------------- Niger (DW, 2021-02-26, Fri)
A = "niger_niamey_dw"
RIOT_NE = ["Rioters (Niger)", "Protesters (Niger)", "Supporters of Mahamane Ousmane"]
POL_NE = ["Police Forces of Niger", ""] + FAN
ev("niamey-post-election-riots", A, "2021-02-25", "2021-02-23", "2021-02-25", RIO, ["Violent demonstration"],
   RIOT_NE, POL_NE, NE, NIAMEY, (), 2, tp=2,
   evidence="At least two people have been killed in Niamey since supporters of defeated presidential candidate "
            "Mahamane Ousmane took to the streets on Tuesday ... blocked roads with burning tyres ... threw stones at "
            "police, who responded with tear gas, and set fire to shops, vehicles and several houses")
ev("niamey-riots-tuesday", A, "2021-02-23", "2021-02-23", "2021-02-23", RIO, ["Violent demonstration"],
   RIOT_NE, POL_NE, NE, NIAMEY, (), None, req=False,
   evidence="the first day of the unrest, after the results were announced on Tuesday afternoon (per-day split)")
ev("moussa-kaka-house-burned", A, "2021-02-25", "2021-02-25", "2021-02-25", RIO, ["Violent demonstration", "Mob violence"],
   RIOT_NE, ["Civilians (Niger)", "Journalists (Niger)", ""], NE, NIAMEY, (), 0, req=False,
   evidence="On Thursday, a group of youths set fire to the house of Moussa Kaka, the Niamey correspondent of RFI ... "
            "His family escaped unharmed (may be folded into the riots)")
ev("moussa-kaka-house-burned-as-destruction", A, "2021-02-25", "2021-02-25", "2021-02-25", STR,
   ["Looting/property destruction"], RIOT_NE, ["Civilians (Niger)", "Journalists (Niger)", ""], NE, NIAMEY, (), 0,
   req=False, evidence="the arson coded as property destruction")
ev("niamey-mass-arrests", A, "2021-02-25", "2021-02-23", "2021-02-25", STR, ["Arrests"],
   ["Police Forces of Niger"] + FAN, RIOT_NE + ["Opposition (Niger)", "Moden Fa Lumana", ""], NE, NIAMEY, (), 0,
   req=False, tp=2, evidence="police had arrested 468 people since Tuesday, 'including certain politicians' (unnamed)")
ev("amadou-aide-detained", A, "2021-02-23", "2021-02-23", "2021-02-23", STR, ["Arrests"],
   ["Police Forces of Niger"] + FAN, ["Military Forces of Niger", "Moden Fa Lumana", "Opposition (Niger)",
                                      "Civilians (Niger)", ""], NE, NIAMEY, (), 0, req=False,
   evidence="A retired army officer close to Amadou was detained at his home on Tuesday (not clearly notable)")
ev("dargol-landmine-electoral-workers", A, "2021-02-21", "2021-02-21", "2021-02-21", EXP,
   ["Remote explosive/landmine/IED"], IS_SAHEL, CIV_NE + ["Electoral Commission (Niger)", "CENI"], NE, TILL,
   ["Tera", "Téra", ""], 7,
   evidence="on Sunday, seven members of the electoral commission were killed and three wounded when their vehicle "
            "struck a landmine in the commune of Dargol, in the Tillaberi region")

# ---------------------------------------------------------------- Niger (AFP, 2021-08-25, Wed)
A = "niger_baroua_afp"
ev("baroua-army-positions-attack", A, "2021-08-24", "2021-08-23", "2021-08-24", BAT, ["Armed clash"],
   BH + ["Unidentified Armed Group (Niger)"], FAN, NE, DIFFA, ["Nguigmi", "N'Guigmi", "Bosso", ""], 66,
   evidence="Hundreds of Boko Haram fighters ... attacked army positions in ... Baroua overnight into Tuesday, killing "
            "16 soldiers ... 'around fifty terrorists were neutralised' (16 + about 50)")
ev("theim-village-massacre", A, "2021-08-16", "2021-08-16", "2021-08-16", VAC, ["Attack"],
   IS_SAHEL, CIV_NE, NE, TILL, BANI, 37,
   evidence="On August 16, gunmen on motorbikes killed 37 civilians, among them 14 children and four women, in the "
            "village of Theim in the Banibangou department (9 days before publication)")

# ---------------------------------------------------------------- Niger (Reuters, 2023-09-29, Fri)
A = "niger_kandadji_reuters"
ev("kandadji-dam-site-attack", A, "2023-09-28", "2023-09-28", "2023-09-28", BAT, ["Armed clash"],
   IS_SAHEL, FAN, NE, TILL, ["Tillaberi", "Tillabéri", "Ayerou", "Ayorou", ""], 107,
   evidence="Hundreds of Islamist militants on motorbikes attacked an army unit guarding the Kandadji dam construction "
            "site ... on Thursday morning, killing seven soldiers in the fighting ... about a hundred of the attackers "
            "had been 'neutralised' (5 road-accident deaths excluded; sources: at least ten soldiers)")
ev("niamey-rally-near-french-base", A, "2023-09-02", "2023-09-02", "2023-09-02", PRO, ["Peaceful protest"],
   ["Protesters (Niger)", "M62"], [""], NE, NIAMEY, (), 0,
   evidence="On September 2, tens of thousands of people gathered near the French military base by Niamey airport ... "
            "The rally ended peacefully (27 days before publication)")

# ---------------------------------------------------------------- Niger (Africanews, 2023-02-11, Sat)
A = "niger_intagamey_africanews"
ev("intagamey-patrol-ambush", A, "2023-02-10", "2023-02-10", "2023-02-10", BAT, ["Armed clash"],
   IS_SAHEL, FAN, NE, TILL, BANI, 10,
   evidence="At least ten Nigerien soldiers were killed and 13 others wounded on Friday when their patrol fell into a "
            "'complex ambush' near the village of Intagamey ... in the north of the Banibangou department")
ev("intagamey-air-support", A, "2023-02-10", "2023-02-10", "2023-02-10", EXP, ["Air/drone strike"],
   FAN, IS_SAHEL + [""], NE, TILL, BANI, None, req=False,
   evidence="'the prompt intervention of air assets, forced the assailants to withdraw' (part of the ambush fight)")

# ---------------------------------------------------------------- Chad (VOA, 2019-03-23, Sat)
A = "chad_dangdala_voa"
ev("dangdala-base-raid", A, "2019-03-22", "2019-03-21", "2019-03-22", BAT,
   ["Armed clash", "Non-state actor overtakes territory"], BH, FAT, TD, LAC, (), 23,
   evidence="At least 23 Chadian soldiers were killed when Boko Haram fighters overran an army position on the shores "
            "of Lake Chad during the night from Thursday to Friday ... A local official in Bol put the death toll at 24")

DROP = {
    "niger_blabrine_actuniger": ["ActuNiger", "Accueil", "Politique", "Société", "Sécurité", "Economie",
                                 "International", "Share on Facebook", "Share on Twitter", "Share on WhatsApp",
                                 "Related articles",
                                 "Tillaberi: the army announces the neutralisation of several terrorists near Ayorou",
                                 "Diffa: the state of emergency extended by three months",
                                 "© 2019 ActuNiger. All rights reserved."],
    "chad_ndjamena_aljazeera": ["Al Jazeera", "Skip links", "Skip to Content", "News", "Africa", "Features",
                                "Opinion", "More from News", "Chad's Deby named candidate for sixth term by ruling party",
                                "Cameroon: separatists kill two gendarmes in North West region"],
    "niger_niamey_dw": ["DW", "Africa", "Share", "Facebook", "Twitter", "Related content",
                        "Niger election: Bazoum wins presidential runoff",
                        "Niger: Dozens killed in jihadist attacks on villages", "© 2021 Deutsche Welle"],
    "niger_intagamey_africanews": ["africanews.", "Home", "News", "Business", "Sport", "Culture",
                                   "Science & Technology", "Share this article", "Comments", "Read more",
                                   "Mali: junta expels UN mission's human rights chief",
                                   "Burkina Faso: army says dozens of militants killed in air strikes",
                                   "Copyright © africanews"],
    "chad_dangdala_voa": ["VOA", "Home", "Africa", "Sahel", "Print", "Share", "Related Stories",
                          "Nigeria: Boko Haram Attack on Borno Town Kills Soldiers",
                          "Chad Rebels Captured After French Air Strikes"],
}
EITHER = {
    "chad_koulfoua_reuters": ["By Madjiasra Nako",
                              "(Additional reporting by Abdoulaye Massalaki in Niamey; Writing by Edward McAllister; "
                              "Editing by Sonya Hepinstall)"],
    "niger_blabrine_actuniger": ["Thursday, 31 October 2019 | By the editorial staff"],
    "chad_ndjamena_aljazeera": ["1 Mar 2021", "Source: Al Jazeera and news agencies",
                                "Yaya Dillo accuses the presidential guard of the attack; the government says forces "
                                "returned fire after being shot at while serving arrest warrants."],
    "niger_niamey_dw": ["Date 26.02.2021",
                        "Niger's interior minister says two people have died and 468 have been arrested in three days "
                        "of violence in the capital since the presidential runoff result was announced. Authorities "
                        "are hunting opposition figure Hama Amadou."],
    "niger_baroua_afp": ["bur-sd/fal/lc"],
    "niger_kandadji_reuters": ["By Boureima Balima and Anait Miridzhanian",
                               "(Reporting by Boureima Balima in Niamey and Anait Miridzhanian in Dakar; Editing by "
                               "Hugh Lawson)"],
    "niger_intagamey_africanews": ["By Africanews with AFP", "Last updated: 11/02 - 14:20"],
    "chad_dangdala_voa": ["March 23, 2019 09:41 AM", "Moki Edwin Kindzeka"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout282; Niger and Chad 2015-2023), coded by "
                             "CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
