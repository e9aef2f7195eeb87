"""Writes gold.json for the 138th held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout138/make_gold.py

Focus: Pakistan 2014-2025 — suicide bombings (Rawalpindi 2014, Quetta police college 2016, Quetta rally 2025),
an attack on a police headquarters (Loralai 2019) and on a paramilitary headquarters (Bannu 2025), a tribal
land-dispute clash in Kurram (2023), protests met with tear gas and mass detentions (PTI 2023, BYC 2024), with
the usual traps: background older than 30 days, statements, plans, an explosion blamed on a gas leak, tolls in
words and ranges, relative dates.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

PK = "Pakistan"
KP = ["Khyber Pakhtunkhwa", "Khyber-Pakhtunkhwa", "KP", "North-West Frontier Province",
      "Federally Administered Tribal Areas", "FATA"]
BAL = ["Balochistan", "Baluchistan"]
PUN = ["Punjab"]
SIND = ["Sind", "Sindh"]
ISB = ["Islamabad", "Islamabad Capital Territory", "Federal Capital Territory"]
NWA = ["North Waziristan", "North Waziristan Agency", "North Waziristan District", "South Waziristan Agency"]

MIL_PK = ["Military Forces of Pakistan"]
POL_PK = ["Police Forces of Pakistan"]
CIV_PK = ["Civilians (Pakistan)"]
UAG_PK = ["Unidentified Armed Group (Pakistan)"]
PROT_PK = ["Protesters (Pakistan)"]
RIOT_PK = ["Rioters (Pakistan)"]
TTP = ["Tehreek-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", "Tehreek-i-Taliban Pakistan",
       "Tehrik-e-Taliban Pakistan", "TTP", "Pakistani Taliban", "Pakistan Taliban"]
LEJ = ["Lashkar-e-Jhangvi", "LeJ", "Lashkar-e-Jhangvi (LeJ)", "Lashkar-e-Jhangvi al-Alami", "Lashkar-e-Jhangvi Al-Alami",
       "LeJ al-Alami", "LeJ-A", "Lashkar-i-Jhangvi"]
IS_PK = ["Islamic State", "IS", "ISIS", "ISIL", "Daesh", "Islamic State (Pakistan)", "Islamic State Pakistan Province",
         "ISPP", "Islamic State Khorasan Province", "ISKP", "IS-K", "ISIS-K", "Islamic State Khorasan"]
HAZ = ["Hazara Ethnic Group (Pakistan)", "Shia Muslim Group (Pakistan)", "Hazara Shia Muslim Group (Pakistan)"]

# ---------------------------------------------------------------- AFP, 2014-01-22 (Wed)
A = "pakistan_mastung_afp"
ev("mastung-pilgrim-bus-bomb", A, "2014-01-21", "2014-01-21", "2014-01-21", EXP,
   ["Remote explosive/landmine/IED", "Suicide bomb"], LEJ + UAG_PK, CIV_PK + HAZ, PK, BAL, ["Mastung"], 24,
   evidence="A bomb tore through a bus carrying Shiite pilgrims ... on Tuesday, killing at least 24 ... in the "
            "Dringarh area of Mastung district ... device had been placed in a car parked beside the road and set "
            "off by remote control (police first said a suicide car bomb; Hazara leaders say 28)")
ev("quetta-alamdar-road-coffin-sitin", A, "2014-01-22", "2014-01-21", "2014-01-22", PRO, ["Peaceful protest"],
   PROT_PK + HAZ, [""], PK, BAL, ["Quetta"], 0,
   evidence="On Wednesday hundreds of Hazara men, women and children sat on Alamdar Road in Quetta beside the "
            "coffins ... for a second day ... The sit-in, which began late on Tuesday, was peaceful")
ev("rawalpindi-ra-bazaar-suicide-bomb", A, "2014-01-20", "2014-01-20", "2014-01-20", EXP, ["Suicide bomb"],
   TTP, MIL_PK + CIV_PK, PK, PUN, ["Rawalpindi"], 14,
   evidence="a suicide bomber blew himself up near the army's General Headquarters in ... Rawalpindi, killing 13 "
            "people including six soldiers ... in the crowded RA Bazaar area on Monday morning (13 + bomber)")
ev("bannu-convoy-vehicle-bomb", A, "2014-01-19", "2014-01-19", "2014-01-19", EXP, ["Remote explosive/landmine/IED"],
   TTP, MIL_PK, PK, KP, ["Bannu"], 20,
   evidence="On Sunday, a bomb hidden in a civilian vehicle hired to carry troops exploded as a convoy was preparing "
            "to leave the cantonment in ... Bannu ... killing 20 soldiers")
ev("mir-ali-air-strikes", A, "2014-01-21", "2014-01-20", "2014-01-21", EXP, ["Air/drone strike"],
   MIL_PK, TTP + UAG_PK + CIV_PK, PK, KP, NWA, 40,
   evidence="Pakistani jets and helicopter gunships then pounded suspected militant hideouts in the Mir Ali area of "
            "North Waziristan overnight Monday, killing around 40 militants")

# ---------------------------------------------------------------- Dawn, 2016-10-26 (Wed)
A = "pakistan_sariab_dawn"
PTC_ATT = IS_PK + LEJ + UAG_PK
ev("quetta-police-training-college-attack", A, "2016-10-24", "2016-10-24", "2016-10-25", EXP, ["Suicide bomb"],
   PTC_ATT, POL_PK + MIL_PK, PK, BAL, ["Quetta"], 64,
   evidence="Three heavily armed militants wearing suicide vests entered the college ... at around 11pm on Monday "
            "... Two of them blew themselves up ... the third was shot dead ... Of the 61 people killed, 59 were "
            "police cadets (61 + 3 attackers)")
ev("quetta-ptc-gunfight", A, "2016-10-24", "2016-10-24", "2016-10-25", BAT, ["Armed clash"],
   PTC_ATT + MIL_PK, MIL_PK + POL_PK + PTC_ATT, PK, BAL, ["Quetta"], 64, req=False,
   evidence="Troops of the army and Frontier Corps ... engaged the attackers ... operation was concluded at around "
            "3am on Tuesday (the same attack read as a battle)")
ev("sariab-road-relatives-protest", A, "2016-10-25", "2016-10-25", "2016-10-25", PRO, ["Peaceful protest"],
   PROT_PK, [""], PK, BAL, ["Quetta"], 0,
   evidence="On Tuesday afternoon, several dozen relatives of the cadets and residents ... blocked Sariab Road for "
            "about an hour ... They dispersed peacefully after the deputy commissioner met them")
ev("spinny-road-hazara-women-shot", A, "2016-10-04", "2016-10-04", "2016-10-04", VAC, ["Attack"],
   UAG_PK + LEJ, CIV_PK + HAZ, PK, BAL, ["Quetta"], 4,
   evidence="Earlier this month, on October 4, gunmen riding motorcycles stopped a passenger bus on Spinny Road near "
            "Quetta and shot dead four Hazara women (22 days before publication: an event)")
ev("sariab-search-operation-suspects", A, "2016-10-25", "2016-10-25", "2016-10-25", STR, ["Arrests"],
   MIL_PK + POL_PK, UAG_PK + [""], PK, BAL, ["Quetta"], 0, req=False,
   evidence="Security forces also carried out search operations in Sariab ... a number of suspects had been taken "
            "into custody (unnamed suspects, not notable persons)")

# ---------------------------------------------------------------- The Express Tribune, 2019-01-30 (Wed)
A = "pakistan_loralai_tribune"
ev("loralai-dig-office-attack", A, "2019-01-29", "2019-01-29", "2019-01-29", BAT, ["Armed clash"],
   TTP + UAG_PK, POL_PK + MIL_PK, PK, BAL, ["Loralai"], 12,
   evidence="Nine people, including six policemen, were martyred ... when three suicide attackers stormed the office "
            "of the DIG ... in Loralai on Tuesday ... gunfight continued for nearly four hours ... Two attackers "
            "were killed in the exchange of fire, while the third detonated his explosive vest (9 + 3)")
ev("loralai-dig-office-suicide-vest", A, "2019-01-29", "2019-01-29", "2019-01-29", EXP, ["Suicide bomb"],
   TTP + UAG_PK, POL_PK + CIV_PK, PK, BAL, ["Loralai"], 12, req=False,
   evidence="three suicide attackers stormed ... the third detonated his explosive vest (the same attack coded as a "
            "suicide bombing)")
ev("loralai-fc-training-centre-attack", A, "2019-01-01", "2019-01-01", "2019-01-01", BAT, ["Armed clash"],
   UAG_PK + TTP, MIL_PK, PK, BAL, ["Loralai"], 8,
   evidence="On New Year's Day, four soldiers were martyred when militants tried to storm the FC training centre in "
            "Loralai Cantonment. All four attackers were killed (29 days before publication: an event; 4 + 4)")

# ---------------------------------------------------------------- Xinhua, 2020-10-27 (Tue)
A = "pakistan_peshawar_xinhua"
ev("peshawar-zubairia-seminary-bomb", A, "2020-10-27", "2020-10-27", "2020-10-27", EXP,
   ["Remote explosive/landmine/IED"], UAG_PK, CIV_PK, PK, KP, ["Peshawar"], 8,
   evidence="At least eight people were killed ... when a bomb went off inside a religious seminary in ... Peshawar on "
            "Tuesday morning ... an unidentified man had entered the seminary carrying a bag ... It was a time device")
ev("quetta-hazarganji-roadside-bomb", A, "2020-10-25", "2020-10-25", "2020-10-26", EXP,
   ["Remote explosive/landmine/IED"], UAG_PK, CIV_PK + [""], PK, BAL, ["Quetta"], 3,
   evidence="an explosion in the Hazarganji area of ... Quetta killed three people and injured seven others on "
            "Sunday night ... an improvised explosive device had been planted by the roadside")

# ---------------------------------------------------------------- Al Jazeera, 2023-03-16 (Thu)
A = "pakistan_zamanpark_aljazeera"
PTI = ["Pakistan Tehreek-e-Insaf", "PTI", "Pakistan Tehreek-i-Insaf", "Pakistan Tehrik-e-Insaf",
       "Pakistan Tehreek-e-Insaf (PTI)"]
RANGERS = ["Rangers", "Pakistan Rangers", "Punjab Rangers", "Military Forces of Pakistan (Rangers)"]
ev("zaman-park-arrest-standoff-clashes", A, "2023-03-15", "2023-03-14", "2023-03-15", RIO, ["Violent demonstration"],
   RIOT_PK + PROT_PK + PTI, POL_PK + [""], PK, PUN, ["Lahore"], 0, tp=2,
   evidence="arrived at Khan's home in the Zaman Park neighbourhood on Tuesday afternoon ... PTI workers hurled stones "
            "and petrol bombs at the officers and set fire to several police vehicles. The fighting continued through "
            "the night and into Wednesday afternoon ... No deaths were reported")
ev("zaman-park-clashes-day-one", A, "2023-03-14", "2023-03-14", "2023-03-14", RIO, ["Violent demonstration"],
   RIOT_PK + PROT_PK + PTI, POL_PK + [""], PK, PUN, ["Lahore"], 0, req=False,
   evidence="(the same clashes split by day: Tuesday's row; the required row then matches Wednesday)")
ev("zaman-park-as-protest-intervention", A, "2023-03-15", "2023-03-14", "2023-03-15", PRO,
   ["Protest with intervention", "Excessive force against protesters"], PROT_PK + PTI + POL_PK,
   POL_PK + PROT_PK + PTI, PK, PUN, ["Lahore"], 0, req=False, tp=2,
   evidence="Police fired tear gas and water cannon ... (the standoff read from the supporters' side as a protest "
            "met with force)")
ev("zaman-park-rangers-deployed", A, "2023-03-15", "2023-03-15", "2023-03-15", STR, ["Change to group/activity"],
   MIL_PK + RANGERS, [""], PK, PUN, ["Lahore"], 0, req=False,
   evidence="Paramilitary Rangers were deployed around Zaman Park on Wednesday morning")
ev("karachi-shahrah-e-faisal-teargas", A, "2023-03-14", "2023-03-14", "2023-03-15", PRO,
   ["Protest with intervention"], PROT_PK + PTI, POL_PK + [""], PK, SIND,
   (), 0,
   evidence="on Tuesday night ... In ... Karachi, police fired tear gas to disperse protesters who had blocked "
            "Shahrah-e-Faisal near the Nursery area")
ev("peshawar-ring-road-block", A, "2023-03-14", "2023-03-14", "2023-03-15", PRO, ["Peaceful protest"],
   PROT_PK + PTI, [""], PK, KP, ["Peshawar"], 0,
   evidence="In Peshawar, PTI workers blocked the Ring Road for several hours before dispersing (Tuesday night)")
ev("lahore-march8-rally-dispersed", A, "2023-03-08", "2023-03-08", "2023-03-08", PRO,
   ["Protest with intervention", "Excessive force against protesters"], PROT_PK + PTI + POL_PK,
   POL_PK + PROT_PK + PTI + [""], PK, PUN, ["Lahore"], None,
   evidence="a PTI worker, Ali Bilal, died in Lahore on March 8 after police broke up a party rally with batons and "
            "tear gas ... PTI said he was tortured to death in police custody ... caretaker government said he had "
            "been hit by a vehicle (8 days before: an event; the death's cause disputed -> toll unscored)")

# ---------------------------------------------------------------- The News International, 2023-07-12 (Wed)
A = "pakistan_kurram_thenews"
TRIBES = ["Turi Tribal Militia (Pakistan)", "Peiwar Tribal Militia (Pakistan)", "Gidu Tribal Militia (Pakistan)",
          "Turi Tribal Militia", "Peiwar Tribal Militia", "Gidu Tribal Militia", "Tribal Militia (Pakistan)",
          "Shia Muslim Militia (Pakistan)", "Sunni Muslim Militia (Pakistan)", "Turi Ethnic Militia (Pakistan)",
          "Unidentified Tribal Militia (Pakistan)", "Unidentified Armed Group (Pakistan)", "Turi tribe",
          "Peiwar tribe", "Gidu tribe", "Turi", "Peiwar", "Gidu", "Communal Militia (Pakistan)"]
KUR = ["Kurram", "Kurram Agency", "Kurram District"]
ev("peiwar-gidu-land-clash-friday", A, "2023-07-07", "2023-07-07", "2023-07-07", BAT, ["Armed clash"],
   TRIBES, TRIBES, PK, KP, KUR, 3,
   evidence="the clashes erupted on Friday afternoon over the ownership of a stretch of forest land between the "
            "Peiwar area ... and ... Gidu ... Three people were killed on the first day")
ev("teri-mangal-clashes-to-ceasefire", A, "2023-07-11", "2023-07-08", "2023-07-11", BAT, ["Armed clash"],
   TRIBES, TRIBES, PK, KP, KUR, None, tp=2,
   evidence="By Sunday, the fighting had spread to the Teri Mangal area, where the tribesmen fired mortar shells and "
            "rockets at each other's villages ... Eleven people have been killed ... since Friday (tribal elders "
            "say 14; deaths after Friday not split by day -> toll unscored)")
ev("teri-mangal-mortar-fire", A, "2023-07-09", "2023-07-08", "2023-07-11", EXP,
   ["Shelling/artillery/missile attack"], TRIBES, TRIBES + CIV_PK, PK, KP, KUR, None, req=False, tp=2,
   evidence="the tribesmen fired mortar shells and rockets at each other's villages from bunkers (the same fighting "
            "read as indirect fire)")
ev("kurram-jirga-ceasefire", A, "2023-07-11", "2023-07-11", "2023-07-11", STR, ["Agreement"],
   TRIBES + ["Government of Pakistan", "Jirga"], TRIBES + [""], PK, KP, KUR, 0,
   evidence="The ceasefire was brokered on Tuesday by a 40-member jirga ... both sides will vacate their bunkers and "
            "exchange the bodies and prisoners")
ev("fc-takes-over-bunkers", A, "2023-07-11", "2023-07-11", "2023-07-11", STR,
   ["Change to group/activity", "Headquarters or base established", "Non-violent transfer of territory"],
   MIL_PK + ["Frontier Corps"], TRIBES + [""], PK, KP, KUR, 0, req=False,
   evidence="troops of the FC took control of the bunkers vacated by the tribesmen on Tuesday evening")
ev("parachinar-press-club-road-protest", A, "2023-07-11", "2023-07-11", "2023-07-11", PRO, ["Peaceful protest"],
   PROT_PK, [""], PK, KP, KUR, 0,
   evidence="Traders and members of civil society staged a demonstration outside the Parachinar Press Club on "
            "Tuesday against the closure of the road ... dispersed peacefully")

# ---------------------------------------------------------------- VOA, 2024-07-30 (Tue)
A = "pakistan_gwadar_voa"
BYC = ["Baloch Yakjehti Committee", "BYC", "Baloch Yakjehti Committee (BYC)", "Baloch Ethnic Group (Pakistan)"]
SEC_PK = MIL_PK + POL_PK + ["Frontier Corps"]
ev("mastung-convoy-fired-on", A, "2024-07-27", "2024-07-27", "2024-07-27", PRO,
   ["Excessive force against protesters", "Protest with intervention"], PROT_PK + BYC + SEC_PK,
   SEC_PK + PROT_PK + BYC, PK, BAL, ["Mastung"], 0,
   evidence="On Saturday, security forces opened fire on a convoy of BYC supporters travelling from Quetta to Gwadar "
            "near the town of Mastung ... At least 14 people were wounded (officials: fired 'in the air')")
ev("gwadar-raji-muchi-teargas", A, "2024-07-28", "2024-07-28", "2024-07-28", PRO,
   ["Protest with intervention", "Excessive force against protesters"], PROT_PK + BYC + SEC_PK,
   SEC_PK + PROT_PK + BYC, PK, BAL, ["Gwadar"], None,
   evidence="In Gwadar on Sunday, police and paramilitary troops fired tear gas and used batons to stop thousands of "
            "people from reaching the venue ... at least one protester had been shot dead (BYC), denied by the "
            "government -> toll unscored")
ev("gwadar-soldier-killed-by-protesters", A, "2024-07-29", "2024-07-28", "2024-07-29", RIO,
   ["Violent demonstration", "Mob violence"], RIOT_PK + PROT_PK + BYC, MIL_PK + SEC_PK, PK, BAL, ["Gwadar"], 1,
   evidence="The army's media wing said on Monday that a soldier had been killed and 16 others ... wounded when "
            "'violent protesters' attacked security personnel in Gwadar ... attacked with stones and sticks")
ev("karachi-press-club-solidarity-detentions", A, "2024-07-29", "2024-07-29", "2024-07-29", PRO,
   ["Protest with intervention"], PROT_PK + BYC, POL_PK + [""], PK, SIND,
   (), 0,
   evidence="In Karachi, police baton-charged dozens of people who had gathered outside the city's press club on "
            "Monday ... and detained at least 30 of them")
ev("gwadar-marine-drive-sitin-continues", A, "2024-07-30", "2024-07-29", "2024-07-30", PRO, ["Peaceful protest"],
   PROT_PK + BYC, [""], PK, BAL, ["Gwadar"], 0, req=False,
   evidence="Thousands of ethnic Baloch protesters remained camped on a seafront road ... on Tuesday ... sit-in would "
            "continue (the ongoing sit-in as its own row)")

# ---------------------------------------------------------------- Reuters, 2025-09-03 (Wed)
A = "pakistan_quetta_reuters"
BNP = ["Balochistan National Party", "BNP", "Balochistan National Party (Mengal)", "BNP-M"]
ev("quetta-shahwani-stadium-rally-bombing", A, "2025-09-02", "2025-09-02", "2025-09-02", EXP, ["Suicide bomb"],
   IS_PK + UAG_PK, CIV_PK + BNP + PROT_PK, PK, BAL, ["Quetta"], 16,
   evidence="A suicide bomber struck a political rally in ... Quetta on Tuesday night, killing at least 15 people "
            "... The bomber was also killed (15 + bomber)")
ev("bannu-federal-constabulary-hq-attack", A, "2025-09-02", "2025-09-02", "2025-09-02", EXP, ["Suicide bomb"],
   TTP + UAG_PK + ["Fitna al-Khawarij"], POL_PK + MIL_PK + ["Federal Constabulary"], PK, KP, ["Bannu"], 11,
   evidence="militants rammed an explosives-laden vehicle into the outer wall of a Federal Constabulary headquarters "
            "in ... Bannu before several gunmen tried to storm the compound ... Six personnel were killed, and all "
            "five attackers ... were killed (6 + 5)")
ev("bannu-fc-hq-gunbattle", A, "2025-09-02", "2025-09-02", "2025-09-02", BAT, ["Armed clash"],
   TTP + UAG_PK + ["Fitna al-Khawarij"] + POL_PK + MIL_PK, POL_PK + MIL_PK + ["Federal Constabulary"] + TTP + UAG_PK,
   PK, KP, ["Bannu"], 11, req=False,
   evidence="a gunbattle that lasted several hours (the same attack read as a battle)")
ev("balochistan-bnp-strike", A, "2025-09-03", "2025-09-03", "2025-09-03", PRO, ["Peaceful protest"],
   PROT_PK + BNP, [""], PK, BAL, ["Quetta"], 0, req=False,
   evidence="Markets and businesses in Quetta and several other towns in Balochistan were shut on Wednesday in "
            "response to a strike call by the BNP (a shutter-down strike; a coder may not code strikes)")

DROP = {
    "pakistan_sariab_dawn": ["DAWN.COM", "Home", "Latest", "Pakistan", "World", "Business", "Sport", "Opinion",
                             "Magazines", "Multimedia", "Facebook", "Twitter", "WhatsApp", "Email", "Read more",
                             "Quetta mourns as funerals of cadets held",
                             "Security of training institutions under review", "Comments (31)", "Closed",
                             "Copyright © 2016, Dawn"],
    "pakistan_loralai_tribune": ["The Express Tribune", "Home", "Pakistan", "Balochistan", "Business", "World",
                                 "Life & Style", "Sports", "Opinion", "Facebook", "Twitter", "Whatsapp", "Email",
                                 "Read: Four soldiers martyred as terrorists attack FC training centre in Loralai",
                                 "Read more: Balochistan govt approves raising of new police battalions",
                                 "Like Opinion & Editorial on Facebook, follow @ETOpEd on Twitter to receive all our "
                                 "editorial pieces.",
                                 "Tags: Balochistan, Loralai, Terrorism", "COMMENTS",
                                 "Comments are moderated and generally will be posted if they are on-topic and not "
                                 "abusive."],
    "pakistan_zamanpark_aljazeera": ["Skip links", "Skip to Content", "Live", "Navigation menu", "News",
                                     "Middle East", "Explained", "Opinion", "Sport", "Video", "More", "Search",
                                     "Listen to this article", "Share", "Save", "Sign up for Al Jazeera",
                                     "Weekly Newsletter", "Related", "Pakistan police clash with Imran Khan supporters",
                                     "Imran Khan's arrest: What are the charges?"],
    "pakistan_kurram_thenews": ["The News International", "E-Paper", "Latest", "Top Story", "National", "World",
                                "Business", "Sports", "Opinion", "Peshawar", "Share", "Tweet", "Related",
                                "Kurram elders announce jirga to end tribal clashes",
                                "Thall-Parachinar road closed for traffic", "Most Popular",
                                "Copyright © 2023 The News International. All Rights Reserved."],
    "pakistan_gwadar_voa": ["VOA", "Print", "Share", "Home", "U.S.", "World", "Africa", "Americas", "East Asia",
                            "South & Central Asia", "Middle East", "Europe", "Related",
                            "Pakistan Baloch activists end Islamabad sit-in, vow to continue struggle",
                            "Baloch rights activist Mahrang Baloch wins global recognition"],
    "pakistan_quetta_reuters": ["Skip to main content", "World", "Business", "Markets", "Sustainability", "Legal",
                                "Breakingviews", "Technology", "Investigations", "Asia Pacific", "Read Next",
                                "Pakistan army says 19 soldiers killed in clashes with militants near Afghan border",
                                "Our Standards: The Thomson Reuters Trust Principles."],
}
EITHER = {
    "pakistan_mastung_afp": ["sk-ia/jm/sst"],
    "pakistan_sariab_dawn": ["Syed Ali Shah", "Published October 26, 2016", "Published in Dawn, October 26th, 2016"],
    "pakistan_loralai_tribune": ["Mohammad Zafar", "January 30, 2019",
                                 "Published in The Express Tribune, January 30th, 2019."],
    "pakistan_zamanpark_aljazeera": ["By Abid Hussain", "Published On 16 Mar 2023",
                                     "Source: Al Jazeera and news agencies"],
    "pakistan_kurram_thenews": ["Our Correspondent", "July 12, 2023"],
    "pakistan_gwadar_voa": ["By Sarah Zaman", "July 30, 2024 12:41 PM"],
    "pakistan_quetta_reuters": ["By Gibran Naiyyar Peshimam and Saleem Ahmed",
                                "September 3, 2025 9:14 AM GMT+5 Updated ago",
                                "Reporting by Gibran Peshimam in Islamabad and Saleem Ahmed in Quetta; Editing by "
                                "Michael Perry"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout138; Pakistan 2014-2025), coded by "
                             "CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
