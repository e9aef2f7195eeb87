"""How one sentence of a story reads (transforms/story_sentences.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from transforms.story_sentences import ANOTHER, RETOLD_HERE, TELLS_THE_TOLD, is_aggregate, names_a_day, tells_an_act

MONDAY = dt.date(2024, 3, 11)


@pytest.mark.parametrize("sentence, expected", [
    ("Gunmen killed 12 villagers in Dinsoor on Sunday.", True),
    ("The bodies were buried on Sunday, residents said.", True),
    # the day the words were said, or the dateline, is no day of the act
    ("Gunmen killed 12 villagers in Dinsoor, officials said on Sunday.", False),
    ("March 11, 2024 (MOGADISHU) – Gunmen killed 12 villagers in Dinsoor.", False),
    ("BAIDOA, Somalia, March 11 (Reuters) - Gunmen killed 12 villagers in Dinsoor.", False),
    ("Gunmen killed 12 villagers in Dinsoor.", False),
], ids=["on-sunday", "buried-on-sunday", "said-on-sunday", "mixed-case-dateline", "wire-dateline", "no-day"])
def test_names_a_day(sentence, expected):
    assert names_a_day(sentence, MONDAY) is expected


@pytest.mark.parametrize("sentence, expected", [
    ("Militias have killed 76 people since last week.", True),
    ("Clashes across the country killed 40 people.", True),
    ("Fighting in the past 24 hours killed 12 soldiers.", True),
    # a ranking's "since" is no period the toll sums over
    ("Gunmen killed 40 people in Borno, the deadliest attack since 2019.", False),
    ("Gunmen killed 40 people in Borno on Sunday.", False),
], ids=["since-last-week", "across-the-country", "past-24-hours", "ranking-since-2019", "one-event"])
def test_is_aggregate(sentence, expected):
    assert is_aggregate(sentence) is expected


@pytest.mark.parametrize("sentence, expected", [
    ("In a separate attack, gunmen killed five herders near Gao.", True),
    ("Later, a drone hit a school in the same town.", True),
    ("Militants also attacked a checkpoint outside the town.", True),
    # when the words came, not another event
    ("The health ministry later said at least 90 people had been killed.", False),
], ids=["separate", "later-comma", "also-attacked", "ministry-later-said"])
def test_another_event(sentence, expected):
    assert bool(ANOTHER.search(sentence)) is expected


@pytest.mark.parametrize("sentence, by_noun, took_place, act", [
    ("The strike on Saturday afternoon tore through the building.", True, False, True),
    ("The attack took place early Friday in Pulka.", True, True, True),
    ("The attack came three days after a bombing in Gao.", False, False, True),
    ("There were at least 150 dead, a local official said.", False, False, False),
], ids=["the-strike-tore", "the-attack-took-place", "the-attack-came-after", "a-count"])
def test_retold_by_its_noun(sentence, by_noun, took_place, act):
    assert (bool(RETOLD_HERE.match(sentence)), bool(TELLS_THE_TOLD.match(sentence)), tells_an_act(sentence)) == (
        by_noun, took_place, act)
