"""Actors: find actor phrases in a sentence and give their canonical names.

Canonical names follow codebook section 3: `Military Forces of <Country>`,
`Police Forces of <Country>`, `Government of <Country>`, named non-state
groups by their common English name (see actor_groups.py), and typed
crowds `Civilians (<Country>)`, `Protesters (<Country>)`,
`Rioters (<Country>)`, `Unidentified Armed Group (<Country>)`.

Conventions (ACLED's, written down here):
- Unnamed armed men ("gunmen", "militants", "insurgents", "bandits",
  "jihadists") are `Unidentified Armed Group (<Country>)`, inter 3, kind
  "unidentified": ACLED codes unidentified armed groups as political
  militias, and Nigerian "bandits" as unidentified armed groups. The
  extractor should prefer a named group when the article names one.
- State forces are inter 1 when their country is `default_country` (the
  event's country) and inter 8 (external) when it is another country, e.g.
  `Military Forces of Russia` in Ukraine. UN missions and NATO are 8:
  "UN peacekeepers", "blue helmets", "the UN peacekeeping mission" are
  `United Nations` unless the sentence names the mission (MONUSCO,
  MINUSMA, UNMISS...). "Russian mercenaries", "Wagner" and "Africa Corps"
  are `Wagner Group`, kind "external", inter 8, never the state's army.
- "paramilitary" alone names nobody; "the Rapid Support Forces (RSF)" is
  one actor: a bracketed acronym restating the actor before it is dropped.
- The country comes from the phrase ("Malian soldiers", "Nigeria's army"),
  else from `default_country`. With neither, the country-less last resort
  is used: `Military Forces`, `Civilians`, `Unidentified Armed Group`...
- Weapons and aircraft ("Russian missiles", "Israeli strikes") are the
  named country's military; without a country they are no actor.
- Ambiguous acronyms ("PDF", "RSF", "KIA") name a group only when the
  event's country is one where it fights; capitalised common nouns inside
  a sentence ("Imam Sahib") are names, not crowds.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from transforms.actor_groups import (
    ACRONYM_COUNTRIES, GENERIC_NOUNS, GROUP_SUFFIXES, NAMED_GROUPS, STATE_UNITS, UN_MISSIONS, NamedGroup,
)
from transforms.countries import Country, country_by_code, country_term_pattern, lookup_country_term
from transforms.date_rules import CALENDAR_NAMES

INTER_STATE = 1
INTER_REBEL = 2
INTER_POLITICAL_MILITIA = 3
INTER_IDENTITY_MILITIA = 4
INTER_RIOTERS = 5
INTER_PROTESTERS = 6
INTER_CIVILIANS = 7
INTER_EXTERNAL = 8

_INTER_BY_KIND = {
    "military": INTER_STATE, "police": INTER_STATE, "government": INTER_STATE,
    "rebel": INTER_REBEL, "political_militia": INTER_POLITICAL_MILITIA,
    "identity_militia": INTER_IDENTITY_MILITIA, "rioters": INTER_RIOTERS,
    "protesters": INTER_PROTESTERS, "civilians": INTER_CIVILIANS, "external": INTER_EXTERNAL,
    "unidentified": INTER_POLITICAL_MILITIA,
}
_STATE_TEMPLATES = {
    "military": "Military Forces of {}", "police": "Police Forces of {}",
    "government": "Government of {}",
}
# Countries whose English name takes "the": "Military Forces of the United States" (ACLED's form).
_NAMES_WITH_ARTICLE = {"US", "GB", "CD", "CG", "CF", "PH", "NL", "AE", "DO", "BS", "KM", "MV", "SB", "MH", "VA"}


def state_country_name(country) -> str:
    """A country's name as it reads after "Forces of": with "the" where English uses it."""
    return f"the {country.name}" if country.iso2 in _NAMES_WITH_ARTICLE else country.name


_CROWD_TEMPLATES = {
    "civilians": "Civilians", "protesters": "Protesters", "rioters": "Rioters",
    "unidentified": "Unidentified Armed Group",
}
# Verbs after a bare country name that make the country an acting state ("Israel struck").
_STATE_VERBS = (
    r"attacked|attacks|struck|strikes|launched|launches|shelled|shells|bombed|bombs|bombarded|"
    r"fired|fires|pounded|targeted|targets|hit|invaded|seized|captured|retook|recaptured|"
    r"shot\s+down|killed|kills|deployed|deploys|carried\s+out"
)
_CROWD_ADJECTIVES = (
    r"(?:(?:suspected|alleged|unidentified|unknown|local|angry|innocent|unarmed|"
    r"anti-government|pro-government|opposition|islamist|jihadist|fleeing|displaced|young|"
    r"elderly|other|several|fellow|nearby)\s+)*"
)


