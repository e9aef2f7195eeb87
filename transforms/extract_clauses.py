"""One parsed sentence -> its event clauses (cues, head token, places, actors).

Triggers that share a clause combine ("captured X after heavy fighting" is
one capture); triggers heading their own clause ("soldiers fled to
Tajikistan as fighters captured Y") are separate events, each with the
places that hang under it. "Not an event" rules drop triggers first.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from transforms.actor_groups import GENERIC_NOUNS
from transforms.actors import ActorMatch
from transforms.date_rules import MONTH, MONTH_WORDS, WEEKDAY_WORDS
from transforms.not_events import reject_reason
from transforms.place_mentions import PlaceHit, PlaceScan
from transforms.triggers import Trigger

_DAY_WORDS = MONTH_WORDS | WEEKDAY_WORDS | {"night", "morning", "evening", "afternoon", "dawn", "weekend"}
_CLAUSE_DEPS = frozenset({"ROOT", "advcl", "conj", "ccomp", "relcl", "parataxis", "pcomp", "acl"})
_VIOLENT = frozenset({"clash", "attack", "air", "shelling", "ied", "suicide", "grenade", "chemical",
                      "capture", "recapture", "abandon", "protest", "disperse", "riot", "mob", "abduct", "sexual"})
_PROTEST_RESPONSES = frozenset({"disperse", "arrest", "riot", "kill", "attack", "loot"})
_MOVES_TO = frozenset({"withdraw", "mobilise", "base"})
# ("ISKP claimed both attacks": the two just told)
_PLAIN_DETS = frozenset({"the", "this", "that", "these", "those", "both"})
# "Sunday's bombing", "yesterday's attack" point back as surely as "the bombing"
_BACK_REFERENCE_DETS = _PLAIN_DETS | WEEKDAY_WORDS | {"yesterday", "today"}
# word forms, not lemmas: the flow loads spaCy without its lemmatizer
_RETELLING_VERBS = frozenset(
    "come comes came coming follow follows followed following happen happens happened occur occurs occurred "
    "mark marks marked spark sparked prompt prompted draw drew drawn confirm confirms confirmed condemn "
    "condemns condemned condemning denounce denounced denouncing decrying investigate investigating investigated blame blamed claim "
    "claims claimed trigger triggers triggered cause caused fuel fuelled fueled raise raised heighten heightened "
    "describe describes described call calls called brand branded label labelled labeled term termed "
    "amount amounts amounted constitute constitutes constituted leave leaves left represent represents represented "
    "expose exposes exposed underline underlines underlined highlight highlights highlighted "
    # "chanting slogans against the attack", "protesting the killing": what a crowd protests is told already
    "chant chants chanted chanting protest protests protested protesting".split())
_QUANTITY_WORDS = frozenset("dozens dozen hundreds scores thousands tons tonnes number lot lots".split())
_MATERIEL = frozenset(
    w + suffix for w in ("weapon", "arm", "ammunition", "rifle", "gun", "vehicle", "truck", "car", "motorcycle",
                         "equipment", "drug", "cocaine", "cash", "money", "explosive", "document", "cattle",
                         "livestock", "goods", "supplie", "supply", "fuel", "boat", "ship", "vessel", "tank",
                         "material", "cache", "stockpile", "haul", "consignment", "shipment", "depot", "stash",
                         # "seized their banners and mobile phones": what a crowd carried
                         "banner", "placard", "phone", "camera", "passport", "laptop", "flag", "sign",
                         # "explosive belts and bomb-making materials had been seized": kit taken, no ground
                         "belt", "vest", "device", "bomb", "grenade", "rocket", "missile", "launcher", "munition")
    for suffix in ("", "s"))


@dataclass
class Clause:
    """Kept triggers of one clause and what hangs under its head."""

    head: object  # spaCy Token heading the clause
    triggers: list[Trigger] = field(default_factory=list)
    tokens: list = field(default_factory=list)  # trigger tokens
    places: list[PlaceHit] = field(default_factory=list)
    place_rank: dict[int, int] = field(default_factory=dict)  # hit.start -> steps to a trigger
    conj_of: object | None = None  # head of the clause this one is coordinated with
    cited: tuple[int, int] | None = None  # "days after <this event>": the citing phrase's span

    @property
    def cues(self) -> frozenset[str]:
        return frozenset(t.cue for t in self.triggers)

    @property
    def strong(self) -> bool:
        return any(t.strong for t in self.triggers)

    @property
    def start(self) -> int:
        return min(t.start for t in self.triggers)

    def absorb(self, other: "Clause") -> None:
        """Take another clause's triggers as this clause's own (one act told in two clauses)."""
        self.triggers.extend(other.triggers)
        self.tokens.extend(other.tokens)


def _token_of(doc, trigger: Trigger):
    span = doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    # "improvised explosive device": the participle modifies the weapon, it is not the act
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX") and t.dep_ != "amod"]
    if verbs and trigger.cue == "ied" and verbs[0].dep_ == "acl":
        return verbs[0].head  # "drove a truck packed with explosives": the truck is the bomb, driving the act
    if verbs:
        return verbs[0]
    root = span.root
    if len(span) > 1 and root.dep_ == "amod" and root.head.pos_ in ("NOUN", "PROPN"):
        return root.head
    return root


def _clause_head(token):
    """Nearest ancestor-or-self verb that heads a clause."""
    node = token
    for _ in range(12):
        if node.pos_ in ("VERB", "AUX") and node.dep_ in _CLAUSE_DEPS:
            return node
        if node.head == node:
            return node
        node = node.head
    return node


def _is_back_reference(token, scan: PlaceScan) -> bool:
    """'the attack', 'the fighting': a noun pointing back at an earlier event.

    With places in the sentence only a retelling still counts: 'the deadliest
    attack on the city', 'The attack on X came days before...', 'police
    confirmed the attack'.
    """
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    dets = [c.lower_ for c in token.children if c.dep_ in ("det", "poss")]
    definite = bool(dets) and dets[0] in _BACK_REFERENCE_DETS
    if definite and dets[0] not in _PLAIN_DETS and token.tag_ == "NNS":
        definite = False  # "Monday's protests": all of a day's events, not the one just told
    if any(c.dep_ == "amod" and c.tag_ == "JJS" for c in token.children):
        return True  # "the deadliest attack since 2022": a comparison with the event just told
    if definite and token.dep_ == "pobj" and token.head.lower_ in ("after", "following", "since", "before"):
        return True  # "where the ministers had been taken after the attack": a time, told by the event
    names_place = any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)  # "the fall of X"
    verb = _governing_verb(token)
    if definite and not names_place and token.dep_ in ("nsubj", "dobj", "pobj") and verb.lower_ in _RETELLING_VERBS:
        return True
    if definite and token.dep_ == "nsubj" and verb.lower_ in _ENDING_VERBS \
            and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in verb.children):
        return True  # "after the fighting died down", "when the clashes subsided": the end of a fight told already
    if scan.hits:
        return False
    return definite and not names_place


_ENDING_VERBS = frozenset("died subsided abated eased ended stopped ceased calmed".split())
_TIME_MARKS = frozenset("after when once until as before".split())


def _governing_verb(token):
    node = token
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") or node.head == node:
            return node
        node = node.head
    return node


_FLYING_VERBS = frozenset("flew fly flies flying flown overflew circled circling hovered hovering patrolled "
                          "patrolling landed landing surveyed".split())
_SUPPORT_BEFORE = re.compile(r"\b(?:supported|backed|assisted|aided|covered|helped)\s+by\s+(?:[\w-]+\s+){0,3}$|"
                             r"\bwith\s+(?:the\s+)?(?:help|support|backing|cover)\s+of\s+(?:[\w-]+\s+){0,3}$",
                             re.IGNORECASE)
_ABSTRACT_FOES = frozenset("""conflict conflicts insurgency insurgencies war wars crisis crises rebellion rebellions
unrest violence insecurity pandemic drought famine hunger poverty corruption inflation floods disease
outbreak epidemic odds allegations charges""".split())


def clause_text(doc, clause: Clause) -> str:
    """The words of the clause's subtree."""
    tokens = list(clause.head.subtree)
    return doc.text[tokens[0].idx: tokens[-1].idx + len(tokens[-1])]


