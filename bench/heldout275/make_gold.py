"""Writes gold.json for the 275th held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 39).

    python bench/heldout275/make_gold.py

Focus: Ethiopia's Tigray war 2020-2022 - the killing of three MSF workers near Abi Adi and the June 2021 fighting in
central Tigray, the recapture of Debre Zebit (Aug 2021), the October 2021 ground offensive in Amhara, the Eritrean
shelling of Sheraro and the Adi Awala battle (May 2022), the TPLF withdrawal from Afar (April 2022) and the
Eritrean offensive on the northern border (Sept 2022).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

ET = "Ethiopia"
TPLF = ["TPLF", "Tigray People's Liberation Front", "Tigray Defense Forces", "Tigray Defence Forces", "TDF",
        "TPLF: Tigray People's Liberation Front", "Tigrayan forces"]
ENDF = ["Military Forces of Ethiopia", "ENDF", "Ethiopian National Defense Force", "Ethiopian National Defence Force"]
AMH = ["Amhara Special Forces", "Amhara Regional Special Forces", "Amhara regional forces", "Police Forces of Ethiopia",
       "Amhara Militia", "Fano"]
ERI = ["Military Forces of Eritrea", "Eritrean Defence Forces", "Eritrean Defense Forces", "EDF"]
CIV = ["Civilians (Ethiopia)"]
UAG = ["Unidentified Armed Group (Ethiopia)"]
TIG, AMHARA, AFAR = ["Tigray"], ["Amhara"], ["Afar"]
CENTRAL = ["Central Tigray Zone", "Central Tigray", "Central", "Mehakelegnaw"]
EAST = ["Eastern Tigray Zone", "Eastern Tigray", "Eastern", "Misraqawi"]

# ---------------------------------------------------------------- AFP, 2021-06-26 (Sat)
A = "ethiopia_abiadi_afp"
ev("msf-staff-killed-abi-adi", A, "2021-06-24", "2021-06-24", "2021-06-25", VAC, ["Attack"],
   UAG + TPLF + ENDF + ERI,
   CIV + ["Civilians (Spain)", "Civilians (International)", "Aid Workers (Ethiopia)", "Aid Workers (International)",
          "Medecins Sans Frontieres", "Doctors Without Borders", "MSF"], ET, TIG, CENTRAL, 3,
   evidence="Three employees of ... MSF ... were killed on the road near the town of Abi Adi in central Tigray on "
            "Thursday afternoon ... On Friday morning their vehicle was found empty, and the three bodies")
ev("yechila-taken-by-tdf", A, "2021-06-23", "2021-06-22", "2021-06-23", BAT, ["Non-state actor overtakes territory"],
   TPLF, ENDF + [""], ET, TIG, CENTRAL, None,
   evidence="On Wednesday the rebels said they had driven government troops out of Yechila, a market town some 25 "
            "kilometres south of Abi Adi, after two days of fighting ... federal soldiers had left the town in trucks "
            "late on Wednesday")
ev("hagere-selam-clash", A, "2021-06-24", "2021-06-24", "2021-06-24", BAT, ["Armed clash"],
   ENDF + TPLF, TPLF + ENDF, ET, TIG, CENTRAL, None,
   evidence="soldiers had 'repulsed' a rebel attack on positions outside Hagere Selam on Thursday and killed 'more than "
            "300' fighters. A TDF commander put the toll of that battle at a few dozen on both sides (toll unscored)")

# ---------------------------------------------------------------- Reuters, 2022-09-21 (Wed)
A = "ethiopia_zalambessa_reuters"
ev("zalambessa-clash", A, "2022-09-20", "2022-09-20", "2022-09-21", BAT, ["Armed clash"],
   ERI + ENDF + TPLF, TPLF + ERI + ENDF, ET, TIG, EAST, None,
   evidence="Eritrean troops backed by Ethiopian federal forces launched a large-scale offensive ... on Tuesday, with "
            "heavy fighting reported around the border town of Zalambessa ... shells had been landing around Zalambessa")
ev("zalambessa-shelling", A, "2022-09-20", "2022-09-20", "2022-09-20", EXP, ["Shelling/artillery/missile attack"],
   ERI + ENDF, CIV + TPLF + [""], ET, TIG, EAST, None, req=False,
   evidence="shells had been landing around Zalambessa since early on Tuesday (part of the offensive; may be folded "
            "into the clash)")
ev("rama-clash", A, "2022-09-20", "2022-09-20", "2022-09-21", BAT, ["Armed clash"],
   ERI + ENDF + TPLF, TPLF + ERI + ENDF, ET, TIG, CENTRAL + ["North Western Tigray Zone", "North Western Tigray"], None,
   evidence="heavy fighting reported ... further west near Rama")
ev("adi-awala-clash-sept", A, "2022-09-20", "2022-09-20", "2022-09-21", BAT, ["Armed clash"],
   ERI + ENDF + TPLF, TPLF + ERI + ENDF, ET, TIG, (), None,
   evidence="heavy fighting reported ... further west near Rama and Adi Awala")
ev("adigrat-shelling", A, "2022-09-19", "2022-09-19", "2022-09-19", EXP, ["Shelling/artillery/missile attack"],
   ERI + ENDF, CIV + TPLF + [""], ET, TIG, EAST, 2,
   evidence="Adigrat itself came under fire a day earlier ... bombarded the town with heavy artillery ... two civilians "
            "... had been killed and nine wounded ... a local official put the death toll at four")
ev("adiyabo-offensive", A, "2022-09-01", "2022-09-01", "2022-09-01", BAT, ["Armed clash"],
   ENDF + ERI + TPLF, TPLF + ENDF + ERI, ET, TIG, (), None,
   evidence="On Sept. 1, Ethiopian and Eritrean forces launched what the TPLF described as a four-pronged offensive in "
            "the Adiyabo area of northwestern Tigray (20 days before publication)")
ev("adiyabo-shelling-from-adi-goshu", A, "2022-09-01", "2022-09-01", "2022-09-01", EXP,
   ["Shelling/artillery/missile attack"], ERI + ENDF, TPLF + CIV + [""], ET, TIG, (), None, req=False,
   evidence="accompanied by heavy shelling from the Eritrean side of the border near Adi Goshu (may be folded into the "
            "offensive)")

# ---------------------------------------------------------------- Addis Standard, 2021-08-24 (Tue)
A = "ethiopia_debrezebit_addisstandard"
ev("debre-zebit-retaken", A, "2021-08-23", "2021-08-23", "2021-08-23", BAT, ["Government regains territory"],
   ENDF + AMH, TPLF, ET, AMHARA, (), 76,
   evidence="ENDF and Amhara regional special forces on Monday drove Tigrayan forces out of Debre Zebit ... after a day "
            "of heavy shelling ... put the number of TPLF fighters killed in the battle for Debre Zebit at 76")
ev("gaint-helicopter-strikes", A, "2021-08-22", "2021-08-21", "2021-08-22", EXP, ["Air/drone strike"],
   ENDF, TPLF, ET, AMHARA, ["South Gondar Zone", "South Gondar", "Debub Gondar", "South Gonder"], None, tp=2,
   evidence="two days of attacks by Ethiopian army helicopter gunships on positions the Tigrayan forces had captured "
            "... near Gaint, in South Gondar zone, over the weekend ... from Saturday morning until Sunday night")
ev("gaint-captured-earlier", A, "2021-08-23", "2021-08-01", "2021-08-23", BAT, ["Non-state actor overtakes territory"],
   TPLF, ENDF + AMH + [""], ET, AMHARA, ["South Gondar Zone", "South Gondar", "Debub Gondar", "South Gonder"], None,
   req=False, tp=3,
   evidence="positions the Tigrayan forces had captured earlier this month near Gaint (vague date, told in passing)")
ev("amhara-mobilisation", A, "2021-08-23", "2021-08-01", "2021-08-24", STR, ["Change to group/activity"],
   AMH + ["Government of Ethiopia", "Amhara Regional Government"], [""] + TPLF, ET, AMHARA, (), 0, req=False, tp=3,
   evidence="called on 'all armed residents' to join the fight, and thousands of militia members have been trained and "
            "deployed in recent weeks")

# ---------------------------------------------------------------- Al Jazeera, 2021-10-12 (Tue)
A = "ethiopia_wegeltena_aljazeera"
ev("wegeltena-clash", A, "2021-10-11", "2021-10-11", "2021-10-12", BAT, ["Armed clash"],
   ENDF + AMH + TPLF, TPLF + ENDF + AMH, ET, AMHARA, (), None,
   evidence="launched a long-anticipated ground offensive ... on Monday morning, attacking their positions around the "
            "towns of Wegeltena, Wurgessa and Haro ... artillery fire could be heard from the hills north of the town")
ev("wurgessa-clash", A, "2021-10-11", "2021-10-11", "2021-10-12", BAT, ["Armed clash"],
   ENDF + AMH + TPLF, TPLF + ENDF + AMH, ET, AMHARA, (), None,
   evidence="attacking their positions around the towns of ... Wurgessa ... Tigrayan forces had 'pushed back' the "
            "attackers near Wurgessa")
ev("haro-clash", A, "2021-10-11", "2021-10-11", "2021-10-12", BAT, ["Armed clash"],
   ENDF + AMH + TPLF, TPLF + ENDF + AMH, ET, AMHARA, (), None,
   evidence="attacking their positions around the towns of Wegeltena, Wurgessa and Haro")
ev("north-wollo-air-campaign", A, "2021-10-11", "2021-10-08", "2021-10-11", EXP, ["Air/drone strike"],
   ENDF, TPLF, ET, AMHARA, (), None, tp=2,
   evidence="the Ethiopian air force had begun bombing Tigrayan positions around the three towns ... warplanes, "
            "artillery and drones had been used since Friday")

# ---------------------------------------------------------------- borkena, 2022-05-31 (Tue)
A = "ethiopia_sheraro_borkena"
ev("sheraro-shelling", A, "2022-05-29", "2022-05-28", "2022-05-29", EXP, ["Shelling/artillery/missile attack"],
   ERI, CIV + TPLF + [""], ET, TIG, ["North Western Tigray Zone", "North Western Tigray", "Semien Mi'irabaw", ""], 2,
   tp=2,
   evidence="accused Eritrea of shelling Sheraro ... for two days starting on Saturday ... at least three people ... "
            "were killed ... on Sunday afternoon, while a health worker ... put the death toll at two")
ev("adi-awala-clash-may", A, "2022-05-24", "2022-05-24", "2022-05-24", BAT, ["Armed clash"],
   ERI + TPLF, TPLF + ERI, ET, TIG, (), None,
   evidence="An offensive launched by Eritrea's 57th and 21st divisions on the 24th of May was thwarted ... "
            "counteroffensive by our forces around AdiAwalla ... 'more than 300 soldiers were killed and wounded'")

# ---------------------------------------------------------------- AP, 2022-04-26 (Tue)
A = "ethiopia_abala_apnews"
ev("tplf-withdraws-from-afar", A, "2022-04-25", "2022-04-25", "2022-04-25", STR,
   ["Change to group/activity", "Non-violent transfer of territory", "Other"], TPLF, ["", "Afar Special Forces",
                                                                                    "Government of Ethiopia"] + ENDF,
   ET, AFAR, (), 0,
   evidence="Forces from Ethiopia's Tigray region said Monday they had completed their withdrawal from the neighboring "
            "Afar region ... including the districts around Abala")
ev("abala-outskirts-artillery", A, "2022-04-24", "2022-04-24", "2022-04-24", EXP, ["Shelling/artillery/missile attack"],
   TPLF, CIV + ["", "Afar Special Forces"], ET, AFAR, (), 0,
   evidence="Tigrayan fighters had fired artillery at villages on the outskirts of Abala on Sunday ... wounding at "
            "least five people. He said no one was killed (denied by Getachew Reda; a denial by the accused party does "
            "not negate the report)")

DROP = {
    "ethiopia_zalambessa_reuters": ["Reuters", "World", "Africa", "Business", "Markets", "Sustainability",
                                    "Our Standards: The Thomson Reuters Trust Principles.", "Read Next",
                                    "Ethiopia's Abiy says government will not negotiate under fire",
                                    "Sudan, South Sudan sign deal on border crossings"],
    "ethiopia_debrezebit_addisstandard": ["Addis Standard", "Home", "News", "Politics", "Business", "Op-Ed",
                                          "Interview", "Africa", "Share this:", "Facebook", "Twitter", "Telegram",
                                          "Related",
                                          "News: Amhara region calls on residents to join fight against TPLF",
                                          "News: UN says aid convoys to Tigray \"far below needs\""],
    "ethiopia_wegeltena_aljazeera": ["Al Jazeera", "Skip links", "Skip to Content", "News", "Africa", "Features",
                                     "Opinion", "More from News",
                                     "Tigray: UN warns of 'man-made famine' as aid trucks stall",
                                     "Afar region says thousands flee fresh fighting"],
    "ethiopia_sheraro_borkena": ["borkena", "Ethiopian News", "Politics", "Opinion", "Business",
                                 "Join our Telegram Channel : t.me/borkena", "Like borkena on Facebook",
                                 "Related Posts", "TPLF says it will not accept talks without restoration of services",
                                 "Amhara region: Thousands detained in law enforcement operation"],
    "ethiopia_abala_apnews": ["Copyright 2022 The Associated Press. All rights reserved. This material may not be "
                              "published, broadcast, rewritten or redistributed without permission."],
}
EITHER = {
    "ethiopia_abiadi_afp": ["Addis Ababa, June 26, 2021 (AFP) -", "bur-fb/dl"],
    "ethiopia_zalambessa_reuters": ["By Reuters Staff",
                                    "(Reporting by the Addis Ababa and Nairobi newsrooms; Editing by Alex Richardson)"],
    "ethiopia_debrezebit_addisstandard": ["August 24, 2021"],
    "ethiopia_wegeltena_aljazeera": ["12 Oct 2021", "Source: Al Jazeera and news agencies"],
    "ethiopia_sheraro_borkena": ["May 31, 2022"],
    "ethiopia_abala_apnews": ["By The Associated Press"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="6 hand-written held-out articles (bench/heldout275; Ethiopia, Tigray war 2020-2022), "
                             "coded by CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
