"""Writes gold.json for the 59th held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout59/make_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# ---------------------------------------------------------------- Syria (AFP, 2022-08-20, Saturday)
SY, A = "Syria", "syria_albab_afp"
TR = ["Military Forces of Turkey"]
SDF_SAA = ["Syrian Democratic Forces", "SDF", "Military Forces of Syria", "YPG", "People's Protection Units"]
ev("albab-market-shelling", A, "2022-08-19", "2022-08-19", "2022-08-19", EXP, ["Shelling/artillery/missile attack"],
   ["Military Forces of Syria", "Syrian Democratic Forces", "SDF", "Unidentified Armed Group (Syria)"],
   ["Civilians (Syria)"], SY, ["Aleppo"], ["Al-Bab"], 16,
   evidence="Shelling on a crowded market in ... Al-Bab killed at least 16 civilians ... on Friday (SOHR 17 -> lowest 16)")
ev("manbij-turkish-retaliation", A, "2022-08-19", "2022-08-19", "2022-08-19", EXP,
   ["Shelling/artillery/missile attack"], TR, SDF_SAA + ["Civilians (Syria)", "Unidentified Armed Group (Syria)", ""],
   SY, ["Aleppo"], ["Manbij"], None,
   evidence="its forces retaliated later on Friday, pounding 'terrorist' positions around the town of Manbij "
            "... '13 neutralised' vs Observatory 'could not confirm any deaths' -> toll unscored")
ev("kobani-border-posts-strikes", A, "2022-08-16", "2022-08-16", "2022-08-16", EXP,
   ["Air/drone strike", "Shelling/artillery/missile attack"], TR, SDF_SAA, SY, ["Aleppo"],
   ["Ayn al-Arab", "Ain al-Arab", "Ain Al Arab", "Kobani"], 17,
   evidence="Turkish strikes on Tuesday hit Syrian government border posts near ... Kobani ... killing 17")
ev("hasakah-drone-strike-girls", A, "2022-08-18", "2022-08-18", "2022-08-18", EXP, ["Air/drone strike"], TR,
   ["Civilians (Syria)"], SY, ["Al-Hasakah"], ["Al-Hasakah"], 4,
   evidence="a Turkish drone strike on Thursday hit an education centre on the outskirts of Hasakeh city, killing four girls")

# ---------------------------------------------------------------- Iraq (Al Jazeera, 2021-05-10, Monday)
IQ, A = "Iraq", "iraq_karbala_aljazeera"
UIQ = ["Unidentified Armed Group (Iraq)"]
KAR = ["Karbala'", "Karbala", "Kerbala"]
ev("wazni-assassination", A, "2021-05-09", "2021-05-09", "2021-05-09", VAC, ["Attack"], UIQ, ["Civilians (Iraq)"], IQ,
   KAR, ["Kerbala", "Karbala"], 1,
   evidence="killed shortly after midnight on Sunday by gunmen riding motorcycles who opened fire with silenced pistols")
ev("karbala-consulate-riot", A, "2021-05-09", "2021-05-09", "2021-05-09", RIO, ["Violent demonstration"],
   ["Rioters (Iraq)", "Protesters (Iraq)"], ["", "Police Forces of Iraq", "Military Forces of Iraq"], IQ, KAR,
   ["Kerbala", "Karbala"], 0,
   evidence="On Sunday night, angry protesters set fire to tyres and to caravans outside the Iranian consulate in Karbala")
ev("karbala-funeral-march", A, "2021-05-09", "2021-05-09", "2021-05-09", PRO, ["Peaceful protest"],
   ["Protesters (Iraq)"], [""], IQ, KAR, ["Kerbala", "Karbala"], 0, req=False,
   evidence="hundreds of mourners marched through the city behind his coffin, chanting against Iran (funeral march; "
            "a second coder may fold it into the riot)")
ev("diwaniyah-journalist-shot", A, "2021-05-10", "2021-05-10", "2021-05-10", VAC, ["Attack"], UIQ,
   ["Civilians (Iraq)"], IQ, ["Al-Qadisiyyah", "Al-Qadisiyah", "Qadisiyah"], ["Qada Diwaniya", "Diwaniya", "Ad Diwaniyah"], 0,
   evidence="Early on Monday ... journalist Ahmed Hassan ... was shot in the head by unknown gunmen ... in Diwaniyah")
ev("nasiriyah-habboubi-rally", A, "2021-05-10", "2021-05-10", "2021-05-10", PRO, ["Peaceful protest"],
   ["Protesters (Iraq)"], [""], IQ, ["Dhi Qar"], ["Nassriya", "Nasiriyah", "Al-Nasiriya"], 0,
   evidence="In Nasiriyah ... several hundred people gathered peacefully in Habboubi Square on Monday")

# ---------------------------------------------------------------- Pakistan (Dawn, 2022-12-28, Wednesday)
PK, A = "Pakistan", "pakistan_gwadar_dawn"
POL = ["Police Forces of Pakistan"]
ev("gwadar-sitin-dispersed", A, "2022-12-26", "2022-12-26", "2022-12-26", PRO, ["Protest with intervention"],
   ["Protesters (Pakistan)", "Haq Do Tehreek"], POL, PK, ["Balochistan"], ["Gwadar"], 0,
   evidence="In the pre-dawn hours of Monday ... police and the Levies raided the HDT sit-in camp ... firing tear gas shells")
ev("gwadar-hdt-arrests", A, "2022-12-26", "2022-12-26", "2022-12-26", STR, ["Arrests"], POL,
   ["Protesters (Pakistan)", "Haq Do Tehreek", "Civilians (Pakistan)"], PK, ["Balochistan"], ["Gwadar"], 0, req=False,
   evidence="Dozens of participants, including several local leaders of the movement, were taken into custody")
ev("gwadar-clashes-constable-killed", A, "2022-12-27", "2022-12-27", "2022-12-27", RIO, ["Violent demonstration"],
   ["Rioters (Pakistan)", "Protesters (Pakistan)", "Haq Do Tehreek"], POL, PK, ["Balochistan"], ["Gwadar"], 1,
   evidence="On Tuesday, hundreds of HDT supporters blocked roads ... pelted police vehicles with stones ... "
            "Constable Yasir Saeed ... suffered a bullet wound to the neck and was declared dead")
ev("turbat-solidarity-rally", A, "2022-12-27", "2022-12-27", "2022-12-27", PRO, ["Peaceful protest"],
   ["Protesters (Pakistan)"], [""], PK, ["Balochistan"], ["Kech", "Turbat"], 0,
   evidence="In Turbat, several hundred people staged a rally on Tuesday ... The rally dispersed peacefully")

# ---------------------------------------------------------------- Yemen (Arab News, 2020-10-15, Thursday)
YE, A = "Yemen", "yemen_exchange_arabnews"
HOU = ["Houthis", "Houthi Movement", "Ansar Allah", "Houthi militia"]
GOV = ["Military Forces of Yemen", "Government of Yemen"]
ev("prisoner-exchange-flights", A, "2020-10-15", "2020-10-15", "2020-10-15", STR, ["Agreement"], HOU + GOV, HOU + GOV,
   YE, ["Amanat Alasimah", "Amanat al Asimah", "Sanaa", "Aden", "Hadramaout", "Hadramawt"], (), 0,
   evidence="Hundreds of prisoners were flown home across Yemen's front lines on Thursday in the largest exchange")
ev("switzerland-deal-sept27", A, "2020-09-27", "2020-09-27", "2020-09-27", STR, ["Agreement"], HOU + GOV, HOU + GOV,
   "Switzerland", ["Geneva", "Vaud", ""], (), 0, req=False,
   evidence="the two sides agreed on Sept. 27 after a week of UN-sponsored talks near Geneva (18 days before: "
            "inside the window, but outside the gazetteer and only a place 'near Geneva')")
ev("sirwah-clashes", A, "2020-10-14", "2020-10-14", "2020-10-14", BAT, ["Armed clash"], HOU + GOV, HOU + GOV, YE,
   ["Ma'rib", "Marib"], ["Sirwah"], 12,
   evidence="at least 12 fighters on both sides were killed on Wednesday in clashes in Sirwah district")
ev("sirwah-coalition-airstrikes", A, "2020-10-14", "2020-10-14", "2020-10-15", EXP, ["Air/drone strike"],
   ["Military Forces of Saudi Arabia", "Saudi-led coalition", "Coalition (Saudi Arabia)",
    "Operation Restoring Hope"], HOU, YE, ["Ma'rib", "Marib"], ["Sirwah"], 0,
   evidence="The Saudi-led coalition said it carried out air strikes on Houthi reinforcements in Sirwah on Wednesday "
            "night, without giving a toll")

# ---------------------------------------------------------------- Lebanon (BBC, 2024-01-08, Monday)
LB, A = "Lebanon", "lebanon_tawil_bbc"
IL = ["Military Forces of Israel"]
ev("khirbet-selm-car-drone-strike", A, "2024-01-08", "2024-01-08", "2024-01-08", EXP, ["Air/drone strike"], IL,
   ["Hezbollah"], LB, ["Nabatiye", "Nabatieh", "South"], ["Bent Jbail", "Bint Jbeil"], 2,
   evidence="killed on Monday morning when a drone struck the car he was travelling in near the village of Khirbet Selm "
            "... Another Hezbollah fighter in the vehicle was also killed")
ev("arouri-dahiyeh-strike", A, "2024-01-02", "2024-01-02", "2024-01-02", EXP, ["Air/drone strike"],
   IL + ["Unidentified Armed Group (Lebanon)"], ["Hamas", "Civilians (Lebanon)"], LB,
   ["Mont-Liban", "Mount Lebanon", "Beyrouth", "Beirut"], ["Baabda"], 7,
   evidence="Arouri and six other people ... died when a drone hit an apartment in the Musharrafieh area last Tuesday "
            "(6 days before: a new event; Israel not named as the attacker)")
ev("meron-rockets", A, "2024-01-06", "2024-01-06", "2024-01-06", EXP, ["Shelling/artillery/missile attack"],
   ["Hezbollah"], IL + [""], "Israel", ["Northern", "Northern District", "HaZafon"], (), 0, req=False,
   evidence="on Saturday Hezbollah said it fired 62 rockets at an Israeli air traffic control base on Mount Meron")

# ---------------------------------------------------------------- Palestine (WAFA, 2022-08-08, Monday)
PS, A = "Palestine", "gaza_truce_wafa"
PIJ = ["Palestinian Islamic Jihad", "PIJ", "Islamic Jihad", "Al-Quds Brigades"]
GZ = ["Gaza Strip", "Gaza"]
ev("gaza-truce", A, "2022-08-07", "2022-08-07", "2022-08-07", STR, ["Agreement"], IL + PIJ + ["Government of Israel"],
   IL + PIJ + ["Government of Israel"], PS, GZ, (), 0,
   evidence="An Egyptian-brokered truce between Israel and the Islamic Jihad movement took effect at 11:30 p.m. on Sunday")
ev("palestine-tower-strike-jabari", A, "2022-08-05", "2022-08-05", "2022-08-05", EXP, ["Air/drone strike"], IL,
   PIJ + ["Civilians (Palestine)"], PS, GZ, ["Gaza", "Gaza City"], 10,
   evidence="on Friday afternoon ... Israeli warplanes struck an apartment in the Palestine Tower ... killing Taysir "
            "al-Jabari ... and nine other citizens")
ev("rafah-shaboura-strike-mansour", A, "2022-08-06", "2022-08-06", "2022-08-06", EXP, ["Air/drone strike"], IL,
   PIJ + ["Civilians (Palestine)"], PS, GZ, ["Rafah"], 8,
   evidence="Late on Saturday, occupation warplanes flattened a residential building in the Shaboura camp in Rafah, "
            "killing Khaled Mansour ... along with two other members and five civilians")
ev("jabalia-street-explosion", A, "2022-08-06", "2022-08-06", "2022-08-06", EXP,
   ["Shelling/artillery/missile attack", "Air/drone strike", "Remote explosive/landmine/IED"],
   PIJ + IL + ["Unidentified Armed Group (Palestine)"], ["Civilians (Palestine)"], PS, GZ,
   ["North Gaza", "Jabalya", "Jabalia"], 7,
   evidence="Earlier on Saturday, an explosion in a street of Jabalia refugee camp ... killed seven citizens "
            "(Israel: misfired rocket; Islamic Jihad rejects)")
ev("jabalia-cemetery-strike", A, "2022-08-07", "2022-08-07", "2022-08-07", EXP,
   ["Air/drone strike", "Shelling/artillery/missile attack"], IL + ["Unidentified Armed Group (Palestine)"],
   ["Civilians (Palestine)"], PS, GZ, ["North Gaza", "Jabalya", "Jabalia"], 5,
   evidence="On Sunday evening ... five children were killed when a missile struck near the al-Falluja cemetery in "
            "Jabalia (attacker not named)")
ev("pij-rockets-israel", A, "2022-08-07", "2022-08-05", "2022-08-07", EXP, ["Shelling/artillery/missile attack"], PIJ,
   IL + ["Civilians (Israel)", ""], "Israel", ["Southern", "Southern District", "HaDarom", "Central"], (), 0, req=False,
   tp=2, evidence="The Al-Quds Brigades said it fired hundreds of rockets toward Israeli towns during the three days")

# ---------------------------------------------------------------- Libya (Reuters, 2015-06-01, Monday)
LY, A = "Libya", "libya_dafniya_reuters"
IS_LY = ["Islamic State", "Islamic State (Libya)", "Islamic State - Libya", "Islamic State Tripoli Province", "ISIS"]
MIS = ["Libya Dawn", "Misrata Militia", "Misrata Brigades", "Misratan forces", "Militia (Misrata)",
       "Military Forces of Libya"]
ev("dafniya-checkpoint-suicide-car-bomb", A, "2015-05-31", "2015-05-31", "2015-05-31", EXP, ["Suicide bomb"], IS_LY,
   MIS, LY, ["Misrata", "Misratah", "Al Marqab", "Al Murqub"], (), 6,
   evidence="A suicide bomber drove a car packed with explosives into a checkpoint west of ... Misrata on Sunday, "
            "killing five ... The bomber was also killed (5 + 1)")
ev("qardabiya-airbase-taken", A, "2015-05-29", "2015-05-29", "2015-05-29", BAT, ["Non-state actor overtakes territory"],
   IS_LY, MIS + [""], LY, ["Surt", "Sirte"], (), 0,
   evidence="Islamic State militants took control of al-Qardabiya air base, south of ... Sirte, on Friday, after "
            "Misratan forces pulled out ... no reports of fighting")

ev("gmmr-facility-seized", A, "2015-05-29", "2015-05-28", "2015-05-31", BAT, ["Non-state actor overtakes territory"],
   IS_LY, MIS + [""], LY, ["Surt", "Sirte"], (), 0, req=False,
   evidence="The militants also seized a nearby facility of the Great Man-Made River water project (unnamed place, "
            "no own date: folds into the air-base capture by rule 2; optional in case it is split out)")

# ---------------------------------------------------------------- Afghanistan (KabulNow, 2024-09-13, Friday)
AF, A = "Afghanistan", "afghanistan_daykundi_kabulnow"
ev("daykundi-pilgrims-attack", A, "2024-09-12", "2024-09-12", "2024-09-12", VAC, ["Attack"],
   ["Islamic State Khorasan Province", "ISKP", "ISIS-K", "Islamic State", "Islamic State-Khorasan Province",
    "Islamic State (Afghanistan)"], ["Civilians (Afghanistan)"], AF, ["Daykundi", "Daikundi", "Dai Kundi"], (), 14,
   evidence="Gunmen affiliated with ... ISIS-K killed at least 14 people ... on Thursday evening in Daikundi province")

DROP = {
    "iraq_karbala_aljazeera": ["Skip to Content", "Al Jazeera", "News", "Middle East", "Explained", "Opinion", "Sport",
                               "Video", "Live", "Search", "Share", "Facebook", "Twitter", "WhatsApp", "Save",
                               "Iraqi protesters carry a portrait of Ehab al-Wazni during his funeral in Karbala [Reuters]",
                               "Read more",
                               "Iraq's Kadhimi vows to rein in armed groups after rocket attacks",
                               "Protesters torch offices of political parties in Nasiriyah",
                               "Follow Al Jazeera English:", "© 2021 Al Jazeera Media Network"],
    "pakistan_gwadar_dawn": ["DAWN.COM", "Home", "Latest", "Pakistan", "Opinion", "Business", "World", "Sport",
                             "Magazines", "Facebook", "Twitter", "WhatsApp", "Advertisement", "Comments (9)", "Closed",
                             "Read more", "Govt, HDT talks break down over release of activists",
                             "Fishermen protest against trawlers in Pasni",
                             "© Copyright Dawn Scribe Publishing Platform"],
    "gaza_truce_wafa": ["WAFA", "Palestine News & Info Agency",
                        "Home | Occupation | Politics | Local | Arab & International | Reports", "Share:", "Facebook",
                        "Twitter", "Related news", "Occupation forces arrest 20 citizens in West Bank raids",
                        "Abbas receives call from Egyptian intelligence chief", "Copyright © WAFA 2022"],
    "afghanistan_daykundi_kabulnow": ["KabulNow", "News", "Opinion", "Features", "Women", "Dari", "About Us",
                                      "Subscribe to our newsletter", "Share this:", "Facebook", "X", "Telegram",
                                      "Related:", "Taliban Detain Hazara Activist in Bamiyan",
                                      "Explosion in Kabul's Qala-e-Bakhtiar Kills Six",
                                      "© 2024 KabulNow. All rights reserved."],
    "yemen_exchange_arabnews": ["Arab News"],
}
EITHER = {
    "iraq_karbala_aljazeera": ["Published On 10 May 2021", "SOURCE: AL JAZEERA AND NEWS AGENCIES"],
    "pakistan_gwadar_dawn": ["Behram Baloch", "Published December 28, 2022", "Published in Dawn, December 28th, 2022"],
    "afghanistan_daykundi_kabulnow": ["September 13, 2024"],
    "syria_albab_afp": ["bur-lg/hkb"],
    "libya_dafniya_reuters": ["By Ahmed Elumami and Ayman al-Warfalli",
                              "(Writing by Ulf Laessing; Editing by Andrew Heavens)"],
}

write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout59), coded by CODEBOOK.md before any run; "
           "BLIND, not yet run.", drop=DROP, either=EITHER)
