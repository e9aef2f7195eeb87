import pyarrow.parquet as pq

from flows.lake import NUM_BUCKETS, StagedLake, bucket_of, bucket_path, init_lake, read_dataset, to_table
from flows.schemas import DATASETS, SCHEMA_VERSION


def line(article_id, n, text):
    return {"article_id": article_id, "line_no": n, "text": text, "kept": True, "rule": None}


def test_init_lake_writes_schema_carrying_empty_files(tmp_path):
    init_lake(tmp_path)
    for name, schema in DATASETS.items():
        table = read_dataset(tmp_path, name)
        assert table.num_rows == 0
        assert table.schema.names == schema.names
    files = list((tmp_path / "lake" / "articles").glob("part-*.parquet"))
    assert len(files) == NUM_BUCKETS
    meta = pq.read_schema(files[0]).metadata
    assert meta[b"schema_version"] == SCHEMA_VERSION.encode()


def test_bucket_of_is_stable():
    assert bucket_of("001_f484baaed8a32eec") == bucket_of("001_f484baaed8a32eec")
    assert {bucket_of(f"a{i}") for i in range(200)} == set(range(NUM_BUCKETS))


def test_replace_rows_replaces_and_retracts(tmp_path):
    init_lake(tmp_path)
    stage = StagedLake(tmp_path, "r1")
    stage.replace_rows("article_lines", to_table("article_lines", [line("a", 1, "x"), line("b", 1, "y")]), [])
    stage.commit()
    stage = StagedLake(tmp_path, "r2")
    # a changes, b disappears, c is new
    stage.replace_rows("article_lines", to_table("article_lines", [line("a", 1, "x2"), line("c", 1, "z")]), ["b"])
    assert read_dataset(tmp_path, "article_lines").num_rows == 2  # nothing visible before commit
    stage.commit()
    rows = sorted((r["article_id"], r["text"]) for r in read_dataset(tmp_path, "article_lines").to_pylist())
    assert rows == [("a", "x2"), ("c", "z")]
    assert not (tmp_path / "lake" / ".staging" / "r2").exists()


def test_abort_leaves_lake_untouched(tmp_path):
    init_lake(tmp_path)
    before = bucket_path(tmp_path, "article_lines", bucket_of("a")).read_bytes()
    stage = StagedLake(tmp_path, "r1")
    stage.replace_rows("article_lines", to_table("article_lines", [line("a", 1, "x")]), [])
    stage.abort()
    assert bucket_path(tmp_path, "article_lines", bucket_of("a")).read_bytes() == before
