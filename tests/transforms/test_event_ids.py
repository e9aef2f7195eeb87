"""The stable event id rule."""
from __future__ import annotations

import datetime as dt
import hashlib
import re

import pytest

from transforms.event_ids import event_id_for, mention_sort_key
from transforms.records import EventMention, Place
from transforms.resolve import ArticleInfo

D = dt.date
KIDAL = Place(iso3="MLI", country="Mali", admin1="Kidal", admin2="Kidal", location="Kidal")
ARTICLES = {
    "wire-1": ArticleInfo("wire-1", "Wire", D(2023, 11, 14)),
    "paper-2": ArticleInfo("paper-2", "Paper", D(2023, 11, 15)),
    "blog-0": ArticleInfo("blog-0", "Blog", D(2023, 11, 14)),
    "undated": ArticleInfo("undated", "Zine", None),
}


def mention(mid: str, article: str, char_start: int = 100, **fields) -> EventMention:
    values = dict(mention_id=mid, article_id=article, event_type="Battles",
                  sub_event_type="Government regains territory",
                  actor1="Military Forces of Mali", actor2="CSP-PSD",
                  event_date=D(2023, 11, 14), date_start=D(2023, 11, 14), time_precision=1,
                  place=KIDAL, char_start=char_start, char_end=char_start + 80)
    values.update(fields)
    return EventMention(**values)


def test_id_is_the_documented_hash_of_the_earliest_mention():
    payload = ("2023-11-14|wire-1|100|Battles|Government regains territory|MLI|Kidal|Kidal|Kidal|"
               "Military Forces of Mali|CSP-PSD|2023-11-14")
    expected = "ev_" + hashlib.sha1(payload.encode()).hexdigest()[:16]
    assert event_id_for([mention("m1", "wire-1")], ARTICLES) == expected
    assert re.fullmatch(r"ev_[0-9a-f]{16}", expected)


def test_later_article_does_not_change_the_id_in_any_order():
    first, later = mention("m1", "wire-1"), mention("m2", "paper-2", char_start=0)
    alone = event_id_for([first], ARTICLES)
    assert event_id_for([first, later], ARTICLES) == alone
    assert event_id_for([later, first], ARTICLES) == alone


def test_same_day_ties_break_on_article_id_then_offset():
    wire, blog = mention("m1", "wire-1"), mention("m0", "blog-0", char_start=900)
    assert event_id_for([wire, blog], ARTICLES) == event_id_for([blog], ARTICLES)
    early_offset = mention("m3", "wire-1", char_start=5)
    assert event_id_for([wire, early_offset], ARTICLES) == event_id_for([early_offset], ARTICLES)


def test_undated_article_sorts_after_every_dated_one():
    undated, dated = mention("u", "undated", char_start=0), mention("m2", "paper-2")
    assert event_id_for([undated, dated], ARTICLES) == event_id_for([dated], ARTICLES)
    assert mention_sort_key(undated, ARTICLES)[0] == "9999-12-31"
    unknown_article = mention("x", "not-in-mapping")
    assert mention_sort_key(unknown_article, ARTICLES)[0] == "9999-12-31"


def test_same_sentence_different_places_get_different_ids():
    gao = Place(iso3="MLI", country="Mali", admin1="Gao")
    assert (event_id_for([mention("m1", "wire-1")], ARTICLES)
            != event_id_for([mention("m2", "wire-1", place=gao)], ARTICLES))


def test_mention_id_alone_does_not_change_the_id():
    assert (event_id_for([mention("m1", "wire-1")], ARTICLES)
            == event_id_for([mention("renumbered", "wire-1")], ARTICLES))


def test_empty_mentions_raise():
    with pytest.raises(ValueError):
        event_id_for([], ARTICLES)
