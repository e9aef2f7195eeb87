"""Event dates for extraction: the sentence's own date, or the story's running date.

A sentence's own date expression wins, unless it only dates a statement
("..., the ministry said on Sunday") and the sentence continues the story
of the one before. A sentence without a date takes the running date of its
paragraph (or of the previous sentence, when it points back: "The attackers
also killed..."), else the publication date. "X comes two days after Y"
dates Y's clause two days before X. The flag returned with a date says
whether it is firm (written for the act itself); merging prefers firm dates.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from transforms.date_rules import WEEKDAY_WORDS, find_date_hits
from transforms.event_dates import EventDate, resolve_event_date, resolve_relative_date
from transforms.extract_clauses import Clause, clause_text
from transforms.extract_context import ArticleContext
from transforms.fatalities import TOLL_UPDATE
from transforms.not_events import without_states_since, without_trends_since
from transforms.sentences import Sentence

# "two days after US forces left": dated from another event, not from publication.
_OTHER_EVENT_OFFSET = re.compile(
    r"\b(?:just\s+|only\s+|some\s+)?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)\s+"
    r"(?:days?|weeks?|months?|years?|hours?)\s+(?:after|before|since)\b[^,.;]*", re.IGNORECASE)
# "the bulletin, read on national television on Friday evening, said ...": when the words were
# published, not when the act they report happened
_PUBLISHED_ASIDE = re.compile(r",\s+(?:read|broadcast|aired|published|posted|released|issued)\s+(?:out\s+)?(?:on|in|by|at)\b"
                              r"[^,.;]*,", re.IGNORECASE)
# "the deadliest attack since Washington stepped up its campaign last month", "since the war
# began in October": the day another story began, not this event's
_SINCE_OTHER_STORY = re.compile(
    r"\b(?:deadliest|worst|bloodiest|biggest|largest|heaviest|first|highest|most\s+\w+)\b[^.;]{0,60}?\bsince\b[^,.;]*"
    r"|\bsince\s+(?:[\w'’-]+\s+){1,4}?(?:began|begun|started|launched|stepped|took|seized|came|declared|announced|"
    r"ended|erupted|broke|returned)\b[^,.;]*", re.IGNORECASE)


def _unless_a_year(match: re.Match) -> str:
    """Drop the 'since ...' words, unless they name a year: "the deadliest since the December
    2014 assault, in which 140 were killed" tells that old event too, and its year keeps it
    background. So does a day the words go on to tell an event of ("the deadliest attack since
    March 2, when a drone hit ...")."""
    keep = re.search(r"\b(?:19|20)\d\d\b", match.group(0)) or re.match(r",\s+when\b", match.string[match.end():])
    return match.group(0) if keep else " "


_DASH = r"(?:--?|—|–)"  # "--" is the wires' plain-text em dash ("BAGHDAD, Aug. 8 (Xinhua) --")
# "ADDIS ABABA, Feb 3 (Reuters) -": the filing date, not the event's.
_DATELINE = re.compile(rf"^[A-Z][A-Z .'’-]{{2,}}(?:,\s*[^()\n—–]{{0,60}}?)?\s*(?:\([A-Za-z .]+\))?\s*{_DASH}\s+"
                       # "Addis Abeba, November 1, 2021 - ": the filing date, in mixed case
                       # ("Pemba, Mozambique, 14 Sep 2022 (Lusa) - ": with the country between)
                       rf"|^[A-Z][\w .'’-]{{2,40}},(?:\s+[A-Z][\w .'’-]{{2,40}},)?\s+(?:[A-Z][a-z]+\.?\s+\d{{1,2}}|"
                       rf"\d{{1,2}}\s+[A-Z][a-z]+\.?)(?:,?\s+\d{{4}})?"
                       rf"\s*(?:\([A-Za-z .]+\))?\s*{_DASH}\s+"
                       # "October 27, 2024 (WAD MADANI) – ": Sudan Tribune's date-first dateline
                       r"|^(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4})\s*"
                       rf"(?:\([A-Za-z .'’-]+\))?\s*{_DASH}\s+")
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told|statement|announced|confirmed|reported|added|stated)\b"
                            r"(?!\s+that\b)[^.]{0,12}$"  # "said that on Monday its air force struck": the act's day
                            r"|\btold\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}$")  # "told Radio Tamazuj on Tuesday"
