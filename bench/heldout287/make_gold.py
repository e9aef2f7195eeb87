"""Writes gold.json for the 287th held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 41).

    python bench/heldout287/make_gold.py

Focus: Burkina Faso 2023 — jihadist attacks on VDP posts and convoys, a commune overrun and retaken, village
massacres, army air strikes, killings by a mine-convoy escort, and the September 2023 coup-plot arrests and rallies
in Ouagadougou.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

BF = "Burkina Faso"
BFA = ["Military Forces of Burkina Faso", "Burkina Faso Armed Forces", "Burkinabe Army", "Armed Forces of Burkina Faso"]
VDP = ["VDP: Volunteers for the Defense of the Homeland", "Volunteers for the Defense of the Homeland",
       "Volunteers for the Defence of the Homeland", "VDP", "Volontaires pour la Defense de la Patrie"]
GEND = ["Police Forces of Burkina Faso", "Gendarmerie of Burkina Faso", "Gendarmerie Nationale"]
FORCES = BFA + VDP
JNIM = ["JNIM: Group for Support of Islam and Muslims", "Jama'at Nusrat al-Islam wal-Muslimin", "JNIM",
        "Group for the Support of Islam and Muslims", "GSIM"]
ISS = ["Islamic State (Sahel)", "Islamic State Sahel Province", "Islamic State in the Greater Sahara", "ISGS",
       "Islamic State"]
UAG = ["Unidentified Armed Group (Burkina Faso)"]
JIHAD = UAG + JNIM + ISS
CIV = ["Civilians (Burkina Faso)"]
PROT = ["Protesters (Burkina Faso)"]
CN, BMH, SAH, EST, CTR, CO = ["Centre-Nord"], ["Boucle du Mouhoun"], ["Sahel"], ["Est"], ["Centre"], ["Centre-Ouest"]

# ---------------------------------------------------------------- AFP, 2023-01-20 (Fri)
A = "burkinafaso_rakoegtenga_afp"
ev("rakoegtenga-vdp-post", A, "2023-01-19", "2023-01-19", "2023-01-19", BAT, ["Armed clash"],
   JIHAD, VDP + BFA, BF, CN, ["Bam"], 7,
   evidence="Suspected jihadists killed six civilian auxiliaries of the army and a woman passer-by when they stormed a "
            "forward post of volunteer fighters at Rakoegtenga in ... Bam province on Thursday")
ev("siena-saran-convoy-ambush", A, "2023-01-19", "2023-01-19", "2023-01-19", BAT, ["Armed clash"],
   JIHAD, FORCES + CIV, BF, BMH, ["Nayala"], 11,
   evidence="a convoy of traders' lorries escorted by soldiers and volunteers ran into an ambush on Thursday afternoon "
            "on the dirt road between Siena and Saran ... ten VDP and one civilian (security source) vs twelve (Toma)")
ev("zincko-mixed-team-attacked", A, "2023-01-19", "2023-01-19", "2023-01-19", BAT, ["Armed clash"],
   JIHAD, FORCES, BF, CN, ["Sanmatenga"], None,
   evidence="a mixed team of troops and auxiliaries 'came under fire' near Zincko the same day ... without details of "
            "casualties")
ev("sanaba-raid", A, "2023-01-19", "2023-01-19", "2023-01-20", VAC, ["Attack"],
   JIHAD, CIV, BF, BMH, ["Banwa"], 8,
   evidence="Late on Thursday, armed men on motorbikes then raided the village of Sanaba ... shooting dead eight "
            "civilians (councillor: twelve)")
ev("arbinda-women-abducted", A, "2023-01-13", "2023-01-12", "2023-01-13", VAC, ["Abduction/forced disappearance"],
   JIHAD, CIV, BF, SAH, ["Soum"], 0, tp=2,
   evidence="around sixty women and girls ... were abducted by suspected jihadists on January 12 and 13 ... in the bush "
            "near Arbinda, in Soum province (8 days before publication: inside the window)")

# ---------------------------------------------------------------- RFI, 2023-03-08 (Wed)
A = "burkinafaso_partiaga_rfi"
ev("partiaga-overrun", A, "2023-02-26", "2023-02-26", "2023-02-26", BAT, ["Non-state actor overtakes territory"],
   JIHAD, VDP + BFA + CIV + [""], BF, EST, ["Tapoa"], 13,
   evidence="jihadist fighters swept into the rural commune of Partiaga ... on 26 February ... VDP rapidly overwhelmed "
            "... fighters ... remain in control of the town; thirteen (first reports) vs around sixty (MBDHP)")
PARTIAGA_OVERRUN = E[-1]
ev("partiaga-massacre-as-attack", A, "2023-02-26", "2023-02-26", "2023-02-26", VAC, ["Attack"],
   JIHAD, CIV, BF, EST, ["Tapoa"], 13, req=False,
   evidence="the same assault seen as an attack on civilians ('The men who found themselves in their path were simply "
            "shot down')")
ev("partiaga-army-pullback", A, "2023-02-24", "2023-02-24", "2023-02-24", STR, ["Change to group/activity"],
   BFA + GEND, [""] + JIHAD, BF, EST, ["Tapoa"], 0, req=False,
   evidence="the army detachment and the gendarmes had pulled back to Diapaga on the evening of Friday 24 February")
ev("partiaga-feb16-attack", A, "2023-02-16", "2023-02-16", "2023-02-16", BAT, ["Armed clash"],
   JIHAD, FORCES, BF, EST, ["Tapoa"], None,
   evidence="on 16 February, when gunmen attacked soldiers and volunteers on the outskirts of the town")
ev("partiaga-feb17-ambush", A, "2023-02-17", "2023-02-17", "2023-02-17", BAT, ["Armed clash"],
   JIHAD, FORCES, BF, EST, ["Tapoa"], None,
   evidence="on 17 February, when an ambush on the road to Diapaga killed several members of the security forces and "
            "VDP")
ev("diapaga-security-march", A, "2023-03-01", "2023-03-01", "2023-03-01", PRO, ["Peaceful protest"],
   PROT, [""], BF, EST, ["Tapoa"], 0,
   evidence="on 1 March, several thousand people marched peacefully through the streets of Diapaga ... to demand 'more "
            "security'")

# ---------------------------------------------------------------- Burkina24, 2023-03-10 (Fri)
A = "burkinafaso_doumam_burkina24"
PARTIAGA_OVERRUN["articles"].append(A)  # told again as context (12 days before publication)
ev("doumam-vdp-attacked", A, "2023-03-09", "2023-03-09", "2023-03-09", BAT, ["Armed clash"],
   JIHAD + VDP, VDP + JIHAD, BF, SAH, ["Oudalan"], 16,
   evidence="At least six VDP were killed on Thursday when their positions at Doumam ... came under attack ... the "
            "volunteers killed ten of the assailants (6+10; coordinator: eight VDP)")
ev("balliata-air-strikes", A, "2023-03-09", "2023-03-09", "2023-03-09", EXP, ["Air/drone strike"],
   BFA, JIHAD + [""], BF, SAH, ["Oudalan"], 30,
   evidence="the air force spotted ... a 'gathering of terrorists' in the Balliata area, near Gorom-Gorom. Strikes "
            "'neutralised' thirty fighters")
ev("daka-vdp-repel-attack", A, "2023-03-09", "2023-03-09", "2023-03-09", BAT, ["Armed clash"],
   JIHAD + VDP, VDP + JIHAD, BF, BMH, ["Sourou"], 5,
   evidence="unidentified armed men attacked a group of volunteers at Daka. The VDP repelled the assault and killed "
            "five of the attackers")
ev("partiaga-retaken", A, "2023-03-09", "2023-03-03", "2023-03-09", BAT, ["Government regains territory"],
   FORCES, JIHAD + [""], BF, EST, ["Tapoa"], None, tp=2,
   evidence="the army's general staff announced on Thursday evening that its units had 'set foot in Partiaga' ... "
            "'Several terrorists were shot down' (sources: nearly twenty; date of entry not given)")
ev("monthly-112-neutralised", A, "2023-03-09", "2023-02-15", "2023-03-09", BAT, ["Armed clash"],
   FORCES, JIHAD + [""], BF, [""], (), 112, req=False, tp=3,
   evidence="monthly report ... mid-February to mid-March ... 112 terrorists had been neutralised across the country "
            "(country-level aggregate with fatalities; month range)")

# ---------------------------------------------------------------- Lefaso.net, 2023-02-24 (Fri)
A = "burkinafaso_belga_lefaso"
ev("belga-vdp-killed", A, "2023-02-22", "2023-02-22", "2023-02-22", BAT, ["Armed clash"],
   JIHAD, VDP + BFA, BF, CN, ["Namentenga"], 12,
   evidence="At least twelve VDP were killed on Wednesday when armed men attacked Belga ... engaged the volunteers for "
            "several hours (relative: fourteen buried)")
ev("sanakadougou-raid", A, "2023-02-10", "2023-02-09", "2023-02-10", VAC, ["Attack"],
   JIHAD, CIV, BF, BMH, ["Kossi"], 12,
   evidence="gunmen on motorbikes stormed the village of Sanakadougou ... during the night of Thursday 9 to Friday 10 "
            "February. Between twelve and thirteen civilians were killed")
ev("yaran-raid", A, "2023-02-12", "2023-02-12", "2023-02-12", VAC, ["Attack"],
   JIHAD, CIV, BF, BMH, ["Kossi"], None, req=False,
   evidence="armed groups also raided the neighbouring locality of Yaran on the morning of Sunday 12 February, without "
            "... a toll (target and sub-type unclear)")
ev("centre-nord-feb8-gendarmes-vdp", A, "2023-02-08", "2023-02-08", "2023-02-08", BAT, ["Armed clash"],
   JIHAD, GEND + VDP + BFA, BF, CN, (), 15,
   evidence="On 8 February, fifteen people, eight VDP and seven gendarmes, were killed in an attack in the Centre-Nord "
            "region (admin1 only)")
ev("dedougou-msf-staff-killed", A, "2023-02-08", "2023-02-08", "2023-02-08", VAC, ["Attack"],
   JIHAD, CIV + ["Medecins Sans Frontieres", "MSF", "Aid Workers (Burkina Faso)"], BF, BMH, ["Mouhoun"], 2,
   evidence="two Burkinabe employees of Medecins Sans Frontieres were killed when the clearly marked vehicle ... was "
            "attacked near Dedougou, in Mouhoun province")

# ---------------------------------------------------------------- VOA, 2023-09-28 (Thu)
A = "burkinafaso_ouagadougou_voa"
ev("coup-plot-officers-arrested", A, "2023-09-27", "2023-09-26", "2023-09-28", STR, ["Arrests"],
   BFA + ["Government of Burkina Faso"], BFA + [""], BF, CTR,
   ["Kadiogo"], 0, tp=2,
   evidence="four officers had been detained and two others were on the run after the junta announced it had "
            "thwarted an attempted coup ... held in the capital")
ev("ouaga-rally-tuesday", A, "2023-09-26", "2023-09-26", "2023-09-26", PRO, ["Peaceful protest"],
   PROT, [""], BF, CTR, ["Kadiogo"], 0,
   evidence="On Tuesday evening, thousands of people took to the streets of Ouagadougou at the call of Traore's "
            "supporters to 'defend' him ... without incident")
ev("ouaga-rally-wednesday", A, "2023-09-27", "2023-09-27", "2023-09-27", PRO, ["Peaceful protest"],
   PROT, [""], BF, CTR, ["Kadiogo"], 0,
   evidence="Traore's backers returned to the Place de la Nation on Wednesday evening after the government's "
            "announcement")

# ---------------------------------------------------------------- APA News, 2023-02-04 (Sat)
A = "burkinafaso_sakoani_apa"
ev("piega-convoy-escort-killings", A, "2023-02-01", "2023-02-01", "2023-02-01", VAC, ["Attack"],
   BFA, CIV, BF, EST, ["Gourma"], 7,
   evidence="Soldiers escorting a supply convoy to the Boungou gold mine shot dead ... In Piega ... Gourma province, "
            "seven people were killed")
ev("sakoani-convoy-escort-killings", A, "2023-02-01", "2023-02-01", "2023-02-01", VAC, ["Attack"],
   BFA, CIV, BF, EST, ["Tapoa"], 12,
   evidence="In Sakoani, in the commune of Kantchari in Tapoa province ... twelve people were killed (residents: eleven "
            "more bodies, unverified)")
ev("kankangou-convoy-escort-killings", A, "2023-02-01", "2023-02-01", "2023-02-01", VAC, ["Attack"],
   BFA, CIV, BF, EST, ["Tapoa"], 6,
   evidence="Six more people were killed in Kankangou, a farming hamlet of the village of Sampieri, about twenty "
            "kilometres from Kantchari")
ev("dassa-two-attacks", A, "2023-01-26", "2023-01-26", "2023-01-26", VAC, ["Attack"],
   JIHAD, CIV, BF, CO, ["Sanguie", "Sanguié"], 10,
   evidence="On Thursday 26 January, at least ten civilians were killed in two attacks by armed men in Dassa, in "
            "Sanguie province")

DROP = {
    "burkinafaso_partiaga_rfi": ["RFI", "Africa", "France", "Europe", "Americas", "Podcasts", "Share", "Facebook",
                                 "Twitter", "WhatsApp", "Read also",
                                 "Burkina Faso: army says dozens of terrorists neutralised in the north",
                                 "Niger: several soldiers killed in attack near Torodi"],
    "burkinafaso_doumam_burkina24": ["Burkina24", "Accueil", "Actualité", "Politique", "Sécurité", "Société", "Sport",
                                     "Partager", "Facebook", "Twitter", "WhatsApp", "À lire aussi",
                                     "Kaya: remise de vivres aux personnes déplacées internes",
                                     "Fada N'Gourma: les commerçants réclament la réouverture des axes",
                                     "© Burkina24 2023. Tous droits réservés."],
    "burkinafaso_belga_lefaso": ["Lefaso.net", "Accueil", "Actualités", "Politique", "Economie", "Société", "Sécurité",
                                 "Articles liés", "Insécurité: le gouvernement appelle les VDP à plus de discipline",
                                 "Namentenga: des déplacés réclament des vivres à Tougouri", "Commentaires",
                                 "Réagir à cet article"],
    "burkinafaso_ouagadougou_voa": ["VOA", "Africa", "Burkina Faso", "Share", "Print", "Related Stories",
                                    "Burkina Faso Suspends French Magazine Jeune Afrique",
                                    "Mali, Burkina Faso, Niger Sign Sahel Security Pact"],
}
EITHER = {
    "burkinafaso_rakoegtenga_afp": ["bur-hs/cld/jj"],
    "burkinafaso_partiaga_rfi": ["Published on: 08/03/2023 - 10:42"],
    "burkinafaso_doumam_burkina24": ["10 mars 2023", "Par la Rédaction"],
    "burkinafaso_belga_lefaso": ["vendredi 24 février 2023"],
    "burkinafaso_ouagadougou_voa": ["September 28, 2023", "By VOA News",
                                    "Some information for this report came from AFP and Reuters."],
    "burkinafaso_sakoani_apa": ["DS/te/APA"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="6 hand-written held-out articles (bench/heldout287; Burkina Faso 2023: VDP posts, convoys, "
                             "Partiaga, air strikes, convoy-escort killings, coup-plot arrests), coded by CODEBOOK.md "
                             "before the system was run (BLIND).", drop=DROP, either=EITHER)
