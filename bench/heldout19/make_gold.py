"""Writes gold.json for the nineteenth held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout19/make_gold.py
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402
from gold_events import boilerplate_lines  # noqa: E402

# --- Nigeria: Plateau Christmas-eve attacks (Premium Times, 2023-12-26, Tuesday) ---
NG = "Nigeria"
GUN_NG = ["Unidentified Armed Group (Nigeria)", "Fulani Ethnic Militia (Nigeria)", "Fulani Herders",
          "Herders (Nigeria)", "Fulani Ethnic Militia"]
ev("bokkos-attacks", "nigeria_plateau_premiumtimes", "2023-12-25", "2023-12-23", "2023-12-25", VAC, ["Attack"],
   GUN_NG, ["Civilians (Nigeria)"], NG, ["Plateau"], ["Bokkos"], 113, tp=2,
   evidence="stormed at least 17 villages in Bokkos LGA ... from Saturday evening until the early hours of Monday"
            " ... 113 bodies (community leaders: between 140 and 160)")
ev("barkin-ladi-attack", "nigeria_plateau_premiumtimes", "2023-12-24", "2023-12-24", "2023-12-25", VAC, ["Attack"],
   GUN_NG, ["Civilians (Nigeria)"], NG, ["Plateau"], ["Barkin Ladi"], 15,
   evidence="In neighbouring Barkin Ladi LGA, at least 15 people were killed when gunmen attacked three villages"
            " on Sunday night")
# not events: Tinubu directive, Mutfwang vow, police/Operation Safe Haven deployment (generic), Amnesty criticism,
# Mangu killings "in May" (background), related-headline "Gunmen kill 12 in fresh Kaduna attack" (boilerplate).

# --- Somalia: Buulo Mareer base (Reuters, 2023-06-03, Saturday) ---
SO = "Somalia"
SHB = ["Al Shabaab", "Al-Shabaab", "Harakat al-Shabaab al-Mujahideen"]
AU = ["ATMIS", "African Union Transition Mission in Somalia", "Military Forces of Uganda",
      "ATMIS: African Union Transition Mission in Somalia"]
ev("bulo-marer-base-overrun", "somalia_bulomarer_reuters", "2023-05-26", "2023-05-26", "2023-05-26", BAT,
   ["Armed clash", "Non-state actor overtakes territory"], SHB, AU, SO, ["Lower Shabelle", "Shabeellaha Hoose"],
   ["Marka", "Merca"], 54,
   evidence="Fifty-four Ugandan soldiers ... were killed when al Shabaab militants overran their base ... May 26"
            " assault on the base at Buulo Mareer")
ev("bulo-marer-recaptured", "somalia_bulomarer_reuters", "2023-05-26", "2023-05-26", "2023-06-03", BAT,
   ["Government regains territory"], AU, SHB, SO, ["Lower Shabelle", "Shabeellaha Hoose"], ["Marka", "Merca"],
   None, req=False, tp=2,
   evidence="Ugandan troops later 'regrouped and recaptured the base', without giving a date")
# not events: Museveni statement, court-martial of two commanders (plan), al Shabaab claim of 137, ATMIS
# drawdown, El Adde 2016 / Leego 2015 (background), Hassan Sheikh vow.

# --- Ethiopia: Debark University students abducted (Addis Standard, 2024-07-05, Friday) ---
ET = "Ethiopia"
ev("debark-students-abducted", "ethiopia_oromia_addisstandard", "2024-07-03", "2024-07-03", "2024-07-03", VAC,
   ["Abduction/forced disappearance"],
   ["Unidentified Armed Group (Ethiopia)", "OLA", "Oromo Liberation Army", "OLF-Shene", "OLF-Shane"],
   ["Civilians (Ethiopia)"], ET, ["Oromiya", "Oromia"], ["North Shewa Zone", "North Shewa", "Semien Shewa"], 0,
   evidence="Armed men abducted scores of students of Debark University ... on Wednesday, near the town of"
            " Garba Guracha in Kuyu woreda, North Shewa zone")
# not events: government blames OLA; OLA denial; "security forces had launched an operation" (no place/date/act);
# Tanzania talks collapse (November, background); related headline on Dera killings (boilerplate).

# --- DR Congo: Drodro, Djugu (Radio Okapi, 2021-11-23, Tuesday) ---
CD = "Democratic Republic of the Congo"
CODECO = ["CODECO", "CODECO: Cooperative for the Development of Congo", "Cooperative for the Development of Congo",
          "CODECO Militia", "Lendu Ethnic Militia (Democratic Republic of Congo)"]
FARDC = ["Military Forces of the Democratic Republic of the Congo", "Military Forces of Democratic Republic of the Congo",
         "Military Forces of Democratic Republic of Congo", "Military Forces of DR Congo", "FARDC"]
ev("drodro-attack", "drc_djugu_radiookapi", "2021-11-21", "2021-11-21", "2021-11-21", VAC, ["Attack"], CODECO,
   ["Civilians (Democratic Republic of the Congo)", "Civilians (Democratic Republic of Congo)",
    "Civilians (DR Congo)"], CD, ["Ituri"], ["Djugu"], 29,
   evidence="At least twenty-nine people, most of them displaced persons, were killed on Sunday evening in an attack"
            " by CODECO militiamen on the locality of Drodro (civil society: 44)")
ev("tche-clash", "drc_djugu_radiookapi", "2021-11-22", "2021-11-22", "2021-11-22", BAT, ["Armed clash"],
   FARDC + CODECO, CODECO + FARDC, CD, ["Ituri"], ["Djugu"], 5,
   evidence="Monday, FARDC troops pursuing the assailants clashed with the militiamen near Tche ... Five militiamen"
            " were killed")
# not events: provincial condemnation, reinforcements, MONUSCO reinforcing presence, flight to Rhoe,
# violence "since late 2017" (background).

# --- Mali: Tinzaouaten (AFP, 2024-07-29, Monday) ---
ML = "Mali"
MALI = ["Military Forces of Mali", "Wagner Group", "Wagner", "Africa Corps"]
CSP = ["CSP-DPA", "CSP", "Strategic Framework for the Defence of the People of Azawad",
       "Permanent Strategic Framework for the Defense of the People of Azawad", "JNIM",
       "JNIM: Group for Support of Islam and Muslims"]
ev("tinzaouaten-battle", "mali_tinzaouaten_afp", "2024-07-27", "2024-07-25", "2024-07-27", BAT, ["Armed clash"],
   CSP + MALI, MALI + CSP, ML, ["Kidal"], (), None, tp=2,
   evidence="The fighting around Tinzaouaten ... began on Thursday and continued until Saturday (no credible toll:"
            " 'significant number', claims of dozens / 80+)")
ev("tinzaouaten-jnim-ambush", "mali_tinzaouaten_afp", "2024-07-27", "2024-07-27", "2024-07-27", BAT,
   ["Armed clash"], ["JNIM", "JNIM: Group for Support of Islam and Muslims"], MALI, ML, ["Kidal"], (), None,
   req=False, evidence="JNIM ... claimed to have killed 50 Russians and more than 10 Malian soldiers in an ambush"
                       " on Saturday (same battle, separate actor pair)")
# not events: Ukrainian intelligence hint, Kidal retaken in November (background), "repeated drone strikes in
# recent months" (undated), 2020/2021 coups (background).

# --- Afghanistan: Faizabad, Badakhshan (AP, 2023-06-08, Thursday) ---
AF = "Afghanistan"
ISKP = ["Islamic State", "Islamic State Khorasan Province", "ISKP", "IS-K", "Islamic State (Afghanistan)",
        "Islamic State Khorasan", "Unidentified Armed Group (Afghanistan)"]
TAL = ["Taliban", "Military Forces of Afghanistan", "Government of Afghanistan", "Civilians (Afghanistan)"]
ev("faizabad-funeral-bombing", "afghanistan_badakhshan_ap", "2023-06-08", "2023-06-08", "2023-06-08", EXP,
   ["Suicide bomb"], ISKP, ["Civilians (Afghanistan)", "Taliban", "Military Forces of Afghanistan"], AF,
   ["Badakhshan"], ["Fayzabad", "Faizabad"], 11,
   evidence="A suicide bomber struck a mosque ... on Thursday during a memorial service ... killing at least 11")
ev("faizabad-deputy-governor-car-bomb", "afghanistan_badakhshan_ap", "2023-06-06", "2023-06-06", "2023-06-06",
   EXP, ["Suicide bomb", "Remote explosive/landmine/IED"], ISKP, TAL, AF, ["Badakhshan"], ["Fayzabad", "Faizabad"],
   2, evidence="Ahmadi and his driver were killed Tuesday when a suicide bomber rammed a car packed with explosives"
               " into his vehicle in Faizabad")
# not events: Takor vow, Otunbayeva condemnation, Muzammil killing in March (background), Russian embassy
# bombing (background), Taliban raids (aggregate, no place/date).

# --- Iraq: IRGC strikes on Iranian Kurdish groups (Reuters, 2022-09-28, Wednesday) ---
IQ = "Iraq"
IRAN = ["Military Forces of Iran", "Islamic Revolutionary Guard Corps", "IRGC",
        "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps"]
STRIKE = ["Shelling/artillery/missile attack", "Air/drone strike"]
ev("koya-strikes", "iraq_kurdistan_reuters", "2022-09-28", "2022-09-28", "2022-09-28", EXP, STRIKE, IRAN,
   ["KDPI", "Democratic Party of Iranian Kurdistan", "Kurdistan Democratic Party of Iran", "PDKI",
    "Civilians (Iraq)"], IQ, ["Erbil", "Arbil"], ["Koisnjaq", "Koya", "Koysinjaq", "Koy Sanjaq"], 13,
   evidence="fired missiles and drones ... killing 13 people and wounding dozens in the town of Koya")
ev("zirgwez-strike", "iraq_kurdistan_reuters", "2022-09-28", "2022-09-28", "2022-09-28", EXP, STRIKE, IRAN,
   ["Komala", "Komala Party of Iranian Kurdistan", "Civilians (Iraq)", ""], IQ,
   ["Sulaymaniyah", "As Sulaymaniyah", "Sulaimaniya"], ["Qada' as Sulaymaniyah", "Sulaymaniyah"], 0,
   evidence="Strikes also hit a base of the leftist Komala party in Zirgwez, near Sulaimaniya ... no one was hurt")
ev("jezhnikan-drone-strike", "iraq_kurdistan_reuters", "2022-09-28", "2022-09-28", "2022-09-28", EXP, STRIKE, IRAN,
   ["PAK", "Kurdistan Freedom Party", "Civilians (Iraq)", ""], IQ, ["Erbil", "Arbil"], (), None,
   evidence="Drones also targeted a camp of the Kurdistan Freedom Party (PAK) at Jezhnikan, north of Erbil")
ev("erbil-drone-shot-down", "iraq_kurdistan_reuters", "2022-09-28", "2022-09-28", "2022-09-28", STR,
   ["Disrupted weapons use"], ["Military Forces of the United States", "Military Forces of United States"],
   IRAN + [""], IQ, ["Erbil", "Arbil"], (), 0, req=False,
   evidence="an American F-15 fighter jet shot down an Iranian drone that was heading towards Erbil")
# not events: IRGC threat to continue, ambassador summoned, KRG condemnation, Amini death/protests (Iran),
# 2018 Koya strike (background).

# --- Myanmar: Operation 1027 (The Irrawaddy, 2023-10-30, Monday) ---
MM = "Myanmar"
TATMADAW = ["Military Forces of Myanmar", "Police Forces of Myanmar"]
ALLIANCE = ["Three Brotherhood Alliance", "Brotherhood Alliance", "MNDAA", "Myanmar National Democratic Alliance Army",
            "TNLA", "Ta'ang National Liberation Army", "AA", "Arakan Army"]
ev("chinshwehaw-captured", "myanmar_shan_irrawaddy", "2023-10-27", "2023-10-27", "2023-10-27", BAT,
   ["Non-state actor overtakes territory"], ["MNDAA", "Myanmar National Democratic Alliance Army"] + ALLIANCE,
   TATMADAW, MM, ["Shan"], ["Laukkaing", "Laukkai", "Kunlong"], 0,
   evidence="The MNDAA said its troops captured Chinshwehaw, in Kunlong Township ... on Friday evening after the"
            " junta's police and troops there abandoned their positions")
ev("nawnghkio-clash", "myanmar_shan_irrawaddy", "2023-10-28", "2023-10-27", "2023-10-28", BAT, ["Armed clash"],
   ["TNLA", "Ta'ang National Liberation Army"] + ALLIANCE, TATMADAW, MM, ["Shan"],
   ["Kyaukme", "Lashio", "Nawnghkio"], None, tp=2,
   evidence="In Nawnghkio Township, TNLA troops attacked a junta battalion on Friday and the fighting continued into"
            " Saturday (TNLA claims 8 soldiers killed, unverified)")
ev("namt-sai-air-strike", "myanmar_shan_irrawaddy", "2023-10-29", "2023-10-29", "2023-10-29", EXP,
   ["Air/drone strike"], ["Military Forces of Myanmar"], ["Civilians (Myanmar)"], MM, ["Shan"],
   ["Lashio", "Hsenwi"], 3,
   evidence="On Sunday, a regime fighter jet bombed Namt Sai village near Hsenwi town, killing three civilians")
ev("hsenwi-outpost-overrun", "myanmar_shan_irrawaddy", "2023-10-28", "2023-10-28", "2023-10-28", BAT,
   ["Non-state actor overtakes territory", "Armed clash"], ALLIANCE, TATMADAW, MM, ["Shan"], ["Lashio", "Hsenwi"],
   None, req=False, evidence="a junta outpost that the alliance had overrun on Saturday")
for town, adm2 in (("hsenwi", ["Lashio", "Hsenwi"]), ("lashio", ["Lashio"]), ("kyaukme", ["Kyaukme"]),
                   ("namhkam", ["Mu Se", "Muse", "Namhkam"])):
    ev(f"{town}-friday-attack", "myanmar_shan_irrawaddy", "2023-10-27", "2023-10-27", "2023-10-27", BAT,
       ["Armed clash"], ALLIANCE, TATMADAW, MM, ["Shan"], adm2, None, req=False,
       evidence="launched 'Operation 1027' before dawn on Friday, attacking junta bases and police stations in Kunlong,"
                " Hsenwi, Lashio, Kyaukme, Namhkam and Nawnghkio townships")
# not events: Lashio-Muse highway blocked (could be STR/Other; not coded), junta acknowledgement and vow, China
# call for ceasefire, displacement count, March/April clashes (background).

# --- Yemen: Marib mosque (Al Jazeera, 2020-01-19, Sunday) ---
YE = "Yemen"
HOUTHI = ["Houthis", "Houthi Movement", "Military Forces of Yemen (Houthi)", "Ansar Allah", "Houthi"]
GOV_YE = ["Military Forces of Yemen"]
COAL = ["Military Forces of Saudi Arabia", "Saudi-led coalition", "Saudi-Emirati-led coalition",
        "Military Forces of Saudi Arabia and United Arab Emirates", "Military Forces of United Arab Emirates"]
ev("marib-mosque-attack", "yemen_marib_aljazeera", "2020-01-18", "2020-01-18", "2020-01-18", EXP, STRIKE,
   HOUTHI + ["Unidentified Armed Group (Yemen)"], GOV_YE, YE, ["Ma'rib", "Marib"], ["Marib City", "Marib"], 83,
   evidence="At least 83 soldiers have been killed in a missile and drone attack on a mosque inside a military camp"
            " ... on Saturday evening (some officials: more than 100)")
ev("nihm-fighting", "yemen_marib_aljazeera", "2020-01-19", "2020-01-17", "2020-01-19", BAT, ["Armed clash"],
   GOV_YE + HOUTHI, HOUTHI + GOV_YE, YE, ["Sanaa", "Sana'a", "San'a"], ["Nihm"], None, tp=2,
   evidence="fierce fighting between government forces and the Houthis raged for a third day in the Nihm district"
            " ... since Friday ('dozens' killed)")
ev("nihm-coalition-strikes", "yemen_marib_aljazeera", "2020-01-19", "2020-01-19", "2020-01-19", EXP,
   ["Air/drone strike"], COAL, HOUTHI, YE, ["Sanaa", "Sana'a", "San'a"], ["Nihm"], 4,
   evidence="The ... coalition said its jets had carried out air strikes on Houthi reinforcements in Nihm on Sunday"
            " ... Al Masirah TV said the strikes killed four people")
# not events: Hadi and Griffiths statements, Saree remark (same Nihm fighting), 2014/2015 background,
# ACLED war toll (aggregate without date), September Houthi offer (background).

# --- Bangladesh: quota protests (Reuters, 2024-07-17, Wednesday) ---
BD = "Bangladesh"
STREET = ["Rioters (Bangladesh)", "Protesters (Bangladesh)", "Bangladesh Chhatra League", "BCL",
          "Chhatra League", "Awami League"]
POL_BD = ["Police Forces of Bangladesh"]
ev("dhaka-college-clashes", "bangladesh_dhaka_reuters", "2024-07-16", "2024-07-16", "2024-07-16", RIO,
   ["Violent demonstration", "Mob violence"], STREET, STREET + [""], BD, ["Dhaka"], ["Dhaka"], 2,
   evidence="In Dhaka, two people were killed as protesters and members of the Bangladesh Chhatra League ... fought"
            " ... around Dhaka College")
ev("chittagong-clashes", "bangladesh_dhaka_reuters", "2024-07-16", "2024-07-16", "2024-07-16", RIO,
   ["Violent demonstration", "Mob violence"], STREET, STREET + [""], BD, ["Chittagong", "Chattogram"],
   ["Chittagong", "Chattogram"], 3,
   evidence="In the port city of Chittagong, three people ... were killed when the two groups clashed")
ev("rangpur-abu-sayed-shot", "bangladesh_dhaka_reuters", "2024-07-16", "2024-07-16", "2024-07-16", PRO,
   ["Excessive force against protesters"], ["Protesters (Bangladesh)"] + POL_BD, POL_BD + ["Protesters (Bangladesh)"],
   BD, ["Rangpur"], ["Rangpur"], 1,
   evidence="In the northern city of Rangpur, a student ... Abu Sayed, was shot dead by police as protesters marched")
ev("dhaka-university-teargas", "bangladesh_dhaka_reuters", "2024-07-17", "2024-07-17", "2024-07-17", PRO,
   ["Protest with intervention", "Excessive force against protesters"], ["Protesters (Bangladesh)"] + POL_BD,
   POL_BD + ["Protesters (Bangladesh)"], BD, ["Dhaka"], ["Dhaka"], 0,
   evidence="On Wednesday, police fired tear gas and rubber bullets to disperse hundreds of students ... at Dhaka"
            " University")
ev("bnp-office-raid", "bangladesh_dhaka_reuters", "2024-07-16", "2024-07-16", "2024-07-17", STR, ["Arrests"],
   POL_BD, ["Bangladesh Nationalist Party", "BNP", "Jatiyatabadi Chhatra Dal", "JCD", ""], BD, ["Dhaka"], ["Dhaka"],
   0, req=False, evidence="Late on Tuesday, police raided the central Dhaka office of the ... BNP and detained seven")
# not events: universities closed, BGB deployed "in five cities" (no single place; could be STR/Change to group),
# Hasina address, "complete shutdown" call (plan), January election (background).

# Boilerplate lines (scored by score.py's cleaning check): exact line texts per article.
DROP = {
    "nigeria_plateau_premiumtimes": ["Home", "News", "Headlines", "Metro", "Politics", "Investigations", "Sports",
                                     "Opinion", "Share this:", "Facebook", "Twitter", "WhatsApp", "Advertisement",
                                     "Also Read:",
                                     "Plateau killings: Senate urges FG to establish military base in Bokkos",
                                     "Gunmen kill 12 in fresh Kaduna attack", "Kano: Police arrest 45 suspected thugs",
                                     "Support PREMIUM TIMES' journalism of integrity and credibility",
                                     "© 2023 Premium Times Services Limited. All rights reserved."],
    "ethiopia_oromia_addisstandard": ["Addis Standard",
                                      "Home | News | Politics | Business | Op-Ed | Interview | Addis Standard Amharic",
                                      "Advertisement", "Related:",
                                      "News: Residents of Dera woreda report killings in ongoing fighting",
                                      "News: EHRC calls for investigation into extrajudicial killings in Oromia",
                                      "Subscribe to our newsletter", "© 2024 Addis Standard. All Rights Reserved."],
    "drc_djugu_radiookapi": ["Radio Okapi",
                             "Accueil  Actualité  Politique  Economie  Sécurité  Droits de l'homme  Sports",
                             "Advertisement", "Lire aussi :",
                             "Ituri : la société civile de Djugu demande le renforcement des troupes",
                             "Nord-Kivu : l'état de siège prorogé pour la 13e fois",
                             "Radio Okapi © 2021 - Tous droits réservés"],
    "myanmar_shan_irrawaddy": ["The Irrawaddy",
                               "Burma | Business | Opinion | In Person | Specials | Multimedia | Newsletter",
                               "Share Tweet Email", "Advertisement", "RELATED",
                               "Regime Airstrike Kills Villagers in Sagaing",
                               "Junta Conscription Drives Young Men to Border",
                               "Copyright © 2023 Irrawaddy Publishing Group"],
    "yemen_marib_aljazeera": ["Al Jazeera", "News | Middle East | Explained | Opinion | Sport | Video",
                              "SOURCE: AL JAZEERA AND NEWS AGENCIES", "Related",
                              "Yemen's Houthis say they shot down Saudi drone",
                              "Saudi-led coalition releases 200 Houthi prisoners"],
}
EITHER = {  # French title of the Radio Okapi page (a headline in another language), datelines/bylines
    "drc_djugu_radiookapi": ["Ituri : au moins 29 morts dans une attaque des CODECO à Drodro",
                             "Tuesday 23 November 2021"],
    "nigeria_plateau_premiumtimes": ["December 26, 2023", "By Marcus Fatunmole"],
    "ethiopia_oromia_addisstandard": ["July 5, 2024"],
    "myanmar_shan_irrawaddy": ["By The Irrawaddy 30 October 2023"],
    "yemen_marib_aljazeera": ["19 Jan 2020"],
    "mali_tinzaouaten_afp": ["bur-sst/sbk/jj"],
}


arts = sorted(p.stem for p in HERE.glob("*.txt"))
assert len(arts) == 10, arts
known = set(arts)
for e in E:
    assert e["articles"][0] in known, e["key"]
    assert e["date_min"] <= e["event_date"] <= e["date_max"], e["key"]
assert len({e["key"] for e in E}) == len(E)
gold = {"corpus": "heldout19",
        "note": "10 hand-written held-out articles (bench/heldout19), coded by CODEBOOK.md; BLIND, not yet run.",
        "articles": [{"id": a, "published": json.loads((HERE / f"{a}.json").read_text())["published"],
                      "drop_lines": boilerplate_lines(HERE, a, DROP.get(a, ())),
                      "either_lines": boilerplate_lines(HERE, a, EITHER.get(a, ()))} for a in arts],
        "events": E}
(HERE / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")
print(len(E), "events,", sum(e["required"] for e in E), "required")
