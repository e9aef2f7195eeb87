"""Merge the mentions of one article that describe the same event.

Headline, lead and body often retell one capture; codebook rule 3 folds a
clash into the capture of the same place on the same day. When two mentions
are one event is extract_same_event's question; here the richest mention
survives, topped up with the others' fields (toll, firm date, place detail,
named actors), and the merged type is settled (a crowd event graded by the
worst that happened to it, a complex attack opened by a suicide bomber is a
suicide bombing). A later sentence that only adds detail is absorbed.
"""
from __future__ import annotations

import re
from dataclasses import replace

from transforms.extract_same_event import (ASSAULT_TYPES, CAPTURES, PROTEST_GRADES, REMOTE_TYPES, STRIKE_TYPES,
                                          VIOLENCE_TOLD, Candidate, burned_by_the_crowd, burned_in_the_raid, fight_told,
                                          fought_back, is_suicide_assault, one_raid,
                                          count_of_the_event, is_count_only, same_event, shells_of_the_fight,
                                          target_retold, weapon_named_once, within_range)
from transforms.records import EventMention, LocationMention

__all__ = ["Candidate", "absorb_detail", "lead_retold", "merge_candidates"]


def _specificity(loc: LocationMention | None) -> int:
    if loc is None:
        return 0
    return 1 + (loc.kind in ("district", "city", "village", "place")) + (loc.parent is not None)


def _richness(c: Candidate) -> tuple:
    m = c.mention
    return (m.sub_event_type in CAPTURES, c.named_actors, m.fatalities_known,
            _specificity(m.location), c.explicit_date, m.confidence)


def _toll(m: EventMention, o: EventMention) -> dict:
    """Fatality fields after hearing a second report: the lowest figure, the full range."""
    if not o.fatalities_known:
        return {}
    if not m.fatalities_known or precise_beats_vague(m, o):
        return dict(fatalities=o.fatalities, fatalities_low=o.fatalities_low,
                    fatalities_high=o.fatalities_high, fatalities_known=True)
    if precise_beats_vague(o, m) or _one_of_the_dead(o, m):
        return {}
    if _one_of_the_dead(m, o):
        return dict(fatalities=o.fatalities, fatalities_low=o.fatalities_low,
                    fatalities_high=o.fatalities_high, fatalities_known=True)
    return dict(fatalities=min(m.fatalities, o.fatalities), fatalities_low=min(m.fatalities_low, o.fatalities_low),
                fatalities_high=max(m.fatalities_high, o.fatalities_high))


# "At least 30 troops, including a tactical commander, were killed": the one dead a shorter telling
# names ("the attack killed a tactical commander") is among them, no lower count
_INCLUDING_ONE = re.compile(r"\bincluding\s+(?:a|an|one|the|its|their)\s", re.IGNORECASE)


def _one_of_the_dead(few: EventMention, many: EventMention) -> bool:
    return few.fatalities == 1 and many.fatalities > 1 and not is_vague_toll(many) \
        and bool(_INCLUDING_ONE.search(many.sentence))


def absorb_detail(held: Candidate, detail: Candidate) -> Candidate:
    """A later sentence that only adds detail ('The attack killed 18') to the held event.

    Its toll is used only when the event had none: a detail's deaths may be
    other people ('forces ended the siege, killing the six attackers'). An
    assault that the detail says opened with a suicide bomber ('a vehicle laden
    with explosives was rammed into the post by a suicide bomber') is a
    suicide bombing: the bomb is what makes the event.
    """
    changes: dict = {}
    if detail.mention.sub_event_type == "Suicide bomb" and held.mention.sub_event_type in ASSAULT_TYPES:
        changes.update(event_type=detail.mention.event_type, sub_event_type="Suicide bomb",
                       **_bomber_sides(held.mention, detail.mention))
    if held.mention.sub_event_type == "Attack" and detail.mention.sub_event_type == "Armed clash" \
            and not held.mention.fatalities_known and fought_back(held, detail, {"Attack", "Armed clash"}):
        # "terrorists attacked the Lere camp" / "After violent fighting, the assailants were pushed back,
        # ... two soldiers were killed": an attack that met armed resistance, and killed no one else first
        changes.update(_type_and_sides(detail.mention))
    grades = PROTEST_GRADES.get(held.mention.sub_event_type), PROTEST_GRADES.get(detail.mention.sub_event_type)
    if None not in grades and grades[1] > grades[0] and _CROWD_ACTS_NEXT.match(detail.mention.sentence):
        # "several thousand marched from Independence Square" / "Protesters broke through police lines,
        # threw cobblestones": one demonstration, graded by the worst that happened to it (as in merging)
        changes.update(_type_and_sides(detail.mention))
    toll_added = not held.mention.fatalities_known and detail.mention.fatalities_known
    if toll_added:
        changes.update(_toll(held.mention, detail.mention))
    elif precise_beats_vague(held.mention, detail.mention):
        # "shot dead dozens of civilians" ... "more than 80 civilians had been killed": a figure
        d = detail.mention
        changes.update(fatalities=d.fatalities, fatalities_low=d.fatalities_low, fatalities_high=d.fatalities_high)
        toll_added = True
    named_weapon = held.vague_weapon and not detail.vague_weapon and detail.mention.sub_event_type in REMOTE_TYPES
    if named_weapon:
        # "explosions struck the airport" / "carried out with precision-guided missiles"
        changes.update(sub_event_type=detail.mention.sub_event_type)
    dated = _tells_the_start(held, detail) or (not held.explicit_date and detail.explicit_date
                                               and detail.mention.event_date is not None)
    if dated:
        # "The attack began ... on Friday": an event is dated by its first day; "The worst attack came on
        # August 15" after a lede told with no day of its own: the day the detail gives
        d = detail.mention
        changes.update(event_date=d.event_date, date_start=d.date_start, time_precision=d.time_precision)
    if not changes:
        return held
    return replace(held, mention=replace(held.mention, **changes), vague_weapon=held.vague_weapon and not named_weapon,
                   toll_from_detail=held.toll_from_detail or toll_added, explicit_date=held.explicit_date or dated)


