"""The gazetteer index: which one country a place name points to (Gazetteer.country_of_place)."""
from __future__ import annotations

import pytest

from transforms.geocode_index import Gazetteer

COUNTRIES = [{"iso2": code, "iso3": code + "X", "name": name}
             for code, name in (("LY", "Libya"), ("LB", "Lebanon"), ("MM", "Myanmar"), ("SY", "Syria"),
                                ("SD", "Sudan"), ("ML", "Mali"), ("NE", "Niger"))]
ADMIN1 = [
    {"admin1_code": "MM.02", "country_iso2": "MM", "name": "Chin"},
    {"admin1_code": "SD.01", "country_iso2": "SD", "name": "Kassala"},
    {"admin1_code": "ML.07", "country_iso2": "ML", "name": "Gao"},
    {"admin1_code": "NE.03", "country_iso2": "NE", "name": "Tahoua"},
]
ADMIN2 = [
    {"admin2_code": "SY.08.01", "admin1_code": "SY.08", "country_iso2": "SY", "name": "Harim"},
]


def place(name: str, iso2: str, feature: str, population: int = 0) -> dict:
    return {"name": name, "country_iso2": iso2, "feature_code": feature, "population": population}


PLACES = [
    place("Tripoli", "LY", "PPLC", 1150989), place("Tripoli", "LB", "PPLA", 229398),  # capital 3 > seat 2
    place("Paletwa", "MM", "PPLA3", 5000), place("Paletwa", "LY", "PPL"),             # town 1 > village 0
    place("Kassala", "LY", "PPLA"),                                                     # province 3 > seat 2
    place("Harim", "LB", "PPLA2", 20000),                                               # district 2 > town 1
    place("Dori", "NE", "PPL", 10000), place("Dori", "ML", "PPL", 9999),                # 10,000 people: a town
    place("Hamra", "LB", "PPL", 500), place("Hamra", "SY", "PPL", 800),                 # villages only
    place("Kidal", "ML", "PPLA"), place("Kidal", "NE", "PPLA"),                         # equal seats
    place("Tahoua", "ML", "PPLC"),                                                      # province = capital
    place("Sittwe", "MM", "PPLA", 147899), place("Sittwe", "MM", "PPL"),               # one country, twice
    place("Mingaladon", "MM", "PPLA4", 9000),                                           # a quarter: no town
]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_rows(COUNTRIES, ADMIN1, ADMIN2, PLACES)


@pytest.mark.parametrize("name, expected", [
    ("Tripoli", "LY"),      # Libya's capital outranks a Lebanese provincial seat
    ("Paletwa", "MM"),      # a PPLA3 town outranks a village of the same name
    ("Kassala", "SD"),      # a province outranks a provincial seat abroad
    ("Harim", "SY"),        # a district outranks a PPLA2 town
    ("Dori", "NE"),         # 10,000 inhabitants make a town, 9,999 do not
    ("Chin State", "MM"),   # generic words are not part of the key
    ("Sittwe", "MM"),
])
def test_unique_top_tier_names_its_country(gaz, name, expected):
    assert gaz.country_of_place(name) == expected


@pytest.mark.parametrize("name", [
    "Hamra",        # villages never count: one village name recurs across countries
    "Mingaladon",   # a small PPLA4 is no town
    "Kidal",        # provincial seats in two countries: a tie decides nothing
    "Tahoua",       # a province in Niger, the capital in Mali (made up): equal ranks
    "Libya",        # a country's own name is not a place in it
    "Atlantis",     # unknown
])
def test_villages_ties_and_unknown_names_give_none(gaz, name):
    assert gaz.country_of_place(name) is None


def test_a_name_of_its_own_outranks_another_place_s_alternate_name():
    # fails on 070e344: "Mangu", a Nigerian district by its own name, went to Bangkok, a capital whose
    # alternate names include "Mangu"
    gaz = Gazetteer.from_rows(
        [{"iso2": "NG", "iso3": "NGA", "name": "Nigeria"}, {"iso2": "TH", "iso3": "THA", "name": "Thailand"}],
        [{"admin1_code": "NG.49", "country_iso2": "NG", "name": "Plateau"}],
        [{"admin2_code": "NG.49.12", "admin1_code": "NG.49", "country_iso2": "NG", "name": "Mangu"}],
        [{"name": "Bangkok", "country_iso2": "TH", "feature_code": "PPLC", "population": 5104476,
          "alternate_names": ["Krung Thep", "Mangu"]}])
    assert gaz.country_of_place("Mangu") == "NG"
    assert gaz.country_of_place("Krung Thep") == "TH"  # guard: an alternate name alone still counts
