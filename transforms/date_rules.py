"""Date-expression rules behind event_dates.py: regexes and their resolvers.

Each rule turns one match into (event_date, date_start, precision); the
conventions are documented in event_dates.py. Month and weekday names must
be capitalised ("May 5", not "may"), so modal verbs are not dates.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
MONTH_WORDS = frozenset(_MONTHS)  # lower-case month names and abbreviations
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
WEEKDAY_WORDS = frozenset(_WEEKDAYS)  # lower-case weekday names
# The full names as written ("August", "Monday"): a date, never a place's or a group's first word
CALENDAR_NAMES = frozenset(calendar.month_name[1:]) | frozenset(calendar.day_name)
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "a couple of": 2, "couple of": 2, "few": 3, "a few": 3,
    "several": 3, "twenty-four": 24, "forty-eight": 48, "seventy-two": 72,
}

MONTH = (r"(?P<{}>(?:January|February|March|April|May|June|July|August|September|October|November|December"
         r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")
DAY = r"(?P<{}>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<{}>(?:19|20)\d\d)"
WEEKDAY = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)"
COUNT = r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+couple\s+of|a\s+few|few|several)"


@dataclass(frozen=True)
class DateHit:
    start: int
    end: int
    text: str
    date: dt.date | None
    start_date: dt.date | None
    precision: int


Resolution = tuple[dt.date, dt.date, int] | None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _infer_year(month: int, day: int, pub: dt.date | None) -> dt.date | None:
    if pub is None:
        return None
    date = _safe_date(pub.year, month, day)
    if date is not None and date > pub:
        date = _safe_date(pub.year - 1, month, day)
    return date


def _count(text: str | None, default: int = 1) -> int:
    if not text:
        return default
    text = re.sub(r"\s+", " ", text.lower())
    return int(text) if text.isdigit() else _NUMBERS.get(text, default)


def _range(start: dt.date | None, end: dt.date | None) -> Resolution:
    if start is None or end is None:
        return None
    start, end = min(start, end), max(start, end)
    return end, start, 2 if (end - start).days <= 7 else 3


def _clip(end: dt.date, start: dt.date, pub: dt.date | None) -> Resolution:
    """A month or year span, cut at publication when it runs past it."""
    if pub is not None and start <= pub < end:
        end = pub
    return end, start, 3


def _day(date: dt.date | None) -> Resolution:
    return (date, date, 1) if date else None


def _m(match: re.Match[str], name: str) -> int:
    return _MONTHS[match.group(name).rstrip(".").lower()]


# ---- resolvers: (match, publication date) -> (event_date, date_start, precision) ----

def _iso(m, pub):
    return _day(_safe_date(int(m["y"]), int(m["mo"]), int(m["d"])))


def _full_date(m, pub):
    return _day(_safe_date(int(m["y"]), _m(m, "mon"), int(m["d"])))


def _day_month(m, pub):
    return _day(_infer_year(_m(m, "mon"), int(m["d"]), pub))


_HOLIDAYS = {"new year's day": (1, 1), "new year's eve": (12, 31), "christmas day": (12, 25), "christmas eve": (12, 24)}


def _holiday(m, pub):
    """'On New Year's Day': the last such day up to publication."""
    month, day = _HOLIDAYS[re.sub(r"\s+", " ", m.group(0).lower().replace("’", "'"))]
    return _day(_infer_year(month, day, pub))


def _month_year(m, pub):
    year, month = int(m["y"]), _m(m, "mon")
    return _part_of_month(year, month, m["part"], pub)


def _part_of_month(year: int, month: int, part: str | None, pub) -> Resolution:
    first, last = 1, calendar.monthrange(year, month)[1]
    part = re.sub(r"^the\s+", "", (part or "").lower())
    if part.startswith("early") or part.startswith("beginning"):
        last = 10
    elif part.startswith("mid"):
        first, last = 11, 20
    elif part.startswith("late") or part.startswith("end"):
        first = 21
    return _clip(dt.date(year, month, last), dt.date(year, month, first), pub)


def _month_only(m, pub):
    if pub is None:
        return None
    month = _m(m, "mon")
    year = pub.year if month <= pub.month else pub.year - 1
    return _part_of_month(year, month, m["part"], pub)


def _last_named_month(m, pub):
    """'Last August' in May 2025 is August 2024; in September it is this August (the last one before)."""
    if pub is None:
        return None
    month = _m(m, "mon")
    year = pub.year if month < pub.month else pub.year - 1
    return _part_of_month(year, month, None, pub)


