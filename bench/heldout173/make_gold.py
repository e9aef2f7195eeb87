"""Writes gold.json for the 173rd held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout173/make_gold.py

Focus: Mali and Burkina Faso, 2015-2024 — a bar attack in Bamako, a massacre of villagers and army
executions in the Mopti region, twin attacks on the army HQ and French embassy in Ouagadougou, a massacre in
Yatenga blamed on self-defence groups, an ambush on an army anti-poaching patrol, the January 2022 coup, a rebel
attack on an army camp in the Timbuktu region and a drone strike on rebel leaders in Tinzaouaten.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

ML, BF = "Mali", "Burkina Faso"
FAMA = ["Military Forces of Mali"]
CIV_ML = ["Civilians (Mali)"]
UAG_ML = ["Unidentified Armed Group (Mali)"]
JNIM = ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Jamaat Nusrat al-Islam wal-Muslimin",
        "Group for Support of Islam and Muslims", "GSIM", "JNIM: Group for Support of Islam and Muslims",
        "JNIM: Jama'at Nusrat al-Islam wal-Muslimin"]
ISSP = ["Islamic State Sahel Province", "Islamic State Sahel", "Islamic State", "ISSP", "ISGS",
        "Islamic State in the Greater Sahara"]
UN_ML = ["MINUSMA", "United Nations Multidimensional Integrated Stabilization Mission in Mali", "United Nations",
         "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali"]
CSP = ["CSP", "CSP-PSD", "Permanent Strategic Framework", "Permanent Strategic Framework for Peace, Security and "
       "Development", "CMA", "Coordination of Azawad Movements", "CSP-DPA",
       "Strategic Framework for the Defense of the People of Azawad"]
FLA = ["FLA", "Azawad Liberation Front", "Front de Liberation de l'Azawad", "Azawad Liberation Front (FLA)"] + CSP
FABF = ["Military Forces of Burkina Faso"]
CIV_BF = ["Civilians (Burkina Faso)"]
UAG_BF = ["Unidentified Armed Group (Burkina Faso)"]
JIH_BF = UAG_BF + JNIM + ["Ansarul Islam", "Ansaroul Islam"] + ISSP
VDP = ["VDP", "Volunteers for the Defence of the Homeland", "Volunteers for the Defense of the Homeland",
       "Volunteers for the Defense of the Homeland (VDP)"]
TOMB = ["Tombouctou", "Timbuktu"]
MENAKA = ["Menaka", "Ménaka", "Gao"]

# ---------------------------------------------------------------- Mali (Al Jazeera, 2015-03-09, Mon)
A = "mali_bamako_aljazeera"
MOURAB = ["Al-Mourabitoun", "Al Mourabitoun", "Al-Mourabitoun Battalion", "Al Mourabitoun Battalion",
          "Al Mourabitoun Brigade"] + UAG_ML
ev("bamako-la-terrasse-attack", A, "2015-03-07", "2015-03-07", "2015-03-07", VAC, ["Attack"],
   MOURAB, CIV_ML + ["Civilians (France)", "Civilians (Belgium)", "Civilians (International)"], ML, ["Bamako"],
   ["Bamako"], 5,
   evidence="Gunmen who stormed a popular bar ... killed five people in the early hours of Saturday ... La Terrasse, "
            "a nightspot in the Hippodrome district")
ev("kidal-minusma-rockets", A, "2015-03-08", "2015-03-08", "2015-03-08", EXP,
   ["Shelling/artillery/missile attack"], UAG_ML + JNIM + ["Ansar Dine", "MUJAO"], UN_ML + ["Military Forces of Chad"]
   + CIV_ML, ML, ["Kidal"], ["Kidal"], 3,
   evidence="on Sunday morning, more than 30 rockets and shells were fired at the base of ... MINUSMA, in ... Kidal, "
            "killing a Chadian peacekeeper and two children")
ev("bamako-suspects-detained", A, "2015-03-08", "2015-03-07", "2015-03-08", STR, ["Arrests"],
   ["Police Forces of Mali"], MOURAB + CIV_ML + [""], ML, ["Bamako"], ["Bamako"], 0, req=False,
   evidence="Malian police said on Sunday they had detained two suspects in the Bamako suburbs (suspects, not "
            "notable persons)")
ev("kidal-protest-against-accord", A, "2015-03-08", "2015-03-02", "2015-03-08", PRO, ["Peaceful protest"],
   ["Protesters (Mali)"] + CSP, [""], ML, ["Kidal"], ["Kidal"], 0, req=False, tp=2,
   evidence="several thousand of its supporters protested in Kidal against the accord last week")

# ---------------------------------------------------------------- Mali (MINUSMA via ReliefWeb, 2018-06-25, Mon)
A = "mali_koumaga_reliefweb"
DOZO = ["Dozo Communal Militia (Mali)", "Dozo", "Dozos", "Dozo militia", "Dozo Militia", "Dan Na Ambassagou",
        "Dogon Ethnic Militia (Mali)", "Donso"] + UAG_ML
PEULH = CIV_ML + ["Fulani Ethnic Group (Mali)", "Peulh Ethnic Group (Mali)"]
ev("koumaga-massacre", A, "2018-06-23", "2018-06-23", "2018-06-23", VAC, ["Attack"], DOZO, PEULH, ML, ["Mopti"],
   ["Djenne", "Djenné", ""], 32,
   evidence="the attack carried out on Saturday 23 June 2018 against the village of Koumaga, in the cercle of "
            "Djenné ... at least 32 civilians were killed ... armed men dressed as traditional hunters (dozos)")
ev("nantaka-detainees-killed", A, "2018-06-15", "2018-06-13", "2018-06-15", VAC, ["Attack"], FAMA, PEULH,
   ML, ["Mopti"], ["Mopti"], 25, tp=2,
   evidence="soldiers were implicated in the deaths of 25 men whose bodies were found in mass graves near ... Nantaka "
            "... arrested by an army patrol in Nantaka and ... Kobaka on 13 June ... discovered two days later")
ev("kobaka-detainees-killed", A, "2018-06-15", "2018-06-13", "2018-06-15", VAC, ["Attack"], FAMA, PEULH,
   ML, ["Mopti"], ["Mopti"], None, req=False, tp=2,
   evidence="the neighbouring village of Kobaka (same 25 victims; a coder splitting by village of arrest)")
ev("boni-douentza-road-ied", A, "2018-06-21", "2018-06-21", "2018-06-21", EXP, ["Remote explosive/landmine/IED"],
   UAG_ML + JNIM + ["Ansar Dine", "Katiba Macina"], CIV_ML, ML, ["Mopti"], ["Douentza"], 3,
   evidence="On Thursday 21 June, three civilians were also killed when their vehicle struck an explosive device on "
            "the road between Boni and Douentza")
ev("koumaga-troops-deployed", A, "2018-06-24", "2018-06-23", "2018-06-24", STR, ["Change to group/activity"],
   FAMA, [""], ML, ["Mopti"], ["Djenne", "Djenné", ""], 0, req=False,
   evidence="In a communiqué issued on Sunday, the Government ... announced that additional units ... had been "
            "deployed to the area")

# ---------------------------------------------------------------- Burkina Faso (AFP, 2018-03-03, Sat)
A = "burkina_ouagadougou_afp"
BF_SEC = FABF + ["Police Forces of Burkina Faso", "Gendarmerie of Burkina Faso", "Military Forces of France"]
ev("ouaga-general-staff-car-bomb", A, "2018-03-02", "2018-03-02", "2018-03-02", EXP,
   ["Suicide bomb", "Remote explosive/landmine/IED"], JNIM + UAG_BF, FABF, BF, ["Centre"], ["Kadiogo"], 12,
   evidence="a car packed with explosives blew up at the gates of the army's general staff headquarters ... The eight "
            "dead from our defence and security forces were all killed at the general staff ... four assailants were "
            "also killed at that site")
ev("ouaga-general-staff-gunfight", A, "2018-03-02", "2018-03-02", "2018-03-02", BAT, ["Armed clash"],
   JNIM + UAG_BF + BF_SEC, BF_SEC + JNIM + UAG_BF, BF, ["Centre"], ["Kadiogo"], None, req=False,
   evidence="Attackers who had been in the vehicle then fought their way into the compound before being shot dead "
            "(a coder coding the HQ assault as a clash rather than a bombing)")
ev("ouaga-french-embassy-clash", A, "2018-03-02", "2018-03-02", "2018-03-02", BAT, ["Armed clash"],
   JNIM + UAG_BF + BF_SEC, BF_SEC + JNIM + UAG_BF + ["Civilians (Burkina Faso)"], BF, ["Centre"], ["Kadiogo"], 4,
   evidence="gunmen jumped out of a car near the French embassy ... Gendarmes ... and French special forces ... fought "
            "the assailants for more than an hour. Four attackers were killed there")
ev("ouaga-suspects-arrested", A, "2018-03-02", "2018-03-02", "2018-03-02", STR, ["Arrests"],
   ["Police Forces of Burkina Faso"] + FABF, JNIM + UAG_BF + CIV_BF + [""], BF, ["Centre"], ["Kadiogo"], 0, req=False,
   evidence="Police said two suspects had been arrested on Friday evening (not notable persons)")
ev("tinzaouaten-french-raid", A, "2018-02-14", "2018-02-14", "2018-02-14", EXP, ["Air/drone strike"],
   ["Military Forces of France"], JNIM + ["Ansar Dine"], ML, ["Kidal"], (), None,
   evidence="a raid on February 14 near Tinzaouaten ... French helicopters and jets struck a group of fighters ... "
            "about 20 jihadists had been 'neutralised' - killed or captured (17 days before publication)")
ev("tinzaouaten-french-raid-as-clash", A, "2018-02-14", "2018-02-14", "2018-02-14", BAT, ["Armed clash"],
   ["Military Forces of France"], JNIM + ["Ansar Dine"], ML, ["Kidal"], (), None, req=False,
   evidence="same raid coded as a battle (helicopter-borne raid, killed or captured)")

# ---------------------------------------------------------------- Burkina Faso (Burkina24, 2020-03-10, Tue)
A = "burkina_barga_burkina24"
KOGL = UAG_BF + ["Koglweogo", "Koglweogo Militia", "Koglweogo Militia (Burkina Faso)",
                 "Koglweogo Communal Militia (Burkina Faso)", "Mossi Ethnic Militia (Burkina Faso)"]
FULANI_BF = CIV_BF + ["Fulani Ethnic Group (Burkina Faso)"]
ev("barga-villages-massacre", A, "2020-03-08", "2020-03-08", "2020-03-08", VAC, ["Attack"], KOGL, FULANI_BF, BF,
   ["Nord"], ["Yatenga"], 43,
   evidence="At least 43 people were killed ... on Sunday when armed men attacked the villages of Dinguila and "
            "Ramdolla-Peulh, in the rural commune of Barga, Yatenga province")
ev("barga-second-village", A, "2020-03-08", "2020-03-08", "2020-03-08", VAC, ["Attack"], KOGL, FULANI_BF, BF,
   ["Nord"], ["Yatenga"], None, req=False,
   evidence="second named village (Dinguila / Ramdolla-Peulh), no breakdown of the 43 by village")
ev("solle-vdp-ambush", A, "2020-03-07", "2020-03-07", "2020-03-07", BAT, ["Armed clash"], JIH_BF, VDP + FABF, BF,
   ["Nord"], ["Loroum"], 5,
   evidence="five Volunteers for the Defence of the Homeland (VDP) were killed on Saturday when their patrol was "
            "ambushed near Sollé, in Loroum province")
ev("djibo-army-operation", A, "2020-03-06", "2020-03-06", "2020-03-06", BAT, ["Armed clash"], FABF + JIH_BF,
   JIH_BF + FABF, BF, ["Sahel"], ["Soum"], 7,
   evidence="the army said ... on Monday that its troops had 'neutralised' seven terrorists on Friday during an "
            "operation near the town of Djibo")

# ---------------------------------------------------------------- Burkina Faso (RTÉ, 2021-04-27, Tue)
A = "burkina_pama_rte"
FOREIGN = ["Civilians (Ireland)", "Civilians (Spain)", "Civilians (International)"]
ev("natiaboani-patrol-ambush", A, "2021-04-26", "2021-04-26", "2021-04-26", BAT, ["Armed clash"], JNIM + UAG_BF,
   FABF + FOREIGN, BF, ["Est"], ["Gourma", "Kompienga"], 3,
   evidence="a patrol of around 40 Burkinabe soldiers and forest rangers ... attacked on Monday morning on the road "
            "between Fada N'Gourma and Pama, near the village of Natiaboani ... The soldiers returned fire ... the "
            "three foreigners had been killed")
ev("natiaboani-foreigners-killed-as-attack", A, "2021-04-26", "2021-04-26", "2021-04-26", VAC, ["Attack"],
   JNIM + UAG_BF, FOREIGN + CIV_BF, BF, ["Est"], ["Gourma", "Kompienga"], 3, req=False,
   evidence="same ambush coded as an attack on the civilians travelling with the patrol")
ev("kompienga-ied-soldiers-wounded", A, "2021-04-25", "2021-04-25", "2021-04-25", EXP,
   ["Remote explosive/landmine/IED"], JIH_BF, FABF, BF, ["Est"], ["Kompienga"], 0,
   evidence="on Sunday, two soldiers were wounded when their vehicle struck an improvised explosive device near the "
            "town of Kompienga")
ev("koulpelogo-army-vdp-operation", A, "2021-04-25", "2021-04-24", "2021-04-25", BAT, ["Armed clash"],
   FABF + VDP + JIH_BF, JIH_BF + FABF + VDP, BF, ["Centre-Est"], ["Koulpelogo"], 20, req=False, tp=2,
   evidence="a joint operation by its troops and Volunteers for the Defence of the Homeland had 'neutralised' around "
            "20 terrorists in the Koulpelogo province over the weekend, without giving further details")

# ---------------------------------------------------------------- Burkina Faso (AP, 2022-01-25, Tue)
A = "burkina_coup_ap"
MUT = FABF + ["Mutiny of Military Forces of Burkina Faso", "MPSR", "Patriotic Movement for Safeguarding and "
              "Restoration", "Patriotic Movement for Safeguard and Restoration"]
GOV_BF = ["Government of Burkina Faso", "Roch Marc Christian Kabore", "Roch Kabore", "Kabore",
          "Government of Burkina Faso (2015-2022)"]
ev("ouaga-mpp-hq-burned", A, "2022-01-23", "2022-01-23", "2022-01-23", RIO, ["Violent demonstration"],
   ["Rioters (Burkina Faso)", "Protesters (Burkina Faso)"], ["", "MPP", "People's Movement for Progress"] + CIV_BF
   + GOV_BF, BF, ["Centre"], ["Kadiogo"], 0,
   evidence="On Sunday afternoon, hundreds of people ... ransacked and set fire to the headquarters of Kabore's ruling "
            "party")
ev("ouaga-place-nation-teargas", A, "2022-01-23", "2022-01-23", "2022-01-23", PRO,
   ["Protest with intervention"], ["Protesters (Burkina Faso)"], ["Police Forces of Burkina Faso", ""], BF,
   ["Centre"], ["Kadiogo"], 0, req=False,
   evidence="Earlier, police had fired tear gas to disperse a crowd that gathered at the Place de la Nation (a coder "
            "might fold it into the riot row)")
ev("ouaga-camp-mutiny", A, "2022-01-23", "2022-01-23", "2022-01-23", STR, ["Other", "Change to group/activity"],
   MUT, ["", "Government of Burkina Faso"] + FABF, BF, ["Centre"], ["Kadiogo"], 0, req=False,
   evidence="heavy gunfire broke out at the Sangoule Lamizana camp in Ouagadougou's Gounghin neighborhood ... Mutinous "
            "soldiers demanded more resources")
ev("kabore-detained", A, "2022-01-24", "2022-01-23", "2022-01-24", STR, ["Arrests"], MUT, GOV_BF + [""], BF,
   ["Centre"], ["Kadiogo"], 0,
   evidence="Kabore was detained Monday by soldiers at a military camp in the capital")
ev("junta-seizes-power", A, "2022-01-24", "2022-01-24", "2022-01-24", STR,
   ["Other", "Change to group/activity", "Non-violent transfer of territory"], MUT, GOV_BF + [""], BF, ["Centre"],
   ["Kadiogo"], 0, req=False,
   evidence="in a television announcement late Monday ... said it has seized power, suspended the constitution and "
            "dissolved the government")
ev("ouaga-celebration-rally", A, "2022-01-25", "2022-01-25", "2022-01-25", PRO, ["Peaceful protest"],
   ["Protesters (Burkina Faso)"], [""], BF, ["Centre"], ["Kadiogo"], 0, req=False,
   evidence="On Tuesday, hundreds of people gathered peacefully at the same square to celebrate the takeover")
ev("zoungrana-plot-arrests", A, "2022-01-10", "2022-01-10", "2022-01-11", STR, ["Arrests"],
   FABF + GOV_BF + ["Police Forces of Burkina Faso"], FABF + ["Emmanuel Zoungrana", ""], BF, ["Centre", ""], (), 0,
   req=False,
   evidence="The government announced on Jan. 11 that eight soldiers had been arrested the previous day ... Lt. Col. "
            "Emmanuel Zoungrana (15 days before; no place given)")

# ---------------------------------------------------------------- Mali (Xinhua, 2023-09-19, Tue; dateline Sept 18)
A = "mali_lere_xinhua"
ev("lere-camp-attack", A, "2023-09-17", "2023-09-17", "2023-09-17", BAT,
   ["Armed clash", "Non-state actor overtakes territory"], CSP + UAG_ML + FAMA, FAMA + CSP + UAG_ML, ML, TOMB, (), 12,
   evidence="'terrorists' ... attacked the Lere camp on Sunday afternoon ... two soldiers were killed ... about ten "
            "attackers were 'neutralized' ... CSP-PSD ... 'taken control' of the camp ... before leaving the area the "
            "same evening")
ev("lere-air-strikes", A, "2023-09-18", "2023-09-18", "2023-09-18", EXP, ["Air/drone strike"], FAMA,
   CSP + UAG_ML, ML, TOMB, (), None,
   evidence="on Monday morning its air force carried out strikes on fleeing vehicles near Lere, 'neutralizing several "
            "terrorists'")
ev("bourem-camp-attack", A, "2023-09-12", "2023-09-12", "2023-09-12", BAT, ["Armed clash"], CSP + UAG_ML + FAMA,
   FAMA + CSP + UAG_ML, ML, ["Gao"], (), 56,
   evidence="Last Tuesday, Sept. 12, the army camp in Bourem ... 10 soldiers dead ... 46 assailants were killed. The "
            "CSP claimed responsibility (7 days before)")
ev("bamba-boat-rockets", A, "2023-09-07", "2023-09-07", "2023-09-07", EXP, ["Shelling/artillery/missile attack"],
   JNIM + UAG_ML, CIV_ML + FAMA, ML, ["Gao"], ["Bourem"], 64,
   evidence="on Sept. 7, a passenger boat ... was hit by rockets on the Niger River near Bamba ... killing 49 "
            "civilians and 15 soldiers (12 days before)")
ev("aes-charter-signed", A, "2023-09-16", "2023-09-16", "2023-09-16", STR, ["Agreement"],
   ["Government of Mali", "Government of Burkina Faso", "Government of Niger"] + FAMA + FABF
   + ["Military Forces of Niger"],
   ["Government of Mali", "Government of Burkina Faso", "Government of Niger", ""] + FAMA + FABF
   + ["Military Forces of Niger"], ML, ["Bamako"], ["Bamako"], 0, req=False,
   evidence="On Saturday, Mali, Burkina Faso and Niger signed in Bamako the Liptako-Gourma Charter ... a mutual "
            "defence pact")

# ---------------------------------------------------------------- Mali (Reuters, 2024-12-03, Tue)
A = "mali_tinzaouaten_reuters"
ev("tinzaouaten-drone-strike-fla-leaders", A, "2024-12-01", "2024-12-01", "2024-12-01", EXP, ["Air/drone strike"],
   FAMA, FLA + ["Civilians (Mali)"], ML, ["Kidal"], (), 8,
   evidence="The strike hit a house in Tinzaouaten ... on Sunday afternoon ... eight people were killed, among them "
            "Fahad Ag Almahmoud")
ev("anderamboukane-drone-strike", A, "2024-12-01", "2024-12-01", "2024-12-01", EXP, ["Air/drone strike"], FAMA,
   ISSP + UAG_ML + JNIM, ML, MENAKA, (), None,
   evidence="Also on Sunday, the army said drones had destroyed two vehicles carrying 'terrorists' near "
            "Anderamboukane in the Menaka region")
ev("fla-founded-tinzaouaten", A, "2024-11-30", "2024-11-30", "2024-11-30", STR, ["Change to group/activity"],
   FLA, [""], ML, ["Kidal"], (), 0, req=False,
   evidence="The FLA was announced ... on Saturday, when the main groups of ... (CSP) ... said at a meeting in "
            "Tinzaouaten that they were dissolving into a single movement")
ev("anefis-fla-claimed-attack", A, "2024-12-02", "2024-12-02", "2024-12-02", BAT, ["Armed clash"], FLA + FAMA,
   FAMA + FLA, ML, ["Kidal"], (), None, req=False,
   evidence="the group had 'responded' by firing on an army position near Anefis on Monday, but gave no details "
            "(unverified claim)")
ev("resolute-ceo-detained", A, "2024-11-30", "2024-11-01", "2024-11-30", STR, ["Arrests"],
   ["Government of Mali", "Police Forces of Mali"] + FAMA,
   ["Resolute Mining", "Civilians (Australia)", "Civilians (United Kingdom)", "Civilians (International)", ""], ML,
   ["Bamako"], ["Bamako"], 0, req=False, tp=3,
   evidence="Authorities last month detained the chief executive of Australia's Resolute Mining and two of his "
            "employees in Bamako")

DROP = {
    "mali_bamako_aljazeera": ["Al Jazeera", "News", "Middle East", "Africa", "Asia", "US & Canada", "Europe",
                              "Features", "Opinion", "Video", "Live", "Share", "Save", "More from News",
                              "Mali peace talks: rebels ask for more time",
                              "UN peacekeepers killed in northern Mali ambush",
                              "Nigeria's Boko Haram pledges allegiance to ISIL", "Follow Al Jazeera English:",
                              "Facebook", "Twitter", "© 2015 Al Jazeera Media Network"],
    "mali_koumaga_reliefweb": ["ReliefWeb", "Updates", "Countries", "Organizations", "Disasters", "Jobs", "Training",
                               "Related Content", "Mali: Humanitarian Snapshot (June 2018)",
                               "Mali: Central regions – Displacement Monitoring (May 2018)", "Share this",
                               "Facebook", "Twitter", "Email"],
    "burkina_barga_burkina24": ["Burkina24", "Accueil", "Actualité", "Politique", "Économie", "Société", "Sécurité",
                                "Sport", "International", "Partager", "Facebook", "Twitter", "WhatsApp",
                                "À lire aussi", "Sanmatenga: le marché de Nagraogo attaqué, 36 morts",
                                "Loi sur les Volontaires pour la défense de la patrie: ce qu'il faut retenir",
                                "Coronavirus: le Burkina enregistre ses deux premiers cas",
                                "© 2020 Burkina24 - Tous droits réservés"],
    "burkina_pama_rte": ["RTÉ", "News", "Sport", "Entertainment", "Business", "Lifestyle", "Culture", "Player",
                         "Share", "Read More", "Irish man among three foreigners missing after Burkina Faso attack",
                         "Sahel violence: UN warns of 'unprecedented' humanitarian crisis", "© RTÉ 2021"],
    "burkina_coup_ap": ["AP NEWS", "Top Stories", "World News", "U.S. News", "Politics", "Sports", "Entertainment",
                        "Business", "Technology",
                        "Copyright 2022 The Associated Press. All rights reserved. This material may not be published, "
                        "broadcast, rewritten or redistributed without permission."],
    "mali_tinzaouaten_reuters": ["Skip to main content", "World", "Business", "Markets", "Sustainability", "Legal",
                                 "Breakingviews", "Technology", "Investigations", "Africa", "Read Next",
                                 "Mali junta replaces prime minister after criticism of transition",
                                 "Our Standards: The Thomson Reuters Trust Principles."],
}
EITHER = {
    "mali_bamako_aljazeera": ["Mali", "9 Mar 2015", "Source: Al Jazeera and news agencies"],
    "mali_koumaga_reliefweb": ["Mali", "News and Press Release", "Source: MINUSMA", "Posted: 25 Jun 2018",
                               "Originally published: 25 Jun 2018",
                               "For more information: MINUSMA Strategic Communication and Public Information "
                               "Division"],
    "burkina_ouagadougou_afp": ["burs-hb/pg/fz"],
    "burkina_barga_burkina24": ["Par la Rédaction", "10 mars 2020"],
    "burkina_pama_rte": ["World", "Updated / Tuesday, 27 Apr 2021 18:42"],
    "burkina_coup_ap": ["By ASSOCIATED PRESS", "January 25, 2022 GMT"],
    "mali_lere_xinhua": ["Editor: Huaxia"],
    "mali_tinzaouaten_reuters": ["By Reuters", "December 3, 2024 4:27 PM UTC Updated ago",
                                 "Reporting by Reuters staff in Bamako and Dakar; Editing by Africa desk"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout173; Mali and Burkina Faso 2015-2024), "
                             "coded by CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
