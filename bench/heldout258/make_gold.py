"""Writes gold.json for the 258th held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 36).

    python bench/heldout258/make_gold.py

Focus: Nigeria 2014-2016 outside the Boko Haram north-east core — Niger Delta Avengers pipeline bombings and
army raids on Gbaramatu (Delta), the police shooting of the Shiite IMN Arbaeen trek near Kano, pro-Biafra (IPOB)
marches in Port Harcourt, Onitsha, Asaba and Aba, the Goska herder attack in southern Kaduna, and Boko Haram
bombings in Abuja, Kano and Kaduna.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

NG = "Nigeria"
MIL = ["Military Forces of Nigeria", "Nigerian Army", "Nigerian Navy", "Joint Task Force", "JTF",
       "Operation Delta Safe", "Military Forces of Nigeria (2015-)", "Military Forces of Nigeria (2010-2015)"]
POL = ["Police Forces of Nigeria", "Nigeria Police Force", "Nigerian Police", "Police Forces of Nigeria (2015-)",
       "Police Forces of Nigeria (2010-2015)"]
CIV = ["Civilians (Nigeria)"]
NDA = ["Niger Delta Avengers", "NDA", "Niger Delta Avengers (NDA)"]
BH = ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS", "Boko Haram - Jamaatu Ahli is-Sunnah "
      "lid-Dawati wal-Jihad", "Unidentified Armed Group (Nigeria)"]
DELTA = ["Delta"]
WSW = ["Warri South-West", "Warri South West", "Warri Southwest", ""]
KANO = ["Kano"]
KANO_CITY = ["Kano Municipal", "Nassarawa", "Fagge", "Gwale", "Tarauni", "Dala", "Kumbotso", "Ungogo", "Kano", ""]

# ---------------------------------------------------------------- Delta (Reuters, 2016-05-06, Fri)
A = "nigeria_okan_reuters"
ev("okan-platform-bombed", A, "2016-05-04", "2016-05-04", "2016-05-05", EXP, ["Remote explosive/landmine/IED"],
   NDA, ["", "Civilians (Nigeria)", "Chevron", "Private Security Forces (Nigeria)"], NG, DELTA,
   ["Warri South-West", "Warri South West", "Warri North", "WarriNorth", ""], 0,
   evidence="A militant group calling itself the Niger Delta Avengers said it blew up Chevron's Okan offshore "
            "platform off the Escravos coast of Delta state late on Wednesday ... no injuries were reported "
            "(guard killed: unconfirmed)")
ev("ogbe-ijoh-nnpc-pipelines", A, "2016-05-05", "2016-05-05", "2016-05-06", EXP, ["Remote explosive/landmine/IED"],
   NDA, ["", "Civilians (Nigeria)"], NG, DELTA, ["Warri South", ""], None,
   evidence="Late on Thursday, the militants struck again, blowing up a crude pipeline and a gas line belonging to "
            "the NNPC near the Ijaw community of Ogbe-Ijoh in Warri South local government area")
ev("escravos-navy-gunboats", A, "2016-05-05", "2016-05-04", "2016-05-06", STR, ["Change to group/activity"],
   MIL, ["", "Niger Delta Avengers"], NG, DELTA, (), 0, req=False, tp=2,
   evidence="additional gunboats had been sent to protect other installations in the area (deployment)")

# ---------------------------------------------------------------- Delta (Vanguard, 2016-06-04, Sat)
A = "nigeria_oporoza_vanguard"
ev("oporoza-raid-shrine", A, "2016-05-28", "2016-05-28", "2016-05-29", STR,
   ["Looting/property destruction", "Change to group/activity", "Other"],
   MIL, CIV + ["", "Niger Delta Avengers"], NG, DELTA, WSW, None,
   evidence="The soldiers had stormed Oporoza in gunboats last Saturday, broke into Tompolo's guest house after "
            "several gunshots ... broken into the community shrine ... destroyed some of its artifacts")
ev("ogbe-ijoh-houseboat-attack", A, "2016-06-01", "2016-06-01", "2016-06-01", BAT, ["Armed clash"],
   NDA + ["Unidentified Armed Group (Nigeria)", "Militants (Nigeria)"] + MIL,
   MIL + NDA + ["Unidentified Armed Group (Nigeria)"], NG, DELTA, ["Warri South", ""], 4,
   evidence="militants, in a surprise attack on Wednesday, killed two soldiers and six civilians and sank a military "
            "houseboat ... near Ogbe-Ijoh in Warri South ... A military source put the death toll at four ... at "
            "least ten")
ev("forcados-export-line-bombed", A, "2016-06-03", "2016-06-03", "2016-06-03", EXP, ["Remote explosive/landmine/IED"],
   NDA, ["", "Civilians (Nigeria)", "Shell"], NG, DELTA, ["Burutu"], None,
   evidence="the Niger Delta Avengers, NDA, blew up Shell's Forcados 48-inch export line at about 3 a.m. yesterday "
            "... near Odimodi in Burutu Local Government Area")
ev("oporoza-troops-withdraw", A, "2016-06-03", "2016-06-03", "2016-06-03", STR,
   ["Change to group/activity", "Non-violent transfer of territory", "Other"], MIL, ["", "Civilians (Nigeria)"],
   NG, DELTA, WSW, 0,
   evidence="AFTER a six-day siege, soldiers of the Joint Task Force, JTF, on Friday pulled out of Oporoza")
ev("gbaramatu-pere-confined", A, "2016-05-28", "2016-05-28", "2016-06-03", STR, ["Arrests"],
   MIL, ["Civilians (Nigeria)", ""], NG, DELTA, WSW, 0, req=False, tp=2,
   evidence="The paramount ruler of Gbaramatu Kingdom ... was confined to his palace throughout the operation")

# ---------------------------------------------------------------- Kano (Premium Times, 2016-11-15, Tue)
A = "nigeria_kwanardawaki_premiumtimes"
IMN = ["Islamic Movement in Nigeria", "IMN", "Islamic Movement of Nigeria", "Protesters (Nigeria)",
       "Shia Muslim Group (Nigeria)", "Shiite Muslim Group (Nigeria)", "Islamic Movement in Nigeria (IMN)"]
KWD = ["Dawakin Kudu", "Kumbotso", ""]
ev("kwanar-dawaki-arbaeen-shooting", A, "2016-11-14", "2016-11-14", "2016-11-14", PRO,
   ["Excessive force against protesters", "Protest with intervention"], IMN + POL, POL + IMN, NG, KANO, KWD, 9,
   evidence="At least nine people, including a police officer, were killed on Monday when police opened fire on "
            "thousands of members of the Islamic Movement in Nigeria ... Kwanar Dawaki ... IMN: at least 20; "
            "grocer: fifteen bodies")
ev("kwanar-dawaki-as-riot", A, "2016-11-14", "2016-11-14", "2016-11-14", RIO, ["Violent demonstration"],
   ["Rioters (Nigeria)"] + IMN + POL, POL + IMN + [""], NG, KANO, KWD, 9, req=False,
   evidence="police version: the marchers attacked officers with machetes, bows and arrows ... One of our officers "
            "was hacked to death")

# ---------------------------------------------------------------- IPOB (AFP, 2015-11-11, Wed)
A = "nigeria_portharcourt_afp"
IPOB = ["Indigenous People of Biafra", "IPOB", "Protesters (Nigeria)", "Indigenous People of Biafra (IPOB)",
        "Biafra Separatists"]
ev("port-harcourt-march-dispersed", A, "2015-11-10", "2015-11-10", "2015-11-10", PRO,
   ["Protest with intervention", "Excessive force against protesters"], IPOB + POL, POL + IPOB + [""], NG,
   ["Rivers"], ["Obio/Akpor", "Port-Harcourt", "Port Harcourt", ""], 0,
   evidence="Police in ... Port Harcourt fired shots and tear gas on Tuesday to break up a march by hundreds of "
            "supporters of an independent Biafra ... Several marchers were bundled into police vans")
ev("onitsha-march-man-killed", A, "2015-11-06", "2015-11-06", "2015-11-06", PRO,
   ["Excessive force against protesters", "Protest with intervention", "Peaceful protest"], IPOB + POL,
   POL + IPOB + [""], NG, ["Anambra"], ["Onitsha North", "Onitsha South", ""], 1,
   evidence="In ... Onitsha ... tens of thousands of IPOB supporters brought business to a halt last Friday ... One man "
            "was killed during the march ... shot by police. The police area commander denied any clash")
ev("asaba-expressway-teargas", A, "2015-11-06", "2015-11-06", "2015-11-06", PRO, ["Protest with intervention"],
   IPOB + POL, POL + IPOB + [""], NG, DELTA, ["Oshimili South", "Oshimili North", ""], 0,
   evidence="On the same day, police used tear gas to disperse dozens of demonstrators who had blocked the "
            "Asaba-Benin expressway in Asaba ... and briefly detained several of them")
ev("bayelsa-80-arrested", A, "2015-11-06", "2015-11-05", "2015-11-06", PRO, ["Protest with intervention"],
   IPOB + POL, POL + IPOB + [""], NG, ["Bayelsa"], (), 0, req=False,
   evidence="In neighbouring Bayelsa state, police said they had arrested more than 80 members of the group "
            "(no place, protest implied)")
ev("aba-peaceful-march", A, "2015-11-07", "2015-11-07", "2015-11-07", PRO, ["Peaceful protest"],
   IPOB, [""], NG, ["Abia"], ["Aba South", "Aba North", ""], 0,
   evidence="Thousands more marched peacefully through the streets of Aba ... on Saturday")
ev("kanu-arrested-lagos", A, "2015-10-14", "2015-10-14", "2015-10-14", STR, ["Arrests"],
   ["State Security Service", "Department of State Services", "DSS", "SSS", "Government of Nigeria"] + POL,
   ["Indigenous People of Biafra", "IPOB", "Nnamdi Kanu", "Civilians (Nigeria)", "Radio Biafra", ""], NG,
   ["Lagos"], (), 0,
   evidence="Nnamdi Kanu ... was arrested by agents of the Department of State Services (DSS) at a Lagos hotel on "
            "October 14 (28 days before publication)")

# ---------------------------------------------------------------- Southern Kaduna (Punch, 2016-12-27, Tue)
A = "nigeria_goska_punch"
FUL = ["Fulani Ethnic Militia (Nigeria)", "Fulani Ethnic Militia", "Fulani Herdsmen", "Fulani herdsmen",
       "Unidentified Armed Group (Nigeria)", "Fulani Militia"]
JEMAA = ["Jema'a", "Jema'A", "Jemaa", "Jama'a"]
ev("goska-attack", A, "2016-12-25", "2016-12-24", "2016-12-25", VAC, ["Attack"],
   FUL, CIV, NG, ["Kaduna"], JEMAA + [""], 5, tp=2,
   evidence="the attack on Goska ... by gunmen suspected to be Fulani herdsmen between Saturday night and Sunday "
            "morning has risen from five to 11 ... The police had on Sunday confirmed five deaths ... six")
ev("ninte-troop-deployment", A, "2016-12-26", "2016-12-26", "2016-12-26", STR, ["Change to group/activity"],
   MIL, [""] + FUL, NG, ["Kaduna"], JEMAA, 0,
   evidence="Oyebade ... ordered the immediate deployment of troops to Ninte ... Soldiers were seen moving into the "
            "area in five buses later in the day (Monday)")
ev("ninte-renewed-attacks", A, "2016-12-26", "2016-12-20", "2016-12-26", VAC, ["Attack"],
   FUL, CIV, NG, ["Kaduna"], JEMAA, None, req=False, tp=2,
   evidence="Ninte, a community in Jema'a where renewed attacks had been reported in the last few days")
ev("kagoma-ammunition-arrest", A, "2016-12-26", "2016-12-26", "2016-12-26", STR,
   ["Arrests", "Disrupted weapons use"], MIL, ["", "Civilians (Nigeria)"] + FUL, NG, ["Kaduna"],
   ["Jaba", "Jema'a", "Jema'A", ""], 0, req=False,
   evidence="troops ... on Monday intercepted two men carrying live ammunition ... Chief of Kagoma, in Jaba LGA "
            "(not notable persons)")

# ---------------------------------------------------------------- Abuja (Daily Trust, 2014-06-26, Thu)
A = "nigeria_wuse_dailytrust"
ev("emab-plaza-bomb", A, "2014-06-25", "2014-06-25", "2014-06-25", EXP,
   ["Remote explosive/landmine/IED", "Suicide bomb"], BH, CIV, NG,
   ["FCT", "Federal Capital Territory", "Abuja Federal Capital Territory", "Abuja"],
   ["Municipal Area Council", "Abuja Municipal", "AMAC", ""], 21,
   evidence="At least 21 people were killed ... when a bomb exploded at the gate of Emab Plaza ... in the Wuse 2 "
            "district of Abuja, on Wednesday afternoon, police said ... 'not less than 24 bodies'")
ev("kano-school-of-hygiene-bomb", A, "2014-06-23", "2014-06-23", "2014-06-23", EXP, ["Suicide bomb"],
   BH, CIV, NG, KANO, KANO_CITY, 8,
   evidence="a suicide bomber struck the Kano State School of Hygiene on Post Office Road in Kano on Monday "
            "afternoon, killing at least eight people, according to the police ... Hospital sources put the death "
            "toll at 12")
ev("mubi-market-bomb", A, "2014-06-25", "2014-06-25", "2014-06-25", EXP, ["Remote explosive/landmine/IED"],
   BH, CIV, NG, ["Adamawa"], ["Mubi North", "Mubi South", "MubiNorth", ""], None,
   evidence="a bomb concealed in a bag exploded at the Kasuwan Kuturu market in Mubi on Wednesday morning. There "
            "was no immediate word on casualties")
ev("abuja-security-stepped-up", A, "2014-06-25", "2014-06-25", "2014-06-26", STR, ["Change to group/activity"],
   MIL + POL, [""], NG, ["FCT", "Federal Capital Territory", "Abuja"], (), 0, req=False,
   evidence="Security was stepped up across Abuja yesterday, with soldiers and police mounting checkpoints")

# ---------------------------------------------------------------- Kano (The Nation, 2014-07-31, Thu)
A = "nigeria_kano_thenation"
ev("kano-polytechnic-suicide-bomb", A, "2014-07-30", "2014-07-30", "2014-07-30", EXP, ["Suicide bomb"],
   BH, CIV, NG, KANO, KANO_CITY, 3,
   evidence="A teenage girl blew herself up among students at the Kano State Polytechnic yesterday afternoon ... "
            "Apart from the suicide bomber, two other students died ... at least six bodies")
ev("hotoro-nnpc-station-bomb", A, "2014-07-28", "2014-07-28", "2014-07-28", EXP, ["Suicide bomb"],
   BH, CIV, NG, KANO, KANO_CITY, None,
   evidence="On Monday, a young woman blew herself up at an NNPC mega filling station in the Hotoro area ... The two "
            "blasts killed at least five people, including both bombers (no split)")
ev("trade-fair-complex-bomb", A, "2014-07-28", "2014-07-28", "2014-07-28", EXP, ["Suicide bomb"],
   BH, CIV + POL + ["", "Private Security Forces (Nigeria)"], NG, KANO, KANO_CITY, None,
   evidence="another detonated her device as she was being searched at the entrance of the Kano Trade Fair Complex "
            "on Zungeru Road")
ev("northwest-university-gate-bomb", A, "2014-07-27", "2014-07-27", "2014-07-27", EXP, ["Suicide bomb"],
   BH, POL + CIV + [""], NG, KANO, KANO_CITY, 1,
   evidence="On Sunday, policemen guarding the gate of the Northwest University ... the girl detonated the bomb ... "
            "killing only herself. Five policemen were injured")
ev("northwest-university-as-foiled", A, "2014-07-27", "2014-07-27", "2014-07-27", STR, ["Disrupted weapons use"],
   POL + BH, BH + POL + [""], NG, KANO, KANO_CITY, 1, req=False,
   evidence="policemen ... isolated a girl who was behaving suspiciously (attack partly foiled)")
ev("kaduna-twin-suicide-bombings", A, "2014-07-23", "2014-07-23", "2014-07-23", EXP, ["Suicide bomb"],
   BH, CIV + ["Muhammadu Buhari", "All Progressives Congress", "APC", ""], NG, ["Kaduna"],
   ["Kaduna North", "Kaduna South", ""], None,
   evidence="twin suicide bombings in Kaduna, one of which targeted the convoy of former head of state, Gen. "
            "Muhammadu Buhari, on July 23 ... dozens of people were killed (8 days before publication)")

# ---------------------------------------------------------------- Delta/Bayelsa (ThisDay, 2016-11-13, Sun)
A = "nigeria_gbaramatu_thisday"
RAID = ["Other", "Looting/property destruction", "Arrests", "Change to group/activity"]
ev("oporoza-cordon-search", A, "2016-11-12", "2016-11-12", "2016-11-12", STR, RAID,
   MIL, CIV + [""], NG, DELTA, WSW, 0,
   evidence="heavily-armed soldiers ... invaded Oporoza and nearby Okerenkoko ... broke into several houses ... Three "
            "young men were taken away")
ev("okerenkoko-cordon-search", A, "2016-11-12", "2016-11-12", "2016-11-12", STR, RAID,
   MIL, CIV + [""], NG, DELTA, WSW, 0,
   evidence="invaded Oporoza and nearby Okerenkoko in search of suspected militants (second named place, same day)")
for place in ("mekama", "tejubor", "okpaleme"):
    ev(f"{place}-sweep-houses-burned", A, "2016-11-06", "2016-11-06", "2016-11-06", STR,
       ["Looting/property destruction", "Other", "Change to group/activity"], MIL, CIV + [""], NG, DELTA, WSW, 0,
       evidence="Last Sunday, soldiers swept through Mekama, Tejubor and Okpaleme ... accused them of beating youths "
                "and setting ablaze a number of thatched houses (three named settlements = three rows)")
ev("batan-npdc-line-bombed", A, "2016-11-10", "2016-11-10", "2016-11-11", EXP, ["Remote explosive/landmine/IED"],
   ["Niger Delta Revolutionary Crusaders", "NDRC", "Niger Delta Revolutionary Crusaders (NDRC)"],
   ["", "Civilians (Nigeria)"], NG, DELTA, WSW + ["Warri South", "Warri North"], None,
   evidence="On Thursday night, a new militant group calling itself the Niger Delta Revolutionary Crusaders claimed "
            "it blew up a crude oil delivery line ... near Batan, about 30 km south-east of Warri")
ev("azuzuama-camp-clash", A, "2016-11-11", "2016-11-11", "2016-11-11", BAT, ["Armed clash"],
   MIL + ["Militants (Nigeria)", "Unidentified Armed Group (Nigeria)"],
   ["Militants (Nigeria)", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)"] + MIL, NG, ["Bayelsa"],
   ["Southern Ijaw", "SouthernIjaw"], 3,
   evidence="troops of the 16 Brigade on Friday exchanged fire with suspected militants at a camp in the creeks near "
            "Azuzuama, in Southern Ijaw ... killing three of them")

DROP = {
    "nigeria_oporoza_vanguard": ["Vanguard", "Home", "News", "Politics", "Business", "Niger Delta", "Sports",
                                 "Share on Facebook", "Share on Twitter", "Related News",
                                 "Avengers: FG opens talks with Delta leaders", "Kachikwu: Oil output falls to 1.4m bpd",
                                 "Niger Delta: Ijaw elders fault military invasion"],
    "nigeria_kwanardawaki_premiumtimes": ["PREMIUM TIMES", "Home", "News", "Top News", "Politics", "Investigation",
                                          "Regional", "Related", "Kaduna government proscribes Shiite movement",
                                          "Zaria clash: Army rejects judicial panel's report",
                                          "Shiites to continue protests until El-Zakzaky is released",
                                          "Copyright © 2016 PREMIUM TIMES. All rights reserved."],
    "nigeria_goska_punch": ["Punch", "Home", "News", "Politics", "Metro Plus", "Editorial", "Sports", "Share", "Tweet",
                            "Related News", "Kaduna killings: Reps to probe attacks",
                            "El-Rufai: Some killers came from other countries",
                            "Southern Kaduna: CAN declares three days of mourning", "Copyright PUNCH.",
                            "All rights reserved."],
    "nigeria_wuse_dailytrust": ["Daily Trust", "Home", "News", "Politics", "Business", "Sports", "Opinion",
                                "Related Articles", "Jonathan vows to defeat terrorists",
                                "Nyanya blast: Suspected mastermind extradited from Sudan",
                                "Copyright © 2014 Daily Trust. All rights reserved."],
    "nigeria_kano_thenation": ["The Nation", "Home", "News", "Politics", "Business", "Sports", "Columnists",
                               "Share this:", "Facebook", "Twitter", "Related Posts",
                               "Female suicide bombers: Women groups urge parents to monitor daughters",
                               "Kano bombing: Emir calls for prayers"],
    "nigeria_gbaramatu_thisday": ["THISDAY", "Home", "Nigeria", "Politics", "Business", "Sunday", "Related",
                                  "Militants bomb NPDC pipeline in Delta", "Avengers: We have not ended ceasefire"],
}
EITHER = {
    "nigeria_okan_reuters": ["By Tife Owolabi",
                             "(Additional reporting by Ulf Laessing in Abuja; Writing by Alexis Akwagyiram; "
                             "Editing by Louise Ireland)"],
    "nigeria_oporoza_vanguard": ["June 4, 2016", "By Emma Amaize, Egufe Yafugborhi & Akpokona Omafuaire"],
    "nigeria_kwanardawaki_premiumtimes": ["November 15, 2016", "Ibrahim Musa Giginyu, Kano"],
    "nigeria_portharcourt_afp": ["bur-phz/jm"],
    "nigeria_goska_punch": ["December 27, 2016", "Godwin Isenyo, Kaduna"],
    "nigeria_wuse_dailytrust": ["Thursday, 26 June 2014 05:00",
                                "Written by Ismail Mudashir, Abdullateef Salau & Hamza Idris"],
    "nigeria_kano_thenation": ["July 31, 2014", "Posted by: Kolade Adeyemi, Kano"],
    "nigeria_gbaramatu_thisday": ["November 13, 2016", "Sylvester Idowu in Warri and Emmanuel Addeh in Yenagoa"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout258; Nigeria 2014-2016 outside the "
                             "Boko Haram north-east core), coded by CODEBOOK.md before the system was run (BLIND).",
               drop=DROP, either=EITHER)
