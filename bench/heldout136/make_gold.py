"""Writes gold.json for the 136th held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout136/make_gold.py

Focus: protests, riots and crackdowns (session 18): live fire on villagers resisting mine fencing and the
solidarity protests that followed (Letpadaung 2014), peaceful Friday rallies over power cuts with one dispersed
crowd and an earlier killing (Iraq 2015), a weekend of lethal crackdowns and mass detentions (Ethiopia 2016),
schoolchildren shot in El Obeid and the student marches the next day (Sudan 2019), a deadly Shi'ite-police clash
with arson in Abuja (Nigeria 2019), two nights of bank-burning riots after a protester's death (Lebanon 2020),
Alawite and Christian protests and a deadly ambush after the fall of Assad (Syria 2024), and a sit-in broken up
with three dead and its leader arrested (Quetta 2025). Several articles mention planned or called-off protests.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, PRO, RIO, STR, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

PEACE, INTERV, EXCESS = "Peaceful protest", "Protest with intervention", "Excessive force against protesters"
VD, MOB = "Violent demonstration", "Mob violence"

# ---------------------------------------------------------------- Myanmar (The Irrawaddy, 2014-12-24, Wed)
MM, A = "Myanmar", "myanmar_letpadaung_irrawaddy"
PROT_MM = ["Protesters (Myanmar)", "Civilians (Myanmar)"]
POL_MM = ["Police Forces of Myanmar", "Military Forces of Myanmar"]
YGN = ["Yangon", "Rangoon"]
ev("letpadaung-villagers-shot", A, "2014-12-22", "2014-12-22", "2014-12-22", PRO, [EXCESS, INTERV],
   POL_MM + PROT_MM, PROT_MM + POL_MM + ["Civilians (Myanmar)"], MM, ["Sagaing"], ["Yinmabin", "Monywa", "Salingyi"], 1,
   evidence="A 56-year-old woman was shot dead and about 20 villagers were injured when police opened fire on residents "
            "protesting against fence construction ... on Monday ... Daw Khin Win, a resident of Moe Gyo Pyin village "
            "in Sarlingyi Township")
ev("letpadaung-as-riot", A, "2014-12-22", "2014-12-22", "2014-12-22", RIO, [VD, MOB],
   ["Rioters (Myanmar)", "Protesters (Myanmar)"], POL_MM + ["Civilians (Myanmar)", ""], MM, ["Sagaing"],
   ["Yinmabin", "Monywa", "Salingyi"], 1, req=False,
   evidence="police statement: villagers armed with slingshots, sticks and knives had 'attacked' officers ... injuring "
            "11 policemen (same incident read from the police account)")
ev("monywa-candle-march", A, "2014-12-22", "2014-12-22", "2014-12-22", PRO, [PEACE],
   PROT_MM, [""], MM, ["Sagaing"], ["Monywa"], 0,
   evidence="On Monday evening, about 200 people marched through the streets of Monywa ... The march passed off "
            "without incident")
ev("yangon-chinese-embassy-protest", A, "2014-12-23", "2014-12-23", "2014-12-23", PRO, [PEACE],
   PROT_MM, [""], MM, YGN, ["West Yangon"], 0,
   evidence="In Rangoon, around 100 activists ... gathered outside the Chinese Embassy on Tuesday morning ... ended "
            "peacefully ... police watched but did not intervene")
ev("mandalay-students-protest", A, "2014-12-23", "2014-12-23", "2014-12-23", PRO, [PEACE],
   PROT_MM, [""], MM, ["Mandalay"], ["Mandalay"], 0,
   evidence="A smaller group of students held a similar protest outside the Mandalay offices of the Myanmar Economic "
            "Holdings Ltd ... on Tuesday afternoon")

# ---------------------------------------------------------------- Iraq (Xinhua, 2015-08-08, Sat)
IQ, A = "Iraq", "iraq_baghdad_xinhua"
PROT_IQ = ["Protesters (Iraq)"]
POL_IQ = ["Police Forces of Iraq", "Military Forces of Iraq"]
ev("tahrir-friday-aug7", A, "2015-08-07", "2015-08-07", "2015-08-07", PRO, [PEACE],
   PROT_IQ, [""], IQ, ["Baghdad"], ["Al Rusafa", "Rusafa"], 0,
   evidence="In central Baghdad, protesters packed Tahrir Square from late afternoon until after dark ... the rally "
            "ended peacefully")
ev("tahrir-friday-jul31", A, "2015-07-31", "2015-07-31", "2015-07-31", PRO, [PEACE],
   PROT_IQ, [""], IQ, ["Baghdad"], ["Al Rusafa", "Rusafa"], 0,
   evidence="Last Friday, several thousand people ... held a similar rally there that also passed off without violence")
ev("basra-provincial-council-rally", A, "2015-08-07", "2015-08-07", "2015-08-07", PRO, [PEACE],
   PROT_IQ, [""], IQ, ["Basra", "Basrah", "Al Basrah"], ["Basrah", "Basra"], 0,
   evidence="In the southern oil hub of Basra, some 3,000 people rallied on Friday in front of the provincial council "
            "building")
ev("najaf-march", A, "2015-08-07", "2015-08-07", "2015-08-07", PRO, [PEACE],
   PROT_IQ, [""], IQ, ["An Najaf", "Najaf"], ["Kufa", "Najaf", "An Najaf"], 0,
   evidence="Protesters also gathered in the holy city of Najaf, where they marched from the city center to the "
            "governorate building ... No incidents were reported")
ev("nasiriyah-rally", A, "2015-08-07", "2015-08-07", "2015-08-07", PRO, [PEACE],
   PROT_IQ, [""], IQ, ["Dhi Qar", "Thi Qar"], ["Nassriya", "Nasiriyah"], 0,
   evidence="as well as in Nasiriyah, the capital of Dhi Qar province ... No incidents were reported")
ev("diwaniyah-rally", A, "2015-08-07", "2015-08-07", "2015-08-07", PRO, [PEACE],
   PROT_IQ, [""], IQ, ["Al-Qadisiyyah", "Al-Qadisiyah", "Qadisiyah", "Al Qadisiyah"], ["Qada Diwaniya", "Diwaniya"], 0,
   evidence="and in Diwaniyah, witnesses said. No incidents were reported at those gatherings")
ev("hillah-water-cannon", A, "2015-08-07", "2015-08-07", "2015-08-07", PRO, [INTERV],
   PROT_IQ + POL_IQ, POL_IQ + PROT_IQ, IQ, ["Babil", "Babylon"], ["Al-Musayab", "Hilla", "Al Hillah", "Al-Hilla"], 0,
   evidence="In Hillah ... police used water cannons to push back hundreds of protesters who tried to break into the "
            "compound of the provincial council ... Several protesters were briefly detained")
ev("madina-protester-shot-jul16", A, "2015-07-16", "2015-07-16", "2015-07-16", PRO, [EXCESS],
   POL_IQ + PROT_IQ, PROT_IQ + POL_IQ, IQ, ["Basra", "Basrah", "Al Basrah"], ["Al-Midaina", "Al Madinah"], 1,
   evidence="Muntadhar al-Helfi, was shot dead on July 16 when police opened fire on residents protesting power cuts "
            "outside a power station in the district of al-Madina, north of Basra city (23 days before: an event)")

# ---------------------------------------------------------------- Ethiopia (Reuters, 2016-08-08, Mon)
ET, A = "Ethiopia", "ethiopia_bahirdar_reuters"
PROT_ET = ["Protesters (Ethiopia)"]
SF_ET = ["Military Forces of Ethiopia", "Police Forces of Ethiopia"]
ORO = ["Oromiya", "Oromia"]
ev("bahir-dar-live-fire", A, "2016-08-07", "2016-08-07", "2016-08-07", PRO, [EXCESS],
   SF_ET + PROT_ET, PROT_ET + SF_ET, ET, ["Amhara"], (), 30,
   evidence="In Bahir Dar ... security forces fired live ammunition at thousands of protesters on Sunday, killing "
            "around 30 people, Amnesty International said ... opposition official ... more than 50 (lowest figure 30)")
ev("addis-meskel-square-detentions", A, "2016-08-06", "2016-08-06", "2016-08-06", PRO, [INTERV, EXCESS],
   PROT_ET + SF_ET, SF_ET + PROT_ET, ET, ["Addis Ababa", "Addis Abeba"], (), 0,
   evidence="In Addis Ababa, police fired tear gas and beat protesters who gathered in Meskel Square ... on Saturday "
            "morning ... Hundreds of people were detained (mass arrest, no deaths)")
ev("nekemte-protesters-shot", A, "2016-08-06", "2016-08-06", "2016-08-06", PRO, [EXCESS],
   SF_ET + PROT_ET, PROT_ET + SF_ET, ET, ORO, (), None,
   evidence="In Nekemte ... security forces shot dead several protesters who had blocked roads with stones "
            "('several' -> toll unknown)")
ev("ambo-students-teargassed", A, "2016-08-06", "2016-08-06", "2016-08-06", PRO, [INTERV],
   PROT_ET + SF_ET, SF_ET + PROT_ET, ET, ORO, ["West Shewa Zone", "West Shewa", "Mirab Shewa"], 0,
   evidence="in Ambo, some 125 km west of the capital, police fired tear gas to disperse hundreds of students and "
            "detained dozens")
ev("gondar-rally-jul31", A, "2016-07-31", "2016-07-31", "2016-07-31", PRO, [PEACE],
   PROT_ET, [""], ET, ["Amhara"], (), 0,
   evidence="tens of thousands of people rallied peacefully in the northern city of Gondar on Sunday, July 31 ... ended "
            "without violence (8 days before: an event)")
ev("oromiya-weekend-toll", A, "2016-08-07", "2016-08-06", "2016-08-07", PRO, [EXCESS],
   SF_ET + PROT_ET, PROT_ET + SF_ET, ET, ORO, (), 67, req=False, tp=2,
   evidence="at least 97 people were killed ... over the weekend, including at least 67 in Oromiya (regional aggregate; "
            "a coder might add it as an admin1-level row)")
ev("oromiya-unnamed-protests-sat", A, "2016-08-06", "2016-08-06", "2016-08-06", PRO, [PEACE],
   PROT_ET, [""], ET, ORO, (), 0, req=False,
   evidence="Protests also took place across Oromiya, the country's most populous region, on Saturday (unnamed towns "
            "collapse into one admin1 row)")
ev("wolkait-committee-arrests", A, "2016-07-31", "2016-07-01", "2016-07-31", STR, ["Arrests"],
   SF_ET, ["Civilians (Ethiopia)", "Protesters (Ethiopia)", "Wolkait Amhara Identity Committee", ""], ET,
   ["Amhara", ""], (), 0, req=False, tp=3,
   evidence="the arrest last month of members of a committee campaigning for Wolkait to be returned to Amhara (month "
            "only, place implied)")

# ---------------------------------------------------------------- Sudan (Radio Dabanga, 2019-07-30, Tue)
SD, A = "Sudan", "sudan_elobeid_dabanga"
PROT_SD = ["Protesters (Sudan)", "Civilians (Sudan)"]
SF_SD = ["Rapid Support Forces", "RSF", "Military Forces of Sudan", "Unidentified Armed Group (Sudan)",
         "Police Forces of Sudan"]
ev("el-obeid-pupils-shot", A, "2019-07-29", "2019-07-29", "2019-07-29", PRO, [EXCESS],
   SF_SD + PROT_SD, PROT_SD + SF_SD, SD, ["North Kordofan", "Shamal Kurdufan"], (), 6,
   evidence="Six people, five of them secondary school pupils, were shot dead in El Obeid ... on Monday when gunmen "
            "opened fire on a student demonstration ... men in uniforms of the Rapid Support Forces")
ev("khartoum-pupils-march", A, "2019-07-30", "2019-07-30", "2019-07-30", PRO, [PEACE],
   PROT_SD, [""], SD, ["Khartoum"], ["Khartoum"], 0,
   evidence="Today, thousands of secondary school pupils ... marched through central Khartoum ... ended peacefully")
ev("khartoum-north-teargas", A, "2019-07-30", "2019-07-30", "2019-07-30", PRO, [INTERV],
   PROT_SD + ["Police Forces of Sudan"], ["Police Forces of Sudan", "Military Forces of Sudan"] + PROT_SD, SD,
   ["Khartoum"], (), 0,
   evidence="In Khartoum North, police fired tear gas at a group of students who tried to march towards the Shambat "
            "bridge, and several pupils were detained for a few hours")
ev("wad-madani-march", A, "2019-07-30", "2019-07-30", "2019-07-30", PRO, [PEACE],
   PROT_SD, [""], SD, ["Al Jazirah", "Gezira", "El Gezira", "Aj Jazirah"], (), 0,
   evidence="Pupils also marched in Wad Madani, capital of El Gezira ... No violence was reported there")
ev("atbara-march", A, "2019-07-30", "2019-07-30", "2019-07-30", PRO, [PEACE],
   PROT_SD, [""], SD, ["River Nile", "Nahr an Nil"], ["Atbara"], 0,
   evidence="and in Atbara in River Nile state. No violence was reported there")

# ---------------------------------------------------------------- Nigeria (Premium Times, 2019-07-23, Tue)
NG, A = "Nigeria", "nigeria_abuja_premiumtimes"
FCT = ["FCT", "Federal Capital Territory", "Abuja Federal Capital Territory"]
AMAC = ["Municipal Area Council", "Abuja Municipal", "AMAC", "Abuja Municipal Area Council"]
IMN = ["IMN", "Islamic Movement in Nigeria", "Islamic Movement of Nigeria", "Shiite Muslim Group (Nigeria)",
       "Shia Muslim Group (Nigeria)"]
ev("abuja-secretariat-clash", A, "2019-07-22", "2019-07-22", "2019-07-22", RIO, [VD],
   ["Rioters (Nigeria)", "Protesters (Nigeria)"] + IMN, ["Police Forces of Nigeria", ""], NG, FCT, AMAC, 2,
   evidence="Deputy Commissioner of Police ... Usman Umar, was shot during the clash near the Federal Secretariat ... "
            "Precious Owolabi ... hit by a stray bullet ... some protesters threw stones and petrol bombs. Part of the "
            "office of NEMA ... was set ablaze (police-confirmed 2; IMN's unverified 11 not used)")
ev("abuja-clash-as-excessive-force", A, "2019-07-22", "2019-07-22", "2019-07-22", PRO, [EXCESS],
   ["Police Forces of Nigeria", "Protesters (Nigeria)"] + IMN, ["Protesters (Nigeria)", "Police Forces of Nigeria"] + IMN,
   NG, FCT, AMAC, None, req=False,
   evidence="IMN: 'the procession was peaceful and ... police opened fire first' (same clash read as excessive force)")
ev("national-assembly-invasion-jul9", A, "2019-07-09", "2019-07-09", "2019-07-09", RIO, [VD],
   ["Rioters (Nigeria)", "Protesters (Nigeria)"] + IMN, ["Police Forces of Nigeria", ""], NG, FCT, AMAC, None,
   evidence="On July 9, members of the group forced their way into the premises of the National Assembly, where two "
            "policemen were injured. The IMN said two of its members were shot dead ... police said no one was killed "
            "(14 days before: an event; toll disputed -> unscored)")
ev("zaria-procession", A, "2019-07-22", "2019-07-22", "2019-07-22", PRO, [PEACE],
   ["Protesters (Nigeria)"] + IMN, [""], NG, ["Kaduna"], ["Sabon Gari", "Zaria"], 0,
   evidence="On Monday afternoon, a separate procession by IMN members in Zaria, Kaduna State ... passed off without "
            "incident")
ev("abuja-tactical-teams-deployed", A, "2019-07-23", "2019-07-23", "2019-07-23", STR, ["Change to group/activity"],
   ["Police Forces of Nigeria"], [""], NG, FCT, AMAC, 0, req=False,
   evidence="On Tuesday, the acting Inspector General of Police ... ordered the deployment of more tactical teams to "
            "Abuja (an order, arguably a deployment)")

# ---------------------------------------------------------------- Lebanon (AFP, 2020-04-29, Wed)
LB, A = "Lebanon", "lebanon_tripoli_afp"
NORTH = ["Liban-Nord", "North", "North Lebanon", "Nord"]
ROT_LB = ["Rioters (Lebanon)", "Protesters (Lebanon)"]
LAF = ["Military Forces of Lebanon", "Lebanese Armed Forces"]
ev("tripoli-monday-night-riot", A, "2020-04-27", "2020-04-27", "2020-04-28", RIO, [VD],
   ROT_LB, LAF + [""], LB, NORTH, ["Tripoli"], 1,
   evidence="On Monday night hundreds of demonstrators ... set fire to the fronts of at least three bank branches ... "
            "threw stones and petrol bombs at troops ... Fawaz al-Samman, 26, was hit by a bullet ... late on Monday and "
            "died in hospital on Tuesday morning")
ev("tripoli-monday-as-excessive-force", A, "2020-04-27", "2020-04-27", "2020-04-28", PRO, [EXCESS],
   LAF + ["Protesters (Lebanon)"], ["Protesters (Lebanon)"] + LAF, LB, NORTH, ["Tripoli"], 1, req=False,
   evidence="Soldiers fired tear gas, rubber bullets and live rounds ... (same night read as excessive force)")
ev("samman-funeral", A, "2020-04-28", "2020-04-28", "2020-04-28", PRO, [PEACE],
   ["Protesters (Lebanon)"], [""], LB, NORTH, ["Tripoli"], 0, req=False,
   evidence="Samman's coffin ... carried through the streets of Tripoli on Tuesday afternoon by hundreds of mourners "
            "chanting 'Revolution, revolution' ... passed off peacefully (funeral as protest)")
ev("tripoli-tuesday-night-riot", A, "2020-04-28", "2020-04-28", "2020-04-29", RIO, [VD],
   ROT_LB, LAF + [""], LB, NORTH, ["Tripoli"], 0,
   evidence="by nightfall ... They set fire to two more banks and to an army vehicle, and threw stones at soldiers ... "
            "arrested nine people")
ev("sidon-central-bank-firebombed", A, "2020-04-28", "2020-04-28", "2020-04-29", RIO, [VD, MOB],
   ROT_LB, ["", "Civilians (Lebanon)"], LB, ["South", "South Lebanon", "Sud", "Liban-Sud"], ["Saida", "Sidon"], 0,
   evidence="In the southern city of Sidon, protesters hurled petrol bombs at the local branch of the central bank late "
            "on Tuesday ... no injuries")
ev("beirut-central-bank-rally", A, "2020-04-28", "2020-04-28", "2020-04-28", PRO, [PEACE],
   ["Protesters (Lebanon)"], [""], LB, ["Beyrouth", "Beirut"], (), 0,
   evidence="In Beirut, around 200 people gathered outside the headquarters of the central bank in the Hamra district "
            "on Tuesday evening ... ended without incident")

# ---------------------------------------------------------------- Syria (AP, 2024-12-26, Thu)
SY, A = "Syria", "syria_homs_ap"
PROT_SY = ["Protesters (Syria)"]
GOV_SY = ["Military Forces of Syria", "Police Forces of Syria", "Hayat Tahrir al-Sham", "HTS",
          "Military Forces of Syria (2024-)", "Police Forces of Syria (2024-)", "Government of Syria"]
UAG_SY = ["Unidentified Armed Group (Syria)"]
ev("homs-alawite-protest-shot", A, "2024-12-25", "2024-12-25", "2024-12-25", PRO, [EXCESS, INTERV],
   GOV_SY + PROT_SY + UAG_SY, PROT_SY + GOV_SY, SY, ["Homs"], ["Homs"], 1,
   evidence="In Homs, security forces fired into the air to disperse the crowd and one protester was killed and five "
            "others wounded ... not immediately clear who fired the fatal shot")
ev("latakia-alawite-protest", A, "2024-12-25", "2024-12-25", "2024-12-25", PRO, [PEACE],
   PROT_SY, [""], SY, ["Latakia", "Lattakia"], ["Latakia", "Lattakia"], 0,
   evidence="In Latakia and Tartus, protesters marched through the city centers ... ended without violence")
ev("tartus-alawite-protest", A, "2024-12-25", "2024-12-25", "2024-12-25", PRO, [PEACE],
   PROT_SY, [""], SY, ["Tartus", "Tartous"], ["Tartus", "Tartous"], 0,
   evidence="In Latakia and Tartus, protesters marched through the city centers ... ended without violence")
ev("jableh-alawite-protest", A, "2024-12-25", "2024-12-25", "2024-12-25", PRO, [PEACE],
   PROT_SY, [""], SY, ["Latakia", "Lattakia"], (), 0,
   evidence="and a smaller one in Jableh, south of Latakia, ended without violence")
ev("khirbet-al-maaza-ambush", A, "2024-12-25", "2024-12-25", "2024-12-25", BAT, ["Armed clash"],
   UAG_SY + ["Former Regime Forces", "Assad loyalists", "Military Forces of Syria (2000-2024)"] + GOV_SY,
   GOV_SY + UAG_SY, SY, ["Tartus", "Tartous"], (), 14,
   evidence="14 members of the ministry's forces were killed and 10 wounded on Wednesday when they were ambushed by "
            "'remnants' of Assad's forces in the Tartus countryside ... village of Khirbet al-Maaza")
ev("damascus-christian-march", A, "2024-12-24", "2024-12-24", "2024-12-24", PRO, [PEACE],
   PROT_SY + ["Christian Group (Syria)"], [""], SY, ["Dimashq", "Damascus"], ["Damascus"], 0,
   evidence="hundreds of Christians protested in Damascus ... marched Tuesday evening through ... Bab Touma and Qassaa "
            "... The march was peaceful")
ev("suqaylabiyah-christmas-tree-burned", A, "2024-12-23", "2024-12-23", "2024-12-24", STR,
   ["Looting/property destruction"], UAG_SY + ["Foreign fighters", "Hayat Tahrir al-Sham", "HTS"],
   ["Civilians (Syria)", "Christian Group (Syria)", ""], SY, ["Hama"], ["Al-Suqaylabiyah", "Suqaylabiyah"], 0,
   evidence="a Christmas tree was set on fire late Monday in the town of Suqaylabiyah, near the central city of Hama "
            "... burned by foreign fighters")
ev("aleppo-shrine-fire", A, "2024-11-30", "2024-11-25", "2024-11-30", STR, ["Looting/property destruction"],
   UAG_SY + ["Hayat Tahrir al-Sham", "HTS"], ["Civilians (Syria)", "Alawite Group (Syria)", ""], SY, ["Aleppo"], (), 0,
   req=False, tp=3,
   evidence="The Interior Ministry said the footage was old and dated to late November, when insurgents captured "
            "Aleppo ... carried out by 'unknown groups' (about 26-31 days before: borderline background)")

# ---------------------------------------------------------------- Pakistan (Dawn, 2025-03-23, Sun)
PK, A = "Pakistan", "pakistan_quetta_dawn"
BYC = ["Baloch Yakjehti Committee", "BYC", "Baloch Yakjehti Committee (BYC)", "Protesters (Pakistan)"]
POL_PK = ["Police Forces of Pakistan", "Military Forces of Pakistan", "Frontier Corps"]
BAL = ["Balochistan", "Baluchistan"]
ev("sariab-road-sitin-fired-on", A, "2025-03-21", "2025-03-21", "2025-03-21", PRO, [EXCESS],
   POL_PK + BYC, BYC + POL_PK, PK, BAL, ["Quetta"], 3,
   evidence="On Friday afternoon police used tear gas, water cannon and batons ... live rounds were fired ... three "
            "bodies with gunshot wounds were brought to the Civil Hospital on Friday evening (government denies firing)")
ev("sariab-road-as-riot", A, "2025-03-21", "2025-03-21", "2025-03-21", RIO, [VD],
   ["Rioters (Pakistan)"] + BYC, POL_PK + [""], PK, BAL, ["Quetta"], None, req=False,
   evidence="10 policemen had been injured by stones thrown by 'miscreants' (government's version of Friday)")
ev("mahrang-baloch-arrested", A, "2025-03-22", "2025-03-22", "2025-03-22", STR, ["Arrests"],
   POL_PK, BYC + ["Mahrang Baloch", "Civilians (Pakistan)"], PK, BAL, ["Quetta"], 0,
   evidence="Dr Mahrang Baloch and at least 17 other activists were arrested in the early hours of Saturday when "
            "police raided the group's sit-in on Sariab Road")
ev("sariab-road-sitin-cleared", A, "2025-03-22", "2025-03-22", "2025-03-22", PRO, [INTERV],
   BYC + POL_PK, POL_PK + BYC, PK, BAL, ["Quetta"], 0, req=False,
   evidence="Police personnel, backed by Frontier Corps, removed the protest camp ... at around 3am ... Tents were "
            "dismantled and dozens of protesters were put into police vans (may be folded into the Arrests row)")
ev("kech-shutter-down-strike", A, "2025-03-22", "2025-03-22", "2025-03-22", PRO, [PEACE],
   BYC, [""], PK, BAL, ["Kech"], 0, req=False,
   evidence="A shutter-down strike called by the BYC was observed on Saturday in Turbat and other towns of Kech "
            "district (a strike; some coders do not code strikes)")
ev("hub-rcd-highway-blocked", A, "2025-03-22", "2025-03-22", "2025-03-22", PRO, [PEACE],
   BYC, [""], PK, BAL, ["Lasbela", "Hub"], 0,
   evidence="In Hub, protesters blocked the RCD Highway for several hours on Saturday ... ended peacefully")
ev("karachi-lyari-rally", A, "2025-03-22", "2025-03-22", "2025-03-22", PRO, [PEACE],
   BYC, [""], PK, ["Sind", "Sindh"], (), 0,
   evidence="In Karachi, several hundred people ... rallied in Lyari on Saturday evening ... dispersed peacefully")

DROP = {
    "myanmar_letpadaung_irrawaddy": ["The Irrawaddy", "Home", "News", "Burma", "Business", "Opinion", "Features",
                                     "Multimedia", "Share", "Facebook", "Twitter", "Email", "Related Stories",
                                     "Police Fire Tear Gas at Letpadaung Protesters",
                                     "Copper Mine Company Says It Will Respect Land Rights",
                                     "© 2014 The Irrawaddy. All rights reserved."],
    "ethiopia_bahirdar_reuters": ["Skip to main content",
                                  "Exclusive news, data and analytics for financial market professionals", "World",
                                  "Business", "Markets", "Politics", "TV", "World News", "4 Min Read",
                                  "Our Standards: The Thomson Reuters Trust Principles.", "Apps", "Newsletters",
                                  "All quotes delayed a minimum of 15 minutes."],
    "sudan_elobeid_dabanga": ["Radio Dabanga", "Home", "News", "Sudan", "Darfur", "Kordofan", "Economy", "Sports",
                              "Listen", "Donate", "Related",
                              "Sudan's FFC and military council agree on constitutional declaration",
                              "Sudan doctors: 'Protester killed in Omdurman'",
                              "Radio Dabanga is a project of the Free Press Unlimited foundation.", "Back to top"],
    "nigeria_abuja_premiumtimes": ["Premium Times Nigeria", "Top News", "News", "Headlines", "Politics", "Business",
                                   "Investigations", "Sports", "Opinion",
                                   "Support PREMIUM TIMES' journalism of integrity and credibility", "Related",
                                   "Shi'ites vow to continue protests",
                                   "Police arrest 40 Shi'ites over National Assembly invasion",
                                   "© 2019 Premium Times Services Limited. All rights reserved."],
    "lebanon_tripoli_afp": ["© 1994-2020 Agence France-Presse"],
    "syria_homs_ap": ["AP", "World", "U.S.", "Politics", "Sports", "Entertainment", "Business", "Science", "Health",
                      "Share", "Copy Link copied", "Copyright 2024 The Associated Press. All Rights Reserved."],
    "pakistan_quetta_dawn": ["DAWN.COM", "Home", "Latest", "Pakistan", "Business", "Opinion", "World", "Sport",
                             "Magazines", "Videos", "Facebook", "Twitter", "WhatsApp", "Email", "Read more",
                             "BYC leaders booked under terrorism charges",
                             "Balochistan govt suspends mobile internet in several districts", "Comments (32)",
                             "Closed", "Copyright © 2025, Dawn"],
}
EITHER = {
    "myanmar_letpadaung_irrawaddy": ["By Kyaw Phyo Tha & Zarni Mann", "December 24, 2014"],
    "iraq_baghdad_xinhua": ["Source: Xinhua | 2015-08-08 09:41:17 | Editor: huaxia"],
    "ethiopia_bahirdar_reuters": ["August 8, 2016 / 2:31 PM / Updated", "By Aaron Maasho",
                                  "Reporting by Aaron Maasho; Writing by George Obulutsa; Editing by Louise Ireland"],
    "sudan_elobeid_dabanga": ["July 30 - 2019 EL OBEID / KHARTOUM"],
    "nigeria_abuja_premiumtimes": ["July 23, 2019", "Ini Ekott"],
    "lebanon_tripoli_afp": ["lk-ho/dv"],
    "syria_homs_ap": ["By ABBY SEWELL and GHAITH ALSAYED", "Updated 4:12 AM GMT, December 26, 2024", "___",
                      "Associated Press writer Kareem Chehayeb in Beirut contributed to this report."],
    "pakistan_quetta_dawn": ["Saleem Shahid", "Published March 23, 2025", "Published in Dawn, March 23rd, 2025"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout136; protests, riots and crackdowns), "
                             "coded by CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
