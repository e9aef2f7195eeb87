"""One clause -> a drafted event -> candidate mentions (one per place).

A draft settles what the clause reports: the sub-event type (event_types),
who acted on whom (extract_roles + extract_actors), the date and the toll.
Candidates then add each place, the evidence sentence and its offsets, a
deterministic mention id and a confidence (higher for a firm date, a named
place, named actors and a strong trigger word).
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from transforms.actors import ActorMatch
from transforms.countries import Country
from transforms.event_dates import EventDate
from transforms.event_types import ClauseSignals, classify, event_type_of
from transforms.extract_actors import SettledActors, settle_actors
from transforms.extract_clauses import Clause, cited_spans, clause_text, objects_of
from transforms.extract_context import ArticleContext
from transforms.extract_merge import Candidate
from transforms.extract_roles import assign_roles
from transforms.fatalities import FatalityCount, parse_fatalities, tolls_by_place
from transforms.records import EventMention, LocationMention
from transforms.sentences import Sentence
from transforms.triggers import AIRCRAFT_MAKERS, CROWD_IN_THE_STREETS, EXECUTION

_VIOLENT_CUES = frozenset({"clash", "attack", "kill", "air", "shelling", "ied", "suicide",
                           "grenade", "chemical", "capture", "recapture", "abandon", "protest",
                           "riot", "mob", "abduct", "sexual"})
_VICTIM_WORDS = ("civilian", "villager", "worshipper", "student", "children", "women", "resident",
                 "farmer", "passenger", "people", "journalist", "teacher", "pilgrim", "shopper",
                 "famil", "mourner", "herder", "displaced", "refugee", "official", "chief", "worker",
                 "driver", "trader", "pastor", "priest", "imam", "doctor", "governor", "mayor", "lawmaker",
                 "politician", "minister", "councillor", "councilor", "elder", "activist", "lawyer", "judge",
                 "cleric", "businessm", "engineer", "contractor", "nurse", "volunteer", "missionar", "humanitarian", "tourist",
                 "schoolgirl", "schoolboy", "pupil", "girl", "boy", "child", "infant", "baby",
                 "ruler", "monarch", "fisherm", "miner", "hunter", "motorist", "traveller", "traveler", "commuter",
                 "shepherd", "vendor", "merchant", "patient", "guest", "administrator", "preacher", "worshiper",
                 "scholar", "professor", "lecturer")
_ATTRIBUTION = re.compile(
    # (", killing 29 people in an attack claimed by IS" is the toll: "claimed by" names the perpetrator)
    r",\s*(?:according\s+to\b[^.]*|[^,]{0,80}?\b(?:said|says|reported|added|told\s+[\w ]+|claimed(?!\s+(?:by|the\s+lives))|confirmed)"
    r"(?:\s+[^,.]*)?)\s*[.”\"]*\s*$", re.IGNORECASE)
# "On Tuesday, the ministry said 64 insurgents had been killed": after an opening phrase of time or
# place the comma starts the report itself, not an attribution closing it
_OPENING_PHRASE = re.compile(r"^\W*(?:(?:On|In|At|By|Late|Early|Later|Last|Overnight|Separately|Meanwhile|Earlier)\b[^,]{0,50}"
                             r"|[A-Z][a-z]+day(?:\s+\w+)?)$")


# "..., military officials said on Monday, making it the deadliest ...": a teller between two commas
_INNER_ATTRIBUTION = re.compile(r",\s*(?:[\w'’-]+\s+){1,5}?(?:said|says|reported|told\s+\w+)(?:\s+on\s+\w+)?\s*,(?=\s+(?:making|"
                                r"bringing|adding|raising|which|in\s+what|the\s+(?:deadliest|worst|latest)))", re.IGNORECASE)


def _without_attribution(text: str) -> str:
    text = _INNER_ATTRIBUTION.sub(",", text)
    found = _ATTRIBUTION.search(text)
    if found is None:
        return text
    if _OPENING_PHRASE.match(text[:found.start()]):
        return text[:found.start() + 1] + _without_attribution(text[found.start() + 1:])
    return text[:found.start()] + text[found.end():]


_SUPPORTERS_OF = re.compile(r"\b(?:supporters|followers|loyalists|backers|sympathi[sz]ers|members|crowds?|workers|activists|"
                            r"cadres)\s+of\s+(?:the\s+)?(?:\w+\s+){0,2}$",
                           re.IGNORECASE)
# "workers of the TLP clashed with law enforcers": a party's followers are a crowd
_PARTY_CROWD = re.compile(r"\b(?i:supporters|followers|loyalists|workers|activists)\s+of\s+(?:the\s+)?[A-Z]"
                          # "a convoy of PTI workers clashed with the police", "party activists": the same crowd
                          r"|\b(?:[A-Z]{2,6}|(?i:party))\s+(?:(?i:party)\s+)?(?i:workers|supporters|activists|cadres)\b")
_ARSON = re.compile(r"torched|\bset\b|setting|ablaze|fire", re.IGNORECASE)
_SUPPORTERS_AFTER = re.compile(r"\s+(?:party\s+)?(?:supporters|followers|loyalists|backers|sympathi[sz]ers|youths|workers|"
                               r"activists|cadres)\b", re.IGNORECASE)
# "Gunmen opened fire on supporters of Hezbollah ...": a crowd fired on is the victim, not who fought
_FIRED_ON = re.compile(r"\b(?:(?:opened\s+)?fire(?:d)?(?:\s+(?:\w+\s+)?(?:Thursday|Friday|Saturday|Sunday|Monday|Tuesday|"
                       r"Wednesday|shots|bullets|live\s+rounds))?\s+(?:on|at|into)|shot\s+at|attacked|targeting)\s+"
                       r"(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "clashes broke out as groups of young men tried to march on the palace": the crowd told after the clash
# (or "several people were killed as rival crowds fought in the streets": the crowds fought, after the toll)
_CROWD_MARCHING = re.compile(r"\b(?:crowds?|youths|young\s+men|demonstrators|protesters|students)\s+(?:\w+\s+){0,2}?"
                             r"(?:march(?:ed|ing)?|gathered|rallied|protested)\b"
                             r"|\bcrowds?\s+(?:\w+\s+){0,2}?(?:fought|clashed)\b", re.IGNORECASE)
# "shot dead six protesters who were trying to break into the compound", "killed as they tried to storm and
# burn the headquarters": the crowd was assaulting a place when it was fired on
_CROWD_STORMING = re.compile(r"\b(?:protesters|demonstrators|crowds?|marchers|rioters|they)\s+(?:who\s+|that\s+)?"
                             r"(?:were\s+|was\s+|had\s+)?(?:trying|tried|attempting|attempted)\s+to\s+"
                             r"(?:storm|break\s+(?:into|through|in)|burn|set\s+fire|force\s+(?:their|its)\s+way|ransack)\b",
                             re.IGNORECASE)
# "Thousands fled to Hillah after clashes in X": people running from the fight, not a crowd fighting
_CROWD_FLED = re.compile(r"\s+(?:of\s+(?:\w+\s+){0,2}?)?(?:have\s+|had\s+|were\s+|have\s+been\s+)?"
                         r"(?:fled|fleeing|displaced|escaped|evacuated|sought\s+refuge|took\s+refuge)\b", re.IGNORECASE)
# ("a front stretching hundreds of miles": a distance, no crowd)
_CROWD = re.compile(r"\b(?:supporters|crowds?|youths|young\s+men|mobs?|demonstrators|protesters|students|rioters|"
                    r"(?:hundreds|thousands)(?!\s+of\s+(?:miles|kilometres|kilometers|km|metres|meters|yards|feet|"
                    r"tons|tonnes|dollars|millions)\b))\b", re.IGNORECASE)


# "security forces stormed a protest camp", "opened fire on demonstrators", "raided the sit-in"
_FORCE_ON_PROTEST = re.compile(r"\b(?:storm(?:ed|ing)?|raid(?:ed|ing)?|attack(?:ed|ing)?|(?:open(?:ed|ing)?\s+)?fire[sd]?\s+(?:on|at|into)|"
                               r"(?:met|greeted|answered)(?=\s+(?:[\w'’-]+\s+){0,8}?with\s+(?:lethal|deadly|live|brutal))|"
                               r"fired\s+(?:live\s+)?(?:rounds|bullets|ammunition)\s+(?:on|at|into)|shot\s+at|"
                               r"clear(?:ed|ing)|crush(?:ed|ing))\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,2}?"
                               r"(?:protest(?:ers|s)?|sit-ins?|demonstrat(?:ors|ions?)|rall(?:y|ies)|march(?:es|ers)?|processions?)\b",
                               re.IGNORECASE)


# "arrested at least 40 activists who tried to march through the city centre": taken on their way to protest
_ARRESTED_TRYING_TO_PROTEST = re.compile(r"\b(?:arrest\w*|detain\w*|round(?:ed)?\s+up)\s+(?:[\w'’-]+\s+){0,10}?who\s+(?:had\s+)?"
                                         r"(?:tried|attempted|sought|wanted)\s+to\s+(?:march|protest|demonstrate|rally|"
                                         r"gather|(?:hold|stage)\s+a)\b", re.IGNORECASE)


# "police opened fire on a crowd" in a sentence about protesters, or police firing on a crowd at
# all: the crowd is the protest ("a crowd of mourners" is not)
_FORCE_ON_CROWD = re.compile(r"\b(?:open(?:ed|ing)?\s+)?fire[sd]?\s+(?:on|at|into)\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,2}?crowds?\b"
                             r"(?!\s+of\s+(?!(?:\w+\s+)?(?:protesters|demonstrators|marchers)\b))",
                             re.IGNORECASE)


# "fired live rounds at groups of young people who had gathered in several neighbourhoods": a crowd
# that had gathered is a protest, whatever it is called
# (not "opening fire on residents who had gathered in the belief that the men had come to protect them")
_FORCE_ON_GATHERED = re.compile(r"\b(?:open(?:ed|ing)?\s+)?fire[sd]?\s+(?:(?:live\s+)?(?:rounds|bullets|ammunition)\s+)?"
                                r"(?:on|at|into)\s+(?:[\w-]+\s+){1,5}?(?:who|that)\s+(?:had\s+)?(?:(?:gathered|assembled)\b"
                                r"(?!\s+(?:in\s+the\s+belief|to\s+(?:welcome|greet|meet|receive|pray|collect|receive)|for\s+(?:prayers?|"
                                r"a\s+(?:wedding|funeral|meeting)|aid|food)))|"
                                r"were\s+(?:protesting|demonstrating|marching|chanting)\b|"
                                # "fired on thousands of people who had poured into the streets"
                                rf"{CROWD_IN_THE_STREETS}|took\s+to\s+the\s+streets|(?:marched|rallied|protested|demonstrated)\b)",
                                re.IGNORECASE)


# "soldiers shot dead two Palestinians during a protest", "shot at mourners chanting 'The people want
# to topple the regime'": the shooting happened at a protest, whoever was named as hit
_SHOT_AT_PROTEST = re.compile(r"\b(?:shot|shooting|gunned\s+down|opened\s+fire|fired)\b[^.;]{0,80}?\b(?:during|at)\s+(?:a|an|the)\s+"
                              r"(?:[\w-]+\s+){0,2}?(?:protests?|demonstrations?|rall(?:y|ies)|march(?:es)?|sit-ins?)\b|"
                              r"\b(?:shot|fired|opened\s+fire)\s+(?:at|on|into)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:mourners|crowds?|worshippers|people|residents)\s+(?:who\s+were\s+)?chanting\b",
                              re.IGNORECASE)


_LIVE_FIRE = re.compile(r"\blive\s+(?:rounds|ammunition|bullets|fire)\b|\b(?:open(?:ed|ing)?\s+fire|fired)\s+(?:directly\s+)?"
                        r"(?:on|into|at)\s+(?!(?:the\s+)?air\b)", re.IGNORECASE)


_CROWD_OF_NEEDS = re.compile(r"\b(?:aid|food|flour|bread|distribution|relief|water|fuel|queu\w*|funeral|wedding|"
                             r"prayers?|market)\b", re.IGNORECASE)


# "a helicopter to evacuate the wounded", "planes dropped food": aircraft carrying, not striking
_AIRCRAFT_CARRIES = re.compile(r"\s+(?:\w+\s+){0,2}?(?:to\s+)?(?:evacuat|transport|carr(?:y|ied|ying)|ferr(?:y|ied)|"
                               r"deliver|rescu|airlift|brought|bring|(?:dropp(?:ed|ing)|drop)\s+(?:food|aid|supplies|leaflets)|"
                               # "put on a military aircraft and flown to Juba": deported, not bombed
                               r"flown\s+(?:out\s+|back\s+)?to\b)",
                               re.IGNORECASE)
# "were put on a military aircraft", "boarded a helicopter": people carried, no strike
_BOARDED = re.compile(r"\b(?:put\s+(?:on|aboard|onto)|boarded|aboard|on\s+board)\s+(?:an?|the|their)\s+(?:[\w-]+\s+){0,2}$",
                      re.IGNORECASE)
# "a UN helicopter trying to evacuate soldiers came under fire", "the helicopter was attacked"
_AIRCRAFT_HIT_AFTER = re.compile(r"[^.;]{0,90}?\b(?:came\s+under\s+(?:fire|attack)|(?:was|were)\s+(?:attacked|hit|shot\s+at|"
                                 r"fired\s+(?:on|at)|targeted|struck))\b", re.IGNORECASE)
# "a helicopter evacuating the casualties crashed", "a subsequent helicopter crash": an aircraft lost, no strike
_AIRCRAFT_CRASHED_AFTER = re.compile(r"\s+crash(?:ed|es)?\b|[^.;,]{0,90}?\bcrashed\b", re.IGNORECASE)
# "militants fired on a military helicopter", "attacked a UN helicopter"
_AIRCRAFT_HIT_BEFORE = re.compile(r"\b(?:fired\s+(?:on|at)|attacked|targeted|shot\s+at)\s+(?:an?|the)\s+(?:[\w.-]+\s+){0,3}$",
                                  re.IGNORECASE)
# "peacekeepers serving with the UN mission were killed": the words after a side that died
_DIED_AFTER = re.compile(r"[^,.;]{0,80}?\b(?:(?:were|was)\s+(?:\w+\s+)?(?:killed|shot\s+dead|wounded|injured)|died|"
                         r"lost\s+their\s+lives)\b")
_AIRCRAFT = re.compile(r"aircraft|jets|warplanes?|drones?|(?:(?:attack|combat|military|army)\s+)?helicopters?|"
                       rf"fighter\s+(?:jets?|planes?)|{AIRCRAFT_MAKERS}", re.IGNORECASE)


_BODIES = re.compile(r"\bbod(?:y|ies)\b", re.IGNORECASE)


def tells_bodies_found(clause: Clause) -> bool:
    """'Seven other bodies were found in Mbogi': the clause's only act is the dead found."""
    return clause.cues == {"kill"} and all(_BODIES.search(t.text) for t in clause.triggers)