@dataclass(frozen=True)
class ActorMatch:
    """One actor phrase found in a text, with its canonical actor."""

    name: str
    inter: int
    kind: str
    country_iso2: str | None
    start: int
    end: int
    text: str


def _alternation(words) -> str:
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    """(rule, compiled regex) pairs, tried over the whole sentence."""
    # Country words start with a capital: checking that first keeps the big alternation cheap.
    country = r"(?-i:(?=[A-Z]))" + country_term_pattern()
    suffix = r"(?:['’]s)?"
    not_backed = r"(?![\w-])(?!-(?:backed|allied|aligned|supported|trained|sponsored))"
    state_units = _alternation(u for kind in STATE_UNITS.values() for u in kind)
    group_suffix = r"(?:\s+" + _alternation(GROUP_SUFFIXES) + r")?"
    aliases = [a for g in NAMED_GROUPS for a in g.aliases]
    acronyms = [re.escape(a) for g in NAMED_GROUPS for a in g.acronyms]
    crowd_nouns = "|".join(f"(?P<{kind}>{_alternation(nouns)})" for kind, nouns in GENERIC_NOUNS.items())
    return [
        ("group", re.compile(r"(?<![\w-])(?P<alias>" + _alternation(aliases) + r")" + group_suffix
                             + r"(?![\w-])", re.IGNORECASE)),
        ("group", re.compile(r"(?<![\w-])(?P<alias>" + _alternation(acronyms) + r")(?![\w-])"
                             + r"(?i:" + group_suffix + r")")),
        ("state", re.compile(
            r"(?<![\w.-])(?:(?P<country>" + country + r")" + suffix + not_backed
            + r"[\s-]+(?:led\s+)?)?" + r"(?P<unit>" + state_units + r")"
            + r"(?P<men>(?:['’]s)?\s+(?:soldiers|troops|forces|units|personnel|commandos))?(?![\w-])",
            re.IGNORECASE)),
        ("coalition", re.compile(
            r"(?<![\w.])(?P<country>" + country + r")-led\s+(?:(?:Arab|international|military|multinational)\s+)?"
            r"(?:coalition|forces|troops)(?:\s+forces)?",
            re.IGNORECASE)),
        ("country_and", re.compile(
            r"(?<![\w.])(?P<country>" + country + r")(?=\s+and\s+(?:[\w-]+\s+){1,2}?"
            r"(?:forces|troops|soldiers|army|militaries)\b)", re.IGNORECASE)),
        ("country_acts", re.compile(
            r"(?<![\w.])(?P<country>" + country + r")(?=\s+(?:has\s+|have\s+|had\s+|also\s+)?(?:"
            + _STATE_VERBS + r")\b)")),
        ("named", _NAMED_UNIT),
        ("named_prefix", _PREFIXED_GROUP),
        ("named_militia", _NAMED_MILITIA),
        ("ethnic_militia", _ETHNIC_MILITIA),
        ("clan_militia", _CLAN_MILITIA),
        ("crowd", re.compile(
            r"(?<![\w.-])(?:(?P<country>" + country + r")" + suffix + not_backed + r"\s+)?"
            + _CROWD_ADJECTIVES + r"(?:" + crowd_nouns + r")(?![\w-])", re.IGNORECASE)),
    ]


# A group the dictionary lacks, by the shape of its name: capitalised words ending in a
# unit noun ("the Special Deterrence Force", "the 444 Brigade", "Jenin Battalion").
_UNIT_HEADS = r"(?:Brigades?|Battalions?|Front|Movement|Militias?|Army|Forces?|Legion|Alliance)"
_NAME_WORD = r"(?:[A-Z][\w'’.-]*|\d+(?:st|nd|rd|th)?)"
# A name never runs over a line break: a headline ending in capitals ("... Battles Tops 50") is no
# part of the paragraph's "Army tanks" below it.
_GAP = r"[^\S\n]+"
_NAMED_UNIT = re.compile(
    r"(?-i:(?<![\w-])(?P<name>" + _NAME_WORD + r"(?:" + _GAP + r"(?:of|for|the|and|" + _NAME_WORD + r")){0,5}?"
    + _GAP + _UNIT_HEADS + r"(?:" + _GAP + r"(?:for|of)" + _GAP + r"(?:the" + _GAP + r")?[A-Z][\w'’-]*(?:" + _GAP
    + r"(?:of|and|the|[A-Z][\w'’-]*)){0,4})?)(?![\w-]))")
# A militia the dictionary lacks, named by two or more capitalised words before a lower-case "militia"
# ("the Azande Ani Kpi Gbe militia"): one name word is a people or a town's ("a Fulani militia", "the
# Zintan militia"), not a name.
_NAMED_MILITIA = re.compile(r"(?-i:(?<![\w-])(?P<name>[A-Z][\w'’-]*(?:" + _GAP + r"[A-Z][\w'’-]*){1,4})" + _GAP +
                            r"(?:militia|militias|militiamen)\b)")
