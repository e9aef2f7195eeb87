"""Writes gold.json for held-out set 64 (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout64/make_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

SHELL, AIR = "Shelling/artillery/missile attack", "Air/drone strike"
TERR = ["Non-state actor overtakes territory", "Armed clash"]

# ---------------------------------------------------------------- Ukraine (Donbas), UNIAN, 2015-06-04 (Thursday)
A = "ukraine_marinka_unian"
UA = "Ukraine"
UAF = ["Military Forces of Ukraine"]
CIV_UA = ["Civilians (Ukraine)"]
DON = ["Donetsk", "Donets'ka"]
DPR = ["Donetsk People's Republic", "DPR", "Novorossiya United Armed Forces",
       "Unidentified Armed Group (Ukraine)", "Military Forces of Russia"]
LPR = ["Luhansk People's Republic", "LPR", "Novorossiya United Armed Forces",
       "Unidentified Armed Group (Ukraine)", "Military Forces of Russia"]
ev("marinka-battle", A, "2015-06-03", "2015-06-03", "2015-06-03", BAT, ["Armed clash"], DPR + UAF, UAF + DPR, UA,
   DON, (), None,
   evidence="The assault began at about 03:00 on Wednesday ... up to 1,000 fighters backed by tanks tried to break "
            "through the lines in Marinka ... Five of our servicemen were killed (+ 'more than a dozen' DPR, "
            "'up to 80' claimed -> toll not scored)")
ev("krasnohorivka-shelling", A, "2015-06-03", "2015-06-03", "2015-06-03", EXP, [SHELL], DPR, CIV_UA, UA, DON, (), 1,
   evidence="During the same offensive, militants shelled neighboring Krasnohorivka ... A 62-year-old woman was killed")
ev("donetsk-petrovskyi-shelling", A, "2015-06-03", "2015-06-03", "2015-06-03", EXP, [SHELL],
   UAF + ["Unidentified Armed Group (Ukraine)"], CIV_UA, UA, DON, (), 3,
   evidence="In occupied Donetsk, shells hit homes in the city's Petrovskyi district on Wednesday, killing three "
            "civilians ... which blamed the Ukrainian army (denied)")
ev("shchastia-shelling", A, "2015-06-04", "2015-06-03", "2015-06-04", EXP, [SHELL], LPR, UAF, UA,
   ["Luhansk", "Luhans'ka"], (), 0,
   evidence="Overnight ... Militants shelled Ukrainian positions in Shchastia with Grad rockets and mortars, wounding two soldiers")
ev("un-aggregate-since-2014", A, "2015-06-04", "2014-04-15", "2015-06-04", BAT, ["Armed clash"],
   DPR + UAF, UAF + DPR + [""], UA, [""], (), None, req=False, tp=3,
   evidence="According to the UN, more than 6,400 people have been killed ... since mid-April 2014 (aggregate)")
# not events: "62 times over the past 24 hours" (no place, no deaths); Poroshenko's order; OSCE statement;
# Minsk (Feb 12) and Debaltseve (February) are background (>30 days).

# ---------------------------------------------------------------- Ukraine (2025), Reuters, 2025-11-20 (Thursday)
A = "ukraine_ternopil_reuters"
RU = ["Military Forces of Russia"]
KH = ["Kharkivs'ka", "Kharkiv"]
ev("ternopil-strike", A, "2025-11-19", "2025-11-19", "2025-11-19", EXP, [SHELL, AIR], RU, CIV_UA, UA,
   ["Ternopil", "Ternopil's'ka"], ["Ternopil", "Ternopilskyi"], 26,
   evidence="Russia struck Ternopil early on Wednesday with cruise missiles ... hitting two nine-storey residential "
            "buildings ... rose to 26, including three children")
ev("lviv-energy-strike", A, "2025-11-19", "2025-11-19", "2025-11-19", EXP, [SHELL, AIR], RU, CIV_UA + [""], UA,
   ["Lviv", "L'vivs'ka"], (), 0,
   evidence="the overnight attack on Wednesday, which also hit energy and industrial facilities in the Lviv and "
            "Ivano-Frankivsk regions. No casualties")
ev("ivano-frankivsk-energy-strike", A, "2025-11-19", "2025-11-19", "2025-11-19", EXP, [SHELL, AIR], RU,
   CIV_UA + [""], UA, ["Ivano-Frankivsk", "Ivano-Frankivs'ka"], (), 0,
   evidence="also hit energy and industrial facilities in the Lviv and Ivano-Frankivsk regions")
ev("chuhuiv-drone-car", A, "2025-11-19", "2025-11-19", "2025-11-19", EXP, [AIR], RU, CIV_UA, UA, KH,
   ["Chuhuivskyi", "Chuhuiv", "Chuhuivskyi Raion"], 2,
   evidence="a Russian drone hit a car in a village in the Chuhuiv district on Wednesday afternoon, killing a man and a woman")
ev("balakliia-missile", A, "2025-11-17", "2025-11-17", "2025-11-17", EXP, [SHELL], RU, CIV_UA, UA, KH, (), 3,
   evidence="On Monday, a missile struck the town of Balakliia in the same region, killing three people")
ev("zaporizhzhia-bombs-drones", A, "2025-11-20", "2025-11-19", "2025-11-20", EXP, [AIR, SHELL], RU, CIV_UA, UA,
   ["Zaporizhzhia", "Zaporiz'ka"], ["Zaporizhzhya", "Zaporizhzhia", "Zaporizkyi"], 5,
   evidence="Overnight into Thursday, Russian forces attacked ... Zaporizhzhia with guided aerial bombs and drones, killing five")
ev("kupiansk-fighting-claim", A, "2025-11-20", "2025-11-13", "2025-11-20", BAT, TERR, RU + UAF, UAF + RU, UA, KH,
   ["Kupianska Miskrada", "Kupianskyi", "Kupiansk"], None, tp=2,
   evidence="Gerasimov told ... Russian forces had taken full control of Kupiansk ... Ukraine's General Staff rejected "
            "the claim, saying its troops were still fighting inside the town")
ev("un-aggregate-since-2022", A, "2025-11-20", "2022-02-24", "2025-11-20", EXP, [SHELL, AIR], RU, CIV_UA, UA, [""],
   (), None, req=False, tp=3,
   evidence="at least 14,000 civilians had been killed in Ukraine since February 2022 (aggregate)")
# not events: 476 drones / 48 missiles count, 180 clashes, Zelenskiy in Turkey, calls for air defence.

# ---------------------------------------------------------------- Syria, AFP, 2020-03-06 (Friday)
A = "syria_idlib_truce_afp"
SY = "Syria"
SAA = ["Military Forces of Syria"]
REB = ["Hayat Tahrir al-Sham", "HTS", "National Front for Liberation", "Syrian rebels",
       "Unidentified Armed Group (Syria)"]
ev("kafr-uwayd-clash", A, "2020-03-06", "2020-03-06", "2020-03-06", BAT, ["Armed clash"], SAA + REB, REB + SAA, SY,
   ["Idlib"], (), 15,
   evidence="fighting broke out on Friday morning between regime forces and jihadists and allied rebels around the "
            "village of Kafr Uwayd ... killing six soldiers and nine fighters")
ev("maaret-misrin-strike", A, "2020-03-05", "2020-03-05", "2020-03-05", EXP, [AIR], RU + SAA, ["Civilians (Syria)"],
   SY, ["Idlib"], (), 15,
   evidence="Russian air strikes on Thursday hit the outskirts of the town of Maaret Misrin ... killing 15 civilians")
ev("saraqeb-turkish-drones", A, "2020-03-05", "2020-03-05", "2020-03-05", EXP, [AIR], ["Military Forces of Turkey"],
   SAA, SY, ["Idlib"], (), 9,
   evidence="Turkish drones also struck regime positions near Saraqeb on Thursday afternoon, killing nine soldiers")
ev("idlib-ceasefire", A, "2020-03-06", "2020-03-05", "2020-03-06", STR, ["Agreement"],
   RU + ["Military Forces of Turkey", "Government of Russia", "Government of Turkey"],
   ["Military Forces of Turkey", "Government of Turkey", "Military Forces of Russia", "Government of Russia"] + SAA + [""],
   SY, ["Idlib", ""], (), 0, req=False,
   evidence="A ceasefire brokered by Russia and Turkey took effect in Syria's ... Idlib at midnight ... announced in Moscow on Thursday")
ev("idlib-aggregate-since-december", A, "2020-03-06", "2019-12-01", "2020-03-06", EXP, [AIR, SHELL], RU + SAA,
   ["Civilians (Syria)"], SY, ["Idlib", ""], (), None, req=False, tp=3,
   evidence="nearly 500 civilians have been killed in the offensive since December (aggregate)")
# not events: M4 corridor / joint patrols (plan), 1 million displaced, 380,000 dead since 2011, Erdogan / Kremlin statements.

# ---------------------------------------------------------------- Libya, Xinhua, 2020-04-14 (dateline Monday April 13)
A = "libya_sabratha_xinhua"
LY = "Libya"
GNA = ["Military Forces of Libya", "Government of National Accord", "GNA",
       "Military Forces of Libya (Government of National Accord)"]
LNA = ["Libyan National Army", "LNA", "Military Forces of Libya (Libyan National Army)", "Haftar forces"]
REGAIN = ["Government regains territory", "Non-state actor overtakes territory"]
ev("sabratha-retaken", A, "2020-04-13", "2020-04-13", "2020-04-13", BAT, REGAIN, GNA, LNA, LY, ["Zawiya", "Az Zawiyah"],
   (), 3, evidence="The forces of ... GNA on Monday took control of the cities of Sabratha and Surman ... Three GNA "
                   "fighters were killed ... in the fighting for Sabratha")
ev("surman-retaken", A, "2020-04-13", "2020-04-13", "2020-04-13", BAT, REGAIN, GNA, LNA, LY, ["Zawiya", "Az Zawiyah"],
   (), 0, evidence="Surman, which GNA forces entered without resistance after Haftar's troops withdrew")
ev("al-ajaylat-taken", A, "2020-04-13", "2020-04-13", "2020-04-13", BAT, REGAIN, GNA, LNA, LY,
   ["An Nuqat al Khams", "Nuqat al Khams"], (), 0,
   evidence="The GNA forces also advanced further west and entered the town of Al-Ajaylat on Monday evening")
ev("surman-looting", A, "2020-04-13", "2020-04-13", "2020-04-14", STR, ["Looting/property destruction"],
   GNA + ["Unidentified Armed Group (Libya)"], ["Civilians (Libya)", ""], LY, ["Zawiya", "Az Zawiyah"], (), 0,
   req=False, evidence="local residents reported the looting of several public buildings and houses in Surman")
ev("abu-salim-rockets", A, "2020-04-13", "2020-04-13", "2020-04-14", EXP, [SHELL], LNA, ["Civilians (Libya)"], LY,
   ["Tripoli"], (), 2,
   evidence="Hours later, rockets fired by Haftar's army landed on a residential area in the Abu Salim neighborhood "
            "of Tripoli, killing a woman and her son")
# not events: Sabratha prison inmates freed (folded into the capture), Mismari "tactical" statement, UNSMIL truce call,
# 'hundreds killed since April 2019' (no number), COVID figures.

# ---------------------------------------------------------------- Lebanon, Arab News, 2024-11-11 (Monday)
A = "lebanon_almat_arabnews"
LB = "Lebanon"
IL = ["Military Forces of Israel"]
CIV_LB = ["Civilians (Lebanon)"]
SOUTH = ["South", "Liban-Sud", "South Lebanon"]
ev("almat-strike", A, "2024-11-10", "2024-11-10", "2024-11-10", EXP, [AIR], IL, CIV_LB, LB, ["Mont-Liban", "Mount Lebanon"],
   ["Jbeil", "Jubayl", "Byblos"], 23,
   evidence="An Israeli airstrike on a building in the village of Almat ... killed 23 people on Sunday")
ev("sohmor-strike", A, "2024-11-10", "2024-11-10", "2024-11-10", EXP, [AIR], IL, CIV_LB, LB,
   ["Béqaa", "Beqaa", "Bekaa"], ["West Bekaa", "Beqaa Ouest", "Western Bekaa"], 4,
   evidence="In the Western Bekaa, an Israeli strike on a house in the town of Sohmor killed four members of one family on Sunday")
ev("tyre-strike", A, "2024-11-09", "2024-11-09", "2024-11-10", EXP, [AIR], IL, CIV_LB, LB, SOUTH, ["Tyre", "Sour", "Sur"], 7,
   evidence="Late on Saturday, Israeli warplanes struck a residential neighborhood in the southern coastal city of "
            "Tyre, killing seven people")
ev("chamaa-clash", A, "2024-11-10", "2024-11-10", "2024-11-10", BAT, ["Armed clash"], ["Hezbollah"] + IL, IL + ["Hezbollah"],
   LB, SOUTH, ["Tyre", "Sour", "Sur"], None,
   evidence="Hezbollah said its fighters had clashed ... with Israeli troops trying to advance toward the border village "
            "of Chamaa in the Tyre district on Sunday")
ev("hezbollah-rockets-israel", A, "2024-11-10", "2024-11-10", "2024-11-10", EXP, [SHELL], ["Hezbollah"],
   IL + ["Civilians (Israel)", ""], "Israel", ["Haifa", "Northern District", "Northern", ""], (), 0, req=False,
   evidence="The group also said it fired rockets at a naval base near Haifa and at troop concentrations in northern Israel")
ev("lebanon-aggregate-since-2023", A, "2024-11-11", "2023-10-08", "2024-11-11", EXP, [AIR], IL, CIV_LB + [""], LB, [""],
   (), None, req=False, tp=3,
   evidence="more than 3,180 people have been killed in Israeli attacks since October 2023 (aggregate)")
# not events: weekend strikes on unnamed 'terror targets' across the south and Bekaa, ceasefire proposal, Katz / Qassem
# statements, 'Most Popular' headlines (boilerplate).

# ---------------------------------------------------------------- Gaza, BBC, 2019-11-14 (Thursday)
A = "gaza_ceasefire_bbc"
PS = "Palestine"
GZ = ["Gaza Strip", "Gaza"]
PIJ = ["Palestinian Islamic Jihad", "Islamic Jihad", "Al-Quds Brigades", "PIJ"]
CIV_PS = ["Civilians (Palestine)"]
ev("abu-al-ata-strike", A, "2019-11-12", "2019-11-12", "2019-11-12", EXP, [AIR], IL, PIJ + CIV_PS, PS, GZ,
   ["Gaza", "Gaza City"], 2,
   evidence="before dawn on Tuesday ... an Israeli air strike on a house in the Shejaiya district of Gaza City killed "
            "Baha Abu al-Ata ... and his wife Asma")
ev("damascus-ajouri-strike", A, "2019-11-12", "2019-11-12", "2019-11-12", EXP, [AIR, SHELL],
   IL + ["Unidentified Armed Group (Syria)"], PIJ + ["Civilians (Syria)"], SY, ["Dimashq", "Damascus"],
   ["Damascus", "Dimashq"], 2,
   evidence="At about the same time, a strike hit the Damascus home of ... Akram al-Ajouri, in the Mezzeh "
            "neighbourhood ... his son and one other person were killed")
ev("deir-al-balah-strike", A, "2019-11-14", "2019-11-14", "2019-11-14", EXP, [AIR], IL, CIV_PS + PIJ, PS, GZ,
   ["Deir Al Balah", "Deir al-Balah"], 8,
   evidence="eight members of one family ... were killed when an Israeli air strike flattened their home in Deir "
            "al-Balah ... in the early hours of Thursday")
ev("beit-lahia-strike", A, "2019-11-13", "2019-11-13", "2019-11-13", EXP, [AIR], IL, CIV_PS + PIJ, PS, GZ,
   ["North Gaza", "Beit Lahia"], 3,
   evidence="On Wednesday, a father and his two sons were killed in a strike on a motorbike in Beit Lahia")
ev("gaza-ceasefire", A, "2019-11-14", "2019-11-14", "2019-11-14", STR, ["Agreement"], PIJ + IL, IL + PIJ + [""], PS, GZ,
   (), 0, evidence="The truce, brokered by Egypt, came into effect at 05:30 local time ... on Thursday")
ev("pij-rockets-israel", A, "2019-11-13", "2019-11-12", "2019-11-14", EXP, [SHELL], PIJ,
   ["Civilians (Israel)", ""] + IL, "Israel", ["Tel Aviv", "Southern District", "Southern", ""], (), 0, req=False, tp=2,
   evidence="Islamic Jihad responded by firing some 450 rockets towards Israel over the following two days")
# not events: the 34-dead total (sum of the strikes, most unnamed), Katz statement, May round (background), Hamas.

# ---------------------------------------------------------------- Myanmar, Myanmar Now, 2024-07-26 (Friday)
A = "myanmar_mogoke_myanmarnow"
MM = "Myanmar"
MAF = ["Military Forces of Myanmar"]
TNLA = ["Ta'ang National Liberation Army", "TNLA", "Mandalay People's Defence Force", "MDY-PDF"]
MNDAA = ["Myanmar National Democratic Alliance Army", "MNDAA"]
ev("mogoke-captured", A, "2024-07-24", "2024-07-24", "2024-07-25", BAT, ["Non-state actor overtakes territory"], TNLA,
   MAF, MM, ["Mandalay"], ["Pyin Oo Lwin", "Pyinoolwin", "Mogoke", "Mogok"], None,
   evidence="The TNLA said its forces ... overran the last junta positions in the town on Wednesday")
ev("mogoke-air-strike", A, "2024-07-25", "2024-07-25", "2024-07-25", EXP, [AIR], MAF, ["Civilians (Myanmar)"], MM,
   ["Mandalay"], ["Pyin Oo Lwin", "Pyinoolwin", "Mogoke", "Mogok"], 5,
   evidence="junta aircraft bombed Mogoke on Thursday afternoon ... killing five civilians, including a monk")
ev("lashio-shell", A, "2024-07-24", "2024-07-24", "2024-07-25", EXP, [SHELL],
   ["Unidentified Armed Group (Myanmar)"] + MAF + MNDAA, ["Civilians (Myanmar)"], MM, ["Shan"], ["Lashio"], 3,
   evidence="An artillery shell struck a house in the town's Ward 10 on Wednesday night, killing three members of a "
            "family ... Both sides blamed each other")
ev("lashio-outskirts-fighting", A, "2024-07-26", "2024-07-20", "2024-07-26", BAT, ["Armed clash"], MNDAA + MAF,
   MAF + MNDAA, MM, ["Shan"], ["Lashio"], None, req=False, tp=2,
   evidence="fighting continued on the outskirts of Lashio, where the MNDAA has been attacking the junta's Northeastern Command")
ev("aapp-aggregate", A, "2024-07-26", "2021-02-01", "2024-07-26", VAC, ["Attack"], MAF, ["Civilians (Myanmar)"], MM,
   [""], (), None, req=False, tp=3,
   evidence="More than 5,300 civilians have been killed by the junta since the February 2021 coup (aggregate)")
# not events: junta warning, Kunming truce (January, background), related headlines (boilerplate).

# ---------------------------------------------------------------- Sudan, Al Jazeera, 2025-05-03 (Saturday)
A = "sudan_ennahud_aljazeera"
SD = "Sudan"
RSF = ["Rapid Support Forces", "RSF"]
SAF = ["Military Forces of Sudan", "Sudanese Armed Forces", "SAF"]
WK = ["West Kordofan", "Gharb Kurdufan", "Western Kordofan"]
ev("en-nahud-captured", A, "2025-05-01", "2025-05-01", "2025-05-01", BAT, ["Non-state actor overtakes territory"], RSF, SAF,
   SD, WK, ["En Nahud", "An Nahud", "Al Nuhud"], None,
   evidence="its fighters had 'liberated' En Nahud on Thursday after overrunning the army's 18th Infantry Division base")
ev("en-nahud-killings", A, "2025-05-02", "2025-05-01", "2025-05-02", VAC, ["Attack"], RSF, ["Civilians (Sudan)"], SD, WK,
   ["En Nahud", "An Nahud", "Al Nuhud"], 300, tp=2,
   evidence="RSF fighters went house to house after taking the town, killing at least 300 civilians on Thursday and Friday")
ev("en-nahud-looting", A, "2025-05-02", "2025-05-01", "2025-05-03", STR, ["Looting/property destruction"], RSF,
   ["Civilians (Sudan)", ""], SD, WK, ["En Nahud", "An Nahud", "Al Nuhud"], 0, req=False, tp=2,
   evidence="Witnesses described fighters looting the main market and setting fire to shops")
ev("al-khuwei-air-strike", A, "2025-05-02", "2025-05-02", "2025-05-02", EXP, [AIR], SAF, RSF, SD, WK, (), None,
   evidence="On Friday, the Sudanese army's air force struck RSF convoys near the town of Al-Khuwei ... 'dozens' of fighters were killed")
ev("um-sumeima-clash", A, "2025-04-30", "2025-04-30", "2025-04-30", BAT, ["Armed clash"], RSF + SAF, SAF + RSF, SD,
   ["North Kordofan", "Shamal Kurdufan", "Northern Kordofan"], (), 40,
   evidence="the army said it had repelled an RSF attack on the village of Um Sumeima, west of ... El Obeid, on Wednesday, killing 40 fighters")
# not events: Khartoum retaken in March (background), El Fasher siege (no act/date), Hemedti vow, UN displacement and
# 'tens of thousands' toll.

DROP = {
    "ukraine_marinka_unian": ["UNIAN", "News | Politics | Economics | War | World | Video | Photo", "Advertisement",
                              "Read also:", "Lysenko: Russia has 9,000 troops on Ukrainian territory",
                              "OSCE: ceasefire violations recorded near Donetsk airport",
                              "Share: Facebook Twitter Google+", "© 2006-2015 UNIAN. All rights reserved."],
    "libya_sabratha_xinhua": ["Xinhuanet", "Home | China | World | Business | Culture & Edu | Sci-Tech | Photos | Video",
                              "Share:  Facebook  Twitter", "Related:",
                              "Libya reports 1 more COVID-19 case, total rises to 25",
                              "UN envoy urges Libyan parties to implement ceasefire",
                              "Copyright © 2000-2020 XINHUANET.com All rights reserved."],
    "lebanon_almat_arabnews": ["ARAB NEWS", "Advertisement", "Most Popular",
                               "Israel says it killed Hezbollah commander in Syria strike",
                               "Lebanese army soldier killed in Israeli strike on checkpoint"],
    "myanmar_mogoke_myanmarnow": ["Myanmar Now", "News | Features | Opinion | Ethnic Affairs | Myanmar Now Burmese",
                                  "Subscribe to our newsletter", "Related stories",
                                  "Junta air strike kills seven in Sagaing village",
                                  "TNLA seizes Nawnghkio as fighting spreads",
                                  "© 2024 Myanmar Now. All rights reserved."],
    "gaza_ceasefire_bbc": ["Related Topics", "Israeli-Palestinian conflict", "Gaza", "Islamic Jihad"],
    "syria_idlib_truce_afp": ["bur-ser/hkb"],
}
EITHER = {
    "ukraine_marinka_unian": ["04 June 2015, 12:40"],
    "ukraine_ternopil_reuters": ["By Reuters", "(Reporting by Reuters Ukraine bureau; Editing by Peter Graff)"],
    "libya_sabratha_xinhua": ["Source: Xinhua | 2020-04-14 04:12:36 | Editor: huaxia"],
    "lebanon_almat_arabnews": ["Updated 11 November 2024"],
    "myanmar_mogoke_myanmarnow": ["By Myanmar Now | July 26, 2024"],
    "gaza_ceasefire_bbc": ["14 November 2019"],
}

write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout64), coded by CODEBOOK.md before the "
                         "system was run; BLIND, not yet run.", drop=DROP, either=EITHER)
