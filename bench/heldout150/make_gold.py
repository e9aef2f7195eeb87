"""Writes gold.json for the 150th held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout150/make_gold.py

Focus: DR Congo, 2016-2025 — an M23 capture (Masisi centre), an ADF hostage massacre (Mayba/Kasanga, Lubero), a
CODECO attack on a displaced persons' site (Gokpa, Djugu), UN peacekeepers killed in an offensive against the ADF
(Kididiwe, Beni), a kidnapping of tourists in the Virunga park, the December 2016 end-of-mandate riots, a Bakata
Katanga incursion into Lubumbashi and army-Mai-Mai Malaika fighting in Salamabila (Maniema).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

CD = "Democratic Republic of the Congo"
NK = ["North Kivu", "Nord-Kivu", "Nord Kivu"]
ITURI = ["Ituri"]
_C = ["Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo"]
CIV_CD = [f"Civilians ({c})" for c in _C]
UAG_CD = [f"Unidentified Armed Group ({c})" for c in _C]
PROT_CD = [f"Protesters ({c})" for c in _C]
RIOT_CD = [f"Rioters ({c})" for c in _C]
FARDC = ["Military Forces of the Democratic Republic of the Congo", "Military Forces of Democratic Republic of Congo",
         "Military Forces of Democratic Republic of the Congo", "Military Forces of DR Congo", "FARDC"]
POLICE = ["Police Forces of the Democratic Republic of the Congo", "Police Forces of Democratic Republic of Congo",
          "Police Forces of Democratic Republic of the Congo", "Police Forces of DR Congo", "PNC"]
M23 = ["M23", "March 23 Movement", "Mouvement du 23 mars", "M23: March 23 Movement", "AFC", "Alliance Fleuve Congo",
       "Congo River Alliance", "AFC/M23", "M23/AFC"]
WAZ = ["Wazalendo", "Wazalendo Militia", "Wazalendo Militias", "VDP", "Volunteers for the Defence of the Homeland"]
ADF = ["ADF", "Allied Democratic Forces", "Islamic State", "Islamic State Central Africa Province", "ISCAP"] + UAG_CD
MONUSCO = ["MONUSCO", "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo",
           "MONUSCO: United Nations Organization Stabilization Mission in the Democratic Republic of the Congo",
           "United Nations", "Force Intervention Brigade", "Military Forces of Malawi", "Military Forces of Tanzania"]
MAIMAI = ["Mai-Mai", "Mai Mai", "Mai-Mai Militia", "Mai-Mai Militia (Democratic Republic of the Congo)"]
RANGERS = ["ICCN", "ICCN: Congolese Institute for the Conservation of Nature", "Congolese Institute for Nature Conservation",
           "Institut Congolais pour la Conservation de la Nature", "Virunga National Park Rangers", "Park Rangers",
           "Rangers"]
CODECO = ["CODECO", "Cooperative for the Development of Congo", "Cooperative for Development of the Congo",
          "CODECO: Cooperative for Development of the Congo", "URDPC",
          "Lendu Ethnic Militia (Democratic Republic of the Congo)", "Lendu Ethnic Militia (Democratic Republic of Congo)"]
MALAIKA = ["Mai-Mai Malaika", "Mai Mai Malaika", "Malaika", "Mai-Mai Malaika Militia"] + MAIMAI
BAKATA = ["Bakata Katanga", "Mai-Mai Bakata Katanga", "Mai Mai Bakata Katanga", "Kata Katanga", "Mai-Mai Kata Katanga",
          "Bakata Katanga Militia"] + MAIMAI

# ---------------------------------------------------------------- North Kivu (Reuters, 2025-01-05, Sun)
A = "drc_masisi_reuters"
MASISI = ["Masisi Territory", "Masisi"]
ev("masisi-centre-taken", A, "2025-01-04", "2025-01-04", "2025-01-04", BAT, ["Non-state actor overtakes territory"],
   M23, FARDC + WAZ + [""], CD, NK, MASISI, 4,
   evidence="M23 rebels said on Saturday they had captured Masisi ... residents confirmed ... bodies of four civilians "
            "killed by stray bullets had been brought to the hospital on Saturday (army denial does not negate it)")
ev("lushebere-kinyumba-clash", A, "2025-01-03", "2025-01-03", "2025-01-03", BAT, ["Armed clash"],
   M23 + FARDC + WAZ, FARDC + WAZ + M23, CD, NK, MASISI + [""], None,
   evidence="The fighting began on Friday around Lushebere and Kinyumba, villages a few kilometres south of Masisi ... "
            "Neither side has given a toll")
ev("kilolirwe-air-strikes", A, "2025-01-05", "2025-01-04", "2025-01-05", EXP, ["Air/drone strike"],
   FARDC, M23, CD, NK, MASISI + [""], None,
   evidence="the army said its aircraft had struck rebel positions in Kilolirwe, on the road between Sake and Masisi, "
            "overnight ... It did not give figures")

# ---------------------------------------------------------------- North Kivu (AFP, 2018-05-12, Sat)
A = "drc_virunga_afp"
ev("kibumba-tourists-kidnapped", A, "2018-05-11", "2018-05-11", "2018-05-11", VAC,
   ["Abduction/forced disappearance", "Attack"], UAG_CD + MAIMAI,
   ["Civilians (United Kingdom)", "Civilians (UK)"] + CIV_CD + RANGERS, CD, NK,
   ["Nyiragongo", "Nyirangongo", ""], 1,
   evidence="Two British tourists and their Congolese driver were kidnapped on Friday ... near Kibumba ... ranger Rachel "
            "Masika Baraka, 25, was killed in an exchange of fire with the attackers")
ev("vitshumbi-patrol-fired-on", A, "2018-05-09", "2018-05-09", "2018-05-09", BAT, ["Armed clash"],
   MAIMAI + UAG_CD + RANGERS, RANGERS + FARDC + POLICE + MAIMAI, CD, NK, ["Rutshuru Territory", "Rutshuru", ""], 0,
   evidence="on Wednesday, two rangers were wounded when suspected Mai-Mai militiamen opened fire on their patrol near "
            "the fishing village of Vitshumbi ... The rangers returned fire and the assailants fled")
ev("kibumba-search-operation", A, "2018-05-12", "2018-05-12", "2018-05-12", STR, ["Change to group/activity"],
   FARDC + RANGERS, [""] + UAG_CD, CD, NK, ["Nyiragongo", "Nyirangongo", ""], 0, req=False,
   evidence="On Saturday, Congolese troops and park rangers backed by a helicopter were combing the forested hills "
            "around Kibumba")

# ---------------------------------------------------------------- North Kivu (AP, 2018-11-16, Fri)
A = "drc_kididiwe_ap"
ev("kididiwe-peacekeepers-killed", A, "2018-11-14", "2018-11-14", "2018-11-15", BAT, ["Armed clash"],
   MONUSCO + FARDC + ADF, ADF + MONUSCO + FARDC, CD, NK, ["Beni", ""], 7,
   evidence="Seven United Nations peacekeepers were killed ... fighting on Wednesday, which took place around Kididiwe "
            "... about 20 kilometers northeast of the city of Beni ... Several Congolese soldiers were also killed ... "
            "the army did not give a figure")
ev("paida-civilians-killed", A, "2018-11-10", "2018-11-10", "2018-11-11", VAC, ["Attack"],
   ADF, CIV_CD, CD, NK, ["Beni"], 7,
   evidence="Late on Saturday, suspected ADF rebels killed seven civilians with machetes and guns in the Paida "
            "neighborhood on the eastern edge of Beni ... also set fire to several houses")

# ---------------------------------------------------------------- Kinshasa and elsewhere (VOA, 2016-12-21, Wed)
A = "drc_kinshasa_voa"
KIN = ["Kinshasa"]
ev("kinshasa-end-of-mandate-riots", A, "2016-12-20", "2016-12-20", "2016-12-20", RIO, ["Violent demonstration"],
   RIOT_CD + PROT_CD, POLICE + FARDC + ["Republican Guard", ""], CD, KIN, (), 9,
   evidence="in ... Limete, Matete and Ngaba, groups of young men set up barricades of burning tires, threw stones at "
            "police and looted several shops ... police spokesman ... said nine people were killed in the capital ... "
            "U.N. ... at least 19 (lowest specific figure: 9)")
ev("kinshasa-excessive-force", A, "2016-12-20", "2016-12-20", "2016-12-20", PRO,
   ["Excessive force against protesters"], POLICE + FARDC + PROT_CD, PROT_CD + POLICE + FARDC, CD, KIN, (), None,
   req=False, evidence="Security forces ... fired on protesters in Kinshasa ... live ammunition ... accused security "
                       "forces of using excessive force (same incident seen from the protesters' side)")
ev("lubumbashi-end-of-mandate-riot", A, "2016-12-20", "2016-12-20", "2016-12-20", RIO, ["Violent demonstration"],
   RIOT_CD + PROT_CD, POLICE + [""], CD, ["Haut-Katanga"], ["Lubumbashi (city)", "Lubumbashi"], 2,
   evidence="In Lubumbashi ... police opened fire on youths who burned tires and attacked a police post ... killing at "
            "least four people, a local rights group ... Authorities in Lubumbashi confirmed two deaths (lowest: 2)")
ev("goma-lucha-march-arrests", A, "2016-12-20", "2016-12-20", "2016-12-20", PRO, ["Protest with intervention"],
   PROT_CD + ["LUCHA", "Lutte pour le Changement", "Struggle for Change"], POLICE + [""], CD, NK, ["Goma"], 0,
   evidence="In the eastern city of Goma, police arrested at least 40 activists of the citizens' movement LUCHA who "
            "tried to march peacefully through the city center Tuesday morning")
ev("kinshasa-whistles-midnight", A, "2016-12-20", "2016-12-19", "2016-12-20", PRO, ["Peaceful protest"],
   PROT_CD, [""], CD, KIN, (), 0, req=False,
   evidence="Shortly after midnight Monday ... residents in several Kinshasa neighborhoods blew whistles and banged "
            "pots and pans in a protest called by the opposition ... no reports of violence")

# ---------------------------------------------------------------- Haut-Katanga (Radio Okapi, 2020-09-27, Sun)
A = "drc_lubumbashi_radiookapi"
ev("lubumbashi-bakata-katanga-incursion", A, "2020-09-26", "2020-09-25", "2020-09-26", BAT, ["Armed clash"],
   BAKATA + POLICE + FARDC, POLICE + FARDC + BAKATA, CD, ["Haut-Katanga"], ["Lubumbashi (city)", "Lubumbashi"], 19,
   evidence="At least 19 people were killed during an incursion by Mai-Mai Bakata Katanga militiamen into ... "
            "Lubumbashi in the early hours of Saturday 26 September ... three members of the security forces ... and "
            "16 assailants were killed (Justicia: 4 + 'around ten', not specific)")
ev("lubumbashi-militiamen-captured", A, "2020-09-26", "2020-09-25", "2020-09-26", STR, ["Arrests"],
   POLICE + FARDC, BAKATA, CD, ["Haut-Katanga"], ["Lubumbashi (city)", "Lubumbashi"], 0, req=False,
   evidence="Thirteen other militiamen were captured (captures in the same fight; not notable persons)")

# ---------------------------------------------------------------- North Kivu (OCHA via ReliefWeb, 2025-02-20, Thu)
A = "drc_mayba_reliefweb"
LUBERO = ["Lubero", "Lubero Territory", ""]
ev("mayba-kasanga-hostage-massacre", A, "2025-02-15", "2025-02-13", "2025-02-15", VAC, ["Attack"],
   ADF, CIV_CD, CD, NK, LUBERO, 70, tp=2,
   evidence="In the early hours of 13 February, alleged combatants of the ADF entered the village of Mayba ... took "
            "around 20 people ... returned and took about 50 more ... On 15 February ... bodies of 70 people ... inside "
            "a Protestant church in the nearby village of Kasanga")
ev("mayba-hostages-taken", A, "2025-02-13", "2025-02-13", "2025-02-13", VAC, ["Abduction/forced disappearance"],
   ADF, CIV_CD, CD, NK, LUBERO, 0, req=False,
   evidence="took around 20 people with them ... the combatants returned and took about 50 more people hostage (the "
            "same victims as the massacre row; about 30 more still missing)")
ev("biambwe-attack", A, "2025-02-17", "2025-02-16", "2025-02-17", VAC, ["Attack"],
   ADF, CIV_CD, CD, NK, LUBERO, 6,
   evidence="On the night of 16 to 17 February, alleged ADF combatants also attacked the village of Biambwe ... killing "
            "six civilians and setting fire to at least 12 houses and a health centre")
ev("alimbongo-clash", A, "2025-02-18", "2025-02-18", "2025-02-18", BAT, ["Armed clash"],
   M23 + FARDC + WAZ, FARDC + WAZ + M23, CD, NK, LUBERO, None,
   evidence="clashes between the AFC/M23 and the FARDC, supported by Wazalendo groups, were reported on 18 February "
            "around Alimbongo ... No casualty figures were available")

# ---------------------------------------------------------------- Ituri (ACTUALITE.CD, 2022-03-21, Mon)
A = "drc_gokpa_actualite"
DJUGU = ["Djugu", "Djugu Territory", ""]
ev("gokpa-displaced-site-attack", A, "2022-03-19", "2022-03-19", "2022-03-19", VAC, ["Attack"],
   CODECO, CIV_CD, CD, ITURI, DJUGU, 12,
   evidence="Twelve people, including two children and four women, were killed in an attack by CODECO militiamen on a "
            "spontaneous site for displaced persons in the village of Gokpa 2 ... on Saturday 19 March (civil society "
            "18, unconfirmed)")
ev("gokpa-hills-clash", A, "2022-03-20", "2022-03-20", "2022-03-20", BAT, ["Armed clash"],
   FARDC + CODECO, CODECO + FARDC, CD, ITURI, DJUGU, 3,
   evidence="soldiers clashed with the militiamen on Sunday in the hills near Gokpa, killing three of them ... One "
            "soldier was wounded")
ev("mongbwalu-displaced-march", A, "2022-03-21", "2022-03-21", "2022-03-21", PRO, ["Peaceful protest"],
   PROT_CD + CIV_CD, [""], CD, ITURI, DJUGU, 0,
   evidence="On Monday morning, around 200 of them marched peacefully to the office of the Ndo Okebu chiefdom ... "
            "before dispersing without incident (in Mongbwalu)")

# ---------------------------------------------------------------- Maniema (Xinhua, 2020-01-15, Wed)
A = "drc_salamabila_xinhua"
KABAMBARE = ["Kabambare", ""]
ev("salamabila-army-malaika-clash", A, "2020-01-11", "2020-01-11", "2020-01-12", BAT,
   ["Armed clash", "Government regains territory"], MALAIKA + FARDC, FARDC + MALAIKA, CD, ["Maniema"], KABAMBARE, 7,
   evidence="The fighting broke out on Saturday morning when militiamen loyal to ... Sheikh Assani attacked army "
            "positions in Salamabila ... 'Six Mai-Mai were neutralized ... One FARDC soldier fell' (civil society 12; "
            "lowest specific figure 7)")
ev("matchapano-clash", A, "2020-01-14", "2020-01-14", "2020-01-14", BAT, ["Armed clash"],
   FARDC + MALAIKA, MALAIKA + FARDC, CD, ["Maniema"], KABAMBARE, None,
   evidence="On Tuesday, fresh fighting was reported around Matchapano, about 15 km southwest of Salamabila ... No toll")
ev("salamabila-shops-looted", A, "2020-01-12", "2020-01-11", "2020-01-12", STR, ["Looting/property destruction"],
   MALAIKA + UAG_CD + FARDC, CIV_CD + [""], CD, ["Maniema"], KABAMBARE, 0, req=False, tp=2,
   evidence="16 houses had been destroyed and some 210 shops looted during the two days of fighting, without saying "
            "who was responsible")

DROP = {
    "drc_masisi_reuters": ["Skip to main content", "World", "Business", "Markets", "Sustainability", "Legal",
                           "Breakingviews", "Technology", "Africa", "Our Standards: The Thomson Reuters Trust Principles.",
                           "Read Next", "Congo's Tshisekedi says constitution review will not target term limits",
                           "Rwanda says it will not be dragged into Congo's war"],
    "drc_kididiwe_ap": ["AP NEWS", "Top Stories", "World News", "U.S. News", "Politics", "Sports", "Entertainment",
                        "Business", "Share", "Share on Facebook", "Share on X", "Email", "Link copied",
                        "Copyright 2018 The Associated Press. All Rights Reserved."],
    "drc_kinshasa_voa": ["VOA", "Voice of America", "Home", "USA", "World", "Africa", "Middle East", "Asia", "Video",
                         "Print", "Share", "Related", "Congo Opposition Leaders Barred From Leaving Kinshasa",
                         "UN Warns of Rising Tension in DRC"],
    "drc_lubumbashi_radiookapi": ["Radio Okapi", "Accueil", "Actualité", "Politique", "Sécurité", "Économie",
                                  "Société", "Sport", "Partager", "Facebook", "Twitter", "WhatsApp", "À lire aussi",
                                  "Lualaba: calm returns to Kolwezi after the police-militia clash",
                                  "Haut-Katanga: Gédéon Kyungu's residence searched by the police",
                                  "Tanganyika: 5 Twa militiamen killed in clashes with FARDC in Nyunzu",
                                  "Radio Okapi © 2020 | Tous droits réservés"],
    "drc_mayba_reliefweb": ["ReliefWeb", "Updates", "Countries", "Organizations", "Disasters", "Jobs", "Training",
                            "Related Content", "DR Congo: North Kivu - Displacement Overview (February 2025)",
                            "DR Congo: Humanitarian Snapshot (January 2025)", "Share this", "Facebook", "Twitter",
                            "Email"],
    "drc_gokpa_actualite": ["ACTUALITE.CD", "Accueil", "Politique", "Sécurité", "Économie", "Société", "Provinces",
                            "Sport", "Partager", "Facebook", "Twitter", "WhatsApp", "Lire aussi",
                            "Ituri : la société civile de Djugu exige le renforcement des effectifs FARDC",
                            "Bunia : les déplacés du site de Komanda dénoncent l'arrêt de l'assistance",
                            "Copyright ACTUALITE.CD 2022"],
}
EITHER = {
    "drc_masisi_reuters": ["By Crispin Kyalangilwa", "January 5, 2025 4:12 PM GMT+1 Updated ago",
                           "Reporting by Crispin Kyalangilwa in Goma and Ange Kasongo in Kinshasa; Writing by Sofia "
                           "Christensen; Editing by Frances Kerry"],
    "drc_virunga_afp": ["ks-sn/pjm/jh"],
    "drc_kididiwe_ap": ["By SALEH MWANAMILONGO and CARLEY PETESCH", "November 16, 2018", "___",
                        "Associated Press writer Carley Petesch in Dakar, Senegal, contributed."],
    "drc_kinshasa_voa": ["Nicolas Pinault", "December 21, 2016 8:31 AM"],
    "drc_lubumbashi_radiookapi": ["Publié le dimanche 27 septembre 2020 - 09:15"],
    "drc_mayba_reliefweb": ["Democratic Republic of the Congo", "Situation Report", "Source: OCHA",
                            "Posted: 20 Feb 2025", "Originally published: 20 Feb 2025",
                            "For further information, please contact:", "OCHA DRC Public Information Unit, ocha-drc@un.org"],
    "drc_gokpa_actualite": ["Par Patrick Maki", "21 mars 2022"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout150; DR Congo 2016-2025), coded by "
                             "CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
