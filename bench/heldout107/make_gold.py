"""Writes gold.json for the 107th held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 15).

    python bench/heldout107/make_gold.py

Focus: Somalia and Ethiopia, 2017-2025 — a roadside bomb on a presidential route and a hotel suicide car bomb, US
air strikes, a suicide car-bomb raid on a newly retaken village, a base attack with disputed tolls, a protest
shooting, artillery shelling of a town, massacres in unnamed villages, and a drone strike on a passenger truck.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

SO, ET = "Somalia", "Ethiopia"
SHAB = ["Al Shabaab", "Al-Shabaab", "al-Shabab", "Harakat al-Shabaab al-Mujahideen"]
SNA = ["Military Forces of Somalia"]
CIV_SO = ["Civilians (Somalia)"]
USA = ["Military Forces of the United States", "Military Forces of United States", "AFRICOM",
       "Military Forces of United States of America"]
ENDF = ["Military Forces of Ethiopia"]
CIV_ET = ["Civilians (Ethiopia)"]
UAG_ET = ["Unidentified Armed Group (Ethiopia)"]
BANADIR = ["Banaadir", "Banadir", "Benadir"]
HIIRAN = ["Hiiran", "Hiiraan", "Hiran", "Hiraan"]
MIDDLE_SHABELLE = ["Middle Shabele", "Middle Shabelle", "Shabeellaha Dhexe", "Middle Shabeelle"]
GALGUDUUD = ["Galguduud", "Galgaduud", "Galgadud"]
OROMIA = ["Oromia", "Oromiya"]

# ---------------------------------------------------------------- Somalia (AFP, 2025-03-19, Wed)
A = "somalia_hamarjajab_afp"
ev("hamar-jajab-convoy-roadside-bomb", A, "2025-03-18", "2025-03-18", "2025-03-18", EXP,
   ["Remote explosive/landmine/IED"], SHAB, SNA + CIV_SO + ["Government of Somalia"], SO, BANADIR, (), 4,
   evidence="Al-Shabaab jihadists detonated a bomb in the Somali capital on Tuesday moments after the motorcade of "
            "President Hassan Sheikh Mohamud had passed ... killing at least four people ... device had been planted "
            "by the roadside ... Hamar Jajab area")
ev("beledweyne-qahira-hotel-attack", A, "2025-03-11", "2025-03-11", "2025-03-12", EXP, ["Suicide bomb"],
   SHAB, CIV_SO + SNA + [""], SO, HIIRAN, ["Belet Weyne", "Beledweyne", "Beled Weyne"], 9,
   evidence="In that attack on March 11, a suicide bomber drove an explosives-laden car into the gate of the Qahira "
            "hotel before gunmen stormed the compound, killing nine people including elders and a district "
            "commissioner")
ev("middle-shabelle-weekend-fighting", A, "2025-03-16", "2025-03-15", "2025-03-16", BAT, ["Armed clash"],
   SNA + SHAB, SHAB + SNA + ["Ma'awisley Militia", "Macawisley"], SO, MIDDLE_SHABELLE, (), 70, req=False, tp=2,
   evidence="The army said on Monday that its forces and allied clan militias had killed more than 70 militants in "
            "fighting in the Middle Shabelle region over the weekend (no place below the region, government claim)")

# ---------------------------------------------------------------- Somalia (Xinhua, 2019-01-31, Thu)
A = "somalia_shebeeley_xinhua"
ev("shebeeley-us-airstrike", A, "2019-01-30", "2019-01-30", "2019-01-30", EXP, ["Air/drone strike"],
   USA, SHAB, SO, HIIRAN, (), 24,
   evidence="the strike was carried out on Wednesday near Shebeeley, a village in the Hiran region ... killed 24 "
            "al-Shabab militants")
ev("jilib-us-airstrike", A, "2019-01-19", "2019-01-19", "2019-01-19", EXP, ["Air/drone strike"],
   USA, SHAB, SO, ["Middle Juba", "Jubbada Dhexe"], ["Jilib"], 52,
   evidence="U.S. forces killed 52 al-Shabab fighters in an airstrike near Jilib in the Middle Juba region on Jan. 19")
ev("bar-sanguni-base-suicide-car-bomb", A, "2019-01-19", "2019-01-19", "2019-01-19", EXP, ["Suicide bomb"],
   SHAB, SNA, SO, ["Lower Juba", "Jubbada Hoose", "Middle Juba"], (), 6,
   evidence="a Somali army base at Bar Sanguni, south of Jilib in Lower Juba region, earlier that Saturday ... rammed "
            "a suicide car bomb into the gate of the base before storming it, killing six soldiers")
ev("bar-sanguni-base-fighting", A, "2019-01-19", "2019-01-19", "2019-01-19", BAT,
   ["Armed clash", "Non-state actor overtakes territory"], SHAB + SNA, SNA + SHAB, SO,
   ["Lower Juba", "Jubbada Hoose", "Middle Juba"], (), 6, req=False,
   evidence="... before storming it, killing six soldiers (the storming coded as a battle instead of / besides the "
            "suicide car bomb)")
ev("baidoa-north-ethiopian-convoy-ambush", A, "2019-01-18", "2019-01-18", "2019-01-18", BAT, ["Armed clash"],
   SHAB, ["Military Forces of Ethiopia", "AMISOM", "African Union Mission in Somalia"], SO, ["Bay", "Bakool"], (),
   None, evidence="on Friday Jan. 18, al-Shabab fighters ambushed a convoy of Ethiopian troops on the road about 80 km "
                  "north of Baidoa ... said it killed more than 50 ... could not be verified (toll unknown)")

# ---------------------------------------------------------------- Somalia (Shabelle Media, 2022-11-08, Tue)
A = "somalia_qayib_shabelle"
MAAW = ["Ma'awisley Militia", "Macawisley", "Ma'awisley", "Clan Militia (Somalia)"]
ev("qayib-base-suicide-car-bombs", A, "2022-11-07", "2022-11-07", "2022-11-07", EXP, ["Suicide bomb"],
   SHAB, SNA + MAAW, SO, GALGUDUUD, (), 5,
   evidence="At least five people were killed ... Al-Shabaab militants attacked a Somali military base in the "
            "Galgadud region on Monday morning ... two suicide car bombs that exploded at the gate of the army "
            "outpost in Qayib village, followed by a heavy gunbattle")
ev("qayib-base-gunbattle", A, "2022-11-07", "2022-11-07", "2022-11-07", BAT, ["Armed clash"],
   SHAB + SNA, SNA + MAAW + SHAB, SO, GALGUDUUD, (), 5, req=False,
   evidence="followed by a heavy gunbattle ... that lasted for about three hours ... pushed back from the village "
            "(the fighting as a battle row)")
ev("qayib-recaptured", A, "2022-11-06", "2022-10-31", "2022-11-06", BAT, ["Government regains territory"],
   SNA + MAAW, SHAB, SO, GALGUDUUD, (), None, tp=2,
   evidence="Qayib is among several locations in Galgadud that were recaptured by the Somali army and local clan "
            "militia, known as Ma'awisley, last week ... withdrew after a short exchange of fire")
ev("dhusamareb-roadside-bomb", A, "2022-11-06", "2022-11-06", "2022-11-06", EXP, ["Remote explosive/landmine/IED"],
   SHAB + ["Unidentified Armed Group (Somalia)"], SNA + ["Galmudug Darawish", "Military Forces of Somalia (Galmudug)"],
   SO, GALGUDUUD, ["Dhuusamarreeb", "Dhusamareb", "Dhuusamareeb"], 0,
   evidence="a roadside bomb struck a Galmudug forces vehicle on the outskirts of Dhusamareb on Sunday evening, "
            "wounding three soldiers")
ev("hiran-thursday-clashes", A, "2022-11-03", "2022-11-03", "2022-11-03", BAT, ["Armed clash"],
   SNA + MAAW + SHAB, SHAB + SNA, SO, HIIRAN, (), 100,
   evidence="The Defense Ministry also said on Friday that government troops, reinforced by Ma'awisley fighters, had "
            "killed at least 100 Al-Shabaab militants in heavy clashes in the central Hiran region on Thursday")

# ---------------------------------------------------------------- Somalia (Anadolu, 2021-08-18, Wed)
A = "somalia_baadweyne_anadolu"
GALMUDUG = ["Galmudug Darawish", "Galmudug Darwish", "Military Forces of Somalia (Galmudug)",
            "Galmudug Regional Security Forces", "Police Forces of Somalia (Galmudug)"]
ev("shebelow-baadweyne-base-attack", A, "2021-08-17", "2021-08-17", "2021-08-17", BAT,
   ["Armed clash", "Non-state actor overtakes territory"], SHAB + SNA + GALMUDUG, SNA + GALMUDUG + SHAB, SO, ["Mudug"],
   (), 5, evidence="At least five soldiers, including a senior commander, were killed ... Tuesday ... al-Shabaab "
                   "fighters attacked a base of Galmudug state's paramilitary Darwish forces in the Shebelow area on "
                   "the outskirts of Ba'adweyne (local media: 20; al-Shabaab: 30+)")
ev("galkayo-roadside-bomb", A, "2021-08-16", "2021-08-16", "2021-08-16", EXP, ["Remote explosive/landmine/IED"],
   SHAB + ["Unidentified Armed Group (Somalia)"], SNA + GALMUDUG, SO, ["Mudug"],
   ["Gaalkacyo", "Galkayo", "Galkacyo"], 2,
   evidence="two soldiers were killed on Monday when a roadside bomb hit their vehicle on the outskirts of Galkayo")

# ---------------------------------------------------------------- Ethiopia (VOA, 2017-12-12, Tue)
A = "ethiopia_chelenko_voa"
LIYU = ["Liyu Police", "Somali Regional Special Police", "Liyu Police (Ethiopia)", "Police Forces of Ethiopia",
        "Somali Regional Special Forces", "Police Forces of Ethiopia (Somali Regional Special Police)"]
PROT_ET = ["Protesters (Ethiopia)", "Oromo Ethnic Group (Ethiopia)"]
ev("chelenko-protest-shooting", A, "2017-12-11", "2017-12-11", "2017-12-11", PRO,
   ["Excessive force against protesters"], PROT_ET, ENDF + ["Police Forces of Ethiopia", ""], ET, OROMIA,
   (), 15,
   evidence="Ethiopian security forces opened fire on protesters in the eastern town of Chelenko on Monday, killing "
            "at least 15 people ... 15 people were killed and 14 wounded ... Residents ... put the death toll at 20")
ev("chelenko-liyu-killing", A, "2017-12-10", "2017-12-10", "2017-12-10", VAC, ["Attack"],
   LIYU, CIV_ET, ET, OROMIA, (), 1,
   evidence="the man, a father of four, was shot dead by the Liyu police near his farm on the edge of Chelenko on "
            "Sunday evening")
ev("deder-protest", A, "2017-12-11", "2017-12-11", "2017-12-11", PRO, ["Peaceful protest"], PROT_ET, [""], ET, OROMIA,
   (), 0,
   evidence="Similar demonstrations took place on Monday in the nearby towns of Deder and Bedeno ... dispersed "
            "peacefully")
ev("bedeno-protest", A, "2017-12-11", "2017-12-11", "2017-12-11", PRO, ["Peaceful protest"], PROT_ET, [""], ET, OROMIA,
   (), 0,
   evidence="Similar demonstrations took place on Monday in the nearby towns of Deder and Bedeno ... dispersed "
            "peacefully")

# ---------------------------------------------------------------- Ethiopia (Borkena, 2021-08-20, Fri)
A = "ethiopia_debretabor_borkena"
TPLF = ["TPLF", "Tigray People's Liberation Front", "Tigray Defense Forces", "TDF"]
AMHARA = ["Amhara"]
S_GONDAR = ["South Gondar Zone", "South Gondar", "Debub Gondar", "Debub Gonder"]
ENDF_ALL = ENDF + ["Amhara Special Forces", "Police Forces of Ethiopia (Amhara Regional Special Forces)",
                   "Amhara Ethnic Militia (Ethiopia)", "Fano"]
ev("debre-tabor-shelling-wed", A, "2021-08-18", "2021-08-18", "2021-08-18", EXP,
   ["Shelling/artillery/missile attack"], TPLF, CIV_ET, ET, AMHARA, S_GONDAR, 5,
   evidence="forces of the Tigray People's Liberation Front (TPLF) on Wednesday shelled the town of Debre Tabor ... "
            "Five civilians, three women and two men, were killed inside their home")
ev("debre-tabor-shelling-thu", A, "2021-08-19", "2021-08-19", "2021-08-19", EXP,
   ["Shelling/artillery/missile attack"], TPLF, CIV_ET + [""], ET, AMHARA, S_GONDAR, None, req=False,
   evidence="more shells hit the eastern outskirts of the town on Thursday morning. There were no immediate reports of "
            "casualties (a second day of the same shelling)")
ev("south-of-gaint-clash", A, "2021-08-19", "2021-08-19", "2021-08-19", BAT, ["Armed clash"],
   TPLF + ENDF_ALL, ENDF_ALL + TPLF, ET, AMHARA, S_GONDAR, None,
   evidence="the joint forces had repulsed a TPLF attack south of Gaint earlier that day and that 'hundreds' of TPLF "
            "fighters were killed (toll vague, unscored)")
ev("nefas-mewcha-looting", A, "2021-08-19", "2021-08-01", "2021-08-19", STR, ["Looting/property destruction"],
   TPLF, CIV_ET + [""], ET, AMHARA, S_GONDAR, 0, req=False, tp=3,
   evidence="TPLF fighters looted the town's health center, banks and shops after they entered it earlier this month")
ev("woldia-shelling", A, "2021-08-06", "2021-08-03", "2021-08-09", EXP, ["Shelling/artillery/missile attack"],
   TPLF, CIV_ET + ENDF + [""], ET, AMHARA, (), None,
   req=False, tp=2,
   evidence="TPLF forces also shelled Woldia, the capital of North Wollo zone, about two weeks ago")
ev("amhara-mobilisation-call", A, "2021-08-15", "2021-08-09", "2021-08-15", STR, ["Change to group/activity"],
   ["Government of Ethiopia (Amhara Regional Government)", "Amhara Regional Government", "Government of Amhara",
    "Amhara Ethnic Militia (Ethiopia)", "Fano"] + ENDF_ALL, [""] + TPLF, ET, AMHARA, (), 0, req=False, tp=2,
   evidence="The Amhara regional government last week called on all armed residents of the region to join the fight "
            "against the TPLF, and thousands of young men have been registering in several towns (mobilisation)")

# ---------------------------------------------------------------- Ethiopia (Reuters, 2023-12-02, Sat)
A = "ethiopia_shirka_reuters"
OLA = ["OLA", "Oromo Liberation Army", "OLF-Shene", "Unidentified Armed Group (Ethiopia)"]
ARSI = ["Arsi Zone", "Arsi"]
ev("shirka-villages-nov24", A, "2023-11-24", "2023-11-24", "2023-11-24", VAC, ["Attack"], OLA, CIV_ET, ET, OROMIA,
   ARSI, 28,
   evidence="Seventeen people were killed on Nov. 24 when attackers raided one village and 11 were killed on the same "
            "day in a second village (two unnamed villages, same admin1 and day -> one row, 17 + 11)")
ev("shirka-village-nov27", A, "2023-11-27", "2023-11-27", "2023-11-27", VAC, ["Attack"], OLA, CIV_ET, ET, OROMIA,
   ARSI, 8,
   evidence="Another eight people, including two babies, were killed on Monday in an attack on a third village")
ev("fincha-sugar-factory-clash", A, "2023-11-20", "2023-11-20", "2023-11-20", BAT, ["Armed clash"],
   ENDF + OLA, OLA + ENDF, ET, OROMIA, (), 4,
   evidence="On Nov. 20, four civilians were killed in crossfire when government forces and OLA fighters clashed "
            "around the Fincha sugar factory in the Sulula Fincha district of Horo Guduru Wollega zone")

# ---------------------------------------------------------------- Ethiopia (Addis Standard, 2024-02-22, Thu)
A = "ethiopia_sasit_addisstandard"
N_SHEWA = ["North Shewa Zone", "North Shewa", "Semen Shewa", "North Shewa Zone (Amhara)", "North Shewa (AM)"]
FANO = ["Fano", "Fano Militia", "Amhara Ethnic Militia (Ethiopia)"]
ev("sasit-truck-drone-strike", A, "2024-02-19", "2024-02-19", "2024-02-19", EXP, ["Air/drone strike"],
   ENDF, CIV_ET, ET, AMHARA, N_SHEWA, 30,
   evidence="a drone strike in the Mojana Wedera district of North Shewa zone ... killed at least 30 people ... on "
            "Monday, 19 February 2024, at a place called Fela Megentiya ... hit an Isuzu truck")
ev("embuhyber-fano-endf-clashes", A, "2024-02-19", "2024-02-18", "2024-02-19", BAT, ["Armed clash"],
   FANO + ENDF, ENDF + FANO, ET, AMHARA, N_SHEWA, None, tp=2,
   evidence="confrontations between the Fano militia and the Ethiopian National Defense Force (ENDF) on 18 and 19 "
            "February in an area known as Embuhyber, roughly 20 kilometers from Sasit")

DROP = {
    "somalia_qayib_shabelle": ["Shabelle Media Network", "Home", "News", "Somalia", "Africa", "World", "Sports",
                               "Opinion", "Contact Us", "Share on Facebook", "Tweet on Twitter", "Related posts",
                               "Somalia: Government forces capture strategic town in Hiran region",
                               "Al-Shabaab fighters kill livestock traders near Mahas", "Please enter your comment!",
                               "Please enter your name here", "© Shabelle Media Network 2022. All rights reserved."],
    "somalia_baadweyne_anadolu": ["Anadolu Agency", "Türkiye", "Politics", "Economy", "World", "Africa", "Analysis",
                                  "Related news", "Somalia: Al-Shabaab attack on military base kills 4 soldiers",
                                  "Turkish-trained Somali commandos graduate in Mogadishu",
                                  "Somali army says 30 al-Shabaab terrorists killed in Lower Shabelle operation",
                                  "Anadolu Agency website contains only a portion of the news stories offered to "
                                  "subscribers in the AA News Broadcasting System (HAS), and in summarized form. "
                                  "Please contact us for subscription options."],
    "ethiopia_chelenko_voa": ["Skip to main content", "Accessibility links", "VOA", "Africa", "Ethiopia", "Follow Us",
                              "Print", "Share", "Related", "Ethiopian Universities Tense After Ethnic Clashes",
                              "Ethiopia's Ruling Coalition Meets Amid Unrest", "Voice of America", "© 2017 VOA News"],
    "ethiopia_debretabor_borkena": ["borkena", "Ethiopian News", "Politics", "Opinion", "Business", "Amharic", "Share",
                                    "Related Posts", "TPLF forces accused of looting aid warehouses in North Wollo",
                                    "Amhara region calls for mobilization against TPLF",
                                    "Ethiopia : Government says it will not negotiate with TPLF", "Leave a Reply",
                                    "Your email address will not be published. Required fields are marked *",
                                    "© 2021 borkena.com"],
    "ethiopia_shirka_reuters": ["Skip to main content", "World", "Business", "Markets", "Sustainability", "Legal",
                                "Breakingviews", "Technology", "Africa", "Our Standards: The Thomson Reuters Trust "
                                "Principles.", "Read Next", "Ethiopia says it will not give up on access to the sea",
                                "Tigray aid resumes after months-long suspension"],
    "ethiopia_sasit_addisstandard": ["Addis Standard", "News", "Politics", "Business", "Opinion",
                                     "In-Depth Analysis", "Addis Standard Amharic", "Afaan Oromoo", "Share this:",
                                     "Facebook", "Twitter", "Telegram", "Related",
                                     "News: Clashes between Fano, ENDF displace thousands in North Shewa",
                                     "News: Parliament extends state of emergency in Amhara region by four months"],
}
EITHER = {
    "somalia_hamarjajab_afp": ["str-bur/jj"],
    "somalia_shebeeley_xinhua": ["Source: Xinhua | 2019-01-31 19:42:10 | Editor: mingmei"],
    "somalia_qayib_shabelle": ["By SMN Staff", "November 8, 2022"],
    "somalia_baadweyne_anadolu": ["Mohammed Dhaysane | 18.08.2021", "MOGADISHU, Somalia"],
    "ethiopia_chelenko_voa": ["December 12, 2017 10:18 AM", "Salem Solomon"],
    "ethiopia_debretabor_borkena": ["August 20, 2021", "By Staff Reporter"],
    "ethiopia_shirka_reuters": ["By Dawit Endeshaw", "December 2, 2023 11:05 AM UTC Updated ago",
                                "Reporting by Dawit Endeshaw; Writing by Duncan Miriri; Editing by Giles Elgood"],
    "ethiopia_sasit_addisstandard": ["February 22, 2024"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout107; Somalia and Ethiopia, 2017-2025), "
                             "coded by CODEBOOK.md before the system was run (BLIND, session 15).",
               drop=DROP, either=EITHER)
