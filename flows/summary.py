"""What a run built, as a Prefect markdown artifact and as the CLI's printout."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

import duckdb

EVENT_TABLE_SQL = """
select cast(event_date as varchar) as date, sub_event_type, actor1, actor2,
       coalesce(nullif(admin2, ''), nullif(admin1, ''), country) as place, fatalities, source_count
from events_flat
order by event_date nulls last, event_id
limit ?
"""


@dataclass(frozen=True)
class RunSummary:
    run_id: str
    warehouse: str
    database: str
    files_seen: int
    articles_read: int
    articles_skipped: int
    articles_retracted: int
    statuses: dict
    quarantined: int
    quarantine_reasons: dict
    mentions: int
    mentions_below_screen: int
    events_resolved: int
    events_total: int
    seconds: float

    def as_dict(self) -> dict:
        return asdict(self)


def _reasons(reasons: dict) -> str:
    return ", ".join(f"{k}: {v}" for k, v in sorted(reasons.items())) or "none"


def render_markdown(s: RunSummary) -> str:
    kept = s.statuses.get("ok", 0)
    return "\n".join([
        f"# sitrep run `{s.run_id}`",
        "",
        "| measure | value |",
        "|---|---|",
        f"| input files seen | {s.files_seen} |",
        f"| articles read | {s.articles_read} |",
        f"| articles kept (status ok) | {kept} |",
        f"| other statuses | {_reasons({k: v for k, v in s.statuses.items() if k != 'ok'})} |",
        f"| unchanged, skipped | {s.articles_skipped} |",
        f"| retracted | {s.articles_retracted} |",
        f"| quarantined | {s.quarantined} ({_reasons(s.quarantine_reasons)}) |",
        f"| event mentions extracted | {s.mentions} |",
        f"| mentions under the screen's threshold | {s.mentions_below_screen} |",
        f"| events re-resolved | {s.events_resolved} |",
        f"| events in warehouse | {s.events_total} |",
        f"| seconds | {s.seconds} |",
        "",
        f"Database: `{s.database}`",
    ])


def fetch_event_table(database: Path, limit: int = 20) -> tuple[list[str], list[tuple]]:
    """The first events of events_flat, opened read-only."""
    con = duckdb.connect(str(database), read_only=True)
    try:
        cur = con.execute(EVENT_TABLE_SQL, [limit])
        return [d[0] for d in cur.description], cur.fetchall()
    finally:
        con.close()


def format_table(columns: list[str], rows: list[tuple], width: int = 34) -> str:
    def cell(v) -> str:
        text = "" if v is None else str(v)
        return text if len(text) <= width else text[: width - 1] + "…"

    cells = [[cell(v) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)) for r in cells]
    return "\n".join(lines)


def render_text(s: RunSummary, limit: int = 20) -> str:
    kept = s.statuses.get("ok", 0)
    others = {k: v for k, v in s.statuses.items() if k != "ok"}
    out = [
        f"sitrep run {s.run_id} finished in {s.seconds:.1f}s",
        f"  articles read: {s.articles_read}  kept: {kept}  other: {_reasons(others)}",
        f"  unchanged (skipped): {s.articles_skipped}  retracted: {s.articles_retracted}",
        f"  quarantined: {s.quarantined} ({_reasons(s.quarantine_reasons)})",
        f"  event mentions: {s.mentions} (under the screen's threshold: {s.mentions_below_screen})  "
        f"events in warehouse: {s.events_total}",
        f"  database: {s.database}",
    ]
    columns, rows = fetch_event_table(Path(s.database), limit)
    if rows:
        out += ["", f"events (first {min(limit, len(rows))} of {s.events_total}):", format_table(columns, rows)]
    return "\n".join(out)
