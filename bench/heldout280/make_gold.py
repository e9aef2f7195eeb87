"""Writes gold.json for the 280th held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 40).

    python bench/heldout280/make_gold.py

Focus: Libya 2016-2022 — US air strikes and street fighting in Sirte (2016), the end of the battle for Benghazi
(2017), the Islamic State assault on the NOC headquarters in Tripoli (2018), the LNA's bloodless move into Ubari and
the Sharara oilfield (2019), the shelling of Tripoli port during the Geneva talks (2020) and the 2022 fighting in and
around Tripoli between Dbeibah and Bashagha loyalists.  Libya has no admin2 in the gazetteer: admin2 is left
unscored everywhere.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

LY = "Libya"
IS = ["Islamic State", "ISIS", "ISIL", "Daesh", "IS", "Islamic State (Libya)", "Islamic State - Libya Province"]
GNA = ["Military Forces of Libya", "Government of National Accord", "GNA",
       "Military Forces of Libya (2016-2021) Government of National Accord", "Bunyan Marsous",
       "Al Bunyan al Marsous", "Bunyan al-Marsous", "Misrata Militia", "Misrata Brigades"]
LNA = ["Military Forces of Libya", "Libyan National Army", "LNA", "Libyan Arab Armed Forces",
       "Military Forces of Libya (2014-) House of Representatives", "Libyan National Army (LNA)"]
USA = ["Military Forces of United States", "Military Forces of the United States", "US Air Force",
       "United States", "US Military", "Military Forces of United States of America"]
CIV = ["Civilians (Libya)"]
UAG = ["Unidentified Armed Group (Libya)"]
SIRTE = ["Surt", "Sirte", "Sirt"]
BENG = ["Benghazi", "Banghazi"]
TRIP = ["Tripoli", "Tarabulus"]

# ---------------------------------------------------------------- Sirte (Reuters, 2016-08-02, Tue)
A = "libya_sirte_reuters"
ev("sirte-us-strikes-monday", A, "2016-08-01", "2016-08-01", "2016-08-01", EXP, ["Air/drone strike"],
   USA + GNA, IS, LY, SIRTE, (), None,
   evidence="Pentagon spokesman Captain Jeff Davis said five strikes on Monday had destroyed a T-72 tank and two "
            "military vehicles in the southwestern Dollar neighbourhood (no casualty figure)")
ev("sirte-us-strikes-tuesday", A, "2016-08-02", "2016-08-02", "2016-08-02", EXP, ["Air/drone strike"],
   USA + GNA, IS, LY, SIRTE, (), None,
   evidence="two further strikes on Tuesday morning hit a rocket launcher, a second tank and two construction "
            "vehicles")
ev("sirte-dollar-district-taken", A, "2016-07-30", "2016-07-28", "2016-07-30", BAT,
   ["Government regains territory", "Non-state actor overtakes territory", "Armed clash"],
   GNA, IS, LY, SIRTE, (), None,
   evidence="The brigades ... said they had completed their capture of the Dollar district on Saturday after three "
            "days of street fighting (no toll)")
ev("sirte-qusour-diyafa-clash", A, "2016-08-01", "2016-08-01", "2016-08-01", BAT, ["Armed clash"],
   GNA + IS, IS + GNA, LY, SIRTE, (), 3,
   evidence="five fighters had been killed and 17 wounded in clashes with the militants near the Qusour al-Diyafa "
            "hotel complex ... A field commander put the day's losses at three dead (lowest specific figure 3)")
ev("sirte-zafaran-car-bomb", A, "2016-07-15", "2016-07-01", "2016-07-31", EXP,
   ["Suicide bomb", "Remote explosive/landmine/IED"], IS, GNA, LY, SIRTE, (), None, tp=2,
   evidence="The militants drove a car packed with explosives into a government position near the Zafaran "
            "roundabout in mid-July (inside the 30-day window; no toll)")
ev("sirte-amaq-claim-armoured-vehicles", A, "2016-07-31", "2016-07-31", "2016-07-31", BAT, ["Armed clash"],
   IS, GNA, LY, SIRTE, (), None, req=False,
   evidence="Amaq ... said on Sunday that its fighters had destroyed two armoured vehicles in Sirte (unverified "
            "claim; optional)")

# ---------------------------------------------------------------- Benghazi (Xinhua, 2017-12-29, Fri)
A = "libya_benghazi_xinhua"
MIL = IS + ["Benghazi Revolutionaries Shura Council", "Shura Council of Benghazi Revolutionaries", "BRSC",
            "Islamist Militia (Libya)", "Islamist militants", "Unidentified Armed Group (Libya)"]
DMSC = ["Derna Mujahideen Shura Council", "Mujahideen Shura Council in Derna", "DMSC",
        "Shura Council of Mujahideen in Derna", "Derna Protection Force"]
ev("benghazi-sidi-akhribish-taken", A, "2017-12-28", "2017-12-28", "2017-12-28", BAT,
   ["Government regains territory", "Armed clash"], LNA, MIL, LY, BENG, (), 1,
   evidence="The Libyan eastern-based army on Thursday seized Sidi Akhribish ... One soldier was killed and ten "
            "others were wounded ... 'a number' of militants had been killed (only specific figure: 1)")
ev("benghazi-gwarsha-ambush", A, "2017-12-28", "2017-12-28", "2017-12-29", BAT, ["Armed clash"],
   LNA + MIL, MIL + LNA, LY, BENG, (), 12,
   evidence="an army unit later ambushed a group of militants who had slipped out of the district ... along the "
            "coastal road through the western suburb of Gwarsha, killing twelve of them")
ev("benghazi-souq-al-hout-mine", A, "2017-12-24", "2017-12-24", "2017-12-24", EXP,
   ["Remote explosive/landmine/IED"], MIL + UAG, LNA, LY, BENG, (), 2,
   evidence="On Sunday, two army engineers were killed when a mine exploded as they were clearing a house in the "
            "nearby Souq al-Hout area")
ev("derna-lna-air-strikes", A, "2017-12-26", "2017-12-26", "2017-12-26", EXP, ["Air/drone strike"],
   LNA, DMSC + [""], LY, ["Darnah", "Derna"], (), 0,
   evidence="Army warplanes struck positions of the alliance on the southern outskirts of the city on Tuesday ... "
            "the Shura Council said ... no one was hurt")

# ---------------------------------------------------------------- Tripoli NOC (Libya Observer, 2018-09-11, Tue)
A = "libya_noc_libyaobserver"
RADAA = ["Special Deterrence Force", "Radaa", "Rada", "Police Forces of Libya", "Military Forces of Libya",
         "Petroleum Facilities Guard"]
NOC_VICT = CIV + RADAA + [""]
ev("tripoli-noc-hq-attack", A, "2018-09-10", "2018-09-10", "2018-09-10", EXP, ["Suicide bomb"],
   IS + UAG, NOC_VICT, LY, TRIP, (), 4,
   evidence="Two employees of the National Oil Corporation (NOC) were killed and ten others injured on Monday when "
            "armed men stormed the corporation's headquarters ... before two of the attackers blew themselves up "
            "(2 staff + 2 attackers = 4)")
ev("tripoli-noc-hq-attack-as-attack", A, "2018-09-10", "2018-09-10", "2018-09-10", VAC, ["Attack"],
   IS + UAG, NOC_VICT, LY, TRIP, (), 4, req=False,
   evidence="the same assault coded as gunmen attacking civilians (optional alternative)")
ev("tripoli-noc-hq-attack-as-clash", A, "2018-09-10", "2018-09-10", "2018-09-10", BAT, ["Armed clash"],
   RADAA + IS, IS + RADAA, LY, TRIP, (), 4, req=False,
   evidence="The Special Deterrence Force (Radaa) ... exchanged fire with the gunmen (the same assault seen as a "
            "clash; optional)")
ev("zawiya-ceasefire-signed", A, "2018-09-04", "2018-09-04", "2018-09-04", STR, ["Agreement"],
   ["Government of National Accord", "GNA", "Military Forces of Libya", "United Nations", "UNSMIL",
    "Seventh Brigade", "7th Brigade", "Kaniyat", "Al Kaniyat Militia", "Tripoli Revolutionaries Brigade"],
   ["Seventh Brigade", "7th Brigade", "Kaniyat", "Al Kaniyat Militia", "Tripoli Revolutionaries Brigade",
    "Nawasi Brigade", "Military Forces of Libya", "Government of National Accord", "GNA", ""],
   LY, ["Zawiya", "Az Zawiyah", "Tripoli"], (), 0,
   evidence="The truce was signed in Zawiya on September 4 by representatives of the Presidency Council, military "
            "commanders and the armed groups")
ev("tripoli-southern-suburbs-clashes", A, "2018-09-04", "2018-08-26", "2018-09-04", BAT, ["Armed clash"],
   ["Seventh Brigade", "7th Brigade", "Kaniyat", "Al Kaniyat Militia", "Tripoli Revolutionaries Brigade",
    "Nawasi Brigade", "Military Forces of Libya", "Misrata Militia"],
   ["Seventh Brigade", "7th Brigade", "Kaniyat", "Al Kaniyat Militia", "Tripoli Revolutionaries Brigade",
    "Nawasi Brigade", "Military Forces of Libya", "Misrata Militia"], LY, TRIP, (), 61, req=False, tp=2,
   evidence="the Seventh Brigade of Tarhuna had pushed into the suburbs from the south on August 26 ... at least 61 "
            "people were killed and 159 wounded (a nine-day battle; optional as one ranged row)")
ev("ain-zara-prison-break", A, "2018-09-02", "2018-09-02", "2018-09-02", STR,
   ["Other", "Change to group/activity"], ["Prisoners (Libya)", "Civilians (Libya)", ""] + UAG,
   ["Police Forces of Libya", "Judicial Police", ""], LY, TRIP, (), 0, req=False,
   evidence="on September 2, some 400 inmates escaped from the Ain Zara prison after guards fled the area")

# ---------------------------------------------------------------- Ubari / Sharara (Libya Herald, 2019-02-07, Thu)
A = "libya_ubari_libyaherald"
TUAREG = ["Tuareg Militia (Libya)", "Petroleum Facilities Guard", "Fezzan Rage", "Civilians (Libya)", ""] + UAG
HAYAA = ["Wadi al Hayaa", "Wadi al Hayat", "Ubari", "Awbari"]
ev("ubari-lna-enters", A, "2019-02-06", "2019-02-06", "2019-02-06", STR,
   ["Non-violent transfer of territory", "Change to group/activity", "Headquarters or base established"],
   LNA, TUAREG, LY, HAYAA, (), 0,
   evidence="Infantry Battalion 177 ... drove into Ubari in the morning ... 'There was not a single shot fired'")
ev("sharara-lna-reaches-field", A, "2019-02-06", "2019-02-06", "2019-02-06", STR,
   ["Non-violent transfer of territory", "Change to group/activity", "Headquarters or base established"],
   LNA, TUAREG, LY, HAYAA + ["Murzuq", "Sabha", ""], (), 0,
   evidence="By Wednesday evening a second unit, Battalion 173, had moved onto the Sharara field ... 'our forces "
            "arrived safely'")
ev("ghadwa-lna-clash", A, "2019-02-01", "2019-02-01", "2019-02-01", BAT, ["Armed clash"],
   LNA + UAG + ["Chadian rebels", "Military Forces of Chad", "Rebel Group (Chad)"],
   UAG + ["Chadian rebels", "Rebel Group (Chad)", "Chadian Militia"] + LNA, LY, ["Sabha", "Sebha", ""], (), 4,
   evidence="last Friday, when LNA troops clashed for several hours with a local armed group at Ghadwa, some 60 km "
            "south of Sebha. Military officials said four soldiers were killed. A medical source ... at six")
ev("sabha-lna-takeover-january", A, "2019-01-31", "2019-01-01", "2019-01-31", STR,
   ["Non-violent transfer of territory", "Change to group/activity"], LNA, [""] + UAG, LY, ["Sabha", "Sebha"], (),
   0, req=False, tp=3,
   evidence="The army took control of several positions in and around Sebha last month through agreements with "
            "local tribes (month-level summary; optional)")

# ---------------------------------------------------------------- Tripoli port (Al Jazeera, 2020-02-19, Wed)
A = "libya_tripoliport_aljazeera"
ev("tripoli-port-shelling", A, "2020-02-18", "2020-02-18", "2020-02-18", EXP,
   ["Shelling/artillery/missile attack"], LNA, CIV + GNA + [""], LY, TRIP, (), 2,
   evidence="forces loyal to renegade commander Khalifa Haftar fired a barrage of missiles and shells at Tripoli's "
            "seaport, killing three civilians ... The health ministry's emergency service gave a lower toll of two "
            "dead (lowest specific figure 2)")
ev("salaheddin-lna-attack-repelled", A, "2020-02-16", "2020-02-16", "2020-02-16", BAT, ["Armed clash"],
   LNA + GNA, GNA + LNA, LY, TRIP, (), 2,
   evidence="On Sunday, two government fighters were killed and four wounded when Haftar's forces attacked their "
            "positions in the Salaheddin area ... its troops had repelled the assault")

# ---------------------------------------------------------------- Warshefana / Tripoli (AFP, 2022-09-03, Sat)
A = "libya_warshefana_afp"
GNU = ["Military Forces of Libya", "Government of National Unity", "GNU",
       "Military Forces of Libya (2021-) Government of National Unity", "444 Brigade", "444th Brigade",
       "Radaa", "Special Deterrence Force", "Stability Support Apparatus", "Mobile National Force",
       "Militia (Pro-Dbeibah)", "Pro-Dbeibah Militia"]
PROB = ["Militia (Pro-Bashagha)", "Pro-Bashagha Militia", "Government of National Stability", "GNS",
        "Military Forces of Libya (2022-) Government of National Stability", "Zintan Militia",
        "Juwaili Militia", "Military Forces of Libya", "Nawasi Brigade", "Tripoli Revolutionaries Brigade"]
WARSH = ["Al Jafarah", "Jafara", "Al Jfara", "Tripoli", ""]
ev("warshefana-clashes", A, "2022-09-03", "2022-09-02", "2022-09-03", BAT, ["Armed clash"],
   UAG + GNU + PROB + ["Warshefana Militia"], UAG + GNU + PROB + ["Warshefana Militia"], LY, WARSH, (), None,
   evidence="Rival armed groups fought ... in the Warshefana area west of Tripoli late Friday and into Saturday "
            "morning ... no immediate word on casualties")
ev("south-tripoli-hq-takeover", A, "2022-09-02", "2022-09-02", "2022-09-02", STR,
   ["Headquarters or base established", "Non-violent transfer of territory", "Change to group/activity"],
   GNU + UAG, PROB + [""], LY, TRIP, (), 0,
   evidence="Also on Friday, a large armed group aligned with Dbeibah's Government of National Unity took over a "
            "military headquarters in southern Tripoli ... the brigade's members had left the base")
ev("south-tripoli-hq-takeover-as-battle", A, "2022-09-02", "2022-09-02", "2022-09-02", BAT,
   ["Non-state actor overtakes territory", "Government regains territory"], GNU + UAG, PROB + [""], LY, TRIP, (), 0,
   req=False, evidence="the same takeover coded as a capture (optional alternative)")
ev("tripoli-aug27-clashes", A, "2022-08-27", "2022-08-27", "2022-08-27", BAT, ["Armed clash"],
   PROB + GNU, GNU + PROB, LY, TRIP, (), 32,
   evidence="Last Saturday's clashes, which erupted before dawn and raged through the day across central Tripoli, "
            "killed 32 people, including civilians, and wounded 159")
ev("tripoli-aug6-juwaili-attack", A, "2022-08-06", "2022-08-06", "2022-08-06", BAT, ["Armed clash"],
   PROB + GNU, GNU + PROB, LY, TRIP, (), 1,
   evidence="On August 6, fighters loyal to Osama Juwaili ... attacked a military base near the Islamic Call "
            "Society headquarters ... repelled by the pro-Dbeibah Mobile National Force. One fighter was killed")

DROP = {
    "libya_benghazi_xinhua": ["Related:", "Libyan army says IS militants trapped in Benghazi's Sidi Akhribish",
                              "UN envoy says Libya elections possible in 2018"],
    "libya_noc_libyaobserver": ["The Libya Observer", "Home", "News", "Politics", "Economy", "Opinion",
                                "Libya Briefs", "Share", "Tweet", "Related Articles",
                                "UNSMIL: Zawiya ceasefire agreement must be respected by all parties",
                                "Tripoli's Mitiga airport reopens after week-long closure",
                                "© 2018 The Libya Observer. All Rights Reserved."],
    "libya_ubari_libyaherald": ["Libya Herald", "Home", "Business", "Politics", "Security", "Health",
                                "Share this:", "Facebook", "Twitter", "Email", "Related posts",
                                "NOC warns against militarisation of Sharara oilfield",
                                "Hafter's forces take Tamanhint airbase"],
    "libya_tripoliport_aljazeera": ["Al Jazeera", "Skip links", "Skip to Content", "News", "Middle East", "Africa",
                                    "Features", "More from News",
                                    "Guterres calls for end to 'scandal' of arms flows into Libya",
                                    "Turkey says it will not abandon Libya's UN-backed government"],
}
EITHER = {
    "libya_sirte_reuters": ["By Ahmed Elumami and Aidan Lewis",
                            "(Additional reporting by Phil Stewart in Washington; Writing by Aidan Lewis; Editing by "
                            "Andrew Roche)"],
    "libya_benghazi_xinhua": ["Source: Xinhua | 2017-12-29 02:41:15 | Editor: yan"],
    "libya_noc_libyaobserver": ["September 11, 2018 - 10:02", "Posted in: News", "Written By: AbdulkaderAssad"],
    "libya_ubari_libyaherald": ["By Sami Zaptia.", "Tripoli, 7 February 2019:"],
    "libya_tripoliport_aljazeera": ["19 Feb 2020", "Source: Al Jazeera and news agencies"],
    "libya_warshefana_afp": ["str-kl/hc"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="6 hand-written held-out articles (bench/heldout280; Libya 2016-2022), coded by "
                             "CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
