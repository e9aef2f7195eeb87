"""Build the gazetteer from a GeoNames dump into the warehouse, and load it.

`build_gazetteer` reads the standard GeoNames dump layout (countryInfo.txt,
admin1CodesASCII.txt, admin2Codes.txt, one XX.zip per country or
allCountries.zip, cities15000.zip / cities1000.zip) from a local directory
or the GeoNames export server, and writes four Parquet tables to
<warehouse>/gazetteer/. `load_gazetteer` reads them into the in-memory
`Gazetteer` index (once per process and build).

Data: GeoNames (https://www.geonames.org), CC BY 4.0 - see NOTICE.md.
"""
from __future__ import annotations

import io
import logging
import os
import shutil
import time
import urllib.request
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from flows.gazetteer_schemas import GAZETTEER_SCHEMAS, SCHEMA_VERSION, TABLES
from transforms.gazetteer_rows import (assemble_tables, parse_admin_codes, parse_country_info,
                                       parse_geoname_line, select_places)
from transforms.geocode import Gazetteer
from transforms.geocode_index import row_name_keys

GEONAMES_URL = "https://download.geonames.org/export/dump/"
ATTRIBUTION = "Contains data from GeoNames (https://www.geonames.org), licensed CC BY 4.0."
FIX_COMMAND = "sitrep gazetteer build --source DIR --warehouse DIR"
CITIES_FILES = ("cities15000.zip", "cities1000.zip")  # newest first: the first holding an id wins
__all__ = ["GEONAMES_URL", "GAZETTEER_SCHEMAS", "build_gazetteer", "load_gazetteer"]

log = logging.getLogger(__name__)
_loaded: dict[tuple, Gazetteer] = {}
_warned_coarse: set[str] = set()


def build_gazetteer(warehouse: Path, source: str | Path | None = None,
                    countries: Sequence[str] | None = None) -> dict:
    """Build <warehouse>/gazetteer/{countries,admin1,admin2,places}.parquet from a GeoNames dump.

    `source` is a directory in the GeoNames dump layout or a URL (default
    the GeoNames export server). `countries` (ISO2 codes) limits the build;
    None takes every XX.zip in the source (or allCountries.zip) plus the
    cities files for all other countries. Online with no countries, the
    whole allCountries.zip is downloaded. Returns a summary: row counts per
    table, countries built, seconds.
    """
    started = time.perf_counter()
    warehouse = Path(warehouse)
    wanted = {c.upper() for c in countries} if countries else None
    folder = _local_source(source, warehouse, wanted)
    country_info = parse_country_info(_read_lines(folder / "countryInfo.txt"))
    admin1 = parse_admin_codes(_read_lines(folder / "admin1CodesASCII.txt"))
    admin2 = parse_admin_codes(_read_lines(folder / "admin2Codes.txt"))
    country_files = _country_files(folder, wanted)
    rows = select_places(_geoname_rows(folder, country_files, wanted), wanted)
    tables = assemble_tables(country_info, admin1, admin2, rows, countries=wanted)
    _add_country_aliases(tables["countries"])
    for name in TABLES:
        for row in tables[name]:
            row["name_keys"] = row_name_keys(name, row)
    _write_tables(warehouse / "gazetteer", tables, source=str(source or GEONAMES_URL))
    _loaded.clear()
    return {
        "tables": {name: len(tables[name]) for name in TABLES},
        "countries_built": sorted(country_files) if wanted is None else sorted(wanted),
        "country_files": sorted(country_files),
        "source": str(source or GEONAMES_URL),
        "path": str(warehouse / "gazetteer"),
        "seconds": round(time.perf_counter() - started, 2),
    }


def has_gazetteer(warehouse: Path) -> bool:
    """Whether a gazetteer is built in the warehouse (else geocoding is coarse)."""
    return all((Path(warehouse) / "gazetteer" / f"{name}.parquet").exists() for name in TABLES)


def load_gazetteer(warehouse: Path) -> Gazetteer:
    """The built gazetteer; without one, a coarse one from pycountry (and ONE warning)."""
    folder = Path(warehouse) / "gazetteer"
    paths = [folder / f"{name}.parquet" for name in TABLES]
    if not has_gazetteer(warehouse):
        if str(folder) not in _warned_coarse:
            _warned_coarse.add(str(folder))
            log.warning("No gazetteer built in %s: geocoding falls back to country and province names "
                        "from pycountry, without coordinates. Build one with: %s", folder, FIX_COMMAND)
        return _coarse_gazetteer()
    stamp = (str(folder), *(p.stat().st_mtime_ns for p in paths))
    if stamp not in _loaded:
        _loaded.clear()
        _loaded[stamp] = Gazetteer.from_rows(*(_iter_rows(path) for path in paths))
    return _loaded[stamp]


def _iter_rows(path: Path) -> Iterator[dict]:
    """Rows of a Parquet file, a batch at a time (the places table is ~650k rows).

    Alternate names are skipped when the file carries current `name_keys`:
    the index needs only the keys, and converting the name lists is most of
    the load time.
    """
    parquet = pq.ParquetFile(path)
    metadata = parquet.schema_arrow.metadata or {}
    current = metadata.get(b"schema_version") == SCHEMA_VERSION.encode()
    columns = [n for n in parquet.schema_arrow.names if not (current and n == "alternate_names")]
    if not current:
        columns = [n for n in columns if n != "name_keys"]
        log.warning("%s was built with another schema version; rebuild with: %s", path, FIX_COMMAND)
    for batch in parquet.iter_batches(batch_size=20_000, columns=columns):
        yield from batch.to_pylist()


