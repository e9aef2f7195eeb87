"""Writes gold.json for the 164th held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout164/make_gold.py

Focus: Ukraine's full-scale war 2022-2025: Bucha and the Kyiv region retaken (April 2022) with the Odesa fuel-depot
strike; the Shahed attack that blacked out Odesa (December 2022) with the disputed Melitopol strike; Wagner's claim to
Bakhmut (May 2023); the Kryvyi Rih apartment-block missile and the first villages of the June 2023 counteroffensive;
the sea-drone attack on the Crimean Bridge (July 2023) as told by Xinhua; a glide bomb on a Kharkiv apartment block,
the eighth energy attack and the Sevastopol beach strike (June 2024); the Sumy and Odesa missile strikes in an OCHA
flash update (November 2024); the 31 July 2025 attack on Kyiv with Russia's claim to Chasiv Yar.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

SHELL, AIR, IED = "Shelling/artillery/missile attack", "Air/drone strike", "Remote explosive/landmine/IED"
NSA, GRT, CLASH = "Non-state actor overtakes territory", "Government regains territory", "Armed clash"

# ---------------------------------------------------------------- shared actor and place lists
UA = "Ukraine"
UKR = ["Military Forces of Ukraine", "National Guard of Ukraine", "Armed Forces of Ukraine",
       "State Border Guard Service of Ukraine", "Police Forces of Ukraine"]
RUS = ["Military Forces of Russia"]
WAGNER = ["Wagner Group", "Wagner", "Wagner PMC", "Wagner Private Military Company"]
UAG = ["Unidentified Armed Group (Ukraine)"]
CIV = ["Civilians (Ukraine)"]
CIV_RU = ["Civilians (Russia)"]
# admin1 as the gazetteer spells it (sitrep geocode --warehouse /tmp/wh-full) first, then common alternatives
KYIVOBL = ["Kiev", "Kyiv Oblast", "Kyiv", "Kyivs'ka", "Kyivska", "Kyiv Region"]
KYIV = ["Kyiv City", "Kyiv", "Kyiv city", "Kiev", "Kyiv Oblast"]
ODESA = ["Odessa", "Odesa", "Odesa Oblast", "Odeska", "Odes'ka"]
KHARKIV = ["Kharkivs'ka", "Kharkiv", "Kharkiv Oblast", "Kharkivska"]
ZAP = ["Zaporizhzhia", "Zaporizhzhia Oblast", "Zaporizhzhya", "Zaporizka", "Zaporiz'ka"]
KHERSON = ["Kherson", "Kherson Oblast", "Khersonska", "Khersons'ka"]
DONETSK = ["Donetsk", "Donetsk Oblast", "Donetska", "Donets'ka"]
DNIPRO = ["Dnipropetrovsk", "Dnipropetrovsk Oblast", "Dnipropetrovska", "Dnipropetrovs'ka"]
CHERNIHIV = ["Chernihiv", "Chernihiv Oblast", "Chernihivska", "Chernihivs'ka"]
CRIMEA = ["Crimea", "Autonomous Republic of Crimea", "Krym", "Republic of Crimea"]
SEV = ["Sevastopol City", "Sevastopol", "Sevastopol'"] + CRIMEA
LVIV = ["Lviv", "Lviv Oblast", "L'viv", "Lvivska", "L'vivs'ka"]
SUMY = ["Sumy", "Sums'ka", "Sumska", "Sumy Oblast"]
MYKOLAIV = ["Mykolaiv", "Mykolaiv Oblast", "Mykolaivska", "Mykolayiv", "Mykolaivs'ka"]
# admin2; () where the gazetteer has no admin2 for the place (unscored)
BUCHA_A2 = ["Buchanskyi", "Bucha", "Buchans'kyi", "Kyievo-Sviatoshynskyi", "Kyievo-Sviatoshyns'kyi"]
ODESA_A2 = ["Odeskyi", "Odesa", "Odessa", "Odes'kyi"]
KHARKIV_A2 = ["Kharkiv", "Kharkivskyi", "Kharkivs'kyi"]
MELITOPOL_A2 = ["Melitopol", "Melitopolskyi", "Melitopol's'kyi"]
KHERSON_A2 = ["Khersonskyi", "Kherson", "Khersons'kyi"]
BAKHMUT_A2 = ["Bakhmut", "Bakhmutskyi", "Bakhmuts'kyi"]
POKR_A2 = ["Pokrovsk", "Pokrovskyi", "Pokrovs'kyi"]
KRYVYI_A2 = ["Kryvyy Rih", "Kryvyi Rih", "Kryvorizkyi", "Kryvoriz'kyi"]
DONETSK_A2 = ["Donetskyi", "Donetsk", "Donetska Miskrada", "Donetsk City Council"]
SUMY_A2 = ["Sumskyi", "Sumy", "Sumskyi raion"]
MYK_A2 = ["Mykolayiv urban", "Mykolaiv", "Mykolaivskyi", "Mykolayiv"]
DVORICHNA_A2 = ()  # gazetteer: Dvorichna, no admin2 (Kupianskyi raion)
NESKUCHNE_A2 = MAKARIVKA_A2 = LOBKOVE_A2 = ()  # gazetteer: no admin2
CHASIVYAR_A2 = ()  # gazetteer: Chasiv Yar, no admin2
BRIDGE_A2 = ()  # "Crimean Bridge" resolves to Crimea only; Kerch would be "Kerchens'ka Mis'ka Rada"

# ---------------------------------------------------------------- AFP, 2022-04-03 (Sun)
A = "ukraine_bucha_afp"
ev("bucha-retaken", A, "2022-03-31", "2022-03-30", "2022-04-02", BAT, [GRT], UKR, RUS + [""], UA, KYIVOBL, BUCHA_A2,
   None, evidence="The mayor said Ukrainian forces had entered Bucha on Thursday, a day after the last Russian units "
                  "pulled out ... There was no fighting on Saturday (Thursday before a Sunday article = Mar 31)")
ev("bucha-civilians-killed", A, "2022-03-30", "2022-02-27", "2022-04-02", VAC, ["Attack"], RUS, CIV, UA, KYIVOBL,
   BUCHA_A2, None, tp=3,
   evidence="The bodies of at least 20 men in civilian clothes lay scattered along a single street in Bucha ... shot by "
            "Russian soldiers during the month-long occupation ... 280 buried in mass graves (not all killed by troops); "
            "Russia denies (a denial does not negate the act; date only 'during the occupation' -> month range)")
ev("irpin-retaken-mar28", A, "2022-03-28", "2022-03-27", "2022-03-28", BAT, [GRT], UKR, RUS + [""], UA, KYIVOBL,
   BUCHA_A2, None,
   evidence="The mayor of Irpin had announced on Monday that Ukrainian forces had recaptured his town after weeks of "
            "street fighting (Monday = Mar 28, 6 days before: an event)")
ev("hostomel-liberated", A, "2022-04-02", "2022-03-30", "2022-04-02", BAT, [GRT], UKR, RUS + [""], UA, KYIVOBL,
   BUCHA_A2, None, req=False, tp=2,
   evidence="Late on Saturday, Deputy Defence Minister Ganna Malyar said that 'Irpin, Bucha, Gostomel and the whole Kyiv "
            "region were liberated' (Gostomel is named only in the statement)")
ev("kyiv-region-liberated", A, "2022-04-02", "2022-03-30", "2022-04-02", BAT, [GRT], UKR, RUS + [""], UA, KYIVOBL,
   (), None, req=False, tp=2,
   evidence="'... and the whole Kyiv region were liberated from the invader' (admin1-level row; overlaps Bucha)")
ev("chernihiv-russian-withdrawal", A, "2022-04-02", "2022-03-30", "2022-04-03", STR, ["Change to group/activity"],
   RUS, [""] + UKR, UA, CHERNIHIV, ["Chernihiv", "Chernihivskyi", "Chernihivs'kyi"], 0, req=False, tp=2,
   evidence="Ukrainian officials said Russian forces were also withdrawing from around the northern city of Chernigiv "
            "(a troop withdrawal; undated, no retaking named)")
ev("odesa-fuel-depots-missiles", A, "2022-04-03", "2022-04-03", "2022-04-03", EXP, [SHELL, AIR], RUS,
   UKR + CIV + [""], UA, ODESA, ODESA_A2, 0,
   evidence="several missiles struck ... Odessa early Sunday ... Russian defence ministry said 'high-precision sea- and "
            "air-based missiles' had destroyed an oil refinery and three fuel storage facilities ... no casualties")
ev("kharkiv-region-shelling-24h", A, "2022-04-03", "2022-04-02", "2022-04-03", EXP, [SHELL], RUS, CIV, UA, KHARKIV,
   (), 7,
   evidence="Synegubov said Russian shelling had killed seven civilians, including a child, and wounded 34 across the "
            "region in the past 24 hours (unnamed places in one admin1 -> one admin1 row)")

# ---------------------------------------------------------------- RFE/RL, 2022-12-10 (Sat)
A = "ukraine_odesa_rferl"
ev("odesa-energy-shahed-attack", A, "2022-12-10", "2022-12-09", "2022-12-10", EXP, [AIR], RUS, CIV + [""], UA, ODESA,
   ODESA_A2, 0,
   evidence="Russian drones struck two energy facilities in ... Odesa region overnight, leaving more than 1.5 million "
            "people without electricity ... hit energy infrastructure facilities in the city of Odesa itself. Nobody "
            "was killed or wounded")
ev("melitopol-recreation-centre-strike", A, "2022-12-10", "2022-12-10", "2022-12-10", EXP, [SHELL, AIR],
   UKR + UAG, RUS + CIV + [""], UA, ZAP, MELITOPOL_A2, 2,
   evidence="a strike on December 10 hit a building where Russian troops had been gathering ... Fedorov 'about 200' "
            "killed or wounded; Balytskiy: HIMARS rockets at a recreation center, killing two (lowest specific figure)")
ev("kherson-shelling-dec9", A, "2022-12-09", "2022-12-09", "2022-12-09", EXP, [SHELL], RUS, CIV, UA, KHERSON,
   KHERSON_A2, 2,
   evidence="In the southern city of Kherson ... two people were killed on December 9 when Russian shells hit a "
            "residential neighborhood")
ev("bakhmut-attacks-repelled", A, "2022-12-10", "2022-12-09", "2022-12-10", BAT, [CLASH], RUS + WAGNER, UKR, UA,
   DONETSK, BAKHMUT_A2, None, req=False,
   evidence="its forces had repelled Russian attacks near Bakhmut and Avdiivka ... over the past 24 hours. It did not "
            "give casualty figures (General Staff routine, no toll)")
ev("avdiivka-attacks-repelled", A, "2022-12-10", "2022-12-09", "2022-12-10", BAT, [CLASH], RUS, UKR, UA, DONETSK,
   POKR_A2, None, req=False,
   evidence="repelled Russian attacks near Bakhmut and Avdiivka ... over the past 24 hours")

# ---------------------------------------------------------------- BBC, 2023-05-21 (Sun)
A = "ukraine_bakhmut_bbc"
ev("bakhmut-capture-claimed", A, "2023-05-20", "2023-05-20", "2023-05-21", BAT, [NSA, CLASH], WAGNER + RUS,
   UKR + [""], UA, DONETSK, BAKHMUT_A2, None,
   evidence="Prigozhin declared on Saturday that his fighters had 'completely taken' Bakhmut ... defence ministry "
            "(early Sunday): 'liberation of Artemovsk' completed ... Kyiv disputes: heavy fighting, Ukrainian troops "
            "still hold facilities in the 'Litak' district (claim-or-clash; no toll)")
ev("bakhmut-flanks-advance", A, "2023-05-21", "2023-05-20", "2023-05-21", BAT, [CLASH], UKR, WAGNER + RUS, UA,
   DONETSK, BAKHMUT_A2, None, req=False,
   evidence="Ukrainian units advancing on the northern and southern flanks had put the city into 'a semi-encirclement' "
            "(Ukraine as actor1; a coder may fold it into the Bakhmut row)")
ev("kherson-shelling-may20", A, "2023-05-20", "2023-05-20", "2023-05-20", EXP, [SHELL], RUS, CIV, UA, KHERSON,
   KHERSON_A2, 1,
   evidence="In the southern city of Kherson, a man was killed when Russian artillery hit a residential area on "
            "Saturday")
ev("dvorichna-shelling", A, "2023-05-20", "2023-05-20", "2023-05-20", EXP, [SHELL], RUS, CIV, UA, KHARKIV,
   DVORICHNA_A2, 1,
   evidence="a 58-year-old woman died on Saturday when Russian shells struck the village of Dvorichna, near the town of "
            "Kupiansk in the Kharkiv region")

# ---------------------------------------------------------------- Ukrinform, 2023-06-13 (Tue)
A = "ukraine_kryvyirih_ukrinform"
ev("kryvyi-rih-apartment-missile", A, "2023-06-13", "2023-06-13", "2023-06-13", EXP, [SHELL, AIR], RUS, CIV, UA,
   DNIPRO, KRYVYI_A2, 11,
   evidence="Russian missile strike on a five-storey residential building in Kryvyi Rih early on Tuesday has risen to "
            "11, with 28 injured (6 -> 10 -> 11; the industrial enterprise hit in the same attack is the same row)")
ev("neskuchne-liberated", A, "2023-06-12", "2023-06-05", "2023-06-12", BAT, [GRT], UKR, RUS, UA, DONETSK,
   NESKUCHNE_A2, None, tp=2,
   evidence="On Monday, Maliar said that over the past week Ukrainian troops had liberated seven settlements ... among "
            "them Neskuchne and Makarivka in Donetsk region and Lobkove in Zaporizhzhia region")
ev("makarivka-liberated", A, "2023-06-12", "2023-06-05", "2023-06-12", BAT, [GRT], UKR, RUS, UA, DONETSK,
   MAKARIVKA_A2, None, tp=2, evidence="among them Neskuchne and Makarivka in Donetsk region")
ev("lobkove-liberated", A, "2023-06-12", "2023-06-05", "2023-06-12", BAT, [GRT], UKR, RUS, UA, ZAP, LOBKOVE_A2, None,
   tp=2, evidence="and Lobkove in Zaporizhzhia region")
ev("kherson-region-shelling-jun13", A, "2023-06-13", "2023-06-12", "2023-06-13", EXP, [SHELL], RUS, CIV, UA, KHERSON,
   (), 1,
   evidence="In Kherson region, the enemy carried out 54 attacks over the past day ... One person was killed and five "
            "more were injured (unnamed places, one admin1 row)")
ev("velyka-novosilka-fighting", A, "2023-06-12", "2023-06-11", "2023-06-13", BAT, [CLASH], UKR + RUS, RUS + UKR, UA,
   DONETSK, (), None, req=False,
   evidence="the fighting in the area of Velyka Novosilka continued (ongoing, no toll)")
ev("kyiv-missiles-downed", A, "2023-06-13", "2023-06-13", "2023-06-13", STR, ["Disrupted weapons use"], UKR, RUS,
   UA, KYIV, (), 0, req=False,
   evidence="In Kyiv, all the missiles that approached the capital were shot down ... No damage or casualties")

# ---------------------------------------------------------------- Xinhua, 2023-07-17 (Mon)
A = "ukraine_kerch_xinhua"
ev("crimean-bridge-sea-drones", A, "2023-07-17", "2023-07-17", "2023-07-17", EXP, [AIR, IED, SHELL],
   UKR + ["Security Service of Ukraine", "SBU", "Military Forces of Ukraine (Navy)"] + UAG,
   CIV_RU + CIV + RUS + [""], UA, CRIMEA, BRIDGE_A2, 2,
   evidence="Two people were killed and a child was injured in an attack on the Crimean Bridge early Monday ... by two "
            "Ukrainian unmanned surface vessels ... a married couple from the Belgorod region ... Kiev has not officially "
            "claimed (SBU and Navy per Ukrainian media)")
ev("kupiansk-direction-advance-claim", A, "2023-07-17", "2023-07-16", "2023-07-17", BAT, [CLASH, NSA], RUS, UKR, UA,
   KHARKIV, (), None, req=False,
   evidence="Russian troops had advanced up to 1.5 km along a 2-km stretch of the front in the Kupiansk direction over the "
            "past 24 hours ... Ukrainian losses there amounted to up to 45 servicemen (claim; no place, toll claimed)")
ev("donetsk-kirovsky-shelling", A, "2023-07-17", "2023-07-17", "2023-07-17", EXP, [SHELL], UKR, CIV + CIV_RU, UA,
   DONETSK, DONETSK_A2, 1,
   evidence="In the city of Donetsk, one civilian was killed and two others were injured when Ukrainian forces shelled "
            "the Kirovsky district on Monday morning, Donetsk mayor Alexei Kulemzin said")

# ---------------------------------------------------------------- Suspilne, 2024-06-23 (Sun)
A = "ukraine_kharkiv_suspilne"
ev("kharkiv-guided-bomb-apartment", A, "2024-06-22", "2024-06-22", "2024-06-22", EXP, [AIR, SHELL], RUS, CIV, UA,
   KHARKIV, KHARKIV_A2, 3,
   evidence="A Russian guided aerial bomb struck a five-storey residential building in Kharkiv on Saturday afternoon, "
            "22 June, killing three people and injuring at least 52 (second bomb, no casualties, same row)")
ev("zaporizhzhia-energy-strike", A, "2024-06-22", "2024-06-21", "2024-06-22", EXP, [SHELL, AIR], RUS, CIV + [""], UA,
   ZAP, (), 0,
   evidence="Overnight into Saturday ... energy facilities in Zaporizhzhia and Lviv regions had been damaged. In "
            "Zaporizhzhia region, two energy workers were injured")
ev("lviv-energy-strike", A, "2024-06-22", "2024-06-21", "2024-06-22", EXP, [SHELL, AIR], RUS, CIV + [""], UA, LVIV,
   (), 0,
   evidence="In Lviv region a fire broke out at a critical infrastructure facility after a missile strike, but nobody was "
            "hurt")
ev("sevastopol-beach-missile", A, "2024-06-23", "2024-06-23", "2024-06-23", EXP, [SHELL], UKR + UAG,
   CIV + CIV_RU + [""], UA, SEV, (), 4,
   evidence="On Sunday ... Sevastopol had come under a Ukrainian missile attack around midday ... fragments ... fallen on a "
            "beach in the Uchkuevka area ... initially two dead; by the evening four people, including two children ... "
            "ATACMS (Russian claim, unverified; latest toll)")

# ---------------------------------------------------------------- OCHA via ReliefWeb, 2024-11-19 (Tue)
A = "ukraine_sumy_reliefweb"
ev("sumy-apartment-missile", A, "2024-11-17", "2024-11-17", "2024-11-17", EXP, [SHELL, AIR], RUS, CIV, UA, SUMY,
   SUMY_A2, 11,
   evidence="Late in the evening of 17 November, a missile hit a nine-storey residential building in Sumy city ... "
            "killing 11 people, including two children, and injuring 84 (also in the HIGHLIGHTS bullet)")
ev("odesa-cluster-missile", A, "2024-11-18", "2024-11-18", "2024-11-18", EXP, [SHELL, AIR], RUS, CIV, UA, ODESA,
   ODESA_A2, 10,
   evidence="On the afternoon of 18 November, a missile strike on Odesa city killed 10 people and injured at least 50 "
            "... carried cluster munitions")
ev("mykolaiv-drone-nov17", A, "2024-11-17", "2024-11-17", "2024-11-17", EXP, [AIR], RUS, CIV, UA, MYKOLAIV, MYK_A2, 2,
   evidence="In Mykolaiv city, a drone attack on the same morning killed two people and injured six, including two "
            "children")
ev("energy-attack-nov17-country", A, "2024-11-17", "2024-11-17", "2024-11-17", EXP, [SHELL, AIR], RUS, CIV + [""], UA,
   [""], (), None, req=False,
   evidence="a large-scale missile and drone attack targeted energy facilities in many oblasts ... the attack killed at "
            "least seven civilians across the country (country-level aggregate; includes Mykolaiv's two)")
ev("hrmmu-aggregate-since-2022", A, "2024-11-19", "2022-02-24", "2024-11-19", EXP, [SHELL, AIR], RUS, CIV, UA, [""],
   (), None, req=False, tp=3,
   evidence="Since February 2022, HRMMU has verified that more than 12,000 civilians have been killed (aggregate)")

# ---------------------------------------------------------------- Reuters, 2025-08-01 (Fri)
A = "ukraine_kyiv_reuters"
ev("kyiv-jul31-missile-drone-attack", A, "2025-07-31", "2025-07-31", "2025-07-31", EXP, [SHELL, AIR], RUS, CIV, UA,
   KYIV, (), 31,
   evidence="rescuers pulled the last bodies from the rubble of an apartment building hit in a Russian missile and drone "
            "attack, bringing the death toll to 31 ... The attack in the early hours of Thursday ... nine-storey "
            "apartment block in the western Sviatoshynskyi district (one row for the city)")
ev("chasiv-yar-capture-claimed", A, "2025-07-31", "2025-07-28", "2025-07-31", BAT, [NSA, CLASH], RUS, UKR + [""], UA,
   DONETSK, CHASIVYAR_A2, None, tp=2,
   evidence="Also on Thursday, Russia's defence ministry said its forces had captured Chasiv Yar ... It did not say when "
            "... Ukraine's military rejected the claim ... fighting was continuing (claim-or-clash; no toll)")
ev("kherson-region-shelling-aug1", A, "2025-08-01", "2025-07-31", "2025-08-01", EXP, [SHELL, AIR], RUS, CIV, UA,
   KHERSON, (), 2,
   evidence="Russian shelling and drone attacks killed two people and wounded 11 in the Kherson region over the past "
            "day, regional governor Oleksandr Prokudin said on Friday (one admin1 row)")

DROP = {
    "ukraine_odesa_rferl": [
        "RFE/RL", "Ukraine", "Russia", "Belarus", "Central Asia", "Caucasus", "Investigations", "Ukraine War", "Share",
        "Facebook", "Twitter", "Email", "Read more", "Russian Missile Strikes Target Energy Infrastructure Across Ukraine",
        "Kherson Residents Cope Without Power, Heat After Russian Retreat",
        "Ukraine Says Russia Used Iranian Drones In Attack On Kyiv",
        "Copyright (c) 2022. RFE/RL, Inc. All Rights Reserved."],
    "ukraine_bakhmut_bbc": [
        "Skip to content", "BBC", "Home", "News", "Sport", "Weather", "iPlayer", "Sounds", "NEWS", "War in Ukraine",
        "Climate", "World", "UK", "Business", "Tech", "Share", "Save", "Related Topics", "Russia-Ukraine war", "Ukraine",
        "Russia", "More on this story", "Who are Russia's Wagner Group and what is Prigozhin's role?",
        "Bakhmut: Why is the battle so important?", "Zelensky makes surprise visit to G7 summit in Japan",
        "Copyright 2023 BBC. All rights reserved. The BBC is not responsible for the content of external sites."],
    "ukraine_kryvyirih_ukrinform": [
        "Ukrinform", "Ukraine", "War", "Politics", "Economy", "Society", "World", "Regions", "UKRINFORM",
        "Read also: Zelensky: Russian terrorists continue their war against residential buildings",
        "Read also: Kherson region: Russian troops shell evacuation points, one killed", "Tags:", "Kryvyi Rih",
        "Missile attack", "Russian aggression",
        "When citing and using any materials on the Internet, open for search engines, hyperlinks not lower than the "
        "first paragraph to \"ukrinform.net\" are mandatory, in addition, citing the translated materials of foreign "
        "media is possible only if there is a hyperlink to the website ukrinform.net and the website of a foreign media "
        "outlet. Materials marked as \"Advertisement\" or \"PR\" and materials in the section \"Releases\" contain "
        "advertising.",
        "(c) 2015-2023 Ukrinform. All rights reserved."],
    "ukraine_kharkiv_suspilne": [
        "Suspilne News", "News", "War", "Politics", "Regions", "Explainers", "Share", "Facebook", "Telegram", "X",
        "Photo: State Emergency Service of Ukraine", "READ ALSO", "Kharkiv region: Russians attacked 13 settlements, two injured",
        "Syniehubov: evacuation from Vovchansk hromada continues",
        "Zelensky: Russia launched more than 800 guided bombs at Ukraine this week",
        "© 2024 Suspilne. All rights reserved."],
    "ukraine_sumy_reliefweb": [
        "ReliefWeb", "Updates", "Countries", "Organizations", "Disasters", "Jobs", "Training", "Related Content",
        "Ukraine: Humanitarian Situation Snapshot (October 2024)",
        "Ukraine: Attacks on energy infrastructure - Flash Update No. 26", "Share", "Facebook", "X", "Email"],
    "ukraine_kyiv_reuters": [
        "Skip to main content", "Exclusive news, data and analytics for financial market professionals", "World",
        "Business", "Markets", "Sustainability", "Legal", "Breakingviews", "Technology", "Europe", "Read Next",
        "Russia says it downed 112 Ukrainian drones overnight",
        "Zelenskiy signs bill restoring independence of anti-graft bodies",
        "Our Standards: The Thomson Reuters Trust Principles."],
}
EITHER = {
    "ukraine_bucha_afp": ["bur-jbr/dc"],
    "ukraine_odesa_rferl": ["December 10, 2022 15:42 GMT", "By RFE/RL's Ukrainian Service",
                            "With reporting by Reuters and AFP"],
    "ukraine_bakhmut_bbc": ["21 May 2023", "By Paul Kirby", "BBC News"],
    "ukraine_kryvyirih_ukrinform": ["13.06.2023 19:12"],
    "ukraine_kerch_xinhua": ["Source: Xinhua", "Editor: Huaxia", "2023-07-17 21:47:30"],
    "ukraine_kharkiv_suspilne": ["23 June 2024, 20:05", "Author: Yevheniia Savchuk"],
    "ukraine_sumy_reliefweb": ["Format", "Situation Report", "Source", "OCHA", "Posted", "19 Nov 2024",
                               "Originally published", "For further information, please contact:",
                               "Saviano Abreu, OCHA Ukraine, abreu@un.org"],
    "ukraine_kyiv_reuters": ["By Dan Peleschuk and Yuliia Dysa", "August 1, 2025 2:18 PM GMT+3 Updated ago",
                             "Reporting by Dan Peleschuk and Yuliia Dysa in Kyiv; Additional reporting by Reuters in "
                             "Moscow; Editing by Gareth Jones"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout164; Ukraine 2022-2025), coded by "
                             "CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
