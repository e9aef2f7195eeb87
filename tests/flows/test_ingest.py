import datetime as dt

import pytest

from flows.ingest import read_unit, scan_inputs
from transforms.raw_input import InputRejected


def write(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode())
    return path


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "in"
    write(root / "a.txt", "Gunmen attacked a village.")
    write(root / "a.json", '{"published": "2024-03-01", "source": "AFP"}')
    write(root / "2021/07/b.html", "<html><body><p>Hello</p></body></html>")
    write(root / "c.jsonl", '{"id": "j1", "text": "One."}\n\n{broken\n{"id": "j2", "html": "<p>Two</p>"}\n')
    write(root / "empty.txt", "")
    write(root / "scan.pdf", b"%PDF-1.4")
    write(root / "orphan.json", "{}")
    write(root / ".hidden/skip.txt", "ignored")
    write(root / "a.htm", "<p>same id as a.txt</p>")
    return root


def test_scan_accounts_for_every_file(corpus):
    scan = scan_inputs(corpus)
    assert scan.is_folder and scan.input_root == str(corpus.resolve())
    assert sorted(u.input_path for u in scan.units) == [
        "2021/07/b.html", "a.htm", "c.jsonl#1", "c.jsonl#4", "empty.txt"]
    assert sorted(u.article_id for u in scan.units) == ["2021/07/b", "a", "empty", "j1", "j2"]
    assert sorted((r.input_path, r.reason) for r in scan.rejected) == [
        ("a.txt", "duplicate_id"), ("c.jsonl#3", "malformed_record"),
        ("orphan.json", "unsupported"), ("scan.pdf", "unsupported")]
    # 8 visible files; a.json is read as the sidecar of a.htm (a.txt lost the id to it)
    assert scan.files_seen == 8


def test_read_unit_merges_sidecar_and_rejects_empty(tmp_path):
    root = tmp_path / "in"
    write(root / "x.txt", "Body text.")
    write(root / "x.json", '{"published": "2024-03-01", "source": "AFP", "title": "T"}')
    write(root / "y.txt", "   ")
    scan = scan_inputs(root)
    units = {u.article_id: u for u in scan.units}
    raw = read_unit(units["x"])
    assert (raw.content, raw.content_type, raw.published, raw.source, raw.title) == (
        "Body text.", "text", dt.date(2024, 3, 1), "AFP", "T")
    with pytest.raises(InputRejected) as err:
        read_unit(units["y"])
    assert err.value.reason == "empty"


def test_fingerprint_changes_with_sidecar(tmp_path):
    root = tmp_path / "in"
    write(root / "x.txt", "Body text.")
    before = scan_inputs(root).units[0].fingerprint
    write(root / "x.json", '{"published": "2024-03-01"}')
    assert scan_inputs(root).units[0].fingerprint != before


def test_single_file_input(tmp_path):
    path = write(tmp_path / "in" / "one.txt", "Text.")
    scan = scan_inputs(path)
    assert not scan.is_folder
    assert [u.article_id for u in scan.units] == ["one"]


def test_missing_input_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        scan_inputs(tmp_path / "nope")


def test_warehouse_inside_the_input_is_not_read(tmp_path):
    root = tmp_path / "in"
    write(root / "a.txt", "Text.")
    write(root / "warehouse" / "lake" / "articles" / "part-00.parquet", b"PAR1")
    write(root / "warehouse" / "README.md", "output")
    scan = scan_inputs(root, exclude=root / "warehouse")
    assert [u.article_id for u in scan.units] == ["a"]
    assert scan.rejected == [] and scan.files_seen == 1
