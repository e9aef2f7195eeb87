"""Writes gold.json for held-out set 75 (Lake Chad basin + Nigeria's north-west; hand-coded by CODEBOOK.md
before any run of the system; BLIND).

    python bench/heldout75/make_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

NG, CM, TD = "Nigeria", "Cameroon", "Chad"
NG_MIL = ["Military Forces of Nigeria"]
CM_MIL = ["Military Forces of Cameroon"]
CM_SF = ["Military Forces of Cameroon", "Police Forces of Cameroon", "Gendarmerie (Cameroon)", "Gendarmerie"]
TD_MIL = ["Military Forces of Chad"]
CIV_NG, CIV_CM, CIV_TD = ["Civilians (Nigeria)"], ["Civilians (Cameroon)"], ["Civilians (Chad)"]
BH = ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS",
      "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"]
ISWAP = ["Islamic State West Africa Province", "ISWAP", "Islamic State", "Islamic State (West Africa)"]
CJTF = ["Civilian Joint Task Force", "CJTF", "Civilian JTF"]
BANDITS = ["Unidentified Armed Group (Nigeria)", "Bandits", "Bandits (Nigeria)", "Bandit Militia (Nigeria)"]
ZCPG = ["Zamfara Community Protection Guards", "Community Protection Guards", "Vigilantes", "Vigilante Group (Nigeria)",
        "Vigilantes (Nigeria)", "Civilians (Nigeria)"]
LAKURAWA = ["Lakurawa", "Unidentified Armed Group (Nigeria)", "Islamic State Sahel Province", "Islamic State"]
AMB = ["Ambazonian Separatists", "Ambazonia Defence Forces", "ADF", "Amba Boys", "Separatists (Cameroon)",
       "Unidentified Armed Group (Cameroon)"]

# --- nigeria_konduga_dailytrust (Daily Trust, Mon 2019-06-17) -------------------------------------------------
A = "nigeria_konduga_dailytrust"
ev("mandarari-triple-suicide-bombing", A, "2019-06-16", "2019-06-16", "2019-06-16", EXP, ["Suicide bomb"],
   BH + ["Unidentified Armed Group (Nigeria)", "Islamic State West Africa Province", "ISWAP"],
   CIV_NG + [""], NG, ["Borno"], ["Konduga"], 33,
   evidence="Sunday night's triple suicide bombings in Mandarari village of Konduga ... has risen to 30 ... "
            "The three bombers ... also died in the blasts (30 + 3 = 33)")
ev("dalwa-cjtf-ambush", A, "2019-06-14", "2019-06-14", "2019-06-14", BAT, ["Armed clash"],
   BH + ["Unidentified Armed Group (Nigeria)"], CJTF, NG, ["Borno"], ["Konduga"], 2,
   evidence="insurgents ambushed a patrol team of the CJTF near Dalwa, also in Konduga LGA, on Friday ... "
            "two of their colleagues were killed")

# --- nigeria_sabonbirni_premiumtimes (Premium Times, Wed 2021-12-08) -------------------------------------------
A = "nigeria_sabonbirni_premiumtimes"
ev("gidan-bawa-bus-burnt", A, "2021-12-06", "2021-12-06", "2021-12-06", VAC, ["Attack"], BANDITS, CIV_NG, NG,
   ["Sokoto"], ["Sabon Birni"], 23,
   evidence="At least 23 passengers were burnt to death on Monday when bandits attacked a commercial vehicle ... "
            "near Gidan Bawa village (police 23; residents 'over 30' -> 23)")
ev("sokoto-protest-teargassed", A, "2021-12-07", "2021-12-07", "2021-12-07", PRO, ["Protest with intervention"],
   ["Protesters (Nigeria)"], ["Police Forces of Nigeria", ""], NG, ["Sokoto"], ["Sokoto North", "Sokoto South"], 0,
   evidence="On Tuesday, dozens of students and youths marched through the streets of Sokoto ... Police fired tear gas "
            "to disperse the protesters ... several of them were arrested")
ev("tozai-abduction", A, "2021-12-04", "2021-12-04", "2021-12-05", VAC, ["Abduction/forced disappearance"], BANDITS,
   CIV_NG, NG, ["Sokoto"], ["Isa"], 0,
   evidence="on Saturday night, gunmen stormed Tozai village in Isa Local Government Area and abducted 12 people")

# --- nigeria_silame_punch (The Punch, Fri 2024-12-27) -----------------------------------------------------------
A = "nigeria_silame_punch"
ev("gidan-sama-air-strike", A, "2024-12-25", "2024-12-25", "2024-12-25", EXP, ["Air/drone strike"], NG_MIL,
   CIV_NG + ["Lakurawa"], NG, ["Sokoto"], ["Silame"], 6,
   evidence="The strikes hit Gidan Sama and Rumtuwa villages early on Wednesday ... six people were killed in the village")
ev("rumtuwa-air-strike", A, "2024-12-25", "2024-12-25", "2024-12-25", EXP, ["Air/drone strike"], NG_MIL,
   CIV_NG + ["Lakurawa"], NG, ["Sokoto"], ["Silame"], 4,
   evidence="In Rumtuwa, about five kilometres away, four people were killed and at least seven others injured")
ev("kalmalo-lakurawa-attack-repelled", A, "2024-12-24", "2024-12-24", "2024-12-24", BAT, ["Armed clash"], LAKURAWA,
   NG_MIL, NG, ["Sokoto"], ["Tangaza"], 4,
   evidence="troops ... on Tuesday repelled an attack by suspected Lakurawa fighters on a military patrol near Kalmalo "
            "in Tangaza ... killing four of the attackers")
# Not events: Mera attack (Kebbi, "early November" -> > 30 days), Tudun Biri (Dec 2023), DHQ/Amnesty/governor statements.

# --- nigeria_askira_humangle (HumAngle, Mon 2024-11-18) ----------------------------------------------------------
A = "nigeria_askira_humangle"
ev("wajiroko-ambush-brigadier-killed", A, "2024-11-14", "2024-11-14", "2024-11-14", BAT, ["Armed clash"], ISWAP,
   NG_MIL, NG, ["Borno"], ["Askira-Uba", "Askira/Uba", "Askira Uba"], 3,
   evidence="ISWAP ambushed his convoy near Wajiroko in Askira-Uba ... on Thursday afternoon ... Two soldiers in his "
            "escort were killed ... the general was captured alive ... executed him (2 + 1 = 3)")
ev("kwalaram-air-strikes", A, "2024-11-16", "2024-11-16", "2024-11-16", EXP, ["Air/drone strike"], NG_MIL,
   ISWAP, NG, ["Borno"], (), None,
   evidence="air interdictions on ISWAP locations around Kwalaram in the Timbuktu Triangle on Saturday, 'neutralising "
            "scores of terrorists' (unquantified: fatalities not scored)")
ev("sabon-gari-cjtf-repel-iswap", A, "2024-11-17", "2024-11-17", "2024-11-17", BAT, ["Armed clash"], ISWAP,
   CJTF + ["Hunters (Nigeria)"], NG, ["Borno"], ["Damboa"], 5,
   evidence="On Sunday night, members of the CJTF and local hunters repelled an attack by ISWAP fighters on Sabon Gari "
            "... one of their members was killed and four insurgents were shot dead")
# Not events: Zirkusu killed Nov 2021 (background), army statements, COAS vow.

# --- nigeria_zurmi_reuters (Reuters, Mon 2025-01-13) --------------------------------------------------------------
A = "nigeria_zurmi_reuters"
ev("tungar-kara-air-strike-on-vigilantes", A, "2025-01-11", "2025-01-11", "2025-01-11", EXP, ["Air/drone strike"],
   NG_MIL, ZCPG, NG, ["Zamfara"], ["Zurmi"], 16,
   evidence="as they were returning home on Saturday evening a military aircraft fired on them ... Sixteen of them died "
            "(a resident buried 20 bodies, not all clearly vigilantes -> 16)")
ev("tungar-kara-vigilantes-vs-bandits", A, "2025-01-11", "2025-01-11", "2025-01-11", BAT, ["Armed clash"],
   ZCPG[:-1] + BANDITS, BANDITS + ZCPG[:-1], NG, ["Zamfara"], ["Zurmi"], None,
   evidence="The guards fought the gunmen near the village of Tungar Kara and recovered some of the animals")
ev("zurmi-cattle-raid", A, "2025-01-11", "2025-01-11", "2025-01-11", STR, ["Looting/property destruction"],
   BANDITS, CIV_NG + [""], NG, ["Zamfara"], ["Zurmi"], 0, req=False,
   evidence="a gang of bandits who raided villages in Zurmi local government area on Saturday and stole cattle")
ev("sokoto-christmas-air-strikes", A, "2024-12-25", "2024-12-25", "2024-12-25", EXP, ["Air/drone strike"], NG_MIL,
   CIV_NG, NG, ["Sokoto"], (), 10,
   evidence="on Christmas Day last year, strikes on two villages in neighbouring Sokoto state killed at least 10 people "
            "(19 days before publication: an event; unnamed villages -> one admin1-level row)")
ev("faskari-mosque-abduction", A, "2025-01-12", "2025-01-12", "2025-01-12", VAC, ["Abduction/forced disappearance"],
   BANDITS, CIV_NG, NG, ["Katsina"], ["Faskari"], 0,
   evidence="gunmen abducted at least 10 worshippers from a mosque in Faskari local government area on Sunday morning")
# Not events: Tudun Biri Dec 2023 (background), air force / governor statements.

# --- cameroon_nchang_mimimefo (Mimi Mefo Info, Mon 2022-09-19) -----------------------------------------------------
A = "cameroon_nchang_mimimefo"
ev("nchang-priests-kidnapped", A, "2022-09-16", "2022-09-16", "2022-09-16", VAC, ["Abduction/forced disappearance"],
   AMB, CIV_CM, CM, ["South-West", "Southwest"], ["Manyu"], 0,
   evidence="Gunmen on Friday night attacked St Mary's Catholic Parish in Nchang ... kidnapping eight people, including "
            "five priests and a Reverend Sister")
ev("nchang-church-burnt", A, "2022-09-16", "2022-09-16", "2022-09-16", STR, ["Looting/property destruction"],
   AMB, CIV_CM + [""], CM, ["South-West", "Southwest"], ["Manyu"], 0, req=False,
   evidence="setting the church ablaze")
ev("bali-gendarme-shot", A, "2022-09-17", "2022-09-17", "2022-09-17", BAT, ["Armed clash"], AMB, CM_SF, CM,
   ["North-West", "Northwest"], ["Mezam"], 1,
   evidence="suspected separatist fighters shot dead a gendarme at a checkpoint in Bali Nyonga, Mezam Division, on "
            "Saturday afternoon")
ev("mbengwi-raid", A, "2022-09-18", "2022-09-18", "2022-09-18", BAT, ["Armed clash"], CM_MIL, AMB, CM,
   ["North-West", "Northwest"], ["Momo"], 2,
   evidence="On Sunday, soldiers raided Mbengwi ... killed two suspected separatist fighters after an exchange of fire")
# Not events: the separatist 'lockdown' from Sept 5 (declaration), bishops' statements, ICG toll.

# --- cameroon_darak_afp (AFP, Tue 2019-06-11) ----------------------------------------------------------------------
A = "cameroon_darak_afp"
ev("darak-army-post-overrun", A, "2019-06-10", "2019-06-09", "2019-06-10", BAT,
   ["Armed clash", "Non-state actor overtakes territory"], ISWAP + BH, CM_MIL + ["MNJTF", "Multinational Joint Task Force"],
   CM, ["Far North", "Extreme-Nord", "Extreme North"], ["Logone-et-Chari", "Logone et Chari"], 24,
   evidence="Hundreds of fighters arrived in boats in the early hours of Monday and overran the post ... Sixteen soldiers "
            "and eight civilians were killed (attackers' 'heavy losses' unquantified)")
ev("tourou-village-raid", A, "2019-06-08", "2019-06-08", "2019-06-09", VAC, ["Attack", "Abduction/forced disappearance"],
   BH + ISWAP + ["Unidentified Armed Group (Cameroon)"], CIV_CM, CM, ["Far North", "Extreme-Nord", "Extreme North"],
   ["Mayo-Tsanaga"], 2,
   evidence="On Saturday, suspected Boko Haram fighters stormed a village near Tourou ... killing two men and abducting a "
            "teenage girl")
# Not events: Amnesty 12-month regional toll, UN / ICG aggregate tolls, minister's statement.

# --- chad_koulfoua_reuters (Reuters, Sun 2015-12-06) ----------------------------------------------------------------
A = "chad_koulfoua_reuters"
ev("koulfoua-market-suicide-bombings", A, "2015-12-05", "2015-12-05", "2015-12-05", EXP, ["Suicide bomb"],
   BH + ["Unidentified Armed Group (Chad)", "Islamic State West Africa Province", "ISWAP"], CIV_TD, TD, ["Lac"], (), 30,
   evidence="Three female suicide bombers blew themselves up at a busy market on an island in Lake Chad on Saturday, "
            "killing 27 people in addition to the bombers (27 + 3 = 30; 'as many as 40' is a forecast)")
ev("liwa-position-attack", A, "2015-12-02", "2015-12-02", "2015-12-02", BAT, ["Armed clash"],
   BH + ["Islamic State West Africa Province", "ISWAP"], TD_MIL, TD, ["Lac"], ["Fouli", "Mamdi"], 9,
   evidence="On Wednesday, Chadian troops killed nine Boko Haram fighters who attacked a military position near Liwa")
# Not events: state of emergency in Lac "last month" (measure), Baga Sola (October) and N'Djamena (June/July) background.

DROP = {
    "nigeria_konduga_dailytrust": [
        "Daily Trust", "Home | News | Politics | Sports | Business | Opinion | Features | Live", "Advertisement", "NEWS",
        "Share on Facebook | Share on Twitter | WhatsApp | Email", "Related",
        "Zulum visits IDP camps, promises resettlement", "Army: Troops rescue 15 women in Sambisa",
        "Borno: Boko Haram attacks Gubio, burns houses",
        "Sign up for our newsletter to get the latest news delivered to your inbox", "Subscribe",
        "© 2019 Media Trust Limited. All rights reserved."],
    "nigeria_sabonbirni_premiumtimes": [
        "Premium Times Nigeria", "Home", "News", "Headlines", "Top News", "More News", "Investigations", "Business",
        "Health", "Agriculture", "Sports", "Opinion", "ADVERTISEMENT",
        "Support PREMIUM TIMES' journalism of integrity and credibility",
        "Good journalism costs a lot of money. Yet only good journalism can ensure the possibility of a good society.",
        "Donate", "TEXT AD: Call Willie - +2348098788999", "Related", "Bandits kill 43 in Sokoto market attack",
        "Police rescue 10 kidnap victims in Zamfara", "Tambuwal visits Goronyo, vows support for victims",
        "Leave a Reply", "Your email address will not be published.",
        "© 2021 Premium Times Services Limited. All rights reserved."],
    "nigeria_askira_humangle": [
        "HumAngle", "Conflict | Humanitarian | Development | Investigations | Podcasts | About Us", "Donate",
        "5 min read", "Share:", "Twitter", "Facebook", "LinkedIn", "Read Also:",
        "ISWAP Fighters Abduct Farmers In Borno's Gubio", "Inside Borno's Camps For Repentant Boko Haram Members",
        "Subscribe to our newsletter", "Get the latest news and updates from HumAngle straight to your inbox.", "Email",
        "Subscribe", "Tags: Borno, ISWAP, Nigerian Army, Askira-Uba", "© 2024 HumAngle Media. All Rights Reserved."],
    "cameroon_nchang_mimimefo": [
        "MMI - Mimi Mefo Info", "Home", "News", "Anglophone Crisis", "Politics", "Business", "Sports", "Entertainment",
        "Opinion", "Videos", "Advertisement", "Share this:", "Facebook", "Twitter", "WhatsApp", "Telegram",
        "Related Posts", "Anglophone Crisis: Separatists abduct council workers in Muyuka",
        "Bamenda: Schools reopen amid fear", "Fon of Bafut calls for dialogue", "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "© 2022 Mimi Mefo Info. All rights reserved."],
    "cameroon_darak_afp": ["str/cl/ri"],
}
EITHER = {
    "nigeria_konduga_dailytrust": ["By Hamza Idris & Abdulkareem Haruna, Maiduguri", "Mon, 17 Jun 2019 6:42:11 WAT",
                                   "Vigilantes ambushed"],
    "nigeria_sabonbirni_premiumtimes": ["December 8, 2021", "By Abdulkadir Hassan",
                                        "The victims were travelling from Sabon Birni to Sokoto when they were attacked.",
                                        "Protest in Sokoto"],
    "nigeria_askira_humangle": [
        "The Nigerian Army initially said Brigadier General M. Uba had escaped. Two days later, it confirmed he was dead.",
        "By Mansir Muhammed", "November 18, 2024", "Air strikes after the ambush", "Militia repel attack",
        "A pattern of attacks on senior officers"],
    "cameroon_nchang_mimimefo": ["By Ndi Eugene Ndi", "September 19, 2022", "Gendarme killed in Bali"],
    "nigeria_zurmi_reuters": ["By Ahmed Kingimi",
                              "(Reporting by Ahmed Kingimi in Maiduguri; Additional reporting by Garba Muhammad in "
                              "Kaduna; Writing by Felix Onuah; Editing by Alex Richardson)"],
    "chad_koulfoua_reuters": ["By Madjiasra Nako",
                              "(Reporting by Madjiasra Nako; Writing by Edward McAllister; Editing by Tom Heneghan)"],
}

write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout75: Lake Chad basin and north-west Nigeria, "
           "2015-2025), coded by CODEBOOK.md before any run; BLIND, not yet run.", drop=DROP, either=EITHER)