# Armed men of a people the coders name as that people's militia ("Twa militiamen", "armed Luba youths"):
# the peoples of communal wars whose militias have no other name (Fulani herders have their own entry)
_MILITIA_PEOPLES = ("Twa", "Luba", "Hema", "Lendu", "Nande", "Banyamulenge", "Bembe", "Nuer", "Dinka", "Murle",
                    "Masalit", "Zaghawa", "Tiv", "Jukun", "Berom", "Bachama", "Dogon")
_ETHNIC_MILITIA = re.compile(
    r"(?-i:(?<![\w-])(?:(?i:armed)\s+(?P<people1>" + "|".join(_MILITIA_PEOPLES) + r")\s+(?:youths?|men|villagers)"
    r"|(?P<people2>" + "|".join(_MILITIA_PEOPLES) + r")\s+(?:militiamen|militias?|fighters|gunmen|armed\s+groups?))"
    r"(?![\w-]))")
# Armed men of a named clan, whom the coders name as that clan's militia ("gunmen from the powerful Meqdad
# clan", "Habar Gidir clan militias", "militias from the Dir and Marehan clans": the first of two clans
# here, the second by its own "and X clans")
_CLAN_NAME = r"(?:(?i:al)-)?(?P<clan>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
_CLAN_MILITIA = re.compile(
    r"(?-i:(?<![\w-])(?:(?:(?i:gunmen|fighters|militia(?:s|men)?|members|armed\s+men|youths?)\s+(?:from|of|"
    r"belonging\s+to)\s+(?:the\s+|a\s+|two\s+)?(?:(?i:powerful|rival|local|dominant|influential|armed)\s+)?"
    + _CLAN_NAME + r"(?:(?=\s+and\s+[A-Z][\w'’-]+\s+(?:sub-)?clans\b)|\s+(?:sub-)?clans?\b))"
    r"|(?<=\band\s)" + _CLAN_NAME.replace("clan>", "clan2>") + r"\s+(?:sub-)?clans\b"
    r"|" + _CLAN_NAME.replace("clan>", "clan3>") + r"\s+(?:(?:sub-)?clan\s+(?:militias?|militiamen|fighters|gunmen)"
    r"|clansmen)\b)(?![\w-]))")
# Group names built on a movement word ("Tehreek-i-Jihad Pakistan", "Jaish al-Adl", "Ansar Dine",
# "Kataib Hezbollah"): an armed group the dictionary lacks, by the shape of its name.
_PREFIXED_GROUP = re.compile(
    # (not "Lashkar Gah", Helmand's capital: a town named like a group)
    r"(?-i:(?<![\w-])(?!Lashkar\s+Gah\b)"
    r"(?P<name>(?:Tehreek|Tehrik|Tahrik|Jaish|Lashkar|Harakat|Harakah|Ansar|Jabhat|Katibat|Kataib|"
    r"Liwa|Saraya|Asaib|Jund|Ahrar)(?:-[a-z]{1,3}-|\s+(?:al|ul|ud|ut|as|ash|an|e|i)-?\s?|\s+|-)[A-Z][\w'’-]+"
    r"(?:\s+(?!(?:In|On|At|The|And|Of|For|By|From)\b)[A-Z][\w'’-]+){0,2}))")
# Capitalised words that open a sentence or a phrase, not a name: "The 93rd Brigade", "Fighters of the X Front"
_LEADING_NOT_NAME = frozenset("""
the a an of and but when after as in on at by with from for fighters members militants troops soldiers
elements units forces commanders commander leader leaders spokesman officials men gunmen rebels
meanwhile separately earlier later also while although both some several
""".split()) | {w.lower() for w in CALENDAR_NAMES}  # "on Wednesday the X Forces"
# Words that name no one in particular: a name made only of these is a state unit or a phrase.
_GENERIC_NAME_WORDS = frozenset("""
the of for and national armed special security defence defense republican presidential royal air naval navy
border rapid joint task federal regional government army forces force police military people's peoples
popular multinational foreign marine marines reserve regular elite new local state interior the
united coalition allied international african arab islamic
north south east west northern southern eastern western central
brigade brigades battalion battalions front movement militia militias legion alliance
""".split())
_ARM_OF_SERVICE = frozenset("infantry mechanized mechanised armoured armored artillery airborne motorized motorised "
                            "paratroop paratroopers tank rifles".split())
_REBEL_NAME_WORDS = frozenset({"liberation", "front", "movement", "resistance", "revolutionary", "independence",
                               "salvation", "army", "freedom", "patriotic", "revolution"})
