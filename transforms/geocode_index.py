"""The in-memory gazetteer index: every entry once, looked up by normalised name.

Entries are countries, admin units (ADM1, ADM2) and places, stored column-wise
(parallel lists and arrays) so ~520k GeoNames rows stay compact. `index`
maps `place_names.name_key` of every name and alternate name to the entry
ids holding it (an int for one entry, a tuple for several).
"""
from __future__ import annotations

import math
from array import array
from collections.abc import Sequence

from transforms.place_names import name_key
from transforms.records import Place

COUNTRY, ADM1, ADM2, PLACE = 0, 1, 2, 3
LEVEL_NAMES = ("country", "admin1", "admin2", "place")


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

    def entries_of(self, name: str, level: int) -> list[int]:
        """Entries of one level whose names match."""
        return [e for e in self.lookup(name) if self.level[e] == level]

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
