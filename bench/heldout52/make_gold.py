"""Writes gold.json for held-out set 52 (hand-coded by /work/shared/CODEBOOK.md before any run; BLIND).

    python bench/heldout52/make_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# --- Sudan: UN convoy attacked in Al Koma (Sudan Tribune, Wed 2025-06-04) ---
SD = "Sudan"
A, NDAR = "sudan_alkoma_sudantribune", ["Northern Darfur", "North Darfur"]
RSF = ["Rapid Support Forces", "RSF"]
ev("alkoma-un-convoy", A, "2025-06-02", "2025-06-02", "2025-06-03", VAC, ["Attack"],
   ["Unidentified Armed Group (Sudan)"] + RSF + ["Military Forces of Sudan"],
   ["Civilians (Sudan)", "Aid Workers (Sudan)", "United Nations", "World Food Programme", "WFP"], SD, NDAR, (), 5,
   evidence="Five humanitarian workers were killed ... convoy ... came under attack in the Al Koma area ... on Monday night")
ev("elfasher-abushouk-shelling", A, "2025-06-03", "2025-06-03", "2025-06-03", EXP,
   ["Shelling/artillery/missile attack"], RSF, ["Civilians (Sudan)"], SD, NDAR, (), 4,
   evidence="four civilians were killed on Tuesday when the RSF shelled the Abu Shouk neighbourhood")
ev("elobeid-drone-strike", A, "2025-06-01", "2025-06-01", "2025-06-01", EXP, ["Air/drone strike"], RSF,
   ["Civilians (Sudan)", "Military Forces of Sudan", ""], SD, ["North Kordofan", "Northern Kordofan"], (), 2,
   evidence="two civilians were killed on Sunday when RSF drones struck the city of El Obeid")
ev("sudan-aid-worker-aggregate", A, "2025-06-04", "2023-04-15", "2025-06-04", VAC, ["Attack"],
   ["Unidentified Armed Group (Sudan)"] + RSF + ["Military Forces of Sudan"], ["Civilians (Sudan)", "Aid Workers (Sudan)"],
   SD, [""], (), None, req=False, tp=3,
   evidence="more than 110 aid workers have been killed in Sudan since the beginning of the war")
# not events: Kabkabiya WFP killings (April 2023, background); UN/WFP statements; army shooting down drones (folded).

# --- South Sudan: Lakes cattle raid and revenge attack (The City Review, Wed 2024-03-13) ---
SS = "South Sudan"
A = "southsudan_lakes_cityreview"
YIROL_YOUTH = ["Atuot Ethnic Militia (South Sudan)", "Unidentified Armed Group (South Sudan)",
               "Yirol West Communal Militia (South Sudan)", "Dinka Ethnic Militia (South Sudan)"]
AGAR_YOUTH = ["Agar Ethnic Militia (South Sudan)", "Unidentified Armed Group (South Sudan)",
              "Rumbek East Communal Militia (South Sudan)", "Dinka Ethnic Militia (South Sudan)"]
ev("aluakluak-cattle-raid", A, "2024-03-10", "2024-03-10", "2024-03-10", BAT, ["Armed clash"], YIROL_YOUTH,
   AGAR_YOUTH + ["Civilians (South Sudan)"], SS, ["Lakes"], (), 9,
   evidence="At least nine people were killed ... armed youth attacked a cattle camp in Aluakluak Payam ... on Sunday")
ev("yirol-revenge-attack", A, "2024-03-11", "2024-03-11", "2024-03-11", VAC, ["Attack"], AGAR_YOUTH,
   ["Civilians (South Sudan)"], SS, ["Lakes"], (), 3,
   evidence="Two days ago, on Monday, youth from Aluakluak ... attacked a settlement near Yirol town, killing three civilians")
ev("lakes-sspdf-deployment", A, "2024-03-11", "2024-03-11", "2024-03-11", STR, ["Change to group/activity"],
   ["Military Forces of South Sudan"], [""], SS, ["Lakes"], (), 0, req=False,
   evidence="soldiers of the SSPDF had been sent to the border between the two counties on Monday")
# not events: governor's warning/committee; 2021 revenge killings and disarmament (background); UNMISS statement.

# --- Ethiopia: Gondar funeral attack and Worabe church burnings (borkena, Fri 2022-04-29) ---
ET = "Ethiopia"
A = "ethiopia_gondar_borkena"
SNNP = ["Central Ethiopia", "Southern Nations, Nationalities, and Peoples' Region", "SNNPR", "SNNP",
        "Southern Nations, Nationalities and Peoples"]
ev("gondar-funeral-attack", A, "2022-04-26", "2022-04-26", "2022-04-26", RIO, ["Mob violence"],
   ["Rioters (Ethiopia)"], ["Civilians (Ethiopia)"], ET, ["Amhara"], (), 20,
   evidence="20 people were killed in the violence that erupted on Tuesday in ... Gondar ... a mob ... attacked mourners")
ev("gondar-shops-burned", A, "2022-04-27", "2022-04-27", "2022-04-27", RIO, ["Mob violence"],
   ["Rioters (Ethiopia)"], ["Civilians (Ethiopia)", ""], ET, ["Amhara"], (), 0,
   evidence="on Wednesday, when a mob set fire to several Muslim-owned shops and a house in the Piassa area")
ev("worabe-churches-burned", A, "2022-04-28", "2022-04-28", "2022-04-28", RIO, ["Mob violence"],
   ["Rioters (Ethiopia)"], ["Civilians (Ethiopia)", ""], ET, SNNP, (), 0,
   evidence="On Thursday ... a mob in Worabe town, the capital of Silte zone ... burned three churches")
ev("gondar-detentions", A, "2022-04-28", "2022-04-26", "2022-04-28", STR, ["Arrests"],
   ["Police Forces of Ethiopia", "Military Forces of Ethiopia"], ["Rioters (Ethiopia)", "Civilians (Ethiopia)", ""],
   ET, ["Amhara"], (), 0, req=False, tp=2, evidence="about 280 suspects had been detained over the violence")
ev("worabe-federal-police", A, "2022-04-28", "2022-04-28", "2022-04-28", STR, ["Change to group/activity"],
   ["Police Forces of Ethiopia"], [""], ET, SNNP, (), 0, req=False,
   evidence="Federal police were deployed to Worabe on Thursday evening")
# not events: Abiy/Council/synod statements; Hachalu 2020 riots and northern war (background).

# --- Somalia: ATMIS handover and al-Shabaab advance (Hiiraan Online, Tue 2023-09-19) ---
SO = "Somalia"
A = "somalia_handover_hiiraan"
SHB, SNA = ["Al Shabaab", "al-Shabaab"], ["Military Forces of Somalia"]
ATMIS = ["ATMIS", "African Union Transition Mission in Somalia", "Military Forces of Burundi"]
ev("mahaday-base-handover", A, "2023-09-18", "2023-09-18", "2023-09-18", STR,
   ["Headquarters or base established", "Non-violent transfer of territory", "Change to group/activity"],
   ATMIS + SNA, SNA + ATMIS + [""], SO, ["Middle Shabele", "Middle Shabelle", "Shabeellaha Dhexe"],
   ["Balcad", "Jowhar"], 0,
   evidence="African Union troops on Monday handed over a forward operating base in Mahaday ... to the Somali National Army")
ev("galcad-taken-no-fight", A, "2023-09-17", "2023-09-17", "2023-09-17", BAT, ["Non-state actor overtakes territory"],
   SHB, SNA + [""], SO, ["Galguduud", "Galgaduud"], ["Ceel Dheer", "Ceel Buur"], 0,
   evidence="al-Shabaab fighters entered the town of Galcad in Galguduud region on Sunday without a fight")
ev("cowsweyne-base-overrun", A, "2023-08-26", "2023-08-26", "2023-08-26", BAT,
   ["Non-state actor overtakes territory", "Armed clash"], SHB, SNA, SO, ["Galguduud", "Galgaduud"], (), None,
   evidence="al-Shabaab fighters overran the army's positions on August 26 after a suicide car bombing, killing dozens")
ev("wanlaweyn-roadside-bomb", A, "2023-09-18", "2023-09-18", "2023-09-18", EXP, ["Remote explosive/landmine/IED"],
   SHB, SNA, SO, ["Lower Shabelle", "Shabeellaha Hoose"], ["Wanla Weyn", "Wanlaweyn"], 3,
   evidence="three soldiers were killed on Monday when a roadside bomb struck their vehicle near Wanlaweyn")
# not events: ATMIS withdrawal plan (3,000 by end of September); minister's vow; Hiiraan offensive Aug 2022 (background).

# --- CAR: IRC driver killed on Bocaranga-Koui axis (Oubangui Médias, Thu 2022-03-10) ---
CF = "Central African Republic"
A = "car_bocaranga_oubangui"
R3 = ["3R", "Return, Reclamation, Rehabilitation", "Retour, Reclamation et Rehabilitation",
      "Unidentified Armed Group (Central African Republic)"]
ev("bocaranga-ngo-ambush", A, "2022-03-08", "2022-03-08", "2022-03-08", VAC, ["Attack"], R3,
   ["Civilians (Central African Republic)", "Aid Workers (Central African Republic)", "International Rescue Committee"],
   CF, ["Ouham-Pende"], ["Bocaranga", "Koui"], 1,
   evidence="A driver working for the International Rescue Committee was killed ... on Tuesday ... between Bocaranga and Koui")
ev("ngaoundaye-faca-3r-clash", A, "2022-03-06", "2022-03-06", "2022-03-06", BAT, ["Armed clash"],
   ["Military Forces of Central African Republic", "Wagner Group"] + R3[:3],
   R3[:3] + ["Military Forces of Central African Republic", "Wagner Group"], CF, ["Lim-Pende", "Ouham-Pende"],
   ["Ngaoundaye"], 4,
   evidence="FACA and their Russian allies clashed with 3R fighters on Sunday near Ngaoundaye ... four rebels were killed")
# not events: IRC suspension, MINUSCA patrol plan, OCHA 2021 incident count, CPC (2020) and Khartoum deal (2019).

# --- Myanmar: Lashio handed back (Myanmar Now, Wed 2025-04-23) ---
MM = "Myanmar"
A = "myanmar_lashio_myanmarnow"
MNDAA = ["MNDAA", "Myanmar National Democratic Alliance Army"]
KIA = ["KIA", "Kachin Independence Army", "Kachin Independence Organization"]
ev("lashio-handed-back", A, "2025-04-22", "2025-04-22", "2025-04-22", STR, ["Non-violent transfer of territory"],
   MNDAA + ["Military Forces of Myanmar"], ["Military Forces of Myanmar"] + MNDAA + [""], MM, ["Shan"], ["Lashio"], 0,
   evidence="The MNDAA withdrew from Lashio ... on Tuesday and handed the town back to the military regime")
ev("tabayin-air-strike", A, "2025-04-21", "2025-04-21", "2025-04-21", EXP, ["Air/drone strike"],
   ["Military Forces of Myanmar"], ["Civilians (Myanmar)"], MM, ["Sagaing"], ["Shwebo"], 7,
   evidence="On Monday, a fighter jet bombed a village in Tabayin Township, Sagaing Region, killing seven civilians")
ev("bhamo-kia-clash", A, "2025-04-20", "2025-04-20", "2025-04-20", BAT, ["Armed clash"],
   KIA + ["Military Forces of Myanmar"], ["Military Forces of Myanmar"] + KIA, MM, ["Kachin"], ["Bhamo"], None,
   evidence="the KIA and regime troops clashed near Bhamo on Sunday")
ev("earthquake-ceasefire", A, "2025-04-02", "2025-03-28", "2025-04-22", STR, ["Agreement"],
   ["Military Forces of Myanmar"], [""], MM, [""], (), 0, req=False, tp=3,
   evidence="the ceasefire the junta declared after the March 28 earthquake")
# not events: Lashio capture Aug 2024 (background); earthquake toll; "more than 100 attacks" aggregate without toll.

# --- Ukraine: Zaporizhzhia and Kherson strikes (NV, Tue 2024-06-18) ---
UA, RU, CIV = "Ukraine", ["Military Forces of Russia"], ["Civilians (Ukraine)"]
A = "ukraine_zaporizhzhia_nv"
ev("huliaipole-mlrs-shelling", A, "2024-06-18", "2024-06-17", "2024-06-18", EXP,
   ["Shelling/artillery/missile attack"], RU, CIV, UA, ["Zaporizhzhia"], (), 2,
   evidence="Two civilians were killed overnight when Russian forces shelled the town of Huliaipole")
ev("orikhiv-guided-bombs", A, "2024-06-17", "2024-06-17", "2024-06-17", EXP, ["Air/drone strike"], RU, CIV, UA,
   ["Zaporizhzhia"], (), 1, evidence="On Monday, Russian aircraft dropped guided aerial bombs on Orikhiv, killing one man")
ev("beryslav-drone-car", A, "2024-06-16", "2024-06-16", "2024-06-16", EXP, ["Air/drone strike"], RU, CIV, UA,
   ["Kherson"], ["Beryslav"], 1,
   evidence="a man was killed on Sunday when a Russian drone dropped an explosive on his car in Beryslav")
# not events: 380 attacks on 10 settlements (aggregate, no toll); Syrskyi statement; Kyiv shoot-downs (teaser).

# --- Pakistan: Sargodha mob attack (Dawn, Sun 2024-05-26) ---
PK = "Pakistan"
A = "pakistan_sargodha_dawn"
ev("sargodha-mob-attack", A, "2024-05-25", "2024-05-25", "2024-05-25", RIO, ["Mob violence", "Violent demonstration"],
   ["Rioters (Pakistan)"], ["Civilians (Pakistan)", "Christian Group (Pakistan)", "Police Forces of Pakistan"], PK,
   ["Punjab"], ["Sargodha"], 0,
   evidence="A charged mob attacked the house and shoe factory of an elderly Christian man in the Mujahid Colony area")
ev("sargodha-arrests", A, "2024-05-26", "2024-05-25", "2024-05-26", STR, ["Arrests"], ["Police Forces of Pakistan"],
   ["Rioters (Pakistan)", ""], PK, ["Punjab"], ["Sargodha"], 0, req=False,
   evidence="more than 40 suspects had been arrested overnight")
# not events: CM notice and police deployment; HRCP statement; Jaranwala Aug 2023 (background).

DROP = {
    "sudan_alkoma_sudantribune": ["Home | News | Politics | Economy | Opinion | Press Releases | Documents", "Search",
                                  "Advertisement", "Share this:", "Facebook", "Twitter", "WhatsApp", "Email", "Related",
                                  "RSF drones target Port Sudan for third consecutive day",
                                  "UN warns of famine spreading across Darfur and Kordofan",
                                  "Sudanese army claims advance in West Kordofan",
                                  "Copyright © 2025 Sudan Tribune. All rights reserved."],
    "southsudan_lakes_cityreview": ["News | Business | Politics | Opinion | Features | Sports | Contact Us",
                                    "Subscribe to our newsletter", "Advertisement", "Related Articles",
                                    "Warrap: cattle raid leaves four dead in Tonj North",
                                    "Jonglei youth vow to recover abducted children",
                                    "UNMISS deploys peacekeepers to Tambura",
                                    "Share on Facebook | Share on X | Share on WhatsApp",
                                    "© 2024 The City Review. All Rights Reserved."],
    "ethiopia_gondar_borkena": ["Ethiopian News | Politics | Business | Opinion | Ethiopia Live Update", "Advertisement",
                                "Join borkena Telegram channel for updates", "Share this:", "Facebook", "Twitter",
                                "Telegram", "Related Posts", "Addis Ababa: Eid prayers held amid tight security",
                                "Amhara region: Fano and government tension",
                                "Ethiopia to hold national dialogue consultations",
                                "© 2022 borkena.com. All rights reserved."],
    "somalia_handover_hiiraan": ["Home | News | Somali News | Opinion | Sports | Archive | Contact", "ADVERTISEMENT",
                                 "Related stories", "Somali president arrives in New York for UN General Assembly",
                                 "Drought: Over 1 million displaced in 2023, OCHA says",
                                 "Puntland says it will not take part in federal elections", "© 2023 Hiiraan Online"],
    "car_bocaranga_oubangui": ["Accueil | Politique | Société | Sécurité | Économie | Sport | Culture", "Advertisement",
                               "Share: Facebook | Twitter | WhatsApp", "Read also",
                               "Bangui: the National Assembly adopts the 2022 budget",
                               "Vakaga: MINUSCA peacekeepers escort traders to Birao",
                               "Ouaka: return of displaced people to Ippy", "Subscribe to our newsletter",
                               "© Oubangui Médias 2022 – All rights reserved"],
    "ukraine_zaporizhzhia_nv": ["News | Politics | Economics | War in Ukraine | Opinion | NV Premium",
                                "Read also: Ukraine's air defence downs Russian missiles over Kyiv region",
                                "Advertisement", "Read also: Zelensky: Peace summit in Switzerland a \"first step\"",
                                "Subscribe to NV newsletter", "Share: Facebook | X | Telegram",
                                "Tags: Zaporizhzhia Oblast, shelling, Kherson Oblast, Russian war against Ukraine",
                                "© 2024 NV. All rights reserved."],
}
EITHER = {
    "sudan_alkoma_sudantribune": ["Sudan Tribune"],
    "southsudan_lakes_cityreview": ["The City Review", "By Mading Garang"],
    "ethiopia_gondar_borkena": ["borkena", "April 29, 2022"],
    "somalia_handover_hiiraan": ["Hiiraan Online", "Tuesday September 19, 2023"],
    "car_bocaranga_oubangui": ["Oubangui Médias", "By Fridolin Ngoulou"],
    "myanmar_lashio_myanmarnow": ["Myanmar Now", "April 23, 2025"],
    "ukraine_zaporizhzhia_nv": ["NV", "18 June 2024, 10:42"],
    "pakistan_sargodha_dawn": ["Published in Dawn, May 26th, 2024"],
}

write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout52), coded by CODEBOOK.md before any run; "
           "BLIND, not yet run.", drop=DROP, either=EITHER)
