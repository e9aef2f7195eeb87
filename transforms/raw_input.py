"""Turn raw input bytes into text and metadata, or a reason to quarantine them.

Pure: bytes in, values out. `flows/ingest.py` reads the files and calls these.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

# Magic numbers of formats people drop into news folders by mistake.
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"PK\x03\x04", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b", b"BZh", b"\x7fELF")


class InputRejected(Exception):
    """Input that cannot be processed; `reason` is a short code for the quarantine table."""

    def __init__(self, reason: str, detail: str):
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class ArticleMetadata:
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None


def decode_text(data: bytes) -> str:
    """Decode an article file: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.

    Raises InputRejected for empty, binary or undecodable input.
    """
    if not data.strip():
        raise InputRejected("empty", "the file is empty or holds only whitespace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputRejected("undecodable", f"bad UTF-16: {exc}") from None
    head = data[:8192]
    if data.startswith(_BINARY_MAGIC) or b"\x00" in head:
        raise InputRejected("binary", "binary content (not text or HTML)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        # Windows-1252 is what mis-declared legacy news text almost always is.
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise InputRejected("undecodable", f"neither UTF-8 nor Windows-1252: {exc}") from None


def parse_published(value: object) -> dt.date | None:
    """An ISO date or date-time (string) as a date; None for None or ''."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputRejected("malformed_metadata", f"published must be an ISO date string, got {value!r}")
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise InputRejected("malformed_metadata", f"published is not an ISO date: {value!r}") from None


def _optional_str(record: dict, key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputRejected("malformed_metadata", f"{key} must be a string, got {type(value).__name__}")
    return value.strip() or None


def parse_metadata(record: dict) -> ArticleMetadata:
    """The optional metadata fields of a sidecar or JSONL record."""
    return ArticleMetadata(
        url=_optional_str(record, "url"),
        title=_optional_str(record, "title"),
        published=parse_published(record.get("published")),
        source=_optional_str(record, "source"),
    )


def parse_sidecar(data: bytes) -> ArticleMetadata:
    """A NAME.json sidecar: a JSON object with optional url, title, published, source."""
    try:
        record = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputRejected("malformed_sidecar", f"sidecar is not valid JSON: {exc}") from None
    if not isinstance(record, dict):
        raise InputRejected("malformed_sidecar", "sidecar must be a JSON object")
    return parse_metadata(record)


@dataclass(frozen=True)
class JsonlArticle:
    article_id: str
    content_type: str  # "text" | "html"
    content: str
    metadata: ArticleMetadata


def parse_jsonl_record(line: str) -> JsonlArticle:
    """One JSONL line: `id`, `text` or `html`, optional url, title, published, source."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputRejected("malformed_record", f"line is not valid JSON: {exc}") from None
    if not isinstance(record, dict):
        raise InputRejected("malformed_record", "line must be a JSON object")
    article_id = record.get("id")
    if isinstance(article_id, int) and not isinstance(article_id, bool):
        article_id = str(article_id)
    if not isinstance(article_id, str) or not article_id.strip():
        raise InputRejected("malformed_record", "record has no string `id`")
    for key, content_type in (("html", "html"), ("text", "text")):
        content = record.get(key)
        if content is None:
            continue
        if not isinstance(content, str):
            raise InputRejected("malformed_record", f"`{key}` must be a string")
        if not content.strip():
            raise InputRejected("empty", f"`{key}` is empty")
        return JsonlArticle(article_id.strip(), content_type, content, parse_metadata(record))
    raise InputRejected("malformed_record", "record has neither `text` nor `html`")
