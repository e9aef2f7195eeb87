"""Cleaning: raw articles in, body text with settled metadata out.

The single entry point the flows call. Per article: normalise the text
(normalize.py); for HTML let trafilatura pick the main text and metadata
(clean_html.py); run the line classifier (clean_text.py) with the outlet's
line-repetition counts; settle title, publication date (metadata > html >
dateline, never the extraction date) and language (language.py).
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from transforms.clean_html import HtmlExtraction, extract_html
from transforms.clean_shapes import line_fingerprint
from transforms.clean_text import OUTLET_MIN_ARTICLES, OUTLET_MIN_ARTICLES_PROSE, classify_lines
from transforms.language import detect_language
from transforms.normalize import normalize_text
from transforms.pubdate import parse_dateline
from transforms.records import (
    STATUS_EMPTY,
    STATUS_NOT_ENGLISH,
    STATUS_OK,
    CleanedArticle,
    RawArticle,
)

__all__ = [
    "OUTLET_MIN_ARTICLES",
    "OUTLET_MIN_ARTICLES_PROSE",
    "clean_articles",
    "clean_prepared",
    "count_outlet_lines",
    "merge_outlet_counts",
    "prepare_articles",
    "line_fingerprint",
    "outlet_key",
]

# A dateline may sit a few lines above the first kept line (a date stamp
# dropped from above the headline); this many lines above it are read too.
DATELINE_LOOKBACK_LINES = 3
_URL_YEAR = re.compile(r"/((?:19|20)\d{2})/")


def outlet_key(source: str | None, url: str | None) -> str | None:
    """The outlet an article belongs to: its source, else its URL host without www., else None."""
    if source and source.strip():
        return source.strip()
    if url:
        host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
        host = host.removeprefix("www.")
        return host or None
    return None


class _OutletCounts(Mapping[str, int]):
    """Earlier counts plus the OTHER articles of this run, without copying either."""

    def __init__(self, earlier: Mapping[str, int], batch: Counter[str], own: set[str]) -> None:
        self._earlier, self._batch, self._own = earlier, batch, own

    def __getitem__(self, fingerprint: str) -> int:
        if fingerprint not in self._earlier and fingerprint not in self._batch:
            raise KeyError(fingerprint)
        own = fingerprint in self._own
        return self._earlier.get(fingerprint, 0) + self._batch.get(fingerprint, 0) - own

    def __iter__(self) -> Iterator[str]:
        return iter(set(self._earlier) | set(self._batch))

    def __len__(self) -> int:
        return len(set(self._earlier) | set(self._batch))


def _fingerprints(text: str) -> set[str]:
    return {fp for fp in (line_fingerprint(line) for line in text.split("\n") if line) if fp}


def _find_dateline(text: str, kept_line_numbers: list[int], year_hint: int | None) -> dt.date | None:
    """A dateline from the article's head: from its first kept line down, else
    from the few lines just above it (a dropped date stamp over the headline).
    Lines higher up are page furniture, where a date is often today's."""
    if not kept_line_numbers:
        return parse_dateline(text, year_hint=year_hint)
    lines = text.split("\n")
    start = kept_line_numbers[0] - 1
    found = parse_dateline("\n".join(lines[start:]), year_hint=year_hint)
    if found is None:
        above = [line for line in lines[:start] if line][-DATELINE_LOOKBACK_LINES:]
        found = parse_dateline("\n".join(above), year_hint=year_hint)
    return found


def _settle_status(body: str) -> tuple[str, str | None, str | None]:
    if not body:
        return STATUS_EMPTY, "no body text left after cleaning", None
    language, probability = detect_language(body)
    if language != "en":
        return STATUS_NOT_ENGLISH, f"language detected as '{language}' (p={probability:.2f})", language
    return STATUS_OK, None, language