# "At least 45 bodies were brought in": a count of the dead, which updates the toll of the act just told
_BODIES_COUNTED = re.compile(r"^bod(?:y|ies)\s+(?:were|was|had|have|has)\b", re.IGNORECASE)


def finds_bodies_elsewhere(clause: Clause) -> bool:
    """'its volunteers had so far recovered 35 bodies from Bouatni': the dead found, told apart from
    any count of them (with no place of its own, they are the dead of a fight or raid told already)."""
    return tells_bodies_found(clause) and not all(_BODIES_COUNTED.match(t.text) for t in clause.triggers)


# "executed at least 50 members of a tribe that had resisted": the killing of the captive is one-sided, whoever
# they were
_EXECUTION = re.compile(EXECUTION, re.IGNORECASE)
_RIOT_NAMED = re.compile(r"riot(?:s|ing|ed)?", re.IGNORECASE)
_THROWN = re.compile(r"(?:threw|throwing|hurled|hurling|pelting|pelted|stone|rock)\b", re.IGNORECASE)


def _signals(clause: Clause, sub_roles, fat: FatalityCount, text: str) -> ClauseSignals:
    """What classification needs beyond the cue words: who, against whom, a toll."""
    a1, a2 = sub_roles.actor1, sub_roles.actor2
    lowered = _without_attribution(text).lower()  # ", Turkish officials said": the tellers are no victims
    victims = any(w in lowered for w in _VICTIM_WORDS) and not (a2 is not None and a2.kind in (
        "military", "police", "rebel", "unidentified", "political_militia", "identity_militia"))
    if a2 is None and _hits_armed_post(clause):
        victims = False  # "attacked an army checkpoint": the target is armed, not civilian
    if a2 is None and a1 is not None and a1.kind == "rebel" and _attacks_a_town(clause) and not (
            victims and fat.known and fat.best > 0):
        victims = False  # "Taliban fighters attacked Pul-e-Khumri": a town is taken on against its defenders
    dead_forces = next((o for o in sub_roles.others if o.kind in ("military", "police", "external")
                        and _DIED_AFTER.match(text, o.end)), None)
    if a2 is None and dead_forces is not None and a1 is not None and a1.kind not in ("military", "police", "external"):
        a2, victims = dead_forces, False  # "Ten peacekeepers ... were killed when assailants attacked their camp"
    armed_dead = next((v for v in sub_roles.victims if v.kind in ("military", "police")), None)
    if armed_dead is not None and _hits_armed_post(clause):
        a2, victims = armed_dead, False  # "12 killed in the assault on the prison, including three police officers"
    first = min(t.start for t in clause.triggers)
    # "Thousands of supporters of Niger's junta marched": the crowd acts, not the junta
    backers = a1 is not None and bool(_SUPPORTERS_OF.search(text[max(0, a1.start - 40):a1.start])
                                      or _SUPPORTERS_AFTER.match(text, a1.end))  # "junta supporters"
    if backers:
        a1 = None
    # "workers of the TLP clashed with law enforcers": a party's crowd
    crowd = a1 is None and (bool(_PARTY_CROWD.search(text[:first]) and clause.cues & {"clash", "protest", "riot"})
                            or any(not _fired_on(text, c.start()) and not _CROWD_FLED.match(text, c.end())
                                   for c in _CROWD.finditer(text[:first]))
                            or any(not _fired_on(text, c.start()) for c in _CROWD_MARCHING.finditer(text)))
    crashed = any(_AIRCRAFT_CRASHED_AFTER.match(text, t.end) for t in clause.triggers if t.cue == "air")
    return ClauseSignals(
        actor1_kind=a1.kind if a1 else None, crowd=crowd,
        civilian_victims=victims or (a2 is not None and a2.kind == "civilians" and armed_dead is None)
        or any(_EXECUTION.fullmatch(t.text) for t in clause.triggers),
        target_kind=a2.kind if a2 else ("military" if _hits_armed_post(clause) or (
            a1 is not None and a1.kind == "rebel" and not victims and _attacks_a_town(clause)) else None),
        deaths=fat.known and fat.best > 0, foiled="defuse" in clause.cues,
        arson_only=all(_ARSON.search(t.text) for t in clause.triggers if t.cue == "riot"),
        ambush_only=all("ambush" in t.text.lower() for t in clause.triggers if t.cue == "clash"),
        foreign_actor=a1 is not None and a1.inter == 8,
        state_actor=a1 is not None and a1.kind == "military",
        bare_attack=all(t.text.lower().startswith("attack") for t in clause.triggers if t.cue == "attack"),
        on_protest=bool(_FORCE_ON_PROTEST.search(text) or _FORCE_ON_GATHERED.search(text) or _SHOT_AT_PROTEST.search(text)
                        or _FORCE_ON_CROWD.search(text) and (
                            "protest" in clause.cues or a1 is not None and a1.kind == "police"
                            # "soldiers fired on the crowd near the main square", but not on "crowds heading
                            # to an aid distribution site"
                            or a1 is not None and a1.kind == "military" and not _CROWD_OF_NEEDS.search(text))
                        or "arrest" in clause.cues and _ARRESTED_TRYING_TO_PROTEST.search(text)),
        live_fire=bool(_LIVE_FIRE.search(text)),
        aircraft_only=all(_AIRCRAFT.fullmatch(t.text) for t in clause.triggers if t.cue == "air"),
        aircraft_transport=any(_AIRCRAFT_CARRIES.match(text, t.end) or _BOARDED.search(text[max(0, t.start - 40):t.start])
                               for t in clause.triggers if t.cue == "air"),
        aircraft_crash=crashed,
        riot_named=any(_RIOT_NAMED.fullmatch(t.text) for t in clause.triggers if t.cue == "riot"),
        stones_thrown=any(_THROWN.match(t.text) for t in clause.triggers if t.cue == "riot"),
        crowd_meets_forces=_crowd_meets_forces([sub_roles.actor1, sub_roles.actor2, *sub_roles.others]),
        crowd_storming=bool(_CROWD_STORMING.search(text)),
        bodies_found=tells_bodies_found(clause),
        # a crashed aircraft is no weapon either
        aircraft_hit=crashed or any(_aircraft_hit_after(text, t)
                                    or _AIRCRAFT_HIT_BEFORE.search(text[max(0, t.start - 40):t.start])
                                    for t in clause.triggers if t.cue == "air"))


