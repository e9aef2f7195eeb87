"""Writes gold.json for the 206th held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 27).

    python bench/heldout206/make_gold.py

Focus: Myanmar, 2014-2025 — anti-aid riots in Sittwe (2014), the Tatmadaw offensive against the SSPP/SSA in
Kyethi and Mong Hsu (2015), DKBA-splinter fighting around Mae Tha Waw (2016), the Loikaw statue protests (2019),
Arakan Army abductions on the Kaladan and Mayu rivers (2019), the November 2022 AA-military truce and the attacks
before it (OCHA via ReliefWeb), the fight for Shwe Pyi Aye in Homalin (2023) and the demolition of the KK Park
scam compound in Myawaddy (2025): riots, protests with and without intervention, clashes, shelling, a helicopter
attack, landmines, abductions, a forced disappearance, arson, demolitions, troop movements, territory changing
hands and an informal ceasefire.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

MM = "Myanmar"
MIL = ["Military Forces of Myanmar", "Tatmadaw", "Myanmar Army", "Burma Army", "Myanmar Armed Forces",
       "Military Forces of Myanmar (2021-)", "State Administration Council"]
POL = ["Police Forces of Myanmar", "Myanmar Police Force", "Police Forces of Myanmar (2016-2021)"]
CIV = ["Civilians (Myanmar)"]
RAKHINE = ["Rakhine", "Rakhine State", "Arakan", "Arakan State"]
AA = ["Arakan Army", "AA", "United League of Arakan/Arakan Army", "ULA/AA", "AA: Arakan Army"]

# ---------------------------------------------------------------- Sittwe (Reuters, 2014-03-28, Fri)
A = "myanmar_sittwe_reuters"
SITTWE = ["Sittwe"]
RIOT_MM = ["Rioters (Myanmar)", "Protesters (Myanmar)", "Rakhine Ethnic Group (Myanmar)",
           "Buddhist Group (Myanmar)"]
AID = ["", "Civilians (International)", "Civilians (Myanmar)", "Malteser International", "Aid Workers",
       "United Nations", "UNHCR", "UNICEF", "World Food Programme"] + POL
ev("sittwe-malteser-mob", A, "2014-03-26", "2014-03-26", "2014-03-26", RIO, ["Mob violence", "Violent demonstration"],
   RIOT_MM, AID, MM, RAKHINE, SITTWE, 0,
   evidence="The unrest began late on Wednesday, when a crowd that swelled to several hundred people gathered outside "
            "a building rented by ... Malteser International ... hurled stones at the office and at the homes of aid "
            "workers ... police fired into the air ... Nobody was hurt.")
ev("sittwe-aid-offices-riot", A, "2014-03-27", "2014-03-27", "2014-03-27", RIO, ["Mob violence", "Violent demonstration"],
   RIOT_MM, AID, MM, RAKHINE, SITTWE, 1,
   evidence="On Thursday, groups of men armed with sticks and stones moved through the town, breaking into the offices "
            "of ... UNICEF, ... UNHCR ... An 11-year-old girl was killed by a stray police bullet ... when police fired "
            "warning shots to disperse a crowd that was ransacking the building")
ev("sittwe-unhcr-warehouse-looted", A, "2014-03-27", "2014-03-27", "2014-03-27", STR, ["Looting/property destruction"],
   RIOT_MM, AID, MM, RAKHINE, SITTWE, 0, req=False,
   evidence="a UNHCR warehouse was looted (the same Thursday rampage seen as looting; may be folded into the riot)")
ev("sittwe-census-boycott-march", A, "2014-03-23", "2014-03-22", "2014-03-23", PRO, ["Peaceful protest"],
   ["Protesters (Myanmar)", "Rakhine Ethnic Group (Myanmar)", "Buddhist Group (Myanmar)"], [""], MM, RAKHINE,
   SITTWE, 0, tp=2,
   evidence="Last weekend, thousands of Rakhine Buddhists marched peacefully through the centre of Sittwe carrying "
            "banners calling for a boycott of the census. Police did not intervene.")

# ---------------------------------------------------------------- Kyethi / Mong Hsu (S.H.A.N., 2015-10-20, Tue)
A = "myanmar_kyethi_shanherald"
SHAN = ["Shan", "Shan State", "Shan (South)", "Southern Shan"]
LOILEM = ["Loilem", "Loilen", "Kyethi", "Kehsi", "Mong Hsu", "Monghsu", ""]
SSPP = ["Shan State Progress Party", "SSPP", "Shan State Army", "SSA", "SSA-N", "Shan State Army-North",
        "SSPP/SSA", "SSPP/SSA: Shan State Progress Party/Shan State Army-North",
        "SSPP: Shan State Progress Party"]
ev("tarsanpu-outpost-attack", A, "2015-10-06", "2015-10-06", "2015-10-06", BAT, ["Armed clash"],
   MIL + SSPP, SSPP + MIL, MM, SHAN, LOILEM, None,
   evidence="The latest round of fighting began on 6 October, when Burma Army troops attacked an SSA outpost near Tar "
            "San Pu after the group refused an order to leave the base.")
ev("monghsu-wanlwai-clash", A, "2015-10-15", "2015-10-15", "2015-10-15", BAT, ["Armed clash"],
   SSPP + MIL, MIL + SSPP, MM, SHAN, LOILEM, None,
   evidence="some 200 SSA troops clashed with government forces at about 5 pm on Thursday on the road between Mong Hsu "
            "and Wan Lwai. 'We could not count their casualties'")
ev("wanhai-hq-shelled", A, "2015-10-15", "2015-10-15", "2015-10-16", EXP, ["Shelling/artillery/missile attack"],
   MIL, SSPP + CIV + [""], MM, SHAN, LOILEM, 0,
   evidence="Around midnight the same night, government artillery shelled the SSA headquarters at Wan Hai village ... "
            "no one was hurt")
ev("tarsanpu-column-attacked", A, "2015-10-18", "2015-10-18", "2015-10-18", BAT, ["Armed clash"],
   MIL + SSPP, SSPP + MIL, MM, SHAN, LOILEM, 1,
   evidence="On Sunday morning, the SSA withdrew its troops from the river port base at Tar San Pu ... The column was "
            "attacked at about 7 am as it moved towards Hai Pa village ... one SSA soldier was killed and two were "
            "wounded")
ev("ssa-leaves-tarsanpu", A, "2015-10-18", "2015-10-18", "2015-10-18", STR,
   ["Change to group/activity", "Non-violent transfer of territory", "Other"],
   SSPP, MIL + [""], MM, SHAN, LOILEM, 0, req=False,
   evidence="the SSA withdrew its troops from the river port base at Tar San Pu ... 'We left Tar San Pu as a gesture "
            "for peace' (withdrawal; may be folded into the attack on the column)")
ev("kyethi-villages-shelled", A, "2015-10-18", "2015-10-18", "2015-10-18", EXP, ["Shelling/artillery/missile attack"],
   MIL, CIV + SSPP + [""], MM, SHAN, LOILEM + ["Hopang"], 0,
   evidence="Later on Sunday, government troops based at Mong Nawng fired artillery for about half an hour at villages "
            "across the stream in Kyethi township ... A 60-year-old woman was wounded")

# ---------------------------------------------------------------- Mae Tha Waw (Myanmar Times, 2016-09-14, Wed)
A = "myanmar_maethawaw_mmtimes"
KAYIN = ["Kayin", "Kayin State", "Karen", "Karen State"]
HPAAN = ["Hpa-an", "Hpa-An", "Hlaingbwe", "Pa-an"]
DKBA_SPL = ["Democratic Karen Buddhist Army", "DKBA", "DKBA (Kyaw Htet faction)", "DKBA-Kyaw Htet",
            "DKBA splinter group", "Democratic Karen Buddhist Army (Splinter Faction)", "DKBA Splinter Faction",
            "Democratic Karen Benevolent Army", "DKBA-5: Democratic Karen Benevolent Army"]
BGF = ["Border Guard Force", "BGF", "Karen Border Guard Force", "Kayin State Border Guard Force",
       "BGF: Border Guard Force", "Karen BGF"] + MIL
ev("maethawaw-clash-friday", A, "2016-09-09", "2016-09-09", "2016-09-09", BAT, ["Armed clash"],
   DKBA_SPL + BGF, BGF + DKBA_SPL, MM, KAYIN, HPAAN, 1,
   evidence="The clashes began on Friday morning near Mae Tha Waw village ... when a column of BGF Battalion 1011 and "
            "Tatmadaw soldiers came under fire ... one of his soldiers was killed and two were wounded")
ev("maethawaw-outpost-attack-sunday", A, "2016-09-11", "2016-09-11", "2016-09-11", BAT, ["Armed clash"],
   DKBA_SPL + BGF, BGF + DKBA_SPL, MM, KAYIN, HPAAN, 0,
   evidence="Fighting flared again on Sunday afternoon near the same village, when the breakaway fighters fired on a "
            "BGF outpost with small arms and rocket-propelled grenades. No casualties were reported.")
ev("maethawaw-landmine", A, "2016-09-12", "2016-09-12", "2016-09-12", EXP, ["Remote explosive/landmine/IED"],
   ["Unidentified Armed Group (Myanmar)"] + DKBA_SPL + BGF, CIV, MM, KAYIN, HPAAN, 1,
   evidence="On Monday, the head of a small village west of Mae Tha Waw was killed when he stepped on a landmine ... "
            "It was not known which group had planted the mine.")
ev("lid22-reinforcements", A, "2016-09-13", "2016-09-13", "2016-09-13", STR, ["Change to group/activity"],
   MIL, [""] + DKBA_SPL, MM, KAYIN, HPAAN, 0,
   evidence="Two battalions under Light Infantry Division 22 moved into the area from Hpa-an on Tuesday")

# ---------------------------------------------------------------- Loikaw (RFA, 2019-02-13, Wed)
A = "myanmar_loikaw_rfa"
KAYAH = ["Kayah", "Kayah State", "Karenni", "Karenni State"]
PROT_MM = ["Protesters (Myanmar)", "Karenni State Youth Force", "Karenni Ethnic Group (Myanmar)",
           "Kayah Ethnic Group (Myanmar)"]
ev("loikaw-statue-march-dispersed", A, "2019-02-12", "2019-02-12", "2019-02-12", PRO,
   ["Protest with intervention", "Excessive force against protesters"],
   PROT_MM, POL + [""], MM, KAYAH, ["Loikaw"], 0,
   evidence="Police ... fired rubber bullets and a water cannon on Tuesday to break up a protest by thousands of "
            "ethnic Karenni ... injuring at least 21 people")
ev("loikaw-nld-office-sitin-cleared", A, "2019-02-07", "2019-02-07", "2019-02-07", PRO, ["Protest with intervention"],
   PROT_MM, POL + [""], MM, KAYAH, ["Loikaw"], 0,
   evidence="a crackdown late last Thursday on a sit-in outside the office of the ruling National League for Democracy "
            "(NLD) party in Loikaw ... Thirty-six activists were detained that evening")
ev("yangon-solidarity-rally", A, "2019-02-12", "2019-02-12", "2019-02-12", PRO, ["Peaceful protest"],
   PROT_MM, [""], MM, ["Yangon", "Yangon Region", "Rangoon"], ["West Yangon", "Yangon", ""], 0,
   evidence="In Yangon, about two dozen people gathered outside City Hall on Tuesday afternoon with placards supporting "
            "the Loikaw protesters ... The rally ended peacefully")
ev("loikaw-charges-deal", A, "2019-02-12", "2019-02-12", "2019-02-12", STR, ["Agreement", "Other"],
   PROT_MM + ["Government of Myanmar", "Kayah State Government"], ["Government of Myanmar", "Kayah State Government",
                                                                    ""] + PROT_MM, MM, KAYAH, ["Loikaw"], 0,
   req=False,
   evidence="leaders of the Karenni State Youth Force met Kayah state government officials and agreed that charges "
            "against 55 protesters would be dropped, while protests would be suspended for one month (not a "
            "conflict agreement in the usual sense)")

# ---------------------------------------------------------------- Kaladan / Mayu abductions (Frontier, 2019-11-05, Tue)
A = "myanmar_kyauktaw_frontier"
HOSTAGES = ["Civilians (Myanmar)", "Civilians (India)", "National League for Democracy", "NLD",
            "Government of Myanmar", "Whei Tin"]
ev("kaladan-boats-abduction", A, "2019-11-03", "2019-11-03", "2019-11-03", VAC, ["Abduction/forced disappearance"],
   AA, HOSTAGES, MM, RAKHINE, ["Mrauk-U", "Kyauktaw"], 1,
   evidence="the ethnic armed group stopped two speedboats on the Kaladan River in Rakhine State's Kyauktaw Township on "
            "Sunday ... 10 people ... An Indian national has died in the custody of the Arakan Army")
ev("shwe-nadi-ferry-abduction", A, "2019-10-26", "2019-10-26", "2019-10-26", VAC, ["Abduction/forced disappearance"],
   AA, MIL + POL + CIV + [""], MM, RAKHINE, ["Sittwe", "Rathedaung", "Maungdaw"], 0,
   evidence="On October 26, AA fighters fired on the Shwe Nadi ferry ... near Yay Myat village in Rathedaung Township. "
            "They took 58 people off the vessel, including 14 soldiers, 28 police officers")
ev("yay-poke-creek-helicopter-attack", A, "2019-10-26", "2019-10-26", "2019-10-26", EXP, ["Air/drone strike"],
   MIL + AA, AA + MIL + CIV, MM, RAKHINE, ["Sittwe", "Rathedaung", "Maungdaw"], None,
   evidence="Within hours, Tatmadaw helicopters caught up with the motorboats on Yay Poke creek and opened fire ... The "
            "AA said two boats were sunk and that 'many' detainees and several of its own fighters had been killed "
            "... Neither side has given a figure.")

# ---------------------------------------------------------------- Rakhine truce (OCHA via ReliefWeb, 2022-11-29, Tue)
A = "myanmar_chaungtu_reliefweb"
ev("aa-maf-informal-ceasefire", A, "2022-11-26", "2022-11-24", "2022-11-26", STR, ["Agreement"],
   MIL + AA, AA + MIL, MM, RAKHINE + ["Chin", "Chin State"], (), 0,
   evidence="An informal humanitarian ceasefire between the Myanmar Armed Forces (MAF) and the Arakan Army (AA) has "
            "been observed across Rakhine and Paletwa since 26 November ... with mediation by the chairman of the "
            "Nippon Foundation")
ev("chaungtu-artillery-shell", A, "2022-11-16", "2022-11-16", "2022-11-16", EXP, ["Shelling/artillery/missile attack"],
   MIL + ["Unidentified Armed Group (Myanmar)"], CIV, MM, RAKHINE, ["Mrauk-U", "Kyauktaw"], 3,
   evidence="On 16 November, an artillery shell landed in Chaung Tu village in Kyauktaw Township, killing three men and "
            "injuring four ... fired from a nearby MAF battalion base at Kan Sauk")
ev("ponnagyun-houses-burned", A, "2022-11-11", "2022-11-11", "2022-11-11", STR, ["Looting/property destruction"],
   MIL, CIV + [""], MM, RAKHINE, ["Sittwe", "Ponnagyun"], 0,
   evidence="On 11 November, around 30 houses were reportedly burned in a village in Ponnagyun Township after MAF troops "
            "entered the area ... no casualties were reported")
ev("sittwe-kathae-disappearance", A, "2022-11-23", "2022-11-23", "2022-11-23", VAC,
   ["Abduction/forced disappearance", "Arrests"], MIL + ["Unidentified Armed Group (Myanmar)"], CIV, MM, RAKHINE,
   ["Sittwe"], 0,
   evidence="On 23 November, a man was taken from his home in Kathae ward of Sittwe town by men in military uniform; his "
            "family has not been informed of his whereabouts.")

# ---------------------------------------------------------------- Homalin (Myanmar Now, 2023-02-09, Thu)
A = "myanmar_homalin_myanmarnow"
SAGAING = ["Sagaing", "Sagaing Region", "Sagaing Division"]
HOMALIN = ["Hkamti", "Homalin", "Khamti"]
PDF = ["People's Defence Force", "People's Defense Force", "PDF", "PDF: People's Defence Force",
       "Homalin PDF", "PDF Khamti District Battalion 1-Homalin", "People's Defence Forces",
       "National Unity Government", "NUG"]
SNA = ["Shanni Nationalities Army", "SNA", "Pyu Saw Htee", "Pyu Saw Htee Militia"]
ev("shwepyiaye-pdf-attack", A, "2023-02-01", "2023-02-01", "2023-02-01", BAT, ["Armed clash"],
   PDF + MIL + POL, MIL + POL + PDF, MM, SAGAING, HOMALIN, None,
   evidence="Resistance forces from Homalin attacked the town's police station and a military outpost on February 1, "
            "triggering clashes that lasted several days.")
ev("shwepyiaye-taken-by-pdf", A, "2023-02-03", "2023-02-03", "2023-02-03", BAT, ["Non-state actor overtakes territory"],
   PDF, MIL + [""], MM, SAGAING, HOMALIN, 20,
   evidence="On Friday, the PDFs shot down a Mi-17 helicopter ... and took control of Shwe Pyi Aye the same day. The "
            "... NUG said at least 20 junta soldiers had been killed in the fighting for the town")
ev("shwepyiaye-retaken", A, "2023-02-05", "2023-02-05", "2023-02-05", BAT, ["Government regains territory"],
   MIL, PDF + [""], MM, SAGAING, HOMALIN, 2,
   evidence="The military struck back on Sunday with a combined assault by air, land and water ... The PDFs withdrew "
            "... Junta-controlled media said 10 'terrorists' were killed ... the Homalin PDF said it lost two fighters.")
ev("shwepyiaye-jets-bomb", A, "2023-02-05", "2023-02-05", "2023-02-05", EXP, ["Air/drone strike"],
   MIL, PDF + [""], MM, SAGAING, HOMALIN, None, req=False,
   evidence="with fighter jets bombing positions on the edge of the town (air support of the recapture; may be folded "
            "into it)")
ev("shwepyiaye-civilians-killed", A, "2023-02-07", "2023-02-05", "2023-02-07", VAC, ["Attack"],
   MIL, CIV, MM, SAGAING, HOMALIN, 3, tp=2,
   evidence="troops who re-entered the town killed three male civilians over the following two days ... The bodies of "
            "two of the men ... were found near a monastery on Tuesday")
ev("nantnan-column-advance", A, "2023-02-08", "2023-02-08", "2023-02-08", STR, ["Change to group/activity"],
   MIL + SNA, [""] + PDF, MM, SAGAING, HOMALIN, 0,
   evidence="A column of around 400 soldiers, accompanied by fighters of the Shanni Nationalities Army (SNA) and ... "
            "Pyu Saw Htee militia, moved out of Shwe Pyi Aye on Wednesday along the road towards Nant Nan village ... "
            "No fighting had been reported")

# ---------------------------------------------------------------- KK Park (Bangkok Post, 2025-10-27, Mon)
A = "myanmar_kkpark_bangkokpost"
KNA = ["Border Guard Force", "BGF", "Karen National Army", "KNA", "Karen Border Guard Force",
       "Kayin State Border Guard Force", "KNA: Karen National Army"] + MIL
TARGET = ["", "Civilians (Myanmar)", "Civilians (China)", "KK Park"]
MWD = ["Myawaddy"]
ev("kkpark-demolition-friday", A, "2025-10-24", "2025-10-24", "2025-10-24", STR, ["Looting/property destruction"],
   KNA, TARGET, MM, KAYIN, MWD, 0,
   evidence="the demolitions began on Friday afternoon, when two unfinished buildings at the southern end of the "
            "compound were brought down")
ev("kkpark-demolition-saturday", A, "2025-10-25", "2025-10-25", "2025-10-25", STR, ["Looting/property destruction"],
   KNA, TARGET, MM, KAYIN, MWD, 0,
   evidence="On Saturday, troops of the Border Guard Force, which now calls itself the Karen National Army (KNA), "
            "supported by the Myanmar army's 22nd Light Infantry Division, blew up a newly built four-storey block")
ev("kkpark-demolition-sunday", A, "2025-10-26", "2025-10-26", "2025-10-26", STR, ["Looting/property destruction"],
   KNA, TARGET, MM, KAYIN, MWD, 0,
   evidence="The latest blast came at 5.25pm on Sunday, when troops detonated charges inside a building ... Fragments "
            "... landed ... in Ban Mae Ku Mai Tha Sung on the Thai bank ... Nobody was hurt.")
ev("kkpark-raid", A, "2025-10-20", "2025-10-16", "2025-10-20", STR, ["Change to group/activity", "Other", "Arrests"],
   MIL + KNA, TARGET, MM, KAYIN, MWD, 0, req=False, tp=2,
   evidence="The Myanmar military began moving against KK Park on Oct 16. State media announced on Oct 20 that troops "
            "had entered the compound and seized 30 Starlink satellite terminals (the raid itself; no ACLED-perfect "
            "sub-event type)")

DROP = {
    "myanmar_kyethi_shanherald": ["Shan Herald Agency for News", "Home", "News", "Politics", "Human Rights",
                                  "Environment", "Opinion", "Burmese", "Share this:", "Facebook", "Twitter",
                                  "Google+", "Related posts",
                                  "Shan parties campaign in Taunggyi ahead of November election",
                                  "RCSS leaders return from Naypyitaw after ceasefire ceremony",
                                  "Copyright © 2015 Shan Herald Agency for News. All rights reserved."],
    "myanmar_loikaw_rfa": ["Radio Free Asia", "Home", "China", "North Korea", "Vietnam", "Laos", "Cambodia", "Myanmar",
                           "Tibet", "Uyghur",
                           "Copyright © 1998-2019, RFA. Used with the permission of Radio Free Asia, 2025 M St. NW, "
                           "Suite 300, Washington DC 20036.",
                           "Related Stories", "Myanmar Police Arrest Dozens of Karenni Youths Protesting Aung San Statue",
                           "Myanmar's Ethnic Minorities Push Back Against Aung San Monuments"],
    "myanmar_kyauktaw_frontier": ["Frontier Myanmar", "News", "Features", "Opinion", "Business", "Podcasts",
                                  "Subscribe",
                                  "Support more independent journalism like this. Sign up to be a Frontier member.",
                                  "Share on facebook", "Share on twitter", "Share on email", "More stories",
                                  "Tatmadaw extends ceasefire in north and east, excludes Rakhine",
                                  "Displaced in Kyauktaw struggle as rice prices soar", "© 2019 Frontier Myanmar"],
    "myanmar_chaungtu_reliefweb": ["ReliefWeb", "Updates", "Countries", "Disasters", "Organizations", "Topics", "Jobs",
                                   "Training", "Format", "Situation Report", "Source", "OCHA", "Posted",
                                   "29 Nov 2022", "Originally published", "Attachments",
                                   "Download Report (PDF | 418.6 KB)", "Related Content",
                                   "Myanmar Humanitarian Update No. 24",
                                   "Myanmar: Humanitarian Snapshot (November 2022)"],
    "myanmar_homalin_myanmarnow": ["Myanmar Now", "News", "Features", "Opinion", "Multimedia", "Burmese", "Donate",
                                   "Share this:", "Facebook", "Twitter", "Telegram", "Related",
                                   "Junta jets bomb villages in Kawlin as resistance forces close in",
                                   "Sagaing residents flee as troops torch homes in Kani Township",
                                   "© 2023 Myanmar Now. All Rights Reserved."],
}
EITHER = {
    "myanmar_sittwe_reuters": ["By Aung Hla Tun",
                               "(Additional reporting by Jared Ferrie; Writing by Andrew R.C. Marshall; Editing by "
                               "Robert Birsel)"],
    "myanmar_kyethi_shanherald": ["Tuesday, 20 October 2015 16:42", "Written by Sai Hseng Mong"],
    "myanmar_maethawaw_mmtimes": ["By Saw Eh Htoo and Nyein Chan Aye | Wednesday, 14 September 2016"],
    "myanmar_loikaw_rfa": ["2019-02-13",
                           "Reported by RFA's Myanmar Service. Translated by Khin Maung Nyane. Written in English by "
                           "Roseanne Gerin."],
    "myanmar_kyauktaw_frontier": ["By Lun Min Mang | FRONTIER", "5 November 2019"],
    "myanmar_chaungtu_reliefweb": ["For further information, please contact: Hnin Wai Aung, Public Information "
                                   "Officer, OCHA Myanmar"],
    "myanmar_homalin_myanmarnow": ["By Myanmar Now", "February 9, 2023"],
    "myanmar_kkpark_bangkokpost": ["PUBLISHED : 27 Oct 2025 at 15:40", "WRITER: Chaiwat Sukjai"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout206; Myanmar 2014-2025), coded by "
                             "CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
