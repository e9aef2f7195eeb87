"""Who acted and who was acted upon, from the dependency parse of a clause.

actor1 = subject of an active trigger verb, the "by" agent of a passive one,
the X of "fell to X" / "left to X", or a noun modifier ("Taliban attack").
actor2 = object, passive subject, or the X of "from X" / "against X" /
"with X" / "on X". Actors the parse cannot place keep their text order.
"""
from __future__ import annotations

from dataclasses import dataclass

from transforms.actors import ActorMatch

_ACTOR2_PREPS = {"from", "against", "on", "with", "at", "targeting"}
_TO_CAPTOR_CUES = {"capture", "transfer"}
_SPEECH_VERBS = frozenset("said says say told confirmed confirms announced reported stated added noted disclosed "
                          "explained quoted insisted alleged accused accuses accusing blamed blames".split())
_FINDER_VERBS = frozenset("found discovered recovered retrieved unearthed".split())
_ACCUSE_VERBS = frozenset("accused accuses accusing accuse blamed blames blaming blame".split())
# "12 people were killed, including three police officers", "among them two soldiers"
_VICTIM_PREPS = {"including", "among"}
# "the factions, including Fatah and Hamas, agreed on a ceasefire", "thousands, including students, marched":
# members of the side that acts
_MEMBER_CUES = frozenset({"agreement", "protest"})


@dataclass(frozen=True)
class Roles:
    """Actors of one clause by role; `others` are found but unplaced."""

    actor1: ActorMatch | None
    actor2: ActorMatch | None
    assoc1: ActorMatch | None
    others: tuple[ActorMatch, ...]
    victims: tuple[ActorMatch, ...] = ()  # "killed, including three police officers": acted upon only


def _token_at(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _path_role(token, head, cues: frozenset[str]) -> str | None:
    """The role the token's phrase plays for `head`, read off the path between them."""
    node = token
    prep = None
    for _ in range(12):
        if node == head:
            return None
        parent = node.head
        if node.dep_ == "pobj" and parent.dep_ in ("prep", "agent"):
            prep = parent.lower_
            if prep in _VICTIM_PREPS and not cues & _MEMBER_CUES:
                return "victim"
        if node.lower_ == "according" and node.dep_ == "prep":
            return "source"  # "according to the police union": who tells, not who acts
        teller = node == token or (token.dep_ == "appos" and token.head == node)  # "The UN mission, MONUSCO, said"
        if teller and node.dep_ == "nsubj" and parent.lower_ in _SPEECH_VERBS and parent != head:
            return "source"  # "Police confirmed that 86 people were killed when gunmen attacked": the teller
        if parent != head and parent.pos_ == "VERB" and parent.dep_ in ("acl", "relcl", "advcl", "xcomp") \
                and not (prep == "by" and node.dep_ in ("pobj", "agent") and parent.dep_ == "acl"):
            # "a bomb targeting a military convoy": the convoy is not the bomb's actor; but "a drone
            # launched by the Houthis exploded": who launched the weapon acted
            return None
        if parent == head:
            dep = node.dep_
            if head.lower_ in _ACCUSE_VERBS and dep in ("nsubj", "dobj"):
                # "the government accused TPLF fighters of executing 100 people": the accused acted
                return "source" if dep == "nsubj" else "actor1"
            if dep == "nsubj" and head.lower_ in _SPEECH_VERBS - _ACCUSE_VERBS:
                return "source"  # "Residents told Reuters on the day of the assault": the tellers of a noun's act
            if dep == "nsubj" and head.lower_ in _FINDER_VERBS and "kill" in cues and cues <= {"kill", "withdraw"}:
                return "source"  # "peacekeepers discovered the bodies of 21 civilians": who found the dead, not who killed
            if dep == "nsubj":
                return "actor1"
            if dep in ("nsubjpass", "dobj", "attr"):
                return "actor2"
            if dep == "agent" or prep == "by":
                return "actor1"
            if dep in ("compound", "poss", "amod", "nmod") and head.pos_ in ("NOUN", "PROPN"):
                return "actor1"
            if prep in ("to", "into") and cues & _TO_CAPTOR_CUES:
                return "actor1"
            if prep in _ACTOR2_PREPS:
                return "actor2"
            if dep == "conj":
                return None
            return None
        if parent == node:
            return None
        node = parent
    return None


def _owns_the_weapon_of_a_when_clause(token, head) -> bool:
    """'a Houthi drone' subject of a clause hung on `head` ("... were killed when a Houthi drone dropped ...")."""
    weapon = token.head
    return (token.dep_ in ("compound", "amod", "nmod", "poss") and weapon.lower_ in _WEAPONS
            and weapon.dep_ == "nsubj" and weapon.head.dep_ == "advcl" and weapon.head.head == head)


def _reduced_passive_subject(token, head) -> bool:
    """'61 people wounded', 'five villagers killed': the subject of a bare past participle suffered it."""
    return (token is not None and head is not None and token.dep_ == "nsubj" and token.head == head
            and head.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in head.children))


