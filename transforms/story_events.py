"""One story, one event: fold a later mention that only retells an event the article told.

Extraction merges the mentions of one event when they agree on place and day
(extract_same_event). Wire copy often retells its lead in words that agree on
neither: "Jihadists killed scores of people ... in Barsalogho" is followed by
"There were at least 150 dead, ... bodies were still being found on Sunday
evening" (no place, the day of the count) and "The assailants ... opened fire
on men, women and children ... about 40 km north of Kaya, the capital of the
Centre-Nord region" (the province, no day). Only the gazetteer knows that
Barsalogho lies in Centre-Nord, so this pass runs on geocoded mentions.

A later mention is a retelling of an earlier event when all of these hold:
- same family of event (violence, crowds, or the same strategic sub-type);
- the days agree: the same day; or the later has none of its own (no day
  in its sentence, and only the publication day: a day its paragraph gives,
  "On Thursday evening, hundreds marched ... Security forces dispersed the
  crowd", is its own); or a day apart, unless both have their days and the
  later tells an act of its own ("missiles struck ... on Oct. 9" / "on Oct.
  10"); or a lead dated only by its report and a telling up to three days
  before;
- its attacker is the earlier event's (either side), or unnamed in its sentence;
- it does not say it is another event ("another", "separate", "also killed",
  "Later, ...") nor an aggregate ("across the country", "since Saturday");
- and then: the same precise toll in the same province; or it places nothing
  new (country level, the province or district the earlier event lies in, or
  the same spot, or a spot the gazetteer lacks placed at the town the
  earlier event was told at, or "The strike on Saturday ..." at a spot of its
  district);
  or the earlier event was the vaguer one ("in western Niger", "a village
  near Bara") and it names the one place inside it that the story goes on
  to tell; and a later act of another kind only when it is a stage, a count
  or the body of a counted lead, not an act of its own;
- one earlier event fits (or several told by one sentence: the first).

The earlier event keeps its type (unless the retelling is the capture the
fight ended in, codebook rule 3, or names a suicide bomber), its actors
(unless they were unidentified), its day (unless only its report dated it)
and its toll; a precise count beats a vague word ("scores" 20 vs "at least
150"), and a missing toll is filled. The more specific place wins.

A lead that sums events told in two or more later sentences inside its own
place ("coordinated attacks in several districts of Balochistan", then each
district) is dropped, before and after folding. How each sentence reads is
story_sentences'.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import replace

from transforms.extract_merge import is_vague_toll
from transforms.extract_same_event import CAPTURES, within_range
from transforms.place_words import ADMIN_KINDS
from transforms.records import EventMention
from transforms.story_sentences import (ANOTHER, RETOLD_HERE, SEVERAL_ACTS, TELLS_THE_TOLD, actor_names, is_aggregate,
                                        names_a_day, tells_an_act)

__all__ = ["fold_retold_events"]

_VIOLENCE = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"})
_CROWDS = frozenset({"Protests", "Riots"})
_CAPTURES = frozenset({"Non-state actor overtakes territory", "Government regains territory"})

_UNNAMED = ("Unidentified", "Civilians", "Rioters", "Protesters")


def _family(m: EventMention) -> str:
    if m.event_type in _VIOLENCE:
        return "violence"
    if m.event_type in _CROWDS:
        return "crowds"
    return m.sub_event_type


def _dated(m: EventMention, published: dt.date | None) -> bool:
    """The story gives the mention a day: its own sentence names one, or its date is not the
    publication default, so its paragraph ("On Thursday evening, hundreds marched ... Security
    forces dispersed the crowd") or the day its source spoke dates it."""
    return names_a_day(m.sentence, m.event_date) or (published is not None and m.event_date != published)


def _days_agree(kept: EventMention, later: EventMention, published: dt.date | None) -> bool:
    if kept.event_date is None or later.event_date is None:
        return True
    apart = abs((later.event_date - kept.event_date).days)
    if apart == 0 or not _dated(later, published):
        return True
    if (within_range(later, kept) or within_range(kept, later)) and not SEVERAL_ACTS.search(kept.sentence):
        # "an airstrike ... over the weekend" ... "the strike was carried out Saturday": a day of the
        # range told ("two separate attacks ... last week" tells several, each on its own day)
        return True
    if apart == 1 and not (_dated(kept, published) and tells_an_act(later.sentence)
                           and not RETOLD_HERE.match(later.sentence)):
        # "bodies were still being found on Sunday evening": a count told a day on; but missiles
        # that struck "on Oct. 9" and "on Oct. 10" are two strikes
        return True
    # a lead dated only by the day it was reported ("Armed men killed 22 people ..., officials
    # said") retold with its day a few days before ("The attack took place early Friday")
    return later.event_date < kept.event_date and apart <= 3 and not _dated(kept, published)


def _level(m: EventMention) -> int:
    """How precisely the mention is placed: 0 country, 1 province, 2 district, 3 a named spot."""
    p = m.place
    if p is None or not p.admin1:
        return 0
    spot = m.location is not None and m.location.kind not in ADMIN_KINDS | {"country"} \
        and (p.geo_precision == 1 or m.location.name not in (p.admin1, p.admin2))
    if spot and not m.location.near:
        return 3  # "Khartoum North": a named spot, however coarsely the gazetteer placed it
    # "a village near the town of Bara": somewhere in Bara's district, not Bara; "around
    # Alimbongo", a town the gazetteer gives no district: as fine as a district, not the province
    return 2 if p.admin2 or spot else 1


def _unknown_spot(m: EventMention) -> bool:
    """Named, but placed nowhere ("Fifth Lane"): not a vague place, an unknown one."""
    return _level(m) == 0 and m.location is not None and m.location.kind not in ("region", "country", "capital")


def _places_agree(kept: EventMention, later: EventMention) -> str | None:
    """'kept' when the later mention places nothing new, 'later' when it names the spot inside
    the kept event's vaguer place, else None."""
    a, b = kept.place, later.place
    if a is None or b is None or (a.iso3 and b.iso3 and a.iso3 != b.iso3):
        return None
    if _unknown_spot(kept) or _unknown_spot(later):
        # a name the gazetteer lacks: only that same name is surely the same place
        same = kept.location is not None and later.location is not None and kept.location.name == later.location.name
        return "kept" if same or later.location is None else None
    la, lb = _level(kept), _level(later)
    if la == lb == 3 and kept.location.name == later.location.name:
        return "kept"  # the same spot told twice
    if la == 3 and lb == 3 and a.geonameid is not None and a.geonameid == b.geonameid \
            and a.location == kept.location.name:
        # "al-Manara Square", which the gazetteer lacks, placed at Ramallah below an event told in
        # Ramallah: a spot of the town the story told, not a place of its own
        return "kept"
    if lb == 0:
        return "kept"
    if la == 0:
        # "in western Niger" refined by "targeting Intazayene"; a lead with no toll and no
        # place is no event of its own (is_unplaced_without_toll): the later one stands
        return "later" if kept.fatalities_known and kept.fatalities > 0 else None
    if a.admin1 != b.admin1:
        return None
    same_district = _same_district(kept, later)  # two spots of no known district are not one
    if lb == 1 or (lb == 2 and same_district):
        return "kept"
    if la == 1 or (la == 2 and same_district):
        return "later"
    return None


_TERM = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)$")  # "Military Forces of Nigeria (2023-)": one army, any term


