"""Place mentions in one sentence, with the context that helps geocoding.

Two sources, regex first: admin-unit phrases the text spells out ("Panjwai
district", "the province of Kandahar", "two districts in Farah", "one in
Gore"), strike and capture objects, compass regions and capitals, and then
spaCy's GPE/LOC/FAC entities not already covered. How the words around each
hit read (near, destination, parent unit, list, a capital standing for its
government) is `transforms.place_context`'s.
"""
from __future__ import annotations

import re
from dataclasses import replace

from transforms.actors import find_actors
from transforms.countries import find_country as _find_any_country
from transforms.date_rules import CALENDAR_NAMES
from transforms.place_context import PlaceHit, PlaceScan, is_metonym, read_context
from transforms.place_words import (ARTICLE_PREFIX, BEARING as _BEARING, COMPASS as _COMPASS, CONTINENTAL_ADJECTIVES,
                                    ETHNIC_ADJECTIVES, FORCED_ENTRY as _FORCED_ENTRY, NAME as _NAME, PLACE_ADJECTIVE,
                                    TOWN_PARTS, UNIT as _UNIT, UNIT_KIND as _UNIT_KIND)
from transforms.records import LocationMention

__all__ = ["PlaceHit", "PlaceScan", "scan_places"]

_ARTICLE_PREFIX = re.compile(rf"^{ARTICLE_PREFIX}")
_SETTLEMENTS = frozenset({"city", "town", "village", "hamlet", "neighbourhood", "neighborhood"})

# Country aliases that are also provinces: "Gaza Strip", "West Bank" name where, not only whose.
_PROVINCE_ALIASES = frozenset({"gaza", "gaza strip", "west bank"})


def _kind_of_name(name: str) -> str:
    """The kind hint a bare name carries: a country, a territory ("West Bank") or nothing."""
    if name.strip().lower() in _PROVINCE_ALIASES:
        return "province"
    return "country" if find_country(name) is not None else "place"


def find_country(name: str):
    """The country a name denotes, except names of a country's part ("Gaza Strip")."""
    if name.strip().lower() in _PROVINCE_ALIASES:
        return None
    return _find_any_country(name)


_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "another": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "a dozen": 12, "dozen": 12, "several": None,
    "some": None, "many": None,
}
_COUNT = r"(?i:\d+|a dozen|one|another|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some|many)"

_NAMED_UNIT = re.compile(rf"\b(?P<name>{_NAME})(?:'s)?\s+(?P<unit>{_UNIT})\b")
_NESTED_UNITS = re.compile(rf"(?P<inner>\S.*?)\s+(?P<unit>{_UNIT})\s+of\s+(?P<outer>[A-Z].*)$")
# "the southern Gaza city of Rafah": Rafah is the city, Gaza only describes it
_CITY_OF_NAME = re.compile(r"\s+of\s+[A-Z]")
_UNIT_OF = re.compile(rf"\b(?:the\s+)?{_COMPASS}?(?P<unit>{_UNIT})\s+of\s+(?P<name>{_NAME})")
# "the mountainous Khastak area of Jurm district": a locality named by the unit that holds it
_AREA_OF_UNIT = re.compile(rf"\b(?P<name>{_NAME})\s+(?i:area|quarter|locality)\s+of\s+(?={_NAME}\s+{_UNIT}\b)")
_LIST_UNITS = re.compile(
    rf"\b(?P<names>{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+and\s+{_NAME})\s+(?:border\s+)?(?P<unit>(?i:provinces|states|regions|districts|governorates))\b")
_UNITS_OF_LIST = re.compile(
    rf"\b(?i:the\s+)?(?P<unit>(?i:villages|towns|districts|cities|localities|communities|hills|islands))\s+of\s+"
    rf"(?P<names>{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+and\s+{_NAME})")
_COUNTED = re.compile(
    rf"\b(?i:at\s+least\s+|more\s+than\s+|some\s+|about\s+)?(?P<count>{_COUNT})\s+(?i:other\s+|more\s+|key\s+|new\s+)*"
    rf"(?:(?P<unit>{_UNIT})s?\s+)?(?:[a-z]+\s+){{0,2}}?in\s+(?:the\s+)?{_COMPASS}?(?P<name>{_NAME})(?:'s)?(?:\s+(?P<outer>(?i:province|state|region|governorate))s?)?")
_COUNTED_UNNAMED = re.compile(
    rf"\b(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+)?(?P<count>\d+|a dozen|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\s+(?:other\s+|more\s+|key\s+)*(?:districts|towns|villages|regions|areas|parts)\b",
    re.IGNORECASE)
_ANAPHORA = re.compile(
    r"\b(?:the|this|that|these|those)\s+(?:\w+\s+)?(?:district|districts|town|city|village|area|base|airbase|region|province|camp|checkpoint|outpost|position|"
    r"post|prison|jail|barracks|compound|market|mosque|church|school|hospital|airport)s?\b(?!\s+of\s+[A-Z])"
    r"|^(?:The|These|Those)\s+(?:\w+\s+)?(?:soldiers|troops|forces|fighters|attackers|gunmen|militants|rebels|insurgents|"
    r"protesters|demonstrators|assailants|bombers?|jihadists|bandits|group|militia|attack|assault|raid|blast|explosion)\b",
    re.IGNORECASE)
# "Yemen's capital Sanaa", "the Somali capital, Mogadishu": the name after "capital" is the city
_CAPITAL = re.compile(rf"\b(?:the|[A-Z][\w]+(?:'s|’s))\s+(?:[A-Za-z]+\s+)?capital(?:\s+city)?(?:,|\s+of)?\s+(?P<name>{_NAME})")
_APPOSITIVE_BEFORE = re.compile(r"[A-Z][\w'’-]+,\s+$")
# "the protest hub of Hama", "the rebels' northern stronghold of Saada", "its stronghold of Sirte": a town
# told by what it is to the war; after a bare "the" a word must say so ("the main hub of Al-Qaeda", "the
# stronghold of Boko Haram" are a group's)
_DESCRIBED_TOWN = re.compile(
    rf"\b(?:(?P<the>the)|its|their|[A-Z][\w-]+['’]s|[a-z]+s['’])\s+(?P<words>(?:[a-z][\w'’-]*\s+){{0,3}}?)"
    rf"(?:stronghold|bastion|hub)\s+of\s+(?P<name>{_NAME})(?![\w'’-])(?!['’]s)")
