"""Score the gazetteer entries a mention could mean, and pick one.

Scores are additive and explained per candidate:

* match: 100 exact name, 95 alternate name or normalised form, fuzzy
  ratio - 10 (fuzzy is the last resort, see `fuzzy_entries`; the ratio
  compares `translit_key` forms, so "Gore" ~ "Ghor" and "Zambul" ~ "Zabul");
* kind hint: +30 when the entry's level is the one the text names
  ("district" -> ADM2), -15 when it is another; with no hint admin units
  get a small edge over villages (+12 ADM1, +6 ADM2);
* places: +20 capital, +15 province seat, +8 district seat (none when the
  text calls the place a village), and up to +10 for population, so a
  large city beats a village of the same name;
* +50 in the article's country; a country name +55 (it is explicit);
* parent ("X, Y province"): +20 inside Y, rejected outside Y.

An entry outside the article's country is rejected unless the mention
itself says where it is (its parent names that country or a unit there).
"""
from __future__ import annotations

import math
from collections.abc import Sequence

from rapidfuzz import fuzz, process

from transforms.geocode_index import ADM1, ADM2, COUNTRY, LEVEL_NAMES, PLACE, Gazetteer
from transforms.place_names import fold_name, name_key, translit_key
from transforms.records import LocationMention

KIND_LEVEL = {
    "country": COUNTRY, "province": ADM1, "region": ADM1, "state": ADM1, "governorate": ADM1,
    "district": ADM2, "city": PLACE, "town": PLACE, "village": PLACE,
}
_FEATURE_BONUS = {"PPLC": 20.0, "PPLA": 15.0, "PPLA2": 8.0, "PPLA3": 4.0, "PPLA4": 4.0}
_NO_HINT_BONUS = {COUNTRY: 10.0, ADM1: 12.0, ADM2: 6.0, PLACE: 0.0}
FUZZY_MIN_SCORE = 85.0
FUZZY_MIN_KEY_LENGTH = 4
FUZZY_AMBIGUITY_MARGIN = 3.0
MAX_REPORTED_CANDIDATES = 15
_REGION_SEAT_POPULATION = 10000  # a town a region is named after is a sizeable one
# Common English words that are also (or fuzzily resemble) place names. A
# capitalised "Gore" is an English word far more often than a misspelt Ghor,
# so such words may fuzzy-match only a province-level unit, and only when
# the text itself says the place is province-level ("one in Gore" listed
# among provinces). Exact matches are not affected.
COMMON_ENGLISH_WORDS = frozenset("""
about above after again against ahead also area army attack back bank bar base bath battle bay
bear bill black blue body border bridge camp capital cape center centre central chief church
city clash close coast cold court cross dead deal delta east eastern end fall field fire force
forces gate gore grand great green ground group guard hall hand harbour head heart high hill
home hope house island jack jail king lake lakes land last late lead left light line little long
lord low main major march mark market may middle mill mobile monday more mount mountain national
near new news nice north northern office old order over park party peace people plain plains
plateau point police port post power press prison queen rain range reading red river road rock
round royal sale saturday sea second sector security share side south southern spring square
stand star state station stone street strike sunday sunny table thursday top town tribe tuesday
union unity upper valley victoria village wall war water wednesday well wells west western white
wood friday january february april june july august september october november december
""".split())


