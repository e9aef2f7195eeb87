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

import re
import unicodedata
from dataclasses import dataclass, replace

from transforms.countries import find_country
from transforms.records import EventMention, LocationMention

_CAPTURES = {"Non-state actor overtakes territory", "Government regains territory"}


@dataclass(frozen=True)
class Candidate:
    """A mention plus what merging needs to know about how it was found."""

    mention: EventMention
    explicit_date: bool  # the date came from words in the text
    named_actors: int  # actors found in the text (not defaults)
    vague_weapon: bool = False  # typed from "explosions" or "strikes hit" alone: no weapon named
    actor1_named: bool = True  # False: actor1 is a typed default, no one in the text
    separate: bool = False  # told as another event: "Hours later, ...", "In a separate incident, ..."
    toll_from_detail: bool = False  # the toll came from a later sentence ("All six attackers were killed")


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
    if len(types) == 2 and "Disrupted weapons use" in types and "Armed clash" in types:
        return True  # "repelled an attack on Babanusa" / "shot down an army drone over the town": the battle
    return len(types) == 2 and "Disrupted weapons use" in types and bool(types & _STRIKE_TYPES)


_VIOLENCE_TOLD = re.compile(r"\b(?:open(?:ed|ing|s)?\s+fire|shot|shooting|kill\w*|massacr\w*|behead\w*|hacked|"
                            r"executed|gunned\s+down|burn(?:ed|t|ing)\s+(?:alive|to\s+death))\b", re.IGNORECASE)


def _one_raid(a: Candidate, b: Candidate, types: set[str]) -> bool:
    """'attacked the village, first kidnapping two residents and then opening fire on
    villagers': one raid by one group, told in one sentence, is one attack."""
    return (types == {"Attack", "Abduction/forced disappearance"} and a.mention.char_start == b.mention.char_start
            and a.mention.actor1 == b.mention.actor1)


def _burned_in_the_raid(a: Candidate, b: Candidate, types: set[str]) -> bool:
    """'bandits killed seven people in an attack on Kadisau' / 'the attackers set several houses
    on fire': the arson is part of the attack, same group, place and day."""
    if len(types) != 2 or not types & {"Attack", "Armed clash"}:
        return False
    other = (types - {"Attack", "Armed clash"}).pop() if types - {"Attack", "Armed clash"} else None
    if other == "Looting/property destruction":
        return a.mention.actor1 == b.mention.actor1 or any(m.actor1.startswith("Unidentified")
                                                           for m in (a.mention, b.mention))
    # "gunmen stormed the village, setting fire to houses": in one sentence, the raid's arson
    return other in ("Violent demonstration", "Mob violence") and a.mention.char_start == b.mention.char_start


def _weapon_named_once(a: Candidate, b: Candidate, types: set[str]) -> bool:
    """'22 killed in explosions at the airport' / 'missiles struck the airport': the one
    told without its weapon is the other."""
    return types <= _REMOTE_TYPES and (a.vague_weapon != b.vague_weapon)


def _shells_of_the_fight(a: Candidate, b: Candidate, types: set[str]) -> bool:
    """'troops and rebels exchanged heavy weapons fire around X, killing two civilians when
    shells hit their homes': the shells are the fight's, in the one sentence that tells both."""
    return types == {"Armed clash", "Shelling/artillery/missile attack"} and a.mention.char_start == b.mention.char_start


_THE_ATTACKERS = re.compile(r"\bthe\s+(?:attackers|assailants|gunmen|raiders|militants|fighters)\b", re.IGNORECASE)


def _fought_back(a: Candidate, b: Candidate, types: set[str]) -> bool:
    """'armed youth attacked Pieri ...' / 'the attackers fought with Lou Nuer youth and police':
    the later sentence says the attack met armed resistance; one event, a clash."""
    if types != {"Attack", "Armed clash"} or a.mention.char_start == b.mention.char_start:
        return False
    clash = a if a.mention.sub_event_type == "Armed clash" else b
    attack = b if clash is a else a
    return clash.mention.char_start > attack.mention.char_start and bool(_THE_ATTACKERS.search(clash.mention.sentence))


