"""Geocoding: place mentions to country, admin1, admin2 and coordinates (codebook section 4).

Public entry points: `geocode` (one LocationMention), `geocode_text` (a typed
phrase such as "Panjwai district, Kandahar") and `geocode_mentions` (fill
`.place` on extracted EventMentions). The index lives in
`transforms.geocode_index`, candidate scoring in `transforms.geocode_rank`.

Resolution order: exact names and GeoNames alternate names, then normalised
forms (accents, hyphens, apostrophes, "-e-/-i-/-ye-" connectors, generic
words), then guarded fuzzy matching of the context country's admin units.
Context decides between candidates: the text's kind hint, the named parent
unit, the article's country, and the rank and size of places.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from transforms.actors import generic_actor_moved
from transforms.geocode_index import ADM1, ADM2, PLACE, Gazetteer
from transforms.geocode_rank import KIND_LEVEL, is_common_english_word, lies_in, rank_candidates, resolve_parent
from transforms.geocode_text import parse_location_text
from transforms.place_names import fold_name, name_key
from transforms.records import EventMention, LocationMention, Place

__all__ = ["Gazetteer", "GeocodeResult", "geocode", "geocode_text", "geocode_mentions", "is_unplaced_without_toll"]

_COMPASS_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
    "south-eastern", "south-western", "upper", "lower",
})


@dataclass(frozen=True)
class GeocodeResult:
    """The resolved place (None when nothing matched) and every candidate considered."""

    place: Place | None
    candidates: tuple[dict, ...] = ()

    def to_dict(self) -> dict:
        """JSON-ready: the place's fields, the chosen candidate and the rejected ones."""
        place = self.place
        fields = ("country", "iso3", "admin1", "admin2", "location", "latitude", "longitude",
                  "geo_precision", "geonameid", "admin1_code", "admin2_code")
        out: dict = {"matched": place is not None}
        out.update({name: getattr(place, name) if place else None for name in fields})
        out["chosen"] = next((c for c in self.candidates if c["chosen"]), None)
        out["rejected"] = [c for c in self.candidates if not c["chosen"]]
        return out


def geocode(gazetteer: Gazetteer, mention: LocationMention, country_iso2: str | None = None) -> GeocodeResult:
    """Resolve one mention; `country_iso2` is the article's main country (settles ambiguity).

    A name that matches nothing but starts with a compass word ("southern
    Kandahar") is tried again without it; names such as "North Kivu" match
    whole first.
    """
    context = country_iso2.upper() if country_iso2 else None
    if mention.kind == "capital":
        return GeocodeResult(place=_capital_of(gazetteer, mention, context))
    chosen, candidates = rank_candidates(gazetteer, mention, context)
    words = mention.name.split(maxsplit=1)
    if chosen is None and len(words) == 2 and words[0].lower() in _COMPASS_WORDS:
        if gazetteer.find_country(words[1]) is not None:
            return GeocodeResult(place=_compass_region(gazetteer, words[0], words[1]), candidates=candidates)
        chosen, candidates = rank_candidates(gazetteer, replace(mention, name=words[1]), context)
    tail = mention.name.rsplit(maxsplit=1)
    if chosen is None and len(tail) == 2 and tail[1].lower() in _COMPASS_WORDS:
        # "Tonj East", "Rumbek East", "Aweil West" (counties the gazetteer lacks): the town they are named for
        part = _spelt_as(gazetteer, mention, tail[0], context)
        if part is not None and part.geo_precision < 3:  # "Twic East" is not Warrap's Twic county, 200 km off
            return GeocodeResult(place=replace(part, geo_precision=max(part.geo_precision, 2)), candidates=candidates)
    place = None if chosen is None else (_province_abroad_over_a_village(gazetteer, mention, chosen)
                                         or gazetteer.make_place(chosen, near=mention.near))
    if place is None and mention.parent:
        place = _place_in_parent(gazetteer, mention, context)
    if place is None and context is not None and not mention.parent:
        place = _major_place_abroad(gazetteer, mention, candidates)
    return GeocodeResult(place=place, candidates=candidates)


def _province_abroad_over_a_village(gazetteer: Gazetteer, mention: LocationMention, chosen: int) -> Place | None:
    """"Afghanistan's Khost and Kunar provinces" in a Pakistan story: Kunar province, not the
    Pakistani hamlet called Kunar that the article's country put first. The text says province."""
    if mention.kind != "province" or gazetteer.level[chosen] != PLACE \
            or gazetteer.population[chosen] >= _VILLAGE_POPULATION:
        return None
    provinces = [e for e in gazetteer.entries_of(mention.name, ADM1)
                 if gazetteer.country[e] != gazetteer.country[chosen]
                 and fold_name(gazetteer.name[e]) == fold_name(mention.name)]
    return gazetteer.make_place(provinces[0], near=mention.near) if len(provinces) == 1 else None


def _capital_of(gazetteer: Gazetteer, mention: LocationMention, context: str | None) -> Place | None:
    """"the Afghan capital" (name: the country) or "the capital" (no name: the article's country)."""
    iso2 = gazetteer.find_country(mention.name) if mention.name else context
    capital = gazetteer.countries.get(iso2 or "", {}).get("capital")
    if not capital:
        return None
    return geocode(gazetteer, LocationMention(capital, "city", near=mention.near), iso2).place


# "southern Lebanon" is the South governorate only where a province bears the compass name.
_COMPASS_UNITS = {
    "north": ("North", "Northern", "Nord"), "south": ("South", "Southern", "Sud"),
    "east": ("East", "Eastern", "Est"), "west": ("West", "Western", "Ouest"),
}


