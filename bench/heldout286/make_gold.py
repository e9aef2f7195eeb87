"""Writes gold.json for the 286th held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 41).

    python bench/heldout286/make_gold.py

Topic: Sudan 2023-2024 (the army-RSF war) — RSF shelling of northern Omdurman and its hospital, an army air
strike on El Muwaileh and clashes in southern Khartoum, RSF raids on Gezira and Sennar villages (killings,
abductions, looting, a new base), army air strikes on El Geneina, Nyala and rural Khartoum North, and the
drone, ground and artillery battle for besieged El Fasher.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

SD = "Sudan"
SAF = ["Military Forces of Sudan", "Sudanese Armed Forces", "SAF", "Sudanese Army", "Sudan Armed Forces",
       "Sudanese Air Force"]
RSF = ["Rapid Support Forces", "RSF"]
JF = ["Joint Forces", "Darfur Joint Force", "Joint Darfur Force", "Sudanese Joint Forces"]
CIV = ["Civilians (Sudan)"]
UAG = ["Unidentified Armed Group (Sudan)"]
KH = ["Khartoum"]
NDAR = ["Northern Darfur", "North Darfur"]
WDAR = ["Western Darfur", "West Darfur"]
SDAR = ["Southern Darfur", "South Darfur"]
GEZ = ["Al Jazirah", "Gezira", "Al Gezira", "El Gezira", "Al Jazira", "Aj Jazirah"]
SEN = ["Sinnar", "Sennar"]

# ---------------------------------------------------------------- Omdurman / Karari (Sudan Tribune, 2024-06-20, Thu)
A = "sudan_karari_sudantribune"
ev("al-nau-hospital-karari-shelling", A, "2024-06-19", "2024-06-19", "2024-06-19", EXP,
   ["Shelling/artillery/missile attack"], RSF, CIV + [""], SD, KH, (), 3,
   evidence="Artillery shells fired by the RSF from their positions across the Nile in Khartoum Bahri struck Al-Nau "
            "Hospital in the Karari locality of northern Omdurman on Wednesday, killing three people ... (MSF 3, "
            "Sudan Doctors Network four -> lowest specific figure 3); the blocks of Al-Thawra hit the same day are "
            "the same bombardment")
ev("thawra-manara-hatana-shelling-june6", A, "2024-06-06", "2024-06-06", "2024-06-06", EXP,
   ["Shelling/artillery/missile attack"], RSF, CIV + [""], SD, KH, (), 40,
   evidence="Two weeks ago, on the evening of Thursday, June 6, RSF shells fired from Bahri slammed into the "
            "neighbourhoods of Al-Thawra, Al-Manara and Al-Hatana, killing about 40 civilians (14 days before "
            "publication: inside the 30-day window)")
ev("army-artillery-on-bahri-june7", A, "2024-06-07", "2024-06-07", "2024-06-07", EXP,
   ["Shelling/artillery/missile attack"], SAF, RSF + [""], SD, KH, (), None,
   evidence="The following day, the army's heavy artillery north of Omdurman pounded RSF positions in Khartoum Bahri")
ev("wadi-seidna-drones-downed-june7", A, "2024-06-07", "2024-06-07", "2024-06-07", STR,
   ["Disrupted weapons use"], SAF + RSF, RSF + SAF + [""], SD, KH, (), 0,
   evidence="air-defence units in the Wadi Seidna military area shot down two drones that the paramilitaries had "
            "launched at the base, causing no damage")

# ---------------------------------------------------------------- Gezira / Soriba (Radio Dabanga, 2024-02-02, Fri)
A = "sudan_soriba_dabanga"
ev("soriba-rsf-raid", A, "2024-02-01", "2024-02-01", "2024-02-01", VAC, ["Attack"], RSF, CIV, SD, GEZ, (), 2,
   evidence="Two young men were shot dead and several other people wounded when a heavily armed unit of the RSF "
            "stormed Soriba, a village in the southern part of El Gezira, on Thursday")
ev("soriba-young-men-taken", A, "2024-02-01", "2024-02-01", "2024-02-02", VAC, ["Abduction/forced disappearance"],
   RSF, CIV, SD, GEZ, (), 0, req=False,
   evidence="The paramilitaries also rounded up a number of young men from the village and drove them away. They "
            "were held for twenty-four hours (may be folded into the raid)")
ev("goz-el-reheid-rsf-base", A, "2024-01-15", "2024-01-11", "2024-01-20", STR,
   ["Headquarters or base established"], RSF, [""] + CIV, SD, GEZ, (), 0, tp=2,
   evidence="In southern El Gezira, the RSF set up a new base west of Goz El Reheid and east of El Hadi in "
            "mid-January (about 18 days before publication)")

# ---------------------------------------------------------------- El Geneina / Nyala (Reuters, 2024-07-15, Mon)
A = "sudan_geneina_reuters"
ev("geneina-army-air-strike", A, "2024-07-14", "2024-07-14", "2024-07-14", EXP, ["Air/drone strike"],
   SAF, CIV + RSF + [""], SD, WDAR, (), 1,
   evidence="the bombs fell on the Al-Nasim neighbourhoods and on the western part of the town ... A girl was "
            "killed and about ten other people ... were wounded")
ev("nyala-army-air-strike", A, "2024-07-14", "2024-07-14", "2024-07-14", EXP, ["Air/drone strike"],
   SAF, CIV + RSF + [""], SD, SDAR, ["Nyala", ""], None,
   evidence="In Nyala ... a warplane circled over the city for a long time before dropping several unguided bombs. "
            "The Nyala Hospital for Women and Childbirth was damaged ... casualties but could not give a number")

# ---------------------------------------------------------------- El Fasher (AFP, 2024-11-30, Sat)
A = "sudan_elfasher_afp"
ev("el-fasher-16-drones-downed-thu", A, "2024-11-28", "2024-11-28", "2024-11-28", STR, ["Disrupted weapons use"],
   SAF + RSF, RSF + SAF + [""], SD, NDAR, (), 0,
   evidence="\"Ground defences shot down 16 drones yesterday, Thursday ...\" (statement issued late on Friday: "
            "Thursday 28 November)")
ev("el-fasher-drones-downed-fri", A, "2024-11-29", "2024-11-29", "2024-11-29", STR, ["Disrupted weapons use"],
   SAF + RSF, RSF + SAF + [""], SD, NDAR, (), 0,
   evidence="around five more drones were brought down on Friday inside the division's headquarters")
ev("el-fasher-dawn-assault-repelled", A, "2024-11-29", "2024-11-29", "2024-11-29", BAT, ["Armed clash"],
   RSF + SAF + JF, SAF + RSF + JF, SD, NDAR, (), None,
   evidence="At dawn on Friday, RSF fighters tried to advance into the city from its eastern and western edges ... "
            "The army and its allies ... repelled the assault after several hours of fighting")
ev("el-fasher-rsf-shells-livestock-market", A, "2024-11-29", "2024-11-29", "2024-11-29", EXP,
   ["Shelling/artillery/missile attack"], RSF, CIV + SAF + [""], SD, NDAR, (), None,
   evidence="The paramilitaries then pounded the city's livestock market and its southern neighbourhoods with "
            "artillery, causing an unspecified number of casualties")
ev("el-fasher-army-shells-east", A, "2024-11-29", "2024-11-29", "2024-11-29", EXP,
   ["Shelling/artillery/missile attack"], SAF, RSF + [""], SD, NDAR, (), None,
   evidence="The army answered with shelling from its base west of the city, targeting RSF positions in eastern "
            "El Fasher")
ev("el-fasher-army-air-strikes-east", A, "2024-11-29", "2024-11-29", "2024-11-29", EXP, ["Air/drone strike"],
   SAF, RSF + [""], SD, NDAR, (), None,
   evidence="while warplanes carried out air strikes on paramilitary targets in the east")

# ---------------------------------------------------------------- Omdurman / Khartoum (Al Jazeera, 2023-06-08, Thu)
A = "sudan_muwaileh_aljazeera"
ev("el-muwaileh-air-strike", A, "2023-06-07", "2023-06-07", "2023-06-07", EXP, ["Air/drone strike"],
   SAF, CIV + RSF + [""], SD, KH, (), 12,
   evidence="An air strike on the El Muwaileh area on the western outskirts of Omdurman on Wednesday morning "
            "killed 12 civilians")
ev("jabra-army-shelling", A, "2023-06-07", "2023-06-07", "2023-06-07", EXP, ["Shelling/artillery/missile attack"],
   SAF, RSF + CIV + [""], SD, KH, (), None,
   evidence="The RSF also accused the army of shelling the Jabra area of southern Khartoum on Wednesday, saying the "
            "bombardment caused severe damage to warehouses")
ev("southern-khartoum-clashes", A, "2023-06-07", "2023-06-07", "2023-06-07", BAT, ["Armed clash"],
   SAF + RSF, RSF + SAF, SD, KH, (), None,
   evidence="Fierce clashes between the two sides continued on Wednesday in the Abu Adam, El Shajara and El Kalakla "
            "neighbourhoods of southern Khartoum (one row for three neighbourhoods of one city)")
ev("thawra-59-phone-robbery-killing", A, "2023-06-06", "2023-06-06", "2023-06-06", VAC, ["Attack"],
   SAF + UAG, CIV, SD, KH, (), 2,
   evidence="In Omdurman's El Thawra 59 district, two men were shot dead on Tuesday in what residents described as "
            "an attempted robbery of their mobile phones by men in army uniform")
ev("halfaya-bridge-closed-by-rsf", A, "2023-06-07", "2023-06-01", "2023-06-08", STR,
   ["Other", "Change to group/activity", "Headquarters or base established"], RSF, CIV + [""], SD, KH, (), 0,
   req=False, tp=2,
   evidence="RSF fighters had closed the Halfaya bridge ... from the eastern side (undated; may be left uncoded)")

# ---------------------------------------------------------------- Sennar / Gezira / Khartoum North (Anadolu, 2024-08-18, Sun)
A = "sudan_beida_anadolu"
ev("beida-village-rsf-raid", A, "2024-08-16", "2024-08-16", "2024-08-16", VAC, ["Attack"], RSF, CIV, SD, SEN, (), 6,
   evidence="At least six people were killed and dozens injured when RSF fighters raided the village of Beida, in "
            "the western part of the Ed Dinder locality of Sennar state, on Friday morning")
ev("beida-village-plundered", A, "2024-08-16", "2024-08-16", "2024-08-16", STR, ["Looting/property destruction"],
   RSF, CIV + [""], SD, SEN, (), 0, req=False,
   evidence="the paramilitaries ordered the entire population to leave at gunpoint and then plundered their homes "
            "(may be folded into the raid)")
ev("hillet-bir-wad-agrab-attack", A, "2024-08-16", "2024-08-16", "2024-08-16", VAC, ["Attack"], RSF, CIV, SD, SEN,
   (), None, req=False,
   evidence="The village of Hillet Bir Wad Agrab, in the eastern part of the same locality, was also attacked by ... "
            "RSF \"militia gangs\" on the same day (no details; may be merged with Beida at admin1 level)")
ev("el-jadeed-el-sawra-brothers-killed", A, "2024-08-16", "2024-08-15", "2024-08-16", VAC, ["Attack"],
   RSF, CIV, SD, GEZ, (), 2,
   evidence="RSF elements stormed the house of two brothers ... in the village of El Jadeed El Sawra east of Wad "
            "Madani, shot them dead and left with their car (day only from the lede: Friday)")
ev("wad-madani-bus-station-burned", A, "2024-08-16", "2024-08-16", "2024-08-16", STR,
   ["Looting/property destruction"], RSF + UAG, [""] + CIV, SD, GEZ, (), 0,
   evidence="In the state capital Wad Madani, the regional bus station was set on fire on Friday ... residents "
            "blamed RSF members")
ev("rural-khartoum-north-air-raids", A, "2024-08-16", "2024-08-16", "2024-08-16", EXP, ["Air/drone strike"],
   SAF, CIV + RSF + [""], SD, KH, (), 9,
   evidence="In rural Khartoum North ... at least nine people were killed in air raids by the Sudanese Air Force on "
            "villages east of the Nile")

DROP = {
    "sudan_karari_sudantribune": ["Sudan Tribune", "Plural news and views on Sudan", "Home", "News", "Politics",
                                  "Opinion", "Documents", "Related", "MSF warns of collapse of health care in Omdurman",
                                  "Army says it repelled RSF attack on El Fasher's eastern front", "Share this:",
                                  "Facebook", "Twitter", "WhatsApp", "© 2024 Sudan Tribune. All rights reserved."],
    "sudan_soriba_dabanga": ["Radio Dabanga", "Home", "News", "Darfur", "Kordofan", "Khartoum", "El Gezira",
                             "Radio programmes", "Donate", "Share this article", "Facebook", "X", "WhatsApp", "Email",
                             "Related news", "Gezira villagers flee on foot as RSF raids spread",
                             "Sudan army air strikes hit Khartoum Bahri", "Radio Dabanga © 2024"],
    "sudan_muwaileh_aljazeera": ["Al Jazeera", "Skip links", "Skip to Content", "News", "Africa", "Features",
                                 "Opinion", "Sudan", "More from News",
                                 "Chad says 100,000 refugees crossed from Darfur since April",
                                 "Egypt tightens visa rules for Sudanese fleeing war"],
    "sudan_beida_anadolu": ["Anadolu Agency", "Home", "Politics", "World", "Africa", "Middle East", "Economy",
                            "Related News", "Sudan: Army says it repelled RSF attack in El Fasher",
                            "UN warns of cholera outbreak in Sudan's Kassala state",
                            "Anadolu Agency website contains only a portion of the news stories offered to "
                            "subscribers in the AA News Broadcasting System (HAS), and in summarized form."],
}
EITHER = {
    "sudan_karari_sudantribune": ["Thursday, June 20, 2024"],
    "sudan_soriba_dabanga": ["February 2, 2024"],
    "sudan_geneina_reuters": ["By Khalid Abdelaziz",
                              "(Reporting by Khalid Abdelaziz in Dubai; Additional reporting by Nafisa Eltahir in "
                              "Cairo; Editing by Sharon Singleton)"],
    "sudan_elfasher_afp": ["bur/ab/kir"],
    "sudan_muwaileh_aljazeera": ["8 Jun 2023", "Source: Al Jazeera and news agencies"],
    "sudan_beida_anadolu": ["Mohammed Amin | 18.08.2024", "KHARTOUM"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="6 hand-written held-out articles (bench/heldout286; Sudan 2023-2024, the army-RSF war), "
                             "coded by CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
