"""Writes gold.json for the 129th held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout129/make_gold.py

Focus: Cameroon (Far North jihadist bombing and raids, Anglophone separatist attacks, army raid on a
village, police shootings in Bamenda) and the Palestinian territories (Gaza beach shelling 2014, Hebron
stabbing/shooting 2016, Nur Shams raid and Rafah strikes 2024, settler attacks around Ramallah 2025).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# ---------------------------------------------------------------- shared names
CM, PS = "Cameroon", "Palestine"
FN = ["Far North", "Extreme-Nord", "Extreme North", "Extrême-Nord"]
SW = ["South-West", "Southwest", "South West", "Sud-Ouest"]
NW = ["North-West", "North West", "Northwest", "Nord-Ouest"]
BH = ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS",
      "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Islamic State West Africa Province", "ISWAP",
      "Unidentified Armed Group (Cameroon)"]
AMBA = ["Ambazonian Separatists", "Ambazonia Separatists", "Ambazonian Separatists (Cameroon)",
        "Ambazonia Defence Forces", "ADF", "Amba Boys", "Separatists (Cameroon)", "Unidentified Armed Group (Cameroon)"]
MIL_CM = ["Military Forces of Cameroon"]
POL_CM = ["Police Forces of Cameroon"]
CIV_CM = ["Civilians (Cameroon)"]

WB = ["West Bank"]
GZ = ["Gaza Strip", "Gaza"]
MFI = ["Military Forces of Israel"]
PFI = ["Police Forces of Israel"]
CIV_PS = ["Civilians (Palestine)", "Civilians (Palestinian Territory)"]
SETT = ["Settlers (Israel)", "Israeli Settlers", "Israeli settlers", "Colonists (Israel)"]
HAMAS = ["Hamas", "Hamas Movement", "Qassam Brigades", "Izz al-Din al-Qassam Brigades"]
UAG_PS = ["Unidentified Armed Group (Palestine)", "Unidentified Armed Group (Palestinian Territory)"]
RAM = ["Ramallah", "Ramallah and al-Bira", "Ramallah and Al-Bireh", "Al Bireh"]
HEB = ["Hebron", "Al Khalil"]
TUL = ["Tulkarm", "Tulkarem", "Tulkarem Governorate"]

# ---------------------------------------------------------------- Cameroon (AFP, 2016-08-21, Sun)
A = "cameroon_mora_afp"
ev("mora-bridge-suicide-bomb", A, "2016-08-21", "2016-08-21", "2016-08-21", EXP, ["Suicide bomb"],
   BH, CIV_CM, CM, FN, ["Mayo-Sava"], 4,
   evidence="A suicide bomber riding a motorcycle blew himself up on a bridge near the main market in Mora ... on "
            "Sunday, killing three civilians ... provisional toll of three civilians plus the suicide bomber")
ev("tolkomari-village-raid", A, "2016-08-19", "2016-08-19", "2016-08-20", VAC, ["Attack"],
   BH, CIV_CM, CM, FN, (), 2,
   evidence="two days after suspected Boko Haram fighters raided the village of Tolkomari, near Kolofata, late on "
            "Friday, killing two villagers and torching several huts before escaping with livestock")
ev("limani-patrol-attack", A, "2016-08-17", "2016-08-17", "2016-08-17", BAT, ["Armed clash"],
   BH + MIL_CM, MIL_CM + BH, CM, FN, ["Mayo-Sava"], 4,
   evidence="The army said on Thursday that troops had killed four militants who attacked a patrol near Limani ... on "
            "Wednesday ... "
            "There were no losses on the army side")

# ---------------------------------------------------------------- Cameroon (Cameroon News Agency, 2019-02-13, Wed)
A = "cameroon_kumba_cna"
ev("kumba-hospital-arson", A, "2019-02-11", "2019-02-10", "2019-02-11", VAC, ["Attack"],
   AMBA + MIL_CM, CIV_CM, CM, SW, ["Meme"], 4,
   evidence="At least four people died after gunmen set fire to the Kumba District Hospital ... in the early hours "
            "of Monday, February 11 ... the minister blamed 'a group of about twenty armed secessionists' "
            "(separatists blame soldiers)")
ev("kumba-governor-convoy-fired-on", A, "2019-02-12", "2019-02-12", "2019-02-12", BAT, ["Armed clash"],
   AMBA + MIL_CM, MIL_CM + POL_CM + AMBA, CM, SW, ["Meme"], 0,
   evidence="The governor's convoy came under gunfire on the Kumba-Mbonge road on its way into the town on Tuesday "
            "... The escort returned fire ... No casualties were reported")
ev("kumba-hospital-staff-questioned", A, "2019-02-12", "2019-02-11", "2019-02-13", STR, ["Arrests"],
   POL_CM, CIV_CM + [""], CM, SW, ["Meme"], 0, req=False, tp=2,
   evidence="Some members of staff who were on duty that night have been taken to the police for questioning "
            "(not notable persons, undated)")

# ---------------------------------------------------------------- Cameroon (Reuters, 2021-01-13, Wed)
A = "cameroon_mautu_reuters"
ev("mautu-army-raid", A, "2021-01-10", "2021-01-10", "2021-01-10", VAC, ["Attack"],
   MIL_CM, CIV_CM, CM, SW, (), 8,
   evidence="Cameroonian soldiers opened fire on villagers during a raid on Sunday ... killing up to nine people ... "
            "Agbor Balla said he had confirmed at least eight deaths in Mautu")
ev("mautu-army-version-clash", A, "2021-01-10", "2021-01-10", "2021-01-10", BAT, ["Armed clash"],
   MIL_CM + AMBA, AMBA + MIL_CM, CM, SW, (), None, req=False,
   evidence="army: 'preventive raid' on positions of fighters loyal to 'Spirito' and 'Gabonais' ... 'some "
            "terrorists were neutralised' (the army's version of the same raid)")
ev("ngie-sdo-convoy-ambush", A, "2021-01-06", "2021-01-06", "2021-01-06", BAT, ["Armed clash"],
   AMBA, MIL_CM + ["Government of Cameroon"], CM, NW, (), 5,
   evidence="Last Wednesday, separatist fighters ambushed a convoy carrying the senior divisional officer of Momo "
            "division near Ngie ... detonating an improvised explosive device before opening fire. Five soldiers "
            "were killed")
ev("ngie-sdo-convoy-ied", A, "2021-01-06", "2021-01-06", "2021-01-06", EXP, ["Remote explosive/landmine/IED"],
   AMBA, MIL_CM + ["Government of Cameroon"], CM, NW, (), 5, req=False,
   evidence="the same ambush coded by its opening IED")

# ---------------------------------------------------------------- Cameroon (Mimi Mefo Info, 2024-08-09, Fri)
A = "cameroon_bamenda_mimimefo"
ev("bamenda-bank-attack-police-killed", A, "2024-08-07", "2024-08-07", "2024-08-07", BAT, ["Armed clash"],
   AMBA, POL_CM + MIL_CM, CM, NW, ["Mezam"], 2,
   evidence="On the evening of Wednesday, August 7, armed men stormed a commercial bank on Commercial Avenue, "
            "opening fire on police officers ... Two officers of the Mobile Intervention Unit (GMI) were killed ... "
            "The Ambazonia Defence Forces (ADF) later claimed the attack")
ev("bamenda-grandstand-rider-shot", A, "2024-08-08", "2024-08-08", "2024-08-08", VAC, ["Attack"],
   POL_CM + MIL_CM, CIV_CM, CM, NW, ["Mezam"], 1,
   evidence="on Thursday morning when police opened fire on a bike rider near the Grandstand, along Commercial "
            "Avenue ... The rider died on the spot")

# ---------------------------------------------------------------- Gaza (Xinhua, 2014-07-17, Thu)
A = "palestine_gazabeach_xinhua"
ev("gaza-port-beach-boys-killed", A, "2014-07-16", "2014-07-16", "2014-07-16", EXP,
   ["Shelling/artillery/missile attack", "Air/drone strike"], MFI, CIV_PS, PS, GZ, ["Gaza", "Gaza City"], 4,
   evidence="Four Palestinian children from one family were killed on Wednesday afternoon when Israeli fire hit a "
            "beach near the fishing port of Gaza City ... fired from an Israeli navy gunboat ... other accounts said "
            "the beach was hit from the air")
ev("zahar-home-strike", A, "2014-07-16", "2014-07-16", "2014-07-16", EXP, ["Air/drone strike"],
   MFI, HAMAS + CIV_PS + [""], PS, GZ, ["Gaza", "Gaza City"], 0,
   evidence="Israeli aircraft also bombed the homes of several senior Hamas leaders on Wednesday, including that of "
            "Mahmoud al-Zahar in Gaza City ... no casualties were reported")
ev("gaza-humanitarian-pause", A, "2014-07-16", "2014-07-16", "2014-07-17", STR, ["Agreement"],
   MFI + ["Government of Israel", "United Nations"] + HAMAS, MFI + ["Government of Israel", "United Nations", ""] + HAMAS,
   PS, GZ + [""], (), 0, req=False,
   evidence="Late on Wednesday, Israel agreed to a United Nations request for a five-hour humanitarian pause in Gaza "
            "on Thursday ... Hamas ... would abide by the pause")
ev("rockets-at-israel-wednesday", A, "2014-07-16", "2014-07-16", "2014-07-16", EXP,
   ["Shelling/artillery/missile attack"], HAMAS + UAG_PS + ["Palestinian Islamic Jihad"],
   ["Civilians (Israel)", "Military Forces of Israel", ""], ["Israel"], ["", "Southern District", "HaDarom"], (), 0,
   req=False, evidence="militants fired more than 100 rockets and mortar rounds at Israel on Wednesday (Israel, no "
                       "place named, outside the gazetteer)")
ev("erez-mortar-israeli-killed", A, "2014-07-15", "2014-07-15", "2014-07-15", EXP,
   ["Shelling/artillery/missile attack"], HAMAS + UAG_PS + ["Palestinian Islamic Jihad"], ["Civilians (Israel)"],
   ["Israel"], ["", "Southern District", "HaDarom"], (), 1, req=False,
   evidence="On Tuesday evening an Israeli civilian was killed by a mortar shell fired from Gaza near the Erez "
            "crossing (Israel, outside the gazetteer)")

# ---------------------------------------------------------------- West Bank (Ma'an, 2016-03-24, Thu)
A = "palestine_hebron_maan"
ev("tel-rumeida-stabbing-two-shot", A, "2016-03-24", "2016-03-24", "2016-03-24", BAT, ["Armed clash"],
   UAG_PS + CIV_PS + MFI, MFI + UAG_PS + CIV_PS, PS, WB, HEB, 2,
   evidence="Two Palestinians were shot dead by Israeli forces on Thursday morning after allegedly stabbing and "
            "injuring an Israeli soldier in the Tel Rumeida neighborhood of Hebron's Old City")
ev("tel-rumeida-wounded-man-shot", A, "2016-03-24", "2016-03-24", "2016-03-24", VAC, ["Attack"],
   MFI, CIV_PS + UAG_PS, PS, WB, HEB, 1, req=False,
   evidence="video ... showing a soldier shooting one of the men in the head as he lay wounded on the ground (the "
            "killing of al-Sharif as its own row)")
ev("tel-rumeida-soldier-detained", A, "2016-03-24", "2016-03-24", "2016-03-24", STR, ["Arrests"],
   MFI + ["Military Police of Israel", "Police Forces of Israel"], MFI + [""], PS, WB, HEB, 0, req=False,
   evidence="the soldier had been detained by military police and an investigation was under way")
ev("bab-al-zawiya-clashes", A, "2016-03-24", "2016-03-24", "2016-03-24", RIO, ["Violent demonstration"],
   ["Rioters (Palestine)", "Protesters (Palestine)"], MFI, PS, WB, HEB, 0,
   evidence="Clashes broke out in the afternoon at the Bab al-Zawiya area in central Hebron, where dozens of young "
            "men threw stones at Israeli soldiers ... Soldiers fired tear gas canisters and rubber-coated steel bullets")
ev("ibrahimi-mosque-border-police-stabbing", A, "2016-03-19", "2016-03-19", "2016-03-19", BAT, ["Armed clash"],
   UAG_PS + CIV_PS + PFI + MFI, PFI + MFI + UAG_PS + CIV_PS, PS, WB, HEB, 1,
   evidence="since Saturday, when a 16-year-old Palestinian was shot dead after he allegedly stabbed and wounded an "
            "Israeli border police officer near the Ibrahimi Mosque")

# ---------------------------------------------------------------- West Bank + Gaza (The National, 2024-04-21, Sun)
A = "palestine_nurshams_thenational"
PAL_ARMED = ["Tulkarm Brigade", "Palestinian Islamic Jihad", "Islamic Jihad", "Al-Quds Brigades", "Al Quds Brigades",
             "Al-Aqsa Martyrs Brigades", "Al Aqsa Martyrs Brigades", "Fatah"] + UAG_PS
ev("nur-shams-raid", A, "2024-04-20", "2024-04-18", "2024-04-20", BAT, ["Armed clash"],
   MFI + PAL_ARMED, PAL_ARMED + MFI, PS, WB, TUL, 13, tp=2,
   evidence="Israeli troops ... entered Nur Shams ... on Thursday evening and did not pull out until late on Saturday "
            "... Thirteen of the dead were killed inside Nur Shams")
ev("tulkarm-camp-teen-shot", A, "2024-04-19", "2024-04-19", "2024-04-19", VAC, ["Attack"],
   MFI, CIV_PS, PS, WB, TUL, 1, req=False,
   evidence="The fourteenth, 16-year-old Qais Fathi Nasrallah, was shot in the head by Israeli troops in the nearby "
            "Tulkarm refugee camp on Friday (a coder may fold it into the raid)")
ev("nur-shams-missile-from-air", A, "2024-04-19", "2024-04-19", "2024-04-19", EXP, ["Air/drone strike"],
   MFI, PAL_ARMED + CIV_PS + [""], PS, WB, TUL, None, req=False,
   evidence="a missile fired from the air at a house in the camp's Al Manshiya neighbourhood on Friday (toll inside "
            "the raid's)")
ev("tulkarm-traders-strike", A, "2024-04-20", "2024-04-20", "2024-04-20", PRO, ["Peaceful protest"],
   ["Protesters (Palestine)"], [""], PS, WB, TUL, 0, req=False,
   evidence="Shops in Tulkarm stayed closed on Saturday as traders went on strike in protest at the raid")
ev("rafah-tel-al-sultan-house-strike", A, "2024-04-19", "2024-04-19", "2024-04-20", EXP, ["Air/drone strike"],
   MFI, CIV_PS, PS, GZ, ["Rafah"], 9,
   evidence="an Israeli air strike hit a house in Rafah's Tel Al Sultan neighbourhood late on Friday, killing nine "
            "people, including six children")
ev("rafah-overnight-strikes-22", A, "2024-04-21", "2024-04-20", "2024-04-21", EXP, ["Air/drone strike"],
   MFI, CIV_PS, PS, GZ, ["Rafah"], 22,
   evidence="Then overnight, strikes on two homes in the city killed 22 people, 18 of them children")
ev("isfahan-explosions", A, "2024-04-19", "2024-04-19", "2024-04-19", EXP, ["Air/drone strike"],
   MFI, ["Military Forces of Iran", ""], ["Iran"], ["", "Isfahan", "Esfahan"], (), 0, req=False,
   evidence="explosions were reported near the Iranian city of Isfahan on Friday, in what was widely seen as a "
            "limited Israeli response (Iran is outside the gazetteer)")

# ---------------------------------------------------------------- West Bank (Arab News / AFP, 2025-07-12, Sat)
A = "palestine_sinjil_arabnews"
ev("sinjil-settler-attack", A, "2025-07-11", "2025-07-11", "2025-07-11", VAC, ["Attack"],
   SETT + MFI, CIV_PS, PS, WB, RAM, 2,
   evidence="Two Palestinians, one of them a US citizen, were killed on Friday evening when Israeli settlers attacked "
            "residents trying to reach their farmland near the town of Sinjil ... Musallet was beaten to death and "
            "Al-Shalabi was shot in the chest")
ev("taybeh-settler-arson", A, "2025-07-07", "2025-07-07", "2025-07-07", STR, ["Looting/property destruction"],
   SETT, CIV_PS + [""], PS, WB, RAM, 0,
   evidence="On Monday, settlers set fire to farmland near the cemetery and the fifth-century Church of Saint George "
            "in the Christian village of Taybeh")
ev("kafr-malik-troops-kill-three", A, "2025-06-25", "2025-06-25", "2025-06-25", VAC, ["Attack"],
   MFI + SETT, CIV_PS + ["Protesters (Palestine)", "Rioters (Palestine)"] + UAG_PS, PS, WB, RAM, 3,
   evidence="Last month, three Palestinians were killed in Kafr Malik ... when Israeli troops opened fire as residents "
            "confronted a group of settlers who had set homes and cars alight on the evening of June 25")
ev("kafr-malik-settler-arson", A, "2025-06-25", "2025-06-25", "2025-06-25", STR, ["Looting/property destruction"],
   SETT, CIV_PS + [""], PS, WB, RAM, 0, req=False,
   evidence="a group of settlers who had set homes and cars alight (may be folded into the killing row)")

DROP = {
    "cameroon_kumba_cna": ["Cameroon News Agency", "Home", "News", "Politics", "Anglophone Crisis", "Health", "Sports",
                           "Opinion", "Contact Us", "Share on Facebook", "Share on Twitter", "Share on WhatsApp",
                           "Read Also:", "Muyuka: Separatists Abduct Council Workers",
                           "Buea: Students Stay Home As Lockdown Bites", "Leave a Reply",
                           "Your email address will not be published. Required fields are marked *",
                           "© 2019 Cameroon News Agency. All rights reserved."],
    "cameroon_bamenda_mimimefo": ["MIMI MEFO INFO", "Home", "News", "Politics", "Anglophone Crisis", "Business",
                                  "Sports", "Tv", "Search", "Facebook", "X", "WhatsApp", "Telegram", "Related Posts",
                                  "Bamenda: Separatists torch taxis for defying Monday lockdown",
                                  "Bui: Two soldiers wounded in IED blast on Kumbo-Oku road",
                                  "Copyright © 2024 Mimi Mefo Info. All Rights Reserved."],
    "palestine_hebron_maan": ["Ma'an News Agency", "English", "Arabic", "Home", "Palestine", "Israel", "Features",
                              "Video", "Font: Large / Medium / Small", "Print", "Email", "Related Articles",
                              "Israeli forces detain 10 Palestinians in overnight raids across West Bank",
                              "Palestinian teen shot dead after alleged stabbing in Hebron",
                              "Copyright © Ma'an News Agency 2005-2016"],
    "palestine_nurshams_thenational": ["The National", "News", "UAE", "Gulf", "MENA", "World", "Business", "Opinion",
                                       "Lifestyle", "Sport", "Listen In English", "Share", "Read more",
                                       "Iran plays down Isfahan blasts as region braces for escalation",
                                       "US House approves $26bn in aid for Israel and Gaza", "Most Popular",
                                       "Copyright The National 2024"],
    "palestine_sinjil_arabnews": ["Arab News", "Middle East", "World", "Saudi Arabia", "Business", "Opinion", "Sport",
                                  "Lifestyle", "Follow", "Most Popular",
                                  "Israeli strikes kill dozens across Gaza as truce talks drag on", "Related",
                                  "West Bank Christians decry settler arson near ancient church",
                                  "Settlers torch homes and cars in West Bank village of Kafr Malik",
                                  "© 2025 Arab News. All rights reserved"],
}
EITHER = {
    "cameroon_mora_afp": ["rk/cdc/jm"],
    "cameroon_kumba_cna": ["By Nfor Hanson Nchanji", "February 13, 2019"],
    "cameroon_mautu_reuters": ["By Edward McAllister",
                               "Reporting by Edward McAllister; Additional reporting by Josiane Kouagheu in Douala; "
                               "Editing by Alex Richardson"],
    "cameroon_bamenda_mimimefo": ["By Mbah Godlove", "August 9, 2024"],
    "palestine_gazabeach_xinhua": ["Editor: Mu Xuequan"],
    "palestine_hebron_maan": ["Published Thursday 24/03/2016 (updated) 25/03/2016 00:14"],
    "palestine_nurshams_thenational": ["Apr 21, 2024", "Updated: April 21, 2024, 11:02 AM"],
    "palestine_sinjil_arabnews": ["Updated 12 July 2025", "AFP", "July 12, 2025 10:47"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout129; Cameroon and the Palestinian "
                             "territories), coded by CODEBOOK.md before the system was run (BLIND).",
               drop=DROP, either=EITHER)