def _compass_region(gazetteer: Gazetteer, compass: str, country_name: str) -> Place | None:
    """The province named by the compass word in that country ("northern Israel" -> Northern
    District), or None: "northern Mali" names no unit, and the country alone places nothing."""
    iso2 = gazetteer.find_country(country_name)
    direction = compass.lower().removesuffix("ern")
    for name in _COMPASS_UNITS.get(direction, ()):
        units = [e for e in gazetteer.entries_of(name, ADM1) if gazetteer.country[e] == iso2]
        if len(units) == 1:
            return gazetteer.make_place(units[0])
    return None


# Feature codes of places big enough that news means them even outside the article's country.
_MAJOR_FEATURES = frozenset({"PPLC", "PPLA", "ADM1"})


def _major_place_abroad(gazetteer: Gazetteer, mention: LocationMention,
                        candidates: Sequence[dict]) -> Place | None:
    """"A drone hit Belgorod" in a Ukraine article: when nothing in the article's country
    matches, an exact-name capital, provincial capital or province abroad is meant.
    Villages abroad never are: a missing local village must not jump countries."""
    if not candidates or any(not str(c["rejected"] or "").startswith("outside the article's country")
                             for c in candidates):
        return None  # no match at all, or an in-country candidate lost for a reason of its own
    chosen, _ = rank_candidates(gazetteer, mention, None)
    if chosen is None or gazetteer.feature_code[chosen] not in _MAJOR_FEATURES:
        return None
    best = next((c for c in candidates if c.get("geonameid") == gazetteer.geonameid[chosen]), None)
    if best is None or best["match"] != "exact":
        return None
    return gazetteer.make_place(chosen, near=mention.near)

def _place_in_parent(gazetteer: Gazetteer, mention: LocationMention, context: str | None) -> Place | None:
    """A place missing from the gazetteer but named inside a unit that is there
    ("Kairu, in Maru district"): the unit's point, the text's name, and at best
    geo_precision 2 (part of a region), since the exact spot is unknown."""
    chain = mention.parent_chain
    parent = None
    for depth, unit in enumerate(chain):
        parent = _enclosing_unit(gazetteer, unit, context)
        outer = resolve_parent(gazetteer, chain[depth + 1:], context)[0]
        if parent is not None and (not outer or lies_in(gazetteer, parent, outer)):
            break  # "Kani, Sagaing": the township when the gazetteer has it in that region, else the region
        # "Nam Neint village in Pinlaung Township, Shan State": the gazetteer knows Pinlaung as a town only
        towns = [e for e in gazetteer.lookup(unit) if gazetteer.level[e] == PLACE and outer
                 and (context is None or gazetteer.country[e] == context) and lies_in(gazetteer, e, outer)]
        parent = max(towns, key=lambda e: gazetteer.population[e], default=None)
        if parent is not None:
            break
    if parent is None:
        return None
    if context is not None and gazetteer.country[parent] != context:
        # "Erbil, the capital of the Kurdistan Region" in an Iraq story: the city at home, not a
        # point in Iran's Kurdistan province
        home, _ = rank_candidates(gazetteer, replace(mention, parent=None), context)
        if home is not None and gazetteer.country[home] == context and gazetteer.population[home] >= _VILLAGE_POPULATION \
                and fold_name(gazetteer.name[home]) == fold_name(mention.name):
            return gazetteer.make_place(home, near=mention.near)
    place = gazetteer.make_place(parent, near=False)
    return replace(place, location=mention.name, geonameid=None, geo_precision=max(place.geo_precision, 2))


def _enclosing_unit(gazetteer: Gazetteer, name: str, context: str | None) -> int | None:
    # a parent is an enclosing unit: the one admin unit of that name in the country ("Jere" the
    # LGA of Borno, not a village Jere elsewhere), else the best-ranked province of that name
    units = [e for level in (ADM1, ADM2) for e in gazetteer.entries_of(name, level)]
    home = [e for e in units if context is None or gazetteer.country[e] == context]
    # at home, else abroad ("the Makeen area of South Waziristan district" in an Afghan story)
    pool = home or units
    if len(pool) > 1:
        # "Apa LGA": the unit called Apa, not the neighbouring Agatu that GeoNames also calls Apa;
        # "Kunar's Shultan district" in a Pakistan story: Kunar province, not its Bar Kunar district
        pool = [e for e in pool if name_key(gazetteer.name[e]) == name_key(name)] or pool
    if len(pool) == 1:
        return pool[0]
    province = rank_candidates(gazetteer, LocationMention(name=name, kind="province"), context)[0]
    if province is not None and (not home or gazetteer.level[province] in (ADM1, ADM2)):
        return province  # a town of the name is no enclosing unit when units of that name exist
    # "Makhmour district": a spelling the ranker matches (to Makhmur) only when told it is a district
    district = rank_candidates(gazetteer, LocationMention(name=name, kind="district"), context)[0]
    return district if district is not None and gazetteer.level[district] in (ADM1, ADM2) else None


def geocode_text(gazetteer: Gazetteer, text: str, country_iso2: str | None = None) -> GeocodeResult:
    """Resolve a phrase: "X district", "X province", "X, Y province", "near X", "X, Country"."""
    mention, named_country = parse_location_text(text, gazetteer.find_country)
    return geocode(gazetteer, mention, country_iso2 or named_country)