def _names_another_attacker(kept: EventMention, later: EventMention) -> bool:
    """The later sentence names its attacker, and it is neither side of the kept event."""
    attacker = _TERM.sub("", later.actor1)
    return attacker not in {_TERM.sub("", kept.actor1), _TERM.sub("", kept.actor2)} and any(
        _TERM.sub("", a) == attacker for a in actor_names(later.sentence, later.country_hint))


def _actors_agree(kept: EventMention, later: EventMention) -> bool:
    if later.actor1.startswith(_UNNAMED) or kept.actor1.startswith(_UNNAMED):
        return True
    if later.actor1 in (kept.actor1, kept.actor2):
        return True
    # an attacker the later sentence does not name was only guessed from the story
    return later.actor1 not in actor_names(later.sentence, later.country_hint)


def _retells(kept: EventMention, later: EventMention, published: dt.date | None) -> str | None:
    if kept.article_id != later.article_id or _family(kept) != _family(later):
        return None
    if {kept.sub_event_type, later.sub_event_type} == CAPTURES:
        return None  # loyalists took Qardaha on Thursday, the army won it back on Friday: two events
    if ANOTHER.search(later.sentence) or is_aggregate(later.sentence) or is_aggregate(kept.sentence):
        return None
    if not _days_agree(kept, later, published) or not _actors_agree(kept, later):
        return None
    if _same_toll_same_province(kept, later):
        return "kept"  # "32 killed ... on Lido beach" / "the Beach View hotel ... 32 dead": one attack
    finer = _places_agree(kept, later)
    refines_the_count = (kept.fatalities_known and kept.fatalities > 0 and not later.fatalities
                         and not _names_another_attacker(kept, later) and finer == "later")
    if kept.sub_event_type != later.sub_event_type and tells_an_act(later.sentence) and not refines_the_count \
            and not TELLS_THE_TOLD.match(later.sentence) \
            and not (RETOLD_HERE.match(later.sentence) and later.event_type == kept.event_type) \
            and not (_level(later) == 0 and not _unknown_spot(later) and not _names_another_attacker(kept, later)):
        # told with an act of its own ("drones pounded positions") of another kind: another
        # event; "There were at least 150 dead", "71 bodies were recovered" are only counts,
        # "He said one attacker detonated his vest" (no place, no attacker of its own) is a stage,
        # and "fighters stormed the village of X" below "killed 200 in a village near Bara" is
        # how the counted event happened
        return None
    if finer is None and RETOLD_HERE.match(later.sentence) and _same_district(kept, later):
        # "The strike on Saturday afternoon tore through the building on Naberezhna Peremohy
        # street": the definite subject is the strike on Dnipro told before, at a spot inside it
        return "kept"
    return finer


