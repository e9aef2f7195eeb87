"""Decide what a run must do: which inputs are new or changed, which are gone.

Compares a scan of the input with what the lake already holds, by content
hash (sha256 of the raw bytes plus sidecar), so a rerun on the same input
does no work and a changed file replaces its earlier version.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from flows.ingest import InputUnit, Rejected, ScanResult
from flows.lake import read_dataset
from transforms.records import STATUS_EXTRACT_FAILED


@dataclass
class RunPlan:
    to_process: list[InputUnit]
    skipped: int
    rejected: list[Rejected]  # new quarantine rows from the scan
    retract_ids: set[str]  # articles whose input vanished or became unprocessable
    clear_quarantine: set[tuple[str, str]]  # (input_root, input_path) no longer quarantined
    known_ids: set[str] = field(default_factory=set)


def plan_run(scan: ScanResult, warehouse: Path) -> RunPlan:
    """Split the scan into work to do, work already done, and earlier work to undo."""
    articles = read_dataset(warehouse, "articles", ["article_id", "raw_sha256", "input_root", "input_path", "status"])
    known = {row["article_id"]: row for row in articles.to_pylist()}
    quarantine = read_dataset(warehouse, "quarantine", ["input_root", "input_path", "raw_sha256"])
    quarantined = {(r["input_root"], r["input_path"]): r["raw_sha256"] for r in quarantine.to_pylist()}

    to_process: list[InputUnit] = []
    skipped = 0
    for unit in scan.units:
        previous = known.get(unit.article_id)
        if previous is not None and previous["raw_sha256"] == unit.fingerprint \
                and previous["status"] != STATUS_EXTRACT_FAILED:  # a failed extraction is tried again
            skipped += 1
        else:
            to_process.append(unit)

    rejected: list[Rejected] = []
    for rej in scan.rejected:
        if quarantined.get((rej.input_root, rej.input_path), "<none>") == rej.raw_sha256:
            skipped += 1  # same bad input as last time: its quarantine row stays
        rejected.append(rej)

    present_ids = {u.article_id for u in scan.units}
    retract = {r.article_id for r in scan.rejected if r.article_id in known}
    present_paths = {(u.input_root, u.input_path) for u in scan.units}
    present_paths |= {(r.input_root, r.input_path) for r in scan.rejected}
    clear = {key for key in quarantined if key in present_paths}
    if scan.is_folder:
        # a folder run sees every input under its root: anything missing was deleted
        retract |= {aid for aid, row in known.items()
                    if row["input_root"] == scan.input_root and aid not in present_ids}
        clear |= {key for key in quarantined if key[0] == scan.input_root and key not in present_paths}
    return RunPlan(to_process, skipped, rejected, retract, clear, set(known))