def _is_inside(token, head) -> bool:
    node = token
    for _ in range(15):
        if node == head:
            return True
        if node.head == node:
            return False
        node = node.head
    return False


_WEAPONS = frozenset("drone drones missile missiles rocket rockets shell shells jets warplanes aircraft bombs "
                     "helicopters planes".split())
_GENERIC_FORCES = frozenset({"troops", "forces", "soldiers", "fighters", "men", "units"})
_PRONOUNS = frozenset({"it", "they", "we"})
_POSSESSIVES = frozenset({"its", "their", "our"})


def _speaker(doc, head, actors: list[ActorMatch]) -> ActorMatch | None:
    """'The army said it had taken X' / 'Hamas said its fighters...': the pronoun is the speaker."""
    if head.dep_ == "advcl" and head.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        head = head.head  # "AFRICOM said it carried out an air strike ..., killing two": the killer is the striker
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or head.dep_ not in ("ccomp", "conj", "xcomp"):
        return None
    subject = subjects[0]
    pointing = subject.lower_ in _PRONOUNS or any(
        c.dep_ == "poss" and c.lower_ in _POSSESSIVES for c in subject.children)
    if not pointing:
        return None
    for said in (c for c in head.head.children if c.dep_ == "nsubj"):
        tokens = list(said.subtree)
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        found = next((a for a in actors if a.start >= start and a.end <= end), None)
        if found is not None:
            return found
    return None


def _accused_of(head):
    """X in '<someone> accused X of <trigger>' (the trigger under 'of' after X), else None."""
    node = head
    for _ in range(3):
        if node is None or node.head == node:
            return None
        parent = node.head
        if node.dep_ == "pcomp" and parent.lower_ in ("of", "for") and parent.head.dep_ == "dobj" \
                and parent.head.head.lower_ in _ACCUSE_VERBS:
            return parent.head
        node = parent
    return None


_CAME = frozenset({"came", "come", "comes", "coming"})
_DIED = frozenset({"died", "die", "dies", "perished"})


def _tells_a_death(head) -> bool:
    """'died', 'perished', 'lost their lives': the subject is the dead."""
    return head is not None and (head.lower_ in _DIED or head.lower_ in ("lost", "lose", "loses") and any(
        c.dep_ == "dobj" and c.lower_ in ("lives", "life") for c in head.children))


def _came_under(head) -> bool:
    """'troops came under attack', and ', killing two' hung on it: its subject is the one attacked."""
    if head is not None and head.dep_ in ("advcl", "conj") and head.tag_ == "VBG":
        head = head.head
    return head is not None and head.lower_ in _CAME and any(
        c.dep_ == "prep" and c.lower_ == "under" for c in head.children)