_RANK_WORDS = frozenset("main last key former remaining traditional major biggest largest important only final "
                        "principal chief political spiritual financial ideological".split())
_STREET = re.compile(r"\s(?:Avenue|Street|Road|Square|Boulevard|Highway)$")
# "near the Abdul Haq roundabout": a landmark named after someone, inside the town
_STREET_AFTER = re.compile(r"\s+(?:roundabout|square|street|avenue|boulevard|junction|intersection|circle)s?\b")
_ACRONYM_IN_PARENS = re.compile(r"\([A-Z]{2,8}\)")
# "the Nyala airport", "Kabul University", "Gwadar Port", "Insein prison": a site named after its town
_FACILITY = re.compile(rf"\b(?P<name>{_NAME})\s+(?:US\s+)?(?i:air\s?base|airbase|air\s?field|airport|military\s+base|base|"
                       rf"university|port|prison|central\s+prison|(?:railway|train|bus)\s+station)\b")
# "the Central Prison in Taiz City", "the National Airport": a word of the site's name, not its town
_FACILITY_ADJECTIVES = frozenset({"Central", "Main", "National", "Federal", "International", "New", "Old", "General",
                                  "Military", "Regional", "Provincial", "State", "City", "Civil"})
_MORE_NAMES = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<name>{_NAME})")
_STOP_NAMES = frozenset(
    "The A An In On At Of And But He She They It This That These Those Since After Before Islamic "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
    "July August September October November December Government Security Local Provincial Capital "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
# "the holy fasting month of Ramadan": feasts and fasts are times, not places (a village in Iraq is called Ramadan)
_FEASTS = frozenset("Ramadan Ramzan Eid Christmas Easter Ashura Muharram Nowruz Passover Hajj Lent Advent Diwali".split())
_TRAILING_WORDS = frozenset({"Air", "Military", "Army", "Naval", "US", "State", "Province", "Region", "District", "Base",
                            "Airbase", "Airport", "Airfield", "Field",
                            "County", "Governorate"})
_SKIP_ENTS = frozenset({"PERSON", "ORG", "NORP", "DATE", "TIME", "EVENT", "WORK_OF_ART", "LAW", "CARDINAL", "ORDINAL"})
# "in the remote Rajgal valley", "in neighbouring Myaing": a describing word may stand before the name
_AFTER_PREP = re.compile(rf"\b(?i:in|near|at|outside|from|around|of|across|over|between|through|"
                         # "the violence spread on Sunday to Dire Dawa": the new scene
                         rf"(?:spread|spreads|spreading|spilled|spilling)\s+(?:(?:on|late|early|last|this)\s+\w+\s+)?(?:to|into))"
                         rf"\s+(?:the\s+)?(?:(?i:{PLACE_ADJECTIVE})\s+)?{_COMPASS}?(?P<name>{_NAME})")
_PLACE_PREPS = frozenset({"in", "near", "outside", "around", "over", "between", "through", "spread", "spreads", "spreading",
                          "spilled", "spilling"})
# "through the streets of Diwaniyah", "the outskirts of X": "of" after a part of a town places it
_PART_OF_TOWN_BEFORE = re.compile(r"\b(?:streets|outskirts|suburbs?|centre|center|heart|edges?|fringes?|periphery|"
                                  r"entrance|gates?|districts|neighbou?rhoods|quarters|parts|sectors|markets?|"
                                  r"bazaars?)\s+$", re.IGNORECASE)
# spaCy's small model tags unknown towns as people, groups, even dates ("Manbij" DATE)
_MISTAGGED_ENTS = frozenset({"PERSON", "ORG", "NORP", "DATE", "TIME", "EVENT", "WORK_OF_ART", "LAW", ""})
# "Wad Madani, the capital of El Gezira state": a name a capital is told of is a town, however tagged
_APPOSITIVE_UNIT = re.compile(rf",\s+(?:a|an|the)\s+(?:[a-z]+\s+){{0,2}}?(?:{_UNIT}|capital(?=\s+of\b))\b")
_TITLE_WORDS = frozenset(
    "President Minister Ministry Governor Commander General Spokesman Spokeswoman Council Committee "
    "Office Agency News Party Army Forces Force Police Front Movement Union Organization Organisation "
    "Brigade Brigades Battalion Division Corps Guard Guards Court Parliament Assembly Embassy Mission "
    "University School Hospital Church Mosque Company Bank Times Post Press Radio Television TV Chief "
    "Director Secretary Prime King Queen Prince Mr Mrs Dr Gen Col Lt Capt Mayor Judge Senator Colonel Commissioner "
    "Ambassador Deputy Sergeant Captain Lieutenant Head Administration "
    "Initiative Deal Agreement Accord Treaty Corridor Programme Program Plan Conference Summit Commission "
    "Trust Foundation Fund Institute Society Association Authority Corporation Operation Operations Service".split())
_TRIGGER_OBJECT = re.compile(
    rf"\b(?i:fall|capture|seizure|recapture|control|siege|liberation|shelling|bombing|outskirts)\s+of\s+(?:the\s+)?(?P<name>{_NAME})"
    rf"|\b(?i:(?:attack|assault|raid|offensive|advance|strike|strikes|march)\s+(?:on\s+[a-z]+day\s+)?on|(?:areas?|parts|neighbou?rhoods?|suburbs?|centre|center|outskirts|countryside|environs|vicinity)\s+of)\s+(?:the\s+)?(?P<name3>{_NAME})"
    rf"|\b(?i:captured|seized|overran|overrun|recaptured|retook|retaken|liberated|shelled|bombed|stormed|attacked|raided|entered|(?:{_FORCED_ENTRY})\s+(?:back\s+)?into|(?:forced|fought|smashed)\s+(?:their|its)\s+way\s+into|abandoned|evacuated|withdr[a-z]+\s+from|retreated\s+from|pulled\s+out\s+of|driven\s+out\s+of|(?:drove|pushed|chased|forced|kicked)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?out\s+of|took\s+control\s+of|took\s+over|taken\s+over|control\s+of|pounded|bombarded|struck|targeted|hit|rocked)[\"”’']?\s+(?:the\s+)?(?:(?i:town|city|village|district)\s+of\s+)?(?P<name2>{_NAME})"
    rf"|\b(?i:fired|launched|lobbed|dropped|rained)\s+(?:[\w-]+\s+){{0,4}}?(?i:at|on|into|towards)\s+(?:the\s+)?(?:(?i:town|city|village)\s+of\s+)?(?P<name4>{_NAME})")
_VAGUE_AREA = re.compile(
    r"\b(?i:in|across|throughout|around)\s+(?:the\s+)?(?:[A-Z][\w]+(?:'s|’s)\s+)?(?:\w+\s+){0,4}?"
    r"(?:provinces|regions|states|areas|parts|country|north|south|east|west|northeast|northwest|southeast|southwest)\b"
    # "in the south of the city": a part of the town just told, not a vague area
    r"(?!\s+of\s+(?:the|this|that)\s+(?:city|town|village|camp)\b)")


def _count_value(word: str) -> int | None:
    word = word.lower()
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word)


