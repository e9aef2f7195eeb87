"""The stable event id rule.

An event's id is derived from its **earliest-reported mention**, the mention
with the smallest report key

    (published date of its article, or "9999-12-31" when unknown,
     article_id, char_start, ...remaining fields as tie-breakers)

and is "ev_" + the first 16 hex digits of the SHA-1 of

    published | article_id | char_start | event_type | sub_event_type |
    iso3 | admin1 | admin2 | location | actor1 | actor2 | event_date

of that mention. The place, actor and date fields are in the hash because
one sentence can report several events ("one district in Herat, one in
Ghor"): those mentions share article and offset but not place.

Why this is stable:

- A later-published article never has a smaller report key, so when it
  corroborates an event the earliest mention, and with it the id, stays.
- Any input order or batching gives the same minimum, so the id does not
  depend on how mentions arrive.
- It changes when an article published *earlier* (or the same day with a
  smaller article_id) is added later and turns out to report the event:
  the event is then first reported by that article. It also changes when
  re-extraction or re-geocoding changes the earliest mention's fields.

`resolve.py` sorts mentions by `mention_sort_key` and clusters them in
that order, so an event's first member is always its earliest mention.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence
from typing import Protocol

from transforms.records import EventMention

UNKNOWN_PUBLISHED = "9999-12-31"


class _HasPublished(Protocol):
    published: dt.date | None


def published_text(mention: EventMention, articles: Mapping[str, _HasPublished]) -> str:
    """The ISO publication date of the mention's article, or the far-future sentinel."""
    info = articles.get(mention.article_id)
    published = getattr(info, "published", None)
    return published.isoformat() if published else UNKNOWN_PUBLISHED


def _place_fields(mention: EventMention) -> tuple[str, str, str, str]:
    place = mention.place
    if place is None:
        return ("", "", "", "")
    return (place.iso3, place.admin1, place.admin2, place.location)


def mention_sort_key(mention: EventMention, articles: Mapping[str, _HasPublished]) -> tuple:
    """A total order on mentions: report order first, then every field as a tie-breaker."""
    return (
        published_text(mention, articles),
        mention.article_id,
        mention.char_start,
        mention.char_end,
        mention.event_type,
        mention.sub_event_type,
        *_place_fields(mention),
        mention.actor1,
        mention.actor2,
        mention.event_date.isoformat() if mention.event_date else "",
        mention.mention_id,
        repr(mention),
    )


def id_payload(mention: EventMention, articles: Mapping[str, _HasPublished]) -> str:
    """The text that is hashed into the id of the event this mention seeds."""
    parts = [
        published_text(mention, articles),
        mention.article_id,
        str(mention.char_start),
        mention.event_type,
        mention.sub_event_type,
        *_place_fields(mention),
        mention.actor1,
        mention.actor2,
        mention.event_date.isoformat() if mention.event_date else "",
    ]
    return "|".join(parts)


def hash_event_id(payload: str) -> str:
    """'ev_' + the first 16 hex digits of the SHA-1 of `payload`."""
    return "ev_" + hashlib.sha1(payload.encode("utf-8")).hexdigest()[:16]


def event_id_for(mentions: Sequence[EventMention], articles: Mapping[str, _HasPublished]) -> str:
    """The stable id of the event these mentions report (see the module docstring).

    Raises ValueError for an empty sequence.
    """
    if not mentions:
        raise ValueError("an event needs at least one mention")
    earliest = min(mentions, key=lambda m: mention_sort_key(m, articles))
    return hash_event_id(id_payload(earliest, articles))
