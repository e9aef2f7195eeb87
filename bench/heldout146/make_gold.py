"""Writes gold.json for the 146th held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout146/make_gold.py

Focus: Afghanistan before 2021 (2014-2020): insider attacks (Qargha, Gardez, Kandahar), the fall and
retaking of Kunduz (2015), Bagram / Sangin (2015), the Boz Qandahari raid and air strikes with the
protest that followed (2016), the January 2017 Kabul / Kandahar / Lashkar Gah bombings, the Haska Mena
mosque bombing (2019) and the IS-K attack on Jalalabad prison (2020).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, STR, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

AF = "Afghanistan"
TAL = ["Taliban", "Afghan Taliban"]
AFM = ["Military Forces of Afghanistan"]
AFP = ["Police Forces of Afghanistan"]
NDS = ["National Directorate of Security", "NDS", "Military Forces of Afghanistan (National Directorate of Security)"]
AFSEC = AFM + AFP + NDS
US = ["Military Forces of United States", "Military Forces of the United States",
      "Military Forces of United States of America", "United States", "US Forces"]
NATO = ["NATO", "NATO: North Atlantic Treaty Organization", "ISAF", "International Security Assistance Force",
        "Resolute Support", "Resolute Support Mission"]
FOREIGN = US + NATO
CIV = ["Civilians (Afghanistan)"]
UAG = ["Unidentified Armed Group (Afghanistan)"]
IS = ["Islamic State", "Islamic State Khorasan Province", "ISKP", "IS-K", "ISIS-K", "ISIS", "ISIL", "Daesh",
      "Islamic State (Afghanistan)", "Islamic State - Khorasan Province"]
GOV = ["Government of Afghanistan", "Afghan Government"]
KBL, KDZ, HEL, KDH, NGH = ["Kabul"], ["Kunduz"], ["Helmand"], ["Kandahar"], ["Nangarhar", "Ningarhar"]
PAKTIA = ["Paktia", "Paktiya", "Paktya"]
FARAH, PARWAN = ["Farah"], ["Parwan"]

# ---------------------------------------------------------------- Qargha (DW, 2014-08-06, Wed)
A = "afghanistan_qargha_dw"
ev("qargha-insider-attack", A, "2014-08-05", "2014-08-05", "2014-08-05", BAT, ["Armed clash"],
   AFM + UAG + TAL, FOREIGN + ["Military Forces of Germany"] + AFM, AF, KBL, ["Kabul", "Paghman"], 2,
   evidence="Major General Harold Greene ... was shot dead on Tuesday at the Marshal Fahim National Defence "
            "University in Qargha ... The gunman, whom Afghan officials described as a soldier ... The attacker was "
            "killed by Afghan troops at the scene (Greene + gunman = 2)")
ev("gardez-insider-attack", A, "2014-08-05", "2014-08-05", "2014-08-05", BAT, ["Armed clash"],
   AFP + UAG + TAL, FOREIGN + [""], AF, PAKTIA, ["Gardez"], 1,
   evidence="Hours later, an Afghan policeman turned his weapon on international troops at the provincial governor's "
            "compound in Gardez ... the policeman was killed when the troops returned fire")

# ---------------------------------------------------------------- Kunduz (Reuters, 2015-10-01, Thu)
A = "afghanistan_kunduz_reuters"
ev("kunduz-centre-retaken", A, "2015-10-01", "2015-09-30", "2015-10-01", BAT, ["Government regains territory"],
   AFSEC + FOREIGN, TAL, AF, KDZ, ["Kunduz"], None,
   evidence="Afghan government forces fought their way back into the centre of the northern city of Kunduz overnight "
            "and raised the national flag over the main square ... killing 'scores' of insurgents (toll unknown)")
ev("kunduz-taliban-overrun", A, "2015-09-28", "2015-09-28", "2015-09-28", BAT, ["Non-state actor overtakes territory"],
   TAL, AFSEC + [""], AF, KDZ, ["Kunduz"], None,
   evidence="The Taliban overran Kunduz on Monday in a lightning assault from several directions, freeing hundreds of "
            "prisoners ... Government troops and officials fell back to the airport (no Monday-only toll)")
ev("kunduz-us-strike-tue", A, "2015-09-29", "2015-09-29", "2015-09-29", EXP, ["Air/drone strike"],
   FOREIGN, TAL + UAG + [""], AF, KDZ, ["Kunduz"], None,
   evidence="The U.S. military carried out an air strike on the outskirts of Kunduz on Tuesday 'to eliminate a threat "
            "to the force' ... He gave no details of casualties")
ev("kunduz-us-strike-wed", A, "2015-09-30", "2015-09-30", "2015-09-30", EXP, ["Air/drone strike"],
   FOREIGN, TAL + UAG + [""], AF, KDZ, ["Kunduz"], None,
   evidence="A second strike was carried out near the city on Wednesday, he said")
ev("kunduz-health-ministry-toll", A, "2015-09-30", "2015-09-28", "2015-09-30", BAT, ["Armed clash"],
   TAL + AFSEC, AFSEC + TAL, AF, KDZ, ["Kunduz"], 30, req=False, tp=2,
   evidence="The Ministry of Public Health said on Wednesday that at least 30 people had been killed and more than 340 "
            "wounded in the fighting since Monday (aggregate over Mon-Wed; a coder may put it on the capture instead)")
ev("kunduz-nds-hq-burned", A, "2015-09-28", "2015-09-28", "2015-09-28", STR, ["Looting/property destruction"],
   TAL, AFSEC + GOV + [""], AF, KDZ, ["Kunduz"], 0, req=False,
   evidence="freeing hundreds of prisoners from the city's jail and setting fire to the provincial intelligence "
            "headquarters (part of the capture; separate row optional)")

# ---------------------------------------------------------------- Bagram / Sangin (The Guardian, 2015-12-22, Tue)
A = "afghanistan_bagram_guardian"
ev("bagram-motorcycle-suicide-bomb", A, "2015-12-21", "2015-12-21", "2015-12-21", EXP, ["Suicide bomb"],
   TAL, FOREIGN + AFM, AF, PARWAN, ["Bagram"], 7,
   evidence="A bomber on a motorcycle drove into a joint patrol of US and Afghan forces close to a village about a mile "
            "from the base's perimeter on Monday afternoon ... six American service members (6 + bomber = 7; the "
            "Taliban's '19 Americans' is not credible)")
ev("sangin-siege-fighting", A, "2015-12-22", "2015-12-20", "2015-12-22", BAT,
   ["Armed clash", "Non-state actor overtakes territory"], TAL + AFSEC, AFSEC + TAL, AF, HEL, ["Sangin"], None, tp=2,
   evidence="Afghan soldiers and police in Sangin ... said they were surrounded inside the district governor's compound "
            "and the army base after two days of fierce fighting in which the Taliban overran several checkpoints and "
            "the police headquarters ... claim [of capturing the district centre] denied")
ev("sangin-us-air-strikes", A, "2015-12-21", "2015-12-21", "2015-12-21", EXP, ["Air/drone strike"],
   FOREIGN, TAL + [""], AF, HEL, ["Sangin"], None,
   evidence="American aircraft had carried out two air strikes around Sangin on Monday in support of Afghan forces. He "
            "did not say whether anyone was killed")
ev("kandahar-airport-siege", A, "2015-12-08", "2015-12-08", "2015-12-09", BAT, ["Armed clash"],
   TAL, AFSEC + FOREIGN + CIV, AF, KDH, (), 48,
   evidence="Earlier this month, Taliban gunmen stormed Kandahar airport ... siege that lasted 27 hours. Thirty-seven "
            "civilians and members of the security forces were killed ... began on the evening of 8 December, and all "
            "11 attackers died (14 days before publication: an event; 37 + 11 = 48)")
ev("helmand-90-killed-two-days", A, "2015-12-20", "2015-12-19", "2015-12-20", BAT, ["Armed clash"],
   TAL + AFSEC, AFSEC + TAL, AF, HEL, (), 90, req=False, tp=2,
   evidence="the deputy governor of Helmand ... on Sunday ... 'Ninety members of the security forces have been killed in "
            "Helmand in the past two days' (province-level aggregate in a Facebook appeal)")
ev("uk-advisers-camp-shorabak", A, "2015-12-22", "2015-12-15", "2015-12-22", STR, ["Change to group/activity"],
   ["Military Forces of United Kingdom", "Military Forces of the United Kingdom"], [""] + AFM, AF, HEL, (), 0,
   req=False, tp=2,
   evidence="The Ministry of Defence in London confirmed on Tuesday that a small number of British military personnel "
            "had been sent to Camp Shorabak ... in an advisory role (deployment date not given)")

# ---------------------------------------------------------------- Boz Qandahari (AP, 2016-11-04, Fri)
A = "afghanistan_bozqandahari_ap"
ev("bozqandahari-raid-clash", A, "2016-11-03", "2016-11-02", "2016-11-03", BAT, ["Armed clash"],
   AFM + FOREIGN + TAL, TAL + AFM + FOREIGN, AF, KDZ, (), 9,
   evidence="The operation began late Wednesday, when Afghan special forces accompanied by U.S. advisers went into the "
            "village ... two American service members were killed ... three Afghan commandos were also killed, along "
            "with four Taliban fighters (2 + 3 + 4 = 9)")
ev("bozqandahari-air-strikes", A, "2016-11-03", "2016-11-03", "2016-11-03", EXP, ["Air/drone strike"],
   FOREIGN, CIV + TAL, AF, KDZ, (), 30,
   evidence="30 civilians, most of them women and children, were killed and 25 wounded when aircraft struck houses in "
            "Boz Qandahari ... in the early hours of Thursday")
ev("kunduz-bodies-protest", A, "2016-11-03", "2016-11-03", "2016-11-03", PRO, ["Peaceful protest"],
   ["Protesters (Afghanistan)", "Civilians (Afghanistan)"], [""] + GOV + FOREIGN, AF, KDZ, ["Kunduz"], 0,
   evidence="Grieving relatives ... drove them to the provincial governor's office ... on Thursday ... Several hundred "
            "protesters gathered outside the governor's compound ... Police kept their distance and there was no "
            "violence")
ev("nadali-checkpoints-attack", A, "2016-11-02", "2016-11-02", "2016-11-03", BAT, ["Armed clash"],
   TAL, AFP + AFM, AF, HEL, ["Nad 'Ali", "Nad Ali"], 4,
   evidence="Taliban fighters attacked police checkpoints in the Nad Ali district late Wednesday, killing four policemen")

# ---------------------------------------------------------------- Kabul / Kandahar / Lashkar Gah (TOLOnews, 2017-01-11, Wed)
A = "afghanistan_darulaman_tolonews"
ev("kabul-parliament-twin-blasts", A, "2017-01-10", "2017-01-10", "2017-01-10", EXP,
   ["Suicide bomb", "Remote explosive/landmine/IED"], TAL, CIV + AFSEC + GOV, AF, KBL, ["Kabul"], 37,
   evidence="death toll from Tuesday's twin explosions near the parliament's administrative offices in Kabul has risen "
            "to 36 ... The first explosion was caused by a suicide bomber on foot ... Minutes later a car bomb parked "
            "nearby went off (36 + bomber = 37)")
ev("kabul-parked-car-bomb", A, "2017-01-10", "2017-01-10", "2017-01-10", EXP, ["Remote explosive/landmine/IED"],
   TAL, CIV + AFSEC + [""], AF, KBL, ["Kabul"], None, req=False,
   evidence="Minutes later a car bomb parked nearby went off (second blast as its own row; optional)")
ev("kandahar-guesthouse-bomb", A, "2017-01-10", "2017-01-10", "2017-01-10", EXP, ["Remote explosive/landmine/IED"],
   UAG + TAL + ["Haqqani Network", "Haqqani network"],
   CIV + GOV + ["Civilians (United Arab Emirates)", "Government of United Arab Emirates",
                "Government of the United Arab Emirates"], AF, KDH, ["Kandahar"], 11,
   evidence="at least 11 people, among them five diplomats from the United Arab Emirates, were killed on Tuesday "
            "evening when explosives hidden inside the guesthouse of the provincial governor went off ... The Taliban "
            "denied any role")
ev("lashkargah-guesthouse-suicide-bomb", A, "2017-01-10", "2017-01-10", "2017-01-10", EXP, ["Suicide bomb"],
   TAL, CIV + GOV + AFSEC, AF, HEL, ["Lashkar Gah"], 8,
   evidence="a suicide bomber blew himself up near a guesthouse used by provincial officials in Lashkar Gah ... killing "
            "seven people, most of them civilians (7 + bomber = 8)")
ev("moi-23-insurgents-24h", A, "2017-01-11", "2017-01-10", "2017-01-11", BAT, ["Armed clash"],
   AFP + AFSEC, TAL + UAG, AF, [""], (), 23,
   evidence="the Ministry of Interior said on Wednesday that 23 insurgents had been killed in police operations in "
            "different parts of the country over the past 24 hours (no place: country level)")

# ---------------------------------------------------------------- Kandahar (AFP, 2018-10-19, Fri)
A = "afghanistan_kandahar_afp"
ev("kandahar-governor-compound-insider", A, "2018-10-18", "2018-10-18", "2018-10-18", BAT, ["Armed clash"],
   TAL + UAG + AFP + AFM, AFP + AFSEC + GOV + FOREIGN, AF, KDH, ["Kandahar"], 3,
   evidence="a member of the governor's own guard shot dead ... Abdul Raziq ... on Thursday afternoon ... killing Raziq "
            "and the provincial intelligence chief ... The attacker was killed by return fire (2 + gunman = 3)")
ev("lashkargah-candidate-bomb", A, "2018-10-17", "2018-10-17", "2018-10-17", EXP, ["Remote explosive/landmine/IED"],
   TAL, CIV + [""], AF, HEL, ["Lashkar Gah"], 1,
   evidence="On Wednesday, a candidate ... Abdul Jabar Qahraman, was killed when a bomb hidden under his chair exploded "
            "in his campaign office in Lashkar Gah ... Seven people were wounded")
ev("pushtrod-checkpoints-attack", A, "2018-10-18", "2018-10-18", "2018-10-19", BAT, ["Armed clash"],
   TAL, AFP + AFM, AF, FARAH, ["Pusht-e Rod", "Pusht Rod", "Pusht-i-Rod"], 10,
   evidence="Taliban fighters attacked police checkpoints in Pusht Rod district of western Farah province late on "
            "Thursday ... Six policemen and four insurgents were killed")

# ---------------------------------------------------------------- Haska Mena (UNAMA via ReliefWeb, 2019-10-20, Sun)
A = "afghanistan_haskamena_reliefweb"
ev("jawdara-mosque-bombing", A, "2019-10-18", "2019-10-18", "2019-10-18", EXP, ["Remote explosive/landmine/IED"],
   UAG + IS + TAL, CIV, AF, NGH, ["Deh Bala", "Haska Mena", "Haskah Menah", "Haska Meyna"], 62,
   evidence="at least 62 civilians, all men and boys, were killed and 36 others injured when improvised explosive "
            "devices placed inside the mosque detonated during prayers ... on 18 October ('may exceed 70' is the "
            "elders' estimate; lowest specific figure kept)")
ev("khogyani-roadside-ied", A, "2019-10-19", "2019-10-19", "2019-10-19", EXP, ["Remote explosive/landmine/IED"],
   UAG + TAL + IS, CIV, AF, NGH, ["Khugyani", "Khogyani", "Khugiani"], 4,
   evidence="the deaths of four civilians, among them two children, on Saturday, 19 October, when a roadside improvised "
            "explosive device struck the car ... in Khogyani district")

# ---------------------------------------------------------------- Jalalabad (Al Jazeera, 2020-08-03, Mon)
A = "afghanistan_jalalabad_aljazeera"
ev("jalalabad-prison-attack", A, "2020-08-02", "2020-08-02", "2020-08-03", EXP, ["Suicide bomb"],
   IS, AFP + AFM + AFSEC + CIV + GOV, AF, NGH, ["Jalalabad"], 29,
   evidence="The assault began on Sunday evening when a suicide bomber detonated a car packed with explosives at the "
            "main gate of the prison ... Gunmen then ... forced their way in ... killed at least 29 people (attackers' "
            "number not given)")
ev("jalalabad-prison-fighting-monday", A, "2020-08-03", "2020-08-02", "2020-08-03", BAT, ["Armed clash"],
   IS + AFSEC, AFSEC + IS, AF, NGH, ["Jalalabad"], None, req=False,
   evidence="Fighting between the attackers and Afghan forces continued through the night and into Monday afternoon "
            "(the siege's second day as its own Battles row; a coder may code the whole siege as one Battle)")
ev("orakzai-killed-near-jalalabad", A, "2020-08-01", "2020-08-01", "2020-08-01", BAT, ["Armed clash"],
   NDS + AFM, IS, AF, NGH, (), 1,
   evidence="its special forces had killed a senior ISKP commander, Assadullah Orakzai, in an operation near Jalalabad "
            "on Saturday")
ev("eid-ceasefire", A, "2020-07-31", "2020-07-28", "2020-08-02", STR, ["Agreement"],
   TAL + GOV + AFM, GOV + AFM + TAL + [""], AF, [""], (), 0, req=False, tp=2,
   evidence="a three-day ceasefire that the Taliban had announced for ... Eid al-Adha, which the Afghan government had "
            "agreed to observe. The truce, which began on Friday, ended at midnight on Sunday (no place: country level)")

DROP = {
    "afghanistan_qargha_dw": ["DW.COM", "Topics", "Media Center", "Live TV", "Asia", "Afghanistan", "Share", "Send",
                              "Facebook", "Twitter", "Print", "Related content",
                              "Afghan election audit resumes after weeks of wrangling",
                              "Bundeswehr ready to stay in northern Afghanistan beyond 2014",
                              "DW.COM © 2014 Deutsche Welle | Legal notice | Contact | Mobile version"],
    "afghanistan_kunduz_reuters": ["Skip to main content", "World", "Business", "Markets", "Politics", "TV",
                                   "Asia Pacific", "4 MIN READ",
                                   "Our Standards: The Thomson Reuters Trust Principles."],
    "afghanistan_bagram_guardian": ["Skip to main content", "The Guardian - Back to home", "News", "Opinion", "Sport",
                                    "Culture", "Lifestyle", "World", "Afghanistan", "Share on Facebook",
                                    "Share on Twitter", "Share via Email", "Topics", "Taliban", "US military",
                                    "South and central Asia", "Reuse this content"],
    "afghanistan_bozqandahari_ap": ["AP NEWS", "Top Stories", "Topics", "Video", "Listen", "Share", "Click to copy",
                                    "Copyright 2016 The Associated Press. All rights reserved. This material may not "
                                    "be published, broadcast, rewritten or redistributed without permission."],
    "afghanistan_darulaman_tolonews": ["TOLOnews", "Home", "Afghanistan", "Business", "Sports", "Opinion", "Videos",
                                       "Elections", "Related News",
                                       "Ghani Condemns Deadly Attacks In Kabul, Kandahar And Helmand",
                                       "UAE Diplomats Among Dead In Kandahar Guesthouse Blast", "TOLOnews © 2017"],
    "afghanistan_haskamena_reliefweb": ["ReliefWeb", "Updates", "Countries", "Organizations", "Disasters", "Jobs",
                                        "Training", "Related Content",
                                        "Afghanistan: Quarterly Report on the Protection of Civilians in Armed "
                                        "Conflict: 1 January to 30 September 2019",
                                        "Afghanistan: Humanitarian Snapshot (September 2019)", "Share this",
                                        "Facebook", "Twitter", "Email"],
    "afghanistan_jalalabad_aljazeera": ["Al Jazeera", "Skip links", "Skip to Content", "Live", "News", "Middle East",
                                        "Asia", "Africa", "Features", "Opinion", "Video", "More", "Read more",
                                        "Taliban announce three-day Eid ceasefire in Afghanistan",
                                        "Afghanistan: Deadly blast hits Kabul as peace talks stall",
                                        "Follow Al Jazeera English:", "Facebook", "Twitter", "Instagram", "YouTube"],
}
EITHER = {
    "afghanistan_qargha_dw": ["Date 06.08.2014", "Author Jan Reichert (AP, Reuters, dpa)"],
    "afghanistan_kunduz_reuters": ["By Farid Ahmadi and Sayed Nazir",
                                   "(Additional reporting by Hamid Mohammadi in Kabul; Writing by Jonathan Ashby; "
                                   "Editing by Douglas Reilly)"],
    "afghanistan_bagram_guardian": ["Staff and agencies in Kabul", "Tue 22 Dec 2015 13.47 GMT"],
    "afghanistan_bozqandahari_ap": ["By JAMSHED KARIMI and HELEN PRATT", "November 4, 2016",
                                    "Associated Press writer Wahid Sultani in Kabul contributed to this report."],
    "afghanistan_darulaman_tolonews": ["Written by Farid Sahak", "11 January 2017"],
    "afghanistan_kandahar_afp": ["burs-jd/msh"],
    "afghanistan_haskamena_reliefweb": ["Afghanistan", "News and Press Release", "Source: UNAMA", "Posted: 20 Oct 2019",
                                        "Originally published: 20 Oct 2019"],
    "afghanistan_jalalabad_aljazeera": ["News | Conflict", "3 Aug 2020", "SOURCE: AL JAZEERA AND NEWS AGENCIES"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout146; Afghanistan 2014-2020), coded by "
                             "CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
