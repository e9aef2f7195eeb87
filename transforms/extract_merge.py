"""Merge the mentions of one article that describe the same event.

Headline, lead and body often retell one capture; codebook rule 3 folds a
clash into the capture of the same place on the same day. Two mentions are
the same event when their sub-event types match (or clash + capture, or an
assault + the suicide bombing that opened it, or two grades of one crowd event), their
places agree (same name, or one is the other's enclosing unit) and their
dates agree (same day, or one of them only defaulted to the publication
date). The richest mention survives, topped up with the others' fields.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace

from transforms.records import EventMention, LocationMention

_CAPTURES = {"Non-state actor overtakes territory", "Government regains territory"}


@dataclass(frozen=True)
class Candidate:
    """A mention plus what merging needs to know about how it was found."""

    mention: EventMention
    explicit_date: bool  # the date came from words in the text
    named_actors: int  # actors found in the text (not defaults)


def _key(name: str | None) -> str:
    text = unicodedata.normalize("NFKD", name or "")
    return "".join(c for c in text.casefold() if c.isalnum())


def _places_agree(a: LocationMention | None, b: LocationMention | None) -> bool:
    """Same name, or one names the unit that encloses the other ('Kandahar' / 'Panjwai, Kandahar')."""
    if a is None or b is None:
        return a is None and b is None
    names_a = {_key(a.name)} | ({_key(a.parent)} if a.parent else set())
    names_b = {_key(b.name)} | ({_key(b.parent)} if b.parent else set())
    if _key(a.name) == _key(b.name):
        return True
    # a province-level mention inside the other's named district ("in Kandahar" vs "Panjwai, Kandahar")
    return (_key(a.name) in names_b and not a.count) or (_key(b.name) in names_a and not b.count)


def _dates_agree(a: Candidate, b: Candidate) -> bool:
    """Same day, or one of the two dates is only a default (publication/statement day)."""
    return a.mention.event_date == b.mention.event_date or not a.explicit_date or not b.explicit_date


def _same_toll_retold(a: Candidate, b: Candidate) -> bool:
    """'Police shot five protesters dead in X' / 'five people were shot dead in X' by nobody named:
    the same deaths told twice, whatever type the bare retelling would guess."""
    ma, mb = a.mention, b.mention
    return (ma.fatalities_known and mb.fatalities_known and ma.fatalities == mb.fatalities > 0
            and (ma.actor1.startswith("Unidentified") or mb.actor1.startswith("Unidentified"))
            and _dates_agree(a, b))


def _is_suicide_assault(types: set[str]) -> bool:
    """'Militants attacked a post' + 'a suicide bomber rammed the post': one complex attack."""
    return len(types) == 2 and "Suicide bomb" in types and bool(types & _ASSAULT_TYPES)


def _one_bombardment(a: Candidate, b: Candidate, types: set[str]) -> bool:
    """'shelled Kherson 73 times, firing artillery, drones and mortars': one sentence, one
    barrage, whatever each weapon's clause would be typed as."""
    return types <= _REMOTE_TYPES and a.mention.char_start == b.mention.char_start


def _one_strike(a: Candidate, b: Candidate, types: set[str]) -> bool:
    """'An Israeli missile strike on Damascus' / 'the air aggression with missiles' / 'air
    defences intercepted most of the missiles': one strike, told three ways."""
    if types <= _STRIKE_TYPES:
        return a.mention.actor1 == b.mention.actor1 or any(
            m.actor1.startswith("Unidentified") for m in (a.mention, b.mention))
    return len(types) == 2 and "Disrupted weapons use" in types and bool(types & _STRIKE_TYPES)


def _same_event(a: Candidate, b: Candidate) -> bool:
    types = {a.mention.sub_event_type, b.mention.sub_event_type}
    if len(types) > 1 and not (types & _CAPTURES and "Armed clash" in types and len(types) == 2) \
            and not _is_suicide_assault(types) and not types <= _PROTEST_GRADES.keys() \
            and not _one_bombardment(a, b, types) and not _one_strike(a, b, types) \
            and not _same_toll_retold(a, b):
        return False
    return _places_agree(a.mention.location, b.mention.location) and _dates_agree(a, b)


def _specificity(loc: LocationMention | None) -> int:
    if loc is None:
        return 0
    return 1 + (loc.kind in ("district", "city", "village", "place")) + (loc.parent is not None)


def _richness(c: Candidate) -> tuple:
    m = c.mention
    return (m.sub_event_type in _CAPTURES, c.named_actors, m.fatalities_known,
            _specificity(m.location), c.explicit_date, m.confidence)


