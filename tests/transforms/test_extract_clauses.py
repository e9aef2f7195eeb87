"""Clauses from the parse: which token a trigger stands on."""
from __future__ import annotations

import pytest

from transforms.extract_clauses import find_clauses, is_datable_citation
from transforms.place_mentions import scan_places
from transforms.triggers import find_triggers


def clauses_of(nlp, sentence: str):
    doc = nlp(sentence)
    clauses, _ = find_clauses(doc, find_triggers(sentence), scan_places(sentence, doc))
    return [(c.head.text, sorted(c.cues), [t.text for t in c.tokens], [p.mention.name for p in c.places])
            for c in clauses]


@pytest.mark.parametrize("sentence, expected", [
    # "improvised" modifies the weapon: the device is what the trigger stands for, not a verb of its own
    ("A police patrol struck an improvised explosive device near Kismayo on Sunday.",
     [("struck", ["ied"], ["device"], ["Kismayo"])]),
    ("An army truck hit an improvised explosive device outside Gao.", [("hit", ["ied"], ["device"], ["Gao"])]),
])
def test_participle_modifying_the_weapon_is_not_the_act(nlp, sentence, expected):
    assert clauses_of(nlp, sentence) == expected


def test_a_trigger_verb_is_still_its_own_token(nlp):
    assert clauses_of(nlp, "A roadside bomb struck a police patrol near Kismayo on Sunday.") == [
        ("struck", ["ied"], ["bomb"], ["Kismayo"])]


def rejected_of(nlp, sentence: str) -> dict[str, int]:
    doc = nlp(sentence)
    return find_clauses(doc, find_triggers(sentence), scan_places(sentence, doc))[1]


@pytest.mark.parametrize("sentence, reason", [
    # an abstract foe is no armed side
    ("Ethiopian troops were battling the conflict in Amhara.", "not_a_fight"),
    ("Nigerian soldiers are fighting the insurgency in Borno.", "not_a_fight"),
    # aircraft seen, not striking
    ("Turkish jets flew over Tal Rifaat on Sunday.", "overflight"),
    ("A drone hovered over the market in Kidal.", "overflight"),
    # air support is part of the ground fight
    ("Troops supported by air strikes repelled an attack on Bulobarde.", "support"),
    ("Soldiers, backed by helicopters, retook the village of Tiaka.", "support"),
])
def test_triggers_dropped_as_no_event_of_their_own(nlp, sentence, reason):
    assert rejected_of(nlp, sentence).get(reason) == 1


@pytest.mark.parametrize("sentence, reason", [
    ("Ethiopian troops were battling Fano militiamen in Amhara.", "not_a_fight"),
    ("A drone struck a car near Kidal on Sunday.", "overflight"),
    ("Air strikes hit rebel positions near Bulobarde on Sunday.", "support"),
])
def test_real_fights_and_strikes_are_kept(nlp, sentence, reason):
    assert reason not in rejected_of(nlp, sentence)


@pytest.mark.parametrize("span, expected", [
    ("two weeks after insurgents killed 43 farmers in Zabarmari", True),
    ("three days before the bombing in Baidoa", True),
    ("a day after a blast hit a mosque in Maiduguri during Friday prayers", True),
    ("days after a bombing on Tuesday in Azaz", True),
    ("days after gunmen killed 12 people in Kajuru", False),
    ("weeks after the fall of Kitshanga", False),
])
def test_a_cited_event_is_datable_by_a_counted_offset_or_its_own_day(span, expected):
    assert is_datable_citation(span) is expected


def test_a_datable_cited_event_is_a_clause_marked_cited(nlp):
    sentence = "Troops shelled Idlib on Sunday, two days after a bombing in Azaz killed 40 people."
    doc = nlp(sentence)
    clauses, rejected = find_clauses(doc, find_triggers(sentence), scan_places(sentence, doc))
    cited = [c for c in clauses if c.cited is not None]
    assert [sentence[c.cited[0]:c.cited[1]].startswith("two days after") for c in cited] == [True]
    assert "cited_event" not in rejected
    undated = "Troops shelled Idlib on Sunday, days after a bombing in Azaz killed 40 people."
    doc = nlp(undated)
    clauses, rejected = find_clauses(doc, find_triggers(undated), scan_places(undated, doc))
    assert all(c.cited is None for c in clauses) and rejected.get("cited_event", 0) >= 1


@pytest.mark.parametrize("sentence", [
    # "after the attack": when something else happened, told by the event before
    "Doctors treated them at a clinic in Kismayo, where the injured officials were flown after the attack.",
    "The wounded governor had been moved to a hospital in Aden after the assault, officials said.",
    "Soldiers sealed off the market in Gao after the bombing.",
])
def test_after_the_attack_is_a_back_reference(nlp, sentence):
    assert clauses_of(nlp, sentence) == []
    assert rejected_of(nlp, sentence).get("back_reference") == 1


def test_asides_about_a_place_are_left_out_of_the_clause_text(nlp):
    from transforms.extract_clauses import clause_text_without_asides

    sentence = "In Manbij, a city that was the scene of heavy fighting in 2016, Turkish drones struck a car on Sunday."
    doc = nlp(sentence)
    (clause,), _ = find_clauses(doc, find_triggers(sentence), scan_places(sentence, doc))
    main = clause_text_without_asides(doc, clause)
    assert "2016" not in main and "on Sunday" in main and "Manbij" in main


@pytest.mark.parametrize("sentence", [
    # b3bd257: a day's possessive points back as surely as "the"; "amounted to" retells
    "Soldiers sealed off the market in Gao after Sunday's bombing.",
    "Police questioned two suspects in Mogadishu after yesterday's attack.",
    "Speaking in Geneva, the UN rights chief said the shelling amounted to a war crime.",
    "Rights groups in Bangkok said the massacre constituted a crime against humanity.",
])
def test_a_day_s_event_and_what_it_amounted_to_point_back(nlp, sentence):
    assert clauses_of(nlp, sentence) == []
    assert rejected_of(nlp, sentence).get("back_reference") == 1


@pytest.mark.parametrize("sentence", [
    # guards (kept before too): a day's protests are all of that day's, not the one just told
    "Police fired tear gas at crowds in Kisumu after Monday's protests.",
    "Police killed two people during Monday's protests in Kisumu.",
])
def test_a_day_s_protests_are_not_the_event_just_told(nlp, sentence):
    assert clauses_of(nlp, sentence) != []
