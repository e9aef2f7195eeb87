"""Writes gold.json for the 166th held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 22).

    python bench/heldout166/make_gold.py

Focus: Niger (Tillaberi: Inates, Banibangou, Tera; Diffa; the 2023 coup and Niamey demonstrations) and Chad
(N'Djamena bombings 2015, herder-farmer clashes in Logone Oriental, Guera and Mayo-Kebbi Est).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

NE, TD = "Niger", "Chad"
UAG_NE, UAG_TD = "Unidentified Armed Group (Niger)", "Unidentified Armed Group (Chad)"
JNIM = ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Jamaat Nusrat al-Islam wal-Muslimin",
        "Group for the Support of Islam and Muslims", "GSIM"]
ISS = ["Islamic State Sahel", "Islamic State Sahel Province", "Islamic State in the Greater Sahara", "ISGS",
       "Islamic State", "IS Sahel", "ISSP", "Islamic State West Africa Province", "ISWAP"]
JIH_NE = [UAG_NE] + ISS + JNIM
BH = ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS",
      "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Islamic State West Africa Province", "ISWAP",
      "Islamic State"]
FAN = ["Military Forces of Niger", "FAN", "Niger Armed Forces", "Defence and Security Forces (Niger)"]
JUNTA = FAN + ["CNSP", "National Council for the Safeguard of the Homeland", "Presidential Guard (Niger)",
               "Government of Niger"]
CIV_NE, CIV_TD = ["Civilians (Niger)"], ["Civilians (Chad)"]
PROT_NE, RIOT_NE = ["Protesters (Niger)"], ["Rioters (Niger)"]
PNDS = ["PNDS-Tarayya", "PNDS", "Nigerien Party for Democracy and Socialism", "Government of Niger",
        "Politicians (Niger)", "Civilians (Niger)", "Government of Niger (2021-2023)"]
NIAMEY = ["Niamey", "Niamey Capital District", "Niamey Urban Community"]
TILL = ["Tillaberi", "Tillabery", "Tillabéri"]
TD_STATE = ["Military Forces of Chad", "Police Forces of Chad", "Gendarmerie (Chad)"]
TD_POLICE = ["Police Forces of Chad", "Military Forces of Chad"]
BH_TD = BH + [UAG_TD]
NDJ = ["N'Djamena", "Ville de N'Djamena", "Ndjamena", "N'Djamena City"]
LOR = ["Logone Oriental", "Logone Oriental Province"]
FARMERS = ["Farmers (Chad)", "Kodo Ethnic Militia (Chad)", "Kodo Communal Militia (Chad)", UAG_TD,
           "Farmer Militia (Chad)", "Ngambaye Ethnic Militia (Chad)", "Civilians (Chad)", "Rebels (Chad)"]
HERD = [UAG_TD, "Herders (Chad)", "Fulani Ethnic Militia (Chad)", "Arab Ethnic Militia (Chad)",
        "Pastoralists (Chad)", "Herder Militia (Chad)", "Pastoralist Militia (Chad)", "Civilians (Chad)"]
COMM = FARMERS + HERD

# ---------------------------------------------------------------- Niger (Reuters, 2019-07-02, Tue)
A = "niger_inates_reuters"
ev("inates-army-post-attack", A, "2019-07-01", "2019-07-01", "2019-07-01", BAT, ["Armed clash"],
   JIH_NE, FAN, NE, TILL, (), 18,
   evidence="Militants using two car bombs and dozens of motorbikes attacked an army post near the town of Inates "
            "... on Monday, killing 18 soldiers ... Four soldiers were still missing ... 'several terrorists' killed")
ev("inates-suicide-vehicles", A, "2019-07-01", "2019-07-01", "2019-07-01", EXP, ["Suicide bomb"],
   JIH_NE, FAN, NE, TILL, (), None, req=False,
   evidence="'The attack began with the detonation of two suicide vehicles at the entrance to the camp' (part of the "
            "one assault; a coder may split it off as its own row)")
ev("inates-partner-air-support", A, "2019-07-01", "2019-07-01", "2019-07-01", EXP, ["Air/drone strike"],
   ["Military Forces of France", "Military Forces of Niger", "Barkhane"], JIH_NE + [""], NE, TILL, (), None,
   req=False, evidence="'The counter-attack, with air support from our partners' ... a truck used by the assailants "
                       "was destroyed by air strikes")
ev("tongo-tongo-joint-operation", A, "2019-06-18", "2019-06-08", "2019-06-18", BAT, ["Armed clash"],
   FAN + ["Military Forces of France", "Military Forces of the United States"], ISS + [UAG_NE], NE, TILL, (), 18,
   req=False, tp=2,
   evidence="troops from Niger, France and the United States said they killed 18 of its fighters and captured five "
            "others during a joint operation in the same zone east of Tongo Tongo between June 8 and June 18")

# ---------------------------------------------------------------- Niger (Africanews/AFP, 2019-10-31, Thu)
A = "niger_blabrine_africanews"
DIFFA = ["Diffa"]
ev("blabrine-post-attack", A, "2019-10-30", "2019-10-29", "2019-10-30", BAT, ["Armed clash"],
   BH + [UAG_NE], FAN, NE, DIFFA, (), 12,
   evidence="Twelve Nigerien soldiers were killed and eight wounded when suspected Boko Haram fighters attacked a "
            "military position at Blabrine ... overnight from Tuesday to Wednesday ... around 3:00 am")
ev("gadira-village-raid", A, "2019-10-27", "2019-10-27", "2019-10-27", VAC, ["Attack"],
   BH + [UAG_NE], CIV_NE, NE, DIFFA, (), 3,
   evidence="Two days before the Blabrine attack, on Sunday evening, gunmen on motorcycles stormed the village of "
            "Gadira, near the town of Diffa, killing three civilians and making off with livestock")

# ---------------------------------------------------------------- Niger (DW, 2021-08-17, Tue)
A = "niger_dareydaye_dw"
ev("darey-daye-massacre", A, "2021-08-16", "2021-08-16", "2021-08-16", VAC, ["Attack"],
   JIH_NE, CIV_NE, NE, TILL, ["Banibangou"], 37,
   evidence="The assailants struck on Monday afternoon in the village of Darey-Daye, in the rural commune of "
            "Banibangou ... killed 37 civilians, among them 14 children and four women")
ev("darey-daye-pursuit-clash", A, "2021-08-16", "2021-08-16", "2021-08-16", BAT, ["Armed clash"],
   FAN + JIH_NE, JIH_NE + FAN, NE, TILL, (), None, req=False,
   evidence="soldiers sent from the Banibangou garrison on Monday evening exchanged fire with a group of the "
            "attackers near the Malian border, but there was no information on casualties")
ev("torodi-patrol-ambush", A, "2021-07-31", "2021-07-31", "2021-07-31", BAT, ["Armed clash"],
   JIH_NE, FAN, NE, TILL, ["Say", "Torodi"], 15,
   evidence="Two weeks ago, on July 31, 15 soldiers were killed and seven were reported missing when jihadists "
            "ambushed a patrol near Torodi (17 days before publication → an event)")

# ---------------------------------------------------------------- Niger (Al Jazeera, 2023-08-04, Fri)
A = "niger_niamey_aljazeera"
ev("niamey-independence-day-rally", A, "2023-08-03", "2023-08-03", "2023-08-03", PRO, ["Peaceful protest"],
   PROT_NE, [""], NE, NIAMEY, (), 0,
   evidence="Thousands of people rallied in Niger's capital, Niamey, on Thursday in support of the military "
            "officers ... the march ended peacefully")
ev("niamey-ministers-arrested", A, "2023-07-31", "2023-07-31", "2023-07-31", STR, ["Arrests"],
   JUNTA, PNDS, NE, NIAMEY, (), 0,
   evidence="On Monday, soldiers detained the oil minister ... the mines minister ... and the interior minister "
            "... in Niamey ... Foumakoye Gado, had also been taken from his home")
ev("niamey-bazoum-supporters-warning-shots", A, "2023-07-26", "2023-07-26", "2023-07-26", PRO,
   ["Protest with intervention", "Excessive force against protesters"], PROT_NE + ["PNDS-Tarayya", "PNDS"],
   JUNTA, NE, NIAMEY, (), 0,
   evidence="On the evening of July 26, hundreds of Bazoum supporters who tried to march towards the presidency "
            "were dispersed by soldiers firing warning shots, and at least one person was wounded")
ev("niamey-pnds-hq-ransacked", A, "2023-07-27", "2023-07-27", "2023-07-27", RIO,
   ["Violent demonstration", "Mob violence"], RIOT_NE + PROT_NE, PNDS + [""], NE, NIAMEY, (), 0,
   evidence="A day later, pro-junta crowds ransacked and set fire to the PNDS headquarters in Niamey")
ev("niamey-french-embassy-riot", A, "2023-07-30", "2023-07-30", "2023-07-30", RIO, ["Violent demonstration"],
   RIOT_NE + PROT_NE, ["Police Forces of Niger", "Military Forces of Niger", "", "Civilians (France)",
                       "Government of France"], NE, NIAMEY, (), 0,
   evidence="On Sunday, thousands of junta supporters marched on the French embassy, tore down its plaque and set "
            "fire to a door before security forces fired tear gas to disperse them")
ev("niamey-bazoum-detained", A, "2023-07-26", "2023-07-26", "2023-07-26", STR, ["Arrests", "Other"],
   JUNTA, PNDS + ["Mohamed Bazoum"], NE, NIAMEY, (), 0, req=False,
   evidence="Bazoum, who has been held ... since the presidential guard detained him on July 26 (the coup itself, "
            "told as background 9 days before; a coder may code it)")

# ---------------------------------------------------------------- Niger (Anadolu, 2024-07-24, Wed)
A = "niger_foneko_anadolu"
ev("foneko-clash", A, "2024-07-22", "2024-07-22", "2024-07-22", BAT, ["Armed clash"],
   JIH_NE + FAN, FAN + JIH_NE, NE, TILL, ["Tera", "Bankilare"], 36,
   evidence="'On Monday July 22, a unit of the defense and security forces exchanged fire with armed terrorist "
            "groups along the Bankilare-Tera route near the village of Foneko' ... 15 soldiers dead ... 21 "
            "'terrorists' were 'neutralized'")
ev("tassia-detachment-attack", A, "2024-06-25", "2024-06-25", "2024-06-25", BAT, ["Armed clash"],
   JIH_NE, FAN, NE, TILL, ["Tera"], 21,
   evidence="20 soldiers and a civilian were killed on June 25 when 'a coalition of terrorist groups' attacked a "
            "detachment ... on the outskirts of the village of Tassia, also in the Tera department (29 days → event; "
            "'dozens of terrorists' unquantified)")
ev("koutoukale-prison-escape", A, "2024-07-11", "2024-07-11", "2024-07-11", STR, ["Other"],
   ["Prisoners (Niger)", "Civilians (Niger)", UAG_NE] + JIH_NE, ["Police Forces of Niger", "Military Forces of Niger",
                                                               ""], NE, TILL, ["Kollo"], 0, req=False,
   evidence="On July 11, dozens of inmates escaped from the high-security Koutoukale prison ... during a riot by "
            "prisoners (a coder may code it as a riot or not at all)")

# ---------------------------------------------------------------- Chad (AP, 2015-07-12, Sun)
A = "chad_ndjamena_ap"
ev("ndjamena-market-suicide-bomb", A, "2015-07-11", "2015-07-11", "2015-07-11", EXP, ["Suicide bomb"],
   BH_TD, CIV_TD + TD_STATE, TD, NDJ, (), 15,
   evidence="A man disguised in a woman's burqa blew himself up at the entrance to the main market ... on Saturday "
            "morning, killing 15 people including himself (a doctor's later 16th death not adopted by police)")
ev("ndjamena-north-second-explosion", A, "2015-07-11", "2015-07-11", "2015-07-11", EXP,
   ["Remote explosive/landmine/IED", "Suicide bomb", "Grenade"], BH_TD, CIV_TD + [""], TD,
   ["Hadjer-Lamis", "N'Djamena", "Ville de N'Djamena"], (), 1, req=False,
   evidence="a second explosion about 30 kilometers (19 miles) north of N'Djamena killed one person on Saturday. "
            "It was not clear whether that blast was linked (place unnamed, admin1 uncertain)")
ev("ndjamena-dembe-raid-blasts", A, "2015-06-29", "2015-06-29", "2015-06-29", EXP, ["Suicide bomb"],
   BH_TD, TD_POLICE, TD, NDJ, (), 11,
   evidence="on June 29, police raided a house in the Dembe district ... Two of the suspects set off explosive belts "
            "... killed five police officers and six suspected militants ... 11 dead in all (13 days → event)")
ev("ndjamena-dembe-raid-clash", A, "2015-06-29", "2015-06-29", "2015-06-29", BAT, ["Armed clash"],
   TD_POLICE + BH_TD, BH_TD + TD_POLICE, TD, NDJ, (), 11, req=False,
   evidence="the same raid coded as a police-militant battle (alternative to the suicide-bomb row)")
ev("ndjamena-june15-twin-bombings", A, "2015-06-15", "2015-06-15", "2015-06-15", EXP, ["Suicide bomb"],
   BH_TD, TD_POLICE + CIV_TD, TD, NDJ, (), 38,
   evidence="since June 15, when two suicide bombers on motorcycles struck the national police headquarters and the "
            "police academy ... killed 38 people, including four attackers (27 days → event)")

# ---------------------------------------------------------------- Chad (AFP, 2023-05-17, Wed)
A = "chad_montsdelam_afp"
MDL = ["Monts de Lam"]
ev("monts-de-lam-kodo-fulani-camps", A, "2023-05-15", "2023-05-15", "2023-05-15", BAT, ["Armed clash"],
   COMM, COMM, TD, LOR, MDL, 4,
   evidence="On Monday, farmers from the Kodo community attacked camps of Fulani herders in the Monts de Lam "
            "department ... 'The Kodos killed two Fulani herders ... and they lost two of their own'")
ev("monts-de-lam-kodo-village-attack", A, "2023-05-15", "2023-05-15", "2023-05-16", VAC, ["Attack"],
   FARMERS[:-2] + ["Rebels (Chad)"], CIV_TD, TD, LOR, MDL, 4,
   evidence="'They then attacked another village, killing four inhabitants, before being pursued by gendarmes' "
            "(Monday, possibly Tuesday; village unnamed, about 15 km from the camps)")
ev("bessao-gendarmes-kill-kodo", A, "2023-05-16", "2023-05-16", "2023-05-16", BAT, ["Armed clash"],
   TD_STATE, FARMERS + ["Rebels (Chad)"], TD, LOR, MDL, 14,
   evidence="gendarmes, who managed to shoot down 14 of them on Tuesday ... caught up with the attackers near the "
            "village of Bessao on Tuesday morning ... three gendarmes were wounded")
ev("monts-de-lam-joint-force-deployed", A, "2023-05-16", "2023-05-15", "2023-05-17", STR,
   ["Change to group/activity"], TD_STATE, [""], TD, LOR, MDL, 0, req=False, tp=2,
   evidence="a joint force had been deployed to the area (date not given; the curfew is only a plan)")

# ---------------------------------------------------------------- Chad (Alwihda Info, 2022-08-22, Mon)
A = "chad_mengalang_alwihda"
ev("mengalang-herder-farmer-clash", A, "2022-08-19", "2022-08-19", "2022-08-19", BAT, ["Armed clash"],
   COMM, COMM, TD, LOR, MDL, 9,
   evidence="Nine people ... were killed on Friday in clashes between farmers and herders not far from the village "
            "of Mengalang ... Villagers armed with bows, spears and hunting rifles fought back")
ev("djongol-herder-farmer-clash", A, "2022-08-09", "2022-08-09", "2022-08-09", BAT, ["Armed clash"],
   COMM, COMM, TD, ["Guera", "Guéra"], (), 13,
   evidence="On Tuesday 9 August, thirteen people were killed and twenty wounded in Djongol, in the Guera province "
            "... the conflict then spread with the use of firearms (13 days → event)")
ev("gagalao-moro-clash", A, "2022-08-21", "2022-08-21", "2022-08-21", BAT, ["Armed clash"],
   COMM, COMM, TD, ["Mayo-Kebbi Est", "Mayo-Kebbi East"], ["Kabia", "Kabbia"], 4,
   evidence="a farmer had his throat cut and at least three other people were killed on Sunday in the village of "
            "Gagalao Moro, in the Kabbia department, when villagers went out to drive herders ... from their fields")

DROP = {
    "niger_inates_reuters": ["Skip to main content", "World", "Business", "Markets", "Breakingviews", "Technology",
                             "Africa", "Our Standards: The Thomson Reuters Trust Principles.", "Read Next",
                             "Mali says 41 killed in attacks on two central villages",
                             "Burkina Faso extends state of emergency in north"],
    "niger_blabrine_africanews": ["africanews.", "Home", "News", "Business", "Sport", "Culture",
                                  "Science & Technology", "Travel", "Read more",
                                  "Burkina Faso: five soldiers killed in Dolmane ambush",
                                  "Chad: Boko Haram kills fishermen on Lake Chad island", "Share", "Facebook",
                                  "Twitter", "Copyright © africanews 2019"],
    "niger_niamey_aljazeera": ["Al Jazeera", "News", "Features", "Opinion", "Sport", "Video", "More",
                               "Listen to these podcasts", "From: The Take", "Related",
                               "Niger coup leaders accuse France of wanting to intervene militarily",
                               "ECOWAS gives Niger junta one week to restore Bazoum",
                               "© 2023 Al Jazeera Media Network"],
    "niger_foneko_anadolu": ["Anadolu Ajansı", "Türkiye", "World", "Africa", "Politics", "Economy", "Analysis",
                             "Anadolu Agency website contains only a portion of the news stories offered to "
                             "subscribers in the AA News Broadcasting System (HAS), and in summarized form.",
                             "Related news", "Mali: Army says it killed 'several terrorists' in Kidal region",
                             "Burkina Faso junta extends transition by five years", "Keywords", "Niger", "Tillaberi",
                             "Terrorism"],
    "chad_mengalang_alwihda": ["Alwihda Info", "Actualités", "Politique", "Société", "Sécurité", "Economie",
                               "International", "Contact", "Lire aussi",
                               "Chad: the national inclusive dialogue opens in N'Djamena",
                               "Lac: two fishermen killed by Boko Haram near Ngouboua",
                               "Guera: a delegation of the CNT in Mongo after the Djongol clashes", "Partager",
                               "Facebook", "Twitter", "WhatsApp", "© 2022 Alwihda Info - Tous droits réservés"],
}
EITHER = {
    "niger_inates_reuters": ["By Abdoulaye Massalaki", "July 2, 2019 4:12 PM UTC Updated ago",
                             "Reporting by Abdoulaye Massalaki; Additional reporting by Edward McAllister in Dakar; "
                             "Writing by Aaron Ross; Editing by Giles Elgood"],
    "niger_blabrine_africanews": ["By Africanews with AFP", "Last updated: 31/10 - 09:27"],
    "niger_dareydaye_dw": ["Date 17.08.2021", "es/sms (AFP, Reuters)"],
    "niger_niamey_aljazeera": ["Published On 4 Aug 2023", "Source: Al Jazeera and news agencies"],
    "niger_foneko_anadolu": ["Aurore Bonny  |24.07.2024 - Update : 24.07.2024", "ISTANBUL"],
    "chad_montsdelam_afp": ["str/cl/blb"],
    "chad_mengalang_alwihda": ["By Alwihda Info - 22 August 2022 - 11:05"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout166; Niger and Chad), coded by "
                             "CODEBOOK.md before the system was run (BLIND, session 22).", drop=DROP, either=EITHER)
