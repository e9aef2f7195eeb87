"""Resolve place mentions to gazetteer entries (codebook section 4).

`Gazetteer` indexes every country, admin unit and place of the built
GeoNames tables by normalised name (`transforms.place_names.name_key`) once
per process. `geocode` looks a `LocationMention` up in three tiers:

1. exact names and GeoNames alternate names ("Sar-i-Pul" is an alternate
   name of Sar-e Pol), then the same index under normalised keys
   (accents, hyphens, apostrophes, izafe connectors, generic words);
2. guarded fuzzy matching for transliterations ("Zambul" -> Zabul), only
   when tier 1 found nothing in the context country (see `_fuzzy_allowed`);
3. nothing: the caller falls back to the country.

Candidates are scored on the match, the text's kind hint ("district"
prefers ADM2, "province" ADM1), the article's country, the named parent
unit ("X, Y province": X must lie in Y) and the size/rank of the place.
Every candidate considered is kept with its score and why it lost.
"""
from __future__ import annotations

import math
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process

from transforms.geocode_text import parse_location_text
from transforms.place_names import fold_name, name_key
from transforms.records import EventMention, LocationMention, Place

COUNTRY, ADM1, ADM2, PLACE = 0, 1, 2, 3
LEVEL_NAMES = ("country", "admin1", "admin2", "place")
KIND_LEVEL = {
    "country": COUNTRY, "province": ADM1, "region": ADM1, "state": ADM1, "governorate": ADM1,
    "district": ADM2, "city": PLACE, "town": PLACE, "village": PLACE,
}
_FEATURE_BONUS = {"PPLC": 20.0, "PPLA": 15.0, "PPLA2": 8.0, "PPLA3": 4.0, "PPLA4": 4.0}
FUZZY_MIN_SCORE = 85.0
FUZZY_MIN_KEY_LENGTH = 4
FUZZY_AMBIGUITY_MARGIN = 3.0
# Common English words that are also (or fuzzily resemble) place names. A
# capitalised "Gore" at a sentence start is an English word far more often
# than a misspelt Ghor, so such words may only fuzzy-match a province-level
# unit, and only when the text itself says the place is province-level.
COMMON_ENGLISH_WORDS = frozenset("""
about above after again against ahead also area army attack back bank bar base bath battle bay
bear bill black blue body border bridge camp capital cape center centre central chief church
city clash close coast cold court cross dead deal delta east eastern end fall field fire force
forces gate gore grand great green ground group guard hall hand harbour head heart high hill
home hope house island jack jail king lake lakes land last late lead left light line little long
lord low main major march mark market may middle mill mobile monday more mount mountain national
near new news nice north northern office old order over park party peace people plain plains
plateau point police port post power press prison queen rain range reading red river road rock
round royal sale saturday sea second sector security share side south southern spring square
stand star state station stone street strike sunday sunny table thursday top town tribe tuesday
union unity upper valley victoria village wall war water wednesday well wells west western white
wood friday january february april june july august september october november december
""".split())


@dataclass(frozen=True)
class GeocodeResult:
    """The resolved place (None when nothing matched) and every candidate considered."""

    place: Place | None
    candidates: tuple[dict, ...] = ()

    def to_dict(self) -> dict:
        """JSON-ready view: the place's fields plus the rejected candidates."""
        place = self.place
        out: dict = {
            "matched": place is not None,
            "country": place.country if place else None,
            "iso3": place.iso3 if place else None,
            "admin1": place.admin1 if place else None,
            "admin2": place.admin2 if place else None,
            "location": place.location if place else None,
            "latitude": place.latitude if place else None,
            "longitude": place.longitude if place else None,
            "geo_precision": place.geo_precision if place else None,
            "geonameid": place.geonameid if place else None,
            "admin1_code": place.admin1_code if place else None,
            "admin2_code": place.admin2_code if place else None,
        }
        out["chosen"] = next((c for c in self.candidates if c.get("chosen")), None)
        out["rejected"] = [c for c in self.candidates if not c.get("chosen")]
        return out


