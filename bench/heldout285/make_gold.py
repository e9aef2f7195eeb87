"""Writes gold.json for the 285th held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 40).

    python bench/heldout285/make_gold.py

Topic: Ukraine, the Donbas war of 2014-2015 — the April 2014 seizures of police and government buildings and the
first Sloviansk clash, the Mariupol base attack and the Kramatorsk armoured vehicles, the Mi-8 downed at Karachun
and the OSCE abductions, the Luhansk airport withdrawal, the first Minsk truce tested at Mariupol, the school
No 57 / minibus and ICRC shelling in Donetsk, the school No 63 sports field, and hospital No 27 in Tekstilshchik.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

UA = "Ukraine"
UAF = ["Military Forces of Ukraine", "Armed Forces of Ukraine", "Ukrainian Armed Forces", "Ukrainian Army"]
NG = ["National Guard of Ukraine", "Ukrainian National Guard", "Military Forces of Ukraine", "Police Forces of Ukraine"]
SBU = ["Military Forces of Ukraine", "Police Forces of Ukraine", "Security Service of Ukraine", "SBU"]
POL = ["Police Forces of Ukraine", "Military Forces of Ukraine"]
SEP = ["Pro-Russian Militia", "Pro-Russian Separatists", "Pro-Russian Militants", "Pro-Russian Rebels",
       "Separatists (Ukraine)", "Rebels (Ukraine)", "Donetsk People's Republic", "DPR: Donetsk People's Republic", "DPR",
       "DNR", "Unidentified Armed Group (Ukraine)", "Militia (Pro-Russia)"]
DPR = SEP + ["Novorossiya", "Novorossiya Armed Forces", "Vostok Battalion"]
LPR = ["LPR: Luhansk People's Republic", "Luhansk People's Republic", "LPR", "LNR", "Lugansk People's Republic"] + SEP \
      + ["Novorossiya", "Novorossiya Armed Forces"]
RUS = ["Military Forces of Russia", "Russian Armed Forces"]
UAG = ["Unidentified Armed Group (Ukraine)"]
CIV = ["Civilians (Ukraine)"]
PROT = ["Protesters (Ukraine)"]
RIOT = ["Rioters (Ukraine)"]
OSCE = ["OSCE", "OSCE Special Monitoring Mission", "Organization for Security and Co-operation in Europe",
        "Organization for Security and Cooperation in Europe", "Civilians (International)", "Civilians (Ukraine)",
        "Civilians (Switzerland)", "Civilians (Estonia)", "Civilians (Denmark)", "Civilians (Turkey)"]
SHELL = ["Shelling/artillery/missile attack"]
OVER = ["Non-state actor overtakes territory"]

DON = ["Donetsk", "Donetska", "Donets'ka", "Donetsk Oblast"]
LUH = ["Luhansk", "Luhanska", "Luhans'ka", "Luhansk Oblast", "Lugansk"]
KHA = ["Kharkivs'ka", "Kharkiv", "Kharkivska", "Kharkiv Oblast"]
SLOV2 = ["Kramatorskyi", "Kramatorsk", "Sloviansk", "Slovianskyi", "Slovyansk"]
KRAM2 = ["Kramatorskyi", "Kramatorsk"]
MAR2 = ["Mariupolskyi", "Mariupol"]
HOR2 = ["Horlivskyi", "Horlivka"]
DON2 = ["Donetskyi", "Donetsk"]
LUH2 = ["Luhanskyi", "Luhansk", "Lutuhynskyi", ""]
SEV2 = ["Sievierodonetskyi", "Sievierodonetsk", "Severodonetsk"]

# ---------------------------------------------------------------- Reuters, 2014-04-14 (Mon)
A = "ukraine_sloviansk_reuters"
ev("sloviansk-sbu-clash", A, "2014-04-13", "2014-04-13", "2014-04-13", BAT, ["Armed clash"],
   SEP + SBU, SBU + SEP, UA, DON, SLOV2, 2,
   evidence="A Ukrainian state security officer was killed and five of his colleagues were wounded on Sunday when "
            "pro-Russian gunmen opened fire ... in ... Sloviansk ... one of their fighters had been killed")
ev("sloviansk-police-sbu-seized", A, "2014-04-12", "2014-04-12", "2014-04-12", BAT, OVER,
   SEP, POL + SBU + [""], UA, DON, SLOV2, None,
   evidence="The militants ... had taken over the Sloviansk police headquarters and the local office of the SBU "
            "security service on Saturday")
ev("kramatorsk-police-hq-stormed", A, "2014-04-12", "2014-04-12", "2014-04-12", BAT, OVER,
   SEP, POL + [""], UA, DON, KRAM2, None,
   evidence="Hours later a second armed group stormed the police headquarters in Kramatorsk ... after a brief "
            "exchange of fire with officers inside")
ev("mariupol-city-council-occupied", A, "2014-04-13", "2014-04-13", "2014-04-13", RIO, ["Violent demonstration"],
   RIOT + PROT, [""] + POL, UA, DON, MAR2, None,
   evidence="several hundred protesters broke down the doors of the city council building on Sunday after a rally of "
            "about 1,000 people")
ev("mariupol-city-council-as-takeover", A, "2014-04-13", "2014-04-13", "2014-04-13", BAT, OVER,
   SEP + PROT + RIOT, [""] + POL, UA, DON, MAR2, None, req=False,
   evidence="the council occupation coded as a takeover of the building")
ev("mariupol-city-council-as-protest", A, "2014-04-13", "2014-04-13", "2014-04-13", PRO, ["Peaceful protest"],
   PROT, [""], UA, DON, MAR2, None, req=False,
   evidence="the rally of about 1,000 people demanding a referendum (may be folded into the occupation)")
ev("horlivka-police-hq-stormed", A, "2014-04-14", "2014-04-14", "2014-04-14", BAT, OVER,
   SEP + RIOT, POL + [""], UA, DON, HOR2, None,
   evidence="on Monday morning, when armed men backed by a crowd of several hundred people stormed the police "
            "headquarters in Horlivka ... the attackers took control of the building")
ev("horlivka-police-hq-as-riot", A, "2014-04-14", "2014-04-14", "2014-04-14", RIO, ["Violent demonstration",
   "Mob violence"], RIOT + PROT + SEP, POL + [""], UA, DON, HOR2, None, req=False,
   evidence="the same storming seen as a violent crowd")
ev("donetsk-rsa-seized", A, "2014-04-06", "2014-04-06", "2014-04-06", BAT, OVER,
   SEP + PROT + RIOT, POL + [""], UA, DON, DON2, None,
   evidence="Separatists have occupied the regional administration building in Donetsk since April 6, when "
            "demonstrators overwhelmed police and took over the 11-storey block (8 days before: inside the window)")
ev("donetsk-rsa-seized-as-riot", A, "2014-04-06", "2014-04-06", "2014-04-06", RIO, ["Violent demonstration"],
   RIOT + PROT, POL + [""], UA, DON, DON2, None, req=False,
   evidence="the April 6 seizure seen as a violent demonstration")
ev("kharkiv-unity-rally-attacked", A, "2014-04-13", "2014-04-13", "2014-04-13", RIO,
   ["Mob violence", "Violent demonstration"], RIOT + PROT + SEP, PROT + CIV, UA, KHA, ["Kharkiv", "Kharkivskyi"], 0,
   evidence="In Kharkiv ... about 50 people were hurt on Sunday when pro-Russian activists armed with sticks and "
            "chains attacked a rally of several hundred supporters of Ukrainian unity")

# ---------------------------------------------------------------- Kyiv Post, 2014-04-17 (Thu)
A = "ukraine_mariupol_kyivpost"
ev("mariupol-base-3057-attack", A, "2014-04-16", "2014-04-16", "2014-04-17", BAT, ["Armed clash"],
   SEP + NG, NG + SEP, UA, DON, MAR2, 3,
   evidence="Three pro-Russian attackers were killed and 13 wounded overnight when Ukrainian National Guard troops "
            "fought off an assault ... at about 8 p.m. on Wednesday ... Local news websites had earlier put the number "
            "of dead at four")
ev("mariupol-base-3057-as-riot", A, "2014-04-16", "2014-04-16", "2014-04-17", RIO, ["Violent demonstration",
   "Mob violence"], RIOT + PROT + SEP, NG + [""], UA, DON, MAR2, 3, req=False,
   evidence="the crowd with firebombs seen as rioters")
ev("kramatorsk-apcs-seized", A, "2014-04-16", "2014-04-16", "2014-04-16", STR,
   ["Looting/property destruction", "Other", "Disrupted weapons use", "Change to group/activity"],
   SEP, UAF + [""], UA, DON, KRAM2, 0,
   evidence="six armored personnel carriers of the 25th Airborne Brigade ... were surrounded by residents ... and then "
            "taken over by armed men ... driven to ... Sloviansk ... without a shot being fired")
ev("pchyolkino-column-disarmed", A, "2014-04-16", "2014-04-16", "2014-04-16", PRO, ["Peaceful protest"],
   PROT + CIV, UAF + [""], UA, DON, KRAM2, 0, req=False,
   evidence="a second column of about 15 vehicles was stopped by a crowd of several hundred local people in the "
            "village of Pchyolkino ... paratroopers removed the firing pins")
ev("kramatorsk-airfield-retaken", A, "2014-04-15", "2014-04-15", "2014-04-15", BAT,
   ["Government regains territory", "Armed clash"], UAF + SBU, SEP + [""], UA, DON, KRAM2, 0,
   evidence="On Tuesday, Ukrainian special forces landed by helicopter and took control of the military airfield "
            "outside Kramatorsk ... Kyiv said nobody was killed; pro-Russian activists ... claimed four")
ev("donetsk-city-council-seized", A, "2014-04-16", "2014-04-16", "2014-04-16", BAT, OVER,
   SEP, [""] + POL + CIV, UA, DON, DON2, None,
   evidence="In Donetsk, around 20 masked gunmen took over the city council building on Wednesday")

# ---------------------------------------------------------------- RFE/RL, 2014-05-30 (Fri)
A = "ukraine_sloviansk_rferl"
ev("karachun-mi8-shot-down", A, "2014-05-29", "2014-05-29", "2014-05-29", EXP, SHELL,
   DPR, NG + UAF, UA, DON, SLOV2, 12,
   evidence="The Mi-8 was hit by a shoulder-fired missile around midday on May 29 as it lifted off from Mount "
            "Karachun ... Turchynov ... 14 ... The National Guard later put the toll at 12")
ev("karachun-mi8-as-clash", A, "2014-05-29", "2014-05-29", "2014-05-29", BAT, ["Armed clash"],
   DPR, NG + UAF, UA, DON, SLOV2, 12, req=False,
   evidence="the shoot-down coded as a battle")
ev("karachun-retaliation", A, "2014-05-29", "2014-05-29", "2014-05-29", EXP, SHELL + ["Air/drone strike"],
   NG + UAF, DPR + [""], UA, DON, SLOV2, None,
   evidence="government forces had responded with artillery fire and an air strike on the area from which the "
            "missile was launched ... 'the group of criminals involved' had been destroyed")
ev("karachun-retaliation-air", A, "2014-05-29", "2014-05-29", "2014-05-29", EXP, ["Air/drone strike"],
   UAF + NG, DPR + [""], UA, DON, SLOV2, None, req=False,
   evidence="the air strike part of the response as its own row")
ev("sievierodonetsk-osce-detained", A, "2014-05-29", "2014-05-29", "2014-05-29", VAC,
   ["Abduction/forced disappearance"], LPR + UAG, OSCE, UA, LUH, SEV2, 0,
   evidence="The four international monitors and a Ukrainian language assistant were stopped by armed men on the "
            "evening of May 29 in Syevyerodonetsk")
ev("donetsk-osce-detained", A, "2014-05-26", "2014-05-26", "2014-05-26", VAC,
   ["Abduction/forced disappearance"], DPR + UAG, OSCE, UA, DON, (), 0,
   evidence="A first team ... has been held since the evening of May 26, when it was stopped at a checkpoint east of "
            "the city of Donetsk")
ev("donetsk-vostok-takes-rsa", A, "2014-05-29", "2014-05-29", "2014-05-29", STR,
   ["Change to group/activity", "Headquarters or base established", "Other"],
   ["Vostok Battalion"] + DPR, [""] + DPR + CIV, UA, DON, DON2, 0, req=False,
   evidence="fighters of the heavily armed Vostok Battalion on May 29 took control of the regional administration "
            "building ... expelling activists (intra-rebel power struggle)")
ev("donetsk-airport-battle", A, "2014-05-27", "2014-05-26", "2014-05-27", BAT,
   ["Government regains territory", "Armed clash"], UAF + NG, DPR, UA, DON, DON2, 40, tp=2,
   evidence="40 people, including two civilians, died when government forces used air strikes and paratroopers to "
            "drive the rebels out of the airport on May 26-27")
ev("donetsk-airport-air-strikes", A, "2014-05-27", "2014-05-26", "2014-05-27", EXP, ["Air/drone strike"],
   UAF, DPR, UA, DON, DON2, None, req=False, tp=2,
   evidence="the air strikes of the airport battle as their own row")

# ---------------------------------------------------------------- BBC, 2014-09-02 (Tue)
A = "ukraine_luhansk_bbc"
ev("luhansk-airport-abandoned", A, "2014-09-01", "2014-08-31", "2014-09-01", BAT,
   OVER + ["Armed clash", "Government regains territory"], LPR + RUS, UAF + LPR + RUS, UA, LUH, LUH2, None,
   evidence="Ukrainian forces have withdrawn from the airport outside ... Luhansk after an all-night battle with ... "
            "a battalion of Russian tanks ... ordered to make an 'organised retreat' on Monday")
ev("heorhiivka-abandoned", A, "2014-09-01", "2014-08-31", "2014-09-01", BAT,
   OVER + ["Armed clash", "Government regains territory"], LPR + RUS, UAF + LPR + RUS, UA, LUH, (), None, req=False,
   evidence="together with the troops defending the nearby village of Heorhiivka (may be folded into the airport)")
ev("azov-sea-patrol-boat-hit", A, "2014-08-31", "2014-08-31", "2014-09-01", EXP, SHELL,
   DPR, UAF + ["State Border Guard Service of Ukraine", "Border Guard Service of Ukraine", "Police Forces of Ukraine"],
   UA, DON, MAR2, None,
   evidence="Late on Sunday, a Ukrainian border guard patrol boat was hit by artillery fire from the shore while "
            "sailing in the Sea of Azov near Mariupol ... two sailors were still missing")
ev("ukraine-24h-toll-sep1", A, "2014-09-01", "2014-08-31", "2014-09-02", BAT, ["Armed clash"],
   LPR + RUS + UAF, UAF + LPR + RUS, UA, [""], (), None,
   evidence="seven Ukrainian servicemen had been killed across the conflict zone in the previous 24 hours ... some "
            "80 rebel fighters had died (country-level aggregate; 7 vs 87 → toll unscored)")
ev("ilovaisk-breakout", A, "2014-08-29", "2014-08-29", "2014-08-29", BAT, ["Armed clash"],
   RUS + DPR, UAF + ["Donbas Battalion", "Volunteer Battalions (Ukraine)"], UA, DON,
   ["Donetskyi", "Ilovaisk", "Amvrosiivskyi", "Khartsyzk", "Starobesheve"], None,
   evidence="At Ilovaisk ... tried to break out on Friday ... the columns came under heavy fire ... dozens of "
            "soldiers are believed to have been killed")
ev("russian-columns-southeast", A, "2014-08-31", "2014-08-25", "2014-08-31", STR,
   ["Change to group/activity", "Other"], RUS, [""], UA, DON, (), 0, req=False, tp=2,
   evidence="in the south towards Mariupol, where Kiev says Russian armoured columns crossed the border last week")

# ---------------------------------------------------------------- AFP, 2014-09-07 (Sun)
A = "ukraine_mariupol_afp"
ev("mariupol-checkpoint-shelled", A, "2014-09-06", "2014-09-06", "2014-09-07", EXP, SHELL,
   DPR, UAF + CIV + ["Azov Battalion"], UA, DON, MAR2, 1,
   evidence="A woman was killed and three other people were wounded when pro-Russian rebels shelled a Ukrainian army "
            "checkpoint on the eastern edge of ... Mariupol late on Saturday")
ev("donetsk-airport-fighting-sep7", A, "2014-09-07", "2014-09-07", "2014-09-07", BAT, ["Armed clash"],
   DPR + UAF, UAF + DPR, UA, DON, DON2, None,
   evidence="Fighting also flared early on Sunday on the northern outskirts of ... Donetsk, where government troops "
            "still hold the airport")
ev("donetsk-airport-shelling-sep7", A, "2014-09-07", "2014-09-07", "2014-09-07", EXP, SHELL,
   DPR + UAF, UAF + DPR, UA, DON, DON2, None, req=False,
   evidence="heavy artillery fire could be heard for several hours (the same fighting as shelling)")
ev("minsk-protocol-ceasefire", A, "2014-09-05", "2014-09-05", "2014-09-05", STR, ["Agreement"],
   ["Government of Ukraine"] + UAF + DPR + LPR + ["OSCE"], DPR + LPR + UAF + ["Government of Ukraine", ""],
   UA, ["", "Donetsk", "Luhansk"], (), 0, req=False,
   evidence="The ceasefire was signed on Friday in the Belarusian capital Minsk (signed outside the allowed countries; "
            "optional, admin1 empty or the two oblasts)")
E[-1]["articles"].append("ukraine_donetsk_guardian")
ev("shyrokyne-fighting", A, "2014-09-05", "2014-09-05", "2014-09-05", BAT, ["Armed clash"],
   DPR + RUS + UAF, UAF + DPR + RUS, UA, DON, ["Volnovakha", "Volnovaskyi", "Novoazovskyi", "Mariupolskyi"], None,
   evidence="Hours before the truce began, fierce fighting raged around the village of Shyrokyne, some 20 "
            "kilometres ... east of Mariupol")
ev("novoazovsk-seized", A, "2014-08-27", "2014-08-27", "2014-08-27", BAT, OVER,
   DPR + RUS, UAF + [""], UA, DON, (), None,
   evidence="since they seized the border town of Novoazovsk, 40 kilometres to the east, on August 27 (11 days "
            "before: inside the window)")

# ---------------------------------------------------------------- The Guardian, 2014-10-02 (Thu)
A = "ukraine_donetsk_guardian"
ev("donetsk-icrc-worker-killed", A, "2014-10-02", "2014-10-02", "2014-10-02", EXP, SHELL,
   UAG + DPR + UAF, ["Civilians (Switzerland)", "Civilians (International)", "Civilians (Ukraine)", "ICRC",
                     "International Committee of the Red Cross"], UA, DON, DON2, 1,
   evidence="Laurent DuPasquier, 38, was hit when a shell exploded near the ICRC's office in the centre of the city "
            "on Thursday afternoon")
ev("donetsk-school57-minibus", A, "2014-10-01", "2014-10-01", "2014-10-01", EXP, SHELL,
   UAG + DPR + UAF, CIV, UA, DON, DON2, 10,
   evidence="a rocket landed in the courtyard of school No 57 ... another rocket struck a crowded number 17 minibus "
            "... The city administration said 10 people had been killed ... Rebel officials put the toll at 12")
ev("donetsk-airport-apc-hit", A, "2014-09-29", "2014-09-29", "2014-09-29", EXP, SHELL,
   DPR, UAF, UA, DON, DON2, 7,
   evidence="On Monday, seven Ukrainian soldiers were killed when a shell struck their armoured personnel carrier "
            "near the airport")

# ---------------------------------------------------------------- AP, 2014-11-06 (Thu)
A = "ukraine_donetsk_ap"
ev("donetsk-school63-shell", A, "2014-11-05", "2014-11-05", "2014-11-05", EXP, SHELL,
   UAG + DPR + UAF, CIV, UA, DON, DON2, 2,
   evidence="An artillery shell exploded on a school sports field in ... Donetsk ... killing two of them ... shortly "
            "after 3 p.m. Wednesday beside school No. 63 in the Kuibyshevskyi district")
ev("donetsk-shelling-tuesday-night", A, "2014-11-04", "2014-11-04", "2014-11-05", EXP, SHELL,
   UAG + DPR + UAF, CIV + [""], UA, DON, DON2, None, req=False,
   evidence="Shelling had intensified across northern Donetsk late Tuesday (no toll, may be folded)")
ev("zakharchenko-sworn-in", A, "2014-11-04", "2014-11-04", "2014-11-04", STR, ["Change to group/activity"],
   DPR, [""], UA, DON, DON2, 0, req=False,
   evidence="Alexander Zakharchenko ... was sworn in as head of the self-proclaimed Donetsk People's Republic "
            "(leadership change)")
ev("ukraine-24h-toll-nov5", A, "2014-11-05", "2014-11-04", "2014-11-06", BAT, ["Armed clash"],
   DPR + UAF, UAF + DPR, UA, [""] + DON, (), 1,
   evidence="one serviceman had been killed and eight wounded across the conflict zone over the previous day, most "
            "of them in rebel attacks around the airport and ... Pisky")

# ---------------------------------------------------------------- Al Jazeera, 2015-02-05 (Thu)
A = "ukraine_donetsk_aljazeera"
ev("donetsk-hospital27-shelled", A, "2015-02-04", "2015-02-04", "2015-02-04", EXP, SHELL,
   UAF + UAG + DPR, CIV, UA, DON, DON2, 4,
   evidence="The shells landed around noon on Wednesday outside Hospital No 27 in Tekstilshchik ... four people had "
            "been killed ... a fifth death ... as many as 25")
ev("debaltseve-shelled", A, "2015-02-04", "2015-02-04", "2015-02-04", EXP, SHELL,
   DPR + UAG, UAF + CIV + [""], UA, DON, HOR2 + ["Debaltseve"], None,
   evidence="Shells fell on the town throughout Wednesday as buses ... carried hundreds of residents out")
ev("debaltseve-assault", A, "2015-02-04", "2015-02-04", "2015-02-04", BAT, ["Armed clash"],
   DPR, UAF, UA, DON, HOR2 + ["Debaltseve"], None, req=False,
   evidence="rebels kept up their assault on Debaltseve (the ground fighting as its own row)")
ev("ukraine-24h-toll-feb5", A, "2015-02-05", "2015-02-04", "2015-02-05", BAT, ["Armed clash"],
   DPR + LPR + UAF, UAF + DPR + LPR, UA, [""], (), 4,
   evidence="separatists had carried out more than 80 attacks ... over the previous 24 hours, killing four Ukrainian "
            "soldiers and wounding 25")
ev("mariupol-jan24-grad", A, "2015-01-24", "2015-01-24", "2015-01-24", EXP, SHELL,
   DPR + RUS, CIV, UA, DON, MAR2, 30,
   evidence="On January 24, a barrage of Grad rockets struck the eastern districts of ... Mariupol, killing 30 people "
            "(12 days before: inside the window)")
ev("donetsk-airport-captured-jan", A, "2015-01-31", "2015-01-01", "2015-01-31", BAT, OVER,
   DPR + RUS, UAF, UA, DON, DON2, None, req=False, tp=3,
   evidence="launched an offensive in January, capturing the ruins of Donetsk airport (month only)")

DROP = {
    "ukraine_mariupol_kyivpost": ["KyivPost", "Ukraine's Global Voice", "Home", "Ukraine", "Business", "Opinion",
                                  "Lifestyle", "War against Ukraine", "Share on Facebook", "Share on Twitter",
                                  "Related articles:", "Ukraine's anti-terrorist operation stalls in Donetsk Oblast",
                                  "Putin admits Russian troops were in Crimea",
                                  "Read also: Live updates on Russia's war against Ukraine",
                                  "© 2014 Kyiv Post. All rights reserved."],
    "ukraine_sloviansk_rferl": ["Accessibility links", "Skip to main content", "Skip to main Navigation",
                                "Skip to Search", "RFE/RL", "Ukraine", "Russia", "Central Asia", "Caucasus", "Share",
                                "Print", "Related", "Ukraine's New President Vows To Crush Rebellion",
                                "Rebels Say They Are Holding Missing OSCE Monitors",
                                "Copyright (c) 2014. RFE/RL, Inc. All rights reserved."],
    "ukraine_luhansk_bbc": ["BBC", "Sign in", "News", "Sport", "Weather", "iPlayer", "Home", "UK", "World", "Business",
                            "Politics", "Tech", "Europe", "From the section Europe", "Share", "Related Topics",
                            "Ukraine conflict", "Russia", "More on this story",
                            "Ukraine conflict: 'Russian columns' cross border near Novoazovsk",
                            "Putin calls for talks on 'statehood' for eastern Ukraine", "Share this page", "Facebook",
                            "Twitter",
                            "Copyright © 2014 BBC. The BBC is not responsible for the content of external sites."],
    "ukraine_donetsk_guardian": ["The Guardian", "News", "Opinion", "Sport", "Culture", "Lifestyle", "World",
                                 "Europe", "Ukraine", "Share on Facebook", "Share on Twitter", "Share via Email",
                                 "More on this story",
                                 "Ukraine crisis: ceasefire under strain as rebels push on Donetsk airport",
                                 "Eastern Ukraine's forgotten frontline towns", "Topics", "Russia",
                                 "Reuse this content"],
    "ukraine_donetsk_ap": ["Copyright 2014 The Associated Press. All rights reserved. This material may not be "
                           "published, broadcast, rewritten or redistributed."],
    "ukraine_donetsk_aljazeera": ["Al Jazeera", "Skip links", "Skip to Content", "News", "Europe", "Features",
                                  "Opinion", "Video", "More from News", "Ukraine fighting intensifies around rail hub",
                                  "Merkel and Hollande to present new Ukraine peace plan"],
}
EITHER = {
    "ukraine_sloviansk_reuters": ["(Reporting by Gabriela Baczynska in Sloviansk and Natalia Zinets in Kiev; Writing "
                                  "by Richard Balmforth; Editing by Giles Elgood)"],
    "ukraine_mariupol_kyivpost": ["April 17, 2014, 1:42 p.m.", "By Oksana Grytsenko",
                                  "Kyiv Post staff writer Oksana Grytsenko can be reached at grytsenko@kyivpost.com"],
    "ukraine_sloviansk_rferl": ["May 30, 2014", "With reporting by Reuters, Interfax, and AFP"],
    "ukraine_luhansk_bbc": ["2 September 2014"],
    "ukraine_mariupol_afp": ["dm-gk/ns/jh"],
    "ukraine_donetsk_guardian": ["Shaun Walker in Donetsk", "Thu 2 Oct 2014 17.30 BST"],
    "ukraine_donetsk_ap": ["By PETER LEONARD, Associated Press", "___",
                           "Yuras Karmanau in Kiev and Nataliya Vasilyeva in Moscow contributed to this report."],
    "ukraine_donetsk_aljazeera": ["5 Feb 2015", "Source: Al Jazeera and news agencies"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout285; Ukraine, Donbas war 2014-2015), "
                             "coded by CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