def _fired_on(text: str, at: int) -> bool:
    """The crowd told at `at` is one fired on ("opened fire on supporters of Hezbollah"), not one acting."""
    return bool(_FIRED_ON.search(text[max(0, at - 40):at]))


def _crowd_meets_forces(actors) -> bool:
    kinds = {a.kind for a in actors if a is not None}
    return bool(kinds & {"protesters", "rioters"}) and bool(kinds & {"police", "military"})


def _aircraft_hit_after(text: str, trigger) -> bool:
    hit = _AIRCRAFT_HIT_AFTER.match(text, trigger.end)
    # "two drones were fired at the oil terminal": a drone fired at a place is launched, not shot at
    return bool(hit) and not (re.match(r"drones?$", trigger.text, re.IGNORECASE)
                              and re.search(r"\bfired\s+(?:on|at)$", hit.group(0)))


_ARMED_POSTS = frozenset({"position", "base", "checkpoint", "post", "outpost", "convoy", "patrol", "barracks",
                          "column", "garrison", "positions", "bases", "checkpoints", "posts", "outposts",
                          "prison", "jail", "penitentiary", "prisons", "jails"})  # guarded: whoever storms one fights


_TOWN_WORDS = frozenset({"town", "city", "capital", "district", "headquarters", "towns", "cities"})


