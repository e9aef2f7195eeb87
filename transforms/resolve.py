"""Merge event mentions from many articles into one row per real event.

Codebook sections 1 and 6. Two mentions report the same event when all of
these hold:

- Block: same iso3, same admin1 and same event_type (`block_key`). So a
  country-level mention (admin1 empty) only merges with country-level ones.
- Sub-event: the same sub_event_type, or, below country level only, (rule
  3) an `Armed clash` with a capture (`Non-state actor overtakes territory` / `Government regains
  territory`): the capture absorbs the clash, also within one article. The
  two capture sub-types never merge with each other. Across *different*
  articles only, sub-types that outlets routinely confuse also merge:
  air/drone strike with shelling/missile; IED with suicide bomb and
  grenade; the three protest sub-types; the two riot sub-types; and the
  Strategic developments "Other" / change to group / base / non-violent
  transfer group. One article naming two of these reports two events.
- Place: admin2 equal or one empty, and location equal or one empty (a
  district-level mention absorbs a province-level one; two districts of one
  province stay apart).
- Actors: each side equal or one side empty/"Unidentified ..."; the state
  forces of one country (Military/Police Forces of X, Government of X) are
  one side; across articles, any state forces or peacekeepers acted upon
  by the same actor1 are one side (outlets name the flag differently). Actors may be swapped when either mention is an Armed clash.
- Tolls: two mentions of one article with different known fatality
  figures are two events (across articles, figures may differ).
- Dates: each mention covers [date_start, event_date] widened by half a day
  on each side, so ranges must overlap with at most one day between them.
  An undated mention agrees with any date of the 30 days up to its
  article's publication (any date at all when that is unknown too); the
  event keeps the date of its dated mentions.

Clustering is greedy and order independent by construction: mentions are
sorted by `event_ids.mention_sort_key` (report order: publication date,
article, offset, then every field), and each joins the existing cluster of
its block with which it agrees with *every* member (complete linkage, so
no chaining of two districts through a province-level mention); among
several, the one it matches most specifically, then the oldest. Because the
order is report order, an event's first member is its earliest mention
(its id, see event_ids.py) and mentions from later-published articles can
only join or add events, never reshape earlier ones.

The row takes: sub-event by rank (capture over clash, harsher protest
response over milder), then by number of articles; actors and notes from
the best mention of that sub-event (named actors, then confidence, then
place detail); the most precise date (precision, then narrowest range, then
most articles, then earliest report); the most specific place; fatalities =
the lowest known figure, low/high the range; confidence 1 - prod(1 - c) over
articles (each article's best mention), capped at 0.99.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from transforms.event_ids import hash_event_id, id_payload, mention_sort_key
from transforms.records import Event, EventMention, EvidenceLink, Place

CLASH = "Armed clash"
CAPTURES = {"Non-state actor overtakes territory", "Government regains territory"}
CROSS_REPORT_FAMILIES = (
    {"Air/drone strike", "Shelling/artillery/missile attack"},
    {"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"},
    {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    {"Violent demonstration", "Mob violence"},
    {"Other", "Change to group/activity", "Headquarters or base established",
     "Non-violent transfer of territory"},
)
SUBTYPE_RANK = {
    "Non-state actor overtakes territory": 1, "Government regains territory": 1,
    "Protest with intervention": 1, "Excessive force against protesters": 2,
}
STATE_PREFIXES = ("military forces of ", "police forces of ", "government of ")
CONFIDENCE_CAP = 0.99
DEFAULT_SPAN_DAYS = {1: 0, 2: 6, 3: 30}  # when date_start is missing
BACKGROUND_DAYS = 30
WIDE_WINDOW = 124  # half-days; wider clusters are checked against every mention


@dataclass(frozen=True)
class ArticleInfo:
    """What resolution needs to know about an article."""

    article_id: str
    source: str | None  # outlet
    published: dt.date | None


@dataclass
class _Cluster:
    seq: int
    members: list[EventMention]
    window: tuple[int, int] | None  # intersection of member windows, half-days


def block_key(mention: EventMention) -> str:
    """iso3|admin1|event_type: events only ever merge within one block."""
    place = mention.place
    iso3, admin1 = (place.iso3, place.admin1) if place else ("", "")
    return f"{iso3}|{admin1}|{mention.event_type}"


def _window(mention: EventMention) -> tuple[int, int] | None:
    """The mention's date range in half-days, widened by half a day each side."""
    if mention.event_date is None:
        return None
    end = mention.event_date.toordinal()
    if mention.date_start is not None:
        start = mention.date_start.toordinal()
    else:
        start = end - DEFAULT_SPAN_DAYS.get(mention.time_precision, 0)
    start, end = min(start, end), max(start, end)
    return (2 * start - 1, 2 * end + 1)


