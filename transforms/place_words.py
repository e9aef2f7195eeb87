"""Words place scanning and reading share: admin-unit nouns, name shapes, levels."""
from __future__ import annotations

UNIT_KIND = {
    "district": "district", "county": "district", "municipality": "district",
    "subdistrict": "district", "sub-district": "district", "commune": "district",
    "lga": "district", "local government area": "district", "department": "district",
    "province": "province", "state": "province", "governorate": "province",
    "oblast": "province", "prefecture": "province", "region": "region",
    "city": "city", "town": "city", "village": "village", "hamlet": "village",
    "neighbourhood": "place", "neighborhood": "place", "township": "district",
}
UNIT = r"(?i:local government area|sub-?district|district|county|municipality|commune|lga|department|province|state|governorate|oblast|prefecture|region|city|town|village|hamlet|neighbou?rhood|township)"
NAME = r"(?:[A-Z][\w'’]*(?:-[\w'’]+)*)(?:\s+(?:al-|el-|(?:de|du|da|do|dos|das|del|de\s+la|la|le|of)\s+)?[A-Z][\w'’]*(?:-[\w'’]+)*){0,3}"
COMPASS = r"(?i:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)"
LEVEL = {"village": 0, "city": 1, "capital": 1, "place": 1, "district": 2, "region": 3, "province": 3, "country": 4}
