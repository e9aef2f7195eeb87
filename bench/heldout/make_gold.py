"""Writes gold.json for the held-out set (hand-coded by CODEBOOK.md before any run).

Kept as code so each event's reasoning sits next to it; run once:
    python bench/heldout/make_gold.py
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402
NG, UAG_NG = "Nigeria", "Unidentified Armed Group (Nigeria)"
ev("zamfara-kairu-attack", "nigeria_zamfara", "2023-08-13", "2023-08-13", "2023-08-13", VAC, ["Attack"],
   [UAG_NG, "Bandits"], ["Civilians (Nigeria)"], NG, ["Zamfara"], ["Maru"], 17,
   evidence="Gunmen suspected to be bandits on Sunday stormed Kairu village in Maru LGA ... killing 17")
ev("zamfara-kairu-abduction", "nigeria_zamfara", "2023-08-13", "2023-08-13", "2023-08-13", VAC,
   ["Abduction/forced disappearance"], [UAG_NG, "Bandits"], ["Civilians (Nigeria)"], NG, ["Zamfara"],
   ["Maru"], 0, req=False, evidence="... and abducting at least 30 others")
ev("borno-gajiram-ambush", "nigeria_zamfara", "2023-08-12", "2023-08-12", "2023-08-12", BAT, ["Armed clash"],
   ["Islamic State West Africa Province", "ISWAP", "Islamic State"], ["Military Forces of Nigeria"], NG,
   ["Borno"], ["Nganzai"], 4, evidence="ISWAP on Saturday ambushed a military convoy near Gajiram ... killing four soldiers")

BF = "Burkina Faso"
JNIM = ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Group to Support Islam and Muslims",
        "Group for the Support of Islam and Muslims", "Al Qaeda"]
ev("mansila-attack", "burkina_jnim", "2024-06-11", "2024-06-11", "2024-06-11", BAT,
   ["Armed clash", "Non-state actor overtakes territory"], JNIM, ["Military Forces of Burkina Faso"], BF,
   ["Sahel"], ["Yagha"], 34, evidence="At least 34 soldiers were killed when jihadists ... attacked an army position in Mansila ... on Tuesday")
ev("sebba-air-strikes", "burkina_jnim", "2024-06-12", "2024-06-12", "2024-06-13", EXP, ["Air/drone strike"],
   ["Military Forces of Burkina Faso"], JNIM + [""], BF, ["Sahel"], ["Yagha"], 0, req=False,
   evidence="air strikes the following day had destroyed several of their bases near the town of Sebba")

SO = "Somalia"
ev("mogadishu-zobe-car-bombs", "somalia_mogadishu", "2022-10-29", "2022-10-29", "2022-10-29", EXP,
   ["Remote explosive/landmine/IED", "Suicide bomb"], ["Al Shabaab"], ["Civilians (Somalia)", ""], SO,
   ["Banaadir"], ["Banadir", "Mogadishu"], 100,
   evidence="Two car bombs exploded at a busy junction ... in Mogadishu on Saturday, killing at least 100")
ev("hodan-bomb-defused", "somalia_mogadishu", "2022-10-30", "2022-10-27", "2022-10-30", STR,
   ["Disrupted weapons use"], ["Military Forces of Somalia", "Police Forces of Somalia"], ["Al Shabaab", ""],
   SO, ["Banaadir"], ["Hodan"], 0, req=False, tp=2, evidence="a roadside bomb had been defused ... in the Hodan district")

SD = "Sudan"
RSF, SAF = "Rapid Support Forces", "Military Forces of Sudan"
ev("el-fasher-clashes", "sudan_el_fasher", "2024-06-09", "2024-06-09", "2024-06-09", BAT, ["Armed clash"],
   [SAF, RSF], [RSF, SAF], SD, ["Northern Darfur"], (), 0,
   evidence="Heavy fighting erupted on Sunday between the SAF and the RSF in ... El Fasher")
ev("abu-shouk-shelling", "sudan_el_fasher", "2024-06-08", "2024-06-08", "2024-06-08", EXP,
   ["Shelling/artillery/missile attack"], [RSF], ["Civilians (Sudan)"], SD, ["Northern Darfur"], (), 8,
   evidence="The RSF shelled the Abu Shouk displacement camp ... on Saturday, killing eight civilians")
ev("south-hospital-looted", "sudan_el_fasher", "2024-06-08", "2024-06-08", "2024-06-08", STR,
   ["Looting/property destruction"], [RSF], ["Civilians (Sudan)", ""], SD, ["Northern Darfur"], (), 0,
   req=False, evidence="RSF fighters stormed it on Saturday, opened fire and looted the facility")
ev("kabkabiya-air-strike", "sudan_el_fasher", "2024-06-07", "2024-06-07", "2024-06-07", EXP,
   ["Air/drone strike"], [SAF], ["Civilians (Sudan)"], SD, ["Northern Darfur"], (), 12,
   evidence="a Sudanese army air strike hit a crowded market in Kabkabiya ... on Friday, killing at least 12")

ET = "Ethiopia"
FANO, ENDF = ["Fano", "Fano Militia", "Amhara Ethnic Militia (Ethiopia)"], "Military Forces of Ethiopia"
ev("lalibela-captured", "ethiopia_amhara", "2023-08-04", "2023-08-04", "2023-08-04", BAT,
   ["Non-state actor overtakes territory"], FANO, [ENDF], ET, ["Amhara"], (), 0,
   evidence="Fighters from the Fano militia took control of ... Lalibela ... on Friday after clashes with the national army")
ev("gondar-clash", "ethiopia_amhara", "2023-08-03", "2023-08-03", "2023-08-03", BAT, ["Armed clash"],
   [ENDF] + FANO, FANO + [ENDF], ET, ["Amhara"], (), 11,
   evidence="Heavy fighting also broke out on Thursday in Gondar ... bodies of 11 people")

CD = "Democratic Republic of the Congo"
M23 = ["M23", "March 23 Movement"]
ev("mugunga-shell", "drc_north_kivu", "2024-02-07", "2024-02-07", "2024-02-07", EXP,
   ["Shelling/artillery/missile attack"], M23 + ["Unidentified Armed Group (Democratic Republic of the Congo)",
                                              "Military Forces of the Democratic Republic of the Congo"],
   ["Civilians (Democratic Republic of the Congo)"], CD, ["North Kivu"], ["Goma"], 5,
   evidence="A shell hit a camp for displaced people on the western outskirts of Goma on Wednesday, killing five")
ev("sake-fighting", "drc_north_kivu", "2024-02-08", "2024-02-04", "2024-02-08", BAT, ["Armed clash"],
   M23 + ["Military Forces of the Democratic Republic of the Congo"],
   ["Military Forces of the Democratic Republic of the Congo"] + M23, CD, ["North Kivu"], ["Masisi Territory", "Masisi"], 0,
   tp=2, evidence="Congo's army and M23 rebels have been fighting for days on the hills around Sake")
ev("mangodomu-adf-massacre", "drc_north_kivu", "2024-02-06", "2024-02-06", "2024-02-07", VAC, ["Attack"],
   ["Allied Democratic Forces", "ADF", "Islamic State"], ["Civilians (Democratic Republic of the Congo)"], CD,
   ["North Kivu"], ["Beni"], 11, evidence="suspected ADF rebels killed 11 civilians ... in Beni territory overnight on Tuesday")

YE = "Yemen"
COAL = ["Military Forces of Saudi Arabia", "Saudi-led coalition", "Saudi-led Coalition"]
HOUTHI = ["Houthis", "Ansar Allah", "Houthi Movement"]
ev("sanaa-air-strikes", "yemen_strikes", "2022-01-18", "2022-01-17", "2022-01-18", EXP, ["Air/drone strike"],
   COAL, ["Civilians (Yemen)"] + HOUTHI + [""], YE, ["Amanat Alasimah"], (), 14,
   evidence="Air strikes by the Saudi-led coalition on Yemen's capital Sanaa killed at least 14 people overnight")
ev("abu-dhabi-houthi-attack", "yemen_strikes", "2022-01-17", "2022-01-17", "2022-01-17", EXP,
   ["Air/drone strike", "Shelling/artillery/missile attack"], HOUTHI, ["Civilians (United Arab Emirates)", ""],
   "United Arab Emirates", ["Abu Dhabi"], (), 3, req=False,
   evidence="drones and missiles launched by the Houthis set off explosions ... in Abu Dhabi, killing three")
ev("marib-missile", "yemen_strikes", "2022-01-17", "2022-01-17", "2022-01-17", EXP,
   ["Shelling/artillery/missile attack"], HOUTHI, ["Civilians (Yemen)"], YE, ["Ma'rib"], ["Marib City"], 2,
   evidence="Houthi forces fired a ballistic missile at a residential area of Marib city, killing two civilians")

SY = "Syria"
ev("idlib-shelling", "syria_idlib", "2023-10-06", "2023-10-06", "2023-10-06", EXP,
   ["Shelling/artillery/missile attack"], ["Military Forces of Syria"], ["Civilians (Syria)"], SY, ["Idlib"], (), 9,
   evidence="Syrian government forces shelled the rebel-held city of Idlib on Friday, killing nine civilians")
ev("jisr-russian-air-strikes", "syria_idlib", "2023-10-06", "2023-10-06", "2023-10-06", EXP, ["Air/drone strike"],
   ["Military Forces of Russia"], ["", "Civilians (Syria)", "Hayat Tahrir al-Sham"], SY, ["Idlib"], (), 0,
   evidence="Russian warplanes also carried out air strikes on the outskirts of Jisr al-Shughur")
ev("homs-academy-drone", "syria_idlib", "2023-10-05", "2023-10-05", "2023-10-05", EXP, ["Air/drone strike"],
   ["Unidentified Armed Group (Syria)"], ["Military Forces of Syria", "Civilians (Syria)"], SY, ["Homs"], ["Homs"], 89,
   evidence="armed drones loaded with explosives struck a graduation ceremony at the military academy in Homs, killing 89")
ev("qamishli-turkish-drone", "syria_idlib", "2023-10-06", "2023-10-06", "2023-10-06", EXP, ["Air/drone strike"],
   ["Military Forces of Turkey"], ["Syrian Democratic Forces", "SDF"], SY, ["Al-Hasakah"], ["Al-Qamishli"], 3,
   evidence="a Turkish drone struck a vehicle near Qamishli ... killing three members of the SDF")

IQ = "Iraq"
ev("sadr-city-suicide-bombing", "iraq_is", "2021-07-19", "2021-07-19", "2021-07-19", EXP, ["Suicide bomb"],
   ["Islamic State"], ["Civilians (Iraq)"], IQ, ["Baghdad"], (), 30,
   evidence="A suicide bomber blew himself up in a crowded market in ... Sadr City on Monday evening, killing at least 30")
ev("khanaqin-pmf-attack", "iraq_is", "2021-07-20", "2021-07-19", "2021-07-20", BAT, ["Armed clash"],
   ["Islamic State"], ["Popular Mobilization Forces", "Popular Mobilisation Forces", "Hashed al-Shaabi",
                       "Military Forces of Iraq"], IQ, ["Diyala"], ["Khanaqin"], 2,
   evidence="suspected IS fighters attacked a position of the Hashed ... near Khanaqin ... overnight, killing two fighters")

UA = "Ukraine"
ev("lviv-missile", "ukraine_lviv", "2023-07-06", "2023-07-06", "2023-07-06", EXP,
   ["Shelling/artillery/missile attack"], ["Military Forces of Russia"], ["Civilians (Ukraine)"], UA, ["Lviv"], (), 10,
   evidence="A Russian missile hit a residential building in ... Lviv early on Thursday, killing at least 10")
ev("kherson-shelling", "ukraine_lviv", "2023-07-05", "2023-07-05", "2023-07-05", EXP,
   ["Shelling/artillery/missile attack"], ["Military Forces of Russia"], ["Civilians (Ukraine)"], UA, ["Kherson"], (), 2,
   evidence="Russian shelling killed two civilians in the city of Kherson on Wednesday")
ev("belgorod-drones", "ukraine_lviv", "2023-07-05", "2023-07-05", "2023-07-06", EXP, ["Air/drone strike"],
   ["Military Forces of Ukraine"], ["", "Civilians (Russia)"], "Russia", ["Belgorod"], (), 0, req=False,
   evidence="Russia said its air defences destroyed Ukrainian drones over the Belgorod region")

MM = "Myanmar"
PDF = ["People's Defence Force", "People's Defense Force", "PDF", "NUG: People's Defence Force"]
ev("pazigyi-air-strike", "myanmar_sagaing", "2023-04-11", "2023-04-11", "2023-04-11", EXP, ["Air/drone strike"],
   ["Military Forces of Myanmar"], ["Civilians (Myanmar)"] + PDF, MM, ["Sagaing"], ["Shwebo"], 100,
   evidence="Myanmar's military carried out an air strike ... in Sagaing region on Tuesday, killing about 100")
ev("pauk-ambush", "myanmar_sagaing", "2023-04-10", "2023-04-10", "2023-04-10", BAT, ["Armed clash"],
   PDF, ["Military Forces of Myanmar"], MM, ["Magway"], ["Pakokku"], 7,
   evidence="fighters from a local PDF ambushed an army column near Pauk township on Monday, killing seven soldiers")

MX = "Mexico"
ev("culiacan-bar-shooting", "mexico_sinaloa", "2024-09-14", "2024-09-14", "2024-09-15", VAC, ["Attack"],
   ["Unidentified Armed Group (Mexico)", "Sinaloa Cartel"], ["Civilians (Mexico)"], MX, ["Sinaloa"],
   ["Culiacan"], 6, evidence="Gunmen burst into a bar in ... Culiacan late Saturday ... killing six men")
ev("tamazula-clash", "mexico_sinaloa", "2024-09-14", "2024-09-14", "2024-09-14", BAT, ["Armed clash"],
   ["Military Forces of Mexico"], ["Unidentified Armed Group (Mexico)", "Sinaloa Cartel"], MX, ["Durango"],
   ["Tamazula"], 4, evidence="soldiers clashed with gunmen near the town of Tamazula on Saturday, leaving four ... dead")

KE = "Kenya"
ev("nairobi-excessive-force", "kenya_protest", "2024-06-25", "2024-06-25", "2024-06-25", PRO,
   ["Excessive force against protesters"], ["Police Forces of Kenya", "Protesters (Kenya)"],
   ["Protesters (Kenya)", "Police Forces of Kenya"], KE, ["Nairobi"], (), 5,
   evidence="Police in Nairobi fired tear gas and live bullets at thousands of protesters ... killing at least five")
ev("nairobi-parliament-riot", "kenya_protest", "2024-06-25", "2024-06-25", "2024-06-25", RIO,
   ["Violent demonstration"], ["Rioters (Kenya)", "Protesters (Kenya)"], ["", "Police Forces of Kenya"], KE,
   ["Nairobi"], (), None, req=False,
   evidence="Part of the parliament complex was set on fire by protesters")
ev("mombasa-tear-gas", "kenya_protest", "2024-06-25", "2024-06-25", "2024-06-25", PRO,
   ["Protest with intervention"], ["Protesters (Kenya)"], ["Police Forces of Kenya"], KE, ["Mombasa"], (), 0,
   evidence="In Mombasa, police fired tear gas to disperse hundreds of protesters")
ev("kisumu-peaceful", "kenya_protest", "2024-06-25", "2024-06-25", "2024-06-25", PRO, ["Peaceful protest"],
   ["Protesters (Kenya)"], [""], KE, ["Kisumu"], (), 0, req=False, evidence="Protesters also marched peacefully in Kisumu")
ev("nakuru-peaceful", "kenya_protest", "2024-06-25", "2024-06-25", "2024-06-25", PRO, ["Peaceful protest"],
   ["Protesters (Kenya)"], [""], KE, ["Nakuru"], (), 0, req=False, evidence="... and Nakuru")
# southsudan_statements: a denial, a threat, plans, pledges, history and territory held - no events.

articles = []
for meta in sorted(HERE.glob("*.json")):
    if meta.name == "gold.json":
        continue
    articles.append({"id": meta.stem, "published": json.loads(meta.read_text())["published"],
                     "drop_lines": [], "either_lines": []})
gold = {"corpus": "heldout", "note": "14 hand-written held-out articles (bench/heldout), coded by "
        "CODEBOOK.md before the system was run on them.", "articles": articles, "events": E}
(HERE / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")
print(len(E), "events,", sum(e["required"] for e in E), "required")