def _attacks_a_town(clause: Clause) -> bool:
    """'attacked Pul-e-Khumri', 'an attack on Kunduz city': the object is a town, not people."""
    for token in clause.tokens:
        if not token.lower_.startswith(("attack", "assault", "storm", "raid")):
            continue
        if any(o.pos_ == "PROPN" or o.lower_ in _TOWN_WORDS
               or any(c.dep_ == "compound" and c.lower_ in _TOWN_WORDS for c in o.children)  # "the district centre"
               for o in objects_of(token, ("on",))):
            return True
    return False


def _hits_armed_post(clause: Clause) -> bool:
    """'attacked an army position', 'ambushed a military convoy': the object is armed
    (a convoy carrying workers or passengers is not)."""
    for token in clause.tokens:
        objects = objects_of(token, ("on", "against"))
        if any((o.lower_ in _ARMED_POSTS and not _carries_civilians(o)) or o.lower_ in ("station", "stations") and any(
                c.lower_ == "police" for c in o.children) for o in objects):
            return True
    # the parse often hangs "on" on the attackers: "a dawn assault by Al Qaida-linked militants on army positions"
    return bool(clause.tokens) and bool(_ASSAULT_BY_ON_POST.search(clause.tokens[0].sent.text))


_ASSAULT_BY_ON_POST = re.compile(r"\b(?:attack|assault|raid|offensive)s?\s+by\s+[^,.;]{1,60}?\s+on\s+(?:an?\s+|the\s+)?"
                                 r"(?:[\w-]+\s+){0,3}?(?:army|military|government|police|security|troops'?)\s+"
                                 r"(?:positions?|bases?|checkpoints?|posts?|outposts?|barracks|garrisons?)\b", re.IGNORECASE)


