"""Screen event mentions with a small learned model before they become events.

The rules keep some events that coders leave out: retellings of an event
already told with another day or place, background, statements and tallies
(on the blind sets the screen lifts f1 by about 0.03, README "The mention
screen"). Each mention of an article gets a handful of features - its type,
the rules' confidence, its date against publication, how well it was
placed, where in the article it sits, whether an earlier mention of the
article already told the same kind of event - and a logistic model trained
on the hand-coded held-out sets (`bench/train_mention_screen.py`) gives the
probability that the codebook codes it; it becomes the mention's `confidence`.
After resolution, an event is kept when at least one of its mentions reaches
the threshold: the others still land (with their probability) and still
corroborate the events they join.
Codebook rule 6 decides one class by itself: an aggregate toll placed at
country level is an event, so the screen never drops one (coders of the
training sets often left them out; the codebook, not their habit, is the spec).

Pure: mentions and article facts in, mentions (events) out. The weights live in
`transforms/mention_screen_model.py`, written by the training script.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from transforms import mention_screen_model
from transforms.event_types import SUB_EVENT_TYPES
from transforms.records import Event, EventMention

# every sub-event type has a weight of its own but these two, too rare in the training sets: they share "other"
_SHARED_WEIGHT = frozenset({"Chemical weapon", "Other"})
_OWN_WEIGHT = frozenset(SUB_EVENT_TYPES) - _SHARED_WEIGHT
_SAID = re.compile(r"\b(said|says|told|according to|claimed|stated|reported)\b", re.I)
_HABIT = re.compile(r"\b(since|this year|last year|months|years|weeks|so far|total|in recent|have been|has been)\b",
                    re.I)
_MODAL = re.compile(r"\b(would|could|may|might|plans?|planned|threat\w*|warn\w*|vow\w*)\b", re.I)
_STATEMENT = re.compile(r"\b(condemn\w*|denied|denies|called for|urged|accused|blamed)\b", re.I)
_TALLY = re.compile(r"\b(since|so far|in total|toll|this year|recent (weeks|months|days)|more than \d+ people)\b",
                    re.I)


@dataclass(frozen=True)
class ArticleFacts:
    """What the screen needs to know of a mention's article."""

    published: dt.date | None
    body_length: int


@dataclass(frozen=True)
class ScreenModel:
    """Logistic weights by feature name, and the probability a mention needs to be kept."""

    weights: Mapping[str, float]
    threshold: float

    def probability(self, features: Mapping[str, float]) -> float:
        z = sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))


def default_screen_model() -> ScreenModel:
    """The shipped model: weights and threshold written by bench/train_mention_screen.py."""
    return ScreenModel(mention_screen_model.WEIGHTS, mention_screen_model.THRESHOLD)


def screen_features(mentions: Sequence[EventMention], facts: ArticleFacts) -> list[dict[str, float]]:
    """Features of each mention of ONE article, in the order given (context is the whole article)."""
    in_text_order = sorted(range(len(mentions)), key=lambda i: (mentions[i].char_start, i))
    ordered = [mentions[i] for i in in_text_order]
    by_subtype = Counter(m.sub_event_type for m in ordered)
    main_admin1 = _most_common(m.place.admin1 for m in ordered if m.place and m.place.admin1)
    main_country = _most_common(m.place.country for m in ordered if m.place and m.place.country)
    features: list[dict[str, float]] = [{} for _ in mentions]
    for rank, (index, m) in enumerate(zip(in_text_order, ordered)):
        earlier = ordered[:rank]
        f = _own_features(m, facts)
        f.update({
            "first_in_article": float(rank == 0),
            "rank_log": math.log1p(rank),
            "mentions_log": math.log1p(len(ordered)),
            "same_subtype_log": math.log1p(by_subtype[m.sub_event_type] - 1),
            "subtype_told_before": float(any(e.sub_event_type == m.sub_event_type for e in earlier)),
            "type_and_admin1_told_before": float(any(
                e.event_type == m.event_type and _admin1(e) and _admin1(e) == _admin1(m) for e in earlier)),
            "type_and_date_told_before": float(any(
                e.event_type == m.event_type and e.event_date and e.event_date == m.event_date for e in earlier)),
            "admin1_and_date_told_before": float(any(
                _admin1(e) and _admin1(e) == _admin1(m) and e.event_date == m.event_date for e in earlier)),
            "in_main_admin1": float(main_admin1 is not None and _admin1(m) == main_admin1),
            "outside_main_country": float(main_country is not None and bool(m.place)
                                          and m.place.country != main_country),
            "position": (m.char_start / facts.body_length) if facts.body_length else 0.0,
        })
        features[index] = f
    return features