def _match_window(mention: EventMention, published: dt.date | None) -> tuple[int, int] | None:
    """The window a mention must share with the others of its event.

    An undated mention in a dated article can only report an event of the
    30 days up to publication (codebook rule 5): that bounds what it may
    join, while the event's date still comes from dated mentions.
    """
    window = _window(mention)
    if window is not None or published is None:
        return window
    end = published.toordinal()
    return (2 * (end - BACKGROUND_DAYS) - 1, 2 * end + 1)


def _intersect(a: tuple[int, int] | None, b: tuple[int, int] | None) -> tuple[int, int] | None:
    if a is None or b is None:
        return a or b
    return (max(a[0], b[0]), min(a[1], b[1]))


def _overlaps(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is None or b is None or max(a[0], b[0]) <= min(a[1], b[1])


def _subtypes_agree(a: EventMention, b: EventMention) -> bool:
    sa, sb = a.sub_event_type, b.sub_event_type
    if sa == sb:
        return True
    if {sa, sb} <= CAPTURES or not (a.place and a.place.admin1):
        # a country-level mention ("224 killed in operations nationwide") names
        # no place another sub-event could share
        return False
    if CLASH in (sa, sb) and (sa in CAPTURES or sb in CAPTURES):
        return True
    if a.article_id == b.article_id:
        return False
    return any(sa in family and sb in family for family in CROSS_REPORT_FAMILIES)


@lru_cache(maxsize=65536)
def _actor_key(name: str) -> str | None:
    """Normalised actor; None for an empty or unidentified side (agrees with anything)."""
    text = name.strip().casefold()
    if not text or text.startswith("unidentified"):
        return None
    for prefix in STATE_PREFIXES:
        if text.startswith(prefix):
            return "state:" + text[len(prefix):]
    return text


def _sides_agree(x: str | None, y: str | None) -> bool:
    return x is None or y is None or x == y


# Peacekeepers and the state troops they fight beside: outlets name the same soldiers
# "Ugandan troops", "AMISOM peacekeepers" or "Somali forces".
_FORCE_NAMES = ("amisom", "atmis", "monusco", "minusma", "minusca", "unmiss", "unifil", "united nations")


def _is_force(key: str | None) -> bool:
    return key is not None and (key.startswith("state:") or key in _FORCE_NAMES)


def _actors_agree(a: EventMention, b: EventMention) -> bool:
    a1, a2, b1, b2 = (_actor_key(n) for n in (a.actor1, a.actor2, b.actor1, b.actor2))
    if _sides_agree(a1, b1) and _sides_agree(a2, b2):
        return True
    if a.article_id != b.article_id and _sides_agree(a1, b1) and _is_force(a2) and _is_force(b2):
        return True  # across outlets, the forces attacked are one side whatever flag each names
    symmetric = CLASH in (a.sub_event_type, b.sub_event_type)
    return symmetric and _sides_agree(a1, b2) and _sides_agree(a2, b1)


def _same_or_empty(x: str, y: str) -> bool:
    return not x or not y or x.casefold() == y.casefold()


def _places_agree(a: EventMention, b: EventMention) -> bool:
    pa, pb = a.place, b.place
    if pa is None or pb is None:
        return pa is pb
    if a.article_id == b.article_id:
        # one article's "60 killed in Ituri" lead and "the assault hit Plaine Savo, near Bule"
        la, lb = _own_location(pa), _own_location(pb)
    else:
        la, lb = pa.location, pb.location
    return (pa.iso3 == pb.iso3 and pa.admin1 == pb.admin1
            and _same_or_empty(pa.admin2, pb.admin2) and _same_or_empty(la, lb))


def _own_location(place: Place) -> str:
    """The place's own name, "" when it is only its admin unit's ("Ituri" at province level)."""
    if place.location in (place.admin1, place.admin2, place.country) and place.geo_precision == 3:
        return ""
    return place.location


def _tolls_agree(a: EventMention, b: EventMention) -> bool:
    """Outlets differ on tolls; one article giving two tolls reports two events."""
    return (a.article_id != b.article_id or not (a.fatalities_known and b.fatalities_known)
            or a.fatalities == b.fatalities)


def _days_agree(a: EventMention, b: EventMention) -> bool:
    """One article telling one kind of act on two named days ("arrested X on Tuesday ... Y was
    detained on Wednesday") tells two events; outlets may differ by a day on one."""
    return (a.article_id != b.article_id or a.time_precision != 1 or b.time_precision != 1
            or a.event_date == b.event_date)


def _mentions_agree(a: EventMention, b: EventMention) -> bool:
    """Everything but the date (the cluster window checks that)."""
    return (_subtypes_agree(a, b) and _places_agree(a, b) and _actors_agree(a, b)
            and _tolls_agree(a, b) and _days_agree(a, b))


def _affinity(mention: EventMention, cluster: _Cluster) -> tuple:
    """How specifically a mention matches a cluster: higher wins."""
    place = mention.place or Place(iso3="", country="")
    same_location = same_admin2 = same_subtype = same_dates = 0
    for member in cluster.members:
        mp = member.place or Place(iso3="", country="")
        same_location |= bool(place.location) and place.location == mp.location
        same_admin2 |= bool(place.admin2) and place.admin2 == mp.admin2
        same_subtype |= mention.sub_event_type == member.sub_event_type
        same_dates |= (mention.event_date is not None
                       and (mention.date_start, mention.event_date)
                       == (member.date_start, member.event_date))
    return (same_location, same_admin2, same_subtype, same_dates, -cluster.seq)


def _days(window: tuple[int, int]) -> range:
    return range(window[0] // 2, window[1] // 2 + 1)


def _cluster_block(mentions: Sequence[EventMention],
                  articles: Mapping[str, ArticleInfo]) -> list[list[EventMention]]:
    """Greedy complete-linkage clustering of one block's mentions, already in canonical order."""
    clusters: list[_Cluster] = []
    by_day: dict[int, set[int]] = {}
    unindexed: set[int] = set()  # undated or very wide clusters
    for mention in mentions:
        info = articles.get(mention.article_id)
        window = _match_window(mention, info.published if info else None)
        if window is None or window[1] - window[0] > WIDE_WINDOW:
            candidates = range(len(clusters))
        else:
            found = set(unindexed)
            for day in _days(window):
                found |= by_day.get(day, set())
            candidates = sorted(found)
        best: _Cluster | None = None
        best_affinity: tuple = ()
        for seq in candidates:
            cluster = clusters[seq]
            if not _overlaps(window, cluster.window):
                continue
            if not all(_mentions_agree(mention, m) for m in cluster.members):
                continue
            affinity = _affinity(mention, cluster)
            if best is None or affinity > best_affinity:
                best, best_affinity = cluster, affinity
        if best is None:
            best = _Cluster(seq=len(clusters), members=[], window=None)
            clusters.append(best)
            unindexed.add(best.seq)
        was_dated = best.window is not None
        best.members.append(mention)
        best.window = _intersect(best.window, window)
        if not was_dated and best.window is not None and best.window[1] - best.window[0] <= WIDE_WINDOW:
            unindexed.discard(best.seq)
            for day in _days(best.window):
                by_day.setdefault(day, set()).add(best.seq)
    return [c.members for c in clusters]


def _place_rank(mention: EventMention) -> tuple:
    place = mention.place
    if place is None:
        return (False, -99, False, False)
    return (bool(place.admin2 or place.location), -place.geo_precision,
            bool(place.location), bool(place.admin2))


def _named_actors(mention: EventMention) -> int:
    return sum(_actor_key(n) is not None for n in (mention.actor1, mention.actor2))


def _interaction(inter1: int | None, inter2: int | None) -> int | None:
    codes = sorted(c for c in (inter1, inter2) if c)
    if not codes:
        return None
    if len(codes) == 1:
        return codes[0] * 10
    return codes[0] * 10 + codes[1]


def _confidence(members: Sequence[EventMention]) -> float:
    best_by_article: dict[str, float] = {}
    for m in members:
        c = min(max(m.confidence, 0.0), 1.0)
        best_by_article[m.article_id] = max(best_by_article.get(m.article_id, 0.0), c)
    miss = 1.0
    for article_id in sorted(best_by_article):
        miss *= 1.0 - best_by_article[article_id]
    return round(min(1.0 - miss, CONFIDENCE_CAP), 4)


def _build_event(event_id: str, members: Sequence[EventMention],
                articles: Mapping[str, ArticleInfo]) -> Event:
    """One Event row from a cluster of mentions given in canonical (report) order."""
    rank = {id(m): i for i, m in enumerate(members)}
    subtype_support = Counter(s for s, _ in {(m.sub_event_type, m.article_id) for m in members})
    subtype = max(members, key=lambda m: (SUBTYPE_RANK.get(m.sub_event_type, 0),
                                          subtype_support[m.sub_event_type],
                                          -rank[id(m)])).sub_event_type
    same_subtype = [m for m in members if m.sub_event_type == subtype]
    lead = max(same_subtype, key=lambda m: (_named_actors(m), m.confidence,
                                            _place_rank(m), -rank[id(m)]))
    noted = [m for m in same_subtype if m.notes] or same_subtype
    note_source = max(noted, key=lambda m: (m.confidence, _place_rank(m), -rank[id(m)]))

    dated = [m for m in members if m.event_date is not None]
    date_support = Counter(d for d, _ in {((m.date_start, m.event_date), m.article_id)
                                          for m in dated})
    event_date, precision = None, 3
    if dated:
        def date_rank(m: EventMention) -> tuple:
            window = _window(m)
            return (m.time_precision, window[1] - window[0],
                    -date_support[(m.date_start, m.event_date)], rank[id(m)])
        best_dated = min(dated, key=date_rank)
        event_date, precision = best_dated.event_date, best_dated.time_precision

    placed = [m for m in members if m.place is not None]
    place = Place(iso3="", country="")
    if placed:
        place_support = Counter(p for p, _ in {(m.place, m.article_id) for m in placed})
        place = max(placed, key=lambda m: (_place_rank(m), place_support[m.place],
                                           -rank[id(m)])).place

    known = [m for m in members if m.fatalities_known]
    fatalities = low = high = 0
    if known:
        fatalities = min(max(m.fatalities, 0) for m in known)
        low = min(m.fatalities_low if 0 < m.fatalities_low <= m.fatalities else m.fatalities
                  for m in known)
        high = max(max(m.fatalities_high, m.fatalities) for m in known)
        low = max(min(low, fatalities), 0)

    article_ids = tuple(sorted({m.article_id for m in members}))
    infos = [articles[a] for a in article_ids if a in articles]
    published = sorted(i.published for i in infos if i.published is not None)
    evidence = tuple(sorted(
        (EvidenceLink(event_id=event_id, article_id=m.article_id, mention_id=m.mention_id,
                      sentence=m.sentence, char_start=m.char_start, char_end=m.char_end)
         for m in members),
        key=lambda e: (e.article_id, e.char_start, e.char_end, e.mention_id)))
    return Event(
        event_id=event_id,
        event_date=event_date,
        time_precision=precision,
        event_type=lead.event_type,
        sub_event_type=subtype,
        actor1=lead.actor1,
        assoc_actor_1=lead.assoc_actor_1,
        inter1=lead.inter1,
        actor2=lead.actor2,
        assoc_actor_2=lead.assoc_actor_2,
        inter2=lead.inter2,
        interaction=_interaction(lead.inter1, lead.inter2),
        place=place,
        fatalities=fatalities,
        fatalities_low=low,
        fatalities_high=high,
        fatalities_known=bool(known),
        notes=note_source.notes or note_source.sentence,
        confidence=_confidence(members),
        sources=tuple(sorted({i.source for i in infos if i.source})),
        article_ids=article_ids,
        mention_ids=tuple(sorted(m.mention_id for m in members)),
        first_reported=published[0] if published else None,
        last_reported=published[-1] if published else None,
        evidence=evidence,
    )


def resolve_events(mentions: Sequence[EventMention], articles: Mapping[str, ArticleInfo]) -> list[Event]:
    """Merge mentions into events (one per real event), sorted by event_id.

    The result does not depend on the order of `mentions`. Mentions with a
    repeated mention_id are kept once (the first in canonical order).
    """
    ordered = sorted(mentions, key=lambda m: mention_sort_key(m, articles))
    seen: set[str] = set()
    blocks: dict[str, list[EventMention]] = {}
    for mention in ordered:
        if mention.mention_id in seen:
            continue
        seen.add(mention.mention_id)
        blocks.setdefault(block_key(mention), []).append(mention)
    events: dict[str, Event] = {}
    for key in sorted(blocks):
        for members in _cluster_block(blocks[key], articles):
            event_id = hash_event_id(id_payload(members[0], articles))
            if event_id in events:  # one sentence, two events identical in every hashed field
                event_id = hash_event_id(id_payload(members[0], articles) + "|" + members[0].mention_id)
            events[event_id] = _build_event(event_id, members, articles)
    return [events[k] for k in sorted(events)]
