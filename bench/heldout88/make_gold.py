"""Writes gold.json for the 88th held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout88/make_gold.py

Focus: demonstrations and riots (peaceful protests, protests with intervention, excessive force against
protesters, violent demonstrations, mob violence, arrests/disappearances of protest leaders), with the
occasional armed event in the same story (roadside bomb, drone, clashes, a settlement stabbing).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

EXF, INT, PEACE = "Excessive force against protesters", "Protest with intervention", "Peaceful protest"
VD, MOB = "Violent demonstration", "Mob violence"

# ---------------------------------------------------------------- DR Congo (Radio Okapi, 2018-01-01, Mon)
CD, A = "Democratic Republic of the Congo", "drc_kinshasa_radiookapi"
PROT_CD = ["Protesters (Democratic Republic of the Congo)", "Protesters (Democratic Republic of Congo)",
           "Protesters (DR Congo)", "CLC", "Lay Coordination Committee", "Comite Laic de Coordination",
           "Catholic Church", "Catholic Christian Group (Democratic Republic of Congo)"]
SF_CD = ["Police Forces of the Democratic Republic of the Congo", "Police Forces of Democratic Republic of Congo",
         "Police Forces of Democratic Republic of the Congo", "Police Forces of DR Congo",
         "Military Forces of the Democratic Republic of the Congo", "Military Forces of Democratic Republic of Congo",
         "Military Forces of Democratic Republic of the Congo", "Military Forces of DR Congo", "FARDC"]
SK = ["South Kivu", "Sud-Kivu", "Sud Kivu"]
KC = ["Kasai-Central", "Kasai Central", "Kasaï-Central"]
ev("kinshasa-clc-marches-fired-on", A, "2017-12-31", "2017-12-31", "2017-12-31", PRO, [EXF, INT],
   PROT_CD + SF_CD, SF_CD + PROT_CD + [""], CD, ["Kinshasa"], (), 5,
   evidence="At least five people were killed in Kinshasa on Sunday when security forces dispersed marches called by "
            "the Lay Coordination Committee ... organisers put the toll at eight; police: no one killed by police fire")
ev("kananga-marcher-shot", A, "2017-12-31", "2017-12-31", "2017-12-31", PRO, [EXF, INT],
   PROT_CD + SF_CD, SF_CD + PROT_CD + [""], CD, KC, ["Kananga City", "Kananga"], 1,
   evidence="In Kananga, capital of Kasai-Central province, a young man was shot dead by police near the Saint-Clement "
            "cathedral as marchers tried to leave the parish")
ev("bukavu-processions-peaceful", A, "2017-12-31", "2017-12-31", "2017-12-31", PRO, [PEACE],
   PROT_CD, [""], CD, SK, ["Bukavu"], 0,
   evidence="Several processions in the eastern city of Bukavu were able to leave the churches on Sunday morning ... "
            "returning to their parishes without incident")
ev("kinshasa-priests-arrested", A, "2017-12-31", "2017-12-31", "2017-12-31", STR, ["Arrests"],
   SF_CD, PROT_CD + ["Civilians (Democratic Republic of the Congo)", "Civilians (Democratic Republic of Congo)", ""],
   CD, ["Kinshasa"], (), 0, req=False,
   evidence="more than 120 people had been arrested, among them about ten priests who had led the processions "
            "(MONUSCO; arrests during the dispersal, may be folded into the protest row)")

# ---------------------------------------------------------------- Iraq (AP, 2019-12-07, Sat)
IQ, A = "Iraq", "iraq_khilani_ap"
PROT_IQ = ["Protesters (Iraq)"]
UAG_IQ = ["Unidentified Armed Group (Iraq)", "Popular Mobilization Forces", "PMF", "Hashd al-Shaabi",
          "Kataib Hezbollah", "Kata'ib Hizballah", "Unidentified Militia (Iraq)"]
ev("khilani-sinak-gunmen-fire-on-protesters", A, "2019-12-06", "2019-12-06", "2019-12-06", PRO, [EXF],
   PROT_IQ + UAG_IQ, UAG_IQ + PROT_IQ + [""], IQ, ["Baghdad"], (), 23,
   evidence="Unidentified gunmen in pickup trucks opened fire on anti-government protesters in central Baghdad late "
            "Friday, killing at least 20 demonstrators and three policemen ... al-Khilani Square and the nearby Sinak "
            "bridge (HCHR 25 -> lowest specific 23)")
ev("khilani-as-attack", A, "2019-12-06", "2019-12-06", "2019-12-06", VAC, ["Attack"],
   UAG_IQ, PROT_IQ + ["Civilians (Iraq)"], IQ, ["Baghdad"], (), 23, req=False,
   evidence="same shooting read as an armed group's attack on civilians rather than force against protesters")
ev("najaf-sadr-house-drone", A, "2019-12-07", "2019-12-07", "2019-12-07", EXP, ["Air/drone strike"],
   ["Unidentified Armed Group (Iraq)"], ["", "Civilians (Iraq)", "Sadrist Movement", "Muqtada al-Sadr",
                                         "Saraya al-Salam"], IQ, ["An Najaf", "Najaf"], (), 0,
   evidence="Early Saturday, a small drone dropped an explosive on the house of ... Muqtada al-Sadr in the Hanana "
            "neighborhood of ... Najaf ... no one was hurt")
ev("tarmiyah-roadside-bomb", A, "2019-12-06", "2019-12-06", "2019-12-06", EXP, ["Remote explosive/landmine/IED"],
   ["Unidentified Armed Group (Iraq)", "Islamic State", "ISIS"], ["Police Forces of Iraq"], IQ, ["Baghdad"],
   ["Al Tarmia", "Tarmiyah", "At Tarmiyah", "Al Tarmiyah"], 0,
   evidence="In a separate incident on Friday, a roadside bomb exploded near a Federal Police patrol in the Tarmiyah "
            "area north of Baghdad, wounding two policemen")
ev("tahrir-pmf-rally", A, "2019-12-05", "2019-12-05", "2019-12-05", PRO, [PEACE],
   PROT_IQ + ["Popular Mobilization Forces", "PMF"], [""], IQ, ["Baghdad"], (), 0, req=False,
   evidence="thousands of supporters of the Popular Mobilization Forces marched into Tahrir Square on Thursday (a "
            "counter-rally told as context)")
ev("tahrir-knife-attack", A, "2019-12-05", "2019-12-05", "2019-12-05", VAC, ["Attack"],
   ["Unidentified Armed Group (Iraq)", "Rioters (Iraq)"], PROT_IQ + ["Civilians (Iraq)"], IQ, ["Baghdad"], (), 0,
   req=False, evidence="Later that day, unknown men with knives attacked protesters near the square, wounding at "
                       "least 13 (could also be read as Riots: Mob violence or Protests: Excessive force)")
ev("tahrir-saturday-protest", A, "2019-12-07", "2019-12-07", "2019-12-07", PRO, [PEACE],
   PROT_IQ, [""], IQ, ["Baghdad"], (), 0, req=False,
   evidence="Protesters were back in Tahrir Square and on the Sinak bridge on Saturday, chanting against the government")
ev("nasiriyah-late-november-crackdown", A, "2019-11-30", "2019-11-20", "2019-11-30", PRO, [EXF],
   PROT_IQ + ["Military Forces of Iraq", "Police Forces of Iraq"], ["Military Forces of Iraq", "Police Forces of Iraq"]
   + PROT_IQ, IQ, ["Dhi Qar"], ["Al Nasiriya", "Nasiriyah", "Al-Nasiriya", "Nassriya"], 20, req=False, tp=3,
   evidence="In Nasiriyah, security forces killed more than 20 protesters on a single day in late November (inside "
            "30 days but only 'late November')")

# ---------------------------------------------------------------- Burkina Faso (AFP, 2014-10-31, Fri)
BF, A = "Burkina Faso", "burkina_ouagadougou_afp"
PROT_BF = ["Protesters (Burkina Faso)"]
RIOT_BF = ["Rioters (Burkina Faso)", "Protesters (Burkina Faso)"]
SF_BF = ["Military Forces of Burkina Faso", "Police Forces of Burkina Faso"]
OUA = (["Centre"], ["Kadiogo"])
ev("ouaga-parliament-stormed-burned", A, "2014-10-30", "2014-10-30", "2014-10-30", RIO, [VD],
   RIOT_BF, SF_BF + ["", "Government of Burkina Faso", "CDP", "Congress for Democracy and Progress"], BF, *OUA, 3,
   evidence="protesters stormed Burkina Faso's parliament and set it ablaze on Thursday ... RTB ... CDP headquarters "
            "... At least three protesters were shot dead when soldiers guarding the residence of Francois Compaore "
            "opened fire (opposition 'around 30' -> lowest specific 3)")
ev("ouaga-francois-residence-shooting", A, "2014-10-30", "2014-10-30", "2014-10-30", PRO, [EXF],
   PROT_BF + SF_BF, SF_BF + PROT_BF, BF, *OUA, 3, req=False,
   evidence="the shooting at Francois Compaore's residence split off as force against demonstrators")
ev("bobo-town-hall-ransacked", A, "2014-10-30", "2014-10-30", "2014-10-30", RIO, [VD],
   RIOT_BF, ["", "CDP", "Congress for Democracy and Progress", "Government of Burkina Faso"] + SF_BF, BF,
   ["Hauts-Bassins"], ["Houet"], 0,
   evidence="In the second city Bobo-Dioulasso, several hundred people ransacked the town hall and the local CDP "
            "offices and tore down a statue of Compaore ... No casualties")
ev("army-announces-transition", A, "2014-10-30", "2014-10-30", "2014-10-30", STR, ["Other", "Change to group/activity"],
   ["Military Forces of Burkina Faso"], ["", "Government of Burkina Faso"], BF, *OUA, 0, req=False,
   evidence="Late on Thursday army chief General Honore Traore told a news conference that a transitional body would "
            "be set up (government and assembly dissolved; announcement rather than act)")
ev("ouaga-friday-place-de-la-nation", A, "2014-10-31", "2014-10-31", "2014-10-31", PRO, [PEACE],
   PROT_BF, [""] + SF_BF, BF, *OUA, 0,
   evidence="On Friday morning thousands of people gathered again on the Place de la Nation ... The crowd was calm and "
            "soldiers stood by without intervening")
ev("ouaga-tuesday-opposition-march", A, "2014-10-28", "2014-10-28", "2014-10-28", PRO, [PEACE, INT],
   PROT_BF, [""] + SF_BF, BF, *OUA, 0,
   evidence="a huge opposition rally on Tuesday, when hundreds of thousands of people marched through Ouagadougou "
            "... passed off peacefully")
ev("ouaga-tuesday-assembly-teargas", A, "2014-10-28", "2014-10-28", "2014-10-28", PRO, [INT],
   PROT_BF, SF_BF, BF, *OUA, 0, req=False,
   evidence="although police fired tear gas at groups of young people who tried to approach the national assembly "
            "late in the afternoon (may be folded into the march)")
ev("ouaga-monday-women-spatulas", A, "2014-10-27", "2014-10-27", "2014-10-27", PRO, [PEACE],
   PROT_BF + ["Women (Burkina Faso)"], [""], BF, *OUA, 0,
   evidence="On Monday, hundreds of women marched through the capital brandishing wooden spatulas")

# ---------------------------------------------------------------- Ethiopia (Reuters, 2016-10-05, Wed)
ET, A = "Ethiopia", "ethiopia_bishoftu_reuters"
OR = ["Oromiya", "Oromia"]
PROT_ET = ["Protesters (Ethiopia)", "Oromo Ethnic Group (Ethiopia)"]
RIOT_ET = ["Rioters (Ethiopia)", "Protesters (Ethiopia)"]
SF_ET = ["Military Forces of Ethiopia", "Police Forces of Ethiopia"]
ev("bishoftu-irreecha-stampede", A, "2016-10-02", "2016-10-02", "2016-10-02", PRO, [EXF, INT],
   PROT_ET + SF_ET, SF_ET + PROT_ET, ET, OR, ["East Shewa", "Misraq Shewa", "East Shoa", "East Shewa Zone", ""], 55,
   evidence="Security forces fired tear gas and shots into the air ... people fleeing fell into a deep ditch ... The "
            "government said 55 people were killed (activists 'over 300' -> 55)")
ev("sebeta-factories-torched", A, "2016-10-03", "2016-10-03", "2016-10-03", RIO, [VD, MOB],
   RIOT_ET, SF_ET + ["", "Civilians (Ethiopia)", "Civilians (Turkey)"], ET, OR,
   ["South West Shewa", "Debub Mirab Shewa", "Southwest Shewa", "Oromia Special Zone Surrounding Finfinne",
    "Finfinne Special Zone", "Finfine Special Zone", "Oromia Special Zone"], 0,
   evidence="On Monday, youths in Sebeta ... set fire to a Turkish-owned textile factory and at least two flower farms "
            "... Police fired in the air to disperse them. No deaths")
ev("burayu-researcher-stoned", A, "2016-10-04", "2016-10-04", "2016-10-04", RIO, [MOB, VD],
   RIOT_ET + ["Unidentified Armed Group (Ethiopia)"],
   ["Civilians (United States)", "Civilians (Ethiopia)", "Civilians (International)"], ET, OR, (), 1,
   evidence="On Tuesday, Sharon Gray ... died after a group of people threw rocks at the vehicle she was travelling in "
            "on the outskirts of Addis Ababa near Burayu")
ev("ambo-road-blocks", A, "2016-10-05", "2016-10-04", "2016-10-05", PRO, [PEACE, INT],
   PROT_ET, [""], ET, OR, ["West Shewa", "Mirab Shewa", "West Shewa Zone"], 0, req=False, tp=2,
   evidence="Residents in several towns in western Oromiya, including Ambo and Nekemte, said shops were closed and "
            "roads blocked by protesters on Tuesday and Wednesday")
ev("nekemte-road-blocks", A, "2016-10-05", "2016-10-04", "2016-10-05", PRO, [PEACE, INT],
   PROT_ET, [""], ET, OR, ["East Welega", "East Wellega Zone", "East Wollega", "Misraq Welega", ""], 0, req=False, tp=2,
   evidence="same sentence, Nekemte")

# ---------------------------------------------------------------- Cameroon (CameroonWeb, 2016-11-23, Wed)
CM, A = "Cameroon", "cameroon_bamenda_cameroonweb"
PROT_CM = ["Protesters (Cameroon)"]
RIOT_CM = ["Rioters (Cameroon)", "Protesters (Cameroon)"]
SF_CM = ["Police Forces of Cameroon", "Military Forces of Cameroon"]
NW = ["North-West", "North West", "Nord-Ouest"]
ev("bamenda-tuesday-barricades-riot", A, "2016-11-22", "2016-11-22", "2016-11-22", RIO, [VD],
   RIOT_CM, SF_CM + [""], CM, NW, ["Mezam"], 1,
   evidence="On Tuesday, hundreds of young people mounted barricades of burning tyres ... pelted police and gendarmes "
            "with stones and set fire to a police pick-up ... one person had been killed (minister; residents say "
            "four -> lowest specific 1)")
ev("bamenda-monday-coffin-rally-dispersed", A, "2016-11-21", "2016-11-21", "2016-11-21", PRO, [INT],
   PROT_CM + ["Teachers (Cameroon)"], SF_CM, CM, NW, ["Mezam"], 0,
   evidence="Teachers and students gathered on Commercial Avenue, where ... Mancho Bibixy addressed the crowd while "
            "standing in a coffin ... Police dispersed the gathering with tear gas")
ev("kumbo-students-march", A, "2016-11-22", "2016-11-22", "2016-11-22", PRO, [PEACE],
   PROT_CM + ["Students (Cameroon)"], [""], CM, NW, ["Bui"], 0,
   evidence="In Kumbo, in Bui division ... several hundred students marched to the divisional office to support the "
            "teachers before dispersing peacefully")
ev("bamenda-lawyers-march-nov8", A, "2016-11-08", "2016-11-08", "2016-11-08", PRO, [INT, EXF],
   PROT_CM + ["Lawyers (Cameroon)"], SF_CM, CM, NW, ["Mezam"], 0,
   evidence="On November 8, police in Bamenda used tear gas and batons to break up a march by lawyers (15 days before)")

# ---------------------------------------------------------------- Palestine (Al Jazeera, 2017-07-22, Sat)
PS, A = "Palestine", "palestine_jerusalem_aljazeera"
PSIL = ["Palestine", "Israel"]
JER1, JER2 = ["West Bank", "Jerusalem", "Al Quds"], ["Al Quds", "Jerusalem", "Quds"]
JER2E = JER2 + [""]  # the gazetteer resolves "Jerusalem" to admin1 Jerusalem with an empty admin2
RIOT_PS = ["Rioters (Palestine)", "Protesters (Palestine)", "Rioters (Israel)", "Protesters (Israel)"]
IL = ["Police Forces of Israel", "Military Forces of Israel", "Israeli Border Police"]
ev("ras-al-amud-clashes", A, "2017-07-21", "2017-07-21", "2017-07-21", RIO, [VD],
   RIOT_PS, IL + ["", "Israeli settlers", "Settlers (Israel)"], PSIL, JER1, JER2E, 1,
   evidence="Mohammed Sharaf, 17, was shot dead in the neighbourhood of Ras al-Amud on Friday afternoon ... young men "
            "threw stones and bottles at police")
ev("at-tur-clashes", A, "2017-07-21", "2017-07-21", "2017-07-21", RIO, [VD],
   RIOT_PS, IL + [""], PSIL, JER1, JER2E, 1,
   evidence="Mohammed Abu Ghannam, 20, was killed in At-Tur on the Mount of Olives")
ev("abu-dis-clashes", A, "2017-07-21", "2017-07-21", "2017-07-21", RIO, [VD],
   RIOT_PS, IL + [""], PSIL, ["West Bank"], JER2, 1,
   evidence="A third young man, Mohammed Lafi, 18, died of a gunshot wound to the chest in Abu Dis")
ev("old-city-street-prayers", A, "2017-07-21", "2017-07-21", "2017-07-21", PRO, [PEACE],
   ["Protesters (Palestine)", "Protesters (Israel)"], [""], PSIL, JER1, JER2E, 0,
   evidence="thousands of worshippers held Friday prayers on the streets outside the walls of the Old City ... Those "
            "prayers ended without incident (a prayer boycott as protest)")
ev("qalandiya-checkpoint-clashes", A, "2017-07-21", "2017-07-21", "2017-07-21", RIO, [VD],
   RIOT_PS, IL + [""], PS, ["West Bank"], JER2 + ["Ramallah", "Ramallah and Al-Bireh", "Ramallah and al-Bira"], 0,
   evidence="Clashes also broke out at the Qalandiya checkpoint between Jerusalem and Ramallah, where Israeli troops "
            "fired tear gas at several hundred stone-throwing youths")
ev("halamish-stabbing", A, "2017-07-21", "2017-07-21", "2017-07-21", VAC, ["Attack"],
   ["Unidentified Armed Group (Palestine)", "Civilians (Palestine)", "Palestinian Group", "Rioters (Palestine)"],
   ["Civilians (Israel)", "Israeli settlers", "Settlers (Israel)", "Civilians (Palestine)"], PS, ["West Bank"],
   ["Ramallah", "Ramallah and Al-Bireh", "Ramallah and al-Bira"], 3,
   evidence="Late on Friday, a Palestinian man entered the Israeli settlement of Halamish ... and stabbed to death "
            "three members of an Israeli family ... The assailant ... was shot and wounded")
ev("lions-gate-shooting-jul14", A, "2017-07-14", "2017-07-14", "2017-07-14", BAT, ["Armed clash"],
   ["Unidentified Armed Group (Israel)", "Unidentified Armed Group (Palestine)"] + IL,
   IL + ["Unidentified Armed Group (Israel)", "Unidentified Armed Group (Palestine)"], PSIL, JER1, JER2E, 5,
   evidence="three Arab citizens of Israel opened fire on Israeli police officers near the Lions' Gate on July 14, "
            "killing two of them, before they were ... shot dead by police (8 days before; 2 + 3 = 5)")

# ---------------------------------------------------------------- Afghanistan (KabulNow, 2022-01-21, Fri)
AF, A = "Afghanistan", "afghanistan_kabul_kabulnow"
TAL = ["Taliban", "Military Forces of Afghanistan", "Police Forces of Afghanistan",
       "Military Forces of Afghanistan (2021-)", "Police Forces of Afghanistan (2021-)"]
CIV_AF = ["Civilians (Afghanistan)", "Protesters (Afghanistan)", "Women (Afghanistan)"]
KBL = (["Kabul"], ["Kabul"])
KBL_SUB = (["Kabul"], ["Kabul", ""])  # Parwan-e Seh / Dasht-e-Barchi resolve with an empty admin2
ev("paryani-ibrahimkhel-taken", A, "2022-01-19", "2022-01-19", "2022-01-20", VAC, ["Abduction/forced disappearance"],
   TAL + ["Unidentified Armed Group (Afghanistan)"], CIV_AF, AF, *KBL_SUB, 0,
   evidence="Tamana Zaryabi Paryani and her three sisters were taken from their apartment in the Parwan-e Seh area ... "
            "on Wednesday ... Parwana Ibrahimkhel ... detained in a separate raid the same night in western Kabul "
            "(Taliban deny it)")
ev("paryani-as-arrests", A, "2022-01-19", "2022-01-19", "2022-01-20", STR, ["Arrests"],
   TAL, CIV_AF, AF, *KBL_SUB, 0, req=False,
   evidence="same night raid read as an arrest of notable activists by the de facto authorities")
ev("kabul-university-women-protest", A, "2022-01-16", "2022-01-16", "2022-01-16", PRO, [INT, EXF],
   CIV_AF + TAL, TAL + CIV_AF, AF, *KBL, 0,
   evidence="about two dozen women who gathered on Sunday near Kabul University ... Taliban fighters blocked the "
            "protesters' way, and some of them sprayed a substance resembling pepper spray")
ev("zainab-abdullahi-checkpoint-shooting", A, "2022-01-13", "2022-01-13", "2022-01-13", VAC, ["Attack"],
   TAL, ["Civilians (Afghanistan)", "Women (Afghanistan)"], AF, *KBL_SUB, 1,
   evidence="Zainab Abdullahi, a young woman who was shot dead by Taliban fighters at a checkpoint in the "
            "Dasht-e-Barchi area of Kabul on January 13 (8 days before)")
ev("maimana-protests-alam-detention", A, "2022-01-16", "2022-01-10", "2022-01-16", RIO, [VD, MOB],
   ["Rioters (Afghanistan)", "Protesters (Afghanistan)", "Uzbek Ethnic Group (Afghanistan)"], TAL + [""], AF,
   ["Faryab"], ["Maimanah", "Maymana", "Maimana", "Maymanah"], 0, tp=2,
   evidence="hundreds of people took to the streets of Maimana ... last week after the Taliban detained ... Makhdoom "
            "Alam ... some of the protesters were armed, seized weapons from a Taliban checkpoint and fired into the air")
ev("makhdoom-alam-detained", A, "2022-01-16", "2022-01-10", "2022-01-16", STR, ["Arrests"],
   TAL, TAL + ["Makhdoom Alam", ""], AF, ["Balkh"], (), 0, req=False, tp=2,
   evidence="after the Taliban detained a prominent Uzbek commander of the group, Makhdoom Alam, in neighbouring Balkh "
            "(told in passing, undated)")

# ---------------------------------------------------------------- Yemen (Xinhua, 2014-09-09, Tue)
YE, A = "Yemen", "yemen_sanaa_xinhua"
SAN = ["Amanat Alasimah", "Amanat Al Asimah", "Amanat al Asimah", "Sanaa", "Sana'a", "Sanaa City"]
HOU = ["Houthis", "Houthi Movement", "Ansar Allah", "Ansarallah", "Al Houthi", "Houthi"]
PROT_YE = ["Protesters (Yemen)"] + HOU
SF_YE = ["Police Forces of Yemen", "Military Forces of Yemen"]
ev("sanaa-cabinet-march-shot", A, "2014-09-09", "2014-09-09", "2014-09-09", PRO, [EXF],
   PROT_YE + SF_YE, SF_YE + PROT_YE, YE, SAN, (), 7,
   evidence="At least seven supporters of the Shiite Houthi group were killed ... on Tuesday when police opened fire on "
            "protesters trying to march on the cabinet building (Houthis say nine -> 7; ministry says armed elements "
            "fired first)")
ev("sanaa-airport-road-sitin-cleared", A, "2014-09-07", "2014-09-07", "2014-09-07", PRO, [EXF, INT],
   PROT_YE + SF_YE, SF_YE + PROT_YE, YE, SAN, (), 1,
   evidence="On Sunday, one protester was killed and about 20 wounded when police used water cannons, tear gas and "
            "gunfire to clear a sit-in that had blocked the airport road")
ev("sanaa-monday-mourning-rally", A, "2014-09-08", "2014-09-08", "2014-09-08", PRO, [PEACE],
   PROT_YE, [""], YE, SAN, (), 0,
   evidence="On Monday, tens of thousands of Houthi supporters held a peaceful rally on the airport road")
ev("sanaa-friday-progovernment-rally", A, "2014-09-05", "2014-09-05", "2014-09-05", PRO, [PEACE],
   ["Protesters (Yemen)", "Islah", "General People's Congress", "GPC"], [""], YE, SAN, (), 0,
   evidence="On Friday, tens of thousands of people rallied on Sittin Street in western Sanaa in support of Hadi ... "
            "The rally ended peacefully")
ev("jawf-ghail-clashes", A, "2014-09-07", "2014-09-06", "2014-09-07", BAT, ["Armed clash"],
   HOU + ["Islah", "Tribal Militia (Yemen)", "Military Forces of Yemen"],
   HOU + ["Islah", "Tribal Militia (Yemen)", "Military Forces of Yemen"], YE, ["Al Jawf", "Al-Jawf", "Jawf"], (), 15,
   tp=2, evidence="At least 15 people were killed in clashes in al-Ghail district over the weekend, tribal sources said")

DROP = {
    "drc_kinshasa_radiookapi": ["Radio Okapi", "Accueil", "Actualité", "Politique", "Sécurité", "Économie", "Société",
                                "Sport", "Partager", "Facebook", "Twitter", "WhatsApp", "À lire aussi",
                                "Kinshasa : la police disperse une manifestation de l'opposition à Limete",
                                "Kasaï-Central : 15 miliciens Kamuina Nsapu tués à Dibaya",
                                "Beni : deux militaires tués dans une embuscade des ADF à Mavivi",
                                "Radio Okapi © 2018 | Tous droits réservés"],
    "iraq_khilani_ap": ["Copyright 2019 The Associated Press. All rights reserved. This material may not be published, "
                        "broadcast, rewritten or redistributed."],
    "ethiopia_bishoftu_reuters": ["Skip to main content", "World", "Business", "Markets", "Politics", "TV", "Africa",
                                  "Read Next", "Ethiopia's ruling coalition says will reform electoral law",
                                  "U.S. warns citizens against travel to Ethiopia's Oromiya region",
                                  "Our Standards: The Thomson Reuters Trust Principles."],
    "cameroon_bamenda_cameroonweb": ["CameroonWeb", "Home", "News", "Politics", "Sports", "Business", "Opinions",
                                     "Share", "Tweet", "Email", "Related Articles",
                                     "Buea: University students threaten boycott of lectures",
                                     "Gov't sets up committee to examine lawyers' grievances",
                                     "Biya to receive credentials of new ambassadors",
                                     "Copyright © 2016 CameroonWeb. All rights reserved."],
    "palestine_jerusalem_aljazeera": ["Al Jazeera", "News", "Middle East", "Explained", "Opinion", "Sport", "Video",
                                      "More", "Read more", "Israel's metal detectors at Al-Aqsa: What you need to know",
                                      "Palestinians pray in the streets in Jerusalem boycott", "Share", "Facebook",
                                      "Twitter", "© 2017 Al Jazeera Media Network"],
    "afghanistan_kabul_kabulnow": ["KabulNow", "Home", "News", "Women", "Politics", "Opinion", "Reports", "Subscribe",
                                   "Read more",
                                   "Taliban orders drivers not to take women on long journeys without male relative",
                                   "Women journalists describe life under the Taliban",
                                   "KabulNow is an independent news outlet. Follow us on Twitter and Facebook.",
                                   "© 2022 KabulNow. All rights reserved."],
}
EITHER = {
    "drc_kinshasa_radiookapi": ["RDC : au moins cinq morts lors des marches des laïcs catholiques à Kinshasa",
                                "Published on Monday 1 January 2018 - 09:15"],
    "iraq_khilani_ap": ["By QASSIM ABDUL-ZAHRA and SAMYA KULLAB Associated Press", "___",
                        "Associated Press writer Murtada Faraj contributed to this report."],
    "burkina_ouagadougou_afp": ["bur-pma/jh"],
    "ethiopia_bishoftu_reuters": ["By Aaron Maasho", "October 5, 2016 11:42 AM UTC Updated ago",
                                  "(Reporting by Aaron Maasho; Writing by Duncan Miriri; Editing by Richard Balmforth)"],
    "cameroon_bamenda_cameroonweb": ["Source: CameroonWeb", "Wed, 23 Nov 2016"],
    "palestine_jerusalem_aljazeera": ["22 Jul 2017", "SOURCE: Al Jazeera and news agencies"],
    "afghanistan_kabul_kabulnow": ["January 21, 2022"],
    "yemen_sanaa_xinhua": ["Editor: Yang Yi"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout88; demonstrations and riots), coded by "
                             "CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
