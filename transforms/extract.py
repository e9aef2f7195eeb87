"""Event extraction: cleaned articles -> event mentions (codebook sections 1-6).

Cheap first: a regex splitter cuts body text into sentences, the trigger
lexicon picks candidate sentences, and only those are parsed (one
`nlp.pipe` over the whole batch). Each clause with a kept trigger becomes
one mention per place it names (codebook granularity rules 1-2); mentions
of the same event within the article are merged.

Who is who: the dependency parse gives roles (extract_roles), the sub-event
type settles them (extract_actors). Where: place mentions under the clause,
else its coordinated clause, else the story's context (extract_context).
When: extract_dates - "said on Sunday" counts as the event date when
nothing closer dates the act (for same-day wire copy the statement day is
the best anchor), but a firm date retold elsewhere in the article wins.
Not events: not_events, plus background (> 30 days), month-long tallies,
headlines (they retell the body) and details of the event just told ("The
attack killed 18" adds a toll, not an event).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Protocol, Sequence

from transforms.actors import find_actors
from transforms.countries import find_countries_in_text, main_country
from transforms.extract_actors import NAMED_GROUP_KINDS
from transforms.extract_clauses import (Clause, actors_in_clause, clause_text, clause_text_without_asides,
                                       find_clauses)
from transforms.extract_context import (LOOKBACK_SENTENCES, ArticleContext, article_country,
                                        dominant_group, hostile_foreign_force, drop_actor_names,
                                        fallback_places, framing_places, inherited_places, is_abroad, story_place,
                                        named_units, pick_places, places_named_between,
                                        units_named_between,
                                        bare_forces_to_occupier, place_country_votes, usable_places)
from transforms.extract_dates import clause_date, date_outside_asides, sentence_date
from transforms.extract_draft import candidates_for, draft_clause, finds_bodies_elsewhere, mention_id, verb_of
from transforms.extract_followups import (OVERALL, claimed_as_told, claimed_by, credit_the_claim, day_of_told_event,
                                         elaborates, list_continuation, place_of_unplaced_event, places_of_told_event,
                                         unplaced_follow_up, updates_the_toll, weapon_of_told_event)
from transforms.extract_merge import Candidate, absorb_detail, lead_retold, merge_candidates
from transforms.extract_same_event import retells_the_event
from transforms.extract_story import (attribute_unnamed_strikes, drop_retreats_of_a_capture, drop_summary_tolls,
                                     name_vague_weapons)
from transforms.not_events import (has_old_year, is_background, is_future, is_long_aggregate,
                                   is_told_as_background)
from transforms.fatalities import tolls_by_place
from transforms.place_mentions import scan_places
from transforms.records import STATUS_OK, CleanedArticle, EventMention
from transforms.sentences import Sentence, quoted_spans, split_sentences
from transforms.triggers import Trigger, find_triggers

_SIDE_CUES = frozenset({"withdraw", "mobilise"})
# bombs, shells and drones kill from afar: never the force used on a crowd
_REMOTE_WEAPON_CUES = frozenset({"air", "shelling", "ied", "suicide"})


class Extractor(Protocol):
    """What the flow needs: a batch of articles in, one list of mentions per article out."""

    def extract(self, articles: Sequence[CleanedArticle]) -> list[list[EventMention]]: ...


class RuleExtractor:
    """The default, offline extractor: lexicon + dependency rules.

    `place_country` (optional) maps a place name to the one country it denotes
    (`Gazetteer.country_of_place`); with it, where an article's places lie
    helps decide the article's country.
    """

    def __init__(self, nlp, place_country: Callable[[str], str | None] | None = None) -> None:
        self.nlp = nlp
        self.place_country = place_country

    def extract(self, articles: Sequence[CleanedArticle]) -> list[list[EventMention]]:
        """One list of mentions per article, in the same order."""
        plans = [_plan(a, self.place_country) for a in articles]
        wanted = [(p, s.index) for p in plans for s in p.candidates]
        docs = self.nlp.pipe([p.sentences[i].text for p, i in wanted], batch_size=256)
        for (plan, index), doc in zip(wanted, docs):
            plan.docs[index] = doc
        return [_mentions(p) for p in plans]


def extract_mentions(article: CleanedArticle, nlp,
                     place_country: Callable[[str], str | None] | None = None) -> list[EventMention]:
    """The mentions of one article (see RuleExtractor)."""
    return RuleExtractor(nlp, place_country).extract([article])[0]


@dataclass
class _Plan:
    article: CleanedArticle
    sentences: list[Sentence]
    candidates: list[Sentence]
    triggers: dict[int, list[Trigger]]
    docs: dict[int, object] = field(default_factory=dict)
    country_mentions: list = field(default_factory=list)
    guess: object = None  # main_country of the body
    actors: list = field(default_factory=list)  # find_actors of the body under `guess`
    place_votes: Counter = field(default_factory=Counter)  # country -> place names there


# a toll needs a number: digits or a number word ("two", "dozens", "scores")
_NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
                     r"thirty|forty|fifty|hundreds?|thousands?|dozens?|scores|several|many|a\s+dozen)\b",
                     re.IGNORECASE)


# "The governor ... was killed": one death, told without a number
_ONE_DEATH = re.compile(r"\b(?:was|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:killed|shot\s+dead|assassinated)\b")


def _plan(article: CleanedArticle, place_country: Callable[[str], str | None] | None = None) -> _Plan:
    if article.status != STATUS_OK or not article.body_text:
        return _Plan(article, [], [], {})
    sentences = split_sentences(article.body_text)
    triggers = {s.index: find_triggers(s.text) for s in sentences}
    # One actor and one country pass over the whole body (much cheaper than per sentence).
    country_mentions = find_countries_in_text(article.body_text)
    guess = main_country(article.body_text)
    actors = find_actors(article.body_text, guess.iso2 if guess else None)
    triggers = {s.index: _outside_group_names(s, triggers[s.index], actors) for s in sentences}
    candidates = [s for s in sentences if triggers[s.index] and not _is_headline(s, sentences)
                  and _worth_parsing(s, triggers[s.index], actors)]
    votes = place_country_votes(article.body_text, place_country) if place_country else Counter()
    return _Plan(article, sentences, candidates, triggers, {}, country_mentions, guess, actors, votes)


# "members of the Popular Mobilization Forces were wounded": a word of a group's name is no act
_NAMED_GROUP_KINDS = NAMED_GROUP_KINDS | {"external"}  # "external": NATO, UN missions, Wagner


def _outside_group_names(sentence: Sentence, triggers: list[Trigger], actors: list) -> list[Trigger]:
    names = [(a.start - sentence.start, a.end - sentence.start) for a in actors
             if a.kind in _NAMED_GROUP_KINDS and sentence.start <= a.start < sentence.end]
    # capitalised: a word of the name ("Mobilization"), not of the members told ("al-Shabaab suicide bomber")
    return [t for t in triggers if not (t.start > 0 and t.text[:1].isupper()
                                        and any(start <= t.start and t.end <= end for start, end in names))]


def _worth_parsing(sentence: Sentence, triggers: list[Trigger], actors: list) -> bool:
    """Weak cues only ('killed', 'fighting') become an event with a toll or two sides.

    Parsing is most of the cost; a weak-only sentence without a number and
    with fewer than two actors can yield nothing (see draft_clause).
    """
    if any(t.strong for t in triggers) or _NUMBER.search(sentence.text) or _ONE_DEATH.search(sentence.text):
        return True
    return sum(1 for a in actors if sentence.start <= a.start < sentence.end) >= 2


def _is_headline(sentence: Sentence, sentences: list[Sentence]) -> bool:
    """A headline or sub-heading: a whole line without a full stop.

    It retells the body in shorthand ("Taliban seize key districts"), with
    no date or place detail, and would only add duplicates.
    """
    if len(sentences) < 2 or sentence.text.rstrip().endswith((".", "!", "?", "”", '"', "’")):
        return False
    whole_line = all(s.paragraph != sentence.paragraph for s in sentences if s.index != sentence.index)
    # a long title still is one when only unpunctuated lines (site name, menu) come before it
    in_header = all(not s.text.rstrip().endswith((".", "!", "?")) for s in sentences[:sentence.index])
    return whole_line and (sentence.index == 0 or len(sentence.text.split()) <= 18 or in_header)


def _drop_side_activity(clauses: list[Clause]) -> list[Clause]:
    """'took the town after troops withdrew': the withdrawal is part of the capture story."""
    main = [c for c in clauses if c.cues - _SIDE_CUES]
    return main if main else clauses


# "The attack is the deadliest since ...", "The Hayat attack was the first major assault in
# Mogadishu since ...": a comment ranking the event told, and whatever it is compared with is
# background; never a new event
_RANKS_THE_TOLD_EVENT = re.compile(
    r"^\W*(?:The|This|That)\s+(?:[\w'’-]+\s+){0,3}?(?:attack|assault|strikes?|airstrikes?|bombing|blast|explosion|"
    r"massacre|killings?|raid|ambush|violence|fighting|clashes|abductions?|kidnappings?)\s+"
    r"(?:(?:on|in|at|against)\s+(?:the\s+)?[A-Z][\w'’-]*\s+)?"
    r"(?:is|was|were|are|marks?|marked|represents?|became|"
    r"has\s+been|had\s+been)\s+(?:\w+\s+){0,3}?(?:deadliest|worst|bloodiest|biggest|largest|first|latest|most|second|"
    r"third|heaviest|single)\b"
    # "It is the second major attack in the North-east in less than a week"
    r"|^\W*(?:It|This|That)\s+(?:is|was|marks|marked|became)\s+(?:the\s+)?(?:\w+\s+){0,2}?"
    r"(?:deadliest|worst|bloodiest|biggest|largest|first|latest|second|third|fourth|fifth|heaviest)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:attack|assault|strike|bombing|blast|massacre|raid|ambush|incident)s?\b")
# "Friday night's bombing at the hotel, which left 32 dead, was the worst attack in Mogadishu since
# October 2022, when twin car bombs killed 121": the told event ranked, and an old one recalled
_RANKED_AS = re.compile(r"\b(?:is|was|were|has\s+been|had\s+been|became)\s+(?:\w+\s+)?(?:the\s+)?"
                        r"(?:deadliest|worst|bloodiest|biggest|largest|heaviest)\s+(?:\w+\s+){0,2}?"
                        r"(?:attack|assault|bombing|strike|massacre|violence|incident|day)s?\b", re.IGNORECASE)


# "..., surpassing the April 4 missile strike on Kryvyi Rih": what a ranking compares the told event with
# (or "... since March 2, when a drone hit ...")
_COMPARED_WITH = re.compile(r"\b(?:surpassing|eclipsing|exceeding|overtaking|topping|outstripping)\s+"
                            r"|\bsince\s+[^,.;]{3,40},\s+when\s+")


def _ranked_as_subject(text: str) -> bool:
    """The sentence's subject is ranked ("X ..., which left 32 dead, was the worst attack since
    ..."), not a clause added to an act it tells ("Gunmen killed 30 people ..., which was the
    deadliest attack in the province")."""
    match = _RANKED_AS.search(text)
    return match is not None and not re.search(r"\b(?:which|what|that)\s+(?:[\w'’]+\s+){0,3}$",
                                                  text[max(0, match.start() - 40):match.start()])