def _carries_civilians(token) -> bool:
    """'a convoy carrying workers of a mining company', 'a bus convoy of traders'."""
    return any(t.lower_.startswith(_VICTIM_WORDS) or t.lower_ in ("employees", "buses", "bus", "aid")
               for t in token.subtree if t is not token)


_RESPONSE_PURPOSE = re.compile(
    r"\bto\s+(?:rescue|restore|search|hunt|track|pursue|secure|contain|calm|quell|maintain|reinforce|protect|"
    r"guard|help|assist|evacuate|stabili[sz]e|prevent|investigate)\b|\bsearch\s+and\s+rescue\b", re.IGNORECASE)


def _unknown_named_subject(verb, roles) -> bool:
    """'Rada detained the commander': a name we cannot type holds someone; that it is
    the state (an arrest) is a guess we do not make."""
    if roles.actor1 is not None:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and subjects[0].pos_ == "PROPN"


# "arrests of notable persons by state forces" (codebook): a named person or one known by office
_NOTABLE_WORDS = frozenset("""minister ministers leader leaders chief chiefs commander commanders general generals
president governor mayor lawmaker lawmakers mp mps senator deputy official officials candidate journalist journalists
activist activists opposition spokesman spokeswoman head chairman chairwoman secretary ambassador judge cleric imam
editor editors director colonel uncle son brother former politician politicians councillor councilor member-elect
rapper singer lawyer lawyers""".split())
# "577 people", "several suspects", "hundreds of young men": a crowd, no one of note
_CROWD_NOUNS = frozenset("""people persons suspects men women youths protesters demonstrators students supporters
individuals others members residents civilians migrants palestinians refugees dozens hundreds scores
thousands""".split())


