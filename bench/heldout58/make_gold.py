"""Writes gold.json for held-out set 58 (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout58/make_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# --- Nigeria: Rukubi air strike (SaharaReporters, Thu 2023-01-26) ---
NG = "Nigeria"
A = "nigeria_rukubi_saharareporters"
ev("rukubi-airstrike", A, "2023-01-24", "2023-01-24", "2023-01-25", EXP, ["Air/drone strike"],
   ["Military Forces of Nigeria"], ["Civilians (Nigeria)"], NG, ["Nasarawa"], ["Doma"], 27,
   evidence="a military aircraft bombed a group of pastoralists at Rukubi village in the Doma Local Government Area "
            "... on Tuesday night ... 27 bodies had been recovered (MACBAN: about 40 -> lowest specific 27)")
ev("tse-akaa-attack", A, "2023-01-23", "2023-01-23", "2023-01-24", VAC, ["Attack"],
   ["Unidentified Armed Group (Nigeria)", "Fulani Ethnic Militia (Nigeria)", "Fulani Herdsmen", "Armed herdsmen",
    "Herdsmen"], ["Civilians (Nigeria)"], NG, ["Benue"], ["Guma"], 5,
   evidence="suspected armed herdsmen attacked Tse Akaa community on Monday night, killing seven farmers ... police "
            "... only five bodies had been recovered (-> 5)")
# not events: Rann Jan 2017 (background), cattle impounded by livestock guards, governor's committee, MACBAN demands.

# --- Niger: Teguey convoy ambush + Dan Issa bandit kidnapping (AFP, Fri 2024-03-22) ---
NE = "Niger"
A = "niger_teguey_afp"
JIH_NE = ["Unidentified Armed Group (Niger)", "Islamic State Sahel Province", "Islamic State", "ISSP",
          "Islamic State in the Greater Sahara", "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin"]
ev("teguey-ambush", A, "2024-03-20", "2024-03-20", "2024-03-20", BAT, ["Armed clash"],
   JIH_NE + ["Military Forces of Niger"], ["Military Forces of Niger"] + JIH_NE, NE, ["Tillaberi", "Tillabéri"],
   ["Tera"], 20,
   evidence="More than twenty Nigerien soldiers were killed when their convoy was ambushed ... on Wednesday near the "
            "village of Teguey, in the Tillaberi region (assailants' 'heavy losses' unquantified -> 20)")
ev("dan-issa-kidnapping", A, "2024-03-17", "2024-03-17", "2024-03-18", VAC, ["Abduction/forced disappearance"],
   ["Unidentified Armed Group (Niger)", "Unidentified Armed Group (Nigeria)", "Bandits", "Armed bandits"],
   ["Civilians (Niger)"], NE, ["Maradi"], (), 1,
   evidence="armed bandits from across the border in Nigeria raided the village of Dan Issa ... on Sunday night, "
            "kidnapping 14 people ... They killed a young man who tried to flee")
# not events: Tabatol (last October, background), three days of mourning, US agreement revoked, junta promises.

# --- Mali: JNIM vs IS Sahara fighting in the Gourma (Studio Tamani, Thu 2020-04-23) ---
ML = "Mali"
A = "mali_gourma_studiotamani"
JNIM = ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Group for the Support of Islam and Muslims",
        "Jamaat Nusrat al-Islam wal-Muslimin"]
ISGS = ["Islamic State in the Greater Sahara", "Islamic State", "ISGS", "EIGS", "Islamic State Sahel Province",
        "Islamic State West Africa Province"]
ev("ndaki-jihadist-clash", A, "2020-04-19", "2020-04-18", "2020-04-19", BAT,
   ["Armed clash", "Non-state actor overtakes territory"], JNIM + ISGS, ISGS + JNIM, ML, ["Tombouctou"],
   ["Gourma-Rharous"], 24, tp=2,
   evidence="clashes between two rival jihadist groups ... broke out on Saturday near the village of Ndaki ... "
            "Gourma-Rharous cercle, and continued until Sunday evening ... at least twenty-four bodies ('around forty' "
            "unconfirmed -> 24); JNIM pushed their rivals out of Ndaki")
ev("boulkessi-jihadist-clash", A, "2020-04-21", "2020-04-21", "2020-04-21", BAT, ["Armed clash"],
   JNIM + ISGS, ISGS + JNIM, ML, ["Mopti"], ["Douentza"], None,
   evidence="On Tuesday, new clashes between the two groups were reported near Boulkessi, in the Douentza cercle ... "
            "No toll was available")
ev("hombori-fama-operation", A, "2020-04-20", "2020-04-20", "2020-04-20", BAT, ["Armed clash"],
   ["Military Forces of Mali"], ["Unidentified Armed Group (Mali)"] + JNIM + ISGS, ML, ["Mopti"], ["Douentza"],
   None, req=False,
   evidence="FAMa said ... they had 'neutralised' several terrorists during a reconnaissance mission in the Hombori "
            "area on Monday (army claim, vague toll)")
# not events: displacement / OCHA figures and the households arriving in Gossi, February Macina clashes (background).

# --- Burkina Faso: Kirk Woodman kidnapped from Tiabongou exploration site (Lefaso.net, Thu 2019-01-17) ---
BF = "Burkina Faso"
A = "burkina_tiabongou_lefaso"
UAG_BF = ["Unidentified Armed Group (Burkina Faso)", "Islamic State in the Greater Sahara", "Islamic State",
          "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Ansarul Islam"]
ev("tiabongou-woodman-kidnap", A, "2019-01-15", "2019-01-15", "2019-01-16", VAC, ["Abduction/forced disappearance"],
   UAG_BF, ["Civilians (Canada)", "Civilians (Burkina Faso)", "Kirk Woodman"], BF, ["Sahel"], ["Yagha"], 0,
   evidence="taken by a group of about fifteen armed men who stormed the company's exploration camp at Tiabongou, in "
            "the commune of Mansila, province of Yagha, around 8 pm on Tuesday")
ev("woodman-killed", A, "2019-01-16", "2019-01-15", "2019-01-16", VAC, ["Attack"],
   UAG_BF, ["Civilians (Canada)", "Civilians (Burkina Faso)", "Kirk Woodman"], BF, ["Sahel"], ["Oudalan"], 1,
   req=False,
   evidence="His body, bearing gunshot wounds, was found on Wednesday afternoon ... in the province of Oudalan "
            "(place and day of the killing itself unknown; may be folded into the abduction)")
ev("tiabongou-looting", A, "2019-01-15", "2019-01-15", "2019-01-16", STR, ["Looting/property destruction"],
   UAG_BF, ["Civilians (Burkina Faso)", "Civilians (Canada)", "Progress Minerals", ""], BF, ["Sahel"], ["Yagha"],
   0, req=False,
   evidence="The assailants ... also looted equipment and set fire to two of the company's vehicles")
ev("gasseliki-attack", A, "2019-01-10", "2019-01-10", "2019-01-10", VAC, ["Attack"],
   UAG_BF, ["Civilians (Burkina Faso)"], BF, ["Sahel"], ["Soum"], 12,
   evidence="Last Thursday, suspected jihadists killed twelve civilians in the village of Gasseliki, in the province "
            "of Soum")
# not events: Ghergut kidnapping at Tambao (April 2015), Tacchetto/Blais disappearance ('In December', not stated as
# an abduction), state of emergency (policy), condolences/condemnations, mining companies suspending work.

# --- Chad: Kaiga Kindjiria suicide bombing + Ngouboua post attack (Alwihda Info, Tue 2020-01-07) ---
TD = "Chad"
A = "chad_kaiga_alwihda"
BH = ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS", "Boko Haram - Jamaatu Ahli is-Sunnah "
      "lid-Dawati wal-Jihad", "Islamic State West Africa Province", "ISWAP", "Unidentified Armed Group (Chad)"]
ev("kaiga-kindjiria-suicide", A, "2020-01-06", "2020-01-06", "2020-01-06", EXP, ["Suicide bomb"],
   BH, ["Civilians (Chad)"], TD, ["Lac"], (), 10,
   evidence="At least nine civilians were killed on Monday evening in a suicide attack in the locality of Kaiga "
            "Kindjiria ... The bomber also died in the blast (9 + 1 = 10)")
ev("ngouboua-post-attack", A, "2020-01-04", "2020-01-04", "2020-01-05", BAT, ["Armed clash"],
   BH + ["Military Forces of Chad"], ["Military Forces of Chad"] + BH, TD, ["Lac"], ["Mamdi"], 7,
   evidence="an incursion by Boko Haram elements against a position of the Chadian army on the outskirts of "
            "Ngouboua, on Saturday night ... Two soldiers were killed and five attackers were 'neutralised'")
# not events: Ngouboua Feb 2015 (background), state of emergency extension, announced reinforcements/operation.

# --- Cameroon: GBHS Ekondo-Titi attack + University of Buea blast (Mimi Mefo Info, Thu 2021-11-25) ---
CM = "Cameroon"
A = "cameroon_ekondotiti_mimimefo"
AMB = ["Unidentified Armed Group (Cameroon)", "Ambazonian Separatists", "Ambazonia Defence Forces", "ADF",
       "Separatists", "Ambazonian separatist fighters"]
ev("ekondo-titi-school-attack", A, "2021-11-24", "2021-11-24", "2021-11-24", VAC, ["Attack"],
   AMB, ["Civilians (Cameroon)"], CM, ["South-West"], ["Ndian"], 4,
   evidence="At least four students have been killed after gunmen stormed the Government Bilingual High School "
            "(GBHS) Ekondo-Titi ... on Wednesday, November 24 (some sources five -> 4)")
ev("buea-university-blast", A, "2021-11-10", "2021-11-10", "2021-11-10", EXP, ["Remote explosive/landmine/IED"],
   AMB, ["Civilians (Cameroon)"], CM, ["South-West"], ["Fako"], 0,
   evidence="an explosive device went off in an amphitheatre at the University of Buea on Wednesday, November 10, "
            "injuring eleven students (15 days before publication -> event)")
# not events: Kumba school massacre Oct 24, 2020 (background), ADF denial, minister's pledge.

# --- Somalia: Baledogle base attack + Italian convoy car bomb (Reuters, Mon 2019-09-30) ---
SO = "Somalia"
A = "somalia_balidogle_reuters"
ev("baledogle-base-attack", A, "2019-09-30", "2019-09-30", "2019-09-30", EXP, ["Suicide bomb"],
   ["Al Shabaab"], ["Military Forces of United States", "Military Forces of Somalia"], SO, ["Lower Shabelle"],
   ["Wanla Weyn"], 10,
   evidence="attacked a military base used by U.S. forces ... with a suicide car bomb and gunfire ... killed ten of "
            "the militants, including the suicide bomber")
ev("mogadishu-italian-convoy", A, "2019-09-30", "2019-09-30", "2019-09-30", EXP,
   ["Remote explosive/landmine/IED", "Suicide bomb"], ["Al Shabaab", "Unidentified Armed Group (Somalia)"],
   ["Military Forces of Italy", "EUTM", "European Union Training Mission in Somalia", "Civilians (Somalia)"], SO,
   ["Banaadir"], ["Banadir"], 0,
   evidence="a car bomb exploded as a convoy of Italian soldiers from the European Union's training mission passed "
            "... no soldiers were hurt ... two civilians ... were wounded")
ev("baledogle-us-airstrike", A, "2019-09-30", "2019-09-30", "2019-09-30", EXP, ["Air/drone strike"],
   ["Military Forces of United States"], ["Al Shabaab"], SO, ["Lower Shabelle"], (), None, req=False,
   evidence="AFRICOM ... said it had carried out an air strike in response, without giving details")
# not events: mayor's killing (July, background), 60+ US strikes this year (aggregate without fatalities).

# --- Ethiopia: Adaytu attacks + Gedamaytu clash, Afar (Addis Standard, Wed 2021-04-07) ---
ET = "Ethiopia"
A = "ethiopia_adaytu_addisstandard"
ISSA = ["Issa Ethnic Militia (Ethiopia)", "Somali Ethnic Militia (Ethiopia)", "Issa Militia", "Issa Somali militia",
        "Somali Regional Special Police", "Somali Region Special Police", "Liyu Police",
        "Police Forces of Ethiopia (Somali Regional Special Police)", "Unidentified Armed Group (Ethiopia)"]
AFAR = ["Afar Regional Special Forces", "Afar Special Forces", "Afar Regional Special Police",
        "Police Forces of Ethiopia (Afar Regional Special Police)", "Afar Ethnic Militia (Ethiopia)",
        "Police Forces of Ethiopia"]
ev("adaytu-attack", A, "2021-04-03", "2021-04-02", "2021-04-03", VAC, ["Attack"],
   ISSA, ["Civilians (Ethiopia)"], ET, ["Afar"], ["Zone 1", "Administrative Zone 1", "Awsi Rasu"], 30, tp=2,
   evidence="armed men attacked pastoralist settlements around Adaytu on Friday night and continued the assault on "
            "Saturday, killing civilians ... death toll at 30 (resident: more than 100 -> 30)")
ev("gedamaytu-clash", A, "2021-04-06", "2021-04-06", "2021-04-06", BAT, ["Armed clash"],
   AFAR + ISSA, ISSA + AFAR, ET, ["Afar"], (), None,
   evidence="On Tuesday, fresh fighting broke out between Afar regional special forces and Issa militia near "
            "Gedamaytu ... both sides suffered casualties but could not give numbers")
# not events: Somali region's counter-accusation, 2014 transfer and 2019-2020 clashes (background), Ministry of Peace
# meeting, planned ENDF deployment, Awol Arba's vow, road interrupted.

DROP = {
    "nigeria_rukubi_saharareporters": [
        "SaharaReporters", "Home | News | Politics | Opinion | Entertainment | Sports | Video | Contact Us",
        "Advertisement", "Share this:", "Facebook Twitter WhatsApp Telegram", "RELATED NEWS",
        "Buhari Orders Security Chiefs To Restore Peace In Benue", "Bandits Kidnap Catholic Priest In Kaduna",
        "Court Adjourns Nnamdi Kanu's Case Indefinitely", "Copyright © 2023 SaharaReporters, Inc. All rights reserved."],
    "mali_gourma_studiotamani": [
        "Studio Tamani", "Accueil | Actualités | Magazines | Débats | Programmes en langues | Contact",
        "English | Français", "Advertisement", "Share:", "Facebook Twitter WhatsApp", "READ ALSO",
        "Mopti: the Sévaré–Bandiagara road remains closed", "COVID-19: Mali records 12 new cases",
        "Ségou: farmers worried about the rainy season", "© Studio Tamani 2020 - Fondation Hirondelle"],
    "burkina_tiabongou_lefaso": [
        "Lefaso.net", "Accueil | Actualités | Politique | Economie | Société | Sport | Culture | Opinions",
        "Advertisement", "Partager:", "Facebook Twitter", "Lire aussi:",
        "Burkina: the government declares a state of emergency in 14 provinces",
        "Kaya: the governor meets displaced people", "Gold: production up 13% in 2018", "© Lefaso.net 2019"],
    "cameroon_ekondotiti_mimimefo": [
        "MMI - Mimi Mefo Info", "Home | News | Anglophone Crisis | Politics | Health | Sports | Opinion | Podcast",
        "Advertisement", "Share this:", "Facebook Twitter WhatsApp", "Also on MMI:",
        "Bamenda: Taxi Driver Shot Dead At Checkpoint", "Separatists Abduct Council Workers In Muyuka",
        "Biya Signs 2022 Finance Law", "Subscribe to our newsletter to get the latest news in your inbox.",
        "© 2021 MMI - Mimi Mefo Info. All rights reserved."],
}
EITHER = {
    "nigeria_rukubi_saharareporters": ["January 26, 2023"],
    "mali_gourma_studiotamani": ["Published on 23 April 2020"],
    "burkina_tiabongou_lefaso": ["Thursday 17 January 2019"],
    "cameroon_ekondotiti_mimimefo": ["By MMI Newsroom", "November 25, 2021"],
    "niger_teguey_afp": ["cs/sst/ah"],
    "chad_kaiga_alwihda": ["Alwihda Info"],
    "somalia_balidogle_reuters": ["(Reporting by Abdi Sheikh and Feisal Omar; Writing by Duncan Miriri; "
                                  "Editing by Alison Williams)"],
}

write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout58), coded by CODEBOOK.md before any run; "
           "BLIND, not yet run.", drop=DROP, either=EITHER)
