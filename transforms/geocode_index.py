"""The in-memory gazetteer index: every entry once, looked up by normalised name.

Entries are countries, admin units (ADM1, ADM2) and places, stored column-wise
(parallel lists and arrays) so ~520k GeoNames rows stay compact. `index`
maps `place_names.name_key` of every name and alternate name to the entry
ids holding it (an int for one entry, a tuple for several).
"""
from __future__ import annotations

import math
import sys
from array import array
from collections.abc import Iterable

from transforms.place_names import fold_name, loose_key, name_key, translit_key
from transforms.records import Place

COUNTRY, ADM1, ADM2, PLACE = 0, 1, 2, 3
LEVEL_NAMES = ("country", "admin1", "admin2", "place")
_TOWN_FEATURES = frozenset({"PPLC", "PPLA", "PPLA2", "PPLA3"})
# The name columns of each table that the index looks names up under.
NAME_COLUMNS = {
    "countries": ("name", "iso3"),
    "admin1": ("name", "geonames_name", "asciiname"),
    "admin2": ("name", "geonames_name", "asciiname"),
    "places": ("name", "asciiname"),
}


def row_name_keys(table: str, row: dict) -> list[str]:
    """The distinct normalised keys of a row's names and alternate names."""
    names = {row.get(c) or "" for c in NAME_COLUMNS[table]} | set(row.get("alternate_names") or ())
    return sorted({name_key(n) for n in names if n} - {""})