def clause_text_without_asides(doc, clause: Clause) -> str:
    """The clause's words minus asides about a place or a person ("Kobani, a town that was
    the scene of a battle in 2014, ..."): relative clauses and appositions holding no trigger."""
    own = {t.i for t in clause.tokens}
    aside: set[int] = set()
    for token in clause.head.subtree:
        if token.dep_ in ("relcl", "appos") and token.i not in aside:
            inner = {t.i for t in token.subtree}
            if not inner & own:
                aside |= inner
    return " ".join(t.text for t in clause.head.subtree if t.i not in aside)


def objects_of(token, preps: tuple[str, ...]) -> list:
    """What a trigger acts on: its direct objects and the objects of the given prepositions."""
    objects = [c for c in token.children if c.dep_ == "dobj"]
    objects += [g for c in token.children if c.dep_ == "prep" and c.lower_ in preps
                for g in c.children if g.dep_ == "pobj"]
    # "attacked the village of Lamana on Wednesday": a day is when, never what was hit
    return [o for o in objects if o.lower_ not in _DAY_WORDS and o.ent_type_ not in ("DATE", "TIME")]


def _fights_an_abstraction(token) -> bool:
    """'already battling the Tigray conflict', 'fighting corruption': no armed foe, no clash."""
    objects = objects_of(token, ("against", "with"))
    return bool(objects) and all(o.lower_ in _ABSTRACT_FOES for o in objects)