_ARMED_NAME_WORDS = frozenset({"liberation", "resistance", "revolutionary", "islamic", "jihad", "salvation", "armed",
                               "defence", "defense", "patriotic", "independence", "mujahideen", "militia", "army"})
_NOT_ARMED = frozenset({"salvation army", "red army faction"})


def _named_words(hit: re.Match[str]) -> list[str]:
    words = hit.group("name").split()
    while words and (words[0].lower() in _LEADING_NOT_NAME or words[0].rstrip(".") in _TITLES
                     or _is_persons_possessive(words[0])):
        words = words[1:]
    while words and words[-1].lower() in ("of", "and", "the", "for"):
        words = words[:-1]
    return words


_TITLES = frozenset("Gen General Col Colonel Marshal Field Lt Maj Major Brig Commander Chief President Prime Minister "
                    "Mr Dr Sheikh Emir Gov Governor".split())


def _is_persons_possessive(word: str) -> bool:
    """"Haftar's" in "Gen Haftar's Libyan National Army": whose the force is, not its name
    (a country's possessive, "Ukraine's", is kept: the state's own units)."""
    return word.endswith(("'s", "’s")) and lookup_country_term(word[:-2]) is None


def _named_span(hit: re.Match[str]) -> tuple[int, int]:
    """The name's own span: "Fighters of the X Front" is "X Front"."""
    words = _named_words(hit)
    if not words:
        return hit.start(), hit.start()
    start = hit.start() + hit.group(0).find(words[0])
    return start, hit.start() + hit.group(0).rfind(words[-1]) + len(words[-1])


def _named_unit(hit: re.Match[str], default_country: str | None) -> ActorMatch | None:
    """An armed group the dictionary lacks, named by its own title; numbered units
    ("93rd Mechanized Brigade") are the state's army."""
    words = _named_words(hit)
    if len(words) < 2:
        return None
    name = " ".join(words)
    start, end = _named_span(hit)
    if name.lower() in _NOT_ARMED:
        return None
    owner = lookup_country_term(words[0][:-2]) if words[0].endswith(("'s", "’s")) else None
    if owner is not None:
        words = words[1:]  # "Ukraine's Southern Defense Forces": the state's own command
        if all(w.lower().strip("'’") in _GENERIC_NAME_WORDS for w in words):
            inter = INTER_STATE if owner.iso2 == default_country or default_country is None else INTER_EXTERNAL
            return ActorMatch(_state_name("military", owner.iso2), inter, "military", owner.iso2, start, end, name)
        name = " ".join(words)
    if any(w.lower() in ("police", "gendarmerie") for w in words):
        # "the Police Mobile Force", "the Mobile Gendarmerie Squadron": a unit of the state's police
        return ActorMatch(_state_name("police", default_country), INTER_STATE, "police", default_country, start, end,
                          name)
    if words[0][:1].isdigit() or any(w.lower() in _ARM_OF_SERVICE for w in words):
        # "93rd Mechanized Brigade", "Light Infantry Battalion 108": regular army units
        return ActorMatch(_state_name("military", default_country), INTER_STATE, "military", default_country, start,
                          end, name)
    distinctive = [w for w in words if w.lower().strip("'’") not in _GENERIC_NAME_WORDS
                   and lookup_country_term(w) is None]
    known_groups = [pattern for rule, pattern in _patterns() if rule == "group"]
    if not distinctive or any(p.search(name) or p.match(hit.string, start) for p in known_groups):
        return None  # "Taliban Army", "Kurdish-led Syrian Democratic Forces": a group the dictionary knows
    if words[-1] in ("Movement", "Front", "Alliance") and not any(w.lower() in _ARMED_NAME_WORDS for w in words):
        return None  # "Cameroon Renaissance Movement", "Popular Front" alone: parties as often as armed groups
    kind = "rebel" if any(w.lower() in _REBEL_NAME_WORDS for w in words) else "political_militia"
    return ActorMatch(name, _INTER_BY_KIND[kind], kind, default_country, start, end, name)


def _named_militia(hit: re.Match[str], default_country: str | None) -> ActorMatch | None:
    words = _named_words(hit)
    name = " ".join(words)
    if len(words) < 2 or any(lookup_country_term(w) is not None or w.lower() in _GENERIC_NAME_WORDS for w in words) \
            or lookup_country_term(name) is not None:
        return None  # "Central African militias", "the National militia": no name of its own
    if any(p.search(name) for r, p in _patterns() if r == "group"):
        return None  # a group the dictionary knows
    start = hit.start() + hit.group(0).find(words[0])
    return ActorMatch(name, _INTER_BY_KIND["political_militia"], "political_militia", default_country,
                      start, start + len(name), name)


