"""Writes gold.json for the 25th held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout25/make_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# --- Syria (Middle East Eye, published Tue 2019-07-23) -------------------------------------
SY = "Syria"
SYJ = ["Military Forces of Syria", "Military Forces of Russia", "Unidentified Armed Group (Syria)"]
ev("maarat-market-strike", "syria_maarat_mee", "2019-07-22", "2019-07-22", "2019-07-22", EXP,
   ["Air/drone strike"], SYJ, ["Civilians (Syria)"], SY, ["Idlib"], (), 31,
   evidence="Air strikes on a busy vegetable market ... Maarat al-Numan ... on Monday; White Helmets 31, "
            "SOHR 39, council 'more than 40' -> lowest specific 31")
ev("saraqeb-strike", "syria_maarat_mee", "2019-07-22", "2019-07-22", "2019-07-22", EXP,
   ["Air/drone strike"], SYJ, ["Civilians (Syria)"], SY, ["Idlib"], (), 2,
   evidence="In the nearby town of Saraqeb, an air strike on a residential street killed two people ... same day")
SYR = ["Hayat Tahrir al-Sham", "HTS", "National Front for Liberation", "NFL", "Military Forces of Syria"]
ev("kafr-nabuda-clash", "syria_maarat_mee", "2019-07-21", "2019-07-21", "2019-07-21", BAT, ["Armed clash"],
   SYR, SYR, SY, ["Hama"], ["Al-Suqaylabiyah"], 23,
   evidence="fighting raged on Sunday around the village of Kafr Nabuda ... 14 government soldiers ... and nine rebels")

# --- Afghanistan (AFP, published Mon 2018-06-18) --------------------------------------------
AF = "Afghanistan"
ISK = ["Islamic State", "Islamic State Khorasan Province", "ISKP", "IS-K"]
ev("rodat-ceasefire-bombing", "afghanistan_nangarhar_afp", "2018-06-16", "2018-06-16", "2018-06-16", EXP,
   ["Suicide bomb"], ISK, ["Civilians (Afghanistan)", "Taliban", "Military Forces of Afghanistan"], AF,
   ["Nangarhar"], ["Rodat"], 36,
   evidence="On Saturday, a suicide attacker detonated his explosives ... Ghazi Amanullah Khan town in Rodat district "
            "... death toll ... rose to 36")
ev("jalalabad-governor-bombing", "afghanistan_nangarhar_afp", "2018-06-17", "2018-06-17", "2018-06-17", EXP,
   ["Suicide bomb"], ["Unidentified Armed Group (Afghanistan)"] + ISK,
   ["Civilians (Afghanistan)", "Taliban"], AF, ["Nangarhar"], ["Jalalabad"], 18,
   evidence="A suicide bomber struck near the governor's compound ... Jalalabad on Sunday, killing at least 18")
ev("ceasefire-extension", "afghanistan_nangarhar_afp", "2018-06-17", "2018-06-16", "2018-06-17", STR,
   ["Agreement", "Other", "Change to group/activity"], ["Military Forces of Afghanistan", "Government of Afghanistan"],
   ["Taliban", ""], AF, ["Kabul", ""], (), 0, req=False,
   evidence="Ghani announced ... the government would extend its own ceasefire with the Taliban by 10 days "
            "(unilateral announcement, arguably a statement)")

# --- West Bank (Al Jazeera, published Tue 2022-10-25) ---------------------------------------
PS, IL = "Palestine", "Military Forces of Israel"
LD = ["Lions' Den", "Lions Den", "Areen al-Usud", "Arin al-Usud", "Unidentified Armed Group (Palestine)"]
ev("nablus-raid-clash", "westbank_nablus_aljazeera", "2022-10-25", "2022-10-25", "2022-10-25", BAT,
   ["Armed clash"], [IL], LD, PS, ["West Bank"], ["Nablus"], 5,
   evidence="raid began shortly after midnight on Tuesday ... Heavy exchanges of fire ... killed five Palestinians")
ev("kilani-motorbike-bomb", "westbank_nablus_aljazeera", "2022-10-23", "2022-10-23", "2022-10-23", EXP,
   ["Remote explosive/landmine/IED"], ["Unidentified Armed Group (Palestine)", IL, "Unidentified Armed Group (Israel)"],
   LD + ["Civilians (Palestine)"], PS, ["West Bank"], ["Nablus"], 1,
   evidence="Tamer al-Kilani ... killed when an explosive device planted on a motorcycle went off ... early on Sunday")
ev("shavei-shomron-shooting", "westbank_nablus_aljazeera", "2022-10-11", "2022-10-11", "2022-10-11", BAT,
   ["Armed clash"], LD, [IL], PS, ["West Bank"], ["Nablus"], 1,
   evidence="since October 11, when an Israeli soldier was shot dead near ... Shavei Shomron ... attack the Lions' Den "
            "claimed (14 days before publication: an event)")
for etype, sub, a1, a2 in ((RIO, "Violent demonstration", ["Rioters (Palestine)", "Protesters (Palestine)"], [IL]),
                           (VAC, "Attack", [IL], ["Civilians (Palestine)", "Rioters (Palestine)", "Protesters (Palestine)"]),
                           (PRO, "Excessive force against protesters", [IL], ["Protesters (Palestine)"])):
    ev(f"nabi-saleh-shooting-{sub.split()[0].lower()}", "westbank_nablus_aljazeera", "2022-10-25", "2022-10-25",
       "2022-10-25", etype, [sub], a1, a2, PS, ["West Bank"], ["Ramallah", "Ramallah and al-Bira"], 1, req=False,
       evidence="Qusai Tamimi, 19, was shot dead ... in the village of Nabi Saleh ... during confrontations "
                "(one real event; three readings accepted, all optional)")

# --- Lebanon (L'Orient Today, published Tue 2024-02-27) ---------------------------------------
LB = "Lebanon"
ev("baalbek-air-strike", "lebanon_baalbek_lorient", "2024-02-26", "2024-02-26", "2024-02-26", EXP,
   ["Air/drone strike"], [IL], ["Hezbollah"], LB, ["Baalbek-Hermel"], ["Baalbek"], 2,
   evidence="Israeli warplanes struck near the city of Baalbek ... on Monday, killing two Hezbollah members")
ev("hermes-drone-downed", "lebanon_baalbek_lorient", "2024-02-26", "2024-02-26", "2024-02-26", STR,
   ["Disrupted weapons use", "Other"], ["Hezbollah"], [IL, ""], LB, ["Nabatiye", "South"], (), 0, req=False,
   evidence="its fighters had shot down an Israeli Hermes 450 drone ... over the Iqlim al-Tuffah region")
ev("golan-rockets", "lebanon_baalbek_lorient", "2024-02-26", "2024-02-26", "2024-02-26", EXP,
   ["Shelling/artillery/missile attack"], ["Hezbollah"], [IL], ["Israel", "Syria"],
   ["Northern District", "HaZafon", "Quneitra", ""], (), 0, req=False,
   evidence="Hezbollah fired around 60 Katyusha rockets at an Israeli air defence headquarters in the occupied Golan")
for place in ("kfar-kila", "houla"):
    ev(f"{place}-shelling", "lebanon_baalbek_lorient", "2024-02-27", "2024-02-27", "2024-02-27", EXP,
       ["Shelling/artillery/missile attack"], [IL], ["", "Civilians (Lebanon)", "Hezbollah"], LB, ["Nabatiye"],
       ("", "Marjayoun", "Marjeyoun"), 0,
       evidence="On Tuesday morning, Israeli artillery shelled the outskirts of Kfar Kila and Houla ... no casualties")

# --- Libya (AP, published Wed 2018-01-24) ----------------------------------------------------
LY = "Libya"
ev("salmani-twin-car-bombs", "libya_benghazi_ap", "2018-01-23", "2018-01-23", "2018-01-23", EXP,
   ["Remote explosive/landmine/IED"], ["Unidentified Armed Group (Libya)", "Islamic State"], ["Civilians (Libya)"],
   LY, ["Benghazi"], (), 34,
   evidence="Twin car bombs ... outside the Bayaat al-Radwan mosque in ... Salmani ... Tuesday evening; hospital 34, "
            "ministry 35, local media 'as many as 41' -> 34")
LNA = ["Military Forces of Libya", "Libyan National Army", "LNA", "Al Saiqa", "Saiqa Special Forces",
       "Military Forces of Libya (Haftar)", "Libyan Arab Armed Forces"]
ev("werfalli-executions", "libya_benghazi_ap", "2018-01-24", "2018-01-24", "2018-01-24", VAC, ["Attack"],
   LNA, ["Civilians (Libya)", "Islamic State"], LY, ["Benghazi"], (), 10,
   evidence="Mahmoud al-Werfalli ... shooting dead 10 blindfolded men ... at the site of the bombing ... Wednesday morning")
ev("mitiga-airport-clash", "libya_benghazi_ap", "2018-01-15", "2018-01-15", "2018-01-15", BAT, ["Armed clash"],
   ["Unidentified Armed Group (Libya)", "Bashir al-Bugra Militia", "Militia (Libya)"],
   ["Rada", "Special Deterrence Force", "Rada Special Deterrence Force"], LY, ["Tripoli"], (), 20,
   evidence="On Jan. 15, an attack by a militia on Mitiga airport in Tripoli ... fighting with ... Rada ... killed at "
            "least 20 (9 days before publication: an event)")

# --- Mali (RFI, published Wed 2022-08-10) ------------------------------------------------------
ML = "Mali"
ev("tessit-camp-attack", "mali_tessit_rfi", "2022-08-07", "2022-08-07", "2022-08-07", BAT, ["Armed clash"],
   ["Islamic State", "Islamic State Sahel", "Islamic State Sahel Province", "Islamic State in the Greater Sahara",
    "ISGS", "EIGS"], ["Military Forces of Mali"], ML, ["Gao"], ["Ansongo", "Gao"], 79,
   evidence="attack on Sunday ... Tessit ... 42 soldiers killed ... 37 assailants 'neutralised'; camp held -> 79")
ev("kati-suicide-car-bombs", "mali_tessit_rfi", "2022-07-22", "2022-07-22", "2022-07-22", EXP, ["Suicide bomb"],
   ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Group for the Support of Islam and Muslims"],
   ["Military Forces of Mali"], ML, ["Koulikoro"], ["Kati"], 8,
   evidence="JNIM fighters attacked ... Kati ... on July 22. Two suicide bombers drove vehicles ... killing one soldier, "
            "and seven assailants were killed (19 days before: an event)")

# --- Niger (Anadolu Agency, published Thu 2023-08-17) ------------------------------------------
NE = "Niger"
ev("koutougou-ambush", "niger_koutougou_anadolu", "2023-08-15", "2023-08-15", "2023-08-15", BAT, ["Armed clash"],
   ["Unidentified Armed Group (Niger)", "Islamic State", "Islamic State Sahel", "Islamic State Sahel Province", "JNIM",
    "Jama'at Nusrat al-Islam wal-Muslimin"], ["Military Forces of Niger"], NE, ["Tillaberi", "Tillabéri"],
   ["Tillaberi", "Say", "Torodi"], 17,
   evidence="Seventeen Nigerien soldiers were killed ... ambushed ... on Tuesday ... near the village of Koutougou; "
            "attackers' losses unspecified -> 17")
ev("bazoum-detained", "niger_koutougou_anadolu", "2023-07-26", "2023-07-26", "2023-07-26", STR,
   ["Arrests", "Change to group/activity", "Other"],
   ["Military Forces of Niger", "Military Forces of Niger (2023-)", "Presidential Guard (Niger)"],
   ["Government of Niger", "Mohamed Bazoum", "Military Forces of Niger", ""], NE, ["Niamey"], (), 0, req=False,
   evidence="officers of the presidential guard detained President Mohamed Bazoum in Niamey on July 26 "
            "(22 days before: inside the window, but context; optional)")

# --- Cameroon (Journal du Cameroun, published Fri 2021-10-15) -----------------------------------
CM = "Cameroon"
CMS = ["Military Forces of Cameroon", "Police Forces of Cameroon", "Gendarmerie (Cameroon)"]
ev("bomaka-girl-shot", "cameroon_buea_journal", "2021-10-14", "2021-10-14", "2021-10-14", VAC, ["Attack"],
   CMS, ["Civilians (Cameroon)"], CM, ["South-West"], ["Fako"], 1,
   evidence="a gendarme shot dead a schoolgirl at a checkpoint in the Bomaka neighbourhood ... Thursday morning")
ev("bomaka-gendarme-lynched", "cameroon_buea_journal", "2021-10-14", "2021-10-14", "2021-10-14", RIO,
   ["Mob violence"], ["Rioters (Cameroon)"], CMS, CM, ["South-West"], ["Fako"], 1,
   evidence="An angry crowd ... seized the gendarme and beat him to death")
ev("buea-justice-march", "cameroon_buea_journal", "2021-10-15", "2021-10-15", "2021-10-15", PRO,
   ["Peaceful protest"], ["Protesters (Cameroon)"], [""], CM, ["South-West"], ["Fako"], 0,
   evidence="On Friday, hundreds of residents ... marched peacefully from Bomaka to the governor's office in Buea")

# --- Central African Republic (Radio Ndeke Luka, published Tue 2016-10-25) ----------------------
CF = "Central African Republic"
MIN = ["MINUSCA", "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
       "United Nations"]
ev("bangui-ville-morte-riot", "car_bangui_ndekeluka", "2016-10-24", "2016-10-24", "2016-10-24", RIO,
   ["Violent demonstration"], ["Rioters (Central African Republic)", "Protesters (Central African Republic)"], MIN,
   CF, ["Bangui"], ["Bangui", ""], 4,
   evidence="At least four people were killed ... Bangui on Monday during a 'ville morte' protest ... barricades of "
            "burning tyres and threw stones at MINUSCA patrols")
ev("bangui-ville-morte-excessive-force", "car_bangui_ndekeluka", "2016-10-24", "2016-10-24", "2016-10-24", PRO,
   ["Excessive force against protesters"], MIN, ["Protesters (Central African Republic)"], CF, ["Bangui"],
   ["Bangui", ""], 4, req=False,
   evidence="organisers ... accused the peacekeepers of firing on unarmed protesters (alternative reading, optional)")
ev("kaga-bandoro-idp-attack", "car_bangui_ndekeluka", "2016-10-12", "2016-10-12", "2016-10-12", VAC, ["Attack"],
   ["Ex-Seleka", "Seleka", "MPC", "Patriotic Movement for Central Africa", "FPRC",
    "Popular Front for the Renaissance of Central Africa"], ["Civilians (Central African Republic)"], CF,
   ["Nana-Grebizi"], ["Kaga-Bandoro"], 37,
   evidence="attack on the displacement site in Kaga-Bandoro on Wednesday 12 October ... ex-Seleka ... 37 people dead "
            "(13 days before publication: an event)")

# --- Iraq (Xinhua, published Thu 2016-05-19) ---------------------------------------------------
IQ = "Iraq"
ev("rutba-recaptured", "iraq_rutba_xinhua", "2016-05-19", "2016-05-19", "2016-05-19", BAT,
   ["Government regains territory"], ["Military Forces of Iraq"], ["Islamic State"], IQ, ["Al Anbar", "Anbar"],
   ["Al-Rutba", "Ar Rutbah", "Rutba"], None,
   evidence="Iraqi security forces on Thursday fully recaptured the town of Rutba ... from Islamic State")
ev("rutba-outskirts-clash", "iraq_rutba_xinhua", "2016-05-17", "2016-05-17", "2016-05-17", BAT, ["Armed clash"],
   ["Military Forces of Iraq", "Islamic State"], ["Islamic State", "Military Forces of Iraq"], IQ,
   ["Al Anbar", "Anbar"], ["Al-Rutba", "Ar Rutbah", "Rutba"], 16,
   evidence="On Tuesday, the troops fought fierce clashes ... on the eastern outskirts of Rutba, killing 14 militants, "
            "while two soldiers were killed")
ev("shaab-market-suicide-bombing", "iraq_rutba_xinhua", "2016-05-17", "2016-05-17", "2016-05-17", EXP,
   ["Suicide bomb"], ["Islamic State"], ["Civilians (Iraq)"], IQ, ["Baghdad"],
   ["Karkh", "Al Rusafa", "Adhamiyah", "Al Adhamiyah"], 28,
   evidence="A suicide bomber blew himself up in a crowded market in the al-Shaab neighborhood ... killing 28")
ev("sadr-city-car-bomb", "iraq_rutba_xinhua", "2016-05-17", "2016-05-17", "2016-05-17", EXP,
   ["Remote explosive/landmine/IED"], ["Unidentified Armed Group (Iraq)", "Islamic State"], ["Civilians (Iraq)"], IQ,
   ["Baghdad"], ["Karkh", "Al Rusafa", "Thawra", "Al Thawra", "Sadr City"], 16,
   evidence="a car bomb went off near a market in Sadr City, killing 16 others")

BOILER = {
    "mali_tessit_rfi": ["RFI", "Africa", "Published on: 10/08/2022 - 14:20"],
    "syria_maarat_mee": ["Middle East Eye", "News", "Opinion", "Video", "Essays", "Syria", "By MEE staff",
                         "Published date: 23 July 2019 11:42 BST", "Share this:", "Facebook", "Twitter", "WhatsApp",
                         "Advertisement", "Related",
                         "Idlib: Turkey says observation post targeted by Syrian government",
                         "Syria's displaced: 'We have nowhere left to run'",
                         "This article is available in French on Middle East Eye French edition.",
                         "Sign up to our newsletter",
                         "Middle East Eye delivers independent and unrivalled coverage and analysis of the Middle East, "
                         "North Africa and beyond.",
                         "© 2019 Middle East Eye. All rights reserved."],
    "westbank_nablus_aljazeera": ["Al Jazeera", "Menu", "News", "Israel-Palestine conflict",
                                  "Published On 25 Oct 2022",
                                  "Save articles to read later and create your own reading list.",
                                  "Source: Al Jazeera and news agencies"],
    "lebanon_baalbek_lorient": ["L'Orient Today", "Lebanon", "Middle East", "Economy", "Culture",
                                "By L'Orient Today staff, 27 February 2024 at 10:15", "Advertisement", "Read also",
                                "Southern municipalities struggle to cope with displaced families",
                                "Subscribe to our newsletter", "© 2024 L'Orient Today. All rights reserved."],
    "cameroon_buea_journal": ["Journal du Cameroun", "Home", "Politics", "Society", "Anglophone Crisis", "Sports",
                              "By Journal du Cameroun - 15/10/2021", "Share on Facebook", "Share on Twitter",
                              "ALSO READ: Cameroon: Separatists attack Ekona market",
                              "Tags: Buea, Gendarmerie, South West",
                              "© 2021 Journal du Cameroun. All rights reserved."],
    "car_bangui_ndekeluka": ["Radio Ndeke Luka", "Accueil", "Actualites", "Securite", "Politique",
                             "Lire aussi : Bambari: MINUSCA renforce sa presence",
                             "Radio Ndeke Luka - La radio de la paix"],
}

write_gold(HERE, E, drop=BOILER, ensure_ascii=False,
           note="10 hand-written held-out articles (bench/heldout25), coded by CODEBOOK.md before the system was run "
                "(BLIND).")
