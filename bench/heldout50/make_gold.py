"""Writes gold.json for the fiftieth held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout50/make_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# --- Nigeria: ISWAP vs JAS near Kirta Wulgo; Bama abduction (HumAngle, 2023-04-06, Thursday) ---
NG = "Nigeria"
JAS = ["Boko Haram", "JAS", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad",
       "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Bakura faction"]
ISWAP = ["Islamic State West Africa Province", "ISWAP", "Islamic State"]
ev("kirta-wulgo-iswap-jas-clash", "nigeria_iswap_jas_humangle", "2023-04-03", "2023-04-03", "2023-04-03", BAT,
   ["Armed clash"], JAS + ISWAP, ISWAP + JAS, NG, ["Borno"], ["Monguno", "Marte", "Kukawa", "Abadam", "Guzamala"],
   30, evidence="At least thirty fighters of ... (JAS) ... were killed on Monday when they clashed with ... (ISWAP) "
                "around Kirta Wulgo")
ev("bama-firewood-abduction", "nigeria_iswap_jas_humangle", "2023-04-04", "2023-04-04", "2023-04-04", VAC,
   ["Abduction/forced disappearance"], JAS + ["Unidentified Armed Group (Nigeria)", "ISWAP",
                                              "Islamic State West Africa Province"],
   ["Civilians (Nigeria)"], NG, ["Borno"], ["Bama"], 0,
   evidence="on Tuesday, suspected Boko Haram insurgents abducted eleven firewood collectors outside Bama town")
# not events: Shekau's death in May 2021 (background), Zulum's resettlement pledge / call on the military.

# --- Mali: Islamic State vs JNIM at Talataye (AFP, 2022-09-08, Thursday) ---
ML = "Mali"
IS_SAHEL = ["Islamic State Sahel Province", "Islamic State", "Islamic State in the Greater Sahara", "ISGS",
            "Islamic State in the Sahel"]
JNIM = ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Group to Support Islam and Muslims",
        "Group for the Support of Islam and Muslims"]
ev("talataye-is-jnim-clash", "mali_talataye_afp", "2022-09-06", "2022-09-06", "2022-09-06", BAT,
   ["Armed clash", "Non-state actor overtakes territory"], IS_SAHEL + JNIM, JNIM + IS_SAHEL, ML, ["Gao", "Menaka"],
   ["Ansongo"], None,
   evidence="fighters of the Islamic State group attacked the town of Talataye ... and battled rival jihadists linked "
            "to Al-Qaeda ... on Tuesday afternoon")
ev("talataye-civilians-killed", "mali_talataye_afp", "2022-09-06", "2022-09-06", "2022-09-07", VAC, ["Attack"],
   IS_SAHEL, ["Civilians (Mali)"], ML, ["Gao", "Menaka"], ["Ansongo"], 30,
   evidence="they went from house to house and killed civilians ... at least 30 civilians had been killed, while "
            "another local source put the toll at 42")
ev("talataye-houses-burned", "mali_talataye_afp", "2022-09-06", "2022-09-06", "2022-09-07", STR,
   ["Looting/property destruction"], IS_SAHEL, ["Civilians (Mali)", ""], ML, ["Gao", "Menaka"], ["Ansongo"], 0,
   req=False, evidence="Part of the market and dozens of houses were set ablaze, residents said")
ev("msa-mobilised-talataye", "mali_talataye_afp", "2022-09-08", "2022-09-06", "2022-09-08", STR,
   ["Change to group/activity"], ["MSA", "Movement for the Salvation of Azawad", "CSP",
                                  "Permanent Strategic Framework"], [""], ML, ["Gao", "Menaka"], (), 0, req=False,
   tp=2, evidence="some of its members from the Movement for the Salvation of Azawad (MSA) had been mobilised to "
                  "protect displaced people from Talataye who fled towards Ansongo and Menaka")
ev("french-last-troops-leave", "mali_talataye_afp", "2022-08-15", "2022-08-11", "2022-08-20", STR,
   ["Change to group/activity", "Other"], ["Military Forces of France"], [""], ML, ["", "Gao"], (), 0, req=False,
   tp=2, evidence="pushed out French troops, the last of whom left Mali in mid-August")
# not events: army's "vast operation" (plan), IS massacres in Menaka since March (background), 2012 / 2015 / 2020.

# --- Burkina Faso: Tin-Akoff ambush; Arbinda-Gorgadji IED (Reuters, 2020-11-12, Thursday) ---
BF = "Burkina Faso"
UNK_BF = ["Unidentified Armed Group (Burkina Faso)", "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin"] + IS_SAHEL
ev("tin-akoff-ambush", "burkina_tinakoff_reuters", "2020-11-11", "2020-11-11", "2020-11-11", BAT, ["Armed clash"],
   UNK_BF, ["Military Forces of Burkina Faso"], BF, ["Sahel"], ["Oudalan"], 10,
   evidence="Between 10 and 15 Burkina Faso soldiers were killed on Wednesday when suspected Islamist militants "
            "ambushed their patrol near the village of Tin-Akoff")
ev("arbinda-gorgadji-ied", "burkina_tinakoff_reuters", "2020-11-09", "2020-11-09", "2020-11-09", EXP,
   ["Remote explosive/landmine/IED"], UNK_BF, ["Civilians (Burkina Faso)"], BF, ["Sahel"], ["Soum", "Seno"], 2,
   evidence="On Monday, two civilians were killed when their minibus struck a roadside bomb on the road between "
            "Arbinda and Gorgadji in Soum province")
# not events: Nov 22 elections, Kabore's promise, VDP created in January, Koutougou Aug 2019 (background).

# --- Niger: army air strike near Tamou; Makalondi IED (ActuNiger, 2022-12-03, Saturday) ---
NE = "Niger"
UNK_NE = ["Unidentified Armed Group (Niger)", "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin"]
ev("tamou-air-strike", "niger_tamou_actuniger", "2022-11-29", "2022-11-29", "2022-11-29", EXP, ["Air/drone strike"],
   ["Military Forces of Niger"], UNK_NE, NE, ["Tillaberi"], ["Say"], 20,
   evidence="the Niger Air Force struck a group of armed terrorists on Tuesday, November 29 ... south of Tamou ... "
            "neutralise about twenty terrorists")
ev("makalondi-ied", "niger_tamou_actuniger", "2022-11-30", "2022-11-30", "2022-11-30", EXP,
   ["Remote explosive/landmine/IED"], UNK_NE, ["Military Forces of Niger"], NE, ["Tillaberi"], ["Say", "Torodi"], 2,
   evidence="on Wednesday, November 30, a unit of the Almahaou operation hit an improvised explosive device about ten "
            "kilometres from Makalondi ... Two soldiers were killed")
# not events: 14 suspects arrested in Tillaberi and Tahoua (not notable, undated, two regions), "operations will
# continue", Tchoma Bangou / Zaroumadareye Jan 2021 (background).

# --- Chad: Kaiga looted and burned; Ngouboua fishermen killed (Alwihda Info, 2022-09-15, Thursday) ---
TD = "Chad"
BH_TD = ["Boko Haram", "JAS", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "Unidentified Armed Group (Chad)"]
ev("kaiga-looted-burned", "chad_kaiga_alwihda", "2022-09-13", "2022-09-13", "2022-09-14", STR,
   ["Looting/property destruction"], BH_TD, ["Civilians (Chad)", ""], TD, ["Lac"], ["Mamdi"], 0,
   evidence="Boko Haram fighters looted and set fire to the island village of Kaiga ... on Tuesday night ... no one "
            "was killed or injured")
ev("ngouboua-fishermen-killed", "chad_kaiga_alwihda", "2022-09-12", "2022-09-12", "2022-09-12", VAC, ["Attack"],
   BH_TD, ["Civilians (Chad)"], TD, ["Lac"], ["Mamdi"], 2,
   evidence="On Monday, two fishermen from Ngouboua were killed by suspected Boko Haram fighters while checking their "
            "nets near the island of Kinasserom")
# not events: the announced clearing operation and reinforcements (plans), Bohoma March 2020 (background).

# --- Cameroon: Cardinal Tumi and the Fon of Nso kidnapped (BBC, 2020-11-06, Friday) ---
CM = "Cameroon"
ev("tumi-fon-kidnapped", "cameroon_tumi_bbc", "2020-11-05", "2020-11-05", "2020-11-05", VAC,
   ["Abduction/forced disappearance"],
   ["Ambazonian Separatists", "Unidentified Armed Group (Cameroon)", "Ambazonia Defence Forces", "ADF",
    "Amba Boys", "Ambazonia Governing Council"], ["Civilians (Cameroon)"], CM, ["North-West"], ["Ngo-Ketunjia"], 0,
   evidence="The 90-year-old cardinal was seized on Thursday evening along with the Fon of Nso ... stopped by armed "
            "men near the town of Babessi in Ngo-Ketunjia division")
# not events: the cardinal's release (Friday), separatist denial, security forces deployed to search, Ngarbuh
# (February, background), Tumi's brief detention "last year" (background), 2016/2017 history.

# --- Mozambique: Quiterajo burned; Rwandan forces clash near Mbau (DW, 2024-01-19, Friday) ---
MZ = "Mozambique"
IS_MZ = ["Islamic State Mozambique Province", "Islamic State", "Ahlu Sunnah Wa-Jama", "Al Shabaab (Mozambique)",
         "Unidentified Armed Group (Mozambique)"]
ev("quiterajo-burned", "mozambique_quiterajo_dw", "2024-01-16", "2024-01-16", "2024-01-16", STR,
   ["Looting/property destruction"], IS_MZ, ["Civilians (Mozambique)", ""], MZ, ["Cabo Delgado"], ["Macomia"], 0,
   evidence="A group of around 40 armed men entered Quiterajo ... on Tuesday ... took food from the shops and then "
            "they set fire to the houses ... There were no reports of deaths")
ev("mbau-rwanda-clash", "mozambique_quiterajo_dw", "2024-01-17", "2024-01-17", "2024-01-17", BAT, ["Armed clash"],
   ["Military Forces of Rwanda"] + IS_MZ, IS_MZ + ["Military Forces of Rwanda"], MZ, ["Cabo Delgado"],
   ["Mocimboa da Praia"], 0,
   evidence="On Wednesday, Rwandan forces clashed with a group of insurgents near the village of Mbau ... \"Several\" "
            "insurgents were killed")
# not events: Nyusi's announced troop reinforcement (plan), SADC withdrawal by July (plan), Palma March 2021 and the
# Rwandan deployment of July 2021 (background), "stepped up attacks since December" (no place/date).

# --- DRC: Twirwaneho vs Mai-Mai near Minembwe; Kipupu hamlet looted (7SUR7.CD, 2021-03-10, Wednesday) ---
CD = "Democratic Republic of the Congo"
TWI = ["Twirwaneho", "Twirwaneho Militia"]
MM = ["Mai-Mai", "Mai-Mai Biloze Bishambuke", "Biloze Bishambuke", "Mai-Mai Militia", "Mai Mai"]
CIV_CD = ["Civilians (Democratic Republic of the Congo)", "Civilians (DR Congo)",
          "Civilians (Democratic Republic of Congo)"]
ev("minembwe-twirwaneho-maimai-clash", "drc_minembwe_7sur7", "2021-03-07", "2021-03-07", "2021-03-07", BAT,
   ["Armed clash"], TWI + MM, MM + TWI, CD, ["South Kivu", "Sud-Kivu"], ["Fizi"], 6,
   evidence="Fighting broke out on Sunday between the Twirwaneho self-defence group and a coalition of Mai-Mai "
            "militias in the highlands of Minembwe ... At least six fighters were killed")
ev("kipupu-hamlet-looted", "drc_minembwe_7sur7", "2021-03-08", "2021-03-08", "2021-03-08", STR,
   ["Looting/property destruction"], MM, CIV_CD + [""], CD, ["South Kivu", "Sud-Kivu"], ["Mwenga"], 0,
   evidence="On Monday, Mai-Mai fighters looted and set fire to several houses in a Banyamulenge hamlet near Kipupu, "
            "in the Itombwe sector of the Mwenga territory ... no casualties were reported")
# not events: FARDC reinforced positions / will "soon launch operations" (undated / plan), MONUSCO concern,
# Sept 2020 Minembwe mayor protests (background).

DROP = {
    "nigeria_iswap_jas_humangle": [
        "HumAngle", "Home | Conflict | Humanitarian Crisis | Investigations | Features | Newsletter | Donate",
        "Support independent journalism in the Lake Chad region. Donate today.", "Share this:",
        "Facebook Twitter LinkedIn WhatsApp", "Related: How Bakura built a fleet of canoes on Lake Chad",
        "Read more:", "ISWAP imposes new taxes on fishermen in Kukawa", "Inside the lives of women who escaped Sambisa",
        "Sign up for the HumAngle newsletter", "Get our stories in your inbox every week.",
        "© 2023 HumAngle Media. All rights reserved."],
    "niger_tamou_actuniger": [
        "ActuNiger", "Accueil | Politique | Sécurité | Economie | Société | Sport | Contact", "Advertisement",
        "Share this:", "Facebook Twitter WhatsApp", "Read also",
        "- Tahoua : two gendarmes wounded in an attack on a checkpoint",
        "- Niamey : the government launches a campaign for the harvest", "© ActuNiger 2022 - Tous droits réservés"],
    "chad_kaiga_alwihda": [
        "Alwihda Info", "ACCUEIL | TCHAD | AFRIQUE | INTERNATIONAL | POLITIQUE | SÉCURITÉ | CONTACTS", "Advertisement",
        "READ ALSO", "Lac: the governor receives a delegation of humanitarian partners",
        "N'Djamena: national inclusive dialogue resumes its work", "Alwihda Info © 2022 - All rights reserved"],
    "drc_minembwe_7sur7": [
        "7SUR7.CD", "Actualité | Politique | Sécurité | Provinces | Economie | Sport | Culture", "Advertisement",
        "Share this:", "Facebook Twitter WhatsApp Telegram", "Lire aussi :",
        "Uvira: a motorcycle taxi driver killed by unidentified armed men in Kavimvira",
        "Bukavu: the governor calls for calm after the market fire", "© 7SUR7.CD 2021 - Tous droits réservés"],
}
EITHER = {
    "nigeria_iswap_jas_humangle": ["By Aliyu Dahiru | April 6, 2023"],
    "niger_tamou_actuniger": ["Security | December 3, 2022"],
    "chad_kaiga_alwihda": ["By Djimet Wiché - 15 September 2022"],
    "drc_minembwe_7sur7": ["Wednesday, 10 March 2021 - 11:42"],
    "mali_talataye_afp": ["sd/cl/as"],
    "burkina_tinakoff_reuters": ["(Reporting by Thiam Ndiaga; Writing by Edward McAllister; Editing by Angus MacSwan)"],
}

write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout50), coded by CODEBOOK.md before any run; "
                         "BLIND, not yet run.", drop=DROP, either=EITHER)
