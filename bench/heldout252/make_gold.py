"""Writes gold.json for the 252nd held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 35).

    python bench/heldout252/make_gold.py

Focus: Myanmar 2012-2020, before the 2021 coup — the October 2012 Rakhine communal violence, the October 2016
border-post raids, the 2017 clearance operations, the Arakan Army war in Rakhine and Chin (2020), the Kachin war
around Laiza (2013), TNLA/RCSS/SSPP fighting in northern Shan (2018) and the 2018 student-led anti-war protests.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402,F401
from gold_events import EVENTS as E  # noqa: E402

MM = "Myanmar"
MIL = ["Military Forces of Myanmar", "Tatmadaw", "Myanmar Army", "Myanmar Armed Forces", "Burma Army",
       "Military Forces of Myanmar (2016-2021)", "Military Forces of Myanmar (2011-2016)"]
POL = ["Police Forces of Myanmar", "Border Guard Police", "Myanmar Police Force", "Border Guard Police (Myanmar)",
       "Police Forces of Myanmar (2016-2021)"]
CIV = ["Civilians (Myanmar)"]
UNK = ["Unidentified Armed Group (Myanmar)"]
AA = ["Arakan Army", "AA", "ULA/AA", "United League of Arakan", "AA: Arakan Army",
      "United League of Arakan/Arakan Army"]
ARSA = ["ARSA", "Arakan Rohingya Salvation Army", "Harakah al-Yaqin", "Harakah al Yaqin", "Faith Movement",
        "Rohingya Solidarity Organisation", "Rohingya Solidarity Organization", "RSO"] + UNK
KIA = ["KIA", "Kachin Independence Army", "KIO", "Kachin Independence Organization", "KIO/KIA",
       "KIA: Kachin Independence Army", "Kachin Independence Organisation"]
TNLA = ["TNLA", "Ta'ang National Liberation Army", "Taang National Liberation Army", "Palaung State Liberation Front",
        "TNLA: Ta'ang National Liberation Army"]
RCSS = ["RCSS", "Restoration Council of Shan State", "SSA-S", "Shan State Army-South", "Shan State Army - South",
        "RCSS/SSA-S", "RCSS: Restoration Council of Shan State"]
SSPP = ["SSPP", "Shan State Progressive Party", "SSA-N", "Shan State Army-North", "Shan State Army - North",
        "SSPP/SSA-N"]
RIOT = ["Rioters (Myanmar)", "Rakhine Ethnic Group (Myanmar)", "Rakhine Communal Militia (Myanmar)",
        "Buddhist Group (Myanmar)", "Rakhine Buddhists", "Protesters (Myanmar)"]
MUSLIM = CIV + ["Rohingya Ethnic Group (Myanmar)", "Muslim Group (Myanmar)", "Rohingya Muslims", "Rohingya", ""]
PROT = ["Protesters (Myanmar)", "Students (Myanmar)", "Protesters (Myanmar) Students"]
RK = ["Rakhine", "Rakhine State", "Arakan"]
MRAUKU = ["Mrauk-U", "Mrauk U", "Mrauk-U District"]
MDW = ["Maungdaw", "Maungdaw District", "Maungtaw"]
STW = ["Sittwe", "Sittwe District", "Sittway"]
KPU = ["Kyaukpyu", "Kyaukphyu", "Kyaukpyu District"]

# ---------------------------------------------------------------- Rakhine 2012 (The Irrawaddy, 2012-10-26, Fri)
A = "myanmar_kyaukpyu_irrawaddy"
ev("minbya-unrest-begins", A, "2012-10-21", "2012-10-21", "2012-10-22", RIO, ["Mob violence", "Violent demonstration"],
   RIOT + MUSLIM[:-1], RIOT + MUSLIM, MM, RK, MRAUKU, None,
   evidence="The unrest began on Sunday night in Minbya ... Rakhine and Muslim residents fought with knives and sticks "
            "and set fire to each other's houses (no toll for Minbya alone)")
ev("yan-thei-massacre", A, "2012-10-23", "2012-10-23", "2012-10-23", RIO, ["Mob violence"],
   RIOT, MUSLIM, MM, RK, MRAUKU, None,
   evidence="on Tuesday at Yan Thei, a Muslim village in Mrauk-U township ... a crowd of several hundred Rakhine men ... "
            "killed 'dozens' of people (unconfirmed, no specific toll)")
ev("yan-thei-as-attack", A, "2012-10-23", "2012-10-23", "2012-10-23", VAC, ["Attack"],
   RIOT + UNK, MUSLIM, MM, RK, MRAUKU, None, req=False,
   evidence="the Yan Thei killings coded as an attack on civilians by a communal militia instead of mob violence")
ev("kyaukpyu-muslim-quarter-burned", A, "2012-10-24", "2012-10-24", "2012-10-24", RIO, ["Mob violence"],
   RIOT, MUSLIM, MM, RK, KPU, None,
   evidence="In Kyaukpyu ... a huge fire swept through the Muslim quarter on Wednesday after mobs set homes alight")
ev("kyaukpyu-friday-looting", A, "2012-10-26", "2012-10-26", "2012-10-26", STR, ["Looting/property destruction"],
   RIOT + UNK, MUSLIM, MM, RK, KPU, 0,
   evidence="at about 6 am on Friday, groups of men went back into the deserted quarter, looted many of the remaining "
            "houses and then burned them ... No one was hurt")
ev("kyaukpyu-friday-looting-as-riot", A, "2012-10-26", "2012-10-26", "2012-10-26", RIO, ["Mob violence"],
   RIOT, MUSLIM, MM, RK, KPU, 0, req=False,
   evidence="Friday's looting and burning coded as mob violence (a second coder might; not in the window of Wednesday's "
            "row because the dates differ by two days)")
ev("taung-bwe-mob-shot", A, "2012-10-25", "2012-10-25", "2012-10-26", RIO, ["Mob violence", "Violent demonstration"],
   RIOT + MIL, MUSLIM + MIL + RIOT, MM, RK, MRAUKU, 3,
   evidence="In Kyauktaw, soldiers opened fire on Thursday afternoon on a Rakhine mob that was attacking the Muslim "
            "village of Taung Bwe ... three Rakhine men brought in with gunshot wounds had died")

# ---------------------------------------------------------------- Rakhine 2016 (Reuters, 2016-10-10, Mon)
A = "myanmar_maungdaw_reuters"
BGP = POL + MIL
ev("kyikanpyin-bgp-hq-raid", A, "2016-10-09", "2016-10-09", "2016-10-09", BAT,
   ["Armed clash", "Non-state actor overtakes territory"], ARSA, BGP, MM, RK, MDW, 6,
   evidence="some 90 men stormed the headquarters of the Border Guard Police at Kyikanpyin village in Maungdaw "
            "township ... killed six officers ... carried off 51 weapons (afternoon exchange of fire near Kyikanpyin "
            "folded in)")
ev("koe-tan-kauk-raid", A, "2016-10-09", "2016-10-09", "2016-10-09", BAT, ["Armed clash"],
   ARSA, BGP, MM, RK, STW, 1,
   evidence="A simultaneous attack on a police camp at Koe Tan Kauk village in neighbouring Rathedaung township killed "
            "one officer")
ev("buthidaung-outpost-raid", A, "2016-10-09", "2016-10-09", "2016-10-09", BAT, ["Armed clash"],
   ARSA, BGP, MM, RK, MDW, 9,
   evidence="at about 4:30 a.m., another group attacked an outpost in Buthidaung township, killing two officers ... "
            "Seven of the attackers were killed in that fight")
ev("kyikanpyin-road-mine", A, "2016-10-09", "2016-10-09", "2016-10-09", EXP, ["Remote explosive/landmine/IED"],
   ARSA, BGP, MM, RK, MDW, 0,
   evidence="Security forces who set off from Maungdaw town to reinforce Kyikanpyin were hit by a mine that exploded "
            "under a bridge ... no one in the vehicle was hurt")
ev("maungdaw-reinforcements", A, "2016-10-10", "2016-10-09", "2016-10-10", STR, ["Change to group/activity"],
   MIL, ["", "Civilians (Myanmar)"] + ARSA, MM, RK, MDW, 0, req=False,
   evidence="On Monday, residents said army trucks carrying reinforcements were arriving in Maungdaw, and soldiers had "
            "begun searching villages around Kyikanpyin")

# ---------------------------------------------------------------- Rakhine 2017 (AP, 2017-09-07, Thu)
A = "myanmar_alelthankyaw_ap"
ev("alel-than-kyaw-burned", A, "2017-09-06", "2017-09-06", "2017-09-07", STR, ["Looting/property destruction"],
   ARSA + MIL + RIOT + CIV, MUSLIM + ["Civilians (Myanmar)"], MM, RK, MDW, 0,
   evidence="Police said the village had been torched on Wednesday afternoon ... Rohingya refugees ... saying soldiers "
            "and Buddhist vigilantes ... had set the houses alight")
ev("arsa-aug25-attacks", A, "2017-08-25", "2017-08-25", "2017-08-25", BAT, ["Armed clash"],
   ARSA, POL + MIL, MM, RK, (), 12,
   evidence="on Aug. 25, when insurgents of the Arakan Rohingya Salvation Army attacked some 30 police posts and an "
            "army base in Maungdaw, Buthidaung and Rathedaung townships, killing 12 members of the security forces")
ev("arsa-aug25-attacks-buthidaung", A, "2017-08-25", "2017-08-25", "2017-08-25", BAT, ["Armed clash"],
   ARSA, POL + MIL, MM, RK, MDW, None, req=False,
   evidence="the same attacks split by township: Buthidaung")
ev("arsa-aug25-attacks-rathedaung", A, "2017-08-25", "2017-08-25", "2017-08-25", BAT, ["Armed clash"],
   ARSA, POL + MIL, MM, RK, STW, None, req=False,
   evidence="the same attacks split by township: Rathedaung")
ev("army-aggregate-399", A, "2017-08-30", "2017-08-25", "2017-08-30", BAT, ["Armed clash"],
   MIL + ARSA, ARSA + MIL, MM, RK + [""], (), None, req=False, tp=2,
   evidence="399 people had died in 90 armed clashes up to Aug. 30, including 370 insurgents (aggregate, no place "
            "below the state)")
ev("army-claims-arsa-arson", A, "2017-09-03", "2017-08-25", "2017-09-03", STR, ["Looting/property destruction"],
   ARSA, CIV + [""], MM, RK + [""], (), 0, req=False, tp=2,
   evidence="The army said on Sunday that the militants had burned monasteries, images of Buddha, schools and more "
            "than 200 houses and shops in several villages (no place, no date)")
ev("tumbru-border-landmine", A, "2017-09-05", "2017-09-05", "2017-09-05", EXP, ["Remote explosive/landmine/IED"],
   MIL + UNK, CIV + MUSLIM, MM, RK, MDW, 0,
   evidence="On Tuesday, a Rohingya boy lost a leg and two others were wounded when a land mine exploded on the Myanmar "
            "side of the frontier near the Bangladeshi village of Tumbru")

# ---------------------------------------------------------------- Rakhine 2020 (AFP, 2020-02-14, Fri)
A = "myanmar_buthidaung_afp"
ev("kha-mwe-chaung-school-shell", A, "2020-02-13", "2020-02-13", "2020-02-13", EXP,
   ["Shelling/artillery/missile attack"], UNK + MIL + AA, CIV, MM, RK, MDW, 0,
   evidence="a shell slammed into their school ... in Kha Mwe Chaung village in Buthidaung township at around 10 am "
            "... 21 / 19 / 15 hurt, no deaths; both sides denied firing")
ev("kha-mwe-chaung-clash", A, "2020-02-13", "2020-02-13", "2020-02-13", BAT, ["Armed clash"],
   MIL + AA, AA + MIL, MM, RK, MDW, None,
   evidence="troops and Arakan Army (AA) fighters had been exchanging fire some three miles (five kilometres) north of "
            "the village since about 9 am")
ev("myauk-taung-shell", A, "2020-02-11", "2020-02-11", "2020-02-11", EXP, ["Shelling/artillery/missile attack"],
   UNK + MIL + AA, CIV, MM, RK, MRAUKU, 0,
   evidence="On Tuesday afternoon, four teenagers playing football on a riverbank near Myauk Taung village in Kyauktaw "
            "township were badly wounded when a shell exploded")
ev("tinma-hilltop-fighting", A, "2020-02-14", "2020-02-08", "2020-02-14", BAT, ["Armed clash"],
   MIL + AA, AA + MIL, MM, RK, MRAUKU, None, tp=2,
   evidence="Tinma, where soldiers have been battling AA fighters for control of a hilltop since Saturday")
ev("tinma-helicopter-gunships", A, "2020-02-10", "2020-02-08", "2020-02-10", EXP, ["Air/drone strike"],
   MIL, AA, MM, RK, MRAUKU, None, req=False,
   evidence="On Monday, the rebels said government troops had launched an assault on the hill backed by two helicopter "
            "gunships (may be folded into the Tinma fighting)")

# ---------------------------------------------------------------- Chin 2020 (BNI / Khonumthung, 2020-03-16, Mon)
A = "myanmar_paletwa_bni"
CH = ["Chin", "Chin State"]
PLW = ["Mindat", "Mindat District", "Paletwa", "Paletwa District"]
ev("meik-sawa-air-strike", A, "2020-03-14", "2020-03-14", "2020-03-14", EXP, ["Air/drone strike"],
   MIL, CIV, MM, CH, PLW, 11,
   evidence="Jet fighters struck the villages of Meik Sawa 2 and Meik Sawa 3 ... on Saturday ... killing 11 people "
            "(resident) ... the MP said 12 villagers had died")
ev("meik-sawa-3-air-strike", A, "2020-03-14", "2020-03-14", "2020-03-14", EXP, ["Air/drone strike"],
   MIL, CIV, MM, CH, PLW, None, req=False,
   evidence="the second of the two Meik Sawa villages, if coded as its own row")
ev("wetma-air-strike", A, "2020-03-15", "2020-03-15", "2020-03-15", EXP, ["Air/drone strike"],
   MIL, CIV, MM, CH, PLW, 8,
   evidence="At around 4 pm on Sunday, aircraft hit Wetma village, killing eight people and wounding 12")
ev("pyine-tain-air-strike", A, "2020-03-15", "2020-03-15", "2020-03-15", EXP, ["Air/drone strike"],
   MIL, CIV, MM, CH, PLW, 1,
   evidence="a further strike on nearby Pyine Tain village killed a fifth-grade schoolgirl and injured her aunt")
ev("pui-wong-clash", A, "2020-03-04", "2020-03-04", "2020-03-04", BAT, ["Armed clash"],
   MIL + AA, AA + MIL, MM, CH, PLW, None,
   evidence="Government troops clashed with AA fighters near the village on March 4")
ev("pui-wong-air-raid", A, "2020-03-04", "2020-03-04", "2020-03-04", EXP, ["Air/drone strike"],
   MIL, AA + CIV, MM, CH, PLW, 1,
   evidence="that evening the air force bombed the area where the AA had been based, killing a 30-year-old villager and "
            "destroying three homes")

# ---------------------------------------------------------------- Kachin 2013 (RFA, 2013-01-27, Sun)
A = "myanmar_laiza_rfa"
KC = ["Kachin", "Kachin State"]
LAIZA2 = ["", "Bhamo", "Myitkyina", "Momauk", "Waingmaw"]
ev("hka-ya-bum-captured", A, "2013-01-26", "2013-01-26", "2013-01-26", BAT, ["Government regains territory"],
   MIL, KIA, MM, KC, LAIZA2, None,
   evidence="Burmese government troops have captured Hka Ya Bum ... The outpost ... fell on Saturday after Kachin "
            "Independence Army (KIA) fighters ... pulled back")
ev("hka-ya-assault-jan15", A, "2013-01-15", "2013-01-15", "2013-01-15", BAT, ["Armed clash"],
   MIL + KIA, KIA + MIL, MM, KC, LAIZA2, None,
   evidence="On Jan. 15, infantry units launched an assault on the KIA's Hka Ya post at about 7:30 a.m.")
ev("hka-ya-jets-jan15", A, "2013-01-15", "2013-01-15", "2013-01-15", EXP, ["Air/drone strike"],
   MIL, KIA, MM, KC, LAIZA2, None, req=False,
   evidence="two fighter jets later strafed rebel positions on the ridge in two sorties during the afternoon (may be "
            "folded into the ground assault)")
ev("laiza-shelling-jan14", A, "2013-01-14", "2013-01-14", "2013-01-14", EXP, ["Shelling/artillery/missile attack"],
   MIL, CIV + KIA, MM, KC, LAIZA2, 3,
   evidence="The shells struck a crowded block at around 8 a.m. on Jan. 14 ... killing three civilians ... and "
            "wounding four others")
ev("lajayang-attack-jan19", A, "2013-01-19", "2013-01-19", "2013-01-19", BAT, ["Armed clash"],
   MIL + KIA, KIA + MIL, MM, KC, ["Mohnyin", "Myitkyina", "Bhamo", "Waingmaw", "Momauk", ""], None,
   evidence="the KIA said government forces attacked its positions near Lajayang on Jan. 19, only hours after the truce "
            "was supposed to take effect")
ev("lajayang-unilateral-truce", A, "2013-01-18", "2013-01-18", "2013-01-19", STR,
   ["Agreement", "Other", "Change to group/activity"], MIL + ["Government of Myanmar"], KIA + [""], MM, KC,
   ["Mohnyin", "Myitkyina", "Bhamo", "Waingmaw", "Momauk", ""], 0, req=False,
   evidence="President Thein Sein announced on Jan. 18 that troops would stop offensive operations around Lajayang "
            "(a unilateral announcement, arguably a statement)")

# ---------------------------------------------------------------- northern Shan 2018 (Mizzima, 2018-07-20, Fri)
A = "myanmar_namhkam_mizzima"
SH = ["Shan", "Shan State", "Shan (North)", "Northern Shan"]
ev("ewlaw-manwun-clash", A, "2018-07-11", "2018-07-11", "2018-07-11", BAT, ["Armed clash"],
   MIL + TNLA, TNLA + MIL, MM, SH, ["Mu Se", "Muse", "Mu-se", "Muse District"], 8,
   evidence="a Tatmadaw column ... ran into about 30 TNLA fighters near Ewlaw village in the Manwun village tract of "
            "Namkham on the afternoon of July 11 ... bodies of three men and five women")
ev("namtu-rcss-vs-tnla-sspp", A, "2018-07-16", "2018-07-16", "2018-07-16", BAT, ["Armed clash"],
   TNLA + SSPP + RCSS, RCSS + TNLA + SSPP, MM, SH, ["Kyaukme", "Kyaukme District"], None,
   evidence="In Namtu Township ... fighting broke out at about 8 am on Monday between the RCSS and a combined force of "
            "the TNLA and the SSPP")
ev("loi-pyay-clash", A, "2018-07-04", "2018-07-04", "2018-07-04", BAT, ["Armed clash"],
   TNLA + RCSS, RCSS + TNLA, MM, SH, ["Kyaukme", "Kyaukme District"], None,
   evidence="On July 4, the TNLA and RCSS clashed near the Loi Pyay village group, about 10 miles east of Namtu town")

# ---------------------------------------------------------------- anti-war protests 2018 (Frontier, 2018-05-13, Sun)
A = "myanmar_tamwe_frontier"
YGN = ["Yangon", "Yangon Region", "Rangoon"]
ev("tamwe-march-broken-up", A, "2018-05-12", "2018-05-12", "2018-05-12", PRO, ["Protest with intervention",
   "Excessive force against protesters"], PROT + POL, POL + PROT, MM, YGN,
   ["West Yangon", "East Yangon", "Yangon", "Eastern District", ""], 0,
   evidence="Riot police in Yangon's Tamwe Township on Saturday evening broke up a march by several hundred students and "
            "activists ... arresting at least eight people")
ev("myitkyina-march-apr30", A, "2018-04-30", "2018-04-30", "2018-04-30", PRO, ["Peaceful protest"],
   PROT, POL + [""], MM, ["Kachin", "Kachin State"], ["Myitkyina", "Myitkyina District"], 0,
   evidence="In the Kachin State capital Myitkyina, thousands of people, led by Kachin youth groups, marched peacefully "
            "through the town on April 30")
ev("mandalay-antiwar-may6", A, "2018-05-06", "2018-05-06", "2018-05-06", PRO, ["Peaceful protest"],
   PROT, POL + [""], MM, ["Mandalay", "Mandalay Region"], ["Mandalay", "Mandalay District"], 0,
   evidence="In Mandalay, about 30 young activists held an anti-war demonstration near the Mandalay Palace moat on May 6")
ev("tanai-air-strikes", A, "2018-05-13", "2018-04-11", "2018-05-13", EXP, ["Air/drone strike"],
   MIL, KIA + CIV, MM, ["Kachin", "Kachin State"], ["Myitkyina", "Myitkyina District"], None, req=False, tp=3,
   evidence="since early April, when the army launched air strikes and artillery attacks around the amber-mining area of "
            "Tanai (ongoing, month precision)")

DROP = {
    "myanmar_kyaukpyu_irrawaddy": ["The Irrawaddy", "Home", "News", "Burma", "Asia", "Opinion", "Multimedia", "Share",
                                   "Facebook", "Twitter", "Related Articles",
                                   "Thousands Flee by Boat as Arakan Unrest Spreads",
                                   "Rohingya Leaders Call for UN Protection",
                                   "© 2012 The Irrawaddy. All rights reserved."],
    "myanmar_paletwa_bni": ["BNI Online", "Burma News International", "Home", "News", "Chin State", "Rakhine State",
                            "Shan State", "Opinion", "Share this:", "Facebook", "Twitter", "Related News",
                            "Villagers flee as fighting nears Samee",
                            "Chin parties call for talks to end Paletwa fighting",
                            "Copyright © 2020 BNI Multimedia Group"],
    "myanmar_laiza_rfa": ["Radio Free Asia", "Home", "Burmese", "Myanmar", "Asia", "Email story",
                          "Comment on this story", "Print story",
                          "Copyright © 1998-2013, RFA. Used with the permission of Radio Free Asia."],
    "myanmar_namhkam_mizzima": ["Mizzima", "News", "Domestic", "Regional", "Business", "Opinion", "Share this article",
                                "Related", "Villagers flee Namtu fearing more clashes",
                                "Peace conference ends without new signatories"],
    "myanmar_tamwe_frontier": ["Frontier Myanmar", "News", "Features", "Politics", "Business", "Subscribe", "Share",
                               "Facebook", "Twitter", "Related stories", "Kachin IDPs trapped as fighting rages in Tanai",
                               "Activists sentenced in Mandalay over anti-war rally"],
}
EITHER = {
    "myanmar_kyaukpyu_irrawaddy": ["By Lawi Weng", "Friday, October 26, 2012"],
    "myanmar_maungdaw_reuters": ["By Wa Lone and Simon Lewis",
                                 "(Additional reporting by Aye Min Thant in Sittwe; Writing by Simon Lewis; "
                                 "Editing by Nick Macfie)"],
    "myanmar_alelthankyaw_ap": ["Associated Press writer Esther Htusan in Yangon contributed to this report."],
    "myanmar_buthidaung_afp": ["burs-apj/jah"],
    "myanmar_paletwa_bni": ["Monday, 16 March 2020", "Khonumthung News"],
    "myanmar_laiza_rfa": ["2013-01-27", "Reported by RFA's Burmese Service. Written in English by Richard Finney."],
    "myanmar_namhkam_mizzima": ["20 July 2018"],
    "myanmar_tamwe_frontier": ["By Frontier"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout252; Myanmar 2012-2020, before the coup), "
                             "coded by CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
