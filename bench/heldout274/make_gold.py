"""Writes gold.json for the 274th held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 39).

    python bench/heldout274/make_gold.py

Topic: Mali 2017-2023 - JNIM and Islamic State Sahel attacks on army camps (Bambara Maoude, Sevare, Bapho,
Niono), a booby-trapped corpse in Koro district, an ambush on Dogon hunters escorting a vaccination team and an
attack on a village in Douentza district, roadside mines on army, UN and civilian vehicles (Soumpi, Konna-Doro,
Ansongo-Ouattagouna, Bambara Maoude, Menaka), French raids and strikes (Timbuktu, Mopti), attacks on MINUSMA
personnel (Siby, Bambara Maoude), a suicide attack on the EUTM camp in Koulikoro, the army's return to Kidal and
an anti-French protest in Bamako.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

ML = "Mali"
FAMA = ["Military Forces of Mali", "FAMa", "Malian Armed Forces", "Malian Army"]
POL_ML = ["Police Forces of Mali", "Gendarmerie (Mali)", "Malian Police"] + FAMA
FRA = ["Military Forces of France", "Operation Barkhane", "Barkhane", "French Armed Forces"]
JNIM = ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Jamaat Nusrat al-Islam wal-Muslimin", "GSIM",
        "Group to Support Islam and Muslims", "Group for the Support of Islam and Muslims",
        "JNIM: Group for Support of Islam and Muslims", "Katiba Macina", "Katiba Macina (JNIM)",
        "Macina Liberation Front", "AQIM", "Al Qaeda in the Islamic Maghreb", "Al-Qaeda"]
ISGS = ["Islamic State (Greater Sahara)", "Islamic State in the Greater Sahara", "ISGS", "EIGS",
        "Islamic State Sahel", "Islamic State Sahel Province", "Islamic State", "ISWAP"]
UAG = ["Unidentified Armed Group (Mali)"]
CIV = ["Civilians (Mali)"]
UN = ["MINUSMA", "United Nations Multidimensional Integrated Stabilization Mission in Mali",
      "United Nations", "UN Peacekeepers"]
DNA = ["Dan Na Ambassagou", "Dan Na Ambassagou Militia", "Dogon Ethnic Militia (Mali)", "Dozo Militia",
       "Dozo Communal Militia (Mali)", "Dogon Communal Militia (Mali)"]
TBT, MOP, SEG, GAO, KLK = ["Tombouctou", "Timbuktu"], ["Mopti"], ["Segou", "Ségou"], ["Gao"], ["Koulikoro"]

# ---------------------------------------------------------------- AFP, 2020-02-24 (Mon)
A = "mali_bambaramaoude_afp"
ev("bambara-maoude-camp-attack", A, "2020-02-23", "2020-02-23", "2020-02-23", BAT, ["Armed clash"],
   JNIM + UAG, FAMA, ML, TBT, ["Gourma-Rharous", "Gourma Rharous"], 4,
   evidence="Suspected jihadists ... attacked a Malian army post at Bambara Maoude, some 100 kilometres south of "
            "... Timbuktu, at dawn on Sunday, killing at least four soldiers ... initially ... three dead ... "
            "Colonel Boubacar Sanogo ... 'four dead, eight wounded'")
ev("barkhane-nw-mopti-strikes", A, "2020-02-10", "2020-02-09", "2020-02-10", EXP, ["Air/drone strike"],
   FRA, ISGS + JNIM + [""], ML, MOP, (), 20, tp=2,
   evidence="during a first operation on February 9 and 10 northwest of the town of Mopti, drone and Mirage 2000 "
            "strikes backed by attack helicopters had 'neutralised' about twenty fighters, among them a cadre of "
            "the Islamic State in the Greater Sahara")
ev("barkhane-s-mopti-operation", A, "2020-02-17", "2020-02-16", "2020-02-17", EXP, ["Air/drone strike"],
   FRA, JNIM + [""], ML, MOP, (), 30, tp=2,
   evidence="A second operation on February 16 and 17 south of Mopti, in an area where the Katiba Macina ... "
            "operates, combined air strikes with a heliborne assault and put some thirty jihadists 'out of action'")
ev("barkhane-s-mopti-operation-as-clash", A, "2020-02-17", "2020-02-16", "2020-02-17", BAT, ["Armed clash"],
   FRA, JNIM + [""], ML, MOP, (), 30, req=False, tp=2,
   evidence="the same operation seen as a ground clash (heliborne assault)")
ev("kidal-reconstituted-army-enters", A, "2020-02-13", "2020-02-13", "2020-02-13", STR,
   ["Change to group/activity", "Non-violent transfer of territory", "Headquarters or base established"],
   FAMA, ["", "CMA", "Coordination of Azawad Movements", "Coordination des Mouvements de l'Azawad"], ML,
   ["Kidal"], ["Kidal"], 0,
   evidence="On February 13, a first contingent of the 'reconstituted' army ... entered Kidal, a town where the "
            "national army had been absent since 2014")

# ---------------------------------------------------------------- The Defense Post, 2019-02-27 (Wed)
A = "mali_diankabou_defensepost"
ev("gondogourou-booby-trapped-corpse", A, "2019-02-26", "2019-02-26", "2019-02-26", EXP,
   ["Remote explosive/landmine/IED"], UAG + JNIM, CIV, ML, MOP, ["Koro"], 17,
   evidence="A bomb hidden in the body of a missing herder exploded as villagers were lowering him into his grave "
            "... on Tuesday, killing 17 mourners ... Gondogourou ... commune of Diankabou in Koro district ... "
            "'about twenty' (association)")
ev("koulikoro-eutm-suicide-attack", A, "2019-02-24", "2019-02-24", "2019-02-24", EXP, ["Suicide bomb"],
   JNIM + UAG, FAMA + ["EUTM Mali", "European Union Training Mission in Mali", "European Union",
                       "Military Forces of Spain"], ML, KLK, ["Koulikoro"], 2,
   evidence="In the early hours of Sunday, an unknown number of assailants in two vehicles packed with explosives "
            "... The driver of the first vehicle blew himself up ... 'two bodies not yet identified' ... soldiers "
            "... said three attackers had died")

# ---------------------------------------------------------------- Reuters, 2019-02-23 (Sat)
A = "mali_timbuktu_reuters"
ev("timbuktu-okacha-raid", A, "2019-02-21", "2019-02-21", "2019-02-21", BAT, ["Armed clash"],
   FRA, JNIM, ML, TBT, ["Tombouctou", "Timbuktu"], 11,
   evidence="French troops killed Djamel Okacha ... and ten other militants in a helicopter-backed raid north of "
            "... Timbuktu on Thursday ... 'the pick-ups opened fire, triggering a response from the helicopters'")
ev("timbuktu-okacha-raid-as-air-strike", A, "2019-02-21", "2019-02-21", "2019-02-21", EXP, ["Air/drone strike"],
   FRA, JNIM, ML, TBT, ["Tombouctou", "Timbuktu"], 11, req=False,
   evidence="the same raid coded by the helicopters' fire")
ev("siby-guinean-peacekeepers-killed", A, "2019-02-22", "2019-02-22", "2019-02-23", VAC, ["Attack"],
   UAG, UN + ["Military Forces of Guinea", "Civilians (Mali)", "Civilians (Guinea)"], ML, KLK,
   ["Kati"], 3,
   evidence="three United Nations peacekeepers from Guinea were shot dead late on Friday when gunmen stopped their "
            "hired car on the road to Siby, 44 km southwest of Bamako ... travelling home on leave")
ev("siby-guinean-peacekeepers-as-clash", A, "2019-02-22", "2019-02-22", "2019-02-23", BAT, ["Armed clash"],
   UAG, UN + ["Military Forces of Guinea"], ML, KLK, ["Kati"], 3, req=False,
   evidence="the same shooting coded as an attack on (off-duty) external forces")

# ---------------------------------------------------------------- Africanews, 2022-04-25 (Mon)
A = "mali_bapho_africanews"
ev("sevare-camp-car-bomb", A, "2022-04-24", "2022-04-24", "2022-04-24", EXP, ["Suicide bomb"],
   JNIM, FAMA, ML, MOP, (), None,
   evidence="At Sevare ... a suicide driver detonated his vehicle at the entrance of the camp, bringing down the "
            "guard post. Six soldiers were killed there (eleven 'enemies' killed across the three sites)")
ev("bapho-camp-attack", A, "2022-04-24", "2022-04-24", "2022-04-24", BAT, ["Armed clash"],
   JNIM, FAMA, ML, SEG, (), None,
   evidence="Almost at the same moment, gunmen attacked the camp at Bapho, a small town in the Macina area of "
            "Segou region")
ev("niono-camp-attack", A, "2022-04-24", "2022-04-24", "2022-04-24", BAT, ["Armed clash"],
   JNIM, FAMA, ML, SEG, ["Niono"], None,
   evidence="and the base at Niono ... where a second explosives-laden vehicle blew up outside the perimeter wall")
ev("niono-camp-car-bomb", A, "2022-04-24", "2022-04-24", "2022-04-24", EXP,
   ["Suicide bomb", "Remote explosive/landmine/IED"], JNIM, FAMA, ML, SEG, ["Niono"], None, req=False,
   evidence="the Niono attack coded by its vehicle bomb")

# ---------------------------------------------------------------- Xinhua, 2017-11-07 (Tue)
A = "mali_soumpi_xinhua"
ev("soumpi-army-vehicle-mine", A, "2017-11-06", "2017-11-06", "2017-11-06", EXP,
   ["Remote explosive/landmine/IED"], UAG + JNIM, FAMA, ML, TBT, ["Niafunke", "Niafunké"], 0,
   evidence="A Malian army vehicle struck a landmine near Soumpi ... on Monday morning ... wounding three soldiers, "
            "including a lieutenant ... No one was killed")
ev("konna-doro-convoy-ambush", A, "2017-11-06", "2017-11-06", "2017-11-06", BAT, ["Armed clash"],
   UAG + JNIM, FAMA + UN + CIV, ML, MOP, ["Mopti", "Bankass", "Douentza"], 5,
   evidence="gunmen opened fire on a convoy of ... MINUSMA ... between Konna and Doro ... under the protection of a "
            "FAMa escort. Four civilian contractors ... were killed ... one of the army vehicles overturned, killing "
            "one soldier")
ev("konna-doro-contractors-attack", A, "2017-11-06", "2017-11-06", "2017-11-06", VAC, ["Attack"],
   UAG + JNIM, CIV + UN, ML, MOP, ["Mopti", "Bankass", "Douentza"], 4, req=False,
   evidence="the killing of the four civilian contractors coded as violence against civilians")
ev("ansongo-ouattagouna-truck-mine", A, "2017-11-06", "2017-11-06", "2017-11-06", EXP,
   ["Remote explosive/landmine/IED"], UAG + JNIM + ISGS, CIV, ML, GAO, ["Ansongo"], None,
   evidence="a truck full of traders ... hit a mine between Ansongo and Ouattagouna ... Several people were killed "
            "... no precise toll")
ev("chadian-peacekeepers-last-month", A, "2017-10-31", "2017-10-01", "2017-10-31", BAT, ["Armed clash"],
   UAG + JNIM, UN + ["Military Forces of Chad"], ML, ["", "Kidal"], (), 3, req=False, tp=3,
   evidence="Last month three Chadian peacekeepers were killed ... in an attack on a MINUSMA camp in the north "
            "(no place named; country level, month precision)")

# ---------------------------------------------------------------- VOA, 2021-01-21 (Thu)
A = "mali_bamako_voa"
ev("bamako-anti-french-protest", A, "2021-01-20", "2021-01-20", "2021-01-20", PRO,
   ["Protest with intervention", "Excessive force against protesters"],
   ["Protesters (Mali)"], POL_ML + [""], ML, ["Bamako"], ["Bamako"], 0,
   evidence="Malian police and gendarmes fired tear gas on Wednesday to break up a banned demonstration ... several "
            "hundred people ... demand the departure of French troops ... Several people were bundled into police "
            "pick-up trucks")
ev("bambara-maoude-ivorian-peacekeepers-ied", A, "2021-01-13", "2021-01-13", "2021-01-13", EXP,
   ["Remote explosive/landmine/IED"], JNIM + UAG, UN + ["Military Forces of Ivory Coast",
                                                        "Military Forces of Cote d'Ivoire"], ML, TBT,
   ["Gourma-Rharous", "Gourma Rharous"], 4,
   evidence="on January 13, three Ivorian peacekeepers ... were killed when their armoured vehicle struck an "
            "improvised explosive device about 20 kilometres north of Bambara Maoude ... A fourth Ivorian soldier "
            "died of his wounds the next day")
ev("bambara-maoude-ivorian-peacekeepers-as-clash", A, "2021-01-13", "2021-01-13", "2021-01-13", BAT,
   ["Armed clash"], JNIM + UAG, UN + ["Military Forces of Ivory Coast", "Military Forces of Cote d'Ivoire"], ML,
   TBT, ["Gourma-Rharous", "Gourma Rharous"], 4, req=False,
   evidence="the patrol then came under fire (the same attack coded by its small-arms phase)")
ev("menaka-french-soldiers-ied", A, "2021-01-02", "2021-01-02", "2021-01-02", EXP,
   ["Remote explosive/landmine/IED"], JNIM, FRA, ML, GAO + ["Menaka", "Ménaka"], (), 2,
   evidence="on January 2, two French soldiers ... were killed when their armoured vehicle hit a homemade bomb in "
            "the Menaka region ... JNIM claimed that attack")

# ---------------------------------------------------------------- Anadolu Agency, 2019-05-01 (Wed)
A = "mali_dioungani_anadolu"
ev("dioungani-dozo-escort-ambush", A, "2019-04-29", "2019-04-29", "2019-04-29", BAT, ["Armed clash"],
   UAG + JNIM, DNA, ML, MOP, ["Koro"], 5,
   evidence="Five members of a Dogon hunters' militia were killed on Monday when more than a hundred gunmen "
            "ambushed them ... between the villages of Niangassadiou and Douna-Pen, in the rural commune of "
            "Dioungani in Koro district")
ev("boulde-village-attack", A, "2019-04-24", "2019-04-24", "2019-04-24", VAC, ["Attack"],
   UAG + JNIM, CIV, ML, MOP, ["Douentza"], 12,
   evidence="an attack on the village of Boulde, in the commune of Mondoro in Douentza district, where around "
            "fifteen civilians were killed last Wednesday ... A local health worker put the toll at twelve dead")

DROP = {
    "mali_bambaramaoude_afp": ["© 2020 AFP"],
    "mali_diankabou_defensepost": ["The Defense Post", "Home", "Africa", "Middle East", "Asia", "Europe", "Subscribe",
                                   "Share this:", "Facebook", "Twitter", "LinkedIn", "Related",
                                   "Mali: Barkhane kills JNIM deputy leader near Timbuktu",
                                   "Guinean peacekeepers killed in robbery near Bamako", "© 2019 The Defense Post"],
    "mali_bapho_africanews": ["africanews.", "Live", "News", "Business", "Sport", "Culture",
                              "Africanews Conversation", "Share", "Facebook", "Twitter", "WhatsApp", "More stories",
                              "Burkina Faso: soldiers killed in attack near Niger border",
                              "Sudan: death toll rises in West Darfur clashes"],
    "mali_bamako_voa": ["VOA", "Africa", "Sahel", "Americas", "World", "Skip to main content", "Related",
                        "Mali's Transitional Leaders Face Pressure Over Election Timetable",
                        "Sahel Jihadists Step Up Roadside Bomb Attacks"],
    "mali_dioungani_anadolu": ["Anadolu Agency website contains only a portion of the news stories offered to "
                               "subscribers in the AA News Broadcasting System (HAS), and in summarized form."],
}
EITHER = {
    "mali_bambaramaoude_afp": ["sd/fal/jm"],
    "mali_diankabou_defensepost": ["February 27, 2019", "By Jean-Baptiste Koné"],
    "mali_timbuktu_reuters": ["By Tiemoko Diallo",
                              "(Additional reporting by John Irish in Paris; Writing by Aaron Ross; "
                              "Editing by Hugh Lawson)"],
    "mali_bapho_africanews": ["By Africanews with AFP", "Last updated: 25/04 - 11:40"],
    "mali_soumpi_xinhua": ["Enditem"],
    "mali_bamako_voa": ["January 21, 2021 04:15 PM", "Baba Ahmed"],
    "mali_dioungani_anadolu": ["Fatoumata Sylla | 01.05.2019"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="7 hand-written held-out articles (bench/heldout274; Mali 2017-2023), coded by "
                             "CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
