import datetime as dt

import pytest

from transforms.raw_input import (
    ArticleMetadata,
    InputRejected,
    decode_text,
    parse_jsonl_record,
    parse_published,
    parse_sidecar,
)


@pytest.mark.parametrize("data, expected", [
    (b"Kabul, June 14 (dpa)", "Kabul, June 14 (dpa)"),
    ("caf\u00e9 \u2019".encode("utf-8"), "caf\u00e9 \u2019"),
    (b"\xef\xbb\xbfwith BOM", "with BOM"),
    ("Gao \u2013 Mali".encode("utf-16"), "Gao \u2013 Mali"),
    (b"curly \x93quote\x94", "curly \u201cquote\u201d"),  # Windows-1252
])
def test_decode_text_accepts_text_encodings(data, expected):
    assert decode_text(data) == expected


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"  \n\t ", "empty"),
    (b"%PDF-1.7 binary", "binary"),
    (b"\x89PNG\r\n\x1a\n", "binary"),
    (b"text\x00with nul", "binary"),
    (b"bad \x81\x8d bytes", "undecodable"),
])
def test_decode_text_rejects_bad_input(data, reason):
    with pytest.raises(InputRejected) as err:
        decode_text(data)
    assert err.value.reason == reason


def test_parse_published_accepts_dates_and_datetimes():
    assert parse_published("2021-07-04") == dt.date(2021, 7, 4)
    assert parse_published("2021-07-04T08:30:00Z") == dt.date(2021, 7, 4)
    assert parse_published(None) is None
    assert parse_published("") is None


@pytest.mark.parametrize("value", ["4 July 2021", 20210704, "2021-13-01"])
def test_parse_published_rejects_non_iso(value):
    with pytest.raises(InputRejected) as err:
        parse_published(value)
    assert err.value.reason == "malformed_metadata"


def test_parse_sidecar_reads_all_fields():
    data = b'{"url": "https://example.org/a", "title": " T ", "published": "2021-06-14", "source": "dpa"}'
    assert parse_sidecar(data) == ArticleMetadata("https://example.org/a", "T", dt.date(2021, 6, 14), "dpa")


@pytest.mark.parametrize("data, reason", [
    (b"{not json", "malformed_sidecar"),
    (b"[1, 2]", "malformed_sidecar"),
    (b'{"published": "yesterday"}', "malformed_metadata"),
])
def test_parse_sidecar_rejects_malformed(data, reason):
    with pytest.raises(InputRejected) as err:
        parse_sidecar(data)
    assert err.value.reason == reason


def test_parse_jsonl_record_text_and_html():
    rec = parse_jsonl_record('{"id": "a1", "text": "Body.", "published": "2024-01-02", "source": "AFP"}')
    assert (rec.article_id, rec.content_type, rec.content) == ("a1", "text", "Body.")
    assert rec.metadata.published == dt.date(2024, 1, 2)
    rec = parse_jsonl_record('{"id": 7, "html": "<p>x</p>"}')
    assert (rec.article_id, rec.content_type) == ("7", "html")


@pytest.mark.parametrize("line, reason", [
    ("{oops", "malformed_record"),
    ('"just a string"', "malformed_record"),
    ('{"text": "no id"}', "malformed_record"),
    ('{"id": "x"}', "malformed_record"),
    ('{"id": "x", "text": "   "}', "empty"),
    ('{"id": "x", "text": 5}', "malformed_record"),
])
def test_parse_jsonl_record_rejects(line, reason):
    with pytest.raises(InputRejected) as err:
        parse_jsonl_record(line)
    assert err.value.reason == reason
