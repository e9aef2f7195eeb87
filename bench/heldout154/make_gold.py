"""Writes gold.json for the 154th held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout154/make_gold.py

Focus: Syria 2014-2025 — an IS gas-field takeover (2014), Nusra's killing of Druze villagers and the
Southern Front's capture of the 52nd Brigade base (2015), the bombing of east Aleppo's M10 and M2 hospitals
(2016), the IS car bomb at Sousian after the fall of al-Bab (2017), regime shelling of Jabal al-Zawiya
(2021), an IS ambush on an army bus in the Deir ez-Zor desert (2023), the fall of Hama (2024) and the
arrest of Atef Najib (2025).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

SY = "Syria"
# ---- admin1 spellings (gazetteer first)
ALEPPO = ["Aleppo", "Halab"]
IDLIB = ["Idlib", "Idleb"]
HOMS = ["Homs", "Hims"]
HAMA = ["Hama", "Hamah"]
DARAA = ["Daraa", "Dar'a", "Deraa"]
DEZ = ["Deir ez-Zor", "Dayr az Zawr", "Deir ez Zor", "Deir-ez-Zor", "Deir el-Zour", "Deir Ezzor", "Deir al-Zour"]
RAQQA = ["Ar-Raqqah", "Raqqa", "Ar Raqqah", "Al-Raqqah"]
DAM = ["Dimashq", "Damascus"]
RIF = ["Rif-dimashq", "Rif Dimashq", "Damascus Countryside", "Rural Damascus"]
LAT = ["Latakia", "Lattakia", "Al-Ladhiqiyah"]

# ---- actors
ARMY = ["Military Forces of Syria", "Military Forces of Syria (2000-2024)", "Government of Syria"]
NDF = ["National Defence Forces", "National Defense Forces", "NDF", "Pro-Government Militia (Syria)"]
NEWGOV = ["Military Forces of Syria", "Military Forces of Syria (2024-)", "Police Forces of Syria",
          "Police Forces of Syria (2024-)", "General Security", "General Security Service",
          "Public Security Forces (Syria)", "Ministry of Interior (Syria)", "Government of Syria"]
RUS = ["Military Forces of Russia"]
ISR = ["Military Forces of Israel"]
TUR = ["Military Forces of Turkey", "Military Forces of Turkiye", "Military Forces of Türkiye"]
IS = ["Islamic State", "Islamic State (Syria)", "ISIS", "ISIL", "IS", "Daesh", "Islamic State of Iraq and the Levant",
      "Islamic State of Iraq and Syria"]
NUSRA = ["Al Nusra Front", "Al Nusrah Front", "Nusra Front", "Jabhat al-Nusra", "Jabhat al Nusra", "Al-Nusra Front",
         "Al Qaeda"]
HTS = ["Hayat Tahrir al-Sham", "HTS", "Hay'at Tahrir al-Sham", "Tahrir al-Sham", "Hayat Tahrir al Sham"]
REB = ["Opposition Rebels (Syria)", "Syrian rebels", "Syrian Rebels", "Rebels (Syria)", "Syrian Opposition",
       "Syrian opposition", "Free Syrian Army", "FSA"]
SDF = ["Syrian Democratic Forces", "SDF", "QSD"]
CIV = ["Civilians (Syria)"]
UAG = ["Unidentified Armed Group (Syria)"]
PROT = ["Protesters (Syria)"]

# ---------------------------------------------------------------- AFP, 2014-07-18 (Fri)
A = "syria_shaer_afp"
ev("shaer-gas-field-overrun", A, "2014-07-17", "2014-07-16", "2014-07-17", BAT, ["Non-state actor overtakes territory"],
   IS, ARMY + NDF, SY, HOMS, (), 111,
   evidence="Islamic State jihadists have overrun ... the Shaer field ... began late Wednesday and the jihadists "
            "were in full control of the site by Thursday afternoon ... at least 90 guards and employees ... At "
            "least 21 jihadists were also killed (90 + 21; the executions of captives are inside the 90)")
ev("shaer-executions", A, "2014-07-17", "2014-07-16", "2014-07-17", VAC, ["Attack"], IS, CIV + NDF + ARMY, SY, HOMS,
   (), None, req=False,
   evidence="Some of them were killed in the fighting and others were executed after they were captured (no split "
            "given; a coder may add a separate Attack row)")
ev("shaer-regime-air-raids", A, "2014-07-18", "2014-07-18", "2014-07-18", EXP, ["Air/drone strike"], ARMY, IS + [""],
   SY, HOMS, (), None,
   evidence="Regime warplanes carried out at least 10 air raids around the field on Friday morning ... without "
            "giving a toll")
ev("masaken-hanano-barrel-bombs", A, "2014-07-17", "2014-07-17", "2014-07-17", EXP, ["Air/drone strike"], ARMY,
   CIV + [""], SY, ALEPPO, (), 7,
   evidence="Elsewhere on Thursday, regime helicopters dropped barrel bombs on the rebel-held district of Masaken "
            "Hanano in the northern city of Aleppo, killing at least seven people including two children")
ev("bab-sharqi-mortar", A, "2014-07-16", "2014-07-16", "2014-07-16", EXP, ["Shelling/artillery/missile attack"],
   REB + UAG, CIV, SY, DAM, ["Damascus", "Dimashq"], 1,
   evidence="In Damascus, a mortar round fired by rebels hit the Bab Sharqi area of the Old City on Wednesday, "
            "killing a woman")
ev("al-omar-oil-field-seized", A, "2014-07-17", "2014-07-01", "2014-07-17", BAT,
   ["Non-state actor overtakes territory"], IS, REB + NUSRA + [""], SY, DEZ, (), None, req=False, tp=3,
   evidence="Al-Omar, the country's biggest, which it seized from rival rebels earlier this month (under 30 days "
            "old, but only the month is known and it is told in passing)")

# ---------------------------------------------------------------- Reuters, 2015-06-11 (Thu)
A = "syria_qalblawzeh_reuters"
ev("qalb-lawzeh-druze-killed", A, "2015-06-10", "2015-06-10", "2015-06-10", VAC, ["Attack"], NUSRA,
   CIV + ["Druze Ethnic Group (Syria)", "Druze Religious Group (Syria)"], SY, IDLIB, (), 20,
   evidence="Nusra Front shot dead at least 20 members of the Druze minority ... The killings took place on "
            "Wednesday in Qalb Lawzeh ... (a Druze politician's 23 is higher; lowest specific figure 20)")
ev("brigade-52-base-captured", A, "2015-06-09", "2015-06-09", "2015-06-09", BAT,
   ["Non-state actor overtakes territory"], ["Southern Front"] + REB, ARMY, SY, DARAA, ["Izra", "Izra'"], None,
   evidence="the Southern Front ... seized the headquarters of the army's 52nd Brigade near the town of al-Hirak "
            "... which it captured on Tuesday ... dozens of soldiers had been killed or captured (no figure)")
ev("hirak-air-strikes", A, "2015-06-10", "2015-06-10", "2015-06-10", EXP, ["Air/drone strike"], ARMY, CIV, SY,
   DARAA, ["Izra", "Izra'"], 6,
   evidence="Government aircraft struck al-Hirak and nearby villages on Wednesday, killing at least six people, "
            "including three children")

# ---------------------------------------------------------------- SAMS via ReliefWeb, 2016-09-29 (Thu; release of 28 Sep)
A = "syria_sakhour_reliefweb"
ev("m10-hospital-barrel-bombs", A, "2016-09-28", "2016-09-28", "2016-09-28", EXP, ["Air/drone strike"], ARMY + RUS,
   CIV + [""], SY, ALEPPO, (), 2,
   evidence="On Wednesday, September 28, 2016, at approximately 4:00 AM ... M10, located in the al-Sakhour "
            "neighborhood, was struck by two barrel bombs dropped from a helicopter ... Two patients ... were killed")
ev("m2-hospital-air-strikes", A, "2016-09-28", "2016-09-28", "2016-09-28", EXP, ["Air/drone strike"], ARMY + RUS,
   CIV + [""], SY, ALEPPO, (), 0, req=False,
   evidence="A few hours later, the M2 hospital, a few kilometers away in the al-Shaar neighborhood, was hit by "
            "several air strikes ... No one was killed (a coder may fold it into the M10 row: same city, day, type)")
ev("urum-al-kubra-convoy-strike", A, "2016-09-19", "2016-09-19", "2016-09-19", EXP, ["Air/drone strike"],
   ARMY + RUS + UAG, CIV + ["Syrian Arab Red Crescent", "United Nations", ""], SY, ALEPPO, (), 20,
   evidence="the strike on the night of September 19 on a joint United Nations and Syrian Arab Red Crescent aid "
            "convoy at Urum al-Kubra ... which killed about 20 civilians (10 days before: an event)")

# ---------------------------------------------------------------- Al Jazeera, 2017-02-24 (Fri)
A = "syria_sousian_aljazeera"
EUPH = REB + TUR + ["Euphrates Shield", "Turkish-backed Syrian rebels", "Turkish-backed forces", "Syrian National Army",
                    "SNA", "Sultan Murad Division", "Sultan Murad Brigade"]
ev("sousian-suicide-car-bomb", A, "2017-02-24", "2017-02-24", "2017-02-24", EXP, ["Suicide bomb"], IS,
   CIV + REB + ["Sultan Murad Division", "Military Police (Syria)"], SY, ALEPPO, (), 43,
   evidence="The bomber struck on Friday morning in the village of Sousian, about 8km northwest of al-Bab ... The "
            "toll of 42 ... did not include the attacker ... Observatory ... 51 (lowest specific 42 + bomber = 43)")
ev("al-bab-captured", A, "2017-02-23", "2017-02-22", "2017-02-23", BAT,
   ["Non-state actor overtakes territory", "Government regains territory"], EUPH, IS, SY, ALEPPO,
   ["Al-Bab", "Al Bab"], None,
   evidence="On Thursday, Turkey's Defence Minister Fikri Isik said al-Bab had been 'taken under control' by FSA "
            "fighters backed by Turkish troops ... last ISIL fighters withdrew from al-Bab early on Thursday after a "
            "night of street fighting (no toll)")
ev("qabasin-entered", A, "2017-02-24", "2017-02-24", "2017-02-24", BAT,
   ["Non-state actor overtakes territory", "Government regains territory"], EUPH, IS + [""], SY, ALEPPO,
   ["Manbij", "Al-Bab", "Al Bab"], 0,
   evidence="By Friday afternoon, rebels said they had entered both Qabasin and Bizaa without a fight after ISIL "
            "abandoned them as well")
ev("bizaa-entered", A, "2017-02-24", "2017-02-24", "2017-02-24", BAT,
   ["Non-state actor overtakes territory", "Government regains territory"], EUPH, IS + [""], SY, ALEPPO,
   ["Al-Bab", "Al Bab"], 0,
   evidence="rebels said they had entered both Qabasin and Bizaa without a fight (second named place: its own row)")

# ---------------------------------------------------------------- Enab Baladi, 2021-06-12 (Sat)
A = "syria_iblin_enabbaladi"
FATH = ["Al-Fateh al-Mubin Operations Room", "Fateh al-Mubin Operations Room", "al-Fateh al-Mubin",
        "Al-Fath al-Mubin Operations Room", "National Front for Liberation", "NFL"] + HTS + REB
ev("iblin-shelling", A, "2021-06-10", "2021-06-10", "2021-06-10", EXP, ["Shelling/artillery/missile attack"], ARMY,
   CIV + ["Syrian Civil Defence", "White Helmets"], SY, IDLIB, (), 8,
   evidence="Eight people, among them a volunteer of the Syrian Civil Defence and three children, were killed on "
            "Thursday, 10 June, when Syrian regime forces shelled the village of Iblin (the strike on rescuers is "
            "the same event)")
ev("ruwayha-russian-raids", A, "2021-06-10", "2021-06-10", "2021-06-10", EXP, ["Air/drone strike"], RUS,
   [""] + CIV + HTS + REB, SY, IDLIB, (), 0,
   evidence="On the same day, Russian warplanes carried out four air raids on the outskirts of the village of "
            "al-Ruwayha ... No casualties were recorded")
ev("hazarin-retaliatory-shelling", A, "2021-06-10", "2021-06-10", "2021-06-10", EXP,
   ["Shelling/artillery/missile attack"], FATH, ARMY, SY, IDLIB, (), None,
   evidence="the 'al-Fateh al-Mubin' operations room ... targeted regime positions in the town of Hazarin ... on "
            "Thursday evening ... killed three regime soldiers, a figure Enab Baladi could not independently verify")
ev("ihsim-protest", A, "2021-06-11", "2021-06-11", "2021-06-11", PRO, ["Peaceful protest"], PROT, [""], SY, IDLIB,
   ["Ariha"], 0,
   evidence="On Friday, 11 June, dozens of people demonstrated in the town of Ihsim ... condemning the regime and "
            "Russian bombardment")

# ---------------------------------------------------------------- Xinhua, 2023-08-11 (Fri)
A = "syria_mayadin_xinhua"
ev("mayadin-army-bus-ambush", A, "2023-08-10", "2023-08-10", "2023-08-10", BAT, ["Armed clash"], IS, ARMY, SY, DEZ,
   ["Mayadin", "Al-Mayadin", "Al Mayadin"], 23,
   evidence="At least 23 Syrian soldiers were killed ... late Thursday when Islamic State (IS) militants ambushed a "
            "military bus ... on the desert road east of the town of al-Mayadin ... then fought the troops who came "
            "to its aid")
ev("badia-air-strikes", A, "2023-08-11", "2023-08-11", "2023-08-11", EXP, ["Air/drone strike"], ARMY + RUS, IS,
   SY, DEZ + HOMS + RAQQA + [""], (), None, req=False,
   evidence="On Friday, Syrian and Russian warplanes carried out dozens of airstrikes on suspected IS hideouts in "
            "the vast desert stretching between the provinces of Deir al-Zour, Homs and Raqqa (no single place)")
ev("maadan-landmine", A, "2023-08-09", "2023-08-09", "2023-08-09", EXP, ["Remote explosive/landmine/IED"], IS + UAG,
   CIV, SY, RAQQA, (), 2,
   evidence="On Wednesday, two shepherds were killed when a landmine believed to have been planted by IS exploded "
            "near the town of Maadan in the eastern countryside of Raqqa province")
ev("damascus-israeli-strikes", A, "2023-08-07", "2023-08-07", "2023-08-07", EXP,
   ["Air/drone strike", "Shelling/artillery/missile attack"], ISR, ARMY, SY, DAM + RIF, (), 4,
   evidence="four Syrian soldiers were killed ... early on Monday when Israel launched missile strikes on positions "
            "in the vicinity of Damascus (4 days before)")

# ---------------------------------------------------------------- AP, 2024-12-06 (Fri)
A = "syria_hama_ap"
INS = HTS + REB + ["Military Operations Command", "Department of Military Operations", "Syrian National Army"]
ev("hama-captured", A, "2024-12-05", "2024-12-05", "2024-12-05", BAT, ["Non-state actor overtakes territory"], INS,
   ARMY, SY, HAMA, ["Hama"], None,
   evidence="a day after they seized Hama ... The capture of Hama on Thursday ... army ... 'redeployed and taken up "
            "positions outside the city' (prison break folded in; no toll)")
ev("zayn-al-abidin-fighting", A, "2024-12-04", "2024-12-04", "2024-12-04", BAT, ["Armed clash"], INS + ARMY,
   ARMY + INS, SY, HAMA, ["Hama"], None,
   evidence="Most of the fighting this week took place around Jabal Zayn al-Abidin ... dozens of fighters on both "
            "sides were killed in battles there on Wednesday ('dozens' -> unscored)")
ev("qamhana-fighting", A, "2024-12-04", "2024-12-04", "2024-12-04", BAT, ["Armed clash"], INS + ARMY, ARMY + INS, SY,
   HAMA, ["Hama"], None, req=False,
   evidence="... and the nearby town of Qamhana (second named place in the same sentence; a coder may fold it into "
            "the Zayn al-Abidin row)")
ev("rastan-bridge-strike", A, "2024-12-06", "2024-12-06", "2024-12-06", EXP, ["Air/drone strike"], ARMY + RUS,
   CIV + [""], SY, HOMS, ["Al-Rastan", "Ar-Rastan", "Rastan"], 4,
   evidence="On Friday, Russian and Syrian warplanes struck a bridge on the main highway near the town of Rastan "
            "... Local activists said four civilians in a passing car were killed")
ev("deir-ez-zor-sdf-move-in", A, "2024-12-06", "2024-12-06", "2024-12-06", BAT,
   ["Non-state actor overtakes territory"], SDF, ARMY + ["Iranian-backed militias", "Iran-backed militias", ""], SY,
   DEZ, ["Deir ez-Zor", "Deir ez Zor", "Dayr az Zawr"], 0,
   evidence="the ... Syrian Democratic Forces said they moved into the city of Deir ez-Zor on Friday after "
            "government troops and Iranian-backed militias withdrew ... without a fight")
ev("daraa-checkpoints-seized", A, "2024-12-06", "2024-12-06", "2024-12-06", BAT,
   ["Non-state actor overtakes territory"], ["Local Fighters (Syria)", "Local fighters", "Southern Operations Room"]
   + REB + UAG, ARMY, SY, DARAA, (), None, req=False,
   evidence="In the south, local armed groups said they had seized several army checkpoints in the countryside of "
            "Daraa province on Friday (no named place)")
ev("aleppo-seized-last-week", A, "2024-11-30", "2024-11-29", "2024-11-30", BAT,
   ["Non-state actor overtakes territory"], INS, ARMY, SY, ALEPPO, (), None, req=False, tp=2,
   evidence="a week after the insurgents, led by ... HTS, seized most of Aleppo (told in passing, 6-7 days old)")

# ---------------------------------------------------------------- The National, 2025-02-01 (Sat)
A = "syria_latakia_thenational"
OLD = ["Former Regime Loyalists", "Assad loyalists", "Military Forces of Syria (2000-2024)",
       "Former Military Forces of Syria"]
ev("atef-najib-arrested", A, "2025-01-31", "2025-01-31", "2025-01-31", STR, ["Arrests"], NEWGOV,
   ["Atef Najib"] + OLD + CIV + ["Government of Syria (2000-2024)", ""], SY, LAT, (), 0,
   evidence="Syria's new authorities on Friday arrested Atef Najib ... forces of the General Security Service "
            "arrested Najib 'after a precise security operation' in Latakia province")
ev("daraa-omari-mosque-gathering", A, "2025-01-31", "2025-01-31", "2025-01-31", PRO, ["Peaceful protest"], PROT,
   [""], SY, DARAA, ["Daraa", "Dar'a"], 0, req=False,
   evidence="By Friday evening, hundreds of people had gathered in the square outside the Omari Mosque in Deraa city, "
            "waving the flag of the revolution and chanting slogans against the former regime (a celebration)")
ev("haffah-patrol-ambush", A, "2025-01-30", "2025-01-30", "2025-01-30", BAT, ["Armed clash"], UAG + OLD, NEWGOV, SY,
   LAT, ["Al-Haffah", "Al Haffah", "Haffah"], 2,
   evidence="On Thursday, gunmen ambushed a General Security patrol near Al Haffah ... killing two of its members "
            "before escaping into the forests")
ev("inkhil-former-officer-killed", A, "2025-01-30", "2025-01-30", "2025-01-30", VAC, ["Attack"], UAG,
   CIV + OLD, SY, DARAA, ["Al-Sanamayn", "As Sanamayn"], 1,
   evidence="unidentified gunmen shot dead a former officer of the Air Force Intelligence Directorate in the town of "
            "Inkhil on Thursday")
ev("sharaa-named-president", A, "2025-01-29", "2025-01-29", "2025-01-29", STR, ["Change to group/activity"],
   NEWGOV + HTS + ["Ahmad al-Sharaa", "Syrian transitional government"], [""] + OLD, SY, DAM + RIF, (), 0,
   req=False,
   evidence="Ahmad Al Shara ... was named president for a transitional period at a meeting of armed factions in "
            "Damascus on Wednesday (leadership change; most coders would treat it as a statement)")

DROP = {
    "syria_qalblawzeh_reuters": ["Skip to main content", "World", "Business", "Markets", "Breakingviews",
                                 "Middle East", "Read Next", "Iraq says Ramadi counteroffensive to begin within days",
                                 "Syrian Kurds advance on Islamic State border town",
                                 "Our Standards: The Thomson Reuters Trust Principles."],
    "syria_sakhour_reliefweb": ["ReliefWeb", "Updates", "Countries", "Organizations", "Disasters", "Jobs", "Training",
                                "Related Content",
                                "Syria: Flash Update on the situation in Aleppo City, 28 September 2016",
                                "Syrian Arab Republic: Aleppo Situation Report No. 2", "Share", "Facebook",
                                "Twitter", "Email"],
    "syria_sousian_aljazeera": ["Skip links", "Skip to Content", "Navigation menu", "News", "Middle East", "Africa",
                                "Asia", "Features", "Opinion", "Video", "Read more",
                                "Turkey-backed rebels enter al-Bab city centre",
                                "Syria talks resume in Geneva amid low expectations", "Share", "Facebook", "Twitter",
                                "Whatsapp"],
    "syria_iblin_enabbaladi": ["Enab Baladi", "News", "Reports", "Economy", "Society", "Opinion", "English", "Tags",
                               "Civil Defense", "Idlib", "Jabal al-Zawiya", "shelling", "Share", "Facebook", "Twitter",
                               "Related", "Russian jets strike Idlib countryside after weeks of calm",
                               "Civil Defence: 11 volunteers killed in 2020"],
    "syria_hama_ap": ["AP NEWS", "World", "U.S.", "Politics", "Sports", "Entertainment", "Business",
                      "Copyright 2024 The Associated Press. All Rights Reserved."],
    "syria_latakia_thenational": ["Skip to main content", "UAE", "Gulf", "MENA", "World", "Business", "Opinion",
                                  "Podcasts", "Most popular",
                                  "Israeli troops remain in Syria's buffer zone as Sharaa meets Qatari emir",
                                  "Syrian refugees in Lebanon weigh the long road home",
                                  "Copyright © 2025 The National"],
}
EITHER = {
    "syria_shaer_afp": ["ser/hc/kir"],
    "syria_qalblawzeh_reuters": ["By Tom Hadid and Sami Aboud", "June 11, 2015 2:47 PM UTC Updated ago",
                                 "Reporting by Tom Hadid in Beirut and Sami Aboud in Amman; Editing by Richard "
                                 "Balmforth"],
    "syria_sakhour_reliefweb": ["Syrian Arab Republic", "News and Press Release", "Source: SAMS", "Posted: 29 Sep 2016",
                                "Originally published: 28 Sep 2016",
                                "For media inquiries, please contact: media@sams-usa.net"],
    "syria_sousian_aljazeera": ["24 Feb 2017", "Source: Al Jazeera and news agencies"],
    "syria_iblin_enabbaladi": ["Enab Baladi - Idlib", "12/06/2021"],
    "syria_mayadin_xinhua": ["Source: Xinhua| 2023-08-11 19:06:41|Editor: huaxia"],
    "syria_hama_ap": ["By NADIM KHALIL and ROULA HAMDAN", "Updated 4:31 PM GMT+1, December 6, 2024", "___",
                      "Associated Press writer Omar Saleh in Damascus, Syria, contributed to this report."],
    "syria_latakia_thenational": ["Nada Maher", "Feb 01, 2025", "Updated: February 01, 2025, 9:14 AM"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout154; Syria 2014-2025), coded by "
                             "CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
