"""Writes gold.json for the thirty-fourth held-out set (hand-coded by CODEBOOK.md before any run).

    python bench/heldout34/make_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# --- cameroon_kerawa_reuters (Reuters, Fri 2015-09-04) ---
CM = "Cameroon"
BH_CM = ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS", "Islamic State West Africa Province",
         "ISWAP", "Unidentified Armed Group (Cameroon)"]
ev("kerawa-double-suicide-bombing", "cameroon_kerawa_reuters", "2015-09-03", "2015-09-03", "2015-09-03", EXP,
   ["Suicide bomb"], BH_CM, ["Civilians (Cameroon)"], CM, ["Far North", "Extreme North", "Extreme-Nord"],
   ["Mayo-Sava"], 30,
   evidence="Two suicide bombers blew themselves up in a crowded market and near a military camp in ... Kerawa on "
            "Thursday, killing at least 30 people (toll 19 -> 30; unclear whether bombers included)")
# not events: Maroua bombings July 22 / July 25 (43 and 40 days before: background); Fotokol in February
# (background); minister's vow to reinforce troops (plan); regional 8,700-strong force (plan).

# --- chad_bagasola_voa (VOA, Mon 2015-10-12) ---
TD = "Chad"
BH_TD = ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS", "Islamic State West Africa Province",
         "ISWAP", "Unidentified Armed Group (Chad)"]
ev("baga-sola-suicide-bombings", "chad_bagasola_voa", "2015-10-10", "2015-10-10", "2015-10-10", EXP,
   ["Suicide bomb"], BH_TD, ["Civilians (Chad)"], TD, ["Lac"], ["Mamdi"], 41,
   evidence="Five suicide bombers blew themselves up Saturday afternoon, hitting the town's crowded fish market and a "
            "camp for displaced people on the edge of town (toll 33 -> 36 -> 41 including the five attackers)")
# not events: N'Djamena market bombing in July and police HQ/academy bombings in June (background); veil ban,
# expulsions, planned state of emergency and troop reinforcements (policy/plans).

# --- car_bangassou_aljazeera (Al Jazeera, Tue 2017-05-16) ---
CF = "Central African Republic"
AB = ["Anti-Balaka", "Anti-balaka", "Anti Balaka"]
UN = ["MINUSCA", "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
      "United Nations", "Military Forces of Morocco"]
ev("bangassou-tokoyo-attack", "car_bangassou_aljazeera", "2017-05-13", "2017-05-13", "2017-05-13", VAC, ["Attack"],
   AB + ["Unidentified Armed Group (Central African Republic)"], ["Civilians (Central African Republic)"], CF,
   ["Mbomou"], ["Bangassou"], 115,
   evidence="anti-balaka ... attacked Tokoyo early on Saturday, killing residents and torching homes; Red Cross "
            "counted 115 dead, up from 26 bodies found on Sunday")
ev("bangassou-minusca-clash", "car_bangassou_aljazeera", "2017-05-13", "2017-05-13", "2017-05-13", BAT,
   ["Armed clash"], AB + UN, UN + AB, CF, ["Mbomou"], ["Bangassou"], 1,
   evidence="The attackers also fired on the base of ... MINUSCA, and a Moroccan peacekeeper was killed in an "
            "exchange of fire on Saturday")
ev("yogofongo-convoy-ambush", "car_bangassou_aljazeera", "2017-05-08", "2017-05-08", "2017-05-08", BAT,
   ["Armed clash"], ["Unidentified Armed Group (Central African Republic)"] + AB, UN, CF, ["Mbomou"], (), 5,
   evidence="On Monday last week, fighters ambushed the convoy [near Yogofongo, between Rafai and Bangassou], "
            "killing four Cambodian peacekeepers and a Moroccan soldier")
ev("bangassou-minusca-regains-centre", "car_bangassou_aljazeera", "2017-05-15", "2017-05-13", "2017-05-15", BAT,
   ["Government regains territory"], UN, AB, CF, ["Mbomou"], ["Bangassou"], None, req=False, tp=2,
   evidence="MINUSCA said it had since sent reinforcements from Bangui and regained control of the town centre")
ev("minusca-reinforcements-bangassou", "car_bangassou_aljazeera", "2017-05-15", "2017-05-13", "2017-05-16", STR,
   ["Change to group/activity"], UN, [""], CF, ["Mbomou"], ["Bangassou"], 0, req=False, tp=2,
   evidence="MINUSCA said it had since sent reinforcements from Bangui")
# not events: Guterres / Onanga-Anyanga statements; Ugandan and US forces' pull-out "in April" (month only,
# largely >30 days); 2013 Seleka coup (background).

# --- mozambique_macomia_clubofmoz (Club of Mozambique, Mon 2020-06-01) ---
MZ = "Mozambique"
IS_MZ = ["Islamic State", "Islamic State Mozambique Province", "ISCAP", "Al Shabaab (Mozambique)",
         "Ahlu Sunnah Wa-Jama", "Unidentified Armed Group (Mozambique)"]
FADM = ["Military Forces of Mozambique", "Police Forces of Mozambique"]
ev("macomia-occupied", "mozambique_macomia_clubofmoz", "2020-05-28", "2020-05-28", "2020-05-28", BAT,
   ["Non-state actor overtakes territory"], IS_MZ, FADM + [""], MZ, ["Cabo Delgado"], ["Macomia"], None,
   evidence="The insurgents entered Macomia early on Thursday ... raised their black flag at the market ... "
            "They stayed in the town all of Thursday")
ev("macomia-buildings-burned", "mozambique_macomia_clubofmoz", "2020-05-28", "2020-05-28", "2020-05-28", STR,
   ["Looting/property destruction"], IS_MZ, [""], MZ, ["Cabo Delgado"], ["Macomia"], 0, req=False,
   evidence="set fire to the district hospital, several shops and the offices of the state electricity company")
ev("macomia-helicopter-strikes", "mozambique_macomia_clubofmoz", "2020-05-29", "2020-05-29", "2020-05-29", EXP,
   ["Air/drone strike"], FADM + ["Dyck Advisory Group", "Private Security Forces (Mozambique)"], IS_MZ, MZ,
   ["Cabo Delgado"], ["Macomia"], None,
   evidence="Fighting continued on Friday, with helicopters hired by the government from a private military company "
            "firing on insurgent positions around the town and along the road towards the village of Chai")
ev("macomia-friday-fighting", "mozambique_macomia_clubofmoz", "2020-05-29", "2020-05-29", "2020-05-29", BAT,
   ["Armed clash"], FADM + IS_MZ, IS_MZ + FADM, MZ, ["Cabo Delgado"], ["Macomia"], None, req=False,
   evidence="Fighting continued on Friday")
ev("macomia-regained", "mozambique_macomia_clubofmoz", "2020-05-30", "2020-05-29", "2020-05-30", BAT,
   ["Government regains territory"], FADM, IS_MZ, MZ, ["Cabo Delgado"], ["Macomia"], 78,
   evidence="On Saturday, the Interior Ministry said defence and security forces had 'regained control' of Macomia "
            "... 78 insurgents, including two of their leaders, had been killed in the operations to retake the town")
# not events: Mocimboa da Praia and Quissanga occupations in March, Xitaxi massacre in April (55 days: background);
# 2017 start of the insurgency; aggregate 1,000 killed since 2017; minister's promise of patrols.

# --- sudan_whitenile_sudantribune (Sudan Tribune, Wed 2025-02-19) ---
SD = "Sudan"
RSF = ["Rapid Support Forces", "RSF"]
ev("al-kadaris-massacre", "sudan_whitenile_sudantribune", "2025-02-17", "2025-02-15", "2025-02-17", VAC, ["Attack"],
   RSF, ["Civilians (Sudan)"], SD, ["White Nile"], (), None, tp=2,
   evidence="The attacks hit the villages of Al-Kadaris and Al-Khelwat, near the town of Naima ... between Saturday "
            "and Monday (joint toll 200 -> 433, split per village unknown; most victims in Al-Kadaris)")
ev("al-khelwat-massacre", "sudan_whitenile_sudantribune", "2025-02-17", "2025-02-15", "2025-02-17", VAC, ["Attack"],
   RSF, ["Civilians (Sudan)"], SD, ["White Nile"], (), None, tp=2,
   evidence="The attacks hit the villages of Al-Kadaris and Al-Khelwat ... between Saturday and Monday")
# not events: foreign-ministry / UN statements; Burhan's vow; Wad Madani regained in January and Wad al-Nourah last
# June (background); RSF "controls several villages" (territory held); related headlines (boilerplate).

# --- drc_mongbwalu_radiookapi (Radio Okapi, Tue 2022-05-10) ---
CD = ["Democratic Republic of Congo", "Democratic Republic of the Congo"]
CODECO = ["CODECO", "CODECO: Cooperative for Development of the Congo", "Cooperative for the Development of Congo",
          "URDPC", "Lendu Ethnic Militia (Democratic Republic of Congo)"]
FARDC = ["Military Forces of Democratic Republic of Congo", "Military Forces of Democratic Republic of the Congo",
         "Military Forces of the Democratic Republic of the Congo", "FARDC"]
ev("camp-blanc-attack", "drc_mongbwalu_radiookapi", "2022-05-08", "2022-05-08", "2022-05-08", VAC, ["Attack"], CODECO,
   ["Civilians (Democratic Republic of Congo)", "Civilians (Democratic Republic of the Congo)"], CD, ["Ituri"],
   ["Djugu"], 27,
   evidence="At least twenty-seven civilians were killed on Sunday 8 May in an attack by CODECO militiamen on the "
            "gold-mining site of Camp Blanc, near Mongbwalu (army 27 vs civil society 35 -> 27)")
ev("pimbo-fardc-codeco-clash", "drc_mongbwalu_radiookapi", "2022-05-09", "2022-05-09", "2022-05-09", BAT,
   ["Armed clash"], FARDC + CODECO, CODECO + FARDC, CD, ["Ituri"], ["Djugu"], 3,
   evidence="On Monday, FARDC soldiers pursuing the attackers clashed with CODECO militiamen near the village of "
            "Pimbo ... Three militiamen were killed")
ev("mongbwalu-reinforcements", "drc_mongbwalu_radiookapi", "2022-05-10", "2022-05-08", "2022-05-10", STR,
   ["Change to group/activity"], FARDC, [""], CD, ["Ituri"], ["Djugu"], 0, req=False, tp=2,
   evidence="reinforcements had been deployed to secure the mining sites around Mongbwalu")
# not events: Plaine Savo in February, state of siege since May 2021 (background); "Read also" headlines.

# --- nigeria_kaya_premiumtimes (Premium Times, Thu 2021-09-02) ---
NG = "Nigeria"
BANDITS = ["Unidentified Armed Group (Nigeria)", "Bandits (Nigeria)", "Bandit Militia (Nigeria)", "Bandits",
           "Unidentified Bandits (Nigeria)"]
ev("kaya-school-abduction", "nigeria_kaya_premiumtimes", "2021-09-01", "2021-09-01", "2021-09-01", VAC,
   ["Abduction/forced disappearance"], BANDITS, ["Civilians (Nigeria)"], NG, ["Zamfara"], ["Maradun"], 0,
   evidence="Gunmen on Wednesday abducted 73 students of the Government Day Secondary School, Kaya, in Maradun "
            "... no one was killed")
ev("nda-afaka-attack", "nigeria_kaya_premiumtimes", "2021-08-24", "2021-08-24", "2021-08-24", BAT, ["Armed clash"],
   BANDITS, ["Military Forces of Nigeria"], NG, ["Kaduna"], ["Igabi"], 2,
   evidence="The attackers stormed the officers' quarters at the academy's permanent site in Afaka, Igabi ... Tuesday, "
            "August 24. Two officers ... were killed, while a major was taken away")
# not events: telecom shutdown, school closures, motorcycle/fuel restrictions, no-ransom pledge (policy);
# army rescue operation (plan); Jangebe in February, Kankara in December (background); "more than 1,000 students
# abducted since December" (aggregate with no fatalities); related headline "Bandits kill 10 in Kauru" (boilerplate).

# --- mali_anefis_afp (AFP, Mon 2023-10-09) ---
ML = "Mali"
FAMA = ["Military Forces of Mali"]
CSP = ["CSP", "CSP-PSD", "Permanent Strategic Framework", "Permanent Strategic Framework for Peace, Security and "
       "Development", "Strategic Permanent Framework", "Coordination of Azawad Movements", "CMA"]
ev("anefis-retaken", "mali_anefis_afp", "2023-10-07", "2023-10-07", "2023-10-07", BAT,
   ["Government regains territory"], FAMA, CSP, ML, ["Kidal", "Gao"], (), None,
   evidence="The armed forces took control of Anefis on Saturday, October 7 ... CSP said its fighters had carried "
            "out a 'tactical withdrawal'")
ev("anefis-air-strikes", "mali_anefis_afp", "2023-10-06", "2023-10-06", "2023-10-06", EXP, ["Air/drone strike"],
   FAMA, CSP + ["Civilians (Mali)"], ML, ["Kidal", "Gao"], (), None,
   evidence="On Friday, army aircraft carried out strikes on CSP positions around Anefis ... Neither side gave a toll")
ev("bourem-camp-attack", "mali_anefis_afp", "2023-09-12", "2023-09-12", "2023-09-12", BAT, ["Armed clash"],
   CSP + FAMA, FAMA + CSP, ML, ["Gao"], ["Bourem"], 56,
   evidence="On September 12, CSP fighters attacked the army camp in Bourem ... 10 soldiers and 46 assailants were "
            "killed ... after which the attackers pulled back (27 days before publication)")
# not events: MINUSMA's coming withdrawal from Tessalit/Aguelhok/Kidal (plan); Ber pull-out in August (57 days:
# background); ACLED tally of 1,500 killed in three regions since July (multi-month aggregate); Kidal 2014,
# 2015 accord, 2020/2021 coups (background); officer's quote (statement).

# --- somalia_halgan_hiiraan (Hiiraan Online, Fri 2016-06-10) ---
SO = "Somalia"
SHAB = ["Al Shabaab", "Al-Shabaab", "Harakat al-Shabaab al-Mujahideen"]
AMISOM = ["AMISOM", "African Union Mission in Somalia", "Military Forces of Ethiopia"]
HIIRAN = ["Hiiran", "Hiraan", "Hiran"]
ev("halgan-base-attack", "somalia_halgan_hiiraan", "2016-06-09", "2016-06-09", "2016-06-09", EXP, ["Suicide bomb"],
   SHAB, AMISOM, SO, HIIRAN, (), None,
   evidence="a suicide bomber drove a vehicle packed with explosives into the gate of the base. ... Dozens of militants "
            "then stormed through the breach ... AMISOM ... killed 110 al-Shabaab fighters; al-Shabaab claims 40+ "
            "Ethiopians (contested: toll not scored)")
ev("halgan-base-fighting", "somalia_halgan_hiiraan", "2016-06-09", "2016-06-09", "2016-06-09", BAT, ["Armed clash"],
   SHAB + AMISOM, AMISOM + SHAB, SO, HIIRAN, (), None, req=False,
   evidence="The fighting was very heavy ... until about midday ... Ethiopian troops, supported by helicopters, later "
            "pushed the attackers back")
ev("beledweyne-arrests", "somalia_halgan_hiiraan", "2016-06-09", "2016-06-09", "2016-06-09", STR, ["Arrests"],
   ["Military Forces of Somalia", "Police Forces of Somalia"], SHAB + [""], SO, HIIRAN, (), 0, req=False,
   evidence="Somali security forces said they had arrested several al-Shabaab suspects in Beledweyne")
# not events: El Adde (January) and Leego (2015) background; Ethiopia's warning (statement); related headlines.

# --- guinea_conakry_bbc (BBC, Tue 2019-10-15) ---
GN = "Guinea"
RIOT_GN = ["Rioters (Guinea)", "Protesters (Guinea)"]
SEC_GN = ["Police Forces of Guinea", "Military Forces of Guinea", ""]
ev("conakry-riot-oct14", "guinea_conakry_bbc", "2019-10-14", "2019-10-14", "2019-10-14", RIO,
   ["Violent demonstration"], RIOT_GN, SEC_GN, GN, ["Conakry"], (), 4,
   evidence="Four young men were shot dead in the suburbs of the capital, Conakry, on Monday, where protesters "
            "erected barricades, burned tyres and threw stones at security forces")
ev("mamou-riot", "guinea_conakry_bbc", "2019-10-14", "2019-10-14", "2019-10-14", RIO, ["Violent demonstration"],
   RIOT_GN, SEC_GN, GN, ["Mamou"], (), 1,
   evidence="A gendarme was shot dead in the central town of Mamou during clashes with demonstrators")
ev("fndc-leaders-arrested", "guinea_conakry_bbc", "2019-10-12", "2019-10-12", "2019-10-12", STR, ["Arrests"],
   ["Police Forces of Guinea"], ["FNDC", "National Front for the Defence of the Constitution",
                                  "Protesters (Guinea)", "Civilians (Guinea)"], GN, ["Conakry"], (), 0,
   evidence="On Saturday, police arrested several leaders of the FNDC, including its coordinator Abdourahmane Sanoh")
ev("labe-protest", "guinea_conakry_bbc", "2019-10-14", "2019-10-14", "2019-10-15", PRO,
   ["Peaceful protest", "Protest with intervention"], ["Protesters (Guinea)"], [""], GN, ["Labe", "Labé"], (), 0,
   req=False, evidence="Protests were also reported in Labé and other towns in the north")
ev("cosa-barricades-oct15", "guinea_conakry_bbc", "2019-10-15", "2019-10-15", "2019-10-15", RIO,
   ["Violent demonstration"], RIOT_GN, SEC_GN, GN, ["Conakry"], (), 0, req=False,
   evidence="There was sporadic unrest on Tuesday morning in Cosa, where young men again set up barricades")
# not events: Conde's constitution plan, FNDC vow, minister's denial, Amnesty call; 2010/2015 elections (background).

DROP_TEXT = {
    "chad_bagasola_voa": ["VOA News", "Home | USA | Africa | Middle East | Asia | Europe | Americas | Video | Radio",
                          "Africa", "Share this:", "Facebook Twitter Email Print", "Advertisement", "Related",
                          "Nigeria: Boko Haram Suspects Kill 15 in Borno Village",
                          "UN: Lake Chad Crisis Displaced 2.5 Million", "Cameroon Bans Burqa After Suicide Attacks",
                          "Subscribe to our Africa newsletter", "© 2015 VOA News. All rights reserved."],
    "mozambique_macomia_clubofmoz": ["Club of Mozambique",
                                     "Home | News | Business | Tourism | Cabo Delgado | Opinion | Jobs",
                                     "Share this:", "Advertisement", "Related:",
                                     "Mozambique: Insurgents attack Quissanga district HQ - Watch",
                                     "Cabo Delgado: WFP scales up food assistance",
                                     "Sign up for our free daily newsletter",
                                     "© 2020 Club of Mozambique. All rights reserved."],
    "sudan_whitenile_sudantribune": ["Sudan Tribune",
                                     "Home | Politics | Darfur | Kordofan | Economy | Opinion | Press Releases",
                                     "Advertisement", "Share this: Facebook | X | WhatsApp", "Related news",
                                     "RSF drone strikes hit power station in Kosti",
                                     "Sudan's army says it has broken siege of El Obeid",
                                     "Copyright © 2025 Sudan Tribune. All rights reserved."],
    "drc_mongbwalu_radiookapi": ["Radio Okapi",
                                 "Accueil | Actualité | Politique | Sécurité | Economie | Société | English",
                                 "Share on Facebook | Share on Twitter | WhatsApp", "Read also",
                                 "Djugu: displaced people return to Plaine Savo",
                                 "Bunia: civil society calls for ville morte on Thursday",
                                 "Radio Okapi - All rights reserved"],
    "nigeria_kaya_premiumtimes": ["Premium Times",
                                  "Home | News | Top News | Headlines | Metro | Politics | Business | Sports | Opinion",
                                  "Share this:", "Twitter Facebook WhatsApp", "Advertisement", "Related",
                                  "Zamfara: Govt shuts down telecom services in state",
                                  "Kebbi abduction: Parents lament as students remain in captivity",
                                  "Kaduna: Bandits kill 10 in Kauru",
                                  "Get the latest news in your inbox. Subscribe to our newsletter.",
                                  "© 2021 Premium Times Services Limited. All rights reserved."],
    "somalia_halgan_hiiraan": ["Hiiraan Online",
                               "Home | News | Somali News | Articles | Opinion | Audio | Video | Contact",
                               "Share: Facebook Twitter Email", "Advertisement", "Related stories",
                               "Beledweyne: Residents protest over electricity prices",
                               "Hiiraan: Ethiopian troops withdraw from Moqokori",
                               "Copyright © 2016 Hiiraan Online. All rights reserved."],
    "guinea_conakry_bbc": ["Related Topics"],
}
EITHER_TEXT = {
    "cameroon_kerawa_reuters": ["By Tansa Musa",
                                "(Reporting by Tansa Musa; Additional reporting by Emma Farge in Dakar; Editing by "
                                "Louise Ireland)"],
    "chad_bagasola_voa": ["October 12, 2015 4:35 PM", "By VOA News", "N'DJAMENA, CHAD —"],
    "car_bangassou_aljazeera": ["Source: Al Jazeera and news agencies"],
    "mozambique_macomia_clubofmoz": ["By Club of Mozambique", "1 June 2020"],
    "drc_mongbwalu_radiookapi": ["Published on Tuesday 10 May 2022"],
    "nigeria_kaya_premiumtimes": ["September 2, 2021", "By Mohammed Babangida"],
    "somalia_halgan_hiiraan": ["Friday June 10, 2016"],
    "mali_anefis_afp": ["str-bh/sw"],
    "guinea_conakry_bbc": ["Guinea", "Alpha Condé"],
}

write_gold(HERE, E, drop=DROP_TEXT, either=EITHER_TEXT, indent=2, ensure_ascii=False,
           note="Thirty-fourth held-out set, BLIND: 10 hand-written articles (2015-2025), coded from CODEBOOK.md "
                "before any run of the system. Boilerplate lines annotated in 6 articles.")
