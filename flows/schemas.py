"""Explicit pyarrow schemas of every lake dataset: the one owner of column lists.

Each field carries a description in its metadata; the view builder turns
them into `COMMENT ON COLUMN` in DuckDB and the README's data dictionary is
generated from them (`sitrep schema`). Bump SCHEMA_VERSION when a column
changes meaning or type; it is written into every Parquet file's metadata.
"""
from __future__ import annotations

import pyarrow as pa

SCHEMA_VERSION = "1"


def _field(name: str, type_: pa.DataType, description: str, nullable: bool = True) -> pa.Field:
    return pa.field(name, type_, nullable=nullable, metadata={b"description": description.encode()})


def _schema(description: str, *fields: pa.Field) -> pa.Schema:
    return pa.schema(list(fields), metadata={
        b"description": description.encode(),
        b"schema_version": SCHEMA_VERSION.encode(),
    })


STR = pa.string()
DATE = pa.date32()
TS = pa.timestamp("us", tz="UTC")
LIST_STR = pa.list_(pa.string())

ARTICLES = _schema(
    "One row per input article (current version), processed or not.",
    _field("article_id", STR, "Path of the input relative to the input root without suffix, or the JSONL id.", False),
    _field("input_root", STR, "Absolute input folder the article was read from."),
    _field("input_path", STR, "File path relative to input_root (JSONL: path#line)."),
    _field("content_type", STR, "'text' or 'html'."),
    _field("source", STR, "Outlet that published the article (metadata, HTML site name or URL host)."),
    _field("url", STR, "Article URL when known."),
    _field("title", STR, "Headline."),
    _field("published", DATE, "Publication date; NULL when unknown (never the extraction date)."),
    _field("published_from", STR, "Where published came from: 'metadata', 'html', 'dateline' or NULL."),
    _field("language", STR, "Detected ISO 639-1 language of the body text."),
    _field("body_text", STR, "Cleaned body text: exactly what extraction saw; evidence offsets refer to it."),
    _field("status", STR, "'ok', 'not_english', 'empty_body', 'quarantined' or 'extract_failed' (the extractor raised; retried next run)."),
    _field("status_reason", STR, "Why the status is not 'ok'."),
    _field("raw_sha256", STR, "SHA-256 of the raw input bytes and its sidecar's (JSONL: of the record line); unchanged inputs are skipped by it."),
    _field("ingested_at", TS, "When this version of the article was processed."),
    _field("run_id", STR, "Pipeline run that processed this version."),
)

ARTICLE_LINES = _schema(
    "Every line cleaning saw, kept or dropped, with the rule that dropped it.",
    _field("article_id", STR, "Article the line belongs to.", False),
    _field("line_no", pa.int32(), "1-based line number in the normalised input text."),
    _field("text", STR, "The line."),
    _field("kept", pa.bool_(), "True when the line is part of body_text."),
    _field("rule", STR, "Name of the cleaning rule that dropped the line; NULL when kept."),
)

_PLACE_FIELDS = (
    _field("iso3", STR, "ISO 3166-1 alpha-3 country code."),
    _field("country", STR, "Country (GeoNames English short name)."),
    _field("admin1", STR, "First-level administrative unit (province, state, region)."),
    _field("admin2", STR, "Second-level administrative unit (district)."),
    _field("location", STR, "Most specific named place."),
    _field("latitude", pa.float64(), "WGS84 latitude of the location (admin unit's representative point at geo_precision 3)."),
    _field("longitude", pa.float64(), "WGS84 longitude."),
    _field("geo_precision", pa.int8(), "1 exact place, 2 near a place or part of a region, 3 admin region only."),
    _field("geonameid", pa.int64(), "GeoNames id of the location."),
    _field("admin1_code", STR, "GeoNames admin1 code (CC.ADM1)."),
    _field("admin2_code", STR, "GeoNames admin2 code (CC.ADM1.ADM2)."),
)

