"""Article-level context for extraction: running dates, places, main group.

Reporters name a place once and then write "the district", "10 districts
fell", or simply go on with the story in the next sentence. A clause with
no place of its own takes the places of the previous sentence of the same
paragraph, or, when it points back ("the district", "ten districts"), of
one of the three sentences before it. Nothing else is carried over.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property

from transforms.actor_groups import PRO_GOVERNMENT_MILITIAS, UN_MISSIONS
from transforms.actors import ActorMatch, names_a_country
from transforms.countries import PEOPLE_ABROAD_AFTER, Country, country_by_code, lookup_country_term, main_country
from transforms.date_rules import CALENDAR_NAMES
from transforms.place_mentions import PlaceHit, PlaceScan
from transforms.place_mentions import find_country as find_country_name
from transforms.place_words import ADMIN_KINDS
from transforms.records import LocationMention
from transforms.sentences import Sentence, is_quoted

LOOKBACK_SENTENCES = 3
_BORDER_WORDS = re.compile(r"\b(?:border|frontier|across\s+the\s+line)\b", re.IGNORECASE)
_GROUP_KINDS = frozenset({"rebel", "political_militia", "identity_militia", "external", "unidentified"})
_ANAPHOR_KIND = re.compile(
    r"\b(?:the|this|that)\s+(?:\w+\s+)?(city|town|village|district|province|region)\b(?!\s+of\s+[A-Z])", re.IGNORECASE)
_KIND_OF_ANAPHOR = {"city": "city", "town": "city", "village": "village", "district": "district",
                    "province": "province", "region": "region"}
_SAME_PLACE = re.compile(r"\b(?:in|at|near|around)\s+the\s+same\s+"
                         r"(?:area|place|town|village|district|location|spot|locality)\b"
                         # "blew up at the gates of the general staff headquarters, about a kilometre away": from
                         # where the story's last event was
                         r"|\b(?:a|one|two|three|a\s+few|several|\d+)\s+(?:hundred\s+)?(?:kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?)"
                         r"\s+away\b(?!\s+(?:from|in)\b)", re.IGNORECASE)
# "the Sara neighbourhood", "the Bonaberi, Ndokoti and Akwa neighborhoods": names of a town's quarters
# ("the Hay al-Matar neighbourhood": an article inside the name)
_QUARTER_AFTER = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:[a-z]{1,3}-)?[A-Z][\w'’-]*)*"
                            r"(?:(?:\s*,\s*|\s+and\s+)[A-Z][\w'’-]*(?:\s+(?:[a-z]{1,3}-)?[A-Z][\w'’-]*)*)*"
                            r"\s+(?:neighbou?rhoods?|quarters?)\b")
# "near Meezan Chowk", "on Jinnah Road", "in Liaquat Bazaar": a street, square or market is a part of a town
_STREET_WORDS = frozenset({"Road", "Street", "Avenue", "Boulevard", "Square", "Chowk", "Bazaar", "Bazar",
                           "Roundabout", "Circle", "Lane", "Gate"})
_CITY_OF = re.compile(r"\b[Ii]n\s+the\s+city\s+of\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)")
_TOWN_KINDS = frozenset({"city", "village"})  # a bare name may be anything ("the Popular Front")
_NAMED_GROUP_KINDS = frozenset({"rebel", "political_militia", "identity_militia"})
# Most specific first; an untyped name ('Goma') ranks after a named district.
_LEVEL = {"village": 0, "city": 1, "capital": 1, "district": 2, "place": 2.5, "region": 3, "province": 3}


@dataclass
class ArticleContext:
    """What extraction remembers while walking through one article."""

    article_id: str
    published: dt.date | None
    country: Country | None
    sentences: list[Sentence]
    triggers: dict
    dominant: ActorMatch | None = None
    opponent: ActorMatch | None = None  # main foreign force, when no named group dominates
    actors: list[ActorMatch] = field(default_factory=list)  # whole-article matches
    country_mentions: list = field(default_factory=list)  # (Country, start, end) in body_text
    dates: dict = field(default_factory=dict)  # sentence index -> explicit EventDate
    scans: dict[int, PlaceScan] = field(default_factory=dict)
    inherited: dict[int, list[PlaceHit]] = field(default_factory=dict)
    event_places: dict[int, list[PlaceHit]] = field(default_factory=dict)  # places events used
    pending: dict = field(default_factory=dict)  # sentence index -> draft without a place
    retold: set = field(default_factory=set)  # sentences whose strong cue only points back ("one of the strikes")
    points_back: set = field(default_factory=set)  # strong cues, no place, and "the attack" pointing back
    parents: dict = field(default_factory=dict)  # place name -> the unit the article first placed it in
    street_towns: dict = field(default_factory=dict)  # street or square name -> the town it was told in
    current_sentence: int = -1  # index of the sentence being read
    last_draft: tuple | None = None  # (sentence index, Draft) of the latest event placed

    def with_known_parents(self, scan: PlaceScan) -> PlaceScan:
        """'Jangebe, in Talata Mafara LGA' early on, 'youths in Jangebe' later: the article's
        own word for where a place lies holds for every later mention of it, also of a place first
        told as a parent ("Liheban village in the Qarachogh area of Makhmour district", then
        "strikes on the Qarachogh mountains")."""
        for hit in scan.hits:
            if hit.mention.parent:
                self.parents.setdefault(hit.mention.name, hit.mention.parent)
        hits = tuple(replace(h, mention=replace(h.mention, parent=self.parents[h.mention.name]))
                     if not h.mention.parent and h.mention.name in self.parents
                     and h.mention.kind not in ("province", "country") else h for h in scan.hits)
        return replace(scan, hits=hits)

    def with_towns_of_quarters(self, scan: PlaceScan, text: str, index: int) -> PlaceScan:
        """'a grenade was thrown near a market in the Sara neighbourhood' in a Bangui story: a
        quarter lies in the town the story is in (the last town told, else the dateline's), not
        in a namesake village across the country; "In the city of Donetsk, ... shelled the
        Kirovsky district": a district of the city the sentence names."""
        town = None
        hits = []
        for hit in scan.hits:
            if not hit.mention.parent and _QUARTER_AFTER.match(text, hit.start):
                town = town or self._last_town(scan, hit.start, index)
                if town is not None and town != hit.mention.name:
                    hit = replace(hit, mention=replace(hit.mention, parent=town))
            elif not hit.mention.parent and hit.mention.name.rpartition(" ")[2] in _STREET_WORDS:
                self._note_town_of_street(scan, hit, text, index)
            elif not hit.mention.parent and hit.mention.kind == "district":
                # "In the city of Donetsk, ... shelled the Kirovsky district": a district of that city
                city = _CITY_OF.search(text, 0, hit.start)
                if city is not None and city.group("name") != hit.mention.name:
                    hit = replace(hit, mention=replace(hit.mention, parent=city.group("name")))
            hits.append(hit)
        return replace(scan, hits=tuple(hits))

    def _note_town_of_street(self, scan: PlaceScan, street: PlaceHit, text: str, index: int) -> None:
        """'near Meezan Chowk in the heart of the provincial capital' under 'QUETTA:': a street, a square
        or a market lies in the town the sentence opens with ("In Addis Ababa, ... in Meskel Square"),
        else the last town told, else the dateline's: a fallback when the gazetteer lacks the street
        (not its parent: the gazetteer may know the street, and the last town told may be another)."""
        opening = next((h.mention.name for h in framing_places(text, scan) if h.end <= street.start), None)
        town = opening or self._last_town(scan, street.start, index)
        if town and town != street.mention.name:
            self.street_towns.setdefault(street.mention.name, town)

    def _last_town(self, scan: PlaceScan, before: int, index: int) -> str | None:
        earlier = [(i, self.scans[i].hits) for i in sorted(self.scans) if i < index]
        for _, hits in reversed([*earlier, (index, [h for h in scan.hits if h.end <= before])]):
            towns = [h for h in hits if h.mention.kind in _TOWN_KINDS and h.mention.name]
            if towns:
                return towns[-1].mention.name
        return self.dateline_city

    @cached_property
    def dateline_city(self) -> str | None:
        """'QUETTA:', 'ADEN (Reuters) -': the town the report is filed from, in its first lines."""
        return next((city for sentence in self.sentences[:3] if (city := _filed_from(sentence.text))), None)

    @cached_property
    def named_groups(self) -> tuple[ActorMatch, ...]:
        """The article's named non-state groups told more than once, most mentioned first
        (pro-government militias aside; a name seen once may be a headline's words)."""
        named = [a for a in self.actors if a.kind in _NAMED_GROUP_KINDS and a.name not in PRO_GOVERNMENT_MILITIAS]
        ranked = [name for name, count in Counter(a.name for a in named).most_common() if count >= 2]
        return tuple(next(a for a in named if a.name == name) for name in ranked)

    @cached_property
    def state_fights(self) -> bool:
        """The home state's own forces are a side in the story ("clashed with government troops",
        "Ukraine's air defence"); a bare "the soldiers" may be anyone's and does not count."""
        return any(a.kind in ("military", "police") and a.inter == 1 and _names_its_state(a.text)
                   for a in self.actors)

    @cached_property
    def abroad(self) -> tuple[str, ...]:
        """The other countries the article names (see other_countries), worked out once."""
        return other_countries(self)

    def actors_in(self, sentence: Sentence) -> list[ActorMatch]:
        """The article's actor matches inside one sentence, offsets made sentence-relative."""
        return [replace(a, start=a.start - sentence.start, end=a.end - sentence.start)
                for a in self.actors if a.start >= sentence.start and a.end <= sentence.end]

    def paragraph_of(self, index: int) -> int | None:
        return self.sentences[index].paragraph if 0 <= index < len(self.sentences) else None


_FORCE_USAGE = re.compile(
    r"^(?:['’]s)?(?:\s+and\s+\w+)?(?:\s+\w+)?\s*(?:-led|-backed|-aligned|-funded|troops|forces|military|president|officials?|"
    r"consulates?|embassy|embassies|ambassador|diplomats?|influence|proxies|allies|ally|leaders?|nuclear|"
    r"administration|embassy|envoy|army|soldiers|paramilitar\w*|mercenar\w*|instructors|jets|drones?|withdrawal|government|air\s+force|navy|"
    r"missiles?|artillery|strikes?|rockets?|shelling|warplanes|bombs?|attacks?|invasion|aggression)\b",
    re.IGNORECASE)
# "the western Ukrainian city of Lviv", "the Somali capital": the event is there
_PLACE_NOUN_AFTER = re.compile(r"^(?:['’]s)?\s+(?:\w+\s+)?(?:city|town|village|capital|port|region|province|state|border\s+town)\b",
                               re.IGNORECASE)
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|across|throughout|inside)\s+(?:the\s+)?(?:\w+ern\s+)?$", re.IGNORECASE)
# "KYIV, Ukraine" / "Goma, DR Congo": a place name opening a line ("In the south," and
# "Meanwhile," open lines too, but are not datelines: every word capitalised, no adverb)
_DATELINE = re.compile(r"(?:^|\n)(?!(?:In|On|At|Meanwhile|However|Separately|Earlier|Later|Also|Since|After|"
                       r"Before|Elsewhere|Further|Overall|Still|Instead|Nevertheless|Yet)\b)"
                       r"[A-Z][A-Za-z'’-]{1,20}(?:\s+[A-Z][A-Za-z'’-]{1,20}){0,2},\s*$")


