"""How the words around a place mention read: near it, a destination, a source, a parent unit,
one of a list, or a government named by its capital ("Ankara had not informed Moscow").

`read_context` sets those flags on the hits of one sentence; `is_metonym` needs the parse.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from transforms.place_words import (ADMIN_KINDS, BEARING as _BEARING, COMPASS as _COMPASS, FORCED_ENTRY as _FORCED_ENTRY,
                                    LEVEL as _LEVEL, PLACE_ADJECTIVE, TOWN_PARTS, UNIT as _UNIT, UNIT_KIND as _UNIT_KIND)
from transforms.records import PARENT_SEPARATOR, LocationMention


@dataclass(frozen=True)
class PlaceHit:
    """A place mention located in the sentence (offsets relative to it)."""

    mention: LocationMention
    start: int
    end: int
    destination: bool = False  # "fled to X": not where the event happened
    is_parent: bool = False  # only context for another mention
    listed: bool = False  # one of "X, Y and Z": each is a place of the event
    source: bool = False  # where words came from (dateline, "according to", "spoke to X"): never a scene
    reference: bool = False  # "80 km from X", "Tal Rifaat, north of X": no scene, but the area it is in


@dataclass(frozen=True)
class PlaceScan:
    """All place evidence of one sentence."""

    hits: tuple[PlaceHit, ...]
    anaphoric: bool  # "the district", "10 districts": the place is in the context
    unnamed_count: int | None  # "ten districts fell" with no place named
    vague_area: bool = False  # "in the country's northern provinces": placed, but unnamed


_NEAR_BEFORE = re.compile(
    r"(?:near|outskirts\s+of|countryside\s+of|environs\s+of|close\s+to|outside|around|vicinity\s+of|edge\s+of|between|"
    rf"{_BEARING}\s+of|km\s+(?:\w+\s+)?of|kilometres\s+(?:\w+\s+)?of)\s+(?:the\s+)?(?:\w+\s+)?$",
    re.IGNORECASE)
# "north of the southern port city of Aden" (the hit may start at "city"): Aden only bears the place
_BEARING_BEFORE = re.compile(rf"\b{_BEARING}\s+of\s+(?:the\s+)?(?:[a-z]+\s+){{0,3}}"
                             r"(?:(?:city|town|village)\s+of\s+)?$")
# "launched three drones towards Kiryat Shmona", "fired rockets into Sderot": the target, not a destination
# (the load may take words: "fired more than a dozen rockets into Kunduz city"; so may the target:
# "fired mortar rounds and makeshift rockets into the government-held Midan district")
_FIRED_AT = re.compile(r"\b(?:fired|launched|lobbed)\s+(?:[\w-]+\s+){0,7}?(?:at|on|into|towards?)\s+(?:the\s+)?"
                       r"(?:[a-z]+-(?:held|controlled)\s+)?$", re.IGNORECASE)
_FIRED_AT_CHARS = 90
_LAUNCH_SITE = re.compile(
    r"\b(?:from\s+the\s+direction\s+of|(?:fired|launched|shot)\s+(?:\w+\s+){0,3}?from)\s+(?:the\s+)?"
    r"(?:(?:occupied|[a-z]+ern|central)\s+)?(?:[A-Z][\w'’-]+\s+)?$",
    re.IGNORECASE)
_NEAR_KM = 50  # beyond this a named town only gives the bearing of an unnamed place
_DISTANCE_BEFORE = re.compile(
    r"(?P<n>\d[\d,]*(?:\.\d+)?)\s*-?\s*(?P<unit>km|kms|kilomet(?:re|er)s?|miles?)\s+(?:\(\d+\s+\w+\)\s+)?"
    # "... northwest of the capital, Mogadishu": the reference point named after its title
    # "100km (60 miles) south-west of Tripoli": a hyphenated bearing too
    r"(?:[\w-]+\s+){0,2}(?:of|from)\s+(?:the\s+)?(?:\w+\s+)?(?:(?:capital|city|town),\s+)?$", re.IGNORECASE)
_BETWEEN_SECOND = re.compile(r"\bbetween\s+(?:the\s+)?(?:towns?\s+of\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+and\s+(?:the\s+)?$")
_DEST_BEFORE = re.compile(
    r"(?:\bto|\binto|\btowards?|\bfor)\s+(?:the\s+)?(?:(?!(?:in|at|near|of|on|from)\b)[\w’'-]+\s+){0,4}?(?:capital,?\s+|(?:capital|province|region|district|governorate|state)\s+of\s+)?$",
    re.IGNORECASE)
# "NEW DELHI (AP) —", "GOMA, Democratic Republic of Congo (Reuters) -", "ERBIL (Kurdistan 24) –",
# "QUETTA:": where the reporter files from
_DATELINE = re.compile(r"^[A-Z][A-Z .'’/-]{2,}(?:,[^()\n—–-]{0,60})?\s*(?:\([A-Za-z0-9 .'’]+\))?\s*(?:—|–|-|,|:)"
                       # "Islamabad, Pakistan –": the town in title case, closed by a long dash
                       r"|^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+[—–]\s"
                       # "Addis Ababa (AFP) -", "Bucha, Ukraine (AFP) -": title case, the agency in brackets
                       r"|^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?"
                       r"\s+\([A-Z][A-Za-z .]*\)\s*[—–-]\s"
                       # "Geneva –", "Juba, 26 February 2014 –": a release's town (and day), closed by a long dash
                       r"|^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:,\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}),?\s+\d{4})?"
                       r"\s+[—–]\s")
_LIST_GAP = re.compile(r"^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$")
# "in Yangon, Dawei, Mandalay, Myeik, Bago and Pokokku": the list goes on in names the parser missed
_LIST_GOES_ON = re.compile(r"\s*,\s*(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*,\s*)*"
                           r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*,?\s+and\s+[A-Z]")
_SOURCE_BEFORE = re.compile(r"\baccording\s+to\b[^,.;]*$", re.IGNORECASE)
# "Al-Thinni, whose government sits in Beida, announced ...": where a side has its seat, not the scene
_SEAT_BEFORE = re.compile(r"\b(?:sits|sat|seated|headquartered|(?:is|are|was|were)\s+based)\s+in\s+(?:the\s+)?"
                          r"(?:(?:eastern|western|northern|southern)\s+)?(?:(?:city|town)\s+of\s+)?$", re.IGNORECASE)
# "a jirga of elders from Kohat, Hangu and Orakzai districts": where mediators come from, not the scene
# "A police team from the capital, Islamabad, ... arrived at Khan's home": where people came from
_PEOPLE_FROM_BEFORE = re.compile(r"\b(?:(?:elders|delegates|delegations?|representatives|notables|mediators|envoys|"
                                    r"clerics|team|teams|reinforcements)\s+(?:\w+\s+){0,2}?"
                                    # "held by fighters from the town of Zintan": where they come from (not
                                    # "fighters had withdrawn from Kidal")
                                    r"|(?:fighters|militiamen|militias|brigades|gunmen)\s+"
                                    # "the body of Yuriy Verbytsky, a 50-year-old seismologist from Lviv": his home town
                                    r"|\d{1,3}-year-old\s+(?:[\w-]+\s+){0,2}?)from\s+(?:the\s+)?"
                                    r"(?:[\w-]+,?\s+){0,2}$", re.IGNORECASE)
# "hundreds of youths from Shiroro, Rafi and Munya staged a protest in Minna": where a crowd came from, when
# the sentence names another place for it ("students from Ambo University marched into the town centre": Ambo)
_CROWD_FROM_BEFORE = re.compile(r"\b(?:youths|women|students|protesters|demonstrators|marchers|mourners)\s+from\s+"
                                r"(?:the\s+)?(?:[\w-]+,?\s+){0,2}$", re.IGNORECASE)
# "gathered to protest against the Taliban's offensive in Ghazni": what the crowd protested, not where
# (an act told as the topic: "a demonstration against the finance law in the capital Niamey" is in Niamey)
_PROTEST_TOPIC_BEFORE = re.compile(r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ied|ying)|march\w*)\s+(?:\w+\s+){0,2}?"
                                   r"(?:against|over)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}?(?:offensive|attacks?|"
                                   r"killings?|war|fighting|operations?|violence|massacres?|bombings?|siege|crackdown|"
                                   r"air\s?strikes|strikes|arrests?|deaths?|shelling)\s+in\s+(?:the\s+)?(?:\w+\s+)?$",
                                   re.IGNORECASE)
_SCHOOL_NAME = re.compile(r"^[\w'’ -]*?\b(?:University|College|School|Institute|Polytechnic|Campus)\b")
# "told a press conference in Maputo", "speaking in Kabul": where words were said, not where it happened
_SPEECH_PLACE_BEFORE = re.compile(
    r"\b(?:(?:press|news)\s+conference|briefing|speaking|told\s+(?:reporters|journalists|parliament|lawmakers))"
    r"(?:\s+\w+){0,3}?\s+in\s+(?:the\s+)?(?:capital\s*,?\s*)?$"
    # "Erdogan said in a speech in the western city of Canakkale": where it was said
    r"|\b(?:speech|address)\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:(?:city|town)\s+of\s+)?$"
    r"|\b(?:spoke|speaking|talking|talked)\s+to\s+(?:the\s+)?$", re.IGNORECASE)  # "spoke to Addis Standard": an outlet
# "clashes spread on Wednesday to Ulang county", "fighting spilled over into X": the new scene
_SPREAD_TO_BEFORE = re.compile(r"\b(?:spread|spreading|spreads|spilled|spilling|spills|extended|escalated)\s+"
                               r"(?:(?:on|late|early|last|this|over|out|further)\s+\w*\s*){0,2}(?:to|into)\s+(?:the\s+)?"
                               r"(?:(?:[a-z]+\s+){0,2}(?:of\s+)?)?$", re.IGNORECASE)
# "swept back into the regional capital, Mekele", "stormed into Bama": entering is the scene
# ("gunmen swarmed into Sulaiman Bek", "fighters slipped across the river into Gao", "fought their way into")
_ENTERED_BEFORE = re.compile(rf"\b(?:{_FORCED_ENTRY}|broke|"
                             r"(?:forced|fought|smashed|shot|blasted)\s+(?:their|its|his|her)\s+way)"
                             r"(?:\s+(?:across|over|through)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:river|border|lake|bridge|line))?"
                             r"\s+(?:back\s+)?into\s+(?:the\s+)?(?:[\w’']+\s+){0,4}?(?:capital,?\s+)?$", re.IGNORECASE)
# "crossed into Tonj East and set fire to houses": where they crossed to is where they struck
_CROSSED_INTO_BEFORE = re.compile(r"\b(?:crossed|crossing|cross|crosses)\s+(?:over\s+)?into\s+(?:the\s+)?$",
                                  re.IGNORECASE)
_STRUCK_AFTER = re.compile(r"(?:\s+\w+){0,3}?\s+and\s+(?:then\s+)?(?:set|burn(?:ed|t)|torched|attacked|killed|"
                           r"looted|raided|opened\s+fire|shot|abducted|kidnapped|stormed|razed|ambushed)\b",
                           re.IGNORECASE)
# "set fire to Tripoli's municipality building", "laid siege to Marawi", "damage to Kharkiv": the scene
# "set fire to the town", "the northern entrance to the city of Hillah": the place itself, not a destination
# "ambushed a convoy on the road into the town of Dhaleh": the road's last stretch, at the town
_TO_NOT_A_DESTINATION = re.compile(r"\b(?:(?:fire|siege|damage|entrance|entry|gates?|approach(?:es)?)\s+to|"
                                   r"(?:road|highway)\s+into)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?:of\s+)?$", re.IGNORECASE)
# "tried to infiltrate the Ras al-Ain area", "attempted to storm Bama": where the attempt was fought off
_TO_ASSAULT_BEFORE = re.compile(r"\b(?:tried|attempted|trying|attempting|tries|attempts)\s+to\s+(?:infiltrate|attack|storm|seize|capture|retake|recapture|raid|overrun|"
                                r"besiege|assault)\s+(?:the\s+)?(?:(?:[a-z]+\s+){0,2}(?:of\s+)?)?$", re.IGNORECASE)
# "the blast was heard in Misrata, 60 km away", "felt as far away as Goma": where it was noticed
_PERCEIVED_AT_BEFORE = re.compile(
    r"\b(?:heard|felt|seen|visible)\s+(?:(?:as\s+far\s+(?:away\s+)?as|across|throughout|from|in|all\s+over)\s+)"
    r"(?:the\s+)?(?:(?:city|town|capital)\s+(?:of\s+)?)?$", re.IGNORECASE)
# "the village of Al-Rashad, near the town of Muqdadiyah": the town locates the village
_NEAR_TOWN_GAP = re.compile(r"^\s*,\s*(?:near|close\s+to|outside)\s+(?:the\s+(?:\w+\s+)?(?:town|city)\s+of\s+)?$",
                            re.IGNORECASE)
# "in Suleja, near the capital Abuja": the capital is the mark the town is told by
_NEAR_CAPITAL_GAP = re.compile(r"^\s*,\s*(?:near|close\s+to|outside)\s+the\s+(?:\w+\s+)?capital,?\s+$", re.IGNORECASE)
# "X, north of Y", "X, 20 km east of Y": Y only says where X lies
_BEARING_GAP = re.compile(
    r"^\s*,\s*(?:about\s+|some\s+|just\s+)?(?:\d[\d,.]*\s*-?\s*(?:km|kms|kilomet(?:re|er)s?|miles?)\s+)?"
    rf"{_BEARING}\s+of\s+(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE)
# "the airport in Taiz, an airport in the Abs district": a second site, not where Taiz lies
_SITE_NOUNS = r"airports?|air\s?bases?|bases?|schools?|hospitals?|markets?|mosques?|churches|church|prisons?|ports?|stations?|bridges?|factory|factories|plants?|refinery|refineries|sites?|depots?"
_PARENT_GAP = re.compile(
    rf"^(?:\s+(?:{_UNIT}|(?i:area|quarter|suburb|valley|forest|plains?|hills|mountains|highlands)))?(?:\s+(?:on|last|this|early|late)\s+\w+)?(?:\s*,\s*(?:(?:a|an|the)\s+)?(?:(?!(?:and|or|but|while|as|then|{_SITE_NOUNS})\b)\w+\s+){{0,3}}?in\s+|"
    rf"\s*,\s*(?:the\s+)?(?:\w+\s+)?capital\s+of\s+|\s*,\s*|\s+(?:in|of)\s+)(?:the\s+)?(?:{PLACE_ADJECTIVE}\s+)?(?:[A-Z][\w-]*['’]s\s+)?{_COMPASS}?(?:(?:province|state|region|governorate)\s+of\s+)?$",
    re.IGNORECASE)


# "the village of Soran, around 8 kilometers (5 miles) northeast of Dabiq in the Azaz district": the
# unit after the bearing encloses the village too
_BEARING_THEN_UNIT_GAP = re.compile(
    r"^\s*,\s*(?:about|around|some|nearly|roughly|approximately)?\s*\d+(?:\.\d+)?\s*-?\s*(?:km|kms|kilomet(?:re|er)s?|miles?)"
    rf"(?:\s*\(\d+\s+\w+\))?\s+{_BEARING}\s+of\s+(?:the\s+)?(?:\w+\s+of\s+)?"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*,?\s+in\s+(?:the\s+)?$")
_UNIT_AFTER_BEARING_GAP = re.compile(r"\s*,\s*in\s+(?:the\s+)?")
_POSSESSIVE_AFTER = re.compile(r"(?:\s+(?:Region|Province|State|Governorate|Oblast))?['’]s\b")


def _mark_lists(text: str, hits: list[PlaceHit]) -> list[PlaceHit]:
    """'X, Y and Z' (a chain of names closed by 'and'): each is a place of the event.

    'Sake, North Kivu' has no 'and': the second name encloses the first.
    """
    chain: list[int] = []
    closed = False
    marked = list(hits)
    for i in range(len(hits) + 1):
        gap = text[hits[i - 1].end:hits[i].start] if 0 < i < len(hits) else ""
        linked = 0 < i < len(hits) and bool(_LIST_GAP.match(gap)) and "country" not in (
            hits[i - 1].mention.kind, hits[i].mention.kind)
        if linked:
            item = i - 1
            if item > 0 and hits[item].mention.kind in ADMIN_KINDS \
                    and _IN_GAP.fullmatch(text[hits[item - 1].end:hits[item].start]):
                item -= 1  # "Staromaiorske in Donetsk region and Piatykhatky": the item is the village, not its region
            chain = chain or [item]
            chain.append(i)
            closed = closed or "and" in gap
            continue
        closed = closed or bool(chain) and bool(_LIST_GOES_ON.match(text, hits[chain[-1]].end))
        if closed:
            for j in chain:
                marked[j] = replace(marked[j], listed=True)
        chain, closed = [], False
    return marked


_IN_GAP = re.compile(r"\s+in\s+(?:the\s+)?")


def _list_goes_on(text: str, out: list[PlaceHit], marked: set[int], hit: PlaceHit) -> bool:
    """The hit follows a marked one in a list ("from Kohat, Hangu and Orakzai"): it is marked too."""
    return len(out) - 1 in marked and bool(_LIST_GAP.match(text[out[-1].end:hit.start]))


def read_context(text: str, hits: list[PlaceHit]) -> list[PlaceHit]:
    """Set near/destination flags and parents from the words around each hit."""
    hits = sorted(hits, key=lambda h: h.start)
    dateline = _DATELINE.match(text)
    dateline_end = dateline.end() if dateline else -1
    out: list[PlaceHit] = []
    people_from: set[int] = set()  # positions in `out`
    crowd_from: set[int] = set()
    for hit in hits:
        before = text[max(0, hit.start - 40):hit.start]
        near = bool(_NEAR_BEFORE.search(before) or _BEARING_BEFORE.search(before))
        dest = bool(_DEST_BEFORE.search(before)) and not near and not _FIRED_AT.search(text[max(0, hit.start - _FIRED_AT_CHARS):hit.start]) \
            and not _SPREAD_TO_BEFORE.search(before) and not _TO_ASSAULT_BEFORE.search(before) \
            and not _TO_NOT_A_DESTINATION.search(before) and not _ENTERED_BEFORE.search(before) \
            and not (_CROSSED_INTO_BEFORE.search(before) and _STRUCK_AFTER.match(text, hit.end))
        source = bool(_SOURCE_BEFORE.search(text[max(0, hit.start - 60):hit.start]) or hit.end <= dateline_end
                      or _SPEECH_PLACE_BEFORE.search(text[max(0, hit.start - 60):hit.start])
                      or _PERCEIVED_AT_BEFORE.search(before) or _SEAT_BEFORE.search(before)
                      or _PROTEST_TOPIC_BEFORE.search(text[max(0, hit.start - 110):hit.start]))
        if source:
            dest = True  # "according to a hospital in Goma": where the source is, not the event
        far = _DISTANCE_BEFORE.search(text[max(0, hit.start - 70):hit.start])
        reference = False
        if far and float(far.group("n").replace(",", "")) * (1.6 if far.group("unit").startswith("mile") else 1) > _NEAR_KM:
            dest = reference = True  # "260 kilometres northeast of Mogadishu": a bearing, not the place
        if _LAUNCH_SITE.search(text[max(0, hit.start - 80):hit.start]):
            dest = True  # "missiles fired from the direction of the Golan": where from, not where it hit
        if _PEOPLE_FROM_BEFORE.search(text[max(0, hit.start - 60):hit.start]) \
                or _list_goes_on(text, out, people_from, hit):
            dest = True  # the list goes on: "elders from Kohat, Hangu and Orakzai districts"
            people_from.add(len(out))
        elif not dest and not _SCHOOL_NAME.search(text[hit.start:hit.end + 12]) and (
                _CROWD_FROM_BEFORE.search(text[max(0, hit.start - 60):hit.start])
                or _list_goes_on(text, out, crowd_from, hit)):
            dest = True
            crowd_from.add(len(out))
        if _BETWEEN_SECOND.search(text[max(0, hit.start - 60):hit.start]):
            dest = True  # "between Djibo and Bourzanga": one event near the first town, not two
        out.append(replace(hit, mention=replace(hit.mention, near=near), destination=dest, source=source,
                           reference=reference and not source))
    if not any(i not in crowd_from and not h.destination and h.mention.kind != "country" for i, h in enumerate(out)):
        for i in crowd_from:  # no other place told: where the crowd came from is where it was
            out[i] = replace(out[i], destination=False)
    out = _mark_lists(text, out)
    measured_from: set[int] = set()  # towns a bearing is told from, before the unit where it happened
    for i in range(1, len(out)):
        gap = text[out[i - 1].end:out[i].start]
        if _BEARING_GAP.match(gap) or _NEAR_CAPITAL_GAP.match(gap):
            # "Tal Rifaat, north of Aleppo city", "in Suleja, near the capital Abuja": the second only locates the first
            out[i] = replace(out[i], destination=True, reference=True)
        elif _BEARING_BEFORE.search(text[max(0, out[i - 1].start - 40):out[i - 1].start]) \
                and out[i].mention.kind in ADMIN_KINDS and _UNIT_AFTER_BEARING_GAP.fullmatch(gap):
            # "on the highway south of Kunduz, in Aliabad district": the district is where, the town how far
            out[i - 1] = replace(out[i - 1], destination=True, reference=True)
            measured_from.add(i - 1)
    parent_of: dict[int, int] = {}
    for i, hit in enumerate(out):
        if hit.mention.kind == "country":
            continue  # "the Church of Christ in Nigeria in Maiduguri": no town holds a country
        for j in range(i + 1 if i not in measured_from else len(out), len(out)):
            nxt = out[j]
            gap = text[hit.end:nxt.start]
            if (len(gap) > 45 or not (_PARENT_GAP.match(gap) or _NEAR_TOWN_GAP.match(gap))) \
                    and not (nxt.mention.kind in ADMIN_KINDS and _BEARING_THEN_UNIT_GAP.match(gap)) or (hit.listed and nxt.listed):
                continue
            if _LEVEL.get(nxt.mention.kind, 1) <= _LEVEL.get(hit.mention.kind, 1) and nxt.mention.kind != "place":
                continue
            if nxt.mention.kind == "country" and text[nxt.end:nxt.end + 2] in ("'s", "’s"):
                continue  # "in Kushar district, in Yemen's northern governorate of Hajjah": the unit comes next
            if nxt.mention.kind == "country" or hit.mention.count:
                break
            if "," in gap and _POSSESSIVE_AFTER.match(text, nxt.end):
                break  # "Makhmour district, the Kurdistan Region's ministry said": whose ministry, not where
            kind = hit.mention.kind
            unit = re.search(_UNIT, gap)
            if kind == "place" and unit:
                kind = _UNIT_KIND.get(unit.group(0).lower(), kind)
            elif kind == "place" and "capital" in gap:
                kind = "city"  # "El Fasher, the capital of North Darfur"
            out[i] = replace(hit, mention=replace(hit.mention, parent=nxt.mention.name, kind=kind))
            out[j] = replace(nxt, is_parent=True)
            parent_of[i] = j
            break
    return _parent_named_again(_unit_later_in_sentence(text, _list_shares_its_parent(text, _chain_parents(out, parent_of))))


# "the villages of Goshe, Attagara, Agapalwa and Aganjara in the Gwoza district": one unit holds them all
_TOWNS_OF_BEFORE = re.compile(r"\b(?:villages|towns|communities|localities|hamlets|settlements)\s+of\s+$", re.IGNORECASE)


def _list_shares_its_parent(text: str, hits: list[PlaceHit]) -> list[PlaceHit]:
    """The unit after the last of a list of villages told as such is every one's parent."""
    out = list(hits)
    scenes = [i for i, h in enumerate(hits) if not h.is_parent]
    for k, i in enumerate(scenes):
        if not hits[i].listed or k > 0 and hits[scenes[k - 1]].listed \
                or not _TOWNS_OF_BEFORE.search(text[max(0, hits[i].start - 30):hits[i].start]):
            continue
        run = [i]
        for j in scenes[k + 1:]:
            if not hits[j].listed:
                break
            run.append(j)
        parent = hits[run[-1]].mention.parent
        if len(run) > 1 and parent:
            for j in run[:-1]:
                if not hits[j].mention.parent:
                    out[j] = replace(out[j], mention=replace(out[j].mention, parent=parent))
    return out