def _clean_name(name: str) -> str | None:
    """The bare name: no leading stop words or possessors, no trailing 'Air' or comma."""
    words = name.rstrip(",;:").split()  # the parser's entity "Timbuktu," before ", Mali"
    possessive = [i for i, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))]
    if possessive:
        words = words[possessive[-1] + 1:]  # "Warrap State's Tonj East": the unit is the one after the possessor
    while words and (words[0] in _STOP_NAMES or words[0].endswith(("'s", "’s"))
                     or re.search(r"-(?:occupied|held|controlled|run|led|backed|administered|allied|aligned|majority|dominated|"
                               r"populated|inhabited|speaking)$", words[0], re.IGNORECASE)):
        words = words[1:]  # "Israeli-occupied Golan Heights", "rebel-held Idlib": the place is the rest
    while words and words[-1] in _TRAILING_WORDS:
        words = words[:-1]
    if not words or not _ARTICLE_PREFIX.sub("", words[0])[:1].isupper():
        return None
    return " ".join(words)


def _name_hit(m: re.Match, group: str, name: str, kind: str) -> PlaceHit:
    """The hit of a cleaned name where it stands inside the regex group it was cleaned from."""
    start = m.start(group) + m.group(group).find(name)
    return PlaceHit(LocationMention(name, kind), start, start + len(name))


def _add(found: list[PlaceHit], hit: PlaceHit) -> None:
    """Keep the first reading of a span, unless the new one is a longer name around it."""
    clashes = [h for h in found if h.start < hit.end and hit.start < h.end]
    if not clashes:
        found.append(hit)
        return
    inside = all(hit.start <= h.start and h.end <= hit.end for h in clashes)
    if len(clashes) > 1 and " and " in hit.mention.name:
        return  # "the hills of Tshanzu and Runyoni": two names found, not one entity "Tshanzu and Runyoni"
    if inside and all(h.mention.kind == "place" and h.mention.count is None for h in clashes) \
            and len(hit.mention.name) > max(len(h.mention.name) for h in clashes):
        for h in clashes:  # 'Finote' (entity) inside 'Finote Selam' (after 'in')
            found.remove(h)
        found.append(hit)


def _scan_counted(text: str, found: list[PlaceHit]) -> None:
    """'one district in Herat province, one in Gore, two in Farah'."""
    last_unit: str | None = None
    for m in _COUNTED.finditer(text):
        name = _clean_name(m.group("name"))
        unit = (m.group("unit") or last_unit or "").lower() or None
        if unit is None or name is None:
            continue
        last_unit = unit
        kind = "province" if _UNIT_KIND.get(unit) in ("district", "city", "village") else "country"
        if m.group("outer"):
            kind = _UNIT_KIND[m.group("outer").lower()]
        if find_country(name) is not None and find_country(name).name.lower() == name.lower():
            continue
        count = _count_value(m.group("count"))
        start = m.start("name")
        _add(found, PlaceHit(LocationMention(name, kind if kind != "country" else "place", count=count or 1),
                             start, m.end()))


_BEARING_OF = re.compile(rf"\b(?i:{_BEARING})\s+of\s+(?:the\s+)?(?:(?i:town|city|village)\s+of\s+)?(?P<name>{_NAME})")
# "about 95 kilometers (60 miles) south of Baghdad": a distance before the bearing (broader than
# place_context's, which must read the number: "south-east of" and any distance count here)
_DISTANCE_BEFORE = re.compile(r"\d\s*(?:km|kms|kilomet(?:re|er)s?|miles?)\b[^.;]{0,15}$", re.IGNORECASE)
_ENDS_A_SENTENCE = re.compile(r"[.!?][\"'’”)]?\s*$")
# "the Government Girls Secondary School, Jangebe, in Talata Mafara Local Government Area": a
# name set off by commas, then placed in a named admin unit
_LOCATED_BY_UNIT = re.compile(rf",\s+(?P<name>{_NAME}),?\s+in\s+(?:the\s+)?(?={_NAME}\s+{_UNIT})")
# "Neskuchne and Makarivka in Donetsk region and Lobkove in Zaporizhzhia region": a list's last
# name, placed in a unit of its own (read after the parser's names, which win)
_LAST_LOCATED_BY_UNIT = re.compile(rf"\band\s+(?P<name>{_NAME})\s+in\s+(?:the\s+)?(?={_NAME}\s+{_UNIT})")


def _scan_located_names(text: str, found: list[PlaceHit], pattern: re.Pattern = _LOCATED_BY_UNIT) -> None:
    for m in pattern.finditer(text):
        name = _clean_name(m.group("name"))
        if name and not _looks_like_title_or_country(name) and not _is_demonym(name):
            _add(found, PlaceHit(LocationMention(name, "village"), m.start("name"), m.end("name")))


def _scan_bearings(text: str, found: list[PlaceHit]) -> None:
    """'struck a group of terrorists south of Tamou': near the town."""
    for m in _BEARING_OF.finditer(text):
        if _DISTANCE_BEFORE.search(text[max(0, m.start() - 30):m.start()]):
            continue  # "the port of Es Sider, about 30 km west of Ras Lanuf": a reference point, not the place
        name = _clean_name(m.group("name"))
        if name and not _looks_like_title_or_country(name) and find_country(name) is None and not _is_demonym(name):
            _add(found, _name_hit(m, "name", name, "place"))


# "in Khyber Agency", "of North Waziristan Agency": Pakistan's tribal agencies (units until 2018); an
# institution takes "the" ("the National Emergency Management Agency"), a news agency is none
_TRIBAL_AGENCY = re.compile(r"\b(?i:in|of|near|across|throughout|into|from|and)\s+"
                            r"(?!(?:Anadolu|Xinhua|Fars|Tasnim|Mehr|Amaq|Kyodo|Yonhap)\b)"
                            r"(?P<name>(?:(?:North|South)\s+)?[A-Z][a-z]+)\s+Agency\b(?!\s+(?:for|of)\b)")