def _clan_militia(hit: re.Match[str], default_country: str | None) -> ActorMatch | None:
    clan = hit.group("clan") or hit.group("clan2") or hit.group("clan3")
    if lookup_country_term(clan) is not None or clan.split()[0].lower() in _LEADING_NOT_NAME:
        return None  # "Somali clan militias", "the clan": no clan named
    name = _of_country(f"{clan} Clan Militia", default_country)
    return ActorMatch(name, _INTER_BY_KIND["identity_militia"], "identity_militia", default_country,
                      hit.start(), hit.end(), hit.group(0))


# "Foreign Minister Therese Kayikwamba Wagner": a person's surname that is a group's one-word alias
_SURNAME_ALIASES = frozenset({"wagner"})


def _is_a_persons_surname(alias: str, hit: re.Match[str]) -> bool:
    before = re.search(r"(?:^|\s)([A-Z][a-z]+)\s+$", hit.string[max(0, hit.start() - 30):hit.start()])
    return alias.lower() in _SURNAME_ALIASES and before is not None \
        and lookup_country_term(before.group(1)) is None and before.group(1) not in ("The", "A", "In", "On", "At")


def _group_of(alias: str, default_country: str | None = None) -> NamedGroup | None:
    """The named group whose alias or acronym is exactly `alias`.

    An acronym two groups share ("SNA": Somali National Army, Syrian National
    Army) is the group of the event's country.
    """
    groups = [group for group in NAMED_GROUPS
              if alias in group.acronyms or any(re.fullmatch(a, alias, re.IGNORECASE) for a in group.aliases)]
    at_home = [group for group in groups if default_country and group.country == default_country]
    return (at_home or groups or [None])[0]


def _country_of(hit: re.Match[str]) -> Country | None:
    if "country" not in hit.re.groupindex or hit.group("country") is None:
        return None
    return lookup_country_term(hit.group("country"))


def _state_kind(unit: str) -> tuple[str, bool]:
    """(kind, needs a country named in the phrase) of a state unit word."""
    key = re.sub(r"\s+", " ", unit.casefold())
    for kind, units in STATE_UNITS.items():
        if any(re.fullmatch(u, key, re.IGNORECASE) for u in units):
            if kind != "weapons":
                return kind, False
            return {"officers": "police", "officials": "government"}.get(key, "military"), True
    return "military", False


def _state_actor(kind: str, iso2: str | None, default_country: str | None,
                 hit: re.Match[str]) -> ActorMatch:
    """State forces: inter 1 at home, 8 (external) in another country's event."""
    inter = INTER_STATE
    if default_country and iso2 and iso2 != default_country:
        inter = INTER_EXTERNAL
    return ActorMatch(_state_name(kind, iso2), inter, kind, iso2, hit.start(), hit.end(), hit.group(0))


def _state_name(kind: str, iso2: str | None) -> str:
    """'Police Forces of Nigeria'; 'Police Forces' when the country is not known."""
    country = country_by_code(iso2) if iso2 else None
    template = _STATE_TEMPLATES[kind]
    return template.format(state_country_name(country)) if country else template.replace(" of {}", "")


# A capitalised word right after "Government" continues a name (a school, a house, a hospital)
_INSTITUTION_AFTER = re.compile(r"\s+(?!Forces?\b|Troops\b|Soldiers\b)[A-Z][a-z]")


def _is_proper_name(hit: re.Match[str]) -> bool:
    """A capitalised common noun mid-sentence is part of a name ("Imam Sahib", "Rebel Alliance")."""
    noun_start = hit.start("country") if hit.group("country") else hit.start()
    noun = hit.group(0)[hit.end("country") - hit.start():].lstrip() if hit.group("country") else hit.group(0)
    if not noun[:1].isupper():
        return False
    before = hit.string[:noun_start].rstrip()
    if not before or before[-1] in ".!?\"“'‘:;(-—–":
        return False
    words = re.findall(r"[A-Za-z]+", hit.string)
    return sum(w[0].isupper() for w in words) < 0.6 * len(words)  # not a Title Case headline


def _is_out_of_place(alias: str, hit: re.Match[str], default_country: str | None) -> bool:
    """An ambiguous acronym outside its group's countries, or a word in an all-caps line."""
    allowed = ACRONYM_COUNTRIES.get(alias)
    if allowed is not None and default_country is not None and default_country not in allowed:
        return True
    if alias.isupper() and len(alias) <= 3:
        around = re.findall(r"[A-Za-z]+", hit.string[max(0, hit.start() - 20):hit.end() + 20])
        return sum(w.isupper() for w in around) >= 3  # "TALIBAN IS ADVANCING"
    return False