def geocode_mentions(gazetteer: Gazetteer, mentions: Sequence[EventMention]) -> list[EventMention]:
    """Copies of the mentions with `.place` filled; no mention is ever dropped.

    Tried in order: the mention's location in its `country_hint` country;
    the same name in another country the article names (exact names only:
    "a strike on Jouaiya" in a story filed about Israel); then the story's
    other places (`fallback_locations`: a facility the gazetteer lacks,
    "Mitiga airport ... southern Tripoli"), at best geo_precision 2. A
    mention with nothing resolvable gets the country-level Place of its
    `country_hint` (geo_precision 3, the country's representative point);
    with no hint either, an empty Place (nothing known at any level).
    """
    resolved: list[EventMention] = []
    cache: dict[tuple, Place | None] = {}
    for mention in mentions:
        key = (mention.location, mention.country_hint, mention.fallback_locations, mention.other_countries,
               mention.story_units, mention.sentence_units)
        if key not in cache:
            place = _event_place(gazetteer, mention)
            place = _parent_unit_in_story_province(gazetteer, mention, place) or place
            cache[key] = _inside_the_sentence_unit(gazetteer, mention, place) or place
        place = cache[key]
        if place is None:
            place = gazetteer.country_place(mention.country_hint) or Place(iso3="", country="")
        resolved.append(_actors_of_place_country(gazetteer, replace(mention, place=place)))
    return _namesake_near_the_sentence(gazetteer, _unknown_place_in_story_province(
        gazetteer, _story_province(gazetteer, _same_name_same_place(_variant_village_in_story_province(
            gazetteer, resolved)))))


def _article_provinces(mentions: list[EventMention]) -> dict[tuple[str, str], set[str]]:
    """(article, country iso3) -> the admin1 codes its placed events lie in."""
    provinces: dict[tuple[str, str], set[str]] = {}
    for m in mentions:
        if m.place is not None and m.place.admin1:
            provinces.setdefault((m.article_id, m.place.iso3), set()).add(m.place.admin1_code)
    return provinces


def _variant_village_in_story_province(gazetteer: Gazetteer, mentions: list[EventMention]) -> list[EventMention]:
    """'Kikla, the besieged town in the Nafusa mountains' is GeoNames' hamlet-sized 'Kiklah': a name the
    text calls a town, left at country level, is the one village of its country spelt that way
    (`place_names.loose_key`) when that village lies in a province where the article's other events
    are ("the town of Dahyan" in a Saada story is no 'Dhahyan' of Ibb; a Colombo no 'Calombo' of Tete)."""
    provinces = _article_provinces(mentions)
    out = []
    for m in mentions:
        if m.location is not None and m.location.kind == "city" and m.place is not None and not m.place.admin1 \
                and m.country_hint and len(name_key(m.location.name)) >= 5:
            entries = gazetteer.spelling_variants(m.location.name, m.country_hint.upper())
            home = gazetteer.country_place(m.country_hint)
            if len(entries) == 1 and gazetteer.level[entries[0]] == PLACE and home is not None \
                    and gazetteer.admin1_code[entries[0]] in provinces.get((m.article_id, home.iso3), set()):
                m = replace(m, place=gazetteer.make_place(entries[0], near=m.location.near))
        out.append(m)
    return out


# "the village of Kyanzaba": the text itself says the unknown name is a village ("the Old City" is no
# town named Old, "the PK5 district" of a capital is a quarter)
_SETTLEMENT_KINDS = frozenset({"village"})


def _unknown_place_in_story_province(gazetteer: Gazetteer, mentions: list[EventMention]) -> list[EventMention]:
    """'the camp at Boulkessi' (a name the gazetteer lacks) in a story whose every placed event
    lies in Mopti: the event is placed in that province (geo_precision 3), not left at country
    level where no analyst can count it; so is one day's act the sentence places nowhere
    (`_unplaced_day_act`: a toll, or "X was arrested at his offices on Sunday" told in its own
    paragraph). Not when the story spans provinces (the unknown
    place could be in any of them), and only for an event with deaths, an act of one day told
    nowhere, or a name the text calls a village ("they kidnapped twelve in the village of Kyanzaba"):
    a bare name the gazetteer lacks is as often no place at all ("the Special Anti-Robbery
    Squad"), and such a row without deaths is dropped (is_unplaced_without_toll)."""
    provinces = _article_provinces(mentions)
    out = []
    for m in mentions:
        place = m.place
        named = m.location is not None and m.location.name and m.location.kind not in ("region", "country", "capital")
        story = provinces.get((m.article_id, place.iso3 if place is not None else ""), set())
        toll = m.fatalities_known and m.fatalities > 0
        day_act = _unplaced_day_act(m)
        if (named or day_act) and place is not None and place.iso3 and not place.admin1 \
                and len(story) == 1 and (toll or day_act or (named and m.location.kind in _SETTLEMENT_KINDS
                                                             and not is_common_english_word(m.location.name))):
            entry = gazetteer.units.get(next(iter(story)))
            if entry is not None:
                # the name stays (two unknown camps of one story are two places), the point is the province's
                m = replace(m, place=_province_keeping_name(gazetteer, entry, m.location.name if named else None))
        out.append(m)
    return out


def _unplaced_day_act(m: EventMention) -> bool:
    """'The official said 41 bodies had been buried by Thursday', 'Tchangari was arrested on
    Sunday' in a story told in one province: an act of one day the sentence places nowhere. A
    tally over days or weeks stays at country level (codebook rule 6)."""
    return (m.location is None and m.time_precision == 1 and m.event_date is not None
            and (m.date_start or m.event_date) == m.event_date)


