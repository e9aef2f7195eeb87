"""Event extraction: cleaned articles -> event mentions (codebook sections 1-6).

Cheap first: a regex splitter cuts body text into sentences, the trigger
lexicon picks candidate sentences, and only those are parsed (one
`nlp.pipe` over the whole batch). Each clause with a kept trigger becomes
one mention per place it names (codebook granularity rules 1-2); mentions
of the same event within the article are merged.

Dates: a sentence's own date expression wins. A sentence without one takes
the date of the previous sentence of the same paragraph when that one had
an explicit date (it continues the story), else the publication date.
"said on Sunday" counts as the event date when nothing closer dates the
act: for same-day wire copy the statement day is the best anchor we have.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from typing import Protocol, Sequence

from transforms.actors import ActorMatch, find_actors
from transforms.countries import Country, main_country
from transforms.event_dates import EventDate
from transforms.event_types import ClauseSignals, classify, event_type_of
from transforms.extract_actors import settle_actors
from transforms.extract_clauses import Clause, actors_in_clause, find_clauses
from transforms.extract_context import (ArticleContext, article_country, dominant_foreign_force,
                                        dominant_group, drop_actor_names, inherited_places, is_abroad,
                                        pick_places)
from transforms.extract_dates import clause_date, sentence_date
from transforms.extract_merge import Candidate, merge_candidates
from transforms.extract_roles import assign_roles
from transforms.fatalities import FatalityCount, parse_fatalities
from transforms.not_events import has_old_year, is_background
from transforms.place_mentions import scan_places
from transforms.records import STATUS_OK, CleanedArticle, EventMention, LocationMention
from transforms.sentences import Sentence, split_sentences
from transforms.triggers import Trigger, find_triggers

_VIOLENT_CUES = frozenset({"clash", "attack", "kill", "air", "shelling", "ied", "suicide",
                           "grenade", "chemical", "capture", "recapture", "abandon", "protest",
                           "riot", "mob", "abduct", "sexual"})
_VICTIM_WORDS = ("civilian", "villager", "worshipper", "student", "children", "women", "resident",
                 "farmer", "passenger", "people", "journalist", "teacher", "pilgrim", "shopper",
                 "famil", "mourner", "herder", "displaced", "refugee")


_SIDE_CUES = frozenset({"withdraw", "mobilise"})


class Extractor(Protocol):
    def extract(self, articles: Sequence[CleanedArticle]) -> list[list[EventMention]]: ...


class RuleExtractor:
    """The default, offline extractor: lexicon + dependency rules."""

    def __init__(self, nlp) -> None:
        self.nlp = nlp

    def extract(self, articles: Sequence[CleanedArticle]) -> list[list[EventMention]]:
        """One list of mentions per article, in the same order."""
        plans = [_plan(a) for a in articles]
        wanted = [(p, s.index) for p in plans for s in p.candidates]
        docs = self.nlp.pipe([p.sentences[i].text for p, i in wanted], batch_size=64)
        for (plan, index), doc in zip(wanted, docs):
            plan.docs[index] = doc
        return [_mentions(p) for p in plans]


def extract_mentions(article: CleanedArticle, nlp) -> list[EventMention]:
    """The mentions of one article (see RuleExtractor)."""
    return RuleExtractor(nlp).extract([article])[0]


@dataclass
class _Plan:
    article: CleanedArticle
    sentences: list[Sentence]
    candidates: list[Sentence]
    triggers: dict[int, list[Trigger]]
    docs: dict[int, object] = field(default_factory=dict)


def _plan(article: CleanedArticle) -> _Plan:
    if article.status != STATUS_OK or not article.body_text:
        return _Plan(article, [], [], {})
    sentences = split_sentences(article.body_text)
    triggers = {s.index: find_triggers(s.text) for s in sentences}
    candidates = [s for s in sentences if triggers[s.index] and not _is_headline(s, sentences)]
    return _Plan(article, sentences, candidates, triggers)


def _is_headline(sentence: Sentence, sentences: list[Sentence]) -> bool:
    """A headline or sub-heading: a whole line without a full stop.

    It retells the body in shorthand ("Taliban seize key districts"), with
    no date or place detail, and would only add duplicates.
    """
    if len(sentences) < 2 or sentence.text.rstrip().endswith((".", "!", "?", "”", '"', "’")):
        return False
    whole_line = all(s.paragraph != sentence.paragraph for s in sentences if s.index != sentence.index)
    return whole_line and (sentence.index == 0 or len(sentence.text.split()) <= 12)


def _signals(clause: Clause, sub_roles, fat: FatalityCount, text: str) -> ClauseSignals:
    a1, a2 = sub_roles.actor1, sub_roles.actor2
    lowered = text.lower()
    victims = any(w in lowered for w in _VICTIM_WORDS) and not (a2 is not None and a2.kind in (
        "military", "police", "rebel", "unidentified", "political_militia", "identity_militia"))
    return ClauseSignals(
        actor1_kind=a1.kind if a1 else None, target_kind=a2.kind if a2 else None,
        civilian_victims=victims or (a2 is not None and a2.kind == "civilians"),
        deaths=fat.known and fat.best > 0, foiled="defuse" in clause.cues,
        foreign_actor=a1 is not None and a1.inter == 8)


def _confidence(explicit_date: bool, location: LocationMention | None, named: int, strong: bool) -> float:
    score = 0.3 + 0.15 * explicit_date + 0.1 * min(named, 2) + 0.1 * strong
    if location is not None:
        score += 0.15 if location.count is None else 0.1
    return round(min(score, 0.95), 2)


def _mention_id(article_id: str, start: int, end: int, sub: str, loc: LocationMention | None) -> str:
    key = f"{article_id}|{start}|{end}|{sub}|{loc.name if loc else ''}"
    return "m_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class _Draft:
    """A clause read as an event, before places are attached."""

    sub: str
    settled: object
    date: EventDate
    fat: FatalityCount
    strong: bool
    country: Country | None
    firm_date: bool = False


def _draft(clause: Clause, doc, actors: list[ActorMatch], date: EventDate, firm: bool,
           ctx: ArticleContext) -> _Draft | None:
    text = doc.text
    fat = parse_fatalities(text) if clause.cues & _VIOLENT_CUES else FatalityCount(0, 0, 0, False)
    roles = assign_roles(doc, clause.tokens[0], actors, clause.cues)
    sub = classify(clause.cues, _signals(clause, roles, fat, text))
    if sub is None:
        return None
    strong = clause.strong or "cross_border" in clause.cues  # validated by _abroad
    if not strong and not (fat.known and fat.best > 0) and not (clause.places and len(actors) >= 2):
        return None
    iso2 = ctx.country.iso2 if ctx.country else None
    signals = _signals(clause, roles, fat, text)
    foiled = signals.foiled or any(t.lemma_ in ("repel", "repulse") for t in clause.tokens)
    settled = settle_actors(sub, roles, ctx.dominant, iso2, signals.civilian_victims, foiled, ctx.opponent)
    if settled.actor1 is None:
        return None
    return _Draft(sub, settled, date, fat, clause.strong, ctx.country, firm)


def _candidates(draft: _Draft, places: list[LocationMention | None], sentence: Sentence,
                ctx: ArticleContext) -> list[Candidate]:
    out = []
    s = draft.settled
    for loc in places:
        date = draft.date
        mention = EventMention(
            mention_id=_mention_id(ctx.article_id, sentence.start, sentence.end, draft.sub, loc),
            article_id=ctx.article_id, event_type=event_type_of(draft.sub), sub_event_type=draft.sub,
            actor1=s.actor1.name, actor2=s.actor2.name if s.actor2 else "",
            assoc_actor_1=s.assoc1.name if s.assoc1 else "",
            inter1=s.actor1.inter, inter2=s.actor2.inter if s.actor2 else None,
            location=loc, country_hint=draft.country.iso2 if draft.country else None,
            event_date=date.event_date, date_start=date.date_start or date.event_date,
            time_precision=date.time_precision if date.event_date else 3,
            fatalities=draft.fat.best if draft.fat.known else 0,
            fatalities_low=draft.fat.low if draft.fat.known else 0,
            fatalities_high=draft.fat.high if draft.fat.known else 0,
            fatalities_known=draft.fat.known, notes=sentence.text[:500], sentence=sentence.text,
            char_start=sentence.start, char_end=sentence.end,
            confidence=_confidence(draft.firm_date, loc, s.named, draft.strong))
        out.append(Candidate(mention, draft.firm_date, s.named))
    return out


def _clause_text(doc, clause: Clause) -> str:
    tokens = list(clause.head.subtree)
    return doc.text[tokens[0].idx: tokens[-1].idx + len(tokens[-1])]


def _drop_side_activity(clauses: list[Clause]) -> list[Clause]:
    """'took the town after troops withdrew': the withdrawal is part of the capture story."""
    main = [c for c in clauses if c.cues - _SIDE_CUES]
    return main if main else clauses


def _sibling_places(clause: Clause, clauses: list[Clause], by_head: dict) -> list:
    """Places of the clause this one is coordinated with, else of the nearest other clause."""
    if clause.conj_of is not None and clause.conj_of.i in by_head:
        return list(by_head[clause.conj_of.i].places)
    if "cross_border" in clause.cues:
        return []  # "fled abroad as rebels took X": X is not where they crossed
    placed = [c for c in clauses if c is not clause and c.places and "cross_border" not in c.cues]
    placed.sort(key=lambda c: abs(c.start - clause.start))
    return list(placed[0].places) if placed else []


def _sentence_candidates(sentence: Sentence, doc, ctx: ArticleContext) -> list[Candidate]:
    actors = ctx.actors_in(sentence)
    scan = drop_actor_names(scan_places(sentence.text, doc), actors)
    ctx.scans[sentence.index] = scan
    clauses, rejected = find_clauses(doc, ctx.triggers[sentence.index], scan)
    if rejected.get("back_reference"):
        scan = replace(scan, anaphoric=True)  # "The attack killed 18": the place is earlier
    clauses = _drop_side_activity(clauses)
    continues = scan.anaphoric
    running_date, firm = sentence_date(sentence, ctx, continues)
    out: list[Candidate] = []
    by_head = {c.head.i: c for c in clauses}
    for clause in clauses:
        if has_old_year(_clause_text(doc, clause), ctx.published):
            continue
        if "cross_border" in clause.cues and not is_abroad(sentence, ctx):
            clause.triggers = [t for t in clause.triggers if t.cue != "cross_border"]
            clause.tokens = clause.tokens[:len(clause.triggers)] if clause.triggers else []
            if not clause.triggers:
                continue
        date = clause_date(doc, clause, running_date)
        if is_background(date.event_date, ctx.published):
            continue
        if not clause.places:
            clause.places = _sibling_places(clause, clauses, by_head)
        if not clause.places:
            clause.places = inherited_places(sentence, scan, ctx)
        draft = _draft(clause, doc, actors_in_clause(doc, clause, clauses, actors), date, firm, ctx)
        if draft is None:
            continue
        places = pick_places(clause.places, clause.place_rank)
        if draft.sub == "Other":
            places = places[:1]  # one movement of forces is one event
        if places:
            used = {p.name for p in places}
            ctx.event_places.setdefault(sentence.index, []).extend(
                h for h in clause.places if h.mention.name in used)
        if not places:
            ctx.pending[sentence.index] = draft
            if not (draft.fat.known and draft.fat.best > 0):
                continue
            places = [None]
        out.extend(_candidates(draft, places, sentence, ctx))
    return out


def _list_continuation(sentence: Sentence, ctx: ArticleContext) -> list[Candidate]:
    """'These were one district in Herat, two in Farah': places for the previous event."""
    draft = ctx.pending.get(sentence.index - 1)
    if draft is None:
        return []
    scan = scan_places(sentence.text)
    counted = [h.mention for h in scan.hits if h.mention.count and not h.destination]
    return _candidates(draft, counted, sentence, ctx) if counted else []


def _mentions(plan: _Plan) -> list[EventMention]:
    if not plan.sentences:
        return []
    art = plan.article
    # One actor pass over the whole body (much cheaper than one per sentence).
    guess = main_country(art.body_text)
    actors = find_actors(art.body_text, guess.iso2 if guess else None)
    country = article_country(art.body_text, dominant_group(actors))
    if country is not None and (guess is None or guess.iso2 != country.iso2):
        actors = find_actors(art.body_text, country.iso2)
    ctx = ArticleContext(art.article_id, art.published, country, plan.sentences, plan.triggers,
                         dominant_group(actors), dominant_foreign_force(actors), actors)
    found: list[Candidate] = []
    for sentence in plan.sentences:
        doc = plan.docs.get(sentence.index)
        if doc is not None:
            found.extend(_sentence_candidates(sentence, doc, ctx))
        else:
            ctx.scans[sentence.index] = drop_actor_names(scan_places(sentence.text), ctx.actors_in(sentence))
            found.extend(_list_continuation(sentence, ctx))
    merged = merge_candidates(found)
    return [replace(m, mention_id=_mention_id(m.article_id, m.char_start, m.char_end,
                                              m.sub_event_type, m.location)) for m in merged]