# the people of a unit, capitalised when they open a sentence: "Residents of Yinmabin township said"
_PEOPLE_OF = frozenset("residents people villagers inhabitants elders members leaders youths families".split())
# "in the crowded Moon Market of Allama Iqbal Town": a site named in its town, which is the unit
_SITE_OF = frozenset("market bazaar square mosque church shrine hospital stadium".split())


def _scan_units(text: str, found: list[PlaceHit]) -> None:
    for m in _TRIBAL_AGENCY.finditer(text):
        if not _looks_like_title_or_country(m.group("name")) and find_country(m.group("name")) is None:
            _add(found, PlaceHit(LocationMention(m.group("name"), "district"), m.start("name"), m.end()))
    for m in _UNITS_OF_LIST.finditer(text):  # "the villages of Kurya, Kairu and Yargaladima"
        unit = m.group("unit").lower()
        kind = {"villages": "village", "districts": "district", "hills": "place", "islands": "place"}.get(unit, "city")
        for nm in re.finditer(_NAME, m.group("names")):
            name = _clean_name(nm.group(0))
            if name:
                s = m.start("names") + nm.start()
                _add(found, PlaceHit(LocationMention(name, kind), s, s + len(nm.group(0))))
    for m in _LIST_UNITS.finditer(text):
        kind = _UNIT_KIND[m.group("unit").lower().rstrip("s")]
        names = list(re.finditer(_NAME, m.group("names")))
        if any(nm.group(0) in ETHNIC_ADJECTIVES or _is_demonym(nm.group(0)) for nm in names):
            continue  # "alarmed Washington and Arab states": states are countries here, "Arab" a people
        for nm in names:
            name = _clean_name(nm.group(0))
            if name and name != "and":
                s = m.start("names") + nm.start()
                _add(found, PlaceHit(LocationMention(name, kind), s, s + len(nm.group(0))))
    for m in _NAMED_UNIT.finditer(text):
        nested = _NESTED_UNITS.match(m.group("name"))
        if nested:  # "Tarmuwa LGA of Yobe state": two units, the second enclosing the first
            for part, unit in (("inner", nested.group("unit")), ("outer", m.group("unit"))):
                name = _clean_name(nested.group(part))
                if name:
                    start = m.start("name") + nested.start(part)
                    _add(found, PlaceHit(LocationMention(name, _UNIT_KIND.get(unit.lower(), "place")),
                                         start, start + len(nested.group(part))))
            continue
        name = _clean_name(m.group("name"))
        head = name.split(" of ")[0] if name and " of " in name else None
        if head and (_looks_like_title_or_country(head) or head.lower() in _PEOPLE_OF
                     or head.split()[-1].lower() in _SITE_OF):
            # "Head of Donetsk Oblast Military Administration", "Residents of Yinmabin township": the unit
            name = name.rsplit(" of ", 1)[1]
        if m.group("unit").lower() in ("city", "town", "village") and _CITY_OF_NAME.match(text, m.end()):
            continue
        if name and (_is_demonym(name) or name.split()[-1] in CONTINENTAL_ADJECTIVES
                     or all(w in ETHNIC_ADJECTIVES for w in name.split()) and m.group("unit").lower() in _SETTLEMENTS):
            # "the Libyan neighbourhood", "a Sunni Turkmen town", "the central African state": a people, not a name
            continue
        if name and not _ARTICLE_PREFIX.sub("", m.group("name"))[:1].islower():
            kind = _UNIT_KIND.get(m.group("unit").lower(), "place")
            # "Odesa's Kyivskyi district": the possessor is the city the district belongs to
            owner = re.match(r"^(?P<owner>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s", m.group("name"))
            parent = owner.group("owner") if owner and _find_any_country(owner.group("owner")) is None else None
            _add(found, PlaceHit(LocationMention(name, kind, parent=parent), m.start("name"), m.end()))
    for m in _UNIT_OF.finditer(text):
        name = _clean_name(m.group("name"))
        if name:
            _add(found, PlaceHit(LocationMention(name, _UNIT_KIND[m.group("unit").lower()]), m.start(), m.end()))
    for m in _AREA_OF_UNIT.finditer(text):
        name = _clean_name(m.group("name"))
        if name and not _looks_like_title_or_country(name) and not _is_demonym(name):
            _add(found, _name_hit(m, "name", name, "place"))
    for m in _CAPITAL.finditer(text):
        name = _clean_name(m.group("name"))
        if re.search(r"\sof\s+\S+$", m.group(0)) and _APPOSITIVE_BEFORE.search(text, 0, m.start()):
            continue  # "Uzhhorod, the regional capital of Zakarpattia": the unit the town is capital of
        if name and not _looks_like_title_or_country(name) and find_country(name) is None:
            _add(found, PlaceHit(LocationMention(name, "city"), m.start("name"), m.start("name") + len(m.group("name"))))
    for m in _DESCRIBED_TOWN.finditer(text):
        words = m.group("words").split()
        if m.group("the") and all(w in _RANK_WORDS for w in words):
            continue
        name = _clean_name(m.group("name"))
        if name and not _looks_like_title_or_country(name) and find_country(name) is None and not find_actors(name):
            _add(found, _name_hit(m, "name", name, "city"))
    for m in _FACILITY.finditer(text):
        name = _clean_name(m.group("name"))
        if name and name not in _FACILITY_ADJECTIVES and find_country(name) is None:
            # ("the largest American base in the country": whose base, not its town)
            _add(found, PlaceHit(LocationMention(name, "place"), m.start("name"), m.end()))


# "rockets hit northern Israel", "a strike in southern Lebanon": geocoding maps these to the
# province of that name where one exists (Israel's Northern District), else no place.
_COMPASS_COUNTRY = re.compile(
    r"(?<![\w-])(?P<name>(?i:north|south|east|west)(?i:ern)\s+(?P<country>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))")


def _scan_compass_countries(text: str, found: list[PlaceHit]) -> None:
    for m in _COMPASS_COUNTRY.finditer(text):
        country_text = m.group("country")
        country = find_country(country_text)
        if country is None:  # "southern Lebanon" but also "southern Lebanon Hospital": try the first word
            country_text = country_text.split()[0]
            country = find_country(country_text)
        if country is None or country_text in country.demonyms and country_text != country.name:
            continue  # "northern Malian towns": a demonym
        end = m.start("country") + len(country_text)
        name = f"{m.group('name').split()[0].lower()} {country_text}"
        _add(found, PlaceHit(LocationMention(name, "region"), m.start("name"), end))


