"""Line shapes for the cleaning classifier: word counts, prose or fragment, teaser,
glossary term and definition, fingerprints, and hard-wrapped paragraphs.

Pure functions of one line (or one text), no state.
"""
from __future__ import annotations

import re
import unicodedata

LONG_LINE_WORDS = 20  # a line this long is prose even without final punctuation
MIN_STOP_RATIO = 0.12  # prose has function words; tag lists and menus do not
TEASER_MAX_WORDS = 16  # a teaser headline under "READ MORE" is at most this long
GLOSSARY_TERM_WORDS = 5
# Hard-wrapped text: every line at most this long, most full lines near the
# width, so a line close to the width continues on the next line.
WRAP_MAX_WIDTH = 100
WRAP_MIN_FULL_LINES = 5
WRAP_FULL_SHARE = 0.7

_STOP_WORDS = frozenset(
    "a about after against all also an and any are as at be been before being between both but "
    "by can could did do does during each for from had has have he her here him his how i if in "
    "into is it its itself more most no nor not of off on once only or other our out over own "
    "said says she should so some such than that the their them then there these they this those "
    "through to too under until up very was we were what when where which while who whom why "
    "will with would you your".split()
)
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_DIGITS_TO_ZERO = str.maketrans("123456789", "000000000")
_NON_WORD = re.compile(r"[\W_]+")
_WIDE_CHARS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_CLOSERS = "\"'”’»)]*"
_TERMINAL = ".!?…。！？؟۔।"
_OPEN_QUOTES = "\"“‘'«"
_ATTRIBUTION = re.compile(r"(?:^|\s)[\"“‘]\w|\b(?:said|says|told|according to|reported)\b")
_DEFINITION_VERB = re.compile(r"\b(?:is|are|was|were|refers? to|represents|means|denotes)\b", re.I)


def line_fingerprint(line: str) -> str:
    """Normalised form of a line for counting repeats: casefolded, digits as 0, no punctuation."""
    text = line if line.isascii() else unicodedata.normalize("NFKC", line)
    return " ".join(_NON_WORD.sub(" ", text.casefold().translate(_DIGITS_TO_ZERO)).split())


def words_of(line: str) -> list[str]:
    """Word tokens of a line (letters first; digits-only tokens are not words)."""
    return _WORD.findall(line)


def word_count(line: str) -> int:
    """Number of words; scripts written without spaces count two characters as a word."""
    # Scripts written without spaces: count two characters as a word.
    return max(len(words_of(line)), len(_WIDE_CHARS.findall(line)) // 2)


def is_prose(line: str) -> bool:
    """True for body-like lines: a sentence with final punctuation, a quote, or a long line."""
    words = words_of(line)
    count = word_count(line)
    if count == 0:
        return False
    stop_ratio = sum(w.lower() in _STOP_WORDS for w in words) / max(len(words), 1)
    if count >= LONG_LINE_WORDS:
        return stop_ratio >= MIN_STOP_RATIO or not words
    if line[0] in _OPEN_QUOTES and count >= 4:
        return True
    if line.rstrip(_CLOSERS)[-1:] not in _TERMINAL or count < 2:
        return False
    title_cased = all(w[0].isupper() for w in words)
    return not (title_cased and count <= 6)


def is_teaser(line: str) -> bool:
    """Teasers are headlines: short, and never a full-stop sentence."""
    return word_count(line) <= TEASER_MAX_WORDS and not line.rstrip(_CLOSERS).endswith(".")


def is_glossary_term(line: str) -> bool:
    """A short capitalised term line without final punctuation ("Ceasefire")."""
    words = words_of(line)
    return (0 < len(words) <= GLOSSARY_TERM_WORDS and line[0].isupper()
            and line.rstrip(_CLOSERS)[-1:] not in _TERMINAL + ":")


def is_definition(line: str, term: str) -> bool:
    """A line that reads like a dictionary entry for `term` ("A junta is ...")."""
    words = words_of(line)
    if len(words) <= GLOSSARY_TERM_WORDS:
        return False
    head = " ".join(words[:10])
    # News paragraphs quote and attribute; dictionary entries do not.
    if _ATTRIBUTION.search(line):
        return False
    return (line[0].islower() or words[0] in ("A", "An") or line.startswith(term)
            or bool(_DEFINITION_VERB.search(head)))




def group_wrapped_lines(lines: list[str]) -> list[list[int]]:
    """Indices of `lines` grouped into paragraphs.

    One group per line, unless the text is hard-wrapped (no line longer than
    WRAP_MAX_WIDTH, several lines near the longest): then a line continues on
    the next one when the next line's first word would not have fitted on it.
    """
    lengths = [len(line) for line in lines if line]
    width = max(lengths, default=0)
    full = sum(length >= WRAP_FULL_SHARE * width for length in lengths)
    if width > WRAP_MAX_WIDTH or full < WRAP_MIN_FULL_LINES:
        return [[i] for i in range(len(lines))]
    groups: list[list[int]] = [[0]] if lines else []
    for i in range(1, len(lines)):
        previous, line = lines[i - 1], lines[i]
        if previous and line and len(previous) + 1 + len(line.split()[0]) > width:
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups
