"""Writes gold.json for the 228th held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 31).

    python bench/heldout228/make_gold.py

Focus: Yemen 2015-2022 — Saudi-led coalition air strikes (Al-Mazraq camp, the Sanban wedding), Houthi offensives
on Marib (Rahabah) and Taiz (Zaid al-Mushki shelling, Jabal Habashi), the Houthi missile and drone strike on
Al-Anad, US strikes on AQAP in Shabwa, Abyan and Bayda with an AQAP attack near Lawdar, and the 2022 fight for
Ataq between STC-aligned forces and Islah-aligned government units — told with competing tolls, denials,
statements and background older than 30 days.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

YE = "Yemen"
HOUTHI = ["Houthis", "Houthi", "Ansar Allah", "Houthi Movement", "Huthis", "Houthi Rebels",
          "Military Forces of Yemen (Houthi)", "Ansarallah"]
GOV = ["Military Forces of Yemen", "Yemeni Army", "Yemeni Armed Forces", "Government of Yemen",
       "Military Forces of Yemen (Hadi)"]
COAL = ["Saudi-led Coalition", "Saudi-led coalition", "Arab Coalition", "Military Forces of Saudi Arabia",
        "Coalition", "Operation Decisive Storm", "Military Forces of United Arab Emirates"]
CIV = ["Civilians (Yemen)"]
AQAP = ["AQAP", "Al Qaeda in the Arabian Peninsula", "Al-Qaeda in the Arabian Peninsula",
        "Al Qaida in the Arabian Peninsula", "Al Qaeda", "Al-Qaeda", "al-Qaida"]
USA = ["Military Forces of United States", "Military Forces of the United States", "United States",
       "US Military", "Military Forces of United States of America"]
IS = ["Islamic State", "ISIS", "ISIL", "Islamic State (Yemen)", "Daesh"]
TAIZ_CITY = ["Salh", "Salah", "Sala", "Al Qahirah", "Al Mudhaffar", "Al Muzaffar", "Taiz", "Ta'izz", ""]
MARIB, SHABWA, ABYAN, LAHIJ, TAIZ = (["Ma'rib", "Marib"], ["Shabwah", "Shabwa"], ["Abyan"], ["Lahij", "Lahj"],
                                     ["Ta'izz", "Taiz", "Taizz"])

# ---------------------------------------------------------------- Hajjah (AFP, 2015-03-31, Tue)
A = "yemen_hajjah_afp"
POPCOM = ["Popular Committees", "Popular Resistance", "Southern Popular Committees",
          "Popular Committees (Yemen)", "Pro-Hadi Militia", "Hadi Loyalists"] + GOV
SALEH = ["Military Forces of Yemen (Saleh)", "Saleh loyalists", "Saleh Loyalists"]
ev("mazraq-camp-air-strike", A, "2015-03-30", "2015-03-30", "2015-03-30", EXP, ["Air/drone strike"],
   COAL, CIV + ["IDPs (Yemen)", "Displaced Persons (Yemen)"], YE, ["Hajjah"], ["Harad", "Haradh", "Harad District"], 29,
   evidence="An air strike hit a camp for displaced people ... on Monday ... IOM said 40 ... MSF ... 29 bodies ... "
            "Saba ... 45 dead (coalition denial does not negate the strike)")
ev("sanaa-nuqum-overnight-strikes", A, "2015-03-31", "2015-03-30", "2015-03-31", EXP, ["Air/drone strike"],
   COAL, HOUTHI + SALEH + GOV + [""], YE, ["Amanat Alasimah", "Amanat Al Asimah", "Sanaa", "Sana'a"], (), None,
   evidence="Overnight, warplanes again pounded the capital Sanaa, targeting weapons depots on Mount Nuqum ... no "
            "immediate word on casualties")
ev("sanaa-dailami-overnight-strikes", A, "2015-03-31", "2015-03-30", "2015-03-31", EXP, ["Air/drone strike"],
   COAL, HOUTHI + SALEH + GOV + [""], YE, ["Amanat Alasimah", "Amanat Al Asimah", "Sanaa", "Sana'a"], (), None,
   req=False, evidence="... and the Al-Dailami air base next to the international airport (second named target in "
                       "the same city; may be folded into the Nuqum row)")
ev("aden-khor-maksar-clashes", A, "2015-03-30", "2015-03-30", "2015-03-30", BAT, ["Armed clash"],
   HOUTHI + SALEH + POPCOM, POPCOM + HOUTHI + SALEH, YE, ["Aden", "Adan"], ["Khur Maksar", "Khor Maksar", ""], 11,
   evidence="rebels and allied troops loyal to former president Ali Abdullah Saleh fought gunbattles with pro-Hadi "
            "militiamen in the Khor Maksar district on Monday ... at least 11 people were killed")
ev("dhaleh-convoy-ambush", A, "2015-03-29", "2015-03-29", "2015-03-29", BAT, ["Armed clash"],
   ["Southern Movement", "Al Hirak", "Hirak", "Southern Movement Militia", "Tribal Militia (Yemen)",
    "Popular Resistance"] + HOUTHI, HOUTHI + ["Southern Movement", "Tribal Militia (Yemen)"], YE,
   ["Ad Dali'", "Ad Dali", "Al Dhale", "Dhale", "Ad Dhale'e"], ["Ad Dhale'e", "Ad Dali", "Al Dhale", ""], 5,
   evidence="tribesmen allied with the Southern Movement said they had ambushed a Huthi convoy on the road into the town "
            "of Dhaleh on Sunday, killing five rebels")
ev("sanaa-mosque-suicide-bombings", A, "2015-03-20", "2015-03-20", "2015-03-20", EXP, ["Suicide bomb"],
   IS, CIV + HOUTHI, YE, ["Amanat Alasimah", "Amanat Al Asimah", "Sanaa", "Sana'a"], (), 137,
   evidence="On March 20, suicide bombers struck two Shiite mosques ... in Sanaa, killing 137 people ... later raised "
            "the death toll to 142 (11 days before publication: inside the 30-day window)")

# ---------------------------------------------------------------- Dhamar (Reuters, 2015-10-08, Thu)
A = "yemen_dhamar_reuters"
RESIST = GOV + ["Popular Resistance", "Tribal Militia (Yemen)", "Pro-Hadi Tribesmen", "Marib Tribesmen"]
ev("sanban-wedding-air-strike", A, "2015-10-07", "2015-10-07", "2015-10-08", EXP, ["Air/drone strike"],
   COAL + ["Unidentified Armed Group (Yemen)"], CIV, YE, ["Dhamar"], ["Anss", "Ans", ""], 23,
   evidence="An air strike hit a wedding party ... late on Wednesday ... Sanban, a village in the Anss district of "
            "Dhamar province ... 23 bodies ... Saba said 28 (coalition denial does not negate it)")
ev("sirwah-clashes", A, "2015-10-06", "2015-10-06", "2015-10-06", BAT, ["Armed clash"],
   RESIST + HOUTHI, HOUTHI + RESIST, YE, MARIB, ["Sirwah"], 16,
   evidence="clashes in the Sirwah district west of Marib city on Tuesday killed 12 Houthi fighters and four "
            "pro-government tribesmen")
ev("aden-qasr-hotel-suicide-attacks", A, "2015-10-06", "2015-10-06", "2015-10-06", EXP, ["Suicide bomb"],
   IS, ["Military Forces of United Arab Emirates", "Government of Yemen", "Military Forces of Saudi Arabia"] + GOV
   + COAL, YE, ["Aden", "Adan"], (), 15,
   evidence="suicide bombers on Tuesday attacked a hotel used as a headquarters by the Yemeni government and two "
            "military sites of the Arab coalition, killing 15 people ... Islamic State claimed responsibility")
ev("taiz-houthi-shelling-oct7", A, "2015-10-07", "2015-10-07", "2015-10-07", EXP,
   ["Shelling/artillery/missile attack"], HOUTHI, CIV, YE, TAIZ, TAIZ_CITY, 6,
   evidence="In the southwestern city of Taiz, residents said Houthi shelling of residential neighbourhoods killed six "
            "civilians on Wednesday")

# ---------------------------------------------------------------- Taiz (Al Jazeera, 2022-07-24, Sun)
A = "yemen_taiz_aljazeera"
ev("zaid-al-mushki-shelling", A, "2022-07-23", "2022-07-23", "2022-07-23", EXP, ["Shelling/artillery/missile attack"],
   HOUTHI + ["Unidentified Armed Group (Yemen)"], CIV, YE, TAIZ, TAIZ_CITY, 1,
   evidence="A child was killed and 10 other children were wounded when artillery shells slammed into ... the Zaid "
            "al-Mushki neighbourhood ... on Saturday ... The government blamed Houthi fighters")
ev("jabal-habashi-clash", A, "2022-07-22", "2022-07-22", "2022-07-22", BAT, ["Armed clash"],
   HOUTHI + GOV, GOV + HOUTHI, YE, TAIZ, ["Jabal Habashy", "Jabal Habashi", "Jabal Hubaysh"], 3,
   evidence="government forces said they had repelled a Houthi assault on their positions in Jabal Habashi district ... "
            "three soldiers were killed in the fighting on Friday")
ev("maqbanah-drone-strike", A, "2022-07-21", "2022-07-21", "2022-07-21", EXP, ["Air/drone strike"],
   HOUTHI, GOV, YE, TAIZ, ["Maqbanah", "Maqbana"], 0,
   evidence="a drone launched by the Houthis also struck an army position in Maqbanah district on Thursday, wounding "
            "two soldiers")
ev("taiz-open-roads-march", A, "2022-07-19", "2022-07-19", "2022-07-19", PRO, ["Peaceful protest"],
   ["Protesters (Yemen)"], [""], YE, TAIZ, TAIZ_CITY, 0,
   evidence="On Tuesday, hundreds of people marched through the city centre demanding an end to the siege ... The "
            "protest ended peacefully")
ev("truce-children-aggregate", A, "2022-07-24", "2022-04-02", "2022-07-24", VAC, ["Attack"],
   ["Unidentified Armed Group (Yemen)"] + HOUTHI, CIV, YE, [], (), None, req=False, tp=3,
   evidence="at least 19 children had been killed or injured in Yemen since the truce began (country aggregate, "
            "'killed or injured' gives no death count; optional)")

# ---------------------------------------------------------------- Marib (Arab News, 2021-09-27, Mon)
A = "yemen_marib_arabnews"
ev("rahabah-district-taken", A, "2021-09-25", "2021-09-25", "2021-09-25", BAT, ["Non-state actor overtakes territory"],
   HOUTHI, GOV + [""], YE, MARIB, ["Rahabah", "Al Rahabah", "Rahbah"], 14,
   evidence="Houthi militias on Saturday seized control of Al-Rahabah district ... after government troops withdrew "
            "... two days of heavy fighting that left at least 14 soldiers dead")
ev("rahabah-fighting-day-before", A, "2021-09-24", "2021-09-24", "2021-09-25", BAT, ["Armed clash"],
   HOUTHI + GOV, GOV + HOUTHI, YE, MARIB, ["Rahabah", "Al Rahabah", "Rahbah"], None, req=False,
   evidence="two days of heavy fighting (the Friday half of the fighting before the Saturday capture; optional)")
ev("abdiyah-coalition-strikes", A, "2021-09-27", "2021-09-26", "2021-09-27", EXP, ["Air/drone strike"],
   COAL, HOUTHI, YE, MARIB, ["Al Abdiyah", "Al-Abdiyah", "Abdiyah"], 50,
   evidence="The Arab coalition said on Monday that its warplanes had carried out 13 strikes ... around Al-Abdiyah "
            "district in the past 24 hours, killing more than 50 militiamen")
ev("bayhan-taken", A, "2021-09-21", "2021-09-21", "2021-09-21", BAT, ["Non-state actor overtakes territory"],
   HOUTHI, GOV + [""], YE, SHABWA, ["Bayhan", "Bayhan al Qisab", "Beihan"], 0,
   evidence="The militia took control of Bayhan and Usaylan districts on Tuesday after forces loyal to the government "
            "withdrew from the area without a fight")
ev("usaylan-taken", A, "2021-09-21", "2021-09-21", "2021-09-21", BAT, ["Non-state actor overtakes territory"],
   HOUTHI, GOV + [""], YE, SHABWA, ["Usaylan", "Osaylan", "Asaylan"], 0,
   evidence="The militia took control of Bayhan and Usaylan districts on Tuesday")
ev("marib-city-ballistic-missile", A, "2021-09-24", "2021-09-24", "2021-09-24", EXP,
   ["Shelling/artillery/missile attack"], HOUTHI, CIV, YE, MARIB, ["Marib City", "Marib", "Ma'rib City", "Ma'rib"], 1,
   evidence="On Friday, a ballistic missile fired by the Houthis slammed into a residential area near the city's "
            "Al-Rawdah neighbourhood, killing a woman and wounding four of her children")
ev("marib-reinforcements-arrive", A, "2021-09-26", "2021-09-26", "2021-09-26", STR, ["Change to group/activity"],
   GOV, [""], YE, MARIB, (), 0, req=False,
   evidence="reinforcements from the southern provinces had begun arriving in Marib on Sunday (deployment; optional)")

# ---------------------------------------------------------------- Lahij (Xinhua, 2021-08-30, Mon)
A = "yemen_lahij_xinhua"
ev("al-anad-missile-drone-attack", A, "2021-08-29", "2021-08-29", "2021-08-29", EXP,
   ["Shelling/artillery/missile attack", "Air/drone strike"], HOUTHI + ["Unidentified Armed Group (Yemen)"], GOV, YE,
   LAHIJ, ["Tuban", "Tubn", "Tuban District"], 24,
   evidence="Houthi missile and drone attack on ... Al-Anad air base ... on Sunday morning ... risen to 30 ... 24 bodies "
            "had been received on Sunday ... could exceed 40 (lowest specific figure 24)")
ev("karish-clashes", A, "2021-08-28", "2021-08-28", "2021-08-28", BAT, ["Armed clash"],
   HOUTHI + GOV, GOV + HOUTHI, YE, LAHIJ, ["Al Qabbaytah", "Al Qabbaytah District", "Qabbaytah", ""], 4,
   evidence="fierce fighting broke out on Saturday between government forces and Houthi fighters in Karish area of "
            "Al-Qabbaytah district ... Four soldiers were killed")
ev("qataba-houthi-shelling", A, "2021-08-28", "2021-08-28", "2021-08-28", EXP, ["Shelling/artillery/missile attack"],
   HOUTHI, CIV, YE, ["Ad Dali'", "Ad Dali", "Al Dhale", "Dhale"], ["Qa'atabah", "Qatabah", "Qataba", "Qa'tabah"], 2,
   evidence="two children were killed on Saturday when Houthi shells landed on a house in the town of Qataba")

# ---------------------------------------------------------------- Shabwa (AP, 2017-03-03, Fri)
A = "yemen_shabwa_ap"
SBF = ["Security Belt Forces", "Security Belt", "Al Hizam Security Forces", "Military Forces of Yemen",
       "Southern Resistance"]
ev("al-said-us-strikes", A, "2017-03-02", "2017-03-02", "2017-03-02", EXP, ["Air/drone strike"],
   USA, AQAP, YE, SHABWA, ["As Said", "Al Said", "Said", "As Sa'id"], 9,
   evidence="drones and warplanes pounded militant hideouts in the mountainous al-Said district ... killing at least "
            "nine suspected al-Qaida fighters ... Tribal leaders ... put the number of dead at 12")
ev("mudiyah-us-strike", A, "2017-03-02", "2017-03-02", "2017-03-02", EXP, ["Air/drone strike"],
   USA, AQAP, YE, ABYAN, ["Mudiyah", "Mudiya", "Moudiyah"], 4,
   evidence="a strike hit a vehicle carrying suspected militants on a road in Mudiyah district, killing four of them")
ev("yakla-us-strikes", A, "2017-03-02", "2017-03-02", "2017-03-02", EXP, ["Air/drone strike"],
   USA, AQAP, YE, ["Al Bayda", "Al Bayda'", "Bayda", "Al Baydha"], (), None,
   evidence="Strikes also hit targets in the Yakla area of Bayda province ... no immediate word on casualties (the Jan. "
            "29 Yakla raid, 33 days earlier, is background)")
ev("lawdar-checkpoint-attack", A, "2017-03-01", "2017-03-01", "2017-03-02", BAT, ["Armed clash"],
   AQAP + ["Unidentified Armed Group (Yemen)"], SBF, YE, ABYAN, ["Lawdar", "Lowdar", "Lawder"], 5,
   evidence="Late Wednesday, gunmen believed to belong to al-Qaida stormed a checkpoint of the UAE-trained Security "
            "Belt forces on the outskirts of Lawdar ... killing three soldiers ... Two of the attackers were killed")

# ---------------------------------------------------------------- Ataq (The National, 2022-08-11, Thu)
A = "yemen_ataq_thenational"
STC = ["Southern Transitional Council", "STC", "Giants Brigades", "Al Amaliqa", "Shabwa Defence Forces",
       "Shabwa Defense Forces", "Southern Giants Brigades", "Military Forces of Yemen (STC)"]
SSF = ["Special Security Forces", "Islah", "Al Islah", "Military Forces of Yemen", "Police Forces of Yemen",
       "Special Security Forces (Yemen)", "Government of Yemen"]
ev("ataq-taken-by-stc-forces", A, "2022-08-10", "2022-08-10", "2022-08-10", BAT,
   ["Non-state actor overtakes territory", "Government regains territory", "Armed clash"],
   STC, SSF, YE, SHABWA, ["Ataq", "Ateq"], 11,
   evidence="Forces aligned with ... the STC took full control of Ataq ... on Wednesday ... a final assault on Wednesday "
            "that killed at least 11 fighters ... toll among his men alone was higher than 20")
ev("ataq-monday-checkpoint-clash", A, "2022-08-08", "2022-08-08", "2022-08-08", BAT, ["Armed clash"],
   SSF + STC, STC + SSF, YE, SHABWA, ["Ataq", "Ateq"], 5,
   evidence="The fighting erupted on Monday, when Special Security Forces ... clashed with Shabwa Defence Forces at "
            "checkpoints on the northern edge of Ataq, leaving five soldiers dead")
ev("nisab-convoy-drone-strike", A, "2022-08-09", "2022-08-09", "2022-08-09", EXP, ["Air/drone strike"],
   ["Military Forces of United Arab Emirates", "Unidentified Armed Group (Yemen)"] + STC, SSF, YE, SHABWA, (), 4,
   evidence="On Tuesday, drones struck a convoy of reinforcements heading towards Ataq from the district of Nisab, "
            "killing four members of the Special Security Forces")
ev("aden-stc-supporters-rally", A, "2022-08-10", "2022-08-10", "2022-08-10", PRO, ["Peaceful protest"],
   ["Protesters (Yemen)", "Southern Transitional Council", "STC"], [""], YE, ["Aden", "Adan"],
   ["Khur Maksar", "Khor Maksar", ""], 0,
   evidence="In Aden, hundreds of STC supporters gathered in the Khor Maksar district on Wednesday evening ... The "
            "gathering dispersed without incident")
ev("laakab-sacked", A, "2022-08-08", "2022-08-08", "2022-08-08", STR, ["Change to group/activity"],
   ["Presidential Leadership Council", "Government of Yemen"] + GOV, SSF + [""], YE, SHABWA + ["Aden", "Adan"], (), 0,
   req=False, evidence="The Presidential Leadership Council ... sacked Laakab on Monday evening (leadership change; "
                       "optional)")

DROP = {
    "yemen_taiz_aljazeera": ["Al Jazeera", "Skip links", "Skip to Content", "News", "Middle East", "Features",
                             "Opinion", "Video", "More from News", "Yemen's truce: What's at stake as deadline nears?",
                             "UN envoy meets Houthi officials in Sanaa to discuss roads"],
    "yemen_marib_arabnews": ["Arab News", "Main category", "Middle East", "World", "Business", "Opinion", "Sport",
                             "Related", "Yemen's army says it repelled Houthi attack in Al-Jawf",
                             "Saudi air defenses intercept Houthi drone over Jazan"],
    "yemen_ataq_thenational": ["The National", "UAE", "World", "Business", "Opinion", "Gulf News", "Share",
                               "Facebook", "Twitter", "More on Yemen", "Yemen truce extended for two more months, UN says",
                               "Houthis accused of obstructing Taiz road talks"],
    "yemen_lahij_xinhua": ["Editor: huaxia"],
}
EITHER = {
    "yemen_hajjah_afp": ["str-bur/mh/jmm"],
    "yemen_dhamar_reuters": ["By Mohammed Ghobari",
                             "(Additional reporting by Noah Browning in Dubai; Writing by Sami Aboudi; Editing by "
                             "Louise Ireland)"],
    "yemen_taiz_aljazeera": ["24 Jul 2022", "Source: Al Jazeera and news agencies"],
    "yemen_marib_arabnews": ["Saeed Al-Batati", "September 27, 2021 01:48"],
    "yemen_lahij_xinhua": ["Source: Xinhua", "2021-08-30 17:05:42"],
    "yemen_shabwa_ap": ["By AHMED AL-HAJ and LOLITA C. BALDOR, Associated Press", "___",
                        "Baldor reported from Washington."],
    "yemen_ataq_thenational": ["Mohammed Alkibsi", "Aug 11, 2022", "Updated: August 11, 2022, 9:14 AM"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="Hand-written held-out articles (bench/heldout228; Yemen 2015-2022: coalition air "
                             "strikes, Houthi offensives on Marib and Taiz, Houthi missile and drone strikes, AQAP and "
                             "US strikes in Abyan/Shabwa/Bayda, STC vs government forces), coded by CODEBOOK.md before "
                             "the system was run (BLIND).", drop=DROP, either=EITHER)