def _month_of_last_year(m, pub):
    """'In October last year', 'in late March of last year': that month of the year before publication."""
    if pub is None:
        return None
    return _part_of_month(pub.year - 1, _m(m, "mon"), m["part"], pub)


def _year(m, pub):
    year = int(m["y"])
    return _clip(dt.date(year, 12, 31), dt.date(year, 1, 1), pub)


def _weekday(m, pub):
    if pub is None:
        return None
    back = (pub.weekday() - _WEEKDAYS[m["wd"].lower()]) % 7
    if back == 0 and (m["mod"] or "").lower().split()[-1:] in (["last"], ["past"]):
        back = 7
    elif back == 1 and (m["mod"] or "").lower() == "last":
        back = 8  # "last Monday" in Tuesday's paper is the week before: yesterday is "on Monday"
    return _day(pub - dt.timedelta(days=back))


def _weekday_last_week(m, pub):
    """'on Monday last week': that day of the previous Monday-Sunday week; 'on Sunday and
    Monday last week': the two days in a row ending on that Monday."""
    if pub is None:
        return None
    monday = pub - dt.timedelta(days=pub.weekday() + 7)
    end = monday + dt.timedelta(days=_WEEKDAYS[m["wd"].lower()])
    if not m["wd1"]:
        return _day(end)
    start = end - dt.timedelta(days=(end.weekday() - _WEEKDAYS[m["wd1"].lower()]) % 7)
    return _range(start, end)


def _days_back(days: int) -> Callable:
    return lambda m, pub: _day(pub - dt.timedelta(days=days)) if pub else None


def _n_days_ago(m, pub):
    return _day(pub - dt.timedelta(days=_count(m["n"]))) if pub else None


def _past_days(m, pub):
    if pub is None:
        return None
    unit = (m["unit"] or "days").lower()
    recent = m.group(0).lower().split()[1] == "recent"
    n = _count(m["n"], 3 if unit.startswith("day") or recent else 1)
    days = {"hour": n / 24, "day": n, "week": 7 * n, "month": 30 * n}[unit.rstrip("s")]
    days = max(1, round(days))
    if days == 1:
        return _day(pub)
    result = _range(pub - dt.timedelta(days=days - 1), pub)
    return result if days <= 8 else (result[0], result[1], 3)


def _weeks_ago(m, pub):
    if pub is None:
        return None
    date = pub - dt.timedelta(days=7 * _count(m["n"]))
    return date, date, 2


def _months_ago(m, pub):
    if pub is None:
        return None
    date = pub - dt.timedelta(days=30 * _count(m["n"]))
    return _part_of_month(date.year, date.month, None, pub)


def _years_ago(m, pub):
    if pub is None:
        return None
    year = pub.year - _count(m["n"], 2)
    return dt.date(year, 12, 31), dt.date(year, 1, 1), 3


def _this_week(m, pub):
    if pub is None:
        return None
    monday = pub - dt.timedelta(days=pub.weekday())
    # "earlier this week" in a Thursday report: Monday to Wednesday, not the day of the report
    end = pub - dt.timedelta(days=1) if m.group(0).lower().startswith("earlier") and pub > monday else pub
    return _range(monday, end)


def _last_week(m, pub):
    if pub is None:
        return None
    sunday = pub - dt.timedelta(days=pub.weekday() + 1)
    return sunday, sunday - dt.timedelta(days=6), 2


def _weekend(m, pub):
    if pub is None:
        return None
    last = (m["mod"] or "").lower() == "last"
    sunday = pub - dt.timedelta(days=(pub.weekday() + 1) % 7)
    if last and pub.weekday() >= 5:
        sunday -= dt.timedelta(days=7)
    end = min(sunday, pub)
    return end, sunday - dt.timedelta(days=1), 2


def _next_weekday(m, pub):
    if pub is None:
        return None
    ahead = (_WEEKDAYS[m["wd"].lower()] - pub.weekday()) % 7 or 7
    return _day(pub + dt.timedelta(days=ahead))


def _next_week(m, pub):
    if pub is None:
        return None
    monday = pub + dt.timedelta(days=7 - pub.weekday())
    return monday + dt.timedelta(days=6), monday, 2


