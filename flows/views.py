"""Build <warehouse>/sitrep.duckdb: DuckDB views over the lake's Parquet files.

The SQL lives in sql/, one view per file, run in file-name order. Each file
may use two placeholders, replaced before it runs: `{lake}` (the absolute
lake folder, escaped for a SQL string literal, so views work from any
working directory) and `{built_epoch}` (Unix time of the build). A file's
leading `--` comment becomes the view's COMMENT; column comments come from
the pyarrow schemas (flows/schemas.py) or, for derived columns, from the
dicts below.

DuckDB allows one writer and no writer while another process reads, so the
database is built as a new file beside the old one and swapped in with
`os.replace`: an analyst holding the old file open keeps it until they
reconnect and never sees a half-built database. Analysts need DuckDB >= 2.0.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

import duckdb

from flows.lake import init_lake, lake_dir
from flows.schemas import DATASETS, describe

SQL_DIR = Path(__file__).resolve().parent.parent / "sql"
DATABASE_NAME = "sitrep.duckdb"
_BUILDING = f"{DATABASE_NAME}.building-"
_GLOB_CHARACTERS = set("*?[]{}")

# The lake dataset whose schema describes a view's same-named columns.
VIEW_DATASETS = {
    "stg_articles": "articles", "stg_article_lines": "article_lines", "stg_mentions": "mentions",
    "stg_events": "events", "stg_event_evidence": "event_evidence", "stg_quarantine": "quarantine",
    "stg_article_duplicates": "article_duplicates", "stg_runs": "runs",
    "articles": "articles", "article_lines": "article_lines", "quarantine": "quarantine",
    "runs": "runs", "dim_article": "articles", "bridge_event_article": "event_evidence",
}
DEFAULT_DATASET = "events"

# Derived columns (not in the view's lake schema), by name, in every view.
DERIVED_COLUMN_DOCS = {
    "date_id": "Day as a yyyymmdd integer (dim_date key); NULL when the date is unknown.",
    "event_type_id": "dim_event_type key: first 16 hex chars of md5(event_type|sub_event_type).",
    "actor_id": "dim_actor key: first 16 hex chars of md5(actor_name).",
    "actor1_id": "dim_actor key of actor1.",
    "actor2_id": "dim_actor key of actor2; NULL when the event has no actor2.",
    "location_id": "dim_location key: first 16 hex chars of md5 over the place columns; NULL when no country is known.",
    "actor_name": "Canonical actor name (as in actor1/actor2).",
    "inter": "Actor class code the actor carries most often (1 state ... 8 external/other).",
    "actor_class": "Label of the inter code (ACLED's actor class names).",
    "disorder_type": "ACLED disorder type: Political violence, Demonstrations or Strategic developments.",
    "source_count": "Number of distinct articles that report the event.",
    "year": "Year of event_date.",
    "is_duplicate": "True when the article is a near-duplicate of another article.",
    "date": "Calendar day.",
    "quarter": "Calendar quarter, 1-4.",
    "month": "Month number, 1-12.",
    "month_name": "English month name.",
    "iso_week": "ISO 8601 week number, 1-53 (weeks start on Monday).",
    "week_start": "Monday of the ISO week.",
    "day_of_week": "ISO day of week: 1 Monday ... 7 Sunday.",
    "day_name": "English day name.",
    "events": "Number of events.",
    "actor": "Canonical actor name.",
    "role": "'actor1' (the side that acts) or 'actor2' (the side acted upon).",
    "controlled_by": "Actor that took the place in the latest territorial change (its actor1).",
    "controlled_by_class": "Actor class of controlled_by.",
    "control_since": "Date of the latest territorial change; NULL when unknown.",
    "latest_change": "Sub-event type of the latest territorial change.",
    "taken_from": "Actor the place was taken from (actor2 of the latest change); NULL when not named.",
    "territorial_changes": "Number of territorial changes recorded for the place.",
    "event_id_cnty": "Event id (ACLED's event_id_cnty position; holds our event_id).",
    "civilian_targeting": "'Civilian targeting' when civilians are the target, else NULL (as ACLED).",
    "iso": "ISO 3166-1 alpha-3 country code (ACLED exports the numeric code here).",
    "region": "World region: not extracted, always NULL.",
    "admin3": "Third-level administrative unit: not extracted, always NULL.",
    "source_scale": "ACLED source scale: not extracted, always NULL.",
    "tags": "ACLED tags: not extracted, always NULL.",
    "timestamp": "Unix epoch seconds of last_reported (of the view build when unknown).",
}

# Columns whose meaning in one view differs from the same name elsewhere.
_DUPLICATE_OF = "Canonical article this article repeats (article_duplicates); NULL when it repeats none."
VIEW_COLUMN_DOCS = {
    "articles": {"duplicate_of": _DUPLICATE_OF},
    "dim_article": {"duplicate_of": _DUPLICATE_OF},
    "dim_actor": {"country": "Country parsed from the canonical name ('... Forces of X', 'Name (X)'); NULL otherwise."},
    "events_flat": {
        "source": "Distinct outlets of the event's articles, joined with '; ' (ACLED style).",
        "article_ids": "The event's articles (via bridge_event_article), sorted.",
    },
    "mart_acled_export": {"source": "Distinct outlets of the event's articles, joined with '; ' (ACLED style)."},
    "mart_events_by_admin1_week": {"fatalities": "Sum of the events' fatalities."},
    "mart_territory_control": {"event_id": "Event of the latest territorial change."},
    "bridge_event_article": {
        "mention_id": "Mention merged into the event; NULL when the article has no evidence row.",
        "char_start": "Offset of the sentence in articles.body_text; NULL without evidence.",
    },
}


def build_views(warehouse: Path) -> Path:
    """Build <warehouse>/sitrep.duckdb holding views only over the lake's Parquet files."""
    warehouse = Path(warehouse).resolve()
    if _GLOB_CHARACTERS & set(str(warehouse)):
        raise ValueError(f"warehouse path {str(warehouse)!r} contains glob characters; DuckDB cannot read it")
    init_lake(warehouse)  # views bind to their files when created: every bucket must exist
    target = warehouse / DATABASE_NAME
    building = warehouse / f"{_BUILDING}{os.getpid()}"
    _remove_stale_builds(warehouse)
    try:
        _write_database(building, lake_dir(warehouse))
        _remove(_wal_of(building))
        # a stale WAL beside the target would be replayed onto the new file
        _remove(_wal_of(target))
        os.replace(building, target)
    finally:
        _remove(building)
        _remove(_wal_of(building))
    return target


