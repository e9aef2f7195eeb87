"""Writes gold.json for the 87th held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout87/make_gold.py

Focus: Central and southern Africa -- DR Congo (ADF massacres in Lubero, CODECO in Djugu, Mai-Mai Mazembe,
M23 in Rutshuru), Central African Republic (ex-Seleka, anti-balaka, UPC) and Mozambique (Cabo Delgado
insurgents); 2014-2025, local outlets, wires and an NGO release.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# ---------------------------------------------------------------- shared actor lists
CF, CD, MZ = "Central African Republic", "Democratic Republic of the Congo", "Mozambique"
CIV_CF = ["Civilians (Central African Republic)"]
UAG_CF = ["Unidentified Armed Group (Central African Republic)"]
CIV_CD = ["Civilians (Democratic Republic of the Congo)", "Civilians (Democratic Republic of Congo)",
          "Civilians (DR Congo)"]
UAG_CD = ["Unidentified Armed Group (Democratic Republic of the Congo)",
          "Unidentified Armed Group (Democratic Republic of Congo)", "Unidentified Armed Group (DR Congo)"]
FARDC = ["Military Forces of the Democratic Republic of the Congo", "Military Forces of Democratic Republic of Congo",
         "Military Forces of Democratic Republic of the Congo", "Military Forces of DR Congo", "FARDC"]
NK = ["North Kivu", "Nord-Kivu", "Nord Kivu"]
ADF = ["ADF", "Allied Democratic Forces", "Islamic State", "Islamic State Central Africa Province", "ISCAP"] + UAG_CD
CODECO = ["CODECO", "CODECO: Cooperative for the Development of Congo", "Cooperative for the Development of Congo",
          "URDPC", "CODECO Militia", "Lendu Ethnic Militia (Democratic Republic of Congo)"]
M23 = ["M23", "March 23 Movement", "Mouvement du 23 mars", "M23: March 23 Movement"]
CIV_MZ = ["Civilians (Mozambique)"]
ISM = ["Islamic State", "Islamic State Mozambique Province", "Islamic State (Mozambique)", "ISM",
       "Ahlu Sunnah Wa-Jama", "Al Shabaab (Mozambique)", "Al Shabaab", "Islamic State Central Africa Province",
       "ISCAP", "Unidentified Armed Group (Mozambique)"]
FDS = ["Military Forces of Mozambique", "Police Forces of Mozambique"]
CD_ = ["Cabo Delgado"]

# ---------------------------------------------------------------- CAR (MSF via ReliefWeb, 2014-04-28, Mon)
A = "car_boguila_reliefweb"
SEL = ["Ex-Seleka", "Seleka", "Former Seleka"] + UAG_CF
MSF = ["Medecins Sans Frontieres", "Médecins Sans Frontières", "MSF", "Doctors Without Borders",
       "Aid Workers (Central African Republic)", "Health Workers (Central African Republic)"]
BOGUILA = ["Nangha Boguila", "Nanga Boguila", "Nana-Boguila"]
ev("boguila-hospital-attack", A, "2014-04-26", "2014-04-26", "2014-04-26", VAC, ["Attack"], SEL, CIV_CF + MSF, CF,
   ["Ouham"], BOGUILA, 16,
   evidence="At around 3 p.m. on Saturday, 26 April, a group of armed men entered the hospital compound ... "
            "identified as members of the ex-Seleka ... Sixteen people were killed")
ev("boguila-houses-burned", A, "2014-04-27", "2014-04-27", "2014-04-27", STR, ["Looting/property destruction"],
   SEL, CIV_CF + [""], CF, ["Ouham"], BOGUILA, 0,
   evidence="On Sunday morning ... armed men had returned to the outskirts of the town and set fire to some twenty "
            "houses ... Nobody was hurt")
ev("msf-car-robbed-roadblock", A, "2014-04-24", "2014-04-24", "2014-04-24", STR, ["Looting/property destruction"],
   SEL, MSF + CIV_CF + [""], CF, ["Ouham"], (), 0, req=False,
   evidence="on Thursday, an MSF car travelling from Boguila to Nana-Bakassa was stopped at a makeshift roadblock by "
            "armed men who took the vehicle ... walked back to Boguila unharmed (robbery; a coder may code Attack)")

# ---------------------------------------------------------------- DR Congo (Radio Okapi, 2016-11-29, Tue)
A = "drc_luhanga_radiookapi"
MAZ = ["Mai-Mai Mazembe", "Mai Mai Mazembe", "Mazembe", "Mai-Mai", "Mai-Mai Militia", "Mai Mai Militia",
       "Union of Patriots for the Defense of the Innocents", "UPDI",
       "Nande Ethnic Militia (Democratic Republic of Congo)",
       "Nande Ethnic Militia (Democratic Republic of the Congo)"] + UAG_CD
ev("luhanga-massacre", A, "2016-11-27", "2016-11-27", "2016-11-27", VAC, ["Attack"], MAZ,
   CIV_CD + ["Hutu Ethnic Group (Democratic Republic of Congo)", "Hutu Ethnic Group (Democratic Republic of the Congo)"],
   CD, NK, ["Lubero"], 30,
   evidence="At least thirty civilians were killed on Sunday 27 November in an attack by Mai-Mai militiamen on the "
            "village of Luhanga ... civil society puts the toll at 34 (lowest specific figure: 30)")
ev("luhanga-fardc-mazembe-clash", A, "2016-11-28", "2016-11-28", "2016-11-28", BAT, ["Armed clash"],
   FARDC + MAZ, MAZ + FARDC, CD, NK, ["Lubero"], 3,
   evidence="On Monday, soldiers of the FARDC who were pursuing the attackers clashed with them in the hills about "
            "five kilometres from Luhanga. Three militiamen were killed and a soldier was wounded")
ev("kikuvo-houses-burned", A, "2016-11-28", "2016-11-28", "2016-11-28", RIO, ["Mob violence"],
   ["Rioters (Democratic Republic of Congo)", "Rioters (Democratic Republic of the Congo)",
    "Hutu Ethnic Militia (Democratic Republic of Congo)", "Hutu Ethnic Militia (Democratic Republic of the Congo)"],
   CIV_CD + [""], CD, NK, (), 0, req=False,
   evidence="The same day ... in the neighbouring village of Kikuvo, young Hutu men ... set fire to about fifteen "
            "houses belonging to Nande families ... no one was hurt")
ev("lubero-ville-morte", A, "2016-11-29", "2016-11-29", "2016-11-29", PRO, ["Peaceful protest"],
   ["Protesters (Democratic Republic of Congo)", "Protesters (Democratic Republic of the Congo)",
    "Civil Society (Democratic Republic of Congo)"], [""], CD, NK, ["Lubero"], 0, req=False,
   evidence="In Lubero town, shops, schools and offices remained closed on Tuesday in response to a 'ville morte' "
            "called by civil society to denounce the insecurity")

# ---------------------------------------------------------------- CAR (Radio Ndeke Luka, 2017-10-12, Thu)
A = "car_kembe_ndekeluka"
AB = ["Anti-balaka", "Anti-Balaka"]
MUS = ["Muslim Militia (Central African Republic)", "Muslim Self-Defence Group", "Muslim Self-Defense Group",
       "Muslim Ethnic Militia (Central African Republic)", "Muslim Group (Central African Republic)",
       "Ex-Seleka", "UPC"] + UAG_CF
UPC = ["UPC", "Union for Peace in the Central African Republic", "Union pour la Paix en Centrafrique",
       "UPC: Union for Peace in the Central African Republic", "Ex-Seleka"]
MINUSCA = ["MINUSCA", "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
           "United Nations", "MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the "
                             "Central African Republic"]
ev("kembe-mosque-attack", A, "2017-10-10", "2017-10-10", "2017-10-10", VAC, ["Attack"], AB + UAG_CF, CIV_CF, CF,
   ["Basse-Kotto"], ["Kembe", "Kembé"], 25,
   evidence="At least twenty-five people were killed on Tuesday in an attack on the central mosque of Kembé ... "
            "assailants, presented as anti-balaka self-defence fighters")
ev("kembe-muslim-youths-antibalaka-clash", A, "2017-10-11", "2017-10-11", "2017-10-11", BAT, ["Armed clash"],
   MUS + AB, AB + MUS, CF, ["Basse-Kotto"], ["Kembe", "Kembé"], 3,
   evidence="On Wednesday morning, armed Muslim youths ... attacked anti-balaka positions in the Sangaré district of "
            "Kembé. The exchange of fire lasted about two hours. Three anti-balaka fighters were killed")
ev("pombolo-antibalaka-upc-fighting", A, "2017-10-08", "2017-10-08", "2017-10-08", BAT,
   ["Armed clash", "Non-state actor overtakes territory"], AB + UPC, UPC + AB, CF, ["Mbomou", "Basse-Kotto"], (), 10,
   evidence="in Mbomou prefecture, fighting broke out on Sunday in Pombolo between anti-balaka fighters and elements "
            "of the UPC ... at least ten dead among the combatants ... anti-balaka say they took control, UPC denies")
ev("kembe-minusca-rapid-reaction-force", A, "2017-10-11", "2017-10-11", "2017-10-11", STR,
   ["Change to group/activity"], MINUSCA, [""], CF, ["Basse-Kotto"], ["Kembe", "Kembé"], 0, req=False,
   evidence="The UN mission said in a statement on Wednesday that it had deployed a rapid reaction force to Kembé "
            "(also: a MINUSCA patrol from Alindao arrived in the afternoon)")
ev("kembe-antibalaka-element-seized", A, "2017-10-09", "2017-10-09", "2017-10-09", VAC,
   ["Abduction/forced disappearance"], MUS, AB + CIV_CF, CF, ["Basse-Kotto"], ["Kembe", "Kembé"], 0, req=False,
   evidence="The attack followed the arrest on Monday of an anti-balaka element by members of a Muslim self-defence "
            "group in the town (told as the trigger; a coder may skip it)")

# ---------------------------------------------------------------- Mozambique (Club of Mozambique, 2018-05-29, Tue)
A = "mozambique_monjane_clubofmoz"
ev("monjane-beheadings", A, "2018-05-27", "2018-05-27", "2018-05-27", VAC, ["Attack"], ISM, CIV_MZ, MZ, CD_,
   ["Palma"], 10,
   evidence="Ten people, among them two teenagers, were beheaded by a group of armed men in the village of Monjane, "
            "in Palma district ... on Sunday")
ev("olumbi-huts-burned", A, "2018-05-28", "2018-05-28", "2018-05-28", STR, ["Looting/property destruction"], ISM,
   CIV_MZ + [""], MZ, CD_, ["Palma", ""], 0,
   evidence="On Monday evening, armed men also set fire to about thirty huts in the village of Olumbi, on the coast "
            "south of Palma town ... nobody was hurt")
ev("diaca-forest-clash", A, "2018-05-26", "2018-05-26", "2018-05-26", BAT, ["Armed clash"], FDS + ISM, ISM + FDS,
   MZ, CD_, ["Mocimboa da Praia", "Mocímboa da Praia", "Mocimboa"], 5,
   evidence="the army and police clashed with a group of insurgents in a forest near the village of Diaca, in "
            "neighbouring Mocímboa da Praia district ... four insurgents and one soldier were killed ... on Saturday")

# ---------------------------------------------------------------- Mozambique (Lusa, 2020-11-09, Mon)
A = "mozambique_muatide_lusa"
MUIDUMBE = ["Muidumbe"]
ev("muatide-football-pitch-beheadings", A, "2020-11-07", "2020-11-06", "2020-11-07", VAC, ["Attack"], ISM, CIV_MZ,
   MZ, CD_, MUIDUMBE, 50, tp=2,
   evidence="The insurgents stormed the village on Friday night ... taken to the village football pitch, where they "
            "were decapitated ... between Friday night and Saturday ... 'more than 50'")
ev("nanjaba-women-children-taken", A, "2020-11-05", "2020-11-05", "2020-11-05", VAC,
   ["Abduction/forced disappearance", "Attack"], ISM, CIV_MZ, MZ, CD_, MUIDUMBE, 0,
   evidence="Another group of insurgents attacked the village of Nanjaba ... on Thursday, burning houses and taking "
            "away several women and children")
ev("24-de-marco-fds-clash", A, "2020-11-07", "2020-11-07", "2020-11-07", BAT, ["Armed clash"], FDS + ISM, ISM + FDS,
   MZ, CD_, MUIDUMBE, None,
   evidence="The Defence and Security Forces (FDS) said on Sunday that they had clashed with the insurgents near the "
            "village of 24 de Março on Saturday and had 'neutralised several terrorists', without giving a figure")
ev("namacande-district-hq-raided", A, "2020-10-31", "2020-10-25", "2020-10-31", STR,
   ["Looting/property destruction"], ISM, ["", "Civilians (Mozambique)", "Government of Mozambique"], MZ, CD_,
   MUIDUMBE, 0, req=False, tp=2,
   evidence="At the end of last month, insurgents raided Namacande, the Muidumbe district headquarters, burning the "
            "district administration building, the police command and several houses (vague date; a coder may code "
            "it as an overtaking of the town)")

# ---------------------------------------------------------------- DR Congo (AFP, 2022-03-30, Wed)
A = "drc_tchanzu_afp"
MONUSCO = ["MONUSCO", "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo",
           "United Nations", "MONUSCO: United Nations Organization Stabilization Mission in the Democratic "
                             "Republic of Congo", "Military Forces of Pakistan"]
RUTSHURU = ["Rutshuru Territory", "Rutshuru"]
ev("tchanzu-taken-by-m23", A, "2022-03-28", "2022-03-28", "2022-03-28", BAT,
   ["Non-state actor overtakes territory", "Armed clash"], M23, FARDC, CD, NK, RUTSHURU, None,
   evidence="M23 ... attacked army positions on the hills of Tchanzu and Runyonyi ... in the early hours of Monday. "
            "The rebels seized both positions after several hours of fighting ... still holding Tchanzu")
ev("runyonyi-taken-by-m23", A, "2022-03-28", "2022-03-28", "2022-03-28", BAT,
   ["Non-state actor overtakes territory", "Armed clash"], M23, FARDC, CD, NK, RUTSHURU, None,
   evidence="The rebels seized both positions after several hours of fighting (Runyonyi, Monday)")
ev("runyonyi-retaken-by-army", A, "2022-03-29", "2022-03-29", "2022-03-29", BAT,
   ["Government regains territory", "Armed clash"], FARDC, M23, CD, NK, RUTSHURU, None,
   evidence="On Tuesday, army spokesman General Sylvain Ekenge said Congolese troops had retaken Runyonyi after a "
            "counter-offensive ... gave no toll")
ev("tchanzu-monusco-helicopter-down", A, "2022-03-29", "2022-03-29", "2022-03-29", BAT, ["Armed clash"],
   M23 + UAG_CD, MONUSCO, CD, NK, RUTSHURU, 8, req=False,
   evidence="The Puma helicopter of the UN mission MONUSCO went down on Tuesday afternoon near the village of Tchanzu "
            "... eight peacekeepers ... army: 'shot down by M23 terrorists'; M23 denies; UN: circumstances not known")
ev("tchanzu-army-artillery", A, "2022-03-29", "2022-03-29", "2022-03-29", EXP,
   ["Shelling/artillery/missile attack"], FARDC, M23, CD, NK, RUTSHURU, None, req=False,
   evidence="Army artillery also pounded rebel positions around Tchanzu on Tuesday, residents said")

# ---------------------------------------------------------------- DR Congo (AP, 2025-09-10, Wed)
A = "drc_ntoyo_ap"
UPDF = ["Military Forces of Uganda", "UPDF"]
ev("ntoyo-funeral-massacre", A, "2025-09-08", "2025-09-08", "2025-09-08", VAC, ["Attack"], ADF, CIV_CD, CD, NK,
   ["Lubero", ""], 60,
   evidence="The attack took place late Monday in the village of Ntoyo, in the Lubero territory ... at least 60 dead "
            "... residents had so far buried 60 bodies")
ev("mangurujipa-fardc-updf-adf-clash", A, "2025-09-09", "2025-09-09", "2025-09-09", BAT, ["Armed clash"],
   FARDC + UPDF + ADF, ADF + FARDC + UPDF, CD, NK, ["Lubero", ""], 5,
   evidence="soldiers backed by Ugandan troops had caught up with a group of the attackers on Tuesday afternoon near "
            "the village of Mangurujipa ... Five rebels were killed")
ev("djugu-codeco-mining-camp-attack", A, "2025-09-07", "2025-09-07", "2025-09-07", VAC, ["Attack"], CODECO, CIV_CD,
   CD, ["Ituri"], ["Djugu"], 7,
   evidence="in neighboring Ituri province, members of the CODECO militia attacked a gold-mining camp in Djugu "
            "territory on Sunday, killing seven miners")

# ---------------------------------------------------------------- DR Congo (Actualite.cd, 2020-03-26, Thu)
A = "drc_ngudjolo_actualite"
DJUGU = ["Djugu"]
ev("kpandroma-ngudjolo-killed", A, "2020-03-25", "2020-03-25", "2020-03-25", BAT, ["Armed clash"],
   FARDC + CODECO, CODECO + FARDC, CD, ["Ituri"], DJUGU, 4,
   evidence="Ngudjolo was killed in the early afternoon during an assault on one of the militia's positions in the "
            "hills near Kpandroma ... 'we neutralised Justin Ngudjolo and three of his bodyguards'")
ev("largu-reprisal-attack", A, "2020-03-25", "2020-03-25", "2020-03-26", VAC, ["Attack"], CODECO, CIV_CD, CD,
   ["Ituri"], (), 5,
   evidence="suspected CODECO militiamen attacked the village of Largu on Wednesday night, killing five civilians and "
            "setting fire to about twenty houses")
ev("fataki-position-attack-repelled", A, "2020-03-26", "2020-03-26", "2020-03-26", BAT, ["Armed clash"],
   CODECO + FARDC, FARDC + CODECO, CD, ["Ituri"], DJUGU + [""], 8,
   evidence="early on Thursday, a group of assailants attacked the FARDC position at Fataki ... six assailants and two "
            "soldiers killed")

DROP = {
    "car_boguila_reliefweb": ["ReliefWeb", "Updates", "Countries", "Organizations", "Disasters", "Jobs", "Training",
                              "Related Content",
                              "Central African Republic: Displacement and humanitarian access (as of 22 April 2014)",
                              "CAR: Violence forces thousands to flee Ouham prefecture", "Share this", "Facebook",
                              "Twitter", "Email"],
    "drc_luhanga_radiookapi": ["Radio Okapi", "Accueil", "Actualité", "Politique", "Sécurité", "Économie", "Société",
                               "Sport", "Partager", "Facebook", "Twitter", "WhatsApp", "À lire aussi",
                               "Beni: civil society declares three days of mourning",
                               "Lubero: the Mai-Mai Mazembe attack an FARDC position in Kanyabayonga",
                               "North Kivu: MONUSCO deploys troops to Miriki",
                               "Radio Okapi © 2016 | Tous droits réservés"],
    "car_kembe_ndekeluka": ["Radio Ndeke Luka", "La radio de la paix", "Accueil", "Actualités", "Politique",
                            "Sécurité", "Société", "Éducation", "Santé", "Lire aussi",
                            "Alindao: MINUSCA calls for calm after new clashes",
                            "Bangui: the National Assembly adopts the 2018 budget", "Partager sur Facebook",
                            "Partager sur Twitter", "© Radio Ndeke Luka 2017"],
    "mozambique_monjane_clubofmoz": ["Club of Mozambique", "Home", "News", "Business", "Tourism", "Events",
                                     "Directory", "Advertise", "Related",
                                     "Mozambique: Police say Mocímboa da Praia attackers trained abroad",
                                     "Mozambique: Anadarko signs LNG sale agreement with Électricité de France",
                                     "Share this:", "Facebook", "Twitter", "WhatsApp", "Email",
                                     "© 2018 Club of Mozambique. All rights reserved."],
    "drc_ngudjolo_actualite": ["ACTUALITE.CD", "Accueil", "Politique", "Sécurité", "Economie", "Société", "Provinces",
                               "Sport", "Culture", "À lire aussi", "Ituri: MONUSCO strengthens its presence in Djugu",
                               "Covid-19: Kinshasa confirms new cases", "Partager", "Tweet", "WhatsApp",
                               "© ACTUALITE.CD 2020"],
}
EITHER = {
    "car_boguila_reliefweb": ["Central African Republic", "News and Press Release", "Source: MSF",
                              "Posted: 28 Apr 2014", "Originally published: 28 Apr 2014"],
    "drc_luhanga_radiookapi": ["Published on Tuesday 29 November 2016 - 13:05"],
    "car_kembe_ndekeluka": ["Jeudi 12 octobre 2017 11:20", "Par la rédaction"],
    "mozambique_monjane_clubofmoz": ["By Club of Mozambique", "29 May 2018"],
    "drc_ngudjolo_actualite": ["Jeudi 26 mars 2020 - 10:47", "Par Freddy Upar"],
    "mozambique_muatide_lusa": ["EYAC // VM", "Lusa/Fim"],
    "drc_tchanzu_afp": ["bur-str/lc/dl"],
    "drc_ntoyo_ap": ["By JUSTIN KABUMBA and MONIKA PRONCZUK", "___",
                     "Pronczuk reported from Dakar, Senegal. Associated Press writer Jean-Yves Kamale in Kinshasa "
                     "contributed to this report."],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout87; Central and southern Africa: DR Congo, "
                             "Central African Republic, Mozambique), coded by CODEBOOK.md before the system was run "
                             "(BLIND).", drop=DROP, either=EITHER)