def _held_by(verb) -> list:
    """Whom the verb holds: its object, or the subject of 'was detained'."""
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]


def _named_or_known_by_office(held) -> bool:
    return any(t.ent_type_ == "PERSON" or t.lower_ in _NOTABLE_WORDS for t in held.subtree)


def _holds_a_notable_person(verb) -> bool:
    """Whoever the arrest verb holds is a named person or known by office; a count of people is a
    crowd (not an Arrests event)."""
    held = _held_by(verb)
    if not held:
        return True  # the parse does not say whom: keep the event
    after = verb.doc.text[verb.idx:verb.idx + 200]
    among = re.search(r"\b(?:among\s+them|including)\b([^.;]{0,100})", after)
    if among and any(w in _NOTABLE_WORDS for w in re.findall(r"[a-z]+", among.group(1).lower())):
        return True  # "arrested around 60 people, among them a lawmaker"
    for h in held:
        if _named_or_known_by_office(h):
            return True
        if h.lower_ not in _CROWD_NOUNS and h.pos_ != "NUM":
            return True  # "a Kenyan national", "the cell's leader": one person, let it stand
    return False


# "abducted", "kidnapped", "took hostage": taken, whoever took them; "seized", "detained", "picked up" by the state
# are an arrest of a person of note
_KIDNAP_WORD = re.compile(r"(?:abduct|kidnap|hostage|disappear)", re.IGNORECASE)


def _names_a_notable_person(verb) -> bool:
    """Whom the verb holds is named, or known by office ("the deputy governor"), in so many words
    (no default for an unparsed or single unnamed person, as _holds_a_notable_person has)."""
    return any(_named_or_known_by_office(h) for h in _held_by(verb))


