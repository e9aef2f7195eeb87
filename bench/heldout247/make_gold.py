"""Writes gold.json for the 247th held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 34).

    python bench/heldout247/make_gold.py

Focus: Afghanistan 2005-2011 — Taliban insurgency in Kandahar, Helmand, Kunar, Paktia and Khost; suicide bombings
and complex attacks in Kabul and Khost; NATO/ISAF and US air and rocket strikes with civilian deaths; roadside bombs
on convoys; the 2005 Koran-desecration riots and the 2009/2011 protests over civilian deaths. Two events are told by
two articles each (the Sarposa jailbreak, the Granai air strikes).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

AF = "Afghanistan"
TAL = ["Taliban", "Afghan Taliban", "Taliban (Afghanistan)", "Islamic Emirate of Afghanistan"]
UAG = ["Unidentified Armed Group (Afghanistan)"]
MIL = ["Military Forces of Afghanistan", "Afghan National Army", "ANA", "Afghan National Security Forces"]
POL = ["Police Forces of Afghanistan", "Afghan National Police", "ANP"]
GOV = ["Government of Afghanistan"]
CIV = ["Civilians (Afghanistan)"]
US = ["Military Forces of United States", "Military Forces of the United States",
      "Military Forces of United States of America", "US Forces", "United States Armed Forces", "US military"]
NATO = ["NATO", "ISAF", "International Security Assistance Force", "NATO: North Atlantic Treaty Organization",
        "NATO-led ISAF", "NATO/ISAF"]
UK = ["Military Forces of United Kingdom", "Military Forces of the United Kingdom", "British Army", "British forces"]
CAN = ["Military Forces of Canada", "Canadian Forces", "Canadian Armed Forces"]
PROT = ["Protesters (Afghanistan)"]
RIOT = ["Rioters (Afghanistan)", "Protesters (Afghanistan)"]
KABUL = (["Kabul"], ["Kabul", ""])

# ---------------------------------------------------------------- AP, 2006-09-12 (Tue)
A = "afghanistan_gardez_ap"
ev("gardez-taniwal-suicide", A, "2006-09-10", "2006-09-10", "2006-09-10", EXP, ["Suicide bomb"],
   TAL + UAG, GOV + CIV + POL + ["Abdul Hakim Taniwal", "Hakim Taniwal"], AF, ["Paktia", "Paktya", "Paktiya"],
   ["Gardez", "Gardiz"], 3,
   evidence="Taniwal ... was walking from his office to his car in Gardez ... on Sunday afternoon when a man ... "
            "detonated explosives ... killed the governor, his nephew ... and his secretary. Some officials ... four")
ev("tani-funeral-suicide", A, "2006-09-11", "2006-09-11", "2006-09-11", EXP, ["Suicide bomb"],
   UAG + TAL, POL + CIV + GOV, AF, ["Khost", "Khowst"], ["Tani"], 5,
   evidence="A suicide bomber blew himself up among mourners at the funeral ... on Monday, killing at least five "
            "police officers ... Hisarak village in Tani district ... doctor ... six bodies (lowest figure 5)")
ev("kabul-us-embassy-car-bomb", A, "2006-09-08", "2006-09-08", "2006-09-08", EXP, ["Suicide bomb"],
   TAL + UAG, US + NATO + CIV, AF, *KABUL, 16,
   evidence="a suicide car bomber rammed a U.S. military vehicle near the American Embassy in central Kabul on "
            "Friday, killing 16 people, including two American soldiers")
ev("panjwai-medusa-24h", A, "2006-09-11", "2006-09-10", "2006-09-12", BAT, ["Armed clash"],
   NATO + CAN + TAL, TAL + NATO + CAN, AF, ["Kandahar"], ["Panjwa'i", "Panjwai", "Panjwayi"], 92,
   evidence="NATO said Monday that its troops and aircraft had killed 92 more militants over the previous 24 hours "
            "in Panjwai district of Kandahar province")
ev("panjwai-medusa-24h-as-air", A, "2006-09-11", "2006-09-10", "2006-09-12", EXP, ["Air/drone strike"],
   NATO + CAN + US, TAL + [""], AF, ["Kandahar"], ["Panjwa'i", "Panjwai", "Panjwayi"], None, req=False,
   evidence="the same 24 hours seen as air strikes ('troops and aircraft')")
ev("panjwai-medusa-cumulative", A, "2006-09-11", "2006-09-02", "2006-09-12", BAT, ["Armed clash"],
   NATO + CAN + TAL, TAL + NATO + CAN, AF, ["Kandahar"], ["Panjwa'i", "Panjwai", "Panjwayi"], None, req=False, tp=3,
   evidence="more than 500 insurgents have died in the 10-day operation (cumulative claim, overlaps the 24-hour row)")
ev("panjwai-canadians-killed", A, "2006-09-03", "2006-09-03", "2006-09-03", BAT, ["Armed clash"],
   TAL + CAN + NATO, CAN + NATO + TAL, AF, ["Kandahar"], ["Panjwa'i", "Panjwai", "Panjwayi"], 4,
   evidence="Four Canadian soldiers were killed in fighting with Taliban fighters in Panjwai on Sept. 3")
ev("panjwai-a10-friendly-fire", A, "2006-09-04", "2006-09-04", "2006-09-04", EXP, ["Air/drone strike"],
   US + NATO, CAN + NATO, AF, ["Kandahar"], ["Panjwa'i", "Panjwai", "Panjwayi"], 1,
   evidence="a fifth died the next day when a U.S. A-10 attack jet mistakenly strafed his platoon")
ev("nangarhar-hezb-commander-detained", A, "2006-09-11", "2006-09-01", "2006-09-11", STR, ["Arrests"],
   US + NATO, ["Hezb-e-Islami", "Hizb-i-Islami", "Hezb-e Islami Gulbuddin", "HIG", "Al Qaeda", ""], AF,
   ["Nangarhar", "Ningarhar"], (), None, req=False, tp=2,
   evidence="the U.S. military announced Monday that it had detained a commander of the Hezb-e-Islami faction ... "
            "in eastern Nangarhar province. It gave no date for the raid")

# ---------------------------------------------------------------- Reuters, 2008-06-14 (Sat)
A = "afghanistan_kandahar_reuters"
KDH = (["Kandahar", "Qandahar"], ["Kandahar", "Kandahar City", "Daman"])
PRISON = POL + MIL + GOV + ["Prison Guards (Afghanistan)", "Civilians (Afghanistan)"]
ev("sarposa-prison-assault", A, "2008-06-13", "2008-06-13", "2008-06-13", EXP, ["Suicide bomb"],
   TAL, PRISON, AF, *KDH, 9,
   evidence="a suicide bomber drove a fuel tanker packed with explosives into the main gate ... a second bomber ... "
            "killing at least nine guards (deputy police chief 9, Ahmed Wali Karzai 15)")
E[-1]["articles"].append("afghanistan_kabul_afp")
ev("sarposa-gun-battle", A, "2008-06-13", "2008-06-13", "2008-06-13", BAT,
   ["Armed clash", "Non-state actor overtakes territory"], TAL, PRISON, AF, *KDH, None, req=False,
   evidence="dozens of militants on motorcycles then swept into the compound ... The gun battle with the guards lasted "
            "about half an hour (the assault's ground phase, folded into the bombing by the gold)")
E[-1]["articles"].append("afghanistan_kabul_afp")
ev("zhari-police-escort-ied", A, "2008-06-12", "2008-06-12", "2008-06-12", EXP, ["Remote explosive/landmine/IED"],
   TAL + UAG, POL, AF, ["Kandahar", "Qandahar"], ["Zharey", "Zhari", "Zheray"], 3,
   evidence="On Thursday, a roadside bomb tore through a police pick-up truck escorting a supply convoy on the main "
            "highway in Zhari district ... killing three policemen")
ev("kandahar-canadian-convoy-suicide", A, "2008-06-13", "2008-06-08", "2008-06-13", EXP, ["Suicide bomb"],
   TAL + UAG, CAN + NATO + CIV, AF, *KDH, 2, tp=2,
   evidence="Earlier this week, two civilians were killed when a suicide car bomber targeted a Canadian military "
            "convoy on the eastern outskirts of Kandahar city")
ev("kandahar-checkpoints-searches", A, "2008-06-14", "2008-06-14", "2008-06-14", STR, ["Change to group/activity"],
   MIL + POL + CAN, [""] + TAL, AF, *KDH, 0, req=False,
   evidence="Afghan troops, police and Canadian soldiers set up checkpoints on all roads out of the city on Saturday "
            "and began house-to-house searches (security deployment)")

# ---------------------------------------------------------------- AFP, 2008-07-08 (Tue)
A = "afghanistan_kabul_afp"
ev("kabul-indian-embassy-bombing", A, "2008-07-07", "2008-07-07", "2008-07-07", EXP, ["Suicide bomb"],
   UAG + TAL + ["Haqqani Network"],
   CIV + ["Government of India", "Civilians (India)", "Military Forces of India", "Police Forces of Afghanistan",
          "Indian Embassy"], AF, *KABUL, 41,
   evidence="A suicide attacker rammed a car packed with explosives into the gates of the Indian embassy ... on "
            "Monday, killing 41 people (health ministry official: 44); the Taliban denied any role")
ev("lashkar-gah-mine-british", A, "2008-06-17", "2008-06-17", "2008-06-17", EXP, ["Remote explosive/landmine/IED"],
   TAL + UAG, UK + NATO, AF, ["Helmand", "Hilmand"], ["Lashkar Gah", "Lashkargah", "Lashkar Gāh"], 4,
   evidence="On June 17, four British soldiers ... were killed when their lightly armoured Land Rover struck a mine "
            "on the outskirts of Lashkar Gah")
ev("isaf-soldier-ied-south", A, "2008-07-07", "2008-07-07", "2008-07-07", EXP, ["Remote explosive/landmine/IED"],
   TAL + UAG, NATO, AF, [""], (), 1, req=False,
   evidence="a soldier with NATO's ISAF was killed by a roadside bomb in southern Afghanistan, the alliance said "
            "without giving ... the exact location (country level)")
ev("maiwand-police-ambush", A, "2008-07-06", "2008-07-06", "2008-07-07", BAT, ["Armed clash"],
   TAL + UAG + POL, POL + TAL + UAG, AF, ["Kandahar", "Qandahar"], ["Maywand", "Maiwand"], 6,
   evidence="two Afghan police were killed ... when militants ambushed their patrol late on Sunday in Maiwand "
            "district ... four of the attackers were killed in the ensuing gunbattle")

# ---------------------------------------------------------------- The Guardian, 2010-02-15 (Mon)
A = "afghanistan_marjah_guardian"
HEL = ["Helmand", "Hilmand"]
NADALI = ["Nad 'Ali", "Nad Ali", "Nadali", "Nad-e Ali", "Marjah", ""]
ev("nad-ali-himars-rockets", A, "2010-02-14", "2010-02-14", "2010-02-14", EXP,
   ["Shelling/artillery/missile attack", "Air/drone strike"], NATO + US, CIV, AF, HEL, NADALI[:-2], 12,
   evidence="Two rockets fired by Nato forces slammed into a house in Helmand province on Sunday, killing 12 "
            "civilians ... Nad Ali district (elder: 13)")
ev("marjah-clash-saturday", A, "2010-02-13", "2010-02-13", "2010-02-13", BAT, ["Armed clash"],
   US + NATO + MIL + TAL, TAL + US + NATO + MIL, AF, HEL, NADALI, 1,
   evidence="waves of helicopters dropped US marines into the Taliban-held town of Marjah ... one US marine was "
            "killed by small-arms fire in the north of the town")
ev("nad-ali-ied-british", A, "2010-02-13", "2010-02-13", "2010-02-13", EXP, ["Remote explosive/landmine/IED"],
   TAL + UAG, UK + NATO, AF, HEL, NADALI[:-2], 1,
   evidence="A British soldier was killed on the same day when an improvised explosive device went off as his patrol "
            "moved through Nad Ali district")
ev("showal-retaken", A, "2010-02-13", "2010-02-13", "2010-02-14", BAT, ["Government regains territory"],
   UK + MIL + NATO, TAL + [""], AF, HEL, NADALI, 0,
   evidence="British and Afghan forces took control of the Showal area, a Taliban stronghold ... in Nad Ali "
            "district, on Saturday after militants withdrew without a fight")
ev("marjah-clash-sunday", A, "2010-02-14", "2010-02-14", "2010-02-14", BAT, ["Armed clash"],
   US + NATO + MIL + TAL, TAL + US + NATO + MIL, AF, HEL, NADALI, None,
   evidence="By Sunday fighting had intensified. Taliban snipers ... pinned down marine units for hours in central "
            "Marjah ... 27 insurgents had been killed since the offensive began (aggregate -> toll unscored)")

# ---------------------------------------------------------------- Pajhwok, 2009-05-06 (Wed)
A = "afghanistan_farah_pajhwok"
FAR = ["Farah"]
BB = ["Bala Buluk", "Bala Baluk", "Bala Boluk", "Balabuluk", "Bala Bulok"]
ev("granai-air-strikes", A, "2009-05-04", "2009-05-04", "2009-05-05", EXP, ["Air/drone strike"],
   US + NATO, CIV, AF, FAR, BB, 100,
   evidence="More than 100 civilians ... were killed when US aircraft bombed villages in the Bala Buluk district ... "
            "late on Monday ... Granai village (MP: 147; ICRC: dozens)")
E[-1]["articles"].append("afghanistan_khost_bbc")
ev("bala-buluk-ground-clash", A, "2009-05-04", "2009-05-04", "2009-05-04", BAT, ["Armed clash"],
   TAL + POL + MIL, POL + MIL + US + TAL, AF, FAR, BB, 28,
   evidence="hundreds of Taliban fighters attacked police checkpoints in Bala Buluk on Monday afternoon ... three "
            "policemen were killed ... the Ministry of Defence ... said 25 insurgents had been killed")
ev("farah-city-bodies-protest", A, "2009-05-05", "2009-05-05", "2009-05-05", PRO, ["Peaceful protest"],
   PROT, [""], AF, FAR, ["Farah"], 0,
   evidence="On Tuesday, angry villagers brought around 15 bodies on a tractor trailer to the governor's office in "
            "Farah city. Hundreds of people gathered ... No violence was reported")
ev("bakwa-convoy-ied", A, "2009-05-03", "2009-05-03", "2009-05-03", EXP, ["Remote explosive/landmine/IED"],
   TAL + UAG, POL, AF, FAR, ["Bakwa"], 4,
   evidence="four policemen were killed on Sunday when a roadside bomb hit their vehicle escorting a fuel convoy ... "
            "in Bakwa district")

# ---------------------------------------------------------------- Al Jazeera, 2011-03-03 (Thu)
A = "afghanistan_nangalam_aljazeera"
KUN = ["Kunar", "Konar", "Kunar Province"]
PECH = ["Darah-ye Pech", "Dara-i-Pech", "Pech", "Manogai", "Darah-ye Pech District", ""]
ev("fob-blessing-rockets", A, "2011-03-01", "2011-03-01", "2011-03-01", EXP, ["Shelling/artillery/missile attack"],
   TAL + UAG, US + NATO, AF, KUN, PECH, 0,
   evidence="insurgents had fired rockets at Forward Operating Base Blessing, a US outpost in the district, earlier "
            "on Tuesday. No troops were hurt")
ev("nanglam-helicopter-boys", A, "2011-03-01", "2011-03-01", "2011-03-01", EXP, ["Air/drone strike"],
   NATO + US, CIV, AF, KUN, PECH, 9,
   evidence="a NATO helicopter attack that killed nine boys as they gathered firewood ... on Tuesday on a hillside "
            "above the village of Nanglam ... in Darah-ye Pech district")
ev("nanglam-protest", A, "2011-03-02", "2011-03-02", "2011-03-02", PRO, ["Peaceful protest"],
   PROT, [""], AF, KUN, PECH, 0,
   evidence="On Wednesday, protesters blocked the road through Nanglam for about four hours ... The demonstration "
            "ended peacefully")
ev("ghaziabad-operation-strikes", A, "2011-02-20", "2011-02-17", "2011-02-20", EXP, ["Air/drone strike"],
   US + NATO + MIL, CIV + TAL + [""], AF, KUN, ["Ghaziabad"], None, tp=2,
   evidence="65 civilians ... were killed during a four-day operation by US and Afghan forces in the Ghaziabad "
            "district last month ... most of the victims died in air strikes between February 17 and 20 (NATO: 36 "
            "insurgents) -> toll unscored")
ev("ghaziabad-operation-clash", A, "2011-02-20", "2011-02-17", "2011-02-20", BAT, ["Armed clash"],
   US + NATO + MIL + TAL, TAL + US + NATO + MIL, AF, KUN, ["Ghaziabad"], None, req=False, tp=2,
   evidence="NATO ... saying its forces killed 36 insurgents in the operation (ground operation seen as a clash)")

# ---------------------------------------------------------------- RFE/RL, 2005-05-12 (Thu)
A = "afghanistan_jalalabad_rferl"
NGR = ["Nangarhar", "Ningarhar", "Nangahar"]
ev("jalalabad-koran-riot", A, "2005-05-11", "2005-05-11", "2005-05-11", RIO, ["Violent demonstration", "Mob violence"],
   RIOT, POL + US + [""], AF, NGR, ["Jalalabad"], 4,
   evidence="In Jalalabad yesterday, thousands of demonstrators ... pelted a passing U.S. military convoy with stones "
            "... set fire to the Pakistani consulate ... Police opened fire, and four people were killed (doctor: 5)")
ev("khogyani-riot-gunfire", A, "2005-05-12", "2005-05-12", "2005-05-12", RIO, ["Violent demonstration", "Mob violence"],
   RIOT, POL, AF, NGR, ["Khugyani", "Khogyani", "Khogiani", "Khugiani"], 2,
   evidence="two people were killed today when protesters who had blocked the main road exchanged gunfire with "
            "police near the district center")
ev("wardak-riot", A, "2005-05-12", "2005-05-12", "2005-05-12", RIO, ["Violent demonstration", "Mob violence"],
   RIOT, POL + GOV + [""], AF, ["Maidan Wardak", "Wardak", "Vardak", "Maydan Wardak"], (), 1,
   evidence="a third person died today in disturbances in Wardak Province ... after demonstrators tried to force "
            "their way into a government office")
ev("jalalabad-students-march", A, "2005-05-10", "2005-05-10", "2005-05-10", PRO, ["Peaceful protest"],
   PROT, [""], AF, NGR, ["Jalalabad"], 0,
   evidence="The unrest began on 10 May, when some 2,000 students ... marched through Jalalabad ... and burned an "
            "effigy of ... Bush. That protest ended without violence")
ev("kabul-students-march", A, "2005-05-12", "2005-05-12", "2005-05-12", PRO,
   ["Peaceful protest", "Protest with intervention"], PROT, [""] + POL, AF, *KABUL, 0,
   evidence="In Kabul, several hundred university students marched today ... before police turned them back")
ev("khost-students-protest", A, "2005-05-11", "2005-05-11", "2005-05-11", PRO, ["Peaceful protest"],
   PROT, [""], AF, ["Khost", "Khowst"], ["Khost", "Khowst", ""], 0,
   evidence="In Khost, some 1,000 students protested outside the governor's office yesterday")
ev("mehtarlam-protest", A, "2005-05-12", "2005-05-12", "2005-05-12", PRO, ["Peaceful protest"],
   PROT, [""], AF, ["Laghman"], ["Mehtar Lam", "Mehtarlam", "Mihtarlam"], 0,
   evidence="smaller gatherings were reported today in Mehtarlam, the capital of Laghman Province")
ev("jalalabad-army-deployed", A, "2005-05-12", "2005-05-11", "2005-05-12", STR, ["Change to group/activity"],
   MIL, [""] + RIOT, AF, NGR, ["Jalalabad"], 0, req=False,
   evidence="Afghan National Army troops were deployed on the streets of Jalalabad overnight")
ev("kabul-internet-cafe-bomb", A, "2005-05-07", "2005-05-07", "2005-05-07", EXP, ["Suicide bomb"],
   UAG + TAL, CIV + ["Civilians (Myanmar)", "Civilians (International)", "United Nations", "UN"], AF, *KABUL, 2,
   evidence="a suicide bomber blew himself up in an Internet cafe ... in Kabul's Shahr-e Naw district on 7 May, "
            "killing two people, including a Burmese employee of the United Nations")

# ---------------------------------------------------------------- BBC, 2009-05-13 (Wed)
A = "afghanistan_khost_bbc"
KHO = (["Khost", "Khowst"], ["Khost", "Khowst", "Khost (Matun)", "Matun"])
ev("khost-governor-compound-suicide", A, "2009-05-12", "2009-05-12", "2009-05-12", EXP, ["Suicide bomb"],
   TAL, GOV + MIL + POL + CIV, AF, *KHO, None,
   evidence="a bomber dressed in an Afghan army uniform blew himself up at the gate of the provincial governor's "
            "compound (the day's toll is given only for the whole attack -> unscored)")
ev("khost-municipality-siege", A, "2009-05-12", "2009-05-12", "2009-05-12", BAT, ["Armed clash"],
   TAL + POL + MIL + US, POL + MIL + US + TAL, AF, *KHO, 15,
   evidence="Afghan police and soldiers, backed by US troops ... fought the militants for nearly five hours ... The "
            "US military said seven civilians and eight militants had been killed ... Provincial officials ... 20")
ev("khost-municipality-hostages", A, "2009-05-12", "2009-05-12", "2009-05-12", VAC, ["Abduction/forced disappearance"],
   TAL, CIV + GOV, AF, *KHO, 0, req=False,
   evidence="a second group stormed the municipal building nearby and took about 20 employees hostage (freed the "
            "same day; may be folded into the siege)")
ev("khost-qrf-ambush", A, "2009-05-12", "2009-05-12", "2009-05-12", BAT, ["Armed clash"],
   TAL + US, US + TAL, AF, *KHO, 0, req=False,
   evidence="Insurgents also ambushed a US quick reaction force on its way into the city, wounding one soldier")
ev("terezai-convoy-ied", A, "2009-05-12", "2009-05-12", "2009-05-12", EXP, ["Remote explosive/landmine/IED"],
   TAL + UAG, MIL + US, AF, ["Khost", "Khowst"], ["Terayzai", "Terezai", "Tere Zayi", "Tirzayi"], 2,
   evidence="Later on Tuesday, two Afghan soldiers were killed when a roadside bomb struck their vehicle as part of "
            "a joint Afghan-US convoy in Terezai district")
ev("zurmat-checkpoint-overrun", A, "2009-05-13", "2009-05-12", "2009-05-13", BAT,
   ["Armed clash", "Non-state actor overtakes territory"], TAL + UAG, POL, AF, ["Paktia", "Paktya", "Paktiya"],
   ["Zurmat", "Zormat"], 3,
   evidence="militants had overrun a police checkpoint in Zurmat district overnight, killing three policemen and "
            "seizing their weapons")
ev("mckiernan-replaced", A, "2009-05-11", "2009-05-11", "2009-05-11", STR, ["Change to group/activity"],
   US + NATO, [""], AF, [""], (), 0, req=False,
   evidence="On Monday ... Gates announced that the top US commander in Afghanistan ... was being replaced (a "
            "leadership change announced in Washington; most coders would not code it)")

DROP = {
    "afghanistan_marjah_guardian": ["The Guardian", "News", "World", "Afghanistan", "Sport", "Comment", "Culture",
                                    "Business", "Share on Facebook", "Share on Twitter", "Share via Email", "Related",
                                    "Afghan forces 'must take lead' in Helmand, says Brown",
                                    "Marjah offensive: in pictures",
                                    "© 2010 Guardian News and Media Limited or its affiliated companies. All rights "
                                    "reserved."],
    "afghanistan_farah_pajhwok": ["Pajhwok Afghan News", "Home", "Afghanistan", "Regions", "Business",
                                  "Elections 2009", "Pashto", "Dari", "Related news",
                                  "Karzai, Obama discuss civilian casualties",
                                  "Taliban claim capture of police post in Gulistan",
                                  "Copyright © 2009 Pajhwok Afghan News. All rights reserved."],
    "afghanistan_nangalam_aljazeera": ["Al Jazeera", "Skip to Content", "News", "Asia", "Middle East", "Africa",
                                       "Features", "Opinion", "Videos", "More from News",
                                       "Pakistan minister for minorities shot dead in Islamabad",
                                       "Libya rebels repel Gaddafi forces in Brega"],
    "afghanistan_jalalabad_rferl": ["Radio Free Europe / Radio Liberty", "Home", "Regions", "Afghanistan", "Iran",
                                    "Central Asia", "Caucasus", "Related",
                                    "Afghanistan: Karzai Heads To Washington Seeking Strategic Partnership",
                                    "Copyright (c) 2005. RFE/RL, Inc. Reprinted with the permission of Radio Free "
                                    "Europe/Radio Liberty"],
    "afghanistan_khost_bbc": ["BBC NEWS", "Home", "World", "South Asia", "UK", "Business", "Health",
                              "Science/Nature", "E-mail this to a friend", "Printable version", "SEE ALSO",
                              "Taleban 'used civilians as shields'", "12 May 09 | South Asia",
                              "Karzai urges end to air strikes", "10 May 09 | South Asia", "BBC © MMIX"],
}
EITHER = {
    "afghanistan_gardez_ap": ["By Amir Shah and Noor Khan", "Associated Press Writer"],
    "afghanistan_kandahar_reuters": ["By Ismail Sameem",
                                     "(Additional reporting by Sayed Salahuddin in Kabul; Writing by Jon Hemming; "
                                     "Editing by Alex Richardson)"],
    "afghanistan_kabul_afp": ["bur-dcw/jm"],
    "afghanistan_marjah_guardian": ["Jon Boone in Kabul and Richard Norton-Taylor",
                                    "Monday 15 February 2010 08.02 GMT"],
    "afghanistan_farah_pajhwok": ["By Abdul Mateen Hakimi", "May 6, 2009 - 17:45"],
    "afghanistan_nangalam_aljazeera": ["03 Mar 2011 11:48 GMT", "Source: Al Jazeera and agencies"],
    "afghanistan_jalalabad_rferl": ["By Amin Tarzi"],
    "afghanistan_khost_bbc": ["Page last updated at 09:14 GMT, Wednesday, 13 May 2009 10:14 UK"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout247; Afghanistan 2005-2011: Taliban "
                             "insurgency, Kabul and Khost suicide attacks, NATO/US strikes with civilian deaths, "
                             "roadside bombs, Koran riots and protests), coded by CODEBOOK.md before the system was "
                             "run (BLIND).", drop=DROP, either=EITHER)
