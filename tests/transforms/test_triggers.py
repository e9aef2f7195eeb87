"""Trigger lexicon: which cue each sentence carries, and which are weak."""
from __future__ import annotations

import pytest

from transforms.triggers import find_triggers, has_strong_trigger


def cues(sentence: str) -> set[str]:
    return {t.cue for t in find_triggers(sentence)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Taliban captured Panjwai district.", {"capture"}),
        ("Ten districts fell to the insurgents.", {"capture"}),
        ("Al-Shabaab took control of the town.", {"capture"}),
        ("The army recaptured Palmyra.", {"recapture"}),
        ("Troops retook the village on Monday.", {"recapture"}),
        ("Government forces abandoned the district.", {"abandon"}),
        ("Soldiers withdrew from their positions in the town.", {"abandon"}),
        ("Hundreds of soldiers fled to Tajikistan.", {"cross_border"}),
        ("The soldiers crossed the border into Chad.", {"cross_border"}),
        ("Rebels and soldiers clashed near Goma.", {"clash"}),
        ("Gunmen attacked a church in Owo.", {"attack"}),
        ("An air strike hit a market in Hajjah.", {"air"}),
        ("A drone strike killed two men.", {"air", "kill"}),
        ("Russian forces shelled Kharkiv.", {"shelling"}),
        ("A roadside bomb struck a convoy.", {"ied"}),
        ("A suicide bomber blew himself up at a mosque.", {"suicide"}),
        ("Attackers hurled a grenade into the bar.", {"grenade"}),
        ("The regime used chlorine gas on Douma.", {"chemical"}),
        ("Bandits abducted 30 students in Kaduna.", {"abduct"}),
        ("Soldiers raped women in the village.", {"sexual"}),
        ("Thousands protested in Khartoum.", {"protest"}),
        ("Police fired tear gas at the demonstrators.", {"disperse", "protest"}),
        ("Rioters torched cars in the city centre.", {"riot"}),
        ("A mob lynched a man accused of theft.", {"mob"}),
        ("The two sides signed a ceasefire in Doha.", {"agreement"}),
        ("Police arrested the opposition leader.", {"arrest"}),
        ("The army deployed troops to the border.", {"withdraw"}),
        ("The government mobilised volunteer fighters.", {"mobilise"}),
        ("Militants looted shops in the market.", {"loot"}),
        ("Engineers defused a bomb under the bridge.", {"defuse", "ied"}),
        ("A shell hit the school yard.", {"shelling"}),
        ("The rebels had routed an army force at Massaguet on Friday.", {"clash"}),
    ],
)
def test_cues_found(sentence, expected):
    assert cues(sentence) == expected


def test_longest_overlapping_cue_wins():
    assert cues("A suicide bomb exploded.") >= {"suicide"}
    assert "ied" not in {t.cue for t in find_triggers("A suicide bomb went off.")}


def test_offsets_point_at_the_words():
    sentence = "Yesterday rebels captured the town."
    (hit,) = find_triggers(sentence)
    assert sentence[hit.start:hit.end] == "captured"


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister spoke about the economy.",
        "The Taliban's march through the north gained momentum.",
        "Fighters were seen in the market.",
        "The payments were routed through a bank in Dubai.",
    ],
)
def test_no_cue(sentence):
    assert cues(sentence) == set()


def test_weak_only_cues():
    assert not has_strong_trigger("The fighting continued.")
    assert has_strong_trigger("Rebels attacked the base.")


@pytest.mark.parametrize("sentence", [
    "Fighter planes bombed a market in Darfur on Monday.",
    "Army fighter bombers hit the town of Kutkai overnight.",
])
def test_aircraft_words_are_air_strike_cues(sentence):
    assert "air" in {t.cue for t in find_triggers(sentence)}


def test_suicide_bombers_are_not_aircraft():
    assert "air" not in {t.cue for t in find_triggers("Two suicide bombers blew themselves up at a checkpoint.")}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Militants assaulted a checkpoint in Tillaberi.", {"attack"}),
    ("Troops launched an assault on the rebel stronghold.", {"attack"}),
    ("Gunmen assaulting the convoy were repelled.", {"attack", "clash"}),
    ("Seven soldiers were martyred near the border.", {"kill"}),
])
def test_assault_and_martyred_are_cues(sentence, expected):
    assert cues(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The brigade received new assault rifles.",
    "Police said the suspect carried an assault weapon.",
    "The navy bought two assault boats.",
    "Assault troops were flown to the base.",
])
def test_assault_as_a_weapon_or_unit_word_is_no_cue(sentence):
    assert "attack" not in cues(sentence)


