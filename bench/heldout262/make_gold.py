"""Writes gold.json for the 262nd held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 37).

    python bench/heldout262/make_gold.py

Focus: Burkina Faso and Niger 2019-2023 — an ambush on a National Guard patrol in Tillia (Tahoua), a foiled attack
and the killing of detainees near Banibangou, the Gaigorou massacre, Nigerien air strikes near the Burkinabe border
and the last French departure from Niamey, jihadist attacks on VDP auxiliaries (Kogsablego, Kiebani, Niamana),
village and market massacres (Sampelga, Sorgha, Diblou, Namoungou) and a Burkinabe air strike in the Soum.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# ---------------------------------------------------------------- shared actor lists
NE, BF = "Niger", "Burkina Faso"
NIG = ["Military Forces of Niger", "Nigerien Army", "Niger Armed Forces", "National Guard of Niger",
       "Garde Nationale du Niger", "Niger National Guard"]
UAG_NE = ["Unidentified Armed Group (Niger)"]
IS = ["Islamic State (Sahel)", "Islamic State in the Greater Sahara", "ISGS", "Islamic State",
      "Islamic State - Sahel Province", "Islamic State Sahel Province"]
JNIM = ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Group for the Support of Islam and Muslims",
        "JNIM: Jamaah Nusrah al-Islam wal-Muslimin", "Group to Support Islam and Muslims", "Ansarul Islam"]
UAG_BF = ["Unidentified Armed Group (Burkina Faso)"]
BFMIL = ["Military Forces of Burkina Faso", "Burkinabe Army", "Armed Forces of Burkina Faso"]
VDP = ["Volunteers for the Defense of the Homeland", "Volunteers for the Defence of the Homeland", "VDP",
       "VDP: Volunteers for the Defense of the Homeland", "Volunteers for the Defense of the Homeland (VDP)",
       "Volontaires pour la Defense de la Patrie"] + BFMIL
CIV_NE, CIV_BF = ["Civilians (Niger)"], ["Civilians (Burkina Faso)"]
FRA = ["Military Forces of France", "French Armed Forces", "French Army", "Operation Barkhane"]
TILLA = ["Tillaberi", "Tillabery", "Tillabéri"]

# ---------------------------------------------------------------- Niger (APAnews, 2021-05-03, Mon)
A = "niger_tillia_apanews"
ev("tillia-guard-patrol-ambush", A, "2021-05-01", "2021-05-01", "2021-05-01", BAT, ["Armed clash"],
   UAG_NE + IS, NIG, NE, ["Tahoua"], ["Tillia"], 16,
   evidence="Sixteen soldiers of Niger's National Guard were killed, six others wounded and one reported missing when "
            "armed men ambushed their patrol on Saturday afternoon in the department of Tillia")
ev("banibangou-suspects-clash", A, "2021-04-28", "2021-04-28", "2021-04-28", BAT, ["Armed clash"],
   NIG + UAG_NE + IS, UAG_NE + IS + NIG, NE, TILLA, ["Banibangou"], 1,
   evidence="security forces who had been alerted to a planned attack on the market town clashed with a group of "
            "suspects on Wednesday and arrested twenty-six of them. One of the suspects later died of his wounds")
ev("banibangou-attack-foiled", A, "2021-04-28", "2021-04-28", "2021-04-28", STR,
   ["Disrupted weapons use", "Arrests"], NIG, UAG_NE + IS + [""], NE, TILLA, ["Banibangou"], 0, req=False,
   evidence="alerted to a planned attack on the market town ... arrested twenty-six of them (the foiled attack / "
            "arrests, which a coder may fold into the clash)")
ev("banibangou-detainees-killed", A, "2021-04-29", "2021-04-29", "2021-04-29", VAC, ["Attack"],
   NIG, CIV_NE + ["Prisoners (Niger)"] + UAG_NE + IS, NE, TILLA, (), 24,
   evidence="on Thursday, while the detainees were waiting to be transferred to the military base at Chinegodar, they "
            "tried to escape. 'After ignoring warning shots, twenty-four of the prisoners were fatally wounded'")
ev("banibangou-detainees-escape-as-clash", A, "2021-04-29", "2021-04-29", "2021-04-29", BAT, ["Armed clash"],
   NIG + UAG_NE + IS, UAG_NE + IS + NIG, NE, TILLA, (), 24, req=False,
   evidence="the same shooting of escaping detainees coded as a battle (government version)")
ev("gaigorou-massacre", A, "2021-04-17", "2021-04-17", "2021-04-17", VAC, ["Attack"],
   UAG_NE + IS, CIV_NE, NE, TILLA, ["Tillaberi", "Tillabery", ""], 19,
   evidence="On the evening of April 17, gunmen on motorcycles killed nineteen villagers in Gaigorou, a village of the "
            "Dessa commune in the Tillaberi region (16 days before publication: inside the window)")

# ---------------------------------------------------------------- Niger (ActuNiger, 2023-12-24, Sun)
A = "niger_bishnanan_actuniger"
ev("bishnanan-air-strikes", A, "2023-12-21", "2023-12-21", "2023-12-21", EXP, ["Air/drone strike"],
   NIG, IS + JNIM + UAG_NE + [""], NE, TILLA, (), 20,
   evidence="Niger's air force killed about twenty 'terrorists' ... in strikes on Thursday in the locality of "
            "Bishnanan, in the Tillaberi region near the border with Burkina Faso")
ev("goni-air-strikes", A, "2023-12-20", "2023-12-14", "2023-12-20", EXP, ["Air/drone strike"],
   NIG, IS + JNIM + UAG_NE + [""], NE, TILLA, (), None, tp=2,
   evidence="The army had already said on Wednesday that more than forty militants were killed and a dozen wounded "
            "by the air force in the sectors of Goni and Kokolo ... without saying on which day (toll shared with "
            "Kokolo -> unscored)")
ev("kokolo-air-strikes", A, "2023-12-20", "2023-12-14", "2023-12-20", EXP, ["Air/drone strike"],
   NIG, IS + JNIM + UAG_NE + [""], NE, TILLA, (), None, tp=2, req=False,
   evidence="the sectors of Goni and Kokolo (second named place of the same announcement)")
ev("french-last-troops-leave-niamey", A, "2023-12-22", "2023-12-22", "2023-12-22", STR,
   ["Change to group/activity", "Other", "Headquarters or base established", "Non-violent transfer of territory"],
   FRA, [""] + NIG, NE, ["Niamey"], (), 0,
   evidence="A final contingent and its equipment flew out of the air base in Niamey on Friday, completing a "
            "withdrawal that began in October")
ev("tahoua-rifle-seized", A, "2023-12-16", "2023-12-13", "2023-12-16", STR, ["Disrupted weapons use"],
   NIG, [""] + UAG_NE, NE, ["Tahoua"], (), 0, tp=2, req=False,
   evidence="seizures made by patrols between December 13 and 16: ... a Kalashnikov rifle in the Tahoua region")

# ---------------------------------------------------------------- Burkina Faso (RFI, 2023-07-09, Sun)
A = "burkina_kogsablego_rfi"
ev("kogsablego-vdp-attack", A, "2023-07-07", "2023-07-07", "2023-07-07", BAT, ["Armed clash"],
   JNIM + UAG_BF + IS, VDP, BF, ["Centre-Nord"], ["Namentenga"], 18,
   evidence="At least sixteen Volunteers for the Defence of the Homeland (VDP) and two civilians were killed on "
            "Friday when a large group of armed men attacked the village of Kogsablego, some thirty kilometres east "
            "of Boulsa ... The volunteers held out for several hours in an exchange of fire")
ev("kogsablego-civilians-as-attack", A, "2023-07-07", "2023-07-07", "2023-07-07", VAC, ["Attack"],
   JNIM + UAG_BF + IS, CIV_BF, BF, ["Centre-Nord"], ["Namentenga"], None, req=False,
   evidence="two civilians were also killed ... attackers set fire to houses, carts, motorbikes and the market "
            "(same raid seen as violence against civilians)")
ev("boulsa-ville-morte", A, "2023-07-08", "2023-07-08", "2023-07-08", PRO, ["Peaceful protest"],
   ["Protesters (Burkina Faso)", "Civilians (Burkina Faso)"], [""], BF, ["Centre-Nord"], ["Namentenga"], 0,
   req=False, evidence="Many inhabitants of Boulsa observed a 'ville morte' on Saturday, closing shops and markets")
ev("kiebani-fo-vdp-attack", A, "2023-07-07", "2023-07-07", "2023-07-07", BAT, ["Armed clash"],
   JNIM + UAG_BF + IS, VDP, BF, ["Hauts-Bassins"], ["Houet"], 4,
   evidence="On the same day ... another attack targeted the commune of Fô, in the Houet province ... 'Four VDP of "
            "the village of Kiébani were killed in this attack'")
ev("sampelga-attack", A, "2023-07-05", "2023-07-05", "2023-07-05", VAC, ["Attack"],
   UAG_BF + JNIM + IS, CIV_BF, BF, ["Sahel"], ["Seno"], 9,
   evidence="On Wednesday, gunmen attacked the village of Sampelga, in the Seno province, killing at least nine "
            "people and looting and then burning shops")
ev("sorgha-attack", A, "2023-07-05", "2023-07-05", "2023-07-05", VAC, ["Attack"],
   UAG_BF + JNIM + IS, CIV_BF, BF, ["Est"], (), 12,
   evidence="The same day, twelve civilians were killed in an attack attributed to jihadists in Sorgha, in the east "
            "of the country")

# ---------------------------------------------------------------- Burkina Faso (Xinhua, 2023-08-03, Thu)
A = "burkina_niamana_xinhua"
ev("niamana-vdp-clash", A, "2023-08-01", "2023-08-01", "2023-08-01", BAT, ["Armed clash"],
   JNIM + UAG_BF + IS + VDP, VDP + JNIM + UAG_BF, BF, ["Hauts-Bassins"], ["Kenedougou", "Kénédougou"], 17,
   evidence="At least ten terrorists were killed on Tuesday when an armed group attacked the village of Niamana ... "
            "seven VDP were killed during the fighting (10 + 7)")
ev("niamana-shops-burned", A, "2023-08-01", "2023-08-01", "2023-08-01", STR, ["Looting/property destruction"],
   JNIM + UAG_BF + IS, CIV_BF + [""], BF, ["Hauts-Bassins"], ["Kenedougou", "Kénédougou"], 0, req=False,
   evidence="the assailants set fire to shops in the village before withdrawing (may be folded into the clash)")
ev("bouro-air-strikes", A, "2023-08-02", "2023-08-02", "2023-08-02", EXP, ["Air/drone strike"],
   BFMIL, JNIM + IS + UAG_BF + [""], BF, ["Sahel"], ["Soum"], None,
   evidence="numerous terrorists were neutralized on Wednesday in air strikes carried out by the Burkinabe army in "
            "the area of Bouro, in the Soum province (no toll -> unscored)")

# ---------------------------------------------------------------- Burkina Faso (AFP, 2019-07-27, Sat)
A = "burkina_diblou_afp"
ev("diblou-raid", A, "2019-07-26", "2019-07-25", "2019-07-26", VAC, ["Attack"],
   UAG_BF + JNIM + IS, CIV_BF, BF, ["Centre-Nord"], ["Sanmatenga"], 14,
   evidence="Armed men described as jihadists raided a village ... overnight Thursday to Friday, killing fifteen "
            "people ... a security source ... putting the death toll at fourteen (lowest specific figure)")
ev("diblou-market-looted", A, "2019-07-26", "2019-07-25", "2019-07-26", STR, ["Looting/property destruction"],
   UAG_BF + JNIM + IS, CIV_BF + [""], BF, ["Centre-Nord"], ["Sanmatenga"], 0, req=False,
   evidence="Almost the entire market was looted (folded into the raid)")
ev("diblou-reinforcements", A, "2019-07-26", "2019-07-26", "2019-07-26", STR, ["Change to group/activity"],
   BFMIL, [""], BF, ["Centre-Nord"], ["Sanmatenga"], 0, req=False,
   evidence="the army had sent reinforcements to the area on Friday")

# ---------------------------------------------------------------- Burkina Faso (Lefaso.net, 2020-08-08, Sat)
A = "burkina_namoungou_lefaso"
ev("namoungou-cattle-market", A, "2020-08-07", "2020-08-07", "2020-08-07", VAC, ["Attack"],
   UAG_BF + JNIM + IS, CIV_BF, BF, ["Est"], ["Gourma"], 20,
   evidence="Around twenty people were killed on Friday when unidentified armed men on motorcycles opened fire on "
            "traders and herders at the cattle market of Namoungou ... twenty bodies ... 'at least twenty-three'")
ev("namoungou-livestock-taken", A, "2020-08-07", "2020-08-07", "2020-08-07", STR, ["Looting/property destruction"],
   UAG_BF + JNIM + IS, CIV_BF + [""], BF, ["Est"], ["Gourma"], 0, req=False,
   evidence="before leaving with part of the livestock (folded into the attack)")

DROP = {
    "niger_tillia_apanews": ["APAnews", "Home", "Politics", "Economy", "Security", "Society", "Related",
                             "Niger: new president Bazoum sworn in amid security challenges",
                             "Mali: two soldiers killed in IED blast near Boni", "© APAnews 2021"],
    "niger_bishnanan_actuniger": ["ActuNiger", "Accueil", "Politique", "Sécurité", "Société", "Economie",
                                  "Partager", "Facebook", "Twitter", "WhatsApp", "A lire aussi",
                                  "Niamey: la CEDEAO maintient les sanctions contre le Niger",
                                  "Tillabéri: reprise des cours dans plusieurs écoles de Téra"],
    "burkina_kogsablego_rfi": ["RFI", "Afrique", "Read also",
                               "Burkina Faso: the army claims dozens of terrorists \"neutralised\" in the Sahel",
                               "Mali: the transition adopts a new constitution"],
    "burkina_namoungou_lefaso": ["Lefaso.net", "Accueil", "Actualités", "Politique", "Société", "Sécurité",
                                 "International", "Partager cet article", "Facebook", "Twitter", "WhatsApp",
                                 "Sur le même sujet",
                                 "Sécurité : le gouvernement annonce le recrutement de nouveaux VDP",
                                 "Fada N'Gourma : les commerçants inquiets après la fermeture de plusieurs marchés",
                                 "© Lefaso.net 2020"],
}
EITHER = {
    "niger_tillia_apanews": ["CD/fss/abj/APA"],
    "niger_bishnanan_actuniger": ["By ActuNiger staff", "24 December 2023"],
    "burkina_kogsablego_rfi": ["Published on: 09/07/2023 - 11:40", "With our correspondent in Ouagadougou"],
    "burkina_niamana_xinhua": ["Editor: Liu Jing"],
    "burkina_diblou_afp": ["bur-siu/cbo"],
    "burkina_namoungou_lefaso": ["samedi 8 août 2020"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="6 hand-written held-out articles (bench/heldout262; Burkina Faso and Niger 2019-2023), "
                             "coded by CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
