"""Writes gold.json for the 257th held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 36).

    python bench/heldout257/make_gold.py

Focus: Pakistan 2007-2009 — the Lal Masjid siege, the lawyers' movement (Constitution Avenue, 29 Sept 2007),
Rah-e-Rast in Swat/Shangla/Lower Dir, the Loisam battle in Bajaur, the first days of Rah-e-Nijat in South
Waziristan, US drone strikes in North and South Waziristan, and bombings in Peshawar, Lahore and Quetta.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

PK = "Pakistan"
KP = ["Khyber Pakhtunkhwa", "North-West Frontier", "North West Frontier Province", "NWFP",
      "Federally Administered Tribal Areas", "FATA"]
ISB = ["Islamabad", "Islamabad Capital Territory"]
PUN = ["Punjab"]
SIND = ["Sind", "Sindh"]
BAL = ["Balochistan", "Baluchistan"]
MIL = ["Military Forces of Pakistan", "Frontier Corps", "Pakistan Army", "Pakistan Rangers", "Rangers",
       "Special Services Group"]
POL = ["Police Forces of Pakistan", "Islamabad Police", "Punjab Police"]
GOV = ["Government of Pakistan"]
TTP = ["Tehrik-i-Taliban Pakistan", "TTP", "Tehrik-e-Taliban Pakistan", "Tehreek-e-Taliban Pakistan",
       "Taliban", "Pakistani Taliban", "Islamist Militia (Pakistan)"]
SWAT_TAL = TTP + ["TNSM", "Tehreek-e-Nafaz-e-Shariat-e-Mohammadi", "Tehrik-i-Nifaz-i-Shariat-i-Muhammadi",
                  "Swat Taliban"]
UAG = ["Unidentified Armed Group (Pakistan)"]
CIV = ["Civilians (Pakistan)"]
PROT = ["Protesters (Pakistan)", "Lawyers (Pakistan)"]
US = ["Military Forces of the United States", "Military Forces of United States", "CIA",
      "Military Forces of the United States of America", "Central Intelligence Agency"]
AQ = ["Al Qaeda", "Al-Qaeda", "al Qaeda"]
LM = ["Lal Masjid Militants", "Lal Masjid", "Lal Masjid Students", "Red Mosque Militants", "Jamia Hafsa",
      "Islamist Militia (Pakistan)", "Unidentified Armed Group (Pakistan)", "Students (Pakistan)"]

# ---------------------------------------------------------------- Islamabad (Reuters, 2007-07-05, Thu)
A = "pakistan_islamabad_reuters"
ev("lal-masjid-clashes", A, "2007-07-03", "2007-07-03", "2007-07-03", BAT, ["Armed clash"],
   LM + MIL + POL, MIL + POL + LM, PK, ISB, (), 16,
   evidence="The standoff erupted into violence on Tuesday when about 150 students ... attacked a police picket ... "
            "Rangers responded with tear gas and the students opened fire ... The government said 16 people had been "
            "killed in Tuesday's clashes ... The mosque administration said more than 50")
ev("lal-masjid-ministry-burned", A, "2007-07-03", "2007-07-03", "2007-07-03", STR, ["Looting/property destruction"],
   LM, [""] + GOV, PK, ISB, (), 0, req=False,
   evidence="The students set fire to the nearby Environment Ministry building and a health centre (may be folded "
            "into the clash)")
ev("abdul-aziz-arrested", A, "2007-07-04", "2007-07-04", "2007-07-04", STR, ["Arrests"],
   MIL + POL + GOV, LM + ["Abdul Aziz", "Maulana Abdul Aziz", ""], PK, ISB, (), 0,
   evidence="Pakistani security forces arrested the chief cleric of Islamabad's Red Mosque as he tried to slip out of "
            "the besieged complex disguised in a woman's burqa on Wednesday evening")
ev("lal-masjid-overnight-firing", A, "2007-07-05", "2007-07-04", "2007-07-05", BAT, ["Armed clash"],
   MIL + LM, LM + MIL, PK, ISB, (), 0,
   evidence="Sporadic gunfire and at least eight loud explosions were heard around the mosque overnight as troops ... "
            "traded fire with militants on the minarets ... one soldier was wounded. There was no word of deaths.")
ev("chinese-workers-abducted", A, "2007-06-23", "2007-06-23", "2007-06-23", VAC, ["Abduction/forced disappearance"],
   LM, ["Civilians (China)", "Civilians (International)", "Civilians (Pakistan)"], PK, ISB, (), 0,
   evidence="students kidnapped six Chinese women and a Chinese man from an acupuncture and massage centre in "
            "Islamabad's F-8 sector on June 23 ... freed unharmed the next day (12 days before publication)")
ev("lahore-lal-masjid-protest", A, "2007-07-04", "2007-07-04", "2007-07-04", PRO, ["Peaceful protest"],
   ["Protesters (Pakistan)"], [""], PK, PUN, ["Lahore"], 0,
   evidence="The cleric's supporters held small protests in Lahore and Quetta on Wednesday ... there was no violence")
ev("quetta-lal-masjid-protest", A, "2007-07-04", "2007-07-04", "2007-07-04", PRO, ["Peaceful protest"],
   ["Protesters (Pakistan)"], [""], PK, BAL, ["Quetta"], 0,
   evidence="The cleric's supporters held small protests in Lahore and Quetta on Wednesday ... there was no violence")

# ---------------------------------------------------------------- Islamabad lawyers (Dawn, 2007-09-30, Sun)
A = "pakistan_constitutionavenue_dawn"
ev("election-commission-baton-charge", A, "2007-09-29", "2007-09-29", "2007-09-29", PRO,
   ["Protest with intervention", "Excessive force against protesters"],
   PROT + POL, POL + PROT + [""], PK, ISB, (), 0,
   evidence="Hundreds of black-coated lawyers and journalists were beaten, teargassed and stoned by riot police ... on "
            "Constitution Avenue on Saturday as they tried to march from the Supreme Court to the Election Commission")
ev("election-commission-as-riot", A, "2007-09-29", "2007-09-29", "2007-09-29", RIO, ["Violent demonstration"],
   ["Rioters (Pakistan)"] + PROT, POL + [""], PK, ISB, (), 0, req=False,
   evidence="12 policemen had also been hurt when some protesters hurled back stones (the same march seen as a riot)")
ev("ali-ahmad-kurd-arrested", A, "2007-09-29", "2007-09-29", "2007-09-29", STR, ["Arrests"],
   POL + GOV + MIL, ["Ali Ahmad Kurd", ""] + PROT, PK, ISB, (), 0,
   evidence="Plainclothesmen dragged away Baluchistan lawyer Ali Ahmad Kurd, a leading figure of the lawyers' movement, "
            "and bundled him into a police van")
ev("parliament-lodges-raid", A, "2007-09-29", "2007-09-29", "2007-09-29", STR, ["Arrests"],
   POL + GOV, ["Pakistan Muslim League (Nawaz)", "PML-N", "Jamaat-e-Islami", "Jamaat-i-Islami", ""] + PROT, PK, ISB,
   (), 0, req=False,
   evidence="Police also raided the Parliament Lodges and took away some two dozen workers of the PML-N and "
            "Jamaat-i-Islami (party workers, not notable persons)")
ev("tariq-azim-beaten", A, "2007-09-29", "2007-09-29", "2007-09-29", RIO, ["Mob violence", "Violent demonstration"],
   ["Rioters (Pakistan)", "Protesters (Pakistan)", "Journalists (Pakistan)"], GOV + ["Civilians (Pakistan)", ""],
   PK, ISB, (), 0,
   evidence="Angry journalists later surrounded Minister of State for Information Tariq Azim Khan ... and punched and "
            "kicked him")
ev("lahore-lawyers-march", A, "2007-09-29", "2007-09-29", "2007-09-29", PRO, ["Peaceful protest"],
   PROT, [""], PK, PUN, ["Lahore"], 0,
   evidence="In Lahore, several hundred lawyers marched from the Lahore High Court to the Punjab Assembly ... burnt an "
            "effigy of the president; the rally dispersed peacefully")
ev("karachi-lawyers-sit-in", A, "2007-09-29", "2007-09-29", "2007-09-29", PRO, ["Peaceful protest"],
   PROT + ["Journalists (Pakistan)"], [""], PK, SIND, (), 0,
   evidence="In Karachi, lawyers and journalists staged a sit-in outside the Sindh High Court and later at the Karachi "
            "Press Club")
ev("peshawar-lawyers-rally", A, "2007-09-29", "2007-09-29", "2007-09-29", PRO, ["Peaceful protest"],
   PROT, [""], PK, KP, ["Peshawar"], 0,
   evidence="Smaller rallies were held outside the Peshawar High Court and in Quetta")
ev("quetta-lawyers-rally", A, "2007-09-29", "2007-09-29", "2007-09-29", PRO, ["Peaceful protest"],
   PROT, [""], PK, BAL, ["Quetta"], 0,
   evidence="Smaller rallies were held outside the Peshawar High Court and in Quetta")
ev("tarbela-ghazi-ssg-bombing", A, "2007-09-13", "2007-09-13", "2007-09-13", EXP, ["Suicide bomb"],
   UAG + TTP, MIL, PK, KP, ["Haripur"], 20,
   evidence="a suicide bomber blew himself up in the mess of the army's Special Services Group at Tarbela Ghazi, in "
            "Haripur district, on September 13, killing 20 commandos (17 days before publication)")

# ---------------------------------------------------------------- Swat (AP, 2009-05-13, Wed)
A = "pakistan_swat_ap"
SWAT = ["Swat"]
ev("peochar-commando-landing", A, "2009-05-12", "2009-05-12", "2009-05-12", BAT, ["Armed clash"],
   MIL + SWAT_TAL, SWAT_TAL + MIL, PK, KP, SWAT, None,
   evidence="Pakistani commandos dropped by helicopters into the mountainous Peochar valley on Tuesday ... met 'stiff "
            "resistance' ... an unspecified number of militants had been killed")
ev("peochar-fighting-continues", A, "2009-05-13", "2009-05-13", "2009-05-13", BAT, ["Armed clash"],
   MIL + SWAT_TAL, SWAT_TAL + MIL, PK, KP, SWAT, None, req=False,
   evidence="fighting was continuing Wednesday (the same landing's second day)")
ev("matta-air-strikes", A, "2009-05-13", "2009-05-12", "2009-05-13", EXP, ["Air/drone strike"],
   MIL, SWAT_TAL + [""], PK, KP, SWAT, None,
   evidence="Residents ... in Matta said jets and helicopter gunships pounded suspected militant hideouts around the "
            "town overnight")
ev("banai-baba-airborne-assault", A, "2009-05-10", "2009-05-10", "2009-05-10", BAT,
   ["Armed clash", "Government regains territory"], MIL + SWAT_TAL, SWAT_TAL + MIL, PK, KP, ["Shangla"], 152,
   evidence="On Sunday, troops dropped onto the Banai Baba ziarat mountain in neighbouring Shangla district ... killed "
            "about 150 fighters. Two soldiers were killed")
ev("lower-dir-fort-raid", A, "2009-05-07", "2009-05-07", "2009-05-07", BAT, ["Armed clash"],
   SWAT_TAL + MIL, MIL + POL + SWAT_TAL, PK, KP, ["Lower Dir", "Dir"], 3,
   evidence="In Lower Dir ... Taliban fighters struck back last Thursday, raiding a paramilitary fort, killing three "
            "Frontier Corps soldiers and taking 10 policemen captive")
ev("lower-dir-policemen-captured", A, "2009-05-07", "2009-05-07", "2009-05-07", VAC,
   ["Abduction/forced disappearance"], SWAT_TAL, POL + MIL, PK, KP, ["Lower Dir", "Dir"], 0, req=False,
   evidence="taking 10 policemen captive ... still missing on Wednesday (may be folded into the raid)")

# ---------------------------------------------------------------- Bajaur (Daily Times, 2008-08-11, Mon)
A = "pakistan_bajaur_dailytimes"
BAJ = ["Bajaur Agency", "Bajaur"]
ev("loisam-convoy-ambush", A, "2008-08-07", "2008-08-07", "2008-08-07", BAT, ["Armed clash"],
   TTP + MIL, MIL + TTP, PK, KP, BAJ, 8,
   evidence="The fighting erupted on Thursday when militants surrounded and ambushed a convoy of around 200 FC "
            "personnel ... eight soldiers were killed and 15 wounded in the ambush ... Taliban claimed 'more than 80'")
ev("loisam-artillery", A, "2008-08-08", "2008-08-08", "2008-08-08", EXP, ["Shelling/artillery/missile attack"],
   MIL, TTP + [""], PK, KP, BAJ, None,
   evidence="On Friday, artillery at the Khar garrison shelled militant positions on the ridges around Loisam")
ev("loisam-air-strikes", A, "2008-08-09", "2008-08-09", "2008-08-09", EXP, ["Air/drone strike"],
   MIL, TTP + CIV + [""], PK, KP, BAJ, 7,
   evidence="Jets and helicopter gunships joined the battle on Saturday, bombing militant hideouts in Loisam ... 'more "
            "than 100 miscreants' ... Maulvi Omar said only seven of their fighters had died")
ev("rashakai-air-strike", A, "2008-08-09", "2008-08-09", "2008-08-09", EXP, ["Air/drone strike"],
   MIL, TTP + CIV + [""], PK, KP, BAJ, None, req=False,
   evidence="... and the nearby villages of Rashakai and Inayat Kali (second named village of the same raids)")
ev("inayat-kali-air-strike", A, "2008-08-09", "2008-08-09", "2008-08-09", EXP, ["Air/drone strike"],
   MIL, TTP + CIV + [""], PK, KP, BAJ, None, req=False,
   evidence="Tribesmen said at least one house was destroyed in Inayat Kali (third named village)")
ev("loisam-taken-by-taliban", A, "2008-08-10", "2008-08-10", "2008-08-10", BAT, ["Non-state actor overtakes territory"],
   TTP, MIL + [""], PK, KP, BAJ, 0,
   evidence="The Frontier Corps on Sunday withdrew its troops from the strategic Loisam area ... Local Taliban "
            "fighters moved into the abandoned FC positions and the Loisam bazaar within hours of the pullout")
ev("fc-withdraws-to-khar", A, "2008-08-10", "2008-08-10", "2008-08-10", STR, ["Change to group/activity"],
   MIL, [""] + TTP, PK, KP, BAJ, 0, req=False,
   evidence="withdrew its troops ... to the agency headquarters Khar (the withdrawal itself; folded into the takeover)")

# ---------------------------------------------------------------- South Waziristan (AFP, 2009-10-19, Mon)
A = "pakistan_southwaziristan_afp"
SWA = ["South Waziristan Agency", "South Waziristan"]
ev("spinkai-raghzai-taken", A, "2009-10-17", "2009-10-17", "2009-10-18", BAT, ["Government regains territory"],
   MIL, TTP + [""], PK, KP, SWA, 0,
   evidence="The army said it had taken control of Spinkai Raghzai ... late on Saturday ... No casualties were "
            "reported in the capture")
ev("sharwangi-clash-sunday", A, "2009-10-18", "2009-10-18", "2009-10-18", BAT, ["Armed clash"],
   MIL + TTP, TTP + MIL, PK, KP, SWA, None,
   evidence="Pakistani troops backed by jets and helicopter gunships battled Taliban fighters for a second day around "
            "Sharwangi in South Waziristan on Sunday")
ev("sharwangi-clash-saturday", A, "2009-10-17", "2009-10-17", "2009-10-17", BAT, ["Armed clash"],
   MIL + TTP, TTP + MIL, PK, KP, SWA, None, req=False,
   evidence="'for a second day' implies fighting at Sharwangi on Saturday too")
ev("rah-e-nijat-two-day-toll", A, "2009-10-18", "2009-10-17", "2009-10-18", BAT, ["Armed clash"],
   MIL + TTP, TTP + MIL, PK, KP, SWA, 65, req=False, tp=2,
   evidence="60 militants and five soldiers had been killed since the offensive ... began at dawn on Saturday "
            "(aggregate over the agency; may be attached to the Sharwangi row)")
ev("makeen-air-strikes", A, "2009-10-18", "2009-10-18", "2009-10-18", EXP, ["Air/drone strike"],
   MIL, TTP + [""], PK, KP, SWA, None,
   evidence="Fighter jets also bombed Taliban positions in Makeen ... and around Ladha on Sunday ... without giving "
            "casualty figures")
ev("ladha-air-strikes", A, "2009-10-18", "2009-10-18", "2009-10-18", EXP, ["Air/drone strike"],
   MIL, TTP + [""], PK, KP, SWA, None,
   evidence="Fighter jets also bombed Taliban positions in Makeen ... and around Ladha on Sunday")
ev("jandola-road-ieds", A, "2009-10-17", "2009-10-17", "2009-10-17", EXP, ["Remote explosive/landmine/IED"],
   TTP + UAG, MIL, PK, KP, SWA + ["Tank"], 2,
   evidence="On the first day of the operation, two soldiers were killed and eight wounded when roadside bombs hit "
            "military vehicles moving up from Jandola")
ev("peshawar-cia-station-bombing", A, "2009-10-16", "2009-10-16", "2009-10-16", EXP, ["Suicide bomb"],
   UAG + TTP, POL + CIV, PK, KP, ["Peshawar"], 13,
   evidence="On Friday, a suicide bomber rammed an explosives-laden car into a police station housing the Criminal "
            "Investigation Agency in Peshawar cantonment, killing 13 ... A police official later put the toll at 15")

# ---------------------------------------------------------------- Waziristan drones (The News, 2009-01-24, Sat)
A = "pakistan_mirali_thenews"
NWA = ["North Waziristan", "North Waziristan Agency"]
ev("zeraki-drone-strike", A, "2009-01-23", "2009-01-23", "2009-01-23", EXP, ["Air/drone strike"],
   US, TTP + AQ + CIV + [""], PK, KP, NWA, 8,
   evidence="three missiles hit the compound of a tribal elder, Khalil Khan Dawar, in Zeraki village near Mir Ali ... "
            "Intelligence officials said eight people were killed ... Local tribesmen put the death toll at ten")
ev("gangi-khel-drone-strike", A, "2009-01-23", "2009-01-23", "2009-01-23", EXP, ["Air/drone strike"],
   US, CIV + TTP + [""], PK, KP, SWA, 5,
   evidence="two more missiles struck a house in the Gangi Khel area ... west of Wana ... the malik, three of his sons "
            "and a grandson were killed")
ev("fizzagat-suicide-car-bomb", A, "2009-01-23", "2009-01-23", "2009-01-23", EXP, ["Suicide bomb"],
   SWAT_TAL + UAG, MIL, PK, KP, ["Swat"], 2,
   evidence="two soldiers were killed on Friday when a suicide bomber rammed an explosives-laden car into a security "
            "forces checkpoint in the Fizzagat area on the outskirts of Mingora")
ev("karikot-drone-strike", A, "2009-01-01", "2009-01-01", "2009-01-01", EXP, ["Air/drone strike"],
   US, AQ + [""], PK, KP, SWA, 2,
   evidence="on New Year's Day, when missiles destroyed a house at Karikot near Wana, killing two Kenyan al-Qaeda "
            "operatives (23 days before publication)")

# ---------------------------------------------------------------- Peshawar (BBC, 2008-12-06, Sat)
A = "pakistan_peshawar_bbc"
ev("qissa-khwani-car-bomb", A, "2008-12-05", "2008-12-05", "2008-12-05", EXP,
   ["Remote explosive/landmine/IED", "Suicide bomb"], UAG + TTP, CIV, PK, KP, ["Peshawar"], 21,
   evidence="The blast went off on Friday evening near a Shia mosque close to the historic Qissa Khwani bazaar ... "
            "Police put the death toll at 21, but a doctor ... said 27 bodies")
ev("stephen-vance-killed", A, "2008-11-12", "2008-11-12", "2008-11-12", VAC, ["Attack"],
   UAG + TTP, ["Civilians (United States)", "Civilians (International)"] + CIV, PK, KP, ["Peshawar"], 2,
   evidence="an American aid worker, Stephen Vance, and his Pakistani driver were shot dead ... in the upmarket "
            "University Town area on 12 November (24 days before publication)")
ev("shabqadar-checkpoint-bombing", A, "2008-11-12", "2008-11-12", "2008-11-12", EXP, ["Suicide bomb"],
   UAG + TTP, MIL, PK, KP, ["Charsadda"], 5,
   evidence="a suicide bomber drove his vehicle into an army checkpoint in the town of Shabqadar, about 25km north of "
            "Peshawar, killing five soldiers")

# ---------------------------------------------------------------- Lahore (The Nation, 2009-12-08, Tue)
A = "pakistan_lahore_nation"
ev("moon-market-twin-blasts", A, "2009-12-07", "2009-12-07", "2009-12-07", EXP,
   ["Remote explosive/landmine/IED", "Suicide bomb"], UAG + TTP, CIV, PK, PUN, ["Lahore"], 27,
   evidence="two bombs went off within seconds of each other in the crowded Moon Market of Allama Iqbal Town ... Rescue "
            "1122 ... 36 ... Capital City Police Officer ... said 27 deaths had been confirmed")
ev("peshawar-courts-suicide-bombing", A, "2009-12-07", "2009-12-07", "2009-12-07", EXP, ["Suicide bomb"],
   UAG + TTP, POL + CIV, PK, KP, ["Peshawar"], 10,
   evidence="Hours earlier, a suicide bomber blew himself up outside the district and sessions courts on Jail Road in "
            "Peshawar, killing ten people")
ev("quetta-motorcycle-bomb", A, "2009-12-07", "2009-12-07", "2009-12-07", EXP, ["Remote explosive/landmine/IED"],
   UAG + TTP, CIV, PK, BAL, ["Quetta"], 0,
   evidence="In Quetta, a bomb planted on a motorcycle went off near a rickshaw stand on Monday afternoon, wounding "
            "eight people")

DROP = {
    "pakistan_constitutionavenue_dawn": ["DAWN.COM", "Home", "Latest", "Pakistan", "World", "Business", "Sport",
                                         "Editorial", "Read more",
                                         "PPP, PML-N differ over resignations from assemblies",
                                         "Editorial: A black Saturday", "Comments (47)", "Copyright © 2007, Dawn"],
    "pakistan_bajaur_dailytimes": ["Daily Times", "Home", "National", "Editorial", "Op-Ed", "Business", "Sports",
                                   "Related Stories", "Taliban threaten to expand war to cities",
                                   "Relief camps set up in Lower Dir for Bajaur families", "Copyright Daily Times 2008"],
    "pakistan_mirali_thenews": ["The News International", "Home", "Top Story", "National", "World", "Business",
                                "Sports", "Editorial", "Print", "Email", "Related",
                                "US envoy Holbrooke to visit region next month",
                                "Government to protest missile strikes with Washington",
                                "© The News International 2009"],
    "pakistan_peshawar_bbc": ["BBC NEWS", "News Front Page", "Africa", "Americas", "Asia-Pacific", "Europe",
                              "Middle East", "South Asia", "E-mail this to a friend", "Printable version",
                              "Bookmark with:", "Delicious", "Digg", "Facebook", "MORE FROM SOUTH ASIA",
                              "Pakistan army 'retakes' key Bajaur town", "India steps up security after Mumbai"],
    "pakistan_lahore_nation": ["The Nation", "Home", "Lahore", "Karachi", "Islamabad", "National", "International",
                               "Politics", "Share this", "Facebook", "Twitter", "Related News",
                               "Peshawar court blast toll rises to 11", "Security beefed up at markets across Punjab"],
}
EITHER = {
    "pakistan_islamabad_reuters": ["By Zeeshan Haider", "(Additional reporting by Kamran Haider; Editing by Simon Denyer)"],
    "pakistan_constitutionavenue_dawn": ["Nasir Iqbal", "September 30, 2007 Sunday Ramazan 18, 1428",
                                         "Published in Dawn, September 30th, 2007"],
    "pakistan_swat_ap": ["By RIAZ KHAN, Associated Press Writer",
                         "Associated Press writers Munir Ahmad and Asif Shahzad in Islamabad contributed to this report."],
    "pakistan_bajaur_dailytimes": ["Monday, August 11, 2008", "Hasbanullah Khan"],
    "pakistan_southwaziristan_afp": ["sst-bm/jit"],
    "pakistan_mirali_thenews": ["Saturday, January 24, 2009", "Pir Zubair Shah & Mushtaq Yusufzai"],
    "pakistan_peshawar_bbc": ["Page last updated at 08:42 GMT, Saturday, 6 December 2008", "Analysis",
                              "The BBC's Barbara Plett in Islamabad"],
    "pakistan_lahore_nation": ["Our Staff Reporter", "December 08, 2009"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout257; Pakistan 2007-2009), coded by "
                             "CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
