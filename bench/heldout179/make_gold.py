"""Writes gold.json for the 179-th held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout179/make_gold.py

Focus: Nigeria 2014-2024 — the Giwa barracks assault in Maiduguri (2014), the Kano Farm Centre twin
suicide bombing (2015), the Nganzai funeral massacre (2019), Boko Haram/ISWAP's raid on Garkida (2020),
the Mutumji air strike in Zamfara (2022), the abduction and killing of an Anambra lawmaker (2022), the
Kwahaslalek attack in Mangu (2024) and the Birnin Magaji mass abduction (2024).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

NG = "Nigeria"
MIL_NG = ["Military Forces of Nigeria"]
AIR_NG = MIL_NG + ["Air Force of Nigeria", "Nigerian Air Force", "Military Forces of Nigeria (2015-2023)"]
POL_NG = ["Police Forces of Nigeria"]
CIV_NG = ["Civilians (Nigeria)"]
UAG_NG = ["Unidentified Armed Group (Nigeria)"]
BH = ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS",
      "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"] + UAG_NG
ISWAP = ["Islamic State West Africa Province", "ISWAP", "Islamic State (West Africa)", "Islamic State",
         "Islamic State West Africa Province (ISWAP)"]
JIHADISTS = BH + ISWAP          # 2016 onwards: the article says "Boko Haram" but either faction is plausible
CJTF = ["Civilian Joint Task Force", "CJTF", "Civilian JTF", "Vigilantes (Nigeria)", "Vigilante Group (Nigeria)",
        "Vigilantes"]
BANDITS = UAG_NG + ["Bandits (Nigeria)", "Bandits", "Bandit Militia (Nigeria)", "Armed Bandits (Nigeria)"]
FULANI_NG = ["Fulani Ethnic Militia (Nigeria)", "Fulani Herders", "Fulani Herdsmen", "Herders (Nigeria)",
             "Fulani Militia", "Fulani Pastoralist Militia (Nigeria)"]
HERDERS = UAG_NG + FULANI_NG
IPOB = ["IPOB: Indigenous People of Biafra", "Indigenous People of Biafra", "IPOB", "Eastern Security Network", "ESN",
        "Eastern Security Network (ESN)"]
GUNMEN_SE = UAG_NG + IPOB
KANO_NASARAWA = ["Nassarawa", "Nasarawa", "Tarauni", "Kano Municipal"]   # Farm Centre sits in the Nasarawa area

# ---------------------------------------------------------------- Giwa barracks (Reuters, 2014-03-15, Sat)
A = "nigeria_giwa_reuters"
ev("giwa-barracks-assault", A, "2014-03-14", "2014-03-14", "2014-03-14", BAT, ["Armed clash"],
   BH, MIL_NG, NG, ["Borno"], ["Maiduguri"], 50,
   evidence="Islamist militants stormed a military barracks in ... Maiduguri on Friday ... repelled with heavy losses "
            "... four soldiers were wounded. A military source put the number of insurgents killed at more than 100, "
            "but residents ... counted about 50 bodies (lowest specific figure → 50)")
ev("giwa-fauri-residents-attacked", A, "2014-03-14", "2014-03-14", "2014-03-14", VAC, ["Attack"],
   BH, CIV_NG, NG, ["Borno"], ["Maiduguri"], None, req=False,
   evidence="some of them opened fire on residents and set houses ablaze in the Fauri neighbourhood ... It was not "
            "clear how many people died there (on the way to the barracks; a coder may fold it into the assault)")
ev("giwa-escaped-detainees-shot", A, "2014-03-14", "2014-03-14", "2014-03-14", VAC, ["Attack"],
   MIL_NG + CJTF, CIV_NG + BH + ["Prisoners (Nigeria)", "Detainees (Nigeria)"], NG, ["Borno"], ["Maiduguri"], 56,
   evidence="Residents of the Mairi area ... soldiers arrived in two pickup trucks less than an hour after the attack "
            "and took away men who had gathered in a school building ... shot them ... He said he counted 56 bodies")
ev("giwa-fleeing-insurgents-bombed", A, "2014-03-14", "2014-03-14", "2014-03-14", EXP, ["Air/drone strike"],
   AIR_NG, BH, NG, ["Borno"], (), None, req=False,
   evidence="a security source said aircraft bombed groups of fleeing insurgents on the outskirts of the city. There "
            "was no independent confirmation (unconfirmed, toll unknown)")

# ---------------------------------------------------------------- Kano (AFP, 2015-11-19, Thu)
A = "nigeria_kano_afp"
ev("kano-farm-centre-twin-suicide-bombing", A, "2015-11-18", "2015-11-18", "2015-11-18", EXP, ["Suicide bomb"],
   BH, CIV_NG, NG, ["Kano"], KANO_NASARAWA, 17,
   evidence="Two female suicide bombers ... blew themselves up at ... the Farm Centre GSM market ... on Wednesday "
            "afternoon ... '15 people died, not including the suicide bombers' (15 + 2 bombers = 17)")
ev("yola-jimeta-market-bomb", A, "2015-11-17", "2015-11-17", "2015-11-17", EXP,
   ["Suicide bomb", "Remote explosive/landmine/IED"], BH, CIV_NG, NG, ["Adamawa"], ["Yola North", "Yola South"], 32,
   evidence="In Yola, the explosion tore through a busy market in the Jimeta area at about 8:00 pm on Tuesday ... "
            "NEMA said 32 people were killed. A police officer ... said the blast was caused by a suicide bomber")
ev("yola-mosque-bombing-last-month", A, "2015-10-31", "2015-10-01", "2015-10-31", EXP,
   ["Suicide bomb", "Remote explosive/landmine/IED"], BH, CIV_NG, NG, ["Adamawa"], (), None, req=False, tp=3,
   evidence="had been considered relatively safe until a bombing at a mosque in the city last month (undated; "
            "'last month' may or may not be within 30 days of 19 November)")

# ---------------------------------------------------------------- Nganzai (BBC, 2019-07-29, Mon)
A = "nigeria_nganzai_bbc"
ev("badu-kuluwu-funeral-massacre", A, "2019-07-27", "2019-07-27", "2019-07-27", VAC, ["Attack"],
   JIHADISTS, CIV_NG, NG, ["Borno"], ["Nganzai"], 65,
   evidence="killed 65 people who were returning from a funeral ... on Saturday near the village of Badu Kuluwu in "
            "Nganzai district ... about 20 ... when the gunmen opened fire ... Others were killed when angry "
            "villagers chased after the attackers ... 'It is 65 people dead and 10 injured'")
ev("badu-kuluwu-villagers-kill-11-fighters", A, "2019-07-15", "2019-07-12", "2019-07-18", BAT, ["Armed clash"],
   JIHADISTS + CJTF + CIV_NG, CJTF + CIV_NG + JIHADISTS, NG, ["Borno"], ["Nganzai"], 11, tp=2,
   evidence="a reprisal for an incident about two weeks ago in which villagers killed 11 Boko Haram fighters who had "
            "tried to raid the village (about 14 days before publication → inside the 30-day window)")
ev("maiduguri-outskirts-idp-camp-attack", A, "2019-07-25", "2019-07-25", "2019-07-25", VAC, ["Attack"],
   JIHADISTS, CIV_NG, NG, ["Borno"], (), 2,
   evidence="late on Thursday, militants attacked a camp for displaced people on the outskirts of Maiduguri, killing "
            "two residents and looting food supplies")
ev("maiduguri-outskirts-military-post-burned", A, "2019-07-25", "2019-07-25", "2019-07-25", STR,
   ["Looting/property destruction"], JIHADISTS, MIL_NG + [""], NG, ["Borno"], (), 0, req=False,
   evidence="The attackers had first set fire to a nearby military post that soldiers had abandoned")
ev("maiduguri-outskirts-military-post-taken", A, "2019-07-25", "2019-07-25", "2019-07-25", BAT,
   ["Non-state actor overtakes territory"], JIHADISTS, MIL_NG + [""], NG, ["Borno"], (), 0, req=False,
   evidence="same sentence read as a takeover of an abandoned post (the codebook's 'incl. when government forces "
            "abandon it'); alternative to the property-destruction row")

# ---------------------------------------------------------------- Mutumji (The Nation, 2022-12-20, Tue)
A = "nigeria_mutumji_thenation"
ev("mutumji-air-strike", A, "2022-12-18", "2022-12-18", "2022-12-18", EXP, ["Air/drone strike"],
   AIR_NG, CIV_NG + BANDITS, NG, ["Zamfara"], ["Maru"], 64,
   evidence="At least 64 people were reportedly killed in an airstrike by a Nigerian military plane on Sunday at "
            "Mutumji community in Maru ... many of those killed were armed bandits, while others were civilian "
            "residents ... including women and children")
ev("malele-bandits-troops-battle", A, "2022-12-17", "2022-12-17", "2022-12-17", BAT, ["Armed clash"],
   BANDITS, MIL_NG + CIV_NG, NG, ["Zamfara"], ["Maru"], None,
   evidence="on Saturday, hundreds of bandits on motorcycles attacked Malele and Ruwan Tofa communities in the "
            "Dansadau district of Maru ... Troops of Operation Hadarin Daji, backed by ... jets ... engaged the "
            "attackers in a gun battle (10 soldiers 'in the weekend operations' cannot be placed → unscored)")
ev("ruwan-tofa-bandits-troops-battle", A, "2022-12-17", "2022-12-17", "2022-12-17", BAT, ["Armed clash"],
   BANDITS, MIL_NG + CIV_NG, NG, ["Zamfara"], ["Maru"], None,
   evidence="same sentence: Ruwan Tofa is a second named community (codebook rule 1 → its own row)")
ev("alkaleri-police-kill-12-kidnappers", A, "2022-12-19", "2022-12-19", "2022-12-19", BAT, ["Armed clash"],
   POL_NG + MIL_NG, BANDITS + ["Kidnappers (Nigeria)"], NG, ["Bauchi"], ["Alkaleri"], 12,
   evidence="in Bauchi, the police said they killed 12 suspected kidnappers ... a joint operation of security "
            "operatives yesterday engaged the suspects in four forests ... in Alkaleri ('yesterday' = Mon 19 Dec)")
ev("alkaleri-houses-destroyed-last-week", A, "2022-12-18", "2022-12-11", "2022-12-18", STR,
   ["Looting/property destruction"], BANDITS, CIV_NG + [""], NG, ["Bauchi"], ["Alkaleri"], None, req=False, tp=2,
   evidence="Over 60 houses were said to have been destroyed in attacks by the gang last week (vague: 'said to have "
            "been', no day, no village)")

# ---------------------------------------------------------------- Birnin Magaji (Al Jazeera, 2024-05-11, Sat)
A = "nigeria_birninmagaji_aljazeera"
BMAG = ["Birnin Magaji-Kiyaw", "Birnin Magaji", "Birnin Magaji/Kiyaw", "Birnin-Magaji"]  # gazetteer: "Birnin Magaji-Kiyaw"
for village in ("gora", "madomawa", "jambuzu"):
    ev(f"{village}-mass-abduction", A, "2024-05-10", "2024-05-10", "2024-05-10", VAC,
       ["Abduction/forced disappearance"], BANDITS, CIV_NG, NG, ["Zamfara"], BMAG, 0,
       evidence="armed men attacked the villages of Gora, Madomawa and Jambuzu on Friday night and ... 38 men and 67 "
                "women and children were missing (three named villages → three rows, codebook rule 1)")
ev("custech-osara-students-abducted", A, "2024-05-09", "2024-05-09", "2024-05-09", VAC,
   ["Abduction/forced disappearance"], BANDITS, CIV_NG, NG, ["Kogi"], ["Adavi"], 0,
   evidence="gunmen stormed the Confluence University of Science and Technology (CUSTECH) in Osara ... at least nine "
            "students were taken in the attack on Thursday night")

# ---------------------------------------------------------------- Anambra (Vanguard, 2022-05-23, Mon)
A = "nigeria_aguata_vanguard"
OKOYE = CIV_NG + ["Government of Nigeria", "Government of Nigeria (2015-2023)", "Anambra State House of Assembly",
                  "Politicians (Nigeria)", "Okechukwu Okoye"]
ev("okoye-abducted-aguluzigbo-road", A, "2022-05-15", "2022-05-15", "2022-05-15", VAC,
   ["Abduction/forced disappearance"], GUNMEN_SE, OKOYE, NG, ["Anambra"], ["Aguata", "Anaocha"], 0,
   evidence="was kidnapped alongside his aide ... on Sunday, May 15, at about 5.30pm along Aguluzigbo-Umuona road in "
            "Aguata area (8 days before publication)")
ev("okoye-killed-head-dumped-amichi", A, "2022-05-21", "2022-05-15", "2022-05-21", VAC, ["Attack"],
   GUNMEN_SE, OKOYE, NG, ["Anambra"], ["Nnewi South", "Idemili South", "Aguata", "Anaocha"], 1, tp=2,
   evidence="His severed head was dumped at Chisco Park in Amichi, Nnewi South ... on Saturday evening ... headless "
            "body was recovered ... on Sunday along Nnobi-Ideani road in Idemili South (killing date unknown, "
            "15-21 May; the aide only 'feared' killed → 1)")
ev("isulo-pregnant-woman-children-killed", A, "2022-05-22", "2022-05-22", "2022-05-22", VAC, ["Attack"],
   GUNMEN_SE, CIV_NG, NG, ["Anambra"], ["Orumba South"], 5,
   evidence="gunmen on Sunday killed a pregnant woman, Harira Jibril, and her four children at Isulo in Orumba South")

# ---------------------------------------------------------------- Mangu (Leadership, 2024-01-24, Wed)
A = "nigeria_mangu_leadership"
ev("kwahaslalek-attack", A, "2024-01-24", "2024-01-23", "2024-01-24", VAC, ["Attack"],
   HERDERS, CIV_NG, NG, ["Plateau"], ["Mangu"], 25,
   evidence="attacked Kwahaslalek village ... in the early hours of Wednesday, killing no fewer than 25 villagers ... "
            "'at about 12.30am, leaving over 25 people ... killed' ... MDA ... about 30 (lowest specific → 25)")
ev("mangu-sabon-gari-houses-church-mosque-burnt", A, "2024-01-23", "2024-01-23", "2024-01-23", VAC, ["Attack"],
   HERDERS + ["Rioters (Nigeria)"], CIV_NG, NG, ["Plateau"], ["Mangu"], None, req=False,
   evidence="violence broke out in Mangu town and the Sabon Gari area ... where gunmen burnt more than 15 houses, a "
            "church, a mosque and several shops ... many people were killed ... could not give a number (type is "
            "open: Attack, Looting/property destruction or Mob violence)")
ev("kinat-attack", A, "2024-01-24", "2024-01-23", "2024-01-24", VAC, ["Attack"],
   HERDERS, CIV_NG, NG, ["Plateau"], ["Mangu", "Barkin Ladi"], None, req=False,
   evidence="Kinat and Mairana, two communities on the border of Mangu and Barkin Ladi ... were also attacked during "
            "the night (no toll)")
ev("mairana-attack", A, "2024-01-24", "2024-01-23", "2024-01-24", VAC, ["Attack"],
   HERDERS, CIV_NG, NG, ["Plateau"], ["Mangu", "Barkin Ladi"], None, req=False,
   evidence="same sentence: Mairana is the second named community")
ev("mangu-troops-helicopter-deployed", A, "2024-01-24", "2024-01-23", "2024-01-24", STR,
   ["Change to group/activity"], MIL_NG, [""], NG, ["Plateau"], ["Mangu"], 0, req=False,
   evidence="additional troops and a surveillance helicopter had been deployed to Mangu")

# ---------------------------------------------------------------- Garkida (The Sun, 2020-02-23, Sun)
A = "nigeria_garkida_sun"
GARKIDA_ATT = ISWAP + BH
ev("garkida-raid-gun-battle", A, "2020-02-21", "2020-02-21", "2020-02-21", BAT,
   ["Armed clash", "Non-state actor overtakes territory"], GARKIDA_ATT, MIL_NG, NG, ["Adamawa"], ["Gombi"], 1,
   evidence="Friday night's attack on Garkida ... stormed the town at about 6pm and operated for more than four "
            "hours ... after a gun battle with a small detachment of troops ... army ... confirmed the death of one "
            "soldier (local source 2, ISWAP 3 → lowest specific 1); the insurgents left around 10pm")
ev("garkida-churches-barracks-burnt-looted", A, "2020-02-21", "2020-02-21", "2020-02-21", STR,
   ["Looting/property destruction"], GARKIDA_ATT, CIV_NG + POL_NG + [""], NG, ["Adamawa"], ["Gombi"], 0, req=False,
   evidence="burnt at least five churches ... the police station, a police barracks ... looted pharmacies and shops "
            "(with a clash the same evening → may be folded into the battle row)")
ev("garkida-resident-abducted", A, "2020-02-21", "2020-02-21", "2020-02-21", VAC,
   ["Abduction/forced disappearance"], GARKIDA_ATT, CIV_NG, NG, ["Adamawa"], ["Gombi"], 0, req=False,
   evidence="a retired civil servant was missing and feared to have been taken away by the insurgents (uncertain)")

DROP = {
    "nigeria_giwa_reuters": ["Skip to main content", "Reuters", "World", "Business", "Markets", "Africa",
                             "Our Standards: The Thomson Reuters Trust Principles.", "Read more",
                             "Nigeria's Jonathan says army will defeat Boko Haram",
                             "Gunmen kill dozens in northeast Nigeria village raid"],
    "nigeria_nganzai_bbc": ["BBC", "Homepage", "Accessibility links", "News", "Sport", "Weather", "Home", "Africa",
                            "World", "Share this with", "Facebook", "Twitter", "Email", "Related Topics", "Boko Haram",
                            "Nigeria", "More on this story", "Who are Nigeria's Boko Haram Islamists?",
                            "Nigerian soldiers 'flee' Boko Haram attack on base",
                            "Copyright © 2019 BBC. The BBC is not responsible for the content of external sites."],
    "nigeria_mutumji_thenation": ["The Nation Nigeria", "Home", "News", "Politics", "Business", "Sports", "Opinion",
                                  "Read Also:", "Bandits kill 10, abduct 30 in Katsina community",
                                  "Matawalle orders probe into Tsafe attack",
                                  "Zamfara: Senate urges FG to deploy more troops",
                                  "Copyright 2022 The Nation Nigeria"],
    "nigeria_birninmagaji_aljazeera": ["Al Jazeera", "News", "Middle East", "Africa", "Asia", "US & Canada",
                                       "Features", "Opinion", "Video", "Advertisement", "More from News",
                                       "Nigerian troops free abducted students, police say",
                                       "Sudan's RSF accused of new killings in El Fasher"],
    "nigeria_aguata_vanguard": ["Vanguard News", "Home", "News", "Politics", "Business", "Metro", "Sports",
                                "Entertainment", "Related", "Anambra: Police arrest 3 suspected kidnappers in Ihiala",
                                "Soludo presents N170bn revised budget to Assembly",
                                "Gunmen set Enugu police station ablaze", "Share this:", "Facebook", "Twitter",
                                "WhatsApp", "Copyright © 2022 Vanguard Media Limited"],
    "nigeria_mangu_leadership": ["LEADERSHIP", "Home", "News", "Politics", "Business", "Sports", "Columns",
                                 "RELATED NEWS", "Plateau Killings: Tinubu Orders Security Chiefs To Fish Out Perpetrators",
                                 "Mutfwang Visits Bokkos, Vows Justice For Victims", "Leadership Newspapers © 2024"],
}
EITHER = {
    "nigeria_giwa_reuters": ["By Isaac Abrak", "March 15, 2014 10:42 AM GMT",
                             "Additional reporting by Lanre Ola in Maiduguri and Tim Cocks in Lagos; Editing by "
                             "Alison Williams"],
    "nigeria_kano_afp": ["bur-aa/phz/jm"],
    "nigeria_nganzai_bbc": ["29 July 2019"],
    "nigeria_mutumji_thenation": ["By Sunday Ode, Gusau and Austine Tsenzughul, Bauchi", "December 20, 2022"],
    "nigeria_birninmagaji_aljazeera": ["Published On 11 May 2024", "Source: Al Jazeera and news agencies"],
    "nigeria_aguata_vanguard": ["May 23, 2022", "By Vincent Ujumadu, Awka"],
    "nigeria_mangu_leadership": ["By Achor Abimaje, Jos", "January 24, 2024"],
    "nigeria_garkida_sun": ["February 23, 2020", "From Billy Graham Abel, Yola"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout179; Nigeria 2014-2024), coded by "
                             "CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