def _toll(m: EventMention, o: EventMention) -> dict:
    """Fatality fields after hearing a second report: the lowest figure, the full range."""
    if not o.fatalities_known:
        return {}
    if not m.fatalities_known:
        return dict(fatalities=o.fatalities, fatalities_low=o.fatalities_low,
                    fatalities_high=o.fatalities_high, fatalities_known=True)
    return dict(fatalities=min(m.fatalities, o.fatalities), fatalities_low=min(m.fatalities_low, o.fatalities_low),
                fatalities_high=max(m.fatalities_high, o.fatalities_high))


def absorb_detail(held: Candidate, detail: Candidate) -> Candidate:
    """A later sentence that only adds detail ('The attack killed 18') to the held event.

    Its toll is used only when the event had none: a detail's deaths may be
    other people ('forces ended the siege, killing the six attackers'). An
    assault that the detail says opened with a suicide bomber ('a vehicle laden
    with explosives was rammed into the post by a suicide bomber') is a
    suicide bombing: the bomb is what makes the event.
    """
    changes: dict = {}
    if detail.mention.sub_event_type == "Suicide bomb" and held.mention.sub_event_type in _ASSAULT_TYPES:
        changes.update(event_type=detail.mention.event_type, sub_event_type="Suicide bomb")
    if not held.mention.fatalities_known and detail.mention.fatalities_known:
        changes.update(_toll(held.mention, detail.mention))
    if not changes:
        return held
    return Candidate(replace(held.mention, **changes), held.explicit_date, held.named_actors)


_ASSAULT_TYPES = frozenset({"Armed clash", "Attack"})
_STRIKE_TYPES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
_REMOTE_TYPES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                           "Grenade"})
# One crowd per place and day: a riot the police dispersed is still the riot, and a crowd
# the police shot dead is told as that whatever else it did.
_PROTEST_GRADES = {"Peaceful protest": 0, "Protest with intervention": 1, "Mob violence": 2, "Violent demonstration": 2,
                   "Excessive force against protesters": 3}


def _combine(keep: Candidate, other: Candidate) -> Candidate:
    m, o = keep.mention, other.mention
    changes: dict = _toll(m, o)
    if not keep.explicit_date and other.explicit_date:
        changes.update(event_date=o.event_date, date_start=o.date_start,
                       time_precision=o.time_precision)
    if _specificity(o.location) > _specificity(m.location):
        changes.update(location=o.location)
    if keep.named_actors < other.named_actors and m.sub_event_type == o.sub_event_type:
        changes.update(actor1=o.actor1, actor2=o.actor2, inter1=o.inter1, inter2=o.inter2,
                       assoc_actor_1=o.assoc_actor_1, assoc_actor_2=o.assoc_actor_2)
    changes["confidence"] = max(m.confidence, o.confidence)
    return Candidate(replace(m, **changes), keep.explicit_date or other.explicit_date,
                     max(keep.named_actors, other.named_actors))


def _with_merged_type(merged: Candidate, a: Candidate, b: Candidate) -> Candidate:
    """The type of two mentions of different sub-types told as one event (see _same_event)."""
    m = merged.mention
    types = {a.mention.sub_event_type, b.mention.sub_event_type}
    grades = [_PROTEST_GRADES.get(c.mention.sub_event_type) for c in (a, b)]
    if None not in grades and len(set(grades)) > 1:
        # one demonstration per place and day: graded by the worst that happened to it
        w = max((a, b), key=lambda c: _PROTEST_GRADES[c.mention.sub_event_type]).mention
        m = replace(m, event_type=w.event_type, sub_event_type=w.sub_event_type,
                    actor1=w.actor1, inter1=w.inter1, actor2=w.actor2, inter2=w.inter2)
    if "Disrupted weapons use" in types and m.sub_event_type == "Disrupted weapons use":
        strike = (a if a.mention.sub_event_type != "Disrupted weapons use" else b).mention
        m = replace(strike, **_toll(strike, m))  # the strike, partly intercepted
    if _is_suicide_assault(types):
        bomb = (a if a.mention.sub_event_type == "Suicide bomb" else b).mention
        m = replace(m, event_type=bomb.event_type, sub_event_type="Suicide bomb")
    return merged if m is merged.mention else Candidate(m, merged.explicit_date, merged.named_actors)


def merge_candidates(candidates: list[Candidate]) -> list[EventMention]:
    """One mention per event of the article, in order of first appearance."""
    groups: list[Candidate] = []
    for cand in candidates:
        for i, held in enumerate(groups):
            if _same_event(held, cand):
                first, second = (held, cand) if _richness(held) >= _richness(cand) else (cand, held)
                # keep the position of the earliest evidence for a stable order
                groups[i] = _with_merged_type(_combine(first, second), held, cand)
                break
        else:
            groups.append(cand)
    return [g.mention for g in groups]
