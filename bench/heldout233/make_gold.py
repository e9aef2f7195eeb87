"""Writes gold.json for the 233rd held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 32).

    python bench/heldout233/make_gold.py

Topic: Mozambique's Cabo Delgado insurgency (2018-2021: village raids in Nangade, the June 2020 occupation and
recapture of Mocimboa da Praia, the first Rwandan combat and SADC arrival in July 2021) and Cameroon's Anglophone
crisis and Far North (the December 2017 burning of Kwakwa in Manyu, the May 2019 Njinikom raid in Boyo, the March
2021 ISWAP attack on Blangoua) — events in MZ and CM only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# ---------------------------------------------------------------- shared actor / place lists
MZ = "Mozambique"
CD = ["Cabo Delgado"]
ISCAP = ["Islamic State", "Islamic State Central Africa Province", "ISCAP", "Islamic State (Mozambique)",
         "Islamic State Mozambique Province", "ISMP", "Ahlu Sunnah Wal Jamaa", "Ahlu Sunnah Wa-Jama",
         "Ahlu Sunna Wal Jamaa", "ASWJ", "Ansar al-Sunna", "Al Shabaab", "Al-Shabaab", "Al Shabaab (Mozambique)",
         "al-Shabaab (Mozambique)", "Insurgents (Mozambique)"]
UAG_MZ = ["Unidentified Armed Group (Mozambique)"]
FADM = ["Military Forces of Mozambique", "FADM", "Mozambique Defence Armed Forces", "Armed Forces for the Defence "
        "of Mozambique", "Police Forces of Mozambique", "Mozambican Defence and Security Forces"]
DAG = ["Dyck Advisory Group", "DAG", "Private Security Forces (South Africa)", "Private Security Forces (Mozambique)",
       "Police Forces of Mozambique", "Military Forces of Mozambique"]
RDF = ["Military Forces of Rwanda", "Rwanda Defence Force", "Rwanda Defence Forces", "RDF", "Rwandan Defence Force",
       "Rwandan Armed Forces"]
SADC = ["Military Forces of Botswana", "Botswana Defence Force", "SAMIM", "SADC", "SADC Mission in Mozambique",
        "Southern African Development Community", "Southern African Development Community Mission in Mozambique"]
CIV_MZ = ["Civilians (Mozambique)"]
MOC = ["Mocimboa da Praia", "Mocímboa da Praia", "Mocimboa"]

CM = "Cameroon"
AMBA = ["Ambazonian Separatists", "Ambazonia Separatists", "Ambazonian separatists", "Amba Boys",
        "Ambazonia Defence Forces", "Ambazonian Defence Forces", "ADF", "Southern Cameroons separatists",
        "Anglophone Separatists", "Anglophone separatists", "Separatists (Cameroon)", "Ambazonian Separatists (Cameroon)",
        "Unidentified Armed Group (Cameroon)"]
CMR = ["Military Forces of Cameroon", "Cameroon Armed Forces", "Cameroonian Army", "Cameroon Army",
       "Police Forces of Cameroon", "Gendarmerie", "Gendarmerie Nationale", "Cameroon Gendarmerie",
       "Rapid Intervention Battalion", "BIR", "Defence Forces of Cameroon"]
CIV_CM = ["Civilians (Cameroon)"]
ISWAP = ["Islamic State West Africa Province", "ISWAP", "Islamic State", "Islamic State West Africa",
         "Boko Haram - Islamic State West Africa Province", "Boko Haram"]
JAS = ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS", "Jamaatu Ahlis Sunna Liddaawati wal-Jihad",
       "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Boko Haram (Shekau faction)", "Shekau faction"]
UAG_CM = ["Unidentified Armed Group (Cameroon)"]
SW, NW, FN = ["South-West", "Southwest", "South West"], ["North-West", "Northwest", "North West"], \
    ["Far North", "Extreme-Nord", "Extreme North", "Far-North"]
MANYU = ["Manyu"]
LOC = ["Logone-et-Chari", "Logone et Chari", "Logone-and-Chari"]
MSAVA = ["Mayo-Sava", "Mayo Sava"]

# ---------------------------------------------------------------- Mozambique (Lusa, 2020-06-30, Tue)
A = "mozambique_mocimboa_lusa"
ev("mocimboa-taken-saturday", A, "2020-06-27", "2020-06-27", "2020-06-27", BAT,
   ["Non-state actor overtakes territory"], ISCAP, FADM + [""], MZ, CD, MOC, 8,
   evidence="two days after armed insurgents stormed the town at dawn on Saturday, occupied several of its "
            "neighbourhoods and raised their black flag ... fought government troops for several hours on Saturday "
            "morning before the soldiers withdrew ... eight soldiers had been killed (IS: 'more than thirty')")
ev("mocimboa-looting-saturday", A, "2020-06-27", "2020-06-27", "2020-06-27", STR, ["Looting/property destruction"],
   ISCAP, CIV_MZ + [""], MZ, CD, MOC, 0, req=False,
   evidence="the militants went from house to house on Saturday afternoon, looting shops and the local branch of a "
            "bank, and set fire to part of the central market (may be folded into the takeover)")
ev("mocimboa-helicopter-strikes", A, "2020-06-28", "2020-06-28", "2020-06-28", EXP, ["Air/drone strike"],
   DAG, ISCAP + [""], MZ, CD, MOC, None,
   evidence="On Sunday, helicopters operated by a South African private military company contracted by the police "
            "fired on positions held by the insurgents near the port ... no information on casualties")
ev("mocimboa-retaken-monday", A, "2020-06-29", "2020-06-29", "2020-06-29", BAT, ["Government regains territory"],
   FADM, ISCAP, MZ, CD, MOC, 20,
   evidence="regained control of the port town of Mocimboa da Praia ... on Monday ... 'more than twenty' insurgents "
            "had been killed in Monday's operation to clear the town")
ev("diaca-truck-ambush", A, "2020-06-25", "2020-06-25", "2020-06-25", VAC, ["Attack"],
   ISCAP + UAG_MZ, CIV_MZ, MZ, CD, MOC, 2,
   evidence="On Thursday, gunmen ambushed a truck carrying passengers and goods near the village of Diaca ... on the "
            "road to Mueda, killing two people, the police said. Relatives of the victims said three had died")
ev("mbau-houses-burned", A, "2020-06-19", "2020-06-19", "2020-06-19", STR, ["Looting/property destruction"],
   ISCAP, CIV_MZ + [""], MZ, CD, MOC, 0,
   evidence="Earlier this month, on 19 June, insurgents burned some forty houses in the village of Mbau ... nobody "
            "was hurt")

# ---------------------------------------------------------------- Mozambique (The New Times, 2021-07-29, Thu)
A = "mozambique_awasse_newtimes"
ev("awasse-clash-saturday", A, "2021-07-24", "2021-07-24", "2021-07-24", BAT, ["Armed clash"],
   RDF + FADM + ISCAP, ISCAP + RDF + FADM, MZ, CD, MOC + [""], 16,
   evidence="the joint force came under fire from a group of insurgents on Saturday as it advanced on the junction "
            "town of Awasse ... killed 16 of the attackers")
ev("mbau-clash-tuesday", A, "2021-07-27", "2021-07-27", "2021-07-27", BAT, ["Armed clash"],
   RDF + FADM + ISCAP, ISCAP + RDF + FADM, MZ, CD, MOC, 14,
   evidence="On Tuesday, he said, joint forces clashed with another group near the village of Mbau, some 30 km "
            "southwest of Mocimboa da Praia, killing 14 insurgents")
ev("rwanda-deployment", A, "2021-07-10", "2021-07-09", "2021-07-10", STR, ["Change to group/activity"],
   RDF, [""] + ISCAP, MZ, CD, ["", "Pemba"] + MOC, 0, tp=2,
   evidence="Rwanda began deploying a 1,000-strong contingent of soldiers and police officers to Cabo Delgado on "
            "July 9 ... with the last planes landing the following day (19-20 days before publication)")
ev("litingina-farmers-killed", A, "2021-07-25", "2021-07-25", "2021-07-25", VAC, ["Attack"],
   ISCAP + UAG_MZ, CIV_MZ, MZ, CD, ["Nangade"], 3,
   evidence="gunmen hacked three farmers to death in their fields near Litingina, in Nangade district, on Sunday, "
            "and set fire to several huts")
ev("botswana-advance-team-pemba", A, "2021-07-26", "2021-07-26", "2021-07-26", STR, ["Change to group/activity"],
   SADC, [""] + ISCAP, MZ, CD, ["Pemba", "Cidade de Pemba"], 0,
   evidence="An advance team of soldiers from Botswana arrived in Pemba, the provincial capital, on Monday ... ahead "
            "of a formal launch of the SADC Mission in Mozambique (SAMIM)")

# ---------------------------------------------------------------- Mozambique (Reuters, 2018-11-26, Mon)
A = "mozambique_nangade_reuters"
ev("chicuaia-velha-raid", A, "2018-11-22", "2018-11-22", "2018-11-23", VAC, ["Attack"],
   UAG_MZ + ISCAP, CIV_MZ, MZ, CD, ["Nangade", ""], 7,
   evidence="The attackers entered Chicuaia Velha, a village in Nangade district ... late on Thursday ... officers "
            "had recovered seven bodies. Residents ... said 12 people had been killed")
ev("ntoli-army-ambush", A, "2018-11-24", "2018-11-24", "2018-11-24", BAT, ["Armed clash"],
   UAG_MZ + ISCAP, FADM, MZ, CD, ["Nangade", ""], 2,
   evidence="Two days later, on Saturday, gunmen ambushed an army truck on a dirt road outside the village of Ntoli "
            "in the same district, killing two soldiers ... the soldiers returned fire")
ev("macomia-village-raid-nov12", A, "2018-11-12", "2018-11-12", "2018-11-12", VAC, ["Attack"],
   UAG_MZ + ISCAP, CIV_MZ, MZ, CD, ["Macomia"], 3,
   evidence="On Nov. 12, gunmen killed three people and kidnapped two women in a raid on a village in Macomia "
            "district (14 days before publication)")
ev("macomia-women-kidnapped-nov12", A, "2018-11-12", "2018-11-12", "2018-11-12", VAC,
   ["Abduction/forced disappearance"], UAG_MZ + ISCAP, CIV_MZ, MZ, CD, ["Macomia"], 0, req=False,
   evidence="... and kidnapped two women in a raid on a village in Macomia district (may be folded into the attack)")

# ---------------------------------------------------------------- Cameroon (Mimi Mefo Info, 2017-12-20, Wed)
A = "cameroon_kwakwa_mimimefoinfo"
ev("kwakwa-village-burned", A, "2017-12-16", "2017-12-15", "2017-12-16", STR, ["Looting/property destruction"],
   CMR, CIV_CM + [""], CM, SW, MANYU + [""], 0, tp=2,
   evidence="Soldiers burned down much of the village of Kwakwa in Manyu division ... on Friday and Saturday ... "
            "no reports of deaths")
ev("eyumojock-gendarmerie-attack", A, "2017-12-18", "2017-12-18", "2017-12-18", BAT, ["Armed clash"],
   AMBA, CMR, CM, SW, MANYU + [""], 2,
   evidence="On Monday, armed men opened fire on a gendarmerie post at Eyumojock ... killing two gendarmes ... "
            "separatist commander claimed ... 'five enemy soldiers'")
ev("mamfe-checkpoint-shooting", A, "2017-12-17", "2017-12-17", "2017-12-17", VAC, ["Attack"],
   CMR, CIV_CM + AMBA, CM, SW, MANYU, 1,
   evidence="A day earlier, on Sunday, soldiers shot dead a young man at a checkpoint in Mamfe town after he failed "
            "to stop")
ev("agborkem-checkpoint-attack", A, "2017-11-30", "2017-11-30", "2017-11-30", BAT, ["Armed clash"],
   AMBA, CMR, CM, SW, MANYU, 4,
   evidence="since November 30, when gunmen attacked a checkpoint at Agborkem German, a village just outside Mamfe, "
            "killing four soldiers (20 days before publication)")

# ---------------------------------------------------------------- Cameroon (AFP, 2021-03-16, Tue)
A = "cameroon_blangoua_afp"
ev("blangoua-army-post-attack", A, "2021-03-15", "2021-03-14", "2021-03-15", BAT, ["Armed clash"],
   ISWAP, CMR, CM, FN, LOC + [""], 15,
   evidence="attacked an army post at Blangoua ... overnight Sunday to Monday ... four soldiers and eleven assailants "
            "were killed ... ISWAP ... claimed twelve Cameroonian soldiers")
ev("gouzoudou-raid", A, "2021-03-13", "2021-03-13", "2021-03-14", VAC, ["Attack"],
   JAS + UAG_CM, CIV_CM, CM, FN, MSAVA, 3,
   evidence="fighters from the Boko Haram faction led by Abubakar Shekau raided the village of Gouzoudou, near the "
            "town of Mora, on Saturday night, killing three civilians and making off with cattle")
ev("hile-alifa-kidnapping", A, "2021-03-13", "2021-03-13", "2021-03-14", VAC, ["Abduction/forced disappearance"],
   UAG_CM + JAS + ISWAP, CIV_CM, CM, FN, LOC + [""], 0,
   evidence="on Saturday night, gunmen kidnapped six people, including two women, in Hile Alifa")
ev("waza-mora-road-bomb-defused", A, "2021-03-11", "2021-03-11", "2021-03-11", STR, ["Disrupted weapons use"],
   CMR + JAS + ISWAP + UAG_CM, [""] + JAS + ISWAP + UAG_CM + CMR, CM, FN, LOC + MSAVA + [""], 0,
   evidence="On Thursday, soldiers defused a homemade bomb buried on the road between Waza and Mora")

# ---------------------------------------------------------------- Cameroon (The Guardian Post, 2019-05-22, Wed)
A = "cameroon_njinikom_guardianpost"
ev("njinikom-civilians-shot", A, "2019-05-19", "2019-05-19", "2019-05-19", VAC, ["Attack"],
   CMR, CIV_CM, CM, NW, ["Boyo"], 3,
   evidence="soldiers stormed the locality on Sunday, shot dead three young men and set dozens of houses on fire ... "
            "'None of them was carrying a gun'")
ev("njinikom-army-version-clash", A, "2019-05-19", "2019-05-19", "2019-05-19", BAT, ["Armed clash"],
   CMR + AMBA, AMBA + CMR, CM, NW, ["Boyo"], 4, req=False,
   evidence="the army spokesman ... said defence forces had 'neutralised four terrorists' during a clash with "
            "separatist fighters in Njinikom (the army's account of the same operation)")
ev("njinikom-houses-burned", A, "2019-05-19", "2019-05-19", "2019-05-19", STR, ["Looting/property destruction"],
   CMR, CIV_CM + [""], CM, NW, ["Boyo"], 0, req=False,
   evidence="At least thirty houses were burnt (may be folded into the attack)")
ev("belo-ied-patrol", A, "2019-05-20", "2019-05-20", "2019-05-20", EXP, ["Remote explosive/landmine/IED"],
   AMBA, CMR, CM, NW, ["Mezam", "Boyo"], 2,
   evidence="two soldiers were killed on Monday when their patrol vehicle hit an improvised explosive device near "
            "Belo")
ev("fundong-abductions", A, "2019-05-21", "2019-05-21", "2019-05-21", VAC, ["Abduction/forced disappearance"],
   AMBA, CIV_CM, CM, NW, ["Boyo"], 0,
   evidence="In Fundong ... suspected separatist fighters on Tuesday abducted a council worker and a retired civil "
            "administrator")
ev("bamenda-women-peace-march", A, "2019-05-16", "2019-05-16", "2019-05-16", PRO, ["Peaceful protest"],
   ["Protesters (Cameroon)", "Women (Cameroon)"], [""], CM, NW, ["Mezam"], 0,
   evidence="dozens of women marched through the streets of Bamenda on Thursday ... The march ... ended peacefully")

DROP = {
    "mozambique_awasse_newtimes": ["The New Times", "Home", "News", "Nation", "Region", "Opinions", "Sports",
                                   "Share on Facebook", "Share on Twitter", "Share on WhatsApp", "Related Articles",
                                   "Kagame: Rwandan troops in Mozambique will stay as long as needed",
                                   "Cabo Delgado: What you need to know about Rwanda's deployment",
                                   "Mozambique displaced families return to Palma",
                                   "© 2021 The New Times Publications SARL. All rights reserved."],
    "cameroon_kwakwa_mimimefoinfo": ["Mimi Mefo Info", "Home", "News", "Politics", "Anglophone Crisis", "Sports",
                                     "Entertainment", "Contact Us", "Share this:", "Facebook", "Twitter", "WhatsApp",
                                     "Related Posts", "Manyu: Curfew extended as residents flee to Nigeria",
                                     "Biya vows to crush \"terrorists\" after soldiers killed"],
    "cameroon_njinikom_guardianpost": ["The Guardian Post", "Home", "National", "Politics", "Regions", "Editorial",
                                       "Sports", "Share this:", "Facebook", "Twitter", "WhatsApp", "Print",
                                       "© 2019 The Guardian Post. All rights reserved."],
}
EITHER = {
    "mozambique_mocimboa_lusa": ["JPI // VM", "Lusa/End"],
    "mozambique_awasse_newtimes": ["Thursday, July 29, 2021", "By Glory Iribagiza"],
    "mozambique_nangade_reuters": ["By Manuel Mucari",
                                   "(Reporting by Manuel Mucari; Additional reporting by Emma Rumney in Johannesburg; "
                                   "Editing by Joe Brock and Alison Williams)"],
    "cameroon_kwakwa_mimimefoinfo": ["December 20, 2017", "by MMI Newsroom"],
    "cameroon_blangoua_afp": ["str-mbs/cl/txw"],
    "cameroon_njinikom_guardianpost": ["Wednesday, 22 May 2019", "By Nformi Sonde Kinsai"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="6 hand-written held-out articles (bench/heldout233; Cabo Delgado insurgency and "
                             "Cameroon's Anglophone crisis and Far North), coded by CODEBOOK.md before the system was "
                             "run (BLIND).", drop=DROP, either=EITHER)