# "A jihadist alliance on Saturday claimed the attacks": the day of the claim
_CLAIM_AFTER = re.compile(r"\s*(?:claimed|said|announced)\b")
_OFFSET_WORDS = re.compile(r"\b(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(days?|weeks?)\s+(after|before)\b", re.IGNORECASE)
# at the head of a sentence, counted from the day the story just told
# ("In a separate strike about an hour later": after a lead-in naming the act)
_DAYS_LATER = re.compile(r"^\W*(?:In\s+(?:a|another)\s+(?:separate\s+|second\s+|similar\s+)?[\w-]+\s+)?"
                         r"(?:(?:(a|one|two|three|four|five|six|seven)\s+days?|the\s+(?:next|following)\s+day)\s+later|"
                         r"the\s+(?:next|following)\s+day|(?:on\s+)?the\s+same\s+day|"
                         # "At about the same time, a strike hit ...", "Hours later, ...": the day just told
                         r"(?:at\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?the\s+same\s+time|"
                         r"(?:(?:a\s+few|several|two|three|some)\s+)?(?:minutes|hours)\s+later|"
                         r"(?:about\s+|around\s+|roughly\s+|nearly\s+|half\s+)?an\s+hour\s+later|"
                         # "Late that evening, fighters opened fire on a checkpoint": later on the day just told
                         r"(?:(?:late|early|later)\s+)?that\s+(?:same\s+)?(?:day|evening|night|afternoon|morning))\b",
                         re.IGNORECASE)
# "In the two days that followed, crowds set fire to buses": a range running on from the day just told
_DAYS_FOLLOWING = re.compile(r"^\W*(?:In|Over|During)\s+the\s+(?:(two|three|four|five|six|seven)\s+days\s+that\s+followed|"
                             r"(?:next|following)\s+(two|three|four|five|six|seven)\s+days)\b", re.IGNORECASE)
_PAST_PERFECT = re.compile(r"\bhad\s+(?:already\s+|also\s+|earlier\s+|previously\s+)?(?:been\s+)?\w+(?:ed|en|ck|ht|ot)\b",
                           re.IGNORECASE)
_NUMBER = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10}


_POINTS_BACK = re.compile(r"^\s*(?:In|During)\s+(?:that|those|this|these)\s+(?:\w+\s+)?(?:attacks?|bombings?|blasts?|"
                          r"explosions?|assaults?|raids?|strikes?|clash(?:es)?|incidents?|fighting|violence)\b",
                          re.IGNORECASE)