def _same_event(a: Candidate, b: Candidate) -> bool:
    later = max((a, b), key=lambda c: c.mention.char_start)
    if later.separate and a.mention.char_start != b.mention.char_start:
        return False  # "Hours later, ...": not the event told before (what follows may still retell it)
    types = {a.mention.sub_event_type, b.mention.sub_event_type}
    if len(types) > 1 and not (types & _CAPTURES and "Armed clash" in types and len(types) == 2) \
            and not _is_suicide_assault(types) and not types <= _PROTEST_GRADES.keys() \
            and not _one_bombardment(a, b, types) and not _one_strike(a, b, types) \
            and not _one_raid(a, b, types) and not _weapon_named_once(a, b, types) \
            and not _shells_of_the_fight(a, b, types) and not _burned_in_the_raid(a, b, types) \
            and not _fought_back(a, b, types) \
            and not _same_toll_retold(a, b):
        return False
    if _one_raid(a, b, types):
        return _dates_agree(a, b)  # one sentence, one group: "stormed the college, Kagara, kidnapping 27"
    if _fought_back(a, b, types):
        clash = a if a.mention.sub_event_type == "Armed clash" else b
        wide = clash.mention.location is None or clash.mention.location.kind in ("district", "province", "region")
        return _dates_agree(a, b) and (wide or _places_agree(a.mention.location, b.mention.location))
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
        changes.update(event_type=detail.mention.event_type, sub_event_type="Suicide bomb",
                       **_bomber_sides(held.mention, detail.mention))
    toll_added = not held.mention.fatalities_known and detail.mention.fatalities_known
    if toll_added:
        changes.update(_toll(held.mention, detail.mention))
    named_weapon = held.vague_weapon and not detail.vague_weapon and detail.mention.sub_event_type in _REMOTE_TYPES
    if named_weapon:
        # "explosions struck the airport" / "carried out with precision-guided missiles"
        changes.update(sub_event_type=detail.mention.sub_event_type)
    if _tells_the_start(held, detail):
        d = detail.mention  # "The attack began ... on Friday": an event is dated by its first day
        changes.update(event_date=d.event_date, date_start=d.date_start, time_precision=d.time_precision)
    if not changes:
        return held
    return replace(held, mention=replace(held.mention, **changes), vague_weapon=held.vague_weapon and not named_weapon,
                   toll_from_detail=held.toll_from_detail or toll_added)


_STATE_INTER = (1, 8)  # state forces, at home or abroad


def _bomber_sides(assault: EventMention, bomb: EventMention) -> dict:
    """'Forces ended the siege after killing the gunmen' retold as a suicide bombing: the
    bombing is the attackers' act, on the bomb's targets; not the forces' on the attackers."""
    if assault.inter1 not in _STATE_INTER or assault.inter2 in _STATE_INTER or not assault.actor2:
        return {}
    return dict(actor1=assault.actor2, inter1=assault.inter2, actor2=bomb.actor2, inter2=bomb.inter2,
                assoc_actor_1="", assoc_actor_2="")


_BEGAN = re.compile(r"\b(?:began|begun|started|erupted|broke\s+out)\b", re.IGNORECASE)


