"""Settle actor1/actor2 of one clause once its sub-event type is known.

The parse gives roles; the sub-event type says what each side must be (a
captor of territory is non-state, a government retaking it is state forces,
the victims of an Attack are civilians). Generic armed men ("rebels",
"insurgents", "the group") become the article's dominant named group when
there is one, and missing sides get the codebook's typed defaults.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from transforms.actor_groups import PRO_GOVERNMENT_MILITIAS
from transforms.actors import ActorMatch, canonical_actor
from transforms.event_types import STATE_KINDS
from transforms.extract_roles import Roles

_NON_STATE = frozenset({"rebel", "political_militia", "identity_militia", "unidentified"})
# the kinds of non-state groups with a name of their own ("Al Shabaab", "M23"), not "gunmen"
NAMED_GROUP_KINDS = _NON_STATE - {"unidentified"}
_VICTIM_TYPES = frozenset({"Attack", "Abduction/forced disappearance", "Sexual violence"})
_EXPLOSIVE_TYPES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack",
                              "Remote explosive/landmine/IED", "Suicide bomb", "Grenade",
                              "Chemical weapon"})


@dataclass(frozen=True)
class SettledActors:
    actor1: ActorMatch | None
    actor2: ActorMatch | None
    assoc1: ActorMatch | None
    named: int  # how many of actor1/actor2 came from the text
    actor1_named: bool = True  # False: actor1 is a default ("the army", "gunmen"), not from the text


def _default(phrase: str, iso2: str | None) -> ActorMatch | None:
    return canonical_actor(phrase, iso2)


def _is_state(a: ActorMatch | None) -> bool:
    return a is not None and a.kind in STATE_KINDS


def _is_non_state(a: ActorMatch | None) -> bool:
    return a is not None and a.kind in _NON_STATE


def _specific(a: ActorMatch | None, dominant: ActorMatch | None) -> ActorMatch | None:
    """Generic armed men -> the article's dominant named group, when it has one."""
    text = a.text.lower() if a is not None else ""
    if a is not None and a.kind == "unidentified" and dominant is not None and not any(
            w in text for w in ("militia", "unidentified", "unknown")):
        return ActorMatch(dominant.name, dominant.inter, dominant.kind, dominant.country_iso2,
                          a.start, a.end, a.text)
    return a


def _name_generic_actor(roles: Roles) -> Roles:
    """'fighters of/from <group> ambushed ...': the generic fighters are that named group."""
    a1 = roles.actor1
    if a1 is None or a1.kind != "unidentified" or any(w in a1.text.lower() for w in ("unidentified", "unknown")):
        return roles
    near = [o for o in (roles.assoc1, *roles.others) if o is not None and o.kind in NAMED_GROUP_KINDS
            and 0 <= o.start - a1.end <= 30]
    if not near:
        return roles
    group = near[0]
    return replace(roles, actor1=group, assoc1=None if roles.assoc1 is group else roles.assoc1,
                   others=tuple(o for o in roles.others if o is not group))


def _army_of(government: ActorMatch, iso2: str | None) -> ActorMatch:
    """The armed forces of a government's own country (foreign ones keep their inter code 8)."""
    army = _default("soldiers", government.country_iso2 or iso2)
    if army is None:
        return government
    return replace(army, inter=government.inter, start=government.start, end=government.end, text=government.text)


def _first(actors, test) -> ActorMatch | None:
    return next((a for a in actors if test(a)), None)


