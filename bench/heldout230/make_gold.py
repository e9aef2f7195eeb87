"""Writes gold.json for the 230th held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 31).

    python bench/heldout230/make_gold.py

Focus: Afghanistan 2008-2020 outside the 2021 offensive — the Kunduz fuel-tanker air strike (2009), the Taliban
assault on FOB Ghazni (2013), the Eid bombing in Maimana, Faryab (2012), the Independence Day blasts in Jalalabad
and the Dubai City wedding bombing in Kabul (2019), the IS attack on the Mazari commemoration in Dasht-e-Barchi
(2020), the Azizabad air strikes in Herat (2008), the Koran-burning protests and insider killings (2012) and the
Uranus wedding-hall bombing in Kabul (2018) — with police-checkpoint attacks, insider attacks, NATO, US and Afghan
air strikes, riots and protests told around them.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

AF = "Afghanistan"
TAL = ["Taliban", "Afghan Taliban", "Islamic Emirate of Afghanistan", "Taliban (Afghanistan)"]
IS = ["Islamic State", "Islamic State Khorasan", "Islamic State Khorasan Province", "ISKP", "IS-K", "ISIS-K",
      "Islamic State (Afghanistan)", "ISIS", "ISIL", "Daesh", "Islamic State - Khorasan Province"]
UAG = ["Unidentified Armed Group (Afghanistan)"]
MIL = ["Military Forces of Afghanistan", "Afghan National Army", "ANA", "Afghan Air Force",
       "Afghan National Defense and Security Forces", "Afghan Special Forces"]
POL = ["Police Forces of Afghanistan", "Afghan National Police", "ANP", "Afghan Local Police", "ALP"]
CIV = ["Civilians (Afghanistan)"]
NATO = ["NATO", "ISAF", "International Security Assistance Force", "NATO: North Atlantic Treaty Organization",
        "Coalition Forces", "Resolute Support"]
USA = ["Military Forces of the United States", "Military Forces of United States", "US Military",
       "Military Forces of the United States of America"]
GER = ["Military Forces of Germany", "Bundeswehr", "German Army"]
RIOT = ["Rioters (Afghanistan)", "Protesters (Afghanistan)"]
PROT = ["Protesters (Afghanistan)"]

KUNDUZ = ["Kunduz", "Konduz", "Kunduz Province"]
GHAZNI = ["Ghazni"]
FARYAB = ["Faryab"]
NANG = ["Nangarhar", "Ningarhar", "Nangrahar"]
KABUL = ["Kabul"]
KABUL2 = ["Kabul", "Kabul City", "Kabul District"]
JBAD = ["Jalalabad", "Jalal Abad"]
KHOG = ["Khugyani", "Khogyani", "Khogiani", "Khugiani"]

# ---------------------------------------------------------------- Kunduz (DW, 2009-09-05, Sat)
A = "afghanistan_chahardara_dw"
CHD = ["Chahar Dara", "Char Dara", "Chardara", "Chahar Darah", "Char Darah"]
ev("kunduz-tanker-air-strike", A, "2009-09-04", "2009-09-04", "2009-09-04", EXP, ["Air/drone strike"],
   NATO + GER + USA, TAL + CIV, AF, KUNDUZ, CHD, 54,
   evidence="The strike hit the two tankers in the early hours of Friday on a sandbank of the Kunduz river near the "
            "village of Omar Khel in Chahar Dara district ... about 90 people were killed ... police chief ... put "
            "the death toll at 54 (lowest specific figure; range 54-90)")
ev("aliabad-tanker-hijacking", A, "2009-09-03", "2009-09-03", "2009-09-04", VAC,
   ["Attack", "Abduction/forced disappearance"], TAL, CIV, AF, KUNDUZ, ["'Aliabad", "Aliabad", "Ali Abad"], 1,
   evidence="The tankers ... had been stopped by the militants on Thursday evening on the main highway south of "
            "Kunduz, in Aliabad district. Police said the insurgents shot dead one of the drivers and took the other "
            "away with them")
ev("aliabad-tankers-seized", A, "2009-09-03", "2009-09-03", "2009-09-04", STR, ["Looting/property destruction"],
   TAL, CIV + NATO + [""], AF, KUNDUZ, ["'Aliabad", "Aliabad", "Ali Abad"], None, req=False,
   evidence="the seizure of the two fuel tankers itself coded as looting (may be folded into the attack on the drivers)")
ev("chahar-dara-relatives-gathering", A, "2009-09-04", "2009-09-04", "2009-09-04", PRO, ["Peaceful protest"],
   PROT + ["Civilians (Afghanistan)"], [""] + MIL + ["Government of Afghanistan"], AF, KUNDUZ, CHD, 0,
   evidence="On Friday afternoon, dozens of relatives gathered outside the Chahar Dara district headquarters to demand "
            "that the bodies be handed over ... The gathering ended peacefully")
ev("kunduz-airfield-roadside-bomb", A, "2009-09-04", "2009-09-04", "2009-09-04", EXP, ["Remote explosive/landmine/IED"],
   TAL + UAG, GER + NATO, AF, KUNDUZ, ["Kunduz", "Kunduz City"], 0,
   evidence="a roadside bomb struck a German patrol near the Kunduz airfield on Friday morning, wounding four soldiers "
            "... The militants claimed responsibility")
ev("kunduz-election-day-rockets", A, "2009-08-20", "2009-08-20", "2009-08-20", EXP,
   ["Shelling/artillery/missile attack"], TAL + UAG, CIV + [""], AF, KUNDUZ, ["Kunduz", "Kunduz City"], 0,
   evidence="On the day of the presidential election on August 20, the militants fired more than a dozen rockets into "
            "Kunduz city, wounding at least three civilians (16 days before publication: inside the window)")

# ---------------------------------------------------------------- Ghazni (AP, 2013-08-29, Thu)
A = "afghanistan_ghazni_ap"
POLAND = ["Military Forces of Poland", "Polish Armed Forces", "Polish Military Contingent"]
ev("fob-ghazni-complex-attack", A, "2013-08-28", "2013-08-28", "2013-08-28", EXP, ["Suicide bomb"],
   TAL, POLAND + NATO + USA + MIL, AF, GHAZNI, ["Ghazni", "Ghazni City"], 11,
   evidence="Taliban insurgents detonated a truck packed with explosives at the wall of a NATO base in the eastern city "
            "of Ghazni and then tried to fight their way inside on Wednesday ... killed a Polish soldier and all ten "
            "attackers (1 + 10)")
ev("fob-ghazni-gunbattle", A, "2013-08-28", "2013-08-28", "2013-08-28", BAT, ["Armed clash"],
   TAL + POLAND + NATO + MIL, POLAND + NATO + MIL + TAL, AF, GHAZNI, ["Ghazni", "Ghazni City"], None, req=False,
   evidence="Afghan and coalition soldiers fought the attackers for about three hours (the same complex attack seen as "
            "a battle)")
ev("deh-yak-checkpoints", A, "2013-08-27", "2013-08-27", "2013-08-28", BAT, ["Armed clash"],
   TAL, POL, AF, GHAZNI, ["Deh Yak", "Dih Yak", "Dehyak", "Deh Yek"], 7,
   evidence="Late Tuesday, Taliban fighters attacked two police checkpoints in Deh Yak district ... killing four "
            "policemen ... three insurgents died in the clash. The Taliban ... said eleven police were killed")
ev("qarabagh-insider-checkpoint", A, "2013-08-26", "2013-08-26", "2013-08-26", BAT, ["Armed clash"],
   TAL + POL + UAG, POL, AF, GHAZNI, ["Qarabagh", "Qara Bagh", "Qarah Bagh", "Qarabagh District"], 5,
   evidence="On Monday, a policeman at a checkpoint in Qarabagh district drugged the food of five fellow officers and "
            "then shot them dead as they slept ... The Taliban said the man had joined their ranks")
ev("qarabagh-insider-as-attack", A, "2013-08-26", "2013-08-26", "2013-08-26", VAC, ["Attack"],
   TAL + POL + UAG, POL + CIV, AF, GHAZNI, ["Qarabagh", "Qara Bagh", "Qarah Bagh", "Qarabagh District"], 5,
   req=False, evidence="the insider killing of sleeping policemen coded as an attack instead of a battle")
ev("giro-air-strike", A, "2013-08-25", "2013-08-25", "2013-08-25", EXP, ["Air/drone strike"],
   NATO + USA, TAL + CIV + UAG, AF, GHAZNI, ["Giro", "Giro District", "Giru"], 8,
   evidence="the coalition said an airstrike in Ghazni's Giro district on Sunday killed eight insurgents ... Villagers "
            "in Giro said three of the dead were farmers")

# ---------------------------------------------------------------- Faryab (Reuters, 2012-10-26, Fri)
A = "afghanistan_maimana_reuters"
MAIM = ["Maimanah", "Maimana", "Maymana", "Maymanah"]
ev("maimana-eid-mosque-bombing", A, "2012-10-26", "2012-10-26", "2012-10-26", EXP, ["Suicide bomb"],
   TAL + UAG, CIV + POL + MIL, AF, FARYAB, MAIM, 40,
   evidence="A suicide bomber dressed in a police uniform blew himself up among worshippers leaving Eid al-Adha prayers "
            "at a mosque in ... Maimana on Friday, killing at least 40 people ... deputy police chief ... said 41")
ev("pashtun-kot-checkpoint", A, "2012-10-25", "2012-10-25", "2012-10-26", BAT, ["Armed clash"],
   TAL + UAG, POL, AF, FARYAB, ["Pashtun Kot", "Pashtunkot", "Pashtun Kot District", "Pashtoon Kot"], 3,
   evidence="Late on Thursday, insurgents attacked a police checkpoint on the outskirts of Pashtun Kot district, "
            "killing three policemen and wounding two")
ev("qaisar-air-strike", A, "2012-10-24", "2012-10-24", "2012-10-24", EXP, ["Air/drone strike"],
   NATO + USA, TAL + UAG + CIV + [""], AF, FARYAB, ["Qaisar", "Qaysar", "Kaisar", "Qeysar"], None,
   evidence="On Wednesday, NATO-led troops backed by aircraft carried out an operation against insurgents in the Qaisar "
            "district ... a 'number of insurgents' were killed in an air strike ... gave no figure")
ev("qaisar-ground-operation", A, "2012-10-24", "2012-10-24", "2012-10-24", BAT, ["Armed clash"],
   NATO + USA + MIL, TAL + UAG, AF, FARYAB, ["Qaisar", "Qaysar", "Kaisar", "Qeysar"], None, req=False,
   evidence="NATO-led troops ... carried out an operation against insurgents (the ground part, if coded apart)")

# ---------------------------------------------------------------- Nangarhar / Kabul (TOLOnews, 2019-08-19, Mon)
A = "afghanistan_jalalabad_tolonews"
ev("jalalabad-independence-day-blasts", A, "2019-08-19", "2019-08-19", "2019-08-19", EXP,
   ["Remote explosive/landmine/IED"], UAG + IS + TAL, CIV, AF, NANG, JBAD, 0,
   evidence="At least 66 people were wounded on Monday when a series of explosions ripped through ... Jalalabad ... at "
            "least ten bombs went off in and near the city's main square, in a restaurant and near a bazaar")
ev("kabul-dubai-city-wedding-bombing", A, "2019-08-17", "2019-08-17", "2019-08-18", EXP, ["Suicide bomb"],
   IS, CIV, AF, KABUL, KABUL2, 63,
   evidence="A suicide bomber blew himself up among hundreds of guests at a wedding in the Dubai City wedding hall in "
            "the west of the capital late on Saturday, killing 63 people ... Daesh claimed responsibility")
ev("khogyani-outpost-attack", A, "2019-08-18", "2019-08-18", "2019-08-19", BAT, ["Armed clash"],
   TAL, POL + MIL, AF, NANG, KHOG, 8,
   evidence="the Taliban attacked a security outpost in Khogyani district on Sunday night. Three police were killed and "
            "five insurgents died ... The Taliban ... claimed to have killed 14 police")
ev("achin-air-strikes", A, "2019-08-18", "2019-08-18", "2019-08-18", EXP, ["Air/drone strike"],
   MIL, IS, AF, NANG, ["Achin", "Achin District"], 14,
   evidence="14 Daesh fighters were killed in airstrikes by Afghan forces in the Achin district of Nangarhar on Sunday")
ev("kabul-police-compound-car-bomb", A, "2019-08-07", "2019-08-07", "2019-08-07", EXP, ["Suicide bomb"],
   TAL, POL + CIV, AF, KABUL, KABUL2, 14,
   evidence="On August 7, a Taliban suicide car bomber struck a police compound in the west of the city, killing 14 "
            "people and wounding 145 (12 days before publication: inside the window)")

# ---------------------------------------------------------------- Kabul / Kunduz / Helmand (Al Jazeera, 2020-03-07, Sat)
A = "afghanistan_dashtebarchi_aljazeera"
ev("mazari-commemoration-attack", A, "2020-03-06", "2020-03-06", "2020-03-06", VAC, ["Attack"],
   IS, CIV + ["Hazara Ethnic Group (Afghanistan)"], AF, KABUL, KABUL2, 32,
   evidence="Gunmen opened fire on a ceremony in the Afghan capital, Kabul, on Friday, killing at least 32 people ... in "
            "the western neighbourhood of Dasht-e-Barchi ... ISIL ... claimed responsibility")
ev("mazari-gunmen-killed-by-special-forces", A, "2020-03-06", "2020-03-06", "2020-03-06", BAT, ["Armed clash"],
   MIL + POL + IS, IS + MIL + POL, AF, KABUL, KABUL2, 2, req=False,
   evidence="Afghan special forces surrounded the building and, after a gunfight that lasted nearly six hours, killed "
            "both gunmen (may be folded into the attack)")
ev("imam-sahib-outposts", A, "2020-03-04", "2020-03-04", "2020-03-05", BAT, ["Armed clash"],
   TAL, MIL + POL, AF, KUNDUZ, ["Imam Sahib", "Imam Saheb"], 11,
   evidence="Taliban fighters attacked at least three army outposts in the Imam Sahib district ... late on Wednesday, "
            "killing ten soldiers and four police officers ... The district governor put the toll at eleven")
ev("nahr-e-saraj-us-air-strike", A, "2020-03-04", "2020-03-04", "2020-03-04", EXP, ["Air/drone strike"],
   USA + NATO, TAL, AF, ["Helmand"], ["Nahr-e Saraj", "Nahr-e-Saraj", "Nahri Sarraj", "Nahr-i-Sarraj", "Nahr-e Saraj "
                                     "District", "Gereshk"], None,
   evidence="On the same day, the US military carried out an air raid against Taliban fighters in the Nahr-e Saraj "
            "district ... He did not say whether anyone was killed")
ev("nahr-e-saraj-checkpoint-attack", A, "2020-03-04", "2020-03-04", "2020-03-04", BAT, ["Armed clash"],
   TAL, MIL + POL, AF, ["Helmand"], ["Nahr-e Saraj", "Nahr-e-Saraj", "Nahri Sarraj", "Nahr-i-Sarraj", "Gereshk"],
   None, req=False,
   evidence="the fighters 'were actively attacking' an Afghan checkpoint (the Taliban attack the strike answered)")

# ---------------------------------------------------------------- Herat / Kabul / Khost (AFP, 2008-08-26, Tue)
A = "afghanistan_azizabad_afp"
HERAT, SHIN = ["Herat", "Hirat"], ["Shindand", "Shin Dand"]
FRA = ["Military Forces of France", "French Army"]
ev("azizabad-air-strikes", A, "2008-08-22", "2008-08-22", "2008-08-22", EXP, ["Air/drone strike"],
   USA + NATO + ["Coalition Forces"], CIV + TAL, AF, HERAT, SHIN, 30,
   evidence="US-led air strikes on a village ... The strikes hit the village of Azizabad in Shindand district of Herat "
            "province before dawn on Friday ... UN: 90 civilians; interior ministry 89; US military: 25 militants and "
            "five civilians (lowest specific total 30)")
ev("azizabad-villagers-stone-soldiers", A, "2008-08-23", "2008-08-23", "2008-08-23", RIO, ["Violent demonstration"],
   RIOT, MIL + ["Government of Afghanistan", ""], AF, HERAT, SHIN, 0,
   evidence="on Saturday when hundreds of villagers threw stones at Afghan soldiers and officials who had arrived in "
            "Azizabad ... Soldiers fired into the air ... at least two people were wounded")
ev("karzai-sacks-commanders", A, "2008-08-24", "2008-08-24", "2008-08-24", STR, ["Change to group/activity"],
   ["Government of Afghanistan"] + MIL, MIL + [""], AF, HERAT + KABUL + [""], (), 0, req=False,
   evidence="President Hamid Karzai on Sunday sacked the Afghan army commander for the west and a special forces officer "
            "over the raid (leadership change; most coders would not code it)")
ev("uzbin-valley-ambush", A, "2008-08-18", "2008-08-18", "2008-08-19", BAT, ["Armed clash"],
   TAL, FRA + NATO, AF, KABUL, ["Surobi", "Sarobi", "Sarowbi"], 10,
   evidence="On August 18, ten French soldiers were killed and 21 wounded when Taliban insurgents ambushed their patrol "
            "in the Uzbin valley in Sarobi district (8 days before publication; militant dead unquantified)")
ev("camp-salerno-assault", A, "2008-08-19", "2008-08-19", "2008-08-20", BAT, ["Armed clash"],
   TAL, USA + NATO, AF, ["Khost", "Khowst"], ["Khost", "Khost (Matun)", "Khost Matun", "Matun", ""], 6,
   evidence="The following night, Taliban fighters including several suicide bombers tried to storm Camp Salerno ... The "
            "US military said six attackers were killed. Afghan officials put the number ... at 13")
ev("camp-salerno-as-suicide-attack", A, "2008-08-19", "2008-08-19", "2008-08-20", EXP, ["Suicide bomb"],
   TAL, USA + NATO, AF, ["Khost", "Khowst"], ["Khost", "Khost (Matun)", "Khost Matun", "Matun", ""], 6, req=False,
   evidence="the Salerno assault coded as a suicide attack (the text does not say a bomber detonated)")

# ---------------------------------------------------------------- Koran protests (NYT, 2012-02-26, Sun)
A = "afghanistan_kabul_nytimes"
ev("interior-ministry-officers-shot", A, "2012-02-25", "2012-02-25", "2012-02-25", BAT, ["Armed clash"],
   POL + UAG + TAL + MIL, USA + NATO, AF, KABUL, KABUL2, 2,
   evidence="Two American military officers were shot dead inside the Afghan Interior Ministry on Saturday ... the "
            "suspected gunman was a ministry employee ... The Taliban claimed that one of their infiltrators")
ev("nato-advisers-pulled-from-ministries", A, "2012-02-25", "2012-02-25", "2012-02-25", STR,
   ["Change to group/activity"], NATO + USA, [""], AF, KABUL, KABUL2, 0, req=False,
   evidence="Gen. John R. Allen ... ordered all coalition personnel out of Kabul ministries")
ev("imam-sahib-koran-riot", A, "2012-02-26", "2012-02-26", "2012-02-26", RIO, ["Violent demonstration"],
   RIOT, POL + USA + NATO + [""], AF, KUNDUZ, ["Imam Sahib", "Imam Saheb"], 2,
   evidence="On Sunday ... Hundreds of protesters marched on a small American outpost ... threw a grenade over the wall, "
            "wounding seven American soldiers ... two protesters were killed ... A doctor ... said three bodies")
ev("imam-sahib-grenade", A, "2012-02-26", "2012-02-26", "2012-02-26", EXP, ["Grenade"],
   RIOT + UAG, USA + NATO, AF, KUNDUZ, ["Imam Sahib", "Imam Saheb"], 0, req=False,
   evidence="one of them threw a grenade over the wall, wounding seven American soldiers (may be folded into the riot)")
ev("khogyani-insider-shooting", A, "2012-02-23", "2012-02-23", "2012-02-23", BAT, ["Armed clash"],
   MIL + UAG + TAL, USA + NATO, AF, NANG, KHOG, 2,
   evidence="an Afghan soldier turned his gun on American troops at a base in the Khogyani district of Nangarhar "
            "Province ... on Thursday, killing two of them")
ev("friday-koran-protests-nationwide", A, "2012-02-24", "2012-02-24", "2012-02-24", RIO,
   ["Violent demonstration", "Mob violence"], RIOT, POL + [""], AF, [""], (), 12,
   evidence="Protests broke out after midday prayers in at least ten provinces, and at least 12 people were killed in "
            "clashes with the police ... no breakdown by province (country-level aggregate with fatalities)")
ev("bagram-gate-protest", A, "2012-02-21", "2012-02-21", "2012-02-21", RIO, ["Violent demonstration"],
   RIOT, USA + NATO + [""], AF, ["Parwan"], ["Bagram"], 0,
   evidence="The protests began on Tuesday outside Bagram Air Field ... Hundreds of men threw stones and gasoline bombs "
            "at the base's main gate, and guards responded with rubber bullets")
ev("jalalabad-koran-protest", A, "2012-02-22", "2012-02-22", "2012-02-22", RIO, ["Violent demonstration"],
   RIOT, POL + [""], AF, NANG, JBAD, 0,
   evidence="A day later, in the eastern city of Jalalabad, protesters blocked the main road to Pakistan, set fire to a "
            "fuel truck belonging to a NATO contractor and pelted the police with stones")

# ---------------------------------------------------------------- Kabul / Faryab / Ghazni (Khaama Press, 2018-11-21, Wed)
A = "afghanistan_kabul_khaama"
ev("uranus-wedding-hall-mawlid-bombing", A, "2018-11-20", "2018-11-20", "2018-11-20", EXP, ["Suicide bomb"],
   UAG + IS, CIV, AF, KABUL, KABUL2, 50,
   evidence="Tuesday evening's suicide attack on a gathering of religious scholars at a wedding hall in Kabul ... 55 "
            "(Public Health Ministry) ... The Ministry of Interior, however, put the death toll at 50")
ev("kabul-hazara-protest", A, "2018-11-12", "2018-11-12", "2018-11-12", PRO, ["Peaceful protest"],
   PROT, [""], AF, KABUL, KABUL2, 0,
   evidence="a demonstration by hundreds of members of the Hazara community, who had gathered near the presidential "
            "palace on November 12 to protest against the Taliban's offensive in Ghazni ... had been peaceful")
ev("kabul-protest-suicide-bombing", A, "2018-11-12", "2018-11-12", "2018-11-12", EXP, ["Suicide bomb"],
   IS + UAG, POL + CIV + PROT, AF, KABUL, KABUL2, 6,
   evidence="a suicide bomber blew himself up near a demonstration ... Police stopped the bomber ... six people, among "
            "them police officers, were killed ... ISIS-K later claimed that attack")
ev("dawlat-abad-checkpoints", A, "2018-11-21", "2018-11-20", "2018-11-21", BAT, ["Armed clash"],
   TAL, POL, AF, FARYAB, ["Dowlatabad", "Dawlat Abad", "Dawlatabad", "Daulatabad", "Dawlat Abad District"], 7,
   evidence="the Taliban militants attacked security checkpoints in Dawlat Abad district of northern Faryab province "
            "overnight, killing seven policemen ... The Taliban claimed ... fifteen")
ev("andar-afghan-air-strikes", A, "2018-11-19", "2018-11-19", "2018-11-19", EXP, ["Air/drone strike"],
   MIL, TAL, AF, GHAZNI, ["Andar", "Andar District"], 17,
   evidence="17 Taliban militants were killed in airstrikes carried out by the Afghan Air Force in Andar district of "
            "Ghazni province on Monday")

DROP = {
    "afghanistan_chahardara_dw": ["DW.COM", "Home", "Germany", "World", "Business", "Culture", "Top stories",
                                  "Afghanistan", "Print", "Share", "Related content",
                                  "German government under pressure over Kunduz strike",
                                  "Bundeswehr soldiers wounded in northern Afghanistan",
                                  "DW.COM | © 2009 Deutsche Welle"],
    "afghanistan_ghazni_ap": ["Copyright 2013 The Associated Press. All rights reserved. This material may not be "
                              "published, broadcast, rewritten or redistributed."],
    "afghanistan_jalalabad_tolonews": ["TOLOnews", "Home", "Afghanistan", "Business", "Sports", "Opinion", "Videos",
                                       "Live", "Share on Facebook", "Share on Twitter", "Related News",
                                       "Death Toll From Kabul Wedding Blast Rises To 63",
                                       "Ghani Vows Revenge For Wedding Victims",
                                       "Daesh Claims Responsibility For Kabul Wedding Attack",
                                       "© 2019 TOLOnews. All rights reserved."],
    "afghanistan_dashtebarchi_aljazeera": ["Al Jazeera", "Skip links", "Skip to Content", "News", "Asia", "Features",
                                           "Opinion", "Video", "More from News",
                                           "Afghan president refuses to release Taliban prisoners",
                                           "US-Taliban deal: What is in the agreement?"],
    "afghanistan_kabul_nytimes": ["The New York Times", "Asia Pacific", "World", "U.S.", "Politics", "N.Y.",
                                  "Business", "Opinion", "Search", "Facebook", "Twitter", "Google+", "E-mail", "Share",
                                  "Print", "Reprints", "Related", "Koran Burning in NATO Error Incites Afghans",
                                  "Afghans Protest Koran Burning for a Third Day",
                                  "© 2012 The New York Times Company",
                                  "A version of this article appeared in print on February 27, 2012, on page A1 of "
                                  "the New York edition."],
    "afghanistan_kabul_khaama": ["Khaama Press", "Home", "Afghanistan", "Asia", "World", "Business", "Opinion",
                                 "Share", "Tweet", "WhatsApp", "Tags: Kabul attack, Mawlid, Ulema Council, Faryab",
                                 "Related Posts", "Taliban denies involvement in Kabul wedding hall attack",
                                 "Afghan forces repulse Taliban attack in Ghazni's Jaghori district", "Leave a Reply",
                                 "Your email address will not be published."],
}
EITHER = {
    "afghanistan_chahardara_dw": ["Date 05.09.2009", "Author: Thomas Bärthlein (dpa, AFP, Reuters)",
                                  "Editor: Michael Lawton"],
    "afghanistan_ghazni_ap": ["By AMIR SHAH", "Associated Press",
                              "Associated Press writer Rahim Faiez contributed to this report."],
    "afghanistan_maimana_reuters": ["By Mohammad Hamid",
                                    "(Additional reporting by Hamid Shalizi in Kabul; Writing by Rob Taylor; "
                                    "Editing by Ron Popeski)"],
    "afghanistan_jalalabad_tolonews": ["Ziar Khan Yaad", "19 August 2019",
                                       "Reporting by Ziar Khan Yaad; additional reporting by Shahpoor Saber in "
                                       "Nangarhar."],
    "afghanistan_dashtebarchi_aljazeera": ["7 Mar 2020", "SOURCE: Al Jazeera and news agencies"],
    "afghanistan_azizabad_afp": ["str-sst/jm"],
    "afghanistan_kabul_nytimes": ["By ALISSA J. RUBIN and SANGAR RAHIMI", "Published: February 26, 2012",
                                  "Rod Nordland contributed reporting."],
    "afghanistan_kabul_khaama": ["By Khaama Press", "Wed Nov 21 2018, 10:15 am"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout230; Afghanistan 2008-2020 outside the "
                             "2021 offensive), coded by CODEBOOK.md before the system was run (BLIND).",
               drop=DROP, either=EITHER)
