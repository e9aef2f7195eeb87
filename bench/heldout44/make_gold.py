"""Writes gold.json for the 44th held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout44/make_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# --- Yemen: Mokha (Reuters, 2015-07-26, Sunday) ---
YE = "Yemen"
COAL = ["Saudi-led coalition", "Saudi-led Coalition", "Military Forces of Saudi Arabia", "Coalition (Saudi Arabia)",
        "Saudi Arabia-led Coalition", "Military Forces of Saudi Arabia (2015-) Coalition"]
HOU = ["Houthis", "Houthi Movement", "Houthi", "Ansar Allah", "Military Forces of Yemen (Houthi)"]
ev("mokha-compound-strikes", "yemen_mokha_reuters", "2015-07-24", "2015-07-24", "2015-07-25", EXP,
   ["Air/drone strike"], COAL, ["Civilians (Yemen)"], YE, ["Ta'izz", "Taizz", "Taiz"], ["Al Mukha'", "Al Makha", "Mokha"],
   65, evidence="Air strikes ... on a residential compound in ... Mokha killed at least 65 people late on Friday "
   "(local official: could exceed 120; MSF 65 -> 65)")
ev("taiz-houthi-shelling", "yemen_mokha_reuters", "2015-07-25", "2015-07-25", "2015-07-25", EXP,
   ["Shelling/artillery/missile attack"], HOU, ["Civilians (Yemen)"], YE, ["Ta'izz", "Taizz", "Taiz"], (), 10,
   evidence="In ... Taiz ... Houthi fighters shelled residential districts ... on Saturday, killing at least 10 civilians")
ev("sanaa-airbase-strikes", "yemen_mokha_reuters", "2015-07-26", "2015-07-25", "2015-07-26", EXP,
   ["Air/drone strike"], COAL, ["", "Houthis", "Houthi Movement", "Military Forces of Yemen"], YE,
   ["Amanat Alasimah", "Sanaa", "Sana'a", "Amanat al Asimah"], (), None,
   evidence="warplanes striking an air base north of the capital Sanaa ... overnight ... no immediate word on casualties")
ev("faj-attan-strikes", "yemen_mokha_reuters", "2015-07-26", "2015-07-25", "2015-07-26", EXP,
   ["Air/drone strike"], COAL, ["", "Houthis", "Houthi Movement", "Military Forces of Yemen"], YE,
   ["Amanat Alasimah", "Sanaa", "Sana'a", "Amanat al Asimah"], (), None, req=False,
   evidence="and weapons stores in the Faj Attan mountain area (same sentence, second named place in Sanaa)")
ev("aden-recaptured", "yemen_mokha_reuters", "2015-07-15", "2015-07-01", "2015-07-26", BAT,
   ["Government regains territory"], ["Southern Resistance", "Southern Movement", "Popular Resistance",
   "Military Forces of Yemen", "Military Forces of Yemen (Hadi)"], HOU, YE, ["Aden"], (), None, req=False, tp=3,
   evidence="Southern Resistance ... recaptured Aden earlier this month")
# not events: five-day humanitarian pause (announced, starts later: a plan), Houthi dismissal, push "towards" Al-Anad
# (no act at a place/day), UN 3,500 toll since March, MSF quote.

# --- Syria: Azaz (AFP, 2017-01-08, Sunday) ---
SY = "Syria"
IS = ["Islamic State", "ISIS", "ISIL", "Unidentified Armed Group (Syria)"]
TR = ["Military Forces of Turkey"]
ev("azaz-truck-bomb", "syria_azaz_afp", "2017-01-07", "2017-01-07", "2017-01-07", EXP,
   ["Remote explosive/landmine/IED", "Suicide bomb"], ["Unidentified Armed Group (Syria)", "Islamic State", "ISIS"],
   ["Civilians (Syria)", "Opposition Rebels (Syria)", "Free Syrian Army"], SY, ["Aleppo"], ["Azaz", "A'zaz"], 43,
   evidence="A truck bomb tore through a busy street in ... Azaz ... on Saturday, killing at least 43 (range 43-60 -> 43)")
ev("albab-turkish-strikes", "syria_azaz_afp", "2017-01-07", "2017-01-06", "2017-01-07", EXP, ["Air/drone strike"], TR,
   ["Civilians (Syria)", "Islamic State", "ISIS"], SY, ["Aleppo"], ["Al-Bab", "Al Bab"], None,
   evidence="Turkish warplanes struck ... Al-Bab on Saturday, killing at least eight civilians (SOHR); army claims 22 IS "
   "'neutralised' in Al-Bab, Tadef and Bizaa in 24 h -> toll unscored (8 or 8+part of 22)")
ev("tadef-turkish-strikes", "syria_azaz_afp", "2017-01-08", "2017-01-07", "2017-01-08", EXP, ["Air/drone strike"], TR,
   ["Islamic State", "ISIS"], SY, ["Aleppo"], ["Al-Bab", "Al Bab"], None, req=False,
   evidence="strikes on ... the nearby villages of Tadef and Bizaa in the past 24 hours")
ev("bizaa-turkish-strikes", "syria_azaz_afp", "2017-01-08", "2017-01-07", "2017-01-08", EXP, ["Air/drone strike"], TR,
   ["Islamic State", "ISIS"], SY, ["Aleppo"], ["Al-Bab", "Al Bab"], None, req=False,
   evidence="strikes on ... the nearby villages of Tadef and Bizaa in the past 24 hours")
ev("albab-dec21-fighting", "syria_azaz_afp", "2016-12-21", "2016-12-21", "2016-12-21", BAT, ["Armed clash"],
   ["Islamic State", "ISIS", "Military Forces of Turkey"], ["Military Forces of Turkey", "Islamic State", "ISIS"], SY,
   ["Aleppo"], ["Al-Bab", "Al Bab"], 16, req=False,
   evidence="Turkey has lost more than 40 soldiers in the Al-Bab offensive, including 16 killed in a single day of "
   "fighting on December 21 (18 days before: inside the window, but told as a running tally)")
ev("wadi-barada-shelling", "syria_azaz_afp", "2017-01-07", "2017-01-07", "2017-01-07", EXP,
   ["Shelling/artillery/missile attack"], ["Military Forces of Syria", "Hezbollah"],
   ["Opposition Rebels (Syria)", "", "Civilians (Syria)", "Jabhat Fateh al-Sham"], SY,
   ["Rif-dimashq", "Rif Dimashq", "Damascus Countryside"], (), None,
   evidence="Government forces and ... Hezbollah shelled the valley on Saturday")
ev("basimah-air-strikes", "syria_azaz_afp", "2017-01-07", "2017-01-07", "2017-01-07", EXP, ["Air/drone strike"],
   ["Military Forces of Syria"], ["Opposition Rebels (Syria)", "", "Civilians (Syria)", "Jabhat Fateh al-Sham"], SY,
   ["Rif-dimashq", "Rif Dimashq", "Damascus Countryside"], (), None,
   evidence="regime aircraft carried out at least six strikes on the village of Basimah ... without giving a toll")
ev("russia-turkey-ceasefire", "syria_azaz_afp", "2016-12-30", "2016-12-29", "2016-12-30", STR, ["Agreement"],
   ["Military Forces of Syria", "Military Forces of Russia", "Military Forces of Turkey", "Opposition Rebels (Syria)",
    "Government of Syria"], ["Opposition Rebels (Syria)", "Military Forces of Syria", "", "Government of Syria"], SY,
   [""], (), 0, req=False, evidence="a fragile nationwide ceasefire brokered by Russia and Turkey that took effect on "
   "December 30 (9 days before; no place)")
# not events: IS bombing near Azaz "in January last year" (background); Euphrates Shield launched in August
# (background); Damascus water cut since Dec 22 and the blame game; Astana talks threat; 310,000 dead since 2011.

# --- Iraq: Hillah (AP, 2016-03-07, Monday) ---
IQ = "Iraq"
IS_IQ = ["Islamic State", "ISIS", "ISIL"]
ev("hillah-checkpoint-truck-bomb", "iraq_hilla_ap", "2016-03-06", "2016-03-06", "2016-03-06", EXP, ["Suicide bomb"],
   IS_IQ, ["Civilians (Iraq)", "Police Forces of Iraq", "Military Forces of Iraq"], IQ, ["Babil", "Babylon"],
   ["Al-Musayab", "Hilla", "Al-Hilla", "Al Hillah"], 47,
   evidence="A suicide bomber drove a fuel tanker ... into a crowded checkpoint at ... Hillah on Sunday, killing at least "
   "47 (second officer 52 -> 47); IS claimed; lead, body and closing paragraph retell it")
ev("sadr-city-twin-bombing", "iraq_hilla_ap", "2016-02-28", "2016-02-28", "2016-02-28", EXP, ["Suicide bomb"],
   IS_IQ + ["Unidentified Armed Group (Iraq)"], ["Civilians (Iraq)"], IQ, ["Baghdad"], (), 70,
   evidence="On Feb. 28, twin suicide bombings tore through a crowded mobile phone market in ... Sadr City, killing more "
   "than 70 (8 days before publication: an event)")
ev("abu-ghraib-silo-attack", "iraq_hilla_ap", "2016-02-28", "2016-02-28", "2016-02-28", BAT, ["Armed clash"],
   IS_IQ, ["Military Forces of Iraq", "Police Forces of Iraq"], IQ, ["Baghdad"], ["Abu Ghraib"], None,
   evidence="IS fighters launched a wave of attacks on ... Abu Ghraib, briefly seizing a grain silo before they were "
   "driven back (taken and retaken the same day -> Armed clash; no toll)")
ev("latifiyah-market-bomb", "iraq_hilla_ap", "2016-03-06", "2016-03-06", "2016-03-06", EXP,
   ["Remote explosive/landmine/IED"], ["Unidentified Armed Group (Iraq)"], ["Civilians (Iraq)"], IQ, ["Baghdad"],
   ["Mahmudiya", "Al Mahmudiya"], 2,
   evidence="Also Sunday, a bomb went off next to a small market in Latifiyah ... killing two people")
ev("kubaisa-clash", "iraq_hilla_ap", "2016-03-06", "2016-03-06", "2016-03-06", BAT, ["Armed clash"],
   ["Military Forces of Iraq"] + IS_IQ, IS_IQ + ["Military Forces of Iraq"], IQ, ["Al Anbar", "Anbar"], ["Hit"], 14,
   evidence="Iraqi troops backed by ... coalition airstrikes clashed with IS fighters on the outskirts of ... Kubaisa "
   "... on Sunday, killing 11 militants ... Three soldiers were killed (11 + 3 = 14)")
# not events: 2005 Hillah clinic bombing and Ramadi liberated in late December (background); IS claim text; al-Abadi
# Mosul vow; council chief's call for resignations.

# --- Libya: al-Qubbah (The Guardian, 2015-02-21, Saturday) ---
LY = "Libya"
ev("qubbah-car-bombs", "libya_qubbah_guardian", "2015-02-20", "2015-02-20", "2015-02-20", EXP,
   ["Suicide bomb", "Remote explosive/landmine/IED"], ["Islamic State", "ISIS", "Islamic State (Libya)"],
   ["Civilians (Libya)", "Police Forces of Libya"], LY, ["Darnah", "Derna"], (), 40,
   evidence="three cars ... blew up on Friday morning outside a petrol station, the town's police headquarters and the "
   "home of the parliament speaker ... at least 40 (ministry spokesman 45 -> 40); one town, one day -> one event")
ev("derna-egyptian-airstrikes", "libya_qubbah_guardian", "2015-02-16", "2015-02-16", "2015-02-16", EXP,
   ["Air/drone strike"], ["Military Forces of Egypt"], ["Islamic State", "ISIS", "Civilians (Libya)"], LY,
   ["Darnah", "Derna"], (), 7,
   evidence="Egyptian warplanes bombed Derna ... on Monday ... at least seven civilians, three of them children, were "
   "killed")
ev("benghazi-laithi-clash", "libya_qubbah_guardian", "2015-02-21", "2015-02-21", "2015-02-21", BAT, ["Armed clash"],
   ["Libyan National Army", "Haftar forces", "Military Forces of Libya (Haftar)", "Operation Dignity",
    "Military Forces of Libya", "Shura Council of Benghazi Revolutionaries", "Ansar al-Sharia"],
   ["Shura Council of Benghazi Revolutionaries", "Ansar al-Sharia", "Libyan National Army", "Haftar forces",
    "Military Forces of Libya (Haftar)", "Military Forces of Libya"], LY, ["Benghazi", "Banghazi"], (), 4,
   evidence="In Benghazi ... fighting continued on Saturday ... Four soldiers were killed in clashes in the Laithi district")
ev("copts-beheading", "libya_qubbah_guardian", "2015-02-15", "2015-01-03", "2015-02-15", VAC, ["Attack"],
   ["Islamic State", "ISIS", "Islamic State (Libya)"], ["Civilians (Egypt)", "Civilians (Libya)"], LY,
   ["", "Surt", "Sirte"], (), 21, req=False, tp=3,
   evidence="a video purporting to show the beheading of 21 Egyptian Coptic Christians who had been kidnapped in Sirte "
   "(killing's place and date not given; video released Sunday Feb 15)")
# not events: HoR suspends UN talks (statement); Sisi call for coalition; mourning; Operation Dignity launched last May,
# Libya Dawn seizing Tripoli last summer (background); Isis "controls much of Derna" (territory held).

# --- Palestine: Nablus (Ma'an, 2016-08-23, Tuesday) ---
PS = "Palestine"
PA = ["Police Forces of Palestine", "Military Forces of Palestine", "Palestinian Authority Security Forces",
      "Police Forces of Palestine (Palestinian Authority)", "Police Forces of Palestinian Territory"]
GUN = ["Unidentified Armed Group (Palestine)", "Al Aqsa Martyrs Brigade", "Al-Aqsa Martyrs' Brigades",
       "Unidentified Armed Group (Palestinian Territory)"]
WB = ["West Bank"]
NB = ["Nablus"]
ev("halawa-beaten-to-death", "palestine_nablus_maan", "2016-08-23", "2016-08-22", "2016-08-23", VAC, ["Attack"], PA,
   ["Civilians (Palestine)", "Civilians (Palestinian Territory)", "Al Aqsa Martyrs Brigade", ""], PS, WB, NB, 1,
   evidence="Ahmad Izz Halawa ... died early Tuesday after being severely beaten by PA officers at the Juneid prison")
ev("nablus-officers-shot", "palestine_nablus_maan", "2016-08-18", "2016-08-18", "2016-08-18", BAT, ["Armed clash"],
   GUN, PA, PS, WB, NB, 2,
   evidence="two officers ... were shot dead in the Old City of Nablus last Thursday during a security campaign")
ev("nablus-hideout-raid", "palestine_nablus_maan", "2016-08-19", "2016-08-19", "2016-08-19", BAT, ["Armed clash"],
   PA, GUN, PS, WB, NB, 2,
   evidence="The following day, PA security forces killed two other men ... in an exchange of fire in the Old City "
   "(relatives say executed after arrest)")
ev("nablus-old-city-riot", "palestine_nablus_maan", "2016-08-23", "2016-08-23", "2016-08-23", RIO,
   ["Violent demonstration", "Mob violence"], ["Rioters (Palestine)", "Rioters (Palestinian Territory)"], PA, PS, WB, NB,
   0, evidence="dozens of young men took to the streets of the Old City, burning tires and throwing stones ... at PA "
   "security vehicles ... Security forces fired live rounds into the air and tear gas")
ev("halawa-arrest", "palestine_nablus_maan", "2016-08-22", "2016-08-22", "2016-08-23", STR, ["Arrests"], PA,
   ["Al Aqsa Martyrs Brigade", "Civilians (Palestine)", "Civilians (Palestinian Territory)", ""], PS, WB, NB, 0,
   req=False, evidence="was detained overnight Monday and taken to Juneid prison")
# not events: June killing of two officers (background, ~54 days); Damiri's vow of more arrests; committee; Al-Haq
# statement; October elections.

# --- Lebanon: al-Qaa (Al Arabiya English, 2016-06-28, Tuesday) ---
LB = "Lebanon"
ev("qaa-suicide-bombings", "lebanon_qaa_alarabiya", "2016-06-27", "2016-06-27", "2016-06-27", EXP, ["Suicide bomb"],
   ["Islamic State", "ISIS", "Unidentified Armed Group (Lebanon)"], ["Civilians (Lebanon)", "Military Forces of Lebanon"],
   LB, ["Baalbek-Hermel", "Baalbek-Hermel Governorate"], ["Baalbek", "Hermel"], 13,
   evidence="eight suicide bombers blew themselves up in Qaa on Monday ... four died in the dawn attack and four in the "
   "evening, in addition to the five villagers killed (same place, day, sub-type, actors -> one event, 5 + 8 = 13)")
ev("qaa-evening-wave", "lebanon_qaa_alarabiya", "2016-06-27", "2016-06-27", "2016-06-27", EXP, ["Suicide bomb"],
   ["Islamic State", "ISIS", "Unidentified Armed Group (Lebanon)"], ["Civilians (Lebanon)"], LB,
   ["Baalbek-Hermel", "Baalbek-Hermel Governorate"], ["Baalbek", "Hermel"], 4, req=False,
   evidence="Four attackers blew themselves up in the evening near the village church ... wounding at least 13 "
   "(optional: a second coder may split the two waves)")
ev("ras-baalbek-army-shelling", "lebanon_qaa_alarabiya", "2016-06-28", "2016-06-27", "2016-06-28", EXP,
   ["Shelling/artillery/missile attack"], ["Military Forces of Lebanon"],
   ["Islamic State", "ISIS", "Jabhat Fateh al-Sham", "Nusra Front", "Jabhat al Nusra", ""], LB,
   ["Baalbek-Hermel", "Baalbek-Hermel Governorate"], ["Baalbek", "Hermel"], None,
   evidence="Overnight, Lebanese army artillery pounded the hills east of Ras Baalbek ... no word on casualties")
ev("masharih-qaa-arrests", "lebanon_qaa_alarabiya", "2016-06-28", "2016-06-28", "2016-06-28", STR, ["Arrests"],
   ["Military Forces of Lebanon"], ["Civilians (Syria)", "Refugees (Syria)", "Civilians (Lebanon)", ""], LB,
   ["Baalbek-Hermel", "Baalbek-Hermel Governorate"], ["Baalbek", "Hermel"], 0, req=False,
   evidence="troops raided makeshift camps for Syrian refugees ... arresting 103 Syrians who lacked legal residency "
   "papers (not notable persons -> optional)")
# not events: Machnouk's "bigger target" claim; residents arming (statement); Arsal overrun Aug 2014 and Burj al-Barajneh
# Nov 2015 (background); related headlines (boilerplate).

# --- Afghanistan: Yahya Khel (RFE/RL, 2014-11-24, Monday) ---
AF = "Afghanistan"
ev("yahyakhel-volleyball-bombing", "afghanistan_yahyakhel_rferl", "2014-11-23", "2014-11-23", "2014-11-23", EXP,
   ["Suicide bomb"], ["Unidentified Armed Group (Afghanistan)", "Taliban"], ["Civilians (Afghanistan)"], AF, ["Paktika"],
   ["Yahya Khel"], 45,
   evidence="suicide bombing at a volleyball tournament ... Yahya Khel ... 45 (police chief 57, council member 61 -> 45); "
   "Taliban denied")
ev("shorabak-base-attack", "afghanistan_yahyakhel_rferl", "2014-11-21", "2014-11-20", "2014-11-21", BAT,
   ["Armed clash"], ["Taliban"], ["Military Forces of Afghanistan"], AF, ["Helmand"], ["Washer", "Washir"], 25, tp=2,
   evidence="Taliban fighters stormed Camp Shorabak ... late on November 20 ... repelled on November 21 ... five soldiers "
   "and at least 20 insurgents were killed")
ev("barakzai-convoy-bombing", "afghanistan_yahyakhel_rferl", "2014-11-16", "2014-11-16", "2014-11-16", EXP,
   ["Suicide bomb"], ["Unidentified Armed Group (Afghanistan)", "Taliban"],
   ["Civilians (Afghanistan)"], AF, ["Kabul"], ["Kabul"], 3,
   evidence="a suicide car bomber targeted the convoy of ... Shukria Barakzai on November 16, killing three civilians")
# not events: Ghani's condemnation and vow; NATO end of mission (plan); parliament approving the security agreements
# (political decision); UN half-year civilian toll; 2010 Kandahar dogfight bombing and 2009 Matun bombing (background).

# --- Pakistan: Mastung / Gwadar (Pakistan Today, 2017-05-14, Sunday) ---
PK = "Pakistan"
ev("mastung-haideri-convoy-bombing", "pakistan_mastung_pakistantoday", "2017-05-12", "2017-05-12", "2017-05-12", EXP,
   ["Suicide bomb"], ["Islamic State", "ISIS", "Islamic State Khorasan Province", "ISKP"],
   ["Civilians (Pakistan)", "JUI-F", "Jamiat Ulema-e-Islam (F)", "Jamiat Ulema-e-Islam-Fazl",
    "JUI-F: Jamiat Ulema-e-Islam (Fazl)"], PK, ["Balochistan"], ["Mastung"], 25,
   evidence="The death toll from Friday's suicide attack on the convoy of ... Haideri in Mastung rose to 25 "
   "(initially 15 -> updated 25)")
ev("gwadar-labourers-shot", "pakistan_mastung_pakistantoday", "2017-05-13", "2017-05-13", "2017-05-13", VAC, ["Attack"],
   ["Unidentified Armed Group (Pakistan)", "BLA: Balochistan Liberation Army", "Balochistan Liberation Army",
    "Baloch Liberation Army", "BLF: Balochistan Liberation Front"], ["Civilians (Pakistan)"], PK, ["Balochistan"],
   ["Gwadar"], 10,
   evidence="unidentified gunmen ... opened fire on labourers at a construction site in the Pishukan area ... on "
   "Saturday morning, killing ten")
ev("chaman-border-clash", "pakistan_mastung_pakistantoday", "2017-05-05", "2017-05-05", "2017-05-05", BAT,
   ["Armed clash"], ["Military Forces of Afghanistan", "Police Forces of Afghanistan", "Military Forces of Pakistan"],
   ["Military Forces of Pakistan", "Civilians (Pakistan)", "Military Forces of Afghanistan",
    "Police Forces of Afghanistan"], PK, ["Balochistan"], ["Qila Abdullah", "Killa Abdullah", "Chaman"], None,
   evidence="On May 5, Afghan border forces opened fire on a population census team and FC troops ... in the Chaman "
   "border area, triggering clashes that killed at least twelve ... (Pakistani claim of 50 vs Kabul's 2 -> toll unscored)")
# not events: Sharif/Zehri statements and compensation; Chaman crossing still closed; funerals and mourning; Quetta
# Civil Hospital bombing August last year (background).

DROP = {
    "libya_qubbah_guardian": {
        "Skip to main content", "The Guardian - Back to home", "News", "Opinion", "Sport", "Culture", "Lifestyle",
        "World", "Europe", "US news", "Americas", "Asia", "Australia", "Middle East", "Africa", "Libya",
        "Share on Facebook", "Share on Twitter", "Share via Email", "Advertisement", "Topics", "Islamic State",
        "Middle East and north Africa", "Egypt", "news", "Reuse this content", "Most popular",
        "Most viewed in World news", "Sign up to First Edition", "Our morning email breakdown of the key stories of the day",
        "© 2015 Guardian News & Media Limited or its affiliated companies. All rights reserved."},
    "palestine_nablus_maan": {
        "Ma'an News Agency", "Home", "News", "Palestine", "Israel", "Gaza", "Jerusalem", "Prisoners", "Opinion",
        "Features", "Search", "Font- Font+", "Related Stories",
        "PA security forces launch campaign in Nablus after officers killed",
        "2 PA officers killed in Nablus Old City shooting",
        "Hamdallah: 'No tolerance' for armed chaos in West Bank", "Share this article", "Facebook", "Twitter",
        "Email", "Print", "Copyright © Ma'an News Agency 2005-2016"},
    "lebanon_qaa_alarabiya": {
        "Al Arabiya English", "Home", "News", "Middle East", "Gulf", "World", "Business", "Sport", "Life", "Views",
        "Video", "Lebanon", "Text size A A A", "Share", "Tweet", "Email", "Advertisement", "Read More",
        "Lebanon's army chief visits Qaa after suicide attacks", "ISIS militants seize border posts in Arsal outskirts",
        "Most Read", "Subscribe to our newsletter", "© 2016 Al Arabiya Network"},
    "pakistan_mastung_pakistantoday": {
        "Pakistan Today", "HOME", "NATIONAL", "BUSINESS", "SPORTS", "WORLD", "EDITORIAL", "OPINION", "PROFIT",
        "Share this:", "Click to share on Facebook (Opens in new window)",
        "Click to share on Twitter (Opens in new window)", "Advertisement", "RELATED ARTICLES",
        "Senate deputy chairman injured in Mastung blast", "CPEC security: army raises special division",
        "Chaman border to remain closed, says FO", "Leave a Reply",
        "Your email address will not be published.", "© 2017 Pakistan Today. All rights reserved."},
}
EITHER = {
    "libya_qubbah_guardian": {"Chris Stephen in Tripoli", "Sat 21 Feb 2015 12.41 GMT"},
    "palestine_nablus_maan": {"Published Tuesday 23/08/2016 (updated) 24/08/2016 09:14"},
    "lebanon_qaa_alarabiya": {"Staff writer, Al Arabiya English", "Tuesday, 28 June 2016",
                              "Last Update: Tuesday, 28 June 2016 KSA 11:40 - GMT 08:40"},
    "pakistan_mastung_pakistantoday": {"NEWS DESK", "MAY 14, 2017"},
    "yemen_mokha_reuters": {"By Mohammed Mukhashaf",
                            "(Additional reporting by Mohammed Ghobari in Cairo; Writing by Noah Browning; "
                            "Editing by Dominic Evans)"},
    "syria_azaz_afp": {"ser/kir/dv"},
    "iraq_hilla_ap": {"By SINAN SALAHEDDIN, Associated Press", "___",
                      "Associated Press writers Murtada Faraj and Qassim Abdul-Zahra in Baghdad contributed to this "
                      "report."},
    "afghanistan_yahyakhel_rferl": {"November 24, 2014", "By RFE/RL's Radio Free Afghanistan",
                                    "With reporting by AFP, Reuters, and dpa"},
}

write_gold(HERE, E, drop=DROP, either=EITHER, ensure_ascii=False,
           note="8 hand-written held-out articles (bench/heldout44), coded by CODEBOOK.md before the system was run "
                "(BLIND, not yet run).")