def _next_month(m, pub):
    if pub is None:
        return None
    first = (pub.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    return _month_end(first.year, first.month), first, 3


def _this_month(m, pub):
    return (pub, pub.replace(day=1), 3) if pub else None


def _last_month(m, pub):
    if pub is None:
        return None
    last = pub.replace(day=1) - dt.timedelta(days=1)
    return last, last.replace(day=1), 3


def _this_year(m, pub):
    return (pub, pub.replace(month=1, day=1), 3) if pub else None


def _last_year(m, pub):
    return (dt.date(pub.year - 1, 12, 31), dt.date(pub.year - 1, 1, 1), 3) if pub else None


def _range_rule(m, pub):
    mon2 = m["mon2"] or m["mon3"] or m["mon_"] or m["mon"]
    mon1 = m["mon"] or m["mon_"] or mon2
    if mon2 is None:
        return None
    d1, d2 = int(m["d1"]), int(m["d2"])
    mon1_i, mon2_i = (_MONTHS[x.rstrip(".").lower()] for x in (mon1, mon2))
    if m["y"]:
        year = int(m["y"])
    else:
        start = _infer_year(mon1_i, d1, pub)  # the start decides the year; the end may run past publication
        if start is None:
            return None
        year = start.year + (1 if mon1_i > mon2_i else 0)
    end = _safe_date(year, mon2_i, d2)
    start = _safe_date(year - (1 if mon1_i > mon2_i else 0), mon1_i, d1)
    if start is None or end is None or start > end or (end - start).days > 62:
        return None
    if pub is not None and start <= pub < end:
        end = pub
    return _range(start, end)


def _years_rule(m, pub):
    if pub is None:
        return None
    n = 1 if m["one"] else _count(m["n"], 2)
    year = pub.year - n
    return dt.date(year, 12, 31), dt.date(year, 1, 1), 3


PART = r"(?:(?P<part>early|mid|late|the\s+end\s+of|the\s+beginning\s+of|end\s+of)[\s-]+)?"
_RULES: tuple[tuple[str, Callable], ...] = (
    (r"\b(?P<y>(?:19|20)\d\d)-(?P<mo>[01]\d)-(?P<d>[0-3]\d)\b", _iso),
    (r"(?:between\s+|from\s+)?(?:" + MONTH.format("mon") + r"\s+)?" + DAY.format("d1") + r"(?:\s+"
     + MONTH.format("mon_") + r")?\s*(?:-|–|to|and|until|through)\s*" + r"(?:" + MONTH.format("mon2")
     + r"\s+)?" + DAY.format("d2") + r"(?:\s+" + MONTH.format("mon3") + r")?(?:,?\s+" + YEAR.format("y") + r")?\b",
     _range_rule),
    (WEEKDAY + r"?" + MONTH.format("mon") + r"\s+" + DAY.format("d") + r",?\s+" + YEAR.format("y") + r"\b", _full_date),
    (WEEKDAY + r"?(?:the\s+)?" + DAY.format("d") + r"\s+(?:of\s+)?" + MONTH.format("mon") + r",?\s+"
     + YEAR.format("y") + r"\b", _full_date),
    (WEEKDAY + r"?" + MONTH.format("mon") + r"\s+" + DAY.format("d") + r"\b(?!\s+Movement)(?!,?\s+(?:19|20)\d\d)",
     _day_month),
    (WEEKDAY + r"?(?:the\s+)?" + DAY.format("d") + r"\s+(?:of\s+)?" + MONTH.format("mon") + r"\b(?!\s+(?:19|20)\d\d)",
     _day_month),
    (r"\b(?:in|during|since|of|by|until)?\s*" + PART + MONTH.format("mon") + r",?\s+" + YEAR.format("y") + r"\b",
     _month_year),
    (r"\b(?:in|during|since|by|until|at|from|through|throughout|earlier\s+in|later\s+in)\s+" + PART + MONTH.format("mon") + r"\b(?!\s+\d)",
     _month_only),
    # "In January and February last year": the first month counts (the year is what matters)
    (r"\b(?:(?:in|during|since|by|until|from)\s+)?" + PART + MONTH.format("mon")
     + r"(?:\s+(?:and|or|to|through)\s+" + MONTH.format("mon2") + r")?,?\s+(?:of\s+)?last\s+year\b",
     _month_of_last_year),
    (r"\blast\s+" + MONTH.format("mon") + r"\b(?!\s+\d)", _last_named_month),
    (r"\bNew\s+Year['’]s\s+(?:Day|Eve)\b|\bChristmas\s+(?:Day|Eve)\b", _holiday),
    (r"\b(?:in|during|since|by|until)\s+(?:early\s+|mid-?|late\s+)?" + YEAR.format("y") + r"\b", _year),
    (r"\b(?:on\s+)?(?:(?P<wd1>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:and|to|through)\s+)?"
     r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:of\s+)?last\s+week\b", _weekday_last_week),
    (r"\b(?:(?P<mod>last|this\s+past|past|this|on|early|late|since)\s+)?(?:(?:early|late)\s+)?(?P<wd>Monday|Tuesday|Wednesday|"
     r"Thursday|Friday|Saturday|Sunday)(?:['’]s)?\b", _weekday),
    (r"\b(?:earlier\s+|later\s+)?today\b|\bthis\s+(?:morning|afternoon|evening)\b|\btonight\b|\bovernight\b",
     _days_back(0)),
    (r"\b(?:late\s+|early\s+)?last\s+night\b", _days_back(1)),
    (r"\b(?:a\s+few|several|two|three|four|five|six|\d+)\s+hours\s+ago\b|\ban\s+hour\s+ago\b", _days_back(0)),
    (r"\bthe\s+day\s+before\s+yesterday\b", _days_back(2)),
    (r"\btomorrow\b", _days_back(-1)),  # future: lets the extractor see a plan
    (r"\bnext\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", _next_weekday),
    (r"\bnext\s+week\b", _next_week),
    (r"\bnext\s+month\b", _next_month),
    (r"\byesterday\b", _days_back(1)),
    (r"\b" + COUNT + r"\s+days?\s+(?:ago|after|later|earlier)\b", _n_days_ago),
    (r"\b(?:in|over|during|within|for)\s+the\s+(?:past|last|previous)\s+(?:" + COUNT
     + r"[\s-]+)?(?P<unit>hours|days|weeks|months|day|week|month)\b", _past_days),
    (r"\b(?:in|over)\s+recent\s+(?P<unit>days|weeks|months)(?P<n>)", _past_days),
    (r"\b" + COUNT + r"\s+weeks?\s+ago\b", _weeks_ago),
    (r"\b" + COUNT + r"\s+months?\s+ago\b", _months_ago),
    (r"\b(?:" + COUNT + r"\s+)?years\s+ago\b|\b(?P<one>a\s+year)\s+ago\b", _years_rule),
    (r"\b(?:earlier\s+|later\s+)?this\s+week\b", _this_week),
    (r"\blast\s+week\b", _last_week),
    (r"\b(?:(?P<mod>last|this|over\s+the|at\s+the)\s+)weekend\b", _weekend),
    (r"\b(?:earlier\s+|later\s+)?this\s+month\b", _this_month),
    (r"\blast\s+month\b", _last_month),
    (r"\b(?:earlier\s+|later\s+)?this\s+year\b", _this_year),
    (r"\blast\s+year\b", _last_year),
)


@lru_cache(maxsize=1)
def _compiled() -> list[tuple[re.Pattern[str], Callable]]:
    return [(re.compile(pattern, re.IGNORECASE), resolver) for pattern, resolver in _RULES]


# Resolvers that need no publication date; any other rule's hit keeps date None without one.
_ABSOLUTE = frozenset({_iso, _full_date, _month_year, _year, _range_rule})
_CAPITALISED_GROUPS = ("mon", "mon_", "mon2", "mon3", "wd", "wd1")


def _has_capitals(m: re.Match[str]) -> bool:
    """Month and weekday names must be capitalised: "May 5" is a date, "may" is not."""
    return all(not m.groupdict().get(g) or m.group(g)[0].isupper()
               for g in _CAPITALISED_GROUPS if g in m.re.groupindex)


def find_date_hits(text: str, pub: dt.date | None) -> list[DateHit]:
    """Every date expression in `text`, non-overlapping (longest first), resolved against `pub`.

    A relative expression with no publication date comes back with date None.
    """
    candidates = []
    for pattern, resolver in _compiled():
        for m in pattern.finditer(text):
            if not _has_capitals(m):
                continue
            span = (m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.end())
            if span[1] > span[0]:
                candidates.append((span, m, resolver))
    candidates.sort(key=lambda c: (-(c[0][1] - c[0][0]), c[0][0]))
    taken: list[tuple[int, int]] = []
    hits = []
    for (start, end), m, resolver in candidates:
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        resolved = resolver(m, pub)
        if resolved is None and (pub is not None or resolver in _ABSOLUTE):
            continue  # matched the shape but is not a real date
        taken.append((start, end))
        date, start_date, precision = resolved if resolved else (None, None, 3)
        hits.append(DateHit(start, end, text[start:end], date, start_date, precision))
    return sorted(hits, key=lambda h: h.start)
