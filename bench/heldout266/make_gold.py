"""Writes gold.json for the 266th held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 37).

    python bench/heldout266/make_gold.py

Focus: Afghanistan 2015-2019 — the Taliban's 2015 push on Kunduz districts and the parliament attack, the Park
Palace guesthouse siege, the winter 2015-16 Kabul bombing wave and the Marjah firefight in Helmand, the Islamic
State assault on RTA in Jalalabad with the Achin raid, the March 2019 Kunduz air strike and the April 2019 attack on
the telecom ministry; suicide bombings, air strikes, territory takeovers, clashes; one event told by two articles.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

AF = "Afghanistan"
TAL = ["Taliban"]
AMIL = ["Military Forces of Afghanistan"]
APOL = ["Police Forces of Afghanistan"]
AGOV = ["Government of Afghanistan"]
AFG = AMIL + APOL
US = ["Military Forces of United States", "Military Forces of the United States", "NATO", "Resolute Support",
      "International Forces"]
IS = ["Islamic State", "Islamic State Khorasan Province", "ISKP", "IS-K", "Islamic State (Afghanistan)", "Daesh",
      "ISIS"]
CIV = ["Civilians (Afghanistan)"]
UAG = ["Unidentified Armed Group (Afghanistan)"]
KABUL = (["Kabul"], ["Kabul", ""])
KUNDUZ = ["Kunduz", "Kondoz"]
HELMAND = ["Helmand", "Hilmand"]
NANG = ["Nangarhar", "Ningarhar"]

# ---------------------------------------------------------------- Kabul parliament / Kunduz (Reuters, 2015-06-22, Mon)
A = "afghanistan_kabul_reuters"
ev("kabul-parliament-attack", A, "2015-06-22", "2015-06-22", "2015-06-22", EXP, ["Suicide bomb"],
   TAL, CIV + APOL + AGOV + [""], AF, *KABUL, 9,
   evidence="A Taliban suicide bomber and gunmen attacked the Afghan parliament on Monday, killing a woman and a "
            "child ... all seven attackers, the driver of the car and the six gunmen, had been killed (2 + 7 = 9)")
ev("kabul-parliament-gunbattle", A, "2015-06-22", "2015-06-22", "2015-06-22", BAT, ["Armed clash"],
   TAL + AFG, AFG + TAL, AF, *KABUL, None, req=False,
   evidence="Six gunmen then tried to fight their way inside but were driven back by police ... fired rocket-propelled "
            "grenades at the building for nearly two hours (the gunfight half of the same attack)")
ev("dasht-e-archi-taken", A, "2015-06-22", "2015-06-22", "2015-06-22", BAT, ["Non-state actor overtakes territory"],
   TAL, AFG + AGOV + [""], AF, KUNDUZ,
   ["Imam Sahib", "Dasht-e Archi", "Dashte Archi", "Dasht-e-Archi", "Dasht-i-Archi", "Dashti Archi"], None,
   evidence="the Taliban took the centre of Dasht-e Archi district in Kunduz province on Monday morning after "
            "surrounding it for several days")
ev("chardara-taken", A, "2015-06-21", "2015-06-21", "2015-06-21", BAT, ["Non-state actor overtakes territory"],
   TAL, APOL + AMIL + ["Afghan Local Police", "Militia (Pro-Government)", ""], AF, KUNDUZ,
   ["Chahar Dara", "Chardara", "Char Dara", "Chahardara"], None,
   evidence="A day earlier, on Sunday, hundreds of fighters fought their way into the centre of the neighbouring "
            "district of Chardara ... forcing police and local militia to pull back")

# ---------------------------------------------------------------- Park Palace (AFP, 2015-05-14, Thu)
A = "afghanistan_kabul_afp"
ev("park-palace-siege", A, "2015-05-13", "2015-05-13", "2015-05-14", VAC, ["Attack"],
   TAL, CIV + ["Civilians (India)", "Civilians (International)"], AF, *KABUL, 15,
   evidence="Fourteen people, nine of them foreigners, were killed when a Taliban gunman stormed a Kabul guesthouse "
            "... on Wednesday night ... He was shot dead by police (14 + the attacker = 15)")
ev("park-palace-standoff", A, "2015-05-13", "2015-05-13", "2015-05-14", BAT, ["Armed clash"],
   APOL + TAL, TAL + APOL, AF, *KABUL, None, req=False,
   evidence="triggering an hours-long standoff with Afghan forces that ended before dawn on Thursday (the police "
            "side of the same siege)")
ev("lashkar-gah-suicide-bombing", A, "2015-05-13", "2015-05-13", "2015-05-13", EXP, ["Suicide bomb"],
   UAG + TAL, CIV + APOL + [""], AF, HELMAND, ["Lashkar Gah", "Lashkargah", "Lashkar Gah District"], 10,
   evidence="a suicide bomber killed 10 people and wounded 12 in the provincial capital Lashkar Gah on Wednesday ... "
            "no immediate claim of responsibility")
ev("jalalabad-kabul-bank-bombing", A, "2015-04-18", "2015-04-18", "2015-04-18", EXP, ["Suicide bomb"],
   IS + UAG, CIV + AGOV + [""], AF, NANG, ["Jalalabad"], 33,
   evidence="On April 18, a suicide bomber on a motorcycle blew himself up outside a branch of the Kabul Bank in ... "
            "Jalalabad ... killing 33 people (26 days before publication: an event)")

# ---------------------------------------------------------------- Marjah / Kabul wave (Guardian, 2016-01-06, Wed)
A = "afghanistan_marjah_guardian"
ev("marjah-firefight", A, "2016-01-05", "2016-01-05", "2016-01-06", BAT, ["Armed clash"],
   TAL + US + AMIL, US + AMIL + TAL, AF, HELMAND, ["Nad 'Ali", "Nad Ali", "Nad-e Ali", "Nadali", "Marja", "Marjah"],
   1, evidence="An American special forces soldier was killed and two others were wounded on Tuesday when a joint "
               "US-Afghan unit came under heavy fire from Taliban fighters in Marjah")
ev("camp-baron-truck-bomb", A, "2016-01-04", "2016-01-04", "2016-01-04", EXP, ["Suicide bomb"],
   TAL, CIV + ["Civilians (International)", "Private Security Forces (Afghanistan)", ""], AF, *KABUL, 1,
   evidence="On Monday night a suicide bomber drove a truck packed with explosives into the gate of Camp Baron ... "
            "killing one civilian and wounding 22 ... A health ministry official put the death toll at two (1 kept)")
ev("airport-checkpoint-car-bomb", A, "2016-01-04", "2016-01-04", "2016-01-04", EXP, ["Suicide bomb"],
   UAG + TAL, APOL + [""], AF, *KABUL, None, req=False,
   evidence="Earlier the same day a suicide car bomber blew himself up at a police checkpoint on the same road ... no "
            "one else was hurt (same day, city and type as Camp Baron: may be merged by rule 1)")
ev("le-jardin-car-bomb", A, "2016-01-01", "2016-01-01", "2016-01-01", EXP, ["Suicide bomb"],
   UAG + TAL, CIV + ["Civilians (International)", ""], AF, *KABUL, 2,
   evidence="On New Year's Day, a suicide car bomb outside Le Jardin, a French restaurant ... killed a 12-year-old "
            "boy and a security guard")
ev("kabul-airport-convoy-bombing", A, "2015-12-28", "2015-12-28", "2015-12-28", EXP, ["Suicide bomb"],
   UAG + TAL, ["NATO"] + US + CIV + [""], AF, *KABUL, 1,
   evidence="A week ago, on Monday 28 December, a suicide bomber rammed a car into a Nato convoy near the airport, "
            "killing one civilian")
ev("mazar-consulate-siege", A, "2016-01-05", "2016-01-03", "2016-01-05", BAT, ["Armed clash"],
   UAG + TAL + AFG, AFG + UAG + TAL, AF, ["Balkh"], ["Mazar-e Sharif", "Mazar-i-Sharif", "Mazar-e-Sharif", "Mazar"],
   5, tp=2,
   evidence="gunmen who tried to storm the Indian consulate in Mazar-i-Sharif late on Sunday were holed up ... before "
            "Afghan commandos ... cleared it on Tuesday ... three attackers and two members of the security forces "
            "were killed")

# ---------------------------------------------------------------- Jalalabad RTA (Pajhwok, 2017-05-17, Wed)
A = "afghanistan_jalalabad_pajhwok"
ev("rta-jalalabad-attack", A, "2017-05-17", "2017-05-17", "2017-05-17", EXP, ["Suicide bomb"],
   IS, CIV + ["Media (Afghanistan)", "Journalists (Afghanistan)"] + APOL + AGOV + [""], AF, NANG, ["Jalalabad"], 10,
   evidence="Six people, among them two policemen, and all four attackers were killed on Wednesday when suicide "
            "bombers and gunmen stormed the provincial office of ... RTA in Jalalabad")
ev("rta-jalalabad-gunbattle", A, "2017-05-17", "2017-05-17", "2017-05-17", BAT, ["Armed clash"],
   IS + AFG, AFG + IS, AF, NANG, ["Jalalabad"], None, req=False,
   evidence="The other three entered the building ... and fought security forces from the upper floors for about "
            "four hours before they were killed (gunfight half of the same attack)")
ev("achin-mohmand-valley-raid", A, "2017-04-26", "2017-04-26", "2017-04-27", BAT, ["Armed clash"],
   AMIL + US + IS, IS + AMIL + US, AF, NANG, ["Achin", ""], 37,
   evidence="on the night of April 26, a joint raid by Afghan and US special forces in the Mohmand valley of Achin "
            "district killed ... Abdul Hasib, along with about 35 of his fighters ... Two US Army Rangers were killed")
ev("kabul-nato-convoy-may3", A, "2017-05-03", "2017-05-03", "2017-05-03", EXP, ["Suicide bomb"],
   IS, ["NATO"] + US + CIV + [""], AF, *KABUL, 8,
   evidence="a suicide car bomber struck a convoy of armoured Nato vehicles near the US embassy ... on May 3, "
            "killing eight civilians ... Daesh also claimed that attack")

# ---------------------------------------------------------------- Kunduz air strike (TOLOnews, 2019-03-24, Sun)
A = "afghanistan_kunduz_tolonews"
ev("telawka-air-strike", A, "2019-03-23", "2019-03-22", "2019-03-23", EXP, ["Air/drone strike"],
   US + AMIL, CIV, AF, KUNDUZ, ["Kunduz"], 13,
   evidence="Thirteen civilians, ten of them children, were killed in an airstrike by foreign forces early on "
            "Saturday in a village on the outskirts of Kunduz city ... put the number of dead at 14 (13 kept)")
ev("kunduz-us-soldiers-killed", A, "2019-03-22", "2019-03-22", "2019-03-23", BAT, ["Armed clash"],
   TAL + AMIL + US, US + AMIL + TAL, AF, KUNDUZ, ["Kunduz", ""], 2,
   evidence="The fighting began on Friday when Afghan special forces, backed by American advisers, launched an "
            "operation ... Two US service members were killed in the clashes on Friday / Khaama: Two US service "
            "members had been killed in fighting with the Taliban in ... Kunduz on March 22")
E[-1]["articles"].append("afghanistan_kabul_khaama")  # told again by the Khaama article (29 days before it)

# ---------------------------------------------------------------- Kabul telecom ministry (Khaama, 2019-04-20, Sat)
A = "afghanistan_kabul_khaama"
ev("mcit-ministry-attack", A, "2019-04-20", "2019-04-20", "2019-04-20", EXP, ["Suicide bomb"],
   UAG + IS, CIV + AGOV + APOL + [""], AF, *KABUL, 11,
   evidence="A suicide bomber and four gunmen attacked the Ministry of Communications and Information Technology in "
            "central Kabul on Saturday, killing seven people ... the four attackers had been shot dead (7 + 4)")
ev("mcit-ministry-gunbattle", A, "2019-04-20", "2019-04-20", "2019-04-20", BAT, ["Armed clash"],
   UAG + IS + APOL, APOL + UAG + IS, AF, *KABUL, None, req=False,
   evidence="a six-hour battle with security forces ... floor-by-floor clearance operation (same attack)")
ev("bagram-convoy-car-bomb", A, "2019-04-08", "2019-04-08", "2019-04-08", EXP,
   ["Suicide bomb", "Remote explosive/landmine/IED"], TAL, US, AF, ["Parwan"], ["Bagram"], 3,
   evidence="On April 8, three US Marines were killed ... when a car bomb exploded next to their convoy near Bagram "
            "Air Base ... The Taliban said one of its suicide bombers ... US officials described the device as a "
            "stationary car bomb")

DROP = {
    "afghanistan_marjah_guardian": ["The Guardian", "News", "World", "Afghanistan", "Opinion", "Sport", "Culture",
                                    "Share on Facebook", "Share on Twitter", "Share via Email", "More on this story",
                                    "Afghan peace talks: what is on the table in Islamabad",
                                    "Kabul's foreigners retreat behind blast walls",
                                    "© 2016 Guardian News and Media Limited or its affiliated companies. "
                                    "All rights reserved."],
    "afghanistan_jalalabad_pajhwok": ["Pajhwok Afghan News", "Home", "Afghanistan", "Regions", "Economy", "Sport",
                                      "Photos", "Contact Us", "Related news",
                                      "Daesh militants torch houses in Nangarhar's Kot district",
                                      "Nangarhar governor vows to clear Achin of militants", "Share this:",
                                      "Facebook", "Twitter"],
    "afghanistan_kunduz_tolonews": ["TOLOnews", "Home", "Afghanistan", "Business", "Sports", "World", "Videos",
                                    "Share", "Facebook", "Twitter", "WhatsApp", "Related",
                                    "Taliban Fighters Attack Security Posts In Baghlan",
                                    "Ghani Calls For Inclusive Peace Talks"],
    "afghanistan_kabul_khaama": ["Khaama Press", "Home", "Afghanistan", "World", "Opinion", "Video",
                                 "Share this article", "Facebook", "Twitter", "Related Posts",
                                 "Afghan forces repel Taliban attack on Baghlan checkpoints",
                                 "Khalilzad meets Pakistani officials in Islamabad"],
}
EITHER = {
    "afghanistan_kabul_reuters": ["By Hamid Shalizi and Jessica Donati",
                                  "(Additional reporting by Mirwais Harooni; Editing by Nick Macfie)"],
    "afghanistan_kabul_afp": ["bur-hc/jm"],
    "afghanistan_marjah_guardian": ["Sune Engel Rasmussen in Kabul", "Wed 6 Jan 2016 09.14 GMT"],
    "afghanistan_jalalabad_pajhwok": ["By Khan Wali Salarzai", "May 17, 2017 - 18:40"],
    "afghanistan_kunduz_tolonews": ["Written by Sharif Amiry", "24 March 2019"],
    "afghanistan_kabul_khaama": ["By Khaama Press - Sat Apr 20 2019, 7:45 pm"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="6 hand-written held-out articles (bench/heldout266; Afghanistan 2015-2019), coded by "
                             "CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
