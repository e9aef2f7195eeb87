"""Writes gold.json for the 273rd held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 38).

    python bench/heldout273/make_gold.py

Topic: Iraq 2014-2021 — an Islamic State suicide bombing in a Baghdad market, a coordinated IS night assault on
the PMF in Salahuddin, a crowd storming a Turkish base in Duhok after Turkish air strikes, rockets on the Green
Zone, the repression of the Tishreen protests in Basra and Umm Qasr, and an IS booby-trap killing in Diyala.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

IQ = "Iraq"
IS = ["Islamic State", "ISIS", "ISIL", "Daesh", "Islamic State (Iraq)"]
UAG = ["Unidentified Armed Group (Iraq)"]
CIV = ["Civilians (Iraq)"]
IQA = ["Military Forces of Iraq", "Iraqi Army", "Iraqi Security Forces"]
IQP = ["Police Forces of Iraq", "Iraqi Police", "Federal Police"] + IQA
PMF = ["Popular Mobilization Forces", "Popular Mobilisation Forces", "PMF", "Hashd al-Shaabi", "Al Hashd al Shaabi",
       "Popular Mobilization Forces (Iraq)"] + IQA
USF = ["Military Forces of the United States", "Military Forces of United States", "US Forces",
       "Operation Inherent Resolve", "Coalition Forces", "Government of the United States"]
SHIA_MIL = ["Kataib Hezbollah", "Islamic Resistance in Iraq", "Iran-backed militias"]
PROT = ["Protesters (Iraq)"]
BGD = ["Baghdad"]
BGD2 = ["Karkh", "Al Karkh", "Rusafa", "Al Rusafa", "Al-Rusafa", "Adhamiyah", "Thawra", "Sadr City", ""]

# ---------------------------------------------------------------- Baghdad (Reuters, 2021-07-20, Tue)
A = "iraq_sadrcity_reuters"
ev("wahailat-market-suicide-bombing", A, "2021-07-19", "2021-07-19", "2021-07-19", EXP,
   ["Suicide bomb", "Remote explosive/landmine/IED"], IS + UAG, CIV, IQ, BGD, BGD2, 30,
   evidence="A suicide bomber blew himself up among shoppers crowding the Wahailat market in Baghdad's Sadr City "
            "district on Monday evening ... killing at least 30 (police 35, health ministry 30)")
ev("wahailat-commander-arrest", A, "2021-07-20", "2021-07-19", "2021-07-20", STR, ["Arrests"],
   ["Government of Iraq", "Military Forces of Iraq", "Police Forces of Iraq"], IQP + [""], IQ, BGD, BGD2, 0,
   req=False, evidence="ordered the arrest of the commander of the federal police regiment responsible for securing "
                       "the market (an order; the officer is not a notable person)")
ev("ain-al-asad-fourteen-rockets", A, "2021-07-07", "2021-07-07", "2021-07-07", EXP,
   ["Shelling/artillery/missile attack"], UAG + SHIA_MIL, USF + IQA + [""], IQ,
   ["Al Anbar", "Anbar", "Al-Anbar"], ["Hit", "Heet", "Al Baghdadi", ""], 0,
   evidence="Earlier this month, on July 7, fourteen rockets struck the Ain al-Asad air base ... lightly wounding two "
            "U.S. service members (13 days before publication: inside the window)")

# ---------------------------------------------------------------- Salahuddin (Kurdistan 24, 2020-05-03, Sun)
A = "iraq_mukeishifa_kurdistan24"
SAD = ["Salah ad Din", "Salahuddin", "Salah al-Din", "Saladin", "Salah Al-Din"]
ev("mukeishifa-is-assault-on-pmf", A, "2020-05-01", "2020-05-01", "2020-05-02", BAT, ["Armed clash"],
   IS + PMF, PMF + IS, IQ, SAD, ["Samarra", "Al-Daur", "Al Daur", "Samarra'", ""], 13,
   evidence="launched a coordinated, multi-pronged assault on positions of the PMF around the town of Mukeishifa, "
            "south of Samarra ... late on Friday, killing at least ten militiamen ... three of the militants were "
            "killed (10 + 3; the local official's 12 is unconfirmed)")
ev("balad-army-post-attack", A, "2020-05-01", "2020-05-01", "2020-05-02", BAT, ["Armed clash"],
   IS + UAG + IQA, IQA + IS + UAG, IQ, SAD, ["Balad"], 2,
   evidence="In a separate attack the same night, gunmen believed to belong to the extremist group opened fire on an "
            "army post near the town of Balad ... killing two soldiers")
ev("kirkuk-intelligence-suicide-bomber", A, "2020-04-28", "2020-04-28", "2020-04-28", EXP, ["Suicide bomb"],
   IS + UAG, IQP + ["Iraqi National Intelligence Service", ""], IQ, ["Kirkuk", "At-Ta'mim", "Tamim"], ["Kirkuk"], None,
   evidence="a suicide bomber blew himself up at the gate of the intelligence and counter-terrorism directorate in "
            "the city of Kirkuk on Tuesday. The bomber was killed and three members of the security forces were "
            "wounded (toll 1 or 0 depending on counting the bomber: unscored)")

# ---------------------------------------------------------------- Duhok (Rudaw, 2019-01-27, Sun)
A = "iraq_shiladze_rudaw"
TUR = ["Military Forces of Turkey", "Turkish Armed Forces", "Turkish Army", "Turkish Air Force"]
DUH = ["Duhok", "Dahuk", "Dohuk", "Dihok"]
AMEDI = ["Amedi", "Amadiya", "Al Amadiyah", "Al-Amadiya", "Adhamiyah", ""]
PKK = ["PKK", "Kurdistan Workers' Party", "PKK: Kurdistan Workers Party", "HPG"]
ev("shiladze-turkish-base-stormed", A, "2019-01-26", "2019-01-26", "2019-01-26", RIO,
   ["Violent demonstration", "Mob violence"], ["Rioters (Iraq)"] + PROT + TUR, TUR + ["Rioters (Iraq)"] + PROT + [""],
   IQ, DUH, AMEDI, 1,
   evidence="hundreds of angry residents of Shiladze ... stormed a Turkish military base near the town and set fire "
            "to its vehicles and tents ... A teenage boy was shot dead (health directorate: one; local officials: two)")
ev("shiladze-turkish-fire-on-protesters", A, "2019-01-26", "2019-01-26", "2019-01-26", PRO,
   ["Excessive force against protesters"], TUR + PROT, PROT + TUR, IQ, DUH, AMEDI, 1, req=False,
   evidence="the Turkish soldiers first fired into the air and then directly at the crowd (the same storming seen "
            "as excessive force against a protest)")
ev("rashava-turkish-airstrike", A, "2019-01-23", "2019-01-23", "2019-01-23", EXP, ["Air/drone strike"],
   TUR, CIV + PKK + [""], IQ, DUH, AMEDI, 4,
   evidence="a Turkish airstrike at about 6 p.m. on Wednesday in the Rashava area of the Deraluk sub-district, which "
            "killed four people: two young men who had gone hiking ..., a student and a Peshmerga")
ev("deraluk-zap-overnight-strikes", A, "2019-01-27", "2019-01-26", "2019-01-27", EXP, ["Air/drone strike"],
   TUR, PKK + [""], IQ, DUH, AMEDI, None,
   evidence="Residents said Turkish jets struck again overnight in the mountains between Deraluk and the Zap valley, "
            "targeting what Ankara described as PKK positions. There was no immediate word on casualties")
ev("krg-forces-deployed-shiladze", A, "2019-01-26", "2019-01-26", "2019-01-27", STR, ["Change to group/activity"],
   ["Military Forces of Iraq (Kurdistan Regional Government)", "Peshmerga", "Asayish", "Kurdistan Regional Government",
    "Police Forces of Iraq (Kurdistan Regional Government)"], [""] + PROT, IQ, DUH, AMEDI, 0, req=False,
   evidence="The Kurdistan Regional Government sent a large contingent of security forces from Duhok to Shiladze on "
            "Saturday night to restore order")

# ---------------------------------------------------------------- Baghdad (AFP, 2020-11-18, Wed)
A = "iraq_greenzone_afp"
ev("green-zone-katyusha-volley", A, "2020-11-17", "2020-11-17", "2020-11-18", EXP,
   ["Shelling/artillery/missile attack"], UAG + SHIA_MIL, USF + CIV + IQA + ["Government of Iraq", ""], IQ, BGD,
   BGD2 + ["Baghdad"], 1,
   evidence="A volley of Katyusha rockets fired at Baghdad's high-security Green Zone late on Tuesday killed a child "
            "and wounded five people ... fired from the Al-Amin al-Thaniya neighbourhood")
ev("yusufiyah-convoy-roadside-bomb", A, "2020-11-14", "2020-11-14", "2020-11-14", EXP,
   ["Remote explosive/landmine/IED"], UAG + SHIA_MIL, USF + CIV + [""], IQ, BGD, ["Mahmudiya", "Al Mahmudiya", ""], 0,
   evidence="On Saturday, a roadside bomb struck one such convoy on the highway near Yusufiyah, south of the capital, "
            "damaging a truck without causing casualties")

# ---------------------------------------------------------------- Basra (Middle East Eye, 2019-11-24, Sun)
A = "iraq_basra_middleeasteye"
BSR = ["Basra", "Al Basrah", "Basrah"]
ev("basra-bridges-live-fire", A, "2019-11-24", "2019-11-23", "2019-11-24", PRO,
   ["Excessive force against protesters"], IQP + PROT, PROT + IQP, IQ, BSR, ["Basrah", "Basra", "Al Basrah"], 3,
   evidence="Protesters had gathered overnight on three bridges in the city centre ... Security forces moved in "
            "before dawn with tear gas and live ammunition, killing three people and wounding more than fifty")
ev("umm-qasr-roads-live-fire", A, "2019-11-24", "2019-11-24", "2019-11-24", PRO,
   ["Excessive force against protesters"], IQP + PROT, PROT + IQP, IQ, BSR, ["Al-Zubair", "Al Zubair", "Zubair",
                                                                              "Abu Al-Khasib", ""], 2,
   evidence="two more protesters were killed and around seventy wounded when security forces fired on demonstrators "
            "who were trying to reopen roads leading to the port town of Umm Qasr (rights commission: three)")
ev("umm-qasr-port-blockade-dispersed", A, "2019-11-22", "2019-11-22", "2019-11-22", PRO,
   ["Protest with intervention", "Excessive force against protesters"], IQP + PROT, PROT + IQP, IQ, BSR,
   ["Al-Zubair", "Al Zubair", "Zubair", "Abu Al-Khasib", ""], 0,
   evidence="on Friday, when troops and riot police dispersed by force the crowd that had blocked the entrance to "
            "the port for several days and reopened it to traffic. Dozens were detained")
ev("umm-qasr-early-november-sit-in-broken-up", A, "2019-11-07", "2019-11-01", "2019-11-07", PRO,
   ["Protest with intervention", "Excessive force against protesters"], IQP + PROT, PROT + IQP, IQ, BSR,
   ["Al-Zubair", "Al Zubair", "Zubair", "Abu Al-Khasib", ""], None, req=False, tp=2,
   evidence="Umm Qasr ... had already been paralysed from late October until the first week of November, when a "
            "sit-in outside its gates was broken up by force (inside the window, dated only to a week)")
ev("basra-students-peaceful-march", A, "2019-11-24", "2019-11-24", "2019-11-24", PRO, ["Peaceful protest"],
   PROT + ["Protesters (Iraq) Students"], [""], IQ, BSR, ["Basrah", "Basra", "Al Basrah"], 0,
   evidence="On Sunday afternoon, several hundred students marched peacefully through the city's al-Jazair street "
            "... Security forces watched from a distance and did not intervene")

# ---------------------------------------------------------------- Diyala (The National, 2020-10-29, Thu)
A = "iraq_muqdadiyah_thenational"
DIY = ["Diyala", "Diyala Governorate"]
MUQ = ["Al-Muqdadiya", "Al Muqdadiyah", "Muqdadiyah", "Muqdadiya", "Al Miqdadiyah"]
ev("khailaniyah-sheikh-abducted-killed", A, "2020-10-27", "2020-10-27", "2020-10-27", VAC,
   ["Attack", "Abduction/forced disappearance"], IS, CIV + PMF + ["Bani Kaab Tribal Militia"], IQ, DIY, MUQ, None,
   evidence="Islamic State militants abducted and killed a Shiite tribal elder near the village of Khailaniyah in "
            "Diyala province's Muqdadiyah district on Tuesday (toll 1, or 5 if merged with the booby-trap: unscored)")
ev("khailaniyah-booby-trapped-body", A, "2020-10-27", "2020-10-27", "2020-10-27", EXP,
   ["Remote explosive/landmine/IED"], IS, CIV + [""], IQ, DIY, MUQ, 4,
   evidence="When his sons and cousins reached the spot on Tuesday evening, a bomb planted under the body exploded "
            "... health directorate confirmed four deaths (police officer: five)")
ev("khailaniyah-search-operation", A, "2020-10-28", "2020-10-28", "2020-10-28", STR, ["Change to group/activity"],
   IQA + PMF, IS + [""], IQ, DIY, MUQ, 0, req=False,
   evidence="On Wednesday, army units and fighters of the Popular Mobilisation Forces began combing the groves and "
            "irrigation canals around Khailaniyah (a sweep without a clash)")
ev("jalawla-patrol-roadside-bomb", A, "2020-10-25", "2020-10-25", "2020-10-25", EXP,
   ["Remote explosive/landmine/IED"], UAG + IS, IQA, IQ, DIY, ["Khanaqin"], 0,
   evidence="On Sunday, two soldiers were wounded when a roadside bomb struck their patrol on a rural road near "
            "Jalawla")

DROP = {
    "iraq_mukeishifa_kurdistan24": ["Kurdistan 24", "Home", "Kurdistan", "Iraq", "Middle East", "World", "Opinion",
                                    "Live TV", "Share this article", "Facebook", "Twitter", "WhatsApp", "Related",
                                    "ISIS attacks Peshmerga positions in Garmiyan",
                                    "Kurdistan Region extends coronavirus curfew by one week",
                                    "© Kurdistan 24 2020. All rights reserved."],
    "iraq_shiladze_rudaw": ["Rudaw", "Kurdistan", "Iraq", "Middle East", "World", "Opinion", "TV",
                            "Tags: Turkey airstrikes PKK Duhok Amedi", "A+ A-", "Related Stories",
                            "KRG calls on PKK to leave border villages", "Turkish jets pound Qandil mountains", "Share",
                            "Facebook", "Twitter", "Copyright © 2019 Rudaw. All rights reserved."],
    "iraq_basra_middleeasteye": ["Middle East Eye", "News", "Opinion", "Explainers", "Video", "Read more",
                                 "Iraq protests: Demonstrators block roads to Umm Qasr port",
                                 "Analysis: Why Iran fears Iraq's protest movement",
                                 "This article is available in French on Middle East Eye French edition."],
    "iraq_muqdadiyah_thenational": ["The National", "UAE", "World", "Business", "Opinion", "Arts & Culture",
                                    "More from The National", "Iraq's Kadhimi vows to hold early elections in June",
                                    "Rocket attack targets Baghdad airport"],
}
EITHER = {
    "iraq_sadrcity_reuters": ["By Baghdad newsroom",
                              "(Reporting by Baghdad newsroom; Writing by Ahmed Rasheed; Editing by Nick Macfie)"],
    "iraq_mukeishifa_kurdistan24": ["By Kurdistan 24", "May 3, 2020"],
    "iraq_shiladze_rudaw": ["27-01-2019"],
    "iraq_greenzone_afp": ["bur-sf/jsa/kir"],
    "iraq_basra_middleeasteye": ["By MEE correspondent in Basra", "Published date: 24 November 2019 18:40 UTC"],
    "iraq_muqdadiyah_thenational": ["Mina Aldroubi", "Oct 29, 2020", "Updated: October 29, 2020, 2:14 PM"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="6 hand-written held-out articles (bench/heldout273; Iraq 2014-2021), coded by "
                             "CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
