import datetime as dt
import math
import re
from dataclasses import replace

import pytest

from transforms import mention_screen_model
from transforms.mention_screen import (
    ArticleFacts,
    ScreenModel,
    default_screen_model,
    exempt_from_screen,
    keep_screened_events,
    passes_screen,
    score_mentions,
    screen_features,
)
from transforms.records import EventMention, LocationMention, Place
from transforms.resolve import ArticleInfo, resolve_events

PUBLISHED = dt.date(2019, 3, 12)


def mention(mention_id: str, char_start: int, *, article_id: str = "a1", sub_event_type: str = "Armed clash",
            event_type: str = "Battles", admin1: str = "Borno", country: str = "Nigeria",
            event_date: dt.date | None = dt.date(2019, 3, 11), sentence: str = "Troops clashed with fighters.",
            confidence: float = 0.6, **kw) -> EventMention:
    place = Place(iso3="NGA", country=country, admin1=admin1, admin2="Bama" if admin1 else "",
                  geo_precision=1 if admin1 else 3)
    return EventMention(mention_id=mention_id, article_id=article_id, event_type=event_type,
                        sub_event_type=sub_event_type, actor1=kw.pop("actor1", "Military Forces of Nigeria"),
                        event_date=event_date, date_start=event_date, time_precision=1,
                        sentence=sentence, char_start=char_start, char_end=char_start + len(sentence),
                        confidence=confidence, place=place,
                        location=LocationMention(name="Bama", kind="city"), **kw)


def test_features_of_one_mention_say_what_it_is():
    m = mention("m1", 100, fatalities=12, fatalities_known=True, actor2="Boko Haram", inter1=1, inter2=2,
                sentence='Troops killed 12 fighters in Bama on Monday, the army said.')
    (f,) = screen_features([m], ArticleFacts(PUBLISHED, 1000))
    assert f["bias"] == 1.0
    assert f["subtype=Armed clash"] == 1.0
    assert f["rule_confidence"] == 0.6
    assert f["toll_known"] == 1.0 and f["toll_log"] == pytest.approx(math.log(13))
    assert f["day_before_report"] == 1.0 and f["same_day_as_report"] == 0.0 and f["undated"] == 0.0
    assert f["time_precision=1"] == 1.0 and f["geo_precision=1"] == 1.0 and f["place_kind=city"] == 1.0
    assert f["no_admin1"] == 0.0 and f["no_actor2"] == 0.0 and f["inter1=1"] == 1.0 and f["inter2=2"] == 1.0
    assert f["says"] == 1.0 and f["tally_words"] == 0.0 and f["modal_words"] == 0.0
    assert f["position"] == 0.1 and f["first_in_article"] == 1.0 and f["rank_log"] == 0.0
    assert f["subtype_told_before"] == 0.0 and f["in_main_admin1"] == 1.0 and f["outside_main_country"] == 0.0


def test_features_see_what_the_article_told_before():
    # given out of text order: context follows the text, output follows the input
    later = mention("m2", 500, event_date=dt.date(2019, 3, 10),
                    sentence="So far this year, 40 soldiers have been killed in clashes in Borno.")
    lead = mention("m1", 10)
    elsewhere = mention("m3", 800, admin1="Yobe", sub_event_type="Attack", event_type="Violence against civilians")
    f_later, f_lead, f_elsewhere = screen_features([later, lead, elsewhere], ArticleFacts(PUBLISHED, 1000))
    assert f_lead["first_in_article"] == 1.0 and f_lead["subtype_told_before"] == 0.0
    assert f_later["first_in_article"] == 0.0 and f_later["rank_log"] == pytest.approx(math.log(2))
    assert f_later["subtype_told_before"] == 1.0
    assert f_later["type_and_admin1_told_before"] == 1.0
    assert f_later["type_and_date_told_before"] == 0.0  # another day
    assert f_later["within_week"] == 1.0 and f_later["tally_words"] == 1.0 and f_later["habit_words"] == 1.0
    assert f_later["same_subtype_log"] == pytest.approx(math.log(2))
    assert f_elsewhere["subtype_told_before"] == 0.0 and f_elsewhere["type_and_admin1_told_before"] == 0.0
    assert f_elsewhere["in_main_admin1"] == 0.0
    assert f_elsewhere["admin1_and_date_told_before"] == 0.0


def test_an_undated_unplaced_mention_without_facts():
    m = mention("m1", 0, admin1="", event_date=None)
    (f,) = screen_features([m], ArticleFacts(None, 0))
    assert f["undated"] == 1.0 and f["no_admin1"] == 1.0 and f["no_admin2"] == 1.0 and f["geo_precision=3"] == 1.0
    assert f["position"] == 0.0 and f["in_main_admin1"] == 0.0
    assert not any(f[k] for k in ("same_day_as_report", "day_before_report", "within_week", "older_than_week"))


