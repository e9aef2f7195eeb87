"""Writes gold.json for the 289th held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 41).

    python bench/heldout289/make_gold.py

Topic: Iraq 2019-2020 — the Tishreen protest movement (assassinations and abductions of activists, burning of
party offices, live fire and tear gas on protesters, road and bridge blockades) and the rocket/IED campaign against
coalition sites and supply convoys in 2020.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402,F401
from gold_events import EVENTS as E  # noqa: E402

IQ = "Iraq"
UAG = ["Unidentified Armed Group (Iraq)"]
MIL = ["Unidentified Armed Group (Iraq)", "Popular Mobilization Forces", "PMF", "Hashd al-Shaabi",
       "Popular Mobilisation Forces", "Kataib Hezbollah", "Kata'ib Hizbullah", "Asaib Ahl al-Haq"]
CIV = ["Civilians (Iraq)"]
PROT = ["Protesters (Iraq)"]
RIOT = ["Rioters (Iraq)", "Protesters (Iraq)"]
ISF = ["Military Forces of Iraq", "Police Forces of Iraq", "Iraqi Security Forces", "Government of Iraq"]
POL = ["Police Forces of Iraq", "Military Forces of Iraq", "Iraqi Security Forces", "Government of Iraq"]
CTS = ["Military Forces of Iraq", "Counter-Terrorism Service", "Iraqi Counter-Terrorism Service",
       "Police Forces of Iraq", "Iraqi Security Forces", "Government of Iraq"]
BAGHDAD = ["Baghdad"]
BGD2 = ()  # Baghdad city spans several districts; the gazetteer gives "Al Rusafa" for the city point -> unscored
DHIQAR, NAS2 = ["Dhi Qar", "Thi-Qar", "Dhi-Qar"], ["Nassriya", "Nasiriyah", "Nasiriya", "An Nasiriyah"]
QAD, DIW2 = ["Al-Qadisiyyah", "Al-Qadisiyah", "Qadisiyah", "Diwaniyah", "Al Qadisiyah"], \
    ["Qada Diwaniya", "Diwaniya", "Diwaniyah", "Ad Diwaniyah"]

# ---------------------------------------------------------------- Amarah (AFP, 2019-11-07, Thu)
A = "iraq_amarah_afp"
MAYSAN, AMARA = ["Maysan", "Missan"], ["Amara", "Amarah", "Al 'Amarah", "Al-Amarah"]
ev("amarah-dahamat-assassinated", A, "2019-11-06", "2019-11-06", "2019-11-07", VAC, ["Attack"],
   UAG + MIL, CIV + PROT, IQ, MAYSAN, AMARA, 1,
   evidence="A prominent civil activist ... in the southern Iraqi city of Amarah was shot dead late on Wednesday by "
            "gunmen in a car with no number plates, barely 500 metres from the provincial police headquarters")
ev("amarah-funeral-march", A, "2019-11-07", "2019-11-07", "2019-11-07", PRO, ["Peaceful protest"],
   PROT, ["", "Government of Iraq"] + ISF, IQ, MAYSAN, AMARA, 0,
   evidence="On Thursday, hundreds of mourners carried the activist's coffin through the centre of Amarah to the "
            "sit-in outside the governorate building ... The march passed off peacefully")
ev("baghdad-rasheed-street-live-fire", A, "2019-11-06", "2019-11-06", "2019-11-06", PRO,
   ["Excessive force against protesters", "Protest with intervention"], ISF + PROT, PROT + ISF, IQ, BAGHDAD, BGD2, 2,
   evidence="security forces fired tear gas canisters and live rounds on Wednesday at protesters who were trying to "
            "push past concrete barriers on Al-Rasheed Street towards the Ahrar bridge ... two demonstrators were "
            "killed")
ev("baghdad-rasheed-street-as-riot", A, "2019-11-06", "2019-11-06", "2019-11-06", RIO, ["Violent demonstration"],
   RIOT, ISF + [""], IQ, BAGHDAD, BGD2, 2, req=False,
   evidence="protesters trying to push past concrete barriers (a coder may read this as a violent demonstration)")

# ---------------------------------------------------------------- Baghdad (France 24, 2019-12-12, Thu)
A = "iraq_baghdad_france24"
ev("baghdad-ali-al-lami-killed", A, "2019-12-11", "2019-12-10", "2019-12-11", VAC, ["Attack"],
   UAG + MIL, CIV + PROT, IQ, BAGHDAD, BGD2, 1,
   evidence="Ali al-Lami ... was seized on his way back to his sister's house in the al-Shaab district late on "
            "Tuesday ... His body was found at around 2:00 am on Wednesday ... three gunshot wounds to the head")
ev("kadhimiya-khairallah-amri-abducted", A, "2019-12-11", "2019-12-11", "2019-12-11", VAC,
   ["Abduction/forced disappearance"], UAG + MIL + POL, CIV + PROT, IQ, BAGHDAD,
   ["Al-Kazimiyyah", "Kadhimiya", "Al Kadhimiya", "Karkh", ""], 0,
   evidence="Around noon on Wednesday, ... Salman Khairallah and Omar al-Amri, disappeared after going to al-Nawab "
            "street in the Kadhimiya district ... Some activists said they had been detained by uniformed men")
ev("kadhimiya-khairallah-amri-as-arrest", A, "2019-12-11", "2019-12-11", "2019-12-11", STR, ["Arrests"],
   POL, CIV + PROT, IQ, BAGHDAD, ["Al-Kazimiyyah", "Kadhimiya", "Al Kadhimiya", "Karkh", ""], 0, req=False,
   evidence="the same disappearance read as a detention by uniformed men (the ministry denies any arrest)")
ev("baghdad-zahra-ali-killed", A, "2019-12-02", "2019-12-02", "2019-12-02", VAC,
   ["Attack", "Abduction/forced disappearance"], UAG + MIL, CIV + PROT, IQ, BAGHDAD, BGD2, 1,
   evidence="on December 2, when 19-year-old Zahra Ali ... was abducted in eastern Baghdad. Her tortured body was "
            "left outside the family home a few hours later")
ev("shula-jizani-run-over", A, "2019-12-11", "2019-12-11", "2019-12-12", VAC, ["Attack"],
   UAG, CIV + PROT, IQ, BAGHDAD, BGD2, 1, req=False,
   evidence="Late on Wednesday, another activist, Alaa Bashi al-Jizani, died in the al-Shula area after a car ran "
            "him over and sped away ... Police described it as a traffic accident")
ev("tahrir-protest-dec11", A, "2019-12-11", "2019-12-11", "2019-12-11", PRO, ["Peaceful protest"],
   PROT, ["", "Government of Iraq"], IQ, BAGHDAD, BGD2, 0,
   evidence="thousands of protesters again filled Tahrir Square on Wednesday ... There was no report of violence")

# ---------------------------------------------------------------- Nasiriyah (Anadolu, 2019-12-21, Sat)
A = "iraq_nasiriyah_anadolu"
ev("nasiriyah-isami-killed", A, "2019-12-19", "2019-12-19", "2019-12-19", VAC, ["Attack"],
   UAG + MIL, CIV + PROT, IQ, DHIQAR, NAS2, 1,
   evidence="Mohammed al-Isami, was shot several times on Thursday evening ... About an hour later the same night, "
            "gunmen on a motorcycle opened fire on a car carrying two other activists in central Nasiriyah (same "
            "day, place, type and actors: one event)")
ev("nasiriyah-party-offices-burned", A, "2019-12-20", "2019-12-20", "2019-12-20", RIO,
   ["Violent demonstration", "Mob violence"], RIOT, ["", "Dawa Party", "Badr Organization", "Badr Organisation",
                                                     "Civilians (Iraq)"], IQ, DHIQAR, NAS2, 0,
   evidence="Angry protesters set fire on Friday to the offices of several political parties in Nasiriyah ... Dawa "
            "Party and ... the Badr Organization ... No casualties were reported")
ev("nasiriyah-party-offices-as-destruction", A, "2019-12-20", "2019-12-20", "2019-12-20", STR,
   ["Looting/property destruction"], RIOT, ["", "Dawa Party", "Badr Organization", "Civilians (Iraq)"], IQ, DHIQAR,
   NAS2, 0, req=False, evidence="the office burning coded as property destruction")
ev("nasiriyah-civil-disobedience", A, "2019-12-21", "2019-12-21", "2019-12-21", PRO, ["Peaceful protest"],
   PROT, [""] + ISF, IQ, DHIQAR, NAS2, 0,
   evidence="On Saturday morning, demonstrators blocked the main bridges over the Euphrates with burning tires and "
            "closed government offices and schools in Nasiriyah ... Police did not intervene")
ev("shatra-civil-disobedience", A, "2019-12-21", "2019-12-21", "2019-12-21", PRO, ["Peaceful protest"],
   PROT, [""] + ISF, IQ, DHIQAR, ["Al-Shatra", "Shatra", "Ash Shatrah", "Al Shatra"], 0,
   evidence="and in the town of al-Shatra, 40 kilometers (25 miles) to the north")
ev("diwaniyah-tayeb-sticky-bomb", A, "2019-12-15", "2019-12-15", "2019-12-15", EXP,
             ["Remote explosive/landmine/IED"], UAG + MIL, CIV + PROT, IQ, QAD, DIW2, None,
             evidence="activist Thaer al-Tayeb remains in critical condition in hospital after an explosive device "
                      "planted under his car blew up last Sunday")
E[-1]["articles"].append("iraq_diwaniyah_alhurra")  # told again (with his death) by Alhurra on 25 Dec
NAS_OFFICES = [e for e in E if e["key"] == "nasiriyah-party-offices-burned"][0]
NAS_OFFICES["articles"].append("iraq_diwaniyah_alhurra")  # "Five days ago ... in Nasiriyah torched the offices"

# ---------------------------------------------------------------- Diwaniyah (Alhurra, 2019-12-25, Wed)
A = "iraq_diwaniyah_alhurra"
ev("diwaniyah-party-offices-burned", A, "2019-12-25", "2019-12-24", "2019-12-25", RIO,
   ["Violent demonstration", "Mob violence"], RIOT,
   ["", "Badr Organization", "Asaib Ahl al-Haq", "Dawa Party", "Hikma Movement", "Civilians (Iraq)"], IQ, QAD, DIW2,
   0, evidence="Protesters in ... Diwaniyah set fire to the offices of four Shiite parties and armed factions in the "
               "early hours of Wednesday ... Police said there were no deaths")
ev("diwaniyah-party-offices-as-destruction", A, "2019-12-25", "2019-12-24", "2019-12-25", STR,
   ["Looting/property destruction"], RIOT, ["", "Badr Organization", "Civilians (Iraq)"], IQ, QAD, DIW2, 0, req=False,
   evidence="the office burning coded as property destruction")
ev("diwaniyah-guards-fire-over-crowd", A, "2019-12-25", "2019-12-24", "2019-12-25", VAC, ["Attack"],
   MIL + ["Badr Organization", "Asaib Ahl al-Haq", "Dawa Party", "Hikma Movement"], PROT + RIOT, IQ, QAD, DIW2, 0,
   req=False, evidence="Guards at one of the offices fired live rounds over the heads of the crowd (may be folded "
                       "into the riot)")
ev("baghdad-qasim-expressway-blocked", A, "2019-12-25", "2019-12-25", "2019-12-25", PRO, ["Peaceful protest"],
   PROT, ["", "Police Forces of Iraq"], IQ, BAGHDAD, BGD2, 0,
   evidence="In Baghdad, protesters ... blocking the Mohammed al-Qasim expressway ... for several hours on Wednesday "
            "... Traffic police ... did not try to remove the demonstrators")

# ---------------------------------------------------------------- Basra (The National, 2020-05-11, Mon)
A = "iraq_basra_thenational"
BASRA, BASRA2 = ["Basra", "Basrah", "Al Basrah"], ["Basrah", "Basra"]
THAR = ["Thar Allah", "Thar Allah Islamic Movement", "Thar Allah Islamic Party", "Tharallah", "Thaar Allah",
        "Thar Allah Militia"] + UAG
ev("basra-thar-allah-shooting", A, "2020-05-10", "2020-05-10", "2020-05-11", VAC, ["Attack"],
   THAR, PROT + CIV + RIOT, IQ, BASRA, BASRA2, 1,
   evidence="a 20-year-old protester was shot dead and at least four others wounded when gunmen inside the building "
            "opened fire on a crowd outside ... late on Sunday")
ev("basra-thar-allah-shooting-as-protest", A, "2020-05-10", "2020-05-10", "2020-05-11", PRO,
   ["Excessive force against protesters", "Protest with intervention"], PROT + THAR, THAR + PROT + ISF, IQ, BASRA,
   BASRA2, 1, req=False, evidence="the same shooting coded from the protesters' side")
ev("basra-thar-allah-shooting-as-riot", A, "2020-05-10", "2020-05-10", "2020-05-11", RIO, ["Violent demonstration"],
   RIOT, THAR + [""], IQ, BASRA, BASRA2, 1, req=False,
   evidence="guards ... fired into the crowd after some protesters threw stones at the gate")
ev("basra-thar-allah-raid-arrests", A, "2020-05-11", "2020-05-11", "2020-05-11", STR, ["Arrests"],
   POL + CTS, THAR, IQ, BASRA, BASRA2, 0,
   evidence="Iraqi security forces raided the Basra headquarters of ... Thar Allah at dawn on Monday and arrested five "
            "of its members")
for place, key, adm1, adm2 in (("Tahrir Square in Baghdad", "baghdad-tahrir-may9", BAGHDAD, BGD2),
                               ("Nasiriyah", "nasiriyah-may9", DHIQAR, NAS2),
                               ("Diwaniyah", "diwaniyah-may9", QAD, DIW2)):
    ev(key, A, "2020-05-09", "2020-05-09", "2020-05-09", PRO, ["Peaceful protest"], PROT, ["", "Government of Iraq"],
       IQ, adm1, adm2, 0,
       evidence=f"On Saturday, hundreds of people returned to ... {place} ... in largely peaceful rallies")
ev("baghdad-jumhuriya-bridge-tear-gas", A, "2020-05-10", "2020-05-10", "2020-05-10", PRO,
   ["Protest with intervention", "Excessive force against protesters"], PROT + POL, POL + PROT, IQ, BAGHDAD, BGD2, 0,
   evidence="On Sunday, riot police in Baghdad fired tear gas to stop a group of young men who tried to remove "
            "concrete blocks on the Jumhuriya bridge")

# ---------------------------------------------------------------- Besmaya (Reuters, 2020-07-25, Sat)
A = "iraq_besmaya_reuters"
COAL = ["Coalition Forces", "Global Coalition Against Daesh", "Operation Inherent Resolve", "CJTF-OIR",
        "Military Forces of Spain", "Military Forces of the United States", "NATO"]
ev("besmaya-katyusha-rockets", A, "2020-07-24", "2020-07-24", "2020-07-24", EXP,
   ["Shelling/artillery/missile attack"], MIL, COAL + ISF + [""], IQ, BAGHDAD,
   ["", "Al-Mada'in", "Al Madain", "Mada'in"], 0,
   evidence="four Katyusha rockets slammed into the sprawling training complex ... on Friday afternoon, causing some "
            "material damage but no casualties ... launched from the al-Dainiyah area in neighbouring Diyala")
ev("besmaya-handover", A, "2020-07-25", "2020-07-25", "2020-07-25", STR,
   ["Headquarters or base established", "Non-violent transfer of territory", "Change to group/activity"],
   COAL + ISF, ISF + COAL + [""], IQ, BAGHDAD, ["", "Al-Mada'in", "Al Madain", "Mada'in"], 0,
   evidence="The U.S.-led coalition handed over the Besmaya military base south of Baghdad to Iraqi forces on Saturday")
ev("bathaa-road-convoy-ieds", A, "2020-07-22", "2020-07-22", "2020-07-22", EXP, ["Remote explosive/landmine/IED"],
   MIL, CIV + COAL + [""], IQ, DHIQAR, (), 0,
   evidence="On Wednesday, two roadside bombs exploded beside a convoy of Iraqi trucks carrying logistical supplies "
            "for U.S. forces on the al-Bathaa road in Dhi Qar province ... The drivers escaped unhurt")
ev("salahuddin-convoy-claimed-ied", A, "2020-07-19", "2020-07-13", "2020-07-19", EXP,
   ["Remote explosive/landmine/IED"], ["Ashab al-Kahf", "Ashab al-Kahf (Iraq)"] + MIL, CIV + COAL + [""], IQ,
   ["Salah ad-Din", "Salahuddin", "Salah al-Din", "Saladin"], (), 0, req=False, tp=2,
   evidence="Last week ... Ashab al-Kahf said it had destroyed a 'large logistical convoy' ... between Tikrit and "
            "Samarra ... The Samarra operations commander denied that any blast had occurred")
ev("green-zone-rocket-july5", A, "2020-07-05", "2020-07-05", "2020-07-05", EXP,
   ["Shelling/artillery/missile attack"], MIL, ["", "Civilians (Iraq)", "Military Forces of the United States",
                                                 "Government of the United States"], IQ, BAGHDAD, BGD2, 0,
   evidence="Early on July 5, a rocket fired towards the U.S. embassy was brought down ... a second landed on a house "
            "nearby, wounding a child")

# ---------------------------------------------------------------- Nasiriyah (Rudaw, 2020-09-21, Mon)
A = "iraq_nasiriyah_rudaw"
ev("nasiriyah-sajjad-al-iraqi-abducted", A, "2020-09-19", "2020-09-19", "2020-09-20", VAC,
   ["Abduction/forced disappearance"], MIL, CIV + PROT, IQ, DHIQAR, NAS2, 0,
   evidence="Sajjad al-Iraqi ... was snatched by gunmen in the city of Nasiriyah late on Saturday ... shot one of his "
            "companions, Bassem Falih ... gunshot wound to the leg")
ev("nasiriyah-bridges-sit-in", A, "2020-09-19", "2020-09-19", "2020-09-21", PRO, ["Peaceful protest"],
   PROT, ["", "Government of Iraq"] + ISF, IQ, DHIQAR, NAS2, 0,
   evidence="hundreds of protesters ... blocked the city's three main bridges ... late on Saturday, and the sit-ins "
            "continued throughout Sunday ... There were no reports of clashes")
ev("nasiriyah-bridges-sit-in-sunday", A, "2020-09-20", "2020-09-20", "2020-09-20", PRO, ["Peaceful protest"],
   PROT, ["", "Government of Iraq"] + ISF, IQ, DHIQAR, NAS2, 0, req=False,
   evidence="the sit-ins continued throughout Sunday (a per-day coder may add this row)")
ev("nasiriyah-bridges-sit-in-monday", A, "2020-09-21", "2020-09-21", "2020-09-21", PRO, ["Peaceful protest"],
   PROT, ["", "Government of Iraq"] + ISF, IQ, DHIQAR, NAS2, 0, req=False,
   evidence="as protesters kept the city's bridges closed for a third day (Monday)")
ev("sayed-dakhil-cts-deployment", A, "2020-09-21", "2020-09-21", "2020-09-21", STR,
   ["Change to group/activity", "Other"], CTS, MIL + ["", "Civilians (Iraq)"], IQ, DHIQAR, (), 0,
   evidence="Kadhimi on Monday dispatched a Counter-Terrorism Service force ... security forces ... threw a cordon "
            "around the Sayed Dakhil district")
ev("mansour-sheelan-dara-killed", A, "2020-09-15", "2020-09-15", "2020-09-16", VAC, ["Attack"],
   UAG + MIL, CIV, IQ, BAGHDAD, ["Karkh", "Al Karkh", "Mansour", ""], 3,
   evidence="On Tuesday night, pharmacist Sheelan Dara ... was killed alongside her father and mother when gunmen "
            "broke into the family's home in Baghdad's Mansour district")

DROP = {
    "iraq_baghdad_france24": ["FRANCE 24", "Live", "Africa", "Americas", "Asia-Pacific", "Europe", "Middle East",
                              "France", "Read more on FRANCE 24:",
                              "Iraq's Sistani warns against foreign meddling in choice of next PM",
                              "Hundreds of Iraqi protesters rally in Basra in defiance of curfew", "Share", "Facebook",
                              "Twitter", "© 2019 Copyright France 24 - All rights reserved."],
    "iraq_diwaniyah_alhurra": ["alhurra.com", "Iraq", "Arab World", "Economy", "Video", "Programs", "Related",
                               "Protesters block roads in southern Iraq as crisis over new PM deepens",
                               "UN envoy condemns wave of abductions targeting Iraqi activists", "Alhurra © 2019"],
    "iraq_basra_thenational": ["The National", "World", "MENA", "Gulf News", "Business", "Opinion", "Lifestyle",
                               "More from The National",
                               "Iraq's new prime minister Mustafa Al Kadhimi wins confidence vote",
                               "Coronavirus: Iraq extends curfew as cases rise"],
    "iraq_nasiriyah_rudaw": ["RUDAW", "Kurdistan", "Middle East", "World", "Opinion", "Interview", "TV", "Tags",
                             "Iraq", "Nasiriyah", "Sajjad al-Iraqi", "Protests", "Related stories",
                             "Basra protesters torch parliament office after activists killed",
                             "Iraqi security expert Husham al-Hashimi assassinated in Baghdad"],
    "iraq_nasiriyah_anadolu": ["Anadolu Agency website contains only a portion of the news stories offered to "
                               "subscribers in the AA News Broadcasting System (HAS), and in summarized form."],
}
EITHER = {
    "iraq_amarah_afp": ["str-ah/mm"],
    "iraq_baghdad_france24": ["Issued on: 12/12/2019 - 14:05", "Text by: NEWS WIRES",
                              "(FRANCE 24 with AFP and REUTERS)"],
    "iraq_diwaniyah_alhurra": ["December 25, 2019", "By Alhurra staff"],
    "iraq_basra_thenational": ["Mina Aldroubi", "May 11, 2020", "Updated: May 11, 2020 04:27 PM"],
    "iraq_nasiriyah_rudaw": ["21-09-2020", "Rudaw"],
    "iraq_nasiriyah_anadolu": ["Ali Jawad and Haydar Karaalp   |21.12.2019", "BAGHDAD"],
    "iraq_besmaya_reuters": ["By John Davison", "(Reporting by John Davison; Additional reporting by Aref Mohammed in "
                             "Basra; Editing by Frances Kerry)"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="Hand-written held-out articles (bench/heldout289; Iraq 2019-2020, Tishreen protests and "
                             "the rocket/IED campaign on coalition sites), coded by CODEBOOK.md before the system was "
                             "run (BLIND).", drop=DROP, either=EITHER)
