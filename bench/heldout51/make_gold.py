"""Writes gold.json for the 51st held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout51/make_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

US = ["Military Forces of United States", "Military Forces of the United States", "United States Armed Forces",
      "US Forces", "Military Forces of United States of America"]
IL = ["Military Forces of Israel"]

# --- Syria (Enab Baladi, published 2023-05-04, Thursday) ---
SY = "Syria"
ev("qurqania-us-drone-strike", "syria_qurqania_enabbaladi", "2023-05-03", "2023-05-03", "2023-05-03", EXP,
   ["Air/drone strike"], US, ["Civilians (Syria)", "Hurras al-Din", "Al Qaeda", ""], SY, ["Idlib"], (), 1,
   evidence="A drone belonging to the US-led international coalition targeted a man in the village of Qurqania "
            "... on Wednesday, 3 May, killing him instantly")
ev("al-bara-shelling", "syria_qurqania_enabbaladi", "2023-05-02", "2023-05-02", "2023-05-02", EXP,
   ["Shelling/artillery/missile attack"], ["Military Forces of Syria"], ["Civilians (Syria)", ""], SY, ["Idlib"],
   ["Ariha"], 0, evidence="regime forces ... shelled the village of al-Bara in Jabal al-Zawiya ... on Tuesday, "
                          "wounding two civilians")
ev("nw-syria-aggregate-april", "syria_qurqania_enabbaladi", "2023-05-04", "2023-04-01", "2023-05-04", EXP,
   ["Shelling/artillery/missile attack"], ["Military Forces of Syria", "Military Forces of Russia"],
   ["Civilians (Syria)", ""], SY, [], (), 8, req=False, tp=3,
   evidence="more than 25 attacks by regime and Russian forces on northwestern Syria since the beginning of April, "
            "in which eight people were killed")
# not events: CENTCOM statement; 3 April strike on al-Jabouri (31 days before: background); Atmeh raid Feb 2022;
# earthquakes 6 Feb; regime MoD "responded to the sources of fire" (undated, unplaced).

# --- Iraq (Rudaw, published 2021-07-20, Tuesday) ---
IQ = "Iraq"
ev("wuhailat-market-suicide-bombing", "iraq_sadrcity_rudaw", "2021-07-19", "2021-07-19", "2021-07-19", EXP,
   ["Suicide bomb"], ["Islamic State", "ISIS", "Unidentified Armed Group (Iraq)"], ["Civilians (Iraq)"], IQ,
   ["Baghdad"], ["Sadr", "Karkh", "Al Sadr", "Thawra", "Rusafa"], 35,
   evidence="The blast struck the al-Wuhailat market on Monday evening ... 'The toll has reached thirty-five'")
ev("ain-al-asad-rockets", "iraq_sadrcity_rudaw", "2021-07-07", "2021-07-07", "2021-07-07", EXP,
   ["Shelling/artillery/missile attack"], ["Unidentified Armed Group (Iraq)", "Popular Mobilization Forces",
                                           "Islamic Resistance in Iraq"],
   US + ["Military Forces of Iraq", "Coalition", ""], IQ, ["Al Anbar", "Anbar"], (), 0,
   evidence="On July 7, fourteen rockets struck Ain al-Asad air base in western Anbar ... lightly wounding two")
# not events: Kadhimi orders arrest of the area commander (no arrest reported as done), UNAMI/Barzani statements,
# Tayaran Square bombing (January: background), elections in October.

# --- Yemen (Xinhua, published 2021-10-10, Sunday) ---
YE = "Yemen"
ev("tawahi-car-bomb-convoy", "yemen_aden_xinhua", "2021-10-10", "2021-10-10", "2021-10-10", EXP,
   ["Remote explosive/landmine/IED"], ["Unidentified Armed Group (Yemen)", "AQAP",
                                       "Al Qaeda in the Arabian Peninsula"],
   ["Government of Yemen", "Military Forces of Yemen", "Police Forces of Yemen", "Civilians (Yemen)",
    "Southern Transitional Council", ""], YE, ["Aden"], ["Attawahi", "At Tawahi", "Tawahi"], 6,
   evidence="At least six people were killed on Sunday when a car bomb exploded ... detonated remotely as the "
            "convoy drove by")
ev("abdiyah-coalition-air-strikes", "yemen_aden_xinhua", "2021-10-10", "2021-10-09", "2021-10-10", EXP,
   ["Air/drone strike"], ["Military Forces of Saudi Arabia", "Saudi-led Coalition", "Coalition",
                          "Operation Restoring Hope"], ["Houthis", "Ansar Allah", "Houthi Movement"], YE,
   ["Ma'rib", "Marib"], ["Al Abdiyah", "Al 'Abdiyah"], 156,
   evidence="156 Houthi militants had been killed in airstrikes on the Houthi-besieged al-Abdiyah district ... in "
            "the past 24 hours")
# not events: Houthi siege of al-Abdiyah (ongoing condition, no dated act), UN/PM statements, Houthi vow,
# Aden airport attack December 2020 (background), offensive since February.

# --- Libya (Libya Review, published 2022-07-02, Saturday) ---
LY = "Libya"
ev("tobruk-hor-stormed", "libya_tobruk_libyareview", "2022-07-01", "2022-07-01", "2022-07-01", RIO,
   ["Violent demonstration"], ["Rioters (Libya)", "Protesters (Libya)"], ["House of Representatives", ""], LY,
   ["Al Butnan"], (), 0,
   evidence="Protesters stormed the headquarters of Libya's House of Representatives ... in Tobruk on Friday "
            "evening and set part of the building on fire")
ev("tripoli-martyrs-square-rally", "libya_tobruk_libyareview", "2022-07-01", "2022-07-01", "2022-07-01", PRO,
   ["Peaceful protest"], ["Protesters (Libya)"], [""], LY, ["Tripoli"], (), 0,
   evidence="hundreds of demonstrators gathered in Martyrs' Square on Friday evening ... ended peacefully")
ev("misrata-protest", "libya_tobruk_libyareview", "2022-07-01", "2022-07-01", "2022-07-01", PRO,
   ["Peaceful protest"], ["Protesters (Libya)"], [""], LY, ["Misrata"], (), 0,
   evidence="Smaller demonstrations were held on Friday in Misrata")
ev("benghazi-tyre-protest", "libya_tobruk_libyareview", "2022-07-01", "2022-07-01", "2022-07-01", PRO,
   ["Peaceful protest"], ["Protesters (Libya)"], [""], LY, ["Benghazi"], (), 0, req=False,
   evidence="in Benghazi, where protesters gathered ... and burned tyres on the street, blocking traffic")
# not events: Geneva talks failure, Williams/Dbeibah/Bashagha statements, mid-May Tripoli clashes (46 days: background),
# oil blockade since April.

# --- Lebanon (AP, published 2024-03-27, Wednesday) ---
LB = "Lebanon"
ev("habbariyeh-paramedics-strike", "lebanon_habbariyeh_ap", "2024-03-27", "2024-03-27", "2024-03-27", EXP,
   ["Air/drone strike"], IL, ["Civilians (Lebanon)", "Islamic Emergency and Relief Corps", "Jamaa Islamiya",
                              "al-Jamaa al-Islamiya", "Al Jamaa al Islamiya"], LB, ["Nabatiye", "Nabatieh"],
   ["Hasbaiya", "Hasbaya"], 7,
   evidence="An Israeli strike on an emergency and relief center ... killed seven paramedics early Wednesday ... "
            "in the village of Habbariyeh, in the Hasbaya district")
ev("tair-harfa-strike", "lebanon_habbariyeh_ap", "2024-03-27", "2024-03-27", "2024-03-27", EXP,
   ["Air/drone strike"], IL, ["Hezbollah"], LB, ["South", "South Lebanon", "Liban-Sud"], (), 3,
   evidence="An airstrike on a house in the village of Tair Harfa killed three Hezbollah fighters")
ev("naqoura-rescuers-strike", "lebanon_habbariyeh_ap", "2024-03-27", "2024-03-27", "2024-03-27", EXP,
   ["Air/drone strike"], IL, ["Civilians (Lebanon)", "Risala Scouts", "Amal Movement", "Amal"], LB,
   ["South", "South Lebanon", "Liban-Sud"], (), 4,
   evidence="another strike in the coastal town of Naqoura killed four members of a rescue team run by the "
            "Amal-affiliated Risala Scouts")
ev("kiryat-shmona-rockets", "lebanon_habbariyeh_ap", "2024-03-27", "2024-03-27", "2024-03-27", EXP,
   ["Shelling/artillery/missile attack"], ["Hezbollah"], ["Civilians (Israel)", ""], "Israel",
   ["Northern", "Northern District", "HaZafon"], (), 1, req=False,
   evidence="Hezbollah fired a barrage of some 30 rockets at ... Kiryat Shmona ... killing a 25-year-old man")
# not events: Mikati complaint, UNIFIL statement, Gallant threat, cumulative toll since Oct. 8 (five months, not an
# event), displacement.

# --- Palestine (Al Jazeera, published 2021-09-19, Sunday) ---
PS = "Palestine"
ev("jenin-escapees-arrested", "palestine_jenin_aljazeera", "2021-09-19", "2021-09-18", "2021-09-19", STR,
   ["Arrests"], IL + ["Police Forces of Israel"],
   ["Civilians (Palestine)", "Palestinian Islamic Jihad", "PIJ", ""], PS, ["West Bank"], ["Jenin"], 0,
   evidence="Ayham Kamamji, 35, and Munadel Infeiat, 26, were arrested before dawn on Sunday in the eastern "
            "neighbourhood of the city of Jenin")
ev("jenin-exchange-of-fire", "palestine_jenin_aljazeera", "2021-09-19", "2021-09-18", "2021-09-19", BAT,
   ["Armed clash"], ["Unidentified Armed Group (Palestine)", "Military Forces of Israel"],
   ["Military Forces of Israel", "Unidentified Armed Group (Palestine)"], PS, ["West Bank"], ["Jenin"], 0, req=False,
   evidence="Palestinian gunmen fired at the forces as they withdrew, and the soldiers fired back. No injuries")
ev("beita-weekly-protest", "palestine_jenin_aljazeera", "2021-09-17", "2021-09-17", "2021-09-17", RIO,
   ["Violent demonstration"], ["Rioters (Palestine)", "Protesters (Palestine)"], IL, PS, ["West Bank"],
   ["Nablus"], 0,
   evidence="On Friday, Palestinians in the village of Beita ... Young men threw stones and burned tyres, and Israeli "
            "soldiers fired tear gas and rubber-coated steel bullets")
ev("umm-al-ghanam-arrests", "palestine_jenin_aljazeera", "2021-09-11", "2021-09-11", "2021-09-11", STR,
   ["Arrests"], IL + ["Police Forces of Israel"], ["Civilians (Palestine)", "Al-Aqsa Martyrs Brigade",
                                                   "Palestinian Islamic Jihad", ""],
   "Israel", ["Northern", "Northern District", "HaZafon"], (), 0, req=False,
   evidence="Zakaria Zubeidi ... and Mahmoud Ardah were caught near ... Umm al-Ghanam, in northern Israel, on "
            "September 11")
ev("nazareth-arrests", "palestine_jenin_aljazeera", "2021-09-10", "2021-09-10", "2021-09-10", STR,
   ["Arrests"], IL + ["Police Forces of Israel"], ["Civilians (Palestine)", "Palestinian Islamic Jihad", ""],
   "Israel", ["Northern", "Northern District", "HaZafon"], (), 0, req=False,
   evidence="the two others were seized in Nazareth a day earlier")
# not events: Gilboa breakout Sept 6 (prison escape inside Israel, not coded), PIJ "day of anger" call, unplaced
# protests "across the West Bank for the past two weeks", Bennett statement, prisoner counts.

# --- Pakistan (Dawn, published 2021-01-06, Wednesday) ---
PK = "Pakistan"
ev("machh-miners-massacre", "pakistan_machh_dawn", "2021-01-03", "2021-01-03", "2021-01-03", VAC,
   ["Attack", "Abduction/forced disappearance"], ["Islamic State", "ISIS", "Islamic State Pakistan Province",
                                                  "Unidentified Armed Group (Pakistan)"],
   ["Civilians (Pakistan)"], PK, ["Balochistan"], ["Kachhi", "Bolan"], 11,
   evidence="The miners were abducted ... in the Gashtari area of Machh ... in the early hours of Sunday ... shot "
            "dead")
ev("quetta-hazara-sit-in", "pakistan_machh_dawn", "2021-01-06", "2021-01-03", "2021-01-06", PRO,
   ["Peaceful protest"], ["Protesters (Pakistan)"], [""], PK, ["Balochistan"], ["Quetta"], 0, tp=2,
   evidence="Members of the Hazara community continued their sit-in on the Western Bypass for the fourth "
            "consecutive day on Wednesday ... The sit-in has so far remained peaceful")
ev("karachi-solidarity-sit-ins", "pakistan_machh_dawn", "2021-01-05", "2021-01-05", "2021-01-05", PRO,
   ["Peaceful protest"], ["Protesters (Pakistan)"], [""], PK, ["Sind", "Sindh"], (), 0,
   evidence="the MWM and other Shia organisations staged sit-ins on Tuesday at more than a dozen locations in "
            "Karachi")
ev("lahore-solidarity-protest", "pakistan_machh_dawn", "2021-01-05", "2021-01-03", "2021-01-06", PRO,
   ["Peaceful protest"], ["Protesters (Pakistan)"], [""], PK, ["Punjab"], ["Lahore"], 0, req=False, tp=2,
   evidence="Similar protests were held in Lahore and Islamabad")
ev("islamabad-solidarity-protest", "pakistan_machh_dawn", "2021-01-05", "2021-01-03", "2021-01-06", PRO,
   ["Peaceful protest"], ["Protesters (Pakistan)"], [""], PK, ["Islamabad"], (), 0, req=False, tp=2,
   evidence="Similar protests were held in Lahore and Islamabad")
# not events: Sheikh Rashid talks/promises, PM tweet and order, Maryam Nawaz visit, PDM announcement, compensation,
# JIT formation, Gilgit-Baltistan strike (region-wide, unplaced), Hazarganji bombing April 2019 (background).

# --- Afghanistan (Reuters, published 2021-07-26, Monday) ---
AF = "Afghanistan"
ev("spin-boldak-captured", "afghanistan_unama_reuters", "2021-07-14", "2021-07-14", "2021-07-14", BAT,
   ["Non-state actor overtakes territory"], ["Taliban"], ["Military Forces of Afghanistan"], AF, ["Kandahar"],
   ["Spin Boldak"], None,
   evidence="several border crossings, including Spin Boldak ... which they overran on July 14")
ev("spin-boldak-clash-siddiqui", "afghanistan_unama_reuters", "2021-07-16", "2021-07-16", "2021-07-16", BAT,
   ["Armed clash"], ["Military Forces of Afghanistan", "Taliban"], ["Taliban", "Military Forces of Afghanistan"], AF,
   ["Kandahar"], ["Spin Boldak"], 2,
   evidence="on July 16 Reuters photojournalist Danish Siddiqui and a senior Afghan officer were killed in Spin "
            "Boldak while covering clashes between Afghan special forces and Taliban fighters")
ev("kabul-eid-rockets", "afghanistan_unama_reuters", "2021-07-20", "2021-07-20", "2021-07-20", EXP,
   ["Shelling/artillery/missile attack"], ["Islamic State", "ISKP", "Islamic State Khorasan Province"],
   ["Government of Afghanistan", "Military Forces of Afghanistan", "Civilians (Afghanistan)", ""], AF, ["Kabul"],
   ["Kabul"], 0,
   evidence="at least three rockets landed near the presidential palace on Tuesday last week as President Ashraf "
            "Ghani ... held outdoor prayers ... No one was hurt")
ev("mod-24h-aggregate", "afghanistan_unama_reuters", "2021-07-26", "2021-07-25", "2021-07-26", BAT,
   ["Armed clash"], ["Military Forces of Afghanistan"], ["Taliban"], AF, [], (), 262,
   evidence="the defence ministry said on Monday that 262 Taliban fighters had been killed ... in operations across "
            "the country over the past 24 hours")
ev("kandahar-us-air-strikes", "afghanistan_unama_reuters", "2021-07-23", "2021-07-17", "2021-07-23", EXP,
   ["Air/drone strike"], US, ["Taliban"], AF, ["Kandahar"], (), None, req=False, tp=2,
   evidence="U.S. aircraft have carried out strikes in support of Afghan forces in recent days, including around "
            "Kandahar, a Pentagon spokesman said last week")
# not events: UNAMA half-year totals (1,659 killed Jan-June: a statistical report, not an act on one day/place),
# attribution percentages, Taliban/palace reactions, curfew in 31 provinces (a measure), Biden withdrawal date,
# Doha talks, "dozens of districts" captured (unplaced/undated).

DROP = {
    "syria_qurqania_enabbaladi": ["Enab Baladi", "Home", "News", "Reports", "Economy", "Opinion", "English",
                                  "Advertisement", "Related",
                                  "Civil defence: Earthquake survivors still living in tents in Jindires",
                                  "HTS arrests media activist in Idlib city", "Share", "Facebook", "Twitter",
                                  "WhatsApp", "© 2023 Enab Baladi. All rights reserved."],
    "libya_tobruk_libyareview": ["Libya Review", "Politics", "Economy", "Security", "Libya", "Opinion", "Subscribe",
                                 "Share this:", "Facebook", "Twitter", "Related Articles",
                                 "Libya's oil production falls below 700,000 barrels per day",
                                 "Dbeibah meets Tripoli mayors to discuss electricity crisis", "Newsletter",
                                 "Sign up to receive the latest news from Libya in your inbox.",
                                 "Copyright © 2022 Libya Review. All rights reserved."],
    "palestine_jenin_aljazeera": ["Al Jazeera", "Skip links", "Skip to Content", "Live", "Navigation menu", "News",
                                  "Middle East", "Israel-Palestine conflict", "Keep reading",
                                  "Who are the six Palestinian prisoners who escaped Gilboa?",
                                  "Palestinians rally in support of Gilboa escapees", "Follow Al Jazeera English:",
                                  "© 2021 Al Jazeera Media Network"],
    "pakistan_machh_dawn": ["DAWN.COM", "Home", "Latest", "Pakistan", "Opinion", "Business", "World", "Sport",
                            "Prism", "E-Paper", "Advertisement", "Related Stories",
                            "Families of Machh victims demand justice",
                            "Balochistan coal miners' lives at risk: HRCP", "Comments (42)", "Closed",
                            "Copyright © 2021, Dawn"],
}
EITHER = {
    "syria_qurqania_enabbaladi": ["Idlib – Enab Baladi"],
    "palestine_jenin_aljazeera": ["Published On 19 Sep 2021", "Source: Al Jazeera and news agencies"],
    "pakistan_machh_dawn": ["Saleem Shahid", "Published January 6, 2021", "Published in Dawn, January 6th, 2021"],
    "lebanon_habbariyeh_ap": ["___", "Associated Press writer Abby Sewell contributed to this report."],
    "afghanistan_unama_reuters": ["By Reuters Staff",
                                  "(Reporting by Kabul bureau; Writing by Gibran Peshimam; Editing by Alex Richardson)"],
    "yemen_aden_xinhua": [],
}

write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout51), coded by CODEBOOK.md before any run; "
           "BLIND, not yet run.", drop=DROP, either=EITHER)
