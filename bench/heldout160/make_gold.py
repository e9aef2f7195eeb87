"""Writes gold.json for the 160th held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout160/make_gold.py

Focus: Libya and Lebanon, 2014-2025 — the Tripoli airport battle of July 2014, IS taking Nofaliya (2015),
the Shebaa Farms attack and the Spanish peacekeeper's death (2015), the GNA recapture of al-Watiya (2020),
the assassination of Hanan al-Barassi (2020), the Irish peacekeeper killed in al-Aqbiya (2022), the killing
of Pascal Sleiman and the attacks on Syrians that followed (2024), and the Israeli strike that killed Hassan
Bdeir in Beirut's southern suburbs (2025).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

LY, LB, SY = "Libya", "Lebanon", "Syria"
AIR, SHELL = "Air/drone strike", "Shelling/artillery/missile attack"
REGAIN = ["Government regains territory", "Non-state actor overtakes territory"]
UAG_LY = ["Unidentified Armed Group (Libya)"]
UAG_LB = ["Unidentified Armed Group (Lebanon)"]
CIV_LY = ["Civilians (Libya)"]
CIV_LB = ["Civilians (Lebanon)"]
TRIPOLI = ["Tripoli", "Tarabulus", "Tarablus"]
BENGHAZI = ["Benghazi", "Banghazi"]
SIRTE = ["Surt", "Sirte", "Sirt"]
MONT_LIBAN = ["Mont-Liban", "Mount Lebanon", "Mont Liban"]
NABATIYE = ["Nabatiye", "Nabatieh", "Nabatîyé"]
SOUTH = ["South", "Liban-Sud", "South Lebanon"]
QUNEITRA = ["Quneitra", "Al Qunaytirah", "Al-Quneitra", "Qunaytirah"]
IL = ["Military Forces of Israel", "Israel Defense Forces", "IDF"]
HEZ = ["Hezbollah", "Hizbullah", "Hizballah"]
LNA = ["Libyan National Army", "LNA", "LNA: Libyan National Army", "Military Forces of Libya (Haftar)",
       "Military Forces of Libya (2014-) Haftar Faction", "Military Forces of Libya (Libyan National Army)",
       "Military Forces of Libya - House of Representatives", "Haftar forces", "Haftar militias",
       "Operation Dignity", "Military Forces of Libya"]
GNA = ["Government of National Accord", "GNA", "Military Forces of Libya",
       "Military Forces of Libya (Government of National Accord)",
       "Military Forces of Libya (2016-) Government of National Accord", "GNA forces", "Volcano of Rage",
       "Volcano of Rage Operation", "Operation Volcano of Rage", "Libyan army"]

# ---------------------------------------------------------------- Libya (AFP, 2014-07-14, Mon)
A = "libya_tripoli_afp"
MIS = ["Misrata Communal Militia (Libya)", "Misrata Militia", "Misratah Communal Militia (Libya)",
       "Misrata brigades", "Libya Revolutionaries Operations Room", "LROR",
       "LROR: Libya Revolutionaries Operations Room", "Operations Room of Libya's Revolutionaries",
       "Operations Room of Libya Revolutionaries", "Libya Dawn", "Operation Dawn", "Islamist militias",
       "Unidentified Armed Group (Libya)"]
ZIN = ["Zintan Communal Militia (Libya)", "Zintan Militia", "Zintan brigades", "Zintani brigades",
       "Al-Qaaqaa Brigade", "Al Qaqaa Brigade", "Qaqaa Brigade", "Al-Qaaqaa", "Al-Sawaiq Brigade",
       "Sawaiq Brigade", "Al-Sawaiq"]
ev("tripoli-airport-battle-sun", A, "2014-07-13", "2014-07-13", "2014-07-13", BAT, ["Armed clash"], MIS + ZIN,
   ZIN + MIS, LY, TRIPOLI, (), 6,
   evidence="Islamist-led militias and brigades from ... Misrata launched an assault on the compound, which has "
            "been held by fighters from ... Zintan ... six people were killed and 25 wounded in Sunday's fighting")
ev("tripoli-airport-battle-mon", A, "2014-07-14", "2014-07-14", "2014-07-14", BAT, ["Armed clash"], MIS + ZIN,
   ZIN + MIS, LY, TRIPOLI, (), 1,
   evidence="Fighting resumed at dawn on Monday around the airport ... one Zintani fighter was killed in the "
            "fighting near the terminal")
ev("tripoli-airport-grad-rockets", A, "2014-07-13", "2014-07-13", "2014-07-13", EXP, [SHELL], MIS, ZIN + [""],
   LY, TRIPOLI, (), 0, req=False,
   evidence="The attackers fired Grad rockets at the airport on Sunday, hitting at least seven aircraft ... the "
            "control tower and a fuel depot (part of the assault; a separate sub-event type by rule 1)")
ev("benghazi-hawari-officer-shot", A, "2014-07-13", "2014-07-13", "2014-07-13", VAC, ["Attack"],
   UAG_LY + ["Ansar al-Sharia", "Ansar al Sharia"], ["Military Forces of Libya", "Air Force of Libya"] + CIV_LY,
   LY, BENGHAZI, (), 1,
   evidence="a Libyan air force officer was shot dead outside his home in the Hawari district of Benghazi on Sunday")

# ---------------------------------------------------------------- Lebanon (The Daily Star, 2015-01-29, Thu)
A = "lebanon_ghajar_dailystar"
UNIFIL = ["UNIFIL", "United Nations Interim Force in Lebanon", "United Nations", "Military Forces of Spain",
          "UNIFIL: United Nations Interim Force in Lebanon"]
ev("shebaa-farms-convoy-missiles", A, "2015-01-28", "2015-01-28", "2015-01-28", EXP, [SHELL], HEZ, IL,
   [LB, "Israel"], NABATIYE + [""], ["Hasbaya", "Hasbaiya", "Hasbaïya"], 2,
   evidence="Hezbollah fighters killed two Israeli soldiers in a missile attack on a military convoy in the occupied "
            "Shebaa Farms Wednesday ... anti-tank missiles")
ev("ghajar-shelling-peacekeeper-killed", A, "2015-01-28", "2015-01-28", "2015-01-28", EXP, [SHELL], IL,
   UNIFIL + HEZ + CIV_LB + [""], LB, NABATIYE, ["Marjayoun", "Marjeyoun", "Marjayoun District"], 1,
   evidence="Israeli artillery began pounding ... the area around the border village of Ghajar ... A Spanish "
            "corporal ... was killed when a shell struck near his position at a UNIFIL observation post close to Ghajar")
ev("kfarchouba-shelling", A, "2015-01-28", "2015-01-28", "2015-01-28", EXP, [SHELL], IL, HEZ + CIV_LB + [""], LB,
   NABATIYE, ["Hasbaya", "Hasbaiya", "Hasbaïya"], 0,
   evidence="Israeli artillery began pounding the outskirts of Kfarchouba ... more than 50 shells")
ev("lebanese-army-border-deployment", A, "2015-01-28", "2015-01-28", "2015-01-28", STR,
   ["Change to group/activity"], ["Military Forces of Lebanon"], [""], LB, NABATIYE + SOUTH + [""], (), 0,
   req=False, evidence="the Lebanese Army had deployed additional units along the border in the afternoon")
ev("golan-rockets-from-syria", A, "2015-01-27", "2015-01-27", "2015-01-27", EXP, [SHELL],
   ["Unidentified Armed Group (Syria)", "Military Forces of Syria"] + HEZ, IL + [""], [SY, "Israel"],
   QUNEITRA + [""], (), 0, req=False,
   evidence="two rockets fired from the Syrian side struck the Israeli-occupied Golan Heights near Mount Hermon "
            "without causing casualties (Golan: Syria or Israel)")
ev("quneitra-israeli-strike-syrian-artillery", A, "2015-01-27", "2015-01-27", "2015-01-28", EXP, [AIR, SHELL],
   IL, ["Military Forces of Syria"], SY, QUNEITRA, (), None,
   evidence="The Israeli army said it had struck Syrian army artillery positions in Quneitra province in response "
            "late Tuesday. There was no word on casualties")
ev("mazraat-amal-helicopter-strike", A, "2015-01-18", "2015-01-18", "2015-01-18", EXP, [AIR], IL,
   HEZ + ["Military Forces of Iran", "Islamic Revolutionary Guard Corps"], SY, QUNEITRA, (), 7,
   evidence="an Israeli helicopter strike on January 18 near the village of Mazraat Amal in Syria's Quneitra province "
            "that killed six Hezbollah members ... as well as an Iranian Revolutionary Guard general (6 + 1)")

# ---------------------------------------------------------------- Libya (Libya Herald, 2015-02-10, Tue)
A = "libya_nawfaliya_libyaherald"
IS_LY = ["Islamic State", "ISIS", "ISIL", "Islamic State (Libya)", "Wilayat Tarabulus",
         "Islamic State - Tripoli Province", "IS"]
SHURA = ["Benghazi Revolutionaries Shura Council", "Shura Council of Benghazi Revolutionaries", "BRSC",
         "Majlis Shura Thuwar Benghazi", "Ansar al-Sharia"]
ARMY_LY = ["Military Forces of Libya", "Libyan National Army", "LNA", "Saiqa", "Saiqa Special Forces",
           "Operation Dignity", "Military Forces of Libya (2014-) House of Representatives"]
ev("nofaliya-taken-by-is", A, "2015-02-09", "2015-02-09", "2015-02-09", BAT, ["Non-state actor overtakes territory"],
   IS_LY, ["", "Nawfaliya Communal Militia (Libya)", "Nofaliya Communal Militia (Libya)",
           "Unidentified Armed Group (Libya)", "Military Forces of Libya", "Libya Dawn"], LY, SIRTE, (), 0,
   evidence="Militants claiming allegiance to ... Islamic State (IS) took control of the small town of Nofaliya ... "
            "yesterday ... There was no fighting. The town's local brigade ... is said to have withdrawn")
ev("mabruk-oilfield-attack", A, "2015-02-03", "2015-02-03", "2015-02-03", BAT,
   ["Armed clash", "Non-state actor overtakes territory"], IS_LY + UAG_LY,
   ["Petroleum Facilities Guard", "PFG", "Military Forces of Libya", "Petroleum Facilities Guard (Libya)"], LY,
   SIRTE + ["Al Jufrah", "Jufra"], (), 9,
   evidence="last Tuesday's attack on the Mabruk oilfield, some 170 kilometres south of Sirte ... Gunmen ... overran "
            "the field, killing at least nine guards ... before withdrawing ... hospital ... toll at twelve (could not "
            "be confirmed) -> lowest specific 9; taken and left the same day = clash")
ev("benghazi-gwarsha-clash", A, "2015-02-09", "2015-02-09", "2015-02-09", BAT, ["Armed clash"], ARMY_LY + SHURA,
   SHURA + ARMY_LY, LY, BENGHAZI, (), 3,
   evidence="three soldiers were killed and eleven wounded yesterday in fighting with militants of the Benghazi "
            "Revolutionaries Shura Council in the Gwarsha area ... several militants had also been killed, but gave "
            "no figure")
ev("corinthia-hotel-attack-undated", A, "2015-02-10", "2015-01-11", "2015-02-10", VAC, ["Attack", "Suicide bomb"],
   IS_LY, CIV_LY + ["Civilians (International)", ""], LY, TRIPOLI, (), None, req=False, tp=3,
   evidence="claiming responsibility for the attack on the Corinthia Hotel in Tripoli (no date or toll in the text)")

# ---------------------------------------------------------------- Libya (Anadolu, 2020-05-18, Mon)
A = "libya_watiya_anadolu"
NUQAT = ["An Nuqat al Khams", "Nuqat al Khams", "An Nuqat al-Khams", "Al Nuqat Al Khams"]
ev("watiya-airbase-recaptured", A, "2020-05-18", "2020-05-18", "2020-05-18", BAT, REGAIN, GNA, LNA + [""], LY,
   NUQAT, (), None,
   evidence="The Libyan army on Monday recaptured the strategic Al-Watiya airbase ... entered the base after "
            "Haftar's militias fled ... He gave no figure for casualties")
ev("watiya-pantsir-drone-strike", A, "2020-05-17", "2020-05-17", "2020-05-17", EXP, [AIR],
   GNA + ["Military Forces of Turkey"], LNA + ["Wagner Group", ""], LY, NUQAT, (), None,
   evidence="On Sunday, GNA drones struck another Pantsir system inside the base, destroying it along with its crew's "
            "vehicle")
ev("tarhuna-convoy-drone-strike", A, "2020-05-18", "2020-05-18", "2020-05-18", EXP, [AIR],
   GNA + ["Military Forces of Turkey"], LNA, LY, ["Al Marqab", "Murqub", "Al Murqub", "Al-Marqab"], (), None,
   evidence="the army's drones on Monday targeted a convoy of four vehicles ... on the road south of Tarhuna ... "
            "killing 'a number' of militants")
ev("hadaba-shelling", A, "2020-05-17", "2020-05-17", "2020-05-18", EXP, [SHELL], LNA, CIV_LY, LY, TRIPOLI, (), 0,
   evidence="Haftar's militias ... shelled the Al-Hadaba neighborhood in southern Tripoli late Sunday, wounding three "
            "civilians including a child")
ev("tripoli-university-grads", A, "2020-05-17", "2020-05-17", "2020-05-18", EXP, [SHELL], LNA, CIV_LY + [""], LY,
   TRIPOLI, (), 0, req=False,
   evidence="Several Grad rockets also fell near the Tripoli University campus, causing damage but no casualties "
            "(same night, another named place in Tripoli; a coder may fold it into the Hadaba row)")

# ---------------------------------------------------------------- Libya (The Libya Observer, 2020-11-11, Wed)
A = "libya_benghazi_libyaobserver"
ev("barassi-assassinated", A, "2020-11-10", "2020-11-10", "2020-11-10", VAC, ["Attack"], UAG_LY + LNA,
   CIV_LY + ["Lawyers (Libya)", "Women (Libya)"], LY, BENGHAZI, (), 1,
   evidence="Hanan Al-Barassi was shot dead in broad daylight on Tuesday in ... Benghazi ... Unidentified masked "
            "gunmen intercepted Al-Barassi's car on the city's 20th Street")
ev("ghadames-jmc-agreement", A, "2020-11-08", "2020-11-02", "2020-11-08", STR, ["Agreement"],
   GNA + LNA + ["5+5 Joint Military Commission", "Joint Military Commission"],
   GNA + LNA + ["5+5 Joint Military Commission", "Joint Military Commission", ""], LY,
   ["Nalut", "Ghadamis", "Ghadames", ""], (), 0, req=False, tp=2,
   evidence="Last week, the 5+5 Joint Military Commission ... agreed at a meeting in Ghadames on the formation of a "
            "sub-committee to supervise the withdrawal of forces")
ev("geneva-ceasefire", A, "2020-10-23", "2020-10-23", "2020-10-23", STR, ["Agreement"],
   GNA + LNA + ["5+5 Joint Military Commission", "Joint Military Commission"],
   GNA + LNA + ["5+5 Joint Military Commission", "Joint Military Commission", ""], LY, [""], (), 0, req=False,
   evidence="the ceasefire signed in Geneva on October 23 (19 days before; signed outside the gazetteer's countries, "
            "so only a country-level row)")

# ---------------------------------------------------------------- Lebanon (The Irish Times, 2022-12-15, Thu)
A = "lebanon_aqbiya_irishtimes"
UNIFIL_IE = ["UNIFIL", "United Nations Interim Force in Lebanon", "United Nations", "Military Forces of Ireland",
             "Irish Defence Forces", "UNIFIL: United Nations Interim Force in Lebanon"]
AQBIYA_A2 = ["Saida", "Sidon", "Zahrani", "Sour", "Tyre"]
ev("aqbiya-unifil-convoy-fired-on", A, "2022-12-14", "2022-12-14", "2022-12-15", BAT, ["Armed clash"],
   UAG_LB + ["Rioters (Lebanon)", "Hezbollah", "Hizbullah"], UNIFIL_IE, LB, SOUTH, AQBIYA_A2, 1,
   evidence="the armoured vehicle ... was hit by gunfire and crashed late on Wednesday night in Al-Aqbiya ... "
            "surrounded by a group of local people, some of them armed, and shots were fired ... Our soldiers did not fire")
ev("aqbiya-crowd-mob-violence", A, "2022-12-14", "2022-12-14", "2022-12-15", RIO, ["Mob violence"],
   ["Rioters (Lebanon)"] + UAG_LB, UNIFIL_IE, LB, SOUTH, AQBIYA_A2, 1, req=False,
   evidence="an angry crowd surrounded the vehicle (the same incident seen as mob violence)")

# ---------------------------------------------------------------- Lebanon (L'Orient Today, 2024-04-09, Tue)
A = "lebanon_jbeil_lorienttoday"
LF = ["Lebanese Forces", "LF", "Lebanese Forces Party"]
SYRIANS = ["Civilians (Syria)", "Refugees/IDPs (Syria)", "Migrants (Syria)", "Refugees (Syria)",
           "Civilians (Lebanon)", "Syrian refugees"]
JBEIL = ["Jbeil", "Jbail", "Byblos", ""]  # gazetteer: Jbeil -> Mont-Liban / Byblos with no admin2
ev("sleiman-abducted-killed", A, "2024-04-07", "2024-04-07", "2024-04-07", VAC,
   ["Abduction/forced disappearance", "Attack"],
   UAG_LB + ["Unidentified Armed Group (Syria)", "Syrian gang"], CIV_LB + LF, LB, MONT_LIBAN + ["Keserwan-Jbeil"],
   JBEIL, 1,
   evidence="Sleiman ... was kidnapped on Sunday afternoon ... His car was intercepted by several men on the road "
            "between Lehfed and Mayfouq ... the army said Sleiman had been killed by members of a Syrian gang")
ev("jbeil-roadblock-protest", A, "2024-04-07", "2024-04-07", "2024-04-08", PRO, ["Peaceful protest"],
   ["Protesters (Lebanon)"] + LF, [""], LB, MONT_LIBAN + ["Keserwan-Jbeil"], JBEIL, 0,
   evidence="As news of the abduction spread on Sunday night, LF supporters blocked several roads in Jbeil with "
            "burning tyres and cars ... demanding that the authorities find Sleiman. The roads were reopened after midnight")
ev("jbeil-attacks-on-syrians", A, "2024-04-08", "2024-04-08", "2024-04-08", RIO, ["Mob violence"],
   ["Rioters (Lebanon)"] + LF, SYRIANS, LB, MONT_LIBAN + ["Keserwan-Jbeil"], JBEIL, 0,
   evidence="on Monday evening ... In Jbeil, young men on motorcycles roamed the streets, beating Syrian workers and "
            "smashing the windows of shops run by Syrians")
ev("bourj-hammoud-attacks-on-syrians", A, "2024-04-08", "2024-04-08", "2024-04-09", RIO, ["Mob violence"],
   ["Rioters (Lebanon)"] + LF, SYRIANS, LB, MONT_LIBAN + ["Beyrouth", "Beirut"],
   (), 0,
   evidence="Later that night in Bourj Hammoud, a group of men attacked Syrians ... and set fire to at least two "
            "motorcycles belonging to Syrian delivery workers")
ev("army-arrests-gang", A, "2024-04-08", "2024-04-08", "2024-04-08", STR, ["Arrests"], ["Military Forces of Lebanon"],
   UAG_LB + ["Unidentified Armed Group (Syria)", "Civilians (Syria)", ""], LB, [""] + MONT_LIBAN, (), 0, req=False,
   evidence="The army said it had arrested 'most members' of the gang ... in raids in several areas (suspects, not "
            "notables; no place)")

# ---------------------------------------------------------------- Lebanon (AP, 2025-04-01, Tue)
A = "lebanon_dahiyeh_ap"
ev("dahiyeh-bdeir-strike", A, "2025-04-01", "2025-04-01", "2025-04-01", EXP, [AIR], IL,
   HEZ + CIV_LB + ["Military Forces of Iran", "Islamic Revolutionary Guard Corps"], LB,
   MONT_LIBAN + ["Beyrouth", "Beirut"], (), 4,
   evidence="An Israeli airstrike hit a building in Beirut's southern suburbs before dawn Tuesday, killing four "
            "people including a Hezbollah official ... Hassan Bdeir")
ev("hadath-strike-friday", A, "2025-03-28", "2025-03-28", "2025-03-28", EXP, [AIR], IL, HEZ + CIV_LB + [""], LB,
   MONT_LIBAN + ["Beyrouth", "Beirut"], ["Baabda"], 0,
   evidence="Last Friday, the Israeli military struck a building in the Hadath neighborhood of the southern suburbs "
            "... No one was killed")
ev("kiryat-shmona-rockets", A, "2025-03-28", "2025-03-28", "2025-03-28", EXP, [SHELL], UAG_LB + HEZ,
   IL + ["Civilians (Israel)", ""], ["Israel", LB], ["", "Nabatiye", "Nabatieh", "South"], (), 0, req=False,
   evidence="two rockets were fired from southern Lebanon toward ... Kiryat Shmona. One was intercepted and the other "
            "fell inside Lebanese territory (Hezbollah denied involvement)")
ev("lebanon-since-truce-aggregate", A, "2025-04-01", "2024-11-27", "2025-04-01", EXP, [AIR], IL,
   HEZ + CIV_LB + [""], LB, [""], (), 80, req=False, tp=3,
   evidence="Since the truce took effect, Israeli strikes have killed more than 80 people across Lebanon (a 4-month "
            "aggregate, mostly older than 30 days)")

DROP = {
    "libya_tripoli_afp": ["© 2014 AFP"],
    "lebanon_ghajar_dailystar": ["The Daily Star", "Home", "Lebanon News", "Middle East", "Business", "Opinion",
                                 "Culture", "Sports", "Facebook", "Twitter", "Google+", "Email", "Print",
                                 "Read more:", "Hezbollah vows response to Quneitra strike",
                                 "Israel deploys Iron Dome batteries in north after Quneitra attack",
                                 "UNIFIL chief meets Army commander over border tension",
                                 "Copyrights 2015, The Daily Star - All Rights Reserved"],
    "libya_nawfaliya_libyaherald": ["Libya Herald", "Home", "Libya", "Business", "Politics", "Security",
                                    "Oil and Gas", "Opinion", "Share this:", "Facebook", "Twitter", "LinkedIn",
                                    "Related", "IS claims responsibility for Corinthia Hotel attack",
                                    "PFG: Oil Crescent terminals remain closed", "© Libya Herald 2015"],
    "libya_watiya_anadolu": ["Anadolu Agency", "Türkiye", "World", "Middle East", "Africa", "Politics", "Economy",
                             "Energy", "Analysis",
                             "Anadolu Agency website contains only a portion of the news stories offered to "
                             "subscribers in the AA News Broadcasting System (HAS), and in summarized form. Please "
                             "contact us for subscription options.",
                             "Related news", "Libyan army destroys Pantsir air defense system near Tarhuna",
                             "Haftar militias shell residential areas in Tripoli",
                             "Turkey slams UAE-backed Haftar attacks on Tripoli"],
    "libya_benghazi_libyaobserver": ["The Libya Observer", "Home", "Libya", "Politics", "Economy", "Society",
                                     "Interviews", "Opinion", "Search", "Related Articles",
                                     "Haftar's forces accused of blocking return of displaced families to Benghazi",
                                     "UNSMIL welcomes progress of Joint Military Commission in Ghadames", "Share",
                                     "Facebook", "Twitter", "WhatsApp",
                                     "All rights reserved © 2020 The Libya Observer"],
    "lebanon_aqbiya_irishtimes": ["The Irish Times", "Subscribe", "Sign In", "News", "Sport", "Business", "Opinion",
                                  "Life & Style", "Culture", "Podcasts",
                                  "Sign up for push alerts and have the best news, analysis and comment delivered "
                                  "directly to your phone",
                                  "Lebanon", "Defence Forces", "Unifil", "© 2022 The Irish Times DAC"],
    "lebanon_jbeil_lorienttoday": ["L'Orient Today", "Lebanon", "Middle East", "Business", "Culture", "Opinion",
                                   "Podcasts", "Subscribe", "Log in", "Share", "Read more",
                                   "Who was Pascal Sleiman, the LF official killed in Jbeil?",
                                   "Mawlawi calls for \"reducing\" the number of Syrians in Lebanon",
                                   "In Bourj Hammoud, Syrian workers live in fear",
                                   "Copyright © 2024 L'Orient Today. All rights reserved."],
}
EITHER = {
    "libya_tripoli_afp": ["ao-kat/hc/tp"],
    "lebanon_ghajar_dailystar": ["Mohammed Zaatari, Hasan Lakkis", "Jan. 29, 2015 | 12:13 AM"],
    "libya_nawfaliya_libyaherald": ["By Libya Herald reporter.", "Tripoli, 10 February 2015:"],
    "libya_watiya_anadolu": ["Walid Abdullah", "18.05.2020", "TRIPOLI"],
    "libya_benghazi_libyaobserver": ["Abdulkader Assad", "Wednesday, 11 November 2020 12:40"],
    "lebanon_aqbiya_irishtimes": ["Jack Power, Conor Gallagher", "Thu Dec 15 2022 - 08:45"],
    "lebanon_jbeil_lorienttoday": ["By L'Orient Today staff", "09 April 2024 11:30"],
    "lebanon_dahiyeh_ap": ["By BASSEM MROUE and KAREEM CHEHAYEB", "Updated 9:52 AM GMT, April 1, 2025", "___",
                           "Associated Press writer Abby Sewell in Beirut contributed to this report."],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout160; Libya and Lebanon 2014-2025), coded "
                             "by CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
