"""Writes gold.json for the 55th held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout55/make_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# ---------------------------------------------------------------- Afghanistan (Reuters, 2019-03-12, Tuesday)
AF = "Afghanistan"
A = "afghanistan_badghis_reuters"
ev("bala-murghab-base-overrun", A, "2019-03-11", "2019-03-11", "2019-03-11", BAT,
   ["Non-state actor overtakes territory"], ["Taliban"], ["Military Forces of Afghanistan"], AF, ["Badghis"],
   ["Murghab", "Bala Murghab"], 20,
   evidence="Taliban fighters overran an Afghan army base ... Badghis on Monday after three days of fighting ... "
            "At least 20 soldiers were killed before the base fell on Monday afternoon")
ev("soldiers-flee-turkmenistan", A, "2019-03-11", "2019-03-11", "2019-03-11", STR, ["Other"],
   ["Military Forces of Afghanistan"], ["", "Military Forces of Turkmenistan"], AF, ["Badghis"],
   ["Murghab", "Bala Murghab"], 0, req=False,
   evidence="roughly 50 soldiers who had been cut off crossed into Turkmenistan on Monday evening")
ev("mod-aggregate-64", A, "2019-03-12", "2019-03-11", "2019-03-12", BAT, ["Armed clash", "Air/drone strike"],
   ["Military Forces of Afghanistan"], ["Taliban", "Unidentified Armed Group (Afghanistan)"], AF, [], (), 64,
   evidence="64 insurgents had been killed ... in clearance operations and air strikes ... across the country in the "
            "past 24 hours. It did not say where (country level)")
# not events: Taliban claim of seizing weapons (same event); November checkpoint attack (background); Doha talks,
# Khalilzad tweet (statements); "control or contest nearly half of districts" (territory count).

# ---------------------------------------------------------------- Pakistan (The Nation, 2023-05-27, Saturday)
PK = "Pakistan"
SD = ["Sind", "Sindh"]
A = "pakistan_kashmore_thenation"
ev("guddu-kidnap-ransom", A, "2023-05-25", "2023-05-25", "2023-05-26", VAC, ["Abduction/forced disappearance"],
   ["Unidentified Armed Group (Pakistan)", "Sabzoi Tribal Militia (Pakistan)", "Sabzoi Clan Militia (Pakistan)",
    "Sabzoi gang", "Sabzoi tribe", "Dacoits", "Dacoits (Pakistan)", "Criminals (Pakistan)"],
   ["Civilians (Pakistan)"], PK, SD, ["Kashmore", "Kashmor"], 0,
   evidence="Armed dacoits kidnapped three labourers working at a brick kiln near Guddu barrage on Thursday night ... "
            "demanded Rs5 million ransom")
ev("kandhkot-highway-protest", A, "2023-05-26", "2023-05-26", "2023-05-26", PRO, ["Peaceful protest"],
   ["Protesters (Pakistan)"], [""], PK, SD, ["Kashmore", "Kashmor"], 0,
   evidence="Relatives of the abducted men blocked the Indus Highway near Kandhkot for several hours on Friday")
ev("garhi-tegho-encounter", A, "2023-05-26", "2023-05-26", "2023-05-26", BAT, ["Armed clash"],
   ["Police Forces of Pakistan"],
   ["Teghani gang", "Teghani Tribal Militia (Pakistan)", "Teghani Clan Militia (Pakistan)", "Dacoits",
    "Dacoits (Pakistan)", "Unidentified Armed Group (Pakistan)", "Criminals (Pakistan)"],
   PK, SD, ["Shikarpur"], 2,
   evidence="two dacoits were killed and a policeman was injured in an encounter in the katcha area of Garhi Tegho "
            "in Shikarpur district on Friday morning")
# not events: February police-post attack (background, >30 days); IG's promise of APCs/drones, "grand operation"
# (plans); "90 kidnapped since January" (aggregate without deaths); SSP "no ransom would be paid".

# ---------------------------------------------------------------- Mali (AFP, 2018-01-28, Sunday)
ML = "Mali"
A = "mali_soumpi_afp"
JNIM = ["Unidentified Armed Group (Mali)", "JNIM", "GSIM", "Jama'at Nusrat al-Islam wal-Muslimin",
        "Group to Support Islam and Muslims", "Group for the Support of Islam and Muslims"]
ev("soumpi-camp-attack", A, "2018-01-27", "2018-01-27", "2018-01-27", BAT, ["Armed clash"], JNIM,
   ["Military Forces of Mali"], ML, ["Tombouctou", "Timbuktu"], ["Niafunke"], 31,
   evidence="Fourteen Malian soldiers were killed ... attacked an army camp at Soumpi ... at dawn on Saturday ... "
            "Seventeen of the attackers were 'neutralised' (14 + 17)")
ev("boni-landmine", A, "2018-01-25", "2018-01-25", "2018-01-25", EXP, ["Remote explosive/landmine/IED"],
   ["Unidentified Armed Group (Mali)"], ["Civilians (Mali)", "Civilians (Burkina Faso)"], ML, ["Mopti"],
   ["Douentza"], 26,
   evidence="26 civilians ... were killed on Thursday when their vehicle hit a landmine near Boni")
# not events: recruitment promise, G5 Sahel plans (plans); 2012 takeover, 2013 intervention (background).

# ---------------------------------------------------------------- Burkina Faso (Lefaso.net, 2023-05-31, Wednesday)
BF = "Burkina Faso"
A = "burkina_madjoari_lefaso"
UBF = ["Unidentified Armed Group (Burkina Faso)", "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin"]
MBF = ["Military Forces of Burkina Faso", "VDP", "Volunteers for the Defense of the Homeland",
       "Volunteers for the Defence of the Homeland"]
ev("madjoari-attack", A, "2023-05-29", "2023-05-29", "2023-05-29", BAT, ["Armed clash"], UBF, MBF, BF, ["Est"],
   ["Kompienga"], 60,
   evidence="at least 20 soldiers and VDP were killed when a large group of armed terrorists attacked their positions "
            "in Madjoari ... on Monday ... 'about forty terrorists were neutralised' (20 + 40)")
ev("tambarga-killings", A, "2023-05-30", "2023-05-30", "2023-05-30", VAC, ["Attack"], UBF,
   ["Civilians (Burkina Faso)"], BF, ["Est"], ["Tapoa", "Kompienga"], 4,
   evidence="on Tuesday, gunmen returned to the village of Tambarga ... where they killed four civilians, including a "
            "village chief, and set fire to the granaries")
ev("army-week-aggregate-60", A, "2023-05-31", "2023-05-24", "2023-05-31", BAT, ["Armed clash"],
   ["Military Forces of Burkina Faso"], UBF + [""], BF, [], (), 60, tp=2,
   evidence="'offensive operations conducted in several theatres' over the past week had made it possible to "
            "neutralise 'more than 60 terrorists' ... It did not name the localities (country level)")
ev("djibo-convoy-attack", A, "2023-05-11", "2023-05-11", "2023-05-11", BAT, ["Armed clash"], UBF, MBF, BF,
   ["Sahel"], ["Soum"], None, req=False,
   evidence="Earlier this month, on May 11, a supply convoy bound for Djibo was attacked in the Soum province "
            "(20 days before publication: an event; convoy escort assumed, no toll)")
# not events: Madjoari blockade (ongoing condition); governor's 'mission'; general mobilisation and 50,000 VDP
# recruitment (plans); Traore's September coup (background); 10,000 killed since 2015 (aggregate/background).

# ---------------------------------------------------------------- Niger (Reuters, 2024-07-12, Friday)
NE = "Niger"
A = "niger_koutoukale_reuters"
ev("koutoukale-prison-break", A, "2024-07-11", "2024-07-11", "2024-07-11", STR, ["Other"],
   ["Prisoners (Niger)", "Unidentified Armed Group (Niger)", "Rioters (Niger)"],
   ["", "Military Forces of Niger", "Police Forces of Niger", "Prison Guards (Niger)"], NE, ["Tillaberi"],
   ["Kollo"], 0,
   evidence="A number of detainees escaped from Niger's high-security prison at Koutoukale ... on Thursday afternoon, "
            "the interior ministry said in a statement ... late on Friday")
ev("tassia-attack-last-month", A, "2024-06-30", "2024-06-01", "2024-06-30", BAT, ["Armed clash"],
   ["Unidentified Armed Group (Niger)", "JNIM", "Islamic State Sahel Province", "Islamic State"],
   ["Military Forces of Niger"], NE, ["Tillaberi"], ["Tera"], 21, req=False, tp=3,
   evidence="Last month, 20 soldiers and a civilian were killed in an attack near the town of Tassia in the "
            "Tillaberi region (June, < 30 days)")
# not events: recapture of 'several' escapees (non-notable arrests), curfew on Kollo, reward (measures);
# 2016 attempt and 2019 attack (background); coup a year ago, expulsion of French/US troops (background/policy).

# ---------------------------------------------------------------- DR Congo (Radio Okapi, 2022-10-21, Friday)
CD = "Democratic Republic of the Congo"
NK = ["North Kivu", "Nord-Kivu", "Nord Kivu"]
A = "drc_maboya_radiookapi"
ADF = ["ADF", "Allied Democratic Forces", "Islamic State Central Africa Province", "ISCAP", "Islamic State",
       "Islamic State (Central Africa)"]
CIV = ["Civilians (Democratic Republic of the Congo)", "Civilians (Democratic Republic of Congo)",
       "Civilians (DR Congo)", "Civilians (DRC)"]
FARDC = ["Military Forces of the Democratic Republic of the Congo", "Military Forces of Democratic Republic of Congo",
         "Military Forces of Democratic Republic of the Congo", "Military Forces of DR Congo", "FARDC"]
ev("maboya-health-centre-attack", A, "2022-10-20", "2022-10-19", "2022-10-20", VAC, ["Attack"], ADF, CIV, CD, NK,
   ["Beni"], 7,
   evidence="At least seven people, including a Catholic nun ... were killed in an attack by ADF rebels on the Maboya "
            "health centre ... overnight from Wednesday to Thursday (7 vs 'some sources' 10 -> 7)")
ev("kyanzaba-abduction", A, "2022-10-20", "2022-10-19", "2022-10-20", VAC, ["Abduction/forced disappearance"], ADF,
   CIV, CD, NK, ["Beni"], 0,
   evidence="The same night, the ADF also attacked the village of Kyanzaba ... where they kidnapped at least a dozen "
            "people")
ev("mantumbi-clash", A, "2022-10-20", "2022-10-20", "2022-10-20", BAT, ["Armed clash"], FARDC, ADF, CD, NK,
   ["Beni"], 2,
   evidence="On Thursday afternoon, FARDC soldiers clashed with a group of ADF fighters pursued from Maboya near the "
            "Mantumbi river ... two rebels were killed")
# not events: bishop's condemnation and mourning; 'ville morte' announced for Monday (plan); state of siege since
# May 2021 (background).

# ---------------------------------------------------------------- Ethiopia (Al Jazeera, 2019-06-23, Sunday)
ET = "Ethiopia"
A = "ethiopia_bahirdar_aljazeera"
PLOT = ["Unidentified Armed Group (Ethiopia)", "Amhara Regional Special Forces", "Amhara Special Forces",
        "Mutiny of Military Forces of Ethiopia", "Military Forces of Ethiopia", "Police Forces of Ethiopia",
        "Asaminew Tsige", "Amhara Regional Security Forces"]
ev("bahir-dar-officials-killed", A, "2019-06-22", "2019-06-22", "2019-06-22", VAC, ["Attack"], PLOT,
   ["Civilians (Ethiopia)", "Government of Ethiopia", "Government of Ethiopia (2018-)", "Amhara Regional Government"],
   ET, ["Amhara"], (), 2,
   evidence="on Saturday afternoon, gunmen burst into a meeting of senior officials ... in Bahir Dar ... Ambachew "
            "Mekonnen ... and his adviser Ezez Wassie were killed")
ev("addis-army-chief-killed", A, "2019-06-22", "2019-06-22", "2019-06-23", VAC, ["Attack"],
   ["Military Forces of Ethiopia", "Mutiny of Military Forces of Ethiopia", "Unidentified Armed Group (Ethiopia)"],
   ["Military Forces of Ethiopia", "Civilians (Ethiopia)", "Government of Ethiopia"], ET, ["Addis Ababa"], (), 2,
   evidence="General Seare Mekonnen was shot dead at his home in ... Addis Ababa, on Saturday night by his bodyguard ... "
            "A retired general, Gezai Abera ... was also killed")
ev("bahir-dar-federal-troops-fighting", A, "2019-06-22", "2019-06-22", "2019-06-23", BAT, ["Armed clash"],
   ["Military Forces of Ethiopia"], PLOT, ET, ["Amhara"], (), None, req=False,
   evidence="heavy gunfire in several parts of the city on Saturday evening ... as federal troops moved in")
ev("coup-plotters-arrested", A, "2019-06-23", "2019-06-22", "2019-06-23", STR, ["Arrests"],
   ["Military Forces of Ethiopia", "Police Forces of Ethiopia"], PLOT + [""], ET, ["Addis Ababa", "Amhara"], (), 0,
   req=False, evidence="The bodyguard has been arrested ... 'most of' those involved in the plot had been arrested")
# not events: Abiy's address, 'under full control' claim, US embassy advice, internet shutdown, national mourning;
# June 2018 Meskel Square grenade (background); Asaminew 'still at large'.

# ---------------------------------------------------------------- Libya (AP, 2018-05-08, Tuesday)
LY = "Libya"
A = "libya_sabha_ap"
TEBU = ["Tebu Ethnic Militia (Libya)", "Tebu Militia", "Tebu fighters", "Tebu Communal Militia (Libya)", "Tebu"]
AWS = ["6th Infantry Brigade", "6th Brigade", "Awlad Suleiman Tribal Militia (Libya)",
       "Awlad Suleiman Communal Militia (Libya)", "Awlad Suleiman", "Military Forces of Libya (Haftar)",
       "LNA", "Libyan National Army"]
ev("sabha-castle-clashes", A, "2018-05-07", "2018-05-06", "2018-05-07", BAT, ["Armed clash"], TEBU + AWS, AWS + TEBU,
   LY, ["Sabha"], (), 4, tp=2,
   evidence="four fighters were killed in clashes near the castle on Sunday and Monday")
ev("sabha-mortar-children", A, "2018-05-07", "2018-05-07", "2018-05-07", EXP, ["Shelling/artillery/missile attack"],
   ["Unidentified Armed Group (Libya)"] + AWS + TEBU, ["Civilians (Libya)"], LY, ["Sabha"], (), 2,
   evidence="two brothers, aged 8 and 11, were killed Monday when a mortar round fell on their house in the Al-Jadid "
            "neighborhood (each side blamed the other)")
ev("sabha-doctor-kidnap", A, "2018-05-08", "2018-05-08", "2018-05-08", VAC, ["Abduction/forced disappearance"],
   ["Unidentified Armed Group (Libya)"], ["Civilians (Libya)"], LY, ["Sabha"], (), 0,
   evidence="on Tuesday, gunmen abducted a doctor working at the city's main hospital ... demanding 200,000 Libyan "
            "dinars")
# not events: fighting 'on and off since early February' (ongoing), February round (background); UNSMIL call,
# mayor's appeal (statements); east/west split since 2014 (background).

DROP = {
    "pakistan_kashmore_thenation": ["Home", "Latest", "Pakistan", "Karachi", "Lahore", "Islamabad", "Business",
                                    "Sports", "Opinion", "Share this:", "Facebook", "Twitter", "WhatsApp",
                                    "Advertisement", "Related News", "Police constable martyred in Larkana firing",
                                    "Sindh cabinet approves funds for katcha operation",
                                    "Copyright © 2023 The Nation. All Rights Reserved."],
    "burkina_madjoari_lefaso": ["Lefaso.net", "Actualités", "Politique", "Société", "Economie", "Sport", "Partager",
                                "Facebook", "Twitter", "Imprimer", "Advertisement", "Lire aussi",
                                "Burkina : le gouvernement décrète la mobilisation générale",
                                "Kaya : des femmes marchent pour la paix", "Newsletter",
                                "Recevez nos articles par email", "© 2023 Lefaso.net - Tous droits réservés"],
    "drc_maboya_radiookapi": ["Radio Okapi", "Accueil", "Actualité", "Politique", "Sécurité", "Santé", "Provinces",
                              "Nord-Kivu", "Partager", "Lire aussi :",
                              "Nord-Kivu : la société civile de Lubero réclame le renforcement des militaires",
                              "Ituri : 3 morts dans une attaque CODECO à Djugu", "© Radio Okapi 2022"],
}
EITHER = {
    "pakistan_kashmore_thenation": ["Our Staff Reporter", "May 27, 2023"],
    "burkina_madjoari_lefaso": ["Publié le mercredi 31 mai 2023 à 18h45min"],
    "drc_maboya_radiookapi": ["vendredi 21 octobre 2022 08:30"],
    "mali_soumpi_afp": ["str/bdi/ach"],
    "afghanistan_badghis_reuters": ["(Reporting by Hamid Shalizi; Additional reporting by Abdul Qadir Sediqi in Herat; "
                                    "Editing by Robert Birsel)"],
    "niger_koutoukale_reuters": ["(Reporting by Boureima Balima; Writing by Sofia Christensen; Editing by Alex "
                                 "Richardson)"],
    "libya_sabha_ap": [],
    "ethiopia_bahirdar_aljazeera": ["SOURCE: Al Jazeera and news agencies"],
}

write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout55), coded by CODEBOOK.md before the "
                         "system was run (BLIND).", drop=DROP, either=EITHER)