def _parent_named_again(hits: list[PlaceHit]) -> list[PlaceHit]:
    """'struck Pokrovsk in Donetsk Oblast ..., Head of Donetsk Oblast Military Administration': a
    unit the sentence already gave as a place's parent is context again, not a second scene."""
    parents = {name for h in hits for name in h.mention.parent_chain}
    return [replace(h, is_parent=True) if h.mention.kind in ADMIN_KINDS
            and h.mention.name in parents and not h.mention.parent and not h.listed else h for h in hits]


def _chain_parents(hits: list[PlaceHit], parent_of: dict[int, int]) -> list[PlaceHit]:
    """'Yin village in Kani Township, Sagaing Region': the parent is the chain of enclosing units,
    innermost first ("Kani, Sagaing"), so a township the gazetteer lacks still leaves the region."""
    out = list(hits)
    for i, j in parent_of.items():
        if hits[i].mention.kind in ("province", "region"):
            continue  # "the Oromia region, particularly in the North Shewa, West Shewa ... zones": a list, not units
        names, seen = [hits[j].mention.name], {i, j}
        while j in parent_of and parent_of[j] not in seen:
            j = parent_of[j]
            seen.add(j)
            names.append(hits[j].mention.name)
        if len(names) > 1:
            out[i] = replace(out[i], mention=replace(out[i].mention, parent=PARENT_SEPARATOR.join(names)))
    return out


