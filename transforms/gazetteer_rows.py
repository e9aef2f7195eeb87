"""Parse GeoNames dump lines into the rows of the four gazetteer tables.

Pure functions over lines of text: `flows/gazetteer.py` opens the files
(countryInfo.txt, admin1CodesASCII.txt, admin2Codes.txt, XX.txt inside
XX.zip, cities15000.txt) and hands their lines here. Column layouts are
GeoNames' own (https://download.geonames.org/export/dump/readme.txt).

Only what geocoding needs is kept: populated places (feature class P), a
few facilities conflict reports name (air bases, airports, military
installations), and the ADM1/ADM2/PCLI rows, which give admin units and
countries their representative points and alternate names.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from transforms.place_names import display_name, is_latin

GEONAME_COLUMNS = (
    "geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude",
    "feature_class", "feature_code", "country_code", "cc2", "admin1_code",
    "admin2_code", "admin3_code", "admin4_code", "population", "elevation",
    "dem", "timezone", "modification_date",
)
# Non-P features kept as places: sites conflict reports name as locations.
PLACE_SITE_CODES = frozenset({"AIRB", "AIRF", "AIRP", "MILB", "INSM", "CMP"})
_SEAT_RANK = {"PPLC": 0, "PPLA": 1, "PPLA2": 2, "PPLA3": 3, "PPLA4": 4}


def parse_geoname_line(line: str) -> dict | None:
    """One line of an XX.txt / cities file as a dict, or None when malformed."""
    fields = line.rstrip("\r\n").split("\t")
    if len(fields) != len(GEONAME_COLUMNS) or not fields[0].isdigit():
        return None
    row = dict(zip(GEONAME_COLUMNS, fields))
    try:
        row["geonameid"] = int(row["geonameid"])
        row["latitude"] = float(row["latitude"])
        row["longitude"] = float(row["longitude"])
        row["population"] = int(row["population"] or 0)
    except ValueError:
        return None
    return row


def parse_country_info(lines: Iterable[str]) -> list[dict]:
    """countryInfo.txt -> country rows (no coordinates yet)."""
    rows = []
    for line in lines:
        if line.startswith("#") or not line.strip():
            continue
        f = line.rstrip("\r\n").split("\t")
        if len(f) < 17 or len(f[0]) != 2:
            continue
        rows.append({
            "iso2": f[0], "iso3": f[1], "name": f[4], "capital": f[5],
            "continent": f[8], "population": int(f[7] or 0),
            "geonameid": int(f[16]) if f[16].isdigit() else None,
            "latitude": None, "longitude": None, "alternate_names": [],
        })
    return rows


def parse_admin_codes(lines: Iterable[str]) -> list[dict]:
    """admin1CodesASCII.txt or admin2Codes.txt -> {code, name, asciiname, geonameid}."""
    rows = []
    for line in lines:
        f = line.rstrip("\r\n").split("\t")
        if len(f) < 4 or "." not in f[0]:
            continue
        rows.append({"code": f[0], "name": f[1], "asciiname": f[2],
                     "geonameid": int(f[3]) if f[3].isdigit() else None})
    return rows


def latin_alternates(row: dict) -> list[str]:
    """The row's Latin-script alternate names, without repeats of its own name."""
    own = {row["name"], row["asciiname"]}
    seen: dict[str, None] = {}
    for alt in row["alternatenames"].split(","):
        alt = alt.strip()
        if alt and alt not in own and len(alt) <= 80 and is_latin(alt):
            seen.setdefault(alt, None)
    return list(seen)


def select_places(rows: Iterable[dict | None], countries: set[str] | None = None) -> Iterator[dict]:
    """Geoname rows that are places or admin/country rows, optionally for some countries."""
    for row in rows:
        if row is None or countries is not None and row["country_code"] not in countries:
            continue
        if row["feature_class"] == "P" or row["feature_code"] in PLACE_SITE_CODES \
                or row["feature_code"] in ("ADM1", "ADM2", "PCLI"):
            yield row


