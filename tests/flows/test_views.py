"""The DuckDB view layer (flows/views.py + sql/) on tiny hand-built lakes, with real DuckDB."""
from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from flows import views
from flows.lake import StagedLake, init_lake, lake_dir, to_table, write_parquet
from flows.schemas import EVENTS, describe
from flows.views import DATABASE_NAME, build_views

D = dt.date
UTC = dt.timezone.utc
A1_BODY = "Taliban fighters captured Dand district on Monday. Three soldiers died in the clash."
A4_BODY = "Government forces retook Dand district on Tuesday, officials said."
A2_BODY = "Hundreds of protesters marched in Ikeja against fuel prices."
A5_BODY = "A roadside bomb killed four civilians in Mogadishu on Monday."


def _article(article_id: str, source: str, published: dt.date | None, body: str, status: str = "ok") -> dict:
    return {"article_id": article_id, "input_root": "/in", "input_path": f"{article_id}.txt",
            "content_type": "text", "source": source, "url": f"https://news.example/{article_id}",
            "title": f"Title of {article_id}", "published": published,
            "published_from": "metadata" if published else None,
            "language": "en" if status == "ok" else "fr", "body_text": body, "status": status,
            "status_reason": None if status == "ok" else "language fr", "raw_sha256": "0" * 64,
            "ingested_at": dt.datetime(2021, 7, 8, 12, 0, tzinfo=UTC), "run_id": "run-1"}


ARTICLES = [
    _article("kabul/a1", "Outlet A", D(2021, 7, 5), A1_BODY),
    _article("lagos/a2", "Outlet B", None, A2_BODY),
    _article("kabul/a3", "Outlet C", D(2021, 7, 7), A1_BODY + " Updated."),
    _article("kabul/a4", "Outlet A", D(2021, 7, 7), A4_BODY),
    _article("mogadishu/a5", "Outlet B", D(2021, 7, 5), A5_BODY),
    _article("paris/a6", "Outlet D", D(2021, 6, 30), "Des manifestants ont défilé.", status="not_english"),
]

_DAND = {"iso3": "AFG", "country": "Afghanistan", "admin1": "Kandahar", "admin2": "Dand", "location": "Dand",
         "latitude": 31.52, "longitude": 65.73, "geo_precision": 3, "geonameid": 1142223,
         "admin1_code": "AF.23", "admin2_code": "AF.23.1142223"}


def _event(event_id: str, block: str, **values) -> dict:
    row = {"event_id": event_id, "block_key": block, "assoc_actor_1": "", "assoc_actor_2": "",
           "fatalities_low": values.get("fatalities", 0), "fatalities_high": values.get("fatalities", 0),
           "confidence": 0.7, "mention_ids": [f"m-{event_id}"]}
    row.update(values)
    return row


EVENTS_ROWS = [
    _event("ev-dand-1", "AFG", event_date=D(2021, 7, 5), time_precision=1, event_type="Battles",
           sub_event_type="Non-state actor overtakes territory", actor1="Taliban", inter1=2,
           actor2="Military Forces of Afghanistan", inter2=1, interaction=12, **_DAND,
           fatalities=3, fatalities_high=5, fatalities_known=True, notes="Taliban fighters captured Dand district.",
           sources=["Outlet A", "Outlet C"], article_ids=["kabul/a1", "kabul/a3"],
           first_reported=D(2021, 7, 5), last_reported=D(2021, 7, 7)),
    _event("ev-dand-2", "AFG", event_date=D(2021, 7, 6), time_precision=1, event_type="Battles",
           sub_event_type="Government regains territory", actor1="Military Forces of Afghanistan", inter1=1,
           actor2="Taliban", inter2=2, interaction=12, **_DAND, fatalities=0, fatalities_known=False,
           notes="Government forces retook Dand district.", sources=["Outlet A"], article_ids=["kabul/a4"],
           first_reported=D(2021, 7, 7), last_reported=D(2021, 7, 7)),
    _event("ev-lagos-1", "NGA", event_date=None, time_precision=3, event_type="Protests",
           sub_event_type="Peaceful protest", actor1="Protesters (Nigeria)", inter1=6, actor2="", inter2=None,
           interaction=60, iso3="NGA", country="Nigeria", admin1="Lagos", admin2="", location="Ikeja",
           latitude=6.6, longitude=3.35, geo_precision=1, geonameid=2337639, admin1_code="NG.05",
           admin2_code="", fatalities=0, fatalities_known=False, notes="Protesters marched in Ikeja.",
           sources=["Outlet B"], article_ids=["lagos/a2"], first_reported=None, last_reported=None),
    _event("ev-mogadishu-1", "SOM", event_date=D(2021, 7, 5), time_precision=1,
           event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
           actor1="Al Shabaab", inter1=2, actor2="Civilians (Somalia)", inter2=7, interaction=27,
           iso3="SOM", country="Somalia", admin1="Banaadir", admin2="", location="Mogadishu", latitude=2.04,
           longitude=45.34, geo_precision=1, geonameid=53654, admin1_code="SO.02", admin2_code="",
           fatalities=4, fatalities_high=6, fatalities_known=True, notes="A roadside bomb killed four civilians.",
           sources=["Outlet B"], article_ids=["mogadishu/a5"], first_reported=D(2021, 7, 5),
           last_reported=D(2021, 7, 5)),
]


