"""Writes gold.json for the 40th held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout40/make_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# --- Ukraine: Kramatorsk (Kyiv Post, 2015-02-11, Wednesday, 00:47) ---
UA = "Ukraine"
DON = ["Donetsk", "Donetska", "Donets'ka Oblast'"]
DPR = ["Donetsk People's Republic", "DPR", "Novorossiya", "Unidentified Armed Group (Ukraine)"]
UAF = ["Military Forces of Ukraine"]
UAF_NG = UAF + ["Azov Regiment", "Azov Battalion", "National Guard of Ukraine", "Police Forces of Ukraine"]
ev("kramatorsk-rockets", "ukraine_kramatorsk_kyivpost", "2015-02-10", "2015-02-10", "2015-02-10", EXP,
   ["Shelling/artillery/missile attack"], DPR + ["Military Forces of Russia"], UAF + ["Civilians (Ukraine)"], UA,
   DON, ["Kramatorskyi", "Kramatorsk"], 16,
   evidence="separatists fired a barrage of long-range rockets at the city of Kramatorsk on Feb. 10 ... killing "
            "at least 16 people")
ev("shyrokyne-retaken", "ukraine_kramatorsk_kyivpost", "2015-02-10", "2015-02-10", "2015-02-10", BAT,
   ["Government regains territory"], UAF_NG, DPR, UA, DON, (), None,
   evidence="Azov regiment ... launched an offensive east of Mariupol on Tuesday morning and pushed separatist "
            "forces out of the village of Shyrokyne")
ev("kominternove-fighting", "ukraine_kramatorsk_kyivpost", "2015-02-10", "2015-02-10", "2015-02-10", BAT,
   ["Armed clash"], UAF_NG + DPR, DPR + UAF_NG, UA, DON, (), None,
   evidence="Fighting was continuing near Kominternove late on Tuesday")
ev("lohvynove-attack", "ukraine_kramatorsk_kyivpost", "2015-02-11", "2015-02-11", "2015-02-11", BAT,
   ["Armed clash"], DPR, UAF, UA, DON, (), None,
   evidence="Separatists attacked Ukrainian positions at the village of Lohvynove ... early on Wednesday")
ev("debaltseve-fighting", "ukraine_kramatorsk_kyivpost", "2015-02-11", "2015-02-10", "2015-02-11", BAT,
   ["Armed clash"], DPR + UAF, UAF + DPR, UA, DON, (), None, req=False,
   evidence="Heavy fighting was also reported around Debaltseve (undated; may be the Lohvynove attack)")
ev("ukraine-24h-soldier-toll", "ukraine_kramatorsk_kyivpost", "2015-02-11", "2015-02-10", "2015-02-11", BAT,
   ["Armed clash"], DPR + UAF, UAF + DPR, UA, [], (), 19, req=False,
   evidence="19 Ukrainian soldiers had been killed ... across the war zone in the previous 24 hours (country-level "
            "aggregate; overlaps the Kramatorsk servicemen)")
# not events: separatists deny; Sloviansk/Kramatorsk retaken in July (background); Minsk summit (plan); martial-law
# threat (statement); UN toll of 5,300 since April (aggregate, background).

# --- Myanmar: Nam Neint (Myanmar Now, 2023-03-14, Tuesday) ---
MM = "Myanmar"
MMAF = ["Military Forces of Myanmar"]
KNDF = ["Karenni Nationalities Defence Force", "KNDF", "People's Defence Force", "PDF",
        "Unidentified Armed Group (Myanmar)"]
ev("namneint-massacre", "myanmar_namneint_myanmarnow", "2023-03-11", "2023-03-11", "2023-03-11", VAC, ["Attack"],
   MMAF, ["Civilians (Myanmar)"], MM, ["Shan"], ["Taunggyi"], 22,
   evidence="Soldiers killed at least 22 people, including three Buddhist monks, at a monastery in Nam Neint village "
            "in Pinlaung Township ... on Saturday")
ev("namneint-clash", "myanmar_namneint_myanmarnow", "2023-03-10", "2023-03-10", "2023-03-10", BAT, ["Armed clash"],
   KNDF + MMAF, MMAF + KNDF, MM, ["Shan"], ["Taunggyi"], None,
   evidence="its fighters had clashed with a junta column ... on the outskirts of Nam Neint on Friday before "
            "withdrawing")
ev("namneint-shelling", "myanmar_namneint_myanmarnow", "2023-03-11", "2023-03-11", "2023-03-11", EXP,
   ["Shelling/artillery/missile attack"], MMAF, ["Civilians (Myanmar)", ""] + KNDF, MM, ["Shan"], ["Taunggyi"],
   None, req=False,
   evidence="The troops entered the village the next morning after shelling it with heavy artillery")
# not events: junta's denial and counter-claim; NUG condemnation and embargo call; fighting since late last year
# (vague background); AAPP aggregate of 3,100 civilians since Feb 2021.

# --- DR Congo: Kitshanga (AFP, 2023-01-27, Friday) ---
CD = "Democratic Republic of the Congo"
M23 = ["M23", "March 23 Movement", "M23: March 23 Movement"]
FARDC = ["Military Forces of Democratic Republic of Congo", "Military Forces of the Democratic Republic of Congo",
         "Military Forces of Democratic Republic of the Congo",
         "Military Forces of the Democratic Republic of the Congo", "FARDC"]
MASISI = ["Masisi", "Masisi Territory"]
ev("kitshanga-captured", "drc_kitshanga_afp", "2023-01-26", "2023-01-26", "2023-01-26", BAT,
   ["Non-state actor overtakes territory"], M23, FARDC, CD, ["North Kivu", "Nord-Kivu"], MASISI, 3,
   evidence="M23 rebels on Thursday captured the town of Kitshanga ... at least three civilians were killed by stray "
            "bullets during the fighting")
ev("burungu-clash", "drc_kitshanga_afp", "2023-01-25", "2023-01-25", "2023-01-25", BAT, ["Armed clash"],
   M23 + FARDC, FARDC + M23, CD, ["North Kivu", "Nord-Kivu"], MASISI, None,
   evidence="On Wednesday, the two sides fought around the village of Burungu ... without giving a toll")
ev("sukhoi-fired-on", "drc_kitshanga_afp", "2023-01-24", "2023-01-24", "2023-01-24", EXP,
   ["Shelling/artillery/missile attack", "Air/drone strike"], ["Military Forces of Rwanda"], FARDC,
   ["Rwanda", CD], ["Western", "North Kivu", "Nord-Kivu"], (), 0, req=False,
   evidence="Rwanda said its forces had fired on a Congolese Sukhoi-25 ... The jet, which was hit on Tuesday "
            "afternoon, managed to land at Goma airport")
# not events: army spokesman's vow; M23 justification; Rwanda-backing accusations; Bunagana June 2022 and Luanda
# November ceasefire (background); 520,000 displaced (aggregate).

# --- Ethiopia: Dessie/Kombolcha (Xinhua, 2021-12-07, Tuesday) ---
ET = "Ethiopia"
ENDF = ["Military Forces of Ethiopia"]
TPLF = ["TPLF", "Tigray People's Liberation Front", "Tigray Defence Forces", "TDF",
        "TPLF: Tigray People's Liberation Front"]
ev("dessie-recaptured", "ethiopia_dessie_xinhua", "2021-12-06", "2021-12-06", "2021-12-06", BAT,
   ["Government regains territory"], ENDF, TPLF, ET, ["Amhara"], ["South Wollo", "Debub Wollo", "Dessie"], None,
   evidence="Ethiopian government forces on Monday recaptured the strategic towns of Dessie and Kombolcha")
ev("kombolcha-recaptured", "ethiopia_dessie_xinhua", "2021-12-06", "2021-12-06", "2021-12-06", BAT,
   ["Government regains territory"], ENDF, TPLF, ET, ["Amhara"], ["South Wollo", "Debub Wollo"], None,
   evidence="Ethiopian government forces on Monday recaptured the strategic towns of Dessie and Kombolcha")
ev("lalibela-recaptured", "ethiopia_dessie_xinhua", "2021-12-01", "2021-12-01", "2021-12-01", BAT,
   ["Government regains territory"], ENDF, TPLF, ET, ["Amhara"], ["North Wollo", "Semien Wollo"], None,
   evidence="its forces had recaptured the town of Lalibela ... on Wednesday")
ev("gashena-recaptured", "ethiopia_dessie_xinhua", "2021-12-01", "2021-11-29", "2021-12-05", BAT,
   ["Government regains territory"], ENDF, TPLF, ET, ["Amhara"], ["North Wollo", "Semien Wollo"], None,
   req=False, tp=2,
   evidence="as well as the town of Gashena (said last week; day not certain)")
# not events: "pursuing remnants" (statement); TPLF took the towns in late October (background > 30 days);
# TPLF "adjustments"; Abiy to lead from the front (announcement); TPLF claim of advancing to Shewa Robit "last
# month" (claim of presence, no day); thousands killed / two million displaced (aggregate).

# --- South Sudan: Pagak (Sudan Tribune, 2017-08-08, Tuesday) ---
SS = "South Sudan"
SPLA = ["Military Forces of South Sudan"]
IO = ["SPLA-IO", "SPLM-IO", "SPLM/A-IO", "Sudan People's Liberation Army-In Opposition",
      "Sudan People's Liberation Movement-in-Opposition",
      "SPLM/A-IO: Sudan People's Liberation Movement/Army-In Opposition",
      "SPLM/A-IO: Sudan People's Liberation Movement/Army-In Opposition (Riek Machar Faction)"]
ev("pagak-recaptured", "southsudan_pagak_sudantribune", "2017-08-06", "2017-08-06", "2017-08-06", BAT,
   ["Government regains territory"], SPLA, IO, SS, ["Upper Nile"], (), 27,
   evidence="government troops entered the town on Sunday afternoon after heavy fighting ... We killed 23 of them "
            "and lost four of our soldiers")
ev("pagak-gunships", "southsudan_pagak_sudantribune", "2017-08-05", "2017-08-05", "2017-08-05", EXP,
   ["Air/drone strike"], SPLA, IO, SS, ["Upper Nile"], (), None,
   evidence="preceded by a bombardment of rebel positions around the town by government helicopter gunships on "
            "Saturday")
# not events: "tactical withdrawal" / vow to resist (statements); refugees into Gambella; Maiwut and Mathiang in
# April (background); JMEC appeal; Kiir's unilateral ceasefire last month (statement, no day).

# --- CAR: Batangafo (OCHA flash update on ReliefWeb, 2018-11-02, Friday) ---
CF = "Central African Republic"
OUHAM = ["Ouham", "Ouham-Fafa"]
ANTI = ["Anti-Balaka", "Anti Balaka"]
MPC = ["MPC", "MPC: Patriotic Movement for Central Africa", "Patriotic Movement for Central Africa",
       "Mouvement patriotique pour la Centrafrique", "Ex-Seleka", "Ex-Seleka Militia"]
ev("batangafo-clashes", "car_batangafo_ocha", "2018-10-31", "2018-10-31", "2018-10-31", BAT, ["Armed clash"],
   ANTI + MPC, MPC + ANTI, CF, OUHAM, ["Batangafo"], 15,
   evidence="On 31 October, violent clashes broke out in the town of Batangafo ... at least 15 people were killed")
ev("batangafo-herder-killed", "car_batangafo_ocha", "2018-10-30", "2018-10-30", "2018-10-30", VAC, ["Attack"],
   ANTI + ["Unidentified Armed Group (Central African Republic)"], ["Civilians (Central African Republic)"], CF,
   OUHAM, ["Batangafo"], 1,
   evidence="the killing of a Muslim herder on 30 October on the Batangafo-Kabo axis ... attributed by the MPC to "
            "anti-Balaka elements")
ev("batangafo-sites-burned", "car_batangafo_ocha", "2018-10-31", "2018-10-31", "2018-10-31", STR,
   ["Looting/property destruction"], ["Unidentified Armed Group (Central African Republic)"] + MPC + ANTI,
   ["Civilians (Central African Republic)", ""], CF, OUHAM, ["Batangafo"], 0, req=False,
   evidence="armed men set fire to three IDP sites ... and looted shops in the central market (during the clashes)")
ev("minusca-reinforces-batangafo", "car_batangafo_ocha", "2018-11-01", "2018-11-01", "2018-11-01", STR,
   ["Change to group/activity"], ["MINUSCA",
   "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic"], [""], CF,
   OUHAM, ["Batangafo"], 0, req=False, evidence="MINUSCA deployed additional peacekeepers to the town on 1 November")
# not events: highlights repeat the clash; staff relocation; HC condemnation; IDP/refugee figures; 13 aid workers
# killed since the start of the year (year-long aggregate, mostly background).

# --- Mozambique: Ancuabe (AIM, 2022-06-10, Friday) ---
MZ = "Mozambique"
ISM = ["Islamic State", "Islamic State Mozambique Province", "ISCAP", "Al Shabaab", "Ahlu Sunnah Wa-Jama",
       "Unidentified Armed Group (Mozambique)"]
FDS = ["Military Forces of Mozambique", "Military Forces of Rwanda"]
ev("nanduli-attack", "mozambique_ancuabe_aim", "2022-06-08", "2022-06-08", "2022-06-08", VAC, ["Attack"], ISM,
   ["Civilians (Mozambique)"], MZ, ["Cabo Delgado"], ["Ancuabe"], 4,
   evidence="Islamist terrorists killed four people, three of them by beheading, in a night raid on the village of "
            "Nanduli ... on Wednesday")
ev("ntutupue-attack", "mozambique_ancuabe_aim", "2022-06-06", "2022-06-06", "2022-06-06", VAC, ["Attack"], ISM,
   ["Civilians (Mozambique)"], MZ, ["Cabo Delgado"], ["Ancuabe"], 2,
   evidence="On Monday, the terrorists raided the village of Ntutupue ... killing two people")
ev("chai-clash", "mozambique_ancuabe_aim", "2022-06-07", "2022-06-07", "2022-06-07", BAT, ["Armed clash"],
   FDS + ISM, ISM + FDS, MZ, ["Cabo Delgado"], ["Macomia"], 5,
   evidence="FDS, operating alongside Rwandan troops, killed five terrorists in a clash on Tuesday near the village "
            "of Chai")
# not events: flight towards Chiure/Metuge/Pemba; administrator's appeal and Nyusi's vow; Oct 2017 Mocimboa attack
# (background); 4,000 killed / 800,000 displaced (aggregate).

# --- Bangladesh: Dhaka road-safety protests (The Daily Star, 2018-08-03, Friday) ---
BD = "Bangladesh"
ev("dhaka-students-block-roads", "bangladesh_dhaka_dailystar", "2018-08-02", "2018-08-02", "2018-08-02", PRO,
   ["Peaceful protest"], ["Protesters (Bangladesh)"], [""], BD, ["Dhaka"], ["Dhaka"], 0,
   evidence="Thousands of school and college students took to the streets of the capital yesterday ... The "
            "demonstrations were peaceful")
ev("dhaka-buses-vandalised", "bangladesh_dhaka_dailystar", "2018-07-31", "2018-07-31", "2018-07-31", RIO,
   ["Violent demonstration"], ["Rioters (Bangladesh)", "Protesters (Bangladesh)"], ["", "Civilians (Bangladesh)"],
   BD, ["Dhaka"], ["Dhaka"], 0,
   evidence="The protests had turned violent on Tuesday, when agitating students vandalised dozens of buses and set "
            "fire to at least three")
# not events: the bus crash on Sunday (road accident); school closure and bus owners' withdrawal; PM's and
# ministers' statements; Shajahan Khan's apology; 7,397 road deaths last year (aggregate).

DROP = {
    "ukraine_kramatorsk_kyivpost": ["KyivPost", "Ukraine", "Business", "Opinion", "Lifestyle", "Multimedia",
                                    "Subscribe", "Share on Facebook", "Share on Twitter", "Advertisement",
                                    "Related", "Separatists mass troops near Debaltseve",
                                    "Merkel, Hollande bring peace plan to Moscow", "Subscribe to our newsletter",
                                    "Copyright © 2015 Kyiv Post. All rights reserved."],
    "southsudan_pagak_sudantribune": ["Sudan Tribune", "Plural news and views on Sudan", "Home", "News", "Politics",
                                      "Comment & Analysis", "Press Releases", "Send us a tip", "Related articles",
                                      "Machar's SPLM-IO accuses Juba of planning offensive on Pagak",
                                      "JMEC chair calls for cessation of hostilities",
                                      "Copyright © 2017 Sudan Tribune - All rights reserved."],
    "car_batangafo_ocha": ["ReliefWeb", "Updates", "Countries", "Disasters", "Organizations", "Topics", "Jobs",
                           "Training", "Download Report (PDF | 412.5 KB)", "Share", "Facebook", "Twitter", "Email",
                           "Print", "Related content",
                           "Central African Republic: Humanitarian Snapshot (October 2018)",
                           "Central African Republic Situation Report",
                           "For further information, please contact: OCHA CAR, ocha-car@un.org"],
    "mozambique_ancuabe_aim": ["AIM", "Agência de Informação de Moçambique",
                               "Home | National | Politics | Economy | Sport | Cabo Delgado", "Share this:",
                               "WhatsApp", "Facebook", "Like this:", "Related", "Copyright © AIM. All rights reserved."],
    "bangladesh_dhaka_dailystar": ["The Daily Star", "Home", "News", "Bangladesh", "Opinion", "Business", "Sports",
                                   "Subscribe", "Advertisement", "Related News", "Students' protests spread to Chattogram",
                                   "Bus driver's licence was fake: police",
                                   "© 2018 thedailystar.net | All rights reserved"],
}
EITHER = {
    "ukraine_kramatorsk_kyivpost": ["Feb. 11, 2015, 12:47 am"],
    "myanmar_namneint_myanmarnow": ["Myanmar Now", "March 14, 2023"],
    "car_batangafo_ocha": ["Format", "Situation Report", "Source", "UN OCHA", "Posted", "2 Nov 2018",
                           "Originally published", "HIGHLIGHTS", "SITUATION OVERVIEW",
                           "HUMANITARIAN IMPACT AND RESPONSE"],
    "bangladesh_dhaka_dailystar": ["Staff Correspondent", "Fri Aug 3, 2018 12:00 AM"],
}

write_gold(HERE, E, drop=DROP, either=EITHER,
           note="8 hand-written held-out articles (bench/heldout40), coded by CODEBOOK.md; BLIND, not yet run.")