def assemble_tables(country_info: list[dict], admin1_codes: list[dict], admin2_codes: list[dict],
                    geonames: Iterable[dict], countries: set[str] | None = None) -> dict[str, list[dict]]:
    """Join the code tables and the geoname rows into countries/admin1/admin2/places rows.

    Admin units take their point and alternate names from their ADM1/ADM2
    row (matched by code, else geonameid); a unit without one takes the point
    of its seat (PPLA/PPLA2) or, failing that, its most populous place.
    Countries take their PCLI point, else their capital's.
    """
    admin_rows: dict[str, dict] = {}
    country_rows: dict[str, dict] = {}
    places: list[dict] = []
    for row in geonames:
        code = row["feature_code"]
        cc = row["country_code"]
        if code == "PCLI":
            country_rows[cc] = row
        elif code == "ADM1":
            admin_rows[f"{cc}.{row['admin1_code']}"] = row
        elif code == "ADM2":
            admin_rows[f"{cc}.{row['admin1_code']}.{row['admin2_code']}"] = row
        else:
            places.append(row)
    admin_by_id = {r["geonameid"]: r for r in admin_rows.values()}

    def wanted(code: str) -> bool:
        return countries is None or code[:2] in countries

    admin1 = [_admin_row(c, admin_rows.get(c["code"]) or admin_by_id.get(c["geonameid"]))
              for c in admin1_codes if wanted(c["code"])]
    admin2 = [_admin_row(c, admin_rows.get(c["code"]) or admin_by_id.get(c["geonameid"]))
              for c in admin2_codes if wanted(c["code"])]
    known1 = {r["admin1_code"] for r in admin1}
    known2 = {r["admin2_code"] for r in admin2}
    place_rows = [_place_row(r, known1, known2) for r in places]
    _fill_admin_points(admin1, "admin1_code", place_rows)
    _fill_admin_points(admin2, "admin2_code", place_rows)
    capitals = {p["country_iso2"]: p for p in place_rows if p["feature_code"] == "PPLC"}
    country_out = [_country_row(c, country_rows.get(c["iso2"]), capitals.get(c["iso2"]))
                   for c in country_info]
    return {"countries": country_out, "admin1": admin1, "admin2": admin2, "places": place_rows}


def _admin_row(code_row: dict, geoname: dict | None) -> dict:
    code = code_row["code"]
    alternates = latin_alternates(geoname) if geoname else []
    row = {
        "country_iso2": code[:2],
        "name": display_name(code_row["name"], code_row["asciiname"], alternates),
        "geonames_name": code_row["name"],
        "asciiname": code_row["asciiname"],
        "geonameid": code_row["geonameid"],
        "latitude": geoname["latitude"] if geoname else None,
        "longitude": geoname["longitude"] if geoname else None,
        "alternate_names": alternates,
    }
    if code.count(".") == 2:
        return {"admin2_code": code, "admin1_code": code.rsplit(".", 1)[0], **row}
    return {"admin1_code": code, **row}


def _place_row(row: dict, known1: set[str], known2: set[str]) -> dict:
    cc = row["country_code"]
    admin1 = f"{cc}.{row['admin1_code']}" if row["admin1_code"] else ""
    admin2 = f"{admin1}.{row['admin2_code']}" if admin1 and row["admin2_code"] else ""
    return {
        "geonameid": row["geonameid"], "name": row["name"], "asciiname": row["asciiname"],
        "alternate_names": latin_alternates(row),
        "latitude": row["latitude"], "longitude": row["longitude"],
        "feature_class": row["feature_class"], "feature_code": row["feature_code"],
        "country_iso2": cc,
        "admin1_code": admin1 if admin1 in known1 else "",
        "admin2_code": admin2 if admin2 in known2 else "",
        "population": row["population"],
    }


def _seat_preference(place: dict, level: str) -> tuple:
    rank = _SEAT_RANK.get(place["feature_code"], 9)
    is_seat = rank == (1 if level == "admin1_code" else 2) or rank == 0
    return (not is_seat, -place["population"])


def _fill_admin_points(units: list[dict], level: str, places: list[dict]) -> None:
    missing = {u[level]: u for u in units if u["latitude"] is None}
    if not missing:
        return
    best: dict[str, dict] = {}
    for place in places:
        code = place[level]
        if code in missing and (code not in best
                                or _seat_preference(place, level) < _seat_preference(best[code], level)):
            best[code] = place
    for code, place in best.items():
        missing[code]["latitude"] = place["latitude"]
        missing[code]["longitude"] = place["longitude"]


def _country_row(info: dict, pcli: dict | None, capital: dict | None) -> dict:
    row = dict(info)
    if pcli is not None:
        row["latitude"], row["longitude"] = pcli["latitude"], pcli["longitude"]
        row["alternate_names"] = latin_alternates(pcli)
        return row
    if capital is not None:
        row["latitude"], row["longitude"] = capital["latitude"], capital["longitude"]
    return row
