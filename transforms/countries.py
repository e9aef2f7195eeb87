"""Countries: codes, gazetteer short names, aliases and demonyms.

Every ISO 3166-1 country comes from pycountry (codes, common name); the
names are then set to the GeoNames countryInfo English short names, which
the codebook makes canonical ("Russia", "Syria", "Ivory Coast",
"Palestinian Territory"). Aliases and demonyms are hand-written for the
countries that appear in conflict and protest news.

Text search rules (why): acronyms ("US", "DRC", "UK") match only in the
case written, so the pronoun "us" is not the United States; every other
term must start with a capital letter in the text, so "turkey" the bird and
"chad" the verb do not count. Region names that contain a country word
("Latin America", "New Mexico", "Indian Ocean") are matched too and then
dropped, so they cannot be read as the country.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import pycountry


@dataclass(frozen=True)
class Country:
    """A country: ISO codes, GeoNames short name, other names, demonyms."""

    iso2: str
    iso3: str
    name: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()


# Where the GeoNames short name differs from pycountry's common name.
_GEONAMES_NAMES = {
    "AX": "Aland Islands", "BQ": "Bonaire, Saint Eustatius and Saba", "BL": "Saint Barthelemy",
    "BN": "Brunei", "CC": "Cocos Islands", "CI": "Ivory Coast",
    "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo", "CW": "Curacao",
    "FK": "Falkland Islands", "FM": "Micronesia", "MF": "Saint Martin", "NL": "The Netherlands",
    "PS": "Palestinian Territory", "RE": "Reunion", "RU": "Russia", "SH": "Saint Helena",
    "SX": "Sint Maarten", "TL": "Timor Leste", "TR": "Turkey", "VA": "Vatican",
    "VG": "British Virgin Islands", "VI": "U.S. Virgin Islands",
}
# In GeoNames but not in ISO 3166-1 (user-assigned code).
_EXTRA_COUNTRIES = (("XK", "XKX", "Kosovo"),)

# iso2 -> (aliases, demonyms). Demonyms also match with a plural "s".
_NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "AF": ((), ("Afghan",)),
    "DZ": ((), ("Algerian",)),
    "AO": ((), ("Angolan",)),
    "AR": ((), ("Argentine", "Argentinian")),
    "AM": ((), ("Armenian",)),
    "AU": ((), ("Australian",)),
    "AZ": ((), ("Azerbaijani", "Azeri")),
    "BH": ((), ("Bahraini",)),
    "BD": ((), ("Bangladeshi",)),
    "BY": ((), ("Belarusian",)),
    "BJ": ((), ("Beninese",)),
    "BO": ((), ("Bolivian",)),
    "BA": (("Bosnia",), ("Bosnian",)),
    "BR": ((), ("Brazilian",)),
    "BF": (("Burkina",), ("Burkinabe", "Burkinabè")),
    "BI": ((), ("Burundian",)),
    "KH": ((), ("Cambodian",)),
    "CM": ((), ("Cameroonian",)),
    "CA": ((), ("Canadian",)),
    "CF": (("CAR",), ("Central African",)),
    "TD": ((), ("Chadian",)),
    "CL": ((), ("Chilean",)),
    "CN": ((), ("Chinese",)),
    "CO": ((), ("Colombian",)),
    "CD": (("DRC", "DR Congo", "D.R. Congo", "Democratic Republic of Congo", "Congo-Kinshasa",
            "Congo", "RDC"), ("Congolese",)),
    "CG": (("Congo-Brazzaville", "Republic of Congo"), ()),
    "CI": (("Côte d'Ivoire", "Cote d'Ivoire"), ("Ivorian",)),
    "CU": ((), ("Cuban",)),
    "DJ": ((), ("Djiboutian",)),
    "EC": ((), ("Ecuadorian",)),
    "EG": ((), ("Egyptian",)),
    "SV": ((), ("Salvadoran",)),
    "ER": ((), ("Eritrean",)),
    "ET": ((), ("Ethiopian",)),
    "FR": ((), ("French",)),
    "GE": ((), ("Georgian",)),
    "DE": ((), ("German",)),
    "GH": ((), ("Ghanaian",)),
    "GR": ((), ("Greek",)),
    "GT": ((), ("Guatemalan",)),
    "GN": (("Guinea-Conakry",), ("Guinean",)),
    "HT": ((), ("Haitian",)),
    "HN": ((), ("Honduran",)),
    "IN": ((), ("Indian",)),
    "ID": ((), ("Indonesian",)),
    "IR": (("Islamic Republic of Iran",), ("Iranian",)),
    "IQ": ((), ("Iraqi",)),
    "IL": ((), ("Israeli",)),
    "IT": ((), ("Italian",)),
    "JP": ((), ("Japanese",)),
    "JO": ((), ("Jordanian",)),
    "KZ": ((), ("Kazakh", "Kazakhstani")),
    "KE": ((), ("Kenyan",)),
    "XK": ((), ("Kosovar",)),
    "KG": (("Kyrgyzstan",), ("Kyrgyz",)),
    "KW": ((), ("Kuwaiti",)),
    "LB": ((), ("Lebanese",)),
    "LR": ((), ("Liberian",)),
    "LY": ((), ("Libyan",)),
    "MG": ((), ("Malagasy",)),
    "MW": ((), ("Malawian",)),
    "MY": ((), ("Malaysian",)),
    "ML": ((), ("Malian",)),
    "MR": ((), ("Mauritanian",)),
    "MX": ((), ("Mexican",)),
    "MD": ((), ("Moldovan",)),
    "MA": ((), ("Moroccan",)),
    "MZ": ((), ("Mozambican",)),
    "MM": (("Burma",), ("Burmese",)),
    "NP": ((), ("Nepali", "Nepalese")),
    "NI": ((), ("Nicaraguan",)),
    "NE": ((), ("Nigerien",)),
    "NG": (("Niger Delta", "Niger State"), ("Nigerian",)),
    "KP": (("DPRK",), ("North Korean",)),
    "OM": ((), ("Omani",)),
    "PK": ((), ("Pakistani",)),
    "PS": (("Palestine", "Palestinian territories", "Gaza", "Gaza Strip", "West Bank"),
           ("Palestinian",)),
    "PE": ((), ("Peruvian",)),
    "PH": ((), ("Filipino", "Philippine")),
    "PL": ((), ("Polish",)),
    "QA": ((), ("Qatari",)),
    "RU": (("Russian Federation",), ("Russian",)),
    "RW": ((), ("Rwandan",)),
    "SA": ((), ("Saudi",)),
    "SN": ((), ("Senegalese",)),
    "RS": ((), ("Serbian", "Serb")),
    "SL": ((), ("Sierra Leonean",)),
    "SO": ((), ("Somali", "Somalian")),
    "ZA": ((), ("South African",)),
    "KR": (("Korea",), ("South Korean",)),
    "SS": ((), ("South Sudanese",)),
    "ES": ((), ("Spanish",)),
    "LK": ((), ("Sri Lankan",)),
    "SD": ((), ("Sudanese",)),
    "SY": (("Syrian Arab Republic",), ("Syrian",)),
    "TW": ((), ("Taiwanese",)),
    "TJ": ((), ("Tajik",)),
    "TZ": ((), ("Tanzanian",)),
    "TH": ((), ("Thai",)),
    "TG": ((), ("Togolese",)),
    "TN": ((), ("Tunisian",)),
    "TR": (("Türkiye", "Turkiye"), ("Turkish",)),
    "TM": ((), ("Turkmen",)),
    "UG": ((), ("Ugandan",)),
    "UA": ((), ("Ukrainian",)),
    "AE": (("UAE", "United Arab Emirates", "Emirates"), ("Emirati",)),
    "GB": (("UK", "U.K.", "Britain", "Great Britain", "United Kingdom"), ("British",)),
    "US": (("US", "U.S.", "USA", "U.S.A.", "America", "United States of America"), ("American",)),
    "UZ": ((), ("Uzbek",)),
    "VE": ((), ("Venezuelan",)),
    "VN": ((), ("Vietnamese",)),
    "YE": ((), ("Yemeni",)),
    "ZM": ((), ("Zambian",)),
    "ZW": ((), ("Zimbabwean",)),
}

# Matched and then discarded: a country word inside a larger non-country name.
_NOT_COUNTRIES = (
    "Latin America", "Latin American", "South America", "South American", "North America",
    "North American", "Central America", "Central American", "Indian Ocean", "New Mexico",
    "Lake Chad", "Congo River", "Korean Peninsula", "Arab American", "African American",
    "American University", "Jordan River", "New Guinea",
)


@lru_cache(maxsize=1)
def _all_countries() -> tuple[Country, ...]:
    rows = [(c.alpha_2, c.alpha_3, getattr(c, "common_name", None) or c.name)
            for c in pycountry.countries]
    rows += list(_EXTRA_COUNTRIES)
    countries = []
    for iso2, iso3, name in rows:
        aliases, demonyms = _NAMES.get(iso2, ((), ()))
        countries.append(Country(iso2, iso3, _GEONAMES_NAMES.get(iso2, name), aliases, demonyms))
    return tuple(sorted(countries, key=lambda c: c.iso2))


@lru_cache(maxsize=1)
def _by_code() -> dict[str, Country]:
    index: dict[str, Country] = {}
    for country in _all_countries():
        index[country.iso2] = country
        index[country.iso3] = country
    return index


def _terms(country: Country) -> list[str]:
    terms = [country.name, *country.aliases, *country.demonyms]
    if country.name.startswith("The "):
        terms.append(country.name[4:])
    return terms


@lru_cache(maxsize=1)
def _by_term() -> dict[str, Country | None]:
    index: dict[str, Country | None] = {t.casefold(): None for t in _NOT_COUNTRIES}
    for country in _all_countries():
        for term in _terms(country):
            index.setdefault(term.casefold(), country)
    return index


def _is_acronym(term: str) -> bool:
    return term.replace(".", "").isupper() and len(term.replace(".", "")) <= 4


def _term_regex(term: str) -> str:
    body = re.escape(term.replace("’", "'")).replace(r"\ ", r"\s+")
    return body.replace("'", "['’]")


@lru_cache(maxsize=1)
def country_term_pattern() -> str:
    """A regex alternation of every country name, alias and demonym (longest first).

    For use inside other patterns (actors); compile with re.IGNORECASE and
    check the hit with `is_country_term_hit`.
    """
    terms = sorted(_by_term(), key=len, reverse=True)
    originals = {t.casefold(): t for c in _all_countries() for t in _terms(c)}
    originals.update({t.casefold(): t for t in _NOT_COUNTRIES})
    parts = []
    for key in terms:
        term = originals[key]
        plural = "(?:s|es)?" if term in _demonym_set() and not term.endswith(("ese", "sh", "ch", "s")) else ""
        parts.append(_term_regex(term) + plural)
    return "(?:" + "|".join(parts) + ")"


@lru_cache(maxsize=1)
def _demonym_set() -> frozenset[str]:
    return frozenset(d for c in _all_countries() for d in c.demonyms)


@lru_cache(maxsize=1)
def _text_regex() -> re.Pattern[str]:
    return re.compile(r"(?<![\w.])" + country_term_pattern() + r"(?!\w)", re.IGNORECASE)


def lookup_country_term(hit: str) -> Country | None:
    """The country a matched term names, or None (not a country, or wrong case)."""
    squashed = re.sub(r"\s+", " ", hit).replace("’", "'")
    key = squashed.casefold()
    index = _by_term()
    if key not in index:
        for suffix in ("es", "s"):
            if key.endswith(suffix) and key[: -len(suffix)] in index:
                key = key[: -len(suffix)]
                break
    country = index.get(key)
    if country is None:
        return None
    canonical = next((t for t in _terms(country) if t.casefold() == key), "")
    if _is_acronym(canonical):
        if squashed[: len(canonical)] != canonical:
            return None
    elif not squashed[:1].isupper():
        return None
    return country


def country_by_code(code: str) -> Country | None:
    """The country with this ISO 3166-1 alpha-2 or alpha-3 code (any case)."""
    return _by_code().get(code.strip().upper()) if code else None


def find_country(name: str) -> Country | None:
    """The country whose name, alias or demonym is exactly `name` (case-insensitive)."""
    if not name:
        return None
    key = re.sub(r"\s+", " ", name.strip()).replace("’", "'").casefold()
    key = key[4:] if key.startswith("the ") and key not in _by_term() else key
    return _by_term().get(key)


def find_countries_in_text(text: str) -> list[tuple[Country, int, int]]:
    """Every country mention (name, alias or demonym) with its character span, in order."""
    found = []
    for hit in _text_regex().finditer(text):
        country = lookup_country_term(hit.group(0))
        if country is not None:
            found.append((country, hit.start(), hit.end()))
    return found


def main_country(text: str) -> Country | None:
    """The country a text is about: most mentioned, ties broken by first mention."""
    mentions = find_countries_in_text(text)
    if not mentions:
        return None
    counts = Counter(c.iso2 for c, _, _ in mentions)
    first = {}
    for country, start, _ in mentions:
        first.setdefault(country.iso2, (start, country))
    best = max(counts, key=lambda iso2: (counts[iso2], -first[iso2][0]))
    return first[best][1]
