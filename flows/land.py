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
from transforms.mention_screen import keep_screened_events
from transforms.near_duplicates import BandKey, text_signature, update_near_duplicates
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
             clear_quarantine: set[tuple[str, str]], run_row: dict,
             screen_threshold: float | None = None) -> LandResult:
    """Write one run's rows into the lake and rebuild the events of every touched block.

    With `screen_threshold`, an event is kept only when one of its mentions passes the
    mention screen (their `confidence` is then the screen's probability)."""
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
        if screen_threshold is not None:
            events = keep_screened_events(events, mentions, screen_threshold)
        ev_rows, link_rows = [], []
        for event in events:
            key = block_of[event.mention_ids[0]]
            ev_rows.append(event_row(event, key))
            link_rows.extend(evidence_rows(event, key))
        stage.replace_rows("events", to_table("events", ev_rows), touched)
        stage.replace_rows("event_evidence", to_table("event_evidence", link_rows), touched)

        _land_near_duplicates(stage, warehouse, all_articles, replaced)

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


class _StoredSignatures:
    """The article_signatures dataset as stored before the run (a SignatureStore)."""

    def __init__(self, signatures: pa.Table, ok_articles: pa.Table):
        self._ids = signatures.column("article_id").to_pylist()
        self._row = {a: i for i, a in enumerate(self._ids)}
        self._keys = signatures.column("band_keys").combine_chunks()
        self._counts = signatures.column("shingle_count").to_pylist()
        self._flat = pc.list_flatten(self._keys)
        self._parents = pc.list_parent_indices(self._keys)
        self._offsets = self._keys.offsets.to_pylist()
        self._ok = ok_articles

    def signatures_of(self, article_ids):
        rows = [(a, self._row[a]) for a in article_ids if a in self._row]
        return {a: (self._keys[row].as_py(), self._counts[row]) for a, row in rows}

    def members_of(self, keys):
        if not self._ids:
            return {}
        wanted = set(keys)
        values = pa.array(sorted({key for _, key in wanted}), pa.uint64())
        hits = pc.indices_nonzero(pc.is_in(self._flat, value_set=values))
        members: dict[BandKey, list[str]] = {}
        found = zip(hits.to_pylist(), pc.take(self._parents, hits).to_pylist(),
                    pc.take(self._flat, hits).to_pylist())
        for position, row, key in found:
            band = position - (self._offsets[row] - self._offsets[0])
            if (band, key) in wanted:
                members.setdefault((band, key), []).append(self._ids[row])
        return members

    def bodies_of(self, article_ids):
        wanted = pa.array(sorted(article_ids), pa.string())
        rows = self._ok.filter(pc.is_in(self._ok.column("article_id"), value_set=wanted))
        return dict(zip(rows.column("article_id").to_pylist(), rows.column("body_text").to_pylist()))


def _land_near_duplicates(stage: StagedLake, warehouse: Path, all_articles: pa.Table, replaced: set[str]) -> None:
    """Update article_duplicates from the articles this run adds or removes only.

    Articles leave the signature set when replaced, retracted or no longer
    'ok'; ok articles without a stored signature (new, changed, or landed
    before signatures existed) get one. Group members lacking a signature
    are treated as leaving, so their groups are rebuilt.
    """
    ok = all_articles.filter(pc.equal(all_articles.column("status"), "ok")).select(["article_id", "body_text"])
    stored = read_dataset(warehouse, "article_signatures")
    stored_ids = set(stored.column("article_id").to_pylist())
    ok_ids = set(ok.column("article_id").to_pylist())
    previous = read_dataset(warehouse, "article_duplicates")
    groups = dict(zip(previous.column("article_id").to_pylist(), previous.column("duplicate_of").to_pylist()))
    unsigned_members = (set(groups) | set(groups.values())) - stored_ids
    removed = (stored_ids & replaced) | (stored_ids - ok_ids) | unsigned_members
    to_sign = sorted(ok_ids - (stored_ids - removed))
    signing = ok.filter(pc.is_in(ok.column("article_id"), value_set=pa.array(to_sign, pa.string())))
    added = {a: text_signature(text or "") for a, text in zip(signing.column("article_id").to_pylist(),
                                                         signing.column("body_text").to_pylist())}
    dupes = update_near_duplicates(groups, removed, added, _StoredSignatures(stored, ok))
    stage.replace_rows("article_signatures", to_table("article_signatures", [
        {"article_id": a, "band_keys": keys, "shingle_count": count} for a, (keys, count) in sorted(added.items())
    ]), removed)
    stage.replace_single("article_duplicates", to_table(
        "article_duplicates", [{"article_id": a, "duplicate_of": b} for a, b in sorted(dupes.items())]))


def _count_events_after(warehouse: Path, touched: set[str], new_count: int) -> int:
    keys = read_dataset(warehouse, "events", ["block_key"]).column("block_key").to_pylist()
    return sum(1 for k in keys if k not in touched) + new_count
