"""`sitrep status`: what a warehouse holds, read through its views (read-only)."""
from __future__ import annotations

from pathlib import Path

import duckdb

from flows.summary import fetch_event_table, format_table

COUNTS_SQL = """
select
  (select count(*) from articles) as articles,
  (select count(*) from articles where status = 'ok') as articles_ok,
  (select count(*) from quarantine) as quarantined,
  (select count(*) from events_flat) as events,
  (select coalesce(sum(fatalities), 0) from events_flat) as fatalities,
  (select max(finished_at) from runs) as last_run
"""


def render_status(database: Path, limit: int = 20) -> str:
    con = duckdb.connect(str(database), read_only=True)
    try:
        cur = con.execute(COUNTS_SQL)
        counts = dict(zip([d[0] for d in cur.description], cur.fetchone()))
    finally:
        con.close()
    lines = [f"warehouse: {database.parent}"] + [f"  {k}: {v}" for k, v in counts.items()]
    columns, rows = fetch_event_table(database, limit)
    if rows:
        lines += ["", format_table(columns, rows)]
    return "\n".join(lines)
