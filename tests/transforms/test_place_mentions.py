"""Place mentions with context: kind, parent, near, counts, destinations."""
from __future__ import annotations

import pytest

from transforms.place_mentions import scan_places
from transforms.records import LocationMention


def mentions(nlp, sentence: str) -> list[LocationMention]:
    scan = scan_places(sentence, nlp(sentence))
    return [h.mention for h in scan.hits if not h.is_parent and not h.destination and h.mention.kind != "country"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The fall of Panjwai district in southern Kandahar province was confirmed.",
         [LocationMention("Panjwai", "district", parent="Kandahar")]),
        ("Rebels took control of Imam Sahib, a town in Kunduz province.",
         [LocationMention("Imam Sahib", "city", parent="Kunduz")]),
        ("Gunmen killed 12 villagers in Zike village near Bokkos, Plateau State.",
         [LocationMention("Zike", "village"), LocationMention("Bokkos", "place", parent="Plateau", near=True)]),
        ("Al-Shabaab attacked a base in Bulo Marer, a town in Lower Shabelle region.",
         [LocationMention("Bulo Marer", "city", parent="Lower Shabelle")]),
        ("Airstrikes hit the Mayo district of Khartoum.",
         [LocationMention("Mayo", "district", parent="Khartoum")]),
        ("Fighting was reported on the outskirts of Izium.",
         [LocationMention("Izium", "place", near=True)]),
        ("Troops recaptured Mocimboa da Praia on Sunday.",
         [LocationMention("Mocimboa da Praia", "place")]),
        ("Rockets rained down on Libya's capital Tripoli overnight.",
         [LocationMention("Tripoli", "city")]),
        ("A mortar round hit the Afghan neighbourhood of the city.", []),
    ],
)
def test_place_with_context(nlp, sentence, expected):
    assert mentions(nlp, sentence) == expected


def test_counted_list_gives_one_mention_per_unit(nlp):
    sentence = "These were one district in Herat province, one in Gore, one in Sar-i-Pul, one in Zambul and two in Farah."
    assert mentions(nlp, sentence) == [
        LocationMention("Herat", "province", count=1),
        LocationMention("Gore", "province", count=1),
        LocationMention("Sar-i-Pul", "province", count=1),
        LocationMention("Zambul", "province", count=1),
        LocationMention("Farah", "province", count=2),
    ]


def test_listed_provinces(nlp):
    sentence = "Forces retreated from districts in northeastern Badakhshan and Takhar border provinces."
    names = [(m.name, m.kind) for m in mentions(nlp, sentence)]
    assert names == [("Badakhshan", "province"), ("Takhar", "province")]


def test_destination_is_flagged(nlp):
    sentence = "Soldiers surrendered their outposts and fled to Faizabad, the capital of the province."
    scan = scan_places(sentence, nlp(sentence))
    faizabad = [h for h in scan.hits if h.mention.name == "Faizabad"]
    assert faizabad and faizabad[0].destination


def test_possessive_country_is_not_part_of_the_name(nlp):
    sentence = "More than 300 soldiers crossed from Afghanistan’s Badakhshan province."
    assert mentions(nlp, sentence) == [LocationMention("Badakhshan", "province")]


def test_titles_and_headlines_are_not_places(nlp):
    assert mentions(nlp, "The order came from US President Joe Biden.") == []
    assert mentions(nlp, "Security Forces Flee as Districts in Northern Afghanistan Fall for Taliban") == []


def test_unnamed_count_makes_the_sentence_anaphoric(nlp):
    sentence = "In the past three days, 10 districts have fallen to the Taliban."
    scan = scan_places(sentence, nlp(sentence))
    assert scan.hits == () and scan.unnamed_count == 10 and scan.anaphoric


def test_vague_area_is_flagged(nlp):
    sentence = "Fighters took over a dozen districts in Afghanistan's southern and northeastern provinces."
    assert scan_places(sentence, nlp(sentence)).vague_area


def test_works_without_a_parse():
    scan = scan_places("The fall of Nawa district in Helmand province.")
    assert [h.mention for h in scan.hits if not h.is_parent] == [LocationMention("Nawa", "district", parent="Helmand")]


def test_a_list_closed_by_and_is_several_places(nlp):
    sentence = "Gunmen attacked Zike, Kimakpa and Rawuru on Sunday."
    # spaCy may also tag 'Gunmen' as a place; extraction drops actor names, this scan does not
    hits = [h for h in scan_places(sentence, nlp(sentence)).hits if h.mention.name != "Gunmen"]
    assert [(h.mention.name, h.listed, h.mention.parent) for h in hits] == [
        ("Zike", True, None), ("Kimakpa", True, None), ("Rawuru", True, None)]


def test_name_comma_name_without_and_is_a_parent(nlp):
    sentence = "M23 rebels seized Sake, North Kivu, on Sunday."
    assert LocationMention("Sake", "place", parent="North Kivu") in mentions(nlp, sentence)
    assert "North Kivu" not in [m.name for m in mentions(nlp, sentence)]


def test_occupier_prefix_is_not_part_of_the_name(nlp):
    sentence = "A rocket landed in the Israeli-occupied Golan Heights on Sunday."
    scan = scan_places(sentence, nlp(sentence))
    assert [h.mention.name for h in scan.hits] == ["Golan Heights"]


def test_street_is_not_a_place_but_points_back(nlp):
    sentence = "Youths set up a roadblock on Independence Avenue, witnesses said."
    scan = scan_places(sentence, nlp(sentence))
    assert [h.mention.name for h in scan.hits] == []
    assert scan.anaphoric  # the street is in a town named before


def test_group_initials_in_brackets_are_not_a_place(nlp):
    sentence = ("The convoy was attacked about ten kilometres north of the town by fighters from the Popular "
                "Front for the Liberation of Central Africa (FPLC), a former rebel group, the mission said.")
    scan = scan_places(sentence, nlp(sentence))
    assert "FPLC" not in [h.mention.name for h in scan.hits]
