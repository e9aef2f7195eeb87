"""Writes gold.json for the 259th held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 36).

    python bench/heldout259/make_gold.py

Topic: the 2011 Libyan civil war — the February uprising in Benghazi, al-Bayda and Tripoli, the Zawiya mosque
assault, the Brega/Ajdabiya front and NATO's "friendly fire" strikes, the shelling of Misrata port during the
Red Star One evacuation, the capture of Qawalish in the Nafusa mountains, the NATO strike on Majer near Zliten,
the storming of Bab al-Aziziya and the fall of Bani Walid with the last fighting in Sirte.
Libya has no admin2 in the gazetteer, so admin2 is left empty (unscored) for every event.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

LY = "Libya"
# Gaddafi's state forces (Feb-Oct 2011) and, after the fall of Tripoli, his loyalists
GOV = ["Military Forces of Libya", "Military Forces of Libya (1969-2011)", "Gaddafi Loyalist Forces",
       "Pro-Gaddafi Forces", "Gaddafi Forces", "Government of Libya", "Libyan Army", "Gaddafi Loyalists",
       "Khamis Brigade"]
POL = ["Police Forces of Libya", "Police Forces of Libya (1969-2011)"] + GOV
REB = ["Rebels (Libya)", "Libyan Rebels", "Opposition Rebels (Libya)", "NTC: National Transitional Council",
       "National Transitional Council", "NTC", "NTC Forces", "Anti-Gaddafi Forces", "National Liberation Army",
       "Free Libya Forces", "Opposition Forces (Libya)", "Libyan Opposition"]
# after August 2011 the NTC was the interim government: its forces may be named as the state's
NTC = REB + ["Military Forces of Libya (2011-)", "Military Forces of Libya", "Government of Libya"]
LOYAL = ["Gaddafi Loyalists", "Gaddafi Loyalist Forces", "Pro-Gaddafi Forces", "Gaddafi Forces",
         "Military Forces of Libya (1969-2011)", "Military Forces of Libya", "Unidentified Armed Group (Libya)"]
PROT = ["Protesters (Libya)"]
RIOT = ["Rioters (Libya)", "Protesters (Libya)"]
CIV = ["Civilians (Libya)"]
NATO = ["NATO", "North Atlantic Treaty Organization", "NATO: North Atlantic Treaty Organization",
        "Operation Unified Protector", "Military Forces of NATO", "Coalition Forces", "NATO Forces"]

BENGHAZI = ["Benghazi", "Banghazi"]
TRIPOLI = ["Tripoli", "Tarabulus"]
ZAWIYA = ["Zawiya", "Az Zawiyah", "Az Zawiya", "Al Zawiyah"]
MISRATA = ["Misrata", "Misratah", "Misurata"]
WAHAT = ["Al Wahat", "Al Wahah", "Ajdabiya"]
JGHARBI = ["Jabal al Gharbi", "Al Jabal al Gharbi", "Jabal Al Gharbi District", "Nafusa Mountains"]
SURT = ["Surt", "Sirte", "Sirt"]
AKHDAR = ["Al Jabal al Akhdar", "Jabal al Akhdar", "Al Bayda"]
NUQAT = ["An Nuqat al Khams", "Nuqat al Khams", "Zuwara", "Zuwarah"]
ZLITEN = MISRATA + ["Al Marqab", "Murqub", "Zliten"]  # Zliten is under Misrata in the gazetteer

# ---------------------------------------------------------------- Benghazi (Reuters, 2011-02-21, Mon)
A = "libya_benghazi_reuters"
ev("katiba-barracks-overrun", A, "2011-02-20", "2011-02-20", "2011-02-20", BAT,
   ["Non-state actor overtakes territory"], PROT + REB + ["Military Forces of Libya (mutiny)"], GOV + POL,
   LY, BENGHAZI, (), 24,
   evidence="Protesters backed by soldiers who switched sides overran the fortified Katiba barracks in the centre of "
            "Benghazi late on Sunday ... hospital doctors said at least 24 people were killed (resident: more than "
            "forty)")
ev("katiba-gate-suicide-car-bomb", A, "2011-02-20", "2011-02-20", "2011-02-20", EXP, ["Suicide bomb"],
   PROT + CIV + REB, GOV + [""], LY, BENGHAZI, (), 1, req=False,
   evidence="a man drove a car loaded with gas cylinders and explosives into its main gate and blew it up, killing "
            "himself (part of the assault; may be folded into the capture)")
ev("benghazi-funeral-procession-shot", A, "2011-02-19", "2011-02-19", "2011-02-19", PRO,
   ["Excessive force against protesters"], GOV + PROT, PROT + CIV + GOV, LY, BENGHAZI, (), 15,
   evidence="On Saturday, troops inside the compound opened fire on thousands of mourners carrying the coffins ... "
            "Doctors said 15 people were killed; opposition activists abroad put the toll at 35")
ev("benghazi-friday-protesters-killed", A, "2011-02-18", "2011-02-18", "2011-02-18", PRO,
   ["Excessive force against protesters"], GOV + PROT, PROT + CIV + GOV, LY, BENGHAZI, (), None, req=False,
   evidence="the coffins of protesters killed on Friday (told in passing, no toll)")
ev("libya-hrw-173-aggregate", A, "2011-02-20", "2011-02-17", "2011-02-20", PRO,
   ["Excessive force against protesters"], GOV + PROT, PROT + CIV + GOV + [""], LY, [""], (), 173, req=False,
   tp=2, evidence="Human Rights Watch said on Sunday that at least 173 people had been killed across Libya since "
                  "protests broke out on Thursday (country-level aggregate, overlaps the located rows)")
ev("tripoli-green-square-clashes", A, "2011-02-20", "2011-02-20", "2011-02-21", RIO, ["Violent demonstration"],
   RIOT, POL + [""], LY, TRIPOLI, (), None,
   evidence="Thousands of protesters converged on Green Square in central Tripoli late on Sunday and clashed with "
            "Gaddafi supporters and security forces ... set fire to a police station ... no word on casualties")
ev("tajoura-police-station-torched", A, "2011-02-21", "2011-02-20", "2011-02-21", RIO, ["Violent demonstration"],
   RIOT, POL + [""], LY, TRIPOLI, (), None, req=False,
   evidence="In the eastern suburb of Tajoura, residents said young men had torched a police station overnight "
            "(same admin1 and night as Green Square; may be merged)")
ev("bayda-security-hq-burned", A, "2011-02-19", "2011-02-19", "2011-02-19", RIO, ["Violent demonstration"],
   RIOT, POL + [""], LY, AKHDAR, (), 0,
   evidence="residents of al-Bayda ... said protesters had burned down the headquarters of the internal security "
            "service in the town on Saturday ... Nobody was reported hurt")
ev("terbil-arrested", A, "2011-02-15", "2011-02-15", "2011-02-15", STR, ["Arrests"],
   POL, CIV + ["Fathi Terbil", ""], LY, BENGHAZI, (), 0, req=False,
   evidence="The revolt was sparked last Tuesday by the arrest in Benghazi of Fathi Terbil, a lawyer (notability "
            "debatable)")
ev("terbil-relatives-protest", A, "2011-02-15", "2011-02-15", "2011-02-15", PRO,
   ["Peaceful protest", "Protest with intervention"], PROT, POL + [""], LY, BENGHAZI, (), None, req=False,
   evidence="whose relatives had gathered outside police headquarters to demand his release")

# ---------------------------------------------------------------- Zawiya (Al Jazeera, 2011-02-25, Fri)
A = "libya_zawiya_aljazeera"
ev("zawiya-mosque-assault", A, "2011-02-24", "2011-02-24", "2011-02-24", PRO,
   ["Excessive force against protesters", "Protest with intervention"], GOV + PROT, PROT + CIV + GOV,
   LY, ZAWIYA, (), 10,
   evidence="Forces loyal to Muammar Gaddafi attacked anti-government protesters holed up in a mosque in the city "
            "of Zawiya ... on Thursday ... killing at least 10 people (17 per doctors later, 23 per Qureyna)")
ev("zawiya-mosque-assault-as-clash", A, "2011-02-24", "2011-02-24", "2011-02-24", BAT, ["Armed clash"],
   GOV + REB + PROT, REB + PROT + GOV, LY, ZAWIYA, (), 10, req=False,
   evidence="Some of the protesters ... had hunting rifles (the same assault coded as a clash)")
ev("zawiya-mosque-assault-as-attack", A, "2011-02-24", "2011-02-24", "2011-02-24", VAC, ["Attack"],
   GOV, CIV + PROT, LY, ZAWIYA, (), 10, req=False,
   evidence="the same assault coded as violence against civilians")
ev("misrata-air-base-seized", A, "2011-02-24", "2011-02-24", "2011-02-24", BAT,
   ["Non-state actor overtakes territory"], REB + PROT, GOV, LY, MISRATA, (), 4,
   evidence="anti-government fighters said they had taken control of a military air base on the outskirts of "
            "Misrata ... after militiamen ... attacked protesters near the airport on Thursday ... at least four "
            "people were killed")
ev("zuwara-abandoned-by-police", A, "2011-02-23", "2011-02-23", "2011-02-23", BAT,
   ["Non-state actor overtakes territory"], REB + PROT + ["Zuwara Local Council", "Civilians (Libya)"],
   GOV + POL + [""], LY, NUQAT, (), 0,
   evidence="residents of ... Zuwara ... said that police and soldiers had abandoned their posts on Wednesday and "
            "that a committee of local elders and young people was now running the town. There was no fighting")
ev("zuwara-as-nonviolent-transfer", A, "2011-02-23", "2011-02-23", "2011-02-23", STR,
   ["Non-violent transfer of territory", "Change to group/activity"],
   REB + PROT + GOV + POL + ["Zuwara Local Council", "Civilians (Libya)"], GOV + POL + REB + PROT + [""],
   LY, NUQAT, (), 0, req=False, evidence="the same takeover coded as a non-violent transfer")
ev("tripoli-night-disappearances", A, "2011-02-25", "2011-02-23", "2011-02-25", VAC,
   ["Abduction/forced disappearance"], ["Unidentified Armed Group (Libya)"] + GOV + POL, CIV + PROT,
   LY, TRIPOLI, (), None, req=False, tp=2,
   evidence="armed men in civilian clothes had been driving through the Fashloum and Souq al-Juma neighbourhoods at "
            "night, and several families said relatives had been taken from their homes overnight (unverified)")
ev("libya-fidh-aggregate", A, "2011-02-25", "2011-02-15", "2011-02-25", PRO,
   ["Excessive force against protesters"], GOV + PROT, PROT + CIV + GOV + [""], LY, [""], (), 300, req=False,
   tp=3, evidence="at least 640 people have been killed across the country since February 15, though Libyan "
                  "officials say the toll is about 300 (country-level aggregate)")

# ---------------------------------------------------------------- Brega (The Guardian, 2011-04-08, Fri)
A = "libya_brega_guardian"
ev("brega-nato-strikes-rebel-tanks", A, "2011-04-07", "2011-04-07", "2011-04-07", EXP, ["Air/drone strike"],
   NATO, REB, LY, WAHAT, (), 4,
   evidence="Nato warplanes struck a column of rebel tanks and pickup trucks on the eastern outskirts of the oil town "
            "of Brega on Thursday, killing at least four opposition fighters (hospital: five bodies; fighters: 13)")
ev("ajdabiya-west-gate-shelling", A, "2011-04-07", "2011-04-07", "2011-04-07", EXP,
   ["Shelling/artillery/missile attack"], GOV, REB + CIV + [""], LY, WAHAT, (), None,
   evidence="By Thursday afternoon ... artillery shells began falling around the western gate of Ajdabiya ... no "
            "word on casualties")
ev("brega-road-convoy-strike", A, "2011-04-01", "2011-04-01", "2011-04-02", EXP, ["Air/drone strike"],
   NATO, REB, LY, WAHAT, (), 13,
   evidence="a coalition plane hit a rebel convoy on the road between Brega and Ajdabiya late last Friday, killing 13 "
            "fighters")
ev("ajdabiya-retaken-by-rebels", A, "2011-03-26", "2011-03-26", "2011-03-26", BAT,
   ["Non-state actor overtakes territory"], REB, GOV, LY, WAHAT, (), 8,
   evidence="Ajdabiya itself was retaken by the rebels less than two weeks ago, on 26 March ... eight rebel fighters "
            "died in the final assault")
ev("ajdabiya-coalition-strikes", A, "2011-03-26", "2011-03-20", "2011-03-26", EXP, ["Air/drone strike"],
   NATO + ["Military Forces of France", "Military Forces of the United States", "Military Forces of United States",
           "Military Forces of the United Kingdom", "Military Forces of United Kingdom"], GOV, LY, WAHAT, (), None,
   req=False, tp=2, evidence="after days of coalition air strikes destroyed the tanks and artillery loyalist forces had "
                             "used to besiege it")
ev("ajdabiya-captured-mid-march", A, "2011-03-16", "2011-03-13", "2011-03-17", BAT,
   ["Government regains territory"], GOV, REB, LY, WAHAT, (), None, req=False, tp=2,
   evidence="Gaddafi's forces had captured the town in mid-March, days before the UN security council authorised a "
            "no-fly zone (inside the 30-day window but only vaguely dated)")
ev("sirte-nato-ammunition-bunkers", A, "2011-04-06", "2011-04-06", "2011-04-06", EXP, ["Air/drone strike"],
   NATO, GOV, LY, SURT, (), None,
   evidence="Nato said separately that its aircraft had destroyed ammunition bunkers near Sirte ... on Wednesday")
ev("misrata-nato-armour-strikes", A, "2011-04-06", "2011-04-06", "2011-04-07", EXP, ["Air/drone strike"],
   NATO, GOV, LY, MISRATA, (), None, req=False,
   evidence="and struck armoured vehicles around the besieged western city of Misrata (date only implied)")

# ---------------------------------------------------------------- Misrata (AFP, 2011-05-05, Thu)
A = "libya_misrata_afp"
ev("misrata-port-rocket-salvo", A, "2011-05-04", "2011-05-04", "2011-05-04", EXP,
   ["Shelling/artillery/missile attack"], GOV,
   CIV + ["Civilians (Niger)", "Civilians (International)", "Migrants (Libya)", "Civilians (Ghana)", ""],
   LY, MISRATA, (), 3,
   evidence="Forces loyal to Muammar Gaddafi pounded the port of the besieged Libyan city of Misrata with rockets on "
            "Wednesday ... killing three people (rebel spokesman: five)")
ev("misrata-nato-tank-strikes", A, "2011-05-04", "2011-05-04", "2011-05-04", EXP, ["Air/drone strike"],
   NATO, GOV, LY, MISRATA, (), None,
   evidence="Nato said on Thursday its aircraft had struck two tanks and a multiple rocket launcher on the southern "
            "edge of Misrata on Wednesday. It gave no details on casualties")
ev("misrata-mine-layers-intercepted", A, "2011-04-29", "2011-04-29", "2011-04-29", STR, ["Disrupted weapons use"],
   NATO + GOV, GOV + NATO + [""], LY, MISRATA, (), 0,
   evidence="its warships had intercepted small boats laying anti-ship mines about two kilometres off the port last "
            "Friday and that navy divers had since destroyed three of the mines")
ev("yafran-rocket-fire", A, "2011-05-03", "2011-05-03", "2011-05-03", EXP, ["Shelling/artillery/missile attack"],
   GOV, CIV + [""], LY, JGHARBI, (), 2,
   evidence="residents of Yafran said loyalist troops who surround the town had fired rockets into residential areas "
            "on Tuesday, killing two civilians")

# ---------------------------------------------------------------- Qawalish (BBC, 2011-07-07, Thu)
A = "libya_qawalish_bbc"
ev("qawalish-captured", A, "2011-07-06", "2011-07-06", "2011-07-06", BAT, ["Non-state actor overtakes territory"],
   REB, GOV, LY, JGHARBI, (), 1,
   evidence="Rebel fighters ... have captured the village of Qawalish ... after a six-hour battle ... on Wednesday ... "
            "one of his fighters had been killed (field hospital: two)")
ev("gharyan-nato-strikes", A, "2011-07-05", "2011-07-05", "2011-07-05", EXP, ["Air/drone strike"],
   NATO, GOV, LY, JGHARBI, (), None,
   evidence="the alliance said its jets had hit 'military installations' near Gharyan that day [Tuesday]. It did not "
            "mention casualties")
ev("kikla-qawalish-failed-advance", A, "2011-07-03", "2011-06-30", "2011-07-03", BAT, ["Armed clash"],
   REB + GOV, GOV + REB, LY, JGHARBI, (), 9, tp=2,
   evidence="Between 30 June and 3 July, fighters tried repeatedly to advance from Kikla ... nine opposition fighters "
            "were killed")
ev("qawalish-looting", A, "2011-07-07", "2011-07-07", "2011-07-07", STR, ["Looting/property destruction"],
   ["Unidentified Armed Group (Libya)", "Rioters (Libya)", "Civilians (Libya)"] + REB, CIV + [""],
   LY, JGHARBI, (), 0, req=False,
   evidence="Looters were picking their way through a hardware store and entering other buildings (looters unnamed)")

# ---------------------------------------------------------------- Majer (AP, 2011-08-09, Tue)
A = "libya_majer_ap"
ev("majer-nato-strike", A, "2011-08-08", "2011-08-08", "2011-08-09", EXP, ["Air/drone strike"],
   NATO, CIV + GOV + [""], LY, ZLITEN, (), 30,
   evidence="NATO air strikes late Monday had killed 85 civilians ... Reporters were shown around 30 bodies at a "
            "hospital in Zliten ... NATO ... 'no evidence of civilian casualties'")
ev("tripoli-harbour-frigate-strike", A, "2011-08-09", "2011-08-09", "2011-08-09", EXP, ["Air/drone strike"],
   NATO, GOV, LY, TRIPOLI, (), None,
   evidence="its jets had hit a Libyan navy frigate in Tripoli's harbor early Tuesday")
ev("zliten-teacher-family-strike", A, "2011-08-07", "2011-08-01", "2011-08-07", EXP, ["Air/drone strike"],
   NATO, CIV, LY, ZLITEN, (), 3, tp=2,
   evidence="Last week, the government said a NATO bomb had hit a house in the town's Souq al-Thulatha district, "
            "killing the wife and two young children of a local teacher")
ev("brega-rebel-positions-rockets", A, "2011-08-09", "2011-08-09", "2011-08-09", EXP,
   ["Shelling/artillery/missile attack"], GOV, REB, LY, WAHAT, (), 2,
   evidence="rebels said Gadhafi's forces fired rockets at their positions on the eastern edge of Brega on Tuesday, "
            "killing two fighters")
ev("zliten-funeral-chants", A, "2011-08-09", "2011-08-09", "2011-08-09", PRO, ["Peaceful protest"],
   PROT, [""], LY, ZLITEN, (), 0, req=False,
   evidence="Residents at a funeral held Tuesday in Zliten chanted against NATO and the rebels (a funeral, arguably "
            "a government-staged rally)")

# ---------------------------------------------------------------- Tripoli (CNN, 2011-08-24, Wed)
A = "libya_tripoli_cnn"
ev("bab-al-aziziya-stormed", A, "2011-08-23", "2011-08-23", "2011-08-23", BAT,
   ["Non-state actor overtakes territory", "Government regains territory"], NTC, LOYAL, LY, TRIPOLI, (), 8,
   evidence="Libyan rebels stormed Moammar Gadhafi's sprawling Bab al-Aziziya compound ... on Tuesday after a day-long "
            "battle ... eight of his men had been killed (Mitiga hospital: at least 14 bodies)")
ev("bab-al-aziziya-looted", A, "2011-08-23", "2011-08-23", "2011-08-24", STR, ["Looting/property destruction"],
   NTC, LOYAL + [""], LY, TRIPOLI, (), 0, req=False,
   evidence="Jubilant fighters carried away crates of ammunition, rifles and golf carts (folded into the capture by "
            "most coders)")
ev("abu-salim-clashes", A, "2011-08-24", "2011-08-24", "2011-08-24", BAT, ["Armed clash"],
   NTC + LOYAL, LOYAL + NTC, LY, TRIPOLI, (), 3,
   evidence="Heavy fighting broke out on Wednesday in the nearby Abu Salim neighborhood ... At least three rebel "
            "fighters were killed")
ev("rixos-journalists-held", A, "2011-08-24", "2011-08-19", "2011-08-24", VAC, ["Abduction/forced disappearance"],
   LOYAL, ["Civilians (International)", "Journalists (International)", "Civilians (Libya)",
           "Civilians (United Kingdom)", ""], LY, TRIPOLI, (), 0, req=False, tp=2,
   evidence="35 foreign journalists who had been held for five days by armed Gadhafi loyalists were freed on "
            "Wednesday afternoon")
ev("tripoli-nato-command-centre", A, "2011-08-22", "2011-08-22", "2011-08-22", EXP, ["Air/drone strike"],
   NATO, LOYAL, LY, TRIPOLI, (), None,
   evidence="NATO said its aircraft had struck a command and control center and several military vehicles in Tripoli "
            "on Monday")
ev("sirte-scud-at-misrata", A, "2011-08-22", "2011-08-22", "2011-08-22", EXP,
   ["Shelling/artillery/missile attack"], LOYAL, NTC + CIV + [""], LY, SURT + MISRATA, (), 0,
   evidence="forces loyal to Gadhafi fired a Scud missile from the area of ... Sirte toward rebel-held Misrata on "
            "Monday ... landed in the sea and caused no damage")

# ---------------------------------------------------------------- Bani Walid (The National, 2011-10-18, Tue)
A = "libya_baniwalid_thenational"
ev("bani-walid-captured", A, "2011-10-17", "2011-10-17", "2011-10-17", BAT,
   ["Government regains territory", "Non-state actor overtakes territory"], NTC, LOYAL, LY, MISRATA, (), 4,
   evidence="Fighters loyal to Libya's interim government swept into the centre of Bani Walid yesterday and "
            "declared the desert town 'liberated' ... four NTC fighters had been killed")
ev("bani-walid-sunday-push", A, "2011-10-16", "2011-10-16", "2011-10-16", BAT, ["Armed clash"],
   NTC + LOYAL, LOYAL + NTC, LY, MISRATA, (), None,
   evidence="The final push began on Sunday, when NTC units backed by tanks fought their way into the northern "
            "districts ... Commanders did not give a toll")
ev("bani-walid-airport-oct9", A, "2011-10-09", "2011-10-09", "2011-10-09", BAT, ["Armed clash"],
   NTC + LOYAL, LOYAL + NTC, LY, MISRATA, (), 17,
   evidence="On October 9, its forces briefly seized the town's airport ... before a loyalist counter-attack drove "
            "them out, killing 17 NTC fighters (taken and lost the same day: one clash)")
ev("sirte-neighbourhood-two", A, "2011-10-17", "2011-10-17", "2011-10-17", BAT, ["Armed clash"],
   NTC + LOYAL, LOYAL + NTC, LY, SURT, (), 3,
   evidence="In Sirte ... NTC forces were yesterday still fighting to dislodge loyalists from ... Neighbourhood Two "
            "... three NTC fighters were killed")

DROP = {
    "libya_zawiya_aljazeera": ["Al Jazeera", "Skip links", "Skip to Content", "News", "Middle East", "Africa",
                               "Features", "Opinion", "Live", "More from News",
                               "Egypt's army pledges to hand power to civilians",
                               "Bahrain frees political prisoners as protests continue"],
    "libya_brega_guardian": ["The Guardian", "News", "World", "Africa", "Libya", "Sign in", "Search",
                             "Share on Facebook", "Share on Twitter", "Share via Email", "Related",
                             "Libya: rebels plead for more Nato air strikes as Misrata suffers",
                             "Gaddafi envoy in Greece for talks on ending conflict",
                             "© 2011 Guardian News and Media Limited or its affiliated companies. All rights reserved."],
    "libya_qawalish_bbc": ["BBC News", "Home", "UK", "World", "Business", "Politics", "Health", "Africa",
                           "Share this page", "Facebook", "Twitter", "Email", "More on This Story", "Related Stories",
                           "Libya: Nafusa rebels claim control of key mountain road",
                           "Gaddafi warns Europe of 'revenge' attacks"],
    "libya_majer_ap": ["Copyright 2011 The Associated Press. All rights reserved. This material may not be published, "
                       "broadcast, rewritten or redistributed."],
    "libya_tripoli_cnn": ["CNN", "Edition: International", "Home", "Video", "World", "U.S.", "Africa", "Middle East",
                          "Tech", "Tweet", "Share", "Email", "Recommended", "Who's who in Libya's rebel leadership",
                          "Timeline: Gadhafi's 42 years in power"],
    "libya_baniwalid_thenational": ["The National", "Home", "UAE", "World", "Business", "Opinion", "Sport",
                                    "Arts & Lifestyle", "Share", "Related", "Libya's liberation will wait for Sirte",
                                    "Misurata fighters return to a city of ruins",
                                    "Copyright 2011 The National. All rights reserved."],
}
EITHER = {
    "libya_benghazi_reuters": ["By Maria Golovnina and Mohammed Abbas",
                               "(Additional reporting by Alexander Dziadosz in Cairo; Writing by Samia Nakhoul; "
                               "Editing by Jon Hemming)"],
    "libya_zawiya_aljazeera": ["25 Feb 2011", "Source: Al Jazeera and agencies"],
    "libya_brega_guardian": ["Chris McGreal in Ajdabiya", "Friday 8 April 2011"],
    "libya_misrata_afp": ["ser-jmm/hc"],
    "libya_qawalish_bbc": ["7 July 2011 Last updated at 14:22 GMT"],
    "libya_majer_ap": ["By HADEEL AL-SHALCHI", "Associated Press", "___",
                       "Associated Press writer Ben Hubbard in Benghazi contributed to this report."],
    "libya_tripoli_cnn": ["By the CNN Wire Staff", "August 24, 2011 -- Updated 1345 GMT (2145 HKT)",
                          "CNN's Sara Sidner, Matthew Chance and Nic Robertson contributed to this report."],
    "libya_baniwalid_thenational": ["Hamid Ould Ahmed", "October 18, 2011", "Updated: October 18, 2011 04:00 AM"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout259; Libya 2011 civil war), coded by "
                             "CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
