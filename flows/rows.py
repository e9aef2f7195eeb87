"""Records (transforms/records.py) to lake rows (flows/schemas.py) and back."""
from __future__ import annotations

import datetime as dt

from transforms.records import CleanedArticle, Event, EventMention, LocationMention, Place, RawArticle

_PLACE_COLUMNS = ("iso3", "country", "admin1", "admin2", "location", "latitude", "longitude",
                  "geo_precision", "geonameid", "admin1_code", "admin2_code")


def article_row(raw: RawArticle, cleaned: CleanedArticle, input_root: str, run_id: str,
                ingested_at: dt.datetime) -> dict:
    return {
        "article_id": raw.article_id,
        "input_root": input_root,
        "input_path": raw.input_path,
        "content_type": raw.content_type,
        "source": cleaned.source,
        "url": cleaned.url,
        "title": cleaned.title,
        "published": cleaned.published,
        "published_from": cleaned.published_from,
        "language": cleaned.language,
        "body_text": cleaned.body_text,
        "status": cleaned.status,
        "status_reason": cleaned.status_reason,
        "raw_sha256": raw.raw_sha256,
        "ingested_at": ingested_at,
        "run_id": run_id,
    }


def line_rows(cleaned: CleanedArticle) -> list[dict]:
    return [{"article_id": cleaned.article_id, "line_no": line.line_no, "text": line.text,
             "kept": line.kept, "rule": line.rule} for line in cleaned.lines]


def _place_values(place: Place | None) -> dict:
    if place is None:
        return {c: None for c in _PLACE_COLUMNS}
    return {c: getattr(place, c) for c in _PLACE_COLUMNS}


def mention_row(mention: EventMention, block_key: str) -> dict:
    loc = mention.location
    row = {
        "mention_id": mention.mention_id,
        "article_id": mention.article_id,
        "block_key": block_key,
        "event_type": mention.event_type,
        "sub_event_type": mention.sub_event_type,
        "actor1": mention.actor1,
        "assoc_actor_1": mention.assoc_actor_1,
        "inter1": mention.inter1,
        "actor2": mention.actor2,
        "assoc_actor_2": mention.assoc_actor_2,
        "inter2": mention.inter2,
        "location_name": loc.name if loc else None,
        "location_kind": loc.kind if loc else None,
        "location_parent": loc.parent if loc else None,
        "location_near": loc.near if loc else None,
        "location_count": loc.count if loc else None,
        "country_hint": mention.country_hint,
        "event_date": mention.event_date,
        "date_start": mention.date_start,
        "time_precision": mention.time_precision,
        "fatalities": mention.fatalities,
        "fatalities_low": mention.fatalities_low,
        "fatalities_high": mention.fatalities_high,
        "fatalities_known": mention.fatalities_known,
        "notes": mention.notes,
        "sentence": mention.sentence,
        "char_start": mention.char_start,
        "char_end": mention.char_end,
        "confidence": mention.confidence,
    }
    row.update(_place_values(mention.place))
    return row


def mention_from_row(row: dict) -> EventMention:
    location = None
    if row.get("location_name"):
        location = LocationMention(
            name=row["location_name"], kind=row.get("location_kind") or "place",
            parent=row.get("location_parent"), near=bool(row.get("location_near")),
            count=row.get("location_count"))
    place = None
    if row.get("iso3") is not None or row.get("country") is not None:
        place = Place(**{c: row[c] for c in _PLACE_COLUMNS if row.get(c) is not None})
    return EventMention(
        mention_id=row["mention_id"], article_id=row["article_id"],
        event_type=row["event_type"], sub_event_type=row["sub_event_type"],
        actor1=row["actor1"] or "", actor2=row["actor2"] or "",
        assoc_actor_1=row["assoc_actor_1"] or "", assoc_actor_2=row["assoc_actor_2"] or "",
        inter1=row["inter1"], inter2=row["inter2"], location=location,
        country_hint=row["country_hint"], event_date=row["event_date"], date_start=row["date_start"],
        time_precision=row["time_precision"], fatalities=row["fatalities"],
        fatalities_low=row["fatalities_low"], fatalities_high=row["fatalities_high"],
        fatalities_known=row["fatalities_known"], notes=row["notes"] or "",
        sentence=row["sentence"] or "", char_start=row["char_start"], char_end=row["char_end"],
        confidence=row["confidence"], place=place,
    )


def event_row(event: Event, block_key: str) -> dict:
    row = {
        "event_id": event.event_id,
        "block_key": block_key,
        "event_date": event.event_date,
        "time_precision": event.time_precision,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1,
        "assoc_actor_1": event.assoc_actor_1,
        "inter1": event.inter1,
        "actor2": event.actor2,
        "assoc_actor_2": event.assoc_actor_2,
        "inter2": event.inter2,
        "interaction": event.interaction,
        "fatalities": event.fatalities,
        "fatalities_low": event.fatalities_low,
        "fatalities_high": event.fatalities_high,
        "fatalities_known": event.fatalities_known,
        "notes": event.notes,
        "confidence": event.confidence,
        "sources": list(event.sources),
        "article_ids": list(event.article_ids),
        "mention_ids": list(event.mention_ids),
        "first_reported": event.first_reported,
        "last_reported": event.last_reported,
    }
    row.update(_place_values(event.place))
    return row


def evidence_rows(event: Event, block_key: str) -> list[dict]:
    return [{"event_id": link.event_id, "article_id": link.article_id, "mention_id": link.mention_id,
             "block_key": block_key, "sentence": link.sentence, "char_start": link.char_start,
             "char_end": link.char_end} for link in event.evidence]
