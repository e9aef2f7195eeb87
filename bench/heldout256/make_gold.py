"""Writes gold.json for the 256th held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 36).

    python bench/heldout256/make_gold.py

Focus: DR Congo 2009-2016 — FDLR reprisal raids on Luofu, Kasiki and Busurungi (2009), Raia Mutomboki/Kifuafua
massacres around Katoyi (2012), the M23 pull-out from Goma and the army's return (2012), the APCLS-army battle for
Kitchanga and the Addis Ababa framework (2013), and ADF raids on Kitevya and Boikene near Beni (2016). The Luofu and
Kasiki raids are told by two articles (dedup rows).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

CD = "Democratic Republic of the Congo"
NK = ["North Kivu", "Nord-Kivu", "North-Kivu", "Nord Kivu"]
CIV = ["Civilians (Democratic Republic of the Congo)", "Civilians (Democratic Republic of Congo)",
       "Civilians (DR Congo)", "Civilians (DRC)"]
FARDC = ["Military Forces of Democratic Republic of the Congo", "Military Forces of the Democratic Republic of the Congo",
         "Military Forces of Democratic Republic of Congo", "Military Forces of DR Congo", "FARDC",
         "Armed Forces of the Democratic Republic of the Congo"]
PNC = ["Police Forces of Democratic Republic of the Congo", "Police Forces of the Democratic Republic of the Congo",
       "Police Forces of Democratic Republic of Congo", "Police Forces of DR Congo", "PNC",
       "Congolese National Police"]
UN = ["MONUC", "MONUSCO", "United Nations", "UN", "United Nations Mission in the Democratic Republic of Congo",
      "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo",
      "United Nations Organization Mission in the Democratic Republic of the Congo"]
UAG = ["Unidentified Armed Group (Democratic Republic of the Congo)", "Unidentified Armed Group (Democratic Republic of Congo)",
       "Unidentified Armed Group (DR Congo)"]
FDLR = ["FDLR", "Democratic Forces for the Liberation of Rwanda", "FDLR: Democratic Forces for the Liberation of Rwanda",
        "Forces Democratiques de Liberation du Rwanda", "FDLR-FOCA", "Democratic Forces for the Liberation of Rwanda (FDLR)"]
LUB = ["Lubero", ""]          # Luofu -> Lubero; Kasiki resolves with an empty admin2
WAL = ["Walikale", ""]        # Busurungi resolves with an empty admin2
MAS = ["Masisi Territory", "Masisi", ""]
GOMA = ["Goma", "Nyiragongo"]
BENI = ["Beni", "Beni Territory", "Beni-Mbau", ""]

# ---------------------------------------------------------------- Luofu (Reuters, 2009-04-18, Sat)
A = "drc_luofu_reuters"
B = "drc_busurungi_afp"
ev("luofu-fdlr-raid", A, "2009-04-17", "2009-04-17", "2009-04-18", VAC, ["Attack"],
   FDLR + UAG, CIV, CD, NK, LUB, 7,
   evidence="Rwandan Hutu rebels killed at least seven people, five of them children ... and set fire to more than 250 "
            "houses in an overnight raid on the town of Luofu ... began at around 9 p.m. on Friday (also recalled by the "
            "AFP Busurungi article: 'On April 17 the rebels torched around 300 homes in Luofu and ... Kasiki')")
E[-1]["articles"].append(B)
ev("kasiki-fdlr-raid", A, "2009-04-17", "2009-04-17", "2009-04-18", VAC, ["Attack"],
   FDLR + UAG, CIV, CD, NK, LUB, 1,
   evidence="The same night a second group of fighters struck the nearby village of Kasiki, shooting one man dead and "
            "burning some 45 homes ... Local administrators ... gave a much higher toll of 10 dead in Kasiki")
E[-1]["articles"].append(B)
ev("luofu-monuc-base-closed", A, "2009-04-12", "2009-04-12", "2009-04-12", STR,
   ["Change to group/activity", "Headquarters or base established"], UN, [""] + FDLR, CD, NK, LUB, 0, req=False,
   evidence="MONUC had closed a temporary operating base in Luofu six days earlier, on April 12 (a withdrawal told as "
             "context; optional)")

# ---------------------------------------------------------------- Busurungi (AFP, 2009-05-14, Thu)
ev("busurungi-massacre", B, "2009-05-10", "2009-05-09", "2009-05-10", VAC, ["Attack"],
   FDLR, CIV, CD, NK, WAL, 60,
   evidence="Rwandan Hutu rebels killed at least 60 people ... in an overnight raid on the village of Busurungi ... in the "
            "night from Saturday to Sunday ... deputy: 62 ... OCHA put the death toll at 90")
ev("butalonga-houses-burned", B, "2009-05-10", "2009-05-09", "2009-05-10", STR, ["Looting/property destruction"],
   FDLR, CIV + [""], CD, NK, (), 0,
   evidence="On the same night, the rebels set fire to some 130 houses in Butalonga, another village in North Kivu ... "
            "without giving a toll")
ev("shalio-refugees-killed", B, "2009-04-28", "2009-04-27", "2009-04-28", VAC, ["Attack"],
   FARDC, ["Civilians (Rwanda)", "Refugees (Rwanda)", "Refugees"] + CIV, CD, NK, WAL, None, req=False, tp=2,
   evidence="The rebels ... accuse government troops of having killed dozens of Rwandan Hutu refugees ... on the hill "
            "of Shalio ... on April 27 and 28 ... The army has denied targeting civilians (an accusation denied by the "
            "accused; optional)")
ev("busurungi-battalion-withdrawn", B, "2009-04-30", "2009-04-20", "2009-04-30", STR, ["Change to group/activity"],
   FARDC, [""], CD, NK, WAL, 0, req=False, tp=3,
   evidence="Busurungi had been held by an army battalion until late April, when the soldiers moved out (vague date; "
            "optional)")

# ---------------------------------------------------------------- Katoyi (IRIN, 2012-05-29, Tue)
A = "drc_katoyi_irin"
RAIA = ["Raia Mutomboki", "Raia Mutomboki Militia", "Mai-Mai Raia Mutomboki", "Raia Mutomboki and Mai-Mai Kifuafua",
        "Mai-Mai Kifuafua", "Mai Mai Kifuafua", "Mayi-Mayi Kifuafua", "Kifuafua"]
ev("katoyi-village-massacres", A, "2012-05-22", "2012-05-17", "2012-05-22", VAC, ["Attack"],
   RAIA, CIV + ["Civilians (Rwanda)", "Hutu Ethnic Group (Democratic Republic of the Congo)"], CD, NK,
   MAS + ["Walikale"], 120, tp=2,
   evidence="At least 120 people ... were hacked and shot to death in a dozen villages around Katoyi in the Masisi "
            "territory ... between 17 and 22 May ... 'at least 400', but no other source has confirmed it ... 'twenty-"
            "eight bodies' (one village)")
ev("katoyi-raia-kill-fdlr", A, "2012-05-22", "2012-05-17", "2012-05-22", BAT, ["Armed clash"],
   RAIA + FDLR, FDLR + RAIA, CD, NK, MAS + ["Walikale"], None, req=False, tp=2,
   evidence="The militiamen also killed several FDLR fighters they found in the area (no place, no toll; optional)")

# ---------------------------------------------------------------- Goma (BBC, 2012-12-03, Mon)
A = "drc_goma_bbc"
M23 = ["M23", "March 23 Movement", "M23: March 23 Movement", "Mouvement du 23 Mars", "M23 Rebels", "M23 rebels"]
ev("goma-army-returns", A, "2012-12-03", "2012-12-03", "2012-12-03", STR,
   ["Non-violent transfer of territory", "Change to group/activity"], FARDC, M23 + [""], CD, NK, GOMA, 0,
   evidence="Congolese government soldiers have returned to the eastern city of Goma ... as the first army trucks drove "
            "in on Monday ... There was no resistance")
ev("goma-army-returns-as-regain", A, "2012-12-03", "2012-12-03", "2012-12-03", BAT, ["Government regains territory"],
   FARDC, M23 + [""], CD, NK, GOMA, 0, req=False,
   evidence="the army's return coded as Government regains territory (no fight; optional twin)")
ev("sake-army-returns", A, "2012-12-03", "2012-12-03", "2012-12-03", STR,
   ["Non-violent transfer of territory", "Change to group/activity"], FARDC, M23 + [""], CD, NK, MAS, 0, req=False,
   evidence="from the direction of Sake, 27km ... to the west, where troops had already taken up positions again earlier "
            "in the day (subordinate clause; optional)")
ev("goma-m23-withdrawal", A, "2012-12-01", "2012-12-01", "2012-12-01", STR,
   ["Change to group/activity", "Non-violent transfer of territory"], M23, [""] + FARDC + UN, CD, NK, GOMA, 0,
   evidence="The rebels pulled out of Goma on Saturday. Hundreds of fighters ... climbed onto trucks and drove north ... "
            "Monusco said the withdrawal had taken place 'in a largely orderly manner'")
ev("goma-m23-took-weapons", A, "2012-12-01", "2012-11-20", "2012-12-01", STR, ["Looting/property destruction"],
   M23, FARDC + ["", "Government of Democratic Republic of the Congo"], CD, NK, GOMA, 0, req=False, tp=2,
   evidence="the rebels took with them large quantities of weapons, ammunition and vehicles seized from army depots "
            "(optional)")
ev("goma-police-deploy", A, "2012-12-02", "2012-12-02", "2012-12-02", STR, ["Change to group/activity"],
   PNC, [""] + M23, CD, NK, GOMA, 0,
   evidence="A contingent of police officers took up positions at road junctions in the city centre on Sunday")
ev("goma-falls-nov20", A, "2012-11-20", "2012-11-20", "2012-11-20", BAT, ["Non-state actor overtakes territory"],
   M23, FARDC + UN + [""], CD, NK, GOMA, None,
   evidence="the rebels marched into Goma on 20 November, when government troops fled and UN peacekeepers stood aside "
            "(13 days before publication: inside the window; no toll)")
ev("sake-masisi-m23-pullout", A, "2012-11-28", "2012-11-28", "2012-11-28", STR,
   ["Change to group/activity", "Non-violent transfer of territory"], M23, [""] + FARDC, CD, NK, MAS, 0, req=False,
   evidence="On Wednesday the M23 began pulling its fighters out of Sake and Masisi (began, not completed; optional)")

# ---------------------------------------------------------------- Kitchanga (Al Jazeera, 2013-03-04, Mon)
A = "drc_kitchanga_aljazeera"
APCLS = ["APCLS", "Alliance of Patriots for a Free and Sovereign Congo",
         "APCLS: Alliance of Patriots for a Free and Sovereign Congo",
         "Alliance des Patriotes pour un Congo Libre et Souverain", "Mai-Mai APCLS", "Mayi-Mayi APCLS"]
KIT = MAS + ["Rutshuru"]
ev("kitchanga-apcls-army-battle", A, "2013-03-03", "2013-02-27", "2013-03-03", BAT, ["Armed clash"],
   APCLS + FARDC, FARDC + APCLS, CD, NK, KIT, 80, tp=2,
   evidence="More than 80 people have been killed in five days of fighting between the Congolese army and a local "
            "militia for control of the town of Kitchanga ... broke out on Wednesday ... Civil society ... around a "
            "hundred")
ev("kitchanga-soldiers-loot", A, "2013-03-03", "2013-02-27", "2013-03-03", STR, ["Looting/property destruction"],
   FARDC, CIV + [""], CD, NK, KIT, 0, req=False, tp=2,
   evidence="accused soldiers of the regiment of looting shops (folded into the battle by most coders; optional)")
ev("kahe-camp-attack", A, "2013-02-24", "2013-02-24", "2013-02-25", VAC, ["Attack"],
   UAG, CIV + APCLS, CD, NK, KIT, 3,
   evidence="On the night of Sunday, 24 February, unidentified gunmen attacked the Kahe camp for displaced people ... "
            "before turning on nearby APCLS positions. Three people were killed and six wounded")
ev("kahe-camp-attack-as-clash", A, "2013-02-24", "2013-02-24", "2013-02-25", BAT, ["Armed clash"],
   UAG + APCLS, APCLS + UAG, CD, NK, KIT, 3, req=False,
   evidence="the same night attack coded as a clash with the APCLS positions (optional twin)")
ev("addis-ababa-framework", A, "2013-02-24", "2013-02-24", "2013-02-24", STR, ["Agreement"],
   ["Government of Democratic Republic of the Congo", "Government of the Democratic Republic of the Congo",
    "United Nations", "UN", "African Union", "International Conference on the Great Lakes Region", "SADC"] + FARDC,
   ["", "Government of Rwanda", "Government of Uganda", "United Nations", "African Union",
    "Government of Democratic Republic of the Congo"], "Ethiopia", ["Addis Ababa", "Adis Abeba"], (), 0,
   evidence="11 African countries signed a UN-backed 'Peace, Security and Cooperation Framework' for Congo ... in the "
            "Ethiopian capital, Addis Ababa, on 24 February (8 days before publication: inside the window)")

# ---------------------------------------------------------------- Kitevya (New Vision / AFP, 2016-11-01, Tue)
A = "drc_kitevya_newvision"
ADF = ["ADF", "Allied Democratic Forces", "ADF: Allied Democratic Forces", "ADF-NALU",
       "Allied Democratic Forces (ADF)"]
ev("kitevya-adf-raid", A, "2016-10-31", "2016-10-31", "2016-10-31", VAC, ["Attack"],
   ADF + UAG, CIV, CD, NK, BENI, 6,
   evidence="Fighters attacked the small village of Kitevya, in the Beni territory ... on Monday ... 'six dead, all "
            "civilians killed with machetes, two injured and a medical centre plundered'")
ev("boikene-adf-raid", A, "2016-10-09", "2016-10-09", "2016-10-10", VAC, ["Attack"],
   ADF + UAG, CIV + FARDC, CD, NK, BENI + ["Ruwenzori"], 7,
   evidence="On the evening of Sunday, October 9, suspected ADF fighters attacked the Boikene quarter ... provisional "
            "toll of seven dead including soldiers ... seven civilians and two soldiers ... morgue")
ev("boikene-adf-raid-as-clash", A, "2016-10-09", "2016-10-09", "2016-10-10", BAT, ["Armed clash"],
   ADF + UAG + FARDC, FARDC + ADF + UAG, CD, NK, BENI + ["Ruwenzori"], 7, req=False,
   evidence="soldiers were among the dead: the raid coded as a clash (optional twin)")

DROP = {
    "drc_katoyi_irin": ["IRIN", "Humanitarian news and analysis", "Home", "Africa", "Great Lakes", "DRC", "Analysis",
                        "Films", "Subscribe", "Share this report", "Facebook", "Twitter", "Email", "Print",
                        "Related reports", "DRC: Displaced flee fresh fighting in Rutshuru",
                        "DRC: Who are the Raia Mutomboki?", "This report on the web",
                        "Copyright © IRIN 2012. All rights reserved."],
    "drc_goma_bbc": ["BBC News Africa", "Home", "UK", "World", "Business", "Politics", "Africa", "Share this page",
                     "Related Stories", "DR Congo M23 rebels 'to leave Goma'", "Goma: The city that fell without a fight",
                     "Q&A: DR Congo conflict", "More Africa stories", "Facebook", "Twitter", "Email", "Print"],
    "drc_kitchanga_aljazeera": ["Al Jazeera", "Skip to Content", "News", "Africa", "Middle East", "Features", "Opinion",
                                "Live", "More from News", "DR Congo's M23 rebels split over leadership",
                                "Ban hails Congo peace framework in Addis Ababa"],
    "drc_kitevya_newvision": ["New Vision", "Uganda's leading daily", "Home", "News", "Business", "Sports", "Opinion",
                              "World", "Share", "Tweet", "Related Articles",
                              "Uganda, DR Congo agree joint plan against ADF", "Kasese leaders call for calm after clashes",
                              "Comments", "Login to post comments"],
}
EITHER = {
    "drc_luofu_reuters": ["By Joe Bavier", "(Additional reporting by Hereward Holland in Kinshasa; Editing by Giles Elgood)"],
    "drc_busurungi_afp": ["bur-cdr/hmw"],
    "drc_katoyi_irin": ["GOMA/KATOYI, 29 May 2012 (IRIN)", "[ENDS]"],
    "drc_goma_bbc": ["3 December 2012 Last updated at 14:52 GMT"],
    "drc_kitchanga_aljazeera": ["04 Mar 2013", "Source: Al Jazeera and agencies"],
    "drc_kitevya_newvision": ["Publish Date: Nov 01, 2016", "AFP"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="6 hand-written held-out articles (bench/heldout256; DR Congo 2009-2016: FDLR, Raia "
                             "Mutomboki, M23, APCLS, ADF), coded by CODEBOOK.md before the system was run (BLIND).",
               drop=DROP, either=EITHER)
