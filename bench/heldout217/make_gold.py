"""Writes gold.json for the 217th held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 29).

    python bench/heldout217/make_gold.py

Focus: the central Sahel 2021-2024 (Mali, Burkina Faso, Niger) — JNIM and Islamic State Sahel attacks on army
posts, convoys and a displacement site, junta drone and air strikes, Russian (Wagner / Africa Corps) operations, VDP
militia fighting and recruitment, abductions on the roads, protests and a riot, and the US withdrawal from Agadez.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

JNIM = ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Jamaat Nusrat al-Islam wal-Muslimin",
        "Group for the Support of Islam and Muslims", "JNIM: Group for Support of Islam and Muslims",
        "Group for Support of Islam and Muslims", "Al Qaeda", "Al-Qaeda"]
ISS = ["Islamic State Sahel Province", "Islamic State (Sahel)", "Islamic State Sahel", "Islamic State", "ISSP",
       "IS Sahel", "Islamic State in the Greater Sahara", "ISGS", "Islamic State - Sahel Province"]
VDP = ["VDP", "Volunteers for the Defence of the Homeland", "Volunteers for the Defense of the Homeland",
       "VDP: Volunteers for the Defense of the Homeland", "Volontaires pour la defense de la patrie"]
RUS = ["Wagner Group", "Wagner", "Africa Corps", "Military Forces of Russia", "Russian Mercenaries"]

# ---------------------------------------------------------------- Burkina Faso (AFP, 2021-12-26, Sun)
BF, A = "Burkina Faso", "burkina_titao_afp"
FAB = ["Military Forces of Burkina Faso", "Burkinabe Army"]
UAG_BF = ["Unidentified Armed Group (Burkina Faso)"]
CIV_BF = ["Civilians (Burkina Faso)"]
NORD = ["Nord"]
ev("titao-convoy-ambush", A, "2021-12-23", "2021-12-23", "2021-12-23", BAT, ["Armed clash"],
   JNIM + UAG_BF, VDP + FAB + CIV_BF, BF, NORD, ["Loroum"], 41,
   evidence="The convoy ... escorted by members of the Volunteers for the Defence of the Homeland (VDP), was attacked "
            "on Thursday a few kilometres outside Titao ... 41 bodies had been recovered (early toll 'at least twenty')")
ev("titao-convoy-ambush-as-attack", A, "2021-12-23", "2021-12-23", "2021-12-23", VAC, ["Attack"],
   JNIM + UAG_BF, CIV_BF + VDP, BF, NORD, ["Loroum"], 41, req=False,
   evidence="the same ambush seen as an attack on a civilian traders' convoy (the escort fought back, so the gold "
            "prefers Armed clash)")
ev("kain-attack-repelled", A, "2021-12-24", "2021-12-24", "2021-12-24", BAT, ["Armed clash"],
   JNIM + UAG_BF + VDP + FAB, VDP + FAB + JNIM + UAG_BF, BF, NORD, ["Yatenga"], 15,
   evidence="On Friday, VDP fighters and soldiers repelled an attack on the village of Kain in neighbouring Yatenga "
            "province ... One volunteer and fourteen of the assailants were killed")
ev("kossouka-ied", A, "2021-12-25", "2021-12-25", "2021-12-25", EXP, ["Remote explosive/landmine/IED"],
   UAG_BF + JNIM, FAB, BF, NORD, ["Yatenga"], 2,
   evidence="On Saturday, a homemade bomb exploded under an army supply truck near Kossouka, also in Yatenga, "
            "killing two soldiers")
ev("titao-security-march", A, "2021-12-25", "2021-12-25", "2021-12-25", PRO, ["Peaceful protest"],
   ["Protesters (Burkina Faso)"], ["", "Government of Burkina Faso"], BF, NORD, ["Loroum"], 0,
   evidence="The same day, several hundred residents of Titao marched to the office of the high commissioner of "
            "Loroum to demand more troops ... ended peacefully")

# ---------------------------------------------------------------- Niger (Reuters, 2024-03-05, Tue)
NE, A = "Niger", "niger_bankilare_reuters"
FAN = ["Military Forces of Niger", "Nigerien Armed Forces", "Niger Armed Forces"]
UAG_NE = ["Unidentified Armed Group (Niger)"]
CIV_NE = ["Civilians (Niger)"]
TIL = ["Tillaberi", "Tillabery", "Tillabéri"]
ev("bankilare-post-attack", A, "2024-03-03", "2024-03-03", "2024-03-03", BAT, ["Armed clash"],
   ISS + UAG_NE, FAN, NE, TIL, ["Bankilare", "Tera"], 7,
   evidence="Seven Nigerien soldiers were killed when Islamic State fighters attacked an army post in the western "
            "Tillaberi region on Sunday ... at Bankilare (local sources: at least twelve; attackers 'several dozen', "
            "no figure)")
ev("foneko-drone-strikes", A, "2024-03-04", "2024-03-04", "2024-03-04", EXP, ["Air/drone strike"],
   FAN, ISS + UAG_NE + [""], NE, TIL, ["Tera"], 30,
   evidence="army drones had on Monday struck a column of fighters withdrawing towards the border near the village of "
            "Foneko, in Tera department, killing around thirty of them")
ev("tera-road-abduction", A, "2024-03-02", "2024-03-02", "2024-03-03", VAC, ["Abduction/forced disappearance"],
   UAG_NE + ISS + JNIM, CIV_NE, NE, TIL, ["Tera"], 0,
   evidence="gunmen abducted a village chief and two schoolteachers after stopping their vehicle on the road outside "
            "Tera on Saturday evening")
ev("niamey-ecowas-exit-rally", A, "2024-03-04", "2024-03-04", "2024-03-04", PRO, ["Peaceful protest"],
   ["Protesters (Niger)"], [""], NE, ["Niamey"], (), 0,
   evidence="On Monday, several hundred people rallied at the Place de la Concertation in Niamey in support of the "
            "decision ... to leave ... ECOWAS ... The rally ended without incident")
ev("bankilare-reinforcements", A, "2024-03-04", "2024-03-04", "2024-03-04", STR, ["Change to group/activity"],
   FAN + ["Government of Niger"], [""], NE, TIL, ["Bankilare", "Tera"], 0, req=False,
   evidence="said reinforcements had been sent to Bankilare (a deployment told in one clause; optional)")

# ---------------------------------------------------------------- Mali (AP, 2024-05-15, Wed)
ML, A = "Mali", "mali_kouakourou_apnews"
FAMA = ["Military Forces of Mali", "Malian Armed Forces", "FAMa"]
UAG_ML = ["Unidentified Armed Group (Mali)"]
CIV_ML = ["Civilians (Mali)"]
MOPTI = ["Mopti"]
ev("kouakourou-market-drone-strike", A, "2024-05-12", "2024-05-12", "2024-05-12", EXP, ["Air/drone strike"],
   FAMA, CIV_ML + JNIM + [""], ML, MOPTI, ["Djenne", "Djenné"], 9,
   evidence="The strike hit the livestock market at Kouakourou, a village on the Niger River in the Djenne district, "
            "on Sunday afternoon ... 'We buried nine people'")
ev("sofara-djenne-convoy-ambush", A, "2024-05-13", "2024-05-13", "2024-05-13", BAT, ["Armed clash"],
   JNIM, FAMA + RUS, ML, MOPTI, ["Djenne", "Djenné"], 2,
   evidence="On Monday, fighters from ... JNIM ambushed a convoy of Malian soldiers and Russian fighters between Sofara "
            "and Djenne ... The army said two soldiers were killed (JNIM claimed eleven)")
ev("fatoma-detainees-killed", A, "2024-05-14", "2024-05-14", "2024-05-14", VAC,
   ["Attack", "Abduction/forced disappearance"], FAMA + RUS, CIV_ML, ML, MOPTI, ["Mopti"], 3,
   evidence="The following day, soldiers and Russian fighters searched the nearby village of Fatoma and detained about "
            "20 men ... Three of the men were found dead on the outskirts of the village on Tuesday evening")
ev("mopti-konna-bus-abduction", A, "2024-05-08", "2024-05-08", "2024-05-08", VAC, ["Abduction/forced disappearance"],
   UAG_ML + JNIM, CIV_ML, ML, MOPTI, ["Mopti"], 0,
   evidence="Last Wednesday, gunmen stopped a bus on the road between Mopti and Konna and abducted seven passengers")

# ---------------------------------------------------------------- Burkina Faso (Africanews, 2023-06-17, Sat)
A = "burkina_rollo_africanews"
CNORD = ["Centre-Nord", "Centre Nord"]
ev("rollo-displacement-site-attack", A, "2023-06-14", "2023-06-14", "2023-06-15", VAC, ["Attack"],
   UAG_BF + JNIM + ISS, CIV_BF + ["IDPs (Burkina Faso)", "Refugees/IDPs (Burkina Faso)"], BF, CNORD, ["Bam"], 11,
   evidence="The attackers arrived on motorbikes late on Wednesday at the displacement site on the edge of Rollo ... "
            "eleven people had been buried on Thursday morning (a humanitarian worker: fourteen)")
ev("rollo-vdp-army-clash", A, "2023-06-15", "2023-06-15", "2023-06-15", BAT, ["Armed clash"],
   FAB + VDP + UAG_BF + JNIM, UAG_BF + JNIM + ISS + FAB + VDP, BF, CNORD, ["Bam"], 14,
   evidence="On Thursday, soldiers and ... VDP ... clashed with the fighters about ten kilometres north of the commune, "
            "killing around a dozen of them ... Two VDP were killed")
ev("dargo-air-strike", A, "2023-06-15", "2023-06-15", "2023-06-15", EXP, ["Air/drone strike"],
   FAB, UAG_BF + JNIM + ISS + [""], BF, CNORD, ["Namentenga"], None,
   evidence="the army said its air force had struck a 'terrorist base' near Dargo, in neighbouring Namentenga "
            "province, 'neutralising dozens of terrorists' (no figure)")
ev("kongoussi-road-blockade-riot", A, "2023-06-16", "2023-06-16", "2023-06-16", RIO, ["Violent demonstration"],
   ["Rioters (Burkina Faso)", "Protesters (Burkina Faso)"],
   ["Police Forces of Burkina Faso", "", "Government of Burkina Faso"], BF, CNORD, ["Bam"], 0,
   evidence="Anger boiled over in Kongoussi on Friday, where hundreds of young people ... blocked the national road "
            "with burning tyres and threw stones at the vehicle of the high commissioner ... Police fired tear gas")

# ---------------------------------------------------------------- Mali (RFI, 2022-03-10, Thu)
A = "mali_niafunke_rfi"
TOMB = ["Tombouctou", "Timbuktu"]
MINUSMA = ["MINUSMA", "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali",
           "United Nations", "UN Peacekeepers", "United Nations Multidimensional Integrated Stabilization Mission "
           "in Mali"]
ev("niafunke-tonka-road-abduction", A, "2022-03-08", "2022-03-08", "2022-03-08", VAC,
   ["Abduction/forced disappearance"], JNIM + UAG_ML, CIV_ML, ML, TOMB, ["Niafunke", "Goundam"], 0,
   evidence="Gunmen believed to belong to ... JNIM abducted six people, including a municipal councillor, after "
            "stopping a passenger truck on the road between Niafunke and Tonka ... on Tuesday")
ev("bambara-maounde-minusma-ied", A, "2022-03-09", "2022-03-09", "2022-03-09", EXP,
   ["Remote explosive/landmine/IED"], UAG_ML + JNIM, MINUSMA, ML, TOMB, ["Gourma-Rharous", "Gourma Rharous"], 0,
   evidence="On Wednesday, a roadside bomb struck a logistics convoy of ... MINUSMA, near Bambara-Maounde, in the "
            "Gourma-Rharous district, wounding three peacekeepers")
ev("tonka-army-operation", A, "2022-03-06", "2022-03-06", "2022-03-06", BAT, ["Armed clash"],
   FAMA, JNIM + UAG_ML + [""], ML, TOMB, ["Goundam"], 12,
   evidence="its troops had 'neutralised' twelve terrorists during a ground operation supported by aircraft near "
            "Tonka on Sunday ... no losses on its side")
ev("tonka-operation-air-support", A, "2022-03-06", "2022-03-06", "2022-03-06", EXP, ["Air/drone strike"],
   FAMA, JNIM + UAG_ML + [""], ML, TOMB, ["Goundam"], None, req=False,
   evidence="'supported by aircraft' (the air component of the same operation; optional)")
ev("niafunke-security-march", A, "2022-03-07", "2022-03-07", "2022-03-07", PRO, ["Peaceful protest"],
   ["Protesters (Mali)"], ["", "Government of Mali"], ML, TOMB, ["Niafunke"], 0,
   evidence="hundreds of residents ... march through the streets of Niafunke on Monday ... passed off without "
            "incident")

# ---------------------------------------------------------------- Burkina Faso (VOA, 2022-11-15, Tue)
A = "burkina_toeni_voa"
BMOU = ["Boucle du Mouhoun", "Boucle Du Mouhoun"]
ev("toeni-detachment-attack", A, "2022-11-12", "2022-11-12", "2022-11-12", BAT, ["Armed clash"],
   JNIM, FAB, BF, BMOU, ["Sourou"], 30,
   evidence="Ten soldiers were killed when militants attacked an army detachment ... on Saturday ... in Toeni ... "
            "'some twenty assailants' were also killed ... JNIM ... claimed the attack")
ev("barani-traders-killed", A, "2022-11-13", "2022-11-13", "2022-11-13", VAC, ["Attack"],
   UAG_BF + JNIM, CIV_BF, BF, BMOU, ["Kossi"], 8,
   evidence="On Sunday, gunmen killed eight traders returning from a market near Barani, in Kossi province")
ev("tougan-toeni-bus-ied", A, "2022-11-13", "2022-11-13", "2022-11-13", EXP, ["Remote explosive/landmine/IED"],
   UAG_BF + JNIM, CIV_BF, BF, BMOU, ["Sourou"], 4,
   evidence="The same day, a bus traveling between Tougan and Toeni struck an explosive device, killing four "
            "passengers (a relative: five)")
ev("tougan-vdp-recruitment", A, "2022-11-14", "2022-11-14", "2022-11-14", STR, ["Change to group/activity"],
   VDP + FAB + ["Government of Burkina Faso", "Civilians (Burkina Faso)"], [""], BF, BMOU, ["Sourou"], 0,
   req=False,
   evidence="In Tougan, hundreds of young men lined up outside the town hall on Monday to register as volunteers "
            "(militia recruitment; optional)")

# ---------------------------------------------------------------- Niger (Al Jazeera, 2024-08-09, Fri)
A = "niger_fandou_aljazeera"
NE_POL = ["Police Forces of Niger", "Gendarmerie of Niger", "National Gendarmerie of Niger"] + FAN
DOSSO = ["Dosso"]
ev("fandou-gendarmerie-attack", A, "2024-08-07", "2024-08-07", "2024-08-07", BAT, ["Armed clash"],
   UAG_NE + JNIM + ["Lakurawa"], NE_POL, NE, DOSSO, ["Dogondoutchi"], 3,
   evidence="Dozens of gunmen on motorcycles attacked the gendarmerie post in the town of Fandou, in Dogondoutchi "
            "department, before dawn on Wednesday ... Three gendarmes have been killed")
ev("fandou-farmers-abducted", A, "2024-08-08", "2024-08-08", "2024-08-08", VAC, ["Abduction/forced disappearance"],
   UAG_NE + JNIM + ["Lakurawa"], CIV_NE, NE, DOSSO, ["Dogondoutchi"], 0,
   evidence="On Thursday, gunmen abducted nine farmers working in their fields a few kilometres outside Fandou")
ev("filingue-drone-strike", A, "2024-08-06", "2024-08-06", "2024-08-06", EXP, ["Air/drone strike"],
   FAN, UAG_NE + JNIM + ISS + [""], NE, TIL, ["Filingue", "Filingué"], 15,
   evidence="a drone strike on Tuesday had destroyed a 'terrorist hideout' near Filingue, in the Tillaberi region, "
            "killing some fifteen fighters")
ev("agadez-us-withdrawal", A, "2024-08-05", "2024-08-05", "2024-08-05", STR,
   ["Change to group/activity", "Headquarters or base established", "Non-violent transfer of territory", "Other"],
   ["Military Forces of the United States", "Military Forces of United States"] + FAN,
   ["", "Military Forces of Niger", "Military Forces of the United States"], NE, ["Agadez"],
   ["Tchirozerine", "Agadez"], 0,
   evidence="The last US troops left Air Base 201 in Agadez on Monday, the Pentagon said")
ev("niamey-coup-anniversary-rally", A, "2024-07-26", "2024-07-26", "2024-07-26", PRO, ["Peaceful protest"],
   ["Protesters (Niger)"], [""], NE, ["Niamey"], (), 0,
   evidence="Thousands of people gathered in Niamey on July 26 to mark the first anniversary of the coup ... The rally "
            "passed off peacefully (14 days before publication, inside the window)")

DROP = {
    "mali_kouakourou_apnews": ["AP News", "U.S. News", "World News", "Politics", "Sports", "Entertainment",
                               "Business", "Share", "Copy Link",
                               "Copyright 2024 The Associated Press. All Rights Reserved.", "Related Stories",
                               "Mali's junta suspends political parties' activities",
                               "Burkina Faso drone strikes kill civilians, rights group says"],
    "burkina_rollo_africanews": ["africanews.", "Home", "News", "Business", "Sport", "Culture",
                                 "Share this article", "Facebook", "Twitter", "WhatsApp", "More about",
                                 "Burkina Faso", "Terrorism", "Displacement", "Copyright © africanews"],
    "mali_niafunke_rfi": ["RFI", "Africa", "France", "International", "Podcasts", "Related",
                          "Mali: MINUSMA convoy hit by IED near Timbuktu", "Wagner mercenaries in Mali: what we know",
                          "Share", "Facebook", "Twitter"],
    "burkina_toeni_voa": ["VOA", "Africa", "Burkina Faso", "Print", "Share", "Related",
                          "Burkina Faso's Junta Leader Calls for 50,000 Volunteers",
                          "Gunmen Kill Dozens in Northern Burkina Faso"],
    "niger_fandou_aljazeera": ["Al Jazeera", "Skip links", "Skip to Content", "News", "Africa", "Features",
                               "Opinion", "More from News", "Mali's army says it killed dozens of fighters near "
                               "Algerian border", "Burkina Faso says it foiled new coup plot"],
}
EITHER = {
    "burkina_titao_afp": ["bur-lal/ayj/bp"],
    "niger_bankilare_reuters": ["By Moussa Aksar", "(Reporting by Moussa Aksar; Additional reporting by Boureima "
                                "Balima; Writing by Bate Felix; Editing by Alison Williams)"],
    "mali_kouakourou_apnews": ["By BABA AHMED", "Updated 4:12 PM GMT, May 15, 2024", "___",
                               "Associated Press writer Sam Mednick in Dakar, Senegal, contributed."],
    "burkina_rollo_africanews": ["By Africanews with AFP", "last updated: 17/06 - 10:05"],
    "mali_niafunke_rfi": ["Published on: 10/03/2022 - 14:20"],
    "burkina_toeni_voa": ["November 15, 2022 9:41 AM", "By Henry Wilkins"],
    "niger_fandou_aljazeera": ["Published On 9 Aug 2024", "Source: Al Jazeera"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="7 hand-written held-out articles (bench/heldout217; the central Sahel 2021-2024: Mali, "
                             "Burkina Faso, Niger), coded by CODEBOOK.md before the system was run (BLIND).",
               drop=DROP, either=EITHER)
