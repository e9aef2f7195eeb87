"""Line classifier: decide, line by line, what is article body in plain text.

Rules run in passes, each only on lines no earlier pass dropped, and every
dropped line records the rule that dropped it:

1. per line: `blank`, the boilerplate lexicon (boilerplate.py, one rule name
   per pattern family), `date_line`, `repeat` (same fingerprint as an
   earlier line: captions printed twice, headline repeated), `outlet_repeat`
   (in at least OUTLET_MIN_ARTICLES other articles of the same outlet);
2. context: a bare label takes its value line (`Image caption,` + caption,
   `Tags :` + tag list) or the teaser headlines under it (`READ MORE`); a
   bare photo credit takes the caption printed just above it (`caption`);
   `glossary` blocks (short term line + definition line, 3+ times in a row);
   everything after a comment-section or tag-list marker (`after_...`);
3. shape: `fragment_run` (3+ fragments in a row: menus, teaser lists),
   `head_fragment` / `tail_fragment` (fragments before the first or after
   the last prose line; the headline just above the body is kept).

A "fragment" is a line that is not prose (clean_shapes.is_prose): no final
punctuation and under LONG_LINE_WORDS words, a title-cased label, or a word
list without stop words. A lone fragment between prose lines is a
sub-heading and is kept. Hard-wrapped paragraphs are judged as one line.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from transforms.boilerplate import (
    END_MARKER_RULES,
    LABEL_RULES,
    TEASER_LABEL_RULES,
    is_bare_label,
    match_boilerplate,
)
from transforms.clean_shapes import (
    group_wrapped_lines,
    is_definition,
    is_glossary_term,
    is_prose,
    is_teaser,
    line_fingerprint,
    word_count,
)
from transforms.pubdate import parse_date_line
from transforms.records import LineDecision

_BULLET = re.compile(r"[-•*–▪●◦]\s+\S")
HEADING_MAX_WORDS = 5  # a heading over a bullet list is a few words
FRAGMENT_RUN_MIN = 3  # this many fragments in a row are a menu or teaser list
TEASER_MAX_LINES = 6
HEADLINE_MIN_WORDS = 4  # preferred headline length; shorter head lines are often names
CAPTION_MAX_WORDS = 45
GLOSSARY_MIN_PAIRS = 3
# Lines seen in this many OTHER articles of the same outlet are site furniture.
OUTLET_MIN_ARTICLES = 3
# Prose lines need more evidence: an outlet reuses background paragraphs.
OUTLET_MIN_ARTICLES_PROSE = 10
# After a tag or related-stories marker, a prose line this long means the
# article goes on (an inline box), so nothing is cut.
END_MARKER_LONG_PROSE_WORDS = 30


@dataclass(frozen=True)
class ClassifiedText:
    """Per-line decisions for one text, the body they leave, and the headline.

    `body` is the kept paragraphs joined with "\n"; a hard-wrapped paragraph
    is one line of the body (its lines joined with spaces), otherwise each
    kept line is one body line.
    """

    lines: tuple[LineDecision, ...]
    body: str
    headline: str | None


class _Lines:
    """Mutable working state of one classification: one entry per paragraph
    (a line, or the lines of a hard-wrapped paragraph), with rules and prose flags."""

    def __init__(self, text: str) -> None:
        self.physical = text.split("\n")
        self.groups = group_wrapped_lines(self.physical)
        self.texts = [" ".join(self.physical[j] for j in group) for group in self.groups]
        self.rules: list[str | None] = [None] * len(self.texts)
        self.prose = [bool(t) and is_prose(t) for t in self.texts]

    def alive(self) -> list[int]:
        return [i for i, rule in enumerate(self.rules) if rule is None]

    def drop(self, index: int, rule: str) -> None:
        if self.rules[index] is None:
            self.rules[index] = rule


def _mark_line_rules(work: _Lines, outlet_counts: Mapping[str, int]) -> None:
    seen: set[str] = set()
    for i, text in enumerate(work.texts):
        if not text:
            work.rules[i] = "blank"
            continue
        fingerprint = line_fingerprint(text)
        rule = match_boilerplate(text)
        if rule is None and parse_date_line(text) is not None:
            rule = "date_line"
        if rule is None and fingerprint and fingerprint in seen:
            rule = "repeat"
        if rule is None and fingerprint:
            needed = OUTLET_MIN_ARTICLES_PROSE if work.prose[i] else OUTLET_MIN_ARTICLES
            if outlet_counts.get(fingerprint, 0) >= needed:
                rule = "outlet_repeat"
        work.rules[i] = rule
        seen.add(fingerprint)


def _mark_labels_and_captions(work: _Lines) -> None:
    non_blank = [i for i, t in enumerate(work.texts) if t]
    for position, i in enumerate(non_blank):
        rule = work.rules[i]
        following = non_blank[position + 1] if position + 1 < len(non_blank) else None
        if rule in LABEL_RULES and is_bare_label(work.texts[i]) and following is not None:
            if rule == "caption_marker" or not work.prose[following]:
                work.drop(following, rule)
        if rule == "section_label" and _heads_bullet_list(work, following):
            work.rules[i] = None
        if rule in TEASER_LABEL_RULES and is_bare_label(work.texts[i]):
            for j in non_blank[position + 1: position + 1 + TEASER_MAX_LINES]:
                if not is_teaser(work.texts[j]):
                    break
                work.drop(j, rule)
        # A bare credit printed right under a line makes that line a caption.
        # Not the first line (the headline), not a long paragraph, and not at
        # the end of the text, where "Reuters" signs off the last paragraph.
        if (rule == "photo_credit" and position > 1 and non_blank[position - 1] == i - 1
                and word_count(work.texts[i - 1]) <= CAPTION_MAX_WORDS
                and any(work.prose[j] for j in non_blank[position + 1:])):
            work.drop(i - 1, "caption")


def _heads_bullet_list(work: _Lines, following: int | None) -> bool:
    """True when the line above `following` is a heading over bulleted body sentences.

    A section word over a list of bulleted sentences ("HIGHLIGHTS", "Key
    points") heads body facts, not a menu or a teaser list.
    """
    return (following is not None and work.rules[following] is None
            and work.prose[following] and bool(_BULLET.match(work.texts[following])))


def _mark_glossary(work: _Lines) -> None:
    alive = work.alive()
    k = 0
    while k < len(alive):
        pairs = 0
        j = k
        while (j + 1 < len(alive) and is_glossary_term(work.texts[alive[j]])
               and is_definition(work.texts[alive[j + 1]], work.texts[alive[j]])):
            pairs += 1
            j += 2
        if pairs >= GLOSSARY_MIN_PAIRS:
            for i in alive[k:j]:
                work.drop(i, "glossary")
            k = j
        else:
            k += 1


def _mark_after_end_marker(work: _Lines) -> None:
    alive_prose = [i for i in work.alive() if work.prose[i]]
    if not alive_prose:
        return
    for i, rule in enumerate(work.rules):
        if rule not in END_MARKER_RULES or i < alive_prose[0]:
            continue
        before = sum(word_count(work.texts[p]) for p in alive_prose if p < i)
        after_lines = [p for p in alive_prose if p > i]
        after = sum(word_count(work.texts[p]) for p in after_lines)
        long_after = any(word_count(work.texts[p]) >= END_MARKER_LONG_PROSE_WORDS for p in after_lines)
        if after >= before or (rule != "comment_section" and long_after):
            continue
        for j in range(i + 1, len(work.texts)):
            work.drop(j, f"after_{rule}")
        return


# "By L'Orient Today staff", "Jan 29, 2021": the byline and date stamp between headline and body
_BYLINE_OR_DATE = re.compile(
    r"^(?:(?:by|written\s+by|reporting\s+by|from)\s+\S"
    r"|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}\s+)?[a-z]{3,9}\.?\s+\d{1,2}(?:,\s+|\s+)\d{4}\b"
    r"|\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}\b)", re.IGNORECASE)


def _headline_index(work: _Lines) -> int | None:
    alive = work.alive()
    first_prose = next((i for i in alive if work.prose[i]), None)
    if first_prose is None:
        return None
    before = [i for i in alive if i < first_prose and not _BYLINE_OR_DATE.match(work.texts[i])][-3:]
    for i in reversed(before):
        if word_count(work.texts[i]) >= HEADLINE_MIN_WORDS:
            return i
    if before and word_count(work.texts[before[-1]]) >= 3:
        return before[-1]
    return None


def _mark_fragments(work: _Lines, headline: int | None) -> None:
    alive = work.alive()
    keep = {i for i, following in zip(alive, alive[1:])
            if word_count(work.texts[i]) <= HEADING_MAX_WORDS and _heads_bullet_list(work, following)}
    if headline is not None:
        keep.add(headline)
    run: list[int] = []
    for i in work.alive() + [None]:
        if i is not None and not work.prose[i]:
            run.append(i)
            continue
        if len(run) >= FRAGMENT_RUN_MIN:
            for j in run:
                if j not in keep:
                    work.drop(j, "fragment_run")
        run = []
    prose = [i for i in work.alive() if work.prose[i]]
    if not prose:
        return
    for i in work.alive():
        if i < prose[0] and i not in keep:
            work.drop(i, "head_fragment")
        elif i > prose[-1]:
            work.drop(i, "tail_fragment")


def classify_lines(text: str, outlet_counts: Mapping[str, int] | None = None) -> ClassifiedText:
    """Decide for every line of normalised `text` whether it is article body.

    `outlet_counts` maps line_fingerprint -> number of other articles of the
    same outlet that contain the line. Returns one LineDecision per line
    (blank lines included, rule "blank"), the body text, and the headline
    when the kept text starts with one. Hard-wrapped paragraphs are judged
    as a whole and all their lines share one decision.
    """
    work = _Lines(text)
    _mark_line_rules(work, outlet_counts or {})
    _mark_labels_and_captions(work)
    _mark_glossary(work)
    _mark_after_end_marker(work)
    headline = _headline_index(work)
    _mark_fragments(work, headline)
    decisions = tuple(
        LineDecision(line_no=j + 1, text=work.physical[j], kept=rule is None, rule=rule)
        for group, rule in zip(work.groups, work.rules) for j in group
    )
    body = "\n".join(t for t, rule in zip(work.texts, work.rules) if rule is None)
    kept_headline = headline if headline is not None and work.rules[headline] is None else None
    return ClassifiedText(decisions, body, work.texts[kept_headline] if kept_headline is not None else None)
