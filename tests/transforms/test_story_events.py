"""Story-level fold of retold events after geocoding (transforms/story_events.py).

Hand-built, already geocoded mentions of invented Borno (Nigeria) stories. Gwoza LGA holds
the towns Pulka and Ngoshe; Konduga is a town of another LGA in the same state; Kano is
another state. Published Monday 11 March 2024: "on Sunday" is 10 March.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from transforms.event_types import event_type_of
from transforms.records import EventMention, LocationMention, Place
from transforms.story_events import fold_retold_events

SUNDAY = dt.date(2024, 3, 10)
MONDAY = dt.date(2024, 3, 11)
L = LocationMention

COUNTRY = Place(iso3="NGA", country="Nigeria", location="Nigeria", geo_precision=3)
BORNO = Place(iso3="NGA", country="Nigeria", admin1="Borno", location="Borno", geo_precision=3)
KANO = Place(iso3="NGA", country="Nigeria", admin1="Kano", location="Kano", geo_precision=3)
GWOZA = Place(iso3="NGA", country="Nigeria", admin1="Borno", admin2="Gwoza", location="Gwoza", geo_precision=3)
PULKA = Place(iso3="NGA", country="Nigeria", admin1="Borno", admin2="Gwoza", location="Pulka", geo_precision=1)
NGOSHE = Place(iso3="NGA", country="Nigeria", admin1="Borno", admin2="Gwoza", location="Ngoshe", geo_precision=1)
KONDUGA = Place(iso3="NGA", country="Nigeria", admin1="Borno", admin2="Konduga", location="Konduga", geo_precision=1)

# where: (location mention, place)
AT = {
    "Pulka": (L("Pulka"), PULKA),
    "Ngoshe": (L("Ngoshe"), NGOSHE),
    "Konduga": (L("Konduga"), KONDUGA),
    "Borno": (L("Borno", "province"), BORNO),
    "Kano": (L("Kano", "province"), KANO),
    "Gwoza": (L("Gwoza", "district"), GWOZA),
    "north-east": (L("north-eastern Nigeria", "region"), COUNTRY),
    "-": (None, COUNTRY),
    # names the gazetteer lacks: placed nowhere below the country
    "Camp Zulu": (L("Camp Zulu"), COUNTRY),
    "Fifth Lane": (L("Fifth Lane"), COUNTRY),
}


def ev(mid: str, start: int, sentence: str, where: str = "-", fat: int | None = None, high: int | None = None,
       sub: str = "Attack", actor1: str = "Unidentified Armed Group (Nigeria)", actor2: str = "Civilians (Nigeria)",
       date: dt.date = SUNDAY, article: str = "a1") -> EventMention:
    location, place = AT[where]
    return EventMention(
        mention_id=mid, article_id=article, event_type=event_type_of(sub), sub_event_type=sub, actor1=actor1,
        actor2=actor2, location=location, country_hint="NG", event_date=date, date_start=date, time_precision=1,
        fatalities=fat or 0, fatalities_low=fat or 0, fatalities_high=high if high is not None else (fat or 0),
        fatalities_known=fat is not None, sentence=sentence, char_start=start, char_end=start + len(sentence),
        place=place)


def view(m: EventMention) -> tuple:
    return (m.mention_id, m.sub_event_type, m.place.location, m.fatalities, m.fatalities_high, m.event_date)


LEAD = ev("m1", 0, "Jihadists killed dozens of villagers in Pulka on Sunday, residents said.", "Pulka", 12, 99)
LEAD_PRECISE = ev("m1", 0, "Jihadists killed 30 villagers in Pulka on Sunday, residents said.", "Pulka", 30)
TOLL = "There were at least 150 dead, a local official said, and bodies were still being found."
IN_BORNO = "The assailants opened fire on men, women and children in Borno state, a resident said."
VAGUE_LEAD = ev("m1", 0, "Jihadists killed 40 people in north-eastern Nigeria on Sunday.", "north-east", 40)

# (id, mentions) -> the views of what is left
FOLDS = [
    ("country-level toll restated: a figure replaces 'dozens'",
     [LEAD, ev("m2", 100, TOLL, "-", 150, date=MONDAY)],
     [("m1", "Attack", "Pulka", 150, 150, SUNDAY)]),
    ("country-level toll restated: an earlier figure stays",
     [LEAD_PRECISE, ev("m2", 100, TOLL, "-", 150, date=MONDAY)],
     [("m1", "Attack", "Pulka", 30, 30, SUNDAY)]),
    ("province retelling without a day of its own folds into the town",
     [LEAD, ev("m2", 100, IN_BORNO, "Borno", date=MONDAY)],
     [("m1", "Attack", "Pulka", 12, 99, SUNDAY)]),
    ("LGA retelling without a day folds into the town in it",
     [LEAD, ev("m2", 100, "The gunmen burned homes in Gwoza, a resident said.", "Gwoza", 20, date=MONDAY)],
     [("m1", "Attack", "Pulka", 20, 20, SUNDAY)]),
    ("country-level lead refined by one telling takes its place and keeps its toll",
     [VAGUE_LEAD, ev("m2", 100, "The attackers struck Pulka, a farming town.", "Pulka")],
     [("m1", "Attack", "Pulka", 40, 40, SUNDAY)]),
    ("a count with no act of its own folds across sub-types",
     [LEAD, ev("m2", 100, "At least 71 bodies were recovered in Borno state.", "Borno", 71, sub="Armed clash")],
     [("m1", "Attack", "Pulka", 71, 71, SUNDAY)]),
    ("an attacker only inherited from the story does not block",
     [replace(LEAD, actor1="ISWAP"),
      ev("m2", 100, "At least 150 people were killed in Borno state, officials said.", "Borno", 150,
         actor1="Boko Haram", date=MONDAY)],
     [("m1", "Attack", "Pulka", 150, 150, SUNDAY)]),
    ("a later sentence with no day of its own folds even when its date is far",
     [LEAD, ev("m2", 100, TOLL, "-", 150, date=SUNDAY - dt.timedelta(days=5))],
     [("m1", "Attack", "Pulka", 150, 150, SUNDAY)]),
    ("'the ministry later said' is when the words came, not another event",
     [LEAD, ev("m2", 100, "At least 60 people were killed in Borno state, the ministry later said.", "Borno", 60)],
     [("m1", "Attack", "Pulka", 60, 60, SUNDAY)]),
    ("the same unknown name folds",
     [ev("m1", 0, "Jihadists killed dozens at Camp Zulu on Sunday.", "Camp Zulu", 12, 99),
      ev("m2", 100, "At least 40 people were killed at Camp Zulu, officials said.", "Camp Zulu", 40)],
     [("m1", "Attack", "Nigeria", 40, 40, SUNDAY)]),
]

STAYS = [
    ("a lead refined at two different places is their summary",
     [VAGUE_LEAD, ev("m2", 100, "The attackers struck Pulka, a farming town.", "Pulka"),
      ev("m3", 200, "Gunmen burned houses in Ngoshe, residents said.", "Ngoshe")]),
    ("'In a separate attack'",
     [LEAD, ev("m2", 100, "In a separate attack, at least 150 people were killed, officials said.", "-", 150)]),
    ("'Elsewhere'",
     [LEAD, ev("m2", 100, "Elsewhere, at least 150 people were killed in Borno state, officials said.", "Borno", 150)]),
    ("'also killed'",
     [LEAD, ev("m2", 100, "The gunmen also killed 150 people in Borno state, officials said.", "Borno", 150)]),
    ("'Later,' at the start of the sentence",
     [LEAD, ev("m2", 100, "Later, gunmen killed 60 people in Borno state.", "Borno", 60)]),
    ("later aggregate: across the country",
     [LEAD, ev("m2", 100, "At least 150 people were killed across the country, officials said.", "-", 150)]),
    ("later aggregate: in the past 24 hours",
     [LEAD, ev("m2", 100, "At least 150 people were killed in the past 24 hours, officials said.", "-", 150)]),
    ("later aggregate: since",
     [LEAD, ev("m2", 100, "Jihadists have killed 150 people in Borno state since January.", "Borno", 150)]),
    ("earlier aggregate: in the past 24 hours",
     [ev("m1", 0, "Jihadists killed dozens in Pulka in the past 24 hours.", "Pulka", 12, 99),
      ev("m2", 100, TOLL, "-", 150)]),
    ("two earlier events both fit: ambiguous",
     [LEAD, ev("m2", 100, "Jihadists killed dozens of villagers in Ngoshe on Sunday.", "Ngoshe", 12, 99),
      ev("m3", 200, TOLL, "-", 150)]),
    ("two named towns in one LGA",
     [LEAD, ev("m2", 100, "Gunmen killed 20 people in Ngoshe, residents said.", "Ngoshe", 20)]),
    ("a town in another LGA of the state",
     [LEAD, ev("m2", 100, "Gunmen killed 20 people in Konduga, residents said.", "Konduga", 20)]),
    ("another state",
     [LEAD, ev("m2", 100, "Gunmen killed 20 people in Kano state, residents said.", "Kano", 20)]),
    ("an unknown name and another name",
     [ev("m1", 0, "Jihadists killed dozens at Camp Zulu on Sunday.", "Camp Zulu", 12, 99),
      ev("m2", 100, "At least 40 people were killed at Fifth Lane, officials said.", "Fifth Lane", 40)]),
    ("a strong act of another sub-type",
     [LEAD, ev("m2", 100, "Drones pounded positions in Borno state, killing 40.", "Borno", 40,
               sub="Air/drone strike", actor1="Military Forces of Nigeria (2023-)")]),
    ("an attacker named in its own sentence",
     [replace(LEAD, actor1="ISWAP"),
      ev("m2", 100, "Boko Haram fighters killed 40 people in Borno state.", "Borno", 40, actor1="Boko Haram")]),
    ("a day of its own five days away",
     [LEAD, ev("m2", 100, "Gunmen killed 40 people in Borno state on Tuesday.", "Borno", 40,
               date=SUNDAY - dt.timedelta(days=5))]),
    ("other articles never fold",
     [LEAD, ev("m2", 100, TOLL, "-", 150, date=MONDAY, article="a2")]),
    ("a crowd is another family",
     [LEAD, ev("m2", 100, "Hundreds protested in Borno state over the killings.", "Borno", sub="Peaceful protest",
               actor1="Protesters (Nigeria)", actor2="")]),
]


@pytest.mark.parametrize("mentions, expected", [c[1:] for c in FOLDS], ids=[c[0] for c in FOLDS])
def test_a_retelling_folds_into_the_event_it_retells(mentions, expected):
    assert [view(m) for m in fold_retold_events(mentions)] == expected


@pytest.mark.parametrize("mentions", [c[1] for c in STAYS], ids=[c[0] for c in STAYS])
def test_not_a_retelling_leaves_the_mentions_as_they_were(mentions):
    assert fold_retold_events(mentions) == mentions


def test_folding_keeps_order_and_the_other_mentions():
    other = ev("x1", 0, "Gunmen killed 20 people in Kano state, residents said.", "Kano", 20, article="a0")
    later_story = ev("x2", 300, "Jihadists burned a market in Konduga on Sunday.", "Konduga", article="a3")
    out = fold_retold_events([other, LEAD, ev("m2", 100, TOLL, "-", 150, date=MONDAY), later_story])
    assert [m.mention_id for m in out] == ["x1", "m1", "x2"]
    assert out[0] == other and out[2] == later_story
    assert (out[1].sentence, out[1].char_start, out[1].actor1, out[1].place) == (
        LEAD.sentence, 0, LEAD.actor1, PULKA)


def test_a_capture_retelling_turns_the_clash_into_the_capture():
    clash = ev("m1", 0, "ISWAP fighters clashed with troops in Pulka on Sunday.", "Pulka", 8, sub="Armed clash",
               actor1="ISWAP", actor2="Military Forces of Nigeria (2023-)")
    fallen = ev("m2", 100, "By nightfall the town had fallen, residents said.", "-",
                sub="Non-state actor overtakes territory", actor1="ISWAP", actor2="Military Forces of Nigeria (2023-)")
    (out,) = fold_retold_events([clash, fallen])
    assert (out.mention_id, out.event_type, out.sub_event_type, out.fatalities, out.place.location) == (
        "m1", "Battles", "Non-state actor overtakes territory", 8, "Pulka")


def test_an_unidentified_attacker_takes_the_retelling_s_named_one():
    lead = ev("m1", 0, "Gunmen killed dozens of villagers in Pulka on Sunday.", "Pulka", 12, 99)
    named = ev("m2", 100, "ISWAP fighters killed 150 people in Borno state, a resident said.", "Borno", 150,
               actor1="ISWAP")
    (out,) = fold_retold_events([lead, named])
    assert (out.actor1, out.actor2, out.fatalities) == ("ISWAP", "Civilians (Nigeria)", 150)
