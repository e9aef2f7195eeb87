"""Writes gold.json for the 26th held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout26/make_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# --- Sudan: Wad al-Nourah (Al Jazeera, published Thu 2024-06-06) ------------------------------
A, SD = "sudan_wadnourah_aljazeera", "Sudan"
RSF = ["Rapid Support Forces", "RSF"]
SAF = ["Military Forces of Sudan"]
GEZ = ["Al Jazirah", "Gezira", "Al Jazira", "Al-Jazirah"]
ev("wadnourah-massacre", A, "2024-06-05", "2024-06-05", "2024-06-05", VAC, ["Attack"], RSF, ["Civilians (Sudan)"],
   SD, GEZ, (), 104,
   evidence="fighters of the Rapid Support Forces (RSF) attacked Wad al-Nourah ... twice on Wednesday ... "
            "'The number of martyrs has reached 104' ... Some residents put the number of dead at more than 150")
ev("wadnourah-rsf-version", A, "2024-06-05", "2024-06-05", "2024-06-05", BAT, ["Armed clash"], RSF,
   SAF + ["Unidentified Armed Group (Sudan)", "Civilians (Sudan)"], SD, GEZ, (), None, req=False,
   evidence="the RSF said its forces had attacked 'three gathering points of the army and its allied militias' "
            "in the Wad al-Nourah area and had clashed with fighters (denied by residents)")
ev("elfasher-shelling", A, "2024-06-05", "2024-06-05", "2024-06-05", EXP, ["Shelling/artillery/missile attack"], RSF,
   ["Civilians (Sudan)"], SD, ["Northern Darfur", "North Darfur"], (), 6,
   evidence="Elsewhere on Wednesday, the RSF shelled residential neighbourhoods of El Fasher ... at least six civilians "
            "were killed")
ev("kafouri-airstrike", A, "2024-06-04", "2024-06-04", "2024-06-04", EXP, ["Air/drone strike"], SAF, RSF, SD,
   ["Khartoum"], (), None,
   evidence="the army said its warplanes had struck RSF positions in the Kafouri area of Khartoum North on Tuesday")

# --- South Sudan: Kajo-Keji / Morobo (Eye Radio, published Tue 2023-04-18) ---------------------
A, SS = "southsudan_kajokeji_eyeradio", "South Sudan"
NAS = ["National Salvation Front", "NAS", "National Salvation Front (NAS)"]
SSPDF = ["Military Forces of South Sudan"]
CEQ = ["Central Equatoria"]
ev("kangapo-clash", A, "2023-04-16", "2023-04-16", "2023-04-16", BAT,
   ["Armed clash", "Non-state actor overtakes territory"], NAS + SSPDF, SSPDF + NAS, SS, CEQ, ["Kajo Keji", "Kajo-Keji"],
   None,
   evidence="SSPDF say they repulsed an attack by ... NAS on one of their bases in Kajo-Keji County ... on Sunday "
            "(army: 9 NAS + 2 soldiers; NAS: 15 soldiers + 1 fighter -> contested, not scored)")
ev("morobo-abduction", A, "2023-04-17", "2023-04-17", "2023-04-17", VAC, ["Abduction/forced disappearance"],
   ["Unidentified Armed Group (South Sudan)"] + NAS, ["Civilians (South Sudan)"], SS, CEQ, ["Morobo"], 0,
   evidence="in Morobo County, unknown gunmen abducted five civilians, including a headteacher, along the Yei-Morobo "
            "road on Monday afternoon")

# --- Chad: Tchoukou Telia (Xinhua, published Thu 2021-08-05) ----------------------------------
A, TD = "chad_tchoukoutelia_xinhua", "Chad"
BH = ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS",
      "Islamic State West Africa Province", "ISWAP", "Unidentified Armed Group (Chad)"]
ev("tchoukoutelia-attack", A, "2021-08-05", "2021-08-04", "2021-08-05", BAT, ["Armed clash"], BH,
   ["Military Forces of Chad"], TD, ["Lac"], (), 26,
   evidence="Twenty-six Chadian soldiers were killed ... in an attack by Boko Haram militants on an army position ... "
            "Tchoukou Telia ... in the night from Wednesday to Thursday")
ev("lac-reinforcements", A, "2021-08-05", "2021-08-05", "2021-08-05", STR, ["Change to group/activity"],
   ["Military Forces of Chad"], [""], TD, ["Lac"], (), None, req=False,
   evidence="Reinforcements were sent from Bol, the provincial capital, on Thursday morning to comb the area")
ev("ngouboua-fishermen-abducted", A, "2021-08-03", "2021-08-03", "2021-08-03", VAC, ["Abduction/forced disappearance"],
   BH, ["Civilians (Chad)"], TD, ["Lac"], ["Mamdi", "Fouli"], 0,
   evidence="suspected Boko Haram fighters abducted four fishermen near the village of Ngouboua on Tuesday")

# --- Nigeria: Gwoza (Punch, published Sun 2024-06-30) -----------------------------------------
A, NG = "nigeria_gwoza_punch", "Nigeria"
BHN = ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS", "Islamic State West Africa Province",
       "ISWAP", "Unidentified Armed Group (Nigeria)"]
ev("gwoza-suicide-bombings", A, "2024-06-29", "2024-06-29", "2024-06-29", EXP, ["Suicide bomb"], BHN,
   ["Civilians (Nigeria)"], NG, ["Borno"], ["Gwoza"], 18,
   evidence="At least eighteen persons were killed ... when suspected female suicide bombers attacked a wedding "
            "ceremony, a funeral and a hospital in Gwoza town ... between 18 and 30 persons died")
ev("gwoza-military-post-bomb", A, "2024-06-29", "2024-06-29", "2024-06-29", EXP, ["Suicide bomb"], BHN,
   ["Military Forces of Nigeria", "Civilian Joint Task Force", "CJTF"], NG, ["Borno"], ["Gwoza"], None, req=False,
   evidence="A separate attack on a military post in the town was foiled, and two CJTF members and a soldier were "
            "killed when a fourth bomber detonated her explosives")
ev("damboa-road-abduction", A, "2024-06-27", "2024-06-27", "2024-06-27", VAC, ["Abduction/forced disappearance"],
   BHN, ["Civilians (Nigeria)"], NG, ["Borno"], ["Damboa"], 0,
   evidence="suspected insurgents on Thursday abducted 12 passengers ... Maiduguri-Damboa road near Sabon Gari, "
            "Damboa Local Government Area")

# --- DR Congo: Kishishe (Reuters, published Thu 2022-12-01) -----------------------------------
A, CD = "drc_kishishe_reuters", "Democratic Republic of the Congo"
M23 = ["M23", "March 23 Movement", "Mouvement du 23 mars", "M23: March 23 Movement"]
FARDC = ["Military Forces of Democratic Republic of the Congo", "Military Forces of the Democratic Republic of the Congo",
         "Military Forces of Democratic Republic of Congo", "Military Forces of DR Congo"]
CIV_CD = ["Civilians (Democratic Republic of the Congo)", "Civilians (Democratic Republic of Congo)",
          "Civilians (DR Congo)"]
NK = ["North Kivu", "Nord-Kivu", "Nord Kivu"]
ev("kishishe-massacre", A, "2022-11-29", "2022-11-29", "2022-11-29", VAC, ["Attack"], M23, CIV_CD, CD, NK,
   ["Rutshuru Territory", "Rutshuru"], None,
   evidence="the killings took place on Tuesday in Kishishe ... 'massacred at least fifty innocent civilians' "
            "(M23: eight civilians killed by stray bullets -> 50 vs 8, not scored)")
ev("kishishe-m23-version", A, "2022-11-29", "2022-11-29", "2022-11-29", BAT, ["Armed clash"],
   ["FDLR", "Democratic Forces for the Liberation of Rwanda", "Mai-Mai Militia", "Mai Mai"] + M23,
   M23 + ["FDLR", "Democratic Forces for the Liberation of Rwanda", "Mai-Mai Militia", "Mai Mai"], CD, NK,
   ["Rutshuru Territory", "Rutshuru"], None, req=False,
   evidence="the group had been attacked in the area by a coalition of the FDLR ... and local Mai-Mai militias, and "
            "had repulsed them")
ev("bambo-clash", A, "2022-11-30", "2022-11-30", "2022-11-30", BAT, ["Armed clash"], FARDC + M23, M23 + FARDC, CD, NK,
   (), None,
   evidence="the army said its forces had clashed with the M23 on Wednesday near the village of Bambo")
ev("luanda-ceasefire", A, "2022-11-23", "2022-11-21", "2022-11-27", STR, ["Agreement"],
   ["Government of Angola", "Government of Democratic Republic of the Congo", "Government of Rwanda", ""], [""],
   "Angola", ["Luanda"], (), None, req=False, tp=2,
   evidence="a ceasefire agreed last week ... Regional leaders meeting in Luanda last week")

# --- Myanmar: Let Yet Kone (RFA, published Mon 2022-09-19) ------------------------------------
A, MM = "myanmar_letyetkone_rfa", "Myanmar"
TAT = ["Military Forces of Myanmar"]
PDF = ["People's Defense Force", "PDF", "People's Defence Force", "Shwebo PDF", "People's Defense Force - Shwebo"]
ev("letyetkone-helicopter-attack", A, "2022-09-16", "2022-09-16", "2022-09-16", EXP, ["Air/drone strike"], TAT,
   ["Civilians (Myanmar)"], MM, ["Sagaing"], ["Shwebo"], 13,
   evidence="Military helicopters opened fire on a monastery school ... Let Yet Kone village in Tabayin (Depayin) "
            "township on Friday, killing at least 13 people including seven children")
ev("letyetkone-ground-shooting", A, "2022-09-16", "2022-09-16", "2022-09-16", VAC, ["Attack"], TAT,
   ["Civilians (Myanmar)"], MM, ["Sagaing"], ["Shwebo"], None, req=False,
   evidence="around 80 soldiers who had been dropped near the village entered the school and opened fire again")
ev("letyetkone-wounded-taken", A, "2022-09-16", "2022-09-16", "2022-09-16", VAC, ["Abduction/forced disappearance"],
   TAT, ["Civilians (Myanmar)"], MM, ["Sagaing"], ["Shwebo"], 0, req=False,
   evidence="The soldiers then took away ... about 20 wounded students and teachers")
ev("letyetkone-junta-version", A, "2022-09-16", "2022-09-16", "2022-09-16", BAT, ["Armed clash"], TAT,
   ["Kachin Independence Army", "KIA"] + PDF, MM, ["Sagaing"], ["Shwebo"], None, req=False,
   evidence="militants had used villagers as human shields during a clash (junta account; PDF denies)")
ev("kinu-ambush", A, "2022-09-17", "2022-09-17", "2022-09-17", BAT, ["Armed clash"], PDF, TAT, MM, ["Sagaing"],
   ["Shwebo"], 4, evidence="the Shwebo PDF said its fighters ambushed a military column near Kin U on Saturday, "
                           "killing four soldiers")

# --- Somalia: Pearl Beach (Somali Guardian live updates, published Sat 2023-06-10) -------------
A, SO = "somalia_pearlbeach_somaliguardian", "Somalia"
SHB = ["Al Shabaab", "Al-Shabaab", "Harakat al-Shabaab al-Mujahideen"]
SNA = ["Military Forces of Somalia", "Police Forces of Somalia"]
ev("pearlbeach-siege", A, "2023-06-09", "2023-06-09", "2023-06-10", VAC, ["Attack"], SHB, ["Civilians (Somalia)"],
   SO, ["Banaadir", "Banadir"], ["Banadir", "Mogadishu", "Abdiaziz"], 16,
   evidence="Gunmen stormed the building after the explosion ... Six civilians and three members of the security "
            "forces were killed ... All seven attackers were killed")
ev("pearlbeach-gunbattle", A, "2023-06-09", "2023-06-09", "2023-06-10", BAT, ["Armed clash"], SHB + SNA, SNA + SHB,
   SO, ["Banaadir", "Banadir"], ["Banadir", "Mogadishu", "Abdiaziz"], None, req=False,
   evidence="security forces have surrounded the building on Lido beach and are fighting the attackers")
ev("afgoye-roadside-bomb", A, "2023-06-09", "2023-06-09", "2023-06-09", EXP, ["Remote explosive/landmine/IED"],
   SHB + ["Unidentified Armed Group (Somalia)"], ["Military Forces of Somalia"], SO,
   ["Lower Shabelle", "Shabeellaha Hoose"], ["Afgooye", "Afgoye"], 2,
   evidence="Earlier on Friday, a roadside bomb struck a military vehicle on the outskirts of Afgoye ... killing two "
            "soldiers")

# --- Ethiopia: Mekelle / Kobo (BBC, published Sat 2022-08-27) ---------------------------------
A, ET = "ethiopia_mekelle_bbc", "Ethiopia"
TPLF = ["Tigray People's Liberation Front", "TPLF", "Tigray Defense Forces", "TDF"]
ENDF = ["Military Forces of Ethiopia"]
ev("mekelle-airstrike", A, "2022-08-26", "2022-08-26", "2022-08-26", EXP, ["Air/drone strike"], ENDF,
   ["Civilians (Ethiopia)"], ET, ["Tigray"], (), 4,
   evidence="An air strike on Mekelle ... has killed at least four people, including two children ... on Friday "
            "afternoon (government: 'military targets')")
ev("kobo-fighting", A, "2022-08-24", "2022-08-24", "2022-08-24", BAT, ["Armed clash"], TPLF + ENDF, ENDF + TPLF, ET,
   ["Amhara"], ["North Wollo Zone", "North Wollo", "Semien Wollo"], None,
   evidence="heavy fighting broke out on Wednesday around the town of Kobo, in the neighbouring Amhara region ... "
            "The two sides blamed each other")
ev("mekelle-wfp-fuel-seized", A, "2022-08-25", "2022-08-25", "2022-08-25", STR, ["Looting/property destruction"], TPLF,
   ["World Food Programme", "United Nations", ""], ET, ["Tigray"], (), None, req=False,
   evidence="On Thursday, the UN's World Food Programme said Tigrayan forces had entered its warehouse in Mekelle "
            "and seized 12 fuel tankers")

# --- Burkina Faso: Dablo / Zimtenga (AFP, published Tue 2019-05-14) ---------------------------
A, BF = "burkina_dablo_afp", "Burkina Faso"
JIH = ["Unidentified Armed Group (Burkina Faso)", "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Ansaroul Islam",
       "Islamic State", "Islamic State Sahel Province", "Islamic State (Greater Sahara)"]
CIV_BF = ["Civilians (Burkina Faso)"]
ev("zimtenga-procession-attack", A, "2019-05-13", "2019-05-13", "2019-05-13", VAC, ["Attack"], JIH, CIV_BF, BF,
   ["Centre-Nord"], ["Bam"], 4,
   evidence="Gunmen killed four Catholic worshippers during a religious procession ... Zimtenga, in Bam province "
            "of the Centre-Nord region ... on Monday")
ev("dablo-church-attack", A, "2019-05-12", "2019-05-12", "2019-05-12", VAC, ["Attack"], JIH, CIV_BF, BF,
   ["Centre-Nord"], ["Sanmatenga"], 6,
   evidence="On Sunday, around twenty gunmen stormed the Catholic church in Dablo ... killing the priest ... and five "
            "worshippers")
ev("dablo-arson", A, "2019-05-12", "2019-05-12", "2019-05-12", STR, ["Looting/property destruction"], JIH, CIV_BF + [""],
   BF, ["Centre-Nord"], ["Sanmatenga"], None, req=False,
   evidence="The attackers then set fire to the church, shops and a small health centre")
ev("dablo-reinforcements", A, "2019-05-12", "2019-05-12", "2019-05-12", STR, ["Change to group/activity"],
   ["Military Forces of Burkina Faso"], [""], BF, ["Centre-Nord"], ["Sanmatenga"], None, req=False,
   evidence="Reinforcements were sent to Dablo on Sunday evening")
ev("silgadji-church-attack", A, "2019-04-28", "2019-04-28", "2019-04-28", VAC, ["Attack"], JIH, CIV_BF, BF, ["Sahel"],
   ["Soum"], 6, evidence="On April 28, gunmen killed a pastor and five worshippers at a Protestant church in Silgadji "
                         "(16 days before publication: an event)")

# --- Peru: Lima (AP, published Sat 2023-01-21) ------------------------------------------------
A, PE = "peru_lima_ap", "Peru"
LIMA = ["Lima", "Lima Province", "Lima Region", "Municipalidad Metropolitana de Lima", "Provincia de Lima"]
POL = ["Police Forces of Peru"]
ev("lima-plaza-san-martin-clashes", A, "2023-01-19", "2023-01-19", "2023-01-20", RIO, ["Violent demonstration"],
   ["Rioters (Peru)", "Protesters (Peru)"], POL, PE, LIMA, (), 0,
   evidence="clashed with police officers near Plaza San Martin late into the night, throwing rocks and bottles as "
            "officers responded with tear gas and rubber pellets")
ev("lima-march-teargas", A, "2023-01-19", "2023-01-19", "2023-01-19", PRO,
   ["Protest with intervention", "Excessive force against protesters"], ["Protesters (Peru)"], POL, PE, LIMA, (), 0,
   req=False, evidence="Police fired tear gas at thousands of protesters who marched through downtown Lima on Thursday")
ev("san-marcos-raid", A, "2023-01-21", "2023-01-21", "2023-01-21", STR, ["Arrests"], POL,
   ["Protesters (Peru)", "Civilians (Peru)"], PE, LIMA, (), 0, req=False,
   evidence="On Saturday, police used an armored vehicle to break through the gate of the National University of San "
            "Marcos ... and detained more than 200 people")
ev("juliaca-killings", A, "2023-01-09", "2023-01-09", "2023-01-09", PRO, ["Excessive force against protesters"],
   POL + ["Military Forces of Peru"], ["Protesters (Peru)"], PE, ["Puno"], ["Provincia de San Roman", "San Roman"], 17,
   evidence="Seventeen of them were killed in a single day, Jan. 9, in the city of Juliaca (12 days before: an event)")

# Cleaning gold: exact boilerplate line texts per article (drop) and lines a cleaner may keep or drop (either).
DROP = {
    "southsudan_kajokeji_eyeradio": {
        "Home", "News", "Politics", "Business", "Sports", "Programs", "Listen Live", "Contact Us", "Share this:",
        "Facebook", "Twitter", "WhatsApp", "Advertisement", "Related Posts", "Gunmen kill two traders on Juba-Nimule road",
        "Yei youth protest over insecurity", "SSPDF, SPLA-IO forces clash in Panyijiar",
        "© 2023 Eye Radio. All rights reserved."},
    "nigeria_gwoza_punch": {
        "Punch Newspapers", "News", "Metro Plus", "Politics", "Sports", "Editorial", "Subscribe", "Share", "Tweet",
        "Advertisement", "RELATED NEWS", "Troops neutralise 10 terrorists in Borno",
        "Zulum orders recruitment of 2,000 hunters", "Boko Haram: Military vows to end insurgency", "Copyright PUNCH.",
        "All rights reserved. This material, and other digital content on this website, may not be reproduced, "
        "published, broadcast, rewritten or redistributed in whole or in part without prior express written consent "
        "from PUNCH."},
    "myanmar_letyetkone_rfa": {
        "Radio Free Asia", "Myanmar", "China", "North Korea", "Cambodia", "Vietnam", "Search", "Subscribe",
        "Share on Facebook", "Share on Twitter", "Email", "Print", "Advertisement", "Related Stories",
        "Junta troops torch villages in Sagaing's Myinmu township",
        "Resistance groups claim killing of 30 soldiers in Magway",
        "Copyright © 1998-2022, RFA. Used with the permission of Radio Free Asia"},
    "somalia_pearlbeach_somaliguardian": {
        "Somali Guardian", "Home", "Somalia", "Africa", "World", "Opinion", "Share:", "Facebook", "Twitter",
        "WhatsApp", "Advertisement", "Related", "Al-Shabaab fighters killed in Middle Shabelle operation",
        "Somali parliament approves new electoral model", "© 2023 Somali Guardian. All rights reserved."},
}
EITHER = {
    "southsudan_kajokeji_eyeradio": {"By Emmanuel Akile | Published April 18, 2023"},
    "nigeria_gwoza_punch": {"By Kayode Oyero", "30th June 2024"},
    "myanmar_letyetkone_rfa": {"By RFA Burmese", "2022.09.19"},
    "somalia_pearlbeach_somaliguardian": {
        "Last updated: June 10, 2023 09:40 EAT",
        "This page is being updated as events unfold. Times are local (EAT).", "Background"},
    "chad_tchoukoutelia_xinhua": {"Source: Xinhua| 2021-08-05 21:14:07|Editor: huaxia"},
    "drc_kishishe_reuters": {"By Reuters", "December 1, 2022",
                             "(Reporting by Stanis Bujakera; Writing by Sofia Christensen; Editing by Alex Richardson)"},
    "ethiopia_mekelle_bbc": {"By BBC News", "27 August 2022"},
    "peru_lima_ap": {"By FRANKLIN BRICEÑO and REGINA GARCIA CANO, Associated Press", "January 21, 2023"},
}

write_gold(HERE, E, drop=DROP, either=EITHER, ensure_ascii=False,
           note="10 hand-written held-out articles (bench/heldout26), coded by CODEBOOK.md before the system was run "
                "(BLIND).")
