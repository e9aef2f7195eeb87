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

from transforms.country_names import ALIASES_AND_DEMONYMS, EXTRA_COUNTRIES, GEONAMES_NAMES, NOT_COUNTRIES


@dataclass(frozen=True)
class Country:
    """A country: ISO codes, GeoNames short name, other names, demonyms."""

    iso2: str
    iso3: str
    name: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def _all_countries() -> tuple[Country, ...]:
    rows = [(c.alpha_2, c.alpha_3, getattr(c, "common_name", None) or c.name)
            for c in pycountry.countries]
    rows += list(EXTRA_COUNTRIES)
    countries = []
    for iso2, iso3, name in rows:
        aliases, demonyms = ALIASES_AND_DEMONYMS.get(iso2, ((), ()))
        countries.append(Country(iso2, iso3, GEONAMES_NAMES.get(iso2, name), aliases, demonyms))
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
    index: dict[str, Country | None] = {t.casefold(): None for t in NOT_COUNTRIES}
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
    originals.update({t.casefold(): t for t in NOT_COUNTRIES})
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


@lru_cache(maxsize=1)
def _group_regexes() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(regex, home iso2) of named armed groups tied to one country ("Taliban" -> AF)."""
    from transforms.actor_groups import NAMED_GROUPS  # constant data; imported late to keep this module light

    regexes = []
    for group in NAMED_GROUPS:
        if not group.country or group.kind == "external":
            continue
        if group.aliases:
            regexes.append((re.compile(r"(?<![\w-])(?:" + "|".join(group.aliases) + r")(?![\w-])",
                                       re.IGNORECASE), group.country))
        if group.acronyms:
            regexes.append((re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, group.acronyms))
                                       + r")(?![\w-])"), group.country))
    return tuple(regexes)


_LEAD_CHARS = 300  # the headline or first sentence says what the article is about
_LEAD_BONUS = 2


def _lead_end(text: str) -> int:
    """End of the first line or sentence, at most 300 characters in."""
    ends = [m.end() for m in re.finditer(r"[.!?](?=\s)|\n", text[:_LEAD_CHARS])]
    return ends[0] if ends else _LEAD_CHARS


def _is_demonym(country: Country, term: str) -> bool:
    key = re.sub(r"\s+", " ", term).casefold()
    return any(key in (d.casefold(), d.casefold() + "s", d.casefold() + "es") for d in country.demonyms)


_FORCES_AFTER = re.compile(
    r"[\s-]+(?:forces|troops|soldiers|army|military|missiles?|drones?|strikes?|air\s*strikes?|warplanes|"
    r"jets|shelling|artillery|navy|air\s+force)\b", re.IGNORECASE)
_LOCATIVE = re.compile(r"\b(?:in|across|throughout|inside|into|within)\s+(?:the\s+)?$", re.IGNORECASE)
# "the Nahr al-Bared Palestinian refugee camp", "Sudanese refugees in Chad": people from a country, who
# live outside it; the story is set where they are
PEOPLE_ABROAD_AFTER = re.compile(r"\s+(?:refugees?|refugee\s+camps?|exiles?|migrants?|diaspora)\b", re.IGNORECASE)


def main_country(text: str) -> Country | None:
    """The country a text is about, or None when it names none.

    Score: one point per mention of the country (name, alias, demonym) or of
    an armed group based there ("Taliban" counts for Afghanistan), half a
    point for a word naming forces ("Russian drones", "US troops": often
    foreign actors); two more when a name (not a demonym:
    "Russian missiles hit Kharkiv" is about Ukraine) or group is in the lead
    (first line or sentence); one more for a locative mention ("in Mali").
    Ties go to the first mentioned. Foreign
    powers mentioned often (the US in an Afghan story) are usually
    outweighed by the local groups and the lead.
    """
    lead_end = _lead_end(text)
    weighted: list[tuple[str, int, int]] = []  # (iso2, start, points); points are doubled
    for country, start, end in find_countries_in_text(text):
        if PEOPLE_ABROAD_AFTER.match(text, end):
            continue
        points = 2
        if _FORCES_AFTER.match(text, end):
            points = 1  # "Russian drones", "US troops": an actor, often a foreign one
        if start < lead_end and not _is_demonym(country, text[start:end]):
            points += 2 * _LEAD_BONUS
        if _LOCATIVE.search(text[max(0, start - 20):start]):
            points += 2
        weighted.append((country.iso2, start, points))
    for regex, iso2 in _group_regexes():
        weighted += [(iso2, hit.start(), 2 + (2 * _LEAD_BONUS if hit.start() < lead_end else 0))
                     for hit in regex.finditer(text)]
    if not weighted:
        return None
    scores: Counter[str] = Counter()
    first: dict[str, int] = {}
    for iso2, start, points in weighted:
        scores[iso2] += points
        first[iso2] = min(first.get(iso2, start), start)
    best = max(scores, key=lambda iso2: (scores[iso2], -first[iso2]))
    return country_by_code(best)
