"""When two mentions of one article are the same event (transforms/extract_same_event.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from transforms.event_types import event_type_of
from transforms import extract_same_event
from transforms.extract_same_event import Candidate, one_raid, same_event
from transforms.records import EventMention, LocationMention

SUNDAY = dt.date(2024, 3, 10)
SATURDAY = dt.date(2024, 3, 9)


def told(sub: str, place: str | None, start: int, sentence: str, date=SUNDAY, actor1: str = "Al Shabaab",
         inter1: int = 2) -> Candidate:
    """The candidate told at `start` in the article by `sentence`."""
    mention = EventMention(
        mention_id=f"m_{start}", article_id="a1", event_type=event_type_of(sub), sub_event_type=sub,
        actor1=actor1, inter1=inter1, location=LocationMention(place) if place else None, event_date=date,
        char_start=start, char_end=start + len(sentence), sentence=sentence)
    return Candidate(mention, True, 1)


LEAD = "A suicide bomber killed 14 people at a wedding in Beledweyne, Somalia, on Sunday."


@pytest.mark.parametrize("sub, lead, lead_place, later, later_place", [
    ("Suicide bomb", LEAD, "Beledweyne",
     "The bomber blew himself up near the gate of a hotel in Kalabeyr, on the outskirts of the town.", "Kalabeyr"),
    ("Shelling/artillery/missile attack", "A Russian missile strike killed six people in Sumy, Ukraine, on Sunday.",
     "Sumy", "The strike on Sunday flattened a school in Romny, officials said.", "Romny"),
    ("Air/drone strike", "Turkish drones hit a convoy near Qamishli, Syria, on Sunday.", "Qamishli",
     "The drone strike destroyed two fuel trucks on the road to Amuda.", "Amuda"),
    ("Attack", "Gunmen killed 11 worshippers at a mosque in Katsina State, Nigeria, on Sunday.", "Katsina",
     "The attack in Faskari lasted nearly an hour, residents said.", "Faskari"),
], ids=["the-bomber", "the-strike-on-sunday", "the-drone-strike", "the-attack"])
def test_a_sentence_opening_on_the_event_told_is_that_event_wherever_it_names(sub, lead, lead_place, later,
                                                                             later_place):
    assert same_event(told(sub, lead_place, 0, lead), told(sub, later_place, len(lead) + 1, later))


@pytest.mark.parametrize("later, date", [
    # guards: no definite subject, or another day, stays another event
    ("A second bomber blew himself up near the gate of a hotel in Kalabeyr.", SUNDAY),
    ("Another suicide bomber struck a hotel in Kalabeyr on Sunday.", SUNDAY),
    ("The bomber blew himself up in Kalabeyr on Saturday.", SATURDAY),
], ids=["a-second-bomber", "another-bomber", "another-day"])
def test_another_bomber_or_another_day_elsewhere_is_another_event(later, date):
    assert not same_event(told("Suicide bomb", "Beledweyne", 0, LEAD),
                          told("Suicide bomb", "Kalabeyr", len(LEAD) + 1, later, date=date))


def test_the_retold_subject_needs_the_same_kind_of_event():  # guard
    later = "The attack destroyed a hotel in Kalabeyr."
    assert not same_event(told("Suicide bomb", "Beledweyne", 0, LEAD), told("Attack", "Kalabeyr", 90, later))


def test_two_capture_types_of_one_place_are_one_change_of_control():
    lead = "Sudanese troops recaptured Jebel Moya on Sunday."
    later = "The Rapid Support Forces withdrew from Jebel Moya after heavy shelling."
    assert same_event(told("Government regains territory", "Jebel Moya", 0, lead, actor1="Military Forces of Sudan"),
                      told("Non-state actor overtakes territory", "Jebel Moya", 60, later,
                           actor1="Rapid Support Forces"))
    # guard: another town is another change of control
    assert not same_event(told("Government regains territory", "Jebel Moya", 0, lead),
                          told("Non-state actor overtakes territory", "Sennar", 60, later))


RAID = "Junta troops raided Kani township in Sagaing on Sunday and arrested around 40 villagers."


def test_a_state_raid_and_its_arrests_in_one_sentence_are_one_raid():
    raid = told("Attack", "Kani", 0, RAID, actor1="Military Forces of Myanmar", inter1=1)
    arrests = told("Arrests", "Kani", 0, RAID, actor1="Police Forces of Myanmar", inter1=1)
    assert one_raid(raid, arrests, {"Attack", "Arrests"})
    assert same_event(raid, arrests)


def test_a_raid_by_an_armed_group_with_arrests_is_no_state_raid():
    raid = told("Attack", "Kani", 0, RAID, actor1="PDF", inter1=2)
    arrests = told("Arrests", "Kani", 0, RAID, actor1="Police Forces of Myanmar", inter1=1)
    assert not one_raid(raid, arrests, {"Attack", "Arrests"})  # guard (one_raid said no before too)


@pytest.mark.parametrize("sentence, fight", [
    ("Troops and RSF fighters exchanged heavy fire in El Fasher, and shells hit homes.", True),
    ("Government troops fought M23 rebels near Mweso as shells hit a camp.", True),
    ("Gunfights broke out in Culiacan as grenades were thrown at police.", True),
    ("Hezbollah fired 60 rockets at Kiryat Shmona, targeting army bases.", False),
    ("The Houthis launched missiles at Marib, targeting army bases of government forces.", False),
], ids=["exchanged-fire", "fought", "gunfights", "rockets-at-bases", "missiles-at-bases"])
def test_a_fight_told_or_only_a_barrage_at_armed_targets(sentence, fight):
    assert extract_same_event.fight_told(sentence) is fight


def test_one_group_s_assault_and_its_capture_of_the_town_are_one_event():
    attack = told("Attack", "Palma", 0, "Dozens have been killed in the insurgent attack on Palma, officials said.",
                  actor1="Islamic State")
    capture = told("Non-state actor overtakes territory", "Palma", 200,
                   "The Islamic State said it had taken control of Palma.", actor1="Islamic State")
    assert same_event(attack, capture)
    by_another = told("Non-state actor overtakes territory", "Palma", 200, "Al Shabaab said it had taken Palma.")
    assert not same_event(attack, by_another)  # another group's capture is another story