_OF_WAR = re.compile(r"\s+of\s+war\b", re.IGNORECASE)


_FIGHTERS = frozenset({"fighter", "fighters", "soldier", "soldiers", "militant", "militants"})
# fighters taken in battle (officers and hostages seized may be abductions: _ARMED_PERSONS)
_COMBATANTS = _FIGHTERS | {"troops", "insurgents", "rebels", "jihadists", "militiamen"}


def _counted_noun(token):
    """'dozens of private cars', 'nine soldiers': the noun a quantity or number counts."""
    return _noun_of(token) if token.lower_ in _QUANTITY_WORDS or token.like_num else token


def _kit_or_fighters(token) -> bool:
    return token.lower_ in _MATERIEL or token.lower_ in _COMBATANTS


def _takes_no_territory(token) -> bool:
    """'seized weapons', 'Zambada's capture': what was taken is not a place."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "poss")]
    objects += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    taken = [_counted_noun(c) for c in token.children if c.dep_ == "nsubjpass"]
    if not objects and taken and all(_kit_or_fighters(o) for o in taken):
        return True  # "explosive belts had been seized", "about 100 suspected fighters had been captured"
    if not objects:
        return False
    if token.pos_ == "NOUN" and all(o.dep_ == "poss" for o in objects):
        return True  # "the general's capture", "Zambada's capture": whom, not where
    # "seized dozens of private cars": the quantity's noun is what was taken
    objects = [_counted_noun(o) for o in objects]
    if all(_houses_people(o) for o in objects):
        return True  # "overran a camp housing Ebola responders": an attack on the people there, no territory
    # "troops captured several prisoners of war", "capturing nine soldiers alive": fighters taken in battle,
    # neither a place nor hostages
    return all(_kit_or_fighters(o) or o.lower_ in ("prisoners", "prisoner", "pows")
               and _OF_WAR.match(o.doc.text, o.idx + len(o.text)) for o in objects)


_SHELTERS = frozenset({"camp", "camps", "compound", "site", "centre", "center", "shelter", "clinic"})
_HOUSING = frozenset({"housing", "sheltering", "hosting", "for"})
_SHELTERED = frozenset({"responders", "workers", "staff", "displaced", "refugees", "families", "people", "civilians",
                        "patients", "children", "idps", "volunteers"})


def _houses_people(token) -> bool:
    """'a camp housing Ebola responders', 'a site for displaced families': a shelter named by who lives there."""
    if token.lower_ in _SHELTERED and any(c.dep_ == "compound" and c.lower_ in _SHELTERS for c in token.subtree):
        return True  # the small model reads "a camp housing Ebola responders" as one noun phrase
    if token.lower_ not in _SHELTERS:
        return False
    return any(c.lower_ in _HOUSING and any(g.lower_ in _SHELTERED or _noun_of(g).lower_ in _SHELTERED
                                            for g in c.subtree if g is not c)
               for c in token.children if c.dep_ in ("acl", "prep"))


def _noun_of(token):
    """'dozens of cars' -> 'cars': the noun after a quantity's 'of', else the token itself."""
    return next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), token)


# "seized 40 women", "passengers were seized": people taken are an abduction, not territory
_PEOPLE_TAKEN = re.compile("(?:" + "|".join(GENERIC_NOUNS["civilians"]) + ")", re.IGNORECASE)


_ARMED_PERSONS = _FIGHTERS | {"officer", "officers", "policeman", "policemen", "commander", "commanders", "hostage",
                             "hostages"}
_AT_GUNPOINT = re.compile(r"\s+(?:\w+\s+)?at\s+gunpoint\b", re.IGNORECASE)