def _story_province(gazetteer: Gazetteer, mentions: list[EventMention]) -> list[EventMention]:
    """'Diallassagou and the nearby villages of Dianweli and Deguessagou' in a Mopti story: a
    village that alone lands in another province (a namesake in Segou) is moved to the one
    of that name in the province where the article's other events are, when there is one. With
    none there, a hamlet whose name several provinces hold ("the nearby village of Kasanga" in a
    Lubero story, the gazetteer's Kasangas unpeopled records in six other provinces) is one of that
    province the gazetteer lacks, unless the article names the namesake's province."""
    counts: dict[str, Counter] = {}
    for m in mentions:
        if m.place is not None and m.place.admin1:
            counts.setdefault(m.article_id, Counter())[m.place.admin1] += 1
    out = []
    for m in mentions:
        ranked = counts.get(m.article_id, Counter()).most_common(1)
        place = m.place
        if ranked and place is not None and place.admin1 and place.admin1 != ranked[0][0] and ranked[0][1] >= 2 \
                and counts[m.article_id][place.admin1] == 1 and m.location is not None \
                and _at_a_town(gazetteer, m.location, place) \
                and not m.location.parent:  # "Gambela, the capital of the neighbouring Gambella region": placed by the text
            iso2 = gazetteer.find_country(place.iso3)
            entries = gazetteer.lookup(m.location.name)
            # (never a province by an old alternate name: GeoNames gives Nineveh "Duhok", Duhok's own seat)
            home = [e for e in entries if gazetteer.country[e] == iso2 and gazetteer.make_place(e).admin1 == ranked[0][0]
                    and (gazetteer.level[e] == PLACE or name_key(gazetteer.name[e]) == name_key(m.location.name))]
            found = _entry_of(gazetteer, entries, place)
            if len(home) == 1 and not _seat_over_a_smaller_namesake(gazetteer, found, home[0]):
                m = replace(m, place=gazetteer.make_place(home[0], near=m.location.near))
            elif not home and found is not None and _a_hamlet_of_a_name_held_apart(gazetteer, found, entries, iso2) \
                    and place.admin1_code not in _story_provinces(gazetteer, m, iso2):
                m = replace(m, place=_home_province(gazetteer, mentions, m, ranked[0][0]) or place)
        out.append(m)
    return out


def _a_hamlet_of_a_name_held_apart(gazetteer: Gazetteer, found: int, entries: tuple[int, ...], iso2: str) -> bool:
    """The place found is a hamlet recorded without people, and places of its name lie in several
    provinces of the country: the gazetteer's pick was a guess."""
    return gazetteer.tier(found) == 0 and gazetteer.population[found] < _VILLAGE_POPULATION and len(
        {gazetteer.admin1_code[e] for e in entries if gazetteer.country[e] == iso2 and gazetteer.level[e] == PLACE}) > 1


def _story_provinces(gazetteer: Gazetteer, mention: EventMention, iso2: str, skip: str | None = None) -> set[str]:
    """The admin1 codes of the units the article names, in `iso2` (but the unit called `skip`)."""
    provinces = set()
    for name in mention.story_units:
        if skip is not None and fold_name(name) == fold_name(skip):
            continue
        for code in resolve_parent(gazetteer, (name,), iso2)[0]:
            entry = gazetteer.units.get(code)
            if entry is not None and gazetteer.country[entry] == iso2:
                provinces.add(gazetteer.admin1_code[entry])
    return provinces


def _home_province(gazetteer: Gazetteer, mentions: list[EventMention], mention: EventMention,
                   admin1: str) -> Place | None:
    """The story's province, at geo_precision 3, for a village the gazetteer lacks there (its name kept)."""
    code = next((m.place.admin1_code for m in mentions if m.article_id == mention.article_id and m.place is not None
                 and m.place.admin1 == admin1 and m.place.admin1_code and m.place.iso3 == mention.place.iso3), None)
    entry = gazetteer.units.get(code) if code else None
    return None if entry is None else _province_keeping_name(gazetteer, entry, mention.location.name)


def _province_keeping_name(gazetteer: Gazetteer, entry: int, name: str | None) -> Place:
    """The province `entry`, at geo_precision 3, under the place name the text gave (if any)."""
    unit = gazetteer.make_place(entry)
    return replace(unit, location=name or unit.location, geonameid=None, geo_precision=3)


def _entry_of(gazetteer: Gazetteer, entries: tuple[int, ...], place: Place) -> int | None:
    """The entry, among those a name looked up, that `place` was made from."""
    return next((e for e in entries if gazetteer.geonameid[e] == place.geonameid), None)


def _seat_over_a_smaller_namesake(gazetteer: Gazetteer, found: int | None, namesake: int) -> bool:
    """"Mykolaiv" in a Donetsk story: a provincial seat named outright is meant, not a village namesake."""
    return found is not None and gazetteer.tier(found) >= 2 and gazetteer.tier(namesake) < gazetteer.tier(found)


def _same_name_same_place(mentions: list[EventMention]) -> list[EventMention]:
    """'jets bombed villages around Lay Kay Kaw, a town near Myawaddy' placed Lay Kay Kaw once;
    a later 'troops raided Lay Kay Kaw' in the same article is the same place, not the country."""
    placed: dict[tuple[str, str], Place] = {}
    for m in mentions:
        if m.location is not None and m.place is not None and m.place.admin1:
            placed.setdefault((m.article_id, m.location.name), m.place)
    out = []
    for m in mentions:
        known = placed.get((m.article_id, m.location.name)) if m.location is not None else None
        if known is not None and m.place is not None and not m.place.admin1 and known.iso3 == m.place.iso3:
            m = replace(m, place=known)
        out.append(m)
    return out


def _country_named_by_region(gazetteer: Gazetteer, location: LocationMention) -> str | None:
    """'northern Syria': the country a compass region names (None for 'southern Kandahar')."""
    words = location.name.split(maxsplit=1)
    if len(words) != 2 or words[0].lower() not in _COMPASS_WORDS:
        return None
    return gazetteer.find_country(words[1])


