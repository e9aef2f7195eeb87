import pytest

from transforms.clean_shapes import (
    group_wrapped_lines,
    is_definition,
    is_glossary_term,
    is_prose,
    is_teaser,
    line_fingerprint,
    word_count,
)


@pytest.mark.parametrize("line", [
    "Gunmen killed 12 people in Zamfara state on Monday, police said.",
    "He denied it.",
    "\u201cWe will not leave our homes,\u201d",
    "Rahman said.",
    "Who are the M23 rebels?",
    # long paragraph cut before its full stop
    "The army said it had retaken the town after two days of fighting with the rebels who had "
    "held it since the start of the month and",
])
def test_prose_lines(line):
    assert is_prose(line)


@pytest.mark.parametrize("line", [
    "Strategic gains",
    "Taliban Seizes Key Districts from Fleeing Afghan Forces",
    "Privacy Policy.",
    "Name :",
    "Afghanistan.",
    "Taliban Afghanistan Badakhshan Kabul Kandahar Herat Kunduz Farah Ghazni Helmand Zabul "
    "Uruzgan Nangarhar Laghman Kapisa Parwan Bamyan Daikundi Ghor Badghis",
])
def test_fragment_lines(line):
    assert not is_prose(line)


def test_word_count_counts_words_and_spaceless_scripts():
    assert word_count("Five soldiers were killed.") == 4
    assert word_count("12 34") == 0
    assert word_count("\u4e94\u540d\u58eb\u5175\u5728\u88ad\u51fb\u4e2d\u4e27\u751f") == 5


def test_teaser_is_a_short_line_without_full_stop():
    assert is_teaser("Who are the M23 rebels?")
    assert is_teaser("UN warns of disaster in North Kivu")
    assert not is_teaser("The rebels shelled the town.")


def test_glossary_term_and_definition():
    assert is_glossary_term("Persian Gulf Cooperation Council")
    assert not is_glossary_term("Tags :")
    assert not is_glossary_term("He denied it.")
    assert is_definition("A junta is a military government that took power by force.", "Junta")
    assert is_definition("refers to an agreement by both sides to stop fighting.", "Ceasefire")
    assert not is_definition("Residents are fleeing the town, a local official said.", "Gao")
    assert not is_definition("Short line here", "Gao")


def test_line_fingerprint_ignores_case_punctuation_and_digits():
    assert line_fingerprint("\u00a9 2021 Daily News. All Rights Reserved!") == "0000 daily news all rights reserved"
    assert line_fingerprint("\u00a9 2023 Daily News. All rights reserved.") == line_fingerprint(
        "\u00a9 2021 Daily News. All Rights Reserved!")
    assert line_fingerprint("\uff21\uff26\uff30") == "afp"  # full-width letters fold (NFKC)


def test_unwrapped_text_is_one_group_per_line():
    lines = ["A long paragraph " * 10, "", "Another long paragraph " * 8]
    assert group_wrapped_lines(lines) == [[0], [1], [2]]


def test_hard_wrapped_lines_group_into_paragraphs():
    lines = [
        "Yemen: Airstrikes hit Hodeidah port",
        "At least five port workers were killed and nine injured when airstrikes",
        "hit the container terminal in Hodeidah, western Yemen, early on Monday,",
        "the port authority said in a statement issued the same afternoon.",
        "",
        "Witnesses said the strikes came in two waves about ten minutes apart,",
        "and that rescue teams were prevented from reaching the terminal by",
        "fires that burned for several hours.",
    ]
    assert group_wrapped_lines(lines) == [[0], [1, 2, 3], [4], [5, 6, 7]]
