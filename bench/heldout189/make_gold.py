"""Writes gold.json for the 189th held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout189/make_gold.py

Focus: Mali and Burkina Faso, 2014-2024 — a massacre of villagers (Sobane Da), attacks on army posts
(Nassoumbou, Sokoura), convoy attacks (the Barsalogho-Dablo tricycle convoy, the Bankass-Sokoura
reinforcement column), protests (Ouagadougou and Bobo-Dioulasso against French troops, Kaya sit-in, Bamako
crowds during the 2020 coup) and drone strikes (Tinzaouaten 2024).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

ML, BF = "Mali", "Burkina Faso"
CIV_ML, CIV_BF = ["Civilians (Mali)"], ["Civilians (Burkina Faso)"]
FAMA = ["Military Forces of Mali"]
FDS_BF = ["Military Forces of Burkina Faso"]
VDP = ["VDP", "Volunteers for the Defence of the Homeland", "Volunteers for the Defense of the Homeland"]
JNIM = ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Group for Support of Islam and Muslims",
        "JNIM: Group for Support of Islam and Muslims"]
UAG_ML = ["Unidentified Armed Group (Mali)"]
UAG_BF = ["Unidentified Armed Group (Burkina Faso)"]
JIH_BF = UAG_BF + ["Ansaroul Islam", "Ansarul Islam", "AQIM", "Al Qaeda in the Islamic Maghreb"] + JNIM + [
    "Islamic State Sahel", "Islamic State", "Islamic State in the Greater Sahara", "ISGS"]
MACINA = UAG_ML + JNIM + ["Katiba Macina", "Macina Liberation Front", "FLM"]
CSP = ["CSP-DPA", "CSP", "Strategic Framework for the Defence of the People of Azawad",
       "Strategic Framework for the Defense of the People of Azawad", "Permanent Strategic Framework",
       "CSP-PSD", "Azawad Liberation Front", "FLA"]
UN_ML = ["MINUSMA", "United Nations Multidimensional Integrated Stabilization Mission in Mali", "United Nations",
         "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali"]
MUTINY = FAMA + ["Military Forces of Mali (Mutiny)", "Mutineers (Mali)", "CNSP",
                 "National Committee for the Salvation of the People", "Military Forces of Mali (2020-)"]
PROT_ML = ["Protesters (Mali)", "M5-RFP", "June 5 Movement - Rally of Patriotic Forces", "June 5 Movement"]
PROT_BF = ["Protesters (Burkina Faso)"]

# ---------------------------------------------------------------- Mali (AFP, 2014-02-08, Sat)
A = "mali_tamkoutat_afp"
ev("tamkoutat-tuareg-herders-killed", A, "2014-02-06", "2014-02-06", "2014-02-06", VAC, ["Attack"],
   UAG_ML + ["MUJAO", "Movement for Oneness and Jihad in West Africa", "Movement for Unity and Jihad in West Africa",
             "Fulani Ethnic Militia (Mali)", "Peul Ethnic Militia (Mali)"],
   CIV_ML + ["Tuareg Ethnic Group (Mali)"], ML, ["Gao"], ["Gao"], 24,
   evidence="Around thirty Tuareg civilians were killed on Thursday near the village of Tamkoutat ... 80 km north of "
            "Gao ... 'We have counted 30 bodies' ... A second local source gave a toll of 'at least 24 dead' "
            "(lowest specific figure 24; tents burned and animals taken folded in)")
ev("north-timbuktu-french-operation", A, "2014-02-07", "2014-02-03", "2014-02-07", BAT, ["Armed clash"],
   ["Military Forces of France"],
   UAG_ML + ["AQIM", "Al Qaeda in the Islamic Maghreb", "MUJAO", "Ansar Dine", "Islamist Militia (Mali)"], ML,
   ["Tombouctou", "Timbuktu"], (), 12, tp=2,
   evidence="the French army said on Friday that its troops had killed 'around a dozen' jihadists during an operation "
            "north of Timbuktu earlier this week (Mon-Fri of the publication week, tp=2; type of operation not said)")

# ---------------------------------------------------------------- Burkina Faso (Reuters, 2016-12-17, Sat)
A = "burkina_nassoumbou_reuters"
ev("nassoumbou-army-post-attack", A, "2016-12-16", "2016-12-16", "2016-12-16", BAT, ["Armed clash"],
   JIH_BF + FDS_BF, FDS_BF + JIH_BF, BF, ["Sahel"], ["Soum"], 12,
   evidence="About 40 assailants ... stormed the post at Nassoumbou, in Soum province, at dawn on Friday ... The "
            "soldiers fought back for more than an hour ... 'twelve of our soldiers lost their lives' (attackers' "
            "losses not quantified; weapons and vehicles taken folded in)")
ev("diguel-school-burned", A, "2016-12-14", "2016-12-14", "2016-12-15", STR, ["Looting/property destruction"],
   JIH_BF, ["", "Civilians (Burkina Faso)"], BF, ["Sahel"], ["Soum"], 0,
   evidence="armed men set fire to the primary school in the village of Diguel on Wednesday night and warned teachers "
            "to stop teaching in French ... No one was hurt")

# ---------------------------------------------------------------- Mali (Reuters, 2019-06-12, Wed)
A = "mali_sobaneda_reuters"
ev("sobane-da-massacre", A, "2019-06-09", "2019-06-09", "2019-06-10", VAC, ["Attack"],
   MACINA + ["Fulani Ethnic Militia (Mali)", "Peul Ethnic Militia (Mali)"],
   CIV_ML + ["Dogon Ethnic Group (Mali)"], ML, ["Mopti"], ["Bandiagara"], 35,
   evidence="Gunmen surrounded the village of Sobane Da ... in the Bandiagara district of Mopti region, late on Sunday "
            "... 'It was not 95, it was 35 dead, including 24 children' (government's revised toll; 95 withdrawn)")
ev("bankass-fulani-herders-shot", A, "2019-06-07", "2019-06-07", "2019-06-07", VAC, ["Attack"],
   UAG_ML + ["Dan Na Ambassagou", "Dogon Ethnic Militia (Mali)", "Dozo Militia"],
   CIV_ML + ["Fulani Ethnic Group (Mali)", "Peul Ethnic Group (Mali)"], ML, ["Mopti"], ["Bankass"], 2,
   evidence="two Fulani herders were shot dead near the town of Bankass on Friday ... their cattle had been taken")

# ---------------------------------------------------------------- Burkina Faso (Lefaso.net, 2019-09-09, Mon)
A = "burkina_barsalogho_lefaso"
CN, SAN = ["Centre-Nord"], ["Sanmatenga"]
ev("guendbila-barsalogho-truck-ied", A, "2019-09-08", "2019-09-08", "2019-09-08", EXP,
   ["Remote explosive/landmine/IED"], JIH_BF, CIV_BF, BF, CN, SAN, 15,
   evidence="a truck carrying displaced people and food supplies struck an improvised explosive device on the road "
            "between Guendbila and Barsalogho ... killed fifteen people")
ev("barsalogho-dablo-tricycle-convoy", A, "2019-09-08", "2019-09-08", "2019-09-08", VAC, ["Attack"],
   JIH_BF, CIV_BF, BF, CN, SAN, 14,
   evidence="a convoy of motor tricycles transporting foodstuffs to Dablo was attacked by armed individuals on the "
            "Barsalogho-Dablo road, about ten kilometres before Dablo ... Fourteen people were killed")
ev("kaya-transporters-sitin", A, "2019-09-09", "2019-09-09", "2019-09-09", PRO, ["Peaceful protest"],
   PROT_BF, [""], BF, CN, SAN, 0,
   evidence="On Monday morning, dozens of transporters and traders gathered in front of the governorate in Kaya to "
            "demand military escorts ... The sit-in ended around noon")

# ---------------------------------------------------------------- Mali (Al Jazeera, 2020-08-19, Wed)
A = "mali_kati_aljazeera"
BKO = ["Bamako"]
GOV_ML = ["Government of Mali", "Ibrahim Boubacar Keita", "Boubou Cisse", "Civilians (Mali)", ""]
ev("keita-cisse-detained-sebenikoro", A, "2020-08-18", "2020-08-18", "2020-08-18", STR, ["Arrests"],
   MUTINY, GOV_ML, ML, BKO, BKO, 0,
   evidence="a convoy of mutineers ... surrounded Keita's private residence in the Sebenikoro neighbourhood ... Keita "
            "and Prime Minister Boubou Cisse ... were arrested and driven to the camp in Kati (ministers and the "
            "speaker detained too: same day, place and actor pair, folded in)")
ev("bamako-independence-square-crowds", A, "2020-08-18", "2020-08-18", "2020-08-18", PRO, ["Peaceful protest"],
   PROT_ML, [""], ML, BKO, BKO, 0,
   evidence="thousands of people poured onto the streets of Bamako. Crowds gathered on Independence Square ... "
            "chanting anti-government slogans")
ev("tapo-building-burned", A, "2020-08-18", "2020-08-18", "2020-08-18", RIO, ["Violent demonstration"],
   ["Rioters (Mali)"] + PROT_ML, ["", "Government of Mali", "Civilians (Mali)"], ML, BKO, BKO, 0,
   evidence="Some protesters set fire to a building belonging to Justice Minister Kassoum Tapo and ransacked offices "
            "of a ministry in the city centre ... No injuries")
ev("kati-camp-mutiny", A, "2020-08-18", "2020-08-18", "2020-08-18", STR,
   ["Other", "Change to group/activity", "Arrests"], MUTINY, FAMA + [""], ML, ["Koulikoro"], ["Kati"], 0,
   req=False,
   evidence="The mutiny began on Tuesday morning at the Soundiata Keita military camp in Kati ... soldiers took "
            "control of the armoury and detained several senior officers")
ev("cnsp-announces-takeover", A, "2020-08-19", "2020-08-18", "2020-08-19", STR,
   ["Change to group/activity", "Other"], MUTINY + ["Government of Mali"], ["", "Government of Mali"] + FAMA, ML,
   BKO, BKO, 0, req=False,
   evidence="Early on Wednesday, soldiers calling themselves the National Committee for the Salvation of the People "
            "(CNSP) appeared on state television and said they had taken power (and Keita's resignation shortly "
            "before midnight on Tuesday) - a leadership change a coder may code or treat as a statement")

# ---------------------------------------------------------------- Mali (Xinhua, 2020-10-14, Wed)
A = "mali_sokoura_xinhua"
MOP, BNK = ["Mopti"], ["Bankass"]
ev("sokoura-post-attack-repelled", A, "2020-10-13", "2020-10-13", "2020-10-13", BAT, ["Armed clash"],
   MACINA + FAMA, FAMA + MACINA, ML, MOP, BNK, 13,
   evidence="'terrorist armed groups' attacked the military post of Sokoura ... at around 5 a.m. on Tuesday. The "
            "attack was repelled ... three soldiers dead ... 'about ten assailants were neutralized' (3 + 10)")
ev("bankass-sokoura-reinforcement-ambush", A, "2020-10-13", "2020-10-13", "2020-10-13", BAT, ["Armed clash"],
   MACINA, FAMA, ML, MOP, BNK, 6,
   evidence="A unit sent from Bankass to reinforce the post was ambushed ... on the road between Bankass and Sokoura. "
            "Six soldiers were killed ... used an explosive device before opening fire on the column")
ev("bankass-sokoura-ambush-as-ied", A, "2020-10-13", "2020-10-13", "2020-10-13", EXP,
   ["Remote explosive/landmine/IED"], MACINA, FAMA, ML, MOP, BNK, 6, req=False,
   evidence="same ambush coded by its opening explosive device (alternative reading of the required Armed clash)")
ev("parou-transport-vehicle-attack", A, "2020-10-13", "2020-10-13", "2020-10-13", VAC, ["Attack"],
   MACINA, CIV_ML, ML, MOP, BNK, 12,
   evidence="Later on Tuesday, gunmen fired on a public transport vehicle carrying traders to the weekly market near "
            "the village of Parou, killing 12 passengers")
ev("douentza-mine-peacekeeper-wounded", A, "2020-10-11", "2020-10-11", "2020-10-11", EXP,
   ["Remote explosive/landmine/IED"], MACINA, UN_ML, ML, MOP, ["Douentza"], 0,
   evidence="a peacekeeper of the UN mission in Mali (MINUSMA) was wounded on Sunday when his vehicle hit a mine near "
            "Douentza")
ev("cisse-petronin-prisoner-exchange", A, "2020-10-08", "2020-10-08", "2020-10-08", STR, ["Agreement"],
   ["Government of Mali"] + FAMA + JNIM, JNIM + ["Government of Mali", ""], ML, [""], (), 0, req=False,
   evidence="Soumaila Cisse and ... Sophie Petronin, who were freed on Oct. 8 ... in exchange for some 200 prisoners "
            "(prisoner exchange, 6 days before; no place named -> country level)")

# ---------------------------------------------------------------- Burkina Faso (Burkina 24, 2023-01-21, Sat)
A = "burkina_ouagadougou_burkina24"
ev("ouagadougou-place-nation-rally", A, "2023-01-20", "2023-01-20", "2023-01-20", PRO,
   ["Peaceful protest", "Protest with intervention"], PROT_BF, ["", "Police Forces of Burkina Faso"], BF,
   ["Centre"], ["Kadiogo"], 0,
   evidence="Several hundred people gathered on Friday, January 20, 2023, at the Place de la Nation in Ouagadougou ... "
            "police officers blocked the avenue ... the rally broke up in calm")
ev("bobo-dioulasso-governorate-sitin", A, "2023-01-20", "2023-01-20", "2023-01-20", PRO, ["Peaceful protest"],
   PROT_BF, [""], BF, ["Hauts-Bassins"], ["Houet"], 0,
   evidence="A similar sit-in took place the same day in Bobo-Dioulasso, in front of the governorate of the "
            "Hauts-Bassins region")
ev("falagountou-attack-repelled", A, "2023-01-18", "2023-01-18", "2023-01-18", BAT, ["Armed clash"],
   JIH_BF + FDS_BF + VDP, FDS_BF + VDP + JIH_BF, BF, ["Sahel"], ["Seno"], 17,
   evidence="soldiers and VDP had repelled an attack on their position at Falagountou, in the province of Seno, on "
            "Wednesday. 'About fifteen terrorists were neutralised' ... Two VDP lost their lives (15 + 2)")

# ---------------------------------------------------------------- Mali (RFI, 2024-08-27, Tue)
A = "mali_tinzaouaten_rfi"
FAMA_W = FAMA + ["Wagner Group", "Military Forces of Russia"]
ev("tinzaouaten-drone-strikes", A, "2024-08-25", "2024-08-25", "2024-08-25", EXP, ["Air/drone strike"],
   FAMA_W, CIV_ML + CSP + UAG_ML, ML, ["Kidal"], (), 21,
   evidence="several drones struck Tinzaouaten on Sunday, hitting a pharmacy and a gathering of people ... 'The "
            "provisional toll is 21 dead, among them 11 children' (army: 'precision strikes' on 'terrorist targets')")
ev("abeibara-vehicle-drone-strike", A, "2024-08-22", "2024-08-22", "2024-08-22", EXP, ["Air/drone strike"],
   FAMA_W, CIV_ML + CSP + UAG_ML, ML, ["Kidal"], (), 3,
   evidence="a drone had struck a vehicle near Abeibara, south-west of Tinzaouaten, on Thursday, killing three people "
            "who it said were herders (CSP claim, unverified)")

DROP = {
    "burkina_nassoumbou_reuters": ["Skip to main content", "Reuters", "World", "Business", "Markets", "Politics", "TV",
                                   "Africa", "Our Standards: The Thomson Reuters Trust Principles.", "Read more",
                                   "Burkina Faso court charges 14 over attempted coup",
                                   "Mali says peace process at risk after clashes in north"],
    "burkina_barsalogho_lefaso": ["Lefaso.net", "Accueil", "Actualités", "Politique", "Économie", "Société",
                                  "Sécurité", "Opinions", "Partager", "Facebook", "Twitter", "WhatsApp",
                                  "Dans la même rubrique", "Kaya : des déplacés réclament des vivres",
                                  "Djibo : la route de Ouagadougou de nouveau coupée",
                                  "Insécurité : le gouvernement annonce de nouvelles mesures",
                                  "Réagissez à cet article", "© Lefaso.net 2019"],
    "mali_kati_aljazeera": ["Al Jazeera", "Skip links", "Skip to Content", "Live", "News", "Middle East", "Africa",
                            "Asia", "US & Canada", "Features", "Economy", "Opinion", "Video", "News|Politics",
                            "Facebook", "Twitter", "Follow Al Jazeera English:", "Related",
                            "Mali opposition rejects ECOWAS plan to end political crisis",
                            "Mali protest leader calls for civil disobedience"],
    "burkina_ouagadougou_burkina24": ["Burkina 24", "Actualité", "Politique", "Société", "Sécurité", "Économie",
                                      "Culture", "Sport", "Partager sur Facebook", "Partager sur Twitter",
                                      "Lire aussi", "Kaya: des déplacés internes reçoivent des vivres",
                                      "Football: les Étalons locaux éliminés du CHAN",
                                      "Transition: le Premier ministre reçoit les leaders religieux",
                                      "© 2023 Burkina 24 - Tous droits réservés"],
    "mali_tinzaouaten_rfi": ["RFI", "Africa", "Americas", "Asia-Pacific", "Europe", "France", "Middle East",
                             "Podcasts", "Listen - 03:12", "Read also",
                             "Mali: Wagner confirms heavy losses in fighting near Algerian border",
                             "Mali breaks off diplomatic relations with Ukraine", "Share", "Facebook", "Twitter",
                             "Email"],
}
EITHER = {
    "mali_tamkoutat_afp": ["sst-hm/lc"],
    "burkina_nassoumbou_reuters": ["By Mathieu Bonkoungou", "December 17, 2016 10:42 AM UTC",
                                   "Reporting by Mathieu Bonkoungou; Writing by Nellie Peyton; Editing by Tom Heneghan"],
    "mali_sobaneda_reuters": ["Reporting by Tiemoko Diallo; Writing by Edward McAllister; Editing by Alison Williams"],
    "burkina_barsalogho_lefaso": ["Publié le lundi 9 septembre 2019 à 10h25min"],
    "mali_kati_aljazeera": ["Published On 19 Aug 2020", "19 Aug 2020", "Source: Al Jazeera and news agencies"],
    "burkina_ouagadougou_burkina24": ["Par Ismaël Bako", "21 janvier 2023"],
    "mali_tinzaouaten_rfi": ["Published on: 27/08/2024 - 11:05", "Text by: RFI"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout189; Mali and Burkina Faso 2014-2024), "
                             "coded by CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