# "marched carrying the coffins of seven civilians, ..., who were beheaded by militants": the
# dead a crowd mourns are no toll of the march
_MOURNED_DEAD = re.compile(r"\b(?:carrying|carried|holding|held|bearing|bore)\s+(?:the\s+)?(?:coffins?|caskets?|bodies|"
                           r"portraits|photographs|photos|pictures)\s+of\s+[^.;]*?\b(?:who|that)\s+(?:were|was|had\s+been|"
                           r"have\s+been)\s+\w+"
                           # "laid 17 bodies wrapped in sheets outside the UN base": the dead a crowd shows
                           r"|\b(?:laid|laying|lined\s+up|displayed|paraded)\s+(?:the\s+)?(?:[\w-]+\s+)?"
                           r"(?:bodies|coffins|caskets|corpses)\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _toll_of(sentence: str) -> FatalityCount:
    """The sentence's death toll, without its attribution (", the army said": no deaths there)."""
    return parse_fatalities(_without_attribution(_MOURNED_DEAD.sub(" ", sentence)))


def _confidence(explicit_date: bool, location: LocationMention | None, named: int, strong: bool) -> float:
    score = 0.3 + 0.15 * explicit_date + 0.1 * min(named, 2) + 0.1 * strong
    if location is not None:
        score += 0.15 if location.count is None else 0.1
    return round(min(score, 0.95), 2)


def mention_id(article_id: str, start: int, end: int, sub: str, loc: LocationMention | None) -> str:
    """Deterministic id: the same evidence, type and place always give the same id."""
    key = f"{article_id}|{start}|{end}|{sub}|{loc.name if loc else ''}"
    return "m_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Draft:
    """A clause read as an event, before places are attached."""

    sub: str
    settled: SettledActors
    date: EventDate
    fat: FatalityCount
    strong: bool
    country: Country | None
    firm_date: bool = False
    vague_weapon: bool = False
    subject: ActorMatch | None = None  # the side the text itself has act, before defaults fill a gap
    acted_on: ActorMatch | None = None  # the side the text itself has suffer it
    ends_fight: bool = False  # a truce naming no parties, between the sides of the fight told before


# remote violence told without its weapon: "explosions hit", "strikes on"
_VAGUE_WEAPON = re.compile(r"^(?:blasts?|explosions?|detonations?|exploded|detonat\w*|strikes?)$", re.IGNORECASE)


def _names_no_weapon(clause: Clause, sub: str) -> bool:
    """'several explosions hit energy facilities': remote violence, but which kind the words do not say."""
    weapons = [t for t in clause.triggers if t.cue in ("ied", "air", "shelling", "suicide", "grenade")]
    if sub == "Shelling/artillery/missile attack" and not weapons:
        return True  # "Russian forces attacked the city": remote, by a weapon the clause does not name
    if sub not in ("Remote explosive/landmine/IED", "Air/drone strike"):
        return False
    return bool(weapons) and all(_VAGUE_WEAPON.match(t.text.strip()) for t in weapons)


def verb_of(clause: Clause):
    """The clause's trigger verb ('killed' in 'a bomb killed ...'), else its head."""
    verbs = [t for t in clause.tokens if t.pos_ in ("VERB", "AUX")]
    return verbs[0] if verbs else clause.head


def draft_clause(clause: Clause, doc, actors: list[ActorMatch], date: EventDate, firm: bool,
                 ctx: ArticleContext, named_by: int | None = None, toll_elsewhere: bool = False) -> Draft | None:
    """The event one clause reports, or None (no type, too weak, or nobody acting).

    `named_by`: "gunmen" become the article's dominant group only when the
    text names that group before this body offset (this sentence or the
    next two: "... Al Shabaab claimed responsibility"); None: always.
    `toll_elsewhere`: another clause of the sentence tells the killing; this one has no toll.
    """
    text = doc.text
    toll_text = text
    if clause.cited is not None:
        toll_text = text[clause.cited[0]:]  # the cited event's own toll: "... Herat during prayers, killing 18"
    else:
        # "a day after a drone attack killed 89", "..., days after a blast in Azaz, killing 18": not this
        # toll; what follows the citation in the sentence is the cited event's
        for start, end in reversed(cited_spans(doc)):
            if start > min(t.start for t in clause.triggers):
                toll_text = toll_text[:start]
            else:
                toll_text = toll_text[:start] + toll_text[end:]
    fat = _toll_of(toll_text) if clause.cues & _VIOLENT_CUES and not toll_elsewhere else FatalityCount(0, 0, 0, False)
    roles = assign_roles(doc, verb_of(clause), actors, clause.cues)
    signals = _signals(clause, roles, fat, text)
    sub = classify(clause.cues, signals)
    if sub == "Abduction/forced disappearance" and signals.actor1_kind in ("police", "military") \
            and not any(_KIDNAP_WORD.match(t.text) for t in clause.triggers) \
            and _names_a_notable_person(verb_of(clause)):
        sub = "Arrests"  # "Yasir Arman, deputy leader of the SPLM-N, was seized by soldiers": the state took him
    if sub is None or (sub == "Arrests" and (_unknown_named_subject(verb_of(clause), roles)
                                             or not _holds_a_notable_person(verb_of(clause)))):
        return None
    if sub == "Change to group/activity" and _RESPONSE_PURPOSE.search(clause_text(doc, clause)):
        return None  # "deployed tactical teams to rescue the students": the response to an event told already
    strong = clause.strong or "cross_border" in clause.cues  # validated by is_abroad
    if not strong and not (fat.known and fat.best > 0) and not (clause.places and len(actors) >= 2):
        return None
    iso2 = ctx.country.iso2 if ctx.country else None
    foiled = signals.foiled or any(t.lower_.startswith(("repel", "repuls")) or (  # no lemmatizer in the flow
        t.lower_ in ("pushed", "beat", "beaten", "fought") and any(c.lower_ in ("back", "off") for c in t.children))
        for t in clause.tokens)
    dominant = ctx.dominant
    if dominant is not None and named_by is not None and dominant.start >= named_by:
        dominant = None  # named only much later, in another story of the article
    # a rival group is the loser of a capture only in a story the state's own forces take no part in
    settled = settle_actors(sub, roles, dominant, iso2, signals.civilian_victims, foiled, ctx.opponent,
                            () if ctx.state_fights else ctx.named_groups, ctx.state_fights)
    if settled.actor1 is None and sub == "Agreement" and ctx.last_draft is not None \
            and event_type_of(ctx.last_draft[1].sub) == "Battles" and ctx.last_draft[0] != ctx.current_sentence \
            and clause.head.tag_ in ("VBD", "VBN") \
            and any(token.dep_ in ("nsubj", "nsubjpass")
                    for trigger, token in zip(clause.triggers, clause.tokens) if trigger.cue == "agreement"):
        # "... clashes between rival militias in Tripoli. A ceasefire was reached on Friday evening": a truce
        # naming no parties is between the sides of the fight told before (not "an ambush that shattered a
        # truce": the truce the same sentence tells broken; nor "came in the middle of a ceasefire": the truce
        # itself must be what the clause tells of, done: not "the peace agreement is hanging by a thread")
        return Draft(sub, replace(ctx.last_draft[1].settled, named=0, actor1_named=False), date, fat, clause.strong,
                     ctx.country, firm, False, None, None, ends_fight=True)
    if settled.actor1 is None:
        return None
    return Draft(sub, settled, date, fat, clause.strong, ctx.country, firm, _names_no_weapon(clause, sub), roles.actor1,
                 roles.actor2)


def candidates_for(draft: Draft, places: list[LocationMention | None], sentence: Sentence,
                   ctx: ArticleContext, fallbacks: tuple[LocationMention, ...] = ()) -> list[Candidate]:
    """One candidate mention per place (None: a country-level event with a toll).

    `fallbacks` are the story's other places, for geocoding when a place resolves nowhere.
    """
    out = []
    s = draft.settled
    named = [loc.name for loc in places if loc is not None]
    per_place = tolls_by_place(sentence.text, named) if draft.fat.known and len(named) == len(places) else None
    if per_place is not None and set(per_place) != set(named):
        per_place = None
    for index, loc in enumerate(places):
        # a toll told for several places together stays on the first (never counted twice),
        # unless the sentence gives each its own ("70 in Tchoma Bangou and 30 in Zaroumdareye")
        fat = draft.fat if index == 0 else FatalityCount(0, 0, 0, False)
        if per_place is not None:
            fat = per_place[loc.name]
        date = draft.date
        mention = EventMention(
            mention_id=mention_id(ctx.article_id, sentence.start, sentence.end, draft.sub, loc),
            article_id=ctx.article_id, event_type=event_type_of(draft.sub), sub_event_type=draft.sub,
            actor1=s.actor1.name, actor2=s.actor2.name if s.actor2 else "",
            assoc_actor_1=s.assoc1.name if s.assoc1 else "",
            inter1=s.actor1.inter, inter2=s.actor2.inter if s.actor2 else None,
            location=loc, country_hint=draft.country.iso2 if draft.country else None,
            event_date=date.event_date, date_start=date.date_start or date.event_date,
            time_precision=date.time_precision if date.event_date else 3,
            fatalities=fat.best if fat.known else 0,
            fatalities_low=fat.low if fat.known else 0,
            fatalities_high=fat.high if fat.known else 0,
            fatalities_known=fat.known, notes=_notes(sentence.text, loc), sentence=sentence.text,
            char_start=sentence.start, char_end=sentence.end,
            confidence=_confidence(draft.firm_date, loc, s.named, draft.strong),
            fallback_locations=tuple(f for f in fallbacks if f != loc) if loc is not None else (),
            other_countries=ctx.abroad)
        out.append(Candidate(mention, draft.firm_date, s.named, draft.vague_weapon, s.actor1_named,
                             bool(_SEPARATE.match(sentence.text))))
    return out


# "Hours later, a drone ...", "In a separate incident, ...": the writer says this is another event
_SEPARATE = re.compile(r"^\W*(?:(?:about\s+|around\s+|some\s+|nearly\s+|less\s+than\s+)?(?:an?\s+hour|hours|days|minutes|"
                       r"shortly|moments|soon|(?:\w+\s+)?hours)\s+(?:later|afterwards?)|later\s+(?:on\s+)?(?:that|the\s+same)\s+\w+|"
                       # "Later on Saturday, an Israeli strike hit a prayer hall", "Later in the day, ..."
                       r"later\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
                       r"later\s+in\s+the\s+(?:day|evening|afternoon|morning|night)|later(?=\s*,)|"
                       r"separately|in\s+(?:a|another)\s+separate\s+(?:incident|attack|development)|in\s+another\s+(?:incident|attack))\b",
                       re.IGNORECASE)


def _notes(text: str, loc: LocationMention | None) -> str:
    """The evidence sentence, trimmed; a count of unnamed units is kept (codebook rule 2)."""
    note = " ".join(text.split())[:400]
    if loc is not None and loc.count and loc.count > 1:
        note += f" [{loc.count} unnamed units in {loc.name}]"
    return note