def rank_candidates(gaz: Gazetteer, mention: LocationMention,
                    context: str | None) -> tuple[int | None, tuple[dict, ...]]:
    """The chosen entry (or None) and the reported candidates, best first."""
    wanted = KIND_LEVEL.get(mention.kind)
    entries = gaz.lookup(mention.name)
    parent_context = context
    if context is None:  # the mention's own candidates may all lie in one country: look for the parent there
        found = {gaz.country[e] for e in entries if gaz.level[e] != COUNTRY}
        parent_context = found.pop() if len(found) == 1 else None
    parent_units, parent_country = resolve_parent(gaz, mention.parent_chain, parent_context)
    allowed = _allowed_countries(context, parent_units, parent_country)
    folded = fold_name(mention.name)
    common_word = is_common_english_word(mention.name)
    scored = []
    for entry in entries:
        exact = fold_name(gaz.name[entry]) == folded
        result = _score(gaz, entry, 100.0 if exact else 95.0, "exact" if exact else "alias",
                        wanted, context, allowed, parent_units, village=mention.kind == "village")
        if common_word and not exact and gaz.level[entry] == PLACE and result[3] is None:
            # "Monday" is an alternate name of the village Munday: a word, not that village.
            result = (*result[:3], "a common English word matching only an alternate name of a place")
        scored.append(result)
    usable_units = any(s[3] is None and gaz.level[s[0]] in (ADM1, ADM2) for s in scored)
    if not any(s[3] is None for s in scored) or (wanted in (ADM1, ADM2) and not usable_units):
        # nothing usable, or "Salahaddin province" matching only a village's alternate name: try the
        # guarded fuzzy tier (the text says it is a unit, so a near-spelt unit beats a village)
        countries = {parent_country} if parent_country else allowed or {code[:2] for code in parent_units}
        fuzzy_country = next(iter(countries)) if len(countries) == 1 else None
        for entry, ratio in fuzzy_entries(gaz, mention, fuzzy_country, wanted):
            scored.append(_score(gaz, entry, ratio - 10.0, f"fuzzy {ratio:.0f}", wanted, context, allowed,
                                 parent_units))
    scored.sort(key=lambda s: (s[3] is not None, -s[1], gaz.geonameid[s[0]] or 0))
    chosen = _prefer_town_in_unit(gaz, scored, wanted)
    if chosen is not None and mention.kind == "region" and gaz.level[chosen] == PLACE \
            and gaz.population[chosen] < _REGION_SEAT_POPULATION:
        chosen = None  # "Iraq's Kurdistan region" is no village called Kurdistan: a region the gazetteer lacks
    top = scored[:MAX_REPORTED_CANDIDATES]
    if chosen is not None and all(s[0] != chosen for s in top):
        top.append(next(s for s in scored if s[0] == chosen))
    return chosen, tuple(_describe(gaz, s, s[0] == chosen) for s in top)


def resolve_parent(gaz: Gazetteer, chain: Sequence[str], context: str | None) -> tuple[set[str], str | None]:
    """Admin codes the parent names (in-country first) and the country it names, if any.

    `chain` is `LocationMention.parent_chain`, innermost first. A chain ("Kani", "Sagaing")
    narrows: the inner unit's codes that lie inside the outer unit; when the inner unit is
    unknown or lies elsewhere, the outer unit the text also named.
    """
    if not chain:
        return set(), None
    units, country = _resolve_unit(gaz, chain[0], context)
    if len(chain) == 1:
        return units, country
    outer_units, outer_country = resolve_parent(gaz, chain[1:], context)
    if outer_country is not None:
        return ({code for code in units if code[:2] == outer_country}, outer_country) if country is None \
            else (units, country)
    if not outer_units or country is not None:
        return units, country
    inside = {code for code in units if code in outer_units or code in gaz.units
              and lies_in(gaz, gaz.units[code], outer_units)}
    return inside or outer_units, None


def lies_in(gaz: Gazetteer, entry: int, units: set[str]) -> bool:
    """The entry is one of the admin units `units` codes, or lies in one."""
    return gaz.admin2_code[entry] in units or gaz.admin1_code[entry] in units


