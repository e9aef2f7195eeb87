"""Writes gold.json for the 279th held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 39).

    python bench/heldout279/make_gold.py

Topic: Yemen 2020-2023 — the Aden car bomb on Governor Lamlas and the Crater fighting (Oct 2021), coalition air
strikes in Hajjah and Saada (Jul 2020), the April 2023 prisoner exchange, Houthi drone strikes and clashes in
al-Dhale (Jun-Jul 2023), AQAP bombs and drones against southern forces in Abyan and Shabwa (Jun 2023), and the
killing of a WFP official in Turbah, Taiz (Jul 2023).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

YE = "Yemen"
HOUTHI = ["Houthis", "Houthi Movement", "Ansar Allah", "Ansarallah", "Houthi", "Huthis", "Huthi rebels",
          "Houthi Rebels", "Military Forces of Yemen (Houthi)", "Ansar Allah (Houthis)"]
COAL = ["Military Forces of Saudi Arabia", "Saudi-led Coalition", "Saudi-led coalition", "Coalition",
        "Arab Coalition", "Military Forces of the United Arab Emirates"]
GOV = ["Military Forces of Yemen", "Government of Yemen", "Police Forces of Yemen"]
STC = ["Southern Transitional Council", "STC", "Security Belt Forces", "Security Belt", "Southern Forces",
       "Southern Transitional Council Forces", "Military Forces of Yemen", "Police Forces of Yemen"]
SDF = ["Shabwa Defense Forces", "Shabwa Defence Forces", "Shabwani Elite Forces", "Shabwani Elite"] + STC
AQAP = ["AQAP", "Al Qaeda in the Arabian Peninsula", "Al-Qaeda in the Arabian Peninsula", "Al Qaeda",
        "Al-Qaeda"]
UAG = ["Unidentified Armed Group (Yemen)"]
CIV = ["Civilians (Yemen)"]
ADEN = ["Aden"]
MARIB = ["Ma'rib", "Marib"]
HAJJAH = ["Hajjah"]
SAADA = ["Sa'dah", "Saada", "Sadah", "Sa'ada"]
SANAA = ["Amanat Al Asimah", "Amanat al-Asimah", "Sanaa", "Sana'a", "Sanaa City"]
TAIZ = ["Ta'izz", "Taizz", "Taiz"]
DHALE = ["Ad Dali'", "Ad Dali", "Al Dhale", "Dhale", "Al Dhalea", "Al-Dhale'e", "Ad Dhale'e"]
LAHJ = ["Lahij", "Lahj"]
ABYAN = ["Abyan"]
SHABWA = ["Shabwah", "Shabwa"]

# ---------------------------------------------------------------- Aden (AFP, 2021-10-11, Mon)
A = "yemen_tawahi_afp"
NUBI = ["Unidentified Armed Group (Yemen)", "Militia (Imam al-Nubi)", "Imam al-Nubi Militia",
        "Security Belt Forces (Imam al-Nubi faction)", "Militia (Yemen)"]
ev("tawahi-car-bomb-lamlas", A, "2021-10-10", "2021-10-10", "2021-10-10", EXP,
   ["Remote explosive/landmine/IED", "Suicide bomb"], UAG + AQAP + ["Islamic State", "Islah"],
   ["Government of Yemen", "Southern Transitional Council", "Civilians (Yemen)", "Military Forces of Yemen",
    "Police Forces of Yemen", ""], YE, ADEN, ["Attawahi", "At Tawahi", "Tawahi"], 6,
   evidence="A car bomb ripped through the convoy of the governor of ... Aden on Sunday, killing six people ... in "
            "the Tawahi district ... detonated remotely ... a security official ... toll to six. A medical source ... "
            "seven")
ev("crater-clashes-nubi", A, "2021-10-02", "2021-10-01", "2021-10-02", BAT, ["Armed clash"],
   STC + NUBI, NUBI + STC, YE, ADEN, ["Crater", "Sirah", "Seera", "Sira"], 7,
   evidence="STC-aligned security forces fought a day of street battles with gunmen loyal to Imam al-Nubi ... in "
            "the densely populated Crater district ... erupted late on Friday and raged through Saturday, leaving at "
            "least seven people dead ... Other officials put the toll at ten")
ev("crater-police-officer-abducted", A, "2021-09-30", "2021-09-30", "2021-09-30", VAC,
   ["Abduction/forced disappearance"], NUBI, ["Police Forces of Yemen", "Civilians (Yemen)", "Military Forces of Yemen"],
   YE, ADEN, ["Crater", "Sirah", "Seera", "Sira"], 0,
   evidence="Nubi's men surrounded the Crater police station on Thursday, September 30, and abducted the head of its "
            "investigation department")
ev("abdiyah-coalition-air-strikes", A, "2021-10-11", "2021-10-10", "2021-10-11", EXP, ["Air/drone strike"],
   COAL, HOUTHI, YE, MARIB, ["Al Abdiyah", "Al-Abdiyah", "Abdiyah"], 156,
   evidence="The Saudi-led coalition said on Monday that 156 Huthi fighters had been killed in the past 24 hours in "
            "air strikes on rebel positions in Al-Abdiyah district, south of Marib city")

# ---------------------------------------------------------------- Hajjah/Saada (Al Jazeera, 2020-07-13, Mon)
A = "yemen_washhah_aljazeera"
ev("washhah-air-strike-house", A, "2020-07-12", "2020-07-12", "2020-07-12", EXP, ["Air/drone strike"],
   COAL, CIV, YE, HAJJAH, ["Washhah", "Washha", "Washah"], 9,
   evidence="The strike hit the home in Washhah district of Hajjah province on Sunday ... killed seven children and "
            "two women ... Saba ... gave a higher toll of 10 dead")
ev("shadaa-air-raids", A, "2020-07-12", "2020-07-12", "2020-07-12", EXP, ["Air/drone strike"],
   COAL, HOUTHI + CIV + [""], YE, SAADA, (), None,
   evidence="Earlier on Sunday, coalition warplanes also carried out three raids on the Shada'a district ... of Saada "
            "province ... no immediate word on casualties")
ev("dhaher-air-raids", A, "2020-07-12", "2020-07-12", "2020-07-12", EXP, ["Air/drone strike"],
   COAL, HOUTHI + CIV + [""], YE, SAADA, ["Al Dhaher", "Dhaher", "Az Zahir", "Al Zahir"], None,
   evidence="... and two on the al-Dhaher district of Saada province ... no immediate word on casualties")

# ---------------------------------------------------------------- Prisoner exchange (Reuters, 2023-04-16, Sun)
A = "yemen_sanaa_reuters"
ICRC = ["International Committee of the Red Cross", "ICRC"]
ev("prisoner-exchange", A, "2023-04-14", "2023-04-14", "2023-04-16", STR, ["Agreement"],
   GOV + HOUTHI + ICRC + COAL, HOUTHI + GOV + COAL + [""], YE, ADEN + SANAA + MARIB + TAIZ, (), 0,
   evidence="The swap began on Friday, when the first flights linked Sanaa with ... Aden ... Subaihi and Nasser Mansour "
            "Hadi stepped off a plane in Aden ... completed a three-day exchange of nearly 900 prisoners on Sunday "
            "(one row for the operation; the day rows below are optional)")
ev("prisoner-exchange-day2-mocha", A, "2023-04-15", "2023-04-15", "2023-04-15", STR, ["Agreement"],
   GOV + HOUTHI + ICRC + COAL, HOUTHI + GOV + COAL + [""], YE, TAIZ + SANAA, (), 0, req=False,
   evidence="On Saturday ... Three more flights brought around 100 Houthi detainees from the Red Sea port of Mocha to "
            "the capital (Abha/Riyadh legs are in Saudi Arabia)")
ev("prisoner-exchange-day3-marib", A, "2023-04-16", "2023-04-16", "2023-04-16", STR, ["Agreement"],
   GOV + HOUTHI + ICRC + COAL, HOUTHI + GOV + COAL + [""], YE, MARIB + SANAA, (), 0, req=False,
   evidence="Two ICRC-chartered aircraft took off simultaneously from Sanaa and Marib on Sunday morning, one carrying "
            "48 former detainees and the other 42")

# ---------------------------------------------------------------- al-Dhale (Arab News, 2023-07-02, Sun)
A = "yemen_fakhir_arabnews"
DHALE2 = ["Ad Dhale'e", "Al Dhale", "Ad Dali'", "Qa'tabah", "Qatabah", "Al Husha"]
ev("fakhir-houthi-drone-strikes", A, "2023-06-30", "2023-06-29", "2023-06-30", EXP, ["Air/drone strike"],
   HOUTHI, STC, YE, DHALE, DHALE2, 4, tp=2,
   evidence="explosive-laden drones struck positions held by the southern troops in Al-Fakher ... on Thursday and "
            "Friday ... killed four soldiers")
ev("fakhir-ground-clashes", A, "2023-06-30", "2023-06-29", "2023-06-30", BAT, ["Armed clash"],
   HOUTHI + STC, STC + HOUTHI, YE, DHALE, DHALE2, None, tp=2,
   evidence="after the Houthis had failed to overrun them with ground assaults ... Dozens of their fighters were "
            "surrounded for hours in Al-Fakher ... A fifth soldier was shot dead by a Houthi sniper in the same area "
            "(toll left unscored: the sniper death may be counted here or not)")
ev("thokhab-clash", A, "2023-06-30", "2023-06-29", "2023-07-01", BAT, ["Armed clash"],
   HOUTHI + STC, STC + HOUTHI, YE, DHALE, (), 1, tp=2,
   evidence="a sixth was killed in direct clashes with the militia in the Al-Thokhab sector, also northwest of "
            "Al-Dhale ... six in 72 hours")
ev("north-dhale-artillery-exchange", A, "2023-07-01", "2023-07-01", "2023-07-01", EXP,
   ["Shelling/artillery/missile attack"], HOUTHI + STC, STC + HOUTHI + [""], YE, DHALE, (), None,
   evidence="On Saturday, the two sides exchanged heavy artillery fire along the front north of Al-Dhale ... no "
            "immediate word on casualties")
ev("yafea-front-attack", A, "2023-06-30", "2023-06-25", "2023-07-01", BAT, ["Armed clash"],
   HOUTHI + STC, STC + HOUTHI, YE, LAHJ, (), None, req=False, tp=2,
   evidence="Earlier in the week, the Houthis attacked southern troops on the Yafea front in neighbouring Lahj "
            "province (vague date and place)")

# ---------------------------------------------------------------- Abyan/Shabwa (The National, 2023-06-22, Thu)
A = "yemen_mudiyah_thenational"
MUD = ["Mudiyah", "Mudiya", "Moudiya", "Al Mudiyah"]
SAID = ["As Said", "Al Said", "Said", "Al Saeed", "As Sa'id"]
ev("qarn-ashal-ied", A, "2023-06-22", "2023-06-22", "2023-06-22", EXP, ["Remote explosive/landmine/IED"],
   AQAP + UAG, STC, YE, ABYAN, MUD, 1,
   evidence="Roadside bombs planted by Al Qaeda ... killed a soldier and wounded seven others ... on Thursday ... The "
            "first device exploded under a military vehicle of the Security Belt forces in the Qarn Ashal area of "
            "Mudiyah district")
ev("baqira-ambulance-ieds", A, "2023-06-22", "2023-06-22", "2023-06-22", EXP, ["Remote explosive/landmine/IED"],
   AQAP + UAG, STC + CIV, YE, ABYAN, MUD, 0, req=False,
   evidence="Two more bombs then blew up as ambulances rushed to the scene ... in the nearby Al Baqira area (may be "
            "folded into the Qarn Ashal row)")
ev("musaynaa-drone-jun22", A, "2023-06-22", "2023-06-22", "2023-06-22", EXP, ["Air/drone strike"],
   AQAP + UAG, SDF, YE, SHABWA, SAID, None,
   evidence="Later on Thursday, an explosives-laden drone targeted a post of the Shabwa Defence Forces in the Al "
            "Musaynaa area of Al Said district ... no immediate word on casualties")
ev("musaynaa-drone-jun14", A, "2023-06-14", "2023-06-14", "2023-06-14", EXP, ["Air/drone strike"],
   AQAP + UAG, SDF, YE, SHABWA, SAID, 0,
   evidence="On Wednesday last week, four Shabwa Defence Forces soldiers were wounded when a drone attacked a "
            "checkpoint there")
ev("musaynaa-drone-jun12", A, "2023-06-12", "2023-06-12", "2023-06-12", EXP, ["Air/drone strike"],
   AQAP + UAG, SDF, YE, SHABWA, SAID, 0,
   evidence="two days after a similar drone strike on the area caused no casualties")
ev("musaynaa-checkpoint-attack", A, "2023-06-10", "2023-06-10", "2023-06-10", BAT, ["Armed clash"],
   AQAP + SDF, SDF + AQAP, YE, SHABWA, SAID, 3,
   evidence="On Saturday, June 10, gunmen stormed a checkpoint of the same forces in Al Musaynaa, killing two soldiers "
            "... One of the attackers was killed in the ensuing gunfight ... AQAP claimed the attack")
ev("mudiyah-ieds-jun17", A, "2023-06-17", "2023-06-17", "2023-06-17", EXP, ["Remote explosive/landmine/IED"],
   AQAP + UAG, STC, YE, ABYAN, MUD, 1,
   evidence="in Mudiyah on Saturday, three bombs planted in one spot exploded simultaneously as two military vehicles "
            "and an ambulance passed, killing a soldier and wounding six")
ev("bayhan-houthi-drone-intercepted", A, "2023-06-18", "2023-06-12", "2023-06-18", STR,
   ["Disrupted weapons use", "Other"], SDF + HOUTHI, HOUTHI + SDF + [""], YE, SHABWA,
   ["Bayhan", "Bayhan al Qisab", "Beihan", "Bayhan Al Qisab"], 0, req=False, tp=2,
   evidence="Last week ... said they had intercepted a Houthi drone in the skies over Bayhan district")

# ---------------------------------------------------------------- Taiz (AP, 2023-07-22, Sat)
A = "yemen_turbah_ap"
ev("turbah-wfp-official-killed", A, "2023-07-21", "2023-07-21", "2023-07-21", VAC, ["Attack"],
   UAG + AQAP, CIV + ["Civilians (Jordan)", "Civilians (International)", "Aid Workers (Yemen)",
                      "Humanitarian Workers (Yemen)", "WFP: World Food Programme", "World Food Programme"],
   YE, TAIZ, ["Ash Shamayatayn", "Al Shamayatayn", "Shamayatayn"], 1,
   evidence="Moayad Hameidi ... was shot in the head and neck on Friday afternoon as he left a restaurant in the town "
            "of Turbah ... A Yemeni colleague was wounded")
ev("turbah-suspects-arrested", A, "2023-07-22", "2023-07-22", "2023-07-22", STR, ["Arrests"],
   ["Police Forces of Yemen", "Military Forces of Yemen"], UAG + AQAP + CIV + [""], YE, TAIZ, (), 0, req=False,
   evidence="Taiz police said on Saturday they had arrested two suspects and more than ten other people (not notable "
            "persons; optional)")

DROP = {
    "yemen_washhah_aljazeera": ["Al Jazeera", "Skip links", "Skip to Content", "News", "Middle East", "Yemen",
                                "Features", "Opinion", "Video", "More from News",
                                "Saudi-led coalition says it intercepted Houthi drones",
                                "UN warns of 'environmental catastrophe' from decaying Red Sea oil tanker"],
    "yemen_fakhir_arabnews": ["Arab News", "Home", "Middle-East", "World", "Business", "Opinion", "Sport",
                              "Lifestyle", "Share", "Facebook", "Twitter", "WhatsApp", "Related",
                              "Yemeni government says Houthis shelled civilians in Taiz",
                              "Saudi envoy holds talks on Yemen roadmap",
                              "Copyright: Arab News © 2023 All rights reserved"],
    "yemen_mudiyah_thenational": ["The National", "News", "MENA", "Gulf", "World", "Business", "Opinion",
                                  "Read more", "Yemen's southern forces say they arrested AQAP cell in Aden",
                                  "Saudi Arabia and Houthis hold new round of talks"],
    "yemen_turbah_ap": ["Copyright 2023 The Associated Press. All rights reserved."],
}
EITHER = {
    "yemen_tawahi_afp": ["str-bur/hc"],
    "yemen_washhah_aljazeera": ["13 Jul 2020", "Source: Al Jazeera and news agencies"],
    "yemen_sanaa_reuters": ["By Mohammed Alghobari and Reyam Mokhashef",
                            "(Reporting by Mohammed Alghobari in Sanaa and Reyam Mokhashef in Aden; Additional "
                            "reporting by Aziz El Yaakoubi in Riyadh; Writing by Ghaida Ghantous; Editing by Frances "
                            "Kerry)"],
    "yemen_fakhir_arabnews": ["SAEED AL-BATATI", "July 02, 2023 00:41"],
    "yemen_mudiyah_thenational": ["Ali Mahmood", "Jun 22, 2023", "Updated: June 22, 2023, 11:48 AM"],
    "yemen_turbah_ap": ["By AHMED AL-HAJ", "Associated Press"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="6 hand-written held-out articles (bench/heldout279; Yemen 2020-2023), coded by "
                             "CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
