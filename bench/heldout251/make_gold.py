"""Writes gold.json for the 251st held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 35).

    python bench/heldout251/make_gold.py

Topic: Iraq 2004-2011 under US occupation — the Fallujah contractor ambush (March 2004), the first Sadr uprising
(April 2004), the end of the Najaf siege and the Kufa mosque mortars (August 2004), the Tawhid and Jihad hostage
killings and Haifa Street bloodshed (September 2004), the Samarra shrine bombing and its reprisals (February 2006),
the Sadr City car bombs and the Hurriya burnings (November 2006), the Yazidi truck bombs (August 2007) and the
Basra "Charge of the Knights" offensive (March 2008).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

IQ = "Iraq"
US = ["Military Forces of United States", "Military Forces of the United States", "US Military", "US Army",
      "US Marines", "United States Armed Forces", "Coalition Forces", "Multinational Force Iraq"]
IQ_MIL = ["Military Forces of Iraq", "Iraqi Army", "Iraqi Armed Forces", "Iraqi National Guard"]
IQ_POL = ["Police Forces of Iraq", "Iraqi Police"]
GOV_IQ = ["Government of Iraq"] + IQ_MIL + IQ_POL
UAG = ["Unidentified Armed Group (Iraq)"]
INSURG = UAG + ["Iraqi Insurgents", "Insurgents (Iraq)", "Sunni Insurgents (Iraq)", "Sunni Militia (Iraq)",
                "Iraqi Resistance"]
AQI = ["Al Qaeda in Iraq", "Al-Qaeda in Iraq", "AQI", "Tawhid and Jihad", "Jamaat al-Tawhid wal-Jihad",
       "Islamic State of Iraq", "ISI", "Mujahideen Shura Council", "Al Qaeda"]
MAHDI = ["Mahdi Army", "Jaish al-Mahdi", "JAM", "Mehdi Army", "Sadrist Movement", "Shia Militia (Iraq)",
         "Shiite Militia (Iraq)"]
CIV = ["Civilians (Iraq)"]
PROT = ["Protesters (Iraq)"]
SADR_PROT = PROT + ["Sadrist Movement", "Mahdi Army"]

BGD = ["Baghdad"]
ANBAR = ["Al Anbar", "Anbar"]
FALL2 = ["Falluja", "Fallujah", "Al Fallujah"]
NAJ = ["An Najaf", "Najaf"]
NAJ2 = ["Kufa", "Najaf", "An Najaf"]
BAS = ["Basra", "Basrah", "Al Basrah"]
BAS2 = ["Basrah", "Basra", ""]
DIY = ["Diyala"]
BAQ2 = ["Al-Muqdadiya", "Baquba", "Baqubah", "Ba'quba"]
SAL = ["Salah ad Din", "Salahuddin", "Salah al-Din", "Saladin"]
SAM2 = ["Al-Daur", "Samarra", "Samarra'"]
NIN = ["Nineveh", "Ninawa", "Ninewa"]
WAS = ["Wasit"]
KUT2 = ["Kut", "Al Kut"]

# ---------------------------------------------------------------- Fallujah (AP, 2004-04-01, Thu)
A = "iraq_fallujah_ap"
CONTRACTORS = ["Civilians (United States)", "Private Security Forces (United States)", "Blackwater",
               "Blackwater USA", "Private Security Forces", "Civilians (International)"]
ev("fallujah-contractors-ambush", A, "2004-03-31", "2004-03-31", "2004-03-31", VAC, ["Attack"],
   INSURG, CONTRACTORS, IQ, ANBAR, FALL2, 4,
   evidence="Masked gunmen ambushed two sport utility vehicles carrying four American security contractors in the "
            "center of this restive Sunni city ... killing all four ... The attack on Wednesday morning")
ev("fallujah-contractors-as-clash", A, "2004-03-31", "2004-03-31", "2004-03-31", BAT, ["Armed clash"],
   INSURG, CONTRACTORS, IQ, ANBAR, FALL2, 4, req=False,
   evidence="the same ambush seen as a fight with armed private security guards (they did not shoot back)")
ev("fallujah-bodies-mutilated", A, "2004-03-31", "2004-03-31", "2004-03-31", RIO, ["Mob violence"],
   ["Rioters (Iraq)"] + INSURG, CONTRACTORS + [""], IQ, ANBAR, FALL2, 0, req=False,
   evidence="a jubilant crowd then set the cars ablaze, dragged the charred bodies through the streets and hung two "
            "of them from a bridge (may be folded into the ambush)")
ev("malahma-apc-roadside-bomb", A, "2004-03-31", "2004-03-31", "2004-03-31", EXP, ["Remote explosive/landmine/IED"],
   INSURG, US, IQ, ANBAR, (), 5,
   evidence="five American soldiers were killed when a roadside bomb ripped through their M-113 armored personnel "
            "carrier near the village of Malahma, some 20 kilometers northwest of Fallujah")
ev("fallujah-marines-gunbattle", A, "2004-03-26", "2004-03-26", "2004-03-26", BAT, ["Armed clash"],
   US + INSURG, INSURG + US, IQ, ANBAR, FALL2, 7,
   evidence="Last Friday, a patrol entering an eastern neighborhood was caught in a gunbattle that lasted most of the "
            "day; one Marine and at least six Iraqis were killed")
ev("baqubah-police-car-bomb", A, "2004-03-31", "2004-03-31", "2004-03-31", EXP,
   ["Remote explosive/landmine/IED", "Suicide bomb"], INSURG + AQI, IQ_POL + CIV, IQ, DIY, BAQ2, 0,
   evidence="In Baqubah, 60 kilometers northeast of Baghdad, a car bomb exploded near a police station on Wednesday, "
            "wounding four policemen and six civilians")
ev("mount-lebanon-hotel-bomb", A, "2004-03-17", "2004-03-17", "2004-03-17", EXP,
   ["Remote explosive/landmine/IED", "Suicide bomb"], INSURG + AQI, CIV, IQ, BGD, (), 7,
   evidence="a car bomb destroyed the Mount Lebanon Hotel in the central Karrada district on March 17, killing seven "
            "people (15 days before publication: inside the window)")
ev("marines-take-over-anbar", A, "2004-03-28", "2004-03-22", "2004-03-28", STR, ["Change to group/activity"],
   US, [""], IQ, ANBAR, (), None, req=False, tp=2,
   evidence="Marines of the 1st Marine Expeditionary Force, who took over the area from the Army's 82nd Airborne "
            "Division last week")

# ---------------------------------------------------------------- Sadr uprising (Reuters, 2004-04-05, Mon)
A = "iraq_sadrcity_reuters"
COAL_S = ["Military Forces of Spain", "Military Forces of El Salvador", "Coalition Forces",
          "Multinational Division Centre-South", "Plus Ultra Brigade"] + US
ev("sadr-city-ambush", A, "2004-04-04", "2004-04-04", "2004-04-04", BAT,
   ["Armed clash", "Non-state actor overtakes territory"], MAHDI + US, US + MAHDI + IQ_POL, IQ, BGD, (), 8,
   evidence="In Sadr City ... black-clad gunmen seized several police stations and government buildings on Sunday "
            "afternoon and ambushed a U.S. patrol ... Seven soldiers ... killed ... and an eighth died of his wounds")
ev("najaf-spanish-base-gunbattle", A, "2004-04-04", "2004-04-04", "2004-04-04", BAT, ["Armed clash"],
   MAHDI + COAL_S, COAL_S + MAHDI, IQ, NAJ, NAJ2, 21,
   evidence="a protest by thousands of Sadr's followers outside the base of the Spanish-led brigade on the road to "
            "neighbouring Kufa turned into a gunbattle on Sunday. ... 20 Iraqis were killed ... A soldier from El "
            "Salvador's contingent was killed (Sadr's office: 'more than 30')")
ev("najaf-spanish-base-as-protest", A, "2004-04-04", "2004-04-04", "2004-04-04", PRO,
   ["Excessive force against protesters", "Protest with intervention"], SADR_PROT + COAL_S, COAL_S + SADR_PROT,
   IQ, NAJ, NAJ2, 21, req=False,
   evidence="the same Najaf event seen from the protest side (Sadr's spokesman: troops fired on peaceful marchers)")
ev("yaqubi-arrested", A, "2004-04-03", "2004-04-03", "2004-04-03", STR, ["Arrests"],
   US + COAL_S, ["Mustafa al-Yaqubi", "Sadrist Movement", "Mahdi Army", "Civilians (Iraq)", ""], IQ, NAJ, NAJ2, 0,
   evidence="a day after coalition forces arrested Mustafa al-Yaqubi, a senior aide to Sadr, in Najaf on Saturday")
ev("hawza-closure-rally", A, "2004-03-29", "2004-03-29", "2004-03-29", PRO, ["Peaceful protest"],
   SADR_PROT, [""], IQ, BGD, (), 0,
   evidence="Bremer ordered the 60-day closure of ... al-Hawza on March 28 ... The next day thousands of Sadr "
            "supporters rallied peacefully outside the paper's offices in central Baghdad")
ev("basra-sadr-march", A, "2004-04-04", "2004-04-04", "2004-04-04", PRO, ["Peaceful protest"],
   SADR_PROT, ["", "Military Forces of United Kingdom"], IQ, BAS, BAS2, 0,
   evidence="In the southern city of Basra, several thousand of Sadr's followers marched to the offices of the "
            "British-run provincial administration on Sunday and dispersed peacefully")

# ---------------------------------------------------------------- Najaf / Kufa (The Guardian, 2004-08-27, Fri)
A = "iraq_kufa_guardian"
SISTANI = ["Ali al-Sistani", "Grand Ayatollah Ali al-Sistani", "Sistani", "Shia Clergy (Iraq)"]
ev("imam-ali-shrine-handover", A, "2004-08-27", "2004-08-27", "2004-08-27", STR,
   ["Non-violent transfer of territory", "Change to group/activity"], MAHDI + SISTANI,
   ["", "Police Forces of Iraq", "Iraqi Police", "Government of Iraq"] + SISTANI + MAHDI, IQ, NAJ, NAJ2, 0,
   evidence="Hundreds of Shia militiamen walked out of the Imam Ali shrine in Najaf this morning, handing the keys ... "
            "to representatives of Grand Ayatollah Ali al-Sistani ... Iraqi police then took up positions")
ev("najaf-peace-deal", A, "2004-08-26", "2004-08-26", "2004-08-27", STR, ["Agreement"],
   MAHDI + SISTANI + GOV_IQ, SISTANI + GOV_IQ + MAHDI + US + [""], IQ, NAJ, NAJ2, 0,
   evidence="The agreement was reached late last night after Mr Sadr met Ayatollah Sistani ... the Mahdi army "
            "militia is to leave Najaf and neighbouring Kufa, US troops are to withdraw")
ev("kufa-mosque-mortars", A, "2004-08-26", "2004-08-26", "2004-08-26", EXP, ["Shelling/artillery/missile attack"],
   UAG + US + MAHDI, CIV + PROT + SADR_PROT, IQ, NAJ, ["Kufa"], 25,
   evidence="Yesterday morning, at least two mortar rounds crashed into the courtyard of the great mosque of Kufa ... "
            "Hospital officials said 25 people were killed ... the Associated Press ... later put the toll at 27")
ev("kufa-marchers-shot", A, "2004-08-26", "2004-08-26", "2004-08-26", PRO,
   ["Excessive force against protesters", "Protest with intervention"], IQ_MIL + UAG + PROT + SADR_PROT,
   PROT + SADR_PROT + IQ_MIL + UAG + CIV, IQ, NAJ, ["Kufa"], 3,
   evidence="another column of marchers heading from Kufa to Najaf came under fire as it passed a national guard base "
            "... Witnesses said the shots came from inside the compound. Three people were killed and 46 wounded")
ev("kufa-marchers-shot-as-attack", A, "2004-08-26", "2004-08-26", "2004-08-26", VAC, ["Attack"],
   UAG + IQ_MIL, CIV + PROT, IQ, NAJ, ["Kufa"], 3, req=False,
   evidence="the marchers' shooting coded as an attack on civilians by unidentified gunmen")
ev("najaf-us-air-strikes", A, "2004-08-26", "2004-08-26", "2004-08-26", EXP, ["Air/drone strike"],
   US, MAHDI + [""], IQ, NAJ, NAJ2, None,
   evidence="US warplanes also bombed suspected militia positions in the old city yesterday morning ... no word on "
            "casualties")
ev("najaf-police-station-attack", A, "2004-08-05", "2004-08-05", "2004-08-05", BAT, ["Armed clash"],
   MAHDI + IQ_POL + US, IQ_POL + US + MAHDI, IQ, NAJ, NAJ2, None,
   evidence="The standoff began on August 5, when militiamen attacked a police station in Najaf and the fighting "
            "quickly drew in the US marines (22 days before publication: inside the window)")

# ---------------------------------------------------------------- Hostages / Haifa Street (BBC, 2004-09-22, Wed)
A = "iraq_mansour_bbc"
HOSTAGE_US = ["Civilians (United States)", "Civilians (International)"]
ev("hensley-killed", A, "2004-09-21", "2004-09-21", "2004-09-21", VAC, ["Attack"],
   AQI + UAG, HOSTAGE_US, IQ, BGD + [""], (), 1,
   evidence="A statement posted ... on Tuesday evening said Jack Hensley had been 'slaughtered' after a deadline "
            "expired (place of the killing not given; hostages seized in Baghdad)")
ev("armstrong-beheaded", A, "2004-09-20", "2004-09-20", "2004-09-20", VAC, ["Attack"],
   AQI + UAG, HOSTAGE_US, IQ, BGD + [""], (), 1,
   evidence="On Monday the same group, Tawhid and Jihad, released footage showing the beheading of Eugene Armstrong. "
            "His body was found in western Baghdad later that day")
ev("mansour-kidnapping", A, "2004-09-16", "2004-09-16", "2004-09-16", VAC, ["Abduction/forced disappearance"],
   AQI + UAG, HOSTAGE_US + ["Civilians (United Kingdom)"], IQ, BGD, ["Karkh", "Mansour", "Al Mansour"], 0,
   evidence="The two Americans and British engineer Kenneth Bigley ... were seized at dawn last Thursday from the "
            "house they shared in the affluent Mansour district of Baghdad")
ev("italian-aid-workers-abducted", A, "2004-09-07", "2004-09-07", "2004-09-07", VAC,
   ["Abduction/forced disappearance"], UAG + AQI + ["Islamic Jihad Organization"],
   ["Civilians (Italy)", "Civilians (International)", "Civilians (Iraq)", "Aid Workers (Italy)"], IQ, BGD, (), 0,
   evidence="Two Italian aid workers, Simona Pari and Simona Torretta, were dragged from the Baghdad office of the "
            "charity Un Ponte Per by armed men on 7 September, together with two Iraqi colleagues")
ev("haifa-street-police-car-bomb", A, "2004-09-14", "2004-09-14", "2004-09-14", EXP,
   ["Suicide bomb", "Remote explosive/landmine/IED"], AQI + UAG, IQ_POL + CIV + ["Police Recruits (Iraq)"], IQ, BGD,
   (), 47,
   evidence="Last Tuesday, a car bomb tore through a crowd of young men queuing to join the police outside a station "
            "off Haifa Street ... 47 people were killed ... Tawhid and Jihad said it had carried out the attack")
ev("haifa-street-helicopter-fire", A, "2004-09-12", "2004-09-12", "2004-09-12", EXP, ["Air/drone strike"],
   US, CIV, IQ, BGD, (), 13,
   evidence="on Sunday 12 September, a US helicopter fired on a crowd that had gathered around a burning Bradley ... "
            "Thirteen people were killed (some residents: more than 20)")
ev("haifa-street-bradley-car-bomb", A, "2004-09-12", "2004-09-12", "2004-09-12", EXP,
   ["Remote explosive/landmine/IED", "Suicide bomb"], INSURG + AQI, US, IQ, BGD, (), None, req=False,
   evidence="the vehicle, which had been disabled by a car bomb (told in a clause, no toll of its own)")
ev("green-zone-mortars-last-week", A, "2004-09-19", "2004-09-13", "2004-09-19", EXP,
   ["Shelling/artillery/missile attack"], INSURG + AQI, US + GOV_IQ + [""], IQ, BGD, (), 0, req=False, tp=2,
   evidence="Insurgents also fired mortar rounds at the Green Zone ... several times last week, though no casualties "
            "were reported")

# ---------------------------------------------------------------- Samarra and reprisals (Al Jazeera, 2006-02-23, Thu)
A = "iraq_samarra_aljazeera"
ev("askariya-shrine-bombing", A, "2006-02-22", "2006-02-22", "2006-02-22", EXP, ["Remote explosive/landmine/IED"],
   AQI + UAG, ["", "Civilians (Iraq)", "Police Forces of Iraq"], IQ, SAL, SAM2, 0,
   evidence="Attackers disguised in police uniforms entered the Askariya shrine shortly before 7am on Wednesday ... "
            "set off two bombs under the dome ... No one was killed in the blast")
ev("baghdad-sunni-mosques-attacked", A, "2006-02-22", "2006-02-22", "2006-02-22", RIO,
   ["Mob violence", "Violent demonstration"], ["Rioters (Iraq)"] + MAHDI + UAG,
   ["", "Civilians (Iraq)", "Sunni Muslim Group (Iraq)"], IQ, BGD, (), 6,
   evidence="angry crowds and armed men took to the streets of Baghdad. Police said 27 Sunni mosques ... were attacked "
            "... and that at least six people were killed, among them three imams")
ev("baghdad-sunni-mosques-as-attack", A, "2006-02-22", "2006-02-22", "2006-02-22", VAC, ["Attack"],
   MAHDI + UAG, CIV, IQ, BGD, (), 6, req=False,
   evidence="the mosque attacks coded as armed men attacking civilians")
ev("baghdad-sunni-mosques-as-destruction", A, "2006-02-22", "2006-02-22", "2006-02-22", STR,
   ["Looting/property destruction"], MAHDI + UAG + ["Rioters (Iraq)"], CIV + [""], IQ, BGD, (), 6, req=False,
   evidence="the mosque burnings coded as property destruction")
ev("arabiya-crew-killed-samarra", A, "2006-02-22", "2006-02-22", "2006-02-23", VAC, ["Attack"],
   UAG + AQI, CIV + ["Journalists (Iraq)"], IQ, SAL, SAM2, 3,
   evidence="The bodies of Atwar Bahjat ... and two of her colleagues ... were found on Thursday on the outskirts of "
            "Samarra ... their employer lost contact with them on Wednesday evening")
ev("basra-prison-killings", A, "2006-02-22", "2006-02-22", "2006-02-22", VAC, ["Attack"],
   UAG + MAHDI + ["Police Forces of Iraq"], CIV + ["Prisoners (Iraq)", "Civilians (Egypt)"], IQ, BAS, BAS2, 11,
   evidence="In the southern city of Basra, men in police uniforms broke into a prison on Wednesday, took out 11 Sunni "
            "inmates ... and shot them dead (earlier police account: 12)")
ev("nahrawan-47-killed", A, "2006-02-23", "2006-02-22", "2006-02-23", VAC, ["Attack"],
   UAG + MAHDI, CIV, IQ, BGD, (), 47,
   evidence="In Nahrawan, on the south-eastern outskirts of Baghdad, police found the bodies of 47 men who had been "
            "pulled from their cars at a roadblock set up by gunmen, shot and dumped in a ditch")
ev("baquba-roadside-bomb", A, "2006-02-23", "2006-02-23", "2006-02-23", EXP, ["Remote explosive/landmine/IED"],
   AQI + UAG + INSURG, IQ_MIL + CIV, IQ, DIY, BAQ2, 16,
   evidence="In Baquba ... a bomb hidden by the roadside near a market killed 16 people on Thursday afternoon, among "
            "them eight soldiers whose patrol was passing")
ev("sadr-city-shrine-march", A, "2006-02-22", "2006-02-22", "2006-02-22", PRO, ["Peaceful protest"],
   SADR_PROT, [""], IQ, BGD, (), 0,
   evidence="Thousands of Shia marched on Wednesday in the Sadr City district of Baghdad ... The marches passed off "
            "without violence")
ev("kut-shrine-march", A, "2006-02-22", "2006-02-22", "2006-02-22", PRO, ["Peaceful protest"],
   SADR_PROT, [""], IQ, WAS, KUT2, 0,
   evidence="Thousands of Shia marched on Wednesday ... in the southern city of Kut, chanting against the US")

# ---------------------------------------------------------------- Sadr City bombs (McClatchy, 2006-11-24, Fri)
A = "iraq_sadrcity_mcclatchy"
ev("hurriya-six-burned", A, "2006-11-24", "2006-11-24", "2006-11-24", VAC, ["Attack"],
   MAHDI + UAG, CIV, IQ, BGD, (), 6,
   evidence="Shiite gunmen dragged six Sunni men from a mosque in the Hurriya neighborhood ... after Friday prayers, "
            "doused them with kerosene and set them on fire (army could not confirm)")
ev("hurriya-mosques-burned", A, "2006-11-24", "2006-11-24", "2006-11-24", STR, ["Looting/property destruction"],
   MAHDI + UAG, CIV + [""], IQ, BGD, (), 0, req=False,
   evidence="the militiamen ... also burned at least three other mosques and several homes (may be folded into the "
            "burnings)")
ev("sadr-city-car-bombs", A, "2006-11-23", "2006-11-23", "2006-11-23", EXP,
   ["Suicide bomb", "Remote explosive/landmine/IED"], AQI + UAG + INSURG, CIV, IQ, BGD, (), 161,
   evidence="six car bombs, at least three of them driven by suicide attackers, exploded ... Police put the death toll "
            "on Thursday night at 161. The Health Ministry said Friday that 202 people had been killed")
ev("sadr-city-mortars", A, "2006-11-23", "2006-11-23", "2006-11-23", EXP, ["Shelling/artillery/missile attack"],
   AQI + UAG + INSURG, CIV, IQ, BGD, (), None, req=False,
   evidence="Mortar rounds landed in the same area minutes later (toll merged with the car bombs)")
ev("abu-hanifa-mortars", A, "2006-11-23", "2006-11-23", "2006-11-23", EXP, ["Shelling/artillery/missile attack"],
   MAHDI + UAG, CIV, IQ, BGD, (), 1,
   evidence="mortar rounds fired from the direction of Sadr City slammed into the Abu Hanifa mosque in the Sunni "
            "district of Adhamiya ... One person was killed and 14 were wounded")
ev("health-ministry-siege", A, "2006-11-23", "2006-11-23", "2006-11-23", BAT, ["Armed clash"],
   INSURG + IQ_MIL + US, IQ_MIL + US + INSURG + ["Civilians (Iraq)"], IQ, BGD, (), 0,
   evidence="about 30 Sunni gunmen had surrounded the Health Ministry ... Iraqi soldiers and U.S. troops ... drove the "
            "attackers off after a firefight ... Five guards were wounded")
ev("tal-afar-car-bomb", A, "2006-11-24", "2006-11-24", "2006-11-24", EXP,
   ["Remote explosive/landmine/IED", "Suicide bomb"], AQI + UAG + INSURG, CIV, IQ, NIN,
   ["Tel Afar", "Tall Afar", "Tal Afar"], 22,
   evidence="In Tal Afar, west of Mosul, a car bomb exploded outside a car dealership near a busy market at "
            "midmorning, killing 22 people")
ev("higher-education-kidnapping", A, "2006-11-14", "2006-11-14", "2006-11-14", VAC,
   ["Abduction/forced disappearance"], UAG + MAHDI + ["Police Forces of Iraq"], CIV, IQ, BGD, (), None,
   evidence="On Nov. 14, gunmen in police commando uniforms stormed a Higher Education Ministry building in the central "
            "Karrada district and drove off with as many as 150 employees and visitors (10 days before publication)")

# ---------------------------------------------------------------- Yazidi truck bombs (AFP, 2007-08-15, Wed)
A = "iraq_qahtaniya_afp"
YAZ = CIV + ["Yazidi Group (Iraq)", "Civilians (Yazidi)"]
SINJ2 = ["Sinjar", "Al-Ba'aj", "Baaj", "Al Baaj", ""]
ev("qahtaniya-truck-bombs", A, "2007-08-14", "2007-08-14", "2007-08-14", EXP, ["Suicide bomb"],
   AQI + UAG, YAZ, IQ, NIN, SINJ2, 175,
   evidence="Suicide bombers driving a fuel tanker and three trucks ... blew themselves up in two villages ... "
            "Qahtaniya and the nearby Jazeera complex ... at around 7:30 pm on Tuesday ... 'At least 175 people were "
            "killed' (Kurdish officials: at least 250)")
ev("jazeera-truck-bombs", A, "2007-08-14", "2007-08-14", "2007-08-14", EXP, ["Suicide bomb"],
   AQI + UAG, YAZ, IQ, NIN, SINJ2, None, req=False,
   evidence="the Jazeera complex as a second row (the two villages' tolls are given together)")
ev("taji-bridge-truck-bomb", A, "2007-08-14", "2007-08-14", "2007-08-14", EXP, ["Suicide bomb"],
   AQI + UAG + INSURG, CIV + [""], IQ, BGD, ["Taji", ""], 10,
   evidence="On Tuesday, a suicide bomber also drove a truck onto a highway bridge over the Tigris at Taji ... At "
            "least 10 people were killed")
ev("peshmerga-deployed-sinjar", A, "2007-08-15", "2007-08-14", "2007-08-15", STR, ["Change to group/activity"],
   ["Peshmerga", "Kurdish Peshmerga", "Military Forces of Iraq (Kurdistan Regional Government)",
    "Kurdistan Regional Government"], [""], IQ, NIN, SINJ2, 0, req=False,
   evidence="Kurdish peshmerga fighters were rushed to the area overnight and took over security of the two villages "
            "on Wednesday")

# ---------------------------------------------------------------- Basra offensive (LA Times, 2008-03-26, Wed)
A = "iraq_basra_latimes"
SPECIAL = ["Special Groups", "Mahdi Army Special Groups"]
ev("basra-offensive-day-one", A, "2008-03-25", "2008-03-25", "2008-03-25", BAT, ["Armed clash"],
   IQ_MIL + IQ_POL + MAHDI, MAHDI + IQ_MIL + IQ_POL, IQ, BAS, BAS2, 40,
   evidence="The operation, dubbed Charge of the Knights, began before dawn Tuesday when army and police units ... "
            "pushed into the Hayaniya, Jumhuriya and Tamimiya districts ... at least 40 people were killed")
ev("basra-fighting-day-two", A, "2008-03-26", "2008-03-26", "2008-03-26", BAT, ["Armed clash"],
   IQ_MIL + IQ_POL + MAHDI, MAHDI + IQ_MIL + IQ_POL, IQ, BAS, BAS2, None,
   evidence="Iraqi troops and militiamen ... fought for a second day Wednesday in the streets of ... Basra ... no "
            "reliable casualty count for the second day")
ev("sadr-city-clashes-2008", A, "2008-03-25", "2008-03-25", "2008-03-25", BAT, ["Armed clash"],
   MAHDI + US + IQ_MIL, US + IQ_MIL + MAHDI, IQ, BGD, (), None,
   evidence="Mahdi Army fighters battled U.S. and Iraqi soldiers in Sadr City ... on Tuesday ... killed 'a number of' "
            "gunmen")
ev("shula-clashes-2008", A, "2008-03-25", "2008-03-25", "2008-03-25", BAT, ["Armed clash"],
   MAHDI + US + IQ_MIL, US + IQ_MIL + MAHDI, IQ, BGD, (), None, req=False,
   evidence="... and in the southern Shula neighborhood on Tuesday (second named neighbourhood, same day)")
ev("green-zone-rockets-2008", A, "2008-03-25", "2008-03-25", "2008-03-25", EXP,
   ["Shelling/artillery/missile attack"], MAHDI + SPECIAL + UAG, US + GOV_IQ + [""], IQ, BGD, (), None,
   evidence="Rockets and mortar rounds fired from eastern Baghdad struck the heavily fortified Green Zone at least "
            "four times Tuesday ... no word on casualties")
ev("sadr-city-anti-maliki-march", A, "2008-03-26", "2008-03-26", "2008-03-26", PRO, ["Peaceful protest"],
   SADR_PROT, [""], IQ, BGD, (), 0,
   evidence="On Wednesday, tens of thousands of Sadr supporters marched through Sadr City ... demanding the prime "
            "minister's resignation. The march passed off peacefully")
ev("kut-clashes-2008", A, "2008-03-25", "2008-03-25", "2008-03-25", BAT, ["Armed clash"],
   IQ_POL + MAHDI, MAHDI + IQ_POL, IQ, WAS, KUT2, None,
   evidence="In Kut ... police and Mahdi Army fighters clashed Tuesday in several neighborhoods ... several people "
            "dead, but gave no exact figure")
ev("south-baghdad-ied-four-soldiers", A, "2008-03-23", "2008-03-23", "2008-03-23", EXP,
   ["Remote explosive/landmine/IED"], UAG + MAHDI + SPECIAL + AQI + INSURG, US, IQ, BGD, (), 4,
   evidence="Four soldiers were killed Sunday when a roadside bomb struck their vehicle in southern Baghdad")

DROP = {
    "iraq_kufa_guardian": ["Guardian Unlimited", "Home", "UK", "World", "Iraq", "Business", "Comment",
                           "Related articles", "Q&A: the Najaf standoff", "Sadr's army: who are the Mahdi militia?",
                           "Printable version", "Send it to a friend", "Save story",
                           "Guardian Unlimited © Guardian Newspapers Limited 2004"],
    "iraq_mansour_bbc": ["BBC NEWS", "News Front Page", "World", "Middle East", "UK", "Business", "Health",
                         "E-mail this to a friend", "Printable version", "SEE ALSO:", "Profile: Kenneth Bigley",
                         "Iraq's hostage crisis", "RELATED INTERNET LINKS:", "Tawhid and Jihad statement (in Arabic)",
                         "The BBC is not responsible for the content of external internet sites"],
    "iraq_samarra_aljazeera": ["Aljazeera.Net", "English", "Home", "Middle East", "World", "Business", "Sport",
                               "Archive", "Related:", "Sistani urges calm after Samarra blast",
                               "Profile: the Askariya shrine"],
    "iraq_sadrcity_mcclatchy": ["Read more", "Iraq's civilian toll hits record",
                                "Sadr's movement tightens grip on ministries"],
    "iraq_basra_latimes": ["Los Angeles Times", "Home", "World", "Nation", "Business", "Opinion",
                           "Copyright 2008 Los Angeles Times", "Related stories", "Sadr's militia at a crossroads",
                           "U.S. death toll in Iraq reaches 4,000", "Comments (24)"],
}
EITHER = {
    "iraq_fallujah_ap": ["By JIM KRANE, Associated Press Writer",
                         "Associated Press writers Abdul-Qader Saadi in Fallujah and Mariam Fam in Baghdad "
                         "contributed to this report."],
    "iraq_sadrcity_reuters": ["By Khaled Farhan",
                              "(Additional reporting by Michael Georgy in Najaf; Editing by Giles Elgood)"],
    "iraq_kufa_guardian": ["Rory McCarthy in Baghdad", "Friday August 27, 2004", "The Guardian"],
    "iraq_mansour_bbc": ["Last Updated: Wednesday, 22 September, 2004, 09:41 GMT 10:41 UK"],
    "iraq_samarra_aljazeera": ["Thursday 23 February 2006, 17:40 Makka Time, 14:40 GMT",
                               "Source: Aljazeera and agencies"],
    "iraq_sadrcity_mcclatchy": ["By Leila Fadel and Jenan Hussein", "McClatchy Newspapers",
                                "McClatchy special correspondent Sahar Issa contributed to this report."],
    "iraq_qahtaniya_afp": ["bur-sm/hc"],
    "iraq_basra_latimes": ["By Ned Parker and Raheem Salman, Los Angeles Times Staff Writers", "March 26, 2008",
                           "Parker reported from Baghdad and Salman from Basra. Special correspondents in Basra and Kut "
                           "contributed to this report."],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout251; Iraq 2004-2011 under US occupation), "
                             "coded by CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
