"""Table-driven extraction cases: hand-written sentences and mini-articles.

Every sub-event type of the codebook and every "not an event" rule, in many
countries. All cases are extracted in one batch (one nlp.pipe), then each
case checks the fields it names. Published date for all: Monday 11 March 2024
("on Sunday" = 10 March).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transforms.extract import RuleExtractor, extract_mentions
from transforms.records import STATUS_NOT_ENGLISH, STATUS_OK, CleanedArticle, LocationMention

PUBLISHED = dt.date(2024, 3, 11)
SUNDAY = dt.date(2024, 3, 10)
SATURDAY = dt.date(2024, 3, 9)
WEDNESDAY = dt.date(2024, 3, 6)
TUESDAY = dt.date(2024, 3, 5)


@dataclass(frozen=True)
class Want:
    """Expected single mention; None fields are not checked."""

    sub: str
    actor1: str | None = None
    actor2: str | None = None
    place: str | None = None  # location name; "-" for a country-level event
    fatalities: int | None = None
    date: dt.date | None = None
    count: int = 1  # how many mentions the text yields
    parent: str | None = None  # the location's parent
    near: bool | None = None  # the location is "near" the place
    date_start: dt.date | None = None  # first day of a range
    precision: int | None = None  # time precision


NO = None  # not an event

CASES: list[tuple[str, str, Want | None]] = [
    # --- Battles: Armed clash -------------------------------------------------
    ("clash-mali", "JNIM militants clashed with the Malian army near Boulkessi on Sunday, killing 12 soldiers.",
     Want("Armed clash", "JNIM", "Military Forces of Mali", "Boulkessi", 12, SUNDAY)),
    ("clash-sudan", "The Rapid Support Forces fought the Sudanese army in Omdurman on Saturday.",
     Want("Armed clash", "Rapid Support Forces", "Military Forces of Sudan", "Omdurman", None, SATURDAY)),
    ("clash-somalia", "Al-Shabaab fighters attacked a military base in Bulo Marer, a town in Lower Shabelle region, on Sunday, killing five soldiers.",
     Want("Armed clash", "Al Shabaab", "Military Forces of Somalia", "Bulo Marer", 5, SUNDAY)),
    ("clash-drc", "M23 rebels and Congolese troops exchanged fire near Sake in North Kivu on Sunday.",
     Want("Armed clash", "M23", "Military Forces of the Democratic Republic of the Congo", "Sake", None, SUNDAY)),
    ("clash-myanmar", "The Arakan Army clashed with junta troops in Paletwa township on Saturday.",
     Want("Armed clash", "Arakan Army", "Military Forces of Myanmar", "Paletwa", None, SATURDAY)),
    ("clash-nigeria-repelled", "Nigerian troops repelled an attack by ISWAP fighters on a base in Monguno, Borno State, on Sunday, killing 15 insurgents.",
     Want("Armed clash", "ISWAP", "Military Forces of Nigeria", "Monguno", 15, SUNDAY)),
    ("clash-ethiopia", "Fano militiamen clashed with Ethiopian federal forces in Lalibela on Sunday.",
     Want("Armed clash", "Fano", "Military Forces of Ethiopia", "Lalibela", None, SUNDAY)),
    ("clash-colombia", "Soldiers and ELN guerrillas fought for hours near Tame in Arauca department on Saturday.",
     Want("Armed clash", None, None, "Tame", None, SATURDAY)),
    ("clash-syria", "Hayat Tahrir al-Sham fighters clashed with Syrian government forces near Saraqeb on Sunday, leaving nine dead.",
     Want("Armed clash", "Hayat Tahrir al-Sham", "Military Forces of Syria", "Saraqeb", 9, SUNDAY)),
    ("clash-mozambique", "Insurgents attacked an army position in Macomia, Cabo Delgado province, Mozambique, on Sunday, and two soldiers were killed.",
     Want("Armed clash", None, "Military Forces of Mozambique", "Macomia", 2, SUNDAY)),
    ("clash-police-checkpoint", "Twenty Taliban fighters attacked a police checkpoint near Bagram on Sunday, with one policeman and one insurgent killed.",
     Want("Armed clash", "Taliban", "Police Forces of Afghanistan", "Bagram", 2, SUNDAY)),
    ("clash-ukraine", "Ukrainian and Russian forces fought near Avdiivka on Saturday.",
     Want("Armed clash", None, None, "Avdiivka", None, SATURDAY)),
    ("clash-aggregate-country", "The Defence Ministry said on Sunday that 45 Boko Haram fighters were killed in operations in the past 24 hours in Nigeria.",
     Want("Armed clash", "Military Forces of Nigeria", "Boko Haram", "-", 45)),
    ("clash-mexico", "Members of the Sinaloa Cartel clashed with Mexican soldiers in Culiacan on Sunday, leaving 10 dead.",
     Want("Armed clash", None, "Military Forces of Mexico", "Culiacan", 10, SUNDAY)),
    ("clash-yemen", "Houthi fighters clashed with government forces south of Marib on Saturday, killing 20 people on both sides.",
     Want("Armed clash", "Houthis", "Military Forces of Yemen", "Marib", 20, SATURDAY)),
    # --- Battles: Non-state actor overtakes territory -------------------------
    ("nsaot-drc", "M23 rebels seized the town of Bunagana on Sunday after government troops fled.",
     Want("Non-state actor overtakes territory", "M23", "Military Forces of the Democratic Republic of the Congo", "Bunagana", None, SUNDAY)),
    ("nsaot-myanmar", "The Arakan Army captured Paletwa township in Chin State on Saturday.",
     Want("Non-state actor overtakes territory", "Arakan Army", "Military Forces of Myanmar", "Paletwa", None, SATURDAY)),
    ("nsaot-fell-to", "The town of Djibo fell to JNIM fighters on Sunday.",
     Want("Non-state actor overtakes territory", "JNIM", None, "Djibo", None, SUNDAY)),
    ("nsaot-abandoned", "Government forces abandoned Gubio in Borno State on Sunday as ISWAP fighters advanced.",
     Want("Non-state actor overtakes territory", "ISWAP", "Military Forces of Nigeria", "Gubio", None, SUNDAY)),
    ("nsaot-took-control", "Al-Shabaab took control of Mahas, a town in Hiraan region, on Saturday after Somali troops withdrew.",
     Want("Non-state actor overtakes territory", "Al Shabaab", "Military Forces of Somalia", "Mahas", None, SATURDAY)),
    ("nsaot-taliban-district", "The Taliban captured Nawa district in Helmand province on Sunday.",
     Want("Non-state actor overtakes territory", "Taliban", "Military Forces of Afghanistan", "Nawa", None, SUNDAY)),
    ("nsaot-clash-then-capture", "The Rapid Support Forces captured Wad Madani on Sunday after heavy fighting with the army that killed 30 people.",
     Want("Non-state actor overtakes territory", "Rapid Support Forces", "Military Forces of Sudan", "Wad Madani", 30, SUNDAY)),
    ("nsaot-overran", "Islamic State fighters overran an army outpost in Tillaberi region, Niger, on Saturday.",
     Want("Non-state actor overtakes territory", "Islamic State", "Military Forces of Niger", "Tillaberi", None, SATURDAY)),
    ("nsaot-fall-of", "The fall of Lashio on Sunday was a major blow to the junta in Myanmar.",
     Want("Non-state actor overtakes territory", None, "Military Forces of Myanmar", "Lashio", None, SUNDAY)),
    ("nsaot-counted-list", "Taliban fighters captured six districts on Sunday. These were one district in Herat province, two in Farah and three in Badghis.",
     Want("Non-state actor overtakes territory", "Taliban", "Military Forces of Afghanistan", None, None, SUNDAY, count=3)),
    ("nsaot-two-in-one", "Rebels seized two villages in Ituri province on Sunday.",
     Want("Non-state actor overtakes territory", None, None, "Ituri", None, SUNDAY)),
    # --- Battles: Government regains territory --------------------------------
    ("grt-iraq", "Iraqi forces recaptured the town of Rawa from Islamic State on Sunday.",
     Want("Government regains territory", "Military Forces of Iraq", "Islamic State", "Rawa", None, SUNDAY)),
    ("grt-syria", "Syrian government forces retook Maarat al-Numan on Saturday.",
     Want("Government regains territory", "Military Forces of Syria", None, "Maarat al-Numan", None, SATURDAY)),
    ("grt-ukraine", "Ukrainian troops liberated the village of Robotyne in Zaporizhzhia region on Sunday.",
     Want("Government regains territory", "Military Forces of Ukraine", None, "Robotyne", None, SUNDAY)),
    ("grt-mozambique", "Mozambican and Rwandan troops retook Mocimboa da Praia from insurgents on Sunday.",
     Want("Government regains territory", "Military Forces of Mozambique", None, "Mocimboa da Praia", None, SUNDAY)),
    ("grt-somalia", "Somali forces regained control of Adan Yabaal in Middle Shabelle on Saturday.",
     Want("Government regains territory", "Military Forces of Somalia", None, "Adan Yabaal", None, SATURDAY)),
    ("taken-and-retaken", "Rebels occupied Kalehe for several hours on Sunday but it was recaptured by the army later that day.",
     Want("Armed clash", None, None, "Kalehe", None, SUNDAY)),
    # --- Explosions/Remote violence -------------------------------------------
    ("air-yemen", "A Saudi-led coalition air strike hit a market in Saada on Sunday, killing 14 civilians.",
     Want("Air/drone strike", None, None, "Saada", 14, SUNDAY)),
    ("air-somalia-drone", "A US drone strike killed three al-Shabaab militants near Jilib on Saturday.",
     Want("Air/drone strike", None, None, "Jilib", 3, SATURDAY)),
    ("air-myanmar", "Junta warplanes bombed a village in Sagaing region of Myanmar on Sunday, killing 11 villagers.",
     Want("Air/drone strike", "Military Forces of Myanmar", "Civilians (Myanmar)", "Sagaing", 11, SUNDAY)),
    ("air-sudan", "Sudanese army airstrikes hit the Mayo district of Khartoum on Sunday, killing 20 people.",
     Want("Air/drone strike", None, None, "Mayo", 20, SUNDAY)),
    ("shelling-ukraine", "Russian forces shelled Kherson in southern Ukraine on Sunday, killing two civilians.",
     Want("Shelling/artillery/missile attack", "Military Forces of Russia", "Civilians (Ukraine)", "Kherson", 2, SUNDAY)),
    ("shelling-missile", "A Russian missile struck an apartment block in Dnipro on Saturday, killing 23 people.",
     Want("Shelling/artillery/missile attack", None, None, "Dnipro", 23, SATURDAY)),
    ("shelling-mortar", "Mortar rounds fired by al-Shabaab landed near Mogadishu airport on Sunday.",
     Want("Shelling/artillery/missile attack", None, None, "Mogadishu", None, SUNDAY)),
    ("shelling-rockets-gaza", "Hamas fired rockets at Ashkelon in southern Israel on Saturday.",
     Want("Shelling/artillery/missile attack", "Hamas", None, "Ashkelon", None, SATURDAY)),
    ("ied-roadside", "A roadside bomb killed four soldiers near Gao in northern Mali on Sunday.",
     Want("Remote explosive/landmine/IED", None, None, "Gao", 4, SUNDAY)),
    ("ied-landmine", "A landmine killed two children in Idlib province, Syria, on Saturday.",
     Want("Remote explosive/landmine/IED", None, "Civilians (Syria)", "Idlib", 2, SATURDAY)),
    ("ied-car-bomb", "A car bomb exploded outside a hotel in Mogadishu on Sunday, killing eight people.",
     Want("Remote explosive/landmine/IED", None, None, "Mogadishu", 8, SUNDAY)),
    ("ied-explosion-pakistan", "An explosive device went off near a police van in Quetta on Sunday, killing three policemen.",
     Want("Remote explosive/landmine/IED", None, None, "Quetta", 3, SUNDAY)),
    ("suicide-mosque", "A suicide bomber blew himself up in a mosque in Peshawar on Sunday, killing 59 worshippers.",
     Want("Suicide bomb", None, None, "Peshawar", 59, SUNDAY)),
    ("suicide-beats-ied", "A suicide car bomb exploded at a checkpoint in Baidoa on Saturday, killing six soldiers.",
     Want("Suicide bomb", None, None, "Baidoa", 6, SATURDAY)),
    ("suicide-nigeria", "Two female suicide bombers attacked a market in Konduga, Borno State, on Sunday, killing 12 people.",
     Want("Suicide bomb", None, None, "Konduga", 12, SUNDAY)),
    ("grenade-burundi", "Unknown attackers threw a grenade into a bar in Bujumbura on Saturday, wounding 10 people.",
     Want("Grenade", None, None, "Bujumbura", 0, SATURDAY)),
    ("grenade-kashmir", "Militants hurled a grenade at a security patrol in Srinagar on Sunday.",
     Want("Grenade", None, None, "Srinagar", None, SUNDAY)),
    ("chemical-syria", "Government forces used chlorine gas in an attack on Douma on Saturday, killing 40 people.",
     Want("Chemical weapon", None, None, "Douma", 40, SATURDAY)),
    # --- Violence against civilians --------------------------------------------
    ("attack-nigeria-villagers", "Gunmen killed 12 villagers in Zike village near Bokkos, Plateau State, Nigeria, on Sunday.",
     Want("Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", "Zike", 12, SUNDAY)),
    ("attack-burkina", "JNIM militants killed 30 civilians in Barsalogho, Burkina Faso, on Saturday.",
     Want("Attack", "JNIM", "Civilians (Burkina Faso)", "Barsalogho", 30, SATURDAY)),
    ("attack-drc-adf", "ADF rebels attacked a church in Kasindi, North Kivu, on Sunday, killing 17 worshippers.",
     Want("Attack", None, "Civilians (Democratic Republic of the Congo)", "Kasindi", 17, SUNDAY)),
    ("attack-mexico", "Cartel gunmen opened fire on a family in Celaya, Mexico, on Saturday, killing six people.",
     Want("Attack", None, "Civilians (Mexico)", "Celaya", 6, SATURDAY)),
    ("attack-ethiopia", "Fano militiamen killed 15 civilians in Bahir Dar on Sunday, residents said.",
     Want("Attack", "Fano", "Civilians (Ethiopia)", "Bahir Dar", 15, SUNDAY)),
    ("attack-no-one-hurt", "Gunmen attacked a bus carrying passengers near Garissa in Kenya on Sunday, but no one was hurt.",
     Want("Attack", None, "Civilians (Kenya)", "Garissa", 0, SUNDAY)),
    ("attack-no-claim", "Gunmen killed four farmers near Mopti, Mali, on Sunday. There was no claim of responsibility.",
     Want("Attack", None, "Civilians (Mali)", "Mopti", 4, SUNDAY)),
    ("attack-haiti", "Gang members attacked residents of Cite Soleil in Port-au-Prince, Haiti, on Saturday, killing nine people.",
     Want("Attack", None, "Civilians (Haiti)", "Port-au-Prince", 9, SATURDAY)),
    ("attack-beheaded", "Insurgents beheaded five villagers in Muidumbe district, Cabo Delgado, in Mozambique on Sunday.",
     Want("Attack", None, "Civilians (Mozambique)", "Muidumbe", 5, SUNDAY)),
    ("abduction-kaduna", "Bandits abducted 30 students from a school in Kuriga, Kaduna State, Nigeria, on Sunday.",
     Want("Abduction/forced disappearance", None, "Civilians (Nigeria)", "Kuriga", None, SUNDAY)),
    ("abduction-colombia", "ELN guerrillas kidnapped two oil workers in Arauca on Saturday.",
     Want("Abduction/forced disappearance", None, None, "Arauca", None, SATURDAY)),
    ("abduction-haiti", "Gang members kidnapped a pastor in Port-au-Prince on Sunday.",
     Want("Abduction/forced disappearance", None, None, "Port-au-Prince", None, SUNDAY)),
    ("sexual-drc", "Soldiers raped at least 20 women in Minova, South Kivu province, DR Congo, on Saturday, a UN report said.",
     Want("Sexual violence", None, "Civilians (Democratic Republic of the Congo)", "Minova", None, SATURDAY)),
    ("sexual-sudan", "RSF fighters sexually assaulted women in El Geneina on Sunday, witnesses said.",
     Want("Sexual violence", None, None, "El Geneina", None, SUNDAY)),
    # --- Protests ---------------------------------------------------------------
    ("protest-peaceful-chile", "Thousands of students protested peacefully in Santiago on Sunday against pension reform in Chile.",
     Want("Peaceful protest", "Protesters (Chile)", None, "Santiago", None, SUNDAY)),
    ("protest-peaceful-kenya", "Hundreds of farmers marched in Nakuru on Saturday to demand better maize prices in Kenya.",
     Want("Peaceful protest", "Protesters (Kenya)", None, "Nakuru", None, SATURDAY)),
    ("protest-rally-pakistan", "Supporters of the opposition held a rally in Lahore on Sunday in Pakistan.",
     Want("Peaceful protest", None, None, "Lahore", None, SUNDAY)),
    ("protest-intervention-teargas", "Police fired tear gas to disperse protesters in Nairobi, Kenya, on Sunday.",
     Want("Protest with intervention", "Protesters (Kenya)", "Police Forces of Kenya", "Nairobi", None, SUNDAY)),
    ("protest-intervention-arrests", "Police arrested 40 demonstrators at a protest in Tbilisi, Georgia, on Saturday.",
     Want("Protest with intervention", None, None, "Tbilisi", None, SATURDAY)),
    ("protest-excessive-force", "Security forces shot dead 12 protesters in Khartoum, Sudan, on Sunday.",
     Want("Excessive force against protesters", None, None, "Khartoum", 12, SUNDAY)),
    ("protest-excessive-iran", "Police killed five demonstrators during protests in Zahedan, Iran, on Saturday.",
     Want("Excessive force against protesters", None, None, "Zahedan", 5, SATURDAY)),
    ("riot-violent-demo", "Protesters torched a police station in Dhaka, Bangladesh, on Sunday.",
     Want("Violent demonstration", "Rioters (Bangladesh)", None, "Dhaka", None, SUNDAY)),
    ("riot-stones", "Demonstrators threw stones at police in Dakar, Senegal, on Saturday.",
     Want("Violent demonstration", "Rioters (Senegal)", None, "Dakar", None, SATURDAY)),
    ("riot-rioters", "Rioters looted shops in Johannesburg, South Africa, on Sunday.",
     Want("Violent demonstration", None, None, "Johannesburg", None, SUNDAY)),
    ("mob-lynch", "A mob lynched a man accused of blasphemy in Sialkot, Pakistan, on Sunday.",
     Want("Mob violence", "Rioters (Pakistan)", None, "Sialkot", None, SUNDAY)),
    ("mob-india", "A mob attacked two men in Jharkhand, India, on Saturday, killing one of them.",
     Want("Mob violence", None, None, "Jharkhand", 1, SATURDAY)),
    # --- Strategic developments -------------------------------------------------
    ("agreement-ceasefire", "The Sudanese army and the RSF signed a ceasefire in Jeddah on Saturday.",
     Want("Agreement", None, None, "Jeddah", None, SATURDAY)),
    ("agreement-prisoner-swap", "Russia and Ukraine carried out a prisoner exchange in Sumy region on Sunday.",
     Want("Agreement", None, None, "Sumy", None, SUNDAY)),
    ("arrests-leader", "Police arrested opposition leader Ousmane Sonko in Dakar, Senegal, on Sunday.",
     Want("Arrests", "Police Forces of Senegal", None, "Dakar", None, SUNDAY)),
    ("arrests-detained", "Security forces detained a senior Hamas commander in Jenin on Saturday.",
     Want("Arrests", None, None, "Jenin", None, SATURDAY)),
    ("change-deploy", "The Kenyan government deployed troops to Garissa county in Kenya on Sunday.",
     Want("Change to group/activity", None, "", "Garissa", None, SUNDAY)),
    ("change-withdrawal", "French troops withdrew from their base in Gao, Mali, on Saturday as part of the drawdown.",
     Want("Change to group/activity", None, None, "Gao", None, SATURDAY)),
    ("change-mobilise", "The government mobilised volunteer militias in Badakhshan province on Sunday.",
     Want("Change to group/activity", None, "", "Badakhshan", None, SUNDAY)),
    ("hq-base", "Wagner fighters set up a base in Kidal, Mali, on Saturday.",
     Want("Headquarters or base established", None, None, "Kidal", None, SATURDAY)),
    ("hq-established", "Al-Shabaab established a new headquarters in Jilib, Somalia, on Sunday.",
     Want("Headquarters or base established", "Al Shabaab", None, "Jilib", None, SUNDAY)),
    ("looting", "Fighters looted the central market in Nyala, Sudan, on Saturday.",
     Want("Looting/property destruction", None, None, "Nyala", None, SATURDAY)),
    ("property-destruction", "Militiamen burned down houses in Djugu territory of Ituri, DR Congo, on Sunday.",
     Want("Looting/property destruction", None, None, None, None, SUNDAY)),
    # "fighter jets" are the state's aircraft, never the armed group named nearby
    ("air-fighter-jets-state", "Fighter jets struck a village held by Fano militiamen near Debre Markos, Ethiopia, on Saturday.",
     Want("Air/drone strike", "Military Forces of Ethiopia", None, "Debre Markos", None, SATURDAY)),
    # Looting that goes with an attack in the same clause chain is part of the attack (one event)
    ("loot-with-attack-chain", "Armed men raided Kouri village in Tahoua region, Niger, on Sunday, opened fire on residents and plundered granaries.",
     Want("Attack", "Unidentified Armed Group (Niger)", "Civilians (Niger)", "Kouri", None, SUNDAY)),
    ("loot-with-attack-toll", "Gunmen attacked Bakin Ruwa in Sokoto State, Nigeria, on Saturday, killing six farmers, and looted livestock.",
     Want("Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", "Bakin Ruwa", 6, SATURDAY)),
    ("loot-after-shooting", "Militants raided Garsale, Somalia, on Sunday, shooting dead two traders before looting shops.",
     Want("Attack", "Unidentified Armed Group (Somalia)", "Civilians (Somalia)", "Garsale", 2, SUNDAY)),
    ("loot-alone-stays", "Soldiers looted shops in Kidira, Senegal, on Sunday.",
     Want("Looting/property destruction", "Military Forces of Senegal", None, "Kidira", None, SUNDAY)),
    ("transfer", "Government forces handed over control of Kidal to the UN mission in Mali on Sunday under an agreement.",
     Want("Non-violent transfer of territory", None, None, "Kidal", None, SUNDAY)),
    ("disrupted-defused", "Army engineers defused a roadside bomb near Kandahar city on Sunday.",
     Want("Disrupted weapons use", None, None, "Kandahar", None, SUNDAY)),
    ("disrupted-intercepted", "Ukrainian air defences intercepted 20 Russian drones over Kyiv on Saturday.",
     Want("Disrupted weapons use", None, None, "Kyiv", None, SATURDAY)),
    ("other-cross-border", "More than 100 Malian soldiers crossed the border into Mauritania from Lere on Sunday as jihadists advanced.",
     Want("Other", "Military Forces of Mali", "", "Lere", None, SUNDAY)),
    ("other-fled-abroad", "Hundreds of Afghan soldiers fled across the border into Tajikistan from Badakhshan province on Saturday.",
     Want("Other", "Military Forces of Afghanistan", "", "Badakhshan", None, SATURDAY)),
    # --- More places, outlets and wars ------------------------------------------
    ("more-clash-cameroon", "Separatist fighters clashed with Cameroonian soldiers in Bamenda, Cameroon, on Sunday, leaving four dead.",
     Want("Armed clash", None, "Military Forces of Cameroon", "Bamenda", 4, SUNDAY)),
    ("more-attack-niger", "Suspected jihadists killed 21 civilians in the village of Tahoua region, Niger, on Saturday.",
     Want("Attack", None, "Civilians (Niger)", None, 21, SATURDAY)),
    ("more-air-gaza", "An Israeli air strike on a house in Rafah killed 12 people on Sunday, Gaza health officials said.",
     Want("Air/drone strike", None, None, "Rafah", 12, SUNDAY)),
    ("more-shelling-sudan", "The RSF shelled El Fasher, the capital of North Darfur state in Sudan, on Saturday, killing seven civilians.",
     Want("Shelling/artillery/missile attack", "Rapid Support Forces", None, "El Fasher", 7, SATURDAY)),
    ("more-ied-iraq", "A roadside bomb struck an army patrol near Tarmiyah, north of Baghdad, Iraq, on Sunday, killing two soldiers.",
     Want("Remote explosive/landmine/IED", None, None, "Tarmiyah", 2, SUNDAY)),
    ("more-suicide-somalia", "An al-Shabaab suicide bomber detonated his vest at a restaurant in Mogadishu, Somalia, on Saturday, killing 10 people.",
     Want("Suicide bomb", None, None, "Mogadishu", 10, SATURDAY)),
    ("more-nsaot-mali", "JNIM fighters seized the town of Boni in central Mali on Sunday after soldiers abandoned their camp.",
     Want("Non-state actor overtakes territory", "JNIM", "Military Forces of Mali", "Boni", None, SUNDAY)),
    ("more-grt-ethiopia", "Ethiopian federal forces recaptured Lalibela from Fano militiamen on Saturday.",
     Want("Government regains territory", "Military Forces of Ethiopia", "Fano", "Lalibela", None, SATURDAY)),
    ("more-protest-france", "Thousands of farmers protested in Paris, France, on Sunday against new EU rules.",
     Want("Peaceful protest", "Protesters (France)", None, "Paris", None, SUNDAY)),
    ("more-protest-intervention-dispersed", "Police dispersed a sit-in by teachers in Harare, Zimbabwe, on Saturday.",
     Want("Protest with intervention", None, None, "Harare", None, SATURDAY)),
    ("more-abduction-mexico", "Gunmen kidnapped a journalist in Acapulco, Mexico, on Sunday.",
     Want("Abduction/forced disappearance", None, "Civilians (Mexico)", "Acapulco", None, SUNDAY)),
    ("more-arrest-uganda", "Police arrested opposition leader Bobi Wine in Kampala, Uganda, on Sunday.",
     Want("Arrests", "Police Forces of Uganda", None, "Kampala", None, SUNDAY)),
    ("no-more-negated-nigeria", "The military has not attacked any village in Zamfara State, Nigeria, a spokesman said.", NO),
    ("no-more-hypothetical-myanmar", "Analysts said the resistance might capture Mandalay in Myanmar within months.", NO),
    ("no-more-background-ukraine", "Russian forces seized Crimea from Ukraine in 2014.", NO),
    ("no-more-territory-myanmar", "Resistance forces now control about 60 percent of Myanmar, according to analysts.", NO),
    ("no-more-denied-drc", "Rwanda has repeatedly denied backing the M23 rebels who captured Goma in DR Congo.", NO),
    ("no-more-forecast", "Experts forecast that fighting will intensify in Sudan after the rainy season.", NO),
    ("more-car-bomb-targeting", "A car bomb targeting a military convoy killed four soldiers in Mogadishu, Somalia, on Saturday.",
     Want("Remote explosive/landmine/IED", "Unidentified Armed Group (Somalia)", "Military Forces of Somalia", "Mogadishu", 4, SATURDAY)),
    ("more-demonstrated", "Hundreds of people demonstrated in Bamako, Mali, on Sunday against the presence of French troops.",
     Want("Peaceful protest", "Protesters (Mali)", None, "Bamako", None, SUNDAY)),
    ("more-drone-hit", "Two people were killed on Saturday in Kharkiv, Ukraine, when a Russian drone hit a residential building.",
     Want("Air/drone strike", "Military Forces of Russia", "Civilians (Ukraine)", "Kharkiv", 2, SATURDAY)),
    ("more-crowd-clash", "Hundreds of supporters of the former prime minister clashed with police in Islamabad, Pakistan, on Sunday.",
     Want("Violent demonstration", "Rioters (Pakistan)", "Police Forces of Pakistan", "Islamabad", None, SUNDAY)),
    ("more-place-tagged-as-date", "Turkish-backed rebels clashed with the Syrian Democratic Forces near Manbij in Syria on Saturday.",
     Want("Armed clash", None, "Syrian Democratic Forces", "Manbij", None, SATURDAY)),
    ("more-south-of-is-near", "At least 32 fighters were killed in clashes between Houthi rebels and government forces south of Marib city in Yemen on Sunday.",
     Want("Armed clash", None, None, "Marib", 32, SUNDAY)),
    ("more-unidentified-stays", "Unidentified gunmen killed a local official in Deir ez-Zor, Syria, on Saturday, in an area where Islamic State fighters are active.",
     Want("Attack", "Unidentified Armed Group (Syria)", None, "Deir ez-Zor", 1, SATURDAY)),
    ("more-pronoun-is-the-speaker", "BAMAKO, Mar 10 (Reuters) - Mali's army said on Sunday it had taken control of the northern town of Kidal.",
     Want("Government regains territory", "Military Forces of Mali", None, "Kidal", None, SUNDAY)),
    ("more-rebels-withdrew", "The separatist rebels said their fighters had withdrawn from Kidal in Mali on Sunday.",
     Want("Government regains territory", "Military Forces of Mali", None, "Kidal", None, SUNDAY)),
    ("more-handover-beats-withdrawal", "The UN mission handed over its base in Tessalit to Malian authorities on Saturday as part of its withdrawal from Mali.",
     Want("Non-violent transfer of territory", None, None, "Tessalit", None, SATURDAY)),
    ("more-gaza-city-of-rafah", "Israeli air strikes on the southern Gaza city of Rafah killed 25 Palestinians on Sunday, health officials said.",
     Want("Air/drone strike", "Military Forces of Israel", None, "Rafah", 25, SUNDAY)),
    ("no-more-hostages-in-purpose", "Thousands of people marched in Tel Aviv on Saturday to demand a deal to free the hostages held in Gaza.",
     Want("Peaceful protest", None, None, "Tel Aviv", None, SATURDAY)),
    # --- Not events -------------------------------------------------------------
    ("no-negated", "The army did not attack Kidal on Sunday, officials in Mali said.", NO),
    ("no-negated-never", "Rebels never captured Goma, the governor of North Kivu said on Sunday.", NO),
    ("no-hypothetical-could", "Officials warned that Kharkiv could fall to Russian forces within weeks.", NO),
    ("no-planned", "The Taliban plan to attack Kandahar city next week, a commander said.", NO),
    ("no-planned-preparing", "M23 rebels are preparing to attack Goma, residents of North Kivu said on Sunday.", NO),
    ("no-feared", "Residents of El Fasher in Sudan feared an attack by the RSF on Sunday.", NO),
    ("no-threatened", "Al-Shabaab threatened to attack Mogadishu during the elections.", NO),
    ("no-denied", "The army denied carrying out an air strike on Tigray on Sunday.", NO),
    ("no-denied-group", "The Houthis denied attacking the ship near Hodeidah on Saturday.", NO),
    ("no-statement-temporary", "The interior ministry said on Saturday that the defeats in Herat were temporary.", NO),
    ("no-pledge", "The United States pledged $3 billion in security assistance to Ukraine on Sunday.", NO),
    ("no-promise", "The junta promised to retake Lashio in Shan State within a month.", NO),
    ("no-vow", "The president vowed to crush the rebels in Cabo Delgado.", NO),
    ("no-territory-count-third", "The Taliban now control about a third of the 421 districts in Afghanistan.", NO),
    ("no-territory-count-out-of", "The group claims to have seized more than 100 out of nearly 400 districts.", NO),
    ("no-territory-percent", "Islamic State held 40 percent of Iraq in 2015.", NO),
    ("no-background-year", "Former president Rabbani was killed by a suicide bomber in 2011.", NO),
    ("no-background-date", "Boko Haram abducted 276 schoolgirls from Chibok in April 2014.", NO),
    ("no-background-months", "In January, the army recaptured Mosul from Islamic State.", NO),
    ("no-biography", "The party was led by Ahmad Shah Massoud, who was killed by a suicide bomber two days before the September 11 attacks.", NO),
    ("no-habitual", "Over the years, soldiers and rebels have regularly clashed around Beni in North Kivu.", NO),
    ("no-aggregate-no-fatalities", "Taliban fighters have taken over a dozen districts across the country in the last 24 hours, officials said.", NO),
    ("no-aggregate-territory-since", "Since May 1, at least 23 districts have fallen to the Taliban.", NO),
    ("no-anaphoric-attack", "There was no claim of responsibility for the attack.", NO),
    ("no-hypothetical-if", "If the talks fail, the army will attack Kidal.", NO),
    ("no-aim", "The rebels aim to capture Bamako by the end of the year.", NO),
    ("no-possible-return", "Plans are being made for the possible return of US troops to Afghanistan.", NO),
    ("no-prevent", "The withdrawal is intended to prevent key cities from falling into the hands of the rebels.", NO),
    ("no-unrelated", "The minister met business leaders in Abuja on Sunday to discuss the economy.", NO),
    ("no-sports", "Nigeria beat Ghana 2-0 in a football match in Lagos on Saturday.", NO),
    ("no-history-invasion", "Kandahar is the birthplace of the Taliban, who ruled Afghanistan until a US-led invasion in 2001.", NO),
    ("no-fought-halfway", "Many fighters in Badakhshan districts had fought only halfway, a council member said.", NO),
    ("no-not-fighting", "The army and the commandos are not fighting at all, the commander said.", NO),
    ("no-fled-domestic", "Hundreds of soldiers fled to Faizabad, the provincial capital, officials said.", NO),
    ("no-advanced", "Taliban fighters advanced towards the border, officials said on Sunday.", NO),
    ("no-weapons-budget", "Washington said it would provide security assistance of $3 billion in 2025.", NO),
    ("no-warned-strike", "Israel warned of a possible strike on Rafah, officials said.", NO),
    ("no-rumoured-attack", "Residents fled Beni in DR Congo on Sunday after rumours of an attack by ADF rebels.", NO),
    ("no-planned-protests", "Security was tightened in Nairobi, Kenya, ahead of planned protests on Tuesday.", NO),
    ("no-future-rally", "A rally is scheduled for next Sunday in Lagos, Nigeria.", NO),
    ("no-ceasefire-would-begin", "The government announced that a ceasefire would begin in Tigray on Tuesday.", NO),
    ("no-ceasefire-talks", "Talks on a ceasefire continued in Doha on Sunday between Israel and Hamas.", NO),
    ("no-long-tally", "The UN said 2,000 people had been killed in Darfur, Sudan, since April.", NO),
    ("no-displacement-tally", "Hundreds of thousands of people have been displaced by fighting in Sudan's Darfur region.", NO),
    ("no-ceasefire-call", "The UN called for a ceasefire in Sudan on Sunday.", NO),
    # Generalisation fixes found on hand-written held-out articles (bench/heldout)
    ("no-war-tally", "The conflict has killed tens of thousands of people in Tigray.", NO),
    ("no-tally-since-coup", "More than 4,000 civilians have been killed by the junta's forces in Sagaing region since the coup.", NO),
    ("no-tally-each-year", "Thousands of people are killed in gang violence in Guerrero state each year.", NO),
    ("no-habitual-usually", "The militia usually attacks convoys on the road to Kidal.", NO),
    ("no-superlative-retold", "It was the deadliest attack on Kharkiv since the start of the year.", NO),
    ("no-confirmed-the-attack", "The police spokesman in Kano confirmed the attack but gave no details.", NO),
    ("no-seized-materiel", "Soldiers seized rifles and three motorcycles near Diffa on Saturday.", NO),
    ("no-person-capture", "The minister welcomed the general's capture in Goma on Saturday.", NO),
    ("no-since-the-arrest", "Tension has been high in Culiacan since the arrest of the cartel's leader.", NO),
    ("shell-noun", "A shell landed on a market in Kherson, Ukraine, on Sunday, killing three civilians.",
     Want("Shelling/artillery/missile attack", None, "Civilians (Ukraine)", "Kherson", 3, SUNDAY)),
    ("capital-after-possessive", "Drones struck Mali's capital Bamako on Saturday, killing four soldiers.",
     Want("Air/drone strike", None, None, "Bamako", 4, SATURDAY)),
    ("attack-on-armed-post", "Islamic State militants attacked an army checkpoint near Kirkuk, Iraq, on Saturday, killing three soldiers.",
     Want("Armed clash", "Islamic State", "Military Forces of Iraq", "Kirkuk", 3, SATURDAY)),
    ("fighters-of-named-group", "Fighters of the Islamic State West Africa Province attacked a military base in Monguno, Nigeria, on Sunday.",
     Want("Armed clash", "ISWAP", "Military Forces of Nigeria", "Monguno", None, SUNDAY)),
    ("protest-relative-clause", "Police fired tear gas at teachers who marched to parliament in Nairobi, Kenya, on Sunday.",
     Want("Protest with intervention", "Protesters (Kenya)", "Police Forces of Kenya", "Nairobi", None, SUNDAY)),
    ("colour-clause-keeps-its-place", "A rocket hit a market on the outskirts of Bunia, DR Congo, on Sunday, "
     "killing four people, as fighting raged around Djugu.",
     Want("Shelling/artillery/missile attack", None, None, "Bunia", 4, SUNDAY)),
    ("victim-is-not-the-shooter", "A woman died when a rocket hit her home in Kharkiv, Ukraine, on Sunday.",
     Want("Shelling/artillery/missile attack", None, "Civilians (Ukraine)", "Kharkiv", 1, SUNDAY)),
    # --- one death told without a number; officials are victims --------------------
    ("one-death-without-a-number", "The deputy governor of Nimroz province was killed in Zaranj, Afghanistan, on Wednesday, officials said.",
     Want("Attack", None, "Civilians (Afghanistan)", "Zaranj", 1, WEDNESDAY)),
    ("official-assassinated-is-a-civilian", "The mayor of Jalalabad has been assassinated at his home in Jalalabad, Afghanistan.",
     Want("Attack", None, "Civilians (Afghanistan)", "Jalalabad", 1)),
    # --- detention: the state arrests, an armed group abducts ---------------------------
    ("detained-by-rebels-is-abduction", "Houthi fighters detained two aid workers in Hodeidah, Yemen, on Sunday.",
     Want("Abduction/forced disappearance", "Houthis", "Civilians (Yemen)", "Hodeidah", None, SUNDAY)),
    ("detained-by-an-unknown-name-is-no-guess", "Kikli detained a rival commander in Zawiya on Sunday.", NO),
    # --- cue words -------------------------------------------------------------------
    ("assaulted-is-an-attack-cue", "Militants assaulted an army outpost near Menaka, Mali, on Sunday.",
     Want("Armed clash", "Unidentified Armed Group (Mali)", "Military Forces of Mali", "Menaka", None, SUNDAY)),
    ("assault-rifles-are-no-cue", "Customs officers found assault rifles in a truck near Kumasi, Ghana, on Sunday.", NO),
    ("martyred-is-a-toll", "Seven soldiers were martyred when militants attacked a checkpoint in Miranshah, Pakistan, on Sunday.",
     Want("Armed clash", None, "Military Forces of Pakistan", "Miranshah", 7, SUNDAY)),
    ("improvised-device-is-an-ied", "A police patrol struck an improvised explosive device near Kismayo, Somalia, on Sunday, killing three officers.",
     Want("Remote explosive/landmine/IED", None, None, "Kismayo", 3, SUNDAY)),
    ("where-clause-is-the-setting", "Rescuers searched the rubble in Kramatorsk, Ukraine, where a missile killed four people on Saturday.",
     Want("Shelling/artillery/missile attack", None, "Civilians (Ukraine)", "Kramatorsk", 4, SATURDAY)),
    # --- places and groups ------------------------------------------------------------
    ("compass-and-country-is-a-region", "Israeli drones struck a car in southern Lebanon on Tuesday, killing two people.",
     Want("Air/drone strike", "Military Forces of Israel", "Civilians (Lebanon)", "southern Lebanon", 2, TUESDAY)),
    ("group-acronym-jem", "JEM fighters attacked a police station in Nyala, Sudan, on Sunday.",
     Want("Armed clash", "JEM", "Police Forces of Sudan", "Nyala", None, SUNDAY)),
    ("group-named-by-its-shape", "Fighters of the Tubas Battalion opened fire on Israeli troops near Tubas on Sunday.",
     Want("Armed clash", "Tubas Battalion", "Military Forces of Israel", "Tubas", None, SUNDAY)),
    # --- capitals, bearings, venues -----------------------------------------------------
    ("capital-by-demonym", "A car bomb exploded in the Afghan capital on Sunday, killing six people.",
     Want("Remote explosive/landmine/IED", None, "Civilians (Afghanistan)", "Afghanistan", 6, SUNDAY)),
    ("capital-by-possessive", "Gunmen stormed a hotel in Somalia's capital on Sunday, killing five guards.",
     Want("Attack", None, None, "Somalia", 5, SUNDAY)),
    ("far-bearing-is-no-place", "Gunmen attacked a village 120 km north of Maiduguri, Nigeria, on Sunday, killing seven villagers.",
     Want("Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", "-", 7, SUNDAY)),
    ("speech-venue-is-no-place", "The governor told a press conference in Kano, Nigeria, on Sunday that bandits had killed 11 farmers.",
     Want("Attack", None, "Civilians (Nigeria)", "-", 11, SUNDAY)),
    ("speech-venue-and-event-place", "The governor told a press conference in Kano, Nigeria, on Sunday that bandits had killed 11 farmers in Tsafe.",
     Want("Attack", None, "Civilians (Nigeria)", "Tsafe", 11, SUNDAY)),
    # --- clauses that are no fight ----------------------------------------------------------
    ("abstract-foe", "Ethiopian troops were battling the conflict in Amhara, officials said on Sunday.", NO),
    ("overflight-is-no-strike", "Turkish jets flew over Tal Rifaat, Syria, on Sunday.", NO),
    ("deployment-to-rescue", "Police were deployed to rescue kidnapped students in Kaduna, Nigeria, on Sunday.", NO),
    ("deployment-to-nowhere", "Police and soldiers were deployed on Sunday after the attack, officials said.", NO),
    ("armed-groups-do-not-rally", "Armed groups from Misrata rallied against the advance on Sirte, Libya, on Sunday.", NO),
    ("air-support-is-part-of-the-fight", "Army troops supported by air strikes repelled an attack by al-Shabaab on a base in Bulobarde, Somalia, on Sunday.",
     Want("Armed clash", "Al Shabaab", "Military Forces of Somalia", "Bulobarde", None, SUNDAY)),
    # --- actors and types -------------------------------------------------------------------
    ("prison-is-an-armed-post", "Gunmen stormed the prison in Kuje, Nigeria, on Sunday, killing two policemen.",
     Want("Armed clash", None, "Police Forces of Nigeria", "Kuje", 2, SUNDAY)),
    ("teller-is-no-actor", "Police confirmed that 20 people were killed when gunmen attacked a market in Kajuru, Nigeria, on Sunday.",
     Want("Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", "Kajuru", 20, SUNDAY)),
    ("residents-attacking-are-a-mob", "Angry residents attacked two journalists in Bukavu, DR Congo, on Sunday.",
     Want("Mob violence", None, None, "Bukavu", None, SUNDAY)),
    ("police-stabbed-in-protests", "A police officer was stabbed to death during protests in Nairobi, Kenya, on Sunday.",
     Want("Violent demonstration", None, "Police Forces of Kenya", "Nairobi", 1, SUNDAY)),
    ("tear-gas-alone", "Police fired tear gas and water cannon in Nairobi, Kenya, on Sunday.",
     Want("Protest with intervention", "Protesters (Kenya)", "Police Forces of Kenya", "Nairobi", None, SUNDAY)),
    ("foreign-abandon-with-deaths", "French troops abandoned their base in Ouallam, Niger, on Sunday after an attack that killed two soldiers.",
     Want("Armed clash", "Military Forces of France", None, "Ouallam", 2, SUNDAY)),
    ("possessive-and-title-stripped", "Forces of Gen Haftar's Libyan National Army shelled Gharyan, Libya, on Sunday.",
     Want("Shelling/artillery/missile attack", "Libyan National Army", None, "Gharyan", None, SUNDAY)),
    ("none-martyred", "No soldiers were martyred when militants attacked a checkpoint in Lakki Marwat, Pakistan, on Sunday.",
     Want("Armed clash", None, "Military Forces of Pakistan", "Lakki Marwat", 0, SUNDAY)),
    ("from-both-sides", "Ninety fighters from both sides were killed in clashes between the army and RSF in Babanusa, Sudan, on Sunday.",
     Want("Armed clash", "Military Forces of Sudan", "Rapid Support Forces", "Babanusa", 90, SUNDAY)),
    ("ministry-strikes-with-its-forces", "The Ministry of Defense said 56 insurgents were killed in air strikes in Helmand, Afghanistan, on Sunday.",
     Want("Air/drone strike", "Military Forces of Afghanistan", "Unidentified Armed Group (Afghanistan)", "Helmand", 56, SUNDAY)),
    ("consulate-is-not-where-it-happens", "Iranian-backed militias fired rockets at the Iranian consulate in Erbil, Iraq, on Sunday.",
     Want("Shelling/artillery/missile attack", "Unidentified Armed Group (Iraq)", None, "Erbil", None, SUNDAY)),
    ("named-rebels-attack-a-town", "M23 rebels attacked the town of Kitshanga, DR Congo, on Sunday.",
     Want("Armed clash", "M23", "Military Forces of the Democratic Republic of the Congo", "Kitshanga", None, SUNDAY)),
    ("named-rebels-kill-villagers", "M23 rebels attacked the village of Kilolirwe, DR Congo, on Sunday, killing 14 villagers.",
     Want("Attack", "M23", "Civilians (Democratic Republic of the Congo)", "Kilolirwe", 14, SUNDAY)),
    ("pushed-back-is-repelled", "Troops pushed back an attack by militants on a base in Mocimboa, Mozambique, on Sunday.",
     Want("Armed clash", "Unidentified Armed Group (Mozambique)", "Military Forces of Mozambique", "Mocimboa", None, SUNDAY)),
    # --- remote violence, victims and crowds: which side is which -----------------
    # the tellers in the attribution (", the mayor said") are no civilian targets
    ("attrib-tellers-are-no-victims-syria", "Turkish drones struck a base in Hasakah, Syria, on Sunday, Turkish officials said.",
     Want("Air/drone strike", "Military Forces of Turkey", "", "Hasakah", None, SUNDAY)),
    ("attrib-tellers-are-no-victims-ukraine", "Russian forces shelled a factory in Kupiansk, Ukraine, on Sunday, the mayor said.",
     Want("Shelling/artillery/missile attack", "Military Forces of Russia", "", "Kupiansk", None, SUNDAY)),
    ("ied-near-convoy-targets-the-army", "A roadside bomb went off near a military convoy in Ansongo, Mali, on Sunday.",
     Want("Remote explosive/landmine/IED", "Unidentified Armed Group (Mali)", "Military Forces of Mali", "Ansongo", None, SUNDAY)),
    ("looting-homes-targets-civilians", "Gunmen looted shops and homes in Mangu, Plateau State, Nigeria, on Sunday.",
     Want("Looting/property destruction", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", "Mangu", None, SUNDAY)),
    ("armed-men-burning-houses-is-no-riot", "Armed men set houses on fire in Bokkos, Plateau State, Nigeria, on Sunday.",
     Want("Looting/property destruction", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", "Bokkos", None, SUNDAY)),
    ("junta-supporters-are-a-crowd-riot",
     "Crowds of supporters of the military government rallied outside the French embassy in Niamey, Niger, on Sunday, setting fire to its gate.",
     Want("Violent demonstration", "Rioters (Niger)", "", "Niamey", None, SUNDAY)),
    ("junta-supporters-are-a-crowd-march", "Hundreds of supporters of the junta marched in Ouagadougou, Burkina Faso, on Sunday.",
     Want("Peaceful protest", "Protesters (Burkina Faso)", "", "Ouagadougou", None, SUNDAY)),
    ("school-named-government-is-no-government",
     "Gunmen stormed the Government Day Secondary School in Moriki, Zamfara State, Nigeria, on Sunday and kidnapped 40 pupils.",
     Want("Abduction/forced disappearance", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", "Moriki", None, SUNDAY)),
    ("exchange-of-artillery-fire-is-a-clash",
     "Sudanese troops and RSF fighters exchanged intense artillery fire in Omdurman on Sunday.",
     Want("Armed clash", "Military Forces of Sudan", "Rapid Support Forces", "Omdurman", None, SUNDAY)),
    # --- one sentence, one event ------------------------------------------------------
    ("raid-and-abduction-is-one-abduction",
     "Gunmen stormed a secondary school in Dogon Dawa, Kaduna State, Nigeria, on Sunday and kidnapped 27 students.",
     Want("Abduction/forced disappearance", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", "Dogon Dawa", None, SUNDAY)),
    ("raid-abduction-and-shooting-is-one-attack",
     "Bandits raided Kurmin Masara in Kaduna State, Nigeria, on Sunday, first kidnapping four residents and then opening fire on villagers.",
     Want("Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", "Kurmin Masara", None, SUNDAY)),
    ("fire-exchange-and-shells-on-homes-is-one-clash",
     "Troops and RSF fighters exchanged intense mortar fire in El Obeid, Sudan, on Sunday, and two civilians were killed when shells hit their homes.",
     Want("Armed clash", "Military Forces of Sudan", "Rapid Support Forces", "El Obeid", 2, SUNDAY)),
    # --- places: peoples are no names, the countryside is near, parents ----------------
    ("kurdish-town-is-no-place", "Turkish drones struck Ain Issa, a predominantly Kurdish town in Syria, on Sunday, killing three people.",
     Want("Air/drone strike", "Military Forces of Turkey", None, "Ain Issa", 3, SUNDAY)),
    ("fulani-village-is-no-place", "Gunmen attacked a Fulani village near Bankass, Mali, on Sunday, killing 12 people.",
     Want("Attack", None, "Civilians (Mali)", "Bankass", 12, SUNDAY, near=True)),
    ("countryside-of-is-near", "Syrian army shelling hit the countryside of Idlib on Sunday, killing four people.",
     Want("Shelling/artillery/missile attack", None, None, "Idlib", 4, SUNDAY, near=True)),
    ("village-near-a-town-takes-the-town-as-parent",
     "Gunmen killed six villagers in the village of Kwall, near the town of Bassa, Plateau State, Nigeria, on Sunday.",
     Want("Attack", None, "Civilians (Nigeria)", "Kwall", 6, SUNDAY, parent="Bassa, Plateau")),  # the chain
    # "the Niger Air Force struck": the air force's strike; "south of Tamou": near the town
    ("air-force-struck-south-of-a-town",
     "The Niger Air Force struck a group of armed terrorists on Tuesday south of Tamou, killing about twenty.",
     Want("Air/drone strike", "Military Forces of Niger", None, "Tamou", 20, TUESDAY, near=True)),
    # "the bulletin, read on television on Sunday, ...": the day of the words, not of the strike
    ("published-aside-is-not-the-date",
     "The bulletin, read on national television on Sunday evening, said soldiers killed ten terrorists near "
     "Tamou on Tuesday.",
     Want("Armed clash", place="Tamou", date=TUESDAY)),  # (the toll after such an aside is not read yet)
    ("bombs-dropped-on-a-town",
     "Russian aircraft dropped guided aerial bombs on Orikhiv on Sunday, killing one man.",
     Want("Air/drone strike", "Military Forces of Russia", None, "Orikhiv", 1, SUNDAY)),
    ("name-in-a-local-government-area",
     "Gunmen stormed a boarding school, Dansadau, in Maru Local Government Area of Zamfara State, Nigeria, on Sunday.",
     Want("Attack", None, None, "Dansadau", None, SUNDAY, parent="Maru, Zamfara")),  # the chain
    # --- dates ----------------------------------------------------------------------------
    ("named-day-beats-overnight", "Overnight, Russian shells had pounded Kherson, Ukraine, on March 8, killing two people.",
     Want("Shelling/artillery/missile attack", None, None, "Kherson", 2, dt.date(2024, 3, 8))),
    ("named-day-beats-overnight-drones", "Overnight, Russian drones had hit Izmail, Ukraine, on March 7, killing a port worker.",
     Want("Air/drone strike", None, None, "Izmail", 1, dt.date(2024, 3, 7))),
    ("weekday-last-week", "Gunmen shot dead eight farmers in Riyom, Plateau State, Nigeria, on Monday last week.",
     Want("Attack", None, None, "Riyom", 8, dt.date(2024, 3, 4), date_start=dt.date(2024, 3, 4), precision=1)),
    ("two-weekdays-last-week", "RSF fighters shelled Omdurman, Sudan, on Thursday and Friday last week, killing 14 civilians.",
     Want("Shelling/artillery/missile attack", "Rapid Support Forces", None, "Omdurman", 14, dt.date(2024, 3, 8),
          date_start=dt.date(2024, 3, 7), precision=2)),
    ("aside-about-the-place-is-no-date",
     "In Manbij, a city that was the scene of heavy fighting in 2016, Turkish drones struck a car on Sunday, killing two fighters.",
     Want("Air/drone strike", "Military Forces of Turkey", None, "Manbij", 2, SUNDAY)),
    ("aside-about-the-place-takes-the-sentence-date",
     "In Marawi, a city that was besieged by militants in 2017, soldiers clashed with gunmen on Saturday.",
     Want("Armed clash", None, None, "Marawi", None, SATURDAY)),
    # --- not events ---------------------------------------------------------------------------
    ("no-seized-trucks-is-no-capture", "JNIM fighters seized dozens of trucks in Kaya, Burkina Faso, on Sunday.", NO),
    ("no-refrain-from-attacks",
     "The African Union called on the warring sides to refrain from attacks on hospitals in El Fasher, Sudan, on Sunday.", NO),
    ("no-tally-according-to",
     "Some 9,000 people have been killed in Khartoum, Sudan, according to local monitors.", NO),
    # --- b3bd257: crowds, tolls, armies and not-events in one sentence ----------------------------------
    ("crowd-storming-a-residence-riots",
     "Protesters broke through police barricades and stormed the residence of the prime minister in Kathmandu, Nepal, on Sunday.",
     Want("Violent demonstration", "Rioters (Nepal)", "Police Forces of Nepal", "Kathmandu", None, SUNDAY)),
    ("day-of-the-month-is-no-count", "On March 9, nine soldiers were killed when jihadists ambushed a convoy near Djibo, Burkina Faso.",
     Want("Armed clash", None, "Military Forces of Burkina Faso", "Djibo", 9, SATURDAY)),
    ("charred-remains-are-a-toll",
     "The charred remains of more than 30 people were found in a village in Sagaing, Myanmar, on Sunday after troops raided it.",
     Want("Attack", "Military Forces of Myanmar", "Civilians (Myanmar)", "Sagaing", 30, SUNDAY)),
    ("toll-figure-far-after-toll",
     "The death toll from clashes between two rival militias in Tripoli, Libya, on Sunday has risen to 55, the health ministry said.",
     Want("Armed clash", None, None, "Tripoli", 55, SUNDAY)),
    ("light-infantry-battalion-is-the-army", "Light Infantry Battalion 108 shelled Hpakant in Kachin State, Myanmar, on Sunday.",
     Want("Shelling/artillery/missile attack", "Military Forces of Myanmar", None, "Hpakant", None, SUNDAY)),
    ("explosive-devices-cleared-are-no-blast", "Malian troops cleared the road of explosive devices near Gao on Sunday.", NO),
    ("explosive-devices-found-are-no-blast",
     "Soldiers found three improvised explosive devices near a bridge in Gao, Mali, on Sunday.", NO),
    ("curfew-withdrawn-is-no-troop-movement", "Authorities in Imphal, India, withdrew the curfew on Sunday.", NO),
    ("mixed-case-dateline-with-agency-is-filing-date",
     "Maputo, 6 Mar 2024 (Lusa) - Insurgents killed four civilians in Macomia, Cabo Delgado, on Saturday.",
     Want("Attack", None, None, "Macomia", 4, SATURDAY)),
    ("mixed-case-dateline-with-agency-dates-nothing",
     "Maputo, 6 Mar 2024 (Lusa) - Insurgents killed four civilians in Macomia, Cabo Delgado, local sources said.",
     Want("Attack", None, None, "Macomia", 4, PUBLISHED, precision=2)),
    ("goma-dateline-with-agency",
     "Goma, 7 Mar 2024 (Lusa) - M23 rebels shelled Sake, killing three civilians.",
     Want("Shelling/artillery/missile attack", "M23", None, "Sake", 3, PUBLISHED, precision=2)),
    # --- 71de311 (pass on 33d8645 too; each fails on 5a2ffde, before 71de311) --------------------------
    ("protesters-clashing-with-police-riot", "Protesters clashed with police in Nairobi, Kenya, on Sunday.",
     Want("Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya", "Nairobi", None, SUNDAY)),
    ("ransacked-is-a-riot", "Youths ransacked the offices of the electoral commission in Kinshasa, DR Congo, on Sunday.",
     Want("Violent demonstration", None, None, "Kinshasa", None, SUNDAY)),
    ("accused-of-executing-acted",
     "The Ethiopian government accused Fano militiamen of executing 40 civilians in Gondar on Sunday.",
     Want("Attack", "Fano", "Civilians (Ethiopia)", "Gondar", 40, SUNDAY)),
    ("accused-of-killing-acted",
     "The junta accused the Arakan Army of killing 30 villagers in Rathedaung, Myanmar, on Sunday.",
     Want("Attack", "Arakan Army", "Civilians (Myanmar)", "Rathedaung", 30, SUNDAY)),
    ("its-offensive-is-a-campaign", "The RSF pressed on with its offensive in North Darfur, Sudan, on Sunday.", NO),
    ("described-the-protests-as", "The governor of Kano described the protests in Kano, Nigeria, as the work of thugs.", NO),
    ("tanks-and-artillery-to-push-back-is-a-clash",
     "Malian forces used tanks and artillery to push back the rebels in fierce fighting in Kidal on Sunday.",
     Want("Armed clash", "Military Forces of Mali", None, "Kidal", None, SUNDAY)),
    ("night-until-next-morning-is-a-range",
     "Russian forces shelled Kherson, Ukraine, from Saturday night until Sunday morning, killing three people.",
     Want("Shelling/artillery/missile attack", "Military Forces of Russia", None, "Kherson", 3, SUNDAY,
          date_start=SATURDAY, precision=2)),
    ("reported-clause-is-not-dated-by-the-dateline",
     "NIAMEY, March 8 (Reuters) - Insurgents seized an army post in Tillia on Sunday, sources said.",
     Want("Non-state actor overtakes territory", None, None, "Tillia", None, SUNDAY)),
    ("reported-clause-own-day-not-the-dateline",
     "BAMAKO, March 8 (Reuters) - Jihadists seized the town of Lere on Tuesday, local sources said.",
     Want("Non-state actor overtakes territory", None, None, "Lere", None, TUESDAY)),
    ("mixed-case-dateline-is-filing-date",
     "Bamako, March 8, 2024 - Jihadists killed nine soldiers in an ambush near Niono.",
     Want("Armed clash", None, None, "Niono", 9, PUBLISHED, precision=2)),
    ("named-day-in-an-aside-is-kept",
     "Gunmen, who arrived on motorbikes on Saturday, killed 14 civilians in Kaya, Burkina Faso.",
     Want("Attack", None, "Civilians (Burkina Faso)", "Kaya", 14, SATURDAY)),
    ("toll-risen-to-from-fighting-between-factions",
     "The death toll from fighting between two rival factions in Tripoli, Libya, has risen to 55.",
     Want("Armed clash", None, None, "Tripoli", 55)),
    # security forces turning on a protest: force against the protesters, not an attack on civilians
    ("forces-storm-a-protest-camp",
     "At least 35 people were killed on Sunday after Sudanese security forces stormed a protest camp in "
     "Khartoum, opening fire on demonstrators.",
     Want("Excessive force against protesters", "Protesters (Sudan)", "Military Forces of Sudan", "Khartoum", 35,
          SUNDAY)),
    ("police-raid-a-sit-in-without-deaths",
     "Police raided a sit-in outside the parliament in Baghdad, Iraq, on Sunday, beating protesters.",
     Want("Protest with intervention", "Protesters (Iraq)", "Police Forces of Iraq", "Baghdad", 0, SUNDAY)),
    ("militants-storm-a-protest-camp",  # guard: an armed group firing on a protest attacks civilians
     "Militants stormed a protest camp in Baghdad, Iraq, on Sunday, killing 20 people.",
     Want("Attack", None, "Civilians (Iraq)", "Baghdad", 20, SUNDAY)),
    # who launched or planted the weapon acted
    ("drone-launched-by-a-group",
     "A drone launched by Yemen's Houthi movement exploded over a military parade in Lahj, Yemen, on Sunday, "
     "killing six soldiers.",
     Want("Air/drone strike", "Houthis", "Military Forces of Yemen", "Lahj", 6, SUNDAY)),
    ("bomb-planted-by-a-group",
     "A car bomb planted by al Shabaab exploded near a market in Mogadishu, Somalia, on Sunday, killing five people.",
     Want("Remote explosive/landmine/IED", "Al Shabaab", "Civilians (Somalia)", "Mogadishu", 5, SUNDAY)),
    # a named town beats the town it lies "north of", however the parse hangs the bearing
    ("town-named-beats-its-bearing",
     "Thousands of people marched peacefully through the streets of Atbara, the railway city north of Khartoum, "
     "Sudan, on Sunday.",
     Want("Peaceful protest", "Protesters (Sudan)", None, "Atbara", None, SUNDAY)),
    # "It is the second major attack in ...": a ranking of the event told, no event of its own
    ("pronoun-ranks-the-told-event", "It is the second major attack in the North-east in less than a week.", None),
    # aircraft sent to search are no air strike
    ("aircraft-deployed-to-search",
     "The Air Force said on Sunday that it had deployed additional aircraft to Yobe, Nigeria, to search for the "
     "missing girls.", None),
    # "here" in a datelined report is the dateline's town
    ("here-is-the-dateline-town",
     "QUETTA: At least 70 people were killed when a suicide bomber blew himself up at the Civil Hospital here on "
     "Sunday.", Want("Suicide bomb", None, None, "Quetta", 70, SUNDAY)),
    ("here-without-a-dateline",  # guard: no dateline, no town
     "At least 70 people were killed when a suicide bomber blew himself up at the hospital here on Sunday.",
     Want("Suicide bomb", None, None, "-", 70, SUNDAY)),
    # an outbreak of fighting is an event on its own
    ("fighting-erupted",
     "Heavy fighting erupted in Juba, South Sudan, on Sunday.",
     Want("Armed clash", None, None, "Juba", None, SUNDAY)),
    ("fighting-has-raged-for-years", "Fighting has raged in the region for years.", None),  # guard
    # what struck a man is not how many died
    ("bullets-are-not-the-dead",
     "Gunmen opened fire on a lawyer in Quetta, Pakistan, on Sunday; he was hit by three bullets and died.",
     Want("Attack", None, None, "Quetta", 0, SUNDAY)),  # not 3 (the toll of "he ... died" is left unknown)
    # a town the act is near beats the compass region the sentence opens with
    ("town-near-beats-the-region",
     "In the south, Israeli warplanes struck military sites near the town of al-Kiswah, Syria, on Sunday, killing "
     "two people.", Want("Air/drone strike", "Military Forces of Israel", None, "al-Kiswah", 2, SUNDAY)),
    # a crowd fired on is the victim: the gunbattles it sparked are a clash, not a riot
    ("gunmen-fire-on-marchers-sparking-gunbattles",
     "Gunmen opened fire on Sunday on supporters of Hezbollah as they headed to a protest in Beirut, Lebanon, "
     "sparking hours of gunbattles that killed six people.", Want("Armed clash", None, None, "Beirut", 6, SUNDAY)),
    # "the streets of X" places the march, whatever the parser thinks X is
    ("march-through-the-streets-of",
     "Elsewhere, thousands marched peacefully through the streets of Diwaniyah to mourn the victims, a "
     "correspondent said.", Want("Peaceful protest", None, None, "Diwaniyah", 0, PUBLISHED, precision=2)),
    # a running tally's wounded are the tally's too
    ("tally-with-its-wounded",
     "More than 350 people have been killed and 15,000 wounded since the protests began on October 1, according "
     "to a tally.", None),
    # a ranking's compared event counts when the text gives its own day (within 30 days)
    ("ranking-compared-event-with-its-day",
     "The attack was the deadliest strike this year, surpassing the March 4 missile strike on Kryvyi Rih, Ukraine, "
     "when a Russian ballistic missile hit a residential area, killing 20 people.",
     Want("Shelling/artillery/missile attack", None, None, "Kryvyi Rih", 20, dt.date(2024, 3, 4))),
    ("ranking-compared-event-without-a-day",  # guard: no day of its own, no event
     "The attack was the deadliest in Mali this year, surpassing a raid on Tessit in which 40 soldiers died.", None),
    # a date-first dateline is the filing date, not the event's
    ("date-first-dateline",
     "March 11, 2024 (WAD MADANI) – At least 124 people were killed on Saturday when RSF fighters stormed the "
     "village of Al-Sireha in Gezira state, Sudan.",
     Want("Attack", "Rapid Support Forces", "Civilians (Sudan)", "Al-Sireha", 124, SATURDAY)),
    # a raid that only takes someone into custody is an arrest
    ("detained-in-a-dawn-raid",
     "Police detained the mayor in a dawn raid on his home in Istanbul, Turkey, on Sunday.",
     Want("Arrests", "Police Forces of Turkey", None, "Istanbul", 0, SUNDAY)),
    # a weapon's or a hotel's name is no place
    ("weapon-name-is-no-place",
     "Dozens of Tomahawk missiles hit Shayrat airfield in Homs province, Syria, on Sunday.",
     Want("Shelling/artillery/missile attack", None, None, "Shayrat", None, SUNDAY)),
    # "used to" makes a habit only of the verb after it: the strike before it stands
    ("used-to-after-the-act",
     "Warplanes hit a depot in Idlib city used to store rockets and shells.",
     Want("Air/drone strike", None, None, "Idlib", None, PUBLISHED)),
    ("used-to-before-the-act",  # guard: unchanged behaviour
     "Militants used to attack the village of Tessit.", None),
    # a statement date opening the sentence is no attribution to cut: the toll after "said" stands
    ("statement-day-then-the-toll",
     "On Sunday, the defence ministry said 64 insurgents had been killed in air strikes in the past 24 hours.",
     Want("Air/drone strike", None, None, "-", 64)),
    ("trailing-attribution-with-a-day",  # guard: unchanged behaviour
     "Gunmen killed five people in Bama, police said on Sunday.",
     Want("Attack", None, None, "Bama", 5)),
    # drones fired at a place were launched at it; their owner struck
    ("drones-fired-at-a-terminal",
     "On Sunday, two Houthi drones were fired at the oil terminal in Rudum district of Shabwa province.",
     Want("Air/drone strike", "Houthis", None, "Rudum", None, SUNDAY)),
    ("helicopter-fired-at",  # a military helicopter fired at was shot at: whoever fired fought it
     "Gunmen fired at a military helicopter near Mopti on Sunday, killing the pilot.",
     Want("Armed clash", None, None, "Mopti", 1, SUNDAY)),
    # fail on d1d71bc: a fighter captured somewhere is a person taken, not the town
    ("fighter-captured-in",
     "Rebels said on Sunday that he was a Hezbollah fighter captured in Damascus.",
     Want("Abduction/forced disappearance", place="Damascus")),
    # fail on d1d71bc: where raiders crossed to and struck; a fight that died down was told already;
    # a town's market places the act in the town
    ("crossed-into-and-burned",
     "On Sunday, armed youth from a neighbouring county crossed into Tonj East and set fire to houses.",
     Want("Looting/property destruction", place="Tonj East", date=SUNDAY)),
    ("after-the-fighting-died-down",
     "After the fighting died down on Sunday, gunmen looted shops in Melut.",
     Want("Looting/property destruction", place="Melut", date=SUNDAY)),
    ("market-of-town",
     "On Sunday, gunmen looted shops in the town market of Melut.",
     Want("Looting/property destruction", place="Melut", date=SUNDAY)),
    ("towns-main-market",
     "On Sunday, gunmen looted shops in Melut's main market.",
     Want("Looting/property destruction", place="Melut", date=SUNDAY)),
    ("looted-after-the-fighting-died-down",
     "Residents said that on Sunday, after the fighting died down, government soldiers looted shops in Melut.",
     Want("Looting/property destruction", actor2="Civilians", place="Melut", date=SUNDAY)),
    # fail on d1d71bc: a crowd blocking a road protests; the families of hostages are no kidnapping
    ("committees-blocked-roads",
     "On Sunday, resistance committees in Khartoum North blocked main roads with stones and tree trunks.",
     Want("Peaceful protest", place="Khartoum North", date=SUNDAY)),
    ("relatives-blocked-airport-road",
     "On Sunday, relatives blocked the airport road in Beirut with burning tires.",
     Want("Peaceful protest", place="Beirut", date=SUNDAY)),
    ("relatives-of-hostages-smashed-windows",
     "On Sunday, relatives of the hostages smashed the windows of six shops in Beirut.",
     Want("Mob violence", place="Beirut", date=SUNDAY)),
    # residents who tell of armed men blocking a road protest nothing (also wrong on d1d71bc)
    ("residents-said-gunmen-blocked", "Residents said gunmen blocked the main road in Beirut on Sunday.", NO),
    # guard: a fight that ended with its toll is the fight
    ("the-fighting-ended",
     "The fighting in Melut ended on Sunday with twenty dead.",
     Want("Armed clash", place="Melut", fatalities=20, date=SUNDAY)),
    # fails on d1d71bc: a person told by a pronoun, seized, is taken, not a town
    ("he-was-seized",
     "He was seized by soldiers at a house in Yangon's Dagon Township in the early hours of Sunday.",
     Want("Abduction/forced disappearance", place="Dagon", date=SUNDAY)),
    # guard: a town captured is territory
    ("town-captured-by",
     "The town of Mopti, captured by the rebels on Sunday, lies on the river.",
     Want("Non-state actor overtakes territory", place="Mopti", date=SUNDAY)),
]

# Mini-articles: several sentences, context carried between them.
ARTICLES: list[tuple[str, str, list[Want]]] = [
    ("art-kill-and-loot-next-sentence",
     "Bandits attacked Tungar Kwana village in Katsina State, Nigeria, on Sunday.\n"
     "They killed eight villagers and looted food stores.",
     [Want("Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", "Tungar Kwana", 8, SUNDAY)]),
    ("art-repeated-capture",
     "Rebels seize key town of Bunagana\n"
     "M23 rebels captured Bunagana in North Kivu province on Sunday after heavy fighting with the army.\n"
     "The fall of Bunagana, on the border with Uganda, is a major blow to the government in DR Congo.\n"
     "Residents said the rebels had taken the town by Sunday evening.",
     [Want("Non-state actor overtakes territory", "M23", None, "Bunagana", None, SUNDAY)]),
    ("art-anaphoric-district",
     "Fighting raged in Ghazni province on Saturday.\n"
     "Taliban fighters captured the district of Andar in Ghazni province on Saturday.\n"
     "Officials said the district headquarters fell after the police ran out of ammunition.",
     [Want("Non-state actor overtakes territory", "Taliban", None, "Andar", None, SATURDAY)]),
    ("art-continuation-date",
     "Jihadists attacked an army post in Tessit in northern Mali on Saturday.\n"
     "The attack killed 18 soldiers, officials said in a statement on Monday.",
     [Want("Armed clash", None, "Military Forces of Mali", "Tessit", 18, SATURDAY)]),
    ("art-list-continuation",
     "Insurgents captured four districts in the past 24 hours, officials said on Monday.\n"
     "These were one district in Kunar province, two in Nangarhar and one in Laghman.",
     [Want("Non-state actor overtakes territory", None, None, None, None, None, count=3)]),
    ("art-background-and-new",
     "In 2019, Islamic State fighters killed 40 people in Baghuz in Syria.\n"
     "On Sunday, Syrian Democratic Forces fighters clashed with Islamic State near Baghuz, killing seven militants.",
     [Want("Armed clash", "Syrian Democratic Forces", "Islamic State", "Baghuz", 7, SUNDAY)]),
    ("art-two-events",
     "Russian forces shelled Kharkiv on Sunday, killing three civilians.\n"
     "Separately, Ukrainian troops recaptured the village of Krynky in Kherson region on Sunday.",
     [Want("Shelling/artillery/missile attack", "Military Forces of Russia", None, "Kharkiv", 3, SUNDAY),
      Want("Government regains territory", "Military Forces of Ukraine", None, "Krynky", None, SUNDAY)]),
    ("art-overran-then-fled",
     "Jihadists overran an army base in Lere, Mali, on Sunday, and more than 100 soldiers crossed the border into Mauritania.",
     [Want("Non-state actor overtakes territory", None, "Military Forces of Mali", "Lere", None, SUNDAY),
      Want("Other", "Military Forces of Mali", "", "Lere", None, SUNDAY)]),
    ("art-elaboration-adds-toll",
     "M23 rebels seized the town of Sake in North Kivu, DR Congo, on Wednesday after heavy fighting with the army.\n"
     "At least 15 civilians were killed in the fighting, according to a hospital in Goma.",
     [Want("Non-state actor overtakes territory", "M23", None, "Sake", 15, dt.date(2024, 3, 6))]),
    ("art-elaboration-keeps-first-toll",
     "Al-Shabaab militants stormed a hotel in Mogadishu, Somalia, late Saturday, killing at least 20 people, police said.\n"
     "The attack began with a suicide car bomb at the gate, followed by gunmen who took hostages inside.\n"
     "Security forces ended the siege after 30 hours, killing the six attackers.",
     # an assault opened by a suicide bomber is a suicide bombing; the first toll stays
     [Want("Suicide bomb", "Al Shabaab", "Civilians (Somalia)", "Mogadishu", 20, SATURDAY)]),
    ("art-villages-listed",
     "Gunmen stormed the villages of Kurya, Kairu and Yargaladima in Zamfara State, Nigeria, on Saturday night, shooting residents.",
     [Want("Attack", None, "Civilians (Nigeria)", None, None, SATURDAY, count=3)]),
    ("art-dateline-is-not-the-event-date",
     "ADDIS ABABA, Mar 9 (Reuters) - A drone strike killed 30 people at a bus station in Finote Selam in Ethiopia's Amhara region on Sunday.",
     [Want("Air/drone strike", "Military Forces of Ethiopia", None, "Finote Selam", None, SUNDAY)]),
    ("art-background-past-perfect",
     "The rebels had captured Kitshanga in North Kivu, DR Congo, in February and have since advanced on Goma.",
     []),
    ("art-listed-places-one-toll",
     "Russian forces shelled Kharkiv and Izium in Ukraine on Sunday, killing five civilians.",
     [Want("Shelling/artillery/missile attack", "Military Forces of Russia", "Civilians (Ukraine)", "Kharkiv", 5, SUNDAY),
      Want("Shelling/artillery/missile attack", "Military Forces of Russia", "Civilians (Ukraine)", "Izium", 0, SUNDAY)]),
    ("art-unplaced-follow-up-is-the-same-story",
     "Militants attacked a military checkpoint in North Waziristan, Pakistan, on Saturday, killing seven soldiers, the army said.\n"
     "Troops returned fire, killing four attackers, the army's media wing said in a statement.",
     [Want("Armed clash", None, "Military Forces of Pakistan", "North Waziristan", 7, SATURDAY)]),
    ("art-group-named-later-is-another-story",
     "Gunmen killed eight farmers in Bukkuyum, Zamfara State, Nigeria, on Saturday.\n"
     "Police said the attackers fled into the forest.\n"
     "The village head appealed for more patrols.\n"
     "ISWAP fighters attacked a military base in Monguno, Borno State, on Sunday, killing two soldiers.",
     [Want("Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", "Bukkuyum", 8, SATURDAY),
      Want("Armed clash", "ISWAP", "Military Forces of Nigeria", "Monguno", 2, SUNDAY)]),
    ("art-one-of-the-strikes-is-detail",
     "Air strikes hit rebel areas of Sanaa, Yemen, on Saturday, killing 12 people.\n"
     "One of the strikes hit a wedding hall, killing a bride and her mother.",
     [Want("Air/drone strike", None, None, "Sanaa", 12, SATURDAY)]),
    ("art-bare-toll-is-detail",
     "Rebels shelled a market in Goma, DR Congo, on Sunday, killing six people.\n"
     "Nine others were killed elsewhere in the city, officials said.",
     [Want("Shelling/artillery/missile attack", None, None, "Goma", None, SUNDAY)]),
    ("art-same-toll-retold",
     "Soldiers opened fire on protesters in Lagos, Nigeria, on Saturday, killing four people.\n"
     "Hospital staff said four people had been shot dead in Lagos and dozens were wounded.",
     [Want("Excessive force against protesters", "Protesters (Nigeria)", None, "Lagos", 4, SATURDAY)]),
    ("art-cross-border-context",
     "More than 200 soldiers from Myanmar crossed from Rakhine State into Bangladesh as Arakan Army fighters advanced.\n"
     "The soldiers crossed at about 5 p.m. on Saturday, Bangladesh border guards said.",
     [Want("Other", "Military Forces of Myanmar", "", "Rakhine", None, SATURDAY)]),
    ("art-tear-gas-shells-are-not-shelling",
     "A crowd burned tyres and attacked a police station in Kano, Nigeria, on Sunday.\n"
     "Officers fired tear gas shells and teargas canisters to break up the crowd.",
     [Want("Violent demonstration", None, None, "Kano", None, SUNDAY)]),
    ("art-street-takes-the-town-before",
     "Thousands of opposition supporters rallied in Yerevan, Armenia, on Sunday.\n"
     "Some of them blocked traffic and smashed windows on Baghramyan Avenue, police said.",
     # smashed windows: demonstrators who destroy property riot (session 19)
     [Want("Violent demonstration", "Rioters (Armenia)", None, "Yerevan", None, SUNDAY)]),
    ("art-pluperfect-relative-is-background",
     "On Sunday, Malian troops backed by Russian mercenaries retook the town of Lere from jihadists, who had seized it in January.",
     [Want("Government regains territory", "Military Forces of Mali", None, "Lere", None, SUNDAY)]),
    ("art-occupied-territory-is-not-a-capture",
     "HEBRON, Occupied West Bank - Israeli troops shot dead two Palestinian gunmen in Hebron on Sunday, the army said.",
     [Want("Armed clash", "Military Forces of Israel", None, "Hebron", 2, SUNDAY)]),
    # a recent cited event is an event of its own (codebook rule 5 only drops the older than 30 days),
    # dated by its offset, with its own toll; the citing event keeps its toll
    # two clauses at two places: the toll is the one of the clause that tells the killing
    ("art-two-clauses-two-places-one-toll",
     "Protesters stormed and set fire to the consulate in Najaf, Iraq, late Saturday, and on Sunday security "
     "forces opened fire on demonstrators in Nasiriyah, killing at least 25 people.",
     [Want("Violent demonstration", None, None, "Najaf", 0, SATURDAY),
      # (its day is not checked: "and on Sunday" after the comma is still read as Saturday, a known gap)
      Want("Excessive force against protesters", None, None, "Nasiriyah", 25)]),
    ("art-raid-with-toll-and-shelling-in-one-sentence",
     "On Sunday, RSF fighters raided the town of Tamboul, Sudan, killing 11 civilians, and shelled the town of Rufaa.",
     [Want("Attack", "Rapid Support Forces", "Civilians (Sudan)", "Tamboul", 11, SUNDAY),
      Want("Shelling/artillery/missile attack", "Rapid Support Forces", None, "Rufaa", 0, SUNDAY)]),
    ("art-on-the-same-day-after-quotes",
     "Jihadists clashed with soldiers in Djibo, Burkina Faso, on Saturday, killing 30 of them.\n"
     "\"The toll is heavy,\" a security source said.\n"
     "A local official put the toll at between 30 and 50.\n"
     "On the same day, the jihadists also attacked a military post in Solle.",
     [Want("Armed clash", None, None, "Djibo", 30, SATURDAY),
      Want("Armed clash", None, None, "Solle", None, SATURDAY)]),
    ("art-cited-event-keeps-own-toll",
     "Troops shelled rebel positions in Idlib, Syria, on Sunday, killing six fighters, "
     "two days after a bombing in Azaz killed 40 people.",
     [Want("Shelling/artillery/missile attack", None, None, "Idlib", 6, SUNDAY),
      Want("Remote explosive/landmine/IED", None, None, "Azaz", 40, SUNDAY - dt.timedelta(days=2))]),
    ("art-undatable-cited-event-is-not-one",
     "Troops shelled rebel positions in Idlib, Syria, on Sunday, killing six fighters, "
     "days after a bombing in Azaz killed 40 people.",
     [Want("Shelling/artillery/missile attack", None, None, "Idlib", 6, SUNDAY)]),
    ("art-foreign-force-does-not-fight-itself",
     "Israeli soldiers exchanged fire for hours in Qabatiya in the occupied West Bank on Sunday, and two soldiers were wounded, the army said.",
     [Want("Armed clash", "Military Forces of Israel", "Unidentified Armed Group (Palestinian Territory)", "Qabatiya", None, SUNDAY)]),
    ("art-group-initials-are-not-a-place",
     "A soldier was killed when his convoy was ambushed near Kidal, Mali, on Sunday.\n"
     "The convoy was attacked by fighters from the Coordination of Azawad Movements (CMA), the army said.",
     [Want("Armed clash", None, "Military Forces of Mali", "Kidal", None, SUNDAY)]),
    ("art-suicide-bomber-opened-the-assault",
     "Al-Shabaab fighters attacked an army base in Jowhar, Somalia, on Sunday, killing seven soldiers.\n"
     "A suicide bomber drove a truck packed with explosives into the gate of the base in Jowhar on Sunday.",
     [Want("Suicide bomb", "Al Shabaab", "Military Forces of Somalia", "Jowhar", 7, SUNDAY)]),
    ("art-suicide-bomber-in-the-detail",
     "Militants attacked a police post in Bannu, Pakistan, on Sunday, killing five policemen.\n"
     "The assault began when a suicide bomber rammed a car into the gate.",
     [Want("Suicide bomb", "Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan", "Bannu", 5, SUNDAY)]),
    # a cited event with its own day ("during Friday prayers") is dated by that day
    ("art-cited-event-with-its-own-day",
     "Soldiers shelled rebel positions in Idlib, Syria, on Sunday, killing six fighters, "
     "days after a blast hit a mosque in Azaz during Friday prayers, killing 18 people.",
     # the toll after the citation is the cited event's, not the shelling's
     [Want("Shelling/artillery/missile attack", None, None, "Idlib", 6, SUNDAY),
      Want("Remote explosive/landmine/IED", None, None, "Azaz", 18, dt.date(2024, 3, 8))]),
    # bare "troops" in a story that never names the home army are the occupier's
    ("art-bare-troops-are-the-occupier-s",
     "Israeli troops raided Tammun in the West Bank on Sunday, Israeli soldiers said.\n"
     "Troops arrested a Hamas commander in Tammun on Sunday.",
     [Want("Attack", "Military Forces of Israel", "Civilians (Palestinian Territory)", "Tammun", None, SUNDAY),
      Want("Arrests", "Military Forces of Israel", None, "Tammun", None, SUNDAY)]),
    # foreign troops beside the state in a story with jihadists are not the default attacker
    ("art-foreign-allies-are-not-the-attacker",
     "French troops and Malian soldiers patrolled near Menaka, Mali, on Saturday after jihadists were seen nearby.\n"
     "A mortar shell hit the camp in Menaka on Sunday, killing two soldiers.",
     [Want("Shelling/artillery/missile attack", "Unidentified Armed Group (Mali)", "Military Forces of Mali", "Menaka", 2, SUNDAY)]),
    # a strike partly intercepted is one strike, not a strike and a foiled one
    ("art-interception-is-part-of-the-strike",
     "Israeli missiles struck Damascus, Syria, on Sunday, killing three people. "
     "Syrian air defences intercepted most of the missiles over Damascus on Sunday.",
     [Want("Shelling/artillery/missile attack", "Military Forces of Israel", "Civilians (Syria)", "Damascus", 3, SUNDAY)]),
    # one crowd event per place and day, graded by the worst that happened
    ("art-crowd-events-graded-and-merged",
     "Thousands protested in Dhaka, Bangladesh, on Sunday. Police fired tear gas at the protesters in Dhaka on Sunday. "
     "Protesters torched a bus in Dhaka on Sunday.",
     [Want("Violent demonstration", None, None, "Dhaka", None, SUNDAY)]),
    # --- the story's attacker, weapon and date for what a sentence leaves out -------------------
    # name-calling inside a quotation is no armed group of the story: the foreign army stays the attacker
    ("art-quoted-name-calling-is-no-armed-group",
     "Russian forces pounded Ukrainian cities on Sunday.\n"
     "\"Our city is being hit by terrorists,\" the mayor of Odesa said.\n"
     "Missiles struck Odesa on Sunday, killing four people.",
     [Want("Shelling/artillery/missile attack", "Military Forces of Russia", "Civilians (Ukraine)", "Odesa", 4, SUNDAY)]),
    ("art-curly-quoted-name-calling-is-no-armed-group",
     "Russian forces pounded Ukrainian cities on Sunday.\n"
     "“Kherson is being shelled by terrorists,” the regional governor said.\n"
     "Missiles struck Kherson on Sunday, killing two people.",
     [Want("Shelling/artillery/missile attack", "Military Forces of Russia", "Civilians (Ukraine)", "Kherson", 2, SUNDAY)]),
    # explosions told without their weapon take the weapon of the day's named strikes
    ("art-explosions-take-the-day-s-weapon",
     "Russian missiles struck Kharkiv, Ukraine, on Sunday, killing two people.\n"
     "Several explosions hit power plants in Lutsk on Sunday, the governor said.",
     [Want("Shelling/artillery/missile attack", "Military Forces of Russia", "Civilians (Ukraine)", "Kharkiv", 2, SUNDAY),
      Want("Shelling/artillery/missile attack", "Military Forces of Russia", "", "Lutsk", None, SUNDAY)]),
    ("art-strikes-hit-take-the-day-s-weapon",
     "Russian missiles pounded Kyiv, Ukraine, on Sunday.\n"
     "In Rivne, strikes hit a substation on Sunday, the governor said.",
     [Want("Shelling/artillery/missile attack", "Military Forces of Russia", None, "Kyiv", None, SUNDAY),
      Want("Shelling/artillery/missile attack", "Military Forces of Russia", None, "Rivne", None, SUNDAY)]),
    # guard (passes on the old rules too): a blast of another day keeps its own type
    ("art-explosion-of-another-day-stays-ied",
     "Russian missiles struck Kharkiv, Ukraine, on Sunday, killing two people.\n"
     "An explosion hit a power plant in Lutsk on Saturday, the governor said.",
     [Want("Shelling/artillery/missile attack", "Military Forces of Russia", None, "Kharkiv", 2, SUNDAY),
      Want("Remote explosive/landmine/IED", None, None, "Lutsk", None, SATURDAY)]),
    # an unattributed strike is by the one attacker the story's strikes of that kind name
    ("art-unnamed-drones-are-the-named-attacker-s",
     "Turkish drones struck Kurdish militants near Qamishli in Syria on Sunday.\n"
     "In Derik, drones hit a power station on Sunday, killing three workers.",
     [Want("Air/drone strike", "Military Forces of Turkey", None, None, None, SUNDAY),
      Want("Air/drone strike", "Military Forces of Turkey", "Civilians (Syria)", "Derik", 3, SUNDAY)]),
    ("art-unnamed-shells-are-the-named-attacker-s",
     "Turkish artillery shelled Tal Rifaat in Syria on Sunday, where Kurdish fighters are based.\n"
     "In Manbij, shells struck a school on Sunday, killing a teacher.",
     [Want("Shelling/artillery/missile attack", "Military Forces of Turkey", None, "Tal Rifaat", None, SUNDAY),
      Want("Shelling/artillery/missile attack", "Military Forces of Turkey", "Civilians (Syria)", "Manbij", 1, SUNDAY)]),
    # "the group which Turkey holds responsible for a bombing last week": the bombing is last week's
    ("art-subordinate-clause-keeps-its-own-date",
     "Turkish warplanes bombed PKK militants in Qandil, Iraq, on Sunday, the group which Turkey holds responsible for a bombing in Ankara last week.",
     [Want("Air/drone strike", "Military Forces of Turkey", "PKK", "Qandil", None, SUNDAY),
      Want("Remote explosive/landmine/IED", "PKK", None, "Ankara", None, SUNDAY,
           date_start=dt.date(2024, 3, 4), precision=2)]),
    # a flashback in the past perfect does not become the running date
    ("art-flashback-is-not-the-running-date",
     "Troops clashed with M23 rebels near Sake in North Kivu, DR Congo, on Sunday. "
     "The rebels had captured Rubaya on Wednesday. Shells also landed in Minova, killing two people.",
     [Want("Armed clash", "Military Forces of the Democratic Republic of the Congo", "M23", "Sake", None, SUNDAY),
      Want("Non-state actor overtakes territory", "M23", None, "Rubaya", None, WEDNESDAY),
      Want("Shelling/artillery/missile attack", "M23", None, "Minova", 2, SUNDAY)]),
    # --- merging within an article --------------------------------------------------------------
    # the detail with a suicide car bomb makes the siege the attackers' suicide bombing, dated at its start
    ("art-siege-begun-by-a-suicide-car-bomb",
     "Somali forces ended the siege of a hotel in Kismayo on Sunday after killing the gunmen, officials said.\n"
     "The assault started on Friday when a suicide bomber drove an explosives-laden truck into the gate.",
     [Want("Suicide bomb", "Unidentified Armed Group (Somalia)", "", "Kismayo", None, dt.date(2024, 3, 8))]),
    ("art-hours-later-is-another-strike",
     "A Russian drone struck a market in Kherson, Ukraine, on Sunday, killing three people.\n"
     "Hours later, a drone hit a bus stop in Kherson, killing two people.",
     [Want("Air/drone strike", "Military Forces of Russia", None, "Kherson", 3, SUNDAY),
      Want("Air/drone strike", "Military Forces of Russia", None, "Kherson", 2)]),
    ("art-separate-incident-is-another-attack",
     "Gunmen killed four farmers in Bukkuyum, Zamfara State, Nigeria, on Sunday.\n"
     "In a separate incident, gunmen killed two traders in Bukkuyum on Sunday.",
     [Want("Attack", None, "Civilians (Nigeria)", "Bukkuyum", 4, SUNDAY),
      Want("Attack", None, "Civilians (Nigeria)", "Bukkuyum", 2, SUNDAY)]),
    ("art-back-reference-names-the-weapon",
     "At least 15 people were killed when several explosions struck a rail depot in Zaporizhzhia, Ukraine, on Sunday.\n"
     "Ukrainian officials blamed the attack on Russia, saying it was carried out with ballistic missiles.",
     [Want("Shelling/artillery/missile attack", None, "Civilians (Ukraine)", "Zaporizhzhia", 15, SUNDAY)]),
    ("art-houses-burned-in-the-raid-are-the-raid",
     "Gunmen attacked Maikori village in Kaduna State, Nigeria, on Sunday, killing 11 people.\n"
     "The gunmen set several homes on fire in Maikori on Sunday, residents said.",
     [Want("Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", "Maikori", 11, SUNDAY)]),
    ("art-drone-shot-down-in-the-repelled-attack",
     "Soldiers repelled an RSF attack on Babanusa in West Kordofan, Sudan, on Sunday.\n"
     "The army also shot down an RSF drone over Babanusa on Sunday.",
     [Want("Armed clash", "Rapid Support Forces", "Military Forces of Sudan", "Babanusa", None, SUNDAY)]),
    ("art-overall-toll-is-no-one-strike-s",
     "Russian missiles struck Kharkiv, Ukraine, on Sunday, killing five people.\n"
     "Drones also hit Odesa on Sunday.\n"
     "In total, 12 people died in the strikes, officials said.",
     [Want("Shelling/artillery/missile attack", "Military Forces of Russia", None, "Kharkiv", 5, SUNDAY),
      Want("Air/drone strike", "Military Forces of Russia", None, "Odesa", 0, SUNDAY)]),
    ("art-detail-toll-does-not-replace-the-event-s",
     "Militants attacked a police post in Bannu, Pakistan, on Sunday.\n"
     "All four assailants were killed, the police said.\n"
     "Nine policemen were killed when the militants stormed the post in Bannu on Sunday, officials said.",
     [Want("Armed clash", "Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan", "Bannu", 9, SUNDAY)]),
    # --- actors and places the article told before ---------------------------------------------
    ("art-groups-named-once-each-are-not-the-jihadis",
     "Fighters allied with al-Qaida and with the Islamic State roam the area around Menaka, Mali.\n"
     "Jihadis killed 14 villagers in Menaka on Sunday.",
     [Want("Attack", "Unidentified Armed Group (Mali)", "Civilians (Mali)", "Menaka", 14, SUNDAY)]),
    ("art-suspected-jihadis-are-not-the-groups-named-once",
     "Both JNIM and the Islamic State Sahel Province operate near Menaka.\n"
     "Suspected jihadis killed 14 villagers in Menaka, Mali, on Sunday.",
     [Want("Attack", "Unidentified Armed Group (Mali)", "Civilians (Mali)", "Menaka", 14, SUNDAY)]),
    ("art-place-placed-once-keeps-its-parent",
     "Bandits attacked Kurfi, in Tsafe district of Zamfara, Nigeria, on Saturday, killing four people.\n"
     "On Sunday, gunmen abducted 12 farmers in Kurfi.",
     [Want("Attack", None, None, "Kurfi", 4, SATURDAY, parent="Tsafe, Zamfara"),
      Want("Abduction/forced disappearance", None, None, "Kurfi", None, SUNDAY, parent="Tsafe, Zamfara")]),
    # a long title after the site name and menu is the headline, not another event
    ("art-long-title-under-the-menu-is-a-headline",
     "Daily Sahel Monitor\nHome News Politics Security\n"
     "Jihadists kill dozens of soldiers in attack on army base in northern Burkina Faso as insurgency spreads across the region\n"
     "Jihadists attacked an army base in Djibo, Burkina Faso, on Sunday, killing 20 soldiers.",
     [Want("Armed clash", None, "Military Forces of Burkina Faso", "Djibo", 20, SUNDAY)]),
    # --- b3bd257: claims, retold subjects, dates counted from the story, merges ---------------------
    ("art-claim-by-a-prefixed-group-names-the-attackers",
     "Nine soldiers were killed when gunmen attacked an army post in Tillaberi, Niger, on Sunday. "
     "Jaish al-Sahra claimed responsibility for the attack.",
     [Want("Armed clash", "Jaish al-Sahra", "Military Forces of Niger", "Tillaberi", 9, SUNDAY)]),
    ("art-claim-of-a-massacre",
     "Gunmen killed 12 villagers in Bunia, Ituri province, DR Congo, on Sunday. The Ansar Kivu group claimed the attack on Monday.",
     [Want("Attack", "Ansar Kivu", "Civilians (Democratic Republic of the Congo)", "Bunia", 12, SUNDAY)]),
    ("art-claim-of-a-bombing",
     "A roadside bomb killed four policemen in Kirkuk, Iraq, on Sunday. Kataib Sabereen claimed responsibility for the bombing.",
     [Want("Remote explosive/landmine/IED", "Kataib Sabereen", "Police Forces of Iraq", "Kirkuk", 4, SUNDAY)]),
    ("art-claimed-that-attack",
     "Militants attacked a police station in Turbat, Balochistan, Pakistan, on Sunday, killing six policemen. "
     "Tehrik-e-Azadi Makran claimed that attack.",
     [Want("Armed clash", "Tehrik-e-Azadi Makran", "Police Forces of Pakistan", "Turbat", 6, SUNDAY)]),
    ("art-the-bomber-retold-elsewhere-is-the-bombing",
     "A suicide bomber killed 14 people at a wedding in Beledweyne, Somalia, on Sunday. "
     "The bomber blew himself up near the gate of a hotel in Kalabeyr, on the outskirts of the town.",
     [Want("Suicide bomb", None, "Civilians (Somalia)", "Beledweyne", 14, SUNDAY)]),
    ("art-the-strike-retold-elsewhere-is-the-strike",
     "A Russian missile strike killed six people in Sumy, Ukraine, on Sunday. "
     "The strike on Sunday flattened a school in Romny, officials said.",
     [Want("Shelling/artillery/missile attack", "Military Forces of Russia", "Civilians (Ukraine)", "Sumy", 6, SUNDAY)]),
    ("art-the-next-day-counts-from-the-story",
     "Gunmen killed eight people in Maru, Zamfara State, Nigeria, on Wednesday. The next day, bandits abducted 20 farmers in Maru.",
     [Want("Attack", None, "Civilians (Nigeria)", "Maru", 8, WEDNESDAY),
      Want("Abduction/forced disappearance", None, None, "Maru", None, dt.date(2024, 3, 7))]),
    ("art-the-following-day-in-a-new-paragraph",
     "Gunmen killed eight people in Maru, Zamfara State, Nigeria, on Wednesday.\n"
     "The following day, bandits abducted 20 farmers in Maru.",
     [Want("Attack", None, "Civilians (Nigeria)", "Maru", 8, WEDNESDAY),
      Want("Abduction/forced disappearance", None, None, "Maru", None, dt.date(2024, 3, 7))]),
    ("art-a-day-later",
     "Russian drones hit Odesa, Ukraine, on Wednesday, killing two people. A day later, missiles struck Mykolaiv, killing three people.",
     [Want("Air/drone strike", "Military Forces of Russia", None, "Odesa", 2, WEDNESDAY),
      Want("Shelling/artillery/missile attack", "Military Forces of Russia", None, "Mykolaiv", 3, dt.date(2024, 3, 7))]),
    ("art-two-days-later",
     "Al-Shabaab fighters attacked a base in Balad, Somalia, on Wednesday. Two days later, a car bomb exploded in Jowhar, killing five people.",
     [Want("Armed clash", "Al Shabaab", None, "Balad", None, WEDNESDAY),
      Want("Remote explosive/landmine/IED", None, None, "Jowhar", 5, dt.date(2024, 3, 8))]),
    ("art-on-the-same-day-in-a-new-paragraph",
     "Jihadists attacked a checkpoint in Dori, Burkina Faso, on Wednesday, killing four soldiers.\n"
     "On the same day, an explosive device killed two civilians in Gorom-Gorom.",
     [Want("Armed clash", None, "Military Forces of Burkina Faso", "Dori", 4, WEDNESDAY),
      Want("Remote explosive/landmine/IED", None, "Civilians (Burkina Faso)", "Gorom-Gorom", 2, WEDNESDAY)]),
    ("art-at-about-the-same-time-in-a-new-paragraph",
     "Israeli jets struck a house in Khan Younis, Gaza, on Wednesday, killing three people.\n"
     "A spokesman vowed a response.\n"
     "At about the same time, a drone hit a car in Rafah, killing two men.",
     [Want("Air/drone strike", None, None, "Khan Younis", 3, WEDNESDAY),
      Want("Air/drone strike", None, None, "Rafah", 2, WEDNESDAY)]),
    ("art-hours-later-in-a-new-paragraph",
     "Gunmen attacked a police post in Dera Ismail Khan, Pakistan, on Wednesday, killing two policemen.\n"
     "Hours later, a roadside bomb struck a police van in Tank, killing one officer.",
     [Want("Armed clash", None, "Police Forces of Pakistan", "Dera Ismail Khan", 2, WEDNESDAY),
      Want("Remote explosive/landmine/IED", None, "Police Forces of Pakistan", "Tank", 1, WEDNESDAY)]),
    # the bomber's vehicle told again as an explosives-laden one: one suicide bombing, not a second IED
    ("art-suicide-bomber-and-explosives-laden-vehicle",
     "A suicide car bomber struck a checkpoint in Jalalabad, Afghanistan, on Wednesday, killing 12 people.\n"
     "A spokesman said the bomber detonated an explosives-laden vehicle in Jalalabad as traffic was stopped at the checkpoint.",
     [Want("Suicide bomb", None, None, "Jalalabad", 12, WEDNESDAY)]),
    ("art-the-same-day-is-not-the-day-it-was-said",
     "Jihadists attacked a checkpoint in Dori, Burkina Faso, on Wednesday, killing four soldiers. "
     "The same day, gunmen killed two civilians in Gorom-Gorom, residents said on Sunday.",
     [Want("Armed clash", None, "Military Forces of Burkina Faso", "Dori", 4, WEDNESDAY),
      Want("Attack", None, "Civilians (Burkina Faso)", "Gorom-Gorom", 2, WEDNESDAY)]),
    ("art-the-crowd-taking-over-a-palace-is-no-capture",
     "Thousands of protesters marched on the presidential palace in Colombo, Sri Lanka, on Sunday. "
     "The crowd took over the palace and the prime minister's office.",
     [Want("Peaceful protest", "Protesters (Sri Lanka)", None, "Colombo", None, SUNDAY)]),
    ("art-houses-set-on-fire-by-no-one-are-the-attack",
     "Gunmen killed nine people in Bokkos, Plateau State, Nigeria, on Sunday. Houses were set on fire in Bokkos.",
     [Want("Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", "Bokkos", 9, SUNDAY)]),
    ("art-a-junta-raid-with-arrests-is-the-arrests",
     "Myanmar junta troops raided Kani township in Sagaing region on Sunday and arrested around 40 villagers.",
     [Want("Arrests", "Military Forces of Myanmar", "Civilians (Myanmar)", "Kani", None, SUNDAY)]),
    ("art-the-forces-and-the-attackers-dead-add-up",
     "Seven policemen were killed when gunmen stormed a police post in Mandera, Kenya, on Sunday. "
     "Three attackers were shot dead, police said.",
     [Want("Armed clash", None, "Police Forces of Kenya", "Mandera", 10, SUNDAY)]),
    ("art-sunday-s-bombing-points-back",
     "A car bomb killed ten people in Mogadishu, Somalia, on Sunday. Police arrested an al-Shabaab commander over Sunday's bombing.",
     [Want("Remote explosive/landmine/IED", None, "Civilians (Somalia)", "Mogadishu", 10, SUNDAY),
      Want("Arrests", "Police Forces of Somalia", None, "Mogadishu", None, SUNDAY)]),
    # --- 71de311 (passes on 33d8645 too; fails on 5a2ffde, before 71de311) ---------------------------
    ("art-the-attackers-fought-with-soldiers-and-police",
     "Gunmen attacked Kauru in Kaduna State, Nigeria, on Sunday. The gunmen fought with soldiers and police, residents said.",
     [Want("Armed clash", "Unidentified Armed Group (Nigeria)", "Military Forces of Nigeria", "Kauru", None, SUNDAY)]),
    # --- later rules of the same session --------------------------------------------------------------
    # "government troops" are the home army even in a story full of a foreign coalition
    ("art-government-troops-stay-the-home-army",
     "Saudi-led coalition jets flew over Taiz, Yemen, on Sunday. The Saudi-led coalition said it backed the army. "
     "Separatists clashed with government troops in Taiz on Sunday.",
     [Want("Armed clash", None, "Military Forces of Yemen", "Taiz", None, SUNDAY)]),
    # with the state's own troops in the story, a rival group is not the loser of a capture
    ("art-a-capture-from-the-state-when-the-state-fights",
     "Houthi fighters clashed with government troops near Marib, Yemen, on Saturday. "
     "Separatists of the Southern Transitional Council seized Zinjibar, Yemen, on Sunday. "
     "The Houthis said they would keep fighting. The Southern Transitional Council said the town was calm.",
     [Want("Armed clash", "Houthis", "Military Forces of Yemen", "Marib", None, SATURDAY),
      Want("Non-state actor overtakes territory", "Southern Transitional Council", "Military Forces of Yemen",
           "Zinjibar", None, SUNDAY)]),
    # "The capture leaves ...": what the capture did, not another capture
    ("art-the-capture-leaves-is-a-retelling",
     "Rebels seized Kitchanga in North Kivu, DR Congo, on Sunday. "
     "The capture leaves the army's garrison in Rutshuru cut off from Goma.",
     [Want("Non-state actor overtakes territory", None, None, "Kitchanga", None, SUNDAY)]),
    # an invading army's bare "attack" on a town is remote violence; its raids stay raids
    ("art-a-foreign-army-s-attack-on-a-town-is-a-strike",
     "Russian forces attacked Nikopol in Dnipropetrovsk Oblast, Ukraine, on Sunday, killing two civilians.",
     [Want("Shelling/artillery/missile attack", "Military Forces of Russia", "Civilians (Ukraine)", "Nikopol", 2, SUNDAY)]),
    ("art-attacked-n-times-is-a-bombardment",
     "Russian troops attacked Sumy Oblast, Ukraine, 54 times on Sunday, killing one person.",
     [Want("Shelling/artillery/missile attack", "Military Forces of Russia", None, None, 1, SUNDAY)]),
    ("art-strikes-that-killed-are-strikes",
     "Israeli strikes killed four people in Nabatieh, Lebanon, on Sunday.",
     [Want("Air/drone strike", "Military Forces of Israel", "Civilians (Lebanon)", "Nabatieh", 4, SUNDAY)]),
    ("art-guided-aerial-bombs-are-air-strikes",
     "Russian jets dropped guided aerial bombs on Kupiansk, Kharkiv Oblast, Ukraine, on Sunday.",
     [Want("Air/drone strike", "Military Forces of Russia", None, "Kupiansk", None, SUNDAY)]),
    # a foreign ministry's claim of a strike: that country's forces struck, not the home army
    ("art-a-foreign-ministry-s-strike-is-its-army-s",
     "The Russian Defence Ministry said it had struck a fuel depot in Izium, Ukraine, with drones on Sunday.",
     [Want("Air/drone strike", "Military Forces of Russia", None, "Izium", None, SUNDAY)]),
    # "in the same area" is where the story's last event was, however many quotes came since
    ("art-the-same-area-is-the-last-event-s-place",
     "Al-Shabaab fighters clashed with Somali troops near the town of Tukaraq in Sool region on Sunday, killing nine "
     "soldiers. The regional minister said the troops had inflicted heavy losses. "
     "Al-Shabaab said its fighters had repelled the aggression. "
     "\"We defended ourselves,\" an officer told reporters. "
     "Sunday's fighting was the second round in a fortnight. "
     "On Wednesday, the two sides fought for most of the day in the same area, killing 12 soldiers.",
     [Want("Armed clash", None, None, "Tukaraq", 9, SUNDAY),
      Want("Armed clash", None, None, "Tukaraq", 12, WEDNESDAY)]),
    # "About an hour later, ..." is another strike, not the one just told
    ("art-an-hour-later-is-another-strike",
     "A Russian missile hit a school in Kherson, Ukraine, on Sunday, killing three people. "
     "About an hour later, a Russian missile hit a market in Kherson, killing two people.",
     [Want("Shelling/artillery/missile attack", "Military Forces of Russia", "Civilians (Ukraine)", "Kherson", 3, SUNDAY),
      Want("Shelling/artillery/missile attack", "Military Forces of Russia", "Civilians (Ukraine)", "Kherson", 2, SUNDAY)]),
    # an invading army's fight is with the home army when the story has it in the field
    ("art-an-invader-fights-the-home-army",
     "Ukraine's army said its air defence shot down six drones over Sumy on Saturday.\n"
     "Russian forces attacked Ukrainian positions near Vovchansk in Kharkiv Oblast, Ukraine, on Sunday, "
     "and fighting continued.",
     [Want("Disrupted weapons use", None, None, "Sumy", None, SATURDAY),
      Want("Armed clash", "Military Forces of Russia", "Military Forces of Ukraine", "Vovchansk", None, SUNDAY)]),
    # "At least 15 people were killed on Sunday": the toll of the day's event just told
    ("art-a-same-day-toll-is-the-event-s",
     "Rebels clashed with soldiers in Kidal, Mali, on Sunday and took over the governor's office. "
     "At least 15 people, including civilians, were killed on Sunday, medical sources said.",
     [Want("Non-state actor overtakes territory", None, "Military Forces of Mali", "Kidal", 15, SUNDAY)]),
]


def _article(aid: str, body: str, published=PUBLISHED, status=STATUS_OK) -> CleanedArticle:
    return CleanedArticle(aid, body, None, None, None, published, "metadata", "en", status, None)


@pytest.fixture(scope="module")
def extracted(nlp):
    """All cases in one batch, keyed by case id."""
    articles = [_article(cid, text) for cid, text, _ in CASES]
    articles += [_article(aid, body) for aid, body, _ in ARTICLES]
    results = RuleExtractor(nlp).extract(articles)
    return {a.article_id: mentions for a, mentions in zip(articles, results)}


def _check(mention, want: Want) -> None:
    assert mention.sub_event_type == want.sub
    if want.actor1 is not None:
        assert mention.actor1 == want.actor1
    if want.actor2 is not None:
        assert mention.actor2 == want.actor2
    if want.place == "-":
        assert mention.location is None
    elif want.place is not None:
        assert mention.location is not None and mention.location.name == want.place
    if want.fatalities is not None:
        assert mention.fatalities == want.fatalities
    if want.date is not None:
        assert mention.event_date == want.date
    if want.parent is not None:
        assert mention.location is not None and mention.location.parent == want.parent
    if want.near is not None:
        assert mention.location is not None and mention.location.near is want.near
    if want.date_start is not None:
        assert mention.date_start == want.date_start
    if want.precision is not None:
        assert mention.time_precision == want.precision


def _extract_by_id(nlp, cases) -> dict:
    """(id, body, wants) cases extracted in one batch, keyed by id."""
    articles = [_article(cid, body) for cid, body, _ in cases]
    return {a.article_id: mentions for a, mentions in zip(articles, RuleExtractor(nlp).extract(articles))}


@pytest.fixture(scope="module")
def extracted_lists(nlp):
    """Every (id, body, wants) list of this module (stories, rankings, one per session), in one batch."""
    return _extract_by_id(nlp, [*STORY_CASES, *RANKING_CASES, *SESSION6_CASES, *SESSION12_CASES, *SESSION13_CASES,
                                *SESSION14_CASES, *SESSION15_CASES, *SESSION16_CASES, *SESSION17_CASES,
                                *SESSION18_CASES, *SESSION19_CASES, *SESSION20_CASES, *SESSION21_CASES,
                                *SESSION22_CASES, *SESSION23_CASES, *SESSION24_CASES, *SESSION25_CASES,
                                *SESSION25_SECOND_CASES, *BODIES_AND_SCENES_CASES, *FALLS_AND_TOLD_DAYS_CASES,
                                *SOUGHT_AND_STOPPED_CASES, *SESSION29_CASES, *SESSION32_CASES,
                                *SESSION33_CASES, *SESSION34_CASES, *SESSION35_CASES,
                                *SESSION36_CASES])


def _check_each(mentions, wants: list[Want]) -> None:
    """One mention per want, in order, each as wanted."""
    got = [(m.sub_event_type, m.location and m.location.name, m.location and m.location.parent, m.actor1, m.actor2,
            m.fatalities, m.event_date) for m in mentions]
    assert len(mentions) == len(wants), got
    for mention, want in zip(mentions, wants):
        _check(mention, want)


@pytest.mark.parametrize(("cid", "text", "want"), CASES, ids=[c[0] for c in CASES])
def test_sentence_case(extracted, cid, text, want):
    mentions = extracted[cid]
    if want is None:
        assert mentions == [], [(m.sub_event_type, m.location) for m in mentions]
        return
    assert len(mentions) == want.count, [(m.sub_event_type, m.location) for m in mentions]
    for mention in mentions:
        _check(mention, want)


@pytest.mark.parametrize(("aid", "body", "wants"), ARTICLES, ids=[a[0] for a in ARTICLES])
def test_article_case(extracted, aid, body, wants):
    mentions = extracted[aid]
    got = [(m.sub_event_type, m.location and m.location.name) for m in mentions]
    if len(wants) == 1 and wants[0].count > 1:
        assert len(mentions) == wants[0].count, got
        for mention in mentions:
            _check(mention, wants[0])
        return
    _check_each(mentions, wants)


def test_offsets_and_ids_are_exact(extracted):
    bodies = {cid: text for cid, text, _ in CASES} | {aid: body for aid, body, _ in ARTICLES}
    for aid, mentions in extracted.items():
        for m in mentions:
            assert bodies[aid][m.char_start:m.char_end] == m.sentence
            assert m.mention_id.startswith("m_") and len(m.mention_id) == 18
            assert 0.0 <= m.confidence <= 1.0
            assert m.event_type


def test_counted_units_keep_count(extracted):
    counts = {m.location.name: m.location.count for m in extracted["nsaot-counted-list"]}
    assert counts == {"Herat": 1, "Farah": 2, "Badghis": 3}


def test_notes_keep_the_count_of_unnamed_units(extracted):
    farah = [m for m in extracted["nsaot-counted-list"] if m.location.name == "Farah"][0]
    assert farah.notes.endswith("[2 unnamed units in Farah]")
    assert farah.notes.startswith("These were one district in Herat province")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(
    "the of killed captured in near Taliban army province district attack on Sunday 12 people "
    "protest police . , fell to rebels — “ ” ( ) Kharkiv village town said \n".split(" ")), max_size=60))
def test_any_text_gives_exact_offsets(nlp, words):
    body = " ".join(words)
    for m in extract_mentions(_article("h", body), nlp):
        assert body[m.char_start:m.char_end] == m.sentence


def test_mention_ids_are_deterministic(nlp):
    article = _article("a1", "M23 rebels seized the town of Bunagana on Sunday.")
    first = extract_mentions(article, nlp)
    second = extract_mentions(article, nlp)
    assert [m.mention_id for m in first] == [m.mention_id for m in second] != []


def test_two_events_of_one_sentence_type_and_place_get_ids_of_their_own(nlp):
    article = _article("a1b", "BAIDOA: At least nine people were killed and several shops torched on Friday as clan "
                              "fighting erupted in Baidoa's Isha area, a day after gunmen ambushed a minibus near the "
                              "same area, killing 12 people, officials said on Saturday.")
    mentions = extract_mentions(article, nlp)
    assert [(m.sub_event_type, m.fatalities) for m in mentions] == [("Attack", 9), ("Attack", 12)]
    first, second = (m.mention_id for m in mentions)
    assert second == first + "-2"


def test_only_ok_articles_yield_mentions(nlp):
    article = _article("a2", "M23 rebels seized the town of Bunagana on Sunday.", status=STATUS_NOT_ENGLISH)
    assert RuleExtractor(nlp).extract([article]) == [[]]


def test_no_publication_date_and_no_date_in_text_gives_null_date(nlp):
    article = _article("a3", "M23 rebels seized the town of Bunagana.", published=None)
    (mention,) = extract_mentions(article, nlp)
    assert mention.event_date is None and mention.time_precision == 3


def test_country_hint_is_the_article_country(nlp):
    article = _article("a4", "JNIM militants killed 30 civilians in Barsalogho, Burkina Faso, on Saturday.")
    (mention,) = extract_mentions(article, nlp)
    assert mention.country_hint == "BF"


BURMA_STORY = ("Arakan Army fighters seized a junta outpost in Paletwa on Sunday, a resident said.\n"
               "Fighting also raged near Buthidaung and in Maungdaw, and thousands fled towards Bangladesh. "
               "Bangladesh closed its border crossings.")


def test_places_tied_to_one_country_decide_the_article_country(nlp):
    where = {"Paletwa": "MM", "Buthidaung": "MM", "Maungdaw": "MM"}.get
    (with_places,) = extract_mentions(_article("a5", BURMA_STORY), nlp, where)
    assert (with_places.sub_event_type, with_places.location.name) == ("Non-state actor overtakes territory", "Paletwa")
    assert (with_places.country_hint, with_places.other_countries) == ("MM", ("BD",))
    assert with_places.actor2 == "Military Forces of Myanmar"
    (names_only,) = extract_mentions(_article("a5", BURMA_STORY), nlp)
    assert names_only.country_hint == "BD"  # named twice, the neighbour wins without the gazetteer


def test_mentions_carry_the_story_s_other_places_for_geocoding(nlp):
    article = _article("a6", "Gunmen stormed the Central Prison in Tripoli, Lebanon, on Sunday, freeing 40 inmates.")
    (mention,) = extract_mentions(article, nlp)
    assert mention.location == LocationMention("Central Prison", "place", parent="Tripoli")
    assert mention.fallback_locations == (LocationMention("Tripoli", "place"),)
    assert (mention.country_hint, mention.other_countries) == ("LB", ())


def test_mentions_carry_the_other_countries_the_article_names(extracted):
    (mention,) = extracted["compass-and-country-is-a-region"]
    assert (mention.country_hint, mention.other_countries, mention.fallback_locations) == ("LB", ("IL",), ())


def test_country_level_mentions_have_no_fallback_places(extracted):
    (mention,) = extracted["clash-aggregate-country"]
    assert mention.location is None and mention.fallback_locations == ()


# --- 8ff3067 / 3beb38c: ranking comments, since-clauses, retold days, figures over vague words ---
# (id, body, wants in order). Published Monday 11 March 2024.
MONDAY_4 = dt.date(2024, 3, 4)
STORY_CASES: list[tuple[str, str, list[Want]]] = [
    # fail on d1d71bc: a lead told with its toll but no place nor day, then retold where and when
    # fail on d1d71bc: a crowd in a lead that names no place of its own marched where the reporter files from
    ("lead-march-at-the-dateline",
     "YANGON (Reuters) - Tens of thousands of people marched through Myanmar's biggest city on Sunday, chanting "
     "against the army.",
     [Want("Peaceful protest", place="Yangon", date=SUNDAY)]),
    # fail on d1d71bc: militias "fighting alongside" troops killed unarmed men: an attack, not a clash
    ("fighting-alongside-killed",
     "Sunni leaders accused Shia militias fighting alongside government troops of killing at least 72 unarmed men "
     "in a village in Diyala province on Sunday.",
     [Want("Attack", actor2="Civilians", fatalities=72, date=SUNDAY)]),
    # fail on d1d71bc: the lead's target told again where and when it was hit is the lead's event
    ("target-retold-where-and-when",
     "Burkina Faso began national mourning on Monday after suspected jihadists ambushed a convoy in the north of "
     "the country, killing 41 people.\n\nThe convoy, made up of trucks carrying traders, was attacked on Sunday "
     "a few kilometres outside Titao, the main town of Loroum province.",
     [Want("Armed clash", place="Titao", fatalities=41, date=SUNDAY)]),
    ("lead-retold-where-and-when",
     "KINSHASA, Congo (AP) — Mai-Mai militiamen stormed the headquarters of a wildlife reserve in northeastern "
     "Congo, killing six people, conservation officials said Wednesday.\n\nThe attack on Sunday at Epulu, in the "
     "heart of the Okapi Wildlife Reserve, was carried out by fighters loyal to a former poacher.",
     [Want("Attack", "Mai-Mai Militia", place="Epulu", fatalities=6, date=SUNDAY)]),
    # "since X began/took/stepped up ...": the day another story began, not this event's
    ("since-clause-stepped-up",
     "Bandits killed 30 villagers in Kwiambana, Zamfara state, in the deadliest attack since troops stepped up "
     "operations last month.",
     [Want("Attack", place="Kwiambana", fatalities=30, date=PUBLISHED, date_start=PUBLISHED)]),
    ("since-clause-took-power",
     "Militants killed 14 soldiers near Diffa in the worst attack since the junta took power in July.",
     [Want("Armed clash", place="Diffa", fatalities=14, date=PUBLISHED)]),
    ("since-clause-war-began",
     "Fighters killed 14 soldiers in Kidal, the first attack on the town since the war began in January.",
     [Want("Armed clash", place="Kidal", fatalities=14, date=PUBLISHED)]),
    # guard: unchanged behaviour - a since-clause with a year keeps the old event background (no 140 event)
    ("since-clause-with-a-year",
     "Al-Shabaab fighters killed 12 soldiers in Afgoye on Sunday. It was the deadliest attack since the December "
     "2014 assault, in which 140 were killed.",
     [Want("Armed clash", "Al Shabaab", place="Afgoye", fatalities=12, date=SUNDAY)]),
    # guard: unchanged behaviour - the event's own day still dates it
    ("since-clause-own-day",
     "Gunmen killed 30 villagers in Kwiambana on Sunday, the deadliest attack since the army launched its "
     "offensive last month.",
     [Want("Attack", place="Kwiambana", fatalities=30, date=SUNDAY)]),
    # a bare weekday naming the story's firm day is that day, not the one a week later
    ("weekday-of-the-firm-day",
     "Gunmen killed villagers in Kadisau on Monday, March 4, residents said. At least 30 people were killed in "
     "Kadisau on Monday, a nurse said.",
     [Want("Attack", place="Kadisau", fatalities=30, date=MONDAY_4, precision=1)]),
    ("weekday-of-the-firm-day-leading",
     "Police said gunmen raided Kadisau on Monday, March 4. On Monday, at least 30 people were killed in the "
     "village, a nurse said.",
     [Want("Attack", place="Kadisau", fatalities=30, date=MONDAY_4, precision=1)]),
    # guard: unchanged behaviour - "on Sunday" a week after another event's "March 3" is not moved
    ("weekday-after-a-date-without-weekday",
     "Gunmen killed two people in Gusau on March 3. Police said bandits killed 20 people in Kaura Namoda on Sunday.",
     [Want("Attack", place="Gusau", fatalities=2, date=dt.date(2024, 3, 3)),
      Want("Attack", place="Kaura Namoda", fatalities=20, date=SUNDAY)]),
    # "in an attack that officials said targeted <a person>": the same event, no event at the person
    ("in-an-attack-that-targeted",
     "A Russian missile strike on a hotel in Kramatorsk has killed dozens of people, officials said, in an attack "
     "that Ukraine said targeted Oleksandr Petrenko.",
     [Want("Shelling/artillery/missile attack", "Military Forces of Russia", place="Kramatorsk", fatalities=12)]),
    # a ranking comment is no event of its own
    ("ranking-first-major-assault",
     "Al-Shabaab fighters stormed the Sahafi hotel in Mogadishu on Sunday, killing 15 people. The Sahafi attack "
     "was the first major assault in Mogadishu since the elections.",
     [Want("Attack", "Al Shabaab", place="Mogadishu", fatalities=15, date=SUNDAY)]),  # a hotel's name is no place
    ("ranking-deadliest-since",
     "Gunmen killed 20 people in Gao on Sunday. The attack was the deadliest in Mali since jihadists stormed Tessit.",
     [Want("Attack", place="Gao", fatalities=20, date=SUNDAY)]),
    # "Later on Saturday", "Later in the day": another event at the same place
    ("later-on-saturday",
     "An Israeli strike hit a house in Jabalia on Saturday, killing five people. Later on Saturday, a strike hit a "
     "school in Jabalia, killing eight.",
     [Want("Air/drone strike", "Military Forces of Israel", place="Jabalia", fatalities=5, date=SATURDAY),
      Want("Air/drone strike", "Military Forces of Israel", place="Jabalia", fatalities=8, date=SATURDAY)]),
    ("later-in-the-day",
     "An Israeli strike hit a house in Jabalia on Saturday, killing five people. Later in the day, a strike hit a "
     "school in Jabalia, killing eight.",
     [Want("Air/drone strike", place="Jabalia", fatalities=5, date=SATURDAY),
      Want("Air/drone strike", place="Jabalia", fatalities=8, date=SATURDAY)]),
    # guard: unchanged behaviour - the same strike told twice is one
    ("same-strike-retold",
     "An Israeli strike hit a house in Jabalia on Saturday, killing five people. On Saturday, a strike hit a house "
     "in Jabalia, killing five.",
     [Want("Air/drone strike", place="Jabalia", fatalities=5, date=SATURDAY)]),
    # "The attacks took place in X on Monday, March 4" re-dates the event told "last week"
    ("day-retold-for-last-week",
     "Gunmen killed 25 villagers in Kadisau last week, officials said. The attacks took place in Kadisau on Monday, "
     "March 4.",
     [Want("Attack", place="Kadisau", fatalities=25, date=MONDAY_4, date_start=MONDAY_4, precision=1)]),
    # a day inside a week-long range merges with the range event, and the day wins
    ("day-inside-a-range",
     "Fighting between the army and RSF fighters raged in Omdurman from March 2 to March 8. On March 5, the army "
     "killed 40 RSF fighters in Omdurman.",
     [Want("Armed clash", place="Omdurman", fatalities=40, date=dt.date(2024, 3, 5), date_start=dt.date(2024, 3, 5),
           precision=1)]),
    # a figure beats a vague word when it is at least as large
    ("figure-beats-dozens-bodies",
     "Gunmen shot dead dozens of villagers in Nyunzu on Sunday, residents said. At least 45 bodies were brought in.",
     [Want("Attack", place="Nyunzu", fatalities=45, date=SUNDAY)]),
    ("figure-beats-dozens-killed",
     "Gunmen shot dead dozens of villagers in Nyunzu on Sunday. At least 45 people were killed in Nyunzu, a doctor "
     "said.",
     [Want("Attack", place="Nyunzu", fatalities=45, date=SUNDAY)]),
    # guard: unchanged behaviour - fewer may be other people: "dozens" stays 12
    ("fewer-than-dozens",
     "Gunmen killed dozens of people in Dapchi on Sunday. Five attackers were killed, the army said.",
     [Want("Attack", place="Dapchi", fatalities=12, date=SUNDAY)]),
    # guard: unchanged behaviour - a smaller count at the place, another side's dead, stays apart
    ("fewer-than-dozens-placed",
     "Gunmen killed dozens of people in Dapchi on Sunday. Five attackers were killed in Dapchi, the army said.",
     [Want("Attack", place="Dapchi", fatalities=12, date=SUNDAY),
      Want("Armed clash", place="Dapchi", fatalities=5, date=SUNDAY)]),
]


@pytest.mark.parametrize(("sid", "body", "wants"), STORY_CASES, ids=[c[0] for c in STORY_CASES])
def test_story_case(extracted_lists, sid, body, wants):
    _check_each(extracted_lists[sid], wants)


# --- 5e881fd..25bb054: rankings, 'the first to hit', a bare count of a crowd event, 'set ... ablaze' ---
# (id, body, wants in order). Published Monday 11 March 2024. Each fails on c15177f unless marked
# "guard: unchanged behaviour".
RANKING_CASES: list[tuple[str, str, list[Want]]] = [
    # a ranking is no habit: the event is kept
    ("one-of-the-deadliest-this-year",
     "Gunmen killed 18 people at a market in Gao, Mali, on Sunday, in one of the deadliest attacks in the region "
     "this year.",
     [Want("Attack", place="Gao", fatalities=18, date=SUNDAY)]),
    ("the-deadliest-this-year",
     "Gunmen killed 30 people at a wedding in Jalalabad, Afghanistan, on Sunday, the deadliest attack in the "
     "province this year.",
     [Want("Attack", place="Jalalabad", fatalities=30, date=SUNDAY)]),
    # a ranking in a relative clause after the act keeps the act
    ("which-was-the-deadliest",
     "Gunmen killed 30 people at a wedding in Jalalabad, Afghanistan, on Sunday, which was the deadliest attack "
     "in the province.",
     [Want("Attack", place="Jalalabad", fatalities=30, date=SUNDAY)]),
    ("in-what-officials-said-was-the-worst",
     "Gunmen killed 30 people at a wedding in Jalalabad, Afghanistan, on Sunday in what officials said was the "
     "worst attack on civilians in the province.",
     [Want("Attack", place="Jalalabad", fatalities=30, date=SUNDAY)]),
    # guard: unchanged behaviour - a real habit, a campaign: no event; the day's battle: one
    ("often-in-recent-years", "Militants have often attacked convoys near Gao in recent years.", []),
    ("has-been-battling", "The Sudanese army has been battling RSF fighters around El Fasher, residents said.", []),
    ("battled-on-sunday", "The Sudanese army battled RSF fighters in El Fasher on Sunday.",
     [Want("Armed clash", "Military Forces of Sudan", "Rapid Support Forces", "El Fasher", date=SUNDAY)]),
    # "X, which left 32 dead, was the worst attack in Kabul since ..., when ... killed 121": no event
    # of its own, and no 153
    ("ranked-with-an-old-event-recalled",
     "Saturday night's bombing at a hotel in Kabul, Afghanistan, which left at least 32 people dead, was the worst "
     "attack in Kabul since October 2022, when twin car bombs killed 121 people.",
     []),
    # guard: unchanged behaviour - the event told first keeps its own toll
    ("ranked-after-the-lead",
     "A car bomb killed 32 people at a hotel in Kabul, Afghanistan, on Saturday. The bombing, which left at least "
     "32 people dead, was the worst attack in Kabul since October 2022, when twin car bombs killed 121 people.",
     [Want("Remote explosive/landmine/IED", place="Kabul", fatalities=32, date=SATURDAY)]),
    # "The attack on X was the first to hit ...": a ranking, nothing new
    ("the-first-to-hit-after-the-lead",
     "Gunmen killed nine villagers in Kombolo, Burkina Faso, on Sunday. The attack on Kombolo was the first to hit "
     "Loroum province since a truce was signed in January.",
     [Want("Attack", place="Kombolo", fatalities=9, date=SUNDAY)]),
    ("the-first-to-hit-alone",
     "The raid on Kombolo was the first to hit Loroum province since the army pulled out in January.", []),
    # a bare count at the place and day of a crowd event is its toll; the crowd type stays
    ("count-of-a-dispersed-protest",
     "Police fired tear gas at protesters in Dhaka, Bangladesh, on Sunday. At least five people were killed in "
     "Dhaka, a rights group said.",
     [Want("Protest with intervention", "Protesters (Bangladesh)", "Police Forces of Bangladesh", "Dhaka", 5,
           SUNDAY)]),
    ("count-of-a-riot",
     "Rioters torched cars in Dhaka, Bangladesh, on Sunday. At least five people were killed in Dhaka, a rights "
     "group said.",
     [Want("Violent demonstration", "Rioters (Bangladesh)", None, "Dhaka", 5, SUNDAY)]),
    # guard: unchanged behaviour - a count elsewhere stays its own event
    ("count-elsewhere",
     "Rioters torched cars in Dhaka, Bangladesh, on Sunday. At least five people were killed in Chittagong, a "
     "rights group said.",
     [Want("Violent demonstration", place="Dhaka", date=SUNDAY),
      Want("Attack", place="Chittagong", fatalities=5, date=SUNDAY)]),
    # "set the ruling party offices on fire": a riot
    ("set-the-offices-on-fire", "Protesters set the ruling party offices on fire in Dhaka, Bangladesh, on Sunday.",
     [Want("Violent demonstration", "Rioters (Bangladesh)", place="Dhaka", date=SUNDAY)]),
]


@pytest.mark.parametrize(("rid", "body", "wants"), RANKING_CASES, ids=[c[0] for c in RANKING_CASES])
def test_rankings_counts_and_crowds(extracted_lists, rid, body, wants):
    _check_each(extracted_lists[rid], wants)


# --- session 6: dates of told-back events, perceived places, denials, force on a march --------------
# Each case names the generic reading it pins; "guard" cases keep the behaviour beside it unchanged.
SESSION6_CASES: list[tuple[str, str, list[Want]]] = [
    # "In October last year": that month of the year before, so background
    ("month-of-last-year", "In March last year, army air strikes on a concert in Hpakant, Myanmar, killed 80 people.", []),
    ("month-of-last-year-of", "In late February of last year, army air strikes on a market in Hpakant, Myanmar, killed 12 "
     "people.", []),
    # guard: a month of this year within 30 days stays an event
    ("month-this-year", "In March, army air strikes on a market in Hpakant, Myanmar, killed 12 people.",
     [Want("Air/drone strike", place="Hpakant", fatalities=12, precision=3)]),
    # "the deadliest since July, when ...": the when-clause tells what happened in July
    ("since-month-when", "Sunday's attacks were the deadliest since July, when a suicide bomber killed 149 people at "
     "a rally in Mastung, Pakistan.", []),
    # guard: unchanged behaviour - a year named before "when" already made it background
    ("since-year-when", "The bombing was one of the most serious attacks since 2012, when a bombing at the security "
     "headquarters in Damascus, Syria, killed several officials.", []),
    # guard: a when-clause hung from a day keeps that day
    ("on-sunday-when", "Gunmen killed 12 people in Mastung, Pakistan, on Sunday, when a wedding party was passing.",
     [Want("Attack", place="Mastung", fatalities=12, date=SUNDAY)]),
    # "the blast was heard in Misrata": where it was noticed, not a second scene
    ("heard-in", "A truck bomb killed 47 people at a police school in Zliten, Libya, on Sunday. The force of the "
     "explosion was heard in Misrata, 60 km to the east.",
     [Want("Remote explosive/landmine/IED", place="Zliten", fatalities=47, date=SUNDAY)]),
    # "denied reports that armed men had attacked": a denied act (codebook rule 8)
    ("denied-reports-that", "Officials on Sunday denied reports circulating on social media that armed men had "
     "attacked the dam construction site in Guba, Ethiopia.", []),
    ("guard-reported-attack", "Officials said armed men attacked the dam construction site in Guba, Ethiopia, on Sunday.",
     [Want("Attack", place="Guba", date=SUNDAY)]),
    # a government's protest is a diplomatic note; a regime "facing protests" a state of affairs
    ("baghdad-protested", "US airstrikes on militia positions in Akashat, Iraq, killed 16 people on Sunday, as Baghdad "
     "protested what it called a violation of its sovereignty.",
     [Want("Air/drone strike", "Military Forces of the United States", place="Akashat", fatalities=16, date=SUNDAY)]),
    ("faces-protests", "Iranian missiles and drones struck Koya, Iraq, on Sunday, killing 13 people, as Tehran faces "
     "protests at home.",
     [Want("Air/drone strike", "Military Forces of Iran", place="Koya", fatalities=13, date=SUNDAY)]),
    # "opened fire on a march": force on a protest the words imply
    ("fire-on-a-march", "Security forces opened fire on a march in Omdurman, Sudan, on Sunday, killing seven people.",
     [Want("Excessive force against protesters", "Protesters (Sudan)", place="Omdurman", fatalities=7, date=SUNDAY)]),
    # a missionary is a civilian victim
    ("missionary-shot", "Separatists and the army traded blame after a missionary was shot dead in Bambui, Cameroon, on "
     "Sunday.",
     [Want("Attack", actor2="Civilians (Cameroon)", place="Bambui", date=SUNDAY)]),
    # "In the capital, Juba, security forces ...": the parse makes Juba the subject; it is the place
    ("capital-apposition", "In the capital, Juba, security forces on Sunday arrested the petroleum minister, South "
     "Sudan's government said.",
     [Want("Arrests", place="Juba", date=SUNDAY)]),
    # an aircraft that comes under fire is the target, not the weapon
    ("helicopter-under-fire", "A UN helicopter evacuating soldiers from Nasir, South Sudan, came under fire from "
     "militiamen on Sunday, killing a crew member.",
     [Want("Armed clash", place="Nasir", fatalities=1, date=SUNDAY)]),
    ("attacked-a-helicopter", "Militiamen attacked a UN helicopter in Nasir, South Sudan, on Sunday, killing two "
     "crew members.",
     [Want("Attack", "Unidentified Armed Group (South Sudan)", place="Nasir", fatalities=2, date=SUNDAY)]),
    ("guard-helicopter-strike", "A military helicopter struck a village near Nasir, South Sudan, on Sunday, killing six "
     "people.",
     [Want("Air/drone strike", place="Nasir", fatalities=6, date=SUNDAY)]),
    # what attackers carried is no grenade attack; a rocket-propelled grenade is neither thrown nor shelling
    ("armed-with-grenades", "The attackers, armed with Kalashnikovs, hand grenades and explosives, arrived at the "
     "consulate in Karachi, Pakistan, in a car on Sunday.", []),
    ("rocket-propelled-grenade", "Rebels stopped the convoy in Sanaa, Yemen, with a rocket-propelled grenade on Sunday.",
     []),
    ("guard-hand-grenade", "A hand grenade was thrown at a tea shop in Mogadishu, Somalia, on Sunday, killing one person.",
     [Want("Grenade", place="Mogadishu", fatalities=1, date=SUNDAY)]),
    # "with 61 people wounded": the people suffered; no crowd acted
    ("people-wounded", "The toll from Sunday's attack on Chernihiv, Ukraine, stood at 17, with 61 people wounded.",
     [Want("Attack", actor2="Civilians (Ukraine)", place="Chernihiv", fatalities=17, date=SUNDAY)]),
    # "In Peshawar, hundreds gathered at X and marched ...": the opening place frames every clause
    ("framing-place", "In Peshawar, Pakistan, hundreds of protesters gathered at Hashtnagri and marched towards "
     "Khyber Road on Sunday.",
     [Want("Peaceful protest", "Protesters (Pakistan)", place="Peshawar", date=SUNDAY)]),
    # "the Al-Qadir Trust case": a court case, not a place
    ("trust-case", "Rangers arrested Imran Khan on Sunday in the Al-Qadir Trust case, Pakistani police said.", []),
    # "Ten peacekeepers serving with the UN mission were killed when assailants attacked their camp": a fight
    ("peacekeepers-serving-with", "Ten Chadian peacekeepers serving with the UN Stabilization Mission in Mali (MINUSMA) were killed on Sunday "
     "when heavily armed assailants attacked the mission's camp at Aguelhok.",
     [Want("Armed clash", "Unidentified Armed Group (Mali)", "MINUSMA", place="Aguelhok", fatalities=10,
           date=SUNDAY)]),
    # "On New Year's Day": 1 January, more than 30 days before publication here, so background
    ("new-years-day", "On New Year's Day, 37 civilians were killed by gunmen in Koulogon, Mali.", []),
    ("christmas-eve", "On Christmas Eve, gunmen killed 12 villagers in Koulogon, Mali.", []),
    # munitions fall; towns fall to someone
    ("mortar-bombs-fell", "On Sunday night, three mortar bombs fell in Baghdad's Green Zone, Iraq, without causing "
     "casualties.",
     [Want("Shelling/artillery/missile attack", place="Baghdad", fatalities=0, date=SUNDAY)]),
    # "previously reported that": the report was earlier, not a habit
    ("previously-reported", "Ukrinform previously reported that a woman, 58, was killed in Bilozerka, Ukraine, on "
     "Sunday afternoon when a shell hit her yard.",
     [Want("Shelling/artillery/missile attack", place="Bilozerka", fatalities=1, date=SUNDAY)]),
    # "neutralized": army communiqués' word for killing or capturing fighters in a fight
    ("neutralized", "Turkish troops neutralized nine YPG fighters in Ras al-Ain, Syria, on Sunday.",
     [Want("Armed clash", "Military Forces of Turkey", place="Ras al-Ain", date=SUNDAY)]),
    # "wants X to pull out": a wish, not a withdrawal
    ("wants-to-pull-out", "Ankara wants YPG fighters to pull out of Tal Abyad, Syria, the Turkish ministry said on Sunday.",
     []),
    ("wants-slashed-group-to-pull-out", "Ankara wants YPG/PKK fighters to pull out of Tal Abyad, Syria, the Turkish "
     "ministry said on Sunday.", []),
    # "set fire to Tripoli's municipality building": the town owns the building, and fire goes to no destination
    ("set-fire-to-towns-building", "BEIRUT — Protesters set fire to Tripoli's historic municipality building late Sunday, "
     "on the fourth night of clashes in Lebanon's northern city.",
     [Want("Violent demonstration", "Rioters (Lebanon)", place="Tripoli", date=SUNDAY)]),
    # "12 protesters have died since the unrest began, as security forces fired tear gas": the toll is a tally's
    ("tally-toll-not-the-dispersal", "At least 12 protesters have died since the unrest in Basra, Iraq, began, a health "
     "official said on Sunday, as security forces fired tear gas to disperse crowds.",
     [Want("Protest with intervention", place="Basra", fatalities=0)]),
    # Arrests are of notable persons (codebook): a count of people held is no Arrests event
    ("arrested-577-people", "Police said 577 people had been arrested in Kampala, Uganda, on Sunday.", []),
    ("detained-22-people", "Police detained 22 people in Belgrade, Serbia, on Sunday.", []),
    ("guard-arrested-a-leader", "Police arrested opposition leader Kizza Besigye in Kampala, Uganda, on Sunday.",
     [Want("Arrests", "Police Forces of Uganda", place="Kampala", date=SUNDAY)]),
    ("arrested-60-among-them-a-lawmaker", "Junta troops arrested around 60 people in Lay Kay Kaw, Myanmar, on Sunday, "
     "among them a National League for Democracy lawmaker.",
     [Want("Arrests", "Military Forces of Myanmar", place="Lay Kay Kaw", date=SUNDAY)]),
    # a photo caption (no verb) tells no event; the story's sentences do
    ("caption-no-verb", "Russian missiles struck a hypermarket in Kharkiv, Ukraine, on Sunday, killing 12 "
     "people.\nRescue workers at the site of a Russian attack on a printing house in Kharkiv.",
     [Want("Shelling/artillery/missile attack", place="Kharkiv", fatalities=12, date=SUNDAY)]),
    # stones thrown and fires set by protesters: a riot, whatever the police did
    ("throwing-stones-setting-fires", "Protesters were throwing stones and setting fires outside the parliament in "
     "Jakarta, Indonesia, on Sunday, and police fired tear gas.",
     [Want("Violent demonstration", "Rioters (Indonesia)", place="Jakarta", date=SUNDAY)]),
    # "clashes broke out as groups of young men tried to march on the palace": a crowd's clash, no armed group's
    ("young-men-march", "Clashes broke out in Algiers, Algeria, on Sunday evening as groups of young men tried to "
     "march on the presidential palace.",
     [Want("Violent demonstration", "Rioters (Algeria)", place="Algiers", date=SUNDAY)]),
    # "changed hands", "meeting little resistance": the place was taken
    ("meeting-little-resistance", "On Sunday, GNA forces entered the town of Tarhuna, Libya, meeting little "
     "resistance.",
     [Want("Government regains territory", "Military Forces of Libya", place="Tarhuna", date=SUNDAY)]),
    # a schoolgirl shot at a checkpoint is a civilian victim, the gendarme's act an attack
    ("schoolgirl-shot", "A gendarme shot dead a schoolgirl in Buea, Cameroon, on Sunday.",
     [Want("Attack", actor2="Civilians (Cameroon)", fatalities=1, date=SUNDAY)]),
    # vigilantes and self-defence groups are armed locals: they fight, they are no mob
    ("vigilantes-pursuit", "The dead included the mayor of Banibangou, Niger, who was leading local vigilantes in pursuit "
     "of militants on Sunday.", []),
    ("self-defence-group-ambushed", "Militants ambushed a self-defence group near Banibangou, Niger, on Sunday, killing "
     "69 of its members.",
     [Want("Armed clash", place="Banibangou", fatalities=69, date=SUNDAY)]),
    # "bring to more than 20 the number": a tally; "the latest in a wave of": the told event ranked
    ("brings-to-more-than", "The attacks bring to more than 20 the number of people killed in attacks on Christians "
     "in Burkina Faso since late April.", []),
    ("latest-in-a-wave", "The abduction is the latest in a wave of mass kidnappings from schools in the North-West of "
     "Nigeria.", []),
    # "called for the rebels to cease fire and withdraw": asked for, not done
    ("called-for-to-withdraw", "Regional leaders meeting in Luanda on Sunday called for the rebels to cease fire and "
     "withdraw from Bunagana, Congo.", []),
    ("guard-ordered-and-killed", "Gunmen ordered passengers to leave the bus near Mandera, Kenya, on Sunday and killed "
     "12 of them.",
     [Want("Attack", place="Mandera", fatalities=12, date=SUNDAY)]),
    # "Kabul University", "Gwadar Port": a site named after its town places the event there
    ("town-university", "On Sunday, three gunmen stormed Kabul University, Afghanistan, killing 22 students.",
     [Want("Attack", place="Kabul", fatalities=22, date=SUNDAY)]),
    # "the violence spread on Sunday to Dire Dawa, where police broke up stone-throwing crowds": a riot there
    ("spread-to-a-town-police-break-up", "The violence spread on Sunday to Dire Dawa, Ethiopia, about 150km to the "
     "west, where police fired in the air to break up stone-throwing crowds.",
     [Want("Violent demonstration", "Rioters (Ethiopia)", place="Dire Dawa", date=SUNDAY)]),
    # "tried to storm X": where the attempt was fought off, not a destination
    ("tried-to-storm", "Soldiers neutralized ten militants who tried to storm the town of Bama, Nigeria, on Sunday.",
     [Want("Armed clash", place="Bama", date=SUNDAY)]),
    # an aircraft sent to carry people is no air strike
    ("helicopter-to-evacuate", "MINUSMA sent peacekeepers and a helicopter to evacuate the wounded from Ogossagou, Mali, "
     "on Sunday.", []),
    ("guard-jets-pounded", "Russian jets pounded Idlib, Syria, on Sunday.",
     [Want("Air/drone strike", "Military Forces of Russia", place="Idlib", date=SUNDAY)]),
    # "denied that the military had carried out any attack": a denial reaching the act
    ("denied-any-attack", "A junta spokesman denied on Sunday that the military had carried out any attack on the camp "
     "in Laiza, Myanmar.", []),
    # "clashes spread to Ulang": the new scene, not a destination
    ("spread-to", "Clashes between the army and the White Army spread on Sunday to Ulang, South Sudan.",
     [Want("Armed clash", place="Ulang", date=SUNDAY)]),
    # the text calls it a riot: the deaths are the riot's, not an armed group's attack
    ("killed-during-a-riot", "Eleven people were killed during a riot at the central prison in Goma, DR Congo, on Sunday.",
     [Want("Violent demonstration", place="Goma", fatalities=11, date=SUNDAY)]),
    # "riot police" are the police: no riot without rioters
    ("riot-police-tear-gas", "Riot police fired tear gas at protesters in Kano, Nigeria, on Sunday.",
     [Want("Protest with intervention", place="Kano", date=SUNDAY)]),
    ("riot-police-shot-dead", "Riot police shot dead three demonstrators in Khartoum, Sudan, on Sunday.",
     [Want("Excessive force against protesters", place="Khartoum", fatalities=3, date=SUNDAY)]),
    # a bomb by another name
    ("car-packed-with-explosives", "A car packed with explosives blew up near a market in Azaz, Syria, on Sunday, "
     "killing six civilians.",
     [Want("Remote explosive/landmine/IED", actor2="Civilians (Syria)", place="Azaz", fatalities=6, date=SUNDAY)]),
    ("ambush-with-homemade-mines", "Resistance fighters ambushed a junta convoy with homemade mines near Kani, Myanmar, "
     "on Sunday, killing four soldiers.",
     [Want("Remote explosive/landmine/IED", actor2="Military Forces of Myanmar", place="Kani", fatalities=4, date=SUNDAY)]),
    ("cache-of-homemade-mines", "Soldiers seized a cache of homemade mines in Gao, Mali, on Sunday.", []),
    ("projectiles-landed", "Several projectiles landed in a residential area of Kharkiv, Ukraine, on Sunday, killing two "
     "people.",
     [Want("Shelling/artillery/missile attack", place="Kharkiv", fatalities=2, date=SUNDAY)]),
    # codebook rule 6: a day's count that carries deaths is an aggregate claim; without deaths, a tally
    ("day-count-with-deaths", "The military said on Sunday it had carried out 11 air strikes on militant hideouts in "
     "Tirah, Pakistan, in the past 24 hours, killing 25 militants.",
     [Want("Air/drone strike", place="Tirah", fatalities=25)]),
    ("day-count-without-deaths", "The General Staff said on Sunday that 40 combat clashes had taken place along the "
     "front line in Ukraine over the past day.", []),
    # an army's camp and a district's seat are held by armed men: storming one is a fight; a health centre is not
    ("army-camp-attacked", "Gunmen attacked an army camp near Tillia, Niger, on Sunday.",
     [Want("Armed clash", actor2="Military Forces of Niger", place="Tillia", date=SUNDAY)]),
    ("police-vehicle-attacked", "Gunmen attacked a police vehicle in Bannu, Pakistan, on Sunday, killing two officers.",
     [Want("Armed clash", actor2="Police Forces of Pakistan", place="Bannu", fatalities=2, date=SUNDAY)]),
    ("district-centre-attacked", "Taliban fighters attacked the district centre of Jalrez in Wardak province on Sunday.",
     [Want("Armed clash", "Taliban", place="Jalrez", date=SUNDAY)]),
    ("health-centre-attacked", "Gunmen attacked a health centre in Tillia, Niger, on Sunday.",
     [Want("Attack", actor2="Civilians (Niger)", place="Tillia", date=SUNDAY)]),
    # soldiers who "died" or "lost their lives" in an attack on their camp fought it, like soldiers "killed"
    ("soldiers-died-when-attacked", "Twenty soldiers died when terrorists attacked their camp in Inates, Niger, on Sunday.",
     [Want("Armed clash", actor2="Military Forces of Niger", place="Inates", fatalities=20, date=SUNDAY)]),
    # "the Aden protesters" names who marched with whom; the act was in the city the sentence opens with
    ("place-naming-people", "In the eastern city of Mukalla, hundreds of people demonstrated on Sunday in solidarity "
     "with the Aden protesters, local media reported.",
     [Want("Peaceful protest", place="Mukalla", date=SUNDAY)]),
    ("place-naming-people-alone", "Hundreds of Mukalla residents demonstrated on Sunday.",
     [Want("Peaceful protest", place="Mukalla", date=SUNDAY)]),
    # whoever "came under attack" suffered it: the attacker is the one after "by" or "from"
    ("came-under-attack-by", "Troops came under attack by terrorists near Zungeru, Niger State, on Sunday.",
     [Want("Armed clash", "Unidentified Armed Group (Nigeria)", "Military Forces of Nigeria", "Zungeru", date=SUNDAY)]),
    ("came-under-fire-from", "A police patrol came under fire from militants near Bannu, Pakistan, on Sunday, killing "
     "two officers.",
     [Want("Armed clash", "Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan", "Bannu", 2, SUNDAY)]),
    ("villagers-came-under-attack", "Villagers in Gwoza, Borno State, came under attack by Boko Haram fighters on Sunday.",
     [Want("Attack", "Boko Haram", "Civilians (Nigeria)", "Gwoza", date=SUNDAY)]),
    # an aircraft that crashed was lost, not striking; told beside an ambush, the ambush is the event
    ("helicopter-crashed", "A military helicopter crashed near Gao, Mali, on Sunday, killing four crew members.", []),
    ("ambush-and-helicopter-crash", "Twenty soldiers lost their lives in an ambush and a subsequent helicopter crash "
     "near Zungeru, Niger State, on Sunday.",
     [Want("Armed clash", actor2="Military Forces of Nigeria", place="Zungeru", fatalities=20, date=SUNDAY)]),
    # "is also battling" with no day told: the government's campaign, not one fight
    ("is-also-battling", "The government is also battling separatist rebels in the Anglophone regions and Boko Haram "
     "in Cameroon's Far North.", []),
    ("are-battling-on-a-day", "Troops are battling Al-Shabaab fighters in Balad, Somalia, on Sunday.",
     [Want("Armed clash", "Military Forces of Somalia", "Al Shabaab", "Balad", date=SUNDAY)]),
    # "burned to death by a crowd": a crowd's killing is mob violence
    ("burned-by-a-crowd", "A man accused of theft was beaten and then burned to death by a crowd in Goma, DR Congo, "
     "on Sunday.",
     [Want("Mob violence", actor2="Civilians (Democratic Republic of the Congo)", place="Goma", date=SUNDAY)]),
    # "the northern entrance to the city of X": where it happened, not a destination
    ("entrance-to-the-city", "A suicide bomber drove a fuel tanker into a crowded checkpoint at the northern entrance to "
     "the city of Hillah, Iraq, on Sunday, killing at least 47 people.",
     [Want("Suicide bomb", place="Hillah", fatalities=47, date=SUNDAY)]),
    # people fleeing a fight are no crowd fighting it
    ("thousands-fled-after-clashes", "Thousands fled to Hillah on Sunday after clashes in Jurf al-Sakhar, Iraq.",
     [Want("Armed clash", place="Jurf al-Sakhar", date=SUNDAY)]),
    # a bomb driven into its target goes off with its driver: a suicide bombing
    ("rammed-explosives-laden-vehicle", "Twenty-three soldiers were killed when militants rammed an explosives-laden "
     "vehicle into a security post in Daraban, Pakistan, on Sunday.",
     [Want("Suicide bomb", actor2="Military Forces of Pakistan", place="Daraban", fatalities=23, date=SUNDAY)]),
    ("drove-a-truck-packed-with-explosives", "Militants drove a truck packed with explosives into a police station in "
     "Bannu, Pakistan, on Sunday, killing ten policemen.",
     [Want("Suicide bomb", actor2="Police Forces of Pakistan", place="Bannu", fatalities=10, date=SUNDAY)]),
    # "in Gwoza, Borno State": the unit the place lies in, not a second scene
    ("unit-after-the-first-name", "Gunmen killed five villagers in Gwoza, Borno State, on Sunday.",
     [Want("Attack", place="Gwoza", parent="Borno", fatalities=5, date=SUNDAY)]),
    # traditional rulers and travellers ambushed are civilians attacked, not a fight
    ("rulers-ambushed", "Gunmen ambushed three traditional rulers returning from a security meeting near Ikole, Nigeria, "
     "on Sunday, killing two of them.",
     [Want("Attack", actor2="Civilians (Nigeria)", place="Ikole", fatalities=2, date=SUNDAY)]),
    ("travellers-ambushed", "Bandits ambushed a group of travellers near Birnin Gwari, Nigeria, on Sunday, "
     "killing six.",
     [Want("Attack", actor2="Civilians (Nigeria)", place="Birnin Gwari", fatalities=6, date=SUNDAY)]),
    # the parse hangs "a detachment" on the date and loses the passive subject: the army still suffered the attack
    ("passive-subject-lost", "According to the statement, on Sunday, March 10, 2024, a detachment of the army and VDP "
     "engaged in an escort mission near Djibo, in the Soum province, was attacked by a large number of terrorists.",
     [Want("Armed clash", actor2="Military Forces of Burkina Faso", place="Djibo", date=SUNDAY)]),
]


@pytest.mark.parametrize(("rid", "body", "wants"), SESSION6_CASES, ids=[c[0] for c in SESSION6_CASES])
def test_told_back_dates_perceived_places_and_denials(extracted_lists, rid, body, wants):
    _check_each(extracted_lists[rid], wants)


def test_a_flight_abroad_beside_a_capture_does_not_break_the_sentence(nlp):
    # the flight's clause loses its only (cross-border) trigger; its neighbours must not need its start
    body = ("Thousands of residents of Bama in Borno State have fled to Maiduguri and other towns after insurgents "
            "of the Islamic State West Africa Province (ISWAP) took over the town on Sunday.")
    assert isinstance(extract_mentions(_article("fled-after-capture", body), nlp), list)



# --- session 12: crowds listed town by town, people seized, works blown up --------------------------
# Each case fails on 7f8eb34 unless marked "guard: unchanged behaviour".
SESSION12_CASES: list[tuple[str, str, list[Want]]] = [
    # the parser tags "Sikasso" a person and knows no "Timbuktu": the list still names four towns
    ("rallies-in-a-list-of-towns", "Similar rallies were held on Sunday in Kayes, Sikasso, Segou and Timbuktu, Mali.",
     [Want("Peaceful protest", place=p, date=SUNDAY) for p in ("Kayes", "Sikasso", "Segou", "Timbuktu")]),
    # "in Lviv, Dnipro and Odesa" is a list closed by "and", not Lviv inside Dnipro
    ("demonstrations-in-three-cities", "On Sunday, demonstrations also took place in Lviv, Dnipro and Odesa.",
     [Want("Peaceful protest", place=p, parent=None, date=SUNDAY) for p in ("Lviv", "Dnipro", "Odesa")]),
    # guard: unchanged behaviour - "in Sake, North Kivu province" has no "and": a town and its province
    ("rally-in-a-town-of-a-province", "Hundreds of people marched on Sunday in Sake, North Kivu province, against the "
     "M23.",
     [Want("Peaceful protest", place="Sake", parent="North Kivu", date=SUNDAY)]),
    # people seized are abducted; a town seized is taken
    ("women-were-seized", "About 40 women were seized on Sunday near the village of Liki, in Burkina Faso's Soum "
     "province.", [Want("Abduction/forced disappearance", actor2="Civilians (Burkina Faso)", place="Liki",
                        date=SUNDAY)]),
    ("gunmen-seized-passengers", "Gunmen seized 12 passengers from a bus near Gwoza, Nigeria, on Sunday.",
     [Want("Abduction/forced disappearance", actor2="Civilians (Nigeria)", place="Gwoza", date=SUNDAY)]),
    ("seized-dozens-of-villagers", "Bandits seized dozens of villagers near Gusau, Nigeria, on Sunday.",
     [Want("Abduction/forced disappearance", actor2="Civilians (Nigeria)", place="Gusau", date=SUNDAY)]),
    # guard: unchanged behaviour - a town seized is territory
    ("rebels-seized-a-town", "Rebels seized the town of Gwoza, Nigeria, on Sunday.",
     [Want("Non-state actor overtakes territory", place="Gwoza", date=SUNDAY)]),
    # a bridge or a pylon blown up with no one hit: property destroyed
    ("bridge-blown-up", "Suspected militants blew up a bridge on the road between Tougouri and Bouroum, Burkina Faso, "
     "on Sunday, security sources said.", [Want("Looting/property destruction", place="Tougouri", date=SUNDAY)]),
    ("pipeline-blown-up", "Militants blew up a gas pipeline near Kirkuk, Iraq, on Sunday.",
     [Want("Looting/property destruction", place="Kirkuk", date=SUNDAY)]),
    # "In that attack," across a paragraph break: the day of the bombings just told; "About an hour
    # later," after a sentence with no event: the same day again
    ("in-that-attack-next-paragraph", "A suicide bomber killed 12 people at a checkpoint in Qalat, Afghanistan, on "
     "Monday.\n\nThe attack came days after twin bombings on Saturday killed 30 people.\n\nIn that attack, a suicide "
     "bomber on a motorcycle blew himself up near a rally in Charikar, killing 18 people. The president was unhurt. "
     "About an hour later, another suicide bomber struck near a market in Kabul, killing 12.",
     [Want("Suicide bomb", place="Qalat", fatalities=12, date=PUBLISHED),
      Want("Suicide bomb", place="Charikar", fatalities=18, date=SATURDAY),
      Want("Suicide bomb", place="Kabul", fatalities=12, date=SATURDAY)]),
    # guard: unchanged behaviour - a vehicle blown up with its crew is an attack on them
    ("police-vehicle-blown-up", "Gunmen blew up a police vehicle near Djibo, Burkina Faso, on Sunday, killing four "
     "officers.", [Want("Armed clash", place="Djibo", fatalities=4, date=SUNDAY)]),
]


@pytest.mark.parametrize(("rid", "body", "wants"), SESSION12_CASES, ids=[c[0] for c in SESSION12_CASES])
def test_listed_crowds_people_seized_and_works_destroyed(extracted_lists, rid, body, wants):
    _check_each(extracted_lists[rid], wants)


def test_every_mention_carries_the_units_the_whole_article_names(nlp):
    """'the village of Kukuri' in the lead, 'Borno state' and 'Guzamala local government area'
    only later: geocoding chooses between namesakes by the units the whole story names."""
    body = ("Militants overran a military base in the village of Kukuri on Sunday, killing 12 soldiers. "
            "Kukuri lies in Guzamala local government area, about 100 km north of Maiduguri, the capital of "
            "Borno state. Residents said the fighters also burned the market in Kukuri on Sunday.")
    mentions = extract_mentions(_article("kukuri", body), nlp)
    assert mentions and all(m.story_units == ("Guzamala", "Borno") for m in mentions)


SESSION13_CASES = [
    # the protesters are the ones hit, and the police who fired are named only in the "when" clause
    ("protesters-shot-when-police-fired-on-crowd", "Two protesters were shot dead on Sunday when police opened fire "
     "on a crowd that had gathered outside the town hall in Gondar, Ethiopia, residents said.",
     [Want("Excessive force against protesters", actor1="Protesters (Ethiopia)", place="Gondar", fatalities=2,
           date=SUNDAY)]),
    ("crowd-fired-on-without-deaths", "Dozens of protesters were injured on Sunday when police opened fire on a crowd "
     "in Gondar, Ethiopia.", [Want("Protest with intervention", place="Gondar", date=SUNDAY)]),
    # guards: unchanged behaviour - gunmen firing on a crowd at a market attack civilians; a crowd that fights is a riot
    ("gunmen-fired-on-market-crowd", "Gunmen opened fire on a crowd at a market in Gusau, Nigeria, on Sunday, "
     "killing five people.", [Want("Attack", place="Gusau", fatalities=5, date=SUNDAY)]),
    ("protesters-clashed-with-police", "Protesters clashed with police in Gondar, Ethiopia, on Sunday, and two "
     "people were killed.", [Want("Violent demonstration", place="Gondar", fatalities=2, date=SUNDAY)]),
    # a base handed over, however many words name it: no force, no capture
    ("coalition-handed-over-air-base", "The U.S.-led coalition handed over the K1 air base in Kirkuk, Iraq, to "
     "Iraqi security forces on Sunday.", [Want("Non-violent transfer of territory", place="K1", date=SUNDAY)]),
    # guard: a handover still to come is no event
    ("due-to-hand-over-its-camp", "The UN mission is due to hand over its camp in Aguelhok, Mali, in the coming days.",
     []),
]


@pytest.mark.parametrize(("rid", "body", "wants"), SESSION13_CASES, ids=[c[0] for c in SESSION13_CASES])
def test_force_on_a_crowd_and_bases_handed_over(extracted_lists, rid, body, wants):
    _check_each(extracted_lists[rid], wants)


SESSION14_CASES = [
    # the cited event carries its own day, written with an abbreviated month: that day, not publication
    ("cited-event-with-abbreviated-month", "The bombing came less than two weeks after gunmen shot dead three "
     "traders in the Pakistani city of Peshawar on Feb. 24.",
     [Want("Attack", place="Peshawar", fatalities=3, date=dt.date(2024, 2, 24))]),
    ("cited-event-with-day-before-month", "The raid came less than two weeks after gunmen shot dead three traders in "
     "the Pakistani city of Peshawar on 24 February, police said.",
     [Want("Attack", place="Peshawar", fatalities=3, date=dt.date(2024, 2, 24))]),
    # guard: an approximate offset with no day of its own cites an event told elsewhere
    ("cited-event-without-a-day", "The raid came less than two weeks after gunmen shot dead three traders in "
     "the Pakistani city of Peshawar, police said.", []),
    # the edge of a town places the act there, whatever entity the parser made of the name
    ("strike-on-the-northern-edge-of-town", "On Sunday, a Russian missile strike on the barracks of a marine "
     "brigade on the northern edge of Mykolaiv killed dozens of servicemen.",
     [Want("Shelling/artillery/missile attack", place="Mykolaiv", date=SUNDAY)]),
]


@pytest.mark.parametrize(("rid", "body", "wants"), SESSION14_CASES, ids=[c[0] for c in SESSION14_CASES])
def test_cited_days_and_edges_of_towns(extracted_lists, rid, body, wants):
    _check_each(extracted_lists[rid], wants)


SESSION15_CASES = [
    # fail on ebfb462: the next of a series, or a retelling set on another day, is a new event
    ("latest-attack-is-the-next-one", "On Tuesday, gunmen seized nine men travelling in a convoy near Kutum.\n\n"
     "The latest attack took place on Sunday, when gunmen stormed the village of Jowk Jouk, shooting six "
     "residents dead.",
     [Want("Abduction/forced disappearance", place="Kutum", date=TUESDAY),
      Want("Attack", place="Jowk Jouk", fatalities=6, date=SUNDAY)]),
    ("took-place-on-another-day", "On Tuesday, gunmen seized nine men travelling in a convoy near Kutum.\n\n"
     "The attack took place on Sunday, when gunmen stormed the village of Jowk Jouk, shooting six residents dead.",
     [Want("Abduction/forced disappearance", place="Kutum", date=TUESDAY),
      Want("Attack", place="Jowk Jouk", fatalities=6, date=SUNDAY)]),
    # fails on 7cd2099: "on Sunday" was read as what the fighters attacked (a proper noun: a town, so
    # its defenders fought); the villages are the target
    ("villages-attacked-on-a-weekday", "Boko Haram fighters attacked the villages of Lamana and Ngoumao in the "
     "Diffa region on Sunday.",
     [Want("Attack", "Boko Haram", place="Lamana", date=SUNDAY), Want("Attack", "Boko Haram", place="Ngoumao",
                                                                       date=SUNDAY)]),
    # guard: unchanged behaviour - a town attacked by rebels is fought for
    ("town-attacked-on-a-weekday", "Taliban fighters attacked Pul-e-Khumri on Sunday.",
     [Want("Armed clash", "Taliban", place="Pul-e-Khumri", date=SUNDAY)]),
    # guard: unchanged behaviour - with no day of its own the sentence places the event just told
    ("took-place-places-the-told-event", "On Tuesday, gunmen seized nine men travelling in a convoy in North "
     "Darfur.\n\nThe abductions took place near Kutum.",
     [Want("Abduction/forced disappearance", place="North Darfur", date=TUESDAY),
      Want("Abduction/forced disappearance", place="Kutum", date=TUESDAY)]),
]


@pytest.mark.parametrize(("rid", "body", "wants"), SESSION15_CASES, ids=[c[0] for c in SESSION15_CASES])
def test_the_next_of_a_series_is_a_new_event(extracted_lists, rid, body, wants):
    _check_each(extracted_lists[rid], wants)


SESSION16_CASES = [
    # fail on c6e163f: youths throwing stones at soldiers riot, though only the soldiers shot
    ("stone-throwing-youths-and-soldiers", "On Sunday afternoon, soldiers shot dead a 13-year-old boy during clashes "
     "between stone-throwing youths and soldiers near the Beit El checkpoint in the West Bank.",
     [Want("Violent demonstration", place="Beit El", fatalities=1, date=SUNDAY)]),
    ("named-man-shot-as-youths-threw-stones", "Hours later on Sunday, Mohammed Ismail, 31, was shot dead in central "
     "Ramallah as dozens of stone-throwing youths confronted soldiers who had entered the city overnight.",
     [Want("Violent demonstration", place="Ramallah", fatalities=1, date=SUNDAY)]),
    # fails on c6e163f: "raiders" were nobody, so an attack on villages by no one named read as a clash
    ("raiders-attack-villages", "On Sunday, the raiders attacked villages in the Jikawo district of Gambela region.",
     [Want("Attack", "Unidentified Armed Group", place="Jikawo", date=SUNDAY)]),
    # guard: unchanged behaviour - soldiers and militants trading fire clash
    ("soldiers-and-militants-clash", "On Sunday, soldiers clashed with militants near Jenin, killing two of them.",
     [Want("Armed clash", place="Jenin", fatalities=2, date=SUNDAY)]),
]


@pytest.mark.parametrize(("rid", "body", "wants"), SESSION16_CASES, ids=[c[0] for c in SESSION16_CASES])
def test_who_fought_and_with_what_decides_the_type(extracted_lists, rid, body, wants):
    _check_each(extracted_lists[rid], wants)


SESSION17_CASES = [
    # fails on ac6e55c: flight at home ("fled to the town") counted as a strong act, so the fight beside
    # it was colour, and then the flight was dropped as no border crossing: nothing was left
    ("fight-beside-flight-at-home", "On Saturday the military and the Arakan Army fought for several hours near "
     "the village of Kyauk Seik in Ponnagyun Township, residents said, and hundreds of villagers fled to the town.",
     [Want("Armed clash", place="Kyauk Seik", date=SATURDAY)]),
    # fails on ac6e55c: the deaths were told as lives cost, and the shooting in a relative clause
    ("lives-cost", "Gunmen have struck three times this week. The third, on Saturday night, cost the lives of six "
     "herders in the village of Kalamaloue, who were shot dead near a well.",
     [Want("Attack", place="Kalamaloue", fatalities=6, date=SATURDAY)]),
    # fails on ac6e55c: seven girls taken were read as a toll of seven dead
    ("toll-of-the-abducted", "On Sunday, Boko Haram fighters stormed the village of Maniram. The toll of the "
     "attack is seven young girls abducted.",
     [Want("Attack", "Boko Haram", place="Maniram", fatalities=0, date=SUNDAY)]),
    # guard: unchanged behaviour - a crossing abroad is still one
    ("flight-abroad", "On Sunday, thousands of Sudanese fled across the border into Chad after fighting in "
     "El Geneina.", []),
]


@pytest.mark.parametrize(("rid", "body", "wants"), SESSION17_CASES, ids=[c[0] for c in SESSION17_CASES])
def test_what_a_sentence_tells_beside_flight_lives_and_the_taken(extracted_lists, rid, body, wants):
    _check_each(extracted_lists[rid], wants)


FRIDAY = dt.date(2024, 3, 8)

SESSION18_CASES = [
    # fail on 775a753: "Mobilization" in the group's name was read as a call-up, so the PMF's
    # wounding became a clash between the army and the PMF
    ("named-group-word", "Two members of the Popular Mobilization Forces were wounded on Sunday when an "
     "explosive device went off near their vehicle in the Udhaim area.",
     [Want("Remote explosive/landmine/IED", actor2="Popular Mobilization Forces", place="Udhaim", date=SUNDAY)]),
    # a crowd gathered to demand, and a crowd that went home on its own
    ("gathered-demanding", "On Saturday, hundreds of people gathered outside the provincial council building in "
     "Nasiriyah, chanting slogans against the ruling parties and demanding jobs. The crowd dispersed peacefully "
     "in the afternoon.",
     [Want("Peaceful protest", place="Nasiriyah", date=SATURDAY)]),
    ("protest-note", "Iraq's foreign ministry said on Sunday it would summon Turkey's charge d'affaires in Baghdad "
     "to deliver a protest note.", []),
    ("evacuation-helicopter", "On Saturday, a military helicopter was on hand to fly the most badly hurt to "
     "hospital in Maroua.", []),
    ("remembered-death", "Hundreds of thousands of pilgrims are expected to converge on the Kadhimiya shrine by "
     "Tuesday for the annual commemoration of the imam's death.", []),
    # the cited event named again after its comma is still the cited event
    ("cited-restated", "It also comes barely two months after herdsmen killed hundreds of people in Agatu, an "
     "attack that drew nationwide condemnation.", []),
    # the main act keeps its own toll and place beside a dated citation
    ("main-beside-citation", "Gunmen killed five people in Agatu on Sunday, two days after herdsmen attacked Ukpam.",
     [Want("Attack", place="Agatu", fatalities=5, date=SUNDAY), Want("Attack", place="Ukpam", date=FRIDAY)]),
    ("person-seized", "Sophie Petronin was seized on Saturday evening by armed men who burst into the premises of "
     "her charity in Gao.",
     [Want("Abduction/forced disappearance", place="Gao", date=SATURDAY)]),
    ("members-agree", "On Saturday, representatives of the factions, including Fatah and Hamas, met in Sidon and "
     "agreed on a ceasefire.",
     [Want("Agreement", "Hamas", place="Sidon", date=SATURDAY)]),
    ("houses-detonated", "On Sunday, Israeli forces detonated several houses on the edge of Kfar Kila.",
     [Want("Looting/property destruction", "Military Forces of Israel", place="Kfar Kila", date=SUNDAY)]),
    ("roundabout-in-capital", "In the capital, Kabul, dozens of men and women gathered near the Abdul Haq "
     "roundabout on Sunday carrying flags and chanting slogans. Taliban fighters fired into the air to disperse "
     "them.",
     [Want("Protest with intervention", place="Kabul", date=SUNDAY)]),
    # guards (the same on 775a753)
    ("chanting-gunmen", "Gunmen chanting slogans opened fire on worshippers at a mosque in Kano on Friday, "
     "killing five.",
     [Want("Attack", place="Kano", fatalities=5, date=FRIDAY)]),
    ("suicide-bomber-of-a-group", "An al-Shabaab suicide bomber blew himself up at a restaurant in Mogadishu on "
     "Saturday, killing 10 people.",
     [Want("Suicide bomb", "Al Shabaab", place="Mogadishu", fatalities=10, date=SATURDAY)]),
]


@pytest.mark.parametrize(("rid", "body", "wants"), SESSION18_CASES, ids=[c[0] for c in SESSION18_CASES])
def test_group_names_crowds_citations_and_members(extracted_lists, rid, body, wants):
    _check_each(extracted_lists[rid], wants)


# session 19, read off heldout130-137 (each fails on f329e11 unless marked as a guard)
SESSION19_CASES = [
    # a wire dateline closed by "--": its day is the filing day, not the act's
    ("dateline-double-dash", "KANO, March 11 (Xinhua) -- Thousands of people marched in Kano on Saturday to demand "
     "the release of detained activists.",
     [Want("Peaceful protest", place="Kano", date=SATURDAY)]),
    # an undated report after the lead goes on with the lead's day, not the day of publication
    ("lead-day-carries", "Hundreds of people rallied in Bamako on Saturday against fuel prices.\n\n"
     "In Sikasso, police fired tear gas to disperse a crowd of traders.",
     [Want("Peaceful protest", place="Bamako", date=SATURDAY),
      Want("Protest with intervention", place="Sikasso", date=SATURDAY)]),
    # the day of a sentence that told no event of its own carries to the next one
    ("day-of-the-sentence-before", "On Saturday, about a hundred people carried a coffin through the centre of Beni. "
     "Police fired tear gas to disperse them near the town hall.",
     [Want("Protest with intervention", place="Beni", date=SATURDAY)]),
    # the crowd's places are the march's; "as well as in X, and in Y" lists more places (Y is no parent)
    ("crowd-in-three-towns", "Protesters also gathered on Saturday in the city of Mosul, where they marched to the "
     "governorate building, as well as in Kirkuk, and in Tikrit, witnesses said.",
     [Want("Peaceful protest", place="Mosul", date=SATURDAY), Want("Peaceful protest", place="Kirkuk", date=SATURDAY),
      Want("Peaceful protest", place="Tikrit", date=SATURDAY)]),
    # "was shot dead": one dead, also with a name in apposition that starts with "al-"
    ("named-man-shot-dead", "A young man, Karim al-Saadi, was shot dead in Basra on Saturday when police opened fire "
     "on residents protesting power cuts.",
     [Want("Excessive force against protesters", place="Basra", fatalities=1, date=SATURDAY)]),
    # "last week after": the act that started it, not a citation of another event
    ("last-week-after", "The unrest began last week after a man was shot dead by police in Kisumu on Saturday.",
     [Want("Attack", place="Kisumu", fatalities=1, date=SATURDAY)]),
    # strikes that "also hit", and the things hit as a list of places
    ("strikes-also-hit", "Strikes also hit the airport in the city of Taiz and sites in Saada province on Saturday.",
     [Want("Air/drone strike", place="Taiz", date=SATURDAY), Want("Air/drone strike", place="Saada", date=SATURDAY)]),
    # "X, an airport in Y": a second site, not where X lies
    ("facility-apposition", "Strikes hit the airport in the city of Taiz, an airport in the Abs district, and a base "
     "in Marib on Saturday.",
     [Want("Air/drone strike", place="Taiz", parent=None, date=SATURDAY), Want("Air/drone strike", place="Marib", date=SATURDAY)]),
    # a capital as the agent of a passive is its government
    # (no other place is named, so no row)
    ("capital-as-agent", "A car bomb exploded at a checkpoint on Saturday, a week after a warning issued by "
     "Washington.", []),
    # flares and smoke bombs thrown, doors broken down, windows smashed: the crowd rioted
    ("flares-and-smoke-bombs", "Several hundred people gathered outside the embassy in Tunis on Saturday, chanting "
     "slogans and throwing flares and smoke bombs at the building.",
     [Want("Violent demonstration", place="Tunis", date=SATURDAY)]),
    ("doors-broken-down", "Protesters broke down the doors of the governor's office in Kirkuk on Saturday.",
     [Want("Violent demonstration", place="Kirkuk", date=SATURDAY)]),
    # two crowds fighting, no arms told
    ("crowds-clash", "In Conakry, at least ten people were injured late on Saturday when supporters of the president "
     "clashed with opposition activists and tore down their tent camp.",
     [Want("Violent demonstration", place="Conakry", date=SATURDAY)]),
    # guard (the same on f329e11, where "set alight" was no cue): a car set alight where a crowd rioted is the riot's
    ("car-set-alight-by-the-crowd", "Rioters threw stones at police in Dakar on Saturday. A car parked nearby was set "
     "alight.",
     [Want("Violent demonstration", place="Dakar", date=SATURDAY)]),
    # guard (the same on f329e11): protests an act sparked are told on their own
    ("sparking-protests", "Gunmen shot dead a prominent activist outside his home in Karbala on Saturday, sparking "
     "angry protests.",
     [Want("Attack", place="Karbala", fatalities=1, date=SATURDAY)]),
    # "the eastern districts of X" names X; "in the city" after it is X, not a town told earlier
    ("districts-of-a-town", "Fighters have besieged the town of Dilling since January. On Saturday, shelling on the "
     "eastern districts of Kadugli killed four civilians. Shells also fell near the main hospital in the city.",
     [Want("Shelling/artillery/missile attack", place="Kadugli", fatalities=4, date=SATURDAY)]),
]


@pytest.mark.parametrize(("rid", "body", "wants"), SESSION19_CASES, ids=[c[0] for c in SESSION19_CASES])
def test_lead_days_listed_scenes_and_crowd_violence(extracted_lists, rid, body, wants):
    _check_each(extracted_lists[rid], wants)


SESSION20_CASES = [
    # the sentence after an unplaced lead says where its target was struck: that is the event's place
    ("struck-where-told-next", "A bomb tore through a minibus carrying wedding guests in Nigeria on Sunday, "
     "killing 11 people.\nThe minibus, one of three travelling from Kano to the border, was hit in the Dandume area "
     "of Katsina state.",
     [Want("Remote explosive/landmine/IED", place="Dandume", parent="Katsina", fatalities=11, date=SUNDAY)]),
    # "In February and March last year": last year's months, background (not this February)
    ("two-months-last-year", "In February and March last year, two bombings in Quetta killed nearly 200 people.",
     []),
    # a choice the government weighs is no offensive
    ("whether-to-launch", "Officials said a decision on whether to open talks with the rebels or launch a full "
     "military offensive in Kidal would be taken within days.",
     []),
    # where mediators came from is no scene of the ceasefire they brokered
    ("elders-from-districts", "Fighting between two tribes near Parachinar killed three people on Saturday. "
     "The ceasefire was brokered on Sunday by a jirga of elders from Kohat, Hangu and Orakzai districts, along with "
     "the district administration and officers of the army.",
     [Want("Armed clash", place="Parachinar", fatalities=3, date=SATURDAY),
      Want("Agreement", place="Parachinar", date=SUNDAY)]),
    # a tribe's name is no place; the two sides firing on each other fought
    ("tribe-is-no-place", "Three people were killed on Saturday when two sides opened fire on each other near "
     "Parachinar, in a dispute between the Peiwar area and tribesmen of the Turi tribe.",
     [Want("Armed clash", place="Parachinar", fatalities=3, date=SATURDAY)]),
    # a crowd's act told with no place goes on where the story just was
    ("story-place", "A police team arrived at the leader's home in the Gulberg neighbourhood of Lahore on "
     "Tuesday afternoon.\n\nHundreds of supporters blocked the road leading to the house.\n"
     "Police fired tear gas, while party workers hurled stones at the officers.",
     [Want("Violent demonstration", place="Gulberg")]),
    # guard: ...but not where an event was told already: more of that event
    ("story-place-taken", "A soldier was killed when his convoy was ambushed near Menaka on Sunday.\n"
     "The convoy was attacked by fighters who fled on motorbikes, the army said.",
     [Want("Armed clash", place="Menaka", fatalities=1, date=SUNDAY)]),
    # "they have come to abduct me": a purpose, no act; an arrest warrant is no arrest
    ("come-to-abduct", "Police arrived in Lahore on Saturday to execute an arrest warrant. \"They have come to "
     "abduct me,\" the former minister said.",
     []),
    # "in the south of the city": a part of the town just told
    ("south-of-the-city", "Fighting broke out in Sweida on Saturday. Gunmen shot dead 12 civilians in a guesthouse "
     "in the south of the city on Sunday.",
     [Want("Armed clash", place="Sweida", date=SATURDAY),
      Want("Attack", place="Sweida", fatalities=12, date=SUNDAY)]),
    # "X, 8 km northeast of Y in the Z district of W province": Z and W enclose X too
    ("bearing-then-district", "Rebels captured the village of Soran, around 8 kilometers (5 miles) northeast of "
     "Dabiq in the Azaz district of Aleppo province, on Sunday.",
     [Want("Non-state actor overtakes territory", place="Soran", parent="Azaz, Aleppo", date=SUNDAY)]),
]


@pytest.mark.parametrize(("rid", "body", "wants"), SESSION20_CASES, ids=[c[0] for c in SESSION20_CASES])
def test_struck_places_story_places_and_peoples_names(extracted_lists, rid, body, wants):
    _check_each(extracted_lists[rid], wants)


# --- session 21: marches met with arrests, crowds looting, a town's quarters ----------------------------

SESSION21_CASES = [
    # "small marches ... where police made arrests": a protest met with arrests, at each town
    ("marches-with-arrests", "Opposition supporters defied a protest ban in Cameroon on Sunday. There were also "
     "small marches in Dschang and Mbouda, where police made arrests.",
     [Want("Protest with intervention", place="Dschang"), Want("Protest with intervention", place="Mbouda")]),
    # arrested on their way to march: the protest was stopped by arrests
    ("arrested-who-tried-to-march", "In Goma, police arrested at least 40 activists of the citizens' movement "
     "LUCHA who tried to march peacefully through the city centre on Sunday.",
     [Want("Protest with intervention", place="Goma", date=SUNDAY)]),
    # guard: activists taken at home are arrests
    ("activists-arrested-at-home", "Police in Goma on Sunday arrested three activists at their homes.",
     [Want("Arrests", place="Goma", date=SUNDAY)]),
    # guard: a month's name is no march
    ("march-the-month", "Police arrested three activists in Goma on Sunday ahead of a vote set for March 15.",
     [Want("Arrests", place="Goma", date=SUNDAY)]),
    # looters are a crowd: a riot, not an armed group's plunder
    ("looters-broke-in", "On Sunday morning, looters broke into a food store on Kachia Road in Kaduna.",
     [Want("Violent demonstration", place="Kaduna", date=SUNDAY)]),
    # guard: fighters looting is plunder
    ("fighters-looted", "RSF fighters looted shops in the main market of Nyala on Sunday.",
     [Want("Looting/property destruction", place="Nyala", date=SUNDAY)]),
    # a quarter told bare lies in the town the story is in
    ("quarter-of-the-story-town", "Fighting broke out in the eastern town of Bria on Saturday.\n\n"
     "On Sunday, FPRC fighters set fire to houses in the Gobolo neighbourhood, residents said.",
     [Want("Armed clash", place="Bria", date=SATURDAY),
      Want("Looting/property destruction", place="Gobolo", parent="Bria", date=SUNDAY)]),
]


@pytest.mark.parametrize(("rid", "body", "wants"), SESSION21_CASES, ids=[c[0] for c in SESSION21_CASES])
def test_marches_crowds_looting_and_quarters(extracted_lists, rid, body, wants):
    _check_each(extracted_lists[rid], wants)


THURSDAY = dt.date(2024, 3, 7)

SESSION22_CASES = [
    # the lead is dated only by the day the official spoke; "The attack on Thursday" dates it
    ("day-of-the-told-attack", "A drone attack on the town of Kalogi in South Kordofan struck a kindergarten, "
     "killing 12 people, a local official told AFP on Monday.\n\nThe attack on Thursday involved three strikes, "
     "the official said.",
     [Want("Air/drone strike", place="Kalogi", fatalities=12, date=THURSDAY, precision=1)]),
    # guard: a lead with its own day keeps it
    ("told-attack-with-its-own-day", "On Saturday, a drone attack on the town of Kalogi in South Kordofan killed "
     "12 people.\n\nThe attack on Thursday involved three strikes, the official said.",
     [Want("Air/drone strike", place="Kalogi", date=SATURDAY)]),
    # "days after ... a strike on Thursday, February 29": the weekday's date follows the comma
    ("cited-weekday-and-date", "The announcement came days after state television aired footage of a drone "
     "strike on Thursday, February 29, against a gathering near the village of Bidi.",
     [Want("Air/drone strike", place="Bidi", date=dt.date(2024, 2, 29))]),
    # police firing on a crowd: the crowd is a protest met with lethal force
    ("police-fired-on-a-crowd", "On Sunday, police fired on a crowd in the central town of Myingyan, killing "
     "one woman, a resident said.",
     [Want("Excessive force against protesters", place="Myingyan", fatalities=1, date=SUNDAY)]),
    # guard: a crowd of mourners is no protest
    ("police-fired-on-mourners", "On Sunday, police fired on a crowd of mourners in the central town of Myingyan, "
     "killing one woman.",
     [Want("Attack", place="Myingyan", fatalities=1, date=SUNDAY)]),
    # "nobody had so far been arrested": no arrest
    ("nobody-arrested", "Police in Karachi said nobody had so far been arrested for the arson.", []),
    # candlelight vigils held in three cities: a peaceful gathering in each
    ("vigils-held", "Candlelight vigils were held on Sunday night in Islamabad and Lahore, where hundreds of "
     "people gathered holding photographs of the dead.",
     [Want("Peaceful protest", place="Islamabad", date=SUNDAY), Want("Peaceful protest", place="Lahore", date=SUNDAY)]),
    # guard: soldiers keeping vigil is no gathering
    ("kept-vigil", "Soldiers kept vigil on the border near Peshawar on Sunday.", []),
    # West Bank settlers raiding a hamlet attack its people; the settlers are a militia of their own
    ("settlers-raid-a-hamlet", "Dozens of Israeli settlers attacked the Palestinian hamlet of Mufagara on Sunday, "
     "throwing stones at homes and smashing cars.",
     [Want("Attack", actor1="Settlers (Israel)", place="Mufagara", date=SUNDAY)]),
    # people seized at gunpoint are abducted, not a place taken
    ("seized-at-gunpoint", "The divisional officer and five of his collaborators were seized at gunpoint at "
     "Ntumbaw on Sunday.",
     [Want("Abduction/forced disappearance", place="Ntumbaw", date=SUNDAY)]),
    # guard: a town seized is a town taken
    ("town-seized", "Separatist fighters seized the town of Ntumbaw on Sunday.",
     [Want("Non-state actor overtakes territory", place="Ntumbaw", date=SUNDAY)]),
    # an assimilated Arabic article inside a name ("ez-", "es-") does not cut it short
    ("deir-ez-zor", "Kurdish-led fighters seized the city of Deir ez-Zor on Sunday.",
     [Want("Non-state actor overtakes territory", place="Deir ez-Zor", date=SUNDAY)]),
]


@pytest.mark.parametrize(("rid", "body", "wants"), SESSION22_CASES, ids=[c[0] for c in SESSION22_CASES])
def test_told_days_names_crowds_arrests_and_vigils(extracted_lists, rid, body, wants):
    _check_each(extracted_lists[rid], wants)


SESSION23_CASES = [
    # "March 11, 2024 (KADUGLI) –": the dateline's town holds a quarter the story names; the looting
    # the losing side did as it pulled back, told apart from the fight, is an event of its own
    ("dateline-quarter-looting", "March 11, 2024 (KADUGLI) – The army repelled an RSF assault on Kadugli on Sunday."
     "\n\nResidents of the Hay al-Matar neighbourhood said RSF fighters looted shops and homes as they withdrew "
     "on Sunday evening.",
     [Want("Armed clash", place="Kadugli", date=SUNDAY),
      Want("Looting/property destruction", actor1="Rapid Support Forces", place="Hay al-Matar", parent="Kadugli",
           date=SUNDAY)]),
    # a road named by the towns it joins: the first town, when the sentence names no other place
    ("road-between-towns", "Gunmen abducted six traders on the Bida-Mokwa road on Sunday.",
     [Want("Abduction/forced disappearance", place="Bida", date=SUNDAY)]),
    # guard: a place the sentence names wins over the road
    ("road-and-a-town", "Gunmen abducted six traders near Mokwa on the Bida-Mokwa road on Sunday.",
     [Want("Abduction/forced disappearance", place="Mokwa", date=SUNDAY)]),
    # "The jet struck X ... on Saturday": the strike just told, at its place and on its day
    ("the-jet-struck", "At least 15 fishermen were killed when a fighter jet bombed a fishing village on the shores "
     "of Lake Chad, residents said.\n\nThe jet struck Malam Fatori, in Abadam district of Borno state, on "
     "Saturday, the sources said.",
     [Want("Air/drone strike", place="Malam Fatori", fatalities=15, date=SATURDAY)]),
    # guard: a bomber that struck is no aircraft
    ("the-bomber-struck", "The bomber struck during Friday prayers at a mosque in Kunduz, killing 20 worshippers.",
     [Want("Attack", place="Kunduz", fatalities=20, date=FRIDAY)]),
    # an operation's name is no place; "in strikes on Saturday on X": X, on Saturday (the statement's
    # Monday is the day of the telling)
    ("operation-and-statement-day", "In a statement on Monday, the air component of Operation Lafiya Dole said its "
     "jets had killed scores of fighters in strikes on Saturday on Kirta Wulgo.",
     [Want("Air/drone strike", place="Kirta Wulgo", date=SATURDAY)]),
    # a protest "condemning the attack" is peaceful: the attack is what it condemns
    ("protest-condemning-an-attack", "Hundreds of students staged a protest in Herat on Sunday, condemning the attack.",
     [Want("Peaceful protest", place="Herat", date=SUNDAY)]),
    # militiamen who drove the Taliban out of two towns took them; former soldiers are no army
    ("drove-out-of-towns", "Local militiamen, many of them former members of the Afghan security forces, drove the "
     "Taliban out of Khinjan and Dushi on Saturday.",
     [Want("Non-state actor overtakes territory", actor1="Unidentified Armed Group (Afghanistan)", place="Khinjan",
           date=SATURDAY),
      Want("Non-state actor overtakes territory", actor1="Unidentified Armed Group (Afghanistan)", place="Dushi",
           date=SATURDAY)]),
    # "X in Donetsk region and Y in Zaporizhzhia region": two villages, each in its region
    ("each-in-its-region", "Ukrainian troops liberated Staromaiorske in Donetsk region and Piatykhatky in "
     "Zaporizhzhia region on Sunday.",
     [Want("Government regains territory", place="Staromaiorske", parent="Donetsk", date=SUNDAY),
      Want("Government regains territory", place="Piatykhatky", parent="Zaporizhzhia", date=SUNDAY)]),
    # "AFRICOM said the strike was carried out Saturday in the vicinity of X": the strike told, at X
    # on that day; a town "used as a base for attacks" tells no attack
    ("strike-carried-out-near", "The US military said it killed four militants in an air strike in Somalia's Bay "
     "region over the weekend.\n\nIn a statement released Sunday, AFRICOM said the strike was carried out "
     "Saturday in the vicinity of Buurhakaba, a town the militants have used as a base for attacks on the capital.",
     [Want("Air/drone strike", place="Bay", fatalities=4, date=SUNDAY, precision=2),
      Want("Air/drone strike", place="Buurhakaba", date=SATURDAY, precision=1)]),
    # "In the city of Horlivka, ... shelled the Nikitovsky district": a district of that city
    ("district-of-the-city", "In the city of Horlivka, one civilian was killed when Ukrainian forces shelled the "
     "Nikitovsky district on Monday morning, the mayor said.",
     [Want("Shelling/artillery/missile attack", place="Nikitovsky", parent="Horlivka", fatalities=1, date=PUBLISHED)]),
    # a village administrator is a civilian official: shooting him is an attack, not a clash
    ("administrator-shot", "In Kyaukse Township, a ward administrator was shot dead near his home on Sunday.",
     [Want("Attack", actor2="Civilians", place="Kyaukse", fatalities=1, date=SUNDAY)]),
    # cars set on fire by the missiles are the strike's damage, no arson of its own
    ("missiles-set-cars-on-fire", "On Friday morning, Russian missiles struck the city of Kremenchuk, killing three "
     "people.\n\nThe missiles hit an industrial facility and a nearby street, setting cars on fire.",
     [Want("Shelling/artillery/missile attack", place="Kremenchuk", fatalities=3, date=FRIDAY)]),
    # churches a rampaging crowd set on fire are its riot, with the deaths the fires caused
    ("rampage-and-churches", "On Saturday, groups of young men went on the rampage in Gode, looting shops and "
     "attacking residents from other ethnic groups.\n\nAt least seven churches were set on fire on Saturday, and "
     "six priests were among those killed, the church said.",
     [Want("Violent demonstration", place="Gode", fatalities=6, date=SATURDAY)]),
    # guard: a group "a former Seleka rebel group" is still the rebels who fought
    ("former-rebel-group", "A peacekeeper was killed when his patrol was ambushed by armed men near Ndele on Sunday."
     "\n\nThe patrol was attacked about 15 kilometres south of the town by fighters from the Popular Front for the "
     "Renaissance of Central Africa (FPRC), a former Seleka rebel group. Two of the attackers were also killed in "
     "the exchange of fire.",
     [Want("Armed clash", actor1="FPRC", place="Ndele", date=SUNDAY)]),
    # guard: a habitual "since ... last autumn" leaves the next paragraph's "later that evening" Saturday's
    ("since-last-autumn", "A man was killed when Russian forces shelled Kupiansk on Saturday afternoon. The town has "
     "been shelled almost daily since Russian forces renewed their push toward it last autumn.\n\nLater that "
     "evening, Russia hit Kharkiv city with two missiles, injuring three people.",
     [Want("Shelling/artillery/missile attack", place="Kupiansk", fatalities=1, date=SATURDAY),
      Want("Shelling/artillery/missile attack", place="Kharkiv", date=SATURDAY)]),
    # second round (read off heldout170-177 after their blind run):
    # "Addis Ababa (AFP) -": a title-case dateline is where the report was filed, not the scene
    ("title-case-agency-dateline", "Addis Ababa (AFP) - Ethiopian security forces opened fire on protesters in the "
     "northern city of Bahir Dar on Friday, killing at least one person, witnesses said.",
     [Want("Excessive force against protesters", place="Bahir Dar", fatalities=1, date=FRIDAY)]),
    # the dead a march mourns, beheaded elsewhere, are no toll and no violence of the march
    ("march-with-coffins", "Thousands of people marched through Mazar-i-Sharif on Wednesday carrying the coffins of "
     "five Hazara civilians, among them a girl, who were beheaded by militants in Zabul province, demanding "
     "protection on the highways.",
     [Want("Peaceful protest", place="Mazar-i-Sharif", fatalities=0, date=WEDNESDAY)]),
    # "the birthplace of the 2011 uprising": a past era named by its year does not make the act background
    ("era-named-by-its-year", "On Saturday, local armed factions took control of Quneitra city, the birthplace of "
     "the 2011 uprising, after government troops pulled out.",
     [Want("Non-state actor overtakes territory", place="Quneitra", date=SATURDAY)]),
    # guard: "during the 2011 uprising" dates the act itself: background
    ("during-an-era", "Al-Qaida militants seized the town of Mudiyah during the 2011 uprising.", []),
    # a bombing told near a reference point, then "The attack hit a stadium in X": one suicide bombing
    # at X, with the toll "in an attack claimed by" the group
    ("suicide-bombing-then-its-place", "A suicide bomber blew himself up among young men gathered for a football "
     "match south of Baghdad on Friday, killing 29 people in an attack claimed by the Islamic State group.\n\n"
     "The attack hit a small stadium in the village of Jurf al-Nasr, near the town of Iskandariya.",
     [Want("Suicide bomb", actor1="Islamic State", place="Jurf al-Nasr", fatalities=29, date=FRIDAY)]),
    # stepping on a mine is a mine blast; "a border crossing" is a place, not a crossing made
    ("stepped-on-a-mine", "On Sunday a woman was killed when she stepped on a mine near Taung Bazar, a border crossing "
     "in Buthidaung Township.",
     [Want("Remote explosive/landmine/IED", place="Taung Bazar", fatalities=1, date=SUNDAY)]),
    # residents who block the road and stone a patrol riot
    ("stoned-a-patrol", "On Friday, hundreds of residents blocked the main road in Kiwanja and stoned a MONUSCO "
     "patrol, officials said.",
     [Want("Violent demonstration", place="Kiwanja", actor2="MONUSCO", date=FRIDAY)]),
]


@pytest.mark.parametrize(("rid", "body", "wants"), SESSION23_CASES, ids=[c[0] for c in SESSION23_CASES])
def test_datelines_roads_jets_operations_and_regions(extracted_lists, rid, body, wants):
    _check_each(extracted_lists[rid], wants)


SESSION24_CASES = [
    # "X village's monastery": a village told with its unit word is where the bombs fell, not a government
    ("village-possessive", "A fighter jet dropped two bombs on Kyauk Taw village's monastery on Sunday, killing five "
     "monks.",
     [Want("Air/drone strike", place="Kyauk Taw", fatalities=5, date=SUNDAY)]),
    # a death in hospital "bringing the toll to nine" counts the event told, on no day of its own: "about an
    # hour later" runs from the raid, not from the death
    ("toll-update-and-an-hour-later", "Gunmen attacked Ruwan Kura village on Saturday, killing eight people. A man "
     "wounded in the attack died in hospital on Sunday, bringing the toll in Ruwan Kura to nine.\n\nIn a separate "
     "raid about an hour later, gunmen killed two farmers in Dan Gulbi village.",
     [Want("Attack", place="Ruwan Kura", fatalities=8, date=SATURDAY),
      Want("Attack", place="Dan Gulbi", fatalities=2, date=SATURDAY)]),
    # a way of war, and what can be done against a kind of act, are no events
    ("has-been-conducting-operations", "The army has been conducting operations in Kanbalu township, burning "
     "villages and carrying out air strikes.", []),
    ("no-defence-against", "Jets bombed Kanbalu on Sunday, killing four people. The resistance forces have no "
     "defence against air attacks.",
     [Want("Air/drone strike", place="Kanbalu", fatalities=4, date=SUNDAY)]),
    # "about a kilometre away": from where the story's last event was; "at almost the same time": its day
    ("a-kilometre-away", "Gunmen opened fire on a checkpoint in Mopti on Sunday, killing two soldiers.\n\nAt almost the "
     "same time, a car packed with explosives blew up outside the police headquarters, about a kilometre away.",
     [Want("Armed clash", place="Mopti", fatalities=2, date=SUNDAY),
      Want("Remote explosive/landmine/IED", place="Mopti", date=SUNDAY)]),
    # "said that on Saturday": the act's day; "neutralising several terrorists": the strike's toll
    ("said-that-on-saturday", "The army said that on Saturday its jets struck fleeing vehicles near Gossi, "
     "neutralising several terrorists.",
     [Want("Air/drone strike", place="Gossi", date=SATURDAY)]),
    # an arrest told with no place, after a crowd was dispersed in X: at X, and apart from the dispersal
    ("arrest-after-a-dispersal", "On Sunday, hundreds of people who gathered in Bobo-Dioulasso were dispersed by "
     "soldiers who fired into the air.\n\nSoldiers also detained two opposition leaders on Sunday.",
     [Want("Protest with intervention", place="Bobo-Dioulasso", date=SUNDAY),
      Want("Arrests", place="Bobo-Dioulasso", date=SUNDAY)]),
    # a raid that harmed only things is property destruction; guard: one that killed is an attack
    ("raid-on-things", "Soldiers stormed the offices of a private radio station in Niamey on Saturday, smashed its "
     "equipment and set fire to a car parked outside.",
     [Want("Looting/property destruction", place="Niamey", date=SATURDAY)]),
    ("raid-that-killed", "Gunmen stormed Kuka village on Saturday, killing three people, and set fire to houses.",
     [Want("Attack", place="Kuka", fatalities=3, date=SATURDAY)]),
    # live rounds at people who had gathered: lethal force on a crowd, whoever they hit
    ("live-rounds-at-a-gathering", "On Sunday soldiers fired live rounds at groups of young men who had gathered in "
     "Tanghin, chanting slogans.",
     [Want("Excessive force against protesters", place="Tanghin", date=SUNDAY)]),
    # guard: shots into the air disperse a crowd
    ("fired-into-the-air", "Police fired into the air to disperse hundreds of people who had gathered in Jos on Sunday.",
     [Want("Protest with intervention", place="Jos", date=SUNDAY)]),
    ("chased-and-beat", "Police chased protesters into side streets in Gulu on Saturday and beat those they caught.",
     [Want("Protest with intervention", place="Gulu", date=SATURDAY)]),
    ("soldiers-fired-on-the-crowd", "Thousands marched through Ambo on Sunday. Residents said soldiers fired on the "
     "crowd near the main square, killing two people.",
     [Want("Excessive force against protesters", place="Ambo", fatalities=2, date=SUNDAY)]),
    ("met-with-lethal-force", "Security forces met protests in Mandalay with lethal force on Saturday, killing three "
     "people.",
     [Want("Excessive force against protesters", place="Mandalay", fatalities=3, date=SATURDAY)]),
    # pro-government militiamen killed when their patrol was ambushed: a clash, and the insurgents' doing
    ("militia-patrol-ambushed", "Six Volunteers for the Defence of the Homeland were killed on Saturday when their "
     "patrol was ambushed near Titao.",
     [Want("Armed clash", actor1="Unidentified Armed Group (Burkina Faso)", actor2="VDP", place="Titao", fatalities=6,
           date=SATURDAY)]),
    # an attack on a camp that the next sentence says was fought off is a clash
    ("assailants-pushed-back", "Militants attacked the Tessit camp on Sunday. \"After heavy fighting, the "
     "assailants were pushed back,\" the army said, adding that three soldiers were killed.",
     [Want("Armed clash", place="Tessit", fatalities=3, date=SUNDAY)]),
    # planned, and a record "since" something: no events
    ("preparing-an-offensive", "Troops have been preparing an offensive on rebel strongholds in Ituri province.", []),
    ("accused-since", "Officials accuse rebel fighters of killing dozens of civilians in Kasai since the offensive "
     "began.", []),
    # "PESHAWAR: ... in the provincial capital": the town filed from
    ("dateline-provincial-capital", "PESHAWAR: Police fired tear gas at traders who blocked roads in the provincial "
     "capital on Sunday.",
     [Want("Protest with intervention", place="Peshawar", date=SUNDAY)]),
    # a party's workers who clash with police, protesting, riot
    ("party-workers-clashed", "Workers of the Awami Party clashed with police in Sylhet on Sunday, protesting the "
     "arrest of their leader.",
     [Want("Violent demonstration", place="Sylhet", date=SUNDAY)]),
    ("angry-crowd-killed", "An angry crowd caught two suspected thieves in Kano on Sunday and killed them.",
     [Want("Mob violence", place="Kano", date=SUNDAY)]),
    # infiltrating a base is an assault on it; a "cross-border operation" is no crossing made
    ("infiltrate-a-base", "Militants infiltrated an army base in Dir on Saturday.",
     [Want("Armed clash", place="Dir", date=SATURDAY)]),
    ("cross-border-operation", "Five soldiers were killed on Saturday in an attack on a base in Duhok, in the zone of "
     "the army's cross-border operation.",
     [Want("Armed clash", place="Duhok", fatalities=5, date=SATURDAY)]),
    # a rally that was to be held and was called off; a warning to "nobody who set fire": no events
    ("rally-called-off", "A rally that was to be held outside the press club in Quetta on Sunday was called off.", []),
    ("nobody-who-set-fire", "\"Nobody who set fire to state property in Peshawar will be spared,\" the police chief "
     "said on Sunday.", []),
    # a court named for its town places an arrest there
    ("arrested-at-the-town-s-high-court", "Police arrested the party leader at the Islamabad High Court on Sunday.",
     [Want("Arrests", place="Islamabad", date=SUNDAY)]),
    # aircraft set on fire are the things hit, not the weapon
    ("aircraft-set-on-fire", "Gunmen entered the air base in Senou on Sunday and set fire to several aircraft.",
     [Want("Looting/property destruction", place="Senou", date=SUNDAY)]),
    # a man beaten and burned by people in the street: a mob's killing
    ("beaten-and-burned", "In Kano on Sunday, a suspected thief was beaten and then burned to death in the street.",
     [Want("Mob violence", place="Kano", date=SUNDAY)]),
    # second round
    # "erupted on Tuesday when ..., where the opposition had hoped to": no flashback, the story runs on Tuesday
    ("no-flashback-in-a-subordinate-clause", "Gunmen killed two soldiers in Mopti on Saturday.\n\nThe violence "
     "erupted on Tuesday when thousands marched in Kyiv towards parliament, where the opposition had hoped to force "
     "a vote. Police fired tear gas at them in Mariinsky Park.",
     [Want("Armed clash", place="Mopti", date=SATURDAY), Want("Peaceful protest", place="Kyiv", date=TUESDAY),
      Want("Protest with intervention", place="Mariinsky Park", date=TUESDAY)]),
    # soldiers firing on crowds heading to an aid site attack civilians; it is no protest
    ("crowds-heading-to-aid", "Soldiers opened fire on crowds heading to an aid distribution site in Rafah on "
     "Sunday, killing 27 people.",
     [Want("Attack", place="Rafah", fatalities=27, date=SUNDAY)]),
    # a truce kept is no agreement made
    ("respecting-a-ceasefire", "Officially, the army in Goma is respecting a ceasefire brokered by regional leaders.",
     []),
]


@pytest.mark.parametrize(("rid", "body", "wants"), SESSION24_CASES, ids=[c[0] for c in SESSION24_CASES])
def test_tolls_told_again_crowds_fired_on_and_raids_on_things(extracted_lists, rid, body, wants):
    _check_each(extracted_lists[rid], wants)


MARCH_2 = dt.date(2024, 3, 2)
MARCH_4 = dt.date(2024, 3, 4)
SESSION25_CASES = [
    # "they" acting in a sentence is the side the sentence before had act
    ("they-of-the-sentence-before", "In Lviv, protesters seized the regional administration and set fire to the "
     "police building on Sunday. In Ternopil, they stormed the governor's office, breaking windows.",
     [Want("Violent demonstration", "Rioters", place="Lviv", date=SUNDAY),
      Want("Violent demonstration", "Rioters", place="Ternopil", date=SUNDAY)]),
    # ... unless the sentence names who "they" are before it
    ("they-of-their-own-sentence", "Soldiers opened fire on a procession in Nyanya on Sunday, killing two. On "
     "Tuesday, gunmen killed three farmers in Kaduna after they raided a village.",
     [Want("Excessive force against protesters", place="Nyanya", fatalities=2, date=SUNDAY),
      Want("Attack", "Unidentified Armed Group", place="Kaduna", fatalities=3, date=TUESDAY)]),
    # "three of them" suffering it are the side the sentence before had suffer: still the soldiers' attack
    ("n-of-them-suffered", "Soldiers stormed the village of Kuno on Sunday and rounded up thirty young men, "
     "residents said. Three of them were shot dead near the mosque.",
     [Want("Attack", "Military Forces", "Civilians", place="Kuno", fatalities=3, date=SUNDAY)]),
    # clashes between a crowd and the forces are the crowd's violence, whoever died
    ("clashes-between-crowd-and-forces", "Eight people were killed on Sunday in clashes between protesters and "
     "security forces in Kassala.",
     [Want("Violent demonstration", "Rioters", place="Kassala", fatalities=8, date=SUNDAY)]),
    # live rounds fired at marchers are lethal force, though no death is told in the clause
    ("live-rounds-at-marchers", "Security forces fired live rounds and tear gas at marchers in Bahri on Sunday.",
     [Want("Excessive force against protesters", place="Bahri", date=SUNDAY)]),
    # graffiti, thrown paint, defacing: demonstrators destroying property
    ("graffiti-and-paint", "Demonstrators sprayed graffiti on the walls of the governor's office in Kassala on "
     "Sunday and threw paint at its doors.",
     [Want("Violent demonstration", "Rioters", place="Kassala", date=SUNDAY)]),
    # a man shot dead when forces fired on a crowd that had gathered: the crowd was fired on, it did not fight
    ("shot-dead-when-a-crowd-was-fired-on", "In Pyay, one man was shot dead when security forces fired on a crowd "
     "that had gathered on the main road on Sunday.",
     [Want("Excessive force against protesters", place="Pyay", fatalities=1, date=SUNDAY)]),
    # "in the two days that followed": a range after the day just told
    ("in-the-two-days-that-followed", "Gunmen attacked Kalo village on March 2, killing ten people. In the two days "
     "that followed, crowds in Gondar set fire to buses and shops.",
     [Want("Attack", place="Kalo", fatalities=10, date=MARCH_2),
      Want("Violent demonstration", place="Gondar", date=MARCH_4, date_start=dt.date(2024, 3, 3), precision=2)]),
    # "claimed both attacks" claims the two just told; it is no third
    ("claimed-both-attacks", "A bomb exploded in a market in Kabul on Friday, killing eight people. A second bomb "
     "hit a bus in Kabul on Saturday, killing two. ISKP claimed both attacks.",
     [Want("Remote explosive/landmine/IED", place="Kabul", fatalities=8, date=FRIDAY),
      Want("Remote explosive/landmine/IED", place="Kabul", fatalities=2, date=SATURDAY)]),
    # a war's running toll "has left 17,000 dead" is no event
    ("conflict-has-left-dead", "A bomb killed five people in Kano on Sunday. The six-year conflict in Borno has left "
     "at least 17,000 dead.",
     [Want("Remote explosive/landmine/IED", place="Kano", fatalities=5, date=SUNDAY)]),
    # "the deadliest attack since March 2, when a drone hit X": the recalled event on its own day; the story's
    # time runs on from before it
    ("deadliest-since-a-day-when", "A missile strike on Odesa killed 20 people on Sunday. It was the deadliest attack "
     "on Odesa since March 2, when a drone hit an apartment building, killing 12 people. Later, shelling "
     "hit Kherson, killing two.",
     [Want("Shelling/artillery/missile attack", place="Odesa", fatalities=20, date=SUNDAY),
      Want("Air/drone strike", place="Odesa", fatalities=12, date=MARCH_2),
      Want("Shelling/artillery/missile attack", place="Kherson", fatalities=2, date=SUNDAY)]),
    # deaths "as rival crowds fought in the streets": the crowds' violence, told after the toll
    ("rival-crowds-fought", "There were also clashes in the eastern city of Harar on Sunday, where three people "
     "were killed as rival crowds fought in the streets.",
     [Want("Violent demonstration", "Rioters", place="Harar", fatalities=3, date=SUNDAY)]),
    # guard: young men fighting beside rebels are fighters, no crowd
    ("young-men-fought-alongside", "Fighting broke out in Harar on Sunday between the army and the rebels, and "
     "young men fought alongside the rebels.",
     [Want("Armed clash", place="Harar", date=SUNDAY)]),
    # what a crowd chants against is the event told already, not the crowd's own attack
    ("chanting-against-the-attack", "Missiles hit Erbil on Sunday, killing two people. On Sunday afternoon, dozens "
     "of people gathered in front of the Iranian consulate in Erbil, chanting slogans against the attack.",
     [Want("Shelling/artillery/missile attack", place="Erbil", fatalities=2, date=SUNDAY),
      Want("Peaceful protest", place="Erbil", date=SUNDAY)]),
    # "the northeastern Democratic Republic of the Congo" is the country, not a place "Democratic Republic"
    ("democratic-republic-of-the-congo", "At least 15 people were killed when militiamen attacked a camp overnight "
     "in the northeastern Democratic Republic of the Congo, local sources said.",
     [Want("Attack", place="-", fatalities=15)]),
]


@pytest.mark.parametrize(("rid", "body", "wants"), SESSION25_CASES, ids=[c[0] for c in SESSION25_CASES])
def test_pronouns_crowds_that_fought_and_recalled_days(extracted_lists, rid, body, wants):
    _check_each(extracted_lists[rid], wants)


SESSION25_SECOND_CASES = [
    # a crowd trying to storm or break in was no peaceful one, whoever fired on it
    ("shot-while-trying-to-break-in", "In Amarah on Sunday, guards at the office of an armed group shot dead six "
     "protesters who were trying to break into the compound.",
     [Want("Violent demonstration", "Rioters", place="Amarah", fatalities=6, date=SUNDAY)]),
    # an armed group's men firing on a protest is force on the protest, theirs
    ("militia-fires-on-a-protest", "On Sunday, STC forces opened fire on a protest in Crater, killing a young man.",
     [Want("Excessive force against protesters", "Protesters (Yemen)", "Southern Transitional Council",
           place="Crater", fatalities=1, date=SUNDAY)]),
    # guard: unknown gunmen firing on a rally attack civilians
    ("gunmen-fire-on-a-rally", "On Sunday, gunmen opened fire on a rally near the bridge in Crater, killing one "
     "participant.",
     [Want("Attack", place="Crater", fatalities=1, date=SUNDAY)]),
    # guard: gunmen firing on people headed to a protest, and a gunbattle after: an attack, no protest
    ("fired-on-supporters-headed-to-a-protest", "On Sunday, gunmen opened fire on supporters headed to a protest in "
     "Crater, sparking gunbattles that killed three.",
     [Want("Attack", place="Crater", fatalities=3, date=SUNDAY)]),
]


@pytest.mark.parametrize(("rid", "body", "wants"), SESSION25_SECOND_CASES, ids=[c[0] for c in SESSION25_SECOND_CASES])
def test_crowds_that_stormed_and_force_on_them(extracted_lists, rid, body, wants):
    _check_each(extracted_lists[rid], wants)


# --- session 26: bodies found, scenes the parse hides, release datelines, protests announced --------------

BODIES_AND_SCENES_CASES = [
    # bodies found are a killing: an attack by whoever killed them, not by whoever found them
    ("found-the-bodies-of-civilians", "Peacekeepers discovered the bodies of 21 civilians near a church in the "
     "village of Tagbara on Sunday.",
     [Want("Attack", "Unidentified Armed Group", "Civilians", place="Tagbara", fatalities=21, date=SUNDAY)]),
    # "bodies, those of men, were found": the dead of a killing, whatever the aside says of them
    ("bodies-with-an-aside-were-found", "Seven other bodies, those of men, were found in Mbogi on Sunday.",
     [Want("Attack", place="Mbogi", fatalities=7, date=SUNDAY)]),
    # guard: "found the bodies" are the dead of the killing just told, no second event
    ("found-the-bodies-told-already", "Soldiers killed 16 men in the village of Yin on Friday. Villagers who "
     "returned on Sunday found the bodies in a forest near the village.",
     [Want("Attack", "Military Forces", place="Yin", fatalities=16, date=FRIDAY)]),
    # a body found near a village: the village, not the dead man's home town
    ("a-man-from-a-town-found-dead", "On Sunday, the body of Yuriy Verbytsky, a 50-year-old seismologist from "
     "Lviv, was found in a forest near the village of Hnidyn.",
     [Want("Attack", place="Hnidyn", fatalities=1, date=SUNDAY)]),
    # a town entered without a fight is taken
    ("entered-without-a-fight", "Al-Shabaab fighters entered the town of Galcad on Sunday without a fight, hours "
     "after government forces pulled out.",
     [Want("Non-state actor overtakes territory", "Al Shabaab", place="Galcad", date=SUNDAY)]),
    # guard: "without a fight" is no fight
    ("without-a-fight-is-no-clash", "UPC fighters were holding 23 people in Tagbara on Sunday. The peacekeepers "
     "freed the group without a fight.",
     []),
    # "Fighting broke out in X, ... south of Khartoum, where fighters attacked": the 'where' is X, however parsed
    ("where-after-a-bearing", "Fighting also broke out on Sunday in El Obeid, some 350 kilometres south of "
     "Khartoum, where RSF fighters attacked army positions.",
     [Want("Armed clash", "Rapid Support Forces", place="El Obeid", date=SUNDAY)]),
    # "around X, where residents said soldiers clashed": the act told through a witness is at the 'where'
    ("where-residents-said", "Fighting was reported on Sunday around Enticho, where residents said federal "
     "soldiers clashed for several hours with fighters of the TPLF.",
     [Want("Armed clash", place="Enticho", date=SUNDAY)]),
    # guard: what the witnesses heard there is no act
    ("where-residents-heard", "Fighting was reported on Sunday around Enticho, where residents said they had "
     "heard gunfire.",
     []),
    # "The bodies of A and of B were pulled from a river": the dead found, not 'the killed' told before
    ("bodies-pulled-from-a-river", "The bodies of two men who were dragged away by gunmen last week were pulled "
     "from a river near the village of Raihorodok on Sunday, police said.",
     [Want("Attack", place="Raihorodok", fatalities=2, date=SUNDAY)]),
    ("bodies-of-a-long-list-exhumed", "The bodies of a city councilman who was dragged away by gunmen last week "
     "and of a 19-year-old student were exhumed near the village of Raihorodok on Sunday, police said.",
     [Want("Attack", place="Raihorodok", date=SUNDAY)]),
    # "in A, in the west, and in B": B is joined to a sibling of "in A", and both are scenes
    ("in-a-in-the-west-and-in-b", "Police used tear gas to disperse demonstrators in Bobo-Dioulasso, in the west, "
     "and in Kaya on Sunday.",
     [Want("Protest with intervention", place="Bobo-Dioulasso", date=SUNDAY),
      Want("Protest with intervention", place="Kaya", date=SUNDAY)]),
    # "X, the capital of Y state" names a town, however the tagger read X; a peaceful procession is a protest
    ("procession-from-a-capital", "A large peaceful procession was also reported from Wad Madani, the capital of "
     "El Gezira state, on Sunday.",
     [Want("Peaceful protest", place="Wad Madani", parent="El Gezira", date=SUNDAY)]),
    # guard: a funeral procession is no protest
    ("funeral-procession", "Hundreds of mourners joined the funeral procession in Wad Madani on Sunday.",
     []),
    # a release's town and day before a long dash is where it was written, not where it happened
    ("release-dateline-with-a-day", "Juba, 26 February 2024 – Armed men killed two patients in their beds in "
     "Malakal on Sunday, the UN said.",
     [Want("Attack", place="Malakal", fatalities=2, date=SUNDAY)]),
    ("release-dateline-town-only", "Geneva – Security forces killed two demonstrators in a protest in Mukalla on "
     "Sunday.",
     [Want("Excessive force against protesters", place="Mukalla", fatalities=2, date=SUNDAY)]),
    # protests announced are planned, not held
    ("protests-announced", "Members of civil society in Islamabad and Peshawar have announced protests on Sunday to "
     "condemn the killing.",
     []),
]


@pytest.mark.parametrize(("rid", "body", "wants"), BODIES_AND_SCENES_CASES, ids=[c[0] for c in BODIES_AND_SCENES_CASES])
def test_bodies_found_scenes_and_release_datelines(extracted_lists, rid, body, wants):
    _check_each(extracted_lists[rid], wants)


def test_a_place_only_near_the_event_is_the_last_fallback(nlp):
    """'Outside the capital, ... from the Notre-Dame cathedral in Kisangani': if the gazetteer lacks the
    cathedral, the town beside it is the guess, not the capital the event was outside."""
    article = _article("a26", "Outside the capital, police fired tear gas on Sunday to disperse worshippers "
                              "trying to march from the Notre-Dame-de-l'Assomption cathedral in Kisangani.")
    (mention,) = extract_mentions(article, nlp)
    assert mention.location.name == "Notre-Dame-de-l'Assomption"
    assert mention.fallback_locations[0] == LocationMention("Kisangani", "place")


# --- session 26, second round (read off heldout194-201): towns that fell, days told before, lists ---------

FALLS_AND_TOLD_DAYS_CASES = [
    # a town that "also fell" was taken; a town entered as its defenders pulled back was taken
    ("a-town-also-fell", "The Taliban captured Kunduz on Sunday. On Sunday evening, Taloqan, capital of "
     "neighbouring Takhar province, also fell after heavy street fighting.",
     [Want("Non-state actor overtakes territory", "Taliban", place="Kunduz", date=SUNDAY),
      Want("Non-state actor overtakes territory", "Taliban", place="Taloqan", parent="Takhar", date=SUNDAY)]),
    ("entered-as-defenders-pulled-back", "Hours later on Sunday, the Taliban entered Sar-e Pul after security "
     "forces pulled back to a base outside the city.",
     [Want("Non-state actor overtakes territory", "Taliban", place="Sar-e Pul", date=SUNDAY)]),
    # guard: shells that fell on a market are no capture
    ("shells-fell-on-a-market", "Shells fell on the market in Kharkiv on Sunday, killing two.",
     [Want("Shelling/artillery/missile attack", place="Kharkiv", fatalities=2, date=SUNDAY)]),
    # "the villages of A, B and C in the X district": the district holds each of them
    ("villages-of-a-list-in-a-district", "The Islamists stormed the villages of Goshe, Attagara and Aganjara in the "
     "Gwoza district of Borno state on Sunday, opening fire on residents who had gathered in the belief that the "
     "men in uniform had come to protect them.",
     [Want("Attack", place="Goshe", parent="Gwoza, Borno", date=SUNDAY),
      Want("Attack", place="Attagara", parent="Gwoza, Borno", date=SUNDAY),
      Want("Attack", place="Aganjara", parent="Gwoza, Borno", date=SUNDAY)]),
    # gunmen disguised as soldiers are not the army
    ("disguised-as-soldiers", "Boko Haram gunmen disguised as soldiers killed 20 people in Gwoza on Sunday.",
     [Want("Attack", "Boko Haram", place="Gwoza", fatalities=20, date=SUNDAY)]),
    # a shootout is a fight; "gunfire broke out between" two armed sides too
    ("a-shootout", "A shootout in the town of Mukachevo left three people dead on Sunday.",
     [Want("Armed clash", place="Mukachevo", fatalities=3, date=SUNDAY)]),
    # "Late that evening": the day told before, though the sentences between told no event
    ("late-that-evening", "The violence erupted on Friday outside a sports complex. Right Sector says its men had "
     "come to confront smugglers. Gunfire broke out in Mukachevo between the Right Sector men and the guards. "
     "Late that evening, the fighters opened fire on a police checkpoint near the village of Lavky.",
     [Want("Armed clash", "Right Sector", place="Mukachevo", date=FRIDAY),
      Want("Armed clash", "Right Sector", "Police Forces of Ukraine", place="Lavky", date=FRIDAY)]),
    # "On Saturday, the Emergency Room said that shells had landed ... on Friday evening": the teller's day
    ("opening-day-of-the-teller", "Also on Saturday, the Emergency Room in Omdurman said that RSF shells had landed "
     "on Karari on Friday evening, killing four people.",
     [Want("Shelling/artillery/missile attack", fatalities=4, date=FRIDAY)]),
    # guard: "In the capital, ... in A and in B": the capital frames the list, it is not a third scene
    ("in-the-capital-in-a-and-in-b", "In the capital, clashes between the army and the RSF continued on Saturday in "
     "Khartoum North and in central Khartoum.",
     [Want("Armed clash", place="Khartoum North", date=SATURDAY),
      Want("Armed clash", place="Khartoum", date=SATURDAY)]),
    # guard: bodies found since, in towns such as Bucha, are no new killing; nor 35 bodies recovered of a battle told
    ("bodies-found-since", "The withdrawal follows a failed attempt to take the capital, Kyiv, after which officials "
     "have since found hundreds of bodies of civilians in towns such as Bucha.",
     []),
    ("bodies-recovered-of-a-battle", "Gunmen killed 30 soldiers in Bouatni on Sunday. The Red Crescent said that its "
     "volunteers had so far recovered 35 bodies.",
     [Want("Armed clash", place="Bouatni", fatalities=30, date=SUNDAY)]),
    # banners and phones seized are no territory
    ("seized-banners-and-phones", "In Kabul on Sunday, Taliban fighters surrounded the group, seized their banners "
     "and mobile phones, and pushed them into vehicles.",
     []),
    # aircraft backing the ground troops are no strike of their own
    ("aircraft-supported-the-troops", "Government troops retook Bambari on Sunday. Helicopters and drones supported "
     "the ground troops, a resident said.",
     [Want("Government regains territory", place="Bambari", date=SUNDAY)]),
    # a would-be suicide bomber overpowered: a foiled attack, no blast
    ("would-be-suicide-bomber", "A would-be suicide bomber was overpowered by soldiers on Sunday moments before he "
     "could detonate his explosive belt inside a cafe in Hamra.",
     [Want("Disrupted weapons use", place="Hamra", date=SUNDAY)]),
    # a gun duel is a fight
    ("gun-duel", "A gun duel between bandits and security personnel broke out in Zakka village on Sunday.",
     [Want("Armed clash", place="Zakka", date=SUNDAY)]),
    # an Israeli strike is an air strike, though "air" is not written
    ("an-israeli-strike", "On Sunday, an Israeli strike in Sanaa killed a Houthi commander.",
     [Want("Air/drone strike", "Military Forces of Israel", place="Sanaa", date=SUNDAY)]),
    # a preacher shot dead is a civilian killed
    ("preacher-shot-dead", "On Sunday evening, gunmen on a motorcycle shot dead a Salafist preacher as he left a "
     "mosque in the Sheikh Othman district of Aden, a security official said.",
     [Want("Attack", place="Sheikh Othman", fatalities=1, date=SUNDAY)]),
    # a truce told after a fight is an act of its own, between the sides that fought
    ("truce-after-a-fight", "Clashes between rival militias killed 16 people in Tripoli on Friday. A ceasefire was "
     "reached on Friday evening after mediation by elders.",
     [Want("Armed clash", place="Tripoli", fatalities=16, date=FRIDAY),
      Want("Agreement", place="Tripoli", date=FRIDAY)]),
    # a picket is a protest; "X, the regional capital of Y": X in Y, not two towns
    ("picket-in-a-regional-capital", "In Uzhhorod, the regional capital of Zakarpattia, around 200 people picketed "
     "the regional police headquarters on Sunday.",
     [Want("Peaceful protest", place="Uzhhorod", parent="Zakarpattia", date=SUNDAY)]),
    # forces firing at demonstrators: force on the protest, not a fight with it
    ("fired-at-demonstrators", "East of Rafah, dozens were wounded by live fire on Friday as Israeli forces fired at "
     "demonstrators who approached the fence.",
     [Want("Excessive force against protesters", place="Rafah", date=FRIDAY)]),
    # "GAZA CITY (Ma'an) --": the agency's bureau, not the scene
    ("dateline-agency-with-an-apostrophe", "GAZA CITY (Ma'an) -- Israeli forces opened fire on demonstrators along "
     "the border east of Khan Younis on Friday, killing nine.",
     [Want("Excessive force against protesters", place="Khan Younis", fatalities=9, date=FRIDAY)]),
    # the dead of a flood are no one's victims
    ("deaths-of-a-flood", "Floods struck Derna on Sunday after two dams burst, and the World Health Organization "
     "said 3,958 people were killed.",
     []),
    # guard: militants trying to storm a centre is an assault, no storm
    ("tried-to-storm-is-no-storm", "On Sunday, four soldiers were martyred when militants tried to storm the FC "
     "training centre in Loralai.",
     [Want("Armed clash", place="Loralai", fatalities=4, date=SUNDAY)]),
    # fighters leaving "for the rebel-held northwestern province of Idlib": where they go, not where it was agreed
    ("leave-for-the-province-of", "The agreement, reached on Thursday, provided for around 700 rebel fighters to "
     "leave with their light weapons for the rebel-held northwestern province of Idlib.",
     []),
    # guard: a truce a sentence tells broken is no agreement, though a fight was told before
    ("a-truce-shattered", "Clashes killed 16 people in Tripoli on Friday. On Saturday, the army said an ambush had "
     "shattered a humanitarian truce just hours after it took effect.",
     [Want("Armed clash", place="Tripoli", fatalities=16, date=FRIDAY)]),
    # guard: a peace deal said to hang by a thread is no agreement made
    ("an-agreement-hanging-by-a-thread", "Clashes killed 16 people in Nasir on Friday. \"The peace agreement is "
     "hanging by a thread,\" said one Western diplomat.",
     [Want("Armed clash", place="Nasir", fatalities=16, date=FRIDAY)]),
    # "Lashkar Gah" is Helmand's capital, not a group named like "Lashkar-e-Taiba"
    ("lashkar-gah-is-a-town", "Meanwhile, fighting continued in Lashkar Gah, the capital of Helmand, where the "
     "Taliban have been trying to take the city. Afghan Air Force airstrikes on Taliban positions in Lashkar Gah "
     "killed 54 insurgents on Sunday.",
     [Want("Air/drone strike", "Military Forces of Afghanistan", "Taliban", place="Lashkar Gah", fatalities=54,
           date=SUNDAY)]),
    # "a front stretching hundreds of miles" is a distance, no crowd: the town that fell was taken
    ("hundreds-of-miles", "On Monday, Russian forces launched an assault along a front stretching hundreds of "
     "miles, and the town of Kreminna in the Luhansk region fell after heavy fighting.",
     [Want("Attack", place="Kreminna"),
      Want("Non-state actor overtakes territory", place="Kreminna", parent="Luhansk")]),
    # a campaign's running toll is no fight
    ("offensive-has-killed", "Israel's military offensive has killed at least 39,790 people in Gaza, according to "
     "the territory's health ministry.",
     []),
]


@pytest.mark.parametrize(("rid", "body", "wants"), FALLS_AND_TOLD_DAYS_CASES, ids=[c[0] for c in FALLS_AND_TOLD_DAYS_CASES])
def test_towns_that_fell_days_told_before_and_lists(extracted_lists, rid, body, wants):
    _check_each(extracted_lists[rid], wants)


# --- session 27: a truce sought is no agreement; vehicles intercepted are no weapon stopped; prisoners of war
SOUGHT_AND_STOPPED_CASES = [
    # fails on 86e673e: meeting "to discuss a ceasefire" became an Agreement
    ("met-to-discuss-a-ceasefire", "Russian officers met representatives of the two sides in Qamishli on Monday to "
     "discuss a ceasefire.",
     []),
    # guard: a ceasefire agreed is one
    ("agreed-a-ceasefire", "The Syrian army and the SDF agreed a ceasefire in Qamishli on Monday.",
     [Want("Agreement", place="Qamishli", date=PUBLISHED)]),
    # fails on 86e673e: gunmen who "intercepted two minibuses" stopped no weapon (Disrupted weapons use)
    ("intercepted-minibuses", "Gunmen intercepted two minibuses near Banibangou on Sunday and killed 12 passengers.",
     [Want("Attack", place="Banibangou", fatalities=12, date=SUNDAY)]),
    # guard: a drone intercepted is
    ("intercepted-a-drone", "Ukrainian air defences intercepted a drone near Kramatorsk on Sunday.",
     [Want("Disrupted weapons use", place="Kramatorsk", date=SUNDAY)]),
    # fails on 4fa778c: a demonstration the victims were returning from became a protest event on the shooting's day
    ("returned-from-a-demonstration", "Activists Ludia Raymond and Abbas Subhi were wounded in Basra on Sunday "
     "when gunmen fired on their car as they returned from a demonstration.",
     [Want("Attack", place="Basra", date=SUNDAY)]),
    # guard: a demonstration told as such is one
    ("a-demonstration-in-basra", "Hundreds of people staged a demonstration in Basra on Sunday against power cuts.",
     [Want("Peaceful protest", place="Basra", date=SUNDAY)]),
    # fails on 86e673e: prisoners of war taken in a fight were coded as an abduction
    ("captured-prisoners-of-war", "Troops captured 15 prisoners of war in Tsawlaw on Sunday.",
     []),
]


@pytest.mark.parametrize(("rid", "body", "wants"), SOUGHT_AND_STOPPED_CASES,
                         ids=[c[0] for c in SOUGHT_AND_STOPPED_CASES])
def test_truces_sought_vehicles_intercepted_prisoners_of_war(extracted_lists, rid, body, wants):
    _check_each(extracted_lists[rid], wants)


# --- session 29: a place paired with a government, states lasting since a year, dotted initials, a town's people
SESSION29_CASES = [
    # fails on 3352f47: "against the Kurdish authorities and Baghdad" placed the rally in Baghdad (a protest
    # with no place of its own is not coded)
    ("against-authorities-and-a-capital", "Thousands rallied on Sunday against the Kurdish authorities and Baghdad, "
     "residents said.",
     []),
    # guard: the rally's own town stays its place
    ("rally-in-a-town-against-a-capital", "Thousands rallied in Sulaimaniyah on Sunday against the Kurdish "
     "authorities and Baghdad, residents said.",
     [Want("Peaceful protest", place="Sulaimaniyah", date=SUNDAY)]),
    # fails on 3352f47: "missing since 2013" made the protest background (a habit, a cause told before)
    ("missing-since-a-year", "Relatives of the four activists missing since 2013 protested in Douma on Sunday, "
     "demanding news of them.",
     [Want("Peaceful protest", place="Douma", date=SUNDAY)]),
    # fails on 3352f47: the tokenizer split "U.N." and lost the peacekeeper's death; "U.S." the soldiers'
    ("a-un-peacekeeper-killed", "A U.N. peacekeeper was killed when gunmen attacked a convoy near Kidal on Sunday.",
     [Want("Armed clash", place="Kidal", fatalities=1, date=SUNDAY)]),
    ("us-soldiers-killed", "Two U.S. soldiers were killed by a roadside bomb near Kirkuk on Sunday.",
     [Want("Remote explosive/landmine/IED", place="Kirkuk", fatalities=2, date=SUNDAY)]),
    # fails on 3352f47: "members of Peshawar's Shia community gathered" was placed at the killing's town
    ("a-towns-community-gathered", "Gunmen killed 12 Shia worshippers in Kohat on Saturday. On Sunday, members of "
     "Peshawar's Shia community gathered to protest the killings.",
     [Want("Attack", place="Kohat", fatalities=12, date=SATURDAY),
      Want("Peaceful protest", place="Peshawar", date=SUNDAY)]),
    # fails on 3352f47: grenades "had been recovered" were a grenade attack
    ("grenades-recovered", "Police said two grenades and a pistol had been recovered from the house in Bangui on "
     "Sunday.",
     []),
    # guard: grenades thrown are one
    ("grenades-thrown", "Two grenades were thrown at a police post in Bangui on Sunday, wounding three officers.",
     [Want("Grenade", place="Bangui", fatalities=0, date=SUNDAY)]),
    # fails on 3352f47: "had taken the hills of A and B" was a clash at one place named "A and B"
    ("taken-the-hills-of", "The army said government forces had taken the hills of Tshanzu and Runyoni at dawn on "
     "Sunday after heavy fighting.",
     [Want("Government regains territory", place="Tshanzu", date=SUNDAY),
      Want("Government regains territory", place="Runyoni", date=SUNDAY)]),
    # fails on 3352f47: helicopters that pounded positions on a named hill struck there
    ("helicopters-pounded-a-hill", "On Sunday, Congolese attack helicopters pounded rebel positions on Mbuzi hill.",
     [Want("Air/drone strike", place="Mbuzi", date=SUNDAY)]),
    # guard: a helicopter that flies is no strike
    ("a-helicopter-flew", "A helicopter flew the governor to Goma on Sunday.",
     []),
    # fails on 3352f47: the owner of a drone that struck in a "when" clause acted, the soldiers killed suffered it
    ("killed-when-a-houthi-drone", "Two soldiers were killed on Sunday when a Houthi drone dropped explosives on "
     "their position near Marib.",
     [Want("Air/drone strike", "Houthis", "Military Forces of Yemen", place="Marib", fatalities=2, date=SUNDAY)]),
    # guard: fighters told as the subject acted already
    ("killed-when-houthi-fighters", "Two soldiers were killed on Sunday when Houthi fighters attacked their "
     "position near Marib.",
     [Want("Armed clash", "Houthis", "Military Forces of Yemen", place="Marib", fatalities=2, date=SUNDAY)]),
    # fails on 3352f47: the town a sentence opens on is where the next one's looting happened
    ("a-town-told-the-sentence-before", "In Yaloke, the last Muslim families left the town on Sunday. Within hours, "
     "anti-balaka fighters looted the central mosque and set fire to dozens of homes.",
     [Want("Looting/property destruction", "Anti-Balaka", place="Yaloke")]),
    # fails on 3352f47: houses burned by armed men are property destroyed, in the village the sentence names
    # (not the province it opens on)
    ("burned-houses-in-a-village", "In Nampula province, the insurgents burned dozens of houses and a primary school "
     "in the village of Lalane, Erati district, on Sunday.",
     [Want("Looting/property destruction", place="Lalane", parent="Erati", date=SUNDAY)]),
    # guard: protesters who set fire to shops riot
    ("protesters-set-fire-to-shops", "Protesters set fire to shops and a police station in Kano on Sunday.",
     [Want("Violent demonstration", place="Kano", date=SUNDAY)]),
    # guard: a crowd that burns shops riots
    ("rioters-burned-shops", "Rioters burned dozens of shops in Jos on Sunday.",
     [Want("Violent demonstration", place="Jos", date=SUNDAY)]),
    # fails on 3352f47: a dateline with the country between town and date ("Pemba, Mozambique, 11 Mar 2024
    # (Lusa) -") is the filing day, not the act's
    ("dateline-town-country-date", "Pemba, Mozambique, 11 Mar 2024 (Lusa) - Armed insurgents beheaded two men in "
     "Mecufi district on Sunday.",
     [Want("Attack", place="Mecufi", fatalities=2, date=SUNDAY)]),
    # fails on 3352f47: a bomber who blew himself up among the story's group is not that group
    ("bomber-among-huthi-rebels", "A suicide bomber blew himself up among Huthi rebels in Ibb on Sunday, killing 33 "
     "people. The Huthis vowed revenge.",
     [Want("Suicide bomb", "Unidentified Armed Group (Yemen)", place="Ibb", fatalities=33, date=SUNDAY)]),
    # fails on 3352f47: the party's name is no place; the day a deal was signed is named by a past capture
    ("a-party-and-a-day-named-by-a-capture", "Armed Huthis stormed the homes of two leaders of the Sunni Islamist "
     "Al-Islah party in Ibb on Sunday. The UN envoy urged the parties to implement a deal signed on the day the "
     "rebels seized the capital.",
     [Want("Attack", "Houthis", place="Ibb", date=SUNDAY)]),
    # fails on 3352f47: men "taken away to an unknown location" were abducted
    ("taken-to-an-unknown-location", "In Katana, the rebels on Sunday rounded up seven young men and took them away "
     "to an unknown location, their relatives said.",
     [Want("Abduction/forced disappearance", place="Katana", date=SUNDAY)]),
]


@pytest.mark.parametrize(("rid", "body", "wants"), SESSION29_CASES,
                         ids=[c[0] for c in SESSION29_CASES])
def test_governments_states_since_initials_and_a_towns_people(extracted_lists, rid, body, wants):
    _check_each(extracted_lists[rid], wants)


SESSION32_CASES = [
    # fails on d7d5ccb: youths who march and disperse peacefully are protesters, not rioters
    ("youths-march-peacefully", "On Sunday, hundreds of youths marched through Kano to the Government House, carrying "
     "placards. The procession ended peacefully.",
     [Want("Peaceful protest", "Protesters", place="Kano", date=SUNDAY)]),
    # fails on d7d5ccb: where a crowd came from is not where it protested
    ("crowd-from-two-villages", "On Sunday, hundreds of women from Gwoza and Bama staged a protest at the Government "
     "House in Maiduguri.",
     [Want("Peaceful protest", place="Maiduguri", date=SUNDAY)]),
    # guard (the rule itself fails on d7d5ccb in test_not_events): "their dead" are the attack's dead
    ("bury-their-dead", "Gunmen killed 12 villagers in Kukawa on Sunday. Residents said they were afraid to return "
     "to bury their dead.",
     [Want("Attack", place="Kukawa", fatalities=12, date=SUNDAY)]),
    # guard (the cue fails on d7d5ccb in test_triggers): hostages who regained their freedom took no territory
    ("regained-their-freedom", "Gunmen abducted 20 travellers near Kachia on Sunday. Only a few of them have "
     "regained their freedom.",
     [Want("Abduction/forced disappearance", place="Kachia", date=SUNDAY)]),
    # fails on d7d5ccb: a trailing citation's day may stand past its comma
    ("trailing-citation-dated-at-the-end", "The attack comes less than a month after gunmen abducted more than "
     "forty people, mostly women and children, in Gusau on February 20.",
     [Want("Abduction/forced disappearance", place="Gusau", date=dt.date(2024, 2, 20))]),
    # guard: a trailing citation now runs to the sentence end; the cited bomb attack that "was foiled" is the
    # foiling told, not a blast of its own
    ("trailing-citation-with-its-own-verb", "The attack came hours after a bomb attack on a mosque in Maiduguri, "
     "the capital of Borno state, was foiled earlier on Sunday.",
     [Want("Disrupted weapons use", place="Maiduguri", date=SUNDAY)]),
    # fails on d7d5ccb: how long an area's trend has run ("since 2017") does not date the act told
    ("a-trend-since-a-year", "Nine people were killed on Saturday when gunmen attacked Dogo Nahawa village in Jos "
     "South, an area which has witnessed repeated attacks on farming communities since 2017.",
     [Want("Attack", place="Dogo Nahawa", fatalities=9, date=SATURDAY)]),
    # guard: the trend itself stays a habit, whatever it tells beside its year
    ("a-trend-is-no-event", "The Say department has seen an increase in attacks since 2021, with kidnappings of "
     "farmers and the burning of schools.", []),
    # fails on d7d5ccb: a news lede in the perfect is one act; the thousands who fled are no tally of its dead
    ("perfect-lede-beside-thousands-who-fled", "Bandits have killed nine people in a night raid on Gidan Goga "
     "village in Maradun, the police said on Sunday, the latest in a wave of attacks that has forced thousands "
     "of residents to flee their homes.",
     [Want("Attack", place="Gidan Goga", fatalities=9)]),
    # guard: the perfect with a period is a tally
    ("perfect-tally-since-a-month", "Bandits have killed nine people in Maradun since January, the police said.", []),
    # fails on d7d5ccb: a person of note seized by soldiers is arrested by the state
    ("notable-person-seized-by-soldiers", "Opposition leader Ahmed Musa was seized by soldiers from a house in "
     "Omdurman on Sunday.",
     [Want("Arrests", "Military Forces", place="Omdurman", date=SUNDAY)]),
    # guard: soldiers who abduct young men abduct them
    ("soldiers-abduct-young-men", "Soldiers abducted 20 young men in Koutiala on Sunday.",
     [Want("Abduction/forced disappearance", place="Koutiala", date=SUNDAY)]),
    # fails on d7d5ccb: people flown out on a military aircraft were deported, not bombed
    ("flown-out-on-a-military-aircraft", "The three leaders were put on a military aircraft in Omdurman and flown to "
     "Juba on Sunday.", []),
    # fails on d7d5ccb: "The violence erupted on Saturday" (no act word of its own) tells the day of the lede's act
    ("the-violence-erupted-on-a-day", "Soldiers opened fire on members of a religious sect in Kindu, killing 12 "
     "people, officials said. The violence erupted at dawn on Saturday outside the sect's temple.",
     [Want("Attack", place="Kindu", fatalities=12, date=SATURDAY)]),
    # fails on d7d5ccb: the bodies a crowd lays out are the dead of another event, no toll of the protest
    ("bodies-laid-out-in-protest", "Hundreds of residents laid 12 bodies wrapped in sheets outside the governor's "
     "office in Bunia on Sunday to protest against the killings.",
     [Want("Peaceful protest", place="Bunia", fatalities=0, date=SUNDAY)]),
]


SESSION33_CASES = [
    # fails on 2e4a4a4: the place of a cited act ("a day after gunmen killed six in the village of X") is
    # not where the act told happened
    ("cited-act-keeps-its-place", "Guards at the governor's office in Kadugli opened fire on hundreds of villagers "
     "protesting against an attack on their village, killing at least five people, a day after gunmen killed six "
     "people in the village of Tulluk, residents said on Sunday.",
     [Want("Excessive force against protesters", place="Kadugli", fatalities=5)]),
]


@pytest.mark.parametrize(("rid", "body", "wants"), SESSION33_CASES, ids=[c[0] for c in SESSION33_CASES])
def test_cited_acts_keep_their_places(extracted_lists, rid, body, wants):
    _check_each(extracted_lists[rid], wants)


def test_a_part_of_the_city_falls_back_on_the_town_told_sentences_before(nlp):
    """Fails on 2e4a4a4: "on the Saif district in the east of the city": if the gazetteer lacks the
    district, the town the story is in (named four sentences back) is the guess."""
    article = _article("s33-city", "A government jet struck a school in a rebel-held district of Raqqa on Sunday, "
                                   "killing 12 people. The school was full. A teacher said the roof fell. "
                                   "Rescuers dug through the night. Around the same time, helicopters dropped "
                                   "two barrel bombs on the Saif district in the east of the city, killing two "
                                   "men.")
    mentions = extract_mentions(article, nlp)
    saif = next(m for m in mentions if m.location and m.location.name == "Saif")
    assert LocationMention("Raqqa", "district") in saif.fallback_locations


@pytest.mark.parametrize(("rid", "body", "wants"), SESSION32_CASES, ids=[c[0] for c in SESSION32_CASES])
def test_crowds_their_dead_freed_hostages_and_trailing_citations(extracted_lists, rid, body, wants):
    _check_each(extracted_lists[rid], wants)


SESSION34_CASES = [
    # fail on 477a585: "X said it carried out a strike ..., killing": the speaker struck; "the coalition" is
    # the one a "Saudi-led coalition" named
    ("command-said-it-struck", "Al-Shabaab fighters attacked a base in Lower Shabelle on Friday. The Somali government "
     "said security forces had arrested two men in Baidoa. The U.S. Africa Command said it carried out an air strike on "
     "Saturday against al-Shabaab militants near Jilib, killing three fighters. The strike was conducted in "
     "coordination with the Federal Government of Somalia.",
     [Want("Armed clash"), Want("Air/drone strike", actor1="Military Forces of the United States", place="Jilib",
                                fatalities=3)]),
    # guard: a foreign command that strikes from the air does not make "an army truck" its own
    ("command-is-no-occupier", "The US Africa Command said its aircraft struck al-Shabaab fighters near Jilib on "
     "Sunday. The United States has carried out 40 strikes in Somalia this year. On Wednesday, a roadside bomb "
     "struck an army truck near Afgoye, killing three soldiers.",
     [Want("Air/drone strike", actor1="Military Forces of the United States", place="Jilib"),
      Want("Remote explosive/landmine/IED", actor2="Military Forces of Somalia", place="Afgoye", fatalities=3)]),
    # a toll participle with an act word of its own ("killing nine in a single raid") is the strikes' toll, and
    # the day a later detail gives ("The worst attack came on March 5") dates a lede told with none
    ("toll-participle-of-the-strikes", "Myanmar's military regime has been pounding Minbya, a town in Rakhine State's "
     "Minbya Township now held by the Arakan Army (AA), with air strikes and artillery for more than a week, killing "
     "at least nine civilians in a single raid and destroying dozens of homes, residents said. The worst attack came "
     "on March 5, when a junta fighter jet dropped bombs on the town's market, killing nine civilians. Jets returned "
     "on Saturday and bombed the town again, a resident said.",
     [Want("Air/drone strike", actor1="Military Forces of Myanmar", place="Minbya", fatalities=9,
           date=dt.date(2024, 3, 5)),
      Want("Air/drone strike", actor1="Military Forces of Myanmar", place="Minbya", fatalities=0,
           date=dt.date(2024, 3, 9))]),
    # a camp named by who lives there is no territory taken
    ("camp-housing-responders", "Mai-Mai militiamen overran a camp housing Ebola responders at Biakato on Thursday, "
     "killing three health workers, officials said.",
     [Want("Attack", actor1="Mai-Mai Militia", place="Biakato", fatalities=3)]),
    # a party's workers are a crowd, however the party is written ("PTI workers", "workers of the ... party")
    ("party-acronym-workers", "On Sunday, a convoy of PTI workers clashed with the police in Islamabad, pelting them "
     "with stones.", [Want("Violent demonstration", place="Islamabad")]),
    ("workers-of-a-named-party", "On Sunday, workers of the Pakistan Tehreek-e-Insaf party clashed with the police in "
     "Islamabad.", [Want("Violent demonstration", actor1="Rioters (Pakistan)", place="Islamabad")]),
    ("coalition-named-by-its-leader", "Yemeni troops fought Houthi rebels near Marib on Saturday, the army said. The "
     "Saudi-led Arab coalition said its warplanes carried out eight air strikes on Houthi reinforcements in Sirwah "
     "district on Sunday.",
     [Want("Armed clash", actor1="Military Forces of Yemen", place="Marib"),
      Want("Air/drone strike", actor1="Military Forces of Saudi Arabia", place="Sirwah")]),
]


@pytest.mark.parametrize(("rid", "body", "wants"), SESSION34_CASES, ids=[c[0] for c in SESSION34_CASES])
def test_speakers_coalitions_tolls_camps_and_party_crowds(extracted_lists, rid, body, wants):
    _check_each(extracted_lists[rid], wants)


@pytest.mark.parametrize(("body", "street", "town"), [
    ("PESHAWAR: At least nine people were killed on Sunday when a bomb exploded near Kohati Chowk in the "
     "provincial capital, police said.", "Kohati Chowk", "Peshawar"),
    ("Troops shot dead 12 protesters in the city of Bahir Dar on Sunday. In Addis Ababa, police fired tear gas at "
     "protesters who gathered in Meskel Square on Saturday.", "Meskel Square", "Addis Ababa"),
], ids=["dateline-town", "the-sentences-town"])
def test_a_street_falls_back_on_its_town(nlp, body, street, town):
    """A street or a square the gazetteer may lack lies in the town the sentence opens with, else the
    last town told, else the dateline's (a fallback, not a parent: the gazetteer may know the street).
    The dateline case fails on 477a585; the other guards that the town the sentence opens with, not the
    town told before (Bahir Dar), comes first."""
    mentions = extract_mentions(_article("s34-street", body), nlp)
    at_street = next(m for m in mentions if m.location and m.location.name == street)
    assert at_street.location.parent is None
    assert at_street.fallback_locations[0].name == town


SESSION35_CASES = [
    # fail on 0f01b9e: shooting at a protest is force on the protest, whoever the text says was hit
    ("shot-during-a-demonstration", "On Sunday, soldiers shot dead three young men during a demonstration in the town "
     "of Kasserine, witnesses said.",
     [Want("Excessive force against protesters", place="Kasserine", fatalities=3)]),
    ("shot-at-chanting-mourners", "In Homs, troops shot at mourners chanting anti-government slogans on Saturday, "
     "killing four, activists said.",
     [Want("Excessive force against protesters", place="Homs", fatalities=4)]),
    # guard: no protest told, an attack on civilians as before
    ("shot-at-a-checkpoint", "On Sunday, soldiers shot dead two men at a checkpoint in Kasserine, witnesses said.",
     [Want("Attack", place="Kasserine", fatalities=2)]),
    # fails on 0f01b9e: an aircraft by its maker's name strikes from the air
    ("antonov-bombed", "On Monday, an Antonov bombed farms near Kauda in South Kordofan, wounding three people.",
     [Want("Air/drone strike", place="Kauda")]),
    # fail on 0f01b9e: a weekday inside a when-clause hung from an old month is a day of that month; a toll
    # counted since a date long past is a tally; a drone base is no strike; a race one withdraws from is no
    # ground; a rally a leader speaks to is his audience, no protest
    ("when-clause-weekday", "The city last saw such bloodshed in December 2009, when militants stormed a mosque in "
     "the cantonment during Friday prayers, killing around 40 people.", []),
    ("since-tally", "Rights groups have called for an international inquiry into civilian deaths in the war, which the "
     "United Nations says has killed more than 2,300 civilians since late March.", []),
    ("drone-base", "The United States is building a drone base in Agadez, officials said on Monday.", []),
    ("withdrew-from-the-race", "Two opposition candidates withdrew from the race in N'Djamena on Sunday.", []),
    ("told-a-rally", "The president told a rally in the town of Mersin on Thursday that the army would take Afrin "
     "soon.", []),
    # guard: a model named is one that carries or was hit, not a strike
    ("antonov-transport-hit", "On Monday, an Antonov An-26 military transport plane was hit at an altitude of 6,000 "
     "metres over the Luhansk region, the ministry said.", []),
]


@pytest.mark.parametrize(("rid", "body", "wants"), SESSION35_CASES, ids=[c[0] for c in SESSION35_CASES])
def test_protests_aircraft_tallies_and_what_is_no_event(extracted_lists, rid, body, wants):
    _check_each(extracted_lists[rid], wants)


SESSION36_CASES = [
    # fails on f074ef3: a person's relative clause with a day of its own tells an act, the 30-day rule judges it
    ("dated-relative-clause", "Hundreds attended the funeral of Abdul Rahman, who was killed along with three guards "
     "when a car bomb ripped through a market in Jalalabad on Saturday morning.",
     [Want("Remote explosive/landmine/IED", place="Jalalabad", fatalities=4, date=dt.date(2024, 3, 9))]),
    # guard: an undated or old biography stays no event
    ("old-biography", "Crowds mourned the former minister, who was killed by a car bomb in Beirut in 2005.", []),
    # fails on f074ef3: "came hours after" cites an act of the same day, datable
    ("came-hours-after", "The raid on Sunday night came hours after four soldiers were killed when a roadside bomb "
     "hit their vehicle near the village of Hadid outside Baqubah.",
     [Want("Remote explosive/landmine/IED", place="Hadid", fatalities=4, date=dt.date(2024, 3, 10))]),
    # guard: a minute after midnight cites no act
    ("minute-after-midnight", "Four rockets hit a school housing troops in Makiivka one minute after midnight on "
     "Sunday, killing 63 soldiers, the ministry said.",
     [Want("Shelling/artillery/missile attack", place="Makiivka", fatalities=63)]),
    # fail on f074ef3: people led away by armed men are abducted
    ("taken-away-by-gunmen", "Nine traders were taken away by gunmen on the road outside Dembi Dolo on Friday, "
     "police said.", [Want("Abduction/forced disappearance", place="Dembi Dolo")]),
    ("dragged-from-office", "Two engineers were dragged from their office in Kirkuk by armed men on Saturday.",
     [Want("Abduction/forced disappearance", place="Kirkuk")]),
    # fails on f074ef3: a helicopter that fires on a place strikes from the air
    ("helicopter-fired-on", "Islamist fighters occupied the police station in Gao on Sunday. Late on Sunday a French "
     "helicopter fired on the building, destroying much of it, an officer said.",
     [Want("Non-state actor overtakes territory", place="Gao"), Want("Air/drone strike", place="Gao")]),
    # guard: a helicopter fired on is the target
    ("helicopter-was-fired-on", "A helicopter was fired on near Kidal on Sunday, the army said.", []),
    # fail on f074ef3: crowds in the streets, gathered peacefully, blocking roads
    ("poured-onto-the-streets", "Thousands of people poured onto the streets of Omdurman on Friday to celebrate the "
     "army's advance.", [Want("Peaceful protest", place="Omdurman")]),
    ("gathered-peacefully", "Hundreds of residents gathered peacefully outside the governor's office in Kidal on "
     "Monday to mourn the dead and demand protection.", [Want("Peaceful protest", place="Kidal")]),
    ("supporters-blocked-roads", "On Saturday evening, supporters of the opposition blocked several roads in the "
     "southern city of Sidon with burning tyres.", [Want("Peaceful protest", place="Sidon")]),
    # fail on f074ef3: shrines wrecked, limbs cut off, fighters run into (guard: a fight with troops named by
    # their countries, found before as a weak fight with a place)
    ("mausoleums-destroyed", "Islamist fighters destroyed two mausoleums of Sufi saints in Gao on Sunday, residents "
     "said.", [Want("Looting/property destruction", place="Gao")]),
    ("hand-cut-off", "In Kidal on Monday, Islamist fighters cut off the right hand of a man accused of theft.",
     [Want("Attack", place="Kidal")]),
    ("fought-named-troops", "On Sunday rebels fought Malian and French troops in Tessalit for several hours.",
     [Want("Armed clash", place="Tessalit")]),
    ("ran-into-fighters", "On Saturday an army column ran into about 40 rebel fighters near Hpakant, the military "
     "said.", [Want("Armed clash", place="Hpakant")]),
    # fail on f074ef3: people seized are abducted, kit seized is no ground (guard: fighters captured with a town)
    ("who-were-seized", "In Baidoa, two aid workers who were seized by gunmen on Tuesday remain missing.",
     [Want("Abduction/forced disappearance", place="Baidoa")]),
    ("belts-seized", "Police said explosive belts and bomb-making materials had been seized in Aden on Monday.", []),
    ("capturing-soldiers-alive", "Rebels seized the town of Rutshuru on Sunday, capturing twelve soldiers alive.",
     [Want("Non-state actor overtakes territory", place="Rutshuru")]),
    # fails on f074ef3: a town swept into is taken
    ("swept-into", "Rebel fighters swept into Bangassou on Saturday after the army fled.",
     [Want("Non-state actor overtakes territory", place="Bangassou")]),
    # fails on f074ef3: the capital a town is told by is only its mark
    ("near-the-capital", "A car bomb exploded outside a church in Madalla, near the capital Abuja, on Sunday, "
     "wounding six people.", [Want("Remote explosive/landmine/IED", place="Madalla")]),
    # fails on f074ef3: a second device that went off is a blast of its own
    ("a-second-went-off", "A bomb in a market in Karrada killed two people on Sunday, and a second went off in "
     "Kadhimiya an hour later, wounding five.",
     [Want("Remote explosive/landmine/IED", place="Karrada", fatalities=2),
      Want("Remote explosive/landmine/IED", place="Kadhimiya")]),
    # guard: the explosive just told going off is the same blast
    ("the-explosive-went-off", "Seven soldiers were killed on Sunday when separatists detonated a bomb under their "
     "vehicle in Bamessing. The soldiers were on patrol when the explosive went off.",
     [Want("Remote explosive/landmine/IED", place="Bamessing", fatalities=7)]),
    # fail on f074ef3: bombers on foot
    ("female-bombers", "On Friday two female bombers killed six people at a market in Maroua, police said.",
     [Want("Suicide bomb", place="Maroua", fatalities=6)]),
    ("blowing-herself-up", "A girl blowing herself up at the gate of a mosque in Konduga killed four worshippers on "
     "Sunday.", [Want("Suicide bomb", place="Konduga", fatalities=4)]),
    # fails on f074ef3: a way of the war, no one act
    ("weekly-occurrence", "Suicide bombings have become a near weekly occurrence in Borno.", []),
    # fails on f074ef3: fire on people who poured into the streets is force on a protest
    ("fired-on-people-in-the-streets", "Troops fired on thousands of people who had poured into the streets of Homs "
     "on Friday, killing 11, activists said.",
     [Want("Excessive force against protesters", place="Homs", fatalities=11)]),
    # fails on f074ef3: a truck that struck a mine
    ("struck-a-mine", "Three soldiers were killed on Sunday when their truck struck a mine near Menaka.",
     [Want("Remote explosive/landmine/IED", place="Menaka", fatalities=3)]),
    # fails on f074ef3: an assault "by" someone "on" army positions is a fight with the army, whoever told the toll
    ("assault-on-army-positions", "The toll from a dawn assault by militants on army positions outside Zinjibar has "
     "risen to 60 soldiers, officials said on Monday, making it the deadliest attack on the army.",
     [Want("Armed clash", place="Zinjibar", fatalities=60)]),
    # fails on f074ef3: a battle set off
    ("a-battle-that-left", "On Sunday gunmen tried to overrun a police station in Afgoye, setting off a battle that "
     "left four people dead.", [Want("Armed clash", place="Afgoye", fatalities=4)]),
    # guard: the fasting month is no place (tests/transforms/test_place_mentions.py has the failing case)
    ("month-of-ramadan", "Troops shelled Hama on Sunday, killing three civilians, as Muslims marked the first day of "
     "the holy month of Ramadan.", [Want("Shelling/artillery/missile attack", place="Hama", fatalities=3)]),
    # guard: helicopters that carry or search strike no one
    ("picked-up-by-helicopters", "Troops clashed with kidnappers near Adado on Sunday, killing nine. The hostages "
     "were picked up by helicopters after the gunfight.", [Want("Armed clash", place="Adado", fatalities=9)]),
]


@pytest.mark.parametrize("rid", [c[0] for c in SESSION36_CASES])
def test_dated_asides_takings_crowds_blasts_and_fights(extracted_lists, rid):
    _check_each(extracted_lists[rid], next(w for c, _, w in SESSION36_CASES if c == rid))