# "QUETTA:", "ADEN (Reuters) -", "MAIDUGURI, Nigeria —": a town in capitals opening the report
# ("ERBIL (Kurdistan 24) –", "KINSHASA, May 10 (Xinhua) --": an outlet's name with digits, a doubled dash)
_FILED_FROM = re.compile(r"^\W*(?P<city>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,2})(?:,[^()\n—–:]{0,40})?\s*"
                         r"(?:\([A-Za-z0-9 .'’]+\))?\s*(?:—|–|--?|:)\s")
# "May 27, 2024 (BABANUSA) –": the date first, the town in brackets (a news agency's name is no town)
_FILED_FROM_AFTER_DATE = re.compile(
    r"^\W*[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}\s+\((?!(?:AFP|AP|UPI|AA|ANI|PTI|IANS|APP|NNA|SANA|IRNA|MENA|KUNA|WAFA|SPA|QNA)\))"
    r"(?P<city>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,2})\)\s*(?:—|–|-|:)\s")
# "Addis Ababa (AFP) -", "Goma (DR Congo) (AFP) -": a town in title case needs the agency's brackets
_FILED_FROM_TITLE_CASE = re.compile(r"^\W*(?P<city>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)(?:,\s+[A-Z][\w ]{2,30})?\s+"
                                    r"(?:\([^()\n]{2,30}\)\s*)?\((?:AFP|AP|Reuters|UPI|AA|Xinhua|dpa|ANI|IANS)\)\s*(?:—|–|--?)\s")


