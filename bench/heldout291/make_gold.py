"""Writes gold.json for the 291st held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 41).

    python bench/heldout291/make_gold.py

Focus: DR Congo 2024-2025 — the AFC/M23 offensive and the Wazalendo/FARDC counter-attacks in Masisi, Walungu,
Kabare and Kalehe (territory taken, withdrawals, clashes, an army drone strike on a rebel-held gold plant), ADF
raids in Lubero's Bapere sector and CODECO raids in Djugu; background older than 30 days mixed with context
events inside the window (Bukavu 16 Feb, Burhale 12 Apr, the Juli and "Morgue" raids, Luke told twice).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

CD = "Democratic Republic of the Congo"
FARDC = ["Military Forces of Democratic Republic of the Congo", "Military Forces of the Democratic Republic of the Congo",
         "Military Forces of Democratic Republic of Congo", "Military Forces of the Democratic Republic of Congo",
         "Military Forces of DR Congo", "FARDC", "Armed Forces of the Democratic Republic of the Congo"]
M23 = ["M23", "M23: March 23 Movement", "March 23 Movement", "M23 Movement", "AFC/M23", "AFC-M23", "M23/AFC",
       "Congo River Alliance", "Alliance Fleuve Congo", "AFC", "Congo River Alliance (AFC)"]
WAZ = ["Wazalendo", "Wazalendo Militia", "Wazalendo militias", "Wazalendo Coalition", "Volunteers for the Defence of the Homeland",
       "VDP", "Mai-Mai", "Mai Mai", "Mai-Mai Militia", "Pro-government militia (Democratic Republic of the Congo)"]
APCLS = ["APCLS", "APCLS: Alliance of Patriots for a Free and Sovereign Congo", "Alliance of Patriots for a Free and Sovereign Congo"]
ADF = ["ADF", "Allied Democratic Forces", "ADF: Allied Democratic Forces", "Islamic State", "Islamic State Central Africa Province",
       "ISCAP", "Islamic State (Central Africa)", "ADF-MTM", "Islamic State Central Africa Province (ISCAP)"]
UPDF = ["Military Forces of Uganda", "UPDF", "Uganda People's Defence Force", "Uganda People's Defence Forces"]
CIV = ["Civilians (Democratic Republic of the Congo)", "Civilians (Democratic Republic of Congo)", "Civilians (DR Congo)",
       "Civilians (DRC)"]
CODECO = ["CODECO", "CODECO: Cooperative for the Development of Congo", "Cooperative for the Development of Congo",
          "Lendu Ethnic Militia (Democratic Republic of Congo)", "Lendu Ethnic Militia (Democratic Republic of the Congo)",
          "CODECO-URDPC", "URDPC"]
NK = ["North Kivu", "Nord-Kivu", "Nord Kivu"]
SK = ["South Kivu", "Sud-Kivu", "Sud Kivu"]
ITURI = ["Ituri"]
DJUGU = ["Djugu"]
GOVSIDE = FARDC + WAZ + APCLS  # the loyalist side as acted-upon party (any of its members)

# ---------------------------------------------------------------- Radio Okapi, 2025-10-31 (Fri)
A = "drc_manguredjipa_radiookapi"
ev("manguredjipa-adf-raid", A, "2025-10-28", "2025-10-28", "2025-10-28", VAC, ["Attack"],
   ADF + ["Unidentified Armed Group (Democratic Republic of the Congo)"], CIV, CD, NK, (), 4,
   evidence="Suspected fighters of the ADF killed at least four civilians when they stormed the centre of Manguredjipa "
            "... at around five o'clock on Tuesday morning ... The territorial administration put the toll at four dead. "
            "The president of the local civil society ... said ... six (lowest specific figure 4)")
ev("manguredjipa-joint-forces-clash", A, "2025-10-28", "2025-10-28", "2025-10-28", BAT, ["Armed clash"],
   FARDC + UPDF + WAZ + ADF, ADF + FARDC + UPDF + WAZ, CD, NK, (), None,
   evidence="Congolese soldiers and Ugandan troops of the joint FARDC-UPDF operation, backed by local Wazalendo fighters, "
            "engaged the attackers in the town and pursued them as far as Tembe ... Exchanges of fire went on for several "
            "hours (no separate toll; the soldier who died is in the raid's civil-society count)")
ev("pangoy-farmers-attack", A, "2025-10-30", "2025-10-30", "2025-10-30", VAC, ["Attack"],
   ADF, CIV, CD, NK, (), None,
   evidence="The militants struck again on Thursday ... ADF fighters fell on farmers working in fields around the Pangoy "
            "gold-mining site, about five kilometres north of Manguredjipa ... the body of a gold digger was found at "
            "Mandala (toll unscored: 0 or 1 defensible)")
ev("pangoy-abduction", A, "2025-10-30", "2025-10-30", "2025-10-30", VAC, ["Abduction/forced disappearance"],
   ADF, CIV, CD, NK, (), None,
   evidence="led away several people, among them young children")
ev("pangoy-wazalendo-post", A, "2025-10-30", "2025-10-30", "2025-10-30", BAT, ["Armed clash"],
   ADF + WAZ, WAZ + ADF, CD, NK, (), None,
   evidence="The same group attacked a position that Wazalendo fighters had set up to protect the miners at Pangoy; "
            "there was no word on casualties")
ev("pangoy-houses-burned", A, "2025-10-30", "2025-10-30", "2025-10-30", STR, ["Looting/property destruction"],
   ADF, CIV + [""], CD, NK, (), None, req=False,
   evidence="burned wooden houses (may be folded into the attack)")

# ---------------------------------------------------------------- RFI, 2025-03-10 (Mon)
A = "drc_nyabiondo_rfi"
ev("loashi-taken", A, "2025-03-08", "2025-03-08", "2025-03-08", BAT, ["Non-state actor overtakes territory"],
   M23, GOVSIDE + [""], CD, NK, (), None,
   evidence="On Saturday evening the rebels of the Congo River Alliance (AFC) ... seized the villages of Loashi and "
            "Bukombo")
ev("bukombo-taken", A, "2025-03-08", "2025-03-08", "2025-03-08", BAT, ["Non-state actor overtakes territory"],
   M23, GOVSIDE + [""], CD, NK, (), None,
   evidence="seized the villages of Loashi and Bukombo (second named village, own row)")
ev("nyabiondo-taken", A, "2025-03-09", "2025-03-09", "2025-03-09", BAT, ["Non-state actor overtakes territory"],
   M23, GOVSIDE, CD, NK, (), None,
   evidence="Rwanda-backed M23 rebels took control on Sunday of Nyabiondo ... after a day of heavy fighting with the "
            "Congolese army and allied militias ... Neither side gave a toll")
ev("buxoki-army-artillery", A, "2025-03-09", "2025-03-09", "2025-03-09", EXP, ["Shelling/artillery/missile attack"],
   FARDC, M23 + [""], CD, NK, (), None,
   evidence="Government troops had concentrated their artillery fire on the locality of Buxoki, where they expected the "
            "main assault")
ev("bukavu-taken", A, "2025-02-16", "2025-02-14", "2025-02-16", BAT, ["Non-state actor overtakes territory"],
   M23, FARDC + [""], CD, SK, (), None,
   evidence="then Bukavu ... where its fighters entered the governor's office on February 16 after government troops "
            "abandoned the city (22 days before publication: inside the window)")
ev("masisi-three-weeks-civilians", A, "2025-03-10", "2025-02-17", "2025-03-10", BAT, ["Armed clash"],
   M23 + WAZ, WAZ + M23 + FARDC + [""], CD, NK, (), 4, req=False, tp=3,
   evidence="Over the past three weeks at least four civilians have been killed in clashes that crept ever closer to "
            "Masisi-Centre (aggregate over three weeks; optional)")

# ---------------------------------------------------------------- Actualite.cd, 2025-02-23 (Sun)
A = "drc_djugu_actualite"
ev("camp-platon-codeco-attack", A, "2025-02-22", "2025-02-22", "2025-02-23", VAC, ["Attack"],
   CODECO, CIV, CD, ITURI, DJUGU, 7,
   evidence="Machete-wielding militiamen of the CODECO armed group killed at least seven people ... when they stormed "
            "Camp Platon ... around midnight on Saturday ... A security source put the provisional toll at seven dead. "
            "Leaders of the Hema community association ENTE ... spoke of nine")
ev("camp-platon-houses-burned", A, "2025-02-22", "2025-02-22", "2025-02-23", STR, ["Looting/property destruction"],
   CODECO, CIV + [""], CD, ITURI, DJUGU, None, req=False,
   evidence="the militiamen set fire to several houses before withdrawing (may be folded into the attack)")
ev("juli-goats-raid", A, "2025-02-14", "2025-02-14", "2025-02-14", STR, ["Looting/property destruction"],
   CODECO, CIV + [""], CD, ITURI, DJUGU, None,
   evidence="On Friday last week, assailants identified as CODECO fighters ... raided the village of Juli ... and made off "
            "with 29 goats; the herdsman has been missing since (9 days before publication)")
ev("juli-herdsman-missing", A, "2025-02-14", "2025-02-14", "2025-02-14", VAC, ["Abduction/forced disappearance"],
   CODECO, CIV, CD, ITURI, DJUGU, None, req=False,
   evidence="the herdsman has been missing since (optional: a disappearance, not stated as an abduction)")
ev("morgue-miners-ambush", A, "2025-02-14", "2025-02-14", "2025-02-14", VAC, ["Attack"],
   CODECO, CIV, CD, ITURI, DJUGU, None,
   evidence="The same day, militiamen ambushed five gold diggers returning to the Lopa trading centre from a mining pit "
            "known as \"Morgue\" and took their motorcycle")
ev("morgue-miners-robbery", A, "2025-02-14", "2025-02-14", "2025-02-14", STR, ["Looting/property destruction"],
   CODECO, CIV + [""], CD, ITURI, DJUGU, None, req=False,
   evidence="took their motorcycle (the ambush coded as a robbery instead of an attack)")

# ---------------------------------------------------------------- AFP, 2025-10-07 (Tue)
A = "drc_masisi_afp"
ev("luke-taken", A, "2025-10-06", "2025-10-06", "2025-10-06", BAT, ["Non-state actor overtakes territory"],
   M23, WAZ + [""], CD, NK, (), None,
   evidence="Fighters of the Rwanda-backed M23 drove pro-government Wazalendo militiamen out of two villages ... on "
            "Monday after a morning of mortar fire ... The fighting began early on Monday in Luke ... Outgunned, the "
            "militiamen fell back towards Ngululu")
E[-1]["articles"].append("drc_luhwindja_reuters")  # told again in the Reuters drone story (Oct. 6, Luke)
ev("mulema-taken", A, "2025-10-06", "2025-10-06", "2025-10-06", BAT, ["Non-state actor overtakes territory"],
   M23, WAZ + [""], CD, NK, (), None,
   evidence="by the afternoon the rebels had also taken the neighbouring village of Mulema")
ev("kazinga-clash", A, "2025-10-06", "2025-10-06", "2025-10-06", BAT, ["Armed clash"],
   M23 + WAZ, WAZ + M23, CD, NK, (), None,
   evidence="The same day, the two sides clashed around Kazinga, near the boundary between the Masisi and Walikale "
            "territories")
ev("kibandamangobo-clash", A, "2025-10-06", "2025-10-06", "2025-10-06", BAT, ["Armed clash"],
   M23 + WAZ + FARDC, WAZ + FARDC + M23, CD, SK, ["Shabunda", ""], None,
   evidence="in the Kibandamangobo forest of South Kivu's Shabunda territory, the rebels fought Wazalendo fighters "
            "backed by Congolese army troops")

# ---------------------------------------------------------------- Reuters, 2025-10-16 (Thu)
A = "drc_luhwindja_reuters"
ev("twangiza-drone-strike", A, "2025-10-15", "2025-10-15", "2025-10-15", EXP, ["Air/drone strike"],
   FARDC, M23 + CIV + [""], CD, SK, (), None,
   evidence="Drones attributed to the Congolese army struck the processing plant of the Twangiza gold mine in the "
            "Luhwindja chiefdom ... before dawn on Wednesday ... There was no immediate word on casualties")
ev("kadasomwa-drone-strike", A, "2025-10-15", "2025-10-15", "2025-10-15", EXP, ["Air/drone strike"],
   FARDC, M23 + [""], CD, SK, (), None, req=False,
   evidence="drones had also hit its positions at Kadasomwa and Lumbishi on Wednesday (rebel statement)")
ev("lumbishi-drone-strike", A, "2025-10-15", "2025-10-15", "2025-10-15", EXP, ["Air/drone strike"],
   FARDC, M23 + [""], CD, SK, (), None, req=False,
   evidence="drones had also hit its positions at Kadasomwa and Lumbishi on Wednesday (rebel statement)")
ev("twangiza-first-strike", A, "2025-10-12", "2025-10-06", "2025-10-12", EXP, ["Air/drone strike"],
   FARDC, M23 + CIV + [""], CD, SK, (), None, req=False, tp=2,
   evidence="It was the second strike on the plant, after one the previous week that did little damage")

# ---------------------------------------------------------------- The EastAfrican, 2025-04-29 (Tue)
A = "drc_kaziba_theeastafrican"
ev("kaziba-assault-saturday", A, "2025-04-26", "2025-04-26", "2025-04-26", BAT, ["Armed clash"],
   M23 + WAZ + FARDC, GOVSIDE + M23, CD, SK, (), None,
   evidence="The assault began at around 5pm on Saturday, when the rebels attacked Wazalendo and army positions around "
            "Kaziba from the surrounding hills. The militiamen and soldiers fought back")
ev("lwanguku-taken", A, "2025-04-27", "2025-04-26", "2025-04-27", BAT, ["Non-state actor overtakes territory"],
   M23, GOVSIDE + [""], CD, SK, (), None,
   evidence="By Sunday the rebels had entered Lwanguku, the chiefdom's main town, which remained under their control on "
            "Tuesday")
ev("kaziba-hills-tuesday", A, "2025-04-29", "2025-04-29", "2025-04-29", BAT, ["Armed clash"],
   M23 + WAZ + FARDC, GOVSIDE + M23 + [""], CD, SK, (), None,
   evidence="From about 6am on Tuesday, heavy weapons fire echoed across the hills of Nindi, Kabembe, Butuzi, Mwerwe, "
            "Budali and Lwashandja, on the axis leading to Luhwindja (hills, not settlements: one Kaziba row)")
ev("katana-hills-saturday", A, "2025-04-26", "2025-04-26", "2025-04-26", BAT,
   ["Armed clash", "Government regains territory"], WAZ + M23, M23 + WAZ, CD, SK, (), None,
   evidence="Fighting also broke out on Saturday at Katana, in Kabare territory ... where Wazalendo fighters dislodged "
            "the rebels from the Kabushwa and Kahungu hills")
ev("kavumu-rebels-return", A, "2025-04-27", "2025-04-27", "2025-04-27", BAT, ["Armed clash"],
   M23 + WAZ, WAZ + M23 + [""], CD, SK, (), None, req=False,
   evidence="The rebels came back in force on Sunday towards the Kavumu airport (no fighting stated; optional)")
ev("luhihi-withdrawal", A, "2025-04-26", "2025-04-26", "2025-04-26", STR,
   ["Change to group/activity", "Non-violent transfer of territory", "Other"], M23, [""] + WAZ + FARDC, CD, SK, (), None,
   evidence="On the same Saturday, the M23 pulled its fighters out of Luhihi, a locality in Kalehe territory ... "
            "without any fighting")
ev("tchofi-kasheke-reinforcements", A, "2025-04-27", "2025-04-27", "2025-04-27", STR, ["Change to group/activity"],
   M23, [""], CD, SK, (), None, req=False,
   evidence="witnesses saw five trucks full of fighters arrive at Tchofi and Kasheke on Sunday (deployment; optional)")
ev("burhale-offensive", A, "2025-04-12", "2025-04-12", "2025-04-12", BAT, ["Armed clash"],
   WAZ + FARDC + M23, M23 + WAZ + FARDC, CD, SK, (), None,
   evidence="Earlier this month, on April 12, Wazalendo fighters backed directly by government troops launched "
            "coordinated attacks on rebel positions at Burhale, in Walungu territory (17 days before publication)")

DROP = {
    "drc_manguredjipa_radiookapi": ["Radio Okapi", "Accueil", "Actualité", "Sécurité", "Politique", "Société",
                                    "Provinces", "Read also",
                                    "Beni: civil society alarmed by ADF movements on the Oicha-Eringeti road",
                                    "Butembo: displaced families from Bapere ask for food aid", "Partager", "Facebook",
                                    "WhatsApp", "X", "© Radio Okapi 2025"],
    "drc_djugu_actualite": ["ACTUALITE.CD", "Politique", "Économie", "Sécurité", "Provinces", "Sport", "À lire aussi",
                            "Bunia: the army announces operations against CRP militiamen in Walendu Bindi",
                            "Mahagi: civil society demands reopening of the Aru road"],
    "drc_kaziba_theeastafrican": ["The EastAfrican", "News", "East Africa", "Rest of Africa", "Business", "Opinion",
                                  "Magazine", "Share", "Read more",
                                  "Congo, Rwanda sign declaration of principles in Washington",
                                  "Uvira: displaced families crowd into schools as front approaches", "Follow us",
                                  "© 2025 Nation Media Group. All rights reserved."],
}
EITHER = {
    "drc_manguredjipa_radiookapi": ["Publié le vendredi 31 octobre 2025 à 10:42"],
    "drc_nyabiondo_rfi": ["Issued on: 10/03/2025 - 14:05", "(With AFP)"],
    "drc_djugu_actualite": ["Par Rédaction Bunia", "23 février 2025"],
    "drc_masisi_afp": ["str-sbk/ah"],
    "drc_luhwindja_reuters": ["By Reuters Staff",
                              "(Reporting by Crispin Kyalangilwa in Bukavu; Additional reporting by Ange Kasongo in "
                              "Kinshasa; Writing by Sofia Christensen; Editing by Aidan Lewis)"],
    "drc_kaziba_theeastafrican": ["Tuesday, April 29, 2025", "By Patrick Ilunga"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="6 hand-written held-out articles (bench/heldout291; DR Congo 2024-2025: M23/AFC offensive, "
                             "Wazalendo counter-attacks, drone strikes, ADF and CODECO raids), coded by CODEBOOK.md "
                             "before the system was run (BLIND).", drop=DROP, either=EITHER)