def _resolve_unit(gaz: Gazetteer, parent: str, context: str | None) -> tuple[set[str], str | None]:
    country = gaz.find_country(parent)
    if country is not None:
        return set(), country
    units = [e for e in gaz.lookup(parent) if gaz.level[e] in (ADM1, ADM2)]
    in_country = [e for e in units if context is None or gaz.country[e] == context]
    if not in_country and not units and context is not None:
        # a parent is an enclosing unit: a near-spelt province first ("Salahaddin" -> Salah ad Din)
        in_country = [e for e, _ in (fuzzy_entries(gaz, LocationMention(parent), context, ADM1)
                                     or fuzzy_entries(gaz, LocationMention(parent), context, None))]
    chosen = in_country or units
    if not chosen and context is not None:
        # "Al-Rashad, near the town of Muqdadiyah": a town locates the place by its district
        towns = [e for e in gaz.lookup(parent) if gaz.level[e] == PLACE and gaz.country[e] == context]
        chosen = sorted(towns, key=lambda e: -gaz.population[e])[:1]
    return {gaz.admin2_code[e] or gaz.admin1_code[e] for e in chosen if gaz.admin2_code[e] or gaz.admin1_code[e]}, None


def fuzzy_entries(gaz: Gazetteer, mention: LocationMention, country: str | None,
                  wanted: int | None) -> list[tuple[int, float]]:
    """The one admin unit of `country` whose name is close to the mention's, when allowed.

    Returns [(entry, ratio)] or []: empty when a guard forbids fuzzy matching
    or when two different units are about as close (a guess, not a match).
    Only admin units are compared: they are few per country and are what
    reporters misspell; villages are too many to fuzzy-match safely.
    """
    if not _fuzzy_allowed(mention.name, country) or mention.kind == "village":
        return []  # "the village of Kainama" is no misspelt territory of Kaniama
    key = name_key(mention.name)
    levels = {wanted} if wanted in (ADM1, ADM2) else {ADM1, ADM2}
    if is_common_english_word(mention.name):
        if wanted != ADM1:
            return []
        levels = {ADM1}
    keys, entries = gaz.fuzzy_choices(country)
    hits = process.extract(translit_key(key), keys, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE, limit=30)
    best: dict[int, float] = {}
    for _, ratio, position in hits:
        entry = entries[position]
        if gaz.level[entry] in levels and ratio > best.get(entry, 0.0):
            best[entry] = ratio
    ranked = sorted(best.items(), key=lambda item: -item[1])
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < FUZZY_AMBIGUITY_MARGIN \
            and name_key(gaz.name[ranked[0][0]]) != name_key(gaz.name[ranked[1][0]]):
        return []
    return ranked[:1]


def is_common_english_word(name: str) -> bool:
    """True for names that are also everyday English words ("Gore", "Monday", "Unity")."""
    return fold_name(name) in COMMON_ENGLISH_WORDS or name_key(name) in COMMON_ENGLISH_WORDS


def _fuzzy_allowed(name: str, country: str | None) -> bool:
    """Fuzzy matching needs a context country, a capitalised name and a long enough key.

    Short keys ("Bar", "Ali") are within one edit of too many names;
    lower-case words are not names; without a country there is no small,
    closed set of admin names to compare against.
    """
    stripped = name.strip()
    return (country is not None and bool(stripped) and stripped[0].isupper()
            and len(name_key(stripped)) >= FUZZY_MIN_KEY_LENGTH)


def _allowed_countries(context: str | None, parent_units: set[str],
                       parent_country: str | None) -> set[str] | None:
    """Countries a candidate may lie in (None: any): the article's, or where the text puts it."""
    if parent_country is not None:
        return {parent_country}
    allowed = {context} if context else None
    if allowed is not None:
        allowed |= {code[:2] for code in parent_units}
    return allowed


