"""Language of an article body, offline with py3langid."""
from __future__ import annotations

import re
from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

# Below this many letters the identifier guesses (three words can look like
# Ligurian); the corpus is English news, so short texts are taken as English.
MIN_LETTERS = 60
# Below this probability the guess is not trusted and English is assumed.
MIN_CONFIDENCE = 0.8
# The opening of a long article decides its language; classifying all of it
# costs time and changes nothing.
MAX_CHARS = 3000
DEFAULT_LANGUAGE = "en"
_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    # Loading the model takes ~0.5 s: once per process.
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """Return (ISO 639-1 code, probability) of `text`.

    Texts with fewer than MIN_LETTERS letters, and guesses below
    MIN_CONFIDENCE, give (DEFAULT_LANGUAGE, 0.0): too little to tell.
    """
    sample = text[:MAX_CHARS]
    if len(_LETTER.findall(sample, 0, 4 * MIN_LETTERS)) < MIN_LETTERS:
        return DEFAULT_LANGUAGE, 0.0
    language, probability = _identifier().classify(sample)
    if probability < MIN_CONFIDENCE:
        return DEFAULT_LANGUAGE, 0.0
    return language, float(probability)
