"""Writes gold.json for the 177th held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout177/make_gold.py

Focus: protests, riots and crackdowns (peaceful marches, protests with intervention, excessive force with
deaths, violent demonstrations that burn offices and airports, a mob attack on churches and homes) mixed with
the arrests, killings, clashes and mines that the same articles report in passing.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# ---------------------------------------------------------------- Ukraine (RFE/RL, 2017-12-06, Wed)
UA, A = "Ukraine", "ukraine_kyiv_rferl"
KYIV = ["Kyiv City", "Kyiv", "Kiev", "Kyiv Oblast", "Kyivska"]
SBU = ["Security Service of Ukraine", "SBU", "Police Forces of Ukraine", "Military Forces of Ukraine",
       "Government of Ukraine", "Prosecutor-General's Office"]
POL_UA = ["Police Forces of Ukraine", "National Police of Ukraine"] + SBU
MNF = ["Movement of New Forces", "Mikheil Saakashvili", "Saakashvili"]
PROT_UA = ["Protesters (Ukraine)"] + MNF
ev("saakashvili-detained-on-roof", A, "2017-12-05", "2017-12-05", "2017-12-05", STR, ["Arrests"],
   SBU, MNF + ["Civilians (Ukraine)", "Protesters (Ukraine)", "Civilians (Georgia)", ""], UA, KYIV, (), 0,
   evidence="SBU officers eventually pulled him down and led him ... to a white minibus ... Saakashvili had been "
            "detained on suspicion of assisting a criminal organization (Dec 5, Kostyolna Street)")
ev("kostyolna-van-freed", A, "2017-12-05", "2017-12-05", "2017-12-05", RIO, ["Violent demonstration"],
   ["Rioters (Ukraine)"] + PROT_UA, POL_UA + [""], UA, KYIV, (), 0,
   evidence="several hundred of his supporters surrounded the minibus ... tore up paving stones ... protesters threw "
            "stones and bottles ... broke the van's doors and a window ... 14 officers were injured ... No one was "
            "killed")
ev("kostyolna-van-as-intervention", A, "2017-12-05", "2017-12-05", "2017-12-05", PRO,
   ["Protest with intervention", "Excessive force against protesters"], PROT_UA, POL_UA + [""], UA, KYIV, (), 0,
   req=False, evidence="the same blockade read as a protest the police broke up with tear gas and batons")
ev("march-to-rada", A, "2017-12-05", "2017-12-05", "2017-12-05", PRO, ["Peaceful protest"],
   PROT_UA, [""], UA, KYIV, (), 0,
   evidence="led a column of about 2,000 supporters through the city center to the Verkhovna Rada ... The march and "
            "rally passed without incident")
ev("rada-tent-camp-wed", A, "2017-12-06", "2017-12-06", "2017-12-06", PRO, ["Peaceful protest"],
   PROT_UA, [""], UA, KYIV, (), 0, req=False,
   evidence="By the morning of December 6 ... was still at the protest camp, surrounded by supporters (the ongoing "
            "camp on the publication day)")

# ---------------------------------------------------------------- Afghanistan (TOLOnews, 2015-11-12, Thu)
AF, A = "Afghanistan", "afghanistan_kabul_tolonews"
PROT_AF = ["Protesters (Afghanistan)", "Hazara Ethnic Group (Afghanistan)", "Civilians (Afghanistan)"]
AF_STATE = ["Military Forces of Afghanistan", "Police Forces of Afghanistan", "Presidential Protection Service",
            "Government of Afghanistan"]
DADULLAH = ["Taliban (Dadullah Faction)", "Dadullah Faction", "Mansour Dadullah Faction", "Taliban Dadullah Faction",
            "High Council of the Islamic Emirate", "Islamic Movement of Uzbekistan", "IMU", "Islamic State",
            "Islamic State (Afghanistan)", "Islamic State Khorasan Province", "ISKP",
            "Unidentified Armed Group (Afghanistan)", "Taliban"]
ev("kabul-coffin-march", A, "2015-11-11", "2015-11-11", "2015-11-11", PRO,
   ["Peaceful protest", "Protest with intervention"], PROT_AF, [""] + AF_STATE, AF, ["Kabul"], ["Kabul"], 0,
   evidence="Tens of thousands of people marched through Kabul on Wednesday carrying the coffins ... mostly peaceful "
            "... Palace guards fired shots into the air ... at least nine people were injured, most in the crush")
ev("zabul-seven-beheaded", A, "2015-11-07", "2015-11-03", "2015-11-07", VAC, ["Attack"],
   DADULLAH, ["Civilians (Afghanistan)", "Hazara Ethnic Group (Afghanistan)"], AF, ["Zabul"], ["Arghandab"], 7, tp=2,
   evidence="The seven - four men, two women and the girl ... Their bodies, some with their throats cut, were found on "
            "Saturday in Arghandab district of Zabul ... killed in the days before the bodies were found")
ev("arghandab-taliban-faction-clash", A, "2015-11-08", "2015-11-07", "2015-11-08", BAT, ["Armed clash"],
   ["Taliban"] + DADULLAH, DADULLAH + ["Taliban"], AF, ["Zabul"], ["Arghandab"], None, tp=2,
   evidence="heavy fighting broke out over the weekend in Arghandab and neighbouring Khak-e-Afghan district between "
            "Dadullah's faction and Taliban fighters loyal to ... Mansour ... dozens of fighters had been killed")
ev("khakeafghan-taliban-faction-clash", A, "2015-11-08", "2015-11-07", "2015-11-08", BAT, ["Armed clash"],
   ["Taliban"] + DADULLAH, DADULLAH + ["Taliban"], AF, ["Zabul"],
   ["Kakar", "Khak-e Afghan", "Khak-e-Afghan", "Khaki Afghan"],
   None, tp=2, req=False,
   evidence="the same weekend fighting in the second named district (rule 1 would split it; a coder may keep one row)")
ev("ghazni-governor-sitin", A, "2015-11-09", "2015-11-09", "2015-11-09", PRO, ["Peaceful protest"],
   PROT_AF, [""], AF, ["Ghazni"], ["Ghazni"], 0,
   evidence="The bodies were taken to Ghazni city on Monday, where thousands of people staged a sit-in outside the "
            "provincial governor's office")
ev("bamyan-rally", A, "2015-11-11", "2015-11-11", "2015-11-11", PRO, ["Peaceful protest"],
   PROT_AF, [""], AF, ["Bamyan", "Bamian"], ["Bamyan", "Bamian"], 0,
   evidence="Smaller, peaceful rallies were also held on Wednesday in Bamyan")
ev("herat-un-office-rally", A, "2015-11-11", "2015-11-11", "2015-11-11", PRO, ["Peaceful protest"],
   PROT_AF, [""], AF, ["Herat"], ["Herat"], 0,
   evidence="and in Herat city, where demonstrators gathered outside the UN office")

# ---------------------------------------------------------------- Sudan (Radio Dabanga, 2021-10-31, Sun)
SD, A = "Sudan", "sudan_omdurman_dabanga"
SD_FORCES = ["Military Forces of Sudan", "Rapid Support Forces", "RSF", "Police Forces of Sudan",
             "Sudanese Armed Forces", "Joint Forces (Sudan)"]
PROT_SD = ["Protesters (Sudan)", "Resistance Committees", "Sudanese Resistance Committees",
           "Forces for Freedom and Change"]
ev("omdurman-march-shooting", A, "2021-10-30", "2021-10-30", "2021-10-30", PRO,
   ["Excessive force against protesters"], SD_FORCES, PROT_SD, SD, ["Khartoum"], ["Omdurman"], 2,
   evidence="two of the victims were killed by live bullets in Omdurman, near the El Arbaeen street and the Wad Nubawi "
            "area, where joint forces of the army and the ... RSF fired on marchers")
ev("bahri-march-shooting", A, "2021-10-30", "2021-10-30", "2021-10-30", PRO,
   ["Excessive force against protesters"], SD_FORCES + ["Unidentified Armed Group (Sudan)"], PROT_SD, SD,
   ["Khartoum"], (), 1,
   evidence="The third, a young man, was shot in the chest in Khartoum North (Bahri) on the El Mo'asasa street, and "
            "died in hospital later in the evening")
ev("palace-march-teargas", A, "2021-10-30", "2021-10-30", "2021-10-30", PRO,
   ["Protest with intervention", "Excessive force against protesters"], PROT_SD, SD_FORCES, SD, ["Khartoum"],
   ["Khartoum"], 0,
   evidence="In central Khartoum, thousands ... who tried to march on the Republican Palace were met with volleys of "
            "tear gas and stun grenades ... beat protesters ... detained several young men")
ev("atbara-march", A, "2021-10-30", "2021-10-30", "2021-10-30", PRO, ["Peaceful protest"],
   PROT_SD, [""], SD, ["River Nile"], ["Atbara"], 0,
   evidence="In Atbara, the capital of River Nile state, a huge crowd marched to the railway station square")
ev("wad-madani-march", A, "2021-10-30", "2021-10-30", "2021-10-30", PRO, ["Peaceful protest"],
   PROT_SD, [""], SD, ["Al Jazirah", "Gezira", "El Gezira", "Al Gezira"], (), 0,
   evidence="A large peaceful procession was also reported from Wad Madani, the capital of El Gezira state")
ev("coup-day-general-command-shooting", A, "2021-10-25", "2021-10-25", "2021-10-25", PRO,
   ["Excessive force against protesters"], SD_FORCES, PROT_SD, SD, ["Khartoum"], ["Khartoum"], 7,
   evidence="On the day of the takeover, Monday, soldiers fired on crowds that had gathered outside the army General "
            "Command in Khartoum, killing seven people")
ev("hamdok-detained", A, "2021-10-25", "2021-10-25", "2021-10-25", STR, ["Arrests"],
   SD_FORCES, ["Government of Sudan", "Abdalla Hamdok", "Civilians (Sudan)", "Forces for Freedom and Change", ""],
   SD, ["Khartoum"], ["Khartoum"], 0,
   evidence="Early that Monday, soldiers detained Prime Minister Abdalla Hamdok at his residence in Khartoum, "
            "together with several ministers and members of the Sovereignty Council")

# ---------------------------------------------------------------- Pakistan (Dawn, 2023-08-17, Thu)
PK, A = "Pakistan", "pakistan_jaranwala_dawn"
PUNJAB = ["Punjab"]
MOB_PK = ["Rioters (Pakistan)", "Muslim Group (Pakistan)", "Tehreek-e-Labbaik Pakistan", "TLP"]
CHR_PK = ["Civilians (Pakistan)", "Christian Group (Pakistan)", "Christians (Pakistan)", ""]
PROT_PK = ["Protesters (Pakistan)", "Christian Group (Pakistan)", "Civilians (Pakistan)"]
ev("jaranwala-churches-homes-torched", A, "2023-08-16", "2023-08-16", "2023-08-16", RIO, ["Mob violence"],
   MOB_PK, CHR_PK, PK, PUNJAB, ["Faisalabad"], 0,
   evidence="A charged mob set fire to several churches and ransacked dozens of houses belonging to Christians in "
            "Jaranwala tehsil of Faisalabad district on Wednesday ... No loss of life was reported")
ev("jaranwala-as-looting", A, "2023-08-16", "2023-08-16", "2023-08-16", STR, ["Looting/property destruction"],
   MOB_PK, CHR_PK, PK, PUNJAB, ["Faisalabad"], 0, req=False,
   evidence="the same attack read as looting/burning without a clash (houses looted and torched)")
ev("jaranwala-rangers-called-in", A, "2023-08-16", "2023-08-16", "2023-08-16", STR, ["Change to group/activity"],
   ["Pakistan Rangers", "Rangers", "Military Forces of Pakistan", "Punjab Rangers", "Government of Pakistan"], [""],
   PK, PUNJAB, ["Faisalabad"], 0, req=False,
   evidence="The Punjab government called in Rangers on Wednesday afternoon (deployment)")
ev("lahore-press-club-protest", A, "2023-08-17", "2023-08-17", "2023-08-17", PRO, ["Peaceful protest"],
   PROT_PK, [""], PK, PUNJAB, ["Lahore"], 0,
   evidence="On Thursday, members of the Christian community staged a protest outside the Lahore Press Club ... ended "
            "peacefully")
ev("karachi-press-club-protest", A, "2023-08-17", "2023-08-17", "2023-08-17", PRO, ["Peaceful protest"],
   PROT_PK, [""], PK, ["Sind", "Sindh"], (), 0,
   evidence="A similar demonstration was held outside the Karachi Press Club (same day as the Lahore protest)")

# ---------------------------------------------------------------- Palestine (AP, 2022-09-21, Wed)
PS, A = "Palestine", "westbank_nablus_ap"
WB = ["West Bank"]
PA = ["Police Forces of Palestine", "Palestinian Authority", "Police Forces of Palestine (Palestinian Authority)",
      "Military Forces of Palestine", "Palestinian Security Forces", "Palestinian Authority Security Forces"]
MIL_PS = ["Hamas", "Lions' Den", "Lions Den", "Areen al-Usud", "Unidentified Armed Group (Palestine)"]
RIOT_PS = ["Rioters (Palestine)", "Protesters (Palestine)"] + MIL_PS
ev("shtayyeh-tbeileh-arrested", A, "2022-09-19", "2022-09-19", "2022-09-19", STR, ["Arrests"],
   PA, MIL_PS + ["Civilians (Palestine)", "Musab Shtayyeh", ""], PS, WB, ["Nablus"], 0,
   evidence="late Monday after Palestinian Authority security forces detained Musab Shtayyeh, a Hamas member ... and "
            "another militant, Ameed Tbeileh, in a raid on a house")
ev("nablus-clashes-yaish-killed", A, "2022-09-20", "2022-09-19", "2022-09-20", RIO, ["Violent demonstration"],
   RIOT_PS, PA + [""], PS, WB, ["Nablus"], 1, tp=2,
   evidence="young men took to the streets, setting tires ablaze ... Gunmen fired at the headquarters ... The clashes "
            "continued through Tuesday. Firas Yaish, 53, was shot and killed ... on Tuesday afternoon")
ev("nablus-clashes-monday-night", A, "2022-09-19", "2022-09-19", "2022-09-19", RIO, ["Violent demonstration"],
   RIOT_PS, PA + [""], PS, WB, ["Nablus"], 0, req=False,
   evidence="the Monday-night part of the unrest as its own day")
ev("nablus-gunmen-vs-pa", A, "2022-09-20", "2022-09-19", "2022-09-20", BAT, ["Armed clash"],
   MIL_PS + PA, PA + MIL_PS, PS, WB, ["Nablus"], None, req=False,
   evidence="Gunmen fired at the headquarters of the Palestinian security forces ... Security forces responded with "
            "tear gas and live fire (the gunfire read as a battle; the death is not attributed)")
ev("nablus-strike-march", A, "2022-09-20", "2022-09-20", "2022-09-20", PRO, ["Peaceful protest"],
   ["Protesters (Palestine)", "Hamas"], [""], PS, WB, ["Nablus"], 0,
   evidence="By evening ... several hundred people marched through the old city chanting against the Palestinian "
            "Authority. The march ended without further incident")
ev("jalameh-exchange-of-fire", A, "2022-09-14", "2022-09-14", "2022-09-14", BAT, ["Armed clash"],
   ["Military Forces of Israel", "Unidentified Armed Group (Palestine)", "Military Forces of Palestine"],
   ["Unidentified Armed Group (Palestine)", "Military Forces of Israel", "Military Forces of Palestine"],
   PS, WB, ["Jenin"], 3,
   evidence="Last Wednesday, an Israeli army officer and two Palestinian gunmen were killed in an exchange of fire "
            "near the Jalameh crossing north of Jenin")

# ---------------------------------------------------------------- Mali (Reuters, 2016-04-19, Tue)
ML, A = "Mali", "mali_kidal_reuters"
UN_ML = ["MINUSMA", "United Nations Multidimensional Integrated Stabilization Mission in Mali", "United Nations",
         "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali"]
RIOT_ML = ["Rioters (Mali)", "Protesters (Mali)"]
FR = ["Military Forces of France", "Operation Barkhane", "Barkhane"]
ev("kidal-airport-stormed", A, "2016-04-18", "2016-04-18", "2016-04-18", RIO, ["Violent demonstration"],
   RIOT_ML, UN_ML + FR + [""], ML, ["Kidal"], ["Kidal"], 2,
   evidence="Two people were killed ... on Monday when hundreds of protesters ... stormed the town's airport ... tore "
            "down part of the perimeter fence, set fire to a fuel store and a hangar")
ev("kidal-women-sitin", A, "2016-04-19", "2016-04-19", "2016-04-19", PRO, ["Peaceful protest"],
   ["Protesters (Mali)", "Women (Mali)"], [""], ML, ["Kidal"], ["Kidal"], 0,
   evidence="On Tuesday morning, several hundred women gathered peacefully in front of the governorate building")
ev("tessalit-mine-french-convoy", A, "2016-04-12", "2016-04-12", "2016-04-12", EXP, ["Remote explosive/landmine/IED"],
   ["Unidentified Armed Group (Mali)", "Ansar Dine", "AQIM", "Al Qaeda in the Islamic Maghreb"], FR, ML, ["Kidal"],
   ["Tessalit"], 3,
   evidence="three French soldiers were killed last Tuesday when their armoured vehicle struck a landmine near "
            "Tessalit ... Two died on the spot and the third succumbed")
ev("barkhane-kidal-arrests", A, "2016-04-16", "2016-04-16", "2016-04-17", STR, ["Arrests"],
   FR, ["Civilians (Mali)", "Unidentified Armed Group (Mali)", ""], ML, ["Kidal"], ["Kidal"], 0, req=False,
   evidence="French troops ... detained several men during an operation in and around Kidal on Saturday night (not "
             "notable persons)")

# ---------------------------------------------------------------- Iraq (AFP, 2017-12-20, Wed)
IQ, A = "Iraq", "iraq_ranya_afp"
SULAY = ["Sulaymaniyah", "As Sulaymaniyah", "Sulaimaniyah", "Slemani"]
SULAY_CITY = ["Qada' as Sulaymaniyah", "Sulaymaniyah", "As Sulaymaniyah", "Sulaimaniyah"]
ERBIL = ["Erbil", "Arbil"]
RIOT_IQ = ["Rioters (Iraq)", "Protesters (Iraq)"]
KRG = ["Police Forces of Iraq (Kurdistan Regional Government)", "Kurdistan Regional Government",
       "Police Forces of Kurdistan Regional Government", "Asayish", "Police Forces of Iraq",
       "Military Forces of Iraq (Kurdistan Regional Government)", "Peshmerga"]
PARTIES = ["Kurdistan Democratic Party", "KDP", "Patriotic Union of Kurdistan", "PUK", "Gorran", "Goran",
           "Gorran Movement", "Civilians (Iraq)"]
ev("sulaymaniyah-governorate-stoned", A, "2017-12-18", "2017-12-18", "2017-12-18", RIO, ["Violent demonstration"],
   RIOT_IQ, KRG + [""], IQ, SULAY, SULAY_CITY, 0,
   evidence="The protests began on Monday in Sulaimaniyah ... Some protesters threw stones at the building and tried "
            "to break through its gates, and police responded with tear gas and water cannon")
ev("sulaymaniyah-monday-as-intervention", A, "2017-12-18", "2017-12-18", "2017-12-18", PRO,
   ["Protest with intervention"], ["Protesters (Iraq)"], KRG, IQ, SULAY, SULAY_CITY, 0, req=False,
   evidence="the Monday march of teachers and civil servants read as a protest dispersed with tear gas")
ev("ranya-party-offices-burned", A, "2017-12-19", "2017-12-19", "2017-12-19", RIO, ["Violent demonstration"],
   RIOT_IQ, PARTIES + KRG + [""], IQ, SULAY, ["Rania", "Ranya", "Raniya"], 3,
   evidence="On Tuesday, demonstrators in the town of Ranya ... set fire to the offices ... Guards ... opened fire "
            "on the crowd, and three protesters were killed in Ranya")
ev("takiya-puk-office-burned", A, "2017-12-19", "2017-12-19", "2017-12-19", RIO, ["Violent demonstration"],
   RIOT_IQ, PARTIES + KRG + [""], IQ, SULAY, ["Chamchamal"], 2,
   evidence="Two more people died of gunshot wounds in Takiya, a small town near Chamchamal, where protesters stormed "
            "and burned a PUK office")
ev("piramagrun-offices-burned", A, "2017-12-19", "2017-12-19", "2017-12-19", RIO, ["Violent demonstration"],
   RIOT_IQ, PARTIES + KRG + [""], IQ, SULAY, (), 0,
   evidence="In Piramagrun, north of Sulaimaniyah city, crowds threw stones at party buildings and set several of them "
            "ablaze ... No deaths")
ev("koya-kdp-office-torched", A, "2017-12-19", "2017-12-19", "2017-12-19", RIO, ["Violent demonstration"],
   RIOT_IQ, PARTIES + KRG + [""], IQ, ERBIL, ["Koisnjaq", "Koysinjaq", "Koya", "Koisanjaq"], 0,
   evidence="in Koya, in neighbouring Arbil province, a KDP office was torched and local security forces fired tear "
            "gas")
ev("sulaymaniyah-wednesday-dispersal", A, "2017-12-20", "2017-12-20", "2017-12-20", PRO,
   ["Protest with intervention"], ["Protesters (Iraq)"], KRG, IQ, SULAY, SULAY_CITY, 0,
   evidence="On Wednesday ... Police fired tear gas and briefly detained dozens of people, including several "
            "journalists, when a few hundred protesters tried to gather near the Saray building")

# ---------------------------------------------------------------- Burkina Faso (Al Jazeera, 2015-09-18, Fri)
BF, A = "Burkina Faso", "burkina_ouagadougou_aljazeera"
RSP = ["RSP", "Regiment of Presidential Security", "Presidential Security Regiment", "Military Forces of Burkina Faso",
       "Military Forces of Burkina Faso (2015) Regiment of Presidential Security", "National Council for Democracy"]
PROT_BF = ["Protesters (Burkina Faso)", "Balai Citoyen", "Le Balai Citoyen"]
CENTRE = ["Centre"]
ev("ouaga-rsp-fire-on-protesters", A, "2015-09-17", "2015-09-17", "2015-09-17", PRO,
   ["Excessive force against protesters"], RSP, PROT_BF, BF, CENTRE, ["Kadiogo"], 3,
   evidence="three bodies with bullet wounds had been brought in on Thursday ... RSP patrolled the streets ... and "
            "fired live rounds at groups of young people ... blowing whistles and chanting slogans (opposition 'at "
            "least six' unverified)")
ev("place-de-la-revolution-dispersed", A, "2015-09-16", "2015-09-16", "2015-09-16", PRO,
   ["Protest with intervention", "Excessive force against protesters"], PROT_BF, RSP, BF, CENTRE, ["Kadiogo"], 0,
   evidence="On Wednesday evening, hundreds of people who had gathered at the Place de la Revolution ... were "
            "dispersed by soldiers who fired into the air and used batons")
ev("kafando-zida-detained", A, "2015-09-16", "2015-09-16", "2015-09-16", STR, ["Arrests"],
   RSP, ["Government of Burkina Faso", "Michel Kafando", "Isaac Zida", "Civilians (Burkina Faso)", ""], BF, CENTRE,
   ["Kadiogo"], 0,
   evidence="RSP soldiers burst into a cabinet meeting at the Kosyam presidential palace and detained interim "
            "President Michel Kafando, Prime Minister Isaac Zida and two ministers")
ev("diendere-junta-declared", A, "2015-09-17", "2015-09-17", "2015-09-17", STR,
   ["Change to group/activity", "Other", "Non-violent transfer of territory"], RSP, ["Government of Burkina Faso", ""],
   BF, CENTRE, ["Kadiogo"], 0, req=False,
   evidence="On Thursday morning, an officer announced on state television that a 'National Council for Democracy' had "
            "dissolved the transitional institutions ... Diendere ... named its leader")
ev("radio-omega-ransacked", A, "2015-09-17", "2015-09-17", "2015-09-17", STR, ["Looting/property destruction"],
   RSP, ["Civilians (Burkina Faso)", "Radio Omega", "Journalists (Burkina Faso)", ""], BF, CENTRE, ["Kadiogo"], 0,
   evidence="soldiers stormed the offices of the private broadcaster Radio Omega ... on Thursday, smashed transmitters "
            "and set fire to a car parked outside")
ev("bobo-dioulasso-march", A, "2015-09-17", "2015-09-17", "2015-09-17", PRO, ["Peaceful protest"],
   PROT_BF, [""], BF, ["Hauts-Bassins"], ["Houet"], 0,
   evidence="In Bobo-Dioulasso ... thousands of people marched through the streets on Thursday ... ended peacefully")
ev("koudougou-protest", A, "2015-09-17", "2015-09-16", "2015-09-17", PRO, ["Peaceful protest"],
   PROT_BF, [""], BF, ["Centre-Ouest"], ["Boulkiemde"], 0,
   evidence="Residents of Koudougou said a similar protest had been held there without incident (day implied: "
            "Thursday, like Bobo-Dioulasso)")

DROP = {
    "ukraine_kyiv_rferl": ["RFE/RL", "Ukraine", "Russia", "Belarus", "Central Asia", "Caucasus", "Multimedia",
                           "Share", "Facebook", "Twitter", "Email", "Related",
                           "Ukrainian Parliament Protest Camp Enters Second Month",
                           "Saakashvili Crosses Into Ukraine With Help Of Supporters",
                           "Lutsenko Releases Audio He Says Implicates Saakashvili",
                           "Copyright (c) 2017. RFE/RL, Inc. All Rights Reserved."],
    "afghanistan_kabul_tolonews": ["TOLOnews", "Home", "Afghanistan", "Business", "Sport", "Opinion", "Programs",
                                   "Live TV", "Share on Facebook", "Share on Twitter", "Related Stories:",
                                   "Ghani Vows Justice For Zabul Victims",
                                   "Seven Hazara Hostages Killed In Zabul: Officials",
                                   "(c) 2015 TOLOnews. All rights reserved."],
    "sudan_omdurman_dabanga": ["Radio Dabanga", "Home", "News", "Sudan", "Darfur", "Kordofan", "Economy", "Agriculture",
                               "Features", "Share", "Related",
                               "Sudan coup: Hamdok under house arrest as protesters block roads",
                               "Sudanese doctors: Seven killed as troops open fire on protesters", "Tags", "Sudan coup",
                               "March of Millions", "CCSD", "Radio Dabanga © 2021"],
    "pakistan_jaranwala_dawn": ["DAWN.COM", "Home", "Latest", "Pakistan", "Business", "Opinion", "World", "Sport",
                                "Prism", "Videos", "Facebook", "Twitter", "WhatsApp", "Email", "Read more",
                                "Govt vows to rebuild Jaranwala churches", "Editorial: Terror in Jaranwala",
                                "Comments (112)", "Closed", "Copyright © 2023, Dawn"],
    "westbank_nablus_ap": ["___", "Copyright 2022 The Associated Press. All rights reserved."],
    "mali_kidal_reuters": ["World News", "Business", "Markets", "Politics", "Tech", "Commentary"],
    "burkina_ouagadougou_aljazeera": ["Al Jazeera", "News", "Middle East", "Africa", "Asia", "US & Canada", "Features",
                                      "Opinion", "Read more", "Burkina Faso's presidential guard seizes power",
                                      "Profile: General Gilbert Diendere", "Burkina Faso: The uprising one year on",
                                      "Follow Al Jazeera English:", "© 2015 Al Jazeera Media Network"],
}
EITHER = {
    "ukraine_kyiv_rferl": ["By Christopher Miller and RFE/RL's Ukrainian Service", "December 06, 2017 09:14 GMT"],
    "afghanistan_kabul_tolonews": ["Written by Fawad Hakimi", "12 November 2015"],
    "sudan_omdurman_dabanga": ["October 31 - 2021 KHARTOUM / OMDURMAN / ATBARA"],
    "pakistan_jaranwala_dawn": ["Imran Gabol | Asif Chaudhry", "Published August 17, 2023",
                                "Published in Dawn, August 17th, 2023"],
    "westbank_nablus_ap": ["By SAMI HADDAD and DAN ALON", "September 21, 2022",
                           "Associated Press writer Tamar Levy in Jerusalem contributed to this report."],
    "mali_kidal_reuters": ["By Moussa Ag Sidi", "April 19, 2016 | 3:52 PM GMT",
                           "(Reporting by Moussa Ag Sidi in Bamako and Claire Dumont in Paris; Writing by Peter "
                           "Halloran; Editing by Sarah Collins)"],
    "iraq_ranya_afp": ["bur-sk/jmm/ras"],
    "burkina_ouagadougou_aljazeera": ["18 Sep 2015", "Source: Al Jazeera and news agencies"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout177; protests and riots), coded by "
                             "CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
