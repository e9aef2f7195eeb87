"""Writes gold.json for held-out set 63 (protests, riots and political violence, 8 countries, 2018-2024),
hand-coded by /work/shared/CODEBOOK.md before any run of the system.

    python bench/heldout63/make_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

EXC, INT, PEA = "Excessive force against protesters", "Protest with intervention", "Peaceful protest"
VD, MOB = "Violent demonstration", "Mob violence"

# --- Iraq: Kurdistan salary protests (AFP, Tuesday 2020-12-08) ---
IQ = "Iraq"
SUL = ["Sulaymaniyah", "As Sulaymaniyah", "Sulaimaniyah", "Slemani"]
RIOT_IQ = ["Rioters (Iraq)", "Protesters (Iraq)"]
KRG_FORCES = ["Police Forces of Iraq", "Military Forces of Iraq", "Asayish", "Police Forces of Iraq (Kurdistan Region)",
              "Kurdistan Regional Government", "Peshmerga"]
ev("ranya-party-offices-burned", "iraq_sulaymaniyah_afp", "2020-12-07", "2020-12-07", "2020-12-07", RIO, [VD, MOB],
   RIOT_IQ, ["", "Unidentified Armed Group (Iraq)", "KDP", "Kurdistan Democratic Party", "PUK",
             "Patriotic Union of Kurdistan", "Civilians (Iraq)"] + KRG_FORCES,
   IQ, SUL, ["Ranya", "Rania", "Raniya", "Qada Rania"], 2,
   evidence="marched through Ranya ... set fire to the offices of the KDP, PUK and Gorran ... Guards ... opened fire ... killing two")
ev("takya-puk-office-burned", "iraq_sulaymaniyah_afp", "2020-12-07", "2020-12-07", "2020-12-07", RIO, [VD, MOB],
   RIOT_IQ, ["", "PUK", "Patriotic Union of Kurdistan", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)"] + KRG_FORCES,
   IQ, SUL, ["Chamchamal", "Qada Chamchamal"], 1,
   evidence="In the town of Takya, in Chamchamal district, protesters stormed the local PUK headquarters on the same day and burned it ... A 17-year-old boy was killed")
ev("ranya-guards-fire-as-excessive-force", "iraq_sulaymaniyah_afp", "2020-12-07", "2020-12-07", "2020-12-07", PRO, [EXC],
   ["Unidentified Armed Group (Iraq)", "KDP", "Kurdistan Democratic Party", "PUK", "Patriotic Union of Kurdistan"] + KRG_FORCES,
   ["Protesters (Iraq)"], IQ, SUL, ["Ranya", "Rania", "Raniya", "Qada Rania"], 2, req=False,
   evidence="Guards at one of the buildings opened fire ... 'They were shooting directly at people who only had stones' (same event read as excessive force)")
ev("sulaymaniyah-teachers-teargassed", "iraq_sulaymaniyah_afp", "2020-12-06", "2020-12-06", "2020-12-06", PRO, [INT, EXC],
   ["Protesters (Iraq)"], KRG_FORCES, IQ, SUL, ["Qada' as Sulaymaniyah", "Sulaymaniyah", "As Sulaymaniyah"], 0,
   evidence="on Sunday security forces fired tear gas and rubber bullets to push back several hundred teachers ... at least 30 people were detained")
ev("halabja-silent-sit-in", "iraq_sulaymaniyah_afp", "2020-12-08", "2020-12-08", "2020-12-08", PRO, [PEA],
   ["Protesters (Iraq)"], [""], IQ, ["Halabja"] + SUL, (), 0,
   evidence="In Halabja ... around 200 teachers held a silent sit-in ... on Tuesday ... Police ... did not intervene")
# not events: Ranya curfew; AFP tally "at least three since the weekend" (= 2 + 1); KRG/Barzani statements, salary pledge;
# Baghdad budget dispute; NRT closure in August and the late-2017 protests (background > 30 days); Wednesday protest threat.

# --- Pakistan: Azad Kashmir JAAC protests (Dawn, Tuesday 2024-05-14) ---
PK = "Pakistan"
AJK = ["Azad Kashmir", "Azad Jammu and Kashmir", "AJK"]
STATE_PK = ["Military Forces of Pakistan", "Police Forces of Pakistan", "Rangers", "Pakistan Rangers"]
PROT_PK = ["Protesters (Pakistan)", "JAAC", "Jammu Kashmir Joint Awami Action Committee"]
ev("muzaffarabad-rangers-fire", "pakistan_ajk_dawn", "2024-05-13", "2024-05-13", "2024-05-13", PRO, [EXC],
   STATE_PK, PROT_PK, PK, AJK, ["Muzaffarabad"], 3,
   evidence="Three people were killed ... on Monday evening when a convoy of Rangers ... opened fire on protesters")
ev("muzaffarabad-rangers-fire-as-riot", "pakistan_ajk_dawn", "2024-05-13", "2024-05-13", "2024-05-13", RIO, [VD],
   ["Rioters (Pakistan)", "Protesters (Pakistan)"], STATE_PK, PK, AJK, ["Muzaffarabad"], 3, req=False,
   evidence="official: the convoy came under a hail of stones near Shoran da Nakka (same event read as a riot)")
ev("islamgarh-clash", "pakistan_ajk_dawn", "2024-05-11", "2024-05-11", "2024-05-11", RIO, [VD],
   ["Rioters (Pakistan)", "Protesters (Pakistan)", "JAAC"], ["Police Forces of Pakistan"], PK, AJK, ["Mirpur"], 1,
   evidence="on Saturday, when police and JAAC workers clashed at Islamgarh in Mirpur district ... sub-inspector Adnan Qureshi was shot ... died")
ev("dadyal-police-station-teargas", "pakistan_ajk_dawn", "2024-05-10", "2024-05-10", "2024-05-10", PRO, [INT],
   PROT_PK, ["Police Forces of Pakistan"], PK, AJK, ["Mirpur"], 0,
   evidence="Hundreds of people who gathered outside the Dadyal police station that afternoon ... were dispersed with tear gas and batons")
ev("jaac-activists-arrested", "pakistan_ajk_dawn", "2024-05-10", "2024-05-10", "2024-05-10", STR, ["Arrests"],
   ["Police Forces of Pakistan"], PROT_PK + ["Civilians (Pakistan)"], PK, AJK, ["Mirpur"], 0, req=False,
   evidence="before dawn on Friday ... police raided houses in Dadyal and Mirpur and picked up more than 70 JAAC activists")
ev("ajk-shutter-down-strike", "pakistan_ajk_dawn", "2024-05-12", "2024-05-12", "2024-05-12", PRO, [PEA],
   PROT_PK, [""], PK, AJK, (), 0, req=False,
   evidence="On Sunday, a complete shutter-down and wheel-jam strike was observed across the territory")
# not events: Rs23bn subsidy; AJK PM press conference; JAAC warning; internet suspension, Section 144; May 2023 campaign start.

# --- Nigeria: IMN (Shiite) protests around Abuja (Premium Times, Wednesday 2018-10-31) ---
NG = "Nigeria"
FCT = ["Federal Capital Territory", "FCT", "Abuja Federal Capital Territory"]
IMN = ["Protesters (Nigeria)", "IMN: Islamic Movement of Nigeria", "Islamic Movement in Nigeria", "IMN",
       "Islamic Movement of Nigeria", "Shiite Muslim Group (Nigeria)"]
ev("federal-secretariat-teargas", "nigeria_imn_premiumtimes", "2018-10-30", "2018-10-30", "2018-10-30", PRO, [INT],
   IMN, ["Police Forces of Nigeria"], NG, FCT, ["Municipal Area Council", "Abuja Municipal"], 0,
   evidence="The police on Tuesday fired tear gas to disperse hundreds of members of the IMN ... near the Federal Secretariat ... 400 ... arrested")
ev("nyanya-karu-bridge-shooting", "nigeria_imn_premiumtimes", "2018-10-29", "2018-10-29", "2018-10-29", PRO, [EXC],
   ["Military Forces of Nigeria"], IMN, NG, FCT, ["Municipal Area Council", "Abuja Municipal"], 6,
   evidence="On Monday, soldiers opened fire on a procession of IMN members near the Karu bridge in Nyanya ... The army said six ... were killed")
ev("nyanya-karu-bridge-as-riot", "nigeria_imn_premiumtimes", "2018-10-29", "2018-10-29", "2018-10-29", RIO, [VD],
   ["Rioters (Nigeria)"] + IMN, ["Military Forces of Nigeria"], NG, FCT, ["Municipal Area Council", "Abuja Municipal"], 6,
   req=False, evidence="army version: they attacked troops with stones, catapults and petrol bombs")
ev("zuba-procession-clash", "nigeria_imn_premiumtimes", "2018-10-27", "2018-10-27", "2018-10-27", PRO, [EXC],
   ["Military Forces of Nigeria"], IMN, NG, FCT, ["Gwagwalada"], 3,
   evidence="On Saturday, the Shiites clashed with soldiers at Zuba ... three of its members were shot dead at Zuba")
ev("zuba-procession-as-riot", "nigeria_imn_premiumtimes", "2018-10-27", "2018-10-27", "2018-10-27", RIO, [VD],
   ["Rioters (Nigeria)"] + IMN, ["Military Forces of Nigeria"], NG, FCT, ["Gwagwalada"], 3, req=False,
   evidence="the army said its troops were attacked (same event read as a riot)")
# not events: Amnesty call, IMN vow, army spokesman's defence; IMN "42 on Monday and on Saturday" (a two-day claim:
# fatalities take the army's 6 for Monday); Zaria raid Dec 2015, court order Dec 2016 (background).

# --- Ethiopia: Weldiya Timket shooting and North Wollo protests (VOA, Tuesday 2018-01-23) ---
ET = "Ethiopia"
AMH = ["Amhara"]
# admin2 left unscored: the gazetteer has no admin2 for Weldiya / Mersa and puts "Kobo" in North Shewa.
ETF = ["Military Forces of Ethiopia", "Police Forces of Ethiopia"]
ev("weldiya-timket-shooting", "ethiopia_weldiya_voa", "2018-01-20", "2018-01-20", "2018-01-20", PRO, [EXC],
   ETF, ["Protesters (Ethiopia)", "Civilians (Ethiopia)"], ET, AMH, (), 7,
   evidence="security forces shot dead at least seven people during a religious festival in ... Weldiya ... Saturday ... chanting anti-government slogans")
ev("weldiya-timket-as-attack", "ethiopia_weldiya_voa", "2018-01-20", "2018-01-20", "2018-01-20", VAC, ["Attack"],
   ETF, ["Civilians (Ethiopia)"], ET, AMH, (), 7, req=False,
   evidence="same shooting read as an attack on a religious crowd")
ev("weldiya-sunday-riot", "ethiopia_weldiya_voa", "2018-01-21", "2018-01-21", "2018-01-21", RIO, [VD, MOB],
   ["Rioters (Ethiopia)", "Protesters (Ethiopia)"], ["", "Civilians (Ethiopia)", "Government of Ethiopia"], ET, AMH, (), 0,
   evidence="On Sunday ... angry youths in Weldiya set fire to several government vehicles and a building ... No deaths were reported")
ev("kobo-peaceful-march", "ethiopia_weldiya_voa", "2018-01-22", "2018-01-22", "2018-01-22", PRO, [PEA],
   ["Protesters (Ethiopia)"], [""], ET, AMH, (), 0,
   evidence="In Kobo ... thousands of residents marched peacefully through the town center")
ev("mersa-teargas", "ethiopia_weldiya_voa", "2018-01-22", "2018-01-22", "2018-01-22", PRO, [INT],
   ["Protesters (Ethiopia)"], ETF, ET, AMH, (), 0,
   evidence="In Mersa ... police fired tear gas to break up a demonstration and detained dozens of young people")
# not events: highway halted (part of the protests), Amhara statement, prisoner releases (no event type), HRW quote,
# 2015-16 protests and Oct 2016 state of emergency (background), planned stay-at-home strike.

# --- Somalia: Mogadishu opposition protest (Al Jazeera, Saturday 2021-02-20) ---
SO = "Somalia"
BAN = ["Banaadir", "Banadir"]
MOG2 = ["Banadir", "Mogadishu"]
SOF = ["Military Forces of Somalia", "Police Forces of Somalia"]
OPP = ["Opposition forces (Somalia)", "Unidentified Armed Group (Somalia)", "Militia (Opposition)",
       "Council of Presidential Candidates", "Somali opposition", "Military Forces of Somalia"]
ev("km4-march-fired-on", "somalia_mogadishu_aljazeera", "2021-02-19", "2021-02-19", "2021-02-19", PRO, [EXC, INT],
   SOF, ["Protesters (Somalia)"], SO, BAN, MOG2, None,
   evidence="government forces fired on an opposition-led demonstration ... on Friday ... at least eight people were wounded ... no confirmed death toll")
ev("km4-march-as-clash", "somalia_mogadishu_aljazeera", "2021-02-19", "2021-02-19", "2021-02-19", BAT, ["Armed clash"],
   SOF, OPP, SO, BAN, MOG2, None, req=False,
   evidence="The former presidents' bodyguards returned fire (same event read as a gunfight)")
ev("maida-hotel-clash", "somalia_mogadishu_aljazeera", "2021-02-18", "2021-02-18", "2021-02-19", BAT, ["Armed clash"],
   SOF, OPP, SO, BAN, MOG2, None,
   evidence="On Thursday night, government troops and forces loyal to opposition leaders exchanged gunfire for several hours near the Maida hotel")
ev("airport-mortars", "somalia_mogadishu_aljazeera", "2021-02-19", "2021-02-19", "2021-02-19", EXP,
   ["Shelling/artillery/missile attack"], ["Unidentified Armed Group (Somalia)", "Al Shabaab"],
   ["", "Civilians (Somalia)", "AMISOM", "United Nations"], SO, BAN, MOG2, 0,
   evidence="Also on Friday, several mortar shells landed near ... Aden Adde International Airport ... No casualties")
# not events: government and UN statements, Roble address, roads blocked Saturday, next week's demonstration,
# Feb 8 mandate expiry and the stalled elections (no event type).

# --- Syria: Suwayda protests (North Press, Friday 2023-09-15) ---
SY = "Syria"
SWD = ["As-Suwayda", "As Suwayda", "Sweida", "Suwayda"]
ev("karama-square-rally", "syria_suwayda_northpress", "2023-09-15", "2023-09-15", "2023-09-15", PRO, [PEA],
   ["Protesters (Syria)"], [""], SY, SWD, (), 0,
   evidence="Thousands of people gathered on Friday in al-Karama Square in the city of Suwayda")
ev("baath-branch-shooting", "syria_suwayda_northpress", "2023-09-13", "2023-09-13", "2023-09-13", PRO, [EXC, INT],
   ["Unidentified Armed Group (Syria)", "Police Forces of Syria", "Military Forces of Syria", "Baath Party",
    "Government of Syria"], ["Protesters (Syria)"], SY, SWD, (), 0,
   evidence="On Wednesday, gunmen stationed on the roof of the Baath Party branch building fired at a group of protesters ... wounding three")
ev("shahba-offices-closed", "syria_suwayda_northpress", "2023-09-14", "2023-09-14", "2023-09-14", PRO, [PEA],
   ["Protesters (Syria)"], [""], SY, SWD, ["Shahba"], 0,
   evidence="On Thursday, protesters in the city of Shahba ... closed the Baath Party division offices ... No clashes")
ev("busra-solidarity-demo", "syria_suwayda_northpress", "2023-09-14", "2023-09-14", "2023-09-14", PRO, [PEA],
   ["Protesters (Syria)"], [""], SY, ["Daraa", "Dar'a"], ["Daraa", "Dar'a"], 0,
   evidence="Also on Thursday, dozens of people demonstrated in the town of Busra al-Sham ... Daraa")
# not events: al-Hijri statement, organisers' vow, fuel-subsidy decision, 2018 IS attacks (background).

# --- Lebanon: "week of wrath" in Beirut (AP, Thursday 2020-01-16) ---
LB = "Lebanon"
BEY = ["Beyrouth", "Beirut"]
ev("helou-barracks-clash", "lebanon_hamra_ap", "2020-01-15", "2020-01-15", "2020-01-16", RIO, [VD],
   ["Rioters (Lebanon)", "Protesters (Lebanon)"], ["Police Forces of Lebanon"], LB, BEY, (), 0,
   evidence="The clashes erupted late Wednesday outside the Helou police barracks ... Protesters hurled stones ... tear gas ... 45 people")
ev("helou-journalists-beaten", "lebanon_hamra_ap", "2020-01-15", "2020-01-15", "2020-01-16", VAC, ["Attack"],
   ["Police Forces of Lebanon"], ["Civilians (Lebanon)", "Journalists (Lebanon)"], LB, BEY, (), 0, req=False,
   evidence="Several journalists covering the protest were beaten by police (part of the Helou clash; a split-out row is tolerated)")
ev("hamra-banks-rampage", "lebanon_hamra_ap", "2020-01-14", "2020-01-14", "2020-01-14", RIO, [VD, MOB],
   ["Rioters (Lebanon)", "Protesters (Lebanon)"], ["", "Civilians (Lebanon)", "Police Forces of Lebanon"], LB, BEY, (), 0,
   evidence="protesters went on a rampage on the Hamra commercial street on Tuesday night, smashing the facades and ATMs of several banks ... arrested 59")
ev("central-bank-sit-in", "lebanon_hamra_ap", "2020-01-16", "2020-01-16", "2020-01-16", PRO, [PEA],
   ["Protesters (Lebanon)"], [""], LB, BEY, (), 0,
   evidence="On Thursday morning, dozens of protesters held a peaceful sit-in outside the Central Bank headquarters on Hamra Street")
# not events: El Hassan / Aoun statements, Oct 17 protests and Hariri
# resignation (background), Diab nomination, "week of wrath" road-block plans, World Bank warning.

# --- Myanmar: Mandalay shipyard shooting (Frontier Myanmar, Sunday 2021-02-21) ---
MM = "Myanmar"
MMF = ["Police Forces of Myanmar", "Military Forces of Myanmar"]
NPT = ["Nay Pyi Taw", "Naypyidaw", "Naypyitaw", "Nay Pyi Taw Union Territory"]
ev("yadanarbon-shipyard-shooting", "myanmar_mandalay_frontier", "2021-02-20", "2021-02-20", "2021-02-20", PRO, [EXC],
   MMF, ["Protesters (Myanmar)"], MM, ["Mandalay"], ["Mandalay"], 2,
   evidence="Security forces shot dead two people and wounded at least 20 others in Mandalay on Saturday ... Yadanarbon dockyard")
ev("shwepyithar-watchman-shot", "myanmar_mandalay_frontier", "2021-02-20", "2021-02-20", "2021-02-21", VAC, ["Attack"],
   ["Police Forces of Myanmar"], ["Civilians (Myanmar)"], MM, ["Yangon"], (), 1,
   evidence="Later on Saturday night, a man on a neighbourhood watch patrol was shot dead by police in Yangon's Shwepyithar Township")
ev("yangon-sunday-march", "myanmar_mandalay_frontier", "2021-02-21", "2021-02-21", "2021-02-21", PRO, [PEA],
   ["Protesters (Myanmar)"], [""], MM, ["Yangon"], (), 0,
   evidence="On Sunday, tens of thousands of people marched peacefully through Yangon, gathering at Hledan junction")
ev("mandalay-funeral-procession", "myanmar_mandalay_frontier", "2021-02-21", "2021-02-21", "2021-02-21", PRO, [PEA],
   ["Protesters (Myanmar)"], [""], MM, ["Mandalay"], ["Mandalay"], 0, req=False,
   evidence="In Mandalay, mourners held a funeral procession for Wai Yan Tun")
ev("naypyitaw-feb9-shooting", "myanmar_mandalay_frontier", "2021-02-09", "2021-02-09", "2021-02-09", PRO, [EXC],
   MMF, ["Protesters (Myanmar)"], MM, NPT, (), 1,
   evidence="Mya Thwe Thwe Khaing ... was shot in the head on February 9 when police broke up a protest in Nay Pyi Taw ... She died ... on Friday")
ev("feb1-coup-detentions", "myanmar_mandalay_frontier", "2021-02-01", "2021-02-01", "2021-02-01", STR,
   ["Arrests", "Change to group/activity", "Other"], ["Military Forces of Myanmar"],
   ["Government of Myanmar", "NLD: National League for Democracy", "National League for Democracy", "Aung San Suu Kyi", ""],
   MM, NPT, (), 0, req=False,
   evidence="February 1, when it detained State Counsellor Daw Aung San Suu Kyi, President U Win Myint ... in pre-dawn raids (20 days before)")
# not events: MRTV warning, planned general strike, AAPP "more than 560 arrested" (aggregate without deaths), Andrews tweet.

DROP = {
    "pakistan_ajk_dawn": ["Home", "Latest", "Pakistan", "Business", "Opinion", "World", "Sport", "Facebook", "Twitter",
                          "WhatsApp", "Email", "Advertisement", "Read more: JAAC rejects talks offer, vows to continue march",
                          "Comments", "Dawn - Copyright © 2024"],
    "nigeria_imn_premiumtimes": ["Premium Times Nigeria", "Top News", "Headlines", "Politics", "Metro", "Investigations",
                                 "Advertisement", "Share this:", "Twitter", "Facebook", "WhatsApp",
                                 "RELATED: Army, Shiites trade blame over Zuba clash",
                                 "Support PREMIUM TIMES' journalism of integrity and credibility",
                                 "Good journalism costs a lot of money. Yet only good journalism can ensure the possibility of a good society, an accountable democracy, and a transparent government.",
                                 "Donate", "Related", "Shiites accuse army of killing members in Zuba",
                                 "Buhari urged to release El-Zakzaky",
                                 "© 2018 Premium Times Services Limited. All rights reserved."],
    "syria_suwayda_northpress": ["North Press Agency", "Home", "News", "Reports", "Interviews", "Syria", "Related news",
                                 "Suwayda protesters close Baath Party offices in several towns",
                                 "Daraa: Unknown gunmen kill former opposition fighter",
                                 "Tags: Suwayda, Protests, Baath Party", "© 2023 North Press Agency. All rights reserved."],
    "myanmar_mandalay_frontier": ["Frontier Myanmar", "News", "Features", "Opinion", "Subscribe", "Related stories",
                                  "Junta cuts internet again as protests swell", "The civil disobedience movement explained",
                                  "Sign up for our newsletter",
                                  "Get the latest news and analysis from Myanmar delivered to your inbox.",
                                  "Copyright © 2021 Frontier Myanmar"],
}
EITHER = {
    "pakistan_ajk_dawn": ["Tariq Naqash", "Published May 14, 2024", "Published in Dawn, May 14th, 2024"],
    "nigeria_imn_premiumtimes": ["By Kunle Adebajo", "October 31, 2018"],
    "syria_suwayda_northpress": ["Reporting by Ahmad Al-Khatib", "Editing by Hozan Hussein"],
    "myanmar_mandalay_frontier": ["By FRONTIER", "21 February 2021"],
    "ethiopia_weldiya_voa": ["January 23, 2018 8:41 AM", "VOA News"],
    "somalia_mogadishu_aljazeera": ["By Hamza Mohamed", "Published On 20 Feb 2021", "Source: Al Jazeera and news agencies"],
    "lebanon_hamra_ap": ["By BASSEM MROUE and ZEINA KARAM", "Associated Press writer Sarah El Deeb contributed to this report."],
}

write_gold(HERE, E, drop=DROP, either=EITHER,
           note="8 hand-written held-out articles on protests, riots and political violence (bench/heldout63), "
                "coded by CODEBOOK.md before any run; BLIND, not yet run.")