# "in the Afghan capital", "outside Somalia's capital", "across the capital": the capital city,
# named by its country (geocoding looks it up); "the Somali capital, Mogadishu" is _CAPITAL's.
_CAPITAL_OF = re.compile(
    r"\b(?i:in|near|outside|around|across|on\s+the\s+outskirts\s+of|of)\s+"
    r"(?P<ref>the\s+(?:(?P<adj>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+)?capital|(?:the\s+)?(?P<poss>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})['’]s\s+capital)"
    r"(?!\s*,?\s+[A-Z])(?!\s+city\s+of)(?![\w-])")


# "gathered near the presidential palace", "shot dead inside the Afghan Interior Ministry", "stormed the
# parliament building": a seat of the state, in the capital (not "the presidential palace on al-Maashiq
# hill in Aden", "attacked the Interior Ministry in Ankara": the town named with it)
_SEAT_OF_STATE = re.compile(
    r"\b(?i:near|outside|at|to|around|inside|in\s+front\s+of|stormed|attacked)\s+(?P<ref>the\s+(?:"
    r"(?i:presidential)\s+(?i:palace|compound)"
    r"|(?:[A-Z][a-z]+\s+)?(?:Interior|Defen[cs]e|Foreign|Justice|Finance|Education|Health|Information|Oil|Electricity)\s+Ministry"
    r"|Ministry\s+of\s+(?:the\s+)?(?:Interior|Defen[cs]e|Foreign\s+Affairs|Justice|Finance|Education|Health|Information|"
    r"Oil|Electricity|Communications)"
    r"|(?:[A-Z][a-z]+\s+)?(?i:parliament)(?:\s+(?i:building|house|complex))?|National\s+Assembly))\b"
    r"(?![^.,;]{0,40}?\b(?:in|of)\s+[A-Z])")
_SEAT_WORDS = frozenset("presidential Presidential Ministry National parliament Parliament Interior Defence Defense "
                        "Foreign Justice Finance Education Health Information Oil Electricity".split())
# "an official at the Ministry of Finance said", "elected to the parliament": where a person works or sits
_SEAT_AS_WORKPLACE = re.compile(r"\b(?:officials?|spokes(?:man|woman|person)|sources?|officers?|ministers?|directors?|"
                                r"advisers?|staff|employees?|workers?|members?|elected|sent|submitted|presented|"
                                r"appointed|returned|speaker)\s+$", re.IGNORECASE)


def _scan_capitals(text: str, found: list[PlaceHit]) -> None:
    for m in _SEAT_OF_STATE.finditer(text):
        if _SEAT_AS_WORKPLACE.search(text, 0, m.start()):
            continue
        qualifier = m.group("ref").split()[1]
        if qualifier not in _SEAT_WORDS and find_country(qualifier) is None:
            continue  # "the Kurdistan parliament", "the Puntland Interior Ministry": a region's seat
        _add(found, PlaceHit(LocationMention("", "capital"), m.start("ref"), m.end("ref")))
    for m in _CAPITAL_OF.finditer(text):
        named = m.group("adj") or m.group("poss")
        country = find_country(named) if named else None
        if named and country is None:
            continue  # "the provincial capital", "Kandahar's capital": not a country's
        name = country.name if country is not None else ""
        _add(found, PlaceHit(LocationMention(name, "capital"), m.start("ref"), m.end("ref")))


# "pulled back from the Lahore residence of Imran Khan": the town a home or office is named by
_TOWN_HOME_OF = re.compile(rf"\bthe\s+(?P<name>{_NAME})\s+(?:residence|home|house|office|offices|compound|villa)\s+of\s+")


def _scan_town_homes(text: str, found: list[PlaceHit]) -> None:
    for m in _TOWN_HOME_OF.finditer(text):
        name = _clean_name(m.group("name"))
        if name and not _looks_like_title_or_country(name) and not _is_demonym(name):
            _add(found, _name_hit(m, "name", name, _kind_of_name(name)))


# "abducted five farmers on the Guni-Kuchi road": a road named by the towns it joins; the first
# town stands for the scene when the sentence names no other place
_ROAD_BETWEEN = re.compile(r"\b(?:the\s+)?(?P<name>[A-Z][\w'’]{2,}(?:\s+[A-Z][\w'’]+)?)-(?P<other>[A-Z][\w'’]+)"
                           r"\s+(?i:road|highway|axis|route|motorway|expressway)\b")


# "pounded rebel positions on Mbuzi hill", "fighting around the Karthala heights": a hill is a place
_NAMED_HILL = re.compile(rf"\b(?i:on|at|near|atop|around|over)\s+(?:the\s+)?(?P<name>{_NAME})\s+"
                         rf"(?i:hill|hills|heights|ridge|mountain|mount)\b")


# "In Yaloke, the last Muslim families left the town ...": a sentence that opens on a town sets the scene for
# the next one ("Within hours, fighters looted the mosque"), though it tells no event itself
_OPENING_SCENE = re.compile(rf"^\W*(?:In|At)\s+(?P<name>{_NAME}),")


def _scan_opening_scene(text: str, found: list[PlaceHit]) -> None:
    m = _OPENING_SCENE.match(text)
    name = _clean_name(m.group("name")) if m else None
    if name and name.split()[0] not in CALENDAR_NAMES and find_country(name) is None \
            and not _looks_like_title_or_country(name) and not _is_demonym(name):
        _add(found, _name_hit(m, "name", name, _kind_of_name(name)))


def _scan_hills(text: str, found: list[PlaceHit]) -> None:
    for m in _NAMED_HILL.finditer(text):
        name = _clean_name(m.group("name"))
        if name and not _looks_like_title_or_country(name) and not _is_demonym(name):
            _add(found, _name_hit(m, "name", name, "place"))


def _scan_roads(text: str, found: list[PlaceHit]) -> None:
    for m in _ROAD_BETWEEN.finditer(text):
        name = _clean_name(m.group("name"))
        if name and not _ARTICLE_PREFIX.fullmatch(name + "-") and not _looks_like_title_or_country(name) \
                and not _is_demonym(name):
            _add(found, _name_hit(m, "name", name, "place"))
            return


