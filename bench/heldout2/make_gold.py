"""Writes gold.json for the second held-out set (hand-coded by CODEBOOK.md before any run).

    python bench/heldout2/make_gold.py
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, VAC, ev  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

MZ = "Mozambique"
IS_MZ = ["Islamic State", "Islamic State Mozambique Province", "Unidentified Armed Group (Mozambique)"]
ev("macomia-captured", "mozambique_macomia", "2024-05-10", "2024-05-10", "2024-05-10", BAT,
   ["Non-state actor overtakes territory"], IS_MZ, ["Military Forces of Mozambique"], MZ, ["Cabo Delgado"],
   ["Macomia"], 6, evidence="insurgents seized the town of Macomia ... on Friday after several hours of fighting")
ev("chai-roadside-bomb", "mozambique_macomia", "2024-05-12", "2024-05-12", "2024-05-12", EXP,
   ["Remote explosive/landmine/IED"], IS_MZ, ["Civilians (Mozambique)"], MZ, ["Cabo Delgado"],
   ["Macomia"], 2, evidence="On Sunday a roadside bomb exploded under a motorcycle near the village of Chai")

CM = "Cameroon"
AMB = ["Ambazonia Defence Forces", "ADF", "Ambazonian Separatists", "Unidentified Armed Group (Cameroon)"]
ev("egbekaw-massacre", "cameroon_southwest", "2023-11-07", "2023-11-06", "2023-11-07", VAC, ["Attack"],
   AMB, ["Civilians (Cameroon)"], CM, ["South-West"], ["Manyu"], 23,
   evidence="Twenty-three people ... were killed overnight when armed separatists raided the village of Egbekaw")
ev("kumbo-priest-kidnap", "cameroon_southwest", "2023-11-05", "2023-11-05", "2023-11-05", VAC,
   ["Abduction/forced disappearance"], AMB, ["Civilians (Cameroon)"], CM, ["North-West"], ["Bui"], 0,
   evidence="suspected separatists kidnapped a Catholic priest and two seminarians in Kumbo on Sunday")

CF = "Central African Republic"
ev("bria-peacekeeper-ambush", "car_bria", "2024-03-18", "2024-03-18", "2024-03-18", BAT, ["Armed clash"],
   ["FPRC", "Popular Front for the Renaissance of Central Africa"],
   ["MINUSCA", "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic"],
   CF, ["Haute-Kotto"], ["Bria"], 3,
   evidence="A peacekeeper ... was killed ... when their patrol was ambushed by armed men near Bria on Monday")
ev("ndele-retaken", "car_bria", "2024-03-17", "2024-03-11", "2024-03-17", BAT, ["Government regains territory"],
   ["Military Forces of Central African Republic"],
   ["CPC", "Coalition of Patriots for Change"], CF, ["Bamingui-Bangoran"], ["Ndele"], None, tp=2,
   evidence="Last week, Central African soldiers ... retook the town of Ndele from rebels")

LY = "Libya"
ev("tripoli-factions-clash", "libya_tripoli", "2023-08-15", "2023-08-14", "2023-08-15", BAT, ["Armed clash"],
   ["444 Brigade", "Special Deterrence Force", "Rada"], ["Special Deterrence Force", "Rada", "444 Brigade"],
   LY, ["Tripoli"], (), 55, evidence="The clashes between the 444 Brigade and the Special Deterrence Force")
ev("zawiya-councillor-abducted", "libya_tripoli", "2023-08-15", "2023-08-15", "2023-08-15", VAC,
   ["Abduction/forced disappearance"], ["Unidentified Armed Group (Libya)"], ["Civilians (Libya)"], LY,
   ["Zawiya"], (), 0, evidence="gunmen abducted a municipal council member in Zawiya ... on Tuesday evening")

PK = "Pakistan"
ev("mir-ali-suicide-attack", "pakistan_kp", "2024-03-16", "2024-03-16", "2024-03-16", EXP, ["Suicide bomb"],
   ["Jaish-e-Fursan-i-Muhammad", "Tehreek-e-Taliban Pakistan", "TTP", "Unidentified Armed Group (Pakistan)"],
   ["Military Forces of Pakistan"], PK, ["Khyber Pakhtunkhwa"], (), 13,
   evidence="Seven soldiers ... were martyred when a group of militants attacked a security forces post ... Mir Ali")
ev("lakki-marwat-ied", "pakistan_kp", "2024-03-15", "2024-03-15", "2024-03-15", EXP,
   ["Remote explosive/landmine/IED"], ["Unidentified Armed Group (Pakistan)", "TTP", "Tehreek-e-Taliban Pakistan"],
   ["Police Forces of Pakistan"], PK, ["Khyber Pakhtunkhwa"], ["Lakki Marwat"], 2,
   evidence="two policemen were killed ... when a roadside bomb hit their vehicle in Lakki Marwat district")

IN = "India"
ev("moreh-gunfight", "india_manipur", "2024-01-17", "2024-01-17", "2024-01-17", BAT, ["Armed clash"],
   ["Unidentified Armed Group (India)"], ["Police Forces of India"], IN, ["Manipur"], ["Tengnoupal"], 2,
   evidence="Two Manipur police commandos were killed ... in a gunfight with suspected militants at Moreh")
ev("imphal-mob-arson", "india_manipur", "2024-01-17", "2024-01-17", "2024-01-18", RIO, ["Mob violence"],
   ["Rioters (India)"], ["Civilians (India)", ""], IN, ["Manipur"], ["Imphal East", "Imphal West"], 0,
   evidence="a mob set fire to two vacant houses and a vehicle in Imphal")

PS, IL = "Palestine", "Military Forces of Israel"
ev("nur-shams-drone-strike", "westbank_tulkarm", "2024-08-28", "2024-08-28", "2024-08-28", EXP,
   ["Air/drone strike"], [IL], ["Civilians (Palestine)", "Unidentified Armed Group (Palestine)", ""], PS,
   ["West Bank"], ["Tulkarm"], 5, evidence="Five of them were killed when an Israeli drone struck ... Nur Shams")
ev("jenin-clash", "westbank_tulkarm", "2024-08-28", "2024-08-28", "2024-08-28", BAT, ["Armed clash"],
   [IL], ["Jenin Brigade", "Unidentified Armed Group (Palestine)"], PS, ["West Bank"], ["Jenin"], 2,
   evidence="In Jenin, Israeli troops ... clashed with Palestinian fighters of the Jenin Brigade")
ev("tammun-shooting", "westbank_tulkarm", "2024-08-28", "2024-08-28", "2024-08-28", VAC, ["Attack"],
   [IL], ["Civilians (Palestine)"], PS, ["West Bank"], ["Tubas"], 2, req=False,
   evidence="Two more Palestinians were shot dead in the village of Tammun near Tubas")

LB = "Lebanon"
ev("jouaiya-strike", "lebanon_hezbollah", "2024-06-11", "2024-06-11", "2024-06-12", EXP, ["Air/drone strike"],
   [IL], ["Hezbollah"], LB, ["South"], (), 4,
   evidence="an Israeli strike on a house in southern Lebanon killed ... on the village of Jouaiya ... on Tuesday night")
ev("hezbollah-rockets-safed", "lebanon_hezbollah", "2024-06-12", "2024-06-12", "2024-06-12", EXP,
   ["Shelling/artillery/missile attack"], ["Hezbollah"], [IL, ""], "Israel", ["Northern"], (), 0,
   evidence="Hezbollah fired scores of rockets at northern Israel on Wednesday ... near Safed")

HT = "Haiti"
ev("port-au-prince-prison-attack", "haiti_prison", "2024-03-03", "2024-03-02", "2024-03-03", BAT,
   ["Armed clash", "Non-state actor overtakes territory"],
   ["G9 and Family", "Viv Ansanm", "Gangs (Haiti)", "Unidentified Armed Group (Haiti)", "Unidentified Gang (Haiti)"],
   ["Police Forces of Haiti"], HT, ["Ouest"], (), 12,
   evidence="Armed gangs attacked Haiti's largest prison in Port-au-Prince overnight ... At least 12 people were killed")

GE = "Georgia"
ev("tbilisi-riot", "georgia_protest", "2024-12-01", "2024-11-30", "2024-12-01", RIO, ["Violent demonstration"],
   ["Rioters (Georgia)", "Protesters (Georgia)"], ["Police Forces of Georgia"], GE, ["Tbilisi"], (), 0,
   evidence="riot police used water cannon ... Protesters threw fireworks and stones at police lines")
ev("batumi-march", "georgia_protest", "2024-11-30", "2024-11-30", "2024-11-30", PRO, ["Peaceful protest"],
   ["Protesters (Georgia)"], [""], GE, ["Adjara"], (), 0,
   evidence="On Saturday, several thousand people also marched peacefully through the centre of Batumi")

arts = sorted(p.stem for p in HERE.glob("*.txt"))
gold = {"corpus": "heldout2",
        "note": "10 hand-written held-out articles (bench/heldout2), coded by CODEBOOK.md before the system was run.",
        "articles": [{"id": a, "published": json.loads((HERE / f"{a}.json").read_text())["published"],
                      "drop_lines": [], "either_lines": []} for a in arts],
        "events": E}
(HERE / "gold.json").write_text(json.dumps(gold, indent=1) + "\n")
print(len(E), "events")
