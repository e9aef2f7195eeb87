"""Benchmark (not a test): whole-pipeline throughput and the cost of a no-op rerun.

    .venv/bin/python bench/bench_pipeline.py [--articles 1000] [--gazetteer DIR]

Builds N synthetic articles from the bundled sample (each a sample article
with its id, dates and numbers varied, and an outlet of its own: the same
text repeated within one outlet would rightly be dropped as boilerplate),
runs the real flow into a temp warehouse, then runs it again on the same
input. Prints articles/s of the first run and the rerun/first time ratio,
both measured in this one run (machines here are shared and noisy).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def make_corpus(target: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    samples = sorted((ROOT / "data" / "sample").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in samples]
    target.mkdir(parents=True)
    for i in range(n):
        text = texts[i % len(texts)]
        text = re.sub(r"\b\d{2,3}\b", lambda m: str(int(m.group()) + rng.randint(1, 9)), text)
        day = dt.date(2021, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
        stem = f"{i // 1000:03d}/art_{i:06d}"
        path = target / f"{stem}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        (target / f"{stem}.json").write_text(json.dumps({"published": day.isoformat(), "source": f"outlet{i}"}))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=0,
                    help="also time a first run with this many worker processes (0: skip)")
    ap.add_argument("--gazetteer", type=Path, default=ROOT / "warehouse" / "gazetteer",
                    help="a built gazetteer folder to copy into the temp warehouse (coarse geocoding if absent)")
    args = ap.parse_args()
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from flows.pipeline import run_pipeline, sitrep_pipeline

    with tempfile.TemporaryDirectory() as tmp:
        corpus, wh = Path(tmp) / "in", Path(tmp) / "wh"
        make_corpus(corpus, args.articles)
        if args.gazetteer.exists():
            shutil.copytree(args.gazetteer, wh / "gazetteer")
        t0 = time.perf_counter()
        first = sitrep_pipeline(input_path=str(corpus), warehouse=str(wh))
        t1 = time.perf_counter()
        second = sitrep_pipeline(input_path=str(corpus), warehouse=str(wh))
        t2 = time.perf_counter()
        parallel_s = None
        if args.workers > 1:
            wh2 = Path(tmp) / "wh-parallel"
            if args.gazetteer.exists():
                shutil.copytree(args.gazetteer, wh2 / "gazetteer")
            t3 = time.perf_counter()
            run_pipeline(str(corpus), str(wh2), workers=args.workers)
            parallel_s = time.perf_counter() - t3
    first_s, rerun_s = t1 - t0, t2 - t1
    print(f"articles: {args.articles}  events: {first['events_total']}")
    print(f"first run: {first_s:.1f}s = {args.articles / first_s:.1f} articles/s (flow overhead included)")
    print(f"no-op rerun: {rerun_s:.1f}s, read {second['articles_read']} articles; "
          f"rerun/first = {rerun_s / first_s:.3f}")
    if parallel_s:
        print(f"first run with {args.workers} workers: {parallel_s:.1f}s = "
              f"{args.articles / parallel_s:.1f} articles/s; speed-up {first_s / parallel_s:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
