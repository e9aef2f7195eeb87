"""Writes gold.json for the 223rd held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 30).

    python bench/heldout223/make_gold.py

Topic: Pakistan 2009-2018 — TTP bombings in Peshawar and the South Waziristan offensive (2009), the Ahmadi
mosque attacks in Lahore (2010), the Kamra air base raid and the Babusar bus massacre (2012), the Quetta
university-bus bombing, hospital siege and Ziarat residency attack (2013), the Baloch unrest after the Turbat
killings (2009), the Upper Dir cross-border raid and the Ilyas Kashmiri drone strike (2011), the Aasia Bibi
protests and the killing of Samiul Haq (2018), and the Sakhi Sarwar shrine bombing (2011).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

PK = "Pakistan"
MIL = ["Military Forces of Pakistan", "Pakistan Army", "Pakistani Army", "Pakistan Armed Forces",
       "Frontier Corps", "Pakistan Air Force"]
POL = ["Police Forces of Pakistan", "Pakistan Police"]
SEC = MIL + POL
TTP = ["Tehrik-i-Taliban Pakistan", "TTP", "Tehreek-e-Taliban Pakistan", "Tehrik-e-Taliban Pakistan",
       "Tehreek-i-Taliban Pakistan", "Pakistani Taliban", "Taliban", "TTP: Tehrik-i-Taliban Pakistan"]
UAG = ["Unidentified Armed Group (Pakistan)"]
CIV = ["Civilians (Pakistan)"]
PROT = ["Protesters (Pakistan)"]
RIOT = ["Rioters (Pakistan)"]
KP = ["Khyber Pakhtunkhwa", "KP", "Khyber-Pakhtunkhwa", "North-West Frontier Province", "North West Frontier Province",
      "NWFP"]
FATA = KP + ["Federally Administered Tribal Areas", "FATA"]
SWA = ["South Waziristan Agency", "South Waziristan", "South Waziristan District"]
PUN = ["Punjab"]
BAL = ["Balochistan", "Baluchistan"]
SIND = ["Sind", "Sindh"]
GB = ["Gilgit-Baltistan", "Northern Areas"]
ISL = ["Islamabad", "Islamabad Capital Territory", "Federal Capital Territory"]
PESH = ["Peshawar"]

# ---------------------------------------------------------------- Reuters, 2009-10-29 (Thu), Peshawar
A = "pakistan_peshawar_reuters"
ev("meena-bazaar-car-bomb", A, "2009-10-28", "2009-10-28", "2009-10-28", EXP, ["Remote explosive/landmine/IED"],
   UAG + TTP, CIV, PK, KP, PESH, 105,
   evidence="A car bomb ripped through a crowded market in the old quarter of ... Peshawar on Wednesday, killing at "
            "least 105 people ... Police put the death toll at 105 ... had risen to 117 ... detonated by remote control "
            "(Taliban denial does not negate the attack; lowest specific figure 105)")
ev("khyber-bazaar-car-bomb", A, "2009-10-09", "2009-10-09", "2009-10-09", EXP,
   ["Remote explosive/landmine/IED", "Suicide bomb"], UAG + TTP, CIV, PK, KP, PESH, 49,
   evidence="On Oct. 9, a car bomb exploded near a bus stand in the Khyber Bazaar area ... killing 49 people "
            "(20 days before publication: inside the 30-day window)")
ev("peshawar-police-building-suicide", A, "2009-10-16", "2009-10-16", "2009-10-16", EXP, ["Suicide bomb"],
   UAG + TTP, POL + CIV, PK, KP, PESH, 13,
   evidence="on Oct. 16, a suicide bomber rammed an explosives-laden vehicle into the wall of a police investigation "
            "building in the city's cantonment, killing 13 people, most of them policemen")
ev("kaniguram-fighting", A, "2009-10-29", "2009-10-28", "2009-10-29", BAT, ["Armed clash"],
   MIL + TTP + ["Islamic Movement of Uzbekistan"], TTP + MIL + ["Islamic Movement of Uzbekistan"], PK, FATA, SWA, 20,
   evidence="troops had killed 18 militants in the past 24 hours in fighting around Kaniguram ... and that two soldiers "
            "had also died")
ev("sararogha-jet-strikes", A, "2009-10-29", "2009-10-28", "2009-10-29", EXP, ["Air/drone strike"],
   MIL, TTP + [""], PK, FATA, SWA, None,
   evidence="Jet fighters pounded militant hideouts near Sararogha overnight ... without giving details of casualties")
ev("kotkai-retaken", A, "2009-10-24", "2009-10-24", "2009-10-24", BAT, ["Government regains territory"],
   MIL, TTP + [""], PK, FATA, SWA, None,
   evidence="On Saturday, soldiers took control of Kotkai, the home village of Pakistani Taliban leader Hakimullah "
            "Mehsud, after several days of fighting")
ev("waziristan-offensive-launched", A, "2009-10-17", "2009-10-17", "2009-10-17", STR,
   ["Change to group/activity", "Other"], MIL, TTP + [""], PK, FATA, SWA, None, req=False,
   evidence="the army launched a ground offensive against Taliban strongholds in South Waziristan on Oct. 17, sending "
            "some 28,000 troops (a deployment 12 days before publication; a coder may treat it as context)")

# ---------------------------------------------------------------- Dawn, 2010-05-29 (Sat), Lahore
A = "pakistan_lahore_dawn"
TTPP = ["Tehrik-i-Taliban Punjab", "Punjabi Taliban", "Tehreek-e-Taliban Punjab"] + TTP + UAG
AHM = CIV + ["Ahmadiyya Muslim Group (Pakistan)", "Ahmadis (Pakistan)", "Ahmadi Muslim Group (Pakistan)",
             "Ahmadiyya Community", "Jamaat-i-Ahmadiyya"]
LHR = ["Lahore"]
ev("garhi-shahu-attack", A, "2010-05-28", "2010-05-28", "2010-05-28", VAC, ["Attack"],
   TTPP, AHM, PK, PUN, LHR, 56,
   evidence="At Darul Zikr in Garhi Shahu, three gunmen shot their way past the guards ... fired indiscriminately at "
            "worshippers ... Officials said 56 people were killed at Garhi Shahu")
ev("garhi-shahu-as-suicide-bomb", A, "2010-05-28", "2010-05-28", "2010-05-28", EXP, ["Suicide bomb", "Grenade"],
   TTPP, AHM + POL, PK, PUN, LHR, None, req=False,
   evidence="two of the attackers blew themselves up ... threw grenades from the minaret (same attack seen as an "
            "explosion)")
ev("garhi-shahu-siege-gunfight", A, "2010-05-28", "2010-05-28", "2010-05-28", BAT, ["Armed clash"],
   POL + TTPP, TTPP + POL, PK, PUN, LHR, None, req=False,
   evidence="Police commandos who surrounded the building exchanged fire with them for nearly three hours (may be "
            "folded into the attack)")
ev("model-town-attack", A, "2010-05-28", "2010-05-28", "2010-05-28", VAC, ["Attack"],
   TTPP, AHM, PK, PUN, LHR, 26,
   evidence="at Baitul Noor in Model Town, two attackers opened fire on the congregation and hurled grenades into the "
            "hall ... Twenty-six people died there")
ev("model-town-as-grenade", A, "2010-05-28", "2010-05-28", "2010-05-28", EXP, ["Grenade", "Suicide bomb"],
   TTPP, AHM, PK, PUN, LHR, None, req=False,
   evidence="hurled grenades into the hall (same attack seen as an explosion)")
ev("mall-facebook-rally", A, "2010-05-21", "2010-05-21", "2010-05-21", PRO, ["Peaceful protest"],
   PROT + ["Jamaat-e-Islami", "Jamaat-i-Islami", "JI"], [""], PK, PUN, LHR, 0,
   evidence="thousands of workers of religious parties marched on The Mall in Lahore against ... Facebook ... That "
            "rally, on May 21, ended peacefully outside the Punjab Assembly (8 days before: inside the window)")

# ---------------------------------------------------------------- AFP, 2012-08-17 (Fri), Kamra / Babusar
A = "pakistan_kamra_afp"
SHIA = CIV + ["Shia Muslim Group (Pakistan)", "Shiite Muslim Group (Pakistan)", "Shia Muslims (Pakistan)"]
ev("kamra-air-base-raid", A, "2012-08-16", "2012-08-16", "2012-08-16", BAT, ["Armed clash"],
   TTP + MIL, MIL + TTP, PK, PUN, ["Attock"], 10,
   evidence="Taliban militants ... stormed a major air force base ... before dawn on Thursday, sparking a gunbattle "
            "that left nine attackers and one member of the security forces dead (hospital: two; military figure kept)")
ev("babusar-bus-massacre", A, "2012-08-16", "2012-08-16", "2012-08-16", VAC, ["Attack"],
   TTP + UAG, SHIA, PK, KP + GB, ["Mansehra", "Diamer", ""], 20,
   evidence="gunmen in military fatigues stopped four buses ... near Babusar Top, on the mountain road between Naran in "
            "Mansehra district and Chilas ... 'They killed 20 people' ... 22 ... 25")
ev("gilgit-strike-march", A, "2012-08-17", "2012-08-17", "2012-08-17", PRO, ["Peaceful protest"],
   PROT + ["Shia Muslim Group (Pakistan)", "Shiite Muslim Group (Pakistan)"], [""], PK, GB, ["Gilgit"], 0,
   evidence="The bodies were flown to Gilgit on Friday, where shops ... were closed as Shiite groups observed a strike "
            "and several thousand people marched peacefully")
ev("skardu-shutdown", A, "2012-08-17", "2012-08-17", "2012-08-17", PRO, ["Peaceful protest"],
   PROT + ["Shia Muslim Group (Pakistan)", "Shiite Muslim Group (Pakistan)"], [""], PK, GB, ["Skardu"], 0,
   evidence="A similar shutdown was observed in Skardu, where hundreds of mourners gathered outside the press club")

# ---------------------------------------------------------------- Express Tribune, 2013-06-16 (Sun), Quetta / Ziarat
A = "pakistan_quetta_tribune"
LEJ = ["Lashkar-e-Jhangvi", "LeJ", "Lashkar-i-Jhangvi", "Lashkar-e-Jhangvi (LeJ)"] + UAG
BLA = ["Balochistan Liberation Army", "BLA", "Baloch Liberation Army", "BLA: Balochistan Liberation Army"]
QTA = ["Quetta"]
ev("sbk-university-bus-bombing", A, "2013-06-15", "2013-06-15", "2013-06-15", EXP,
   ["Suicide bomb", "Remote explosive/landmine/IED"], LEJ, CIV + ["Students (Pakistan)"], PK, BAL, QTA, 14,
   evidence="a bomb ripped through their university bus ... inside the campus of Sardar Bahadur Khan Women's "
            "University on Saturday afternoon ... Initial reports said 11 students had died, but the toll rose to 14 "
            "(later, confirmed toll of the same count; 14 kept)")
ev("bmc-suicide-blast", A, "2013-06-15", "2013-06-15", "2013-06-15", EXP, ["Suicide bomb"],
   LEJ, CIV + ["Government of Pakistan"] + SEC, PK, BAL, QTA, 6,
   evidence="A suicide bomber blew himself up in the emergency ward ... killing Deputy Commissioner Abdul Mansoor Khan "
            "Kakar, an assistant commissioner and four Frontier Corps personnel")
ev("bmc-gunbattle", A, "2013-06-15", "2013-06-15", "2013-06-15", BAT, ["Armed clash"],
   SEC + LEJ, LEJ + SEC, PK, BAL, QTA, 5,
   evidence="Troops of the Frontier Corps and police commandos fought them for nearly five hours ... Four attackers and "
            "a nurse were killed in the gunbattle")
ev("bmc-hostages", A, "2013-06-15", "2013-06-15", "2013-06-15", VAC, ["Attack", "Abduction/forced disappearance"],
   LEJ, CIV, PK, BAL, QTA, None, req=False,
   evidence="Gunmen then opened fire from the upper floors and held patients and nurses hostage (may be folded into "
            "the gunbattle)")
ev("ziarat-residency-bombed", A, "2013-06-15", "2013-06-15", "2013-06-15", EXP, ["Remote explosive/landmine/IED"],
   BLA, POL + ["", "Government of Pakistan"] + CIV, PK, BAL, ["Ziarat"], 1,
   evidence="separatist militants blew up the historic Quaid-e-Azam Residency in Ziarat ... shot dead a policeman "
            "guarding the wooden building before setting off at least four explosions shortly after 1am")
ev("ziarat-residency-as-destruction", A, "2013-06-15", "2013-06-15", "2013-06-15", STR,
   ["Looting/property destruction"], BLA, ["", "Government of Pakistan"] + POL + CIV, PK, BAL, ["Ziarat"], None,
   req=False, evidence="The fire that followed gutted the 120-year-old structure (same act seen as property destruction)")
ev("quetta-students-protest", A, "2013-06-16", "2013-06-16", "2013-06-16", PRO, ["Peaceful protest"],
   PROT + ["Students (Pakistan)"], [""], PK, BAL, QTA, 0,
   evidence="Hundreds of students ... staged a protest outside the Quetta Press Club on Sunday ... The rally dispersed "
            "peacefully")

# ---------------------------------------------------------------- BBC News, 2009-04-11 (Sat), Turbat / Balochistan
A = "pakistan_turbat_bbc"
BALOCH = CIV + ["Baloch National Movement", "BNM", "Baloch Ethnic Group (Pakistan)", "Balochistan National Party"]
KECH = ["Kech"]
ev("turbat-leaders-abducted", A, "2009-04-03", "2009-04-03", "2009-04-03", VAC, ["Abduction/forced disappearance"],
   UAG + MIL + ["Inter-Services Intelligence", "Government of Pakistan"], BALOCH, PK, BAL, KECH, 0,
   evidence="The three men were abducted on Friday 3 April by armed men in plain clothes who burst into the office of "
            "their lawyer ... next to the district court (in Turbat; 8 days before publication)")
ev("pidarak-leaders-killed", A, "2009-04-09", "2009-04-03", "2009-04-09", VAC, ["Attack"],
   UAG + MIL + ["Inter-Services Intelligence", "Government of Pakistan"], BALOCH, PK, BAL, KECH, 3, tp=2,
   evidence="The bullet-riddled bodies of Ghulam Mohammad Baloch ... Lala Munir ... and Sher Mohammad Baloch ... were "
            "discovered on Thursday near Pidarak ... dead for several days")
ev("turbat-riot", A, "2009-04-09", "2009-04-09", "2009-04-09", RIO, ["Violent demonstration"],
   RIOT + PROT, ["", "Government of Pakistan"] + SEC, PK, BAL, KECH, 0,
   evidence="In Turbat itself, angry crowds set fire to a bank, a post office and several government vehicles on "
            "Thursday evening")
ev("quetta-riot", A, "2009-04-10", "2009-04-10", "2009-04-10", RIO, ["Violent demonstration"],
   RIOT + PROT, POL + [""], PK, BAL, QTA, 1,
   evidence="In ... Quetta, hundreds of young men ... rampaged through the main bazaars on Friday, torching shops, "
            "banks and cars. Police fired tear gas and then live rounds ... One protester was killed")
ev("gwadar-march", A, "2009-04-10", "2009-04-10", "2009-04-10", PRO, ["Peaceful protest"],
   PROT, [""], PK, BAL, ["Gwadar"], 0,
   evidence="In the port town of Gwadar, several thousand people marched through the streets on Friday carrying black "
            "flags")
ev("khuzdar-strike", A, "2009-04-11", "2009-04-11", "2009-04-11", PRO, ["Peaceful protest"],
   PROT, [""], PK, BAL, ["Khuzdar"], 0,
   evidence="a complete strike was observed in Khuzdar on Saturday, with markets, petrol pumps and schools closed")
ev("sui-pipeline-blast", A, "2009-04-10", "2009-04-10", "2009-04-11", EXP, ["Remote explosive/landmine/IED"],
   ["Baloch Republican Army", "BRA", "BRA: Baloch Republican Army"] + UAG, [""], PK, BAL, ["Dera Bugti"], 0,
   evidence="suspected militants blew up a section of the main gas pipeline near Sui in Dera Bugti district late on "
            "Friday ... No-one was hurt")

# ---------------------------------------------------------------- AP, 2011-06-04 (Sat), Wana / Upper Dir
A = "pakistan_upperdir_ap"
USA = ["Military Forces of United States", "Military Forces of the United States", "US Military",
       "United States Military", "CIA", "Central Intelligence Agency", "Military Forces of United States of America"]
HUJI = ["Harakat-ul-Jihad Islami", "Harkat-ul-Jihad al-Islami", "HuJI", "Harakat-ul-Jihad-al-Islami",
        "Al Qaeda", "Al-Qaeda", "al-Qaida"] + ["Islamist Militia (Pakistan)"]
ev("ghwakhwa-drone-strike", A, "2011-06-03", "2011-06-03", "2011-06-04", EXP, ["Air/drone strike"],
   USA, HUJI + TTP + [""], PK, FATA, SWA, 9,
   evidence="A U.S. drone fired missiles into a compound in ... South Waziristan ... late Friday, killing nine militants "
            "including Ilyas Kashmiri ... in the Ghwakhwa area, some 20 kilometers south of Wana")
ev("shaltalu-cross-border-raid", A, "2011-06-01", "2011-06-01", "2011-06-01", BAT, ["Armed clash"],
   TTP + UAG + SEC, SEC + TTP + UAG, PK, KP, ["Upper Dir", "Dir"], 72,
   evidence="Between 200 and 300 fighters who crossed from Afghanistan's Kunar province before dawn Wednesday attacked "
            "a police post and homes in the village of Shaltalu ... Twenty-seven police officers and paramilitary "
            "troops were killed, along with 45 militants (earlier police toll 25 superseded)")
ev("shaltalu-gunship-strikes", A, "2011-06-02", "2011-06-02", "2011-06-02", EXP, ["Air/drone strike"],
   MIL, TTP + UAG + [""], PK, KP, ["Upper Dir", "Dir"], None,
   evidence="Helicopter gunships pounded militant positions in the hills above the village on Thursday ... no word on "
            "casualties")
ev("shabqadar-fc-centre-bombing", A, "2011-05-13", "2011-05-13", "2011-05-13", EXP, ["Suicide bomb"],
   TTP, MIL + CIV + POL, PK, KP, ["Charsadda"], 80,
   evidence="On May 13, two suicide bombers struck a paramilitary training center in Shabqadar, in the Charsadda "
            "district ... killing 80 people (22 days before publication: inside the window)")

# ---------------------------------------------------------------- The News, 2018-11-03 (Sat), Rawalpindi / TLP
A = "pakistan_rawalpindi_thenews"
TLP = ["Tehreek-e-Labbaik Pakistan", "TLP", "Tehreek-i-Labbaik Pakistan", "Tehrik-e-Labbaik Pakistan",
       "TLP: Tehreek-e-Labbaik Pakistan", "Tehreek-e-Labbaik Pakistan (TLP)"]
GOV = ["Government of Pakistan"]
ev("samiul-haq-stabbed", A, "2018-11-02", "2018-11-02", "2018-11-02", VAC, ["Attack"],
   UAG, CIV + ["Jamiat Ulema-e-Islam (S)", "JUI-S", "Jamiat Ulema-e-Islam-Sami", "Samiul Haq"], PK, PUN,
   ["Rawalpindi"], 1,
   evidence="Maulana Samiul Haq ... was stabbed to death at his residence in Rawalpindi's Bahria Town on Friday "
            "evening ... an unidentified assailant or assailants")
ev("tlp-government-agreement", A, "2018-11-02", "2018-11-02", "2018-11-03", STR, ["Agreement"],
   GOV + TLP, TLP + GOV + [""], PK, PUN + ISL, ["Lahore", ""], 0,
   evidence="Late on Friday night, a government team ... signed a five-point agreement with TLP leaders in Lahore ... "
            "the TLP called off its sit-ins")
ev("charing-cross-sit-in", A, "2018-11-02", "2018-10-31", "2018-11-02", PRO, ["Peaceful protest"],
   TLP + PROT, [""], PK, PUN, ["Lahore"], 0, tp=2,
   evidence="In Lahore, thousands staged a sit-in at Charing Cross on The Mall from Wednesday afternoon until the deal "
            "was announced")
ev("faizabad-interchange-blockade", A, "2018-11-02", "2018-10-31", "2018-11-02", PRO, ["Peaceful protest"],
   TLP + PROT, [""], PK, ISL + PUN, ["Rawalpindi", "Islamabad", ""], 0, tp=2,
   evidence="the Faizabad Interchange linking Rawalpindi and Islamabad remained blocked by protesters for three days")
ev("sheikhupura-gt-road-mob", A, "2018-11-01", "2018-11-01", "2018-11-01", RIO,
   ["Violent demonstration", "Mob violence"], RIOT + TLP + PROT, ["", "Civilians (Pakistan)"], PK, PUN,
   ["Sheikhupura", "Shekhupura"], 0,
   evidence="On Thursday, a mob of protesters on the GT Road near Sheikhupura set fire to more than a dozen motorcycles "
            "and a car and smashed the windows of buses")
ev("karachi-shahrah-e-faisal-teargas", A, "2018-11-01", "2018-11-01", "2018-11-01", PRO,
   ["Protest with intervention"], TLP + PROT, POL + [""], PK, SIND, (), 0,
   evidence="In Karachi, police fired tear gas on Thursday evening to clear demonstrators who had blocked "
            "Shahrah-e-Faisal near the airport, and briefly detained some 30 of them")

# ---------------------------------------------------------------- The Nation, 2011-04-04 (Mon), Sakhi Sarwar
A = "pakistan_sakhisarwar_nation"
JUIF = ["Jamiat Ulema-e-Islam (F)", "JUI-F", "Jamiat Ulema-e-Islam-Fazl", "Jamiat Ulema-e-Islam",
        "Jamiat Ulema-e-Islam (Fazl)", "Fazlur Rehman"] + CIV
DGK = ["Dera Ghazi Khan"]
ev("sakhi-sarwar-shrine-bombing", A, "2011-04-03", "2011-04-03", "2011-04-03", EXP, ["Suicide bomb"],
   TTP, CIV + ["Sufi Muslim Group (Pakistan)"], PK, PUN, DGK, 41,
   evidence="Two suicide bombers blew themselves up among thousands of devotees ... at the shrine ... Sakhi Sarwar, "
            "some 50 kilometres west of Dera Ghazi Khan on Sunday, killing at least 41 people ... toll had reached 50 "
            "(lowest specific figure 41)")
ev("sakhi-sarwar-third-bomber-stopped", A, "2011-04-03", "2011-04-03", "2011-04-03", STR,
   ["Disrupted weapons use", "Arrests"], POL + TTP, TTP + POL + [""], PK, PUN, DGK, 0, req=False,
   evidence="A third would-be bomber ... was overpowered by police before he could detonate his suicide jacket. Bomb "
            "disposal experts later defused the jacket (may be folded into the bombing)")
ev("charsadda-fazl-convoy-bombing", A, "2011-03-31", "2011-03-31", "2011-03-31", EXP, ["Suicide bomb"],
   UAG + TTP, JUIF, PK, KP, ["Charsadda"], 10,
   evidence="On Thursday, a suicide bomber targeted the convoy of ... Maulana Fazlur Rehman on the Charsadda-Mardan road "
            "near Charsadda, killing ten people")
ev("swabi-jui-gathering-bomb", A, "2011-03-30", "2011-03-30", "2011-03-30", EXP, ["Remote explosive/landmine/IED"],
   UAG + TTP, JUIF, PK, KP, ["Swabi"], 0,
   evidence="A day earlier, on Wednesday, a bomb planted near the venue of a JUI-F gathering in Swabi went off ... "
            "wounding three people")
ev("adezai-funeral-bombing", A, "2011-03-09", "2011-03-09", "2011-03-09", EXP, ["Suicide bomb"],
   UAG + TTP, CIV + ["Adezai Lashkar", "Adezai Peace Committee", "Peace Committee (Pakistan)"], PK, KP, PESH, 37,
   evidence="Last month, on March 9, a suicide bomber blew himself up at a funeral in Adezai village on the outskirts of "
            "Peshawar, killing 37 people (26 days before publication: inside the window)")
ev("dg-khan-shutter-down-rally", A, "2011-04-04", "2011-04-04", "2011-04-04", PRO, ["Peaceful protest"],
   PROT + ["Sunni Tehreek", "Sunni Tehrik"], [""], PK, PUN, DGK, 0,
   evidence="On Monday, traders in Dera Ghazi Khan observed a shutter-down strike and hundreds of people ... rallied "
            "outside the local press club ... The rally dispersed peacefully")

DROP = {
    "pakistan_lahore_dawn": ["DAWN.COM", "Home", "Latest", "Pakistan", "World", "Business", "Sport", "Editorial",
                             "Magazines", "Related", "Suicide bomber kills 12 in Peshawar market",
                             "Police clueless about Model Town attackers' handlers", "Comments (64)",
                             "Copyright © 2010, Dawn"],
    "pakistan_quetta_tribune": ["The Express Tribune", "Home", "Pakistan", "Balochistan", "World", "Business",
                                "Life & Style", "Opinion", "Share", "Tweet", "Email", "Related Stories",
                                "Balochistan budget to be presented on Tuesday",
                                "Ziarat residency: a monument to the Quaid", "Follow The Express Tribune on Twitter"],
    "pakistan_turbat_bbc": ["BBC NEWS", "Home", "News", "Sport", "Weather", "South Asia", "E-mail this to a friend",
                            "Printable version", "Bookmark with:", "Delicious", "Digg", "Facebook", "reddit",
                            "Related Internet links", "Baloch National Movement",
                            "The BBC is not responsible for the content of external internet sites"],
    "pakistan_rawalpindi_thenews": ["The News International", "Top Story", "National", "World", "Business", "Sports",
                                    "Opinion", "Related Stories", "Aasia Bibi acquitted: What the judgment says",
                                    "Faizabad sit-in: a year on", "© The News International. All rights reserved."],
    "pakistan_sakhisarwar_nation": ["The Nation", "Home", "National", "Lahore", "Islamabad", "Karachi", "Politics",
                                    "Editorials", "Columns", "Share this:", "Facebook", "Twitter", "Print",
                                    "© 2011 The Nation. All rights reserved."],
}
EITHER = {
    "pakistan_peshawar_reuters": ["By Alamgir Bitani and Kamran Haider",
                                  "(Additional reporting by Zeeshan Haider in Islamabad; Writing by Robert Birsel; "
                                  "Editing by Sanjeev Miglani)"],
    "pakistan_lahore_dawn": ["Asif Chaudhry | Intikhab Hanif", "Published May 29, 2010",
                             "Published in Dawn, May 29th, 2010"],
    "pakistan_kamra_afp": ["by Hasan Mansoor", "hm-sjd/ns"],
    "pakistan_quetta_tribune": ["Mohammad Zafar", "Published: June 16, 2013",
                                "Published in The Express Tribune, June 16th, 2013."],
    "pakistan_turbat_bbc": ["Page last updated at 14:22 GMT, Saturday, 11 April 2009 15:22 UK",
                            "By Syed Shoaib Hasan", "BBC News, Karachi"],
    "pakistan_upperdir_ap": ["By RIAZ KHAN and ASIF SHAHZAD", "Associated Press", "___",
                             "Associated Press writers Ishtiaq Mahsud in Dera Ismail Khan and Chris Brummitt in "
                             "Islamabad contributed to this report."],
    "pakistan_rawalpindi_thenews": ["Our Correspondents", "Saturday, Nov 03, 2018"],
    "pakistan_sakhisarwar_nation": ["April 04, 2011", "From Our Correspondent"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout223; Pakistan 2009-2018: TTP, sectarian "
                             "and Baloch attacks, army operations, protests), coded by CODEBOOK.md before the system "
                             "was run (BLIND).", drop=DROP, either=EITHER)
