"""Event resolution: hand-built mentions in, exact events out."""
from __future__ import annotations

import datetime as dt
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.event_ids import event_id_for
from transforms.records import EventMention, Place
from transforms.resolve import ArticleInfo, block_key, resolve_events

D = dt.date
MALI_MOPTI = Place(iso3="MLI", country="Mali", admin1="Mopti", geo_precision=3)
BOULKESSI = Place(iso3="MLI", country="Mali", admin1="Mopti", admin2="Douentza",
                  location="Boulkessi", latitude=15.1, longitude=-1.4, geo_precision=1)
BORNO = Place(iso3="NGA", country="Nigeria", admin1="Borno", geo_precision=3)
GWOZA = Place(iso3="NGA", country="Nigeria", admin1="Borno", admin2="Gwoza", geo_precision=3)
BAMA = Place(iso3="NGA", country="Nigeria", admin1="Borno", admin2="Bama", geo_precision=3)
BAKHMUT = Place(iso3="UKR", country="Ukraine", admin1="Donetsk", admin2="Bakhmut",
                location="Bakhmut", geo_precision=1)
YEMEN = Place(iso3="YEM", country="Yemen", geo_precision=3)
MARIB = Place(iso3="YEM", country="Yemen", admin1="Marib", geo_precision=3)

ARTICLES = {
    "a1": ArticleInfo("a1", "Outlet A", D(2023, 3, 5)),
    "b1": ArticleInfo("b1", "Outlet B", D(2023, 3, 6)),
    "c1": ArticleInfo("c1", "Outlet C", D(2023, 3, 7)),
    "d0": ArticleInfo("d0", "Outlet D", D(2023, 3, 4)),
    "u1": ArticleInfo("u1", None, None),
    "old": ArticleInfo("old", "Outlet O", D(2023, 1, 15)),
}


def mention(mid: str, article: str = "a1", **fields) -> EventMention:
    """A capture of Boulkessi by JNIM on 4 March 2023 unless fields say otherwise."""
    values = dict(
        mention_id=mid, article_id=article, event_type="Battles",
        sub_event_type="Non-state actor overtakes territory", actor1="JNIM",
        actor2="Military Forces of Mali", inter1=2, inter2=1,
        event_date=D(2023, 3, 4), date_start=D(2023, 3, 4), time_precision=1,
        place=BOULKESSI, notes=f"note {mid}", sentence=f"sentence {mid}",
        char_start=10, char_end=50, confidence=0.6,
    )
    values.update(fields)
    return EventMention(**values)


def dead(n: int, low: int | None = None, high: int | None = None) -> dict:
    return dict(fatalities=n, fatalities_low=n if low is None else low,
                fatalities_high=n if high is None else high, fatalities_known=True)


def test_two_outlets_same_capture_keep_lowest_figure_and_range():
    first = mention("m1", "a1", confidence=0.6, **dead(12))
    second = mention("m2", "b1", confidence=0.7, **dead(20, 15, 25))
    [event] = resolve_events([second, first], ARTICLES)
    assert event.event_id == event_id_for([first], ARTICLES)
    assert event.article_ids == ("a1", "b1")
    assert event.source_count == 2
    assert event.sources == ("Outlet A", "Outlet B")
    assert (event.fatalities, event.fatalities_low, event.fatalities_high) == (12, 12, 25)
    assert event.fatalities_known is True
    assert event.confidence == 0.88  # 1 - 0.4 * 0.3
    assert (event.first_reported, event.last_reported) == (D(2023, 3, 5), D(2023, 3, 6))
    assert event.mention_ids == ("m1", "m2")
    assert [e.mention_id for e in event.evidence] == ["m1", "m2"]
    assert {e.event_id for e in event.evidence} == {event.event_id}
    assert event.interaction == 12
    assert event.notes == "note m2"  # highest confidence


def test_unknown_fatalities_do_not_drag_the_figure_to_zero():
    [event] = resolve_events([mention("m1", "a1"), mention("m2", "b1", **dead(7))], ARTICLES)
    assert (event.fatalities, event.fatalities_low, event.fatalities_high) == (7, 7, 7)
    [unknown] = resolve_events([mention("m1", "a1")], ARTICLES)
    assert (unknown.fatalities, unknown.fatalities_known) == (0, False)


