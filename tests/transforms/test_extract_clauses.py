"""Clauses from the parse: which token a trigger stands on."""
from __future__ import annotations

import pytest

from transforms.extract_clauses import find_clauses
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
