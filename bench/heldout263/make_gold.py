"""Writes gold.json for the 263rd held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 37).

    python bench/heldout263/make_gold.py

Focus: Yemen 2016-2019 — coalition air strikes on a market, a prison and a Sanaa house, Houthi missile and drone
attacks inside Yemen, the Hodeidah offensive (November 2018) and the Houthi port redeployment (May 2019), the
STC-government fighting in Aden (January 2018, August 2019, UAE air strikes on government troops) and AQAP attacks
in Abyan and Shabwa.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

YE = "Yemen"
HOUTHI = ["Houthis", "Houthi", "Ansar Allah", "Ansarallah", "Houthi Movement", "Houthi Rebels", "Houthi Forces",
          "Ansar Allah (Houthis)", "Military Forces of Yemen (Houthi)"]
YEMGOV = ["Military Forces of Yemen", "Yemeni Armed Forces", "Yemeni Army", "Government of Yemen",
          "Pro-Government Forces (Yemen)", "Popular Resistance", "Joint Forces"]
POLICE = ["Police Forces of Yemen"]
SAUDI = ["Military Forces of Saudi Arabia", "Saudi-led coalition", "Saudi-led Coalition", "Arab Coalition",
         "Saudi Arabia-led Coalition", "Operation Restoring Hope", "Military Forces of Saudi Arabia (Coalition)"]
UAE = ["Military Forces of United Arab Emirates", "Military Forces of the United Arab Emirates", "UAE Armed Forces",
       "United Arab Emirates", "Emirati Air Force"] + SAUDI
STC = ["Southern Transitional Council", "STC", "Security Belt Forces", "Security Belt", "Southern Separatists",
       "Southern Movement", "Al Hizam Security Forces", "Southern Resistance Forces"]
SECBELT = ["Security Belt Forces", "Security Belt", "Al Hizam Security Forces", "Southern Transitional Council",
           "STC"] + YEMGOV + POLICE
SHABWANI = ["Shabwani Elite Forces", "Shabwa Elite Forces", "Shabwani Elite", "Shabwa Elite"] + YEMGOV
GIANTS = ["Giants Brigades", "Al Amalika Brigades", "Amaliqa Brigades"] + YEMGOV
AQAP = ["AQAP", "Al Qaeda in the Arabian Peninsula", "Al-Qaeda in the Arabian Peninsula", "Al Qaeda", "Al-Qaeda",
        "Al Qaida", "Ansar al-Sharia"]
UNID = ["Unidentified Armed Group (Yemen)"]
CIV = ["Civilians (Yemen)"]

SAADA = ["Sa'dah", "Saada", "Sadah", "Saadah", "Sa'ada", "Sa'adah"]
ADEN = ["Aden", "'Adan", "Adan"]
ABYAN = ["Abyan"]
HUD = ["Al Hudaydah", "Hodeidah", "Hudaydah", "Al Hodeidah", "Hodeida", "Al-Hudaydah"]
SANAA_CITY = ["Amanat Alasimah", "Amanat Al Asimah", "Amanat al-Asimah", "Sanaa", "Sana'a", "Sanaa City"]
SANAA_GOV = ["Sanaa", "Sana'a", "Sanaa Governorate"]
TAIZ = ["Ta'izz", "Taizz", "Taiz", "Taez"]
SHABWA = ["Shabwah", "Shabwa"]
MARIB = ["Ma'rib", "Marib"]
DHALE = ["Ad Dali'", "Ad Dali", "Al Dhale'e", "Dhale", "Al Dhalea", "Al-Dhalea", "Ad Dhale"]

# ---------------------------------------------------------------- Saada (The New Arab, 2019-07-30, Tue)
A = "yemen_qataber_newarab"
ev("thabit-market-attack", A, "2019-07-29", "2019-07-29", "2019-07-29", EXP,
   ["Air/drone strike", "Shelling/artillery/missile attack"], SAUDI + HOUTHI, CIV, YE, SAADA,
   ["Qatabir", "Qataber", "Qatabir district"], 10,
   evidence="At least ten civilians ... were killed on Monday when projectiles slammed into a packed weekly market in "
            "the Al-Thabit area of Qatabir district ... hospital 13, Al-Masirah 14, Eryani (Katyusha rockets) ten")
ev("kitaf-boqee-soldiers-killed", A, "2019-07-28", "2019-07-28", "2019-07-28", BAT, ["Armed clash"],
   HOUTHI + YEMGOV, YEMGOV + HOUTHI, YE, SAADA, ["Kitaf wa Al Boqe'e", "Kitaf", "Kitaf wa al-Boqe'e"], 4,
   evidence="four soldiers had been killed on Sunday when Houthi fighters attacked their positions near the village "
            "of Al-Boqe'e in neighbouring Kitaf district")
ev("kitaf-houthi-claim-repelled-advance", A, "2019-07-29", "2019-07-28", "2019-07-29", BAT, ["Armed clash"],
   HOUTHI + YEMGOV, YEMGOV + HOUTHI, YE, SAADA, ["Kitaf wa Al Boqe'e", "Kitaf"], None, req=False, tp=2,
   evidence="The rebels ... claimed on Monday to have repelled 'a large-scale advance' in the same area and to have "
            "killed 'dozens of mercenaries' (may be the Sunday clash told by the other side)")

# ---------------------------------------------------------------- Aden (AP, 2019-08-30, Fri)
A = "yemen_aden_ap"
ev("alam-uae-airstrikes-on-troops", A, "2019-08-29", "2019-08-29", "2019-08-29", EXP, ["Air/drone strike"],
   UAE, YEMGOV + [""], YE, ADEN + ABYAN, (), 30,
   evidence="Airstrikes hit columns of Yemeni government troops at the eastern gates of ... Aden on Thursday, killing "
            "at least 30 soldiers ... near the al-Alam checkpoint (Eryani 40, Defense Ministry 300 killed and wounded)")
ev("aden-airport-uae-strikes-wed", A, "2019-08-28", "2019-08-28", "2019-08-28", EXP, ["Air/drone strike"],
   UAE, YEMGOV + [""], YE, ADEN, (), None, req=False,
   evidence="the UAE said its jets had carried out 'precise and direct airstrikes' on Wednesday and Thursday against "
            "militias that had attacked coalition forces at Aden's airport (Wednesday's strikes)")
ev("aden-govt-retake-wed", A, "2019-08-28", "2019-08-28", "2019-08-28", BAT,
   ["Government regains territory", "Armed clash"], YEMGOV, STC + [""], YE, ADEN, (), None,
   evidence="Government forces pushed into Aden on Wednesday ... said they had recaptured the airport and most of the "
            "city's districts, in fighting that left bodies in the streets of Khor Maksar")
ev("aden-stc-retake-thu", A, "2019-08-29", "2019-08-29", "2019-08-29", BAT,
   ["Non-state actor overtakes territory", "Armed clash"], STC, YEMGOV + [""], YE, ADEN, (), None,
   evidence="By Thursday evening ... the Southern Transitional Council ... said its Security Belt forces had retaken "
            "'every inch' of Aden")
ev("zinjibar-govt-entry", A, "2019-08-27", "2019-08-26", "2019-08-29", BAT,
   ["Government regains territory", "Non-state actor overtakes territory"], YEMGOV, STC + [""], YE, ABYAN,
   ["Zingibar", "Zinjibar"], None, tp=2,
   evidence="Earlier in the week, government troops entered Zinjibar, the capital of neighboring Abyan province, after "
            "separatists pulled out of several positions there")
ev("ataq-govt-retake", A, "2019-08-22", "2019-08-19", "2019-08-25", BAT, ["Government regains territory", "Armed clash"],
   YEMGOV, STC + SHABWANI[:4] + [""], YE, SHABWA, ["Ataq", "Ataq City"], None, tp=2,
   evidence="Last week, forces loyal to President Abed Rabbo Mansour Hadi drove UAE-backed units out of Ataq, the "
            "capital of the oil-producing Shabwa province")
ev("aden-stc-seize-aug10", A, "2019-08-10", "2019-08-10", "2019-08-10", BAT,
   ["Non-state actor overtakes territory"], STC, YEMGOV + [""], YE, ADEN, (), None,
   evidence="The separatists seized Aden ... on Aug. 10 after four days of street battles in which the United Nations "
            "said some 40 people were killed ... overran the presidential palace in the Crater district and army camps")
ev("aden-street-battles-aug7-10", A, "2019-08-10", "2019-08-07", "2019-08-10", BAT, ["Armed clash"],
   STC + YEMGOV, YEMGOV + STC, YE, ADEN, (), 40, req=False, tp=2,
   evidence="four days of street battles in which the United Nations said some 40 people were killed (may be folded "
            "into the Aug. 10 capture)")
ev("hadi-forces-withdraw-aden", A, "2019-08-29", "2019-08-29", "2019-08-30", STR, ["Change to group/activity", "Other"],
   YEMGOV, [""] + STC, YE, ADEN, (), 0, req=False,
   evidence="Hadi ... said in a statement that his forces had withdrawn from Aden 'to spare the city destruction'")

# ---------------------------------------------------------------- Hodeidah/Zaydiyah (AFP, 2016-10-30, Sun)
A = "yemen_zaydiyah_afp"
ev("zaydiyah-prison-strike", A, "2016-10-29", "2016-10-29", "2016-10-30", EXP, ["Air/drone strike"],
   SAUDI, CIV + HOUTHI + [""], YE, HUD, ["Az Zaydiyah", "Zaydiyah", "Al Zaydiyah", "Zaidiyah"], 30,
   evidence="Arab coalition warplanes bombed a security compound housing a prison in ... Zaydiyah ... late on Saturday "
            "... 60 (health official, Saba), 43 (Al-Masirah), 30 (security and medical officials)")
ev("sanaa-funeral-hall-strike", A, "2016-10-08", "2016-10-08", "2016-10-08", EXP, ["Air/drone strike"],
   SAUDI, CIV, YE, SANAA_CITY, (), 140,
   evidence="an air raid on a packed funeral hall in Sanaa on October 8 killed more than 140 people (22 days before "
            "publication: inside the 30-day window)")
ev("oct19-72-hour-ceasefire", A, "2016-10-19", "2016-10-17", "2016-10-19", STR, ["Agreement"],
   HOUTHI + YEMGOV + SAUDI + ["United Nations"], YEMGOV + HOUTHI + SAUDI + [""], YE, ["", "Amanat Alasimah", "Sanaa"],
   (), None, req=False,
   evidence="a 72-hour ceasefire that took effect just before midnight on October 19 but was widely violated and lapsed "
            "on October 22")
ev("taiz-rawdha-shelling", A, "2016-10-29", "2016-10-29", "2016-10-29", EXP, ["Shelling/artillery/missile attack"],
   HOUTHI, CIV, YE, TAIZ, (), 3,
   evidence="In the southwestern city of Taez, three civilians, including a woman, were killed on Saturday when rebel "
            "shells hit the Al-Rawdha residential district")
ev("taiz-hilltops-clash", A, "2016-10-29", "2016-10-29", "2016-10-30", BAT, ["Armed clash"],
   YEMGOV + HOUTHI, HOUTHI + YEMGOV, YE, TAIZ, (), None, req=False,
   evidence="Loyalist forces and rebels also fought for control of hilltops west of the city ... without giving "
            "casualty figures (date only implied)")
ev("nihm-clash", A, "2016-10-28", "2016-10-28", "2016-10-28", BAT, ["Armed clash"],
   YEMGOV + HOUTHI, HOUTHI + YEMGOV, YE, SANAA_GOV, ["Nihm", "Nehm"], 8,
   evidence="loyalists said they had killed eight rebels in clashes on Friday in the Nihm district east of Sanaa")

# ---------------------------------------------------------------- Sanaa (Reuters, 2019-05-16, Thu)
A = "yemen_sanaa_reuters"
ev("raqqas-house-strike", A, "2019-05-16", "2019-05-16", "2019-05-16", EXP, ["Air/drone strike"],
   SAUDI, CIV, YE, SANAA_CITY, (), 4,
   evidence="one of which flattened a house in a crowded residential district and killed at least four people ... "
            "the central Raqqas neighbourhood (health ministry: six, 52 wounded)")
ev("sanaa-military-targets-strikes", A, "2019-05-16", "2019-05-16", "2019-05-16", EXP, ["Air/drone strike"],
   SAUDI, HOUTHI + [""], YE, SANAA_CITY, (), None, req=False,
   evidence="The coalition said it had struck nine 'legitimate military targets' in Sanaa ... Explosions were heard "
            "from the direction of the Dailami air base ... Nuqum mountain (may be folded into the Raqqas row)")
PORTS = dict(tp=2)
ev("hodeidah-port-redeployment", A, "2019-05-14", "2019-05-11", "2019-05-14", STR,
   ["Change to group/activity", "Non-violent transfer of territory", "Other"], HOUTHI,
   ["", "Yemeni Coast Guard", "Coast Guard (Yemen)"] + POLICE + YEMGOV, YE, HUD, (), 0, **PORTS,
   evidence="the U.N. had confirmed that the Houthis had completed their withdrawal from the ports of Hodeidah, Salif "
            "and Ras Isa, which began on Saturday, and had handed security to a local coast guard")
ev("salif-port-redeployment", A, "2019-05-14", "2019-05-11", "2019-05-14", STR,
   ["Change to group/activity", "Non-violent transfer of territory", "Other"], HOUTHI,
   ["", "Yemeni Coast Guard", "Coast Guard (Yemen)"] + POLICE + YEMGOV, YE, HUD, ["As Salif", "Salif"], 0,
   req=False, **PORTS, evidence="the same withdrawal, Salif port as its own row")
ev("ras-isa-port-redeployment", A, "2019-05-14", "2019-05-11", "2019-05-14", STR,
   ["Change to group/activity", "Non-violent transfer of territory", "Other"], HOUTHI,
   ["", "Yemeni Coast Guard", "Coast Guard (Yemen)"] + POLICE + YEMGOV, YE, HUD, ["As Salif", "Salif"], 0,
   req=False, **PORTS, evidence="the same withdrawal, Ras Isa port as its own row")
ev("qataba-clash", A, "2019-05-15", "2019-05-15", "2019-05-15", BAT, ["Armed clash"],
   YEMGOV + HOUTHI, HOUTHI + YEMGOV, YE, DHALE, ["Qa'atabah", "Qataba", "Qatabah", "Qa`tabah"], 12,
   evidence="government-aligned fighters and Houthi forces clashed on Wednesday around the town of Qataba ... at least "
            "12 combatants from both sides were killed")

# ---------------------------------------------------------------- Shabwa/Aden (Arab News, 2018-01-31, Wed)
A = "yemen_nokhan_arabnews"
ev("nokhan-checkpoint-suicide-attack", A, "2018-01-30", "2018-01-30", "2018-01-30", EXP,
   ["Suicide bomb", "Remote explosive/landmine/IED"], AQAP, SHABWANI, YE, SHABWA, (), 14,
   evidence="a suicide bomber rammed it with an explosives-laden car, killing at least 14 soldiers ... The dawn assault "
            "on Tuesday targeted a checkpoint of the Shabwani Elite forces in the Nokhan area, some 30 km east of Ataq")
ev("nokhan-checkpoint-gunfight", A, "2018-01-30", "2018-01-30", "2018-01-30", BAT, ["Armed clash"],
   AQAP, SHABWANI, YE, SHABWA, (), 14, req=False,
   evidence="After the blast, gunmen opened fire on the position and shelled it with mortars (the same attack coded "
            "as a clash)")
ev("aden-stc-seize-govt-hq", A, "2018-01-28", "2018-01-28", "2018-01-28", BAT,
   ["Non-state actor overtakes territory", "Armed clash"], STC, YEMGOV + [""], YE, ADEN, (), 15,
   evidence="Fighters loyal to the Southern Transitional Council (STC) took control of the government headquarters in "
            "Aden on Sunday after clashes with the presidential guard that killed at least 15 people")
ev("aden-stc-overrun-4th-brigade", A, "2018-01-30", "2018-01-30", "2018-01-30", BAT,
   ["Non-state actor overtakes territory", "Armed clash"], STC, YEMGOV + [""], YE, ADEN, (), None,
   evidence="On Tuesday, the separatists overran the main base of the 4th Presidential Protection Brigade and "
            "encircled the Maashiq presidential palace in the Crater district")
ev("aden-truce", A, "2018-01-31", "2018-01-31", "2018-01-31", STR, ["Agreement"],
   STC + YEMGOV + SAUDI + UAE[:4], STC + YEMGOV + SAUDI + UAE[:4] + [""], YE, ADEN, (), None,
   evidence="a truce brokered by Saudi and Emirati officers took hold on Wednesday morning after three days of "
            "fighting between government forces and southern separatists")
ev("sheikh-othman-imam-shot", A, "2018-01-29", "2018-01-29", "2018-01-29", VAC, ["Attack"],
   UNID + AQAP + ["Islamic State"], CIV, YE, ADEN, ["Ash Shaikh Outhman", "Sheikh Othman", "Ash Shaykh Uthman",
                                                 "Shaikh Othman"], 1,
   evidence="In a separate incident on Monday, gunmen on a motorbike shot dead a local imam outside a mosque in Aden's "
            "Sheikh Othman district")

# ---------------------------------------------------------------- Abyan (Xinhua, 2018-08-30, Thu)
A = "yemen_ahwar_xinhua"
ev("ahwar-mahsama-checkpoint", A, "2018-08-28", "2018-08-28", "2018-08-29", BAT, ["Armed clash"],
   AQAP, SECBELT, YE, ABYAN, ["Ahwar"], 5,
   evidence="Dozens of suspected al-Qaida militants stormed a checkpoint of the UAE-backed Security Belt forces ... late "
            "on Tuesday, killing five soldiers ... al-Mahsama, in the coastal Ahwar district")
ev("lawdar-qarnain-checkpoint", A, "2018-08-29", "2018-08-29", "2018-08-30", BAT, ["Armed clash"],
   AQAP + UNID, SECBELT, YE, ABYAN, ["Lawdar", "Lowdar", "Lodar"], None,
   evidence="on Wednesday evening, suspected al-Qaida gunmen opened fire on al-Qarnain checkpoint in al-Ain area of "
            "Lawdar district ... The final toll of the clashes was not immediately known")
ev("lawdar-security-chief-ambush", A, "2018-08-20", "2018-08-20", "2018-08-20", BAT, ["Armed clash"],
   AQAP + UNID, POLICE + YEMGOV + SECBELT[:5], YE, ABYAN, ["Lawdar", "Lowdar", "Lodar"], 0,
   evidence="Lawdar's security chief ... survived an assassination attempt on August 20 when gunmen believed to belong "
            "to AQAP opened fire on his motorcade ... None of his guards was hurt")
ev("lawdar-security-chief-ambush-as-attack", A, "2018-08-20", "2018-08-20", "2018-08-20", VAC, ["Attack"],
   AQAP + UNID, POLICE + YEMGOV + CIV, YE, ABYAN, ["Lawdar", "Lowdar", "Lodar"], 0, req=False,
   evidence="the same assassination attempt coded as an attack on an individual")
ev("jaar-road-bomb-defused", A, "2018-08-27", "2018-08-27", "2018-08-27", STR, ["Disrupted weapons use"],
   SECBELT, AQAP + UNID + [""], YE, ABYAN, (), 0,
   evidence="On Monday, engineers of the Security Belt defused a roadside bomb planted on the road linking Zinjibar ... "
            "with the town of Jaar")

# ---------------------------------------------------------------- Marib (The National, 2019-11-14, Thu)
A = "yemen_marib_thenational"
ev("sahn-al-jin-missile", A, "2019-11-13", "2019-11-13", "2019-11-13", EXP, ["Shelling/artillery/missile attack"],
   HOUTHI, YEMGOV + SAUDI, YE, MARIB, ["Marib City", "Marib", "Ma'rib", "Madinat Marib", "Ma'rib City", ""], 5,
   evidence="Houthi rebels fired a ballistic missile at the Saudi-led coalition's headquarters in ... Marib on "
            "Wednesday ... killing at least five soldiers (Al Arabiya: seven)")
ev("mokha-missiles-drones", A, "2019-11-07", "2019-11-04", "2019-11-10", EXP,
   ["Shelling/artillery/missile attack", "Air/drone strike"], HOUTHI, YEMGOV + CIV + [""], YE, TAIZ,
   ["Al Mukha'", "Al Mukha", "Mocha", "Mokha", "Al Makha"], 8, tp=2,
   evidence="Last week, the Houthis fired missiles and explosive-laden drones at the Red Sea port city of Mokha, killing "
            "eight people, four of them civilians, and damaging a hospital")
ev("south-hodeidah-attack-repelled", A, "2019-11-12", "2019-11-12", "2019-11-12", BAT, ["Armed clash"],
   HOUTHI + YEMGOV, YEMGOV + HOUTHI, YE, HUD, (), 4,
   evidence="his troops had repelled a Houthi attack south of the port city of Hodeidah on Tuesday, killing four rebel "
            "fighters")
ev("hays-farms-shelling-claim", A, "2019-11-13", "2019-11-11", "2019-11-14", EXP, ["Shelling/artillery/missile attack"],
   YEMGOV, CIV + HOUTHI + [""], YE, HUD, ["Hays"], None, req=False, tp=2,
   evidence="The rebels in turn accused the joint forces of shelling farms in Hays district, a claim that could not be "
            "verified (undated accusation)")

# ---------------------------------------------------------------- Hodeidah (Middle East Eye, 2018-11-10, Sat)
A = "yemen_hodeidah_middleeasteye"
ev("may22-hospital-captured", A, "2018-11-09", "2018-11-09", "2018-11-09", BAT,
   ["Government regains territory", "Armed clash"], GIANTS, HOUTHI, YE, HUD, (), None,
   evidence="Yemeni pro-government forces seized the main hospital in the eastern part of ... Hodeidah on Friday ... "
            "Giants Brigades ... took full control of the May 22 Hospital along with the nearby Yemen Mobile roundabout")
ev("hodeidah-entry-overnight-fighting", A, "2018-11-08", "2018-11-07", "2018-11-08", BAT,
   ["Armed clash", "Government regains territory"], GIANTS + HOUTHI, HOUTHI + GIANTS, YE, HUD, (), 58,
   evidence="loyalist forces ... entered the city's residential neighbourhoods on Thursday for the first time ... 47 "
            "Houthi fighters were killed ... overnight into Thursday ... 11 loyalist soldiers (coalition site: 140+)")
ev("fiftieth-street-secured", A, "2018-11-07", "2018-11-07", "2018-11-07", BAT,
   ["Government regains territory", "Armed clash"], GIANTS, HOUTHI, YE, HUD, (), None,
   evidence="On Wednesday, the Giants Brigades, supported by Apache attack helicopters, secured a stretch of 50th "
            "Street, the main road leading west to the port")
ev("save-children-facility-hit", A, "2018-11-06", "2018-11-06", "2018-11-06", EXP,
   ["Shelling/artillery/missile attack", "Air/drone strike"], UNID + HOUTHI + SAUDI + YEMGOV, CIV + [""], YE, HUD,
   (), 0,
   evidence="Save the Children said a health facility it supports in the city came under fire on Tuesday morning, "
            "damaging a pharmacy ... Nobody was hurt")
ev("save-children-facility-hit-as-attack", A, "2018-11-06", "2018-11-06", "2018-11-06", VAC, ["Attack"],
   UNID + HOUTHI + SAUDI + YEMGOV, CIV + [""], YE, HUD, (), 0, req=False,
   evidence="the same incident coded as an attack on a civilian facility")

DROP = {
    "yemen_qataber_newarab": ["The New Arab", "Skip to main content", "News", "Analysis", "Opinion", "In Depth",
                              "Yemen", "Share this page:", "twitter", "facebook", "Follow us on Twitter: @The_NewArab",
                              "Most Popular", "Saudi-led coalition says it intercepted Houthi drone over Jizan",
                              "UAE confirms drawdown of troops in Yemen"],
    "yemen_aden_ap": ["Copyright 2019 The Associated Press. All rights reserved. This material may not be published, "
                      "broadcast, rewritten or redistributed."],
    "yemen_nokhan_arabnews": ["Arab News", "Home", "Saudi Arabia", "Middle East", "World", "Business", "Opinion",
                              "Sport", "Related Articles", "Coalition calls for calm in Aden as clashes spread",
                              "Yemen's Hadi accuses separatists of coup attempt"],
    "yemen_marib_thenational": ["The National", "UAE", "World", "Business", "Opinion", "Lifestyle", "Sport", "Share",
                                "Facebook", "Twitter", "Most popular",
                                "Yemen's government and separatists set to form new cabinet"],
    "yemen_hodeidah_middleeasteye": ["Middle East Eye", "News", "Opinion", "Big Story", "Discover", "Related coverage",
                                     "Yemen's children starving as Hodeidah battle rages",
                                     "Saudi-led coalition air strikes kill family in Sanaa"],
}
EITHER = {
    "yemen_qataber_newarab": ["Date of publication: 30 July, 2019"],
    "yemen_aden_ap": ["By AHMED AL-HAJ and MAGGIE MICHAEL", "Associated Press writer Maggie Michael reported from Cairo."],
    "yemen_zaydiyah_afp": ["str-bur/hc"],
    "yemen_sanaa_reuters": ["Reporting by Mohammed Ghobari in Aden, Abdulrahman al-Ansi in Sanaa and Aziz El Yaakoubi "
                            "in Dubai; Writing by Ghaida Ghantous; Editing by Alison Williams"],
    "yemen_nokhan_arabnews": ["Updated 31 January 2018", "AFP"],
    "yemen_ahwar_xinhua": ["Source: Xinhua| 2018-08-30 18:42:10|Editor: mmm", "Enditem"],
    "yemen_marib_thenational": ["Mina Aldroubi", "November 14, 2019"],
    "yemen_hodeidah_middleeasteye": ["MEE staff", "Published date: 10 November 2018 13:05 GMT"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout263; Yemen 2016-2019), coded by "
                             "CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