def test_district_level_mention_absorbs_province_level_one():
    province = mention("p", "a1", place=BORNO, actor1="Islamic State West Africa Province")
    district = mention("d", "b1", place=GWOZA, actor1="Islamic State West Africa Province")
    [event] = resolve_events([province, district], ARTICLES)
    assert event.place == GWOZA
    assert event.article_ids == ("a1", "b1")
    assert event.event_id == event_id_for([province], ARTICLES)


def test_two_districts_of_one_province_stay_apart_and_province_joins_the_oldest():
    gwoza = mention("g", "a1", place=GWOZA)
    bama = mention("b", "b1", place=BAMA)
    province = mention("p", "c1", place=BORNO)
    events = resolve_events([province, bama, gwoza], ARTICLES)
    by_place = {e.place.admin2: e for e in events}
    assert set(by_place) == {"Gwoza", "Bama"}
    assert by_place["Gwoza"].mention_ids == ("g", "p")
    assert by_place["Bama"].mention_ids == ("b",)


def test_undated_mention_joins_dated_event_which_keeps_its_date():
    undated = mention("u", "u1", event_date=None, date_start=None, time_precision=3)
    dated = mention("d", "b1")
    [event] = resolve_events([undated, dated], ARTICLES)
    assert (event.event_date, event.time_precision) == (D(2023, 3, 4), 1)
    assert event.article_ids == ("b1", "u1")
    assert event.first_reported == event.last_reported == D(2023, 3, 6)
    assert event.sources == ("Outlet B",)
    # the dated article is the earliest report: the undated one sorts last
    assert event.event_id == event_id_for([dated], ARTICLES)


def test_undated_mention_only_joins_events_of_the_30_days_before_its_article():
    dated = mention("d", "b1")
    in_range = mention("u", "c1", event_date=None, date_start=None, time_precision=3)
    [event] = resolve_events([dated, in_range], ARTICLES)
    assert event.mention_ids == ("d", "u")
    too_old = mention("o", "old", event_date=None, date_start=None, time_precision=3)
    events = resolve_events([dated, too_old], ARTICLES)
    assert sorted(e.mention_ids for e in events) == [("d",), ("o",)]
    assert [e.event_date for e in events if e.mention_ids == ("o",)] == [None]


def test_same_place_different_sub_event_stays_apart():
    attack = mention("a", "a1", event_type="Violence against civilians", sub_event_type="Attack",
                     actor2="Civilians (Mali)", inter2=7)
    abduction = mention("b", "b1", event_type="Violence against civilians",
                        sub_event_type="Abduction/forced disappearance", actor2="Civilians (Mali)")
    assert len(resolve_events([attack, abduction], ARTICLES)) == 2


def test_capture_types_never_merge_with_each_other():
    taken = mention("t", "a1")
    retaken = mention("r", "b1", sub_event_type="Government regains territory",
                      actor1="Military Forces of Mali", actor2="JNIM", inter1=1, inter2=2)
    assert len(resolve_events([taken, retaken], ARTICLES)) == 2


def test_capture_absorbs_clash_reported_with_sides_swapped():
    clash = mention("c", "a1", sub_event_type="Armed clash", actor1="Military Forces of Mali",
                    actor2="JNIM", inter1=1, inter2=2, confidence=0.9, **dead(5))
    capture = mention("t", "b1", confidence=0.5)
    [event] = resolve_events([clash, capture], ARTICLES)
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert (event.actor1, event.actor2) == ("JNIM", "Military Forces of Mali")
    assert event.fatalities == 5
    assert event.notes == "note t"  # notes come from the capture, the chosen sub-event


def test_country_level_clash_is_not_absorbed_by_a_country_level_capture():
    nationwide = Place(iso3="MLI", country="Mali", geo_precision=3)
    clash = mention("c", "a1", sub_event_type="Armed clash", place=nationwide, **dead(40))
    capture = mention("t", "b1", place=nationwide)
    assert len(resolve_events([clash, capture], ARTICLES)) == 2


def test_one_article_giving_two_tolls_reports_two_events():
    first = mention("m1", "a1", sub_event_type="Armed clash", place=MALI_MOPTI, **dead(3))
    second = mention("m2", "a1", sub_event_type="Armed clash", place=MALI_MOPTI, char_start=400,
                     actor1="Military Forces of Mali", actor2="JNIM", **dead(60))
    assert len(resolve_events([first, second], ARTICLES)) == 2
    repeated = mention("m2", "a1", sub_event_type="Armed clash", place=MALI_MOPTI, char_start=400)
    [event] = resolve_events([first, repeated], ARTICLES)
    assert event.mention_ids == ("m1", "m2") and event.fatalities == 3


