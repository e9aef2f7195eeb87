"""The Parquet lake under <warehouse>/lake: layout, atomic writes, row replacement.

Layout: one folder per dataset (see flows/schemas.py). Datasets keyed by
article or by resolution block are split into NUM_BUCKETS files
`part-XX.parquet` by a hash of the key, so a run rewrites only the buckets
its inputs touch. Every bucket file exists from `init_lake` on (empty files
carry the schema), so views never glob an empty folder.

Writes are staged in `<warehouse>/lake/.staging/<run_id>/` and moved into
place with `os.replace`, one file at a time; the caller swaps `articles`
last, so a crash part-way leaves those articles unprocessed and the next
run redoes them (see flows/pipeline.py).
"""
from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from flows.schemas import DATASETS

NUM_BUCKETS = 16
BUCKET_KEYS = {
    "articles": "article_id",
    "article_lines": "article_id",
    "mentions": "article_id",
    "article_signatures": "article_id",
    "events": "block_key",
    "event_evidence": "block_key",
}
SINGLE_FILE = ("quarantine", "article_duplicates")
APPEND_ONLY = ("runs",)


def lake_dir(warehouse: Path) -> Path:
    return Path(warehouse) / "lake"


def dataset_dir(warehouse: Path, name: str) -> Path:
    return lake_dir(warehouse) / name


def bucket_of(key: str) -> int:
    """Bucket number of a key; stable across processes and Python versions."""
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16) % NUM_BUCKETS


def bucket_path(warehouse: Path, name: str, bucket: int) -> Path:
    return dataset_dir(warehouse, name) / f"part-{bucket:02d}.parquet"


def single_path(warehouse: Path, name: str) -> Path:
    return dataset_dir(warehouse, name) / "part-00.parquet"


def write_parquet(table: pa.Table, path: Path) -> None:
    """Write a table with its schema's metadata, zstd-compressed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, path, compression="zstd")


def empty_table(name: str) -> pa.Table:
    return DATASETS[name].empty_table()


def init_lake(warehouse: Path) -> None:
    """Create every dataset folder with schema-carrying empty files where missing."""
    for name in DATASETS:
        folder = dataset_dir(warehouse, name)
        folder.mkdir(parents=True, exist_ok=True)
        if name in BUCKET_KEYS:
            paths = [bucket_path(warehouse, name, b) for b in range(NUM_BUCKETS)]
        else:
            paths = [single_path(warehouse, name)]
        for path in paths:
            if not path.exists():
                _write_atomic(empty_table(name), path)


def _write_atomic(table: pa.Table, path: Path) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    write_parquet(table, tmp)
    os.replace(tmp, path)


def read_dataset(warehouse: Path, name: str, columns: list[str] | None = None) -> pa.Table:
    """The whole dataset as one table with its declared schema."""
    folder = dataset_dir(warehouse, name)
    files = sorted(folder.glob("part-*.parquet"))
    schema = DATASETS[name]
    if not files:
        table = schema.empty_table()
    else:
        table = pa.concat_tables([pq.read_table(f, schema=schema) for f in files])
    return table.select(columns) if columns else table


def to_table(name: str, rows: list[dict]) -> pa.Table:
    """Rows (dicts keyed by column) as a table of the dataset's schema."""
    schema = DATASETS[name]
    return pa.Table.from_pylist(rows, schema=schema)


class StagedLake:
    """Collects bucket rewrites for one run in a staging folder, then swaps them in."""

    def __init__(self, warehouse: Path, run_id: str):
        self.warehouse = Path(warehouse)
        self.staging = lake_dir(warehouse) / ".staging" / run_id
        self.staging.mkdir(parents=True, exist_ok=True)
        self._moves: list[tuple[str, Path, Path]] = []

    def replace_rows(self, name: str, new_rows: pa.Table, remove_keys: Iterable[str]) -> None:
        """Drop every row whose bucket key is in remove_keys or in new_rows, then add new_rows."""
        key = BUCKET_KEYS[name]
        new_rows = new_rows.cast(DATASETS[name])
        removed = set(remove_keys) | set(new_rows.column(key).to_pylist())
        touched = {bucket_of(k) for k in removed}
        new_buckets = pc.cast(
            pa.array([bucket_of(k) for k in new_rows.column(key).to_pylist()], pa.int32()), pa.int32())
        for bucket in sorted(touched):
            path = bucket_path(self.warehouse, name, bucket)
            old = pq.read_table(path, schema=DATASETS[name]) if path.exists() else empty_table(name)
            keep = pc.invert(pc.is_in(old.column(key), value_set=pa.array(sorted(removed), pa.string())))
            kept = old.filter(keep)
            added = new_rows.filter(pc.equal(new_buckets, bucket)) if len(new_rows) else new_rows
            table = pa.concat_tables([kept, added]).sort_by([(key, "ascending")])
            self._stage(name, table, path)

    def replace_single(self, name: str, table: pa.Table) -> None:
        """Replace a single-file dataset as a whole."""
        self._stage(name, table.cast(DATASETS[name]), single_path(self.warehouse, name))

    def append(self, name: str, table: pa.Table, part: str) -> None:
        """Add one new file to an append-only dataset."""
        self._stage(name, table.cast(DATASETS[name]), dataset_dir(self.warehouse, name) / f"part-{part}.parquet")

    def _stage(self, name: str, table: pa.Table, final: Path) -> None:
        staged = self.staging / name / final.name
        write_parquet(table, staged)
        # a later rewrite of the same file in this run supersedes the earlier one
        self._moves = [m for m in self._moves if m[2] != final]
        self._moves.append((name, staged, final))

    def commit(self, last: Iterable[str] = ("articles",)) -> None:
        """Move staged files into place; datasets named in `last` go last."""
        last = tuple(last)
        ordered = sorted(self._moves, key=lambda m: (m[0] in last, last.index(m[0]) if m[0] in last else 0))
        for _, staged, final in ordered:
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staged, final)
        self._moves.clear()
        shutil.rmtree(self.staging, ignore_errors=True)

    def abort(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)


def reset_lake(warehouse: Path, keep: Iterable[str] = ("runs",)) -> None:
    """Delete every dataset but those in `keep` (for --full-refresh)."""
    keep = set(keep)
    for name in DATASETS:
        if name not in keep:
            shutil.rmtree(dataset_dir(warehouse, name), ignore_errors=True)
    shutil.rmtree(lake_dir(warehouse) / ".staging", ignore_errors=True)
