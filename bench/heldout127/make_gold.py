"""Writes gold.json for the 127th held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 17).

    python bench/heldout127/make_gold.py

Focus: Nigeria outside the north-east — north-west banditry (Zamfara, Kaduna), Middle Belt violence (Plateau),
the south-east (Enugu, Imo) and protests in Abuja/Lagos, 2014-2025: bandit raids with killings, a school
abduction, a joint military/police raid and an air strike, attacks on police, protests.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

NG = "Nigeria"
UAG_NG = ["Unidentified Armed Group (Nigeria)"]
BANDITS = UAG_NG + ["Bandits (Nigeria)", "Bandits", "Bandit Militia (Nigeria)", "Armed Bandits (Nigeria)"]
FULANI_NG = ["Fulani Ethnic Militia (Nigeria)", "Fulani Herders", "Fulani Herdsmen", "Herders (Nigeria)",
             "Fulani Militia", "Fulani Pastoralist Militia (Nigeria)"]
HERDERS = UAG_NG + FULANI_NG
ESN = ["Eastern Security Network", "ESN", "IPOB: Indigenous People of Biafra", "Indigenous People of Biafra", "IPOB",
       "Eastern Security Network (ESN)"]
GUNMEN_SE = UAG_NG + ESN
CIV_NG = ["Civilians (Nigeria)"]
MIL_NG = ["Military Forces of Nigeria"]
POL_NG = ["Police Forces of Nigeria"]
STATE_NG = MIL_NG + POL_NG
PROT_NG = ["Protesters (Nigeria)"]
FCT = ["FCT", "Federal Capital Territory", "Abuja", "Abuja Federal Capital Territory"]
AMAC = ["Municipal Area Council", "Abuja Municipal", "Abuja Municipal Area Council", "AMAC"]

# ---------------------------------------------------------------- Zamfara / Kaduna (Reuters, 2014-04-07, Mon)
A = "nigeria_yargaladima_reuters"
ev("yargaladima-market-meeting-massacre", A, "2014-04-05", "2014-04-05", "2014-04-05", VAC, ["Attack"],
   BANDITS + FULANI_NG, CIV_NG, NG, ["Zamfara"], ["Maru", ""], 60,
   evidence="Gunmen on motorcycles stormed a meeting of villagers and vigilantes ... killing about 60 people, police "
            "said ... on Saturday morning in Yar Galadima, a farming village in the Maru local government area "
            "(police ~60 < official 79 < residents 100+ → 60)")
ev("maru-troops-deployed", A, "2014-04-06", "2014-04-06", "2014-04-06", STR, ["Change to group/activity"],
   MIL_NG, [""] + BANDITS, NG, ["Zamfara"], ["Maru"], 0, req=False,
   evidence="The army said it had moved troops into the Maru area on Sunday")
KAURA_ACT = HERDERS + ["Bandits (Nigeria)"]
ev("kaura-villages-attack", A, "2014-03-14", "2014-03-14", "2014-03-15", VAC, ["Attack"],
   KAURA_ACT, CIV_NG, NG, ["Kaduna"], ["Kaura", ""], None,
   evidence="On the night of March 14, gunmen attacked three villages - Ugwar Sankwai, Ungwan Gata and Chenshyi - in "
            "the Kaura local government area ... killing more than 100 (24 days before publication → event; "
            "no per-village breakdown → fatalities unscored)")
for village in ("ungwan-gata", "chenshyi"):
    ev(f"kaura-{village}-attack", A, "2014-03-14", "2014-03-14", "2014-03-15", VAC, ["Attack"],
       KAURA_ACT, CIV_NG, NG, ["Kaduna"], ["Kaura", ""], None, req=False,
       evidence="second/third named village of the March 14 Kaura attacks, if coded one row per village")

# ---------------------------------------------------------------- Enugu (Premium Times, 2016-04-26, Tue)
A = "nigeria_nimbo_premiumtimes"
ev("nimbo-herdsmen-attack", A, "2016-04-25", "2016-04-25", "2016-04-25", VAC, ["Attack"],
   HERDERS, CIV_NG, NG, ["Enugu"], ["Uzo-Uwani", "Uzo Uwani"], 10,
   evidence="Suspected Fulani herdsmen on Monday morning invaded Ukpabi Nimbo ... Uzo-Uwani ... police ... said 10 "
            "bodies had so far been recovered ... residents ... about 40 (police 10 → 10; church and houses burnt "
            "folded in)")
ev("nsukka-students-protest", A, "2016-04-26", "2016-04-26", "2016-04-26", PRO, ["Peaceful protest"],
   PROT_NG + ["Students (Nigeria)", "Federated Association of Nsukka Students"], [""], NG, ["Enugu"], ["Nsukka"], 0,
   evidence="On Tuesday, hundreds of students of the University of Nigeria, Nsukka ... marched through the town centre "
            "... The protest was peaceful")
ev("nimbo-mobile-police-deployed", A, "2016-04-25", "2016-04-25", "2016-04-26", STR, ["Change to group/activity"],
   POL_NG, [""], NG, ["Enugu"], ["Uzo-Uwani", "Uzo Uwani"], 0, req=False,
   evidence="a team of mobile policemen had been drafted to Nimbo 'to restore normalcy'")

# ---------------------------------------------------------------- Kaduna (AFP, 2018-05-07, Mon)
A = "nigeria_gwaska_afp"
ev("gwaska-bandit-raid", A, "2018-05-05", "2018-05-05", "2018-05-05", VAC, ["Attack"],
   BANDITS + FULANI_NG, CIV_NG, NG, ["Kaduna"], ["Birnin Gwari", "Birnin-Gwari"], 45,
   evidence="stormed Gwaska village in Birnin Gwari district at around 2:30 pm on Saturday ... police commissioner "
            "... confirmed late Sunday that 45 villagers had been killed (27 was the Saturday-evening count)")
ev("janruwa-miners-killed", A, "2018-04-30", "2018-04-26", "2018-04-30", VAC, ["Attack"],
   BANDITS + FULANI_NG, CIV_NG, NG, ["Kaduna"], ["Birnin Gwari", "Birnin-Gwari", ""], 14, tp=2,
   evidence="About a week before the Gwaska raid, gunmen killed 14 artisanal miners at a mining site in Janruwa ... "
            "in the same district")
ev("birnin-gwari-police-reinforced", A, "2018-05-02", "2018-05-02", "2018-05-06", STR, ["Change to group/activity"],
   POL_NG, [""], NG, ["Kaduna"], ["Birnin Gwari", "Birnin-Gwari"], 0, req=False, tp=2,
   evidence="the inspector general of police ... visited Birnin Gwari on Wednesday and ordered an additional 200 "
            "officers to the area; 'More than 150 police operatives have been deployed'")

# ---------------------------------------------------------------- Abuja / Lagos (Channels TV, 2025-10-21, Tue)
A = "nigeria_abuja_channelstv"
KANU_PROT = PROT_NG + ["IPOB: Indigenous People of Biafra", "Indigenous People of Biafra", "IPOB",
                       "Take It Back Movement", "African Action Congress"]
ev("abuja-freekanu-march-teargassed", A, "2025-10-20", "2025-10-20", "2025-10-20", PRO,
   ["Protest with intervention", "Excessive force against protesters"], KANU_PROT,
   POL_NG + MIL_NG + ["Police Forces of Nigeria (2023-)", ""], NG, FCT, AMAC, 0,
   evidence="Security operatives on Monday fired tear gas and gunshots into the air to disperse protesters ... in "
            "front of the Transcorp Hilton hotel in Maitama ... several people arrested")
ev("abuja-ejimakor-kanu-brother-arrested", A, "2025-10-20", "2025-10-20", "2025-10-20", STR, ["Arrests"],
   POL_NG, KANU_PROT + ["Civilians (Nigeria)", ""], NG, FCT, AMAC, 0, req=False,
   evidence="Kanu's lawyer, Aloy Ejimakor, and ... Prince Emmanuel Kanu, were among several people arrested (arrest of "
            "notables, also folded into the protest-with-intervention row)")
ev("abuja-anti-kanu-rally", A, "2025-10-19", "2025-10-17", "2025-10-19", PRO, ["Peaceful protest"],
   PROT_NG, [""], NG, FCT, AMAC + [""], 0, req=False, tp=2,
   evidence="a pro-government group had been allowed to rally outside the Federal High Court for three days since "
            "Friday to oppose Kanu's release (told in passing inside a quote)")
ev("lekki-endsars-vigil", A, "2025-10-20", "2025-10-20", "2025-10-20", PRO, ["Peaceful protest"],
   PROT_NG, [""], NG, ["Lagos"], ["Eti-Osa", "Eti Osa", "Ibeju Lekki", "Ibeju-Lekki"], 0,
   evidence="In Lagos, a small group of activists gathered at the Lekki toll gate on Monday evening to mark the fifth "
            "anniversary ... dispersing peacefully")

# ---------------------------------------------------------------- Imo (Vanguard, 2021-04-25, Sun)
A = "nigeria_awomama_vanguard"
ev("awomama-esn-camp-raid", A, "2021-04-24", "2021-04-24", "2021-04-24", BAT, ["Armed clash"],
   STATE_NG + ESN, ESN + STATE_NG, NG, ["Imo"], ["Oru East", "Oru West"], 7,
   evidence="A joint team of soldiers, police and ... DSS, yesterday killed the commander of the Eastern Security "
            "Network ... Ikonso, and six of his fighters in a raid on the group's camp at Awomama in Oru East ... came "
            "under heavy fire (7; the four security men were wounded; IPOB says ambush at Mgbidi, Oru West)")
ev("omuma-governor-home-attack", A, "2021-04-24", "2021-04-24", "2021-04-24", BAT, ["Armed clash"],
   GUNMEN_SE, POL_NG, NG, ["Imo"], ["Oru East"], 3,
   evidence="Hours after the raid, at about 9 a.m., gunmen stormed Governor Uzodimma's country home at Omuma ... Three "
            "policemen on guard duty ... were killed when they tried to repel the attackers ... set part of the "
            "building ... ablaze")
ev("owerri-police-hq-prison-attack", A, "2021-04-05", "2021-04-05", "2021-04-05", BAT, ["Armed clash"],
   GUNMEN_SE, POL_NG + ["Civilians (Nigeria)", "Prison Guards (Nigeria)",
                        "Nigerian Correctional Service"], NG, ["Imo"], ["Owerri Municipal", "Owerri"], None,
   evidence="the April 5 attacks on the Imo State Police Command headquarters and the Owerri Custodial Centre ... freed "
            "more than 1,800 inmates (20 days before publication → event; no toll given)")

# ---------------------------------------------------------------- Zamfara (Daily Trust, 2021-08-16, Mon)
A = "nigeria_bakura_dailytrust"
ev("bakura-college-abduction", A, "2021-08-15", "2021-08-15", "2021-08-16", VAC, ["Abduction/forced disappearance"],
   BANDITS, CIV_NG, NG, ["Zamfara"], ["Bakura"], 3,
   evidence="Bandits on Sunday night attacked the College of Agriculture and Animal Science in Bakura ... abducted 15 "
            "students and four members of staff. A police inspector and two civilian guards were killed (police 3 < "
            "registrar 4 → 3)")
ev("bakura-police-gunfight", A, "2021-08-15", "2021-08-15", "2021-08-16", BAT, ["Armed clash"],
   BANDITS + POL_NG, POL_NG + BANDITS, NG, ["Zamfara"], ["Bakura"], None, req=False,
   evidence="'heavily confronted by the tactical police operatives who were alerted and responded to the scene on "
            "time' (the police side of the same raid; toll shared with the abduction row)")
ev("dansadau-air-strike", A, "2021-08-13", "2021-08-13", "2021-08-13", EXP, ["Air/drone strike"],
   MIL_NG + ["Air Force of Nigeria", "Military Forces of Nigeria (2015-2023)"], BANDITS, NG, ["Zamfara"], ["Maru"],
   None, evidence="the Nigerian Air Force said on Sunday that its jets had on Friday carried out air interdiction "
                  "missions on a bandit enclave in the forest near Dansadau in Maru ... 'neutralising scores of "
                  "bandits' (toll not a number → unscored)")

# ---------------------------------------------------------------- Plateau (TheCable, 2021-08-25, Wed)
A = "nigeria_yelwazangam_thecable"
ev("yelwa-zangam-attack", A, "2021-08-24", "2021-08-24", "2021-08-25", VAC, ["Attack"],
   HERDERS + ["Bandits (Nigeria)"], CIV_NG, NG, ["Plateau"], ["Jos North"], 35,
   evidence="No fewer than 35 people have been killed in an attack on Yelwa Zangam ... Jos North ... at about 9pm on "
            "Tuesday ... 'We have recovered 36 corpses' (35 < 36 → 35)")
ev("jos-mourners-carry-corpses", A, "2021-08-25", "2021-08-25", "2021-08-25", PRO, ["Peaceful protest"],
   PROT_NG + ["Civilians (Nigeria)"], [""], NG, ["Plateau"], ["Jos North", "Jos South"], 0,
   evidence="On Wednesday morning, hundreds of mourners carried the corpses ... to the Plateau state house of assembly "
            "and later to the Government House in Rayfield, demanding an end to the killings ... left without incident")
ev("kwoi-police-commander-killed", A, "2021-08-22", "2021-08-22", "2021-08-22", BAT, ["Armed clash"],
   UAG_NG + ["Gunrunners", "Bandits (Nigeria)"], POL_NG + ["Vigilante Militia (Nigeria)"], NG, ["Plateau"],
   ["Mangu", ""], 2,
   evidence="three days after gunrunners killed Abdulrahman Isah, a police divisional commander, and Hassan Mohammed, "
            "a vigilante, in Kwoi village of Mangu LGA, when a police team tried to intercept them")
ev("chando-zrrechi-attack", A, "2021-08-17", "2021-08-16", "2021-08-18", VAC, ["Attack"],
   HERDERS + ["Bandits (Nigeria)"], CIV_NG, NG, ["Plateau"], ["Bassa"], 5, tp=2,
   evidence="about eight days after five people were killed in an attack on Chando-Zrrechi village, in the Miango "
            "district of Bassa LGA")
RUKUBA_ACT = UAG_NG + ["Irigwe Ethnic Militia (Nigeria)", "Rioters (Nigeria)", "Irigwe Youths"]
ev("rukuba-road-travellers-killed", A, "2021-08-14", "2021-08-14", "2021-08-14", VAC, ["Attack"],
   RUKUBA_ACT, CIV_NG, NG, ["Plateau"], ["Jos North", "Bassa", ""], 22,
   evidence="since August 14, when 22 travellers returning to Ondo state ... were killed by a group of armed youths who "
            "blocked their buses on the Rukuba road, near Gada Biyu in Jos North (11 days before → event)")
ev("rukuba-road-mob-violence", A, "2021-08-14", "2021-08-14", "2021-08-14", RIO, ["Mob violence"],
   ["Rioters (Nigeria)"] + RUKUBA_ACT, CIV_NG, NG, ["Plateau"], ["Jos North", "Bassa", ""], 22, req=False,
   evidence="alternative reading of the same killing of travellers as a violent crowd (twin of the Attack row)")

# ---------------------------------------------------------------- Plateau (AP, 2024-05-22, Wed)
A = "nigeria_zurak_ap"
ev("zurak-mining-community-attack", A, "2024-05-20", "2024-05-20", "2024-05-21", VAC, ["Attack"],
   BANDITS + FULANI_NG, CIV_NG, NG, ["Plateau"], ["Wase"], 9,
   evidence="attackers invaded the Zurak mining community in the Wase local government area on Monday evening and "
            "stayed until the early hours of Tuesday ... nine deaths had been confirmed ... residents ... as high as "
            "40 (9 < 40 → 9; the police 9 covers Zurak and Dakai together)")
ev("dakai-attack", A, "2024-05-20", "2024-05-20", "2024-05-21", VAC, ["Attack"],
   BANDITS + FULANI_NG, CIV_NG, NG, ["Plateau"], ["Wase", ""], None, req=False,
   evidence="'criminal elements' had attacked Zurak and the nearby village of Dakai ... did not say how many died in "
            "each village")
ev("bangalala-forest-operation", A, "2024-05-19", "2024-05-18", "2024-05-19", BAT, ["Armed clash"],
   STATE_NG + BANDITS, BANDITS + STATE_NG, NG, ["Plateau", "Taraba"], ["Wase", ""], 9, tp=2,
   evidence="a joint operation by security forces against bandits hiding in the Bangalala forest ... launched over the "
            "weekend. Nine bandits were killed in that operation")

DROP = {
    "nigeria_nimbo_premiumtimes": ["Premium Times Nigeria", "Home", "News", "Top News", "Headlines", "Politics",
                                   "Business", "Investigations", "Sports", "Share this:", "Facebook", "Twitter",
                                   "WhatsApp", "Read more:", "Agatu killings: Senate committee submits report",
                                   "Benue: Herdsmen attack two villages in Logo",
                                   "Buhari orders IGP to deal with herdsmen",
                                   "© 2016 Premium Times Services Limited. All rights reserved."],
    "nigeria_gwaska_afp": ["© 2018 AFP"],
    "nigeria_abuja_channelstv": ["Channels Television", "Live TV", "Headlines", "Politics", "Business", "Metro",
                                 "Sports", "Entertainment", "Related",
                                 "Court Adjourns Hearing In Police Suit Against Sowore",
                                 "Kanu's Trial: Judge Fixes Date For Defence",
                                 "#EndSARS: Five Years After Lekki Shooting, Victims Still Await Justice", "Share",
                                 "Facebook", "X", "WhatsApp", "© 2025 Channels Television. All Rights Reserved."],
    "nigeria_awomama_vanguard": ["Vanguard News", "Home", "News", "Politics", "Metro", "Business", "Sports", "Columns",
                                 "Share on Facebook", "Share on Twitter", "Vanguard News Nigeria", "RELATED NEWS",
                                 "Gunmen attack police station in Ebonyi, kill two officers",
                                 "Owerri jailbreak: FG declares escaped inmates wanted"],
    "nigeria_bakura_dailytrust": ["Daily Trust", "News", "Politics", "Business", "Sports", "Opinion", "RELATED",
                                  "Zamfara: Bandits kill 12 in Maradun villages",
                                  "Police rescue 10 kidnapped travellers on Gusau-Sokoto road",
                                  "Copyright © 2021 Daily Trust. All rights reserved."],
    "nigeria_yelwazangam_thecable": ["TheCable", "News", "Politics", "Business", "Sports", "Lifestyle", "Related Posts",
                                     "Plateau: Lalong imposes 24-hour curfew on Jos North after attack on travellers",
                                     "Police arrest 20 suspects over Rukuba road killings", "Copyright © 2021 TheCable"],
    "nigeria_yargaladima_reuters": ["4 MIN READ", "Our Standards: The Thomson Reuters Trust Principles."],
}
EITHER = {
    "nigeria_yargaladima_reuters": ["By Reuters Staff",
                                    "(Reporting by the Kaduna newsroom; Writing by the Abuja newsroom; Editing by the Africa desk)"],
    "nigeria_nimbo_premiumtimes": ["By Our Reporter, Nsukka", "April 26, 2016"],
    "nigeria_gwaska_afp": ["Published: 07/05/2018 - 14:12", "ak/pma/jh"],
    "nigeria_abuja_channelstv": ["Updated October 21, 2025"],
    "nigeria_awomama_vanguard": ["April 25, 2021", "By Vanguard Reporters, Owerri & Abuja"],
    "nigeria_bakura_dailytrust": ["From our correspondent, Gusau", "Mon, 16 Aug 2021 12:41:07 GMT"],
    "nigeria_yelwazangam_thecable": ["by TheCable Staff", "August 25, 2021 7:58 pm"],
    "nigeria_zurak_ap": ["By The Associated Press", "Updated 5:32 AM GMT, May 22, 2024"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout127; Nigeria outside the north-east, "
                             "2014-2025), coded by CODEBOOK.md before the system was run (BLIND, session 17).",
               drop=DROP, either=EITHER)
