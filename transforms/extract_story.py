"""Settling an article's mentions by what the whole story tells (before and after merging).

"several explosions hit Lviv" in a story of missile strikes is a missile
strike; "warplanes struck Kobani" in a story of Turkish strikes is Turkey's;
"Gunmen killed 100 people in two villages" above "70 were killed in A and 30
in B" is only their sum.
"""
from __future__ import annotations

from dataclasses import replace

from transforms.countries import find_country
from transforms.extract_same_event import STRIKE_TYPES, Candidate
from transforms.records import EventMention, LocationMention


def name_vague_weapons(candidates: list[Candidate]) -> list[Candidate]:
    """'several explosions hit Lviv' in a story of missile strikes: the article's weapon.

    Remote violence told without its weapon takes the one weapon type the
    article's other remote-violence mentions of the same day and attacker name;
    with none, or several, it keeps the type its words gave ("The strike hit X",
    by no one named, is merged with the strike it retells instead).
    """
    out = []
    for c in candidates:
        # the same wave: named strikes of the same day ("days after a blast hit Azaz" is another story)
        named = {o.mention.sub_event_type for o in candidates
                 if o.mention.event_type == "Explosions/Remote violence" and not o.vague_weapon
                 and o.mention.event_date == c.mention.event_date and o.mention.actor1 == c.mention.actor1}
        if c.vague_weapon and len(named) == 1:
            c = replace(c, mention=replace(c.mention, sub_event_type=named.pop()), vague_weapon=False)
        out.append(c)
    return out


def attribute_unnamed_strikes(candidates: list[Candidate]) -> list[Candidate]:
    """'In Kobani, warplanes struck ...' in a story of Turkish air strikes: Turkey's.

    A strike or shelling whose attacker the clause does not name is by the
    one attacker the article's other strikes of that kind name (else its
    strikes of any kind at the same place); with none, or several, it keeps
    its default.
    """
    out = []
    for c in candidates:
        m = c.mention
        if c.actor1_named or m.sub_event_type not in STRIKE_TYPES:
            out.append(c)
            continue
        named = {(o.mention.actor1, o.mention.inter1) for o in candidates
                 if o.actor1_named and o.mention.sub_event_type == m.sub_event_type}
        if not named and m.location is not None:
            # "jets bombed Lay Kay Kaw ... Artillery shelling of the area continued": the same attacker there
            named = {(o.mention.actor1, o.mention.inter1) for o in candidates
                     if o.actor1_named and o.mention.sub_event_type in STRIKE_TYPES
                     and o.mention.location is not None and o.mention.location.name == m.location.name}
        if len(named) != 1:
            out.append(c)
            continue
        actor1, inter1 = named.pop()
        actor2 = "" if m.actor2 == actor1 else m.actor2
        out.append(replace(c, mention=replace(m, actor1=actor1, inter1=inter1, actor2=actor2,
                                              inter2=m.inter2 if actor2 else None)))
    return out


_COMPASS_WORDS = frozenset("north south east west northern southern eastern western central northeastern "
                           "northwestern southeastern southwestern".split())


def _names_no_town(loc: LocationMention | None) -> bool:
    """No place below the country: none at all, a country, or a country's compass part ('western Niger')."""
    if loc is None or loc.kind == "country":
        return True
    words = loc.name.lower().split()
    return len(words) >= 2 and words[0] in _COMPASS_WORDS and find_country(" ".join(words[1:])) is not None


def drop_summary_tolls(mentions: list[EventMention]) -> list[EventMention]:
    """'Gunmen killed 100 people in attacks on two villages in western Niger' above '70 were killed
    in Tchoma Bangou and 30 in Zaroumdareye': the unplaced lead sums the placed events, and is
    no event of its own."""
    out = []
    for m in mentions:
        parts = [o for o in mentions if o is not m and o.event_type == m.event_type and not _names_no_town(o.location)
                 and o.fatalities_known and o.event_date is not None and m.event_date is not None
                 and abs((o.event_date - m.event_date).days) <= 1]
        if _names_no_town(m.location) and m.fatalities_known and m.fatalities > 0 and len(parts) >= 2 \
                and sum(o.fatalities for o in parts) == m.fatalities:
            continue
        out.append(m)
    return out


def drop_retreats_of_a_capture(mentions: list[EventMention]) -> list[EventMention]:
    """'Palma was largely in the hands of the insurgents, and government forces had withdrawn to
    positions around Afungi': the state's retreat is the capture's other half, not an event."""
    captures = [m for m in mentions if m.sub_event_type == "Non-state actor overtakes territory" and m.event_date]
    out = []
    for m in mentions:
        retreat = m.sub_event_type == "Change to group/activity" and m.inter1 in (1, 8) and m.event_date is not None
        if retreat and any(abs((c.event_date - m.event_date).days) <= 1 for c in captures):
            continue
        out.append(m)
    return out
