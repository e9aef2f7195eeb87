"""Merging the mentions of one article: an assault opened by a suicide bomber is one suicide bombing."""
from __future__ import annotations

import datetime as dt

from transforms.event_types import event_type_of
from transforms.extract_merge import Candidate, absorb_detail, merge_candidates
from transforms.records import EventMention, LocationMention

SUNDAY = dt.date(2024, 3, 10)


def cand(sub: str, place: str | None = "Jowhar", fatalities: int | None = None, date=SUNDAY,
         actor1: str = "Al Shabaab", actor2: str = "", explicit: bool = True, named: int = 1) -> Candidate:
    mention = EventMention(
        mention_id=f"m_{sub[:6]}", article_id="a1", event_type=event_type_of(sub), sub_event_type=sub,
        actor1=actor1, actor2=actor2, location=LocationMention(place) if place else None, event_date=date,
        fatalities=fatalities or 0, fatalities_low=fatalities or 0, fatalities_high=fatalities or 0,
        fatalities_known=fatalities is not None)
    return Candidate(mention, explicit, named)


def summary(mentions: list[EventMention]) -> list[tuple]:
    return [(m.event_type, m.sub_event_type, m.location and m.location.name, m.fatalities, m.fatalities_known,
             m.actor1, m.actor2) for m in mentions]


def test_assault_and_suicide_bomb_of_one_place_and_day_merge_into_a_suicide_bomb():
    merged = merge_candidates([cand("Armed clash", fatalities=7, actor2="Military Forces of Somalia", named=2),
                               cand("Suicide bomb")])
    assert summary(merged) == [("Explosions/Remote violence", "Suicide bomb", "Jowhar", 7, True,
                                "Al Shabaab", "Military Forces of Somalia")]


def test_suicide_bomb_told_first_absorbs_the_attack_told_after():
    merged = merge_candidates([cand("Suicide bomb", actor1="Unidentified Armed Group (Somalia)", named=0),
                               cand("Attack", fatalities=12, actor2="Civilians (Somalia)")])
    assert [(m.sub_event_type, m.event_type, m.fatalities) for m in merged] == [
        ("Suicide bomb", "Explosions/Remote violence", 12)]


def test_suicide_bomb_elsewhere_or_another_day_stays_apart():
    elsewhere = merge_candidates([cand("Armed clash", fatalities=7), cand("Suicide bomb", place="Balad")])
    assert [m.sub_event_type for m in elsewhere] == ["Armed clash", "Suicide bomb"]
    other_day = merge_candidates([cand("Attack"), cand("Suicide bomb", date=dt.date(2024, 3, 9))])
    assert [m.sub_event_type for m in other_day] == ["Attack", "Suicide bomb"]


def test_suicide_bomb_does_not_absorb_other_explosions():
    merged = merge_candidates([cand("Air/drone strike", fatalities=3), cand("Suicide bomb")])
    assert [m.sub_event_type for m in merged] == ["Air/drone strike", "Suicide bomb"]


def test_detail_with_a_suicide_bomber_upgrades_the_assault():
    held = cand("Armed clash", place="Bannu", fatalities=5, actor2="Police Forces of Pakistan")
    out = absorb_detail(held, cand("Suicide bomb", place=None))
    assert summary([out.mention]) == [("Explosions/Remote violence", "Suicide bomb", "Bannu", 5, True,
                                       "Al Shabaab", "Police Forces of Pakistan")]
    assert (out.explicit_date, out.named_actors) == (held.explicit_date, held.named_actors)


def test_detail_with_a_suicide_bomber_and_a_toll_upgrades_and_tops_up():
    out = absorb_detail(cand("Attack", place="Bannu"), cand("Suicide bomb", place=None, fatalities=9))
    assert (out.mention.sub_event_type, out.mention.fatalities, out.mention.fatalities_known) == ("Suicide bomb", 9, True)


def test_detail_keeps_other_types_and_an_existing_toll():
    shelling = cand("Shelling/artillery/missile attack", fatalities=2)
    assert absorb_detail(shelling, cand("Suicide bomb", place=None)) is shelling
    clash = cand("Armed clash", fatalities=5)
    assert absorb_detail(clash, cand("Attack", place=None, fatalities=6)) is clash
