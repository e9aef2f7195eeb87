"""Writes gold.json for the 115th held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout115/make_gold.py

Focus: Yemen, 2014-2025 (one article a year: 2014, 2015, 2016, 2017, 2018, 2019, 2024, 2025): US drone
strikes on AQAP, Houthi shelling of Aden, US cruise-missile strikes on radar sites, coalition air strikes on
Sanaa and Arhab, the battle for Hodeidah airport, the STC takeover of Aden, Houthi detentions of UN staff,
Israeli strikes on Sanaa, Amran and Hodeidah.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

YE = "Yemen"
HOU = ["Houthis", "Houthi Movement", "Ansar Allah", "Houthi", "Ansarallah", "Huthis", "Huthi",
       "Military Forces of Yemen (Houthi)"]
YEA = ["Military Forces of Yemen", "Military Forces of Yemen (Hadi)", "Military Forces of Yemen (2012-)",
       "Government of Yemen", "Pro-Government Forces (Yemen)"]
AQAP = ["AQAP", "Al Qaeda in the Arabian Peninsula", "Al-Qaeda in the Arabian Peninsula", "Al Qaeda", "Al-Qaeda",
        "Al Qaida in the Arabian Peninsula"]
CIV_YE = ["Civilians (Yemen)"]
UAG_YE = ["Unidentified Armed Group (Yemen)"]
US = ["Military Forces of the United States", "Military Forces of United States"]
UK = ["Military Forces of the United Kingdom", "Military Forces of United Kingdom"]
IL = ["Military Forces of Israel"]
COAL = ["Military Forces of Saudi Arabia", "Saudi-led coalition", "Saudi-led Coalition", "Coalition",
        "Coalition (Saudi Arabia)", "Arab Coalition"]
UAE = ["Military Forces of the United Arab Emirates", "Military Forces of United Arab Emirates"]
SAN_CITY = ["Amanat Alasimah", "Amanat al Asimah", "Amanat Al Asimah", "Sanaa", "Sana'a"]
SAN_GOV = ["Sanaa", "Sana'a"]
HOD = ["Al Hudaydah", "Hodeidah", "Al Hodeidah"]
TAIZ = ["Ta'izz", "Taizz", "Taiz"]

# ---------------------------------------------------------------- Reuters, 2014-04-21 (Mon)
A = "yemen_bayda_reuters"
ev("sawmaa-drone-strike-truck", A, "2014-04-19", "2014-04-19", "2014-04-19", EXP, ["Air/drone strike"],
   US + YEA, AQAP + CIV_YE, YE, ["Al Bayda", "Al Baydha", "Al Bayda'"], ["As Sawma'ah", "Al Sawmaa", "Sawmaa"], 13,
   evidence="on Saturday, a drone hit a pick-up truck carrying suspected members of AQAP in al-Sawmaa district of "
            "al-Bayda province ... Ten militants were killed ... Three civilian labourers ... were also killed")
ev("mahfad-camp-air-strikes", A, "2014-04-20", "2014-04-20", "2014-04-20", EXP, ["Air/drone strike"],
   US + YEA, AQAP, YE, ["Abyan"], ["Al Mahfad", "Al Mahfid", "Mahfad"], 30,
   evidence="On Sunday, drones and Yemeni air force jets pounded ... AQAP training camp in the rugged al-Mahfad "
            "mountains of Abyan province ... at least 30 militants were killed there")
ev("mayfaa-drone-strike-car", A, "2014-04-21", "2014-04-21", "2014-04-21", EXP, ["Air/drone strike"],
   US, AQAP, YE, ["Shabwah", "Shabwa"], ["Mayfa'a", "Mayfa'ah", "Mayfaa"], 3,
   evidence="Early on Monday, a third drone strike hit a car in the Mayfa'a district of Shabwa province, killing "
            "three suspected militants")
ev("mukalla-intelligence-officer-shot", A, "2014-04-20", "2014-04-20", "2014-04-20", BAT, ["Armed clash"],
   AQAP + UAG_YE, YEA, YE, ["Hadramaout", "Hadramawt", "Hadramout"], ["Al Mukalla City", "Al Mukalla", "Mukalla"],
   1, evidence="gunmen on a motorcycle shot dead an army intelligence officer in the southeastern port city of "
               "Mukalla on Sunday evening ... The official blamed AQAP")

# ---------------------------------------------------------------- AFP, 2015-05-07 (Thu)
A = "yemen_aden_afp"
RES = ["Popular Resistance", "Popular Resistance Committees", "Popular Resistance Committees (Yemen)",
       "Southern Resistance", "Southern Popular Resistance", "Pro-Hadi Militia", "Popular Resistance (Yemen)"]
TRIBE = ["Tribal Militia (Yemen)", "Pro-Hadi Tribesmen", "Pro-Hadi Tribal Militia"]
ev("tawahi-boats-shelled", A, "2015-05-06", "2015-05-06", "2015-05-06", EXP, ["Shelling/artillery/missile attack"],
   HOU + ["Military Forces of Yemen (Saleh)", "Saleh Loyalists"], CIV_YE, YE, ["Aden", "'Adan"],
   ["Attawahi", "At Tawahi", "Tawahi", "Al Tawahi"], 40,
   evidence="Shelling by Shiite Huthi rebels and their allies killed at least 40 people ... shells slammed into a "
            "crowd of residents waiting to board small boats at a jetty in the Tawahi district on Wednesday afternoon")
ev("dar-saad-street-fighting", A, "2015-05-06", "2015-05-06", "2015-05-06", BAT, ["Armed clash"],
   RES + YEA + HOU, HOU + RES + YEA, YE, ["Aden", "'Adan"], ["Dar Sad", "Dar Saad"], 16,
   evidence="pro-government militiamen known as the Popular Resistance Committees battling rebels in the northern "
            "district of Dar Saad ... 12 rebels and four of his fighters were killed")
ev("khor-maksar-airport-air-strikes", A, "2015-05-07", "2015-05-06", "2015-05-07", EXP, ["Air/drone strike"],
   COAL, HOU, YE, ["Aden", "'Adan"], ["Khur Maksar", "Khor Maksar", "Khawr Maksar"], None,
   evidence="Overnight, warplanes of the Saudi-led coalition carried out several strikes on rebel positions around "
            "Aden's international airport in the Khor Maksar district ... no immediate word on casualties")
ev("anad-convoy-ambush", A, "2015-05-05", "2015-05-05", "2015-05-05", BAT, ["Armed clash"],
   TRIBE + RES + YEA, HOU, YE, ["Lahij", "Lahj"], ["Tuban", "Tuban District"], 7,
   evidence="tribesmen loyal to exiled President Abedrabbo Mansour Hadi said they had ambushed a rebel convoy on "
            "Tuesday near the Al-Anad air base in Lahj province, killing seven Huthis")

# ---------------------------------------------------------------- AP, 2016-10-13 (Thu)
A = "yemen_mokha_ap"
MISSILE = ["Shelling/artillery/missile attack", "Air/drone strike"]
ev("ras-kanatib-radar-tomahawk", A, "2016-10-13", "2016-10-13", "2016-10-13", EXP, MISSILE,
   US, HOU, YE, HOD, (), None,
   evidence="A U.S. Navy destroyer launched cruise missiles early Thursday at three coastal radar sites ... one near "
            "Ras Kanatib north of the port city of Hodeida")
ev("mocha-radar-tomahawk", A, "2016-10-13", "2016-10-13", "2016-10-13", EXP, MISSILE,
   US, HOU, YE, TAIZ, ["Al Mukha'", "Al Mukha", "Al Makha", "Mocha", "Mokha"], None,
   evidence="one near the town of Mocha ... Residents in Mocha said they heard loud explosions before dawn")
ev("khokha-radar-tomahawk", A, "2016-10-13", "2016-10-13", "2016-10-13", EXP, MISSILE,
   US, HOU, YE, HOD, ["Khawlan", "Al Khawkhah", "Al Khukhah"], None,
   evidence="one near the fishing town of Khokha")
ev("sanaa-funeral-hall-air-strike", A, "2016-10-08", "2016-10-08", "2016-10-08", EXP, ["Air/drone strike"],
   COAL, CIV_YE + HOU, YE, SAN_CITY, (), 140,
   evidence="a Saudi-led coalition airstrike on a funeral hall in the capital Sanaa on Saturday ... killing more than "
            "140 people and wounding over 500, according to the United Nations")
ev("taiz-shells-kill-children", A, "2016-10-12", "2016-10-12", "2016-10-12", EXP, ["Shelling/artillery/missile attack"],
   HOU, CIV_YE, YE, TAIZ, (), 4,
   evidence="In the southwestern city of Taiz, rebel shells hit a residential neighborhood on Wednesday, killing three "
            "children and a woman")
ev("sanaa-revenge-march", A, "2016-10-09", "2016-10-09", "2016-10-09", PRO, ["Peaceful protest"],
   ["Protesters (Yemen)"] + HOU, [""], YE, SAN_CITY, (), 0, req=False,
   evidence="Houthi supporters marched in Sanaa on Sunday demanding revenge (one clause)")

# ---------------------------------------------------------------- Xinhua, 2017-08-27 (Sun)
A = "yemen_sanaa_xinhua"
GPC = ["General People's Congress", "GPC", "Saleh Loyalists", "Military Forces of Yemen (Saleh)",
       "Supporters of Ali Abdullah Saleh", "General People's Congress (Saleh)"]
ev("misbahi-checkpoint-clash", A, "2017-08-26", "2017-08-26", "2017-08-26", BAT, ["Armed clash"],
   HOU + GPC, GPC + HOU, YE, SAN_CITY, (), 3,
   evidence="A senior official of ... Saleh's party and two Houthi gunmen were killed late on Saturday in an armed "
            "clash ... at a checkpoint near the Misbahi roundabout in southern Sanaa")
ev("sabeen-square-gpc-rally", A, "2017-08-24", "2017-08-24", "2017-08-24", PRO, ["Peaceful protest"],
   ["Protesters (Yemen)"] + GPC, [""], YE, SAN_CITY, (), 0, req=False,
   evidence="hundreds of thousands of Saleh supporters rallied peacefully on Thursday at Sabeen Square in central "
            "Sanaa to mark the 35th anniversary of the founding of the GPC (party rally)")
ev("faj-attan-residential-strike", A, "2017-08-25", "2017-08-25", "2017-08-25", EXP, ["Air/drone strike"],
   COAL, CIV_YE, YE, SAN_CITY, (), 12,
   evidence="a Saudi-led coalition airstrike that hit a residential building in Sanaa's Faj Attan neighborhood before "
            "dawn on Friday rose to 12, including six children ... The Houthi-run health ministry put the toll at 16")
ev("arhab-hotel-strike", A, "2017-08-23", "2017-08-23", "2017-08-23", EXP, ["Air/drone strike"],
   COAL, CIV_YE + HOU, YE, SAN_GOV, ["Arhab"], 35,
   evidence="coalition warplanes hit a small hotel in Arhab district, about 30 km north of Sanaa, on Wednesday, "
            "killing at least 35 people ... Saba news agency said 41 were killed")
ev("un-58-civilians-since-aug-1", A, "2017-08-25", "2017-08-01", "2017-08-25", EXP, ["Air/drone strike"],
   COAL + [""], CIV_YE + [""], YE, [""], (), 58, req=False, tp=3,
   evidence="at least 58 civilians had been killed in Yemen since Aug. 1 in airstrikes and fighting (country-level "
            "aggregate with a toll; overlaps the named strikes)")

# ---------------------------------------------------------------- The National, 2018-06-20 (Wed)
A = "yemen_hodeidah_thenational"
GIANTS = ["Giants Brigades", "Al Amalikah Brigades", "Amaliqa Brigades", "Tihama Resistance", "Joint Forces",
          "National Resistance"]
ev("hodeidah-airport-retaken", A, "2018-06-20", "2018-06-19", "2018-06-20", BAT,
   ["Government regains territory", "Armed clash"], YEA + GIANTS + UAE + COAL, HOU, YE, HOD, (), 44,
   evidence="Yemeni forces backed by the Arab coalition said on Wednesday that they had taken full control of "
            "Hodeidah's international airport ... stormed the airport compound from the south on Tuesday ... 39 "
            "Houthi fighters were killed ... five pro-government fighters died")
ev("kilo-16-reinforcements-air-strikes", A, "2018-06-19", "2018-06-19", "2018-06-20", EXP, ["Air/drone strike"],
   COAL + UAE, HOU, YE, HOD, (), None,
   evidence="Coalition aircraft on Tuesday night struck Houthi reinforcements moving along the Kilo 16 road ... "
            "without giving a casualty figure")
ev("durayhimi-supply-route-attack", A, "2018-06-18", "2018-06-18", "2018-06-18", BAT, ["Armed clash"],
   HOU + YEA + GIANTS, YEA + GIANTS + HOU, YE, HOD, ["Ad Durayhimi", "Al Durayhimi", "Durayhimi"], 17,
   evidence="the rebels attacked the forces' main supply route near Al Durayhimi ... on Monday ... six government "
            "soldiers and at least 11 rebels were killed before the attack was repelled")

# ---------------------------------------------------------------- BBC, 2019-08-11 (Sun)
A = "yemen_aden_bbc"
STC = ["Southern Transitional Council", "STC", "Security Belt Forces", "Security Belt", "Southern Movement",
       "Southern Separatists", "Military Forces of Yemen (Southern Transitional Council)",
       "Southern Transitional Council (STC)"]
GOV = YEA + ["Presidential Protection Brigades", "Presidential Guard"]
ADEN = ["Aden", "'Adan"]
ev("crater-palace-funeral-clash", A, "2019-08-07", "2019-08-07", "2019-08-07", BAT, ["Armed clash"],
   STC + GOV, GOV + STC, YE, ADEN, ["Crater", "Sirah", "Seerah"], 3,
   evidence="fighting broke out on Wednesday when STC supporters tried to approach the palace during a funeral "
            "procession ... At least three people were killed when the palace guards opened fire and separatist "
            "fighters fired back")
ev("khor-maksar-clashes", A, "2019-08-08", "2019-08-08", "2019-08-08", BAT, ["Armed clash"],
   STC + GOV, GOV + STC, YE, ADEN, ["Khur Maksar", "Khor Maksar", "Khawr Maksar"], None,
   evidence="On Thursday the clashes spread to the Khor Maksar district near the airport (toll only in the ICRC "
            "aggregate)")
ev("dar-saad-separatist-attack", A, "2019-08-09", "2019-08-09", "2019-08-09", BAT, ["Armed clash"],
   STC + GOV, GOV + STC, YE, ADEN, ["Dar Sad", "Dar Saad"], None,
   evidence="On Friday, separatist forces attacked government positions in the northern district of Dar Saad")
ev("aden-palace-seized-by-stc", A, "2019-08-10", "2019-08-10", "2019-08-10", BAT,
   ["Non-state actor overtakes territory"], STC, GOV + [""], YE, ADEN, ["Crater", "Sirah", "Seerah"], None,
   evidence="Fighters of the STC seized the presidential palace in the Crater district on Saturday, along with the "
            "nearby camps of the presidential guard ... Government troops at the palace put up little resistance")
ev("coalition-strike-on-stc-site", A, "2019-08-11", "2019-08-10", "2019-08-11", EXP, ["Air/drone strike"],
   COAL, STC + [""], YE, ADEN, (), None,
   evidence="The coalition said early on Sunday that its aircraft had struck a site in Aden that posed 'a direct "
            "threat' ... It did not say where the site was or whether anyone was hurt")

# ---------------------------------------------------------------- The New Arab, 2024-06-08 (Sat)
A = "yemen_sanaa_newarab"
UN_STAFF = ["United Nations", "UN", "Civilians (Yemen)", "Civilians (International)", "Humanitarian Workers (Yemen)",
            "UN Staff", "Aid Workers (Yemen)"]
ev("sanaa-un-staff-detained", A, "2024-06-06", "2024-06-06", "2024-06-06", VAC, ["Abduction/forced disappearance"],
   HOU, UN_STAFF, YE, SAN_CITY, (), 0,
   evidence="The arrests began on Thursday in Sanaa, where Houthi security forces raided the homes of several staff "
            "members in the Hadda and al-Asbahi neighbourhoods and took them to an unknown location")
ev("sanaa-un-staff-as-arrests", A, "2024-06-06", "2024-06-06", "2024-06-06", STR, ["Arrests"],
   HOU, UN_STAFF, YE, SAN_CITY, (), 0, req=False,
   evidence="the same Sanaa detentions coded as Arrests by the de facto authorities")
ev("hodeidah-aid-staff-detained", A, "2024-06-07", "2024-06-07", "2024-06-07", VAC,
   ["Abduction/forced disappearance"], HOU, UN_STAFF, YE, HOD, (), 0,
   evidence="On Friday the campaign was extended to Hodeidah, Hajjah and Saada, according to ... Mwatana")
ev("hajjah-aid-staff-detained", A, "2024-06-07", "2024-06-07", "2024-06-07", VAC,
   ["Abduction/forced disappearance"], HOU, UN_STAFF, YE, ["Hajjah"], (), 0,
   evidence="On Friday the campaign was extended to Hodeidah, Hajjah and Saada")
ev("saada-aid-staff-detained", A, "2024-06-07", "2024-06-07", "2024-06-07", VAC,
   ["Abduction/forced disappearance"], HOU, UN_STAFF, YE, ["Sa'dah", "Saada", "Sadah", "Sa'ada"], (), 0,
   evidence="On Friday the campaign was extended to Hodeidah, Hajjah and Saada")
ev("salif-us-uk-strikes", A, "2024-05-30", "2024-05-30", "2024-05-30", EXP, ["Air/drone strike"],
   US + UK, HOU + CIV_YE + [""], YE, HOD, ["As Salif", "Al Salif", "Salif"], 16,
   evidence="The deadliest so far, on 30 May, killed 16 people and wounded 42 in Hodeidah province ... the strikes hit "
            "a radio station building in the port town of al-Salif")
ev("maqbanah-houthi-attack-repelled", A, "2024-06-05", "2024-06-05", "2024-06-05", BAT, ["Armed clash"],
   HOU + YEA, YEA + HOU, YE, TAIZ, ["Maqbanah", "Maqbana"], 3,
   evidence="On Wednesday, three soldiers were killed when Houthi fighters attacked government positions in the "
            "Maqbanah district, west of the city of Taiz ... 'a number' of Houthis were killed")

# ---------------------------------------------------------------- Al Arabiya English, 2025-05-07 (Wed)
A = "yemen_sanaa_alarabiya"
TGT = CIV_YE + HOU + [""]
ev("sanaa-airport-israeli-strike", A, "2025-05-06", "2025-05-06", "2025-05-06", EXP, ["Air/drone strike"],
   IL, TGT, YE, SAN_CITY, (), 3,
   evidence="Israeli warplanes struck Yemen's Sanaa International Airport ... on Tuesday ... Three people were killed "
            "and 38 wounded in the strikes on the airport")
ev("dhahban-power-station-strike", A, "2025-05-06", "2025-05-06", "2025-05-06", EXP, ["Air/drone strike"],
   IL, TGT, YE, SAN_CITY, (), None,
   evidence="hit the Dhahban and Hezyaz power stations around Sanaa ... no word on casualties at the power stations")
ev("hezyaz-power-station-strike", A, "2025-05-06", "2025-05-06", "2025-05-06", EXP, ["Air/drone strike"],
   IL, TGT, YE, SAN_CITY, (), None,
   evidence="hit the Dhahban and Hezyaz power stations around Sanaa")
ev("amran-cement-factory-strike", A, "2025-05-06", "2025-05-06", "2025-05-06", EXP, ["Air/drone strike"],
   IL, TGT, YE, ["Amran", "'Amran", "`Amran"], ["`Amran", "Amran", "'Amran"], None,
   evidence="as well as the Amran cement factory, north of the capital ... no word on casualties at ... the cement "
            "factory")
ev("hodeidah-port-israeli-strike", A, "2025-05-05", "2025-05-05", "2025-05-05", EXP, ["Air/drone strike"],
   IL, TGT, YE, HOD, (), None,
   evidence="On Monday evening, Israeli jets struck the port of Hodeidah on the Red Sea (toll given only for Bajil)")
ev("bajil-cement-factory-strike", A, "2025-05-05", "2025-05-05", "2025-05-05", EXP, ["Air/drone strike"],
   IL, TGT, YE, HOD, ["Bajil"], 4,
   evidence="and a cement factory in Bajil, east of the city. The Houthis said four people were killed and 39 "
            "wounded at the Bajil factory")
ev("raghwan-houthi-attack-repelled", A, "2025-05-06", "2025-05-05", "2025-05-06", BAT, ["Armed clash"],
   HOU + YEA, YEA + HOU, YE, ["Ma'rib", "Marib"], ["Raghwan"], 2,
   evidence="Yemen's army said on Tuesday it had repelled a Houthi attack on its positions in the Raghwan district of "
            "Marib province overnight, killing several attackers. Two soldiers were killed")
ev("us-houthi-ceasefire-oman", A, "2025-05-06", "2025-05-06", "2025-05-06", STR, ["Agreement"],
   US + HOU + ["Government of Oman"], HOU + US + [""], YE, [""], (), 0, req=False,
   evidence="Oman announced that it had mediated a ceasefire between the United States and the Houthis (no place "
            "in Yemen; country level if coded)")

DROP = {
    "yemen_bayda_reuters": ["Skip to main content", "World", "Business", "Markets", "Politics", "TV", "Middle East",
                            "Our Standards: The Thomson Reuters Trust Principles.", "Read more",
                            "Yemen says 55 militants killed in offensive against al Qaeda",
                            "Yemeni army chief visits troops in Abyan"],
    "yemen_mokha_ap": ["AP News", "Top Stories", "World", "U.S.", "Politics", "Business", "Share",
                       "Copyright 2016 The Associated Press. All rights reserved. This material may not be published, "
                       "broadcast, rewritten or redistributed."],
    "yemen_hodeidah_thenational": ["The National", "UAE", "World", "Business", "Opinion", "Lifestyle", "Sport",
                                   "Share", "Facebook", "Twitter", "Read more",
                                   "Hodeidah offensive: what you need to know about the battle for Yemen's lifeline",
                                   "Houthis flee as coalition closes in on Hodeidah airport",
                                   "© 2018 Abu Dhabi Media"],
    "yemen_aden_bbc": ["BBC Homepage", "Skip to content", "Accessibility Help", "News", "Sport", "Weather", "iPlayer",
                       "Home", "UK", "World", "Business", "Politics", "Tech", "Science", "Health", "Middle East",
                       "Share this with Facebook", "Share this with Twitter", "Share this with Email", "Share",
                       "Related Topics", "Yemen crisis", "Saudi Arabia", "United Arab Emirates", "More on this story",
                       "Yemen war: Who is fighting whom?", "Yemen crisis: Why is there a war?",
                       "Yemen separatists and government forces clash in Aden",
                       "Copyright © 2019 BBC. The BBC is not responsible for the content of external sites."],
    "yemen_sanaa_newarab": ["The New Arab", "News", "Analysis", "Opinion", "Features", "Video", "Middle East",
                            "Facebook", "Twitter", "WhatsApp", "Copy link", "Read More",
                            "Houthis claim attack on ship in Red Sea, US says no damage",
                            "Yemen's government moves central bank operations to Aden", "Topics", "Yemen", "Houthis",
                            "United Nations", "© The New Arab 2024"],
    "yemen_sanaa_alarabiya": ["Al Arabiya English", "Home", "News", "Gulf", "Middle East", "World", "Business",
                              "Views", "Read more:",
                              "Houthi missile lands near Israel's Ben Gurion airport, flights suspended",
                              "Trump says US will stop bombing Houthis after they 'capitulated'",
                              "Last Update: 11:40 KSA 07 May 2025"],
}
EITHER = {
    "yemen_bayda_reuters": ["By Mohammed Ghobari", "SANAA Mon Apr 21, 2014 11:52am EDT",
                            "(Reporting by Mohammed Ghobari; Writing by Sami Aboudi; Editing by Alison Williams)"],
    "yemen_aden_afp": ["bur-ak/mah/hc"],
    "yemen_mokha_ap": ["By LOLITA C. BALDOR and AHMED AL-HAJ", "October 13, 2016",
                       "Baldor reported from Washington. Associated Press writers Maggie Michael in Cairo and Robert "
                       "Burns in Washington contributed to this report."],
    "yemen_sanaa_xinhua": ["Source: Xinhua| 2017-08-27 01:18:46|Editor: Mu Xuequan"],
    "yemen_hodeidah_thenational": ["Ali Mahmood", "June 20, 2018", "Updated: June 20, 2018 06:14 PM"],
    "yemen_aden_bbc": ["11 August 2019"],
    "yemen_sanaa_newarab": ["The New Arab Staff & Agencies", "08 June, 2024"],
    "yemen_sanaa_alarabiya": ["Published: 07 May ,2025: 09:12 AM GST", "Updated: 07 May ,2025: 11:40 AM GST"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout115; Yemen 2014-2025), coded by "
                             "CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
