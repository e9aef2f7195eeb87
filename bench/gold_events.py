"""Shared helpers of the held-out gold scripts (bench/heldout*/make_gold.py).

Gold events are written as code so each one's reasoning sits next to it;
`ev` appends one event in /work/shared/eval/gold format to EVENTS, and
`boilerplate_lines` turns the exact texts of an article's boilerplate lines
into the line numbers the cleaning score reads.
"""
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
