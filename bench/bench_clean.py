#!/usr/bin/env python3
"""Throughput of plain-text cleaning (articles/s on one core).

    .venv/bin/python bench/bench_clean.py [--articles 2000] [--corpus data/sample]

Builds synthetic articles by shuffling and recombining the sample articles'
lines (so line rules, repeats and outlet counts all do real work), gives
them a handful of outlets, and times clean_articles over the whole batch.
A benchmark, not a test: it prints the figure and the target (>= 300/s).
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from transforms.clean import clean_articles  # noqa: E402
from transforms.language import detect_language  # noqa: E402
from transforms.records import RawArticle  # noqa: E402

TARGET_PER_SECOND = 300


def build_articles(corpus: Path, count: int, seed: int = 7) -> list[RawArticle]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    rng = random.Random(seed)
    articles = []
    for n in range(count):
        base = texts[n % len(texts)].split("\n")
        donor = rng.choice(texts).split("\n")
        # Swap a few lines with another article's, keep the page furniture shape.
        for _ in range(5):
            base[rng.randrange(len(base))] = rng.choice(donor)
        articles.append(RawArticle(
            article_id=f"synthetic-{n:05d}", input_path=f"synthetic/{n}.txt", content_type="text",
            content="\n".join(base), raw_sha256="0" * 64, source=f"outlet-{n % 7}",
        ))
    return articles


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--corpus", type=Path, default=REPO / "data" / "sample")
    args = ap.parse_args(argv)

    articles = build_articles(args.corpus, args.articles)
    detect_language("warm up the language model once, outside the timing " * 3)
    started = time.process_time()
    cleaned = clean_articles(articles)
    elapsed = time.process_time() - started
    rate = len(cleaned) / elapsed if elapsed else float("inf")
    mean_chars = sum(len(a.content) for a in articles) / len(articles)
    print(f"cleaned {len(cleaned)} plain-text articles (mean {mean_chars:.0f} chars) "
          f"in {elapsed:.2f} s CPU: {rate:.0f} articles/s (target >= {TARGET_PER_SECOND}/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
