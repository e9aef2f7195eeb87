"""Sentences that add to an event already told, instead of telling a new one.

"The attack killed 18" (a detail of the event just told), "The attacks took
place in the villages of A and B" (its places), "These were one district in
Herat, two in Farah" (its counted units), "blamed the attack on X, saying it
was carried out with missiles" (its weapon), "Troops returned fire, killing
four attackers" (an unplaced follow-up). extract.py asks these questions of
each sentence in article order; the answers only read the ArticleContext.
"""
from __future__ import annotations

import re
from dataclasses import replace

from transforms.actors import ActorMatch
from transforms.event_dates import resolve_event_date
from transforms.extract_context import (LOOKBACK_SENTENCES, ArticleContext, fallback_places, named_places,
                                        usable_places)
from transforms.extract_draft import candidates_for
from transforms.extract_merge import Candidate
from transforms.fatalities import TOLL_UPDATE, FatalityCount
from transforms.place_mentions import scan_places
from transforms.sentences import Sentence

# "The attack killed 18", "Police confirmed the attack but said...": early in the sentence
ELABORATION = re.compile(
    r"^(?:\W*[\w'’-]+){0,7}?\W*\b(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:\w+\s+)?(?:attack|assault|siege|raid|blast|explosion|bombing|fighting|"
    r"clashes|attackers|assailants|ambush|massacre|incident)\b"
    # "One student ... was shot dead during that attack": wherever it stands
    r"|\b(?:during|in)\s+(?:that|this|the\s+same)\s+(?:attack|assault|raid|ambush|bombing|incident)\b"
    r"|\bduring\s+the\s+(?:attack|assault|raid|ambush|fighting|clashes|siege)\b")
# "31 killed in the strikes overall": a sum of several events, no one event's toll
OVERALL = re.compile(r"\b(?:overall|in\s+total|in\s+all|altogether|combined|nationwide|across\s+the\s+country)\b",
                     re.IGNORECASE)


def updates_the_toll(sentence: Sentence) -> bool:
    """'..., bringing the toll to 10' / 'died of his wounds': the toll of an event told before."""
    return bool(TOLL_UPDATE.search(sentence.text))


# "The attacks took place in the villages of A and B": where the event just told happened
_TOOK_PLACE = re.compile(
    # "The latest attack took place on Friday": the next of a series, not the one just told
    # "AFRICOM said the strike was carried out Saturday in the vicinity of Tortoroow": told by a source
    r"^(?:[^.;]{0,100}?\b(?:said|says|added|stated|confirmed)\s+(?:that\s+)?(?=the\s))?"
    r"\W*(?:[Tt]he|These|Those|Both)\s+(?!(?:latest|new|fresh|next|second|third|fourth|fifth|most\s+recent)\b)"
    r"(?:\w+\s+)?(?:attacks?|killings|massacres?|raids?|assaults?|bombings?|strikes?|air\s?strikes?|"
    r"clashes|fighting|ambush(?:es)?|abductions?|kidnappings?)\s+(?:took\s+place|happened|occurred|(?:was|were)\s+carried\s+out|"
    r"hit|targeted)\s+(?:(?:on\s+|late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?(?:in|at|on|near)\b")


def places_of_told_event(sentence: Sentence, places: list, scan, ctx: ArticleContext) -> list[Candidate]:
    """The event told just before, at the places this sentence names for it (no toll: the one
    told covered them all)."""
    if ctx.last_draft is None or not places or not _TOOK_PLACE.match(sentence.text):
        return []
    index, draft = ctx.last_draft
    if sentence.index - index > LOOKBACK_SENTENCES:
        return []
    listed = [h for h in places if h.listed] or places[:1]
    told = replace(draft, fat=FatalityCount(0, 0, 0, False))
    own = resolve_event_date(sentence.text, ctx.published, default_to_published=False)
    if own.is_explicit and own.time_precision == 1 == draft.date.time_precision and own.event_date is not None \
            and draft.date.event_date is not None and abs((own.event_date - draft.date.event_date).days) > 1:
        return []  # "The attack took place on Friday" after Tuesday's abduction: another event, told next
    ctx.event_places.setdefault(sentence.index, []).extend(listed)
    if own.is_explicit and own.event_date is not None and own.time_precision < draft.date.time_precision:
        # "The killings took place on Monday, Jan. 29": the day of the event told "last week" (a
        # day already told stays: the retelling must still merge with it)
        told = replace(told, date=own, firm_date=True)
    return candidates_for(told, [h.mention for h in listed], sentence, ctx, fallback_places(list(scan.hits), sentence, ctx))