def _takes_people(token, place_starts: frozenset[int] = frozenset()) -> bool:
    """'gunmen seized 12 passengers', 'about 40 women were seized': whom, not where."""
    if _AT_GUNPOINT.match(token.doc.text, token.idx + len(token.text)):
        return True  # "the DO and five of his collaborators were seized at gunpoint": only people are
    if token.dep_ == "acl" and token.tag_ == "VBN" and (
            _PEOPLE_TAKEN.fullmatch(token.head.lower_) or token.head.lower_ in _ARMED_PERSONS):
        return True  # "a Hezbollah fighter captured in Damascus": a person taken there, not the town
    objects = [c for c in token.children if c.dep_ == "dobj"] or [c for c in token.children if c.dep_ == "nsubjpass"]
    objects = [_noun_of(o) if o.lower_ in _QUANTITY_WORDS else o for o in objects]
    # "Sophie Petronin ... was seized by armed men": a person named (the small model calls many towns
    # persons: one the place scan found is a town)
    # "an American and a Danish employee who were seized by gunmen": the relative pronoun stands for persons;
    # "The two Americans ... were seized at dawn": a people's name
    return bool(objects) and all(_PEOPLE_TAKEN.fullmatch(o.lower_) or o.lower_ in _PERSONAL_PRONOUNS
                                 or o.lower_ in ("who", "whom") and token.dep_ == "relcl"
                                 or o.ent_type_ in ("PERSON", "NORP") and not {t.idx for t in o.subtree} & place_starts
                                 for o in objects)


# "He was seized by soldiers at a house in Yangon": a person taken
_PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "they", "them"})


_TIME_UNITS = frozenset({"day", "days", "hours", "hour", "week", "weeks", "months", "month"})


_RESTATED_CITATION = re.compile(r",\s+(?:an?|the|that)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|assaults?|massacres?|raids?|"
                                r"killings?|bombings?|ambush(?:es)?|incidents?|violence|strikes?|clashes)\b", re.IGNORECASE)


def _next_break(text: str, at: int) -> int:
    """Where the next comma or semicolon from `at` stands, else the end of the text."""
    return min((i for i in (text.find(",", at), text.find(";", at)) if i >= 0), default=len(text))


_DATING_WORDS = frozenset({"last", "this", "next", "that", "same", "early", "late", "earlier"})


def cited_spans(doc) -> list[tuple[int, int]]:
    """Character spans of 'a day after <another event>' phrases in a parsed sentence.

    The event they cite is told (or was told) on its own; its words give this
    sentence neither an event nor a toll. The phrase runs to the next comma
    or semicolon (the small model often hangs its verb on the main clause).
    """
    spans = []
    text = doc.text
    for token in doc:
        if token.lower_ in ("after", "before") and token.i > 0 and doc[token.i - 1].lower_ in _TIME_UNITS \
                and not (token.i > 1 and doc[token.i - 2].lower_ in _DATING_WORDS):
            # ("began last month after a man was shot": "last month" dates the act; no offset)
            start = doc[token.i - 1].left_edge.idx if doc[token.i - 1].left_edge.i < token.i else doc[token.i - 1].idx
            stop = _next_break(text, token.idx)
            restated = _RESTATED_CITATION.match(text, stop)
            if restated is not None:  # "..., an attack that drew nationwide condemnation": the cited event named again
                stop = _next_break(text, restated.end())
            spans.append((start, stop))
    return spans


# "two weeks after", "three days before": a counted offset dates the cited event
_COUNTED_OFFSET = re.compile(r"^(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                             r"(?:days?|weeks?)\s+(?:after|before)\b", re.IGNORECASE)
# "The attack ... came hours after five American soldiers were killed": an act the story names only as what
# this one followed, the same day
_CAME_HOURS_AFTER = re.compile(r"\b(?:came|comes|come|coming)\s+(?:just\s+|only\s+)?$", re.IGNORECASE)
_HOURS_AFTER = re.compile(r"^(?:(?:an?|one|two|three|four|five|six|several|a\s+few|\d+)\s+)?hours?\s+after\b",
                          re.IGNORECASE)
# ("came hours after a bomb attack on a mosque ... was foiled": no one hit, the foiling is what is told)
_TOLD_DEAD = re.compile(r"\b(?:killed|died|dead|wounded|injured)\b", re.IGNORECASE)
# "on Oct. 23", "on 15 September", "on Friday": a day of its own
_OWN_DAY = re.compile(r"\b(?:on\s+|during\s+|last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
                      r"|" + MONTH.format("mon") + r"\s+\d{1,2}\b|\b\d{1,2}\s+" + MONTH.format("mon2") + r")(?!\w)")


def is_datable_citation(span_text: str, before: str = "") -> bool:
    """'two weeks after insurgents killed 43 farmers', 'days after a blast ... during Friday
    prayers', 'came hours after ...': the cited event is recent and can be dated (the 30-day rule
    still applies). `before` is the text before the span."""
    return bool(_COUNTED_OFFSET.match(span_text) or _OWN_DAY.search(span_text)
                or _HOURS_AFTER.match(span_text) and _CAME_HOURS_AFTER.search(before) and _TOLD_DEAD.search(span_text))



def _is_pluperfect_relative(token) -> bool:
    """'... from rebels, who had occupied it since January': the earlier state of the place."""
    return token.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "had" for c in token.children)