_EVENT_CORE_FIELDS = (
    _field("event_type", STR, "ACLED event type (codebook section 2)."),
    _field("sub_event_type", STR, "ACLED sub-event type."),
    _field("actor1", STR, "Actor that acts (canonical name)."),
    _field("assoc_actor_1", STR, "Allies of actor1."),
    _field("inter1", pa.int8(), "Actor class of actor1: 1 state, 2 rebels, 3 political militia, 4 identity militia, 5 rioters, 6 protesters, 7 civilians, 8 external/other."),
    _field("actor2", STR, "Actor acted upon (may be empty)."),
    _field("assoc_actor_2", STR, "Allies of actor2."),
    _field("inter2", pa.int8(), "Actor class of actor2."),
)

MENTIONS = _schema(
    "One row per event as one article reports it (before merging across articles).",
    _field("mention_id", STR, "Deterministic id of the mention.", False),
    _field("article_id", STR, "Article the mention comes from.", False),
    _field("block_key", STR, "Resolution block: mentions merge into events only within one block."),
    *_EVENT_CORE_FIELDS,
    _field("location_name", STR, "Place as the text names it."),
    _field("location_kind", STR, "The text's hint: district, province, city, village, region, country or place."),
    _field("location_parent", STR, "Enclosing units the text names, innermost first (\"Kani, Sagaing\")."),
    _field("location_near", pa.bool_(), "True for 'near X', 'outskirts of X'."),
    _field("location_count", pa.int32(), "Number of unnamed units the text counts ('two districts in X')."),
    _field("country_hint", STR, "ISO 3166-1 alpha-2 code of the country the article is about."),
    _field("event_date", DATE, "Day of the event (last day of a range); NULL when nothing anchors it."),
    _field("date_start", DATE, "First day of the date range."),
    _field("time_precision", pa.int8(), "1 day, 2 range within about a week, 3 month or unknown."),
    _field("fatalities", pa.int32(), "Best estimate of deaths; 0 when unknown."),
    _field("fatalities_low", pa.int32(), "Lowest figure."),
    _field("fatalities_high", pa.int32(), "Highest figure."),
    _field("fatalities_known", pa.bool_(), "False when the text gives no toll."),
    _field("notes", STR, "One sentence saying what happened."),
    _field("sentence", STR, "Evidence sentence."),
    _field("char_start", pa.int32(), "Offset of the evidence sentence in articles.body_text."),
    _field("char_end", pa.int32(), "End offset (exclusive) of the evidence sentence."),
    _field("confidence", pa.float64(), "0..1: the mention screen's probability that the codebook codes this "
                                        "mention (the rules' own score when the screen is off or there is no gazetteer)."),
    *_PLACE_FIELDS,
)

EVENTS = _schema(
    "One row per real-world event (merged across articles and runs).",
    _field("event_id", STR, "Stable event id: derived from the earliest-reported mention (see README).", False),
    _field("block_key", STR, "Resolution block the event belongs to."),
    _field("event_date", DATE, "Day of the event (last day of a range); NULL when unknown."),
    _field("time_precision", pa.int8(), "1 day, 2 range within about a week, 3 month or unknown."),
    *_EVENT_CORE_FIELDS,
    _field("interaction", pa.int8(), "inter1 and inter2 as a two-digit code, smaller first."),
    *_PLACE_FIELDS,
    _field("fatalities", pa.int32(), "Most conservative credible death toll across reports; 0 when unknown."),
    _field("fatalities_low", pa.int32(), "Lowest reported toll."),
    _field("fatalities_high", pa.int32(), "Highest reported toll."),
    _field("fatalities_known", pa.bool_(), "False when no report gives a toll."),
    _field("notes", STR, "One sentence saying what happened (best mention)."),
    _field("confidence", pa.float64(), "Confidence, 0..1, rising with corroboration."),
    _field("sources", LIST_STR, "Distinct outlets that reported the event."),
    _field("article_ids", LIST_STR, "Every article that reports the event."),
    _field("mention_ids", LIST_STR, "Every mention merged into the event."),
    _field("first_reported", DATE, "Earliest publication date among the reports."),
    _field("last_reported", DATE, "Latest publication date among the reports."),
)