# --- words that look like cues but name something else ---------------------------------

@pytest.mark.parametrize(("sentence", "absent"), [
    ("Drone footage showed the burned market in Kassala.", "air"),
    ("Drone video circulated online on Monday.", "air"),
    ("Drone operators trained near Lviv.", "air"),
    ("Dockers went on strike in protest at the killings in Matadi.", "protest"),
    ("Opposition leaders urged voters to rally behind the candidate in Lusaka.", "protest"),
    ("The chiefs called on citizens to rally to the flag.", "protest"),
    ("A rocket fell into the sea off Sidon on Monday.", "capture"),
    ("Shrapnel fell near a compound in Nahariya.", "capture"),
    ("Troops patrolled near occupied Melitopol on Monday.", "capture"),
    ("Residents fled from occupied Nova Kakhovka.", "capture"),
    ("Secondary explosions shook the depot in Toropets for hours.", "ied"),
    ("Secondary detonations were heard at the depot.", "ied"),
    ("Only a few of the abducted women have regained their freedom.", "recapture"),
    ("The hostages regained freedom after a ransom was paid.", "recapture"),
    ("Hundreds of men threw stones and gasoline bombs at the main gate.", "ied"),
])
def test_look_alike_words_are_no_cue(sentence, absent):
    assert absent not in cues(sentence)


@pytest.mark.parametrize(("sentence", "cue"), [
    ("A drone struck a car in Marib on Monday.", "air"),                     # drones still strike
    ("Farmers protested in Nairobi on Monday.", "protest"),                  # a protest is still one
    ("Thousands rallied in Tbilisi on Monday.", "protest"),
    ("The town fell into rebel hands on Monday.", "capture"),                # "into ... hands" is a capture
    ("Bakhmut fell to Wagner fighters on Monday.", "capture"),
    ("Rebels occupied the town hall in Kindu.", "capture"),                  # the verb, not the adjective
    ("A blast tore through the market in Jos.", "ied"),                      # a first blast is a blast
    ("Troops re-entered Kherson on Monday.", "recapture"),
    ("Soldiers pushed back an assault near Kupiansk.", "clash"),
    ("Villagers fought off the raiders near Gusau.", "clash"),
    ("Police beat back an attack on the station in Bannu.", "clash"),
])
def test_the_real_cue_is_still_found(sentence, cue):
    assert cue in cues(sentence)


@pytest.mark.parametrize(("sentence", "cue", "text"), [
    # an exchange of fire with the weapon between the words is still a clash
    ("The two armies exchanged intense mortar fire along the border on Sunday.", "clash", "exchanged intense mortar fire"),
    ("Soldiers and rebels exchanged artillery fire near Goma.", "clash", "exchanged artillery fire"),
    # fail on 7faee65: "traded" fire, hyphenated weapons between, and gunfire are an exchange too
    ("Troops and rebels traded heavy machine-gun and artillery fire in Malakal.", "clash",
     "traded heavy machine-gun and artillery fire"),
    ("Police and gunmen traded gunfire for two hours in Kano.", "clash", "traded gunfire"),
    ("He was killed in an exchange of gunfire at a checkpoint near Gboko.", "clash", "exchange of gunfire"),
    # "setting fire to", "setting cars on fire": a riot cue in the -ing form too
    ("Protesters broke into the consulate, setting fire to the gate.", "riot", "setting fire"),
    ("Rioters were setting cars on fire in the street.", "riot", "setting cars on fire"),
])
def test_fire_words_between_and_after_the_verb(sentence, cue, text):
    assert (cue, text) in [(t.cue, t.text) for t in find_triggers(sentence)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # b3bd257: a decision taken back is no troop movement; "burnt ... alive" is an attack
    ("The governor withdrew the curfew in Jos on Sunday.", set()),
    ("The electoral board withdrew the candidacy of the mayor.", set()),
    ("Villagers were burnt alive in their homes.", {"attack"}),
    ("Gunmen burned two farmers alive in Benue.", {"attack"}),
    # 71de311 (fails on 5a2ffde; passes on 33d8645): "ransacked" is a riot cue
    ("Youths ransacked shops in Kisumu.", {"riot"}),
    # guards (the same before): troops still withdraw
    ("The army withdrew its troops from Tessit.", {"abandon"}),
    ("Kenya withdrew 200 soldiers on Sunday.", {"withdraw"}),
])
def test_withdrawn_decisions_burning_alive_and_ransacking(sentence, expected):
    assert cues(sentence) == expected


