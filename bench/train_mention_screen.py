"""Train the mention screen (transforms/mention_screen.py) on the hand-coded held-out sets.

    .venv/bin/python bench/train_mention_screen.py --warehouses DIR [--build --gazetteer WH]
        [--exclude heldout38,heldout39] [--l2 1.0] [--write]

1. `--build`: run the pipeline with the screen off (SITREP_SCREEN=off) on every
   bench/heldout* set that has a gold.json, one warehouse per set at DIR/<set>/wh,
   the gazetteer copied from WH/gazetteer (build it once with `sitrep gazetteer build`).
2. Label each mention: 1 when the event it resolved into matches a gold event
   (../shared/eval/score.py's matching), else 0.
3. Leave-one-set-out cross-validation of an L2 logistic regression on
   `screen_features`: for each threshold, the mean event f1 over the sets when
   events whose mentions all fall under it are dropped. The best threshold is chosen.
4. `--write`: fit on every set and write transforms/mention_screen_model.py.

Sets that must stay blind are left out with --exclude. numpy is needed here only
(spaCy brings it); the pipeline applies the weights in plain Python.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from flows.rows import mention_from_row  # noqa: E402
from flows.views import build_views  # noqa: E402
from transforms.mention_screen import ArticleFacts, exempt_from_screen, screen_features  # noqa: E402

MODEL_FILE = ROOT / "transforms" / "mention_screen_model.py"
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)


def load_score():
    spec = importlib.util.spec_from_file_location("score", ROOT.parent / "shared" / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    return score


def held_out_sets(exclude: set[str]) -> list[Path]:
    return [p for p in sorted((ROOT / "bench").glob("heldout*"))
            if (p / "gold.json").exists() and p.name not in exclude]


def build(sets: list[Path], out: Path, gazetteer: Path) -> None:
    for folder in sets:
        work = out / folder.name
        shutil.rmtree(work, ignore_errors=True)
        (work / "in").mkdir(parents=True)
        for txt in folder.glob("*.txt"):
            shutil.copy(txt, work / "in")
            shutil.copy(txt.with_suffix(".json"), work / "in")
        shutil.copytree(gazetteer / "gazetteer", work / "wh" / "gazetteer")
        env = dict(os.environ, SITREP_SCREEN="off", PREFECT_HOME=str(work / "prefect"),
                   PREFECT_SERVER_ANALYTICS_ENABLED="false")
        subprocess.run([str(ROOT / ".venv" / "bin" / "sitrep"), "run", "--input", str(work / "in"),
                        "--warehouse", str(work / "wh")], env=env, check=True, capture_output=True)
        print(f"built {folder.name}", file=sys.stderr)


def load_set(score, folder: Path, warehouse: Path):
    """(feature dicts, labels, event id of each screened mention, events of exempt mentions,
    events_flat rows, gold) of one set."""
    build_views(warehouse)  # views name the lake by absolute path: a moved warehouse needs them anew
    con = duckdb.connect(str(warehouse / "sitrep.duckdb"), read_only=True)
    rel = con.sql("select * from stg_mentions order by article_id, char_start, mention_id")
    rows = [dict(zip(rel.columns, r)) for r in rel.fetchall()]
    event_of = dict(con.sql("select mention_id, event_id from stg_event_evidence order by all").fetchall())
    facts = {a: ArticleFacts(p, n or 0) for a, p, n in
             con.sql("select article_id, published, length(body_text) from articles").fetchall()}
    con.close()
    # DuckDB returns rows in no fixed order, and which of two duplicate predictions matches gold
    # depends on it: sorted, the labels (and so the weights) are the same on every run
    events = sorted(score.load_table(None, "events_flat", warehouse), key=lambda e: e["event_id"])
    gold = json.loads((folder / "gold.json").read_text())
    matched = {events[i]["event_id"] for i in score.match(gold["events"], events).values()}
    by_article: dict[str, list] = {}
    for row in rows:
        by_article.setdefault(row["article_id"], []).append(mention_from_row(row))
    features, labels, event_ids, exempt = [], [], [], set()
    for article_id, mentions in by_article.items():
        article_features = screen_features(mentions, facts.get(article_id, ArticleFacts(None, 0)))
        for m, f in zip(mentions, article_features):
            if exempt_from_screen(m):  # never screened, so nothing to learn from
                exempt.add(event_of.get(m.mention_id))
                continue
            features.append(f)
            event_ids.append(event_of.get(m.mention_id))
            labels.append(float(event_of.get(m.mention_id) in matched))
    return features, labels, event_ids, exempt, events, gold


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
    parser.add_argument("--warehouses", type=Path, required=True)
    parser.add_argument("--build", action="store_true")
    parser.add_argument("--gazetteer", type=Path)
    parser.add_argument("--exclude", default="")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    sets = held_out_sets({s for s in args.exclude.split(",") if s})
    if args.build:
        build(sets, args.warehouses, args.gazetteer)
    score = load_score()
    data = {f.name: load_set(score, f, args.warehouses / f.name / "wh") for f in sets}
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
    baseline = np.mean([f1_kept(s, np.ones(len(labels[s])), 0.5) for s in data])
    print(f"{len(data)} sets, {sum(len(v) for v in labels.values())} mentions "
          f"({int(sum(v.sum() for v in labels.values()))} in matched events); unscreened mean f1 {baseline:.4f}")
    by_threshold = {}
    for t in THRESHOLDS:
        by_threshold[t] = np.mean([f1_kept(s, held[s], t) for s in data])
        print(f"  threshold {t:.2f}: leave-set-out mean f1 {by_threshold[t]:.4f}")
    best = max(by_threshold, key=by_threshold.get)
    print(f"best threshold {best:.2f}: {baseline:.4f} -> {by_threshold[best]:.4f}")
    if args.write:
        w = fit(np.vstack(list(matrix.values())), np.concatenate(list(labels.values())), args.l2)
        lines = [f'    "{k}": {v:.4f},' for k, v in sorted(zip(names, w)) if abs(v) >= 5e-5]
        MODEL_FILE.write_text(
            '"""Weights of the mention screen (transforms/mention_screen.py).\n\n'
            "Written by bench/train_mention_screen.py; retrain, do not edit by hand. Trained on\n"
            f"{sum(len(v) for v in labels.values())} mentions of the {len(data)} hand-coded held-out sets "
            f"bench/heldout* with a gold.json\n(left out: {args.exclude or 'none'}), "
            f"L2 {args.l2}.\nLeave-one-set-out mean event f1 {baseline:.4f} unscreened, "
            f"{by_threshold[best]:.4f} at the threshold.\n"
            '"""\n\n'
            f"THRESHOLD = {best}\n\nWEIGHTS = {{\n" + "\n".join(lines) + "\n}\n", encoding="utf-8")
        print(f"wrote {MODEL_FILE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