# ", in an attack that Israel said targeted X", "in an assault claimed by Y": the main clause's
# event named again, with no act of its own
_IN_AN_ATTACK = re.compile(r"\bin\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:attack|assault|operation|strike|raid)\s*$",
                           re.IGNORECASE)


def _drop_retold_in_apposition(clauses: list[Clause], text: str) -> list[Clause]:
    """'An Israeli airstrike ... has killed dozens, ..., in an attack that Israel said targeted
    Mohammed Deif': the second clause is the first one's event, not another."""
    if len(clauses) < 2:
        return clauses
    def retold(c: Clause) -> bool:
        return all(_IN_AN_ATTACK.search(text[:t.end]) for t in c.triggers)
    kept = [c for c in clauses if not retold(c)]
    return kept if any(c.strong for c in kept) else clauses


# "In Peshawar, hundreds gathered at Hashtnagri and marched ...": a place set before the first comma
def _sibling_places(clause: Clause, clauses: list[Clause], by_head: dict) -> list:
    """Places of the clause this one is coordinated with, else of the nearest other clause."""
    if clause.conj_of is not None and clause.conj_of.i in by_head:
        return list(by_head[clause.conj_of.i].places)
    if "cross_border" in clause.cues:
        return []  # "fled abroad as rebels took X": X is not where they crossed
    placed = [c for c in clauses if c is not clause and c.triggers and c.places and "cross_border" not in c.cues]
    placed.sort(key=lambda c: abs(c.start - clause.start))
    return list(placed[0].places) if placed else []