def lead_retold(retelling: Candidate, lead: Candidate) -> Candidate:
    """'Militiamen stormed a wildlife reserve, killing six people, officials said Wednesday' / 'The attack
    on Sunday at Epulu was carried out by fighters loyal to ...': the lead told who and how many died,
    the retelling where and when; one event. The retelling takes the lead's toll when it has none,
    and its attacker when it names no one."""
    r, lead_m = retelling.mention, lead.mention
    if r.event_type != lead_m.event_type:
        return retelling
    changes: dict = {}
    if not r.fatalities_known and lead_m.fatalities_known:
        changes.update(_toll(r, lead_m))
    if r.sub_event_type == lead_m.sub_event_type and r.actor1.startswith("Unidentified") \
            and not lead_m.actor1.startswith("Unidentified"):
        changes.update(actor1=lead_m.actor1, inter1=lead_m.inter1)
    if not changes:
        return retelling
    return replace(retelling, mention=replace(r, **changes),
                   named_actors=max(retelling.named_actors, lead.named_actors))


def is_vague_toll(m: EventMention) -> bool:
    """A toll from a word ("dozens" 12, high 99; "scores"; "several"), not a figure."""
    return m.fatalities_known and m.fatalities > 0 and m.fatalities_high >= 3 * m.fatalities


def precise_beats_vague(held: EventMention, detail: EventMention) -> bool:
    """A figure told later replaces a vague word for the same dead, when it is at least as
    many (fewer may be other people: "dozens killed ... five attackers were killed")."""
    return (is_vague_toll(held) and detail.fatalities_known and not is_vague_toll(detail)
            and detail.fatalities >= held.fatalities)


_HARM_TOLD = re.compile(VIOLENCE_TOLD.pattern + r"|\b(?:wounded|wounding|injur\w*|beat(?:en|ing)?|assault\w*|"
                        r"abduct\w*|kidnap\w*|rap(?:ed|ing)|tortur\w*|dead|died|bodies|victims?)\b", re.IGNORECASE)
# "The camp was attacked at around 6am by armed terrorists": an assault on a post, whatever burned
_ARMED_SITE = re.compile(r"\b(?:camp|base|post|outpost|barracks|checkpoint|garrison|position)s?\b", re.IGNORECASE)
# "Protesters broke through police lines, threw cobblestones": the crowd itself told acting next (not "the
# army said the crew was escaping protesters who were throwing stones": one side's version)
_CROWD_ACTS_NEXT = re.compile(r"\W*(?:The\s+|Some\s+|Many\s+)?(?:protesters|demonstrators|marchers|crowds?|rioters)\b",
                              re.IGNORECASE)
_CROWD_VIOLENCE = frozenset({"Violent demonstration", "Mob violence"})
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


_FORCES_DEAD = re.compile(r"\b(?:soldiers|troops|policemen|police\s+officers|servicemen|security\s+personnel|"
                          r"personnel|guards|officers)\s+(?:were|was|have\s+been|had\s+been)\s+(?:\w+\s+)?"
                          r"(?:killed|martyred|shot\s+dead)", re.IGNORECASE)
_ATTACKERS_DEAD = re.compile(r"\b(?:attackers|assailants|militants|insurgents|terrorists|gunmen|jihadists|bandits|"
                             r"raiders)\s+(?:were|was|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:killed|neutrali[sz]ed|"
                             r"shot\s+dead|eliminated)", re.IGNORECASE)


