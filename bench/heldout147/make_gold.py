"""Writes gold.json for the 147th held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout147/make_gold.py

Focus: Ukraine, 2014-2025, one article per year (2014, 2015, 2017, 2019, 2022, 2023, 2024, 2025): towns retaken
by government forces in 2014 (and MH17 told as context), the biggest rebel assault after Minsk-2 with the OSCE cars
torched in Donetsk, an OSCE SMM daily report (monitor killed by a mine, civilian casualties), the "No to
capitulation" rallies of October 2019, the Chaplyne station strike with a partisan car bomb in occupied Mykhailivka,
the Makiivka HIMARS strike as told by Xinhua, Russia's claimed capture of New York and Zhelanne, and the Parubiy
murder with the arrest of the suspect and the late-August 2025 strikes on Kyiv and Zaporizhzhia.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

SHELL, AIR, IED = "Shelling/artillery/missile attack", "Air/drone strike", "Remote explosive/landmine/IED"
NSA, GRT, CLASH = "Non-state actor overtakes territory", "Government regains territory", "Armed clash"

# ---------------------------------------------------------------- shared actor and place lists
UA = "Ukraine"
UKR = ["Military Forces of Ukraine", "National Guard of Ukraine", "Armed Forces of Ukraine",
       "State Border Guard Service of Ukraine", "Police Forces of Ukraine"]
RUS = ["Military Forces of Russia"]
SEP = ["Separatists (Ukraine)", "Unidentified Armed Group (Ukraine)", "Novorossiya"]
DPR = ["Donetsk People's Republic", "DPR", "DNR", "Military Forces of Russia"] + SEP
LPR = ["Luhansk People's Republic", "LPR", "LNR", "Lugansk People's Republic", "Military Forces of Russia"] + SEP
UAG = ["Unidentified Armed Group (Ukraine)"]
CIV = ["Civilians (Ukraine)"]
OSCE = ["OSCE", "OSCE Special Monitoring Mission to Ukraine", "OSCE SMM", "SMM",
        "Organization for Security and Co-operation in Europe",
        "Organization for Security and Cooperation in Europe", "OSCE Special Monitoring Mission"]
PROT = ["Protesters (Ukraine)", "European Solidarity", "Holos", "Svoboda", "All-Ukrainian Union Svoboda"]
PARTISANS = UAG + ["Ukrainian Partisans", "Partisans (Ukraine)", "Ukrainian partisans", "Military Forces of Ukraine",
                   "Ukrainian Resistance Movement"]
OCC = CIV + ["Government of Russia", "Military Forces of Russia", "Russian-installed administration",
             "Government of Ukraine (Russian-installed)", ""]
DONETSK = ["Donetsk", "Donetsk Oblast", "Donetska", "Donets'ka"]
LUHANSK = ["Luhansk", "Luhansk Oblast", "Luhanska", "Lugansk", "Luhans'ka"]
KHARKIV = ["Kharkivs'ka", "Kharkiv", "Kharkiv Oblast", "Kharkivska"]
KYIV = ["Kyiv City", "Kyiv", "Kyiv city", "Kiev", "Kyiv Oblast"]
LVIV = ["Lviv", "Lviv Oblast", "L'viv", "Lvivska", "L'vivs'ka"]
ZAP = ["Zaporizhzhia", "Zaporizhzhia Oblast", "Zaporizhzhya", "Zaporizka", "Zaporiz'ka"]
SUMY = ["Sumy", "Sums'ka", "Sumska", "Sumy Oblast"]
DNIPRO = ["Dnipropetrovsk", "Dnipropetrovsk Oblast", "Dnipropetrovska", "Dnipropetrovs'ka"]
KHMEL = ["Khmelnytskyi", "Khmelnytskyi Oblast", "Khmelnytska", "Khmel'nyts'ka", "Khmelnytskyy", "Khmelnytsky"]
# admin2 as the gazetteer spells it (sitrep geocode --warehouse /tmp/wh-full), with common alternatives;
# () where the gazetteer has no admin2 for the place (unscored)
DONETSK_A2 = ["Donetskyi", "Donetsk", "Donetska Miskrada", "Donetsk City Council"]
SIEV_A2 = ["Sievierodonetskyi", "Sievierodonetsk", "Severodonetsk", "Siverskodonetsk"]
KRAM_A2 = ["Kramatorskyi", "Kramatorsk", "Sloviansk", "Slovianskyi"]
VOLN_A2 = ["Volnovakha", "Volnovaskyi", "Volnovas'kyi"]
POKR_A2 = ["Pokrovsk", "Pokrovskyi", "Pokrovs'kyi"]
KYIV_A2 = ()
LVIV_A2 = ["Lvivskyi", "L'vivs'kyi", "Lviv", "L'viv"]
KHARKIV_A2 = ["Kharkivskyi", "Kharkivs'kyi", "Kharkiv"]
NIKOPOL_A2 = ["Nikopol", "Nikopolskyi", "Nikopol's'kyi"]
ZAPCITY_A2 = ["Zaporizhzhya", "Zaporizkyi", "Zaporizhzhia"]
SUMY_A2 = ["Sumskyi", "Sumy", "Sumskyi raion"]
HRABOVE_A2 = ()  # gazetteer: Hrabove, no admin2
PRYSHYB_A2 = ()  # gazetteer: Pryshyb, no admin2
KRYMSKE_A2 = ()  # gazetteer: "Kryms'ke", no admin2
NOVOZV_A2 = ()  # gazetteer: Novozvanivka, no admin2
TRAVNEVE_A2 = ["Bakhmut", "Bakhmutskyi", "Bakhmuts'kyi"]
CHAPLYNE_A2 = ()  # the gazetteer has Chaplyne but no admin2 for it (Synelnykivskyi raion)
MYKH_A2 = ()  # gazetteer: "Mykhaylivka", no admin2 (Vasylivka raion)
MAKIIVKA_A2 = ["Donetskyi", "Donetsk", "Makiivka", "Makiivska Miskrada"]
NIUYORK_A2 = ()  # gazetteer: "Novhorodske", no admin2
ZHELANNE_A2 = ()  # gazetteer: Zhelanne, no admin2
HRODIVKA_A2 = POKR_A2  # gazetteer: Pokrovsk
KRASNOP_A2 = ()  # gazetteer: "Krasnopillya", no admin2
KHMEL_A2 = ()

# ---------------------------------------------------------------- AP, 2014-07-22 (Tue)
A = "ukraine_sievierodonetsk_ap"
ev("sievierodonetsk-retaken", A, "2014-07-22", "2014-07-21", "2014-07-22", BAT, [GRT], UKR, LPR + DPR, UA, LUHANSK,
   SIEV_A2, None,
   evidence="Ukrainian government troops on Tuesday drove pro-Russian separatists out of Sievierodonetsk ... 'fully "
            "cleared' by midday after the rebels pulled out overnight (no toll given)")
ev("rubizhne-retaken", A, "2014-07-21", "2014-07-21", "2014-07-21", BAT, [GRT], UKR, LPR + DPR, UA, LUHANSK,
   SIEV_A2, None,
   evidence="troops had also taken control of Rubizhne ... on Monday after several hours of fighting on its outskirts "
            "(clash + capture same day = one capture row, rule 3; no toll)")
ev("donetsk-station-shelling", A, "2014-07-21", "2014-07-21", "2014-07-21", EXP, [SHELL],
   UAG + ["Military Forces of Ukraine"] + DPR, CIV, UA, DONETSK, DONETSK_A2, 4,
   evidence="The city council said at least four civilians were killed on Monday when shells and mortar rounds hit "
            "apartment blocks and private houses near the station ... It did not say who fired")
ev("donetsk-station-fighting", A, "2014-07-21", "2014-07-21", "2014-07-21", BAT, [CLASH], UKR + DPR, DPR + UKR, UA,
   DONETSK, DONETSK_A2, None, req=False,
   evidence="heavy fighting broke out Monday around the main railway station and in districts on the road to the "
            "airport (the ground fighting as its own row; its deaths are on the shelling row)")
ev("sloviansk-retaken-jul5", A, "2014-07-05", "2014-07-05", "2014-07-05", BAT, [GRT], UKR, DPR, UA, DONETSK,
   KRAM_A2, None,
   evidence="since they retook Sloviansk, the rebels' former stronghold ... on July 5 (17 days before publication: "
            "inside the 30-day window, so an event)")
ev("mh17-shot-down-hrabove", A, "2014-07-17", "2014-07-17", "2014-07-17", EXP, [SHELL],
   DPR + RUS + ["Military Forces of Ukraine"],
   ["Civilians (International)", "Civilians (Netherlands)", "Civilians (Malaysia)", "Civilians (Ukraine)",
    "Malaysia Airlines"], UA, DONETSK, HRABOVE_A2, 298,
   evidence="Malaysia Airlines Flight 17, which was shot down on Thursday over the village of Hrabove ... killing all "
            "298 people on board ... surface-to-air missile; the separatists and Moscow deny (5 days before)")

# ---------------------------------------------------------------- AFP, 2015-08-11 (Tue)
A = "ukraine_starohnativka_afp"
ev("starohnativka-assault-repelled", A, "2015-08-10", "2015-08-10", "2015-08-10", BAT, [CLASH], DPR + UKR, UKR + DPR,
   UA, DONETSK, VOLN_A2 + ["Telmanivskyi", "Boikivskyi"], 2,
   evidence="Ukrainian forces beat back an assault by around 400 pro-Russian rebels backed by tanks near ... "
            "Starohnativka on Monday ... 'Two Ukrainian servicemen were killed and 14 wounded' (rebel losses "
            "unquantified; Bohdanivka is the same fight)")
ev("donetsk-kyivskyi-shelling", A, "2015-08-09", "2015-08-09", "2015-08-10", EXP, [SHELL],
   ["Military Forces of Ukraine"] + UAG, CIV, UA, DONETSK, DONETSK_A2, 3,
   evidence="three civilians were killed when shells hit houses in the city's Kyivskyi district late on Sunday "
            "(rebel claim, unverified)")
ev("krymske-mine", A, "2015-08-09", "2015-08-09", "2015-08-09", EXP, [IED], LPR, UKR, UA, LUHANSK, KRYMSKE_A2, 1,
   evidence="a Ukrainian soldier was killed on Sunday when his vehicle hit a mine on a road near the village of "
            "Krymske")
ev("osce-vehicles-torched-donetsk", A, "2015-08-09", "2015-08-09", "2015-08-09", STR,
   ["Looting/property destruction"], UAG + DPR, OSCE, UA, DONETSK, DONETSK_A2, 0,
   evidence="four vehicles belonging to the OSCE monitoring mission were set on fire outside the house where monitors "
            "were staying in Donetsk in the early hours of Sunday. No one was hurt ... 'deliberately torched'")
ev("ukraine-24h-toll", A, "2015-08-11", "2015-08-10", "2015-08-11", BAT, [CLASH], DPR + UKR, UKR + DPR, UA, [""],
   (), 3, req=False,
   evidence="three Ukrainian soldiers were killed and 22 wounded across the conflict zone over the past 24 hours "
            "(country-level aggregate with deaths; overlaps the Starohnativka two)")

# ---------------------------------------------------------------- OSCE SMM via ReliefWeb, 2017-04-24 (Mon)
A = "ukraine_pryshyb_reliefweb"
ev("pryshyb-smm-vehicle-mine", A, "2017-04-23", "2017-04-23", "2017-04-23", EXP, [IED],
   UAG + LPR + ["Military Forces of Ukraine"], OSCE + ["Civilians (International)", "Civilians (United States)"],
   UA, LUHANSK, PRYSHYB_A2, 1,
   evidence="At 11:17 on 23 April ... the second vehicle was hit by an explosion, which appeared to have been caused "
            "by a mine ... One SMM member, a paramedic, died at the scene. Two other SMM members were taken to hospital")
ev("avdiivka-woman-killed-shell", A, "2017-04-21", "2017-04-21", "2017-04-21", EXP, [SHELL], DPR + UAG, CIV, UA,
   DONETSK, POKR_A2 + ["Yasynuvatskyi"], 1,
   evidence="a woman (born in 1951) had been killed when a shell exploded in her yard on the evening of 21 April ... "
            "artillery round (122mm) fired from a south-easterly direction")
ev("novozvanivka-man-wounded-shell", A, "2017-04-23", "2017-04-23", "2017-04-23", EXP, [SHELL], LPR + UAG, CIV, UA,
   LUHANSK, NOVOZV_A2, 0,
   evidence="a man (aged 55) had been admitted that morning with shrapnel wounds to the legs, sustained when a shell "
            "hit his house in Novozvanivka ... at about 07:00 the same day")

# ---------------------------------------------------------------- UNIAN, 2019-10-07 (Mon)
A = "ukraine_kyiv_unian"
ev("kyiv-maidan-rally-oct6", A, "2019-10-06", "2019-10-06", "2019-10-06", PRO, ["Peaceful protest"], PROT, [""], UA,
   KYIV, KYIV_A2, 0,
   evidence="Thousands of people gathered on Kyiv's Independence Square ... on Sunday, October 6 ... about 10,000 ... "
            "marched ... to the Office of the President ... passed without incident and no one was detained")
ev("lviv-rally-oct6", A, "2019-10-06", "2019-10-06", "2019-10-06", PRO, ["Peaceful protest"], PROT, [""], UA, LVIV,
   LVIV_A2, 0,
   evidence="Similar rallies took place in several other cities on Sunday. In Lviv, several thousand people gathered "
            "on Rynok Square")
ev("kharkiv-rally-oct6", A, "2019-10-06", "2019-10-06", "2019-10-06", PRO, ["Peaceful protest"], PROT, [""], UA,
   KHARKIV, KHARKIV_A2, 0,
   evidence="In Kharkiv, several hundred people rallied at Freedom Square (Sunday)")
ev("kyiv-maidan-rally-oct2", A, "2019-10-02", "2019-10-02", "2019-10-02", PRO, ["Peaceful protest"], PROT, [""], UA,
   KYIV, KYIV_A2, 0,
   evidence="The wave of protests began on Wednesday evening ... several thousand people gathered on the Maidan with "
            "the slogan 'No to capitulation!' (Wednesday before a Monday article = Oct 2)")
ev("travneve-sniper", A, "2019-10-06", "2019-10-06", "2019-10-06", BAT, [CLASH], DPR + RUS, UKR, UA, DONETSK,
   TRAVNEVE_A2, 1,
   evidence="on Sunday ... One Ukrainian soldier was killed by enemy sniper fire near the village of Travneve in "
            "Donetsk region, and another serviceman was wounded")
ev("zolote-fire-disengagement", A, "2019-10-07", "2019-10-06", "2019-10-07", BAT, [CLASH], LPR + UKR, UKR + LPR, UA,
   LUHANSK, (), None, req=False,
   evidence="the Russian-backed forces had opened fire on Ukrainian positions in the area [Zolote], so the 'silence "
            "regime' required for the withdrawal had not been observed (undated, no toll)")

# ---------------------------------------------------------------- Reuters, 2022-08-25 (Thu)
A = "ukraine_chaplyne_reuters"
ev("chaplyne-station-strike", A, "2022-08-24", "2022-08-24", "2022-08-24", EXP, [SHELL], RUS,
   CIV + ["Military Forces of Ukraine"], UA, DNIPRO, CHAPLYNE_A2, 25,
   evidence="Rockets hit the station ... on Wednesday afternoon ... death toll ... rose to 25 on Thursday, including "
            "two children (22 on Wednesday; Russia claims 'more than 200' servicemen)")
ev("mykhailivka-car-bomb-sushko", A, "2022-08-24", "2022-08-24", "2022-08-24", EXP, [IED], PARTISANS, OCC, UA, ZAP,
   MYKH_A2, 1,
   evidence="Ivan Sushko, the head of the Russian-appointed administration of the village of Mykhailivka, died of his "
            "injuries after the explosion near his home in the morning ... a bomb planted under his car (Wednesday)")
ev("nikopol-overnight-shelling", A, "2022-08-25", "2022-08-24", "2022-08-25", EXP, [SHELL], RUS, CIV + [""], UA,
   DNIPRO, NIKOPOL_A2, 0,
   evidence="Russian forces shelled the city of Nikopol ... overnight, damaging several houses and a gas pipeline ... "
            "No one was killed")

# ---------------------------------------------------------------- Xinhua, 2023-01-04 (Wed)
A = "ukraine_makiivka_xinhua"
ev("makiivka-himars-strike", A, "2023-01-01", "2022-12-31", "2023-01-01", EXP, [SHELL],
   ["Military Forces of Ukraine", "Armed Forces of Ukraine"], RUS, UA, DONETSK, MAKIIVKA_A2, 89,
   evidence="four rockets fired from ... HIMARS ... hit a building housing Russian troops one minute after midnight "
            "Moscow time on January 1 ... toll has risen to 89 (63 on Monday; Ukraine claims about 400)")
ev("druzhkivka-himars-destroyed-claim", A, "2023-01-04", "2023-01-01", "2023-01-04", EXP, [SHELL, AIR], RUS,
   ["Military Forces of Ukraine", "Armed Forces of Ukraine"], UA, DONETSK,
   ["Kramatorskyi", "Kramators'kyi", "Druzhkivka"], None, req=False, tp=2,
   evidence="Russian forces had later tracked down and destroyed the HIMARS launchers used in the strike near the "
            "town of Druzhkivka ... could not be independently verified (undated claim)")
ev("donetsk-kuibyshevskyi-shelling", A, "2023-01-03", "2023-01-03", "2023-01-03", EXP, [SHELL],
   ["Military Forces of Ukraine", "Armed Forces of Ukraine"] + UAG, CIV, UA, DONETSK, DONETSK_A2, 1,
   evidence="Ukrainian shelling of the city's Kuibyshevskyi district on Tuesday killed one civilian and wounded three")
ev("kyiv-drones-jan2", A, "2023-01-02", "2023-01-01", "2023-01-02", EXP, [AIR], RUS, CIV + [""], UA, KYIV, KYIV_A2, 0,
   evidence="shot down 39 Iranian-made drones ... overnight into Monday. One drone struck an energy facility in Kiev "
            "... a 19-year-old man was injured by falling debris")
ev("kyiv-new-years-eve-missiles", A, "2022-12-31", "2022-12-31", "2022-12-31", EXP, [SHELL], RUS, CIV, UA, KYIV,
   KYIV_A2, 1,
   evidence="On New Year's Eve, a series of Russian missile strikes on Kiev killed one person and damaged a hotel and "
            "residential buildings (4 days before publication)")

# ---------------------------------------------------------------- BBC, 2024-08-21 (Wed)
A = "ukraine_niuyork_bbc"
ev("niu-york-captured-claim", A, "2024-08-20", "2024-08-19", "2024-08-20", BAT, [NSA, CLASH], RUS + UKR, UKR + RUS,
   UA, DONETSK, NIUYORK_A2, None,
   evidence="In a statement on Tuesday, the ministry said units ... had 'liberated' the settlement ... Novgorodskoye "
            "... 'heavy fighting' was continuing on the outskirts of New York (claim, partly contested; no toll)")
ev("zhelanne-captured-claim", A, "2024-08-20", "2024-08-19", "2024-08-20", BAT, [NSA, CLASH], RUS + UKR, UKR + RUS,
   UA, DONETSK, ZHELANNE_A2, None,
   evidence="had also taken control of the village of Zhelanne, some 20km ... south-east of ... Pokrovsk (Tuesday "
            "statement; Ukraine has not confirmed)")
ev("hrodivka-shelling", A, "2024-08-20", "2024-08-20", "2024-08-20", EXP, [SHELL], RUS, CIV, UA, DONETSK,
   HRODIVKA_A2, 2,
   evidence="two residents of Hrodivka, a village east of Pokrovsk, were killed on Tuesday when a Russian shell "
            "struck their house")
ev("krasnopillia-glide-bomb", A, "2024-08-20", "2024-08-20", "2024-08-20", EXP, [AIR, SHELL], RUS, CIV, UA, SUMY,
   KRASNOP_A2, 1,
   evidence="a Russian guided aerial bomb hit the border town of Krasnopillia on Tuesday afternoon, killing a "
            "62-year-old man")
ev("kyiv-missiles-intercepted", A, "2024-08-21", "2024-08-21", "2024-08-21", STR, ["Disrupted weapons use"],
   UKR + RUS, RUS + UKR + [""], UA, KYIV, KYIV_A2, 0, req=False,
   evidence="Early on Wednesday, Russia fired ballistic and cruise missiles at Kyiv ... all the missiles were shot "
            "down ... no casualties or damage (a coder may code a missile attack with 0 instead, or nothing)")

# ---------------------------------------------------------------- Ukrinform, 2025-09-01 (Mon)
A = "ukraine_lviv_ukrinform"
ev("parubiy-shot-dead-lviv", A, "2025-08-30", "2025-08-30", "2025-08-30", VAC, ["Attack"], UAG + RUS,
   CIV + ["Government of Ukraine", "Verkhovna Rada", "European Solidarity"], UA, LVIV, LVIV_A2, 1,
   evidence="Parubiy was shot dead in Lviv on Saturday, August 30 ... an unknown man dressed as a courier ... fired "
            "several shots at him ... Parubiy died at the scene")
ev("parubiy-suspect-detained", A, "2025-09-01", "2025-08-31", "2025-09-01", STR, ["Arrests"],
   ["Police Forces of Ukraine", "Security Service of Ukraine", "SBU", "National Police of Ukraine"], CIV + [""], UA,
   KHMEL, KHMEL_A2, 0, req=False,
   evidence="The suspect in the murder of Andriy Parubiy has been detained ... a special operation conducted overnight "
            "by the National Police and the Security Service of Ukraine in the Khmelnytskyi region (suspect, not a "
            "notable person)")
ev("zaporizhzhia-aug30-attack", A, "2025-08-30", "2025-08-29", "2025-08-30", EXP, [AIR, SHELL], RUS, CIV, UA, ZAP,
   ZAPCITY_A2, 1,
   evidence="On the night of August 30, Russia launched a combined attack ... In Zaporizhzhia, one person was killed "
            "and 29 others were injured")
ev("kyiv-aug28-attack", A, "2025-08-28", "2025-08-28", "2025-08-28", EXP, [SHELL, AIR], RUS, CIV, UA, KYIV, KYIV_A2,
   25,
   evidence="The number of people killed in the Russian attack on Kyiv on August 28 has risen to 25, including four "
            "children ... missiles and drones hit residential buildings in the Darnytskyi district")
ev("sumy-border-shelling-past-day", A, "2025-09-01", "2025-08-31", "2025-09-01", EXP, [SHELL], RUS, CIV + [""], UA,
   SUMY, (), 0, req=False,
   evidence="in the Sumy region Russian forces shelled communities along the border 96 times over the past day ... "
            "without reporting casualties (admin1-level, no named place)")

DROP = {
    "ukraine_sievierodonetsk_ap": ["AP NEWS", "Top Stories", "World", "U.S.", "Politics", "Business", "Sports",
                                   "Entertainment",
                                   "Copyright 2014 The Associated Press. All rights reserved. This material may not "
                                   "be published, broadcast, rewritten or redistributed."],
    "ukraine_pryshyb_reliefweb": ["ReliefWeb", "Updates", "Countries", "Organizations", "Disasters", "Jobs",
                                  "Training", "Related Content", "Ukraine: Humanitarian Snapshot (as of 20 April 2017)",
                                  "OSCE Chairperson-in-Office condemns tragic incident involving SMM patrol",
                                  "Share this", "Facebook", "Twitter", "Email"],
    "ukraine_kyiv_unian": ["UNIAN", "News", "Politics", "Economics", "War", "Society", "World", "Sports",
                           "Technologies", "Photo", "Video",
                           "Read also: Zelensky: No elections in Donbas while Russian troops remain",
                           "If you see a spelling error on our site, select it and press Ctrl+Enter", "Tags:",
                           "Donbas", "Steinmeier formula", "protest", "Kyiv", "© 1993-2019 UNIAN. All rights reserved."],
    "ukraine_chaplyne_reuters": ["Skip to main content", "World", "Business", "Markets", "Sustainability", "Legal",
                                 "Breakingviews", "Technology", "Investigations", "Europe",
                                 "Our Standards: The Thomson Reuters Trust Principles.", "Read Next",
                                 "Russian forces shell town near Zaporizhzhia nuclear plant, Ukraine says",
                                 "Ukraine marks Independence Day under threat of Russian strikes"],
    "ukraine_niuyork_bbc": ["Skip to content", "British Broadcasting Corporation", "Home", "News", "Sport", "Business",
                            "Innovation", "Culture", "Travel", "Earth", "Video", "Live", "Share", "Save",
                            "More on this story", "Ukraine-Russia war in maps",
                            "Why is Ukraine's army struggling in the east?", "Related",
                            "Kursk: Ukraine blows up key bridge in Russia",
                            "Copyright 2024 BBC. All rights reserved. The BBC is not responsible for the content of "
                            "external sites. Read about our approach to external linking."],
    "ukraine_lviv_ukrinform": ["Ukrinform", "Ukraine", "War", "Politics", "Economy", "Society", "World", "Regions",
                               "Search", "Read also: Zelensky: All forces involved in search for Parubiy's killer",
                               "Read also: Day of mourning declared in Kyiv after massive attack",
                               "Photo: National Police",
                               "When citing and using any materials on the Internet, links to the website "
                               "ukrinform.net not lower than the first paragraph are mandatory."],
}
EITHER = {
    "ukraine_sievierodonetsk_ap": ["By PETER LEONARD and LAURA MILLS", "July 22, 2014",
                                   "Mills reported from Kiev. Associated Press writer Nataliya Vasilyeva in Moscow "
                                   "contributed to this report."],
    "ukraine_starohnativka_afp": ["bur-via/dk"],
    "ukraine_pryshyb_reliefweb": ["Ukraine", "News and Press Release", "Source: OSCE", "Posted: 24 Apr 2017",
                                  "Originally published: 24 Apr 2017",
                                  "This report is for the media and the general public.",
                                  "The full report can be found on the OSCE website."],
    "ukraine_kyiv_unian": ["15:42, 07 October 2019"],
    "ukraine_chaplyne_reuters": ["By Pavel Polityuk and Max Hunder", "August 25, 2022 11:38 AM UTC Updated ago",
                                 "Reporting by Pavel Polityuk and Max Hunder; Additional reporting by Ronald Popeski; "
                                 "Editing by Tom Balmforth and Nick Macfie"],
    "ukraine_makiivka_xinhua": ["Source: Xinhua", "Editor: huaxia", "2023-01-04 17:26:41"],
    "ukraine_niuyork_bbc": ["James Waterhouse", "Ukraine correspondent", "21 August 2024"],
    "ukraine_lviv_ukrinform": ["01.09.2025 10:14"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout147; Ukraine 2014-2025), coded by "
                             "CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