def _passive_without_subject(head) -> bool:
    return head is not None and any(c.dep_ == "auxpass" for c in head.children) \
        and not any(c.dep_ in ("nsubjpass", "nsubj") for c in head.children)


def assign_roles(doc, head, actors: list[ActorMatch], cues: frozenset[str]) -> Roles:
    """Split the clause's actors into actor1 / actor2 / ally using the parse."""
    actor1 = actor2 = assoc1 = None
    others: list[ActorMatch] = []
    victims: list[ActorMatch] = []
    accused = _accused_of(head)
    subject_lost = _passive_without_subject(head)
    for actor in actors:
        token = _token_at(doc, actor.start, actor.end)
        role = _path_role(token, head, cues) if token is not None else None
        if role is None and token is not None and head is not None and not _is_inside(token, head):
            # "X entered Tarhuna, meeting little resistance": a participle's subject is its governor's
            shares_subject = head.dep_ in ("conj", "xcomp") or (head.dep_ == "advcl" and head.tag_ == "VBG")
            role = _path_role(token, head.head, cues) if shares_subject else None
            if role == "actor1" and subject_lost:
                role = "actor2"  # "a detachment ... engaged in a mission and was attacked by X": it suffered it
            if role is None and head.dep_ == "advcl" and not any(c.dep_ == "nsubj" for c in head.children) \
                    and _path_role(token, head.head, cues) == "actor2":
                # "five VDP were killed when their patrol was ambushed": who suffered the main verb suffered the act
                role = "actor2"
        if role is None and token is not None and head is not None and _owns_the_weapon_of_a_when_clause(token, head):
            role = "actor1"  # "soldiers were killed when a Houthi drone dropped explosives": its owner struck
        if accused is not None and token is not None and role is None:
            # "the government accused TPLF fighters of executing 100 people": the accused acted,
            # the accuser only speaks
            role = "actor1" if token == accused else ("source" if token.head == accused.head and token.dep_ == "nsubj" else None)
        if role == "actor1" and actor.kind == "civilians" and _reduced_passive_subject(token, head):
            role = "actor2"  # "with 61 people wounded": the people were hurt, they did not act
        if role == "actor1" and _tells_a_death(head) and token is not None and token.dep_ == "nsubj":
            role = "actor2"  # "twenty soldiers died in the ambush", "lost their lives": they suffered it
        if role == "actor2" and token is not None and token.lower_ in _WEAPONS and token.dep_ == "nsubjpass":
            role = "actor1"  # "two Houthi drones were fired at the terminal": the weapon's owner struck
        if role == "source":
            continue
        if role == "victim":
            victims.append(actor)
        elif role == "actor1" and actor1 is None:
            actor1 = actor
        elif role == "actor1" and actor.name != actor1.name and assoc1 is None:
            assoc1 = actor  # "X and Y attacked": Y is X's ally
        elif role == "actor2" and actor2 is None:
            actor2 = actor
        elif actor not in (actor1, actor2):
            others.append(actor)
    if actor2 is None and subject_lost:
        # "a unit of the army, engaged in a mission in X, was attacked by terrorists": the parse lost
        # the passive subject (it hung "unit" on the date); the actor told before the verb suffered it
        before = next((o for o in others if o.end <= head.idx), None)
        if before is not None:
            actor2 = before
            others.remove(before)
    if _came_under(head) and actor1 is not None:
        # "troops came under attack by terrorists", "came under fire from militants": the subject suffered it
        attacker = actor2 or next((o for o in others if o.start > head.idx), None)
        if attacker in others:
            others.remove(attacker)
        actor1, actor2 = attacker, actor1
    speaker = _speaker(doc, head, actors)
    if speaker is not None and (actor1 is None or actor1.text.lower().split()[-1] in _GENERIC_FORCES):
        others = [o for o in others if o is not speaker]
        actor1 = speaker
    return Roles(actor1, actor2, assoc1, tuple(others), tuple(victims))
