"""Writes gold.json for the 224th held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 30).

    python bench/heldout224/make_gold.py

Topic: Iraq 2014-2019 — the war against Islamic State, militia (PMF/Hashd) operations, car bombs, kidnappings and
protests: drone strikes and depot blasts hitting the PMF (Aug 2019), a journalist's abduction in Baghdad (Dec 2016),
the capture of Mosul airport (Feb 2017), the Barwana killings in Diyala (Jan 2015), Iraqi-Peshmerga fighting near
Fishkhabour (Oct 2017), the November 2019 protests, the summer 2015 electricity protests and a Mosul car bomb (Nov 2018).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

IQ = "Iraq"
IQA = ["Military Forces of Iraq", "Iraqi Army", "Iraqi Security Forces", "Iraqi Armed Forces"]
IQP = ["Police Forces of Iraq", "Iraqi Police", "Iraqi Federal Police", "Federal Police"]
IQSF = IQA + IQP
CTS = ["Counter Terrorism Service", "Iraqi Counter Terrorism Service", "CTS", "Counter-Terrorism Service"]
PMF = ["Popular Mobilization Forces", "Popular Mobilisation Forces", "PMF", "Hashd al-Shaabi", "Al Hashd al Shaabi",
       "Popular Mobilization Units", "Popular Mobilisation Units", "PMU", "Popular Mobilization Forces (Iraq)"]
KH = ["Kataib Hezbollah", "Kata'ib Hizballah", "Kataib Hizbollah", "Kata'ib Hezbollah"]
BADR = ["Badr Organisation", "Badr Organization", "Badr Brigades", "Shiite Militia (Iraq)", "Shia Militia (Iraq)"]
IS = ["Islamic State", "ISIS", "ISIL", "Daesh", "IS", "Islamic State (Iraq)"]
UAG = ["Unidentified Armed Group (Iraq)"]
ISRAEL = ["Military Forces of Israel", "Israel Defense Forces", "Unidentified Military Forces",
          "Unidentified Military Forces (Iraq)"]
CIV = ["Civilians (Iraq)"]
PROT = ["Protesters (Iraq)"]
RIOT = ["Rioters (Iraq)", "Protesters (Iraq)"]
PESH = ["Peshmerga", "Kurdish Peshmerga", "Military Forces of Iraq (Kurdistan Region)", "Kurdistan Regional Government",
        "Kurdistan Regional Government Peshmerga", "Military Forces of Kurdistan", "Peshmerga (Kurdistan Region)"]
GOV_IQ = ["Government of Iraq"]

BAG = ["Baghdad"]
BAG2 = ["Karkh", "Al Karkh", "Al-Karkh", "Al Rusafa", "Rusafa", "Al-Rusafa", "Baghdad", ""]
SAL = ["Salah ad Din", "Salahuddin", "Salah al-Din", "Saladin", "Salah ad-Din"]
ANB = ["Al Anbar", "Anbar", "Al-Anbar"]
DIY = ["Diyala"]
MUQ = ["Al-Muqdadiya", "Al Muqdadiya", "Muqdadiyah", "Al Miqdadiyah", "Muqdadiya"]
NIN = ["Nineveh", "Ninawa", "Ninewa", "Niniveh"]
MOSUL = ["Mosul", "Al Mosul"]
DUH = ["Duhok", "Dohuk", "Dahuk", "Dihok"]
ZAKHO = ["Zakho", "Zaxo", ""]
KIR = ["Kirkuk", "Tamim", "At-Ta'mim"]
ERB = ["Erbil", "Arbil"]
BAS = ["Basra", "Basrah", "Al Basrah"]
DQ = ["Dhi Qar", "Thi Qar", "Dhi-Qar"]
NAS = ["Nassriya", "Nasiriyah", "An Nasiriyah", "Nasiriya"]

# ---------------------------------------------------------------- Rudaw, 2019-08-26 (Mon)
A = "iraq_qaim_rudaw"
ev("qaim-drone-strike-pmf-convoy", A, "2019-08-25", "2019-08-25", "2019-08-25", EXP, ["Air/drone strike"],
   UAG + ISRAEL, PMF + KH, IQ, ANB, ["Al-Ka'im", "Al Qaim", "Al-Qaim", "Qaim", "Al Qa'im"], 2,
   evidence="Two members of the PMF, including a field commander of Kataib Hezbollah, were killed on Sunday evening "
            "when two unidentified drones struck their vehicles near the town of al-Qaim ... security source ... "
            "three ... PMF's own statement gave a toll of two")
ev("balad-pmf-depot-blast", A, "2019-08-20", "2019-08-20", "2019-08-20", EXP,
   ["Air/drone strike", "Remote explosive/landmine/IED"], UAG + ISRAEL, PMF + [""], IQ, SAL, ["Balad"], 0,
   evidence="Last Tuesday, a fire and a series of explosions tore through a weapons depot belonging to the "
            "paramilitaries next to Balad air base ... Witnesses reported hearing an aircraft ... no casualties")
ev("al-saqr-camp-blast", A, "2019-08-12", "2019-08-12", "2019-08-12", EXP,
   ["Air/drone strike", "Remote explosive/landmine/IED"], UAG + ISRAEL, PMF + CIV + [""], IQ, BAG, BAG2, 1,
   evidence="on August 12, a huge blast at the al-Saqr military camp in southern Baghdad, where the PMF stored "
            "ammunition, sent rockets and shells flying into the surrounding Dora neighbourhood ... one civilian "
            "was killed and 29 others were wounded, while residents said a second man later died")
ev("camp-ashraf-drone-strike", A, "2019-07-28", "2019-07-28", "2019-07-28", EXP,
   ["Air/drone strike", "Remote explosive/landmine/IED"], UAG + ISRAEL, PMF + [""], IQ, DIY,
   MUQ + ["Al Khalis", "Khalis", "Al-Khalis", ""], 0,
   evidence="On July 28, a drone was reported to have hit a PMF base at Camp Ashraf ... near the town of Khalis ... "
            "The PMF said at the time the blast caused only material damage (29 days before publication: inside)")
ev("mutaibija-ied-pmf-patrol", A, "2019-08-24", "2019-08-24", "2019-08-24", EXP, ["Remote explosive/landmine/IED"],
   IS + UAG, PMF, IQ, SAL + DIY, (), 2,
   evidence="Two PMF fighters were killed and three wounded on Saturday when a roadside bomb hit their patrol in the "
            "Mutaibija area, which straddles the boundary between Salahuddin and Diyala ... Local officials put the "
            "toll at three")

# ---------------------------------------------------------------- AFP, 2016-12-27 (Tue)
A = "iraq_saidiya_afp"
ev("afrah-shawqi-abducted", A, "2016-12-26", "2016-12-26", "2016-12-27", VAC, ["Abduction/forced disappearance"],
   UAG, CIV + ["Journalists (Iraq)", "Afrah Shawqi"], IQ, BAG, BAG2 + ["Saidiya"], 0,
   evidence="Gunmen wearing civilian clothes stormed the home of an Iraqi woman journalist in southwestern Baghdad "
            "late Monday and drove her away ... seized at around 11:00 pm from her house in the Saidiya district")
ev("firdous-square-journalists-sit-in", A, "2016-12-27", "2016-12-27", "2016-12-27", PRO, ["Peaceful protest"],
   PROT + ["Journalists (Iraq)"], [""], IQ, BAG, BAG2, 0,
   evidence="Dozens of journalists and activists gathered in the capital's Firdous Square on Tuesday afternoon ... "
            "The sit-in ended peacefully")
ev("husseiniya-minibus-bomb", A, "2016-12-25", "2016-12-25", "2016-12-25", EXP, ["Remote explosive/landmine/IED"],
   UAG + IS, CIV, IQ, BAG, BAG2 + ["Husseiniya"], 2,
   evidence="A bomb placed under a parked minibus exploded on Sunday in the Husseiniya area on the northeastern edge "
            "of Baghdad, killing two people ... A medic ... said three were killed")
ev("zuhur-mortars-mosul", A, "2016-12-26", "2016-12-26", "2016-12-26", EXP, ["Shelling/artillery/missile attack"],
   IS, CIV, IQ, NIN, MOSUL, 7,
   evidence="mortar rounds fired by the jihadists slammed into the Zuhur district on Monday, killing seven civilians")

# ---------------------------------------------------------------- Reuters, 2017-02-23 (Thu)
A = "iraq_mosulairport_reuters"
ev("mosul-airport-retaken", A, "2017-02-23", "2017-02-23", "2017-02-23", BAT, ["Government regains territory"],
   IQSF + ["Rapid Response Division", "Emergency Response Division"], IS, IQ, NIN, MOSUL, None,
   evidence="Rapid Response units ... and federal police stormed the airport from the south after dawn ... had taken "
            "full control of the runway and the terminal buildings by early afternoon (no toll)")
ev("ghozlani-base-retaken", A, "2017-02-23", "2017-02-23", "2017-02-23", BAT, ["Government regains territory"],
   IQA + CTS, IS, IQ, NIN, MOSUL, None,
   evidence="troops of the elite Counter-Terrorism Service (CTS) moved into the sprawling Ghozlani military complex "
            "... 'Ghozlani is now completely in our hands'")
ev("airport-suicide-car-bombs", A, "2017-02-23", "2017-02-23", "2017-02-23", EXP, ["Suicide bomb"],
   IS, IQSF + CTS, IQ, NIN, MOSUL, None, req=False,
   evidence="The militants tried to slow the advance with suicide car bombs ... Most ... destroyed ... before "
            "reaching the lines (part of the airport battle)")
ev("airport-drone-grenades", A, "2017-02-23", "2017-02-23", "2017-02-23", EXP, ["Air/drone strike", "Grenade"],
   IS, IQSF + CTS, IQ, NIN, MOSUL, None, req=False,
   evidence="small drones dropping grenades on the troops (part of the airport battle)")
ev("albu-saif-retaken", A, "2017-02-21", "2017-02-21", "2017-02-21", BAT, ["Government regains territory"],
   IQP + IQA, IS, IQ, NIN, MOSUL, 3,
   evidence="On Tuesday, federal police took the village of Albu Saif ... A police officer said three of his men were "
            "killed in the battle for the village")
ev("wahda-market-mortars", A, "2017-02-22", "2017-02-22", "2017-02-22", EXP, ["Shelling/artillery/missile attack"],
   IS, CIV, IQ, NIN, MOSUL, 4,
   evidence="Mortar rounds fired from across the river hit a market in the eastern Wahda district on Wednesday, "
            "killing four civilians, medics said. Residents said six people died")
ev("tal-afar-attack-repelled", A, "2017-02-22", "2017-02-22", "2017-02-22", BAT, ["Armed clash"],
   IS + PMF, PMF + IS, IQ, NIN, ["Tel Afar", "Tal Afar", "Tall Afar", "Tall 'Afar", "Telafar"], 10,
   evidence="the Popular Mobilisation Forces said they had repelled an Islamic State attack on their positions near "
            "Tal Afar on Wednesday, killing 10 militants")

# ---------------------------------------------------------------- The Guardian, 2015-01-29 (Thu)
A = "iraq_barwana_guardian"
MILITIA = PMF + BADR + UAG + IQA
ev("barwana-killings", A, "2015-01-26", "2015-01-26", "2015-01-26", VAC, ["Attack"],
   MILITIA, CIV, IQ, DIY, MUQ + ["Barwana", ""], 56,
   evidence="Shia militias ... killing at least 72 unarmed men in a village in ... Diyala on Monday ... Barwana ... "
            "Nahida al-Daini ... 72 ... A police colonel ... said 56 bodies had been recovered by Wednesday")
ev("mukhisa-basin-retaken", A, "2015-01-26", "2015-01-25", "2015-01-26", BAT, ["Government regains territory"],
   IQA + PMF + BADR, IS, IQ, DIY, MUQ + ["Al Mukhaysah", ""], 9,
   evidence="the army and the militias ... announced they had retaken the last Isis-held villages in the al-Mukhisa "
            "basin north-east of Muqdadiyah ... nine soldiers and militiamen had been killed in the final assault")
ev("muqdadiyah-homes-torched", A, "2015-01-28", "2015-01-22", "2015-01-29", STR, ["Looting/property destruction"],
   PMF + BADR + UAG, CIV + [""], IQ, DIY, MUQ + [""], 0, req=False, tp=2,
   evidence="Residents of the surrounding villages said militiamen had torched dozens of homes and shops in the area "
            "over the past week (unnamed villages, week range)")
ev("baquba-council-protest", A, "2015-01-28", "2015-01-28", "2015-01-28", PRO, ["Peaceful protest"],
   PROT, [""], IQ, DIY, MUQ + ["Baquba", "Baqubah", "Ba'qubah", "Baaqubah", ""], 0,
   evidence="On Wednesday, several hundred people ... gathered outside the provincial council building in Baquba to "
            "demand an independent investigation. The protest passed off without incident")

# ---------------------------------------------------------------- Kurdistan 24, 2017-10-28 (Sat)
A = "iraq_fayshkhabur_kurdistan24"
IQ_PMF = IQA + PMF + IQP
ev("mahmoudiya-fishkhabour-clashes", A, "2017-10-26", "2017-10-26", "2017-10-26", BAT, ["Armed clash"],
   IQ_PMF + PESH, PESH + IQ_PMF, IQ, DUH + NIN, ZAKHO, 2,
   evidence="The heaviest fighting broke out on Thursday near the village of Mahmoudiya, on the road that leads from "
            "Rabia to Fishkhabour ... two of his fighters were killed ... 'dozens' of Iraqi troops ... could not be "
            "verified")
ev("sahela-artillery", A, "2017-10-27", "2017-10-27", "2017-10-27", EXP, ["Shelling/artillery/missile attack"],
   IQA + PMF, PESH, IQ, DUH, ZAKHO, None,
   evidence="Iraqi artillery kept pounding Peshmerga positions near the village of Sahela ... early on Friday ... He "
            "did not report any casualties")
ev("abadi-24h-truce", A, "2017-10-27", "2017-10-27", "2017-10-28", STR, ["Agreement"],
   GOV_IQ + IQA + PESH, PESH + GOV_IQ + IQA + [""], IQ, DUH + BAG + ERB + [""], (), 0,
   evidence="Abadi ordered a 24-hour halt to military operations ... announced ... late on Friday ... the Peshmerga "
            "General Command said ... its forces had accepted the pause")
ev("altun-kupri-captured", A, "2017-10-20", "2017-10-20", "2017-10-20", BAT,
   ["Government regains territory", "Armed clash"], IQ_PMF, PESH, IQ, KIR, ["Dabes", "Dibis", "Kirkuk", ""], None,
   evidence="On October 20, Iraqi forces and the Hashd captured the town of Altun Kupri ... after a three-hour battle "
            "with the Peshmerga, who withdrew (8 days before publication)")
ev("erbil-un-compound-rally", A, "2017-10-26", "2017-10-26", "2017-10-26", PRO, ["Peaceful protest"],
   PROT + ["Protesters (Kurdistan)"], [""], IQ, ERB, ["Arbil", "Erbil", ""], 0,
   evidence="On Thursday ... several thousand people rallied in front of the United Nations compound in Erbil ... "
            "dispersed peacefully")
ev("kirkuk-disputed-areas-takeover", A, "2017-10-27", "2017-10-01", "2017-10-27", BAT,
   ["Government regains territory", "Armed clash"], IQ_PMF, PESH + [""], IQ, KIR, (), None, req=False, tp=3,
   evidence="since Iraqi forces and the Hashd took control of Kirkuk and most of the disputed territories earlier this "
            "month (vague date and places)")

# ---------------------------------------------------------------- AP, 2019-11-05 (Tue)
A = "iraq_baghdad_ap"
ev("ahrar-bridge-shooting", A, "2019-11-04", "2019-11-04", "2019-11-04", PRO,
   ["Excessive force against protesters", "Protest with intervention"], PROT + IQSF, IQSF + PROT, IQ, BAG, BAG2, 4,
   evidence="Iraqi security forces opened fire on anti-government protesters trying to cross a bridge ... on Monday, "
            "killing four ... near the Ahrar Bridge and along the nearby Rasheed Street ... commission ... five")
ev("ahrar-bridge-as-riot", A, "2019-11-04", "2019-11-04", "2019-11-04", RIO, ["Violent demonstration"],
   RIOT, IQSF + [""], IQ, BAG, BAG2, 4, req=False,
   evidence="young men hurling rocks have been facing off with riot police (the same clash seen as a riot)")
ev("tahrir-square-sit-in", A, "2019-11-04", "2019-11-04", "2019-11-04", PRO, ["Peaceful protest"],
   PROT, [""], IQ, BAG, BAG2 + ["Tahrir Square"], 0, req=False,
   evidence="tens of thousands of people again packed Tahrir Square ... on Monday ... The sit-in there remained "
            "peaceful (may be folded into the bridge event)")
ev("saba-al-mahdawi-abducted", A, "2019-11-02", "2019-11-02", "2019-11-03", VAC, ["Abduction/forced disappearance"],
   UAG, CIV + PROT + ["Health Workers (Iraq)", "Saba al-Mahdawi"], IQ, BAG, BAG2 + ["New Baghdad"], 0,
   evidence="Saba al-Mahdawi, a 36-year-old nurse ... was abducted by unknown gunmen late Saturday as she returned to "
            "her home in the capital's New Baghdad district")
ev("umm-qasr-road-cleared", A, "2019-11-04", "2019-11-04", "2019-11-04", PRO,
   ["Protest with intervention", "Excessive force against protesters"], PROT + IQSF, IQSF + PROT, IQ, BAS,
   ["Al-Zubair", "Az Zubayr", "Zubair", "Al Zubair", "Umm Qasr", "Basrah", ""], 0,
   evidence="Security forces fired tear gas and shot into the air on Monday to reopen the road, injuring dozens, but "
            "protesters returned within hours")
ev("umm-qasr-blockade", A, "2019-11-04", "2019-11-02", "2019-11-04", PRO, ["Peaceful protest"],
   PROT, [""], IQ, BAS, ["Al-Zubair", "Az Zubayr", "Zubair", "Al Zubair", "Umm Qasr", "Basrah", ""], 0, req=False,
   tp=2, evidence="protesters kept up a blockade of the main road to the Umm Qasr commodities port ... which they "
                  "have closed since Saturday (the blockade itself, before the intervention)")
ev("nasiriyah-civil-disobedience", A, "2019-11-04", "2019-11-04", "2019-11-04", PRO, ["Peaceful protest"],
   PROT, [""], IQ, DQ, NAS + [""], 0,
   evidence="In the southern city of Nasiriyah, protesters on Monday forced government offices, schools and the "
            "provincial council to close ... The day passed without violence")
ev("protest-death-toll-since-oct1", A, "2019-11-05", "2019-10-01", "2019-11-05", PRO,
   ["Excessive force against protesters"], PROT + IQSF, IQSF + PROT, IQ, [""], (), None, req=False, tp=3,
   evidence="More than 260 people have been killed ... since the protests first erupted on Oct. 1 (aggregate with a "
            "toll, country level)")

# ---------------------------------------------------------------- The National, 2015-08-01 (Sat)
A = "iraq_basra_thenational"
ev("baghdad-tahrir-power-protest", A, "2015-07-31", "2015-07-31", "2015-07-31", PRO, ["Peaceful protest"],
   PROT, [""], IQ, BAG, BAG2 + ["Tahrir Square"], 0,
   evidence="In the capital, demonstrators filled Tahrir Square after the weekly prayers ... The protest ended "
            "peacefully")
ev("basra-council-power-protest", A, "2015-07-31", "2015-07-31", "2015-07-31", PRO, ["Peaceful protest"],
   PROT, [""], IQ, BAS, ["Basrah", "Basra", ""], 0,
   evidence="Similar rallies were held in Basra, where several thousand people gathered outside the provincial "
            "council building ... passed off without incident")
ev("nasiriyah-power-protest", A, "2015-07-31", "2015-07-31", "2015-07-31", PRO, ["Peaceful protest"],
   PROT, [""], IQ, DQ, NAS + [""], 0,
   evidence="and in Nasiriyah, the capital of Dhi Qar province. Both passed off without incident")
ev("hilla-council-stoned", A, "2015-07-31", "2015-07-31", "2015-07-31", RIO, ["Violent demonstration"],
   RIOT, IQP + [""], IQ, ["Babil", "Babylon"], ["Al-Musayab", "Al Hillah", "Hilla", "Al-Hilla", "Hillah"], 0,
   evidence="In Hilla ... Protesters pelted the provincial council building with stones and water bottles and tried "
            "to tear down its gate, prompting police to fire into the air ... five policemen were lightly injured")
ev("al-madina-protester-killed", A, "2015-07-16", "2015-07-16", "2015-07-16", PRO,
   ["Excessive force against protesters"], IQP + PROT, PROT + IQP, IQ, BAS,
   ["Al-Midaina", "Al Madinah", "Al-Madina", "Al Midaina", "Al Madina"], 1,
   evidence="Muntadhar al-Hilfi, 18, was shot dead on July 16 when police opened fire on a crowd that had blocked a "
            "road in the town of Al Madina, north of Basra (16 days before publication)")
ev("anbar-offensive-launched", A, "2015-07-15", "2015-07-11", "2015-07-20", STR, ["Change to group/activity"],
   IQA + PMF, IS + [""], IQ, ANB, (), None, req=False, tp=2,
   evidence="Iraqi forces launched an offensive to retake Anbar in mid-July (no place below province, no clash)")

# ---------------------------------------------------------------- Al Jazeera, 2018-11-09 (Fri)
A = "iraq_mosul_aljazeera"
ev("mosul-abu-layla-car-bomb", A, "2018-11-08", "2018-11-08", "2018-11-08", EXP, ["Remote explosive/landmine/IED"],
   UAG + IS, CIV, IQ, NIN, MOSUL, 3,
   evidence="A car bomb parked outside a crowded restaurant in western Mosul exploded on Thursday afternoon, killing at "
            "least three ... health directorate put the toll at three dead. A police source said four")
ev("yarmouk-car-bomb-defused", A, "2018-11-08", "2018-11-08", "2018-11-08", STR, ["Disrupted weapons use"],
   IQP + IQA + UAG + IS, IS + UAG + IQP + [""], IQ, NIN, MOSUL, 0,
   evidence="police bomb-disposal teams defused a second car rigged with explosives that had been left near a "
            "checkpoint in the Yarmouk district, also in western Mosul")
ev("badush-mukhtar-abducted-killed", A, "2018-11-06", "2018-11-06", "2018-11-07", VAC,
   ["Abduction/forced disappearance", "Attack"], UAG + IS, CIV, IQ, NIN, MOSUL, 1,
   evidence="gunmen stormed the home of a village headman in the Badush area ... late on Tuesday and took him away. "
            "His body ... was found dumped on a road near the village on Wednesday morning")
ev("badush-mukhtar-body-found", A, "2018-11-07", "2018-11-06", "2018-11-07", VAC, ["Attack"],
   UAG + IS, CIV, IQ, NIN, MOSUL, 1, req=False,
   evidence="His body, bearing gunshot wounds, was found ... on Wednesday morning (a coder splitting the abduction "
            "from the killing)")
ev("hajin-iraqi-f16-strike", A, "2018-11-07", "2018-11-07", "2018-11-07", EXP, ["Air/drone strike"],
   IQA + ["Iraqi Air Force"], IS, "Syria", ["Deir ez-Zor", "Deir-ez-Zor", "Dayr az Zawr", "Deir ez Zor", "Deir Ezzor"],
   ["Abu Kamal", "Al Bukamal", "Albu Kamal", "Al Mayadin", ""], 14,
   evidence="the Iraqi military said its F-16 jets struck a house used by ISIL commanders in the Syrian town of "
            "Hajin, near the Iraqi border, on Wednesday, killing 14 fighters")

DROP = {
    "iraq_qaim_rudaw": ["Rudaw", "Kurdistan", "Iraq", "Middle East", "World", "Opinion", "Video",
                        "Tags: PMF, Hashd al-Shaabi, Israel, drones, Anbar", "Related",
                        "Explosions rock PMF depot near Balad air base",
                        "Abdul-Mahdi restricts airspace after Baghdad blasts", "© Rudaw Media Network 2019"],
    "iraq_barwana_guardian": ["The Guardian", "Skip to main content", "World", "Middle East", "Iraq", "Sign in",
                              "Share on Facebook", "Share on Twitter", "Topics", "Islamic State",
                              "Middle East and north Africa", "Reuse this content",
                              "© 2015 Guardian News and Media Limited or its affiliated companies. All rights reserved."],
    "iraq_fayshkhabur_kurdistan24": ["Kurdistan 24", "Home", "Kurdistan", "Iraq", "World", "Opinion", "Live", "Share",
                                     "Related News", "Peshmerga repel Iraqi attack near Zummar",
                                     "KRG proposes freezing referendum results", "Copyright © 2017 Kurdistan24"],
    "iraq_basra_thenational": ["The National", "UAE", "World", "Business", "Opinion", "Arts & Culture", "Sport",
                               "Share", "Related", "Iraq declares holiday as heatwave hits",
                               "Basra police chief suspended after protester's death"],
    "iraq_mosul_aljazeera": ["Al Jazeera", "Skip links", "Skip to Content", "News", "Middle East", "Features",
                             "Opinion", "More from News", "Iraq's parliament approves remaining cabinet ministers",
                             "UN: More than 200 mass graves found in Iraq"],
}
EITHER = {
    "iraq_qaim_rudaw": ["26-08-2019"],
    "iraq_saidiya_afp": ["burs-sf/kir/tp"],
    "iraq_mosulairport_reuters": ["By Maher Chmaytelli and Isabel Coles",
                                  "(Additional reporting by Ahmed Rasheed in Baghdad; Editing by Alison Williams)"],
    "iraq_barwana_guardian": ["Martin Chulov in Beirut and agencies", "Thu 29 Jan 2015 13.05 GMT"],
    "iraq_fayshkhabur_kurdistan24": ["By Kurdistan 24", "1 minute ago"],
    "iraq_baghdad_ap": ["By SAMYA KULLAB and QASSIM ABDUL-ZAHRA Associated Press",
                        "Associated Press writer Murtada Faraj in Basra contributed to this report."],
    "iraq_basra_thenational": ["Mina Aldroubi", "August 1, 2015", "Updated: August 1, 2015 03:20 AM"],
    "iraq_mosul_aljazeera": ["9 Nov 2018", "Source: Al Jazeera and news agencies"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout224; Iraq 2014-2019: war against IS, "
                             "PMF operations, car bombs, kidnappings, protests), coded by CODEBOOK.md before the "
                             "system was run (BLIND).", drop=DROP, either=EITHER)