def _scan_trigger_objects(text: str, found: list[PlaceHit]) -> None:
    """'the fall of Panjwai', 'rebels captured Goma': the object is a place."""
    for m in _TRIGGER_OBJECT.finditer(text):
        group = next(g for g in ("name", "name2", "name3", "name4") if m.group(g))
        name = _clean_name(m.group(group))
        if not name or _looks_like_title_or_country(name) or find_country(name) is not None \
                or name.split()[0] in ETHNIC_ADJECTIVES:
            continue  # "struck Kurdish militants": a people, not a place
        _add(found, _name_hit(m, group, name, "place"))
        for more in _following_names(text, m.end(group)):  # "shelled Kharkiv, Izium and Kupiansk"
            extra = _clean_name(more.group("name"))
            if not extra or _looks_like_title_or_country(extra) or find_country(extra) is not None:
                break
            _add(found, PlaceHit(LocationMention(extra, "place"), more.start("name"), more.end("name")))


def _following_names(text: str, position: int):
    """The matches of each further name of a list ', B and C' that starts at `position`."""
    while more := _MORE_NAMES.match(text, position):
        yield more
        position = more.end("name")


_HYPHENATED_ON = re.compile(r"-[a-z]")


_OF_A_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]+")


def _cut_country_name(text: str, hit: PlaceHit) -> bool:
    """'Democratic Republic' cut before 'of the Congo': the country, told in full."""
    rest = _OF_A_NAME.match(text, hit.end)
    return rest is not None and find_country(text[hit.start:hit.end] + rest.group(0)) is not None


_KIN_BEFORE = re.compile(r"\b(?:cousin|brother|sister|son|daughter|wife|husband|father|mother|uncle|aunt|nephew|niece|"
                         r"grandson|granddaughter|grandfather|grandmother|widow),?\s+(?:[A-Z][\w'’-]+\s+)?$")
_PEOPLE_NOUN_AFTER = re.compile(r"\s+(?:girls|boys|brothers|sisters|family|families|siblings|cousins|clan)\b")


def _scan_entities(doc, found: list[PlaceHit]) -> None:
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC", "FAC"):
            continue
        name = _clean_name(ent.text.strip().removesuffix("'s").removesuffix("’s"))
        if not name or _looks_like_title_or_country(name) or _STREET.search(name):
            continue  # a street or square is inside a town the story names elsewhere
        if name.isupper() and _ACRONYM_IN_PARENS.match(doc.text, max(0, ent.start_char - 1)):
            continue  # "the Popular Front ... (FPRC)": a group's initials, not a place
        if _INSTITUTION_OF.search(doc.text[max(0, ent.start_char - 30):ent.start_char]):
            continue  # "the Greek Orthodox Patriarchate of Antioch": an institution's title
        if _HYPHENATED_ON.match(doc.text, ent.end_char):
            continue  # "Owa-luwa" cut at the hyphen is not a town Owa; "Kabul-based" tells no scene
        if _KIN_BEFORE.search(doc.text[max(0, ent.start_char - 40):ent.start_char]) \
                or _PEOPLE_NOUN_AFTER.match(doc.text, ent.end_char):
            continue  # "Ahed's cousin Nour", "the Tamimi girls": people, whatever the small model thinks
        country = find_country(name)
        kind = _kind_of_name(name)
        start = ent.start_char + ent.text.find(name)
        _add(found, PlaceHit(LocationMention(name, kind), start, start + len(name)))


def _is_headline(text: str) -> bool:
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    long_words = [w for w in words if len(w) > 3]
    return len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) / len(long_words) > 0.85


# Continents, seas and world regions: never where one event happened.
_WORLD_REGION_NAMES = frozenset(
    "africa europe asia america americas oceania mediterranean atlantic pacific caribbean balkans caucasus".split()) | {
    "middle east", "latin america", "north africa", "west africa", "east africa", "southern africa", "central africa",
    "horn of africa", "sub-saharan africa", "central asia", "south asia", "southeast asia", "east asia", "the west",
    "black sea", "red sea", "indian ocean", "arabian sea", "persian gulf", "gulf of aden",
    "sahara", "greater sahara"}  # "Islamic State in the Greater Sahara": a group's name, no scene


_PLATFORM_NAMES = frozenset("facebook twitter whatsapp telegram youtube instagram tiktok signal viber".split())
_LANGUAGE_NAMES = frozenset("swahili lingala kinyarwanda kirundi hausa yoruba igbo amharic tigrinya somali arabic pashto "
                            "dari farsi persian urdu burmese french english portuguese russian ukrainian hebrew".split())


def _looks_like_title_or_country(name: str) -> bool:
    """'US President Joe Biden', 'Afghanistan Fall', 'Defence Ministry' are not places."""
    if name.lower() in _PROVINCE_ALIASES:
        return False  # "West Bank": a territory, whatever "Bank" usually heads
    if name.lower() in _WORLD_REGION_NAMES:
        return True  # "grain destined for Africa": no event happens in a continent
    if name.lower() in _PLATFORM_NAMES:
        return True  # "organised the rally through Facebook": a website, not a town
    if name.lower() in _LANGUAGE_NAMES:
        return True  # 'known as Wazalendo ("patriots" in Swahili)': a language, not a town
    if any(ch.isdigit() for ch in name):
        return True  # "G5 Sahel", "M23": forces and groups, not places
    words = name.split()
    if any(w in _TITLE_WORDS for w in words):
        return True
    # "Afghanistan Fall" (headline words) is not a place; "Port Sudan" and "Mexico City" are
    return len(words) > 1 and find_country(words[0].rstrip("'’s")) is not None and words[1] != "City"


def _is_demonym(name: str) -> bool:
    """'Libyan', 'Somali': a people's adjective, not a place name."""
    country = find_country(name)
    return country is not None and name in country.demonyms and name != country.name


_SITE_BEFORE = re.compile(r"\b(?:camp|base|post|outpost|checkpoint|barracks|garrison|market|mosque|church|school|"
                          r"hospital|station|prison|airport|village|town|"
                          # "tunnels running under the border at Rafah", "the bridge at Remagen"
                          r"border|crossing|frontier|bridge|junction|roadblock)\s*$", re.IGNORECASE)


_INSTITUTION_OF = re.compile(r"\b(?i:Patriarchate|Patriarch|Diocese|Archdiocese|Bishop|Archbishop|Emir|Emirate|Sultanate|"
                             r"Sultan|Mayor|University|Bank|Kingdom|Republic|Church|Metropolitan)\s+of\s*$")
