"""One parsed sentence -> its event clauses (cues, head token, places, actors).

Triggers that share a clause combine ("captured X after heavy fighting" is
one capture); triggers heading their own clause ("soldiers fled to
Tajikistan as fighters captured Y") are separate events, each with the
places that hang under it. "Not an event" rules drop triggers first.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from transforms.actors import ActorMatch
from transforms.not_events import reject_reason
from transforms.place_mentions import PlaceHit, PlaceScan
from transforms.triggers import Trigger

_CLAUSE_DEPS = frozenset({"ROOT", "advcl", "conj", "ccomp", "relcl", "parataxis", "pcomp", "acl"})
_VIOLENT = frozenset({"clash", "attack", "air", "shelling", "ied", "suicide", "grenade", "chemical",
                      "capture", "recapture", "abandon", "protest", "disperse", "riot", "mob", "abduct", "sexual"})
_PROTEST_RESPONSES = frozenset({"disperse", "arrest", "riot", "kill", "attack", "loot"})
_MOVES_TO = frozenset({"withdraw", "mobilise", "base"})
_BACK_REFERENCE_DETS = frozenset({"the", "this", "that", "these", "those"})


@dataclass
class Clause:
    """Kept triggers of one clause and what hangs under its head."""

    head: object  # spaCy Token heading the clause
    triggers: list[Trigger] = field(default_factory=list)
    tokens: list = field(default_factory=list)  # trigger tokens
    places: list[PlaceHit] = field(default_factory=list)
    place_rank: dict[int, int] = field(default_factory=dict)  # hit.start -> steps to a trigger
    conj_of: object | None = None  # head of the clause this one is coordinated with

    @property
    def cues(self) -> frozenset[str]:
        return frozenset(t.cue for t in self.triggers)

    @property
    def strong(self) -> bool:
        return any(t.strong for t in self.triggers)

    @property
    def start(self) -> int:
        return min(t.start for t in self.triggers)


def _token_of(doc, trigger: Trigger):
    span = doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX")]
    return verbs[0] if verbs else span.root


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
    """'the attack', 'the fighting': a noun pointing back at an earlier event."""
    if token.pos_ not in ("NOUN", "PROPN") or scan.hits:
        return False
    dets = [c.lower_ for c in token.children if c.dep_ in ("det", "poss")]
    return bool(dets) and dets[0] in _BACK_REFERENCE_DETS and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


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


def find_clauses(doc, triggers: list[Trigger], scan: PlaceScan) -> tuple[list[Clause], dict[str, int]]:
    """Group kept triggers into clauses and hand each clause its places.

    Returns the clauses and a count of rejected triggers by reason.
    """
    rejected: dict[str, int] = {}
    clauses: dict[int, Clause] = {}
    for trig in triggers:
        token = _token_of(doc, trig)
        if token is None:
            continue
        if token.dep_ == "amod" and token.tag_ == "VBN":
            continue  # "the assassinated former president"
        reason = reject_reason(doc.text, trig.start, trig.end, token)
        if reason is None and _is_back_reference(token, scan):
            reason = "back_reference"
        if reason is not None:
            rejected[reason] = rejected.get(reason, 0) + 1
            continue
        head = _clause_head(token)
        clause = clauses.setdefault(head.i, Clause(head))
        clause.triggers.append(trig)
        clause.tokens.append(token)
    found = list(clauses.values())
    _join_taken_and_retaken(found)
    _join_protest_responses(found)
    _fold_weak_clauses(found)
    heads = [c.head for c in found]
    for clause in found:
        if clause.head.dep_ == "conj" and clause.head.head in heads:
            clause.conj_of = clause.head.head
    for hit in scan.hits:
        if hit.is_parent or hit.mention.kind == "country":
            continue
        span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
        owner = _owner(span.root, heads) if span is not None and len(span) else None
        target = next((c for c in found if c.head == owner), None)
        if target is None and found:
            target = found[0]
        if hit.destination:
            if target is None or not target.cues & _MOVES_TO:
                continue  # "fled to X": X is not where it happened; "deployed to X" is
            hit = replace(hit, destination=False)
        if target is not None:
            target.places.append(hit)
            target.place_rank[hit.start] = _steps_to_trigger(span.root, target) if span is not None and len(span) else 99
    return found, rejected


def _steps_to_trigger(token, clause: Clause) -> int:
    """How far up the tree the nearest trigger of the clause is (closer = likelier the place)."""
    node = token
    for steps in range(15):
        if node in clause.tokens:
            return steps
        if node.head == node:
            break
        node = node.head
    return 99


def _fold_weak_clauses(clauses: list[Clause]) -> None:
    """', killing 12 people' / 'that killed 30': the toll belongs to the main act.

    With a strong clause in the sentence, a weak clause is either a toll
    (folded into the nearest violent clause) or colour ("fighting raged"),
    which is dropped.
    """
    strong = [c for c in clauses if c.strong]
    if not strong:
        for clause in clauses[1:]:  # "the fighting killed 15 and wounded dozens": one weak act
            clauses[0].triggers.extend(clause.triggers)
            clauses[0].tokens.extend(clause.tokens)
        del clauses[1:]
        return
    violent = [c for c in strong if c.cues & _VIOLENT]
    for clause in [c for c in clauses if not c.strong]:
        clauses.remove(clause)
        if "kill" in clause.cues and violent:
            target = min(violent, key=lambda c: abs(c.head.i - clause.head.i))
            target.triggers.extend(clause.triggers)
            target.tokens.extend(clause.tokens)


def _join_protest_responses(clauses: list[Clause]) -> None:
    """'protested ..., and police fired tear gas to disperse them': one graded protest."""
    protests = [c for c in clauses if "protest" in c.cues]
    if not protests:
        return
    for clause in [c for c in clauses if c.cues <= _PROTEST_RESPONSES and "protest" not in c.cues]:
        target = protests[0]
        target.triggers.extend(clause.triggers)
        target.tokens.extend(clause.tokens)
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
        keep.triggers.extend(drop.triggers)
        keep.tokens.extend(drop.tokens)
        clauses.remove(drop)


def actors_in_clause(doc, clause: Clause, clauses: list[Clause], actors: list[ActorMatch]) -> list[ActorMatch]:
    """The actors that hang under this clause rather than another one.

    Actors under no trigger clause ("X said ...") are shared. Actors that are
    really place names ('Imam' in 'Imam Sahib') are left out.
    """
    heads = [c.head for c in clauses]
    out = []
    for actor in actors:
        if any(p.start < actor.end and actor.start < p.end for p in clause.places):
            continue
        span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
        owner = _owner(span.root, heads) if span is not None and len(span) else None
        if owner is None or owner == clause.head:
            out.append(actor)
    return out