def _keys(table: str, row: dict) -> list[str]:
    keys = row.get("name_keys")
    return keys if keys is not None else row_name_keys(table, row)


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
        self.geonameid = array("q")  # 0 when unknown
        self.latitude = array("d")
        self.longitude = array("d")
        self.population = array("q")
        self.index: dict[str, int | tuple[int, ...] | list[int]] = {}
        self.countries: dict[str, dict] = {}
        self.units: dict[str, int] = {}       # admin code -> entry
        self.country_entries: dict[str, int] = {}  # ISO2 -> entry
        self._fuzzy_choices: dict[str, tuple[list[str], list[int]]] = {}
        self._loose: dict[str, dict[str, list[int]]] = {}  # ISO2 -> loose_key -> entries, built on first use

    @classmethod
    def from_rows(cls, countries: Iterable[dict], admin1: Iterable[dict], admin2: Iterable[dict],
                  places: Iterable[dict], *, is_coarse: bool = False) -> "Gazetteer":
        """Index rows shaped like the gazetteer tables (see flows.gazetteer.GAZETTEER_SCHEMAS).

        Rows may carry precomputed `name_keys` (the build stores them); else
        the keys are computed from the row's names (`row_name_keys`).
        """
        gaz = cls(is_coarse=is_coarse)
        for row in countries:
            gaz.countries[row["iso2"]] = row
            gaz.country_entries[row["iso2"]] = gaz._add(
                COUNTRY, row["iso2"], "", "", row["name"], "PCLI", row.get("geonameid"), row.get("latitude"),
                row.get("longitude"), row.get("population") or 0, _keys("countries", row))
        for table, rows in (("admin1", admin1), ("admin2", admin2)):
            level = ADM1 if table == "admin1" else ADM2
            for row in rows:
                code2 = row["admin2_code"] if level == ADM2 else ""
                entry = gaz._add(level, row["country_iso2"], row["admin1_code"], code2, row["name"],
                                 "ADM1" if level == ADM1 else "ADM2", row.get("geonameid"), row.get("latitude"),
                                 row.get("longitude"), 0, _keys(table, row))
                gaz.units[code2 or row["admin1_code"]] = entry
        for row in places:
            gaz._add(PLACE, row["country_iso2"], row.get("admin1_code") or "", row.get("admin2_code") or "",
                     row.get("asciiname") or row["name"], row.get("feature_code") or "", row.get("geonameid"),
                     row.get("latitude"), row.get("longitude"), row.get("population") or 0, _keys("places", row))
        gaz._freeze()
        return gaz

    def __len__(self) -> int:
        return len(self.level)

    def _add(self, level: int, country: str, admin1: str, admin2: str, name: str, feature: str,
             geonameid: int | None, lat: float | None, lon: float | None, population: int,
             keys: Iterable[str]) -> int:
        entry = len(self.level)
        self.level.append(level)
        # Codes repeat across hundreds of thousands of rows: share one string each.
        self.country.append(sys.intern(country))
        self.admin1_code.append(sys.intern(admin1))
        self.admin2_code.append(sys.intern(admin2))
        self.name.append(name)
        self.feature_code.append(sys.intern(feature))
        self.geonameid.append(geonameid or 0)
        self.latitude.append(math.nan if lat is None else lat)
        self.longitude.append(math.nan if lon is None else lon)
        self.population.append(population)
        if level in (ADM1, ADM2):
            choices = self._fuzzy_choices.setdefault(country, ([], []))
            choices[0].extend(translit_key(k) for k in keys)
            choices[1].extend([entry] * len(keys))
        for key in keys:
            held = self.index.get(key)
            if held is None:
                self.index[key] = entry
            elif isinstance(held, int):
                self.index[key] = [held, entry]
            else:
                held.append(entry)
        return entry

    def _freeze(self) -> None:
        """Lists of entries become tuples once the build is done (smaller, immutable)."""
        for key, held in self.index.items():
            if isinstance(held, list):
                self.index[key] = tuple(held)

    def lookup(self, name: str) -> tuple[int, ...]:
        """Entries whose name or alternate name has the same normalised key."""
        held = self.index.get(name_key(name))
        if held is None:
            return ()
        return (held,) if isinstance(held, int) else held

    def entries_of(self, name: str, level: int) -> list[int]:
        """Entries of one level whose names match."""
        return [e for e in self.lookup(name) if self.level[e] == level]

    def fuzzy_choices(self, country: str) -> tuple[list[str], list[int]]:
        """Transliteration keys and entries of the country's admin units, for guarded fuzzy matching."""
        return self._fuzzy_choices.get(country, ([], []))

    def spelling_variants(self, name: str, country: str) -> list[int]:
        """Admin units and places of `country` whose display name has the same `loose_key`.

        Built per country on first use (one pass over the entries), since only
        names that match nothing else ever ask.
        """
        table = self._loose.get(country)
        if table is None:
            table = {}
            for entry, iso2 in enumerate(self.country):
                if iso2 == country and self.level[entry] != COUNTRY:
                    table.setdefault(loose_key(name_key(self.name[entry])), []).append(entry)
            self._loose[country] = table
        return table.get(loose_key(name_key(name)), [])

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
            geonameid=self.geonameid[entry] or None, admin1_code=admin1_code, admin2_code=admin2_code)

    def country_place(self, iso2: str | None) -> Place | None:
        """Country-level Place (geo_precision 3) at the country's representative point."""
        if not iso2:
            return None
        entry = self.country_entries.get(iso2.upper())
        if entry is None:
            return None
        return self.make_place(entry)

    def country_of_place(self, name: str) -> str | None:
        """ISO2 of the one country where `name` is an admin unit or a sizeable town, else None.

        Extraction uses it to see where a story is set ("Paletwa", "Chin State",
        "Sittwe" are Myanmar even when the text never says so). Villages are
        ignored: one village name recurs across many countries.
        """
        best: dict[str, int] = {}
        entries = self.lookup(name)
        folded = fold_name(name)
        own = [e for e in entries if fold_name(self.name[e]) == folded and self.tier(e)]
        # "Mangu" is a district in Nigeria by its own name, and Bangkok only by an alternate one
        for entry in own or entries:
            tier = self.tier(entry)
            if tier:
                country = self.country[entry]
                best[country] = max(best.get(country, 0), tier)
        if not best:
            return None
        top = max(best.values())
        leaders = [c for c, tier in best.items() if tier == top]
        # "Tripoli": Libya's capital outranks a Lebanese provincial seat; equal ranks decide nothing
        return leaders[0] if len(leaders) == 1 else None

    def tier(self, entry: int) -> int:
        """How strongly a name means this entry's country: province or capital 3, district or
        provincial seat 2, other sizeable town 1, village or country 0."""
        level, feature = self.level[entry], self.feature_code[entry]
        if level == ADM1 or feature == "PPLC":
            return 3
        if level == ADM2 or feature == "PPLA":
            return 2
        if level == PLACE and (feature in _TOWN_FEATURES or self.population[entry] >= 10000):
            return 1
        return 0

    def find_country(self, name: str) -> str | None:
        """ISO2 of the country a name denotes ("Afghanistan", "AFG", "DR Congo"), if any."""
        entries = [e for e in self.lookup(name) if self.level[e] == COUNTRY]
        return self.country[entries[0]] if len(entries) == 1 else None