def test_remote_fire_sub_types_merge_across_articles_only():
    def strike(mid, article, sub):
        return mention(mid, article, event_type="Explosions/Remote violence", sub_event_type=sub,
                       actor1="Military Forces of Russia", actor2="", inter1=8, inter2=None,
                       place=BAKHMUT)
    air = strike("air", "a1", "Air/drone strike")
    missile = strike("mis", "b1", "Shelling/artillery/missile attack")
    [merged] = resolve_events([air, missile], ARTICLES)
    assert merged.article_ids == ("a1", "b1")
    assert merged.interaction == 80
    same_article = strike("mis", "a1", "Shelling/artillery/missile attack")
    assert len(resolve_events([air, same_article], ARTICLES)) == 2


def test_ten_days_apart_stay_apart_one_day_apart_merges():
    early = mention("e", "a1", event_date=D(2023, 2, 22), date_start=D(2023, 2, 22))
    late = mention("l", "b1")
    assert len(resolve_events([early, late], ARTICLES)) == 2
    day_before = mention("y", "b1", event_date=D(2023, 3, 3), date_start=D(2023, 3, 3))
    assert len(resolve_events([mention("m", "a1"), day_before], ARTICLES)) == 1
    two_before = mention("y", "b1", event_date=D(2023, 3, 2), date_start=D(2023, 3, 2))
    assert len(resolve_events([mention("m", "a1"), two_before], ARTICLES)) == 2


def test_day_precision_beats_a_range_that_contains_it():
    ranged = mention("r", "a1", event_date=D(2023, 3, 5), date_start=D(2023, 3, 3), time_precision=2)
    day = mention("d", "b1", event_date=D(2023, 3, 4), date_start=D(2023, 3, 4), time_precision=1)
    [event] = resolve_events([ranged, day], ARTICLES)
    assert (event.event_date, event.time_precision) == (D(2023, 3, 4), 1)


def test_date_ties_go_to_the_date_most_articles_give_and_confidence_is_capped():
    earliest = mention("a", "a1", event_date=D(2023, 3, 3), date_start=D(2023, 3, 3), confidence=0.9)
    later = [mention(m, art, confidence=0.9) for m, art in (("b", "b1"), ("c", "c1"))]
    [event] = resolve_events([earliest, *later], ARTICLES)
    assert (event.event_date, event.time_precision) == (D(2023, 3, 4), 1)
    assert event.confidence == 0.99
    [pair] = resolve_events([earliest, later[0]], ARTICLES)
    assert pair.event_date == D(2023, 3, 3)  # one article each: the earliest report decides


def test_state_forces_are_one_side_and_unidentified_agrees_with_named():
    police = mention("p", "a1", actor2="Police Forces of Mali")
    unknown = mention("u", "b1", actor1="Unidentified Armed Group (Mali)", actor2="")
    [event] = resolve_events([police, mention("m", "c1"), unknown], ARTICLES)
    assert event.source_count == 3
    assert event.actor1 == "JNIM"
    other_group = mention("o", "b1", actor1="Islamic State Sahel Province")
    assert len(resolve_events([police, other_group], ARTICLES)) == 2


def test_country_level_mentions_merge_only_with_country_level_ones():
    def claim(mid, article, where):
        return mention(mid, article, sub_event_type="Armed clash", actor1="Military Forces of Yemen",
                       actor2="Houthis", place=where, **dead(30))
    events = resolve_events([claim("c1", "a1", YEMEN), claim("c2", "b1", YEMEN),
                             claim("m1", "c1", MARIB)], ARTICLES)
    assert sorted(e.mention_ids for e in events) == [("c1", "c2"), ("m1",)]
    assert block_key(claim("c1", "a1", YEMEN)) == "YEM||Battles"
    assert block_key(claim("m1", "c1", MARIB)) == "YEM|Marib|Battles"


def test_corroboration_keeps_the_id_and_an_earlier_report_takes_it_over():
    first = mention("m1", "a1")
    [alone] = resolve_events([first], ARTICLES)
    [corroborated] = resolve_events([first, mention("m2", "b1"), mention("m3", "c1")], ARTICLES)
    assert corroborated.event_id == alone.event_id
    assert (alone.source_count, corroborated.source_count) == (1, 3)
    earlier = mention("m0", "d0")
    [backfilled] = resolve_events([first, earlier], ARTICLES)
    assert backfilled.event_id != alone.event_id
    assert backfilled.event_id == event_id_for([earlier], ARTICLES)