_AFTER_PLACE_PREP = re.compile(r"\b(?:in|from|at|to|into|across|of|near|inside|outside|throughout)\s+(?:the\s+)?"
                               r"(?:(?:north|south|east|west)(?:ern)?\s+|central\s+)?$", re.IGNORECASE)


def _is_country_name(term: str, country: Country) -> bool:
    key = re.sub(r"\s+", " ", term).casefold().removeprefix("the ")
    return key in {n.casefold().removeprefix("the ") for n in (country.name, *country.aliases)}


def _build(rule: str, hit: re.Match[str], default_country: str | None) -> ActorMatch | None:
    """Turn one regex hit into an actor, or None when the hit is not one."""
    named_country = _country_of(hit)
    if hit.re.groupindex.get("country") and hit.group("country") and named_country is None:
        return None  # a wrong-case country word ("us", "turkey"): not this actor
    iso2 = named_country.iso2 if named_country else (default_country or None)
    if rule == "group":
        alias = hit.group("alias")
        group = _group_of(alias, default_country)
        if group is None or _is_out_of_place(alias, hit, default_country):
            return None
        if _is_a_persons_surname(alias, hit):
            return None
        iso2 = group.country or iso2
        if group.kind in _STATE_TEMPLATES:
            return _state_actor(group.kind, iso2, default_country, hit)
        return ActorMatch(group.name, _INTER_BY_KIND[group.kind], group.kind, iso2,
                          hit.start(), hit.end(), hit.group(0))
    if rule == "named":
        return _named_unit(hit, default_country)
    if rule == "ethnic_militia":
        name = _of_country(f"{hit.group('people1') or hit.group('people2')} Ethnic Militia", default_country)
        return ActorMatch(name, _INTER_BY_KIND["identity_militia"], "identity_militia", default_country,
                          hit.start(), hit.end(), hit.group(0))
    if rule == "named_militia":
        return _named_militia(hit, default_country)
    if rule == "clan_militia":
        return _clan_militia(hit, default_country)
    if rule == "named_prefix":
        name = hit.group("name")
        if any(p.search(name) for r, p in _patterns() if r == "group"):
            return None  # a group the dictionary knows ("Jaish al-Adl", "Lashkar-e-Taiba")
        return ActorMatch(name, _INTER_BY_KIND["rebel"], "rebel", default_country, hit.start(), hit.end(), name)
    if rule == "country_acts" and named_country is not None and not _is_country_name(hit.group("country"), named_country):
        return None  # "Palestinians fired": people, not the state ("Israel struck" is the state)
    if rule == "country_acts" and _AFTER_PLACE_PREP.search(hit.string[max(0, hit.start() - 30):hit.start()]):
        return None  # "a strike on a house in southern Lebanon killed ...": a place, the strike killed
    if rule == "country_and" and named_country is not None and hit.group("country").endswith("s") \
            and not _is_country_name(hit.group("country"), named_country):
        return None  # "Twelve Palestinians and one Israeli soldier": people ("Afghan and US forces" is the state)
    if rule == "state" and named_country is None and _INSTITUTION_AFTER.match(hit.string, hit.end()) \
            and hit.group(0)[:1].isupper():
        return None  # "the Government Girls Secondary School", "Government Science College": a name
    if rule in ("state", "coalition", "country_acts", "country_and"):
        kind, needs_country = _state_kind(hit.group("unit")) if rule == "state" else ("military", False)
        if kind == "government" and rule == "state" and hit.group("men"):
            kind = "military"  # "government soldiers": the state's army, not its ministers
        if needs_country and named_country is None:
            return None
        return _state_actor(kind, iso2, default_country, hit)
    if _is_proper_name(hit):
        return None
    kind = next(k for k in GENERIC_NOUNS if hit.group(k))
    name = _of_country(_CROWD_TEMPLATES[kind], iso2)
    return ActorMatch(name, _INTER_BY_KIND[kind], kind, iso2, hit.start(), hit.end(), hit.group(0))


def _of_country(base: str, iso2: str | None) -> str:
    """'Civilians' -> 'Civilians (Syria)' for a Syria event; the bare name when the country is unknown."""
    country = country_by_code(iso2) if iso2 else None
    return f"{base} ({country.name})" if country else base


def generic_actor_moved(name: str, from_iso2: str | None, to_iso2: str | None) -> str:
    """'Civilians (Syria)' of a Syria story, for a bombing in Istanbul: 'Civilians (Turkey)'.

    Crowds and unidentified gunmen take the country of the event; only names
    carrying `from_iso2`'s country are moved, anything else is returned as is.
    """
    source, target = country_by_code(from_iso2 or ""), country_by_code(to_iso2 or "")
    if source is None or target is None or source.iso2 == target.iso2:
        return name
    for base in _CROWD_TEMPLATES.values():
        if name == f"{base} ({source.name})":
            return f"{base} ({target.name})"
    if name.endswith((f" Clan Militia ({source.name})", f" Ethnic Militia ({source.name})")):
        return name.removesuffix(f"({source.name})") + f"({target.name})"  # a people's militia where it fights
    return name


