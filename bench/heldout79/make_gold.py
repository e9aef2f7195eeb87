"""Writes gold.json for held-out set 79 (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout79/make_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

CD = "Democratic Republic of the Congo"
CIV_CD = ["Civilians (Democratic Republic of the Congo)", "Civilians (Democratic Republic of Congo)",
          "Civilians (DR Congo)"]
UAG_CD = ["Unidentified Armed Group (Democratic Republic of the Congo)",
          "Unidentified Armed Group (Democratic Republic of Congo)"]
FARDC = ["Military Forces of Democratic Republic of the Congo", "Military Forces of the Democratic Republic of the Congo",
         "Military Forces of Democratic Republic of Congo", "Military Forces of the Democratic Republic of Congo",
         "Military Forces of DR Congo", "FARDC"]
M23 = ["M23", "March 23 Movement", "M23: March 23 Movement", "AFC/M23", "M23/AFC", "Alliance Fleuve Congo",
       "Mouvement du 23 mars"]
WAZ = ["Wazalendo", "Wazalendo Militia", "VDP", "Volunteers for the Defence of the Homeland", "Mai-Mai",
       "Mai-Mai Militia"] + UAG_CD
NK = ["North Kivu", "Nord-Kivu"]
ADF = ["ADF", "Allied Democratic Forces", "ADF: Allied Democratic Forces", "Islamic State Central Africa Province",
       "ISCAP", "Islamic State", "Islamic State (Central Africa)"]
CODECO = ["CODECO", "CODECO: Cooperative for Development of the Congo", "Cooperative for the Development of Congo",
          "URDPC", "CODECO Militia", "Lendu Ethnic Militia (Democratic Republic of Congo)",
          "Lendu Ethnic Militia (Democratic Republic of the Congo)"]
MOB = ["Mobondo", "Mobondo Militia", "Yaka Ethnic Militia (Democratic Republic of the Congo)",
       "Yaka Ethnic Militia (Democratic Republic of Congo)"] + UAG_CD

# --- DRC: Kalembe taken by M23, retaken by Wazalendo; drone strikes on Mushaki (Actualite.cd, Thu 2024-10-24) ---
A = "drc_kalembe_actualite"
ev("kalembe-m23-capture", A, "2024-10-21", "2024-10-21", "2024-10-21", BAT, ["Non-state actor overtakes territory"],
   M23, WAZ, CD, NK, ["Walikale", "Masisi", "Masisi Territory"], 6,
   evidence="The M23 entered Kalembe on Monday after several hours of fighting with local armed groups grouped under "
            "the Wazalendo banner ... At least six fighters were killed")
ev("kalembe-wazalendo-retake", A, "2024-10-23", "2024-10-23", "2024-10-23", BAT,
   ["Government regains territory", "Non-state actor overtakes territory"], WAZ, M23, CD, NK,
   ["Walikale", "Masisi", "Masisi Territory"], None,
   evidence="Wazalendo fighters said on Wednesday they had driven M23 rebels out of Kalembe ... 'On Wednesday at dawn "
            "our boys attacked' ... claimed 'more than ten' M23 killed (unverified) + one civilian")
ev("mushaki-drone-strikes", A, "2024-10-22", "2024-10-22", "2024-10-22", EXP, ["Air/drone strike"], FARDC, M23, CD,
   NK, ["Masisi", "Masisi Territory"], 0,
   evidence="the Congolese army said its drones struck M23 positions in the hills above Mushaki on Tuesday ... "
            "without giving a toll")

# --- DRC: Nyamamba / Mbogi mass graves, Nizi clash, Bunia march (Radio Okapi, Tue 2023-01-17) ---
A = "drc_nyamamba_radiookapi"
ev("nyamamba-massacre", A, "2023-01-15", "2023-01-15", "2023-01-15", VAC, ["Attack"], CODECO, CIV_CD, CD, ["Ituri"],
   ["Djugu"], 42,
   evidence="the victims were killed on Sunday 15 January during attacks attributed to the CODECO militia ... "
            "42 bodies ... in a grave in Nyamamba")
ev("mbogi-killings", A, "2023-01-15", "2023-01-15", "2023-01-15", VAC, ["Attack"], CODECO, CIV_CD, CD, ["Ituri"],
   ["Djugu"], 7, evidence="Seven other bodies, those of men, were found in Mbogi, a few kilometres away")
ev("nizi-fardc-codeco-clash", A, "2023-01-16", "2023-01-16", "2023-01-16", BAT, ["Armed clash"], FARDC + CODECO,
   CODECO + FARDC, CD, ["Ituri"], ["Djugu"], 3,
   evidence="they clashed with CODECO assailants on Monday afternoon near Nizi ... Three militiamen were killed")
ev("bunia-idp-march", A, "2023-01-16", "2023-01-16", "2023-01-16", PRO, ["Peaceful protest"],
   ["Protesters (Democratic Republic of the Congo)", "Protesters (Democratic Republic of Congo)",
    "Protesters (DR Congo)"], [""] + CIV_CD, CD, ["Ituri"], (), 0,
   evidence="Also on Monday, several hundred displaced people ... marched through the centre of Bunia ... "
            "passed off without incident")

# --- DRC: Uganda's strikes on the ADF (Operation Shujaa start), Kainama killings (AFP, Wed 2021-12-01) ---
A = "drc_shujaa_afp"
UG = ["Military Forces of Uganda", "UPDF"]
ev("updf-strikes-yayuwa-tondoli", A, "2021-11-30", "2021-11-30", "2021-11-30", EXP,
   ["Air/drone strike", "Shelling/artillery/missile attack"], UG, ADF, CD, NK, ["Beni"], 0,
   evidence="air and artillery strikes on Tuesday against camps of the ADF ... in the Yayuwa and Tondoli areas of "
            "Beni territory ... He did not give a toll")
ev("updf-cross-at-nobili", A, "2021-11-30", "2021-11-30", "2021-11-30", STR, ["Change to group/activity", "Other"],
   UG, [""], CD, NK, ["Beni"], 0, req=False,
   evidence="columns of Ugandan soldiers and armoured vehicles crossed the border at Nobili")
ev("kainama-adf-killings", A, "2021-11-28", "2021-11-28", "2021-11-28", VAC, ["Attack"], ADF + UAG_CD, CIV_CD, CD,
   NK, ["Beni"], 7,
   evidence="suspected ADF fighters killed seven civilians, including two women, in the village of Kainama, north of "
            "Beni, on Sunday")
ev("kampala-twin-bombings", A, "2021-11-16", "2021-11-16", "2021-11-16", EXP, ["Suicide bomb"], ADF,
   ["Civilians (Uganda)", "Police Forces of Uganda"], "Uganda", ["Central Region", "Central", "Kampala"], (), 7,
   req=False,
   evidence="twin suicide bombings in the heart of Kampala on November 16, which killed four people besides the three "
            "attackers (15 days before publication; outside the gazetteer's 23 countries)")

# --- DRC: Mobondo militia in Kinshasa / Mai-Ndombe / Kwilu (Reuters, Thu 2024-07-11) ---
A = "drc_mobondo_reuters"
ev("kinsele-army-post-attack", A, "2024-07-09", "2024-07-09", "2024-07-09", BAT, ["Armed clash"], MOB + FARDC,
   FARDC + MOB, CD, ["Kinshasa"], (), 7,
   evidence="raided the post at Kinsele in the rural Maluku commune before dawn on Tuesday ... killing two soldiers "
            "... killed five of the attackers")
ev("nkolo-villagers-killed", A, "2024-07-07", "2024-07-07", "2024-07-07", VAC, ["Attack"], MOB, CIV_CD, CD,
   ["Mai-Ndombe", "Mai Ndombe", "Maï-Ndombe"], ["Kwamouth"], 9,
   evidence="On Sunday, militiamen killed nine villagers, including three children, in an attack on Nkolo, a village "
            "in Kwamouth territory")
ev("bagata-houses-burned", A, "2024-07-08", "2024-07-08", "2024-07-08", STR, ["Looting/property destruction"], MOB,
   [""] + CIV_CD, CD, ["Kwilu"], ["Bagata"], 0,
   evidence="A day later, Mobondo fighters set fire to some 40 houses in a village near Bagata, in neighbouring Kwilu "
            "province ... No casualties")

CF = "Central African Republic"
CIV_CF = ["Civilians (Central African Republic)"]
UAG_CF = ["Unidentified Armed Group (Central African Republic)"]
FACA_W = ["Military Forces of Central African Republic", "Military Forces of the Central African Republic", "FACA",
          "Wagner Group", "Wagner Group (Russia)", "Military Forces of Russia"]
UPC_CPC = ["UPC", "Union for Peace in the Central African Republic", "Union for Peace in Central Africa",
           "Union pour la Paix en Centrafrique", "UPC: Union for Peace in the Central African Republic",
           "CPC", "Coalition of Patriots for Change", "Coalition des Patriotes pour le Changement"]
MINUSCA = ["MINUSCA", "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
           "United Nations", "Military Forces of Rwanda"]
AAKG = ["Azande Ani Kpi Gbe", "AAKG", "Zande Ethnic Militia (Central African Republic)", "Zande Militia",
        "Azande Ani Kpi Gbe (AAKG)"]

# --- CAR: Ndassima mine attack, Bakala reprisal killings, Grimari kidnapping (Corbeau News, Thu 2023-04-20) ---
A = "car_ndassima_corbeaunews"
ev("ndassima-mine-attack", A, "2023-04-16", "2023-04-16", "2023-04-16", BAT, ["Armed clash"], UPC_CPC + FACA_W,
   FACA_W + UPC_CPC, CF, ["Ouaka"], (), 8,
   evidence="Rebel fighters attacked the positions of the FACA and their Russian allies ... at the Ndassima gold mine "
            "... on Sunday ... three soldiers were killed ... five assailants were 'neutralised' (CPC claims >20)")
ev("bakala-reprisal-killings", A, "2023-04-18", "2023-04-18", "2023-04-18", VAC, ["Attack"], FACA_W, CIV_CF, CF,
   ["Ouaka"], ["Bakala"], 4,
   evidence="on Tuesday, Russian mercenaries accompanied by FACA soldiers arrived in Bakala ... Four of them were shot "
            "dead near the market")
ev("grimari-traders-abducted", A, "2023-04-18", "2023-04-18", "2023-04-18", VAC, ["Abduction/forced disappearance"],
   UAG_CF + UPC_CPC, CIV_CF, CF, ["Ouaka"], ["Grimari"], 0,
   evidence="Also on Tuesday, on the Bambari-Grimari axis, armed men stopped a truck about twenty kilometres from "
            "Grimari and abducted two cattle traders")

# --- CAR: Zemio peacekeeper killed, IDP-site attack, Mboki clash (AFP, Wed 2023-07-12) ---
A = "car_zemio_afp"
HM = ["Haut-Mbomou"]
ev("zemio-peacekeeper-ambush", A, "2023-07-10", "2023-07-10", "2023-07-10", BAT, ["Armed clash"],
   UAG_CF + AAKG + MINUSCA, MINUSCA + UAG_CF + AAKG, CF, HM, ["Zemio"], 1,
   evidence="A UN peacekeeper was killed ... The Rwandan peacekeepers were 'ambushed by elements of an armed group' on "
            "Monday ... on the edge of Zemio")
ev("zemio-idp-site-attack", A, "2023-07-08", "2023-07-08", "2023-07-08", VAC, ["Attack"], AAKG + UAG_CF, CIV_CF, CF,
   HM, ["Zemio"], 3,
   evidence="On Saturday, AAKG fighters ... stormed part of the same displacement site ... and killed three people")
ev("mboki-upc-aakg-clash", A, "2023-07-09", "2023-07-09", "2023-07-09", BAT, ["Armed clash"], UPC_CPC + AAKG,
   AAKG + UPC_CPC, CF, HM, ["Obo", "Mboki"], 6,
   evidence="heavy fighting pitted the UPC against the AAKG on Sunday around Mboki, a town near Obo, leaving at least "
            "six people dead")

MZ = "Mozambique"
CIV_MZ = ["Civilians (Mozambique)"]
IS_MZ = ["Islamic State", "Islamic State Mozambique Province", "ISCAP", "Islamic State (Mozambique)",
         "Ahlu Sunnah Wa-Jama", "Ansar al-Sunna", "Al Shabaab (Mozambique)", "Al Shabaab",
         "Unidentified Armed Group (Mozambique)", "Insurgents (Mozambique)"]
SAMIM = ["SAMIM", "SADC Mission in Mozambique", "Southern African Development Community Mission in Mozambique", "SADC"]
CAB = ["Cabo Delgado"]

# --- Mozambique: Muaguide beheadings, Bilibiza road shooting, Chai clash (Carta de Mocambique, Thu 2022-10-06) ---
A = "mozambique_meluco_carta"
ev("muaguide-beheadings", A, "2022-10-01", "2022-10-01", "2022-10-01", VAC, ["Attack"], IS_MZ, CIV_MZ, MZ, CAB,
   ["Meluco"], 3,
   evidence="Insurgents beheaded three men in Muaguide village, in Meluco district ... on Saturday morning")
ev("bilibiza-quissanga-road-shooting", A, "2022-10-03", "2022-10-03", "2022-10-03", VAC, ["Attack"], IS_MZ, CIV_MZ,
   MZ, CAB, ["Quissanga"], 2,
   evidence="On Monday, two men were shot dead when insurgents opened fire on a vehicle carrying traders on the road "
            "between Bilibiza and Quissanga town")
ev("chai-samim-clash", A, "2022-10-04", "2022-10-04", "2022-10-04", BAT, ["Armed clash"], SAMIM + IS_MZ,
   IS_MZ + SAMIM, MZ, CAB, ["Macomia"], 4,
   evidence="SAMIM said on Wednesday that they had killed four insurgents in a clash near the village of Chai on "
            "Tuesday afternoon")

CM = "Cameroon"
CIV_CM = ["Civilians (Cameroon)"]
FN = ["Far North", "Extreme-Nord", "Extreme North", "Extrême-Nord"]
MIL_CM = ["Military Forces of Cameroon", "Multinational Joint Task Force", "MNJTF"]
BH = ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS", "Unidentified Armed Group (Cameroon)"]
ISWAP = ["Islamic State West Africa Province", "ISWAP", "Islamic State", "Boko Haram",
         "Unidentified Armed Group (Cameroon)"]

# --- Cameroon Far North: Tourou raid, Mozogo-Koza IED, Sagme post attack (HumAngle, Thu 2024-03-14) ---
A = "cameroon_tourou_humangle"
ev("tourou-raid", A, "2024-03-10", "2024-03-10", "2024-03-11", VAC, ["Attack"], BH, CIV_CM, CM, FN, ["Mayo-Tsanaga"], 4,
   evidence="Jihadists killed four civilians and abducted five women in an overnight raid on Tourou ... on Sunday ... "
            "at around 11 pm")
ev("tourou-women-abducted", A, "2024-03-10", "2024-03-10", "2024-03-11", VAC, ["Abduction/forced disappearance"], BH,
   CIV_CM, CM, FN, ["Mayo-Tsanaga"], 0, req=False,
   evidence="abducted five women (same raid; split out as its own row by some coders)")
ev("mozogo-koza-ied", A, "2024-03-11", "2024-03-11", "2024-03-11", EXP, ["Remote explosive/landmine/IED"], BH + ISWAP,
   MIL_CM, CM, FN, ["Mayo-Tsanaga"], 1,
   evidence="The next day, Monday, a Cameroonian soldier was killed ... when their armoured vehicle drove over an "
            "improvised explosive device on the road between Mozogo and Koza")
ev("sagme-post-attack", A, "2024-03-12", "2024-03-12", "2024-03-12", BAT, ["Armed clash"], ISWAP + MIL_CM,
   MIL_CM + ISWAP, CM, FN, ["Logone-et-Chari", "Logone et Chari"], 9,
   evidence="On Tuesday, fighters of ISWAP attacked a military post at Sagme ... killing seven of the attackers ... "
            "Two soldiers also died")

DROP = {
    "drc_kalembe_actualite": ["Actualite.cd", "Accueil", "Politique", "Sécurité", "Economie", "Société", "Sport",
                              "Partager sur Facebook", "Partager sur X", "WhatsApp", "LIRE AUSSI",
                              "Ituri : la CODECO accusée d'avoir tué 6 civils à Djugu",
                              "Sud-Kivu : la société civile de Kalehe dénonce des exactions du M23",
                              "Recevez nos articles par e-mail", "© 2024 ACTUALITE.CD - Tous droits réservés"],
    "drc_nyamamba_radiookapi": ["Radio Okapi", "Accueil | Actualité | Emissions | Grands Lacs | Archives | Contacts",
                                "Imprimer", "Envoyer par e-mail", "Lire aussi :",
                                "Ituri : un militaire tué lors d'une embuscade à Irumu",
                                "Bunia : les enseignants menacent d'une grève",
                                "Nord-Kivu : la MONUSCO condamne l'attaque de Kasindi",
                                "Tags : Djugu CODECO MONUSCO Ituri", "Copyright © 2023 Radio Okapi"],
    "car_ndassima_corbeaunews": ["Corbeau News Centrafrique", "ACCUEIL", "ACTUALITÉS", "POLITIQUE", "SÉCURITÉ",
                                 "SOCIÉTÉ", "CONTACT", "Partager :", "Facebook", "Twitter", "WhatsApp",
                                 "À LIRE AUSSI", "Haute-Kotto : la population de Sam-Ouandja vit dans la peur",
                                 "Bangui : grève des enseignants vacataires à l'université",
                                 "Abonnez-vous à notre newsletter",
                                 "© Copyright 2023 - Corbeau News Centrafrique. Tous droits réservés."],
    "mozambique_meluco_carta": ["Carta de Moçambique", "Início", "Política", "Economia", "Sociedade", "Cabo Delgado",
                                "Desporto", "Opinião", "Partilhar no Facebook", "Partilhar no Twitter",
                                "Leia também:", "Pemba: deslocados queixam-se da falta de comida",
                                "Nampula: autoridades reforçam segurança em Memba",
                                "Carta de Moçambique © 2022. Todos os direitos reservados."],
    "cameroon_tourou_humangle": ["HumAngle", "Home", "Conflict", "Humanitarian", "Investigations", "Lake Chad",
                                 "Donate", "7 min read", "Share this:", "Twitter", "Facebook", "LinkedIn", "Related",
                                 "How Vigilantes Are Holding The Line In Northern Cameroon",
                                 "Inside Lake Chad's Forgotten Displacement Camps", "Subscribe to our newsletter",
                                 "© 2024 HumAngle Media. All rights reserved."],
}
EITHER = {
    "drc_kalembe_actualite": ["Par la rédaction | 24 octobre 2024"],
    "drc_nyamamba_radiookapi": ["Publié le mar, 17/01/2023 - 14:32 | Modifié le mar, 17/01/2023 - 16:05"],
    "car_ndassima_corbeaunews": ["20 avril 2023", "Par la Rédaction de CNC"],
    "mozambique_meluco_carta": ["6 de Outubro de 2022"],
    "cameroon_tourou_humangle": ["Published 14 March 2024"],
    "drc_shujaa_afp": ["str-cn/jhe"],
    "car_zemio_afp": ["str/cl/jj"],
    "drc_mobondo_reuters": ["By Reuters staff", "(Reporting by Kinshasa newsroom; Editing by Alison Williams)"],
}

write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout79: DR Congo, CAR, Mozambique, Cameroon), "
           "coded by CODEBOOK.md before any run; BLIND, not yet run.", drop=DROP, either=EITHER)