def _local_source(source: str | Path | None, warehouse: Path, wanted: set[str] | None) -> Path:
    """A local folder in the dump layout; a URL source is downloaded (once) into the warehouse."""
    if source is not None and not str(source).startswith(("http://", "https://")):
        folder = Path(source)
        if not (folder / "countryInfo.txt").exists():
            raise FileNotFoundError(f"{folder} is not a GeoNames dump folder (no countryInfo.txt)")
        return folder
    base = str(source or GEONAMES_URL).rstrip("/") + "/"
    cache = warehouse / "gazetteer-downloads"
    cache.mkdir(parents=True, exist_ok=True)
    names = ["countryInfo.txt", "admin1CodesASCII.txt", "admin2Codes.txt", "cities15000.zip"]
    names += [f"{c}.zip" for c in sorted(wanted)] if wanted else ["allCountries.zip"]
    for name in names:
        target = cache / name
        if not target.exists():
            log.info("downloading %s%s", base, name)
            with urllib.request.urlopen(base + name, timeout=120) as response, \
                    open(target.with_suffix(".part"), "wb") as out:
                shutil.copyfileobj(response, out)
            os.replace(target.with_suffix(".part"), target)
    return cache


def _read_lines(path: Path) -> Iterator[str]:
    with open(path, encoding="utf-8") as handle:
        yield from handle


def _zip_lines(path: Path) -> Iterator[str]:
    with zipfile.ZipFile(path) as archive:
        member = next(n for n in archive.namelist() if n.endswith(".txt") and "readme" not in n.lower())
        with archive.open(member) as raw:
            yield from io.TextIOWrapper(raw, encoding="utf-8")


def _country_files(folder: Path, wanted: set[str] | None) -> dict[str, Path]:
    """ISO2 -> XX.zip for the countries to build from their full files."""
    files = {p.stem: p for p in folder.glob("[A-Z][A-Z].zip")}
    return files if wanted is None else {c: p for c, p in files.items() if c in wanted}


def _geoname_rows(folder: Path, country_files: dict[str, Path], wanted: set[str] | None) -> Iterator[dict]:
    """Rows of the country files, then allCountries.zip or the cities files for the rest."""
    for path in sorted(country_files.values()):
        yield from filter(None, map(parse_geoname_line, _zip_lines(path)))
    covered = set(country_files)
    if wanted is not None and wanted <= covered:
        return
    everything = folder / "allCountries.zip"
    if everything.exists():
        yield from (r for r in map(parse_geoname_line, _zip_lines(everything))
                    if r is not None and r["country_code"] not in covered)
        return
    seen: set[int] = set()
    for name in CITIES_FILES:
        if (folder / name).exists():
            yield from _new_rows(map(parse_geoname_line, _zip_lines(folder / name)), covered, seen)


def _new_rows(rows: Iterable[dict | None], covered: set[str], seen: set[int]) -> Iterator[dict]:
    for row in rows:
        if row is not None and row["country_code"] not in covered and row["geonameid"] not in seen:
            seen.add(row["geonameid"])
            yield row


def _add_country_aliases(countries: list[dict]) -> None:
    """Add pycountry's official and common names ("Syrian Arab Republic") to each country."""
    import pycountry

    for row in countries:
        record = pycountry.countries.get(alpha_2=row["iso2"])
        if record is None:
            continue
        names = [getattr(record, a, None) for a in ("name", "official_name", "common_name")]
        extra = [n for n in names if n and n != row["name"] and n not in row["alternate_names"]]
        row["alternate_names"] = [*row["alternate_names"], *extra]


def _write_tables(folder: Path, tables: dict[str, list[dict]], source: str) -> None:
    """Write all four tables into a staging folder, then swap it in with renames."""
    stage = folder.with_name(f"{folder.name}.staging-{os.getpid()}")
    old = folder.with_name(f"{folder.name}.old-{os.getpid()}")
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir(parents=True)
    for name in TABLES:
        schema = GAZETTEER_SCHEMAS[name].with_metadata({
            b"schema_version": SCHEMA_VERSION.encode(), b"source": source.encode(),
            b"attribution": ATTRIBUTION.encode()})
        table = pa.Table.from_pylist(tables[name], schema=schema)
        pq.write_table(table, stage / f"{name}.parquet", compression="zstd")
    if folder.exists():
        os.replace(folder, old)
    os.replace(stage, folder)
    shutil.rmtree(old, ignore_errors=True)


def _coarse_gazetteer() -> Gazetteer:
    """Countries and their ISO 3166-2 subdivisions from pycountry; no coordinates."""
    if "coarse" in _loaded:
        return _loaded["coarse"]
    import pycountry

    countries, admin1, admin2 = [], [], []
    for record in pycountry.countries:
        names = [getattr(record, a, None) for a in ("official_name", "common_name")]
        countries.append({"iso2": record.alpha_2, "iso3": record.alpha_3,
                          "name": getattr(record, "common_name", None) or record.name,
                          "alternate_names": [record.name, *filter(None, names)], "population": 0,
                          "geonameid": None, "latitude": None, "longitude": None})
    for sub in pycountry.subdivisions:
        row = {"country_iso2": sub.country_code, "name": sub.name, "geonameid": None,
               "latitude": None, "longitude": None, "alternate_names": []}
        if sub.parent_code:
            admin2.append({**row, "admin2_code": sub.code, "admin1_code": sub.parent_code})
        else:
            admin1.append({**row, "admin1_code": sub.code})
    _loaded["coarse"] = Gazetteer.from_rows(countries, admin1, admin2, [], is_coarse=True)
    return _loaded["coarse"]