def sentence_date(sentence: Sentence, ctx: ArticleContext, continues: bool) -> tuple[EventDate, bool]:
    """The sentence's own date, else the paragraph's running date, else publication.

    The flag says whether the date is firm: written for the act itself, not
    only the day a statement was made ("said in a statement on Sunday") nor
    the publication day. Merging prefers firm dates.
    """
    # "In that attack, a suicide bomber ...": the event the sentence before told, across a paragraph break
    continues = continues or bool(_POINTS_BACK.match(sentence.text))
    text = _SINCE_OTHER_STORY.sub(_unless_a_year, _OTHER_EVENT_OFFSET.sub(" ", _DATELINE.sub(" ", sentence.text)))
    text = without_states_since(text)
    text = _PUBLISHED_ASIDE.sub(",", text)
    previous = ctx.dates.get(sentence.index - 1)
    back = sentence.index - 1
    while previous is None and back >= max(0, sentence.index - _UNTOLD_DAY_REACH) \
            and ctx.paragraph_of(back) == sentence.paragraph and back not in ctx.dates:
        # "On Sunday, about a hundred people carried the body ... Police fired tear gas to disperse
        # them": the sentences before told no event of their own, but their day is this one's ("The
        # violence erupted on July 11 ... Right Sector says ... Gunfire broke out ...")
        before = _DATELINE.sub(" ", ctx.sentences[back].text)
        told = resolve_event_date(before, ctx.published, default_to_published=False)
        if told.is_explicit and told.event_date is not None:
            if not _is_statement_date(before, told.expression):
                previous = (told, True)
            break
        back -= 1
    later = _DAYS_LATER.match(text)
    # the day last told outright, however many quotes and details came since ("... on Sunday. [the toll,
    # the claims] On the same day, the jihadists also attacked ...")
    last_told = next((ctx.dates[i] for i in range(sentence.index - 1, max(-1, sentence.index - 11), -1)
                      if i in ctx.dates and ctx.dates[i][0].event_date is not None and ctx.dates[i][0].is_explicit
                      and ctx.dates[i][1]),  # "..., the minister told reporters on Saturday": no event's day
                     None)
    if later and re.search(r"\bthat\b", later.group(0), re.IGNORECASE) and previous is not None:
        # "... entered the hospital on 19 February. Later that afternoon the men returned": the day of the
        # sentence just before, firm or not
        last_told = previous
    if later and last_told is not None:
        # "On Tuesday, pagers exploded ... A day later, walkie-talkies detonated": after the day just told
        said = later.group(0).lower()
        days = 0 if re.search(r"same|hour|minute|that", said) else (_NUMBER.get(later.group(1).lower(), 1) if later.group(1) else 1)
        day = last_told[0].event_date + dt.timedelta(days=days)
        ctx.dates[sentence.index] = (EventDate(day, day, last_told[0].time_precision, later.group(0), True), last_told[1])
        return ctx.dates[sentence.index]
    following = _DAYS_FOLLOWING.match(text)
    if following and last_told is not None:
        start = last_told[0].event_date + dt.timedelta(days=1)
        day = last_told[0].event_date + dt.timedelta(days=_NUMBER[(following.group(1) or following.group(2)).lower()])
        ctx.dates[sentence.index] = (EventDate(day, start, max(2, last_told[0].time_precision), following.group(0), True),
                                     last_told[1])
        return ctx.dates[sentence.index]
    own = resolve_event_date(text, ctx.published, default_to_published=False)
    told = [ctx.dates[i] for i in range(max(0, sentence.index - 3), sentence.index) if i in ctx.dates]
    if (continues and own.is_explicit and own.time_precision == 1 and told and told[-1][1]
            and _same_weekday_earlier(own, told[-1][0])):
        # "The killings took place on Monday, Jan. 29 ... 45 bodies were brought in on Monday and
        # Tuesday": the Monday the story is telling, not the one before publication
        own = replace(own, event_date=told[-1][0].event_date, date_start=told[-1][0].event_date)
    same_paragraph = ctx.paragraph_of(sentence.index - 1) == sentence.paragraph
    if own.is_explicit and own.event_date is not None:
        firm = not _is_statement_date(text, own.expression)
        if not firm and continues and previous is not None and previous[1]:
            own, firm = previous  # "also attacked X, the group said on Wednesday"
        # "Overnight, missiles had already struck ... on Oct. 9": a flashback; the story's own
        # time runs on after it
        # (its own verb, near its day: not "erupted on Tuesday when ..., where the opposition had hoped to")
        told_at = text.find(own.expression) if own.expression else -1
        flashback = previous is not None and any(told_at < 0 or p.start() < told_at + len(own.expression) + 60
                                                 for p in _PAST_PERFECT.finditer(text))
        recalled = bool(own.expression) and re.search(rf"\bsince\s+{re.escape(own.expression)},\s+when\b", text)
        if TOLL_UPDATE.search(text) or recalled:
            # "... died in hospital on Wednesday, bringing the toll to 10": the day of a death, which no
            # later "an hour later" counts from; "It was the deadliest attack since March 6, when a suicide
            # bomber ...": an older event recalled. The story's own time runs on from before either
            if previous is not None:
                ctx.dates[sentence.index] = previous
            return own, firm
        ctx.dates[sentence.index] = previous if flashback else (own, firm)
        return own, firm
    if previous is not None and (same_paragraph or continues):
        ctx.dates[sentence.index] = previous
        return previous
    lead = _lead_day(ctx)
    if lead is not None:
        # "Thousands took to the streets on Friday ... [new paragraph] In Hillah, police used water
        # cannons": an undated report goes on with the day the lead told, not the day of publication
        return lead, False
    return resolve_event_date(text, ctx.published, default_to_published=True), False