def list_continuation(sentence: Sentence, ctx: ArticleContext) -> list[Candidate]:
    """'These were one district in Herat, two in Farah': places for the previous event."""
    draft = ctx.pending.get(sentence.index - 1)
    if draft is None:
        return []
    scan = scan_places(sentence.text)
    counted = [h.mention for h in scan.hits if h.mention.count and not h.destination]
    return candidates_for(draft, counted, sentence, ctx) if counted else []


# "The bus, one of two travelling in a convoy ..., was hit in the Dringarh area of Mastung district":
# where the thing the event just told struck was when it was struck
_STRUCK_AT = re.compile(r"^\W*The\s+[^.;]*?\b(?:was|were)\s+(?:hit|struck|attacked|targeted|ambushed|bombed|shelled|"
                        r"blown\s+up|ripped\s+apart)\s+(?:(?:in|at|near|on)\s+|outside\s+|just\s+outside\s+)")


def place_of_unplaced_event(sentence: Sentence, ctx: ArticleContext) -> list[Candidate]:
    """The event the sentence before told without a place, at the place this sentence says its
    target was struck (a sentence with no trigger of its own)."""
    draft = ctx.pending.get(sentence.index - 1)
    match = _STRUCK_AT.match(sentence.text) if draft is not None else None
    if match is None:
        return []
    scan = ctx.scans.get(sentence.index)
    after = [h for h in usable_places(scan.hits) if h.start >= match.end() and not h.is_parent] if scan else []
    if not after:
        return []
    ctx.event_places.setdefault(sentence.index, []).append(after[0])
    return candidates_for(draft, [after[0].mention], sentence, ctx)


def elaborates(sentence: Sentence, ctx: ArticleContext) -> bool:
    """'The attack began with...', 'The fighting killed 15': more about the last event."""
    if sentence.index in ctx.retold:
        return True
    own = named_places(sentence.index, ctx)
    return not own and bool(ELABORATION.search(sentence.text))


# "The attack on Thursday", "The strike late on Sunday night": the day told with the noun
_DAY_AFTER_THE_NOUN = 30


# "The violence erupted at dawn on Wednesday in Ndosho, in western Goma": the crackdown just told, with its day
_TOLD_VIOLENCE = re.compile(r"^\W*(?:The|That|This)\s+(?:\w+\s+)?(?:violence|killings|shooting|crackdown)\b")


def _retold_at_its_place(sentence: Sentence, ctx: ArticleContext, told: list[Candidate]) -> bool:
    """The sentence opens on the told event by a noun naming no act of its own, or by one naming an act
    and the place it was told at."""
    scan = ctx.scans.get(sentence.index)
    # (the town itself, or the town a quarter of it is told in: "in the Ndosho neighbourhood in western Goma")
    own = {h.mention.name for h in scan.hits if not h.destination and h.mention.kind != "country"} \
        if scan is not None else set()
    at = {c.mention.location.name for c in told if c.mention.location is not None}
    # "The violence" names no act of its own (no cue word): it can only be the one told
    return bool(_TOLD_VIOLENCE.match(sentence.text)) or bool(own & at) and bool(ELABORATION.match(sentence.text))


