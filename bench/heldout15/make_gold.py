"""Writes gold.json for the fifteenth held-out set (hand-coded by CODEBOOK.md before any run).

    python bench/heldout15/make_gold.py

Coded by a coder who had not read transforms/, flows/ or tests/ and had not run the system.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402
from gold_events import boilerplate_lines  # noqa: E402

AIR, SHELL, IED, SUI = ("Air/drone strike", "Shelling/artillery/missile attack",
                        "Remote explosive/landmine/IED", "Suicide bomb")
CLASH = "Armed clash"
CHANGE = "Change to group/activity"

# ---------------------------------------------------------------- Burkina Faso, AFP, 2019-12-25 (Wed)
BF = "Burkina Faso"
A = "burkina_arbinda_afp"
JIHADISTS_BF = ["Unidentified Armed Group (Burkina Faso)", "Islamic State", "Islamic State (Greater Sahara)",
                "Islamic State in the Greater Sahara", "ISGS", "Islamic State Sahel Province",
                "Islamic State West Africa Province", "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin",
                "Al Qaeda", "Ansaroul Islam"]
ev("arbinda-base-clash", A, "2019-12-24", "2019-12-24", "2019-12-24", BAT, [CLASH], JIHADISTS_BF,
   ["Military Forces of Burkina Faso", "Gendarmerie (Burkina Faso)", "Police Forces of Burkina Faso"], BF,
   ["Sahel"], ["Soum"], 87,
   evidence="jihadists attacked the town of Arbinda and its military base ... Seven members of the security forces ... "
            "80 attackers were 'neutralised' ... Fighting lasted for several hours")
ev("arbinda-civilians-killed", A, "2019-12-24", "2019-12-24", "2019-12-24", VAC, ["Attack"], JIHADISTS_BF,
   ["Civilians (Burkina Faso)"], BF, ["Sahel"], ["Soum"], 35,
   evidence="Thirty-five civilians, most of them women, were killed on Tuesday when jihadists attacked the town of Arbinda")

# ---------------------------------------------------------------- Mali, Reuters, 2020-02-15 (Sat)
ML = "Mali"
A = "mali_ogossagou_reuters"
ev("ogossagou-raid", A, "2020-02-14", "2020-02-14", "2020-02-15", VAC, ["Attack"],
   ["Unidentified Armed Group (Mali)", "Dan Na Ambassagou", "Dogon Ethnic Militia (Mali)",
    "Dozo Communal Militia (Mali)", "Dogon hunters"], ["Civilians (Mali)"], ML, ["Mopti"], ["Bankass"], 31,
   evidence="Gunmen killed at least 31 people in an overnight raid ... Ogossagou, in the Bankass district of Mopti "
            "region, late on Friday (local official: 20 bodies buried so far = partial count)")
ev("sokolo-gendarmerie-attack", A, "2020-01-26", "2020-01-26", "2020-01-26", BAT, [CLASH],
   ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Al Qaeda", "Unidentified Armed Group (Mali)"],
   ["Military Forces of Mali", "Gendarmerie (Mali)", "Police Forces of Mali"], ML, ["Segou", "Ségou"], ["Niono"], 20,
   evidence="On Jan. 26, militants attacked a gendarmerie post in Sokolo, in the Segou region ... killing 20 gendarmes")
ev("kidal-army-arrives", A, "2020-02-13", "2020-02-13", "2020-02-13", STR,
   [CHANGE, "Non-violent transfer of territory", "Headquarters or base established"],
   ["Military Forces of Mali"], ["", "Coordination of Azawad Movements", "CMA"], ML, ["Kidal"], ["Kidal"], 0,
   req=False, evidence="a reconstituted army battalion ... arrived in the town of Kidal on Thursday")

# ---------------------------------------------------------------- Somalia, Garowe Online, 2022-10-30 (Sun)
SO = "Somalia"
A = "somalia_zobe_garowe"
AS = ["Al Shabaab", "Al-Shabaab", "Harakat al-Shabaab al-Mujahideen"]
ev("zobe-twin-car-bombs", A, "2022-10-29", "2022-10-29", "2022-10-29", EXP, [IED, SUI], AS,
   ["Civilians (Somalia)", "Government of Somalia", "Ministry of Education (Somalia)"], SO, ["Banaadir", "Banadir"],
   ["Banadir", "Hodan", "Mogadishu"], 100,
   evidence="At least 100 people were killed ... when two car bombs exploded at the busy Zobe junction in Mogadishu on "
            "Saturday (ambulance service: more than 120 bodies -> lowest specific figure 100)")
ev("kismayo-tawakal-hotel", A, "2022-10-23", "2022-10-23", "2022-10-23", EXP, [SUI, IED], AS,
   ["Civilians (Somalia)", "Military Forces of Somalia", "Jubaland Security Forces", "Police Forces of Somalia"],
   SO, ["Lower Juba", "Jubbada Hoose"], ["Kismaayo", "Kismayo"], 9,
   evidence="a suicide car bomber rammed the hotel gate on Sunday before three gunmen entered the compound. Nine people "
            "were killed")

# ---------------------------------------------------------------- South Sudan, Radio Tamazuj, 2022-12-29 (Thu)
SS = "South Sudan"
A = "southsudan_gumuruk_tamazuj"
NUER = ["Nuer Ethnic Militia (South Sudan)", "Lou Nuer Ethnic Militia (South Sudan)", "White Army",
        "Nuer White Army", "Lou Nuer youth", "Jonglei armed youth", "Unidentified Armed Group (South Sudan)"]
MURLE = ["Murle Ethnic Militia (South Sudan)", "Murle youth", "Civilians (South Sudan)"]
ev("gumuruk-clash", A, "2022-12-24", "2022-12-24", "2022-12-24", BAT, [CLASH], NUER, MURLE, SS, ["Jonglei"], (), 14,
   evidence="the attackers, mainly Lou Nuer youth ... arrived on Saturday and fought with Murle youth ... Fourteen people "
            "were killed on our side")
ev("gumuruk-burning-looting", A, "2022-12-25", "2022-12-25", "2022-12-25", STR, ["Looting/property destruction"],
   NUER, ["Civilians (South Sudan)", ""], SS, ["Jonglei"], (), 0,
   evidence="On Sunday, the armed youth burned houses and the market in Gumuruk town and drove away an unknown number "
            "of cattle")
ev("likuangole-clash", A, "2022-12-27", "2022-12-27", "2022-12-27", BAT, [CLASH], NUER, MURLE, SS, ["Jonglei"], (),
   None, evidence="On Tuesday, the attackers clashed again with Murle youth near Likuangole ... several people were "
                  "killed, although no official figure")
ev("gumuruk-abductions", A, "2022-12-25", "2022-12-24", "2022-12-28", VAC, ["Abduction/forced disappearance"], NUER,
   ["Civilians (South Sudan)"], SS, ["Jonglei"], (), 0, tp=2,
   evidence="the attackers had also abducted women and children during the raid on Gumuruk (said yesterday)")
ev("sspdf-pibor-deployment", A, "2022-12-28", "2022-12-28", "2022-12-28", STR, [CHANGE],
   ["Military Forces of South Sudan", "SSPDF"], [""], SS, ["Jonglei"], (), 0, req=False,
   evidence="the army had deployed additional troops to Pibor town on Wednesday")

# ---------------------------------------------------------------- Cameroon, Mimi Mefo Info, 2020-11-04 (Wed)
CM = "Cameroon"
A = "cameroon_kumbo_mmi"
AMB = ["Ambazonian Separatists", "Ambazonia Defence Forces", "ADF", "Amba Boys",
       "Unidentified Armed Group (Cameroon)", "Separatists (Cameroon)"]
ev("kumbo-teachers-abducted", A, "2020-11-03", "2020-11-03", "2020-11-03", VAC, ["Abduction/forced disappearance"],
   AMB, ["Civilians (Cameroon)"], CM, ["North-West"], ["Bui"], 0,
   evidence="The teachers, including the school principal, were taken from the campus in Kumbo on Tuesday, November 3")
ev("kumba-school-massacre", A, "2020-10-24", "2020-10-24", "2020-10-24", VAC, ["Attack"],
   AMB + ["Military Forces of Cameroon"], ["Civilians (Cameroon)"], CM, ["South-West"], ["Meme"], 7,
   evidence="gunmen stormed a classroom on Saturday, October 24 ... Seven children ... were killed")
ev("kumba-bodies-march", A, "2020-10-25", "2020-10-25", "2020-10-25", PRO, ["Peaceful protest"],
   ["Protesters (Cameroon)"], [""], CM, ["South-West"], ["Meme"], 0,
   evidence="On Sunday, October 25, hundreds of angry Kumba residents ... carried the bodies ... The march was peaceful")

# ---------------------------------------------------------------- Pakistan, Dawn, 2022-02-04 (Fri)
PK = "Pakistan"
A = "pakistan_panjgur_noshki_dawn"
PKMIL = ["Military Forces of Pakistan", "Frontier Corps", "Frontier Corps (Pakistan)", "Police Forces of Pakistan"]
BLA = ["BLA", "Balochistan Liberation Army", "Baloch Liberation Army", "Unidentified Armed Group (Pakistan)"]
ev("noshki-fc-hq-attack", A, "2022-02-02", "2022-02-02", "2022-02-03", BAT, [CLASH], BLA, PKMIL, PK, ["Balochistan"],
   ["Nushki", "Noshki"], 13,
   evidence="In Noshki, the attackers tried to enter the FC headquarters ... all nine attackers were killed ... Four "
            "soldiers ... embraced martyrdom")
ev("panjgur-fc-camp-attack", A, "2022-02-03", "2022-02-02", "2022-02-03", BAT, [CLASH], BLA, PKMIL, PK,
   ["Balochistan"], ["Panjgur"], 5, tp=2,
   evidence="militants attempted to storm the FC camp near the town. ISPR said four attackers were killed and an officer "
            "... was martyred ... clearance operation was continuing on Thursday")
ev("kech-checkpost-attack", A, "2022-01-26", "2022-01-25", "2022-01-26", BAT, [CLASH],
   ["BLF", "Balochistan Liberation Front", "Baloch Liberation Front", "Unidentified Armed Group (Pakistan)"], PKMIL,
   PK, ["Balochistan"], ["Kech"], 11,
   evidence="ten soldiers were martyred when terrorists attacked a security forces checkpost in Kech district on the "
            "night of January 25-26 ... one terrorist was killed")

# ---------------------------------------------------------------- Iraq, AP, 2021-01-21 (Thu)
IQ = "Iraq"
A = "iraq_tayaran_ap"
ev("tayaran-twin-suicide-bombing", A, "2021-01-21", "2021-01-21", "2021-01-21", EXP, [SUI],
   ["Islamic State", "ISIS", "Unidentified Armed Group (Iraq)"], ["Civilians (Iraq)"], IQ, ["Baghdad"],
   ["Al Rusafa", "Rusafa", "Baghdad"], 32,
   evidence="Two suicide bombers blew themselves up in a crowded outdoor market in central Baghdad on Thursday, killing "
            "at least 32 (retold in body and closing paragraph)")
ev("kadhimi-security-reshuffle", A, "2021-01-21", "2021-01-21", "2021-01-22", STR, [CHANGE],
   ["Government of Iraq", "Military Forces of Iraq", "Police Forces of Iraq"], [""], IQ, ["Baghdad"], (), 0,
   req=False, evidence="later ordered a reshuffle of security leaders, including the head of the federal police")

# ---------------------------------------------------------------- Yemen, Al Jazeera, 2018-08-10 (Fri)
YE = "Yemen"
A = "yemen_dahyan_aljazeera"
COAL = ["Military Forces of Saudi Arabia", "Saudi-led coalition", "Coalition (Saudi Arabia)",
        "Military Forces of Saudi Arabia (2015-) Coalition", "Military Forces of United Arab Emirates"]
HOUTHI = ["Houthis", "Ansar Allah", "Houthi Movement", "Military Forces of Yemen (Houthi)"]
ev("dahyan-school-bus-strike", A, "2018-08-09", "2018-08-09", "2018-08-09", EXP, [AIR], COAL, ["Civilians (Yemen)"],
   YE, ["Sa'dah", "Saada", "Sadah"], ["Majz", "Saqayn"], 29,
   evidence="The attack on Thursday hit the bus as it drove through a busy market in Dahyan ... ICRC: bodies of 29 "
            "children; Houthi ministry: 50 killed -> lowest specific figure 29")
ev("jizan-missile", A, "2018-08-08", "2018-08-08", "2018-08-09", EXP, [SHELL], HOUTHI,
   ["Military Forces of Saudi Arabia", "Civilians (Saudi Arabia)", "Civilians (Yemen)", ""], "Saudi Arabia",
   ["Jazan", "Jizan", "Jizan Region"], (), 1, req=False,
   evidence="Saudi air defences intercepted that missile, but a Yemeni resident of Jizan was killed")

# ---------------------------------------------------------------- Libya, Libya Observer, 2019-07-03 (Wed)
LY = "Libya"
A = "libya_tajoura_libyaobserver"
LNA = ["Libyan National Army", "LNA", "Military Forces of Libya (Haftar)", "Haftar forces",
       "Military Forces of Libya - House of Representatives", "Unidentified Armed Group (Libya)"]
GNA = ["Government of National Accord", "GNA", "Military Forces of Libya",
       "Military Forces of Libya (Government of National Accord)", "Volcano of Rage", "Volcano of Rage Operation"]
ev("tajoura-detention-centre-strike", A, "2019-07-02", "2019-07-02", "2019-07-03", EXP, [AIR], LNA,
   ["Civilians (Libya)", "Migrants (Libya)", "Civilians (International)"], LY, ["Tripoli", "Tarabulus"], (), 44,
   evidence="At least 44 migrants have been killed ... when warplanes loyal to ... Haftar bombed a detention centre "
            "for migrants in the Tajoura district east of Tripoli late Tuesday")
ev("gharyan-retaken", A, "2019-06-26", "2019-06-26", "2019-06-26", BAT,
   ["Government regains territory", "Non-state actor overtakes territory"], GNA + LNA, LNA + GNA, LY,
   ["Jabal al Gharbi", "Al Jabal al Gharbi"], (), None,
   evidence="The GNA's Volcano of Rage operation retook the town on June 26 ... Dozens of Haftar fighters were killed")
ev("southern-tripoli-fighting", A, "2019-07-03", "2019-07-03", "2019-07-03", BAT, [CLASH], GNA + LNA, LNA + GNA, LY,
   ["Tripoli", "Tarabulus"], (), None, req=False,
   evidence="fighting continued on Wednesday morning on the southern frontlines of Tripoli, in Ain Zara and Salah Al-Din")

# ---------------------------------------------------------------- Lebanon, The Guardian, 2020-08-09 (Sun)
LB = "Lebanon"
A = "lebanon_beirut_guardian"
LBSEC = ["Police Forces of Lebanon", "Military Forces of Lebanon", "Internal Security Forces", ""]
ev("beirut-ministries-stormed", A, "2020-08-08", "2020-08-08", "2020-08-08", RIO, ["Violent demonstration"],
   ["Rioters (Lebanon)", "Protesters (Lebanon)"], LBSEC, LB, ["Beyrouth", "Beirut"], (), 1,
   evidence="Protesters in Beirut stormed government ministries ... on Saturday night ... A police officer was killed")
ev("beirut-sat-force-on-protesters", A, "2020-08-08", "2020-08-08", "2020-08-08", PRO,
   ["Excessive force against protesters", "Protest with intervention"], ["Protesters (Lebanon)"], LBSEC, LB,
   ["Beyrouth", "Beirut"], (), 1, req=False,
   evidence="Security forces fired teargas, rubber bullets and ... live rounds at crowds in and around Martyrs' Square")
ev("tripoli-solidarity-rally", A, "2020-08-08", "2020-08-08", "2020-08-08", PRO, ["Peaceful protest"],
   ["Protesters (Lebanon)"], [""], LB, ["Liban-Nord", "North", "North Governorate"], ["Tripoli"], 0,
   evidence="In the northern city of Tripoli, several hundred people gathered peacefully in al-Nour Square on Saturday")
ev("beirut-sunday-teargas", A, "2020-08-09", "2020-08-09", "2020-08-09", PRO, ["Protest with intervention"],
   ["Protesters (Lebanon)"], LBSEC, LB, ["Beyrouth", "Beirut"], (), 0,
   evidence="On Sunday, hundreds of protesters returned ... security forces again fired teargas")
ev("beirut-port-explosion", A, "2020-08-04", "2020-08-04", "2020-08-04", EXP, [IED, "Other"],
   ["Unidentified Armed Group (Lebanon)", ""], ["Civilians (Lebanon)", ""], LB, ["Beyrouth", "Beirut"], (), 158,
   req=False, evidence="Tuesday's explosion, caused by 2,750 tonnes of ammonium nitrate ... killed at least 158 people")
ev("port-blast-arrests", A, "2020-08-09", "2020-08-04", "2020-08-09", STR, ["Arrests"],
   ["Police Forces of Lebanon", "Military Forces of Lebanon", "Government of Lebanon"], ["Civilians (Lebanon)", ""],
   LB, ["Beyrouth", "Beirut"], (), 0, req=False, tp=2,
   evidence="More than 20 people have been detained in connection with the blast, including the port's director general")

# ---------------------------------------------------------------- boilerplate lines (cleaning gold)
# Exact lines (after strip) that a cleaner should drop; EITHER = may be kept or dropped (bylines, datelines).
DROP_TEXT = {
    "somalia_zobe_garowe": ["Garowe Online", "Home", "News", "Somalia", "Puntland", "Politics", "Opinion", "Videos",
                            "Contact Us", "Search", "Share on Facebook", "Share on Twitter", "Share on WhatsApp",
                            "Email", "ADVERTISEMENT", "Related",
                            "Al-Shabaab fighters flee as Ma'awisley militia advance in Hiraan",
                            "Somalia: President Hassan Sheikh vows to eliminate al-Shabaab in 2023",
                            "Kismayo hotel siege: Jubaland says all attackers killed",
                            "Tags: Al-Shabaab, Mogadishu, Zobe, Somalia", "Subscribe to our newsletter",
                            "Copyright © 2022 Garowe Online. All rights reserved."],
    "southsudan_gumuruk_tamazuj": ["Radio Tamazuj", "News | Analysis | Opinion | Programs | About us",
                                   "English | عربي", "Related articles:",
                                   "UNMISS says thousands of armed youth mobilizing in Jonglei",
                                   "Pibor: Residents flee as fighting nears Gumuruk",
                                   "Kiir orders disarmament in Jonglei and GPAA", "Share this article",
                                   "Facebook | Twitter | WhatsApp", "© 2022 Radio Tamazuj. All rights reserved."],
    "cameroon_kumbo_mmi": ["MIMI MEFO INFO", "Home", "News", "Anglophone Crisis", "Politics", "Business", "Sports",
                           "Opinion", "MMI TV", "Share:", "Facebook", "Twitter", "WhatsApp", "LinkedIn",
                           "ADVERTISEMENT", "RELATED POSTS", "Kumba massacre: Anger as parents bury their children",
                           "Bamenda: Separatists impose lockdown ahead of 'independence day'",
                           "Amnesty International calls for investigation into Kumba school attack",
                           "Leave a Reply",
                           "Your email address will not be published. Required fields are marked *",
                           "Comment", "Name*", "Email*", "Post Comment", "© 2020 Mimi Mefo Info. All Rights Reserved."],
    "pakistan_panjgur_noshki_dawn": ["DAWN.COM",
                                     "Home | Latest | Pakistan | World | Business | Sport | Opinion | Prism | "
                                     "Multimedia | E-Paper", "ADVERTISEMENT", "Read more",
                                     "Ten soldiers martyred in terrorist attack on Kech checkpost",
                                     "PM vows to defeat terrorism in Balochistan", "Comments (12)", "Closed"],
    "libya_tajoura_libyaobserver": ["The Libya Observer", "Home", "Libya", "Politics", "Military", "Economy",
                                    "Human Rights", "Features", "Opinion", "Share", "Tweet", "WhatsApp",
                                    "ADVERTISEMENT", "Tags: Tajoura, Haftar, migrants, airstrike", "Related Articles",
                                    "Volcano of Rage forces retake Gharyan from Haftar's militias",
                                    "UN: Migrants in detention centres at risk as fighting nears",
                                    "Haftar's warplanes strike Mitiga airport, flights suspended",
                                    "Copyright © 2019 The Libya Observer. All Rights Reserved."],
}
EITHER_TEXT = {
    "somalia_zobe_garowe": ["Sunday October 30, 2022", "By Garowe Online Staff"],
    "southsudan_gumuruk_tamazuj": ["Thursday, 29 December 2022"],
    "cameroon_kumbo_mmi": ["By MMI Staff | November 4, 2020 | 4 min read"],
    "pakistan_panjgur_noshki_dawn": ["Published February 4, 2022 Updated about 2 hours ago", "Saleem Shahid | Dawn Report",
                                     "Published in Dawn, February 4th, 2022"],
    "libya_tajoura_libyaobserver": ["Wednesday, 03 July 2019 09:12", "Written by Abdulkader Assad"],
    "iraq_tayaran_ap": [],
    "lebanon_beirut_guardian": ["Martin Chulov and Michael Safi in Beirut", "Sun 9 Aug 2020 18.40 BST"],
    "mali_ogossagou_reuters": ["(Reporting by Tiemoko Diallo; Writing by Edward McAllister; Editing by Frances Kerry)"],
    "burkina_arbinda_afp": ["bur/ab/phv"],
}


arts = sorted(p.stem for p in HERE.glob("*.txt"))
assert {e["articles"][0] for e in E} <= set(arts)
gold = {"corpus": "heldout15",
        "note": "10 hand-written held-out articles (bench/heldout15), coded by CODEBOOK.md before the system was run. "
                "Line numbers are 1-based lines of the .txt file.",
        "articles": [{"id": a, "published": json.loads((HERE / f"{a}.json").read_text())["published"],
                      "drop_lines": boilerplate_lines(HERE, a, DROP_TEXT.get(a, ())),
                      "either_lines": boilerplate_lines(HERE, a, EITHER_TEXT.get(a, ()))}
                     for a in arts],
        "events": E}
(HERE / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")
print(len(E), "events,", sum(e["required"] for e in E), "required")