def _owner(token, heads: list) -> object | None:
    """The first clause head met walking up from token."""
    node = token
    for _ in range(15):
        if node in heads:
            return node
        if node.head == node:
            return None
        node = node.head
    return None


_WOUNDED = re.compile(r"(?i:wounded|injured|hurt|maimed)")


def _drop_foiled_citations(clauses: list[Clause]) -> list[Clause]:
    """'hours after a bomb attack on a mosque in Maiduguri ... was foiled': the cited bomb is the foiled
    one, told by the clause of the foiling, not a blast of its own."""
    foiled = [t.start for c in clauses if "defuse" in c.cues for t in c.triggers]
    return [c for c in clauses if not (c.cited is not None and "defuse" not in c.cues
                                       and any(c.cited[0] <= at < c.cited[1] for at in foiled))]


def _tells_the_cited_act(clause: Clause | None, citing: tuple[int, int]) -> bool:
    """A place inside a citation ("a day after <act> in X") is the cited act's: it goes to a clause
    that is that act (its trigger stood in the citation) or tells it on past the citation ("hours
    after a bomb attack on a mosque in X ... was foiled"), to no clause that only cites it."""
    if clause is None:
        return False
    own = clause.cited is not None and clause.cited[0] == citing[0]
    return own or any(t.start >= citing[1] for t in clause.triggers)


def find_clauses(doc, triggers: list[Trigger], scan: PlaceScan) -> tuple[list[Clause], dict[str, int]]:
    """Group kept triggers into clauses and hand each clause its places.

    Returns the clauses and a count of rejected triggers by reason.
    """
    rejected: dict[str, int] = {}
    clauses: dict[int, Clause] = {}
    cited = cited_spans(doc)
    # a citation trailing the main clause runs on past its comma ("comes a month after gunmen abducted
    # forty people, mostly women, in Moriki on January 20"): its day may stand at the sentence's end
    root = next((t.idx for t in doc if t.dep_ == "ROOT"), len(doc.text))
    tally_end = None  # end of a rejected death word: the wounded told with it go with it
    for trig in triggers:
        span = next(((start, end) for start, end in cited if start <= trig.start < end), None)
        if span is not None and span[0] > root:
            span = (span[0], len(doc.text))
        if span is not None and not is_datable_citation(doc.text[span[0]:span[1]], doc.text[max(0, span[0] - 30):span[0]]):
            rejected["cited_event"] = rejected.get("cited_event", 0) + 1
            continue  # "days after <it>", with nothing to date it by: told on its own elsewhere
        token = _token_of(doc, trig)
        if token is None:
            continue
        if token.dep_ == "amod" and token.tag_ == "VBN":
            continue  # "the assassinated former president"
        reason = reject_reason(doc.text, trig.start, trig.end, token)
        if reason is None and tally_end is not None and _WOUNDED.fullmatch(trig.text) \
                and trig.start - tally_end < 30:
            reason = "tally"  # "350 have been killed and 15,000 wounded since October": the tally's wounded
        if reason in ("habitual_background", "tally") and trig.cue == "kill":
            tally_end = trig.end
        if reason is None and trig.cue in ("capture", "recapture") and _takes_no_territory(token):
            reason = "not_territory"
        if reason is None and trig.cue == "capture" and token.pos_ == "VERB" \
                and _takes_people(token, frozenset(h.start for h in scan.hits)):
            trig = replace(trig, cue="abduct")
        if reason is None and trig.cue == "clash" and _fights_an_abstraction(token):
            reason = "not_a_fight"
        if reason is None and trig.cue == "air" and _governing_verb(token).lower_ in _FLYING_VERBS:
            reason = "overflight"  # "French aircraft flew over the area": seen, not striking
        if reason is None and trig.cue in ("air", "shelling") and _SUPPORT_BEFORE.search(doc.text[max(0, trig.start - 50):trig.start]):
            reason = "support"  # "soldiers, supported by air strikes, repelled the assault": part of the fight
        if reason is None and _is_back_reference(token, scan):
            reason = "back_reference"
        if reason is None and _is_pluperfect_relative(token):
            reason = "told_as_background"
        if reason is not None:
            rejected[reason] = rejected.get(reason, 0) + 1
            if reason == "habitual_background" and trig.cue == "kill":
                rejected["tally_toll"] = 1  # "12 have died since the unrest began": the sentence's toll is a tally
            continue
        head = _clause_head(token)
        clause = clauses.setdefault(head.i, Clause(head))
        clause.triggers.append(trig)
        clause.tokens.append(token)
        if span is not None:
            clause.cited = span
    found = _drop_foiled_citations(list(clauses.values()))
    _join_taken_and_retaken(found)
    _join_protest_responses(found)
    retold_heads: dict = {}
    colour = _fold_weak_clauses(found, retold_heads)
    _join_looting(found)
    heads = [c.head for c in found]
    for clause in found:
        if clause.head.dep_ == "conj" and clause.head.head in heads:
            clause.conj_of = clause.head.head
    scene_of_colour: list[PlaceHit] = []
    for hit in scan.hits:
        if hit.is_parent or hit.mention.kind == "country":
            continue
        span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
        owner = _owner(span.root, heads + colour + list(retold_heads)) if span is not None and len(span) else None
        if owner is not None and owner in colour and owner not in heads:
            scene_of_colour.append(hit)
            continue  # "..., as fighting intensified around Sake": where the colour is, not the act
        target = retold_heads.get(owner) or next((c for c in found if c.head == owner), None)
        if target is None and found:
            target = found[0]
        citing = next(((start, end) for start, end in cited if start <= hit.start < end), None)
        if citing is not None and not _tells_the_cited_act(target, citing):
            continue  # "opened fire on protesters ..., a day after gunmen killed six in the village of Mouli"
        if hit.destination:
            if target is None or not target.cues & _MOVES_TO or hit.source:
                continue  # "fled to X": X is not where it happened; "deployed to X" is
            hit = replace(hit, destination=False)
        if target is not None:
            target.places.append(hit)
            target.place_rank[hit.start] = _steps_to_trigger(span.root, target) if span is not None and len(span) else 99
    for clause in found:
        if not any(not h.destination and not h.mention.near for h in clause.places) and _is_where_clause(clause.head):
            # "Fighting broke out in El Obeid, ... south of Khartoum, where RSF fighters attacked": the
            # 'where' tells the act at the scene the colour named, however the parse hangs it
            clause.places = [*clause.places, *scene_of_colour]
        clause.places = _mark_coordinated_places(doc, clause.places)
    return found, rejected