class Gazetteer:
    """In-memory index of countries, admin units and places; build once per process."""

    def __init__(self, is_coarse: bool = False) -> None:
        self.is_coarse = is_coarse
        self.level = array("b")
        self.country = []          # ISO2 per entry
        self.admin1_code = []
        self.admin2_code = []
        self.name = []             # display name (Place.location / admin names)
        self.feature_code = []
        self.geonameid = []
        self.latitude = array("d")
        self.longitude = array("d")
        self.population = array("q")
        self.index: dict[str, int | tuple[int, ...]] = {}
        self.countries: dict[str, dict] = {}
        self.units: dict[str, int] = {}       # admin code -> entry
        self._fuzzy_choices: dict[str, tuple[list[str], list[int]]] = {}

    @classmethod
    def from_rows(cls, countries: Sequence[dict], admin1: Sequence[dict], admin2: Sequence[dict],
                  places: Sequence[dict], *, is_coarse: bool = False) -> "Gazetteer":
        """Index rows shaped like the gazetteer tables (see flows.gazetteer.GAZETTEER_SCHEMAS)."""
        gaz = cls(is_coarse=is_coarse)
        for row in countries:
            gaz.countries[row["iso2"]] = row
            gaz._add(COUNTRY, row["iso2"], "", "", row["name"], "PCLI", row.get("geonameid"),
                     row.get("latitude"), row.get("longitude"), row.get("population") or 0,
                     [row["name"], row["iso3"], *(row.get("alternate_names") or ())])
        for level, rows in ((ADM1, admin1), (ADM2, admin2)):
            for row in rows:
                code2 = row.get("admin2_code", "") if level == ADM2 else ""
                entry = gaz._add(level, row["country_iso2"], row["admin1_code"], code2, row["name"],
                                 "ADM1" if level == ADM1 else "ADM2", row.get("geonameid"),
                                 row.get("latitude"), row.get("longitude"), 0,
                                 [row["name"], row.get("geonames_name") or "", row.get("asciiname") or "",
                                  *(row.get("alternate_names") or ())])
                gaz.units[code2 or row["admin1_code"]] = entry
        for row in places:
            gaz._add(PLACE, row["country_iso2"], row.get("admin1_code") or "", row.get("admin2_code") or "",
                     row.get("asciiname") or row["name"], row.get("feature_code") or "", row.get("geonameid"),
                     row.get("latitude"), row.get("longitude"), row.get("population") or 0,
                     [row["name"], row.get("asciiname") or "", *(row.get("alternate_names") or ())])
        return gaz

    def __len__(self) -> int:
        return len(self.level)

    def _add(self, level: int, country: str, admin1: str, admin2: str, name: str, feature: str,
             geonameid: int | None, lat: float | None, lon: float | None, population: int,
             names: Sequence[str]) -> int:
        entry = len(self.level)
        self.level.append(level)
        self.country.append(country)
        self.admin1_code.append(admin1)
        self.admin2_code.append(admin2)
        self.name.append(name)
        self.feature_code.append(feature)
        self.geonameid.append(geonameid)
        self.latitude.append(math.nan if lat is None else lat)
        self.longitude.append(math.nan if lon is None else lon)
        self.population.append(population)
        for key in {name_key(n) for n in names if n}:
            if not key:
                continue
            held = self.index.get(key)
            if held is None:
                self.index[key] = entry
            elif isinstance(held, int):
                self.index[key] = (held, entry)
            else:
                self.index[key] = (*held, entry)
        return entry

    def lookup(self, name: str) -> tuple[int, ...]:
        """Entries whose name or alternate name has the same normalised key."""
        held = self.index.get(name_key(name))
        if held is None:
            return ()
        return (held,) if isinstance(held, int) else held

    def fuzzy_choices(self, country: str) -> tuple[list[str], list[int]]:
        """Keys and entries of the country's admin units, for guarded fuzzy matching."""
        if country not in self._fuzzy_choices:
            keys: list[str] = []
            entries: list[int] = []
            for key, held in self.index.items():
                for entry in ((held,) if isinstance(held, int) else held):
                    if self.level[entry] in (ADM1, ADM2) and self.country[entry] == country:
                        keys.append(key)
                        entries.append(entry)
            self._fuzzy_choices[country] = (keys, entries)
        return self._fuzzy_choices[country]

    def make_place(self, entry: int, near: bool = False) -> Place:
        """The Place of one entry, with admin names filled from its codes."""
        level = self.level[entry]
        iso2 = self.country[entry]
        info = self.countries.get(iso2, {})
        admin1_code = self.admin1_code[entry]
        admin2_code = self.admin2_code[entry]
        admin1 = self.name[self.units[admin1_code]] if admin1_code in self.units else ""
        admin2 = self.name[self.units[admin2_code]] if admin2_code in self.units else ""
        lat, lon = self.latitude[entry], self.longitude[entry]
        precision = 1 if level == PLACE else 3
        if near and level != COUNTRY:
            precision = 2
        return Place(
            iso3=info.get("iso3", ""), country=info.get("name", ""), admin1=admin1, admin2=admin2,
            location=self.name[entry], latitude=None if math.isnan(lat) else lat,
            longitude=None if math.isnan(lon) else lon, geo_precision=precision,
            geonameid=self.geonameid[entry], admin1_code=admin1_code, admin2_code=admin2_code)

    def country_place(self, iso2: str | None) -> Place | None:
        """Country-level Place (geo_precision 3) at the country's representative point."""
        if not iso2:
            return None
        entry = next(iter(e for e in self.lookup(iso2.upper()) if self.level[e] == COUNTRY
                          and self.country[e] == iso2.upper()), None)
        if entry is None:
            return None
        return self.make_place(entry)

    def find_country(self, name: str) -> str | None:
        """ISO2 of the country a name denotes ("Afghanistan", "AFG", "DR Congo"), if any."""
        entries = [e for e in self.lookup(name) if self.level[e] == COUNTRY]
        return self.country[entries[0]] if len(entries) == 1 else None


