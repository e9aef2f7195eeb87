"""Writes gold.json for the 276th held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 39).

    python bench/heldout276/make_gold.py

Topic: Pakistan 2014-2023 — suicide bombings on a Quetta seminary mosque, a Nadra office in Mardan, a Muharram
procession in Jacobabad and a Bolan imambargah; a timed bomb on a Peshawar staff bus; a BLA suicide attack on a
Chinese convoy in Gwadar; militant raids and gun battles in Harnai, Awaran and South Waziristan; a landmine in
North Waziristan; the arrest of Imran Khan at Zaman Park and the PTI protests that followed — with background
older than 30 days, context events inside the window, competing tolls and inflated militant claims.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

PK = "Pakistan"
MIL = ["Military Forces of Pakistan", "Pakistan Army", "Frontier Corps", "FC", "Security Forces (Pakistan)"]
POL = ["Police Forces of Pakistan", "Punjab Police", "Sindh Police", "Khyber Pakhtunkhwa Police",
       "Balochistan Police", "Police (Pakistan)"]
CIV = ["Civilians (Pakistan)"]
UAG = ["Unidentified Armed Group (Pakistan)"]
TTP = ["TTP", "Tehreek-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", "Tehreek-i-Taliban Pakistan",
       "Tehrik-e-Taliban Pakistan", "Pakistani Taliban", "TTP: Tehreek-i-Taliban Pakistan"]
JUA = ["Jamaat-ul-Ahrar", "Jamaatul Ahrar", "Jamaat-ul-Ahrar (TTP)", "JuA", "TTP-JA", "Jamaat ul Ahrar"]
IS = ["Islamic State", "Daesh", "ISIS", "ISIL", "Islamic State Khorasan Province", "ISKP", "IS-K",
      "Islamic State (Pakistan)", "Islamic State Pakistan Province"]
LEJ = ["Lashkar-e-Jhangvi", "Lashkar-e-Jhangvi Al-Alami", "Lashkar-e-Jhangvi al-Alami", "LeJ", "LeJ-A",
       "Lashkar-i-Jhangvi"]
LI = ["Lashkar-e-Islam", "Lashkar-i-Islam", "LeI"]
BLA = ["BLA", "Balochistan Liberation Army", "Baloch Liberation Army", "BLA: Balochistan Liberation Army",
       "BLA-Majeed Brigade", "Majeed Brigade", "Balochistan Liberation Army (Majeed Brigade)"]
BALOCH = BLA + ["BLF", "Balochistan Liberation Front", "Baloch Liberation Front", "BRAS", "Baloch Raji Aajoi Sangar",
                "Baloch Separatists", "Baloch Republican Army", "BRA"]
PTI = ["PTI", "Pakistan Tehreek-i-Insaf", "Pakistan Tehreek-e-Insaf", "PTI: Pakistan Tehreek-i-Insaf",
       "Pakistan Tehrik-e-Insaf"]
PROT = ["Protesters (Pakistan)"] + PTI
RIOT = ["Rioters (Pakistan)", "Protesters (Pakistan)"]
BAL = ["Balochistan", "Baluchistan"]
KP = ["Khyber Pakhtunkhwa", "Khyber-Pakhtunkhwa", "KPK", "North-West Frontier Province"]
SIND = ["Sind", "Sindh"]
PUN = ["Punjab"]
QUETTA = ["Quetta"]
SWAZ = ["South Waziristan Agency", "South Waziristan", "Upper South Waziristan", "South Waziristan Upper", ""]

# ---------------------------------------------------------------- Quetta (Express Tribune, 2020-01-11, Sat)
A = "pakistan_ghousabad_tribune"
ev("ghousabad-mosque-suicide-bombing", A, "2020-01-10", "2020-01-10", "2020-01-10", EXP, ["Suicide bomb"],
   IS + UAG, CIV + POL, PK, BAL, QUETTA, 15,
   evidence="A suicide bomber who blew himself up among worshippers offering Maghrib prayers at a seminary mosque in "
            "the Ghousabad neighbourhood of Quetta's Satellite Town on Friday evening killed 15 people ... hospital "
            "had received 16 bodies, but provincial officials stood by their figure of 15")
ev("mcconaghey-road-motorcycle-bomb", A, "2020-01-07", "2020-01-07", "2020-01-07", EXP,
   ["Remote explosive/landmine/IED"], UAG + IS, MIL + CIV, PK, BAL, QUETTA, 2,
   evidence="On Tuesday, an explosive device fitted to a parked motorcycle went off as a Frontier Corps vehicle passed "
            "along McConaghey Road near Liaquat Bazaar, killing two people")
ev("sariab-road-dsp-son-killed", A, "2019-12-31", "2019-12-01", "2019-12-31", VAC, ["Attack"],
   UAG, CIV, PK, BAL, QUETTA, 1, req=False, tp=3,
   evidence="His son Najeebullah was gunned down by unidentified men on Sariab Road last month (only the month known; "
            "part of December lies outside the 30-day window)")

# ---------------------------------------------------------------- Mardan (The News, 2015-12-30, Wed)
A = "pakistan_mardan_thenews"
ev("mardan-nadra-suicide-bombing", A, "2015-12-29", "2015-12-29", "2015-12-29", EXP, ["Suicide bomb"],
   JUA + TTP, CIV, PK, KP, ["Mardan"], 26,
   evidence="A suicide bomber riding a motorcycle blew himself up at the gate of the ... Nadra regional office on Nisatta "
            "Road here on Tuesday, killing 26 people ... Jamaatul Ahrar ... claimed responsibility")
ev("parachinar-eidgah-market-bomb", A, "2015-12-13", "2015-12-13", "2015-12-13", EXP,
   ["Remote explosive/landmine/IED"], LEJ, CIV, PK, KP, ["Kurram", "Kurram Agency"], 23,
   evidence="On Sunday, December 13, a remote-controlled device planted in a bag exploded at the crowded Eidgah "
            "second-hand clothes market ... in Parachinar ... put the death toll at 23, while ... 25 had died")

# ---------------------------------------------------------------- Gwadar (Reuters, 2021-08-21, Sat)
A = "pakistan_gwadar_reuters"
ev("gwadar-east-bay-suicide-bombing", A, "2021-08-20", "2021-08-20", "2021-08-20", EXP, ["Suicide bomb"],
   BLA, CIV + ["Civilians (China)"] + MIL, PK, BAL, ["Gwadar"], 2,
   evidence="A teenage suicide bomber blew himself up next to a convoy carrying Chinese nationals on the East Bay "
            "Expressway ... on Friday evening, killing two children ... BLA claimed ... several of them had been killed")
ev("quetta-hali-road-motorcycle-bomb", A, "2021-08-08", "2021-08-08", "2021-08-08", EXP,
   ["Remote explosive/landmine/IED"], UAG + TTP, POL + CIV, PK, BAL, QUETTA, 2,
   evidence="a bomb fitted to a motorcycle exploded near a police vehicle at the Hali Road roundabout in ... Quetta on "
            "Aug. 8 ... Two policemen were killed")

# ---------------------------------------------------------------- Zaman Park (Dawn, 2023-08-06, Sun)
A = "pakistan_zamanpark_dawn"
ev("imran-khan-arrested-zaman-park", A, "2023-08-05", "2023-08-05", "2023-08-05", STR, ["Arrests"],
   POL + ["Government of Pakistan"], PTI + ["Imran Khan", "Civilians (Pakistan)", ""], PK, PUN, ["Lahore"], 0,
   evidence="Police took former prime minister Imran Khan into custody at his Zaman Park residence in Lahore on "
            "Saturday, barely an hour after an Islamabad trial court found him guilty")
ev("lahore-pti-workers-detained", A, "2023-08-05", "2023-08-05", "2023-08-05", PRO, ["Protest with intervention"],
   PROT, POL + [""], PK, PUN, ["Lahore"], 0,
   evidence="A dozen or so PTI workers who had gathered at the gate and tried to stop the police ... were pushed back and "
            "bundled into police vans ... 48 party workers had been taken into custody from ... the Civil Lines division")
ev("peshawar-pir-zakori-protest-dispersed", A, "2023-08-05", "2023-08-05", "2023-08-05", PRO,
   ["Protest with intervention"], PROT, POL + [""], PK, KP, ["Peshawar"], 0,
   evidence="In Peshawar, police swooped on around 15 workers who had gathered near the Pir Zakori flyover ... The rest "
            "dispersed after the police moved in with batons")
ev("karachi-pti-protests-detained", A, "2023-08-05", "2023-08-05", "2023-08-05", PRO, ["Protest with intervention"],
   PROT, POL + [""], PK, SIND, (), 0,
   evidence="In Karachi, PTI workers staged a demonstration outside the Karachi Press Club ... Police detained six ... "
            "11 more activists were picked up in Malir (one Karachi row; admin2 unscored)")
ev("punjab-police-deployed-cantonments", A, "2023-08-05", "2023-08-05", "2023-08-06", STR,
   ["Change to group/activity"], POL + MIL, [""] + PTI, PK, PUN, (), 0, req=False,
   evidence="additional contingents deployed outside cantonments and military installations in Lahore, Rawalpindi and "
            "Faisalabad (a security deployment; may be skipped)")

# ---------------------------------------------------------------- Peshawar (AFP, 2016-03-16, Wed)
A = "pakistan_sunehrimasjid_afp"
ev("peshawar-sunehri-masjid-bus-bomb", A, "2016-03-16", "2016-03-16", "2016-03-16", EXP,
   ["Remote explosive/landmine/IED"], JUA + LI + TTP + UAG, CIV, PK, KP, ["Peshawar"], 15,
   evidence="A bomb hidden under a seat tore through a bus carrying government employees ... on Wednesday, killing at "
            "least 15 people ... set off by a timing device ... hospital ... had received 16 bodies")
ev("shabqadar-court-suicide-bombing", A, "2016-03-07", "2016-03-07", "2016-03-07", EXP, ["Suicide bomb"],
   JUA + TTP, CIV + POL, PK, KP, ["Charsadda"], 17,
   evidence="a suicide bomber struck the district courts complex in Shabqadar ... in Charsadda district, on Monday, "
            "March 7 ... killing 17 people, including two policemen. Jamaat-ul-Ahrar also claimed that attack")

# ---------------------------------------------------------------- Jacobabad (Geo News, 2015-10-24, Sat)
A = "pakistan_jacobabad_geo"
JCB = ["Jacobabad"]
ev("jacobabad-procession-suicide-bombing", A, "2015-10-23", "2015-10-23", "2015-10-23", EXP, ["Suicide bomb"],
   UAG + LEJ, CIV, PK, SIND, JCB, 18,
   evidence="A suicide bomber struck a 9th Muharram procession ... Lashari Muhalla in Jacobabad on Friday night, killing "
            "at least 18 mourners ... 18 bodies had been identified ... district health officer ... 22 people had died")
ev("jacobabad-mourners-riot", A, "2015-10-23", "2015-10-23", "2015-10-24", RIO, ["Violent demonstration", "Mob violence"],
   RIOT, POL + [""], PK, SIND, JCB, 0,
   evidence="Hundreds of mourners threw stones at policemen, set fire to two vehicles and tried to storm the district "
            "administration offices ... Police fired tear gas shells")
ev("jacobabad-sit-in-dc-office", A, "2015-10-23", "2015-10-23", "2015-10-24", PRO, ["Peaceful protest"],
   ["Protesters (Pakistan)"], [""], PK, SIND, JCB, 0, req=False,
   evidence="Later in the night, the protesters staged a sit-in outside the deputy commissioner's office ... ended it "
            "peacefully (may be folded into the riot)")
ev("jacobabad-army-called-in", A, "2015-10-23", "2015-10-23", "2015-10-24", STR, ["Change to group/activity"],
   MIL, [""], PK, SIND, JCB, 0, req=False,
   evidence="The district administration called in the army, and troops took over security of the town overnight")
ev("chalgari-imambargah-suicide-bombing", A, "2015-10-22", "2015-10-22", "2015-10-22", EXP, ["Suicide bomb"],
   LEJ, CIV, PK, BAL, ["Kachhi", "Bolan", "Kachhi (Bolan)", ""], 10,
   evidence="On Thursday evening, a suicide bomber disguised in a burqa blew himself up inside an imambargah in the "
            "village of Chalgari in Bolan district ... Ten people ... killed ... some local Shia leaders put the toll "
            "at 12. The outlawed Lashkar-e-Jhangvi claimed responsibility")

# ---------------------------------------------------------------- South Waziristan (Arab News, 2023-08-23, Wed)
A = "pakistan_asmanmanza_arabnews"
ev("asman-manza-gunfight", A, "2023-08-22", "2023-08-22", "2023-08-22", BAT, ["Armed clash"],
   TTP + MIL, MIL + TTP, PK, KP, SWAZ, 10,
   evidence="Six Pakistani soldiers and four militants were killed when Pakistani Taliban fighters ambushed an army unit "
            "in the Asman Manza area of the South Waziristan tribal district ... on Tuesday ... TTP ... 'more than a "
            "dozen' soldiers")
ev("shawal-landmine-labourers", A, "2023-08-20", "2023-08-19", "2023-08-20", EXP, ["Remote explosive/landmine/IED"],
   UAG + TTP, CIV, PK, KP, ["North Waziristan", "North Waziristan Agency", ""], 13, tp=2,
   evidence="Over the weekend, 13 labourers were killed ... when the pickup truck carrying them ... hit a landmine in the "
            "Shawal valley of North Waziristan")

# ---------------------------------------------------------------- Harnai (The Nation, 2020-12-28, Mon)
A = "pakistan_harnai_nation"
ev("sharig-fc-post-raid", A, "2020-12-26", "2020-12-26", "2020-12-27", BAT, ["Armed clash"],
   BALOCH + UAG, MIL, PK, BAL, ["Harnai", ""], 7,
   evidence="Seven soldiers of the Frontier Corps were martyred when terrorists raided an FC Balochistan post in the "
            "Sharig area of Harnai district late on Saturday night ... claimed ... 14 soldiers")
ev("awaran-ibo-ten-killed", A, "2020-12-22", "2020-12-22", "2020-12-22", BAT, ["Armed clash"],
   MIL, BALOCH + UAG, PK, BAL, ["Awaran"], 10,
   evidence="security forces killed 10 suspected terrorists in a gun battle during an intelligence-based operation in "
            "the Awaran area of the province last Tuesday")
ev("awaran-patrol-fired-on", A, "2020-12-20", "2020-12-20", "2020-12-20", BAT, ["Armed clash", "Attack"],
   BALOCH + UAG, MIL, PK, BAL, ["Awaran"], 1,
   evidence="militants fired on a security forces' patrol in Awaran two days earlier, on December 20, martyring Lance "
            "Naik Mohammad Iqbal")

DROP = {
    "pakistan_ghousabad_tribune": ["The Express Tribune", "Home", "Pakistan", "Balochistan", "Business", "World",
                                   "Opinion", "Share", "Tweet", "Email", "Related",
                                   "Funeral prayers of DSP Amanullah offered in Quetta",
                                   "Balochistan govt declares emergency in hospitals"],
    "pakistan_zamanpark_dawn": ["DAWN.COM", "Home", "Latest", "Pakistan", "Business", "Opinion", "World", "Sport",
                                "Videos", "Read more",
                                "Toshakhana case: what the verdict means for Imran's political future",
                                "PTI to challenge conviction in IHC", "Copyright © 2023, Dawn"],
    "pakistan_jacobabad_geo": ["GEO NEWS", "Latest", "Pakistan", "World", "Sports", "Business", "Entertainment",
                               "Facebook", "Twitter", "WhatsApp", "Related Stories",
                               "Suicide blast outside imambargah in Bolan kills 10",
                               "Ashura processions culminate peacefully amid tight security",
                               "Copyright © 2015 Geo News. All rights reserved."],
    "pakistan_asmanmanza_arabnews": ["Arab News", "Pakistan", "Middle East", "World", "Business", "Opinion", "Follow",
                                     "Related", "Pakistan says nine soldiers killed in attack on Zhob garrison",
                                     "Pakistan urges Kabul to act against TTP sanctuaries"],
    "pakistan_harnai_nation": ["The Nation", "Home", "National", "Islamabad", "Lahore", "Karachi", "Editorials",
                               "Share:", "Facebook", "Twitter", "Related News", "Terrorists killed in Awaran IBO",
                               "FC soldier martyred in Kech firing"],
}
EITHER = {
    "pakistan_ghousabad_tribune": ["Mohammad Zafar", "January 11, 2020",
                                   "Published in The Express Tribune, January 11th, 2020."],
    "pakistan_mardan_thenews": ["By Mohammad Riaz Mayar", "December 30, 2015"],
    "pakistan_gwadar_reuters": ["By Gul Yousufzai",
                                "(Reporting by Gul Yousufzai in Quetta and Asif Shahzad in Islamabad; Writing by "
                                "Gibran Peshimam; Editing by Alex Richardson)"],
    "pakistan_zamanpark_dawn": ["Asif Chaudhry | Ali Akbar | Imtiaz Ali", "Published August 6, 2023",
                                "Published in Dawn, August 6th, 2023"],
    "pakistan_sunehrimasjid_afp": ["str-ak/jah/as"],
    "pakistan_jacobabad_geo": ["Geo News / Web Desk", "Saturday Oct 24, 2015"],
    "pakistan_asmanmanza_arabnews": ["Saad Sayeed", "August 23, 2023 01:12"],
    "pakistan_harnai_nation": ["Our Staff Reporter", "December 28, 2020"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout276; Pakistan 2014-2023: bombings, "
                             "raids, operations, sectarian attacks, PTI protests), coded by CODEBOOK.md before the "
                             "system was run (BLIND).", drop=DROP, either=EITHER)
