"""Writes gold.json for the 267th held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 37).

    python bench/heldout267/make_gold.py

Focus: street protests, riots and crackdowns 2020-2023 (Lebanon, Nigeria, Sudan, Myanmar, Pakistan).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402,F401
from gold_events import EVENTS as E  # noqa: E402

# ---------------------------------------------------------------- Lebanon (L'Orient Today, 2023-03-22, Wed)
LB, A = "Lebanon", "lebanon_riadalsolh_lorientoday"
LSF = ["Police Forces of Lebanon", "Military Forces of Lebanon", "Internal Security Forces", "Lebanese Army", ""]
RIOT_LB = ["Rioters (Lebanon)", "Protesters (Lebanon)"]
ev("riad-al-solh-retirees-clash", A, "2023-03-22", "2023-03-22", "2023-03-22", RIO, ["Violent demonstration"],
   RIOT_LB, LSF, LB, ["Beyrouth", "Beirut"], (), 0,
   evidence="Hundreds of retired soldiers and policemen ... clashed with riot police and troops outside the Grand "
            "Serail ... hurling stones ... security forces drove them back from Riad al-Solh Square with tear gas")
ev("riad-al-solh-as-intervention", A, "2023-03-22", "2023-03-22", "2023-03-22", PRO,
   ["Protest with intervention", "Excessive force against protesters"], ["Protesters (Lebanon)"], LSF, LB,
   ["Beyrouth", "Beirut"], (), 0, req=False,
   evidence="the same march coded as a protest dispersed with tear gas (alternative to the riot row)")
ev("tripoli-bahsas-tyres", A, "2023-03-21", "2023-03-21", "2023-03-22", PRO, ["Peaceful protest"],
   ["Protesters (Lebanon)"], ["", "Military Forces of Lebanon"], LB, ["North", "Liban-Nord", "North Lebanon"],
   ["Tripoli", "Trablous"], 0, req=False,
   evidence="That evening [Tuesday], young men burned tyres and blocked the Bahsas roundabout ... army units "
            "reopened the road without incident")
ev("tripoli-bahsas-tyres-as-riot", A, "2023-03-21", "2023-03-21", "2023-03-22", RIO, ["Violent demonstration"],
   ["Rioters (Lebanon)", "Protesters (Lebanon)"], ["", "Military Forces of Lebanon"], LB,
   ["North", "Liban-Nord", "North Lebanon"], ["Tripoli", "Trablous"], 0, req=False,
   evidence="tyre burning and road blocking coded as a riot")

# ---------------------------------------------------------------- Nigeria (The Guardian, 2020-10-18, Sun)
NG, A = "Nigeria", "nigeria_osogbo_guardian"
THUGS = ["Unidentified Armed Group (Nigeria)", "Rioters (Nigeria)", "Thugs (Nigeria)", "Political Militia (Nigeria)",
         "Unidentified Gang (Nigeria)"]
NPF = ["Police Forces of Nigeria", "Nigeria Police Force"]
PROT_NG = ["Protesters (Nigeria)"]
OSUN = (["Osun"], ["Osogbo"])
ev("osogbo-governor-convoy-attack", A, "2020-10-17", "2020-10-17", "2020-10-17", VAC, ["Attack"],
   THUGS, ["Government of Nigeria", "Government of Osun State", "Civilians (Nigeria)"] + PROT_NG, NG, *OSUN, 1,
   evidence="No fewer than three persons were reportedly killed ... when suspected thugs armed with guns, cutlasses "
            "and stones attacked Governor Gboyega Oyetola and his convoy ... police could confirm only one death")
ev("osogbo-convoy-attack-as-mob", A, "2020-10-17", "2020-10-17", "2020-10-17", RIO, ["Mob violence",
   "Violent demonstration"], ["Rioters (Nigeria)"] + THUGS, ["Government of Nigeria", "Government of Osun State",
   "Civilians (Nigeria)", ""], NG, *OSUN, 1, req=False,
   evidence="the thugs took over the junction, made bonfires ... (the same attack coded as a riot)")
ev("osogbo-saturday-morning-attack", A, "2020-10-17", "2020-10-17", "2020-10-17", VAC, ["Attack"],
   THUGS, PROT_NG + ["Civilians (Nigeria)"], NG, *OSUN, 0, req=False,
   evidence="Early on Saturday ... a gang wielding cutlasses swooped on the protesters at the junction, injuring "
            "one of them (same day, place and sub-type as the convoy attack; may be merged)")
ev("osogbo-wednesday-attack", A, "2020-10-14", "2020-10-14", "2020-10-14", VAC, ["Attack"],
   THUGS, PROT_NG + ["Civilians (Nigeria)"], NG, *OSUN, None,
   evidence="Protesters said the same group had attacked them at the junction on Wednesday")
ev("osogbo-monday-walk", A, "2020-10-12", "2020-10-12", "2020-10-12", PRO, ["Peaceful protest"],
   PROT_NG, [""], NG, *OSUN, 0,
   evidence="The Osogbo protest started peacefully on Monday, when hundreds of youths walked from Olaiya to the "
            "state secretariat at Abere")
ev("ado-ekiti-fajuyi-road", A, "2020-10-17", "2020-10-17", "2020-10-17", PRO, ["Peaceful protest"],
   PROT_NG, [""], NG, ["Ekiti"], ["Ado-Ekiti", "Ado Ekiti", "Ado"], 0,
   evidence="protesters blocked Fajuyi road in Ado Ekiti, which leads to the Ekiti Government House")
ev("abuja-kubwa-expressway", A, "2020-10-17", "2020-10-17", "2020-10-17", PRO, ["Peaceful protest"],
   PROT_NG, [""], NG, ["FCT", "Federal Capital Territory", "Abuja"],
   ["Municipal Area Council", "Abuja Municipal", "Bwari", ""], 0,
   evidence="in Abuja demonstrators barricaded the Abuja-Kubwa expressway for several hours")
ev("lagos-mothers-march", A, "2020-10-17", "2020-10-17", "2020-10-17", PRO, ["Peaceful protest"],
   PROT_NG + ["Women (Nigeria)"], [""], NG, ["Lagos"], (), 0, req=False,
   evidence="Mothers also marched in Lagos (no place below the state)")
ev("surulere-iloamauzo-shot", A, "2020-10-12", "2020-10-12", "2020-10-12", PRO,
   ["Excessive force against protesters"], NPF, PROT_NG + ["Civilians (Nigeria)"], NG, ["Lagos"], ["Surulere"], 1,
   evidence="Ikechukwu Iloamauzo, who was shot dead on Monday in Surulere when policemen opened fire on protesters "
            "near the Surulere police station")
ev("ogbomoso-isiaq-shot", A, "2020-10-10", "2020-10-10", "2020-10-10", PRO,
   ["Excessive force against protesters"], NPF, PROT_NG + ["Civilians (Nigeria)"], NG, ["Oyo"],
   ["Ogbomosho North", "Ogbomosho South", "Ogbomoso North", "Ogbomoso South"], 1,
   evidence="those killed last Saturday, when police opened fire on protesters in front of a police station in the "
            "town, killing Jimoh Isiaq")
ev("sars-dissolved", A, "2020-10-11", "2020-10-11", "2020-10-11", STR, ["Change to group/activity"],
   NPF + ["Government of Nigeria"], [""], NG, ["FCT", "Federal Capital Territory", ""], (), 0, req=False,
   evidence="The Inspector-General of Police ... had announced the dissolution of SARS on October 11")

# ---------------------------------------------------------------- Sudan (Reuters, 2022-01-03, Mon)
SD, A = "Sudan", "sudan_omdurman_reuters"
SSF = ["Military Forces of Sudan", "Police Forces of Sudan", "Rapid Support Forces", "RSF", "Sudanese Armed Forces"]
PROT_SD = ["Protesters (Sudan)"]
KH = ["Khartoum"]
ev("khartoum-jan2-marcher-killed", A, "2022-01-02", "2022-01-02", "2022-01-02", PRO,
   ["Excessive force against protesters"], SSF, PROT_SD, SD, KH, ["Khartoum"], 1,
   evidence="one man was struck violently on the head while marching in Khartoum ... police fired tear gas and stun "
            "grenades at thousands of demonstrators trying to reach the Republican Palace")
ev("omdurman-jan2-shot", A, "2022-01-02", "2022-01-02", "2022-01-02", PRO,
   ["Excessive force against protesters"], SSF, PROT_SD, SD, KH, ["Omdurman", "Um Durman"], 1,
   evidence="another was shot in the chest in Omdurman. Activists in Omdurman put the death toll there at three")
ev("omdurman-dec30-four-killed", A, "2021-12-30", "2021-12-30", "2021-12-30", PRO,
   ["Excessive force against protesters"], SSF, PROT_SD, SD, KH, ["Omdurman", "Um Durman"], 4,
   evidence="On Thursday, security forces shot dead four protesters in Omdurman ... Another medical group said six")
ev("wad-madani-dec30", A, "2021-12-30", "2021-12-30", "2021-12-30", PRO, ["Peaceful protest"],
   PROT_SD, [""], SD, ["Al Jazirah", "Gezira", "Al Gezira", "Aj Jazirah"], (), 0,
   evidence="Protests on Thursday were also reported in Wad Madani")
ev("kassala-dec30", A, "2021-12-30", "2021-12-30", "2021-12-30", PRO, ["Peaceful protest"],
   PROT_SD, [""], SD, ["Kassala"], (), 0,
   evidence="and in the eastern cities of Kassala and Port Sudan")
ev("port-sudan-dec30", A, "2021-12-30", "2021-12-30", "2021-12-30", PRO, ["Peaceful protest"],
   PROT_SD, [""], SD, ["Red Sea"], (), 0,
   evidence="and in the eastern cities of Kassala and Port Sudan")
ev("khartoum-dec19-palace", A, "2021-12-19", "2021-12-19", "2021-12-19", PRO,
   ["Protest with intervention", "Excessive force against protesters"], PROT_SD + SSF, SSF + PROT_SD, SD, KH,
   ["Khartoum"], 0,
   evidence="On Dec. 19 ... hundreds of thousands of protesters reached the gates of the presidential palace before "
            "being driven back by tear gas")
ev("khartoum-dec19-rapes", A, "2021-12-19", "2021-12-19", "2021-12-19", VAC, ["Sexual violence"],
   SSF, ["Civilians (Sudan)", "Protesters (Sudan)"], SD, KH, ["Khartoum"], 0,
   evidence="reports of at least 13 women and girls being raped by security forces during that day's crackdown in "
            "central Khartoum")

# ---------------------------------------------------------------- Myanmar (AFP, 2021-03-13, Sat)
MM, A = "Myanmar", "myanmar_thaketa_afp"
MSF = ["Police Forces of Myanmar", "Military Forces of Myanmar", "Tatmadaw"]
PROT_MM = ["Protesters (Myanmar)"]
ev("thaketa-police-station-shooting", A, "2021-03-13", "2021-03-12", "2021-03-13", PRO,
   ["Excessive force against protesters"], MSF, PROT_MM + ["Civilians (Myanmar)"], MM, ["Yangon"],
   ["East Yangon", "Yangon (East)", "Thaketa", ""], 2,
   evidence="a deadly overnight crackdown in Yangon's Thaketa township, where residents who gathered outside a "
            "police station ... came under fire ... 'Two were killed on the spot.' Local media ... put the toll at three")
ev("mandalay-sit-in-crackdown", A, "2021-03-13", "2021-03-13", "2021-03-13", PRO,
   ["Excessive force against protesters"], MSF, PROT_MM, MM, ["Mandalay"], ["Mandalay"], 3,
   evidence="police and soldiers moved in early against a sit-in in Mandalay ... At least three people were killed")
ev("pyay-crackdown", A, "2021-03-13", "2021-03-13", "2021-03-13", PRO,
   ["Excessive force against protesters", "Protest with intervention"], MSF + [""], PROT_MM, MM, ["Bago"],
   ["Pyay", "Prome"], None,
   evidence="protesters in Pyay wearing hard hats and carrying homemade shields tried to hold back police as they "
            "retrieved a wounded man ... not immediately clear whether anyone was killed")
ev("myaing-sit-in-shooting", A, "2021-03-11", "2021-03-11", "2021-03-11", PRO,
   ["Excessive force against protesters"], MSF, PROT_MM, MM, ["Magway", "Magwe"], ["Pakokku"], 8,
   evidence="On Thursday, police and soldiers opened fire on a sit-in in the central town of Myaing, in Magway "
            "region, killing eight people")

# ---------------------------------------------------------------- Pakistan (Dawn, 2022-10-12, Wed)
PK, A = "Pakistan", "pakistan_swat_dawn"
KP = ["Khyber Pakhtunkhwa", "KP", "Khyber-Pakhtunkhwa"]
SWAT = ["Swat"]
PROT_PK = ["Protesters (Pakistan)", "Swat Olasi Pasoon", "Swat Ulasi Pasoon"]
TTP = ["Tehrik-i-Taliban Pakistan", "Tehreek-i-Taliban Pakistan", "TTP", "Pakistani Taliban"]
ev("gulibagh-school-van-attack", A, "2022-10-10", "2022-10-10", "2022-10-10", VAC, ["Attack"],
   ["Unidentified Armed Group (Pakistan)"] + TTP, ["Civilians (Pakistan)"], PK, KP, SWAT, 1,
   evidence="a day after gunmen on a motorcycle shot dead the driver of a school van and wounded two children in the "
            "Gulibagh area of Charbagh tehsil")
ev("mingora-nishat-chowk-rally", A, "2022-10-11", "2022-10-11", "2022-10-11", PRO, ["Peaceful protest"],
   PROT_PK, [""], PK, KP, SWAT, 0,
   evidence="Thousands of people took to the streets of Mingora on Tuesday ... The rally at Nishat Chowk, organised "
            "by the Swat Olasi Pasoon")
ev("gulibagh-sit-in-with-body", A, "2022-10-11", "2022-10-10", "2022-10-11", PRO, ["Peaceful protest"],
   PROT_PK + ["Civilians (Pakistan)"], [""], PK, KP, SWAT, 0,
   evidence="the driver's family and villagers placed his body on the Mingora-Khwazakhela road at Gulibagh and "
            "staged a sit-in ... called off the protest on Tuesday afternoon")
ev("mingora-monday-evening", A, "2022-10-10", "2022-10-10", "2022-10-10", PRO, ["Peaceful protest"],
   PROT_PK, [""], PK, KP, SWAT, 0, req=False,
   evidence="On Monday evening hundreds of people ... had also gathered at Nishat Chowk")
ev("haripur-press-club", A, "2022-10-11", "2022-10-11", "2022-10-11", PRO, ["Peaceful protest"],
   PROT_PK, [""], PK, KP, ["Haripur"], 0,
   evidence="In Haripur, owners and teachers of private schools staged a demonstration outside the press club on "
            "Tuesday")
ev("battagram-khh-rally", A, "2022-10-11", "2022-10-11", "2022-10-11", PRO, ["Peaceful protest"],
   PROT_PK, [""], PK, KP, ["Battagram"], 0,
   evidence="in Battagram students and teachers held a rally on the Karakoram Highway")
ev("kabal-bara-bandai-bomb", A, "2022-09-13", "2022-09-13", "2022-09-13", EXP, ["Remote explosive/landmine/IED"],
   TTP + ["Unidentified Armed Group (Pakistan)"], ["Civilians (Pakistan)", "Police Forces of Pakistan",
   "Village Defence Committee"], PK, KP, SWAT, 8,
   evidence="on September 13 [29 days before publication] a remote-controlled bomb killed Idrees Khan ... and seven "
            "others, including two policemen, in the Bara Bandai area of Kabal tehsil. The TTP claimed that attack")

DROP = {
    "lebanon_riadalsolh_lorientoday": ["L'Orient Today", "Lebanon", "Politics", "Economy", "Society", "Opinion",
                                       "Subscribe", "Read more:",
                                       "Why the Lebanese and American banking crises have almost nothing in common",
                                       "Mikati: Cabinet to study public sector pay next week", "Share on Facebook",
                                       "Share on Twitter", "Copy link", "© 2023 L'Orient Today. All rights reserved."],
    "nigeria_osogbo_guardian": ["Related", "#EndSARS: Protesters shut Lagos airport road for third day",
                                "Police deny arresting protesters in Ibadan"],
    "pakistan_swat_dawn": ["DAWN.COM", "Home", "Latest", "Pakistan", "Business", "Opinion", "World", "Sport",
                           "Read more", "Malala returns to Pakistan to visit flood-hit areas",
                           "KP govt rejects reports of militants' return to Swat", "Comments (48)", "Closed"],
}
EITHER = {
    "lebanon_riadalsolh_lorientoday": ["March 22, 2023", "By L'Orient Today staff"],
    "nigeria_osogbo_guardian": ["By Bisi Olaniyi, Osogbo and Kehinde Abiola, Abuja", "18 October 2020"],
    "sudan_omdurman_reuters": ["By Khalid Abdelaziz",
                               "(Reporting by Khalid Abdelaziz; Additional reporting by Nafisa Eltahir in Cairo; "
                               "Writing by Aidan Lewis; Editing by Toby Chopra)"],
    "myanmar_thaketa_afp": ["burs-ssy/pdw"],
    "pakistan_swat_dawn": ["Fazal Khaliq", "Published October 12, 2022", "Published in Dawn, October 12th, 2022"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="5 hand-written held-out articles (bench/heldout267; protests, riots and crackdowns "
                             "2020-2023), coded by CODEBOOK.md before the system was run (BLIND).",
               drop=DROP, either=EITHER)
