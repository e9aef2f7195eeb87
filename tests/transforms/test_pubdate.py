import datetime as dt

import pytest

from transforms.pubdate import parse_date_line, parse_dateline, parse_iso_date


@pytest.mark.parametrize("text, expected", [
    ("Monday 5 July 2021", dt.date(2021, 7, 5)),
    ("July 4, 2021", dt.date(2021, 7, 4)),
    ("4 July 2021", dt.date(2021, 7, 4)),
    ("2021-07-04", dt.date(2021, 7, 4)),
    ("Sept. 5th, 2021", dt.date(2021, 9, 5)),
    ("Published On 7 Feb 2024", dt.date(2024, 2, 7)),
    ("By Jane Doe | July 4, 2021 | 10:32 GMT", dt.date(2021, 7, 4)),
    ("KABUL, July 4, 2021 (AP) \u2014 The Taliban seized a district.", dt.date(2021, 7, 4)),
    ("June 16, 2023 (EL GENEINA) \u2013 The RSF killed dozens of civilians.", dt.date(2023, 6, 16)),
    ("24-08-2022", dt.date(2022, 8, 24)),
    ("08/24/2022", dt.date(2022, 8, 24)),
])
def test_dated_heads(text, expected):
    assert parse_dateline(text) == expected


def test_yearless_wire_dateline_is_skipped_without_a_year():
    assert parse_dateline("Kabul, June 14 (dpa) - Afghan forces withdrew.") is None


def test_yearless_wire_dateline_uses_the_year_hint():
    text = "Kabul, June 14 (dpa) - Afghan forces withdrew."
    assert parse_dateline(text, year_hint=2021) == dt.date(2021, 6, 14)
    assert parse_dateline("Kabul, June 14 (dpa)", year_hint=2021) == dt.date(2021, 6, 14)
    assert parse_dateline("Kabul, June 14 (dpa) Afghan forces withdrew.", year_hint=2021) == dt.date(2021, 6, 14)
    assert parse_dateline("MOGADISHU, 3 March (AFP): Al-Shabaab fighters attacked.",
                          year_hint=2022) == dt.date(2022, 3, 3)


def test_place_and_date_opening_a_sentence_is_not_a_wire_dateline():
    assert parse_dateline("Herat, June 14 was the day the city fell.", year_hint=2021) is None


def test_date_inside_a_sentence_is_an_event_date_not_a_dateline():
    assert parse_dateline("On July 4, 2021, gunmen attacked a convoy near Gao.") is None
    assert parse_dateline("Taliban seize Kandahar on July 4, 2021") is None


def test_only_the_head_is_read():
    body = "\n".join(f"Paragraph {n} says something." for n in range(12))
    assert parse_dateline(body + "\n4 July 2021") is None
    assert parse_dateline("Headline here\n\n4 July 2021\n" + body) == dt.date(2021, 7, 4)


def test_invalid_dates_are_rejected():
    assert parse_dateline("31 February 2021") is None
    assert parse_dateline("4 July 1850") is None


def test_parse_date_line_needs_a_stamp_shape():
    assert parse_date_line("Monday 5 July 2021") == dt.date(2021, 7, 5)
    assert parse_date_line("Five soldiers died on 5 July 2021.") is None


def test_parse_iso_date():
    assert parse_iso_date("2023-03-14T08:30:00+00:00") == dt.date(2023, 3, 14)
    assert parse_iso_date("2023-3-4") == dt.date(2023, 3, 4)
    assert parse_iso_date(None) is None
    assert parse_iso_date("yesterday") is None


def test_ambiguous_numeric_date_is_skipped():
    assert parse_dateline("04/07/2021") is None