def test_a_bare_helicopter_is_only_a_weak_air_cue():
    bare = [t for t in find_triggers("A helicopter circled over the hotel for an hour.") if t.cue == "air"]
    assert [(t.text, t.strong) for t in bare] == [("helicopter", False)]
    gunship = [t for t in find_triggers("An army helicopter fired on the convoy.") if t.cue == "air"]
    assert [(t.text, t.strong) for t in gunship] == [("army helicopter", True)]


def triggers_of(sentence: str) -> list[tuple[str, bool]]:
    return [(t.cue, t.strong) for t in find_triggers(sentence)]


@pytest.mark.parametrize("sentence, expected", [
    # 8ff3067: "struck", said of attackers, is an attack
    ("The attackers struck on Sunday afternoon near the border post.", [("attack", True)]),
    ("Unidentified gunmen struck a village in Zamfara state.", [("attack", True)]),
    ("Rebels struck at dawn.", [("attack", True)]),
    # 3beb38c: bodies counted are deaths (weak: a count, not an act)
    ("At least 45 bodies were recovered from the site.", [("kill", False)]),
    ("The bodies had been pulled from the rubble by Monday.", [("kill", False)]),
    ("Twelve bodies were brought in to the morgue.", [("kill", False)]),
    # guard: unchanged behaviour - struck, said of weather or a deal, is no event
    ("The storm struck the coast on Sunday.", []),
    ("Lightning struck a hut in the village.", []),
    ("The two sides struck a deal in Doha.", []),
    # guard: unchanged behaviour - bodies named, but not counted or found
    ("The bodies of the victims lay in the street.", []),
], ids=["attackers-struck", "gunmen-struck", "rebels-struck", "bodies-recovered", "bodies-pulled",
        "bodies-brought-in", "storm-struck", "lightning-struck", "struck-a-deal", "bodies-lay"])
def test_struck_by_attackers_and_bodies_counted(sentence, expected):
    assert triggers_of(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # 25bb054: "set <up to four words> ablaze / on fire" is a riot
    ("Protesters set part of the complex ablaze.", [("protest", False), ("riot", True)]),
    ("A mob set the police station on fire.", [("mob", True), ("riot", True)]),
    ("Students set three university buses on fire.", [("riot", True)]),
    ("Demonstrators set the ruling party offices on fire.", [("protest", False), ("riot", True)]),
    ("Demonstrators stormed the compound, setting the main gate on fire.",
     [("protest", False), ("attack", True), ("riot", True)]),
    # a possessive inside the object ("the party's offices") is still the object
    ("Demonstrators set the party's offices on fire.", [("protest", False), ("riot", True)]),
    ("Rioters set the governor’s residence ablaze.", [("riot", True), ("riot", True)]),
    # guard: unchanged behaviour - "set fire" and short objects as before; five words is too far
    ("Protesters set fire to tyres.", [("protest", False), ("riot", True)]),
    ("Demonstrators set a police post in the market ablaze.", [("protest", False)]),
    ("Protesters set the stage for a general strike.", [("protest", False)]),
    # guard: unchanged behaviour - "captured alive" is no capture of territory, "captured the town" is
    ("Soldiers captured alive two militants near Mopti.", []),
    ("Two militants were captured alive by troops.", []),
    ("Rebels captured the town of Pajok on Sunday.", [("capture", True)]),
], ids=["set-part-of-the-complex-ablaze", "mob-set-the-station-on-fire", "set-three-buses-on-fire",
        "set-the-party-offices-on-fire", "setting-the-main-gate-on-fire", "set-the-partys-offices-on-fire",
        "set-the-governors-residence-ablaze", "set-fire-to", "five-words-too-far",
        "set-the-stage", "captured-alive", "were-captured-alive", "captured-the-town"])
def test_set_ablaze_and_captured_alive(sentence, expected):
    assert triggers_of(sentence) == expected


@pytest.mark.parametrize("sentence, cues", [
    # the end of a siege of a building is no territory won back
    ("Gunmen stormed the Intercontinental Hotel and held parts of the building until Sunday, before special "
     "forces regained control.", ["attack"]),
    ("Troops regained control of the parliament building after a six-hour siege.", []),
    ("Security forces have regained control of a prison in Jalalabad.", []),
    # guards: a town or an area is territory
    ("The army regained control of Kunduz city.", ["recapture"]),
    ("Government forces regained control of the area on Sunday.", ["recapture"]),
])
def test_regaining_a_stormed_building_ends_a_siege(sentence, cues):
    assert [t.cue for t in find_triggers(sentence)] == cues


