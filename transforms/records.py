"""The records that flow between pipeline stages.

raw -> articles -> event mentions -> events. Every stage in `transforms/`
takes and returns these plain, frozen dataclasses; `flows/` turns them into
Parquet rows (see `flows/schemas.py`, which owns the column lists) and back.
Nothing here does I/O.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

# Article status values (`articles.status`).
STATUS_OK = "ok"
STATUS_NOT_ENGLISH = "not_english"
STATUS_EMPTY = "empty_body"
STATUS_EXTRACT_FAILED = "extract_failed"  # the extractor raised on this article; retried by the next run


@dataclass(frozen=True)
class RawArticle:
    """One input article as read from disk, before cleaning.

    `content` is decoded text; `content_type` says whether it is plain text
    or an HTML page. Metadata fields come from a sidecar NAME.json or the
    JSONL record and are None when not given.
    """

    article_id: str
    input_path: str
    content_type: str  # "text" | "html"
    content: str
    raw_sha256: str
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None


@dataclass(frozen=True)
class LineDecision:
    """What cleaning decided about one line of the (normalised) input text."""

    line_no: int  # 1-based line of the text cleaning saw
    text: str
    kept: bool
    rule: str | None  # the rule that dropped the line; None when kept


@dataclass(frozen=True)
class CleanedArticle:
    """An article reduced to its body text, with its metadata settled."""

    article_id: str
    body_text: str
    title: str | None
    url: str | None
    source: str | None
    published: dt.date | None
    published_from: str | None  # "metadata" | "html" | "dateline" | None
    language: str | None  # ISO 639-1, e.g. "en"
    status: str  # STATUS_OK | STATUS_NOT_ENGLISH | STATUS_EMPTY | STATUS_EXTRACT_FAILED
    status_reason: str | None
    lines: tuple[LineDecision, ...] = ()


# a parent that is a chain of units ("Yin village in Kani Township, Sagaing Region") is one string
PARENT_SEPARATOR = ", "


@dataclass(frozen=True)
class LocationMention:
    """A place as the text names it, with the context that helps resolve it.

    `name` is the bare name ("Panjwai", not "Panjwai district"). `kind` is
    the text's own hint: "district", "province", "city", "village", "region",
    "country", "capital" (`name` is the country, "" for the article's own:
    "in the Afghan capital") or "place" (no hint). `parent` is an enclosing unit the text
    names ("in X, Y province" -> parent "Y"), or a chain of them innermost first
    ("X village in Y township, Z region" -> "Y, Z"). `near` is true for "near X",
    "outskirts of X" and the like (geo_precision 2). `count` is set when the
    text counts unnamed units ("two districts in Farah": name "Farah",
    kind "province", count 2).
    """

    name: str
    kind: str = "place"
    parent: str | None = None
    near: bool = False
    count: int | None = None

    @property
    def parent_chain(self) -> tuple[str, ...]:
        """The enclosing units the text names, innermost first ("Kani, Sagaing" -> Kani, Sagaing)."""
        return tuple(part for part in (self.parent or "").split(PARENT_SEPARATOR) if part)


@dataclass(frozen=True)
class Place:
    """A resolved location. Empty strings mean 'not known at that level'."""

    iso3: str
    country: str
    admin1: str = ""
    admin2: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int = 3
    geonameid: int | None = None
    admin1_code: str = ""  # GeoNames code, e.g. "AF.23"
    admin2_code: str = ""  # GeoNames code, e.g. "AF.23.2408"


@dataclass(frozen=True)
class EventMention:
    """One event as one sentence (or passage) of one article reports it.

    Produced by extraction with `place` None; geocoding fills `place`.
    `char_start`/`char_end` are offsets into the article's body_text of the
    evidence sentence. `country_hint` is the ISO 3166-1 alpha-2 code of the
    country the article (or sentence) is about, when extraction can tell.
    """

    mention_id: str
    article_id: str
    event_type: str
    sub_event_type: str
    actor1: str
    actor2: str = ""
    assoc_actor_1: str = ""
    assoc_actor_2: str = ""
    inter1: int | None = None
    inter2: int | None = None
    location: LocationMention | None = None
    country_hint: str | None = None
    event_date: dt.date | None = None
    date_start: dt.date | None = None  # first day of a range; == event_date for a day
    time_precision: int = 3
    fatalities: int = 0
    fatalities_low: int = 0
    fatalities_high: int = 0
    fatalities_known: bool = False
    notes: str = ""
    sentence: str = ""
    char_start: int = 0
    char_end: int = 0
    confidence: float = 0.5
    place: Place | None = None
    # Geocoding context, not landed: other places of the story, tried in order when
    # `location` resolves nowhere ("Mitiga airport" -> "Tripoli" in the same sentence),
    # and the other countries the article names (ISO2), where a place may lie instead.
    fallback_locations: tuple[LocationMention, ...] = ()
    other_countries: tuple[str, ...] = ()
    # Admin units the article names anywhere ("Borno state", "Guzamala local government area"):
    # between namesakes, the town inside one of them is the story's.
    story_units: tuple[str, ...] = ()
    # The admin units the mention's own sentence names ("in the Mawza district of Taiz province"):
    # a town placed outside all of them is a namesake the sentence rules out.
    sentence_units: tuple[str, ...] = ()
    # Every place its sentence names, reference points and destinations too ("90 kilometres
    # southwest of Mogadishu"): between namesakes of a village, the one near them.
    sentence_places: tuple[LocationMention, ...] = ()


@dataclass(frozen=True)
class EvidenceLink:
    """Bridge row: which article sentence supports which event."""

    event_id: str
    article_id: str
    mention_id: str
    sentence: str
    char_start: int
    char_end: int


@dataclass(frozen=True)
class Event:
    """One real-world event: the grain of the fact table (codebook section 1)."""

    event_id: str
    event_date: dt.date | None
    time_precision: int
    event_type: str
    sub_event_type: str
    actor1: str
    assoc_actor_1: str
    inter1: int | None
    actor2: str
    assoc_actor_2: str
    inter2: int | None
    interaction: int | None
    place: Place
    fatalities: int
    fatalities_low: int
    fatalities_high: int
    fatalities_known: bool
    notes: str
    confidence: float
    sources: tuple[str, ...]
    article_ids: tuple[str, ...]
    mention_ids: tuple[str, ...]
    first_reported: dt.date | None
    last_reported: dt.date | None
    evidence: tuple[EvidenceLink, ...] = field(default=())

    @property
    def source_count(self) -> int:
        return len(self.article_ids)
