"""Writes gold.json for the 290th held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 41).

    python bench/heldout290/make_gold.py

Focus: Ethiopia, Amhara region 2023-2024 (the Fano insurgency) and the OLA in the Shewa zones of Oromia —
drone strikes on schools, reprisal killings of civilians by soldiers, Fano and OLA kidnappings for ransom,
a commander killed in battle, a protest fired on in Gondar and a shootout in Addis Ababa; lesser-known incidents
(the headline ones — Finote Selam, Merawi, Lalibela, Bahir Dar, Majete, Sasit — were used by earlier sets and
appear here only as background older than 30 days).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

ET = "Ethiopia"
ENDF = ["Military Forces of Ethiopia", "ENDF", "Ethiopian National Defense Force", "Ethiopian National Defence Force",
        "Ethiopian Army"]
POL = ["Police Forces of Ethiopia", "Addis Ababa Police Commission", "Addis Ababa Police", "Federal Police"]
FANO = ["Fano", "Fano Militia", "Amhara Fano", "Fano Militia (Ethiopia)", "Amhara Ethnic Militia (Ethiopia)",
        "Fano: Amhara Fano", "Amhara Fano in Gondar", "Amhara Fano in Gojjam"]
OLA = ["OLA", "Oromo Liberation Army", "OLA: Oromo Liberation Army", "OLF-Shene", "Shene", "OLF Shene"]
UAG = ["Unidentified Armed Group (Ethiopia)"]
CIV = ["Civilians (Ethiopia)"]
AMH = ["Amhara"]
ORO = ["Oromiya", "Oromia"]
NSHEWA = ["North Shewa Zone", "North Shewa", "North Shoa", "Semien Shewa", "North Shewa Zone (AM)"]
NSHEWA_OR = ["North Shewa Zone", "North Shewa", "North Shoa", "Semien Shewa", "North Shewa Zone (OR)"]
EGOJ = ["East Gojjam Zone", "East Gojjam", "East Gojam", "Misraq Gojjam"]
SGON = ["South Gondar Zone", "South Gondar", "South Gonder", "Debub Gondar"]

# ---------------------------------------------------------------- Borkena, 2023-08-22 (Tue)
A = "ethiopia_magenta_borkena"
ev("magenta-junction-kidnapping", A, "2023-08-19", "2023-08-19", "2023-08-19", VAC, ["Abduction/forced disappearance"],
   FANO + UAG, CIV, ET, ORO, NSHEWA_OR, 0,
   evidence="Eight people ... were taken hostage on Saturday at a road junction in Abichu-Gneaa woreda of the North "
            "Shewa Zone of Oromia Region by gunmen ... 'militants who call themselves Fano' ... known as Magenta")
ev("mendida-attack", A, "2023-08-07", "2023-08-07", "2023-08-07", VAC, ["Attack"],
   FANO + UAG, CIV, ET, ORO, NSHEWA_OR, 4,
   evidence="on 07 August, militants entered Mendida ... and killed and injured eight innocent people ... One resident "
            "put the number of dead at 'four or five'")

ev("amhara-towns-seized-early-august", A, "2023-08-05", "2023-08-01", "2023-08-10", BAT, ["Non-state actor overtakes territory"],
   FANO, ENDF + [""], ET, AMH, (), None, req=False, tp=3,
   evidence="Fano fighters briefly seized several towns early this month (unnamed towns, admin1 only; optional)")

# ---------------------------------------------------------------- Reuters, 2024-03-23 (Sat)
A = "ethiopia_gelawdewos_reuters"
ev("wubante-killed-dera", A, "2024-03-19", "2024-03-19", "2024-03-19", BAT, ["Armed clash"],
   ENDF + FANO, FANO + ENDF, ET, AMH, SGON, 1,
   evidence="Ethiopian government forces killed Wubante Abate ... after a day-long battle on Tuesday in the Gelawdewos "
            "area of Dera district in the Amhara region's South Gondar zone")
ev("ababy-mido-official-family-abducted", A, "2024-03-20", "2024-03-20", "2024-03-20", VAC,
   ["Abduction/forced disappearance"], UAG + FANO, CIV, ET, AMH, (), 0,
   evidence="On Wednesday, the wife and young son of Wendwossen Legesse ... were abducted by armed men at Ababy Mido, on "
            "the outskirts of the regional capital Bahir Dar")
ev("shambel-mengiste-ebinat-clash", A, "2024-03-22", "2024-03-22", "2024-03-22", BAT, ["Armed clash"],
   ENDF + FANO, FANO + ENDF, ET, AMH, SGON + [""], 11,
   evidence="its troops had killed another commander, Shambel Mengiste, and 'more than ten' of his fighters on Friday as "
            "the group moved towards the town of Ebinat, also in South Gondar")
ev("gozamin-labourers-abducted", A, "2024-02-26", "2024-02-26", "2024-02-26", VAC, ["Abduction/forced disappearance"],
   FANO, CIV, ET, AMH, EGOJ + ["Gozamin"], 0,
   evidence="272 day labourers ... held by Fano fighters in East Gojjam for 25 days ... stopped on 26 February on the "
            "road between Debre Markos and Debre Elias in Gozamin district (26 days before publication: inside the window)")
ev("gozamin-captives-shot", A, "2024-03-22", "2024-02-26", "2024-03-22", VAC, ["Attack"],
   FANO, CIV, ET, AMH, EGOJ + ["Gozamin"], 2, req=False, tp=3,
   evidence="The army's Gojjam command post said ... two captives had been shot dead by their captors during the weeks "
            "of detention (army claim, no date; may be folded into the abduction)")

# ---------------------------------------------------------------- Addis Standard, 2024-05-14 (Tue)
A = "ethiopia_gulo_addisstandard"
ev("gulo-school-drone-strike", A, "2024-05-12", "2024-05-12", "2024-05-12", EXP, ["Air/drone strike"],
   ENDF, CIV + [""], ET, AMH, NSHEWA, 3,
   evidence="A drone strike on Sunday hit Gulo Primary School in Tere kebele of Kewot woreda ... killing at least three "
            "civilians ... three farmers (Al-Ain) ... four (BBC) ... as many as seven teachers (DW)")
ev("tarmaber-drone-strike", A, "2024-05-12", "2024-05-12", "2024-05-12", EXP, ["Air/drone strike"],
   ENDF, CIV + [""], ET, AMH, NSHEWA, None,
   evidence="a second drone strike was carried out the same day in neighbouring Tarmaber woreda, where a school was "
            "again reported to have been hit, but they could not say how many people had been killed or wounded")

# ---------------------------------------------------------------- BBC, 2024-06-28 (Fri)
A = "ethiopia_sholameda_bbc"
ev("shola-meda-fertiliser-killings", A, "2024-06-24", "2024-06-24", "2024-06-24", VAC, ["Attack"],
   ENDF, CIV, ET, AMH, NSHEWA, 15,
   evidence="Ethiopian soldiers opened fire on farmers waiting to collect fertiliser and on customers in a nearby cafe "
            "in ... Shola Meda, just outside Debre Sina ... on Monday evening, killing at least 15 people (cafe 8 "
            "included; one resident said 17)")
ev("keranio-grave-diggers-killed", A, "2024-06-14", "2024-06-14", "2024-06-14", VAC, ["Attack"],
   ENDF, CIV, ET, AMH, EGOJ, 7,
   evidence="On 14 June, seven people were killed and two wounded when gunmen whom residents described as government "
            "soldiers opened fire on villagers digging a grave ... in the small town of Keranio")
ev("keranio-armed-man-executed", A, "2024-06-16", "2024-06-16", "2024-06-16", VAC, ["Attack"],
   ENDF, FANO + CIV + [""], ET, AMH, EGOJ, 1, req=False,
   evidence="Two days after that attack ... soldiers returned to Keranio, detained an armed man in the town and shot him "
            "dead on the outskirts (single killing of a detained armed man; optional)")

# ---------------------------------------------------------------- AFP, 2024-11-06 (Wed)
A = "ethiopia_addiskidam_afp"
AWI = ["Awi Zone", "Awi", "Agew Awi Zone", "Agew Awi", "Awi Agew", ""]
ev("addis-kidam-clash", A, "2024-10-27", "2024-10-27", "2024-10-27", BAT,
   ["Armed clash", "Non-state actor overtakes territory"], FANO + ENDF, ENDF + FANO, ET, AMH, AWI, None,
   evidence="a day of fighting on October 27 in the town ... By late morning Fano controlled 'most of the town' ... "
            "until about 4:00 pm, when army reinforcements arrived and the fighters pulled back (taken and lost the same "
            "day -> one Armed clash)")
ev("addis-kidam-house-to-house-killings", A, "2024-10-27", "2024-10-27", "2024-10-28", VAC, ["Attack"],
   ENDF, CIV, ET, AMH, AWI, 23,
   evidence="Ethiopian government troops went from door to door killing more than 20 civilians ... 'He said he had "
            "helped bury 23 bodies' ... Another resident said at least 26 ... official denied civilians were killed")

# ---------------------------------------------------------------- Ethiopia Observer, 2024-09-03 (Tue)
A = "ethiopia_gondar_ethiopiaobserver"
GUN_GON = UAG + ["Unidentified Criminal Group (Ethiopia)", "Kidnappers (Ethiopia)"]
SEC = POL + ENDF + ["Anti-Guerrilla Force", "Militia (Gondar)", "Amhara Regional Police", "Police Forces of Ethiopia (Amhara)"]
ev("nolawit-abducted", A, "2024-08-28", "2024-08-28", "2024-08-28", VAC, ["Abduction/forced disappearance"],
   GUN_GON + FANO, CIV, ET, AMH, (), 0,
   evidence="Nolawit Zegeye was taken from her family's home in the city last Wednesday by men who then called her "
            "father demanding one million birr")
ev("nolawit-killed", A, "2024-09-01", "2024-08-28", "2024-09-01", VAC, ["Attack"],
   GUN_GON + FANO, CIV, ET, AMH, (), 1, tp=2,
   evidence="the kidnappers told them the child had been left near the house. Her body was found dumped behind bushes "
            "close to the home on Sunday")
ev("piassa-protesters-shot", A, "2024-09-02", "2024-09-02", "2024-09-02", PRO,
   ["Excessive force against protesters", "Protest with intervention"],
   ["Protesters (Ethiopia)"] + SEC, SEC + ["Protesters (Ethiopia)", "Civilians (Ethiopia)"], ET, AMH, (), 2,
   evidence="Security forces opened fire on residents of Gondar who had taken to the streets on Monday evening ... "
            "shooting dead at least two people ... two (Addis Standard) ... four (BBC Amharic)")
ev("gondar-mother-daughter-shot", A, "2024-08-29", "2024-08-29", "2024-08-29", VAC, ["Attack"],
   GUN_GON + FANO, CIV, ET, AMH, (), 2,
   evidence="Last Thursday, a mother and her daughter, a student at Addis Ababa University ... were shot dead by "
            "kidnappers inside their house in the city")
ev("gondar-kidnap-suspects-arrested", A, "2024-09-02", "2024-09-02", "2024-09-02", STR, ["Arrests"],
   POL + ENDF, CIV + ["", "Unidentified Criminal Group (Ethiopia)"], ET, AMH, (), 0, req=False,
   evidence="On Monday, police said they had arrested 31 people suspected of involvement in kidnappings (not notable "
            "persons; optional)")

# ---------------------------------------------------------------- The Reporter, 2024-04-11 (Thu)
A = "ethiopia_qota_thereporter"
SWSHEWA = ["South West Shewa Zone", "Southwest Shewa Zone", "South West Shewa", "South West Shoa", "West Shewa Zone",
           "West Shewa", ""]
WSHEWA = ["West Shewa Zone", "West Shewa", "West Shoa", ""]
ev("qota-massacre", A, "2024-04-04", "2024-04-04", "2024-04-04", VAC, ["Attack"],
   OLA + UAG, CIV, ET, ORO, SWSHEWA, None,
   evidence="The first attack took place before dawn last Thursday in Qota, a market town in Amaya district ... killing "
            "people shortly before 6:00 am, going from house to house (no per-town toll; >35 for both towns)")
ev("silkamba-raid", A, "2024-04-08", "2024-04-08", "2024-04-08", VAC, ["Attack"],
   OLA + UAG, CIV, ET, ORO, WSHEWA, None,
   evidence="On Monday, the group struck again in Silkamba, a town in Nono district of West Shewa zone ... Several "
            "people were killed in that raid and others were taken away")
ev("silkamba-abductions", A, "2024-04-08", "2024-04-08", "2024-04-08", VAC, ["Abduction/forced disappearance"],
   OLA + UAG, CIV, ET, ORO, WSHEWA, 0, req=False,
   evidence="others were taken away (same raid; optional separate abduction row)")
ev("qota-federal-troops-withdraw", A, "2024-03-28", "2024-03-25", "2024-04-01", STR, ["Change to group/activity"],
   ENDF, ["", "Civilians (Ethiopia)"] + OLA, ET, ORO, SWSHEWA, 0, req=False, tp=2,
   evidence="the federal troops who had been stationed in Qota had withdrawn from the town about a week before the "
            "attack")

# ---------------------------------------------------------------- Ethiopia Insider, 2024-05-28 (Tue)
A = "ethiopia_dera_ethiopiainsider"
ADD = ["Addis Ababa", "Addis Abeba", "Adis Abeba"]
ev("dera-farmer-killed", A, "2024-05-18", "2024-05-18", "2024-05-19", VAC, ["Attack"],
   OLA + UAG, CIV, ET, ORO, NSHEWA_OR, 1,
   evidence="began on the night of 18 May, when the gunmen went to the house of a farmer, took him outside and shot him")
ev("dera-ten-abducted", A, "2024-05-21", "2024-05-18", "2024-05-21", VAC, ["Abduction/forced disappearance"],
   OLA + UAG, CIV, ET, ORO, NSHEWA_OR, 0, tp=2,
   evidence="Over the following three days, the group returned to neighbouring kebeles and led away men ... the "
            "abduction of ten people in the district from 18 to 21 May")
ev("millennium-hall-shootout", A, "2024-05-24", "2024-05-24", "2024-05-24", BAT, ["Armed clash"],
   POL + ENDF + FANO, FANO + POL + ENDF, ET, ADD, ["Bole", ""], 3,
   evidence="police said on Friday that two members of the Fano militia and a civilian had been killed in a shootout "
            "with security forces near the Millennium Hall in Bole")
ev("millennium-hall-driver-shot", A, "2024-05-24", "2024-05-24", "2024-05-24", VAC, ["Attack"],
   FANO, CIV, ET, ADD, ["Bole", ""], 1, req=False,
   evidence="the civilian, a driver, was shot by the militiamen after he refused their demand to give them a ride "
            "(may be folded into the shootout)")

DROP = {
    "ethiopia_magenta_borkena": ["borkena", "Home", "Latest", "Ethiopian News", "Opinion", "Business", "Sport",
                                 "Share this:", "Facebook", "Twitter", "Telegram", "Related",
                                 "Ethiopia : State of emergency declared in Amhara region",
                                 "Gunmen kidnap 63 bus passengers in North Shoa, residents say",
                                 "Join our Telegram Channel : t.me/borkena"],
    "ethiopia_gulo_addisstandard": ["Addis Standard", "Home", "News", "Politics", "Business", "Op-Ed", "Interview",
                                    "Africa", "Share this:", "Facebook", "Twitter", "Telegram", "Related",
                                    "News: EHRC says civilians killed in drone strikes, house searches in Amhara region",
                                    "News: Transport halted between Bahir Dar and Gondar amid militia road ban"],
    "ethiopia_sholameda_bbc": ["Skip to content", "BBC", "Home", "News", "Sport", "Business", "Innovation", "Culture",
                               "Africa", "Share", "Save", "Related",
                               "Ethiopia's Fano militia: Who are the fighters taking on the army?",
                               "Drone strike 'kills dozens' at Ethiopia baptism gathering", "More on this story",
                               "Copyright 2024 BBC. All rights reserved. The BBC is not responsible for the content of "
                               "external sites."],
    "ethiopia_gondar_ethiopiaobserver": ["Ethiopia Observer", "Home", "News", "Politics", "Economy", "Analysis",
                                         "Videos", "Share this post", "Facebook", "Twitter", "LinkedIn",
                                         "Related Posts", "Twenty-seven civilians killed by government troops",
                                         "Amhara: Fano militia blocks major roads ahead of new year"],
    "ethiopia_qota_thereporter": ["The Reporter", "News", "Politics", "Business", "Editorial", "Viewpoint", "Share",
                                  "Facebook", "Twitter", "Telegram", "Most Read", "Parliament approves supplementary budget",
                                  "Birr slides further against dollar on parallel market"],
    "ethiopia_dera_ethiopiainsider": ["(c) 2024 Ethiopia Insider. All rights reserved."],
}
EITHER = {
    "ethiopia_magenta_borkena": ["By Staff Reporter", "August 22, 2023"],
    "ethiopia_gelawdewos_reuters": ["By Reuters Staff",
                                    "(Reporting by Dawit Endeshaw; Writing by George Obulutsa; Editing by Alison "
                                    "Williams)"],
    "ethiopia_gulo_addisstandard": ["May 14, 2024"],
    "ethiopia_sholameda_bbc": ["28 June 2024"],
    "ethiopia_addiskidam_afp": ["str-ho/kjm/giv"],
    "ethiopia_gondar_ethiopiaobserver": ["September 3, 2024", "by Ethiopia Observer"],
    "ethiopia_qota_thereporter": ["By Tesfaye Getnet", "April 11, 2024"],
    "ethiopia_dera_ethiopiainsider": ["Ethiopia Insider | 28 May 2024"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout290; Ethiopia, Amhara 2023-2024: Fano "
                             "insurgency and OLA in Shewa), coded by CODEBOOK.md before the system was run (BLIND).",
               drop=DROP, either=EITHER)
