"""Explicit pyarrow schemas of the four gazetteer tables, with column descriptions.

Each field carries its description in field metadata (b"description"), so
DuckDB comments and the data dictionary come from one source.
"""
from __future__ import annotations

import pyarrow as pa

SCHEMA_VERSION = "1"
TABLES = ("countries", "admin1", "admin2", "places")


def _field(name: str, type_: pa.DataType, description: str, nullable: bool = True) -> pa.Field:
    return pa.field(name, type_, nullable=nullable, metadata={b"description": description.encode()})


_POINT = (
    _field("latitude", pa.float64(), "Representative point, WGS84 degrees north (null when unknown)."),
    _field("longitude", pa.float64(), "Representative point, WGS84 degrees east (null when unknown)."),
)
_ALTERNATES = _field("alternate_names", pa.list_(pa.string()),
                     "Latin-script alternate names from GeoNames (and pycountry for countries).")
_KEYS = _field("name_keys", pa.list_(pa.string()),
               "Normalised keys of all the row's names (transforms.place_names.name_key); "
               "the geocoding index. Bump SCHEMA_VERSION when name_key changes.")

GAZETTEER_SCHEMAS: dict[str, pa.Schema] = {
    "countries": pa.schema([
        _field("iso2", pa.string(), "ISO 3166-1 alpha-2 code, e.g. AF.", nullable=False),
        _field("iso3", pa.string(), "ISO 3166-1 alpha-3 code, e.g. AFG.", nullable=False),
        _field("name", pa.string(), "English short name as in GeoNames countryInfo.txt.", nullable=False),
        _field("capital", pa.string(), "Capital city name from countryInfo.txt."),
        _field("continent", pa.string(), "GeoNames continent code (AF, AS, EU, NA, OC, SA, AN)."),
        _field("population", pa.int64(), "Population from countryInfo.txt."),
        _field("geonameid", pa.int64(), "GeoNames id of the country."),
        *_POINT,
        _ALTERNATES,
        _KEYS,
    ]),
    "admin1": pa.schema([
        _field("admin1_code", pa.string(), "GeoNames admin1 code with country prefix, e.g. AF.23.",
               nullable=False),
        _field("country_iso2", pa.string(), "ISO2 code of the country.", nullable=False),
        _field("name", pa.string(), "Common English short name (e.g. Ghor for GeoNames 'Ghowr').",
               nullable=False),
        _field("geonames_name", pa.string(), "Name as in admin1CodesASCII.txt."),
        _field("asciiname", pa.string(), "ASCII name as in admin1CodesASCII.txt."),
        _field("geonameid", pa.int64(), "GeoNames id of the ADM1 feature."),
        *_POINT,
        _ALTERNATES,
        _KEYS,
    ]),
    "admin2": pa.schema([
        _field("admin2_code", pa.string(), "GeoNames admin2 code with prefixes, e.g. AF.23.2408.",
               nullable=False),
        _field("admin1_code", pa.string(), "Admin1 code of the enclosing province, e.g. AF.23.",
               nullable=False),
        _field("country_iso2", pa.string(), "ISO2 code of the country.", nullable=False),
        _field("name", pa.string(), "Common English short name of the district.", nullable=False),
        _field("geonames_name", pa.string(), "Name as in admin2Codes.txt."),
        _field("asciiname", pa.string(), "ASCII name as in admin2Codes.txt."),
        _field("geonameid", pa.int64(), "GeoNames id of the ADM2 feature."),
        *_POINT,
        _ALTERNATES,
        _KEYS,
    ]),
    "places": pa.schema([
        _field("geonameid", pa.int64(), "GeoNames id of the place.", nullable=False),
        _field("name", pa.string(), "GeoNames name (may carry diacritics).", nullable=False),
        _field("asciiname", pa.string(), "GeoNames ASCII name; used as Place.location."),
        _ALTERNATES,
        _field("latitude", pa.float64(), "WGS84 degrees north."),
        _field("longitude", pa.float64(), "WGS84 degrees east."),
        _field("feature_class", pa.string(), "GeoNames feature class (P populated place, S site)."),
        _field("feature_code", pa.string(), "GeoNames feature code (PPL, PPLA, PPLC, AIRB ...)."),
        _field("country_iso2", pa.string(), "ISO2 code of the country.", nullable=False),
        _field("admin1_code", pa.string(), "Admin1 code, e.g. AF.40; empty when unknown."),
        _field("admin2_code", pa.string(), "Admin2 code, e.g. AF.40.308; empty when unknown."),
        _field("population", pa.int64(), "Population (0 when unknown)."),
        _KEYS,
    ]),
}