# "around Enticho, where residents said soldiers clashed": the act told through a witness is still the 'where'
_TELLING_VERBS = frozenset("said say says told reported claimed added".split())


def _is_where_clause(head) -> bool:
    while head.dep_ == "ccomp" and head.head.lower_ in _TELLING_VERBS:
        head = head.head
    return head.dep_ == "relcl" and any(c.lower_ == "where" for c in head.children)


_SCENE_PREPS = frozenset({"in", "at", "inside"})


def _scene_prep(doc, hit: PlaceHit):
    """The 'in'/'at' a place hangs from ('in the holy city of Najaf': in), or None."""
    span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
    node = span.root if span is not None and len(span) else None
    for _ in range(5):
        if node is None or node.head == node:
            return None
        if node.lower_ in _SCENE_PREPS and (node.dep_ == "prep" or node.dep_ == "conj" and node.pos_ == "ADP"):
            return node
        if node.dep_ not in ("pobj", "compound", "appos") and not (node.dep_ == "prep" and node.lower_ == "of"):
            return None
        node = node.head
    return None


def _mark_coordinated_places(doc, places: list[PlaceHit]) -> list[PlaceHit]:
    """'gathered in Najaf, ..., as well as in Nasiriyah ... and in Diwaniyah': places the parse
    coordinates as scenes of one verb are listed (one event each), however far apart the text
    puts them; two 'in's on one verb without a conjunction between them ('in Tahrir Square in
    Baghdad') are not a list."""
    preps = {h.start: _scene_prep(doc, h) for h in places if not h.is_parent}
    listed: set[int] = set()
    scene_preps = {p for p in preps.values() if p is not None}
    for a in places:
        for b in places:
            pa, pb = preps.get(a.start), preps.get(b.start)
            if pa is None or pb is None or pa == pb or a.start >= b.start:
                continue
            first_of_b = pb
            while first_of_b.dep_ == "conj" and first_of_b.head != first_of_b:
                first_of_b = first_of_b.head
            # "in Bobo-Dioulasso, ..., in the west, and in Kaya": 'in Kaya' is joined to a sibling of 'in Bobo'
            # (not "In the capital, ... in Khartoum North and in central Khartoum": the capital frames a list of its own)
            conjoined = pb.dep_ == "conj" and (pa in pb.ancestors or first_of_b.head == pa.head
                                               and first_of_b not in scene_preps)
            verb = pa.head
            joined_on_verb = pb.head == verb and any(
                c.dep_ == "cc" and pa.i < c.i < pb.i for c in verb.children)
            # "hit the airport in Taiz ... and sites in Saada province": the things hit are the list
            joined_objects = any(pb.head in x.conjuncts for x in [verb, *(c for c in pa.children if c.dep_ == "pobj")])
            if conjoined or joined_on_verb or joined_objects:
                listed.update((a.start, b.start))
    return [replace(h, listed=True) if h.start in listed else h for h in places]


