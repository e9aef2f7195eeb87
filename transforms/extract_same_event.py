"""When two mentions of one article are the same event.

The same sub-event type (or clash + capture, the two sides of one change of
control ("forces recaptured X" / "the insurgents abandoned X"), an assault + the suicide
bombing that opened it, two grades of one crowd event, one barrage or one
strike told several ways, one raid's killing and kidnapping or arson, a
fight and its shells, an attack the victims fought back), places that agree
(same name, or one is the other's enclosing unit) and dates that agree (same
day, or one of them only defaulted to the publication date). A sentence the
writer marks as another event ("Hours later, ...") never joins one told
before.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from transforms.place_words import ADMIN_KINDS
from transforms.records import EventMention, LocationMention
from transforms.story_sentences import tells_an_act

ASSAULT_TYPES = frozenset({"Armed clash", "Attack"})
STRIKE_TYPES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
REMOTE_TYPES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                           "Grenade"})
# One crowd per place and day: a riot the police dispersed is still the riot, and a crowd
# the police shot dead is told as that whatever else it did.
PROTEST_GRADES = {"Peaceful protest": 0, "Protest with intervention": 1, "Mob violence": 2, "Violent demonstration": 2,
                   "Excessive force against protesters": 3}


CAPTURES = {"Non-state actor overtakes territory", "Government regains territory"}


@dataclass(frozen=True)
class Candidate:
    """A mention plus what merging needs to know about how it was found."""

    mention: EventMention
    explicit_date: bool  # the date came from words in the text
    named_actors: int  # actors found in the text (not defaults)
    vague_weapon: bool = False  # typed from "explosions" or "strikes hit" alone: no weapon named
    actor1_named: bool = True  # False: actor1 is a typed default, no one in the text
    separate: bool = False  # told as another event: "Hours later, ...", "In a separate incident, ..."
    toll_from_detail: bool = False  # the toll came from a later sentence ("All six attackers were killed")


def _key(name: str | None) -> str:
    text = unicodedata.normalize("NFKD", name or "")
    return "".join(c for c in text.casefold() if c.isalnum())


def _places_agree(a: LocationMention | None, b: LocationMention | None) -> bool:
    """Same name, or one names the unit that encloses the other ('Kandahar' / 'Panjwai, Kandahar')."""
    if a is None or b is None:
        return a is None and b is None
    names_a = {_key(a.name)} | {_key(unit) for unit in a.parent_chain}
    names_b = {_key(b.name)} | {_key(unit) for unit in b.parent_chain}
    if _key(a.name) == _key(b.name):
        return True
    # a province-level mention inside the other's named district ("in Kandahar" vs "Panjwai, Kandahar")
    return (_key(a.name) in names_b and not a.count) or (_key(b.name) in names_a and not b.count)


def _dates_agree(a: Candidate, b: Candidate) -> bool:
    """Same day, one of the two dates is only a default (publication/statement day), or a
    day inside the other's range ("last week" ... "on Monday, Jan. 29")."""
    return (a.mention.event_date == b.mention.event_date or not a.explicit_date or not b.explicit_date
            or within_range(a.mention, b.mention) or within_range(b.mention, a.mention))


def within_range(day: EventMention, span: EventMention) -> bool:
    """`day` is dated to the day, and that day lies in `span`'s range of up to a week."""
    if day.time_precision != 1 or span.time_precision != 2 or None in (day.event_date, span.event_date):
        return False
    start = span.date_start or span.event_date
    return start <= day.event_date <= span.event_date and (span.event_date - start).days <= 7


def _same_toll_retold(a: Candidate, b: Candidate) -> bool:
    """'Police shot five protesters dead in X' / 'five people were shot dead in X' by nobody named:
    the same deaths told twice, whatever type the bare retelling would guess."""
    ma, mb = a.mention, b.mention
    return (ma.fatalities_known and mb.fatalities_known and ma.fatalities == mb.fatalities > 0
            and (ma.actor1.startswith("Unidentified") or mb.actor1.startswith("Unidentified"))
            and _dates_agree(a, b))


def is_suicide_assault(types: set[str]) -> bool:
    """'Militants attacked a post' + 'a suicide bomber rammed the post': one complex attack;
    'a suicide car bomber struck a checkpoint' + 'the bomber detonated an explosives-laden
    vehicle': one bombing (codebook: a suicide bomb beats an IED)."""
    return len(types) == 2 and "Suicide bomb" in types and bool(types & (ASSAULT_TYPES | {"Remote explosive/landmine/IED"}))


