"""Writes gold.json for held-out set 42 (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout42/make_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# --- DRC: Beni riots after ADF killings (Reuters, Mon 2019-11-25) ---
CD = "Democratic Republic of the Congo"
ADF = ["Allied Democratic Forces", "ADF", "Unidentified Armed Group (Democratic Republic of the Congo)",
       "Unidentified Armed Group (Democratic Republic of Congo)"]
CIV_CD = ["Civilians (Democratic Republic of the Congo)", "Civilians (Democratic Republic of Congo)"]
A = "drc_beni_reuters"
ev("boikene-adf-attack", A, "2019-11-25", "2019-11-24", "2019-11-25", VAC, ["Attack"], ADF, CIV_CD, CD,
   ["North Kivu", "Nord-Kivu"], ["Beni"], 8,
   evidence="suspected fighters of the Allied Democratic Forces (ADF) ... killed eight civilians overnight in the Boikene neighbourhood")
ev("beni-riot-monusco-townhall", A, "2019-11-25", "2019-11-25", "2019-11-25", RIO,
   ["Violent demonstration", "Mob violence"], ["Rioters (Democratic Republic of the Congo)", "Rioters (Democratic Republic of Congo)",
                                               "Protesters (Democratic Republic of the Congo)"],
   ["MONUSCO", "United Nations Organization Stabilization Mission in the Democratic Republic of Congo",
    "Police Forces of Democratic Republic of the Congo", "Police Forces of the Democratic Republic of Congo", ""],
   CD, ["North Kivu", "Nord-Kivu"], ["Beni"], 2,
   evidence="Angry residents set fire to the town hall ... and stormed a United Nations peacekeeping base ... At least two protesters were killed")
ev("butembo-students-teargas", A, "2019-11-25", "2019-11-25", "2019-11-25", PRO, ["Protest with intervention"],
   ["Protesters (Democratic Republic of the Congo)", "Protesters (Democratic Republic of Congo)"],
   ["Police Forces of Democratic Republic of the Congo", "Police Forces of the Democratic Republic of Congo", ""],
   CD, ["North Kivu", "Nord-Kivu"], ["Butembo"], 0,
   evidence="In Butembo ... police fired tear gas to disperse several hundred students ... and arrested about a dozen")
ev("oicha-farmers-killed", A, "2019-11-22", "2019-11-22", "2019-11-22", VAC, ["Attack"], ADF, CIV_CD, CD,
   ["North Kivu", "Nord-Kivu"], ["Beni", "Oicha"], 6,
   evidence="an attack on Friday near Oicha ... suspected ADF fighters hacked six farmers to death")
ev("mapobu-captured", A, "2019-11-25", "2019-10-30", "2019-11-25", BAT, ["Government regains territory"],
   ["Military Forces of Democratic Republic of the Congo", "Military Forces of the Democratic Republic of Congo"], ADF,
   CD, ["North Kivu", "Nord-Kivu"], ["Beni"], None, req=False, tp=3,
   evidence="troops had captured several ADF positions, including the stronghold known as Mapobu, without giving a date")
# not events: ">70 civilians killed since Oct 30" aggregate; Tshisekedi promise; 2014 massacres; Ebola.

# --- Nigeria: Rann (OCHA flash update, Fri 2019-02-01) ---
NG = "Nigeria"
NSAG_NG = ["Unidentified Armed Group (Nigeria)", "Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS",
           "Islamic State West Africa Province", "ISWAP", "Islamic State"]
A = "nigeria_rann_ocha"
ev("rann-jan28-attack", A, "2019-01-28", "2019-01-28", "2019-01-28", VAC, ["Attack"], NSAG_NG, ["Civilians (Nigeria)"],
   NG, ["Borno"], ["Kala-Balge", "Kala/Balge"], 60,
   evidence="On 28 January, NSAG fighters entered Rann ... set fire to large parts of the town ... at least 60 people were killed")
ev("rann-jan14-base-attack", A, "2019-01-14", "2019-01-14", "2019-01-14", BAT, ["Armed clash"], NSAG_NG,
   ["Military Forces of Nigeria", "MNJTF", "Multinational Joint Task Force"], NG, ["Borno"], ["Kala-Balge", "Kala/Balge"], None,
   evidence="On 14 January, NSAG fighters attacked the military base in Rann and fought with troops for several hours")
ev("rann-mnjtf-withdrawal", A, "2019-01-27", "2019-01-27", "2019-01-27", STR, ["Change to group/activity", "Other"],
   ["MNJTF", "Multinational Joint Task Force", "Military Forces of Cameroon", "Military Forces of Nigeria"], [""],
   NG, ["Borno"], ["Kala-Balge", "Kala/Balge"], 0, req=False,
   evidence="the Multinational Joint Task Force (MNJTF) contingent stationed in Rann withdrew from the town on 27 January")
# not events: flight of 30,000 to Bodo; Cameroon statement; 2017 Rann air strike (background); IOM displacement aggregate.

# --- Iraq: Kirkuk attack liveblog (Al Jazeera, Fri 2016-10-21) ---
IQ = "Iraq"
IS = ["Islamic State", "ISIL", "ISIS", "Islamic State of Iraq and the Levant"]
A = "iraq_kirkuk_aljazeera"
ev("kirkuk-is-raid", A, "2016-10-21", "2016-10-20", "2016-10-21", BAT, ["Armed clash"], IS,
   ["Police Forces of Iraq", "Military Forces of Iraq", "Police Forces of Iraq (Kurdistan Regional Government)",
    "Military Forces of Iraq (Kurdistan Regional Government)", "Asayish", "Peshmerga"],
   IQ, ["Kirkuk", "At-Ta'mim"], ["Kirkuk"], 76,
   evidence="at least 46 people, most of them members of the security forces, have been killed ... at least 30 of the attackers")
ev("dibis-power-plant", A, "2016-10-21", "2016-10-21", "2016-10-21", EXP, ["Suicide bomb"], IS,
   ["Civilians (Iraq)", "Civilians (Iran)", "Private Security Forces (Iraq)", ""], IQ, ["Kirkuk", "At-Ta'mim"],
   ["Dabes", "Dibis"], 15,
   evidence="12 workers, including four Iranians, were killed when suicide bombers attacked a power station ... Dibis ... Three attackers blew themselves up")
ev("mosul-us-ied", A, "2016-10-20", "2016-10-20", "2016-10-20", EXP, ["Remote explosive/landmine/IED"],
   IS + ["Unidentified Armed Group (Iraq)"], ["Military Forces of United States", "Military Forces of the United States"],
   IQ, ["Nineveh", "Ninawa"], (), 1,
   evidence="a US service member died on Thursday of wounds sustained in a roadside bomb explosion north of Mosul")
ev("bartella-retaken", A, "2016-10-20", "2016-10-20", "2016-10-21", BAT, ["Government regains territory"],
   ["Military Forces of Iraq"], IS, IQ, ["Nineveh", "Ninawa"], ["Al-Hamdaniya"], None,
   evidence="Iraqi army units say they have full control of ... Bartella ... which they entered on Thursday after heavy fighting")
ev("bashiqa-villages-peshmerga", A, "2016-10-20", "2016-10-20", "2016-10-20", BAT, ["Government regains territory"],
   ["Military Forces of Iraq (Kurdistan Regional Government)", "Peshmerga", "Kurdish Peshmerga", "Military Forces of Iraq",
    "Kurdistan Regional Government"], IS, IQ, ["Nineveh", "Ninawa"], ["Al-Hamdaniya", "Mosul"], None,
   evidence="Kurdish Peshmerga forces said on Thursday they had taken control of several villages around Bashiqa")
# not events: curfew, Abadi statement, Carter statement, Kirkuk summary entries (same raid), coalition air strikes (folded).

# --- Mali: Nampala funeral (AP, Fri 2016-07-22) ---
ML = "Mali"
A = "mali_nampala_funeral_ap"
ev("nampala-base-attack", A, "2016-07-19", "2016-07-19", "2016-07-19", BAT,
   ["Armed clash", "Non-state actor overtakes territory"],
   ["Ansar Dine", "Unidentified Armed Group (Mali)", "ANSIPRJ",
    "National Alliance for the Safeguarding of Fulani Identity and the Restoration of Justice", "Katiba Macina"],
   ["Military Forces of Mali"], ML, ["Segou", "Ségou"], ["Niono"], 17,
   evidence="The soldiers were killed on Tuesday when heavily armed gunmen attacked the army base in Nampala ... in the Segou region")
ev("nampala-reinforcements", A, "2016-07-22", "2016-07-19", "2016-07-22", STR, ["Change to group/activity"],
   ["Military Forces of Mali"], [""], ML, ["Segou", "Ségou"], (), 0, req=False, tp=2,
   evidence="reinforcements had been sent to the area")
# not events: funeral in Kati, national mourning, Keita vow, state of emergency, Jan 2015 Nampala attack, 2012-13 history.

# --- Myanmar: Northern Alliance attacks (The Irrawaddy, Fri 2019-08-16) ---
MM = "Myanmar"
NA = ["Ta'ang National Liberation Army", "TNLA", "Northern Alliance", "Arakan Army", "AA",
      "Myanmar National Democratic Alliance Army", "MNDAA", "Brotherhood Alliance"]
A = "myanmar_pyinoolwin_irrawaddy"
ev("dsta-pyinoolwin-attack", A, "2019-08-15", "2019-08-15", "2019-08-15", BAT, ["Armed clash"], NA,
   ["Military Forces of Myanmar"], MM, ["Mandalay"], ["Pyin Oo Lwin", "Pyinoolwin"], 3,
   evidence="fighters opened fire on the DSTA compound in Pyin Oo Lwin ... One soldier and two civilians were killed")
ev("nawnghkio-checkpoint-attack", A, "2019-08-15", "2019-08-15", "2019-08-15", BAT, ["Armed clash"], NA,
   ["Police Forces of Myanmar", "Military Forces of Myanmar"], MM, ["Shan"], ["Kyaukme", "Lashio"], 9,
   evidence="a police drug-enforcement checkpoint at Ngar Pyaw Kyaw, near Nawnghkio town ... Nine people ... were killed")
ev("gokteik-bridge-blast", A, "2019-08-15", "2019-08-15", "2019-08-15", EXP, ["Remote explosive/landmine/IED"],
   NA + ["Unidentified Armed Group (Myanmar)"], ["", "Civilians (Myanmar)", "Military Forces of Myanmar"], MM, ["Shan"],
   ["Kyaukme", "Lashio"], 0,
   evidence="an explosion also damaged part of the Gokteik Bridge ... No casualties were reported")
# not events: "at least 14" overall toll (sum), joint statement, military threat, Nov 2016 Muse attack (background).

# --- Syria: Hama/Idlib offensive (AFP, Thu 2019-05-09) ---
SY = "Syria"
REB = ["Opposition Rebels (Syria)", "Syrian rebels", "Hayat Tahrir al-Sham", "HTS", "National Front for Liberation",
       "Unidentified Armed Group (Syria)"]
GOV_AIR = ["Military Forces of Syria", "Military Forces of Russia"]
A = "syria_hama_afp"
ev("qalaat-madiq-retaken", A, "2019-05-09", "2019-05-08", "2019-05-09", BAT, ["Government regains territory"],
   ["Military Forces of Syria"], REB, SY, ["Hama", "Hamah"], ["Al-Suqaylabiyah", "As-Suqaylabiyah"], 0,
   evidence="Syrian government forces captured ... Qalaat al-Madiq ... on Thursday ... after rebels withdrew overnight")
ev("kafr-nabuda-retaken", A, "2019-05-08", "2019-05-08", "2019-05-08", BAT, ["Government regains territory"],
   ["Military Forces of Syria"], REB, SY, ["Hama", "Hamah"], ["Al-Suqaylabiyah", "As-Suqaylabiyah"], 34,
   evidence="a day after government forces retook ... Kafr Nabuda ... at least 14 regime fighters and 20 rebels and jihadists dead on Wednesday")
ev("kafranbel-air-strike", A, "2019-05-09", "2019-05-09", "2019-05-09", EXP, ["Air/drone strike"], GOV_AIR,
   ["Civilians (Syria)"], SY, ["Idlib"], ["Maarrat al-Nu'man", "Ma'arrat al-Nu'man"], 4,
   evidence="In the town of Kafranbel, four civilians including a child were killed in an air strike near a market")
ev("khan-sheikhun-air-strike", A, "2019-05-09", "2019-05-09", "2019-05-09", EXP, ["Air/drone strike"], GOV_AIR,
   ["Civilians (Syria)"], SY, ["Idlib"], (), 2,
   evidence="two women were killed in air strikes on Khan Sheikhun")
ev("south-idlib-barrel-bombs", A, "2019-05-09", "2019-05-09", "2019-05-09", EXP, ["Air/drone strike"], GOV_AIR,
   ["Civilians (Syria)"], SY, ["Idlib"], (), 1, req=False,
   evidence="Another civilian was killed in regime barrel bomb attacks on villages in the south of the province")
# not events: ">120 civilians since late April" aggregate, 150,000 displaced, Guterres, undated rebel shelling / Hmeimim drones.

# --- Pakistan: Parachinar, Quetta, Karachi (Dawn, Sat 2017-06-24) ---
PK = "Pakistan"
A = "pakistan_parachinar_dawn"
ev("parachinar-twin-blasts", A, "2017-06-23", "2017-06-23", "2017-06-23", EXP,
   ["Remote explosive/landmine/IED", "Suicide bomb"],
   ["Lashkar-e-Jhangvi", "Lashkar-e-Jhangvi Al-Alami", "LeJ", "Lashkar-i-Jhangvi", "Unidentified Armed Group (Pakistan)"],
   ["Civilians (Pakistan)"], PK, ["Khyber Pakhtunkhwa", "Federally Administered Tribal Areas"], ["Kurram"], 45,
   evidence="two bombs went off minutes apart in the crowded Turi Market ... the death toll from the twin blasts had risen to 45")
ev("parachinar-sit-in", A, "2017-06-24", "2017-06-24", "2017-06-24", PRO, ["Peaceful protest"], ["Protesters (Pakistan)"],
   [""], PK, ["Khyber Pakhtunkhwa", "Federally Administered Tribal Areas"], ["Kurram"], 0,
   evidence="Hundreds of residents staged a sit-in outside the Parachinar press club on Saturday")
ev("quetta-ig-office-car-bomb", A, "2017-06-23", "2017-06-23", "2017-06-23", EXP, ["Suicide bomb"],
   ["Jamaat-ul-Ahrar", "Jamaatul Ahrar", "Tehrik-i-Taliban Pakistan Jamaat-ul-Ahrar", "Islamic State",
    "Unidentified Armed Group (Pakistan)"], ["Police Forces of Pakistan"], PK, ["Balochistan"], ["Quetta"], 13,
   evidence="a suicide bomber blew up an explosives-laden car near the office of the Inspector General of Police ... Quetta, killing 13 people")
ev("karachi-police-iftar-shooting", A, "2017-06-23", "2017-06-23", "2017-06-23", BAT, ["Armed clash"],
   ["Ansarul Sharia Pakistan", "Ansar al-Sharia Pakistan", "Unidentified Armed Group (Pakistan)"],
   ["Police Forces of Pakistan"], PK, ["Sind", "Sindh"], (), 4, req=False,
   evidence="In Karachi, four policemen were shot dead by gunmen on motorcycles while they were having iftar ... SITE area")
# not events: "62 killed" sum; March Parachinar car bomb (background); Karachi police killings "over the past weeks"; Sharif/Bajwa.

# --- South Sudan: Pagak captured (Sudan Tribune, Tue 2017-08-08) ---
SS = "South Sudan"
SPLA = ["Military Forces of South Sudan", "SPLA", "Sudan People's Liberation Army"]
IO = ["SPLM/A-IO", "SPLA-IO", "SPLM-IO", "Sudan People's Liberation Movement/Army-In Opposition",
      "Sudan People's Liberation Army-In Opposition"]
A = "southsudan_pagak_sudantribune"
ev("pagak-captured", A, "2017-08-06", "2017-08-06", "2017-08-06", BAT, ["Government regains territory"], SPLA, IO, SS,
   ["Upper Nile"], (), 4,
   evidence="government troops entered Pagak ... on Sunday afternoon after the rebels fled ... four SPLA soldiers had been killed")
ev("maiwut-clash", A, "2017-08-05", "2017-08-05", "2017-08-05", BAT, ["Armed clash"], SPLA + IO, IO + SPLA, SS,
   ["Upper Nile"], (), 22,
   evidence="his forces had repulsed an attack by government troops on their positions near Maiwut town on Saturday, killing 22 SPLA soldiers")
ev("yei-morobo-ambush", A, "2017-08-07", "2017-08-07", "2017-08-07", VAC, ["Attack"],
   ["Unidentified Armed Group (South Sudan)"] + IO, ["Civilians (South Sudan)"], SS, ["Central Equatoria"], ["Yei"], 5,
   evidence="five civilians ... were killed on Monday when unknown gunmen ambushed a passenger vehicle on the Yei-Morobo road")
# not events: refugees into Gambella, Mabior statement, IGAD call, Juba July 2016 (background), Machar house arrest.

write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout42), coded by CODEBOOK.md; BLIND, not yet run.")
