"""Writes gold.json for the seventh held-out set (hand-coded by CODEBOOK.md before any run).

    python bench/heldout7/make_gold.py
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# --- Burkina Faso: Seytenga (Inata Nov 2021 and Solhan Jun 2021 are background, > 30 days) ---
BF = "Burkina Faso"
IS_BF = ["Unidentified Armed Group (Burkina Faso)", "Islamic State in the Greater Sahara", "ISGS",
         "Islamic State Sahel Province", "Islamic State"]
ev("seytenga-gendarmerie-attack", "burkina_seytenga", "2022-06-09", "2022-06-09", "2022-06-09", BAT,
   ["Armed clash"], IS_BF, ["Military Forces of Burkina Faso", "Police Forces of Burkina Faso"], BF, ["Sahel"],
   ["Seno"], 11, evidence="eleven gendarmes were killed on Thursday in an attack on the gendarmerie post in Seytenga")
ev("seytenga-massacre", "burkina_seytenga", "2022-06-12", "2022-06-11", "2022-06-12", VAC, ["Attack"],
   IS_BF, ["Civilians (Burkina Faso)"], BF, ["Sahel"], ["Seno"], 79,
   evidence="At least 79 people were killed in an attack ... on the village of Seytenga ... night of Saturday to Sunday")

# --- Chad: 20 October 2022 ---
TD = "Chad"
TD_STATE = ["Police Forces of Chad", "Military Forces of Chad"]
ev("ndjamena-riot", "chad_ndjamena", "2022-10-20", "2022-10-20", "2022-10-20", RIO, ["Violent demonstration"],
   ["Rioters (Chad)", "Protesters (Chad)"], TD_STATE + [""], TD, ["N'Djamena"], (), None,
   evidence="In N'Djamena, demonstrators erected barricades, burned tyres and set fire to the headquarters of the "
            "UNDR ... Police fired tear gas and then live ammunition")
ev("ndjamena-excessive-force-alt", "chad_ndjamena", "2022-10-20", "2022-10-20", "2022-10-20", PRO,
   ["Excessive force against protesters"], ["Protesters (Chad)"] + TD_STATE, ["Protesters (Chad)"] + TD_STATE,
   TD, ["N'Djamena"], (), None, req=False,
   evidence="alternative reading of the same N'Djamena event (live fire on demonstrators)")
ev("moundou-riot", "chad_ndjamena", "2022-10-20", "2022-10-20", "2022-10-20", RIO, ["Violent demonstration"],
   ["Rioters (Chad)", "Protesters (Chad)"], TD_STATE + [""], TD, ["Logone Occidental"], ["Lac Wey"], 12,
   evidence="In Moundou ... protesters clashed with the police and ransacked several public buildings ... at least 12")
ev("moundou-excessive-force-alt", "chad_ndjamena", "2022-10-20", "2022-10-20", "2022-10-20", PRO,
   ["Excessive force against protesters"], ["Protesters (Chad)"] + TD_STATE, ["Protesters (Chad)"] + TD_STATE,
   TD, ["Logone Occidental"], ["Lac Wey"], 12, req=False,
   evidence="alternative reading of the same Moundou event")
ev("koumra-teargas", "chad_ndjamena", "2022-10-20", "2022-10-20", "2022-10-20", PRO, ["Protest with intervention"],
   ["Protesters (Chad)"], ["Police Forces of Chad"], TD, ["Mandoul"], (), 0,
   evidence="In Koumra ... several hundred demonstrators marched ... before police dispersed them with tear gas")

# --- Central African Republic: CPC offensive (Dec 2020 events are 20-23 days old: events) ---
CF = "Central African Republic"
CPC = ["CPC", "Coalition of Patriots for Change", "Coalition des Patriotes pour le Changement"]
MINUSCA = ["MINUSCA", "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
           "United Nations"]
FACA = ["Military Forces of Central African Republic"]
ev("bimbo-attack", "car_bangui", "2021-01-13", "2021-01-13", "2021-01-13", BAT, ["Armed clash"], CPC,
   FACA + MINUSCA + ["Military Forces of Rwanda", "Military Forces of Russia", "Wagner Group"], CF,
   ["Ombella-M'Poko"], ["Bimbo"], None,
   evidence="CPC launched simultaneous assaults ... at the PK12 checkpoint ... and in the southwestern suburb of Bimbo")
ev("pk12-attack", "car_bangui", "2021-01-13", "2021-01-13", "2021-01-13", BAT, ["Armed clash"], CPC,
   FACA + MINUSCA + ["Military Forces of Rwanda", "Military Forces of Russia", "Wagner Group"], CF,
   ["Bangui", "Ombella-M'Poko"], (), None, req=False,
   evidence="at the PK12 checkpoint on the northern exit road (second location of the same assault)")
ev("bangassou-captured", "car_bangui", "2021-01-03", "2021-01-03", "2021-01-03", BAT,
   ["Non-state actor overtakes territory"], CPC, MINUSCA + FACA, CF, ["Mbomou"], ["Bangassou"], 0,
   evidence="On Jan. 3, its fighters seized the southeastern town of Bangassou ... after a brief exchange of fire")
ev("bambari-clash", "car_bangui", "2020-12-22", "2020-12-22", "2020-12-22", BAT, ["Armed clash"], CPC,
   MINUSCA + FACA, CF, ["Ouaka"], ["Bambari"], None,
   evidence="On Dec. 22, rebels briefly seized Bambari ... before peacekeepers and soldiers drove them out within hours")
ev("dekoa-peacekeepers-killed", "car_bangui", "2020-12-25", "2020-12-25", "2020-12-25", BAT, ["Armed clash"],
   ["Unidentified Armed Group (Central African Republic)"] + CPC, MINUSCA, CF, ["Kemo"], ["Dekoa"], 3,
   evidence="Three Burundian peacekeepers were killed ... on Dec. 25 when their base at Dekoa ... came under attack")
ev("russia-rwanda-deployment", "car_bangui", "2020-12-21", "2020-12-01", "2020-12-31", STR,
   ["Change to group/activity"], ["Military Forces of Russia", "Military Forces of Rwanda"], FACA + [""], CF,
   [], (), 0, req=False, tp=3,
   evidence="Russia sent 300 military instructors to the country in December ... Rwanda deployed several hundred soldiers")

# --- Mozambique: Palma ---
MZ = "Mozambique"
IS_MZ = ["Islamic State", "Islamic State Mozambique Province", "ISIS-Mozambique", "Al Shabaab",
         "Al Shabaab (Mozambique)", "Ansar al-Sunna", "Islamic State Central Africa Province", "ISCAP",
         "Unidentified Armed Group (Mozambique)"]
ev("palma-overrun", "mozambique_palma", "2021-03-24", "2021-03-24", "2021-03-29", BAT,
   ["Non-state actor overtakes territory"], IS_MZ, ["Military Forces of Mozambique", "Police Forces of Mozambique"],
   MZ, ["Cabo Delgado"], ["Palma"], None, tp=2,
   evidence="The attack began on Wednesday afternoon ... By Sunday, Palma was largely in the hands of the insurgents")
ev("amarula-convoy-ambush", "mozambique_palma", "2021-03-26", "2021-03-26", "2021-03-26", VAC, ["Attack"],
   IS_MZ, ["Civilians (Mozambique)"], MZ, ["Cabo Delgado"], ["Palma"], 7,
   evidence="seven people who died when a convoy trying to break out of the Amarula Palma hotel was ambushed on Friday")

# --- Ethiopia: Dessie / Kombolcha / Mekelle ---
ET = "Ethiopia"
TPLF = ["TPLF", "Tigray People's Liberation Front", "Tigray Defense Forces", "TDF"]
ETF = ["Military Forces of Ethiopia"]
ev("dessie-captured", "ethiopia_dessie", "2021-10-30", "2021-10-30", "2021-10-30", BAT,
   ["Non-state actor overtakes territory"], TPLF, ETF + ["Amhara Special Forces", ""], ET, ["Amhara"], (), None,
   evidence="Getachew Reda said on Saturday that Tigrayan forces had 'taken full control' of Dessie ... Residents ... "
            "confirmed")
ev("kombolcha-captured", "ethiopia_dessie", "2021-10-31", "2021-10-31", "2021-10-31", BAT,
   ["Non-state actor overtakes territory"], TPLF, ETF + ["Amhara Special Forces", ""], ET, ["Amhara"], (), None,
   evidence="A resident of Kombolcha said Tigrayan fighters entered the town on Sunday afternoon after heavy fighting")
ev("kombolcha-executions", "ethiopia_dessie", "2021-11-01", "2021-10-31", "2021-11-01", VAC, ["Attack"], TPLF,
   ["Civilians (Ethiopia)"], ET, ["Amhara"], (), 100, req=False,
   evidence="the government ... accused TPLF fighters of executing more than 100 young people in Kombolcha "
            "(unverified accusation)")
ev("mekelle-strike-oct28", "ethiopia_dessie", "2021-10-28", "2021-10-28", "2021-10-28", EXP, ["Air/drone strike"],
   ETF, TPLF + [""], ET, ["Tigray"], (), None,
   evidence="On Thursday, the air force struck what the government described as a TPLF military training centre")
ev("mekelle-strike-oct18", "ethiopia_dessie", "2021-10-18", "2021-10-18", "2021-10-18", EXP, ["Air/drone strike"],
   ETF, ["Civilians (Ethiopia)"], ET, ["Tigray"], (), 3,
   evidence="On October 18, an air strike on Mekelle killed three children")

# --- Sudan: 17 November 2021 (Krinding Jan/Apr 2021 is background) ---
SD = "Sudan"
SD_ALL = ["Protesters (Sudan)", "Police Forces of Sudan", "Military Forces of Sudan", "Rapid Support Forces", "RSF"]
ev("bahri-shootings", "sudan_khartoum", "2021-11-17", "2021-11-17", "2021-11-17", PRO,
   ["Excessive force against protesters"], SD_ALL, SD_ALL, SD, ["Khartoum"], (), 11,
   evidence="eleven of the victims were shot dead in Khartoum North (Bahri)")
ev("omdurman-shootings", "sudan_khartoum", "2021-11-17", "2021-11-17", "2021-11-17", PRO,
   ["Excessive force against protesters"], SD_ALL, SD_ALL, SD, ["Khartoum"], ["Omdurman"], 3,
   evidence="Three more protesters were killed in Omdurman")
ev("burri-shooting", "sudan_khartoum", "2021-11-17", "2021-11-17", "2021-11-17", PRO,
   ["Excessive force against protesters"], SD_ALL, SD_ALL, SD, ["Khartoum"], ["Khartoum"], 1,
   evidence="and one in the Burri district of Khartoum")
ev("wad-madani-teargas", "sudan_khartoum", "2021-11-17", "2021-11-17", "2021-11-17", PRO,
   ["Protest with intervention"], ["Protesters (Sudan)"], ["Police Forces of Sudan"], SD, ["Al Jazirah", "Gezira"],
   (), 0, evidence="In Wad Madani ... police fired tear gas to disperse several thousand peaceful demonstrators")
ev("coup-arrests", "sudan_khartoum", "2021-10-25", "2021-10-25", "2021-10-25", STR,
   ["Arrests", "Other", "Change to group/activity"], ["Military Forces of Sudan"],
   ["Government of Sudan", "Civilians (Sudan)", ""], SD, ["Khartoum", ""], (), 0, req=False,
   evidence="the military ... seized power on October 25, dissolving the transitional government and detaining "
            "Prime Minister Abdalla Hamdok (24 days old, mentioned as context)")

# --- Pakistan: Peshawar (Bannu CTD siege in December is > 30 days: background) ---
PK = "Pakistan"
TTP = ["Tehreek-e-Taliban Pakistan", "Tehreek-i-Taliban Pakistan", "TTP", "Jamaat-ul-Ahrar", "Jamaatul Ahrar",
       "Unidentified Armed Group (Pakistan)"]
ev("peshawar-police-lines-mosque", "pakistan_peshawar", "2023-01-30", "2023-01-30", "2023-01-30", EXP,
   ["Suicide bomb"], TTP, ["Police Forces of Pakistan", "Civilians (Pakistan)"], PK, ["Khyber Pakhtunkhwa"],
   ["Peshawar"], 100, evidence="The death toll from Monday's suicide bombing in a mosque inside the Police Lines ... "
                               "rose to 100")
ev("sarband-police-station", "pakistan_peshawar", "2023-01-13", "2023-01-13", "2023-01-14", BAT, ["Armed clash"],
   ["Unidentified Armed Group (Pakistan)", "Tehreek-e-Taliban Pakistan", "Tehreek-i-Taliban Pakistan", "TTP"],
   ["Police Forces of Pakistan"], PK, ["Khyber Pakhtunkhwa"], ["Peshawar"], 3,
   evidence="On the night of January 13, DSP Sardar Hussain and two constables were martyred when militants "
            "attacked the Sarband police station")

# --- Ukraine: Lysychansk (Kramatorsk station strike in April is background) ---
UA = "Ukraine"
RU = ["Military Forces of Russia"]
ev("lysychansk-captured", "ukraine_lysychansk", "2022-07-03", "2022-07-02", "2022-07-03", BAT,
   ["Non-state actor overtakes territory"], RU + ["Luhansk People's Republic", "LPR"], ["Military Forces of Ukraine"],
   UA, ["Luhansk"], ["Sievierodonetskyi"], None,
   evidence="Ukraine's General Staff confirmed on the evening of July 3 that Ukrainian troops had withdrawn from "
            "Lysychansk ... Russian troops ... 'established full control'")
ev("sievierodonetsk-captured", "ukraine_lysychansk", "2022-06-25", "2022-06-24", "2022-06-25", BAT,
   ["Non-state actor overtakes territory"], RU + ["Luhansk People's Republic", "LPR"], ["Military Forces of Ukraine"],
   UA, ["Luhansk"], ["Sievierodonetskyi"], None,
   evidence="Russian forces took full control of Sievierodonetsk on June 25")
ev("sloviansk-rocket-fire", "ukraine_lysychansk", "2022-07-03", "2022-07-03", "2022-07-03", EXP,
   ["Shelling/artillery/missile attack"], RU, ["Civilians (Ukraine)"], UA, ["Donetsk"], ["Kramatorskyi"], 6,
   evidence="Sloviansk came under heavy Russian rocket fire on July 3. At least six people ... were killed")
ev("belgorod-explosions", "ukraine_lysychansk", "2022-07-03", "2022-07-03", "2022-07-03", EXP,
   ["Shelling/artillery/missile attack"], ["Military Forces of Ukraine", "Unidentified Armed Group (Russia)"],
   ["Civilians (Russia)"], "Russia", ["Belgorod", "Belgorod Oblast", "Belgorodskaya Oblast'"], (), 4, req=False,
   evidence="in the Russian city of Belgorod ... four people were killed in explosions early on July 3")

arts = sorted(p.stem for p in HERE.glob("*.txt"))
gold = {"corpus": "heldout7",
        "note": "8 hand-written held-out articles (bench/heldout7), coded by CODEBOOK.md before the system was run.",
        "articles": [{"id": a, "published": json.loads((HERE / f"{a}.json").read_text())["published"],
                      "drop_lines": [], "either_lines": []} for a in arts],
        "events": E}
(HERE / "gold.json").write_text(json.dumps(gold, indent=1) + "\n")
print(len(E), "events", sum(e["required"] for e in E), "required")
