"""Writes gold.json for the 157th held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout157/make_gold.py

Focus: Mali and Burkina Faso (JNIM / Islamic State Sahel, FAMa and Wagner/Africa Corps, Burkina's army and VDP),
2015-2024: a massacre of civilians at a cattle market, attacks on an army detachment and gendarmerie posts, an army
drone strike on a funeral, kidnappings of foreigners, a mine changing hands without a fight, coup-plot arrests.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

ML, BF = "Mali", "Burkina Faso"
FAMA = ["Military Forces of Mali"]
FAMA_ALL = FAMA + ["Police Forces of Mali", "Gendarmerie of Mali", "National Gendarmerie of Mali"]
JIH_ML = ["Unidentified Armed Group (Mali)", "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "GSIM",
          "Group for the Support of Islam and Muslims", "Ansar Dine", "Massina Liberation Front", "FLM",
          "Katiba Macina", "AQIM", "Al Qaeda in the Islamic Maghreb"]
CIV_ML = ["Civilians (Mali)"]
FABF = ["Military Forces of Burkina Faso"]
VDP = ["VDP", "Volunteers for the Defence of the Homeland", "Volunteers for the Defense of the Homeland"]
JIH_BF = ["Unidentified Armed Group (Burkina Faso)", "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "GSIM",
          "Group for the Support of Islam and Muslims", "Islamic State Sahel", "Islamic State", "Ansaroul Islam"]
CIV_BF = ["Civilians (Burkina Faso)"]

# ---------------------------------------------------------------- Mali (Reuters, 2015-06-29, Mon)
A = "mali_fakola_reuters"
ev("fakola-overrun-and-retaken", A, "2015-06-28", "2015-06-28", "2015-06-28", BAT,
   ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
   JIH_ML + FAMA, FAMA_ALL + JIH_ML, ML, ["Sikasso"], ["Kolondieba", "Kolondiéba"], None,
   evidence="gunmen overran it for several hours on Sunday ... Soldiers ... fought their way back into the village by "
            "late afternoon ... 'we don't know about casualties yet' (taken and retaken the same day = one Armed "
            "clash; toll unknown → unscored)")
ev("misseni-gendarmerie-attack", A, "2015-06-10", "2015-06-10", "2015-06-10", BAT, ["Armed clash"],
   JIH_ML, FAMA_ALL, ML, ["Sikasso"], ["Kadiolo"], 1,
   evidence="The raid followed an attack on June 10 in which about 30 gunmen ... stormed the gendarmerie base at "
            "Misseni ... One gendarme was killed and the base was burned down (19 days before publication → event)")

# ---------------------------------------------------------------- Mali (AFP, 2022-05-21, Sat)
A = "mali_sincina_afp"
ev("sincina-italians-togolese-kidnapped", A, "2022-05-19", "2022-05-19", "2022-05-20", VAC,
   ["Abduction/forced disappearance"], JIH_ML, CIV_ML + ["Civilians (Italy)", "Civilians (Togo)"], ML,
   ["Sikasso"], ["Koutiala"], 0,
   evidence="An Italian couple, their adult son and a Togolese national have been kidnapped ... on Thursday night ... "
            "in Sincina, a small town about 10 kilometres from Koutiala in the Sikasso region")
ev("mali-coup-plot-arrests", A, "2022-05-16", "2022-05-11", "2022-05-16", STR, ["Arrests"],
   FAMA + ["Government of Mali", "Police Forces of Mali"], FAMA + ["Mutinous Military Forces of Mali", ""], ML,
   ["", "Bamako"], (), 0, req=False, tp=2,
   evidence="On Monday, the government said it had foiled an attempted coup on the night of May 11 to 12 ... several "
            "officers and non-commissioned officers had been arrested (no place, arrest date not given)")
ev("mali-quits-g5-sahel", A, "2022-05-15", "2022-05-15", "2022-05-15", STR, ["Change to group/activity", "Other"],
   FAMA + ["Government of Mali"], ["", "G5 Sahel"], ML, ["", "Bamako"], (), 0, req=False,
   evidence="A day earlier, the military authorities announced that Mali was withdrawing from the G5 Sahel regional "
            "force (a decision announced, arguably a statement → optional)")

# ---------------------------------------------------------------- Mali (RFI, 2024-02-13, Tue)
A = "mali_intahaka_rfi"
WAG = ["Wagner Group", "Wagner", "Africa Corps", "Military Forces of Russia", "Russian Africa Corps"]
GATIA = ["GATIA", "Imghad Tuareg Self-Defence Group and Allies", "Imghad Tuareg Self-Defense Group and Allies",
         "Gatia: Imghad Tuareg Self-Defense Group and Allies"]
ev("intahaka-mine-handed-to-army", A, "2024-02-10", "2024-02-09", "2024-02-10", STR,
   ["Non-violent transfer of territory", "Change to group/activity", "Headquarters or base established"],
   FAMA + WAG + GATIA, GATIA + FAMA + WAG + [""], ML, ["Gao"], (), 0,
   evidence="The troops arrived by helicopter on Friday at the site ... Gatia's men were given 24 hours to leave. They "
            "complied without a fight and handed over their positions on Saturday")
ev("intahaka-alleged-gold-seizure", A, "2024-02-11", "2024-02-10", "2024-02-11", STR,
   ["Looting/property destruction"], WAG + FAMA, CIV_ML + [""], ML, ["Gao"], (), 0,
   req=False, tp=2,
   evidence="Sources close to the rebels ... accuse the Russian fighters of having seized large quantities of gold and "
            "cash from traders at the site over the weekend (unverified accusation, denied by miners → optional)")

# ---------------------------------------------------------------- Burkina Faso (AP, 2020-05-31, Sun)
A = "burkina_kompienbiga_ap"
ev("kompienbiga-cattle-market-massacre", A, "2020-05-30", "2020-05-30", "2020-05-30", VAC, ["Attack"],
   JIH_BF, CIV_BF, BF, ["Est"], ["Kompienga"], 25,
   evidence="Gunmen on motorcycles opened fire on a crowded livestock market ... in Kompienbiga ... around midday "
            "Saturday ... governor ... confirmed that at least 25 civilians had been killed (residents: more than 30 "
            "→ lowest specific figure 25)")
ev("loroum-traders-convoy-ambush", A, "2020-05-29", "2020-05-29", "2020-05-29", VAC, ["Attack"],
   JIH_BF, CIV_BF + VDP, BF, ["Nord"], ["Loroum"], 15,
   evidence="On Friday, suspected jihadists ambushed a convoy of traders ... near the border with Mali in the northern "
            "Loroum province, killing 15 people ... escorted by members of the VDP, who were unable to repel the attack")
ev("loroum-traders-abducted", A, "2020-05-29", "2020-05-29", "2020-05-29", VAC, ["Abduction/forced disappearance"],
   JIH_BF, CIV_BF, BF, ["Nord"], ["Loroum"], 0, req=False,
   evidence="Several traders were abducted and their goods were burned (same ambush; a separate abduction row is "
            "optional)")

# ---------------------------------------------------------------- Burkina Faso (Al Jazeera, 2023-04-28, Fri)
A = "burkina_ougarou_aljazeera"
ev("ougarou-detachment-attack", A, "2023-04-27", "2023-04-27", "2023-04-27", BAT, ["Armed clash"],
   JIH_BF + FABF, FABF + JIH_BF, BF, ["Est"], ["Gourma"], 73,
   evidence="The detachment at Ougarou, in Gourma province, 'faced a large-scale complex attack' on Thursday morning "
            "... Thirty-three of our soldiers ... fell ... 'neutralise at least forty terrorists' (33 + 40 = 73)")
ev("ougarou-air-strikes-on-withdrawing-attackers", A, "2023-04-27", "2023-04-27", "2023-04-28", EXP,
   ["Air/drone strike"], FABF, JIH_BF, BF, ["Est"], (), None, req=False,
   evidence="Residents of Fada N'Gourma said ... air strikes had targeted the attackers as they withdrew towards the "
            "forests on the border with Niger. There was no official word on casualties (residents' account, no place)")
ev("north-killings-by-men-in-uniform", A, "2023-04-27", "2023-04-01", "2023-04-27", VAC, ["Attack"],
   FABF + ["Unidentified Armed Group (Burkina Faso)"], CIV_BF, BF, ["", "Nord"], (), None, req=False, tp=3,
   evidence="Volker Turk ... called for an investigation into reports that dozens of civilians had been killed in the "
            "north of the country by people wearing army uniforms (no place, no date, no number → optional)")

# ---------------------------------------------------------------- Burkina Faso (VOA, 2023-09-29, Fri)
A = "burkina_bidi_voa"
ev("bidi-funeral-drone-strike", A, "2023-09-21", "2023-09-21", "2023-09-21", EXP, ["Air/drone strike"],
   FABF, CIV_BF + JIH_BF, BF, ["Nord"], ["Yatenga"], 24,
   evidence="'successful' drone strike on Thursday, September 21 ... near the village of Bidi, in the Nord region ... "
            "'I helped to bury 24 people the next morning'")
ev("ouagadougou-coup-plot-arrests", A, "2023-09-26", "2023-09-26", "2023-09-27", STR, ["Arrests"],
   FABF + ["Government of Burkina Faso", "Police Forces of Burkina Faso"],
   FABF + ["Mutinous Military Forces of Burkina Faso", ""], BF, ["Centre"], ["Kadiogo"], 0,
   evidence="the government said intelligence and security services had on Tuesday 'foiled a proven coup attempt' ... "
            "Four officers were arrested in Ouagadougou")

# ---------------------------------------------------------------- Burkina Faso (Vatican News, 2022-04-06, Wed)
A = "burkina_yalgo_vaticannews"
ev("yalgo-us-nun-kidnapped", A, "2022-04-05", "2022-04-04", "2022-04-05", VAC, ["Abduction/forced disappearance"],
   JIH_BF, CIV_BF + ["Civilians (United States)"], BF, ["Centre-Nord"], ["Namentenga"], 0,
   evidence="Sister Suellen Tennyson ... was kidnapped during the night of Monday to Tuesday from the community's "
            "residence in Yalgo, a town in the Namentenga province")
ev("yalgo-convent-ransacked", A, "2022-04-05", "2022-04-04", "2022-04-05", STR, ["Looting/property destruction"],
   JIH_BF, CIV_BF + [""], BF, ["Centre-Nord"], ["Namentenga"], 0, req=False,
   evidence="the assailants ransacked the premises and damaged the community's vehicle (part of the kidnapping; "
            "a separate looting row is optional)")

DROP = {
    "mali_fakola_reuters": ["Reuters", "Edition: United States", "Business", "Markets", "World", "Politics", "Tech",
                            "Commentary", "Breakingviews", "Money", "Life", "Pictures", "Video", "Next In World News",
                            "Greek banks to stay shut as bailout crisis deepens",
                            "Our Standards: The Thomson Reuters Trust Principles"],
    "mali_intahaka_rfi": ["RFI", "Africa", "France", "International", "Culture", "Podcasts", "Listen to RFI", "Share",
                          "Facebook", "X", "WhatsApp", "Email", "Read also",
                          "Mali: the junta ends the Algiers peace agreement",
                          "Kidal: three months after the army's return, residents remain in exile", "Tags", "Sahel",
                          "Gold mining", "Wagner group",
                          "© 2024 Copyright RFI - All rights reserved. RFI is not responsible for the content of "
                          "external websites."],
    "burkina_kompienbiga_ap": ["AP NEWS", "Top Stories", "Topics", "Video", "Listen", "World News",
                               "Copyright 2020 The Associated Press. All rights reserved. This material may not be "
                               "published, broadcast, rewritten or redistributed without permission."],
    "burkina_ougarou_aljazeera": ["Al Jazeera", "Skip links", "Skip to Content", "Live", "News", "Middle East", "Africa",
                                  "Asia", "US & Canada", "Features", "Opinion", "Sport", "Video", "Read more",
                                  "Burkina Faso declares 'general mobilisation' to fight armed groups",
                                  "Dozens of soldiers killed in Burkina Faso attacks"],
    "burkina_bidi_voa": ["VOA", "Africa", "Sahel", "Share", "Print", "Related",
                         "Burkina Faso Suspends French Magazine Jeune Afrique",
                         "Mali, Burkina Faso, Niger Sign Sahel Security Pact"],
    "burkina_yalgo_vaticannews": ["Vatican News", "Pope", "Vatican", "Church", "World", "Africa", "Share", "Facebook",
                                  "Twitter", "Email", "Print", "Read also",
                                  "Burkina Faso: Church in Kaya hosts thousands of displaced people",
                                  "Mali: Bishops call for dialogue and reconciliation"],
}
EITHER = {
    "mali_fakola_reuters": ["World | Mon Jun 29, 2015 | 2:41pm EDT",
                            "(Reporting by Tiemoko Diallo and Adama Diarra; Writing by Emma Farge; Editing by "
                            "Richard Balmforth)"],
    "mali_sincina_afp": ["sd-bur/cdc/jj"],
    "mali_intahaka_rfi": ["Mali", "Issued on: 13/02/2024 - 15:22"],
    "burkina_kompienbiga_ap": ["By SAM MEDNICK", "May 31, 2020", "___",
                               "Associated Press writer Baba Ahmed in Bamako, Mali, contributed."],
    "burkina_ougarou_aljazeera": ["News|Armed Groups", "Published On 28 Apr 2023",
                                  "Source: Al Jazeera and news agencies"],
    "burkina_bidi_voa": ["By Henry Wilkins", "September 29, 2023 11:04 AM"],
    "burkina_yalgo_vaticannews": ["By Linda Bordoni"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="7 hand-written held-out articles (bench/heldout157; Mali and Burkina Faso), coded by "
                             "CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