def _score(gaz: Gazetteer, entry: int, match: float, how: str, wanted: int | None, context: str | None,
           allowed: set[str] | None, parent_units: set[str],
           village: bool = False) -> tuple[int, float, str, str | None]:
    """(entry, score, how matched, rejection reason or None).

    `village`: the text calls the place a village ("the village of Stanislav"); a seat of that name
    (Ivano-Frankivsk, once Stanislav) gets no edge for being a seat.
    """
    level = gaz.level[entry]
    country = gaz.country[entry]
    score = match
    if wanted is None:
        score += _NO_HINT_BONUS[level]
    else:
        score += 30.0 if level == wanted else -15.0
    if level == PLACE:
        if not village:
            score += _FEATURE_BONUS.get(gaz.feature_code[entry], 0.0)
        score += min(10.0, 2.0 * math.log10(gaz.population[entry] + 1))
    if level == COUNTRY:
        score += 55.0
    elif context is not None and country == context:
        score += 50.0
    reason = None
    if level != COUNTRY and allowed is not None and country not in allowed:
        reason = f"outside the article's country ({context})"
    elif parent_units:
        codes = {gaz.admin1_code[entry], gaz.admin2_code[entry]}
        if level == COUNTRY:
            reason = "a country, but the text names a parent unit"
        elif (gaz.admin2_code[entry] or gaz.admin1_code[entry]) in parent_units and level in (ADM1, ADM2):
            reason = "is the parent unit itself"
        elif codes & parent_units:
            score += 20.0
        else:
            reason = "not inside the named parent unit"
    return entry, score, how, reason


def _prefer_town_in_unit(gaz: Gazetteer, scored: list[tuple], wanted: int | None) -> int | None:
    """The best entry; a town beats the same-named admin unit it lies in unless the text names the unit.

    "Bagram" is both a town and its district: with no hint the town is the
    finer answer (geo_precision 1, same admin1/admin2); "Bagram district"
    keeps the district. For a province only its seat or a sizeable town
    counts, not any village sharing the province's name.
    """
    live = [s for s in scored if s[3] is None]
    if not live:
        return None
    best = live[0][0]
    level = gaz.level[best]
    if level == PLACE:
        return _namesake_of_a_unit(gaz, live) or _district_of_a_missing_town(gaz, live, best) or best
    if level not in (ADM1, ADM2) or wanted in (ADM1, ADM2, COUNTRY):
        return best
    code = gaz.admin2_code[best] if level == ADM2 else gaz.admin1_code[best]
    for entry, _, _, _ in live:  # every live candidate matched the same name
        if gaz.level[entry] != PLACE:
            continue
        inside = (gaz.admin2_code[entry] if level == ADM2 else gaz.admin1_code[entry]) == code
        sizeable = level == ADM2 or gaz.feature_code[entry] in ("PPLA", "PPLC") or gaz.population[entry] >= 10000
        if inside and sizeable:
            return entry
    return best


def _district_of_a_missing_town(gaz: Gazetteer, live: list[tuple], best: int) -> int | None:
    """'south of Maungdaw town', where the gazetteer has the district Maungdaw but, of towns, only an
    unpeopled hamlet of the name elsewhere: the district, whose seat the town is."""
    if gaz.population[best] > 0 or gaz.feature_code[best] != "PPL":
        return None
    units = [s[0] for s in live if gaz.level[s[0]] == ADM2 and s[2] == "exact"]
    if len(units) != 1 or gaz.admin2_code[best] == gaz.admin2_code[units[0]]:
        return None
    return units[0]


def _namesake_of_a_unit(gaz: Gazetteer, live: list[tuple]) -> int | None:
    """Two villages called Bosso score the same: the one in the province that has a district
    Bosso is the town the district is named after (the other is a hamlet elsewhere)."""
    tied = [s[0] for s in live if s[1] == live[0][1] and gaz.level[s[0]] == PLACE]
    if len(tied) < 2:
        return None
    units = {gaz.admin1_code[s[0]] for s in live if gaz.level[s[0]] in (ADM1, ADM2)}
    named = [e for e in tied if gaz.admin1_code[e] in units]
    return named[0] if len(named) == 1 else None


def _describe(gaz: Gazetteer, scored: tuple, chosen: bool) -> dict:
    entry, score, how, reason = scored
    place = gaz.make_place(entry)
    return {
        "name": gaz.name[entry], "level": LEVEL_NAMES[gaz.level[entry]], "country": place.country,
        "admin1": place.admin1, "admin2": place.admin2, "geonameid": place.geonameid,
        "feature_code": gaz.feature_code[entry], "match": how, "score": round(score, 1),
        "rejected": reason, "chosen": chosen,
    }
