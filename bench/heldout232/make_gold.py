"""Writes gold.json for the 232nd held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 32).

    python bench/heldout232/make_gold.py

Focus: the central Sahel 2012-2020 (Mali, Burkina Faso, Niger) — the 2012 red-beret counter-coup in Bamako and
the junta's arrests and ECOWAS deal, the 2013 Serval/Chadian battles in the Ifoghas and MUJAO suicide bombings,
a Dozo-militia massacre (Koulogon), army executions of civilians (Boulkessy, Djibo), Islamic State attacks on
Tuareg civilians around Menaka, the Baley Beri ambush and Koutoukale prison attack in Tillaberi, and the attack on
the Intikane refugee camp in Tahoua.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

ML, BF, NE = "Mali", "Burkina Faso", "Niger"
FAMA = ["Military Forces of Mali", "Malian Armed Forces", "FAMa", "Malian Army", "Military Junta (Mali)",
        "CNRDRE", "National Committee for the Recovery of Democracy and the Restoration of the State"]
CIV_ML = ["Civilians (Mali)"]
ISGS = ["Islamic State in the Greater Sahara", "Islamic State (Greater Sahara)", "ISGS", "IS Sahel",
        "Islamic State", "Islamic State Sahel Province", "ISGS: Islamic State in the Greater Sahara"]
JNIM = ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Jamaat Nusrat al-Islam wal-Muslimin",
        "Group for the Support of Islam and Muslims"]
MOPTI = ["Mopti"]

# ---------------------------------------------------------------- Mali (Reuters, 2012-05-02, Wed)
A = "mali_bamako_reuters"
RED = ["Mutiny of Military Forces of Mali", "Military Forces of Mali", "Red Berets", "33rd Parachute Regiment",
       "Military Forces of Mali (Red Berets)", "Paratroopers (Mali)", "Presidential Guard (Mali)"]
BKO = (["Bamako"], ["Bamako", ""])
KATI = (["Koulikoro"], ["Kati"])
ev("bamako-counter-coup-fighting", A, "2012-04-30", "2012-04-30", "2012-05-01", BAT, ["Armed clash"],
   RED + FAMA, FAMA + RED, ML, *BKO, 14,
   evidence="fighting that raged through the capital Bamako from Monday evening and killed at least 14 people ... "
            "attacked the state broadcaster ORTM and tried to seize the international airport ... A doctor ... said 14 "
            "bodies ... A junta officer ... put the toll at 22")
ev("kati-camp-attack", A, "2012-04-30", "2012-04-30", "2012-05-01", BAT, ["Armed clash"],
   RED + FAMA, FAMA + RED, ML, *KATI, None,
   evidence="The paratroopers also attacked the junta's headquarters at the Kati military camp, 15 km north of Bamako, "
            "on Monday night, but were driven back ... no word on casualties")
ev("djicoroni-camp-stormed", A, "2012-05-01", "2012-05-01", "2012-05-01", BAT,
   ["Armed clash", "Government regains territory"], FAMA + RED, RED + FAMA, ML, *BKO, None,
   evidence="On Tuesday afternoon, troops loyal to junta leader Captain Amadou Haya Sanogo ... stormed the red berets' "
            "barracks at Djicoroni-Para ... the paratroopers' resistance collapsed within hours")
ev("sidibe-cisse-arrested", A, "2012-04-16", "2012-04-16", "2012-04-16", STR, ["Arrests"],
   FAMA, ["Civilians (Mali)", "Modibo Sidibe", "Soumaila Cisse", "Politicians (Mali)",
          "Union for the Republic and Democracy", "URD", ""], ML, *BKO, 0,
   evidence="On April 16, soldiers detained several senior politicians, among them former prime minister Modibo Sidibe "
            "and presidential hopeful Soumaila Cisse, who was injured during his arrest")
ev("kati-framework-agreement", A, "2012-04-06", "2012-04-06", "2012-04-06", STR, ["Agreement"],
   FAMA + ["ECOWAS", "Economic Community of West African States", "Government of Burkina Faso", "Government of Mali"],
   ["ECOWAS", "Economic Community of West African States", "Government of Burkina Faso", ""] + FAMA, ML,
   ["Koulikoro", "Bamako"], ["Kati", "Bamako", ""], 0,
   evidence="Under a framework agreement signed at the Kati camp on April 6, the junta agreed to hand power to civilians")
ev("traore-sworn-in", A, "2012-04-12", "2012-04-12", "2012-04-12", STR, ["Change to group/activity", "Other"],
   ["Government of Mali", "Dioncounda Traore"] + FAMA, [""] + FAMA, ML, *BKO, 0, req=False,
   evidence="parliament speaker Dioncounda Traore was sworn in as interim president six days later (leadership change, "
            "20 days before publication; not violent, optional)")

# ---------------------------------------------------------------- Mali (AFP, 2013-02-24, Sun)
A = "mali_inkhalil_afp"
CHAD = ["Military Forces of Chad", "Chadian Armed Forces", "FATIM", "Chadian Army"]
FRA = ["Military Forces of France", "French Armed Forces", "Operation Serval", "French Army"]
AQIM = ["AQIM", "Al Qaeda in the Islamic Maghreb", "Al-Qaeda in the Islamic Maghreb",
        "AQIM: Al Qaeda in the Islamic Maghreb", "Islamist Militia (Mali)", "Jihadists (Mali)", "Ansar Dine",
        "Unidentified Armed Group (Mali)"]
MUJAO = ["MUJAO", "Movement for Oneness and Jihad in West Africa", "MOJWA",
         "Movement for Unity and Jihad in West Africa", "MUJAO: Movement for Oneness and Jihad in West Africa"]
MNLA = ["MNLA", "National Movement for the Liberation of Azawad", "MNLA: National Movement for the Liberation of Azawad"]
MAA = ["MAA", "Arab Movement of Azawad", "Arab Movement of Azawad (MAA)", "Azawad Arab Movement"]
KIDAL = ["Kidal"]
IFOG = ["Tessalit", "Abeibara", "Kidal", "Tin-Essako", ""]
ev("ifoghas-chadian-battle", A, "2013-02-22", "2013-02-22", "2013-02-22", BAT, ["Armed clash"],
   CHAD + AQIM, AQIM + CHAD, ML, KIDAL, IFOG, 78,
   evidence="Thirteen Chadian soldiers and 65 Islamist fighters were killed on Friday ... in the Adrar des Ifoghas "
            "mountains ... some 50 kilometres south of Tessalit ... a Malian security source ... 'at least 20 dead'")
ev("ifoghas-french-air-strikes", A, "2013-02-24", "2013-02-23", "2013-02-24", EXP, ["Air/drone strike"],
   FRA, AQIM + [""], ML, KIDAL, IFOG, None,
   evidence="French warplanes pounded positions in the Ifoghas overnight into Sunday ... without giving details of "
            "casualties")
ev("ifoghas-legionnaire-killed", A, "2013-02-19", "2013-02-19", "2013-02-19", BAT, ["Armed clash"],
   FRA + AQIM, AQIM + FRA, ML, KIDAL, IFOG, 21,
   evidence="On Tuesday, a French Foreign Legion sergeant, Harold Vormezeele, was killed during an assault on an "
            "Islamist position in the massif in which 'more than 20 terrorists' were also killed")
ev("in-khalil-suicide-car-bomb", A, "2013-02-22", "2013-02-22", "2013-02-22", EXP, ["Suicide bomb"],
   MUJAO, MNLA, ML, KIDAL, ["Tessalit", ""], 3,
   evidence="a suicide bomber on Friday drove a vehicle packed with explosives into a checkpoint manned by ... MNLA in "
            "In Khalil ... two of its fighters and the bomber were killed. A local official put the toll at four")
ev("in-khalil-mnla-maa-clash", A, "2013-02-23", "2013-02-23", "2013-02-23", BAT, ["Armed clash"],
   MNLA + MAA, MAA + MNLA + MUJAO, ML, KIDAL, ["Tessalit", ""], None,
   evidence="On Saturday, MNLA fighters in In Khalil clashed with gunmen of the Arab Movement of Azawad (MAA) ... 'killed "
            "several of them' ... The toll could not be independently confirmed")
ev("gao-first-suicide-bomb", A, "2013-02-08", "2013-02-08", "2013-02-08", EXP, ["Suicide bomb"],
   MUJAO + ["Unidentified Armed Group (Mali)"], FAMA, ML, ["Gao"], ["Gao"], 1,
   evidence="on February 8, when a young man wearing an explosives belt blew himself up at a checkpoint at the northern "
            "entrance of Gao, killing only himself and lightly wounding a Malian soldier (16 days before publication)")

# ---------------------------------------------------------------- Mali (Al Jazeera, 2019-01-02, Wed)
A = "mali_koulogon_aljazeera"
DOZO = ["Dan Na Ambassagou", "Dozo Militia", "Dozo Communal Militia (Mali)", "Dogon Ethnic Militia (Mali)",
        "Dogon Communal Militia (Mali)", "Dozo", "Unidentified Armed Group (Mali)", "Communal Militia (Mali)",
        "Dan Na Ambassagou: Dan Na Amassagou"]
ev("koulogon-massacre", A, "2019-01-01", "2019-01-01", "2019-01-01", VAC, ["Attack"],
   DOZO, CIV_ML + ["Fulani Ethnic Group (Mali)", "Civilians (Mali) - Fulani"], ML, MOPTI, ["Bankass", ""], 37,
   evidence="Armed men dressed as traditional Dozo hunters killed at least 37 civilians ... Koulogon-Peul, a Fulani "
            "hamlet in the Bankass district of the Mopti region, before first light on Tuesday ... Tabital Pulaaku ... "
            "41 ... 'at least 39'")
ev("menaka-tuareg-camps-killings", A, "2018-12-12", "2018-12-11", "2018-12-12", VAC, ["Attack"],
   ISGS, CIV_ML + ["Tuareg Ethnic Group (Mali)"], ML, ["Gao", "Menaka"], ["Menaka", "Ménaka", ""], 47, tp=2,
   evidence="Last month, fighters of the Islamic State in the Greater Sahara killed 47 Tuareg civilians in several nomad "
            "camps around Menaka ... on December 11 and 12 (21 days before publication)")
ev("koulogon-troops-dispatched", A, "2019-01-01", "2019-01-01", "2019-01-02", STR, ["Change to group/activity"],
   FAMA, [""], ML, MOPTI, ["Bankass", ""], 0, req=False,
   evidence="The government said it had dispatched a military detachment to the village (deployment; optional)")

# ---------------------------------------------------------------- Mali (The Defense Post, 2018-05-22, Tue)
A = "mali_boulkessy_defensepost"
FAMA_G5 = FAMA + ["G5 Sahel Joint Force", "G5 Sahel", "FC-G5S", "Force Conjointe du G5 Sahel"]
ev("boulkessy-soldier-killed", A, "2018-05-19", "2018-05-19", "2018-05-19", BAT, ["Armed clash"],
   ["Unidentified Armed Group (Mali)"] + JNIM + ["Katiba Macina", "Ansarul Islam"], FAMA_G5, ML, MOPTI,
   ["Douentza", ""], 1,
   evidence="on Saturday morning when unidentified gunmen on a motorbike shot dead a soldier near the edge of the "
            "village ... the defence ministry said its forces had come under attack at Boulkessy and that one soldier "
            "was killed")
ev("boulkessy-market-executions", A, "2018-05-19", "2018-05-19", "2018-05-19", VAC, ["Attack"],
   FAMA_G5, CIV_ML + ["Fulani Ethnic Group (Mali)"], ML, MOPTI, ["Douentza", ""], 12,
   evidence="Malian soldiers serving with the G5 Sahel joint force shot dead 12 civilians at a livestock market ... on "
            "Saturday ... 'we found twelve bodies' ... A local official gave a higher figure of 15")
ev("aklaz-tuareg-civilians", A, "2018-04-26", "2018-04-26", "2018-04-26", VAC, ["Attack"],
   ISGS, CIV_ML + ["Tuareg Ethnic Group (Mali)"], ML, ["Menaka", "Gao"], ["Menaka", "Ménaka", ""], None,
   evidence="killed more than 40 Tuareg civilians at Aklaz on April 26 and at Awkassa the following day ... in the "
            "Menaka region (26 days before publication; the toll covers both villages, so unscored)")
ev("awkassa-tuareg-civilians", A, "2018-04-27", "2018-04-27", "2018-04-27", VAC, ["Attack"],
   ISGS, CIV_ML + ["Tuareg Ethnic Group (Mali)"], ML, ["Menaka", "Gao"], ["Menaka", "Ménaka", ""], None,
   evidence="and at Awkassa the following day, near the Niger border in the Menaka region (25 days before)")

# ---------------------------------------------------------------- Burkina Faso (Reuters, 2020-04-21, Tue)
A = "burkina_djibo_reuters"
FABF = ["Military Forces of Burkina Faso", "Burkinabe Armed Forces", "Burkina Faso Army", "FDS",
        "Defence and Security Forces (Burkina Faso)"]
ev("djibo-executions", A, "2020-04-09", "2020-04-09", "2020-04-09", VAC, ["Attack"],
   FABF, ["Civilians (Burkina Faso)", "Fulani Ethnic Group (Burkina Faso)"], BF, ["Sahel"], ["Soum"], 31,
   evidence="Burkina Faso's security forces executed 31 unarmed men in the northern town of Djibo ... rounded up on "
            "the morning of April 9 ... found dead the same afternoon")
ev("army-neutralised-32-north-east", A, "2020-04-18", "2020-04-11", "2020-04-18", BAT, ["Armed clash"],
   FABF, JNIM + ISGS + ["Unidentified Armed Group (Burkina Faso)", "Ansarul Islam", ""], BF, [""], (), 32, tp=2,
   evidence="The army said in a statement on Saturday that its units had 'neutralised' 32 terrorists ... during "
            "operations in the north and east of the country over the past week, but gave no locations (country level)")

# ---------------------------------------------------------------- Niger (VOA/AP, 2019-05-16, Thu)
A = "niger_baleyberi_voa"
FANE = ["Military Forces of Niger", "Nigerien Armed Forces", "FAN", "Niger Army", "Nigerien Army"]
PNE = ["Police Forces of Niger", "Prison Guards (Niger)", "Prison Guards", "Niger Prison Guards"] + FANE
UAG_NE = ["Unidentified Armed Group (Niger)"]
TIL = ["Tillaberi", "Tillabery", "Tillabéri"]
ev("baley-beri-ambush", A, "2019-05-14", "2019-05-14", "2019-05-14", BAT, ["Armed clash"],
   ISGS + UAG_NE, FANE, NE, TIL, ["Ouallam", ""], 28,
   evidence="Twenty-eight Nigerien soldiers were killed when their patrol was ambushed ... on Tuesday near the village of "
            "Baley Beri, about 20 kilometers from Tongo Tongo ... initially said 17 soldiers were killed and 11 were "
            "missing ... bodies of the missing men had been found, bringing the death toll to 28")
ev("koutoukale-prison-attack", A, "2019-05-13", "2019-05-13", "2019-05-14", BAT, ["Armed clash"],
   UAG_NE + ISGS, PNE, NE, TIL, ["Kollo", ""], 0,
   evidence="gunmen attacked the Koutoukale prison, some 50 kilometers northwest of the capital, Niamey, late on Monday. "
            "Guards repelled the attackers after an exchange of fire, and one guard was slightly wounded")
ev("baley-beri-partner-air-support", A, "2019-05-14", "2019-05-14", "2019-05-15", EXP, ["Air/drone strike"],
   ["Military Forces of France", "Military Forces of the United States", "Operation Barkhane"] + FANE,
   ISGS + UAG_NE + [""], NE, TIL, ["Ouallam", ""], None, req=False,
   evidence="the attackers ... had been 'hit hard' by air support from Niger's partners (no place, day or toll beyond "
            "the ambush; optional)")

# ---------------------------------------------------------------- Niger (Africanews, 2020-06-02, Tue)
A = "niger_intikane_africanews"
TAH = ["Tahoua"]
INT2 = ["Tillia", "Tassara", "Tchintabaraden", ""]
CIV_NE = ["Civilians (Mali)", "Civilians (Niger)", "Refugees/IDPs (Mali)", "Refugees (Mali)"]
ev("intikane-camp-attack", A, "2020-05-31", "2020-05-31", "2020-05-31", VAC, ["Attack"],
   UAG_NE + ISGS, CIV_NE, NE, TAH, INT2, 3,
   evidence="Gunmen on motorbikes stormed a camp sheltering some 20,000 Malian refugees ... on Sunday, killing three "
            "people including two leaders of the refugee community ... A local official in Tillia said four")
ev("intikane-water-antenna-destroyed", A, "2020-05-31", "2020-05-31", "2020-05-31", STR,
   ["Looting/property destruction"], UAG_NE + ISGS, CIV_NE + [""], NE, TAH, INT2, 0, req=False,
   evidence="the attackers set fire to the mobile phone antenna and destroyed the pumping station ... food stocks ... "
            "Several vehicles ... burned (part of the same raid; optional)")
ev("intikane-reinforcements", A, "2020-06-01", "2020-05-31", "2020-06-02", STR, ["Change to group/activity"],
   FANE + ["Police Forces of Niger", "Government of Niger"], [""], NE, TAH, INT2, 0, req=False, tp=2,
   evidence="additional security forces had been sent to Intikane (deployment, date not given; optional)")

DROP = {
    "mali_koulogon_aljazeera": ["Al Jazeera", "Skip links", "Skip to Content", "News", "Africa", "Features", "Opinion",
                                "Share", "Facebook", "Twitter", "Related",
                                "Mali: Gunmen kill 12 in attack on central village",
                                "UN says rights abuses in Mali rose sharply in 2018"],
    "mali_boulkessy_defensepost": ["The Defense Post", "Home", "Africa", "Middle East", "Asia", "Analysis", "Subscribe",
                                   "Share this article", "Facebook", "Twitter", "LinkedIn", "Related",
                                   "Mali: Dozens killed in Menaka region as ISGS targets Tuareg civilians",
                                   "G5 Sahel joint force launches first operation on Mali-Burkina border",
                                   "© 2018 The Defense Post"],
    "niger_baleyberi_voa": ["VOA News", "Home", "Africa", "World", "US News", "Video",
                            "Copyright 2019 The Associated Press. All rights reserved. This material may not be "
                            "published, broadcast, rewritten or redistributed.",
                            "Share", "Related Stories", "Niger Extends State of Emergency in Regions Bordering Mali",
                            "US Confirms Drone Base in Niger's Agadez Nearing Completion"],
    "niger_intikane_africanews": ["africanews.", "Home", "News", "Business", "Sport", "Culture", "Share this article",
                                  "Facebook", "Twitter", "More about", "Niger", "Refugees", "Sahel"],
}
EITHER = {
    "mali_bamako_reuters": ["By Adama Diarra and Tiemoko Diallo",
                            "(Additional reporting by David Lewis in Dakar; Writing by Joe Bavier; Editing by Mark "
                            "Heinrich)"],
    "mali_inkhalil_afp": ["str-sd/hm/jmm"],
    "mali_koulogon_aljazeera": ["2 Jan 2019", "SOURCE: Al Jazeera and news agencies"],
    "mali_boulkessy_defensepost": ["May 22, 2018"],
    "burkina_djibo_reuters": ["By Thiam Ndiaga",
                              "(Reporting by Thiam Ndiaga; Additional reporting by Edward McAllister in Dakar; Editing "
                              "by Giles Elgood)"],
    "niger_baleyberi_voa": ["May 16, 2019", "Associated Press"],
    "niger_intikane_africanews": ["02/06 - 14:10", "By Africanews", "with AFP"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="hand-written held-out articles (bench/heldout232; the central Sahel 2012-2020: Mali, "
                             "Burkina Faso, Niger), coded by CODEBOOK.md before the system was run (BLIND).",
               drop=DROP, either=EITHER)
