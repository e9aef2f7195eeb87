"""Sub-event classification: cues of one clause -> (event_type, sub_event_type).

Precedence follows the codebook (section 2 and the granularity rules):
territory changes beat the fighting that led to them; a place taken and
retaken the same day is an Armed clash; a suicide bomb beats an IED; an
armed attack on unarmed people is Violence against civilians, on armed men
a Battle; protests are graded by what the authorities did.
"""
from __future__ import annotations

from dataclasses import dataclass

SUB_EVENT_TYPES: dict[str, str] = {
    "Armed clash": "Battles",
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Air/drone strike": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Chemical weapon": "Explosions/Remote violence",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Sexual violence": "Violence against civilians",
    "Peaceful protest": "Protests",
    "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots",
    "Mob violence": "Riots",
    "Agreement": "Strategic developments",
    "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Other": "Strategic developments",
}

# Explosive weapons, most specific first (suicide bomb beats IED).
_EXPLOSIVE_ORDER = (
    ("suicide", "Suicide bomb"), ("chemical", "Chemical weapon"), ("air", "Air/drone strike"),
    ("grenade", "Grenade"), ("shelling", "Shelling/artillery/missile attack"),
    ("ied", "Remote explosive/landmine/IED"),
)
ARMED_KINDS = frozenset({"military", "police", "rebel", "political_militia", "identity_militia",
                         "external", "unidentified"})
STATE_KINDS = frozenset({"military", "police", "government", "external"})


@dataclass(frozen=True)
class ClauseSignals:
    """What the clause says about its actors, beyond the cue words."""

    actor1_kind: str | None = None  # kind of the acting side, if found
    target_kind: str | None = None  # kind of the side acted upon, if found
    civilian_victims: bool = False  # civilians/villagers/... are the victims
    deaths: bool = False  # a toll above zero
    foiled: bool = False  # "thwarted/foiled/repelled" an attack
    foreign_actor: bool = False  # the acting forces are foreign (inter 8)
    crowd: bool = False  # the acting side is a crowd ("supporters", "youths") no actor rule named
    arson_only: bool = False  # the riot words are only burning ("houses were set on fire"): no crowd told
    ambush_only: bool = False  # the fight words are only "ambush": whom it hit decides clash or attack
    state_actor: bool = False  # the acting side is a state's armed forces
    bare_attack: bool = False  # the attack words are only "attack(ed)": no raid, storming or shooting told
    on_protest: bool = False  # the act's object is a protest ("stormed a protest camp", "fired on demonstrators")
    live_fire: bool = False  # guns fired at people ("fired live rounds at", "opened fire on"), not into the air
    aircraft_only: bool = False  # the air words only name aircraft ("deployed additional aircraft"), no strike
    aircraft_hit: bool = False  # an aircraft named is the target ("a UN helicopter came under fire"), not the weapon
    aircraft_transport: bool = False  # the aircraft carries people or aid ("a helicopter to evacuate the wounded")
    aircraft_crash: bool = False  # the aircraft named crashed ("a helicopter crashed near Gao"): lost, not striking
    riot_named: bool = False  # the text calls it a riot ("during a riot in which 33 were killed"), not "riot police"
    stones_thrown: bool = False  # the riot words are things thrown ("stone-throwing youths", "hurling rocks")
    # a crowd and police or troops are both told in the clause ("clashes between protesters and security forces")
    crowd_meets_forces: bool = False
    # the crowd was trying to storm or burn ("shot dead six protesters who were trying to break into the compound")
    crowd_storming: bool = False
    # the deaths are bodies found ("seven other bodies were found in Mbogi"): killed, not fallen in a fight
    bodies_found: bool = False


def event_type_of(sub_event_type: str) -> str:
    """The event type a sub-event type belongs to."""
    return SUB_EVENT_TYPES[sub_event_type]