# a crowd's act told with no place goes on where the story was; other unplaced acts were too often
# statements, orders and condemnations ("directed the forces to arrest those who opened fire")
_CROWD_ACTS = frozenset({"Peaceful protest", "Protest with intervention", "Excessive force against protesters",
                         "Violent demonstration"})


def _told_in_past(clause: Clause) -> bool:
    """'Police fired tear gas': an act told in the simple past (or passive), not 'have been
    crossing' nor 'say'; only such an act goes on where the story was."""
    head = clause.head
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("have", "has", "'ve", "will", "would") for c in head.children):
        return False
    return head.tag_ == "VBD" or head.tag_ == "VBN" and any(c.lower_ in ("was", "were") for c in head.children)


def _pronouns_of_the_sentence_before(doc, index: int, ctx: ArticleContext, actors: list) -> list:
    """Stand-ins for the pronouns that point at the sides of the event the sentence just before told:
    'they' acting is the side that acted ("In Lviv, protesters seized the administration. In
    Ivano-Frankivsk, they stormed ..."); 'N of them' suffering it is the side that suffered ("soldiers
    detained thirty young men. Three of them were shot dead")."""
    if ctx.last_draft is None or ctx.last_draft[0] != index - 1:
        return []
    told = ctx.last_draft[1]
    suffered = told.acted_on or told.settled.actor2
    acts = {t.start for t in ctx.triggers[index]}
    out = []
    for t in doc:
        if any(a.start <= t.idx for a in actors):
            break  # an actor told before the pronoun in its own sentence is what it stands for
        if t.lower_ == "they" and t.dep_ == "nsubj" and t.head.idx in acts and told.subject is not None:
            out.append(replace(told.subject, start=t.idx, end=t.idx + len(t)))
        elif t.lower_ == "them" and t.dep_ == "pobj" and t.head.lower_ == "of" \
                and t.head.head.dep_ in ("nsubjpass", "nsubj") and suffered is not None:
            out.append(replace(suffered, start=t.idx, end=t.idx + len(t)))
    return out