_RUNS_A_PLACE = re.compile(r"[-‑](?:run|controlled|held|administered|governed|ruled|occupied)\b", re.IGNORECASE)


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(start < t_end and t_start < end for t_start, t_end in taken)


def find_actors(text: str, default_country: str | None = None) -> list[ActorMatch]:
    """All actor phrases in a sentence, in text order, non-overlapping (longest wins).

    `default_country` is the ISO2 code of the event's country: it names the
    country of unqualified phrases ("the army", "villagers") and decides
    whether state forces are domestic (inter 1) or foreign (inter 8).
    """
    candidates = []
    for priority, (rule, pattern) in enumerate(_patterns()):
        for hit in pattern.finditer(text):
            if hit.end() > hit.start():
                candidates.append((hit.start(), hit.end(), priority, rule, hit))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int]] = []
    found = []
    for start, end, _, rule, hit in candidates:
        if _overlaps(start, end, taken):
            continue
        if _RUNS_A_PLACE.match(text, end):
            continue  # "the health ministry in the Hamas-run territory": whose the place is, not who acted
        actor = _build(rule, hit, default_country)
        if actor is not None:
            taken.append((start, end))
            found.append(actor)
    found.extend(_forces_of_a_named_country(text, taken, default_country))
    found = _coalition_by_its_leader(text, found, taken, default_country)
    found = _drop_restated_acronyms(text, _name_un_missions(sorted(found, key=lambda a: a.start)))
    return _acronyms_defined_in_text(text, found)


# "the Arakan Army (AA)": an acronym the text defines for the actor just named
_DEFINED_ACRONYM = re.compile(r"\s*\(\s*(?P<acronym>[A-Z][A-Z0-9&-]{1,7})\s*\)")
_CROWD_KINDS = frozenset({"civilians", "protesters", "rioters", "unidentified"})


def _acronyms_defined_in_text(text: str, actors: list[ActorMatch]) -> list[ActorMatch]:
    """'Three candidates were abducted by the Arakan Army (AA) ... The military and the AA
    also fought': an acronym the text defines after an actor's name (one the dictionary
    lacks or holds for another group) names that actor wherever the text uses it later."""
    defined: dict[str, tuple[ActorMatch, int]] = {}
    for actor in actors:
        hit = _DEFINED_ACRONYM.match(text, actor.end)
        if hit is not None and actor.kind not in _CROWD_KINDS and not actor.text.isupper():
            defined.setdefault(hit.group("acronym"), (actor, hit.end()))
    if not defined:
        return actors
    taken = [(a.start, a.end) for a in actors]
    added = []
    for acronym, (actor, defined_at) in defined.items():
        for hit in re.finditer(r"(?<![\w-])" + re.escape(acronym) + r"(?![\w-])", text):
            start, end = hit.span()
            if start < defined_at or _overlaps(start, end, taken):
                continue
            added.append(replace(actor, start=start, end=end, text=acronym))
    return sorted([*actors, *added], key=lambda a: a.start) if added else actors


# "Israel, whose warplanes struck military sites": the warplanes are that country's
_WHOSE_FORCES = re.compile(r"\b(?P<country>[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,2}),\s+whose\s+(?:[a-z]+\s+)?"
                           r"(?P<unit>warplanes|jets|aircraft|drones|forces|troops|army|soldiers|military|artillery|"
                           r"missiles|navy|air\s+force)\b")


def _forces_of_a_named_country(text: str, taken: list[tuple[int, int]],
                               default_country: str | None) -> list[ActorMatch]:
    out = []
    for hit in _WHOSE_FORCES.finditer(text):
        country = lookup_country_term(hit.group("country"))
        start, end = hit.span("unit")
        if country is None or _overlaps(start, end, taken):
            continue
        actor = _state_actor("military", country.iso2, default_country, hit)
        out.append(replace(actor, start=start, end=end, text=hit.group("unit")))
    return out


# "the Arab coalition said", "Coalition jets kept up their raids", "coalition forces": the coalition a
# "Saudi-led coalition" elsewhere in the text names ("the ruling coalition" is a government's parties)
_BARE_COALITION = re.compile(
    r"(?<![\w-])(?<!-led\s)(?:(?:[Tt]he\s+)?(?:(?:Arab|[Ii]nternational|[Mm]ilitary)\s+)?[Cc]oalition(?:['’]s)?"
    r"(?=\s+(?:jets|warplanes|aircraft|planes|air\s?strikes|strikes|forces|troops|drones|helicopters|said|says|"
    r"spokesman|spokesperson|has|had|have|launched|carried|conducted|struck|bombed|hit|targeted)\b)"
    r"|(?<=\b[Tt]he\s)(?:(?:Arab|[Ii]nternational|[Mm]ilitary)\s+)?[Cc]oalition\b)"
    r"(?:\s+(?:jets|warplanes|aircraft|planes|forces|troops|drones|helicopters))?")