def test_one_sentence_several_places_gets_distinct_ids():
    places = [Place(iso3="AFG", country="Afghanistan", admin1=a) for a in ("Herat", "Ghor", "Farah")]
    mentions = [mention(f"m{i}", "a1", place=p, char_start=0) for i, p in enumerate(places)]
    events = resolve_events(mentions, ARTICLES)
    assert len({e.event_id for e in events}) == 3
    assert [e.event_id for e in events] == sorted(e.event_id for e in events)


def test_repeated_mention_id_is_kept_once_and_empty_input_gives_nothing():
    [event] = resolve_events([mention("m1"), mention("m1")], ARTICLES)
    assert event.mention_ids == ("m1",)
    assert resolve_events([], ARTICLES) == []


def test_mention_without_place_is_kept_apart_not_dropped():
    [event] = resolve_events([mention("x", "a1", place=None)], ARTICLES)
    assert (event.place.iso3, event.place.admin1) == ("", "")


# --- property: order and batching do not matter -----------------------------

PROVINCES = [Place(iso3="SOM", country="Somalia", admin1="Lower Shabelle"),
             Place(iso3="SOM", country="Somalia", admin1="Lower Shabelle", admin2="Marka"),
             Place(iso3="SOM", country="Somalia", admin1="Lower Shabelle", admin2="Afgooye"),
             Place(iso3="SOM", country="Somalia", admin1="Bay", admin2="Baidoa",
                   location="Baidoa", geo_precision=1),
             Place(iso3="SOM", country="Somalia")]
SUB_TYPES = [("Battles", "Armed clash"), ("Battles", "Non-state actor overtakes territory"),
             ("Explosions/Remote violence", "Air/drone strike"),
             ("Explosions/Remote violence", "Shelling/artillery/missile attack")]
ACTORS = ["Al Shabaab", "Military Forces of Somalia", "", "Unidentified Armed Group (Somalia)"]


@st.composite
def reports(draw):
    """Several events, each reported by several articles with varying detail."""
    n_events = draw(st.integers(1, 5))
    articles: dict[str, ArticleInfo] = {}
    mentions: list[EventMention] = []
    for e in range(n_events):
        etype, sub = draw(st.sampled_from(SUB_TYPES))
        base_day = D(2022, 5, 1) + dt.timedelta(days=draw(st.integers(0, 12)))
        place = draw(st.sampled_from(PROVINCES))
        for r in range(draw(st.integers(1, 4))):
            aid = f"e{e}r{r}"
            published = draw(st.one_of(st.none(), st.sampled_from(
                [base_day + dt.timedelta(days=k) for k in range(3)])))
            articles[aid] = ArticleInfo(aid, draw(st.sampled_from(["X", "Y", None])), published)
            dated = draw(st.booleans())
            shift = draw(st.integers(-1, 1))
            precision = draw(st.sampled_from([1, 1, 2]))
            end = base_day + dt.timedelta(days=shift)
            start = end - dt.timedelta(days=2 if precision == 2 else 0)
            mentions.append(EventMention(
                mention_id=f"{aid}-m", article_id=aid, event_type=etype, sub_event_type=sub,
                actor1=draw(st.sampled_from(ACTORS)), actor2=draw(st.sampled_from(ACTORS)),
                event_date=end if dated else None, date_start=start if dated else None,
                time_precision=precision if dated else 3,
                place=draw(st.sampled_from([place, PROVINCES[0], place])),
                fatalities=draw(st.integers(0, 9)), fatalities_known=draw(st.booleans()),
                char_start=draw(st.integers(0, 3)) * 10, confidence=draw(st.sampled_from([0.3, 0.8])),
                notes=f"n{aid}"))
    return mentions, articles


@settings(max_examples=150, deadline=None)
@given(data=reports(), seed=st.integers(0, 10_000), cut=st.floats(0, 1))
def test_resolution_ignores_order_and_batching(data, seed, cut):
    mentions, articles = data
    expected = resolve_events(mentions, articles)
    shuffled = mentions[:]
    random.Random(seed).shuffle(shuffled)
    assert resolve_events(shuffled, articles) == expected
    split = int(len(shuffled) * cut)
    batch1, batch2 = shuffled[:split], shuffled[split:]
    resolve_events(batch1, articles)
    assert resolve_events(batch1 + batch2, articles) == expected
    assert sum(e.source_count for e in expected) <= len(mentions)
    assert sorted(m for e in expected for m in e.mention_ids) == sorted(m.mention_id for m in mentions)