_UNTOLD_DAY_REACH = 3  # sentences of one paragraph a day told with no event of its own carries over
LEAD_SENTENCES = 4  # headline, source line, dateline: the lead is among the first few


def _lead_day(ctx: ArticleContext) -> EventDate | None:
    """The day the article's lead (its first dated sentence) gives its act outright ("... on
    Friday"), if it gives one."""
    first = min((i for i in ctx.dates if i < LEAD_SENTENCES), default=None)
    if first is None:
        return None
    told, firm = ctx.dates[first]
    if firm and told.is_explicit and told.time_precision == 1 and told.event_date is not None:
        return told
    return None


_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.IGNORECASE)


def _same_weekday_earlier(own: EventDate, story: EventDate) -> bool:
    """A bare weekday ("on Monday") naming the weekday of the story's firm day, a week or two
    before the one it resolves to: that earlier day is meant."""
    if own.expression is None or story.event_date is None or story.time_precision != 1:
        return False
    named = _WEEKDAY.search(own.expression)
    if named is None or re.search(r"\d|last|this|past", own.expression, re.IGNORECASE):
        return False
    told = _WEEKDAY.search(story.expression or "")  # the story wrote its day as "Monday, Jan. 29"
    gap = (own.event_date - story.event_date).days
    return gap in (7, 14) and told is not None and told.group(1).lower() == named.group(1).lower()


def _is_statement_date(text: str, expression: str | None) -> bool:
    """'..., the ministry said on Sunday': the date of the words, not of the act."""
    if not expression:
        return False
    at = text.find(expression)
    return at >= 0 and bool(_SPEECH_BEFORE.search(text[max(0, at - 30):at])
                            or _CLAIM_AFTER.match(text, at + len(expression)))


# "on Friday", "during Friday prayers": a weekday alone, with no month or day of its own
_WEEKDAY_ONLY = re.compile(rf"(?:\w+\s+)?(?:{'|'.join(sorted(WEEKDAY_WORDS))})(?:\s+\w+)?", re.IGNORECASE)


def _subordinate_date(doc, clause: Clause, published: dt.date | None) -> EventDate | None:
    """'..., which Ankara blames for a bombing in Istanbul last week': a clause under the
    main one that carries its own date is dated by it, not by the main clause's "on Sunday"."""
    if clause.head.dep_ not in ("relcl", "advcl", "acl") or clause.cited is not None:
        return None  # a reported clause ("insurgents seized X on Friday, sources said") is the main story
    # ("when gunmen attacked X, an area which has seen attacks since 2017": how long a trend ran, no day)
    text = without_trends_since(without_states_since(_DATELINE.sub(" ", clause_text(doc, clause))))
    own = resolve_event_date(text, published, default_to_published=False)
    if not own.is_explicit or own.event_date is None or _is_statement_date(text, own.expression):
        return _date_before_when(doc, clause, published)
    if _WEEKDAY_ONLY.fullmatch(own.expression or ""):
        # "in December 2009, when militants stormed the mosque during Friday prayers": a weekday inside
        # the when-clause is a day of the month told before it, not of the week before publication
        return _date_before_when(doc, clause, published) or own
    return own