def _one_bombardment(a: Candidate, b: Candidate, types: set[str]) -> bool:
    """'shelled Kherson 73 times, firing artillery, drones and mortars': one sentence, one
    barrage, whatever each weapon's clause would be typed as."""
    return types <= REMOTE_TYPES and a.mention.char_start == b.mention.char_start


def _one_strike(a: Candidate, b: Candidate, types: set[str]) -> bool:
    """'An Israeli missile strike on Damascus' / 'the air aggression with missiles' / 'air
    defences intercepted most of the missiles': one strike, told three ways."""
    if types <= STRIKE_TYPES:
        return a.mention.actor1 == b.mention.actor1 or any(
            m.actor1.startswith("Unidentified") for m in (a.mention, b.mention))
    if len(types) == 2 and "Disrupted weapons use" in types and "Armed clash" in types:
        return True  # "repelled an attack on Babanusa" / "shot down an army drone over the town": the battle
    return len(types) == 2 and "Disrupted weapons use" in types and bool(types & STRIKE_TYPES)


VIOLENCE_TOLD = re.compile(r"\b(?:open(?:ed|ing|s)?\s+fire|shot|shooting|kill\w*|massacr\w*|behead\w*|hacked|"
                            r"executed|gunned\s+down|burn(?:ed|t|ing)\s+(?:alive|to\s+death))\b", re.IGNORECASE)


def one_raid(a: Candidate, b: Candidate, types: set[str]) -> bool:
    """'attacked the village, first kidnapping two residents and then opening fire on
    villagers': one raid by one group, told in one sentence, is one attack."""
    if a.mention.char_start != b.mention.char_start:
        return False
    if types == {"Attack", "Abduction/forced disappearance"}:
        return a.mention.actor1 == b.mention.actor1
    # "junta troops raided Lay Kay Kaw and arrested around 60 people": the state's raid is the arrests
    return types == {"Attack", "Arrests"} and all(m.inter1 == 1 for m in (a.mention, b.mention))


def burned_in_the_raid(a: Candidate, b: Candidate, types: set[str]) -> bool:
    """'bandits killed seven people in an attack on Kadisau' / 'the attackers set several houses
    on fire': the arson is part of the attack, same group, place and day."""
    if len(types) != 2 or not types & {"Attack", "Armed clash"}:
        return False
    other = (types - {"Attack", "Armed clash"}).pop() if types - {"Attack", "Armed clash"} else None
    if other == "Looting/property destruction":
        looting = a if a.mention.sub_event_type == other else b
        if "Armed clash" in types and a.mention.char_start != b.mention.char_start:
            # "the attackers were pushed back" / "fighters looted shops as they pulled back": the
            # looting of a fight's losing side, told apart, is its own event (an attack's arson is the attack's)
            return False
        return (a.mention.actor1 == b.mention.actor1 or not looting.actor1_named
                or any(m.actor1.startswith("Unidentified") for m in (a.mention, b.mention)))
    # "gunmen stormed the village, setting fire to houses": in one sentence, the raid's arson
    return other in ("Violent demonstration", "Mob violence") and a.mention.char_start == b.mention.char_start


def burned_by_the_crowd(a: Candidate, b: Candidate, types: set[str]) -> bool:
    """'several hundred people gathered outside the embassy, throwing flares' / 'a car parked
    outside was set alight': arson nobody is named for, where a crowd rioted, is the riot's."""
    if len(types) != 2 or "Looting/property destruction" not in types \
            or not types & {"Violent demonstration", "Mob violence"}:
        return False
    looting = a if a.mention.sub_event_type == "Looting/property destruction" else b
    return not looting.actor1_named


def weapon_named_once(a: Candidate, b: Candidate, types: set[str]) -> bool:
    """'22 killed in explosions at the airport' / 'missiles struck the airport': the one
    told without its weapon is the other."""
    return types <= REMOTE_TYPES and (a.vague_weapon != b.vague_weapon)


