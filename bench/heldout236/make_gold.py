"""Writes gold.json for the 236th held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 32).

    python bench/heldout236/make_gold.py

Focus: Ukraine 2022-2024 after the full-scale invasion — Russian missile, glide-bomb and cluster strikes on Kharkiv,
Odesa, Dnipro, Vilniansk and Zaporizhzhia; front-line fighting around Bakhmut, Avdiivka and Kupiansk; a cross-river
landing at Kozachi Laheri and Russian shelling of the Kherson west bank; the detention of the Zaporizhzhia nuclear
plant's director; bombings and killings of Moscow-installed officials in Luhansk, Berdyansk and Kherson.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

UA = "Ukraine"
RU = ["Military Forces of Russia", "Russian Armed Forces", "Russian Army", "Military Forces of Russia (2000-)"]
UAF = ["Military Forces of Ukraine", "Ukrainian Armed Forces", "Armed Forces of Ukraine", "Ukrainian Army",
       "Military Forces of Ukraine (2019-)"]
WAGNER = ["Wagner Group", "Wagner", "Wagner Private Military Company", "PMC Wagner"]
CIV = ["Civilians (Ukraine)"]
UAG = ["Unidentified Armed Group (Ukraine)"]
PARTISANS = UAG + ["Ukrainian Partisans", "Partisans (Ukraine)", "Ukrainian Resistance"] + UAF + \
    ["Security Service of Ukraine", "SBU"]
OCC = ["Government of Russia", "Russian Occupation Authorities", "Occupation Authorities (Ukraine)",
       "Government of Luhansk People's Republic", "Luhansk People's Republic", "LPR", "LNR"] + CIV + RU + [""]
SHELL, AIR, IED = "Shelling/artillery/missile attack", "Air/drone strike", "Remote explosive/landmine/IED"
CLASH, REGAIN = "Armed clash", "Government regains territory"

KH = ["Kharkivs'ka", "Kharkiv", "Kharkivska", "Kharkiv Oblast"]
OD = ["Odessa", "Odesa", "Odes'ka", "Odeska", "Odesa Oblast"]
DP = ["Dnipropetrovsk", "Dnipropetrovs'ka", "Dnipropetrovska", "Dnipropetrovsk Oblast"]
ZP = ["Zaporizhzhia", "Zaporizhzhya", "Zaporiz'ka", "Zaporizka", "Zaporizhia", "Zaporizhzhia Oblast"]
DN = ["Donetsk", "Donets'ka", "Donetska", "Donetsk Oblast"]
KS = ["Kherson", "Khersons'ka", "Khersonska", "Kherson Oblast"]
LH = ["Luhansk", "Luhans'ka", "Luhanska", "Luhansk Oblast"]
KYIV_CITY = ["", "Kyiv City", "Kyiv", "Kiev", "Misto Kyyiv", "Kyivska"]

A2_KHARKIV = ["Kharkiv", "Kharkivskyi", "Kharkiv City"]
A2_KUPIANSK = ["Kupianska Miskrada", "Kupiansk", "Kupianskyi", "Kupiansk City", ""]
A2_ZAP = ["Zaporizhzhya", "Zaporizhzhia", "Zaporizkyi", "Zaporizhzhia City", ""]
A2_BAKHMUT = ["Bakhmut", "Bakhmutskyi", ""]
A2_AVDIIVKA = ["Pokrovsk", "Pokrovskyi", "Avdiivka", "Yasynuvata", "Yasynuvatskyi", ""]
A2_KHERSON = ["Khersonskyi", "Kherson", "Kherson City", ""]
A2_BERYSLAV = ["Beryslav", "Beryslavskyi"]

# ---------------------------------------------------------------- Kharkiv (Reuters, 2024-08-31, Sat)
A = "ukraine_kharkiv_reuters"
ev("kharkiv-glide-bombs-apartment-playground", A, "2024-08-30", "2024-08-30", "2024-08-30", EXP, [AIR, SHELL],
   RU, CIV, UA, KH, A2_KHARKIV, 7,
   evidence="Russian guided aerial bombs slammed into a 12-storey apartment block and a children's playground in ... "
            "Kharkiv on Friday afternoon, killing seven people, among them a 14-year-old girl (playground and "
            "building in two city districts = one Kharkiv event, told twice)")
ev("chuhuiv-missile", A, "2024-08-30", "2024-08-30", "2024-08-30", EXP, [SHELL, AIR],
   RU, CIV + [""], UA, KH, ["Chuhuiv City Council", "Chuhuiv", "Chuhuivskyi", ""], 0,
   evidence="About an hour after the Kharkiv attack, a missile struck the outskirts of Chuhuiv ... wounding two "
            "employees")
ev("kupiansk-shelling-man-killed", A, "2024-08-30", "2024-08-30", "2024-08-30", EXP, [SHELL],
   RU, CIV, UA, KH, A2_KUPIANSK, 1,
   evidence="Russian artillery pounded Kupiansk ... A 62-year-old man was killed when a shell hit his house on Friday "
            "evening")
ev("synkivka-assaults", A, "2024-08-31", "2024-08-30", "2024-08-31", BAT, [CLASH],
   RU + UAF, UAF + RU, UA, KH, (), None,
   evidence="its troops had beaten back nine Russian assaults near the village of Synkivka, about 10 km northeast of "
            "Kupiansk, over the past day, without giving casualty figures")
ev("oleshchuk-dismissed", A, "2024-08-30", "2024-08-30", "2024-08-31", STR, ["Change to group/activity"],
   ["Government of Ukraine"] + UAF, UAF + [""], UA, KYIV_CITY, (), 0, req=False,
   evidence="Zelenskiy dismissed the commander of Ukraine's air force ... Oleshchuk (leadership change; a coder may "
            "not code a dismissal)")

# ---------------------------------------------------------------- Odesa (Kyiv Independent, 2024-04-30, Tue)
A = "ukraine_odesa_kyivindependent"
ev("odesa-cluster-iskander-castle", A, "2024-04-29", "2024-04-29", "2024-04-29", EXP, [SHELL],
   RU, CIV, UA, OD, ["Odeskyi", "Odesa", "Odessa", ""], 5,
   evidence="A Russian Iskander-M ballistic missile carrying a cluster warhead struck a crowded seaside park in "
            "Odesa's Arcadia neighborhood on the evening of April 29, killing five people ... a sixth man died after "
            "suffering a stroke (5 vs 6 -> 5)")
ev("beryslav-shelling-man-killed", A, "2024-04-29", "2024-04-28", "2024-04-29", EXP, [SHELL],
   RU, CIV, UA, KS, A2_BERYSLAV, 1,
   evidence="Hours earlier, Russian forces shelled the town of Beryslav ... A 58-year-old man was killed in Beryslav")

# ---------------------------------------------------------------- Vilniansk / Dnipro (AFP, 2024-06-30, Sun)
A = "ukraine_vilniansk_afp"
ev("vilniansk-missile-park", A, "2024-06-29", "2024-06-29", "2024-06-29", EXP, [SHELL],
   RU, CIV, UA, ZP, A2_ZAP, 7,
   evidence="A Russian missile attack on the small town of Vilniansk ... killed seven civilians, including children "
            "... The strike on Saturday hit a park, a shop, residential buildings")
ev("zaporizhzhia-district-infrastructure", A, "2024-06-29", "2024-06-29", "2024-06-29", EXP, [SHELL, AIR],
   RU, [""] + CIV, UA, ZP, A2_ZAP, 0, req=False,
   evidence="Earlier on Saturday, Russian forces hit an infrastructure facility in the Zaporizhzhia district ... "
            "without naming the location (district-level; may be folded into Vilniansk)")
ev("dnipro-missile-nine-storey", A, "2024-06-28", "2024-06-28", "2024-06-28", EXP, [SHELL],
   RU, CIV, UA, DP, ["Dnipro rural", "Dnipro", "Dniprovskyi", "Dnipro City", "Dnipropetrovsk", ""], 1,
   evidence="a Russian missile tore through the upper floors of a nine-storey apartment building in the centre of "
            "Dnipro ... on Friday evening ... One person was killed and 12 were wounded")
ev("nikopol-shelling", A, "2024-06-29", "2024-06-29", "2024-06-29", EXP, [SHELL, AIR],
   RU, CIV, UA, DP, ["Nikopol", "Nikopolskyi"], 0,
   evidence="Russian artillery and drones also hit the town of Nikopol ... on Saturday, wounding a 64-year-old woman")

# ---------------------------------------------------------------- Zaporizhzhia (RFE/RL, 2022-10-09, Sun)
A = "ukraine_zaporizhzhia_rferl"
ev("zaporizhzhia-overnight-missiles", A, "2022-10-09", "2022-10-08", "2022-10-09", EXP, [SHELL, AIR],
   RU, CIV, UA, ZP, A2_ZAP, 13,
   evidence="At least 13 people were killed and 87 injured ... when Russian missiles slammed into an apartment block "
            "... early on October 9 ... 'Twelve missiles came, all from planes' ... Kurtev ... had earlier put the "
            "number of dead at 17 (13 vs 17 -> 13)")
ev("zaporizhzhia-oct6-s300", A, "2022-10-06", "2022-10-06", "2022-10-06", EXP, [SHELL],
   RU, CIV, UA, ZP, A2_ZAP, 19,
   evidence="On October 6, Russian S-300 missiles struck high-rise buildings in the center of the city, killing 19 "
            "people, according to the city council")
ev("znpp-power-line-shelling", A, "2022-10-08", "2022-10-08", "2022-10-08", EXP, [SHELL],
   UAG + RU + UAF, [""] + CIV + RU + UAF, UA, ZP, ["Vasylivka", "Vasylivskyi", "Enerhodar", ""], 0,
   evidence="The plant lost its last external power line early on October 8 after shelling damaged a substation ... "
            "The agency did not say who fired the shells")
ev("murashov-detained", A, "2022-09-30", "2022-09-30", "2022-09-30", VAC, ["Abduction/forced disappearance"],
   RU, CIV, UA, ZP, ["Vasylivka", "Vasylivskyi", "Enerhodar", ""], 0,
   evidence="the plant's director-general, Ihor Murashov, was detained by a Russian patrol on the road from the plant "
            "to Enerhodar on the afternoon of September 30 ... blindfolded ... driven in an unknown direction")
ev("murashov-detained-as-arrest", A, "2022-09-30", "2022-09-30", "2022-09-30", STR, ["Arrests"],
   RU, CIV, UA, ZP, ["Vasylivka", "Vasylivskyi", "Enerhodar", ""], 0, req=False,
   evidence="the same detention coded as the arrest of a notable person by the occupying force")
ev("kherson-north-breakthrough", A, "2022-10-09", "2022-10-01", "2022-10-09", BAT, [CLASH, REGAIN],
   UAF, RU, UA, KS, (), None, req=False, tp=2,
   evidence="Ukrainian forces broke through Russian lines in the north of the neighboring Kherson region earlier this "
            "month (no place, no toll)")

# ---------------------------------------------------------------- Bakhmut (The Guardian, 2023-05-13, Sat)
A = "ukraine_bakhmut_guardian"
ev("ivanivske-3rd-assault-brigade", A, "2023-05-10", "2023-05-09", "2023-05-10", BAT, [CLASH, REGAIN],
   UAF, RU + WAGNER, UA, DN, A2_BAKHMUT, None,
   evidence="on Wednesday south-west of Bakhmut, where Ukraine's 3rd Separate Assault Brigade said it had routed parts "
            "of Russia's 72nd motor rifle brigade ... near the village of Ivanivske ('hundreds' killed, unverified)")
ev("berkhivka-russian-pullback", A, "2023-05-12", "2023-05-09", "2023-05-12", BAT, [CLASH, REGAIN],
   UAF + RU, RU + UAF, UA, DN, A2_BAKHMUT, None, tp=2,
   evidence="units near the Berkhivka reservoir, just north-west of Bakhmut, had 'regrouped to more favourable "
            "positions' after Ukrainian forces launched ... attacks")
ev("berkhivka-regrouping-as-withdrawal", A, "2023-05-12", "2023-05-09", "2023-05-12", STR,
   ["Change to group/activity", "Other"], RU, UAF + [""], UA, DN, A2_BAKHMUT, 0, req=False, tp=2,
   evidence="the Russian 'regrouping' near Berkhivka coded as a withdrawal instead of (or besides) the battle")
ev("bakhmut-city-wagner-assaults", A, "2023-05-12", "2023-05-11", "2023-05-12", BAT, [CLASH, "Non-state actor overtakes territory"],
   WAGNER + RU + UAF, UAF + WAGNER + RU, UA, DN, ["Bakhmut", "Bakhmutskyi"], None, tp=2,
   evidence="Inside the city itself, Wagner fighters continued to storm the few western districts still held by Ukraine "
            "on Thursday and Friday")
ev("luhansk-storm-shadow", A, "2023-05-12", "2023-05-12", "2023-05-12", EXP, [SHELL, AIR],
   UAF, CIV + [""] + RU, UA, LH, ["Luhanskyi", "Luhansk", ""], 0,
   evidence="On Friday, two powerful explosions shook the Russian-occupied city of Luhansk ... wounding six people ... "
            "Ukraine had used British-supplied Storm Shadow cruise missiles")

# ---------------------------------------------------------------- Avdiivka (Ukrinform, 2023-10-11, Wed)
A = "ukraine_avdiivka_ukrinform"
ev("avdiivka-massed-assault", A, "2023-10-10", "2023-10-10", "2023-10-11", BAT, [CLASH],
   RU + UAF, UAF + RU, UA, DN, A2_AVDIIVKA, None,
   evidence="Russian troops backed by tanks and dozens of armoured vehicles on Tuesday launched their most powerful "
            "assault in months on ... Avdiivka ... all attacks were repelled (equipment losses only, no toll)")
ev("stepove-column-destroyed", A, "2023-10-10", "2023-10-10", "2023-10-10", BAT, [CLASH],
   RU + UAF, UAF + RU, UA, DN, (), None,
   evidence="North of the town, Russian units tried to advance along the railway line near the village of Stepove, "
            "where Ukrainian troops destroyed a column of nine armoured vehicles")
ev("avdiivka-ten-missiles", A, "2023-10-11", "2023-10-11", "2023-10-11", EXP, [SHELL, AIR],
   RU, CIV, UA, DN, A2_AVDIIVKA, 1,
   evidence="On Wednesday morning, about ten missiles struck Avdiivka itself ... A man born in 1938 was killed and two "
            "people were injured")
ev("donetsk-city-shelling-claim", A, "2023-10-10", "2023-10-10", "2023-10-10", EXP, [SHELL],
   UAF, CIV, UA, DN, ["Donetskyi", "Donetsk", "Donetsk City", ""], 1,
   evidence="the Russian-installed mayor Alexei Kulemzin claimed that Ukrainian shelling had killed a woman in the "
            "city's Kuibyshevskyi district on Tuesday evening")
ev("synkivka-assaults-2023", A, "2023-10-11", "2023-10-10", "2023-10-11", BAT, [CLASH],
   RU + UAF, UAF + RU, UA, KH, (), None,
   evidence="its troops had repelled Russian assaults near the village of Synkivka over the past day")
ev("kupiansk-shelling-2023", A, "2023-10-10", "2023-10-10", "2023-10-10", EXP, [SHELL],
   RU, CIV, UA, KH, A2_KUPIANSK, 0,
   evidence="Russian artillery also shelled the town of Kupiansk on Tuesday, wounding two men")

# ---------------------------------------------------------------- Kherson west bank (Al Jazeera, 2023-08-14, Mon)
A = "ukraine_shyrokabalka_aljazeera"
ev("shyroka-balka-family-killed", A, "2023-08-13", "2023-08-13", "2023-08-13", EXP, [SHELL],
   RU, CIV, UA, KS, (), 5,
   evidence="A husband, his wife and their newborn daughter were killed when shells hit their house in the village of "
            "Shyroka Balka ... Their son ... died hours later. Another local resident was also killed")
ev("stanislav-mlrs", A, "2023-08-13", "2023-08-13", "2023-08-13", EXP, [SHELL],
   RU, CIV, UA, KS, (), 2,
   evidence="In the neighbouring village of Stanislav ... two men aged 57 and 71 were killed when Russian forces fired "
            "multiple rocket launchers")
ev("kherson-city-shelling-wounded", A, "2023-08-13", "2023-08-13", "2023-08-13", EXP, [SHELL],
   RU, CIV, UA, KS, A2_KHERSON, 0,
   evidence="Three people were also wounded in Kherson city")
ev("beryslav-shelling-wounded", A, "2023-08-13", "2023-08-13", "2023-08-13", EXP, [SHELL],
   RU, CIV, UA, KS, A2_BERYSLAV, 0,
   evidence="and three in the town of Beryslav, upriver")
for place in ("veletenske", "zolota-balka", "komyshany"):
    ev(f"{place}-shelling", A, "2023-08-13", "2023-08-13", "2023-08-13", EXP, [SHELL],
       RU, CIV + [""], UA, KS, (), None, req=False,
       evidence="Prokudin ... listing the places hit: 'Kherson, Veletenske, Zolota Balka, Stanislav, Komyshany, "
                "Shyroka Balka' (named as hit, no detail)")
ev("kozachi-laheri-landing", A, "2023-08-09", "2023-08-07", "2023-08-09", BAT, [CLASH],
   UAF + RU, RU + UAF, UA, KS, (), None, tp=2,
   evidence="Last week, Ukrainian troops crossed the river in boats and landed near the village of Kozachi Laheri ... "
            "Russian-installed officials said on Wednesday that the 'saboteurs' had been destroyed")
ev("zaporizhzhia-partial-success", A, "2023-08-12", "2023-08-12", "2023-08-12", BAT, [CLASH],
   UAF, RU, UA, ZP, (), None, req=False,
   evidence="Kyiv's forces reported 'partial success' on Saturday ... in the Zaporizhzhia region (no place, no toll)")

# ---------------------------------------------------------------- Luhansk / occupied south (Moscow Times, 2022-09-17, Sat)
A = "ukraine_luhansk_moscowtimes"
ev("luhansk-prosecutor-office-bomb", A, "2022-09-16", "2022-09-16", "2022-09-16", EXP, [IED],
   PARTISANS, OCC, UA, LH, ["Luhanskyi", "Luhansk", ""], 2,
   evidence="An explosive device detonated inside the office of the prosecutor general of the ... LPR in the center of "
            "occupied Luhansk on Friday, killing prosecutor Sergei Gorenko and his deputy Yekaterina Steglenko")
ev("kherson-occupation-hq-missiles", A, "2022-09-16", "2022-09-16", "2022-09-16", EXP, [SHELL],
   UAF, OCC, UA, KS, A2_KHERSON, 1,
   evidence="Hours earlier on Friday, the Russian-installed administration ... said Ukrainian forces had fired missiles "
            "at its headquarters in the city of Kherson, killing one man")
ev("berdyansk-bardin-car-bomb", A, "2022-09-06", "2022-09-06", "2022-09-06", EXP, [IED],
   PARTISANS, OCC, UA, ZP, ["Berdyansk", "Berdiansk", "Berdianskyi"], 1,
   evidence="Artem Bardin, the Russian-appointed military commandant of ... Berdyansk ... died in hospital on Sept. 6 "
            "after a bomb blew up his car outside the city's administration building that morning")
ev("kovalyov-killed-hola-prystan", A, "2022-08-28", "2022-08-27", "2022-08-28", VAC, ["Attack"],
   PARTISANS, OCC, UA, KS, (), 2,
   evidence="Oleksiy Kovalyov ... was found shot dead at his home near Hola Prystan on Aug. 28 ... His partner was "
            "stabbed and died later in hospital")

DROP = {
    "ukraine_odesa_kyivindependent": ["The Kyiv Independent", "Ukraine War", "Politics", "Business", "Opinion",
                                      "Investigations", "Support us",
                                      "Read also: Russia hits Kharkiv TV tower, signal cut across the city",
                                      "Read also: Ukraine's military intelligence claims drone strike on Russian "
                                      "refinery", "We've sent you a confirmation email.", "Share this article",
                                      "Facebook", "Twitter", "Telegram", "Most popular"],
    "ukraine_zaporizhzhia_rferl": ["Radio Free Europe/Radio Liberty", "Accessibility links", "Skip to main content",
                                   "Ukraine", "Russia", "Central Asia", "Caucasus", "Share", "Facebook", "Twitter",
                                   "Email", "Print", "Related", "Kremlin Silent As Blast Damages Crimea Bridge",
                                   "Ukraine Says Forces Advance Along Dnieper In Kherson Region",
                                   "Copyright (c) 2022. RFE/RL, Inc. All rights reserved."],
    "ukraine_bakhmut_guardian": ["Topics", "Ukraine", "Russia", "Europe", "Share", "Reuse this content"],
    "ukraine_avdiivka_ukrinform": ["Ukrinform", "Multimedia platform for broadcasting", "News", "War", "Politics",
                                   "Economy", "Society", "World", "Regions",
                                   "Read also: Ukrainian forces advance near Klishchiivka and Andriivka, General "
                                   "Staff says", "Read also: Enemy drones attack Odesa region port infrastructure "
                                   "overnight", "Tags:", "Avdiivka", "Donetsk region", "war", "All rights reserved."],
    "ukraine_luhansk_moscowtimes": ["The Moscow Times", "Independent News From Russia", "News", "Ukraine War",
                                    "Business", "Opinion", "Arts & Life", "Meanwhile", "Read more",
                                    "Kremlin-Backed Official Wounded in Melitopol Car Blast",
                                    "Russia Says It Struck Ukrainian Positions Near Kupiansk", "Share",
                                    "Subscribe to our newsletter"],
}
EITHER = {
    "ukraine_kharkiv_reuters": ["By Vitalii Hnidyi and Olena Harmash",
                                "(Reporting by Vitalii Hnidyi in Kharkiv and Olena Harmash in Kyiv; Editing by Giles "
                                "Elgood)"],
    "ukraine_odesa_kyivindependent": ["by Kateryna Hodunova", "April 30, 2024 9:12 AM"],
    "ukraine_vilniansk_afp": ["bur/pma"],
    "ukraine_zaporizhzhia_rferl": ["October 09, 2022 13:40 GMT", "By RFE/RL's Ukrainian Service"],
    "ukraine_bakhmut_guardian": ["Dan Sabbagh in Kyiv and agencies", "Sat 13 May 2023 08.15 BST"],
    "ukraine_avdiivka_ukrinform": ["11.10.2023 16:05"],
    "ukraine_shyrokabalka_aljazeera": ["Published On 14 Aug 2023", "Source: Al Jazeera and news agencies"],
    "ukraine_luhansk_moscowtimes": ["Sept. 17, 2022", "Updated: Sept. 17, 2022"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout236; Ukraine 2022-2024: strikes on "
                             "Kharkiv, Odesa, Dnipro and Zaporizhzhia, fighting around Bakhmut, Avdiivka and Kupiansk, "
                             "Kherson river raids, occupation detentions and partisan bombings), coded by CODEBOOK.md "
                             "before the system was run (BLIND).", drop=DROP, either=EITHER)
