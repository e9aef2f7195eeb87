"""Score many held-out sets with ONE pipeline run (bench, not a test).

    .venv/bin/python bench/eval_heldout_all.py [--sets heldout,heldout2-97] [--gazetteer DIR] [--keep DIR]

Without --sets, every bench/heldout* folder that has a gold.json.

Copies every set's articles into one input folder, each file named
<set>__<article>, runs `sitrep run` once, and scores each set's gold with
../shared/eval/score.py's own matching against the events whose articles
belong to that set. One run over 700 articles takes minutes where a run
per set takes most of an hour; the price is that outlet line statistics
and cross-article merging see the other sets' articles, so a few sets
score a little differently than `eval_heldout.sh` gives (checked in
session 12: 77 of 81 sets identical, four within 0.04). Use it to compare
two versions of the code, and `eval_heldout.sh` for a set's own number.
Prints one line per set and the mean f1, then any article the extractor
raised on (its events are lost); the screen follows SITREP_SCREEN.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))
import score  # noqa: E402  (the shared scorer: the same matching as eval_heldout.sh)

SEP = "__"


def set_names(spec: str) -> list[str]:
    """'heldout,heldout2-81' -> ['heldout', 'heldout2', ..., 'heldout81']."""
    names = []
    for part in spec.split(","):
        stem = part.rstrip("0123456789-")
        if "-" in part[len(stem):]:
            lo, hi = part[len(stem):].split("-")
            names += [f"{stem}{i}" for i in range(int(lo), int(hi) + 1)]
        else:
            names.append(part)
    return names


def all_sets() -> list[str]:
    """Every held-out set with a gold.json, in number order."""
    found = [p.name for p in (ROOT / "bench").glob("heldout*") if (p / "gold.json").exists()]
    return sorted(found, key=lambda n: int(n[len("heldout"):] or 1))


def gather(sets: list[str], target: Path) -> None:
    for name in sets:
        for txt in sorted((ROOT / "bench" / name).glob("*.txt")):
            shutil.copy(txt, target / f"{name}{SEP}{txt.name}")
            shutil.copy(txt.with_suffix(".json"), target / f"{name}{SEP}{txt.stem}.json")


def events_by_set(warehouse: Path) -> dict[str, list[dict]]:
    con = duckdb.connect(str(warehouse / "sitrep.duckdb"), read_only=True)
    cur = con.execute("select * from events_flat")
    cols = [d[0] for d in cur.description]
    rows = [dict(zip(cols, r)) for r in cur.fetchall()]
    con.close()
    out: dict[str, list[dict]] = {}
    for row in rows:
        ids = score.as_list(row.get("article_ids"))
        for name in {a.split(SEP)[0] for a in ids if SEP in a}:
            own = [a.split(SEP, 1)[1] for a in ids if a.startswith(name + SEP)]
            out.setdefault(name, []).append(dict(row, article_ids=own))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", help="e.g. heldout,heldout2-97 (default: every set with a gold.json)")
    ap.add_argument("--gazetteer", type=Path, help="a warehouse folder holding gazetteer/ (else built from the mirror)")
    ap.add_argument("--keep", type=Path, help="build the warehouse here and keep it")
    args = ap.parse_args()
    sets = set_names(args.sets) if args.sets else all_sets()
    work = Path(tempfile.mkdtemp(prefix="heldout_all."))
    try:
        return _score_sets(sets, work, args.keep or work / "wh", args.gazetteer)
    finally:
        shutil.rmtree(work, ignore_errors=True)  # the input copies and Prefect's home; a --keep warehouse stays


def _score_sets(sets: list[str], work: Path, warehouse: Path, gazetteer: Path | None) -> int:
    (work / "in").mkdir()
    warehouse.mkdir(parents=True, exist_ok=True)
    gather(sets, work / "in")
    sitrep = str(ROOT / ".venv" / "bin" / "sitrep")
    env = {**os.environ, "PREFECT_HOME": str(work / "prefect"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    if gazetteer:
        shutil.copytree(gazetteer / "gazetteer", warehouse / "gazetteer", dirs_exist_ok=True)
    else:
        subprocess.run([sitrep, "gazetteer", "build", "--source", str(ROOT.parent / "shared" / "data" / "geonames-mirror"),
                        "--warehouse", str(warehouse)], check=True, env=env, stdout=subprocess.DEVNULL)
    run = subprocess.run([sitrep, "run", "--input", str(work / "in"), "--warehouse", str(warehouse)],
                         env=env, capture_output=True, text=True)
    if run.returncode != 0:
        print(run.stdout[-3000:], run.stderr[-3000:], sep="\n")
        return 1
    predicted = events_by_set(warehouse)
    f1s = []
    for name in sets:
        gold = json.loads((ROOT / "bench" / name / "gold.json").read_text(encoding="utf-8"))
        result = score.score_events(gold, predicted.get(name, []))
        f1s.append(result["f1"])
        print(f"{name} f1={result['f1']:.3f} precision={result['precision']:.3f} recall={result['recall']:.3f} "
              f"events={result['events_predicted']}")
    print(f"mean f1 over {len(f1s)} sets: {sum(f1s) / len(f1s):.4f}")
    for article_id, reason in extraction_failures(warehouse):
        # a rule bug loses every event of the article; the run goes on, so say it here
        print(f"extraction failed on {article_id}: {reason}")
    return 0


def extraction_failures(warehouse: Path) -> list[tuple[str, str]]:
    """Articles the extractor raised on (status 'extract_failed'), with the error."""
    con = duckdb.connect(str(warehouse / "sitrep.duckdb"), read_only=True)
    try:
        return con.execute("select article_id, status_reason from articles where status = 'extract_failed' "
                           "order by article_id").fetchall()
    finally:
        con.close()


if __name__ == "__main__":
    sys.exit(main())