# "in solidarity with the Tripoli protesters": a place naming who people are, not where the act was
_PEOPLE_NAMED_BY_PLACE = frozenset("""protesters demonstrators residents people fighters forces troops militias militiamen
    authorities officials leaders governor council youths rebels brigades police""".split())


def _steps_to_trigger(token, clause: Clause) -> int:
    """How far up the tree the nearest trigger of the clause is (closer = likelier the place)."""
    node = token
    # named only as an attribute of people, a place ranks behind any place the act is told at
    penalty = 100 if token.dep_ in ("compound", "amod", "poss") and token.head.lower_ in _PEOPLE_NAMED_BY_PLACE else 0
    for steps in range(15):
        if node in clause.tokens:
            return steps + penalty
        if node.head == node:
            break
        node = node.head
    return 99


def _fold_weak_clauses(clauses: list[Clause], retold_heads: dict) -> list:
    """', killing 12 people' / 'that killed 30': the toll belongs to the main act.

    With a strong clause in the sentence, a weak clause is either a toll
    (folded into the nearest violent clause), the crowd of a protest the
    sentence tells ("Protesters gathered in Najaf, where they marched ...":
    its head goes into retold_heads, so its places are the march's), or
    colour ("fighting raged"), which is dropped: the heads of dropped clauses
    are returned (their places belong to the colour, not to the main act).
    """
    _fold_toll_participles(clauses)
    strong = [c for c in clauses if c.strong]
    if not strong:
        for clause in clauses[1:]:  # "the fighting killed 15 and wounded dozens": one weak act
            clauses[0].absorb(clause)
        del clauses[1:]
        return []
    violent = [c for c in strong if c.cues & _VIOLENT]
    # "They killed eight villagers and looted stores": the killing makes the looting an attack
    violent = violent or [c for c in strong if "loot" in c.cues]
    marches = [c for c in strong if "protest" in c.cues]
    dropped = []
    for clause in [c for c in clauses if not c.strong]:
        if "kill" in clause.cues and clause.cited is None and violent and all(c.cited is not None for c in violent) \
                and not any(a in {c.head for c in violent} for a in clause.head.ancestors):
            # "killed five in X, two days after herdsmen attacked Y": the cited act has its own toll (but
            # "... after warplanes hit a hotel in Arhab, killing 35": the toll hangs from the cited act)
            continue
        clauses.remove(clause)
        if "kill" in clause.cues and violent:
            target = _clause_hung_from(clause, violent)  # "raided Tamboul, killing 11, and shelled Rufaa"
            target.absorb(clause)
        elif clause.cues == {"protest"} and marches:
            target = _clause_hung_from(clause, marches)
            target.absorb(clause)
            retold_heads[clause.head] = target
        else:
            dropped.append(clause.head)
    return dropped


_TOLL_PARTICIPLES = frozenset({"killing", "wounding", "injuring"})


def _fold_toll_participles(clauses: list[Clause]) -> None:
    """'The regime has been pounding Kyeintali with air strikes ..., killing at least 11 civilians in a
    single raid': a toll participle hung from a violent act is that act's toll, even when an act word
    ("raid") in it makes it strong on its own."""
    # (only a toll and an attack word: "killing eight ... under a destroyed bridge" tells a destruction too)
    for clause in [c for c in clauses if c.strong and c.head.lower_ in _TOLL_PARTICIPLES and c.head.tag_ == "VBG"
                   and c.cited is None and c.cues <= {"kill", "attack"}]:
        owner = _clause_above(clause, [o for o in clauses if o is not clause and o.strong and o.cues & _VIOLENT
                                       and o.cited is None])
        if owner is not None:
            owner.absorb(clause)
            clauses.remove(clause)


