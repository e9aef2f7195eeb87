"""Writes gold.json for the fifth held-out set (hand-coded by CODEBOOK.md before any run).

    python bench/heldout5/make_gold.py

11 articles on 10 settings; somalia_golweyn_garowe and somalia_golweyn_reuters report the
same ambush (dedup test): that event is coded once with both article ids.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, RIO, STR, VAC, ev  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# --- Somalia 2017 (Garowe Online + Reuters on the same ambush) ---------------------------------
SO = "Somalia"
LSH = ["Lower Shabelle", "Shabeellaha Hoose"]
SHB = ["Al Shabaab", "Al-Shabaab", "Harakat al-Shabaab al-Mujahideen"]
AMISOM = ["AMISOM", "African Union Mission in Somalia", "AMISOM: African Union Mission in Somalia",
          "Military Forces of Uganda"]
ev("golweyn-ambush", "somalia_golweyn_garowe", "2017-07-30", "2017-07-30", "2017-07-30", BAT, ["Armed clash"],
   SHB, AMISOM, SO, LSH, (), 8,
   evidence="At least eight African Union peacekeepers were killed on Sunday when al-Shabaab militants ambushed "
            "a convoy of Ugandan troops near Golweyn (Garowe); Reuters: 'we lost 12 soldiers' - lowest specific "
            "figure kept (CODEBOOK 6)")
E[-1]["articles"].append("somalia_golweyn_reuters")
ev("afgooye-roadside-bomb", "somalia_golweyn_garowe", "2017-07-31", "2017-07-31", "2017-07-31", EXP,
   ["Remote explosive/landmine/IED"], ["Unidentified Armed Group (Somalia)"] + SHB,
   ["Military Forces of Somalia"], SO, LSH, ["Afgooye", "Afgoye"], 2,
   evidence="on Monday morning, two Somali soldiers were killed when a roadside bomb struck their vehicle on the "
            "outskirts of Afgooye town")

# --- Nigeria 2021 (Premium Times) ----------------------------------------------------------
NG = "Nigeria"
BANDITS = ["Unidentified Armed Group (Nigeria)", "Bandits (Nigeria)", "Bandits", "Bandit Militia (Nigeria)"]
ev("jangebe-abduction", "nigeria_jangebe_premiumtimes", "2021-02-26", "2021-02-26", "2021-02-26", VAC,
   ["Abduction/forced disappearance"], BANDITS, ["Civilians (Nigeria)"], NG, ["Zamfara"], ["Talata Mafara"], 0,
   evidence="Gunmen in the early hours of Friday invaded the Government Girls Secondary School, Jangebe ... "
            "abducted ... 317 students")
ev("jangebe-riot", "nigeria_jangebe_premiumtimes", "2021-02-26", "2021-02-26", "2021-02-26", RIO,
   ["Violent demonstration", "Mob violence"], ["Rioters (Nigeria)", "Protesters (Nigeria)"],
   ["Civilians (Nigeria)", "Police Forces of Nigeria", ""], NG, ["Zamfara"], ["Talata Mafara"], 0,
   evidence="Angry residents later blocked the road leading into the town and attacked journalists ... "
            "The police said they dispersed the crowd")
ev("kutura-attack", "nigeria_jangebe_premiumtimes", "2021-02-25", "2021-02-25", "2021-02-25", VAC, ["Attack"],
   BANDITS, ["Civilians (Nigeria)"], NG, ["Kaduna"], ["Birnin Gwari"], 3,
   evidence="bandits killed three persons in an attack on Kutura village in Birnin Gwari ... on Thursday")
ev("kaduna-base-repelled", "nigeria_jangebe_premiumtimes", "2021-02-25", "2021-02-25", "2021-02-25", BAT,
   ["Armed clash"], BANDITS + ["Military Forces of Nigeria"], ["Military Forces of Nigeria"] + BANDITS, NG,
   ["Kaduna"], (), 2,
   evidence="troops of Operation Thunder Strike had on the same day repelled an attack on a military base along "
            "the Kaduna-Abuja highway, killing two bandits")

# --- DR Congo 2022 (AFP) ---------------------------------------------------------------------
CD = "Democratic Republic of the Congo"
CIV_CD = ["Civilians (Democratic Republic of the Congo)", "Civilians (Democratic Republic of Congo)",
          "Civilians (DR Congo)"]
CODECO = ["CODECO", "CODECO: Cooperative for the Development of Congo", "Cooperative for the Development of Congo",
          "Lendu Ethnic Militia (Democratic Republic of Congo)"]
ev("plaine-savo-massacre", "drc_plaine_savo_afp", "2022-02-02", "2022-02-01", "2022-02-02", VAC, ["Attack"],
   CODECO, CIV_CD, CD, ["Ituri"], ["Djugu"], 60,
   evidence="At least 60 people were killed when militiamen attacked a camp for displaced people ... Plaine Savo "
            "site near the town of Bule in Djugu territory on Tuesday night")
ev("plaine-savo-monusco", "drc_plaine_savo_afp", "2022-02-02", "2022-02-01", "2022-02-02", BAT, ["Armed clash"],
   ["MONUSCO", "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo"] + CODECO,
   CODECO + ["MONUSCO"], CD, ["Ituri"], ["Djugu"], 0, req=False,
   evidence="peacekeepers based nearby had intervened and forced the assailants to flee")
ev("oicha-adf-attack", "drc_plaine_savo_afp", "2022-01-31", "2022-01-31", "2022-01-31", VAC, ["Attack"],
   ["ADF", "Allied Democratic Forces", "ADF: Allied Democratic Forces", "Islamic State Central Africa Province",
    "Islamic State", "ISCAP"], CIV_CD, CD, ["North Kivu", "Nord-Kivu"], ["Beni", "Oicha"], 7,
   evidence="suspected Allied Democratic Forces (ADF) rebels on Monday killed at least seven civilians in a village "
            "near Oicha, in Beni territory")

# --- South Sudan 2020 (Radio Tamazuj) --------------------------------------------------------
SS = "South Sudan"
MURLE = ["Murle Ethnic Militia (South Sudan)", "Murle Militia", "Murle armed youth", "Murle Youth",
         "Unidentified Armed Group (South Sudan)"]
LOU = ["Lou Nuer Ethnic Militia (South Sudan)", "Nuer Ethnic Militia (South Sudan)", "Lou Nuer youth",
       "Police Forces of South Sudan", "Civilians (South Sudan)"]
ev("pieri-attack", "southsudan_pieri_tamazuj", "2020-05-16", "2020-05-16", "2020-05-16", BAT, ["Armed clash"],
   MURLE, LOU, SS, ["Jonglei"], ["Uror"], 200,
   evidence="More than 200 people were killed when armed youth from the Greater Pibor Administrative Area "
            "attacked Pieri ... on Saturday ... fought with Lou Nuer youth and police")
ev("tonj-north-cattle-raid", "southsudan_pieri_tamazuj", "2020-05-17", "2020-05-17", "2020-05-17", VAC,
   ["Attack"], ["Unidentified Armed Group (South Sudan)", "Dinka Ethnic Militia (South Sudan)",
                "Cattle raiders", "Tonj East armed youth"],
   ["Civilians (South Sudan)"], SS, ["Warrap"], (), 6,
   evidence="armed cattle raiders attacked a cattle camp in Tonj North County on Sunday, killing six people "
            "including two children ... opened fire on the camp ... when people were asleep")

# --- Ethiopia 2022 (AP) ----------------------------------------------------------------------
ET = "Ethiopia"
OLA = ["OLA", "Oromo Liberation Army", "OLA: Oromo Liberation Army", "OLF-Shane", "Shene",
       "Unidentified Armed Group (Ethiopia)"]
ev("gimbi-tole-massacre", "ethiopia_gimbi_ap", "2022-06-18", "2022-06-18", "2022-06-18", VAC, ["Attack"],
   OLA, ["Civilians (Ethiopia)"], ET, ["Oromiya", "Oromia"], (), 200,
   evidence="More than 200 people, most of them ethnic Amhara, were killed ... on Saturday in Tole kebele ... "
            "Gimbi district (government blamed OLA, OLA denied)")
ev("gambela-town-attack", "ethiopia_gimbi_ap", "2022-06-14", "2022-06-14", "2022-06-14", BAT, ["Armed clash"],
   OLA + ["Gambella Liberation Front", "GLF"], ["Military Forces of Ethiopia", "Police Forces of Ethiopia"], ET,
   ["Gambela", "Gambella"], (), 0,
   evidence="OLA fighters, together with fighters from the Gambella Liberation Front, attacked the town of "
            "Gambela ... last Tuesday ... fought government security forces for several hours")

# --- Burkina Faso 2023 (Al Jazeera) ------------------------------------------------------------
BF = "Burkina Faso"
JNIM = ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "JNIM: Group for Support of Islam and Muslims",
        "Group for Support of Islam and Muslims"]
ev("djibo-assault", "burkina_djibo_aljazeera", "2023-11-26", "2023-11-26", "2023-11-26", BAT, ["Armed clash"],
   JNIM, ["Military Forces of Burkina Faso", "VDP", "Volunteers for the Defence of the Homeland"], BF,
   ["Sahel"], ["Soum"], None,
   evidence="The attack on Sunday targeted a military base, positions held by the VDP ... more than 400 "
            "attackers were 'neutralised' (toll unscored: army claim only, own losses unstated)")
ev("djibo-idp-camp-killings", "burkina_djibo_aljazeera", "2023-11-26", "2023-11-26", "2023-11-26", VAC,
   ["Attack"], JNIM, ["Civilians (Burkina Faso)"], BF, ["Sahel"], ["Soum"], 40, req=False,
   evidence="fired on people in the displacement camp ... at least 40 civilians were killed in the camp")

# --- Yemen 2021 (Xinhua) ---------------------------------------------------------------------------
YE = "Yemen"
HOUTHI = ["Houthis", "Houthi", "Ansar Allah", "Houthi Movement", "Military Forces of Yemen (2017-) Houthi"]
COAL = ["Saudi-led coalition", "Military Forces of Saudi Arabia", "Operation Restoring Hope",
        "Saudi Arabia-led Coalition"]
ev("sanaa-coalition-airstrikes", "yemen_sanaa_marib_xinhua", "2021-03-07", "2021-03-07", "2021-03-07", EXP,
   ["Air/drone strike"], COAL, HOUTHI + [""], YE, ["Amanat Alasimah", "Amanat Al Asimah", "Sanaa", "Sana'a"],
   (), 0, evidence="The Saudi-led coalition launched a series of airstrikes on Yemen's Houthi-held capital Sanaa "
                   "on Sunday ... no immediate word on casualties")
ev("marib-sirwah-clashes", "yemen_sanaa_marib_xinhua", "2021-03-08", "2021-03-07", "2021-03-08", BAT,
   ["Armed clash"], HOUTHI + ["Military Forces of Yemen"], ["Military Forces of Yemen"] + HOUTHI, YE,
   ["Ma'rib", "Marib"], ["Sirwah"], 90,
   evidence="At least 90 fighters from both sides were killed in the past 24 hours of clashes in Sirwah district")
ev("ras-tanura-drone", "yemen_sanaa_marib_xinhua", "2021-03-07", "2021-03-07", "2021-03-07", EXP,
   ["Air/drone strike", "Shelling/artillery/missile attack"], HOUTHI, ["Civilians (Saudi Arabia)", ""],
   "Saudi Arabia", ["Eastern", "Eastern Province", "Ash Sharqiyah"], (), 0, req=False,
   evidence="a storage tank area at Ras Tanura ... was hit by a drone coming from the sea (outside the 23 "
            "gazetteer countries)")
ev("dhahran-missile", "yemen_sanaa_marib_xinhua", "2021-03-07", "2021-03-07", "2021-03-07", EXP,
   ["Shelling/artillery/missile attack"], HOUTHI, ["Civilians (Saudi Arabia)", ""], "Saudi Arabia",
   ["Eastern", "Eastern Province", "Ash Sharqiyah"], (), 0, req=False,
   evidence="shrapnel from a ballistic missile fell near a residential compound of Saudi Aramco in Dhahran")

# --- Syria 2023 (The National) -------------------------------------------------------------------
SY = "Syria"
IS = ["Islamic State", "ISIS", "IS", "Unidentified Armed Group (Syria)"]
ev("kafr-sousa-israeli-strike", "syria_sukhnah_thenational", "2023-02-19", "2023-02-19", "2023-02-19", EXP,
   ["Air/drone strike", "Shelling/artillery/missile attack"], ["Military Forces of Israel"],
   ["Civilians (Syria)", "Military Forces of Syria", ""], SY, ["Dimashq", "Damascus"], ["Damascus"], 5,
   evidence="An Israeli missile strike on a residential building in ... Damascus early on Sunday killed five "
            "people (SOHR: 15; lowest specific figure kept)")
ev("sukhnah-truffle-hunters", "syria_sukhnah_thenational", "2023-02-17", "2023-02-17", "2023-02-17", VAC,
   ["Attack"], IS, ["Civilians (Syria)"], SY, ["Homs"], ["Tadmur"], 53,
   evidence="ISIS militants killed 53 people ... gathering desert truffles near the town of Al Sukhnah ... on Friday")
ev("deir-ezzor-truffle-hunters", "syria_sukhnah_thenational", "2023-02-12", "2023-02-06", "2023-02-18", VAC,
   ["Attack"], IS, ["Civilians (Syria)"], SY, ["Deir ez-Zor", "Dayr az Zawr"], (), 16, tp=2,
   evidence="Last week, at least 16 people were killed when militants attacked truffle gatherers in the eastern "
            "Deir Ezzor desert")

# --- Ukraine 2023 (Kyiv Independent) --------------------------------------------------------------
UA = "Ukraine"
RU = ["Military Forces of Russia"]
ev("izmail-port-drones", "ukraine_izmail_kyivindependent", "2023-08-02", "2023-08-01", "2023-08-02", EXP,
   ["Air/drone strike"], RU, ["", "Civilians (Ukraine)"], UA, ["Odessa", "Odesa", "Odesa Oblast"], ["Izmail"], 0,
   evidence="Russia launched a drone attack on Odesa Oblast overnight on Aug. 2, damaging port infrastructure in "
            "the city of Izmail")
ev("kherson-city-shelling", "ukraine_izmail_kyivindependent", "2023-08-01", "2023-08-01", "2023-08-01", EXP,
   ["Shelling/artillery/missile attack"], RU, ["Civilians (Ukraine)"], UA, ["Kherson", "Kherson Oblast"],
   ["Khersonskyi"], 1,
   evidence="A 58-year-old man was killed when a Russian shell hit a residential area of Kherson city on Aug. 1")
ev("shahed-shootdowns", "ukraine_izmail_kyivindependent", "2023-08-02", "2023-08-01", "2023-08-02", STR,
   ["Disrupted weapons use"], ["Military Forces of Ukraine"], RU, UA, ["Odessa", "Kyiv", "Kyiv City", ""], (), 0,
   req=False, evidence="Air defense shot down 23 of them (Odesa and Kyiv oblasts)")

# --- Libya 2019 (BBC) ------------------------------------------------------------------------------
LY = "Libya"
LNA = ["LNA", "Libyan National Army", "LNA: Libyan National Army", "Military Forces of Libya",
       "Military Forces of Libya (2014-) Haftar Faction", "Haftar forces"]
GNA = ["GNA", "Government of National Accord", "Military Forces of Libya",
       "Military Forces of Libya (2016-) Government of National Accord", "GNA forces"]
ev("mitiga-airstrike", "libya_tripoli_bbc", "2019-04-08", "2019-04-08", "2019-04-08", EXP, ["Air/drone strike"],
   LNA, GNA + ["", "Civilians (Libya)"], LY, ["Tripoli"], (), 0,
   evidence="A warplane belonging to Gen Haftar's Libyan National Army (LNA) struck Mitiga airport on Monday")
ev("ain-zara-fighting", "libya_tripoli_bbc", "2019-04-07", "2019-04-07", "2019-04-07", BAT, ["Armed clash"],
   GNA + LNA, LNA + GNA, LY, ["Tripoli"], (), None,
   evidence="Fierce fighting took place on Sunday in the southern suburb of Ain Zara (toll only aggregate since "
            "Thursday: unscored)")
ev("gharyan-taken", "libya_tripoli_bbc", "2019-04-04", "2019-04-04", "2019-04-04", BAT,
   ["Non-state actor overtakes territory", "Government regains territory"], LNA, GNA + [""], LY,
   ["Jabal al Gharbi", "Al Jabal al Gharbi"], (), None,
   evidence="On Thursday they took the town of Gharyan ... meeting little resistance")
ev("us-contingent-withdrawn", "libya_tripoli_bbc", "2019-04-07", "2019-04-07", "2019-04-07", STR,
   ["Change to group/activity", "Other"], ["Military Forces of the United States", "Military Forces of United States",
                                           "AFRICOM"], [""], LY, ["", "Tripoli"], (), 0, req=False,
   evidence="the US military said it had temporarily withdrawn a contingent of its forces from Libya on Sunday")
ev("india-peacekeepers-evacuated", "libya_tripoli_bbc", "2019-04-07", "2019-04-04", "2019-04-08", STR,
   ["Change to group/activity", "Other"], ["Military Forces of India"], [""], LY, ["", "Tripoli"], (), 0,
   req=False, tp=2, evidence="India also evacuated a small number of peacekeepers")

# Boilerplate lines (1-based line numbers in the .txt) for the cleaning score: DROP must go,
# EITHER (bylines, timestamps, datelines, agency tags) may stay or go.
R = lambda a, b: list(range(a, b + 1))  # noqa: E731
DROP = {"somalia_golweyn_garowe": R(1, 9) + R(39, 42) + R(44, 47) + [49, 51],
        "nigeria_jangebe_premiumtimes": R(1, 10) + [12, 31, 49, 51, 53, 55, 57, 58, 59, 61],
        "southsudan_pieri_tamazuj": R(1, 9) + R(37, 40) + R(42, 44) + [46],
        "burkina_djibo_aljazeera": R(1, 14) + [16, 18, 53, 55, 56, 57],
        "syria_sukhnah_thenational": R(1, 10) + [12, 30, 48, 49, 50],
        "ukraine_izmail_kyivindependent": R(1, 9) + [31, 39, 41, 43, 44, 46, 47, 48, 50]}
EITHER = {"somalia_golweyn_garowe": [13, 15], "nigeria_jangebe_premiumtimes": [16, 17],
          "southsudan_pieri_tamazuj": [13], "burkina_djibo_aljazeera": [22, 24, 25, 51],
          "syria_sukhnah_thenational": [16, 18, 46], "ukraine_izmail_kyivindependent": [13, 14, 15],
          "drc_plaine_savo_afp": [29]}

arts = sorted(p.stem for p in HERE.glob("*.txt"))
gold = {"corpus": "heldout5",
        "note": "11 hand-written held-out articles (bench/heldout5; 10 settings, one same-event pair), coded by "
                "CODEBOOK.md before the system was run.",
        "articles": [{"id": a, "published": json.loads((HERE / f"{a}.json").read_text())["published"],
                      "drop_lines": DROP.get(a, []), "either_lines": EITHER.get(a, [])} for a in arts],
        "events": E}
(HERE / "gold.json").write_text(json.dumps(gold, indent=1) + "\n")
print(len(E), "events,", sum(e["required"] for e in E), "required,", len(arts), "articles")
