"""Writes gold.json for the 265th held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 37).

    python bench/heldout265/make_gold.py

Topic: Syria 2014-2017 — regime air raids on IS-held Raqqa, IS suicide attacks on Kobani, the IS massacre and mass
abduction in Deir ez-Zor's Baghiliyeh, the SDF capture of al-Shaddadi and Turkish shelling north of Aleppo, rebel
rockets on an Aleppo maternity hospital, the IS truck bomb in the border city of Qamishli and the Tokhar coalition
strike, and the air raids on Armanaz in the Idlib "de-escalation" zone.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

SY = "Syria"
SAA = ["Military Forces of Syria", "Syrian Arab Army", "Syrian regime forces", "Syrian Air Force"]
RUS = ["Military Forces of Russia", "Russian Air Force", "Russian Aerospace Forces"]
IS = ["Islamic State", "ISIS", "ISIL", "Daesh", "IS"]
CIV = ["Civilians (Syria)"]
KURD = ["YPG", "People's Protection Units", "YPG: People's Protection Units", "SDF", "Syrian Democratic Forces",
        "Kurdish forces", "Kurdish militia"]
USA = ["Military Forces of United States", "Military Forces of the United States", "US-led coalition",
       "Coalition Forces", "CJTF-OIR", "Global Coalition Against Daesh", "International Coalition"]
TUR = ["Military Forces of Turkey", "Turkish Armed Forces", "Turkish army"]
REB = ["Opposition Rebels (Syria)", "Rebels (Syria)", "Islamist Rebels (Syria)", "Free Syrian Army", "FSA",
       "Syrian Opposition", "Jaysh al-Fatah", "Jabhat al-Nusra", "Nusra Front", "Ahrar al-Sham"]
HTS = ["Hayat Tahrir al-Sham", "HTS", "Tahrir al-Sham", "Hayat Tahrir al Sham"] + REB
RAQ = ["Ar-Raqqah", "Raqqa", "Ar Raqqah", "Al-Raqqah", "Raqqah"]
DEZ = ["Deir ez-Zor", "Deir ez Zor", "Deir Ezzor", "Dayr az Zawr", "Deir al-Zour", "Deir el-Zor"]
ALP = ["Aleppo", "Halab"]
HAS = ["Al-Hasakah", "Hasakah", "Al Hasakah", "Hasakeh"]
IDL = ["Idlib", "Idleb"]
HAMA = ["Hama", "Hamah"]
KOB2 = ["Ayn al-Arab", "Ain al-Arab", "Ayn al Arab", "Ain Al Arab", "Kobani", "Kobane"]

# ---------------------------------------------------------------- Raqqa (The New Arab, 2014-11-26, Wed)
A = "syria_raqqa_newarab"
ev("raqqa-regime-air-raids", A, "2014-11-25", "2014-11-25", "2014-11-25", EXP, ["Air/drone strike"],
   SAA, CIV + IS + [""], SY, RAQ, ["Ar-Raqqah", "Raqqa", "Ar Raqqah"], 95,
   evidence="At least 95 people, more than half of them civilians, were killed when Syrian regime warplanes carried "
            "out a string of raids on Raqqa ... Tuesday's bombardment (63 late on Tuesday was the earlier count of "
            "the same monitor; RBSS 'higher than one hundred' is not specific)")
ev("raqqa-division17-raids", A, "2014-11-26", "2014-11-26", "2014-11-26", EXP, ["Air/drone strike"],
   SAA, IS + CIV + [""], SY, RAQ, ["Ar-Raqqah", "Raqqa", "Ar Raqqah"], None,
   evidence="The warplanes returned on Wednesday morning, striking the outskirts of the city near the former "
            "Division 17 army base to the north ... no immediate word on casualties")
ev("mayadin-stoning", A, "2014-11-25", "2014-11-25", "2014-11-25", VAC, ["Attack"],
   IS, CIV, SY, DEZ, ["Mayadin", "Al Mayadin", "Al-Mayadin", "Mayadeen"], 2,
   evidence="Islamic State militants stoned two men to death in the town of Mayadeen on Tuesday after accusing them "
            "of homosexuality")

# ---------------------------------------------------------------- Kobani (Reuters, 2014-11-30, Sun)
A = "syria_kobani_reuters"
ev("kobani-border-post-suicide-bombs", A, "2014-11-29", "2014-11-29", "2014-11-29", EXP, ["Suicide bomb"],
   IS, KURD + [""], SY, ALP, KOB2, None,
   evidence="setting off a suicide car bomb at the frontier crossing at dawn ... an armoured vehicle packed with "
            "explosives into the Mursitpinar crossing on the Syrian side ... A second bomber detonated an explosives "
            "vest in the same area")
ev("kobani-southwest-suicide-bombs", A, "2014-11-29", "2014-11-29", "2014-11-29", EXP, ["Suicide bomb"],
   IS, KURD + [""], SY, ALP, KOB2, None, req=False,
   evidence="two more suicide attacks hit Kurdish positions on the southwestern edge of the town (same town, day, "
            "type and actors as the border-post bombings; may be merged)")
ev("kobani-clashes", A, "2014-11-29", "2014-11-29", "2014-11-29", BAT, ["Armed clash"],
   IS + KURD, KURD + IS, SY, ALP, KOB2, 30,
   evidence="At least 30 people were killed in heavy fighting across the town on Saturday ... On Sunday the "
            "Observatory said the toll from the previous 24 hours had risen to 39 (lowest specific figure kept)")
ev("kobani-coalition-strikes", A, "2014-11-29", "2014-11-28", "2014-11-29", EXP, ["Air/drone strike"],
   USA, IS, SY, ALP, KOB2, None, tp=2,
   evidence="coalition aircraft had carried out five air strikes near Kobani on Friday and Saturday, destroying "
            "several Islamic State fighting positions and a staging area")

# ---------------------------------------------------------------- Deir ez-Zor (BBC, 2016-01-17, Sun)
A = "syria_deirezzor_bbc"
ev("baghiliyeh-overrun", A, "2016-01-16", "2016-01-16", "2016-01-16", BAT,
   ["Non-state actor overtakes territory", "Armed clash"], IS, SAA + [""], SY, DEZ, (), 92,
   evidence="The jihadists stormed the Baghiliyeh district ... on Saturday ... by the evening the district was in IS "
            "hands ... 50 were soldiers and members of allied militias ... At least 42 IS fighters were also killed")
ev("baghiliyeh-massacre", A, "2016-01-16", "2016-01-16", "2016-01-16", VAC, ["Attack"],
   IS, CIV, SY, DEZ, (), 85,
   evidence="Of those, 85 were civilians ... Many of the victims were shot or beheaded ... Sana ... about 300 "
            "civilians ... massacred (lowest specific figure kept)")
ev("baghiliyeh-abductions", A, "2016-01-16", "2016-01-16", "2016-01-17", VAC, ["Abduction/forced disappearance"],
   IS, CIV, SY, DEZ, (), 0,
   evidence="after the attack the militants had seized at least 400 residents of Baghiliyeh and adjacent "
            "neighbourhoods and taken them to areas they control west of the city")
ev("baghiliyeh-suicide-bombers", A, "2016-01-16", "2016-01-16", "2016-01-16", EXP, ["Suicide bomb"],
   IS, SAA, SY, DEZ, (), None, req=False,
   evidence="the offensive began when six suicide bombers tried to break into army positions on the edge of the "
            "suburb but were stopped (opening of the same assault; may be folded into the takeover)")
ev("baghiliyeh-counter-strikes", A, "2016-01-17", "2016-01-17", "2016-01-17", EXP, ["Air/drone strike"],
   RUS + SAA, IS, SY, DEZ, (), None,
   evidence="Russian and Syrian warplanes pounded IS positions around Baghiliyeh and the nearby Thardeh mountain on "
            "Sunday ... no word on casualties")
ev("al-bab-clashes", A, "2016-01-16", "2016-01-16", "2016-01-16", BAT, ["Armed clash"],
   SAA + IS, IS + SAA, SY, ALP, ["Al-Bab", "Al Bab"], 16,
   evidence="government forces backed by Russian air strikes fought IS militants near the town of al-Bab ... on "
            "Saturday ... at least 16 militants were killed in clashes around villages some 10km south of the town")
ev("kweiris-al-bab-russian-strikes", A, "2016-01-16", "2016-01-16", "2016-01-16", EXP, ["Air/drone strike"],
   RUS, IS, SY, ALP, ["Al-Bab", "Al Bab"], None,
   evidence="while Russian jets struck IS positions between the Kweiris air base and al-Bab")

# ---------------------------------------------------------------- al-Shaddadi (Rudaw, 2016-02-20, Sat)
A = "syria_shaddadi_rudaw"
ev("shaddadi-captured", A, "2016-02-19", "2016-02-19", "2016-02-19", BAT, ["Non-state actor overtakes territory"],
   KURD, IS, SY, HAS, (), None,
   evidence="Fighters of the Syrian Democratic Forces (SDF) took full control of the town of al-Shaddadi ... on "
            "Friday, dislodging the Islamic State ('dozens of bodies' is no figure)")
ev("jabsa-oilfield-captured", A, "2016-02-19", "2016-02-19", "2016-02-19", BAT, ["Non-state actor overtakes territory"],
   KURD, IS + [""], SY, HAS, (), None,
   evidence="On the same day SDF units took the Jabsa oil field, some 12 kilometres east of the town")
ev("shaddadi-coalition-strikes", A, "2016-02-18", "2016-02-18", "2016-02-18", EXP, ["Air/drone strike"],
   USA, IS, SY, HAS, (), None,
   evidence="its aircraft had conducted four strikes near al-Shaddadi on Thursday, hitting ISIS tactical units")
ev("shaddadi-offensive-fighting", A, "2016-02-19", "2016-02-16", "2016-02-19", BAT, ["Armed clash"],
   KURD + IS, IS + KURD, SY, HAS, (), None, req=False, tp=2,
   evidence="The offensive ... was launched on Tuesday from two directions ... the SDF had taken many more villages "
            "(week of unnamed villages; optional)")
ev("tal-rifaat-turkish-shelling", A, "2016-02-19", "2016-02-19", "2016-02-19", EXP,
   ["Shelling/artillery/missile attack"], TUR, KURD, SY, ALP, ["Azaz", "A'zaz", "Aazaz", "I'zaz"], None,
   evidence="shells fell again on Tal Rifaat on Friday, the Observatory said")
ev("menagh-turkish-shelling-week", A, "2016-02-19", "2016-02-13", "2016-02-19", EXP,
   ["Shelling/artillery/missile attack"], TUR, KURD, SY, ALP, ["Azaz", "A'zaz", "Aazaz", "I'zaz"], None,
   req=False, tp=2,
   evidence="Turkish artillery has pounded positions of the YPG ... around the Menagh air base and the town of Tal "
            "Rifaat every day since last Saturday")
ev("menagh-airbase-captured", A, "2016-02-10", "2016-02-10", "2016-02-10", BAT, ["Non-state actor overtakes territory"],
   KURD, REB + [""], SY, ALP, ["Azaz", "A'zaz", "Aazaz", "I'zaz"], None,
   evidence="The YPG and its Arab allies captured Menagh from Syrian rebels on February 10 (10 days before "
            "publication: inside the window)")

# ---------------------------------------------------------------- Aleppo (AP, 2016-05-04, Wed)
A = "syria_aleppo_ap"
ALP2 = ["Jebel Saman", "Mount Simeon", "Jabal Saman", "Aleppo", ""]
ev("west-aleppo-rebel-shelling", A, "2016-05-03", "2016-05-03", "2016-05-03", EXP,
   ["Shelling/artillery/missile attack"], REB, CIV + SAA + [""], SY, ALP, ALP2, 16,
   evidence="Rockets fired by insurgents slammed into a maternity hospital ... killing three women ... rebel shells "
            "and rockets killed at least 16 people in the western neighborhoods on Tuesday, including the women at "
            "the hospital ... SANA put the number of dead at 19")
ev("dabeet-hospital-only", A, "2016-05-03", "2016-05-03", "2016-05-03", EXP,
   ["Shelling/artillery/missile attack"], REB, CIV + [""], SY, ALP, ALP2, 3, req=False,
   evidence="The rockets hit al-Dabeet hospital in the Muhafaza district ... killing three women (the hospital "
            "strike split out of the day's shelling)")
ev("east-aleppo-air-strikes", A, "2016-05-03", "2016-05-03", "2016-05-03", EXP, ["Air/drone strike"],
   SAA, REB + CIV + [""], SY, ALP, ALP2, None,
   evidence="Government aircraft carried out at least three air strikes on rebel-held eastern districts ... no "
            "confirmed figure")
ev("al-quds-hospital-strike", A, "2016-04-27", "2016-04-27", "2016-04-28", EXP, ["Air/drone strike"],
   SAA + RUS, CIV, SY, ALP, ALP2, 50,
   evidence="Late last Wednesday, air strikes destroyed the al-Quds hospital in the rebel-held Sukkari district, "
            "killing at least 50 people (MSF's 14 staff and patients are a subset)")
ev("bustan-al-qasr-clinic-barrels", A, "2016-05-01", "2016-04-30", "2016-05-01", EXP, ["Air/drone strike"],
   SAA, CIV + REB + [""], SY, ALP, ALP2, 0, req=False, tp=2,
   evidence="Over the weekend, a clinic in the rebel-held Bustan al-Qasr neighborhood was knocked out of service "
            "after barrel bombs dropped by helicopters fell nearby ... Nobody was reported killed")
ev("regime-of-calm", A, "2016-04-29", "2016-04-27", "2016-04-30", STR, ["Agreement"],
   SAA + ["Government of Syria"], REB + [""], SY,
   ["Rif-dimashq", "Rif Dimashq", "Damascus Countryside", "Rural Damascus", "Lattakia", "Latakia"], (), 0,
   req=False, tp=2,
   evidence="A 'regime of calm' announced by the Syrian military late last week for the Damascus suburbs and the "
            "coastal province of Latakia (unilateral; optional)")

# ---------------------------------------------------------------- Qamishli (The National, 2016-07-28, Thu)
A = "syria_qamishli_thenational"
ASAY = ["Asayish", "Kurdish Asayish", "Kurdish Internal Security Forces", "Asayish: Kurdish Internal Security"]
ev("qamishli-truck-bomb", A, "2016-07-27", "2016-07-27", "2016-07-27", EXP, ["Suicide bomb"],
   IS, ASAY + CIV + KURD, SY, HAS, ["Al-Qamishli", "Qamishli", "Al Qamishli", "Qamishly"], 44,
   evidence="An Islamic State suicide bomber drove a truck packed with explosives into a Kurdish security compound "
            "... on Wednesday morning, killing at least 44 ... The Kurdish Red Crescent said 50")
ev("qamishli-motorcycle-bomb", A, "2016-07-27", "2016-07-27", "2016-07-27", EXP, ["Remote explosive/landmine/IED"],
   IS + ["Unidentified Armed Group (Syria)"], CIV + ASAY + [""], SY, HAS,
   ["Al-Qamishli", "Qamishli", "Al Qamishli", "Qamishly"], None, req=False,
   evidence="a motorcycle rigged with explosives was detonated in the same area minutes after the truck ... Kurdish "
            "officials said the second explosion was a gas tank (disputed)")
ev("manbij-street-fighting", A, "2016-07-27", "2016-07-27", "2016-07-27", BAT, ["Armed clash"],
   KURD + ["Manbij Military Council"] + IS, IS + KURD, SY, ALP, ["Manbij"], None,
   evidence="On Wednesday, SDF fighters pushed deeper into the city's western neighbourhoods amid heavy street "
            "fighting")
ev("tokhar-coalition-strike", A, "2016-07-19", "2016-07-19", "2016-07-19", EXP, ["Air/drone strike"],
   USA, CIV, SY, ALP, ["Manbij"], 56,
   evidence="On July 19, coalition air strikes hit the village of Tokhar, north of Manbij, killing at least 56 "
            "civilians ... activists said the toll was higher than 80")

# ---------------------------------------------------------------- Armanaz (AFP, 2017-09-30, Sat)
A = "syria_armanaz_afp"
ev("armanaz-air-strikes", A, "2017-09-29", "2017-09-29", "2017-09-30", EXP, ["Air/drone strike"],
   SAA + RUS, CIV, SY, IDL, (), 28,
   evidence="Air strikes on a town ... killed at least 28 civilians overnight, including four children ... The raids "
            "hit residential neighbourhoods of Armanaz ... late on Friday")
ev("north-hama-hts-offensive", A, "2017-09-19", "2017-09-19", "2017-09-19", BAT, ["Armed clash"],
   HTS + SAA + RUS, SAA + RUS + HTS, SY, HAMA, (), None,
   evidence="since September 19, when HTS and allied rebels launched an offensive against regime positions in the "
            "north of neighbouring Hama province (11 days before publication)")
ev("qalaat-al-madiq-strikes", A, "2017-09-21", "2017-09-19", "2017-09-21", EXP, ["Air/drone strike"],
   SAA + RUS, CIV, SY, HAMA, (), 9, tp=2,
   evidence="In the first days of the escalation, raids on the town of Qalaat al-Madiq in Hama killed nine civilians")
ev("khan-sheikhun-strikes", A, "2017-09-21", "2017-09-19", "2017-09-21", EXP, ["Air/drone strike"],
   SAA + RUS, CIV, SY, IDL, (), 4, tp=2,
   evidence="Strikes on Khan Sheikhun ... killed four members of one family (in the first days of the escalation)")
ev("muhradah-rebel-shelling", A, "2017-09-21", "2017-09-19", "2017-09-21", EXP,
   ["Shelling/artillery/missile attack"], HTS, SAA + CIV + [""], SY, HAMA, (), None, tp=2,
   evidence="Rebels in turn fired rockets and shells at regime-held Muhradah ... and at the nearby village of Asilah "
            "... without reporting casualties")
ev("russian-counter-strikes-hama", A, "2017-09-20", "2017-09-19", "2017-09-21", EXP, ["Air/drone strike"],
   RUS, HTS, SY, HAMA + IDL, (), None, req=False, tp=2,
   evidence="its warplanes had killed hundreds of militants in the counter-strikes (no place, no specific toll)")
ev("astana-idlib-deal", A, "2017-09-15", "2017-09-01", "2017-09-29", STR, ["Agreement"],
   RUS + TUR + ["Government of Iran", "Government of Russia", "Government of Turkey"],
   TUR + RUS + ["Government of Iran", "Government of Turkey", ""], SY, IDL, (), 0, req=False, tp=3,
   evidence="Turkey is expected to deploy observers inside the province under an agreement reached in the Kazakh "
            "capital Astana earlier this month (signed in Kazakhstan; optional)")

DROP = {
    "syria_raqqa_newarab": ["The New Arab", "Home", "News", "Politics", "Analysis", "Opinion", "Society", "Share",
                            "Facebook", "Twitter", "Email", "Read More",
                            "US-led strikes in Syria have killed over 900, monitor says",
                            "Kobane's defenders hold the line as winter sets in", "© The New Arab 2014"],
    "syria_deirezzor_bbc": ["BBC", "Sign in", "News", "Sport", "Weather", "iPlayer", "Middle East",
                            "Share this page", "Facebook", "Twitter", "Email", "More on this story",
                            "Syria conflict: Russian jets drop aid on besieged Deir al-Zour",
                            "Madaya: Starving Syrians 'eating grass'"],
    "syria_shaddadi_rudaw": ["RUDAW", "Kurdistan", "Iraq", "Middle East", "World", "Opinion", "Multimedia", "A+ A-",
                             "Related", "ISIS attacks SDF near Tishrin Dam, dozens killed",
                             "Kurds say Turkish shelling killed two fighters near Azaz", "Comments"],
    "syria_qamishli_thenational": ["The National", "UAE", "World", "Business", "Opinion", "Lifestyle", "Sport",
                                   "Share", "Tweet", "Related", "Coalition under fire over Manbij civilian deaths",
                                   "Syria's Kurds announce federal system in north"],
}
EITHER = {
    "syria_raqqa_newarab": ["26 November, 2014"],
    "syria_kobani_reuters": ["By Humeyra Pamuk and Mariam Karouny",
                             "(Additional reporting by Seyhmus Cakan in Mursitpinar; Writing by Nick Tattersall; "
                             "Editing by Raissa Kasolowsky)"],
    "syria_deirezzor_bbc": ["17 January 2016"],
    "syria_shaddadi_rudaw": ["By Rudaw 20/2/2016"],
    "syria_aleppo_ap": ["By ZEINA KARAM and PHILIP ISSA", "Associated Press",
                        "Associated Press writer Bassem Mroue in Beirut contributed to this report."],
    "syria_qamishli_thenational": ["July 28, 2016"],
    "syria_armanaz_afp": ["ram-lar/tgb/jmm"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="7 hand-written held-out articles (bench/heldout265; Syria 2014-2017), coded by "
                             "CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