def _protest_type(cues: frozenset[str], sig: ClauseSignals) -> str:
    if cues & {"riot"} or sig.actor1_kind == "rioters" or "loot" in cues or sig.crowd_storming:
        # a crowd storming or burning was no peaceful one, whatever force met it (codebook: excessive
        # force is against peaceful demonstrators)
        return "Violent demonstration"
    if sig.on_protest and sig.actor1_kind in ("military", "police") and (
            "attack" in cues or "kill" in cues and sig.deaths):
        # "security forces stormed a protest camp, opening fire on demonstrators": force on the protest
        # live rounds at a crowd are lethal force, whoever they hit (codebook: lethal or severe force)
        return "Excessive force against protesters" if sig.deaths or sig.live_fire else "Protest with intervention"
    if sig.on_protest and sig.target_kind in ("protesters", "civilians", None) and sig.actor1_kind is None \
            and "attack" in cues and not cues & {"riot", "clash"}:
        # "two protesters were shot dead when police opened fire on a crowd": the protesters are the ones hit
        return "Excessive force against protesters" if sig.deaths else "Protest with intervention"
    if "clash" in cues and (sig.actor1_kind in ("protesters", None) and sig.target_kind in ("police", "military")
                            or sig.crowd_meets_forces):
        # "protesters clashed with the police", "killed in clashes between protesters and security forces":
        # the crowd fought, whoever died
        return "Violent demonstration"
    if "attack" in cues and (sig.actor1_kind in ("protesters", "civilians") or sig.crowd
                             or sig.actor1_kind is None and sig.target_kind in ("government", "police", "military")):
        # "protesters broke through barricades and stormed the residence"; "... stormed ministries as
        # thousands of people took to the streets": the crowd is the people who stormed
        return "Violent demonstration"
    if sig.target_kind in ("police", "military") and cues & {"attack", "kill"}:
        return "Violent demonstration"  # "a police officer was stabbed to death during protests"
    if sig.deaths or sig.live_fire and sig.actor1_kind in ("military", "police") and sig.target_kind == "protesters":
        # "security forces fired live rounds and tear gas at marchers": lethal force, whoever it hit
        return "Excessive force against protesters"
    if cues & {"disperse", "arrest"} or sig.on_protest and "attack" in cues:
        return "Protest with intervention"
    return "Peaceful protest"


def _territory_type(cues: frozenset[str], sig: ClauseSignals) -> str | None:
    if sig.crowd or sig.actor1_kind in ("protesters", "rioters", "civilians"):
        return None  # "the crowd took over the Presidential Secretariat": a riot, not territory
    if "capture" in cues and "recapture" in cues:
        return "Armed clash"  # taken and retaken: changed hands too briefly to count
    if "recapture" in cues:
        if sig.actor1_kind in ARMED_KINDS - STATE_KINDS:
            return "Non-state actor overtakes territory"
        return "Government regains territory"
    if "capture" in cues:
        if sig.actor1_kind in STATE_KINDS:
            return "Government regains territory"
        return "Non-state actor overtakes territory"
    if "abandon" in cues:
        if sig.foreign_actor:
            # foreign troops leaving a base; shot at on the way out, they fought
            return "Armed clash" if sig.deaths else "Change to group/activity"
        if sig.actor1_kind in ARMED_KINDS - STATE_KINDS:
            return "Government regains territory"  # the rebels withdrew: the state holds it again
        return "Non-state actor overtakes territory"
    return None


_PROTEST_ACTS = frozenset({"disperse", "riot"})
_WEAPON_CUES = frozenset({"air", "shelling", "ied", "suicide", "grenade", "chemical", "clash", "capture", "recapture"})
_NON_STATE_CAPTORS = frozenset({"rebel", "political_militia", "identity_militia", "unidentified"})