def _sentence_candidates(sentence: Sentence, doc, ctx: ArticleContext) -> list[Candidate]:
    ctx.current_sentence = sentence.index
    if not any(t.pos_ in ("VERB", "AUX") for t in doc) and sentence.index > 0:
        return []  # "Rescue workers at the site of a Russian attack on Kharkiv.": a photo caption, no report
    actors = ctx.actors_in(sentence)
    scan = ctx.with_towns_of_quarters(ctx.with_known_parents(drop_actor_names(scan_places(sentence.text, doc), actors)),
                                      sentence.text, sentence.index)
    # "Maru local government area" is a place, not the Government
    admin = [h for h in scan.hits if h.mention.kind not in ("place", "country")]
    actors = [a for a in actors if not any(h.start < a.end and a.start < h.end for h in admin)]
    actors = actors + _pronouns_of_the_sentence_before(doc, sentence.index, ctx, actors)
    ctx.scans[sentence.index] = scan
    compared_from = None
    if _RANKS_THE_TOLD_EVENT.match(sentence.text) or _ranked_as_subject(sentence.text):
        compared = _COMPARED_WITH.search(sentence.text)
        if compared is None:
            return []
        compared_from = compared.end()  # "..., surpassing the April 4 strike on Kryvyi Rih": that one may count
    triggers = ctx.triggers[sentence.index]
    if not is_abroad(sentence, ctx):
        # "fought near X, and villagers fled to the town": flight at home is no border crossing, and
        # must not make the fight a weak clause's colour beside it
        triggers = [t for t in triggers if t.cue != "cross_border"]
    clauses, rejected = find_clauses(doc, triggers, scan)
    if compared_from is not None:
        clauses = [c for c in clauses if min(t.start for t in c.triggers) >= compared_from]
    if rejected.get("back_reference"):
        scan = replace(scan, anaphoric=True)  # "The attack killed 18": the place is earlier
        if not any(c.strong for c in clauses):
            ctx.retold.add(sentence.index)  # "One of the strikes hit a house, killing 3": more of it
        elif not usable_places(scan.hits):
            ctx.points_back.add(sentence.index)  # "blamed the attack on X, saying it was carried out with missiles"
        if all(c.cues <= _SIDE_CUES for c in clauses):
            clauses = []  # "confirmed the fall of X, but accused troops of withdrawing": the same story
    clauses = _drop_retold_in_apposition(_drop_side_activity(clauses), sentence.text)
    # "Seventy people were killed in Tchoma Bangou ...": places the story just told go on with its date
    recent = {h.mention.name for i in range(max(0, sentence.index - LOOKBACK_SENTENCES), sentence.index)
              for h in ctx.event_places.get(i, [])}
    told_places = usable_places(scan.hits)
    continues = scan.anaphoric or bool(told_places) and told_places[0].mention.name in recent
    running_date, firm = sentence_date(sentence, ctx, continues)
    retold_at = places_of_told_event(sentence, told_places, scan, ctx)
    if retold_at:
        return retold_at
    out: list[Candidate] = []
    by_head = {c.head.i: c for c in clauses}
    for clause in clauses:
        if clause.cues == {"kill"} and _after_a_disaster(sentence, ctx):
            continue  # "The floods struck Derna ... The WHO has confirmed 3,958 deaths": no one killed them
        main_text = clause_text_without_asides(doc, clause)
        if has_old_year(main_text, ctx.published):
            continue
        date = date_outside_asides(clause_date(doc, clause, running_date, ctx.published),
                                   clause_text(doc, clause), main_text, sentence, ctx)
        if compared_from is not None and not (date.is_explicit and date.time_precision == 1):
            continue  # the event a ranking compares with counts only with its own day
        if (is_background(date.event_date, ctx.published) or is_long_aggregate(date.event_date, date.date_start)
                or is_future(date.event_date, ctx.published)
                or (date.is_explicit and is_told_as_background(verb_of(clause), date.time_precision))):
            continue
        own_places = bool(usable_places(clause.places))
        if not clause.places:
            clause.places = _sibling_places(clause, clauses, by_head)
        if not clause.places:
            clause.places = framing_places(sentence.text, scan)
        # read before places come from other sentences, whose offsets are not this sentence's
        clause_actors = actors_in_clause(doc, clause, clauses, actors)
        if not clause.places:
            clause.places = inherited_places(sentence, scan, ctx)
        # a clause dated apart from its sentence ("four days after a drone hit X on March 2") is firmly dated
        own_day = date.is_explicit and date.event_date != running_date.event_date
        # "Protesters stormed the consulate ..., and security forces opened fire ..., killing 25": the
        # toll is the clause's that tells the killing, not its neighbour's
        own = {h.mention.name for h in usable_places(clause.places)}
        toll_elsewhere = "kill" not in clause.cues and clause.cited is None and bool(own) and any(
            "kill" in c.cues and c.cited is None and {h.mention.name for h in usable_places(c.places)} - own
            for c in clauses if c is not clause)  # told at another place of its own; a cited event's toll is its own
        # "12 protesters have died since the unrest began, as security forces fired tear gas": a tally's toll
        toll_elsewhere = toll_elsewhere or ("kill" not in clause.cues and bool(rejected.get("tally_toll")))
        # "airstrikes killed 16 ..., as Baghdad protested": bombs from afar are not force on a crowd
        toll_elsewhere = toll_elsewhere or clause.cues <= {"protest"} and any(
            "kill" in c.cues and c.cues & _REMOTE_WEAPON_CUES for c in clauses if c is not clause)
        draft = draft_clause(clause, doc, clause_actors, date, firm or own_day, ctx,
                             ctx.sentences[min(sentence.index + 2, len(ctx.sentences) - 1)].end, toll_elsewhere)
        if draft is None or (draft.sub == "Change to group/activity" and not own_places):
            continue  # "Police and military were deployed": forces moving, but to nowhere the text names
        if finds_bodies_elsewhere(clause) and not scan.hits:
            continue  # "rescuers had recovered 38 bodies by Thursday": the dead of a fight or raid the story told
        places = pick_places(clause.places, clause.place_rank)
        if draft.fat.known:
            # "70 were killed in Tchoma Bangou and 30 in Zaroumdareye": each place its own event
            # a place with a toll of its own is a scene, whatever else its words looked like
            named = [h.mention for h in [*clause.places, *scan.hits]
                     if not h.source and not h.is_parent and h.mention.kind != "country"]
            named = list({m.name: m for m in named}.values())
            own_tolls = tolls_by_place(sentence.text, [m.name for m in named])
            if own_tolls is not None:
                places = [m for m in named if m.name in own_tolls]
        if draft.sub == "Other":
            places = places[:1]  # one movement of forces is one event
        if places:
            used = {p.name for p in places}
            ctx.event_places.setdefault(sentence.index, []).extend(
                h for h in clause.places if h.mention.name in used)
        if not places:
            ctx.pending[sentence.index] = draft
            # an arrest, or a truce between the sides of a fight told before, told with no place is made where
            # the story is, an act apart from the fight just told there ("... clashes in Tripoli. A ceasefire
            # was reached on Friday evening"); a deal others made is where the text says, or nowhere
            apart = draft.sub == "Arrests" or draft.ends_fight
            story = story_place(sentence, ctx, apart=apart) if (draft.sub in _CROWD_ACTS or apart) \
                and _told_in_past(clause) else []
            if story:
                places = [h.mention for h in story]
            elif draft.fat.known and draft.fat.best > 0:
                places = [None]
            else:
                continue
        fallbacks = fallback_places([*clause.places, *scan.hits], sentence, ctx)
        out.extend(candidates_for(draft, places, sentence, ctx, fallbacks))
        ctx.last_draft = (sentence.index, draft)
    return out


