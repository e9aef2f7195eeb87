"""Writes gold.json for the third held-out set (hand-coded by CODEBOOK.md before any run).

    python bench/heldout3/make_gold.py
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# ---- Mali (Reuters, 2022-04-22) -------------------------------------------------------------
ML = "Mali"
FR, MLA = "Military Forces of France", "Military Forces of Mali"
ev("gossi-base-handover", "mali_gossi", "2022-04-19", "2022-04-19", "2022-04-19", STR,
   ["Headquarters or base established", "Non-violent transfer of territory"], [FR, MLA], [MLA, FR, ""],
   ML, ["Tombouctou", "Timbuktu"], (), 0,
   evidence="French forces formally handed the Gossi base over to Malian troops on Tuesday")
ev("moura-killings", "mali_gossi", "2022-03-31", "2022-03-27", "2022-03-31", VAC, ["Attack"],
   [MLA, "Wagner Group"], ["Civilians (Mali)"], ML, ["Mopti"], (), None, tp=2,
   evidence="Malian soldiers and armed foreign men ... summarily executed around 300 civilian men in Moura ... "
            "between March 27 and March 31 (army: 203 militants killed) - fatalities not scored (300 vs 203)")
# not events: Wagner burying bodies / army 'discovers' grave (no act of violence dated), Mondoro attack
# (early March, >30 days), MINUSMA access statement, French withdrawal announcement (February).

# ---- Niger (AFP, 2024-03-22) ----------------------------------------------------------------
NE = "Niger"
JIH_NE = ["Unidentified Armed Group (Niger)", "Islamic State Sahel", "Islamic State Sahel Province",
          "Islamic State (Sahel)", "Islamic State", "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin"]
ev("teguey-ambush", "niger_teguey", "2024-03-20", "2024-03-20", "2024-03-20", BAT, ["Armed clash"],
   JIH_NE, ["Military Forces of Niger"], NE, ["Tillaberi", "Tillabéri"], ["Tera", "Téra"], 23,
   evidence="Twenty-three Nigerien soldiers were killed in an ambush ... on Wednesday in the vicinity of Teguey")
ev("teguey-ambush-ied", "niger_teguey", "2024-03-20", "2024-03-20", "2024-03-20", EXP,
   ["Remote explosive/landmine/IED", "Suicide bomb"], JIH_NE, ["Military Forces of Niger"], NE,
   ["Tillaberi", "Tillabéri"], ["Tera", "Téra"], None, req=False,
   evidence="complex ambush ... used improvised explosive devices and kamikaze vehicles (same attack, split reading)")
ev("bankilare-market-attack", "niger_teguey", "2024-03-18", "2024-03-18", "2024-03-18", VAC, ["Attack"],
   JIH_NE, ["Civilians (Niger)"], NE, ["Tillaberi", "Tillabéri"], ["Bankilare", "Bankilaré"], 4,
   evidence="on Monday, four civilians were killed when suspected jihadists on motorbikes stormed the weekly market in Bankilare")

# ---- Chad (BBC, 2021-04-20) -----------------------------------------------------------------
TD = "Chad"
FACT = ["FACT", "Front for Change and Concord in Chad", "Front for Change and Concord in Chad (FACT)"]
TDA = "Military Forces of Chad"
ev("tibesti-border-post", "chad_deby", "2021-04-11", "2021-04-11", "2021-04-11", BAT, ["Armed clash"],
   FACT + [TDA], [TDA] + FACT, TD, ["Tibesti"], (), 0,
   evidence="The rebels launched their incursion on 11 April ... when they attacked a border post in the northern Tibesti region")
ev("kanem-weekend-fighting", "chad_deby", "2021-04-18", "2021-04-17", "2021-04-18", BAT, ["Armed clash"],
   [TDA] + FACT, FACT + [TDA], TD, ["Kanem"], (), 305, tp=2,
   evidence="killed more than 300 rebels ... in fighting over the weekend in Kanem province ... Five soldiers were killed")
ev("nokou-clash-deby-wounded", "chad_deby", "2021-04-19", "2021-04-19", "2021-04-20", BAT, ["Armed clash"],
   [TDA] + FACT, FACT + [TDA], TD, ["Kanem"], ["Nord-Kanem"], None, req=False,
   evidence="Some reports say he was hit during clashes near the town of Nokou ... on Monday (hedged)")
ev("military-council", "chad_deby", "2021-04-20", "2021-04-20", "2021-04-20", STR, ["Change to group/activity", "Other"],
   [TDA], [""], TD, ["N'Djamena", "Ville de N'Djamena"], (), 0, req=False,
   evidence="transitional military council led by his son ... government and parliament dissolved")

# ---- Somalia (Garowe Online, 2023-01-21) ----------------------------------------------------
SO = "Somalia"
SHB = ["Al Shabaab", "Al-Shabaab", "Harakat al-Shabaab al-Mujahideen"]
SOA = "Military Forces of Somalia"
ev("galcad-base-assault", "somalia_galcad", "2023-01-20", "2023-01-20", "2023-01-20", BAT, ["Armed clash"],
   SHB + [SOA], [SOA] + SHB, SO, ["Galguduud", "Galgaduud"], ["Ceel Dheer", "El Dher"], 7,
   evidence="The militants stormed the SNA base in Galcad ... early on Friday ... Seven soldiers were killed in the fighting")
ev("galcad-svbied", "somalia_galcad", "2023-01-20", "2023-01-20", "2023-01-20", EXP, ["Suicide bomb"],
   SHB, [SOA], SO, ["Galguduud", "Galgaduud"], ["Ceel Dheer", "El Dher"], None, req=False,
   evidence="detonating at least two suicide car bombs at the gate (opening of the same assault)")
ev("galcad-us-airstrike", "somalia_galcad", "2023-01-20", "2023-01-20", "2023-01-20", EXP, ["Air/drone strike"],
   ["Military Forces of the United States", "Military Forces of United States", "AFRICOM"], SHB, SO,
   ["Galguduud", "Galgaduud"], ["Ceel Dheer", "El Dher"], 30,
   evidence="killed approximately 30 Al-Shabaab militants in an airstrike near Galcad ... carried out on Friday")
ev("bakara-grenade", "somalia_galcad", "2023-01-19", "2023-01-19", "2023-01-19", EXP, ["Grenade"],
   ["Unidentified Armed Group (Somalia)"], ["Civilians (Somalia)"], SO, ["Banaadir", "Banadir"],
   ["Banadir", "Mogadishu"], 1,
   evidence="one person was killed on Thursday when a hand grenade was thrown at a tea shop near the Bakara market")
# not events: Galcad recaptured in September (background), Oct 29 bombing (background), 'second phase' plan.

# ---- Ethiopia (AP, 2023-08-15) --------------------------------------------------------------
ET = "Ethiopia"
FANO = ["Fano", "Fano Militia", "Amhara Fano", "Fano Militia (Ethiopia)"]
ETA = "Military Forces of Ethiopia"
ev("finote-selam-drone", "ethiopia_amhara", "2023-08-13", "2023-08-13", "2023-08-13", EXP, ["Air/drone strike"],
   [ETA], ["Civilians (Ethiopia)"], ET, ["Amhara"], ["West Gojjam Zone", "West Gojjam", "Mirab Gojjam"], 26,
   evidence="A drone strike ... killed at least 26 people ... The strike hit a main street in Finote Selam on Sunday")
ev("lalibela-captured", "ethiopia_amhara", "2023-08-03", "2023-08-03", "2023-08-03", BAT,
   ["Non-state actor overtakes territory"], FANO, [ETA, ""], ET, ["Amhara"], (), 0,
   evidence="Fano fighters seized the historic town of Lalibela ... on Aug. 3")
ev("lalibela-retaken", "ethiopia_amhara", "2023-08-09", "2023-08-09", "2023-08-09", BAT,
   ["Government regains territory"], [ETA], FANO + [""], ET, ["Amhara"], (), 0,
   evidence="Federal troops re-entered Lalibela on Wednesday after Fano fighters withdrew overnight")
for town in ("bahir-dar", "gondar"):
    ev(f"{town}-partial-takeover", "ethiopia_amhara", "2023-08-03", "2023-07-28", "2023-08-09", BAT,
       ["Armed clash", "Non-state actor overtakes territory"], FANO + [ETA], [ETA] + FANO, ET, ["Amhara"], (),
       None, req=False, tp=3,
       evidence="and briefly took over parts of the regional capital, Bahir Dar, and Gondar (no date)")
# not events: state of emergency (Aug 4, decree), EHRC report of fighting in towns (no date), Addis detentions
# of unnamed young men, UN aggregate 183 killed since July, statements.

# ---- DR Congo (Al Jazeera, 2024-06-30) ------------------------------------------------------
CD = "Democratic Republic of Congo"
M23 = ["M23", "March 23 Movement", "M23: March 23 Movement"]
FARDC = ["Military Forces of Democratic Republic of Congo", "Military Forces of the Democratic Republic of the Congo",
         "Military Forces of Democratic Republic of the Congo", "Wazalendo", ""]
ADF = ["ADF", "Allied Democratic Forces", "Islamic State Central Africa Province", "Islamic State",
       "ISCAP", "Islamic State (Central Africa)"]
CIV_CD = ["Civilians (Democratic Republic of Congo)", "Civilians (Democratic Republic of the Congo)"]
NK = ["North Kivu", "Nord-Kivu", "Nord Kivu"]
ev("kanyabayonga-captured", "drc_kanyabayonga", "2024-06-28", "2024-06-28", "2024-06-28", BAT,
   ["Non-state actor overtakes territory"], M23, FARDC, CD, NK, ["Lubero", "Rutshuru Territory", "Rutshuru"], 0,
   evidence="The Rwanda-backed group entered the town on Friday evening after government troops ... pulled back")
ev("kirumba-captured", "drc_kanyabayonga", "2024-06-29", "2024-06-29", "2024-06-29", BAT,
   ["Non-state actor overtakes territory"], M23, FARDC, CD, NK, ["Lubero", "Rutshuru Territory", "Rutshuru"], 0,
   evidence="On Saturday, the rebels advanced some 20km further north and took the neighbouring town of Kirumba")
ev("masala-massacre", "drc_kanyabayonga", "2024-06-07", "2024-06-07", "2024-06-08", VAC, ["Attack"],
   ADF, CIV_CD, CD, NK, ["Beni"], 41,
   evidence="At least 41 people were killed when ADF fighters attacked the village of Masala, in Beni territory, on the night of June 7")
ev("mambasa-farmers-attack", "drc_kanyabayonga", "2024-06-27", "2024-06-27", "2024-06-27", VAC, ["Attack"],
   ADF, CIV_CD, CD, ["Ituri"], ["Mambasa"], 9,
   evidence="suspected ADF fighters killed at least nine civilians in an attack on farmers in the Mambasa territory on Thursday")
# not events: Bunagana June 2022 (background), UN experts' troop estimate, territory held by M23.

# ---- Nigeria (Premium Times, 2020-12-13) ----------------------------------------------------
NG = "Nigeria"
BANDITS = ["Unidentified Armed Group (Nigeria)", "Bandits (Nigeria)", "Bandits", "Boko Haram",
           "Unidentified Communal Militia (Nigeria)"]
BH = ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'Awati Wal-Jihad", "JAS",
      "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Islamic State West Africa Province", "ISWAP"]
ev("kankara-school-abduction", "nigeria_kankara", "2020-12-11", "2020-12-11", "2020-12-12", VAC,
   ["Abduction/forced disappearance"], BANDITS, ["Civilians (Nigeria)"], NG, ["Katsina"], ["Kankara"], 0,
   evidence="gunmen attacked the school on Friday night ... 333 students had yet to be accounted for")
ev("kankara-police-gunfight", "nigeria_kankara", "2020-12-11", "2020-12-11", "2020-12-12", BAT, ["Armed clash"],
   ["Police Forces of Nigeria"] + BANDITS, BANDITS + ["Police Forces of Nigeria"], NG, ["Katsina"], ["Kankara"], 0,
   req=False, evidence="The DPO with his team of policemen engaged the bandits in a gun duel")
ev("zabarmari-massacre", "nigeria_kankara", "2020-11-28", "2020-11-28", "2020-11-28", VAC, ["Attack"],
   BH, ["Civilians (Nigeria)"], NG, ["Borno"], ["Jere"], 43,
   evidence="Boko Haram insurgents killed at least 43 rice farmers in Zabarmari, in Jere LGA ... on November 28 (UN: 110)")
# not events: school closures, search-and-rescue launched, Chibok 2014 (background), related-links headline.

# ---- Yemen (AP, 2022-01-22) -----------------------------------------------------------------
YE = "Yemen"
COAL = ["Military Forces of Saudi Arabia", "Saudi-led Coalition", "Saudi Arabian-led Coalition",
        "Operation Restoring Hope", "Military Forces of Saudi Arabia (Saudi-led Coalition)"]
HOU = ["Houthis", "Ansar Allah", "Houthi Movement", "Ansar Allah (Houthis)"]
YEF = ["Military Forces of Yemen", "Giants Brigades", "Al Amalqa Brigades", "Giants Brigade"]
ev("saada-prison-strike", "yemen_saada", "2022-01-21", "2022-01-21", "2022-01-21", EXP, ["Air/drone strike"],
   COAL, ["Civilians (Yemen)"], YE, ["Sa'dah", "Saada", "Sadah", "Saʿdah"], ["Sa'adah", "Sa'dah", "Saada"], 70,
   evidence="A Saudi-led coalition airstrike on a prison ... killed at least 70 ... The strike hit the detention center ... early Friday")
ev("hodeidah-telecom-strike", "yemen_saada", "2022-01-21", "2022-01-21", "2022-01-21", EXP, ["Air/drone strike"],
   COAL, ["Civilians (Yemen)"], YE, ["Al Hudaydah", "Hodeidah", "Al Hodeidah"], (), 3,
   evidence="Another airstrike on Friday hit a telecommunications facility in the port city of Hodeidah ... three children were killed")
ev("abu-dhabi-houthi-attack", "yemen_saada", "2022-01-17", "2022-01-17", "2022-01-17", EXP,
   ["Air/drone strike", "Shelling/artillery/missile attack"], HOU,
   ["Civilians (United Arab Emirates)", "Civilians (India)", "Military Forces of United Arab Emirates", ""],
   "United Arab Emirates", ["Abu Dhabi"], (), 3,
   evidence="the Houthis claimed a drone and missile attack on the Emirati capital of Abu Dhabi on Monday ... killed three people")
ev("sanaa-retaliation-strike", "yemen_saada", "2022-01-17", "2022-01-17", "2022-01-18", EXP, ["Air/drone strike"],
   COAL, ["Civilians (Yemen)"] + HOU, YE, ["Amanat Alasimah", "Sanaa", "Amanat al Asimah", "Sana'a"], (), 20,
   evidence="airstrikes on the capital, Sanaa, that killed at least 20 people ... late on Monday")
ev("harib-clash", "yemen_saada", "2022-01-20", "2022-01-20", "2022-01-20", BAT, ["Armed clash"],
   YEF + HOU, HOU + YEF, YE, ["Ma'rib", "Marib"], ["Harib"], 20,
   evidence="Pro-government forces backed by ... Giants Brigades clashed with Houthi fighters on Thursday in the Harib district")
ev("shabwa-districts-retaken", "yemen_saada", "2022-01-10", "2022-01-01", "2022-01-21", BAT,
   ["Government regains territory"], YEF, HOU, YE, ["Shabwah", "Shabwa"], (), None, req=False, tp=3,
   evidence="Earlier this month, the Giants Brigades drove the Houthis out of three districts in neighboring Shabwa province")
# not events: coalition denial, Guterres / envoy statements, Houthi threats, 2014/2015 background.

# ---- Sudan (Sudan Tribune, 2022-01-18) ------------------------------------------------------
SD = "Sudan"
SDF = ["Military Forces of Sudan", "Police Forces of Sudan", "Rapid Support Forces"]
PROT = ["Protesters (Sudan)"]
ev("khartoum-protesters-shot", "sudan_khartoum", "2022-01-17", "2022-01-17", "2022-01-17", PRO,
   ["Excessive force against protesters"], SDF + PROT, PROT + SDF, SD, ["Khartoum"], ["Khartoum"], 7,
   evidence="Seven protesters were killed ... on Monday as Sudanese security forces used live ammunition and tear gas")
ev("omdurman-tear-gas", "sudan_khartoum", "2022-01-17", "2022-01-17", "2022-01-17", PRO,
   ["Protest with intervention"], PROT + ["Police Forces of Sudan"], ["Police Forces of Sudan"] + PROT, SD,
   ["Khartoum"], ["Omdurman"], 0,
   evidence="In Omdurman, police fired tear gas to prevent protesters from crossing the White Nile bridge ... made several arrests")
ev("wad-madani-march", "sudan_khartoum", "2022-01-17", "2022-01-17", "2022-01-17", PRO, ["Peaceful protest"],
   PROT, [""], SD, ["Al Jazirah", "Gezira", "Al Jazeera", "Al-Jazirah"], (), 0,
   evidence="Thousands of people also marched peacefully in Wad Madani ... without interference from the police")
ev("police-brigadier-stabbed", "sudan_khartoum", "2022-01-13", "2022-01-13", "2022-01-13", RIO,
   ["Violent demonstration", "Mob violence"], ["Rioters (Sudan)", "Protesters (Sudan)"], ["Police Forces of Sudan"],
   SD, ["Khartoum"], ["Khartoum"], 1,
   evidence="Last Thursday, police Brigadier Ali Hamed Barima was stabbed to death during protests in central Khartoum")
ev("police-stations-attacked", "sudan_khartoum", "2022-01-17", "2022-01-17", "2022-01-17", RIO,
   ["Violent demonstration"], ["Rioters (Sudan)", "Protesters (Sudan)"], ["Police Forces of Sudan", ""],
   SD, ["Khartoum"], (), 0, req=False,
   evidence="accused 'some protesters' of attacking police stations (police claim, no place)")
# not events: Oct 25 coup (background), Hamdok resignation, FFC strike call (plan), envoy visits.

arts = sorted(p.stem for p in HERE.glob("*.txt"))
gold = {"corpus": "heldout3",
        "note": "9 hand-written held-out articles (bench/heldout3), coded by CODEBOOK.md before the system was run.",
        "articles": [{"id": a, "published": json.loads((HERE / f"{a}.json").read_text())["published"],
                      "drop_lines": [], "either_lines": []} for a in arts],
        "events": E}
(HERE / "gold.json").write_text(json.dumps(gold, indent=1) + "\n")
print(len(E), "events,", sum(e["required"] for e in E), "required")
