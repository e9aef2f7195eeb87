"""Writes gold.json for the 241st held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 33).

    python bench/heldout241/make_gold.py

Focus: Pakistan 2010-2024 — TTP attacks on the army, air force and police in Khyber Pakhtunkhwa and the former
tribal areas (Badaber, Rajgal/Khyber-4, Peshawar, Quetta, Tank), Baloch separatist attacks in Balochistan (Harnai,
Dukki, Panjgur, the Karachi airport convoy), sectarian bombings and riots (the Quetta Quds Day rally, Karbala Gamay
Shah, the Mardan Ahmadi mosque, Raja Bazaar and its aftermath in Multan and Chishtian), a military operation
(Khyber-4) and PTI/TLP/BYC protests with police crackdowns and arrests of notable politicians.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

PK = "Pakistan"
MIL = ["Military Forces of Pakistan", "Pakistan Army", "Pakistani Army", "Frontier Corps", "Pakistan Air Force"]
POL = ["Police Forces of Pakistan", "Pakistan Police", "Punjab Police", "Islamabad Police", "Balochistan Police",
       "Khyber Pakhtunkhwa Police"]
STATE = MIL + POL
TTP = ["Tehreek-i-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", "Tehreek-e-Taliban Pakistan",
       "Tehrik-e-Taliban Pakistan", "TTP", "Pakistani Taliban", "Taliban", "Tehrik-i-Taliban Pakistan (TTP)"]
UAG = ["Unidentified Armed Group (Pakistan)"]
LEJ = ["Lashkar-e-Jhangvi", "LeJ", "Lashkar-e-Jhangvi al-Alami"]
LEI = ["Lashkar-e-Islam", "Lashkar-i-Islam", "LeI"]
IS = ["Islamic State", "IS", "ISIS", "Islamic State Khorasan Province", "ISKP", "Daesh"]
BLA = ["Baloch Liberation Army", "BLA", "Baloch Liberation Army (BLA)", "Balochistan Liberation Army"]
BAL_SEP = BLA + ["Balochistan Liberation Front", "BLF", "Baloch Republican Army", "BRA",
                 "Baloch Separatists", "Baloch Raaji Aajoi Sangar", "BRAS"]
CIV = ["Civilians (Pakistan)"]
PROT = ["Protesters (Pakistan)"]
RIOT = ["Rioters (Pakistan)"]
SHIA = ["Shia Muslim Group (Pakistan)"]
SUNNI = ["Sunni Muslim Group (Pakistan)"]
AHMADI = ["Ahmadiyya Muslim Group (Pakistan)", "Ahmadi Muslim Group (Pakistan)", "Ahmadi Group (Pakistan)"]
ASWJ = ["Ahle Sunnat Wal Jamaat", "ASWJ", "Ahl-e-Sunnat Wal Jamaat", "Ahle Sunnat Wal Jamaat (ASWJ)"]
PTI = ["Pakistan Tehreek-e-Insaf", "PTI", "Pakistan Tehreek-i-Insaf", "Pakistan Tehrik-e-Insaf",
       "Pakistan Tehreek-e-Insaf (PTI)", "Pakistan Tehrik-i-Insaf"]
TLP = ["Tehreek-e-Labbaik Pakistan", "TLP", "Tehreek-i-Labbaik Pakistan", "Tehrik-e-Labbaik Pakistan",
       "Tehreek-e-Labbaik Pakistan (TLP)", "Tehrik-i-Labbaik Pakistan"]
BYC = ["Baloch Yakjehti Committee", "BYC", "Baloch Yakjehti Committee (BYC)", "Baloch Yekjehti Committee"]

KP = ["Khyber Pakhtunkhwa", "Khyber-Pakhtunkhwa", "KP", "North-West Frontier Province", "NWFP"]
FATA = KP + ["Federally Administered Tribal Areas", "FATA"]
BAL = ["Balochistan", "Baluchistan"]
PUN = ["Punjab"]
SIND = ["Sind", "Sindh"]
ISB = ["Islamabad", "Islamabad Capital Territory", "Federal Capital Territory"]
KHYBER = ["Khyber Agency", "Khyber", "Khyber District"]
PESH = ["Peshawar"]
QUETTA = ["Quetta"]

# ---------------------------------------------------------------- Quetta (Dawn, 2010-09-04, Sat)
A = "pakistan_quetta_dawn"
ev("quetta-quds-rally-suicide-bombing", A, "2010-09-03", "2010-09-03", "2010-09-03", EXP, ["Suicide bomb"],
   TTP + UAG + LEJ, CIV + PROT + SHIA, PK, BAL, QUETTA, 54,
   evidence="At least 54 people were killed ... on Friday when a suicide bomber blew himself up among participants of "
            "an Al-Quds Day rally ... near Meezan Chowk ... Doctors ... put the toll at 61 (police 54 is the lowest "
            "specific figure); TTP spokesman claimed it")
ev("quetta-jinnah-road-arson", A, "2010-09-03", "2010-09-03", "2010-09-03", RIO,
   ["Violent demonstration", "Mob violence"], RIOT + PROT + SHIA, POL + [""], PK, BAL, QUETTA, None,
   evidence="enraged participants set fire to dozens of shops, two banks and several vehicles on Jinnah Road and in "
            "Liaquat Bazaar and pelted policemen with stones. Police fired tear gas shells (no separate toll)")
ev("quetta-fc-deployed", A, "2010-09-03", "2010-09-03", "2010-09-03", STR, ["Change to group/activity"],
   MIL, [""] + RIOT, PK, BAL, QUETTA, 0, req=False,
   evidence="Heavy contingents of the Frontier Corps were called in and took over the patrolling of the city late in "
            "the evening (deployment; may be folded into the riot)")
ev("lahore-karbala-gamay-shah-bombings", A, "2010-09-01", "2010-09-01", "2010-09-01", EXP, ["Suicide bomb"],
   TTP + UAG + LEJ, CIV + SHIA + PROT, PK, PUN, ["Lahore"], 35,
   evidence="three suicide bombers struck a procession of mourners ... near Karbala Gamay Shah in Lahore on Wednesday "
            "evening, killing at least 35 people (3 days before publication: inside the window)")
ev("lahore-bhati-gate-police-post-torched", A, "2010-09-01", "2010-09-01", "2010-09-02", RIO,
   ["Violent demonstration", "Mob violence"], RIOT + PROT + SHIA, POL + [""], PK, PUN, ["Lahore"], None,
   evidence="Later that night, angry mourners torched a police post near Bhati Gate and several motorcycles")
ev("mardan-ahmadi-mosque-suicide-bombing", A, "2010-09-03", "2010-09-03", "2010-09-03", EXP, ["Suicide bomb"],
   UAG + TTP, CIV + AHMADI, PK, KP, ["Mardan"], 2,
   evidence="a suicide bomber tried to force his way into a worship place of the Ahmadi community in Mardan ... "
            "detonated his explosives, killing himself and the guard")
ev("karachi-shia-protest", A, "2010-09-03", "2010-09-03", "2010-09-04", PRO, ["Peaceful protest"],
   PROT + SHIA, [""], PK, SIND, (), 0,
   evidence="In Karachi, hundreds of activists of Shia organisations blocked M.A. Jinnah Road for nearly three hours on "
            "Friday night ... They dispersed peacefully")

# ---------------------------------------------------------------- Rawalpindi (Express Tribune, 2013-11-17, Sun)
A = "pakistan_rawalpindi_tribune"
SECT_RIOT = RIOT + SHIA + SUNNI + PROT
ev("raja-bazaar-ashura-clash", A, "2013-11-15", "2013-11-15", "2013-11-15", RIO,
   ["Mob violence", "Violent demonstration"], SECT_RIOT, SECT_RIOT + CIV + [""], PK, PUN, ["Rawalpindi"], 9,
   evidence="Friday's deadly clash between participants of an Ashura procession and students of a seminary in Raja "
            "Bazaar ... Officials put the death toll at nine ... hospital said ten bodies")
ev("raja-bazaar-seminary-market-burned", A, "2013-11-15", "2013-11-15", "2013-11-15", STR,
   ["Looting/property destruction"], SECT_RIOT + UAG, CIV + SUNNI + [""], PK, PUN, ["Rawalpindi"], None, req=False,
   evidence="The seminary, the adjoining mosque and Madina Market ... were set ablaze (part of the clash)")
ev("rawalpindi-army-called-in-curfew", A, "2013-11-15", "2013-11-15", "2013-11-16", STR, ["Change to group/activity"],
   MIL + ["Pakistan Rangers", "Rangers"], [""] + RIOT, PK, PUN, ["Rawalpindi"], 0,
   evidence="imposed a curfew on the city ... on Friday evening and called in the army. Soldiers backed by Rangers took "
            "control of Raja Bazaar, Fawara Chowk and Liaquat Bagh overnight")
ev("multan-chowk-shaheedan-clash", A, "2013-11-16", "2013-11-16", "2013-11-16", RIO,
   ["Mob violence", "Violent demonstration"], SECT_RIOT, SECT_RIOT + POL + CIV + [""], PK, PUN, ["Multan"], 0,
   evidence="In Multan, a clash between two groups near Chowk Shaheedan left at least five people injured, and the mob "
            "set fire to several shops and motorcycles before the police fired tear gas")
ev("chishtian-seminary-torched", A, "2013-11-16", "2013-11-16", "2013-11-17", RIO,
   ["Mob violence", "Violent demonstration"], SECT_RIOT, CIV + SUNNI + [""], PK, PUN, ["Bahawalnagar"], 0,
   evidence="Late on Saturday, a mob set fire to a seminary and a dozen shops in Chishtian, a town in Bahawalnagar "
            "district ... No casualties were reported")
ev("chishtian-seminary-torched-as-destruction", A, "2013-11-16", "2013-11-16", "2013-11-17", STR,
   ["Looting/property destruction"], SECT_RIOT + UAG, CIV + SUNNI + [""], PK, PUN, ["Bahawalnagar"], 0, req=False,
   evidence="the Chishtian arson coded as property destruction instead of mob violence")
ev("karachi-aswj-protest", A, "2013-11-16", "2013-11-16", "2013-11-16", PRO, ["Peaceful protest"],
   PROT + ASWJ + SUNNI, [""], PK, SIND, (), 0,
   evidence="In Karachi, thousands of ASWJ supporters gathered outside the Karachi Press Club on Saturday afternoon ... "
            "The protest ended peacefully")

# ---------------------------------------------------------------- Badaber (AFP, 2015-09-18, Fri)
A = "pakistan_badaber_afp"
ev("badaber-paf-camp-assault", A, "2015-09-18", "2015-09-18", "2015-09-18", BAT, ["Armed clash"],
   TTP, MIL, PK, KP, PESH + [""], 42,
   evidence="Pakistani Taliban gunmen ... stormed an air force camp on the outskirts of ... Peshawar early Friday, "
            "killing 29 people ... before troops killed all 13 attackers (29 + 13 = 42; TTP claimed 'more than 50')")
ev("badaber-mosque-worshippers-killed", A, "2015-09-18", "2015-09-18", "2015-09-18", VAC, ["Attack"],
   TTP, CIV + MIL, PK, KP, PESH + [""], None, req=False,
   evidence="'They killed 16 of our men in cold blood as they were offering the dawn prayer' (same assault seen as "
            "an attack on worshippers)")
ev("tirah-air-strikes", A, "2015-09-17", "2015-09-17", "2015-09-17", EXP, ["Air/drone strike"],
   MIL, TTP + LEI + UAG + [""], PK, FATA, KHYBER, 18,
   evidence="fighter jets pounded militant hideouts in the Tirah valley of the Khyber tribal district on Thursday, "
            "killing 18 suspected militants")
ev("mathra-police-van-ied", A, "2015-09-15", "2015-09-15", "2015-09-15", EXP, ["Remote explosive/landmine/IED"],
   UAG + TTP, POL, PK, KP, PESH, 2,
   evidence="On Tuesday, a remote-controlled bomb struck a police van in the Mathra area on the outskirts of Peshawar, "
            "killing two policemen")

# ---------------------------------------------------------------- Rajgal (The News, 2017-07-18, Tue)
A = "pakistan_rajgal_thenews"
MILITANTS_KH = TTP + LEI + IS + UAG
ev("khyber-4-launched", A, "2017-07-16", "2017-07-15", "2017-07-16", STR, ["Change to group/activity"],
   MIL, MILITANTS_KH + [""], PK, FATA, KHYBER, 0,
   evidence="announced ... on Sunday that Operation Khyber-4 had been launched in Rajgal ... troops ... airlifted to "
            "heights overlooking the valley")
ev("rajgal-air-strikes", A, "2017-07-17", "2017-07-16", "2017-07-17", EXP, ["Air/drone strike"],
   MIL, MILITANTS_KH + [""], PK, FATA, KHYBER, 13, tp=2,
   evidence="jet fighters and helicopter gunships pounded suspected hideouts on Sunday and Monday ... 13 militants "
            "... had died in the strikes")
ev("rajgal-air-strikes-sunday", A, "2017-07-16", "2017-07-16", "2017-07-16", EXP, ["Air/drone strike"],
   MIL, MILITANTS_KH + [""], PK, FATA, KHYBER, None, req=False,
   evidence="the strikes split into a Sunday row (the 13 dead are not split by day)")
ev("rajgal-post-attack-soldier-killed", A, "2017-07-17", "2017-07-17", "2017-07-17", BAT, ["Armed clash"],
   MILITANTS_KH, MIL, PK, FATA, KHYBER, 1,
   evidence="a soldier was martyred and two others were injured when militants fired on a forward post on Monday ... "
            "The troops returned fire")
ev("quetta-sp-mubarak-shah-killed", A, "2017-07-13", "2017-07-13", "2017-07-13", BAT, ["Armed clash"],
   TTP + UAG, POL, PK, BAL, QUETTA, 4,
   evidence="Superintendent of Police Mubarak Shah and three of his guards were martyred on Thursday when gunmen ... "
            "opened fire on their vehicle on the Quetta-Kuchlak road ... TTP claimed responsibility")
ev("quetta-sp-mubarak-shah-killed-as-attack", A, "2017-07-13", "2017-07-13", "2017-07-13", VAC, ["Attack"],
   TTP + UAG, POL + CIV, PK, BAL, QUETTA, 4, req=False,
   evidence="the ambush on the police officer coded as an attack")
ev("pishtakhara-checkpoint-policemen-shot", A, "2017-07-15", "2017-07-15", "2017-07-16", BAT, ["Armed clash"],
   UAG + TTP, POL, PK, KP, PESH, 2,
   evidence="On Saturday night, two policemen were shot dead by unidentified motorcyclists ... at a checkpoint in the "
            "Pishtakhara area of Peshawar")
ev("pishtakhara-checkpoint-policemen-shot-as-attack", A, "2017-07-15", "2017-07-15", "2017-07-16", VAC, ["Attack"],
   UAG + TTP, POL + CIV, PK, KP, PESH, 2, req=False,
   evidence="the checkpoint shooting coded as an attack")

# ---------------------------------------------------------------- Dukki (Arab News, 2024-10-12, Sat)
A = "pakistan_dukki_arabnews"
DUKKI = ["Duki", "Dukki", "Loralai", ""]
ev("dukki-coal-mines-massacre", A, "2024-10-10", "2024-10-10", "2024-10-11", VAC, ["Attack"],
   UAG + BAL_SEP, CIV + ["Civilians (Afghanistan)"], PK, BAL, DUKKI, 20,
   evidence="Dozens of heavily armed gunmen stormed a cluster of coal mines in ... Dukki district late on Thursday ... "
            "killing 20 workers ... A senior official ... put the death toll at 21")
ev("dukki-mine-machinery-torched", A, "2024-10-10", "2024-10-10", "2024-10-11", STR, ["Looting/property destruction"],
   UAG + BAL_SEP, CIV + [""], PK, BAL, DUKKI, None, req=False,
   evidence="then set fire to ten engines and machinery (part of the attack)")
ev("dukki-loralai-road-coffin-protest", A, "2024-10-11", "2024-10-11", "2024-10-11", PRO, ["Peaceful protest"],
   PROT + ["Pashtunkhwa Milli Awami Party", "Awami National Party", "Labour Group (Pakistan)"], [""], PK, BAL, DUKKI, 0,
   evidence="On Friday, hundreds of relatives, miners and local leaders ... placed the coffins ... on the main "
            "Dukki-Loralai road, blocking it for several hours ... ended the sit-in")
ev("dukki-fc-deployed", A, "2024-10-11", "2024-10-11", "2024-10-11", STR, ["Change to group/activity"],
   MIL, [""] + UAG + BAL_SEP, PK, BAL, DUKKI, 0, req=False,
   evidence="Frontier Corps troops had been sent to the area and were searching the surrounding hills")
ev("karachi-airport-chinese-convoy-bombing", A, "2024-10-06", "2024-10-06", "2024-10-07", EXP,
   ["Suicide bomb", "Remote explosive/landmine/IED"], BLA, ["Civilians (China)", "Civilians (Pakistan)", ""],
   PK, SIND, (), 2,
   evidence="a suicide bomber rammed an explosives-laden vehicle into a convoy carrying Chinese engineers outside "
            "Karachi's Jinnah International Airport late on Sunday, killing two Chinese nationals ... BLA claimed")
ev("panjgur-labourers-killed", A, "2024-09-29", "2024-09-29", "2024-09-29", VAC, ["Attack"],
   UAG + BAL_SEP, CIV, PK, BAL, ["Panjgur"], 7,
   evidence="On September 29, gunmen shot dead seven labourers from Punjab's Multan district ... in the Khudabadan "
            "area of Panjgur district (13 days before publication)")

# ---------------------------------------------------------------- Sangjani (Geo News, 2024-09-10, Tue)
A = "pakistan_sangjani_geo"
PTI_PROT = PROT + PTI
ev("sangjani-pti-rally", A, "2024-09-08", "2024-09-08", "2024-09-08", PRO, ["Peaceful protest"],
   PTI_PROT, [""], PK, ISB, (), 0,
   evidence="Thousands of PTI supporters had gathered at the rally venue near the Sangjani toll plaza on Sunday "
            "afternoon ... to demand the release of party founder Imran Khan")
ev("chungi-26-clash", A, "2024-09-08", "2024-09-08", "2024-09-08", RIO, ["Violent demonstration", "Mob violence"],
   RIOT + PTI_PROT, POL + [""], PK, ISB, (), 0,
   evidence="a convoy of PTI workers clashed with the police at Chungi No. 26 ... pelted the police with stones, "
            "injuring SSP Operations Shoaib Khan ... police responded with tear gas shells")
ev("pti-leaders-arrested-islamabad", A, "2024-09-09", "2024-09-09", "2024-09-10", STR, ["Arrests"],
   POL + ["Government of Pakistan"], PTI + CIV + ["Gohar Ali Khan", "Sher Afzal Marwat", "Shoaib Shaheen", ""],
   PK, ISB, (), 0,
   evidence="Islamabad police on Monday night arrested PTI chairman Barrister Gohar Ali Khan and ... Sher Afzal Marwat "
            "and Shoaib Shaheen ... outside and inside the Parliament House ... from his office in F-8 Markaz")
ev("peshawar-press-club-pti-protest", A, "2024-09-09", "2024-09-09", "2024-09-10", PRO, ["Peaceful protest"],
   PTI_PROT, [""], PK, KP, PESH, 0,
   evidence="Late on Monday, PTI workers staged a protest outside the Peshawar Press Club against the arrests ... "
            "dispersed peacefully")

# ---------------------------------------------------------------- Okara / Lahore (Reuters, 2024-07-29, Mon)
A = "pakistan_okara_reuters"
TLP_PROT = PROT + TLP
ev("lahore-tlp-rally", A, "2024-07-27", "2024-07-27", "2024-07-27", PRO, ["Peaceful protest"],
   TLP_PROT, [""], PK, PUN, ["Lahore"], 0,
   evidence="Thousands of TLP supporters had rallied on The Mall outside the Lahore Press Club on Saturday ... The "
            "rally passed off without violence (the bounty speech itself is a statement, not an event)")
ev("zaheerul-hassan-shah-arrested", A, "2024-07-28", "2024-07-28", "2024-07-28", STR, ["Arrests"],
   POL + ["Government of Pakistan", "Government of Punjab (Pakistan)"],
   TLP + CIV + ["Pir Zaheerul Hassan Shah", "Zaheerul Hassan Shah", ""], PK, PUN, ["Okara"], 0,
   evidence="Pir Zaheerul Hassan Shah, the TLP's deputy leader, was detained in Okara district of Punjab province on "
            "Sunday")
ev("okara-highway-protest-tear-gas", A, "2024-07-28", "2024-07-28", "2024-07-28", PRO, ["Protest with intervention"],
   TLP_PROT, POL + [""], PK, PUN, ["Okara"], 0,
   evidence="On Sunday evening ... dozens of TLP workers blocked the main highway outside Okara city to protest. "
            "Police fired tear gas and detained around 30 of them")
ev("lahore-tlp-workers-detained", A, "2024-07-28", "2024-07-28", "2024-07-29", STR, ["Arrests"],
   POL, TLP + PROT + CIV, PK, PUN, ["Lahore"], 0, req=False,
   evidence="more than 100 TLP workers had been picked up in overnight raids across the city (not notable persons)")
ev("mastung-byc-convoy-fired-on", A, "2024-07-27", "2024-07-27", "2024-07-27", PRO,
   ["Excessive force against protesters", "Protest with intervention"], PROT + BYC + MIL, MIL + PROT + BYC,
   PK, BAL, ["Mastung"], 0,
   evidence="security forces opened fire on Saturday on a convoy of supporters of the Baloch Yakjehti Committee ... "
            "near the town of Mastung ... wounding at least 14 people")
ev("mastung-byc-convoy-as-riot", A, "2024-07-27", "2024-07-27", "2024-07-27", RIO, ["Violent demonstration"],
   RIOT + PROT + BYC, MIL + [""], PK, BAL, ["Mastung"], 0, req=False,
   evidence="the government's version: the convoy tried to force its way through a checkpoint and attacked soldiers "
            "with stones and sticks")

ev("gwadar-internet-suspended", A, "2024-07-28", "2024-07-28", "2024-07-28", STR, ["Other", "Change to group/activity"],
   MIL + ["Government of Pakistan", "Government of Balochistan (Pakistan)"], BYC + PROT + [""], PK, BAL, ["Gwadar"], 0,
   req=False, evidence="Authorities suspended mobile internet services in Gwadar on Sunday and blocked roads leading to "
                       "the city ahead of the BYC's planned gathering (administrative measure; not a required event)")

# ---------------------------------------------------------------- Harnai (AP, 2020-12-27, Sun)
A = "pakistan_harnai_ap"
ev("shahrag-fc-post-attack", A, "2020-12-26", "2020-12-26", "2020-12-27", BAT, ["Armed clash"],
   BLA + UAG, MIL, PK, BAL, ["Harnai"], 7,
   evidence="Insurgents ... attacked a paramilitary checkpoint ... late Saturday, killing seven soldiers ... Frontier "
            "Corps post in the Shahrag area of Harnai district ... BLA claimed ... killed 12 soldiers")
ev("khost-hills-search-shootout", A, "2020-12-27", "2020-12-27", "2020-12-27", BAT, ["Armed clash"],
   MIL, BLA + UAG, PK, BAL, ["Harnai"], 2,
   evidence="On Sunday, troops backed by helicopters launched a search operation in the nearby Khost hills, and two of "
            "the attackers were killed in a shootout there")
ev("pir-koh-gas-pipeline-blast", A, "2020-12-12", "2020-12-12", "2020-12-12", EXP, ["Remote explosive/landmine/IED"],
   UAG + BAL_SEP, [""] + CIV, PK, BAL, ["Dera Bugti"], 0,
   evidence="Earlier this month, on Dec. 12, suspected separatists blew up a gas pipeline in the Pir Koh area of Dera "
            "Bugti district ... Nobody was hurt")
ev("pir-koh-gas-pipeline-as-destruction", A, "2020-12-12", "2020-12-12", "2020-12-12", STR,
   ["Looting/property destruction"], UAG + BAL_SEP, [""] + CIV, PK, BAL, ["Dera Bugti"], 0, req=False,
   evidence="the pipeline sabotage coded as property destruction")
ev("tank-polio-guard-shot", A, "2020-12-26", "2020-12-26", "2020-12-26", BAT, ["Armed clash"],
   UAG + TTP, POL, PK, KP, ["Tank"], 1,
   evidence="gunmen on a motorcycle shot and killed a police constable who was guarding a polio vaccination team in "
            "the Tank district ... on Saturday")
ev("tank-polio-guard-shot-as-attack", A, "2020-12-26", "2020-12-26", "2020-12-26", VAC, ["Attack"],
   UAG + TTP, POL + CIV, PK, KP, ["Tank"], 1, req=False,
   evidence="the shooting of the polio team's guard coded as an attack")
ev("sariab-road-bomb-defused", A, "2020-12-27", "2020-12-27", "2020-12-27", STR, ["Disrupted weapons use"],
   POL + MIL + UAG + BAL_SEP, UAG + BAL_SEP + MIL + POL + [""], PK, BAL, QUETTA, 0,
   evidence="police in Quetta said they had defused a roadside bomb planted near a Frontier Corps checkpoint on the "
            "city's Sariab Road early Sunday")

DROP = {
    "pakistan_quetta_dawn": ["DAWN.COM", "Home", "Latest", "Pakistan", "World", "Business", "Sport", "Opinion",
                             "Read more", "Lahore blasts: death toll rises as mourners bury their dead",
                             "Quetta traders count losses after Jinnah Road arson", "Comments (87)", "Closed",
                             "Copyright © 2010, Dawn"],
    "pakistan_rawalpindi_tribune": ["The Express Tribune", "Home", "Pakistan", "Business", "World", "Sports",
                                    "Opinion", "Life & Style", "Share", "Tweet", "Email", "Related",
                                    "Ashura clash: Police record statements of seminary staff",
                                    "Traders estimate losses in Madina Market fire at Rs1 billion",
                                    "Like Pakistan on Facebook, follow @TribunePakistan on Twitter to stay informed "
                                    "and join in the conversation."],
    "pakistan_rajgal_thenews": ["The News International", "Latest", "Top Story", "National", "World", "Business",
                                "Sports", "Opinion", "Share", "Facebook", "Twitter", "WhatsApp", "More from National",
                                "Displaced Rajgal families arrive in Bara",
                                "Fencing of Pak-Afghan border to be completed by 2018: ISPR"],
    "pakistan_dukki_arabnews": ["Arab News", "Pakistan Edition", "Home", "Pakistan", "Middle East", "World",
                                "Business", "Opinion", "Share", "Topics: Pakistan, Balochistan, Coal mines, BLA",
                                "RELATED", "Pakistan condemns attack on Chinese convoy in Karachi, vows action",
                                "Pakistan's Balochistan to hold all-parties conference on security"],
    "pakistan_sangjani_geo": ["Geo News", "Latest", "Pakistan", "World", "Sports", "Business", "Entertainment",
                              "Share", "Facebook", "Twitter", "WhatsApp", "RELATED STORIES",
                              "Gandapur reaches Peshawar after hours-long disappearance",
                              "Islamabad police register cases against PTI leaders over Sangjani rally"],
    "pakistan_harnai_ap": ["Copyright 2020 The Associated Press. All rights reserved. This material may not be "
                           "published, broadcast, rewritten or redistributed."],
}
EITHER = {
    "pakistan_quetta_dawn": ["Saleem Shahid", "Published September 4, 2010", "Published in Dawn, September 4th, 2010"],
    "pakistan_rawalpindi_tribune": ["Our Correspondent", "Published: November 17, 2013",
                                    "Published in The Express Tribune, November 17th, 2013."],
    "pakistan_badaber_afp": ["by Hasbanullah Khan", "hz-kms/sm/jah"],
    "pakistan_rajgal_thenews": ["Mushtaq Yusufzai", "July 18, 2017"],
    "pakistan_dukki_arabnews": ["Updated 12 October 2024"],
    "pakistan_sangjani_geo": ["By Web Desk", "September 10, 2024"],
    "pakistan_okara_reuters": ["By Mubashir Khan",
                               "(Reporting by Mubashir Khan in Lahore and Saad Baloch in Quetta; Editing by Kim Coghill)"],
    "pakistan_harnai_ap": ["By SHAHID BALOCH Associated Press", "December 27, 2020",
                           "Associated Press writer Nasir Ali in Islamabad contributed to this report."],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout241; Pakistan 2010-2024: TTP and Baloch "
                             "separatist attacks, sectarian bombings and riots, Khyber-4, PTI/TLP/BYC protests), coded "
                             "by CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
