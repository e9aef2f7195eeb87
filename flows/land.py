"""Land a run's results in the lake and re-resolve the events they touch.

Order of the swap (StagedLake.commit): mentions, lines, events, evidence,
quarantine, duplicates, then articles last. Articles are the commit marker:
if the process dies before they move, the next run sees those inputs as
unprocessed and redoes them, replacing whatever half-landed.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from flows.lake import StagedLake, read_dataset, to_table
from flows.rows import event_row, evidence_rows, mention_from_row
from transforms.near_duplicates import find_near_duplicates
from transforms.resolve import ArticleInfo, block_key, resolve_events


@dataclass
class LandResult:
    events_resolved: int
    blocks_touched: int
    events_total: int


def _article_infos(articles: pa.Table) -> dict[str, ArticleInfo]:
    cols = articles.select(["article_id", "source", "published"]).to_pylist()
    return {r["article_id"]: ArticleInfo(r["article_id"], r["source"], r["published"]) for r in cols}


def _merged_articles(old: pa.Table, new_rows: pa.Table, removed: set[str]) -> pa.Table:
    keep = pc.invert(pc.is_in(old.column("article_id"), value_set=pa.array(sorted(removed), pa.string())))
    return pa.concat_tables([old.filter(keep), new_rows.cast(old.schema)])


def land_run(warehouse: Path, run_id: str, article_rows: list[dict], line_rows: list[dict],
             mention_rows: list[dict], quarantine_rows: list[dict], retract_ids: set[str],
             clear_quarantine: set[tuple[str, str]], run_row: dict) -> LandResult:
    """Write one run's rows into the lake and rebuild the events of every touched block."""
    stage = StagedLake(warehouse, run_id)
    try:
        new_articles = to_table("articles", article_rows)
        new_lines = to_table("article_lines", line_rows)
        new_mentions = to_table("mentions", mention_rows)
        replaced = set(new_articles.column("article_id").to_pylist()) | set(retract_ids)

        old_mentions = read_dataset(warehouse, "mentions")
        gone = pc.is_in(old_mentions.column("article_id"), value_set=pa.array(sorted(replaced), pa.string()))
        touched = set(old_mentions.filter(gone).column("block_key").to_pylist())
        touched |= set(new_mentions.column("block_key").to_pylist())

        stage.replace_rows("mentions", new_mentions, replaced)
        stage.replace_rows("article_lines", new_lines, replaced)

        all_articles = _merged_articles(read_dataset(warehouse, "articles"), new_articles, replaced)
        current = pa.concat_tables([old_mentions.filter(pc.invert(gone)), new_mentions.cast(old_mentions.schema)])
        in_blocks = current.filter(pc.is_in(current.column("block_key"),
                                            value_set=pa.array(sorted(touched), pa.string())))
        mentions = [mention_from_row(r) for r in in_blocks.to_pylist()]
        block_of = {m.mention_id: block_key(m) for m in mentions}
        events = resolve_events(mentions, _article_infos(all_articles))
        ev_rows, link_rows = [], []
        for event in events:
            key = block_of[event.mention_ids[0]]
            ev_rows.append(event_row(event, key))
            link_rows.extend(evidence_rows(event, key))
        stage.replace_rows("events", to_table("events", ev_rows), touched)
        stage.replace_rows("event_evidence", to_table("event_evidence", link_rows), touched)

        ok = all_articles.filter(pc.equal(all_articles.column("status"), "ok"))
        pairs = list(zip(ok.column("article_id").to_pylist(), ok.column("body_text").to_pylist()))
        dupes = find_near_duplicates(pairs)
        stage.replace_single("article_duplicates", to_table(
            "article_duplicates", [{"article_id": a, "duplicate_of": b} for a, b in sorted(dupes.items())]))

        old_q = read_dataset(warehouse, "quarantine").to_pylist()
        new_keys = {(r["input_root"], r["input_path"]) for r in quarantine_rows}
        kept_q = [r for r in old_q if (r["input_root"], r["input_path"]) not in clear_quarantine | new_keys]
        stage.replace_single("quarantine", to_table("quarantine", kept_q + quarantine_rows))

        events_total = _count_events_after(warehouse, touched, len(ev_rows))
        finished = dt.datetime.now(dt.timezone.utc)
        run_row = dict(run_row, events_total=events_total, finished_at=finished,
                       seconds=(finished - run_row["started_at"]).total_seconds())
        stage.append("runs", to_table("runs", [run_row]), run_id)
        stage.replace_rows("articles", new_articles, replaced)
        stage.commit(last=("articles",))
    except BaseException:
        stage.abort()
        raise
    return LandResult(len(ev_rows), len(touched), events_total)


def _count_events_after(warehouse: Path, touched: set[str], new_count: int) -> int:
    keys = read_dataset(warehouse, "events", ["block_key"]).column("block_key").to_pylist()
    return sum(1 for k in keys if k not in touched) + new_count
