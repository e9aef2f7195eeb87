"""Writes gold.json for held-out set 73 (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout73/make_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# --- Lebanon: Khalde funeral ambush + border exchanges (The National, Sat 2021-08-07) ---
LB, A = "Lebanon", "lebanon_khaldeh_thenational"
IL = ["Military Forces of Israel"]
HZB = ["Hezbollah", "Hizbullah", "Hizballah"]
NAB = ["Nabatiye", "Nabatieh", "Nabatîyé"]
SOUTH = ["South", "Liban-Sud", "South Lebanon", "South Governorate"]
HAS = ["Hasbaya", "Hasbaiya", "Hasbaïya"]
ev("shebaa-farms-rockets", A, "2021-08-06", "2021-08-06", "2021-08-06", EXP,
   ["Shelling/artillery/missile attack"], HZB, IL, LB, NAB, HAS, 0,
   evidence="Hezbollah fired a barrage of rockets at Israeli positions in the occupied Shebaa Farms on Friday ... "
            "No casualties were reported")
ev("hasbaya-israeli-shelling", A, "2021-08-06", "2021-08-06", "2021-08-06", EXP,
   ["Shelling/artillery/missile attack"], IL, ["", "Hezbollah", "Civilians (Lebanon)"], LB, NAB, HAS, 0,
   evidence="Israeli artillery then shelled the outskirts of Kfarchouba, in the Hasbaya district ... "
            "caused no injuries")
ev("chouaya-villagers-stop-launcher", A, "2021-08-06", "2021-08-06", "2021-08-06", RIO,
   ["Mob violence"], ["Rioters (Lebanon)", "Civilians (Lebanon)", "Druze Ethnic Group (Lebanon)"], HZB + [""], LB, NAB,
   HAS, 0, req=False,
   evidence="residents of the Druze village of Chouaya intercepted the truck ... beating and briefly holding four "
            "Hezbollah members before handing them and the vehicle to the army")
ev("qlayleh-israeli-shelling", A, "2021-08-04", "2021-08-04", "2021-08-04", EXP,
   ["Shelling/artillery/missile attack"], IL, ["", "Unidentified Armed Group (Lebanon)"], LB, SOUTH,
   ["Tyre", "Sour", "Sur"], 0,
   evidence="Israel answered with dozens of artillery shells that landed in open areas around Qlayleh")
ev("kiryat-shmona-rockets", A, "2021-08-04", "2021-08-04", "2021-08-04", EXP,
   ["Shelling/artillery/missile attack"], ["Unidentified Armed Group (Lebanon)", "Unidentified Armed Group (Israel)",
                                           "Hamas", "Palestinian factions"],
   IL + ["Civilians (Israel)", ""], "Israel", ["Northern District", "HaZafon", "North District", "Z̧efat", "Zefat"],
   (), 0, req=False,
   evidence="three rockets were fired from the area of Qlayleh ... towards the Israeli town of Kiryat Shmona; two "
            "landed inside Israel (impact in Israel, outside the 23-country gazetteer; optional)")
ev("mahmoudiyeh-air-strikes", A, "2021-08-05", "2021-08-05", "2021-08-05", EXP,
   ["Air/drone strike"], IL, ["", "Unidentified Armed Group (Lebanon)", "Hezbollah"], LB, SOUTH + NAB, (), 0,
   evidence="Early on Thursday, Israeli warplanes struck what the army called 'launch areas' near the village of "
            "Mahmoudiyeh in the south ... craters in an open field")
KH_GUN = ["Unidentified Armed Group (Lebanon)", "Arab Tribes (Lebanon)", "Arab Ethnic Group (Lebanon)",
          "Arab Tribal Militia (Lebanon)", "Arab Clan Militia (Lebanon)", "Arab Tribes", "Gunmen (Lebanon)",
          "Khalde Arab Tribes"]
ev("khalde-funeral-gun-battle", A, "2021-08-01", "2021-08-01", "2021-08-01", BAT,
   ["Armed clash"], KH_GUN + HZB, HZB + KH_GUN, LB, ["Mont-Liban", "Mount Lebanon"], ["Aley"], 5,
   evidence="Gunmen opened fire on the funeral procession of Ali Shibli ... Hezbollah members in the procession fired "
            "back, sparking a gun battle ... toll at five (Red Cross first said two) ... last Sunday")
ev("jiyeh-wedding-killing", A, "2021-07-31", "2021-07-31", "2021-07-31", VAC,
   ["Attack"], ["Unidentified Armed Group (Lebanon)"] + KH_GUN[1:], ["Civilians (Lebanon)", "Hezbollah"], LB,
   ["Mont-Liban", "Mount Lebanon"], ["Chouf", "Shouf"], 1, req=False,
   evidence="Shibli had himself been shot dead the previous evening at a wedding in the town of Jiyeh by a man seeking "
            "revenge (a personal revenge killing; optional)")

# --- Yemen: Giants Brigades retake Shabwa (Asharq Al-Awsat, Tue 2022-01-11) ---
YE, A = "Yemen", "yemen_shabwa_asharq"
GIANTS = ["Giants Brigades", "Al Amalika Brigades", "Al-Amaliqa Brigades", "Amaliqa", "Giants Brigade",
          "Military Forces of Yemen"]
HOUTHI = ["Houthis", "Houthi Movement", "Ansar Allah", "Houthi", "Ansarallah"]
SHB = ["Shabwah", "Shabwa"]
ev("bayhan-retaken", A, "2022-01-10", "2022-01-10", "2022-01-10", BAT,
   ["Government regains territory"], GIANTS, HOUTHI, YE, SHB, ["Bayhan", "Bayhan al Qisab", "Beihan"], 21,
   evidence="forces entered the town of Bayhan at dawn on Monday after fierce fighting ... at least 17 Houthi fighters "
            "and four members of the Giants Brigades were killed (a medical source: 28 bodies since Monday, no "
            "breakdown -> lowest specific figure 21)")
ev("ain-retaken", A, "2022-01-08", "2022-01-08", "2022-01-08", BAT,
   ["Government regains territory"], GIANTS, HOUTHI, YE, SHB, ["Ain", "Al Ain", "'Ain"], None,
   evidence="Two days earlier, the brigades had taken full control of the neighboring district of Ain ... No casualty "
            "figures")
ev("usaylan-retaken", A, "2022-01-09", "2022-01-02", "2022-01-09", BAT,
   ["Government regains territory"], GIANTS, HOUTHI, YE, SHB, ["Usaylan", "Usailan", "Osaylan"], None, tp=2,
   evidence="Last week, the brigades retook Usaylan district")
COAL = ["Military Forces of Saudi Arabia", "Saudi-led Coalition", "Arab Coalition", "Coalition Forces",
        "Military Forces of Saudi Arabia and United Arab Emirates"]
ev("harib-coalition-strikes", A, "2022-01-11", "2022-01-10", "2022-01-11", EXP,
   ["Air/drone strike"], COAL, HOUTHI, YE, ["Ma'rib", "Marib"], ["Harib"], 90,
   evidence="its aircraft had carried out 24 strikes on Houthi positions ... in Harib district of Marib over the past "
            "24 hours ... killing more than 90")
ev("sanaa-coalition-strikes", A, "2022-01-11", "2022-01-10", "2022-01-11", EXP,
   ["Air/drone strike"], COAL, HOUTHI + [""], YE, ["Sanaa", "Sana'a", "San'a"], (), None, req=False,
   evidence="coalition warplanes had also struck the Sanaa governorate (undated, Houthi media)")

# --- Niger: Inates camp attack (Africanews, Thu 2019-12-12) ---
A = "niger_inates_africanews"
ISGS = ["Islamic State (Greater Sahara)", "Islamic State in the Greater Sahara", "ISGS", "Islamic State",
        "Islamic State Sahel Province"]
ev("inates-camp-attack", A, "2019-12-10", "2019-12-10", "2019-12-10", BAT,
   ["Armed clash"], ISGS + ["Unidentified Armed Group (Niger)"], ["Military Forces of Niger"], "Niger",
   ["Tillaberi", "Tillabéri"], (), 71,
   evidence="The assault on Tuesday evening ... 71 soldiers killed ('around thirty' first) ... 'Dozens of terrorists "
            "were neutralised' (no figure)")
ev("tabankort-ambush", A, "2019-11-18", "2019-11-18", "2019-11-18", BAT,
   ["Armed clash"], ISGS + ["Unidentified Armed Group (Mali)"], ["Military Forces of Mali"], "Mali",
   ["Gao", "Menaka", "Ménaka"], (), 41,
   evidence="24 soldiers were killed ... last month, on November 18, when their patrol came under attack near "
            "Tabankort, in the Gao region ... 17 assailants were killed")
ev("hantoukoura-church-attack", A, "2019-12-01", "2019-12-01", "2019-12-01", VAC,
   ["Attack"], ["Unidentified Armed Group (Burkina Faso)"], ["Civilians (Burkina Faso)"], "Burkina Faso", ["Est"],
   ["Komondjari"], 14,
   evidence="gunmen on Sunday, December 1, stormed a Protestant church in Hantoukoura ... shot dead 14 worshippers")

# --- Syria: IS takes Tabqa air base (The Daily Star, Mon 2014-08-25) ---
SY, A = "Syria", "syria_tabqa_dailystar"
IS = ["Islamic State", "ISIS", "ISIL", "Islamic State of Iraq and Syria", "Islamic State of Iraq and the Levant"]
SYA = ["Military Forces of Syria"]
RQ = ["Ar-Raqqah", "Raqqa", "Ar Raqqah", "Al-Raqqah"]
REB = ["Opposition Rebels (Syria)", "Syrian rebels", "Free Syrian Army", "Islamic Front", "Rebels (Syria)",
       "Unidentified Armed Group (Syria)"]
ev("tabqa-airbase-captured", A, "2014-08-24", "2014-08-24", "2014-08-24", BAT,
   ["Non-state actor overtakes territory"], IS, SYA, SY, RQ, ["Al-Thawrah", "Ath Thawrah", "Tabqa", "Al Thawrah"],
   None, evidence="captured the Tabqa military airport Sunday after days of fierce fighting (toll >500 covers five "
                  "days of battles -> not scored)")
ev("tabqa-fighting-before-capture", A, "2014-08-23", "2014-08-19", "2014-08-23", BAT,
   ["Armed clash"], IS + SYA, SYA + IS, SY, RQ, ["Al-Thawrah", "Ath Thawrah", "Tabqa", "Al Thawrah"], None, req=False,
   tp=2, evidence="fierce battles that began on Tuesday ... more than 500 people had been killed in the five days")
ev("raqqa-city-air-raids", A, "2014-08-24", "2014-08-24", "2014-08-25", EXP,
   ["Air/drone strike"], SYA, ["Civilians (Syria)", "Islamic State", "ISIS"], SY, RQ, ["Ar-Raqqah", "Raqqa",
                                                                                     "Ar Raqqah"], 11,
   evidence="Hours after the base fell, government warplanes launched at least 16 raids on the city of Raqqa ... "
            "killing 11 people")
ev("akhtarin-captured", A, "2014-08-13", "2014-08-13", "2014-08-13", BAT,
   ["Non-state actor overtakes territory"], IS, REB, SY, ["Aleppo"], ["Azaz", "A'zaz"], None,
   evidence="On Aug. 13, the jihadists seized the towns of Akhtarin and Turkmen Bareh from rival rebels ... dozens dead")
ev("turkmen-bareh-captured", A, "2014-08-13", "2014-08-13", "2014-08-13", BAT,
   ["Non-state actor overtakes territory"], IS, REB, SY, ["Aleppo"], (), None,
   evidence="seized the towns of Akhtarin and Turkmen Bareh (second named town -> own row)")
ev("curtis-released", A, "2014-08-24", "2014-08-24", "2014-08-24", STR,
   ["Other", "Agreement", "Non-violent transfer of territory"],
   ["Jabhat al-Nusra", "Nusra Front", "Al Nusra Front", "Jabhat Fateh al-Sham"],
   ["", "Civilians (United States)", "UNDOF", "United Nations Disengagement Observer Force"], SY,
   ["Quneitra", "Al-Qunaytirah", "Al Qunaytirah", "Qunaytirah"], (), 0, req=False,
   evidence="the Nusra Front on Sunday freed American journalist Peter Theo Curtis ... handing him over to U.N. "
            "peacekeepers in the village of al-Rafid in Quneitra province")
ev("foley-beheading", A, "2014-08-19", "2014-08-18", "2014-08-20", VAC,
   ["Attack"], IS, ["Civilians (United States)", "Civilians (Syria)"], SY, [""], (), 1, req=False, tp=2,
   evidence="days after ISIS released a video showing the beheading of ... James Foley (no place, killing date "
            "unknown; optional)")

# --- Iraq: Kirkuk clashes (The New Arab, Sun 2023-09-03) ---
IQ, A = "Iraq", "iraq_kirkuk_newarab"
KRK = ["Kirkuk", "At-Ta'mim", "At Ta'mim"]
ev("kirkuk-rival-protesters-clash", A, "2023-09-02", "2023-09-02", "2023-09-02", RIO,
   ["Violent demonstration", "Mob violence"], ["Rioters (Iraq)", "Protesters (Iraq)"],
   ["Rioters (Iraq)", "Protesters (Iraq)", "", "Civilians (Iraq)"], IQ, KRK, ["Kirkuk"], 4,
   evidence="Four people were killed ... on Saturday when rival groups of Kurdish and Arab protesters clashed ... "
            "pelted each other with stones ... cars and shops were set on fire (health official first said three)")
ev("kirkuk-arab-turkmen-sitin", A, "2023-08-28", "2023-08-28", "2023-08-29", PRO,
   ["Peaceful protest"], ["Protesters (Iraq)"], [""], IQ, KRK, ["Kirkuk"], 0,
   evidence="The protest camp began on Monday, when hundreds of Arab and Turkmen residents pitched tents ... remained "
            "peaceful ... closed the highway on Tuesday")
ev("kirkuk-kurdish-rally", A, "2023-08-31", "2023-08-31", "2023-08-31", PRO,
   ["Peaceful protest"], ["Protesters (Iraq)"], [""], IQ, KRK, ["Kirkuk"], 0,
   evidence="Kurdish residents had held their own smaller rally in the city centre on Thursday ... without incident")
ev("sinjar-turkish-drone", A, "2023-08-31", "2023-08-31", "2023-08-31", EXP,
   ["Air/drone strike"], ["Military Forces of Turkey", "Military Forces of Turkiye"],
   ["Sinjar Resistance Units", "YBS", "PKK", "Kurdistan Workers' Party", "Sinjar Resistance Units (YBS)"], IQ,
   ["Nineveh", "Ninawa", "Ninewa"], ["Sinjar"], 2,
   evidence="a Turkish drone strike targeted a vehicle near Sinjar in Nineveh province on Thursday, killing two "
            "members of the Sinjar Resistance Units (YBS)")
ev("zap-turkish-air-strikes", A, "2023-08-27", "2023-08-21", "2023-09-02", EXP,
   ["Air/drone strike"], ["Military Forces of Turkey", "Military Forces of Turkiye"],
   ["PKK", "Kurdistan Workers' Party"], IQ, ["Duhok", "Dahuk", "Dohuk"], (), None, tp=2,
   evidence="Last week, Turkish warplanes also struck suspected PKK positions in the Zap area of Duhok province ... "
            "claiming that '17 terrorists were neutralised' (unverified claim -> not scored)")

# --- Myanmar: Myawaddy (The Irrawaddy, Fri 2024-04-12) ---
MM, A = "Myanmar", "myanmar_myawaddy_irrawaddy"
KNLA = ["Karen National Liberation Army", "KNLA", "Karen National Union", "KNU"]
TAT = ["Military Forces of Myanmar"]
ev("ib275-captured", A, "2024-04-11", "2024-04-10", "2024-04-11", BAT,
   ["Non-state actor overtakes territory"], KNLA, TAT, MM, ["Kayin", "Karen"], ["Myawaddy"], 3,
   evidence="Karen resistance forces on Thursday seized Infantry Battalion 275 ... attacked ... on Wednesday night ... "
            "At least three KNLA fighters were killed ... junta casualties not known")
ev("thingannyinaung-surrender", A, "2024-04-06", "2024-04-06", "2024-04-06", BAT,
   ["Non-state actor overtakes territory"], KNLA, TAT, MM, ["Kayin", "Karen"], ["Myawaddy"], 0,
   evidence="Last week, on Saturday, more than 600 troops and family members at the base ... laid down their weapons "
            "and were taken into custody by the KNLA ... No casualties")
ev("kyauk-khet-air-strike", A, "2024-04-07", "2024-04-07", "2024-04-07", EXP,
   ["Air/drone strike"], TAT, ["Civilians (Myanmar)"], MM, ["Kayin", "Karen"], ["Myawaddy"], 3,
   evidence="Junta aircraft then bombed the area around Thingannyinaung on Sunday, killing a woman and two children in "
            "Kyauk Khet village")
ev("naypyitaw-drone-attack", A, "2024-04-04", "2024-04-04", "2024-04-04", EXP,
   ["Air/drone strike"], ["People's Defense Force", "PDF", "National Unity Government", "NUG",
                          "People's Defence Force", "People's Defense Force (Myanmar)"], TAT, MM,
   ["Nay Pyi Taw", "Naypyidaw", "Naypyitaw", "Nay Pyi Taw Union Territory"], (), 0,
   evidence="On April 4, the NUG's Ministry of Defense said it had launched 29 drones at the Aye Lar Air Base and the "
            "military's headquarters in Naypyitaw ... no casualties")

# --- Afghanistan: Camp Shaheen attack (Pajhwok, Sat 2017-04-22) ---
AF, A = "Afghanistan", "afghanistan_shaheen_pajhwok"
ANA = ["Military Forces of Afghanistan"]
USA = ["Military Forces of the United States", "Military Forces of United States"]
ISKP = ["Islamic State", "Islamic State Khorasan Province", "ISKP", "IS-K", "Daesh", "ISIS-K"]
ev("shaheen-corps-attack", A, "2017-04-21", "2017-04-21", "2017-04-21", BAT,
   ["Armed clash"], ["Taliban"], ANA, AF, ["Balkh"], ["Dihdadi", "Dehdadi"], 109,
   evidence="More than 100 ... soldiers were killed ... when Taliban fighters disguised in army uniforms attacked the "
            "headquarters of the 209th Shaheen Corps ... on Friday ... Two of the attackers blew themselves up and "
            "seven others were killed (100 + 9; '50' first)")
ev("achin-gbu43", A, "2017-04-13", "2017-04-10", "2017-04-16", EXP,
   ["Air/drone strike"], USA, ISKP, AF, ["Nangarhar"], ["Achin"], 36, tp=2,
   evidence="a little more than a week after US forces dropped the GBU-43/B ... in ... Achin district ... 36 Daesh "
            "fighters had been killed in last week's bombing (later 94 -> lowest specific figure 36)")
ev("achin-us-soldier-killed", A, "2017-04-08", "2017-04-05", "2017-04-11", BAT,
   ["Armed clash"], USA + ANA, ISKP, AF, ["Nangarhar"], ["Achin"], 1, tp=2,
   evidence="Five days before the bombing, a US Special Forces soldier ... was killed during an operation against "
            "Daesh militants in the same district")
ev("kabul-mod-suicide-bombing", A, "2017-04-12", "2017-04-12", "2017-04-12", EXP,
   ["Suicide bomb"], ISKP, ANA + ["Civilians (Afghanistan)"], AF, ["Kabul"], ["Kabul"], 6,
   evidence="a suicide bomber blew himself up near the Ministry of Defence on April 12, killing five people (5 + bomber)")

# --- Ukraine: Mariupol rocket strike (Euromaidan Press, Sun 2015-01-25) ---
UA, A = "Ukraine", "ukraine_mariupol_euromaidanpress"
DPR = ["Donetsk People's Republic", "DPR", "Novorossiya", "Novorossiya Federation", "Militia (Pro-Russia)",
       "Unidentified Armed Group (Ukraine)", "Russia-backed separatists", "Military Forces of Russia"]
UAF = ["Military Forces of Ukraine"]
CIV = ["Civilians (Ukraine)"]
DON = ["Donetsk", "Donets'ka", "Donetska", "Donetsk Oblast"]
ev("mariupol-grad-strike", A, "2015-01-24", "2015-01-24", "2015-01-24", EXP,
   ["Shelling/artillery/missile attack"], DPR, CIV, UA, DON, ["Mariupolskyi", "Mariupol", "Mariupol'"], 30,
   evidence="Rockets ... slammed into a residential district of the port city of Mariupol on Saturday morning, "
            "killing 30 civilians (27 first)")
ev("donetsk-trolleybus-stop", A, "2015-01-22", "2015-01-22", "2015-01-22", EXP,
   ["Shelling/artillery/missile attack"], DPR + UAF, CIV, UA, DON, (), 13,
   evidence="a shell struck a trolleybus stop on Bosse Street in Donetsk's Leninskyi district on Thursday morning, "
            "killing 13 people (eight first; blame disputed)")
ev("donetsk-airport-abandoned", A, "2015-01-22", "2015-01-21", "2015-01-22", BAT,
   ["Non-state actor overtakes territory"], DPR, UAF, UA, DON, (), None,
   evidence="On Thursday, Ukrainian troops also withdrew from the ruins of the new terminal of Donetsk airport ... "
            "six servicemen had been killed in the final days (multi-day -> not scored)")
ev("debaltseve-shelling", A, "2015-01-24", "2015-01-24", "2015-01-24", EXP,
   ["Shelling/artillery/missile attack"], DPR, CIV, UA, DON, ["Horlivskyi", "Debaltseve", "Debal'tseve"], 2,
   evidence="Town authorities said artillery fire on Saturday killed two civilians [in Debaltseve]")
ev("pisky-counterattack", A, "2015-01-18", "2015-01-12", "2015-01-24", BAT,
   ["Armed clash"], UAF + DPR, DPR + UAF, UA, DON, (), None, tp=2,
   evidence="Last week, Ukrainian forces launched a counterattack ... that briefly pushed the militants back from the "
            "nearby village of Pisky")
ev("ato-24h-toll", A, "2015-01-25", "2015-01-24", "2015-01-25", BAT,
   ["Armed clash"], DPR + UAF, UAF + DPR, UA, [""], (), 5, req=False,
   evidence="over the past day five Ukrainian servicemen had been killed and 29 wounded in fighting across the "
            "conflict zone (country-level aggregate; optional)")

DROP = {
    "lebanon_khaldeh_thenational": [
        "The National", "UAE | Gulf News | MENA | World | Business | Opinion | Arts & Culture | Podcasts", "MENA",
        "Share", "Advertisement", "Read more",
        "Lebanon marks one year since Beirut port explosion amid anger and protests",
        "Lebanese army chief warns soldiers' salaries have lost 90% of their value", "Related",
        "Lebanese pound hits new low as fuel shortages bring country to a standstill",
        "France raises $370m for Lebanon at donor conference",
        "Israel says Hezbollah rockets 'a dangerous escalation'",
        "Newsletter: Sign up for our Middle East news briefing",
        "Cookie policy: We use cookies to give you the best experience. By continuing you agree to our use of cookies.",
        "© 2021 The National. All rights reserved."],
    "yemen_shabwa_asharq": [
        "Asharq Al-Awsat", "Home | Arab World | World | Gulf | Opinion | Economy | Sports | Culture | Features",
        "English Edition", "Arab World", "Share on Facebook | Share on Twitter | WhatsApp | Email",
        "Fighters of the Giants Brigades on the outskirts of Bayhan. (Saba)", "Read also:",
        "Houthis Abduct Crew of UAE-flagged Ship in Red Sea", "Arab Coalition: Houthi Drone Intercepted over Jazan",
        "Yemen's Government Welcomes US Sanctions on Houthi Financiers", "Most Read",
        "Saudi Arabia Announces New Measures to Contain Omicron Spread", "Lebanon's Mikati Says Cabinet Will Meet Soon",
        "Tags: Yemen | Houthis | Shabwa | Arab Coalition", "All rights reserved © 2022 Asharq Al-Awsat"],
    "niger_inates_africanews": [
        "africanews.", "Live | News | Business | Sport | Culture | Science & Technology | Travel | Videos", "Niger",
        "Share this article", "Comments", "ADVERTISEMENT", "More about:", "Islamic State", "Sahel", "Mali",
        "Burkina Faso", "Related Stories", "Burkina Faso: 37 killed in attack on mining convoy",
        "Sahel: UN warns of \"unprecedented\" violence", "Mali: army withdraws from isolated posts after deadly attacks",
        "Newsletter", "Get the best of africanews straight into your inbox. Subscribe", "Copyright © africanews",
        "Cookie settings | Privacy policy | Terms and conditions"],
    "syria_tabqa_dailystar": [
        "The Daily Star", "Lebanon News | Middle East | World | Business | Sports | Culture | Opinion | Lifestyle",
        "Home > Middle East", "Email | Print | Share | Comment (4)", "Font size: A | A | A", "Advertisement", "---",
        "Related Articles", "ISIS militants kill dozens of Syrian soldiers near Raqqa",
        "Syria army loses 17th Division base to jihadists", "U.S. considers airstrikes on ISIS in Syria", "Comments",
        "Please note that comments are moderated and will be published after review. The Daily Star reserves the "
        "right to remove comments that contain abusive language.",
        "Posted by Hassan | Aug 25, 2014 | 03:10 AM", "The regime left its own soldiers to die.",
        "Posted by Marwan | Aug 25, 2014 | 07:41 AM", "Where is the international community?",
        "Copyrights 2014, The Daily Star - All Rights Reserved", "25/08/2014 18:12"],
    "iraq_kirkuk_newarab": [
        "The New Arab", "News | Analysis | Opinion | In Depth | Features | Culture | Video | العربي الجديد",
        "Middle East | Iraq", "Facebook | Twitter | WhatsApp | Copy link",
        "Tensions have been simmering in Kirkuk for a week over the planned return of the KDP to its former "
        "headquarters in the city [Getty]", "Related",
        "Iraq: Arab and Turkmen protesters block Kirkuk-Erbil road over KDP office",
        "Kirkuk: a city torn between Baghdad and Erbil", "Turkish drone strike kills PKK-linked fighters in Iraq's Sinjar",
        "Join our newsletter",
        "Opinions expressed in this article remain those of the author and do not necessarily represent those of The "
        "New Arab, its editorial board or staff.", "Copyright © 2023 The New Arab. All rights reserved."],
    "myanmar_myawaddy_irrawaddy": [
        "The Irrawaddy",
        "Burma | Asia | World | Opinion | Business | Features | Election 2020 | Specials | Video | Burmese Edition",
        "Subscribe | Donate", "BURMA", "Share this: Facebook | Twitter | Telegram | Email",
        "Karen resistance fighters inspect a captured junta position near the Thai–Myanmar Friendship Bridge No. 2. / KNU",
        "Advertisement", "Topics: Anti-Regime Offensives, KNU, Myawaddy, NUG, Naypyitaw", "Related Stories",
        "Junta Loses Ground Across Karen State as Resistance Advances", "Regime Troops Surrender en Masse in Myawaddy",
        "Myanmar Junta Claims Drone Attack on Naypyitaw Foiled", "Leave a Reply",
        "Your email address will not be published. Required fields are marked *", "Comment", "Name *", "Email *",
        "Post Comment", "© 2024 The Irrawaddy. All Rights Reserved."],
    "afghanistan_shaheen_pajhwok": [
        "Pajhwok Afghan News",
        "Home | Afghanistan | Politics | Security | Economy | Health | Education | Photos | Videos | Dari | Pashto",
        "Security", "Share: Facebook | Twitter | Google+ | Email", "Related: Kabul blast near MoD kills 5",
        "Related Stories", "Taliban launch spring offensive in Kunduz", "Balkh police chief survives roadside bombing",
        "Daesh hideouts destroyed in Nangarhar airstrikes", "Share this:", "Facebook", "Twitter", "WhatsApp",
        "Comments", "Add new comment", "Your name", "Subject", "Comment *",
        "Afghanistan's largest independent news agency", "Subscribe to our newsletter",
        "Copyright © 2017 Pajhwok Afghan News. All Rights Reserved."],
    "ukraine_mariupol_euromaidanpress": [
        "Euromaidan Press", "News and views from Ukraine",
        "Home | Politics | War | Society | Economics | Culture | Russian propaganda | Analysis | Opinion",
        "Donate to Euromaidan Press", "War", "Share: Facebook | Twitter | Reddit | Email | Print",
        "Sign up for our newsletter", "Read also:", "Why Mariupol matters: the land bridge to Crimea",
        "Donetsk airport: chronicle of the 242 days", "OSCE report on the Volnovakha bus tragedy",
        "Tags: Debaltseve, Donetsk, Mariupol, OSCE, Russian aggression",
        "If you like what you read, please support Euromaidan Press", "Become a Patron | Donate via PayPal", "Comments",
        "© 2015 Euromaidan Press. All rights reserved."],
}
EITHER = {
    "lebanon_khaldeh_thenational": ["Nada Maucourant Atallah, Beirut", "Aug 07, 2021",
                                    "Updated: August 07, 2021, 4:28 PM", "Escalation on the border",
                                    "Funeral ambush"],
    "yemen_shabwa_asharq": ["Tuesday, 11 January, 2022 - 06:15", "Aden - Ali Rabih", "Coalition strikes",
                            "Political shift"],
    "niger_inates_africanews": ["By Africanews with AFP", "Last updated: 12/12 - 14:20", "Regional spiral"],
    "syria_tabqa_dailystar": ["Agencies", "Aug. 25, 2014 | 12:45 AM", "Raids on Raqqa", "American freed"],
    "iraq_kirkuk_newarab": ["The New Arab Staff & Agencies", "03 September, 2023", "Week-long sit-in",
                            "Strike in Sinjar"],
    "myanmar_myawaddy_irrawaddy": ["By The Irrawaddy", "12 April 2024", "Drone attack on the capital"],
    "afghanistan_shaheen_pajhwok": ["By Pajhwok Report On 22 April 2017", "Mother of all bombs"],
    "ukraine_mariupol_euromaidanpress": ["Article by: Euromaidan Press", "2015/01/25 - 11:35",
                                         "Trolleybus stop shelled in Donetsk", "Airport abandoned",
                                         "Pressure on Debaltseve"],
}

write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout73), coded by CODEBOOK.md before any run; "
           "BLIND, not yet run.", drop=DROP, either=EITHER)
