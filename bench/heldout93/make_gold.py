"""Writes gold.json for the 93rd held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 13).

    python bench/heldout93/make_gold.py

Focus: Syria, Lebanon and the Palestinian territories (2014-2024): air strikes, shelling and missile strikes,
raids with arrests, protests met with force, riots, and settler violence.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

IL = ["Military Forces of Israel"]
IL_POL = ["Police Forces of Israel", "Military Forces of Israel"]
SETTLERS = ["Settlers (Israel)", "Israeli Settlers", "Israeli settlers", "Colonists (Israel)"]
CIV_PS = ["Civilians (Palestine)", "Civilians (Palestinian Territory)"]
UAG_PS = ["Unidentified Armed Group (Palestine)"]
HAMAS = ["Hamas", "Hamas Movement", "Qassam Brigades", "Izz al-Din al-Qassam Brigades"]
PIJ = ["Palestinian Islamic Jihad", "Islamic Jihad", "Al-Quds Brigades", "Al Quds Brigades"]
PROT_PS = ["Protesters (Palestine)", "Rioters (Palestine)"]
WB = ["West Bank"]
GZ = ["Gaza Strip", "Gaza"]
SAA = ["Military Forces of Syria"]
RU = ["Military Forces of Russia"]
CIV_SY = ["Civilians (Syria)"]
REB_SY = ["Opposition Rebels (Syria)", "Rebels (Syria)", "Syrian Rebels", "Free Syrian Army", "FSA",
          "Unidentified Armed Group (Syria)"]
RIF = ["Rif-dimashq", "Rif Dimashq", "Damascus Countryside", "Rural Damascus"]
HZB = ["Hezbollah", "Hizbullah", "Hizballah"]
CIV_LB = ["Civilians (Lebanon)"]
SOUTH = ["South", "Liban-Sud", "South Lebanon"]
NAB = ["Nabatiye", "Nabatieh", "Nabatîyé"]
MTL = ["Mont-Liban", "Mount Lebanon"]

# ---------------------------------------------------------------- Gaza / West Bank (Reuters, 2014-07-25, Fri)
PS, A = "Palestine", "gaza_beithanoun_reuters"
ev("beit-hanoun-unrwa-school", A, "2014-07-24", "2014-07-24", "2014-07-24", EXP,
   ["Shelling/artillery/missile attack"], IL + HAMAS + UAG_PS, CIV_PS, PS, GZ, ["North Gaza", "Beit Hanoun"], 15,
   evidence="At least 15 Palestinians sheltering at a United Nations school ... killed on Thursday when the compound "
            "came under fire ... Beit Hanoun ... 'then the shells came' (Israel did not rule out Hamas rockets)")
ev("beit-hanoun-antitank-exchange", A, "2014-07-24", "2014-07-24", "2014-07-24", BAT, ["Armed clash"],
   HAMAS + UAG_PS + IL, IL + HAMAS + UAG_PS, PS, GZ, ["North Gaza", "Beit Hanoun"], None, req=False,
   evidence="Hamas militants had fired anti-tank missiles at soldiers from the area of the school and ... troops had "
            "returned fire (Israeli military's account)")
ev("khan-younis-house-strike", A, "2014-07-24", "2014-07-24", "2014-07-25", EXP, ["Air/drone strike"],
   IL, CIV_PS, PS, GZ, ["Khan Yunis", "Khan Younis"], 3,
   evidence="an Israeli air strike flattened a house in Khan Younis late on Thursday, killing a man and his two young "
            "sons")
ev("southern-gaza-combat", A, "2014-07-24", "2014-07-24", "2014-07-24", BAT, ["Armed clash"],
   IL + HAMAS, HAMAS + IL + UAG_PS, PS, GZ, (), 3,
   evidence="Three Israeli soldiers were killed in combat with militants in the southern Gaza Strip on Thursday ... "
            "Hamas's armed wing said its fighters had ambushed an Israeli force east of Khan Younis")
ev("ramallah-jerusalem-march", A, "2014-07-24", "2014-07-24", "2014-07-25", RIO, ["Violent demonstration"],
   PROT_PS, IL + [""], PS, WB, ["Ramallah", "Ramallah and al-Bira", "Al Quds", "Jerusalem"], 1,
   evidence="Late on Thursday, thousands of Palestinians marched from Ramallah towards Jerusalem ... youths hurled "
            "stones and fireworks at soldiers ... A 17-year-old was shot dead")
ev("beit-ummar-protest", A, "2014-07-25", "2014-07-25", "2014-07-25", RIO, ["Violent demonstration"],
   PROT_PS, IL + [""], PS, WB, ["Al Khalil", "Hebron"], 2,
   evidence="On Friday, Israeli troops shot dead two Palestinians at a protest in the village of Beit Ummar, north of "
            "Hebron, after several hundred people marched ... and threw rocks at soldiers")
ev("nablus-settler-shooting", A, "2014-07-25", "2014-07-25", "2014-07-25", VAC, ["Attack"],
   SETTLERS + ["Unidentified Armed Group (Israel)"], CIV_PS, PS, WB, ["Nablus"], 1,
   evidence="A third Palestinian, a 19-year-old, was killed near Nablus on Friday when a man in a passing car "
            "carrying Israeli settlers opened fire")

# ---------------------------------------------------------------- Syria (AFP, 2015-10-01, Thu)
SY, A = "Syria", "syria_talbiseh_afp"
JAF = ["Jaish al-Fatah", "Army of Conquest", "Al Nusra Front", "Nusra Front", "Jabhat al-Nusra", "Jabhat al Nusra",
       "Hayat Tahrir al-Sham"] + REB_SY
IZZA = ["Tajammu al-Izza", "Jaish al-Izza", "Tajamu al-Izza"] + REB_SY
ev("jisr-shughur-russian-strikes", A, "2015-10-01", "2015-10-01", "2015-10-01", EXP, ["Air/drone strike"],
   RU, JAF, SY, ["Idlib"], (), 5,
   evidence="Russian jets carried out at least 10 strikes on Thursday morning on the outskirts of Jisr al-Shughur ... "
            "'At least five fighters of the Army of Conquest were killed'")
ev("talbiseh-russian-strikes", A, "2015-09-30", "2015-09-30", "2015-09-30", EXP, ["Air/drone strike"],
   RU, CIV_SY, SY, ["Homs"], ["Al-Rastan", "Ar-Rastan", "Rastan"], 17,
   evidence="Wednesday's raids ... hit three towns in ... Homs. Talbisseh bore the brunt ... 17 civilians, among them "
            "six children, were killed there")
ev("rastan-russian-strikes", A, "2015-09-30", "2015-09-30", "2015-09-30", EXP, ["Air/drone strike"],
   RU, CIV_SY, SY, ["Homs"], ["Al-Rastan", "Ar-Rastan", "Rastan"], None,
   evidence="another 10 civilians died in strikes on the nearby towns of Rastan and Zaafarana (split unknown)")
ev("zaafarana-russian-strikes", A, "2015-09-30", "2015-09-30", "2015-09-30", EXP, ["Air/drone strike"],
   RU, CIV_SY, SY, ["Homs"], (), None,
   evidence="another 10 civilians died in strikes on the nearby towns of Rastan and Zaafarana (split unknown)")
ev("latamna-russian-strikes", A, "2015-09-30", "2015-09-30", "2015-09-30", EXP, ["Air/drone strike"],
   RU, IZZA, SY, ["Hama", "Hamah"], (), 0,
   evidence="Russian aircraft struck positions of Tajammu al-Izza ... in the towns of Latamna and Kafr Zita ... several "
            "fighters were wounded but no one was killed")
ev("kafr-zita-russian-strikes", A, "2015-09-30", "2015-09-30", "2015-09-30", EXP, ["Air/drone strike"],
   RU, IZZA, SY, ["Hama", "Hamah"], ["Mhardeh", "Muhradah", "Mahardah"], 0,
   evidence="in the towns of Latamna and Kafr Zita (second named town of the same sentence)")
# ---------------------------------------------------------------- Syria (OCHA via ReliefWeb, 2016-04-29, Fri)
A = "syria_aleppo_reliefweb"
ALEPPO_ADM2 = ()  # the gazetteer gives Aleppo city no admin2
ev("al-quds-hospital-strike", A, "2016-04-27", "2016-04-27", "2016-04-28", EXP, ["Air/drone strike"],
   SAA + RU, CIV_SY, SY, ["Aleppo"], ALEPPO_ADM2, 14,
   evidence="Late on Wednesday 27 April, air strikes reportedly hit Al Quds hospital in ... Al Sukkari ... at least 20 "
            "people were killed (local) ... MSF ... at least 14 patients and staff were confirmed dead")
ev("bab-al-nayrab-strike", A, "2016-04-28", "2016-04-28", "2016-04-28", EXP, ["Air/drone strike"],
   SAA + RU, CIV_SY, SY, ["Aleppo"], ALEPPO_ADM2, 11,
   evidence="On 28 April, air strikes reportedly struck the opposition-held Bab al Nayrab neighbourhood, killing at "
            "least 11 civilians")
ev("west-aleppo-shelling", A, "2016-04-28", "2016-04-28", "2016-04-28", EXP, ["Shelling/artillery/missile attack"],
   REB_SY + ["Jabhat al-Nusra", "Al Nusra Front", "Non-state armed groups"], CIV_SY, SY, ["Aleppo"], ALEPPO_ADM2, 14,
   evidence="mortars and locally made projectiles fired by non-state armed groups reportedly landed on ... Al Midan, "
            "Al Sulaymaniyah and Al Jamiliyah in western Aleppo city, killing at least 14 civilians")
ev("al-marja-clinic-strike", A, "2016-04-29", "2016-04-29", "2016-04-29", EXP, ["Air/drone strike"],
   SAA + RU, CIV_SY + [""], SY, ["Aleppo"], ALEPPO_ADM2, None,
   evidence="In the early hours of 29 April, an air strike reportedly hit the Al Marja primary health care centre ... "
            "information on casualties was not yet available")
ev("khan-tuman-clashes", A, "2016-04-29", "2016-04-22", "2016-04-29", BAT, ["Armed clash"],
   SAA + REB_SY + JAF, REB_SY + JAF + SAA, SY, ["Aleppo"], (), None, req=False, tp=2,
   evidence="clashes continue in the southern Aleppo countryside ... around Khan Tuman and Al Eis. No reliable "
            "casualty figures (ongoing, undated)")

# ---------------------------------------------------------------- Syria (Xinhua, 2018-04-14, Sat)
A = "syria_barzeh_xinhua"
WEST = ["Military Forces of the United States", "Military Forces of United States", "Military Forces of USA",
        "Military Forces of the United Kingdom", "Military Forces of United Kingdom", "Military Forces of France"]
MISSILE = ["Shelling/artillery/missile attack", "Air/drone strike"]
ev("barzeh-missile-strike", A, "2018-04-14", "2018-04-14", "2018-04-14", EXP, MISSILE,
   WEST, SAA + [""], SY, ["Damascus", "Dimashq"], ["Damascus", "Dimashq"], 0,
   evidence="some missiles hit the Scientific Studies and Research Center in the Barzeh neighborhood of Damascus ... "
            "without causing casualties")
ev("homs-missile-strike", A, "2018-04-14", "2018-04-14", "2018-04-14", EXP, MISSILE,
   WEST, SAA + CIV_SY + [""], SY, ["Homs"], ["Homs"], 0,
   evidence="Another group of missiles targeting a military position near the city of Homs was diverted, and three "
            "civilians were wounded ... a storage facility west of Homs")
ev("dumayr-claimed-intercepts", A, "2018-04-14", "2018-04-14", "2018-04-14", EXP, MISSILE,
   WEST, SAA + [""], SY, RIF, (), 0, req=False,
   evidence="Russia ... shot down ... all 12 fired at the Dumayr military airport ... The Pentagon denied that any "
            "Syrian airfield had been targeted (disputed)")
ev("umayyad-square-rally", A, "2018-04-14", "2018-04-14", "2018-04-14", PRO, ["Peaceful protest"],
   ["Protesters (Syria)"], [""], SY, ["Damascus", "Dimashq"], ["Damascus", "Dimashq"], 0,
   evidence="hundreds of Syrians gathered at Umayyad Square in central Damascus, waving Syrian flags ... chanting "
            "slogans in support of the army and against the United States")
ev("douma-handover", A, "2018-04-14", "2018-04-13", "2018-04-14", STR, ["Non-violent transfer of territory"],
   SAA + ["Jaish al-Islam", "Military Forces of Russia"], ["Jaish al-Islam", ""] + SAA, SY, RIF,
   ["Douma", "Duma"], 0,
   evidence="the Syrian army declared that Eastern Ghouta had been fully cleared ... after the last buses carrying "
            "fighters of the Jaish al-Islam rebel group ... left Douma ... under a Russian-brokered agreement")
ev("t4-airbase-strike", A, "2018-04-09", "2018-04-09", "2018-04-09", EXP, MISSILE,
   IL + ["Unidentified Armed Group (Syria)", "Unidentified Military Forces"],
   SAA + ["Military Forces of Iran", "Islamic Revolutionary Guard Corps"], SY, ["Homs"], ["Homs"], 14,
   evidence="an attack on Monday on the Tiyas military airport, known as T4 ... killed 14 military personnel, including "
            "seven Iranians. Syria and Russia said two Israeli F-15 warplanes fired eight missiles")
ev("douma-alleged-chemical-attack", A, "2018-04-07", "2018-04-07", "2018-04-07", EXP, ["Chemical weapon"],
   SAA + ["Unidentified Armed Group (Syria)"], CIV_SY, SY, RIF, ["Douma", "Duma"], None, req=False,
   evidence="an alleged chemical attack on April 7 in the town of Douma ... Damascus and Moscow have denied (alleged "
            "and denied, 7 days before)")

# ---------------------------------------------------------------- Lebanon (The Daily Star, 2019-07-01, Mon)
LB, A = "Lebanon", "lebanon_qabrshmoun_dailystar"
PSP = ["Progressive Socialist Party", "PSP", "Militia (PSP)", "PSP: Progressive Socialist Party",
       "Unidentified Armed Group (Lebanon)"]
LDP = ["Lebanese Democratic Party", "LDP", "Militia (LDP)", "LDP: Lebanese Democratic Party"]
ev("qabr-shmoun-shootout", A, "2019-06-30", "2019-06-30", "2019-06-30", BAT, ["Armed clash"],
   PSP + LDP, LDP + PSP + ["Government of Lebanon"], LB, MTL, ["Aley"], 2,
   evidence="Two bodyguards of Minister ... Saleh Gharib were killed Sunday when his convoy came under fire in ... "
            "Qabr Shmoun ... An exchange of fire broke out")
ev("qabr-shmoun-road-blocks", A, "2019-06-30", "2019-06-30", "2019-06-30", PRO,
   ["Peaceful protest", "Protest with intervention"], ["Protesters (Lebanon)"] + PSP[:4], [""] +
   ["Military Forces of Lebanon"], LB, MTL, ["Aley"], 0,
   evidence="dozens of PSP supporters had blocked the main road at Qabr Shmoun and ... Bsatin with burning tires ... "
            "Army units ... tried to reopen the roads, and the protesters dispersed")
ev("khaldeh-road-blocks", A, "2019-06-30", "2019-06-30", "2019-06-30", PRO,
   ["Peaceful protest", "Protest with intervention"], ["Protesters (Lebanon)"] + LDP, [""] +
   ["Military Forces of Lebanon"], LB, MTL, ["Aley"], 0,
   evidence="in the evening ... LDP supporters blocked the coastal highway at Khaldeh and roads in Shweifat with burning "
            "tires ... before the Army reopened them")
ev("shweifat-road-blocks", A, "2019-06-30", "2019-06-30", "2019-06-30", PRO,
   ["Peaceful protest", "Protest with intervention"], ["Protesters (Lebanon)"] + LDP, [""] +
   ["Military Forces of Lebanon"], LB, MTL, ["Aley"], 0, req=False,
   evidence="and roads in Shweifat (second named place of the same evening protest)")
ev("aley-army-deployment", A, "2019-06-30", "2019-06-30", "2019-07-01", STR, ["Change to group/activity"],
   ["Military Forces of Lebanon"], [""] + PSP, LB, MTL, ["Aley"], 0, req=False,
   evidence="The Army said ... late Sunday that it had sent reinforcements to Qabr Shmoun and surrounding villages, set "
            "up checkpoints and begun raids to arrest the gunmen")

# ---------------------------------------------------------------- Jerusalem / West Bank / Gaza (AP, 2021-05-08, Sat)
PS, A = "Palestine", "palestine_sheikhjarrah_ap"
JLM = WB + ["Jerusalem", "East Jerusalem", "Al Quds"]
JLM2 = ["Al Quds", "Jerusalem", "Quds"]
ev("al-aqsa-clashes", A, "2021-05-07", "2021-05-07", "2021-05-08", RIO, ["Violent demonstration"],
   PROT_PS, ["Police Forces of Israel", "Military Forces of Israel", ""], PS, JLM, JLM2, 0,
   evidence="Israeli police in riot gear clashed with Palestinian worshippers at the Al-Aqsa Mosque compound ... late "
            "Friday ... stone-throwing protesters hurled rocks, bottles and fireworks ... 205 Palestinians were hurt")
ev("sheikh-jarrah-protest-dispersed", A, "2021-05-07", "2021-05-07", "2021-05-07", PRO,
   ["Protest with intervention", "Excessive force against protesters"], ["Protesters (Palestine)"],
   ["Police Forces of Israel", "Military Forces of Israel"], PS, JLM, JLM2, 0,
   evidence="police had dispersed a protest in the East Jerusalem neighborhood of Sheikh Jarrah ... fired a "
            "foul-smelling water cannon ... Police said they arrested 15 people")
ev("salem-base-attack", A, "2021-05-07", "2021-05-07", "2021-05-07", BAT, ["Armed clash"],
   PIJ + UAG_PS + IL_POL, IL_POL + PIJ + UAG_PS, PS, WB, ["Jenin"], 2,
   evidence="Israeli forces shot dead two Palestinians and critically wounded a third after they opened fire at a "
            "Border Police base near the town of Jenin")
ev("odala-teen-killed", A, "2021-05-05", "2021-05-05", "2021-05-06", RIO, ["Violent demonstration"],
   PROT_PS, IL, PS, WB, ["Nablus"], 1, req=False,
   evidence="On Wednesday night, Israeli troops shot and killed a 16-year-old Palestinian in the village of Odala ... "
            "youths threw firebombs at soldiers, according to the Israeli military (Palestinians: unarmed; a coder may "
            "code VAC Attack instead)")
ev("gaza-city-solidarity-march", A, "2021-05-07", "2021-05-07", "2021-05-07", PRO, ["Peaceful protest"],
   ["Protesters (Palestine)"] + HAMAS, [""], PS, GZ, ["Gaza", "Gaza City"], 0,
   evidence="hundreds of Hamas supporters marched through Gaza City after Friday prayers in solidarity with Jerusalem")

# ---------------------------------------------------------------- Lebanon (Al Jazeera, 2023-10-14, Sat)
LB, A = "Lebanon", "lebanon_almashaab_aljazeera"
ev("alma-al-shaab-journalists", A, "2023-10-13", "2023-10-13", "2023-10-13", EXP,
   ["Shelling/artillery/missile attack"], IL, CIV_LB + ["Civilians (International)"], LB, SOUTH, (), 1,
   evidence="Issam Abdallah, 37, was killed on Friday evening when two shells struck the group ... near the village of "
            "Alma al-Shaab ... six other journalists wounded")
ev("dhayra-outskirts-shelling", A, "2023-10-13", "2023-10-13", "2023-10-13", EXP,
   ["Shelling/artillery/missile attack"], IL, [""] + HZB, LB, SOUTH, (), 0,
   evidence="Earlier on Friday, Israeli artillery shelled the outskirts of Dhayra ... No casualties were reported")
ev("dahiyeh-gaza-solidarity-rally", A, "2023-10-13", "2023-10-13", "2023-10-13", PRO, ["Peaceful protest"],
   ["Protesters (Lebanon)"] + HZB, [""], LB, MTL + ["Beyrouth", "Beirut"], ["Baabda", ""], 0,
   evidence="hundreds of its supporters rallied in Beirut's southern suburbs after Friday prayers in solidarity with "
            "Gaza")
ev("shebaa-farms-hezbollah-fire", A, "2023-10-08", "2023-10-08", "2023-10-08", EXP,
   ["Shelling/artillery/missile attack"], HZB, IL, LB, NAB, ["Hasbaya", "Hasbaiya"], None,
   evidence="on Sunday when Hezbollah fired guided rockets and artillery shells at three Israeli positions in the "
            "occupied Shebaa Farms")
ev("kfar-chouba-israeli-response", A, "2023-10-08", "2023-10-08", "2023-10-08", EXP,
   ["Shelling/artillery/missile attack"], IL, HZB + [""], LB, NAB, ["Hasbaya", "Hasbaiya"], None,
   evidence="Israel responded with artillery fire on the hills above the Lebanese village of Kfar Chouba")
ev("dhayra-hezbollah-fighters-killed", A, "2023-10-09", "2023-10-09", "2023-10-09", EXP, MISSILE,
   IL, HZB, LB, SOUTH, (), 3,
   evidence="On Monday, three Hezbollah fighters were killed when Israeli helicopters and artillery struck the area "
            "around Dhayra")

# ---------------------------------------------------------------- West Bank (Middle East Eye, 2024-04-14, Sun)
PS, A = "Palestine", "westbank_mughayyir_mee"
RAM = ["Ramallah", "Ramallah and al-Bira", "Ramallah and Al-Bireh"]
ev("mughayyir-friday-settler-attack", A, "2024-04-12", "2024-04-12", "2024-04-12", VAC, ["Attack"],
   SETTLERS + IL, CIV_PS, PS, WB, RAM, 1,
   evidence="On Friday afternoon, hundreds of settlers stormed al-Mughayyir, firing live ammunition ... torching homes "
            "and cars. Jihad Abu Alia, 25, was shot dead ... at least 25 other Palestinians were wounded")
ev("achimeir-killed", A, "2024-04-13", "2024-04-12", "2024-04-13", VAC, ["Attack"],
   UAG_PS, ["Civilians (Israel)", "Settlers (Israel)"], PS, WB, RAM, 1, tp=2,
   evidence="Binyamin Achimeir, a 14-year-old ... went missing while herding sheep near ... al-Mughayyir ... His body "
            "was found on Saturday ... 'terror attack'")
ev("beitin-teen-killed", A, "2024-04-13", "2024-04-13", "2024-04-13", VAC, ["Attack"],
   IL + SETTLERS, CIV_PS, PS, WB, RAM, 1,
   evidence="In Beitin, east of Ramallah, Omar Hamed, 17, was killed by Israeli army gunfire as settlers attacked the "
            "village")
ev("duma-arson", A, "2024-04-13", "2024-04-13", "2024-04-13", STR, ["Looting/property destruction"],
   SETTLERS, CIV_PS + [""], PS, WB, ["Nablus"], 0,
   evidence="In Duma, south of Nablus, settlers set fire to at least four homes and several cars")
ev("aqraba-settler-attack", A, "2024-04-13", "2024-04-13", "2024-04-13", VAC, ["Attack"],
   SETTLERS, CIV_PS, PS, WB, ["Nablus"], 0,
   evidence="in Aqraba residents said three people were injured by settlers' stones and live fire")
ev("mughayyir-saturday-arson", A, "2024-04-13", "2024-04-13", "2024-04-13", STR, ["Looting/property destruction"],
   SETTLERS, CIV_PS + [""], PS, WB, RAM, 0,
   evidence="Settlers returned to al-Mughayyir on Saturday, torching more houses and a barn")
ev("mughayyir-raid-detentions", A, "2024-04-13", "2024-04-13", "2024-04-13", STR, ["Arrests"],
   IL, CIV_PS + [""], PS, WB, RAM, 0, req=False,
   evidence="Israeli troops searching for the teenager's killers raided homes across the village and detained around a "
            "dozen young men (not notable persons)")
ev("damascus-consulate-strike", A, "2024-04-01", "2024-04-01", "2024-04-01", EXP, MISSILE,
   IL, ["Military Forces of Iran", "Islamic Revolutionary Guard Corps", ""], "Syria", ["Damascus", "Dimashq"],
   ["Damascus", "Dimashq"], None, req=False,
   evidence="Iran launched ... in retaliation for a strike on its consulate in Damascus on 1 April (13 days before, "
            "context sentence, attacker implied)")

DROP = {
    "gaza_beithanoun_reuters": ["Skip to main content", "Reuters", "World", "Business", "Markets", "Politics", "TV",
                                "Middle East", "Read Next",
                                "Israel's cabinet weighs Kerry truce plan as Gaza toll rises",
                                "Our Standards: The Thomson Reuters Trust Principles."],
    "syria_aleppo_reliefweb": ["ReliefWeb", "Updates", "Countries", "Disasters", "Organizations", "Topics", "Jobs",
                               "Training", "Download PDF (412.36 KB)", "Related Content",
                               "Syria Crisis: Aleppo - Situation Report No. 2 (as of 5 May 2016)",
                               "Syrian Arab Republic: Humanitarian Bulletin, Issue 01 (April 2016)", "Share",
                               "Facebook", "Twitter", "Email"],
    "syria_barzeh_xinhua": ["Xinhua", "Home | China | World | Business | Sci-Tech | Photos | Video"],
    "lebanon_qabrshmoun_dailystar": ["The Daily Star", "Lebanon News", "Middle East", "Business", "Opinion", "Sports",
                                     "Culture", "Copyright 2019, The Daily Star. All Rights Reserved.", "Read more:",
                                     "Arslan: What happened in Qabr Shmoun was a planned ambush",
                                     "Joumblatt urges supporters to show restraint"],
    "palestine_sheikhjarrah_ap": ["___",
                                  "Copyright 2021 The Associated Press. All rights reserved. This material may not be "
                                  "published, broadcast, rewritten or redistributed."],
    "lebanon_almashaab_aljazeera": ["Al Jazeera", "Navigation menu", "News", "Middle East", "Explained", "Opinion",
                                    "Sport", "Video", "Live", "Save", "Share", "Read more",
                                    "Israel orders 1.1 million people in north Gaza to move south",
                                    "Live: Israel bombards Gaza as Palestinians flee south",
                                    "Follow Al Jazeera English:", "© 2023 Al Jazeera Media Network"],
    "westbank_mughayyir_mee": ["Middle East Eye", "News", "Opinion", "Explainers", "Investigations", "Video",
                               "Palestine", "Israel", "West Bank", "Share on Facebook", "Share on Twitter",
                               "Share on WhatsApp", "Read more",
                               "Israel-Palestine war: Settlers attack villages near Nablus as army seals off Huwwara",
                               "UN report documents surge in settler attacks on Palestinian herding communities",
                               "This article is available in French on Middle East Eye French edition.",
                               "Middle East Eye delivers independent and unrivalled coverage and analysis of the Middle "
                               "East, North Africa and beyond.",
                               "© 2024 Middle East Eye. All rights reserved."],
}
EITHER = {
    "gaza_beithanoun_reuters": ["By Nidal al-Mughrabi and Noah Browning", "July 25, 2014 10:42 AM GMT",
                                "(Additional reporting by Dan Williams in Jerusalem; Writing by Luke Baker; Editing by "
                                "Giles Elgood)"],
    "syria_talbiseh_afp": ["ser-lk/hc"],
    "syria_aleppo_reliefweb": ["Syrian Arab Republic", "Format: Situation Report",
                               "Source: UN Office for the Coordination of Humanitarian Affairs", "Posted: 29 Apr 2016",
                               "Originally published: 29 Apr 2016",
                               "For further information, please contact: ochasyria@un.org"],
    "syria_barzeh_xinhua": ["Source: Xinhua | 2018-04-14 21:36:08 | Editor: yan"],
    "lebanon_qabrshmoun_dailystar": ["Hussein Dakroub| The Daily Star", "Jul. 01, 2019 | 12:05 AM"],
    "palestine_sheikhjarrah_ap": ["By JOSEPH KRAUS and FARES AKRAM",
                                  "Akram reported from Gaza City, Gaza Strip. Associated Press writer Ilan Ben Zion in "
                                  "Jerusalem contributed to this report."],
    "lebanon_almashaab_aljazeera": ["Published On 14 Oct 2023", "Source: Al Jazeera and news agencies"],
    "westbank_mughayyir_mee": ["MEE staff", "Published date: 14 April 2024 11:20 BST"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout93; Syria, Lebanon and Palestine: air "
                             "strikes, shelling, raids with arrests, protests met with force, settler violence), coded "
                             "by CODEBOOK.md before the system was run (BLIND, session 13).", drop=DROP, either=EITHER)
