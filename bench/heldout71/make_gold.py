"""Writes gold.json for held-out set 71 (protests, riots and political violence in eight countries, 2017-2025),
hand-coded by CODEBOOK.md before any run of the system.

    python bench/heldout71/make_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

PP, PWI, EXF = "Peaceful protest", "Protest with intervention", "Excessive force against protesters"
VD, MOB = "Violent demonstration", "Mob violence"

# ---- Pakistan, Dawn, published Thu 2019-12-12 ---------------------------------------------------------
PK = "Pakistan"
A = "pakistan_pic_dawn"
ev("pic-lawyers-rampage", A, "2019-12-11", "2019-12-11", "2019-12-11", RIO, [MOB, VD],
   ["Rioters (Pakistan)", "Protesters (Pakistan)"], ["Civilians (Pakistan)", "", "Police Forces of Pakistan"],
   PK, ["Punjab"], ["Lahore"], 3,
   evidence="Hundreds of lawyers stormed the Punjab Institute of Cardiology (PIC) on Wednesday ... at least three "
            "patients died (fourth death unconfirmed; police van burned, minister manhandled, 46 held: folded in)")
ev("punjab-lawyers-strike", A, "2019-12-12", "2019-12-12", "2019-12-12", PRO, [PP],
   ["Protesters (Pakistan)"], [""], PK, ["Punjab"], (), 0,
   evidence="On Thursday, lawyers observed a strike across the province, boycotting court proceedings ... no violence")
for city, adm2 in (("rawalpindi", "Rawalpindi"), ("multan", "Multan"), ("faisalabad", "Faisalabad")):
    ev(f"{city}-courts-deserted", A, "2019-12-12", "2019-12-12", "2019-12-12", PRO, [PP],
       ["Protesters (Pakistan)"], [""], PK, ["Punjab"], [adm2], 0, req=False,
       evidence="Courts in Lahore, Rawalpindi, Multan and Faisalabad were largely deserted (per-city split of the strike)")
ev("pic-young-doctors-protest", A, "2019-12-12", "2019-12-12", "2019-12-12", PRO, [PP],
   ["Protesters (Pakistan)"], [""], PK, ["Punjab"], ["Lahore"], 0,
   evidence="members of the Young Doctors Association staged a peaceful protest outside the PIC on Thursday morning")
# not events: late-November scuffle (background), PM's directive, Bar Council threat.

# ---- Afghanistan, AP, published Sat 2017-06-03 --------------------------------------------------------
AF = "Afghanistan"
A = "afghanistan_kabul_ap"
POL_AF = ["Police Forces of Afghanistan"]
PRO_AF = ["Protesters (Afghanistan)"]
ev("ezadyar-funeral-bombing", A, "2017-06-03", "2017-06-03", "2017-06-03", EXP, ["Suicide bomb"],
   ["Unidentified Armed Group (Afghanistan)", "Islamic State", "Islamic State Khorasan Province"],
   ["Civilians (Afghanistan)"], AF, ["Kabul"], ["Kabul"], 10,
   evidence="Three suicide bombers struck the funeral ... on Saturday, killing at least seven people (7 + 3 bombers)")
ev("kabul-protest-shooting", A, "2017-06-02", "2017-06-02", "2017-06-02", PRO, [EXF],
   POL_AF + PRO_AF, PRO_AF + POL_AF, AF, ["Kabul"], ["Kabul"], 4,
   evidence="police fired water cannon and tear gas, and then live rounds ... four protesters were killed")
ev("kabul-protest-as-riot", A, "2017-06-02", "2017-06-02", "2017-06-02", RIO, [VD],
   ["Rioters (Afghanistan)", "Protesters (Afghanistan)"], POL_AF + [""], AF, ["Kabul"], ["Kabul"], 4, req=False,
   evidence="Some protesters threw stones at the police (same march read as a riot)")
ev("zanbaq-truck-bomb", A, "2017-05-31", "2017-05-31", "2017-05-31", EXP,
   ["Remote explosive/landmine/IED", "Suicide bomb"],
   ["Haqqani Network", "Taliban", "Unidentified Armed Group (Afghanistan)"], ["Civilians (Afghanistan)"],
   AF, ["Kabul"], ["Kabul"], 90,
   evidence="Wednesday's massive truck bomb ... near the German Embassy, killing at least 90 people (3 days before)")
ev("zanbaq-tent-sit-in", A, "2017-06-03", "2017-06-02", "2017-06-03", PRO, [PP],
   PRO_AF, [""], AF, ["Kabul"], ["Kabul"], 0, req=False,
   evidence="dozens of demonstrators set up tents near the Zanbaq Square blast site ... remained there peacefully on Saturday")
# not events: Ghani address/refusal, NDS blames Haqqani/ISI (statement), July 2016 Deh Mazang bombing (background).

# ---- Palestine (Gaza), AP, published Thu 2025-03-27 ---------------------------------------------------
PS = "Palestine"
A = "gaza_beitlahia_ap"
GZ = ["Gaza Strip"]
PRO_PS = ["Protesters (Palestine)"]
HAMAS = ["Hamas", "Hamas Movement", "Police Forces of Palestine", "Police Forces of Palestine (Hamas)"]
ev("beitlahia-march-tue", A, "2025-03-25", "2025-03-25", "2025-03-25", PRO, [PP], PRO_PS, [""], PS, GZ,
   ["North Gaza"], 0, evidence="The demonstrations began on Tuesday in the northern town of Beit Lahia ... peacefully")
ev("beitlahia-march-dispersed-wed", A, "2025-03-26", "2025-03-26", "2025-03-26", PRO, [PWI, EXF], PRO_PS + HAMAS,
   HAMAS + PRO_PS, PS, GZ, ["North Gaza"], 0,
   evidence="On Wednesday ... masked men ... whom they identified as members of Hamas' security forces, beat several "
            "demonstrators and dispersed the crowd (two taken away: folded in)")
ev("shujaiya-protest-wed", A, "2025-03-26", "2025-03-26", "2025-03-26", PRO, [PP], PRO_PS, [""], PS, GZ,
   ["Gaza"], 0, evidence="Protests also took place Wednesday in the Shujaiya neighborhood of Gaza City ... without incident")
ev("khanyounis-protest-wed", A, "2025-03-26", "2025-03-26", "2025-03-26", PRO, [PP], PRO_PS, [""], PS, GZ,
   ["Khan Yunis", "Khan Younis"], 0,
   evidence="and in the southern city of Khan Younis, where a crowd marched ... without incident")
ev("jabalia-qanoua-strike", A, "2025-03-27", "2025-03-27", "2025-03-27", EXP, ["Air/drone strike"],
   ["Military Forces of Israel"], ["Hamas", "Hamas Movement", "Civilians (Palestine)", ""], PS, GZ,
   ["North Gaza"], 1,
   evidence="Early Thursday, an Israeli airstrike hit a tent in Jabalia ... killing Hamas spokesman Abdel-Latif al-Qanoua")
ev("march18-strike-wave", A, "2025-03-18", "2025-03-18", "2025-03-18", EXP, ["Air/drone strike"],
   ["Military Forces of Israel"], ["Hamas", "Civilians (Palestine)", ""], PS, GZ, (), None, req=False,
   evidence="Israel ended a two-month ceasefire with a surprise wave of strikes on March 18 (9 days before; no place, no toll)")
# not events: Naim statement, Katz threat, cumulative ministry toll, Oct 7 2023 and 2019 crackdown (background).

# ---- Libya, Reuters, published Sat 2025-05-17 ---------------------------------------------------------
LY = "Libya"
A = "libya_tripoli_reuters"
LY_SEC = ["Military Forces of Libya", "Police Forces of Libya", ""]
ev("tripoli-pm-office-stormed", A, "2025-05-16", "2025-05-16", "2025-05-16", RIO, [VD],
   ["Rioters (Libya)", "Protesters (Libya)"], LY_SEC, LY, ["Tripoli"], (), 1,
   evidence="several hundred protesters marched to the government headquarters ... tried to force their way in, "
            "throwing stones and setting fire ... one member of the security force guarding the building was killed")
ev("tripoli-martyrs-square-rally", A, "2025-05-16", "2025-05-16", "2025-05-16", PRO, [PP],
   ["Protesters (Libya)"], [""], LY, ["Tripoli"], (), 0, req=False,
   evidence="Demonstrators filled Martyrs' Square ... The rally in the square was largely peaceful (may be merged "
            "with the evening storming into one riot)")
ev("misrata-pro-dbeibah-rally", A, "2025-05-16", "2025-05-16", "2025-05-16", PRO, [PP],
   ["Protesters (Libya)"], [""], LY, ["Misrata", "Misratah"], (), 0,
   evidence="In the western city of Misrata ... several hundred people rallied on Friday night in support of the prime minister")
ev("tripoli-kikli-clashes", A, "2025-05-13", "2025-05-11", "2025-05-16", BAT, ["Armed clash"],
   ["Military Forces of Libya", "444 Brigade", "Stability Support Apparatus", "Special Deterrence Force", "Rada",
    "Unidentified Armed Group (Libya)"],
   ["Stability Support Apparatus", "Special Deterrence Force", "Rada", "Military Forces of Libya",
    "Unidentified Armed Group (Libya)"], LY, ["Tripoli"], (), None, req=False, tp=2,
   evidence="clashes in Tripoli earlier this week between forces loyal to Dbeibah and rival armed factions (undated, no toll)")
# not events: ministers' resignations, UNSMIL statement, plan to return Saturday, truce announcement (mentioned only).

# ---- DR Congo, Africanews, published Wed 2025-01-29 ---------------------------------------------------
CD = "Democratic Republic of Congo"
A = "drc_kinshasa_africanews"
FARDC = ["Military Forces of Democratic Republic of Congo", "Military Forces of Democratic Republic of the Congo",
         "Military Forces of the Democratic Republic of the Congo"]
M23 = ["M23", "M23: March 23 Movement", "M23/AFC"]
ev("kinshasa-embassies-attacked", A, "2025-01-28", "2025-01-28", "2025-01-28", RIO, [VD, MOB],
   ["Rioters (Democratic Republic of Congo)", "Rioters (Democratic Republic of the Congo)",
    "Protesters (Democratic Republic of Congo)", "Protesters (Democratic Republic of the Congo)"],
   ["", "Police Forces of Democratic Republic of Congo", "Police Forces of Democratic Republic of the Congo",
    "Civilians (Democratic Republic of Congo)"], CD, ["Kinshasa"], ["Kinshasa"], 0,
   evidence="Protesters ... attacked several foreign embassies ... on Tuesday, setting fires and looting property as "
            "police fired tear gas (French, Rwandan, Belgian, US, Kenyan, Ugandan missions; Limete tyres: folded in)")
ev("m23-enters-goma", A, "2025-01-27", "2025-01-27", "2025-01-27", BAT, ["Non-state actor overtakes territory"],
   M23, FARDC, CD, ["North Kivu", "Nord-Kivu"], ["Goma"], None,
   evidence="a day after M23 fighters entered the city ... and claimed to have taken control of it")
ev("goma-fighting-tue", A, "2025-01-28", "2025-01-28", "2025-01-28", BAT, ["Armed clash"],
   M23 + FARDC, FARDC + M23, CD, ["North Kivu", "Nord-Kivu"], ["Goma"], None,
   evidence="fighting continued on Tuesday in Goma ... heavy gunfire around the airport ... no overall toll")
# not events: soldiers surrendering to MONUSCO (undated), Rwandan mission evacuated "days earlier", ties cut,
# AU meeting/summit plans, 2012 Goma capture (background).

# ---- Somalia (Somaliland), Garowe Online, published Fri 2022-08-12 ------------------------------------
SO = "Somalia"
A = "somalia_somaliland_garowe"
POL_SO = ["Police Forces of Somalia", "Police Forces of Somaliland", "Police Forces of Somalia (Somaliland)"]
PRO_SO = ["Protesters (Somalia)", "Protesters (Somaliland)"]
ev("hargeisa-riot", A, "2022-08-11", "2022-08-11", "2022-08-11", RIO, [VD],
   ["Rioters (Somalia)", "Rioters (Somaliland)"] + PRO_SO, POL_SO + [""], SO, ["Woqooyi Galbeed"], (), 2,
   evidence="In Hargeisa, hundreds of young men blocked main roads ... hurled stones at the police, who responded with "
            "tear gas and live ammunition. Two protesters were shot dead")
ev("erigavo-shooting", A, "2022-08-11", "2022-08-11", "2022-08-11", PRO, [EXF],
   POL_SO + PRO_SO, PRO_SO + POL_SO, SO, ["Sanaag"], (), 1,
   evidence="In Erigavo ... police opened fire on demonstrators who had gathered peacefully ... killing one young man")
ev("burao-march-dispersed", A, "2022-08-11", "2022-08-11", "2022-08-11", PRO, [PWI],
   PRO_SO + POL_SO, POL_SO + PRO_SO, SO, ["Togdheer"], (), 0,
   evidence="In Burao ... police fired tear gas to disperse a march by Waddani supporters and arrested about thirty people")
ev("burao-party-officials-arrested", A, "2022-08-11", "2022-08-11", "2022-08-11", STR, ["Arrests"],
   POL_SO, ["Waddani", "Protesters (Somalia)", "Civilians (Somalia)", "Political party (Waddani)"], SO, ["Togdheer"],
   (), 0, req=False, evidence="arrested about thirty people, including two local party officials")
# not events: "at least three" total = 2 + 1; 16 police wounded across the region (aggregate, no deaths);
# Irro vow; Friday calm; May 2021 elections (background).

# ---- Ukraine, Kyiv Independent, published Thu 2025-07-24 ----------------------------------------------
UA = "Ukraine"
A = "ukraine_nabu_kyivindependent"
PRO_UA = ["Protesters (Ukraine)"]
ev("kyiv-nabu-rally-jul22", A, "2025-07-22", "2025-07-22", "2025-07-22", PRO, [PP], PRO_UA, [""], UA,
   ["Kyiv City", "Kyiv", "Kyiv city"], (), 0,
   evidence="The first protest took place in the same spot on the evening of July 22 ... Around 2,000 people")
ev("kyiv-nabu-rally-jul23", A, "2025-07-23", "2025-07-23", "2025-07-23", PRO, [PP], PRO_UA, [""], UA,
   ["Kyiv City", "Kyiv", "Kyiv city"], (), 0,
   evidence="Thousands of people rallied in Kyiv ... on July 23 ... The rally remained peaceful")
ev("lviv-nabu-rally", A, "2025-07-23", "2025-07-23", "2025-07-23", PRO, [PP], PRO_UA, [""], UA, ["Lviv"],
   ["Lvivskyi"], 0, evidence="On July 23, demonstrations also took place in Lviv, Dnipro and Odesa")
ev("dnipro-nabu-rally", A, "2025-07-23", "2025-07-23", "2025-07-23", PRO, [PP], PRO_UA, [""], UA,
   ["Dnipropetrovsk", "Dnipropetrovsk Oblast"], (), 0,
   evidence="On July 23, demonstrations also took place in Lviv, Dnipro and Odesa")
ev("odesa-nabu-rally", A, "2025-07-23", "2025-07-23", "2025-07-23", PRO, [PP], PRO_UA, [""], UA,
   ["Odessa", "Odesa"], ["Odeskyi"], 0, evidence="On July 23, demonstrations also took place in Lviv, Dnipro and Odesa")
# not events: Rada vote / Zelensky signing, promise of new bill, EC statement, SBU searches of NABU staff,
# planned July 24 rally, related-link "drones at Kyiv overnight" (boilerplate).

# ---- Iraq, AFP, published Sun 2023-09-03 --------------------------------------------------------------
IQ = "Iraq"
A = "iraq_kirkuk_afp"
IQ_SEC = ["Military Forces of Iraq", "Police Forces of Iraq"]
ev("kirkuk-clashes", A, "2023-09-02", "2023-09-02", "2023-09-02", RIO, [VD, MOB],
   ["Rioters (Iraq)", "Protesters (Iraq)"], ["Rioters (Iraq)", "Protesters (Iraq)", ""] + IQ_SEC, IQ, ["Kirkuk"],
   ["Kirkuk"], 4,
   evidence="The violence broke out on Saturday afternoon ... threw stones at each other and ... gunfire ... Four young "
            "Kurds were killed by gunfire and fifteen people were wounded (cars burned, shops damaged: folded in)")
ev("kirkuk-clashes-as-excessive-force", A, "2023-09-02", "2023-09-02", "2023-09-02", PRO, [EXF],
   IQ_SEC + ["Protesters (Iraq)"], ["Protesters (Iraq)"] + IQ_SEC, IQ, ["Kirkuk"], ["Kirkuk"], 4, req=False,
   evidence="The KDP accused security forces ... of firing on the Kurdish demonstrators (disputed reading)")
ev("kirkuk-arab-turkmen-sit-in", A, "2023-09-01", "2023-08-28", "2023-09-02", PRO, [PP],
   ["Protesters (Iraq)"], [""], IQ, ["Kirkuk"], ["Kirkuk"], 0, tp=2,
   evidence="The sit-in began on Monday in front of the former KDP headquarters ... had been peaceful until Saturday")
# not events: curfew, Sudani's arrest order, Federal Supreme Court suspension, Barzani statement,
# October 2017 retaking of Kirkuk (background), December elections (plan).

DROP = {
    "pakistan_pic_dawn": ["Dawn", "Home", "Latest", "Pakistan", "Business", "Opinion", "World", "Sport", "Prism",
                          "Share on Facebook", "Share on Twitter", "Share on WhatsApp", "Advertisement", "RELATED",
                          "Lawyers' strike paralyses courts in Sindh",
                          "Doctors call off OPD boycott after talks with health minister", "Comments (112)", "Closed",
                          "© 2019 Dawn"],
    "drc_kinshasa_africanews": ["africanews.", "Menu", "News", "Business", "Sport", "Culture",
                                "Science & Technology", "Live", "Share", "Advertisement", "Read more",
                                "DRC: Congolese army says it repelled M23 attack near Sake",
                                "Rwanda denies backing rebels as UN Security Council meets", "Copyright © africanews"],
    "somalia_somaliland_garowe": ["Garowe Online", "HOME", "NEWS", "Somalia", "Puntland", "Somaliland", "Jubaland",
                                  "OPINION", "ABOUT US", "Advertisement", "Share this:", "Facebook", "Twitter",
                                  "WhatsApp", "Related",
                                  "Somaliland opposition vows mass protests if election is delayed",
                                  "Bihi meets election commission as tension rises in Hargeisa",
                                  "© 2022 Garowe Online. All rights reserved."],
    "ukraine_nabu_kyivindependent": [
        "The Kyiv Independent", "News Feed", "Ukraine", "War", "Business", "Opinion", "Culture", "Support Us",
        "3 min read",
        "Photo: Protesters hold placards near the Ivan Franko National Drama Theater in Kyiv on July 23, 2025. "
        "(Kyiv Independent)",
        "Sign up for our newsletter",
        "Read also: Zelensky promises new anti-corruption bill after protests",
        "Ukraine war latest: Russia launches drones at Kyiv overnight",
        "We've been covering the war since day one. Support independent journalism.", "Become a member",
        "© 2025 The Kyiv Independent"],
}
EITHER = {
    "pakistan_pic_dawn": ["Our Staff Reporter", "December 12, 2019", "Published in Dawn, December 12th, 2019"],
    "afghanistan_kabul_ap": ["By RAHIM FAIEZ and AMIR SHAH", "___",
                             "Associated Press writer Kathy Gannon in Islamabad contributed to this report."],
    "gaza_beitlahia_ap": ["By WAFAA SHURAFA and SAMY MAGDY", "Magdy reported from Cairo."],
    "libya_tripoli_reuters": ["By Ahmed Elumami",
                              "(Reporting by Ahmed Elumami; Additional reporting by Ayman al-Warfalli in Benghazi; "
                              "Writing by Hatem Maher; Editing by Frances Kerry)"],
    "drc_kinshasa_africanews": ["By Africanews", "with AFP", "Last updated: 29/01 - 09:12"],
    "somalia_somaliland_garowe": ["Friday August 12, 2022"],
    "ukraine_nabu_kyivindependent": ["by Kateryna Denisova", "July 24, 2025 1:05 AM"],
    "iraq_kirkuk_afp": ["str-sbh/jm"],
}

write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout71: protests, riots, political violence), "
                         "coded by CODEBOOK.md; BLIND, not yet run.", drop=DROP, either=EITHER)
