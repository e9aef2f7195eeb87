"""Writes gold.json for the 202nd held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 27).

    python bench/heldout202/make_gold.py

Focus: Syria, 2014-2025 — a prison siege broken in Aleppo, an ISIS raid on Assyrian villages on the Khabur
(abductions, a village taken, a church burned), the rebel capture of the Ramouseh military academy, a
counteroffensive in northern Hama with a chlorine allegation and rockets shot down over Hmeimim, missile strikes
on the Tarhin and al-Hamran oil markets, suspected Jordanian air strikes on Sweida villages, Israeli drone strikes
and a heliborne landing near Kisweh, and a double killing in Zaidal that set off sectarian rioting in Homs — mixed
with barrel bombs, mortars, a car bomb, protests, an abduction and troop movements.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

SY = "Syria"
SAA = ["Military Forces of Syria", "Syrian Arab Army", "Syrian army", "Syrian regime forces",
       "Syrian government forces"]
RUS = ["Military Forces of Russia", "Russian forces", "Russian Air Force"]
CIV_SY = ["Civilians (Syria)"]
UAG_SY = ["Unidentified Armed Group (Syria)"]
REBELS = ["Opposition Rebels (Syria)", "Rebels (Syria)", "Syrian rebels", "Islamist Rebels (Syria)"]
IS = ["Islamic State", "ISIS", "ISIL", "Daesh"]
ALEPPO = ["Aleppo", "Halab"]
ALEPPO_CITY = ["Jebel Saman", "Mount Simeon", "Jabal Saman", "Aleppo", ""]

# ---------------------------------------------------------------- Aleppo prison (Reuters, 2014-05-22, Thu)
A = "syria_aleppoprison_reuters"
IF_NUSRA = ["Islamic Front", "Nusra Front", "Jabhat al-Nusra", "Al Nusra Front"] + REBELS
DAM = ["Dimashq", "Damascus"]
ev("aleppo-prison-siege-broken", A, "2014-05-22", "2014-05-22", "2014-05-22", BAT,
   ["Government regains territory", "Armed clash"], SAA, IF_NUSRA, SY, ALEPPO, ALEPPO_CITY, 23,
   evidence="Syrian troops broke through rebel lines to reach Aleppo's central prison on Thursday, ending a siege ... "
            "at least 17 rebel fighters and six soldiers were killed in the fighting around the complex")
ev("al-shaar-barrel-bombs", A, "2014-05-21", "2014-05-21", "2014-05-21", EXP, ["Air/drone strike"],
   SAA, CIV_SY, SY, ALEPPO, ALEPPO_CITY, 9,
   evidence="On Wednesday, barrel bombs dropped on the al-Shaar district in the rebel-held east killed nine people, "
            "three of them children")
ev("al-midan-mortars", A, "2014-05-21", "2014-05-21", "2014-05-21", EXP, ["Shelling/artillery/missile attack"],
   REBELS + UAG_SY + ["Islamic Front", "Nusra Front", "Jabhat al-Nusra"], CIV_SY, SY, ALEPPO, ALEPPO_CITY, 2,
   evidence="Rebel mortar rounds hit the government-held al-Midan neighbourhood late on Wednesday, killing a woman "
            "and her daughter")
ev("damascus-embassy-mortars", A, "2014-05-22", "2014-05-22", "2014-05-22", EXP,
   ["Shelling/artillery/missile attack"], UAG_SY + REBELS, CIV_SY + ["Protesters (Syria)", ""], SY, DAM,
   ["Damascus"], 0,
   evidence="In Damascus, two mortar bombs landed on Thursday morning near the Russian embassy ... five people were "
            "wounded. There was no claim of responsibility")
ev("damascus-pro-assad-rally", A, "2014-05-22", "2014-05-22", "2014-05-22", PRO, ["Peaceful protest"],
   ["Protesters (Syria)"], [""], SY, DAM, ["Damascus"], 0, req=False,
   evidence="several hundred people had gathered for a rally to thank Moscow for its support and to back Assad's bid "
            "for re-election (a pro-government rally; a coder may not code it)")

# ---------------------------------------------------------------- Khabur villages (HRW via ReliefWeb, 2015-02-27, Fri)
A = "syria_khabur_reliefweb"
HASAKAH = ["Al-Hasakah", "Hasakah", "Al Hasakah", "Hasakeh"]
HASAKAH2 = ["Al-Hasakah", "Hasakah", "Al Hasakah", ""]
ASSYR = ["Khabour Guards", "Khabur Guards", "Syriac Military Council", "Assyrian militia",
         "Assyrian Christian Militia (Syria)", "YPG", "People's Protection Units", "Kurdish People's Protection Units"]
ev("tal-shamiram-abductions", A, "2015-02-23", "2015-02-23", "2015-02-23", VAC, ["Abduction/forced disappearance"],
   IS, CIV_SY + ["Christian Group (Syria)", "Assyrian Christians"], SY, HASAKAH, HASAKAH2, 0,
   evidence="ISIS fighters crossed the river at about 4 a.m. ... In Tal Shamiram, fighters went from house to house "
            "before dawn and forced residents, including at least 15 children, into trucks")
ev("tal-hurmiz-taken", A, "2015-02-23", "2015-02-23", "2015-02-23", BAT, ["Non-state actor overtakes territory"],
   IS, ASSYR, SY, HASAKAH, HASAKAH2, 4,
   evidence="In the neighbouring village of Tal Hurmiz, Assyrian guards ... resisted the ISIS assault for several hours "
            "on February 23 before the attackers took control of the village ... four of the Assyrian guards were killed")
ev("khabur-villages-overrun", A, "2015-02-23", "2015-02-23", "2015-02-23", BAT, ["Non-state actor overtakes territory"],
   IS, ASSYR + [""], SY, HASAKAH, HASAKAH2, 0, req=False,
   evidence="ISIS fighters crossed the river at about 4 a.m. and entered at least ten Assyrian villages west of the town "
            "of Tal Tamr (the unnamed villages taken the same day; may be folded into Tal Hurmiz / the abductions)")
ev("tal-hurmiz-church-burned", A, "2015-02-24", "2015-02-24", "2015-02-24", STR, ["Looting/property destruction"],
   IS, CIV_SY + ["Christian Group (Syria)", ""], SY, HASAKAH, HASAKAH2, 0,
   evidence="On February 24, villagers ... saw smoke rising from the church of Tal Hurmiz ... ISIS fighters had set fire "
            "to the church and to several houses after looting them")
ev("tal-hamis-coalition-strikes", A, "2015-02-25", "2015-02-25", "2015-02-25", EXP, ["Air/drone strike"],
   ["Military Forces of the United States", "Military Forces of United States", "Coalition", "US-led coalition",
    "Global Coalition Against Daesh", "Operation Inherent Resolve"], IS, SY, HASAKAH,
   ["Al-Qamishli", "Qamishli", "Al Qamishli"] + HASAKAH2, None,
   evidence="The United States-led coalition said that its aircraft carried out air strikes against ISIS positions "
            "near Tal Hamis ... on February 25 ... destroying fighting positions and two vehicles (no toll)")

# ---------------------------------------------------------------- Ramouseh (Al Jazeera, 2016-08-07, Sun)
A = "syria_ramouseh_aljazeera"
JAF = ["Jaish al-Fatah", "Army of Conquest", "Jabhat Fateh al-Sham", "Ahrar al-Sham", "Al Nusra Front",
       "Nusra Front"] + REBELS
ev("ramouseh-academy-captured", A, "2016-08-06", "2016-08-06", "2016-08-06", BAT,
   ["Non-state actor overtakes territory"], JAF, SAA + ["Pro-Government Militia (Syria)", ""], SY, ALEPPO,
   ALEPPO_CITY, 64,
   evidence="seized the artillery academy in the Ramouseh district on Saturday after a day of heavy fighting ... at "
            "least 36 rebels and 28 government soldiers and allied militiamen were killed in the battle for the complex "
            "(the link-up in Ramouseh hours later is the same event told again)")
ev("ramouseh-suicide-car-bombs", A, "2016-08-06", "2016-08-06", "2016-08-06", EXP, ["Suicide bomb"],
   JAF, SAA + [""], SY, ALEPPO, ALEPPO_CITY, None, req=False,
   evidence="a day of heavy fighting that began with several suicide car bombs (part of the assault; may be folded "
            "into the capture)")
ev("castello-road-seized", A, "2016-07-17", "2016-07-17", "2016-07-17", BAT, ["Government regains territory"],
   SAA, REBELS + JAF + [""], SY, ALEPPO, ALEPPO_CITY, None,
   evidence="since government forces seized the Castello Road, its last supply line, on July 17 (21 days before "
            "publication, inside the window; no toll)")
ev("anadan-air-strikes", A, "2016-08-07", "2016-08-07", "2016-08-07", EXP, ["Air/drone strike"],
   RUS + SAA, CIV_SY, SY, ALEPPO, ALEPPO_CITY, 5,
   evidence="On Sunday, Russian and Syrian warplanes carried out dozens of air strikes ... Strikes on the town of "
            "Anadan, northwest of the city, killed five civilians, including a child")
ev("ramouseh-air-strikes", A, "2016-08-07", "2016-08-07", "2016-08-07", EXP, ["Air/drone strike"],
   RUS + SAA, JAF + [""], SY, ALEPPO, ALEPPO_CITY, None, req=False,
   evidence="dozens of air strikes on the newly captured areas (Ramouseh, not named again; no toll)")
ev("hamdaniyeh-rocket-fire", A, "2016-08-06", "2016-08-06", "2016-08-06", EXP, ["Shelling/artillery/missile attack"],
   REBELS + JAF + UAG_SY, CIV_SY, SY, ALEPPO, ALEPPO_CITY, 8,
   evidence="Rebel rocket fire on the government-held Hamdaniyeh district in western Aleppo killed eight civilians on "
            "Saturday")
ev("southwest-aleppo-week-of-fighting", A, "2016-08-07", "2016-07-31", "2016-08-07", BAT, ["Armed clash"],
   JAF + SAA, SAA + JAF, SY, ALEPPO, ALEPPO_CITY, None, req=False, tp=2,
   evidence="The rebels launched their offensive to break the siege on July 31. Since then, more than 700 fighters "
            "from both sides have been killed in the battle for southwestern Aleppo (aggregate; overlaps Ramouseh)")

# ---------------------------------------------------------------- Tarhin / al-Hamran (Enab Baladi, 2021-03-06, Sat)
A = "syria_tarhin_enabbaladi"
ALBAB = ["Al-Bab", "Al Bab"]
ev("tarhin-missile-strike", A, "2021-03-05", "2021-03-05", "2021-03-05", EXP, ["Shelling/artillery/missile attack"],
   RUS + SAA + UAG_SY, CIV_SY + [""], SY, ALEPPO, ALBAB, 1,
   evidence="at least four missiles hit the Tarhin refineries, north of al-Bab, at around 11 pm ... one civilian was "
            "killed and eleven others were injured in Tarhin ... The Syrian Observatory ... put the death toll at four")
ev("hamran-missile-strike", A, "2021-03-05", "2021-03-05", "2021-03-05", EXP, ["Shelling/artillery/missile attack"],
   RUS + SAA + UAG_SY, CIV_SY + [""], SY, ALEPPO, ["Jarabulus", "Jarablus"], 0,
   evidence="a missile struck the oil market at the al-Hamran crossing, west of Jarablus ... Dozens of tankers caught "
            "fire, but no casualties were reported there")
ev("al-bab-protest", A, "2021-03-05", "2021-03-05", "2021-03-05", PRO, ["Peaceful protest"],
   ["Protesters (Syria)"], [""], SY, ALEPPO, ALBAB, 0,
   evidence="Earlier on Friday, hundreds of people demonstrated in the centre of al-Bab after the Friday prayer, "
            "demanding the release of detainees ... The demonstration passed without incident")
ev("qabasin-car-bomb", A, "2021-03-04", "2021-03-04", "2021-03-04", EXP, ["Remote explosive/landmine/IED"],
   UAG_SY + ["YPG", "People's Protection Units"], CIV_SY, SY, ALEPPO, ["Manbij"] + ALBAB, 0,
   evidence="On Thursday evening, an explosive device planted in a car exploded near the vegetable market in the town "
            "of Qabasin, east of al-Bab, wounding three civilians")

# ---------------------------------------------------------------- Arman (The National, 2024-01-19, Fri)
A = "syria_arman_thenational"
SWEIDA = ["As-Suwayda", "Suwayda", "Sweida", "As Suwayda", "Al-Suwayda"]
JOR = ["Military Forces of Jordan", "Jordanian Armed Forces", "Royal Jordanian Air Force", "Jordanian Air Force"]
ev("arman-air-strikes", A, "2024-01-18", "2024-01-18", "2024-01-18", EXP, ["Air/drone strike"],
   JOR + ["Unidentified Military Forces"], CIV_SY, SY, SWEIDA, ["Salkhad"], 9,
   evidence="Suspected Jordanian air strikes on a village ... killed at least nine people, including two children, "
            "early on Thursday ... Warplanes struck two houses in the village of Arman ... The Syrian Observatory ... "
            "said ten people were killed")
ev("malah-air-strike", A, "2024-01-18", "2024-01-18", "2024-01-18", EXP, ["Air/drone strike"],
   JOR + ["Unidentified Military Forces"], CIV_SY + [""], SY, SWEIDA, ["Salkhad"], 0,
   evidence="A second strike during the same raid hit a farmhouse on the outskirts of the nearby village of Malah, "
            "destroying it ... No one was hurt there")
ev("sweida-karama-square-protest", A, "2024-01-18", "2024-01-18", "2024-01-18", PRO, ["Peaceful protest"],
   ["Protesters (Syria)"], [""], SY, SWEIDA, ["As-Suwayda", "Suwayda", "Sweida", ""], 0,
   evidence="Dozens gathered in the city's central Karama Square on Thursday afternoon to denounce the raid ... The "
            "gathering ended peacefully")
ev("shahba-abduction", A, "2024-01-17", "2024-01-17", "2024-01-17", VAC, ["Abduction/forced disappearance"],
   UAG_SY + ["Druze Militia (Syria)", "Communal Militia (Syria)"], CIV_SY, SY, SWEIDA, ["Shahba"], 0,
   evidence="On Wednesday, gunmen from a local armed group abducted two employees of the provincial finance directorate "
            "in the town of Shahba")

# ---------------------------------------------------------------- Kisweh (AFP, 2025-08-28, Thu)
A = "syria_kisweh_afp"
ISR = ["Military Forces of Israel", "Israel Defense Forces", "IDF", "Israeli army"]
RIF = ["Rif-dimashq", "Rif Dimashq", "Damascus Countryside", "Rural Damascus"]
DRUZE = ["National Guard", "National Guard (Sweida)", "Druze Militia (Syria)", "Druze fighters",
         "Suwayda Military Council", "Men of Dignity"]
ev("kisweh-drone-strike", A, "2025-08-26", "2025-08-26", "2025-08-26", EXP, ["Air/drone strike"],
   ISR, SAA, SY, RIF, ["", "Markaz Rif Dimashq", "Rif Dimashq"], 6,
   evidence="On Tuesday, Israeli drones struck a patrol of soldiers near Kisweh ... Six soldiers were killed and "
            "several others wounded")
ev("kisweh-heliborne-landing", A, "2025-08-27", "2025-08-27", "2025-08-28", STR, ["Change to group/activity", "Other"],
   ISR, [""] + SAA, SY, RIF, ["", "Markaz Rif Dimashq", "Rif Dimashq"], 0,
   evidence="Israeli troops carried out a helicopter-borne landing at a military site near the town of Kisweh ... late "
            "on Wednesday ... remained there for about two hours before leaving")
ev("sweida-national-guard-formed", A, "2025-08-23", "2025-08-23", "2025-08-23", STR, ["Change to group/activity"],
   DRUZE, [""], SY, SWEIDA, (), 0,
   evidence="Druze armed factions announced on Saturday that they had merged into a single force called the "
            "\"National Guard\"")
ev("walgha-clash", A, "2025-08-25", "2025-08-25", "2025-08-25", BAT, ["Armed clash"],
   SAA + DRUZE, DRUZE + SAA, SY, SWEIDA, ["As-Suwayda", "Suwayda", "Sweida", ""], 1,
   evidence="Government forces and Druze fighters exchanged fire on Monday near the village of Walgha ... one Druze "
            "fighter was killed")

# ---------------------------------------------------------------- Zaidal / Homs (The New Arab, 2025-11-24, Mon)
A = "syria_zaidal_newarab"
HOMS = (["Homs", "Hims"], ["Homs", "Hims"])
TRIBE = ["Rioters (Syria)", "Bani Khaled Tribal Militia (Syria)", "Bani Khalid Tribal Militia (Syria)",
         "Bani Khaled tribesmen", "Tribal Militia (Syria)", "Arab Ethnic Militia (Syria)"]
ev("zaidal-couple-killed", A, "2025-11-23", "2025-11-22", "2025-11-23", VAC, ["Attack"],
   UAG_SY, CIV_SY, SY, *HOMS, 2,
   evidence="The bodies of the couple, members of the Bani Khaled tribe, were found on Sunday morning in their home in "
            "Zaidal ... the man had been shot and his wife had been beaten to death")
ev("homs-muhajireen-riot", A, "2025-11-23", "2025-11-23", "2025-11-23", RIO, ["Mob violence", "Violent demonstration"],
   TRIBE, CIV_SY + ["Alawite Group (Syria)", ""], SY, *HOMS, 0,
   evidence="hundreds of armed tribesmen and young men ... converged on the Alawite-majority al-Muhajireen neighbourhood "
            "... setting fire to cars and shops ... at least eight people were injured ... No deaths were reported")
ev("homs-security-deployment", A, "2025-11-23", "2025-11-23", "2025-11-23", STR, ["Change to group/activity"],
   ["Police Forces of Syria", "Military Forces of Syria", "General Security Service", "Internal Security Forces"],
   [""], SY, *HOMS, 0, req=False,
   evidence="internal security units and army reinforcements had been deployed to the affected neighbourhoods ... "
            "(curfew and deployment; may be folded into the riot)")
ev("tall-kalakh-shopkeeper-killed", A, "2025-11-22", "2025-11-22", "2025-11-22", VAC, ["Attack"],
   UAG_SY, CIV_SY, SY, ["Homs", "Hims"], ["Talkalakh", "Tall Kalakh", "Tal Kalakh"], 1,
   evidence="On Saturday evening, gunmen on a motorcycle shot dead an Alawite shopkeeper in the town of Tall Kalakh")

# ---------------------------------------------------------------- Kafr Nabudah (AP, 2019-05-22, Wed)
A = "syria_kafrnabudah_ap"
HAMA = ["Hama", "Hamah"]
SUQ = ["Al-Suqaylabiyah", "As-Suqaylabiyah", "Suqaylabiyah"]
HTS_NFL = ["Hayat Tahrir al-Sham", "HTS", "Hay'at Tahrir al-Sham", "National Front for Liberation", "NFL",
           "Jaish al-Izza"] + REBELS
LATAKIA = ["Latakia", "Lattakia", "Al-Lathqiyah"]
JABLEH = ["", "Jableh", "Jablah"]
ev("kafr-nabudah-retaken", A, "2019-05-21", "2019-05-21", "2019-05-21", BAT, ["Non-state actor overtakes territory"],
   HTS_NFL, SAA + ["Pro-Government Militia (Syria)"], SY, HAMA, SUQ, 46,
   evidence="recapturing a strategic town in central Hama province on Tuesday ... stormed Kafr Nabudah before dawn ... at "
            "least 29 soldiers and pro-government gunmen and 17 insurgents were killed")
ev("kafr-nabudah-car-bomb", A, "2019-05-21", "2019-05-21", "2019-05-21", EXP,
   ["Suicide bomb", "Remote explosive/landmine/IED"], HTS_NFL, SAA + [""], SY, HAMA, SUQ, None, req=False,
   evidence="after detonating a car bomb at the edge of the town (part of the assault; may be folded into it)")
ev("kafr-nabudah-captured-may8", A, "2019-05-08", "2019-05-08", "2019-05-08", BAT, ["Government regains territory"],
   SAA + RUS, HTS_NFL + [""], SY, HAMA, SUQ, None,
   evidence="the town, which government forces had captured on May 8 (14 days before publication; no toll)")
ev("latamneh-air-strikes", A, "2019-05-21", "2019-05-21", "2019-05-21", EXP, ["Air/drone strike"],
   SAA + RUS, CIV_SY, SY, HAMA, ["Mhardeh", "Muhradah", "Mahardah"], 3,
   evidence="Airstrikes continued on Tuesday, hitting the town of Latamneh in northern Hama and killing a woman and her "
            "two children")
ev("kabani-chlorine-shelling", A, "2019-05-19", "2019-05-19", "2019-05-19", EXP,
   ["Chemical weapon", "Shelling/artillery/missile attack"], SAA, HTS_NFL + [""], SY, LATAKIA, (), 0,
   evidence="Insurgents said the army fired shells filled with chlorine at their positions near the village of Kabani "
            "in the Latakia countryside on Sunday morning, and that four fighters suffered breathing difficulties")
ev("hmeimim-rockets-shot-down", A, "2019-05-20", "2019-05-19", "2019-05-20", STR, ["Disrupted weapons use"],
   RUS, HTS_NFL + UAG_SY + [""], SY, LATAKIA, JABLEH, 0,
   evidence="Russia's military said on Monday that its air defense systems at the Hmeimim air base ... had shot down "
            "six rockets fired by militants ... no casualties or damage")
ev("hmeimim-rocket-attack", A, "2019-05-20", "2019-05-19", "2019-05-20", EXP, ["Shelling/artillery/missile attack"],
   HTS_NFL + UAG_SY, RUS, SY, LATAKIA, JABLEH, 0, req=False,
   evidence="six rockets fired by militants from the Idlib area (the same incident seen as the rocket attack)")

DROP = {
    "syria_khabur_reliefweb": ["ReliefWeb", "Skip to main content", "Updates", "Countries", "Disasters",
                               "Organizations", "Topics", "Jobs", "Training", "Syrian Arab Republic",
                               "News and Press Release", "Source", "Human Rights Watch", "Posted",
                               "Originally published", "Origin", "View original", "Related Content",
                               "Syrian Arab Republic: Humanitarian Bulletin Issue 70 | 10 - 23 February 2015",
                               "Syria: Displacement from Tal Tamr, Al-Hasakeh Governorate - Flash Update No. 1",
                               "Share", "Facebook", "Twitter", "Email"],
    "syria_ramouseh_aljazeera": ["Al Jazeera", "Skip links", "Skip to Content", "News", "Middle East", "Syria's War",
                                 "Features", "Opinion", "Video", "More from News",
                                 "Erdogan heads to Russia for talks with Putin as ties thaw",
                                 "Turkey detains thousands more in post-coup crackdown"],
    "syria_tarhin_enabbaladi": ["Enab Baladi", "Home", "News", "Reports", "Economy", "Society", "Opinion",
                                "Multimedia", "Related",
                                "Fuel prices soar in northern Syria after strikes on oil markets",
                                "Who controls the oil trade between the SDF and opposition areas?", "Share",
                                "Facebook", "Twitter", "Telegram", "© Enab Baladi 2021"],
    "syria_arman_thenational": ["The National", "Skip to main content", "UAE", "World", "Business", "Opinion",
                                "Arts & Culture", "Lifestyle", "Sport", "More from The National",
                                "Israeli strike on Damascus building kills Iranian Revolutionary Guard officers",
                                "Jordan says it foiled attempt to smuggle weapons and drugs from Syria",
                                "Copyright © 2024 The National"],
    "syria_zaidal_newarab": ["The New Arab", "News", "Analysis", "Opinion", "In-depth", "Features", "Video", "Español",
                             "Read More",
                             "Syria's Alawites fear revenge killings as new government struggles to impose order",
                             "Tribal fighters withdraw from Sweida after ceasefire deal",
                             "Copyright © 2025 The New Arab"],
}
EITHER = {
    "syria_aleppoprison_reuters": ["BEIRUT Thu May 22, 2014 2:13pm EDT",
                                   "(Additional reporting by Oliver Holmes in Beirut; Writing by Dominic Evans; "
                                   "Editing by Alistair Lyon)"],
    "syria_khabur_reliefweb": ["27 Feb 2015"],
    "syria_ramouseh_aljazeera": ["07 Aug 2016", "Source: Al Jazeera and news agencies"],
    "syria_tarhin_enabbaladi": ["06/03/2021", "Enab Baladi - Aleppo countryside"],
    "syria_arman_thenational": ["Nada Homsi", "Jan 19, 2024"],
    "syria_kisweh_afp": ["ser-lg/jsa/smw"],
    "syria_zaidal_newarab": ["The New Arab Staff", "24 November, 2025"],
    "syria_kafrnabudah_ap": ["By BASSEM MROUE and SARAH EL DEEB", "Associated Press", "___",
                             "Associated Press writer Matthew Lee in Washington contributed to this report."],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout202; Syria 2014-2025), coded by "
                             "CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
