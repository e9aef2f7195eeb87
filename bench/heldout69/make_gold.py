"""Writes gold.json for held-out set 69 (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout69/make_gold.py

Eight short wire briefs (120-350 words), eight countries, 2020-2025; one article (Libya) has no event.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# --- Pakistan: Duki coal mines (AP, Fri 2024-10-11) ---
PK = "Pakistan"
BLA = ["Baloch Liberation Army", "BLA"]
ev("duki-coal-mines-attack", "pakistan_duki_ap", "2024-10-11", "2024-10-10", "2024-10-11", VAC, ["Attack"],
   ["Unidentified Armed Group (Pakistan)"] + BLA, ["Civilians (Pakistan)", "Civilians (Afghanistan)"], PK,
   ["Balochistan"], ["Loralai", "Duki"], 20,
   evidence="Gunmen armed with rockets and grenades attacked a cluster of small private coal mines ... overnight, "
            "killing 20 miners and wounding seven others ... in the Duki area (no claim)")
ev("karachi-airport-suicide-car-bomb", "pakistan_duki_ap", "2024-10-06", "2024-10-06", "2024-10-07", EXP,
   ["Suicide bomb"], BLA + ["Unidentified Armed Group (Pakistan)"],
   ["Civilians (China)", "Civilians (Pakistan)"], PK, ["Sind", "Sindh"], (), 3,
   evidence="a suicide car bombing outside Karachi's international airport on Sunday night killed two Chinese "
            "engineers ... The bomber also died. The outlawed Baloch Liberation Army claimed that bombing.")

# --- Somalia: General Gordon base insider attack (Garowe Online, Sun 2024-02-11) ---
SO = "Somalia"
ev("general-gordon-base-attack", "somalia_gordon_garowe", "2024-02-10", "2024-02-10", "2024-02-10", BAT,
   ["Armed clash"], ["Al Shabaab", "Unidentified Armed Group (Somalia)", "Military Forces of Somalia"],
   ["Military Forces of United Arab Emirates", "Military Forces of the United Arab Emirates",
    "Military Forces of Bahrain"], SO, ["Banaadir", "Banadir"], ["Banadir", "Banaadir", "Mogadishu"], 4,
   evidence="Three soldiers from the United Arab Emirates and an officer from Bahrain were killed on Saturday when a "
            "gunman opened fire on them inside the General Gordon military base ... Al-Shabaab claimed responsibility")

# --- Yemen: Qena oil port drone attack (Xinhua, Thu 2022-11-10) ---
YE = "Yemen"
HOUTHI = ["Houthis", "Ansar Allah", "Houthi Movement", "Ansarallah"]
ev("qena-port-drone-attack", "yemen_qena_xinhua", "2022-11-09", "2022-11-09", "2022-11-09", EXP,
   ["Air/drone strike"], HOUTHI, ["", "Civilians (Yemen)", "Military Forces of Yemen"], YE, ["Shabwah", "Shabwa"],
   ["Rudum"], 0,
   evidence="Yemen's Houthi militia on Wednesday launched a drone attack on the Qena oil port in ... Shabwa ... "
            "in Rudum district ... No casualties were reported")

# --- Iraq: rocket on Al-Bu Shaban house; British embassy IED (AP, Tue 2020-09-29) ---
IQ = "Iraq"
IQ_UNID = ["Unidentified Armed Group (Iraq)", "Kataib Hezbollah", "Popular Mobilization Forces"]
ev("albushaban-rocket-on-house", "iraq_baghdad_ap", "2020-09-28", "2020-09-28", "2020-09-29", EXP,
   ["Shelling/artillery/missile attack"], IQ_UNID, ["Civilians (Iraq)"], IQ, ["Baghdad"], ["Abu Ghraib"], 5,
   evidence="The Katyusha rocket hit the home in the village of Al-Bu Shaban in the Radwaniyah area late Monday, "
            "killing two women and three children")
ev("british-embassy-vehicle-ied", "iraq_baghdad_ap", "2020-09-15", "2020-09-15", "2020-09-15", EXP,
   ["Remote explosive/landmine/IED"], ["Unidentified Armed Group (Iraq)"],
   ["Civilians (United Kingdom)", "Civilians (Iraq)", "", "Government of United Kingdom",
    "Government of the United Kingdom"], IQ, ["Baghdad"], (), 0,
   evidence="On Sept. 15, a roadside bomb struck a British Embassy vehicle on the Mohammed al-Qasim highway in "
            "Baghdad, causing no injuries (14 days before publication)")

# --- Ukraine: Izium and Poltava missile strikes (Ukrinform, Wed 2025-02-05) ---
UA = "Ukraine"
RU = ["Military Forces of Russia"]
ev("izium-iskander-strike", "ukraine_izium_ukrinform", "2025-02-04", "2025-02-04", "2025-02-04", EXP,
   ["Shelling/artillery/missile attack"], RU, ["Civilians (Ukraine)"], UA,
   ["Kharkivs'ka", "Kharkiv", "Kharkiv Oblast", "Kharkivska"], ["Iziumska Miskrada", "Iziumskyi", "Izium"], 5,
   evidence="The death toll from Tuesday's Russian ballistic missile strike on the center of Izium ... has risen to "
            "five ... Iskander-M")
ev("poltava-apartment-missile", "ukraine_izium_ukrinform", "2025-02-01", "2025-02-01", "2025-02-01", EXP,
   ["Shelling/artillery/missile attack"], RU, ["Civilians (Ukraine)"], UA,
   ["Poltava", "Poltavs'ka", "Poltava Oblast"], ["Poltava", "Poltavskyi", "Poltavska Miskrada"], 14,
   evidence="a Russian missile struck a five-storey apartment building in Poltava early on Saturday, killing 14 "
            "people, including two children")

# --- Myanmar: Pauktaw / Rathedaung (The Irrawaddy, Sat 2023-11-18) ---
MM = "Myanmar"
AA = ["Arakan Army", "AA", "United League of Arakan/Arakan Army", "ULA/AA"]
MM_ARMY = ["Military Forces of Myanmar"]
ev("pauktaw-police-station-seized", "myanmar_pauktaw_irrawaddy", "2023-11-16", "2023-11-16", "2023-11-16", BAT,
   ["Non-state actor overtakes territory"], AA, ["Police Forces of Myanmar"] + MM_ARMY, MM, ["Rakhine"],
   ["Sittwe", "Mrauk-U"], None,
   evidence="The Arakan Army (AA) captured a police station in Pauktaw town ... on Thursday after a day of fighting "
            "and now controls most of the town ... Casualty figures could not be independently confirmed")
ev("pauktaw-naval-shelling", "myanmar_pauktaw_irrawaddy", "2023-11-17", "2023-11-17", "2023-11-17", EXP,
   ["Shelling/artillery/missile attack"], MM_ARMY, ["Civilians (Myanmar)"], MM, ["Rakhine"],
   ["Sittwe", "Mrauk-U"], 2,
   evidence="On Friday, junta naval vessels anchored off Pauktaw shelled the town ... A 60-year-old man and his "
            "grandson were killed")
ev("rathedaung-outposts-overrun", "myanmar_pauktaw_irrawaddy", "2023-11-13", "2023-11-13", "2023-11-13", BAT,
   ["Non-state actor overtakes territory", "Armed clash"], AA, MM_ARMY, MM, ["Rakhine"], (), None,
   evidence="the AA on Monday overran several regime outposts in Rathedaung Township")
ev("northern-shan-brotherhood-offensive", "myanmar_pauktaw_irrawaddy", "2023-11-18", "2023-10-19", "2023-11-18",
   BAT, ["Armed clash", "Non-state actor overtakes territory"],
   ["Three Brotherhood Alliance", "Arakan Army", "AA", "Myanmar National Democratic Alliance Army", "MNDAA",
    "Ta'ang National Liberation Army", "TNLA"], MM_ARMY, MM, ["Shan"], (), None, req=False, tp=3,
   evidence="the Three Brotherhood Alliance, which has been attacking junta positions in northern Shan State "
            "(undated, ongoing: optional)")

# --- Nigeria: Dumba farmers massacre (AFP, Mon 2025-01-13) ---
NG = "Nigeria"
ev("dumba-farmers-massacre", "nigeria_dumba_afp", "2025-01-12", "2025-01-12", "2025-01-12", VAC, ["Attack"],
   ["Islamic State West Africa Province", "ISWAP", "Islamic State", "Unidentified Armed Group (Nigeria)",
    "Boko Haram"], ["Civilians (Nigeria)"], NG, ["Borno"], ["Kukawa", "Guzamala"], 40,
   evidence="Suspected jihadists killed at least 40 farmers ... on Sunday in Dumba ... in Kukawa district ... "
            "putting the death toll at between 40 and 50")

# --- Libya: election postponement (Xinhua, 2021-12-23): no event ---
# HNEC proposal, committee statement, UNSMIL / Williams statements, candidate and voter counts, the Oct 2020
# ceasefire, the Nov 2020 Tunis roadmap, the 2019-20 Tripoli war and 2011 are statements or background.

DROP = {
    "somalia_gordon_garowe": [
        "Garowe Online", "Home | News | Politics | Security | Opinion | Puntland | Contact Us", "Security",
        "Share this:", "Facebook", "Twitter", "WhatsApp", "Advertisement", "Related",
        "Al-Shabaab fighters killed in Galmudug operation, says army",
        "Puntland opposition rejects new electoral law", "Somalia and Ethiopia trade barbs over port deal",
        "© 2024 Garowe Online. All rights reserved."],
    "ukraine_izium_ukrinform": [
        "Ukrinform", "Ukraine | War | Politics | Economy | Society | World | Regions",
        "UA | EN | DE | FR | ES | PL", "Regions", "Share:",
        "Read also: Zelensky: Ukraine needs at least ten more Patriot systems",
        "Read also: Russian drones hit energy facility in Odesa region", "Photo: Kharkiv RMA",
        "If you see a mistake, select it and press Ctrl+Enter", "Subscribe to our Telegram channel",
        "Ukrinform © 2015-2025. All rights reserved."],
    "myanmar_pauktaw_irrawaddy": [
        "The Irrawaddy", "Home | News | Burma | Asia | Opinion | Business | In Person | Features | Specials",
        "Burma", "Share", "Advertisement", "Topics: Arakan Army, Rakhine, Pauktaw, Military Regime",
        "Related Stories", "Junta Airstrike Kills Villagers in Sagaing Region",
        "Brotherhood Alliance Captures Border Gate in Northern Shan", "Subscribe to our newsletter",
        "Copyright © 2023 The Irrawaddy. All rights reserved."],
    "libya_elections_xinhua": [
        "Xinhua | English.news.cn", "Home | China | World | Business | Culture & Edu | Sci-Tech | Photos | Video",
        "Video PlayerClose", "Related News:", "Libya's parliament to hold session to discuss election delay",
        "UN envoy urges Libyans to work toward elections", "Back to Top Close",
        "Copyright © 2000-2021 Xinhua News Agency. All rights reserved."],
}
EITHER = {
    "somalia_gordon_garowe": ["By Garowe Online Staff", "February 11, 2024"],
    "ukraine_izium_ukrinform": ["05.02.2025 10:12"],
    "myanmar_pauktaw_irrawaddy": ["By The Irrawaddy 18 November 2023"],
    "libya_elections_xinhua": ["Source: Xinhua | 2021-12-23 00:41:12 | Editor: huaxia"],
    "nigeria_dumba_afp": ["bur-ank/rlp"],
}

write_gold(HERE, E, note="8 hand-written held-out wire briefs (bench/heldout69), coded by CODEBOOK.md before any "
           "run; BLIND, not yet run.", drop=DROP, either=EITHER)
