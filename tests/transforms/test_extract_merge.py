"""Merging the mentions of one article: an assault opened by a suicide bomber is one suicide bombing."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from transforms.event_types import event_type_of
from transforms.extract_merge import Candidate, absorb_detail, merge_candidates
from transforms.records import EventMention, LocationMention

SUNDAY = dt.date(2024, 3, 10)


def cand(sub: str, place: str | None = "Jowhar", fatalities: int | None = None, date=SUNDAY,
         actor1: str = "Al Shabaab", actor2: str = "", explicit: bool = True, named: int = 1) -> Candidate:
    mention = EventMention(
        mention_id=f"m_{sub[:6]}", article_id="a1", event_type=event_type_of(sub), sub_event_type=sub,
        actor1=actor1, actor2=actor2, location=LocationMention(place) if place else None, event_date=date,
        fatalities=fatalities or 0, fatalities_low=fatalities or 0, fatalities_high=fatalities or 0,
        fatalities_known=fatalities is not None)
    return Candidate(mention, explicit, named)


def summary(mentions: list[EventMention]) -> list[tuple]:
    return [(m.event_type, m.sub_event_type, m.location and m.location.name, m.fatalities, m.fatalities_known,
             m.actor1, m.actor2) for m in mentions]


def test_assault_and_suicide_bomb_of_one_place_and_day_merge_into_a_suicide_bomb():
    merged = merge_candidates([cand("Armed clash", fatalities=7, actor2="Military Forces of Somalia", named=2),
                               cand("Suicide bomb")])
    assert summary(merged) == [("Explosions/Remote violence", "Suicide bomb", "Jowhar", 7, True,
                                "Al Shabaab", "Military Forces of Somalia")]


def test_suicide_bomb_told_first_absorbs_the_attack_told_after():
    merged = merge_candidates([cand("Suicide bomb", actor1="Unidentified Armed Group (Somalia)", named=0),
                               cand("Attack", fatalities=12, actor2="Civilians (Somalia)")])
    assert [(m.sub_event_type, m.event_type, m.fatalities) for m in merged] == [
        ("Suicide bomb", "Explosions/Remote violence", 12)]


def test_suicide_bomb_elsewhere_or_another_day_stays_apart():
    elsewhere = merge_candidates([cand("Armed clash", fatalities=7), cand("Suicide bomb", place="Balad")])
    assert [m.sub_event_type for m in elsewhere] == ["Armed clash", "Suicide bomb"]
    other_day = merge_candidates([cand("Attack"), cand("Suicide bomb", date=dt.date(2024, 3, 9))])
    assert [m.sub_event_type for m in other_day] == ["Attack", "Suicide bomb"]


def test_suicide_bomb_does_not_absorb_other_explosions():
    merged = merge_candidates([cand("Air/drone strike", fatalities=3), cand("Suicide bomb")])
    assert [m.sub_event_type for m in merged] == ["Air/drone strike", "Suicide bomb"]


def test_detail_with_a_suicide_bomber_upgrades_the_assault():
    held = cand("Armed clash", place="Bannu", fatalities=5, actor2="Police Forces of Pakistan")
    out = absorb_detail(held, cand("Suicide bomb", place=None))
    assert summary([out.mention]) == [("Explosions/Remote violence", "Suicide bomb", "Bannu", 5, True,
                                       "Al Shabaab", "Police Forces of Pakistan")]
    assert (out.explicit_date, out.named_actors) == (held.explicit_date, held.named_actors)


def test_detail_with_a_suicide_bomber_and_a_toll_upgrades_and_tops_up():
    out = absorb_detail(cand("Attack", place="Bannu"), cand("Suicide bomb", place=None, fatalities=9))
    assert (out.mention.sub_event_type, out.mention.fatalities, out.mention.fatalities_known) == ("Suicide bomb", 9, True)


def test_detail_keeps_other_types_and_an_existing_toll():
    shelling = cand("Shelling/artillery/missile attack", fatalities=2)
    assert absorb_detail(shelling, cand("Suicide bomb", place=None)) is shelling
    clash = cand("Armed clash", fatalities=5)
    assert absorb_detail(clash, cand("Attack", place=None, fatalities=6)) is clash


# --- one crowd per place and day, graded by the worst that happened --------------------

def crowd(sub: str, actor1: str, actor2: str = "", place: str = "Dhaka", date=SUNDAY) -> Candidate:
    return cand(sub, place=place, actor1=actor1, actor2=actor2, date=date)


def test_crowd_events_of_one_place_and_day_are_one_graded_by_the_worst():
    merged = merge_candidates([crowd("Peaceful protest", "Protesters (Bangladesh)"),
                               crowd("Protest with intervention", "Protesters (Bangladesh)", "Police Forces of Bangladesh"),
                               crowd("Violent demonstration", "Rioters (Bangladesh)")])
    assert [(m.event_type, m.sub_event_type, m.actor1, m.actor2) for m in merged] == [
        ("Riots", "Violent demonstration", "Rioters (Bangladesh)", "")]


def test_a_crowd_that_stormed_is_a_riot_whatever_force_met_it():
    # codebook: excessive force is lethal force on *peaceful* demonstrators; a crowd that
    # breached parliament and set it ablaze was not one
    merged = merge_candidates([crowd("Violent demonstration", "Rioters (Kenya)", place="Nairobi"),
                               crowd("Excessive force against protesters", "Protesters (Kenya)",
                                     "Police Forces of Kenya", place="Nairobi")])
    assert [(m.sub_event_type, m.actor1, m.actor2) for m in merged] == [
        ("Violent demonstration", "Rioters (Kenya)", "")]


def test_crowds_elsewhere_or_another_day_stay_apart():
    elsewhere = merge_candidates([crowd("Peaceful protest", "Protesters (Bangladesh)"),
                                  crowd("Violent demonstration", "Rioters (Bangladesh)", place="Sylhet")])
    assert [m.sub_event_type for m in elsewhere] == ["Peaceful protest", "Violent demonstration"]
    other_day = merge_candidates([crowd("Peaceful protest", "Protesters (Bangladesh)"),
                                  crowd("Violent demonstration", "Rioters (Bangladesh)", date=dt.date(2024, 3, 9))])
    assert len(other_day) == 2
    # a crowd event and an armed one are never one
    assert len(merge_candidates([crowd("Peaceful protest", "Protesters (Bangladesh)"),
                                 crowd("Armed clash", "Military Forces of Bangladesh")])) == 2


# --- one barrage per sentence; one strike told several ways -----------------------------------

def at(c: Candidate, start: int) -> Candidate:
    return Candidate(replace(c.mention, char_start=start, char_end=start + 40), c.explicit_date, c.named_actors)


def test_remote_fire_of_one_sentence_is_one_barrage():
    merged = merge_candidates([
        at(cand("Shelling/artillery/missile attack", place="Nikopol", actor1="Military Forces of Russia"), 0),
        at(cand("Air/drone strike", place="Nikopol", actor1="Unidentified Armed Group (Ukraine)"), 0),
        at(cand("Grenade", place="Nikopol", actor1="Unidentified Armed Group (Ukraine)"), 0)])
    assert [m.sub_event_type for m in merged] == ["Shelling/artillery/missile attack"]


def test_remote_fire_of_other_sentences_by_other_sides_stays_apart():
    merged = merge_candidates([
        at(cand("Shelling/artillery/missile attack", place="Nikopol", actor1="Military Forces of Russia"), 0),
        at(cand("Remote explosive/landmine/IED", place="Nikopol", actor1="Military Forces of Ukraine"), 200)])
    assert [m.sub_event_type for m in merged] == ["Shelling/artillery/missile attack", "Remote explosive/landmine/IED"]


def test_one_strike_told_as_air_and_missile_attack_is_one():
    merged = merge_candidates([
        at(cand("Air/drone strike", place="Damascus", actor1="Military Forces of Israel", fatalities=3), 0),
        at(cand("Shelling/artillery/missile attack", place="Damascus", actor1="Military Forces of Israel"), 120)])
    assert [(m.sub_event_type, m.fatalities) for m in merged] == [("Air/drone strike", 3)]


def test_strikes_by_two_named_sides_stay_apart():
    merged = merge_candidates([
        at(cand("Air/drone strike", place="Damascus", actor1="Military Forces of Israel"), 0),
        at(cand("Shelling/artillery/missile attack", place="Damascus", actor1="Military Forces of Turkey"), 120)])
    assert len(merged) == 2


def test_an_interception_is_absorbed_by_the_strike_it_stopped_part_of():
    merged = merge_candidates([
        at(cand("Disrupted weapons use", place="Damascus", actor1="Military Forces of Syria", named=2), 300),
        at(cand("Shelling/artillery/missile attack", place="Damascus", actor1="Military Forces of Israel",
                fatalities=2), 0)])
    assert [(m.sub_event_type, m.actor1, m.fatalities) for m in merged] == [
        ("Shelling/artillery/missile attack", "Military Forces of Israel", 2)]


def test_an_interception_elsewhere_stays_an_event():
    merged = merge_candidates([
        at(cand("Disrupted weapons use", place="Homs", actor1="Military Forces of Syria"), 300),
        at(cand("Shelling/artillery/missile attack", place="Damascus", actor1="Military Forces of Israel"), 0)])
    assert sorted(m.sub_event_type for m in merged) == ["Disrupted weapons use", "Shelling/artillery/missile attack"]


# --- one event told in pieces; separate events told alike -------------------------------------

FRIDAY = dt.date(2024, 3, 8)
SATURDAY = dt.date(2024, 3, 9)


def at(c: Candidate, start: int, sentence: str = "", **fields) -> Candidate:
    """The candidate told at `start` in the article, by `sentence`, with other Candidate fields."""
    return replace(c, mention=replace(c.mention, char_start=start, char_end=start + len(sentence), sentence=sentence),
                   **fields)


def test_raid_and_abduction_in_one_sentence_by_one_group_is_one_abduction():
    text = "Gunmen stormed a school in Dogon Dawa on Sunday and kidnapped 27 students."
    merged = merge_candidates([at(cand("Attack", place="Dogon Dawa", actor1="Unidentified Armed Group (Nigeria)"), 0, text),
                               at(cand("Abduction/forced disappearance", place=None,
                                       actor1="Unidentified Armed Group (Nigeria)"), 0, text)])
    assert [(m.sub_event_type, m.location and m.location.name) for m in merged] == [
        ("Abduction/forced disappearance", "Dogon Dawa")]


def test_raid_that_shoots_and_kidnaps_is_one_attack():
    text = "Bandits raided Kurmin Masara, kidnapping four residents and shooting dead two others."
    merged = merge_candidates([at(cand("Attack", place="Kurmin Masara", fatalities=2), 0, text),
                               at(cand("Abduction/forced disappearance", place="Kurmin Masara"), 0, text)])
    assert [(m.sub_event_type, m.fatalities) for m in merged] == [("Attack", 2)]


def test_abduction_of_another_sentence_or_group_stays_apart():
    other_sentence = merge_candidates([at(cand("Attack", place="Gusau"), 0, "a"),
                                       at(cand("Abduction/forced disappearance", place="Gusau"), 80, "b")])
    assert [m.sub_event_type for m in other_sentence] == ["Attack", "Abduction/forced disappearance"]


def test_exchange_of_fire_and_shells_on_homes_in_one_sentence_is_one_clash():
    told = ("The army and the RSF exchanged artillery fire around El Obeid on Sunday, killing two civilians "
            "when shells hit their homes.")
    merged = merge_candidates([at(cand("Armed clash", place="El Obeid", actor1="Military Forces of Sudan",
                                       actor2="Rapid Support Forces"), 0, told),
                               at(cand("Shelling/artillery/missile attack", place="El Obeid", fatalities=2,
                                       actor1="Military Forces of Sudan", actor2="Civilians (Sudan)"), 0, told)])
    assert summary(merged) == [("Battles", "Armed clash", "El Obeid", 2, True, "Military Forces of Sudan",
                                "Rapid Support Forces")]


def test_a_barrage_at_army_bases_in_one_sentence_is_the_barrage():
    told = "Hezbollah fired about 90 rockets at Kiryat Shmona on Sunday, targeting army bases and air defences."
    merged = merge_candidates([at(cand("Shelling/artillery/missile attack", place="Kiryat Shmona", actor1="Hezbollah",
                                       actor2="Military Forces of Israel"), 0, told),
                               at(cand("Armed clash", place="Kiryat Shmona", actor1="Hezbollah",
                                       actor2="Military Forces of Lebanon"), 0, told)])
    assert summary(merged) == [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Kiryat Shmona",
                                0, False, "Hezbollah", "Military Forces of Israel")]


def test_houses_set_on_fire_in_the_raid_are_the_raid():
    merged = merge_candidates([at(cand("Attack", place="Maikori", fatalities=11,
                                       actor1="Unidentified Armed Group (Nigeria)", actor2="Civilians (Nigeria)"), 0, "a"),
                               at(cand("Looting/property destruction", place="Maikori",
                                       actor1="Unidentified Armed Group (Nigeria)"), 90, "b")])
    assert [(m.sub_event_type, m.fatalities) for m in merged] == [("Attack", 11)]


def test_drone_shot_down_over_a_repelled_attack_is_the_battle():
    merged = merge_candidates([at(cand("Armed clash", place="Babanusa", actor1="Rapid Support Forces",
                                       actor2="Military Forces of Sudan"), 0, "a"),
                               at(cand("Disrupted weapons use", place="Babanusa", actor1="Military Forces of Sudan"), 90, "b")])
    assert [(m.sub_event_type, m.actor1) for m in merged] == [("Armed clash", "Rapid Support Forces")]


def test_hours_later_is_another_event_even_of_the_same_kind():
    first = at(cand("Air/drone strike", place="Kherson", fatalities=3, actor1="Military Forces of Russia"), 0, "a")
    later = at(cand("Air/drone strike", place="Kherson", fatalities=2, actor1="Military Forces of Russia"), 90, "b",
               separate=True)
    assert [m.fatalities for m in merge_candidates([first, later])] == [3, 2]
    # guard: told without "Hours later", the same strike retold is one
    assert len(merge_candidates([first, replace(later, separate=False)])) == 1


def test_a_detail_toll_does_not_replace_the_event_s_own():
    lead = at(cand("Armed clash", place="Bannu", actor2="Military Forces of Pakistan"), 0, "a")
    detail = cand("Armed clash", place=None, fatalities=6)
    held = absorb_detail(lead, detail)  # "All six attackers were killed"
    assert (held.mention.fatalities, held.toll_from_detail) == (6, True)
    retold = at(cand("Armed clash", place="Bannu", fatalities=7, actor2="Military Forces of Pakistan"), 200, "c")
    assert [m.fatalities for m in merge_candidates([held, retold])] == [7]


def test_the_start_of_a_siege_dates_it_and_its_suicide_bomb_is_the_attackers():
    siege = cand("Armed clash", place="Kismayo", actor1="Military Forces of Somalia",
                 actor2="Unidentified Armed Group (Somalia)")
    siege = replace(siege, mention=replace(siege.mention, inter1=1, inter2=3))
    bomb = cand("Suicide bomb", place=None, date=FRIDAY, actor1="Unidentified Armed Group (Somalia)")
    bomb = replace(bomb, mention=replace(bomb.mention, inter1=3,
                                         sentence="The attack began on Friday when a car bomb exploded at the gate."))
    out = absorb_detail(siege, bomb).mention
    assert (out.sub_event_type, out.actor1, out.inter1, out.actor2, out.event_date) == (
        "Suicide bomb", "Unidentified Armed Group (Somalia)", 3, "", FRIDAY)


def test_back_reference_naming_the_weapon_retypes_the_event():
    blasts = replace(cand("Remote explosive/landmine/IED", place="Aden", fatalities=20, actor1="Houthis"),
                     vague_weapon=True)
    out = absorb_detail(blasts, cand("Shelling/artillery/missile attack", place=None, actor1="Houthis"))
    assert (out.mention.sub_event_type, out.mention.fatalities, out.vague_weapon) == (
        "Shelling/artillery/missile attack", 20, False)


# --- b3bd257: captures, raids with arrests, both sides' dead, barrages, unnamed arson ----------

def test_the_two_capture_types_told_for_one_place_are_one_event_typed_by_the_lead():
    lead = at(cand("Government regains territory", place="Jebel Moya", actor1="Military Forces of Sudan",
                   actor2="Rapid Support Forces"), 0, "Sudanese troops recaptured Jebel Moya on Sunday.")
    lead = replace(lead, mention=replace(lead.mention, inter1=1, inter2=2))
    retold = at(cand("Non-state actor overtakes territory", place="Jebel Moya", actor1="Rapid Support Forces",
                     actor2="Military Forces of Sudan"), 60, "The RSF abandoned Jebel Moya after a day of shelling.")
    retold = replace(retold, mention=replace(retold.mention, inter1=2, inter2=1))
    merged = merge_candidates([lead, retold])
    assert [(m.sub_event_type, m.actor1, m.inter1, m.actor2, m.inter2) for m in merged] == [
        ("Government regains territory", "Military Forces of Sudan", 1, "Rapid Support Forces", 2)]
    # told the other way round, the story's first telling still decides
    merged = merge_candidates([replace(retold, mention=replace(retold.mention, char_start=0)),
                               replace(lead, mention=replace(lead.mention, char_start=60))])
    assert [(m.sub_event_type, m.actor1) for m in merged] == [
        ("Non-state actor overtakes territory", "Rapid Support Forces")]


def test_a_capture_elsewhere_stays_its_own_event():  # guard: places must still agree
    merged = merge_candidates([at(cand("Government regains territory", place="Jebel Moya"), 0, "a"),
                               at(cand("Non-state actor overtakes territory", place="Sennar"), 60, "b")])
    assert [m.sub_event_type for m in merged] == ["Government regains territory", "Non-state actor overtakes territory"]


def _state(c: Candidate) -> Candidate:
    return replace(c, mention=replace(c.mention, inter1=1))


def test_a_state_raid_with_arrests_in_one_sentence_is_one_arrests_event_by_the_raiders():
    told = "Junta troops raided Kani township in Sagaing on Sunday and arrested around 40 villagers."
    raid = _state(at(cand("Attack", place="Kani", actor1="Military Forces of Myanmar", actor2="Civilians (Myanmar)"),
                     0, told))
    arrests = _state(at(cand("Arrests", place="Kani", actor1="Police Forces of Myanmar", actor2="Civilians (Myanmar)"),
                        0, told))
    merged = merge_candidates([raid, arrests])
    assert [(m.event_type, m.sub_event_type, m.actor1, m.location.name) for m in merged] == [
        ("Strategic developments", "Arrests", "Military Forces of Myanmar", "Kani")]


def test_a_state_raid_that_kills_and_arrests_is_the_attack():
    told = "Soldiers raided Kani on Sunday, shooting dead three men and arresting 40 villagers."
    raid = _state(at(cand("Attack", place="Kani", fatalities=3, actor1="Military Forces of Myanmar"), 0, told))
    arrests = _state(at(cand("Arrests", place="Kani", actor1="Military Forces of Myanmar"), 0, told))
    assert [(m.sub_event_type, m.fatalities) for m in merge_candidates([raid, arrests])] == [("Attack", 3)]


def test_a_raid_and_arrests_of_two_sentences_stay_apart():  # guard
    raid = _state(at(cand("Attack", place="Kani", actor1="Military Forces of Myanmar"), 0, "a"))
    arrests = _state(at(cand("Arrests", place="Kani", actor1="Military Forces of Myanmar"), 90, "b"))
    assert [m.sub_event_type for m in merge_candidates([raid, arrests])] == ["Attack", "Arrests"]


def test_the_forces_dead_and_the_attackers_dead_of_two_sentences_add_up():
    forces = at(cand("Armed clash", place="Mandera", fatalities=7, actor1="Unidentified Armed Group (Kenya)",
                     actor2="Police Forces of Kenya"),
                0, "Seven policemen were killed when gunmen stormed a police post in Mandera on Sunday.")
    attackers = at(cand("Armed clash", place="Mandera", fatalities=3, actor1="Unidentified Armed Group (Kenya)",
                        actor2="Police Forces of Kenya"), 90, "Three attackers were shot dead, police said.")
    merged = merge_candidates([forces, attackers])
    assert [(m.fatalities, m.fatalities_low, m.fatalities_high) for m in merged] == [(10, 10, 10)]


def test_the_same_side_s_dead_told_twice_do_not_add_up():  # guard: a retelling keeps one toll
    first = at(cand("Armed clash", place="Mandera", fatalities=7),
               0, "Seven policemen were killed when gunmen stormed a police post in Mandera on Sunday.")
    again = at(cand("Armed clash", place="Mandera", fatalities=7), 90, "Seven officers were killed in the assault.")
    assert [m.fatalities for m in merge_candidates([first, again])] == [7]


def test_a_missile_barrage_at_army_bases_stays_the_barrage():
    told = "The Houthis fired six missiles at Marib on Sunday, targeting army bases of government forces."
    merged = merge_candidates([at(cand("Armed clash", place="Marib", actor1="Houthis",
                                       actor2="Military Forces of Yemen"), 0, told),
                               at(cand("Shelling/artillery/missile attack", place="Marib", actor1="Houthis",
                                       actor2="Military Forces of Yemen"), 0, told)])
    assert [(m.event_type, m.sub_event_type) for m in merged] == [
        ("Explosions/Remote violence", "Shelling/artillery/missile attack")]


def test_clashes_and_shells_in_one_sentence_are_the_clash():  # guard: the fight words keep the clash
    told = "Troops and rebels clashed near Mweso on Sunday, and shells hit a camp, killing three civilians."
    merged = merge_candidates([at(cand("Shelling/artillery/missile attack", place="Mweso", fatalities=3), 0, told),
                               at(cand("Armed clash", place="Mweso"), 0, told)])
    assert [(m.sub_event_type, m.fatalities) for m in merged] == [("Armed clash", 3)]


def test_houses_burned_by_no_one_named_after_an_attack_are_the_attack():
    attack = at(cand("Attack", place="Gwoza", fatalities=9, actor1="ISWAP", actor2="Civilians (Nigeria)"), 0, "a")
    # the arson's attacker is only the story's default (here the group named most), no one the sentence names
    arson = replace(at(cand("Looting/property destruction", place="Gwoza", actor1="Boko Haram"), 90,
                       "Houses were set on fire in Gwoza."), actor1_named=False)
    assert [(m.sub_event_type, m.actor1, m.fatalities) for m in merge_candidates([attack, arson])] == [
        ("Attack", "ISWAP", 9)]


def test_houses_burned_by_another_named_group_stay_their_own_event():  # guard
    attack = at(cand("Attack", place="Gwoza", fatalities=9, actor1="ISWAP", actor2="Civilians (Nigeria)"), 0, "a")
    arson = at(cand("Looting/property destruction", place="Gwoza", actor1="Boko Haram"), 90,
               "Boko Haram fighters set houses on fire in Gwoza.")
    assert [m.sub_event_type for m in merge_candidates([attack, arson])] == ["Attack", "Looting/property destruction"]


# --- 5e881fd / 25bb054: the vaguer telling's place as fallback; crowds told in one sentence; -----
# --- a bare count is the toll of a crowd event too -----------------------------------------------

def _placed(c: Candidate, location: LocationMention | None) -> Candidate:
    return replace(c, mention=replace(c.mention, location=location))


def test_the_vaguer_telling_s_place_stays_a_fallback():
    beach = at(_placed(cand("Suicide bomb", fatalities=9), LocationMention("Laboni beach")), 0,
               "A suicide bomber blew himself up on a beach in Cox's Bazar on Sunday, killing 9 people.")
    hotel = at(_placed(cand("Suicide bomb"), LocationMention("Sea Pearl hotel", parent="Cox's Bazar")), 120,
               "The bomber struck outside the Sea Pearl hotel in Cox's Bazar, police said.")
    (merged,) = merge_candidates([beach, hotel])
    assert (merged.location, merged.fallback_locations, merged.fatalities) == (
        LocationMention("Sea Pearl hotel", parent="Cox's Bazar"), (LocationMention("Laboni beach"),), 9)


def test_a_region_refined_by_a_town_stays_a_fallback():
    region = at(_placed(cand("Armed clash", fatalities=9), LocationMention("Mopti", "region")), 0, "a")
    town = at(_placed(cand("Armed clash"), LocationMention("Sevare", "city", parent="Mopti")), 120, "b")
    (merged,) = merge_candidates([region, town])
    assert (merged.location, merged.fallback_locations) == (
        LocationMention("Sevare", "city", parent="Mopti"), (LocationMention("Mopti", "region"),))


def test_the_more_specific_telling_first_keeps_its_place_and_no_fallback():
    # guard: unchanged behaviour - nothing vaguer replaced
    beach = at(_placed(cand("Suicide bomb", fatalities=9), LocationMention("Laboni beach", parent="Cox's Bazar")),
               0, "a")
    town = at(_placed(cand("Suicide bomb"), LocationMention("Cox's Bazar")), 120, "b")
    (merged,) = merge_candidates([beach, town])
    assert (merged.location, merged.fallback_locations) == (LocationMention("Laboni beach", parent="Cox's Bazar"), ())


RIOT = "Protesters stormed the parliament in Kathmandu on Sunday and set part of it ablaze, and police shot dead five."


@pytest.mark.parametrize("first, second", [
    (("Violent demonstration", "Rioters (Nepal)", ""),
     ("Excessive force against protesters", "Protesters (Nepal)", "Police Forces of Nepal")),
    (("Excessive force against protesters", "Protesters (Nepal)", "Police Forces of Nepal"),
     ("Violent demonstration", "Rioters (Nepal)", "")),
    (("Mob violence", "Rioters (Nepal)", ""),
     ("Excessive force against protesters", "Protesters (Nepal)", "Police Forces of Nepal")),
], ids=["riot-first", "force-first", "mob-violence"])
def test_a_crowd_that_stormed_in_the_sentence_of_the_shooting_is_the_riot(first, second):
    a = at(crowd(*first[:2], first[2], place="Kathmandu"), 0, RIOT)
    b = at(crowd(*second[:2], second[2], place="Kathmandu"), 0, RIOT)
    riot = first if first[0] != "Excessive force against protesters" else second
    assert [(m.sub_event_type, m.actor1, m.actor2) for m in merge_candidates([a, b])] == [riot]


def test_the_rioters_of_another_sentence_do_not_undo_the_excessive_force():
    # guard: unchanged behaviour - told apart (a police statement's "rioters"), the grade order decides
    force = at(crowd("Excessive force against protesters", "Protesters (Nepal)", "Police Forces of Nepal",
                     place="Kathmandu"), 0, "Police shot dead five protesters in Kathmandu on Sunday.")
    riot = at(crowd("Violent demonstration", "Rioters (Nepal)", place="Kathmandu"), 100,
              "Police said rioters had set part of the parliament ablaze.")
    for told in ([force, riot], [replace(riot, mention=replace(riot.mention, char_start=0)),
                                 replace(force, mention=replace(force.mention, char_start=100))]):
        assert [(m.sub_event_type, m.actor1, m.actor2) for m in merge_candidates(told)] == [
            ("Excessive force against protesters", "Protesters (Nepal)", "Police Forces of Nepal")]


COUNT_ONLY = "At least five people were killed in Dhaka, a rights group said."


def _count(place: str = "Dhaka", date=SUNDAY, sentence: str = COUNT_ONLY, named: bool = False) -> Candidate:
    c = cand("Attack", place=place, fatalities=5, date=date, actor1="Unidentified Armed Group (Bangladesh)",
             actor2="Civilians (Bangladesh)")
    return replace(at(c, 120, sentence), actor1_named=named)


@pytest.mark.parametrize("sub, actor1, actor2", [
    ("Peaceful protest", "Protesters (Bangladesh)", ""),
    ("Protest with intervention", "Protesters (Bangladesh)", "Police Forces of Bangladesh"),
    ("Excessive force against protesters", "Protesters (Bangladesh)", "Police Forces of Bangladesh"),
    ("Violent demonstration", "Rioters (Bangladesh)", ""),
    ("Mob violence", "Rioters (Bangladesh)", ""),
], ids=["peaceful", "intervention", "excessive-force", "violent-demonstration", "mob-violence"])
def test_a_bare_count_is_the_toll_of_the_crowd_event_at_its_place_and_day(sub, actor1, actor2):
    lead = at(crowd(sub, actor1, actor2), 0, "Police opened fire on protesters in Dhaka on Sunday.")
    for told in ([lead, _count()], [_count(), replace(lead, mention=replace(lead.mention, char_start=200))]):
        assert [(m.event_type, m.sub_event_type, m.location.name, m.fatalities, m.fatalities_known, m.actor1,
                 m.actor2) for m in merge_candidates(told)] == [
            (event_type_of(sub), sub, "Dhaka", 5, True, actor1, actor2)]


@pytest.mark.parametrize("count", [
    _count(place="Chittagong"),
    _count(date=dt.date(2024, 3, 8)),
    _count(sentence="Gunmen shot dead five people in Dhaka, a rights group said."),
    _count(named=True),
], ids=["elsewhere", "another-day", "an-act-of-its-own", "a-named-attacker"])
def test_a_count_elsewhere_another_day_or_with_an_act_stays_apart_from_the_crowd(count):
    # guard: unchanged behaviour
    lead = at(crowd("Peaceful protest", "Protesters (Bangladesh)"), 0, "Thousands protested in Dhaka on Sunday.")
    assert [m.sub_event_type for m in merge_candidates([lead, count])] == ["Peaceful protest", "Attack"]


def _told(c: Candidate, sentence: str) -> Candidate:
    return replace(c, mention=replace(c.mention, sentence=sentence))


def test_a_crowd_told_rioting_next_grades_the_march_it_follows():
    # fails on 070e344: "Protesters broke through police lines, threw cobblestones" absorbed into the
    # march left it a peaceful protest
    march = cand("Peaceful protest", place="Kyiv", actor1="Protesters (Ukraine)")
    riot = _told(cand("Violent demonstration", place=None, actor1="Rioters (Ukraine)",
                      actor2="Police Forces of Ukraine"),
                 "Protesters broke through police lines and threw cobblestones at riot police.")
    out = absorb_detail(march, riot).mention
    assert (out.sub_event_type, out.actor1, out.location.name) == ("Violent demonstration", "Rioters (Ukraine)", "Kyiv")


def test_one_side_s_version_of_a_crowd_does_not_grade_it():
    # guard: unchanged behaviour - "the army said the crew was escaping protesters who were throwing stones"
    march = cand("Peaceful protest", place="Maputo", actor1="Protesters (Mozambique)")
    version = _told(cand("Violent demonstration", place=None, actor1="Rioters (Mozambique)"),
                    "The army said the crew had been trying to escape from protesters who were throwing stones.")
    assert absorb_detail(march, version) is march


def test_one_named_dead_is_among_the_toll_that_includes_them():
    """Fails on 477a585: "the attack killed a tactical commander" then "At least 30 troops, including a
    tactical commander, were killed": the commander is one of the 30, no lower count."""
    short = replace(cand("Armed clash", fatalities=1), mention=replace(
        cand("Armed clash", fatalities=1).mention, sentence="Militia members say the attack killed a tactical commander."))
    full = cand("Armed clash", fatalities=30)
    full = replace(full, mention=replace(full.mention, sentence="At least 30 troops, including a tactical commander, "
                                                                "were killed on Sunday near Jowhar."))
    assert [m.fatalities for m in merge_candidates([short, full])] == [30]
    # two reports of the dead with no "including": the lower count stands
    other = replace(full, mention=replace(full.mention, sentence="At least 30 troops were killed on Sunday near Jowhar."))
    assert [m.fatalities for m in merge_candidates([short, other])] == [1]