def _filed_from(text: str) -> str | None:
    """'QUETTA: ...', 'ADEN (Reuters) - ...': the town a sentence says it is filed from (not a country)."""
    found = _FILED_FROM.match(text) or _FILED_FROM_AFTER_DATE.match(text) or _FILED_FROM_TITLE_CASE.match(text)
    return found.group("city").title() if found and find_country_name(found.group("city")) is None else None


# "LAHORE: ... in the provincial capital": the dateline's town named by its kind
_DATELINE_TOWN = re.compile(r"\bthe\s+(?:provincial\s+capital|city|town)\b(?!\s+of\s+[A-Z])", re.IGNORECASE)
# "the Civil Hospital here", "in the city here": the dateline's town (never a sentence-opening "Here")
_HERE = re.compile(r"(?<=[a-zA-Z,]\s)(here)\b(?!\s*(?:is|are|was|were|,?\s+too)\b)")


# "in Paletwa Township", "the town of Saraqeb", "near Kale": a name after a locative word
_LOCATIVE_NAME = re.compile(
    r"\b(?i:in|near|at|outside|around|from|into|towards?|of)\s+(?:the\s+)?"  # "In Dhaka, ..." opens sentences
    r"(?:(?:[a-z]+\s+)?(?:town|city|village|district|province|state|region|capital|port)\s+of\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
_UNIT_WORDS = frozenset({"Province", "State", "Region", "Township", "District", "Oblast", "Governorate",
                         "County", "Territory", "Prefecture", "Department", "Division", "Zone", "Area", "City"})


def place_country_votes(body_text: str, place_country: Callable[[str], str | None]) -> Counter[str]:
    """A vote per time a place name is told (at most _VOTES_PER_PLACE) for the one country it
    denotes (see Gazetteer.country_of_place): where a story is set shows in its places even
    when the text never names the country ("Paletwa", "Chin State", "Sittwe"), and a place
    told again and again ("the Diffa region" six times) is where the story is, as a country
    named again and again would be."""
    told: Counter[str] = Counter()
    for m in _LOCATIVE_NAME.finditer(body_text):
        words = re.sub(r"['’]s$", "", m.group("name")).split()  # "in Beirut's southern suburb": Beirut
        while words and words[-1] in _UNIT_WORDS:
            words = words[:-1]
        name = " ".join(words)
        if not name or lookup_country_term(name) is not None:
            continue  # "into Niger" names the country, not Nigeria's Niger State
        if name.isupper() and len(name) <= 5:
            continue  # "of BNP", "from PKK": a party or group's initials, never a town's name
        if name.split()[0] in CALENDAR_NAMES:
            continue  # "in August", "on Monday": a date, though the gazetteer knows an August Town in Jamaica
        told[name] += 1
    votes: Counter[str] = Counter()
    for name, times in told.items():
        iso2 = place_country(name)
        if iso2 is not None:
            votes[iso2] += min(times, _VOTES_PER_PLACE)
    # "ERBIL (Kurdistan 24) – Iran's Revolutionary Guards claimed a missile attack on Erbil": the reporter files
    # from where it happened, when the story tells of the town too ("MOSCOW, July 17 (Xinhua) --" over a report
    # of shelling in Donetsk is a bureau, not a scene)
    # ("DERNA, Libya (AP) —" names its country, which votes for itself; the gazetteer's Derna is in Romania)
    dateline = next(((line, town) for line in body_text.split("\n")[:_DATELINE_LINES] if (town := _filed_from(line))),
                    None)
    if dateline is not None and told.get(dateline[1]) and not _names_its_country(dateline[0]):
        iso2 = place_country(dateline[1])
        if iso2 is not None:
            votes[iso2] += _VOTES_PER_PLACE
    return votes


_VOTES_PER_PLACE = 2


_DATELINE_LINES = 4  # a slug or headline may come first
# "DERNA, Libya (AP) —", "MAIDUGURI, Nigeria —": the words between the town and the agency or dash
_DATELINE_COUNTRY = re.compile(r"^\W*[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,2},\s*"
                               r"(?P<country>[A-Z][\w .'’-]{2,40}?)\s*[(—–:-]")


def _names_its_country(dateline: str) -> bool:
    found = _DATELINE_COUNTRY.match(dateline)
    return found is not None and find_country_name(found.group("country").strip()) is not None


def article_country(body_text: str, dominant: ActorMatch | None,
                    mentions: list[tuple[Country, int, int]],
                    place_votes: Counter[str] | None = None) -> Country | None:
    """The country the events happen in.

    Counts country names and demonyms, but not where they only label
    someone's forces or officials ("US troops", "Afghan government forces"):
    foreign armies and presidents crowd conflict reporting. The home country
    of the article's dominant armed group gets one extra vote, and each
    place name the gazetteer ties to one country (`place_votes`) one more.
    """
    # a place in the text is where something happens; a country's name is as often about who acts
    votes: Counter[str] = Counter({iso2: 2 * n for iso2, n in (place_votes or {}).items()})
    first: dict[str, Country] = {}
    for country, start, end in mentions:
        first.setdefault(country.iso2, country)
        before = body_text[max(0, start - 40):start]
        if PEOPLE_ABROAD_AFTER.match(body_text, end):
            continue
        if _DATELINE.search(before):
            votes[country.iso2] += 3  # "KYIV, Ukraine —": where the reporter files from
        elif _LOCATIVE_BEFORE.search(before) or _PLACE_NOUN_AFTER.match(body_text[end:end + 30]):
            votes[country.iso2] += 2  # "in northern Mali"
        elif not _FORCE_USAGE.match(body_text[end:end + 40]):
            votes[country.iso2] += 1
    if dominant is not None and dominant.country_iso2:
        # counted even when the text never names the country: an ADF story set in "Beni" is Congo's
        votes[dominant.country_iso2] += 1
    if not votes:
        return main_country(body_text)
    order = list(first)
    best = max(votes, key=lambda iso2: (votes[iso2], -order.index(iso2) if iso2 in order else -len(order)))
    return first.get(best) or country_by_code(best)


def bare_forces_to_occupier(actors: list[ActorMatch], country: Country | None) -> list[ActorMatch]:
    """"troops", "the army" are the foreign army when the story never names the home
    country's own: in a West Bank raid story "troops pulling out of the camp" are Israel's."""
    if country is None:
        return actors
    home = [a for a in actors if a.kind == "military" and a.country_iso2 == country.iso2]
    if not home or any(_names_its_state(a.text) for a in home):
        return actors  # "government troops", "national army": the home state's own, whoever else is there
    # (a regional command, "the US Africa Command" striking in Somalia, directs air strikes and occupies nothing)
    foreign = [a for a in actors if a.kind == "military" and a.inter == 8 and not _COMMAND.search(a.text)]
    if len(foreign) < 2:
        return actors
    top = dominant_foreign_force(foreign)
    return [replace(a, name=top.name, inter=top.inter, country_iso2=top.country_iso2) if a in home else a
            for a in actors]


_COMMAND = re.compile(r"\b(?:[Cc]ommand|AFRICOM|CENTCOM)\b")
_OWN_STATE_WORDS = re.compile(r"\b(?:government|pro-government|national|federal|state|regime|republican|presidential)\b",
                             re.IGNORECASE)


def _names_its_state(text: str) -> bool:
    """'Ukrainian troops', 'government forces', 'the national army': whose forces the words say."""
    return names_a_country(text) or bool(_OWN_STATE_WORDS.search(text))


def hostile_foreign_force(actors: list[ActorMatch], quotes: list[tuple[int, int]] = ()) -> ActorMatch | None:
    """The foreign army an unattributed attack is by (Russia's in Ukraine), unless the story
    has jihadists, gunmen or militants of its own: then the foreign troops (France's in Mali)
    fight beside the state, and an unnamed attacker is one of those armed men.

    Name-calling inside a quotation ("under attack from Russian terrorists") is not
    armed men of the story's own."""
    if any(a.kind == "unidentified" and not is_quoted(quotes, a.start) for a in actors):
        return None
    return dominant_foreign_force(actors)


_UN_BODIES = UN_MISSIONS | {"United Nations"}


def dominant_foreign_force(actors: list[ActorMatch]) -> ActorMatch | None:
    """The foreign state force the article mentions most (Russia's army in Ukraine)."""
    # the UN and its peacekeeping missions are told about (shelters, victims, sources), not the side that strikes
    foreign = [a for a in actors if a.inter == 8 and a.kind in ("military", "external") and a.name not in _UN_BODIES]
    if not foreign:
        return None
    top, _ = Counter(a.name for a in foreign).most_common(1)[0]
    return next(a for a in foreign if a.name == top)


def dominant_group(actors: list[ActorMatch]) -> ActorMatch | None:
    """The named non-state group the article mentions most ('Taliban', 'M23'), pro-government
    militias aside (in a jihadist attack on Djibo, the VDP are defenders)."""
    named = [a for a in actors if a.kind in _NAMED_GROUP_KINDS and a.name not in PRO_GOVERNMENT_MILITIAS]
    if not named:
        return None
    ranked = Counter(a.name for a in named).most_common(2)
    if len(ranked) == 2 and ranked[0][1] == ranked[1][1] == 1:
        return None  # "groups linked to al-Qaida and the Islamic State": named once each, neither is the story's
    top = ranked[0][0]
    return next(a for a in named if a.name == top)


def named_units(ctx: ArticleContext) -> tuple[str, ...]:
    """The admin units the article names anywhere, in text order: "Borno state", "in Kukawa
    district", the parent of "Owo, Ondo State". Geocoding prefers a town inside one of them over
    a namesake elsewhere, whichever sentence names the unit."""
    names = [name for index in sorted(ctx.scans) for hit in ctx.scans[index].hits for name in _unit_names(hit)]
    return tuple(dict.fromkeys(n for n in names if n))


def _unit_names(hit: PlaceHit) -> list[str]:
    """The admin units a place hit names: itself when it is one (or a parent), and its parents."""
    own = [hit.mention.name] if hit.mention.kind in ADMIN_KINDS or hit.is_parent else []
    return own + list(hit.mention.parent_chain)


# "near the border with Benishangul Gumuz region", "the western Darfur region": a unit beside or
# around the place, not one it is in
_BESIDE_A_UNIT = re.compile(r"\b(?:border\s+with|bordering|neighbou?ring|"
                            r"(?:north|south)?-?(?:north|south|east|west)(?:ern)?|central)\s+(?:the\s+)?$",
                            re.IGNORECASE)


def units_named_between(ctx: ArticleContext, start: int, end: int) -> tuple[str, ...]:
    """The admin units named by the sentences that overlap body_text[start:end]."""
    names = [name for sentence, hit in _hits_between(ctx, start, end)
             if not (hit.mention.near or hit.destination
                     or _BESIDE_A_UNIT.search(sentence.text[max(0, hit.start - 40):hit.start]))
             for name in _unit_names(hit)]
    return tuple(dict.fromkeys(n for n in names if n))


def places_named_between(ctx: ArticleContext, start: int, end: int) -> tuple[LocationMention, ...]:
    """Every place (no country) named by the sentences that overlap body_text[start:end]."""
    return tuple(dict.fromkeys(hit.mention for _, hit in _hits_between(ctx, start, end)
                               if hit.mention.kind != "country"))


def _hits_between(ctx: ArticleContext, start: int, end: int) -> list[tuple[Sentence, PlaceHit]]:
    """The place hits of the scanned sentences that overlap body_text[start:end], with their sentence."""
    return [(sentence, hit) for sentence in ctx.sentences
            if sentence.end > start and sentence.start < end and sentence.index in ctx.scans
            for hit in ctx.scans[sentence.index].hits]


_FRAME_BEFORE = re.compile(r"^\W*(?:(?:Meanwhile|Elsewhere|Separately|Earlier|Later),\s+)?(?:in|at|near|outside|across)\s+"
                           r"(?:the\s+)?(?:(?:[a-z]+\s+){0,2}(?:city|town|capital|district|province|state|region)\s+of\s+)?$",
                           re.IGNORECASE)


def framing_places(text: str, scan: PlaceScan) -> list[PlaceHit]:
    """A place that opens the sentence frames every clause in it, whichever verb the parse hung it on
    ("In Addis Ababa, police beat protesters in Meskel Square")."""
    return [h for h in usable_places(list(scan.hits))
            if _FRAME_BEFORE.match(text[:h.start]) and text[h.end:h.end + 1] == ","]


def usable_places(hits) -> list[PlaceHit]:
    """Places where something can happen: no destinations, parents or countries."""
    return [h for h in hits if not h.destination and not h.is_parent and h.mention.kind != "country"]


def named_places(index: int, ctx: ArticleContext) -> list[PlaceHit]:
    """The usable places sentence `index` names itself (none for a sentence never scanned)."""
    scan = ctx.scans.get(index)
    return usable_places(scan.hits) if scan is not None else []


def _places_of(index: int, ctx: ArticleContext) -> list[PlaceHit]:
    if ctx.event_places.get(index):
        return ctx.event_places[index]
    return named_places(index, ctx) or ctx.inherited.get(index, [])


def inherited_places(sentence: Sentence, scan: PlaceScan, ctx: ArticleContext) -> list[PlaceHit]:
    """Places a sentence without its own takes from the sentences before it."""
    found: list[PlaceHit] = []
    here = _HERE.search(sentence.text)
    if here and ctx.dateline_city:
        # "at the Civil Hospital here": the town the report is filed from
        return [PlaceHit(LocationMention(ctx.dateline_city, "city"), here.start(1), here.end(1))]
    if scan.vague_area:
        return found  # the sentence places itself, just not by name
    wanted = _ANAPHOR_KIND.search(sentence.text)
    kind = _KIND_OF_ANAPHOR[wanted.group(1).lower()] if wanted else None
    if kind is not None:
        # "in the city" just after "the southern districts of El Fasher": a name of no told kind may be it
        kinds = {kind, "place"} if kind in ("city", "village") else {kind}
        for back in range(sentence.index - 1, max(-1, sentence.index - 1 - LOOKBACK_SENTENCES), -1):
            found = [h for h in _places_of(back, ctx) if h.mention.kind in kinds]
            if found:
                ctx.inherited[sentence.index] = found
                return found
    if _SAME_PLACE.search(sentence.text):
        # "fought for most of the day in the same area": where the story's last event was, however far back
        for back in range(sentence.index - 1, -1, -1):
            found = ctx.event_places.get(back, [])
            if found:
                ctx.inherited[sentence.index] = found
                return found
    previous = sentence.index - 1
    if previous >= 0 and ctx.paragraph_of(previous) == sentence.paragraph:
        found = _places_of(previous, ctx)
    if not found and scan.anaphoric:
        for back in range(sentence.index - 1, max(-1, sentence.index - 1 - LOOKBACK_SENTENCES), -1):
            found = _places_of(back, ctx)
            if found:
                break
    if not found and kind is not None:
        # "the village" with no place told nearby: the story's village, however far back
        for back in range(sentence.index - 1 - LOOKBACK_SENTENCES, -1, -1):
            found = [h for h in _places_of(back, ctx) if h.mention.kind == kind]
            if found:
                break
    filed = None if found else _filed_from(sentence.text)
    town = _DATELINE_TOWN.search(sentence.text) if filed else None
    if town is not None:
        # "LAHORE: ... clashed with law enforcers in the provincial capital": the town the sentence is filed
        # from (later on, "the city" may be any the story has moved to)
        found = [PlaceHit(LocationMention(filed, "city"), town.start(), town.end())]
    if found:
        ctx.inherited[sentence.index] = found
    return found


def story_place(sentence: Sentence, ctx: ArticleContext, apart: bool = False) -> list[PlaceHit]:
    """'Police fired tear gas, while PTI workers hurled stones' two sentences after 'arrived at
    Khan's home in the Zaman Park neighbourhood': an act told with no place, no toll and no
    place in the sentence before goes on where the story last was, a few sentences back. A
    place an event was already told at is not taken: "Protesters threw stones" after "police
    fired on a march in X" is more of that event; unless the act is one apart (`apart`: "soldiers
    detained the president" after "a crowd was dispersed in X" is no more of the dispersal)."""
    for back in range(sentence.index - 1, max(-1, sentence.index - 1 - LOOKBACK_SENTENCES), -1):
        if ctx.event_places.get(back):
            return ctx.event_places[back][:1] if apart else []
        found = _places_of(back, ctx)
        if found:
            return found[:1]
    return _dateline_town(sentence)


def _dateline_town(sentence: Sentence) -> list[PlaceHit]:
    """'YANGON (Reuters) - Tens of thousands of people marched through Myanmar's biggest city on
    Saturday': a lead that names no place of its own happened where the reporter files from."""
    town = _filed_from(sentence.text)
    start = sentence.text.upper().find(town.upper()) if town else -1
    return [PlaceHit(LocationMention(town, "city"), start, start + len(town))] if start >= 0 else []


MAX_FALLBACK_PLACES = 6


# "on the Haidariya district in the east of the city", "the city's northern edge": the town the story
# is in, however many sentences back it was named (not "the city of X", which names its own)
_THE_TOWN = re.compile(r"\bthe\s+(?:city|town)(?:['’]s\b|\b(?!\s+of\b))")
_PART_OF_THE_TOWN = re.compile(r"[^.;]{0,60}?\b(?:of|in)\s+the\s+(?:[a-z-]+\s+)?(?:city|town)\b")


def _story_town(index: int, ctx: ArticleContext) -> LocationMention | None:
    """The nearest town a sentence before `index` names itself, skipping the town's own parts
    ("the Ansari district in the south of the divided city")."""
    for back in range(index - 1, -1, -1):
        scan = ctx.scans.get(back)
        if scan is None:
            continue
        text = ctx.sentences[back].text
        towns = [h.mention for h in usable_places(scan.hits)
                 if h.mention.kind in ("city", "capital", "place", "district") and h.mention.name
                 and not h.mention.near and not h.destination
                 and not _PART_OF_THE_TOWN.match(text, h.end)]
        if towns:
            return towns[0]
    return None


def fallback_places(hits: list[PlaceHit], sentence: Sentence, ctx: ArticleContext) -> tuple[LocationMention, ...]:
    """Where the story is, for an event whose own place the gazetteer may lack ("the
    National Penitentiary"): the sentence's other places in text order (listed siblings
    last), then the places of up to three sentences before, nearest first."""
    # a sibling in a list ("the villages of A and B") is no better guess than the unit around them,
    # and a place only near it ("Outside the capital, ... the cathedral in Kisangani") is a worse one
    found = [h.mention for h in sorted(hits, key=lambda h: (h.listed, h.mention.near, h.start))
             if not h.destination and h.mention.kind != "country"]
    # "the village of Takoubatt, about 80 km from Ouallam": a village the gazetteer lacks is in the
    # area of the town its distance is told from, likelier than anywhere the story went before
    found.extend(h.mention for h in hits if h.reference and h.mention.kind != "country")
    if _THE_TOWN.search(sentence.text) and (town := _story_town(sentence.index, ctx)) is not None:
        found.append(town)
    # "near Meezan Chowk": the town the street was told in (see ArticleContext.with_towns_of_quarters)
    found.extend(LocationMention(ctx.street_towns[h.mention.name], "city") for h in hits
                 if h.mention.name in ctx.street_towns)
    earlier = range(sentence.index - 1, max(-1, sentence.index - 1 - LOOKBACK_SENTENCES), -1)
    for back in earlier:
        found.extend(h.mention for h in _places_of(back, ctx))
    # "Other car bombs hit the Bayaa district ... in central Baghdad. On the northern outskirts, in
    # Sabaa al-Bour, ...": the places those sentences named beside their events' own, after them
    for back in earlier:
        told = {m.name for m in found}
        found.extend(h.mention for h in named_places(back, ctx) if h.mention.name not in told)
    return tuple(dict.fromkeys(found))[:MAX_FALLBACK_PLACES]


def other_countries(ctx: ArticleContext) -> tuple[str, ...]:
    """ISO2 of the countries the article names besides its own, in order of first mention."""
    home = ctx.country.iso2 if ctx.country else None
    return tuple(dict.fromkeys(c.iso2 for c, _, _ in ctx.country_mentions if c.iso2 != home))


def pick_places(hits: list[PlaceHit], rank: dict[int, int] | None = None) -> list[LocationMention]:
    """One mention per named unit for lists and counts; else the most specific place."""
    usable = usable_places(hits)
    if not usable:
        return []
    counted = [h for h in usable if h.mention.count]
    kinds = {h.mention.kind for h in usable}
    if counted:
        # "a dozen districts in Badakhshan and Takhar provinces": every named unit
        chosen = [h for h in usable if h.mention.count or h.mention.kind in ("province", "region")]
    elif len(usable) > 1 and len(kinds) == 1 and not kinds & {"place", "region"}:
        chosen = usable
    elif len([h for h in usable if h.listed]) > 1:
        chosen = [h for h in usable if h.listed]  # "shelled Kharkiv and Izium": one event each
    else:
        rank = rank or {}
        # "Atbara, the railway city north of Khartoum": a town the sentence names outright beats
        # the one it is placed by, however the parse hangs "north of" (often on the verb)
        named_town = any(not h.mention.near and _LEVEL.get(h.mention.kind, 1) <= 1 for h in usable)
        # "In the south, ... warplanes struck sites near the town of al-Kiswah": the town, even "near"
        some_town = any(_LEVEL.get(h.mention.kind, 1) <= 1 for h in usable)
        # "In Nampula province, the insurgents burned houses in the village of Lalane": the village too
        chosen = [min(usable, key=lambda h: (named_town and h.mention.near,
                                             some_town and h.mention.kind in ("region", "province"),
                                             rank.get(h.start, 50), h.mention.near, _LEVEL.get(h.mention.kind, 1),
                                             h.start))]
    seen: set[str] = set()
    out = []
    for hit in chosen:
        if hit.mention.name.lower() not in seen:
            seen.add(hit.mention.name.lower())
            out.append(hit.mention)
    return out



def drop_actor_names(scan: PlaceScan, actors: list[ActorMatch]) -> PlaceScan:
    """Drop 'places' that are really armed groups or forces ('Taliban', 'Kandahar Police')."""
    groups = [a for a in actors if a.kind in _GROUP_KINDS]
    names = {a.name.lower() for a in actors} | {a.text.lower() for a in groups}

    def overlaps(hit, actor) -> bool:
        return actor.start < hit.end and hit.start < actor.end

    hits = tuple(h for h in scan.hits if h.mention.name.lower() not in names
                 and not any(overlaps(h, a) for a in groups)
                 and not (h.mention.kind == "place" and any(overlaps(h, a) for a in actors)))
    return replace(scan, hits=hits)


def is_abroad(sentence: Sentence, ctx: ArticleContext) -> bool:
    """A border or a foreign country in this sentence or the one before (same paragraph)."""
    spans = [sentence]
    if sentence.index > 0 and ctx.paragraph_of(sentence.index - 1) == sentence.paragraph:
        spans.append(ctx.sentences[sentence.index - 1])
    home = ctx.country.iso2 if ctx.country else None
    for span in spans:
        if _BORDER_WORDS.search(span.text):
            return True
        if any(c.iso2 != home and span.start <= start and end <= span.end
               for c, start, end in ctx.country_mentions):
            return True
    return False