_FAR_PARENT_CHARS = 120


def _names_a_unit(hit: PlaceHit) -> bool:
    """A district or province, or a named region ("the South West Region"), not a compass
    part of a country ("southern Lebanon")."""
    kind, words = hit.mention.kind, hit.mention.name.lower().split()
    # "north of the capital": a capital named by no country has no name at all
    return kind in ADMIN_KINDS and not (kind == "region" and words and words[0].endswith("ern"))


def _unit_later_in_sentence(text: str, hits: list[PlaceHit]) -> list[PlaceHit]:
    """'the village of Mazeze, the seat of an administrative post in the south of Chiure
    district': a village told as one, with no parent next to it, lies in the one
    district or province the sentence names after it (not a destination, nor a list)."""
    out = list(hits)
    for i, hit in enumerate(out):
        # a city's "district" is as often a quarter inside it ("Kharkiv city ... the Kyivskyi district")
        if hit.mention.kind != "village" or hit.mention.parent or hit.destination or hit.listed:
            continue
        units = [j for j in range(i + 1, len(out)) if _names_a_unit(out[j])
                 and not out[j].destination and not out[j].listed and out[j].start - hit.end <= _FAR_PARENT_CHARS]
        # a town the village is only "north of" or "8 kilometres from" stands between them harmlessly
        if len(units) == 1 and not any(out[k].mention.kind in ("village", "city", "place") and not out[k].destination
                                       and not out[k].mention.near
                                       and not _DISTANCE_BEFORE.search(text[max(0, out[k].start - 40):out[k].start])
                                       for k in range(i + 1, units[0])):
            j = units[0]
            out[i] = replace(hit, mention=replace(hit.mention, parent=out[j].mention.name))
            out[j] = replace(out[j], is_parent=True)
    return out


