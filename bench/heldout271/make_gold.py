"""Writes gold.json for the 271st held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 38).

    python bench/heldout271/make_gold.py

Topic: Ukraine 2022-2023 — Russian missile strikes on cities and the energy grid, Grad barrages on Kherson, the
Kharkiv dormitory strikes, a partisan car bomb and a shootout in occupied towns, Ukraine's Storm Shadow strike on
the Chonhar bridge, frontline fighting near Kreminna and the recapture of Piatykhatky.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

UA_ = "Ukraine"
RU = ["Military Forces of Russia", "Russian Armed Forces", "Armed Forces of Russia", "Russian Military"]
UAF = ["Military Forces of Ukraine", "Armed Forces of Ukraine", "Ukrainian Armed Forces", "Ukrainian Military"]
CIV = ["Civilians (Ukraine)"]
PARTISANS = ["Unidentified Armed Group (Ukraine)", "Ukrainian Partisans", "Partisans (Ukraine)",
             "Unidentified Armed Group"] + UAF
OCC = CIV + ["Government of Russia", "Russian-installed administration", "Russian Occupation Administration",
             "Military Forces of Russia", "Government of Ukraine", ""]
SHELL = ["Shelling/artillery/missile attack"]
MISSILE = ["Shelling/artillery/missile attack", "Air/drone strike"]
KHARKIV = ["Kharkivs'ka", "Kharkiv", "Kharkivska", "Kharkiv Oblast"]
ZAP = ["Zaporizhzhia", "Zaporizhzhya", "Zaporiz'ka", "Zaporizka", "Zaporizhzhia Oblast"]
KHERSON = ["Kherson", "Khersonska", "Khersons'ka", "Kherson Oblast"]
LUH = ["Luhansk", "Luhanska", "Luhans'ka", "Luhansk Oblast"]
DON = ["Donetsk", "Donetska", "Donets'ka", "Donetsk Oblast"]
KYIV = ["Kyiv City", "Kyiv", "Kiev", "Kyiv city", "Kyivska", "Kyiv Oblast"]
KHARKIV_CITY = ["Kharkiv", "Kharkivskyi", "Kharkiv City Council"]
ZAP_CITY = ["Zaporizhzhya", "Zaporizhzhia", "Zaporizkyi", "Zaporizhzhia City Council"]

# ---------------------------------------------------------------- Velykyi Burluk (Reuters, 2022-07-11, Mon)
A = "ukraine_velykyiburluk_reuters"
ev("velykyi-burluk-yunakov-car-bomb", A, "2022-07-11", "2022-07-04", "2022-07-11", EXP,
   ["Remote explosive/landmine/IED"], PARTISANS, OCC, UA_, KHARKIV, (), 1, tp=2,
   evidence="Yevgeny Yunakov, chief administrator of Velykyi Burluk ... killed by a bomb planted under his car ... "
            "did not say when it had happened (announced Monday)")
ev("melitopol-siguta-shootout", A, "2022-07-11", "2022-07-10", "2022-07-11", BAT, ["Armed clash"],
   PARTISANS + RU + ["Police Forces of Russia"], RU + PARTISANS + ["Police Forces of Russia", ""] + OCC, UA_, ZAP,
   ["Melitopol", "Melitopolskyi"], 1,
   evidence="a gunman opened fire on his house overnight ... the attacker had been killed in a shootout with "
            "Siguta's guards")
ev("melitopol-siguta-attack-as-vac", A, "2022-07-11", "2022-07-10", "2022-07-11", VAC, ["Attack"],
   PARTISANS, OCC, UA_, ZAP, ["Melitopol", "Melitopolskyi"], 1, req=False,
   evidence="the assassination attempt on the Russian-installed district head coded as an attack on a civilian")
ev("kherson-foiled-attack-on-leader", A, "2022-07-11", "2022-07-10", "2022-07-11", STR, ["Disrupted weapons use"],
   RU + ["Police Forces of Russia", "Government of Russia", "Russian-installed administration"] + PARTISANS,
   PARTISANS + OCC, UA_, KHERSON, (), 0, req=False,
   evidence="The Russian-backed authorities in the Kherson region ... said they had foiled an attack against their "
            "local leader. They gave no details.")
ev("kharkiv-kyivskyi-saltivskyi-shelling", A, "2022-07-11", "2022-07-11", "2022-07-11", EXP, SHELL,
   RU, CIV, UA_, KHARKIV, KHARKIV_CITY, 3,
   evidence="Russian artillery and multiple rocket launchers struck residential areas of the Kyivskyi and Saltivskyi "
            "districts at about 10 a.m. ... initially put the toll at three dead ... prosecutor's office said six")

# ---------------------------------------------------------------- Kherson (The Kyiv Independent, 2023-02-21, Tue)
A = "ukraine_kherson_kyivindependent"
ev("kherson-grad-bus-stop-market", A, "2023-02-21", "2023-02-21", "2023-02-21", EXP, SHELL,
   RU, CIV, UA_, KHERSON, ["Khersonskyi", "Kherson", "Khersons'kyi"], 5,
   evidence="Russian forces pounded the center of Kherson with Grad multiple rocket launchers around noon on Feb. 21 "
            "... six people killed (Southern Command) ... five civilians had died (Prokudin)")
ev("kherson-oblast-58-attacks-feb20", A, "2023-02-20", "2023-02-20", "2023-02-20", EXP, SHELL,
   RU, CIV + UAF + [""], UA_, KHERSON, (), None, req=False,
   evidence="Russian troops had attacked Kherson Oblast 58 times on Feb. 20 with artillery, mortars, tanks and drones")
ev("ochakiv-port-shelling", A, "2023-02-21", "2023-02-21", "2023-02-21", EXP, SHELL,
   RU, CIV + [""], UA_, ["Mykolaiv", "Mykolaivska", "Mykolayiv"], (), 0,
   evidence="Russian forces also shelled the port infrastructure in Ochakiv in neighboring Mykolaiv Oblast on Feb. "
            "21, injuring one person")
ev("zmiivka-couple-killed", A, "2023-02-16", "2023-02-16", "2023-02-16", EXP, SHELL,
   RU, CIV, UA_, KHERSON, ["Beryslav", "Beryslavskyi", "Beryslavs'kyi"], 2,
   evidence="on Feb. 16, a Russian shell hit a house in the village of Zmiivka in Beryslav district, killing a "
            "married couple")

# ---------------------------------------------------------------- Zaporizhzhia (Ukrinform, 2023-03-02, Thu)
A = "ukraine_zaporizhzhia_ukrinform"
ev("zaporizhzhia-s300-five-storey-block", A, "2023-03-02", "2023-03-02", "2023-03-02", EXP, MISSILE,
   RU, CIV, UA_, ZAP, ZAP_CITY, 3,
   evidence="A Russian S-300 missile struck a five-storey apartment building in Zaporizhzhia in the early hours of "
            "Thursday ... three people were known to have been killed ... prosecutor's office ... four")
ev("zaporizhzhia-17-missiles-feb10", A, "2023-02-10", "2023-02-10", "2023-02-10", EXP, MISSILE,
   RU, CIV + [""], UA_, ZAP, ZAP_CITY, 0,
   evidence="on the morning of Feb. 10, Russian forces fired 17 missiles at the city within an hour ... hitting "
            "energy infrastructure ... No casualties were reported")
for town, key in (("Huliaipole", "huliaipole"), ("Orikhiv", "orikhiv"), ("Stepnohirsk", "stepnohirsk")):
    ev(f"{key}-shelling-past-day", A, "2023-03-02", "2023-03-01", "2023-03-02", EXP, SHELL,
       RU, CIV + [""], UA_, ZAP, (), 0,
       evidence=f"Russian troops shelled Huliaipole, Orikhiv and Stepnohirsk along the front line over the past day "
                f"... no casualties ({town})")

# ---------------------------------------------------------------- Chonhar (AFP, 2023-06-22, Thu)
A = "ukraine_chonhar_afp"
ev("chonhar-bridge-storm-shadow", A, "2023-06-22", "2023-06-21", "2023-06-22", EXP, MISSILE,
   UAF, RU + [""], UA_, KHERSON, ["Henichesk", "Henicheskyi", "Heniches'kyi"], 0,
   evidence="Ukrainian missiles struck the Chonhar road bridge ... overnight ... There are no casualties ... Storm "
            "Shadow cruise missiles had been used")
ev("nova-kakhovka-ukrainian-shelling", A, "2023-06-22", "2023-06-21", "2023-06-22", EXP, SHELL,
   UAF, CIV, UA_, KHERSON, ["Kakhovka", "Kakhovskyi", "Nova Kakhovka"], 0,
   evidence="Saldo's administration said on Thursday that Ukrainian artillery had shelled the town overnight, "
            "wounding two civilians")
ev("kakhovka-dam-destroyed-chonhar", A, "2023-06-06", "2023-06-06", "2023-06-06", EXP,
   ["Remote explosive/landmine/IED", "Shelling/artillery/missile attack"],
   RU + UAF + ["Unidentified Armed Group (Ukraine)"], CIV + [""], UA_, KHERSON,
   ["Kakhovka", "Kakhovskyi", "Nova Kakhovka"], None, req=False,
   evidence="the destruction of the Kakhovka dam on June 6 ... Kyiv says Russian forces blew up the dam; Moscow "
            "blames Ukrainian shelling (16 days before publication, inside the window; blame contested)")

# ---------------------------------------------------------------- Kryvyi Rih (AP, 2022-12-16, Fri)
A = "ukraine_kryvyirih_ap"
ev("kryvyi-rih-apartment-missile", A, "2022-12-16", "2022-12-16", "2022-12-16", EXP, MISSILE,
   RU, CIV, UA_, ["Dnipropetrovsk", "Dnipropetrovska", "Dnipropetrovs'ka"],
   ["Kryvyy Rih", "Kryvyi Rih", "Kryvorizkyi", "Kryvyi Rih City Council"], 2,
   evidence="a missile destroyed the stairwell of a residential building ... Reznichenko first reported two people "
            "killed ... three people had died")
ev("kyiv-dec16-missile-explosions", A, "2022-12-16", "2022-12-16", "2022-12-16", EXP, MISSILE,
   RU, CIV + [""], UA_, KYIV, (), 0,
   evidence="at least three explosions in different districts ... Dniprovskyi and Holosiivskyi districts ... No "
            "casualties were reported there")
ev("kharkiv-city-infrastructure-strikes", A, "2022-12-16", "2022-12-16", "2022-12-16", EXP, MISSILE,
   RU, CIV + [""], UA_, KHARKIV, KHARKIV_CITY, None,
   evidence="three strikes on critical infrastructure in the city (Kharkiv) ... left completely without power")
ev("chuhuiv-district-infrastructure-strike", A, "2022-12-16", "2022-12-16", "2022-12-16", EXP, MISSILE,
   RU, CIV + [""], UA_, KHARKIV, ["Chuhuiv City Council", "Chuhuivskyi", "Chuhuiv", "Chuhuivs'kyi"], None,
   evidence="another infrastructure site was hit in the Chuhuiv district east of the city. There was no immediate "
            "word on casualties")
ev("kyiv-shahed-drones-dec14", A, "2022-12-14", "2022-12-14", "2022-12-14", EXP, ["Air/drone strike"],
   RU, CIV + [""], UA_, KYIV, (), 0,
   evidence="Kyiv was attacked by Iranian-made Shahed drones early on Wednesday ... debris damaged an administrative "
            "building in the central Shevchenkivskyi district. No one was hurt.")
for city, key, adm1 in (("Zaporizhzhia", "zaporizhzhia", ZAP), ("Vinnytsia", "vinnytsia",
                        ["Vinnytsia", "Vinnytska", "Vinnyts'ka"]), ("Poltava", "poltava",
                        ["Poltava", "Poltavska", "Poltavs'ka"])):
    ev(f"{key}-dec16-blasts", A, "2022-12-16", "2022-12-16", "2022-12-16", EXP, MISSILE,
       RU, CIV + [""], UA_, adm1, (), None, req=False,
       evidence=f"Blasts were also reported in Zaporizhzhia, Vinnytsia and Poltava ({city}; no detail)")

# ---------------------------------------------------------------- Kharkiv (Al Jazeera, 2022-08-18, Thu)
A = "ukraine_kharkiv_aljazeera"
ev("kharkiv-saltivskyi-dormitory-iskander", A, "2022-08-17", "2022-08-17", "2022-08-17", EXP, MISSILE,
   RU, CIV, UA_, KHARKIV, KHARKIV_CITY, 7,
   evidence="The first missile, believed to be an Iskander, hit a three-storey residential building in the "
            "northeastern Saltivskyi district at about 9:30pm on Wednesday ... bodies of seven people ... 13")
ev("kharkiv-slobidskyi-tram-depot-dormitory", A, "2022-08-18", "2022-08-18", "2022-08-18", EXP, MISSILE,
   RU, CIV, UA_, KHARKIV, KHARKIV_CITY, 2,
   evidence="Two S-300 missiles hit a tram depot in the Slobidskyi district, partially destroying a four-storey "
            "dormitory ... two people were killed ... prosecutors later put the toll at four")
ev("kharkiv-kholodnohirskyi-house-of-culture", A, "2022-08-18", "2022-08-18", "2022-08-18", EXP, MISSILE,
   RU, CIV + [""], UA_, KHARKIV, KHARKIV_CITY, 0, req=False,
   evidence="Other missiles landed in the Kholodnohirskyi district, where a house of culture was destroyed. No "
            "casualties (same wave; may be folded into the Slobidskyi row)")
ev("krasnohrad-house-missile", A, "2022-08-18", "2022-08-18", "2022-08-18", EXP, MISSILE,
   RU, CIV, UA_, KHARKIV, ["Krasnohradskyi", "Krasnohrad", "Berestynskyi", "Krasnohrads'kyi"], 2,
   evidence="In Krasnohrad, a missile struck a private house at about 4am, killing a man and his wife")

# ---------------------------------------------------------------- Kreminna (Reuters, 2023-02-22, Wed)
A = "ukraine_kreminna_reuters"
ev("kreminna-breakthrough-repelled", A, "2023-02-21", "2023-02-21", "2023-02-21", BAT, ["Armed clash"],
   RU + UAF, UAF + RU, UA_, LUH, ["Sievierodonetskyi", "Sieverodonetskyi", "Kreminskyi", "Kreminna"], None,
   evidence="Russian forces briefly punched through Ukrainian defences near the eastern town of Kreminna on Tuesday "
            "before being driven back")
for vil, key, adm2 in (("Nevske", "nevske", ()), ("Makiivka", "makiivka", ()),
                       ("Novoselivske", "novoselivske", ["Svativskyi", "Svatove", "Svativs'kyi"])):
    ev(f"{key}-shelling-past-day", A, "2023-02-22", "2023-02-21", "2023-02-22", EXP, SHELL,
       RU, CIV + UAF + [""], UA_, LUH, adm2, None,
       evidence=f"Russian forces had shelled the villages of Nevske, Makiivka and Novoselivske ... around the clock "
                f"over the past day ({vil})")
ev("bilohorivka-tank-artillery-air-fire", A, "2023-02-22", "2023-02-15", "2023-02-22", EXP,
   ["Shelling/artillery/missile attack", "Air/drone strike"], RU, UAF + [""], UA_, LUH, (), None, req=False, tp=2,
   evidence="near the village of Bilohorivka ... Russian troops had kept up constant fire from tanks, heavy artillery "
            "and aircraft in recent days")
ev("dibrova-attacks-repelled", A, "2023-02-22", "2023-02-21", "2023-02-22", BAT, ["Armed clash"],
   RU + UAF, UAF + RU, UA_, LUH, (), None,
   evidence="Ukraine's General Staff said in its evening report that its forces had repelled attacks in the Dibrova "
            "area")
ev("kreminna-direction-russian-mod-claim", A, "2023-02-22", "2023-02-21", "2023-02-22", BAT, ["Armed clash"],
   RU + UAF, UAF + RU, UA_, LUH, (), None, req=False,
   evidence="Russia's Defence Ministry said ... its troops had 'improved their tactical position' in the Kreminna "
            "direction and had killed up to 65 Ukrainian servicemen ... over the past 24 hours (unverified claim)")

# ---------------------------------------------------------------- Piatykhatky (The Guardian, 2023-06-19, Mon)
A = "ukraine_piatykhatky_guardian"
ev("piatykhatky-recaptured", A, "2023-06-18", "2023-06-18", "2023-06-19", BAT,
   ["Government regains territory", "Armed clash"], UAF, RU, UA_, ZAP, (), None,
   evidence="Today, 18 June, the forces of the 128th assault brigade chased the Russians out of the village of "
            "Piatykhatky ... Maliar confirmed on Monday")
ev("novodonetske-attack-thwarted", A, "2023-06-19", "2023-06-18", "2023-06-19", BAT, ["Armed clash"],
   UAF + RU, RU + UAF, UA_, DON, (), None,
   evidence="its forces had also thwarted a Ukrainian attempt to capture the village of Novodonetske in the Donetsk "
            "region")
ev("kakhovka-dam-destroyed-piatykhatky", A, "2023-06-06", "2023-06-01", "2023-06-10", EXP,
   ["Remote explosive/landmine/IED", "Shelling/artillery/missile attack"],
   RU + UAF + ["Unidentified Armed Group (Ukraine)"], CIV + [""], UA_, KHERSON,
   ["Kakhovka", "Kakhovskyi", "Nova Kakhovka"], None, req=False, tp=2,
   evidence="days before the destruction of the Kakhovka dam flooded large parts of the Kherson region downstream "
            "(inside the window, no date or perpetrator given)")

DROP = {
    "ukraine_kherson_kyivindependent": ["The Kyiv Independent", "News Feed", "Ukraine", "War", "Business", "Opinion",
                                        "Culture", "Support us", "Read also:",
                                        "Russia shells Kharkiv Oblast, killing two",
                                        "Biden makes surprise visit to Kyiv ahead of war anniversary",
                                        "Share this article", "Facebook", "Twitter", "Telegram", "Copy link"],
    "ukraine_zaporizhzhia_ukrinform": ["Ukrinform", "Ukraine", "War", "Economy", "Society", "Regions", "World",
                                       "Read more:", "Zaporizhzhia NPP again loses connection to backup power line",
                                       "Ukrainian air defense shoots down 13 Shahed drones overnight",
                                       "Photo: National Police of Ukraine"],
    "ukraine_kharkiv_aljazeera": ["Skip to Content", "Al Jazeera", "News", "Russia-Ukraine war", "Features",
                                  "Opinion", "Video", "More", "Related",
                                  "Guterres, Erdogan meet Zelenskyy in Lviv as nuclear plant fears grow",
                                  "Explosions rock Russian ammunition depot in annexed Crimea"],
    "ukraine_piatykhatky_guardian": ["Ukraine war - latest news", "Share", "Explore more on these topics", "Ukraine",
                                     "Russia", "Europe", "Reuse this content"],
}
EITHER = {
    "ukraine_velykyiburluk_reuters": ["By Reuters Staff", "(Reporting by Reuters; Editing by Mark Trevelyan)"],
    "ukraine_kherson_kyivindependent": ["by The Kyiv Independent news desk", "February 21, 2023 6:12 PM",
                                        "3 min read"],
    "ukraine_zaporizhzhia_ukrinform": ["02.03.2023 11:47"],
    "ukraine_chonhar_afp": ["bur-mba/jj"],
    "ukraine_kryvyirih_ap": ["___", "Associated Press writers Hanna Arhirova in Kyiv and Yuras Karmanau in Tallinn, "
                                    "Estonia, contributed."],
    "ukraine_kharkiv_aljazeera": ["18 Aug 2022", "Source: Al Jazeera and news agencies"],
    "ukraine_kreminna_reuters": ["(Reporting by Max Hunder and Olena Harmash; Editing by Timothy Heritage)"],
    "ukraine_piatykhatky_guardian": ["Monday 19 June 2023 10.41 BST"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout271; Ukraine 2022-2023), coded by "
                             "CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
