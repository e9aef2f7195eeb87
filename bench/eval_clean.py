#!/usr/bin/env python3
"""Score plain-text cleaning on a folder of .txt articles against gold drop lines.

    .venv/bin/python bench/eval_clean.py [--score ../shared/eval/score.py]
        [--gold ../shared/eval/gold/seeds.json] [--corpus data/sample] [--verbose]

Imports `score_cleaning` from the shared score.py (path on the command line)
so the figures are exactly the acceptance metric: clean_keep and
clean_removed. --verbose lists every scored line that went the wrong way.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import importlib.util
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from transforms.clean import clean_articles  # noqa: E402
from transforms.records import RawArticle  # noqa: E402


def load_score_module(path: Path):
    spec = importlib.util.spec_from_file_location("shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_articles(corpus: Path) -> list[RawArticle]:
    raws = []
    for path in sorted(corpus.glob("*.txt")):
        sidecar = path.with_suffix(".json")
        meta = json.loads(sidecar.read_text()) if sidecar.exists() else {}
        published = meta.get("published")
        raws.append(RawArticle(
            article_id=path.stem, input_path=str(path), content_type="text",
            content=path.read_text(encoding="utf-8", errors="replace"),
            raw_sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
            url=meta.get("url"), title=meta.get("title"), source=meta.get("source"),
            published=dt.date.fromisoformat(published) if published else None,
        ))
    return raws


def print_misses(gold: dict, corpus: Path, bodies: dict[str, str]) -> None:
    squash = lambda s: re.sub(r"\s+", " ", s).strip()  # noqa: E731 - same as score.py
    for art in gold["articles"]:
        src = corpus / f"{art['id']}.txt"
        if art["id"] not in bodies or not src.exists():
            continue
        body = bodies[art["id"]]
        body_lines = {squash(x) for x in body.splitlines() if x.strip()}
        raw = src.read_text().splitlines()
        body_texts = {squash(x) for i, x in enumerate(raw, start=1) if i not in art["drop_lines"]}
        for i, line in enumerate(raw, start=1):
            text = squash(line)
            if not text or i in art["either_lines"]:
                continue
            if i in art["drop_lines"] and text in body_texts:
                continue  # score.py does not score a drop line that repeats a body line
            if i in art["drop_lines"] and text in body_lines:
                print(f"  LEAK {art['id']}:{i} {text[:90]}")
            elif i not in art["drop_lines"] and text not in squash(body):
                print(f"  LOST {art['id']}:{i} {text[:90]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--score", type=Path, default=REPO.parent / "shared" / "eval" / "score.py")
    ap.add_argument("--gold", type=Path, default=REPO.parent / "shared" / "eval" / "gold" / "seeds.json")
    ap.add_argument("--corpus", type=Path, default=REPO / "data" / "sample")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)

    score = load_score_module(args.score)
    gold = json.loads(args.gold.read_text())
    cleaned = clean_articles(read_articles(args.corpus))
    rows = [{"article_id": c.article_id, "body_text": c.body_text} for c in cleaned]
    result = score.score_cleaning(gold, rows, args.corpus)
    if result is None:
        print("eval_clean: nothing scored (no gold article found in the corpus)", file=sys.stderr)
        return 2
    for c in cleaned:
        print(f"{c.article_id}: status={c.status} published={c.published} ({c.published_from}) "
              f"title={c.title!r}")
    if args.verbose:
        print_misses(gold, args.corpus, {c.article_id: c.body_text for c in cleaned})
    print(f"lines kept {result['lines_kept']}, boilerplate leaked {result['boilerplate_leaked']}")
    print(f"clean_keep={result['keep_recall']:.3f} clean_removed={result['boilerplate_removed']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
