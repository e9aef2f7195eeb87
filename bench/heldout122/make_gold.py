"""Writes gold.json for the 122nd held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout122/make_gold.py

Focus: Somalia, 2014-2024 — an al-Shabaab base overrun (El Baraf), a suicide bombing (Dhagabadan camp) and a
parked car bomb, US air/drone strikes (Gandarshe, Galkayo), a contested raid on civilians (Bariire), a clan clash
(Abudwaq/Herale), protests (Galkayo, Adado, Mogadishu), a federal-vs-Jubaland battle (Ras Kamboni) and towns
retaken without a fight (Hudur, Burdhubo).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

SO = "Somalia"
SHB = ["Al Shabaab", "Al-Shabaab", "al-Shabab", "Harakat al-Shabaab al-Mujahideen", "Shebab", "Shabaab"]
SNA = ["Military Forces of Somalia", "Somali National Army", "SNA"]
CIV_SO = ["Civilians (Somalia)"]
PROT_SO = ["Protesters (Somalia)"]
US = ["Military Forces of the United States", "Military Forces of United States", "United States Armed Forces",
      "AFRICOM", "US Africa Command"]
UAG_SO = ["Unidentified Armed Group (Somalia)"]
BANAADIR = ["Banaadir", "Banadir", "Benadir"]
LSH = ["Lower Shabelle", "Shabeellaha Hoose"]
MSH = ["Middle Shabele", "Middle Shabelle", "Shabeellaha Dhexe", "Middle Shabeelle"]
GALG = ["Galguduud", "Galgaduud", "Galgadud"]
LJUBA = ["Lower Juba", "Jubbada Hoose"]

# ---------------------------------------------------------------- Hudur (AFP, 2014-03-08, Sat)
A = "somalia_hudur_afp"
AMISOM_ET = ["AMISOM", "African Union Mission in Somalia", "Military Forces of Ethiopia"]
ev("hudur-retaken", A, "2014-03-07", "2014-03-07", "2014-03-07", BAT, ["Government regains territory"],
   SNA + AMISOM_ET, SHB + [""], SO, ["Bakool"], ["Xudur", "Hudur", "Xuddur"], 0,
   evidence="Somali government soldiers backed by Ethiopian troops ... captured the town of Hudur ... on Friday, "
            "after Shebab insurgents pulled out ... without a fight ... 'not a single shot was fired'")
ev("teed-clash", A, "2014-03-06", "2014-03-06", "2014-03-06", BAT, ["Armed clash"],
   SNA + AMISOM_ET + SHB, SHB + SNA + AMISOM_ET, SO, ["Bakool"], (), 12,
   evidence="On Thursday afternoon the allied forces clashed with Shebab fighters near the village of Teed, about "
            "30 kilometres (20 miles) from Hudur ... 12 people were killed on both sides")
ev("burdhubo-entered", A, "2014-03-07", "2014-03-03", "2014-03-07", BAT, ["Government regains territory"],
   SNA + AMISOM_ET, SHB + [""], SO, ["Gedo"], (), 0, tp=2,
   evidence="Earlier this week the allied troops also moved into the small town of Burdhubo in the neighbouring "
            "Gedo region, where ... the Islamists had withdrawn before the soldiers arrived")
ev("mogadishu-restaurant-car-bomb", A, "2014-02-27", "2014-02-27", "2014-02-27", EXP,
   ["Remote explosive/landmine/IED"], SHB, CIV_SO + SNA + ["Police Forces of Somalia",
                                                            "National Intelligence and Security Agency", "NISA"],
   SO, BANAADIR, (), 11,
   evidence="On February 27, a car bomb parked outside a busy restaurant near the headquarters of the national "
            "intelligence agency in Mogadishu exploded ... killing at least 11 people (9 days before publication)")
# not events: Ethiopian pull-out from Hudur in March 2013 and the beheading (background); PM's "next targets"
# (plan); Rage's threat; AMISOM integration in January (background); Shebab out of Mogadishu 2011.

# ---------------------------------------------------------------- Galkayo (Xinhua, 2016-09-30, Fri)
A = "somalia_galkayo_xinhua"
GALMUDUG = ["Military Forces of Somalia (Galmudug)", "Military Forces of Galmudug", "Galmudug Security Forces",
            "Galmudug Forces", "Galmudug Darawish", "Galmudug Regional Security Forces", "Military Forces of Somalia"]
MUDUG_GK = ["Gaalkacyo", "Galkayo", "Galkacyo"]
ev("galkayo-us-drone-strike", A, "2016-09-28", "2016-09-27", "2016-09-28", EXP, ["Air/drone strike"],
   US, GALMUDUG + SHB, SO, ["Mudug"], MUDUG_GK, None,
   evidence="the strike early Wednesday hit a Galmudug military camp about 30 km east of Galkayo ... 22 soldiers "
            "were killed (Galmudug) ... the strike killed nine 'enemy fighters' (Pentagon): toll contested, unscored")
ev("galkayo-protest-wed", A, "2016-09-28", "2016-09-28", "2016-09-28", PRO, ["Peaceful protest"],
   PROT_SO, [""], SO, ["Mudug"], MUDUG_GK, 0,
   evidence="Hundreds of residents poured into the streets of Galkayo on Wednesday afternoon, chanting anti-American "
            "slogans and burning U.S. flags ... ended peacefully")
ev("adado-protest-thu", A, "2016-09-29", "2016-09-29", "2016-09-29", PRO, ["Peaceful protest"],
   PROT_SO, [""], SO, GALG, ["Adado", "Cadaado"], 0,
   evidence="On Thursday, the protests spread to Adado ... hundreds of people marched to the district headquarters")
ev("galkayo-protest-thu", A, "2016-09-29", "2016-09-29", "2016-09-29", PRO, ["Peaceful protest"],
   PROT_SO, [""], SO, ["Mudug"], MUDUG_GK, 0, req=False,
   evidence="Smaller crowds again gathered in Galkayo on Thursday, witnesses said (second day, told in passing)")
# not events: Galmudug demand for apology (statement); the US 'self-defense' account of Somali forces coming under
# fire (denied by Galmudug and al-Shabaab; not coded as a clash); Puntland's rejection; cabinet statement and
# committee; army investigation finding; Galkayo fighting last December / February (background); March strike.

# ---------------------------------------------------------------- Bariire (VOA, 2017-08-26, Sat)
A = "somalia_bariire_voa"
CLAN_SO = ["Clan Militia (Somalia)", "Unidentified Clan Militia (Somalia)", "Habar Gidir Clan Militia (Somalia)",
           "Biyomaal Clan Militia (Somalia)"]
ev("bariire-raid-killings", A, "2017-08-25", "2017-08-25", "2017-08-25", VAC, ["Attack"],
   SNA + US, CIV_SO, SO, LSH, (), 10,
   evidence="a raid by Somali soldiers supported by U.S. forces in which 10 people, including three children, were "
            "killed ... before dawn Friday on a farm near Bariire ... 'rounded up and shot one by one'")
ev("bariire-raid-as-clash", A, "2017-08-25", "2017-08-25", "2017-08-25", BAT, ["Armed clash"],
   SNA + US, SHB + CLAN_SO, SO, LSH, (), 10, req=False,
   evidence="army account: the troops came under fire ... those killed were 'al-Shabab fighters who fought against "
            "our forces' (alternative coding of the same raid)")
ev("mogadishu-bodies-protest", A, "2017-08-25", "2017-08-25", "2017-08-25", PRO, ["Peaceful protest"],
   PROT_SO + CIV_SO, [""], SO, BANAADIR, (), 0,
   evidence="Relatives brought the bodies to Mogadishu ... on Friday afternoon ... Hundreds of people ... gathered "
            "around them, chanting slogans against the government and the United States ... Police ... did not "
            "intervene")
ev("bariire-clan-fighting-earlier", A, "2017-08-24", "2017-08-01", "2017-08-24", BAT, ["Armed clash"],
   CLAN_SO, CLAN_SO, SO, LSH, (), 4, req=False, tp=3,
   evidence="clan militias from the two communities fought near the village earlier this month, leaving at least "
            "four people dead")
# not events: investigation committee (plan); AFRICOM statement; Jesow's allegation; SEAL killed near Barii in May
# and the March authority (background); elders' threat of protests; "pushed into several villages in recent months".

# ---------------------------------------------------------------- Gandarshe (AP, 2018-12-17, Mon)
A = "somalia_gandarshe_ap"
ev("gandarshe-strikes-sat", A, "2018-12-15", "2018-12-15", "2018-12-15", EXP, ["Air/drone strike"],
   US, SHB, SO, LSH, (), 34,
   evidence="four airstrikes on Saturday that killed 34 fighters ... in the vicinity of Gandarshe (the first-reported "
            "single strike killing eight is one of the four)")
ev("gandarshe-strikes-sun", A, "2018-12-16", "2018-12-16", "2018-12-16", EXP, ["Air/drone strike"],
   US, SHB, SO, LSH, (), 28,
   evidence="two more on Sunday that killed 28 ... near Gandarshe")
ev("sabiid-outpost-attack", A, "2018-12-16", "2018-12-16", "2018-12-17", BAT, ["Armed clash"],
   SHB + SNA, SNA + SHB, SO, LSH, (), 2,
   evidence="al-Shabab fighters attacked an army outpost in Sabiid village, near the town of Afgoye, late Sunday. "
            "Two soldiers were killed ... gunbattle that lasted about an hour")
# not events: the initial "eight" (same strike, superseded); "neutralized an imminent attack" (hypothetical);
# 46 strikes this year (aggregate, no toll); Harardhere Oct 12 and the November 2017 camp strike (background);
# Amnesty investigation; AU handover plans.

# ---------------------------------------------------------------- Dhagabadan camp (Al Jazeera, 2021-06-16, Wed)
A = "somalia_wadajir_aljazeera"
ev("dhagabadan-camp-suicide-bombing", A, "2021-06-15", "2021-06-15", "2021-06-15", EXP, ["Suicide bomb"],
   SHB, SNA + CIV_SO, SO, BANAADIR, (), 15,
   evidence="The attacker slipped into a line of young men waiting to enter the General Dhagabadan training camp in "
            "the Wadajir district on Tuesday morning and detonated an explosive vest ... at least 15 army recruits "
            "(army chief's early 'at least 10' superseded by the hospital's 15)")
ev("hamar-weyne-mortars", A, "2021-06-14", "2021-06-14", "2021-06-15", EXP,
   ["Shelling/artillery/missile attack"], SHB + UAG_SO, CIV_SO + [""], SO, BANAADIR, (), 0,
   evidence="mortar shells landed in Mogadishu's Hamar Weyne district late on Monday night, damaging several houses "
            "near the seaport. Police said nobody was hurt")
# not events: al-Shabab's claimed attack on Camp TURKSOM ('no sign of any attack': negated); TURKSOM bombing in June
# last year and the late-April Mogadishu fighting (background); PM's condemnation and investigation; AMISOM drawdown.

# ---------------------------------------------------------------- El Baraf (Shabelle via allAfrica, 2022-05-06, Fri)
A = "somalia_elbaraf_allafrica"
ATMIS = ["ATMIS", "African Union Transition Mission in Somalia", "Military Forces of Burundi",
         "AMISOM", "African Union Mission in Somalia"]
ev("elbaraf-base-overrun", A, "2022-05-03", "2022-05-03", "2022-05-03", BAT,
   ["Non-state actor overtakes territory", "Armed clash"], SHB, ATMIS, SO, MSH, (), 30,
   evidence="On Tuesday, hundreds of al-Shabaab fighters stormed the ATMIS forward operating base at El Baraf ... "
            "The troops eventually abandoned the base ... Al-Shabaab fighters took control of the camp ... 10 of its "
            "soldiers were killed ... killed 20 of the attackers (Burundi army; al-Shabaab claims 173)")
ev("elbaraf-vbieds", A, "2022-05-03", "2022-05-03", "2022-05-03", EXP, ["Suicide bomb"],
   SHB, ATMIS, SO, MSH, (), None, req=False,
   evidence="began with two vehicles packed with explosives being driven into the gate by suicide bombers at around "
            "4 a.m. (opening of the overrun; a coder might give it its own row)")
ev("miirtaqwo-mortars", A, "2022-05-05", "2022-05-05", "2022-05-06", EXP, ["Shelling/artillery/missile attack"],
   SHB, ATMIS, SO, MSH, (), None,
   evidence="Al-Shabaab militants fired mortar shells at a base of Burundian troops ... in Miirtaqwo village near El "
            "Baraf ... late on Thursday ... no word from either side on casualties")
ev("hodan-roadside-bomb", A, "2022-05-05", "2022-05-05", "2022-05-05", EXP, ["Remote explosive/landmine/IED"],
   SHB + UAG_SO, SNA, SO, BANAADIR, ["Hodan"], 0,
   evidence="In Mogadishu, a roadside bomb struck a military vehicle in the Hodan district on Thursday morning, "
            "wounding two soldiers")
# not events: US/AU/Burundi condemnations; planned recapture operation; families leaving (displacement); El Adde
# January 2016 (background); ATMIS replacing AMISOM April 1 (background); May 15 presidential vote (future);
# looting of weapons and burning of trucks (folded into the overrun).

# ---------------------------------------------------------------- Abudwaq/Herale (Reuters, 2024-06-10, Mon)
A = "somalia_abudwaq_reuters"
DIR = ["Dir Clan Militia (Somalia)", "Dir Clan Militia", "Dir Clan", "Clan Militia (Somalia)"]
MAREHAN = ["Marehan Clan Militia (Somalia)", "Marehan Clan Militia", "Marehan Clan", "Marihan Clan Militia (Somalia)",
           "Clan Militia (Somalia)"]
ev("herale-clan-clash", A, "2024-06-08", "2024-06-08", "2024-06-09", BAT, ["Armed clash"],
   DIR + MAREHAN, MAREHAN + DIR, SO, GALG, (), None,
   evidence="The clashes between militias from the Dir and Marehan clans erupted on Saturday in Abudwaq and Herale "
            "... the fighting began in the morning around water wells on the edge of Herale (55 dead in total, "
            "not split by town: toll unscored)")
ev("abudwaq-clan-clash", A, "2024-06-08", "2024-06-08", "2024-06-09", BAT, ["Armed clash"],
   DIR + MAREHAN, MAREHAN + DIR, SO, GALG, ["Cabudwaaq", "Abudwaq", "Abudwak"], None,
   evidence="spread within hours to the outskirts of Abudwaq ... where militiamen used heavy machine guns mounted on "
            "pick-up trucks (55 dead across both towns)")
ev("federal-troops-deployed-galgadud", A, "2024-06-09", "2024-06-09", "2024-06-09", STR,
   ["Change to group/activity"], SNA, [""], SO, GALG, (), 0, req=False,
   evidence="The fighting subsided after federal government troops arrived in the area on Sunday and took up "
            "positions between the two sides")
ev("jowhar-roadside-bomb", A, "2024-06-09", "2024-06-09", "2024-06-09", EXP, ["Remote explosive/landmine/IED"],
   UAG_SO + SHB, SNA, SO, MSH, ["Jowhar", "Jawhar"], 2,
   evidence="police said two soldiers were killed on Sunday when a roadside bomb hit their vehicle outside Jowhar")
# not events: Falagle's accusation; informal ceasefire and elders' meeting later this week (plan); Las Anod February
# last year (background); request to slow the AU drawdown (statement).

# ---------------------------------------------------------------- Ras Kamboni (The Star, 2024-12-12, Thu)
A = "somalia_raskamboni_thestar"
JUB = ["Jubaland Security Forces", "Military Forces of Jubaland", "Jubaland State Forces", "Jubaland Forces",
       "Jubaland Darwish", "Military Forces of Somalia (Jubaland)", "Police Forces of Somalia (Jubaland)"]
ev("raskamboni-federal-jubaland-battle", A, "2024-12-11", "2024-12-11", "2024-12-11", BAT,
   ["Armed clash", "Non-state actor overtakes territory", "Government regains territory"],
   JUB + SNA, SNA + JUB, SO, LJUBA, (), 10,
   evidence="heavy fighting with Jubaland regional forces in the coastal town of Ras Kamboni ... early on Wednesday "
            "... took full control of Ras Kamboni town and its airstrip ... at least 10 federal soldiers were killed")
ev("sna-soldiers-cross-into-kenya", A, "2024-12-11", "2024-12-11", "2024-12-11", STR,
   ["Other", "Change to group/activity"], SNA, ["", "Military Forces of Kenya"], [SO, "Kenya"],
   LJUBA + ["Lamu", ""], (), 0, req=False,
   evidence="at least 300 federal soldiers had reached the Ishakani border post in Lamu county by Wednesday evening, "
            "where they laid down their weapons and were disarmed by Kenya Defence Forces (retreat across a border)")
ev("raskamboni-federal-drone-strikes", A, "2024-12-11", "2024-12-11", "2024-12-11", EXP, ["Air/drone strike"],
   SNA, JUB, SO, LJUBA, (), None, req=False,
   evidence="federal forces had used drones to strike Jubaland positions during the fighting on Wednesday (claimed "
            "by one side; a coder might fold it into the battle)")
ev("jubaland-column-toward-burgabo", A, "2024-12-12", "2024-12-12", "2024-12-12", STR,
   ["Change to group/activity"], JUB, [""], SO, LJUBA, (), 0, req=False,
   evidence="Videos shared ... on Thursday morning showed Jubaland forces moving armoured vehicles along the "
            "coastline towards Burgabo")
# not events: Defence Ministry statement and al-Shabaab collusion claim; Omollo's repatriation plan; Kenyan border
# security (Kenya, outside the gazetteer); Madobe's re-election Nov 25 and the arrest warrant; federal airlift
# "in recent weeks" (no date); Kismayo 2012 (background); the ~240 surrendered soldiers (part of the battle).

DROP = {
    "somalia_bariire_voa": ["VOA News", "Share", "Print", "Africa", "Somalia", "Americas", "Asia", "Middle East",
                            "Europe", "Related", "U.S. Strike Kills Al-Shabab Fighters in Somalia",
                            "Somali Army Retakes Town From Militants in Lower Shabelle", "Share this", "Facebook",
                            "Twitter", "Email", "© 2017 VOA News"],
    "somalia_wadajir_aljazeera": ["Skip links", "Skip to Content", "Live", "Navigation menu", "News", "Middle East",
                                  "Africa", "Asia", "Features", "Economy", "Opinion", "Video", "News|Al-Shabab",
                                  "Click here to share on social media", "share2", "Related",
                                  "Somalia: Al-Shabab fighters attack military bases in Galmudug",
                                  "Somalia's leaders reach deal on election timetable", "Follow Al Jazeera English:",
                                  "© 2021 Al Jazeera Media Network"],
    "somalia_elbaraf_allafrica": ["allAfrica.com", "Top Headlines", "Somalia", "Africa", "Sections",
                                  "Read the original article on Shabelle.",
                                  "Copyright © 2022 Shabelle Media Network. All rights reserved. Distributed by "
                                  "AllAfrica Global Media (allAfrica.com).",
                                  "Tagged:", "Somalia, Burundi, East Africa, Conflict, Peace and Security"],
    "somalia_abudwaq_reuters": ["Skip to main content", "Exclusive news, data and analytics for financial market "
                                "professionals", "World", "Africa", "Americas", "Asia Pacific", "Europe",
                                "Middle East", "Business", "Markets", "Sustainability", "Legal",
                                "Our Standards: The Thomson Reuters Trust Principles., opens new tab", "Read Next",
                                "Somalia asks AU to slow troop drawdown, citing security risks",
                                "Somali president says talks with Somaliland must respect territorial integrity"],
    "somalia_raskamboni_thestar": ["The Star", "Home", "News", "Counties", "Africa", "Sports", "Business", "Opinion",
                                   "Video", "Share", "Facebook", "X", "WhatsApp", "Related Articles",
                                   "KDF steps up patrols along Somalia border",
                                   "Jubaland cuts ties with Mogadishu over Madobe arrest warrant", "© The Star 2024"],
}
EITHER = {
    "somalia_hudur_afp": ["str-pjm/jk"],
    "somalia_galkayo_xinhua": ["Source: Xinhua | 2016-09-30 20:14:07 | Editor: huaxia"],
    "somalia_bariire_voa": ["Harun Maruf", "August 26, 2017 10:42 AM", "MOGADISHU —"],
    "somalia_gandarshe_ap": ["___", "Associated Press writer Abdi Guled in Mogadishu, Somalia, contributed."],
    "somalia_wadajir_aljazeera": ["Published On 16 Jun 2021", "Source: Al Jazeera and news agencies"],
    "somalia_elbaraf_allafrica": ["6 May 2022", "Shabelle Media Network (Mogadishu)"],
    "somalia_abudwaq_reuters": ["By Abdi Sheikh", "June 10, 2024 4:12 PM GMT+3", "Updated ago",
                                "(Reporting by Abdi Sheikh; Editing by George Obulutsa and Shinjini Ganguli)"],
    "somalia_raskamboni_thestar": ["By CYRUS OMBATI", "12 December 2024 - 09:40", "In Summary",
                                   "KDF disarmed the soldiers at the Ishakani border post in Lamu county.",
                                   "Interior PS says plans underway to return them home."],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout122; Somalia 2014-2024), coded by "
                             "CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