# A place acting as its government: "Ankara had not informed Moscow", "Moscow was working
# with...", "the conflict between Ankara and Damascus", "Kyiv's allies".
_FALL_VERBS = frozenset("fell fall falls fallen falling came come remained remains was were is are "
                        "has have had been lies lay sits".split())
_TELL_VERBS = frozenset("informed inform told tell warned warn accused accuse urged urge asked ask "
                        "blamed blame notified notify thanked thank".split())
_RELATION_NOUNS = frozenset("conflict conflicts tension tensions relations ties talks war rift dispute "
                            "feud standoff rivalry deal agreement negotiations".split())
_PLACE_PARTS = TOWN_PARTS | frozenset("streets street districts zones province city residents community "
                                      "communities population inhabitants "
                                      # "Tripoli's municipality building", "Kabul's main hospital": a site in the town
                                      "building buildings hall headquarters hospital hospitals market markets mosque "
                                      "church school university stadium square station bridge prison camp camps base "
                                      "bazaar hotel monastery monasteries pagoda temple shrine clinic airport port "
                                      "outskirts homes houses".split())
# "Nyaung Kone village's monastery": a place told with its unit word is a place, never a government
_SETTLEMENT_WORDS = frozenset("village town township camp neighbourhood neighborhood".split())


# "slogans against the Syrian government and Amman": a place paired with a government is one too
_GOVERNMENT_NOUNS = frozenset("government governments regime authorities administration leadership".split())