def _evidence(event_id: str, block: str, article_id: str, body: str, sentence: str) -> dict:
    start = body.index(sentence)
    return {"event_id": event_id, "article_id": article_id, "mention_id": f"m-{event_id}", "block_key": block,
            "sentence": sentence, "char_start": start, "char_end": start + len(sentence)}


# kabul/a3 reports ev-dand-1 but has no evidence row: the bridge must still list it
EVIDENCE_ROWS = [
    _evidence("ev-dand-1", "AFG", "kabul/a1", A1_BODY, "Three soldiers died in the clash."),
    _evidence("ev-dand-2", "AFG", "kabul/a4", A4_BODY, A4_BODY),
    _evidence("ev-lagos-1", "NGA", "lagos/a2", A2_BODY, A2_BODY),
    _evidence("ev-mogadishu-1", "SOM", "mogadishu/a5", A5_BODY, A5_BODY),
]
LINES = [{"article_id": "kabul/a1", "line_no": 1, "text": "HOME | WORLD", "kept": False, "rule": "navigation"},
         {"article_id": "kabul/a1", "line_no": 2, "text": A1_BODY, "kept": True, "rule": None}]
QUARANTINE = [{"input_root": "/in", "input_path": "broken.txt", "article_id": "broken", "reason": "binary",
               "detail": "NUL bytes", "raw_sha256": "f" * 64, "size_bytes": 12,
               "quarantined_at": dt.datetime(2021, 7, 8, 12, 0, tzinfo=UTC), "run_id": "run-1"}]
RUN = {"run_id": "run-1", "started_at": dt.datetime(2021, 7, 8, 12, 0, tzinfo=UTC),
       "finished_at": dt.datetime(2021, 7, 8, 12, 1, tzinfo=UTC), "input": "/in", "full_refresh": False,
       "files_seen": 7, "articles_read": 6, "articles_skipped": 0, "articles_retracted": 0, "articles_ok": 5,
       "quarantined": 1, "mentions": 4, "events_total": 4, "seconds": 60.0}


def write_lake(warehouse: Path, events: list[dict] = EVENTS_ROWS, evidence: list[dict] = EVIDENCE_ROWS) -> None:
    init_lake(warehouse)
    lake = StagedLake(warehouse, "test-run")
    lake.replace_rows("articles", to_table("articles", ARTICLES), [])
    lake.replace_rows("article_lines", to_table("article_lines", LINES), [])
    lake.replace_rows("events", to_table("events", events), [])
    lake.replace_rows("event_evidence", to_table("event_evidence", evidence), [])
    lake.replace_single("quarantine", to_table("quarantine", QUARANTINE))
    lake.replace_single("article_duplicates", to_table("article_duplicates",
                                                       [{"article_id": "kabul/a3", "duplicate_of": "kabul/a1"}]))
    lake.append("runs", to_table("runs", [RUN]), "run-1")
    lake.commit()


@pytest.fixture(scope="module")
def database(tmp_path_factory) -> Path:
    warehouse = tmp_path_factory.mktemp("warehouse")
    write_lake(warehouse)
    return build_views(warehouse)


@pytest.fixture()
def con(database):
    connection = duckdb.connect(str(database), read_only=True)
    yield connection
    connection.close()


def rows(con, sql: str) -> list[tuple]:
    return con.execute(sql).fetchall()


