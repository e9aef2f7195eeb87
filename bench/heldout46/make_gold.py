"""Writes gold.json for the 46th held-out set (hand-coded by CODEBOOK.md before any run; BLIND).

    python bench/heldout46/make_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, RIO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

# --- Mali: Bounti air strike (AFP, 2021-01-05, Tuesday) ---
ML = "Mali"
FR = ["Military Forces of France", "Operation Barkhane", "Military Forces of France (Operation Barkhane)"]
JNIM = ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Group for the Support of Islam and Muslims",
        "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", "Group for the Support of Islam and Muslims (JNIM)"]
UNK_ML = ["Unidentified Armed Group (Mali)"]
ev("bounti-air-strike", "mali_bounti_afp", "2021-01-03", "2021-01-03", "2021-01-03", EXP, ["Air/drone strike"],
   FR, ["Civilians (Mali)", ""] + JNIM + UNK_ML, ML, ["Mopti"], ["Douentza"], 19,
   evidence="an air strike on Sunday killed around twenty civilians attending a wedding ... hamlet of Bounti, in the Douentza"
            " district of Mopti region ... 'We buried nineteen people' ... at least 19 dead; France: Mirage jets hit 'several dozen'"
            " terrorists (unspecific) -> 19")
ev("menaka-ied-french", "mali_bounti_afp", "2021-01-02", "2021-01-02", "2021-01-02", EXP,
   ["Remote explosive/landmine/IED"], UNK_ML + JNIM + ["Islamic State", "Islamic State (Greater Sahara)", ""], FR, ML,
   ["Gao", "Menaka", "Ménaka"], (), 2,
   evidence="Two French soldiers were killed on Saturday when their armoured vehicle hit a homemade bomb ... in the Menaka region")
ev("hombori-ied-french", "mali_bounti_afp", "2020-12-28", "2020-12-28", "2020-12-28", EXP,
   ["Remote explosive/landmine/IED"], JNIM + UNK_ML, FR, ML, ["Mopti"], ["Douentza"], 3,
   evidence="three soldiers ... were killed on December 28 when their armoured vehicle struck an IED near Hombori ... JNIM claimed"
            " (8 days before publication: an event)")
# not events: French army statement / denial of a wedding; Malian army statement; '50 French soldiers since 2013' (aggregate,
# no new deaths); Macron/N'Djamena summit plans; Koufa/2015 background.

# --- Burkina Faso: army communique (AIB, 2023-09-06, Wednesday; communique Tuesday evening) ---
BF = "Burkina Faso"
BFA = ["Military Forces of Burkina Faso"]
UNK_BF = ["Unidentified Armed Group (Burkina Faso)", "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Islamic State",
          "Islamic State (Sahel)", "Islamic State (Greater Sahara)"]
ev("koumbri-attack", "burkina_koumbri_aib", "2023-09-04", "2023-09-04", "2023-09-04", BAT, ["Armed clash"],
   UNK_BF + BFA, BFA + UNK_BF + ["VDP", "Volunteers for the Defence of the Homeland"], BF, ["Nord"], ["Yatenga"], 53,
   evidence="on Monday, September 4, 2023, a unit of the army and VDP ... in the Koumbri area, in the Yatenga province, was attacked"
            " ... loss of seventeen soldiers and thirty-six VDP (17+36=53; 'several dozen' attackers unspecific)")
ev("pissila-attack-repelled", "burkina_koumbri_aib", "2023-09-02", "2023-09-02", "2023-09-02", BAT, ["Armed clash"],
   UNK_BF + BFA, BFA + UNK_BF, BF, ["Centre-Nord"], ["Sanmatenga"], 20,
   evidence="On Saturday, September 2, a unit of the BIR repelled an attack ... near Pissila, in the Sanmatenga province ..."
            " About twenty assailants were neutralised")
ev("djibasso-air-strike", "burkina_koumbri_aib", "2023-09-03", "2023-09-03", "2023-09-03", EXP, ["Air/drone strike"],
   BFA, UNK_BF + [""], BF, ["Boucle du Mouhoun"], ["Kossi"], None,
   evidence="On Sunday, September 3, air assets ... carried out strikes on a terrorist base identified near Djibasso, in the Kossi"
            " province ... 'several dozen terrorists were neutralised' (toll unspecific -> not scored)")
ev("fada-road-ieds-cleared", "burkina_koumbri_aib", "2023-09-03", "2023-08-30", "2023-09-03", STR, ["Disrupted weapons use"],
   BFA, UNK_BF + [""], BF, ["Est"], ["Gourma"], 0, req=False, tp=2,
   evidence="an escort of a supply convoy heading to Fada N'Gourma reached its destination on Sunday 'without incident', after units"
            " cleared improvised explosive devices along the road")
# not events: mourning decree; 'operations will continue' statement; Ouahigouya attack in April (background);
# Traore in power since Sept 2022 (background).

# --- Nigeria: Goronyo market attack (Daily Trust, 2021-10-19, Tuesday) ---
NG = "Nigeria"
BANDITS = ["Unidentified Armed Group (Nigeria)", "Bandits", "Bandits (Nigeria)", "Bandit Militia (Nigeria)",
           "Bandit Militia", "Unidentified Armed Group (Nigeria) Bandits"]
ev("goronyo-market-attack", "nigeria_goronyo_dailytrust", "2021-10-17", "2021-10-17", "2021-10-17", VAC, ["Attack"],
   BANDITS, ["Civilians (Nigeria)"], NG, ["Sokoto"], ["Goronyo"], 30,
   evidence="Bandits have killed at least 43 people in an attack on the weekly market in Goronyo ... on Sunday ... police: '30 people"
            " were killed' (lowest specific figure -> 30)")
ev("gatawa-abduction", "nigeria_goronyo_dailytrust", "2021-10-15", "2021-10-15", "2021-10-16", VAC,
   ["Abduction/forced disappearance"], BANDITS, ["Civilians (Nigeria)"], NG, ["Sokoto"], ["Sabon Birni"], 0,
   evidence="gunmen on Friday night abducted 12 people, including women, from Gatawa village in Sabon Birni LGA")
# not events: market relocation (September measure); police/military deployment; governor's vow; Tangaza/Gudu in August
# (background >30 days); related headlines (boilerplate).

# --- Niger: Tassia attack (Reuters, 2024-06-27, Thursday) ---
NE = "Niger"
NEA = ["Military Forces of Niger"]
UNK_NE = ["Unidentified Armed Group (Niger)", "Islamic State", "Islamic State (Sahel)", "Islamic State (Greater Sahara)",
          "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin"]
ev("tassia-attack", "niger_tassia_reuters", "2024-06-25", "2024-06-25", "2024-06-25", BAT, ["Armed clash"],
   UNK_NE + NEA, NEA + UNK_NE, NE, ["Tillaberi", "Tillabéri"], ["Tera", "Téra"], 21,
   evidence="Twenty soldiers and one civilian were killed in an attack by Islamist militants near the town of Tassia ... on Tuesday"
            " ('dozens of terrorists' neutralised: unspecific)")
ev("tera-dargol-ied", "niger_tassia_reuters", "2024-06-23", "2024-06-23", "2024-06-23", EXP, ["Remote explosive/landmine/IED"],
   UNK_NE, NEA, NE, ["Tillaberi", "Tillabéri"], ["Tera", "Téra", "Gotheye", "Gothèye"], 2,
   evidence="two soldiers were killed on Sunday when their vehicle struck a roadside bomb on the road between Tera and Dargol")
# not events: national mourning; March ambush (background); US/French withdrawal orders; Orano permit revoked (administrative).

# --- Cameroon: Bamessing IED ambush (Cameroon News Agency, 2021-09-17, Friday) ---
CM = "Cameroon"
CMA = ["Military Forces of Cameroon"]
AMB = ["Ambazonian Separatists", "Ambazonian Separatists (Cameroon)", "Ambazonia Separatists", "Bambalang Marine Forces",
       "Ambazonia Defence Forces", "Anglophone Separatists", "Unidentified Armed Group (Cameroon)"]
ev("bamessing-ambush", "cameroon_bamessing_cna", "2021-09-15", "2021-09-15", "2021-09-15", BAT, ["Armed clash"],
   AMB + CMA, CMA + AMB, CM, ["North-West", "Northwest"], ["Ngo-Ketunjia", "Mezam"], 7,
   evidence="At least seven Cameroonian soldiers were killed on Wednesday when separatist fighters detonated an IED under a military"
            " armoured vehicle in Bamessing ... Fighters ... then opened fire on the survivors (separatist claim of 15 unverified -> 7)")
ev("bamessing-ambush-as-ied", "cameroon_bamessing_cna", "2021-09-15", "2021-09-15", "2021-09-15", EXP,
   ["Remote explosive/landmine/IED"], AMB, CMA, CM, ["North-West", "Northwest"], ["Ngo-Ketunjia", "Mezam"], 7, req=False,
   evidence="same event read as an IED attack (lead sentence); optional alternative coding")
ev("ntarinkon-raid", "cameroon_bamessing_cna", "2021-09-14", "2021-09-14", "2021-09-14", BAT, ["Armed clash"],
   CMA + AMB, AMB + CMA + ["Civilians (Cameroon)"], CM, ["North-West", "Northwest"], ["Mezam"], 3,
   evidence="soldiers on Tuesday raided the Ntarinkon neighbourhood in Bamenda, killing three suspected separatist fighters ... gunshots"
            " rang out for close to an hour")
# not events: army spokesman statement; Ndop lockdown announcement / shops closed; ICG aggregate (3,500 since 2017); related posts.

# --- Chad: French strikes on UFR column (Al Jazeera, 2019-02-07, Thursday) ---
TD = "Chad"
UFR = ["Union of Resistance Forces", "UFR", "Union des Forces de la Resistance", "Union of Resistance Forces (UFR)",
       "Union des Forces de la Résistance"]
TDA = ["Military Forces of Chad"]
ENNEDI = ["Ennedi-Est", "Ennedi-Ouest", "Ennedi", ""]
ev("amdjarass-french-strike-sun", "chad_ennedi_aljazeera", "2019-02-03", "2019-02-03", "2019-02-03", EXP, ["Air/drone strike"],
   FR, UFR, TD, ["Ennedi-Est"], (), None,
   evidence="The first French air strike took place on Sunday evening ... the strike, near Amdjarass")
ev("ennedi-french-strike-tue", "chad_ennedi_aljazeera", "2019-02-05", "2019-02-05", "2019-02-05", EXP, ["Air/drone strike"],
   FR, UFR, TD, ENNEDI, (), None,
   evidence="after a second series of strikes on Tuesday ... in the Ennedi region")
ev("ennedi-french-strike-wed", "chad_ennedi_aljazeera", "2019-02-06", "2019-02-06", "2019-02-06", EXP, ["Air/drone strike"],
   FR, UFR, TD, ENNEDI, (), None,
   evidence="Mirage 2000 jets carried out new strikes on Wednesday on the convoy of the UFR in the Ennedi region ... destroyed about"
            " 20 pick-up trucks (toll unknown)")
ev("chad-air-strike-sun", "chad_ennedi_aljazeera", "2019-02-03", "2019-02-03", "2019-02-03", EXP, ["Air/drone strike"],
   TDA, UFR, TD, ENNEDI, (), None, req=False,
   evidence="The Chadian army also said its own aircraft had struck the rebels on Sunday (place not stated; may merge with the"
            " French strike)")
ev("kouba-olanga-clash", "chad_ennedi_aljazeera", "2019-02-06", "2019-02-06", "2019-02-06", BAT, ["Armed clash"],
   TDA + UFR, UFR + TDA, TD, ["Borkou"], ["Borkou"], None,
   evidence="its forces had engaged the remaining fighters in the area of Kouba Olanga on Wednesday and 'put them out of action'")
# not events: UFR claim to continue advance / 'French bombs will not stop us' (statement; 'several' killed unspecific);
# government spokesman; opposition criticism; 2008 N'Djamena assault (background).

# --- Sudan: El Geneina / Gereida (Radio Dabanga, 2021-01-20, Wednesday) ---
SD = "Sudan"
ARAB = ["Arab Ethnic Militia (Sudan)", "Arab Militia", "Arab Ethnic Militia", "Janjaweed", "Unidentified Armed Group (Sudan)",
        "Rizeigat Ethnic Militia (Sudan)"]
ev("kerending-geneina-attack", "sudan_geneina_dabanga", "2021-01-17", "2021-01-16", "2021-01-17", VAC, ["Attack"],
   ARAB, ["Civilians (Sudan)", "Masalit Ethnic Militia (Sudan)"], SD, ["Western Darfur", "West Darfur"], (), 159, tp=2,
   evidence="attacks on Kerending camp ... and surrounding neighbourhoods of El Geneina ... on Saturday and Sunday has risen to 159"
            " (earlier 48, then 83: rising toll -> latest)")
ev("geneina-stabbing", "sudan_geneina_dabanga", "2021-01-15", "2021-01-15", "2021-01-15", VAC, ["Attack"],
   ["Masalit Ethnic Militia (Sudan)", "Unidentified Armed Group (Sudan)", "Civilians (Sudan)"], ["Civilians (Sudan)"], SD,
   ["Western Darfur", "West Darfur"], (), 1, req=False,
   evidence="after a Masalit man allegedly stabbed a man from an Arab tribe to death on Friday (trigger, individual crime)")
ev("gereida-tawila-clash", "sudan_geneina_dabanga", "2021-01-18", "2021-01-18", "2021-01-18", BAT, ["Armed clash"],
   ["Fallata Ethnic Militia (Sudan)", "Fellata Ethnic Militia (Sudan)", "Fulani Ethnic Militia (Sudan)",
    "Masalit Ethnic Militia (Sudan)"],
   ["Masalit Ethnic Militia (Sudan)", "Fallata Ethnic Militia (Sudan)", "Fellata Ethnic Militia (Sudan)",
    "Fulani Ethnic Militia (Sudan)"], SD, ["Southern Darfur", "South Darfur"], (), 55,
   evidence="On Monday, fighting erupted between members of the Fellata and Masalit tribes in the area of Tawila, near Gereida in South"
            " Darfur ... at least 55 people were killed")
# not events: state of emergency/curfew; Khartoum delegation; UNAMID end (Dec 31); December camp sit-ins (undated, no place);
# Hamdok pledge; Kerending December 2019 (background).

# --- Libya: Derna protest (AP, 2023-09-19, Tuesday) ---
LY = "Libya"
ev("derna-sahaba-protest", "libya_derna_ap", "2023-09-18", "2023-09-18", "2023-09-18", PRO, ["Peaceful protest"],
   ["Protesters (Libya)"], [""], LY, ["Darnah", "Derna"], (), 0,
   evidence="Hundreds of protesters gathered in ... Derna on Monday ... outside the landmark Sahaba Mosque ... The protest was"
            " peaceful")
ev("derna-mayor-house-torched", "libya_derna_ap", "2023-09-18", "2023-09-18", "2023-09-18", RIO, ["Violent demonstration"],
   ["Rioters (Libya)", "Protesters (Libya)"], ["", "Civilians (Libya)"], LY, ["Darnah", "Derna"], (), 0,
   evidence="Later Monday evening, a group of protesters set fire to the home of Derna Mayor Abdulmenam al-Ghaithi")
# not events: communications cut / journalists asked to leave (Tuesday; could be read as Strategic developments: Other);
# municipal council dissolved; mayor suspended; Sept 11 dam collapse (not political violence); LNA takes Derna 2018 (background).

write_gold(HERE, E, note=("Gold events and boilerplate lines for the 46th held-out set, hand-coded from CODEBOOK.md by a coder "
                          "who had not read transforms/, flows/ or tests/ and had not run the system. BLIND."),
           drop={
               "burkina_koumbri_aib": [
                   "Accueil | Politique | Sécurité | Économie | Société | Régions | Sport",
                   "Agence d'Information du Burkina", "Share: Facebook | Twitter | WhatsApp", "AIB/EMGA", "Read also:",
                   "Burkina: government launches general mobilisation of VDP",
                   "Yatenga: humanitarian aid distributed to displaced people in Ouahigouya",
                   "Subscribe to our newsletter",
                   "© 2023 Agence d'Information du Burkina - All rights reserved"],
               "nigeria_goronyo_dailytrust": [
                   "Daily Trust", "Home | News | Politics | Business | Sports | Opinion | Weekend", "Advertisement",
                   "Share this:", "Facebook", "Twitter", "WhatsApp", "Related",
                   "Zamfara: Telecom shutdown extended by two weeks",
                   "Sokoto govt bans sale of fuel in jerrycans in 14 LGAs",
                   "Copyright © 2021 Media Trust Limited. All rights reserved."],
               "cameroon_bamessing_cna": [
                   "CNA - Cameroon News Agency", "News | Anglophone Crisis | Politics | Health | Sports", "Advertisement",
                   "Share this:", "Facebook", "Twitter", "WhatsApp", "Related Posts",
                   "Bamenda: Taxi drivers protest extortion by security forces",
                   "Buea: University students resume classes amid tight security", "Leave a Reply",
                   "Your email address will not be published.", "© 2021 Cameroon News Agency. All Rights Reserved."],
               "sudan_geneina_dabanga": [
                   "Radio Dabanga", "Home | Darfur | Kordofan | Khartoum | East | Economy | Human Rights", "Advertisement",
                   "Radio Dabanga | Sudan news in English and Arabic", "Share: Facebook | Twitter | Email", "More news",
                   "Sudan: Protesters close road to Port Sudan harbour", "Mass graves found in South Kordofan",
                   "© Radio Dabanga 2021"],
           },
           either={
               "burkina_koumbri_aib": ["Ouagadougou, September 6, 2023 (AIB)"],
               "nigeria_goronyo_dailytrust": ["By Shehu Umar, Sokoto | Tuesday, October 19, 2021"],
               "cameroon_bamessing_cna": ["Posted on Friday, September 17, 2021 by CNA Reporter"],
               "sudan_geneina_dabanga": ["January 20, 2021 | EL GENEINA / GEREIDA", "Gereida"],
           })
