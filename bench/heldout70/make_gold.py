"""Writes gold.json for the 70th held-out set (hand-coded by CODEBOOK.md before any run of the system).

    python bench/heldout70/make_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# --- Afghanistan ------------------------------------------------------------------------------
AF = "Afghanistan"
TAL = ["Taliban"]
AFMIL, AFPOL = "Military Forces of Afghanistan", "Police Forces of Afghanistan"
AF_UNK = "Unidentified Armed Group (Afghanistan)"
HEL = ["Helmand"]
URZ = ["Oruzgan", "Uruzgan", "Urozgan", "Orozgan"]

A = "afghanistan_musaqala_lwj"  # published Thu 2015-08-27
ev("musaqala-dc-captured", A, "2015-08-26", "2015-08-26", "2015-08-26", BAT,
   ["Non-state actor overtakes territory"], TAL, [AFPOL, AFMIL], AF, HEL,
   ["Musa Qal'ah", "Musa Qala", "Musa Qalah"], None,
   evidence="the district center ... fell to the Taliban yesterday after a three-day siege (toll not given; "
            "Taliban's 'dozens' claim not credible -> fatalities unscored)")
ev("gereshk-checkpoint-attack", A, "2015-08-25", "2015-08-25", "2015-08-26", BAT, ["Armed clash"],
   TAL, [AFPOL], AF, HEL, ["Nahr-e Saraj", "Nahr-e Sarraj", "Nahri Sarraj", "Gereshk"], 8,
   evidence="Late on Tuesday, a group of Taliban fighters attacked a police checkpoint on the outskirts of Gereshk "
            "... Five policemen and three of the attackers were killed")
ev("mod-47-killed-24h", A, "2015-08-27", "2015-08-26", "2015-08-27", BAT, ["Armed clash"],
   [AFMIL], TAL + [AF_UNK], AF, [], (), 47,
   evidence="Afghan forces killed 47 'terrorists' ... in 'clearing operations' conducted over the past 24 hours. "
            "The statement did not say where (country level, rule 6)")
ev("helmand-commandos-flown-in", A, "2015-08-27", "2015-08-26", "2015-08-27", STR, ["Change to group/activity"],
   [AFMIL], [""], AF, HEL, (), 0, req=False,
   evidence="commandos were being flown in from Kandahar (a deployment under way, told inside a plan statement)")

A = "afghanistan_tarinkot_pajhwok"  # published Sun 2016-09-11
TK = ["Tarin Kot", "Tarinkot", "Tarin Kowt", "Chora"]
ev("tarinkot-outskirts-retaken", A, "2016-09-10", "2016-09-10", "2016-09-10", BAT,
   ["Government regains territory"], [AFMIL], TAL, AF, URZ, TK, 35,
   evidence="on Saturday recaptured several villages and checkpoints on the outskirts of Tarinkot ... 33 insurgents "
            "were killed ... two soldiers lost their lives")
ev("chinarto-checkpoints-overrun", A, "2016-09-08", "2016-09-08", "2016-09-08", BAT,
   ["Non-state actor overtakes territory", "Armed clash"], TAL, [AFPOL, AFMIL], AF, URZ, TK, 6,
   evidence="launched a coordinated assault on the city ... on Thursday, overrunning a string of police checkpoints "
            "in the Chinarto area ... Six policemen were killed")
ev("dehrawud-elder-killed", A, "2016-09-09", "2016-09-09", "2016-09-10", VAC, ["Attack"],
   [AF_UNK, "Taliban"], ["Civilians (Afghanistan)"], AF, URZ, ["Deh Rahwod", "Dehrawud", "Deh Rawud", "Dehrawod"], 1,
   evidence="unknown gunmen shot dead a tribal elder in Deh Rawud district late on Friday")
ev("maiwand-roadside-bomb", A, "2016-09-10", "2016-09-10", "2016-09-10", EXP, ["Remote explosive/landmine/IED"],
   ["Taliban", AF_UNK], ["Civilians (Afghanistan)"], AF, ["Kandahar"], ["Maywand", "Maiwand"], 3,
   evidence="three civilians were killed ... when a roadside bomb struck their vehicle in Maiwand district on "
            "Saturday afternoon")

# --- Pakistan -----------------------------------------------------------------------------------
PK = "Pakistan"
PKMIL, PKPOL, PK_UNK = "Military Forces of Pakistan", "Police Forces of Pakistan", "Unidentified Armed Group (Pakistan)"
TTP = ["Tehreek-e-Taliban Pakistan", "TTP", "Tehrik-i-Taliban Pakistan", "Tehrik-e-Taliban Pakistan"]
KP = ["Khyber Pakhtunkhwa", "Federally Administered Tribal Areas", "FATA"]
SIND = ["Sind", "Sindh"]
BAL = ["Balochistan", "Baluchistan"]

A = "pakistan_tirah_dawn"  # published Thu 2014-06-12
ev("dande-darpa-khel-drone-strike", A, "2014-06-11", "2014-06-11", "2014-06-12", EXP, ["Air/drone strike"],
   ["Military Forces of United States"],
   ["Haqqani Network", "Islamic Movement of Uzbekistan", "IMU", PK_UNK] + TTP, PK, KP,
   ["North Waziristan", "North Waziristan Agency", "South Waziristan Agency"], 6,
   evidence="A US drone fired two missiles at a compound in Dande Darpa Khel ... late on Wednesday night, "
            "killing six suspected militants")
ev("karachi-airport-attack", A, "2014-06-09", "2014-06-08", "2014-06-09", BAT, ["Armed clash"],
   TTP + ["Islamic Movement of Uzbekistan", "IMU"], [PKMIL, PKPOL, "Airports Security Force"], PK, SIND, (), 36,
   evidence="ten heavily armed militants stormed the old terminal of Karachi's Jinnah International Airport on Sunday "
            "night ... all ten attackers were killed ... and 26 others ... lost their lives (3 days before: an event)")
ev("karachi-airport-attack-as-suicide", A, "2014-06-09", "2014-06-08", "2014-06-09", EXP, ["Suicide bomb"],
   TTP + ["Islamic Movement of Uzbekistan", "IMU"], [PKMIL, PKPOL, "Airports Security Force"], PK, SIND, (), 36,
   req=False, evidence="same attack read as a suicide attack ('some of them by detonating their suicide vests')")
ev("asf-camp-shooting", A, "2014-06-10", "2014-06-10", "2014-06-10", BAT, ["Armed clash"],
   [PK_UNK] + TTP, [PKMIL, PKPOL, "Airports Security Force"], PK, SIND, (), 0,
   evidence="On Tuesday, gunmen opened fire on an ASF training camp near the airport ... Security personnel returned "
            "fire ... no one was hurt")
ev("tirah-air-strikes", A, "2014-06-10", "2014-06-10", "2014-06-10", EXP, ["Air/drone strike"],
   [PKMIL], [PK_UNK, "Lashkar-e-Islam", "Lashkar-i-Islam"] + TTP, PK, KP, ["Khyber Agency", "Khyber"], 15,
   evidence="military jets struck militant hideouts in the Tirah valley of Khyber Agency on Tuesday, killing 15 "
            "militants, according to ISPR")

A = "pakistan_mach_tribune"  # published Wed 2020-05-20
BLA = ["Baloch Liberation Army", "BLA"]
ev("mach-ied-fc", A, "2020-05-19", "2020-05-19", "2020-05-19", EXP, ["Remote explosive/landmine/IED"],
   BLA, [PKMIL, "Frontier Corps"], PK, BAL, ["Kachhi", "Bolan"], 6,
   evidence="Six Frontier Corps personnel ... were martyred on Tuesday when a roadside bomb struck their vehicle in "
            "the Pir Ghaib area of Mach in Bolan (Kachhi) district ... BLA claimed responsibility")
ev("buleda-ied-may8", A, "2020-05-08", "2020-05-08", "2020-05-08", EXP, ["Remote explosive/landmine/IED"],
   [PK_UNK] + BLA + ["Baloch Liberation Front", "BLF"], [PKMIL], PK, BAL, ["Kech"], 6,
   evidence="On May 8, six soldiers including a major were martyred when their vehicle was targeted with an IED "
            "... in the Buleda area of Kech district (12 days before: an event)")
ev("kahan-ibo", A, "2020-05-18", "2020-05-18", "2020-05-19", BAT, ["Armed clash"],
   [PKMIL, "Frontier Corps"], [PK_UNK] + BLA, PK, BAL, ["Kohlu"], 6,
   evidence="troops had killed five terrorists in an intelligence-based operation in the Kahan area of Kohlu "
            "district on Monday night. A sepoy was martyred in the exchange of fire")
ev("turbat-bnp-leader-killed", A, "2020-05-18", "2020-05-18", "2020-05-18", VAC, ["Attack"],
   [PK_UNK], ["Civilians (Pakistan)"], PK, BAL, ["Kech"], 1,
   evidence="In Turbat ... unidentified armed men riding a motorcycle shot dead a local leader of the Balochistan "
            "National Party-Mengal on Monday evening")
ev("turbat-bnp-sit-in", A, "2020-05-19", "2020-05-19", "2020-05-19", PRO, ["Peaceful protest"],
   ["Protesters (Pakistan)", "BNP-M", "Balochistan National Party-Mengal"], [""], PK, BAL, ["Kech"], 0,
   evidence="BNP-M workers staged a sit-in outside the Turbat Press Club on Tuesday")

# --- Iraq ---------------------------------------------------------------------------------------
IQ = "Iraq"
IQMIL = "Military Forces of Iraq"
IS = ["Islamic State", "ISIS", "ISIL"]
ANB = ["Al Anbar", "Anbar", "Al-Anbar"]
PESH = ["Peshmerga", "Kurdish Peshmerga", "Military Forces of Iraq", "Military Forces of Kurdistan Regional Government",
        "Kurdistan Regional Government", "Military Forces of Kurdistan"]

A = "iraq_hit_rudaw"  # published Fri 2016-04-15
ev("hit-retaken", A, "2016-04-14", "2016-04-14", "2016-04-14", BAT, ["Government regains territory"],
   [IQMIL], IS, IQ, ANB, ["Hit", "Heet"], None,
   evidence="Iraqi forces on Thursday recaptured the centre of the town of Hit ... The statement gave no casualty "
            "figures")
ev("kubaisa-suicide-vbieds", A, "2016-04-13", "2016-04-13", "2016-04-13", EXP, ["Suicide bomb"],
   IS, [IQMIL], IQ, ANB, ["Hit", "Heet"], 6,
   evidence="On Wednesday, ISIS fighters drove two explosive-laden vehicles into an army position near the village "
            "of Kubaisa ... Four soldiers were killed along with the two suicide bombers")
ev("coalition-strikes-near-hit", A, "2016-04-13", "2016-04-13", "2016-04-13", EXP, ["Air/drone strike"],
   ["Military Forces of United States", "Coalition Forces", "Global Coalition Against Daesh",
    "Combined Joint Task Force - Operation Inherent Resolve"], IS, IQ, ANB, ["Hit", "Heet"], None, req=False,
   evidence="The US-led coalition said it had carried out eight air strikes near Hit on Wednesday ... It did not "
            "give a toll")
ev("bashiqa-attack-repelled", A, "2016-04-14", "2016-04-14", "2016-04-14", BAT, ["Armed clash"],
   IS, PESH, IQ, ["Nineveh", "Ninawa", "Ninewa"], ["Al-Hamdaniya", "Hamdaniya", "Tel Kaif", "Tilkaif"], 20,
   evidence="Peshmerga forces repelled an ISIS attack on their positions near the town of Bashiqa ... early on "
            "Thursday ... three Peshmerga fighters were killed ... at least 17 ISIS militants were killed")

# --- Syria --------------------------------------------------------------------------------------
SY = "Syria"
SYMIL = "Military Forces of Syria"
A = "syria_qaryatain_afp"  # published Mon 2016-04-04
ev("qaryatain-retaken", A, "2016-04-03", "2016-04-03", "2016-04-03", BAT, ["Government regains territory"],
   [SYMIL], IS, SY, ["Homs"], ["Homs", "Al Qaryatayn"], None,
   evidence="Syrian troops backed by Russian air power recaptured the central town of Al-Qaryatain from the Islamic "
            "State group on Sunday ... he did not have a toll")
ev("palmyra-retaken", A, "2016-03-27", "2016-03-27", "2016-03-27", BAT, ["Government regains territory"],
   [SYMIL], IS, SY, ["Homs"], ["Tadmur", "Palmyra"], None,
   evidence="Government forces ... recaptured Palmyra on March 27 after a three-week offensive (8 days before: "
            "an event)")
ev("al-eis-captured", A, "2016-04-01", "2016-04-01", "2016-04-01", BAT, ["Non-state actor overtakes territory"],
   ["Jabhat al-Nusra", "Al Nusra Front", "Nusra Front", "Al-Nusra Front", "Jabhat Fateh al-Sham", "Jaish al-Fatah"],
   [SYMIL], SY, ["Aleppo"], (), 12,
   evidence="Al-Nusra Front and allied Islamist rebels seized the strategic hill of Al-Eis ... on Friday. At least "
            "12 pro-government fighters were killed")
ev("deir-al-asafir-air-strikes", A, "2016-03-31", "2016-03-31", "2016-03-31", EXP, ["Air/drone strike"],
   [SYMIL, "Military Forces of Russia"], ["Civilians (Syria)"], SY,
   ["Rif-dimashq", "Rif Dimashq", "Damascus Countryside", "Rural Damascus"], (), 33,
   evidence="On Thursday, air strikes on the rebel-held town of Deir al-Asafir ... killed 33 civilians ... "
            "activists blamed regime aircraft, while the army denied targeting civilian areas")

# --- Yemen --------------------------------------------------------------------------------------
YE = "Yemen"
AQAP = ["AQAP", "Al Qaeda in the Arabian Peninsula", "Al-Qaeda in the Arabian Peninsula",
        "al-Qaida in the Arabian Peninsula", "Ansar al-Sharia"]
PRO_GOV = ["Popular Resistance", "Southern Resistance", "Popular Resistance Forces",
           "Pro-Government Militia (Yemen)", "Military Forces of Yemen"]
A = "yemen_zinjibar_xinhua"  # published Thu 2015-12-03
ev("zinjibar-captured", A, "2015-12-02", "2015-12-02", "2015-12-02", BAT, ["Non-state actor overtakes territory"],
   AQAP, PRO_GOV, YE, ["Abyan"], ["Zingibar", "Zinjibar"], 8,
   evidence="stormed Zinjibar at dawn and clashed with pro-government Popular Resistance militiamen ... Eight people "
            "... were killed before the government fighters withdrew")
ev("jaar-captured", A, "2015-12-02", "2015-12-02", "2015-12-02", BAT, ["Non-state actor overtakes territory"],
   AQAP, PRO_GOV + [""], YE, ["Abyan"], ["Khanfir", "Khanfar"], 0,
   evidence="In Jaar ... AQAP militants took over the town without a fight after the local militia withdrew")
ev("aden-judge-shot", A, "2015-12-01", "2015-12-01", "2015-12-01", VAC, ["Attack"],
   ["Unidentified Armed Group (Yemen)"], ["Civilians (Yemen)"], YE, ["Aden", "Adan"],
   ["Ash Shaikh Outhman", "Sheikh Othman", "Ash Shaykh Uthman"], 1,
   evidence="unidentified gunmen riding a motorcycle shot dead a judge of the Aden appeals court in Sheikh Othman "
            "district on Tuesday morning")
ev("houta-checkpoint-attack", A, "2015-12-01", "2015-12-01", "2015-12-01", BAT, ["Armed clash"],
   AQAP + ["Unidentified Armed Group (Yemen)"], ["Military Forces of Yemen"], YE, ["Lahij", "Lahj", "Lahej"],
   ["Al  Hawtah", "Al Hawtah", "Al Houta", "Tuban"], 3,
   evidence="suspected al-Qaida militants attacked a military checkpoint at the northern entrance of al-Houta ... "
            "killing three soldiers. The soldiers returned fire")

# --- Somalia ------------------------------------------------------------------------------------
SO = "Somalia"
SOMIL = "Military Forces of Somalia"
SHB = ["Al Shabaab", "Al-Shabaab", "al-Shabab"]
LSH = ["Lower Shabelle", "Shabeellaha Hoose"]
AFG = ["Afgooye", "Afgoye", "Awdheegle"]
A = "somalia_awdheegle_garowe"  # published Sat 2019-08-24
ev("awdheegle-retaken", A, "2019-08-22", "2019-08-22", "2019-08-22", BAT, ["Government regains territory"],
   [SOMIL], SHB, SO, LSH, AFG, 11,
   evidence="The troops ... entered the town on Thursday after brief but heavy fighting ... 'at least ten' "
            "Al-Shabaab fighters were killed ... while one soldier died")
ev("awdheegle-checkpoint-attack", A, "2019-08-23", "2019-08-23", "2019-08-23", BAT, ["Armed clash"],
   SHB, [SOMIL], SO, LSH, AFG, 7,
   evidence="On Friday, Al-Shabaab fighters attacked a newly established army checkpoint on the outskirts of "
            "Awdheegle ... two soldiers and five militants were killed")
ev("awdheegle-africom-strike", A, "2019-08-21", "2019-08-21", "2019-08-21", EXP, ["Air/drone strike"],
   ["Military Forces of United States", "AFRICOM"], SHB, SO, LSH, AFG, 3,
   evidence="AFRICOM said on Thursday that it had conducted an air strike near Awdheegle on Wednesday ... killing "
            "three Al-Shabaab militants")
ev("dayniile-official-killed", A, "2019-08-21", "2019-08-21", "2019-08-21", VAC, ["Attack"],
   SHB, ["Civilians (Somalia)"], SO, ["Banaadir", "Banadir"], (), 1,
   evidence="gunmen shot dead an official of the Banadir regional administration in Dayniile district on Wednesday "
            "evening ... Al-Shabaab claimed responsibility")

# --- boilerplate lines ----------------------------------------------------------------------------
DROP = {
    "afghanistan_musaqala_lwj": ["FDD's Long War Journal", "Home", "Analysis", "Podcasts", "Maps", "Subscribe",
                                 "Tags: Afghanistan, Helmand, Musa Qala, Taliban",
                                 "Related: Taliban seize district in Kunduz province",
                                 "Related: Afghan forces abandon bases in Helmand",
                                 "© 2015 FDD's Long War Journal. All rights reserved."],
    "afghanistan_tarinkot_pajhwok": ["Pajhwok Afghan News",
                                     "Home | Afghanistan | Regions | Business | Sports | Dari | Pashto",
                                     "Advertisement", "Share this:", "Facebook", "Twitter", "Email",
                                     "Related Stories", "Taliban attack on Uruzgan checkpoints repulsed",
                                     "Helmand: Insurgents suffer heavy losses in Nad Ali",
                                     "Subscribe to Pajhwok Daily Newsletter",
                                     "Copyright © 2016 Pajhwok Afghan News. All rights reserved."],
    "pakistan_tirah_dawn": ["DAWN.COM", "Home", "Latest", "Pakistan", "World", "Business", "Opinion", "Sport",
                            "Advertisement", "Related: Karachi airport attack: what we know so far",
                            "Related: Residents flee North Waziristan ahead of operation", "Follow Dawn on Twitter",
                            "Copyright © 2014, DAWN.COM"],
    "pakistan_mach_tribune": ["The Express Tribune", "Home / Pakistan / Balochistan", "Advertisement",
                              "Share this:", "Facebook", "Twitter", "WhatsApp",
                              "Read more: Security forces kill militants in Kech operation",
                              "Copyright © 2020 The Express Tribune."],
    "somalia_awdheegle_garowe": ["Garowe Online", "HOME", "NEWS", "POLITICS", "OPINION", "SOMALIA", "CONTACT",
                                 "Advertisement", "Related Articles",
                                 "Al-Shabaab attacks military base in Middle Shabelle",
                                 "Farmajo hails army victory in Lower Shabelle",
                                 "Copyright © 2019 Garowe Online. All rights reserved."],
}
EITHER = {
    "afghanistan_musaqala_lwj": ["By Bill Roggio | August 27, 2015"],
    "pakistan_tirah_dawn": ["Dawn Report | Published June 12, 2014"],
    "pakistan_mach_tribune": ["Our Correspondent | May 20, 2020"],
    "somalia_awdheegle_garowe": ["Saturday August 24, 2019"],
    "iraq_hit_rudaw": ["Rudaw | 15/04/2016"],
    "syria_qaryatain_afp": ["burs-sk/jm"],
}

write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout70: Afghanistan x2, Pakistan x2, Iraq, "
                         "Syria, Yemen, Somalia), coded by CODEBOOK.md before the system was run.",
           drop=DROP, either=EITHER)
