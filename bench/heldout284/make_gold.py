"""Writes gold.json for the 284th held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 40).

    python bench/heldout284/make_gold.py

Focus: Afghanistan under the Taliban, September 2021 - February 2023 — IS-K suicide, IED and gun attacks and the
Taliban's raids on IS-K cells, National Resistance Front fighting in Panjshir and Andarab, Taliban crackdowns on
women's and anti-Pakistan protests in Kabul, the Taliban-Pakistan frontier standoff (fence, mortars, drone) and the
spill-over into Pakistan (TTP bombing in Quetta).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

AF, PK = "Afghanistan", "Pakistan"
# After 15 August 2021 the Taliban are the de facto state: both the group name and the state-forces label are
# accepted wherever Taliban fighters act or are acted upon.
TAL = ["Taliban", "Military Forces of Afghanistan", "Police Forces of Afghanistan", "Islamic Emirate of Afghanistan",
       "Government of Afghanistan"]
IS = ["Islamic State", "Islamic State Khorasan", "Islamic State Khorasan Province", "ISKP", "IS-K", "ISIS-K",
      "Islamic State (Afghanistan)", "Daesh"]
UAG_AF = ["Unidentified Armed Group (Afghanistan)"]
CIV_AF = ["Civilians (Afghanistan)"]
PROT_AF = ["Protesters (Afghanistan)"]
PAKMIL = ["Military Forces of Pakistan", "Pakistan Army"]
TTP = ["Tehrik-e-Taliban Pakistan", "TTP", "Tehreek-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan",
       "Tehreek-i-Taliban Pakistan", "Pakistani Taliban"]
NRF = ["National Resistance Front", "NRF", "National Resistance Front of Afghanistan", "NRFA",
       "Afghanistan National Resistance Front"]
KABUL = (["Kabul"], ["Kabul"])

# ---------------------------------------------------------------- Mazar-i-Sharif (AFP, 2021-11-06, Sat)
A = "afghanistan_mazar_afp"
ev("mazar-four-women-killed", A, "2021-11-04", "2021-10-20", "2021-11-04", VAC, ["Attack"],
   UAG_AF + [""], CIV_AF, AF, ["Balkh"], ["Mazar-e Sharif", "Mazar-i-Sharif", "Mazar"], 4, tp=2,
   evidence="Four women, among them a well-known women's rights activist ... were found shot dead in a house in ... "
            "Mazar-i-Sharif ... brought to the Balkh provincial hospital on Thursday (missing since October 20)")
ev("kabul-military-hospital-attack", A, "2021-11-02", "2021-11-02", "2021-11-02", EXP, ["Suicide bomb"],
   IS, CIV_AF + TAL, AF, *KABUL, 19,
   evidence="On Tuesday, a suicide bomber blew himself up at the gate of the 400-bed Sardar Mohammad Daud Khan "
            "military hospital in Kabul before gunmen stormed the compound ... Taliban officials put the death toll "
            "at 19 ... a health official ... 25 bodies")
ev("kabul-military-hospital-gunfight", A, "2021-11-02", "2021-11-02", "2021-11-02", BAT, ["Armed clash"],
   TAL + IS, IS + TAL, AF, *KABUL, None, req=False,
   evidence="Hamdullah Mukhlis ... was killed in the gunfight inside the hospital grounds ... special forces were "
            "dropped onto the hospital roof (the same attack seen as a clash; may be folded into the bombing)")
ev("kunduz-shia-mosque-last-month", A, "2021-10-31", "2021-10-01", "2021-10-31", EXP, ["Suicide bomb"],
   IS, CIV_AF, AF, ["Kunduz", "Kondoz"], (), None, req=False, tp=3,
   evidence="Last month the group claimed suicide bombings on Shiite mosques in Kunduz and Kandahar that killed "
            "scores of worshippers (inside 30 days, month only, no per-attack toll)")
ev("kandahar-shia-mosque-last-month", A, "2021-10-31", "2021-10-01", "2021-10-31", EXP, ["Suicide bomb"],
   IS, CIV_AF, AF, ["Kandahar"], (), None, req=False, tp=3,
   evidence="suicide bombings on Shiite mosques in Kunduz and Kandahar (second of the two)")

# ---------------------------------------------------------------- Goshta (Reuters, 2021-12-23, Thu)
A = "afghanistan_goshta_reuters"
ev("goshta-fence-stopped", A, "2021-12-19", "2021-12-19", "2021-12-19", STR,
   ["Other", "Looting/property destruction", "Change to group/activity"], TAL, PAKMIL + [""], AF, ["Nangarhar"],
   ["Goshtah", "Goshta", "Gushta"], 0,
   evidence="Taliban forces stopped the Pakistani military from erecting what they called an 'illegal' fence ... "
            "seizing spools of barbed wire ... on Sunday in Goshta district ... no shots were fired")
ev("kunar-pakistani-mortars", A, "2021-12-22", "2021-12-22", "2021-12-22", EXP, ["Shelling/artillery/missile attack"],
   PAKMIL, ["", "Civilians (Afghanistan)"] + TAL, AF, ["Kunar", "Konar"], (), None,
   evidence="on Wednesday mortar rounds were fired from Pakistani territory into Afghanistan's Kunar province ... "
            "It was unclear whether anyone was hurt")
ev("chawgam-drone-strike", A, "2021-12-19", "2021-12-13", "2021-12-19", EXP, ["Air/drone strike"],
   PAKMIL + UAG_AF + ["Unidentified Armed Group (Pakistan)", "Unidentified Military Forces", ""],
   TTP + CIV_AF + [""], AF, ["Kunar", "Konar"], ["Shigal wa Sheltan", "Shigal", "Sheltan", "Dangam"], 0, tp=2,
   evidence="Last week, a suspected drone strike hit a house in Chawgam village in Kunar, apparently targeting "
            "Faqir Mohammad ... The missile failed to explode and no one was hurt")
ev("kabul-passport-office-bomber", A, "2021-12-23", "2021-12-23", "2021-12-23", STR, ["Disrupted weapons use"],
   TAL + IS + UAG_AF, IS + UAG_AF + TAL + [""], AF, *KABUL, 1,
   evidence="a would-be suicide bomber was shot dead on Thursday morning outside the main passport office ... shot "
            "by guards before he could detonate his explosives vest ... no one else was hurt")

# ---------------------------------------------------------------- Panjshir (Amu TV, 2022-05-10, Tue)
A = "afghanistan_dara_amutv"
PANJ = ["Panjshir", "Panjsher"]
DARA = ["Darah-e Hazara", "Dara", "Darah", "Abdullah Khel", ""]
ev("dara-abdullah-khel-clash", A, "2022-05-09", "2022-05-09", "2022-05-10", BAT, ["Armed clash"],
   NRF + TAL, TAL + NRF, AF, PANJ, DARA, 6,
   evidence="Fighting ... raged for a fourth day ... on Monday, with the front saying it killed 22 Taliban fighters "
            "in clashes around Dara district and Taliban officials insisting that only three of their men had been "
            "wounded ... six of the front's fighters dead")
ev("doab-checkpoint-taken", A, "2022-05-06", "2022-05-06", "2022-05-06", BAT, ["Non-state actor overtakes territory"],
   NRF, TAL + [""], AF, PANJ, (), 9,
   evidence="Its fighters attacked the Doab checkpoint at the entrance to the Abshar valley that evening (Friday), "
            "killing nine Taliban members and wounding six others ... and took control of the post")
ev("abshar-abdullah-khel-claimed", A, "2022-05-07", "2022-05-06", "2022-05-07", BAT,
   ["Non-state actor overtakes territory", "Armed clash"], NRF, TAL + [""], AF, PANJ, (), None, req=False, tp=2,
   evidence="The front also claimed that parts of Abdullah Khel and Abshar, except their district centres, had "
            "fallen to it by Saturday ... dismissed the claims as 'fabrication'")
ev("andarab-convoy-ambush", A, "2022-05-08", "2022-05-08", "2022-05-08", BAT, ["Armed clash"],
   NRF, TAL, AF, ["Baghlan"], ["Andarab", "Banu"], None,
   evidence="In Andarab ... the NRF said its fighters ambushed a Taliban convoy on Sunday ... no casualty figures")

# ---------------------------------------------------------------- Khair Khana (Dawn, 2023-02-28, Tue)
A = "afghanistan_khairkhana_dawn"
ev("khair-khana-raid-qari-fateh", A, "2023-02-26", "2023-02-26", "2023-02-27", BAT, ["Armed clash"],
   TAL, IS, AF, ["Kabul"], ["Kabul", ""], 2,
   evidence="Qari Fateh ... was killed along with another member of the group when special forces stormed a house "
            "on the first street of Shahrak-e-Zakireen in Khair Khana on Sunday night")
ev("ahangar-raid", A, "2023-02-13", "2023-02-13", "2023-02-14", BAT, ["Armed clash"],
   TAL, IS, AF, ["Kabul"], (), 3,
   evidence="in a separate operation on February 13, the Islamic Emirate's special forces had killed three IS-K "
            "members, among them Ijaz Amin Ahangar ... IS-K ... killed in a clash with the Taliban on February 14 "
            "... that raid had also taken place in Kabul")

# ---------------------------------------------------------------- Kabul (Al Jazeera, 2021-09-30, Thu)
A = "afghanistan_kabul_aljazeera"
ev("rabia-balkhi-school-protest", A, "2021-09-30", "2021-09-30", "2021-09-30", PRO,
   ["Protest with intervention", "Excessive force against protesters"], PROT_AF, TAL, AF, *KABUL, 0,
   evidence="Taliban fighters fired into the air on Thursday to break up a small protest by women outside a girls' "
            "high school in eastern Kabul ... Six women ... outside the Rabia Balkhi secondary school")
ev("kabul-pakistan-embassy-march", A, "2021-09-07", "2021-09-07", "2021-09-07", PRO,
   ["Protest with intervention", "Excessive force against protesters"], PROT_AF, TAL, AF, *KABUL, 0,
   evidence="On September 7, fighters fired into the air to scatter hundreds of men and women who marched towards "
            "the Pakistani embassy ... several journalists ... were detained for hours (23 days before: inside the "
            "window)")
ev("herat-kidnappers-shootout", A, "2021-09-25", "2021-09-25", "2021-09-25", BAT, ["Armed clash"],
   TAL, UAG_AF + ["Criminals (Afghanistan)", "Kidnappers (Afghanistan)"] + TAL, AF, ["Herat", "Hirat"],
   ["Herat", "Hirat"], 4,
   evidence="In the western city of Herat, fighters killed four alleged kidnappers in a shootout on Saturday after "
            "the men snatched a businessman and his son")
ev("jalalabad-blasts", A, "2021-09-18", "2021-09-18", "2021-09-18", EXP, ["Remote explosive/landmine/IED"],
   IS, TAL + CIV_AF, AF, ["Nangarhar"], ["Jalalabad"], 3,
   evidence="On September 18, three blasts targeting Taliban vehicles in the city killed at least three people, "
            "including Taliban members, and wounded about 20")

# ---------------------------------------------------------------- Kabul embassy (Arab News, 2022-12-03, Sat)
A = "afghanistan_kabulembassy_arabnews"
ev("kabul-pakistani-embassy-shooting", A, "2022-12-02", "2022-12-02", "2022-12-02", VAC, ["Attack"],
   UAG_AF + IS, ["Civilians (Pakistan)", "Civilians (Afghanistan)", "Government of Pakistan"] + PAKMIL, AF, *KABUL, 0,
   evidence="A gunman opened fire on Pakistan's embassy in Kabul on Friday, targeting the head of mission ... "
            "seriously wounding one of his security guards ... No group had claimed responsibility")
ev("quetta-baleli-suicide-bombing", A, "2022-11-30", "2022-11-30", "2022-11-30", EXP, ["Suicide bomb"],
   TTP, ["Police Forces of Pakistan", "Balochistan Constabulary", "Civilians (Pakistan)"], PK, ["Balochistan"],
   ["Quetta"], 3,
   evidence="On Wednesday, a suicide bomber blew himself up next to a truck carrying Balochistan Constabulary "
            "personnel ... in the Baleli area on the outskirts of Quetta ... a policeman and at least two civilians "
            "... were killed ... health department later put the death toll at four")
ev("ttp-ceasefire-called-off", A, "2022-11-29", "2022-11-28", "2022-11-29", STR,
   ["Change to group/activity", "Other", "Agreement"], TTP, ["Military Forces of Pakistan", "Government of Pakistan", ""],
   PK, [""], (), None, req=False,
   evidence="a day after the militant group called off a ceasefire agreed with the government in June and ordered "
            "its fighters to carry out attacks across the country (announcement, no place)")

DROP = {
    "afghanistan_dara_amutv": ["Amu TV", "Home", "Afghanistan", "Women", "Economy", "Opinion", "Video", "Share",
                               "Facebook", "Twitter", "WhatsApp", "Related",
                               "Taliban send reinforcements to Panjshir as clashes spread",
                               "NRF claims control of Doab checkpoint in Abshar",
                               "© 2022 Amu TV. All rights reserved."],
    "afghanistan_khairkhana_dawn": ["DAWN.COM", "Home", "Latest", "Pakistan", "World", "Business", "Opinion", "Sport",
                                    "Comments (14)", "Closed", "Read more",
                                    "Pakistan delegation, Taliban discuss TTP threat in Kabul",
                                    "Copyright © 2023, Dawn"],
    "afghanistan_kabul_aljazeera": ["Al Jazeera", "Skip links", "Skip to Content", "News", "Asia", "Features",
                                    "Opinion", "More from News", "Taliban name new cabinet members, still no women",
                                    "Pakistan PM urges world to engage with Taliban government"],
    "afghanistan_kabulembassy_arabnews": ["Arab News", "Photo: AFP", "Follow us on Twitter @arabnews"],
}
EITHER = {
    "afghanistan_mazar_afp": ["bur-jd/sst/ac"],
    "afghanistan_goshta_reuters": ["By Reuters Staff",
                                   "(Reporting by Kabul newsroom; Additional reporting by Gibran Peshimam in "
                                   "Islamabad; Editing by Raju Gopalakrishnan)"],
    "afghanistan_dara_amutv": ["Amu Staff", "May 10, 2022"],
    "afghanistan_khairkhana_dawn": ["AFP | Reuters", "Published February 28, 2023",
                                    "Published in Dawn, February 28th, 2023"],
    "afghanistan_kabul_aljazeera": ["30 Sep 2021", "Source: Al Jazeera and news agencies"],
    "afghanistan_kabulembassy_arabnews": ["December 03, 2022"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="6 hand-written held-out articles (bench/heldout284; Afghanistan 2021-2023 under the "
                             "Taliban), coded by CODEBOOK.md before the system was run (BLIND).",
               drop=DROP, either=EITHER)