# "a woman blew herself up at the University of Karachi": a campus where the act happened is in its town
_TOWN_OF_AN_INSTITUTION = re.compile(rf"\b(?i:at|in|inside|outside|near)\s+the\s+University\s+of\s+(?P<name>{_NAME})"
                                     # "from the premises of the Islamabad High Court", "outside the Lahore Press Club"
                                     r"|\bthe\s+(?!(?:National|State|Federal|Supreme|Islamic|Open|Central|Catholic|American|"
                                     r"Technical|Medical|Military|Police|Provincial|Regional|City|Capital)\b)"
                                     r"(?P<town>[A-Z][\w'’-]+)\s+(?:High\s+Court|Press\s+Club|University|"
                                     r"Central\s+(?:Prison|Jail)|Railway\s+Station|"
                                     # "at the Kati military camp", "the Khar garrison": a garrison takes its town's name
                                     r"(?i:(?:military|army|air|naval)\s+(?:camp|base)|garrison|barracks|airbase))\b")


def _scan_towns_of_institutions(text: str, found: list[PlaceHit]) -> None:
    for m in _TOWN_OF_AN_INSTITUTION.finditer(text):
        group = "name" if m.group("name") else "town"
        name = _clean_name(m.group(group))
        if name and not name.isupper() and not _looks_like_title_or_country(name) and not _is_demonym(name) \
                and find_country(name) is None:
            _add(found, _name_hit(m, group, name, "city"))


# "in Avdiivka's industrial zone", "near Kharkiv's northern outskirts": the town owns the part
_PART_OF_TOWN_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:"
                                 + "|".join(sorted(TOWN_PARTS | {"neighbourhood", "neighborhood"}, key=len, reverse=True))
                                 + r"|old\s+city)\b")


def _possessor_before(text: str, hit: re.Match[str], owned: re.Pattern[str], *,
                      name_words_after: bool = False) -> str | None:
    """The possessive first word of the name after a preposition, when what follows it is `owned`: "in
    Avdiivka's industrial zone" (a part of a town, the possessive alone), "of Peshawar's Shia community"
    (its people, with `name_words_after`: more capitalised words may come before them); a possessor is
    otherwise no place ('in Haftar's camp')."""
    words = hit.group("name").rstrip(",;:").split()
    if not words or not words[0].endswith(("'s", "’s")) or len(words) > 1 and not name_words_after:
        return None
    if not owned.match("".join(" " + w for w in words[1:]) + text[hit.end("name"):]):
        return None
    return _clean_name(words[0][:-2])


# "members of Peshawar's Shia community gathered": the town owns its people, and where they act is the town
_PEOPLE_OF_TOWN_AFTER = re.compile(r"\s+(?:[A-Za-z-]+\s+){0,2}?(?:community|communities|residents|population|"
                                   r"inhabitants|people|traders|elders|youths?)\b")


_TITLED_COMPASS_BEFORE = re.compile(r"(?-i:(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|"
                                    r"North-?East|North-?West|South-?East|South-?West)\s)$")


def _scan_after_prepositions(text: str, doc, found: list[PlaceHit]) -> None:
    """Capitalised names after 'in/near/at/from ...' that no other scan caught."""
    ent_of = {}
    if doc is not None:
        for tok in doc:
            ent_of[tok.idx] = tok.ent_type_
    if _is_headline(text):
        return  # Title Case Headline: every word looks like a name
    for m in _AFTER_PREP.finditer(text):
        owner_of_people = _possessor_before(text, m, _PEOPLE_OF_TOWN_AFTER, name_words_after=True)
        name = owner_of_people or _clean_name(m.group("name")) or _possessor_before(text, m, _PART_OF_TOWN_AFTER)
        if not name or name.isupper() or len(name) < 3 or _looks_like_title_or_country(name) or _is_demonym(name):
            continue
        if find_country(re.sub(r"^\S+\s+(?:the\s+)?", "", m.group(0))) is not None:
            continue  # "in the Central African Republic": a country whose name opens with a compass word
        appositive = _APPOSITIVE_UNIT.match(text, m.end("name"))
        prep = m.group(0).split()[0].lower()
        if prep == "of" and _INSTITUTION_OF.search(text[max(0, m.start() - 30):m.start() + 3]):
            continue  # "the Greek Orthodox Patriarchate of Antioch": an institution's title
        # "the camp at Boulkessi": a site "at" a name puts it on the map as surely as "in"
        strong_prep = prep in _PLACE_PREPS or prep == "at" and bool(_SITE_BEFORE.search(text[max(0, m.start() - 20):m.start()])) \
            or prep == "of" and bool(_PART_OF_TOWN_BEFORE.search(text[max(0, m.start() - 20):m.start()])) \
            or owner_of_people is not None
        ent = ent_of.get(m.start("name"), "")
        # spaCy's small model often tags unknown towns PERSON/ORG; "in X" still wins
        if ent in _SKIP_ENTS and not appositive and not (strong_prep and ent in _MISTAGGED_ENTS):
            continue
        hit = _name_hit(m, "name", name, _kind_of_name(name))
        titled = _TITLED_COMPASS_BEFORE.search(text[max(0, hit.start - 16):hit.start])
        if titled and name == _clean_name(m.group("name")) and find_country(name) is None:
            # "In Central Darfur,": a state named with its compass word (lower case, "in central Mali", is a part)
            start = hit.start - len(titled.group(0))
            hit = PlaceHit(LocationMention(text[start:hit.end], _kind_of_name(text[start:hit.end])), start, hit.end)
        _add(found, hit)
        if prep in _PLACE_PREPS and _CROWDS.search(text):
            for extra in _listed_after(text, m.end("name")):
                _add(found, extra)


# "Similar rallies were held in A, B and C": crowds gather in each town of a list; a list after a
# killing more often sums one toll over towns ("fifteen were killed in Goma, Butembo and Uvira")
_CROWDS = re.compile(r"\b(?:protest|rall(?:y|ies|ied)|demonstrat|march(?:ed|es|ers)?\b|sit-ins?\b|vigils?\b)",
                     re.IGNORECASE)


