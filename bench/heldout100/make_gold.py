"""Writes gold.json for the 100th held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout100/make_gold.py

Focus: Mozambique, Chad and Libya, 2015-2021: an insurgent raid and occupation of a town (Mocimboa da Praia
2020), a private contractor's helicopter strikes and a US air strike (Sabratha 2016), clashes between rival
Tripoli militias (2017), riots and protests (N'Djamena / Moundou 2021, Benghazi / Al-Marj / Sabha 2020), a
cross-border attack (Sourou 2021), the disarming of an opposition leader's guards (Beira 2015).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# ---------------------------------------------------------------- shared actor lists
MZ, TD, LY = "Mozambique", "Chad", "Libya"
ISM = ["Islamic State", "ISCAP", "Islamic State Central Africa Province", "Islamic State Mozambique Province",
       "Islamic State (Mozambique)", "Ahlu Sunnah Wa-Jama", "ASWJ", "Al Shabaab", "Al-Shabaab",
       "Al Shabaab (Mozambique)", "Ansar al-Sunna", "Unidentified Armed Group (Mozambique)"]
FDS = ["Military Forces of Mozambique", "Police Forces of Mozambique", "FDS", "FADM",
       "Defence and Security Forces", "Defense and Security Forces"]
CIV_MZ = ["Civilians (Mozambique)"]
DAG = ["Dyck Advisory Group", "DAG", "Private Security Forces (Mozambique)", "Police Forces of Mozambique",
       "Military Forces of Mozambique"]
RENAMO = ["Renamo", "RENAMO", "Mozambican National Resistance", "Mozambique National Resistance",
          "Renamo: Mozambican National Resistance", "Renamo Militia"]
CD = ["Cabo Delgado"]
TD_STATE = ["Military Forces of Chad", "Police Forces of Chad"]
CAR_ARMY = ["Military Forces of Central African Republic", "Military Forces of the Central African Republic",
            "FACA", "Central African Armed Forces"]
IS_LY = ["Islamic State", "ISIS", "ISIL", "IS", "Daesh", "Islamic State (Libya)", "Islamic State - Libya"]
US = ["Military Forces of the United States", "Military Forces of United States", "United States",
      "US Air Force", "Military Forces of United States of America"]

# ---------------------------------------------------------------- Mozambique (Zitamar, 2020-07-01, Wed)
A = "mozambique_mocimboa_zitamar"
ev("awasse-reinforcement-ambush", A, "2020-06-26", "2020-06-26", "2020-06-26", BAT, ["Armed clash"],
   ISM, FDS, MZ, CD, (), 2,
   evidence="Those reinforcements were themselves hit on Friday afternoon, when insurgents ambushed a military truck "
            "on the road between Diaca and the village of Awasse ... Two soldiers were killed (Awasse: gazetteer "
            "gives no admin2, so admin2 unscored)")
ev("mocimboa-town-overrun", A, "2020-06-27", "2020-06-27", "2020-06-27", BAT,
   ["Non-state actor overtakes territory", "Armed clash"], ISM, FDS, MZ, CD, ["Mocimboa da Praia"], 8,
   evidence="Before sunrise the next day [Saturday], groups of fighters entered Mocimboa da Praia ... By mid-morning "
            "they controlled most of the lower town ... at least eight soldiers were killed in Saturday's fighting "
            "(IS claim of 'dozens' unverified)")
ev("nanduadua-beheadings", A, "2020-06-28", "2020-06-28", "2020-06-28", VAC, ["Attack"],
   ISM, CIV_MZ, MZ, CD, ["Mocimboa da Praia"], 3,
   evidence="the insurgents went from house to house on Sunday ... Three men were beheaded in Nanduadua that morning")
ev("dag-helicopter-strikes-sunday", A, "2020-06-28", "2020-06-28", "2020-06-29", EXP, ["Air/drone strike"],
   DAG, ISM + [""], MZ, CD, ["Mocimboa da Praia"], None,
   evidence="Helicopters operated by ... Dyck Advisory Group (DAG) ... fired on insurgent positions around the market "
            "and the port on Sunday and again on Monday morning. There is no information on casualties")
ev("dag-helicopter-strikes-monday", A, "2020-06-29", "2020-06-29", "2020-06-29", EXP, ["Air/drone strike"],
   DAG, ISM + [""], MZ, CD, ["Mocimboa da Praia"], None, req=False,
   evidence="... and again on Monday morning (second day of strikes: a separate row by the one-day rule, but a coder "
            "may well code the two days as one row)")
ev("mocimboa-shops-looted", A, "2020-06-29", "2020-06-29", "2020-06-29", STR, ["Looting/property destruction"],
   ISM, CIV_MZ + [""], MZ, CD, ["Mocimboa da Praia"], 0, req=False,
   evidence="Before leaving [Monday afternoon], they broke into shops and the warehouse of a local trader and loaded "
            "sacks of rice and drums of fuel (may be folded into the occupation)")

# ---------------------------------------------------------------- Mozambique (AFP, 2018-06-07, Thu)
A = "mozambique_naunde_afp"
ev("naunde-village-attack", A, "2018-06-05", "2018-06-05", "2018-06-06", VAC, ["Attack"],
   ISM, CIV_MZ, MZ, CD, ["Macomia"], 7,
   evidence="The assailants descended on the village of Naunde, in Macomia district ... late on Tuesday ... seven "
            "people were killed and four wounded, and ... 164 houses were burned")
ev("mitumbate-forest-clash", A, "2018-06-04", "2018-06-04", "2018-06-04", BAT, ["Armed clash"],
   FDS + ISM, ISM + FDS, MZ, CD, ["Macomia"], 4,
   evidence="security forces had killed four suspected members of the group in a clash on Monday in the Mitumbate "
            "forest, in the same district ... One soldier was wounded")
ev("namaluco-farmers-killed", A, "2018-06-03", "2018-06-03", "2018-06-03", VAC, ["Attack"],
   ISM, CIV_MZ, MZ, CD, ["Quissanga"], 2,
   evidence="In neighbouring Quissanga district, two men working in their fields near the village of Namaluco were "
            "hacked to death on Sunday ... not immediately clear whether the same group was responsible")

# ---------------------------------------------------------------- Mozambique (Reuters, 2015-10-10, Sat)
A = "mozambique_beira_reuters"
MZ_POLICE = ["Police Forces of Mozambique", "Military Forces of Mozambique"]
ev("beira-dhlakama-guards-disarmed", A, "2015-10-09", "2015-10-09", "2015-10-09", STR,
   ["Disrupted weapons use", "Arrests", "Other"], MZ_POLICE, RENAMO + ["Civilians (Mozambique)", ""], MZ,
   ["Sofala"], (), 0,
   evidence="Mozambican police surrounded the home of opposition leader Afonso Dhlakama in ... Beira on Friday and "
            "disarmed his bodyguards ... took away more than 30 rifles ... No shots were fired and nobody was hurt")
ev("zimpinga-convoy-clash", A, "2015-09-25", "2015-09-25", "2015-09-25", BAT, ["Armed clash"],
   MZ_POLICE + RENAMO, RENAMO + MZ_POLICE, MZ, ["Manica"], ["Gondola"], None,
   evidence="his convoy was involved in a gunfight with security forces on Sept. 25 near Zimpinga, in the Gondola "
            "district ... 'several' attackers were killed ... Neither side gave a precise toll (15 days before "
            "publication: an event)")
ev("chibata-convoy-fired-on", A, "2015-09-12", "2015-09-12", "2015-09-12", BAT, ["Armed clash"],
   ["Unidentified Armed Group (Mozambique)"] + MZ_POLICE + RENAMO, RENAMO + ["Unidentified Armed Group (Mozambique)"],
   MZ, ["Manica"], (), 0,
   evidence="gunmen fired on Dhlakama's convoy near Chibata, about 20 km ... from ... Chimoio, on Sept. 12. Renamo said "
            "its guards returned fire ... no one was killed (28 days before publication: still an event)")

# ---------------------------------------------------------------- Chad (Al Jazeera, 2021-04-27, Tue)
A = "chad_ndjamena_aljazeera"
NDJ = ["N'Djamena", "Ville de N'Djamena", "Ndjamena", "N'Djamena City"]
TD_PROT = ["Protesters (Chad)", "Wakit Tamma", "Wakit Tama"]
ev("ndjamena-riot", A, "2021-04-27", "2021-04-27", "2021-04-27", RIO, ["Violent demonstration"],
   ["Rioters (Chad)"] + TD_PROT, TD_STATE + [""], TD, NDJ, (), 1,
   evidence="Hundreds of people took to the streets of the capital, N'Djamena, early on Tuesday, burning tyres and "
            "erecting barricades ... threw stones at police, and a petrol station belonging to ... Total was "
            "ransacked ... one person was killed in N'Djamena")
ev("moundou-march-shot-at", A, "2021-04-27", "2021-04-27", "2021-04-27", PRO,
   ["Excessive force against protesters", "Protest with intervention"], TD_PROT, TD_STATE, TD,
   ["Logone Occidental"], ["Lac Wey"], 1,
   evidence="In Moundou ... several hundred people marched peacefully towards the governor's office before police "
            "opened fire to disperse them ... A 24-year-old man was shot in the chest and died")
ev("chad-nationwide-protest-toll", A, "2021-04-27", "2021-04-27", "2021-04-27", PRO,
   ["Excessive force against protesters", "Protest with intervention"], TD_PROT, TD_STATE + [""], TD, [""], (), None,
   req=False, evidence="Wakit Tamma ... said at least nine protesters had been killed nationwide (country-level "
                       "aggregate with fatalities, overlapping the two named rows; disputed)")

# ---------------------------------------------------------------- Chad (RFI, 2021-06-01, Tue)
A = "chad_sourou_rfi"
SOUROU_A1 = ["Logone Oriental"]
ev("sourou-border-post-attack", A, "2021-05-30", "2021-05-30", "2021-05-30", BAT, ["Armed clash"],
   CAR_ARMY + ["Military Forces of Chad"], ["Military Forces of Chad"] + CAR_ARMY, TD, SOUROU_A1, (), 6,
   evidence="Central African soldiers attacked the Chadian advanced post of Sourou, near the town of Mbere in the "
            "southern province of Logone Oriental, at around 5 am on Sunday ... One Chadian soldier was killed on the "
            "spot and five others were wounded ... Five other soldiers were captured ... 'coldly executed' (1 + 5 = 6; "
            "Bangui speaks of 'an exchange of fire'; Sourou not in the gazetteer, admin2 unscored)")
ev("captured-soldiers-executed", A, "2021-05-30", "2021-05-30", "2021-05-31", VAC, ["Attack"],
   CAR_ARMY, ["Military Forces of Chad", "Civilians (Chad)"], ["Central African Republic", "Chad"], [""], (), 5,
   req=False, evidence="Five other soldiers were captured and taken across the border into Central African territory, "
                       "where they were 'coldly executed' (place unnamed; may be folded into the Sourou row)")
ev("chad-border-reinforcements", A, "2021-05-31", "2021-05-31", "2021-05-31", STR, ["Change to group/activity"],
   ["Military Forces of Chad"], [""], TD, SOUROU_A1 + [""], (), 0, req=False,
   evidence="Chad on Monday deployed reinforcements to the area, a military source in N'Djamena told RFI")

# ---------------------------------------------------------------- Libya (AP, 2016-02-25, Thu)
A = "libya_sabratha_ap"
ZAW = ["Zawiya", "Az Zawiyah"]
SAB_LOCAL = ["Police Forces of Libya", "Military Forces of Libya", "Sabratha Communal Militia (Libya)",
             "Militia (Sabratha)", "Sabratha Militia", "Unidentified Armed Group (Libya)"]
ev("qasr-talil-us-air-strike", A, "2016-02-19", "2016-02-19", "2016-02-19", EXP, ["Air/drone strike"],
   US, IS_LY + ["Civilians (Libya)", "Civilians (Serbia)"], LY, ZAW, (), 49,
   evidence="a U.S. airstrike early on Friday destroyed a farmhouse in the Qasr Talil area, just west of the city ... "
            "initially said 41 people were killed; on Saturday it raised the toll to 49 (update -> 49)")
ev("sabratha-security-hq-stormed", A, "2016-02-24", "2016-02-24", "2016-02-24", BAT, ["Armed clash"],
   IS_LY + SAB_LOCAL, SAB_LOCAL + IS_LY, LY, ZAW, (), 17,
   evidence="The assault began before dawn on Wednesday ... seized the building ... By Wednesday evening, armed groups "
            "from the city had recaptured the building ... at least 12 members of the security forces were killed "
            "... local fighters killed five of the attackers (taken and retaken the same day -> Armed clash; 12 + 5)")
ev("sabratha-overnight-gunfire", A, "2016-02-25", "2016-02-24", "2016-02-25", BAT, ["Armed clash"],
   SAB_LOCAL + IS_LY, IS_LY + SAB_LOCAL, LY, ZAW, (), 1, req=False,
   evidence="Sporadic gunfire continued overnight as local forces hunted militants ... one local fighter was killed "
            "in an exchange of fire near the coastal road ('overnight' = publication day; may be folded into "
            "Wednesday's clash)")

# ---------------------------------------------------------------- Libya (Xinhua, 2017-05-27, Sat)
A = "libya_tripoli_xinhua"
GNA = ["Tripoli Revolutionaries Brigade", "Abu Salim Central Security", "Government of National Accord", "GNA",
       "Military Forces of Libya", "Presidential Guard", "Militia (Pro-GNA)", "Rada Special Deterrence Force",
       "Military Forces of Libya (2016-) Government of National Accord"]
GHW = ["National Salvation Government", "Khalifa Ghwell", "Militia (Ghwell)", "Militia (National Salvation Government)",
       "Unidentified Armed Group (Libya)"]
TRP = ["Tripoli", "Tarabulus"]
ev("tripoli-abusalim-clashes", A, "2017-05-26", "2017-05-26", "2017-05-26", BAT, ["Armed clash"],
   GNA + GHW, GHW + GNA, LY, TRP, (), 52,
   evidence="At least 52 people were killed ... in Friday's clashes ... The fighting broke out early on Friday in the "
            "southern districts of Abu Salim and Salahaddin and along the airport road")
ev("hadba-prison-taken", A, "2017-05-26", "2017-05-26", "2017-05-26", BAT,
   ["Government regains territory", "Non-state actor overtakes territory"], GNA, GHW + [""], LY, TRP, (), None,
   req=False,
   evidence="On Friday evening, GNA-allied forces took control of the al-Hadba prison complex after the militia "
            "guarding it withdrew (same day and area as the clashes; a coder may fold it into one capture row)")
ev("old-tripoli-airport-taken", A, "2017-05-27", "2017-05-27", "2017-05-27", BAT,
   ["Government regains territory", "Non-state actor overtakes territory"], GNA, GHW + [""], LY,
   TRP + ["Al Jifarah", "Jafara"], (), 0,
   evidence="On Saturday morning, GNA-allied forces also entered the compound of the former Tripoli International "
            "Airport ... after Ghwell's fighters pulled out overnight without a fight")

# ---------------------------------------------------------------- Libya (Arab News, 2020-09-14, Mon)
A = "libya_benghazi_arabnews"
BEN = ["Benghazi", "Banghazi"]
LY_PROT = ["Protesters (Libya)"]
LY_EAST = ["Police Forces of Libya", "Military Forces of Libya", "Libyan National Army", "LNA",
           "Police Forces of Libya (2014-) House of Representatives", "Military Forces of Libya (2014-) Libyan "
           "National Army"]
ev("benghazi-government-hq-torched", A, "2020-09-13", "2020-09-13", "2020-09-13", RIO, ["Violent demonstration"],
   ["Rioters (Libya)"] + LY_PROT, [""] + LY_EAST + ["Government of Libya"], LY, BEN, (), 0,
   evidence="protesters set fire to its headquarters in Benghazi ... on Sunday afternoon ... broke through the gate, "
            "smashed windows and set fire to the ground floor ... No casualties were reported")
ev("al-marj-protester-shot", A, "2020-09-12", "2020-09-12", "2020-09-12", PRO,
   ["Excessive force against protesters", "Protest with intervention"], LY_PROT, LY_EAST, LY,
   ["Al Marj", "Marj"], (), 1,
   evidence="The unrest spread on Saturday to Al-Marj ... security forces opened fire on a crowd of demonstrators ... "
            "One protester was killed and three were wounded")
ev("sabha-power-protest", A, "2020-09-13", "2020-09-13", "2020-09-13", PRO, ["Peaceful protest"],
   LY_PROT, [""], LY, ["Sabha"], (), 0,
   evidence="In the southern city of Sabha, several hundred people marched on Sunday to the municipal council ... "
            "The march passed off peacefully")
ev("al-bayda-protest", A, "2020-09-12", "2020-09-12", "2020-09-12", PRO, ["Peaceful protest"],
   LY_PROT, [""], LY, ["Al Jabal al Akhdar", "Jabal al Akhdar"], (), 0, req=False,
   evidence="There were also protests on Saturday in Al-Bayda (mentioned in one clause)")
ev("benghazi-road-block-protests", A, "2020-09-11", "2020-09-10", "2020-09-11", PRO, ["Peaceful protest"],
   LY_PROT, [""], LY, BEN, (), 0, req=False, tp=2,
   evidence="On Thursday and Friday demonstrators blocked main roads with burning tyres and rubbish bins, but the "
            "gatherings dispersed without clashes (two days, no violence against people)")
ev("aug21-ceasefire-announcements", A, "2020-08-21", "2020-08-21", "2020-08-21", STR, ["Agreement"],
   ["Government of National Accord", "GNA", "House of Representatives", "Military Forces of Libya"],
   ["House of Representatives", "Government of National Accord", "GNA", "Libyan National Army", "LNA", ""],
   LY, [""], (), 0, req=False,
   evidence="The two sides announced separate ceasefires on Aug. 21 (24 days before; unilateral announcements, "
            "no place)")

DROP = {
    "mozambique_mocimboa_zitamar": ["Zitamar News", "Home", "News", "Cabo Delgado", "Politics", "Business", "Energy",
                                    "Subscribe", "Share this:", "Twitter", "Facebook", "WhatsApp", "Email", "Related",
                                    "Macomia: Insurgents withdraw after three-day occupation",
                                    "DAG helicopters: the police's private air force",
                                    "© 2020 Zitamar News. All rights reserved."],
    "chad_ndjamena_aljazeera": ["Skip to Content", "News", "Features", "Economy", "Opinion", "Video", "More",
                                "Twitter", "Facebook", "Read more",
                                "Chad's military council names interim prime minister",
                                "Who are the FACT rebels marching on N'Djamena?", "Follow Al Jazeera English:"],
    "chad_sourou_rfi": ["RFI", "Africa", "Chad", "Central African Republic", "Read also",
                        "Central African Republic: CPC rebels claim attack on Bossangoa",
                        "Chad: Transitional military council appoints government", "Newsletter",
                        "Receive all the international news directly in your mailbox"],
    "libya_sabratha_ap": ["AP NEWS", "Top Stories", "Topics", "Video", "Listen",
                          "Copyright 2016 The Associated Press. All Rights Reserved. This material may not be "
                          "published, broadcast, rewritten or redistributed."],
    "libya_tripoli_xinhua": ["Xinhuanet", "English", "Home", "China", "World", "Business", "Sci-Tech", "Photos"],
    "libya_benghazi_arabnews": ["Arab News", "Saudi Arabia", "Middle-East", "World", "Business", "Opinion", "Sport",
                                "Lifestyle", "Follow", "Topics: Libya Benghazi Khalifa Haftar", "Related",
                                "Libya's UN-recognized government announces ceasefire",
                                "Protesters in Tripoli clash with security forces over living conditions"],
}
EITHER = {
    "mozambique_mocimboa_zitamar": ["By Zitamar News", "1 July 2020"],
    "mozambique_naunde_afp": ["jcb-str/pid/cb"],
    "mozambique_beira_reuters": ["(Reporting by Manuel Mucari; Writing by Joe Brock; Editing by Louise Ireland)"],
    "chad_ndjamena_aljazeera": ["News|Protests", "Published On 27 Apr 2021", "SOURCE: Al Jazeera and news agencies"],
    "chad_sourou_rfi": ["Issued on: 01/06/2021 - 10:14", "Text by: RFI"],
    "libya_sabratha_ap": ["By MAGGIE MICHAEL", "February 25, 2016", "___",
                          "Associated Press writer Bouazza Ben Bouazza in Tunis, Tunisia, contributed to this report."],
    "libya_tripoli_xinhua": ["Source: Xinhua| 2017-05-27 22:41:05|Editor: Mu Xuequan"],
    "libya_benghazi_arabnews": ["ARAB NEWS", "Updated 14 September 2020"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout100; Mozambique, Chad and Libya, "
                             "2015-2021), coded by CODEBOOK.md before the system was run (BLIND).",
               drop=DROP, either=EITHER)
