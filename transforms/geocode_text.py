"""Turn a short place phrase into a LocationMention.

For `sitrep geocode "Panjwai district, Kandahar"` and similar: the phrase a
person types, or an analyst copies from an article. Handles "X district",
"X province", "the province of X", "X, Y province", "X in Y", "X, Country",
"near X" / "outskirts of X".
"""
from __future__ import annotations

import re
from collections.abc import Callable

from transforms.records import LocationMention

KIND_WORDS = {
    "district": "district", "province": "province", "city": "city", "town": "city",
    "village": "village", "region": "region", "state": "region", "governorate": "province",
    "county": "district", "oblast": "province", "raion": "district", "country": "country",
}
_NEAR = re.compile(
    r"^(?:near(?:by)?|close to|around|outside|(?:on )?the outskirts of|outskirts of|"
    r"(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:north|south|east|west|"
    r"north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+(?:of|outskirts of))\s+",
    re.IGNORECASE)
_LEADING = re.compile(r"^(?:in|at|of|from)\s+", re.IGNORECASE)
_THE = re.compile(r"^the\s+", re.IGNORECASE)
_KIND_SUFFIX = re.compile(r"^(.+?)\s+(" + "|".join(KIND_WORDS) + r")$", re.IGNORECASE)
_KIND_PREFIX = re.compile(r"^(?:the\s+)?(?:\w+\s+)?(" + "|".join(KIND_WORDS) + r")\s+of\s+(.+)$",
                          re.IGNORECASE)


def split_kind(phrase: str) -> tuple[str, str]:
    """'Panjwai district' -> ('Panjwai', 'district'); 'the southern province of Kandahar' too."""
    phrase = _THE.sub("", phrase.strip(" .;:"))
    match = _KIND_PREFIX.match(phrase)
    if match:
        return match.group(2).strip(), KIND_WORDS[match.group(1).lower()]
    match = _KIND_SUFFIX.match(phrase)
    if match:
        return match.group(1).strip(), KIND_WORDS[match.group(2).lower()]
    return phrase, "place"


def parse_location_text(text: str, find_country: Callable[[str], str | None]) -> tuple[LocationMention, str | None]:
    """Parse a place phrase; returns the mention and the ISO2 of a country it names, if any.

    `find_country` maps a name to an ISO2 code or None (the gazetteer's).
    """
    phrase = " ".join(text.split())
    near = False
    while True:
        stripped = _LEADING.sub("", phrase)
        match = _NEAR.match(stripped)
        if match:
            near = True
            stripped = stripped[match.end():]
        if stripped == phrase:
            break
        phrase = stripped
    parts = [p.strip() for p in re.split(r",|\s+in\s+", phrase) if p.strip()]
    if not parts:
        return LocationMention(name=text.strip(), near=near), None
    country = None
    if len(parts) > 1:
        country = find_country(split_kind(parts[-1])[0])
        if country is not None:
            parts = parts[:-1]
    name, kind = split_kind(parts[0])
    if len(parts) == 1 and kind == "place" and find_country(name) is not None:
        return LocationMention(name=name, kind="country", near=near), find_country(name)
    parent = split_kind(parts[1])[0] if len(parts) > 1 else None
    return LocationMention(name=name, kind=kind, parent=parent, near=near), country