def _dead_side(sentence: str) -> str | None:
    """Whose deaths a sentence counts, when it says so plainly: the forces', or the attackers'."""
    forces, attackers = bool(_FORCES_DEAD.search(sentence)), bool(_ATTACKERS_DEAD.search(sentence))
    return "forces" if forces and not attackers else "attackers" if attackers and not forces else None


def _combine(keep: Candidate, other: Candidate) -> Candidate:
    m, o = keep.mention, other.mention
    if m.fatalities_known and o.fatalities_known and keep.toll_from_detail != other.toll_from_detail:
        # a toll told with the event ("Seven soldiers were killed when ...") beats one a later
        # detail added ("All six attackers were killed"): those may be other people
        own = other if keep.toll_from_detail else keep
        changes: dict = {f: getattr(own.mention, f) for f in
                         ("fatalities", "fatalities_low", "fatalities_high", "fatalities_known")}
    elif m.fatalities_known and o.fatalities_known and {_dead_side(m.sentence), _dead_side(o.sentence)} == {"forces", "attackers"}:
        # "nine soldiers were killed when terrorists attacked" + "Five attackers were killed": 14 dead
        total = m.fatalities + o.fatalities
        changes = dict(fatalities=total, fatalities_low=m.fatalities_low + o.fatalities_low,
                       fatalities_high=m.fatalities_high + o.fatalities_high)
    else:
        changes = _toll(m, o)
    if not keep.explicit_date and other.explicit_date or within_range(o, m):
        # a firm date beats a default; the day beats the week it lies in ("last week" ... "Jan. 29")
        changes.update(event_date=o.event_date, date_start=o.date_start,
                       time_precision=o.time_precision)
    if _specificity(o.location) > _specificity(m.location):
        # the place the vaguer telling named stays a fallback ("the Beach View hotel" the
        # gazetteer lacks, told first as "a beachfront hotel on Mogadishu's Lido beach")
        fallbacks = [*o.fallback_locations, *([m.location] if m.location is not None else []), *m.fallback_locations]
        changes.update(location=o.location,
                       fallback_locations=tuple(dict.fromkeys(f for f in fallbacks if f != o.location)))
    if keep.named_actors < other.named_actors and m.sub_event_type == o.sub_event_type:
        changes.update(actor1=o.actor1, actor2=o.actor2, inter1=o.inter1, inter2=o.inter2,
                       assoc_actor_1=o.assoc_actor_1, assoc_actor_2=o.assoc_actor_2)
    changes["confidence"] = max(m.confidence, o.confidence)
    return replace(keep, mention=replace(m, **changes), explicit_date=keep.explicit_date or other.explicit_date,
                   named_actors=max(keep.named_actors, other.named_actors),
                   vague_weapon=keep.vague_weapon and other.vague_weapon,
                   toll_from_detail=keep.toll_from_detail and other.toll_from_detail)


def _type_and_sides(o: EventMention) -> dict:
    """The fields a mention takes when another's telling of the event decides its type: the
    type and both sides (not the place, day or toll)."""
    return dict(event_type=o.event_type, sub_event_type=o.sub_event_type, actor1=o.actor1, inter1=o.inter1,
                actor2=o.actor2, inter2=o.inter2)


def _of(a: Candidate, b: Candidate, *subs: str) -> EventMention:
    """Of two mentions, the one whose sub-event type is among `subs` (else the second)."""
    return (a if a.mention.sub_event_type in subs else b).mention


