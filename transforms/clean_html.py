"""Main text and metadata of an HTML page, via trafilatura.

trafilatura removes navigation, footers and sidebars; its text output then
goes through the same line rules as plain text (clean_text.py). The date is
htmldate's publication date (`Document.date`), never `Document.filedate`,
which is the day of extraction.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import trafilatura

from transforms.pubdate import parse_iso_date

# htmldate's extensive search guesses from free text and falls back to the
# copyright year ("© 2023" -> 2023-01-01); a wrong date is worse than none,
# so only structured sources (meta tags, <time>, JSON-LD, the URL) are used.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


@dataclass(frozen=True)
class HtmlExtraction:
    """What trafilatura found in one page. `text` is "" when it found no main text."""

    text: str
    title: str | None
    sitename: str | None
    url: str | None
    published: dt.date | None


def extract_html(html: str, url: str | None = None) -> HtmlExtraction:
    """Extract the main text, title, site name, URL and publication date of a page.

    Never raises on bad markup: a page trafilatura cannot parse comes back
    with empty `text` and no metadata.
    """
    try:
        document = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False,
            include_tables=False, date_extraction_params=dict(_DATE_PARAMS),
        )
    except Exception:  # noqa: BLE001 - trafilatura/lxml raise many types on broken pages
        document = None
    if document is None:
        return HtmlExtraction(text="", title=None, sitename=None, url=url, published=None)
    return HtmlExtraction(
        text=(document.text or "").strip(),
        title=(document.title or "").strip() or None,
        sitename=(document.sitename or "").strip() or None,
        url=document.url or url,
        published=parse_iso_date(document.date),
    )