# Who took which district is what analysts ask of the table first; the screen, measured leaving one
# set out, dropped more coded captures than retellings of them (and the sample's "districts abandoned
# in Zabul, Farah, ..." with a model retrained on 57 sets)
_NEVER_SCREENED = frozenset({"Non-state actor overtakes territory", "Government regains territory"})


def exempt_from_screen(m: EventMention) -> bool:
    """Codebook rule 6: a toll the text places only at country level is coded there. A change
    of territory is never screened out."""
    if m.sub_event_type in _NEVER_SCREENED:
        return True
    return m.place is not None and not m.place.admin1 and m.fatalities_known and m.fatalities > 0


def score_mentions(mentions: Sequence[EventMention], facts: Mapping[str, ArticleFacts],
                   model: ScreenModel) -> list[EventMention]:
    """The mentions, in input order, each with the model's probability as `confidence`.
    An article missing from `facts` is scored with no date or length known."""
    by_article: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        by_article.setdefault(m.article_id, []).append(i)
    probability: dict[int, float] = {}
    for article_id, indexes in by_article.items():
        own = [mentions[i] for i in indexes]
        for i, f in zip(indexes, screen_features(own, facts.get(article_id, ArticleFacts(None, 0)))):
            probability[i] = model.probability(f)
    return [replace(m, confidence=round(probability[i], 4)) for i, m in enumerate(mentions)]


def passes_screen(m: EventMention, threshold: float) -> bool:
    """A scored mention that may found an event on its own."""
    return m.confidence >= threshold or exempt_from_screen(m)


def keep_screened_events(events: Sequence[Event], mentions: Sequence[EventMention], threshold: float) -> list[Event]:
    """The events at least one of whose mentions passes the screen.

    Screening events, not mentions: a mention under the threshold that joins a
    kept event still adds its article (source_count) and its evidence."""
    passing = {m.mention_id for m in mentions if passes_screen(m, threshold)}
    return [e for e in events if any(mention_id in passing for mention_id in e.mention_ids)]


def _own_features(m: EventMention, facts: ArticleFacts) -> dict[str, float]:
    subtype = m.sub_event_type if m.sub_event_type in _OWN_WEIGHT else "other"
    age = (facts.published - m.event_date).days if (facts.published and m.event_date) else None
    place = m.place
    location = m.location
    sentence = m.sentence or ""
    return {
        "bias": 1.0,
        f"subtype={subtype}": 1.0,
        "rule_confidence": m.confidence,
        "toll_known": float(m.fatalities_known),
        "toll_log": math.log1p(max(m.fatalities, 0)),
        f"time_precision={m.time_precision}": 1.0,
        "undated": float(m.event_date is None),
        "same_day_as_report": float(age is not None and age <= 0),
        "day_before_report": float(age == 1),
        "within_week": float(age is not None and 2 <= age <= 7),
        "older_than_week": float(age is not None and age > 7),
        "date_range": float(m.date_start is not None and m.date_start != m.event_date),
        f"geo_precision={place.geo_precision if place else 'none'}": 1.0,
        "no_admin1": float(not (place and place.admin1)),
        "no_admin2": float(not (place and place.admin2)),
        "near_place": float(bool(location and location.near)),
        f"place_kind={location.kind if location else 'none'}": 1.0,
        "no_actor2": float(not m.actor2),
        "actor1_unidentified": float("Unidentified" in m.actor1),
        f"inter1={m.inter1}": 1.0,
        f"inter2={m.inter2}": 1.0,
        "says": float(bool(_SAID.search(sentence))),
        "habit_words": float(bool(_HABIT.search(sentence))),
        "modal_words": float(bool(_MODAL.search(sentence))),
        "statement_words": float(bool(_STATEMENT.search(sentence))),
        "tally_words": float(bool(_TALLY.search(sentence))),
        "quoted": float('"' in sentence or "\u201c" in sentence),
        "sentence_length": min(len(sentence), 600) / 300,
    }


def _admin1(m: EventMention) -> str:
    return m.place.admin1 if m.place else ""


def _most_common(values) -> str | None:
    counts = Counter(values)
    return counts.most_common(1)[0][0] if counts else None
