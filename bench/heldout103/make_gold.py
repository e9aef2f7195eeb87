"""Writes gold.json for the 103rd held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 14).

    python bench/heldout103/make_gold.py

Focus: Mali, Burkina Faso and Niger, 2015-2025 — jihadist attacks on soldiers (Madina Sylla, Kandadji, Dubalma,
an unnamed Tillaberi ambush), massacres of villagers (Lamana/Ngoumao, Binedama, Kain, Takoubatt), IEDs/landmines
(Niendjela, Dogofry), a suicide car bomb (Gao MOC camp) and air/drone strikes (Pognoa-Sankoado, Mangaize), with
army counter-operations, a French special-forces raid, arrests, and many statements, plans and background acts.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

ML, BF, NE = "Mali", "Burkina Faso", "Niger"
JNIM = ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Jamaat Nusrat al-Islam wal-Muslimin",
        "Group for the Support of Islam and Muslims", "GSIM"]
ISS = ["Islamic State Sahel", "Islamic State Sahel Province", "Islamic State in the Greater Sahara", "ISGS",
       "Islamic State", "IS Sahel", "ISSP"]
UAG_ML, UAG_BF, UAG_NE = ("Unidentified Armed Group (Mali)", "Unidentified Armed Group (Burkina Faso)",
                          "Unidentified Armed Group (Niger)")
CIV_ML, CIV_BF, CIV_NE = "Civilians (Mali)", "Civilians (Burkina Faso)", "Civilians (Niger)"
FAMA, BF_MIL, NE_MIL = "Military Forces of Mali", "Military Forces of Burkina Faso", "Military Forces of Niger"
MACINA = ["Katiba Macina", "Macina Liberation Front", "FLM"]

# ---------------------------------------------------------------- Niger (AFP, 2015-06-18, Thu)
A = "niger_lamana_afp"
BH = ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS",
      "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Islamic State West Africa Province", "ISWAP",
      "Islamic State", UAG_NE]
ev("lamana-boko-haram-massacre", A, "2015-06-17", "2015-06-17", "2015-06-18", VAC, ["Attack"],
   BH, [CIV_NE], NE, ["Diffa"], ["Diffa"], None,
   evidence="Boko Haram ... attacked the villages of Lamana and Ngoumao, in the commune of Gueskerou in the Diffa "
            "region ... 38 civilians dead ... arrived ... shortly after 8:00 pm ... on Wednesday (no split of the 38 "
            "between the two villages -> fatalities unknown per row)")
ev("ngoumao-boko-haram-massacre", A, "2015-06-17", "2015-06-17", "2015-06-18", VAC, ["Attack"],
   BH, [CIV_NE], NE, ["Diffa"], (), None,
   evidence="the villages of Lamana and Ngoumao ... a few kilometres apart (second named village, same night; "
            "Ngoumao is not in the gazetteer -> admin2 unscored)")

# ---------------------------------------------------------------- Mali (Xinhua, 2017-01-19, Thu)
A = "mali_gao_xinhua"
MOUR = ["Al Mourabitoun", "Al-Mourabitoun", "Al Mourabitoun Battalion", "Al-Mourabitoun Battalion", "AQIM",
        "Al Qaeda in the Islamic Maghreb", "Al-Qaeda in the Islamic Maghreb", UAG_ML]
MOC = [FAMA, "MOC", "Operational Coordination Mechanism", "CMA", "Coordination of Azawad Movements", "Platform",
       "GATIA", CIV_ML]
ev("gao-moc-camp-suicide-car-bomb", A, "2017-01-18", "2017-01-18", "2017-01-18", EXP, ["Suicide bomb"],
   MOUR, MOC, ML, ["Gao"], ["Gao"], 77,
   evidence="a vehicle ... loaded with explosives entered the camp at around 9 a.m. ... on Wednesday ... exploded in "
            "the middle of the crowd ... 77 people were killed and 115 others wounded (first toll 'at least 47')")
ev("dogofry-landmine", A, "2017-01-17", "2017-01-17", "2017-01-17", EXP, ["Remote explosive/landmine/IED"],
   [UAG_ML, "AQIM", "Ansar Dine"] + MACINA + JNIM, [FAMA], ML, ["Segou", "Ségou"], ["Niono"], 0,
   evidence="three Malian soldiers were wounded on Tuesday when their vehicle struck a landmine near Dogofry, in the "
            "Niono area of the central Segou region")

# ---------------------------------------------------------------- Burkina Faso (AP, 2019-02-05, Tue)
A = "burkina_kain_ap"
JIH_BF = [UAG_BF, "Ansaroul Islam", "Ansarul Islam", "Ansar ul Islam"] + JNIM + ISS + MACINA
ev("kain-village-attack", A, "2019-02-04", "2019-02-03", "2019-02-04", VAC, ["Attack"],
   JIH_BF, [CIV_BF], BF, ["Nord"], ["Yatenga"], 14,
   evidence="Armed men attacked the village of Kain in Yatenga province overnight Sunday into Monday, going from door "
            "to door ... Fourteen civilians were killed")
ev("kain-army-counter-operation", A, "2019-02-04", "2019-02-04", "2019-02-05", BAT, ["Armed clash"],
   [BF_MIL] + JIH_BF, JIH_BF + [BF_MIL], BF, ["Nord"], ["Yatenga"], None,
   evidence="the defense and security forces 'immediately launched operations' in the departments of Kain, Banh ... "
            "and Bomboro ... ground and air operation ... neutralize 146 terrorists in the three departments (no split)")
ev("banh-army-counter-operation", A, "2019-02-04", "2019-02-04", "2019-02-05", BAT, ["Armed clash"],
   [BF_MIL] + JIH_BF, JIH_BF + [BF_MIL], BF, ["Nord"], ["Loroum"], None,
   evidence="operations in the departments of ... Banh in Loroum province (share of the 146 unknown)")
ev("bomboro-army-counter-operation", A, "2019-02-04", "2019-02-04", "2019-02-05", BAT, ["Armed clash"],
   [BF_MIL] + JIH_BF, JIH_BF + [BF_MIL], BF, ["Boucle du Mouhoun"], ["Kossi"], None,
   evidence="operations in the departments of ... Bomboro in Kossi province (share of the 146 unknown)")
ev("sahel-market-attack-past-week", A, "2019-02-05", "2019-01-29", "2019-02-05", VAC, ["Attack"],
   JIH_BF, [CIV_BF], BF, ["Sahel"], (), None, req=False, tp=2,
   evidence="Gunmen in the past week also killed at least 14 people in attacks on a marketplace and a military base "
            "in the Sahel region (no place, no date, toll shared with the base attack)")
ev("sahel-base-attack-past-week", A, "2019-02-05", "2019-01-29", "2019-02-05", BAT, ["Armed clash"],
   JIH_BF, [BF_MIL], BF, ["Sahel"], (), None, req=False, tp=2,
   evidence="... attacks on a marketplace and a military base in the Sahel region (second half of the same sentence)")

# ---------------------------------------------------------------- Mali (Reuters, 2020-06-06, Sat)
A = "mali_binedama_reuters"
ev("binedama-massacre", A, "2020-06-05", "2020-06-05", "2020-06-05", VAC, ["Attack"],
   [UAG_ML, FAMA, "Dan Na Ambassagou", "Dogon Ethnic Militia (Mali)"], [CIV_ML, "Fulani Ethnic Group (Mali)"],
   ML, ["Mopti"], ["Koro"], 26,
   evidence="Gunmen killed at least 26 people in an attack on a Fulani village ... on Friday ... Binedama ... Koro "
            "(mayor: 'between 20 and 30' by 'men in military fatigues'; residents say soldiers)")
ev("talhandak-droukdel-killed", A, "2020-06-03", "2020-06-03", "2020-06-03", BAT, ["Armed clash"],
   ["Military Forces of France", "Operation Barkhane", "Barkhane"],
   ["AQIM", "Al Qaeda in the Islamic Maghreb", "Al-Qaeda in the Islamic Maghreb"] + JNIM, ML, ["Kidal"], (), None,
   evidence="French troops backed by helicopters had killed Droukdel and several of his close associates on Wednesday "
            "near Talhandak, about 80 km east of Tessalit ('several' -> toll unknown; Talhandak is not in the "
            "gazetteer -> admin2 unscored)")
ev("el-mrabat-captured", A, "2020-05-19", "2020-05-19", "2020-05-19", STR, ["Arrests"],
   ["Military Forces of France", "Operation Barkhane", "Barkhane"], ISS, ML, [""], (), 0, req=False,
   evidence="French forces on May 19 had captured Mohamed el Mrabat ... without saying where (18 days before, no "
            "place -> country level, optional)")

# ---------------------------------------------------------------- Mali (APA, 2021-10-31, Sun)
A = "mali_niendjela_apa"
JIH_ML = [UAG_ML] + JNIM + MACINA + ISS
ev("madina-sylla-ambush", A, "2021-10-30", "2021-10-30", "2021-10-30", BAT, ["Armed clash"],
   JIH_ML, [FAMA], ML, ["Koulikoro"], ["Nara"], 2,
   evidence="an escort from the Mourdiah detachment fell into an ambush near the village of Madina Sylla ... at "
            "around 11:21 a.m. ... two dead and three wounded (Saturday)")
ev("niendjela-ied", A, "2021-10-30", "2021-10-30", "2021-10-30", EXP, ["Remote explosive/landmine/IED"],
   JIH_ML, [FAMA], ML, ["Segou", "Ségou"], (), 5,
   evidence="a pick-up vehicle of a FAMa patrol was the victim of an attack with an improvised explosive device (IED) "
            "in the locality of Niendjela, around 1:30 p.m. ... The five occupants of the vehicle all died")
ev("niendjela-suspects-arrested", A, "2021-10-30", "2021-10-30", "2021-10-30", STR, ["Arrests"],
   [FAMA, "Police Forces of Mali"], JIH_ML + [CIV_ML, ""], ML, ["Segou", "Ségou"], (), 0, req=False,
   evidence="The search ... allowed the arrest of two suspects who were immediately handed over to the gendarmerie "
            "(not notable persons -> optional)")

# ---------------------------------------------------------------- Burkina Faso (France 24, 2022-08-04, Thu)
A = "burkina_pognoa_france24"
JIH_EST = JNIM + [UAG_BF] + ISS
ev("pognoa-sankoado-drone-strike", A, "2022-08-01", "2022-08-01", "2022-08-01", EXP, ["Air/drone strike"],
   [BF_MIL], [CIV_BF] + JIH_EST, BF, ["Est"], ["Kompienga"], 12,
   evidence="the strike hit a group of people gathered around a grain mill at dawn on Monday ... 'About thirty people "
            "were killed' ... 'at least a dozen' ... 36 dead (lowest specific figure 12)")
for place in ("Djamanga", "Djabiga", "Mandeni", "Bounou", "Obiagou"):
    ev(f"{place.lower()}-army-strike", A, "2022-08-01", "2022-08-01", "2022-08-01", EXP, ["Air/drone strike"],
       [BF_MIL], JIH_EST + [CIV_BF], BF, ["Est"], (), None, req=False,
       evidence=f"Targeting actions ... in several localities (... {place} ...) in the East region on Monday, August 1 "
                "... neutralise several dozen terrorists (one list in an army statement; per-place rows optional)")

# ---------------------------------------------------------------- Niger (Africanews, 2023-09-29, Fri)
A = "niger_kandadji_africanews"
JIH_NE = ISS + JNIM + [UAG_NE]
ev("kandadji-attack-on-unit", A, "2023-09-28", "2023-09-28", "2023-09-28", BAT, ["Armed clash"],
   JIH_NE, [NE_MIL], NE, ["Tillaberi", "Tillabéri"], ["Tillaberi", "Tillabéri", "Ayorou"], 7,
   evidence="A unit on a security mission in Kandadji was the target of a violent attack by several hundred "
            "terrorists on Thursday ... Seven soldiers fell in combat (the five killed in a road accident are not "
            "conflict deaths)")
ev("tidjani-attackers-motorbikes-destroyed", A, "2023-09-28", "2023-09-28", "2023-09-29", BAT, ["Armed clash"],
   [NE_MIL], JIH_NE, NE, ["Tillaberi", "Tillabéri"], (), None, req=False,
   evidence="The motorbikes and weapons used by the assailants were 'destroyed in the Tidjani area', about 20 km "
            "northeast of Ayorou ... did not say how (pursuit; could be folded into the Kandadji row)")
ev("aes-charter-signed-bamako", A, "2023-09-16", "2023-09-16", "2023-09-16", STR, ["Agreement"],
   ["Government of Mali", FAMA, "Government of Burkina Faso", BF_MIL, "Government of Niger", NE_MIL,
    "Alliance of Sahel States", "AES"],
   ["Government of Mali", FAMA, "Government of Burkina Faso", BF_MIL, "Government of Niger", NE_MIL,
    "Alliance of Sahel States", "AES", ""], ML, ["Bamako"], (), 0, req=False,
   evidence="On September 16 the three countries signed in Bamako a charter creating the 'Alliance of Sahel States' "
            "(13 days before; a defence pact, not a ceasefire -> optional)")

# ---------------------------------------------------------------- Niger (Anadolu, 2025-09-21, Sun)
A = "niger_takoubatt_anadolu"
ev("dubalma-patrol-attack", A, "2025-09-17", "2025-09-17", "2025-09-17", BAT, ["Armed clash"],
   JIH_NE, [NE_MIL], NE, ["Dosso"], (), 29,
   evidence="on Wednesday, about 50 armed men on motorcycles attacked a military patrol near the town of Dubalma in "
            "the Dosso region ... neutralized at least 22 terrorists ... Seven soldiers were killed (22 + 7)")
ev("mangaize-air-strike", A, "2025-09-19", "2025-09-19", "2025-09-19", EXP, ["Air/drone strike"],
   [NE_MIL], JIH_NE, NE, ["Tillaberi", "Tillabéri"], ["Ouallam"], 12,
   evidence="on Friday, the air force struck a group of armed men on motorcycles who were driving stolen cattle in the "
            "Mangaize area of the Tillaberi region, killing at least 12, before ground units combed the area")
ev("takoubatt-baptism-massacre", A, "2025-09-15", "2025-09-15", "2025-09-15", VAC, ["Attack"],
   JIH_NE, [CIV_NE], NE, ["Tillaberi", "Tillabéri"], (), 22,
   evidence="On Monday, gunmen on motorbikes opened fire on people attending a baptism ceremony in the village of "
            "Takoubatt ... killing 15 ... then went to the outskirts ... killed seven more ... toll to 22")
ev("tillaberi-sept9-ambush", A, "2025-09-09", "2025-09-09", "2025-09-09", BAT, ["Armed clash"],
   JIH_NE, [NE_MIL], NE, ["Tillaberi", "Tillabéri"], (), 14,
   evidence="On Sept. 9, fourteen soldiers were killed in an ambush in the Tillaberi region while they were pursuing "
            "a group of armed men who had stolen cattle (12 days before; no place below admin1)")

DROP = {
    "mali_gao_xinhua": ["Xinhuanet", "English", "Home", "China", "World", "Business", "Culture & Edu", "Sports",
                        "Photos", "Video", "Video PlayerClose", "Related:",
                        "Mali declares three-day national mourning after deadly attack in Gao",
                        "UN chief strongly condemns terrorist attack in northern Mali",
                        "France says Gao attack will not derail Mali peace process", "Back to Top", "Close",
                        "Copyright © 2000 - 2017 Xinhua News Agency. All rights reserved."],
    "mali_niendjela_apa": ["APAnews", "Home", "News", "Politics", "Economy", "Security", "Society", "Sports",
                           "Share on Facebook", "Share on Twitter", "Share on LinkedIn", "Tags:", "Mali", "FAMa",
                           "Terrorism", "Segou", "Koulikoro", "Read also",
                           "Mali: ECOWAS summit on transition set for November 7",
                           "Burkina: two gendarmes killed in attack in the East",
                           "Niger: six soldiers killed by explosive device near Tillaberi", "© APA News 2021"],
    "mali_binedama_reuters": ["Skip to main content", "Discover Thomson Reuters", "Directory of sites", "Login",
                              "Contact", "Support", "World", "Business", "Markets", "Breakingviews", "Video", "More",
                              "WORLD NEWS", "3 Min Read", "Our Standards: The Thomson Reuters Trust Principles.",
                              "MORE FROM REUTERS", "France says it killed al Qaeda's North Africa chief in Mali",
                              "Mali army accused of executing civilians in central region", "Apps", "Newsletters",
                              "Advertise with Us", "Advertising Guidelines", "Cookies", "Terms of Use", "Privacy",
                              "All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges "
                              "and delays.", "© 2020 Reuters. All Rights Reserved."],
    "burkina_pognoa_france24": ["France 24", "Live", "Africa", "Americas", "Asia-Pacific", "Europe", "Middle East",
                                "France", "Sport", "Culture", "Share on Facebook", "Share on Twitter",
                                "Share via Email", "Read more",
                                "Burkina Faso junta chief vows to retake territory lost to jihadists",
                                "Togo extends state of emergency in north after jihadist attacks", "Daily newsletter",
                                "Receive essential international news every morning", "Subscribe",
                                "© 2022 France 24"],
    "niger_kandadji_africanews": ["africanews.", "Search", "Live", "News", "Business", "Sport", "Culture",
                                  "Science & Technology", "More about:", "Niger", "Terrorism", "Sahel", "Read more",
                                  "Niger junta accuses France of massing troops in West Africa",
                                  "Mali, Burkina Faso and Niger sign mutual defence pact", "Copyright © africanews"],
    "niger_takoubatt_anadolu": ["Anadolu Ajansı", "Turkiye", "World", "Politics", "Economy", "Sports", "Analysis",
                                "Africa", "Anadolu Agency website contains only a portion of the news stories offered "
                                "to subscribers in the AA News Broadcasting System (HAS), and in summarized form. "
                                "Please contact us for subscription options.", "Related news",
                                "Niger declares 3-day mourning after deadly attack on mosque",
                                "Burkina Faso, Mali, Niger to launch joint military force"],
}
EITHER = {
    "niger_lamana_afp": ["bh/sst/jpc"],
    "mali_gao_xinhua": ["Source: Xinhua | 2017-01-19 23:08:41 | Editor: Mengjie"],
    "mali_niendjela_apa": ["Published on 31.10.2021 at 11h21 by APA-Bamako (Mali)", "AT/ac/APA"],
    "mali_binedama_reuters": ["Tiemoko Diallo",
                              "Reporting by Tiemoko Diallo; Additional reporting by John Irish in Paris; Writing by "
                              "Edward McAllister; Editing by Frances Kerry"],
    "burkina_kain_ap": ["By ARSENE KABORE Associated Press",
                        "Associated Press writer Baba Ahmed in Bamako, Mali, contributed to this report."],
    "burkina_pognoa_france24": ["Issued on: 04/08/2022 - 13:40", "Text by: NEWS WIRES", "(AFP)"],
    "niger_kandadji_africanews": ["By Africanews with AFP", "Last updated: 29/09 - 16:52"],
    "niger_takoubatt_anadolu": ["Assane Maiga | 21.09.2025 - 14:05", "NIAMEY, Niger"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout103; Mali, Burkina Faso and Niger, "
                             "2015-2025), coded by CODEBOOK.md before the system was run (BLIND, session 14).",
               drop=DROP, either=EITHER)