def _actors_of_place_country(gazetteer: Gazetteer, mention: EventMention) -> EventMention:
    """A Syria story's bombing in Istanbul: its civilians are Turkey's, not Syria's."""
    where = gazetteer.find_country(mention.place.iso3) if mention.place and mention.place.iso3 else None
    if where is None or where == (mention.country_hint or "").upper():
        return mention
    return replace(mention, actor1=generic_actor_moved(mention.actor1, mention.country_hint, where),
                   actor2=generic_actor_moved(mention.actor2, mention.country_hint, where))


def _short_name_of(gazetteer: Gazetteer, location: LocationMention, iso2: str) -> bool:
    """'Congo' in 'eastern Congo' is part of the name of `iso2`'s country (Democratic Republic of the Congo)."""
    word = location.name.split(maxsplit=1)[1].lower()
    name = str(gazetteer.countries.get(iso2, {}).get("name", "")).lower()
    return bool(name) and word in name


def _event_place(gazetteer: Gazetteer, mention: EventMention) -> Place | None:
    if mention.location is None:
        return None
    region_of = _country_named_by_region(gazetteer, mention.location)
    hint = (mention.country_hint or "").upper()
    if region_of is not None and hint and region_of != hint and _short_name_of(gazetteer, mention.location, hint):
        region_of = hint  # "eastern Congo" in a DR Congo story is DR Congo, not the Republic of the Congo
    if region_of is not None:
        # "strikes in northern Syria": Syria, at country level unless a province bears the
        # compass name; never another place of the story (Istanbul, told in the same sentence)
        return geocode(gazetteer, mention.location, mention.country_hint).place or gazetteer.country_place(region_of)
    result = geocode(gazetteer, mention.location, mention.country_hint)
    place = result.place
    # a district found by a loose spelling ("Lodda" for Lodja scores 89; "Makhmour" for Makhmur 100) is a
    # guess; a province spelt loosely ("Deir Ezzor") is still that province: provinces are few
    guessed = any(c["chosen"] and c["level"] == "admin2" and c["match"].startswith("fuzzy")
                  and float(c["match"].split()[1]) < _SURE_SPELLING for c in result.candidates)
    if place is not None and _in_story_countries(gazetteer, place, mention):
        return _seat_abroad_over_a_village(gazetteer, mention, place) or _namesake_in_story_unit(
            gazetteer, mention, place) or _parent_namesake_in_story_unit(gazetteer, mention, place) \
            or _far_village_in_story_province(gazetteer, mention, place) \
            or (_story_province_over_a_spelling_guess(gazetteer, mention, place) if guessed else None) or place
    capital = place if place is not None and _is_a_capital(gazetteer, mention.location, place) else None
    abroad = [c for c in mention.other_countries if c != mention.country_hint]
    namesake = _exact_place_in(gazetteer, mention.location, abroad)
    if capital is not None and namesake is not None and _is_a_small_place(gazetteer, mention.location, namesake):
        # "an Israeli air strike near Damascus" in an Iraq story that names the US: Syria's
        # capital, not a small town of that name in Tennessee (with no namesake in a country the
        # story names, a capital abroad stays unplaced: "the Minsk agreements")
        return capital
    place = namesake or _variant_spelling(gazetteer, mention.location, mention.country_hint)
    if place is not None:
        return place
    for fallback in mention.fallback_locations:
        place = (geocode(gazetteer, fallback, mention.country_hint).place
                 or _exact_place_in(gazetteer, fallback, abroad))
        if place is not None:
            return replace(place, geo_precision=max(place.geo_precision, 2))
    return _french_spelling(gazetteer, mention.location, mention.country_hint)


_VILLAGE_POPULATION = 1000
_SURE_SPELLING = 95


def _is_a_capital(gazetteer: Gazetteer, location: LocationMention, place: Place) -> bool:
    entry = _entry_of(gazetteer, gazetteer.lookup(location.name), place)
    return entry is not None and gazetteer.feature_code[entry] == "PPLC"


_CITY_POPULATION = 100_000


def _is_a_small_place(gazetteer: Gazetteer, location: LocationMention, place: Place) -> bool:
    entry = _entry_of(gazetteer, gazetteer.lookup(location.name), place)
    return entry is not None and gazetteer.level[entry] == PLACE and gazetteer.population[entry] < _CITY_POPULATION \
        and gazetteer.feature_code[entry] not in _MAJOR_FEATURES


def _at_a_town(gazetteer: Gazetteer, location: LocationMention, place: Place) -> bool:
    """The place is a town's point, at it or "near" it (geo_precision 2 then), not a unit's."""
    if place.geo_precision == 1 or not (location.near and place.geo_precision == 2):
        return place.geo_precision == 1
    entry = _entry_of(gazetteer, gazetteer.lookup(location.name), place)
    return entry is not None and gazetteer.level[entry] == PLACE


