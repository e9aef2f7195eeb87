"""Parsing GeoNames lines into gazetteer rows (fixture: tests/fixtures/geonames)."""
from __future__ import annotations

from pathlib import Path

import pytest

from transforms.gazetteer_rows import (assemble_tables, latin_alternates, parse_admin_codes,
                                       parse_country_info, parse_geoname_line, select_places)

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "geonames"


def read(name: str) -> list[str]:
    return (FIXTURE / name).read_text(encoding="utf-8").splitlines(keepends=True)


@pytest.fixture(scope="module")
def tables() -> dict[str, list[dict]]:
    rows = [parse_geoname_line(line) for name in ("AF.txt", "ET.txt", "NG.txt") for line in read(name)]
    return assemble_tables(parse_country_info(read("countryInfo.txt")),
                           parse_admin_codes(read("admin1CodesASCII.txt")),
                           parse_admin_codes(read("admin2Codes.txt")),
                           select_places(rows))


def test_parse_geoname_line_types_and_columns():
    row = parse_geoname_line(read("AF.txt")[0])
    assert row["geonameid"] == 1149361
    assert row["feature_code"] == "PCLI"
    assert row["latitude"] == pytest.approx(34.52813)
    assert row["population"] == 37172386


@pytest.mark.parametrize("line", ["", "not\ta\tgeoname\n", "x" + "\t" * 18 + "\n"])
def test_parse_geoname_line_rejects_malformed(line):
    assert parse_geoname_line(line) is None


def test_parse_country_info_skips_comments():
    rows = parse_country_info(read("countryInfo.txt"))
    assert [r["iso2"] for r in rows] == ["AF", "ET", "NG", "UZ"]
    assert rows[0]["iso3"] == "AFG" and rows[0]["name"] == "Afghanistan" and rows[0]["geonameid"] == 1149361


def test_parse_admin_codes():
    rows = parse_admin_codes(read("admin2Codes.txt"))
    assert rows[0] == {"code": "AF.23.2408", "name": "Panjwā’ī", "asciiname": "Panjwa'i", "geonameid": 7053307}


def test_latin_alternates_drop_other_scripts_and_own_name():
    row = parse_geoname_line(read("AF.txt")[1])
    assert latin_alternates(row) == ["Kandahār", "Qandahar", "Kandahar Province", "Provincia de Kandahar"]


def test_select_places_keeps_places_sites_and_admin_rows_only(tables):
    codes = {p["feature_code"] for p in tables["places"]}
    assert codes == {"PPL", "PPLA", "PPLA2", "PPLC", "AIRB"}  # the river (H.STM) is dropped


def test_admin_units_take_display_names_points_and_alternates(tables):
    admin1 = {r["admin1_code"]: r for r in tables["admin1"]}
    assert admin1["AF.09"]["name"] == "Ghor"
    assert admin1["AF.09"]["geonames_name"] == "Ghowr"
    assert admin1["AF.33"]["name"] == "Sar-e Pol"
    assert admin1["NG.27"]["name"] == "Borno"
    assert (admin1["AF.23"]["latitude"], admin1["AF.23"]["longitude"]) == (31.06064, 65.68497)
    assert "Sar-i-Pul" in admin1["AF.33"]["alternate_names"]
    admin2 = {r["admin2_code"]: r for r in tables["admin2"]}
    assert admin2["AF.23.2408"]["admin1_code"] == "AF.23"
    assert admin2["AF.23.2408"]["name"] == "Panjwa'i"


def test_admin_unit_without_adm_row_takes_its_seat_point(tables):
    admin1 = {r["admin1_code"]: r for r in tables["admin1"]}
    assert (admin1["AF.13"]["latitude"], admin1["AF.13"]["longitude"]) == (34.52813, 69.17233)  # Kabul, PPLC
    assert admin1["UZ.13"]["latitude"] is None  # no place of Uzbekistan in this build


def test_places_carry_full_admin_codes(tables):
    bagram = next(p for p in tables["places"] if p["geonameid"] == 1147513)
    assert (bagram["admin1_code"], bagram["admin2_code"]) == ("AF.40", "AF.40.308")
    sar_e_pul = next(p for p in tables["places"] if p["geonameid"] == 1127110)
    assert (sar_e_pul["admin1_code"], sar_e_pul["admin2_code"]) == ("AF.33", "")


def test_countries_take_pcli_point_or_nothing(tables):
    countries = {c["iso2"]: c for c in tables["countries"]}
    assert (countries["ET"]["latitude"], countries["ET"]["longitude"]) == (9.02497, 38.74689)
    assert countries["UZ"]["latitude"] is None


def test_assemble_tables_limits_to_countries():
    rows = [parse_geoname_line(line) for line in read("AF.txt") + read("ET.txt")]
    tables = assemble_tables(parse_country_info(read("countryInfo.txt")),
                             parse_admin_codes(read("admin1CodesASCII.txt")),
                             parse_admin_codes(read("admin2Codes.txt")),
                             select_places(rows, {"ET"}), countries={"ET"})
    assert {r["admin1_code"] for r in tables["admin1"]} == {"ET.51", "ET.53"}
    assert {p["country_iso2"] for p in tables["places"]} == {"ET"}
    assert len(tables["countries"]) == 4  # countries are always all listed