def _listed_after(text: str, position: int) -> list[PlaceHit]:
    """'in Kayes, Sikasso, Segou and Timbuktu': the names that close a list with 'and' after a
    place, however the parser tagged them (it calls many a town a PERSON); none when the chain
    is not closed ("in Sake, North Kivu" is a town and its province) or meets a country."""
    chain: list[PlaceHit] = []
    for more in _following_names(text, position):
        extra = _clean_name(more.group("name"))
        if not extra or extra.isupper() or _looks_like_title_or_country(extra) or _is_demonym(extra) \
                or find_country(extra) is not None or _find_any_country(extra) is not None:
            break
        start = more.start("name") + more.group("name").find(extra)
        chain.append(PlaceHit(LocationMention(extra, _kind_of_name(extra)), start, start + len(extra)))
        if "and" in text[more.start():more.start("name")]:
            return chain
    return []


# "on Mogadishu's popular Lido beach", "in Kabul's Shar-e-Naw area": the possessor holds the place
_POSSESSOR_BEFORE = re.compile(r"(?:\b(?P<before>[\w-]+)\s+)?\b(?P<owner>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s+"
                               r"(?:[a-z][\w-]*\s+){0,2}$")


# (an empty "before": the checks below read the word before a possessor found outside the span)
_POSSESSOR_OPENS = re.compile(r"(?P<before>)(?P<owner>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s+(?=\S)")


def _possessors_as_parents(text: str, found: list[PlaceHit]) -> list[PlaceHit]:
    out = []
    for hit in found:
        unit = _APPOSITIVE_UNIT.match(text, hit.end)
        if unit and hit.mention.kind == "place":  # "Ngarbuh, a village in ...": a village
            word = re.search(rf"\b{_UNIT}\b", unit.group(0))
            kind = _UNIT_KIND.get(word.group(0).lower(), "place") if word else "city"
            hit = replace(hit, mention=replace(hit.mention, kind=kind))
        # "outside Karachi's Jinnah International Airport" read as one entity: the owner opens the span
        owner = _POSSESSOR_BEFORE.search(text[max(0, hit.start - 60):hit.start]) \
            or _POSSESSOR_OPENS.match(text, hit.start, hit.end)
        if owner and not hit.mention.parent and hit.mention.kind in ("place", "village", "city") \
                and not _looks_like_title_or_country(owner.group("owner")) and find_country(owner.group("owner")) is None \
                and _find_any_country(owner.group("owner")) is None \
                and _find_any_country(f"{owner.group('before')} {owner.group('owner')}") is None:  # "Central African Republic's"
            hit = replace(hit, mention=replace(hit.mention, parent=owner.group("owner")))
        out.append(hit)
    return out


# "Tomahawk missiles", "Shahed drones", "the Medina hotel": a name before a weapon or a hotel
# names the thing, not where it is (Tomahawk, Wisconsin; Medina, Ohio)
_NAMES_A_THING = re.compile(r"[\s-]+(?i:(?:cruise|ballistic|guided|anti-\w+)\s+)?(?i:missiles?|rockets?|drones?|"
                            r"warplanes?|jets?|rifles?|helicopters?|tanks?|hotel|case|"
                            # "tribesmen of the Turi tribe", "the Hazara neighbourhoods": a people, not a place
                            r"tribes?|clans?|sub-clans?|tribesmen|clansmen|community|communities|"
                            # "leaders of the Sunni Islamist Al-Islah party": a party, not a place
                            r"party|parties)\b")  # "the Al-Qadir Trust case"
# "shops in the Hazara neighbourhoods": one name over many quarters is a people's ("the Tadamon and
# Yarmouk neighbourhoods" are two places)
_PEOPLES_QUARTERS = re.compile(r"\s+(?i:neighbou?rhoods|quarters|districts|areas)\b")
_LIST_BEFORE = re.compile(r"(?:,|\band)\s*$")
# "agents of the Department of State Services": a capitalised Department is an office; the admin
# unit is written "the department of Torodi"
_DEPARTMENT_OFFICE = re.compile(r"(?:the\s+)?Department\s+of\s")


# "the U.N. compound", "U.S. troops": initials, not a place called "U"
_ABBREVIATION = re.compile(r"[A-Z]\.(?:[A-Z]\.?)+")


def scan_places(sentence: str, doc=None) -> PlaceScan:
    """Place mentions of one sentence (doc: its spaCy parse, for entities)."""
    found: list[PlaceHit] = []
    _scan_counted(sentence, found)
    if not _is_headline(sentence):
        _scan_compass_countries(sentence, found)
        _scan_capitals(sentence, found)
    _scan_units(sentence, found)
    _scan_located_names(sentence, found)
    if _ENDS_A_SENTENCE.search(sentence):  # "Truck bomb kills 47 at checkpoint south of Baghdad": a title, unstopped
        _scan_bearings(sentence, found)  # after the units: "in the south of Chiure district" is the district
    _scan_trigger_objects(sentence, found)
    _scan_town_homes(sentence, found)
    _scan_towns_of_institutions(sentence, found)
    _scan_hills(sentence, found)
    if doc is not None and not _is_headline(sentence):
        _scan_entities(doc, found)
        _scan_after_prepositions(sentence, doc, found)  # needs entity types to stay safe
    elif doc is None:
        _scan_opening_scene(sentence, found)  # a sentence told no event: only its opening town is read
    _scan_located_names(sentence, found, _LAST_LOCATED_BY_UNIT)
    if not found:
        _scan_roads(sentence, found)
    found = [h for h in found if h.mention.name not in _FEASTS
             and not _NAMES_A_THING.match(sentence, h.end) and not _cut_country_name(sentence, h)
             and not (_PEOPLES_QUARTERS.match(sentence, h.end) and not _LIST_BEFORE.search(sentence[:h.start]))
             and not _STREET_AFTER.match(sentence, h.end) and not _ABBREVIATION.match(sentence, h.start)
             and not _DEPARTMENT_OFFICE.match(sentence, h.start)]
    hits = read_context(sentence, _possessors_as_parents(sentence, found))
    if doc is not None:
        hits = [replace(h, destination=True) if is_metonym(doc, h) else h for h in hits]
    unnamed = None
    if not any(h.mention.count for h in hits):
        m = _COUNTED_UNNAMED.search(sentence)
        if m:
            unnamed = _count_value(m.group("count")) or 2
    # "on Rustaveli Avenue": placed, but in a town named in the sentences before
    street = doc is not None and any(_STREET.search(e.text.strip()) for e in doc.ents
                                     if e.label_ in ("GPE", "LOC", "FAC"))
    anaphoric = bool(_ANAPHORA.search(sentence)) or unnamed is not None or street
    return PlaceScan(tuple(hits), anaphoric, unnamed, bool(_VAGUE_AREA.search(sentence)))