def _write_database(path: Path, lake: Path) -> None:
    built_epoch = int(time.time())
    con = duckdb.connect(str(path))
    try:
        for sql_file in sorted(SQL_DIR.glob("*.sql")):
            sql = sql_file.read_text(encoding="utf-8")
            con.execute(_render(sql, lake, built_epoch))
            _comment_view(con, sql)
        _comment_columns(con)
    finally:
        con.close()


def _render(sql: str, lake: Path, built_epoch: int) -> str:
    # replace, not str.format: SQL uses braces for struct literals
    return sql.replace("{lake}", str(lake).replace("'", "''")).replace("{built_epoch}", str(built_epoch))


def _comment_view(con: duckdb.DuckDBPyConnection, sql: str) -> None:
    name = _view_name(sql)
    doc = _leading_comment(sql)
    if name and doc:
        con.execute(f"comment on view {_ident(name)} is {_literal(doc)}")


def _view_name(sql: str) -> str | None:
    for line in sql.splitlines():
        words = line.lower().split()
        if words[:4] == ["create", "or", "replace", "view"] and len(words) > 4:
            return line.split()[4]
    return None


def _leading_comment(sql: str) -> str:
    lines = []
    for line in sql.splitlines():
        if not line.startswith("--"):
            break
        lines.append(line[2:].strip())
    return " ".join(x for x in lines if x)


def _comment_columns(con: duckdb.DuckDBPyConnection) -> None:
    columns = con.execute(
        "select table_name, column_name from duckdb_columns() "
        "where schema_name = 'main' and database_name = current_database() "
        "order by table_name, column_index").fetchall()
    for view, column in columns:
        doc = column_doc(view, column)
        if doc:
            con.execute(f"comment on column {_ident(view)}.{_ident(column)} is {_literal(doc)}")


def column_doc(view: str, column: str) -> str:
    """Description of a view's column: view override, the view's schema, derived dict, any schema."""
    override = VIEW_COLUMN_DOCS.get(view, {}).get(column)
    if override:
        return override
    own = describe(DATASETS[VIEW_DATASETS.get(view, DEFAULT_DATASET)]).get(column)
    if own:
        return own
    if column in DERIVED_COLUMN_DOCS:
        return DERIVED_COLUMN_DOCS[column]
    for schema in DATASETS.values():
        doc = describe(schema).get(column)
        if doc:
            return doc
    return ""


def _remove_stale_builds(warehouse: Path) -> None:
    """Delete half-built databases of processes that are gone (and our own leftovers)."""
    for path in warehouse.glob(f"{_BUILDING}*"):
        pid_text = path.name[len(_BUILDING):].removesuffix(".wal")
        if pid_text.isdigit() and (int(pid_text) == os.getpid() or not _alive(int(pid_text))):
            _remove(path)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _wal_of(path: Path) -> Path:
    return path.with_name(path.name + ".wal")


def _remove(path: Path) -> None:
    path.unlink(missing_ok=True)


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


if __name__ == "__main__":
    import sys

    print(build_views(Path(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("SITREP_WAREHOUSE", "warehouse"))))
