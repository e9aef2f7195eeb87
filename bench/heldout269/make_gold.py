"""Writes gold.json for the 269th held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 38).

    python bench/heldout269/make_gold.py

Topic: DR Congo 2019-2023 — ADF massacres in Beni territory and Irumu (Ituri), CODECO attacks around the Djugu
displacement sites, the M23 advance in Rutshuru and the Wazalendo counter-offensive in Masisi, and the April 2021
protests against MONUSCO in Butembo.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

CD = "Democratic Republic of the Congo"
NK, ITURI = ["North Kivu", "Nord-Kivu"], ["Ituri"]
FARDC = ["Military Forces of the Democratic Republic of Congo", "Military Forces of Democratic Republic of the Congo",
         "Military Forces of the Democratic Republic of the Congo", "FARDC",
         "Armed Forces of the Democratic Republic of the Congo"]
PNC = ["Police Forces of the Democratic Republic of Congo", "Police Forces of Democratic Republic of the Congo",
       "Police Forces of the Democratic Republic of the Congo", "PNC", "Congolese National Police"]
CIV = ["Civilians (Democratic Republic of the Congo)", "Civilians (Democratic Republic of Congo)", "Civilians (DRC)"]
PROT = ["Protesters (Democratic Republic of the Congo)", "Protesters (Democratic Republic of Congo)",
        "Protesters (DRC)", "LUCHA", "Lutte pour le Changement", "Parlement Debout"]
RIOT = ["Rioters (Democratic Republic of the Congo)", "Rioters (Democratic Republic of Congo)", "Rioters (DRC)"] + PROT
M23 = ["M23", "M23: March 23 Movement", "March 23 Movement", "Mouvement du 23 Mars"]
ADF = ["ADF", "Allied Democratic Forces", "ADF: Allied Democratic Forces", "Islamic State",
       "Islamic State Central Africa Province", "ISCAP", "ADF-NALU"]
CODECO = ["CODECO", "CODECO: Cooperative for the Development of Congo", "Cooperative for the Development of Congo",
          "Lendu Ethnic Militia (Democratic Republic of Congo)"]
MAIMAI = ["Mai-Mai Militia", "Mai-Mai", "Wazalendo", "Wazalendo Militia", "Self-Defence Militia",
          "Local Self-Defence Militia", "FDLR", "Nyatura", "APCLS", "NDC-R", "NDC-Renove",
          "Unidentified Armed Group (Democratic Republic of the Congo)"]
WAZ = ["Wazalendo", "Wazalendo Militia", "VDP", "Volunteers for the Defence of the Homeland", "Mai-Mai Militia",
       "Mai-Mai", "NDC-R", "NDC-R: Nduma Defence of Congo-Renove", "NDC-Renove", "APCLS", "Nyatura"]
MONUSCO = ["MONUSCO", "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo",
           "UN Peacekeepers", "United Nations"]
UAG = ["Unidentified Armed Group (Democratic Republic of the Congo)",
       "Unidentified Armed Group (Democratic Republic of Congo)"]
RUTSHURU = ["Rutshuru Territory", "Rutshuru", ""]
MASISI = ["Masisi Territory", "Masisi", ""]
BENI = ["Beni", "Beni Territory", ""]
DJUGU = ["Djugu", "Djugu Territory", ""]
IRUMU = ["Irumu", "Irumu Territory", ""]

# ---------------------------------------------------------------- M23 north of Rutshuru (AFP, 2023-01-04, Wed)
A = "congo_nyamilima_afp"
ev("nyamilima-taken", A, "2023-01-04", "2023-01-04", "2023-01-04", BAT, ["Non-state actor overtakes territory"],
   M23, MAIMAI + [""], CD, NK, RUTSHURU, 0,
   evidence="M23 rebels on Wednesday entered Nyamilima ... walked into the town ... without meeting resistance ... "
            "self-defence fighters ... withdrew ahead of them")
ev("buramba-taken", A, "2023-01-03", "2023-01-03", "2023-01-03", BAT, ["Non-state actor overtakes territory"],
   M23, MAIMAI + [""], CD, NK, RUTSHURU, None,
   evidence="Buramba ... which the rebels took on Tuesday after gunfire was heard near Buramba and nearby Tshabavu "
            "... No casualty figures")
ev("kisharo-taken", A, "2023-01-02", "2023-01-02", "2023-01-02", BAT, ["Non-state actor overtakes territory"],
   M23, MAIMAI, CD, NK, RUTSHURU, None,
   evidence="On Monday, the M23 captured Kisharo ... after several hours of fighting with local militias and Rwandan "
            "Hutu FDLR rebels ... The toll of the fighting was not known")
ev("kisharo-looting", A, "2023-01-02", "2023-01-02", "2023-01-02", STR, ["Looting/property destruction"],
   M23, CIV + [""], CD, NK, RUTSHURU, 0, req=False,
   evidence="the fighters then went from shop to shop, carrying off goods and livestock (may be folded into the "
            "capture)")
ev("kamatembe-retaken", A, "2023-01-01", "2023-01-01", "2023-01-01", BAT, ["Government regains territory"],
   FARDC, M23, CD, NK, ["Nyirangongo", "Nyiragongo", "Masisi Territory", "Masisi", "Rutshuru Territory", ""], None,
   evidence="the Congolese army said it had driven the M23 out of the villages of Kamatembe and Karenga, inside the "
            "Virunga National Park, on Sunday ... 'several terrorists' had been killed, without giving a figure")
ev("karenga-retaken", A, "2023-01-01", "2023-01-01", "2023-01-01", BAT, ["Government regains territory"],
   FARDC, M23, CD, NK, ["Nyirangongo", "Nyiragongo", "Masisi Territory", "Masisi", "Rutshuru Territory", ""], None,
   evidence="driven the M23 out of the villages of Kamatembe and Karenga ... on Sunday (second named village)")
ev("kamatembe-saturday-clash", A, "2022-12-31", "2022-12-31", "2022-12-31", BAT, ["Armed clash"],
   FARDC + M23, M23 + FARDC, CD, NK, (), None, req=False,
   evidence="after two days of clashes that began on Saturday (Saturday's fighting before the Sunday retake)")
ev("rubare-m23-administration", A, "2022-12-21", "2022-12-21", "2022-12-21", STR,
   ["Change to group/activity", "Headquarters or base established", "Other"], M23, CIV + [""], CD, NK, RUTSHURU, 0,
   req=False,
   evidence="The rebels installed their own local administrators in Rubare, in the Kisigari grouping, on December 21")

# ---------------------------------------------------------------- ADF around Beni (The Hindu/AFP, 2019-12-15, Sun)
A = "congo_ntombi_thehindu"
ev("ntombi-massacre", A, "2019-12-15", "2019-12-14", "2019-12-15", VAC, ["Attack"],
   ADF, CIV, CD, NK, BENI, 22,
   evidence="Islamist rebels hacked to death at least 22 civilians, including 13 women, in an overnight raid on the "
            "village of Ntombi, west of Mayimoya")
ev("beni-town-saturday-attack", A, "2019-12-14", "2019-12-14", "2019-12-14", VAC, ["Attack"],
   ADF, CIV, CD, NK, ["Beni", "Beni Territory"], 6,
   evidence="six civilians, among them a one-year-old baby, were killed in an attack inside the town of Beni itself "
            "... Saturday's attack")
ev("mavete-oicha-attack", A, "2019-11-20", "2019-11-19", "2019-11-20", VAC, ["Attack"],
   ADF, CIV, CD, NK, ["Oicha", "Beni", "Beni Territory", ""], 3,
   evidence="On November 20 ... at Mavete, in Oicha, security sources reported three civilians killed, while local "
            "civil society groups said at least fourteen people had died")
ev("beni-town-nov20-attack", A, "2019-11-20", "2019-11-19", "2019-11-20", VAC, ["Attack"],
   ADF, CIV, CD, NK, ["Beni", "Beni Territory"], None, req=False,
   evidence="the militants struck Beni and the rural commune of Oicha on the same night (Beni part: no detail, no toll)")
ev("mbala-moves-to-beni", A, "2019-11-28", "2019-11-28", "2019-11-28", STR, ["Change to group/activity"],
   FARDC, [""] + ADF, CD, NK, ["Beni", "Beni Territory"], 0, req=False,
   evidence="The army's chief of staff, General Celestin Mbala, moved into Beni on November 28 to take personal "
            "charge of the operations")

# ---------------------------------------------------------------- ADF in Beni-Mbau (SOS Medias Burundi, 2022-10-06, Thu)
A = "congo_vido_sosmediasburundi"
ev("vido-attack", A, "2022-10-04", "2022-10-04", "2022-10-05", VAC, ["Attack"],
   ADF, CIV, CD, NK, BENI, 11,
   evidence="killed eleven civilians with knives and burned down about twenty houses in a new attack on Vido village "
            "... 'The rebels emerged in this village around 5:30 p.m. on Tuesday'")
ev("kota-okola-attack", A, "2022-10-03", "2022-10-03", "2022-10-03", VAC, ["Attack"],
   ADF, CIV, CD, NK, BENI, 14,
   evidence="the incursion of ADF fighters into the village of Kota Okola last Monday ... first reported fourteen "
            "people killed ... now speak of twenty dead after the discovery on Tuesday of six more bodies")
ev("oicha-sit-in", A, "2022-10-05", "2022-10-05", "2022-10-05", PRO, ["Peaceful protest"],
   PROT, [""], CD, NK, ["Oicha", "Beni", "Beni Territory", ""], 0,
   evidence="On Wednesday, dozens of young people from Oicha staged a sit-in in front of the offices of the territory "
            "administration ... before dispersing peacefully")

# ---------------------------------------------------------------- CODECO in Djugu (Xinhua, 2023-05-02, Tue)
A = "congo_lidda_xinhua"
ev("lidda-ambush", A, "2023-04-29", "2023-04-29", "2023-04-29", VAC, ["Attack"],
   CODECO, CIV + ["Humanitarian Workers", "Aid Workers (Democratic Republic of the Congo)"], CD, ITURI, DJUGU, None,
   evidence="a vehicle hired by a humanitarian organization to bring food to displaced people living at the Rhoe site "
            "... fell into an ambush ... in Lidda village ... at around 5 p.m. on Saturday. Several people were killed")
ev("sumbuso-villages-raid", A, "2023-04-29", "2023-04-29", "2023-04-30", VAC, ["Attack"],
   CODECO, CIV, CD, ITURI, DJUGU, None,
   evidence="Earlier on Saturday morning, the militiamen raided around seven villages of the Sumbuso grouping ... "
            "including Rule, Duvire, Kau and Njalo, burning houses and looting health centers")
for v in ("duvire", "kau", "njalo"):
    ev(f"sumbuso-raid-{v}", A, "2023-04-29", "2023-04-29", "2023-04-30", VAC, ["Attack"],
       CODECO, CIV, CD, ITURI, DJUGU, None, req=False,
       evidence=f"the Sumbuso raid coded per named village ({v.capitalize()})")
ev("sumbuso-health-centres-burned", A, "2023-04-29", "2023-04-29", "2023-04-30", STR,
   ["Looting/property destruction"], CODECO, CIV + [""], CD, ITURI, DJUGU, 0, req=False,
   evidence="burning houses and looting health centers ... three health centers looted and set on fire (folded into "
            "the raid)")
ev("rhoe-warning-shots", A, "2023-04-30", "2023-04-30", "2023-04-30", BAT, ["Armed clash"],
   MONUSCO + CODECO, CODECO + UAG + MONUSCO, CD, ITURI, DJUGU, 0,
   evidence="On Sunday, UN peacekeepers guarding the Rhoe displacement site fired warning shots to push back a group "
            "of armed men who were approaching the camp ... no casualties")

# ---------------------------------------------------------------- Anti-MONUSCO protests (Africanews, 2021-04-09, Fri)
A = "congo_butembo_africanews"
BUTEMBO = ["Butembo", "Lubero", ""]
ev("butembo-friday-protester-killed", A, "2021-04-09", "2021-04-09", "2021-04-09", RIO, ["Violent demonstration"],
   RIOT, PNC + FARDC + [""], CD, NK, BUTEMBO, 1,
   evidence="One protester was shot dead on Friday in Butembo ... 'When police officers were busy clearing a barrier "
            "on the public road, stones were thrown. Unfortunately, a protester died, hit by a stray bullet'")
ev("butembo-friday-as-excessive-force", A, "2021-04-09", "2021-04-09", "2021-04-09", PRO,
   ["Excessive force against protesters", "Protest with intervention"], PROT + PNC, PNC + PROT, CD, NK, BUTEMBO, 1,
   req=False, evidence="the same march coded as a protest met with lethal force")
ev("butembo-thursday-tear-gas", A, "2021-04-08", "2021-04-08", "2021-04-08", PRO, ["Protest with intervention"],
   PROT, PNC + FARDC + [""], CD, NK, BUTEMBO, 0,
   evidence="police fired tear gas to disperse several hundred activists of the LUCHA and Antigang movements ... "
            "marching towards the UN base along Pere Jerome street")
ev("butembo-thursday-barricades", A, "2021-04-08", "2021-04-08", "2021-04-08", RIO, ["Violent demonstration"],
   RIOT, PNC + FARDC + [""], CD, NK, BUTEMBO, 0, req=False,
   evidence="Some of them then put up barricades and lit fires on several main roads ... one person had been wounded "
            "by a stray bullet (Thursday's events seen as a riot)")
ev("beni-region-general-strike", A, "2021-04-09", "2021-04-05", "2021-04-09", PRO, ["Peaceful protest"],
   PROT, [""], CD, NK, ["Butembo", "Beni", "Oicha", "Lubero", ""], 0, req=False, tp=2,
   evidence="a ten-day general strike that began on Monday across the Beni region ... Shops, banks, schools and "
            "markets have stayed shut in Butembo, Beni town and Oicha")
ev("misongo-farmers-ambush", A, "2021-04-06", "2021-04-06", "2021-04-06", VAC,
   ["Attack", "Abduction/forced disappearance"], ADF, CIV, CD, NK, BENI, 0,
   evidence="On Tuesday, suspected ADF fighters opened fire on fourteen farmers heading to their cocoa fields at "
            "Misongo, in the Banande-Kainama grouping ... two of them have not been seen since")
ev("banande-kainama-attack-repelled", A, "2021-04-07", "2021-04-07", "2021-04-07", BAT, ["Armed clash"],
   ADF + FARDC, FARDC + ADF, CD, NK, BENI, None,
   evidence="Another attack in the same grouping on Wednesday morning was repelled by Congolese soldiers ... no toll")

# ---------------------------------------------------------------- ADF in Irumu (APAnews, 2022-07-25, Mon)
A = "congo_kayera_apanews"
ev("kayera-attack", A, "2022-07-24", "2022-07-24", "2022-07-25", VAC, ["Attack"],
   ADF, CIV, CD, ITURI, IRUMU, 6,
   evidence="killed at least six civilians and set fire to two church buildings on Sunday night in Kayera ... "
            "Bahema-Mitego chiefdom in the Irumu territory")
ev("kayera-churches-burned", A, "2022-07-24", "2022-07-24", "2022-07-25", STR, ["Looting/property destruction"],
   ADF, CIV + [""], CD, ITURI, IRUMU, 0, req=False,
   evidence="set fire to two church buildings ... Several houses and shops were also looted (folded into the attack)")
ev("kyabohe-abduction", A, "2022-07-22", "2022-07-22", "2022-07-22", VAC, ["Abduction/forced disappearance"],
   ADF, CIV, CD, ITURI, IRUMU, 0,
   evidence="two men who had been kidnapped on Friday at Kyabohe ... when the rebels seized a group of villagers "
            "working in their fields")
ev("ndimo-attack", A, "2022-07-17", "2022-07-17", "2022-07-18", VAC, ["Attack"],
   ADF, CIV, CD, ITURI, IRUMU + ["Mambasa"], 7,
   evidence="on the evening of Sunday, July 17, the rebels killed seven civilians ... at Ndimo ... Some local sources "
            "placed that attack in the neighbouring village of Otomabere")
ev("kayera-troops-deployed", A, "2022-07-25", "2022-07-25", "2022-07-25", STR, ["Change to group/activity"],
   FARDC + ["Military Forces of Uganda", "UPDF"], [""] + ADF, CD, ITURI, IRUMU, 0, req=False,
   evidence="troops had been deployed to Kayera on Monday morning")

# ---------------------------------------------------------------- M23 and Wazalendo (Reuters, 2023-10-10, Tue)
A = "congo_kisigari_reuters"
ev("kisigari-massacre", A, "2023-10-10", "2023-10-09", "2023-10-10", VAC, ["Attack"],
   M23, CIV, CD, NK, RUTSHURU, 7,
   evidence="M23 rebels of massacring seven civilians, among them village chiefs and local notables, overnight in the "
            "Kisigari grouping ... during the night from Monday to Tuesday")
ev("rutshuru-masisi-fighting", A, "2023-10-10", "2023-10-09", "2023-10-10", BAT, ["Armed clash"],
   WAZ + M23, M23 + WAZ, CD, NK, (), None, tp=2,
   evidence="Heavy fighting between the M23 and the militias has been reported since Monday in parts of Rutshuru and "
            "neighbouring Masisi territory ... No toll")
ev("kirolirwe-retaken-by-wazalendo", A, "2023-10-05", "2023-10-01", "2023-10-08", BAT,
   ["Non-state actor overtakes territory"], WAZ, M23, CD, NK, MASISI, None, tp=2,
   evidence="Last week the militias retook the localities of Busumba, Kirolirwe and Nturo in Masisi territory from "
            "the M23")
for v in ("busumba", "nturo"):
    ev(f"{v}-retaken-by-wazalendo", A, "2023-10-05", "2023-10-01", "2023-10-08", BAT,
       ["Non-state actor overtakes territory"], WAZ, M23, CD, NK, MASISI, None, req=False, tp=2,
       evidence=f"Last week the militias retook ... {v.capitalize()} (second/third named locality)")
ev("wazalendo-enter-masisi-centre", A, "2023-10-05", "2023-10-05", "2023-10-05", STR,
   ["Change to group/activity", "Non-violent transfer of territory"], WAZ, [""] + M23 + FARDC, CD, NK, MASISI, 0,
   req=False,
   evidence="On Thursday, Wazalendo fighters led by Shimirayi entered Masisi-centre ... welcomed with applause")
ev("rwandan-troops-deployed", A, "2023-10-06", "2023-10-02", "2023-10-06", STR, ["Change to group/activity"],
   ["Military Forces of Rwanda", "RDF", "Rwanda Defence Force"], [""] + WAZ, CD, NK, MASISI, 0, req=False, tp=2,
   evidence="Civil society groups in Masisi said on Friday that Rwandan soldiers had been deployed to support the "
            "rebels (an allegation)")

# ---------------------------------------------------------------- ADF in Beni territory (TRT World/AFP, 2021-02-07, Sun)
A = "congo_mabule_trtworld"
ev("mabule-massacre", A, "2021-02-06", "2021-02-05", "2021-02-06", VAC, ["Attack"],
   ADF, CIV, CD, NK, BENI, 12,
   evidence="killed at least twelve farmers in their fields at Mabule ... in an overnight raid from Friday to "
            "Saturday ... fourteen bodies had been found by Sunday")
ev("rwenzori-feb5-attack", A, "2021-02-05", "2021-02-05", "2021-02-05", VAC, ["Attack"],
   ADF, CIV, CD, NK, BENI, 21,
   evidence="February 5, when at least twenty-one civilians were killed in the Rwenzori sector of the same territory")

DROP = {
    "congo_ntombi_thehindu": ["The Hindu", "Home", "News", "International", "Opinion", "Business", "Sport", "e-Paper",
                              "Share Article", "Related Articles",
                              "Ebola response suspended in Congo's Biakato after attacks",
                              "Militia kills 14 in eastern Congo's Ituri province",
                              "Printable version | Dec 15, 2019 8:43:55 pm", "© THG PUBLISHING PVT LTD."],
    "congo_vido_sosmediasburundi": ["SOS Médias Burundi", "Accueil", "Burundi", "Régions", "RDC", "Rwanda", "English",
                                    "Contact", "Share this:", "Facebook", "Twitter", "WhatsApp", "Related",
                                    "DRC : two Burundian refugees killed in an ADF ambush on the Beni-Kasindi road",
                                    "Burundi : three CNL activists arrested in Cibitoke"],
    "congo_butembo_africanews": ["africanews.", "Home", "News", "Business", "Sport", "Culture", "Science-Technology",
                                 "Live", "Democratic Republic Of Congo", "Share", "More about:", "MONUSCO", "ADF",
                                 "Copyright © 2021 africanews"],
    "congo_kayera_apanews": ["APAnews", "African Press Agency", "Home", "Politics", "Economy", "Security", "Society",
                             "Sports", "Share on Facebook", "Share on Twitter", "Related news",
                             "DR Congo: M23 rebels accuse army of violating truce in Rutshuru",
                             "Uganda: Museveni vows to pursue ADF \"to the end\"", "© 2022 APAnews"],
    "congo_mabule_trtworld": ["TRT World", "Live", "Africa", "Middle East", "Europe", "Americas", "Opinion", "Video",
                              "AFRICA", "3 MIN READ", "READ MORE: Dozens killed in militant attack on eastern DRC village",
                              "Recommended", "Related", "Several rangers killed in DRC jungle, home to endangered gorillas",
                              "DRC: Ebola survivors struggle to rebuild their lives in Beni"],
    "congo_lidda_xinhua": ["Source: Xinhua", "Editor: huaxia"],
}
EITHER = {
    "congo_nyamilima_afp": ["str/ah/kir"],
    "congo_ntombi_thehindu": ["Agence France-Presse", "Beni (DR Congo)", "December 15, 2019 20:41 IST",
                              "Updated: December 15, 2019 20:43 IST",
                              "Islamist fighters hacked farmers to death west of Mayimoya, a day after six people were "
                              "killed inside Beni town"],
    "congo_vido_sosmediasburundi": ["Posted on 6 October 2022", "by SOS Médias Burundi"],
    "congo_lidda_xinhua": ["2023-05-02 21:14:30"],
    "congo_butembo_africanews": ["By Africanews", "with AFP", "Last updated: 09/04 - 18:52"],
    "congo_kayera_apanews": ["MEL/APA"],
    "congo_kisigari_reuters": ["By Djaffar Al Katanty",
                               "(Reporting by Djaffar Al Katanty in Goma; Additional reporting by Sonia Rolley in Paris; "
                               "Writing by Sofia Christensen; Editing by Alex Richardson)"],
    "congo_mabule_trtworld": ["AFP", "7 Feb 2021", "Many villages empty of people", "Source: AFP",
                              "Officials say militants from the Allied Democratic Forces attacked a village in Beni "
                              "region of North Kivu province, killing at least 12 farmers who were working in their "
                              "fields."],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout269; DR Congo 2019-2023: ADF, CODECO, M23, "
                             "Wazalendo, anti-MONUSCO protests), coded by CODEBOOK.md before the system was run (BLIND).",
               drop=DROP, either=EITHER)
