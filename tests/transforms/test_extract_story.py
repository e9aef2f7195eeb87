"""Settling an article's mentions by what the whole story tells (transforms/extract_story.py)."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from transforms.event_types import event_type_of
from transforms.extract_story import (attribute_unnamed_strikes, drop_retreats_of_a_capture, drop_summary_tolls,
                                     name_vague_weapons)
from transforms.extract_same_event import Candidate
from transforms.records import EventMention, LocationMention

SUNDAY = dt.date(2024, 3, 10)
SATURDAY = dt.date(2024, 3, 9)


def cand(sub: str, place: str | None = "Jowhar", fatalities: int | None = None, date=SUNDAY,
         actor1: str = "Al Shabaab", actor2: str = "", explicit: bool = True, named: int = 1) -> Candidate:
    return Candidate(mention(sub, place, fatalities, date, actor1, actor2), explicit, named)


def mention(sub: str, place: str | None = "Jowhar", fatalities: int | None = None, date=SUNDAY,
            actor1: str = "Al Shabaab", actor2: str = "", kind: str = "place") -> EventMention:
    return EventMention(
        mention_id=f"m_{sub[:6]}_{place}", article_id="a1", event_type=event_type_of(sub), sub_event_type=sub,
        actor1=actor1, actor2=actor2, location=LocationMention(place, kind) if place else None, event_date=date,
        fatalities=fatalities or 0, fatalities_low=fatalities or 0, fatalities_high=fatalities or 0,
        fatalities_known=fatalities is not None)


def test_explosions_told_without_a_weapon_take_the_day_s_named_weapon():
    missiles = cand("Shelling/artillery/missile attack", place="Kharkiv", actor1="Military Forces of Russia")
    blasts = replace(cand("Remote explosive/landmine/IED", place="Lutsk", actor1="Military Forces of Russia"),
                     vague_weapon=True)
    out = name_vague_weapons([missiles, blasts])
    assert [(c.mention.sub_event_type, c.vague_weapon) for c in out] == [
        ("Shelling/artillery/missile attack", False), ("Shelling/artillery/missile attack", False)]
    other_day = name_vague_weapons([missiles, replace(blasts, mention=replace(blasts.mention, event_date=SATURDAY))])
    assert other_day[1].mention.sub_event_type == "Remote explosive/landmine/IED"
    drones = cand("Air/drone strike", place="Odesa", actor1="Military Forces of Russia")
    two_weapons = name_vague_weapons([missiles, drones, blasts])
    assert two_weapons[2].mention.sub_event_type == "Remote explosive/landmine/IED"  # which one is not told


def test_an_unattributed_strike_is_by_the_one_attacker_named_for_that_kind():
    named = cand("Air/drone strike", place="Kobani", actor1="Military Forces of Turkey")
    named = replace(named, mention=replace(named.mention, inter1=8))
    unnamed = replace(cand("Air/drone strike", place="Derik", actor1="Military Forces of Syria",
                           actor2="Civilians (Syria)"), actor1_named=False)
    out = attribute_unnamed_strikes([named, unnamed])
    assert (out[1].mention.actor1, out[1].mention.inter1, out[1].mention.actor2) == (
        "Military Forces of Turkey", 8, "Civilians (Syria)")
    russian = cand("Air/drone strike", place="Kobani", actor1="Military Forces of Russia")
    assert attribute_unnamed_strikes([named, russian, unnamed])[2].mention.actor1 == "Military Forces of Syria"
    shelling = cand("Shelling/artillery/missile attack", place="Kobani", actor1="Military Forces of Iraq")
    assert attribute_unnamed_strikes([shelling, unnamed])[1].mention.actor1 == "Military Forces of Syria"


def test_an_unplaced_lead_summing_the_placed_events_is_dropped():
    lead = mention("Attack", "western Burkina Faso", 45, kind="region")
    village_a, village_b = mention("Attack", "Seytenga", 30), mention("Attack", "Dori", 15, date=SATURDAY)
    assert [m.location.name for m in drop_summary_tolls([lead, village_a, village_b])] == ["Seytenga", "Dori"]
    unplaced = mention("Attack", None, 45)
    assert [m.location and m.location.name for m in drop_summary_tolls([unplaced, village_a, village_b])] == [
        "Seytenga", "Dori"]


def test_a_lead_that_is_not_the_sum_or_is_placed_stays():
    village_a, village_b = mention("Attack", "Seytenga", 30), mention("Attack", "Dori", 15)
    more = mention("Attack", "western Burkina Faso", 60, kind="region")
    assert len(drop_summary_tolls([more, village_a, village_b])) == 3  # more deaths than the parts: a toll of its own
    placed = mention("Attack", "Sebba", 45)
    assert len(drop_summary_tolls([placed, village_a, village_b])) == 3
    one_part = mention("Attack", None, 30)
    assert len(drop_summary_tolls([one_part, village_a])) == 2  # one placed event is no sum: a retelling
    clash = mention("Armed clash", None, 45)
    assert len(drop_summary_tolls([clash, village_a, village_b])) == 3  # another kind of event
    week_later = mention("Attack", None, 45, date=SUNDAY + dt.timedelta(days=7))
    assert len(drop_summary_tolls([week_later, village_a, village_b])) == 3


# --- b3bd257: the attacker of the place's strikes; the weapon of the same attacker's day -------

def _inter(c: Candidate, inter1: int) -> Candidate:
    return replace(c, mention=replace(c.mention, inter1=inter1))


def test_an_unattributed_shelling_where_the_named_strikes_hit_is_by_that_attacker():
    jets = _inter(cand("Air/drone strike", place="Lay Kay Kaw", actor1="Military Forces of Myanmar"), 1)
    shelling = replace(cand("Shelling/artillery/missile attack", place="Lay Kay Kaw", actor1="Karen National Union",
                            actor2="Civilians (Myanmar)"), actor1_named=False)
    out = attribute_unnamed_strikes([jets, shelling])
    assert (out[1].mention.actor1, out[1].mention.inter1, out[1].mention.actor2) == (
        "Military Forces of Myanmar", 1, "Civilians (Myanmar)")


def test_an_unattributed_shelling_elsewhere_or_between_two_attackers_keeps_its_default():  # guard
    jets = _inter(cand("Air/drone strike", place="Lay Kay Kaw", actor1="Military Forces of Myanmar"), 1)
    elsewhere = replace(cand("Shelling/artillery/missile attack", place="Myawaddy", actor1="Karen National Union"),
                        actor1_named=False)
    assert attribute_unnamed_strikes([jets, elsewhere])[1].mention.actor1 == "Karen National Union"
    thai = cand("Air/drone strike", place="Lay Kay Kaw", actor1="Military Forces of Thailand")
    there = replace(elsewhere, mention=replace(elsewhere.mention, location=LocationMention("Lay Kay Kaw")))
    assert attribute_unnamed_strikes([jets, thai, there])[2].mention.actor1 == "Karen National Union"


def test_explosions_take_the_day_s_weapon_of_the_same_attacker_only():
    missiles = cand("Shelling/artillery/missile attack", place="Kharkiv", actor1="Military Forces of Russia")
    blasts = replace(cand("Remote explosive/landmine/IED", place="Belgorod", actor1="Military Forces of Ukraine"),
                     vague_weapon=True)
    out = name_vague_weapons([missiles, blasts])
    assert (out[1].mention.sub_event_type, out[1].vague_weapon) == ("Remote explosive/landmine/IED", True)
    drones = cand("Air/drone strike", place="Kursk", actor1="Military Forces of Ukraine")
    out = name_vague_weapons([missiles, drones, blasts])  # Ukraine's own named weapon that day: drones
    assert (out[2].mention.sub_event_type, out[2].vague_weapon) == ("Air/drone strike", False)


def test_the_state_s_retreat_in_a_capture_story_is_no_event_of_its_own():
    capture = mention("Non-state actor overtakes territory", "Palma", actor1="Islamic State")
    retreat = replace(mention("Change to group/activity", "Afungi", actor1="Military Forces of Mozambique"), inter1=1)
    assert [m.sub_event_type for m in drop_retreats_of_a_capture([capture, retreat])] == [
        "Non-state actor overtakes territory"]
    week_later = replace(retreat, event_date=SUNDAY + dt.timedelta(days=7))
    assert len(drop_retreats_of_a_capture([capture, week_later])) == 2
    rebels_moving = replace(mention("Change to group/activity", "Afungi", actor1="Islamic State"), inter1=2)
    assert len(drop_retreats_of_a_capture([capture, rebels_moving])) == 2