def _tells_the_start(held: Candidate, detail: Candidate) -> bool:
    """'ended a 30-hour siege on Sunday' / 'The attack began ... on Friday': a few days earlier."""
    a, b = held.mention.event_date, detail.mention.event_date
    return (detail.explicit_date and a is not None and b is not None and 0 < (a - b).days <= 3
            and bool(_BEGAN.search(detail.mention.sentence)))


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
    if m.fatalities_known and o.fatalities_known and keep.toll_from_detail != other.toll_from_detail:
        # a toll told with the event ("Seven soldiers were killed when ...") beats one a later
        # detail added ("All six attackers were killed"): those may be other people
        own = other if keep.toll_from_detail else keep
        changes: dict = {f: getattr(own.mention, f) for f in
                         ("fatalities", "fatalities_low", "fatalities_high", "fatalities_known")}
    else:
        changes = _toll(m, o)
    if not keep.explicit_date and other.explicit_date:
        changes.update(event_date=o.event_date, date_start=o.date_start,
                       time_precision=o.time_precision)
    if _specificity(o.location) > _specificity(m.location):
        changes.update(location=o.location)
    if keep.named_actors < other.named_actors and m.sub_event_type == o.sub_event_type:
        changes.update(actor1=o.actor1, actor2=o.actor2, inter1=o.inter1, inter2=o.inter2,
                       assoc_actor_1=o.assoc_actor_1, assoc_actor_2=o.assoc_actor_2)
    changes["confidence"] = max(m.confidence, o.confidence)
    return replace(keep, mention=replace(m, **changes), explicit_date=keep.explicit_date or other.explicit_date,
                   named_actors=max(keep.named_actors, other.named_actors),
                   vague_weapon=keep.vague_weapon and other.vague_weapon,
                   toll_from_detail=keep.toll_from_detail and other.toll_from_detail)


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
    if _shells_of_the_fight(a, b, types) and m.sub_event_type != "Armed clash":
        clash = (a if a.mention.sub_event_type == "Armed clash" else b).mention
        m = replace(clash, **_toll(clash, m))
    if _burned_in_the_raid(a, b, types) and m.sub_event_type not in ("Attack", "Armed clash"):
        raid = (a if a.mention.sub_event_type in ("Attack", "Armed clash") else b).mention
        m = replace(raid, **_toll(raid, m))
    if _fought_back(a, b, types) and m.sub_event_type != "Armed clash":
        clash = (a if a.mention.sub_event_type == "Armed clash" else b).mention
        m = replace(m, event_type=clash.event_type, sub_event_type="Armed clash", actor1=clash.actor1,
                    inter1=clash.inter1, actor2=clash.actor2, inter2=clash.inter2)
    if _weapon_named_once(a, b, types):
        named = (b if a.vague_weapon else a).mention
        m = replace(m, sub_event_type=named.sub_event_type)
    if _one_raid(a, b, types):
        # "stormed the college, kidnapping 27 students": an abduction; "first kidnapping two
        # residents and then opening fire on villagers": an attack
        sub = "Attack" if _VIOLENCE_TOLD.search(m.sentence) else "Abduction/forced disappearance"
        other = (a if a.mention.sub_event_type == sub else b).mention
        m = replace(m, sub_event_type=sub)
        m = replace(m, **_toll(m, other)) if not m.fatalities_known else m
    if _is_suicide_assault(types):
        bomb = (a if a.mention.sub_event_type == "Suicide bomb" else b).mention
        m = replace(m, event_type=bomb.event_type, sub_event_type="Suicide bomb", **_bomber_sides(m, bomb))
    return merged if m is merged.mention else replace(merged, mention=m)


def name_vague_weapons(candidates: list[Candidate]) -> list[Candidate]:
    """'several explosions hit Lviv' in a story of missile strikes: the article's weapon.

    Remote violence told without its weapon takes the one weapon type the
    article's other remote-violence mentions of the same day name; with none,
    or several, it keeps the type its words gave.
    """
    out = []
    for c in candidates:
        # the same wave: named strikes of the same day ("days after a blast hit Azaz" is another story)
        named = {o.mention.sub_event_type for o in candidates
                 if o.mention.event_type == "Explosions/Remote violence" and not o.vague_weapon
                 and o.mention.event_date == c.mention.event_date}
        if c.vague_weapon and len(named) == 1:
            c = replace(c, mention=replace(c.mention, sub_event_type=named.pop()), vague_weapon=False)
        out.append(c)
    return out


def attribute_unnamed_strikes(candidates: list[Candidate]) -> list[Candidate]:
    """'In Kobani, warplanes struck ...' in a story of Turkish air strikes: Turkey's.

    A strike or shelling whose attacker the clause does not name is by the
    one attacker the article's other strikes of that kind name; with none, or
    several, it keeps its default.
    """
    out = []
    for c in candidates:
        m = c.mention
        if c.actor1_named or m.sub_event_type not in _STRIKE_TYPES:
            out.append(c)
            continue
        named = {(o.mention.actor1, o.mention.inter1) for o in candidates
                 if o.actor1_named and o.mention.sub_event_type == m.sub_event_type}
        if len(named) != 1:
            out.append(c)
            continue
        actor1, inter1 = named.pop()
        actor2 = "" if m.actor2 == actor1 else m.actor2
        out.append(replace(c, mention=replace(m, actor1=actor1, inter1=inter1, actor2=actor2,
                                              inter2=m.inter2 if actor2 else None)))
    return out


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
