"""Place-name normalisation: the keys the gazetteer index is built on.

Two keys per name:

* `fold_name` - accents off, case folded, apostrophes dropped, punctuation
  to single spaces. "Imām Şāḩib" -> "imam sahib". Used to tell an exact
  name match from a looser one.
* `name_key` - `fold_name` minus generic words ("district", "province",
  "city" ...), the Persian/Arabic izafe connectors ("-e-", "-i-", "-ye-")
  and Arabic articles inside a name ("al-", "ez-"), with the spaces
  removed. "Sar-i-Pul" and "Sar-e Pul" both become "sarpul", "Imam Sahib"
  and "Imamsahib" both "imamsahib". The index maps these keys to places.

`display_name` picks the English short name of an admin unit from its
GeoNames name and alternate names ("Ghowr" -> "Ghor", "Sar-e Pol Province"
-> "Sar-e Pol"): GeoNames keeps some admin units under an old or formal
name, while analysts and ACLED use the common one.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

from rapidfuzz import fuzz

# Letters NFKD does not decompose into an ASCII base letter.
_LETTER_MAP = str.maketrans({
    "ı": "i", "ə": "e", "ø": "o", "đ": "d", "ł": "l", "æ": "ae", "œ": "oe",
    "þ": "th", "ð": "d", "ħ": "h", "ŧ": "t",
})
_APOSTROPHES = re.compile(r"[\u0027\u0060\u00b4\u02b9-\u02bf\u2018\u2019\u201b\u2032\u02c8]")
_SEPARATORS = re.compile(r"[^0-9a-z\u0080-\uffff]+")

# Words that name the kind of unit, not the unit. Several languages because
# GeoNames alternate names carry them ("Provincia de Kandahar").
GENERIC_WORDS = frozenset({
    "district", "districts", "province", "provinces", "provincial", "city",
    "region", "regional", "governorate", "state", "oblast", "raion", "rayon",
    "county", "prefecture", "municipality", "division", "department",
    "municipal", "town", "village", "area", "territory", "zone", "wilaya",
    "wilayah", "wilayat", "velayat", "vilayeti", "muhafazat", "provincia",
    "provincie", "provinz", "province", "propinsi", "provinsi", "probintzia",
    "provinco", "distrito", "distretto", "districte", "daerah", "quan",
    "lalawigan", "seng", "tumani", "ilcesi", "departement", "viloyati",
    "vilayati", "maakunta", "provints", "tartomany", "provincija", "tinh",
    "of", "de", "di", "d", "del", "the", "ng",
})
# Izafe connectors between two words of a Persian/Dari/Pashto/Urdu name.
_CONNECTORS = frozenset({"e", "i", "ye", "yi", "y"})
# Arabic definite article written as a separate word (after hyphen split).
_ARTICLES = frozenset({
    "al", "el", "ul", "ad", "ar", "as", "at", "az", "an", "ash", "adh",
    "ed", "er", "es", "et", "ez", "en", "esh", "ech",
})
# Words dropped from the end of a GeoNames name to make a display name.
_DISPLAY_SUFFIXES = (
    " regional state", " province", " region", " state", " governorate",
    " district", " oblast", " oblast'", " raion", " county", " cercle",
    " sub-prefecture", " department", " division", " prefecture",
)
# Words put in front of a unit's name in French/Portuguese/Arabic GeoNames names.
_DISPLAY_PREFIX = re.compile(
    r"^(?:(?:province|departement|département|prefecture|préfecture|sous-prefecture|caza|"
    r"circunscricao|circunscrição|cidade|distrito|muhafazat|cercle)\s+"
    r"(?:(?:du|de la|des|de l'|de|d'|da|do)\s*)?)", re.IGNORECASE)


def fold_name(text: str) -> str:
    """Lower-case, accent-free, apostrophe-free, single-spaced form of a name."""
    if text.isascii():
        plain = text.lower().replace("'", "").replace("`", "")
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        plain = "".join(c for c in decomposed if not unicodedata.combining(c))
        plain = _APOSTROPHES.sub("", plain.casefold()).translate(_LETTER_MAP)
    return _SEPARATORS.sub(" ", plain).strip()


def name_tokens(text: str) -> list[str]:
    """The meaningful tokens of a name: generic words, connectors and articles removed.

    A name made only of generic words ("City", "State") keeps its tokens,
    so that nothing collapses to an empty key.
    """
    tokens = fold_name(text).split()
    kept = [t for t in tokens if t not in GENERIC_WORDS]
    if not kept:
        return tokens
    if len(kept) > 1:
        # A connector or article only counts as one inside a longer name.
        inner = [t for t in kept if t not in _CONNECTORS and t not in _ARTICLES]
        kept = inner or kept
    return kept or tokens


def name_key(text: str) -> str:
    """The index key of a name: "Sar-i-Pul" == "Sar-e Pul" == "sarpul"."""
    return "".join(name_tokens(text))


# Spelling pairs that English transliterations of Persian, Arabic, Pashto
# and African names use interchangeably (Ghor/Gor, Qunduz/Kunduz, Wardak/Vardak).
_TRANSLIT_PAIRS = (("kh", "k"), ("gh", "g"), ("sh", "s"), ("ch", "c"), ("th", "t"), ("dh", "d"),
                   ("ph", "f"), ("zh", "z"), ("q", "k"), ("w", "v"), ("ou", "u"), ("oo", "u"),
                   ("ee", "i"), ("y", "i"))
_DOUBLED = re.compile(r"(.)\1+")


def translit_key(key: str) -> str:
    """A looser form of a `name_key` for fuzzy comparison only: "ghor", "gore" -> "gor".

    Folds digraphs and letters that transliterations swap, doubled letters
    and a silent final "e". Never used as an index key: too many unrelated
    names share it.
    """
    for old, new in _TRANSLIT_PAIRS:
        key = key.replace(old, new)
    key = _DOUBLED.sub(r"\1", key)
    return key[:-1] if len(key) > 3 and key.endswith("e") else key


# Vowels that Arabic, Persian and Pashto names are written with either way
# (Noshki/Nushki, Jumaa/Jumah), for the last-resort `loose_key` only.
_LOOSE_VOWELS = (("o", "u"), ("e", "i"))
_FINAL_H = re.compile(r"(?<=[aiu])h$")


def loose_key(key: str) -> str:
    """`translit_key` with o/u and e/i folded and a final "h" after a vowel dropped:
    "noshki" and "nushki" -> "nuski", "souqjumaa" and "suqjumah" -> "sukjuma".

    Looser still than `translit_key`: only for matching a name that matched
    nothing else against the places of one known country.
    """
    key = translit_key(key)
    for old, new in _LOOSE_VOWELS:
        key = key.replace(old, new)
    return _DOUBLED.sub(r"\1", _FINAL_H.sub("", key))


def is_latin(text: str) -> bool:
    """True when the name is written in Latin letters (after folding)."""
    folded = fold_name(text)
    return bool(folded) and all(c.isascii() for c in folded)


def strip_generic_suffix(name: str) -> str:
    """'Sar-e Pol Province' -> 'Sar-e Pol'; 'Province du Soum' -> 'Soum'."""
    prefix = _DISPLAY_PREFIX.match(name)
    if prefix and len(name) > prefix.end() + 1:
        name = name[prefix.end():]
        name = name[0].upper() + name[1:]
    lowered = name.casefold()
    for suffix in _DISPLAY_SUFFIXES:
        if lowered.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)].strip(" -")
    return name


def display_name(name: str, asciiname: str, alternate_names: Iterable[str] = ()) -> str:
    """The common English short name of an admin unit.

    Every Latin-script name of the unit votes for its key (generic words
    removed, so "Ghor Province" and "Provincia Ghor" vote for "ghor"). The
    key with most votes wins; ties go to the GeoNames ASCII name. The winner
    is written in its most frequent ASCII spelling.
    """
    base = strip_generic_suffix(asciiname or name)
    base_key = name_key(base)
    votes: Counter[str] = Counter()
    english_keys: set[str] = set()  # keys written with an English generic word ("Ghor Province")
    spellings: dict[str, Counter[str]] = {}
    for surface in (base, *alternate_names):
        if not is_latin(surface):
            continue
        key = name_key(surface)
        if not key:
            continue
        votes[key] += 1
        core = strip_generic_suffix(surface.strip())
        if core != surface.strip():
            english_keys.add(key)
        if core.isascii() and not GENERIC_WORDS.intersection(fold_name(core).split()):
            spellings.setdefault(key, Counter())[core] += 1
    if not votes:
        return base
    best_count = max(votes.values())
    winner = min((k for k, n in votes.items() if n == best_count), key=lambda k: (k not in base_key, k))
    # Override the GeoNames name only for a spelling of the same name that
    # English usage backs ("Ghor Province") while nothing English backs the
    # GeoNames form ("Ghowr"); foreign exonyms ("Bagdad") never win.
    english_preferred = winner in english_keys and base_key not in english_keys
    same_name = fuzz.ratio(winner, base_key) >= 75
    if winner == base_key or not (english_preferred and same_name) or winner not in spellings:
        return base
    return spellings[winner].most_common(1)[0][0]
