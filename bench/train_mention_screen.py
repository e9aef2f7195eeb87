"""Train the mention screen (transforms/mention_screen.py) on the hand-coded held-out sets.

    SITREP_SCREEN=off .venv/bin/python bench/eval_heldout_all.py --sets heldout,heldout2-97 \
        --gazetteer WH --keep DIR
    .venv/bin/python bench/train_mention_screen.py --warehouse DIR [DIR ...] --sets heldout,heldout2-97
        [--l2 1.0] [--write]

1. The first command runs the pipeline once, with the screen off, over every
   set's articles (each file named <set>__<article>) into the warehouse DIR.
   Several warehouses may be given (two runs over halves of the sets finish
   sooner on two cores); each set is read from the one that holds its articles.
2. Label each mention: 1 when the event it resolved into matches a gold event
   of its set (../shared/eval/score.py's matching), else 0.
3. Leave-one-set-out cross-validation of an L2 logistic regression on
   `screen_features`: for each threshold, the mean event f1 over the sets when
   events whose mentions all fall under it are dropped. The best threshold is chosen.
   The shipped model is scored the same way, on the sets it was not trained on.
4. `--write`: fit on every set and write transforms/mention_screen_model.py.

Sets that must stay blind are simply left out of --sets. numpy is needed here
only (spaCy brings it); the pipeline applies the weights in plain Python.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import duckdb
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from eval_heldout_all import SEP, events_by_set, score, set_names  # noqa: E402
from flows.rows import mention_from_row  # noqa: E402
from flows.views import build_views  # noqa: E402
from transforms.mention_screen import (ArticleFacts, default_screen_model, exempt_from_screen,  # noqa: E402
                                      screen_features)

MODEL_FILE = ROOT / "transforms" / "mention_screen_model.py"
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)


def sets_in(warehouse: Path) -> set[str]:
    """The sets whose articles a warehouse holds (article ids are <set>__<article>)."""
    con = duckdb.connect(str(warehouse / "sitrep.duckdb"), read_only=True)
    ids = [a for (a,) in con.sql("select article_id from articles").fetchall()]
    con.close()
    return {a.split(SEP, 1)[0] for a in ids if SEP in a}


def load_all(sets: list[str], warehouses: list[Path]) -> dict[str, tuple]:
    """load_sets over several warehouses: each set from the one warehouse that holds it."""
    for w in warehouses:
        build_views(w)  # views name the lake by absolute path: a moved warehouse needs them anew
    holders = {w: sets_in(w) for w in warehouses}
    data = {}
    for name in sets:
        found = [w for w in warehouses if name in holders[w]]
        if len(found) != 1:
            raise SystemExit(f"{name}: in {len(found)} of the warehouses, want exactly one")
    for w in warehouses:
        data.update(load_sets([s for s in sets if s in holders[w]], w))
    return {name: data[name] for name in sets}


def load_sets(sets: list[str], warehouse: Path) -> dict[str, tuple]:
    """Per set: (feature dicts, labels, event id of each screened mention, events of exempt
    mentions, events_flat rows, gold). The warehouse's views must be built (load_all does)."""
    con = duckdb.connect(str(warehouse / "sitrep.duckdb"), read_only=True)
    rel = con.sql("select * from stg_mentions order by article_id, char_start, mention_id")
    rows = [dict(zip(rel.columns, r)) for r in rel.fetchall()]
    event_of = dict(con.sql("select mention_id, event_id from stg_event_evidence order by all").fetchall())
    facts = {a: ArticleFacts(p, n or 0) for a, p, n in
             con.sql("select article_id, published, length(body_text) from articles").fetchall()}
    con.close()
    predicted = events_by_set(warehouse)
    by_article: dict[str, list] = {}
    for row in rows:
        by_article.setdefault(row["article_id"], []).append(mention_from_row(row))
    data = {}
    for name in sets:
        # DuckDB returns rows in no fixed order, and which of two duplicate predictions matches gold
        # depends on it: sorted, the labels (and so the weights) are the same on every run
        events = sorted(predicted.get(name, []), key=lambda e: e["event_id"])
        gold = json.loads((ROOT / "bench" / name / "gold.json").read_text(encoding="utf-8"))
        matched = {events[i]["event_id"] for i in score.match(gold["events"], events).values()}
        features, labels, event_ids, exempt = [], [], [], set()
        for article_id in sorted(a for a in by_article if a.startswith(name + SEP)):
            mentions = by_article[article_id]
            article_features = screen_features(mentions, facts.get(article_id, ArticleFacts(None, 0)))
            for m, f in zip(mentions, article_features):
                if exempt_from_screen(m):  # never screened, so nothing to learn from
                    exempt.add(event_of.get(m.mention_id))
                    continue
                features.append(f)
                event_ids.append(event_of.get(m.mention_id))
                labels.append(float(event_of.get(m.mention_id) in matched))
        data[name] = (features, labels, event_ids, exempt, events, gold)
    return data


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    """L2-penalised logistic regression by Newton's method."""
    w = np.zeros(x.shape[1])
    for _ in range(100):
        p = 1 / (1 + np.exp(-x @ w))
        gradient = x.T @ (p - y) + l2 * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + l2 * np.eye(len(w))
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return w


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--warehouse", type=Path, nargs="+", required=True,
                        help="warehouses of the sets' articles, screen off (eval_heldout_all.py --keep)")
    parser.add_argument("--sets", required=True, help="the sets to train on, e.g. heldout,heldout2-97")
    parser.add_argument("--shipped-sets", default="",
                        help="the sets the shipped weights were fitted on: they are compared on the others")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    data = load_all(set_names(args.sets), args.warehouse)
    names = sorted({k for feats, *_ in data.values() for f in feats for k in f})
    matrix = {s: np.array([[f.get(k, 0.0) for k in names] for f in d[0]]).reshape(-1, len(names))
              for s, d in data.items()}
    labels = {s: np.array(d[1]) for s, d in data.items()}

    def f1_kept(s: str, probabilities: np.ndarray, threshold: float) -> float:
        _, _, event_ids, exempt, events, gold = data[s]
        kept = exempt | {e for e, p in zip(event_ids, probabilities) if p >= threshold}
        return score.score_events(gold, [e for e in events if e["event_id"] in kept])["f1"]

    held = {}
    for s in data:
        rest = [t for t in data if t != s]
        w = fit(np.vstack([matrix[t] for t in rest]), np.concatenate([labels[t] for t in rest]), args.l2)
        held[s] = 1 / (1 + np.exp(-matrix[s] @ w))
    unscreened = {s: f1_kept(s, np.ones(len(labels[s])), 0.5) for s in data}
    baseline = np.mean(list(unscreened.values()))
    print(f"{len(data)} sets, {sum(len(v) for v in labels.values())} mentions "
          f"({int(sum(v.sum() for v in labels.values()))} in matched events); unscreened mean f1 {baseline:.4f}")
    by_threshold = {}
    for t in THRESHOLDS:
        by_threshold[t] = np.mean([f1_kept(s, held[s], t) for s in data])
        print(f"  threshold {t:.2f}: leave-set-out mean f1 {by_threshold[t]:.4f}")
    best = max(by_threshold, key=by_threshold.get)
    print(f"best threshold {best:.2f}: {baseline:.4f} -> {by_threshold[best]:.4f}")
    if args.shipped_sets:
        fitted = set(set_names(args.shipped_sets))
        unseen = [s for s in data if s not in fitted]
        shipped = default_screen_model()
        shipped_f1 = np.mean([f1_kept(s, np.array([shipped.probability(f) for f in data[s][0]]), shipped.threshold)
                              for s in unseen])
        print(f"on the {len(unseen)} sets the shipped weights never saw: unscreened "
              f"{np.mean([unscreened[s] for s in unseen]):.4f}, shipped weights {shipped_f1:.4f}, "
              f"retrained (leave-set-out, {best:.2f}) {np.mean([f1_kept(s, held[s], best) for s in unseen]):.4f}")
    if args.write:
        w = fit(np.vstack(list(matrix.values())), np.concatenate(list(labels.values())), args.l2)
        lines = [f'    "{k}": {v:.4f},' for k, v in sorted(zip(names, w)) if abs(v) >= 5e-5]
        MODEL_FILE.write_text(
            '"""Weights of the mention screen (transforms/mention_screen.py).\n\n'
            "Written by bench/train_mention_screen.py; retrain, do not edit by hand. Trained on\n"
            f"{sum(len(v) for v in labels.values())} mentions of {len(data)} hand-coded held-out sets "
            f"({args.sets}), L2 {args.l2}.\nLeave-one-set-out mean event f1 {baseline:.4f} unscreened, "
            f"{by_threshold[best]:.4f} at the threshold.\n"
            '"""\n\n'
            f"THRESHOLD = {best}\n\nWEIGHTS = {{\n" + "\n".join(lines) + "\n}\n", encoding="utf-8")
        print(f"wrote {MODEL_FILE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
