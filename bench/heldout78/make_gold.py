"""Writes gold.json for held-out set 78 (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout78/make_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

SHELL, AIR, IED, SUI = (["Shelling/artillery/missile attack"], ["Air/drone strike"],
                        ["Remote explosive/landmine/IED"], ["Suicide bomb"])
CLASH, NSA_TAKES, ATTACK, PEACEFUL = (["Armed clash"], ["Non-state actor overtakes territory"], ["Attack"],
                                      ["Peaceful protest"])

# --- Ukraine: Sloviansk S-300 strike (Ukrainska Pravda, Sun 2023-04-16) ---
UA, A = "Ukraine", "ukraine_sloviansk_pravda"
RU, UAF, CIV_UA = ["Military Forces of Russia"], ["Military Forces of Ukraine"], ["Civilians (Ukraine)"]
ev("sloviansk-s300-strike", A, "2023-04-14", "2023-04-14", "2023-04-14", EXP, SHELL, RU, CIV_UA, UA, ["Donetsk"],
   ["Kramatorskyi", "Kramatorsk"], 15,
   evidence="Russian forces struck Sloviansk with S-300 missiles at around 16:30 on Friday 14 April ... "
            "Fifteen people were killed (toll 11 on Saturday -> 15)")
ev("kherson-city-shelling", A, "2023-04-15", "2023-04-15", "2023-04-15", EXP, SHELL, RU, CIV_UA, UA, ["Kherson"],
   ["Khersonskyi", "Kherson"], 1,
   evidence="In Kherson, one man was killed and another person injured on Saturday when Russian artillery hit "
            "the Dniprovskyi district of the city")
ev("nikopol-overnight-shelling", A, "2023-04-16", "2023-04-15", "2023-04-16", EXP, SHELL, RU, CIV_UA + [""], UA,
   ["Dnipropetrovsk"], ["Nikopol", "Nikopolskyi"], 0,
   evidence="the Russians shelled Nikopol twice overnight with heavy artillery, damaging several private houses "
            "... Nobody was hurt")
ev("kherson-oblast-73-attacks", A, "2023-04-16", "2023-04-15", "2023-04-16", EXP, SHELL, RU, CIV_UA + [""], UA,
   ["Kherson"], (), None, req=False, tp=2,
   evidence="Over the past day Russian forces attacked Kherson Oblast 73 times, firing on residential areas of "
            "settlements along the Dnipro River (unnamed places, admin1 level)")
ev("bakhmut-fighting", A, "2023-04-16", "2023-04-15", "2023-04-16", BAT, CLASH, RU + ["Wagner Group"] + UAF,
   UAF + RU + ["Wagner Group"], UA, ["Donetsk"], ["Bakhmut", "Bakhmutskyi"], None, req=False, tp=2,
   evidence="heavy fighting continued in and around Bakhmut, where Russian forces, including Wagner Group assault "
            "units, keep trying to storm the city centre")

# --- Ukraine: Volnovakha bus (AP, Wed 2015-01-14) ---
A = "ukraine_volnovakha_ap"
DPR = ["Donetsk People's Republic", "DPR", "Separatists (Ukraine)", "Novorossiya", "Military Forces of Russia",
       "Unidentified Armed Group (Ukraine)"]
ev("volnovakha-bus-grad", A, "2015-01-13", "2015-01-13", "2015-01-13", EXP, SHELL, DPR, CIV_UA, UA, ["Donetsk"],
   ["Volnovakha", "Volnovakhskyi"], 12,
   evidence="A rocket slammed into a passenger bus at a Ukrainian army checkpoint ... near the village of Buhas, "
            "just outside ... Volnovakha ... early Tuesday afternoon, killing 12 civilians")
ev("donetsk-airport-fighting", A, "2015-01-13", "2015-01-13", "2015-01-13", BAT, CLASH, DPR + UAF, UAF + DPR, UA,
   ["Donetsk"], ["Donetskyi", "Donetsk"], None,
   evidence="Rebels and government troops traded artillery and mortar fire at the airport terminal complex "
            "throughout Tuesday")
ev("donetsk-kuibyshevskyi-shelling", A, "2015-01-13", "2015-01-13", "2015-01-13", EXP, SHELL,
   ["Unidentified Armed Group (Ukraine)", "Military Forces of Ukraine"] + DPR, CIV_UA, UA, ["Donetsk"],
   ["Donetskyi", "Donetsk"], 2,
   evidence="the separatist-run city administration in Donetsk said two civilians were killed in shelling of the "
            "city's Kuibyshevskyi district on Tuesday. Each side blamed the other")
ev("stanytsia-luhanska-shelling", A, "2015-01-12", "2015-01-12", "2015-01-12", EXP, SHELL,
   ["Unidentified Armed Group (Ukraine)", "Luhansk People's Republic", "LPR"] + DPR, CIV_UA, UA, ["Luhansk"], (), 1,
   evidence="one man was killed on Monday when a shell hit his house in Stanytsia Luhanska")
ev("ukraine-24h-servicemen-aggregate", A, "2015-01-14", "2015-01-13", "2015-01-14", BAT, CLASH, DPR + UAF,
   UAF + DPR, UA, (), (), 2, req=False, tp=2,
   evidence="two Ukrainian servicemen were killed and nine wounded in the past 24 hours across the conflict zone, "
            "without saying where (country level, rule 6)")

# --- Myanmar: Mrauk-U falls to the AA (The Irrawaddy, Thu 2024-02-08) ---
MM, A = "Myanmar", "myanmar_mraku_irrawaddy"
MIL, CIV_MM = ["Military Forces of Myanmar"], ["Civilians (Myanmar)"]
AA = ["Arakan Army", "AA", "ULA/AA", "United League of Arakan/Arakan Army"]
MRAUKU = ["Mrauk-U", "Mrauk U", "Mrauk-U District"]
ev("mrauk-u-captured", A, "2024-02-06", "2024-02-06", "2024-02-06", BAT, NSA_TAKES, AA, MIL, MM, ["Rakhine"],
   MRAUKU, None,
   evidence="The Arakan Army (AA) said it has taken full control of Mrauk-U ... after capturing the last regime "
            "battalion headquarters in the town on Tuesday (toll not given)")
ev("minbya-captured", A, "2024-02-05", "2024-02-05", "2024-02-05", BAT, NSA_TAKES, AA, MIL, MM, ["Rakhine"],
   MRAUKU + ["Minbya"], None,
   evidence="On Monday, the AA said it had seized the junta's tactical command in neighbouring Minbya, leaving no "
            "regime troops in the town")
ev("mrauk-u-jet-strike", A, "2024-02-07", "2024-02-07", "2024-02-07", EXP, AIR, MIL, CIV_MM, MM, ["Rakhine"],
   MRAUKU, 3,
   evidence="Junta jets bombed the town on Wednesday afternoon, killing at least three civilians")
ev("kyauktaw-fighting", A, "2024-02-07", "2024-02-07", "2024-02-07", BAT, CLASH, AA + MIL, MIL + AA, MM, ["Rakhine"],
   MRAUKU + ["Kyauktaw"], None,
   evidence="fighting continued on Wednesday around Kyauktaw ... where AA troops are attacking regime positions on a "
            "hill overlooking the town ... Casualties there could not be confirmed")

# --- Myanmar: Lin Ta Lu monastery air strike (Myanmar Now, Sun 2025-07-13) ---
A = "myanmar_lintalu_myanmarnow"
PDF = ["People's Defence Force", "People's Defense Force", "PDF", "Sagaing Township People's Defence Force",
       "NUG: People's Defense Force", "People's Defense Force (Myanmar)"]
TNLA = ["Ta'ang National Liberation Army", "TNLA", "PSLF/TNLA", "Palaung State Liberation Front"]
ev("lin-ta-lu-monastery-air-strike", A, "2025-07-11", "2025-07-11", "2025-07-11", EXP, AIR, MIL, CIV_MM, MM,
   ["Sagaing"], ["Sagaing"], 23,
   evidence="A military air strike on a Buddhist monastery ... in Lin Ta Lu village in Sagaing Township ... killed "
            "23 people ... in the early hours of Friday (22 -> 23)")
ev("myinmu-outpost-attack", A, "2025-07-12", "2025-07-12", "2025-07-12", BAT, CLASH, PDF, MIL, MM, ["Sagaing"],
   ["Sagaing"], 3,
   evidence="On Saturday, PDF fighters attacked a junta outpost near Myinmu, west of Sagaing, killing at least three "
            "soldiers, according to a statement from the local resistance group")
ev("nawnghkio-fighting", A, "2025-07-12", "2025-07-11", "2025-07-12", BAT, CLASH, MIL + TNLA, TNLA + MIL, MM,
   ["Shan"], ["Lashio", "Kyaukme"], None, tp=2,
   evidence="junta troops and the Ta'ang National Liberation Army (TNLA) fought on the outskirts of Nawnghkio on "
            "Friday and Saturday ... gave no casualty figures")

# --- Afghanistan: Bamyan tourist shooting (TOLOnews, Sat 2024-05-18) ---
AF, A = "Afghanistan", "afghanistan_bamyan_tolonews"
CIV_AF = ["Civilians (Afghanistan)"]
ISK = ["Unidentified Armed Group (Afghanistan)", "Islamic State", "Islamic State Khorasan Province", "ISKP", "IS-K",
       "Daesh"]
ev("bamyan-tourist-shooting", A, "2024-05-17", "2024-05-17", "2024-05-17", VAC, ATTACK, ISK,
   CIV_AF + ["Civilians (Spain)", "Civilians (International)"], AF, ["Bamyan", "Bamian", "Bamiyan"],
   ["Bamyan", "Bamian", "Bamiyan"], 6,
   evidence="Three foreign tourists and three Afghan citizens were killed ... when gunmen opened fire on a group of "
            "tourists in the center of Bamiyan province on Friday afternoon")
ev("bamyan-suspects-arrested", A, "2024-05-18", "2024-05-17", "2024-05-18", STR, ["Arrests"],
   ["Police Forces of Afghanistan", "Military Forces of Afghanistan", "Taliban"],
   ["Unidentified Armed Group (Afghanistan)", "Civilians (Afghanistan)", ""], AF, ["Bamyan", "Bamian", "Bamiyan"],
   ["Bamyan", "Bamian", "Bamiyan"], 0, req=False, tp=2,
   evidence="Four suspects in this incident have been arrested")
ev("guzara-mosque-shooting", A, "2024-04-29", "2024-04-29", "2024-04-29", VAC, ATTACK, ISK, CIV_AF, AF, ["Herat"],
   ["Guzarah", "Guzara", "Gozareh"], 6,
   evidence="a gunman opened fire on worshippers in a Shia mosque in Guzara district of Herat province on the "
            "evening of April 29, killing six people (19 days before publication: an event)")

# --- Afghanistan: Dasht-e Archi madrassa air strike (Reuters, Tue 2018-04-03) ---
A = "afghanistan_dashtearchi_reuters"
AFG = ["Military Forces of Afghanistan"]
ev("dasht-e-archi-madrassa-air-strike", A, "2018-04-02", "2018-04-02", "2018-04-02", EXP, AIR, AFG,
   CIV_AF + ["Taliban"], AF, ["Kunduz", "Konduz"], ["Dasht-e Archi", "Dasht-e-Archi", "Dashti Archi", "Imam Sahib"],
   59,
   evidence="An Afghan air force strike on a religious school ... in the Dasht-e Archi district ... on Monday; "
            "provincial council member: at least 59 people had been killed")
ev("dand-e-ghori-checkpoints", A, "2018-04-02", "2018-04-02", "2018-04-03", BAT, CLASH, ["Taliban"],
   ["Police Forces of Afghanistan"] + AFG, AF, ["Baghlan"], (), 10,
   evidence="Taliban fighters attacked security checkpoints in the Dand-e Ghori area of ... Baghlan province late on "
            "Monday, killing four police officers ... six insurgents were also killed")
ev("farah-outskirts-attacks", A, "2018-04-03", "2018-03-27", "2018-04-03", BAT, CLASH, ["Taliban"] + AFG,
   AFG + ["Taliban"], AF, ["Farah"], ["Farah"], None, req=False, tp=2,
   evidence="Afghan forces had repelled a series of Taliban attacks on the outskirts of the provincial capital over "
            "the past week, but gave no casualty figures")

# --- Pakistan: Tari Mangal school shooting (Dawn, Fri 2023-05-05) ---
PK, A = "Pakistan", "pakistan_tarimangal_dawn"
UAG_PK, CIV_PK = ["Unidentified Armed Group (Pakistan)"], ["Civilians (Pakistan)"]
KP = ["Khyber Pakhtunkhwa"]
ev("tari-mangal-school-shooting", A, "2023-05-04", "2023-05-04", "2023-05-04", VAC, ATTACK, UAG_PK, CIV_PK, PK, KP,
   ["Kurram", "Kurram Agency"], 7,
   evidence="Seven teachers were shot dead inside a government school in Kurram district's Tari Mangal area on "
            "Thursday")
ev("shalozan-teacher-shot", A, "2023-05-04", "2023-05-04", "2023-05-04", VAC, ATTACK, UAG_PK, CIV_PK, PK, KP,
   ["Kurram", "Kurram Agency"], 1,
   evidence="Earlier on Thursday, a teacher, Mohammad Sharif, was shot dead in a moving vehicle in the Shalozan Tangi "
            "area of Upper Kurram")
ev("parachinar-sit-in", A, "2023-05-05", "2023-05-05", "2023-05-05", PRO, PEACEFUL, ["Protesters (Pakistan)"], [""],
   PK, KP, ["Kurram", "Kurram Agency"], 0,
   evidence="On Friday, traders in Parachinar kept their shops closed and hundreds of people ... staged a protest "
            "sit-in outside the Parachinar Press Club ... ended peacefully")

# --- Pakistan: Khuzdar school-bus bombing (The Express Tribune, Thu 2025-05-22) ---
A = "pakistan_khuzdar_tribune"
BAL = ["Balochistan"]
BALOCH = UAG_PK + ["Fitna al Hindustan", "Fitna al-Hindustan", "Baloch Liberation Army", "BLA"]
ev("khuzdar-school-bus-suicide-car-bomb", A, "2025-05-21", "2025-05-21", "2025-05-21", EXP, SUI, BALOCH, CIV_PK, PK,
   BAL, ["Khuzdar"], 7,
   evidence="a bomber rammed an explosives-laden car into [the school bus] ... near the Zero Point area on the "
            "outskirts of Khuzdar city; toll rose to six (+ the bomber = 7)")
ev("khuzdar-candlelight-vigil", A, "2025-05-21", "2025-05-21", "2025-05-21", PRO, PEACEFUL, ["Protesters (Pakistan)"],
   [""], PK, BAL, ["Khuzdar"], 0, req=False,
   evidence="Hundreds of people ... gathered at Khuzdar's main square on Wednesday evening for a candlelight vigil")
ev("kalat-ibo", A, "2025-05-21", "2025-05-21", "2025-05-22", BAT, CLASH, ["Military Forces of Pakistan"], BALOCH, PK,
   BAL, ["Kalat"], 5,
   evidence="security forces killed four militants in an intelligence-based operation in Kalat district on Wednesday "
            "night ... a soldier was martyred")
ev("surab-levies-post-attack", A, "2025-05-20", "2025-05-20", "2025-05-20", BAT, CLASH, BALOCH,
   ["Police Forces of Pakistan", "Military Forces of Pakistan", "Balochistan Levies"], PK, BAL, ["Kalat", "Surab"], 0,
   evidence="two Levies personnel were injured when unidentified men attacked a check post in Surab on Tuesday")

DROP = {
    "ukraine_sloviansk_pravda": [
        "Ukrainska Pravda", "News", "Politics", "War", "Economics", "Columns", "Українською", "Share", "Tweet",
        "Advertisement", "Ukrainska Pravda is the place where you found out about the war first. Support us!",
        "Subscribe to our Telegram channel", "Tags: Sloviansk, missile strike, Donetsk Oblast",
        "© 2000-2023 Ukrainska Pravda"],
    "myanmar_mraku_irrawaddy": [
        "The Irrawaddy", "Home", "News", "Burma", "Asia", "Opinion", "Specials", "Business", "Features",
        "Burmese Edition", "Share this:", "Advertisement", "You may also like these stories:",
        "Junta Conscription Law Sparks Exodus of Young Men", "Brotherhood Alliance Says Talks With Regime Stalled",
        "Junta Navy Shells Villages Near Sittwe", "Topics: Arakan Army, Mrauk-U, Rakhine State"],
    "afghanistan_bamyan_tolonews": [
        "TOLOnews", "Home", "Afghanistan", "Business", "Sports", "World", "Opinion", "TOLOnews TV", "Search",
        "Share on Facebook", "Share on X", "Related News", "IEA Says Tourism Sector Saw Growth Last Year",
        "Kabul Residents Complain of Rising Prices", "Herat Mosque Attack Victims Buried",
        "© 2024 TOLOnews. All rights reserved."],
    "pakistan_tarimangal_dawn": [
        "DAWN.COM", "Home", "Latest", "Pakistan", "Opinion", "Business", "World", "Sport", "Magazines", "E-Paper",
        "Facebook", "WhatsApp", "Twitter", "Email", "Advertisement", "Read more",
        "Three soldiers martyred in North Waziristan exchange of fire",
        "KP govt announces Rs1m compensation for teachers' families", "Comments (12)", "Closed", "Follow Dawn",
        "Copyright © 2023, Dawn"],
}
EITHER = {
    "ukraine_sloviansk_pravda": ["Sunday, 16 April 2023, 11:42", "Background:"],
    "ukraine_volnovakha_ap": ["By PETER LEONARD", "Associated Press", "___",
                              "Laura Mills in Moscow and Nataliya Vasilyeva in Donetsk contributed to this report."],
    "myanmar_mraku_irrawaddy": ["By The Irrawaddy 8 February 2024"],
    "myanmar_lintalu_myanmarnow": ["Myanmar Now", "July 13, 2025"],
    "afghanistan_bamyan_tolonews": ["By Mohammad Ali Baheer", "18 May 2024 - 10:15"],
    "afghanistan_dashtearchi_reuters": [
        "(Reporting by Sardar Razmal in Kunduz and Hamid Shalizi and James Mackenzie in Kabul; Editing by Nick Macfie)"],
    "pakistan_tarimangal_dawn": ["Ali Hussain Bangash | Published May 5, 2023 | Updated about 3 hours ago",
                                 "Published in Dawn, May 5th, 2023"],
    "pakistan_khuzdar_tribune": ["Our Correspondent", "May 22, 2025",
                                 "Published in The Express Tribune, May 22nd, 2025."],
}

write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout78), coded by CODEBOOK.md before any run; "
           "BLIND, not yet run.", drop=DROP, either=EITHER)