def _violence_type(cues: frozenset[str], sig: ClauseSignals) -> str | None:
    if "attack" in cues and not cues & (_WEAPON_CUES | {"clash"}) and sig.foreign_actor and sig.state_actor \
            and sig.bare_attack and sig.target_kind not in ARMED_KINDS:
        # "a Russian attack on the hypermarket", "Russian forces attacked Kherson": an invading state's
        # army hits towns from afar; the weapon, when the story names it, is settled later
        return "Shelling/artillery/missile attack"
    if cues >= {"clash", "shelling"} and not sig.civilian_victims and sig.target_kind != "civilians":
        return "Armed clash"  # "fierce fighting, where forces used tanks and artillery to push back X"
    for cue, sub in _EXPLOSIVE_ORDER:
        if cue in cues:
            if "defuse" in cues and not sig.deaths:
                return "Disrupted weapons use"  # bomb defused, drones shot down
            return sub
    if "defuse" in cues and not cues & {"attack", "clash"}:
        return "Disrupted weapons use"
    if "sexual" in cues:
        return "Sexual violence"
    if "abduct" in cues and not ("kill" in cues and sig.deaths):
        # "killed at least 140 people, abducting scores of children": the killing is the graver act
        return "Abduction/forced disappearance"
    armed_target = sig.target_kind in ARMED_KINDS
    if "mob" in cues:
        return "Mob violence"
    if (sig.crowd or sig.actor1_kind in ("rioters", "protesters")) and cues & {"clash", "attack"}:
        return "Violent demonstration"  # a crowd fighting the police
    if "clash" in cues and sig.actor1_kind is None and sig.target_kind in ("rioters", "protesters"):
        return "Violent demonstration"  # "supporters of unity clashed with pro-Russian activists": crowds, no arms told
    # "shot dead as stone-throwing youths confronted soldiers": a crowd fought with stones, not an
    # armed group with guns
    stones_fight = sig.stones_thrown and sig.actor1_kind in STATE_KINDS | {None, "rioters", "protesters"} and (
        "clash" in cues or bool(cues & {"attack", "kill"}) and not sig.civilian_victims)
    if stones_fight or "clash" in cues and sig.target_kind == "rioters" and sig.actor1_kind in STATE_KINDS:
        return "Violent demonstration"
    if "clash" in cues and sig.ambush_only and sig.civilian_victims and sig.target_kind not in ARMED_KINDS:
        return "Attack"  # "gunmen ambushed a convoy carrying mine workers, killing 37": on civilians
    if "clash" in cues or sig.foiled and "attack" in cues:
        return "Armed clash"
    if sig.riot_named and "riot" in cues and "attack" not in cues:
        return "Violent demonstration"  # "33 people were killed during a riot": the deaths are the riot's
    if cues & {"attack", "kill"}:
        if sig.actor1_kind in ("rioters", "protesters") or "mob" in cues:
            return "Mob violence"
        if sig.actor1_kind == "civilians" and "attack" in cues:
            return "Mob violence"  # "angry residents attacked journalists": a crowd, not an armed group
        if armed_target and not sig.civilian_victims:
            return "Armed clash"
        if sig.civilian_victims or sig.target_kind == "civilians":
            return "Attack"
        if "attack" in cues:
            return "Attack" if sig.target_kind is None and sig.actor1_kind in ARMED_KINDS else "Armed clash"
        if not sig.deaths:
            return None
        # a toll with unknown victims: armed men killing someone, or bodies found, is violence against civilians
        return "Attack" if sig.target_kind is None and (sig.actor1_kind in ARMED_KINDS or sig.bodies_found) \
            else "Armed clash"
    return None