def _mentions(plan: _Plan) -> list[EventMention]:
    if not plan.sentences:
        return []
    art = plan.article
    country_mentions, guess, actors = plan.country_mentions, plan.guess, plan.actors
    country = article_country(art.body_text, dominant_group(actors), country_mentions, plan.place_votes)
    if country is not None and (guess is None or guess.iso2 != country.iso2):
        actors = find_actors(art.body_text, country.iso2)
    actors = bare_forces_to_occupier(actors, country)
    ctx = ArticleContext(art.article_id, art.published, country, plan.sentences, plan.triggers,
                         dominant_group(actors), hostile_foreign_force(actors, quoted_spans(art.body_text)), actors,
                         country_mentions)
    found: list[Candidate] = []
    last_index, last_count = -LOOKBACK_SENTENCES - 1, 0
    unplaced_lead: tuple[int, Candidate] | None = None  # a toll told with no place nor day of its own
    for sentence in plan.sentences:
        doc = plan.docs.get(sentence.index)
        # an event was told a few sentences back: this one may date or add to it
        just_told = bool(last_count) and sentence.index - last_index <= LOOKBACK_SENTENCES
        claimant = claimed_by(sentence, ctx)
        if claimant is not None and found:
            since = ctx.sentences[max(0, sentence.index - LOOKBACK_SENTENCES)].start
            found = credit_the_claim(found, claimant, since)
        if doc is not None:
            new = claimed_as_told(sentence, ctx, _sentence_candidates(sentence, doc, ctx))
            if not new and sentence.index in ctx.pending and elaborates(sentence, ctx):
                # "The attack began when two car bombs exploded ...": no place of its own, but
                # it tells how the event just reported was carried out
                new = candidates_for(ctx.pending[sentence.index], [None], sentence, ctx)
            if not new and just_told:
                found = day_of_told_event(sentence, ctx, found, ctx.sentences[last_index].start)
            told = weapon_of_told_event(new, found, sentence, ctx) if new else None
            if told is not None:
                found[told] = absorb_detail(found[told], new[0])
                continue
            if new and found and sentence.index - last_index <= LOOKBACK_SENTENCES and not _a_truce_after_a_fight(
                    new, found[-1]) and (elaborates(sentence, ctx) or updates_the_toll(sentence)
                                         or unplaced_follow_up(new, found[-1], sentence, ctx)):
                if last_count == 1 and not (len(found) > 1 and OVERALL.search(sentence.text)):
                    # "The attack killed 18": detail of the one event just told; "31 killed in the
                    # strikes overall" sums several, and is no one event's toll
                    for detail in new:
                        found[-1] = absorb_detail(found[-1], detail)
                continue
            if new and unplaced_lead is not None and sentence.index - unplaced_lead[0] <= 2 \
                    and retells_the_event(sentence.text):
                new[0] = lead_retold(new[0], unplaced_lead[1])
            unplaced_lead = None
            # a country-level tally stands alone only with its own period ("in the last
            # 24 hours"); an unplaced, undated toll is detail of a story told earlier
            unplaced = [c for c in new if c.mention.location is None and not c.explicit_date]
            new = [c for c in new if c.mention.location is not None or c.explicit_date]
            if unplaced and not new:
                unplaced_lead = (sentence.index, unplaced[0])
            if new:
                last_index, last_count = sentence.index, len(merge_candidates(new))  # events, not clauses
            found.extend(new)
        else:
            ctx.scans[sentence.index] = drop_actor_names(scan_places(sentence.text), ctx.actors_in(sentence))
            if just_told:
                # "The violence erupted at dawn on Wednesday in Ndosho": no act word, but the told event's day
                found = day_of_told_event(sentence, ctx, found, ctx.sentences[last_index].start)
            placed = place_of_unplaced_event(sentence, ctx)
            if placed:  # the event told the sentence before, at last placed: no unplaced copy stays
                told_from = ctx.sentences[sentence.index - 1].start
                found = [c for c in found if c.mention.location is not None or c.mention.char_start < told_from]
            found.extend(list_continuation(sentence, ctx) or placed)
    merged = drop_retreats_of_a_capture(drop_summary_tolls(
        merge_candidates(attribute_unnamed_strikes(name_vague_weapons(found)))))
    units = named_units(ctx)
    return _distinct_ids([replace(m, mention_id=mention_id(m.article_id, m.char_start, m.char_end,
                                                            m.sub_event_type, m.location), story_units=units,
                                  sentence_units=units_named_between(ctx, m.char_start, m.char_end),
                                  sentence_places=places_named_between(ctx, m.char_start, m.char_end))
                          for m in merged])