def geocode(gazetteer: Gazetteer, mention: LocationMention, country_iso2: str | None = None) -> GeocodeResult:
    """Resolve one mention; `country_iso2` is the article's main country."""
    from transforms.geocode_rank import rank_candidates  # late import: rank uses this module's constants

    context = country_iso2.upper() if country_iso2 else None
    return rank_candidates(gazetteer, mention, context)


def geocode_text(gazetteer: Gazetteer, text: str, country_iso2: str | None = None) -> GeocodeResult:
    """Resolve free text such as "Panjwai district, Kandahar" or "near Bagram"."""
    mention, country = parse_location_text(text, gazetteer.find_country)
    return geocode(gazetteer, mention, country_iso2 or country)


def geocode_mentions(gazetteer: Gazetteer, mentions: Sequence[EventMention]) -> list[EventMention]:
    """Copies of the mentions with `.place` filled; no mention is ever dropped.

    A mention without a location, or whose location cannot be resolved,
    gets the country-level Place of its `country_hint` (geo_precision 3);
    with no hint either, an empty Place (nothing known at any level).
    """
    resolved: list[EventMention] = []
    cache: dict[tuple, Place | None] = {}
    for mention in mentions:
        place = None
        if mention.location is not None:
            key = (mention.location, mention.country_hint)
            if key not in cache:
                cache[key] = geocode(gazetteer, mention.location, mention.country_hint).place
            place = cache[key]
        if place is None:
            place = gazetteer.country_place(mention.country_hint) or Place(iso3="", country="")
        resolved.append(replace(mention, place=place))
    return resolved


def fuzzy_entries(gazetteer: Gazetteer, mention: LocationMention, country: str | None,
                  wanted_level: int | None) -> list[tuple[int, float]]:
    """Admin units of `country` whose names are close to the mention's, when allowed.

    Returns (entry, score) pairs; empty when a guard forbids fuzzy matching.
    """
    if not _fuzzy_allowed(mention.name, country):
        return []
    key = name_key(mention.name)
    levels = {ADM1, ADM2} if wanted_level not in (ADM1, ADM2) else {wanted_level}
    if fold_name(mention.name) in COMMON_ENGLISH_WORDS or key in COMMON_ENGLISH_WORDS:
        if wanted_level != ADM1:
            return []
        levels = {ADM1}
    keys, entries = gazetteer.fuzzy_choices(country)
    hits = process.extract(key, keys, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE, limit=20)
    best: dict[int, float] = {}
    for _, score, position in hits:
        entry = entries[position]
        if gazetteer.level[entry] in levels and score > best.get(entry, 0.0):
            best[entry] = score
    ranked = sorted(best.items(), key=lambda item: -item[1])
    # Two different units about as close as each other: a guess, not a match.
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < FUZZY_AMBIGUITY_MARGIN \
            and gazetteer.name[ranked[0][0]] != gazetteer.name[ranked[1][0]]:
        return []
    return ranked[:1]


def _fuzzy_allowed(name: str, country: str | None) -> bool:
    """Fuzzy matching needs a context country, a capitalised name and a key long enough.

    Short keys ("Bar", "Ali") are within one edit of too many names; lower-case
    words are not names; without a country there is no small, closed set of
    admin names to compare against.
    """
    stripped = name.strip()
    return (country is not None and bool(stripped) and stripped[0].isupper()
            and len(name_key(stripped)) >= FUZZY_MIN_KEY_LENGTH)