def _namesake_in_story_unit(gazetteer: Gazetteer, mention: EventMention, place: Place) -> Place | None:
    """'the village of Metele' in a story that names Borno state (in another sentence): the
    Metele of Borno, not the one in Katsina that ranked first. Only for a town the text names
    bare (no parent of its own), and never instead of a provincial seat or capital. A town the
    gazetteer knows only as the district named after it ("the town of Maungdaw" in a Rakhine
    story, where only Maungdaw township is listed) is placed at that district."""
    location = mention.location
    if not mention.story_units or location.parent or location.kind not in ("place", "city", "village") \
            or not _at_a_town(gazetteer, location, place):
        return None
    iso2 = gazetteer.find_country(place.iso3)
    entries = gazetteer.lookup(location.name)
    found = _entry_of(gazetteer, entries, place)
    namesakes = [e for e in entries
                 if e != found and gazetteer.level[e] in (PLACE, ADM2) and gazetteer.country[e] == iso2]
    if found is None or not namesakes:
        return None  # most names have no namesake at home: the story's units need not be resolved
    units: set[str] = set()
    for name in mention.story_units:
        if name_key(name) == name_key(location.name):
            continue  # "Shadaw Township" told elsewhere in the story is no witness for which Shadaw
        units |= {code for code in resolve_parent(gazetteer, (name,), iso2)[0] if code[:2] == iso2}
    if not units or lies_in(gazetteer, found, units):
        return None
    inside = [e for e in namesakes if lies_in(gazetteer, e, units)]
    towns = [e for e in inside if gazetteer.level[e] == PLACE]
    if not towns:
        districts = [e for e in inside if name_key(gazetteer.name[e]) == name_key(location.name)]
        if len(districts) != 1 or gazetteer.tier(found) >= 2:
            return None  # "Dnipro" in a Kyiv story is the city, not Kyiv's Dnipro district
        return gazetteer.make_place(districts[0], near=location.near)
    best = _likeliest_town(gazetteer, towns)
    if _seat_over_a_smaller_namesake(gazetteer, found, best) or _city_over_a_hamlet(gazetteer, found, best, location):
        return None  # a provincial seat or a city named bare is meant, wherever the story is
    return gazetteer.make_place(best, near=location.near)


_UNIT_KINDS = frozenset(kind for kind, level in KIND_LEVEL.items() if level != PLACE)  # the text calls it a unit


def _inside_the_sentence_unit(gazetteer: Gazetteer, mention: EventMention, place: Place | None) -> Place | None:
    """'near the Khalid bin al-Walid military camp in the Mawza district of Taiz province': the
    sentence itself names the unit the place lies in, so a namesake placed elsewhere (a hamlet
    Khalid in Lahij), or a fallback to the dateline's city, is not the place: a namesake inside
    that unit is, else the unit itself (its place name kept). Only when the units the sentence
    names lie in one province of the place's country, and never for a place that is itself an
    admin unit the text names."""
    location = mention.location
    if place is None or location is None or not mention.sentence_units or location.kind in _UNIT_KINDS \
            or location.kind == "capital":
        return None
    iso2 = gazetteer.find_country(place.iso3) if place.iso3 else None
    if iso2 is None:
        return None
    entries = gazetteer.lookup(location.name)
    found = _entry_of(gazetteer, entries, place)
    if found is not None and gazetteer.tier(found) > 0:
        return None  # a town of some size is meant wherever the sentence's units lie ("in Najaf ... Dhi Qar")
    units: set[str] = set()
    for name in mention.sentence_units:
        if name_key(name) != name_key(location.name):  # units the gazetteer holds by that very name
            units |= {gazetteer.admin2_code[e] or gazetteer.admin1_code[e] for e in gazetteer.lookup(name)
                      if gazetteer.level[e] in (ADM1, ADM2) and gazetteer.country[e] == iso2}
    provinces = {gazetteer.admin1_code[gazetteer.units[code]] for code in units if code in gazetteer.units}
    if len(provinces) != 1:
        return None
    province = provinces.pop()
    if place.admin1_code == province:
        return None
    inside = [e for e in entries if gazetteer.level[e] == PLACE
              and gazetteer.country[e] == iso2 and gazetteer.admin1_code[e] == province]
    if inside:
        best = _likeliest_town(gazetteer, inside)
        return gazetteer.make_place(best, near=location.near)
    districts = [code for code in units if code in gazetteer.units and gazetteer.level[gazetteer.units[code]] == ADM2]
    entry = gazetteer.units[districts[0]] if len(districts) == 1 else gazetteer.units.get(province)
    return _province_keeping_name(gazetteer, entry, location.name) if entry is not None else None


_FAR_KM = 100.0  # a village this far from every other place of its sentence is suspect
_NEAR_KM = 150.0  # ... when a namesake lies within this of one of them
_CLOSER = 3.0  # ... and that many times closer


def _namesake_near_the_sentence(gazetteer: Gazetteer, mentions: list[EventMention]) -> list[EventMention]:
    """'Janaale, a farming town about 90 kilometres southwest of Mogadishu': of the two villages
    Janaale, the one 80 km from Mogadishu, not the one 300 km off in Lower Juba that ranked first.
    A village (no seat, no town of size) placed far from every other place its sentence names
    moves to a namesake several times closer to one of them (the story's other places are no
    such witness: a story ranges over a country). Distances only break ties between namesakes: a
    village the gazetteer holds once stays where it is."""
    out = []
    for mention in mentions:
        moved = _nearer_namesake(gazetteer, mention)
        out.append(replace(mention, place=moved) if moved is not None else mention)
    return out


def _nearer_namesake(gazetteer: Gazetteer, mention: EventMention) -> Place | None:
    location, place = mention.location, mention.place
    if location is None or place is None or place.latitude is None or location.parent:
        return None
    entries = gazetteer.lookup(location.name)
    found = _entry_of(gazetteer, entries, place)
    if found is None:  # placed at a fallback: "overran an African Union base in Janaale"
        entries = gazetteer.lookup(place.location)
        found = _entry_of(gazetteer, entries, place)
    if found is None or gazetteer.level[found] != PLACE or gazetteer.tier(found) > 0:
        return None
    namesakes = [e for e in entries if e != found and gazetteer.level[e] == PLACE
                 and gazetteer.country[e] == gazetteer.country[found] and not math.isnan(gazetteer.latitude[e])]
    if not namesakes:
        return None
    iso2 = gazetteer.country[found]
    own = {name_key(location.name), name_key(place.location)}
    anchors = [p for p in (geocode(gazetteer, other, iso2).place for other in mention.sentence_places
                           if name_key(other.name) not in own)
               if p is not None and p.geo_precision < 3 and p.latitude is not None]
    if not anchors:
        return None

    def distance(entry: int) -> float:
        return min(_km(gazetteer.latitude[entry], gazetteer.longitude[entry], a.latitude, a.longitude)
                   for a in anchors)

    here = distance(found)
    best = min(namesakes, key=distance)
    if here > _FAR_KM and distance(best) < _NEAR_KM and distance(best) * _CLOSER < here:
        return gazetteer.make_place(best, near=location.near)
    return None


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def _likeliest_town(gazetteer: Gazetteer, entries: list[int]) -> int:
    """Of several places of one name, the one a bare mention most likely means: the higher tier,
    then the larger population, then the older GeoNames entry."""
    return max(entries, key=lambda e: (gazetteer.tier(e), gazetteer.population[e], -gazetteer.geonameid[e]))