# --- session 11: idioms and crowd-control rounds ----------------------------------------

@pytest.mark.parametrize(("sentence", "absent"), [
    ("The minister said talks with the TTP had reached a dead end.", "kill"),
    ("Negotiations hit a dead-end in Doha on Monday.", "kill"),
    ("Troops fired stun grenades to disperse the crowd in Kherson.", "grenade"),
    ("Police threw stun-grenades at the marchers.", "grenade"),
    ("Officers used smoke grenades and flash grenades near the parliament.", "grenade"),
    # fail on ebfb462: a grenade launcher fires in a firefight, it is no thrown grenade
    ("Militants attacked positions near Troitske with grenade launchers and machine guns.", "grenade"),
    ("Rebels fired on the post with a grenade-launcher.", "grenade"),
])
def test_idioms_and_crowd_control_rounds_are_no_cue(sentence, absent):
    assert absent not in cues(sentence)


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Two men were found dead in Kano on Monday.", "kill"),                  # guard: the dead still count
    ("A dead soldier was found near Bakhmut.", "kill"),                      # guard
    ("A man hurled a grenade at the police in Kherson.", "grenade"),        # guard: a grenade still explodes
])
def test_real_deaths_and_grenades_are_still_cues(sentence, cue):
    assert cue in cues(sentence)


@pytest.mark.parametrize("sentence", [
    # fail on ac6e55c: deaths told without a death word
    "The raid cost the lives of six farmers in the village of Kalamaloue.",
    "Twelve soldiers lost their lives in the attack on the base.",
    "The blast claimed the lives of 20 people.",
])
def test_lives_cost_claimed_or_lost_are_deaths(sentence):
    assert "kill" in cues(sentence)


@pytest.mark.parametrize("sentence, expected", [
    # session 18 (fail on 775a753): crowds told without the word "protest"
    ("Hundreds of residents poured into the streets of Galkayo on Wednesday.", {"protest"}),
    ("Several hundred people gathered in front of the UN office in Erbil to denounce the strike.", {"protest"}),
    ("Hundreds gathered outside the council building in Kut, chanting slogans and demanding jobs.", {"protest"}),
    ("The protest ended and the crowd dispersed peacefully in the afternoon.", {"protest"}),
    # aircraft that carry or back someone are no strike
    ("A military helicopter was on hand to fly the most badly hurt to hospital in Maroua.", set()),
    ("Helicopters and drones were sent in to support them.", set()),
    # a death remembered, a diplomatic protest
    ("Pilgrims are expected in Kadhimiya for the annual commemoration of the imam's death.", set()),
    ("The ministry will summon the envoy in Baghdad to deliver a protest note.", set()),
    ("Iraq lodged a formal protest with Ankara.", set()),
    # guards (the same before)
    ("Elders gathered in Kano on Friday to discuss the ceasefire.", {"agreement"}),
    ("Police dispersed the crowd in Kut.", {"disperse"}),
    ("A military helicopter fired on the village, killing three.", {"air", "kill"}),
    ("Thousands marched in Khartoum on Monday.", {"protest"}),
    ("His death was confirmed by the army.", {"kill"}),
])
def test_crowds_carriers_remembered_deaths_and_protest_notes(sentence, expected):
    assert cues(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # session 19 (fail on f329e11): strikes that "also hit"; a crowd's flares, smoke bombs, smashed
    # windows, broken doors and cars set alight are riot cues, not bombs
    ("Strikes also hit the airport in Taiz.", {"air"}),
    ("Youths threw flares and smoke bombs at the embassy.", {"riot"}),
    ("Protesters smashed windows at the town hall.", {"protest", "riot"}),
    ("They broke down the doors of the governor's office.", {"riot"}),
    ("A car with diplomatic plates was set alight.", {"riot"}),
    # guards (the same before)
    ("A car bomb exploded in Mogadishu.", {"ied"}),
    ("Police fired tear gas at the crowd.", {"disperse"}),
])
def test_strikes_also_hit_and_crowd_violence(sentence, expected):
    assert cues(sentence) == expected


