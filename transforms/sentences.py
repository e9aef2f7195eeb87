"""Split body text into sentences with exact character offsets.

A regex splitter: far cheaper than parsing every sentence, and good enough
to find candidate sentences (only those get a dependency parse). Each line
of body text is a paragraph; a sentence never crosses a line break.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr gen lt col capt sgt maj brig adm cpl pvt gov sen rep st
    no nos vs etc jan feb mar apr aug sept sep oct nov dec u.s u.n u.k e.g i.e
    a.m p.m approx est dept fig jr sr prof rev hon""".split()
)
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")


@dataclass(frozen=True)
class Sentence:
    """One sentence: `text == body_text[start:end]`."""

    text: str
    start: int
    end: int
    paragraph: int  # index of the line (paragraph) the sentence sits in
    index: int  # position of the sentence in the article


def _ends_with_abbreviation(chunk: str) -> bool:
    """True when the chunk's last word is an abbreviation or an initial."""
    match = re.search(r"([A-Za-z][A-Za-z.]*)[.]+[\"'”’)\]]*$", chunk.rstrip())
    if not match:
        return False
    word = match.group(1).lower().rstrip(".")
    return word in _ABBREVIATIONS or len(word) == 1


def _split_line(line: str, offset: int) -> list[tuple[int, int]]:
    """Sentence spans (absolute offsets) of one line."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(line):
        cut = match.end()
        piece = line[start:cut]
        if _ends_with_abbreviation(piece):
            continue
        spans.append((start, cut))
        start = cut
    spans.append((start, len(line)))
    result = []
    for s, e in spans:
        text = line[s:e]
        stripped_left = len(text) - len(text.lstrip())
        stripped_right = len(text.rstrip())
        if stripped_right > stripped_left:
            result.append((offset + s + stripped_left, offset + s + stripped_right))
    return result


def split_sentences(body_text: str) -> list[Sentence]:
    """Split `body_text` into sentences; offsets index into `body_text`."""
    sentences: list[Sentence] = []
    offset = 0
    paragraph = 0
    for line in body_text.split("\n"):
        if line.strip():
            for start, end in _split_line(line, offset):
                sentences.append(
                    Sentence(body_text[start:end], start, end, paragraph, len(sentences))
                )
            paragraph += 1
        offset += len(line) + 1
    return sentences


# a quotation never crosses a line: “...” or "..." within one paragraph
_QUOTATION = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")


def quoted_spans(body_text: str) -> list[tuple[int, int]]:
    """Character spans of direct quotations ("...", “...”) in `body_text`."""
    return [(m.start(), m.end()) for m in _QUOTATION.finditer(body_text)]


def is_quoted(spans: list[tuple[int, int]], start: int) -> bool:
    """True when offset `start` falls inside one of `spans`."""
    return any(s < start < e for s, e in spans)
