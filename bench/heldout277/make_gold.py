"""Writes gold.json for the 277th held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 39).

    python bench/heldout277/make_gold.py

Focus: Mozambique (Cabo Delgado insurgency: beheadings, village raids, an army position overrun, SADC clashes,
convoy ambushes) and Cameroon (Anglophone separatist raids on gendarmes and polling stations, an army killing of
civilians, Boko Haram ambushes in the Far North), 2018-2022, with competing tolls, relative dates and background
older than 30 days.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# ---------------------------------------------------------------- shared actor and place lists
MZ, CM = "Mozambique", "Cameroon"
CD = ["Cabo Delgado"]
ISM = ["Islamic State", "Islamic State (Mozambique)", "Islamic State Mozambique Province", "ISCAP",
       "Islamic State Central Africa Province", "Ahlu Sunnah Wa-Jama", "Ansar al-Sunna", "Al Shabaab", "Al-Shabaab",
       "Al Shabaab (Mozambique)", "Unidentified Armed Group (Mozambique)", "Insurgents (Mozambique)"]
FADM = ["Military Forces of Mozambique", "FADM", "Mozambican Armed Forces", "FDS",
        "Mozambican Defence and Security Forces"]
PRM = ["Police Forces of Mozambique", "UIR", "Rapid Intervention Unit", "Police Forces of Mozambique (UIR)"]
SAMIM = ["SAMIM", "SADC Mission in Mozambique", "Southern African Development Community Mission in Mozambique",
         "SADC", "Southern African Development Community", "Military Forces of Tanzania", "Military Forces of Botswana"]
CIV_MZ = ["Civilians (Mozambique)"]
MILITIA_MZ = ["Forca Local", "Local Force", "Militia (Mozambique)", "Local Militia (Mozambique)"]
NANGADE = ["Nangade", ""]
MUIDUMBE = ["Muidumbe", ""]
MACOMIA = ["Macomia"]
MOCIMBOA = ["Mocimboa da Praia", "Mocímboa da Praia", "Mocimboa Da Praia", ""]
PALMA = ["Palma"]

AMBA = ["Ambazonian Separatists", "Ambazonia Separatists", "Ambazonian separatists", "Anglophone Separatists",
        "Ambazonia Defence Forces", "ADF: Ambazonia Defence Forces", "Amba Boys", "Southern Cameroons Separatists",
        "Marines of Bambalang", "Separatists (Cameroon)", "Unidentified Armed Group (Cameroon)"]
CMF = ["Military Forces of Cameroon", "BIR", "Rapid Intervention Battalion", "Gendarmerie (Cameroon)",
       "Gendarmerie Forces of Cameroon", "GPIGN", "Police Forces of Cameroon"]
BH = ["Boko Haram", "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawati wal-Jihad", "JAS",
      "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "ISWAP", "Islamic State West Africa Province",
      "Islamic State (West Africa)", "Unidentified Armed Group (Cameroon)"]
CIV_CM = ["Civilians (Cameroon)"]
SW, NW, WEST, FN = ["South-West", "Southwest", "South West"], ["North-West", "Northwest", "North West"], ["West", "Ouest"], \
    ["Far North", "Extreme-Nord", "Extreme North"]
KUPE = ["Koupe-Manengouba", "Kupe-Muanenguba", "Kupe Muanenguba", "Kupe-Manenguba", "Koupe Manengouba"]

# ---------------------------------------------------------------- Mozambique (Lusa, 2022-12-01, Thu)
A = "mozambique_nkonga_lusa"
ev("nkonga-samim-clash", A, "2022-11-29", "2022-11-29", "2022-11-29", BAT, ["Armed clash"],
   SAMIM + ISM, ISM + SAMIM, MZ, CD, NANGADE, 32,
   evidence="Two soldiers of the SADC military mission ... were killed on Tuesday in heavy fighting with insurgents in "
            "the bush around the village of Nkonga, in Nangade district ... more than thirty of the militants died")
ev("macomia-nine-insurgents-killed", A, "2022-11-18", "2022-11-18", "2022-11-18", BAT, ["Armed clash"],
   SAMIM, ISM, MZ, CD, MACOMIA, 9,
   evidence="SAMIM said its troops killed nine insurgents in an exchange of fire in Macomia district on 18 November, "
            "among them two operational commanders")
ev("ninga-base-captured", A, "2022-11-18", "2022-11-18", "2022-11-18", BAT, ["Armed clash", "Government regains territory"],
   SAMIM, ISM, MZ, CD, NANGADE, 2,
   evidence="On the same day ... two more fighters were shot dead at Ninga, in Nangade district, where one of their "
            "bases was captured and later destroyed")

# ---------------------------------------------------------------- Mozambique (Zitamar, 2022-08-15, Mon)
A = "mozambique_muidumbe_zitamar"
ev("nampanha-beheadings", A, "2022-08-09", "2022-08-09", "2022-08-09", VAC, ["Attack"],
   ISM, CIV_MZ, MZ, CD, MUIDUMBE, 2,
   evidence="The first raid took place on Tuesday around the village of Nampanha, in the Nambayaya area ... two men "
            "were caught by the group on the edge of the village and beheaded")
ev("nampanha-woman-abducted", A, "2022-08-09", "2022-08-09", "2022-08-09", VAC, ["Abduction/forced disappearance"],
   ISM, CIV_MZ, MZ, CD, MUIDUMBE, None,
   evidence="the attackers numbered no more than 20 men, and took a woman with them when they withdrew into the bush")
ev("mandela-homes-burned", A, "2022-08-10", "2022-08-10", "2022-08-10", STR, ["Looting/property destruction"],
   ISM, CIV_MZ + MILITIA_MZ + [""], MZ, CD, MUIDUMBE, 0,
   evidence="The group struck again the next day, entering Mandela ... the men set fire to thatched homes. No deaths "
            "were reported ... IS claimed ... burned 'dozens of houses'")
ev("mandela-as-attack", A, "2022-08-10", "2022-08-10", "2022-08-10", VAC, ["Attack"],
   ISM, CIV_MZ + MILITIA_MZ, MZ, CD, MUIDUMBE, 0, req=False,
   evidence="the Mandela raid seen as an attack on villagers (one militia member shot in the leg)")
ev("nantika-hunters-killed", A, "2022-08-06", "2022-08-06", "2022-08-06", VAC, ["Attack"],
   ISM, CIV_MZ, MZ, CD, MUIDUMBE, 2,
   evidence="The week before, on Saturday, an insurgent group killed two men who had gone out hunting bush rats in the "
            "Nantika area of Muidumbe")
ev("n380-convoy-ambush-macomia", A, "2022-07-31", "2022-07-31", "2022-07-31", VAC, ["Attack"],
   ISM, CIV_MZ, MZ, CD, MACOMIA, 3,
   evidence="On Sunday 31 July, insurgents opened fire on a convoy of seven vehicles, killing the driver of a fuel "
            "tanker; two more people died when the heavy truck overturned")
ev("catupa-base-captured", A, "2022-07-31", "2022-07-16", "2022-07-31", BAT, ["Government regains territory"],
   FADM, ISM + [""], MZ, CD, MACOMIA, None, req=False, tp=3,
   evidence="the capture of their Catupa base in Macomia at the end of July (no day, no toll)")

# ---------------------------------------------------------------- Mozambique (AIM, 2019-01-15, Tue)
A = "mozambique_manila_aim"
ev("manila-beheadings", A, "2019-01-10", "2019-01-10", "2019-01-11", VAC, ["Attack"],
   ISM, CIV_MZ, MZ, CD, MOCIMBOA, 3,
   evidence="murdered and beheaded four people on Thursday night in an attack against the village of Manila, in "
            "Mocimboa da Praia district ... Lusa ... decapitated the village chief and killed two other residents")
ev("palma-farmer-hacked", A, "2019-01-10", "2019-01-10", "2019-01-11", VAC, ["Attack"],
   ISM, CIV_MZ, MZ, CD, PALMA, 1,
   evidence="on the same night in the neighbouring district of Palma, a peasant couple was attacked ... five "
            "kilometres from the residence of the district administrator. The attackers hacked the man to death")
ev("manguna-suspects-captured", A, "2019-01-12", "2019-01-12", "2019-01-12", STR, ["Arrests"],
   PRM + FADM, ISM + [""], MZ, CD, PALMA, 0, req=False,
   evidence="On Saturday, a unit of the Rapid Intervention Unit ... captured four suspected insurgents who were heading "
            "for Manguna village (not notable persons)")

# ---------------------------------------------------------------- Mozambique (Club of Mozambique, 2022-06-30, Thu)
A = "mozambique_mandimba_clubofmozambique"
ev("mandimba-position-overrun", A, "2022-06-28", "2022-06-28", "2022-06-28", BAT,
   ["Non-state actor overtakes territory", "Armed clash"], ISM, FADM + PRM, MZ, CD, ["Nangade", "Mueda"], 1,
   evidence="Insurgents attacked a garrison of the Mozambican armed forces (FADM) in the village of Mandimba ... on "
            "Tuesday afternoon, killing its commander and forcing the surviving soldiers to withdraw ... 'one soldier "
            "died and five were wounded' vs five vs four")
ev("n380-two-vehicles-ambushed", A, "2022-06-28", "2022-06-28", "2022-06-28", VAC, ["Attack"],
   ISM, CIV_MZ + [""], MZ, CD, MACOMIA, None,
   evidence="On the same Tuesday ... two vehicles travelling on the N380 road were ambushed by insurgents in Macomia "
            "district ... no information on casualties")
ev("n380-two-vehicles-as-clash", A, "2022-06-28", "2022-06-28", "2022-06-28", BAT, ["Armed clash"],
   ISM, FADM + [""], MZ, CD, MACOMIA, None, req=False,
   evidence="the N380 ambush coded as a clash (occupants of the vehicles not stated)")
ev("macomia-nanga-b-break-ins", A, "2022-06-28", "2022-06-28", "2022-06-29", STR, ["Looting/property destruction"],
   ["Unidentified Armed Group (Mozambique)", "Military Forces of Mozambique", "Civilians (Mozambique)",
    "Rioters (Mozambique)"], CIV_MZ + [""], MZ, CD, MACOMIA, 0, req=False,
   evidence="soldiers who had been drinking fired their weapons repeatedly ... thieves took advantage of the panic to "
            "break into at least two empty houses (petty crime; optional)")

# ---------------------------------------------------------------- Cameroon (Mimi Mefo Info, 2022-06-09, Thu)
A = "cameroon_njitapon_mimimefoinfo"
ev("njitapon-gpign-post-attack", A, "2022-06-08", "2022-06-07", "2022-06-08", BAT, ["Armed clash"],
   AMBA, CMF, CM, WEST, ["Noun", ""], 5,
   evidence="Armed separatists ... stormed a post of the elite gendarmerie intervention group (GPIGN) at Njitapon, in "
            "Kouoptamo subdivision of the Noun division ... overnight from Tuesday to Wednesday, killing five gendarmes")
ev("njitapon-gendarme-taken", A, "2022-06-08", "2022-06-07", "2022-06-08", VAC, ["Abduction/forced disappearance"],
   AMBA, CMF + CIV_CM, CM, WEST, ["Noun", ""], None, req=False,
   evidence="MMI sources said a gendarme was taken away by the attackers (part of the raid; optional)")
ev("kumba-general-deco-killed", A, "2022-06-08", "2022-06-08", "2022-06-08", BAT, ["Armed clash"],
   CMF, AMBA, CM, SW, ["Meme"], 2,
   evidence="Also on Wednesday, in Kumba in the South West region, BIR soldiers killed a separatist commander known as "
            "'General Deco' and another fighter")
ev("missong-civilians-killed", A, "2022-06-01", "2022-06-01", "2022-06-01", VAC, ["Attack"],
   CMF, CIV_CM, CM, NW, ["Metchum", "Menchum"], 9,
   evidence="Missong, in Menchum division of the North West, where soldiers shot dead nine civilians during a raid on "
            "the village on June 1, according to residents")

# ---------------------------------------------------------------- Cameroon (The Guardian Post, 2018-03-26, Mon)
A = "cameroon_bangem_guardianpost"
ev("bangem-election-day-clashes", A, "2018-03-25", "2018-03-25", "2018-03-25", BAT, ["Armed clash"],
   AMBA, CMF, CM, SW, KUPE, 2,
   evidence="Troops and suspected separatist fighters fought running gun battles in Bangem ... on Sunday ... 'the "
            "provisional toll is two dead' ... BBC ... four presumed separatists were killed")
ev("tombel-gendarmerie-base-attack", A, "2018-03-25", "2018-03-25", "2018-03-25", BAT, ["Armed clash"],
   AMBA, CMF, CM, SW, KUPE, 4,
   evidence="In Tombel itself, local sources said unknown gunmen invaded the base of the gendarmerie peloton on Sunday, "
            "killing four gendarmes")

# ---------------------------------------------------------------- Cameroon (Anadolu, 2021-11-29, Mon)
A = "cameroon_zelevet_anadolu"
ev("zelevet-patrol-ambush", A, "2021-11-28", "2021-11-28", "2021-11-28", BAT, ["Armed clash"],
   BH, CMF, CM, FN, ["Mayo-Tsanaga", "Mayo Tsanaga"], 1,
   evidence="A Cameroonian army officer was killed and several soldiers were wounded on Sunday when Boko Haram fighters "
            "ambushed their patrol at Zelevet")
ev("amchokouli-post-attack", A, "2021-11-25", "2021-11-24", "2021-11-25", BAT, ["Armed clash"],
   BH, CMF, CM, FN, ["Logone-et-Chari", "Logone et Chari", "Logone and Chari", ""], 1,
   evidence="another soldier was killed last week when the insurgents attacked the military post of Amchokouli, in "
            "the Afade canton of Logone-et-Chari division near Fotokol, during the night of Nov. 24 to 25")

DROP = {
    "mozambique_muidumbe_zitamar": ["Zitamar News", "Skip to content", "Home", "News", "Politics", "Security",
                                    "Business", "Cabo Ligado", "Subscribe", "Share this article", "Facebook",
                                    "Twitter", "WhatsApp", "Email", "Related", "Cabo Ligado Weekly: 1-7 August 2022",
                                    "Displaced families return to Mocímboa da Praia as shops reopen",
                                    "© 2022 Zitamar News. All rights reserved."],
    "mozambique_mandimba_clubofmozambique": ["Club of Mozambique", "Home", "News", "Business", "Tourism",
                                             "Cabo Delgado", "Related news",
                                             "Mozambique: Total says no date yet for return to Afungi",
                                             "Cabo Ligado Weekly: 20-26 June",
                                             "Mozambique: Government extends state of alert", "Share", "Tweet",
                                             "WhatsApp", "Comments"],
    "cameroon_njitapon_mimimefoinfo": ["MMI - Mimi Mefo Info", "Home", "Politics", "Anglophone Crisis", "Society",
                                       "Sports", "Videos", "Contact", "Related Posts",
                                       "NW: Teachers threatened as exams begin in Bamenda",
                                       "SW: Farmers abandon cocoa farms in Meme", "Leave a Reply",
                                       "Your email address will not be published. Required fields are marked *"],
    "cameroon_zelevet_anadolu": ["Anadolu Agency website contains only a portion of the news stories offered to "
                                 "subscribers in the AA News Broadcasting System (HAS), and in summarized form."],
}
EITHER = {
    "mozambique_nkonga_lusa": ["EL // VM", "Lusa/End"],
    "mozambique_muidumbe_zitamar": ["By Zitamar reporter", "15 August 2022"],
    "mozambique_manila_aim": ["(AIM)", "pf/ (455)"],
    "mozambique_mandimba_clubofmozambique": ["Thursday, 30 June 2022"],
    "cameroon_njitapon_mimimefoinfo": ["By MMI Newsroom", "June 9, 2022"],
    "cameroon_bangem_guardianpost": ["By Elvis Tah",
                                     "Reporting by Elvis Tah; additional reporting by Nformi Sonde in Bamenda"],
    "cameroon_zelevet_anadolu": ["Mohamadou Houmfa   |29.11.2021", "MAROUA, Cameroon"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="7 hand-written held-out articles (bench/heldout277; Mozambique and Cameroon 2018-2022), "
                             "coded by CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
