"""Writes gold.json for the 23rd held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout23/make_gold.py
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402
from gold_events import boilerplate_lines  # noqa: E402

# --- Sudan: Zamzam camp (Sudan Tribune, boilerplate, 2025-04-14, Monday) ---
SD, A = "Sudan", "sudan_zamzam_sudantribune"
RSF = ["Rapid Support Forces", "RSF"]
SAF = ["Military Forces of Sudan", "Sudanese Armed Forces", "SAF"]
NDAR = ["Northern Darfur", "North Darfur"]
ev("zamzam-camp-assault", A, "2025-04-13", "2025-04-11", "2025-04-13", VAC, ["Attack"], RSF,
   ["Civilians (Sudan)"], SD, NDAR, (), 300, tp=2,
   evidence="three-day assault ... killed hundreds of civilians; state government: at least 300; Emergency Lawyers "
            "'more than 400' -> lowest specific 300; Friday shelling + Saturday push + Sunday control = one attack told in stages")
ev("zamzam-camp-taken", A, "2025-04-13", "2025-04-11", "2025-04-13", BAT, ["Non-state actor overtakes territory"],
   RSF, ["Darfur Joint Forces", "Joint Forces", "Military Forces of Sudan", "SLM/A-Minawi",
         "Sudan Liberation Movement/Army-Minni Minawi"], SD, NDAR, (), None, req=False, tp=2,
   evidence="RSF said on Sunday they had taken full control of the Zamzam camp ... Joint Forces said they had withdrawn")
ev("el-fasher-shelling", A, "2025-04-12", "2025-04-12", "2025-04-12", EXP, ["Shelling/artillery/missile attack"],
   RSF, ["Civilians (Sudan)"], SD, NDAR, (), 7,
   evidence="the RSF shelled El Fasher itself on Saturday ... seven people ... killed")
ev("nyala-airport-drone", A, "2025-04-12", "2025-04-12", "2025-04-12", EXP, ["Air/drone strike"], SAF, RSF, SD,
   ["Southern Darfur", "South Darfur"], ["Nyala"], None,
   evidence="On Saturday, army drones struck the Nyala airport in South Darfur ... no word on casualties")

# --- South Sudan: Nasir (AP, 2025-03-08, Saturday) ---
SS, A = "South Sudan", "southsudan_nasir_ap"
WA = ["White Army", "Nuer White Army", "Nuer Ethnic Militia (South Sudan)", "Unidentified Armed Group (South Sudan)"]
SSPDF = ["Military Forces of South Sudan", "SSPDF", "South Sudan People's Defence Forces"]
UN = ["UNMISS", "United Nations Mission in South Sudan", "United Nations"] + SSPDF
ev("nasir-helicopter-attack", A, "2025-03-07", "2025-03-07", "2025-03-07", BAT, ["Armed clash"], WA, UN, SS,
   ["Upper Nile"], (), None,
   evidence="UN helicopter ... came under fire on Friday, killing one of its crew members, a general and several other soldiers")
ev("nasir-helicopter-attack-as-vac", A, "2025-03-07", "2025-03-07", "2025-03-07", VAC, ["Attack"], WA,
   UN + ["Civilians (South Sudan)"], SS, ["Upper Nile"], (), None, req=False,
   evidence="same helicopter attack read as an attack on an unarmed evacuation flight")
ev("nasir-base-overrun", A, "2025-03-04", "2025-03-04", "2025-03-04", BAT, ["Non-state actor overtakes territory"],
   WA, SSPDF, SS, ["Upper Nile"], (), None,
   evidence="The White Army overran the army base in Nasir on Tuesday after two days of fighting")
ev("nasir-prior-fighting", A, "2025-03-03", "2025-03-02", "2025-03-04", BAT, ["Armed clash"], WA, SSPDF, SS,
   ["Upper Nile"], (), None, req=False, tp=2,
   evidence="after two days of fighting (days before the capture, if the two days precede Tuesday)")
ev("ulang-clash", A, "2025-03-05", "2025-03-05", "2025-03-05", BAT, ["Armed clash"], WA, SSPDF, SS,
   ["Upper Nile"], (), None,
   evidence="clashes spread on Wednesday to Ulang county ... militia attacked an army position along the Sobat River")
ARR_A1 = SSPDF + ["National Security Service", "Police Forces of South Sudan", "Government of South Sudan"]
ARR_A2 = ["SPLM-IO", "SPLM/A-IO", "Sudan People's Liberation Movement-in-Opposition",
          "Sudan People's Liberation Movement/Army-in-Opposition", "Government of South Sudan",
          "Civilians (South Sudan)", ""]
ev("juba-minister-arrest", A, "2025-03-04", "2025-03-04", "2025-03-04", STR, ["Arrests"], ARR_A1, ARR_A2, SS,
   ["Central Equatoria"], ["Juba"], 0,
   evidence="In the capital, Juba, security forces on Tuesday ... arrested Petroleum Minister Puot Kang Chol")
ev("juba-deputy-chief-arrest", A, "2025-03-05", "2025-03-05", "2025-03-05", STR, ["Arrests"], ARR_A1, ARR_A2 + SSPDF,
   SS, ["Central Equatoria"], ["Juba"], 0,
   evidence="deputy army chief, Gen. Gabriel Duop Lam ... was detained at his home on Wednesday")

# --- Central African Republic: Notre-Dame de Fatima (AFP, 2018-05-02, Wednesday) ---
CF, A = "Central African Republic", "car_fatima_afp"
UAG_CF = ["Unidentified Armed Group (Central African Republic)", "PK5 Militia", "Force Militia",
          "Muslim Militia (Central African Republic)", "PK5 self-defence militia"]
ev("fatima-church-attack", A, "2018-05-01", "2018-05-01", "2018-05-01", VAC, ["Attack"], UAG_CF,
   ["Civilians (Central African Republic)"], CF, ["Bangui"], ["Bangui"], 16,
   evidence="gunmen attacked ... Notre-Dame de Fatima church ... health ministry 16 dead; hospital source 24 -> 16")
ev("lakouanga-lynching", A, "2018-05-01", "2018-05-01", "2018-05-01", RIO, ["Mob violence"],
   ["Rioters (Central African Republic)"], ["Civilians (Central African Republic)", ""], CF, ["Bangui"], ["Bangui"], 2,
   evidence="Youths then descended on the Lakouanga neighbourhood, where they beat to death two men ... set fire to a mosque")
ev("priest-body-march", A, "2018-05-01", "2018-05-01", "2018-05-01", PRO, ["Peaceful protest"],
   ["Protesters (Central African Republic)"], [""], CF, ["Bangui"], ["Bangui"], 0, req=False,
   evidence="an angry crowd carried the body of the priest to the presidential palace")
ev("pk5-operation-clash", A, "2018-04-10", "2018-04-10", "2018-04-10", BAT, ["Armed clash"],
   ["MINUSCA", "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
    "Military Forces of Central African Republic"] + UAG_CF,
   UAG_CF + ["MINUSCA", "Military Forces of Central African Republic"], CF, ["Bangui"], ["Bangui"], 19,
   evidence="That operation, on April 10, sparked a day of heavy fighting with the militias in which at least 19 "
            "people were killed (22 days before publication: inside the 30-day window)")

# --- Cameroon: Mozogo (AFP, 2021-01-09, Saturday) ---
CM, A = "Cameroon", "cameroon_mozogo_afp"
BH = ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS", "Islamic State West Africa Province",
      "ISWAP", "Unidentified Armed Group (Cameroon)"]
ev("mozogo-suicide-bomb", A, "2021-01-08", "2021-01-08", "2021-01-08", EXP, ["Suicide bomb"], BH,
   ["Civilians (Cameroon)"], CM, ["Far North", "Extreme North"], ["Mayo-Tsanaga"], 14,
   evidence="thirteen dead, all civilians ... The bomber was also killed -> 13 + 1 = 14")
ev("amchide-post-attack", A, "2021-01-07", "2021-01-07", "2021-01-07", BAT, ["Armed clash"], BH,
   ["Military Forces of Cameroon"], CM, ["Far North", "Extreme North"], ["Mayo-Sava"], 5,
   evidence="soldiers repelled an attack by Boko Haram fighters on a military post in Amchide ... on Thursday, killing five")

# --- Niger: Tabatol (Reuters, 2023-10-03, Tuesday) ---
NE, A = "Niger", "niger_tabatol_reuters"
IS_NE = ["Islamic State Sahel Province", "Islamic State", "Islamic State Sahel", "ISSP",
         "Islamic State (Greater Sahara)", "Unidentified Armed Group (Niger)"]
FAN = ["Military Forces of Niger"]
ev("tabatol-attack", A, "2023-10-02", "2023-10-02", "2023-10-02", BAT, ["Armed clash"], IS_NE, FAN, NE,
   ["Tahoua"], (), 29,
   evidence="detachment first hit by IEDs near Tabatol ... then attacked by 'more than a hundred terrorists' ... 29 killed")
ev("tabatol-attack-as-ied", A, "2023-10-02", "2023-10-02", "2023-10-02", EXP, ["Remote explosive/landmine/IED"],
   IS_NE, FAN, NE, ["Tahoua"], (), 29, req=False,
   evidence="same attack coded from its first stage (IEDs)")
ev("tillia-ambush", A, "2023-09-30", "2023-09-30", "2023-09-30", BAT, ["Armed clash"], IS_NE, FAN, NE,
   ["Tahoua"], ["Tillia"], 6,
   evidence="six soldiers were killed when their patrol was ambushed on Saturday near Tillia, also in Tahoua region")
ev("madarounfa-kidnapping", A, "2023-09-30", "2023-09-30", "2023-09-30", VAC, ["Abduction/forced disappearance"],
   ["Unidentified Armed Group (Niger)", "Bandits", "Unidentified Armed Group (Nigeria)", "Bandit Militia (Niger)"],
   ["Civilians (Niger)"], NE, ["Maradi"], (), 0,
   evidence="armed men kidnapped 14 people, including a village chief ... Madarounfa department ... on Saturday")

# --- Chad: Kouri Bougoudi (Reuters, 2022-05-26, Thursday) ---
TD, A = "Chad", "chad_kouribougoudi_reuters"
MIN = ["Unidentified Armed Group (Chad)", "Arab Ethnic Militia (Chad)", "Ouaddai Ethnic Militia (Chad)",
       "Militia (Gold Miners)", "Gold Miners (Chad)", "Civilians (Chad)"]
ev("kouri-bougoudi-clashes", A, "2022-05-24", "2022-05-23", "2022-05-24", BAT, ["Armed clash"], MIN, MIN, TD,
   ["Tibesti"], (), 100, tp=2,
   evidence="fighting between rival groups of gold miners ... broke out on Monday ... continued into Tuesday ... "
            "'about one hundred dead'; activist 'at least 150' -> 100")
ev("kouri-bougoudi-deployment", A, "2022-05-25", "2022-05-25", "2022-05-25", STR, ["Change to group/activity"],
   ["Military Forces of Chad"], [""], TD, ["Tibesti"], (), 0, req=False,
   evidence="The government sent a military contingent to Kouri Bougoudi on Wednesday and ordered the site closed")
ev("ndjamena-anti-french-riot", A, "2022-05-14", "2022-05-14", "2022-05-14", RIO, ["Violent demonstration"],
   ["Rioters (Chad)", "Protesters (Chad)", "Wakit Tamma"], ["", "Police Forces of Chad", "Civilians (Chad)"], TD,
   ["N'Djamena"], (), 0,
   evidence="On May 14, anti-French protests ... turned violent in N'Djamena ... ransacked and burned ... Total (12 days before)")
ev("wakit-tamma-arrests", A, "2022-05-17", "2022-05-14", "2022-05-25", STR, ["Arrests"],
   ["Police Forces of Chad", "Military Forces of Chad"], ["Wakit Tamma", "Civilians (Chad)", ""], TD,
   ["N'Djamena"], (), 0, req=False, tp=3,
   evidence="Six leaders of Wakit Tamma ... were subsequently arrested (date and place not stated)")

# --- Libya: Tripoli (Libya Herald, boilerplate, 2022-08-28, Sunday) ---
LY, A = "Libya", "libya_tripoli_libyaherald"
GNU = ["Special Deterrence Force", "Rada", "Radaa", "444 Brigade", "Military Forces of Libya",
       "Government of National Unity", "Military Forces of Libya (2021-) Government of National Unity"]
TAJ = ["Tripoli Revolutionaries Brigade", "Haitham al-Tajouri", "Government of National Stability",
       "Unidentified Armed Group (Libya)"]
ev("tripoli-clashes", A, "2022-08-27", "2022-08-27", "2022-08-27", BAT, ["Armed clash"], GNU + TAJ, TAJ + GNU, LY,
   ["Tripoli"], (), 32,
   evidence="32 people were killed and 159 injured in yesterday's fighting in Tripoli; official 'closer to forty' -> 32")
ev("misrata-convoy-turns-back", A, "2022-08-27", "2022-08-27", "2022-08-27", STR,
   ["Change to group/activity", "Other"], ["Government of National Stability", "Military Forces of Libya",
                                           "Unidentified Armed Group (Libya)"], [""], LY, ["Misrata"], (), 0,
   req=False, evidence="a large convoy of forces loyal to Bashagha that had set out from Misrata ... turned back")

# --- Iraq: al-Azim (AP, 2022-01-21, Friday) ---
IQ, A = "Iraq", "iraq_alazim_ap"
IS = ["Islamic State", "IS", "ISIS", "Islamic State (Iraq)", "Islamic State (Syria)"]
ev("al-azim-barracks-attack", A, "2022-01-21", "2022-01-21", "2022-01-21", BAT, ["Armed clash"], IS,
   ["Military Forces of Iraq"], IQ, ["Diyala"], ["Al-Khalis", "Al-Azim", "Al Khalis"], 11,
   evidence="militants stormed an army barracks ... early Friday, killing 11 soldiers ... al-Azim district in Diyala")
ev("ghwayran-prison-attack", A, "2022-01-20", "2022-01-20", "2022-01-21", BAT, ["Armed clash"], IS,
   ["SDF", "Syrian Democratic Forces"], "Syria", ["Al-Hasakah", "Hasakah"], (), 23,
   evidence="attack on the Ghwayran prison ... began late Thursday with a car bomb ... at least seven SDF/guards and "
            "16 militants killed -> 23")
ev("ghwayran-car-bomb", A, "2022-01-20", "2022-01-20", "2022-01-20", EXP,
   ["Suicide bomb", "Remote explosive/landmine/IED"], IS, ["SDF", "Syrian Democratic Forces"], "Syria",
   ["Al-Hasakah", "Hasakah"], (), None, req=False, evidence="began late Thursday with a car bomb at the prison gate")
ev("tuz-khurmatu-ied", A, "2022-01-20", "2022-01-20", "2022-01-20", EXP, ["Remote explosive/landmine/IED"],
   IS + ["Unidentified Armed Group (Iraq)"], ["Popular Mobilization Forces", "PMF", "Hashd al-Shaabi",
                                              "Military Forces of Iraq"], IQ,
   ["Salah ad Din", "Salahuddin", "Saladin"], ["Tooz", "Tuz Khurmatu"], 0,
   evidence="Also on Thursday, a roadside bomb struck a vehicle of the PMF near Tuz Khurmatu ... wounding three")

# --- Myanmar: Laiza / Mung Lai Hkyet (The Irrawaddy, boilerplate, 2023-10-11, Wednesday) ---
MM, A = "Myanmar", "myanmar_laiza_irrawaddy"
MAF = ["Military Forces of Myanmar"]
KIA = ["KIA", "Kachin Independence Army", "KIO/KIA", "Kachin Independence Organization/Army"]
ev("mung-lai-hkyet-shelling", A, "2023-10-09", "2023-10-09", "2023-10-09", EXP, ["Shelling/artillery/missile attack"],
   MAF, ["Civilians (Myanmar)"], MM, ["Kachin"], ["Bhamo"], 29,
   evidence="At least 29 ... killed when an artillery shell fired by the military regime hit ... Mung Lai Hkyet ... "
            "Momauk Township ... on Monday night; rescue team 30 bodies -> 29; junta denial does not negate the act")
ev("waingmaw-clash", A, "2023-10-10", "2023-10-10", "2023-10-10", BAT, ["Armed clash"], KIA + MAF, MAF + KIA, MM,
   ["Kachin"], ["Myitkyina"], None,
   evidence="Fighting between the KIA and regime troops also erupted on Tuesday near Waingmaw")

# --- Uganda: Kampala riots (Daily Monitor, boilerplate, 2020-11-20, Friday) ---
UG, A = "Uganda", "uganda_kampala_monitor"
KLA = ["Central", "Central Region", "Kampala"]
ev("kampala-riots", A, "2020-11-19", "2020-11-18", "2020-11-19", RIO, ["Violent demonstration"],
   ["Rioters (Uganda)", "Protesters (Uganda)", "NUP", "National Unity Platform"],
   ["Police Forces of Uganda", "Military Forces of Uganda", ""], UG, KLA, ["Kampala"], 28, tp=2,
   evidence="two days of riots ... in Kampala ... police: 28 died; Red Cross 37 bodies 'Kampala and surrounding areas' -> 28")
ev("kampala-riots-other-day", A, "2020-11-18", "2020-11-18", "2020-11-18", RIO, ["Violent demonstration"],
   ["Rioters (Uganda)", "Protesters (Uganda)"], ["Police Forces of Uganda", "Military Forces of Uganda", ""], UG,
   KLA, ["Kampala"], None, req=False,
   evidence="by Wednesday evening groups ... burning tyres ... Kalerwe (the first of the two days, if split per day)")
ev("kampala-excessive-force", A, "2020-11-19", "2020-11-18", "2020-11-19", PRO,
   ["Excessive force against protesters"], ["Police Forces of Uganda", "Military Forces of Uganda"],
   ["Protesters (Uganda)", "Rioters (Uganda)"], UG, KLA, ["Kampala"], 28, req=False, tp=2,
   evidence="Police and soldiers responded with tear gas and live bullets (alternative reading)")
ev("kyagulanyi-arrest", A, "2020-11-18", "2020-11-18", "2020-11-18", STR, ["Arrests"], ["Police Forces of Uganda"],
   ["NUP", "National Unity Platform", "Robert Kyagulanyi", "Bobi Wine", "Civilians (Uganda)", ""], UG,
   ["Eastern", "Eastern Region"], ["Luuka"], 0,
   evidence="Mr Kyagulanyi was arrested on Wednesday afternoon at Luuka in Busoga sub-region")
ev("jinja-teargas", A, "2020-11-18", "2020-11-18", "2020-11-18", PRO, ["Protest with intervention"],
   ["Protesters (Uganda)"], ["Police Forces of Uganda"], UG, ["Eastern", "Eastern Region"], ["Jinja"], 0,
   evidence="In Jinja ... supporters gathered outside the central police station on Wednesday evening ... tear gas")

# Cleaning gold: exact boilerplate line texts per article (drop) and lines a cleaner may keep or drop (either).
DROP = {
    "sudan_zamzam_sudantribune": {
        "Sudan Tribune", "Home | News | Politics | Economy | Opinion | Documents | Press Releases",
        "Plural news and views on Sudan", "Share this:", "Facebook", "Twitter", "WhatsApp", "ALSO READ",
        "Sudanese army says it repelled attack on Babanusa", "Egypt hosts talks on Sudan humanitarian corridors",
        "Related Articles", "Darfur governor calls for protection of civilians in El Fasher",
        "UN warns of famine spreading across North Darfur", "Copyright © 2025 Sudan Tribune. All rights reserved."},
    "libya_tripoli_libyaherald": {
        "Libya Herald", "Home", "Libya", "Business", "Tripoli", "Benghazi", "Misrata", "Opinion", "Subscribe",
        "Advertisement", "Related articles", "GNU and HoR clash over budget as oil revenues rise",
        "UNSMIL chief briefs Security Council on political deadlock", "Tripoli airport flights suspended",
        "Share this article", "Facebook", "Twitter", "Email", "© 2022 Libya Herald. All rights reserved."},
    "myanmar_laiza_irrawaddy": {
        "The Irrawaddy", "Burma", "Asia", "Opinion", "Business", "In Person", "Specials", "Photo", "Video", "Donate",
        "Subscribe to our newsletter", "READ MORE", "Junta Air Strikes Kill Civilians in Sagaing Region",
        "Regime Conscripts Villagers as Human Shields in Karen State", "Share this article", "Facebook", "Twitter",
        "Telegram", "Topics: Kachin State, KIA, Laiza, Military Regime, IDPs",
        "© 2023 The Irrawaddy. All rights reserved."},
    "uganda_kampala_monitor": {
        "Daily Monitor", "News", "National", "Politics", "Business", "Sports", "Magazines", "Commentary",
        "Elections 2021", "E-Paper", "Share", "ADVERTISEMENT", "RELATED",
        "EC suspends campaigns in 11 districts over Covid", "Opposition candidates demand fair coverage by UBC",
        "Sign up for our newsletter", "© 2020 Nation Media Group. All Rights Reserved."},
}
EITHER = {
    "libya_tripoli_libyaherald": {"By Libya Herald reporter", "Tripoli, 28 August 2022:"},
    "myanmar_laiza_irrawaddy": {"By The Irrawaddy 11 October 2023"},
    "uganda_kampala_monitor": {"By Monitor Reporters", "Friday, November 20, 2020"},
    "niger_tabatol_reuters": {"(Reporting by Boureima Balima; Writing by Edward McAllister; Editing by Alex Richardson)"},
    "chad_kouribougoudi_reuters": {"(Reporting by Mahamat Ramadane; Writing by Bate Felix; Editing by Aurora Ellis)"},
}


arts = sorted(p.stem for p in HERE.glob("*.txt"))
gold = {"corpus": "heldout23",
        "note": "10 hand-written held-out articles (bench/heldout23), coded by CODEBOOK.md before the system was run (BLIND).",
        "articles": [{"id": a, "published": json.loads((HERE / f"{a}.json").read_text())["published"],
                      "drop_lines": boilerplate_lines(HERE, a, DROP.get(a, ())),
                      "either_lines": boilerplate_lines(HERE, a, EITHER.get(a, ()))} for a in arts],
        "events": E}
(HERE / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")
print(len(E), "events,", sum(e["required"] for e in E), "required")
