"""Writes gold.json for the 94th held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout94/make_gold.py

Focus: the Sahel (Mali, Burkina Faso, Niger, Chad), 2015-2025: attacks on civilians, battles, IEDs, an air
strike claimed by an army, abductions of aid workers and opposition figures, arrests after a failed coup,
and one short wire brief listing several incidents.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

JNIM = ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "GSIM", "Group to Support Islam and Muslims",
        "Group for the Support of Islam and Muslims", "Jamaat Nusrat al-Islam wal-Muslimin"]
IS_SAHEL = ["Islamic State Sahel", "Islamic State", "Islamic State in the Greater Sahara", "ISGS", "IS Sahel"]

# ---------------------------------------------------------------- Burkina Faso (Lefaso.net, 2015-10-10, Sat)
BF, A = "Burkina Faso", "burkina_samorogouan_lefaso"
UAG_BF15 = ["Unidentified Armed Group (Burkina Faso)", "Ansar Dine", "AQIM", "Al Qaeda in the Islamic Maghreb",
            "Al Mourabitoun", "Ansaroul Islam"]
MIL_BF = ["Military Forces of Burkina Faso"]
GEND_BF = MIL_BF + ["Police Forces of Burkina Faso", "Gendarmerie of Burkina Faso",
                    "Military Forces of Burkina Faso (Gendarmerie)"]
RSP = ["RSP", "Regiment of Presidential Security", "Presidential Security Regiment",
       "Mutiny of Military Forces of Burkina Faso", "Military Forces of Burkina Faso"]
ev("samorogouan-gendarmerie-attack", A, "2015-10-09", "2015-10-09", "2015-10-09", BAT, ["Armed clash"],
   UAG_BF15 + ["RSP", "Regiment of Presidential Security"], GEND_BF, BF, ["Hauts-Bassins"], ["Kenedougou"], 5,
   evidence="armed men attacked the gendarmerie post in Samorogouan ... early hours of Friday ... Three gendarmes "
            "were killed ... One of the assailants was killed ... A civilian ... was also shot dead (3 + 1 + 1)")
ev("diendere-handed-over", A, "2015-10-01", "2015-10-01", "2015-10-01", STR, ["Arrests"],
   GEND_BF + ["Government of Burkina Faso"], RSP + ["Gilbert Diendere", "Civilians (Burkina Faso)", ""], BF,
   ["Centre"], ["Kadiogo"], 0,
   evidence="General Gilbert Diendere, who led the putsch, was handed over to the gendarmerie on Thursday, "
            "October 1 ... held at the MACA (9 days before publication)")
ev("naaba-koom-camp-taken", A, "2015-09-29", "2015-09-29", "2015-09-29", BAT,
   ["Government regains territory", "Armed clash"], MIL_BF, RSP + [""], BF, ["Centre"], ["Kadiogo"], None,
   req=False, evidence="On September 29, loyalist troops had surrounded the RSP's Naaba Koom II camp ... took it over "
                       "after a brief exchange of fire (11 days before; told as background to the arrest)")
ev("bassole-arrested", A, "2015-09-29", "2015-09-29", "2015-09-29", STR, ["Arrests"],
   GEND_BF + ["Government of Burkina Faso"], ["Civilians (Burkina Faso)", "Djibrill Bassole", "CDP",
                                              "Congress for Democracy and Progress", ""], BF, ["Centre"], ["Kadiogo"], 0,
   req=False, evidence="Former foreign minister Djibrill Bassole, who was arrested on September 29 in Ouagadougou "
                       "(subordinate clause)")
ev("kosyam-coup", A, "2015-09-16", "2015-09-16", "2015-09-16", STR, ["Other", "Arrests", "Change to group/activity"],
   RSP, ["Government of Burkina Faso", "Civilians (Burkina Faso)", "Military Forces of Burkina Faso", ""], BF,
   ["Centre"], ["Kadiogo"], 0, req=False,
   evidence="the coup attempt of September 16, when RSP soldiers burst into a cabinet meeting at the Kosyam palace and "
            "held President Michel Kafando and Prime Minister Isaac Zida (24 days before: inside the window)")

# ---------------------------------------------------------------- Niger (VOA, 2016-10-15, Sat)
NE, A = "Niger", "niger_abalak_voa"
UAG_NE = ["Unidentified Armed Group (Niger)", "MUJAO", "Movement for Oneness and Jihad in West Africa",
          "Movement for Unity and Jihad in West Africa"] + IS_SAHEL
ev("abalak-woodke-kidnapped", A, "2016-10-14", "2016-10-14", "2016-10-14", VAC,
   ["Abduction/forced disappearance", "Attack"], UAG_NE,
   ["Civilians (Niger)", "Civilians (United States)", "Civilians (International)"], NE, ["Tahoua"],
   ["Tchin-Tabaraden", "Abalak"], 2,
   evidence="Gunmen kidnapped an American aid worker from his home ... late Friday, killing two of his guards ... in "
            "the town of Abalak, in the Tahoua region ... shot dead a member of the national guard and a civilian "
            "watchman")
ev("tazalit-post-attack", A, "2016-10-06", "2016-10-06", "2016-10-06", BAT, ["Armed clash"],
   UAG_NE, ["Military Forces of Niger"], NE, ["Tahoua"], (), 22,
   evidence="On October 6, gunmen attacked a military post guarding the Tazalit refugee hosting site, also in the "
            "Tahoua region, killing 22 soldiers (9 days before: an event; Tazalit not in the gazetteer)")

# ---------------------------------------------------------------- Mali (AFP, 2017-06-19, Mon)
ML, A = "Mali", "mali_kangaba_afp"
UAG_ML = ["Unidentified Armed Group (Mali)"]
CIV_ML = ["Civilians (Mali)"]
MIL_ML = ["Military Forces of Mali"]
UN_ML = ["MINUSMA", "United Nations Multidimensional Integrated Stabilization Mission in Mali", "United Nations",
         "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali"]
ev("kangaba-resort-attack", A, "2017-06-18", "2017-06-18", "2017-06-18", VAC, ["Attack"],
   JNIM + UAG_ML, CIV_ML + ["Civilians (International)"], ML, ["Bamako", "Koulikoro"], (), 9,
   evidence="Five people, including a Malian soldier and a Portuguese soldier ... were killed when suspected jihadists "
            "stormed a tourist resort ... Four of the attackers were 'neutralised' (5 + 4; Sunday, Dougourakoro)")
ev("kangaba-special-forces-assault", A, "2017-06-18", "2017-06-18", "2017-06-18", BAT, ["Armed clash"],
   MIL_ML + JNIM + UAG_ML, JNIM + UAG_ML + MIL_ML, ML, ["Bamako", "Koulikoro"], (), None, req=False,
   evidence="Malian special forces, backed by French soldiers ... and MINUSMA, surrounded the resort and launched an "
            "assault in the evening (part of the same incident; a coder may code it as its own battle)")
ev("kidal-minusma-camp-shelled", A, "2017-06-08", "2017-06-08", "2017-06-08", EXP,
   ["Shelling/artillery/missile attack"], JNIM + UAG_ML, UN_ML + ["Military Forces of Guinea"], ML, ["Kidal"],
   ["Kidal"], 3,
   evidence="three Guinean peacekeepers were killed when the MINUSMA camp in Kidal ... was hit by mortar and rocket "
            "fire on June 8 (11 days before)")
ev("diabaly-nampala-landmine", A, "2017-06-16", "2017-06-16", "2017-06-16", EXP, ["Remote explosive/landmine/IED"],
   UAG_ML + JNIM, MIL_ML, ML, ["Segou", "Ségou"], (), 1,
   evidence="On Friday, a soldier was killed when his vehicle hit a landmine between Diabaly and Nampala, in the "
            "Segou region")

# ---------------------------------------------------------------- Mali (Xinhua brief, 2019-06-18, Tue)
A = "mali_gangafani_xinhua"
CENTRE_ATT = UAG_ML + ["Fulani Ethnic Militia (Mali)", "Katiba Macina", "Macina Liberation Front"] + JNIM
CIV_DOGON = CIV_ML + ["Dogon Ethnic Group (Mali)"]
ev("gangafani-attack", A, "2019-06-17", "2019-06-17", "2019-06-17", VAC, ["Attack"], CENTRE_ATT, CIV_DOGON, ML,
   ["Mopti"], ["Koro", ""], 24,
   evidence="unidentified armed men attacked ... Gangafani 2 and Yoro, in the circle of Koro ... on Monday ... 24 "
            "people were killed in Gangafani 2 and 17 in Yoro (government total 41)")
ev("yoro-attack", A, "2019-06-17", "2019-06-17", "2019-06-17", VAC, ["Attack"], CENTRE_ATT, CIV_DOGON, ML,
   ["Mopti"], ["Koro", ""], 17, evidence="... and 17 in Yoro")
ev("boni-hombori-ied", A, "2019-06-16", "2019-06-16", "2019-06-16", EXP, ["Remote explosive/landmine/IED"],
   UAG_ML + JNIM, MIL_ML, ML, ["Mopti"], ["Douentza"], 2,
   evidence="two Malian soldiers were killed and three others wounded on Sunday when their vehicle struck an "
            "improvised explosive device between Boni and Hombori, in the circle of Douentza")
ev("dioungani-post-attack", A, "2019-06-15", "2019-06-15", "2019-06-16", BAT, ["Armed clash"],
   CENTRE_ATT + MIL_ML, MIL_ML + CENTRE_ATT, ML, ["Mopti"], ["Koro", ""], 6,
   evidence="its units had repelled an attack on their post at Dioungani, in the circle of Koro, late on Saturday, "
            "'neutralising' six assailants. No losses were reported on the army side")

# ---------------------------------------------------------------- Niger (UNHCR via ReliefWeb, 2020-06-02, Tue)
A = "niger_intikane_reliefweb"
UAG_BF = ["Unidentified Armed Group (Burkina Faso)", "Ansaroul Islam"] + JNIM + IS_SAHEL
CIV_BF = ["Civilians (Burkina Faso)"]
REFUGEES = ["Civilians (Niger)", "Civilians (Mali)", "Refugees/IDPs (Niger)", "Refugees/IDPs (Mali)"]
ev("intikane-refugee-leaders-killed", A, "2020-05-31", "2020-05-31", "2020-05-31", VAC, ["Attack"],
   UAG_NE + JNIM, REFUGEES, NE, ["Tahoua"], (), 3,
   evidence="attack by unidentified armed men on the Intikane refugee hosting area in Niger's Tahoua region on Sunday "
            "31 May ... killed the president of the refugee committee, his deputy and the head of the local host "
            "community")
ev("intikane-supplies-burned", A, "2020-05-31", "2020-05-31", "2020-05-31", STR, ["Looting/property destruction"],
   UAG_NE + JNIM, REFUGEES + [""], NE, ["Tahoua"], (), 0, req=False,
   evidence="They also set fire to food and other aid supplies, destroyed the site's water distribution system and "
            "the mobile telephone antenna (same raid; may be folded into the attack)")
ev("kpentchangou-market-attack", A, "2020-05-30", "2020-05-30", "2020-05-30", VAC, ["Attack"], UAG_BF, CIV_BF, BF,
   ["Est"], ["Kompienga"], 25,
   evidence="On Saturday 30 May, gunmen attacked a livestock market in the village of Kpentchangou, in the Kompienga "
            "province of the Est region, killing at least 25 people")
ev("barsalogho-traders-convoy", A, "2020-05-29", "2020-05-29", "2020-05-29", VAC, ["Attack"], UAG_BF, CIV_BF, BF,
   ["Centre-Nord"], ["Sanmatenga"], 15,
   evidence="The previous day, an attack on a convoy of traders near Barsalogho, in the Centre-Nord region, killed "
            "about fifteen others")

# ---------------------------------------------------------------- Burkina Faso (Reuters, 2022-07-05, Tue)
A = "burkina_bourasso_reuters"
VDP = ["VDP", "Volunteers for the Defence of the Homeland", "Volunteers for the Defense of the Homeland"]
ev("bourasso-killings", A, "2022-07-03", "2022-07-03", "2022-07-04", VAC, ["Attack"], UAG_BF, CIV_BF, BF,
   ["Boucle du Mouhoun"], ["Kossi"], 22,
   evidence="Gunmen killed 22 civilians in an attack on a village ... late on Sunday ... stormed Bourasso, in Kossi "
            "province (government 22; residents 23 and 'more than 20' -> 22)")
ev("bourasso-air-strike", A, "2022-07-04", "2022-07-04", "2022-07-04", EXP, ["Air/drone strike"], MIL_BF, UAG_BF,
   BF, ["Boucle du Mouhoun"], ["Kossi"], 15,
   evidence="air force aircraft had struck a group of fighters on motorbikes fleeing towards the Malian border on "
            "Monday morning, about 15 km north of Bourasso, killing 'about fifteen terrorists'")
ev("kelbo-roadside-bomb", A, "2022-07-02", "2022-07-02", "2022-07-02", EXP, ["Remote explosive/landmine/IED"],
   UAG_BF, MIL_BF + VDP, BF, ["Sahel"], ["Soum"], 6,
   evidence="four soldiers and two members of the VDP ... were killed on Saturday when their patrol struck a roadside "
            "bomb near Kelbo in the northern Soum province")

# ---------------------------------------------------------------- Mali (AP, 2025-05-22, Thu)
A = "mali_diafarabe_ap"
STATE_ML = MIL_ML + ["Police Forces of Mali", "State Security Agency of Mali", "Government of Mali",
                     "Unidentified Armed Group (Mali)"]
OPPOSITION = CIV_ML + ["Yelema", "Political parties (Mali)", ""]
ev("diafarabe-market-executions", A, "2025-05-12", "2025-05-12", "2025-05-14", VAC,
   ["Attack", "Abduction/forced disappearance"], MIL_ML + ["Wagner Group", "Military Forces of Russia", "Africa Corps"],
   CIV_ML + ["Fulani Ethnic Group (Mali)"], ML, ["Mopti"], ["Tenenkou"], 20,
   evidence="Soldiers arrived at the cattle market in Diafarabe ... on May 12 and arrested the men ... their bodies "
            "were later found in a pit ... Kisal said at least 20 people were killed. Relatives ... list of 22 names")
ev("diafarabe-air-strike", A, "2025-05-19", "2025-05-19", "2025-05-19", EXP, ["Air/drone strike"], MIL_ML,
   JNIM + UAG_ML, ML, ["Mopti"], ["Tenenkou"], 12,
   evidence="its air force had struck a group of 'terrorists' gathered near Diafarabe on Monday, 'neutralizing about "
            "a dozen' fighters")
ev("bamako-may3-protest", A, "2025-05-03", "2025-05-03", "2025-05-03", PRO, ["Peaceful protest"],
   ["Protesters (Mali)"], [""], ML, ["Bamako"], (), 0,
   evidence="a rare protest by several hundred people in the capital, Bamako, on May 3 against the plan. That protest "
            "ended peacefully (19 days before)")
ev("thiam-abducted-kati", A, "2025-05-08", "2025-05-08", "2025-05-08", VAC, ["Abduction/forced disappearance"],
   STATE_ML, OPPOSITION, ML, ["Koulikoro"], ["Kati"], 0,
   evidence="on May 8, opposition politician El Bachir Thiam of the Yelema party was seized in the town of Kati ... by "
            "men who identified themselves as members of the security services")
ev("traore-abducted-bamako", A, "2025-05-08", "2025-05-08", "2025-05-08", VAC, ["Abduction/forced disappearance"],
   STATE_ML, OPPOSITION, ML, ["Bamako"], (), 0,
   evidence="Another opposition figure, Abdoul Karim Traore, was abducted in Bamako on the same day")
ev("parties-dissolved-decree", A, "2025-05-13", "2025-05-13", "2025-05-13", STR,
   ["Other", "Change to group/activity"], ["Government of Mali"] + MIL_ML, ["Political parties (Mali)", "Civilians (Mali)", ""],
   ML, ["Bamako"], (), 0, req=False,
   evidence="On May 13, junta leader Gen. Assimi Goita signed a decree dissolving all political parties (a legal act; "
            "most coders would treat it as a statement/policy, not an event)")

# ---------------------------------------------------------------- Chad (AFP, 2019-03-23, Sat)
TD, A = "Chad", "chad_dangdala_afp"
BH = ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS", "Boko Haram - Jamaatu Ahli is-Sunnah "
      "lid-Dawati wal-Jihad", "Islamic State West Africa Province", "ISWAP", "Islamic State",
      "Unidentified Armed Group (Chad)"]
ev("dangdala-garrison-attack", A, "2019-03-22", "2019-03-22", "2019-03-22", BAT, ["Armed clash"], BH,
   ["Military Forces of Chad"], TD, ["Lac"], (), 23,
   evidence="Twenty-three Chadian soldiers were killed when Boko Haram jihadists attacked an army position ... before "
            "dawn on Friday ... the garrison at Dangdala ... assailants 'also suffered heavy losses' (no figure)")
ev("daboua-fishermen-killed", A, "2019-03-20", "2019-03-20", "2019-03-20", VAC, ["Attack"], BH, ["Civilians (Chad)"],
   TD, ["Lac"], ["Mamdi", "Fouli"], 2,
   evidence="on Wednesday evening, suspected Boko Haram militants killed two fishermen and abducted three others near "
            "Daboua, in the Fouli department")
ev("daboua-fishermen-abducted", A, "2019-03-20", "2019-03-20", "2019-03-20", VAC, ["Abduction/forced disappearance"],
   BH, ["Civilians (Chad)"], TD, ["Lac"], ["Mamdi", "Fouli"], 0, req=False,
   evidence="... and abducted three others near Daboua (same raid; may be folded into the Attack row)")
ev("dangdala-islands-sweep", A, "2019-03-23", "2019-03-23", "2019-03-23", STR, ["Change to group/activity"],
   ["Military Forces of Chad"], BH + [""], TD, ["Lac"], (), 0, req=False,
   evidence="On Saturday, the army launched a sweep of the islands near Dangdala to track down the attackers (an "
            "operation with no reported contact)")

DROP = {
    "burkina_samorogouan_lefaso": ["Lefaso.net", "Accueil", "Actualités", "Politique", "Société", "Economie", "Sport",
                                   "International", "Partager", "Facebook", "Twitter", "Imprimer", "Lire aussi",
                                   "Procès du putsch: la liste des inculpés s'allonge",
                                   "Oudalan: les populations de Oursi réclament plus de sécurité",
                                   "Élections: la CENI propose le 29 novembre", "Commentaires (14)",
                                   "© Lefaso.net 2003-2015"],
    "niger_abalak_voa": ["VOA", "Africa", "USA", "World", "Middle East", "Asia", "Share", "Print", "Related",
                         "Niger Declares Three Days of Mourning After Refugee Camp Attack",
                         "Gunmen Kill 22 Soldiers in Western Niger", "Boko Haram Fighters Seize Niger Border Town",
                         "Follow Us", "Facebook", "Twitter", "YouTube", "Voice of America"],
    "niger_intikane_reliefweb": ["ReliefWeb", "Updates", "Countries", "Disasters", "Organizations", "Topics", "Jobs",
                                 "Training", "Related Content", "Niger: Tahoua region – Refugee site map (May 2020)",
                                 "Sahel crisis: UNHCR operational update, May 2020", "Share", "Facebook", "Twitter"],
    "burkina_bourasso_reuters": ["Skip to main content",
                                 "Exclusive news, data and analytics for financial market professionals", "World",
                                 "Business", "Markets", "Sustainability", "Legal", "Breakingviews", "Technology",
                                 "Africa", "Read Next", "Mali junta sets February 2024 for return to civilian rule",
                                 "Burkina Faso's ex-president Compaore returns for reconciliation talks",
                                 "Our Standards: The Thomson Reuters Trust Principles."],
    "mali_diafarabe_ap": ["Skip to main content", "AP", "World", "U.S.", "Politics", "Sports", "Entertainment",
                          "Business", "Science", "Fact Check", "Share", "Copy", "Link copied", "Email", "Facebook",
                          "X", "LinkedIn", "Copyright 2025 The Associated Press. All Rights Reserved.",
                          "Related Stories", "Burkina Faso's junta says it foiled another coup attempt",
                          "Niger's junta leader gets five-year term under transitional charter"],
}
EITHER = {
    "burkina_samorogouan_lefaso": ["samedi 10 octobre 2015", "Par Lefaso.net"],
    "niger_abalak_voa": ["October 15, 2016 11:04 AM", "VOA News",
                         "Some material for this report came from Reuters and AFP."],
    "mali_kangaba_afp": ["bur-sd/as"],
    "niger_intikane_reliefweb": ["Niger + 1 more", "Format: News and Press Release", "Source: UNHCR",
                                 "Posted: 2 Jun 2020", "Originally published: 2 Jun 2020",
                                 "For more information on this topic, please contact:",
                                 "In Geneva, Babar Baloch, baloch@unhcr.org, +41 79 513 9549"],
    "burkina_bourasso_reuters": ["By Anne Mimault", "July 5, 2022 3:18 PM UTC Updated ago",
                                 "Reporting by Anne Mimault; Additional reporting by Thiam Ndiaga in Dakar; Writing by "
                                 "Edward McAllister; Editing by Alex Richardson"],
    "mali_diafarabe_ap": ["By BABA AHMED", "Updated 5:47 PM GMT, May 22, 2025", "___",
                          "Associated Press writer Sam Mednick in Dakar, Senegal, contributed to this report."],
    "chad_dangdala_afp": ["str-cl/ri"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout94; Sahel: Mali, Burkina Faso, Niger, "
                             "Chad, 2015-2025), coded by CODEBOOK.md before the system was run (BLIND).",
               drop=DROP, either=EITHER)
