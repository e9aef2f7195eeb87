"""Writes gold.json for the 48th held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout48/make_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

AIR, SHL, IED = "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED"

# --- Ukraine: Uman (Reuters, 2023-04-29, Saturday) ---
UA = "Ukraine"
RU = ["Military Forces of Russia"]
ev("uman-apartment-missile", "ukraine_uman_reuters", "2023-04-28", "2023-04-28", "2023-04-28", EXP, [SHL], RU,
   ["Civilians (Ukraine)", ""], UA, ["Cherkasy", "Cherkaska", "Cherkas'ka"], ["Uman", "Umanskyi", "Umanska"], 23,
   evidence="Russian missile strike ... apartment building in ... Uman ... hit before dawn on Friday ... toll had risen"
            " to 23 (17 on Friday -> 23)")
ev("dnipro-house-missile", "ukraine_uman_reuters", "2023-04-28", "2023-04-28", "2023-04-28", EXP, [SHL], RU,
   ["Civilians (Ukraine)", ""], UA, ["Dnipropetrovsk", "Dnipropetrovska", "Dnipropetrovs'ka"],
   ["Dnipro", "Dnipro rural", "Dniprovskyi", "Dnipropetrovsk"], 2,
   evidence="In ... Dnipro, a missile hit a private house on Friday, killing a 31-year-old woman and her two-year-old daughter")
ev("kyiv-missiles-intercepted", "ukraine_uman_reuters", "2023-04-28", "2023-04-28", "2023-04-28", STR,
   ["Disrupted weapons use"], ["Military Forces of Ukraine"], RU + [""], UA, ["Kyiv City", "Kyiv", "Kiev"], (), 0,
   req=False, evidence="explosions were heard in Kyiv ... as air defences intercepted missiles over the capital")
# not events: "21 of 23 ... shot down" (nationwide interception count); Russian MoD claim; Zelenskiy statement;
# Dnipro January strike (46, background); counteroffensive expectations (forecast).

# --- Myanmar: Kani (Mizzima, 2021-07-13, Tuesday) ---
MM = "Myanmar"
MMF = ["Military Forces of Myanmar"]
PDF = ["People's Defence Force", "People's Defense Force", "PDF", "People's Defence Force (PDF)",
       "Depayin PDF", "Depayin People's Defence Force", "Kani PDF", "Kani People's Defence Force"]
ev("yin-village-massacre", "myanmar_kani_mizzima", "2021-07-11", "2021-07-09", "2021-07-11", VAC, ["Attack"], MMF,
   ["Civilians (Myanmar)"], MM, ["Sagaing"], ["Yinmabin", "Monywa", "Kani"], 16, tp=2,
   evidence="junta troops killed at least 16 men from Yin village in Kani Township ... raid that began on Friday"
            " (local sources 16-20 -> 16)")
ev("kani-pdf-clash", "myanmar_kani_mizzima", "2021-07-09", "2021-07-08", "2021-07-09", BAT, ["Armed clash"],
   MMF + PDF, PDF + MMF, MM, ["Sagaing"], ["Yinmabin", "Monywa", "Kani"], None, req=False, tp=2,
   evidence="soldiers entered Yin on Friday morning, 9 July, after clashes with the local People's Defence Force")
ev("depayin-mine-ambush", "myanmar_kani_mizzima", "2021-07-11", "2021-07-11", "2021-07-11", EXP, [IED],
   PDF, MMF, MM, ["Sagaing"], ["Shwebo", "Depayin"], 5,
   evidence="Depayin PDF said they ambushed a military column with homemade mines ... on Sunday, claiming to have"
            " killed five soldiers")
# not events: Kalay (April, background); AAPP 890 since 1 February (cumulative); NUG appeal; GNLM claim (= the clash).

# --- Ethiopia: Chenna (Addis Standard, 2021-09-09, Thursday) ---
ET = "Ethiopia"
TPLF = ["Tigray People's Liberation Front", "TPLF", "Tigray People's Liberation Front (TPLF)",
        "Tigray Defense Forces", "Tigray Defence Forces", "TDF"]
ENDF = ["Military Forces of Ethiopia"]
ev("chenna-massacre", "ethiopia_chenna_addisstandard", "2021-09-04", "2021-08-31", "2021-09-04", VAC, ["Attack"],
   TPLF, ["Civilians (Ethiopia)"], ET, ["Amhara"], ["North Gondar Zone", "North Gondar", "Semien Gondar", "Dabat"], 120,
   tp=2, evidence="bodies of more than 120 civilians ... Chenna Teklehaymanot kebele of Dabat woreda ... killed between"
                  " 31 August and 4 September (125 buried; 'at least 120' -> 120); TPLF denies")
ev("debark-fighting", "ethiopia_chenna_addisstandard", "2021-09-07", "2021-09-07", "2021-09-07", BAT, ["Armed clash"],
   ENDF + TPLF, TPLF + ENDF + ["Amhara Regional Special Forces", "Fano"], ET, ["Amhara"],
   ["North Gondar Zone", "North Gondar", "Semien Gondar", "Debark"], None,
   evidence="fighting between ENDF, Amhara special forces and militia, and TPLF forces was reported around Debark town"
            " on Tuesday ... number of casualties was not known")
# not events: Galikoma ("last month", Aug 5 = 35 days: background); June unilateral ceasefire and July advance
# (background); Amhara call to arms; EHRC statement; TPLF denial.

# --- South Sudan: Wau (Radio Tamazuj, 2017-04-11, Tuesday) ---
SS = "South Sudan"
SSF = ["Military Forces of South Sudan"]
WBG = ["Western Bahr al Ghazal", "Western Bahr el Ghazal"]
IO = ["SPLM/A-In Opposition", "SPLA-IO", "SPLM-IO", "SPLM/A-IO", "Sudan People's Liberation Movement-in-Opposition",
      "Sudan People's Liberation Army-in-Opposition", "Unidentified Armed Group (South Sudan)"]
ev("wau-house-to-house-killings", "southsudan_wau_tamazuj", "2017-04-10", "2017-04-10", "2017-04-10", VAC, ["Attack"],
   SSF, ["Civilians (South Sudan)"], SS, WBG, (), 16,
   evidence="At least 16 civilians were killed in Wau town on Monday when government soldiers went from house to house"
            " (church sources up to 22 -> 16)")
ev("wau-officers-ambush", "southsudan_wau_tamazuj", "2017-04-09", "2017-04-09", "2017-04-09", BAT, ["Armed clash"],
   IO, SSF, SS, WBG, (), 2,
   evidence="two SPLA officers ... killed when their vehicle was ambushed on the road south of Wau on Sunday."
            " The army blamed ... SPLA-IO ... denied")
# not events: flight of 3,000 to the UNMISS site; June 2016 Wau fighting (background); army statement; UNSC meeting.

# --- CAR: Bria (UN News, 2016-12-01, Thursday) ---
CF = "Central African Republic"
FPRC = ["Popular Front for the Renaissance of the Central African Republic", "FPRC",
        "Popular Front for the Rebirth of Central African Republic", "Front Populaire pour la Renaissance de la Centrafrique",
        "Popular Front for the Renaissance of Central African Republic"]
UPC = ["Union for Peace in the Central African Republic", "UPC", "Union pour la Paix en Centrafrique",
       "Union for Peace in Central African Republic"]
ev("bria-fprc-upc-clashes", "car_bria_unnews", "2016-11-23", "2016-11-21", "2016-11-23", BAT, ["Armed clash"],
   FPRC + UPC, UPC + FPRC, CF, ["Haute-Kotto"], ["Bria"], None, tp=2,
   evidence="clashes between the FPRC, allied with ... anti-Balaka, and the UPC broke out on 21 November and continued"
            " for three days in and around Bria ... killed at least 85 civilians")
ev("bria-fulani-targeted", "car_bria_unnews", "2016-11-23", "2016-11-21", "2016-11-23", VAC, ["Attack"],
   FPRC + ["Anti-Balaka", "anti-Balaka"], ["Civilians (Central African Republic)"], CF, ["Haute-Kotto"], ["Bria"], None,
   req=False, tp=2, evidence="fighters had hunted down members of the Fulani community ... also attacked a health centre")
ev("ndele-ngo-looting", "car_bria_unnews", "2016-11-27", "2016-11-27", "2016-11-27", STR,
   ["Looting/property destruction"], ["Unidentified Armed Group (Central African Republic)"],
   ["", "Civilians (Central African Republic)"], CF, ["Bamingui-Bangoran"], ["Ndele", "Ndélé"], 0,
   evidence="on Sunday, armed men looted the offices and warehouse of a humanitarian organization in Ndélé")
# not events: 11,000 displaced; MINUSCA patrols; Onanga-Anyanga's call to cease hostilities; Kaga-Bandoro
# (October, 50 days: background); 2013 coup (background).

# --- Lebanon: Haris / Talloussa (AP, 2024-12-03, Tuesday) ---
LB = "Lebanon"
IL = ["Military Forces of Israel"]
HZ = ["Hezbollah", "Hizballah", "Hezbollah (Lebanon)"]
ev("haris-strike", "lebanon_haris_ap", "2024-12-02", "2024-12-02", "2024-12-02", EXP, [AIR, SHL], IL,
   ["Civilians (Lebanon)", "", *HZ], LB, ["Nabatiye", "Nabatieh", "South Lebanon"], ["Bent Jbail", "Bint Jbeil"], 5,
   evidence="an Israeli strike on a home in the village of Haris killed five people (Monday)")
ev("talloussa-strike", "lebanon_haris_ap", "2024-12-02", "2024-12-02", "2024-12-02", EXP, [AIR, SHL], IL,
   ["Civilians (Lebanon)", "", *HZ], LB, ["Nabatiye", "Nabatieh"], (), 4,
   evidence="another strike in the village of Talloussa killed four (Monday)")
ev("marjayoun-drone-state-security", "lebanon_haris_ap", "2024-12-02", "2024-12-02", "2024-12-02", EXP, [AIR], IL,
   ["Police Forces of Lebanon", "State Security of Lebanon", "Military Forces of Lebanon", "Civilians (Lebanon)", ""],
   LB, ["Nabatiye", "Nabatieh"], (), 1,
   evidence="an Israeli drone struck a motorcycle near the town of Marjayoun, killing a sergeant of ... State Security")
ev("kfar-kila-soldier", "lebanon_haris_ap", "2024-12-01", "2024-12-01", "2024-12-01", EXP, [AIR, SHL], IL,
   ["Military Forces of Lebanon"], LB, ["Nabatiye", "Nabatieh"], (), 1,
   evidence="A soldier was also killed by an Israeli strike near the border village of Kfar Kila on Sunday")
ev("chebaa-mortars", "lebanon_haris_ap", "2024-12-02", "2024-12-02", "2024-12-02", EXP, [SHL], HZ, IL,
   LB, ["Nabatiye", "Nabatieh"], ["Hasbaiya", "Hasbaya"], 0, req=False,
   evidence="Hezbollah said it fired two mortar rounds on Monday evening at an Israeli army position in the Chebaa Farms"
            " (disputed strip; could be coded in Israel/Golan)")
ev("nov27-ceasefire", "lebanon_haris_ap", "2024-11-27", "2024-11-27", "2024-11-27", STR, ["Agreement"],
   IL + HZ + ["Government of Lebanon", "Military Forces of Lebanon"], HZ + IL + ["Government of Lebanon", ""],
   LB, [""], (), 0, req=False,
   evidence="The ceasefire, brokered by the United States and France, took effect on Nov. 27 (6 days earlier, framed"
            " as context)")
# not events: Katz / Netanyahu threats; Kirby "holding" (ceasefire statement); Berri's 54 violations; 4,000 war dead
# (cumulative); 60-day withdrawal terms (plan).

# --- Palestine: Abu Dis checkpoint (Anadolu, 2020-06-24, Wednesday) ---
PS = "Palestine"
ISF = ["Police Forces of Israel", "Military Forces of Israel"]
ev("container-checkpoint-shooting", "palestine_abudis_anadolu", "2020-06-23", "2020-06-23", "2020-06-23", VAC,
   ["Attack"], ISF, ["Civilians (Palestine)"], PS, ["West Bank"], ["Al Quds", "Jerusalem", "Quds"], 1,
   evidence="shot dead by Israeli forces at a military checkpoint near ... Abu Dis ... on Tuesday (police: car ramming,"
            " officer lightly injured; family: accident)")
ev("abu-dis-stone-throwing", "palestine_abudis_anadolu", "2020-06-23", "2020-06-23", "2020-06-23", RIO,
   ["Violent demonstration", "Mob violence"], ["Rioters (Palestine)", "Protesters (Palestine)"], ISF, PS, ["West Bank"],
   ["Al Quds", "Jerusalem", "Quds"], 0,
   evidence="dozens of young men in Abu Dis threw stones at Israeli troops ... who responded with tear gas canisters and"
            " rubber-coated bullets")
ev("hallaq-old-city-shooting", "palestine_abudis_anadolu", "2020-05-30", "2020-05-30", "2020-05-30", VAC, ["Attack"],
   ["Police Forces of Israel"], ["Civilians (Palestine)"], [PS, "Israel"], ["West Bank", "Jerusalem", "Al Quds"],
   ["Al Quds", "Jerusalem", "Quds"], 1,
   evidence="Israeli police shot dead Eyad al-Hallaq ... in Jerusalem's Old City on May 30 (25 days before publication:"
            " not background)")
# not events: annexation plan (plan); PA threat; Saeb Erekat / Mladenov statements; 'Israel arrests 14' (related link).

# --- Venezuela: Caracas (AFP, 2024-07-30, Tuesday) ---
VE = "Venezuela"
CCS = ["Federal", "Distrito Federal", "Distrito Capital", "Capital"]
VSF = ["Police Forces of Venezuela", "Military Forces of Venezuela"]
ev("caracas-miraflores-march", "venezuela_caracas_afp", "2024-07-29", "2024-07-29", "2024-07-29", RIO,
   ["Violent demonstration"], ["Rioters (Venezuela)", "Protesters (Venezuela)"], VSF, VE, CCS,
   ["Municipio Libertador", "Libertador"], None,
   evidence="crowds approached the Miraflores presidential palace on Monday ... fired tear gas and rubber bullets ..."
            " Some protesters threw stones and set fire to tyres; dozens were detained")
ev("caracas-miraflores-march-as-protest", "venezuela_caracas_afp", "2024-07-29", "2024-07-29", "2024-07-29", PRO,
   ["Protest with intervention", "Excessive force against protesters"], ["Protesters (Venezuela)"], VSF, VE, CCS,
   ["Municipio Libertador", "Libertador"], None, req=False,
   evidence="same march read as a mostly peaceful protest dispersed with tear gas and arrests")
ev("coro-chavez-statue", "venezuela_caracas_afp", "2024-07-29", "2024-07-29", "2024-07-29", RIO,
   ["Violent demonstration"], ["Rioters (Venezuela)", "Protesters (Venezuela)"], ["", "Civilians (Venezuela)"], VE,
   ["Falcon", "Falcón"], ["Municipio Miranda", "Miranda"], 0,
   evidence="In Coro, the capital of Falcon state, protesters toppled a statue of the late leader Hugo Chavez ... on Monday")
ev("superlano-arrest", "venezuela_caracas_afp", "2024-07-30", "2024-07-30", "2024-07-30", STR, ["Arrests"],
   VSF + ["Unidentified Armed Group (Venezuela)"],
   ["Voluntad Popular", "Popular Will", "Civilians (Venezuela)", "Freddy Superlano", ""], VE, CCS,
   ["Municipio Libertador", "Libertador"], 0,
   evidence="Superlano ... was taken from his home in Caracas by hooded agents on Tuesday morning")
ev("aragua-soldier-killed", "venezuela_caracas_afp", "2024-07-29", "2024-07-29", "2024-07-30", RIO,
   ["Violent demonstration"], ["Rioters (Venezuela)"], ["Military Forces of Venezuela"], VE, ["Aragua"], (), 1,
   req=False, evidence="He said one soldier had been killed in Aragua state (undated, in the protests)")
ev("foro-penal-nationwide-toll", "venezuela_caracas_afp", "2024-07-30", "2024-07-29", "2024-07-30", RIO,
   ["Violent demonstration"], ["Rioters (Venezuela)", "Protesters (Venezuela)"], VSF + [""], VE, [""], (), 11,
   req=False, tp=2, evidence="at least 11 people ... had been killed nationwide in the unrest since Monday (aggregate,"
                             " country level)")
# not events: 749 arrested nationwide (aggregate without deaths); CNE declaration; Machado's call for Tuesday
# gatherings (plan); Maduro's 'coup' claim; expulsion of diplomats; 2014/2017 protests (background).

DROP = {
    "myanmar_kani_mizzima": ["Mizzima - News in Myanmar", "Home", "News", "Analysis", "Features", "Opinion",
                             "Mizzima TV", "Donate", "Share this:", "Facebook", "Twitter", "Advertisement",
                             "Related News", "Junta troops torch homes in Magway village",
                             "Myanmar junta extends state of emergency", "COVID-19 cases surge in Yangon",
                             "Sign up for our newsletter", "© Mizzima Media Group 2021. All rights reserved."],
    "ethiopia_chenna_addisstandard": ["Addis Standard", "NEWS", "POLITICS", "BUSINESS", "OP-ED", "SUBSCRIBE",
                                      "RELATED: News: Tigray forces push into Amhara; thousands displaced in North Wollo",
                                      "Share this:", "Facebook", "Twitter", "Telegram", "Like this:", "Related",
                                      "© 2021 Addis Standard. All Rights Reserved."],
    "southsudan_wau_tamazuj": ["Radio Tamazuj", "Home | News | Features | Opinion | Programs | Contact", "South Sudan",
                               "Sudan", "Region", "Related articles", "Aweil East commissioner sacked",
                               "Gunmen kill trader on Juba-Nimule road", "(ST/RT) Copyright 2017 Radio Tamazuj"],
    "car_bria_unnews": ["UN News", "Global perspective Human stories", "Related Stories",
                        "Central African Republic: Brussels conference raises $2.2 billion",
                        "UN envoy urges support for CAR's disarmament programme",
                        "Get the UN News app for your iOS or Android devices.", "Download the app"],
    "palestine_abudis_anadolu": ["Anadolu Agency", "WORLD", "POLITICS", "ECONOMY", "ANALYSIS",
                                 "ALSO READ: Israel arrests 14 Palestinians in West Bank raids",
                                 "Anadolu Agency website contains only a portion of the news stories offered to "
                                 "subscribers in the AA News Broadcasting System (HAS), and in summarized form. "
                                 "Please contact us for subscription options."],
}
EITHER = {
    "ukraine_uman_reuters": ["By Reuters Staff", "(Reporting by Max Hunder in Kyiv; Editing by Frances Kerry)"],
    "myanmar_kani_mizzima": ["13 July 2021"],
    "car_bria_unnews": ["Peace and Security", "1 December 2016"],
    "palestine_abudis_anadolu": ["Middle East", "Qais Abu Samra | 24.06.2020"],
    "lebanon_haris_ap": ["___", "Associated Press writers Bassem Mroue in Beirut and Julia Frankel in Jerusalem "
                                "contributed to this report."],
    "venezuela_caracas_afp": ["bur-ll/mlr"],
}

write_gold(HERE, E, drop=DROP, either=EITHER,
           note="8 hand-written held-out articles (bench/heldout48), coded by CODEBOOK.md; BLIND, not yet run.")