def settle_actors(sub: str, roles: Roles, dominant: ActorMatch | None, iso2: str | None,
                  civilian_victims: bool, foiled: bool = False,
                  opponent: ActorMatch | None = None, groups: tuple[ActorMatch, ...] = (),
                  home_fights: bool = False) -> SettledActors:
    """actor1/actor2/assoc1 for a clause of sub-event type `sub`.

    `dominant`: the article's main named non-state group; `opponent`: the
    main foreign force when there is no such group (Russia in Ukraine).
    `foiled`: "forces repelled an attack by X" - X attacked, so X is actor1.
    `groups`: the article's named non-state groups, most mentioned first.
    `home_fights`: the home state's own forces are a side somewhere in the story.
    """
    if dominant is not None and any(v.name == dominant.name for v in roles.victims):
        dominant = None  # "a suicide bomber blew himself up among Huthi rebels": the story's group suffered it
    roles = _name_generic_actor(roles)
    named = {x.name for x in (roles.actor1, roles.actor2, roles.assoc1) if x is not None}
    if dominant is not None and dominant.name in named:
        dominant_for_generic = None  # "rebels clashed with the SDF": the rebels are someone else
    else:
        dominant_for_generic = dominant
    a1 = a1_raw = _specific(roles.actor1, dominant_for_generic)
    a2 = a2_raw = _specific(roles.actor2, dominant_for_generic)
    if foiled and _is_state(a1) and not _is_state(a2):
        a1, a2 = a2, a1
    assoc = _specific(roles.assoc1, dominant_for_generic)
    others = [_specific(o, dominant_for_generic) for o in roles.others]
    if assoc is not None and a1 is not None and _is_state(assoc) != _is_state(a1):
        if a2 is None:
            a2 = assoc  # "Afghan and Taliban forces clashed": the two sides
        assoc = None
    found = {id(x) for x in (a1, a2) if x is not None}
    pool = [o for o in others if o is not None]
    gunmen = dominant or _default("gunmen", iso2)
    enemy = dominant or opponent or _default("gunmen", iso2)
    army = _default("soldiers", iso2)

    if sub == "Non-state actor overtakes territory":
        if _is_state(a1) and not _is_non_state(a2):
            a1, a2 = a2, a1  # forces abandoned / withdrew: they are the losing side
        a1 = a1 if _is_non_state(a1) else (_first(pool, _is_non_state) or enemy)
        # the SDF taking Baghouz in a story about the Islamic State: the loser is that group
        loser = next((g for g in groups if a1 is not None and a1.kind in NAMED_GROUP_KINDS and g.name != a1.name), army)
        a2 = a2 if _is_state(a2) else (_first(pool, _is_state) or loser)
    elif sub == "Government regains territory":
        if _is_non_state(a1) and (a2 is None or _is_state(a2)):
            a1, a2 = a2, a1  # "the rebels withdrew from X": they are the losing side
        a1 = a1 if _is_state(a1) else (_first(pool, _is_state) or army)
        a2 = a2 if _is_non_state(a2) else (_first(pool, _is_non_state) or enemy)
    elif sub == "Armed clash":
        if a1 is None and a2 is not None:
            # "224 fighters were killed": the victims' enemy acted
            # (pro-government militiamen killed were the insurgents' victims, not the army's)
            a1 = (_first(pool, _is_state) or army) if _is_non_state(a2) and a2.name not in PRO_GOVERNMENT_MILITIAS \
                else (_first(pool, _is_non_state) or enemy)
        if a1 is None:
            a1 = _first(pool, _is_non_state) or enemy
        if a2 is not None and a2.kind == "civilians":
            a2 = None  # a clash is fought by armed sides: the dead bystanders are no side
        if a2 is None or a2.name == a1.name:
            other_side = (lambda x: not _is_state(x) and x.kind != "civilians") if _is_state(a1) else _is_state
            # a foreign army ("Russian forces attacked positions near X") fights the home army, when
            # the story has one in the field
            a2 = _first(pool + list(roles.victims), other_side) or (
                army if _is_state(a1) and a1.inter == 8 and home_fights else enemy if _is_state(a1) else army)
            if a2.name == a1.name:  # the article's main foreign force is the one fighting
                a2 = _default("gunmen", iso2)
    elif sub in _VICTIM_TYPES:
        if a1 is None or a1.kind == "civilians":
            a1 = _first(pool, lambda x: x.kind not in ("civilians",)) or gunmen
        if a2 is None or civilian_victims:
            a2 = _first([a2] + pool, lambda x: x is not None and x.kind == "civilians") or _default("civilians", iso2)
    elif sub in _EXPLOSIVE_TYPES:
        if a1 is not None and a1.kind == "civilians":
            a1, a2 = None, a2 or a1  # "a man died when a shell hit his house": the victim
        if a1 is None:
            # unattributed: aircraft and gas are the state's; bombs the main armed group's
            by_state = sub in ("Air/drone strike", "Chemical weapon")
            a1 = _first(pool, _is_state if by_state else _is_non_state) or (
                (opponent or army) if by_state else enemy)
        if civilian_victims and (a2 is None or a2.kind != "civilians"):
            a2 = _default("civilians", iso2)
        elif a2 is None and _is_non_state(a1):
            a2 = _first(pool, _is_state)  # "a roadside bomb exploded near an army patrol"

    elif sub in ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"):
        crowd = _first([a1, a2] + pool, lambda x: x is not None and x.kind == "protesters")
        a1 = crowd or _default("protesters", iso2)
        a2 = None
        if sub != "Peaceful protest":
            # the state's forces, else the armed men told firing ("STC forces opened fire on a protest")
            a2 = _first(pool + [roles.actor1, roles.actor2], lambda x: x is not None and _is_state(x)) \
                or (roles.actor1 if _is_non_state(roles.actor1) else None) or _default("police", iso2)
    elif sub in ("Violent demonstration", "Mob violence"):
        a1 = _default("rioters", iso2)
        a2 = _first([roles.actor2] + pool, lambda x: x is not None and x.kind not in ("rioters", "protesters"))
    elif sub == "Other":
        a1 = a1 if _is_state(a1) else (_first(pool, _is_state) or army)
        a2 = None
    elif sub == "Change to group/activity":
        a1 = a1 or (pool[0] if pool else None)
        a1 = None if a1 is not None and a1.kind in ("civilians", "protesters") else a1  # only armed groups
        a2 = None
    elif sub == "Arrests":
        if not _is_state(a1):
            a1, a2 = (_first(pool, _is_state) or _default("police", iso2)), a2 or a1
    elif sub == "Disrupted weapons use":
        a1 = a1 if _is_state(a1) else (_first(pool, _is_state) or army)
    elif sub == "Looting/property destruction":
        a1 = a1 if a1 is not None and a1.kind != "civilians" else (_first(pool, lambda x: x.kind != "civilians") or gunmen)
        if a2 is None and a1 is not None and a1.kind != "civilians":
            a2 = _first(pool, lambda x: x.kind == "civilians") or _default("civilians", iso2)  # shops and homes
    elif a1 is None:
        a1 = pool[0] if pool else None
    if sub in ("Armed clash", "Non-state actor overtakes territory", "Government regains territory") \
            or sub in _EXPLOSIVE_TYPES:
        # "the Ministry of Defense said 56 insurgents were killed in air strikes": its forces struck
        # (the Russian Defence Ministry's are Russia's, not the home army)
        a1 = _army_of(a1, iso2) if a1 is not None and a1.kind == "government" else a1
        a2 = _army_of(a2, iso2) if a2 is not None and a2.kind == "government" else a2
    if a2 is not None and a1 is not None and a2.name == a1.name and sub != "Armed clash":
        a2 = None
    named = sum(1 for x in (a1, a2) if x is not None and id(x) in found or (x in pool))
    # generic armed men read as the dominant group ("heavily armed terrorists" -> IS) are a guess
    guessed = {id(x) for x, raw in ((a1_raw, roles.actor1), (a2_raw, roles.actor2)) if x is not raw}
    guessed |= {id(x) for x, raw in zip(others, roles.others) if x is not raw}
    actor1_named = a1 is not None and id(a1) not in guessed and (id(a1) in found or any(a1 is p for p in pool))
    return SettledActors(a1, a2, assoc, named, actor1_named)
