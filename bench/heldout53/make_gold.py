"""Writes gold.json for the 53rd held-out set (hand-coded by CODEBOOK.md; BLIND - never run yet).

    python bench/heldout53/make_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# --- Yemen: Houthi drones on oil terminals (Xinhua, 2022-10-22, Saturday) ---
YE = "Yemen"
HOU = ["Houthis", "Houthi", "Ansar Allah", "Houthi Movement", "Military Forces of Yemen (Houthi)"]
A = "yemen_dhabba_xinhua"
ev("dhabba-drone-attack", A, "2022-10-21", "2022-10-21", "2022-10-21", EXP, ["Air/drone strike"], HOU,
   ["", "Civilians (Yemen)", "Military Forces of Yemen"], YE, ["Hadramaout", "Hadramawt", "Hadramout"],
   ["Ash Shihr"], 0,
   evidence="Yemen's Houthi group on Friday launched drones at the Dhabba oil terminal ... The drones exploded near "
            "the terminal at Ash Shihr port ... no casualties")
ev("nushayma-drone-attack", A, "2022-10-18", "2022-10-18", "2022-10-18", EXP, ["Air/drone strike"], HOU,
   ["", "Civilians (Yemen)", "Military Forces of Yemen"], YE, ["Shabwah", "Shabwa"], ["Rudum"], 0,
   evidence="On Tuesday, two Houthi drones were fired at the al-Nushayma oil terminal in Rudum district of the "
            "neighboring Shabwa province")
# not events: truce expiry (Oct 2), Saree's threat, terrorist designation, coalition statement; 2014 war start.

# --- Libya: Tajoura armed-group clashes (Libya Herald, 2024-08-10, Saturday) ---
LY = "Libya"
A = "libya_tajoura_libyaherald"
DUR = ["Rahbat al-Duruo Brigade", "Rahbat al-Duruo", "Militia (Rahbat al-Duruo)", "Unidentified Armed Group (Libya)"]
SAB = ["Al-Shahida Sabriya Brigade", "Al-Shahida Sabriya", "Militia (Al-Shahida Sabriya)",
       "Unidentified Armed Group (Libya)"]
ev("tajoura-clashes", A, "2024-08-09", "2024-08-09", "2024-08-10", BAT, ["Armed clash"], DUR + SAB[:3], SAB + DUR[:3],
   LY, ["Tripoli"], (), 9,
   evidence="Nine people were killed and sixteen injured in clashes that erupted late on Friday in Tajoura ... "
            "The fighting pitted the Rahbat al-Duruo brigade against the Al-Shahida Sabriya brigade")
ev("tajoura-truce", A, "2024-08-10", "2024-08-10", "2024-08-10", STR, ["Agreement"],
   DUR + SAB[:3] + ["Tajoura Municipal Council", ""], SAB + DUR[:3] + [""], LY, ["Tripoli"], (), 0, req=False,
   evidence="A truce was reached on Saturday morning after the intervention of local elders")
# not events: Presidential Council / UNSMIL statements; Aug 2023 444-Radaa fighting (background).

# --- Myanmar: Oe Htein Kwin school air strike (DVB, 2025-05-13, Tuesday) ---
MM = "Myanmar"
A = "myanmar_tabayin_dvb"
ev("oe-htein-kwin-school-strike", A, "2025-05-12", "2025-05-12", "2025-05-12", EXP, ["Air/drone strike"],
   ["Military Forces of Myanmar"], ["Civilians (Myanmar)"], MM, ["Sagaing"], ["Shwebo"], 22,
   evidence="A military airstrike on a school in Oe Htein Kwin village ... killed twenty students and two teachers on "
            "Monday morning")
# not events: junta denial (does not negate), earthquake ceasefire (March, background), NUG/UNICEF statements.

# --- Iraq: Speicher anniversary (Shafaq News, 2024-06-12) --- ZERO events:
# Speicher massacre (June 2014), Tikrit recapture (2015), Nasiriyah hangings (Aug 2016) are background;
# committee plans, memorial ceremony "later this week" (announced, future), museum pledge are not events;
# "Read also" headlines are boilerplate.

# --- Afghanistan: Mirza Olang (Khaama Press, 2017-08-06, Sunday) ---
AF = "Afghanistan"
A = "afghanistan_mirzaolang_khaama"
TAL = ["Taliban", "Islamic State", "Islamic State Khorasan Province", "ISKP"]
ev("mirza-olang-captured", A, "2017-08-05", "2017-08-03", "2017-08-05", BAT, ["Non-state actor overtakes territory"],
   TAL, ["Police Forces of Afghanistan", "Military Forces of Afghanistan", "Local Uprising Forces",
         "Afghan Local Police", "Militia (Pro-Government)"], AF, ["Sar-e Pol", "Sar-e Pul", "Sari Pul"],
   ["Sayad", "Sayyad"], 7, tp=1,
   evidence="the militants launched a coordinated attack on the village on Thursday and took control of it on "
            "Saturday after two days of heavy fighting ... Seven members of the local uprising forces were killed")
ev("mirza-olang-civilians-killed", A, "2017-08-05", "2017-08-05", "2017-08-06", VAC, ["Attack"], TAL,
   ["Civilians (Afghanistan)"], AF, ["Sar-e Pol", "Sar-e Pul", "Sari Pul"], ["Sayad", "Sayyad"], 50,
   evidence="at least fifty civilians ... were killed after Taliban and ISIS militants overran the village of "
            "Mirza Olang ... After the village fell, the insurgents separated the men from the women and killed them")
ev("mirza-olang-families-captive", A, "2017-08-05", "2017-08-05", "2017-08-06", VAC,
   ["Abduction/forced disappearance"], TAL, ["Civilians (Afghanistan)"], AF, ["Sar-e Pol", "Sar-e Pul", "Sari Pul"],
   ["Sayad", "Sayyad"], 0, req=False,
   evidence="dozens of families had been taken captive")
ev("herat-jawadia-mosque", A, "2017-08-01", "2017-08-01", "2017-08-01", EXP, ["Suicide bomb"],
   ["Islamic State", "Islamic State Khorasan Province", "ISKP"], ["Civilians (Afghanistan)"], AF, ["Herat"],
   ["Herat"], 29,
   evidence="a suicide bomber and a gunman attacked the Jawadia Shia mosque in the western city of Herat during "
            "evening prayers on Tuesday, killing at least twenty-nine worshippers")
ev("daman-convoy-car-bomb", A, "2017-08-02", "2017-08-02", "2017-08-02", EXP, ["Suicide bomb"], ["Taliban"],
   ["NATO", "Military Forces of United States", "Military Forces of the United States", "Resolute Support"],
   AF, ["Kandahar"], ["Daman"], 2,
   evidence="on Wednesday a Taliban suicide bomber rammed an explosives-laden vehicle into a NATO convoy in Daman "
            "district ... killing two American soldiers")
# not events: reinforcements "ordered" / operation "soon" (plans), Ghani order, UNAMA, Taliban denial;
# Taliban-ISIS clashes "last year" (background); related-post headlines (Kohistanat, Iraqi embassy) boilerplate.

# --- Pakistan: Mastung and Hangu (Geo News, 2023-09-30, Saturday) ---
PK = "Pakistan"
A = "pakistan_mastung_geonews"
UNK_PK = ["Unidentified Armed Group (Pakistan)", "Islamic State", "Islamic State Pakistan Province"]
ev("mastung-milad-suicide-bomb", A, "2023-09-29", "2023-09-29", "2023-09-29", EXP, ["Suicide bomb"], UNK_PK,
   ["Civilians (Pakistan)"], PK, ["Balochistan"], ["Mastung"], 52,
   evidence="At least fifty-two people were killed ... when a suicide bomber blew himself up near a procession ... "
            "in Balochistan's Mastung district on Friday")
ev("hangu-doaba-mosque-attack", A, "2023-09-29", "2023-09-29", "2023-09-29", EXP, ["Suicide bomb"],
   UNK_PK + ["Tehreek-e-Taliban Pakistan", "TTP"], ["Police Forces of Pakistan", "Civilians (Pakistan)"], PK,
   ["Khyber Pakhtunkhwa"], ["Hangu"], 7,
   evidence="two suicide bombers attacked a mosque inside the Doaba police station ... one attacker was shot dead at "
            "the gate, while the second detonated his explosives ... Five worshippers ... were killed")
ev("mastung-hamdullah-attack", A, "2023-09-14", "2023-09-14", "2023-09-14", EXP,
   ["Suicide bomb", "Remote explosive/landmine/IED"], UNK_PK,
   ["Jamiat Ulema-e-Islam-Fazl", "JUI-F", "Civilians (Pakistan)"], PK, ["Balochistan"], ["Mastung"], 0,
   evidence="Mastung was the site of another suicide attack on September 14, when ... Hafiz Hamdullah was wounded "
            "along with eleven others")
# not events: TTP denial, Kakar/Bugti statements; July 2018 Siraj Raisani rally bombing and Nov 2022 TTP ceasefire
# end (background); "READ MORE" North Waziristan headline is boilerplate.

# --- Nigeria: Kuje jailbreak (Punch, 2022-07-06, Wednesday) ---
NG = "Nigeria"
A = "nigeria_kuje_punch"
ev("kuje-prison-attack", A, "2022-07-05", "2022-07-05", "2022-07-05", BAT, ["Armed clash"],
   ["Islamic State West Africa Province", "ISWAP", "Islamic State", "Boko Haram",
    "Unidentified Armed Group (Nigeria)"],
   ["Nigerian Correctional Service", "Military Forces of Nigeria", "Police Forces of Nigeria",
    "Nigeria Security and Civil Defence Corps", "NSCDC", "Prison Guards (Nigeria)"], NG, ["FCT", "Federal Capital Territory"],
   ["Kuje"], 5,
   evidence="terrorists on Tuesday night attacked the Kuje Medium Security Custodial Centre ... engaging the guards "
            "in a gun battle ... An officer ... was killed, while four inmates died")
ev("dutsinma-convoy-ambush", A, "2022-07-05", "2022-07-05", "2022-07-05", BAT, ["Armed clash"],
   ["Unidentified Armed Group (Nigeria)", "Bandits", "Bandit Militia (Nigeria)"],
   ["Military Forces of Nigeria", "Police Forces of Nigeria", "DSS"], NG, ["Katsina"], ["Dutsin Ma", "Dutsinma"], 0,
   evidence="gunmen opened fire on an advance convoy of President Muhammadu Buhari near Dutsinma in Katsina State on "
            "Tuesday afternoon ... the attackers were repelled by the military, police and DSS")
# not events: recapture of 443 escapees (not an arrest of notables), Senate summons, Buhari statement;
# Owerri (Apr 2021) and Oyo (Oct 2021) jailbreaks background; related headlines boilerplate.

# --- Ukraine: Vinnytsia follow-up (The Guardian, 2022-07-16, Saturday) ---
UA = "Ukraine"
A = "ukraine_vinnytsia_guardian"
RU = ["Military Forces of Russia"]
ev("vinnytsia-missile-strike", A, "2022-07-14", "2022-07-14", "2022-07-14", EXP,
   ["Shelling/artillery/missile attack"], RU, ["Civilians (Ukraine)", "Military Forces of Ukraine", ""], UA,
   ["Vinnytsia", "Vinnyts'ka", "Vinnytska"], ["Vinnytsya", "Vinnytskyi", "Vinnytsia"], 24,
   evidence="The death toll from Thursday's Russian missile strike on the centre of Vinnytsia has risen to 24")
ev("dnipro-missile-strike", A, "2022-07-15", "2022-07-15", "2022-07-15", EXP,
   ["Shelling/artillery/missile attack"], RU, ["Civilians (Ukraine)", ""], UA,
   ["Dnipropetrovsk", "Dnipropetrovs'ka", "Dnipropetrovska"], ["Dnipro rural", "Dnipro", "Dniprovskyi"], 3,
   evidence="On Friday morning, Russian missiles struck the city of Dnipro, killing three people")
# not events: Russian claim about the House of Officers, Zelenskiy/Borrell statements, regrouping near Siversk
# (no dated act), UK forecast; Kramatorsk station (April) background.

DROP = {
    "iraq_speicher_shafaqnews": ["Shafaq News", "Home", "Iraq News", "Kurdistan", "Security", "Economy", "Reports",
                                 "Share on Facebook", "Share on X", "Read also:",
                                 "Iraqi court sentences ISIS member over Speicher massacre",
                                 "Mass grave of Yazidis exhumed in Sinjar",
                                 "© 2024 Shafaq News. All rights reserved."],
    "afghanistan_mirzaolang_khaama": ["Khaama Press", "Afghanistan", "World", "Business", "Opinion", "Share", "Tweet",
                                      "Email", "Related Posts",
                                      "Afghan forces retake Kohistanat district after heavy clashes",
                                      "Suicide attack on Iraqi embassy in Kabul leaves 2 dead",
                                      "Subscribe to our newsletter", "© 2017 Khaama Press News Agency"],
    "pakistan_mastung_geonews": ["Geo News", "Latest", "Pakistan", "World", "Sports", "Business", "Entertainment",
                                 "Videos", "Share", "Twitter", "WhatsApp", "READ MORE",
                                 "Security forces kill four terrorists in North Waziristan IBO",
                                 "Copyright © 2023 Geo News. All rights reserved."],
    "nigeria_kuje_punch": ["Punch", "News", "Politics", "Metro Plus", "Sports", "Business", "Editorial", "Columns",
                           "Advertisement", "Share this:", "Facebook", "Twitter", "WhatsApp", "RELATED NEWS",
                           "Army deploys troops to Kuje after jailbreak", "Bandits kill 12 in Zamfara community",
                           "Download the Punch Lite App",
                           "All rights reserved. This material, and other digital content on this website, may not be "
                           "reproduced, published, broadcast, rewritten or redistributed in whole or in part without "
                           "prior express written permission from PUNCH."],
}
EITHER = {
    "afghanistan_mirzaolang_khaama": ["By Khaama Press - Sun Aug 06 2017, 4:35 pm"],
    "pakistan_mastung_geonews": ["September 30, 2023"],
    "nigeria_kuje_punch": ["By Godwin Isenyo and Deborah Tolu-Kolawole", "6th July 2022"],
    "libya_tajoura_libyaherald": ["By Libya Herald reporter.", "Tripoli, 10 August 2024:"],
    "myanmar_tabayin_dvb": ["DVB | 13 May 2025"],
    "ukraine_vinnytsia_guardian": ["Kyiv and Dnipro", "Sat 16 Jul 2022 13.05 BST"],
}

write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout53), coded by CODEBOOK.md before any run; "
           "BLIND, not yet run.", drop=DROP, either=EITHER)