def day_of_told_event(sentence: Sentence, ctx: ArticleContext, found: list[Candidate], since: int) -> list[Candidate]:
    """'A drone attack on Kalogi killed dozens, an official told AFP on Sunday. The attack on
    Thursday involved three strikes': the day of the event just told (the candidates found from
    offset `since`), which only the report's day had dated. `found` comes back with those
    redated, or as given when the sentence names no day of its own (or a later one), or the
    event already had one."""
    told = [c for c in found if c.mention.char_start >= since]
    if not told or any(c.explicit_date for c in told) or not (elaborates(sentence, ctx) or _retold_at_its_place(
            sentence, ctx, told)):
        return found
    noun = ELABORATION.search(sentence.text) or _TOLD_VIOLENCE.search(sentence.text)
    own = resolve_event_date(sentence.text, ctx.published, default_to_published=False)
    held = told[0].mention.event_date
    if noun is None or not own.is_explicit or own.time_precision != 1 or own.event_date is None or held is None \
            or not 0 < (held - own.event_date).days <= 7 \
            or own.expression not in sentence.text[noun.end():noun.end() + _DAY_AFTER_THE_NOUN]:
        return found  # "The protests came a week after ... its February 10 deadline": another day's
    day = dict(event_date=own.event_date, date_start=own.date_start or own.event_date, time_precision=1)
    # a sentence no act word had parsed now tells the story's day: what follows goes on with it
    ctx.dates.setdefault(sentence.index, (own, True))
    return [replace(c, explicit_date=True, mention=replace(c.mention, **day)) if c.mention.char_start >= since else c
            for c in found]


def weapon_of_told_event(new: list[Candidate], found: list[Candidate], sentence: Sentence,
                          ctx: ArticleContext) -> int | None:
    """'22 killed when explosions struck the airport' ... 'blamed the attack on the Houthis, saying
    it had been carried out with missiles': the weapon of the event pointed back at, not a new
    strike. The index in `found` of that event (told without its weapon, a few sentences
    back), else None."""
    if sentence.index not in ctx.points_back or not all(c.mention.event_type == "Explosions/Remote violence"
                                                        and not c.vague_weapon for c in new):
        return None
    for i in range(len(found) - 1, -1, -1):
        held = found[i]
        if held.vague_weapon and held.mention.char_start >= ctx.sentences[max(0, sentence.index - 2 * LOOKBACK_SENTENCES)].start:
            return i
    return None


def unplaced_follow_up(new: list[Candidate], held: Candidate, sentence: Sentence, ctx: ArticleContext) -> bool:
    """'Troops returned fire, killing four attackers': no place, no date of its own.

    Right after an event this is more of the same story; a country-level
    tally needs its own period ('in the last 24 hours') to stand alone. A
    bare toll ('11 others were killed elsewhere') with no place and no date
    of its own is detail too, whatever type it would guess.
    """
    if all(c.mention.location is None and not c.explicit_date
           and c.mention.event_type == held.mention.event_type for c in new):
        return True
    own = named_places(sentence.index, ctx)
    weak_only = not any(t.strong for t in ctx.triggers.get(sentence.index, []))
    if not weak_only or own:
        return False
    if all(c.mention.event_date == held.mention.event_date and not c.actor1_named and c.mention.location is not None
           for c in new):
        return True  # "At least 15 people were killed on Sunday": the toll of the day's event just told
    # the date carried over from the sentence before does not count: it has to be its own
    return not resolve_event_date(sentence.text, ctx.published, default_to_published=False).is_explicit


# "The newly formed Tehreek-i-Jihad Pakistan claimed that attack", "IS-K claimed responsibility"
_CLAIMED = re.compile(r"\bclaim(?:ed|s)\s+(?:responsibility\s+for\s+)?(?:the|that|this|these|those|[A-Z]\w+'s)?\s*"
                      r"(?:\w+\s+)?(?:attacks?|bombings?|blasts?|assaults?|ambush(?:es)?|killings?|raids?|explosions?|"
                      r"strikes?|massacres?|kidnappings?|abductions?)\b|\bclaimed\s+responsibility\b")
