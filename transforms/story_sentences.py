"""How one sentence of a story reads, for the story-level fold (story_events).

Each answer is about the words alone: does the sentence say it tells another
event ("In a separate attack"), sum over places or days ("across the
country", "since Saturday"), retell the event by its noun ("The strike on
Saturday tore through ..."), tell an act of its own, name a day, or name
an attacker. The fold asks about the same few sentences again and again,
so the costly readings are cached.
"""
from __future__ import annotations

import re
from functools import lru_cache

from transforms.actors import find_actors
from transforms.date_rules import find_date_hits
from transforms.not_events import RANKING
from transforms.triggers import find_triggers

# "In a separate attack", "also killed", "another blast", "Elsewhere", "Earlier this month" (not "the
# ministry later said": that is when the words came)
ANOTHER = re.compile(
    r"\b(?:separate(?:ly)?|another|elsewhere|meanwhile|similar(?:ly)?|second|third|fourth|again)\b"
    r"|\balso\s+(?:\w+\s+)?(?:killed|attacked|struck|hit|targeted|stormed|clashed|shelled|bombed|raided|abducted|"
    r"kidnapped|seized|captured|took|burned|torched|looted|marched|protested|rallied|gathered)\b"
    r"|^\W*(?:earlier|later|previously|before\s+that)\b|\b(?:earlier|later)\s+(?:this|that|on|in|the\s+same)\b"
    r"|\b(?:next|following|previous)\s+day\b|\bday\s+before\b|\bsame\s+day\b",
    re.IGNORECASE)
# "across the country", "nationwide", "in the past 24 hours", "have killed 76 since last week": a sum
# over places or days, not a retelling
AGGREGATE = re.compile(
    r"\b(?:across|throughout|nationwide|country-?wide|in\s+total|in\s+all|overall|altogether|combined|so\s+far|"
    r"(?:in|over|during)\s+the\s+(?:past|last|previous)\s+\w+|brings?\s+to|"
    # "since last week", "since Saturday", "since January" (not "the deadliest since the 2019 massacre")
    r"since\s+(?:last\s+\w+|(?:early|late|mid-?)\s*\w+|the\s+(?:start|beginning|weekend)|yesterday|\d{4}|"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
    r"august|september|october|november|december)\b))\b",
    re.IGNORECASE)
# "The attack took place early Friday in Ngarbuh": the event told, named by its noun, not a new act
TELLS_THE_TOLD = re.compile(
    r"^\W*(?:The|This|That)\s+(?:[\w'’-]+\s+)?(?:attack|assault|raid|massacre|killings?|strikes?|bombing|ambush|"
    r"violence|fighting|clashes)\s+(?:took\s+place|happened|occurred|began|started|unfolded|lasted)\b")
_STATEMENT_BEFORE = re.compile(r"\b(?:said|says|told|announced|stated|reported|added|statement)\b[^.]{0,12}$",
                               re.IGNORECASE)
# "The strike on Saturday afternoon tore through ...", "The attack on the church ...": the event told
RETOLD_HERE = re.compile(r"^\W*The\s+(?:[\w'’-]+\s+)?(?:attack|assault|strike|airstrike|blast|explosion|bombing|raid|"
                          r"massacre|shelling)\b(?!\s+(?:came|comes|follow))")


# "coordinated attacks in several districts", "attacked a passenger boat ... and a military camp"
SEVERAL_ACTS = re.compile(
    r"\b(?:attacks|strikes|airstrikes|raids|assaults|bombings|series\s+of|coordinated|simultaneous|twin|"
    r"several\s+(?:districts|villages|towns|areas|provinces))\b"
    r"|\b(?:attacked|struck|hit|targeted)\s+(?:a|an|the)\s+[^,.;]{3,60}?\s+and\s+(?:a|an|the)\s+", re.IGNORECASE)


# The pairwise questions ask the same few sentences again and again: read each once.
@lru_cache(maxsize=4096)
def tells_an_act(sentence: str) -> bool:
    return any(t.strong for t in find_triggers(sentence))


@lru_cache(maxsize=4096)
def actor_names(sentence: str, country: str | None) -> frozenset[str]:
    return frozenset(a.name for a in find_actors(sentence, country))


@lru_cache(maxsize=4096)
def _date_hits(sentence: str, day) -> tuple:
    return tuple(find_date_hits(sentence, day))


# "the deadliest attack since 2019": a ranking (not_events.RANKING), not a period the toll sums over
@lru_cache(maxsize=4096)
def is_aggregate(sentence: str) -> bool:
    return bool(AGGREGATE.search(RANKING.sub(" ", sentence)))


# "July 15, 2025 (KHARTOUM) – ", "DNIPRO, Ukraine, Jan 15 (Reuters) - ": the filing date
_DATELINE_AFTER = re.compile(r"\s*(?:\([A-Za-z .]+\))?\s*(?:—|–|--?)\s")


def names_a_day(sentence: str, day) -> bool:
    """The sentence dates the act itself (not only the day words were said, nor its dateline)."""
    return any(not _STATEMENT_BEFORE.search(sentence[max(0, h.start - 30):h.start])
               and not (h.start <= 40 and _DATELINE_AFTER.match(sentence, h.end))
               for h in _date_hits(sentence, day))