def test_an_arrest_warrant_is_no_arrest_and_firing_on_each_other_is_a_clash():
    assert [t.cue for t in find_triggers("Police came to serve an arrest warrant.")] == []
    assert "clash" in {t.cue for t in find_triggers("The two sides opened fire on each other near the border.")}


@pytest.mark.parametrize(("sentence", "expected"), [
    # marches as a noun, and "to march" somewhere, are protests
    ("There were also small marches in Dschang and Mbouda.", {"protest"}),
    ("Activists tried to march peacefully through the city centre.", {"protest"}),
    # guards: the month, and an army's march, are not
    ("The vote was set for March 15.", set()),
    ("March 2024 saw the Taliban's march through the north.", set()),
], ids=["marches", "to-march", "month", "armys-march"])
def test_marches_are_protests(sentence, expected):
    assert cues(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # fail on 3352f47: cattle driven off, houses burned, men taken to an unknown place, helicopters that
    # pounded, a base with two words before it
    ("Mai-Mai fighters drove off more than 300 head of cattle from pastures near Bijombo.", {"loot"}),
    ("The insurgents burned dozens of houses and a primary school in Lalane.", {"loot"}),
    ("The rebels rounded up seven young men and took them away to an unknown location.", {"abduct"}),
    ("Attack helicopters pounded rebel positions on Mbuzi hill.", {"air"}),
    ("The peacekeepers set up a temporary operating base in Bijombo.", {"base"}),
    # guards: bodies burned, a helicopter that flew, an ambulance that took the wounded away
    ("The soldiers burned the bodies.", set()),
    ("A helicopter flew the governor to Goma.", {"air"}),
    ("Ambulances took the wounded away to hospital.", {"kill"}),  # "wounded" is a weak toll cue; no abduction
    # guard: "stolen cattle" are the loot of a raid told elsewhere
    ("The air force struck armed men driving stolen cattle.", {"air"}),
], ids=["cattle", "burned-houses", "unknown-location", "helicopters-pounded", "operating-base", "bodies-burned",
        "helicopter-flew", "took-to-hospital", "stolen-cattle"])
def test_livestock_buildings_the_taken_helicopters_and_bases(sentence, expected):
    assert cues(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # fail on d1d71bc: a crowd that dispersed on its own was not dispersed by anyone
    ("The marchers dispersed after handing a letter to the prefect.", {"protest"}),
    ("The protesters presented a petition and later dispersed.", {"protest"}),
    # guards: a crowd dispersed by others, or dispersed with force
    ("The protesters were dispersed.", {"protest", "disperse"}),
    ("Police dispersed them after an hour.", {"disperse"}),
    ("The crowd dispersed when police fired tear gas.", {"disperse"}),
    ("Police pushed the demonstrators into vans after they refused to disperse.", {"protest", "disperse"}),
    # fail on d1d71bc: a crowd that demonstrated peacefully, or gathered and demanded
    ("Hundreds of displaced people demonstrated peacefully in Hamidiya camp.", {"protest"}),
    ("Residents gathered in front of the governor's office and demanded an investigation.", {"protest"}),
    ("By midday several thousand people were marching peacefully.", {"protest"}),
], ids=["dispersed-after", "later-dispersed", "were-dispersed", "police-dispersed-them", "tear-gas",
        "refused-to-disperse", "demonstrated-peacefully", "gathered-and-demanded", "marching-peacefully"])
def test_a_crowd_that_dispersed_on_its_own(sentence, expected):
    assert cues(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # fail on 477a585: mines a group struck something with; a task taken over is no territory taken
    ("The rebels said they had struck two army trucks with mines near Falam.", {"ied"}),
    ("Paramilitary troops were called in and took over the patrolling of the city.", set()),
    ("The army took over security duties in the district on Monday.", set()),
    # guards: a town taken over, a mine a truck hit
    ("The militants took over the town of Jilib.", {"capture"}),
    ("An army truck hit a mine near Falam.", {"ied"}),
    # fails on 477a585: a crossing with an article and a word before it is a place to cross; guard: people crossing
    ("Shells landed at a makeshift crossing under the bridge.", {"shelling"}),
    ("Hundreds of refugees were crossing into Chad on Sunday.", {"cross_border"}),
], ids=["struck-with-mines", "took-over-patrolling", "took-over-duties", "took-over-town", "hit-a-mine",
        "makeshift-crossing", "crossing-into"])
def test_mines_struck_with_tasks_taken_over_and_crossings(sentence, expected):
    assert cues(sentence) == expected