def shells_of_the_fight(a: Candidate, b: Candidate, types: set[str]) -> bool:
    """'troops and rebels exchanged heavy weapons fire around X, killing two civilians when
    shells hit their homes': the shells are the fight's, in the one sentence that tells both;
    'fired 140 rockets at northern Israel, targeting army bases': the target is the barrage's
    (see fight_told)."""
    if a.mention.char_start != b.mention.char_start:
        return False
    # "its air force carried out strikes on fleeing vehicles, neutralizing several terrorists": the strike's toll
    # (not "assailants entered the air base and set fire to several aircraft": a fight at the base)
    return types == {"Armed clash", "Shelling/artillery/missile attack"} or (
        types == {"Armed clash", "Air/drone strike"} and bool(_NEUTRALISED.search(a.mention.sentence)))


_NEUTRALISED = re.compile(r"\bneutrali[sz](?:e|ed|es|ing)\b", re.IGNORECASE)


_FIGHT_WORDS = re.compile(r"\bexchang\w*\s+(?:\w+\s+){0,2}?fire|\bfight(?:ing|s)?\b|\bfought\b|\bclash\w*|\bbattl\w*|"
                          r"\bgun\s?fights?|\bfirefights?", re.IGNORECASE)


def fight_told(sentence: str) -> bool:
    """The sentence tells a fight, not only a barrage at armed targets."""
    return bool(_FIGHT_WORDS.search(sentence))


_THE_ATTACKERS = re.compile(r"\bthe\s+(?:attackers|assailants|gunmen|raiders|militants|fighters)\b", re.IGNORECASE)


def fought_back(a: Candidate, b: Candidate, types: set[str]) -> bool:
    """'armed youth attacked Pieri ...' / 'the attackers fought with Lou Nuer youth and police':
    the later sentence says the attack met armed resistance; one event, a clash."""
    if types != {"Attack", "Armed clash"} or a.mention.char_start == b.mention.char_start:
        return False
    clash = a if a.mention.sub_event_type == "Armed clash" else b
    attack = b if clash is a else a
    return clash.mention.char_start > attack.mention.char_start and bool(_THE_ATTACKERS.search(clash.mention.sentence))


# a sentence opening on the event (or its doer) already told: "The strike on Friday flattened ..."
_RETOLD_SUBJECT = re.compile(r"^\W*The\s+(?:suicide\s+|car\s+|air\s+|drone\s+|missile\s+|first\s+)?"
                             r"(?:bomber|bombing|strike|airstrike|attack|assault|blast|explosion|raid|ambush|massacre"
                             # "The jet struck Kwatar Daban Masara": the one aircraft or missile of the strike told
                             r"|(?:fighter\s+)?jet|warplane|drone|missile)\b"
                             # "The attack came three days after <another event>": that one is not this
                             r"(?!.*\b(?:came|comes|follow(?:s|ed)?|was\s+the\s+(?:latest|deadliest|first|second|third)|"
                             r"is\s+the\s+(?:latest|deadliest|first))\b)")


def retells_the_event(sentence: str) -> bool:
    """'The attack on Sunday at Epulu was carried out by ...': a sentence opening on the event just told."""
    return bool(_RETOLD_SUBJECT.match(sentence))


_VIOLENCE_TYPES = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"})
_CROWD_TYPES = frozenset({"Protests", "Riots"})


# "Five attackers were killed in Dapchi, the army said": the other side's dead, the forces' reply
_ATTACKERS_COUNTED = re.compile(r"\b(?:attackers|assailants|militants|insurgents|terrorists|gunmen|jihadists|bandits|"
                                r"raiders|fighters|rebels)\s+(?:were|was|have\s+been|had\s+been)\s+(?:\w+\s+)?"
                                r"(?:killed|neutrali[sz]ed|shot\s+dead|eliminated)", re.IGNORECASE)


def is_count_only(c: Candidate) -> bool:
    """'At least 45 bodies were brought in, a doctor said': deaths counted with no act and no
    attacker of their own; the type such a sentence gets is only a guess."""
    return (not c.actor1_named and not tells_an_act(c.mention.sentence)
            and not _ATTACKERS_COUNTED.search(c.mention.sentence))