def _clean_one(raw: RawArticle, text: str, outlet_counts: Mapping[str, int],
               html: HtmlExtraction | None) -> CleanedArticle:
    classified = classify_lines(text, outlet_counts)
    kept = [d for d in classified.lines if d.kept]
    body = classified.body
    url = raw.url or (html.url if html else None)
    title = raw.title or (html.title if html else None) or classified.headline
    published, published_from = raw.published, "metadata" if raw.published else None
    if published is None and html is not None and html.published is not None:
        published, published_from = html.published, "html"
    if published is None:
        year = _URL_YEAR.search(url or "")
        published = _find_dateline(text, [d.line_no for d in kept], int(year[1]) if year else None)
        published_from = "dateline" if published else None
    status, reason, language = _settle_status(body)
    if html is not None and not text:
        status, reason = STATUS_EMPTY, "trafilatura found no main text in the HTML page"
    return CleanedArticle(
        article_id=raw.article_id, body_text=body, title=title, url=url,
        source=raw.source or (html.sitename if html else None), published=published,
        published_from=published_from, language=language, status=status,
        status_reason=reason, lines=classified.lines,
    )


@dataclass(frozen=True)
class PreparedArticle:
    """An article normalised (and, for HTML, reduced to its main text) but not yet classified."""

    raw: RawArticle
    html: HtmlExtraction | None
    text: str
    outlet: str | None
    fingerprints: frozenset[str]


def prepare_articles(raws: Sequence[RawArticle]) -> list[PreparedArticle]:
    """Normalise each article and find its outlet and line fingerprints."""
    prepared = []
    for raw in raws:
        html = extract_html(raw.content, raw.url) if raw.content_type == "html" else None
        text = normalize_text(html.text if html is not None else raw.content)
        # The same key the flow derives from the stored article (source, url),
        # so earlier counts and this run's counts agree for HTML pages too.
        outlet = outlet_key(raw.source or (html.sitename if html else None),
                            raw.url or (html.url if html else None))
        prints = frozenset(_fingerprints(text)) if outlet else frozenset()
        prepared.append(PreparedArticle(raw, html, text, outlet, prints))
    return prepared


def count_outlet_lines(prepared: Iterable[PreparedArticle]) -> dict[str, Counter[str]]:
    """Per outlet, in how many of these articles each line fingerprint occurs."""
    counts: dict[str, Counter[str]] = {}
    for article in prepared:
        if article.outlet:
            counts.setdefault(article.outlet, Counter()).update(article.fingerprints)
    return counts


def merge_outlet_counts(parts: Iterable[Mapping[str, Counter[str]]]) -> dict[str, Counter[str]]:
    """Add up per-outlet counts (e.g. of every batch of a run)."""
    total: dict[str, Counter[str]] = {}
    for part in parts:
        for outlet, counter in part.items():
            total.setdefault(outlet, Counter()).update(counter)
    return total


def clean_prepared(
    prepared: Sequence[PreparedArticle],
    outlet_line_counts: Mapping[str, Mapping[str, int]] | None = None,
    run_line_counts: Mapping[str, Counter[str]] | None = None,
) -> list[CleanedArticle]:
    """Classify the lines of prepared articles, one CleanedArticle per input, in order.

    `outlet_line_counts` holds the counts of earlier runs; `run_line_counts`
    those of every article of this run, these included (each article is
    counted against the others only). Passing the whole run's counts makes
    the result independent of how the run was split into batches.
    """
    earlier_by_outlet = outlet_line_counts or {}
    run_by_outlet = run_line_counts if run_line_counts is not None else count_outlet_lines(prepared)
    cleaned = []
    for article in prepared:
        counts: Mapping[str, int] = {}
        if article.outlet:
            counts = _OutletCounts(earlier_by_outlet.get(article.outlet, {}),
                                   run_by_outlet.get(article.outlet, Counter()), set(article.fingerprints))
        cleaned.append(_clean_one(article.raw, article.text, counts, article.html))
    return cleaned


def clean_articles(
    raws: Sequence[RawArticle],
    outlet_line_counts: Mapping[str, Mapping[str, int]] | None = None,
) -> list[CleanedArticle]:
    """Clean a batch of raw articles, one CleanedArticle per input, in order.

    `outlet_line_counts` maps outlet (see `outlet_key`) -> {line_fingerprint:
    number of earlier articles of that outlet containing the line}. The
    articles of this batch are counted too, each against the others, so the
    result does not depend on the order within the batch.
    """
    return clean_prepared(prepare_articles(raws), outlet_line_counts)
