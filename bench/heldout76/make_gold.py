"""Writes gold.json for the 76th held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout76/make_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

SHB = ["Al Shabaab", "Al-Shabaab", "Harakat al-Shabaab al-Mujahideen"]
AMISOM = ["AMISOM", "African Union Mission in Somalia", "Military Forces of Uganda"]
SNA = ["Military Forces of Somalia"]
RSF = ["Rapid Support Forces", "RSF"]
SAF = ["Military Forces of Sudan"]
SSPDF = ["Military Forces of South Sudan"]
IO = ["SPLM/A-IO", "SPLA-IO", "SPLM-IO", "Sudan People's Liberation Movement/Army-In Opposition",
      "Sudan People's Liberation Army-In Opposition"]
ENDF = ["Military Forces of Ethiopia"]
TPLF = ["TPLF", "Tigray People's Liberation Front", "Tigray Defense Forces", "Tigray Defence Forces", "TDF"]
FANO = ["Fano", "Fano Militia", "Amhara Fano", "Fano Amhara Militia", "Amhara Ethnic Militia (Ethiopia)"]
OLA = ["OLA", "Oromo Liberation Army", "OLF-Shane", "Shene", "Unidentified Armed Group (Ethiopia)"]

# --- somalia_janaale_hiiraan (Hiiraan Online, Wed 2015-09-02) -------------------------------------
A, SO = "somalia_janaale_hiiraan", "Somalia"
ev("janaale-base-overrun", A, "2015-09-01", "2015-09-01", "2015-09-01", BAT,
   ["Non-state actor overtakes territory"], SHB, AMISOM, SO, ["Lower Shabelle"], (), 12,
   evidence="Al-Shabaab fighters on Tuesday overran an African Union base in Janaale ... suicide car bomber "
            "blew up the gate ... raised their black flag over the town; at least twelve AMISOM soldiers were "
            "killed (al-Shabaab claims more than 50)")
ev("janaale-withdrawal", A, "2015-09-01", "2015-09-01", "2015-09-01", STR,
   ["Change to group/activity", "Other"], AMISOM, [""], SO, ["Lower Shabelle"], (), 0, req=False,
   evidence="the Ugandan troops withdrew towards Shalambood on Tuesday afternoon (part of the overrun)")
ev("baardheere-kdf-strikes", A, "2015-08-31", "2015-08-31", "2015-08-31", EXP, ["Air/drone strike"],
   ["Military Forces of Kenya", "AMISOM", "African Union Mission in Somalia"], SHB, SO, ["Gedo"], (), 30,
   evidence="Kenyan military jets on Monday struck al-Shabaab positions near Baardheere ... 'more than 30 militants'")
ev("hodan-roadside-bomb", A, "2015-08-31", "2015-08-31", "2015-08-31", EXP, ["Remote explosive/landmine/IED"],
   ["Unidentified Armed Group (Somalia)", "Al Shabaab"],
   ["Civilians (Somalia)", "Government of Somalia", "Police Forces of Somalia", "Military Forces of Somalia"],
   SO, ["Banaadir"], ["Hodan", "Banadir"], 2,
   evidence="a roadside bomb struck a car carrying a government official in Hodan district on Monday evening, "
            "killing his two bodyguards")

# --- somalia_barawe_ap (AP, Mon 2014-10-06) ------------------------------------------------------
A = "somalia_barawe_ap"
ev("barawe-retaken", A, "2014-10-05", "2014-10-05", "2014-10-05", BAT, ["Government regains territory"],
   AMISOM + SNA, SHB, SO, ["Lower Shabelle"], ["Baraawe", "Barawe", "Brava"], 0,
   evidence="African Union and Somali troops on Sunday took control of Barawe ... after the ... rebels "
            "abandoned the town overnight ... without firing a shot")
ev("bulo-marer-clash", A, "2014-10-04", "2014-10-04", "2014-10-04", BAT, ["Armed clash"],
   SNA + AMISOM + SHB, SHB + SNA + AMISOM, SO, ["Lower Shabelle"], ["Marka", "Kurtunwaarey"], 11,
   evidence="fighting near the village of Bulo Marer ... three soldiers and at least eight militants were killed "
            "in Saturday's clash")
ev("beledweyne-elder-shot", A, "2014-10-04", "2014-10-04", "2014-10-04", VAC, ["Attack"],
   ["Unidentified Armed Group (Somalia)"] + SHB, ["Civilians (Somalia)"], SO, ["Hiiran"],
   ["Belet Weyne", "Beledweyne"], 1,
   evidence="In ... Beledweyne, gunmen on Saturday shot dead a clan elder who had supported the government")

# --- sudan_eddaein_dabanga (Radio Dabanga, Wed 2023-11-22) ------------------------------------------
A, SD = "sudan_eddaein_dabanga", "Sudan"
ev("eldaein-division-taken", A, "2023-11-21", "2023-11-21", "2023-11-21", BAT,
   ["Non-state actor overtakes territory"], RSF, SAF, SD, ["Eastern Darfur", "East Darfur"], (), 0,
   evidence="The RSF took control of the headquarters of the army's 20th Infantry Division in El Daein ... on "
            "Tuesday, after the garrison pulled out ... overnight following talks brokered by ... Rizeigat")
ev("eldaein-handover-by-agreement", A, "2023-11-21", "2023-11-21", "2023-11-21", STR,
   ["Non-violent transfer of territory"], RSF + SAF, SAF + RSF + [""], SD, ["Eastern Darfur", "East Darfur"], (), 0,
   req=False, evidence="second reading of the same takeover: garrison left after Rizeigat-brokered talks, no shooting")
ev("eldaein-market-looting", A, "2023-11-22", "2023-11-21", "2023-11-22", STR, ["Looting/property destruction"],
   RSF + ["Unidentified Armed Group (Sudan)"], ["Civilians (Sudan)", ""], SD, ["Eastern Darfur", "East Darfur"],
   (), 0, tp=2,
   evidence="groups of men in RSF uniforms and armed civilians looted shops in the main market of El Daein ... "
            "continued until Wednesday morning")
ev("shajara-armoured-corps-clash", A, "2023-11-19", "2023-11-19", "2023-11-19", BAT, ["Armed clash"],
   RSF + SAF, SAF + RSF, SD, ["Khartoum"], ["Khartoum"], None,
   evidence="the army said on Sunday it had repelled a large RSF attack on the Armoured Corps in El Shajara")
ev("karari-shell", A, "2023-11-19", "2023-11-19", "2023-11-19", EXP, ["Shelling/artillery/missile attack"],
   ["Unidentified Armed Group (Sudan)"] + RSF + SAF, ["Civilians (Sudan)"], SD, ["Khartoum"],
   ["Omdurman", "Karary", "Karari"], 2,
   evidence="on the same day two people were killed ... when an artillery shell fell on a house in the Karari "
            "neighbourhood of Omdurman")

# --- sudan_singa_sudantribune (Sudan Tribune, Sun 2024-11-24) ---------------------------------------
A = "sudan_singa_sudantribune"
ev("sinja-retaken", A, "2024-11-23", "2024-11-23", "2024-11-23", BAT, ["Government regains territory"],
   SAF, RSF, SD, ["Sinnar", "Sennar"], (), None,
   evidence="The SAF and allied forces on Saturday regained control of Sinja, the capital of Sennar state")
ev("dinder-retaken", A, "2024-10-31", "2024-10-20", "2024-10-31", BAT, ["Government regains territory"],
   SAF, RSF, SD, ["Sinnar", "Sennar"], (), None, req=False, tp=3,
   evidence="The army retook the town of Dinder in late October (24-34 days before publication)")
ev("alsuki-retaken", A, "2024-11-23", "2024-11-01", "2024-11-23", BAT, ["Government regains territory"],
   SAF, RSF, SD, ["Sinnar", "Sennar"], (), None, req=False, tp=3,
   evidence="and Al-Suki earlier this month")
ev("sennar-celebration", A, "2024-11-23", "2024-11-23", "2024-11-23", PRO, ["Peaceful protest"],
   ["Protesters (Sudan)"], [""], SD, ["Sinnar", "Sennar"], (), 0, req=False,
   evidence="Residents of Sennar city ... took to the streets on Saturday evening to celebrate")
ev("portsudan-celebration", A, "2024-11-23", "2024-11-23", "2024-11-23", PRO, ["Peaceful protest"],
   ["Protesters (Sudan)"], [""], SD, ["Red Sea"], ["Port Sudan"], 0, req=False,
   evidence="Residents of ... Port Sudan took to the streets on Saturday evening to celebrate")
ev("elfasher-daraja-shelling", A, "2024-11-22", "2024-11-22", "2024-11-22", EXP,
   ["Shelling/artillery/missile attack"], RSF, ["Civilians (Sudan)"], SD, ["Northern Darfur", "North Darfur"],
   (), 5, evidence="five civilians were killed ... on Friday when RSF artillery shells hit the Al-Daraja Oula "
                   "neighbourhood in El Fasher")
ev("merowe-dam-drone", A, "2024-11-23", "2024-11-23", "2024-11-23", EXP, ["Air/drone strike"],
   RSF, ["", "Civilians (Sudan)"], SD, ["Northern"], (), 0,
   evidence="The RSF also launched a drone attack on the Merowe dam power station in Northern State on Saturday")

# --- southsudan_fangak_tamazuj (Radio Tamazuj, Mon 2025-05-05) --------------------------------------
A, SS = "southsudan_fangak_tamazuj", "South Sudan"
ev("old-fangak-hospital-bombed", A, "2025-05-03", "2025-05-03", "2025-05-03", EXP, ["Air/drone strike"],
   SSPDF + ["Unidentified Armed Group (South Sudan)"], ["Civilians (South Sudan)"], SS, ["Jonglei"], (), 7,
   evidence="At least seven people were killed ... when an aircraft bombed the MSF hospital and parts of the town "
            "of Old Fangak ... early on Saturday ... A helicopter gunship then fired on the town's market")
ev("pieri-clash", A, "2025-05-04", "2025-05-04", "2025-05-04", BAT, ["Armed clash"],
   SSPDF + IO, IO + SSPDF, SS, ["Jonglei"], ["Uror"], 13,
   evidence="the SPLA-IO said its forces repulsed an attack by the SSPDF on its positions in Pieri, Uror County, "
            "on Sunday ... claimed that 13 government soldiers were killed")
ev("ulang-hospital-looted", A, "2025-04-09", "2025-04-09", "2025-04-09", STR, ["Looting/property destruction"],
   ["Unidentified Armed Group (South Sudan)", "White Army", "Nuer Ethnic Militia (South Sudan)"],
   ["", "Civilians (South Sudan)", "MSF", "Medecins Sans Frontieres"], SS, ["Upper Nile"], (), 0,
   evidence="On 9 April, armed men looted MSF's hospital in Ulang, Upper Nile State (26 days before publication)")

# --- southsudan_magwi_sudanspost (Sudans Post, Tue 2023-02-28) ---------------------------------------
A = "southsudan_magwi_sudanspost"
HERDERS = ["Unidentified Armed Group (South Sudan)", "Dinka Ethnic Militia (South Sudan)",
           "Dinka Bor Ethnic Militia (South Sudan)", "Cattle keepers", "Cattle Keepers (South Sudan)"]
ev("ayii-farmers-killed", A, "2023-02-26", "2023-02-26", "2023-02-26", VAC, ["Attack"], HERDERS,
   ["Civilians (South Sudan)"], SS, ["Eastern Equatoria"], ["Magwi"], 4,
   evidence="At least four farmers were killed on Sunday when suspected armed cattle keepers attacked them ... at "
            "Ayii ... north of Magwi town")
ev("magwi-road-block", A, "2023-02-27", "2023-02-27", "2023-02-27", RIO, ["Violent demonstration"],
   ["Rioters (South Sudan)", "Protesters (South Sudan)"], ["Police Forces of South Sudan", ""], SS,
   ["Eastern Equatoria"], ["Magwi"], 0,
   evidence="in Magwi town on Monday ... youth blocked the Juba-Nimule highway with logs and burning tyres ... "
            "Police fired into the air to disperse them")
ev("kapoeta-north-cattle-raid", A, "2023-02-28", "2023-02-28", "2023-02-28", VAC, ["Attack"],
   ["Unidentified Armed Group (South Sudan)", "Toposa Ethnic Militia (South Sudan)"], ["Civilians (South Sudan)"],
   SS, ["Eastern Equatoria"], (), 3,
   evidence="armed cattle raiders on Tuesday attacked a cattle camp in Kapoeta North County, killing three herders")

# --- ethiopia_shire_afp (AFP, Tue 2022-10-18) -------------------------------------------------------
A, ET = "ethiopia_shire_afp", "Ethiopia"
ENDF_ER = ENDF + ["Military Forces of Eritrea"]
ev("shire-captured", A, "2022-10-17", "2022-10-17", "2022-10-18", BAT, ["Government regains territory"],
   ENDF_ER, TPLF, ET, ["Tigray"], (), None,
   evidence="federal forces had captured the strategic town of Shire ... Ethiopian and Eritrean troops entered "
            "Shire ... on Monday after days of heavy fighting on its outskirts")
ev("alamata-captured", A, "2022-10-18", "2022-10-12", "2022-10-18", BAT, ["Government regains territory"],
   ENDF, TPLF, ET, ["Tigray"], (), None, tp=2,
   evidence="as well as Alamata ... 'without saying when the towns were taken' (announced Tuesday)")
ev("korem-captured", A, "2022-10-18", "2022-10-12", "2022-10-18", BAT, ["Government regains territory"],
   ENDF, TPLF, ET, ["Tigray"], (), None, tp=2,
   evidence="as well as ... Korem in the south of the war-torn region (date not given; announced Tuesday)")
ev("shire-irc-strike", A, "2022-10-14", "2022-10-14", "2022-10-14", EXP, ["Air/drone strike"],
   ENDF_ER + ["Unidentified Armed Group (Ethiopia)"], ["Civilians (Ethiopia)"], ET, ["Tigray"], (), 3,
   evidence="On Friday, a strike on the outskirts of the town killed an aid worker with the IRC ... and at least "
            "two civilians")
ev("adi-daero-school-strike", A, "2022-10-04", "2022-10-04", "2022-10-04", EXP, ["Air/drone strike"],
   ENDF_ER + ["Unidentified Armed Group (Ethiopia)"], ["Civilians (Ethiopia)"], ET, ["Tigray"], (), 50,
   evidence="on October 4, an air strike hit a school sheltering displaced people in ... Adi Daero ... killing more "
            "than 50 people")

# --- ethiopia_amhara_addisstandard (Addis Standard, Thu 2024-05-16) ----------------------------------
A = "ethiopia_amhara_addisstandard"
ev("wegel-tena-drone-strike", A, "2024-05-14", "2024-05-14", "2024-05-14", EXP, ["Air/drone strike"],
   ENDF + ["Unidentified Armed Group (Ethiopia)"], ["Civilians (Ethiopia)"], ET, ["Amhara"],
   ["South Wollo Zone", "South Wollo", "Debub Wollo"], 11,
   evidence="Eleven civilians ... were killed on Tuesday when a drone struck a busy street ... in Wegel Tena town, "
            "Delanta woreda, South Wollo zone")
ev("ebinat-taken-by-fano", A, "2024-05-13", "2024-05-13", "2024-05-13", BAT,
   ["Non-state actor overtakes territory"], FANO, ENDF, ET, ["Amhara"],
   ["South Gondar Zone", "South Gondar", "Debub Gondar"], 6,
   evidence="Fano fighters took control of Ebinat town on Monday after the ENDF withdrew following a clash in the "
            "morning ... at least six people ... were killed")
ev("shambu-police-station-attack", A, "2024-05-11", "2024-05-11", "2024-05-11", BAT, ["Armed clash"],
   OLA, ["Police Forces of Ethiopia"], ET, ["Oromiya", "Oromia"], (), 4,
   evidence="four police officers were killed on Saturday when gunmen attacked a police station in Shambu town, "
            "Horo Guduru Wollega zone ... attributed the attack to the OLA")

DROP = {
    "somalia_janaale_hiiraan": ["Hiiraan Online", "Home", "News", "Sports", "Opinion", "Somali Language",
                                "Contact Us", "Share this:", "Facebook", "Twitter", "Email", "Related Items:",
                                "Somalia: Gunmen kill clan elder in Beledweyne",
                                "AMISOM commanders meet in Mogadishu to review operations", "Leave a Reply",
                                "© 2015 Hiiraan Online. All rights reserved."],
    "sudan_eddaein_dabanga": ["Radio Dabanga", "Sudan", "Darfur", "Kordofan", "Khartoum", "Economy", "Sections",
                              "Share:", "Related news", "November 8 - 2023 ZALINGEI",
                              "Hundreds of displaced arrive in Chad", "Back to overview",
                              "Radio Dabanga is a project of Free Press Unlimited. All rights reserved."],
    "southsudan_fangak_tamazuj": ["Radio Tamazuj", "News", "Programs", "Opinions", "Announcements", "About us",
                                  "Share on Facebook", "Share on X", "Share on WhatsApp", "Related",
                                  "Aid agencies suspend operations in Nasir after helicopter attack",
                                  "Jonglei governor calls for calm in Ayod", "Radio Tamazuj © 2025"],
    "ethiopia_amhara_addisstandard": ["Addis Standard", "Home", "News", "Politics", "Business", "Opinion",
                                      "In-Depth Analysis", "Amharic", "Afaan Oromoo", "Subscribe", "Share this:",
                                      "Click to share on Facebook (Opens in new window)",
                                      "Click to share on X (Opens in new window)",
                                      "Click to share on Telegram (Opens in new window)", "Advertisement",
                                      "Related Posts",
                                      "News: Regional gov’t says over 2,000 Fano members received rehabilitation training",
                                      "News: EHRC urges end to drone strikes on civilians in Amhara region",
                                      "Join our newsletter", "© 2024 Addis Standard. All rights reserved."],
}
EITHER = {
    "somalia_janaale_hiiraan": ["Wednesday September 2, 2015"],
    "sudan_eddaein_dabanga": ["November 22 - 2023 EL DAEIN"],
    "southsudan_fangak_tamazuj": ["Published: May 5, 2025"],
    "ethiopia_amhara_addisstandard": ["May 16/2024"],
    "somalia_barawe_ap": ["___", "Associated Press writer Rodney Muhumuza in Kampala, Uganda, contributed to this report."],
    "ethiopia_shire_afp": ["burs-sva/dl"],
    "sudan_singa_sudantribune": ["(ST)"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout76: Ethiopia, Sudan, South Sudan, "
                             "Somalia 2014-2025), coded by CODEBOOK.md before the system was run (BLIND).",
               drop=DROP, either=EITHER)
