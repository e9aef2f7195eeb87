"""Event dates: resolve a sentence's time expression against the publication date.

Codebook section 5, plus these documented choices:
- "on Sunday" is the latest Sunday on or before publication; "last Sunday"
  the latest one strictly before it.
- "today", "this morning", "overnight", "in the past 24 hours": the
  publication day. "last night" and "yesterday": the day before.
- "N days ago" and (as the brief asks) "N days after/later": publication - N.
- Ranges set `date_start` and `event_date` (the last day); precision 2 when
  the range spans at most 8 days, else 3. "this week" runs from Monday of
  the publication week to publication; "last week" is the previous ISO week
  (Monday-Sunday, event_date its Sunday); "in the past three days" is
  publication-2 .. publication.
- Months ("in June", "in late June", "last month") are precision 3 with
  event_date the last day of the month (or part: early 1-10, mid 11-20),
  clipped to publication when that is earlier. Years ("in 2011") are
  Dec 31 of the year, precision 3, so the extractor can see background.
- A day without a year takes the publication year (the previous year if
  that would be after publication).
- Future expressions ("tomorrow", "next Monday", "next week", "next month")
  resolve after publication, so the extractor can tell a plan from an event.
- Several expressions in one sentence: the most precise wins, then a named
  day over a part of the day ("overnight ... on Oct. 9" is Oct. 9), then the
  earliest; expressions right after "said"/"told" (the statement's date)
  rank last.
- No expression: the publication day with precision 2 and is_explicit
  False (or no date when default_to_published is False). No publication
  date: relative expressions give event_date None, precision 3.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from transforms.date_rules import DateHit, find_date_hits


@dataclass(frozen=True)
class EventDate:
    """When an event happened, how exactly, and the text that said so."""

    event_date: dt.date | None
    date_start: dt.date | None
    time_precision: int  # 1 day, 2 range within about a week, 3 month or unknown
    expression: str | None
    is_explicit: bool


# "said on Monday", "In a statement on Monday, ... its jets struck X on Saturday": the day of the telling
_STATEMENT = re.compile(r"\b(?:said|says|told|announced|stated|reported|added|claimed|statement|communiqu[eé]|"
                        r"briefing|press\s+conference)\s+(?:\w+\s+){0,1}$",
                        re.IGNORECASE)


# "Overnight, missiles struck ... on Oct. 9": the part of the day, not which day
_PART_OF_DAY = re.compile(r"^(?:overnight|tonight|this\s+(?:morning|afternoon|evening))$", re.IGNORECASE)


# "Five days earlier, on Sept. 7": a count of days from another day ranks after a calendar date
_COUNTED_FROM = re.compile(r"\b(?:ago|earlier|later|after|before)$", re.IGNORECASE)


# "Also on Saturday, the Emergency Room in Omdurman said that shells had landed ... on Friday": a
# sentence's opening day told of the teller, who is named right after it (no act of its own between)
_OPENER_BEFORE = re.compile(r"^[\s\"'“(]*(?:(?:also|later|earlier|meanwhile|separately|and)\s+)?(?:on\s+)?$", re.IGNORECASE)
_TELLER_THEN_SAID = re.compile(r"^,\s+(?:(?![\w'’-]*ed\b)[\w'’.()-]+\s+){1,7}?(?:said|says|told|reported|announced|stated)\s+"
                               r"(?:(?:\w+\s+){0,3}?that\b)", re.IGNORECASE)


def _is_statement_day(hit: DateHit, sentence: str) -> bool:
    return bool(_STATEMENT.search(sentence[max(0, hit.start - 30):hit.start])) or bool(
        _OPENER_BEFORE.match(sentence[:hit.start]) and _TELLER_THEN_SAID.match(sentence[hit.end:]))


def _rank(hit: DateHit, sentence: str) -> tuple:
    return (_is_statement_day(hit, sentence), hit.date is None, hit.precision, bool(_COUNTED_FROM.search(hit.text.strip())),
            bool(_PART_OF_DAY.match(hit.text.strip())), hit.start)


def _as_event_date(hit: DateHit) -> EventDate:
    return EventDate(hit.date, hit.start_date if hit.date else None, hit.precision if hit.date else 3,
                     hit.text, True)


_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through|to)\s+$", re.IGNORECASE)


def _until(date: EventDate, hits: list[DateHit], sentence: str) -> EventDate:
    """'broke out on Monday night ... until Tuesday afternoon': a range to the later day."""
    if date.event_date is None or date.time_precision != 1:
        return date
    for hit in hits:
        if hit.date is None or hit.precision != 1 or not _UNTIL_BEFORE.search(sentence[max(0, hit.start - 8):hit.start]):
            continue
        days = (hit.date - date.event_date).days
        if 0 < days <= 7:
            return EventDate(hit.date, date.event_date, 2, date.expression, True)
    return date


_A_WEEK_AGO = re.compile(r"\b(?:a|one)\s+week\s+ago\b", re.IGNORECASE)
_LAST_WEEK = re.compile(r"\blast\s+week\b", re.IGNORECASE)
_BARE_WEEKDAY = re.compile(r"^(?:on\s+)?(?:(?:late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
                           re.IGNORECASE)


# "the province where the protests began last week, three were killed on Friday": the week of
# another act, told in a clause of its own
_CLAUSE_OPENER = re.compile(r"\b(?:where|which|who|whom|whose|when|that|since|after|before|until)\b", re.IGNORECASE)


def _own_week(match: re.Match | None, sentence: str) -> re.Match | None:
    if match is None:
        return None
    segment = sentence[sentence.rfind(",", 0, match.start()) + 1:match.start()]
    if _IN_A_RELATIVE_ASIDE.search(sentence, 0, match.start()) and sentence[match.end():].lstrip().startswith(","):
        return None  # "the insurgents, who crossed the river last week, burned houses on Monday": the aside's week
    return None if _CLAUSE_OPENER.search(segment) else match


_IN_A_RELATIVE_ASIDE = re.compile(r",\s+(?:who|which)\b[^.;]*$")


def _in_the_week_before(hits: list[DateHit], sentence: str, published: dt.date | None) -> list[DateHit]:
    """'A week ago, gunmen stormed the hotel late on Saturday night': that Saturday is the one
    a week back, not yesterday; 'Last week, ... on Tuesday': the Tuesday of the week before."""
    week_ago, last_week = (_own_week(m, sentence) for m in (_A_WEEK_AGO.search(sentence), _LAST_WEEK.search(sentence)))
    if published is None or not (week_ago or last_week):
        return hits
    this_monday = published - dt.timedelta(days=published.weekday())
    week = dt.timedelta(days=7)
    out = []
    for hit in hits:
        if hit.date is not None and hit.precision == 1 and _BARE_WEEKDAY.match(hit.text.strip()) \
                and (week_ago and week_ago.start() < hit.start and (published - hit.date).days < 7
                     or last_week and last_week.start() < hit.start and hit.date >= this_monday):
            # the week is told first, then the day in it ("On Saturday, ... raided a week ago": no)
            hit = replace(hit, date=hit.date - week, start_date=hit.start_date - week if hit.start_date else None)
        out.append(hit)
    return out


# "in the past 24 hours", "over the previous two days": a span that ends on the day it was told
_SPAN_TO_NOW = re.compile(r"\b(?:past|last|previous)\b", re.IGNORECASE)


def _to_the_day_told(best: DateHit, hits: list[DateHit], sentence: str, published: dt.date | None) -> DateHit:
    """'The ministry said in a statement on Tuesday that 40 fighters had been killed in the
    previous 24 hours' (published Wednesday): the span ends on Tuesday, the day of the statement."""
    if published is None or best.date != published or best.precision > 2 or not _SPAN_TO_NOW.search(best.text):
        return best
    told = [h for h in hits if h is not best and h.date is not None and h.precision == 1 and h.date < published
            and _is_statement_day(h, sentence)]
    if not told:
        return best
    shift = published - told[0].date
    return replace(best, date=told[0].date, start_date=best.start_date - shift if best.start_date else None)


def resolve_event_date(sentence: str, published: dt.date | None,
                       default_to_published: bool = True) -> EventDate:
    """The date a sentence gives its event, resolved against the publication date."""
    hits = _in_the_week_before(find_date_hits(sentence, published), sentence, published)
    if hits:
        best = min(hits, key=lambda h: _rank(h, sentence))
        return _until(_as_event_date(_to_the_day_told(best, hits, sentence, published)), hits, sentence)
    if published is not None and default_to_published:
        return EventDate(published, published, 2, None, False)
    return EventDate(None, None, 3, None, False)


def resolve_relative_date(expression: str, published: dt.date) -> EventDate | None:
    """Resolve one time expression ("on Sunday", "last week", "June 8") against publication.

    None when the text holds no date expression.
    """
    hits = find_date_hits(expression, published)
    if not hits:
        return None
    return _as_event_date(min(hits, key=lambda h: _rank(h, expression)))
