"""Writes gold.json for the 261st held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 36).

    python bench/heldout261/make_gold.py

Topic: Iraq 2012-2013 before the fall of Mosul (the Abu Ghraib and Taji prison assaults, a suicide bombing of Sahwa
fighters at Taji, the Ramadi soldiers' killing after the Hawija raid and the Sulaiman Bek takeover, a Baghdad
car-bomb wave) and Ukraine January-March 2014 (the Justice Ministry and Ukrainian House occupations and the
Zaporizhzhia/Dnipropetrovsk rallies, the 20 February Instytutska shootings and the 21 February agreement, the Crimean
base seizures of 22-24 March, the Sevastopol rally attack and the Armyansk warning shots).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# ---------------------------------------------------------------- shared actor lists
IQ = "Iraq"
ISI = ["Islamic State of Iraq", "ISI", "Al Qaeda in Iraq", "AQI", "Al Qaeda", "Islamic State", "Islamic State of Iraq and the Levant"]
UAG_IQ = ["Unidentified Armed Group (Iraq)"]
ATT_IQ = UAG_IQ + ISI
MIL_IQ = ["Military Forces of Iraq", "Iraqi Army", "Iraqi Security Forces"]
POL_IQ = ["Police Forces of Iraq", "Iraqi Police"]
SEC_IQ = MIL_IQ + POL_IQ
CIV_IQ = ["Civilians (Iraq)"]
PROT_IQ = ["Protesters (Iraq)"]
RIOT_IQ = ["Rioters (Iraq)"]
SAHWA = ["Sahwa", "Sahwa Militia", "Sons of Iraq", "Awakening Council", "Awakening Councils", "Sahwa Councils",
         "Sahwa (Awakening Councils)"]
NAQSH = ["Naqshbandiya Army", "JRTN", "Jaysh Rijal al-Tariqa al-Naqshbandia", "Naqshbandi Army",
         "Army of the Men of the Naqshbandi Order"]
BAGHDAD = ["Baghdad"]
ANBAR = ["Al Anbar", "Anbar", "Al-Anbar"]
SALAH = ["Salah ad Din", "Salahuddin", "Salah al-Din", "Salahaddin"]
TOOZ = ["Tooz", "Tuz Khurmatu", "Tuz", "Al-Tooz", "Tuz Khurmato"]

UA = "Ukraine"
POL_UA = ["Police Forces of Ukraine", "Berkut", "Police Forces of Ukraine (2010-2014)"]
MIL_UA = ["Military Forces of Ukraine"]
SEC_UA = POL_UA + MIL_UA + ["Interior Troops of Ukraine"]
PROT_UA = ["Protesters (Ukraine)", "Euromaidan Protesters"]
RIOT_UA = ["Rioters (Ukraine)"]
DEMO_UA = PROT_UA + RIOT_UA
CIV_UA = ["Civilians (Ukraine)"]
UAG_UA = ["Unidentified Armed Group (Ukraine)"]
RUS = ["Military Forces of Russia", "Russian Armed Forces"]
SD = ["Crimean Self-Defence", "Crimean Self-Defense Forces", "Crimean Self-Defence Units", "Pro-Russian Militia",
      "Unidentified Armed Group (Ukraine)"]
GOV_UA = ["Government of Ukraine", "Viktor Yanukovych", "President of Ukraine"] + POL_UA
OPP_UA = ["Opposition (Ukraine)", "Batkivshchyna", "UDAR", "Svoboda", "Protesters (Ukraine)", "Euromaidan"]
KYIV = ["Kyiv City", "Kyiv", "Kiev"]
CRIMEA = ["Crimea", "Autonomous Republic of Crimea"]
SEVAS = ["Sevastopol City", "Sevastopol"]

# ---------------------------------------------------------------- Iraq (Reuters, 2013-07-22, Mon)
A = "iraq_abughraib_reuters"
ev("abughraib-prison-assault", A, "2013-07-21", "2013-07-21", "2013-07-22", BAT,
   ["Armed clash", "Non-state actor overtakes territory"], ATT_IQ, POL_IQ + MIL_IQ, IQ, BAGHDAD,
   ["Abu Ghraib", "Abu Ghurayb"], 14,
   evidence="At Abu Ghraib, suicide bombers drove cars packed with explosives into the main gate ... Ten policemen and "
            "four of the attackers were killed in the fighting, which went on until early on Monday")
ev("abughraib-suicide-car-bombs", A, "2013-07-21", "2013-07-21", "2013-07-22", EXP, ["Suicide bomb"],
   ATT_IQ, POL_IQ + MIL_IQ + [""], IQ, BAGHDAD, ["Abu Ghraib", "Abu Ghurayb"], None, req=False,
   evidence="the Abu Ghraib assault seen as a suicide car bombing")
ev("taji-prison-assault", A, "2013-07-21", "2013-07-21", "2013-07-22", BAT,
   ["Armed clash", "Non-state actor overtakes territory"], ATT_IQ, MIL_IQ + POL_IQ, IQ, BAGHDAD, ["Taji", "Al-Taji"], 21,
   evidence="The assault on Taji, some 20 km (12 miles) north of Baghdad ... Fifteen soldiers and six militants died in "
            "a battle that lasted about two hours")
ev("taji-prison-suicide-bombs", A, "2013-07-21", "2013-07-21", "2013-07-22", EXP, ["Suicide bomb"],
   ATT_IQ, MIL_IQ + POL_IQ + [""], IQ, BAGHDAD, ["Taji", "Al-Taji"], None, req=False,
   evidence="a suicide bomber rammed a car into the gate and a second blew himself up nearby (Taji as a suicide bombing)")
ev("mosul-army-patrol-suicide-car-bomb", A, "2013-07-22", "2013-07-22", "2013-07-22", EXP, ["Suicide bomb"],
   ATT_IQ, MIL_IQ + CIV_IQ, IQ, ["Nineveh", "Ninawa", "Ninewa"], ["Mosul"], 12,
   evidence="A suicide bomber drove a car packed with explosives into an army patrol in the northern city of Mosul, "
            "killing 12 people, most of them soldiers")
ev("kirkuk-councillor-shot", A, "2013-07-22", "2013-07-22", "2013-07-22", VAC, ["Attack"],
   ATT_IQ, CIV_IQ + ["Government of Iraq", "Kirkuk Provincial Council"], IQ, ["Kirkuk", "Tamim", "At-Ta'mim"],
   ["Kirkuk"], 3,
   evidence="In Kirkuk, gunmen in a speeding car shot dead Abdullah Sami al-Assai, a member of the provincial council, "
            "together with two of his bodyguards")

# ---------------------------------------------------------------- Iraq (AFP, 2013-02-04, Mon)
A = "iraq_taji_afp"
ev("taji-sahwa-payday-suicide-bomb", A, "2013-02-04", "2013-02-04", "2013-02-04", EXP, ["Suicide bomb"],
   ATT_IQ, SAHWA + CIV_IQ, IQ, BAGHDAD, ["Taji", "Al-Taji"], 22,
   evidence="A suicide bomber ... blew himself up among members of a government-backed Sunni militia as they collected "
            "their salaries at their headquarters in Taji ... killing at least 22 people (a doctor: 24 bodies)")
ev("kirkuk-police-hq-attack", A, "2013-02-03", "2013-02-03", "2013-02-03", EXP, ["Suicide bomb"],
   ATT_IQ, POL_IQ, IQ, ["Kirkuk", "Tamim", "At-Ta'mim"], ["Kirkuk"], 33,
   evidence="militants attacked the police headquarters in the northern city of Kirkuk. A suicide bomber drove an "
            "explosives-packed car into the gate on Sunday morning ... Police said 33 people were killed; ... 36")
ev("kirkuk-police-hq-gunbattle", A, "2013-02-03", "2013-02-03", "2013-02-03", BAT, ["Armed clash"],
   ATT_IQ, POL_IQ, IQ, ["Kirkuk", "Tamim", "At-Ta'mim"], ["Kirkuk"], None, req=False,
   evidence="gunmen wearing police uniforms then tried to storm the compound (the same attack as a clash)")
ev("fallujah-protesters-shot", A, "2013-01-25", "2013-01-25", "2013-01-25", PRO,
   ["Excessive force against protesters", "Protest with intervention"], MIL_IQ + PROT_IQ, PROT_IQ + MIL_IQ, IQ, ANBAR,
   ["Falluja", "Fallujah"], 7,
   evidence="ten days after soldiers opened fire on stone-throwing demonstrators in the city of Fallujah on January 25, "
            "killing seven of them")
ev("fallujah-protest-as-riot", A, "2013-01-25", "2013-01-25", "2013-01-25", RIO, ["Violent demonstration"],
   RIOT_IQ + PROT_IQ, MIL_IQ, IQ, ANBAR, ["Falluja", "Fallujah"], 7, req=False,
   evidence="stone-throwing demonstrators (coded as a violent demonstration)")
ev("fallujah-revenge-attack-soldiers", A, "2013-01-25", "2013-01-25", "2013-01-26", BAT, ["Armed clash"],
   ATT_IQ, MIL_IQ, IQ, ANBAR, ["Falluja", "Fallujah"], 2,
   evidence="Gunmen took revenge within hours, attacking army positions on the edge of the city and killing two "
            "soldiers")
ev("ramadi-friday-protest-feb1", A, "2013-02-01", "2013-02-01", "2013-02-01", PRO, ["Peaceful protest"],
   PROT_IQ, [""], IQ, ANBAR, ["Ramadi"], 0,
   evidence="Tens of thousands of Sunni protesters again packed the main highway outside Ramadi after Friday prayers")
ev("samarra-friday-protest-feb1", A, "2013-02-01", "2013-02-01", "2013-02-01", PRO, ["Peaceful protest"],
   PROT_IQ, [""], IQ, SALAH, ["Samarra", "Al-Daur", "Samarra'"], 0,
   evidence="a similar rally was held in Samarra, north of Baghdad, both passing off without incident")

# ---------------------------------------------------------------- Iraq (Al Arabiya, 2013-04-28, Sun)
A = "iraq_ramadi_alarabiya"
ev("ramadi-five-soldiers-killed", A, "2013-04-27", "2013-04-27", "2013-04-27", BAT, ["Armed clash"],
   ATT_IQ + NAQSH, MIL_IQ, IQ, ANBAR, ["Ramadi"], 5,
   evidence="Gunmen shot dead five Iraqi soldiers close to the main Sunni protest camp in Ramadi ... A gunfight broke "
            "out in which all five were killed and two of the attackers were wounded")
ev("anbar-army-of-pride-formed", A, "2013-04-27", "2013-04-27", "2013-04-27", STR, ["Change to group/activity"],
   ["Army of Pride and Dignity", "Protesters (Iraq)", "Anbar Tribal Militia", "Tribal Militia (Iraq)"], [""],
   IQ, ANBAR, (), None, req=False,
   evidence="protest leaders announced that they were forming what they called the \"Army of Pride and Dignity,\" "
            "asking each tribe in Anbar to contribute 100 volunteers")
ev("hawija-sit-in-raid", A, "2013-04-23", "2013-04-23", "2013-04-23", PRO,
   ["Excessive force against protesters", "Protest with intervention"], SEC_IQ + PROT_IQ, PROT_IQ + SEC_IQ, IQ,
   ["Kirkuk", "Tamim", "At-Ta'mim"], ["Al-Hawija", "Hawija", "Al Hawiga"], 23,
   evidence="On Tuesday, security forces stormed a sit-in at the village of al-Hawija, west of Kirkuk ... The Defence "
            "Ministry said 20 \"terrorists\" and three soldiers died; officials later put the toll from the raid at 53")
ev("hawija-raid-as-clash", A, "2013-04-23", "2013-04-23", "2013-04-23", BAT, ["Armed clash"],
   SEC_IQ + NAQSH, NAQSH + SEC_IQ + UAG_IQ, IQ, ["Kirkuk", "Tamim", "At-Ta'mim"], ["Al-Hawija", "Hawija", "Al Hawiga"],
   23, req=False, evidence="the raid coded as army vs Naqshbandiya gunmen (the ministry's version)")
ev("sulaiman-bek-seized", A, "2013-04-24", "2013-04-24", "2013-04-24", BAT, ["Non-state actor overtakes territory"],
   NAQSH + ATT_IQ, SEC_IQ, IQ, SALAH, TOOZ, None,
   evidence="On Wednesday, gunmen swarmed into Sulaiman Bek ... after deadly clashes with the security forces, who "
            "pulled out as residents fled")
ev("sulaiman-bek-withdrawal-deal", A, "2013-04-25", "2013-04-25", "2013-04-26", STR, ["Agreement"],
   ["Government of Iraq", "Salah ad Din Provincial Government", "Tribal Leaders (Iraq)"] + NAQSH + ATT_IQ + SEC_IQ,
   ["Government of Iraq", "Tribal Leaders (Iraq)", ""] + NAQSH + ATT_IQ + SEC_IQ, IQ, SALAH, (), None,
   evidence="Late on Thursday, tribal sheikhs and officials meeting at the house of the governor of Salahuddin province "
            "reached a deal under which the gunmen would withdraw")
ev("sulaiman-bek-handover", A, "2013-04-26", "2013-04-26", "2013-04-26", STR, ["Non-violent transfer of territory"],
   POL_IQ + MIL_IQ + NAQSH + ATT_IQ, NAQSH + ATT_IQ + POL_IQ + MIL_IQ + [""], IQ, SALAH, TOOZ, 0,
   evidence="The fighters left early on Friday and police units moved back in during the day")
ev("sulaiman-bek-handover-as-regain", A, "2013-04-26", "2013-04-26", "2013-04-26", BAT,
   ["Government regains territory"], POL_IQ + MIL_IQ, NAQSH + ATT_IQ + [""], IQ, SALAH, TOOZ, 0, req=False,
   evidence="police units moved back in (coded as government regaining the town)")
ev("sulaiman-bek-helicopter-fire", A, "2013-04-26", "2013-04-25", "2013-04-26", EXP, ["Air/drone strike"],
   MIL_IQ, CIV_IQ + NAQSH + ATT_IQ, IQ, SALAH, TOOZ, 0,
   evidence="Before the withdrawal, fire from an army helicopter wounded six people on the roof of a house in the town")
ev("ramadi-friday-prayers-protest", A, "2013-04-26", "2013-04-26", "2013-04-26", PRO, ["Peaceful protest"],
   PROT_IQ, [""], IQ, ANBAR, ["Ramadi"], 0,
   evidence="On Friday, tens of thousands attended prayers at the protest camps in Ramadi and Fallujah ... Both "
            "gatherings ended peacefully")
ev("fallujah-friday-prayers-protest", A, "2013-04-26", "2013-04-26", "2013-04-26", PRO, ["Peaceful protest"],
   PROT_IQ, [""], IQ, ANBAR, ["Falluja", "Fallujah"], 0,
   evidence="On Friday, tens of thousands attended prayers at the protest camps in Ramadi and Fallujah")

# ---------------------------------------------------------------- Iraq (Al Jazeera, 2013-05-28, Tue)
A = "iraq_baghdad_aljazeera"
ev("baghdad-maalef-market-car-bombs", A, "2013-05-27", "2013-05-27", "2013-05-27", EXP,
   ["Remote explosive/landmine/IED"], ATT_IQ, CIV_IQ, IQ, BAGHDAD, (), 6,
   evidence="The deadliest struck the Maalef neighbourhood ... where two cars parked side by side exploded at an "
            "open-air market, killing six people and wounding twelve")
for key, place, adm2 in (("baghdad-bayaa-car-bomb", "Bayaa", ()),
                         ("baghdad-kadhimiya-car-bomb", "Kadhimiya",
                          ["Al-Kazimiyyah", "Kadhimiya", "Al Kadhimiyah", "Kadhimiyah"]),
                         ("baghdad-saadoun-street-car-bomb", "Saadoun Street", ()),
                         ("baghdad-sabaa-al-bour-car-bomb", "Sabaa al-Bour", ())):
    ev(key, A, "2013-05-27", "2013-05-27", "2013-05-27", EXP, ["Remote explosive/landmine/IED"], ATT_IQ, CIV_IQ, IQ,
       BAGHDAD, adm2, None,
       evidence=f"car bomb in {place} on Monday evening, part of the wave that killed at least 57 (no separate toll)")
ev("baquba-sunni-mosque-bombs", A, "2013-05-17", "2013-05-17", "2013-05-17", EXP, ["Remote explosive/landmine/IED"],
   UAG_IQ + ISI + ["Shia Militia (Iraq)"], CIV_IQ, IQ, ["Diyala"], ["Baqubah", "Ba'quba", "Baquba", "Al-Muqdadiya"], 41,
   evidence="two bombs ripped through worshippers leaving Friday prayers at a Sunni mosque in Baquba ... At least 41 "
            "people were killed in that attack on May 17, according to police; ... 43")

# ---------------------------------------------------------------- Ukraine (Kyiv Post, 2014-01-27, Mon)
A = "ukraine_kyiv_kyivpost"
ev("kyiv-justice-ministry-occupied", A, "2014-01-27", "2014-01-27", "2014-01-27", PRO, ["Peaceful protest"],
   PROT_UA + ["Spilna Sprava", "Common Cause"], ["", "Government of Ukraine"], UA, KYIV, (), 0,
   evidence="Activists of the Spilna Sprava (Common Cause) movement occupied the Justice Ministry building ... early on "
            "Monday ... Nobody was hurt")
ev("kyiv-justice-ministry-as-riot", A, "2014-01-27", "2014-01-27", "2014-01-27", RIO, ["Violent demonstration"],
   DEMO_UA + ["Spilna Sprava"], ["", "Government of Ukraine"], UA, KYIV, (), 0, req=False,
   evidence="the building seizure coded as a riot")
ev("kyiv-ukrainian-house-stormed", A, "2014-01-26", "2014-01-25", "2014-01-26", RIO, ["Violent demonstration"],
   DEMO_UA, SEC_UA, UA, KYIV, (), 0,
   evidence="Late on Saturday, hundreds of protesters besieged the Ukrainian House ... smashed windows and hurled "
            "fireworks and Molotov cocktails ... took over the building in the early hours of Sunday")
ev("zaporizhzhia-rsa-storm-dispersed", A, "2014-01-26", "2014-01-26", "2014-01-26", RIO, ["Violent demonstration"],
   DEMO_UA, POL_UA, UA, ["Zaporizhzhia", "Zaporizhia", "Zaporizhzhya"], (), 0,
   evidence="In Zaporizhzhia, riot police on Sunday evening broke up a crowd of about 3,000 people who had tried to "
            "storm the regional state administration ... Some protesters threw stones and fireworks")
ev("zaporizhzhia-as-intervention", A, "2014-01-26", "2014-01-26", "2014-01-26", PRO,
   ["Protest with intervention", "Excessive force against protesters"], PROT_UA + POL_UA, POL_UA + PROT_UA, UA,
   ["Zaporizhzhia", "Zaporizhia", "Zaporizhzhya"], (), 0, req=False,
   evidence="the Zaporizhzhia dispersal coded as a protest with intervention")
ev("dnipropetrovsk-rally-beaten", A, "2014-01-26", "2014-01-26", "2014-01-26", PRO,
   ["Protest with intervention", "Excessive force against protesters"], PROT_UA + POL_UA + ["Titushky"],
   POL_UA + PROT_UA + ["Titushky"], UA, ["Dnipropetrovsk", "Dnipropetrovs'k"], (), 0,
   evidence="In Dnipropetrovsk, a rally of several thousand outside the regional administration on Sunday ended in "
            "beatings when police and groups of young men ... charged the crowd ... police detained dozens")
ev("dnipropetrovsk-titushky-mob", A, "2014-01-26", "2014-01-26", "2014-01-26", RIO, ["Mob violence"],
   ["Titushky", "Rioters (Ukraine)", "Pro-Government Militia (Ukraine)"], PROT_UA + CIV_UA, UA,
   ["Dnipropetrovsk", "Dnipropetrovs'k"], (), 0, req=False,
   evidence="the titushky beating the protesters coded as mob violence")
ev("lviv-rsa-occupied", A, "2014-01-23", "2014-01-23", "2014-01-23", PRO, ["Peaceful protest"],
   PROT_UA, ["", "Government of Ukraine"], UA, ["Lviv", "L'viv"], ["Lvivskyi", "Lviv"], 0,
   evidence="In Lviv, hundreds of activists occupied the regional administration on Thursday and forced governor Oleh "
            "Salo ... to sign a resignation letter")
ev("lviv-rsa-as-riot", A, "2014-01-23", "2014-01-23", "2014-01-23", RIO, ["Violent demonstration"],
   DEMO_UA, ["", "Government of Ukraine"], UA, ["Lviv", "L'viv"], ["Lvivskyi", "Lviv"], 0, req=False,
   evidence="the forced resignation coded as a riot")
ev("kyiv-hrushevskoho-two-shot", A, "2014-01-22", "2014-01-22", "2014-01-22", RIO, ["Violent demonstration"],
   DEMO_UA, POL_UA, UA, KYIV, (), 2,
   evidence="The standoff on Hrushevskoho Street ... turned deadly on Wednesday when two protesters ... were shot dead "
            "near the Dynamo stadium as Berkut units pushed back the barricades")
ev("kyiv-hrushevskoho-as-excessive-force", A, "2014-01-22", "2014-01-22", "2014-01-22", PRO,
   ["Excessive force against protesters"], POL_UA + PROT_UA, PROT_UA + POL_UA, UA, KYIV, (), 2, req=False,
   evidence="the two deaths coded as excessive force")
ev("kyiv-hrushevskoho-week-of-clashes", A, "2014-01-26", "2014-01-19", "2014-01-27", RIO, ["Violent demonstration"],
   DEMO_UA, POL_UA, UA, KYIV, (), None, req=False, tp=2,
   evidence="The standoff on Hrushevskoho Street, where protesters have fought police since Jan. 19 (a week-long range)")
ev("verbytsky-abducted-killed", A, "2014-01-22", "2014-01-21", "2014-01-22", VAC,
   ["Attack", "Abduction/forced disappearance"], UAG_UA + ["Titushky"], CIV_UA + PROT_UA, UA,
   ["Kyiv City", "Kyiv", "Kiev", "Kyivska", "Kyiv Oblast"], (), 1,
   evidence="The body of a third activist, Yuriy Verbytsky, who had been seized from a hospital by unknown men, was "
            "found in a forest outside Kyiv the same day")

# ---------------------------------------------------------------- Ukraine (The Guardian, 2014-02-21, Fri)
A = "ukraine_instytutska_guardian"
ev("kyiv-feb21-agreement-signed", A, "2014-02-21", "2014-02-21", "2014-02-21", STR, ["Agreement"],
   GOV_UA + OPP_UA, OPP_UA + GOV_UA, UA, KYIV, (), None,
   evidence="Viktor Yanukovych and the three main opposition leaders signed an agreement on Friday afternoon at the "
            "presidential administration in Kiev")
ev("kyiv-police-pull-out", A, "2014-02-21", "2014-02-21", "2014-02-21", STR, ["Change to group/activity"],
   POL_UA, [""] + PROT_UA, UA, KYIV, (), None, req=False,
   evidence="riot police units that had guarded the government quarter for three months began pulling out")
ev("kyiv-instytutska-shootings", A, "2014-02-20", "2014-02-20", "2014-02-20", RIO, ["Violent demonstration"],
   DEMO_UA, POL_UA + UAG_UA, UA, KYIV, (), 47,
   evidence="At least 47 of them died on Thursday, when protesters advanced up Instytutska Street ... cut down by fire "
            "from police and snipers ... medics ... closer to 70 ... three police officers were among the dead")
ev("kyiv-instytutska-as-excessive-force", A, "2014-02-20", "2014-02-20", "2014-02-20", PRO,
   ["Excessive force against protesters"], POL_UA + UAG_UA + PROT_UA, PROT_UA + POL_UA, UA, KYIV, (), 47, req=False,
   evidence="the Thursday shootings coded as excessive force against protesters")
ev("kyiv-67-troops-captured", A, "2014-02-20", "2014-02-20", "2014-02-20", VAC, ["Abduction/forced disappearance"],
   DEMO_UA, SEC_UA, UA, KYIV, (), None, req=False,
   evidence="protesters had captured 67 interior troops near the Maidan")
ev("kyiv-feb19-truce", A, "2014-02-19", "2014-02-19", "2014-02-20", STR, ["Agreement"],
   GOV_UA + OPP_UA, OPP_UA + GOV_UA, UA, KYIV, (), None,
   evidence="a truce announced by Yanukovych and the opposition leaders late on Wednesday night, after talks at the "
            "presidential administration")
ev("kyiv-feb18-clashes", A, "2014-02-18", "2014-02-18", "2014-02-19", RIO, ["Violent demonstration"],
   DEMO_UA, POL_UA, UA, KYIV, (), 26,
   evidence="on Tuesday, when a march on parliament degenerated into street battles ... Twenty-six people, ten of them "
            "police officers, were killed that day and night")
ev("kyiv-party-of-regions-hq-burned", A, "2014-02-18", "2014-02-18", "2014-02-18", STR,
   ["Looting/property destruction"], DEMO_UA, ["", "Party of Regions"], UA, KYIV, (), None, req=False,
   evidence="protesters set fire to the headquarters of the ruling Party of Regions")
ev("korsun-buses-attacked", A, "2014-02-20", "2014-02-20", "2014-02-21", RIO, ["Mob violence", "Violent demonstration"],
   DEMO_UA + ["Euromaidan Activists", "Unidentified Armed Group (Ukraine)"],
   CIV_UA + PROT_UA + ["Anti-Maidan Activists"], UA, ["Cherkasy", "Cherkas'ka"],
   ["Cherkasy", "Korsun-Shevchenkivskyi", "Korsun-Shevchenkivskyy", "Korsun-Shevchenkivskyi Raion"], None,
   evidence="Overnight on Thursday, several buses carrying pro-government \"anti-Maidan\" activists ... were stopped at a "
            "roadblock near ... Korsun-Shevchenkivsky ... Crimean officials claimed seven ... police ... no record")
ev("korsun-buses-as-attack", A, "2014-02-20", "2014-02-20", "2014-02-21", VAC, ["Attack"],
   DEMO_UA + ["Euromaidan Activists", "Unidentified Armed Group (Ukraine)"], CIV_UA + ["Anti-Maidan Activists"], UA,
   ["Cherkasy", "Cherkas'ka"], ["Cherkasy", "Korsun-Shevchenkivskyi", "Korsun-Shevchenkivskyy"], None, req=False,
   evidence="the Korsun beatings coded as an attack on civilians")

# ---------------------------------------------------------------- Ukraine (Reuters, 2014-03-24, Mon)
A = "ukraine_feodosia_reuters"
TAKE = ["Non-state actor overtakes territory", "Armed clash", "Government regains territory"]
ev("feodosia-marine-base-stormed", A, "2014-03-24", "2014-03-24", "2014-03-24", BAT, TAKE,
   RUS + SD, MIL_UA, UA, CRIMEA, ["Feodosiiskyi", "Feodosia", "Feodosiya", "Feodosiya City"], 0,
   evidence="Russian forces backed by armoured vehicles and helicopters stormed a Ukrainian marine base in the Crimean "
            "port of Feodosia early on Monday ... No deaths were reported")
ev("feodosia-as-transfer", A, "2014-03-24", "2014-03-24", "2014-03-24", STR, ["Non-violent transfer of territory"],
   RUS + SD, MIL_UA + [""], UA, CRIMEA, ["Feodosiiskyi", "Feodosia", "Feodosiya"], 0, req=False,
   evidence="the Feodosia takeover as a transfer")
ev("crimea-withdrawal-ordered", A, "2014-03-24", "2014-03-24", "2014-03-24", STR, ["Change to group/activity"],
   MIL_UA + ["Government of Ukraine"], [""], UA, CRIMEA + KYIV, (), None, req=False,
   evidence="Turchynov told parliament in Kiev that he had ordered the withdrawal of Ukrainian troops and their families "
            "from Crimea")
ev("belbek-airbase-stormed", A, "2014-03-22", "2014-03-22", "2014-03-22", BAT, TAKE,
   RUS + SD, MIL_UA, UA, SEVAS + CRIMEA, (), 0,
   evidence="on Saturday, Russian troops smashed their way into Belbek air base near Sevastopol ... one of his men was "
            "injured")
ev("belbek-as-transfer", A, "2014-03-22", "2014-03-22", "2014-03-22", STR, ["Non-violent transfer of territory"],
   RUS + SD, MIL_UA + [""], UA, SEVAS + CRIMEA, (), 0, req=False, evidence="the Belbek takeover as a transfer")
ev("novofedorivka-base-stormed", A, "2014-03-22", "2014-03-22", "2014-03-22", RIO, ["Violent demonstration", "Mob violence"],
   RIOT_UA + PROT_UA + ["Pro-Russian Activists"] + SD, MIL_UA + [""], UA, CRIMEA, (), 0,
   evidence="about 200 unarmed pro-Russian activists had broken into the naval aviation base at Novofedorivka ... "
            "throwing smoke bombs ... left after negotiations")
ev("novofedorivka-as-transfer", A, "2014-03-22", "2014-03-22", "2014-03-22", STR,
   ["Non-violent transfer of territory"], RIOT_UA + PROT_UA + ["Pro-Russian Activists"] + SD + RUS, MIL_UA + [""], UA,
   CRIMEA, (), 0, req=False, evidence="the Novofedorivka takeover as a transfer")
ev("slavutych-seized", A, "2014-03-22", "2014-03-22", "2014-03-22", STR,
   ["Non-violent transfer of territory", "Other", "Looting/property destruction"], RUS + SD, MIL_UA + ["Navy of Ukraine", ""],
   UA, SEVAS + CRIMEA, (), 0,
   evidence="Russian troops and Crimean \"self-defence\" militiamen also took over the command ship Slavutych ... after "
            "a two-hour standoff in Sevastopol bay on Saturday")
ev("slavutych-as-takeover", A, "2014-03-22", "2014-03-22", "2014-03-22", BAT, TAKE, RUS + SD, MIL_UA, UA,
   SEVAS + CRIMEA, (), 0, req=False, evidence="the ship seizure as a takeover")
ev("simferopol-mapping-centre-shooting", A, "2014-03-18", "2014-03-18", "2014-03-18", BAT, TAKE,
   SD + RUS, MIL_UA, UA, CRIMEA, ["Simferopol", "Simferopol City", "Simferopolskyi"], 2,
   evidence="last Tuesday, when gunmen stormed a Ukrainian army mapping centre in Simferopol. Warrant Officer Serhiy "
            "Kokurin was shot dead ... A member of the pro-Russian self-defence units was also killed")

# ---------------------------------------------------------------- Ukraine (RFE/RL, 2014-03-10, Mon)
A = "ukraine_sevastopol_rferl"
PRORUS = ["Rioters (Ukraine)", "Pro-Russian Activists", "Cossacks", "Pro-Russian Protesters", "Protesters (Ukraine)"] + SD
ev("sevastopol-shevchenko-rally-attacked", A, "2014-03-09", "2014-03-09", "2014-03-09", RIO,
   ["Mob violence", "Violent demonstration"], PRORUS, PROT_UA + CIV_UA + ["Rioters (Ukraine)"], UA, SEVAS, (), 0,
   evidence="Pro-Russian activists and Cossacks armed with whips and sticks attacked a rally of several hundred people "
            "... in Sevastopol on March 9 ... At least five people were hurt")
ev("sevastopol-rally-as-attack", A, "2014-03-09", "2014-03-09", "2014-03-09", VAC, ["Attack"],
   PRORUS, PROT_UA + CIV_UA, UA, SEVAS, (), 0, req=False, evidence="the rally attack coded as an attack on civilians")
ev("simferopol-shevchenko-rally", A, "2014-03-09", "2014-03-09", "2014-03-09", PRO, ["Peaceful protest"],
   PROT_UA, ["", "Crimean Self-Defence"], UA, CRIMEA, ["Simferopol", "Simferopol City", "Simferopolskyi"], 0,
   evidence="A similar Shevchenko rally in Simferopol ... passed off without violence, with about 1,000 people")
ev("luhansk-rsa-stormed", A, "2014-03-09", "2014-03-09", "2014-03-09", RIO, ["Violent demonstration"],
   PRORUS, ["", "Government of Ukraine"] + POL_UA, UA, ["Luhansk", "Luhans'k"], ["Luhanskyi", "Luhansk"], 0,
   evidence="In Luhansk ... several hundred pro-Russian protesters broke into the regional administration building on "
            "March 9, raised the Russian flag and forced Governor Mykhailo Bolotskikh to sign a letter of resignation")
ev("luhansk-rsa-as-protest", A, "2014-03-09", "2014-03-09", "2014-03-09", PRO, ["Peaceful protest"],
   PRORUS, ["", "Government of Ukraine"], UA, ["Luhansk", "Luhans'k"], ["Luhanskyi", "Luhansk"], 0, req=False,
   evidence="the Luhansk occupation coded as a protest (police did not intervene)")
ev("armyansk-osce-warning-shots", A, "2014-03-08", "2014-03-08", "2014-03-08", STR, ["Other"],
   SD + RUS, ["OSCE", "Organization for Security and Co-operation in Europe", "OSCE Observers", ""], UA, CRIMEA,
   ["Krasnoperekopsk", "Armyansk", "Armiansk", "Armyansk City"], 0,
   evidence="armed men at a checkpoint near Armyansk ... fired warning shots into the air to stop a convoy of unarmed "
            "military observers from the ... OSCE ... No one was hurt")
ev("kyiv-shevchenko-rally", A, "2014-03-09", "2014-03-09", "2014-03-09", PRO, ["Peaceful protest"],
   PROT_UA, [""], UA, KYIV, (), 0,
   evidence="In Kyiv, tens of thousands gathered on the Maidan on March 9 for a Shevchenko rally")
ev("donuzlav-ochakov-scuttled", A, "2014-03-05", "2014-03-05", "2014-03-06", STR,
   ["Other", "Looting/property destruction", "Change to group/activity"], RUS, MIL_UA + ["Navy of Ukraine", ""], UA,
   CRIMEA, (), 0,
   evidence="Late on March 5, the Russian Navy sank a decommissioned anti-submarine ship, the Ochakov, at the mouth of "
            "Lake Donuzlav ... trapping several Ukrainian navy vessels inside the lake")
ev("simferopol-parliament-seized", A, "2014-02-27", "2014-02-27", "2014-02-27", BAT,
   ["Non-state actor overtakes territory"], UAG_UA + SD + RUS, ["", "Government of Ukraine"] + POL_UA, UA, CRIMEA,
   ["Simferopol", "Simferopol City", "Simferopolskyi"], 0,
   evidence="armed men in unmarked uniforms seized it and the regional government building in Simferopol on February "
            "27 and raised the Russian flag")
ev("simferopol-parliament-as-transfer", A, "2014-02-27", "2014-02-27", "2014-02-27", STR,
   ["Non-violent transfer of territory"], UAG_UA + SD + RUS, ["", "Government of Ukraine"] + POL_UA, UA, CRIMEA,
   ["Simferopol", "Simferopol City", "Simferopolskyi"], 0, req=False, evidence="the parliament seizure as a transfer")

DROP = {
    "iraq_ramadi_alarabiya": ["Al Arabiya English", "Home", "News", "Middle East", "Gulf", "World", "Business", "Views",
                              "Share this article", "Facebook", "Twitter", "Email", "Related",
                              "Iraqi army raid on Hawija sit-in sparks Sunni fury",
                              "Maliki blames \"remnants\" for wave of attacks", "© 2013 Al Arabiya Network"],
    "iraq_baghdad_aljazeera": ["Al Jazeera", "Skip to Content", "News", "Middle East", "Features", "Opinion",
                               "More from News", "Iraqi Sunni protesters reject Maliki concessions",
                               "Syrian army pounds rebel-held Qusayr"],
    "ukraine_kyiv_kyivpost": ["KyivPost", "Ukraine", "Business", "Opinion", "Lifestyle", "Multimedia",
                              "Share on Facebook", "Share on Twitter", "Comments", "You must be logged in to comment.",
                              "Related Content", "Azarov: Government ready for talks, not ultimatums",
                              "Photo gallery: Hrushevskoho barricades by night",
                              "© 2014 Kyiv Post. All rights reserved."],
    "ukraine_instytutska_guardian": ["theguardian.com", "News", "World", "Europe", "Ukraine", "Share on Facebook",
                                     "Share on Twitter", "Comments", "More on this story",
                                     "Ukraine crisis: timeline of the protests",
                                     "EU ministers hold emergency talks on sanctions"],
    "ukraine_sevastopol_rferl": ["Radio Free Europe / Radio Liberty", "Home", "Ukraine", "Russia", "Crimea",
                                 "Multimedia", "Blogs", "Share", "Facebook", "Twitter", "Email", "Print", "Related",
                                 "Crimea's Tatars fear repeat of Soviet deportations",
                                 "Kyiv names new governors in eastern regions",
                                 "Copyright (c) 2014. RFE/RL, Inc. All Rights Reserved."],
}
EITHER = {
    "iraq_abughraib_reuters": ["(Reporting by Suadad al-Mahdi and Omar Yassin; Writing by Peter Harland; "
                               "Editing by Claire Dumont)"],
    "iraq_taji_afp": ["bur-kt/ser/sw"],
    "iraq_ramadi_alarabiya": ["Sunday, 28 April 2013", "Al Arabiya with agencies"],
    "iraq_baghdad_aljazeera": ["28 May 2013", "Source: Al Jazeera and agencies"],
    "ukraine_kyiv_kyivpost": ["Jan. 27, 2014, 1:47 p.m. | Ukraine — by Marta Kovalenko",
                              "Kyiv Post staff writer Marta Kovalenko can be reached at kovalenko@kyivpost.com."],
    "ukraine_instytutska_guardian": ["Daniel Harwood in Kiev", "Friday 21 February 2014 17.32 GMT"],
    "ukraine_feodosia_reuters": ["By Pavel Lysenko and Anna Kovalchuk",
                                 "(Additional reporting by Oksana Melnyk in Kiev; Writing by Daniel Corbett; "
                                 "Editing by Ruth Holloway)"],
    "ukraine_sevastopol_rferl": ["March 10, 2014", "By RFE/RL's Ukrainian Service"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout261; Iraq 2012-2013 and Ukraine "
                             "January-March 2014), coded by CODEBOOK.md before the system was run (BLIND).",
               drop=DROP, either=EITHER)
