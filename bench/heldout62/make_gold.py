"""Writes gold.json for held-out set 62 (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout62/make_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# --- Afghanistan: Nirkh (Wardak) falls, Long War Journal, Wed 2021-05-12 ---
AF = "Afghanistan"
ART = "afghanistan_nirkh_lwj"
AFG = ["Military Forces of Afghanistan"]
AFG_MP = ["Military Forces of Afghanistan", "Police Forces of Afghanistan"]
TAL = ["Taliban"]
ev("nirkh-captured", ART, "2021-05-11", "2021-05-10", "2021-05-11", BAT, ["Non-state actor overtakes territory"],
   TAL, AFG_MP, AF, ["Maidan Wardak", "Wardak"], ["Nirkh"], None,
   evidence="The Taliban overran the district center of Nirkh in Wardak province on Tuesday ... attacked the "
            "district center late Monday and fought ... through the night (no casualty figure)")
ev("jalrez-outposts", ART, "2021-05-10", "2021-05-10", "2021-05-11", BAT, ["Armed clash"], TAL, AFG,
   AF, ["Maidan Wardak", "Wardak"], ["Jalrayz", "Jalrez"], 4,
   evidence="On Monday night, Taliban fighters attacked security outposts in neighboring Jalrez district, killing four soldiers")
ev("burka-captured", ART, "2021-05-06", "2021-05-06", "2021-05-06", BAT, ["Non-state actor overtakes territory"],
   TAL, AFG_MP, AF, ["Baghlan"], ["Burkah", "Burka"], None,
   evidence="Last Thursday, the Taliban seized the district center of Burka ... after Afghan forces abandoned it")
ev("burka-retaken-claim", ART, "2021-05-07", "2021-05-07", "2021-05-07", BAT, ["Government regains territory"],
   AFG, TAL, AF, ["Baghlan"], ["Burkah", "Burka"], None, req=False,
   evidence="Afghan officials claimed the district was retaken the next day, but the Taliban posted footage ... on Sunday")
ev("mod-96-taliban-24h", ART, "2021-05-12", "2021-05-11", "2021-05-12", BAT, ["Armed clash"], AFG, TAL,
   AF, [], (), 96,
   evidence="the Ministry of Defense said that 96 Taliban fighters had been killed ... over the past 24 hours. "
            "The ministry did not say where (country level)")
ev("eid-ceasefire", ART, "2021-05-10", "2021-05-10", "2021-05-10", STR, ["Agreement", "Other"],
   TAL + AFG, AFG + TAL + [""], AF, [], (), 0, req=False,
   evidence="The Taliban on Monday announced a three-day ceasefire for the Eid al-Fitr holiday ... Ghani ordered "
            "Afghan forces to observe the truce")

# --- Afghanistan: Gardez Shia mosque bombing, Pajhwok, Sat 2018-08-04 ---
ART = "afghanistan_gardez_pajhwok"
ISKP = ["Islamic State", "Islamic State Khorasan Province", "ISKP", "IS-Khorasan", "Islamic State (Afghanistan)"]
ev("gardez-mosque-suicide", ART, "2018-08-03", "2018-08-03", "2018-08-03", EXP, ["Suicide bomb"], ISKP,
   ["Civilians (Afghanistan)"], AF, ["Paktia"], ["Gardez"], 29,
   evidence="The death toll from Friday's suicide attack on a Shia mosque in Gardez ... has risen to 29 "
            "(police chief's early 20 superseded; council member's 39 higher)")
ev("zurmat-checkpoints", ART, "2018-08-02", "2018-08-02", "2018-08-03", BAT, ["Armed clash"], TAL,
   ["Police Forces of Afghanistan", "Military Forces of Afghanistan"], AF, ["Paktia"], ["Zurmat"], 11,
   evidence="four policemen and seven Taliban were killed when militants attacked security checkpoints in Zurmat "
            "district of Paktia on Thursday night (Taliban claim of 12 police denied)")
ev("mohammad-agha-roadside-bomb", ART, "2018-08-04", "2018-08-04", "2018-08-04", EXP,
   ["Remote explosive/landmine/IED"], TAL + ["Unidentified Armed Group (Afghanistan)"], ["Civilians (Afghanistan)"],
   AF, ["Logar"], ["Muhammad Aghah", "Mohammad Agha"], 0,
   evidence="a roadside bomb exploded in the Mohammad Agha district of neighbouring Logar province on Saturday "
            "morning, wounding two civilians ... blamed the Taliban")

# --- Pakistan (KP): Bajaur polio-security van bomb, Dawn, Tue 2024-01-09 ---
PK = "Pakistan"
ART = "pakistan_bajaur_dawn"
KP = ["Khyber Pakhtunkhwa"]
UNK_PK = ["Unidentified Armed Group (Pakistan)", "Tehreek-e-Taliban Pakistan", "Tehreek-i-Taliban Pakistan", "TTP"]
ev("bajaur-police-van-ied", ART, "2024-01-08", "2024-01-08", "2024-01-08", EXP, ["Remote explosive/landmine/IED"],
   UNK_PK, ["Police Forces of Pakistan"], PK, KP, ["Bajaur Agency", "Bajaur"], 5,
   evidence="Five policemen were martyred ... when a remote-controlled bomb hit a police vehicle escorting a polio "
            "vaccination team in the Mamund tehsil of Bajaur ... on Monday (no claim; TTP denies)")
ev("mir-ali-ibo", ART, "2024-01-08", "2024-01-07", "2024-01-08", BAT, ["Armed clash"], ["Military Forces of Pakistan"],
   UNK_PK, PK, KP, ["North Waziristan", "North Waziristan Agency"], 3,
   evidence="three terrorists were killed in an intelligence-based operation (IBO) in North Waziristan's Mir Ali "
            "area ... on the night between January 7 and 8")
ev("bara-ied-defused", ART, "2024-01-08", "2024-01-08", "2024-01-08", STR, ["Disrupted weapons use"],
   ["Police Forces of Pakistan"], ["", "Unidentified Armed Group (Pakistan)"], PK, KP, ["Khyber Agency", "Khyber"], 0,
   req=False, evidence="the bomb disposal squad defused a five-kilogramme improvised explosive device planted along "
                       "the Bara-Peshawar road on Monday morning")

# --- Pakistan (Balochistan): CTD 'encounter' in Kharan, Express Tribune, Thu 2023-02-16 ---
ART = "pakistan_kharan_tribune"
BA = ["Balochistan"]
ev("kharan-ctd-encounter", ART, "2023-02-15", "2023-02-15", "2023-02-16", BAT, ["Armed clash"],
   ["Police Forces of Pakistan"],
   ["Balochistan Liberation Army", "Baloch Liberation Army", "BLA", "Unidentified Armed Group (Pakistan)"],
   PK, BA, ["Kharan", "Washuk"], 5,
   evidence="CTD ... claimed to have killed five suspected militants of the banned Balochistan Liberation Army (BLA) "
            "in an exchange of fire in Kharan district ... late on Wednesday night")
ev("turbat-fc-ied", ART, "2023-02-14", "2023-02-14", "2023-02-14", EXP, ["Remote explosive/landmine/IED"],
   ["Baloch Liberation Front", "Balochistan Liberation Front", "BLF", "Unidentified Armed Group (Pakistan)"],
   ["Military Forces of Pakistan", "Police Forces of Pakistan"], PK, BA, ["Kech"], 0,
   evidence="three Frontier Corps (FC) personnel were injured when an improvised explosive device went off near "
            "their vehicle in the Absar area of Turbat, Kech district, on Tuesday ... BLF claimed responsibility")
ev("quetta-byc-sitin", ART, "2023-02-16", "2023-02-16", "2023-02-16", PRO, ["Peaceful protest"],
   ["Protesters (Pakistan)", "Baloch Yakjehti Committee", "BYC"], [""], PK, BA, ["Quetta"], 0,
   evidence="The Baloch Yakjehti Committee (BYC) ... staged a sit-in outside the Quetta Press Club on Thursday ... "
            "The protest ended peacefully")

# --- Iraq: Turkish drone strike in Sidakan, Rudaw, Wed 2020-08-12 ---
IQ = "Iraq"
ART = "iraq_sidakan_rudaw"
TR = ["Military Forces of Turkey"]
ev("sidakan-drone-strike", ART, "2020-08-11", "2020-08-11", "2020-08-11", EXP, ["Air/drone strike"], TR,
   ["Military Forces of Iraq"], IQ, ["Erbil", "Arbil"], ["Soran"], 3,
   evidence="Two senior Iraqi border guard officers and their driver were killed on Tuesday afternoon when a Turkish "
            "drone struck their vehicle in the Sidakan subdistrict of Erbil province")
ev("kesta-air-strikes", ART, "2020-08-10", "2020-08-10", "2020-08-10", EXP, ["Air/drone strike"], TR,
   ["", "Kurdistan Workers' Party", "PKK", "Civilians (Iraq)"], IQ, ["Duhok", "Dohuk"],
   ["Amedi", "Al-Amadiya", "Adhamiyah"], 0,
   evidence="Turkish warplanes bombed the mountains around the village of Kesta in Duhok province's Amedi district "
            "on Monday ... no reports of casualties")

# --- Syria: Maarat al-Numan retaken, Al-Masdar News, Wed 2020-01-29 (4:30 a.m.) ---
SY = "Syria"
ART = "syria_maarat_masdar"
SAA = ["Military Forces of Syria"]
REB = ["Hayat Tahrir al-Sham", "HTS", "Hay'at Tahrir al-Sham", "National Liberation Front", "National Front for Liberation",
       "NLF", "Unidentified Armed Group (Syria)"]
ev("maarat-retaken", ART, "2020-01-28", "2020-01-28", "2020-01-28", BAT, ["Government regains territory"], SAA, REB,
   SY, ["Idlib"], (), None,
   evidence="The Syrian Arab Army (SAA) has liberated the key city of Ma'arat Al-Nu'man ... entered the city ... "
            "on Tuesday afternoon, after the jihadist rebels ... withdrew")
ev("babila-retaken", ART, "2020-01-27", "2020-01-27", "2020-01-27", BAT, ["Government regains territory"], SAA, REB,
   SY, ["Idlib"], (), 14,
   evidence="a day after the Syrian Army seized the village of Babila ... following fierce clashes ... on Monday ... "
            "at least 14 militants were killed ... while the army lost several soldiers")
ev("new-aleppo-rockets", ART, "2020-01-28", "2020-01-28", "2020-01-28", EXP, ["Shelling/artillery/missile attack"],
   ["Unidentified Armed Group (Syria)", "Hayat Tahrir al-Sham", "HTS", "Hay'at Tahrir al-Sham"], ["Civilians (Syria)"],
   SY, ["Aleppo"], (), 3,
   evidence="the jihadist rebels fired several rockets at the New Aleppo district on Tuesday evening, killing three civilians")
ev("turkish-convoy-idlib", ART, "2020-01-28", "2020-01-28", "2020-01-28", STR, ["Change to group/activity"], TR,
   [""], SY, ["Idlib"], (), 0, req=False,
   evidence="A large Turkish military convoy also entered the Idlib Governorate on Tuesday, heading toward the Turkish "
            "observation posts near Saraqib")

# --- Yemen: Sammad killed, Bani Qais wedding strike, AFP, Mon 2018-04-23 ---
YE = "Yemen"
ART = "yemen_baniqais_afp"
SLC = ["Military Forces of Saudi Arabia", "Saudi-led coalition", "Saudi-led Coalition", "Coalition"]
HOU = ["Houthis", "Huthis", "Ansar Allah", "Houthi Movement"]
ev("sammad-strike", ART, "2018-04-19", "2018-04-19", "2018-04-19", EXP, ["Air/drone strike"], SLC, HOU,
   YE, ["Al Hudaydah", "Hodeidah", "Al Hodeidah"], (), 7,
   evidence="Sammad ... was killed along with six companions on Thursday when coalition aircraft struck his convoy "
            "in the western province of Hodeida")
ev("bani-qais-wedding-strike", ART, "2018-04-22", "2018-04-22", "2018-04-23", EXP, ["Air/drone strike"], SLC,
   ["Civilians (Yemen)"], YE, ["Hajjah"], ["Bani Qa'is", "Bani Qais"], 20,
   evidence="at least 20 people ... were killed late Sunday when coalition jets struck a wedding party in the village "
            "of Al-Raqa in Bani Qais district (rebel ministry: 33)")
ev("mashat-succeeds-sammad", ART, "2018-04-23", "2018-04-19", "2018-04-23", STR, ["Change to group/activity"],
   HOU, [""], YE, ["Amanat Alasimah", "Sanaa", "Sana'a", ""], (), 0, req=False,
   evidence="The rebels named Mahdi al-Mashat ... to succeed Sammad as head of the political council")

# --- Somalia: Halane mortars, Garowe Online, Wed 2019-01-02 ---
SO = "Somalia"
ART = "somalia_halane_garowe"
SHB = ["Al Shabaab", "Al-Shabaab", "Harakat al-Shabaab al-Mujahideen"]
BAN = ["Banaadir", "Banadir"]
MOG = ["Banadir", "Mogadishu"]
ev("halane-mortars", ART, "2019-01-01", "2019-01-01", "2019-01-01", EXP, ["Shelling/artillery/missile attack"], SHB,
   ["United Nations", "UN", "UNSOM", "AMISOM", "African Union Mission in Somalia", "Civilians (Somalia)", ""],
   SO, BAN, MOG, 0,
   evidence="Al-Shabaab militants fired several mortar shells into the heavily fortified Halane base ... on Tuesday, "
            "wounding three United Nations staff members and two contractors")
ev("robow-arrest", ART, "2018-12-13", "2018-12-13", "2018-12-13", STR, ["Arrests"],
   ["Military Forces of Ethiopia", "AMISOM", "African Union Mission in Somalia", "Military Forces of Somalia"],
   ["Mukhtar Robow", "Civilians (Somalia)", ""], SO, ["Bay"], ["Baydhaba", "Baidoa"], 0,
   evidence="Robow ... was arrested by Ethiopian troops serving under AMISOM in Baidoa on December 13 (20 days before)")
ev("baidoa-robow-riots", ART, "2018-12-15", "2018-12-13", "2018-12-15", RIO, ["Violent demonstration"],
   ["Rioters (Somalia)", "Protesters (Somalia)"],
   ["Military Forces of Somalia", "Police Forces of Somalia", "Military Forces of Ethiopia", "AMISOM", ""],
   SO, ["Bay"], ["Baydhaba", "Baidoa"], 15, tp=2,
   evidence="three days of violent protests in Baidoa, in which his supporters blocked roads, burned tyres and "
            "clashed with security forces. At least 15 people ... were killed between December 13 and 15")
ev("mogadishu-dec22-car-bombs", ART, "2018-12-22", "2018-12-22", "2018-12-22", EXP,
   ["Suicide bomb", "Remote explosive/landmine/IED"], SHB + ["Unidentified Armed Group (Somalia)"],
   ["Civilians (Somalia)", "Military Forces of Somalia", "Police Forces of Somalia"], SO, BAN, MOG, 16,
   evidence="On December 22, twin car bombs exploded near the National Theatre and a checkpoint close to the "
            "presidential palace, killing at least 16 ... the first car, driven by a suicide bomber (hospital: 20)")
ev("lower-shabelle-ops-week", ART, "2019-01-02", "2018-12-26", "2019-01-02", BAT, ["Armed clash"],
   ["Military Forces of Somalia", "AMISOM", "African Union Mission in Somalia"], SHB, SO, ["Lower Shabelle"], (), 30,
   tp=2, evidence="the national army, backed by AMISOM, killed \"more than 30 militants\" in operations in the Lower "
                  "Shabelle region over the past week, though it did not say where")

DROP = {
    "afghanistan_nirkh_lwj": ["FDD's Long War Journal",
                              "Home | Analysis | Afghanistan | Pakistan | Iraq | Syria | Africa | Podcast | Maps | Donate",
                              "Share: Twitter Facebook Email Print", "Advertisement",
                              "Tags: Afghanistan, Baghlan, Burka, Nirkh, Taliban, Wardak", "Related Articles",
                              "Taliban overruns another district in Baghlan", "Mapping Taliban Control in Afghanistan",
                              "Subscribe to the Long War Journal newsletter",
                              "© 2021 FDD's Long War Journal. All rights reserved."],
    "afghanistan_gardez_pajhwok": ["Pajhwok Afghan News",
                                   "Home | Latest | Provinces | Security | Politics | Economy | Opinion | Dari | Pashto",
                                   "Advertisement", "Share this news:", "Facebook | Twitter | WhatsApp | Email",
                                   "Related News", "Security forces push Taliban out of Jani Khel villages",
                                   "Paktia residents demand better security on Gardez-Khost highway",
                                   "Ghazni traders complain of insecurity on highway",
                                   "Pajhwok Afghan News, Afghanistan's largest independent news agency.",
                                   "© 2018 Pajhwok Afghan News. All rights reserved. Reproduction without permission "
                                   "prohibited."],
    "pakistan_bajaur_dawn": ["DAWN.COM",
                             "Home | Latest | Pakistan | World | Business | Opinion | Sport | Prism | Magazines",
                             "Advertisement", "Comments (7)", "Closed", "Related Stories",
                             "Polio drive resumes in Peshawar amid tight security", "Six soldiers martyred in Kech attack",
                             "Follow Dawn on WhatsApp", "© Copyright Dawn Scribe Publishing Platform"],
    "pakistan_kharan_tribune": ["The Express Tribune",
                                "Home | Pakistan | Business | World | Sports | Life & Style | Opinion | Epaper",
                                "Advertisement", "Share:", "Facebook | Twitter | WhatsApp | LinkedIn",
                                "Like Pakistan on Facebook, follow @ETribune on Twitter to stay informed and join in "
                                "the conversation.", "Read more", "CTD arrests 'facilitator' of Quetta blast",
                                "Gwadar protest ends after government accepts demands", "© 2023 The Express Tribune."],
    "iraq_sidakan_rudaw": ["Rudaw", "Kurdistan | Iraq | Middle East | World | Opinion | Business | Sport | Video",
                           "Advertisement", "Related", "Iraq summons Turkish ambassador over Claw-Tiger operation",
                           "Turkish bombardment forces Zakho villagers to flee",
                           "Share: Facebook Twitter WhatsApp Telegram", "Copyright © 2020 Rudaw. All rights reserved."],
    "syria_maarat_masdar": ["AMN - Al-Masdar News | المصدر نيوز", "Home | Syria | Iraq | Yemen | Middle East | World | Videos",
                            "Advertisement", "Related Posts:", "Syrian Army captures several towns in southern Idlib",
                            "Russian Foreign Minister: Idlib militants must be separated",
                            "Share on Facebook | Share on Twitter | WhatsApp", "Leave a Reply Cancel reply",
                            "Your email address will not be published.",
                            "Copyright © 2020 Al-Masdar News. All rights reserved."],
    "somalia_halane_garowe": ["Garowe Online",
                              "Home | Somalia | Puntland | Politics | Security | Opinion | Business | Contact Us",
                              "Advertisement", "Share this:", "Facebook", "Twitter", "WhatsApp", "Related Posts",
                              "Puntland forces clash with Al-Shabaab in Galgala mountains",
                              "President Farmajo meets with UN officials in Villa Somalia",
                              "Copyright © 2019 Garowe Online. All rights reserved."],
}
EITHER = {
    "afghanistan_nirkh_lwj": ["May 12, 2021 | By Bill Roggio and Andrew Tobin",
                              "Bill Roggio is a Senior Fellow at the Foundation for Defense of Democracies and the "
                              "Editor of FDD's Long War Journal.",
                              "Andrew Tobin is a contributor to FDD's Long War Journal."],
    "afghanistan_gardez_pajhwok": ["By Zahid Ahmad Ahmadzai", "Aug 04, 2018 - 11:40"],
    "pakistan_bajaur_dawn": ["Anwarullah Khan", "Published January 9, 2024", "Published in Dawn, January 9th, 2024"],
    "pakistan_kharan_tribune": ["Our Correspondent", "February 16, 2023",
                                "Published in The Express Tribune, February 16th, 2023."],
    "iraq_sidakan_rudaw": ["By Rudaw", "12 Aug 2020"],
    "syria_maarat_masdar": ["By Leith Aboufadel - 2020-01-29"],
    "yemen_baniqais_afp": ["bur-mah/dv"],
    "somalia_halane_garowe": ["January 2, 2019"],
}

write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout62), coded by CODEBOOK.md before any run; "
           "BLIND, not yet run.", drop=DROP, either=EITHER)