def _city_over_a_hamlet(gazetteer: Gazetteer, found: int, namesake: int, location: LocationMention) -> bool:
    """"the northern towns of Dessie and Kombolcha" in a story that names Oromia: the cities of
    270,000 and 130,000 people, not Oromia's hamlets of those names (told "the village of", a
    namesake may be meant)."""
    return location.kind != "village" and gazetteer.population[found] >= _CITY_POPULATION \
        and gazetteer.population[namesake] * 10 < gazetteer.population[found]


def _far_village_in_story_province(gazetteer: Gazetteer, mention: EventMention, place: Place) -> Place | None:
    """'the nearby village of Kasanga' in a story that names only North Kivu, the gazetteer's
    Kasangas hamlets in six other provinces: the village is one of North Kivu's the gazetteer
    lacks (placed at that province, geo_precision 3, its name kept), not a far namesake. Only for a
    village the text names bare, whose name several provinces hold but not the one the story names."""
    location = mention.location
    if not mention.story_units or location.parent or location.kind not in ("place", "village") \
            or not _at_a_town(gazetteer, location, place) or not place.admin1_code:
        return None
    iso2 = gazetteer.find_country(place.iso3)
    entries = gazetteer.lookup(location.name)
    found = _entry_of(gazetteer, entries, place)
    if found is None or not _a_hamlet_of_a_name_held_apart(gazetteer, found, entries, iso2):
        return None  # a name only one province holds is that village ("Shyrokyne" in a story told from Kyiv)
    provinces = _story_provinces(gazetteer, mention, iso2)
    home = provinces.pop() if len(provinces) == 1 else None
    entry = gazetteer.units.get(home) if home is not None else None
    if entry is None or home == place.admin1_code:
        return None
    for nearby in mention.fallback_locations:  # "In Karachi, ... rallied in Lyari": the town beside it vouches
        other = geocode(gazetteer, nearby, iso2).place
        if other is not None and other.admin1_code == place.admin1_code:
            return None
    return _province_keeping_name(gazetteer, entry, location.name)


def _story_province_over_a_spelling_guess(gazetteer: Gazetteer, mention: EventMention, place: Place) -> Place | None:
    """'the Lodda IDP site' in a story that names only Ituri: the gazetteer lacks Lodda, and the
    place found by its nearest spelling (Lodja, in Sankuru) is a guess the story's province
    outweighs. The event is placed at that province (geo_precision 3, its name kept)."""
    location = mention.location
    if not mention.story_units or location.parent or not place.admin1_code:
        return None
    provinces = _story_provinces(gazetteer, mention, gazetteer.find_country(place.iso3))
    home = provinces.pop() if len(provinces) == 1 else None
    entry = gazetteer.units.get(home) if home is not None else None
    if entry is None or home == place.admin1_code:
        return None
    return _province_keeping_name(gazetteer, entry, location.name)


def _parent_unit_in_story_province(gazetteer: Gazetteer, mention: EventMention, place: Place | None) -> Place | None:
    """'Kimakpa village in Bassa Local Government Area' in a story that names Plateau: the village
    unknown, it was placed at its parent unit, and units called Bassa lie in several states. The one
    in a province the story names is meant (the parent's own name is no witness of where it lies)."""
    location = mention.location
    if place is None or location is None or len(location.parent_chain) != 1 or place.geonameid is not None \
            or place.location != location.name or not place.iso3:
        return None  # only a place set at its parent's point
    parent = location.parent_chain[0]
    iso2 = gazetteer.find_country(place.iso3)
    provinces = _story_provinces(gazetteer, mention, iso2, skip=parent)
    if not provinces or place.admin1_code in provinces:
        return None
    # (by its own name: GeoNames gives Nineveh province the alternate name "Duhok")
    units = [e for level in (ADM1, ADM2) for e in gazetteer.entries_of(parent, level)
             if gazetteer.country[e] == iso2 and gazetteer.admin1_code[e] in provinces
             and name_key(gazetteer.name[e]) == name_key(parent)]
    if len(units) != 1:
        return None
    unit = gazetteer.make_place(units[0], near=False)
    return replace(unit, location=location.name, geonameid=None, geo_precision=max(unit.geo_precision, 2))


