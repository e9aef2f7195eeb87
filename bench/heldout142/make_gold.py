"""Writes gold.json for the 142nd held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout142/make_gold.py

Focus: Syria 2014-2025 — a school double bombing in Homs, the fall of Abu al-Duhur air base, Euphrates Shield's
capture of Dabiq, the Israeli strike on Latakia that ended with the Il-20 shoot-down, the Manbij restaurant suicide
bombing, the Russian strike on the Faylaq al-Sham camp at Jabal al-Duwayla, HTS's entry into Afrin, and the July
2025 Sweida violence with Israel's strikes on Damascus.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

SY = "Syria"
SAA = ["Military Forces of Syria"]
CIV = ["Civilians (Syria)"]
UAG = ["Unidentified Armed Group (Syria)"]
IS = ["Islamic State", "ISIS", "ISIL", "Daesh", "IS", "Islamic State (Syria)"]
US = ["Military Forces of the United States", "Military Forces of United States", "Coalition",
      "Global Coalition Against Daesh", "US-led coalition", "International Coalition",
      "Military Forces of the United States (Coalition)"]
ISR = ["Military Forces of Israel"]
RUS = ["Military Forces of Russia"]
TUR = ["Military Forces of Turkey", "Military Forces of Turkiye", "Military Forces of Türkiye"]
REB = ["Opposition Rebels (Syria)", "Syrian Opposition", "Syrian rebels", "Rebels (Syria)", "Free Syrian Army",
       "FSA"]
FSA = ["Free Syrian Army", "FSA", "Syrian National Army", "SNA", "Opposition Rebels (Syria)", "Syrian Opposition",
       "Euphrates Shield"]
NUSRA = ["Army of Conquest", "Jaish al-Fatah", "Jaish al-Fath", "Al Nusra Front", "Al-Nusra Front", "Nusra Front",
         "Jabhat al-Nusra", "Jabhat al Nusra", "Ahrar al-Sham", "Ahrar al Sham", "Al Qaeda", "Opposition Rebels (Syria)"]
SDF = ["SDF", "Syrian Democratic Forces", "Manbij Military Council", "Raqqa Internal Security Forces",
       "Internal Security Forces", "Asayish"]
NFL = ["National Front for Liberation", "NFL", "Faylaq al-Sham", "Faylaq al Sham", "Sham Legion",
       "Opposition Rebels (Syria)"]
HTS = ["Hayat Tahrir al-Sham", "HTS", "Hay'at Tahrir al-Sham", "Tahrir al-Sham", "Hayat Tahrir al Sham"]
LEGION3 = ["Third Legion", "Levant Front", "Al-Jabha al-Shamiya", "Jabhat al-Shamiya", "Al Jabha al Shamiya",
           "Syrian National Army", "SNA"]
HAMZA = ["Hamza Division", "Al-Hamza Division", "Firqat al-Hamza", "Syrian National Army", "SNA"]
DRUZE = ["Druze Militia (Syria)", "Druze Ethnic Militia (Syria)", "Druze Ethnic Group (Syria)",
         "Druze fighters", "Suwayda Military Council", "Men of Dignity", "Rijal al-Karama",
         "Unidentified Armed Group (Syria)"]
BEDOUIN = ["Bedouin Ethnic Militia (Syria)", "Bedouin Militia (Syria)", "Bedouin Tribal Militia (Syria)",
           "Arab Ethnic Militia (Syria)", "Bedouin tribes", "Unidentified Armed Group (Syria)"]

ALEPPO = ["Aleppo", "Halab"]
IDLIB = ["Idlib", "Idleb"]
HOMS = ["Homs"]
DAM = ["Dimashq", "Damascus"]
RIF = ["Rif-dimashq", "Rif Dimashq", "Damascus Countryside", "Rural Damascus"]
RAQQA = ["Ar-Raqqah", "Raqqa", "Ar Raqqah", "Al-Raqqah"]
DEZ = ["Deir ez-Zor", "Dayr az Zawr", "Deir ez Zor", "Deir-ez-Zor", "Deir el-Zour", "Deir Ezzor"]
LAT = ["Latakia", "Lattakia", "Al-Ladhiqiyah"]
HAMA = ["Hama", "Hamah"]
SWD = ["As-Suwayda", "As Suwayda", "Sweida", "Suwayda"]
DARAA = ["Daraa", "Dar'a", "Deraa"]
AZAZ = ["Azaz", "A'zaz", "Aazaz"]
ALBAB = ["Al-Bab", "Al Bab"]
AFRIN = ["Afrin"]

# ---------------------------------------------------------------- Homs (Reuters, 2014-10-02, Thu)
A = "syria_akrama_reuters"
ev("akrama-school-double-bombing", A, "2014-10-01", "2014-10-01", "2014-10-01", EXP,
   ["Remote explosive/landmine/IED", "Suicide bomb"], UAG + ["Islamic State", "Al Nusra Front"], CIV, SY, HOMS,
   ["Homs"], 32,
   evidence="a car packed with explosives and parked near the gate of the Ekremah al-Makhzoumi school in the Akrama "
            "neighbourhood, went off on Wednesday morning ... A second blast struck minutes later ... Observatory "
            "... at least 41 ... governor Talal Barazi put the toll at 32 (lowest specific figure)")
ev("akrama-second-blast-suicide", A, "2014-10-01", "2014-10-01", "2014-10-01", EXP,
   ["Suicide bomb", "Remote explosive/landmine/IED"], UAG, CIV, SY, HOMS, ["Homs"], None, req=False,
   evidence="State television said the second explosion was caused by a suicide bomber on foot; the Observatory said "
            "it was another parked device (toll not split between the blasts)")
ev("akrama-governor-protest", A, "2014-10-02", "2014-10-02", "2014-10-02", PRO, ["Peaceful protest"],
   ["Protesters (Syria)"], [""], SY, HOMS, ["Homs"], 0,
   evidence="On Thursday, hundreds of residents of Akrama and the neighbouring al-Zahra district ... marched toward "
            "the governor's office ... The march ended peacefully")
ev("mezzeh86-mortars", A, "2014-10-01", "2014-10-01", "2014-10-01", EXP, ["Shelling/artillery/missile attack"],
   REB + UAG, CIV + [""], SY, DAM, ["Damascus", "Dimashq"], 2,
   evidence="two people were killed and six wounded on Wednesday when mortar bombs fired by insurgents hit the Mezzeh "
            "86 district, state news agency SANA said")
ev("raqqa-coalition-strikes", A, "2014-10-02", "2014-10-01", "2014-10-02", EXP, ["Air/drone strike"],
   US, IS, SY, RAQQA, ["Ar-Raqqah", "Raqqa", "Ar Raqqah"], None,
   evidence="U.S.-led warplanes hit Islamic State positions around the city of Raqqa overnight, the Observatory said, "
            "without giving a toll")

# ---------------------------------------------------------------- Idlib (AFP, 2015-09-10, Thu)
A = "syria_abuduhur_afp"
ev("abu-duhur-airbase-captured", A, "2015-09-09", "2015-09-09", "2015-09-09", BAT,
   ["Non-state actor overtakes territory"], NUSRA, SAA, SY, IDLIB, (), 71,
   evidence="on Wednesday captured the Abu Duhur military airport ... at least 56 regime troops and 15 rebels were "
            "killed in the final assault (suicide vehicle bomb at the gate folded into the capture, rule 3)")
ev("abu-duhur-gate-suicide-vbied", A, "2015-09-09", "2015-09-09", "2015-09-09", EXP, ["Suicide bomb"],
   NUSRA, SAA, SY, IDLIB, (), None, req=False,
   evidence="a suicide bomber from Al-Nusra blew up an armoured vehicle packed with explosives at its western gate at "
            "dawn")
ev("abu-duhur-regime-raids", A, "2015-09-10", "2015-09-10", "2015-09-10", EXP, ["Air/drone strike"],
   SAA, NUSRA + ["", "Civilians (Syria)"], SY, IDLIB, (), None,
   evidence="On Thursday, regime warplanes carried out at least 14 raids on the air base and on the nearby village of "
            "Abu Duhur ... without immediately giving a toll")
ev("deir-ez-zor-airport-clash", A, "2015-09-09", "2015-09-09", "2015-09-10", BAT, ["Armed clash"],
   IS + SAA, SAA + IS, SY, DEZ, ["Deir ez-Zor", "Deir ez Zor", "Dayr az Zawr"], 21,
   evidence="Islamic State group fighters attacked the perimeter of the military airport in the city of Deir Ezzor "
            "late on Wednesday, sparking clashes that killed 12 soldiers and nine jihadists")

# ---------------------------------------------------------------- Aleppo countryside (Anadolu, 2016-10-17, Mon)
A = "syria_dabiq_anadolu"
ev("dabiq-captured", A, "2016-10-16", "2016-10-16", "2016-10-16", BAT, ["Non-state actor overtakes territory"],
   FSA + TUR, IS, SY, ALEPPO, AZAZ, None,
   evidence="Free Syrian Army (FSA) fighters backed by the Turkish Armed Forces on Sunday took control of the northern "
            "Syrian town of Dabiq from Daesh (1 FSA dead over 24 h around Dabiq and Soran, not split → unscored)")
ev("soran-captured", A, "2016-10-16", "2016-10-16", "2016-10-16", BAT, ["Non-state actor overtakes territory"],
   FSA + TUR, IS, SY, ALEPPO, AZAZ, None,
   evidence="The FSA also captured the village of Soran ... in the Azaz district of Aleppo province, on Sunday "
            "morning after heavy clashes")
ev("dabiq-turkish-jets", A, "2016-10-15", "2016-10-15", "2016-10-15", EXP, ["Air/drone strike"],
   TUR, IS, SY, ALEPPO, AZAZ, 11,
   evidence="On Saturday, Turkish jets destroyed seven Daesh targets ... in the villages around Dabiq ... 11 Daesh "
            "terrorists were 'neutralized'")
ev("soran-vbied-destroyed", A, "2016-10-15", "2016-10-15", "2016-10-15", STR, ["Disrupted weapons use"],
   TUR + FSA + IS, IS + TUR + FSA + [""], SY, ALEPPO, AZAZ, 0, req=False,
   evidence="a vehicle laden with explosives that Daesh militants tried to drive toward FSA positions near Soran was "
            "destroyed by Turkish tank fire before it reached its target")

# ---------------------------------------------------------------- Latakia (Times of Israel, 2018-09-18, Tue)
A = "syria_latakia_timesofisrael"
ev("latakia-israeli-strike", A, "2018-09-17", "2018-09-17", "2018-09-17", EXP,
   ["Air/drone strike", "Shelling/artillery/missile attack"], ISR, SAA + ["", "Hezbollah"], SY, LAT,
   ["Latakia", "Lattakia"], 0,
   evidence="Israeli air strike on the coastal province of Latakia late on Monday ... 'enemy missiles' had targeted the "
            "state-run Technical Industries Foundation on the outskirts of the city of Latakia ... ten people were "
            "wounded")
ev("il20-shot-down", A, "2018-09-17", "2018-09-17", "2018-09-17", EXP,
   ["Shelling/artillery/missile attack", "Air/drone strike"], SAA, RUS, SY, LAT, (), 15, req=False,
   evidence="a Russian military plane that was shot down by Syrian air defenses ... some 35 kilometers off the Syrian "
            "coast ... killing all 15 service members on board (friendly fire over the sea; a coder may code "
            "Strategic developments/Other or fold it into the strike)")
ev("damascus-airport-missiles", A, "2018-09-15", "2018-09-15", "2018-09-15", EXP,
   ["Air/drone strike", "Shelling/artillery/missile attack"], ISR + UAG, SAA + [""], SY, RIF + DAM, (), 0,
   evidence="missiles struck Damascus International Airport late on Saturday. Syrian state media ... blamed Israel, "
            "which did not comment. There were no reports of casualties")
ev("sochi-idlib-agreement", A, "2018-09-17", "2018-09-17", "2018-09-17", STR, ["Agreement"],
   RUS + TUR + ["Government of Russia", "Government of Turkey"], TUR + RUS + ["Government of Russia",
                                                                            "Government of Turkey", ""],
   SY, IDLIB + [""], (), 0, req=False,
   evidence="Putin and Erdogan, meeting in the Black Sea resort of Sochi, agreed to create a demilitarized zone ... in "
            "Syria's Idlib province (signed in Russia, outside the gazetteer)")

# ---------------------------------------------------------------- Manbij (AP, 2019-01-17, Thu)
A = "syria_manbij_ap"
ev("manbij-restaurant-suicide-bombing", A, "2019-01-16", "2019-01-16", "2019-01-16", EXP, ["Suicide bomb"],
   IS, US + SDF + CIV, SY, ALEPPO, ["Manbij"], 19,
   evidence="A suicide bomber targeted a restaurant ... in the northern Syrian town of Manbij on Wednesday ... 18 "
            "people were killed in addition to the attacker (18 + bomber = 19)")
ev("raqqa-roadside-bomb", A, "2019-01-14", "2019-01-14", "2019-01-14", EXP, ["Remote explosive/landmine/IED"],
   UAG + IS, SDF, SY, RAQQA, ["Ar-Raqqah", "Raqqa", "Ar Raqqah"], 2,
   evidence="In Raqqa, two SDF fighters were killed on Monday when a roadside bomb exploded as their vehicle passed "
            "near the city's clock tower roundabout")
ev("baghouz-airstrikes", A, "2019-01-15", "2019-01-15", "2019-01-15", EXP, ["Air/drone strike"],
   US, CIV + IS, SY, DEZ, (), 11,
   evidence="airstrikes on the village of Baghouz on Tuesday killed 11 people, including six children (coalition: "
            "will review)")
ev("deir-ez-zor-week-sdf-toll", A, "2019-01-17", "2019-01-10", "2019-01-17", BAT, ["Armed clash"],
   SDF + IS, IS + SDF, SY, DEZ, (), 23, req=False, tp=2,
   evidence="The SDF said 23 of its fighters had been killed in the fighting in the Deir el-Zour countryside over the "
            "past week (aggregate over a week, admin1 only)")

# ---------------------------------------------------------------- Idlib (Middle East Eye, 2020-10-26, Mon)
A = "syria_kafrtakharim_mee"
ev("jabal-duwayla-camp-strike", A, "2020-10-26", "2020-10-26", "2020-10-26", EXP, ["Air/drone strike"],
   RUS, NFL, SY, IDLIB, (), 78,
   evidence="Russian warplanes struck a training camp ... on Monday morning, killing at least 78 fighters ... on Jabal "
            "al-Duwayla, a hilltop near the town of Kafr Takharim in Idlib province")
ev("nfl-shelling-latakia", A, "2020-10-26", "2020-10-26", "2020-10-26", EXP, ["Shelling/artillery/missile attack"],
   NFL, SAA, SY, LAT, (), None,
   evidence="the NFL said its fighters had shelled government forces' positions in the Jabal al-Akrad area of the "
            "northern Latakia countryside ... no word on casualties")
ev("nfl-shelling-ghab", A, "2020-10-26", "2020-10-26", "2020-10-26", EXP, ["Shelling/artillery/missile attack"],
   NFL, SAA, SY, HAMA, (), None,
   evidence="... and in the al-Ghab plain in Hama province 'in retaliation'")
ev("maarat-misrin-russian-raids", A, "2020-10-26", "2020-10-26", "2020-10-26", EXP, ["Air/drone strike"],
   RUS, ["", "Civilians (Syria)"] + NFL + HTS, SY, IDLIB, (), None,
   evidence="Russian jets also carried out at least eight raids on Monday on the outskirts of the town of Maarat "
            "Misrin and near the Bab al-Hawa border crossing, without reporting casualties")
ev("bab-al-hawa-russian-raids", A, "2020-10-26", "2020-10-26", "2020-10-26", EXP, ["Air/drone strike"],
   RUS, ["", "Civilians (Syria)"] + NFL + HTS, SY, IDLIB, (), None, req=False,
   evidence="... and near the Bab al-Hawa border crossing (second named place of the same sentence)")
ev("morek-post-withdrawal", A, "2020-10-20", "2020-10-19", "2020-10-20", STR,
   ["Change to group/activity", "Headquarters or base established", "Other"], TUR, [""], SY, HAMA, (), 0, req=False,
   evidence="Turkish troops began dismantling their observation post at Morek ... convoys were seen leaving the post "
            "on 20 October")

# ---------------------------------------------------------------- Afrin (Enab Baladi, 2022-10-13, Thu)
A = "syria_afrin_enabbaladi"
ev("jinderes-taken-by-hts", A, "2022-10-11", "2022-10-11", "2022-10-11", BAT,
   ["Non-state actor overtakes territory"], HTS + HAMZA, LEGION3, SY, ALEPPO, (), None,
   evidence="A day earlier, on Tuesday, HTS fighters had taken control of the town of Jinderes ... after brief clashes "
            "with the Levant Front ... no confirmed casualties")
ev("afrin-entered-by-hts", A, "2022-10-12", "2022-10-12", "2022-10-12", BAT,
   ["Non-state actor overtakes territory"], HTS + HAMZA, LEGION3 + [""], SY, ALEPPO, AFRIN, 0,
   evidence="Fighters of Hayat Tahrir al-Sham (HTS) entered the city of Afrin ... on Wednesday, 12 October, after the "
            "'Third Legion' ... withdrew from its positions in the city without a fight")
ev("kafr-jana-clashes", A, "2022-10-13", "2022-10-12", "2022-10-13", BAT, ["Armed clash"],
   HTS + LEGION3, LEGION3 + HTS, SY, ALEPPO, (), 6,
   evidence="Fighting continued overnight and into Thursday around the village of Kafr Jana ... at least six fighters "
            "from both sides were killed")
ev("azaz-anti-hts-protest", A, "2022-10-12", "2022-10-12", "2022-10-12", PRO, ["Peaceful protest"],
   ["Protesters (Syria)"], [""], SY, ALEPPO, AZAZ, 0,
   evidence="On Wednesday evening, hundreds of people demonstrated in the city of Azaz against the entry of HTS ... "
            "ended without incident")
ev("marea-protest", A, "2022-10-12", "2022-10-12", "2022-10-12", PRO, ["Peaceful protest"],
   ["Protesters (Syria)"], [""], SY, ALEPPO, (), 0, req=False,
   evidence="Smaller protests were held in Marea and in the town of al-Rai (day implied, not stated)")
ev("al-rai-protest", A, "2022-10-12", "2022-10-12", "2022-10-12", PRO, ["Peaceful protest"],
   ["Protesters (Syria)"], [""], SY, ALEPPO, (), 0, req=False,
   evidence="Smaller protests were held in Marea and in the town of al-Rai")
ev("hts-third-legion-agreement", A, "2022-10-13", "2022-10-13", "2022-10-13", STR, ["Agreement"],
   HTS + LEGION3, LEGION3 + HTS + [""], SY, ALEPPO, (), 0, req=False,
   evidence="media close to HTS published a statement saying an agreement had been reached with the Third Legion ... "
            "The Third Legion did not confirm (denied)")
ev("kafr-jana-turkish-deployment", A, "2022-10-13", "2022-10-13", "2022-10-13", STR, ["Change to group/activity"],
   TUR, [""], SY, ALEPPO, (), 0, req=False,
   evidence="Turkish military vehicles were seen deployed near Kafr Jana on Thursday morning, but did not intervene")
ev("abu-ghannoum-killing", A, "2022-10-07", "2022-10-07", "2022-10-07", VAC, ["Attack"],
   UAG + HAMZA, CIV, SY, ALEPPO, ALBAB, 2,
   evidence="the media activist Mohammed Abdul Latif, known as Abu Ghannoum, and his pregnant wife, who were shot dead "
            "by gunmen on a motorcycle in the city of al-Bab on the evening of Friday, 7 October")
ev("al-bab-legion-hamza-clashes", A, "2022-10-10", "2022-10-10", "2022-10-10", BAT,
   ["Armed clash", "Non-state actor overtakes territory"], LEGION3 + HAMZA, HAMZA + LEGION3, SY, ALEPPO, ALBAB, 3,
   evidence="on Monday its fighters attacked Hamza Division headquarters in al-Bab ... Clashes in al-Bab on Monday "
            "killed three people, including a civilian ... Hamza Division withdrew from its positions")
ev("bzaa-hamza-hq-attack", A, "2022-10-10", "2022-10-10", "2022-10-10", BAT, ["Armed clash"],
   LEGION3 + HAMZA, HAMZA + LEGION3, SY, ALEPPO, ALBAB, None, req=False,
   evidence="attacked Hamza Division headquarters in al-Bab and in the nearby town of Bza'a")

# ---------------------------------------------------------------- Sweida / Damascus (AFP via France 24, 2025-07-16, Wed)
A = "syria_suwayda_france24"
ev("damascus-general-staff-strikes", A, "2025-07-16", "2025-07-16", "2025-07-16", EXP, ["Air/drone strike"],
   ISR, SAA + ["Government of Syria", ""], SY, DAM, ["Damascus", "Dimashq"], 3,
   evidence="Israel struck the Syrian army headquarters in the heart of Damascus on Wednesday ... and a strike near "
            "the presidential palace ... killed three people and wounded 34")
ev("sweida-israeli-strikes-wed", A, "2025-07-16", "2025-07-16", "2025-07-16", EXP, ["Air/drone strike"],
   ISR, SAA, SY, SWD, (), None,
   evidence="The Israeli military said it had also struck 'several military targets' and tanks in Sweida on "
            "Wednesday. There was no immediate toll")
ev("mazraa-israeli-strikes-mon", A, "2025-07-14", "2025-07-14", "2025-07-14", EXP, ["Air/drone strike"],
   ISR, SAA, SY, SWD, (), None,
   evidence="a first wave of Israeli attacks on government armour on Monday near the village of al-Mazraa, west of "
            "Sweida city")
ev("masmiyeh-merchant-abducted", A, "2025-07-11", "2025-07-11", "2025-07-11", VAC,
   ["Abduction/forced disappearance"], BEDOUIN + UAG, ["Civilians (Syria)", "Druze Ethnic Group (Syria)"], SY,
   DARAA + RIF + SWD, (), 0,
   evidence="a Druze vegetable merchant was abducted and robbed on the Damascus-Sweida highway near al-Masmiyeh on "
            "Friday")
ev("maqwas-druze-bedouin-clashes", A, "2025-07-13", "2025-07-13", "2025-07-13", BAT, ["Armed clash"],
   DRUZE + BEDOUIN, BEDOUIN + DRUZE, SY, SWD, (), 37,
   evidence="The violence began on Sunday with clashes in Sweida city between local Druze fighters and Sunni Bedouin "
            "tribes ... Sunday's fighting in the city's al-Maqwas neighbourhood alone killed 37 people")
ev("mazraa-army-druze-clashes", A, "2025-07-14", "2025-07-14", "2025-07-14", BAT, ["Armed clash"],
   SAA + DRUZE, DRUZE + SAA, SY, SWD, (), None,
   evidence="Government troops, deployed on Monday ... clashed with Druze fighters around al-Mazraa")
ev("army-enters-sweida-city", A, "2025-07-15", "2025-07-15", "2025-07-15", BAT,
   ["Government regains territory", "Armed clash"], SAA, DRUZE + [""], SY, SWD, (),
   None,
   evidence="on Tuesday entered Sweida city after Druze spiritual leaders called on residents not to resist")
ev("sweida-guesthouse-killings", A, "2025-07-15", "2025-07-15", "2025-07-15", VAC, ["Attack"],
   UAG + SAA, CIV + ["Druze Ethnic Group (Syria)"], SY, SWD, (), 12,
   evidence="gunmen in military uniform shot dead 12 civilians in a family guesthouse in the south of the city on "
            "Tuesday")
ev("sweida-fighting-resumes-wed", A, "2025-07-16", "2025-07-16", "2025-07-16", BAT, ["Armed clash"],
   DRUZE + SAA, SAA + DRUZE, SY, SWD, (), None, req=False,
   evidence="fighting resumed on Wednesday morning in several neighbourhoods, residents said (sides not named)")
ev("sweida-ceasefire-announced", A, "2025-07-15", "2025-07-15", "2025-07-15", STR, ["Agreement"],
   SAA + ["Government of Syria"], DRUZE + [""], SY, SWD, (), 0, req=False,
   evidence="Interim Defence Minister Murhaf Abu Qasra then announced a ceasefire in the city ... al-Hijri rejected "
            "the truce (unilateral, rejected)")
ev("sweida-west-looting", A, "2025-07-16", "2025-07-13", "2025-07-16", STR, ["Looting/property destruction"],
   UAG + SAA + BEDOUIN, CIV + [""], SY, SWD, (), 0, req=False, tp=2,
   evidence="Monitors also reported looting and the burning of homes in villages on the western edge of the province "
            "(undated, unnamed villages)")

DROP = {
    "syria_akrama_reuters": ["Skip to main content", "World", "Business", "Markets", "Technology", "Middle East",
                             "Our Standards: The Thomson Reuters Trust Principles.", "Read Next",
                             "Turkish parliament authorises military action against Islamic State",
                             "Kurds say Islamic State closing in on Kobani"],
    "syria_dabiq_anadolu": ["Anadolu Agency", "Turkey", "World", "Politics", "Economy", "Middle East", "Analysis",
                            "Related Topics", "Syria", "Daesh", "Euphrates Shield", "Share", "Facebook", "Twitter",
                            "Whatsapp",
                            "Anadolu Agency website contains only a portion of the news stories offered to "
                            "subscribers in the AA News Broadcasting System (HAS), and in summarized form."],
    "syria_latakia_timesofisrael": ["The Times of Israel", "Israel & the Region", "Jewish Times", "Israel Inside",
                                    "Ops & Blogs", "Newsletter", "Read more:",
                                    "Netanyahu, Putin agree to improve 'deconfliction' mechanism after summit",
                                    "IDF says it has struck over 200 Iranian targets in Syria since 2017",
                                    "You may also like", "Share", "Tweet", "Email",
                                    "© 2018 The Times of Israel, all rights reserved"],
    "syria_kafrtakharim_mee": ["Middle East Eye", "News", "Opinion", "Explainers", "Video", "Podcasts", "Newsletter",
                               "Donate", "Share on Facebook", "Share on Twitter", "Share on Whatsapp", "Read more",
                               "Syria: Turkish troops withdraw from besieged Morek post",
                               "Russia and Turkey: The limits of an uneasy partnership in Idlib",
                               "This article is available in French on Middle East Eye French edition."],
    "syria_afrin_enabbaladi": ["Enab Baladi", "Home", "News", "Reports", "Economy", "Society", "Opinion", "English",
                               "Syria", "Read also",
                               "“Third Legion” accuses “Hamza Division” of killing Abu Ghannoum",
                               "Protest in al-Bab demands justice for murdered activist", "Tags", "Afrin",
                               "Hayat Tahrir al-Sham", "Syrian National Army", "Aleppo countryside", "Share",
                               "Facebook", "Twitter", "WhatsApp", "Telegram"],
    "syria_suwayda_france24": ["FRANCE 24", "Live", "Middle East", "Africa", "Europe", "Americas", "Asia-Pacific",
                               "© 2025 AFP", "Read more on FRANCE 24 English",
                               "Syria's Sharaa vows to hold to account those who harm Druze citizens", "Related",
                               "Share"],
}
EITHER = {
    "syria_akrama_reuters": ["By Mariam Karouny", "October 2, 2014 2:41 PM UTC Updated ago",
                             "Reporting by Mariam Karouny; Additional reporting by Sylvia Westall; Editing by "
                             "Dominic Evans"],
    "syria_abuduhur_afp": ["ser/hkb/jm"],
    "syria_dabiq_anadolu": ["Mehmet Solmaz, Kemal Karadag", "17.10.2016", "ANKARA", "Writing by Tuba Sahin"],
    "syria_latakia_timesofisrael": ["By TOI staff and Agencies", "18 September 2018, 1:52 pm"],
    "syria_manbij_ap": ["Associated Press writers Zeina Karam in Beirut, Lolita C. Baldor in Washington and Suzan "
                        "Fraser in Ankara contributed to this report."],
    "syria_kafrtakharim_mee": ["MEE staff", "Published date: 26 October 2020 15:20 GMT"],
    "syria_afrin_enabbaladi": ["Enab Baladi   13/10/2022", "Aleppo countryside – Enab Baladi"],
    "syria_suwayda_france24": ["Issued on: 16/07/2025 - 16:05", "Modified: 16/07/2025 - 16:40", "bur-lg/smw"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout142; Syria 2014-2025), coded by "
                             "CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
