"""Find input articles, fingerprint them, and read them into RawArticle records.

Scanning reads every file once to hash it (so unchanged inputs are skipped
without decoding); reading happens batch by batch. Every input file ends up
either as articles or as quarantine rows: nothing is dropped silently.
Hidden files and folders (names starting with '.') are ignored.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from transforms.raw_input import InputRejected, decode_text, parse_jsonl_record, parse_sidecar
from transforms.records import RawArticle

ARTICLE_SUFFIXES = {".txt": "text", ".html": "html", ".htm": "html"}
JSONL_SUFFIX = ".jsonl"
SIDECAR_SUFFIX = ".json"


@dataclass(frozen=True)
class InputUnit:
    """One article-sized input: a file (with its sidecar) or one JSONL line."""

    input_root: str  # absolute folder
    input_path: str  # relative to input_root; JSONL lines as "path#N"
    article_id: str | None
    fingerprint: str  # sha256 of the raw bytes (article file + sidecar, or the JSONL line)
    size_bytes: int
    file: Path
    sidecar: Path | None = None
    line_no: int | None = None  # JSONL only


@dataclass(frozen=True)
class Rejected:
    """An input that goes to the quarantine."""

    input_root: str
    input_path: str
    article_id: str | None
    reason: str
    detail: str
    raw_sha256: str | None
    size_bytes: int


@dataclass(frozen=True)
class IngestedBatch:
    raws: list[RawArticle]
    rejected: list[Rejected]


@dataclass
class ScanResult:
    units: list[InputUnit]
    rejected: list[Rejected]
    files_seen: int
    input_root: str
    is_folder: bool


def _sha256(*parts: bytes) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part)
    return digest.hexdigest()


def _walk(root: Path, exclude: Path | None) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if exclude is not None and path.is_relative_to(exclude):
            continue
        if path.is_file() or (path.is_symlink() and not path.exists()):
            yield path


def _article_id(rel: Path) -> str:
    return rel.with_suffix("").as_posix()


def scan_inputs(input_path: Path, exclude: Path | None = None) -> ScanResult:
    """List every article-sized input under a folder (recursive) or a single file.

    `exclude` is a folder never read (the warehouse, when it lies inside the input).
    """
    input_path = Path(input_path).resolve()
    exclude = Path(exclude).resolve() if exclude is not None else None
    if not input_path.exists():
        raise FileNotFoundError(f"input not found: {input_path}")
    is_folder = input_path.is_dir()
    root = input_path if is_folder else input_path.parent
    files = list(_walk(root, exclude)) if is_folder else [input_path]
    units: list[InputUnit] = []
    rejected: list[Rejected] = []
    by_stem = {p.with_suffix(""): p for p in files if p.suffix.lower() in ARTICLE_SUFFIXES}
    seen_ids: dict[str, str] = {}

    def reject(rel: str, article_id: str | None, exc: InputRejected, sha: str | None, size: int) -> None:
        rejected.append(Rejected(str(root), rel, article_id, exc.reason, exc.detail, sha, size))

    for path in files:
        rel = path.relative_to(root).as_posix()
        suffix = path.suffix.lower()
        if suffix == SIDECAR_SUFFIX and path.with_suffix("") in by_stem:
            continue  # a sidecar: read with its article
        try:
            data = path.read_bytes()
        except OSError as exc:
            reject(rel, None, InputRejected("unreadable", str(exc)), None, 0)
            continue
        if suffix == JSONL_SUFFIX:
            _scan_jsonl(root, path, rel, data, units, rejected, seen_ids)
            continue
        if suffix not in ARTICLE_SUFFIXES:
            what = "a .json file with no article beside it" if suffix == SIDECAR_SUFFIX else f"unsupported file type {suffix or '(none)'!r}"
            reject(rel, None, InputRejected("unsupported", what + "; inputs are .txt, .html, .htm, .jsonl"),
                   _sha256(data), len(data))
            continue
        article_id = _article_id(path.relative_to(root))
        sidecar = path.with_suffix(SIDECAR_SUFFIX)
        side_bytes = b""
        if sidecar.exists():
            try:
                side_bytes = sidecar.read_bytes()
            except OSError as exc:
                reject(rel, article_id, InputRejected("unreadable", f"sidecar: {exc}"), None, len(data))
                continue
        sha = _sha256(data, b"\0", side_bytes)
        if article_id in seen_ids:
            reject(rel, article_id, InputRejected(
                "duplicate_id", f"article id {article_id!r} is also used by {seen_ids[article_id]}"), sha, len(data))
            continue
        seen_ids[article_id] = rel
        units.append(InputUnit(str(root), rel, article_id, sha, len(data), path,
                               sidecar if sidecar.exists() else None))
    return ScanResult(units, rejected, len(files), str(root), is_folder)


def _scan_jsonl(root, path, rel, data, units, rejected, seen_ids) -> None:
    if not data.strip():
        rejected.append(Rejected(str(root), rel, None, "empty", "the file is empty", _sha256(data), 0))
        return
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        rejected.append(Rejected(str(root), rel, None, "undecodable", f"JSONL must be UTF-8: {exc}",
                                 _sha256(data), len(data)))
        return
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{rel}#{line_no}"
        raw = line.encode("utf-8")
        sha = _sha256(raw)
        try:
            record = parse_jsonl_record(line)
        except InputRejected as exc:
            rejected.append(Rejected(str(root), where, None, exc.reason, exc.detail, sha, len(raw)))
            continue
        if record.article_id in seen_ids:
            rejected.append(Rejected(str(root), where, record.article_id, "duplicate_id",
                                     f"article id {record.article_id!r} is also used by {seen_ids[record.article_id]}",
                                     sha, len(raw)))
            continue
        seen_ids[record.article_id] = where
        units.append(InputUnit(str(root), where, record.article_id, sha, len(raw), path, None, line_no))


def read_unit(unit: InputUnit) -> RawArticle:
    """Read and decode one input into a RawArticle; raises InputRejected."""
    try:
        data = unit.file.read_bytes()
    except OSError as exc:
        raise InputRejected("unreadable", str(exc)) from None
    if unit.line_no is not None:
        line = data.decode("utf-8-sig").splitlines()[unit.line_no - 1]
        record = parse_jsonl_record(line)
        meta, content_type, content = record.metadata, record.content_type, record.content
    else:
        content = decode_text(data)
        content_type = ARTICLE_SUFFIXES[unit.file.suffix.lower()]
        meta = parse_sidecar(unit.sidecar.read_bytes()) if unit.sidecar else None
    return RawArticle(
        article_id=unit.article_id or "",
        input_path=unit.input_path,
        content_type=content_type,
        content=content,
        raw_sha256=unit.fingerprint,
        url=meta.url if meta else None,
        title=meta.title if meta else None,
        published=meta.published if meta else None,
        source=meta.source if meta else None,
    )
