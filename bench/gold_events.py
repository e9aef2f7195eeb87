"""Shared helpers of the held-out gold scripts (bench/heldout*/make_gold.py).

Gold events are written as code so each one's reasoning sits next to it;
`ev` appends one event in /work/shared/eval/gold format to EVENTS, and
`boilerplate_lines` turns the exact texts of an article's boilerplate lines
into the line numbers the cleaning score reads; `write_gold` writes the set's gold.json.
"""
import json
from pathlib import Path

EVENTS: list[dict] = []

BAT, EXP, VAC, PRO, RIO, STR = ("Battles", "Explosions/Remote violence", "Violence against civilians",
                                "Protests", "Riots", "Strategic developments")


def ev(key, art, date, dmin, dmax, etype, sub, a1, a2, country, admin1, admin2=(), fat=None,
       req=True, tp=1, evidence=""):
    EVENTS.append({"key": key, "required": req, "articles": [art], "event_date": date,
                   "date_min": dmin, "date_max": dmax, "time_precision": tp, "event_type": etype,
                   "sub_event_type": list(sub), "actor1": list(a1), "actor2": list(a2),
                   "country": country, "admin1": list(admin1), "admin2": list(admin2),
                   "fatalities": fat, "evidence": evidence})


def boilerplate_lines(folder: Path, art: str, texts) -> list[int]:
    """1-based numbers of the lines of <folder>/<art>.txt whose stripped text is one of `texts`;
    every text must be found (a typo in the gold fails loudly instead of scoring nothing)."""
    wanted = set(texts)
    lines = (folder / f"{art}.txt").read_text(encoding="utf-8").splitlines()
    found = [i for i, line in enumerate(lines, start=1) if line.strip() and line.strip() in wanted]
    missing = wanted - {lines[i - 1].strip() for i in found}
    assert not missing, (art, missing)
    return found


def write_gold(folder: Path, events: list[dict], *, note: str, drop=None, either=None, indent: int = 1,
               ensure_ascii: bool = True) -> dict:
    """Write <folder>/gold.json for the held-out set in `folder` and print its counts.

    The articles are the set's <id>.txt files (sorted by id), each dated by the "published" field of its
    <id>.json sidecar. `drop` and `either` map an article id to the exact texts of its boilerplate lines
    that must be dropped / may be kept or dropped (see `boilerplate_lines`); articles missing from them
    have none. `indent` and `ensure_ascii` are parameters only because the sets were written with
    different json.dumps settings and each gold.json must stay byte-identical when regenerated.
    Returns the gold dict.
    """
    drop, either = drop or {}, either or {}
    ids = sorted(p.stem for p in folder.glob("*.txt"))
    unknown = {e["articles"][0] for e in events} - set(ids)
    assert not unknown, f"events name unknown articles: {sorted(unknown)}"
    articles = [{"id": a,
                 "published": json.loads((folder / f"{a}.json").read_text(encoding="utf-8"))["published"],
                 "drop_lines": boilerplate_lines(folder, a, drop.get(a, ())),
                 "either_lines": boilerplate_lines(folder, a, either.get(a, ()))} for a in ids]
    gold = {"corpus": folder.name, "note": note, "articles": articles, "events": events}
    out = folder / "gold.json"
    out.write_text(json.dumps(gold, indent=indent, ensure_ascii=ensure_ascii) + "\n", encoding="utf-8")
    req = sum(e["required"] for e in events)
    print(f"wrote {out}: {len(ids)} articles, {len(events)} events ({req} required, {len(events) - req} optional)")
    return gold
