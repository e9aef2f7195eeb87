"""Writes gold.json for the 214th held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 28).

    python bench/heldout214/make_gold.py

Focus: Yemen (Houthis, coalition air strikes, AQAP, UAE-backed southern forces) and Libya (Libya Dawn, Operation
Dignity / LNA, GNA-aligned militias, Islamic State, Tripoli armed groups), 2014-2024 — a suicide bombing and
Houthi abductions in Ibb, a Hadramawt valley retaken from AQAP, coalition air strikes and a Houthi takeover in
Hajjah, a Houthi crackdown on 26 September celebrations, Grad rockets on Kikla, an IS raid on Tazirbu, the first
days of the LNA's Tripoli offensive and the 2024 central-bank abduction in Tripoli.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# ---------------------------------------------------------------- shared actor lists
YE = "Yemen"
HOUTHI = ["Houthi Movement", "Houthis", "Huthis", "Ansar Allah", "Ansarallah", "Houthi rebels", "Huthi rebels",
          "Houthi Movement (Ansar Allah)", "Police Forces of Yemen (Houthi)"]
AQAP = ["Al Qaeda in the Arabian Peninsula", "AQAP", "Al-Qaeda in the Arabian Peninsula", "Al Qaeda", "Al-Qaeda"]
UAG_YE = ["Unidentified Armed Group (Yemen)"]
CIV_YE = ["Civilians (Yemen)"]
PROT_YE = ["Protesters (Yemen)"]
MIL_YE = ["Military Forces of Yemen", "Yemeni Army", "Yemeni government forces"]
ISLAH = ["Islah", "Al-Islah", "Al Islah", "Islah Party", "Yemeni Congregation for Reform"]
IBB = ["Ibb"]
IBB_CITY = ["Al Mashannah", "Al Mashanah", "Adh Dhihar", "Al Dhihar", "Ibb", "Ibb City"]

LY = "Libya"
CIV_LY = ["Civilians (Libya)"]
UAG_LY = ["Unidentified Armed Group (Libya)"]
PROT_LY = ["Protesters (Libya)"]
LNA = ["Libyan National Army", "LNA", "Military Forces of Libya", "Haftar forces", "Hifter forces",
       "Khalifa Haftar forces", "Libyan Arab Armed Forces", "Military Forces of Libya (Libyan National Army)"]
GNA = ["Military Forces of Libya", "Government of National Accord", "GNA", "GNA forces",
       "Military Forces of Libya (Government of National Accord)", "Pro-GNA militias", "Tripoli militias",
       "Tripoli Protection Force", "Militia (Pro-Government)"]
IS = ["Islamic State", "ISIS", "ISIL", "Daesh", "Islamic State (Libya)"]
TRIPOLI = ["Tripoli", "Tarabulus", "Tarablus"]
JGHARBI = ["Jabal al Gharbi", "Al Jabal al Gharbi", "Nafusa Mountains", "Western Mountain"]
JAFARA = ["Al Jafarah", "Al Jifarah", "Jafara", "Jfara"]

# ---------------------------------------------------------------- Yemen (AFP, 2015-01-01, Thu)
A = "yemen_ibb_afp"
ev("ibb-cultural-centre-suicide-bombing", A, "2014-12-31", "2014-12-31", "2014-12-31", EXP, ["Suicide bomb"],
   UAG_YE + AQAP, HOUTHI + CIV_YE + [""], YE, IBB, IBB_CITY, 33,
   evidence="A suicide bomber blew himself up among Shiite Huthi rebels celebrating the Prophet Mohammed's birthday "
            "in ... Ibb ... late on Wednesday ... A health ministry official ... 33 people had been killed ... A "
            "Huthi official ... put the number of 'martyrs' at 49 (lowest specific figure: 33)")
ev("ibb-islah-leaders-abducted", A, "2015-01-01", "2014-12-31", "2015-01-01", VAC,
   ["Abduction/forced disappearance", "Arrests"], HOUTHI, ISLAH + CIV_YE + [""], YE, IBB, IBB_CITY, 0,
   evidence="armed Huthis stormed the homes of two local leaders of the Sunni Islamist Al-Islah party in Ibb "
            "overnight and took them away to an unknown location")
ev("ibb-march-against-militias", A, "2015-01-01", "2015-01-01", "2015-01-01", PRO, ["Peaceful protest"],
   PROT_YE, [""], YE, IBB, IBB_CITY, 0,
   evidence="On Thursday morning several hundred residents marched through the city centre carrying banners against "
            "'terrorism and militias' ... The march ended peacefully outside the governorate building")
ev("walad-rabie-aqap-houthi-clash", A, "2014-12-31", "2014-12-31", "2014-12-31", BAT, ["Armed clash"],
   AQAP + UAG_YE + HOUTHI, HOUTHI + AQAP + UAG_YE, YE, ["Al Bayda", "Al Bayda'", "Bayda", "Al-Bayda"],
   ["Wald Rabi'", "Walad Rabi'", "Walad Rabie", "Wald Rabi", "Walad Rabi"], 7,
   evidence="suspected Al-Qaeda gunmen attacked a Huthi position in Walad Rabie district of Al-Bayda province on "
            "Wednesday, sparking clashes that left five Huthi fighters and two militants dead")
ev("said-shabwa-us-drone-strike", A, "2014-12-30", "2014-12-30", "2014-12-30", EXP, ["Air/drone strike"],
   ["Military Forces of the United States", "Military Forces of United States", "US Forces", "United States"],
   AQAP + [""], YE, ["Shabwah", "Shabwa", "Shabwah Governorate"], ["As Said", "Said", "Al Said", "As Saeed"], 3,
   evidence="on Tuesday a suspected US drone strike hit a car in the Said district of Shabwa province, killing "
            "three alleged Al-Qaeda members")

# ---------------------------------------------------------------- Yemen (The National, 2018-02-24, Sat)
A = "yemen_masini_thenational"
ELITE = ["Hadrami Elite Forces", "Hadramawt Elite Forces", "Hadhrami Elite Forces", "Hadrami Elite",
         "Elite Forces", "Military Forces of Yemen", "Hadramawt Elite Forces (UAE-backed)"]
UAE = ["Military Forces of the United Arab Emirates", "Military Forces of United Arab Emirates",
       "Saudi-led Coalition", "Arab Coalition", "Military Forces of Saudi Arabia", "Operation Restoring Hope"]
HADR = ["Hadramaout", "Hadramawt", "Hadramout", "Hadhramaut", "Hadramaut"]
ev("masini-valley-retaken", A, "2018-02-23", "2018-02-23", "2018-02-23", BAT, ["Government regains territory"],
   ELITE, AQAP, YE, HADR, (), 13,
   evidence="UAE-backed Yemeni forces on Friday took full control of Wadi Al Masini ... stormed the last militant "
            "positions in the valley on Friday afternoon after overnight clashes that killed eleven Al Qaeda fighters "
            "and two soldiers (the gazetteer has no admin2 for the valley: admin2 unscored)")
ev("masini-coalition-helicopter-strikes", A, "2018-02-22", "2018-02-22", "2018-02-22", EXP, ["Air/drone strike"],
   UAE, AQAP + [""], YE, HADR, (), None,
   evidence="Apache helicopters of the Arab Coalition struck militant hideouts and vehicles in the valley on Thursday "
            "... The statement did not give a toll")
ev("masini-checkpoint-suicide-car-bomb", A, "2018-02-21", "2018-02-21", "2018-02-21", EXP, ["Suicide bomb"],
   AQAP, ELITE, YE, HADR, (), 3,
   evidence="On Wednesday, a suicide bomber drove an explosives-laden car into a checkpoint manned by the Elite Forces "
            "at the southern entrance of the valley, killing three soldiers ... claimed ... 'more than 20 apostates'")
ev("mukalla-ghayl-road-ied", A, "2018-02-23", "2018-02-23", "2018-02-23", EXP, ["Remote explosive/landmine/IED"],
   UAG_YE + AQAP, ELITE, YE, HADR, ["Al Mukalla City", "Al Mukalla", "Mukalla", "Ghayl Bin Yamin", ""], 1,
   evidence="Another soldier was killed on Friday when a roadside bomb struck a military pick-up truck on the road "
            "between Mukalla and Ghayl Bin Yamin ... No group claimed that blast")
ev("masini-devices-dismantled", A, "2018-02-24", "2018-02-23", "2018-02-24", STR, ["Disrupted weapons use"],
   ELITE, AQAP + [""], YE, HADR, (), 0, req=False, tp=2,
   evidence="Engineering teams had dismantled more than 40 explosive devices and found a workshop used to assemble "
            "car bombs (may be folded into the capture)")

# ---------------------------------------------------------------- Yemen (Save the Children via ReliefWeb, 2019-03-12, Tue)
A = "yemen_kushar_savethechildren"
COAL = ["Military Forces of Saudi Arabia", "Saudi-led Coalition", "Saudi and Emirati-led Coalition", "Arab Coalition",
        "Coalition", "Military Forces of the United Arab Emirates", "Operation Restoring Hope"]
HAJOUR = ["Hajour Tribal Militia", "Hajour tribesmen", "Hajour Tribe", "Hajur Tribal Militia", "Hajour Tribesmen",
          "Tribal Militia (Yemen)", "Military Forces of Yemen", "Popular Resistance", ""]
HAJJAH = ["Hajjah", "Hajja"]
ev("kushar-coalition-air-strikes", A, "2019-03-10", "2019-03-10", "2019-03-10", EXP, ["Air/drone strike"],
   COAL, CIV_YE, YE, HAJJAH, ["Kushar", "Kushr", "Kshar"], 22,
   evidence="twelve children and ten women were among 22 people killed when air strikes hit houses in Kushar "
            "district ... on Sunday (22 is the total; 12 children are part of it)")
ev("hajour-taken-by-houthis", A, "2019-03-07", "2019-03-07", "2019-03-07", BAT,
   ["Non-state actor overtakes territory"], HOUTHI, HAJOUR, YE, HAJJAH, ["Kushar", "Kushr", "Kshar"], None,
   evidence="Houthi forces took control of the Hajour area of Kushar last Thursday, following weeks of fighting with "
            "local Hajour tribesmen backed by Coalition air power (no toll)")
ev("kuaydinah-displaced-shelling", A, "2019-03-11", "2019-03-11", "2019-03-11", EXP,
   ["Shelling/artillery/missile attack"], UAG_YE + HOUTHI, CIV_YE, YE, HAJJAH,
   ["Ku'aydinah", "Kuaydinah", "Kuaidinah", "Ku`aydinah", "Kuaydina"], 2,
   evidence="Yesterday, shells struck a settlement of displaced families in Kuaydinah district, killing a boy and his "
            "sister ... It is not clear who fired the shells")
ev("abs-landmine-boy", A, "2019-03-09", "2019-03-09", "2019-03-09", EXP, ["Remote explosive/landmine/IED"],
   UAG_YE + HOUTHI, CIV_YE, YE, HAJJAH, ["Abs"], 1,
   evidence="On Saturday, a ten-year-old boy was killed by a landmine while herding his family's goats in Abs "
            "district")

# ---------------------------------------------------------------- Yemen (Al-Masdar Online, 2023-09-28, Thu)
A = "yemen_ibb_almasdaronline"
PROT_OR_HOUTHI = PROT_YE + HOUTHI
ev("ibb-september-26-celebration-dispersed", A, "2023-09-26", "2023-09-26", "2023-09-26", PRO,
   ["Protest with intervention", "Excessive force against protesters"], PROT_OR_HOUTHI, HOUTHI + PROT_YE + [""],
   YE, IBB, IBB_CITY, 0,
   evidence="In the city of Ibb, Houthi security forces fired into the air on Tuesday evening to disperse hundreds of "
            "young men who had gathered ... waving the republican flag ... At least 30 of them were taken away")
ev("sanaa-flag-cars-detained", A, "2023-09-25", "2023-09-25", "2023-09-26", PRO,
   ["Protest with intervention", "Arrests", "Abduction/forced disappearance"], PROT_OR_HOUTHI,
   HOUTHI + PROT_YE + CIV_YE + [""], YE, ["Amanat Alasimah", "Amanat al Asimah", "Sanaa", "Sana'a", "Sanaa City"],
   ["Old City", "As Sabain", "Al Wahdah", "Shuub", "At Tahrir", "Ma'in", "Sanaa", "Sana'a", ""], 0,
   evidence="on Monday night, Houthi gunmen stopped cars decorated with flags on Al-Zubairi Street in Sanaa and "
            "detained their drivers and passengers")
ev("jibla-teacher-abducted", A, "2023-09-27", "2023-09-27", "2023-09-27", VAC,
   ["Abduction/forced disappearance", "Arrests"], HOUTHI, CIV_YE + [""], YE, IBB, ["Jiblah", "Jibla"], 0,
   evidence="On Wednesday, Houthi gunmen abducted Ahmed Saleh Al-Nusairi, a school teacher, from his home in the town "
            "of Jibla")
ev("taiz-anniversary-rally", A, "2023-09-26", "2023-09-26", "2023-09-26", PRO, ["Peaceful protest"],
   PROT_YE, [""], YE, ["Ta'izz", "Taizz", "Taiz", "Ta'iz"],
   ["Salh", "Salah", "Al Qahirah", "Al Mudhaffar", "Taiz City", "Taiz", ""], 0,
   evidence="Thousands of people rallied in Taiz, Marib and Aden on Tuesday ... chanting slogans against the Houthis. "
            "The rallies passed off peacefully (one row per city)")
ev("marib-anniversary-rally", A, "2023-09-26", "2023-09-26", "2023-09-26", PRO, ["Peaceful protest"],
   PROT_YE, [""], YE, ["Ma'rib", "Marib", "Ma'rib Governorate"], ["Marib City", "Ma'rib City", "Marib", "Ma'rib", ""], 0,
   evidence="Thousands of people rallied in Taiz, Marib and Aden on Tuesday")
ev("aden-anniversary-rally", A, "2023-09-26", "2023-09-26", "2023-09-26", PRO, ["Peaceful protest"],
   PROT_YE, [""], YE, ["Aden", "'Adan", "Adan"], (), 0,
   evidence="Thousands of people rallied in Taiz, Marib and Aden on Tuesday (admin2 unscored: Aden city spans "
            "several districts)")
ev("karish-houthi-drone", A, "2023-09-27", "2023-09-27", "2023-09-27", EXP, ["Air/drone strike"],
   HOUTHI, MIL_YE + ["Southern Transitional Council", "Giants Brigades"], YE, ["Lahij", "Lahj", "Lahej"],
   ["Al  Hawtah", "Al Hawtah", "Al Houta", "Al Qabbaytah", "Al Qabbaytah District", "Al Qabaytah", ""], 2,
   evidence="Two soldiers were killed on Wednesday when a Houthi drone dropped explosives on their position on the "
            "Karish front in Lahj province")

# ---------------------------------------------------------------- Libya (Libya Herald, 2014-10-20, Mon)
A = "libya_kikla_libyaherald"
DAWN = ["Libya Dawn", "Fajr Libya", "Libya Dawn Coalition", "Operation Libya Dawn", "Libya Dawn Militias"]
ZINTAN = ["Zintan Militia", "Zintani brigades", "Zintan Brigades", "Kikla Militia", "Kikla Communal Militia (Libya)",
          "Qaaqaa Brigade", "Sawaiq Brigade", "Operation Dignity", "Zintan Communal Militia (Libya)",
          "Militia (Kikla)"]
DIGNITY = ["Operation Dignity", "Libyan National Army", "LNA", "Military Forces of Libya", "Haftar forces",
           "Libyan Air Force", "Military Forces of Libya (Operation Dignity)"]
ev("kikla-grad-rockets", A, "2014-10-19", "2014-10-19", "2014-10-19", EXP, ["Shelling/artillery/missile attack"],
   DAWN, CIV_LY, LY, JGHARBI, (), 6,
   evidence="Six civilians, two of them children, were killed yesterday when Grad rockets fired by Libya Dawn forces "
            "slammed into residential areas of Kikla ... [Dawn] denied that its forces had targeted civilians")
ev("kikla-eastern-gate-clash", A, "2014-10-18", "2014-10-18", "2014-10-18", BAT, ["Armed clash"],
   DAWN + ZINTAN, ZINTAN + DAWN, LY, JGHARBI, (), 7,
   evidence="fierce fighting at the eastern entrance of Kikla on Saturday, in which four Dawn fighters and three "
            "local fighters were killed")
ev("gharyan-dignity-air-strikes", A, "2014-10-19", "2014-10-19", "2014-10-19", EXP, ["Air/drone strike"],
   DIGNITY, DAWN + [""], LY, JGHARBI, (), None,
   evidence="Jets loyal to Operation Dignity yesterday carried out air strikes on Dawn positions and an ammunition "
            "store on the outskirts of Gharyan ... no word on casualties")
ev("aziziya-dawn-entry", A, "2014-10-16", "2014-10-16", "2014-10-16", BAT, ["Non-state actor overtakes territory"],
   DAWN, ["", "Warshefana Militia", "Warshafana Communal Militia (Libya)", "Warshefana fighters"] + ZINTAN,
   LY, JAFARA, (), 0,
   evidence="Dawn forces entered the town of Aziziya in the Warshefana area on Thursday without a fight after local "
            "fighters withdrew overnight")
ev("tripoli-martyrs-square-rally", A, "2014-10-17", "2014-10-17", "2014-10-17", PRO, ["Peaceful protest"],
   PROT_LY, [""], LY, TRIPOLI, (), 0,
   evidence="In Tripoli, several hundred people gathered in Martyrs Square on Friday afternoon in support of Libya "
            "Dawn ... passed off peacefully")
ev("benghazi-dignity-offensive", A, "2014-10-15", "2014-10-15", "2014-10-20", BAT, ["Armed clash"],
   DIGNITY + ["Benghazi Revolutionaries Shura Council", "Islamist Militia (Libya)", "Ansar al-Sharia"],
   ["Benghazi Revolutionaries Shura Council", "Islamist Militia (Libya)", "Ansar al-Sharia", "Islamist militias",
    ""] + DIGNITY, LY, ["Benghazi", "Banghazi"], (), None, req=False,
   evidence="Operation Dignity forces ... launched a new offensive in Benghazi last Wednesday ... dozens of bodies "
            "since then (inside the window but vague; optional)")
ev("kikla-fighting-since-11-october", A, "2014-10-20", "2014-10-11", "2014-10-20", BAT, ["Armed clash"],
   DAWN + ZINTAN, ZINTAN + DAWN, LY, JGHARBI, (), None, req=False, tp=2,
   evidence="Fighting around Kikla began on 11 October ... Dozens have been killed since (range, no toll; optional)")

# ---------------------------------------------------------------- Libya (The Libya Observer, 2018-11-24, Sat)
A = "libya_tazirbu_libyaobserver"
POL_LY = ["Police Forces of Libya", "Police Forces of Libya (Libyan National Army)", "Libyan Police"]
KUFRA = ["Kufra", "Al Kufrah", "Al Kufra"]
ev("tazirbu-is-raid", A, "2018-11-23", "2018-11-23", "2018-11-23", BAT, ["Armed clash", "Attack"],
   IS, POL_LY + CIV_LY + LNA, LY, KUFRA, (), 8,
   evidence="Militants from the Islamic State (ISIS) attacked the town of Tazirbu ... at dawn on Friday ... exchanged "
            "fire with the police at the station ... hospital: eight killed; council: nine; Amaq: 'ten apostates'")
ev("tazirbu-residents-abducted", A, "2018-11-23", "2018-11-23", "2018-11-23", VAC,
   ["Abduction/forced disappearance"], IS, CIV_LY + POL_LY, LY, KUFRA, (), 0,
   evidence="The gunmen also abducted at least ten people, including policemen and civilians, and took them with "
            "them when they withdrew into the desert")
ev("tazirbu-police-station-burned", A, "2018-11-23", "2018-11-23", "2018-11-23", STR,
   ["Looting/property destruction"], IS, POL_LY + [""], LY, KUFRA, (), 0, req=False,
   evidence="The attackers then set the building and two police cars on fire (part of the raid; optional)")
ev("tazirbu-lna-air-strike", A, "2018-11-23", "2018-11-23", "2018-11-23", EXP, ["Air/drone strike"],
   LNA, IS + [""], LY, KUFRA, (), None,
   evidence="Aircraft of the Libyan National Army (LNA) later struck a convoy of vehicles believed to belong to the "
            "attackers about 40 kilometres south of Tazirbu on Friday afternoon ... no details of casualties")
ev("kufra-neglect-protest", A, "2018-11-24", "2018-11-24", "2018-11-24", PRO, ["Peaceful protest"],
   PROT_LY, [""], LY, KUFRA, (), 0,
   evidence="Residents of Kufra took to the streets on Saturday morning to protest against what they called the "
            "state's neglect of the south ... The protest was peaceful")
ev("sabha-doctor-kidnapped", A, "2018-11-21", "2018-11-21", "2018-11-21", VAC, ["Abduction/forced disappearance"],
   UAG_LY, CIV_LY + ["Health Workers (Libya)"], LY, ["Sabha", "Sebha"], (), 0,
   evidence="In Sabha, meanwhile, unidentified gunmen kidnapped a doctor from outside the city's medical centre on "
            "Wednesday")

# ---------------------------------------------------------------- Libya (AP, 2019-04-07, Sun)
A = "libya_wadirabie_ap"
ev("wadi-rabie-lna-air-strike", A, "2019-04-07", "2019-04-07", "2019-04-07", EXP, ["Air/drone strike"],
   LNA, GNA + [""], LY, TRIPOLI, (), None,
   evidence="A warplane of the self-styled Libyan National Army ... struck a position held by militias allied with "
            "the U.N.-backed government in the Wadi Rabie area ... on Sunday ... no immediate word on casualties")
ev("tripoli-airport-retaken-by-gna", A, "2019-04-06", "2019-04-06", "2019-04-07", BAT,
   ["Government regains territory", "Armed clash", "Non-state actor overtakes territory"],
   GNA, LNA, LY, TRIPOLI + JAFARA, (), None,
   evidence="Forces loyal to the Tripoli-based government ... said late Saturday they had retaken the city's former "
            "international airport ... after hours of fighting with Hifter's troops, who had seized it a day earlier")
ev("tripoli-airport-seized-by-lna", A, "2019-04-05", "2019-04-05", "2019-04-05", BAT,
   ["Non-state actor overtakes territory", "Government regains territory", "Armed clash"],
   LNA, GNA + [""], LY, TRIPOLI + JAFARA, (), None, req=False,
   evidence="Hifter's troops, who had seized it a day earlier (Friday; told only in passing, optional)")
ev("swani-ambulance-shelled", A, "2019-04-06", "2019-04-06", "2019-04-06", EXP,
   ["Shelling/artillery/missile attack"], LNA + UAG_LY, CIV_LY + ["Health Workers (Libya)"], LY,
   JAFARA + TRIPOLI, (), 1,
   evidence="On Saturday, a doctor working with a field ambulance team was killed when a shell hit his vehicle in the "
            "Swani area southwest of Tripoli ... blaming Hifter's forces")
ev("checkpoint-27-lna-fighters-captured", A, "2019-04-05", "2019-04-05", "2019-04-05", BAT,
   ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
   GNA + ["Zawiya Militia", "Zawiya Communal Militia (Libya)", "Zawiya militias"], LNA, LY,
   JAFARA + TRIPOLI + ["Az Zawiyah", "Zawiya", "Al Zawiyah"], (), None,
   evidence="militias from the city of Zawiya captured more than 120 of Hifter's fighters and dozens of vehicles at "
            "a checkpoint on the coastal road known as 'Checkpoint 27' on Friday, after a brief firefight")
ev("us-forces-relocated-from-libya", A, "2019-04-07", "2019-04-07", "2019-04-07", STR,
   ["Change to group/activity", "Other"],
   ["Military Forces of the United States", "Military Forces of United States", "US Forces", "AFRICOM",
    "U.S. Africa Command"], [""], LY, TRIPOLI + [""], (), 0,
   evidence="On Sunday, the U.S. Africa Command said it had temporarily relocated a contingent of American forces "
            "from Libya 'due to security conditions on the ground'")
ev("india-peacekeepers-evacuated", A, "2019-04-07", "2019-04-05", "2019-04-07", STR,
   ["Change to group/activity", "Other"], ["Military Forces of India", "Police Forces of India", "CRPF"], [""], LY,
   TRIPOLI + [""], (), 0, req=False, tp=2,
   evidence="India also said it had evacuated a contingent of its Central Reserve Police Force peacekeepers ... from "
            "the capital (date unclear; optional)")
ev("tripoli-fighting-aggregate", A, "2019-04-07", "2019-04-04", "2019-04-07", BAT, ["Armed clash"],
   LNA + GNA, GNA + LNA, LY, TRIPOLI + [""], (), None, req=False, tp=2,
   evidence="The ministry said 21 people ... had been killed and 27 wounded in the fighting around Tripoli since "
            "Thursday. Hifter's forces said Saturday that 14 of their soldiers had been killed (aggregate; optional)")

# ---------------------------------------------------------------- Libya (Reuters, 2024-08-20, Tue)
A = "libya_tripoli_reuters"
TRIP_MIL = ["Militia (Pro-Government)", "Tripoli militias", "Government of National Unity", "GNU",
            "Military Forces of Libya", "Military Forces of Libya (Government of National Unity)", "Armed groups",
            "Unidentified Armed Group (Libya)"]
ev("cbl-it-chief-abducted", A, "2024-08-18", "2024-08-18", "2024-08-18", VAC, ["Abduction/forced disappearance"],
   UAG_LY, CIV_LY + ["Central Bank of Libya", "Government of Libya", ""], LY, TRIPOLI, (), 0,
   evidence="Musab Msallem was taken from his home in the capital by unidentified armed men on Sunday")
ev("cbl-staff-protest", A, "2024-08-19", "2024-08-19", "2024-08-19", PRO, ["Peaceful protest"],
   PROT_LY, [""], LY, TRIPOLI, (), 0,
   evidence="Dozens of central bank employees gathered outside the bank's headquarters in central Tripoli on Monday "
            "to demand Msallem's release ... The protest ended peacefully")
ev("cbl-armed-convoys-deployed", A, "2024-08-20", "2024-08-19", "2024-08-20", STR,
   ["Change to group/activity", "Other"], TRIP_MIL, [""], LY, TRIPOLI, (), 0,
   evidence="Overnight, convoys of armed vehicles belonging to factions aligned with the Tripoli government deployed "
            "on streets around the headquarters")
ev("janzour-armed-groups-clash", A, "2024-08-17", "2024-08-17", "2024-08-18", BAT, ["Armed clash"],
   TRIP_MIL + ["Janzour Militia"], TRIP_MIL + ["Janzour Militia"], LY, JAFARA + TRIPOLI, (), 3,
   evidence="Two fighters and a passer-by were killed late on Saturday in clashes between two armed groups in the "
            "western suburb of Janzour")
ev("ghadames-lna-deployment", A, "2024-08-08", "2024-08-08", "2024-08-08", STR, ["Change to group/activity"],
   LNA + ["Tariq Bin Ziyad Brigade"], [""], LY, ["Nalut", "Nalut District", "Ghadames"], (), 0,
   evidence="Earlier this month, on Aug. 8, units of the eastern-based Libyan National Army (LNA) under Saddam Haftar "
            "... moved towards the southwestern town of Ghadames (12 days before publication: inside the window)")
ev("cbl-suspends-operations", A, "2024-08-19", "2024-08-19", "2024-08-19", STR, ["Other"],
   ["Central Bank of Libya", "Government of Libya"], [""], LY, TRIPOLI, (), 0, req=False,
   evidence="Libya's central bank suspended all operations on Monday (non-violent institutional act; optional)")
ev("janzour-elders-truce", A, "2024-08-19", "2024-08-18", "2024-08-19", STR, ["Agreement"],
   TRIP_MIL + ["Janzour Militia"], TRIP_MIL + ["Janzour Militia", ""], LY, JAFARA + TRIPOLI, (), 0, req=False, tp=2,
   evidence="a truce brokered by local elders was holding on Monday (date of the truce not given; optional)")

DROP = {
    "yemen_masini_thenational": ["The National", "UAE", "World", "Business", "Opinion", "Lifestyle", "Sport",
                                 "Subscribe", "Share", "Facebook", "Twitter", "WhatsApp", "Related",
                                 "Yemeni forces seize Al Qaeda weapons depot in Abyan",
                                 "Saudi Arabia announces $1.5bn aid package for Yemen", "© 2018 The National"],
    "yemen_kushar_savethechildren": ["Skip to main content", "ReliefWeb", "Informing humanitarians worldwide",
                                     "Updates", "Countries", "Disasters", "Organizations", "Topics", "Jobs",
                                     "Training", "Yemen", "News and Press Release", "Source", "Posted",
                                     "Originally published", "Origin", "View original", "Attachments", "Download",
                                     "Share", "Twitter", "Facebook", "Related Content",
                                     "Yemen: Humanitarian Update Issue 6 (March 2019)",
                                     "Yemen: Hajjah Governorate - Displacement snapshot", "About", "Terms",
                                     "Privacy", "Contact"],
    "yemen_ibb_almasdaronline": ["Al-Masdar Online", "English", "Home", "News", "Reports", "Analysis", "Interviews",
                                 "Arabic", "Share on Facebook", "Share on Twitter", "Copy link", "Related news",
                                 "Government forces repel Houthi attack in Al-Dhale",
                                 "Teachers' strike enters second month in Houthi-held areas",
                                 "Subscribe to our newsletter", "© 2023 Al-Masdar Online. All rights reserved."],
    "libya_kikla_libyaherald": ["Libya Herald", "Home", "News", "Business", "Opinion", "Culture", "Sport",
                                "Contact us", "Share this:", "Facebook", "Twitter", "Email", "Related",
                                "Hundreds of families flee fighting in Warshefana",
                                "Dignity jets strike Misratan positions near Watiya", "© 2014 Libya Herald"],
    "libya_tazirbu_libyaobserver": ["The Libya Observer", "Home", "Libya", "Politics", "Economy", "Security",
                                    "Opinion", "Videos", "Share on Facebook", "Share on Twitter", "Related news",
                                    "LNA says it killed ISIS commander in southern Libya raid",
                                    "Sabha residents protest over deteriorating security",
                                    "Subscribe to our newsletter",
                                    "Copyright © 2018 The Libya Observer. All rights reserved."],
}
EITHER = {
    "yemen_ibb_afp": ["wak/feb/jh"],
    "yemen_masini_thenational": ["Staff reporter", "February 24, 2018", "Updated: February 24, 2018 06:32 PM"],
    "yemen_kushar_savethechildren": ["Save the Children", "12 Mar 2019", "ENDS",
                                     "For further information, please contact our media team.",
                                     "Save the Children works in Yemen since 1963 and currently supports children "
                                     "and families across 11 governorates."],
    "yemen_ibb_almasdaronline": ["Al-Masdar Online - Ibb", "Thursday 28 September 2023"],
    "libya_kikla_libyaherald": ["By Libya Herald reporter.", "Tripoli, 20 October 2014:"],
    "libya_tazirbu_libyaobserver": ["Abdulkader Assad", "Saturday, 24 November 2018"],
    "libya_wadirabie_ap": ["By SAMY MAGDY and RAMI MUSA Associated Press", "___",
                           "Magdy reported from Cairo. Associated Press writer Maggie Michael in Cairo contributed to "
                           "this report."],
    "libya_tripoli_reuters": ["By Ahmed Elumami",
                              "(Reporting by Ahmed Elumami; Additional reporting by Ayman al-Warfalli in Benghazi; "
                              "Writing by Aidan Lewis; Editing by Alison Williams)"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout214; Yemen and Libya 2014-2024), "
                             "coded by CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