def _with_merged_type(merged: Candidate, a: Candidate, b: Candidate) -> Candidate:
    """The type of two mentions of different sub-types told as one event (see same_event)."""
    m = merged.mention
    types = {a.mention.sub_event_type, b.mention.sub_event_type}
    grades = [PROTEST_GRADES.get(c.mention.sub_event_type) for c in (a, b)]
    if None not in grades and len(set(grades)) > 1:
        # one demonstration per place and day: graded by the worst that happened to it; but a
        # crowd that stormed or burned was no peaceful one, whatever force met it (codebook:
        # excessive force is against peaceful demonstrators)
        # (told in the same sentence: a police statement's "rioters" later on is only their version)
        violent = [c for c in (a, b) if c.mention.sub_event_type in _CROWD_VIOLENCE
                   and a.mention.char_start == b.mention.char_start]
        w = violent[0].mention if violent else max((a, b), key=lambda c: PROTEST_GRADES[c.mention.sub_event_type]).mention
        m = replace(m, **_type_and_sides(w))
    if "Disrupted weapons use" in types and m.sub_event_type == "Disrupted weapons use":
        strike = (a if a.mention.sub_event_type != "Disrupted weapons use" else b).mention
        m = replace(strike, **_toll(strike, m))  # the strike, partly intercepted
    if "Attack" in types and types & CAPTURES:
        capture = _of(a, b, *CAPTURES)
        m = replace(m, event_type=capture.event_type, sub_event_type=capture.sub_event_type,
                    actor2=capture.actor2, inter2=capture.inter2)
    if types == CAPTURES:
        # how the story first tells who took it, unless only the other names the captor
        first, second = sorted((a, b), key=lambda c: c.mention.char_start)
        unnamed = first.mention.actor1.startswith("Unidentified") and not second.mention.actor1.startswith("Unidentified")
        lead = (second if unnamed else first).mention
        m = replace(m, sub_event_type=lead.sub_event_type, actor1=lead.actor1, inter1=lead.inter1,
                    actor2=lead.actor2, inter2=lead.inter2)
    if shells_of_the_fight(a, b, types):
        winner = "Armed clash" if fight_told(m.sentence) else next(iter(types & STRIKE_TYPES))
        if m.sub_event_type != winner:
            kept = _of(a, b, winner)
            m = replace(kept, **_toll(kept, m))
    if burned_in_the_raid(a, b, types) and m.sub_event_type not in ("Attack", "Armed clash"):
        raid = _of(a, b, "Attack", "Armed clash")
        m = replace(raid, **_toll(raid, m))
    if burned_in_the_raid(a, b, types) and types == {"Attack", "Looting/property destruction"} \
            and not m.fatalities_known and not any(_HARM_TOLD.search(c.mention.sentence) for c in (a, b)) \
            and not _ARMED_SITE.search(_of(a, b, "Attack").sentence):
        # "soldiers stormed the offices of Radio Omega, smashed transmitters and set fire to a car": no one
        # harmed, only things (codebook: burning without a clash is property destruction)
        m = replace(m, event_type=_of(a, b, "Looting/property destruction").event_type,
                    sub_event_type="Looting/property destruction")
    if burned_by_the_crowd(a, b, types) and m.sub_event_type == "Looting/property destruction":
        # "young men went on the rampage" / "seven churches were set on fire, six priests killed": the
        # crowd's riot, with the deaths its arson caused
        crowd = _of(a, b, "Violent demonstration", "Mob violence")
        m = replace(crowd, **_toll(crowd, m))
    if fought_back(a, b, types) and m.sub_event_type != "Armed clash":
        clash = _of(a, b, "Armed clash")
        m = replace(m, **_type_and_sides(clash))
    if weapon_named_once(a, b, types):
        named = (b if a.vague_weapon else a).mention
        m = replace(m, sub_event_type=named.sub_event_type)
    if one_raid(a, b, types):
        # "stormed the college, kidnapping 27 students": an abduction; "first kidnapping two
        # residents and then opening fire on villagers": an attack
        taking = "Arrests" if "Arrests" in types else "Abduction/forced disappearance"
        sub = "Attack" if VIOLENCE_TOLD.search(m.sentence) else taking
        other = _of(a, b, sub)
        raider = _of(a, b, "Attack")  # who raided, named in the text
        m = replace(m, sub_event_type=sub, event_type=other.event_type, actor1=raider.actor1, inter1=raider.inter1)
        m = replace(m, **_toll(m, other)) if not m.fatalities_known else m
    if len(types) > 1 and count_of_the_event(a, b):
        told = (b if is_count_only(a) else a).mention  # the act told beats the guess of a bare count
        m = replace(m, **_type_and_sides(told))
    if target_retold(a, b, types):
        # the lead tells who did what; the retelling dates the act (the lead's day may be its report's)
        lead, retold = sorted((a.mention, b.mention), key=lambda x: x.char_start)
        m = replace(m, event_date=retold.event_date, date_start=retold.date_start,
                    time_precision=retold.time_precision, **_type_and_sides(lead))
    if is_suicide_assault(types):
        bomb = _of(a, b, "Suicide bomb")
        m = replace(m, event_type=bomb.event_type, sub_event_type="Suicide bomb", **_bomber_sides(m, bomb))
    return merged if m is merged.mention else replace(merged, mention=m)


def merge_candidates(candidates: list[Candidate]) -> list[EventMention]:
    """One mention per event of the article, in order of first appearance."""
    groups: list[Candidate] = []
    for cand in candidates:
        for i, held in enumerate(groups):
            if same_event(held, cand):
                first, second = (held, cand) if _richness(held) >= _richness(cand) else (cand, held)
                # keep the position of the earliest evidence for a stable order
                groups[i] = _with_merged_type(_combine(first, second), held, cand)
                break
        else:
            groups.append(cand)
    return [g.mention for g in groups]