def key(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()[:16]


# --- contract: names, columns, types ---------------------------------------------------------

VIEW_COLUMNS = {
    "articles": [
        ("article_id", "VARCHAR"), ("source", "VARCHAR"), ("url", "VARCHAR"), ("title", "VARCHAR"),
        ("published", "DATE"), ("published_from", "VARCHAR"), ("language", "VARCHAR"),
        ("body_text", "VARCHAR"), ("status", "VARCHAR"), ("status_reason", "VARCHAR"),
        ("raw_sha256", "VARCHAR"), ("ingested_at", "TIMESTAMP WITH TIME ZONE"),
        ("input_path", "VARCHAR"), ("duplicate_of", "VARCHAR")],
    "article_lines": [("article_id", "VARCHAR"), ("line_no", "INTEGER"), ("text", "VARCHAR"),
                      ("kept", "BOOLEAN"), ("rule", "VARCHAR")],
    "quarantine": [
        ("input_root", "VARCHAR"), ("input_path", "VARCHAR"), ("article_id", "VARCHAR"),
        ("reason", "VARCHAR"), ("detail", "VARCHAR"), ("raw_sha256", "VARCHAR"), ("size_bytes", "BIGINT"),
        ("quarantined_at", "TIMESTAMP WITH TIME ZONE"), ("run_id", "VARCHAR")],
    "runs": [
        ("run_id", "VARCHAR"), ("started_at", "TIMESTAMP WITH TIME ZONE"),
        ("finished_at", "TIMESTAMP WITH TIME ZONE"), ("input", "VARCHAR"), ("full_refresh", "BOOLEAN"),
        ("files_seen", "BIGINT"), ("articles_read", "BIGINT"), ("articles_skipped", "BIGINT"),
        ("articles_retracted", "BIGINT"), ("articles_ok", "BIGINT"), ("quarantined", "BIGINT"),
        ("mentions", "BIGINT"), ("events_total", "BIGINT"), ("seconds", "DOUBLE")],
    "events_flat": [
        ("event_id", "VARCHAR"), ("event_date", "DATE"), ("year", "INTEGER"), ("time_precision", "INTEGER"),
        ("event_type", "VARCHAR"), ("sub_event_type", "VARCHAR"), ("actor1", "VARCHAR"),
        ("assoc_actor_1", "VARCHAR"), ("inter1", "INTEGER"), ("actor2", "VARCHAR"),
        ("assoc_actor_2", "VARCHAR"), ("inter2", "INTEGER"), ("interaction", "INTEGER"), ("iso3", "VARCHAR"),
        ("country", "VARCHAR"), ("admin1", "VARCHAR"), ("admin2", "VARCHAR"), ("location", "VARCHAR"),
        ("latitude", "DOUBLE"), ("longitude", "DOUBLE"), ("geo_precision", "INTEGER"), ("source", "VARCHAR"),
        ("source_count", "INTEGER"), ("notes", "VARCHAR"), ("fatalities", "INTEGER"),
        ("fatalities_low", "INTEGER"), ("fatalities_high", "INTEGER"), ("fatalities_known", "BOOLEAN"),
        ("article_ids", "VARCHAR[]"), ("confidence", "DOUBLE")],
    "fct_event": [
        ("event_id", "VARCHAR"), ("date_id", "INTEGER"), ("event_type_id", "VARCHAR"), ("actor1_id", "VARCHAR"),
        ("actor2_id", "VARCHAR"), ("location_id", "VARCHAR"), ("time_precision", "INTEGER"),
        ("assoc_actor_1", "VARCHAR"), ("assoc_actor_2", "VARCHAR"), ("inter1", "INTEGER"), ("inter2", "INTEGER"),
        ("interaction", "INTEGER"), ("fatalities", "INTEGER"), ("fatalities_low", "INTEGER"),
        ("fatalities_high", "INTEGER"), ("fatalities_known", "BOOLEAN"), ("source_count", "INTEGER"),
        ("confidence", "DOUBLE"), ("notes", "VARCHAR"), ("first_reported", "DATE"), ("last_reported", "DATE")],
    "dim_actor": [("actor_id", "VARCHAR"), ("actor_name", "VARCHAR"), ("inter", "INTEGER"),
                  ("actor_class", "VARCHAR"), ("country", "VARCHAR")],
    "dim_location": [
        ("location_id", "VARCHAR"), ("iso3", "VARCHAR"), ("country", "VARCHAR"), ("admin1", "VARCHAR"),
        ("admin2", "VARCHAR"), ("location", "VARCHAR"), ("latitude", "DOUBLE"), ("longitude", "DOUBLE"),
        ("geo_precision", "INTEGER"), ("geonameid", "BIGINT"), ("admin1_code", "VARCHAR"),
        ("admin2_code", "VARCHAR")],
    "dim_date": [
        ("date_id", "INTEGER"), ("date", "DATE"), ("year", "INTEGER"), ("quarter", "INTEGER"),
        ("month", "INTEGER"), ("month_name", "VARCHAR"), ("iso_week", "INTEGER"), ("week_start", "DATE"),
        ("day_of_week", "INTEGER"), ("day_name", "VARCHAR")],
    "dim_event_type": [("event_type_id", "VARCHAR"), ("event_type", "VARCHAR"), ("sub_event_type", "VARCHAR"),
                       ("disorder_type", "VARCHAR")],
    "dim_article": [
        ("article_id", "VARCHAR"), ("source", "VARCHAR"), ("url", "VARCHAR"), ("title", "VARCHAR"),
        ("published", "DATE"), ("status", "VARCHAR"), ("duplicate_of", "VARCHAR"), ("is_duplicate", "BOOLEAN")],
    "bridge_event_article": [
        ("event_id", "VARCHAR"), ("article_id", "VARCHAR"), ("mention_id", "VARCHAR"), ("sentence", "VARCHAR"),
        ("char_start", "INTEGER"), ("char_end", "INTEGER")],
    "mart_events_by_admin1_week": [
        ("country", "VARCHAR"), ("admin1", "VARCHAR"), ("week_start", "DATE"), ("event_type", "VARCHAR"),
        ("events", "BIGINT"), ("fatalities", "BIGINT")],
    "mart_actor_timeline": [
        ("actor", "VARCHAR"), ("event_date", "DATE"), ("role", "VARCHAR"), ("event_type", "VARCHAR"),
        ("sub_event_type", "VARCHAR"), ("admin1", "VARCHAR"), ("admin2", "VARCHAR"), ("location", "VARCHAR"),
        ("fatalities", "INTEGER"), ("event_id", "VARCHAR")],
    "mart_territory_control": [
        ("country", "VARCHAR"), ("admin1", "VARCHAR"), ("admin2", "VARCHAR"), ("location", "VARCHAR"),
        ("controlled_by", "VARCHAR"), ("controlled_by_class", "VARCHAR"), ("control_since", "DATE"),
        ("latest_change", "VARCHAR"), ("taken_from", "VARCHAR"), ("territorial_changes", "BIGINT"),
        ("event_id", "VARCHAR")],
    "mart_acled_export": [
        ("event_id_cnty", "VARCHAR"), ("event_date", "DATE"), ("year", "INTEGER"), ("time_precision", "INTEGER"),
        ("disorder_type", "VARCHAR"), ("event_type", "VARCHAR"), ("sub_event_type", "VARCHAR"),
        ("actor1", "VARCHAR"), ("assoc_actor_1", "VARCHAR"), ("inter1", "INTEGER"), ("actor2", "VARCHAR"),
        ("assoc_actor_2", "VARCHAR"), ("inter2", "INTEGER"), ("interaction", "INTEGER"),
        ("civilian_targeting", "VARCHAR"), ("iso", "VARCHAR"), ("region", "VARCHAR"), ("country", "VARCHAR"),
        ("admin1", "VARCHAR"), ("admin2", "VARCHAR"), ("admin3", "VARCHAR"), ("location", "VARCHAR"),
        ("latitude", "DOUBLE"), ("longitude", "DOUBLE"), ("geo_precision", "INTEGER"), ("source", "VARCHAR"),
        ("source_scale", "VARCHAR"), ("notes", "VARCHAR"), ("fatalities", "INTEGER"), ("tags", "VARCHAR"),
        ("timestamp", "BIGINT")],
}


@pytest.mark.parametrize("view", sorted(VIEW_COLUMNS))
def test_view_has_the_contract_columns_and_types(con, view):
    got = rows(con, f"select column_name, data_type from duckdb_columns() where table_name = '{view}' "
                    "order by column_index")
    assert got == VIEW_COLUMNS[view]


def test_database_holds_views_only(con):
    assert rows(con, "select count(*) from duckdb_tables() where not internal") == [(0,)]


# --- tests as data: input rows -> exact view rows ----------------------------------------------

def test_events_flat_rows(con):
    got = rows(con, "select * from events_flat order by event_id")
    assert got == [
        ("ev-dand-1", D(2021, 7, 5), 2021, 1, "Battles", "Non-state actor overtakes territory", "Taliban", None, 2,
         "Military Forces of Afghanistan", None, 1, 12, "AFG", "Afghanistan", "Kandahar", "Dand", "Dand", 31.52,
         65.73, 3, "Outlet A; Outlet C", 2, "Taliban fighters captured Dand district.", 3, 3, 5, True,
         ["kabul/a1", "kabul/a3"], 0.7),
        ("ev-dand-2", D(2021, 7, 6), 2021, 1, "Battles", "Government regains territory",
         "Military Forces of Afghanistan", None, 1, "Taliban", None, 2, 12, "AFG", "Afghanistan", "Kandahar",
         "Dand", "Dand", 31.52, 65.73, 3, "Outlet A", 1, "Government forces retook Dand district.", 0, 0, 0,
         False, ["kabul/a4"], 0.7),
        ("ev-lagos-1", None, None, 3, "Protests", "Peaceful protest", "Protesters (Nigeria)", None, 6, None, None,
         None, 60, "NGA", "Nigeria", "Lagos", None, "Ikeja", 6.6, 3.35, 1, "Outlet B", 1,
         "Protesters marched in Ikeja.", 0, 0, 0, False, ["lagos/a2"], 0.7),
        ("ev-mogadishu-1", D(2021, 7, 5), 2021, 1, "Explosions/Remote violence", "Remote explosive/landmine/IED",
         "Al Shabaab", None, 2, "Civilians (Somalia)", None, 7, 27, "SOM", "Somalia", "Banaadir", None,
         "Mogadishu", 2.04, 45.34, 1, "Outlet B", 1, "A roadside bomb killed four civilians.", 4, 4, 6, True,
         ["mogadishu/a5"], 0.7),
    ]


def test_events_flat_agrees_with_the_events_parquet(con, database):
    lake = lake_dir(database.parent)
    expected = rows(con, f"""
        select event_id, event_date, event_type, sub_event_type, actor1, nullif(actor2, ''), nullif(admin1, ''),
               nullif(admin2, ''), fatalities, array_to_string(list_sort(sources), '; '), list_sort(article_ids)
        from read_parquet('{lake}/events/part-*.parquet') order by event_id""")
    got = rows(con, """select event_id, event_date, event_type, sub_event_type, actor1, actor2, admin1, admin2,
                              fatalities, source, article_ids from events_flat order by event_id""")
    assert got == expected and len(got) == len(EVENTS_ROWS)


def test_events_flat_is_the_star_join(con):
    star = rows(con, """
        select f.event_id, d.date, t.event_type, t.sub_event_type, a1.actor_name, a2.actor_name, l.admin1,
               l.admin2, l.location, f.fatalities, f.source_count
        from fct_event f
        left join dim_date d using (date_id)
        join dim_event_type t using (event_type_id)
        join dim_actor a1 on a1.actor_id = f.actor1_id
        left join dim_actor a2 on a2.actor_id = f.actor2_id
        join dim_location l using (location_id)
        order by f.event_id""")
    flat = rows(con, """select event_id, event_date, event_type, sub_event_type, actor1, actor2, admin1, admin2,
                               location, fatalities, source_count from events_flat order by event_id""")
    assert flat == star


def test_articles_rows(con):
    got = rows(con, "select article_id, source, published, status, input_path, duplicate_of from articles "
                    "order by article_id")
    assert got == [
        ("broken", None, None, "quarantined", "broken.txt", None),
        ("kabul/a1", "Outlet A", D(2021, 7, 5), "ok", "kabul/a1.txt", None),
        ("kabul/a3", "Outlet C", D(2021, 7, 7), "ok", "kabul/a3.txt", "kabul/a1"),
        ("kabul/a4", "Outlet A", D(2021, 7, 7), "ok", "kabul/a4.txt", None),
        ("lagos/a2", "Outlet B", None, "ok", "lagos/a2.txt", None),
        ("mogadishu/a5", "Outlet B", D(2021, 7, 5), "ok", "mogadishu/a5.txt", None),
        ("paris/a6", "Outlet D", D(2021, 6, 30), "not_english", "paris/a6.txt", None),
    ]
    assert rows(con, "select article_id, is_duplicate from dim_article where is_duplicate") == [("kabul/a3", True)]


def test_audit_views_rows(con):
    assert rows(con, "select * from article_lines order by line_no") == [
        ("kabul/a1", 1, "HOME | WORLD", False, "navigation"), ("kabul/a1", 2, A1_BODY, True, None)]
    assert rows(con, "select input_path, reason, size_bytes, run_id from quarantine") == [
        ("broken.txt", "binary", 12, "run-1")]
    assert rows(con, "select run_id, articles_read, events_total, seconds from runs") == [("run-1", 6, 4, 60.0)]


def test_dim_actor_rows(con):
    assert rows(con, "select actor_id, actor_name, inter, actor_class, country from dim_actor order by actor_name") == [
        (key("Al Shabaab"), "Al Shabaab", 2, "Rebel Groups", None),
        (key("Civilians (Somalia)"), "Civilians (Somalia)", 7, "Civilians", "Somalia"),
        (key("Military Forces of Afghanistan"), "Military Forces of Afghanistan", 1, "State Forces", "Afghanistan"),
        (key("Protesters (Nigeria)"), "Protesters (Nigeria)", 6, "Protesters", "Nigeria"),
        (key("Taliban"), "Taliban", 2, "Rebel Groups", None),
    ]


def test_dim_date_is_a_full_calendar_with_iso_attributes(con):
    assert rows(con, "select min(date), max(date), count(*) from dim_date") == [(D(2021, 6, 30), D(2021, 7, 7), 8)]
    assert rows(con, "select * from dim_date where date = date '2021-07-04'") == [
        (20210704, D(2021, 7, 4), 2021, 3, 7, "July", 26, D(2021, 6, 28), 7, "Sunday")]


def test_dim_event_type_lists_the_codebook(con):
    assert rows(con, "select disorder_type, count(*) from dim_event_type group by 1 order by 1") == [
        ("Demonstrations", 5), ("Political violence", 12), ("Strategic developments", 8)]
    assert rows(con, "select event_type_id from dim_event_type where sub_event_type = 'Armed clash'") == [
        (key("Battles|Armed clash"),)]


def test_bridge_links_every_article_with_offsets_into_body_text(con):
    assert rows(con, "select event_id, article_id, mention_id, char_start, char_end from bridge_event_article "
                     "order by event_id, article_id") == [
        ("ev-dand-1", "kabul/a1", "m-ev-dand-1", 51, 84),
        ("ev-dand-1", "kabul/a3", None, None, None),
        ("ev-dand-2", "kabul/a4", "m-ev-dand-2", 0, 66),
        ("ev-lagos-1", "lagos/a2", "m-ev-lagos-1", 0, 60),
        ("ev-mogadishu-1", "mogadishu/a5", "m-ev-mogadishu-1", 0, 61),
    ]
    mismatched = rows(con, """select count(*) from bridge_event_article b join articles a using (article_id)
        where b.mention_id is not null
          and substring(a.body_text, b.char_start + 1, b.char_end - b.char_start) <> b.sentence""")
    assert mismatched == [(0,)]


# --- marts ---------------------------------------------------------------------------------------

def test_mart_events_by_admin1_week(con):
    assert rows(con, "select * from mart_events_by_admin1_week") == [
        ("Afghanistan", "Kandahar", D(2021, 7, 5), "Battles", 2, 3),
        ("Nigeria", "Lagos", None, "Protests", 1, 0),
        ("Somalia", "Banaadir", D(2021, 7, 5), "Explosions/Remote violence", 1, 4),
    ]


def test_mart_actor_timeline(con):
    got = rows(con, "select actor, event_date, role, sub_event_type, admin2, fatalities, event_id "
                    "from mart_actor_timeline")
    assert got == [
        ("Al Shabaab", D(2021, 7, 5), "actor1", "Remote explosive/landmine/IED", None, 4, "ev-mogadishu-1"),
        ("Civilians (Somalia)", D(2021, 7, 5), "actor2", "Remote explosive/landmine/IED", None, 4, "ev-mogadishu-1"),
        ("Military Forces of Afghanistan", D(2021, 7, 5), "actor2", "Non-state actor overtakes territory", "Dand", 3,
         "ev-dand-1"),
        ("Military Forces of Afghanistan", D(2021, 7, 6), "actor1", "Government regains territory", "Dand", 0,
         "ev-dand-2"),
        ("Protesters (Nigeria)", None, "actor1", "Peaceful protest", None, 0, "ev-lagos-1"),
        ("Taliban", D(2021, 7, 5), "actor1", "Non-state actor overtakes territory", "Dand", 3, "ev-dand-1"),
        ("Taliban", D(2021, 7, 6), "actor2", "Government regains territory", "Dand", 0, "ev-dand-2"),
    ]


def test_mart_territory_control_shows_the_latest_holder(con):
    assert rows(con, "select * from mart_territory_control") == [
        ("Afghanistan", "Kandahar", "Dand", "Dand", "Military Forces of Afghanistan", "State Forces",
         D(2021, 7, 6), "Government regains territory", "Taliban", 2, "ev-dand-2")]


def test_mart_acled_export(con):
    got = rows(con, "select event_id_cnty, disorder_type, civilian_targeting, iso, region, admin3, source, "
                    "\"timestamp\" from mart_acled_export")
    assert got[:3] == [
        ("ev-dand-2", "Political violence", None, "AFG", None, None, "Outlet A", 1625616000),
        ("ev-dand-1", "Political violence", None, "AFG", None, None, "Outlet A; Outlet C", 1625616000),
        ("ev-mogadishu-1", "Political violence", "Civilian targeting", "SOM", None, None, "Outlet B", 1625443200),
    ]
    assert got[3][:4] == ("ev-lagos-1", "Demonstrations", None, "NGA")  # undated last, build-time timestamp
    assert got[3][7] > 1625616000


# --- grain, keys, integrity ----------------------------------------------------------------------

@pytest.mark.parametrize("view, columns", [
    ("articles", "article_id"), ("dim_article", "article_id"), ("fct_event", "event_id"),
    ("events_flat", "event_id"), ("dim_actor", "actor_id"), ("dim_actor", "actor_name"),
    ("dim_location", "location_id"), ("dim_date", "date_id"), ("dim_event_type", "event_type_id"),
    ("dim_event_type", "event_type, sub_event_type"), ("bridge_event_article", "event_id, article_id, mention_id"),
    ("mart_territory_control", "country, admin1, admin2, location"), ("article_lines", "article_id, line_no"),
])
def test_grain_is_unique(con, view, columns):
    assert rows(con, f"select count(*) from (select {columns} from {view} group by all having count(*) > 1)") == [(0,)]


@pytest.mark.parametrize("fact, column, dim, dim_column", [
    ("fct_event", "date_id", "dim_date", "date_id"),
    ("fct_event", "event_type_id", "dim_event_type", "event_type_id"),
    ("fct_event", "actor1_id", "dim_actor", "actor_id"),
    ("fct_event", "actor2_id", "dim_actor", "actor_id"),
    ("fct_event", "location_id", "dim_location", "location_id"),
    ("bridge_event_article", "event_id", "fct_event", "event_id"),
    ("bridge_event_article", "article_id", "dim_article", "article_id"),
])
def test_foreign_keys_resolve(con, fact, column, dim, dim_column):
    orphans = rows(con, f"select count(*) from {fact} where {column} is not null "
                        f"and {column} not in (select {dim_column} from {dim})")
    assert orphans == [(0,)]
    assert rows(con, f"select count({column}) > 0 from {fact}") == [(True,)]


def test_surrogate_keys_are_stable_across_rebuilds(tmp_path):
    write_lake(tmp_path)
    query = "select event_id, date_id, event_type_id, actor1_id, actor2_id, location_id from fct_event order by 1"
    first = duckdb.connect(str(build_views(tmp_path)), read_only=True)
    before = rows(first, query)
    first.close()
    again = duckdb.connect(str(build_views(tmp_path)), read_only=True)
    assert rows(again, query) == before
    assert before[0][1:5] == (20210705, key("Battles|Non-state actor overtakes territory"), key("Taliban"),
                              key("Military Forces of Afghanistan"))
    again.close()


def test_dim_actor_parses_country_and_takes_the_most_frequent_inter(tmp_path):
    place = {"iso3": "COD", "country": "Democratic Republic of the Congo", "geo_precision": 3}
    pairs = [("Military Forces of Democratic Republic of Congo (2019-)", 1, "CODECO Militia", 4),
             ("Islamic State of Iraq and the Levant", 2, "Police Forces of Nigeria", 1),
             ("Unidentified Armed Group (Sudan)", 3, "CODECO Militia", 3),
             ("Government of Yemen", 1, "CODECO Militia", 3)]
    events = [_event(f"ev-{i}", "X", event_type="Battles", sub_event_type="Armed clash", actor1=a1, inter1=i1,
                     actor2=a2, inter2=i2, **place, article_ids=[], sources=[])
              for i, (a1, i1, a2, i2) in enumerate(pairs)]
    write_lake(tmp_path, events=events, evidence=[])
    con = duckdb.connect(str(build_views(tmp_path)), read_only=True)
    assert rows(con, "select actor_name, inter, country from dim_actor order by actor_name") == [
        ("CODECO Militia", 3, None),
        ("Government of Yemen", 1, "Yemen"),
        ("Islamic State of Iraq and the Levant", 2, None),
        ("Military Forces of Democratic Republic of Congo (2019-)", 1, "Democratic Republic of Congo"),
        ("Police Forces of Nigeria", 1, "Nigeria"),
        ("Unidentified Armed Group (Sudan)", 3, "Sudan"),
    ]
    assert rows(con, "select article_ids, source, source_count from events_flat limit 1") == [([], None, 0)]
    con.close()


def test_unlisted_event_type_gets_a_dimension_row(tmp_path):
    event = dict(EVENTS_ROWS[1], event_id="ev-odd", sub_event_type="Ceasefire violation")
    write_lake(tmp_path, events=[event], evidence=[])
    con = duckdb.connect(str(build_views(tmp_path)), read_only=True)
    assert rows(con, "select count(*) from dim_event_type") == [(26,)]
    assert rows(con, "select event_type, sub_event_type from events_flat") == [("Battles", "Ceasefire violation")]
    assert rows(con, "select disorder_type from dim_event_type where sub_event_type = 'Ceasefire violation'") == [
        ("Political violence",)]
    con.close()


# --- lifecycle: empty lake, any working directory, staging, atomic swap ----------------------------

def test_empty_lake_has_every_view_with_no_rows(tmp_path):
    init_lake(tmp_path)
    con = duckdb.connect(str(build_views(tmp_path)), read_only=True)
    views = [v for (v,) in rows(con, "select view_name from duckdb_views() where not internal")]
    assert set(VIEW_COLUMNS) <= set(views)
    counts = {v: rows(con, f"select count(*) from {v}")[0][0] for v in views}
    assert counts.pop("dim_event_type") == 25  # the codebook is static
    assert set(counts.values()) == {0}
    con.close()


def test_build_on_a_missing_lake_initialises_it(tmp_path):
    con = duckdb.connect(str(build_views(tmp_path / "fresh")), read_only=True)
    assert rows(con, "select count(*) from events_flat") == [(0,)]
    con.close()


def test_views_work_from_any_working_directory(tmp_path, database, monkeypatch):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    con = duckdb.connect(str(database), read_only=True)
    assert rows(con, "select count(*) from events_flat") == [(len(EVENTS_ROWS),)]
    con.close()


def test_staging_folders_are_not_read(tmp_path):
    write_lake(tmp_path)
    stray = lake_dir(tmp_path) / ".staging" / "crashed-run" / "events" / "part-00.parquet"
    write_parquet(to_table("events", [dict(EVENTS_ROWS[0], event_id="ev-staged")]), stray)
    con = duckdb.connect(str(build_views(tmp_path)), read_only=True)
    assert rows(con, "select count(*) from events_flat where event_id = 'ev-staged'") == [(0,)]
    con.close()


READER = """
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
def state():
    marker = con.execute("select count(*) from duckdb_views() where view_name = 'new_marker'").fetchone()[0]
    return f"{con.execute('select count(*) from events_flat').fetchone()[0]} {marker}"
print(state(), flush=True)
sys.stdin.readline()
print(state(), flush=True)
"""


def test_rebuild_swaps_atomically_under_a_reader_in_another_process(tmp_path, monkeypatch):
    init_lake(tmp_path)
    database = build_views(tmp_path)
    # another process holds the old file open read-only (DuckDB's lock would block an in-place rebuild)
    reader = subprocess.Popen([sys.executable, "-c", READER, str(database)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout.readline().split() == ["0", "0"]
        write_lake(tmp_path)
        stale = tmp_path / f"{DATABASE_NAME}.building-999999999"
        stale.write_bytes(b"half built")
        (tmp_path / f"{stale.name}.wal").write_bytes(b"junk")
        (tmp_path / f"{DATABASE_NAME}.wal").write_bytes(b"junk left by a crashed writer")
        sql_dir = tmp_path / "sql"
        shutil.copytree(views.SQL_DIR, sql_dir)
        (sql_dir / "99_new_marker.sql").write_text("-- Only in the new build.\n"
                                                  "create or replace view new_marker as select 1 as one\n")
        monkeypatch.setattr(views, "SQL_DIR", sql_dir)
        assert build_views(tmp_path) == database
        new = duckdb.connect(str(database), read_only=True)
        assert rows(new, "select count(*) from events_flat") == [(len(EVENTS_ROWS),)]
        assert rows(new, "select comment from duckdb_views() where view_name = 'new_marker'") == [
            ("Only in the new build.",)]
        new.close()
        # the old reader still answers from the old file (its views read the current Parquet)
        out, _ = reader.communicate("go\n", timeout=60)
        assert out.split() == [str(len(EVENTS_ROWS)), "0"]
    finally:
        if reader.poll() is None:
            reader.kill()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lake", DATABASE_NAME, "sql"]


def test_failed_build_keeps_the_old_database_and_leaves_no_temp_files(tmp_path, monkeypatch):
    write_lake(tmp_path)
    database = build_views(tmp_path)
    sql_dir = tmp_path / "sql"
    shutil.copytree(views.SQL_DIR, sql_dir)
    (sql_dir / "45_broken.sql").write_text("create or replace view broken as select no_such_column from fct_event\n")
    monkeypatch.setattr(views, "SQL_DIR", sql_dir)
    with pytest.raises(duckdb.BinderException):
        build_views(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lake", DATABASE_NAME, "sql"]
    con = duckdb.connect(str(database), read_only=True)
    assert rows(con, "select count(*) from events_flat") == [(len(EVENTS_ROWS),)]
    con.close()


def test_lake_path_with_a_quote_is_escaped(tmp_path):
    warehouse = tmp_path / "o'brien's warehouse"
    write_lake(warehouse)
    con = duckdb.connect(str(build_views(warehouse)), read_only=True)
    assert rows(con, "select count(*) from events_flat") == [(len(EVENTS_ROWS),)]
    con.close()


def test_lake_path_with_glob_characters_is_refused(tmp_path):
    with pytest.raises(ValueError, match="glob"):
        build_views(tmp_path / "wh[1]")
    assert list(tmp_path.iterdir()) == []


# --- documentation ----------------------------------------------------------------------------------

def test_every_view_and_column_is_commented(con):
    assert rows(con, "select view_name from duckdb_views() where not internal and coalesce(comment, '') = ''") == []
    assert rows(con, """select table_name, column_name from duckdb_columns()
                        where not internal and coalesce(comment, '') = ''""") == []


def test_column_comments_come_from_the_schemas_and_the_derived_dict(con):
    comment = "select comment from duckdb_columns() where table_name = ? and column_name = ?"
    assert con.execute(comment, ["events_flat", "fatalities"]).fetchone()[0] == describe(EVENTS)["fatalities"]
    assert con.execute(comment, ["dim_date", "week_start"]).fetchone()[0] == "Monday of the ISO week."
    assert "'; '" in con.execute(comment, ["events_flat", "source"]).fetchone()[0]
    view_comment = rows(con, "select comment from duckdb_views() where view_name = 'events_flat'")[0][0]
    assert "NULL, never ''" in view_comment