def _date_before_when(doc, clause: Clause, published: dt.date | None) -> EventDate | None:
    """'the deadliest since July, when a suicide bomber killed 149', 'in 2012, when a bombing
    killed ...': a when-clause hung from a date tells what happened on that date."""
    if not any(c.lower_ == "when" for c in clause.head.children if c.dep_ == "advmod"):
        return None
    start = next(iter(clause.head.subtree)).idx
    before = doc.text[max(0, start - 50):start]
    comma = re.search(r",\s*$", before)
    if comma is None:
        return None
    hits = find_date_hits(before[:comma.start()], published)
    if not hits or hits[-1].end != comma.start() or published is None:
        return None
    own = resolve_relative_date(hits[-1].text, published)
    return own if own is not None and own.event_date is not None else None


def clause_date(doc, clause: Clause, base: EventDate, published: dt.date | None = None) -> EventDate:
    """'X comes two days after Y happened': Y is dated N days before X; a cited event with
    its own day ("days after a blast during Friday prayers") takes that day."""
    if clause.cited is not None:
        # "days after a blast during Friday prayers", "nine days after gunmen stormed X on
        # February 17": the cited event's own day, when it has one, beats counting back
        offset = _OFFSET_WORDS.match(doc.text, clause.cited[0])
        cited_text = doc.text[offset.end() if offset else clause.cited[0]:clause.cited[1]]
        own = resolve_event_date(cited_text, published, default_to_published=False)
        told_at = doc.text.find(base.expression) if base.is_explicit and base.expression else -1
        if own.is_explicit and own.event_date is not None and clause.cited[0] <= told_at < clause.cited[1] \
                and base.time_precision <= own.time_precision:
            return base  # "days after ... a drone strike on Thursday, September 21": the span stops at the comma
        if own.is_explicit and own.event_date is not None:
            return own
    own = _subordinate_date(doc, clause, published)
    if own is not None:
        return own
    match = _OFFSET_WORDS.search(doc.text)
    if match is None or base.event_date is None:
        return base
    if base.expression and doc.text.find(base.expression) > match.end():
        return base  # "nine days after gunmen stormed X on February 17": the day is the cited event's
    marks = [c.lower_ for c in clause.head.children if c.dep_ == "mark"]
    cited_here = clause.cited is not None and clause.cited[0] == match.start()
    if not cited_here and (match.group(3).lower() not in marks or clause.head.idx < match.start()):
        return base
    count = _NUMBER.get(match.group(1).lower()) or (int(match.group(1)) if match.group(1).isdigit() else 1)
    days = count * (7 if match.group(2).lower().startswith("week") else 1)
    shift = dt.timedelta(days=-days if match.group(3).lower() == "after" else days)
    start = (base.date_start or base.event_date) + shift
    return EventDate(base.event_date + shift, start, base.time_precision, match.group(0), base.is_explicit)


# "which has killed more than 2,300 civilians since late March": a toll counted since a date
_TALLY_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+){0,2}?(?:killed|claimed|left|cost)\b[^.;]*$", re.IGNORECASE)


def date_outside_asides(date: EventDate, whole_text: str, main_text: str, sentence: Sentence,
                        ctx: ArticleContext) -> EventDate:
    """'In Kobani, a town that was the scene of a battle in 2014, warplanes struck ...': a
    date only inside an aside about a place dates the place's past, not this act; the act
    takes the date of its own words, else the story's running date, else publication.

    `whole_text` is the clause with its asides, `main_text` without them."""
    if not date.expression or date.expression in main_text or date.expression not in whole_text \
            or date.time_precision == 1 or sentence.text.lstrip(" \"'“(").startswith(date.expression) \
            or date.expression.lower().startswith("since ") and _TALLY_BEFORE.search(
                whole_text[max(0, whole_text.find(date.expression) - 90):whole_text.find(date.expression)]):
        # a named day is the act's even when the parse hangs it on an aside; so is a sentence's opening
        # time ("In the two days that followed, crowds ..."), and the start of a tally ("the war, which has
        # killed more than 2,300 civilians since late March": the count's span, not an aside's past)
        return date
    own = resolve_event_date(main_text, ctx.published, default_to_published=False)
    if own.is_explicit and own.event_date is not None:
        return own
    previous = ctx.dates.get(sentence.index - 1)
    if previous is not None:
        return previous[0]
    return resolve_event_date("", ctx.published, default_to_published=True)
