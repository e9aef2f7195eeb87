"""Writes gold.json for the 24th held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout24/make_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# --- mozambique_quissanga (Carta de Mocambique, Thu 2020-03-26) ---
MZ = "Mozambique"
IS_MZ = ["Islamic State", "Islamic State Mozambique Province", "Islamic State Central Africa Province", "ISCAP",
         "Al Shabaab (Mozambique)", "Ahlu Sunnah Wa-Jama", "Unidentified Armed Group (Mozambique)"]
MZ_STATE = ["Military Forces of Mozambique", "Police Forces of Mozambique"]
ev("quissanga-occupied", "mozambique_quissanga", "2020-03-25", "2020-03-25", "2020-03-25", BAT,
   ["Non-state actor overtakes territory"], IS_MZ, MZ_STATE, MZ, ["Cabo Delgado"], ["Quissanga"], None,
   evidence="Armed insurgents on Wednesday occupied the headquarters of Quissanga district ... Police and soldiers "
            "... withdrew ... after a brief exchange of fire")
ev("quissanga-buildings-burned", "mozambique_quissanga", "2020-03-25", "2020-03-25", "2020-03-25", STR,
   ["Looting/property destruction"], IS_MZ, ["", "Civilians (Mozambique)"], MZ, ["Cabo Delgado"], ["Quissanga"], 0,
   req=False, evidence="they burned the administration building, the bank and the police command (part of the capture)")
ev("mocimboa-raid", "mozambique_quissanga", "2020-03-23", "2020-03-23", "2020-03-24", BAT,
   ["Non-state actor overtakes territory", "Armed clash"], IS_MZ, MZ_STATE, MZ, ["Cabo Delgado"],
   ["Mocimboa da Praia"], None,
   evidence="On Monday the insurgents had stormed Mocimboa da Praia ... remained in the town until Tuesday morning")
# not events: Defence ministry / minister statements; Oct 2017 first attack (background); ">900 killed since" aggregate.

# --- burkina_titao (RFI, Sun 2021-12-26) ---
BF = "Burkina Faso"
ev("titao-convoy-ambush", "burkina_titao", "2021-12-23", "2021-12-23", "2021-12-23", BAT, ["Armed clash"],
   ["Unidentified Armed Group (Burkina Faso)", "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin",
    "Jamaat Nusrat al-Islam wal-Muslimin", "Islamic State Sahel Province", "Islamic State"],
   ["VDP", "Volunteers for the Defense of the Homeland", "Volunteers for the Defence of the Homeland",
    "Military Forces of Burkina Faso", "Civilians (Burkina Faso)"], BF, ["Nord"], ["Loroum"], 41,
   evidence="The convoy ... escorted by ... VDP, was attacked on Thursday near Titao ... 'forty-one' bodies")
# not events: toll updates (ten -> twenty -> 41 are one event); national mourning; Kabore vow;
# Inata Nov 14 (42 days before publication: background); 2,000 killed since 2015 aggregate.

# --- nigeria_yauri (Punch, Fri 2021-06-18) ---
NG = "Nigeria"
BANDITS = ["Unidentified Armed Group (Nigeria)", "Bandits", "Bandit Militia", "Bandits (Nigeria)"]
ev("yauri-college-abduction", "nigeria_yauri", "2021-06-17", "2021-06-17", "2021-06-17", VAC,
   ["Abduction/forced disappearance", "Attack"], BANDITS, ["Civilians (Nigeria)", "Police Forces of Nigeria"], NG,
   ["Kebbi"], ["Yauri"], 1,
   evidence="Gunmen suspected to be bandits on Thursday invaded the Federal Government College, Birnin Yauri ... "
            "shot dead a police officer at the school gate")
ev("yauri-troops-rescue", "nigeria_yauri", "2021-06-17", "2021-06-17", "2021-06-17", BAT, ["Armed clash"],
   ["Military Forces of Nigeria"] + BANDITS, BANDITS + ["Military Forces of Nigeria"], NG, ["Kebbi"], ["Yauri"], None,
   req=False, evidence="troops ... engaged the bandits as they withdrew on Thursday evening and rescued five students")
ev("tegina-islamiyya-abduction", "nigeria_yauri", "2021-05-30", "2021-05-30", "2021-05-30", VAC,
   ["Abduction/forced disappearance", "Attack"], BANDITS, ["Civilians (Nigeria)"], NG, ["Niger"], ["Rafi"], 1,
   evidence="On May 30, gunmen stormed the Salihu Tanko Islamiyya School in Tegina, Rafi LGA of Niger State, killing "
            "one resident and abducting scores of pupils (19 days before publication: an event)")
# not events: Kankara (Dec 2020) and Greenfield (April) background; school closures; no-ransom policy; Buhari directive.

# --- somalia_baidoa (Goobjoog News, Mon 2016-02-29) ---
SO = "Somalia"
ev("baidoa-twin-suicide-bombing", "somalia_baidoa", "2016-02-28", "2016-02-28", "2016-02-28", EXP, ["Suicide bomb"],
   ["Al Shabaab"], ["Civilians (Somalia)", "Military Forces of Somalia"], SO, ["Bay"], ["Baydhaba", "Baidoa"], 30,
   evidence="At least 30 people were killed ... on Sunday when two suicide bombers struck a busy junction ... Baidoa "
            "(car bomb + vest bomber at the same junction/restaurant, told in stages: one event)")
ev("mogadishu-syl-hotel-bombing", "somalia_baidoa", "2016-02-26", "2016-02-26", "2016-02-26", EXP,
   ["Suicide bomb", "Remote explosive/landmine/IED"], ["Al Shabaab"], ["Civilians (Somalia)", ""], SO,
   ["Banaadir"], ["Banadir", "Mogadishu"], 14,
   evidence="On Friday a car bomb exploded at the gate of the SYL hotel ... second blast hit the nearby Peace Garden "
            "park, killing fourteen people")
# not events: governor / president / AMISOM statements; early toll of twelve (same event); related headlines.

# --- ethiopia_galikoma (BBC, Tue 2021-08-10) ---
ET = "Ethiopia"
TPLF = ["TPLF", "Tigray People's Liberation Front", "Tigray Defense Forces", "Tigray Defence Forces", "TDF"]
ev("galikoma-massacre", "ethiopia_galikoma", "2021-08-05", "2021-08-05", "2021-08-05", VAC, ["Attack"], TPLF,
   ["Civilians (Ethiopia)"], ET, ["Afar"], ["Zone 4", "Fanti Rasu", "Awra"], 107,
   evidence="The killings happened on Thursday in Galikoma, a village in the Awra district of Afar's Zone 4 ... "
            "107 people were killed (TPLF denies targeting civilians)")
ev("unicef-afar-aggregate", "ethiopia_galikoma", "2021-08-09", "2021-08-02", "2021-08-09", VAC, ["Attack"], TPLF +
   ["Unidentified Armed Group (Ethiopia)"], ["Civilians (Ethiopia)"], ET, ["Afar"], (), None, req=False, tp=2,
   evidence="Unicef ... more than 200 people ... killed in attacks on displaced families in Afar (overlaps Galikoma)")
ev("lalibela-taken", "ethiopia_galikoma", "2021-08-05", "2021-08-05", "2021-08-05", BAT,
   ["Non-state actor overtakes territory"], TPLF, ["Military Forces of Ethiopia", ""], ET, ["Amhara"],
   ["North Wollo Zone", "North Wollo", "Semien Wollo"], 0,
   evidence="Also on Thursday, TPLF forces took control of the town of Lalibela ... no shots were fired")
# not events: Abiy's call to arms (a call, not a mobilisation); Unicef/TPLF statements; Nov 2020 war start (background).

# --- yemen_radaa (Arab News, Wed 2024-03-20) ---
YE = "Yemen"
HOUTHI = ["Houthis", "Ansar Allah", "Ansarallah", "Houthi Movement", "Military Forces of Yemen (Houthi)",
          "Police Forces of Yemen (Houthi)"]
ev("radaa-houses-blown-up", "yemen_radaa", "2024-03-19", "2024-03-19", "2024-03-19", VAC, ["Attack"], HOUTHI,
   ["Civilians (Yemen)"], YE, ["Al Bayda"], ["Rada'", "Rada", "Rada`"], 12,
   evidence="At least twelve civilians ... were killed when Houthi militiamen blew up two houses in ... Rada'a on Tuesday")
ev("radaa-firefight", "yemen_radaa", "2024-03-19", "2024-03-19", "2024-03-19", BAT, ["Armed clash"], HOUTHI,
   ["Unidentified Armed Group (Yemen)", "Civilians (Yemen)"], YE, ["Al Bayda"], ["Rada'", "Rada", "Rada`"], None,
   req=False, evidence="After an exchange of fire with relatives of the wanted man")
# not events: Houthi ministry admission, Eryani's call, 2014 takeover (background), Red Sea / US-UK strikes (no place/date).

# --- pakistan_besham (Express Tribune, Wed 2024-03-27) ---
PK = "Pakistan"
BLA = ["BLA", "Baloch Liberation Army", "Balochistan Liberation Army", "BLA: Baloch Liberation Army"]
ev("besham-chinese-convoy-bombing", "pakistan_besham", "2024-03-26", "2024-03-26", "2024-03-26", EXP,
   ["Suicide bomb"], ["Unidentified Armed Group (Pakistan)", "TTP", "Tehreek-e-Taliban Pakistan"],
   ["Civilians (China)", "Civilians (Pakistan)"], PK, ["Khyber Pakhtunkhwa"], ["Shangla"], 7,
   evidence="Five Chinese nationals and their Pakistani driver were killed on Tuesday when a suicide bomber rammed ... "
            "near Besham ... The bomber also died (5 + 1 + 1 = 7)")
ev("turbat-naval-air-station-attack", "pakistan_besham", "2024-03-25", "2024-03-25", "2024-03-26", BAT,
   ["Armed clash"], BLA, ["Military Forces of Pakistan"], PK, ["Balochistan"], ["Kech"], 5,
   evidence="On Monday night, militants of the banned BLA tried to storm the PNS Siddique naval air station in Turbat "
            "... all four attackers were killed ... a Frontier Corps soldier was martyred")
ev("gwadar-port-complex-attack", "pakistan_besham", "2024-03-20", "2024-03-20", "2024-03-20", BAT, ["Armed clash"],
   BLA, ["Military Forces of Pakistan"], PK, ["Balochistan"], ["Gwadar"], 10,
   evidence="On March 20, a BLA squad ... attacked the Gwadar Port Authority complex ... killed all eight attackers "
            "... two soldiers were also martyred")
# not events: PICSS February monthly toll (97 attacks, 87 dead: aggregate over a month); July 2021 Dasu bus (background);
# embassy / PM / minister statements; TTP denial.

# --- ukraine_znpp (The Guardian, Mon 2024-04-08) ---
UA = "Ukraine"
ev("znpp-drone-strikes", "ukraine_znpp", "2024-04-07", "2024-04-07", "2024-04-07", EXP, ["Air/drone strike"],
   ["Military Forces of Ukraine", "Unidentified Armed Group (Ukraine)"],
   ["", "Military Forces of Russia", "Civilians (Ukraine)", "Civilians (Russia)"], UA, ["Zaporizhzhia"],
   ["Vasylivka"], 0,
   evidence="drones struck the Russian-occupied Zaporizhzhia nuclear power plant ... hit at least three times on Sunday")
# not events: Grossi warnings, UNSC meeting (plan), Kyiv denial, Peskov threat, March 2022 occupation and
# Sept 2022 IAEA mission (background), Kakhovka dam June 2023 (background).

# --- drc_djaiba (Radio Okapi, Wed 2025-02-12) ---
CD = ["Democratic Republic of Congo", "Democratic Republic of the Congo"]
CODECO = ["CODECO", "CODECO: Cooperative for Development of the Congo", "Cooperative for the Development of Congo",
          "URDPC", "Lendu Ethnic Militia (Democratic Republic of Congo)"]
FARDC = ["Military Forces of Democratic Republic of Congo", "Military Forces of Democratic Republic of the Congo",
         "Military Forces of the Democratic Republic of the Congo", "FARDC"]
ev("djaiba-idp-site-massacre", "drc_djaiba", "2025-02-10", "2025-02-10", "2025-02-10", VAC, ["Attack"], CODECO,
   ["Civilians (Democratic Republic of Congo)", "Civilians (Democratic Republic of the Congo)"], CD, ["Ituri"],
   ["Djugu"], 51,
   evidence="At least fifty-one people were killed in an attack by CODECO militiamen on the Djaiba displacement site, "
            "in Djugu territory (Ituri), on Monday 10 February (toll 15 -> 35 -> 51)")
ev("djaiba-fardc-clash", "drc_djaiba", "2025-02-10", "2025-02-10", "2025-02-10", BAT, ["Armed clash"],
   FARDC + CODECO, CODECO + FARDC, CD, ["Ituri"], ["Djugu"], None, req=False,
   evidence="soldiers deployed near the site intervened and exchanged fire with the assailants, who withdrew")
# not events: MONUSCO statements; Plaine Savo Feb 2022 and Aru commitment (background); reinforcements (plan);
# "Read also" ADF/Mambasa and Bunia headlines are boilerplate.

# --- nigeria_endbadgovernance (TheCable, Fri 2024-08-02) ---
ev("abuja-protest-teargas", "nigeria_endbadgovernance", "2024-08-01", "2024-08-01", "2024-08-01", PRO,
   ["Protest with intervention"], ["Protesters (Nigeria)"], ["Police Forces of Nigeria"], NG,
   ["FCT", "Federal Capital Territory"], ["Municipal Area Council"], 0,
   evidence="In Abuja, police fired teargas to disperse protesters who had gathered at the MKO Abiola National Stadium")
ev("lagos-ojota-peaceful", "nigeria_endbadgovernance", "2024-08-01", "2024-08-01", "2024-08-01", PRO,
   ["Peaceful protest"], ["Protesters (Nigeria)"], [""], NG, ["Lagos"], ["Kosofe"], 0,
   evidence="In Lagos, hundreds of protesters ... marched peacefully at Ojota ... did not intervene")
ev("kano-riot", "nigeria_endbadgovernance", "2024-08-01", "2024-08-01", "2024-08-01", RIO,
   ["Violent demonstration", "Mob violence"], ["Rioters (Nigeria)", "Protesters (Nigeria)"],
   ["Police Forces of Nigeria", "", "Civilians (Nigeria)"], NG, ["Kano"], ["Kano Municipal", "Tarauni", "Nassarawa"], 3,
   evidence="The protest turned violent in Kano ... set ablaze ... NCC digital centre and looted shops ... At least "
            "three people were killed in Kano")
ev("nationwide-protesters-killed", "nigeria_endbadgovernance", "2024-08-01", "2024-08-01", "2024-08-02", PRO,
   ["Excessive force against protesters"], ["Police Forces of Nigeria", "Military Forces of Nigeria"],
   ["Protesters (Nigeria)"], NG, [""], (), 13, req=False,
   evidence="Amnesty International said a total of thirteen protesters had been killed by security forces across the "
            "country (country-level aggregate, codebook rule 6; overlaps Kano)")
# not events: Kano curfew, IGP warning, Tinubu/Onanuga statements, ten-day plan, #EndSARS Oct 2020 (background).

SHARE_X = "Click to share on X (Opens in new window)"
BOILER = {
    "mozambique_quissanga": ["Carta de Moçambique", "Home | Politics | Economy | Society | Opinion | English Edition",
                             "Share on Facebook | Share on Twitter | WhatsApp", "Advertisement", "Related articles",
                             "Cabo Delgado: Government announces new investment in Palma gas projects",
                             "Nyusi visits Pemba, promises more troops for the north",
                             "© 2020 Carta de Moçambique. All rights reserved."],
    "nigeria_yauri": ["Punch", "News | Politics | Metro Plus | Sports | Business | Opinion", "Share this:",
                      "Click to share on Facebook (Opens in new window)",
                      "Click to share on Twitter (Opens in new window)", "Advertisement", "RELATED NEWS",
                      "Zamfara: Gov Matawalle urges bandits to embrace peace", "Kaduna schools shut over insecurity",
                      "Copyright PUNCH. All rights reserved."],
    "somalia_baidoa": ["Goobjoog News", "Home | Somalia | Politics | Security | Africa | Sports | Somali",
                       "Share this:", "Facebook | Twitter | Email", "Advertisement", "Related posts",
                       "Somali cabinet approves electoral model", "AMISOM troops withdraw from two towns in Bakool",
                       "© 2016 Goobjoog News"],
    "pakistan_besham": ["The Express Tribune", "Home | Pakistan | Business | World | Opinion | Sports | Life & Style",
                        "Advertisement", "Read more", "KP govt announces compensation for martyred policemen",
                        "Gwadar port attack: FIR registered against BLA",
                        "Published in The Express Tribune, March 27th, 2024."],
    "drc_djaiba": ["Radio Okapi", "Accueil | Actualité | Politique | Sécurité | Economie | English",
                   "Share on Facebook | Share on X | WhatsApp", "Advertisement", "Read also",
                   "Ituri: the ADF kill four people in Mambasa territory",
                   "Bunia: traders protest against illegal taxes", "Radio Okapi - All rights reserved"],
    "nigeria_endbadgovernance": ["TheCable", "Home | News | Business | Politics | Lifestyle | Sports | Fact Check",
                                 "Share this:", SHARE_X, "Click to share on Facebook (Opens in new window)",
                                 "Advertisement", "RELATED", "Tinubu: Protesters should give government time",
                                 "Fuel scarcity hits Abuja again", "Copyright © 2024 TheCable. All rights reserved."],
}
# bylines / date lines: either kept or dropped
EITHER = {
    "nigeria_yauri": ["Published 18 June 2021"],
    "somalia_baidoa": ["February 29, 2016"],
    "pakistan_besham": ["Our Correspondent", "March 27, 2024"],
    "drc_djaiba": ["Published on Wednesday, 12 February 2025 - 10:15"],
    "nigeria_endbadgovernance": ["August 2, 2024"],
    "yemen_radaa": ["Arab News", "March 20, 2024"],
    "ethiopia_galikoma": ["By BBC News"],
    "ukraine_znpp": ["Pjotr Sauer", "Mon 8 Apr 2024"],
}

write_gold(HERE, E, drop=BOILER, either=EITHER,
           note="10 hand-written held-out articles (bench/heldout24), coded by CODEBOOK.md; BLIND, not yet run.")
