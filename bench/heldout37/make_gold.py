"""Writes gold.json for the 37th held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout37/make_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# --- Ukraine: Pokrovsk double-tap (Ukrainska Pravda, 2023-08-08, Tuesday) ---
UA = "Ukraine"
RU = ["Military Forces of Russia"]
ev("pokrovsk-double-strike", "ukraine_pokrovsk", "2023-08-07", "2023-08-07", "2023-08-07", EXP,
   ["Shelling/artillery/missile attack"], RU, ["Civilians (Ukraine)", ""], UA, ["Donetsk", "Donetska"],
   ["Pokrovsk", "Pokrovskyi"], 7,
   evidence="two missile strikes on the city of Pokrovsk ... on Monday evening has risen to seven (5 -> 6 -> 7)")
ev("kupiansk-shelling", "ukraine_pokrovsk", "2023-08-07", "2023-08-07", "2023-08-07", EXP,
   ["Shelling/artillery/missile attack"], RU, ["Civilians (Ukraine)", ""], UA, ["Kharkivs'ka", "Kharkiv", "Kharkivska"],
   ["Kupianska Miskrada", "Kupiansk", "Kupianskyi"], 1,
   evidence="Russian forces also shelled Kupiansk in Kharkiv Oblast on Monday, killing a 62-year-old man")
ev("kherson-bus-stop-shell", "ukraine_pokrovsk", "2023-08-07", "2023-08-07", "2023-08-07", EXP,
   ["Shelling/artillery/missile attack"], RU, ["Civilians (Ukraine)", ""], UA, ["Kherson", "Khersonska"],
   ["Khersonskyi", "Kherson"], 0,
   evidence="In Kherson, a Russian shell hit a bus stop on Monday afternoon, wounding two women")
# not events: "bring to eight ... across Ukraine" (sum of Pokrovsk + Kupiansk); Kramatorsk pizzeria June 27
# (42 days: background); Zelensky statement; evacuation call; related-link headlines (boilerplate).

# --- Myanmar: Kyauk Ni Maw air strike (DVB, 2025-01-10, Friday) ---
MM = "Myanmar"
AA = ["Arakan Army", "AA", "Arakan Army (AA)"]
ev("kyauk-ni-maw-airstrike", "myanmar_kyauknimaw", "2025-01-08", "2025-01-08", "2025-01-08", EXP,
   ["Air/drone strike"], ["Military Forces of Myanmar"], ["Civilians (Myanmar)"], MM, ["Rakhine"],
   ["Kyaukpyu", "Ramree"], 40,
   evidence="At least 40 people were killed ... when a military aircraft bombed Kyauk Ni Maw village ... on Wednesday"
            " (AA earlier 'more than 20'; aid group 41)")
ev("kyaukphyu-danyawaddy-clash", "myanmar_kyauknimaw", "2025-01-09", "2025-01-09", "2025-01-09", BAT,
   ["Armed clash"], AA + ["Military Forces of Myanmar"], ["Military Forces of Myanmar"] + AA, MM, ["Rakhine"],
   ["Kyaukpyu"], None,
   evidence="On Thursday, the AA said its troops had clashed with regime forces near the Danyawaddy naval base outside Kyaukphyu")
# not events: Maungdaw capture Dec 8 (33 days: background); '14 of 17 townships' (territory count);
# Zaw Min Tun statement; UN statement.

# --- Sudan: Port Sudan drone strikes (Radio Dabanga, 2025-05-06, Tuesday) ---
SD = "Sudan"
RSF = ["Rapid Support Forces", "RSF", "Rapid Support Forces (RSF)", "Unidentified Armed Group (Sudan)"]
ev("portsudan-drones-tue", "sudan_portsudan", "2025-05-06", "2025-05-06", "2025-05-06", EXP,
   ["Air/drone strike"], RSF, ["", "Civilians (Sudan)", "Military Forces of Sudan"], SD, ["Red Sea"],
   ["Port Sudan"], 0,
   evidence="Drones struck the port, the airport and a hotel near the presidential residence in Port Sudan early on Tuesday")
ev("portsudan-drones-sun", "sudan_portsudan", "2025-05-04", "2025-05-04", "2025-05-04", EXP,
   ["Air/drone strike"], RSF, ["Military Forces of Sudan", "", "Civilians (Sudan)"], SD, ["Red Sea"],
   ["Port Sudan"], 0,
   evidence="On Sunday, drones struck Osman Digna air base and a goods warehouse next to the civilian airport")
ev("portsudan-drones-mon", "sudan_portsudan", "2025-05-05", "2025-05-05", "2025-05-05", EXP,
   ["Air/drone strike"], RSF, ["", "Civilians (Sudan)", "Military Forces of Sudan"], SD, ["Red Sea"],
   ["Port Sudan"], 0,
   evidence="On Monday, a drone hit the fuel depot near the port ... and another struck the city's main electricity substation")
ev("kassala-airport-drone", "sudan_portsudan", "2025-05-02", "2025-05-02", "2025-05-02", EXP,
   ["Air/drone strike"], RSF, ["", "Civilians (Sudan)", "Military Forces of Sudan"], SD, ["Kassala"],
   ["Mudiriyat Kassala", "Kassala"], 0,
   evidence="a drone attack on Kassala airport on Friday, which damaged a hangar and the airport's fuel tanks")
ev("portsudan-drones-downed-sun", "sudan_portsudan", "2025-05-04", "2025-05-04", "2025-05-04", STR,
   ["Disrupted weapons use"], ["Military Forces of Sudan"], RSF + [""], SD, ["Red Sea"], ["Port Sudan"], 0,
   req=False, evidence="The army said its air defences shot down several drones")
# not events: cutting ties with the UAE (diplomatic statement); minister statement; flights suspended;
# El Fasher siege since May 2024 and January General Command siege break (background).

# --- South Sudan: Bor South cattle camp (Eye Radio, 2023-02-20, Monday) ---
SS = "South Sudan"
MURLE = ["Murle Ethnic Militia (South Sudan)", "Murle Ethnic Militia", "Unidentified Armed Group (South Sudan)",
         "Murle Militia", "Armed youth from Greater Pibor"]
DINKA = ["Dinka Ethnic Militia (South Sudan)", "Dinka Ethnic Militia", "Dinka-Bor Ethnic Militia (South Sudan)",
         "Bor Dinka Ethnic Militia", "Civilians (South Sudan)"]
ev("pariak-cattle-camp-attack", "southsudan_bor_eyeradio", "2023-02-18", "2023-02-18", "2023-02-18", VAC, ["Attack"],
   MURLE, ["Civilians (South Sudan)"], SS, ["Jonglei"], (), 12,
   evidence="attacked a cattle camp in Anyidi Payam of Bor South County on Saturday, killing twelve people")
ev("pariak-children-abducted", "southsudan_bor_eyeradio", "2023-02-18", "2023-02-18", "2023-02-18", VAC,
   ["Abduction/forced disappearance"], MURLE, ["Civilians (South Sudan)"], SS, ["Jonglei"], (), 0,
   evidence="the attackers also abducted six children, four girls and two boys")
ev("lotilla-pursuit-clash", "southsudan_bor_eyeradio", "2023-02-19", "2023-02-19", "2023-02-19", BAT, ["Armed clash"],
   DINKA + MURLE, MURLE + DINKA, SS, ["Jonglei"], (), 2,
   evidence="the youth of the cattle camp pursued the attackers and fought with them near the Lotilla river on Sunday"
            " ... Two of the attackers were killed")
ev("tonj-north-cattle-raid", "southsudan_bor_eyeradio", "2023-02-19", "2023-02-19", "2023-02-19", VAC, ["Attack"],
   ["Unidentified Armed Group (South Sudan)", "Dinka Ethnic Militia (South Sudan)"], ["Civilians (South Sudan)"], SS,
   ["Warrap"], (), 3,
   evidence="in Warrap State, three people were killed on Sunday when armed men raided a cattle camp in Tonj North County")
# not events: minister's call to deploy forces, threat; Dec-Jan Pibor attacks (>30 days: background).

# --- Ethiopia: Ataye (Addis Standard, 2021-04-20, Tuesday) ---
ET = "Ethiopia"
AMH = ["Military Forces of Ethiopia", "Amhara Regional Special Forces",
       "Military Forces of Ethiopia (Amhara Regional Special Forces)", "Amhara Ethnic Militia",
       "Fano", "Amhara Militia"]
OLA = ["OLA", "Oromo Liberation Army", "OLF-Shene", "OLF-Shane", "OLA: Oromo Liberation Army",
       "Oromo Ethnic Militia", "Unidentified Armed Group (Ethiopia)"]
ev("ataye-fighting", "ethiopia_ataye_addisstandard", "2021-04-18", "2021-04-16", "2021-04-18", BAT, ["Armed clash"],
   OLA + AMH, AMH + OLA, ET, ["Amhara"], ["North Shewa Zone", "North Shewa", "Semien Shewa"], 20, tp=2,
   evidence="fighting ... broke out in Ataye on Friday afternoon and continued until Sunday evening ... 20 bodies")
ev("ataye-burned", "ethiopia_ataye_addisstandard", "2021-04-18", "2021-04-17", "2021-04-18", STR,
   ["Looting/property destruction"], OLA + AMH + ["Unidentified Armed Group (Ethiopia)"], ["Civilians (Ethiopia)", ""],
   ET, ["Amhara"], ["North Shewa Zone", "North Shewa", "Semien Shewa"], 0, req=False, tp=2,
   evidence="the main market, a hotel, a health centre and hundreds of houses were burnt on Saturday and Sunday")
ev("kemise-clash", "ethiopia_ataye_addisstandard", "2021-04-17", "2021-04-17", "2021-04-17", BAT, ["Armed clash"],
   OLA + AMH, AMH + OLA, ET, ["Amhara"], ["Oromiya", "Oromia Special Zone", "Oromo Special Zone"], 2,
   evidence="On Saturday, fighting also broke out in Kemise ... Two people were killed")
ev("endf-deployed-ataye", "ethiopia_ataye_addisstandard", "2021-04-18", "2021-04-18", "2021-04-18", STR,
   ["Change to group/activity"], ["Military Forces of Ethiopia"], [""], ET, ["Amhara"],
   ["North Shewa Zone", "North Shewa", "Semien Shewa"], 0, req=False,
   evidence="The Ethiopian National Defence Force (ENDF) was deployed to the town on Sunday")
# not events: EHRC 'more than 200 killed since March' (aggregate over weeks incl. background); March 19 clashes
# (32 days: background); regional statements; state of emergency (related-link headline).

# --- DR Congo: Minova (Radio Okapi, 2025-01-22, Wednesday) ---
CD = "Democratic Republic of the Congo"
M23 = ["M23", "March 23 Movement", "M23: March 23 Movement", "AFC/M23", "M23/AFC", "Alliance Fleuve Congo"]
FARDC = ["Military Forces of Democratic Republic of the Congo", "Military Forces of Democratic Republic of Congo",
         "Military Forces of the Democratic Republic of the Congo", "Military Forces of DRC", "FARDC"]
ev("minova-taken", "drc_minova_radiookapi", "2025-01-21", "2025-01-21", "2025-01-21", BAT,
   ["Non-state actor overtakes territory"], M23, FARDC + ["Wazalendo"], CD, ["South Kivu", "Sud-Kivu"], ["Kalehe"], 4,
   evidence="M23/AFC rebels took control of the town of Minova ... on Tuesday afternoon ... At least four civilians were killed")
ev("lumbishi-clash", "drc_minova_radiookapi", "2025-01-20", "2025-01-20", "2025-01-20", BAT, ["Armed clash"],
   FARDC + M23, M23 + FARDC, CD, ["South Kivu", "Sud-Kivu"], ["Kalehe"], None,
   evidence="On Monday, heavy fighting had already opposed the FARDC and the M23 in Lumbishi and Numbi")
ev("numbi-clash", "drc_minova_radiookapi", "2025-01-20", "2025-01-20", "2025-01-20", BAT, ["Armed clash"],
   FARDC + M23, M23 + FARDC, CD, ["South Kivu", "Sud-Kivu"], ["Kalehe"], None, req=False,
   evidence="same sentence: ... in Lumbishi and Numbi (second named village, same day and actors)")
ev("sake-shelling", "drc_minova_radiookapi", "2025-01-21", "2025-01-21", "2025-01-21", EXP,
   ["Shelling/artillery/missile attack"], M23 + FARDC + ["Unidentified Armed Group (Democratic Republic of the Congo)"],
   ["Civilians (Democratic Republic of the Congo)", "Civilians (Democratic Republic of Congo)", "Civilians (DRC)"],
   CD, ["North Kivu", "Nord-Kivu"], ["Masisi Territory", "Masisi"], 2,
   evidence="bombs fell on Tuesday in the town of Sake ... killing two people ... each accused the other side")
# not events: governor's vow; displacement; 2012 Goma and 2021 resurgence (background); 'Read also' headlines
# (Masisi centre, OCHA) are boilerplate.

# --- CAR: Boyo (AFP, 2021-12-10, Friday) ---
CF = "Central African Republic"
UPC = ["UPC", "Union for Peace in the Central African Republic", "UPC: Union for Peace in the Central African Republic"]
ev("boyo-upc-attack", "car_boyo_afp", "2021-12-06", "2021-12-06", "2021-12-06", VAC, ["Attack"], UPC,
   ["Civilians (Central African Republic)"], CF, ["Ouaka"], ["Bambari", "Ippy"], 20,
   evidence="killed at least 20 civilians in an attack on ... Boyo ... on Monday (12 -> 'at least 20'; local source 26)")
ev("boyo-sexual-violence", "car_boyo_afp", "2021-12-06", "2021-12-06", "2021-12-10", VAC, ["Sexual violence"], UPC,
   ["Civilians (Central African Republic)"], CF, ["Ouaka"], ["Bambari", "Ippy"], 0, req=False,
   evidence="A local humanitarian source told AFP ... several women had been raped")
ev("boyo-occupied", "car_boyo_afp", "2021-12-06", "2021-12-06", "2021-12-06", BAT,
   ["Non-state actor overtakes territory"], UPC, ["", "Civilians (Central African Republic)"], CF, ["Ouaka"],
   ["Bambari", "Ippy"], 0, req=False, evidence="before occupying the village for several days")
ev("minusca-deployed-boyo", "car_boyo_afp", "2021-12-08", "2021-12-08", "2021-12-08", STR,
   ["Change to group/activity", "Headquarters or base established"], ["MINUSCA",
   "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic"], [""], CF,
   ["Ouaka"], ["Bambari", "Ippy"], 0, req=False,
   evidence="MINUSCA said it had deployed peacekeepers to Boyo on Wednesday ... near its temporary base there")
ev("ippy-ambush", "car_boyo_afp", "2021-12-06", "2021-12-06", "2021-12-06", BAT, ["Armed clash"], UPC,
   ["Military Forces of Central African Republic", "Military Forces of the Central African Republic"], CF, ["Ouaka"],
   ["Ippy"], 1, evidence="Also on Monday, a FACA soldier was killed in an ambush by UPC fighters near Ippy")
# not events: UPC denial/anti-balaka claim; 2013 coup, 2019 Khartoum deal, Dec 2020 CPC offensive, October
# ceasefire (all background).

# --- Mozambique: Maputo (VOA, 2024-10-22, Tuesday) ---
MZ = "Mozambique"
ev("maputo-protest-teargas", "mozambique_maputo_voa", "2024-10-21", "2024-10-21", "2024-10-21", PRO,
   ["Protest with intervention", "Excessive force against protesters"], ["Protesters (Mozambique)"],
   ["Police Forces of Mozambique"], MZ, ["Maputo City", "Maputo"], (), 0,
   evidence="Police ... fired tear gas on Monday to disperse supporters of ... Mondlane ... detained dozens")
ev("dias-guambe-killed", "mozambique_maputo_voa", "2024-10-18", "2024-10-18", "2024-10-19", VAC, ["Attack"],
   ["Unidentified Armed Group (Mozambique)"], ["Civilians (Mozambique)", "Podemos", "PODEMOS"], MZ,
   ["Maputo City", "Maputo"], (), 2,
   evidence="Elvino Dias, and Paulo Guambe ... were shot dead late on Friday night in ... Malhangalene")
# not events: nationwide strike call and Thursday demonstrations (plans); condemnations; Oct 9 elections;
# 2023 local-election protests (background).

write_gold(HERE, E,
           note="8 hand-written held-out articles (bench/heldout37), coded by CODEBOOK.md; BLIND, not yet run.")