def names_a_country(text: str) -> bool:
    """'Ukrainian troops', "Yemen's coalition forces": a capitalised word of the phrase names a country."""
    return any(lookup_country_term(w.rstrip("'’s")) is not None for w in re.findall(r"[A-Z][\w'’-]*", text))


_PARTIES_BEFORE = re.compile(r"\b(?:ruling|governing|opposition|political|electoral|parliamentary)\s+$", re.IGNORECASE)


def _coalition_by_its_leader(text: str, actors: list[ActorMatch], taken: list[tuple[int, int]],
                             default_country: str | None) -> list[ActorMatch]:
    """'The Saudi-led Arab coalition said ...': once a text names a coalition by its one leader, its
    bare "coalition forces" and "the coalition" are that leader's military."""
    leaders = {a.country_iso2 for a in actors if a.kind == "military" and a.country_iso2
               and re.search(r"-led\s+(?:\w+\s+)?coalition", a.text, re.IGNORECASE)}
    if len(leaders) != 1:
        return actors
    leader = leaders.pop()
    inter = INTER_EXTERNAL if default_country and leader != default_country else INTER_STATE
    out = []
    for a in actors:
        if a.kind == "military" and re.search(r"\bcoalition\b", a.text, re.IGNORECASE) and a.country_iso2 != leader \
                and not names_a_country(a.text):
            a = replace(a, name=_state_name("military", leader), inter=inter, country_iso2=leader)
        out.append(a)
    for hit in _BARE_COALITION.finditer(text):
        parties = _PARTIES_BEFORE.search(text[max(0, hit.start() - 15):hit.start()])  # "the ruling coalition"
        if parties or _overlaps(hit.start(), hit.end(), taken):
            continue
        out.append(_state_actor("military", leader, default_country, hit))
    return sorted(out, key=lambda a: a.start)


def _name_un_missions(actors: list[ActorMatch]) -> list[ActorMatch]:
    """Generic UN peacekeepers are the mission the sentence names ("the UN mission (UNMISS)")."""
    missions = {a.name: a for a in actors if a.name in UN_MISSIONS}
    if len(missions) != 1:
        return actors
    mission = next(iter(missions.values()))
    return [ActorMatch(mission.name, mission.inter, mission.kind, mission.country_iso2, a.start, a.end, a.text)
            if a.name == "United Nations" else a for a in actors]


def _drop_restated_acronyms(text: str, actors: list[ActorMatch]) -> list[ActorMatch]:
    """ "the Rapid Support Forces (RSF)", "the UN mission in South Sudan (UNMISS)": the
    bracketed acronym restates the actor just before it, so it is not a second actor."""
    kept: list[ActorMatch] = []
    for actor in actors:
        if kept and kept[-1].name == actor.name and _is_bracketed_after(text, actor, kept[-1]):
            continue
        kept.append(actor)
    return kept


def _is_bracketed_after(text: str, actor: ActorMatch, previous: ActorMatch) -> bool:
    before, after = text[previous.end:actor.start], text[actor.end:actor.end + 1]
    return before.endswith("(") and after == ")" and len(before) <= 40 and not re.search(r"[.;:!?()]", before[:-1])


def canonical_actor(phrase: str, default_country: str | None = None) -> ActorMatch | None:
    """The actor one phrase names ("Afghan forces", "al-Shabab"), spans relative to the phrase.

    A bare country name ("Russia") is that country's military. None when the
    phrase names no actor.
    """
    actors = find_actors(phrase, default_country)
    if not actors:
        country = lookup_country_term(phrase.strip())
        if country is None:
            return None
        start = phrase.index(phrase.strip())
        inter = INTER_EXTERNAL if default_country and country.iso2 != default_country else INTER_STATE
        return ActorMatch(f"Military Forces of {state_country_name(country)}", inter, "military", country.iso2,
                          start, start + len(phrase.strip()), phrase.strip())
    return max(actors, key=lambda a: (a.end - a.start, -a.start))


def interaction_code(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED interaction: the two inter codes, smaller first (12); one actor alone is inter*10."""
    codes = sorted(code for code in (inter1, inter2) if code)
    if not codes:
        return None
    if len(codes) == 1:
        return codes[0] * 10
    return codes[0] * 10 + codes[1]
