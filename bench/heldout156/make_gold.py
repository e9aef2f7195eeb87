"""Writes gold.json for the 156th held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout156/make_gold.py

Focus: Somalia 2017-2025 (al-Shabaab car bombs and hotel sieges in Mogadishu, an attack on AMISOM bases in Lower
Shabelle, a town lost by the army and Ma'awisley in Hiiraan, US air strikes, Islamic State in Puntland, a clan
clash), with background, near-30-day dates, claims against official tolls and rising tolls.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

SO = "Somalia"
SHB = ["Al Shabaab", "Al-Shabaab", "Al-Shabab", "Al Shabab", "Harakat al-Shabaab al-Mujahideen", "Shabaab", "Shebab"]
SNA = ["Military Forces of Somalia", "Somali National Army", "SNA"]
POL = ["Police Forces of Somalia"]
AMISOM = ["AMISOM", "African Union Mission in Somalia", "AMISOM: African Union Mission in Somalia"]
UPDF = ["Military Forces of Uganda", "UPDF", "Uganda People's Defence Force", "Uganda Peoples Defence Force"]
USF = ["Military Forces of the United States", "Military Forces of United States", "Military Forces of the United "
       "States of America", "US Africa Command", "AFRICOM", "United States Africa Command", "US Military",
       "US Forces", "Military Forces of the USA"]
ISS = ["Islamic State", "Islamic State (Somalia)", "Islamic State Somalia", "Islamic State Somalia Province", "ISIS",
       "IS", "ISS", "Daesh"]
PL = ["Military Forces of Somalia (Puntland)", "Military Forces of Puntland", "Puntland Defence Forces",
      "Puntland Defense Forces", "Puntland Security Forces", "Puntland Security Force", "Puntland Forces",
      "Police Forces of Somalia (Puntland)", "Police Forces of Puntland", "Military Forces of Somalia"]
MAW = ["Macawisley", "Ma'awisley", "Maawisley", "Macawisley Militia", "Ma'awisley Militia",
       "Hawadle Clan Militia (Somalia)", "Hawadle Clan Militia"]
CLAN = ["Unidentified Clan Militia (Somalia)", "Clan Militia (Somalia)", "Unidentified Clan Militia",
        "Unidentified Armed Group (Somalia)"]
UAG_SO = ["Unidentified Armed Group (Somalia)"]
CIV_SO = ["Civilians (Somalia)"]
BAN = ["Banaadir", "Banadir", "Benadir"]
LSH = ["Lower Shabelle", "Shabeellaha Hoose"]
HII = ["Hiiran", "Hiiraan", "Hiran", "Hiraan"]
GAL = ["Galguduud", "Galgaduud", "Galgadud", "Galgudud"]
BARI = ["Bari"]
BAY = ["Bay"]
MSH = ["Middle Shabele", "Middle Shabelle", "Shabeellaha Dhexe"]
IED, SUI, AIR = "Remote explosive/landmine/IED", "Suicide bomb", "Air/drone strike"
NSO = "Non-state actor overtakes territory"

# ---------------------------------------------------------------- Xinhua, 2024-07-15 (Mon)
A = "somalia_bondhere_xinhua"
ev("top-coffee-car-bomb", A, "2024-07-14", "2024-07-14", "2024-07-14", EXP, [IED, SUI], SHB, CIV_SO + [""], SO,
   BAN, (), 9,
   evidence="a car bomb exploded outside ... Top Coffee restaurant near the Daljirka Dahsoon junction in Bondhere "
            "district ... about 10:28 p.m. ... on Sunday ... 'A vehicle loaded with explosives had been parked outside' "
            "... police 'five' late Sunday, NISA: toll 'had risen to nine' on Monday -> 9; al-Shabab claimed")
ev("central-prison-jailbreak-fight", A, "2024-07-13", "2024-07-13", "2024-07-13", BAT, ["Armed clash"],
   SHB + UAG_SO + ["Prisoners (Somalia)"] + POL + SNA + ["Somali Custodial Corps", "Custodial Corps of Somalia"],
   POL + SNA + ["Somali Custodial Corps", "Custodial Corps of Somalia", "Prison Guards (Somalia)"] + SHB
   + ["Prisoners (Somalia)"], SO, BAN, (), 8,
   evidence="security forces foiled an attempted jailbreak at the Mogadishu Central Prison on Saturday ... al-Shabab "
            "inmates armed with pistols and hand grenades ... attacked prison guards ... Three prison guards and five "
            "of the inmates were killed")
ev("galgadud-three-day-operations", A, "2024-07-14", "2024-07-12", "2024-07-14", BAT, ["Armed clash"],
   SNA + ["Military Forces of the United States"] + SHB, SHB + SNA, SO, GAL, (), 47, tp=2,
   evidence="the Ministry of Information said on Sunday that Somali forces backed by international partners had "
            "killed 47 al-Shabab militants in operations in the Galgadud region over the past three days")

# ---------------------------------------------------------------- Daily Monitor, 2018-04-02 (Mon)
A = "somalia_bulomarer_monitor"
MARKA = ["Marka", "Merca", "Kurtunwaarey", "Kurtunwarey"]
ev("bulo-marer-base-truck-bombs-and-assault", A, "2018-04-01", "2018-04-01", "2018-04-01", EXP, [SUI, IED], SHB,
   AMISOM + UPDF + [""], SO, LSH, MARKA, 34,
   evidence="attacked their base in Bulo Marer ... on Sunday morning ... two trucks packed with explosives were driven "
            "into the perimeter ... followed by a ground assault ... Four Ugandan soldiers ... killed ... 'Thirty "
            "Al-Shabaab terrorists were killed' (4 + 30 = 34; al-Shabaab's 59 is a claim)")
ev("bulo-marer-base-gun-battle", A, "2018-04-01", "2018-04-01", "2018-04-01", BAT, ["Armed clash"],
   SHB + AMISOM + UPDF, AMISOM + UPDF + SHB, SO, LSH, MARKA, None, req=False,
   evidence="ground assault by an estimated 100 fighters ... 'Our gallant forces repulsed the attackers and pursued "
            "them' (the fight after the truck bombs; toll split unknown)")
ev("golweyn-convoy-vbied", A, "2018-04-01", "2018-04-01", "2018-04-01", EXP, [SUI, IED], SHB,
   AMISOM + UPDF + [""], SO, LSH, (), 1, req=False,
   evidence="A third suicide bomber rammed a vehicle laden with explosives into a convoy of Ugandan troops heading to "
            "Bulo Marer from Golweyn ... hit the vehicle with a rocket-propelled grenade ... the driver was killed")
ev("barawe-base-mortars", A, "2018-04-01", "2018-04-01", "2018-04-01", EXP, ["Shelling/artillery/missile attack"],
   SHB, AMISOM + UPDF + [""], SO, LSH, ["Baraawe", "Barawe", "Brava"], 0,
   evidence="The militants also fired mortars at the AMISOM base in Barawe ... but no casualties were reported")
ev("qoryoley-army-position-attack", A, "2018-04-01", "2018-04-01", "2018-04-01", BAT, ["Armed clash"], SHB + SNA,
   SNA + SHB, SO, LSH, ["Qoryooley", "Qoryoley"], None,
   evidence="launched ground attacks on Somali National Army positions in Qoryoley ... all the attacks had been "
            "repulsed, without giving a toll")
ev("mashallay-army-position-attack", A, "2018-04-01", "2018-04-01", "2018-04-01", BAT, ["Armed clash"], SHB + SNA,
   SNA + SHB, SO, LSH, (), None,
   evidence="... and in the village of Mashallay (separate named place; toll not given)")
ev("bulo-marer-market-burned", A, "2018-04-01", "2018-04-01", "2018-04-01", STR, ["Looting/property destruction"],
   SHB, CIV_SO + [""], SO, LSH, MARKA, 0, req=False,
   evidence="after the fighters were driven back from the base, some of them set fire to shops and houses in the "
            "town's market before withdrawing")

# ---------------------------------------------------------------- Hiiraan Online, 2025-07-08 (Tue)
A = "somalia_moqokori_hiiraan"
ev("moqokori-captured", A, "2025-07-07", "2025-07-07", "2025-07-07", BAT, [NSO], SHB, SNA + MAW + [""], SO, HII, (),
   11, evidence="Al-Shabaab fighters took control of Moqokori ... on Monday after an assault that began shortly after "
                "midnight ... troops and Ma'awisley ... withdrew towards Mahas ... commander: 'eleven of his men and "
                "soldiers were killed' (al-Shabaab's 'more than 40' is a claim; militant losses uncounted)")
ev("moqokori-checkpoint-vbied", A, "2025-07-07", "2025-07-07", "2025-07-07", EXP, [SUI, IED], SHB,
   SNA + MAW + [""], SO, HII, (), None, req=False,
   evidence="a suicide car bomb at a checkpoint on the town's western entrance (opening of the assault; deaths "
            "folded into the capture row)")
ev("moqokori-mahas-road-ied", A, "2025-07-03", "2025-07-03", "2025-07-03", EXP, [IED], SHB + UAG_SO,
   MAW + SNA, SO, HII, (), 3,
   evidence="On Thursday, a roadside bomb struck a vehicle carrying Ma'awisley fighters on the road between Moqokori "
            "and Mahas, killing three of them")
ev("matabaan-clan-clash", A, "2025-07-06", "2025-07-06", "2025-07-06", BAT, ["Armed clash"], CLAN, CLAN + [""],
   SO, HII, ["Belet Weyne", "Beledweyne", "Matabaan"], 5,
   evidence="at least five people were killed on Sunday when militias from two sub-clans clashed over farmland and "
            "water points in Matabaan district")

# ---------------------------------------------------------------- VOA, 2017-11-22 (Wed)
A = "somalia_dinsoor_voa"
ev("bur-eelay-camp-strike", A, "2017-11-21", "2017-11-21", "2017-11-21", EXP, [AIR], USF, SHB, SO, BAY,
   ["Diinsoor", "Dinsoor", "Dinsor"], 100,
   evidence="airstrike on an al-Shabab training camp ... on Tuesday, Nov. 21 ... 'killing more than 100 militants' "
            "... near Bur Eelay in the Dinsoor district of Bay region (al-Shabab denial does not negate it)")
ev("nov15-drone-strike-north-of-mogadishu", A, "2017-11-15", "2017-11-15", "2017-11-15", EXP, [AIR], USF, SHB, SO,
   MSH + [""], (), None, req=False,
   evidence="On Nov. 15, AFRICOM said a drone strike about 100 kilometers (60 miles) north of Mogadishu killed "
            "'several' militants (no region named: Middle Shabelle inferred or country level)")
ev("nov9-bay-strike", A, "2017-11-09", "2017-11-09", "2017-11-09", EXP, [AIR], USF, SHB, SO, BAY, (), None,
   evidence="On Nov. 9, U.S. forces struck al-Shabab fighters in Bay region ... killing an unspecified number")
ev("nov3-bari-islamic-state-strikes", A, "2017-11-03", "2017-11-03", "2017-11-03", EXP, [AIR], USF, ISS, SO, BARI,
   (), None,
   evidence="two strikes on Nov. 3 in Puntland's Bari region ... killed 'several' militants from the [Islamic State] "
            "group (19 days before publication: an event; two strikes, one day, one admin1 -> one row)")
ev("pentagon-40-killed-aggregate", A, "2017-11-13", "2017-11-09", "2017-11-13", EXP, [AIR], USF, SHB + ISS, SO,
   [""], (), 40, req=False, tp=2,
   evidence="On Nov. 13, the Pentagon said about 40 al-Shabab and Islamic State fighters had been killed in a series "
            "of U.S. strikes over the preceding several days, without giving a breakdown by location")

# ---------------------------------------------------------------- AP, 2020-08-17 (Mon)
A = "somalia_elitehotel_ap"
ev("elite-hotel-car-bomb-and-siege", A, "2020-08-16", "2020-08-16", "2020-08-16", EXP, [SUI, IED], SHB,
   CIV_SO + [""], SO, BAN, (), 16,
   evidence="The attack on the Elite Hotel at Lido beach began shortly before 6 p.m. Sunday when a suicide bomber "
            "detonated a car ... four gunmen ran into the building ... 16 people had been killed, including the five "
            "attackers (10 civilians + 1 security + 5 attackers)")
ev("elite-hotel-gun-battle", A, "2020-08-16", "2020-08-16", "2020-08-16", BAT, ["Armed clash"],
   SNA + POL + SHB + ["Gaashaan", "Haramcad"], SHB + SNA + POL, SO, BAN, (), None, req=False,
   evidence="the gunmen and troops exchanged fire on the stairways ... all four gunmen were shot dead by the special "
            "forces (the siege; toll folded into the bombing row)")
ev("afgoye-road-roadside-bomb", A, "2020-08-15", "2020-08-15", "2020-08-15", EXP, [IED], SHB + UAG_SO, SNA, SO,
   LSH + BAN, (), 3,
   evidence="In a separate incident on Saturday, three soldiers were killed when a roadside bomb hit their vehicle on "
            "the road between Afgoye and Mogadishu ... Al-Shabab also claimed that attack")

# ---------------------------------------------------------------- Reuters, 2019-03-24 (Sun)
A = "somalia_shangani_reuters"
ev("labour-public-works-ministry-attack", A, "2019-03-23", "2019-03-23", "2019-03-23", EXP, [SUI, IED], SHB,
   CIV_SO + POL + ["Government of Somalia", ""], SO, BAN, (), 16,
   evidence="a suicide bomber rammed a car packed with explosives into the gate of the building near the Jubba "
            "junction in Shangani district ... Four gunmen then ran inside ... 11 dead, not counting the attackers ... "
            "Four ... shot dead ... Another militant was a suicide car bomber (11 + 5 = 16)")
ev("ministry-second-device", A, "2019-03-23", "2019-03-23", "2019-03-23", EXP, [IED], SHB + UAG_SO,
   CIV_SO + POL + [""], SO, BAN, (), 0, req=False,
   evidence="A second, smaller explosion went off outside the compound minutes after the first ... a device hidden in "
            "a parked vehicle and ... no one was hurt (may be folded into the main row)")
ev("ministry-gun-battle", A, "2019-03-23", "2019-03-23", "2019-03-23", BAT, ["Armed clash"], POL + SNA + SHB,
   SHB + POL + SNA, SO, BAN, (), None, req=False,
   evidence="before security forces shot the attackers dead (the storming; toll folded into the bombing row)")
ev("maka-al-mukarama-siege", A, "2019-02-28", "2019-02-28", "2019-03-01", EXP, [IED, SUI], SHB + UAG_SO,
   CIV_SO + [""], SO, BAN, (), 24,
   evidence="On Feb. 28, two car bombs exploded on Maka al-Mukarama road ... gunmen ... battled security forces for "
            "almost 24 hours. At least 24 people were killed ... ended on the morning of March 1 (24 days before "
            "publication: an event)")

# ---------------------------------------------------------------- Garowe Online, 2017-02-09 (Thu)
A = "somalia_bosaso_garowe"
BOS = ["Bossaso", "Bosaso", "Boosaaso"]
GUARDS = ["Private Security Forces (Somalia)", "Civilians (Somalia)", "Police Forces of Somalia", "Hotel guards", ""]
ev("village-hotel-attack", A, "2017-02-08", "2017-02-08", "2017-02-08", BAT, ["Armed clash"],
   ISS + SHB + UAG_SO, GUARDS + PL, SO, BARI, BOS, 6,
   evidence="Gunmen stormed ... the International Village Hotel ... early on Wednesday, killing four security guards "
            "before two of the attackers were shot dead ... Amaq ... said fighters loyal to IS had carried out the "
            "raid (governor blamed al-Shabaab, which denied)")
ev("village-hotel-attack-as-vac", A, "2017-02-08", "2017-02-08", "2017-02-08", VAC, ["Attack"], ISS + SHB + UAG_SO,
   GUARDS, SO, BARI, BOS, None, req=False,
   evidence="the same raid coded as an attack on (civilian) hotel guards rather than a clash")
ev("galgala-clash-last-week", A, "2017-02-05", "2017-01-30", "2017-02-08", BAT, ["Armed clash"], PL + SHB, SHB + PL,
   SO, BARI, (), 5, tp=2,
   evidence="Last week, Puntland forces clashed with al-Shabaab fighters in the Galgala mountains west of Bosaso, "
            "killing five of them ... Two soldiers were wounded")

DROP = {
    "somalia_bulomarer_monitor": ["Daily Monitor", "Home", "News", "National", "Africa", "World", "Business", "Sports",
                                  "Opinion", "Share this article", "Facebook", "Twitter", "WhatsApp",
                                  "Related stories", "Somalia: AMISOM begins troop drawdown",
                                  "UPDF soldiers killed in Somalia ambush", "Advertisement",
                                  "© 2018 Monitor Publications Ltd. All rights reserved."],
    "somalia_moqokori_hiiraan": ["Hiiraan Online", "Home", "News", "Somali News", "Opinion", "Somali Language",
                                 "Contact us", "Related",
                                 "Al-Shabaab claims capture of Adan Yabaal after SNA withdrawal",
                                 "Hiiraan governor appeals for support as fighting nears Mahas",
                                 "Copyright © 2025 Hiiraan Online. All Rights Reserved."],
    "somalia_dinsoor_voa": ["VOA", "Africa", "Somalia", "Related", "Somali Forces Retake Town From Al-Shabab",
                            "Pentagon: US Strikes Kill 40 Militants in Somalia", "Follow us"],
    "somalia_elitehotel_ap": ["Copyright 2020 The Associated Press. All rights reserved. This material may not be "
                              "published, broadcast, rewritten or redistributed."],
    "somalia_shangani_reuters": ["Skip to main content", "World", "Business", "Markets", "Breakingviews", "Technology",
                                 "Africa", "Our Standards: The Thomson Reuters Trust Principles.", "Read Next",
                                 "U.N. says Somalia drought could push millions into hunger"],
    "somalia_bosaso_garowe": ["Garowe Online", "HOME", "NEWS", "SOMALIA", "PUNTLAND", "SOMALILAND", "OPINION",
                              "Share this:", "Facebook", "Twitter", "Email", "Related Articles",
                              "Puntland forces retake Qandala from IS fighters",
                              "Bari governor vows crackdown after Bosaso attack",
                              "© 2017 Garowe Online. All rights reserved."],
}
EITHER = {
    "somalia_bondhere_xinhua": ["Editor: Huaxia"],
    "somalia_bulomarer_monitor": ["By Stephen Kafeero & Agencies", "Monday April 02 2018"],
    "somalia_moqokori_hiiraan": ["Tuesday July 8, 2025", "By Hiiraan Online Staff"],
    "somalia_dinsoor_voa": ["November 22, 2017 4:05 AM", "Harun Maruf"],
    "somalia_elitehotel_ap": ["By ABDI GULED", "August 17, 2020", "___",
                              "Associated Press writer Cara Anna in Johannesburg, South Africa, contributed."],
    "somalia_shangani_reuters": ["By Abdi Sheikh", "March 24, 2019 9:41 AM UTC",
                                 "Reporting by Abdi Sheikh and Feisal Omar; Writing by Maggie Fick; Editing by Toby "
                                 "Chopra"],
    "somalia_bosaso_garowe": ["Thursday February 9, 2017 - 09:12:06", "By GO Staff"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="7 hand-written held-out articles (bench/heldout156; Somalia 2017-2025), coded by "
                             "CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
