"""Writes gold.json for the fourteenth held-out set (hand-coded by CODEBOOK.md before any run).

    python bench/heldout14/make_gold.py

Coded by a helper who had not read transforms/, flows/ or tests/ and had not run the system.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, STR, VAC, ev  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

SHELL, AIR, SUI, IED = ("Shelling/artillery/missile attack", "Air/drone strike", "Suicide bomb",
                        "Remote explosive/landmine/IED")
ABD = "Abduction/forced disappearance"
TERR = ["Armed clash", "Non-state actor overtakes territory", "Government regains territory"]

# ---------------------------------------------------------------- Ukraine, Reuters, 2023-01-15
UA, RU, UAF = "Ukraine", ["Military Forces of Russia"], ["Military Forces of Ukraine"]
CIV_UA = ["Civilians (Ukraine)"]
A = "ukraine_dnipro_reuters"
ev("dnipro-apartment-strike", A, "2023-01-14", "2023-01-14", "2023-01-14", EXP, [SHELL], RU, CIV_UA, UA,
   ["Dnipropetrovsk", "Dnipropetrovs'ka"], ["Dnipro rural", "Dniprovskyi", "Dnipro", "Dnipro Miskrada"], 30,
   evidence="raising the death toll from a Russian missile strike the day before to 30 ... Kh-22 anti-ship missile")
ev("kyiv-strike", A, "2023-01-14", "2023-01-14", "2023-01-14", EXP, [SHELL], RU, CIV_UA + [""], UA,
   ["Kyiv City", "Kyiv", "Misto Kyyiv"], (), 0,
   evidence="In the capital Kyiv, explosions rang out early on Saturday morning ... infrastructure facilities on the left bank had been struck. No casualties")
ev("kharkiv-strike", A, "2023-01-14", "2023-01-14", "2023-01-14", EXP, [SHELL], RU, CIV_UA + [""], UA,
   ["Kharkivs'ka", "Kharkiv"], ["Kharkiv"], 0,
   evidence="In ... Kharkiv, Mayor Ihor Terekhov said two Russian missiles hit critical infrastructure on Saturday")
ev("soledar-fighting", A, "2023-01-15", "2023-01-13", "2023-01-15", BAT, TERR, RU + UAF, UAF + RU, UA,
   ["Donetsk", "Donets'ka"], (), None, tp=2,
   evidence="Russia's defence ministry said on Friday its forces had taken control of ... Soledar ... a claim Kyiv disputed ... fighting was continuing in and around the town")

# ---------------------------------------------------------------- Ukraine, Kyiv Independent, 2023-09-07
A = "ukraine_kostiantynivka_kyivindependent"
ev("kostiantynivka-market-strike", A, "2023-09-06", "2023-09-06", "2023-09-06", EXP, [SHELL], RU, CIV_UA, UA,
   ["Donetsk", "Donets'ka"], ["Kramatorskyi", "Kramatorsk"], 17,
   evidence="A Russian missile struck a crowded market in the city of Kostiantynivka ... on Sept. 6, killing 17 people (earlier artillery on the outskirts same day folded in)")
ev("bilozerka-shelling", A, "2023-09-06", "2023-09-06", "2023-09-06", EXP, [SHELL], RU, CIV_UA, UA,
   ["Kherson", "Khersons'ka"], ["Khersonskyi", "Kherson"], 2,
   evidence="In Kherson Oblast, Russian shelling killed two people in the village of Bilozerka on Sept. 6")
ev("kherson-city-shelling", A, "2023-09-06", "2023-09-06", "2023-09-07", EXP, [SHELL], RU, CIV_UA, UA,
   ["Kherson", "Khersons'ka"], ["Khersonskyi", "Kherson"], 0, req=False,
   evidence="A 62-year-old woman was wounded in Kherson city.")
ev("kupiansk-shelling", A, "2023-09-06", "2023-09-06", "2023-09-06", EXP, [SHELL], RU, CIV_UA, UA,
   ["Kharkivs'ka", "Kharkiv"], ["Kupianska Miskrada", "Kupianskyi", "Kupiansk"], 1,
   evidence="a 68-year-old man was killed when Russian forces shelled the town of Kupiansk in the afternoon")
for key, adm2 in (("krasnopillia", ()), ("myropillia", ()), ("bilopillia", ("Sumskyi",))):
    ev(f"sumy-border-shelling-{key}", A, "2023-09-06", "2023-09-06", "2023-09-07", EXP, [SHELL], RU,
       CIV_UA + [""], UA, ["Sumy", "Sums'ka"], adm2, 0, req=False,
       evidence="shelled border communities 11 times ... Krasnopillia, Myropillia and Bilopillia hromadas. No casualties")
ev("nikopol-shelling", A, "2023-09-06", "2023-09-06", "2023-09-06", EXP, [SHELL], RU, CIV_UA + [""], UA,
   ["Dnipropetrovsk", "Dnipropetrovs'ka"], ["Nikopol", "Nikopolskyi"], 0,
   evidence="Russian forces attacked the city of Nikopol ... with heavy artillery on Sept. 6 ... No one was injured")
ev("marhanets-shelling", A, "2023-09-06", "2023-09-06", "2023-09-06", EXP, [SHELL], RU, CIV_UA + [""], UA,
   ["Dnipropetrovsk", "Dnipropetrovs'ka"], ["Nikopol", "Nikopolskyi"], 0, req=False,
   evidence="and the nearby Marhanets community with heavy artillery")
ev("odesa-drone-attack", A, "2023-09-06", "2023-09-06", "2023-09-07", EXP, [AIR], RU, CIV_UA + [""], UA,
   ["Odessa", "Odesa", "Odes'ka"], (), 0, req=False,
   evidence="Overnight on Sept. 6, Russia launched 33 Shahed-type drones at Odesa and Kyiv oblasts ... Debris damaged port infrastructure on the Danube")
ev("kyiv-oblast-drones", A, "2023-09-06", "2023-09-06", "2023-09-07", EXP, [AIR], RU, CIV_UA + [""], UA,
   ["Kyiv", "Kyivs'ka", "Kyiv Oblast", "Kyiv City"], (), 0, req=False,
   evidence="33 Shahed-type drones at Odesa and Kyiv oblasts, 25 of which were shot down")
ev("robotyne-verbove-fighting", A, "2023-09-06", "2023-08-31", "2023-09-07", BAT, TERR, UAF + RU, RU + UAF, UA,
   ["Zaporizhzhia", "Zaporiz'ka"], (), None, req=False, tp=2,
   evidence="Kyiv says its troops are pushing beyond the recently liberated village of Robotyne toward Verbove")

# ---------------------------------------------------------------- Syria, AP, 2025-06-23
SY = "Syria"
A = "syria_church_ap"
IS_SY = ["Islamic State", "Saraya Ansar al-Sunna", "Unidentified Armed Group (Syria)"]
SY_STATE = ["Police Forces of Syria", "Military Forces of Syria", "General Security Service"]
ev("mar-elias-church-bombing", A, "2025-06-22", "2025-06-22", "2025-06-22", EXP, [SUI], IS_SY,
   ["Civilians (Syria)"], SY, ["Dimashq", "Damascus"], ["Damascus", "Dimashq"], 25,
   evidence="A gunman opened fire on worshippers during Sunday Mass ... and then blew himself up, killing 25 people")
ev("harasta-cell-raid-arrests", A, "2025-06-23", "2025-06-22", "2025-06-23", STR, ["Arrests"], SY_STATE,
   ["Islamic State", "Unidentified Armed Group (Syria)"], SY, ["Rif-dimashq", "Rif Dimashq", "Damascus Countryside"],
   ["Douma"], None,
   evidence="security forces had arrested six members of the cell ... in raids in Harasta and Kafr Batna")
ev("harasta-raid-killing", A, "2025-06-23", "2025-06-22", "2025-06-23", BAT, ["Armed clash"], SY_STATE,
   ["Islamic State", "Unidentified Armed Group (Syria)"], SY, ["Rif-dimashq", "Rif Dimashq", "Damascus Countryside"],
   ["Douma"], 2, req=False,
   evidence="two other cell members ... were killed in the raid in Harasta")
ev("kafr-batna-arrests", A, "2025-06-23", "2025-06-22", "2025-06-23", STR, ["Arrests"], SY_STATE,
   ["Islamic State", "Unidentified Armed Group (Syria)"], SY, ["Rif-dimashq", "Rif Dimashq", "Damascus Countryside"],
   (), None, req=False, evidence="raids in Harasta and Kafr Batna")

# ---------------------------------------------------------------- Iraq, Reuters, 2024-01-16
IQ = "Iraq"
A = "iraq_erbil_reuters"
IRAN = ["Military Forces of Iran", "Islamic Revolutionary Guard Corps", "IRGC"]
ev("erbil-iran-missiles", A, "2024-01-15", "2024-01-15", "2024-01-16", EXP, [SHELL], IRAN,
   ["Civilians (Iraq)"], IQ, ["Erbil", "Arbil"], ["Arbil", "Erbil"], 4,
   evidence="Ballistic missiles struck a residential area near the U.S. consulate in Erbil late on Monday, killing four civilians")
ev("erbil-airport-drones-downed", A, "2024-01-15", "2024-01-15", "2024-01-16", STR, ["Disrupted weapons use"],
   ["Military Forces of United States", "Unidentified Armed Group (Iraq)", "Military Forces of Iraq",
    "Peshmerga", "Military Forces of Iraq (Kurdistan Region)", "Islamic Resistance in Iraq"],
   ["Unidentified Armed Group (Iraq)", "Islamic Resistance in Iraq", "Military Forces of United States", ""],
   IQ, ["Erbil", "Arbil"], ["Arbil", "Erbil"], 0, req=False,
   evidence="Three drones were also shot down near Erbil airport ... on Monday night")
ev("idlib-iran-missiles", A, "2024-01-15", "2024-01-15", "2024-01-16", EXP, [SHELL], IRAN,
   ["Islamic State", "", "Unidentified Armed Group (Syria)", "Civilians (Syria)", "Hayat Tahrir al-Sham"],
   SY, ["Idlib"], (), 0,
   evidence="fired missiles at gatherings of ... Islamic State in the northwestern Idlib province ... no immediate casualties")
ev("baghdad-nujaba-drone-strike", A, "2024-01-04", "2024-01-04", "2024-01-04", EXP, [AIR],
   ["Military Forces of United States"],
   ["Harakat al-Nujaba", "Harakat Hezbollah al-Nujaba", "Popular Mobilization Forces", "PMF",
    "Popular Mobilisation Forces", "Military Forces of Iraq"], IQ, ["Baghdad"], (), 2,
   evidence="On Jan. 4, a U.S. drone strike on the headquarters of the Harakat al-Nujaba militia ... killed ... Abu Taqwa, and one of his aides")
ev("kerman-bombing", A, "2024-01-15", "2024-01-01", "2024-01-16", EXP, [SUI],
   ["Islamic State", "Islamic State Khorasan Province", "ISKP"], ["Civilians (Iran)"], "Iran", ["Kerman"], (),
   None, req=False, tp=3,
   evidence="a suicide bombing claimed by the group in the Iranian city of Kerman earlier this month that killed nearly 100 people")

# ---------------------------------------------------------------- Afghanistan, Al Jazeera, 2024-12-25
AF, PK = "Afghanistan", "Pakistan"
A = "afghanistan_paktika_aljazeera"
TTP = ["Tehreek-e-Taliban Pakistan", "TTP", "Pakistan Taliban", "Tehrik-i-Taliban Pakistan"]
ev("barmal-pakistani-airstrikes", A, "2024-12-24", "2024-12-24", "2024-12-25", EXP, [AIR],
   ["Military Forces of Pakistan"], ["Civilians (Afghanistan)", "Civilians (Pakistan)"] + TTP, AF, ["Paktika"],
   ["Bermal", "Barmal"], 46,
   evidence="The strikes hit four locations in the Barmal district of Paktika province late on Tuesday ... killed at least 46")
ev("makeen-checkpost-attack", A, "2024-12-21", "2024-12-20", "2024-12-21", BAT, ["Armed clash"], TTP,
   ["Military Forces of Pakistan"], PK, ["Khyber Pakhtunkhwa"], ["South Waziristan Agency", "South Waziristan"], 24,
   evidence="TTP fighters attacked a military checkpost in the Makeen area of South Waziristan ... killing 16 soldiers ... eight fighters were also killed")
ev("khalil-haqqani-assassination", A, "2024-12-11", "2024-12-11", "2024-12-11", EXP, [SUI],
   ["Islamic State Khorasan Province", "ISKP", "Islamic State", "IS-K"],
   ["Taliban", "Government of Afghanistan", "Military Forces of Afghanistan", "Civilians (Afghanistan)"], AF,
   ["Kabul"], ["Kabul"], 6,
   evidence="On December 11, an ISKP suicide bomber killed Khalil Haqqani ... At least five other people died in that blast")

# ---------------------------------------------------------------- Nigeria, Premium Times, 2024-03-09
NG = "Nigeria"
A = "nigeria_kuriga_premiumtimes"
BANDITS = ["Unidentified Armed Group (Nigeria)", "Bandits (Nigeria)", "Bandits", "Unidentified Gang (Nigeria)"]
CIV_NG = ["Civilians (Nigeria)"]
ev("kuriga-school-abduction", A, "2024-03-07", "2024-03-07", "2024-03-07", VAC, [ABD, "Attack"], BANDITS, CIV_NG,
   NG, ["Kaduna"], ["Chikun"], 1,
   evidence="gunmen stormed schools in the town on Thursday morning ... shooting sporadically ... rounded up the pupils ... vigilante ... was shot dead; 287 pupils and teachers were taken")
ev("gidan-bakuso-abduction", A, "2024-03-09", "2024-03-09", "2024-03-09", VAC, [ABD], BANDITS, CIV_NG, NG,
   ["Sokoto"], ["Gada"], 0,
   evidence="gunmen on Saturday morning attacked a Tsangaya ... school in Gidan Bakuso village in Gada ... abducted 15 pupils")
ev("gamboru-firewood-abduction", A, "2024-02-29", "2024-02-29", "2024-03-01", VAC, [ABD],
   ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS", "Islamic State West Africa Province",
    "ISWAP", "Unidentified Armed Group (Nigeria)"], CIV_NG, NG, ["Borno"], ["Ngala"], 0, tp=2,
   evidence="suspected Boko Haram insurgents abducted scores of women and children ... near Gamboru in Ngala ... on Thursday last week")

# ---------------------------------------------------------------- Niger, AFP, 2025-03-23
NE = "Niger"
A = "niger_fambita_afp"
IS_SAHEL = ["Islamic State Sahel Province", "Islamic State", "Islamic State in the Greater Sahara", "ISGS", "EIGS",
            "Unidentified Armed Group (Niger)"]
ev("fambita-mosque-massacre", A, "2025-03-21", "2025-03-21", "2025-03-21", VAC, ["Attack"], IS_SAHEL,
   ["Civilians (Niger)"], NE, ["Tillaberi", "Tillabéri"], ["Tera", "Téra"], 44,
   evidence="Forty-four civilians were killed ... when jihadists attacked worshippers at a mosque ... Fambita ... on Friday afternoon")
ev("fambita-market-burned", A, "2025-03-21", "2025-03-21", "2025-03-21", STR, ["Looting/property destruction"],
   IS_SAHEL, ["Civilians (Niger)", ""], NE, ["Tillaberi", "Tillabéri"], ["Tera", "Téra"], 0, req=False,
   evidence="The assailants also set fire to the village market and to several homes before withdrawing")

# ---------------------------------------------------------------- DR Congo, Africanews, 2025-07-28
CD = "Democratic Republic of the Congo"
A = "drc_komanda_africanews"
ADF = ["ADF", "Allied Democratic Forces", "Islamic State Central Africa Province", "ISCAP", "Islamic State",
       "ADF: Allied Democratic Forces"]
CIV_CD = ["Civilians (Democratic Republic of the Congo)", "Civilians (Democratic Republic of Congo)",
          "Civilians (DR Congo)", "Civilians (DRC)"]
ev("komanda-church-attack", A, "2025-07-27", "2025-07-26", "2025-07-27", VAC, ["Attack"], ADF, CIV_CD, CD,
   ["Ituri"], ["Irumu"], 43,
   evidence="At least 43 people were killed when ... ADF ... attacked a Catholic church ... around 1 a.m. on Sunday ... in Komanda")

# ---------------------------------------------------------------- Sudan, Sudan Tribune, 2025-07-15
SD = "Sudan"
A = "sudan_bara_sudantribune"
RSF = ["Rapid Support Forces", "RSF"]
CIV_SD = ["Civilians (Sudan)"]
ev("shag-alnom-massacre", A, "2025-07-12", "2025-07-12", "2025-07-12", VAC, ["Attack"], RSF, CIV_SD, SD,
   ["North Kordofan", "Shamal Kurdufan"], ["Bara"], 200,
   evidence="RSF fighters stormed the village of Shag Alnom, northwest of Bara, on Saturday ... killed more than 200 civilians")
ev("hilat-hamid-attack", A, "2025-07-13", "2025-07-13", "2025-07-13", VAC, ["Attack"], RSF, CIV_SD, SD,
   ["North Kordofan", "Shamal Kurdufan"], ["Bara"], 38,
   evidence="In a separate attack on Sunday, the RSF killed 38 people in the nearby village of Hilat Hamid")
ev("abu-shouk-shelling", A, "2025-07-14", "2025-07-14", "2025-07-14", EXP, [SHELL], RSF, CIV_SD, SD,
   ["Northern Darfur", "North Darfur", "Shamal Darfur"], (), 7,
   evidence="RSF artillery shelling hit the Abu Shouk displacement camp on the northern edge of El Fasher on Monday, killing seven people")

# ---------------------------------------------------------------- Myanmar, The Irrawaddy, 2022-10-24
MM = "Myanmar"
A = "myanmar_hpakant_irrawaddy"
ev("a-nang-pa-concert-airstrike", A, "2022-10-23", "2022-10-23", "2022-10-23", EXP, [AIR],
   ["Military Forces of Myanmar"],
   ["Civilians (Myanmar)", "KIA: Kachin Independence Army", "Kachin Independence Army", "KIA",
    "Kachin Independence Organization", "KIO"], MM, ["Kachin"], ["Mohnyin", "Hpakant", "Hpakan"], 60,
   evidence="At least 60 people ... were killed when junta fighter jets bombed a concert ... in A Nang Pa village ... Hpakant Township ... on Sunday night")
ev("insein-prison-parcel-bombs", A, "2022-10-19", "2022-10-19", "2022-10-19", EXP, [IED],
   ["Special Task Agency of Burma", "STA", "Unidentified Armed Group (Myanmar)", "People's Defense Force", "PDF"],
   ["Civilians (Myanmar)", "Police Forces of Myanmar", "Military Forces of Myanmar", "Prison Guards (Myanmar)"],
   MM, ["Yangon"], ["Yangon (North)", "Yangon North", "Insein"], 8,
   evidence="Two parcel bombs exploded at the prison's parcel-receiving counter on the morning of October 19, killing eight people")
ev("insein-bombing-arrests", A, "2022-10-24", "2022-10-19", "2022-10-24", STR, ["Arrests"],
   ["Military Forces of Myanmar", "Police Forces of Myanmar"],
   ["Civilians (Myanmar)", "Special Task Agency of Burma", "Unidentified Armed Group (Myanmar)", ""], MM,
   ["Yangon"], (), 0, req=False, tp=2,
   evidence="In Yangon, the regime said it had arrested several suspects in connection with the bombing at Insein Prison")

arts = sorted(p.stem for p in HERE.glob("*.txt"))
gold = {"corpus": "heldout14",
        "note": "10 hand-written held-out articles (bench/heldout14), coded by CODEBOOK.md before the system was run.",
        "articles": [{"id": a, "published": json.loads((HERE / f"{a}.json").read_text())["published"],
                      "drop_lines": [], "either_lines": []} for a in arts],
        "events": E}
(HERE / "gold.json").write_text(json.dumps(gold, indent=1) + "\n")
print(len(E), "events,", sum(e["required"] for e in E), "required")
