"""Writes gold.json for the 38th held-out set (hand-coded by CODEBOOK.md; BLIND - never run yet).

    python bench/heldout38/make_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# --- Nigeria: Mubi mosque suicide bombing (Vanguard, 2017-11-22, Wednesday) ---
NG = "Nigeria"
BH = ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
      "Unidentified Armed Group (Nigeria)", "Islamic State West Africa Province", "ISWAP"]
ev("mubi-mosque-suicide-bomb", "nigeria_mubi_vanguard", "2017-11-21", "2017-11-21", "2017-11-21", EXP, ["Suicide bomb"],
   BH, ["Civilians (Nigeria)"], NG, ["Adamawa"], ["Mubi North", "Mubi"], 51,
   evidence="At least 50 worshippers were killed on Tuesday when a suicide bomber detonated explosives inside a mosque"
            " in Mubi ... The bomber also died in the blast")
ev("muna-garage-suicide-bombers", "nigeria_mubi_vanguard", "2017-11-15", "2017-11-15", "2017-11-16", EXP,
   ["Suicide bomb"], BH, ["Civilian JTF", "Civilian Joint Task Force", "CJTF", "Civilians (Nigeria)"], NG, ["Borno"],
   ["Maiduguri", "Jere"], 5,
   evidence="four suicide bombers struck Muna Garage, on the outskirts of Maiduguri ... blew themselves up last"
            " Wednesday night, killing themselves and a member of the Civilian Joint Task Force")
# not events: Buhari/governor statements; Mubi seized October 2014 and Madagali bombing December 2016 (background).

# --- Niger: Philip Walton kidnapped for ransom, rescued in Nigeria (AP, 2020-10-31, Saturday) ---
NE = "Niger"
KIDNAPPERS = ["Unidentified Armed Group (Niger)", "Unidentified Armed Group (Nigeria)", "Bandits", "Bandits (Niger)",
              "Bandits (Nigeria)"]
ev("walton-abducted-massalata", "niger_walton_ap", "2020-10-27", "2020-10-27", "2020-10-27", VAC,
   ["Abduction/forced disappearance"], KIDNAPPERS,
   ["Civilians (United States)", "Civilians (Niger)", "Civilians (International)"], NE, ["Tahoua"],
   ["Birni Nkonni", "Birni N'Konni", "Konni"], 0,
   evidence="Philip Walton ... was taken from his family's farm in Massalata ... before dawn on Tuesday ... ransom of $1 million")
ev("walton-rescue-raid", "niger_walton_ap", "2020-10-31", "2020-10-31", "2020-10-31", BAT, ["Armed clash"],
   ["Military Forces of United States", "Military Forces of the United States"], KIDNAPPERS, NG, [""], (), 6,
   req=False, evidence="The rescue was carried out early Saturday by ... SEAL Team 6 ... Six of the seven captors were"
                        " killed ... would not say exactly where in northern Nigeria")
# not events: Esper/Trump statements; Koure killings (August, >30 days) and Woodke abduction (2016): background.

# --- Mali: Nampala base attack claimed days later; Kidal two-day fighting (Reuters, 2016-07-23, Saturday) ---
ML = "Mali"
ev("nampala-base-attack", "mali_nampala_reuters", "2016-07-19", "2016-07-19", "2016-07-19", BAT, ["Armed clash"],
   ["Ansar Dine", "Ansar Eddine", "ANSIPRJ",
    "National Alliance for the Protection of Fulani Identity and the Restoration of Justice",
    "Unidentified Armed Group (Mali)"], ["Military Forces of Mali"], ML, ["Segou", "Ségou"], ["Niono"], 17,
   evidence="Gunmen stormed the military camp at Nampala ... early on Tuesday ... Seventeen soldiers were killed"
            " ... several attackers were also killed but gave no figure")
GATIA = ["GATIA", "Imghad Tuareg Self-Defense Group and Allies", "Imghad Tuareg and Allies Self-Defense Group"]
CMA = ["CMA", "Coordination of Azawad Movements", "Coordination des Mouvements de l'Azawad"]
ev("kidal-gatia-cma-fighting", "mali_nampala_reuters", "2016-07-22", "2016-07-21", "2016-07-22", BAT, ["Armed clash"],
   GATIA + CMA, CMA + GATIA, ML, ["Kidal"], ["Kidal"], 20, tp=2,
   evidence="fighting broke out on Thursday between the pro-government GATIA militia and ... CMA ... continued into"
            " Friday ... at least 20 fighters had been killed in the two days of fighting")
# not events: Ansar Dine claim (Thursday) belongs to the Nampala attack; state-of-emergency vote; mourning;
# Nampala January 2015 attack and 2012 takeover (background).

# --- Burkina Faso: Tin-Akoff and Deou (France 24, 2023-02-21, Tuesday) ---
BF = "Burkina Faso"
JIHADISTS_BF = ["Unidentified Armed Group (Burkina Faso)", "Islamic State", "Islamic State Sahel Province",
                "Islamic State (Sahel)", "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin"]
ev("tin-akoff-attack", "burkina_deou_france24", "2023-02-20", "2023-02-20", "2023-02-20", BAT, ["Armed clash"],
   JIHADISTS_BF, ["Military Forces of Burkina Faso"], BF, ["Sahel"], ["Oudalan"], 60,
   evidence="Around sixty soldiers were killed on Monday in an attack on an army unit in Tin-Akoff ... at least 60"
            " soldiers killed ... Another source said nearly seventy")
ev("deou-ambush", "burkina_deou_france24", "2023-02-17", "2023-02-17", "2023-02-17", BAT, ["Armed clash"],
   JIHADISTS_BF, ["Military Forces of Burkina Faso"], BF, ["Sahel"], ["Oudalan"], 51,
   evidence="On Friday, a military unit was ambushed near Deou ... 51 soldiers were killed ... dozens of terrorists"
            " were neutralised")
# not events: VDP recruitment campaign, order to French forces (last month, a statement), spokesman quote;
# Gaskinde convoy (September, >30 days) and the September coup (background).

# --- Chad: N'Djamena police suicide bombings (BBC, 2015-06-16, Tuesday) ---
TD = "Chad"
BH_TD = ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS", "Unidentified Armed Group (Chad)",
         "Islamic State West Africa Province", "ISWAP"]
ev("ndjamena-police-suicide-bombings", "chad_ndjamena_bbc", "2015-06-15", "2015-06-15", "2015-06-15", EXP,
   ["Suicide bomb"], BH_TD, ["Police Forces of Chad", "Civilians (Chad)"], TD, ["N'Djamena", "Ndjamena"], (), 27,
   evidence="At least 23 people have been killed in two suicide bomb attacks on police buildings ... on Monday"
            " morning ... Four attackers died in the blasts")
ev("ndjamena-police-academy-bombing", "chad_ndjamena_bbc", "2015-06-15", "2015-06-15", "2015-06-15", EXP,
   ["Suicide bomb"], BH_TD, ["Police Forces of Chad", "Civilians (Chad)"], TD, ["N'Djamena", "Ndjamena"], (), None,
   req=False, evidence="the explosion at the police academy, on the outskirts of the city (if split from the HQ blast)")
# not events: government vow, veil-ban announcement, regional force HQ plan; January deployment and
# Ngouboua raid in February (background).

# --- Cameroon: Kolofata abductions, Amchide attack (DW, 2014-07-28, Monday) ---
CM = "Cameroon"
BH_CM = ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS", "Unidentified Armed Group (Cameroon)"]
ev("kolofata-vice-pm-wife-abducted", "cameroon_kolofata_dw", "2014-07-27", "2014-07-27", "2014-07-27", VAC,
   ["Abduction/forced disappearance", "Attack"], BH_CM, ["Civilians (Cameroon)", "Police Forces of Cameroon"], CM,
   ["Far North", "Extreme-Nord", "Extreme North"], ["Mayo-Sava"], 3,
   evidence="Dozens of gunmen attacked the town of Kolofata ... early on Sunday ... carried off his wife ... kidnapped"
            " him along with members of his family. At least three people were killed")
ev("amchide-attack-repelled", "cameroon_kolofata_dw", "2014-07-25", "2014-07-25", "2014-07-25", BAT, ["Armed clash"],
   BH_CM, ["Military Forces of Cameroon"], CM, ["Far North", "Extreme-Nord", "Extreme North"], (), None,
   evidence="on Friday, the army said it had repelled an attack by Boko Haram fighters on its position at Amchide"
            " ... one soldier had been killed ... several of the assailants were also killed")
# not events: troops pursued attackers (no fighting reported); Biya's "total war", joint force plan;
# Waza Chinese workers (May) and Maroua priests (April) abductions (background).

# --- Somalia: Las Anod fighting Monday-Tuesday (Garowe Online, 2023-02-08, Wednesday) ---
SO = "Somalia"
SL = ["Military Forces of Somaliland", "Military Forces of Somalia (Somaliland)", "Somaliland Armed Forces"]
DHB = ["Dhulbahante Clan Militia", "Dhulbahante Clan Militia (Somalia)", "SSC-Khatumo", "SSC-Khaatumo",
       "Clan Militia (Somalia)", "Unidentified Clan Militia (Somalia)", "Unidentified Armed Group (Somalia)"]
ev("las-anod-fighting", "somalia_lasanod_garowe", "2023-02-07", "2023-02-06", "2023-02-07", BAT, ["Armed clash"],
   SL + DHB, DHB + SL, SO, ["Sool"], (), 20, tp=2,
   evidence="At least twenty people have been killed ... in two days of heavy fighting between Somaliland troops and"
            " local clan militia in Las Anod ... erupted early on Monday ... continued on Tuesday")
ev("las-anod-shelling", "somalia_lasanod_garowe", "2023-02-07", "2023-02-06", "2023-02-07", EXP,
   ["Shelling/artillery/missile attack"], SL, ["Civilians (Somalia)", ""] + DHB, SO, ["Sool"], (), None, req=False,
   evidence="Somaliland forces positioned outside the town fired artillery shells into residential areas ... at least"
            " one shell landed near the hospital on Tuesday")
ev("somaliland-ceasefire", "somalia_lasanod_garowe", "2023-02-08", "2023-02-06", "2023-02-08", STR, ["Agreement"],
   SL, [""] + DHB, SO, ["Sool", "Woqooyi Galbeed"], (), 0, req=False,
   evidence="The Hargeisa administration later announced what it called an 'unconditional ceasefire'")
# not events: elders' declaration of loyalty, Deni's warning, UN/US/UK statement, displacement;
# 26 December assassination and late-December/early-January protest shootings (>30 days: background); 2007 takeover.

# --- Sudan: Kreinik attacks, El Geneina hospital (Al Jazeera, 2022-04-25, Monday) ---
SD = "Sudan"
ARAB = ["Arab Militia (Sudan)", "Arab Ethnic Militia (Sudan)", "Janjaweed", "Rizeigat Ethnic Militia (Sudan)",
        "Unidentified Armed Group (Sudan)", "Rapid Support Forces", "RSF"]
WD = ["Western Darfur", "West Darfur"]
ev("kreinik-massacre", "sudan_kreinik_aljazeera", "2022-04-24", "2022-04-24", "2022-04-24", VAC, ["Attack"],
   ARAB, ["Civilians (Sudan)", "Masalit Ethnic Militia (Sudan)"], SD, WD, (), 168,
   evidence="At least 168 people have been killed in attacks by armed Arab militias on the town of Kreinik ..."
            " the gunmen stormed Kreinik on Sunday, shooting residents, torching homes and looting the market")
ev("kreinik-two-arab-men-killed", "sudan_kreinik_aljazeera", "2022-04-22", "2022-04-22", "2022-04-22", VAC, ["Attack"],
   ["Unidentified Armed Group (Sudan)", "Masalit Ethnic Militia (Sudan)"], ["Civilians (Sudan)"], SD, WD, (), 2,
   evidence="The violence began on Friday, when two men from an Arab tribe were killed by unknown gunmen near Kreinik")
ev("geneina-hospital-attack", "sudan_kreinik_aljazeera", "2022-04-25", "2022-04-25", "2022-04-25", VAC, ["Attack"],
   ARAB, ["Civilians (Sudan)"], SD, WD, (), None,
   evidence="On Monday, the violence spread to El Geneina, where armed men opened fire on the town's main teaching"
            " hospital ... no immediate word on casualties")
# not events: UN concern, governor's accusation, sovereign council's promised deployment (plan);
# Krinding camp attacks January 2021 and the October coup (background).

DROP = {
    "nigeria_mubi_vanguard": {"Vanguard News", "Home", "News", "Politics", "Metro", "Sports", "Business",
                              "Entertainment", "Advertisement", "Share this:", "Facebook", "Twitter", "WhatsApp",
                              "Related", "Army repels Boko Haram attack in Borno",
                              "Adamawa govt imposes curfew in Numan after clashes", "Boko Haram: Govt to relocate IDPs",
                              "Subscribe to our newsletter",
                              "All rights reserved. This material, and other digital content on this website, may not "
                              "be reproduced, published, broadcast, rewritten or redistributed in whole or in part "
                              "without prior express written permission from VANGUARD NEWS."},
    "burkina_deou_france24": {"FRANCE 24", "Africa", "Middle East", "Europe", "Americas", "Asia-Pacific", "Live",
                              "Advertisement", "Read more: Burkina Faso orders French troops to leave within one month",
                              "© 2023 France 24 - All rights reserved", "Read also",
                              "Mali's junta expels French ambassador", "Niger: soldiers killed in ambush near Tillabéri",
                              "Sign up for our newsletter"},
    "chad_ndjamena_bbc": {"BBC", "Home", "News", "Sport", "Africa", "Share this with", "Email", "Facebook", "Twitter",
                          "Related Topics", "Chad", "Boko Haram", "More on this story",
                          "Boko Haram crisis: Chad's troops kill 'hundreds'", "Chad country profile",
                          "Copyright © 2015 BBC. The BBC is not responsible for the content of external sites."},
    "somalia_lasanod_garowe": {"Garowe Online", "Home", "Somalia", "Puntland", "Somaliland", "Politics", "Opinion",
                               "Share", "Tweet", "Advertisement", "RELATED",
                               "Somaliland leader Bihi blames Al-Shabaab for Las Anod unrest",
                               "Puntland opens corridor for displaced families",
                               "© 2023 Garowe Online. All rights reserved."},
}
EITHER = {
    "nigeria_mubi_vanguard": {"November 22, 2017", "By Umar Yusuf, Yola"},
    "burkina_deou_france24": {"Issued on: 21/02/2023"},
    "chad_ndjamena_bbc": {"16 June 2015", "Analysis: Chad's role in the fight"},
    "somalia_lasanod_garowe": {"Wednesday February 8, 2023", "GAROWE ONLINE"},
    "niger_walton_ap": {"By LOLITA C. BALDOR and DALATOU MAMANE", "Associated Press", "October 31, 2020", "___",
                        "Associated Press writer Sam Mednick in Dakar, Senegal, contributed to this report."},
    "mali_nampala_reuters": {"(Reporting by Tiemoko Diallo and Adama Diarra; Writing by Emma Farge; Editing by "
                             "Richard Balmforth)"},
    "cameroon_kolofata_dw": {"DW"},
    "sudan_kreinik_aljazeera": {"Published On 25 Apr 2022", "Al Jazeera and news agencies"},
}

write_gold(HERE, E, drop=DROP, either=EITHER, note="8 hand-written held-out articles (bench/heldout38), coded by CODEBOOK.md; BLIND, not yet run.")
