"""Writes gold.json for the 134th held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 18).

    python bench/heldout134/make_gold.py

Focus: Yemen (Aden, Al Bayda, Shabwah, Al Hudaydah / Sanaa / Taiz / Hajjah / Saada) and Somalia (Hiiraan,
Mudug/Galkayo, Lower Juba, Sool), 2014-2025: an assassination car bomb, a US ground raid, government forces retaking
a provincial capital from a militia, US-UK strikes on named sites, a town taken without a fight, twin suicide car
bombs, a mortar-and-gunfire attack on US/partner troops, and clan forces overrunning a Somaliland base.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

YE, SO = "Yemen", "Somalia"
AIR, SHELL, IED, SUI = ("Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                        "Suicide bomb")
CLASH, GRT, NSO = "Armed clash", "Government regains territory", "Non-state actor overtakes territory"

HOU = ["Houthis", "Houthi Movement", "Ansar Allah", "Houthi", "Ansarallah", "Huthis", "Huthi",
       "Military Forces of Yemen (Houthi)"]
YEA = ["Military Forces of Yemen", "Military Forces of Yemen (Hadi)", "Military Forces of Yemen (2012-)",
       "Government of Yemen", "Pro-Government Forces (Yemen)"]
COAL = ["Military Forces of Saudi Arabia", "Saudi-led coalition", "Saudi-led Coalition", "Coalition",
        "Coalition (Saudi Arabia)", "Arab Coalition"]
AQAP = ["AQAP", "Al Qaeda in the Arabian Peninsula", "Al-Qaeda in the Arabian Peninsula", "Al Qaeda", "Al-Qaeda",
        "Al Qaida in the Arabian Peninsula"]
US = ["Military Forces of the United States", "Military Forces of United States",
      "Military Forces of United States of America", "AFRICOM", "CENTCOM"]
UK = ["Military Forces of the United Kingdom", "Military Forces of United Kingdom"]
SA = ["Military Forces of Saudi Arabia"]
STC = ["Southern Transitional Council", "STC", "Security Belt Forces", "Security Belt", "Southern Movement",
       "Southern Separatists", "Military Forces of Yemen (Southern Transitional Council)",
       "Southern Transitional Council (STC)"]
ELITE = ["Shabwani Elite Forces", "Shabwani Elite", "Shabwa Elite Forces", "Shabwani Elite Forces (Yemen)",
         "Shabwah Elite Forces"] + STC
IS_YE = ["Islamic State", "Islamic State (Yemen)", "Islamic State Yemen Province", "ISIS", "ISIL", "IS"]
CIV_YE = ["Civilians (Yemen)"]
UAG_YE = ["Unidentified Armed Group (Yemen)"]
PROT_YE = ["Protesters (Yemen)"]
ADEN = ["Aden", "'Adan"]
TAIZ = ["Ta'izz", "Taiz", "Taizz"]
HOD = ["Al Hudaydah", "Hodeidah", "Hudaydah"]
SAN = ["Amanat Alasimah", "Amanat al Asimah", "Amanat Al Asimah", "Sanaa", "Sana'a"]
SAADA = ["Sa'dah", "Saada", "Sadah"]

SHB = ["Al Shabaab", "Al-Shabaab", "al-Shabab", "Al Shabab", "Harakat al-Shabaab al-Mujahideen"]
SNA = ["Military Forces of Somalia", "Somali National Army", "SNA"]
AMISOM = ["AMISOM", "African Union Mission in Somalia", "AMISOM: African Union Mission in Somalia",
          "Military Forces of Djibouti"]
KDF = ["Military Forces of Kenya", "Kenya Defence Forces", "KDF", "AMISOM", "African Union Mission in Somalia"]
PUNT = ["Military Forces of Somalia (Puntland)", "Military Forces of Puntland", "Puntland Security Forces",
        "Puntland Security Force", "PSF", "Police Forces of Somalia (Puntland)", "Military Forces of Somalia",
        "Puntland Forces", "Government of Puntland"]
JUB = ["Jubaland Security Forces", "Military Forces of Jubaland", "Jubaland State Forces", "Jubaland Forces",
       "Military Forces of Somalia (Jubaland)", "Police Forces of Somalia (Jubaland)"]
SL = ["Military Forces of Somaliland", "Somaliland Army", "Somaliland National Army", "Government of Somaliland",
      "Military Forces of Somalia (Somaliland)"]
SSC = ["SSC-Khatumo", "SSC Khatumo", "Sool, Sanaag and Cayn (SSC-Khatumo)", "Khatumo State",
       "Dhulbahante Clan Militia (Somalia)", "Dhulbahante Ethnic Militia (Somalia)", "Dhulbahante Clan Militia",
       "SSC-Khaatumo"]
CIV_SO = ["Civilians (Somalia)"]
UAG_SO = ["Unidentified Armed Group (Somalia)"]
HIR = ["Hiiran", "Hiraan", "Hiiraan"]
LJ = ["Lower Juba", "Jubbada Hoose"]

# ---------------------------------------------------------------- Yemen (Reuters, 2015-12-06, Sun)
A = "yemen_aden_reuters"
ev("aden-governor-car-bomb", A, "2015-12-06", "2015-12-06", "2015-12-06", EXP, [IED, SUI], IS_YE,
   YEA + ["Government of Yemen", "Police Forces of Yemen", "Civilians (Yemen)"], YE, ADEN,
   ["Attawahi", "At Tawahi", "Tawahi", "Al Tawahi"], 7,
   evidence="Jaafar Mohammed Saad, was killed on Sunday when a car bomb exploded as his convoy drove through the "
            "city's Tawahi district ... the governor and six of his bodyguards were killed (residents: eight bodies "
            "-> lowest specific figure 7) ... 'The car was parked on the side of the road'")
ev("aden-mansoura-cleric-shot", A, "2015-12-03", "2015-12-03", "2015-12-03", VAC, ["Attack"], UAG_YE, CIV_YE, YE,
   ADEN, ["Al Mansura", "Al Mansoura", "Mansoura", "Al Mansurah"], 1,
   evidence="On Thursday evening, gunmen on a motorcycle shot dead a Muslim cleric as he left a mosque in Aden's "
            "Mansoura district ... no claim of responsibility")
ev("taiz-city-shelling", A, "2015-12-05", "2015-12-05", "2015-12-05", EXP, [SHELL], HOU, CIV_YE, YE, TAIZ, (), 5,
   evidence="Houthi shells hit residential areas in the city centre on Saturday, killing five civilians including "
            "two children")
ev("dhubab-omari-coalition-strikes", A, "2015-12-06", "2015-12-05", "2015-12-06", EXP, [AIR], COAL, HOU, YE, TAIZ,
   ["Dhubab"], 11,
   evidence="Coalition warplanes struck Houthi positions in the al-Omari area of Dhubab district ... overnight, "
            "killing at least 11 Houthi fighters")
# background: Houthis driven out of Aden in July; the Oct 6 Qasr hotel bombings (61 days). Not events: Hadi's
# condemnation, the investigation, Geneva/Switzerland talks and ceasefire (plans), UN "5,700 since March".

# ---------------------------------------------------------------- Yemen (AFP, 2017-01-30, Mon)
A = "yemen_yakla_afp"
BAY = ["Al Bayda", "Al Bayda'", "Al Baydha", "Bayda"]
ev("yakla-us-raid", A, "2017-01-29", "2017-01-29", "2017-01-29", BAT, [CLASH], US, AQAP + CIV_YE, YE, BAY, (), 15,
   evidence="The pre-dawn assault on Sunday targeted the village of Yakla in the Qayfa area of Al-Bayda ... US "
            "commando was killed ... 'an estimated 14' AQAP members were killed ... firefight ... (provincial "
            "official 41 + 16 = 57; lowest specific all-sides figure 14 + 1 = 15)")
ev("qayfa-drone-strike-jan22", A, "2017-01-22", "2017-01-22", "2017-01-22", EXP, [AIR], US, AQAP, YE, BAY, (), 3,
   evidence="a suspected US drone strike killed three alleged Al-Qaeda members travelling in a car in the same "
            "Qayfa area on January 22 (8 days before publication: an event)")
ev("mocha-outskirts-clash", A, "2017-01-29", "2017-01-29", "2017-01-29", BAT, [CLASH], YEA + COAL + HOU,
   HOU + YEA + COAL, YE, TAIZ, ["Al Mukha'", "Al Mukha", "Al Makha", "Mocha", "Mokha"], 19,
   evidence="loyalist forces backed by Saudi-led coalition aircraft pressed their assault on the port of Mocha, "
            "where fighting on its northern and eastern edges killed 14 Huthi rebels and five soldiers on Sunday")
ev("sirwah-coalition-strike", A, "2017-01-29", "2017-01-29", "2017-01-29", EXP, [AIR], COAL, HOU, YE,
   ["Ma'rib", "Marib"], ["Sirwah"], 12,
   evidence="Coalition warplanes also bombed a Huthi gathering in the Sirwah district of Marib province ... on "
            "Sunday, killing 12 rebels")
ev("hodeidah-frigate-suicide-boats", A, "2017-01-30", "2017-01-29", "2017-01-30", EXP, [SUI, IED, SHELL], HOU,
   SA + COAL, YE, HOD + [""], (), 2, req=False,
   evidence="the coalition said on Monday that a Saudi navy frigate had been attacked by three 'suicide boats' off "
            "the coast of ... Hodeida, killing two crew members (at sea; day of the attack not stated)")
# background: Awlaki 2011, Mukalla April 2015 - April 2016, March 2015 intervention. Not events: the Pentagon and
# AQAP claims, the coast offensive "launched earlier this month" (no place, no toll), WHO 7,400 since March 2015.

# ---------------------------------------------------------------- Yemen (Anadolu, 2019-08-24, Sat)
A = "yemen_ataq_anadolu"
SHW = ["Shabwah", "Shabwa"]
ev("ataq-clashes-tue-wed", A, "2019-08-21", "2019-08-20", "2019-08-21", BAT, [CLASH], YEA + ELITE, ELITE + YEA, YE,
   SHW, ["Ataq", "Ataq City", "'Ataq"], 13, tp=2,
   evidence="Fighting erupted in and around the city on Tuesday and continued through Wednesday, leaving at least 13 "
            "combatants from both sides dead")
ev("ataq-elite-camp-taken", A, "2019-08-22", "2019-08-22", "2019-08-24", BAT, [GRT, CLASH], YEA, ELITE, YE, SHW,
   ["Ataq", "Ataq City", "'Ataq"], 4,
   evidence="On Thursday, army units backed by tribal fighters stormed the Elite's headquarters and its main camp on "
            "the western edge of the city ... Four soldiers were killed ... taken full control of Ataq")
ev("nisab-positions-handed-over", A, "2019-08-23", "2019-08-23", "2019-08-23", STR,
   ["Non-violent transfer of territory"], YEA + ELITE, ELITE + YEA + [""], YE, SHW, ["Nisab", "Nisab District"], 0,
   evidence="On Friday, Elite commanders in the district of Nisab ... handed over their positions and a checkpoint "
            "to the army without a fight after mediation by tribal elders")
ev("aden-stc-rally-khor-maksar", A, "2019-08-23", "2019-08-23", "2019-08-23", PRO, ["Peaceful protest"],
   PROT_YE + STC, [""], YE, ADEN, ["Khur Maksar", "Khor Maksar", "Khawr Maksar"], 0,
   evidence="In Aden, thousands of STC supporters rallied on Friday in the Khor Maksar district ... ended without "
            "incident")
ev("mahfad-security-belt-camp-attack", A, "2019-08-02", "2019-08-02", "2019-08-02", BAT, [CLASH, NSO], AQAP, STC,
   YE, ["Abyan"], ["Al Mahfad", "Al Mahfid", "Mahfad"], 19,
   evidence="On Aug. 2, AQAP militants stormed a camp of the UAE-trained Security Belt forces in the al-Mahfad "
            "district of neighbouring Abyan province, killing 19 soldiers (22 days before: an event)")
ev("aden-stc-takeover-this-month", A, "2019-08-24", "2019-08-01", "2019-08-24", BAT, [NSO, CLASH], STC, YEA, YE,
   ADEN, (), None, req=False, tp=3,
   evidence="a separatist group that seized most of the interim capital Aden earlier this month after days of "
            "clashes with government forces (context, undated within the month)")
# background: Elite set up 2016, Houthis 2014. Not events: STC vow to 'liberate' Shabwa, bin Breik tweet, govt
# accusations against the UAE, Saudi-UAE joint statement, ceasefire committee, Jeddah talks (plans).

# ---------------------------------------------------------------- Yemen (AP, 2024-01-12, Fri)
A = "yemen_hodeidah_ap"
USUK = US + UK
HOU_T = HOU + [""]
ev("hodeidah-airport-strike", A, "2024-01-12", "2024-01-11", "2024-01-12", EXP, [AIR, SHELL], USUK, HOU_T, YE, HOD,
   (), None,
   evidence="explosions at the airport in the port city of Hodeida ... early Friday (Houthis: five killed across "
            "five provinces, not split -> toll unscored)")
ev("kathib-naval-base-strike", A, "2024-01-12", "2024-01-11", "2024-01-12", EXP, [AIR, SHELL], USUK, HOU_T, YE, HOD,
   (), None,
   evidence="at the Kathib naval base on the city's outskirts")
ev("dailami-air-base-strike", A, "2024-01-12", "2024-01-11", "2024-01-12", EXP, [AIR, SHELL], USUK, HOU_T, YE,
   SAN, (), None,
   evidence="at al-Dailami air base, which adjoins Sanaa's international airport north of the capital")
ev("taiz-airport-strike", A, "2024-01-12", "2024-01-11", "2024-01-12", EXP, [AIR, SHELL], USUK, HOU_T, YE, TAIZ,
   (), None, evidence="Strikes also hit the airport in the southwestern city of Taiz")
ev("abs-airport-strike", A, "2024-01-12", "2024-01-11", "2024-01-12", EXP, [AIR, SHELL], USUK, HOU_T, YE,
   ["Hajjah"], ["Abs"], None,
   evidence="an airport in the Abs district of Hajjah province near the Saudi border")
ev("saada-province-strikes", A, "2024-01-12", "2024-01-11", "2024-01-12", EXP, [AIR, SHELL], USUK, HOU_T, YE,
   SAADA, (), None, evidence="and sites in Saada province, the rebels' northern stronghold (no place named)")
ev("sanaa-sabeen-rally", A, "2024-01-12", "2024-01-12", "2024-01-12", PRO, ["Peaceful protest"],
   PROT_YE + HOU, [""], YE, SAN, (), 0,
   evidence="Hundreds of thousands of people rallied in Sanaa's al-Sabeen Square after Friday prayers, chanting "
            "'Death to America ...'")
ev("saada-rally", A, "2024-01-12", "2024-01-12", "2024-01-12", PRO, ["Peaceful protest"], PROT_YE + HOU, [""], YE,
   SAADA, (), 0, req=False, evidence="Crowds also gathered in Saada and Hodeida, according to ... Al-Masirah")
ev("hodeidah-rally", A, "2024-01-12", "2024-01-12", "2024-01-12", PRO, ["Peaceful protest"], PROT_YE + HOU, [""],
   YE, HOD, (), 0, req=False, evidence="Crowds also gathered in Saada and Hodeida")
ev("red-sea-barrage-tuesday", A, "2024-01-09", "2024-01-09", "2024-01-09", EXP, [SHELL, AIR], HOU, USUK + [""], YE,
   [""] + HOD, (), 0, req=False,
   evidence="On Tuesday, the rebels fired their largest barrage yet ... at vessels in the southern Red Sea. All were "
            "shot down (at sea, no place in the gazetteer)")
ev("maersk-hangzhou-boats-sunk", A, "2023-12-31", "2023-12-31", "2023-12-31", BAT, [CLASH], US + HOU, HOU + US, YE,
   [""] + HOD, (), 10, req=False,
   evidence="On Dec. 31, U.S. Navy helicopters sank three Houthi boats ... The Houthis said 10 of their fighters were "
            "killed (12 days before, at sea)")
# background: Galaxy Leader hijacking Nov 19 (54 days). Not events: Saree's threat, Biden/Sunak statements, the
# allies' warning "last week", Saudi/Omani reactions, "more than two dozen attacks since Nov. 19" (no toll).

# ---------------------------------------------------------------- Somalia (Xinhua, 2014-03-13, Thu)
A = "somalia_buloburte_xinhua"
ev("bulo-burte-captured", A, "2014-03-12", "2014-03-12", "2014-03-12", BAT, [GRT], SNA + AMISOM, SHB + [""], SO,
   HIR, ["Bulo Burto", "Bulo Burti", "Buloburde", "Bulo Burte"], 0,
   evidence="Somali government forces backed by African Union (AU) troops on Wednesday captured the strategic town "
            "of Bulo Burte ... after al-Shabaab militants withdrew overnight ... without meeting any resistance")
ev("jalalaqsi-roadside-bomb", A, "2014-03-11", "2014-03-11", "2014-03-11", EXP, [IED], SHB + UAG_SO, SNA, SO, HIR,
   ["Jalalaqsi", "Jalalaqsi District"], 3,
   evidence="on Tuesday, a roadside bomb struck a vehicle carrying Somali soldiers near Jalalaqsi ... killing three "
            "soldiers")
ev("beledweyne-base-mortars", A, "2014-03-11", "2014-03-11", "2014-03-12", EXP, [SHELL], SHB, AMISOM, SO, HIR,
   ["Belet Weyne", "Beledweyne", "Beled Weyne"], 0,
   evidence="Late on Tuesday, al-Shabaab fighters fired several mortar shells at the Djiboutian AMISOM base in "
            "Beledweyne ... no casualties")
ev("jilib-kdf-air-raid", A, "2014-03-10", "2014-03-10", "2014-03-10", EXP, [AIR], KDF, SHB, SO,
   ["Middle Juba", "Jubbada Dhexe"], ["Jilib"], 30,
   evidence="Kenyan military jets on Monday bombed an al-Shabaab camp near Jilib ... more than 30 militants were "
            "killed (KDF claim, unverified; only figure given)")
# not events: AMISOM's "more than ten towns in the past two weeks" (no toll, no single place), the offensive's
# launch, al-Shabaab's vow, UN warning; background Kenya 2011/2012, Mogadishu August 2011.

# ---------------------------------------------------------------- Somalia (Garowe Online, 2016-08-22, Mon)
A = "somalia_galkayo_garowe"
GKY = ["Gaalkacyo", "Galkayo", "Galkacyo"]
ev("galkayo-twin-suicide-car-bombs", A, "2016-08-21", "2016-08-21", "2016-08-21", EXP, [SUI, IED], SHB,
   PUNT + CIV_SO + ["Government of Puntland"], SO, ["Mudug"], GKY, 20,
   evidence="At least 20 people were killed ... on Sunday when two suicide car bombs exploded outside the "
            "headquarters of the Mudug regional administration in the north of Galkayo (governor 20, hospital 23 "
            "bodies, al-Shabaab 'more than 30' -> 20)")
ev("galgala-hills-clash", A, "2016-08-20", "2016-08-20", "2016-08-20", BAT, [CLASH], SHB + PUNT, PUNT + SHB, SO,
   ["Bari"], (), 7,
   evidence="Puntland forces clashed with Al-Shabaab fighters in the Galgala hills, west of Bosaso in Bari region "
            "... five militants and two soldiers were killed in Saturday's fighting")
ev("south-galkayo-elder-shot", A, "2016-08-20", "2016-08-20", "2016-08-20", VAC, ["Attack"], UAG_SO, CIV_SO, SO,
   ["Mudug"], GKY, 1,
   evidence="Also on Saturday evening, gunmen shot dead a traditional elder outside his home in the "
            "Galmudug-administered southern half of Galkayo")
ev("galkayo-suspects-detained", A, "2016-08-22", "2016-08-22", "2016-08-22", STR, ["Arrests"],
   PUNT + ["Police Forces of Somalia (Puntland)", "Police Forces of Somalia"], SHB + CIV_SO + [""], SO, ["Mudug"],
   GKY, 0, req=False,
   evidence="Puntland police said on Monday they had detained a dozen suspects (not notable persons; day of the "
            "detentions not stated)")
# background: Galkayo fighting last December, al-Shabaab's March landing on the Mudug/Nugaal coast, 2011. Not
# events: Gaas's condemnation, mourning, vehicle checks order; the boilerplate headlines.

# ---------------------------------------------------------------- Somalia (VOA, 2018-06-09, Sat)
A = "somalia_sheikhhaji_voa"
ev("sheikh-haji-attack-us-soldier", A, "2018-06-08", "2018-06-08", "2018-06-08", BAT, [CLASH], SHB,
   US + SNA + JUB + KDF, SO, LJ, (), 1,
   evidence="One U.S. special operations soldier was killed and four ... wounded Friday when their unit came under "
            "mortar and small-arms fire ... near the village of Sheikh Haji in the Lower Juba region ... attacked "
            "the forces from three directions ... fighting lasted about an hour ('many' attackers -> uncounted)")
ev("afmadow-us-airstrike", A, "2018-06-05", "2018-06-05", "2018-06-05", EXP, [AIR], US, SHB, SO, LJ,
   ["Afmadow", "Afmadoow"], 3,
   evidence="AFRICOM also said it had carried out an airstrike on Tuesday near Afmadow ... killing three militants")
ev("kismayo-farjano-roadside-bomb", A, "2018-06-07", "2018-06-07", "2018-06-07", EXP, [IED], SHB + UAG_SO,
   JUB + ["Police Forces of Somalia"], SO, LJ, ["Kismaayo", "Kismayo", "Kismayu"], 0,
   evidence="In the port city of Kismayo ... a roadside bomb exploded on Thursday next to a police pickup truck in "
            "the Farjano neighborhood, wounding two officers")
# background: Milliken raid near Barii May 2017, March 2017 authority. Not events: AFRICOM/Madobe statements,
# al-Shabaab claim, "more than 30 airstrikes so far this year" (no toll), the planned combat outpost.

# ---------------------------------------------------------------- Somalia (Al Jazeera, 2023-08-26, Sat)
A = "somalia_goojacade_aljazeera"
SOOL = ["Sool"]
ev("goojacade-base-overrun", A, "2023-08-25", "2023-08-25", "2023-08-25", BAT, [NSO, CLASH], SSC, SL, SO, SOOL,
   (), None,
   evidence="Forces of SSC-Khatumo ... overran the Goojacade base, about 10km west of Las Anod, on Friday after a "
            "day of heavy fighting ... 'dozens' ... killed ... no overall toll")
ev("maraaga-position-taken", A, "2023-08-25", "2023-08-25", "2023-08-25", BAT, [NSO, CLASH], SSC, SL, SO, SOOL,
   (), None, req=False,
   evidence="The fighters also took control of the nearby Somaliland positions of Maraaga and Sahdheer the same day")
ev("sahdheer-position-taken", A, "2023-08-25", "2023-08-25", "2023-08-25", BAT, [NSO, CLASH], SSC, SL, SO, SOOL,
   (), None, req=False,
   evidence="The fighters also took control of the nearby Somaliland positions of Maraaga and Sahdheer the same day")
ev("las-anod-shelling", A, "2023-08-24", "2023-08-24", "2023-08-24", EXP, [SHELL], SL, CIV_SO, SO, SOOL, (), 4,
   evidence="On Thursday, shells fired from Somaliland positions hit residential neighbourhoods of Las Anod, "
            "killing four civilians, including two children")
ev("maraaga-front-clash-tuesday", A, "2023-08-22", "2023-08-22", "2023-08-22", BAT, [CLASH], SSC + SL, SL + SSC,
   SO, SOOL, (), 8,
   evidence="Earlier in the week, on Tuesday, clashes on the Maraaga front line killed at least eight fighters")
ev("somaliland-retreat-to-oog", A, "2023-08-26", "2023-08-25", "2023-08-26", STR,
   ["Change to group/activity", "Other"], SL, [""] + SSC, SO, SOOL, (), 0, req=False,
   evidence="By Saturday, retreating Somaliland troops had regrouped in the town of Oog, about 60km west of Las Anod")
# background: February outbreak, assassinations/protest killings, 1991 declaration. Not events: Firdhiye's rally
# speech and prisoner claim (folded into the capture), Somaliland's 'tactical withdrawal' statement, ICG quote,
# Bihi's call for dialogue, UN displacement figure.

DROP = {
    "yemen_aden_reuters": ["Skip to main content", "Reuters", "World", "Business", "Markets", "Politics", "Tech",
                           "Middle East & Africa", "Our Standards: The Thomson Reuters Trust Principles.",
                           "Related Coverage", "Yemen peace talks to begin in Switzerland on Dec. 15, U.N. says",
                           "Saudi-led coalition says it is close to retaking Taiz"],
    "yemen_ataq_anadolu": ["Anadolu Agency", "Türkçe", "English", "Français", "العربية", "Politics", "Middle East",
                           "World", "Economy", "Analysis", "Related news",
                           "Yemen's government accuses UAE of backing 'coup' in Aden",
                           "Saudi-led coalition calls for calm in Yemen's Shabwa",
                           "Anadolu Agency website contains only a portion of the news stories offered to subscribers "
                           "in the AA News Broadcasting System (HAS), and in summarized form. Please contact us for "
                           "subscription options."],
    "yemen_hodeidah_ap": ["AP", "Menu", "World", "U.S.", "Politics", "Sports", "Entertainment", "Business", "Science",
                          "Health", "Middle East", "Share", "Copy", "Link copied", "Email", "Facebook", "X",
                          "Copyright 2024 The Associated Press. All Rights Reserved.", "More from AP News",
                          "Houthis vow retaliation as US warns of further strikes",
                          "What to know about the Houthi attacks in the Red Sea"],
    "somalia_galkayo_garowe": ["Garowe Online", "Home", "News", "Somalia", "Puntland", "Somaliland", "Editorial",
                               "Opinion", "Contact Us", "Share", "Facebook", "Twitter", "Email", "Related",
                               "Puntland forces repulse Al-Shabaab attack in Galgala",
                               "Galmudug accuses Puntland of troop build-up near Galkayo",
                               "Galkayo: Traders protest new taxes", "Follow us on Twitter",
                               "© 2016 Garowe Online. All rights reserved."],
    "somalia_sheikhhaji_voa": ["VOA", "Accessibility links", "Skip to main content", "Skip to main Navigation",
                               "Search", "Africa", "Somalia", "Share", "Print", "Related",
                               "Al-Shabab Militants Attack Military Base in Southern Somalia",
                               "US Airstrike Kills 27 Al-Shabab Militants, Military Says", "Comments"],
    "somalia_goojacade_aljazeera": ["Skip links", "Skip to Content", "Live", "Navigation menu", "News", "Middle East",
                                    "Africa", "Explained", "Opinion", "Sport", "Video", "More",
                                    "Save articles to read later and create your own reading list.", "Somalia",
                                    "Somaliland", "Read more",
                                    "Somaliland: Death toll rises as fighting rages in Las Anod",
                                    "Thousands flee Las Anod fighting into Ethiopia"],
}
EITHER = {
    "yemen_aden_reuters": ["By Mohammed Mukhashaf", "December 6, 2015 / 11:42 AM",
                           "Reporting by Mohammed Mukhashaf in Aden and Mohammed Ghobari in Cairo; Writing by Sami "
                           "Aboudi; Editing by Tom Heneghan"],
    "yemen_yakla_afp": ["bur-fb/sf/dv"],
    "yemen_ataq_anadolu": ["Murad Abdo   |24.08.2019", "ADEN, Yemen"],
    "yemen_hodeidah_ap": ["By JON GAMBRELL and LOLITA C. BALDOR", "Updated 4:51 PM GMT, January 12, 2024",
                          "Baldor reported from Washington. Associated Press writers Aamer Madhani in Washington and "
                          "Jill Lawless in London contributed to this report."],
    "somalia_buloburte_xinhua": ["Editor: Mu Xuequan"],
    "somalia_galkayo_garowe": ["Monday August 22, 2016 - 09:14:27 in Latest News by Staff Reporter"],
    "somalia_sheikhhaji_voa": ["June 09, 2018 1:37 AM", "Harun Maruf", "WASHINGTON / MOGADISHU —"],
    "somalia_goojacade_aljazeera": ["Published On 26 Aug 2023", "Source: Al Jazeera and news agencies"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout134; Yemen and Somalia 2014-2024), coded "
                             "by CODEBOOK.md before the system was run (BLIND, session 18).", drop=DROP, either=EITHER)