def _same_district(kept: EventMention, later: EventMention) -> bool:
    a, b = kept.place, later.place
    return a is not None and b is not None and bool(a.admin2) and a.admin1 == b.admin1 and a.admin2 == b.admin2


def _same_toll_same_province(kept: EventMention, later: EventMention) -> bool:
    """The same deaths told twice: one figure, one attacker, one province (the days agree:
    _retells asks first), whatever spot each telling names."""
    a, b = kept.place, later.place
    return (kept.fatalities_known and later.fatalities_known and kept.fatalities == later.fatalities > 0
            and not is_vague_toll(kept) and not is_vague_toll(later)  # "dozens" twice may be two attacks
            and kept.actor1 == later.actor1
            and a is not None and b is not None and bool(a.admin1) and a.admin1 == b.admin1)


def _toll_fields(kept: EventMention, later: EventMention) -> dict:
    if not later.fatalities_known or later.fatalities == 0:
        return {}
    if not kept.fatalities_known or kept.fatalities == 0 or (is_vague_toll(kept) and not is_vague_toll(later)):
        return dict(fatalities=later.fatalities, fatalities_low=later.fatalities_low,
                    fatalities_high=later.fatalities_high, fatalities_known=True)
    return {}


def _fold(kept: EventMention, later: EventMention, finer: str) -> EventMention:
    changes = _toll_fields(kept, later)
    if later.event_date is not None and (within_range(later, kept) or names_a_day(later.sentence, later.event_date)
                                         and not names_a_day(kept.sentence, kept.event_date)):
        # (a day inside the range the kept one told: "earlier this week" ... "on Tuesday, November 29")
        changes.update(event_date=later.event_date, date_start=later.date_start, time_precision=later.time_precision)
    if finer == "later":
        changes.update(place=later.place, location=later.location)
    if later.sub_event_type in _CAPTURES and kept.sub_event_type not in _CAPTURES \
            or later.event_type == "Explosions/Remote violence" and kept.sub_event_type in ("Attack", "Armed clash"):
        # the capture the fight ended in (rule 3); an "attack" the story then tells as an air raid,
        # a shelling or a suicide bombing is that: the weapon makes the event
        changes.update(event_type=later.event_type, sub_event_type=later.sub_event_type)
    if kept.actor1.startswith("Unidentified") and not later.actor1.startswith(_UNNAMED) \
            and later.sub_event_type == kept.sub_event_type:  # not the other side's reply ("troops shot dead ...")
        changes.update(actor1=later.actor1, inter1=later.inter1, assoc_actor_1=later.assoc_actor_1)
        if kept.actor2 == "" or kept.actor2 == later.actor1:
            changes.update(actor2=later.actor2, inter2=later.inter2, assoc_actor_2=later.assoc_actor_2)
    changes["confidence"] = max(kept.confidence, later.confidence)
    return replace(kept, **changes)