def _parent_namesake_in_story_unit(gazetteer: Gazetteer, mention: EventMention, place: Place) -> Place | None:
    """'Thayet Oke village in Myebon Township' in a Rakhine story, the village unknown and the
    township listed only as towns called Myebon (one in Mandalay, two in Rakhine): the parent is
    read as a town named bare, so the namesake inside the story's units wins, as for a town
    named alone. Only when the place is the parent's point (the name itself is not listed)."""
    location = mention.location
    if len(location.parent_chain) != 1 or place.geonameid is not None or place.location != location.name:
        return None  # "Masteri village, Beida locality, West Darfur": the outer unit already chose the parent
    parent = LocationMention(name=location.parent_chain[0], kind="place", near=location.near)
    parent_place = geocode(gazetteer, parent, mention.country_hint).place
    if parent_place is None or parent_place.geo_precision != 1 or (parent_place.admin1, parent_place.admin2) != (
            place.admin1, place.admin2):
        return None  # the parent was placed as a unit, or not as the town the ranking picks
    # the parent's own name among the story's units is no witness: _namesake_in_story_unit skips it
    namesake = _namesake_in_story_unit(gazetteer, replace(mention, location=parent), parent_place)
    if namesake is None or fold_name(namesake.location) != fold_name(parent.name):
        return None  # "Beida" is West Darfur's; South Darfur's "Al Bayda'" only sounds like it
    return replace(namesake, location=location.name, geonameid=None, geo_precision=max(namesake.geo_precision, 2))


def _seat_abroad_over_a_village(gazetteer: Gazetteer, mention: EventMention, place: Place) -> Place | None:
    """'Juba' in a story the vote set in Sudan, 'Kaya' in a Niger story: a capital or provincial
    seat of another country the story names, not the unpeopled village of that name at home."""
    location = mention.location
    if location.parent or location.kind not in ("place", "city") or place.geo_precision != 1:
        return None
    entries = gazetteer.lookup(location.name)
    home = _entry_of(gazetteer, entries, place)
    if home is None or gazetteer.tier(home) > 0 or gazetteer.population[home] >= _VILLAGE_POPULATION:
        return None
    abroad = set(mention.other_countries) - {(mention.country_hint or "").upper()}
    seats = [e for e in entries if gazetteer.country[e] in abroad
             and gazetteer.feature_code[e] in ("PPLC", "PPLA")
             and fold_name(gazetteer.name[e]) == fold_name(location.name)]
    if len(seats) != 1:
        return None
    return gazetteer.make_place(seats[0], near=location.near)


def _french_spelling(gazetteer: Gazetteer, location: LocationMention, iso2: str | None) -> Place | None:
    """'Baghouz' is GeoNames' 'Baghuz', 'Koufra' its 'Kufra': tried last, when nothing else
    of the story places the event (a namesake village elsewhere is the risk)."""
    if not iso2 or "ou" not in location.name.lower():
        return None
    return _spelt_as(gazetteer, location, re.sub("ou", "u", re.sub("Ou", "U", location.name)), iso2.upper())


def _variant_spelling(gazetteer: Gazetteer, location: LocationMention, iso2: str | None) -> Place | None:
    """'Noshki' is GeoNames' 'Nushki', 'Souq al-Jumaa' its 'Suq al Jumah': a name that matched
    nothing is tried with vowels and a final 'h' folded (`place_names.loose_key`), against the
    article's country only. Only a town or an admin unit of that spelling is taken: a village
    so spelt is as often another hamlet, a city quarter ("Jadriya" of Baghdad is no
    'Jadriyah' of Nineveh) or a people ("Murle"), and the story's own places then place
    the event better (but see `_variant_village_in_story_province`)."""
    if not iso2 or location.kind in ("country", "region") or len(name_key(location.name)) < 5 \
            or is_common_english_word(location.name):
        return None
    entries = gazetteer.spelling_variants(location.name, iso2.upper())
    towns = [e for e in entries if gazetteer.tier(e) > 0]
    if not towns:
        return None
    best = _likeliest_town(gazetteer, towns)
    return gazetteer.make_place(best, near=location.near)


def _spelt_as(gazetteer: Gazetteer, location: LocationMention, name: str, iso2: str | None) -> Place | None:
    """The place `location` is when written `name`, if that lies in `iso2` (any country when None)."""
    found, _ = rank_candidates(gazetteer, replace(location, name=name), iso2)
    if found is None or (iso2 is not None and gazetteer.country[found] != iso2):
        return None
    return gazetteer.make_place(found, near=location.near)


def _in_story_countries(gazetteer: Gazetteer, place: Place, mention: EventMention) -> bool:
    """A place abroad only in a country the article names ("Capital" is an Icelandic region's
    name too: a Pakistani story that never names Iceland does not mean it)."""
    hint = (mention.country_hint or "").upper()
    return not hint or gazetteer.find_country(place.iso3) in (hint, *mention.other_countries)


def _exact_place_in(gazetteer: Gazetteer, mention: LocationMention, countries: Sequence[str]) -> Place | None:
    """The place of that exact name in the first of `countries` having one; a GeoNames
    alternate name counts only for a town or an admin unit ("Golan" is also an Iraqi
    village's alternate name: a story about Syria does not mean it)."""
    for iso2 in countries:
        chosen, candidates = rank_candidates(gazetteer, mention, iso2)
        if chosen is None or gazetteer.country[chosen] != iso2:
            continue
        best = next((c for c in candidates if c["chosen"]), None)
        if best is None or best["match"] not in ("exact", "alias"):
            continue
        if best["match"] == "exact" or gazetteer.level[chosen] in (ADM1, ADM2) \
                or gazetteer.feature_code[chosen] in _MAJOR_FEATURES | {"PPLA2"}:
            return gazetteer.make_place(chosen, near=mention.near)
    return None


def is_unplaced_without_toll(mention: EventMention) -> bool:
    """Codebook rule 6: an event known only at country level is one only when it carries deaths.

    Applies after geocoding with a real gazetteer: a named place that resolves
    nowhere leaves a country-level row no analyst can place or count.
    """
    place = mention.place
    return place is not None and not place.admin1 and not (mention.fatalities_known and mention.fatalities > 0)
