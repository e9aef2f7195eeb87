"""Text normalisation: the first step of cleaning, before any line rule.

Line numbers in `LineDecision` and evidence offsets into `body_text` refer
to the text this module returns, so every later stage must see exactly it.
"""
from __future__ import annotations

import re
import unicodedata

import ftfy

# ftfy is the slowest step of plain-text cleaning (~1.5 ms per article), so
# it only runs when the text holds something it could fix: a UTF-8 lead byte
# read as Latin-1/cp1252 followed by a continuation-looking character (the
# shape of all UTF-8 mojibake), C1 control characters, or lone surrogates.
_MOJIBAKE_HINT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
    "\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030"
    "\u2039\u203a\u20ac\u2122]"
    "|[\u0080-\u009f\ud800-\udfff]"
)
# Curly quotes are kept: uncurling would change quoted text the reader sees.
_FTFY_CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False, unescape_html=False, explain=False)

# Everything str.splitlines() treats as a line break becomes "\n", so our
# line numbers match the raw file's lines as other tools count them.
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff]")
_SPACES = re.compile("[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")


def normalize_text(text: str) -> str:
    """Return `text` repaired and regularised, line structure preserved.

    Fixes mojibake (ftfy, keeping curly quotes), applies NFC, turns every
    line-break character into "\\n", removes zero-width and soft-hyphen
    characters, and collapses runs of spaces/tabs/no-break spaces into one
    space with each line stripped. Blank lines are kept so line numbers still
    match the input.
    """
    if not text:
        return ""
    # Line breaks first: ftfy would read U+0085 as a cp1252 ellipsis, and
    # line numbers must match str.splitlines() on the input.
    text = _LINE_BREAKS.sub("\n", text)
    if _MOJIBAKE_HINT.search(text):
        text = ftfy.fix_text(text, _FTFY_CONFIG)
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(lines)