EVENT_EVIDENCE = _schema(
    "Bridge between events and articles: the sentences that support each event.",
    _field("event_id", STR, "Event.", False),
    _field("article_id", STR, "Article.", False),
    _field("mention_id", STR, "Mention merged into the event."),
    _field("block_key", STR, "Resolution block of the event."),
    _field("sentence", STR, "Evidence sentence."),
    _field("char_start", pa.int32(), "Offset of the sentence in articles.body_text."),
    _field("char_end", pa.int32(), "End offset (exclusive)."),
)

QUARANTINE = _schema(
    "Every input that could not be processed, with the reason.",
    _field("input_root", STR, "Absolute input folder.", False),
    _field("input_path", STR, "File path relative to input_root (JSONL: path#line).", False),
    _field("article_id", STR, "Article id the input would have had, when known."),
    _field("reason", STR, "Short machine-readable reason: unreadable, empty, binary, undecodable, malformed_json, ..."),
    _field("detail", STR, "Human-readable explanation."),
    _field("raw_sha256", STR, "SHA-256 of the raw bytes, when readable."),
    _field("size_bytes", pa.int64(), "Size of the input in bytes."),
    _field("quarantined_at", TS, "When the input was quarantined."),
    _field("run_id", STR, "Run that quarantined it."),
)

ARTICLE_DUPLICATES = _schema(
    "Near-duplicate articles (the same wire text with small edits).",
    _field("article_id", STR, "Article that repeats another one.", False),
    _field("duplicate_of", STR, "The canonical article it repeats.", False),
)

ARTICLE_SIGNATURES = _schema(
    "LSH band keys of each usable article's body, so a run compares only new articles for near-duplicates.",
    _field("article_id", STR, "Article the keys belong to.", False),
    _field("band_keys", pa.list_(pa.uint64()),
           "One key per MinHash band, in band order (two 32-bit MinHash values packed); "
           "empty for a body without word 3-grams."),
    _field("shingle_count", pa.int64(),
           "Distinct content-word 3-grams of the body (decides whether the MinHash screen applies)."),
)

RUNS = _schema(
    "One row per pipeline run.",
    _field("run_id", STR, "Run id.", False),
    _field("started_at", TS, "Start time."),
    _field("finished_at", TS, "End time."),
    _field("input", STR, "Input path given to the run."),
    _field("full_refresh", pa.bool_(), "True when the lake was rebuilt from scratch."),
    _field("files_seen", pa.int64(), "Input files found."),
    _field("articles_read", pa.int64(), "Articles read and processed in this run."),
    _field("articles_skipped", pa.int64(), "Articles unchanged since an earlier run (skipped by content hash)."),
    _field("articles_retracted", pa.int64(), "Articles whose input disappeared and whose mentions were retracted."),
    _field("articles_ok", pa.int64(), "Processed articles with status 'ok'."),
    _field("quarantined", pa.int64(), "Inputs quarantined in this run."),
    _field("mentions", pa.int64(), "Event mentions extracted in this run."),
    _field("events_total", pa.int64(), "Events in the warehouse after the run."),
    _field("seconds", pa.float64(), "Wall time of the run."),
)

DATASETS: dict[str, pa.Schema] = {
    "articles": ARTICLES,
    "article_lines": ARTICLE_LINES,
    "mentions": MENTIONS,
    "events": EVENTS,
    "event_evidence": EVENT_EVIDENCE,
    "quarantine": QUARANTINE,
    "article_duplicates": ARTICLE_DUPLICATES,
    "article_signatures": ARTICLE_SIGNATURES,
    "runs": RUNS,
}


def describe(schema: pa.Schema) -> dict[str, str]:
    """Column name -> description, as carried in the field metadata."""
    return {f.name: (f.metadata or {}).get(b"description", b"").decode() for f in schema}