# (a storm by name or kind: "militants tried to storm the training centre" is an assault)
_DISASTER = re.compile(r"\b(?:floods?|flooding|(?-i:Storm\s+[A-Z]\w+)|(?:tropical|winter|dust|heavy|severe)\s+storms?|"
                       r"rainstorms?|snowstorms?|sandstorms?|cyclones?|hurricanes?|typhoons?|earthquakes?|quakes?|"
                       r"landslides?|mudslides?|tsunamis?|heatwaves?|epidemics?|cholera|dams?\s+(?:to\s+)?burst)\b",
                       re.IGNORECASE)


def _after_a_disaster(sentence: Sentence, ctx: ArticleContext) -> bool:
    """Deaths told in a paragraph that names a flood, a storm or a quake before them are its dead."""
    earlier = range(sentence.index - 1, max(-1, sentence.index - 4), -1)
    return bool(_DISASTER.search(sentence.text)) or any(
        ctx.paragraph_of(i) == sentence.paragraph and _DISASTER.search(ctx.sentences[i].text) for i in earlier)


def _a_truce_after_a_fight(new: list[Candidate], told: Candidate) -> bool:
    """'... clashes killed 16 in Tripoli. A ceasefire was reached on Friday evening': the truce is an
    act of its own, no detail of the fight it ended."""
    return all(c.mention.sub_event_type == "Agreement" for c in new) and told.mention.sub_event_type != "Agreement"


def _distinct_ids(mentions: list[EventMention]) -> list[EventMention]:
    """Two events one sentence tells with one type and place ("killed nine on Friday, a day after
    gunmen killed 12 near the same area") hash to one id: the later ones get a suffix, so every
    mention keeps an id of its own (evidence and screening find mentions by id)."""
    seen: Counter = Counter()
    distinct = []
    for m in mentions:
        seen[m.mention_id] += 1
        count = seen[m.mention_id]
        distinct.append(m if count == 1 else replace(m, mention_id=f"{m.mention_id}-{count}"))
    return distinct
