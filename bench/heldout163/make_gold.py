"""Writes gold.json for the 163rd held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 22).

    python bench/heldout163/make_gold.py

Focus: Afghanistan under Taliban rule, 2021-2025 — IS-K bombings of a Shia mosque and a Hazara education centre,
women's and farmers' protests broken up by force, border clashes with Pakistan (Chaman/Spin Boldak 2022 and 2025)
and Iran (Nimruz 2023), Pakistani air strikes in Paktika, armed resistance (Andarab 2021, the Afghanistan Freedom
Front 2024) and Taliban raids on IS-K cells.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

AF, PK = "Afghanistan", "Pakistan"
MIL_AF = ["Military Forces of Afghanistan"]
POL_AF = ["Police Forces of Afghanistan"]
CIV_AF = ["Civilians (Afghanistan)"]
UAG_AF = ["Unidentified Armed Group (Afghanistan)"]
PROT_AF = ["Protesters (Afghanistan)"]
TAL = ["Taliban", "Afghan Taliban"]
# Afghan state forces after August 2021 are the Taliban's: the codebook's name or the group's
TAL_GOV = MIL_AF + POL_AF + TAL + ["Military Forces of Afghanistan (2021-)", "Police Forces of Afghanistan (2021-)",
                                   "Islamic Emirate of Afghanistan", "Government of Afghanistan",
                                   "Government of Afghanistan (2021-)"]
ISK = ["Islamic State Khorasan", "Islamic State Khorasan Province", "Islamic State", "ISKP", "IS-K", "ISIS-K",
       "ISIS", "ISIL", "Daesh", "Islamic State (Afghanistan)", "Islamic State - Khorasan Province"]
NRF = ["National Resistance Front", "NRF", "National Resistance Front of Afghanistan"]
AFF = ["Afghanistan Freedom Front", "AFF", "Afghan Freedom Front"]
SHIA_AF = ["Shia Muslim Group (Afghanistan)", "Hazara Ethnic Group (Afghanistan)", "Shia Muslims (Afghanistan)"]
WOMEN_AF = ["Women (Afghanistan)", "Hazara Ethnic Group (Afghanistan)"]
STUD_AF = ["Students (Afghanistan)"]
MIL_PK = ["Military Forces of Pakistan", "Frontier Corps", "Military Forces of Pakistan (Frontier Corps)"]
AIR_PK = ["Air Force of Pakistan", "Pakistan Air Force", "Military Forces of Pakistan (Air Force)"]
POL_PK = ["Police Forces of Pakistan"]
CIV_PK = ["Civilians (Pakistan)"]
MIL_IR = ["Military Forces of Iran", "Border Guard of Iran", "Military Forces of Iran (Border Guard)",
          "Police Forces of Iran", "Police Forces of Iran (Border Guard)", "Iranian Border Guards"]
HGB = ["Hafiz Gul Bahadur Group", "Hafiz Gul Bahadur", "Gul Bahadur Group", "Hafiz Gul Bahadur Group (Pakistan)",
       "Tehrik-i-Taliban Pakistan", "TTP", "Pakistani Taliban", "Unidentified Armed Group (Pakistan)"]

KBL, KBL2 = ["Kabul"], ["Kabul"]
KBL2E = ["Kabul", ""]      # neighbourhoods of Kabul city the gazetteer holds without a district
BGL = ["Baghlan"]
KDH, SPB = ["Kandahar"], ["Spin Boldak", "Spin Buldak", "Spin Boldaq"]
BAL, QA = ["Balochistan", "Baluchistan"], ["Qila Abdullah", "Killa Abdullah", "Qilla Abdullah", "Chaman"]

# ---------------------------------------------------------------- AP, 2021-08-23 (Mon)
A = "afghanistan_andarab_ap"
RES = NRF + ["Andarab Resistance", "Andarab resistance forces", "Anti-Taliban Militia", "Militia (Andarab)",
             "Andarab Militia", "Resistance Forces", "Unidentified Armed Group (Afghanistan)",
             "Popular Uprising Forces", "Anti-Taliban Resistance"]
ANDARAB = ["Andarab", "Banu", "Bano"]
PULH = ["Pul-e Hisar", "Pul-e-Hisar", "Pul-e Hesar", "Pul-e-Hesar", "Pul-i-Hisar", "Pul Hisar", "Puli Hisar"]
DEHS = ["Deh-e Salah", "Deh Salah", "Dih Salah", "Deh-Salah", "Dahana-i-Salah", "Deh-i-Salah"]
ev("andarab-banu-taken-fri", A, "2021-08-20", "2021-08-20", "2021-08-20", BAT,
   ["Non-state actor overtakes territory"], RES, TAL_GOV, AF, BGL, ANDARAB, None,
   evidence="Local militiamen ... drove the Taliban out of Banu, Pul-e-Hisar and Deh Salah on Friday ... more than 60 "
            "Taliban fighters had been killed ... in the three districts (toll only for the three together)")
ev("andarab-pulehisar-taken-fri", A, "2021-08-20", "2021-08-20", "2021-08-20", BAT,
   ["Non-state actor overtakes territory"], RES, TAL_GOV, AF, BGL, PULH, None,
   evidence="drove the Taliban out of Banu, Pul-e-Hisar and Deh Salah on Friday")
ev("andarab-dehsalah-taken-fri", A, "2021-08-20", "2021-08-20", "2021-08-20", BAT,
   ["Non-state actor overtakes territory"], RES, TAL_GOV, AF, BGL, DEHS, None,
   evidence="drove the Taliban out of Banu, Pul-e-Hisar and Deh Salah on Friday")
ev("banu-retaken-overnight", A, "2021-08-23", "2021-08-22", "2021-08-23", BAT,
   ["Government regains territory", "Non-state actor overtakes territory"], TAL_GOV, RES + [""], AF, BGL, ANDARAB, 0,
   evidence="the group's fighters had entered Banu, the main town of the Andarab valley ... overnight ... "
            "acknowledged that they had pulled out of Banu ... no shots were fired")
ev("dehsalah-fighting-mon", A, "2021-08-23", "2021-08-23", "2021-08-23", BAT,
   ["Armed clash", "Government regains territory"], TAL_GOV + RES, RES + TAL_GOV, AF, BGL, DEHS, None,
   evidence="Residents of Deh Salah ... said heavy fighting had been under way since early Monday on the edge of the "
            "district center ... no immediate word on casualties (Taliban's 'cleared' claim denied)")
ev("pulehisar-retaken-claim", A, "2021-08-23", "2021-08-22", "2021-08-23", BAT,
   ["Government regains territory", "Non-state actor overtakes territory"], TAL_GOV, RES + [""], AF, BGL, PULH, None,
   req=False, evidence="Pul-e-Hisar and Deh Salah had also been 'cleared' ... he denied that Pul-e-Hisar had fallen "
                       "(claimed and denied)")
ev("kabul-airport-north-gate-firefight", A, "2021-08-23", "2021-08-23", "2021-08-23", BAT, ["Armed clash"],
   UAG_AF + ISK, MIL_AF + ["Military Forces of Afghanistan (2004-2021)", "Military Forces of the United States",
                           "Military Forces of United States", "Military Forces of Germany", "NATO"],
   AF, KBL, KBL2, 1,
   evidence="a firefight broke out at dawn on Monday at the airport's north gate between Afghan security forces and "
            "'unknown attackers.' One member of the Afghan forces was killed")
ev("taliban-fighters-toward-panjshir", A, "2021-08-22", "2021-08-22", "2021-08-22", STR,
   ["Change to group/activity"], TAL_GOV, NRF + [""], AF, ["Panjshir", "Panjsher", "Parwan", "Baghlan", ""], (), 0,
   req=False, evidence="On Sunday, the Taliban said hundreds of their fighters were heading toward Panjshir "
                       "(a movement announced, not an arrival)")

# ---------------------------------------------------------------- Reuters, 2021-10-09 (Sat)
A = "afghanistan_sayedabad_reuters"
KDZ = ["Kunduz", "Kondoz", "Qunduz"]
ev("kunduz-sayedabad-mosque-suicide", A, "2021-10-08", "2021-10-08", "2021-10-08", EXP, ["Suicide bomb"],
   ISK, CIV_AF + SHIA_AF, AF, KDZ, KDZ, 47,
   evidence="The bomber struck during Friday prayers at the Gozar-e-Sayed Abad mosque ... At least 46 people were "
            "killed ... detonated an explosive vest (46 + bomber)")
ev("kabul-eidgah-mosque-bomb", A, "2021-10-03", "2021-10-03", "2021-10-03", EXP,
   ["Remote explosive/landmine/IED", "Suicide bomb"], ISK + UAG_AF, CIV_AF + TAL_GOV, AF, KBL, KBL2, 5,
   evidence="On Sunday, a bomb exploded at the entrance to the Eid Gah mosque in Kabul ... killing at least five "
            "civilians ... Islamic State claimed that blast")
ev("kabul-khairkhana-raid", A, "2021-10-03", "2021-10-03", "2021-10-04", BAT, ["Armed clash"],
   TAL_GOV + ISK, ISK + TAL_GOV, AF, KBL, KBL2E, None,
   evidence="Taliban special forces raided an Islamic State hideout in Kabul's northern Khair Khana area late on "
            "Sunday ... all the militants inside it killed, but did not say how many ... into early Monday")

# ---------------------------------------------------------------- Hasht-e Subh, 2022-10-03 (Mon)
A = "afghanistan_kaaj_8am"
ev("kaaj-centre-suicide-bombing", A, "2022-09-30", "2022-09-30", "2022-09-30", EXP, ["Suicide bomb"],
   ISK + UAG_AF, CIV_AF + SHIA_AF + STUD_AF, AF, KBL, KBL2E, 54,
   evidence="Friday's suicide attack on the Kaaj educational centre ... UNAMA ... documented 53 deaths ... blew himself "
            "up in the hall (53 + bomber; the Taliban's earlier 25 was a Saturday count)")
ev("dashtebarchi-women-march-dispersed", A, "2022-10-01", "2022-10-01", "2022-10-01", PRO,
   ["Protest with intervention", "Excessive force against protesters"], PROT_AF + WOMEN_AF, TAL_GOV + [""], AF,
   KBL, KBL2E, 0,
   evidence="On Saturday morning, about 50 Hazara women marched from Pul-e Sokhta ... armed Taliban members firing into "
            "the air and beating several women with rifle butts")
ev("balkh-university-protest-dispersed", A, "2022-10-02", "2022-10-02", "2022-10-02", PRO,
   ["Protest with intervention", "Peaceful protest"], PROT_AF + STUD_AF, TAL_GOV + [""], AF, ["Balkh"],
   ["Mazar-e Sharif", "Mazar-i-Sharif", "Mazar-e-Sharif", "Mazari Sharif", "Mazar-i Sharif"], 0,
   evidence="hundreds of students at Balkh University staged a protest inside the campus on Sunday ... closed the "
            "university gates ... fired several shots into the air (the shots denied by the Taliban)")
ev("bamyan-women-gathering", A, "2022-10-02", "2022-10-02", "2022-10-02", PRO, ["Peaceful protest"],
   PROT_AF + WOMEN_AF, [""], AF, ["Bamyan", "Bamiyan"], ["Bamyan", "Bamiyan"], 0,
   evidence="Also on Sunday, around 200 women gathered in front of the Bamyan provincial governor's office ... the "
            "Taliban did not intervene")

# ---------------------------------------------------------------- Dawn, 2022-12-12 (Mon)
A = "pakistan_chaman_dawn"
AFBF = ["Afghan Border Forces", "Border Forces of Afghanistan"]
ev("chaman-afghan-shelling", A, "2022-12-11", "2022-12-11", "2022-12-11", EXP, ["Shelling/artillery/missile attack"],
   TAL_GOV + AFBF, CIV_PK + MIL_PK, PK, BAL, QA, 7,
   evidence="Afghan border forces opened fire with heavy weapons, including artillery and mortars, on the civilian "
            "population of Chaman on Sunday afternoon, killing six ... one of the injured ... succumbed ... on Monday")
ev("spinboldak-pakistani-mortars", A, "2022-12-11", "2022-12-11", "2022-12-11", EXP,
   ["Shelling/artillery/missile attack"], MIL_PK, TAL_GOV + AFBF + CIV_AF, AF, KDH, SPB, 1,
   evidence="one Afghan border guard had been killed and 10 civilians wounded when Pakistani forces fired mortar "
            "shells on the Spin Boldak district")
ev("spinboldak-border-clash", A, "2022-12-11", "2022-12-11", "2022-12-11", BAT, ["Armed clash"],
   MIL_PK + TAL_GOV + AFBF, TAL_GOV + AFBF + MIL_PK, AF, KDH, SPB, 1, req=False,
   evidence="the clash broke out when Pakistani forces tried to build new checkposts ... (the exchange of fire coded "
            "as a battle on the Afghan side)")
ev("chaman-border-clash", A, "2022-12-11", "2022-12-11", "2022-12-11", BAT, ["Armed clash"],
   MIL_PK + TAL_GOV + AFBF, TAL_GOV + AFBF + MIL_PK, PK, BAL, QA, None, req=False,
   evidence="Pakistan's border troops gave an appropriate response ... The firing continued for several hours")
ev("chaman-flag-meeting-halt", A, "2022-12-11", "2022-12-11", "2022-12-11", STR, ["Agreement"],
   MIL_PK + TAL_GOV + AFBF, TAL_GOV + AFBF + MIL_PK + [""], [PK, AF], BAL + KDH + [""], (), 0, req=False,
   evidence="Residents said Sunday evening a flag meeting between local commanders of the two sides had agreed to halt "
            "the firing")
ev("friendship-gate-gunman-nov13", A, "2022-11-13", "2022-11-13", "2022-11-13", BAT, ["Armed clash"],
   UAG_AF + TAL_GOV + AFBF + ["Unidentified Armed Group (Pakistan)"], MIL_PK + POL_PK, PK, BAL, QA, 1,
   evidence="On November 13, a gunman from the Afghan side opened fire on Pakistani security personnel at the "
            "Friendship Gate, killing one soldier (29 days before publication: inside the window)")
ev("kabul-pakistan-embassy-shooting", A, "2022-12-02", "2022-12-02", "2022-12-02", VAC, ["Attack"],
   ISK + UAG_AF, CIV_PK + ["Government of Pakistan", "Private Security Forces (Pakistan)"] + POL_PK + MIL_PK,
   AF, KBL, KBL2, 0,
   evidence="On December 2, a gunman opened fire on the embassy compound from a nearby building, apparently targeting "
            "the head of mission ... A Pakistani security guard ... was seriously wounded ... Islamic State group "
            "claimed responsibility")

# ---------------------------------------------------------------- TOLOnews, 2023-01-12 (Thu)
A = "afghanistan_malikasghar_tolonews"
ev("kabul-foreign-ministry-suicide", A, "2023-01-11", "2023-01-11", "2023-01-11", EXP, ["Suicide bomb"],
   ISK, CIV_AF + TAL_GOV, AF, KBL, KBL2, 6,
   evidence="A suicide bomber blew himself up near the gate of the Ministry of Foreign Affairs in Kabul on Wednesday "
            "afternoon, killing at least five civilians (5 + bomber; the ISIS-K claim of 20 unverified)")
ev("kabul-military-airport-blast", A, "2023-01-01", "2023-01-01", "2023-01-01", EXP,
   ["Remote explosive/landmine/IED", "Suicide bomb"], ISK + UAG_AF, TAL_GOV + CIV_AF + [""], AF, KBL, KBL2, None,
   evidence="On Sunday, January 1, an explosion outside the gate of the military airport in Kabul killed and wounded "
            "'a number of' people ... ISIS-K also claimed that attack")
ev("kabul-isk-raid-jan4", A, "2023-01-04", "2023-01-04", "2023-01-04", BAT, ["Armed clash"],
   TAL_GOV, ISK, AF, KBL, KBL2E, None,
   evidence="killed eight members of ISIS-K and arrested nine in operations in Kabul and Nimroz province on January 4 "
            "... did not say how many were killed in each province")
ev("nimroz-isk-raid-jan4", A, "2023-01-04", "2023-01-04", "2023-01-04", BAT, ["Armed clash"],
   TAL_GOV, ISK, AF, ["Nimruz", "Nimroz"], (), None,
   evidence="operations in Kabul and Nimroz province on January 4")
ev("isk-raids-total-country", A, "2023-01-04", "2023-01-04", "2023-01-04", BAT, ["Armed clash"],
   TAL_GOV, ISK, AF, [], (), 8, req=False,
   evidence="had killed eight members of ISIS-K ... (the two-province total as a country-level row)")

# ---------------------------------------------------------------- Xinhua, 2023-05-28 (Sun)
A = "afghanistan_kang_xinhua"
NMZ, KANG = ["Nimruz", "Nimroz"], ["Kang"]
ev("kang-iran-border-clash", A, "2023-05-27", "2023-05-27", "2023-05-27", BAT, ["Armed clash"],
   MIL_IR + TAL_GOV, TAL_GOV + MIL_IR, AF, NMZ, KANG, 3,
   evidence="Afghan and Iranian border forces exchanged fire ... on Saturday ... near the Sasuli border post in Kang "
            "district ... two Iranian border guards were killed ... one member of the Afghan border forces was killed")
ev("kang-sporadic-fire-sunday", A, "2023-05-28", "2023-05-28", "2023-05-28", BAT, ["Armed clash"],
   MIL_IR + TAL_GOV, TAL_GOV + MIL_IR, AF, NMZ, KANG, 0, req=False,
   evidence="there was sporadic gunfire again on Sunday morning near the same post, but no casualties were reported")
ev("nimruz-reinforcements", A, "2023-05-28", "2023-05-27", "2023-05-28", STR, ["Change to group/activity"],
   TAL_GOV, [""], AF, NMZ, (), 0, req=False, tp=2,
   evidence="the caretaker government had sent additional forces to the border area after the clash")
ev("gelan-uxo-children", A, "2023-05-27", "2023-05-27", "2023-05-27", EXP, ["Remote explosive/landmine/IED"],
   UAG_AF + [""], CIV_AF, AF, ["Ghazni"], ["Gelan", "Gilan"], 2, req=False,
   evidence="two children were killed ... when an unexploded mortar round ... went off in Ghazni province's Gelan "
            "district on Saturday (legacy ordnance, no perpetrator)")

# ---------------------------------------------------------------- RFE/RL, 2024-05-27 (Mon)
A = "afghanistan_argo_rferl"
BDK = ["Badakhshan"]
FARM = ["Farmers (Afghanistan)", "Civilians (Afghanistan)"]
ev("darayim-protest-fired-on", A, "2024-05-24", "2024-05-24", "2024-05-24", PRO,
   ["Excessive force against protesters"], PROT_AF + FARM, TAL_GOV, AF, BDK, ["Darayim", "Daraim", "Darayem"], 1,
   evidence="On May 24 ... hundreds of farmers gathered outside the district administration in Darayim ... the crowd "
            "was unarmed ... Taliban guards opened fire. A 24-year-old farmer ... was killed")
ev("argo-riot-fired-on", A, "2024-05-25", "2024-05-25", "2024-05-25", RIO, ["Violent demonstration"],
   ["Rioters (Afghanistan)"] + PROT_AF + FARM, TAL_GOV, AF, BDK, ["Argo", "Arghu"], 1,
   evidence="The next day ... in neighboring Argo district ... some protesters threw stones at Taliban vehicles and set "
            "fire to a pickup truck ... Taliban fighters then fired on the crowd, killing one young man")
ev("argo-protest-excessive-force", A, "2024-05-25", "2024-05-25", "2024-05-25", PRO,
   ["Excessive force against protesters", "Protest with intervention"], PROT_AF + FARM, TAL_GOV, AF, BDK,
   ["Argo", "Arghu"], 1, req=False,
   evidence="the same Argo protest coded from the protesters' side (Taliban fired on the crowd)")
ev("argo-house-searches-detentions", A, "2024-05-26", "2024-05-26", "2024-05-26", STR, ["Arrests"],
   TAL_GOV, CIV_AF + PROT_AF + [""], AF, BDK, ["Argo", "Arghu"], 0, req=False,
   evidence="Residents of Argo said on May 26 that Taliban forces were searching houses and had detained dozens of men "
            "(mass detentions, not notables; number unconfirmed)")
ev("argo-reinforcements", A, "2024-05-26", "2024-05-25", "2024-05-27", STR, ["Change to group/activity"],
   TAL_GOV, [""], AF, BDK, ["Argo", "Arghu"], 0, req=False, tp=2,
   evidence="the Taliban had sent additional forces to Argo")
ev("bagram-aff-checkpoint-attack", A, "2024-05-25", "2024-05-25", "2024-05-26", BAT, ["Armed clash"],
   AFF, TAL_GOV, AF, ["Parwan"], ["Bagram"], None,
   evidence="the Afghanistan Freedom Front ... said on May 26 that its fighters had attacked a Taliban checkpoint in "
            "Bagram district of Parwan Province the previous night, killing three (claim only, no Taliban comment)")

# ---------------------------------------------------------------- AFP, 2025-10-18 (Sat)
A = "afghanistan_urgun_afp"
PKT = ["Paktika"]
KP, NWA = ["Khyber Pakhtunkhwa"], ["South Waziristan Agency", "North Waziristan", "North Waziristan Agency",
                                   "South Waziristan"]
ev("urgun-pakistani-airstrike", A, "2025-10-17", "2025-10-17", "2025-10-18", EXP, ["Air/drone strike"],
   MIL_PK + AIR_PK, CIV_AF, AF, PKT, ["Urgun", "Urgoon", "Orgun"], 8,
   evidence="The strikes late Friday hit houses in Urgun and Barmal ... three club cricketers from Urgun ... killed "
            "along with five other men")
ev("barmal-pakistani-airstrike", A, "2025-10-17", "2025-10-17", "2025-10-18", EXP, ["Air/drone strike"],
   MIL_PK + AIR_PK, CIV_AF, AF, PKT, ["Bermal", "Barmal"], 2,
   evidence="A Taliban official in Barmal said two more civilians had been killed there and seven wounded when a "
            "strike hit a house near the district market")
ev("mirali-camp-suicide-vbied", A, "2025-10-17", "2025-10-17", "2025-10-17", EXP, ["Suicide bomb"],
   HGB, MIL_PK, PK, KP, NWA, 4,
   evidence="a suicide bomber rammed an explosives-laden vehicle into the boundary wall of a military camp in Mir "
            "Ali, and three gunmen who tried to storm the camp were shot dead (1 + 3)")
ev("mirali-camp-assault-clash", A, "2025-10-17", "2025-10-17", "2025-10-17", BAT, ["Armed clash"],
   HGB + MIL_PK, MIL_PK + HGB, PK, KP, NWA, 4, req=False,
   evidence="three gunmen who tried to storm the camp were shot dead (the assault as a battle)")
ev("spinboldak-clash-wed", A, "2025-10-15", "2025-10-15", "2025-10-15", BAT, ["Armed clash"],
   TAL_GOV + MIL_PK, MIL_PK + TAL_GOV, AF, KDH, SPB, None,
   evidence="clashes near the Spin Boldak crossing ... Pakistani forces had attacked civilians in Spin Boldak ... "
            "killing 12 ... repulsed attacks by Taliban forces on its border posts in the area the same morning and "
            "killed '15 to 20 Afghan Taliban' (claims from each side only)")
ev("spinboldak-civilians-shelled", A, "2025-10-15", "2025-10-15", "2025-10-15", EXP,
   ["Shelling/artillery/missile attack"], MIL_PK, CIV_AF, AF, KDH, SPB, 12, req=False,
   evidence="Pakistani forces had attacked civilians in Spin Boldak with light and heavy weapons early on Wednesday, "
            "killing 12")
ev("spinboldak-civilians-attacked", A, "2025-10-15", "2025-10-15", "2025-10-15", VAC, ["Attack"],
   MIL_PK, CIV_AF, AF, KDH, SPB, 12, req=False,
   evidence="the same Taliban account coded as an attack on civilians")
ev("chaman-civilians-wounded", A, "2025-10-15", "2025-10-15", "2025-10-15", EXP,
   ["Shelling/artillery/missile attack"], TAL_GOV, CIV_PK, PK, BAL, QA, 0, req=False,
   evidence="In the Pakistani border town of Chaman ... four civilians had been wounded by fire from the Afghan side "
            "on Wednesday")
ev("ceasefire-48h-wed", A, "2025-10-15", "2025-10-15", "2025-10-15", STR, ["Agreement"],
   TAL_GOV + ["Government of Pakistan"] + MIL_PK, TAL_GOV + ["Government of Pakistan"] + MIL_PK + [""], [AF, PK],
   [], (), 0, req=False,
   evidence="a 48-hour ceasefire was agreed on Wednesday evening (no place)")

DROP = {
    "afghanistan_andarab_ap": [
        "AP NEWS", "Top Stories", "World News", "U.S. News", "Politics", "Sports", "Entertainment", "Share",
        "Facebook", "Twitter", "Email",
        "Copyright 2021 The Associated Press. All rights reserved. This material may not be published, broadcast, "
        "rewritten or redistributed."],
    "afghanistan_sayedabad_reuters": [
        "Skip to main content", "World", "Business", "Markets", "Breakingviews", "Technology", "Asia Pacific",
        "Our Standards: The Thomson Reuters Trust Principles."],
    "afghanistan_kaaj_8am": [
        "Hasht-e Subh Daily", "News", "Afghanistan", "Women", "Opinion", "Reports", "Interviews", "دری", "پښتو",
        "Share this article", "Facebook", "Twitter", "Telegram", "Related News",
        "Taliban Forces Disperse Women's Protest in Kabul With Gunfire",
        "UN: Women and Girls Bear the Brunt of Attacks on Hazaras",
        "Copyright © 2022 Hasht-e Subh Daily. All rights reserved."],
    "pakistan_chaman_dawn": [
        "DAWN.COM", "Home", "Latest", "Pakistan", "World", "Business", "Opinion", "Sport", "Prism", "Videos",
        "Facebook", "Twitter", "WhatsApp", "Read more", "Pakistan summons Afghan envoy over Chaman shelling",
        "Kabul embassy attack: FO says Pakistan will not recall head of mission", "Comments (37)", "Closed",
        "Copyright © 2022, Dawn"],
    "afghanistan_malikasghar_tolonews": [
        "TOLOnews", "Home", "Afghanistan", "Business", "Sport", "World", "Opinion", "Interviews", "Latest News",
        "Share this news", "Facebook", "Twitter", "WhatsApp", "Related News",
        "ISIS-K Claims Responsibility for Kabul Military Airport Blast",
        "Islamic Emirate: 8 ISIS Members Killed in Kabul, Nimroz Operations",
        "China Urges Islamic Emirate to Ensure Safety of Chinese Nationals",
        "© 2023 TOLOnews. All rights reserved."],
    "afghanistan_argo_rferl": [
        "Radio Free Europe/Radio Liberty", "RFE/RL", "Home", "Afghanistan", "Pakistan", "Iran", "Central Asia",
        "Ukraine", "Copyright (c) 2024. RFE/RL, Inc. All rights reserved.", "Related",
        "Taliban Detains Farmers After Badakhshan Protests",
        "UN Report: Afghan Opium Cultivation Falls Sharply Under Taliban Ban"],
}
EITHER = {
    "afghanistan_andarab_ap": [
        "By RAHIM FAIEZ and JOSEPH KRAUSS", "August 23, 2021",
        "Associated Press writers Kathy Gannon in Islamabad and Geir Moulson in Berlin contributed to this report."],
    "afghanistan_sayedabad_reuters": [
        "By Reuters Staff", "October 9, 2021 11:18 AM UTC Updated",
        "Reporting by Kabul newsroom; Additional reporting by Jibran Ahmad in Peshawar; Writing by James Mackenzie; "
        "Editing by William Mallard"],
    "afghanistan_kaaj_8am": ["Hasht-e Subh", "October 3, 2022"],
    "pakistan_chaman_dawn": ["Saleem Shahid | Syed Ali Shah", "Published December 12, 2022",
                             "Published in Dawn, December 12th, 2022"],
    "afghanistan_malikasghar_tolonews": ["Sayed Sirajuddin Hashimi", "Thursday, 12 January 2023 09:14"],
    "afghanistan_kang_xinhua": ["Source: Xinhua", "Editor: huaxia", "2023-05-28 18:42:10", "Enditem"],
    "afghanistan_argo_rferl": ["May 27, 2024", "By RFE/RL's Radio Azadi"],
    "afghanistan_urgun_afp": ["str-bur/ach/rsc"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout163; Afghanistan under Taliban rule "
                             "2021-2025), coded by CODEBOOK.md before the system was run (BLIND, session 22).",
               drop=DROP, either=EITHER)