def count_of_the_event(a: Candidate, b: Candidate) -> bool:
    """A count-only mention is the toll of the violent event at its place and day, whatever
    type it guessed ("shot dead dozens in Nyunzu" ... "45 bodies were brought in, in Nyunzu")."""
    if is_count_only(a) == is_count_only(b):
        return False
    count, told = (a, b) if is_count_only(a) else (b, a)
    # the dead of a crowd event too: "police opened fire on protesters in Nairobi" ... "at least
    # five people were killed in Nairobi, the rights commission said"
    return count.mention.event_type in _VIOLENCE_TYPES and told.mention.event_type in _VIOLENCE_TYPES | _CROWD_TYPES


def _attack_then_capture(a: Candidate, b: Candidate, types: set[str]) -> bool:
    """'Dozens have been killed in the insurgent attack on Palma' / 'the Islamic State said it
    had taken control of Palma': one group's assault that took the town is the capture (rule 3)."""
    return (len(types) == 2 and "Attack" in types and bool(types & CAPTURES)
            and a.mention.actor1 == b.mention.actor1)


# "ambushed a convoy in the north of the country" ... "The convoy, escorted by militiamen, was attacked on
# Thursday outside Titao": the thing hit, told again with "the", is the lead's target
_TARGET_RETOLD = re.compile(r"^\W*The\s+(?P<noun>[a-z]+)\b[^.;]{0,160}?\b(?:was|were)\s+(?:attacked|ambushed|hit|"
                            r"struck|targeted|raided|stormed)\b")


def target_retold(a: Candidate, b: Candidate, types: set[str]) -> bool:
    """An act told without a place, then its target told again where it was hit: one event."""
    earlier, later = sorted((a, b), key=lambda c: c.mention.char_start)
    if earlier.mention.char_start == later.mention.char_start or not types <= ASSAULT_TYPES \
            or earlier.mention.location is not None or later.mention.location is None:
        return False
    found = _TARGET_RETOLD.match(later.mention.sentence)
    return found is not None and re.search(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?" + found.group("noun") + r"\b",
                                           earlier.mention.sentence) is not None


def same_event(a: Candidate, b: Candidate) -> bool:
    later = max((a, b), key=lambda c: c.mention.char_start)
    types = {a.mention.sub_event_type, b.mention.sub_event_type}
    if target_retold(a, b, types):
        return True  # the lead's day may be its report's ("began mourning on Sunday after ... ambushed")
    if later.separate and a.mention.char_start != b.mention.char_start:
        return False  # "Hours later, ...": not the event told before (what follows may still retell it)
    if len(types) > 1 and not (types & CAPTURES and "Armed clash" in types and len(types) == 2) \
            and not _attack_then_capture(a, b, types) \
            and not types == CAPTURES \
            and not is_suicide_assault(types) and not types <= PROTEST_GRADES.keys() \
            and not _one_bombardment(a, b, types) and not _one_strike(a, b, types) \
            and not one_raid(a, b, types) and not weapon_named_once(a, b, types) \
            and not shells_of_the_fight(a, b, types) and not burned_in_the_raid(a, b, types) \
            and not burned_by_the_crowd(a, b, types) \
            and not fought_back(a, b, types) \
            and not _same_toll_retold(a, b) and not count_of_the_event(a, b):
        return False
    if one_raid(a, b, types):
        return _dates_agree(a, b)  # one sentence, one group: "stormed the college, Kagara, kidnapping 27"
    earlier = a if later is b else b
    # "The strike hit X": any weapon; "A suicide bomber blew himself up ... south of Baghdad" / "The attack
    # hit a stadium in the village of Asriya": the bombing told only near a reference point
    retold_kind = len(types) == 1 or (types <= REMOTE_TYPES and later.vague_weapon) or (
        is_suicide_assault(types) and (earlier.mention.location is None or earlier.mention.location.near))
    if retold_kind and retells_the_event(later.mention.sentence) and a.mention.char_start != b.mention.char_start:
        # "suicide bombing at a convention in Bajaur" / "The bomber blew himself up ... in Khar, the
        # district headquarters": the definite subject is the event just told, wherever it names
        return _dates_agree(a, b)
    if fought_back(a, b, types):
        clash = a if a.mention.sub_event_type == "Armed clash" else b
        wide = clash.mention.location is None or clash.mention.location.kind in ADMIN_KINDS
        return _dates_agree(a, b) and (wide or _places_agree(a.mention.location, b.mention.location))
    return _places_agree(a.mention.location, b.mention.location) and _dates_agree(a, b)