def classify(cues: frozenset[str], sig: ClauseSignals = ClauseSignals()) -> str | None:
    """The sub-event type the cues of one clause report, or None."""
    if "arrest" in cues and "attack" in cues and sig.actor1_kind in ("police", "military") and not sig.deaths \
            and not cues & (_WEAPON_CUES | {"clash", "kill", "protest", "riot", "loot"}):
        return "Arrests"  # "Police detained Imamoglu in a dawn raid on his home": the raid is how he was taken
    if "air" in cues and sig.aircraft_only and cues & {"withdraw", "mobilise"} and not sig.deaths \
            and not cues & {"attack", "kill", "clash", "shelling"}:
        cues = cues - {"air"}  # "the Air Force deployed additional aircraft to Yobe": a movement, no strike
    if "air" in cues and sig.aircraft_only and sig.aircraft_transport and not sig.deaths:
        cues = cues - {"air"}  # "sent peacekeepers and a helicopter to evacuate the wounded": no strike
    if "air" in cues and sig.aircraft_only and sig.aircraft_crash and not cues & (_WEAPON_CUES - {"air"} | {"attack", "defuse"}):
        return None  # "a military helicopter crashed, killing four crew": an accident, no one struck
    if "air" in cues and sig.aircraft_only and sig.aircraft_hit and "defuse" not in cues:
        cues = cues - {"air"}  # "a UN helicopter came under fire, killing a crew member": whoever fired fought it
    gunbattle = "clash" in cues and sig.actor1_kind in _NON_STATE_CAPTORS and not cues & _PROTEST_ACTS \
        and not sig.crowd  # "gunmen opened fire on supporters headed to a protest, sparking gunbattles"
    if "protest" in cues and sig.actor1_kind in _NON_STATE_CAPTORS | {"military"} and not cues & _PROTEST_ACTS \
            and (sig.target_kind != "protesters" or gunbattle) and not sig.crowd \
            and not (sig.on_protest and (sig.actor1_kind == "military" or sig.live_fire and sig.actor1_kind != "unidentified")):
        # (troops storming a sit-in, "STC forces opened fire on a protest in Crater": force on a protest by
        # the group that holds the town; unknown gunmen firing on a rally attack civilians)
        cues = cues - {"protest"}  # "armed groups from Misrata rallied against his advance": no demonstration
        if not cues:
            return None
    if sig.on_protest and (sig.actor1_kind in ("military", "police") or sig.actor1_kind is None and sig.live_fire) \
            and cues & {"attack", "arrest", "kill"} and not cues & _WEAPON_CUES:
        # "security forces opened fire on a march", "arrested activists who tried to march": force on a protest;
        # "one man was shot dead when security forces fired on a crowd": the dead are the crowd's
        cues = cues | {"protest"}
    if "protest" in cues or "disperse" in cues and not cues & _WEAPON_CUES:
        return _protest_type(cues, sig)  # tear gas and water cannon are only ever fired at crowds
    if "transfer" in cues and not cues & {"capture", "recapture", "clash"}:
        return "Non-violent transfer of territory"  # handed over: no force
    territory = _territory_type(cues, sig)
    if territory is not None:
        return territory
    if "cross_border" in cues and sig.actor1_kind != "civilians":
        return "Other"  # forces fleeing abroad (residents who fled are no event)
    if "transfer" in cues:
        return "Non-violent transfer of territory"
    if "agreement" in cues:
        return "Agreement"
    violence = _violence_type(cues, sig)
    if violence is not None:
        return violence
    if cues & {"riot"}:
        if sig.actor1_kind in _NON_STATE_CAPTORS | {"military", "police"} or (
                sig.actor1_kind is None and not sig.crowd and sig.arson_only):
            # "the attackers set several houses on fire", "Houses were set on fire": no crowd told
            return "Looting/property destruction"
        return "Violent demonstration" if sig.actor1_kind != "civilians" else "Mob violence"
    if "mob" in cues:
        return "Mob violence"
    if "loot" in cues and "arrest" not in cues and (sig.crowd or sig.actor1_kind in ("rioters", "protesters")):
        # "looters broke into a food store", "crowds looted the depot": a crowd's riot, not a fighters' plunder
        # ("men in RSF uniforms and armed civilians looted shops" stays plunder)
        return "Violent demonstration"
    if "arrest" in cues:
        # Arrests are the state's; an armed group "detaining" someone abducts them
        return "Abduction/forced disappearance" if sig.actor1_kind in _NON_STATE_CAPTORS else "Arrests"
    if "base" in cues:
        return "Headquarters or base established"
    if "transfer" in cues:
        return "Non-violent transfer of territory"
    if "loot" in cues:
        return "Looting/property destruction"
    if cues & {"withdraw", "mobilise"}:
        return "Change to group/activity"
    return None
