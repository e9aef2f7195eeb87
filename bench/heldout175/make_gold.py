"""Writes gold.json for the 175th held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 23).

    python bench/heldout175/make_gold.py

Focus: Ethiopia 2016-2025 — a Gondar protest fired on over the Wolkait activist's case (2016), the grenade at
Abiy's Meskel Square rally (2018), the Tigrayan capture of Alamata and Korem (2021), the Kobo killings by
Tigrayan fighters (2021), the Tigrayan push into Afar around Erebti, Magale and Berhale (2022), army killings
and abductions in Chobi district, West Shewa (2023), drone strikes in Quarit and Dembecha (2023) and the Kheret
drone strike in East Gojjam (2025).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

ET = "Ethiopia"
AMH = ["Amhara"]
ORO = ["Oromiya", "Oromia"]
AA = ["Addis Ababa", "Addis Abeba"]
TIG = ["Tigray"]
AFAR = ["Afar"]
MIL = ["Military Forces of Ethiopia"]
POL = ["Police Forces of Ethiopia"]
SF = MIL + POL
CIV = ["Civilians (Ethiopia)"]
PROT = ["Protesters (Ethiopia)"]
RIOT = ["Rioters (Ethiopia)"]
UAG = ["Unidentified Armed Group (Ethiopia)"]
TPLF = ["TPLF", "Tigray People's Liberation Front", "Tigray Peoples Liberation Front", "TDF", "Tigray Defense Forces",
        "Tigray Defence Forces", "Military Forces of Tigray", "Tigray Regional Special Forces",
        "TPLF: Tigray People's Liberation Front", "Tigrayan forces"]
AMH_F = ["Amhara Regional Special Forces", "Amhara Special Forces", "Military Forces of Amhara",
         "Amhara Regional Forces", "Amhara forces", "Amhara Ethnic Militia (Ethiopia)", "Amhara Militia",
         "Fano", "Government of Amhara", "Amhara Regional Government", "Police Forces of Ethiopia (Amhara)"]
AFAR_F = ["Afar Regional Special Forces", "Afar Special Forces", "Military Forces of Afar", "Afar forces",
          "Afar Ethnic Militia (Ethiopia)", "Afar Militia", "Police Forces of Ethiopia (Afar)"]
FANO = ["Fano", "Fano Militia", "Amhara Fano", "Amhara Ethnic Militia (Ethiopia)", "Fano: Amhara Fano"]
OLA = ["OLA", "Oromo Liberation Army", "OLF-Shane", "Shene", "OLA: Oromo Liberation Army",
       "Oromo Liberation Front"]
GONJ_W = ["West Gojjam Zone", "West Gojjam", "Mirab Gojjam"]
GONJ_E = ["East Gojjam Zone", "East Gojjam", "Misraq Gojjam", ""]
WSHEWA = ["West Shewa Zone", "West Shewa", "West Shoa", "Mirab Shewa"]

# ---------------------------------------------------------------- Gondar (AFP, 2016-08-06, Sat)
A = "ethiopia_gondar_afp"
ev("gondar-court-march-fired-on", A, "2016-08-05", "2016-08-05", "2016-08-05", PRO,
   ["Excessive force against protesters"], SF + PROT, PROT + SF, ET, AMH, (), 1,
   evidence="security forces opened fire on protesters in the northern city of Gondar on Friday, killing at least one "
            "person ... marched on the city's high court ... nobody was armed ... tear gas first and then ... live "
            "bullets ... one young man brought in dead (activists abroad: four -> lowest specific figure 1)")
ev("gondar-demeke-arrest-gunfight", A, "2016-07-12", "2016-07-12", "2016-07-12", BAT, ["Armed clash"],
   SF + UAG + ["Wolkait Amhara Identity Committee", "Amhara Ethnic Militia (Ethiopia)", "Civilians (Ethiopia)"],
   SF + UAG + ["Wolkait Amhara Identity Committee", "Amhara Ethnic Militia (Ethiopia)", "Civilians (Ethiopia)"],
   ET, AMH, (), 10,
   evidence="federal security agents tried to arrest him at his home in the early hours of July 12 ... opened fire, and "
            "armed neighbours joined the gunfight ... ten people were killed, four of them members of the security "
            "forces (25 days before publication -> an event)")
ev("gondar-riots-jul13-14", A, "2016-07-14", "2016-07-13", "2016-07-14", RIO, ["Violent demonstration", "Mob violence"],
   RIOT + PROT, [""] + CIV, ET, AMH, (), None, tp=2,
   evidence="In the two days that followed, crowds in Gondar set fire to buses, a fuel station and shops belonging to "
            "companies linked to the ruling TPLF (no toll)")
ev("gondar-demeke-detained", A, "2016-07-12", "2016-07-12", "2016-07-14", STR, ["Arrests"],
   SF, ["Wolkait Amhara Identity Committee", "Civilians (Ethiopia)", "Demeke Zewdu", ""], ET, AMH, (), 0, req=False,
   evidence="Demeke was later handed over to regional police (arrest of a notable activist; may be folded into the "
            "gunfight row)")

# ---------------------------------------------------------------- Addis Ababa (Xinhua, 2018-06-24, Sun)
A = "ethiopia_meskelsquare_xinhua"
ev("meskel-square-grenade", A, "2018-06-23", "2018-06-23", "2018-06-23", EXP, ["Grenade"],
   UAG, CIV + PROT + [""], ET, AA, (), 2,
   evidence="Saturday's grenade attack on a rally held in support of ... Abiy Ahmed ... One person was killed at the "
            "scene and a second victim died ... early on Sunday ... 156 people were wounded")
ev("meskel-square-rally", A, "2018-06-23", "2018-06-23", "2018-06-23", PRO, ["Peaceful protest"],
   PROT, [""], ET, AA, (), 0, req=False,
   evidence="hundreds of thousands of people who had gathered since early morning to express support for the reforms "
            "... peaceful and festive until the explosion (pro-government rally; may be folded into the grenade row)")
ev("addis-police-officials-detained", A, "2018-06-24", "2018-06-23", "2018-06-24", STR, ["Arrests"],
   POL + MIL, POL + UAG + CIV + [""], ET, AA, (), 0,
   evidence="nine police officials, among them the deputy commissioner of the Addis Ababa city police, had been detained "
            "overnight over security failures at the rally, along with a number of suspects")

# ---------------------------------------------------------------- Alamata (Reuters, 2021-07-13, Tue)
A = "ethiopia_alamata_reuters"
ev("alamata-captured", A, "2021-07-12", "2021-07-12", "2021-07-13", BAT, ["Non-state actor overtakes territory"],
   TPLF, AMH_F + MIL + [""], ET, TIG, (), None,
   evidence="Tigrayan fighters entered the town late on Monday after routing Amhara regional forces and federal troops "
            "in the highlands north and east of it ... 'cleared Alamata last night' (toll not given)")
ev("korem-captured", A, "2021-07-11", "2021-07-10", "2021-07-11", BAT, ["Non-state actor overtakes territory"],
   TPLF, AMH_F + MIL + [""], ET, TIG, (), None, tp=2,
   evidence="the fighters had earlier taken Korem, a smaller town about 25 km to the north, over the weekend")
ev("alamata-highlands-fighting", A, "2021-07-12", "2021-07-11", "2021-07-12", BAT, ["Armed clash"],
   TPLF + AMH_F + MIL, AMH_F + MIL + TPLF, ET, TIG, (), None, req=False,
   evidence="routing Amhara regional forces and federal troops in the highlands north and east of it ... heavy gunfire "
            "on the hills last night (rule 3 folds it into the capture; a coder might keep a separate clash)")
ev("amhara-call-to-arms", A, "2021-07-13", "2021-07-13", "2021-07-13", STR, ["Change to group/activity"],
   AMH_F + ["Government of Ethiopia"], [""], ET, AMH, (), 0, req=False,
   evidence="Late on Tuesday, Amhara state television broadcast a statement from the regional government calling on "
            "'all young people and armed residents' to join the region's forces (militia mobilisation call; a coder "
            "may treat it as a statement)")
ev("mekelle-recaptured-june", A, "2021-06-30", "2021-06-01", "2021-06-30", BAT, ["Non-state actor overtakes territory"],
   TPLF, MIL + [""], ET, TIG, (), None, req=False, tp=3,
   evidence="Tigrayan forces recaptured Mekelle late last month after the government announced a unilateral ceasefire "
            "and withdrew its troops (late June = about 15 days before; told in passing, month only)")
ev("tigray-bridges-destroyed", A, "2021-07-12", "2021-07-01", "2021-07-13", STR, ["Looting/property destruction"],
   AMH_F + UAG + MIL, [""] + CIV, ET, TIG, (), 0, req=False, tp=2,
   evidence="the destruction of two bridges on the main roads into the region earlier this month ... The TPLF blamed "
            "Amhara forces ... Amhara officials denied involvement (places unnamed, date vague)")

# ---------------------------------------------------------------- Kobo (VOA, 2021-09-14, Tue)
A = "ethiopia_kobo_voa"
KOBO2 = ["North Wollo Zone", "North Wollo", "Semien Wollo", ""]
ev("kobo-house-to-house-killings", A, "2021-09-09", "2021-09-09", "2021-09-09", VAC, ["Attack"],
   TPLF, CIV, ET, AMH, KOBO2, 23,
   evidence="In the afternoon ... Tigrayan fighters entered neighbourhoods near the Kobo bus station and shot men and "
            "boys ... 23 people were buried at St. George's Church on Friday ... zone official 'more than 100' "
            "(lowest specific figure 23; TPLF denial does not negate)")
ev("kobo-farmers-ambush", A, "2021-09-09", "2021-09-09", "2021-09-09", BAT, ["Armed clash"],
   AMH_F + ["Civilians (Ethiopia)"] + TPLF, TPLF + AMH_F + ["Civilians (Ethiopia)"], ET, AMH, KOBO2, None,
   evidence="armed farmers and local militiamen ambushed Tigrayan fighters at their positions on the eastern outskirts "
            "of Kobo early on Thursday ... an unknown number of fighters on both sides were killed")
ev("kobo-hospital-looted", A, "2021-09-08", "2021-09-01", "2021-09-09", STR, ["Looting/property destruction"],
   TPLF, CIV + [""], ET, AMH, KOBO2, 0, req=False, tp=2,
   evidence="Tigrayan fighters had looted the Kobo hospital and emptied grain stores and shops in the days before the "
            "killings (vague date)")

# ---------------------------------------------------------------- Afar (Al Jazeera, 2022-01-27, Thu)
A = "ethiopia_erebti_aljazeera"
ev("magale-captured", A, "2022-01-23", "2022-01-22", "2022-01-23", BAT, ["Non-state actor overtakes territory"],
   TPLF, AFAR_F + MIL + [""], ET, AFAR, (), None, tp=2,
   evidence="Tigrayan fighters had taken control of Magale, a district capital about 30km south of ... Abala, over the "
            "weekend after days of artillery fire")
ev("erebti-health-centre-shelled", A, "2022-01-25", "2022-01-25", "2022-01-25", EXP,
   ["Shelling/artillery/missile attack"], TPLF + UAG, CIV, ET, AFAR, (), 2,
   evidence="On Tuesday, shells fired from the hills west of Erebti struck the town's health centre, setting it on "
            "fire ... A nurse and a security guard were killed")
ev("berhale-fighting", A, "2022-01-26", "2022-01-26", "2022-01-26", BAT, ["Armed clash"],
   TPLF + AFAR_F, AFAR_F + TPLF, ET, AFAR, (), None,
   evidence="Fighting between Tigrayan forces and Afar special forces and militia was continuing on Wednesday around "
            "Berhale ... He did not give a toll")

# ---------------------------------------------------------------- Chobi (Addis Standard, 2023-08-17, Thu)
A = "ethiopia_chobi_addisstandard"
ev("hofu-bake-killings", A, "2023-08-10", "2023-08-10", "2023-08-10", VAC, ["Attack"],
   MIL, CIV, ET, ORO, WSHEWA + [""], 7,
   evidence="the killings took place on the morning of Thursday, 10 August ... Seven people were killed in Hofu Bake, "
            "some of them shot dead inside their houses ... government troops stationed in the village")
ev("qoricha-koticha-killings", A, "2023-08-10", "2023-08-10", "2023-08-10", VAC, ["Attack"],
   MIL, CIV, ET, ORO, WSHEWA + [""], 5,
   evidence="five others were killed on the road outside Qoricha Koticha as they tried to flee (second named village: "
            "its own row under rule 1)")
ev("hofu-bake-abductions", A, "2023-08-10", "2023-08-10", "2023-08-10", VAC, ["Abduction/forced disappearance"],
   MIL, CIV, ET, ORO, WSHEWA + [""], 0,
   evidence="soldiers rounded up five women and twenty men in Hofu Bake and took them to an unknown location")
ev("west-shewa-ola-operations", A, "2023-08-15", "2023-08-08", "2023-08-15", BAT, ["Armed clash"],
   SF + OLA, OLA + SF, ET, ORO, WSHEWA + [""], 37, req=False, tp=2,
   evidence="On Tuesday, the West Shewa zone communication office said that security forces had 'neutralised' 37 "
            "members of 'Shene' ... in operations in Chobi, Jeldu and Meta Robi districts over the past week "
            "(one-sided aggregate claim over a week and three districts)")

# ---------------------------------------------------------------- Quarit (BBC, 2023-09-20, Wed)
A = "ethiopia_quarit_bbc"
ev("quarit-drone-strikes", A, "2023-09-17", "2023-09-17", "2023-09-17", EXP, ["Air/drone strike"],
   MIL + UAG, CIV, ET, AMH, GONJ_W + [""], 30,
   evidence="At least 30 civilians were killed in drone strikes on two locations in the Quarit district ... on Sunday "
            "(two unnamed spots in one district, one row; perpetrator implied: the army is the only drone operator)")
ev("dembecha-drone-strike", A, "2023-09-16", "2023-09-16", "2023-09-16", EXP, ["Air/drone strike"],
   MIL + UAG, CIV, ET, AMH, GONJ_W + [""], 18,
   evidence="A separate strike on Dembecha town, also in the West Gojjam zone, killed at least 18 people on Saturday")
ev("bure-camp-attack", A, "2023-09-18", "2023-09-18", "2023-09-18", BAT, ["Armed clash"],
   FANO + MIL, MIL + FANO, ET, AMH, GONJ_W + [""], 40,
   evidence="the army said its forces had 'destroyed' a Fano unit that attacked a military camp near the town of Bure "
            "on Monday, killing 'more than 40 extremists' ... residents ... could not give a toll")

# ---------------------------------------------------------------- Kheret (DW, 2025-04-23, Wed)
A = "ethiopia_kheret_dw"
ev("kheret-drone-strike", A, "2025-04-20", "2025-04-14", "2025-04-20", EXP, ["Air/drone strike"],
   MIL + UAG, CIV + FANO, ET, AMH, GONJ_E, 100, tp=2,
   evidence="Residents of Kheret, a small town in the Enarj Enawga district of ... East Gojjam zone, say a drone strike "
            "last week killed more than 100 people ... health worker: at least 100 buried; residents 115-120")
ev("dejen-camp-attack", A, "2025-04-20", "2025-04-20", "2025-04-21", BAT, ["Armed clash"],
   FANO + MIL, MIL + FANO, ET, AMH, GONJ_E, None,
   evidence="Fano fighters have also claimed an attack on Sunday on a military camp on the outskirts of Dejen ... "
            "'taken control' of the camp for several hours ... before pulling back (held for hours the same day -> "
            "Armed clash, rule 3)")
ev("bichena-minibus-drone", A, "2025-04-21", "2025-04-21", "2025-04-21", EXP, ["Air/drone strike"],
   MIL + UAG, CIV, ET, AMH, GONJ_E, 5,
   evidence="On Monday, a drone hit a minibus near the town of Bichena, killing five passengers")

DROP = {
    "ethiopia_meskelsquare_xinhua": ["Xinhuanet", "Home", "China", "World", "Business", "Culture & Edu", "Sci & Tech",
                                     "Africa", "Photos", "Video", "Related:",
                                     "Ethiopia's PM Abiy vows to bring perpetrators of rally attack to justice",
                                     "Ethiopia, Eritrea to hold talks on ending border dispute", "Back to Top",
                                     "Close"],
    "ethiopia_alamata_reuters": ["Skip to main content", "World", "Business", "Markets", "Breakingviews",
                                 "Technology", "Investigations", "Africa",
                                 "Our Standards: The Thomson Reuters Trust Principles.", "Read Next",
                                 "Ethiopia's ruling party wins national election by landslide",
                                 "UN says Tigray aid convoy reaches Mekelle after weeks of delays"],
    "ethiopia_kobo_voa": ["VOA", "Africa", "Ethiopia", "East Asia", "Middle East", "USA", "Share on Facebook",
                          "Share on Twitter", "Print", "Related",
                          "Ethiopia Says Tigrayan Forces Driven From Parts of Amhara",
                          "UN: Tigray Aid Convoys Blocked for Weeks"],
    "ethiopia_erebti_aljazeera": ["Al Jazeera", "News", "Middle East", "Africa", "Asia", "US & Canada", "Features",
                                  "Opinion", "Video", "Share", "Facebook", "Twitter", "Whatsapp", "Read more",
                                  "Ethiopia lifts state of emergency early as Tigray war eases",
                                  "UN says aid to Tigray halted by fuel shortage"],
    "ethiopia_chobi_addisstandard": ["Addis Standard", "Home", "News", "Politics", "Business", "Opinion", "Africa",
                                     "Interviews", "In-Picture", "Share this:", "Facebook", "Twitter", "Telegram",
                                     "Related",
                                     "News: Gov't, OLA peace talks end without agreement, parties say will continue",
                                     "News: OFC says hundreds of members detained in Oromia ahead of meeting",
                                     "© 2023 Addis Standard. All rights reserved."],
    "ethiopia_quarit_bbc": ["BBC", "Home", "News", "Sport", "Weather", "iPlayer", "Sounds", "Africa", "Share",
                            "Related Topics", "Ethiopia", "More on this story", "Ethiopia's Amhara crisis: What is Fano?",
                            "Ethiopia declares state of emergency in Amhara after clashes",
                            "Copyright © 2023 BBC. The BBC is not responsible for the content of external sites. "
                            "Read about our approach to external linking."],
    "ethiopia_kheret_dw": ["DW", "News", "Africa", "Ethiopia", "Topics", "Media Center", "Live TV", "Share",
                           "Skip next section", "More from Africa",
                           "Ethiopia: Why Fano and the government are not talking",
                           "Sudan war enters third year as famine spreads",
                           "© 2025 Deutsche Welle | Privacy Policy | Accessibility Statement | Legal notice | Contact"],
}
EITHER = {
    "ethiopia_gondar_afp": ["bur/jv/ach"],
    "ethiopia_meskelsquare_xinhua": ["Source: Xinhua| 2018-06-24 20:41:07|Editor: Li Xia"],
    "ethiopia_alamata_reuters": ["By Reuters Staff", "July 13, 2021 10:52 AM UTC Updated ago",
                                 "Reporting by Dawit Endeshaw in Addis Ababa and Giulia Paravicini in Nairobi; Writing "
                                 "by Maggie Fick; Editing by Alison Williams"],
    "ethiopia_kobo_voa": ["September 14, 2021 4:17 PM", "By Salem Solomon"],
    "ethiopia_erebti_aljazeera": ["Published On 27 Jan 2022", "Source: Al Jazeera",
                                  "Afar officials say the offensive has displaced more than 200,000 people and hit a "
                                  "health centre, as fighting spreads along the border."],
    "ethiopia_chobi_addisstandard": ["By Addis Standard Staff", "August 17, 2023"],
    "ethiopia_quarit_bbc": ["Published", "20 September 2023"],
    "ethiopia_kheret_dw": ["Date 23.04.2025", "Author Hirut Melesse", "Related Subjects Ethiopia, Africa",
                           "Residents of a small town in Ethiopia's Amhara region say a drone strike last week killed "
                           "more than 100 people, most of them young men building a school fence. Authorities say the "
                           "strike targeted Fano fighters."],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout175; Ethiopia 2016-2025), coded by "
                             "CODEBOOK.md before the system was run (BLIND, session 23).", drop=DROP, either=EITHER)
