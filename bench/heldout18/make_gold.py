"""Writes gold.json for the eighteenth held-out set (hand-coded by CODEBOOK.md before any run).

    python bench/heldout18/make_gold.py
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# --- Mali, AFP, published 2019-11-02 -------------------------------------------------------------
ML = "Mali"
IS_ML = ["Islamic State", "Islamic State Sahel", "Islamic State in the Greater Sahara", "ISGS",
         "Islamic State West Africa Province", "Unidentified Armed Group (Mali)"]
ev("indelimane-post-attack", "mali_indelimane_afp", "2019-11-01", "2019-11-01", "2019-11-01", BAT,
   ["Armed clash", "Non-state actor overtakes territory"], IS_ML, ["Military Forces of Mali"], ML,
   ["Gao", "Menaka"], (), 54,
   evidence="The attack on Friday targeted the post at Indelimane in the Menaka region ... 54 dead, including "
            "53 soldiers and one civilian")
ev("menaka-french-ied", "mali_indelimane_afp", "2019-11-02", "2019-11-02", "2019-11-02", EXP,
   ["Remote explosive/landmine/IED"], IS_ML, ["Military Forces of France", "Operation Barkhane"], ML,
   ["Gao", "Menaka"], (), 1,
   evidence="On Saturday, a French soldier was killed when his armoured vehicle was hit by a roadside bomb near "
            "the town of Menaka")
# Boulkessi/Mondoro (30 Sep, 33 days before publication, 38 dead): background, no row.
# Soldiers' relatives protests in Bamako and Sevare "since" (i.e. within the last month): undated, optional.
ev("bamako-relatives-protest", "mali_indelimane_afp", "2019-11-02", "2019-09-30", "2019-11-02", PRO,
   ["Peaceful protest"], ["Protesters (Mali)"], [""], ML, ["Bamako"], (), 0, req=False, tp=3,
   evidence="Relatives of soldiers have since protested in Bamako and in the garrison town of Sevare")
ev("sevare-relatives-protest", "mali_indelimane_afp", "2019-11-02", "2019-09-30", "2019-11-02", PRO,
   ["Peaceful protest"], ["Protesters (Mali)"], [""], ML, ["Mopti"], (), 0, req=False, tp=3,
   evidence="Relatives of soldiers have since protested in Bamako and in the garrison town of Sevare")

# --- Niger, AFP (France 24 page, boilerplate), published 2020-08-10 -----------------------------------
NE = "Niger"
ev("koure-aid-workers-killed", "niger_koure_afp", "2020-08-09", "2020-08-09", "2020-08-09", VAC, ["Attack"],
   ["Unidentified Armed Group (Niger)", "Islamic State", "Islamic State in the Greater Sahara", "ISGS",
    "Islamic State Sahel"], ["Civilians (Niger)", "Civilians (France)"], NE, ["Tillaberi"], ["Kollo"], 8,
   evidence="Gunmen on motorbikes killed six French aid workers, their Nigerien guide and their driver on Sunday "
            "in ... the Koure giraffe reserve (retold in body and closing paragraph)")
# Inates (Dec 2019, 71) and Chinagodrar (Jan 2020, 89): background with tolls, no rows.

# --- Chad, Al Jazeera (boilerplate), published 2024-10-28 -----------------------------------------------
TD = "Chad"
ev("barkaram-base-attack", "chad_barkaram_aljazeera", "2024-10-27", "2024-10-27", "2024-10-28", BAT,
   ["Armed clash"], ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS",
                     "Islamic State West Africa Province", "Unidentified Armed Group (Chad)"],
   ["Military Forces of Chad"], TD, ["Lac"], (), 40,
   evidence="the army post at Barkaram, an island in the Lake Chad basin, late on Sunday night ... the loss of "
            "some forty men")
ev("haskanite-launched", "chad_barkaram_aljazeera", "2024-10-28", "2024-10-28", "2024-10-28", STR,
   ["Change to group/activity"], ["Military Forces of Chad"], ["", "Boko Haram"], TD, ["Lac"], (), 0,
   req=False, evidence="Deby travelled to the area on Monday and announced a military operation ... Haskanite")
# Bohoma (March 2020, ~100 soldiers): background with toll, no row. MNJTF withdrawal: threat, no row.

# --- South Sudan, AP, published 2016-07-10 (Sunday) --------------------------------------------------
SS = "South Sudan"
SPLA = ["Military Forces of South Sudan", "SPLA", "Sudan People's Liberation Army"]
IO = ["SPLM/A-IO", "SPLA-IO", "SPLM-IO", "Sudan People's Liberation Movement/Army-In Opposition",
      "Sudan People's Liberation Army-In Opposition", "Sudan People's Liberation Movement-In Opposition"]
ev("juba-jebel-fighting", "southsudan_juba_ap", "2016-07-10", "2016-07-10", "2016-07-10", BAT, ["Armed clash"],
   SPLA + IO, IO + SPLA, SS, ["Central Equatoria"], ["Juba"], None,
   evidence="Heavy fighting erupted again in South Sudan's capital on Sunday ... Jebel and Gudele ... a shell struck "
            "the U.N. compound, killing a Chinese peacekeeper; 'not clear how many people were killed'")
ev("juba-j1-gunbattle", "southsudan_juba_ap", "2016-07-08", "2016-07-08", "2016-07-08", BAT, ["Armed clash"],
   SPLA + IO, IO + SPLA, SS, ["Central Equatoria"], ["Juba"], 100,
   evidence="two days after a gunbattle outside the presidential palace, known as J1 ... More than 100 soldiers "
            "were killed in Friday's fighting")
ev("gudele-checkpoint-shooting", "southsudan_juba_ap", "2016-07-07", "2016-07-07", "2016-07-08", BAT,
   ["Armed clash"], IO + SPLA, SPLA + IO, SS, ["Central Equatoria"], ["Juba"], 5,
   evidence="a shooting late Thursday at a checkpoint in Gudele, where five government soldiers were killed in a "
            "confrontation with troops loyal to Machar")
ev("un-compound-shell", "southsudan_juba_ap", "2016-07-10", "2016-07-10", "2016-07-10", EXP,
   ["Shelling/artillery/missile attack"], SPLA + IO + ["Unidentified Armed Group (South Sudan)"],
   ["UNMISS", "United Nations Mission in South Sudan", "Military Forces of China"], SS, ["Central Equatoria"],
   ["Juba"], 1, req=False,
   evidence="A shell struck the U.N. compound in the Jebel area, killing a Chinese peacekeeper")

# --- Libya, Reuters, published 2018-09-02 (Sunday) ----------------------------------------------------
LY = "Libya"
SEVENTH = ["Seventh Brigade", "7th Brigade", "Kaniyat", "Al-Kaniyat", "Kaniyat Militia"]
TRIPOLI_BDES = ["Tripoli Revolutionaries Brigade", "TRB", "Nawasi Brigade", "Military Forces of Libya",
                "Government of National Accord"]
ev("tripoli-southern-clashes", "libya_tripoli_reuters", "2018-09-02", "2018-08-26", "2018-09-02", BAT,
   ["Armed clash"], SEVENTH + TRIPOLI_BDES, TRIPOLI_BDES + SEVENTH, LY, ["Tripoli"], (), 47, tp=2,
   evidence="a week of clashes between rival armed groups that have killed at least 47 people ... Fighting broke "
            "out on Aug. 26 ... heavy shelling continued on Sunday")
ev("mitiga-rockets", "libya_tripoli_reuters", "2018-08-31", "2018-08-31", "2018-08-31", EXP,
   ["Shelling/artillery/missile attack"], ["Unidentified Armed Group (Libya)"] + SEVENTH,
   ["", "Civilians (Libya)"], LY, ["Tripoli"], (), 0,
   evidence="On Friday, Tripoli's only functioning airport, Mitiga, was closed ... after rockets landed nearby. "
            "No one was hurt")
ev("ain-zara-prison-break", "libya_tripoli_reuters", "2018-09-02", "2018-09-02", "2018-09-02", STR, ["Other"],
   ["Prisoners (Libya)", "Civilians (Libya)", "Rioters (Libya)"], ["", "Police Forces of Libya"], LY,
   ["Tripoli"], (), 0, req=False,
   evidence="On Sunday, about 400 inmates escaped from the Ain Zara prison during the fighting after guards fled")

# --- Lebanon, AP, published 2021-10-14 ----------------------------------------------------------------
LB = "Lebanon"
LB_SIDES = ["Unidentified Armed Group (Lebanon)", "Lebanese Forces", "Hezbollah", "Amal Movement", "Amal",
            "Hezbollah and Amal supporters"]
ev("tayouneh-gunbattles", "lebanon_tayouneh_ap", "2021-10-14", "2021-10-14", "2021-10-14", BAT, ["Armed clash"],
   LB_SIDES, LB_SIDES + [""], LB, ["Beyrouth", "Mont-Liban"], (), 6,
   evidence="Gunmen opened fire Thursday on supporters of ... Hezbollah ... sparking hours of gunbattles ... that "
            "killed six people ... at the Tayouneh traffic circle")
ev("tayouneh-protest", "lebanon_tayouneh_ap", "2021-10-14", "2021-10-14", "2021-10-14", PRO,
   ["Peaceful protest", "Protest with intervention"], ["Protesters (Lebanon)", "Hezbollah", "Amal Movement"],
   [""], LB, ["Beyrouth", "Mont-Liban"], (), 0, req=False,
   evidence="hundreds of Hezbollah and Amal supporters gathered for the march to the Justice Palace ... to demand the "
            "removal of Judge Tarek Bitar")
ev("tayouneh-arrests", "lebanon_tayouneh_ap", "2021-10-14", "2021-10-14", "2021-10-14", STR, ["Arrests"],
   ["Military Forces of Lebanon"], ["Unidentified Armed Group (Lebanon)", "Civilians (Lebanon)", ""], LB,
   ["Beyrouth", "Mont-Liban"], (), 0, req=False,
   evidence="The army said late Thursday that it had arrested nine people, including a Syrian national")
# Port blast (Aug 2020, 215) and Khaldeh funeral shooting (August 2021, 5): background, no rows.

# --- Pakistan, Dawn (boilerplate), published 2016-08-09 ------------------------------------------------
PK = "Pakistan"
JUA = ["Jamaatul Ahrar", "Jamaat-ul-Ahrar", "Tehreek-i-Taliban Pakistan", "Tehreek-e-Taliban Pakistan", "TTP",
       "Unidentified Armed Group (Pakistan)"]
ev("kasi-shot-dead", "pakistan_quetta_dawn", "2016-08-08", "2016-08-08", "2016-08-08", VAC, ["Attack"],
   JUA, ["Civilians (Pakistan)", "Lawyers (Pakistan)"], PK, ["Balochistan"], ["Quetta"], 1,
   evidence="Balochistan Bar Association president Bilal Anwar Kasi ... unidentified gunmen riding a motorcycle "
            "opened fire on him on Manno Jan Road")
ev("civil-hospital-suicide-bombing", "pakistan_quetta_dawn", "2016-08-08", "2016-08-08", "2016-08-08", EXP,
   ["Suicide bomb"], JUA + ["Islamic State"], ["Civilians (Pakistan)", "Lawyers (Pakistan)"], PK,
   ["Balochistan"], ["Quetta"], 70,
   evidence="At least 70 people, most of them lawyers, were killed ... when a suicide bomber blew himself up ... at "
            "the Civil Hospital")
# Achakzai killing (June 2016): background, no row. Court boycott / mourning: not events.

# --- Iraq, AFP (France 24 page, boilerplate), published 2019-11-28 --------------------------------------
IQ = "Iraq"
IQ_SF = ["Military Forces of Iraq", "Police Forces of Iraq"]
ev("najaf-consulate-torched", "iraq_nasiriyah_afp", "2019-11-27", "2019-11-27", "2019-11-27", RIO,
   ["Violent demonstration"], ["Rioters (Iraq)", "Protesters (Iraq)"], ["", "Government of Iran",
                                                                       "Civilians (Iran)"], IQ,
   ["An Najaf"], ["Najaf", "Kufa"], 0,
   evidence="Protesters stormed and set fire to the Iranian consulate in Najaf late Wednesday")
ev("nasiriyah-crackdown", "iraq_nasiriyah_afp", "2019-11-28", "2019-11-28", "2019-11-28", PRO,
   ["Excessive force against protesters"], IQ_SF, ["Protesters (Iraq)"], IQ, ["Dhi Qar"],
   ["Nassriya", "Nasiriyah"], 25,
   evidence="on Thursday security forces opened fire on demonstrators in the southern city of Nasiriyah, killing "
            "at least 25 people")
ev("najaf-shrine-shooting", "iraq_nasiriyah_afp", "2019-11-28", "2019-11-28", "2019-11-28", VAC, ["Attack"],
   ["Unidentified Armed Group (Iraq)"], ["Protesters (Iraq)", "Civilians (Iraq)"], IQ, ["An Najaf"],
   ["Najaf", "Kufa"], 4,
   evidence="In Najaf, four protesters were shot dead on Thursday near a shrine when men in civilian clothes opened "
            "fire on crowds")
ev("baghdad-ahrar-bridge", "iraq_nasiriyah_afp", "2019-11-28", "2019-11-28", "2019-11-28", PRO,
   ["Excessive force against protesters"], IQ_SF, ["Protesters (Iraq)"], IQ, ["Baghdad"],
   ["Al Rusafa", "Baghdad", "Al Karkh"], 4,
   evidence="In Baghdad, four demonstrators were killed ... as security forces fired live rounds and tear gas "
            "canisters at protesters near the Ahrar bridge")
ev("diwaniyah-mourning-march", "iraq_nasiriyah_afp", "2019-11-28", "2019-11-28", "2019-11-28", PRO,
   ["Peaceful protest"], ["Protesters (Iraq)"], [""], IQ, ["Al-Qadisiyyah"], ["Qada Diwaniya", "Diwaniyah"], 0,
   evidence="thousands marched peacefully through the streets of Diwaniyah to mourn the victims")
ev("karbala-consulate-burned", "iraq_nasiriyah_afp", "2019-11-28", "2019-11-01", "2019-11-28", RIO,
   ["Violent demonstration"], ["Rioters (Iraq)", "Protesters (Iraq)"], ["", "Government of Iran"], IQ,
   ["Karbala'", "Karbala"], (), 0, req=False, tp=3,
   evidence="Demonstrators burned the Iranian consulate in the holy city of Karbala earlier this month")
ev("dhiqar-crisis-cell", "iraq_nasiriyah_afp", "2019-11-28", "2019-11-28", "2019-11-28", STR,
   ["Change to group/activity"], IQ_SF, [""], IQ, ["Dhi Qar", ""], (), 0, req=False,
   evidence="ordered the creation of military 'crisis cells' ... The commander sent to Dhi Qar ... was removed")
# "More than 350 killed since October 1": nationwide aggregate over ~2 months -> not coded.

# --- DR Congo, Reuters, published 2023-01-16 ---------------------------------------------------------
CD = "Democratic Republic of the Congo"
ADF = ["ADF", "Allied Democratic Forces", "Islamic State", "Islamic State Central Africa Province", "ISCAP"]
FARDC = ["Military Forces of Democratic Republic of the Congo", "Military Forces of the Democratic Republic of the Congo",
         "Military Forces of Democratic Republic of Congo", "FARDC"]
ev("kasindi-church-bombing", "drc_kasindi_reuters", "2023-01-15", "2023-01-15", "2023-01-15", EXP,
   ["Remote explosive/landmine/IED"], ADF, ["Civilians (Democratic Republic of the Congo)",
                                            "Civilians (Democratic Republic of Congo)"], CD,
   ["North Kivu", "Nord-Kivu"], ["Beni"], 14,
   evidence="A bomb exploded during a Sunday service at a Pentecostal church in the town of Kasindi ... killing at "
            "least 14 people (toll told in stages: five, 10, 14)")
ev("kasindi-kenyan-arrested", "drc_kasindi_reuters", "2023-01-15", "2023-01-15", "2023-01-16", STR, ["Arrests"],
   FARDC, ["Civilians (Kenya)", "ADF", ""], CD, ["North Kivu", "Nord-Kivu"], ["Beni"], 0, req=False,
   evidence="a Kenyan national had been arrested at the scene in connection with the attack")
# Beni church (June 2021) and restaurant (Dec 2021, 6) bombings: background, no rows.

# --- Ukraine, Kyiv Post (boilerplate), published 2021-03-27 ------------------------------------------
UA = "Ukraine"
DPR = ["Donetsk People's Republic", "DPR", "DNR", "Russia-backed separatists", "Russian-backed forces",
       "Unidentified Armed Group (Ukraine)", "Military Forces of Russia"]
ev("shumy-mortar-attack", "ukraine_shumy_kyivpost", "2021-03-26", "2021-03-26", "2021-03-26", EXP,
   ["Shelling/artillery/missile attack"], DPR, ["Military Forces of Ukraine"], UA, ["Donetsk"],
   ["Bakhmut", "Toretsk"], 4,
   evidence="the soldiers were killed by mortar fire near the village of Shumy, north of Horlivka, in Donetsk Oblast")
ev("avdiivka-sniper", "ukraine_shumy_kyivpost", "2021-03-26", "2021-03-26", "2021-03-26", BAT, ["Armed clash"],
   DPR, ["Military Forces of Ukraine"], UA, ["Donetsk"], ["Pokrovsk"], 0,
   evidence="Enemy mortar fire killed four servicemen near Shumy and a sniper wounded another soldier near Avdiivka "
            "on Friday")
ev("horlivka-claimed-shelling", "ukraine_shumy_kyivpost", "2021-03-26", "2021-03-26", "2021-03-26", EXP,
   ["Shelling/artillery/missile attack"], ["Military Forces of Ukraine"], ["Civilians (Ukraine)", ""], UA,
   ["Donetsk"], ["Horlivskyi"], 0, req=False,
   evidence="the so-called 'Donetsk People's Republic' claimed that Ukrainian troops had shelled the outskirts of "
            "Horlivka on Friday, damaging two houses")
# Debaltseve (Feb 2015) and 14,000 dead since 2014: background, no rows.

arts = sorted(p.stem for p in HERE.glob("*.txt"))
gold = {"corpus": "heldout18",
        "note": "10 hand-written held-out articles (bench/heldout18), coded by CODEBOOK.md before the system was run.",
        "articles": [{"id": a, "published": json.loads((HERE / f"{a}.json").read_text())["published"],
                      "drop_lines": [], "either_lines": []} for a in arts],
        "events": E}
(HERE / "gold.json").write_text(json.dumps(gold, indent=1) + "\n")
print(len(E), "events", sum(e["required"] for e in E), "required")
