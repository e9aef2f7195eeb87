"""Writes gold.json for the 125th held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout125/make_gold.py

Focus: Iraq, 2014-2025 — Islamic State suicide bombings, ambushes and raids, recaptures, Iraqi and Turkish
air/drone strikes, rocket attacks on US-linked sites, drone attacks on Kurdistan oil fields, Sadrist and
southern protests and riots.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402,F401
from gold_events import EVENTS as E  # noqa: E402

IQ = "Iraq"
IS = ["Islamic State", "ISIS", "ISIL", "IS", "Daesh", "Islamic State (Iraq)"]
UAG = ["Unidentified Armed Group (Iraq)"]
IQF = ["Military Forces of Iraq", "Iraqi Security Forces", "Iraqi Army", "Government of Iraq"]
POL = ["Police Forces of Iraq"]
ISF = IQF + POL + ["Counter Terrorism Service"]
PMF = ["Popular Mobilization Forces", "PMF", "Hashd al-Shaabi", "Hashed al-Shaabi", "Popular Mobilisation Forces",
       "Al Hashd Al Shaabi", "Badr Organization", "Badr Organisation", "Shiite Militias (Iraq)",
       "Shia Militia (Iraq)"]
KRG = ["Peshmerga", "Military Forces of Iraq (Kurdistan Regional Government)", "Kurdistan Regional Government",
       "Military Forces of Iraq (Kurdistan Region)", "Peshmerga (Kurdistan Regional Government)",
       "Kurdish Counter-Terrorism Forces", "Counter-Terrorism Group", "CTG", "Counter Terrorism Group",
       "Patriotic Union of Kurdistan", "PUK", "Military Forces of Iraq"]
US = ["Military Forces of the United States", "Military Forces of United States", "United States Armed Forces",
      "US-led Coalition", "Global Coalition Against Daesh", "CJTF-OIR"]
TUR = ["Military Forces of Turkey", "Military Forces of Turkiye", "Military Forces of Türkiye"]
PKK = ["PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party"]
CIV = ["Civilians (Iraq)"]
PROT = ["Protesters (Iraq)"]
RIOT = ["Rioters (Iraq)", "Protesters (Iraq)"]
SADR = ["Sadrist Movement", "Sadr Movement", "Sadrist Movement (Iraq)", "Saraya al-Salam"]
MIL_IQ = ["Kataib Hezbollah", "Islamic Resistance in Iraq", "Saraya Awliya al-Dam", "Guardians of Blood Brigade",
          "Popular Mobilization Forces", "PMF"]

ANBAR = ["Al Anbar", "Anbar"]
SAD = ["Salah ad Din", "Saladin", "Salahuddin", "Salah al-Din"]
MUTH = ["Al Muthanna", "Muthanna"]
NAJ = ["An Najaf", "Najaf"]
BAS = ["Basra", "Basrah"]
DQ = ["Dhi Qar", "Thi Qar"]
ERB = ["Erbil", "Arbil"]
SUL = ["Sulaymaniyah", "As Sulaymaniyah", "Sulaimaniyah", "Sulaimani", "Slemani"]
DUH = ["Duhok", "Dohuk", "Dahuk"]
NIN = ["Nineveh", "Ninawa", "Ninewa"]

# ---------------------------------------------------------------- AP, 2014-10-27 (Mon)
A = "iraq_jurfalsakhar_ap"
ev("jurf-checkpoint-suicide-humvee", A, "2014-10-27", "2014-10-27", "2014-10-27", EXP, ["Suicide bomb"],
   IS + UAG, PMF + IQF, IQ, ["Babil", "Babylon"], ["Al-Musayab", "Al Musayyib", "Musayyib"], 28,
   evidence="A suicide bomber driving an explosives-laden Humvee struck a checkpoint manned by Shiite militiamen "
            "and soldiers on Monday ... Jurf al-Sakhar ... killing at least 27 people (+ the bomber = 28)")
ev("jurf-retaken", A, "2014-10-25", "2014-10-24", "2014-10-25", BAT, ["Government regains territory"],
   IQF + PMF, IS, IQ, ["Babil", "Babylon"], ["Al-Musayab", "Al Musayyib", "Musayyib"], None,
   evidence="Iraqi troops and thousands of Shiite militiamen swept into Jurf al-Sakhar on Saturday after a two-day "
            "offensive ... Militia commanders said dozens of militants were killed (unquantified)")
ev("mahmoudiya-market-car-bomb", A, "2014-10-27", "2014-10-27", "2014-10-27", EXP,
   ["Remote explosive/landmine/IED"], UAG + IS, CIV + [""], IQ, ["Baghdad"], ["Mahmudiya", "Mahmoudiya",
                                                                            "Al Mahmudiyah"], 4,
   evidence="a bomb hidden in a parked car exploded near an outdoor market in the town of Mahmoudiya ... killing "
            "four people and wounding 11")
ev("amiriyat-fallujah-helicopter-strikes", A, "2014-10-26", "2014-10-26", "2014-10-26", EXP, ["Air/drone strike"],
   IQF, IS, IQ, ANBAR, ["Falluja", "Fallujah"], 11,
   evidence="army helicopters pounded militant positions near the government-held town of Amiriyat al-Fallujah on "
            "Sunday, killing 11 fighters")

# ---------------------------------------------------------------- Reuters, 2015-10-23 (Fri)
A = "iraq_hawija_reuters"
ev("hawija-prison-raid", A, "2015-10-22", "2015-10-22", "2015-10-22", BAT, ["Armed clash"],
   KRG + US, IS, IQ, ["Kirkuk"], ["Al-Hawija", "Hawija", "Al Hawija"], 21,
   evidence="pre-dawn operation on Thursday targeted a compound about 7 km north of the town of Hawija ... around 20 "
            "militants were killed ... An American soldier was killed (20 + 1 = 21)")
ev("baiji-refinery-retaken", A, "2015-10-20", "2015-10-18", "2015-10-20", BAT, ["Government regains territory"],
   IQF + PMF, IS, IQ, SAD, ["Baiji", "Bayji"], None,
   evidence="Iraqi security forces and Shi'ite paramilitary groups said on Tuesday they had driven Islamic State "
            "fighters out of the Baiji oil refinery")
ev("albu-faraj-suicide-car-bomb", A, "2015-10-21", "2015-10-21", "2015-10-21", EXP, ["Suicide bomb"],
   IS + UAG, IQF, IQ, ANBAR, ["Ramadi"], 5,
   evidence="a suicide bomber drove a car packed with explosives into an army position in the Albu Faraj area north "
            "of Ramadi on Wednesday, killing four soldiers (+ the bomber = 5)")
ev("kirkuk-coalition-air-strikes", A, "2015-10-22", "2015-10-22", "2015-10-22", EXP, ["Air/drone strike"],
   US, IS, IQ, ["Kirkuk"], (), None, req=False,
   evidence="15 air strikes in Iraq on Thursday, seven of them near Kirkuk ... gave no casualty figures (may overlap "
            "the helicopter support of the raid)")

# ---------------------------------------------------------------- AFP, 2016-05-01 (Sun)
A = "iraq_samawa_afp"
ev("samawa-twin-car-bombs", A, "2016-05-01", "2016-05-01", "2016-05-01", EXP,
   ["Remote explosive/landmine/IED", "Suicide bomb"], IS + UAG, CIV + [""], IQ, MUTH,
   ["Al-Samawa", "Samawa", "As Samawah"], 33,
   evidence="Two car bombs claimed by the Islamic State group killed at least 33 people in ... Samawa on Sunday "
            "(toll updated from 21 to 33)")
ev("green-zone-parliament-stormed", A, "2016-04-30", "2016-04-30", "2016-04-30", RIO, ["Violent demonstration"],
   RIOT + SADR, ISF + ["", "Government of Iraq", "Civilians (Iraq)"], IQ, ["Baghdad"], (), 0,
   evidence="thousands of supporters of ... Moqtada al-Sadr broke into the Green Zone on Saturday ... ransacked "
            "offices ... slapping and kicking several [lawmakers] ... no deaths were reported")
ev("nahrawan-pilgrims-car-bomb", A, "2016-04-30", "2016-04-30", "2016-04-30", EXP,
   ["Remote explosive/landmine/IED", "Suicide bomb"], IS + UAG, CIV + [""], IQ, ["Baghdad"], (), 23,
   evidence="a car bomb exploded in Nahrawan, on the southeastern outskirts of Baghdad, as Shiite pilgrims were "
            "walking ... killing at least 23 people")
ev("green-zone-sit-in-sunday", A, "2016-05-01", "2016-04-30", "2016-05-01", PRO, ["Peaceful protest"],
   PROT + SADR, [""], IQ, ["Baghdad"], (), 0, req=False,
   evidence="After spending the night camped in Celebrations Square ... the demonstrators began pulling out on "
            "Sunday afternoon (continuation of Saturday's storming)")

# ---------------------------------------------------------------- Al Jazeera, 2018-07-14 (Sat)
A = "iraq_najaf_aljazeera"
ev("najaf-airport-stormed", A, "2018-07-13", "2018-07-13", "2018-07-13", RIO, ["Violent demonstration"],
   RIOT, ISF + [""], IQ, NAJ, ["Kufa", "Najaf", "An Najaf"], 0,
   evidence="Hundreds of protesters stormed the international airport in ... Najaf on Friday ... smashing check-in "
            "counters and windows. Security forces fired into the air")
ev("basra-provincial-hq-shooting", A, "2018-07-13", "2018-07-13", "2018-07-14", RIO, ["Violent demonstration"],
   RIOT, ISF + [""], IQ, BAS, ["Basrah", "Basra"], 3,
   evidence="three protesters were killed late on Friday when guards opened fire on a crowd that was throwing "
            "stones and trying to force its way into the provincial government headquarters")
ev("basra-provincial-hq-shooting-as-excessive-force", A, "2018-07-13", "2018-07-13", "2018-07-14", PRO,
   ["Excessive force against protesters"], ISF, PROT, IQ, BAS, ["Basrah", "Basra"], 3, req=False,
   evidence="same Basra incident read as lethal force against protesters (twin of the riot row)")
ev("amarah-party-offices-burned", A, "2018-07-13", "2018-07-13", "2018-07-14", RIO, ["Violent demonstration"],
   RIOT, ["", "Dawa Party", "Islamic Dawa Party", "Badr Organization", "Badr Organisation", "Civilians (Iraq)"], IQ,
   ["Maysan", "Missan"], ["Amara", "Amarah", "Al 'Amarah"], 0,
   evidence="In Amarah, the capital of Maysan province, protesters set fire to the offices of several political "
            "parties ... on Friday night")
ev("nasiriyah-council-protest", A, "2018-07-14", "2018-07-14", "2018-07-14", PRO, ["Peaceful protest"],
   PROT, [""], IQ, DQ, ["Nassriya", "Nasiriyah", "An Nasiriyah"], 0,
   evidence="On Saturday, hundreds of people gathered outside the provincial council building in Nasiriyah ... "
            "dispersed peacefully")
ev("west-qurna-protester-killed", A, "2018-07-08", "2018-07-08", "2018-07-08", PRO,
   ["Excessive force against protesters"], ISF, PROT, IQ, BAS, ["Al-Qurna", "Al Qurnah", "Qurna", "Basrah"], 1,
   evidence="The wave of protests was triggered on July 8, when security forces shot dead a young man during a "
            "demonstration ... outside the West Qurna oilfield, north of Basra city (6 days before: in the window)")
ev("cts-unit-sent-to-basra", A, "2018-07-14", "2018-07-14", "2018-07-14", STR, ["Change to group/activity"],
   ISF, [""], IQ, BAS, (), 0, req=False,
   evidence="an armoured counterterrorism unit was sent to Basra on Saturday to protect oil installations")

# ---------------------------------------------------------------- Kurdistan24, 2021-02-23 (Tue)
A = "iraq_greenzone_kurdistan24"
RKT_T = US + ["", "Civilians (Iraq)", "Civilians (United States)", "Government of the United States"]
ev("green-zone-katyushas", A, "2021-02-22", "2021-02-22", "2021-02-22", EXP, ["Shelling/artillery/missile attack"],
   UAG + MIL_IQ, RKT_T, IQ, ["Baghdad"], (), 0,
   evidence="At least two rockets struck Baghdad's heavily fortified Green Zone on Monday evening ... no casualties")
ev("balad-air-base-rockets", A, "2021-02-20", "2021-02-20", "2021-02-20", EXP, ["Shelling/artillery/missile attack"],
   UAG + MIL_IQ, RKT_T + IQF, IQ, SAD, ["Balad"], 0,
   evidence="On Saturday, four rockets hit Balad Air Base ... wounding an Iraqi contractor")
ev("erbil-airport-rockets", A, "2021-02-15", "2021-02-15", "2021-02-15", EXP, ["Shelling/artillery/missile attack"],
   ["Saraya Awliya al-Dam", "Guardians of Blood Brigade"] + UAG + MIL_IQ, RKT_T, IQ, ERB, ["Arbil", "Erbil"], 2,
   evidence="the Feb. 15 rocket barrage on Erbil ... killing a foreign civilian contractor ... an Iraqi citizen who "
            "had been wounded in the attack died in hospital, raising the death toll to two (8 days before)")
ev("abu-ghraib-rockets-dismantled", A, "2021-02-23", "2021-02-23", "2021-02-23", STR, ["Disrupted weapons use"],
   ISF + UAG + MIL_IQ, UAG + MIL_IQ + [""], IQ, ["Baghdad"], ["Abu Ghraib", "Abu Ghurayb"], 0,
   evidence="On Tuesday morning, Iraqi forces found and dismantled three rockets mounted on a makeshift launcher "
            "... in the Abu Ghraib area, west of Baghdad")

# ---------------------------------------------------------------- Rudaw, 2023-09-19 (Tue)
A = "iraq_arbat_rudaw"
CTG = ["Counter-Terrorism Group", "CTG", "Counter Terrorism Group", "Sulaimani Counter-Terrorism Group",
       "Military Forces of Iraq (Kurdistan Regional Government)", "Patriotic Union of Kurdistan", "PUK",
       "Military Forces of Iraq", "Peshmerga"]
ev("arbat-airport-drone-strike", A, "2023-09-18", "2023-09-18", "2023-09-18", EXP, ["Air/drone strike"],
   TUR + UAG, CTG, IQ, SUL, ["Qada' as Sulaymaniyah", "Sulaymaniyah", "Arbat"], 3,
   evidence="Three members of the ... CTG were killed ... on Monday when a drone struck Arbat airport ... PUK blamed "
            "Turkey ... Turkey's defense ministry did not comment")
ev("sulaimani-un-office-protest", A, "2023-09-19", "2023-09-19", "2023-09-19", PRO, ["Peaceful protest"],
   PROT, [""], IQ, SUL, (), 0,
   evidence="On Tuesday, several hundred people ... gathered in front of the United Nations office in Sulaimani to "
            "denounce the strike ... ended without incident")
ev("sidakan-turkish-air-strikes", A, "2023-09-17", "2023-09-17", "2023-09-17", EXP, ["Air/drone strike"],
   TUR, PKK + ["", "Civilians (Iraq)"], IQ, ERB, ["Soran", "Rawanduz"], 0,
   evidence="Turkish warplanes also carried out strikes on Sunday on mountains near Sidakan, in Erbil province's "
            "Soran district ... caused no casualties")
ev("turkey-mod-nine-pkk-neutralized", A, "2023-09-19", "2023-09-12", "2023-09-19", EXP,
   ["Air/drone strike", "Shelling/artillery/missile attack"], TUR, PKK, IQ, [""], (), None, req=False, tp=2,
   evidence="its forces had 'neutralized' nine PKK militants in northern Iraq over the past week, without saying "
            "where (rule 6 country-level aggregate; 'neutralized' may not all be deaths)")

# ---------------------------------------------------------------- Shafaq News, 2024-05-14 (Tue)
A = "iraq_mutaibija_shafaq"
MUT_A1 = SAD + ["Diyala"]
ev("mutaibija-army-post-attack", A, "2024-05-13", "2024-05-13", "2024-05-14", BAT, ["Armed clash"],
   IS, IQF, IQ, MUT_A1, (), 5,
   evidence="Five Iraqi soldiers, including an officer, were killed ... late on Monday when ISIS militants attacked "
            "an army post in the Mutaibija area ... sparking a clash that lasted for more than an hour")
ev("mutaibija-f16-strikes", A, "2024-05-14", "2024-05-14", "2024-05-14", EXP, ["Air/drone strike"],
   IQF + ["Iraqi Air Force"], IS, IQ, MUT_A1, (), 3,
   evidence="On Tuesday morning, Iraqi F-16 jets carried out two air strikes on ISIS hideouts in the Mutaibija "
            "basin, killing three militants")
ev("udhaim-ied-pmf", A, "2024-05-12", "2024-05-12", "2024-05-12", EXP, ["Remote explosive/landmine/IED"],
   IS + UAG, PMF, IQ, ["Diyala"], (), 0,
   evidence="two members of the Popular Mobilization Forces (PMF) were wounded on Sunday when an explosive device "
            "went off near their vehicle in the Udhaim area")
ev("hawija-is-leader-arrested", A, "2024-05-13", "2024-05-13", "2024-05-13", STR, ["Arrests"],
   POL + IQF, IS, IQ, ["Kirkuk"], ["Al-Hawija", "Hawija", "Al Hawija"], 0, req=False,
   evidence="Kirkuk police said on Monday they had arrested a 'prominent' ISIS leader ... in an operation in the "
            "Hawija district (unnamed; notability debatable; date of the arrest not stated)")

# ---------------------------------------------------------------- Xinhua, 2025-07-17 (Thu)
A = "iraq_oilfields_xinhua"
DRN = UAG + MIL_IQ
OILT = ["", "Civilians (Iraq)", "Civilians (United States)", "Civilians (Norway)", "Kurdistan Regional Government"]
ev("ain-sifni-field-drone", A, "2025-07-17", "2025-07-17", "2025-07-17", EXP, ["Air/drone strike"],
   DRN, OILT, IQ, NIN + DUH, ["Shekhan", "Al-Shikhan", "Shaykhan", "Ash Shaykhan"], 0,
   evidence="A drone attack early Thursday hit ... the Ain Sifni field, operated by ... Hunt Oil, in the Shekhan "
            "district of Nineveh province ... no casualties")
ev("tawke-field-drones", A, "2025-07-16", "2025-07-16", "2025-07-16", EXP, ["Air/drone strike"],
   DRN, OILT, IQ, DUH, (), 0,
   evidence="On Wednesday, two drones hit the Tawke field ... near the town of Zakho in Duhok province ... No one "
            "was hurt")
ev("peshkhabour-field-drone", A, "2025-07-16", "2025-07-16", "2025-07-16", EXP, ["Air/drone strike"],
   DRN, OILT, IQ, DUH, (), 0, req=False,
   evidence="another struck the nearby Peshkhabour field (same sentence, same day, same admin2 as Tawke: a coder "
            "may merge)")
ev("sarsang-field-drone", A, "2025-07-15", "2025-07-15", "2025-07-15", EXP, ["Air/drone strike"],
   DRN, OILT, IQ, DUH, ["Adhamiyah", "Amedi", "Amadiya", "Al Amadiyah"], 0,
   evidence="on Tuesday, a drone hit a storage tank at the Sarsang oil field ... in Duhok's Amedi district")
ev("khurmala-field-drone", A, "2025-07-14", "2025-07-14", "2025-07-14", EXP, ["Air/drone strike"],
   DRN, OILT, IQ, ERB, ["Makhmur", "Makhmour", "Arbil", "Erbil"], 0,
   evidence="On Monday, an explosive-laden drone struck the Khurmala field, southwest of Erbil city, damaging a "
            "pipeline")
ev("erbil-airport-drone-downed", A, "2025-07-14", "2025-07-14", "2025-07-14", STR, ["Disrupted weapons use"],
   ["Military Forces of Iraq (Kurdistan Regional Government)", "Kurdistan Regional Government", "Peshmerga"] + US
   + DRN, DRN + [""], IQ, ERB, ["Arbil", "Erbil"], 0,
   evidence="another drone was shot down by air defenses near Erbil International Airport")

DROP = {
    "iraq_najaf_aljazeera": ["Skip links", "Skip to Content", "Live", "News", "Middle East", "Explained", "Opinion",
                             "Sport", "Video", "More", "News|Protests",
                             "Save articles to read later and create your own reading list.", "Share",
                             "Click here to share on social media", "Related",
                             "Iraq election: Sadr's alliance wins most seats",
                             "Basra water crisis: Residents say taps run salty",
                             "Iraq's Abadi orders investigation into Basra violence", "Most Read",
                             "© 2018 Al Jazeera Media Network"],
    "iraq_greenzone_kurdistan24": ["Kurdistan24", "Home", "Kurdistan", "Iraq", "Middle East", "World", "Business",
                                   "Sports", "Features", "Live", "Share on Facebook", "Share on Twitter",
                                   "Share on WhatsApp", "Related News",
                                   "KRSC: Erbil rocket attack launched from area under federal control",
                                   "Kurdistan Region mourns civilian killed in rocket attack",
                                   "US, Kurdistan Region leaders discuss security after Erbil attack",
                                   "Copyright © 2021 Kurdistan24. All rights reserved."],
    "iraq_arbat_rudaw": ["Rudaw", "Kurdistan", "Iraq", "Middle East", "World", "Opinion", "Multimedia",
                         "TV Schedule", "Search", "Tags", "Turkey", "PUK", "CTG", "drone strike", "Sulaimani",
                         "Read More", "Turkish drone strike kills two PKK members in Duhok's Amedi",
                         "KRG, Baghdad agree on salary loans after months of delays",
                         "Sulaimani airport flight ban extended by Ankara", "Copyright © Rudaw 2023 All rights reserved"],
    "iraq_mutaibija_shafaq": ["Shafaq News", "Home", "Iraq News", "Kurdistan", "Middle East", "World", "Economy",
                              "Security", "Reports", "Read more:",
                              "ISIS attack kills two soldiers in Kirkuk's Wadi al-Shay",
                              "Iraqi army launches operation to clear Hamrin mountains",
                              "Diyala: Tribal dispute leaves one dead in Muqdadiyah",
                              "Shafaq News © 2024 All Rights Reserved"],
    "iraq_jurfalsakhar_ap": ["Copyright 2014 The Associated Press. All rights reserved. This material may not be "
                             "published, broadcast, rewritten or redistributed."],
}
EITHER = {
    "iraq_jurfalsakhar_ap": ["By SINAN SALAHEDDIN", "Oct. 27, 2014 4:41 PM EDT", "___",
                             "Associated Press writers Qassim Abdul-Zahra and Murtada Faraj in Baghdad contributed "
                             "to this report."],
    "iraq_hawija_reuters": ["October 23, 2015 | 12:37 PM", "By Isabel Coles and Phil Stewart",
                            "(Additional reporting by Stephen Kalin in Baghdad; Writing by Michael Georgy; Editing by "
                            "Giles Elgood)"],
    "iraq_samawa_afp": ["wd-jmm/kir"],
    "iraq_najaf_aljazeera": ["Published On 14 Jul 2018", "Source: Al Jazeera and news agencies"],
    "iraq_greenzone_kurdistan24": ["Kurdistan 24", "23-02-2021 11:02 am"],
    "iraq_arbat_rudaw": ["Rudaw English", "19-09-2023"],
    "iraq_mutaibija_shafaq": ["2024-05-14T08:53:21+00:00"],
    "iraq_oilfields_xinhua": ["Source: Xinhua", "Editor: huaxia", "2025-07-17 19:42:10"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout125; Iraq 2014-2025), coded by "
                             "CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