_CLAIMANT_KINDS = frozenset({"rebel", "political_militia", "identity_militia"})
_OFFSET_BEFORE = re.compile(r"\b(?:after|before|since)\b[^,.;]*$", re.IGNORECASE)
# "Hezbollah also claimed a drone attack on a base near Binyamina": a new event, claimed as told
_CLAIMED_NEW = re.compile(r"\bclaim(?:ed|s)\s+(?:responsibility\s+for\s+)?an?\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:attacks?|strikes?|bombings?|ambush|raid|assault|rocket|missile|drone)", re.IGNORECASE)


def claimed_as_told(sentence: Sentence, ctx: ArticleContext, new: list[Candidate]) -> list[Candidate]:
    """The events a sentence tells while saying who claimed them ("X claimed a drone attack on
    a base ... that the army said killed four soldiers"): the claimant is their attacker, and the
    side the words had put first is the one attacked."""
    match = _CLAIMED_NEW.search(sentence.text) if new else None
    strong = [t.start for t in ctx.triggers.get(sentence.index, []) if t.strong]
    if match is None or (strong and min(strong) < match.start()):
        return new  # "Air strikes hit Sanaa, a day after the movement claimed an attack on X": the claim is an aside
    before = [a for a in ctx.actors_in(sentence) if a.end <= match.start() and a.kind in _CLAIMANT_KINDS]
    if not before:
        return new
    claimant = before[-1]
    out = []
    for c in new:
        m = c.mention
        if m.actor1 == claimant.name:
            out.append(c)
            continue
        hit = m.actor2 or (m.actor1 if m.inter1 in (1, 2, 8) else "")
        hit_inter = m.inter2 if m.actor2 else (m.inter1 if hit else None)
        out.append(replace(c, mention=replace(m, actor1=claimant.name, inter1=claimant.inter, actor2=hit,
                                              inter2=hit_inter), actor1_named=True))
    return out


def claimed_by(sentence: Sentence, ctx: ArticleContext) -> ActorMatch | None:
    """The named group a sentence says claimed the event told just before, else None."""
    match = _CLAIMED.search(sentence.text)
    if match is None or _OFFSET_BEFORE.search(sentence.text[:match.start()]):
        return None  # "strikes hit Sanaa, a day after the Houthis claimed a drone attack on X": an aside
    before = [a for a in ctx.actors_in(sentence) if a.end <= match.start() and a.kind in _CLAIMANT_KINDS]
    return before[-1] if before else None


def credit_the_claim(found: list[Candidate], claimant: ActorMatch, since: int) -> list[Candidate]:
    """The event told since offset `since` whose attackers the text did not name is the
    claimant's ("nine soldiers were killed when terrorists attacked the Zhob garrison. Five
    attackers were killed. The newly formed TJP claimed that attack"): the unnamed attacking
    side of each of its mentions (the place of the latest one) becomes the claimant."""
    recent = [i for i, c in enumerate(found) if c.mention.char_start >= since and c.mention.event_type in _CLAIMABLE]
    if not recent:
        return found
    place = found[recent[-1]].mention.location
    found = list(found)
    for i in recent:
        c = found[i]
        m = c.mention
        if m.location != place:
            continue
        if m.inter1 in (1, 8) and m.actor2 and m.inter2 not in (1, 7, 8):
            # the forces' side of the same fight: the attackers are actor2
            found[i] = replace(c, mention=replace(m, actor2=claimant.name, inter2=claimant.inter))
        elif not c.actor1_named:
            found[i] = replace(c, mention=replace(m, actor1=claimant.name, inter1=claimant.inter), actor1_named=True)
    return found


_CLAIMABLE = frozenset({"Violence against civilians", "Explosions/Remote violence", "Battles"})
