"""Publication dates printed at the head of an article (datelines).

Only the first lines are read: a date further down is an event date, not
the publication date. A date needs a year; a wire dateline without one
("KABUL, June 14 (dpa) -") is used only when the caller can supply the year.
"""
from __future__ import annotations

import datetime as dt
import re

# How many non-blank lines count as "the head" of an article.
HEAD_LINES = 8
MIN_YEAR, MAX_YEAR = 1990, 2100

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_MONTH = rf"(?P<m>{_MONTH_NAMES})\b\.?"
_DAY = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>(?:19|20)\d{2})\b"
_DATE_PATTERNS = [
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}", re.I),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}", re.I),
    re.compile(r"\b(?P<y>(?:19|20)\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})\b"),
]
# "24-08-2022" / "08/24/2022": read only when one part is over 12, so the
# order is certain; "04/07/2021" could be April or July and is skipped.
_NUMERIC_DATE = re.compile(r"\b(?P<a>\d{1,2})[-/.](?P<b>\d{1,2})[-/.](?P<y>(?:19|20)\d{2})\b")
# "KABUL, June 14 (dpa) -" / "Kabul, 14 June 2021 (AFP):" at the start of a line:
# place, date, then an agency in brackets, a dash, or the end of the line.
_WIRE_DATELINE = re.compile(
    r"^[A-Z][\w .'’-]{1,40},\s+"
    rf"(?:(?P<m>{_MONTH_NAMES})\b\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH_NAMES})\b\.?)"
    rf"(?:,?\s+{_YEAR})?\s*(?:\([^)]{{1,40}}\)|[-–—:]|$)",
    re.I,
)
_AFTER_DATE = re.compile(r"\s*(?:\([^)]{1,40}\))?\s*[-–—:]")
_FILLER = frozenset(
    "published updated last first posted on at by am pm gmt utc est edt bst ist cet "
    "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun "
    "date time the".split()
)
_WORD = re.compile(r"[^\W\d_]+")


def _to_date(year: int, month: str | int, day: str | int) -> dt.date | None:
    month_no = _MONTHS.get(month.lower().rstrip(".")) if isinstance(month, str) and not month.isdigit() \
        else int(month)
    if month_no is None or not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month_no, int(day))
    except ValueError:
        return None


def _numeric_date(match: re.Match) -> dt.date | None:
    first, second, year = int(match["a"]), int(match["b"]), int(match["y"])
    if first > 12 >= second:
        return _to_date(year, second, first)
    if second > 12 >= first:
        return _to_date(year, first, second)
    return None


def find_date(text: str) -> tuple[dt.date, re.Match] | None:
    """The first full calendar date (with a year) written in `text`, and its match."""
    best: tuple[dt.date, re.Match] | None = None
    for pattern in [*_DATE_PATTERNS, _NUMERIC_DATE]:
        for match in pattern.finditer(text):
            if pattern is _NUMERIC_DATE:
                found = _numeric_date(match)
            else:
                found = _to_date(int(match["y"]), match["m"], match["d"])
            if found and (best is None or match.start() < best[1].start()):
                best = (found, match)
            if found:
                break
    return best


def parse_date_line(line: str) -> dt.date | None:
    """The date when `line` is a date stamp ("Monday 5 July 2021", "Published: 2021-07-04").

    A stamp is a full date plus at most filler words (weekday, time,
    "Published"/"Updated", a "By Name |" byline). A sentence that merely
    contains a date ("On July 4, 2021, they attacked.") is not a stamp.
    """
    text = line.strip()
    if not text or text[-1] in ".!?" or len(text.split()) > 14:
        return None
    found = find_date(text)
    if found is None:
        return None
    date, match = found
    rest = text[: match.start()] + " " + text[match.end():]
    others = [w for w in _WORD.findall(rest) if w.lower() not in _FILLER]
    has_byline = bool(re.search(r"\bby\b|\|", text, re.I))
    return date if len(others) <= (3 if has_byline else 1) else None


def _parse_wire_dateline(line: str, year_hint: int | None) -> dt.date | None:
    found = find_date(line)
    # Date first: "June 16, 2023 (EL GENEINA) - The RSF ..."
    if found and found[1].start() == 0 and _AFTER_DATE.match(line, found[1].end()):
        return found[0]
    match = _WIRE_DATELINE.match(line)
    if match is None:
        return None
    year = int(match["y"]) if match["y"] else year_hint
    if year is None:
        return None
    if match["m"]:
        return _to_date(year, match["m"], match["d"])
    return _to_date(year, match["m2"], match["d2"])


def parse_dateline(text: str, *, year_hint: int | None = None) -> dt.date | None:
    """The publication date printed in the head of an article, else None.

    Looks at the first HEAD_LINES non-blank lines for a date stamp line
    ("Monday 5 July 2021", "July 4, 2021", "4 July 2021", "2021-07-04") or a
    wire dateline opening a paragraph ("KABUL, July 4 (Reuters) -"). A
    dateline without a year is used only with `year_hint` (e.g. the year in
    the article URL); otherwise it is skipped.
    """
    head = [line.strip() for line in text.split("\n") if line.strip()][:HEAD_LINES]
    for line in head:
        found = parse_date_line(line) or _parse_wire_dateline(line, year_hint)
        if found is not None:
            return found
    return None


def parse_iso_date(value: str | None) -> dt.date | None:
    """A date from an ISO-like metadata string ("2021-07-04", "2021-07-04T10:00Z")."""
    if not value:
        return None
    match = re.match(r"\s*((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})", value)
    return _to_date(int(match[1]), int(match[2]), int(match[3])) if match else None
