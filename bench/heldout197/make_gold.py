"""Writes gold.json for the 197th held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout197/make_gold.py

Focus: Yemen and Libya 2014-2025 — the Houthi capture of Sanaa (2014), the Saiqa base in Benghazi (2014), the
IS suicide car bomb on Aden army recruits (2016), coalition air strikes on fleeing families in Ad Durayhimi (2018),
the car bomb on the UN convoy in Benghazi (2019), Tarhuna and the Sirte front (2020), Rada vs Tripoli
Revolutionaries Brigade clashes in Tripoli (2022), Israeli strikes on Sanaa and al-Hazm (2025).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

YE, LY = "Yemen", "Libya"
AIR, SHELL, IED, SUI = ("Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                        "Suicide bomb")
CLASH, NSA_TAKE, GOV_TAKE = "Armed clash", "Non-state actor overtakes territory", "Government regains territory"
CHANGE = "Change to group/activity"

HOU = ["Houthis", "Houthi Movement", "Ansar Allah", "Ansarullah", "Houthi", "Huthis", "Huthi",
       "Military Forces of Yemen (Houthi)"]
YEA = ["Military Forces of Yemen", "Military Forces of Yemen (Hadi)", "Military Forces of Yemen (2012-)",
       "Government of Yemen", "Pro-Government Forces (Yemen)"]
ISLAH = ["Islah", "Al-Islah", "Islah Party", "Islah Militia", "Militia (Islah)", "Militia (Ali Mohsen al-Ahmar)",
         "First Armoured Division"]
TRIBES_YE = ["Tribal Militia (Yemen)", "Marib Tribal Militia", "Murad Tribal Militia", "Abidah Tribal Militia",
             "Sunni tribesmen", "Tribesmen (Yemen)", "Unidentified Tribal Militia (Yemen)"]
COAL = ["Military Forces of Saudi Arabia", "Saudi-led coalition", "Saudi-led Coalition", "Coalition",
        "Coalition (Saudi Arabia)", "Military Forces of Saudi Arabia and United Arab Emirates"]
UAE = ["Military Forces of the United Arab Emirates", "Military Forces of United Arab Emirates"]
AQAP = ["AQAP", "Al Qaeda in the Arabian Peninsula", "Al-Qaeda in the Arabian Peninsula", "Al Qaeda", "Al-Qaeda",
        "Al Qaida in the Arabian Peninsula"]
IS_YE = ["Islamic State", "Islamic State (Yemen)", "Islamic State Yemen Province", "ISIS", "ISIL", "IS",
         "Islamic State - Aden-Abyan Province"]
IL = ["Military Forces of Israel", "Israel Defense Forces", "IDF"]
CIV_YE = ["Civilians (Yemen)"]
UAG_YE = ["Unidentified Armed Group (Yemen)"]
SANAA_CITY = ["Amanat Alasimah", "Amanat Al Asimah", "Sanaa City", "Sana'a City"]
SAADA = ["Sa'dah", "Saada", "Sadah", "Sa'ada"]

LNA = ["Libyan National Army", "LNA", "Military Forces of Libya (Haftar)", "Haftar forces",
       "Military Forces of Libya (Libyan National Army)", "Military Forces of Libya (2014-) Libyan National Army",
       "Libyan Arab Armed Forces", "Operation Dignity", "Military Forces of Libya"]
GNA = ["Government of National Accord", "GNA", "Military Forces of Libya",
       "Military Forces of Libya (Government of National Accord)",
       "Military Forces of Libya (2016-) Government of National Accord", "Volcano of Rage", "Paths to Victory"]
SHURA = ["Benghazi Revolutionaries Shura Council", "Benghazi Revolutionaries Shoura Council",
         "Shura Council of Benghazi Revolutionaries", "BRSC", "Majlis Shura Thuwar Benghazi", "Ansar al-Sharia",
         "Ansar Al-Sharia"]
ARMY_LY = ["Military Forces of Libya", "Saiqa", "Saiqa Special Forces", "Libyan National Army", "LNA",
           "Operation Dignity", "Military Forces of Libya (2014-) House of Representatives", "Libyan Air Force"]
TRIP_AIRPORT_SIDES = ["Zintan Militia", "Zintan brigades", "Zintan Brigades", "Qaqaa Brigade", "Sawaiq Brigade",
                      "Misrata Militia", "Misrata brigades", "Libya Dawn", "Libya Dawn Coalition", "Fajr Libya",
                      "Unidentified Armed Group (Libya)"]
UN_LY = ["UNSMIL", "United Nations Support Mission in Libya", "United Nations", "UN"]
CIV_LY = ["Civilians (Libya)"]
UAG_LY = ["Unidentified Armed Group (Libya)"]
IS_LY = ["Islamic State", "Islamic State (Libya)", "ISIS", "IS"]
RADA = ["Rada", "Radaa", "Special Deterrence Force", "Rada Special Deterrence Force",
        "Radaa Special Deterrence Force", "Deterrence Apparatus for Combating Organized Crime and Terrorism"]
TRB = ["Tripoli Revolutionaries Brigade", "TRB", "Presidential Guard", "Presidential Guard (Libya)",
       "Presidential Council Guard"]
TRIP = ["Tripoli", "Tarabulus"]
SURT = ["Surt", "Sirte", "Sirt"]

# ---------------------------------------------------------------- Yemen: Sanaa (AFP, 2014-09-22, Mon)
A = "yemen_sanaa_afp"
ev("sanaa-houthis-seize-state-buildings", A, "2014-09-21", "2014-09-21", "2014-09-21", BAT, [NSA_TAKE],
   HOU, YEA + ISLAH, YE, SANAA_CITY, (), 22,
   evidence="On Sunday, the rebels ... seized the cabinet building, the general command of the armed forces, the "
            "state radio and the central bank ... stormed the compound of the First Armoured Division ... at least "
            "22 people were killed in Sunday's fighting around the compound")
ev("sanaa-first-armoured-division-separate", A, "2014-09-21", "2014-09-21", "2014-09-21", BAT, [NSA_TAKE, CLASH],
   HOU, YEA + ISLAH, YE, SANAA_CITY, (), None, req=False,
   evidence="the storming of the First Armoured Division compound, if coded apart from the takeover of the state "
            "buildings (same city, same day)")
ev("sanaa-iman-university-clashes", A, "2014-09-20", "2014-09-18", "2014-09-20", BAT, [CLASH],
   HOU + YEA + ISLAH, YEA + ISLAH + HOU, YE, SANAA_CITY, (), 140, tp=2,
   evidence="four days of street battles in the north of the capital ... centred on the Iman University ... The "
            "health ministry said on Saturday night that 140 people had been killed ... since the clashes erupted "
            "on Thursday")
ev("sanaa-peace-and-partnership-deal", A, "2014-09-21", "2014-09-21", "2014-09-21", STR, ["Agreement"],
   HOU + YEA + ["Government of Yemen"], YEA + HOU + ["Government of Yemen", ""], YE, SANAA_CITY, (), 0,
   evidence="Late on Sunday, Huthi representatives and the main political parties signed a deal at the "
            "presidential palace ... immediate ceasefire")
ev("sanaa-ahmar-islah-homes-looted", A, "2014-09-22", "2014-09-22", "2014-09-22", STR,
   ["Looting/property destruction"], HOU, ISLAH + CIV_YE + [""], YE, SANAA_CITY + ["Sanaa"], (), 0,
   evidence="On Monday, rebels raided and looted the homes of Ahmar and of several leaders of Al-Islah in the Hadda "
            "district (the gazetteer puts 'Hadda' in Sanaa governorate; both admin1 accepted)")
ev("marib-jadaan-clash", A, "2014-09-21", "2014-09-21", "2014-09-21", BAT, [CLASH],
   HOU + TRIBES_YE, TRIBES_YE + HOU + ISLAH, YE, ["Ma'rib", "Marib"], (), 5,
   evidence="rebels and Sunni tribesmen clashed on Sunday in the Al-Jadaan area ... five fighters from both sides "
            "were killed")
ev("basindawa-resigns", A, "2014-09-21", "2014-09-21", "2014-09-21", STR, [CHANGE],
   ["Government of Yemen", "Mohammed Basindawa"] + YEA, [""] + HOU, YE, SANAA_CITY, (), 0, req=False,
   evidence="Prime Minister Mohammed Basindawa had announced his resignation earlier on Sunday (leadership change; "
            "most coders would not code it)")

# ---------------------------------------------------------------- Libya: Benghazi/Tripoli (Libya Herald, 2014-07-30, Wed)
A = "libya_benghazi_libyaherald"
ev("bouatni-saiqa-base-taken", A, "2014-07-29", "2014-07-29", "2014-07-30", BAT, [NSA_TAKE],
   SHURA, ARMY_LY, LY, ["Benghazi"], (), 30,
   evidence="Saiqa troops pulled out of the sprawling camp yesterday afternoon ... 30 soldiers had been killed in "
            "yesterday's battle for the base ... Red Crescent ... recovered 35 bodies (lowest specific figure: 30)")
ev("bouatni-gwarsha-air-strikes", A, "2014-07-30", "2014-07-29", "2014-07-30", EXP, [AIR],
   ARMY_LY, SHURA, LY, ["Benghazi"], (), None,
   evidence="Aircraft loyal to Khalifa Hafter struck Shoura Council positions around the camp and in the nearby "
            "Gwarsha area overnight ... no word on casualties")
ev("saiqa-road-checkpoints-attacked", A, "2014-07-28", "2014-07-26", "2014-07-28", BAT, [CLASH],
   SHURA + ARMY_LY, ARMY_LY + SHURA, LY, ["Benghazi"], (), None, tp=2,
   evidence="The fighting around the Saiqa camp started on Saturday, when Shoura Council fighters attacked a string "
            "of army checkpoints on the road leading to it ... no reliable toll for the first three days")
ev("benghazi-mig21-crash", A, "2014-07-29", "2014-07-29", "2014-07-29", STR, ["Other"],
   ARMY_LY, [""], LY, ["Benghazi"], (), 0, req=False,
   evidence="Yesterday, a MiG-21 belonging to the Dignity forces crashed in the city ... blamed a technical fault "
            "(an accident, not coded by the codebook; offered in case a coder records the loss)")
ev("tripoli-brega-depot-rocket", A, "2014-07-27", "2014-07-27", "2014-07-27", EXP, [SHELL],
   TRIP_AIRPORT_SIDES, ["", "Civilians (Libya)"] + TRIP_AIRPORT_SIDES, LY, TRIP, (), 0,
   evidence="the Brega company's fuel depot on the airport road, which was set alight on Sunday night when a rocket "
            "struck one of its tanks ... No casualties were reported")
ev("tripoli-airport-24h-ceasefire", A, "2014-07-29", "2014-07-29", "2014-07-29", STR, ["Agreement"],
   TRIP_AIRPORT_SIDES + ["Tripoli Local Council", "Government of Libya"],
   TRIP_AIRPORT_SIDES + ["Tripoli Local Council", ""], LY, TRIP, (), 0,
   evidence="The Tripoli local council said yesterday that it had brokered a 24-hour ceasefire between the "
            "Zintan-aligned brigades ... and the Misrata-led forces")
ev("qasr-bin-ghashir-gunfire", A, "2014-07-30", "2014-07-30", "2014-07-30", BAT, [CLASH],
   TRIP_AIRPORT_SIDES, TRIP_AIRPORT_SIDES, LY, TRIP, (), None, req=False,
   evidence="Gunfire could still be heard in the Qasr Bin Ghashir area this morning (vague)")
ev("tripoli-airport-battle-aggregate", A, "2014-07-30", "2014-07-13", "2014-07-30", BAT, [CLASH],
   TRIP_AIRPORT_SIDES, TRIP_AIRPORT_SIDES, LY, TRIP, (), None, req=False, tp=3,
   evidence="Nearly 100 people have been killed ... in the battle for the airport since it began on 13 July "
            "(cumulative toll over 17 days)")

# ---------------------------------------------------------------- Yemen: Aden (The Independent, 2016-08-30, Tue)
A = "yemen_aden_independent"
ev("aden-mansoura-recruits-suicide-car-bomb", A, "2016-08-29", "2016-08-29", "2016-08-29", EXP, [SUI],
   IS_YE, YEA + CIV_YE + ["Popular Resistance", "Popular Committees", "Southern Resistance"], YE, ["Aden"],
   ["Al Mansura", "Mansoura", "Al Mansurah"], 72,
   evidence="The bomber drove a pick-up truck packed with explosives into the yard of a school in the Al-Sanafer "
            "neighbourhood of Mansoura district early on Monday ... 71 people had now died, not including the "
            "attacker (71 + bomber = 72; earlier 54 / 60 superseded)")
ev("sheikh-othman-preacher-shot", A, "2016-08-28", "2016-08-28", "2016-08-28", VAC, ["Attack"],
   UAG_YE + AQAP + IS_YE, CIV_YE, YE, ["Aden"], ["Ash Shaikh Outhman", "Sheikh Othman", "Ash Shaykh Uthman"], 1,
   evidence="On Sunday evening, gunmen on a motorcycle shot dead a Salafist preacher as he left a mosque in the "
            "Sheikh Othman district")
ev("zinjibar-retaken-from-aqap", A, "2016-08-14", "2016-08-01", "2016-08-29", BAT, [GOV_TAKE],
   YEA + UAE, AQAP, YE, ["Abyan"], ["Zingibar", "Zinjibar"], None, tp=3,
   evidence="Government forces, backed by troops from the United Arab Emirates, recaptured the provincial capital "
            "of Abyan, Zinjibar ... earlier this month")
ev("jaar-retaken-from-aqap", A, "2016-08-14", "2016-08-01", "2016-08-29", BAT, [GOV_TAKE],
   YEA + UAE, AQAP, YE, ["Abyan"], ["Khanfir", "Khanfar"], None, tp=3,
   evidence="... and the nearby town of Jaar from AQAP earlier this month, meeting little resistance")
ev("aden-security-chief-dismissed", A, "2016-08-30", "2016-08-30", "2016-08-30", STR, [CHANGE],
   YEA + ["Government of Yemen"], [""] + YEA, YE, ["Aden"], (), 0, req=False,
   evidence="President Abd-Rabbu Mansour Hadi dismissed the head of Aden's security forces (leadership change)")
ev("aden-relatives-gather-hospital", A, "2016-08-30", "2016-08-30", "2016-08-30", PRO, ["Peaceful protest"],
   ["Protesters (Yemen)"] + CIV_YE, [""], YE, ["Aden"], (), 0, req=False,
   evidence="Relatives of the dead gathered outside the Al-Jumhuriya hospital demanding to know how the bomber had "
            "been allowed into the compound")
ev("sanaa-coalition-strikes-resumed", A, "2016-08-29", "2016-08-06", "2016-08-30", EXP, [AIR],
   COAL, HOU + CIV_YE + [""], YE, SANAA_CITY, (), None, req=False, tp=3,
   evidence="the coalition has since resumed heavy air strikes on the rebel-held capital, Sanaa (undated, no toll)")

# ---------------------------------------------------------------- Yemen: Ad Durayhimi (OCHA via ReliefWeb, 2018-08-24, Fri)
A = "yemen_durayhimi_reliefweb"
DUR = ["Ad Durayhimi", "Al Durayhimi", "Durayhimi", "Ad Durayhimi District"]
ev("durayhimi-fleeing-vehicle-strike", A, "2018-08-23", "2018-08-23", "2018-08-23", EXP, [AIR],
   COAL, CIV_YE, YE, ["Al Hudaydah", "Hodeidah", "Al Hodeidah"], DUR, 26,
   evidence="22 children and four women were killed yesterday in an air strike on a vehicle carrying displaced "
            "families in Ad Durayhimi district ... on the road south of the village")
ev("al-kuwai-house-strike", A, "2018-08-22", "2018-08-22", "2018-08-22", EXP, [AIR],
   COAL, CIV_YE, YE, ["Al Hudaydah", "Hodeidah", "Al Hodeidah"], DUR, 4,
   evidence="the day before, on Wednesday 22 August, an air strike hit a house in Al Kuwai, killing four members "
            "of one family")
ev("dahyan-school-bus-strike", A, "2018-08-09", "2018-08-09", "2018-08-09", EXP, [AIR],
   COAL, CIV_YE, YE, SAADA, ["Majz", "Saqayn", "Dahyan"], 51,
   evidence="On 9 August, an air strike hit a bus carrying schoolboys in a busy market in Dahyan, in Sa'ada "
            "Governorate, killing 40 boys and 11 adults (15 days before publication: an event)")
ev("taiz-mudhaffar-shelling", A, "2018-08-21", "2018-08-21", "2018-08-21", EXP, [SHELL],
   HOU + UAG_YE, CIV_YE, YE, ["Ta'izz", "Taizz", "Taiz"], ["Al Mudhaffar", "Al Mudaffar", "Al Muzaffar"], 2,
   evidence="On 21 August, shelling hit a residential area in Al Mudhaffar district of Taizz city, killing two "
            "children ... attributed the shelling to Houthi forces ... The Houthis have denied responsibility")

# ---------------------------------------------------------------- Libya: Benghazi (Reuters, 2019-08-11, Sun)
A = "libya_benghazi_reuters"
ev("hawari-un-convoy-car-bomb", A, "2019-08-10", "2019-08-10", "2019-08-10", EXP, [IED],
   UAG_LY + IS_LY, UN_LY + CIV_LY, LY, ["Benghazi"], (), 3,
   evidence="A car bomb exploded next to a convoy of the United Nations mission ... on Saturday ... The car, which "
            "had been parked outside a shopping mall ... two members of UNSMIL had been killed ... a third person, a "
            "Libyan guard ..., died of his wounds overnight")
ev("eid-truce-accepted", A, "2019-08-10", "2019-08-09", "2019-08-10", STR, ["Agreement"],
   LNA + GNA + UN_LY, GNA + LNA + UN_LY + [""], LY, TRIP + ["Benghazi"], (), 0,
   evidence="The GNA said on Friday that it accepted the U.N. proposal for a humanitarian truce, and the LNA "
            "announced on Saturday morning that it would halt military operations from 3 p.m.")
ev("ain-zara-truce-violation-shelling", A, "2019-08-10", "2019-08-10", "2019-08-11", EXP, [SHELL],
   LNA + GNA + UAG_LY, GNA + LNA + CIV_LY + [""], LY, TRIP, (), 0, req=False,
   evidence="some reported bursts of gunfire and a few shells landing near Ain Zara late on Saturday ... no reports "
            "of casualties and each side blamed the other")

# ---------------------------------------------------------------- Libya: Tarhuna / Sirte (Middle East Eye, 2020-06-12, Fri)
A = "libya_tarhuna_middleeasteye"
KANI = ["Kaniyat", "Kaniyat Militia", "Al Kaniyat", "Al-Kani Militia", "Kaniyat Brigade"]
ev("tarhuna-entered-by-gna", A, "2020-06-05", "2020-06-05", "2020-06-05", BAT,
   [GOV_TAKE, NSA_TAKE, "Non-violent transfer of territory"], GNA, LNA + KANI + [""], LY, ["Al Marqab"], (), 0,
   evidence="Forces loyal to the GNA entered Tarhuna last Friday after ... the LNA and ... the Kaniyat militia, "
            "withdrew from the town overnight without a fight ('last Friday' in a Friday article = 5 June)")
ev("wishka-taken-by-gna", A, "2020-06-06", "2020-06-06", "2020-06-06", BAT, [GOV_TAKE, NSA_TAKE],
   GNA, LNA + [""], LY, ["Misrata", "Misratah", "Surt"], (), None,
   evidence="On Saturday its forces took the coastal town of al-Wishka, west of Sirte")
ev("sirte-western-gate-clash", A, "2020-06-08", "2020-06-08", "2020-06-08", BAT, [CLASH],
   GNA + LNA, LNA + GNA, LY, SURT, (), None,
   evidence="GNA fighters who reached the western gate of the city clashed for several hours with LNA troops "
            "(Monday; no separate toll)")
ev("sirte-coastal-road-air-strikes", A, "2020-06-08", "2020-06-08", "2020-06-08", EXP, [AIR],
   LNA + ["Military Forces of Russia", "Wagner Group", "Unidentified Military Forces"], GNA, LY, SURT, (), 11,
   evidence="were then hit by repeated air strikes on their vehicles along the coastal road ... at least 11 of his "
            "men were killed in the strikes ... 'foreign jets'")
ev("jarif-family-drone-strike", A, "2020-06-10", "2020-06-10", "2020-06-10", EXP, [AIR],
   LNA + UAE, CIV_LY, LY, SURT, (), 7,
   evidence="a drone strike on Wednesday had hit a house in the Jarif area west of Sirte, killing seven members of "
            "one family ... blamed drones supplied to Haftar by the United Arab Emirates")
ev("ain-zara-booby-trap", A, "2020-06-09", "2020-06-09", "2020-06-09", EXP, [IED],
   LNA + ["Wagner Group", "Military Forces of Russia (Wagner Group)"] + UAG_LY, CIV_LY, LY, TRIP, (), 2,
   evidence="Two men were killed on Tuesday when an explosive device left inside a house in Ain Zara went off")
ev("southern-tripoli-front-collapse", A, "2020-06-04", "2020-06-01", "2020-06-07", BAT, [GOV_TAKE],
   GNA, LNA, LY, TRIP, (), None, req=False, tp=2,
   evidence="In southern Tripoli, where the LNA's front lines collapsed last week (passing mention)")

# ---------------------------------------------------------------- Libya: Tripoli (Al Arabiya English, 2022-07-23, Sat)
A = "libya_tripoli_alarabiya"
ev("tripoli-rada-trb-clashes", A, "2022-07-22", "2022-07-21", "2022-07-22", BAT, [CLASH, NSA_TAKE],
   RADA + TRB, TRB + RADA, LY, TRIP, (), 16, tp=2,
   evidence="The fighting erupted late on Thursday in the Ain Zara district ... spread on Friday to ... Zawiyat "
            "al-Dahmani, al-Furnaj and al-Sabaa ... death toll ... risen to 16 (earlier 13 superseded) ... Rada "
            "fighters had taken over the headquarters of the Presidential Guard")
ev("ain-zara-thursday-night-clash", A, "2022-07-21", "2022-07-21", "2022-07-21", BAT, [CLASH],
   RADA + TRB, TRB + RADA, LY, TRIP, (), None, req=False,
   evidence="the Thursday-night start in Ain Zara, if a coder splits the fighting by day")
ev("tripoli-ceasefire", A, "2022-07-22", "2022-07-22", "2022-07-22", STR, ["Agreement"],
   RADA + TRB + ["Presidential Council", "Presidential Council of Libya", "Government of National Unity"],
   TRB + RADA + ["Presidential Council", ""], LY, TRIP, (), 0,
   evidence="A ceasefire was reached on Friday evening after mediation by elders and officials of the Presidential "
            "Council")
ev("rada-colonel-detained", A, "2022-07-21", "2022-07-21", "2022-07-21", VAC, ["Abduction/forced disappearance"],
   TRB + RADA, RADA + TRB + CIV_LY, LY, TRIP, (), 0, req=False,
   evidence="fighters from the Presidential Guard detained a Rada colonel at a checkpoint (victim is a militia "
            "member; a coder might code it as an abduction or fold it into the clash)")
ev("rada-seizes-guard-member", A, "2022-07-21", "2022-07-21", "2022-07-21", VAC, ["Abduction/forced disappearance"],
   RADA + TRB, TRB + RADA + CIV_LY, LY, TRIP, (), 0, req=False,
   evidence="Rada responded by seizing one of the guard's members")
ev("brigade-444-buffer-deployment", A, "2022-07-22", "2022-07-22", "2022-07-22", STR, [CHANGE],
   ["444 Brigade", "444 Combat Brigade", "Brigade 444", "Military Forces of Libya"], [""] + RADA + TRB, LY, TRIP, (),
   0, req=False, evidence="The 444 Brigade ... deployed its units on Friday to create a buffer zone")
ev("interior-minister-suspended", A, "2022-07-22", "2022-07-22", "2022-07-22", STR, [CHANGE],
   ["Government of National Unity", "Government of Libya", "Abdul Hamid Dbeibah"], [""], LY, TRIP, (), 0,
   req=False, evidence="Dbeibah suspended Interior Minister Khaled Mazen on Friday (leadership change)")

# ---------------------------------------------------------------- Yemen: Sanaa / al-Jawf (AP, 2025-09-11, Thu)
A = "yemen_sanaa_ap"
ev("sanaa-tahrir-press-complex-strikes", A, "2025-09-10", "2025-09-10", "2025-09-10", EXP, [AIR],
   IL, CIV_YE + HOU + ["Journalists (Yemen)", "Civilians (Yemen)"], YE, SANAA_CITY,
   ["At Tahrir", "Tahrir", "Al Tahrir"], 38,
   evidence="The strikes hit Sanaa ... on Wednesday afternoon ... 38 of the dead were killed in Sanaa ... flattened "
            "a press complex in the central Tahrir district (total 46; earlier 35 superseded)")
ev("hazm-government-compound-strikes", A, "2025-09-10", "2025-09-10", "2025-09-10", EXP, [AIR],
   IL, HOU + CIV_YE, YE, ["Al Jawf", "Al-Jawf"], ["Al Hazm", "Hazm"], 8,
   evidence="In Hazm, the strikes hit a government compound and ... a fuel depot ... eight in al-Jawf")
ev("rahawi-killed-aug-28", A, "2025-08-28", "2025-08-28", "2025-08-28", EXP, [AIR],
   IL, HOU + ["Government of Yemen (Houthi)", "Houthi Government"], YE, SANAA_CITY, (), None,
   evidence="On Aug. 28, an Israeli strike in Sanaa killed the Houthis' prime minister, Ahmed Ghaleb al-Rahawi, "
            "and several other ministers (14 days before publication: an event; toll not given)")
ev("ramon-airport-drone", A, "2025-09-07", "2025-09-07", "2025-09-07", EXP, [AIR, SHELL],
   HOU, ["Civilians (Israel)", "Military Forces of Israel", ""], "Israel", ["", "Southern District", "HaDarom"], (),
   0, req=False,
   evidence="a Houthi drone slammed into the arrival hall of Ramon airport in southern Israel on Sunday, wounding one "
            "person (outside the gazetteer's countries)")
ev("hypersonic-missile-intercepted", A, "2025-09-10", "2025-09-10", "2025-09-10", STR,
   ["Disrupted weapons use"], ["Military Forces of Israel"] + HOU, HOU + ["Military Forces of Israel", ""],
   "Israel", [""], (), 0, req=False,
   evidence="The rebels also claimed to have fired a hypersonic missile at Israel on Wednesday evening; the Israeli "
            "military said it was intercepted")

DROP = {
    "yemen_sanaa_afp": [],
    "libya_benghazi_libyaherald": ["Libya Herald", "Home", "Libya", "Benghazi", "Tripoli", "Business", "Culture",
                                   "Sport", "Subscribe", "Search", "Share this:", "Facebook", "Twitter", "Email",
                                   "Related", "Benghazi: Dignity airstrikes on Shoura Council positions",
                                   "Tripoli airport fighting: government calls for ceasefire", "© Libya Herald 2014"],
    "yemen_aden_independent": ["The Independent", "News", "World", "Middle East", "Voices", "Culture", "Sport",
                               "Subscribe", "Log in", "Click to follow", "The Independent World", "More about",
                               "Yemen", "Isis", "Aden", "Read more",
                               "Saudi-led coalition strike on MSF-supported hospital kills 11",
                               "Yemen peace talks collapse as delegations leave Kuwait", "Comments", "Share"],
    "yemen_durayhimi_reliefweb": ["ReliefWeb", "Updates", "Countries", "Disasters", "Organizations", "Topics", "Jobs",
                                  "Training", "Related Content", "Yemen: Hudaydah Flash Update No. 12",
                                  "Yemen: Humanitarian Response Plan 2018 - Mid-Year Revision", "Share", "Facebook",
                                  "Twitter", "Email"],
    "libya_benghazi_reuters": ["Skip to main content", "Reuters", "World", "Business", "Markets", "Breakingviews",
                               "Technology", "Africa", "3 Min Read",
                               "Our Standards: The Thomson Reuters Trust Principles.", "Read Next",
                               "Libya's Haftar forces say they shot down Turkish drone near Tripoli"],
    "libya_tarhuna_middleeasteye": ["Middle East Eye", "News", "Opinion", "Explainers", "Video", "Discover",
                                    "Newsletter", "Support us", "Related",
                                    "Libya: GNA retakes Tripoli airport as Haftar forces retreat",
                                    "What is the Kaniyat? The militia behind Tarhuna's graves",
                                    "This article is available in French on Middle East Eye French edition."],
    "libya_tripoli_alarabiya": ["Al Arabiya English", "Live", "News", "Middle East", "Gulf", "World", "Business",
                                "Features", "Videos", "Libya", "Read more:",
                                "Libya's parliament speaker calls for new government talks",
                                "Libya's oil output recovers as ports reopen after blockade"],
    "yemen_sanaa_ap": ["AP", "World", "U.S.", "Politics", "Sports", "Entertainment", "Business", "Middle East",
                       "Share", "Copyright 2025 The Associated Press. All Rights Reserved."],
}
EITHER = {
    "yemen_sanaa_afp": ["bur-ma/hmw"],
    "libya_benghazi_libyaherald": ["By Libya Herald reporter.", "Benghazi, 30 July 2014:"],
    "yemen_aden_independent": ["Tuesday 30 August 2016 11:42 BST"],
    "yemen_durayhimi_reliefweb": ["Yemen", "News and Press Release", "Source: OCHA", "Posted: 24 Aug 2018",
                                  "Originally published: 24 Aug 2018", "For further information, please contact:",
                                  "Russell Geekie, OCHA New York, geekie@un.org",
                                  "OCHA press releases are available at www.unocha.org or www.reliefweb.int"],
    "libya_benghazi_reuters": ["By Ayman al-Warfalli",
                               "Reporting by Ayman al-Warfalli in Benghazi and Ahmed Elumami in Tripoli; Additional "
                               "reporting by Ulf Laessing in Cairo; Editing by Louise Heavens"],
    "libya_tarhuna_middleeasteye": ["MEE staff", "Published date: 12 June 2020 13:05 BST"],
    "libya_tripoli_alarabiya": ["Published: 23 July 2022 ,10:14 KSA", "Updated: 23 July 2022 ,14:50 KSA",
                                "Last Update: 23 July 2022 KSA 14:50"],
    "yemen_sanaa_ap": ["By AHMED AL-HAJ and SAMY MAGDY", "Updated 7:31 AM GMT, September 11, 2025", "___",
                       "Magdy reported from Cairo. Associated Press writer Julia Frankel in Jerusalem contributed to "
                       "this report."],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout197; Yemen and Libya 2014-2025), coded by "
                             "CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
