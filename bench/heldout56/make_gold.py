"""Writes gold.json for held-out set 56 (hand-coded by CODEBOOK.md before any run of the system).

    python bench/heldout56/make_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# --- Cameroon (AFP, 2016-02-20): Meme market double suicide bombing. "Meme" is a Far North village
# near Mora (Mayo-Sava); the gazetteer's "Meme" is the South-West department -> trap.
CM = "Cameroon"
BH_CM = ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'Awati Wal-Jihad", "Islamic State West Africa Province",
         "ISWAP", "Unidentified Armed Group (Cameroon)"]
ev("meme-market-suicide-bombing", "cameroon_meme_afp", "2016-02-19", "2016-02-19", "2016-02-19", EXP,
   ["Suicide bomb"], BH_CM, ["Civilians (Cameroon)"], CM, ["Far North", "Extreme-Nord"], ["Mayo-Sava"], 24,
   evidence="Two female suicide bombers blew themselves up in a crowded market ... on Friday ... "
            "'The toll is 24 dead, including the two kamikazes' (local official 'about thirty' is vague)")
# not events: July 2015 Maroua bombings (background), veil/motorcycle bans, governor's security measures.

# --- Chad (AP, 2025-05-16): Masra arrested (Friday); Mandakao killings (Wednesday).
TD = "Chad"
ev("masra-arrested", "chad_masra_ap", "2025-05-16", "2025-05-16", "2025-05-16", STR, ["Arrests"],
   ["Police Forces of Chad", "Military Forces of Chad"],
   ["Les Transformateurs", "Transformers", "The Transformers", "Succes Masra", "Civilians (Chad)"],
   TD, ["N'Djamena", "Ville de N'Djamena"], (), 0,
   evidence="Security forces in Chad on Friday arrested main opposition leader ... Succes Masra at his home in ... N'Djamena")
HERD = ["Unidentified Armed Group (Chad)", "Herders (Chad)", "Fulani Ethnic Militia (Chad)",
        "Arab Ethnic Militia (Chad)", "Pastoralists (Chad)"]
ev("mandakao-attack", "chad_masra_ap", "2025-05-14", "2025-05-14", "2025-05-14", VAC, ["Attack"],
   HERD, ["Civilians (Chad)"], TD, ["Logone Occidental"], ["Dodje"], 42,
   evidence="Forty-two people ... were killed when armed men attacked Mandakao before dawn on Wednesday")
ev("mandakao-as-clash", "chad_masra_ap", "2025-05-14", "2025-05-14", "2025-05-14", BAT, ["Armed clash"],
   HERD + ["Farmers (Chad)"], HERD + ["Farmers (Chad)", "Civilians (Chad)"], TD, ["Logone Occidental"],
   ["Dodje"], 42, req=False,
   evidence="The violence pitted herders against farmers (alternative reading of the same killings)")
# not events: 75 arrests of unnamed suspects, party statements, Oct 2022 shootings and April 2021 (background).

# --- CAR (The New Humanitarian analysis, 2021-09-14): NO events. Every dated act is > 30 days old
# (Dec 2020 offensive, 3 and 13 Jan 2021, Feb-Apr abuses, Apr-Jun landmines); the state of emergency,
# dialogue plans and aggregate counts are not events.

# --- South Sudan (UN News, 2023-06-10): Malakal PoC site clashes late Thursday 8 June.
SS = "South Sudan"
MIL = ["Shilluk Ethnic Militia (South Sudan)", "Nuer Ethnic Militia (South Sudan)",
       "Unidentified Armed Group (South Sudan)", "Rioters (South Sudan)", "Civilians (South Sudan)"]
ev("malakal-poc-clashes", "southsudan_malakal_unnews", "2023-06-08", "2023-06-08", "2023-06-09", BAT,
   ["Armed clash"], MIL, MIL, SS, ["Upper Nile"], ["Malakal"], 20,
   evidence="Fighting erupted on Thursday night between young men from the Shilluk and Nuer communities ... "
            "with guns, machetes, spears ... at least 20 people dead")
ev("malakal-poc-as-riot", "southsudan_malakal_unnews", "2023-06-08", "2023-06-08", "2023-06-09", RIO,
   ["Mob violence"], MIL, MIL, SS, ["Upper Nile"], ["Malakal"], 20, req=False,
   evidence="same fighting read as communal mob violence inside the camp")
ev("malakal-unmiss-reinforce", "southsudan_malakal_unnews", "2023-06-10", "2023-06-09", "2023-06-10", STR,
   ["Change to group/activity"], ["UNMISS", "United Nations Mission in South Sudan"], [""], SS, ["Upper Nile"],
   ["Malakal"], 0, req=False, tp=2,
   evidence="deployed additional peacekeepers from its Bangladeshi and Rwandan contingents")
ev("malakal-young-man-killed", "southsudan_malakal_unnews", "2023-06-07", "2023-06-05", "2023-06-08", VAC,
   ["Attack"], ["Unidentified Armed Group (South Sudan)"], ["Civilians (South Sudan)"], SS, ["Upper Nile"],
   ["Malakal"], 1, req=False, tp=2,
   evidence="the violence was sparked by the killing of a young man earlier in the week (place and perpetrator unclear)")
# not events: governor's curfew (Friday), disarmament order, Feb 2016 PoC attack (background).

# --- Mozambique (Reuters, 2024-11-07): Maputo march (Thursday), Nampula dispersal.
MZ = "Mozambique"
ev("maputo-march-riot", "mozambique_maputo_reuters", "2024-11-07", "2024-11-07", "2024-11-07", RIO,
   ["Violent demonstration"], ["Rioters (Mozambique)", "Protesters (Mozambique)", "Podemos"],
   ["Police Forces of Mozambique"], MZ, ["Maputo City", "Cidade de Maputo"], (), 3,
   evidence="Protesters ... burned tyres, blocked main avenues ... threw stones at police ... three people were shot dead in Maputo")
ev("maputo-march-excessive-force", "mozambique_maputo_reuters", "2024-11-07", "2024-11-07", "2024-11-07", PRO,
   ["Excessive force against protesters", "Protest with intervention"], ["Protesters (Mozambique)"],
   ["Police Forces of Mozambique"], MZ, ["Maputo City", "Cidade de Maputo"], (), 3, req=False,
   evidence="police fired tear gas and live ammunition ... at thousands of opposition supporters (protest reading)")
ev("nampula-march-dispersed", "mozambique_maputo_reuters", "2024-11-07", "2024-11-07", "2024-11-07", PRO,
   ["Protest with intervention"], ["Protesters (Mozambique)"], ["Police Forces of Mozambique"], MZ,
   ["Nampula"], ["Nampula"], 0,
   evidence="In ... Nampula, police used tear gas to disperse several hundred Mondlane supporters ... on Thursday")
ev("mozambique-aggregate-30", "mozambique_maputo_reuters", "2024-11-07", "2024-10-21", "2024-11-07", PRO,
   ["Excessive force against protesters"], ["Protesters (Mozambique)"], ["Police Forces of Mozambique"], MZ,
   [""], (), 30, req=False, tp=3,
   evidence="at least 30 people have been killed by police in protests across the country since Oct. 21 (aggregate)")
ev("maputo-army-deployed", "mozambique_maputo_reuters", "2024-11-07", "2024-11-04", "2024-11-07", STR,
   ["Change to group/activity"], ["Military Forces of Mozambique"], [""], MZ, ["Maputo City", "Cidade de Maputo"],
   (), 0, req=False, tp=2, evidence="Soldiers were deployed at key points, including near the presidential palace")
# not events: Lebombo border closure by South Africa, Chume's warning, Mondlane's call, EU observers.

# --- Lebanon (Asharq Al-Awsat, 2019-11-26): Ring bridge attack (Sun night), Tyre tents (Mon night),
# students' march (Mon). The Jiyeh crash is an accident, not political violence.
LB = "Lebanon"
PARTY = ["Rioters (Lebanon)", "Hezbollah", "Amal Movement", "Amal"]
BEY = ["Beyrouth", "Beirut"]
ev("ring-bridge-attack", "lebanon_ring_asharq", "2019-11-24", "2019-11-24", "2019-11-25", RIO,
   ["Mob violence", "Violent demonstration"], PARTY, ["Protesters (Lebanon)", "Civilians (Lebanon)", ""], LB, BEY,
   (), 0, evidence="supporters of Hezbollah and the Amal Movement ... hurled stones and bottles at the demonstrators ... overnight Sunday")
ev("ring-bridge-roadblock-protest", "lebanon_ring_asharq", "2019-11-24", "2019-11-24", "2019-11-24", PRO,
   ["Peaceful protest"], ["Protesters (Lebanon)"], [""], LB, BEY, (), 0, req=False,
   evidence="protesters had been blocking the road since the morning")
ev("tyre-tents-burned", "lebanon_ring_asharq", "2019-11-25", "2019-11-25", "2019-11-26", RIO,
   ["Mob violence"], PARTY, ["Protesters (Lebanon)", "Civilians (Lebanon)", ""], LB, ["South", "Liban-Sud"], (), 0,
   evidence="on Monday night, a group of young men set fire to the tents of the protest sit-in at al-Alam square in ... Tyre")
ev("tyre-tents-as-destruction", "lebanon_ring_asharq", "2019-11-25", "2019-11-25", "2019-11-26", STR,
   ["Looting/property destruction"], PARTY, ["Protesters (Lebanon)", "Civilians (Lebanon)", ""], LB,
   ["South", "Liban-Sud"], (), 0, req=False, evidence="same arson read as property destruction")
ev("students-march-beirut", "lebanon_ring_asharq", "2019-11-25", "2019-11-25", "2019-11-25", PRO,
   ["Peaceful protest"], ["Protesters (Lebanon)"], [""], LB, BEY, (), 0,
   evidence="hundreds of school and university students marched on Monday ... to the Ministry of Education ... peacefully")
ev("jiyeh-roadblock", "lebanon_ring_asharq", "2019-11-25", "2019-11-24", "2019-11-25", PRO,
   ["Peaceful protest"], ["Protesters (Lebanon)"], [""], LB, ["Mont-Liban", "Mount Lebanon"], ["Chouf"], 0,
   req=False, evidence="a road block set up by protesters on the highway at Jiyeh (the fatal crash itself is an accident)")

# --- Gaza (Times of Israel, 2019-03-17): Hamas crackdown Thu Jabalia / Fri Deir al-Balah / Sat Rafah;
# Israeli strikes overnight Thu-Fri on Gaza City and Khan Younis; rockets on Tel Aviv (Israel, optional).
PS = "Palestine"
HAMAS_POL = ["Police Forces of Palestine", "Hamas", "Military Forces of Palestine"]
ev("jabalia-protest-crackdown", "gaza_protests_toi", "2019-03-14", "2019-03-14", "2019-03-14", PRO,
   ["Protest with intervention", "Excessive force against protesters"], ["Protesters (Palestine)"], HAMAS_POL,
   PS, ["Gaza Strip"], ["North Gaza"], 0,
   evidence="began on Thursday in the Jabalia refugee camp ... police officers ... beat them with batons and detained at least 20")
ev("deir-al-balah-protest-crackdown", "gaza_protests_toi", "2019-03-15", "2019-03-15", "2019-03-15", PRO,
   ["Protest with intervention", "Excessive force against protesters"], ["Protesters (Palestine)"], HAMAS_POL,
   PS, ["Gaza Strip"], ["Deir Al Balah", "Deir al-Balah"], 0,
   evidence="On Friday, security forces fired into the air to disperse a larger rally in Deir al-Balah")
ev("rafah-protest-crackdown", "gaza_protests_toi", "2019-03-16", "2019-03-16", "2019-03-16", PRO,
   ["Protest with intervention"], ["Protesters (Palestine)"], HAMAS_POL, PS, ["Gaza Strip"], ["Rafah"], 0,
   evidence="Hamas security forces on Saturday broke up a protest ... in ... Rafah and arrested dozens")
ev("gaza-city-airstrike", "gaza_protests_toi", "2019-03-15", "2019-03-14", "2019-03-15", EXP,
   ["Air/drone strike"], ["Military Forces of Israel"], ["Hamas", ""], PS, ["Gaza Strip"], ["Gaza"], 0,
   evidence="fighter jets hit some 100 Hamas military sites, including a headquarters in Gaza City ... overnight Thursday-Friday")
ev("khan-younis-airstrike", "gaza_protests_toi", "2019-03-15", "2019-03-14", "2019-03-15", EXP,
   ["Air/drone strike"], ["Military Forces of Israel"], ["Hamas", ""], PS, ["Gaza Strip"], ["Khan Yunis", "Khan Younis"],
   0, evidence="... and an underground complex in Khan Younis")
ev("tel-aviv-rockets", "gaza_protests_toi", "2019-03-14", "2019-03-14", "2019-03-14", EXP,
   ["Shelling/artillery/missile attack"], ["Hamas", "Unidentified Armed Group (Palestine)"], [""], "Israel",
   ["Tel Aviv"], (), 0, req=False, evidence="two rockets were fired at Tel Aviv on Thursday night")
# not events: ICHR's "1,000 detained since Thursday" (aggregate, no deaths), Netanyahu's warning, March of Return (background).

# --- Libya (Al Jazeera, 2020-08-25): Sunday shooting at Martyrs' Square; Monday dispersal; Misrata rally.
LY = "Libya"
TRI_GUNMEN = ["Nawasi Brigade", "Al-Nawasi Brigade", "Unidentified Armed Group (Libya)", "Military Forces of Libya",
              "Police Forces of Libya"]
ev("tripoli-protesters-shot", "libya_tripoli_aljazeera", "2020-08-23", "2020-08-23", "2020-08-23", PRO,
   ["Excessive force against protesters", "Protest with intervention"], ["Protesters (Libya)"], TRI_GUNMEN, LY,
   ["Tripoli"], (), 0,
   evidence="Sunday's rally in Martyrs' Square ... men in military vehicles ... fired live ammunition ... three protesters were wounded")
ev("tripoli-monday-dispersed", "libya_tripoli_aljazeera", "2020-08-24", "2020-08-24", "2020-08-24", PRO,
   ["Protest with intervention"], ["Protesters (Libya)"], TRI_GUNMEN, LY, ["Tripoli"], (), 0,
   evidence="Protesters returned on Monday evening ... Security forces fired into the air and used tear gas ... 13 people were arrested")
ev("misrata-solidarity-rally", "libya_tripoli_aljazeera", "2020-08-24", "2020-08-24", "2020-08-24", PRO,
   ["Peaceful protest"], ["Protesters (Libya)"], [""], LY, ["Misrata", "Misratah"], (), 0,
   evidence="In ... Misrata, several hundred people demonstrated peacefully on Monday")
ev("ceasefire-announced", "libya_tripoli_aljazeera", "2020-08-21", "2020-08-21", "2020-08-21", STR,
   ["Agreement"], ["Government of National Accord", "Military Forces of Libya", "House of Representatives"],
   ["House of Representatives", "Government of National Accord", "Military Forces of Libya", ""], LY,
   ["Tripoli", ""], (), 0, req=False,
   evidence="al-Sarraj and Aguila Saleh ... announced in separate statements on Friday an immediate ceasefire")
# not events: the GNA coronavirus curfew (Tuesday), Bashagha's statement, the oil blockade, the 2019-20 offensive.

DROP = {
    "car_analysis_tnh": ["Skip to main content", "The New Humanitarian", "Topics", "Regions", "Investigations",
                         "Podcasts", "Donate", "Newsletter", "Share", "Facebook", "Twitter", "LinkedIn", "Email",
                         "Related stories",
                         "In Central African Republic, landmines add a new threat for aid convoys",
                         "How Russia's footprint in CAR has grown", "Sign up for our newsletter",
                         "Get the day's top headlines in your inbox every morning", "Email address", "Subscribe",
                         "© The New Humanitarian 2021. All rights reserved."],
    "southsudan_malakal_unnews": ["UN News", "Global perspective Human stories", "Search", "Home",
                                  "Peace and Security", "Africa", "Related",
                                  "South Sudan: UN warns of rising needs as refugees from Sudan arrive in Renk",
                                  "Upper Nile: peacekeepers step up patrols",
                                  "Download the UN News app for your iOS or Android devices."],
    "lebanon_ring_asharq": ["Asharq Al-Awsat", "English", "Home", "News", "Arab World", "Opinion", "Culture", "Sports",
                            "Advertisement", "Read More", "Lebanon: Banks Reopen Amid Tight Security",
                            "Aoun Says Consultations for New Premier Will Start Soon", "Share", "Facebook", "Twitter",
                            "WhatsApp", "Editorial Rights Reserved © 2019 Asharq Al-Awsat"],
    "gaza_protests_toi": ["THE TIMES OF ISRAEL", "Israel & the Region", "Jewish Times", "Israel Inside", "Blogs",
                          "Sign In", "Join Our Community", "Read more:",
                          "IDF strikes 100 Hamas targets after rockets fired at Tel Aviv",
                          "Egyptian mediators leave Gaza as tensions rise", "Comments", "Times of Israel",
                          "Terms of Use", "Privacy Policy", "© 2019 THE TIMES OF ISRAEL, ALL RIGHTS RESERVED"],
}
EITHER = {
    "cameroon_meme_afp": ["str/cs/mah"],
    "car_analysis_tnh": ["ANALYSIS", "By our correspondent in Bangui", "14 September 2021"],
    "southsudan_malakal_unnews": ["10 June 2023"],
    "mozambique_maputo_reuters": ["(Reporting by Manuel Mucari in Maputo; Additional reporting by Nelson Banya in "
                                  "Harare; Writing by Bhargav Acharya; Editing by Alexandra Hudson)"],
    "lebanon_ring_asharq": ["Tuesday, 26 November, 2019 - 06:00", "Beirut - Asharq Al-Awsat"],
    "gaza_protests_toi": ["By TOI staff and Agencies", "17 March 2019, 5:22 pm"],
    "libya_tripoli_aljazeera": ["SOURCE: AL JAZEERA AND NEWS AGENCIES"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout56: CM, TD, CF, SS, MZ, LB, PS, LY; "
                             "2016-2025), coded by CODEBOOK.md before the system was run.",
               drop=DROP, either=EITHER)
