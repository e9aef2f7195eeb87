"""Writes gold.json for the 231st held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 31).

    python bench/heldout231/make_gold.py

Topic: protests, riots, strikes and crackdowns 2011-2024 — Sudan's June 2019 civil-disobedience strike and the
January 2022 anti-coup marches, Iraq's Tishreen protests (November 2019), the Tleil fuel-tank disaster and the
riots it set off in Akkar (August 2021), #EndSARS unrest in Calabar (October 2020), the May 2023 PTI riots in the
Malakand division, the September 2012 cost-of-living strike in the West Bank and Syria's "Great Friday" (April 2011).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402,F401
from gold_events import EVENTS as E  # noqa: E402

# ---------------------------------------------------------------- Sudan (Reuters, 2019-06-10, Mon)
SD, A = "Sudan", "sudan_omdurman_reuters"
RSF = ["Rapid Support Forces", "RSF", "Janjaweed"]
SEC_SD = ["Military Forces of Sudan", "Police Forces of Sudan", "Transitional Military Council", "TMC",
          "Sudanese Armed Forces", "SAF", "National Intelligence and Security Service", "NISS",
          "Government of Sudan"] + RSF
PROT_SD = ["Protesters (Sudan)", "Sudanese Professionals Association", "SPA", "Forces for Freedom and Change",
           "Alliance for Freedom and Change", "FFC"]
KH = ["Khartoum"]
ev("omdurman-abbasiya-barricade-shooting", A, "2019-06-09", "2019-06-09", "2019-06-09", PRO,
   ["Excessive force against protesters", "Protest with intervention"], PROT_SD + SEC_SD,
   SEC_SD + PROT_SD + ["Civilians (Sudan)"], SD, KH, ["Omdurman"], 2,
   evidence="Paramilitary forces shot dead two young men as they tore down barricades in Omdurman on Sunday ... in "
            "the Abbasiya district of Omdurman")
ev("bahri-shambat-barricade-shooting", A, "2019-06-09", "2019-06-09", "2019-06-09", PRO,
   ["Excessive force against protesters", "Protest with intervention"], PROT_SD + SEC_SD,
   SEC_SD + PROT_SD + ["Civilians (Sudan)"], SD, KH, ["Khartoum North", "Bahri", "Khartoum Bahri", ""], 1,
   evidence="In Bahri, also known as Khartoum North, a 26-year-old man died of gunshot wounds after RSF fighters "
            "dispersed a crowd that had gathered behind a barricade near the Shambat bridge")
ev("khartoum-civil-disobedience-strike", A, "2019-06-09", "2019-06-09", "2019-06-09", PRO,
   ["Peaceful protest", "Protest with intervention"],
   PROT_SD + ["Labour Group (Sudan)", "Labor Group (Sudan)"], SEC_SD + [""], SD, KH, ["Khartoum", ""], None,
   evidence="a nationwide campaign of civil disobedience ... shut shops, banks and offices across the Sudanese capital "
            "... Several hundred employees of the central bank and of the airport staged sit-ins ... security agents "
            "detained at least a dozen bank staff")
ev("june3-sit-in-dispersal", A, "2019-06-03", "2019-06-03", "2019-06-03", PRO,
   ["Excessive force against protesters"], PROT_SD + SEC_SD, SEC_SD + PROT_SD, SD, KH, ["Khartoum", ""], 61,
   evidence="118 people were killed when security forces stormed the camp on June 3 ...; the Health Ministry has put "
            "the toll at 61 (a week before publication: inside the 30-day window)")
ev("mohamed-esmat-arrest", A, "2019-06-07", "2019-06-07", "2019-06-07", STR, ["Arrests"],
   SEC_SD, PROT_SD + ["Civilians (Sudan)", "Mohamed Esmat", ""], SD, KH, ["Khartoum", ""], 0,
   evidence="Mohamed Esmat, a leader of the opposition Alliance for Freedom and Change, was arrested by security "
            "forces in Khartoum on Friday")
SPLMN = ["SPLM-N", "Sudan People's Liberation Movement-North", "SPLM/A-North", "SPLM-N: Sudan People's Liberation "
         "Movement-North", "Yasir Arman", ""]
ev("yasir-arman-arrest", A, "2019-06-05", "2019-06-05", "2019-06-05", STR, ["Arrests"],
   SEC_SD, SPLMN + ["Civilians (Sudan)"], SD, KH, ["Khartoum", ""], 0,
   evidence="Yasir Arman, deputy leader of the rebel SPLM-N ... was seized by soldiers from a house in Khartoum on "
            "Wednesday")
ev("splmn-leaders-deported", A, "2019-06-10", "2019-06-09", "2019-06-10", STR,
   ["Other", "Arrests", "Change to group/activity"], SEC_SD, SPLMN + ["Civilians (Sudan)"], SD, KH, ["Khartoum", ""],
   0, req=False,
   evidence="His movement said on Monday that Arman and two other SPLM-N leaders had been put on a military aircraft "
            "and flown to Juba against their will (forced deportation; may be folded into the arrest)")

# ---------------------------------------------------------------- Sudan (Radio Dabanga, 2022-01-19, Wed)
A = "sudan_khartoum_dabanga"
SEC22 = ["Military Forces of Sudan", "Police Forces of Sudan", "Sudanese Armed Forces", "SAF",
         "Rapid Support Forces", "RSF", "Government of Sudan"]
PROT22 = ["Protesters (Sudan)", "Resistance Committees", "Sudanese Professionals Association", "SPA"]
ev("khartoum-palace-march-killings", A, "2022-01-17", "2022-01-17", "2022-01-17", PRO,
   ["Excessive force against protesters", "Protest with intervention"], PROT22 + SEC22, SEC22 + PROT22, SD, KH,
   ["Khartoum", ""], 7,
   evidence="Security forces killed seven protesters in Khartoum on Monday ... as tens of thousands marched towards "
            "the Republican Palace ... Mohamed Nagib Street and near the El Qasr Street crossing")
ev("omdurman-arbaeen-street-teargas", A, "2022-01-17", "2022-01-17", "2022-01-17", PRO,
   ["Protest with intervention", "Excessive force against protesters"], PROT22 + SEC22, SEC22 + PROT22, SD, KH,
   ["Omdurman"], None,
   evidence="In Omdurman, police fired tear gas and stun grenades at protesters on El Arbaeen Street on Monday "
            "afternoon ... at least 20 people being loaded into police pick-ups")
ev("wad-madani-march", A, "2022-01-17", "2022-01-17", "2022-01-17", PRO, ["Peaceful protest"],
   PROT22, [""] + SEC22, SD, ["Al Jazirah", "Gezira", "El Gezira", "Al Gezira", "Al Jazeera"], (), 0,
   evidence="Hundreds also marched in Wad Madani, the capital of El Gezira, where the protest passed off peacefully")
ev("khartoum-barricades-civil-disobedience", A, "2022-01-18", "2022-01-18", "2022-01-18", PRO,
   ["Peaceful protest"], PROT22 + ["Labour Group (Sudan)"], [""] + SEC22, SD, KH, (), None,
   evidence="On Tuesday, resistance committees across the capital blocked main roads with barricades of bricks, "
            "stones and tree branches, at the start of two days of civil disobedience")
ev("brig-barima-stabbed", A, "2022-01-13", "2022-01-13", "2022-01-13", RIO,
   ["Violent demonstration", "Mob violence"],
   ["Rioters (Sudan)", "Protesters (Sudan)", "Unidentified Armed Group (Sudan)"],
   ["Police Forces of Sudan", "Military Forces of Sudan", ""], SD, KH, ["Khartoum", "Khartoum North", "Bahri", ""], 1,
   evidence="police Brig Ali Hamad Barima, who was stabbed in the neck during a protest in central Khartoum on "
            "Thursday last week. Police said he was attacked by protesters near the Khartoum Bahri bridge")
ev("hamdok-resignation", A, "2022-01-02", "2022-01-02", "2022-01-02", STR, ["Other", "Change to group/activity"],
   ["Government of Sudan", "Abdallah Hamdok", "Civilian Government of Sudan"], [""], SD, KH, (), 0, req=False,
   evidence="Prime Minister Abdallah Hamdok ... resigned on January 2 (a political resignation; most coders skip it)")

# ---------------------------------------------------------------- Iraq (AFP, 2019-11-10, Sun)
IQ, A = "Iraq", "iraq_baghdad_afp"
SEC_IQ = ["Military Forces of Iraq", "Police Forces of Iraq", "Iraqi Security Forces", "Government of Iraq",
          "Rapid Response Division"]
PROT_IQ = ["Protesters (Iraq)"]
BGD = (["Baghdad"], ["Al Rusafa", "Rusafa", "Al-Rusafa", "Baghdad", ""])
ev("baghdad-bridges-rasheed-street", A, "2019-11-09", "2019-11-09", "2019-11-09", PRO,
   ["Excessive force against protesters", "Protest with intervention"], PROT_IQ + SEC_IQ, SEC_IQ + PROT_IQ, IQ, *BGD, 4,
   evidence="Iraqi security forces fired live rounds and tear gas on Saturday to drive anti-government demonstrators "
            "off three bridges and out of a historic shopping street in central Baghdad, killing at least four "
            "(rights commission: six)")
ev("basra-sit-in-cleared", A, "2019-11-09", "2019-11-09", "2019-11-09", PRO,
   ["Excessive force against protesters", "Protest with intervention"], PROT_IQ + SEC_IQ, SEC_IQ + PROT_IQ, IQ,
   ["Basra", "Basrah", "Al Basrah"], ["Basrah", "Basra", "Al Basrah", ""], 2,
   evidence="In the southern oil hub of Basra, security forces fired on a sit-in outside the provincial government "
            "headquarters on Saturday afternoon, killing three protesters, medics said. A police source put the toll "
            "at two")
DHIQAR = ["Dhi Qar", "Thi Qar", "Dhi-Qar"]
ev("shatra-council-building-burned", A, "2019-11-08", "2019-11-08", "2019-11-09", RIO,
   ["Violent demonstration", "Mob violence"], ["Rioters (Iraq)", "Protesters (Iraq)"], [""] + SEC_IQ +
   ["Government of Iraq (2018-)"], IQ, DHIQAR, ["Al-Shatra", "Shatra", "Ash Shatrah"], 0,
   evidence="Late on Friday, demonstrators set fire to the local council building in the town of Shatra, some 40 "
            "kilometres north of the provincial capital Nasiriyah ... Nobody was hurt")
ev("shatra-council-building-burned-as-destruction", A, "2019-11-08", "2019-11-08", "2019-11-09", STR,
   ["Looting/property destruction"], ["Rioters (Iraq)", "Protesters (Iraq)"], [""] + SEC_IQ, IQ, DHIQAR,
   ["Al-Shatra", "Shatra", "Ash Shatrah"], 0, req=False, evidence="the Shatra arson coded as property destruction")
ev("nasiriyah-peaceful-march", A, "2019-11-09", "2019-11-09", "2019-11-09", PRO, ["Peaceful protest"],
   PROT_IQ, [""], IQ, DHIQAR, ["Nassriya", "Nasiriyah", "Al-Nasiriya", "Nasiriya"], 0,
   evidence="On Saturday, thousands marched peacefully through Nasiriyah itself")
ev("marie-mohammed-abduction", A, "2019-11-07", "2019-11-07", "2019-11-08", VAC, ["Abduction/forced disappearance"],
   ["Unidentified Armed Group (Iraq)", "Popular Mobilization Forces", "PMF"],
   ["Civilians (Iraq)", "Protesters (Iraq)"], IQ, *BGD, 0,
   evidence="Marie Mohammed, a 20-year-old volunteer ... was snatched by unidentified men in a car as she left the "
            "square on Thursday evening")
ev("iraq-aggregate-319-since-october", A, "2019-11-10", "2019-10-01", "2019-11-10", PRO,
   ["Excessive force against protesters"], PROT_IQ + SEC_IQ, SEC_IQ + PROT_IQ, IQ, [""], (), None, req=False, tp=3,
   evidence="At least 319 people have been killed ... across Iraq since the rallies first erupted on October 1 "
            "(country-level aggregate over six weeks; rule 6 vs rule 5)")

# ---------------------------------------------------------------- Lebanon (L'Orient Today, 2021-08-16, Mon)
LB, A = "Lebanon", "lebanon_tleil_lorientoday"
LAF = ["Military Forces of Lebanon", "Lebanese Armed Forces", "Lebanese Army"]
ISF = ["Police Forces of Lebanon", "Internal Security Forces", "ISF"]
RIOT_LB = ["Rioters (Lebanon)", "Protesters (Lebanon)"]
CIV_LB = ["Civilians (Lebanon)"]
AKK = (["Aakkar", "Akkar"], ["Akkar", "Aakkar"])
BEY = ["Beyrouth", "Beirut"]
ev("tleil-fuel-tank-blast", A, "2021-08-15", "2021-08-14", "2021-08-15", EXP, ["Remote explosive/landmine/IED"],
   ["Unidentified Armed Group (Lebanon)", "Civilians (Lebanon)", ""], CIV_LB + LAF + [""], LB, *AKK, 28, req=False,
   evidence="At least 28 people were killed and 79 injured when a fuel tank exploded in the Akkar village of Tleil in "
            "the early hours of Sunday (cause unclear; accident or arson: optional)")
ev("tleil-fuel-tank-blast-other", A, "2021-08-15", "2021-08-14", "2021-08-15", STR, ["Other"],
   ["Unidentified Armed Group (Lebanon)", "Civilians (Lebanon)", ""] + LAF, CIV_LB + LAF + [""], LB, *AKK, 28,
   req=False, evidence="the same blast coded as a strategic development")
ev("tleil-owner-house-torched", A, "2021-08-15", "2021-08-15", "2021-08-15", RIO, ["Mob violence",
   "Violent demonstration"], RIOT_LB, CIV_LB + [""], LB, *AKK, None,
   evidence="dozens of young men from Tleil and nearby villages set fire to the house of the owner of the land where "
            "the fuel was stored, along with two trucks")
ev("tleil-owner-house-torched-as-destruction", A, "2021-08-15", "2021-08-15", "2021-08-15", STR,
   ["Looting/property destruction"], RIOT_LB, CIV_LB + [""], LB, *AKK, None, req=False,
   evidence="the arson coded as property destruction")
ev("tleil-owner-detained", A, "2021-08-15", "2021-08-15", "2021-08-16", STR, ["Arrests"], LAF,
   CIV_LB + [""], LB, *AKK, 0, req=False,
   evidence="The army later said it had detained the owner ... G.R. (not a notable person)")
ev("halba-serail-stoned", A, "2021-08-15", "2021-08-15", "2021-08-15", RIO, ["Violent demonstration"],
   RIOT_LB, LAF + [""], LB, *AKK, 0,
   evidence="In Halba ... protesters hurled stones at soldiers guarding the Serail on Sunday afternoon and set fire to "
            "the entrance of the building ... No injuries were reported")
ev("beirut-diab-home-protest", A, "2021-08-15", "2021-08-15", "2021-08-15", PRO,
   ["Protest with intervention", "Peaceful protest"], ["Protesters (Lebanon)"], ISF + LAF + [""], LB, BEY, (), 0,
   evidence="dozens of protesters gathered outside the home of caretaker Prime Minister Hassan Diab in Tallet "
            "al-Khayyat on Sunday evening ... ISF officers pushed them back ... detained three people")
ev("port-blast-anniversary-clashes", A, "2021-08-04", "2021-08-04", "2021-08-04", RIO, ["Violent demonstration"],
   RIOT_LB, ISF + LAF + [""], LB, BEY, (), 0,
   evidence="On Aug. 4, protesters hurled stones and firecrackers at riot police guarding the roads to Parliament in "
            "downtown Beirut ... The Lebanese Red Cross said it treated 62 people (12 days before: inside the window)")

# ---------------------------------------------------------------- Nigeria (Premium Times, 2020-10-26, Mon)
NG, A = "Nigeria", "nigeria_calabar_premiumtimes"
MIL_NG = ["Military Forces of Nigeria", "Nigerian Army"]
POL_NG = ["Police Forces of Nigeria"]
RIOT_NG = ["Rioters (Nigeria)", "Protesters (Nigeria)"]
PROT_NG = ["Protesters (Nigeria)", "EndSARS Movement"]
CR = ["Cross River"]
CAL = ["Calabar Municipal", "Calabar", "Calabar Municipality"]
ev("calabar-south-looters-shot", A, "2020-10-25", "2020-10-25", "2020-10-25", RIO,
   ["Mob violence", "Violent demonstration"], RIOT_NG + MIL_NG, MIL_NG + RIOT_NG + [""], NG, CR,
   ["Calabar South"] + CAL, 1,
   evidence="Soldiers enforcing a 24-hour curfew ... on Sunday opened fire on a crowd attempting to break into shops in "
            "the Calabar South area ... residents said two ... the army said troops had 'neutralised one looter'")
ev("calabar-south-looters-shot-as-attack", A, "2020-10-25", "2020-10-25", "2020-10-25", VAC, ["Attack"],
   MIL_NG, ["Civilians (Nigeria)"] + RIOT_NG, NG, CR, ["Calabar South"] + CAL, 1, req=False,
   evidence="the same shooting coded as violence against civilians")
ev("ikot-ansa-palliative-warehouse-looted", A, "2020-10-23", "2020-10-23", "2020-10-24", RIO,
   ["Mob violence", "Violent demonstration"], RIOT_NG, ["", "Civilians (Nigeria)", "Government of Nigeria"], NG, CR,
   CAL, None,
   evidence="The unrest in the city began on Friday when thousands of people ... broke into a warehouse at Ikot Ansa "
            "where palliatives ... were stored ... Similar scenes ... Ministry of Agriculture stores the same night")
ev("ikot-ansa-palliative-warehouse-looted-as-looting", A, "2020-10-23", "2020-10-23", "2020-10-24", STR,
   ["Looting/property destruction"], RIOT_NG, ["", "Civilians (Nigeria)", "Government of Nigeria"], NG, CR, CAL, None,
   req=False, evidence="the warehouse looting coded as looting/property destruction")
ev("senator-bassey-house-burned", A, "2020-10-24", "2020-10-24", "2020-10-24", RIO,
   ["Mob violence", "Violent demonstration"], RIOT_NG, ["", "Civilians (Nigeria)"], NG, CR, CAL, None,
   evidence="On Saturday afternoon, a mob stormed the Ekorinim residence of Senator Gershom Bassey ... looted "
            "household items and set the building on fire")
ev("senator-bassey-house-burned-as-destruction", A, "2020-10-24", "2020-10-24", "2020-10-24", STR,
   ["Looting/property destruction"], RIOT_NG, ["", "Civilians (Nigeria)"], NG, CR, CAL, None, req=False,
   evidence="the arson coded as looting/property destruction")
ev("calabar-endsars-march", A, "2020-10-20", "2020-10-20", "2020-10-20", PRO, ["Peaceful protest"],
   PROT_NG, [""], NG, CR, CAL, 0,
   evidence="Last Tuesday, hundreds of young people marched from the University of Calabar to the Government House on "
            "Diamond Hill carrying placards")
ev("lekki-toll-gate-shooting", A, "2020-10-20", "2020-10-20", "2020-10-21", PRO,
   ["Excessive force against protesters"], PROT_NG + MIL_NG, MIL_NG + PROT_NG, NG, ["Lagos"],
   ["Eti-Osa", "Eti Osa", "Ibeju Lekki", "Ibeju-Lekki", "Lekki", ""], 2,
   evidence="soldiers opened fire on #EndSARS protesters at the Lekki toll gate in Lagos last Tuesday night ... "
            "Amnesty ... at least 12 ... at Lekki and at Alausa ... Sanwo-Olu said two people died")
ev("alausa-shooting", A, "2020-10-20", "2020-10-20", "2020-10-21", PRO, ["Excessive force against protesters"],
   PROT_NG + MIL_NG + POL_NG, MIL_NG + POL_NG + PROT_NG, NG, ["Lagos"], ["Ikeja", ""], None, req=False,
   evidence="Amnesty International said at least 12 protesters were killed at Lekki and at Alausa in Ikeja "
            "(combined toll; Alausa told only in passing)")
ev("lagos-arson-after-lekki", A, "2020-10-21", "2020-10-21", "2020-10-25", RIO, ["Mob violence",
   "Violent demonstration"], RIOT_NG, ["", "Police Forces of Nigeria", "Civilians (Nigeria)"], NG, ["Lagos"], (),
   None, req=False, tp=2,
   evidence="In the days after the shooting, hoodlums burnt police stations, BRT buses and media houses in Lagos")
for st in ("Plateau", "Osun", "Adamawa"):
    ev(f"{st.lower()}-palliative-looting", A, "2020-10-25", "2020-10-21", "2020-10-25", RIO,
       ["Mob violence", "Violent demonstration"], RIOT_NG, ["", "Civilians (Nigeria)", "Government of Nigeria"], NG,
       [st], (), None, req=False, tp=2,
       evidence="looted warehouses holding palliatives in several states, including Plateau, Osun and Adamawa "
                "(no date beyond 'in the days after the shooting')")

# ---------------------------------------------------------------- Pakistan (Express Tribune, 2023-05-11, Thu)
PK, A = "Pakistan", "pakistan_chakdara_tribune"
KP = ["Khyber Pakhtunkhwa", "Khyber-Pakhtunkhwa", "KPK", "North-West Frontier Province"]
PTI = ["PTI", "Pakistan Tehreek-e-Insaf", "Pakistan Tehreek-i-Insaf", "PTI: Pakistan Tehreek-i-Insaf",
       "PTI: Pakistan Tehreek-e-Insaf", "Pakistan Tehreek-e-Insaf (PTI)"]
RIOT_PK = ["Rioters (Pakistan)", "Protesters (Pakistan)"] + PTI
MIL_PK = ["Military Forces of Pakistan", "Frontier Corps", "FC", "Pakistan Army"]
POL_PK = ["Police Forces of Pakistan"]
STATE_PK = MIL_PK + POL_PK + ["Pakistan Rangers", "Rangers", "National Accountability Bureau", "NAB",
                              "Government of Pakistan"]
ev("chakdara-toll-plaza-and-fort", A, "2023-05-10", "2023-05-10", "2023-05-10", RIO, ["Violent demonstration"],
   RIOT_PK, MIL_PK + POL_PK + [""], PK, KP, ["Lower Dir"], None,
   evidence="Charged PTI workers set fire to the toll plaza of the Swat Expressway at Chakdara and pelted the historic "
            "Chakdara Fort with stones on Wednesday ... FC personnel fired tear gas shells")
ev("timergara-dpo-office-clash", A, "2023-05-10", "2023-05-10", "2023-05-10", RIO, ["Violent demonstration"],
   RIOT_PK, POL_PK + [""], PK, KP, ["Lower Dir"], 1,
   evidence="In Timergara ... protesters hurled stones at the office of the district police officer and set a police "
            "van on fire ... one man ... brought dead ... PTI ... claimed three")
ev("batkhela-malakand-road-sit-in", A, "2023-05-10", "2023-05-10", "2023-05-10", PRO, ["Peaceful protest"],
   ["Protesters (Pakistan)"] + PTI, [""], PK, KP, ["Malakand Protected Area", "Malakand", "Malakand PA"], 0,
   evidence="In Batkhela, in Malakand district, hundreds of PTI supporters staged a sit-in on the Malakand road ... "
            "before dispersing peacefully")
ev("imran-khan-arrest", A, "2023-05-09", "2023-05-09", "2023-05-09", STR, ["Arrests"],
   STATE_PK, PTI + ["Imran Khan", "Civilians (Pakistan)", "Protesters (Pakistan)", ""], PK, ["Islamabad"], (), 0,
   evidence="Imran Khan was arrested on Tuesday by Rangers personnel from the premises of the Islamabad High Court")
ev("asad-umar-fawad-chaudhry-arrests", A, "2023-05-10", "2023-05-10", "2023-05-10", STR, ["Arrests"],
   STATE_PK, PTI + ["Asad Umar", "Fawad Chaudhry", "Civilians (Pakistan)", ""], PK, ["Islamabad"], (), 0,
   evidence="On Wednesday, police arrested PTI secretary general Asad Umar from the Islamabad High Court and former "
            "information minister Fawad Chaudhry outside the Supreme Court in Islamabad (same day, city, actors: one)")
ev("asad-umar-fawad-chaudhry-arrests-second-row", A, "2023-05-10", "2023-05-10", "2023-05-10", STR, ["Arrests"],
   STATE_PK, PTI + ["Asad Umar", "Fawad Chaudhry", "Civilians (Pakistan)", ""], PK, ["Islamabad"], (), 0, req=False,
   evidence="a coder splitting the two arrests (IHC, Supreme Court)")
for city in ("Lahore", "Rawalpindi"):
    ev(f"{city.lower()}-overnight-pti-arrests", A, "2023-05-11", "2023-05-10", "2023-05-11", STR, ["Arrests"],
       STATE_PK, PTI + ["Civilians (Pakistan)", ""], PK, ["Punjab"], [city], 0, req=False,
       evidence="Several other senior leaders were picked up overnight in Lahore and Rawalpindi, the party said "
                "(unnamed leaders)")
ev("kp-army-deployment", A, "2023-05-10", "2023-05-10", "2023-05-10", STR, ["Change to group/activity"],
   MIL_PK + ["Government of Pakistan"], [""] + PTI + RIOT_PK, PK, KP, (), 0,
   evidence="approved the deployment of army troops in Khyber Pakhtunkhwa ... Army units were seen taking positions in "
            "Peshawar and on the main roads of Lower Dir and Swat districts by Wednesday evening")
for adm in ("Punjab", "Islamabad"):
    ev(f"{adm.lower()}-army-deployment", A, "2023-05-10", "2023-05-10", "2023-05-11", STR,
       ["Change to group/activity"], MIL_PK + ["Government of Pakistan"], [""] + PTI + RIOT_PK, PK, [adm], (), 0,
       req=False, evidence="deployment ... in Khyber Pakhtunkhwa, Punjab and Islamabad (approval only for these two)")

# ---------------------------------------------------------------- Palestine (Ma'an, 2012-09-11, Tue)
PS, A = "Palestine", "palestine_hebron_maannews"
WB = ["West Bank"]
PAP = ["Police Forces of Palestine", "Palestinian Police", "Police Forces of Palestine (West Bank)",
       "Palestinian Authority", "Government of Palestine"]
RIOT_PS = ["Rioters (Palestine)", "Protesters (Palestine)"]
PROT_PS = ["Protesters (Palestine)", "Labour Group (Palestine)", "Labor Group (Palestine)"]
HEB = ["Al Khalil", "Hebron", "Al-Khalil"]
ev("hebron-municipality-stoned", A, "2012-09-10", "2012-09-10", "2012-09-10", RIO, ["Violent demonstration"],
   RIOT_PS, PAP + [""], PS, WB, HEB, 0,
   evidence="Protesters hurled stones at the Hebron municipality building and set tires and garbage containers on fire "
            "on Monday ... police in riot gear fired tear gas and beat protesters ... 13 officers were injured")
ev("nablus-municipality-stoned", A, "2012-09-10", "2012-09-10", "2012-09-10", RIO, ["Violent demonstration"],
   RIOT_PS, PAP + [""], PS, WB, ["Nablus", "Nabulus"], None,
   evidence="In Nablus, dozens of young men threw stones at police outside the municipality ... set fire to a police "
            "car in the Old City")
ev("ramallah-drivers-strike-march", A, "2012-09-10", "2012-09-10", "2012-09-10", PRO, ["Peaceful protest"],
   PROT_PS, [""], PS, WB, ["Ramallah", "Ramallah and Al-Bireh", "Ramallah and al-Bira", "Ramallah and Al Bireh"], 0,
   evidence="In Ramallah, hundreds of taxi and bus drivers parked their vehicles across the roads leading to al-Manara "
            "Square ... a march to the prime minister's office ... passed off without incident")
ev("bethlehem-effigy-march", A, "2012-09-10", "2012-09-10", "2012-09-10", PRO, ["Peaceful protest"],
   PROT_PS, [""], PS, WB, ["Bethlehem", "Bayt Lahm"], 0,
   evidence="In Bethlehem, protesters burned tires and an effigy of the prime minister outside the Church of the "
            "Nativity and then marched peacefully")
ev("bethlehem-effigy-march-as-riot", A, "2012-09-10", "2012-09-10", "2012-09-10", RIO, ["Violent demonstration"],
   RIOT_PS, [""] + PAP, PS, WB, ["Bethlehem", "Bayt Lahm"], 0, req=False,
   evidence="tyre burning read as a violent demonstration")
ev("hebron-effigy-last-tuesday", A, "2012-09-04", "2012-09-04", "2012-09-04", PRO, ["Peaceful protest"],
   PROT_PS, [""], PS, WB, HEB, 0,
   evidence="Last Tuesday, hundreds of people gathered outside the municipality in Hebron and burned an effigy of "
            "Fayyad")
ev("tulkarm-rally-last-tuesday", A, "2012-09-04", "2012-09-04", "2012-09-04", PRO, ["Peaceful protest"],
   PROT_PS, [""], PS, WB, ["Tulkarm", "Tulkarem", "Tulkarim"], 0,
   evidence="and smaller rallies were held in Tulkarem and Jenin (same day as the Hebron rally)")
ev("jenin-rally-last-tuesday", A, "2012-09-04", "2012-09-04", "2012-09-04", PRO, ["Peaceful protest"],
   PROT_PS, [""], PS, WB, ["Janin", "Jenin"], 0,
   evidence="and smaller rallies were held in Tulkarem and Jenin (same day as the Hebron rally)")
ev("jabaliya-self-immolation", A, "2012-09-03", "2012-09-02", "2012-09-10", PRO, ["Peaceful protest"],
   ["Protesters (Palestine)", "Civilians (Palestine)"], [""], PS, ["Gaza Strip", "Gaza"],
   ["North Gaza", "Jabalya", "Gaza"], None, req=False, tp=2,
   evidence="a 20-year-old man died on Monday of his injuries after he set himself on fire in the Jabaliya refugee "
            "camp a week earlier (self-immolation over poverty: optional)")

# ---------------------------------------------------------------- Syria (AP, 2011-04-24, Sun)
SY, A = "Syria", "syria_izraa_ap"
SEC_SY = ["Military Forces of Syria", "Police Forces of Syria", "Syrian Security Forces", "Government of Syria"]
PROT_SY = ["Protesters (Syria)"]
DRA = ["Daraa", "Dar'a", "Deraa"]
IZRA = ["Izra", "Izraa", "Ezraa", "Izra'"]
RIF = ["Rif-dimashq", "Rif Dimashq", "Rural Damascus", "Damascus Countryside", "Reef Damascus"]
ev("izraa-funeral-shooting", A, "2011-04-23", "2011-04-23", "2011-04-23", PRO,
   ["Excessive force against protesters", "Protest with intervention"], PROT_SY + SEC_SY, SEC_SY + PROT_SY, SY, DRA,
   IZRA, 4,
   evidence="In Izraa ... gunmen in plain clothes and snipers on rooftops opened fire as a funeral procession for "
            "Friday's victims set off ... he saw four bodies")
ev("douma-funeral-shooting", A, "2011-04-23", "2011-04-23", "2011-04-23", PRO,
   ["Excessive force against protesters", "Protest with intervention"], PROT_SY + SEC_SY, SEC_SY + PROT_SY, SY, RIF,
   ["Douma", "Duma"], 5,
   evidence="In the Damascus suburb of Douma, security forces shot at mourners ... killing five")
ev("izraa-great-friday-march", A, "2011-04-22", "2011-04-22", "2011-04-22", PRO,
   ["Excessive force against protesters", "Protest with intervention"], PROT_SY + SEC_SY, SEC_SY + PROT_SY, SY, DRA,
   IZRA, 17,
   evidence="The worst violence on Friday was in Izraa, where at least 17 people were killed when troops and security "
            "agents fired on a march")
ev("moadamiyeh-great-friday", A, "2011-04-22", "2011-04-22", "2011-04-22", PRO,
   ["Excessive force against protesters", "Protest with intervention"], PROT_SY + SEC_SY, SEC_SY + PROT_SY, SY, RIF,
   ["Darayya", "Daraya"], 9,
   evidence="Another nine were killed in the Damascus suburb of Moadamiyeh")
ev("zamalka-great-friday", A, "2011-04-22", "2011-04-22", "2011-04-22", PRO,
   ["Excessive force against protesters", "Protest with intervention"], PROT_SY + SEC_SY, SEC_SY + PROT_SY, SY, RIF,
   (), 7, evidence="and seven in the nearby suburb of Zamalka")
ev("syria-great-friday-aggregate", A, "2011-04-22", "2011-04-22", "2011-04-22", PRO,
   ["Excessive force against protesters"], PROT_SY + SEC_SY, SEC_SY + PROT_SY, SY, [""], (), None, req=False,
   evidence="leaving at least 112 people dead (other groups: 88) across the country (country-level aggregate that "
            "overlaps the named rows)")
ev("jableh-overnight-arrests", A, "2011-04-24", "2011-04-23", "2011-04-24", STR, ["Arrests"],
   SEC_SY, ["Civilians (Syria)", "Protesters (Syria)", ""], SY, ["Latakia", "Lattakia", "Al Ladhiqiyah"],
   ["Jablah", "Jableh", ""], 0, req=False,
   evidence="security agents also swept through neighborhoods of the coastal city of Jableh overnight, arresting "
            "dozens of young men (not notable persons)")

DROP = {
    "sudan_khartoum_dabanga": ["Radio Dabanga", "Home", "News", "Sudan", "Darfur", "Kordofan", "Economy", "Multimedia",
                               "About us", "Share this article", "Facebook", "Twitter", "WhatsApp", "Related",
                               "Sudan's resistance committees unveil political charter",
                               "Khartoum pharmacists join strike over insecurity",
                               "Radio Dabanga is a project of the Free Press Unlimited foundation"],
    "lebanon_tleil_lorientoday": ["L'Orient Today", "Lebanon", "Region", "Economy", "Culture", "Opinion", "Podcasts",
                                  "Subscribe", "Log in", "Related", "Central Bank ends fuel subsidies, sparking panic",
                                  "Army raids fuel depots in the Bekaa and North", "Share", "Facebook", "Twitter",
                                  "WhatsApp", "© 2021 L'Orient Today. All rights reserved."],
    "nigeria_calabar_premiumtimes": ["Premium Times", "Home", "News", "Top News", "Headlines", "Politics", "Business",
                                     "Health", "Investigations", "Opinion", "Related News",
                                     "#EndSARS: Lagos reopens schools, lifts curfew partially",
                                     "Palliatives: Looters raid warehouses in Plateau, Adamawa", "Share this:",
                                     "Twitter", "Facebook", "WhatsApp",
                                     "Support PREMIUM TIMES' journalism of integrity and credibility"],
    "pakistan_chakdara_tribune": ["The Express Tribune", "Home", "Pakistan", "Business", "World", "Opinion", "Sports",
                                  "Life & Style", "Tech", "Read more", "PTI leaders picked up in overnight raids",
                                  "Army deployed in Punjab after violent protests",
                                  "Like Pakistan on Facebook, follow @TribunePakistan on Twitter to stay informed and "
                                  "join in the conversation."],
    "palestine_hebron_maannews": ["Ma'an News Agency", "Home", "Palestine", "Israel", "Middle East", "Economy",
                                  "Culture", "Opinion", "Videos", "Tags: Hebron, Nablus, Protests, Economy", "Share",
                                  "Facebook", "Twitter", "Print", "Related stories",
                                  "Fayyad: I am ready to resign if the people want it",
                                  "PA to pay half salaries after Israel delays tax transfer"],
    "syria_izraa_ap": ["Copyright 2011 The Associated Press. All rights reserved. This material may not be published, "
                       "broadcast, rewritten or redistributed."],
}
EITHER = {
    "sudan_omdurman_reuters": ["By Khalid Abdelaziz",
                               "(Additional reporting by Nadine Awadalla in Cairo; Writing by Aidan Lewis; Editing by "
                               "Alison Williams)"],
    "sudan_khartoum_dabanga": ["KHARTOUM", "January 19 - 2022"],
    "iraq_baghdad_afp": ["mam-sf/jm"],
    "lebanon_tleil_lorientoday": ["By Tala Ramadan", "16 August 2021 | 08:30"],
    "nigeria_calabar_premiumtimes": ["By Ekemini Simon, Calabar", "October 26, 2020"],
    "pakistan_chakdara_tribune": ["Hidayat Khan", "May 11, 2023", "Published in The Express Tribune, May 11th, 2023."],
    "palestine_hebron_maannews": ["Published Tuesday 11/09/2012 (updated) 11/09/2012 14:02"],
    "syria_izraa_ap": ["By ZEINA KARAM, Associated Press",
                       "Associated Press writers Elizabeth A. Kennedy in Beirut and Bassem Mroue contributed to this "
                       "report."],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout231; protests, riots, strikes and "
                             "crackdowns 2011-2023), coded by CODEBOOK.md before the system was run (BLIND).",
               drop=DROP, either=EITHER)
