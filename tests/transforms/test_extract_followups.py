"""Follow-up sentences: a claim credits the attack told just before (transforms/extract_followups.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from transforms import extract_followups
from transforms.actors import ActorMatch, find_actors
from transforms.event_types import event_type_of
from transforms.extract import extract_mentions
from transforms.extract_context import ArticleContext
from transforms.extract_same_event import Candidate
from transforms.records import STATUS_OK, CleanedArticle, EventMention, LocationMention
from transforms.sentences import Sentence

SUNDAY = dt.date(2024, 3, 10)


def claimant_of(sentence: str, country: str) -> str | None:
    ctx = ArticleContext("a1", SUNDAY, None, [Sentence(sentence, 0, len(sentence), 0, 0)], {},
                         actors=find_actors(sentence, country))
    found = extract_followups.claimed_by(ctx.sentences[0], ctx)
    return found.name if found is not None else None


@pytest.mark.parametrize("sentence, country, claimant", [
    ("The little-known Tehrik-e-Azadi Makran claimed that attack.", "PK", "Tehrik-e-Azadi Makran"),
    ("Kataib Sabereen claimed responsibility for the bombing in a statement.", "IQ", "Kataib Sabereen"),
    ("Jaish al-Sahra claimed the ambush on its Telegram channel.", "NE", "Jaish al-Sahra"),
    ("Al-Shabaab claimed responsibility, saying it had killed 20 soldiers.", "SO", "Al Shabaab"),
    ("ISWAP claimed Sunday's attack.", "NG", "ISWAP"),
])
def test_a_named_group_claiming_the_attack_is_the_claimant(sentence, country, claimant):
    assert claimant_of(sentence, country) == claimant


@pytest.mark.parametrize("sentence, country", [
    ("No group claimed responsibility for the attack.", "NG"),  # no one named
    ("Police blamed the attack on bandits.", "NG"),  # no claim
    ("The army claimed it had killed 30 insurgents in the operation.", "NG"),  # the state, no attack claimed
    ("Villagers claimed the attack was planned.", "NG"),  # civilians claim nothing
])
def test_no_named_armed_group_claiming_is_no_claimant(sentence, country):
    assert claimant_of(sentence, country) is None


def told(sub: str, place: str, start: int, actor1: str, inter1: int, actor2: str = "", inter2: int | None = None,
         named: bool = False) -> Candidate:
    mention = EventMention(
        mention_id=f"m_{start}", article_id="a1", event_type=event_type_of(sub), sub_event_type=sub,
        actor1=actor1, inter1=inter1, actor2=actor2, inter2=inter2, location=LocationMention(place),
        event_date=SUNDAY, char_start=start, char_end=start + 40)
    return Candidate(mention, True, 1, actor1_named=named)


TJP = ActorMatch("Tehreek-i-Jihad Makran", 2, "rebel", "PK", 0, 22, "Tehreek-i-Jihad Makran")


def sides(found: list[Candidate]) -> list[tuple]:
    return [(c.mention.actor1, c.mention.inter1, c.mention.actor2, c.mention.inter2) for c in found]


def test_the_claim_credits_the_unnamed_attackers_of_the_event_just_told():
    attack = told("Attack", "Turbat", 100, "Unidentified Armed Group (Pakistan)", 3, "Civilians (Pakistan)", 7)
    out = extract_followups.credit_the_claim([attack], TJP, since=0)
    assert sides(out) == [("Tehreek-i-Jihad Makran", 2, "Civilians (Pakistan)", 7)]
    assert out[0].actor1_named


def test_the_claim_takes_the_attackers_side_of_the_forces_own_telling():
    # "nine soldiers were killed when terrorists attacked the Zhob garrison": the forces first, the attackers second
    clash = told("Armed clash", "Zhob", 100, "Military Forces of Pakistan", 1, "Unidentified Armed Group (Pakistan)", 3)
    assert sides(extract_followups.credit_the_claim([clash], TJP, since=0)) == [
        ("Military Forces of Pakistan", 1, "Tehreek-i-Jihad Makran", 2)]


def test_the_claim_leaves_named_attackers_older_events_and_other_places():
    named = told("Attack", "Turbat", 100, "Baloch Liberation Army", 2, "Civilians (Pakistan)", 7, named=True)
    old = told("Attack", "Gwadar", 10, "Unidentified Armed Group (Pakistan)", 3)
    other_place = told("Attack", "Panjgur", 120, "Unidentified Armed Group (Pakistan)", 3)
    latest = told("Armed clash", "Turbat", 200, "Unidentified Armed Group (Pakistan)", 3, "Police Forces of Pakistan", 1)
    out = extract_followups.credit_the_claim([old, named, other_place, latest], TJP, since=50)
    assert [c.mention.actor1 for c in out] == [
        "Unidentified Armed Group (Pakistan)",  # told before `since`
        "Baloch Liberation Army",  # the text named its attackers
        "Unidentified Armed Group (Pakistan)",  # not the place of the latest event told
        "Tehreek-i-Jihad Makran"]


def test_the_claim_credits_no_protest_or_development():
    protest = told("Peaceful protest", "Turbat", 100, "Protesters (Pakistan)", 6)
    assert extract_followups.credit_the_claim([protest], TJP, since=0) == [protest]


# --- c8150b2: "X (also) claimed a drone attack on Y": X is the attacker of the event told ---------
def _told(nlp, body: str) -> list[tuple]:
    article = CleanedArticle("c1", body, None, None, None, dt.date(2024, 3, 11), "metadata", "en", STATUS_OK, None)
    return [(m.sub_event_type, m.actor1, m.actor2, m.location and m.location.name)
            for m in extract_mentions(article, nlp)]


@pytest.mark.parametrize("body, expected", [
    ("ISWAP also claimed a drone attack on a military base near Monguno, which the army said killed four soldiers.",
     [("Air/drone strike", "ISWAP", "Military Forces of Nigeria", "Monguno")]),
    ("The Arakan Army also claimed a drone attack on a military base near Sittwe, which the army said killed four "
     "soldiers.",
     [("Air/drone strike", "Arakan Army", "Military Forces of Myanmar", "Sittwe")]),
    ("The Houthis also claimed a drone attack on a military base near Marib, which the army said killed four "
     "soldiers.",
     [("Air/drone strike", "Houthis", "Military Forces of Yemen", "Marib")]),
    ("Troops clashed with Al Shabaab in Afgoye, Somalia, on Sunday. Al Shabaab also claimed a drone attack on a "
     "military base near Jowhar, which the army said killed four soldiers.",
     [("Armed clash", "Military Forces of Somalia", "Al Shabaab", "Afgoye"),
      ("Air/drone strike", "Al Shabaab", "Military Forces of Somalia", "Jowhar")]),
], ids=["iswap-monguno", "arakan-army-sittwe", "houthis-marib", "al-shabaab-after-a-clash"])
def test_the_group_that_claimed_the_attack_told_is_its_attacker(nlp, body, expected):
    assert _told(nlp, body) == expected


@pytest.mark.parametrize("body, expected", [
    # guard: unchanged behaviour - the claim is an aside after the act: the strikes stay the coalition's
    ("Air strikes by the coalition hit Sanaa, a day after the movement claimed a drone attack on Saudi Arabia.",
     [("Air/drone strike", "Military Forces of Saudi Arabia", "", "Sanaa")]),
    # guard: unchanged behaviour - the claimant already the attacker
    ("JNIM also claimed a drone attack on a military base near Djibo, which the army said killed four soldiers.",
     [("Air/drone strike", "JNIM", "Military Forces of Mali", "Djibo")]),
    ("The RSF claimed a drone attack on an army base near Kosti on Sunday.",
     [("Air/drone strike", "Rapid Support Forces", "Military Forces of Sudan", "Kosti")]),
], ids=["coalition-strikes-a-day-after-a-claim", "jnim-djibo", "rsf-kosti"])
def test_a_claim_told_as_an_aside_or_by_the_attacker_changes_nothing(nlp, body, expected):
    assert _told(nlp, body) == expected
