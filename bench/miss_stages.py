"""Where the required events a run missed were lost (bench, not a test).

    .venv/bin/python bench/miss_stages.py --warehouse DIR [DIR ...] --sets heldout,heldout2-225 [--out misses.tsv]

DIR is a warehouse kept by `eval_heldout_all.py --keep`. Each required gold
event that the run's events do not match (../shared/eval/score.py's
matching) is followed to the stage that lost it, using its evidence
sentence in the article's cleaned body:

- the sentence has no trigger; or it has one but was not parsed; or it was
  parsed and gave no clause (the rejections are counted); or a clause but
  no candidate (an unplaced act without a toll, background, no draft, ...);
  or a candidate that no mention of the run kept (merged, retold, dropped);
- or the run has a mention on the sentence, and its event was screened out,
  or matched another gold event, or fails a key (type, admin1, date,
  country: the keys score.py's matching needs).

The first four stages re-run the extractor on the article, watching
`find_clauses` and `_sentence_candidates`. Sets that must stay blind are
simply left out of --sets: this prints their sentences with --out.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from eval_heldout_all import SEP, events_by_set, score, set_names  # noqa: E402
import transforms.extract as extract  # noqa: E402
from flows.gazetteer import load_gazetteer  # noqa: E402
from flows.resources import load_nlp  # noqa: E402
from flows.settings import Settings  # noqa: E402
from transforms.records import STATUS_OK, CleanedArticle  # noqa: E402
from transforms.sentences import split_sentences  # noqa: E402
from transforms.triggers import find_triggers  # noqa: E402


class Watch:
    """What the extractor did with each parsed sentence of the last article: clauses, rejections, candidates."""

    def __init__(self) -> None:
        self.seen: dict[str, dict] = {}
        find_clauses, sentence_candidates = extract.find_clauses, extract._sentence_candidates

        def watched_find_clauses(doc, triggers, scan):
            clauses, rejected = find_clauses(doc, triggers, scan)
            self.seen.setdefault(doc.text, {}).update(clauses=len(clauses), rejected=dict(rejected))
            return clauses, rejected

        def watched_candidates(sentence, doc, ctx):
            found = sentence_candidates(sentence, doc, ctx)
            self.seen.setdefault(doc.text, {})["candidates"] = len(found)
            return found

        extract.find_clauses, extract._sentence_candidates = watched_find_clauses, watched_candidates


def key_failures(gold: dict, pred: dict) -> list[str]:
    """The keys of score.compatible that keep `pred` from matching `gold`."""
    failed = []
    if score.norm(pred.get("event_type")) != score.norm(gold["event_type"]):
        failed.append("type")
    if score.norm(pred.get("country")) not in score.country_names(gold["country"]):
        failed.append("country")
    if score.norm(pred.get("admin1")) not in {score.norm(a) for a in gold["admin1"] or [""]}:
        failed.append("admin1" if pred.get("admin1") else "admin1 missing")
    day = score.as_date(pred.get("event_date"))
    if gold.get("event_date") is None:
        failed += ["date"] if day is not None else []
    elif day is None:
        failed += [] if gold.get("allow_null_date") else ["date missing"]
    elif not score.as_date(gold["date_min"]) - dt.timedelta(days=1) <= day \
            <= score.as_date(gold["date_max"]) + dt.timedelta(days=1):
        failed.append("date")
    return failed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--warehouse", type=Path, nargs="+", required=True)
    ap.add_argument("--sets", required=True)
    ap.add_argument("--out", type=Path, help="one line per miss: stage, set, gold key, sub-event type, sentence")
    args = ap.parse_args()
    settings = Settings.from_env()
    nlp = load_nlp(settings.spacy_model)
    watch = Watch()
    stages: Counter[str] = Counter()
    rejections: Counter[str] = Counter()
    lines, required = [], 0
    for warehouse in args.warehouse:
        predicted = events_by_set(warehouse)
        gazetteer = load_gazetteer(warehouse)
        extractor = extract.RuleExtractor(nlp, None if gazetteer.is_coarse else gazetteer.country_of_place)
        con = duckdb.connect(str(warehouse / "sitrep.duckdb"), read_only=True)
        articles = {a: (body, published) for a, body, published in
                    con.execute("select article_id, body_text, published from articles where status = 'ok'").fetchall()}
        mentions: dict[str, list[tuple[int, int, str]]] = {}
        for article_id, start, end, mention_id in con.execute(
                "select article_id, char_start, char_end, mention_id from stg_mentions").fetchall():
            mentions.setdefault(article_id, []).append((start, end, mention_id))
        event_of = dict(con.execute("select mention_id, event_id from stg_event_evidence").fetchall())
        con.close()
        held = {a.split(SEP, 1)[0] for a in articles if SEP in a}
        for name in [s for s in set_names(args.sets) if s in held]:
            gold = json.loads((ROOT / "bench" / name / "gold.json").read_text(encoding="utf-8"))["events"]
            events = sorted(predicted.get(name, []), key=lambda e: e["event_id"])
            matched = score.match(gold, events)
            taken = {events[i]["event_id"] for i in matched.values()}
            by_id = {e["event_id"]: e for e in events}
            watched: dict[str, dict] = {}
            for gi, g in enumerate(gold):
                if not g["required"]:
                    continue
                required += 1
                if gi in matched:
                    continue
                stage, text, rejected = _stage(name, g, articles, mentions, event_of, by_id, taken, extractor, watch,
                                               watched)
                stages[stage] += 1
                rejections.update(rejected)
                lines.append(f"{stage}\t{name}\t{g['key']}\t{g['sub_event_type'][0]}\t{text[:300]}")
    missed = sum(stages.values())
    print(f"{args.sets}: {missed} required events missed of {required}")
    for stage, n in stages.most_common():
        print(f"  {n:6d}  {stage}")
    if rejections:
        print("  rejections of the parsed sentences without a clause: "
              + ", ".join(f"{k} {v}" for k, v in rejections.most_common()))
    if args.out:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


def _stage(name, g, articles, mentions, event_of, by_id, taken, extractor, watch,
           watched) -> tuple[str, str, list[str]]:
    """The stage that lost gold event `g`, its sentence, and the clause rejections of a sentence without a clause."""
    evidence = (g.get("evidence") or "").split(" ...")[0].split("(")[0].strip()[:40]
    for article in g["articles"]:
        article_id = f"{name}{SEP}{article}"
        if article_id not in articles or not evidence:
            continue
        body, published = articles[article_id]
        at = body.find(evidence)
        sentence = next((s for s in split_sentences(body) if s.start <= at < s.end), None) if at >= 0 else None
        if sentence is None:
            continue
        on_it = [m for m in mentions.get(article_id, []) if m[0] < sentence.end and sentence.start < m[1]]
        if on_it:
            events = [by_id.get(event_of.get(m[2])) for m in on_it]
            events = [e for e in events if e is not None]
            if not events:
                return "mention, its event screened out", sentence.text, []
            if all(e["event_id"] in taken for e in events):
                return "mention, its event matched another gold event", sentence.text, []
            failures = min((key_failures(g, e) for e in events if e["event_id"] not in taken), key=len)
            return f"mention, its event fails {' + '.join(failures) or 'nothing (lost in matching)'}", sentence.text, []
        if not find_triggers(sentence.text):
            return "no trigger", sentence.text, []
        if article_id not in watched:
            watch.seen = {}
            extractor.extract([CleanedArticle(article_id, body, None, None, None, published, "metadata", "en",
                                              STATUS_OK, None)])
            watched[article_id] = watch.seen
        seen = watched[article_id].get(sentence.text)
        if seen is None:
            return "trigger, sentence not parsed", sentence.text, []
        if not seen.get("clauses"):
            return "parsed, no clause", sentence.text, list(seen.get("rejected", {}))
        if not seen.get("candidates"):
            return "clause, no candidate", sentence.text, []
        return "candidate, no mention kept", sentence.text, []
    return "evidence not found in the cleaned text", evidence, []


if __name__ == "__main__":
    sys.exit(main())
