"""End to end: the real Prefect flow on the bundled sample into temp warehouses."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb
import pytest

from flows.pipeline import run_pipeline, sitrep_pipeline
from flows.settings import Settings
from tests.conftest import SAMPLE_DIR
from tests.flows.conftest import copy_gazetteer
from transforms.mention_screen import default_screen_model

pytestmark = pytest.mark.slow

# The contract of the foundation issue: view -> [(column, DuckDB type)].
CONTRACT = {
    "articles": [
        ("article_id", "VARCHAR"), ("source", "VARCHAR"), ("url", "VARCHAR"), ("title", "VARCHAR"),
        ("published", "DATE"), ("published_from", "VARCHAR"), ("language", "VARCHAR"),
        ("body_text", "VARCHAR"), ("status", "VARCHAR"), ("status_reason", "VARCHAR"),
        ("raw_sha256", "VARCHAR"), ("ingested_at", "TIMESTAMP WITH TIME ZONE"),
    ],
    "events_flat": [
        ("event_id", "VARCHAR"), ("event_date", "DATE"), ("year", None), ("time_precision", None),
        ("event_type", "VARCHAR"), ("sub_event_type", "VARCHAR"), ("actor1", "VARCHAR"),
        ("assoc_actor_1", "VARCHAR"), ("inter1", None), ("actor2", "VARCHAR"), ("assoc_actor_2", "VARCHAR"),
        ("inter2", None), ("interaction", None), ("iso3", "VARCHAR"), ("country", "VARCHAR"),
        ("admin1", "VARCHAR"), ("admin2", "VARCHAR"), ("location", "VARCHAR"), ("latitude", "DOUBLE"),
        ("longitude", "DOUBLE"), ("geo_precision", None), ("source", "VARCHAR"), ("source_count", None),
        ("notes", "VARCHAR"), ("fatalities", None), ("fatalities_low", None), ("fatalities_high", None),
        ("fatalities_known", "BOOLEAN"), ("article_ids", "VARCHAR[]"), ("confidence", "DOUBLE"),
    ],
    "bridge_event_article": [
        ("event_id", "VARCHAR"), ("article_id", "VARCHAR"), ("sentence", "VARCHAR"),
        ("char_start", None), ("char_end", None),
    ],
    "quarantine": [("input_path", "VARCHAR"), ("reason", "VARCHAR"), ("detail", "VARCHAR")],
}
STAR = ["fct_event", "dim_actor", "dim_location", "dim_date", "dim_event_type", "dim_article"]
INTEGER_TYPES = {"TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT"}


def run(input_dir: Path, warehouse: Path, **kw) -> dict:
    return sitrep_pipeline(input_path=str(input_dir), warehouse=str(warehouse), **kw)


def query(warehouse: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(warehouse / "sitrep.duckdb"), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def events(warehouse: Path) -> list[tuple]:
    return query(warehouse, "select * exclude (confidence) from events_flat order by event_id")


@pytest.fixture
def warehouse(tmp_path, afghan_gazetteer) -> Path:
    wh = tmp_path / "wh"
    copy_gazetteer(afghan_gazetteer, wh)
    return wh


@pytest.fixture
def sample_copy(tmp_path) -> Path:
    target = tmp_path / "input"
    shutil.copytree(SAMPLE_DIR, target)
    return target


def test_sample_run_fills_the_contract(prefect_harness, warehouse, sample_copy):
    summary = run(sample_copy, warehouse)
    assert summary["articles_read"] == 5
    assert summary["quarantined"] == 0
    assert summary["events_total"] > 0
    for view, columns in CONTRACT.items():
        described = query(warehouse, f"describe {view}")
        types = {name: typ for name, typ, *_ in described}
        for name, expected in columns:
            assert name in types, f"{view}.{name} missing"
            if expected is None:
                assert types[name] in INTEGER_TYPES, f"{view}.{name} is {types[name]}"
            else:
                assert types[name] == expected, f"{view}.{name} is {types[name]}"
    for view in STAR:
        assert query(warehouse, f"select count(*) from {view}")[0][0] > 0, view
    ids = sorted(r[0] for r in query(warehouse, "select article_id from articles"))
    assert ids == sorted(p.stem for p in SAMPLE_DIR.glob("*.txt"))
    # every event has evidence whose offsets point into the article's body text
    bad = query(warehouse, """
        select b.event_id from bridge_event_article b join articles a using (article_id)
        where substr(a.body_text, b.char_start + 1, b.char_end - b.char_start) <> b.sentence""")
    assert bad == []
    assert query(warehouse, "select count(*) from events_flat where article_ids is null or len(article_ids) = 0") == [(0,)]


def test_rerun_is_idempotent_and_skips_everything(prefect_harness, warehouse, sample_copy):
    run(sample_copy, warehouse)
    first = events(warehouse)
    articles_first = query(warehouse, "select article_id, raw_sha256, body_text from articles order by 1")
    summary = run(sample_copy, warehouse)
    assert summary["articles_read"] == 0
    assert summary["articles_skipped"] == 5
    assert events(warehouse) == first
    assert query(warehouse, "select article_id, raw_sha256, body_text from articles order by 1") == articles_first


def test_new_article_merges_into_existing_events(prefect_harness, tmp_path, afghan_gazetteer, sample_copy):
    one_shot = tmp_path / "one-shot"
    copy_gazetteer(afghan_gazetteer, one_shot)
    run(sample_copy, one_shot)

    staged = tmp_path / "staged-input"
    staged.mkdir()
    incremental = tmp_path / "incremental"
    copy_gazetteer(afghan_gazetteer, incremental)
    later = sorted(SAMPLE_DIR.glob("002_*"))  # held back, then added
    for path in SAMPLE_DIR.iterdir():
        if path not in later:
            shutil.copy(path, staged / path.name)
    run(staged, incremental)
    before = dict(query(incremental, "select event_id, source_count from events_flat"))
    for path in later:
        shutil.copy(path, staged / path.name)
    summary = run(staged, incremental)
    assert summary["articles_read"] == 1 and summary["articles_skipped"] == 4
    after = dict(query(incremental, "select event_id, source_count from events_flat"))
    corroborated = [eid for eid in before if eid in after and after[eid] > before[eid]]
    assert corroborated, "the new article should corroborate at least one existing event"
    # batching does not change the result: incremental == one-shot
    assert events(incremental) == events(one_shot)


def test_bad_inputs_are_quarantined_not_fatal(prefect_harness, warehouse, sample_copy):
    (sample_copy / "empty.txt").write_bytes(b"")
    (sample_copy / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (sample_copy / "bad.jsonl").write_text('{"id": "ok1", "text": "Protesters marched in Nairobi on Monday."}\n{oops\n')
    (sample_copy / "notes.docx").write_bytes(b"PK\x03\x04")
    summary = run(sample_copy, warehouse)
    reasons = dict(query(warehouse, "select input_path, reason from quarantine"))
    assert reasons == {"empty.txt": "empty", "image.html": "binary", "bad.jsonl#2": "malformed_record",
                       "notes.docx": "unsupported"}
    assert summary["articles_read"] == 6  # 5 sample articles + the good JSONL line
    assert query(warehouse, "select count(*) from articles where article_id = 'ok1'") == [(1,)]
    assert query(warehouse, "select status, status_reason from articles where article_id = 'empty'") == [
        ("quarantined", "empty: the file is empty or holds only whitespace")]


def test_changed_and_deleted_inputs_are_revised(prefect_harness, warehouse, sample_copy):
    run(sample_copy, warehouse)
    target = next(sample_copy.glob("002_*.txt"))
    article_id = target.stem
    assert query(warehouse, f"select count(*) from bridge_event_article where article_id = '{article_id}'")[0][0] > 0
    target.write_text("Weather report: sunny skies over the capital all week.\n")
    summary = run(sample_copy, warehouse)
    assert summary["articles_read"] == 1
    assert query(warehouse, f"select count(*) from bridge_event_article where article_id = '{article_id}'") == [(0,)]
    target.unlink()
    target.with_suffix(".json").unlink()
    summary = run(sample_copy, warehouse)
    assert summary["articles_retracted"] == 1
    assert query(warehouse, f"select count(*) from articles where article_id = '{article_id}'") == [(0,)]


def test_views_work_from_any_directory(prefect_harness, warehouse, sample_copy, tmp_path, monkeypatch):
    run(sample_copy, warehouse)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    con = duckdb.connect(str(warehouse / "sitrep.duckdb"), read_only=True)
    assert con.execute("select count(*) from events_flat").fetchone()[0] > 0
    con.close()


def test_full_refresh_rebuilds_the_same_events(prefect_harness, warehouse, sample_copy):
    run(sample_copy, warehouse)
    first = events(warehouse)
    summary = run(sample_copy, warehouse, full_refresh=True)
    assert summary["articles_read"] == 5
    assert events(warehouse) == first


def test_process_workers_and_small_batches_give_the_same_events(prefect_harness, tmp_path, afghan_gazetteer,
                                                               warehouse, sample_copy):
    run(sample_copy, warehouse)
    parallel = tmp_path / "parallel"
    copy_gazetteer(afghan_gazetteer, parallel)
    summary = run_pipeline(str(sample_copy), str(parallel), workers=2, batch_size=2)
    assert summary["articles_read"] == 5
    assert events(parallel) == events(warehouse)


def test_outlet_boilerplate_does_not_depend_on_batch_size(prefect_harness, tmp_path):
    """A line repeated across one outlet's articles is dropped however the run is batched."""
    corpus = tmp_path / "outlet"
    corpus.mkdir()
    stories = ["Gunmen killed four farmers in Zamfara state on Monday, police said.",
               "Soldiers repelled an attack on a base in Borno on Sunday, the army said.",
               "Protesters marched through Kano on Friday to demand better security.",
               "A roadside bomb wounded two soldiers near Maiduguri on Saturday, officials said.",
               "Bandits abducted 12 travellers on the Kaduna highway on Thursday, residents said.",
               "The governor met community leaders in Sokoto on Tuesday to discuss the attacks."]
    for i, story in enumerate(stories):
        (corpus / f"n{i}.txt").write_text(f"Daily Example Nigeria Edition\n\n{story}\n")
        (corpus / f"n{i}.json").write_text('{"published": "2024-05-06", "source": "Daily Example"}')
    kept = {}
    for size in (2, 500):
        wh = tmp_path / f"wh{size}"
        run(corpus, wh, batch_size=size)
        kept[size] = query(wh, "select article_id, line_no, kept, rule from article_lines order by 1, 2")
    assert kept[2] == kept[500]
    # alone, that line is kept; across six articles of the outlet it is boilerplate
    assert kept[500][0] == ("n0", 1, False, "outlet_repeat")