def test_probability_is_the_logistic_of_the_weighted_sum():
    model = ScreenModel({"bias": 0.5, "toll_known": 1.0, "ignored_if_absent": 9.0}, threshold=0.5)
    assert model.probability({"bias": 1.0, "toll_known": 1.0}) == pytest.approx(1 / (1 + math.exp(-1.5)))
    assert model.probability({"bias": 1.0, "unknown_feature": 3.0}) == pytest.approx(1 / (1 + math.exp(-0.5)))
    assert model.probability({"bias": 1e6}) == pytest.approx(1.0)  # no overflow


def test_scoring_gives_each_mention_its_probability_in_its_own_article():
    model = ScreenModel({"bias": -1.0, "toll_known": 3.0, "first_in_article": 0.5}, threshold=0.5)
    told = mention("m1", 0, fatalities=4, fatalities_known=True)
    untold = mention("m2", 50)
    other_article = mention("m3", 0, article_id="a2")
    scored = score_mentions([told, untold, other_article], {"a1": ArticleFacts(PUBLISHED, 100)}, model)
    assert [m.mention_id for m in scored] == ["m1", "m2", "m3"]
    assert [m.confidence for m in scored] == [round(1 / (1 + math.exp(-2.5)), 4), round(1 / (1 + math.exp(1.0)), 4),
                                              round(1 / (1 + math.exp(0.5)), 4)]
    assert [passes_screen(m, model.threshold) for m in scored] == [True, False, False]


def test_an_event_stays_when_one_of_its_mentions_passes_and_keeps_them_all():
    articles = {a: ArticleInfo(a, a, PUBLISHED) for a in ("a1", "a2", "a3")}
    lead = replace(mention("m1", 0, article_id="a1", fatalities=4, fatalities_known=True), confidence=0.9)
    retold = replace(mention("m2", 0, article_id="a2", fatalities=4, fatalities_known=True), confidence=0.2)
    alone = replace(mention("m3", 0, article_id="a3", admin1="Yobe", sub_event_type="Attack",
                            event_type="Violence against civilians"), confidence=0.2)
    events = resolve_events([lead, retold, alone], articles)
    assert len(events) == 2
    kept = keep_screened_events(events, [lead, retold, alone], threshold=0.5)
    assert [sorted(e.mention_ids) for e in kept] == [["m1", "m2"]]
    assert kept[0].source_count == 2  # the retelling under the threshold still corroborates


def test_the_shipped_model_uses_only_features_the_screen_computes():
    model = default_screen_model()
    assert 0.0 < model.threshold < 1.0
    assert model.weights is mention_screen_model.WEIGHTS
    fixed = set(screen_features([mention("m1", 0)], ArticleFacts(PUBLISHED, 10))[0])
    families = re.compile(r"^(subtype|time_precision|geo_precision|place_kind|inter1|inter2)=")
    unknown = [k for k in model.weights if k not in fixed and not families.match(k)]
    assert unknown == []
    assert {"bias", "rule_confidence", "subtype_told_before"} <= set(model.weights)


def test_a_country_level_toll_is_never_screened_out():
    # codebook rule 6: "224 fighters were killed in operations" is coded at country level
    model = ScreenModel({"bias": -5.0}, threshold=0.5)
    aggregate = mention("m1", 0, admin1="", fatalities=224, fatalities_known=True)
    placed = mention("m2", 90, fatalities=3, fatalities_known=True)
    untold = mention("m3", 180, admin1="")
    scored = score_mentions([aggregate, placed, untold], {"a1": ArticleFacts(PUBLISHED, 300)}, model)
    assert [passes_screen(m, model.threshold) for m in scored] == [True, False, False]
    assert exempt_from_screen(aggregate) and not exempt_from_screen(placed) and not exempt_from_screen(untold)


@pytest.mark.parametrize("sub", ["Non-state actor overtakes territory", "Government regains territory"])
def test_a_change_of_territory_is_never_screened_out(sub):
    model = ScreenModel({"bias": -5.0}, threshold=0.5)
    capture = mention("m1", 0, sub_event_type=sub)
    clash = mention("m2", 90)  # guard: unchanged behaviour - other placed events are screened
    scored = score_mentions([capture, clash], {"a1": ArticleFacts(PUBLISHED, 300)}, model)
    assert [passes_screen(m, model.threshold) for m in scored] == [True, False]