def _conjoined_with_government(token) -> bool:
    pair = [token.head] if token.dep_ == "conj" else []
    pair += [c for c in token.children if c.dep_ == "conj"]
    return any(t.lower_ in _GOVERNMENT_NOUNS for t in pair)


def is_metonym(doc, hit: PlaceHit) -> bool:
    """A place standing for its government: the subject of a non-falling verb, told or
    accused, one side of "the conflict between X and Y", or the owner of a non-place noun."""
    span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    token = span.root
    if _conjoined_with_government(token):
        return True
    while token.dep_ == "conj" and token.head != token:
        token = token.head  # "between Ankara and Damascus": read the first of the pair
    head = token.head
    if token.dep_ == "nsubj" and any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in token.children):
        return False  # "In the capital, Juba, security forces arrested ...": the parse made the place the subject
    if token.dep_ == "nsubj" and any(c.dep_ == "nsubj" and c != token for c in head.children):
        return False  # "In the capital, Kabul, dozens of men gathered": two subjects, the place is an aside
    if token.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX") and head.lower_ not in _FALL_VERBS:
        aux = [c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")]
        return not (head.lower_ in ("hit", "struck", "shaken", "rocked") or set(aux) & {"was", "were"}
                    and head.tag_ == "VBN")
    if token.dep_ == "dobj" and head.lower_ in _TELL_VERBS:
        return True
    if token.dep_ == "pobj" and head.dep_ == "agent":
        return True  # "a warning issued last week by Washington": who acted, not where
    if token.dep_ == "pobj" and head.lower_ == "between" and head.head.lower_ in _RELATION_NOUNS:
        return True
    if token.dep_ == "poss" and head.lower_ not in _PLACE_PARTS and head.pos_ == "NOUN" \
            and token.lower_ not in _SETTLEMENT_WORDS:
        return True
    return False
