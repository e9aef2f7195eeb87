"""Writes gold.json for the thirty-second held-out set (BLIND; hand-coded from CODEBOOK.md before any run).

    python bench/heldout32/make_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# ---------------------------------------------------------------- Somalia (Mudug)
A = "somalia_galkayo_dalsan"
SO = "Somalia"
PUNTLAND = ["Military Forces of Somalia (Puntland)", "Military Forces of Puntland", "Puntland Security Forces",
            "Puntland Forces", "Puntland Dervish Force", "Military Forces of Somalia"]
GALMUDUG = ["Military Forces of Somalia (Galmudug)", "Military Forces of Galmudug", "Galmudug Security Forces",
            "Galmudug Forces", "Military Forces of Somalia"]
ev("galkayo-puntland-galmudug-clash", A, "2016-11-22", "2016-11-20", "2016-11-22", BAT, ["Armed clash"],
   PUNTLAND + GALMUDUG, GALMUDUG + PUNTLAND, SO, ["Mudug"], ["Gaalkacyo", "Galkayo"], 20, tp=2,
   evidence="Heavy fighting between Puntland and Galmudug forces in ... Galkayo continued for a third day on Tuesday"
            " ... received 20 bodies since Sunday ... elders ... 29 killed")
ev("alla-amin-camp-shelling", A, "2016-11-21", "2016-11-21", "2016-11-21", EXP,
   ["Shelling/artillery/missile attack"], PUNTLAND + ["Unidentified Armed Group (Somalia)"], ["Civilians (Somalia)"],
   SO, ["Mudug"], ["Gaalkacyo", "Galkayo"], 3,
   evidence="On Monday afternoon, three mortar shells fired from the northern side landed in the Alla-Amin camp"
            " ... killing three civilians")
# not events: October fighting (47 days before: background), PM's planned visit, ministers' statements, UN appeal,
# 90,000 displaced since October.

# ---------------------------------------------------------------- Ethiopia (Oromia)
A = "ethiopia_kiremu_reporter"
ET = "Ethiopia"
OR = ["Oromiya", "Oromia"]
EW = ["East Wellega Zone", "East Wollega", "East Welega", "Misraq Welega"]
OLA = ["Oromo Liberation Army", "OLA", "OLF-Shane", "Shene", "OLA: Oromo Liberation Army",
       "Unidentified Armed Group (Ethiopia)"]
FANO = ["Fano", "Amhara Ethnic Militia (Ethiopia)", "Amhara militia", "Fano Militia"]
ev("kiremu-amhara-civilians-killed", A, "2022-08-31", "2022-08-30", "2022-08-31", VAC, ["Attack"], OLA,
   ["Civilians (Ethiopia)"], ET, OR, EW, 41, tp=2,
   evidence="armed men attacked several kebeles inhabited mainly by ethnic Amhara farmers on Tuesday and Wednesday"
            " ... 41 bodies had been buried ... more than 60")
ev("gida-ayana-fano-ola-clash", A, "2022-09-01", "2022-09-01", "2022-09-01", BAT, ["Armed clash"],
   FANO + OLA, OLA + FANO, ET, OR, EW, 7,
   evidence="On Thursday, Amhara militiamen, locally known as Fano, clashed with OLA fighters on the outskirts of"
            " Gida Ayana town ... at least seven people were killed")
# not events: OLA denial (attribution only), regional deployment statement (undated, statement), EHRC appeal,
# Tole/Gimbi massacre in June (background), Abiy's June vow.

# ---------------------------------------------------------------- Sudan (Khartoum)
A = "sudan_sabreen_mee"
SD = "Sudan"
RSF = ["Rapid Support Forces", "RSF"]
ev("sabreen-market-shelling", A, "2025-02-01", "2025-02-01", "2025-02-01", EXP, ["Shelling/artillery/missile attack"],
   RSF, ["Civilians (Sudan)"], SD, ["Khartoum"], ["Omdurman", "Karari"], 56,
   evidence="The Rapid Support Forces (RSF) shelled a crowded vegetable market in ... Omdurman on Saturday, killing"
            " at least 56 ... Sudan Doctors Network ... at least 60")
ev("general-command-siege-broken", A, "2025-01-25", "2025-01-24", "2025-01-26", BAT,
   ["Government regains territory", "Armed clash"], ["Military Forces of Sudan"], RSF, SD, ["Khartoum"], (), None,
   req=False, tp=2,
   evidence="a week after the army said it had broken the RSF siege on its general command headquarters in central"
            " Khartoum")
# not events: Burhan's vow, information minister's statement, war-wide toll/displacement (aggregate, background),
# Zamzam famine, September offensive (background), UN statement.

# ---------------------------------------------------------------- South Sudan (Upper Nile)
A = "southsudan_tonga_eyeradio"
SS = "South Sudan"
AGW = ["Agwelek Forces", "Agwelek", "Agwelek Militia", "Shilluk Ethnic Militia (South Sudan)"]
KIT = ["SPLA-IO (Kitgwang)", "SPLM/A-IO (Kitgwang)", "Kitgwang", "Kitgwang faction", "SPLA-IO Kitgwang faction"]
ev("tonga-captured-by-agwelek", A, "2022-08-15", "2022-08-15", "2022-08-15", BAT,
   ["Non-state actor overtakes territory"], AGW, KIT, SS, ["Upper Nile"], (), 11,
   evidence="Agwelek forces attacked Kitgwang positions in Tonga on Monday morning and took control of the town"
            " ... At least eleven fighters were killed")
ev("tonga-burning-looting", A, "2022-08-16", "2022-08-16", "2022-08-16", STR, ["Looting/property destruction"],
   AGW + ["Unidentified Armed Group (South Sudan)"], ["Civilians (South Sudan)", ""], SS, ["Upper Nile"], (), 0,
   evidence="houses in Tonga had been set on fire and shops looted on Tuesday, after the fighting had stopped")
ev("owachi-kitgwang-attack", A, "2022-08-17", "2022-08-17", "2022-08-17", BAT, ["Armed clash"], KIT + AGW, AGW + KIT,
   SS, ["Upper Nile"], (), None,
   evidence="On Wednesday, Kitgwang fighters attacked Agwelek positions in Owachi, north of Tonga")
# not events: "withdrawn tactically"/"recapture it soon" (statement), Kitgwang split Aug 2021 and Olony split
# (background), UNMISS patrols, 3,000 arrivals in the PoC site, governor's appeal.

# ---------------------------------------------------------------- DR Congo (North Kivu)
A = "drc_mukondi_anadolu"
CD = "Democratic Republic of the Congo"
NK = ["North Kivu", "Nord-Kivu"]
ADF = ["Allied Democratic Forces", "ADF", "Islamic State Central Africa Province", "ISCAP", "Islamic State",
       "Islamic State (Central Africa)"]
CIV_CD = ["Civilians (Democratic Republic of the Congo)", "Civilians (Democratic Republic of Congo)",
          "Civilians (DR Congo)"]
ev("mukondi-adf-massacre", A, "2023-03-08", "2023-03-08", "2023-03-09", VAC, ["Attack"], ADF, CIV_CD, CD, NK,
   ["Beni"], 36,
   evidence="raided Mukondi village in the Bashu chiefdom of Beni territory late on Wednesday ... 36 civilians were"
            " killed (army); 38 bodies (administrator); 40 buried (Red Cross)")
ev("mausa-adf-attack", A, "2023-03-08", "2023-03-08", "2023-03-09", VAC, ["Attack"], ADF, CIV_CD, CD, NK,
   ["Beni"], 8,
   evidence="On the same night, the rebels also attacked Mausa, a village about 20 kilometres away in the same"
            " chiefdom, killing eight people")
# not events: "more than 40 killed in Beni territory this week" (sums the two attacks), Kasindi church bombing in
# January (54 days: background), joint operations since 2021, state of siege, MONUSCO patrol/statement.

# ---------------------------------------------------------------- Burkina Faso (Centre-Nord)
A = "burkina_nagraogo_reuters"
BF = "Burkina Faso"
UAG_BF = ["Unidentified Armed Group (Burkina Faso)", "JNIM", "Islamic State", "Islamic State in the Greater Sahara",
          "Islamic State (Greater Sahara)", "Ansaroul Islam"]
ev("nagraogo-market-attack", A, "2020-01-20", "2020-01-20", "2020-01-20", VAC, ["Attack"], UAG_BF,
   ["Civilians (Burkina Faso)"], BF, ["Centre-Nord"], ["Sanmatenga"], 36,
   evidence="Gunmen killed 36 civilians in an attack on a market ... on Monday ... struck the village of Nagraogo")
ev("alamou-attack", A, "2020-01-20", "2020-01-20", "2020-01-20", VAC, ["Attack"], UAG_BF,
   ["Civilians (Burkina Faso)"], BF, ["Centre-Nord"], ["Sanmatenga"], None, req=False,
   evidence="before moving to the neighbouring village of Alamou ... no breakdown of the dead between the two villages")
ev("toeni-bus-roadside-bomb", A, "2020-01-04", "2020-01-04", "2020-01-04", EXP, ["Remote explosive/landmine/IED"],
   ["Unidentified Armed Group (Burkina Faso)", "JNIM", "Islamic State", "Ansaroul Islam"],
   ["Civilians (Burkina Faso)"], BF, ["Boucle du Mouhoun"], ["Sourou"], 14,
   evidence="14 people, most of them school pupils ... were killed when their bus hit a roadside bomb near Toeni in"
            " Sourou province ... on Jan. 4 (18 days before publication)")
# not events: parliament vote on civilian volunteers (law/plan), national mourning, 2019 toll (aggregate, background),
# Koutougou in August (background).

# ---------------------------------------------------------------- Mali (Mopti)
A = "mali_songho_rfi"
ML = "Mali"
ev("songho-bandiagara-vehicle-attack", A, "2021-12-03", "2021-12-03", "2021-12-03", VAC, ["Attack"],
   ["Unidentified Armed Group (Mali)", "JNIM", "Katiba Macina", "Jama'at Nasr al-Islam wal Muslimin"],
   ["Civilians (Mali)"], ML, ["Mopti"], ["Bandiagara"], 31,
   evidence="At least 31 civilians were killed on Friday when gunmen opened fire on a vehicle ... from the village of"
            " Songho to the market in Bandiagara")
# not events: army deployment to hunt attackers (announcement), mourning, Ogossagou/Sobane Da 2019 and Farabougou
# 2020 (background), coups (background), talks plan.

# ---------------------------------------------------------------- Niger (Tillaberi) - short brief
A = "niger_tongotongo_xinhua"
NE = "Niger"
UAG_NE = ["Unidentified Armed Group (Niger)", "Islamic State in the Greater Sahara", "ISGS",
          "Islamic State (Greater Sahara)", "Islamic State", "Islamic State Sahel Province"]
ev("tongo-tongo-ambush", A, "2019-05-14", "2019-05-14", "2019-05-14", BAT, ["Armed clash"], UAG_NE,
   ["Military Forces of Niger"], NE, ["Tillaberi", "Tillabéri"], (), 17,
   evidence="Seventeen Nigerien soldiers were killed and 11 others are missing ... ambushed on Tuesday near Tongo Tongo")
ev("koutoukale-prison-attack-repelled", A, "2019-05-13", "2019-05-13", "2019-05-13", BAT, ["Armed clash"], UAG_NE,
   ["Military Forces of Niger", "Police Forces of Niger", "Prison Guards (Niger)"], NE, ["Tillaberi", "Tillabéri"],
   ["Kollo"], 1,
   evidence="The attack on the prison in Koutoukale ... was repelled by the guards on Monday, and one assailant was"
            " killed")
# not events: search operations, October 2017 Tongo Tongo ambush (background).

# ---------------------------------------------------------------- Nigeria (Katsina)
A = "nigeria_malumfashi_thecable"
NG = "Nigeria"
BANDITS = ["Unidentified Armed Group (Nigeria)", "Bandits (Nigeria)", "Bandits", "Armed Bandits (Nigeria)",
           "Fulani Ethnic Militia (Nigeria)"]
ev("mantau-mosque-attack", A, "2025-08-19", "2025-08-19", "2025-08-19", VAC, ["Attack"], BANDITS,
   ["Civilians (Nigeria)"], NG, ["Katsina"], ["Malumfashi"], 27,
   evidence="killed at least 27 worshippers when they attacked a mosque during the dawn prayer in Unguwan Mantau ..."
            " (told in stages: mosque, house to house, farms; police 27, MP 32 buried, residents ~50)")
ev("maidabino-abduction", A, "2025-08-17", "2025-08-17", "2025-08-18", VAC, ["Abduction/forced disappearance"],
   BANDITS, ["Civilians (Nigeria)"], NG, ["Katsina"], ["Dan Musa", "Danmusa"], 0,
   evidence="bandits abducted at least 15 people ... in Maidabino village of Danmusa LGA on Sunday night")
ev("malumfashi-vigilantes-kill-bandits", A, "2025-08-15", "2025-08-11", "2025-08-17", BAT, ["Armed clash"],
   ["Vigilantes", "Katsina Community Watch Corps", "Unidentified Communal Militia (Nigeria)",
    "Vigilante Militia (Nigeria)"] + BANDITS, BANDITS + ["Vigilantes", "Vigilante Militia (Nigeria)"],
   NG, ["Katsina"], ["Malumfashi"], None, req=False, tp=2,
   evidence="a reprisal after local vigilantes killed several bandits in the area last week")
# not events: governor's condemnation / no-ransom pledge, joint team deployed, ransom demand, Kankara 2020 and
# the local peace deals "earlier this year" (background / undated).

# ---------------------------------------------------------------- Uganda (Kampala) - street protest
A = "uganda_kampala_nilepost"
UG = "Uganda"
ev("kampala-march-to-parliament", A, "2024-07-23", "2024-07-23", "2024-07-23", PRO, ["Protest with intervention"],
   ["Protesters (Uganda)"], ["Police Forces of Uganda", "Military Forces of Uganda"], UG, ["Central"], ["Kampala"], 0,
   evidence="Police on Tuesday arrested dozens of young people who attempted to march to Parliament in Kampala"
            " ... 45 people had been arrested")
ev("nup-headquarters-surrounded", A, "2024-07-22", "2024-07-22", "2024-07-22", STR,
   ["Other", "Change to group/activity", "Arrests"], ["Police Forces of Uganda", "Military Forces of Uganda"],
   ["National Unity Platform", "NUP", ""], UG, ["Central"], ["Kampala"], 0, req=False,
   evidence="On Monday, police and soldiers surrounded the headquarters of the opposition National Unity Platform")
# not events: Museveni's Saturday warning, Speaker's denial, November 2020 riots (background), Kenya protests.

DROP_TEXT = {
    "somalia_galkayo_dalsan": ["Radio Dalsan", "Home", "News", "Politics", "Security", "Business", "Sports",
                               "Somali Service", "Live Radio", "Share this:", "Facebook", "Twitter", "WhatsApp",
                               "Advertisement", "Related", "Al-Shabaab fighters attack base in Lower Shabelle",
                               "Puntland parliament approves new cabinet", "UN warns of drought in northern Somalia",
                               "© 2016 Radio Dalsan. All rights reserved."],
    "ethiopia_kiremu_reporter": ["The Reporter Ethiopia",
                                 "NEWS | POLITICS | BUSINESS | ARTS | OPINION | ENGLISH | AMHARIC",
                                 "Subscribe to our newsletter", "RELATED ARTICLES",
                                 "Birr weakens further against dollar", "Parliament to debate new budget",
                                 "EHRC calls for release of detained journalists",
                                 "Copyright © 2022 The Reporter Ethiopia"],
    "southsudan_tonga_eyeradio": ["Eye Radio", "Home | News | Politics | Business | Health | Sports | Programs | Contact",
                                  "Advertisement", "Related Posts", "Kiir receives credentials of new envoys",
                                  "Floods displace thousands in Jonglei",
                                  "Ministry of Finance pays civil servants' salaries", "Eye Radio - Copyright 2022"],
    "mali_songho_rfi": ["RFI", "Africa | France | International | Culture | Podcasts", "Share", "Facebook", "Twitter",
                        "Email", "Advertisement", "Read also", "Mali: junta says elections could be delayed",
                        "France hands over Timbuktu base to Malian army",
                        "Sahel: thousands flee violence in Burkina Faso", "© 2021 Copyright RFI - All rights reserved."],
    "nigeria_malumfashi_thecable": ["TheCable", "NEWS | POLITICS | BUSINESS | SPORTS | LIFESTYLE | OPINION | FACT CHECK",
                                    "Advertisement", "SHARE THIS:", "Facebook", "X", "WhatsApp", "Telegram", "RELATED",
                                    "Army says troops neutralised 17 terrorists in Borno",
                                    "Tinubu approves new minimum wage adjustments", "Senate confirms new service chiefs",
                                    "Subscribe to our newsletter", "Copyright © 2025 TheCable. All rights reserved."],
    "uganda_kampala_nilepost": ["Nile Post", "News | Politics | Business | Entertainment | Sports | Opinions | NPTV",
                                "Share on Facebook", "Share on X", "Advertisement", "Related Stories",
                                "Parliament passes supplementary budget", "UPDF hands over equipment to Somali army",
                                "KCCA announces new traffic plan", "© 2024 Nile Post. All Rights Reserved."],
}
EITHER_TEXT = {
    "somalia_galkayo_dalsan": ["November 23, 2016", "By Dalsan Reporter"],
    "ethiopia_kiremu_reporter": ["September 3, 2022"],
    "southsudan_tonga_eyeradio": ["Author: Eye Radio | Published: Thursday, August 18, 2022"],
    "mali_songho_rfi": ["Published on: 04/12/2021 - 18:20", "Text by: RFI"],
    "nigeria_malumfashi_thecable": ["August 20, 2025"],
    "uganda_kampala_nilepost": ["By Nile Post Reporter", "July 23, 2024"],
    "sudan_sabreen_mee": ["By MEE staff", "Published date: 2 February 2025"],
    "niger_tongotongo_xinhua": ["Enditem"],
    "burkina_nagraogo_reuters": ["(Reporting by Thiam Ndiaga; Writing by Edward McAllister; Editing by Alison Williams)"],
}

write_gold(HERE, E, drop=DROP_TEXT, either=EITHER_TEXT, indent=2, ensure_ascii=False,
           note="Thirty-second held-out set, BLIND: 10 hand-written articles (2016-2025), coded from CODEBOOK.md "
                "before any run of the system. Boilerplate lines annotated in 6 articles.")
