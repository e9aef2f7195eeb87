#!/usr/bin/env python3
"""Cost of near-duplicate detection for a run that adds articles to a big lake.

    .venv/bin/python bench/bench_near_duplicates.py [--stored 20000] [--new 1000]

Builds synthetic articles (Zipf-distributed words from a 30k-word vocabulary,
~500 words each, about 1 in 10 an edited copy of an earlier one), then times
  before: find_near_duplicates over every stored + new article (the old land step);
  after:  flows.land._land_near_duplicates for the run adding the new articles to
          a lake whose article_signatures already hold the stored ones (reads,
          LSH look-up, checks, staged writes and commit).
It also checks that both give the same duplicate map. A benchmark, not a test.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import pyarrow as pa  # noqa: E402

from flows.lake import StagedLake, init_lake, read_dataset  # noqa: E402
from flows.land import _land_near_duplicates  # noqa: E402
from transforms.near_duplicates import find_near_duplicates  # noqa: E402


def build_articles(count: int, rng: random.Random, prefix: str, pool: list[str]) -> list[tuple[str, str]]:
    vocabulary = [f"word{n}" for n in range(30000)]
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    articles = []
    for n in range(count):
        if pool and rng.random() < 0.1:
            words = rng.choice(pool).split()
            for _ in range(rng.randrange(5, 120)):
                words[rng.randrange(len(words))] = rng.choice(vocabulary)
        else:
            words = rng.choices(vocabulary, weights, k=rng.randrange(300, 700))
        text = " ".join(words)
        pool.append(text)
        articles.append((f"{prefix}-{rng.randrange(16 ** 8):08x}-{n:05d}", text))
    return articles


def articles_table(articles: list[tuple[str, str]]) -> pa.Table:
    return pa.table({"article_id": [a for a, _ in articles], "status": ["ok"] * len(articles),
                     "body_text": [t for _, t in articles]})


def land(warehouse: Path, run_id: str, articles: list[tuple[str, str]], replaced: set[str]) -> float:
    start = time.perf_counter()
    stage = StagedLake(warehouse, run_id)
    _land_near_duplicates(stage, warehouse, articles_table(articles), replaced)
    stage.commit(last=())
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stored", type=int, default=20000)
    parser.add_argument("--new", type=int, default=1000)
    args = parser.parse_args()
    rng, pool = random.Random(7), []
    stored = build_articles(args.stored, rng, "s", pool)
    new = build_articles(args.new, rng, "n", pool)
    everything = stored + new

    start = time.perf_counter()
    full = find_near_duplicates(everything)
    before = time.perf_counter() - start

    with tempfile.TemporaryDirectory() as tmp:
        warehouse = Path(tmp)
        init_lake(warehouse)
        backfill = land(warehouse, "seed", stored, {a for a, _ in stored})
        after = land(warehouse, "run", everything, {a for a, _ in new})
        table = read_dataset(warehouse, "article_duplicates")
        incremental = dict(zip(table.column("article_id").to_pylist(), table.column("duplicate_of").to_pylist()))

    print(f"{args.stored} stored + {args.new} new articles, {len(full)} duplicates")
    print(f"before (full recomputation):  {before:7.2f} s")
    print(f"after  (incremental run):     {after:7.2f} s   (one-off signing of the stored lake: {backfill:.2f} s)")
    print("same result:", incremental == full)


if __name__ == "__main__":
    main()