def _refinements(vague: EventMention, mentions: list[EventMention], published: dt.date | None) -> int:
    """How many places inside the vague event's place the sentences after it tell an event at,
    until the story moves on to an event that is not this one (one sentence listing three
    hamlets is one telling, two sentences about one village are one place)."""
    places: dict[int, str] = {}  # sentence start -> the first place it names inside the vague one
    for m in mentions:
        if m.article_id != vague.article_id or m.char_start <= vague.char_start:
            continue
        how = _retells(vague, m, published)
        if how is None:
            break
        if how == "later":
            places.setdefault(m.char_start, m.location.name if m.location is not None else "")
    return len(set(places.values()))


def _is_summary(lead: EventMention, mentions: list[EventMention]) -> bool:
    """'At least 39 people were killed as militants carried out coordinated attacks in several
    districts of Balochistan', above the attacks told place by place: a lead that sums events
    told in two or more sentences, placed inside its own place (a day either way), is no
    event of its own."""
    level = _level(lead)
    if level > 2 or not (lead.fatalities_known and lead.fatalities > 0) or not SEVERAL_ACTS.search(lead.sentence):
        return False
    inside = {m.char_start for m in mentions  # one sentence listing three villages is one telling
              if m is not lead and m.article_id == lead.article_id and _family(m) == _family(lead)
              # told after it: "strikes on fleeing vehicles near X" sums nothing told before
              and m.char_start > lead.char_start
              and _level(m) > level and m.place is not None and m.place.iso3 == lead.place.iso3
              and (level == 0 or m.place.admin1 == lead.place.admin1)
              and (level < 2 or m.place.admin2 == lead.place.admin2)
              and not ANOTHER.search(m.sentence)  # "In a separate incident": not one the lead sums
              and m.event_date is not None and lead.event_date is not None
              and abs((m.event_date - lead.event_date).days) <= 1}
    return len(inside) >= 2


def fold_retold_events(mentions: list[EventMention],
                       published_of: Mapping[str, dt.date | None] | None = None) -> list[EventMention]:
    """The mentions with each retelling folded into the one earlier event it retells, and leads
    that only sum the events told after them dropped (see the module doc); order and everything
    else unchanged. Needs geocoded mentions; `published_of` (article_id -> publication day) tells
    a day the story gives a sentence from a publication default."""
    stories: dict[str, list[tuple[int, EventMention]]] = {}
    for position, m in enumerate(mentions):
        stories.setdefault(m.article_id, []).append((position, m))
    out: list[tuple[int, EventMention]] = []
    for story in stories.values():
        # a lead that sums the events told after it goes first, before it could absorb one of them
        told = [(i, m) for i, m in story if not _is_summary(m, [m for _, m in story])]
        folded = _fold_story(told, (published_of or {}).get(story[0][1].article_id))
        out.extend((i, m) for i, m in folded if not _is_summary(m, [m for _, m in folded]))
    return [m for _, m in sorted(out, key=lambda pair: pair[0])]


def _fold_story(story: list[tuple[int, EventMention]], published: dt.date | None) -> list[tuple[int, EventMention]]:
    """One article's (given position, mention) pairs after folding, each kept event at the
    position of its first telling in the given order."""
    mentions = [m for _, m in story]
    # in the article's reading order (extraction lists merged events by their richest telling)
    ordered = sorted(story, key=lambda pair: (pair[1].char_start, pair[0]))
    kept: list[EventMention] = []
    first_of: list[int] = []  # the given position of each kept event
    folded_at: dict[tuple[str, int], int] = {}  # (article, sentence start) -> the event it folded into
    for position, m in ordered:
        same_sentence = folded_at.get((m.article_id, m.char_start))
        if same_sentence is not None and m.location is None and _family(m) == _family(kept[same_sentence]):
            # "He said one attacker detonated his vest, security forces shot dead three others":
            # one sentence telling the stages of the event it retells
            kept[same_sentence] = _fold(kept[same_sentence], m, "kept")
            continue
        fits = [(i, how) for i, k in enumerate(kept) if k.char_start < m.char_start
                and (how := _retells(k, m, published)) is not None]
        # "attacked a boat and a camp in northern Mali": a lead that several placed events
        # refine is their summary, not one of them
        fits = [(i, how) for i, how in fits if how == "kept" or _refinements(kept[i], mentions, published) == 1]
        if len({kept[i].char_start for i, _ in fits}) == 1:
            i, how = fits[0]  # one fit, or the places one sentence told the event at: the first
            kept[i] = _fold(kept[i], m, how)
            folded_at[(m.article_id, m.char_start)] = i
            continue
        kept.append(m)
        first_of.append(position)
    return sorted(zip(first_of, kept), key=lambda pair: pair[0])
