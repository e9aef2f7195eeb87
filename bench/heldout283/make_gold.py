"""Writes gold.json for the 283rd held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 40).

    python bench/heldout283/make_gold.py

Topic: Lebanon 2006-2024, coding only what happens on Lebanese soil — the 2006 war (Srifa, the Baalbek hospital
raid, Debel and Ayta al-Shaab), the May 2008 mountain fighting in Aley, the 2012 Kweikhat checkpoint shooting in
Akkar and the Tripoli rounds, the 2013 Arsal ambush, the January 2021 Tripoli lockdown riots and the September
2024 Israeli strikes (Younine, Beirut's southern suburbs, Tyre district).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

LB = "Lebanon"
LAF = ["Military Forces of Lebanon", "Lebanese Armed Forces", "Lebanese Army"]
ISF = ["Police Forces of Lebanon", "Internal Security Forces", "ISF"]
IDF = ["Military Forces of Israel", "Israel Defense Forces", "IDF", "Israeli Army", "Israeli Air Force"]
HZB = ["Hezbollah", "Hizbullah", "Hizballah"]
CIV = ["Civilians (Lebanon)"]
SYA = ["Military Forces of Syria", "Syrian Arab Army", "Syrian Air Force"]
# admin1 spellings of the gazetteer first, then common variants
SOUTH = ["South", "South Lebanon", "South Governorate", "Al Janub", "Liban-Sud"]
NAB = ["Nabatiye", "Nabatieh", "An Nabatiyah", "Nabatiyeh"]
BH = ["Baalbek-Hermel", "Baalbek Hermel", "Baalbak-Hermel", "Bekaa", "Beqaa"]
BAALBEK = ["Baalbek", "Baalbak"]
MTL = ["Mont-Liban", "Mount Lebanon", "Jabal Lubnan"]
ALEY = ["Aley", "Alayh"]
AKK = ["Aakkar", "Akkar"]
NORTH = ["Liban-Nord", "North Lebanon", "North", "Ash Shamal"]
TRIP = ["Tripoli", "Trablous"]
BEY = ["Beyrouth", "Beirut"]
BJ = ["Bent Jbail", "Bint Jbeil", "Bint Jbail"]
MARJ = ["Marjayoun", "Marjeyoun", "Marjaayoun"]

# ---------------------------------------------------------------- Srifa (AP, 2006-07-20, Thu)
A = "lebanon_srifa_ap"
ev("srifa-air-strikes", A, "2006-07-19", "2006-07-19", "2006-07-19", EXP, ["Air/drone strike"],
   IDF, CIV + HZB + [""], LB, SOUTH, (), 21,
   evidence="Israeli warplanes pounded the hilltop village of Srifa ... on Wednesday, levelling at least twenty houses "
            "and killing at least twenty-one people ... A Lebanese civil defense officer put the number of dead at "
            "twenty-six, but said only twenty-one bodies had been pulled out")
ev("bint-jbeil-border-clash", A, "2006-07-19", "2006-07-19", "2006-07-19", BAT, ["Armed clash"],
   IDF + HZB, HZB + IDF, LB, NAB, BJ, 2,
   evidence="Israeli troops crossed the border ... to raid Hezbollah positions in the hills of the Bint Jbeil district "
            "... two of its soldiers were killed and nine wounded in a firefight with guerrillas ... on Wednesday")
ev("bint-jbeil-raid-tuesday", A, "2006-07-18", "2006-07-18", "2006-07-18", BAT, ["Armed clash"],
   IDF + HZB, HZB + IDF + [""], LB, NAB, BJ, None, req=False,
   evidence="crossed the border for the second day in a row (implied Tuesday raid, no detail)")
ev("burj-barajneh-bunker-strike", A, "2006-07-19", "2006-07-19", "2006-07-20", EXP, ["Air/drone strike"],
   IDF, HZB + CIV + [""], LB, BEY + MTL, (), None,
   evidence="Late on Wednesday, Israeli aircraft dropped some 23 tons of explosives on what the military described as "
            "a bunker ... in the Burj al-Barajneh district of Beirut's southern suburbs ... no word on casualties")
ev("qasmiyeh-car-strike", A, "2006-07-20", "2006-07-20", "2006-07-20", EXP,
   ["Air/drone strike", "Shelling/artillery/missile attack"], IDF, CIV, LB, SOUTH, (), 2,
   evidence="On the coastal road north of Tyre on Thursday morning, a car carrying a family fleeing the south was hit "
            "by a missile near the Qasmiyeh bridge, killing a man and his son")
ev("lebanon-countrywide-toll-jul19", A, "2006-07-19", "2006-07-19", "2006-07-19", EXP, ["Air/drone strike"],
   IDF, CIV + HZB + [""], LB, [""], (), 64, req=False,
   evidence="Police said Israeli strikes across the country killed 63 civilians and one Hezbollah fighter over the day "
            "(country-level aggregate; overlaps Srifa)")

# ---------------------------------------------------------------- Baalbek (Reuters, 2006-08-02, Wed)
A = "lebanon_baalbek_reuters"
ev("dar-al-hikma-hospital-raid", A, "2006-08-01", "2006-08-01", "2006-08-02", BAT, ["Armed clash"],
   IDF + HZB, HZB + IDF, LB, BH, BAALBEK, 10,
   evidence="commandos landed near the Dar al-Hikma hospital ... shortly before midnight and clashed with Hezbollah "
            "fighters ... The Israeli army said its soldiers killed about ten guerrillas ... police officer ... eleven "
            "civilians had died in the neighbourhood around the hospital")
ev("jamaliyeh-air-strike", A, "2006-08-01", "2006-08-01", "2006-08-02", EXP, ["Air/drone strike"],
   IDF, CIV + [""], LB, BH, BAALBEK, 7,
   evidence="In the village of Jamaliyeh, a few kilometres west of Baalbek, an air strike during the raid flattened two "
            "houses, killing seven people, five of them from the same family")
ev("baalbek-five-captured", A, "2006-08-02", "2006-08-01", "2006-08-02", VAC, ["Abduction/forced disappearance"],
   IDF, CIV + HZB + [""], LB, BH, BAALBEK, 0, req=False,
   evidence="flying out at dawn with five captives ... Al-Manar ... said they were local residents ... called the "
            "operation a 'kidnapping' (may be folded into the raid)")
ev("ayta-al-shaab-fighting-aug2", A, "2006-08-02", "2006-08-02", "2006-08-02", BAT, ["Armed clash"],
   IDF + HZB, HZB + IDF, LB, NAB, BJ, None,
   evidence="Troops fought Hezbollah guerrillas through the day around the border village of Ayta al-Shaab, where the "
            "army said three of its soldiers were wounded. There was no word on guerrilla casualties")
ev("army-post-strike-south", A, "2006-08-01", "2006-08-01", "2006-08-01", EXP, ["Air/drone strike"],
   IDF, LAF, LB, SOUTH + NAB + [""], (), 3,
   evidence="Israeli warplanes also struck a Lebanese army post in the south on Tuesday, killing three soldiers")

# ---------------------------------------------------------------- Debel (Jerusalem Post, 2006-08-10, Thu)
A = "lebanon_debel_jpost"
ev("debel-house-missile", A, "2006-08-09", "2006-08-09", "2006-08-09", BAT, ["Armed clash"],
   HZB + IDF, IDF + HZB, LB, NAB, BJ, 9,
   evidence="in the Christian village of Debel ... a reserve infantry company ... had taken cover in a two-storey house "
            "during clashes with Hizbullah. Guerrillas fired an anti-tank missile into the building ... Nine reservists "
            "were killed")
ev("debel-house-missile-as-missile-attack", A, "2006-08-09", "2006-08-09", "2006-08-09", EXP,
   ["Shelling/artillery/missile attack"], HZB, IDF, LB, NAB, BJ, 9, req=False,
   evidence="the same anti-tank missile strike coded as remote violence instead of a clash")
ev("ayta-al-shaab-tank-hit", A, "2006-08-09", "2006-08-09", "2006-08-09", BAT, ["Armed clash"],
   HZB + IDF, IDF + HZB, LB, NAB, BJ, 4,
   evidence="in Ayta al-Shaab, an anti-tank missile hit a Merkava tank from close range during a fierce gun battle on "
            "Wednesday morning ... its four-man reserve crew ... were killed")
ev("kliya-mortar", A, "2006-08-09", "2006-08-09", "2006-08-09", EXP, ["Shelling/artillery/missile attack"],
   HZB, IDF, LB, NAB, MARJ, 1,
   evidence="Sgt.-Maj. Yevgeni Shamidov was killed when Hizbullah mortar rounds landed among troops near the village "
            "of Kliya, south of Marjayoun")
ev("debel-hills-air-strikes", A, "2006-08-09", "2006-08-09", "2006-08-09", EXP, ["Air/drone strike"],
   IDF, HZB + [""], LB, NAB, BJ, None, req=False,
   evidence="Israeli aircraft bombed the surrounding hills after the missile attack")
ev("south-lebanon-hezbollah-toll-aug9", A, "2006-08-09", "2006-08-09", "2006-08-09", BAT, ["Armed clash"],
   IDF + HZB, HZB + IDF, LB, [""] + SOUTH + NAB, (), 40, req=False,
   evidence="The IDF said at least forty Hizbullah gunmen were killed in Wednesday's fighting (unverified aggregate)")

# ---------------------------------------------------------------- Aitat (The Daily Star, 2008-05-12, Mon)
A = "lebanon_aitat_dailystar"
OPP = HZB + ["Lebanese Democratic Party", "LDP", "Amal Movement", "Amal", "Opposition Militia (Lebanon)",
             "Shiite Militia (Lebanon)", "Hezbollah-led opposition"]
PSP = ["Progressive Socialist Party", "PSP", "Progressive Socialist Party (PSP)", "Druze Militia (Lebanon)",
       "Druze Group (Lebanon)"]
FUT = ["Future Movement", "Al-Mustaqbal", "Future Movement Militia", "Sunni Militia (Lebanon)"]
ev("aitat-battle-hilltops-taken", A, "2008-05-11", "2008-05-11", "2008-05-11", BAT,
   ["Non-state actor overtakes territory", "Armed clash"], OPP + PSP, PSP + OPP, LB, MTL, ALEY, 5,
   evidence="Fierce battles between Hizbullah-led opposition gunmen and Druze supporters of ... (PSP) ... on Sunday, "
            "killing at least five people ... in the village of Aitat ... took control of the hilltops overlooking "
            "Aitat ... late Sunday ... after PSP fighters withdrew (rule 3: clash + capture = one row)")
ev("aitat-battle-split-second-row", A, "2008-05-11", "2008-05-11", "2008-05-11", BAT,
   ["Armed clash", "Non-state actor overtakes territory"], OPP + PSP, PSP + OPP, LB, MTL, ALEY, None, req=False,
   evidence="a coder splitting the clash and the capture of the hilltops/Qmatiyeh positions gets a second row")
ev("aitat-kayfoun-mortars", A, "2008-05-11", "2008-05-11", "2008-05-11", EXP, ["Shelling/artillery/missile attack"],
   OPP + PSP, PSP + OPP + CIV + [""], LB, MTL, ALEY, None, req=False,
   evidence="Mortar rounds fired by both sides fell on houses in Aitat and neighboring Kayfoun late into the evening")
ev("qmatiyeh-checkpoint-abduction", A, "2008-05-10", "2008-05-10", "2008-05-10", VAC,
   ["Abduction/forced disappearance", "Attack"], OPP, CIV + PSP, LB, MTL, ALEY, 1,
   evidence="opposition gunmen manning a checkpoint between Qmatiyeh and Souk al-Gharb seized four Druze men on "
            "Saturday, one of whom was later found dead")
ev("aley-psp-abduction", A, "2008-05-10", "2008-05-10", "2008-05-11", VAC,
   ["Abduction/forced disappearance", "Attack"], PSP, CIV + HZB, LB, MTL, ALEY, 3,
   evidence="PSP members abducted three Hizbullah supporters from a road near Aley; their bodies were found on Sunday")
ev("aley-army-takes-psp-posts", A, "2008-05-12", "2008-05-12", "2008-05-12", STR,
   ["Non-violent transfer of territory", "Change to group/activity"], LAF + PSP, PSP + LAF + [""], LB, MTL, ALEY, 0,
   evidence="On Monday morning, army units began taking over PSP offices and posts in Aley town, with party members "
            "handing over their weapons depots")
ev("west-beirut-overrun", A, "2008-05-09", "2008-05-09", "2008-05-09", BAT, ["Non-state actor overtakes territory"],
   OPP, FUT + [""], LB, BEY, (), None,
   evidence="On Friday, Hizbullah and its allies overran West Beirut in a matter of hours, routing gunmen loyal to the "
            "Future Movement")
ev("future-tv-offices-burned", A, "2008-05-09", "2008-05-09", "2008-05-09", STR, ["Looting/property destruction"],
   OPP, FUT + CIV + [""], LB, BEY, (), None, req=False,
   evidence="setting fire to the offices of the movement's television station (may be folded into the takeover)")
ev("beirut-positions-handed-to-army", A, "2008-05-10", "2008-05-10", "2008-05-10", STR,
   ["Non-violent transfer of territory", "Change to group/activity"], OPP + LAF, LAF + OPP + [""], LB, BEY, (), 0,
   evidence="The group began handing its positions in the capital to the army on Saturday")
ev("lebanon-five-days-toll-2008", A, "2008-05-11", "2008-05-07", "2008-05-11", BAT, ["Armed clash"],
   OPP + PSP + FUT, PSP + FUT + OPP + [""], LB, [""], (), 49, req=False, tp=2,
   evidence="at least 49 people have been killed in five days of fighting across the country")

# ---------------------------------------------------------------- Kweikhat (Naharnet, 2012-05-20, Sun)
A = "lebanon_kweikhat_naharnet"
RIOT = ["Rioters (Lebanon)", "Protesters (Lebanon)"]
TAB = ["Sunni Militia (Lebanon)", "Sunni Gunmen (Lebanon)", "Bab al-Tabbaneh Militia",
       "Unidentified Armed Group (Lebanon)"]
JM = ["Alawite Militia (Lebanon)", "Arab Democratic Party", "Alawite Gunmen (Lebanon)", "Jabal Mohsen Militia",
      "Unidentified Armed Group (Lebanon)"]
ev("kweikhat-checkpoint-shooting", A, "2012-05-20", "2012-05-20", "2012-05-20", VAC, ["Attack"],
   LAF, CIV + [""], LB, AKK, ["Akkar"], 2,
   evidence="army troops shot dead Sunni cleric Sheikh Ahmed Abdul Wahed and one of his companions at a checkpoint in "
            "the village of al-Kweikhat ... Mohammed Hussein Merheb, was also killed")
ev("kweikhat-as-clash", A, "2012-05-20", "2012-05-20", "2012-05-20", BAT, ["Armed clash"],
   LAF + ["Unidentified Armed Group (Lebanon)"], ["Unidentified Armed Group (Lebanon)"] + LAF + CIV, LB, AKK,
   ["Akkar"], 2, req=False,
   evidence="A security source told MTV ... the checkpoint had first come under fire from the convoy (army version)")
ev("akkar-road-blocking-riots", A, "2012-05-20", "2012-05-20", "2012-05-20", RIO, ["Violent demonstration"],
   RIOT, LAF + [""], LB, AKK, ["Akkar", ""], 0,
   evidence="dozens of young men set tires ablaze and blocked the main roads in several Akkar towns, some of them firing "
            "automatic rifles in the air. A military vehicle was pelted with stones near Bebnine")
ev("akkar-road-blocking-as-protest", A, "2012-05-20", "2012-05-20", "2012-05-20", PRO, ["Peaceful protest"],
   ["Protesters (Lebanon)"], [""], LB, AKK, ["Akkar", ""], 0, req=False,
   evidence="the road blockades coded as protest instead of riot")
ev("tripoli-roundabout-road-blocking", A, "2012-05-20", "2012-05-20", "2012-05-20", RIO,
   ["Violent demonstration", "Mob violence"], RIOT, [""] + LAF, LB, NORTH, TRIP, 0,
   evidence="In Tripoli, youths cut off the main road at the Abdel Hamid Karami roundabout with burning dumpsters and "
            "gunmen deployed in the streets of Bab al-Tabbaneh")
ev("tripoli-roundabout-as-protest", A, "2012-05-20", "2012-05-20", "2012-05-20", PRO, ["Peaceful protest"],
   ["Protesters (Lebanon)"], [""], LB, NORTH, TRIP, 0, req=False,
   evidence="the Tripoli road blockade coded as protest")
ev("tripoli-tabbaneh-jabal-mohsen-clashes", A, "2012-05-15", "2012-05-12", "2012-05-15", BAT, ["Armed clash"],
   TAB + JM, JM + TAB, LB, NORTH, TRIP, 8, tp=2,
   evidence="Gunmen in ... Bab al-Tabbaneh and ... Jabal Mohsen fought ... from May 12 until the army deployed in the "
            "area on Tuesday, killing at least eight people according to security sources. An AFP tally put the dead "
            "at ten")
ev("tripoli-army-deploys", A, "2012-05-15", "2012-05-15", "2012-05-15", STR, ["Change to group/activity"],
   LAF, [""] + TAB + JM, LB, NORTH, TRIP, 0, req=False,
   evidence="until the army deployed in the area on Tuesday")

# ---------------------------------------------------------------- Arsal (AFP, 2013-02-02, Sat)
A = "lebanon_arsal_afp"
GUN = ["Unidentified Armed Group (Lebanon)", "Gunmen (Lebanon)", "Militia (Arsal)", "Civilians (Lebanon)",
       "Jabhat al-Nusra", "Nusra Front", "Sunni Militia (Lebanon)"]
ev("arsal-patrol-ambush", A, "2013-02-01", "2013-02-01", "2013-02-01", BAT, ["Armed clash"],
   GUN + LAF, LAF + GUN, LB, BH, BAALBEK, 3,
   evidence="gunmen ambushed an army patrol hunting a wanted man, killing an officer and a soldier ... on Friday "
            "afternoon on the outskirts of Arsal ... Hmayed was killed in the exchange of fire")
ev("arsal-army-reinforcements", A, "2013-02-02", "2013-02-02", "2013-02-02", STR, ["Change to group/activity"],
   LAF, [""] + GUN, LB, BH, BAALBEK, 0, req=False,
   evidence="On Saturday, army reinforcements backed by armoured personnel carriers took up positions at the "
            "entrances of Arsal and set up checkpoints")
ev("arsal-two-arrested", A, "2013-02-02", "2013-02-02", "2013-02-02", STR, ["Arrests"],
   LAF, GUN + [""], LB, BH, BAALBEK, 0, req=False,
   evidence="arrested two men suspected of taking part in the ambush in a raid near the town at dawn (not notable)")
ev("arsal-residents-rally", A, "2013-02-02", "2013-02-02", "2013-02-02", PRO, ["Peaceful protest"],
   ["Protesters (Lebanon)"], [""], LB, BH, BAALBEK, 0,
   evidence="Hundreds of Arsal residents gathered in the main square after Saturday noon prayers, chanting against "
            "what they called a 'campaign of incitement' ... The rally ended peacefully")
ev("arsal-syrian-helicopter-rockets", A, "2013-01-30", "2013-01-30", "2013-01-30", EXP, ["Air/drone strike"],
   SYA, CIV + [""], LB, BH, BAALBEK, 0,
   evidence="Syrian army helicopters fired rockets at farmland on the town's eastern outskirts on Wednesday, wounding "
            "a shepherd")

# ---------------------------------------------------------------- Tripoli (L'Orient Today, 2021-01-29, Fri)
A = "lebanon_tripoli_lorienttoday"
SEC = ISF + LAF + [""]
ev("tripoli-municipality-torched", A, "2021-01-28", "2021-01-28", "2021-01-29", RIO, ["Violent demonstration"],
   RIOT, SEC, LB, NORTH, TRIP, 0,
   evidence="protesters hurled Molotov cocktails and fireworks into the building and set it ablaze ... Thursday night's "
            "violence began ... set fire to a door of the al-Tell police station ... army units moved in to clear "
            "al-Nour Square")
ev("tripoli-municipality-as-destruction", A, "2021-01-28", "2021-01-28", "2021-01-29", STR,
   ["Looting/property destruction"], RIOT, [""] + SEC, LB, NORTH, TRIP, 0, req=False,
   evidence="the torching of the municipality coded as property destruction")
ev("tripoli-serail-clash-taybah-killed", A, "2021-01-27", "2021-01-27", "2021-01-28", RIO, ["Violent demonstration"],
   RIOT, SEC, LB, NORTH, TRIP, 1,
   evidence="Omar Taybah, 30, who was hit by a bullet in the back during clashes outside the Serail late on Wednesday "
            "... ISF said its men fired live rounds to disperse 'rioters' who had set the building's guard post on fire")
ev("tripoli-serail-as-excessive-force", A, "2021-01-27", "2021-01-27", "2021-01-28", PRO,
   ["Excessive force against protesters", "Protest with intervention"], ["Protesters (Lebanon)"] + ISF,
   ISF + ["Protesters (Lebanon)"], LB, NORTH, TRIP, 1, req=False,
   evidence="live rounds fired at protesters, coded from the protesters' side")
ev("tripoli-tuesday-clashes", A, "2021-01-26", "2021-01-26", "2021-01-27", RIO, ["Violent demonstration"],
   RIOT, SEC, LB, NORTH, TRIP, 0,
   evidence="On Tuesday night, stone-throwing youths clashed with soldiers and police near the Serail for several "
            "hours; some forty-five people were hurt")
ev("tripoli-monday-protests", A, "2021-01-25", "2021-01-25", "2021-01-25", PRO, ["Peaceful protest"],
   ["Protesters (Lebanon)"], [""], LB, NORTH, TRIP, 0, req=False,
   evidence="The protests broke out on Monday evening in ... Bab al-Tabbaneh and al-Qobbeh (no detail)")
ev("tripoli-taybah-funeral-march", A, "2021-01-28", "2021-01-28", "2021-01-28", PRO, ["Peaceful protest"],
   ["Protesters (Lebanon)"], [""], LB, NORTH, TRIP, 0, req=False,
   evidence="Thousands of people marched behind Taybah's coffin ... chanting against the political class")
ev("beirut-cola-solidarity-protest", A, "2021-01-28", "2021-01-28", "2021-01-28", PRO, ["Peaceful protest"],
   ["Protesters (Lebanon)"], [""], LB, BEY, (), 0,
   evidence="In Beirut, dozens of demonstrators blocked the road at the Cola intersection for two hours on Thursday "
            "evening in solidarity with Tripoli before dispersing peacefully")
ev("tripoli-grenade-on-patrol", A, "2021-01-28", "2021-01-27", "2021-01-28", EXP, ["Grenade"],
   ["Unidentified Armed Group (Lebanon)"] + RIOT, LAF, LB, NORTH, TRIP, 0, req=False,
   evidence="31 soldiers had been wounded, some by a hand grenade thrown at a patrol (date and place left vague)")

# ---------------------------------------------------------------- Younine (Reuters, 2024-09-26, Thu)
A = "lebanon_younine_reuters"
ev("younine-air-strike", A, "2024-09-25", "2024-09-25", "2024-09-26", EXP, ["Air/drone strike"],
   IDF, ["Civilians (Syria)", "Civilians (Lebanon)", ""], LB, BH, BAALBEK, 23,
   evidence="An Israeli air strike on a three-storey building in the eastern Lebanese town of Younine ... killed 23 "
            "people late on Wednesday, all of them Syrian")
ev("dahiyeh-srur-strike", A, "2024-09-26", "2024-09-26", "2024-09-26", EXP, ["Air/drone strike"],
   IDF, HZB + CIV + [""], LB, BEY + MTL, ["Baabda", ""], 2,
   evidence="On Thursday, an Israeli strike hit a residential building in Beirut's southern suburbs, killing two people "
            "and wounding fifteen ... targeted Mohammed Hussein Srur")
ev("tyre-district-strikes", A, "2024-09-26", "2024-09-26", "2024-09-26", EXP, ["Air/drone strike"],
   IDF, CIV + HZB + [""], LB, SOUTH, (), 3,
   evidence="Strikes also hit several villages in the Tyre district on Thursday morning, killing three people")
ev("lebanon-monday-strikes-558", A, "2024-09-23", "2024-09-23", "2024-09-23", EXP, ["Air/drone strike"],
   IDF, CIV + HZB + [""], LB, [""] + SOUTH + NAB + BH, (), 558,
   evidence="Monday's strikes across the south and the Bekaa killed 558 people (inside the 30-day window; no place "
            "below the country → country level)")
ev("lebanon-wednesday-toll-72", A, "2024-09-25", "2024-09-25", "2024-09-25", EXP, ["Air/drone strike"],
   IDF, CIV + HZB + [""], LB, [""], (), 72, req=False,
   evidence="at least 72 people were killed across the country that day (aggregate; overlaps Younine)")

DROP = {
    "lebanon_debel_jpost": ["The Jerusalem Post", "Home", "Israel News", "Middle East", "Opinion", "Diaspora",
                            "Premium", "Subscribe", "Related:", "Security cabinet approves expanded ground operation",
                            "Analysis: The Kornet problem", "Print", "Email", "Share",
                            "All rights reserved © 2006 The Jerusalem Post"],
    "lebanon_aitat_dailystar": ["The Daily Star", "Home", "Lebanon News", "Middle East", "Business", "Opinion",
                                "Sports", "Related Articles", "Army deploys in West Beirut as gunmen withdraw",
                                "Arab League delegation expected in Beirut", "Comments",
                                "Copyright 2008, The Daily Star. All Rights Reserved."],
    "lebanon_kweikhat_naharnet": ["Naharnet", "Home", "Lebanon", "Middle East", "World", "Videos", "Comments 14",
                                  "Print", "Email", "© 2012 Naharnet. All rights reserved"],
    "lebanon_tripoli_lorienttoday": ["L'Orient Today", "Lebanon", "Middle East", "Economy", "Culture", "Opinion",
                                     "Podcasts", "Subscribe", "Log in", "Read more:",
                                     "In Tripoli, the lockdown is a death sentence for daily earners", "Share",
                                     "Facebook", "Twitter", "WhatsApp"],
}
EITHER = {
    "lebanon_srifa_ap": ["By SAM F. GHATTAS, Associated Press Writer", "___",
                         "Associated Press writer Hussein Dakroub in Beirut contributed to this report."],
    "lebanon_baalbek_reuters": ["By Nadim Ladki",
                                "(Additional reporting by Laila Bassam in Beirut and Ari Rabinovitch in Jerusalem; "
                                "Writing by Alistair Lyon; Editing by Richard Balmforth)"],
    "lebanon_debel_jpost": ["By YAAKOV KATZ and JPOST.COM STAFF", "August 10, 2006 07:52"],
    "lebanon_aitat_dailystar": ["May 12, 2008 | 12:00 AM", "By Nafez Qawas and Rym Ghazal", "Daily Star staff"],
    "lebanon_kweikhat_naharnet": ["by Naharnet Newsdesk", "20 May 2012, 19:40"],
    "lebanon_arsal_afp": ["ser/jm/kir"],
    "lebanon_tripoli_lorienttoday": ["By Mohammad Yassine and L'Orient Today staff", "29 January 2021 at 11h20"],
    "lebanon_younine_reuters": ["By Laila Bassam and Maya Gebeily",
                                "(Reporting by Laila Bassam and Maya Gebeily in Beirut, Additional reporting by Emily "
                                "Rose in Jerusalem; Writing by Michael Georgy; Editing by Angus MacSwan)"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout283; Lebanon 2006-2024), coded by "
                             "CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
