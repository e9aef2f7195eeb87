"""Writes gold.json for the 116th held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout116/make_gold.py

Focus: Mozambique (Cabo Delgado), the Central African Republic (Bangui, Ouaka) and Chad (N'Djamena, Lac),
2014-2020: an insurgent raid on a town's police posts, a village massacre and beheadings, an ambush on a
joint army / Russian-contractor patrol, foreign troops firing on civilians, a church massacre, a clash with
French troops, two protests met with force, a prison-cell mass death and an in-window base attack told as
context.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# ---------------------------------------------------------------- shared actor lists
MZ = "Mozambique"
CD = ["Cabo Delgado"]
ISM = ["Islamic State", "Islamic State Mozambique Province", "Islamic State (Mozambique)",
       "Islamic State Central Africa Province", "ISCAP", "Ahlu Sunnah Wa-Jama", "ASWJ", "Ansar al-Sunna",
       "Al Shabaab", "Al-Shabaab", "Al Shabaab (Mozambique)", "Al-Shabaab (Mozambique)",
       "Unidentified Armed Group (Mozambique)"]
POL_MZ = ["Police Forces of Mozambique"]
FDS = ["Military Forces of Mozambique", "Police Forces of Mozambique", "FDS", "FADM"]
WAGNER = ["Wagner Group", "Wagner", "Wagner Private Military Company", "Private Security Forces (Russia)",
          "Military Forces of Russia"]
CIV_MZ = ["Civilians (Mozambique)"]

CF = "Central African Republic"
CIV_CF = ["Civilians (Central African Republic)"]
UAG_CF = ["Unidentified Armed Group (Central African Republic)"]
AB = ["Anti-Balaka", "Anti-balaka", "Anti Balaka", "Anti-Balaka Militia"]
SELEKA = ["Ex-Seleka", "Seleka", "Ex-Seleka Militia", "UPC", "Union for Peace in the Central African Republic",
          "FPRC", "Fulani Ethnic Militia (Central African Republic)", "Peuhl Ethnic Militia (Central African Republic)",
          "Fulani Ethnic Militia", "Unidentified Armed Group (Central African Republic)"]
MUSLIM_CF = ["Unidentified Armed Group (Central African Republic)", "Muslim Militia (Central African Republic)",
             "Muslim Ethnic Militia (Central African Republic)", "PK5 Self-Defence Militia", "Ex-Seleka", "Seleka"]
FRANCE = ["Military Forces of France", "Sangaris", "Operation Sangaris", "Military Forces of France (Sangaris)"]
MINUSCA = ["MINUSCA", "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
           "United Nations", "MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the "
           "Central African Republic"]
PROT_CF = ["Protesters (Central African Republic)"]
BANGUI = ["Bangui"]
BANGUI2 = ["Bangui", ""]

TD = "Chad"
NDJ = ["N'Djamena", "Ville de N'Djamena", "Ndjamena", "N'Djamena City"]
TD_ARMY = ["Military Forces of Chad"]
TD_POL = ["Police Forces of Chad"]
TD_STATE = TD_ARMY + TD_POL + ["Government of Chad", "Gendarmerie of Chad"]
BH_TD = ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS", "Islamic State West Africa Province",
         "ISWAP", "Unidentified Armed Group (Chad)"]
PROT_TD = ["Protesters (Chad)", "Students (Chad)"]

# ---------------------------------------------------------------- Mozambique (AIM, 2017-10-07, Sat)
A = "mozambique_mocimboa_aim"
MOC = ["Mocimboa da Praia", "Mocímboa da Praia", "Mocimboa"]
ev("mocimboa-police-posts-raid", A, "2017-10-05", "2017-10-05", "2017-10-05", BAT, ["Armed clash"],
   ISM, POL_MZ + ["Military Forces of Mozambique"], MZ, CD, MOC, 10,
   evidence="about 30 men ... attacked the district police command and two other police posts at about 03:00 on "
            "Thursday. Two police officers were killed ... in the fighting on Thursday morning eight of the attackers "
            "were shot dead (2 + 8 = 10)")
ev("mocimboa-milamba-firefight", A, "2017-10-06", "2017-10-06", "2017-10-06", BAT, ["Armed clash"],
   ISM + POL_MZ, POL_MZ + ISM, MZ, CD, MOC, 6,
   evidence="Sporadic shooting continued into Friday morning, when police units searching the Milamba neighbourhood "
            "came under fire ... six more attackers were killed (14 in two days = 8 + 6)")
ev("mocimboa-community-leader-killed", A, "2017-10-05", "2017-10-05", "2017-10-05", VAC, ["Attack"],
   ISM, CIV_MZ, MZ, CD, MOC, 1,
   evidence="on Thursday afternoon the body of a neighbourhood secretary, a local community leader, was found near the "
            "Mocimboa market ... hacked to death by members of the group")
ev("mocimboa-52-detained", A, "2017-10-07", "2017-10-05", "2017-10-07", STR, ["Arrests"],
   POL_MZ, ISM + CIV_MZ + [""], MZ, CD, MOC, 0, req=False, tp=2,
   evidence="the police have detained 52 people suspected of belonging to the group or of supporting it (suspects, "
            "not notable persons; undated within Thu-Sat)")
ev("mocimboa-uir-reinforcement", A, "2017-10-06", "2017-10-06", "2017-10-06", STR, ["Change to group/activity"],
   POL_MZ, [""], MZ, CD, MOC, 0, req=False,
   evidence="A unit of the police Rapid Intervention Force (UIR), sent from Pemba, arrived in Mocimboa da Praia on "
            "Friday afternoon")

# ---------------------------------------------------------------- Mozambique (Zitamar, 2018-09-22, Sat)
A = "mozambique_paqueue_zitamar"
ev("paqueue-village-massacre", A, "2018-09-20", "2018-09-20", "2018-09-21", VAC, ["Attack"],
   ISM, CIV_MZ, MZ, CD, ["Macomia"], 10,
   evidence="Armed men attacked the village of Paqueue, in Macomia district, on Thursday night, killing at least ten "
            "... Police confirmed ten deaths ... Residents ... put the number of dead at twelve (lowest specific "
            "figure 10); 55 houses burned folded in")
ev("paqueue-houses-burned", A, "2018-09-20", "2018-09-20", "2018-09-21", STR, ["Looting/property destruction"],
   ISM, CIV_MZ + [""], MZ, CD, ["Macomia"], 0, req=False,
   evidence="According to the district administration, 55 houses were burned (part of the same raid)")
ev("paqueue-pursuit-clash", A, "2018-09-21", "2018-09-21", "2018-09-21", BAT, ["Armed clash"],
   FDS + ISM, ISM + FDS, MZ, CD, ["Macomia"], 2,
   evidence="On Friday, soldiers sent from Macomia town to pursue the attackers exchanged fire with a group of them in "
            "the bush west of Paqueue ... two of the insurgents were killed")
ev("chitolo-beheadings", A, "2018-09-18", "2018-09-18", "2018-09-19", VAC, ["Attack"],
   ISM, CIV_MZ, MZ, CD, MOC, 2,
   evidence="Earlier in the week, on Tuesday night, two men were beheaded near the village of Chitolo, in neighbouring "
            "Mocimboa da Praia district")

# ---------------------------------------------------------------- Mozambique (Moscow Times, 2019-10-31, Thu)
A = "mozambique_muidumbe_moscowtimes"
ev("muidumbe-joint-patrol-ambush", A, "2019-10-27", "2019-10-27", "2019-10-27", BAT, ["Armed clash"],
   ISM, FDS + WAGNER, MZ, CD, ["Muidumbe"], 25,
   evidence="At least five Russian military contractors and around 20 Mozambican soldiers were killed when Islamist "
            "insurgents ambushed a joint patrol ... on Sunday ... in the Muidumbe district (5 + 20 = 25)")
ev("macomia-oct10-wagner-clash", A, "2019-10-10", "2019-10-10", "2019-10-10", BAT, ["Armed clash"],
   ISM + WAGNER + FDS, WAGNER + FDS + ISM, MZ, CD, ["Macomia"], 2,
   evidence="two Russians were killed on Oct. 10 in a clash with insurgents in Macomia district (21 days before "
            "publication: an event, not background)")

# ---------------------------------------------------------------- CAR (OHCHR via ReliefWeb, 2014-04-04, Fri)
A = "car_pk12_reliefweb"
ev("pk12-chadian-troops-fire-on-civilians", A, "2014-03-29", "2014-03-29", "2014-03-29", VAC, ["Attack"],
   TD_ARMY, CIV_CF, CF, ["Bangui", "Ombella-M'Poko", "Ombella-Mpoko"], (), 30,
   evidence="last Saturday, 29 March, in the PK12 area on the northern outskirts of Bangui, where Chadian soldiers "
            "opened fire on civilians ... At least 30 people were killed and more than 300 wounded")
ev("miskine-wake-grenade", A, "2014-03-31", "2014-03-31", "2014-03-31", EXP, ["Grenade"],
   UAG_CF + AB + ["Ex-Seleka", "Seleka"], CIV_CF, CF, BANGUI, BANGUI2, 3,
   evidence="On the evening of Monday 31 March, a grenade was thrown at people attending a wake in the Miskine "
            "neighbourhood, killing three people and wounding 17 others. It is not clear who threw the grenade")
ev("boeing-two-muslims-killed", A, "2014-04-01", "2014-04-01", "2014-04-01", VAC, ["Attack"],
   AB, CIV_CF, CF, BANGUI, BANGUI2, 2,
   evidence="The next day, Tuesday, two Muslim men who tried to leave the PK5 enclave on foot were attacked and killed "
            "by anti-Balaka elements near the Boeing neighbourhood")
ev("eufor-first-elements-arrive", A, "2014-04-04", "2014-03-31", "2014-04-04", STR, ["Change to group/activity"],
   ["EUFOR RCA", "EUFOR", "European Union", "Military Forces of the European Union", "EUFOR-RCA"], [""], CF,
   BANGUI, BANGUI2, 0, req=False, tp=2,
   evidence="the European Union ... EUFOR RCA force, whose first elements arrived in Bangui this week")

# ---------------------------------------------------------------- CAR (AFP, 2014-07-09, Wed)
A = "car_bambari_afp"
ev("bambari-cathedral-massacre", A, "2014-07-07", "2014-07-07", "2014-07-07", VAC, ["Attack"],
   SELEKA, CIV_CF, CF, ["Ouaka"], ["Bambari"], 26,
   evidence="former Seleka rebels backed by armed Fulani herders, stormed the grounds of the Saint-Joseph cathedral on "
            "Monday afternoon ... 'We have buried 26 people' (nurse: 27 bodies, not all necessarily from the church)")
ev("bambari-french-patrol-fired-on", A, "2014-07-08", "2014-07-08", "2014-07-08", BAT, ["Armed clash"],
   SELEKA + FRANCE, FRANCE + SELEKA, CF, ["Ouaka"], ["Bambari"], 0,
   evidence="On Tuesday morning a French patrol came under fire from armed men near the bridge over the Ouaka river "
            "in the town centre and returned fire ... Several of the attackers were wounded but no one was killed")
ev("liwa-fulani-camp-attack", A, "2014-06-23", "2014-06-23", "2014-06-23", VAC, ["Attack"],
   AB, CIV_CF + ["Fulani Ethnic Militia (Central African Republic)", "Peuhl Ethnic Militia (Central African Republic)"],
   CF, ["Ouaka"], (), 17,
   evidence="On June 23, anti-balaka fighters attacked the Fulani camp of Liwa, about 10 kilometres from Bambari, "
            "killing at least 17 people (16 days before publication)")
ev("grimari-road-reprisals", A, "2014-06-30", "2014-06-24", "2014-06-30", VAC, ["Attack"],
   SELEKA, CIV_CF, CF, ["Ouaka"], (), None, req=False, tp=2,
   evidence="Fulani herders and ex-Seleka fighters then launched reprisals on Christian villages along the road to "
            "Grimari in the days that followed, leaving dozens of people dead, though no precise toll")

# ---------------------------------------------------------------- CAR (Xinhua, 2015-09-29, Tue)
A = "car_bangui_xinhua"
ev("combattant-taxi-driver-killed", A, "2015-09-26", "2015-09-25", "2015-09-26", VAC, ["Attack"],
   UAG_CF + AB, CIV_CF, CF, BANGUI, BANGUI2, 1,
   evidence="on Saturday, when the body of a young Muslim motorcycle-taxi driver was found in the Combattant district "
            "... stabbed to death by unknown men")
ev("castors-fatima-reprisal-attacks", A, "2015-09-26", "2015-09-26", "2015-09-26", VAC, ["Attack"],
   MUSLIM_CF, CIV_CF, CF, BANGUI, BANGUI2, 20,
   evidence="armed men from the mainly Muslim PK5 neighbourhood launched reprisal attacks on the neighbouring Castors "
            "and Fatima districts ... 'more than 20 bodies' by Saturday night")
ev("castors-anti-balaka-exchange", A, "2015-09-26", "2015-09-26", "2015-09-27", BAT, ["Armed clash"],
   AB + MUSLIM_CF, MUSLIM_CF + AB, CF, BANGUI, BANGUI2, None,
   evidence="anti-balaka militiamen later took up positions in the area and exchanged fire with the armed men from "
            "PK5, but gave no toll")
ev("boy-rabe-march-fired-on", A, "2015-09-28", "2015-09-28", "2015-09-28", PRO,
   ["Excessive force against protesters", "Protest with intervention"], PROT_CF, MINUSCA + [""], CF, BANGUI, BANGUI2, 2,
   evidence="On Monday, several hundred demonstrators ... marched towards the presidential palace ... UN peacekeepers "
            "of the MINUSCA mission fired tear gas and then live rounds ... Two demonstrators were shot dead "
            "(MINUSCA denies killing anyone)")
ev("ngo-offices-looted", A, "2015-09-28", "2015-09-27", "2015-09-28", STR, ["Looting/property destruction"],
   ["Rioters (Central African Republic)", "Unidentified Armed Group (Central African Republic)"] + AB + MUSLIM_CF,
   ["Civilians (Central African Republic)", "Civilians (International)", ""], CF, BANGUI, BANGUI2, 0, tp=2,
   evidence="The offices and warehouses of at least three international humanitarian organisations were looted on "
            "Sunday and Monday")
ev("ngaragba-prison-escape", A, "2015-09-28", "2015-09-28", "2015-09-28", STR, ["Other"],
   ["Prisoners (Central African Republic)", "Civilians (Central African Republic)"] + UAG_CF,
   ["Police Forces of Central African Republic", "Police Forces of the Central African Republic",
    "Military Forces of Central African Republic", ""], CF, BANGUI, BANGUI2, 0, req=False,
   evidence="more than 500 inmates escaped from the Ngaragba central prison after the guards abandoned their posts")

# ---------------------------------------------------------------- Chad (Reuters, 2016-02-16, Tue)
A = "chad_ndjamena_reuters"
ev("ndjamena-student-march-fired-on", A, "2016-02-15", "2016-02-15", "2016-02-15", PRO,
   ["Excessive force against protesters", "Protest with intervention"], PROT_TD, TD_POL + [""], TD, NDJ, (), 1,
   evidence="Chadian police fired tear gas and live rounds to break up a march by students ... on Monday, killing a "
            "17-year-old ... the marchers were peaceful ... Police detained at least 20 students")
ev("faya-largeau-justice-march", A, "2016-02-13", "2016-02-13", "2016-02-13", PRO, ["Peaceful protest"],
   ["Protesters (Chad)"], [""], TD, ["Borkou"], ["Borkou-Yala", "Borkou Yala", "Borkou"], 0,
   evidence="In Faya-Largeau ... several hundred people marched through the streets on Saturday to demand justice. "
            "That protest passed off without incident")
ev("zouhoura-suspects-arrested", A, "2016-02-14", "2016-02-08", "2016-02-14", STR, ["Arrests"],
   TD_POL, ["Civilians (Chad)", ""], TD, NDJ, (), 0, req=False, tp=2,
   evidence="Seven suspects, among them the sons of the foreign minister and of two army generals, were arrested by "
            "police in N'Djamena last week")
ev("zouhoura-abduction-rape", A, "2016-02-08", "2016-02-08", "2016-02-08", VAC,
   ["Sexual violence", "Abduction/forced disappearance"],
   ["Unidentified Armed Group (Chad)", "Civilians (Chad)", "Unidentified Group (Chad)"], ["Civilians (Chad)"], TD,
   NDJ, (), 0, req=False,
   evidence="the rape of a 16-year-old girl, Zouhoura, who was abducted on her way to school on Feb. 8 by a group of "
            "young men (criminal act by non-armed civilians; place implied N'Djamena)")

# ---------------------------------------------------------------- Chad (RFI, 2020-04-18, Sat)
A = "chad_ndjamena_rfi"
ev("bohoma-base-attack", A, "2020-03-23", "2020-03-23", "2020-03-23", BAT, ["Armed clash"],
   BH_TD, TD_ARMY, TD, ["Lac"], (), 98,
   evidence="a Boko Haram attack on the army base at Bohoma, in the Lac province, on March 23. Ninety-eight soldiers "
            "were killed (26 days before publication: an event told as context)")
ev("wrath-of-bohoma-aggregate", A, "2020-04-08", "2020-03-31", "2020-04-09", BAT,
   ["Armed clash", "Government regains territory"], TD_ARMY + BH_TD, BH_TD + TD_ARMY, TD, ["Lac"], (), 1052,
   req=False, tp=2,
   evidence="Deby personally led the operation ... from March 31. On April 9, he announced that it had ended and that "
            "around 1,000 jihadists had been killed and 52 Chadian soldiers had died (claimed aggregate, Lac)")
ev("ndjamena-44-detainees-dead", A, "2020-04-16", "2020-04-15", "2020-04-16", VAC, ["Attack"],
   TD_STATE + ["Unidentified Armed Group (Chad)"],
   ["Prisoners (Chad)", "Civilians (Chad)"] + BH_TD, TD, NDJ, (), 44, req=False,
   evidence="Forty-four suspected Boko Haram members ... found dead on Thursday morning in the cell ... traces of a "
            "'lethal substance' ... collective suicide or poisoned (deaths in state custody, cause unknown)")

DROP = {
    "mozambique_paqueue_zitamar": ["Zitamar News", "Home", "News", "Politics", "Business", "Cabo Delgado", "Subscribe",
                                   "Log in", "Share this:", "Twitter", "Facebook", "LinkedIn", "WhatsApp", "Related",
                                   "Naunde attack: seven killed, 164 houses burned in Macomia",
                                   "Trial of 189 insurgency suspects set for October",
                                   "Anadarko says security measures under review",
                                   "© 2018 Zitamar News. All rights reserved."],
    "mozambique_muidumbe_moscowtimes": ["The Moscow Times", "News", "Opinion", "Business", "Arts & Life", "Meanwhile",
                                        "Multimedia", "Podcasts", "Newsletters", "Read more",
                                        "Russia's Shadow Army Spreads Across Africa",
                                        "Putin Hosts African Leaders at Sochi Summit",
                                        "Wagner Contractors Reported Killed in Libya",
                                        "Independent journalism is under pressure in Russia. Please support The "
                                        "Moscow Times.",
                                        "© 2019 The Moscow Times, all rights reserved."],
    "car_pk12_reliefweb": ["ReliefWeb", "Updates", "Countries", "Disasters", "Organizations", "Topics", "Jobs",
                           "Training", "Related Content", "Central African Republic: Humanitarian Situation Report No. 16",
                           "CAR: UNHCR concerned over the fate of Muslims in PK12", "Share this", "Facebook", "Twitter",
                           "Email"],
    "chad_ndjamena_reuters": ["Skip to main content", "World", "Business", "Markets", "Politics", "TV", "Africa",
                              "Our Standards: The Thomson Reuters Trust Principles."],
    "chad_ndjamena_rfi": ["RFI", "Africa", "France", "International", "Podcasts", "Français", "Read also",
                          "Chad's Deby vows revenge after deadly Boko Haram attack on army base",
                          "Lake Chad: army says jihadists \"driven out\" of islands",
                          "Coronavirus: Chad imposes curfew in capital", "Share", "Facebook", "Twitter", "WhatsApp",
                          "Email"],
}
EITHER = {
    "mozambique_mocimboa_aim": ["Maputo, 7 Oct (AIM)", "(AIM)"],
    "mozambique_paqueue_zitamar": ["22 September 2018"],
    "mozambique_muidumbe_moscowtimes": ["Oct. 31, 2019"],
    "car_pk12_reliefweb": ["Central African Republic", "News and Press Release", "Source: OHCHR", "Posted: 4 Apr 2014",
                           "Originally published: 4 Apr 2014",
                           "Spokesperson for the UN High Commissioner for Human Rights: Rupert Colville",
                           "Location: Geneva", "Date: 4 April 2014", "ENDS"],
    "car_bambari_afp": ["str-cl/jhb/kms"],
    "car_bangui_xinhua": ["Editor: Mu Xuequan"],
    "chad_ndjamena_reuters": ["By Madjiasra Nako", "February 16, 2016 11:42 AM UTC",
                              "Reporting by Madjiasra Nako; Writing by Edward McAllister; Editing by Tom Heneghan"],
    "chad_ndjamena_rfi": ["Issued on: 18/04/2020 - 17:05"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout116: Mozambique, Central African Republic, "
                             "Chad), coded by CODEBOOK.md before any run; BLIND, not yet run.",
               drop=DROP, either=EITHER)
