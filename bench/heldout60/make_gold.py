"""Writes gold.json for the sixtieth held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout60/make_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# ---------------------------------------------------------------- DR Congo (Radio Okapi, 2022-12-24, Saturday)
CD = "Democratic Republic of the Congo"
A = "drc_kibumba_radiookapi"
NK = ["North Kivu", "Nord-Kivu"]
M23 = ["M23", "M23: March 23 Movement", "March 23 Movement", "AFC/M23"]
EAC = ["East African Community Regional Force", "EACRF", "EAC Regional Force", "East African Community",
       "Military Forces of Kenya"]
NYA = ["Nyatura", "Mai-Mai Nyatura", "Nyatura Militia", "Mai Mai Nyatura", "Wazalendo"]
ev("kibumba-handover", A, "2022-12-23", "2022-12-23", "2022-12-23", STR,
   ["Non-violent transfer of territory", "Headquarters or base established", "Change to group/activity"],
   M23, EAC + [""], CD, NK, (), 0,
   evidence="The M23 rebels on Friday 23 December withdrew from the locality of Kibumba ... and handed it over to "
            "the regional force of the East African Community (EACRF)")
ev("tongo-clash", A, "2022-12-22", "2022-12-22", "2022-12-22", BAT, ["Armed clash"], M23 + NYA, NYA + M23, CD, NK,
   ["Rutshuru Territory", "Rutshuru"], 4, evidence="on Thursday 22 December, violent clashes pitted the M23 against Nyatura militiamen around Tongo "
                   "... at least four dead, including two civilians hit by stray bullets, and several houses torched")
PROT_CD = ["Protesters (Democratic Republic of the Congo)", "Protesters (Democratic Republic of Congo)",
           "Protesters (DR Congo)", "LUCHA"]
POL_CD = ["Police Forces of Democratic Republic of the Congo", "Police Forces of Democratic Republic of Congo",
          "Police Forces of DR Congo"]
ev("goma-lucha-sitin", A, "2022-12-23", "2022-12-23", "2022-12-23", PRO, ["Protest with intervention"],
   PROT_CD + POL_CD, POL_CD + PROT_CD + [""], CD, NK, ["Goma"], 0,
   evidence="In Goma, police on Friday dispersed a sit-in by activists of the citizen movement LUCHA ... Six of them "
            "were arrested")
# not events: M23 occupation of Kibumba "since mid-November" and the Luanda mini-summit of 23 November (31 days
# before publication: background); Kanyuka / Muyaya statements; EACRF deployment plans ("in the coming weeks");
# flight of families to Kalengera and Kitshanga (displacement); related-link headlines (Kishishe, Mambasa).

# ------------------------------------------------ Central African Republic (Corbeau News, 2017-08-08, Tuesday)
CF = "Central African Republic"
A = "car_gambo_corbeaunews"
AB = ["Anti-Balaka", "Anti-balaka", "Anti Balaka", "Anti-Balaka Militia"]
ev("gambo-massacre", A, "2017-08-03", "2017-08-03", "2017-08-03", VAC, ["Attack"], AB,
   ["Civilians (Central African Republic)"], CF, ["Mbomou"], ["Gambo"], 50,
   evidence="at least fifty people were killed when anti-balaka militiamen stormed the town last Thursday ... first "
            "reports ... about twenty dead ... thirty-six ... the toll had reached fifty")
UNCF = ["MINUSCA", "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
        "United Nations", "Military Forces of Morocco"]
ev("bangassou-base-attack", A, "2017-08-05", "2017-08-05", "2017-08-05", BAT, ["Armed clash"], AB + UNCF, UNCF + AB,
   CF, ["Mbomou"], ["Bangassou"], 0,
   evidence="on Saturday, anti-balaka elements opened fire on the MINUSCA base in Bangassou ... One peacekeeper was "
            "slightly wounded")
UPC = ["UPC", "Union for Peace in the Central African Republic", "Union pour la Paix en Centrafrique"]
ev("upc-leaves-gambo", A, "2017-07-31", "2017-07-27", "2017-08-02", STR,
   ["Change to group/activity", "Non-violent transfer of territory", "Other"], UPC, [""] + AB, CF, ["Mbomou"],
   ["Gambo"], 0, req=False, tp=2,
   evidence="The fighters of the UPC, who controlled Gambo until the end of July, had left the town a few days earlier")
# not events: May 2017 Tokoyo / UN base attack in Bangassou (background); Onanga-Anyanga and government statements,
# promised troop deployment; displacement to Ouango / DRC; O'Brien's genocide warning.

# --------------------------------------------------------- South Sudan (Radio Tamazuj, 2017-03-27, Monday)
SS = "South Sudan"
A = "southsudan_pibor_tamazuj"
ev("pibor-road-aid-ambush", A, "2017-03-25", "2017-03-25", "2017-03-25", VAC, ["Attack"],
   ["Unidentified Armed Group (South Sudan)"], ["Civilians (South Sudan)", "Aid Workers (South Sudan)"], SS,
   ["Jonglei"], (), 6,
   evidence="Six aid workers were killed on Saturday when unknown gunmen ambushed their convoy on the road from Juba "
            "to Pibor ... came under fire between Gumuruk and Pibor town")
SPLA = ["Military Forces of South Sudan", "SPLA", "Sudan People's Liberation Army"]
IO = ["SPLA-IO", "SPLM/A-IO", "Sudan People's Liberation Movement/Army-In Opposition",
      "Sudan People's Liberation Movement-in-Opposition", "SPLM-IO"]
ev("kaya-clash", A, "2017-03-24", "2017-03-24", "2017-03-24", BAT, ["Armed clash", "Government regains territory"],
   IO + SPLA, SPLA + IO, SS, ["Central Equatoria"], ["Morobo"], None,
   evidence="SPLA-IO said its forces repulsed an attack by government troops on their positions near Kaya in Morobo "
            "County ... on Friday ... claimed ... twelve SPLA soldiers ... army ... lost two soldiers")
# not events: UN aggregate (79 aid workers since 2013, 12 this year), famine declaration "last month", July 2016
# Juba collapse (background), Owusu statement, "attacking civilians along the Yei-Kaya road" (accusation, no date).

# ----------------------------------------------------------------- Sudan (Sudan Tribune, 2021-12-31, Friday)
SD = "Sudan"
A = "sudan_elfasher_sudantribune"
ND = ["Northern Darfur", "North Darfur", "Shamal Darfur"]
ev("elfasher-wfp-looting", A, "2021-12-29", "2021-12-28", "2021-12-29", STR, ["Looting/property destruction"],
   ["Unidentified Armed Group (Sudan)", "Rioters (Sudan)", "Civilians (Sudan)"],
   ["", "Civilians (Sudan)", "World Food Programme", "WFP", "Aid Workers (Sudan)"], SD, ND, (), 0, tp=2,
   evidence="armed men and civilians looted its warehouses in El Fasher ... The looting started on Tuesday evening and "
            "continued until Wednesday")
PROT_SD = ["Protesters (Sudan)"]
SEC_SD = ["Police Forces of Sudan", "Military Forces of Sudan", "Rapid Support Forces"]
ev("omdurman-protesters-killed", A, "2021-12-30", "2021-12-30", "2021-12-30", PRO,
   ["Excessive force against protesters"], PROT_SD + SEC_SD, SEC_SD + PROT_SD, SD, ["Khartoum"], ["Omdurman"], 4,
   evidence="security forces on Thursday killed four protesters in Omdurman")
ev("khartoum-palace-teargas", A, "2021-12-30", "2021-12-30", "2021-12-30", PRO,
   ["Protest with intervention", "Excessive force against protesters"], PROT_SD + SEC_SD, SEC_SD + PROT_SD, SD,
   ["Khartoum"], ["Khartoum"], 0, req=False,
   evidence="Security forces fired tear gas at protesters trying to reach the Republican Palace in Khartoum")
ev("unamid-base-handover", A, "2021-12-31", "2021-12-01", "2021-12-31", STR,
   ["Headquarters or base established", "Change to group/activity", "Non-violent transfer of territory"],
   ["UNAMID", "African Union/United Nations Hybrid Operation in Darfur", "United Nations"],
   ["Military Forces of Sudan", "Government of Sudan", ""], SD, ND, (), 0, req=False, tp=3,
   evidence="UNAMID, whose main base in El Fasher was handed over to the Sudanese government earlier this month")
# not events: WFP suspension of operations, state of emergency and curfew, investigation vow; "48 killed since the
# coup" (aggregate from Oct 25, mostly > 30 days); October 25 coup (background); "infiltrators attacking police
# stations" (unplaced accusation); Jebel Moon related-link headline.

# ------------------------------------------------------------ Somalia (Hiiraan Online, 2019-01-02, Wednesday)
SO = "Somalia"
A = "somalia_halane_hiiraan"
SHB = ["Al Shabaab", "Al-Shabaab", "Harakat al-Shabaab al-Mujahideen"]
UNSO = ["United Nations", "UNSOM", "United Nations Assistance Mission in Somalia", "AMISOM",
        "African Union Mission in Somalia", ""]
ev("halane-mortars", A, "2019-01-01", "2019-01-01", "2019-01-01", EXP, ["Shelling/artillery/missile attack"], SHB,
   UNSO, SO, ["Banaadir"], ["Banadir"], 0,
   evidence="mortar shells landed inside the United Nations compound at Mogadishu's Aden Adde International Airport "
            "... on Tuesday ... two UN staff members and one contractor were wounded")
ev("villa-somalia-car-bombs", A, "2018-12-22", "2018-12-22", "2018-12-22", EXP,
   ["Remote explosive/landmine/IED", "Suicide bomb"], SHB, ["Civilians (Somalia)", "Military Forces of Somalia", ""],
   SO, ["Banaadir"], ["Banadir"], 16,
   evidence="On December 22, two car bombs exploded near the presidential palace, Villa Somalia, and the National "
            "Theatre, killing at least 16 people")
ev("robow-arrest", A, "2018-12-31", "2018-12-01", "2018-12-31", STR, ["Arrests"],
   ["Military Forces of Ethiopia", "Military Forces of Somalia", "Police Forces of Somalia"],
   ["Mukhtar Robow", "Civilians (Somalia)", "Al Shabaab", ""], SO, ["Bay"], ["Baydhaba", "Baidoa"], 0, req=False, tp=3,
   evidence="former al-Shabaab deputy leader Mukhtar Robow, who was detained by Ethiopian troops in Baidoa in December")
# not events: expulsion of UN envoy Haysom (political decision/statement); al-Shabaab driven out of Mogadishu in
# 2011 (background); AMISOM handover schedule (plan); related-link headlines.

# ------------------------------------------------------------- Myanmar (The Irrawaddy, 2021-06-17, Thursday)
MM = "Myanmar"
A = "myanmar_kinma_irrawaddy"
MAG = ["Magway", "Magwe", "Magway Region", "Magwe Region"]
PDF = ["People's Defense Force", "People's Defence Force", "PDF", "Pauk PDF", "NUG: People's Defence Force"]
ev("kinma-burned", A, "2021-06-15", "2021-06-15", "2021-06-15", STR, ["Looting/property destruction"],
   ["Military Forces of Myanmar"], ["Civilians (Myanmar)", ""], MM, MAG, ["Pakokku"], 0,
   evidence="troops set fire to most of the houses in Kinma village in Pauk Township, Magwe Region, on Tuesday ... "
            "About 200 of the village's roughly 240 houses were destroyed")
ev("kinma-pdf-ambush", A, "2021-06-14", "2021-06-14", "2021-06-14", BAT, ["Armed clash"],
   PDF + ["Military Forces of Myanmar"], ["Military Forces of Myanmar"] + PDF, MM, MAG, ["Pakokku"], None,
   evidence="the Pauk People's Defense Force (PDF) ambushed a military column near the village on Monday ... one of "
            "its fighters was killed ... claimed that several soldiers had also died")
# not events: AAPP aggregate (868 killed since the coup), Feb. 1 coup (background), NUG condemnation, GNLM claim
# (the same Monday clash told by the junta).

# -------------------------------------------------------------- Mozambique (Zitamar News, 2019-02-25, Monday)
MZ = "Mozambique"
A = "mozambique_palma_zitamar"
ASWJ = ["Ahlu Sunnah Wa-Jama", "Ahlu Sunnah Wa-Jamo", "Al Shabaab (Mozambique)", "Al-Shabaab (Mozambique)",
        "Unidentified Armed Group (Mozambique)", "Islamic State", "Islamic State Mozambique Province", "Al Shabaab"]
ev("palma-convoy-ambush", A, "2019-02-21", "2019-02-21", "2019-02-21", VAC, ["Attack"], ASWJ,
   ["Civilians (Mozambique)"], MZ, ["Cabo Delgado"], ["Palma"], 1,
   evidence="Insurgents ... on Thursday attacked a convoy carrying workers of a contractor to Anadarko's ... project, "
            "killing one person and wounding six ... near the village of Mangala, in Palma district")
ev("maganja-houses-burned", A, "2019-02-23", "2019-02-23", "2019-02-23", STR, ["Looting/property destruction"], ASWJ,
   ["Civilians (Mozambique)", ""], MZ, ["Cabo Delgado"], ["Palma"], 0,
   evidence="On Saturday, the insurgents struck again, this time in the village of Maganja, also in Palma district ... "
            "set fire to about forty houses ... No deaths were reported")
# not events: October 2017 Mocimboa da Praia attack (background); "more than 150 killed since October 2017"
# (aggregate); police pursuit / "under control" (statement); Anadarko movement restriction; related headlines.

# ------------------------------------------------------ Ukraine (Ukrainska Pravda, 2022-07-11, Monday)
UA = "Ukraine"
A = "ukraine_chasivyar_pravda"
RU = ["Military Forces of Russia"]
CIV_UA = ["Civilians (Ukraine)"]
ev("chasiv-yar-strike", A, "2022-07-09", "2022-07-09", "2022-07-10", EXP, ["Shelling/artillery/missile attack"], RU,
   CIV_UA + ["Military Forces of Ukraine", ""], UA, ["Donetsk"], (), 31,
   evidence="Russian forces hit the five-storey apartment block in the town of Chasiv Yar ... with Uragan "
            "multiple-launch rockets late on Saturday evening, 9 July ... 15 dead ... 24 ... 31")
ev("toretsk-shelling", A, "2022-07-10", "2022-07-10", "2022-07-10", EXP, ["Shelling/artillery/missile attack"], RU,
   CIV_UA, UA, ["Donetsk"], ["Bakhmut", "Bakhmutskyi"], 1,
   evidence="Russian forces shelled Toretsk on Sunday, killing a 60-year-old woman")
ev("kharkiv-saltivskyi-strike", A, "2022-07-11", "2022-07-11", "2022-07-11", EXP,
   ["Shelling/artillery/missile attack", "Air/drone strike"], RU, CIV_UA, UA, ["Kharkivs'ka", "Kharkiv"], ["Kharkiv", "Kharkivskyi"], 3,
   evidence="in Kharkiv, a Russian strike hit residential buildings and a school in the city's Saltivskyi district on "
            "Monday morning. At least three people were killed")
ev("mykolaiv-missile", A, "2022-06-29", "2022-06-29", "2022-06-29", EXP, ["Shelling/artillery/missile attack"], RU,
   CIV_UA, UA, ["Mykolaiv", "Mykolaivs'ka"], ["Mykolayiv urban", "Mykolaiv", "Mykolaivskyi"], 7,
   evidence="Background: On 29 June, a Russian missile hit a five-storey residential building in Mykolaiv, killing "
            "seven people (12 days before publication: an event)")
# not events: Mariupol theatre (16 March) and Kramatorsk station (8 April) in the Background block (> 30 days);
# Russian MoD claim about Chasiv Yar (same event, claimed target); Kyrylenko's evacuation call.

DROP = {
    "drc_kibumba_radiookapi": [
        "Radio Okapi", "Accueil", "Actualité", "Politique", "Sécurité", "Economie", "Société", "Sport", "Culture",
        "Provinces", "Publié le sam, 24/12/2022 - 10:42 | Modifié le sam, 24/12/2022 - 11:15",
        "Partager sur Facebook", "Partager sur Twitter", "Partager sur WhatsApp", "Lire aussi :",
        "Nord-Kivu : reprise des combats entre FARDC et M23 à Kishishe",
        "Ituri : 10 morts dans une attaque des ADF à Mambasa",
        "Goma : la société civile appelle à une journée ville morte",
        "Tags : M23, Kibumba, EACRF, Nyiragongo, Rutshuru",
        "© 2022 Radio Okapi. Tous droits réservés.", "Fondation Hirondelle - MONUSCO"],
    "car_gambo_corbeaunews": [
        "CORBEAU NEWS CENTRAFRIQUE", "Le journal en ligne de référence en Centrafrique",
        "Accueil | Politique | Sécurité | Société | Economie | International | Contact",
        "Flash Info : Bangui : les enseignants vacataires en grève depuis lundi",
        "By Corbeau News | 8 August 2017", "Share this:", "Facebook", "Twitter", "WhatsApp", "LIRE AUSSI",
        "Bria : la population dans la peur après de nouveaux affrontements",
        "Bangui : la MINUSCA renforce ses patrouilles dans le 3e arrondissement",
        "Kaga-Bandoro : un commerçant tué par des hommes armés", "Abonnez-vous à notre newsletter",
        "Votre adresse e-mail", "S'abonner", "Copyright © 2017 Corbeau News Centrafrique. Tous droits réservés."],
    "southsudan_pibor_tamazuj": [
        "Radio Tamazuj", "News", "Politics", "Security", "Economy", "Humanitarian", "Opinion", "Radio Programs",
        "About Us", "Published: March 27, 2017", "Share on Facebook", "Share on Twitter", "Print", "Related News",
        "UN: Famine declared in parts of Unity State", "Yei residents flee to Uganda as fighting intensifies",
        "Kiir calls for national dialogue", "Support Independent Journalism",
        "Radio Tamazuj is an independent news organisation. Subscribe to our newsletter.", "© Radio Tamazuj 2017"],
    "sudan_elfasher_sudantribune": [
        "Sudan Tribune", "Plural news and views on Sudan", "Home", "News", "Politics", "Economy", "Opinion",
        "Press Releases", "Documents", "Search", "Related Articles", "- Burhan forms new sovereign council",
        "- Hamdok warns of \"slide into the abyss\"", "- Darfur: tribal clashes kill 40 in Jebel Moon", "Share this:",
        "Facebook", "Twitter", "Email", "Copyright © 2021 Sudan Tribune. All rights reserved."],
    "somalia_halane_hiiraan": [
        "Hiiraan Online", "Somali News in English | Wararka Maanta",
        "Home | News | Articles | Sports | Radio | Contact", "Wednesday January 2, 2019", "Advertisement",
        "Related News", "Somali government expels UN envoy Nicholas Haysom",
        "Five killed in clashes between Jubaland forces and al-Shabaab",
        "Puntland election: candidates register ahead of January vote", "Share:", "Facebook", "Twitter", "WhatsApp",
        "Copyright © 2019 Hiiraan Online. All rights reserved."],
    "myanmar_kinma_irrawaddy": [
        "The Irrawaddy", "Home", "News", "Burma", "Asia", "Opinion", "Business", "Features", "Specials",
        "Multimedia", "Burmese Edition", "Subscribe", "By The Irrawaddy 17 June 2021", "Share", "Tweet", "Email",
        "Topics: Magwe Region, Pauk Township, PDF, Military Regime, Arson", "Related Stories",
        "Junta Shells Villages in Kayah State as Thousands Flee", "Mindat Residents Return to Find Homes Looted",
        "Myanmar Junta Charges Daw Aung San Suu Kyi With Corruption", "The Irrawaddy © 2021 All rights reserved."],
    "mozambique_palma_zitamar": [
        "Zitamar News", "25 February 2019", "Share this:", "Twitter", "Facebook", "LinkedIn", "Like this:",
        "Related", "Cabo Delgado: Insurgents behead 7 in Macomia district",
        "Anadarko signs LNG supply deal with Tokyo Gas"],
    "ukraine_chasivyar_pravda": [
        "Українська правда", "Ukrainska Pravda", "News", "Politics", "War", "Economics", "Society", "Columns",
        "Інтерв'ю", "UA | EN | RU", "Monday, 11 July 2022, 15:20", "Iryna Kutielieva — Ukrainska Pravda",
        "Advertisement:", "Support Ukrainska Pravda on Patreon!", "Subscribe to our Telegram channel",
        "Journalists: Iryna Kutielieva, Editor: Anastasiia Yeroshenko",
        "Tags: Chasiv Yar, Donetsk Oblast, Kharkiv, shelling, war", "Most read",
        "Zelensky dismisses ambassadors to Germany, India and Norway",
        "Russia resumes gas flows through Nord Stream? Gazprom says maintenance underway",
        "© 2000-2022 Ukrainska Pravda"],
}
EITHER = {
    # the "Background:" label of Ukrainska Pravda's context block may go either way; sub-headings are kept.
    "ukraine_chasivyar_pravda": ["Background:"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout60), coded by CODEBOOK.md before the "
                             "system was run (BLIND).", drop=DROP, either=EITHER)
