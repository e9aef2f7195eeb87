"""Writes gold.json for the 61st held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout61/make_gold.py

Eight short wire briefs (Reuters, NAN, Xinhua, APP, dpa, AP, AFP, Anadolu), 2016-2024, one per country.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# --- Ukraine (Reuters, 2023-07-06): one event; "overnight" = the publication day.
# Not events: "ten Kalibr ... seven shot down" (no place, no deaths), Yavoriv March 2022 (background),
# Zelenskiy's "response" vow.
UA = "Ukraine"
ev("lviv-overnight-missile", "ukraine_lviv_reuters", "2023-07-06", "2023-07-05", "2023-07-06", EXP,
   ["Shelling/artillery/missile attack"], ["Military Forces of Russia"], ["Civilians (Ukraine)", ""], UA,
   ["Lviv"], ["Lvivskyi", "Lviv"], 5,
   evidence="A Russian cruise missile tore through the top floors of an apartment building in ... Lviv overnight, "
            "killing at least five people")

# --- Nigeria (NAN, 2023-08-17): DHQ weekly briefing.
# Not events: 154 arrests, 72 hostages rescued, weapons recovered (aggregates without deaths); 1,037 surrendered
# "in the North-East" (no deaths, no admin1); CDS directive (statement).
NG = "Nigeria"
NG_ARMY = ["Military Forces of Nigeria"]
NG_UNID = ["Unidentified Armed Group (Nigeria)", "Bandits", "Bandit Militia (Nigeria)",
           "Unidentified Bandit Militia (Nigeria)"]
ev("nigeria-weekly-toll", "nigeria_dhq_nan", "2023-08-17", "2023-08-10", "2023-08-17", BAT, ["Armed clash"],
   NG_ARMY, NG_UNID + ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS",
                       "Islamic State West Africa Province", "ISWAP", ""], NG, [], (), 84, tp=2,
   evidence="troops ... neutralised eighty-four terrorists ... in operations across the country in the past one week")
ev("zungeru-ambush", "nigeria_dhq_nan", "2023-08-13", "2023-08-13", "2023-08-13", BAT, ["Armed clash"],
   NG_UNID, NG_ARMY, NG, ["Niger"], ["Wushishi"], 23,
   evidence="troops ... came under attack by terrorists along the Zungeru-Tegina road near Zungeru in Wushishi "
            "... on Sunday ... three officers and twenty soldiers were killed")
ev("chukuba-helicopter-crash", "nigeria_dhq_nan", "2023-08-14", "2023-08-14", "2023-08-14", BAT, ["Armed clash"],
   NG_UNID, NG_ARMY, NG, ["Niger"], ["Shiroro"], 13, req=False,
   evidence="MI-171 helicopter ... crashed near Chukuba village in Shiroro LGA on Monday, killing all thirteen ... "
            "terrorists have claimed that they shot the aircraft down ... investigation")

# --- Ethiopia (Xinhua, 2022-06-14): NO events. Committee formed to study talks (plan), warnings and demands
# (statements), aid-truck count (aggregate, no deaths), truce "in late March" and the November 2020 war start
# (background, > 30 days), Obasanjo's shuttle diplomacy (no dated act).

# --- Pakistan (APP, 2016-09-02): two KP attacks the same day + Quetta 25 days earlier (inside the 30-day window).
PK = "Pakistan"
JUA = ["Jamaat-ul-Ahrar", "Jamaat ul Ahrar", "JuA", "Tehreek-e-Taliban Pakistan", "TTP",
       "Tehrik-i-Taliban Pakistan", "Unidentified Armed Group (Pakistan)"]
ev("mardan-court-suicide", "pakistan_mardan_app", "2016-09-02", "2016-09-02", "2016-09-02", EXP, ["Suicide bomb"],
   JUA, ["Civilians (Pakistan)", "Police Forces of Pakistan"], PK, ["Khyber Pakhtunkhwa"], ["Mardan"], 13,
   evidence="At least twelve people including lawyers and policemen were martyred ... when a suicide bomber blew "
            "himself up at the entrance of the district courts in Mardan on Friday ... The bomber was also killed")
ev("warsak-colony-attack", "pakistan_mardan_app", "2016-09-02", "2016-09-02", "2016-09-02", BAT, ["Armed clash"],
   JUA, ["Military Forces of Pakistan", "Police Forces of Pakistan"], PK, ["Khyber Pakhtunkhwa"], ["Peshawar"], 5,
   evidence="Four suicide bombers ... entered the colony at dawn and exchanged fire ... all four terrorists were "
            "killed ... A security guard of the colony embraced martyrdom")
ev("quetta-hospital-bombing", "pakistan_mardan_app", "2016-08-08", "2016-08-08", "2016-08-08", EXP,
   ["Suicide bomb"], JUA + ["Islamic State"], ["Civilians (Pakistan)"], PK, ["Balochistan"], ["Quetta"], 70,
   evidence="a suicide bomber struck the Civil Hospital in Quetta on August 8, killing at least seventy people")
ev("quetta-bar-president-killed", "pakistan_mardan_app", "2016-08-08", "2016-08-01", "2016-08-08", VAC, ["Attack"],
   ["Unidentified Armed Group (Pakistan)"] + JUA, ["Civilians (Pakistan)"], PK, ["Balochistan"], ["Quetta"], 1,
   req=False, tp=2, evidence="lawyers who had gathered to mourn the killing of the president of the Balochistan Bar "
                             "Association (no place or date given)")

# --- DR Congo (dpa, 2022-11-08): "on Saturday, Oct. 29" is 10 days before publication.
# Not events: Karega expulsion (diplomatic statement), displacement count, Luanda summit (plan), 2013 defeat.
CD = "Democratic Republic of the Congo"
M23 = ["M23", "March 23 Movement", "Mouvement du 23 mars", "M23: March 23 Movement"]
FARDC = ["Military Forces of the Democratic Republic of the Congo", "Military Forces of Democratic Republic of Congo",
         "Military Forces of Democratic Republic of the Congo"]
RUT = ["Rutshuru Territory", "Rutshuru"]
ev("rugari-air-strikes", "drc_rutshuru_dpa", "2022-11-07", "2022-11-07", "2022-11-07", EXP, ["Air/drone strike"],
   FARDC, M23 + ["Civilians (Democratic Republic of the Congo)", ""], CD, ["North Kivu"], RUT, None,
   evidence="The air strikes on Monday targeted rebel positions on the hills around Rugari in Rutshuru territory "
            "... without giving a toll")
ev("kiwanja-captured", "drc_rutshuru_dpa", "2022-10-29", "2022-10-29", "2022-10-29", BAT,
   ["Non-state actor overtakes territory"], M23, FARDC + [""], CD, ["North Kivu"], RUT, None,
   evidence="The rebels seized the towns of Kiwanja and Rutshuru on Saturday, Oct. 29, after several days of fighting")
ev("rutshuru-captured", "drc_rutshuru_dpa", "2022-10-29", "2022-10-29", "2022-10-29", BAT,
   ["Non-state actor overtakes territory"], M23, FARDC + [""], CD, ["North Kivu"], RUT, None,
   evidence="M23 fighters walked into Rutshuru centre without meeting resistance after the army pulled out")
ev("goma-anti-rwanda-march", "drc_rutshuru_dpa", "2022-10-31", "2022-10-31", "2022-10-31", PRO,
   ["Peaceful protest"], ["Protesters (Democratic Republic of the Congo)", "Protesters (DRC)"], [""], CD,
   ["North Kivu"], ["Goma"], 0,
   evidence="On Monday, Oct. 31, thousands of people marched through Goma to denounce Rwanda's alleged support")
ev("rubavu-jet-landing", "drc_rutshuru_dpa", "2022-11-07", "2022-11-07", "2022-11-07", STR, ["Other"],
   FARDC, ["Military Forces of Rwanda", ""], "Rwanda", ["Western", "Western Province", "Iburengerazuba"],
   ["Rubavu"], 0, req=False,
   evidence="a Congolese Sukhoi-25 jet had violated its airspace and briefly landed at Rubavu airport")

# --- Burkina Faso (AP, 2024-06-13): one event. Nodin/Soro (Feb 25) background; HRW report, Traore coup 2022
# background; "seven soldiers captured" folded into the battle (a second coder might add an abduction row).
BF = "Burkina Faso"
JNIM = ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Jamaat Nusrat al-Islam wal-Muslimin",
        "Jama'at Nasr al-Islam wal Muslimin", "Group for the Support of Islam and Muslims", "GSIM"]
ev("mansila-base-attack", "burkina_mansila_ap", "2024-06-11", "2024-06-11", "2024-06-11", BAT, ["Armed clash"],
   JNIM, ["Military Forces of Burkina Faso"], BF, ["Sahel"], ["Yagha"], 100,
   evidence="Jihadi fighters killed more than one hundred soldiers ... stormed the base in Mansila, in Yagha "
            "province ... on Tuesday")
ev("mansila-soldiers-captured", "burkina_mansila_ap", "2024-06-11", "2024-06-11", "2024-06-12", VAC,
   ["Abduction/forced disappearance"], JNIM, ["Military Forces of Burkina Faso"], BF, ["Sahel"], ["Yagha"], 0,
   req=False, evidence="JNIM claimed the attack ... and said it had also captured seven soldiers")

# --- Niger (AFP, 2020-01-13): one event; Inates (Dec 10, 34 days before) is background; Pau summit a plan.
NE = "Niger"
ISGS = ["Islamic State", "Islamic State in the Greater Sahara", "ISGS", "Islamic State West Africa Province",
        "ISWAP", "Islamic State Sahel Province"]
ev("chinagodrar-camp-attack", "niger_chinagodrar_afp", "2020-01-09", "2020-01-09", "2020-01-09", BAT,
   ["Armed clash"], ISGS, ["Military Forces of Niger"], NE, ["Tillaberi", "Tillabéri"], ["Ouallam"], 166,
   evidence="Eighty-nine soldiers were killed ... attacked the camp in Chinagodrar ... on Thursday ... seventy-seven "
            "assailants were killed")

# --- Syria (Anadolu, 2020-10-06): one event; November 2019 Al-Bab car bomb background.
SY = "Syria"
ev("albab-car-bomb", "syria_albab_anadolu", "2020-10-06", "2020-10-06", "2020-10-06", EXP,
   ["Remote explosive/landmine/IED"],
   ["Unidentified Armed Group (Syria)", "YPG", "PKK", "YPG/PKK", "PKK/YPG", "People's Protection Units",
    "SDF", "Syrian Democratic Forces"], ["Civilians (Syria)"], SY, ["Aleppo"], ["Al-Bab", "Al Bab"], 18,
   evidence="At least 18 civilians were killed ... on Tuesday when a bomb-laden vehicle exploded in the city of Al-Bab")

DROP = {
    "nigeria_dhq_nan": ["(NAN)(www.nannews.ng)", "Edited by Sadiya Hamza"],
    "niger_chinagodrar_afp": ["pab/lal/sst"],
    "syria_albab_anadolu": ["Anadolu Agency website contains only a portion of the news stories offered to "
                            "subscribers in the AA News Broadcasting System (HAS), and in summarized form. "
                            "Please contact us for subscription options."],
}
EITHER = {
    "ukraine_lviv_reuters": ["By Pavel Polityuk",
                             "(Reporting by Pavel Polityuk; Editing by Tom Balmforth and Alex Richardson)"],
    "nigeria_dhq_nan": ["By Sumaila Ogbaje"],
    "burkina_mansila_ap": ["By Sam Mednick"],
    "syria_albab_anadolu": ["Ahmet Karaahmet | 06.10.2020", "AL-BAB, Syria"],
}

write_gold(HERE, E, note="8 hand-written held-out wire briefs (bench/heldout61), coded by CODEBOOK.md before any "
           "run; BLIND, not yet run.", drop=DROP, either=EITHER)
