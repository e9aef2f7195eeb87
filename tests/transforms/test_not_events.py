"""The codebook's 'not an event' rules, one trigger at a time."""
from __future__ import annotations

import datetime as dt

import pytest

from transforms.not_events import has_old_year, is_background, is_territory_count, reject_reason


def reason(sentence: str, word: str) -> str | None:
    start = sentence.index(word)
    return reject_reason(sentence, start, start + len(word))


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("The army did not attack the town.", "attack", "negated"),
        ("Troops never captured the village.", "captured", "negated"),
        ("The Taliban plans to attack Kandahar.", "attack", "hypothetical"),
        ("Officials fear the city could fall to the rebels.", "fall to", "hypothetical"),
        ("The group aims to capture the capital.", "capture", "hypothetical"),
        ("Al-Shabaab denied carrying out the attack.", "attack", "denied"),
        ("The militia threatened to attack the camp.", "attack", "promised_or_threatened"),
        ("The president vowed to retake every village.", "retake", "promised_or_threatened"),
        ("Over the years, soldiers and rebels have regularly clashed in the valley.", "clashed", "habitual_background"),
        ("The Taliban now control about a third of the 421 districts.", "control", "territory_count"),
        ("The group claims to have seized more than 100 out of nearly 400 districts.", "seized", "territory_count"),
    ],
)
def test_rejected(sentence, word, expected):
    assert reason(sentence, word) == expected


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("There was no claim of responsibility for the attack.", "attack"),
        ("Gunmen attacked the bus, but no one was hurt.", "attacked"),
        ("Rebels captured the town on Sunday, officials said.", "captured"),
        ("The army said it had repelled an attack on its base.", "attack"),
    ],
)
def test_kept(sentence, word):
    assert reason(sentence, word) is None


def test_territory_count_with_numbers():
    assert is_territory_count("They have seized 100 of 400 districts.")
    assert not is_territory_count("They have seized the district of Nawa.")


def test_background_more_than_30_days():
    published = dt.date(2021, 7, 4)
    assert is_background(dt.date(2021, 6, 1), published)
    assert not is_background(dt.date(2021, 6, 4), published)
    assert not is_background(None, published)
    assert not is_background(dt.date(2011, 1, 1), None)


def test_old_year():
    published = dt.date(2021, 7, 4)
    assert has_old_year("He was killed by a suicide bomber in 2011.", published)
    assert not has_old_year("The attack on 3 July 2021 killed five.", published)
    assert not has_old_year("Fighting in December 2021.", dt.date(2022, 1, 10))
    assert not has_old_year("Killed in 2011.", None)