@settings(max_examples=150, deadline=None)
@given(data=reports(), cut=st.floats(0, 1))
def test_later_reports_only_grow_earlier_events(data, cut):
    """Resolving what was published first, then everything, keeps every earlier id."""
    mentions, articles = data
    order = sorted({m.article_id for m in mentions},
                   key=lambda a: (str(articles[a].published or "9999-12-31"), a))
    earlier = set(order[:int(len(order) * cut)])
    before = resolve_events([m for m in mentions if m.article_id in earlier], articles)
    after = {e.event_id: e for e in resolve_events(mentions, articles)}
    for event in before:
        assert event.event_id in after
        assert set(event.mention_ids) <= set(after[event.event_id].mention_ids)


MOPTI_LEAD = Place(iso3="MLI", country="Mali", admin1="Mopti", location="Mopti", geo_precision=3)


def test_one_article_s_province_level_lead_joins_its_town_level_retelling():
    lead = mention("lead", "a1", place=MOPTI_LEAD)
    town = mention("town", "a1", place=BOULKESSI)
    [event] = resolve_events([lead, town], ARTICLES)
    assert event.place == BOULKESSI
    assert event.mention_ids == ("lead", "town")


def test_a_province_level_report_of_another_article_names_another_place():
    events = resolve_events([mention("lead", "a1", place=MOPTI_LEAD), mention("town", "b1", place=BOULKESSI)],
                            ARTICLES)
    assert sorted(e.mention_ids for e in events) == [("lead",), ("town",)]


def test_a_town_level_place_named_like_its_province_is_its_own():
    # "Mopti" the town (precision 1) is not "Mopti" the region: Boulkessi stays apart
    mopti_town = Place(iso3="MLI", country="Mali", admin1="Mopti", location="Mopti", geo_precision=1)
    events = resolve_events([mention("t", "a1", place=mopti_town), mention("b", "a1", place=BOULKESSI)], ARTICLES)
    assert len(events) == 2


def test_across_outlets_forces_and_peacekeepers_attacked_are_one_side():
    malian = mention("m", "a1", sub_event_type="Armed clash", actor2="Military Forces of Mali")
    blue_helmets = mention("u", "b1", sub_event_type="Armed clash", actor2="MINUSMA")
    french = mention("f", "c1", sub_event_type="Armed clash", actor2="Military Forces of France")
    [event] = resolve_events([malian, blue_helmets, french], ARTICLES)
    assert event.source_count == 3


def test_forces_attacked_stay_two_sides_within_one_article_or_by_other_attackers():
    malian = mention("m", "a1", sub_event_type="Armed clash", actor2="Military Forces of Mali")
    same_article = mention("u", "a1", sub_event_type="Armed clash", actor2="MINUSMA")
    assert len(resolve_events([malian, same_article], ARTICLES)) == 2
    other_attacker = mention("i", "b1", sub_event_type="Armed clash", actor1="Islamic State Sahel Province",
                             actor2="MINUSMA")
    assert len(resolve_events([malian, other_attacker], ARTICLES)) == 2
    militia = mention("d", "b1", sub_event_type="Armed clash", actor2="Dan Na Ambassagou")
    assert len(resolve_events([malian, militia], ARTICLES)) == 2


def test_one_article_naming_two_days_reports_two_events_outlets_may_differ_by_a_day():
    tuesday = mention("t", "a1", sub_event_type="Armed clash", event_date=D(2023, 3, 3), date_start=D(2023, 3, 3))
    wednesday = mention("w", "a1", sub_event_type="Armed clash", char_start=400)
    assert len(resolve_events([tuesday, wednesday], ARTICLES)) == 2
    other_outlet = mention("w", "b1", sub_event_type="Armed clash")
    assert len(resolve_events([tuesday, other_outlet], ARTICLES)) == 1
    # a day inside the same article's own week-long range is still that event
    week = mention("r", "a1", sub_event_type="Armed clash", char_start=400, event_date=D(2023, 3, 5),
                   date_start=D(2023, 3, 1), time_precision=2)
    assert len(resolve_events([tuesday, week], ARTICLES)) == 1