def _clause_above(clause: Clause, candidates: list[Clause]) -> Clause | None:
    """The candidate whose head the clause hangs from in the parse, nearest ancestor first
    ("fired tear gas at protesters ..., killing five"), else None."""
    heads = {c.head: c for c in candidates}
    return next((heads[a] for a in clause.head.ancestors if a in heads), None)


def _clause_hung_from(clause: Clause, candidates: list[Clause]) -> Clause:
    """The candidate the clause hangs from in the parse (see _clause_above), else the candidate
    nearest in the text."""
    return _clause_above(clause, candidates) or min(candidates, key=lambda c: abs(c.head.i - clause.head.i))


def _join_looting(clauses: list[Clause]) -> None:
    """'stormed the village, opened fire and looted shops': looting by the same attackers
    (a clause with no subject of its own) is part of the attack, not a second event."""
    violent = [c for c in clauses if c.cues & _VIOLENT]
    if not violent:
        return
    looting = [c for c in clauses if "loot" in c.cues and c.cues <= {"loot", "kill"} and not _has_own_subject(c.head)]
    for clause in looting:
        target = min(violent, key=lambda c: abs(c.head.i - clause.head.i))
        target.absorb(clause)
        clauses.remove(clause)


def _has_own_subject(head) -> bool:
    return any(child.dep_ in ("nsubj", "nsubjpass") for child in head.children)


def _join_protest_responses(clauses: list[Clause]) -> None:
    """'protested ..., and police fired tear gas to disperse them': one graded protest."""
    protests = [c for c in clauses if "protest" in c.cues] or [c for c in clauses if "disperse" in c.cues]
    if not protests:
        return
    for clause in [c for c in clauses if c.cues <= _PROTEST_RESPONSES and "protest" not in c.cues
                   and c is not protests[0]]:
        # "Protesters stormed the consulate ..., and security forces opened fire on demonstrators in
        # Nasiriyah, killing 25": the response belongs to the protest clause it hangs from
        target = _clause_hung_from(clause, protests)
        target.absorb(clause)
        clauses.remove(clause)
    # "police dispersed protesters who marched ...": the march is the protest dispersed
    graded = [c for c in clauses if "protest" in c.cues and c.cues & _PROTEST_RESPONSES]
    for clause in [c for c in clauses if c.cues == {"protest"} and c.head.dep_ in ("relcl", "acl")]:
        if graded and clause not in graded:
            graded[0].absorb(clause)
            clauses.remove(clause)


def _join_taken_and_retaken(clauses: list[Clause]) -> None:
    """Capture and recapture in one sentence: one clause (an Armed clash)."""
    takes = [c for c in clauses if "capture" in c.cues and "recapture" not in c.cues]
    retakes = [c for c in clauses if "recapture" in c.cues]
    if takes and retakes:
        drop = retakes[0]
        linked = [c for c in takes if c.head == drop.head.head or drop.head == c.head.head]
        before = [c for c in takes if c.start < drop.start]
        keep = (linked or before[-1:] or takes)[0]
        keep.absorb(drop)
        clauses.remove(drop)


_DISGUISED_AS_BEFORE = re.compile(r"\b(?:disguised|dressed|posing|masquerading)\s+as\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
_FORMER_BEFORE = re.compile(r"\b(?:[Ff]ormer|[Ee]x-)\s*(?:(?:members?|soldiers|officers|personnel|servicemen|policemen|"
                            r"employees|staff)\s+of\s+(?:the\s+)?)?$")


def actors_in_clause(doc, clause: Clause, clauses: list[Clause], actors: list[ActorMatch]) -> list[ActorMatch]:
    """The actors that hang under this clause rather than another one.

    Actors under no trigger clause ("X said ...") are shared. Actors that are
    really place names ('Imam' in 'Imam Sahib') are left out.
    """
    heads = [c.head for c in clauses]
    cited = cited_spans(doc)
    out = []
    for actor in actors:
        if any(p.start < actor.end and actor.start < p.end for p in clause.places):
            continue
        if any(start <= actor.start < end for start, end in cited) and not any(
                start <= t.start < end for start, end in cited for t in clause.triggers):
            continue  # "two days after US forces left Bagram": another event's actors
        if _FORMER_BEFORE.search(doc.text[max(0, actor.start - 40):actor.start]):
            continue  # "militiamen, many of them former members of the Afghan security forces": no longer them
        if _DISGUISED_AS_BEFORE.search(doc.text[max(0, actor.start - 30):actor.start]):
            continue  # "Boko Haram gunmen disguised as soldiers killed hundreds": the gunmen, not the army
        span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
        owner = _owner(span.root, heads) if span is not None and len(span) else None
        if owner is None or owner == clause.head:
            out.append(actor)
    return out
