"""Writes gold.json for the 212th held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 28).

    python bench/heldout212/make_gold.py

Focus: Nigeria — Boko Haram / ISWAP massacres, suicide and IED bombings and base assaults in the northeast, bandit
raids and abductions in the northwest, herder/farmer attacks in the Middle Belt (Plateau, Adamawa, Southern
Kaduna), with an air force rocket strike on a village, army-vs-militant clashes, peaceful protests and marches,
several villages per LGA, competing tolls, and many relative dates ("last Thursday", "last Wednesday night",
"late on Tuesday", "overnight", "on Friday night").
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

NG = "Nigeria"
MIL = ["Military Forces of Nigeria", "Nigerian Army", "Nigerian Air Force", "Nigerian Armed Forces",
       "Military Forces of Nigeria (2015-2023)", "Military Forces of Nigeria (2023-)"]
POL = ["Police Forces of Nigeria", "Nigeria Police Force", "Nigerian Police"]
BH = ["Boko Haram", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "JAS",
      "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "Boko Haram (JAS)"]
ISWAP = ["Islamic State West Africa Province", "ISWAP", "Islamic State (West Africa)",
         "Islamic State - West Africa Province", "Islamic State West Africa", "Islamic State"]
UAG = ["Unidentified Armed Group (Nigeria)"]
BH_UAG = BH + UAG
FUL = ["Fulani Ethnic Militia (Nigeria)", "Fulani Ethnic Militia", "Fulani Militia (Nigeria)", "Fulani Herdsmen",
       "Fulani Herders", "Herders (Nigeria)", "Fulani Pastoralist Militia (Nigeria)"]
BANDITS = UAG + ["Bandits (Nigeria)", "Bandits", "Armed Bandits", "Armed Bandits (Nigeria)", "Bandit Militia (Nigeria)"]
CIV = ["Civilians (Nigeria)"]
PROT = ["Protesters (Nigeria)"]
CJTF = ["Civilian JTF", "Civilian Joint Task Force", "CJTF", "CJTF: Civilian Joint Task Force",
        "Borno Communal Militia (Nigeria)", "Vigilante Group (Nigeria)", "Civilians (Nigeria)"]
BORNO, YOBE, ADAMAWA, KATSINA = ["Borno"], ["Yobe"], ["Adamawa"], ["Katsina"]
ZAMFARA, NIGER, PLATEAU, KADUNA = ["Zamfara"], ["Niger"], ["Plateau"], ["Kaduna"]

# ---------------------------------------------------------------- Benisheikh (Premium Times, 2013-09-19, Thu)
A = "nigeria_benisheikh_premiumtimes"
KAGA = ["Kaga"]
ev("benisheikh-massacre", A, "2013-09-17", "2013-09-17", "2013-09-18", VAC, ["Attack"],
   BH_UAG, CIV + [""], NG, BORNO, KAGA, 87,
   evidence="Suspected Boko Haram insurgents disguised in military uniforms killed at least 87 people when they set up "
            "roadblocks on the Maiduguri-Damaturu highway and stormed the town of Benisheikh, Kaga Local Government "
            "Area of Borno State, on Tuesday evening ... police put the death toll at 87 (BOSEPA 142, senator >160)")
ev("benisheikh-troops-engaged", A, "2013-09-17", "2013-09-17", "2013-09-18", BAT, ["Armed clash"],
   MIL + BH, BH + MIL + [""], NG, BORNO, KAGA, None, req=False,
   evidence="A Defence Headquarters spokesman ... denied reports that soldiers abandoned their positions, saying "
            "troops 'engaged the terrorists and pursued them into the bush' (disputed claim, no toll)")
ev("kirawa-battle", A, "2013-09-12", "2013-09-12", "2013-09-12", BAT, ["Armed clash"],
   MIL + BH, BH + MIL, NG, BORNO, ["Gwoza"], 166,
   evidence="a military operation last Thursday in the Kirawa area of Gwoza Local Government Area ... troops had "
            "killed 150 insurgents and lost 16 soldiers in a day-long battle after militants ambushed a patrol")
ev("gwange-cjtf-killed", A, "2013-09-18", "2013-09-18", "2013-09-19", BAT, ["Armed clash"],
   UAG + BH, CJTF, NG, BORNO, ["Maiduguri", "Maiduguri Metropolitan", "Jere"], 2,
   evidence="two members of the Civilian JTF ... were shot dead by gunmen on a motorcycle at a checkpoint in the "
            "Gwange area of the city late on Wednesday")
ev("gwange-cjtf-killed-as-attack", A, "2013-09-18", "2013-09-18", "2013-09-19", VAC, ["Attack"],
   UAG + BH, CJTF, NG, BORNO, ["Maiduguri", "Maiduguri Metropolitan", "Jere"], 2, req=False,
   evidence="the same killing of two CJTF members coded as violence against civilians")

# ---------------------------------------------------------------- Danmusa (AFP, 2020-04-19, Sun)
A = "nigeria_danmusa_afp"
ev("danmusa-villages-attacked", A, "2020-04-18", "2020-04-18", "2020-04-18", VAC, ["Attack"],
   BANDITS, CIV, NG, KATSINA, ["Dan Musa", "Danmusa"], 23,
   evidence="The attacks took place on Saturday in villages in Danmusa, Safana and Dutsin-Ma districts ... In Danmusa, "
            "where the gangs struck three villages, 23 people were killed")
ev("safana-villages-attacked", A, "2020-04-18", "2020-04-18", "2020-04-18", VAC, ["Attack"],
   BANDITS, CIV, NG, KATSINA, ["Safana"], 18,
   evidence="18 died in attacks on two villages in Safana")
ev("dutsinma-village-attacked", A, "2020-04-18", "2020-04-18", "2020-04-18", VAC, ["Attack"],
   BANDITS, CIV, NG, KATSINA, ["Dutsin Ma", "Dutsin-Ma", "Dutsinma"], 6,
   evidence="and six in Dutsin-Ma, according to a breakdown given by the police")
ev("rugu-forest-air-strikes", A, "2020-04-18", "2020-04-11", "2020-04-18", EXP, ["Air/drone strike"],
   MIL, BANDITS + [""], NG, KATSINA + ZAMFARA, (), None, req=False, tp=2,
   evidence="Nigeria's air force said in a statement on Saturday that its jets had 'neutralised' a large number of "
            "bandits in air strikes on their camps in the forest over the past week, without giving figures")
ev("vigilantes-kill-bandits", A, "2020-04-17", "2020-04-12", "2020-04-17", BAT, ["Armed clash"],
   ["Vigilante Group (Nigeria)", "Katsina Communal Militia (Nigeria)", "Vigilantes (Nigeria)", "Yan Sakai"] + BANDITS,
   BANDITS + ["Vigilante Group (Nigeria)", "Katsina Communal Militia (Nigeria)", "Vigilantes (Nigeria)", "Yan Sakai"],
   NG, KATSINA, (), None, req=False, tp=2,
   evidence="the killing of several bandits by a local vigilante group earlier in the week (no place, no count)")
ev("kware-abduction", A, "2020-04-16", "2020-04-16", "2020-04-16", VAC, ["Abduction/forced disappearance"],
   BANDITS, CIV, NG, ZAMFARA, ["Shinkafi"], 0,
   evidence="In neighbouring Zamfara state, gunmen on Thursday abducted 20 people, most of them women, from Kware "
            "village in Shinkafi district")
ev("mashegu-village-head-killed", A, "2020-04-19", "2020-04-18", "2020-04-19", VAC, ["Attack"],
   BANDITS, CIV, NG, NIGER, ["Mashegu"], 1,
   evidence="in Niger state ... armed men killed a village head and kidnapped his two wives in an overnight raid on a "
            "village in Mashegu district")
ev("mashegu-wives-abducted", A, "2020-04-19", "2020-04-18", "2020-04-19", VAC, ["Abduction/forced disappearance"],
   BANDITS, CIV, NG, NIGER, ["Mashegu"], 0, req=False,
   evidence="kidnapped his two wives (same raid; may be folded into the killing)")
ev("dutsinma-road-blocked", A, "2020-04-19", "2020-04-19", "2020-04-19", PRO, ["Peaceful protest"],
   PROT, [""], NG, KATSINA, ["Dutsin Ma", "Dutsin-Ma", "Dutsinma"], 0,
   evidence="On Sunday, dozens of residents of Dutsin-Ma blocked the main road to the state capital Katsina for "
            "several hours to protest against the killings, before being persuaded by local leaders to disperse")

# ---------------------------------------------------------------- Demsa (Amnesty via ReliefWeb, 2017-12-08, Fri)
A = "nigeria_demsa_reliefweb"
DEMSA = ["Demsa"]
ev("lawaru-attack", A, "2017-12-04", "2017-12-04", "2017-12-04", VAC, ["Attack"],
   FUL + UAG, CIV, NG, ADAMAWA, DEMSA, 27,
   evidence="armed men believed to be Fulani herders attacked the villages of Lawaru, Dong and Kodomti in Demsa local "
            "government area on Monday 4 December ... At least 27 people were killed in Lawaru")
ev("dong-attack", A, "2017-12-04", "2017-12-04", "2017-12-04", VAC, ["Attack"],
   FUL + UAG, CIV, NG, ADAMAWA, DEMSA, 15,
   evidence="... and 15 in Dong")
ev("kodomti-attack", A, "2017-12-04", "2017-12-04", "2017-12-04", VAC, ["Attack"],
   FUL + UAG, CIV, NG, ADAMAWA, DEMSA, 7,
   evidence="In Kodomti, residents buried seven bodies, among them two children")
ev("lawaru-air-force-rockets", A, "2017-12-04", "2017-12-04", "2017-12-04", EXP, ["Air/drone strike"],
   MIL, CIV + FUL + [""], NG, ADAMAWA, DEMSA, 1,
   evidence="As the attack on Lawaru was under way, an Alpha Jet and a helicopter of the Nigerian Air Force flew over "
            "the village and fired rockets ... at least one woman was killed by a rocket")
ev("troops-deployed-demsa", A, "2017-12-05", "2017-12-05", "2017-12-05", STR, ["Change to group/activity"],
   MIL, [""], NG, ADAMAWA, DEMSA, 0, req=False,
   evidence="On Tuesday, the army deployed additional troops from the 23 Armoured Brigade in Yola to Demsa and Numan")
ev("troops-deployed-numan", A, "2017-12-05", "2017-12-05", "2017-12-05", STR, ["Change to group/activity"],
   MIL, [""], NG, ADAMAWA, ["Numan"], 0, req=False,
   evidence="On Tuesday, the army deployed additional troops ... to Demsa and Numan (second destination)")
ev("numan-youth-roadblocks", A, "2017-12-05", "2017-12-05", "2017-12-05", PRO,
   ["Peaceful protest", "Protest with intervention"],
   PROT + ["Bachama Ethnic Militia (Nigeria)", "Militia (Nigeria)"], MIL + [""], NG, ADAMAWA, ["Numan"], 0, req=False,
   evidence="Armed youths from several communities set up roadblocks near Numan town the same day but dispersed "
            "without violence when soldiers arrived")
ev("numan-november-killings", A, "2017-11-30", "2017-11-01", "2017-11-30", VAC, ["Attack"],
   ["Bachama Ethnic Militia (Nigeria)", "Bachama Ethnic Militia", "Bachama Communal Militia (Nigeria)"] + UAG,
   CIV + ["Fulani Ethnic Group (Nigeria)"], NG, ADAMAWA, ["Numan"], None, req=False, tp=3,
   evidence="the killing of Fulani herders and their families in villages of Numan local government area by Bachama "
            "youths in November (month only, partly inside the 30-day window, no toll)")

# ---------------------------------------------------------------- Izge (Al Jazeera, 2014-02-17, Mon)
A = "nigeria_izge_aljazeera"
ev("izge-massacre", A, "2014-02-15", "2014-02-15", "2014-02-16", VAC, ["Attack"],
   BH_UAG, CIV, NG, BORNO, ["Gwoza"], 90,
   evidence="The gunmen arrived in Izge, in the Gwoza area of Borno state ... at about 8pm on Saturday ... 90 bodies "
            "had been recovered by Sunday afternoon ... the toll had risen to 106")
ev("shuwa-attack", A, "2014-02-16", "2014-02-16", "2014-02-16", VAC, ["Attack"],
   BH_UAG, CIV, NG, ADAMAWA, ["Madagali"], 9,
   evidence="On Sunday, gunmen also attacked the village of Shuwa in Madagali local government area of Adamawa state, "
            "setting fire to a Catholic church and dozens of homes and killing nine people")
ev("sambisa-air-strikes", A, "2014-02-16", "2014-02-16", "2014-02-16", EXP, ["Air/drone strike"],
   MIL, BH + [""], NG, BORNO, (), None,
   evidence="The Nigerian Air Force said its jets had bombed suspected Boko Haram camps in the Sambisa forest on "
            "Sunday ... It did not say whether there were any casualties")
ev("konduga-attack", A, "2014-02-11", "2014-02-11", "2014-02-11", VAC, ["Attack"],
   BH_UAG, CIV, NG, BORNO, ["Konduga"], 39,
   evidence="Konduga, where gunmen killed 39 people and burned a mosque and hundreds of houses last Tuesday")
ev("konduga-girls-abducted", A, "2014-02-11", "2014-02-11", "2014-02-11", VAC, ["Abduction/forced disappearance"],
   BH_UAG, CIV, NG, BORNO, ["Konduga"], 0, req=False,
   evidence="the insurgents had also abducted about 20 girls from a school in Konduga, a claim the military has not "
            "confirmed (same raid; may be folded into the attack)")

# ---------------------------------------------------------------- Jos (Channels TV, 2015-07-06, Mon)
A = "nigeria_jos_channelstv"
JOS = ["Jos North", "Jos"]
ev("yantaya-mosque-suicide-bomb", A, "2015-07-05", "2015-07-05", "2015-07-05", EXP, ["Suicide bomb"],
   BH_UAG, CIV, NG, PLATEAU, JOS, 23,
   evidence="The first blast occurred at about 8:30pm inside the Yantaya mosque ... a man wearing explosives forced "
            "his way into the crowded mosque before detonating them ... 23 people died at the mosque")
ev("shagalinku-restaurant-bomb", A, "2015-07-05", "2015-07-05", "2015-07-05", EXP, ["Remote explosive/landmine/IED"],
   BH_UAG, CIV, NG, PLATEAU, JOS, 21,
   evidence="a second explosion tore through the Shagalinku restaurant ... the device had been left in a bag near the "
            "entrance ... 21 at the restaurant")
ev("potiskum-church-suicide-bomb", A, "2015-07-05", "2015-07-05", "2015-07-05", EXP, ["Suicide bomb"],
   BH_UAG, CIV, NG, YOBE, ["Potiskum"], 5,
   evidence="Earlier on Sunday, a female suicide bomber blew herself up inside the Redeemed Christian Church of God in "
            "Potiskum ... killing five people, including the bomber")
ev("kukawa-massacre", A, "2015-07-01", "2015-07-01", "2015-07-02", VAC, ["Attack"],
   BH_UAG, CIV, NG, BORNO, ["Guzamala", "Kukawa"], 97,
   evidence="gunmen killed 97 people in Kukawa, a town near Lake Chad in Borno State, last Wednesday night")
ev("monguno-villages-attacked", A, "2015-07-02", "2015-07-02", "2015-07-02", VAC, ["Attack"],
   BH_UAG, CIV, NG, BORNO, ["Monguno"], 48,
   evidence="On Thursday, insurgents attacked three villages near Monguno, killing forty-eight people")
ev("jos-restaurant-suspect-arrested", A, "2015-07-06", "2015-07-05", "2015-07-06", STR, ["Arrests"],
   POL, [""] + UAG + BH + CIV, NG, PLATEAU, JOS, 0, req=False,
   evidence="police said a suspect had been arrested near the restaurant (not a notable person)")

# ---------------------------------------------------------------- Malam Fatori (HumAngle, 2025-03-27, Thu)
A = "nigeria_malamfatori_humangle"
ABADAM = ["Abadam"]
ev("malam-fatori-base-assault", A, "2025-03-25", "2025-03-25", "2025-03-26", BAT, ["Armed clash"],
   ISWAP + MIL, MIL + ISWAP, NG, BORNO, ABADAM, 5,
   evidence="Fighters of ISWAP attacked the military base in Malam Fatori ... late on Tuesday, using armed drones and "
            "gun trucks ... Troops of the 149 Battalion ... repelled the attack ... Five soldiers were killed")
ev("malam-fatori-drone-drops", A, "2025-03-25", "2025-03-25", "2025-03-26", EXP, ["Air/drone strike"],
   ISWAP, MIL, NG, BORNO, ABADAM, None, req=False,
   evidence="the insurgents first dropped explosives from drones on the trenches and the armoury (part of the base "
            "assault; may be folded into the clash)")
ev("lake-chad-air-strike", A, "2025-03-26", "2025-03-26", "2025-03-26", EXP, ["Air/drone strike"],
   MIL, ISWAP, NG, BORNO, (), 40,
   evidence="On Wednesday, the Nigerian Air Force said its jets had struck ISWAP fighters withdrawing towards the Lake "
            "Chad islands, killing more than 40 of them")
ev("goniri-bus-ied", A, "2025-03-23", "2025-03-23", "2025-03-23", EXP, ["Remote explosive/landmine/IED"],
   BH_UAG + ISWAP, CIV, NG, YOBE, ["Gujba"], 7,
   evidence="a roadside bomb struck a commercial bus near Goniri in Gujba LGA of neighbouring Yobe State on Sunday, "
            "killing seven passengers ... Police blamed the explosion on Boko Haram")
ev("gashua-farmers-abducted", A, "2025-03-25", "2025-03-25", "2025-03-25", VAC, ["Abduction/forced disappearance"],
   BANDITS + BH + ISWAP, CIV, NG, YOBE, ["Barde", "Bade"], 0,
   evidence="gunmen on Tuesday abducted nine farmers working on irrigation farms near Gashua, in Bade LGA")

# ---------------------------------------------------------------- Maseh (Reuters, 2012-07-09, Mon)
A = "nigeria_maseh_reuters"
ev("maseh-funeral-attack", A, "2012-07-08", "2012-07-08", "2012-07-08", VAC, ["Attack"],
   FUL + UAG, CIV, NG, PLATEAU, ["Riyom"], 20,
   evidence="A Nigerian senator and the majority leader of the Plateau state assembly were among at least 20 people "
            "killed when gunmen opened fire on a mass burial ... on Sunday ... the village of Maseh in Riyom")
ev("maseh-soldiers-clash", A, "2012-07-08", "2012-07-08", "2012-07-08", BAT, ["Armed clash"],
   MIL + ["Special Task Force (Nigeria)", "Special Task Force", "STF"] + FUL + UAG,
   FUL + UAG + MIL + ["Special Task Force (Nigeria)", "Special Task Force", "STF"], NG, PLATEAU, ["Riyom"], 2,
   evidence="soldiers deployed near the village exchanged fire with the gunmen as they withdrew and killed two of them")
ev("kakuruk-attack", A, "2012-07-07", "2012-07-07", "2012-07-07", VAC, ["Attack"],
   FUL + UAG, CIV, NG, PLATEAU, ["Barkin Ladi"], 21,
   evidence="attacks before dawn on Saturday on at least nine villages in Riyom and Barkin Ladi districts. The worst "
            "hit were Kakuruk, in Barkin Ladi, where residents counted twenty-one bodies")
ev("kuzen-attack", A, "2012-07-07", "2012-07-07", "2012-07-07", VAC, ["Attack"],
   FUL + UAG, CIV, NG, PLATEAU, ["Riyom"], 11,
   evidence="and Kuzen, in Riyom, where eleven people were killed and dozens of houses were burnt")
ev("riyom-other-villages", A, "2012-07-07", "2012-07-07", "2012-07-07", VAC, ["Attack"],
   FUL + UAG, CIV, NG, PLATEAU, ["Riyom"], None, req=False,
   evidence="the other (unnamed) villages of Saturday's raids in Riyom (toll not broken down: police 37 total, Red "
            "Cross 63)")
ev("barkin-ladi-other-villages", A, "2012-07-07", "2012-07-07", "2012-07-07", VAC, ["Attack"],
   FUL + UAG, CIV, NG, PLATEAU, ["Barkin Ladi"], None, req=False,
   evidence="the other (unnamed) villages of Saturday's raids in Barkin Ladi (toll not broken down)")
ev("jos-berom-women-march", A, "2012-07-09", "2012-07-09", "2012-07-09", PRO, ["Peaceful protest"],
   PROT + ["Berom Ethnic Group (Nigeria)"], [""] + POL, NG, PLATEAU, JOS, 0,
   evidence="On Monday morning, hundreds of Berom women dressed in black marched through Jos to the Government House "
            "... Police escorted the march, which ended peacefully")

# ---------------------------------------------------------------- Runji (Daily Trust, 2023-04-17, Mon)
A = "nigeria_runji_dailytrust"
ZK = ["Zangon Kataf", "Zango Kataf", "Zangon-Kataf"]
ev("runji-attack", A, "2023-04-15", "2023-04-15", "2023-04-16", VAC, ["Attack"],
   UAG + FUL + BANDITS[1:], CIV, NG, KADUNA, ZK, 33,
   evidence="At least 33 people were killed when gunmen attacked Runji village in the Kamuru Ikulu ward of Zangon Kataf "
            "Local Government Area of Kaduna State on Saturday night ... SOKAPU ... 38")
ev("kauru-attack-repelled", A, "2023-04-16", "2023-04-16", "2023-04-17", BAT, ["Armed clash"],
   MIL + ["Operation Safe Haven"] + BANDITS, BANDITS + FUL + MIL + ["Operation Safe Haven"], NG, KADUNA, ["Kauru"], 2,
   evidence="troops of Operation Safe Haven also repelled an attack on a village in neighbouring Kauru LGA on Sunday "
            "night, killing two of the attackers")
ev("zonkwa-women-protest", A, "2023-04-17", "2023-04-17", "2023-04-17", PRO, ["Peaceful protest"],
   PROT, [""], NG, KADUNA, ZK, 0,
   evidence="On Monday morning, hundreds of women from communities in Zangon Kataf staged a peaceful protest in Zonkwa")
ev("runji-suspects-arrested", A, "2023-04-17", "2023-04-15", "2023-04-17", STR, ["Arrests"],
   POL, [""] + UAG + FUL + CIV, NG, KADUNA, ZK, 0, req=False, tp=2,
   evidence="Police said five suspects had been arrested in connection with the Runji attack (not notable persons)")
ev("kurmin-musa-abduction", A, "2023-04-14", "2023-04-14", "2023-04-15", VAC, ["Abduction/forced disappearance"],
   BANDITS, CIV, NG, KADUNA, ["Kachia"], 0,
   evidence="in Kachia LGA, bandits on Friday night abducted 12 persons, including a pregnant woman, from Kurmin Musa "
            "village")

DROP = {
    "nigeria_benisheikh_premiumtimes": ["Premium Times Nigeria", "Home", "News", "Headlines", "Top News", "Politics",
                                        "Business", "Investigations", "Opinion", "Share this:", "Facebook",
                                        "Twitter", "WhatsApp", "Email", "RELATED NEWS",
                                        "Borno: Shettima visits IDP camps, promises resettlement",
                                        "Senate to debate extension of state of emergency",
                                        "Sign up for our newsletter",
                                        "© 2013 Premium Times Services Limited. All rights reserved."],
    "nigeria_demsa_reliefweb": ["ReliefWeb", "Informing humanitarians worldwide", "Skip to main content", "Updates",
                                "Countries", "Disasters", "Organizations", "Nigeria", "News and Press Release",
                                "Source", "Posted", "Originally published", "Origin", "View original", "Country",
                                "Themes", "Protection and Human Rights", "Share", "Related Content",
                                "Nigeria: Farmer-herder violence displaces thousands in Adamawa and Taraba",
                                "Nigeria: Humanitarian Situation Update (November 2017)"],
    "nigeria_izge_aljazeera": ["Al Jazeera", "Skip links", "Skip to Content", "News", "Africa", "Features", "Opinion",
                               "Video", "More from News", "Nigeria's Jonathan sacks military chiefs",
                               "Cameroon closes border crossings with Nigeria"],
    "nigeria_jos_channelstv": ["Channels Television", "Home", "Headlines", "Politics", "Business", "Metro", "Sports",
                               "Entertainment", "Video", "Live TV", "Share on Facebook", "Share on Twitter",
                               "Related News", "Buhari Meets Service Chiefs, Orders Relocation Of Command Centre",
                               "Borno: Troops Repel Boko Haram Attack On Maiduguri Outskirts",
                               "Download the Channels TV app",
                               "© 2015 Channels Incorporated Limited. All rights reserved."],
    "nigeria_malamfatori_humangle": ["HumAngle", "Home", "Conflict", "Humanitarian", "Development", "Investigations",
                                     "Multimedia", "About Us", "5 min read", "Subscribe to our newsletter",
                                     "Support HumAngle", "Share", "Read More",
                                     "Displaced Families In Borno Struggle As Camps Close",
                                     "How ISWAP Taxes Fishermen On Lake Chad",
                                     "© 2025 HumAngle Media. All rights reserved."],
    "nigeria_runji_dailytrust": ["Daily Trust", "Home", "News", "Politics", "Business", "Sports", "Opinion",
                                 "Editorial", "Subscribe", "Share this:", "Facebook", "Twitter", "WhatsApp",
                                 "Telegram", "Related", "Bandits kill 3, abduct 20 in Kaduna community",
                                 "Troops neutralise 4 bandits, rescue kidnap victims in Kaduna",
                                 "Copyright © 2023 Daily Trust. All rights reserved."],
}
EITHER = {
    "nigeria_benisheikh_premiumtimes": ["By Aminu Gambo, Maiduguri", "September 19, 2013"],
    "nigeria_danmusa_afp": ["ab/pma/jh"],
    "nigeria_demsa_reliefweb": ["Amnesty International", "8 Dec 2017"],
    "nigeria_izge_aljazeera": ["17 Feb 2014", "Source: Al Jazeera and agencies"],
    "nigeria_jos_channelstv": ["Updated July 6, 2015"],
    "nigeria_malamfatori_humangle": ["By Fatima Bukar", "March 27, 2025"],
    "nigeria_maseh_reuters": ["By Emeka Nwosu",
                              "(Additional reporting by Haruna Bello in Abuja; Editing by Peter Maxwell)"],
    "nigeria_runji_dailytrust": ["By Yusuf Ibrahim Idris, Kaduna", "Mon, 17 Apr 2023 5:30:12 WAT"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout212; Nigeria: jihadist, bandit and "
                             "herder/farmer violence), coded by CODEBOOK.md before the system was run (BLIND).",
               drop=DROP, either=EITHER)