def test_cli_run_prints_what_it_built(tmp_path, afghan_gazetteer):
    import subprocess
    import sys

    wh = tmp_path / "cli-wh"
    copy_gazetteer(afghan_gazetteer, wh)
    env = dict(os.environ, PREFECT_HOME=str(tmp_path / "prefect-home"))
    result = subprocess.run(
        [sys.executable, "-m", "flows.cli", "run", "--input", str(SAMPLE_DIR), "--warehouse", str(wh)],
        capture_output=True, text=True, timeout=300, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "articles read: 5" in result.stdout
    assert "quarantined: 0" in result.stdout
    assert "sub_event_type" in result.stdout  # the event table header


def test_an_article_the_extractor_raises_on_is_kept_flagged_and_retried(prefect_harness, warehouse, sample_copy,
                                                                        monkeypatch):
    import transforms.extract as extract_module

    victim = sorted(p.stem for p in sample_copy.glob("*.txt"))[0]
    real = extract_module._mentions

    def fragile(plan):
        if plan.article.article_id == victim:
            raise ValueError("a rule bug")
        return real(plan)

    monkeypatch.setattr(extract_module, "_mentions", fragile)
    summary = run(sample_copy, warehouse)
    assert summary["statuses"] == {"ok": 4, "extract_failed": 1}
    assert query(warehouse, f"select status, status_reason from articles where article_id = '{victim}'") == [
        ("extract_failed", "ValueError: a rule bug")]
    assert query(warehouse, f"select count(*) from bridge_event_article where article_id = '{victim}'") == [(0,)]
    monkeypatch.setattr(extract_module, "_mentions", real)
    again = run(sample_copy, warehouse)  # the rule fixed: the failed article is read again, the rest skipped
    assert (again["articles_read"], again["articles_skipped"], again["statuses"]) == (1, 4, {"ok": 1})
    assert query(warehouse, f"select status from articles where article_id = '{victim}'") == [("ok",)]


def test_an_article_the_story_step_raises_on_is_kept_flagged(prefect_harness, warehouse, sample_copy, monkeypatch):
    import flows.pipeline as pipeline_module

    victim = sorted(p.stem for p in sample_copy.glob("*.txt"))[-1]
    real = pipeline_module.fold_retold_events

    def fragile(mentions, published_of=None):
        if any(m.article_id == victim for m in mentions):
            raise RuntimeError("a story rule bug")
        return real(mentions, published_of)

    monkeypatch.setattr(pipeline_module, "fold_retold_events", fragile)
    summary = run(sample_copy, warehouse)
    assert summary["statuses"] == {"ok": 4, "extract_failed": 1}
    assert query(warehouse, f"select status_reason from articles where article_id = '{victim}'") == [
        ("RuntimeError: a story rule bug",)]
    assert query(warehouse, "select count(distinct article_id) from bridge_event_article") == [(4,)]


def test_an_article_the_rules_raise_on_costs_only_itself(nlp, monkeypatch):
    import datetime as dt

    from prefect.logging import disable_run_logger

    import transforms.extract as extract_module
    from flows.pipeline import fence_each_article
    from transforms.extract import RuleExtractor
    from transforms.records import STATUS_OK, CleanedArticle

    real = extract_module._mentions

    def fragile(plan):
        if plan.article.article_id == "bad":
            raise ValueError("min() arg is an empty sequence")
        return real(plan)

    def article(aid, body):
        return CleanedArticle(aid, body, None, None, None, dt.date(2024, 3, 11), "metadata", "en", STATUS_OK, None)

    monkeypatch.setattr(extract_module, "_mentions", fragile)
    articles = [article("good", "Gunmen killed 12 villagers in Bama, Nigeria, on Sunday."),
                article("bad", "Gunmen killed 5 villagers in Gwoza, Nigeria, on Sunday.")]
    extractor = RuleExtractor(nlp)
    with disable_run_logger():
        good, failed = fence_each_article(lambda arts: [m for ms in extractor.extract(arts) for m in ms], articles,
                                          lambda a: a.article_id, "extraction")
    assert [(m.sub_event_type, m.location.name, m.fatalities) for m in good] == [("Attack", "Bama", 12)]
    assert failed == {"bad": "ValueError: min() arg is an empty sequence"}
    with pytest.raises(ValueError):
        extractor.extract(articles)  # the plain call still raises: a test sees the bug


def test_the_screen_only_drops_events_and_can_be_turned_off(prefect_harness, tmp_path, afghan_gazetteer,
                                                            sample_copy, monkeypatch):
    unscreened, screened = tmp_path / "off", tmp_path / "on"
    for wh in (unscreened, screened):
        copy_gazetteer(afghan_gazetteer, wh)
    monkeypatch.setenv("SITREP_SCREEN", "off")
    off = run(sample_copy, unscreened)
    on = run(sample_copy, screened, screen=True)  # the flow parameter wins over the environment
    assert off["mentions_below_screen"] == 0
    assert on["mentions"] == off["mentions"]  # every mention lands, with the screen's probability
    assert query(screened, "select mention_id from stg_mentions order by 1") == \
        query(unscreened, "select mention_id from stg_mentions order by 1")
    assert on["events_total"] <= off["events_total"]
    threshold = default_screen_model().threshold
    # every event has a mention that passes: over the threshold, a country-level toll (codebook rule 6), or a
    # change of territory (never screened)
    assert query(screened, f"""
        select count(*) from events_flat e where not exists (
            select 1 from stg_event_evidence v join stg_mentions m using (mention_id)
            where v.event_id = e.event_id
              and (m.confidence >= {threshold} or (m.admin1 is null and m.fatalities_known and m.fatalities > 0)
                   or m.sub_event_type in ('Non-state actor overtakes territory', 'Government regains territory')))
    """) == [(0,)]


def test_screen_setting_is_on_or_off(monkeypatch):
    monkeypatch.setenv("SITREP_SCREEN", "OFF")
    assert Settings.from_env().screen is False
    monkeypatch.delenv("SITREP_SCREEN")
    assert Settings.from_env().screen is True
    monkeypatch.setenv("SITREP_SCREEN", "maybe")
    with pytest.raises(ValueError, match="SITREP_SCREEN must be 'on' or 'off'"):
        Settings.from_env()
