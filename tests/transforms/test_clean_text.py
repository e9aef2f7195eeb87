import pytest

from transforms.clean_shapes import line_fingerprint
from transforms.clean_text import classify_lines

BODY_A = "Gunmen attacked a village in Zamfara state on Monday, killing at least 12 people, police said."
BODY_B = "The attackers arrived on motorcycles and set fire to homes before fleeing into the forest."
BODY_C = "Residents said the army did not arrive until several hours after the attack had ended."


def rules(text: str) -> list[tuple[str, str | None]]:
    """(line, rule) for every non-blank line; rule None means kept."""
    return [(d.text, d.rule) for d in classify_lines(text).lines if d.text]


def kept(text: str) -> list[str]:
    return [d.text for d in classify_lines(text).lines if d.kept]


def test_one_decision_per_line_with_1_based_numbers():
    result = classify_lines(f"{BODY_A}\n\n{BODY_B}")
    assert [(d.line_no, d.kept, d.rule) for d in result.lines] == [
        (1, True, None), (2, False, "blank"), (3, True, None)]


def test_lexicon_line_records_its_rule():
    assert rules(f"{BODY_A}\nLoading...\n{BODY_B}") == [
        (BODY_A, None), ("Loading...", "loading"), (BODY_B, None)]


def test_repeated_line_is_dropped_at_its_second_occurrence():
    assert rules(f"Headline about the attack in Zamfara\n{BODY_A}\n{BODY_B}\n{BODY_A}") == [
        ("Headline about the attack in Zamfara", None), (BODY_A, None), (BODY_B, None),
        (BODY_A, "repeat")]


def test_caption_above_a_bare_credit_is_dropped_and_printed_twice_too():
    caption = "A soldier stands guard at the gate of an air base near the capital."
    text = f"Headline about the base\n\n{BODY_A}\n\n{caption}\nReuters\n\n{caption}\n\n{BODY_B}"
    assert rules(text) == [
        ("Headline about the base", None), (BODY_A, None), (caption, "caption"),
        ("Reuters", "photo_credit"), (caption, "repeat"), (BODY_B, None)]


def test_look_alike_body_lines_are_kept():
    lines = [
        "Taliban fighters seize border crossing with Iran",  # headline
        BODY_A,
        "\u201cWe will not leave our homes,\u201d",  # one-line quote
        BODY_B,
        "A war without end",  # sub-heading between paragraphs
        "Reuters reported that the army had withdrawn from two bases.",
        "He denied it.",  # one-sentence paragraph
        BODY_C,
        "It is difficult to independently verify the situation.",
    ]
    assert kept("\n\n".join(lines)) == lines


def test_short_last_sentence_is_kept_but_tail_fragment_is_not():
    assert rules(f"{BODY_A}\n\nHe denied it.\n\nRoute 6") == [
        (BODY_A, None), ("He denied it.", None), ("Route 6", "tail_fragment")]


def test_run_of_menu_lines_is_dropped_and_headline_kept():
    text = "Home\nWorld\nAfrica\nBusiness\nGunmen kill 12 in Zamfara village raid\n" + BODY_A
    result = classify_lines(text)
    assert [(d.text, d.rule) for d in result.lines] == [
        ("Home", "section_label"), ("World", "section_label"), ("Africa", "head_fragment"),
        ("Business", "section_label"), ("Gunmen kill 12 in Zamfara village raid", None), (BODY_A, None)]
    assert result.headline == "Gunmen kill 12 in Zamfara village raid"


def test_three_fragments_mid_article_are_a_teaser_list():
    text = "\n".join([BODY_A, "Army chief vows revenge", "Who are the bandits", "Map of the attacks",
                      BODY_B, "What comes next", BODY_C])
    assert rules(text) == [
        (BODY_A, None), ("Army chief vows revenge", "fragment_run"),
        ("Who are the bandits", "fragment_run"), ("Map of the attacks", "fragment_run"),
        (BODY_B, None), ("What comes next", None), (BODY_C, None)]


def test_glossary_block_of_terms_and_definitions_is_dropped():
    glossary = [
        "Militia", "A militia is an armed group that is not part of the regular army.",
        "Junta", "A junta is a military government that took power by force.",
        "Ceasefire", "refers to an agreement by both sides to stop fighting for a time.",
    ]
    text = "\n".join(glossary + ["Soldiers killed in ambush near Gao", BODY_A, BODY_B])
    assert [r for _, r in rules(text)] == ["glossary"] * 6 + [None, None, None]


def test_sub_headings_each_followed_by_a_news_paragraph_are_not_a_glossary():
    text = "\n".join([BODY_A, "The attack", BODY_B, "The response", BODY_C,
                      "The aftermath", "Officials said they would rebuild the market within a month."])
    assert all(rule is None for _, rule in rules(text))


def test_bare_label_takes_its_value_line():
    text = f"{BODY_A}\nImage caption,\nSmoke rises over the city after the strike\n{BODY_B}"
    assert rules(text)[1:3] == [("Image caption,", "caption_marker"),
                                ("Smoke rises over the city after the strike", "caption_marker")]


def test_read_more_label_takes_the_teaser_headlines_under_it():
    text = "\n".join([BODY_A, "READ MORE", "Who are the M23 rebels?", "UN warns of disaster in Kivu",
                      BODY_B, BODY_C])
    assert rules(text) == [
        (BODY_A, None), ("READ MORE", "read_more"), ("Who are the M23 rebels?", "read_more"),
        ("UN warns of disaster in Kivu", "read_more"), (BODY_B, None), (BODY_C, None)]


def test_everything_after_the_comment_section_is_dropped():
    comment = "This is a terrible tragedy and the government must act now to protect people."
    text = "\n".join([BODY_A, BODY_B, BODY_C, "Leave a Reply", "John", comment])
    assert [r for _, r in rules(text)] == [
        None, None, None, "comment_section", "after_comment_section", "after_comment_section"]


def test_end_marker_near_the_top_does_not_truncate_the_article():
    text = "\n".join([BODY_A, "3 Comments", BODY_B, BODY_C])
    assert [r for _, r in rules(text)] == [None, "comment_section", None, None]


def test_date_stamp_line_is_dropped():
    assert rules(f"Monday 5 July 2021\n{BODY_A}") == [("Monday 5 July 2021", "date_line"), (BODY_A, None)]


def test_outlet_repeated_fragment_is_dropped_but_rare_one_kept():
    text = f"Zamfara Daily Herald\n\n{BODY_A}\n\n{BODY_B}"
    counts = {line_fingerprint("Zamfara Daily Herald"): 3}
    assert rules_with(text, counts)[0] == ("Zamfara Daily Herald", "outlet_repeat")
    counts = {line_fingerprint("Zamfara Daily Herald"): 2}
    assert rules_with(text, counts)[0] == ("Zamfara Daily Herald", None)


def test_outlet_repeated_prose_needs_more_articles():
    text = f"{BODY_A}\n{BODY_B}"
    assert rules_with(text, {line_fingerprint(BODY_B): 5})[1] == (BODY_B, None)
    assert rules_with(text, {line_fingerprint(BODY_B): 10})[1] == (BODY_B, "outlet_repeat")


def rules_with(text, counts):
    return [(d.text, d.rule) for d in classify_lines(text, counts).lines if d.text]


def test_text_starting_with_prose_has_no_headline():
    assert classify_lines(f"{BODY_A}\n{BODY_B}").headline is None


WRAPPED = """Home | About | Press releases
Airstrikes on Hodeidah port kill five workers

At least five port workers were killed and nine injured when airstrikes
hit the container terminal in Hodeidah, western Yemen, early on Monday,
the port authority said in a statement issued the same afternoon.

Witnesses said the strikes came in two waves about ten minutes apart,
and that rescue teams were prevented from reaching the terminal by
fires that burned for several hours.

Share this page"""


def test_hard_wrapped_paragraphs_are_judged_whole_and_joined_in_the_body():
    result = classify_lines(WRAPPED)
    assert [d.kept for d in result.lines] == [
        False, True, False, True, True, True, False, True, True, True, False, False]
    assert result.body.split("\n") == [
        "Airstrikes on Hodeidah port kill five workers",
        "At least five port workers were killed and nine injured when airstrikes hit the container "
        "terminal in Hodeidah, western Yemen, early on Monday, the port authority said in a "
        "statement issued the same afternoon.",
        "Witnesses said the strikes came in two waves about ten minutes apart, and that rescue teams "
        "were prevented from reaching the terminal by fires that burned for several hours.",
    ]


def test_body_is_kept_lines_joined_by_newline_when_not_wrapped():
    result = classify_lines(f"{BODY_A}\n\nLoading...\n\n{BODY_B}")
    assert result.body == f"{BODY_A}\n{BODY_B}"


def test_agency_sign_off_after_the_last_paragraph_keeps_the_paragraph():
    assert rules(f"{BODY_A}\n{BODY_B}\nAFP") == [(BODY_A, None), (BODY_B, None), ("AFP", "photo_credit")]


def test_attributed_paragraphs_under_short_headings_are_not_a_glossary():
    text = "\n".join([
        BODY_A,
        "Gao", "Residents are fleeing the town, a local official said on Monday.",
        "Kidal", "The rebels were in control of the airport, according to a spokesman.",
        "Menaka", "A convoy was ambushed near the town, the army told reporters.",
    ])
    assert all(rule is None for _, rule in rules(text))


def test_inline_related_label_mid_article_does_not_cut_the_rest():
    towns = ["Gao", "Kidal", "Menaka", "Timbuktu", "Mopti", "Segou"]
    short_paragraphs = [f"Officials said a convoy was attacked near the town of {town}." for town in towns]
    text = "\n".join([BODY_A, BODY_B, BODY_C, "Related", "Mali junta expels UN mission",
                      *short_paragraphs])
    assert [r for _, r in rules(text)] == [None] * 3 + ["related_block", "related_block"] + [None] * 6


def test_section_word_heading_a_bullet_list_of_facts_is_kept():
    text = ("Yemen: Floods and Shelling in Taiz - Situation Update 7\nKEY POINTS\n"
            f"- {BODY_A}\n- {BODY_B}\nLatest\nAden port reopens\nStrikes hit Hodeidah")
    assert rules(text) == [
        ("Yemen: Floods and Shelling in Taiz - Situation Update 7", None), ("KEY POINTS", None),
        (f"- {BODY_A}", None), (f"- {BODY_B}", None), ("Latest", "section_label"),
        ("Aden port reopens", "tail_fragment"), ("Strikes hit Hodeidah", "tail_fragment")]


def test_section_label_is_kept_only_when_bullet_sentences_follow():
    assert rules(f"Highlights\n• {BODY_A}\n• {BODY_B}") == [
        ("Highlights", None), (f"• {BODY_A}", None), (f"• {BODY_B}", None)]
    assert rules(f"Highlights\n{BODY_A}\n{BODY_B}") == [
        ("Highlights", "section_label"), (BODY_A, None), (BODY_B, None)]
    assert rules(f"{BODY_A}\nHighlights\n- Aden port reopens\n{BODY_B}") == [
        (BODY_A, None), ("Highlights", "section_label"), ("- Aden port reopens", None),
        (BODY_B, None)]


@pytest.mark.parametrize("stamp", ["By L'Orient Today staff", "Jan 29, 2021", "Friday, 29 January 2021",
                                   "Reporting by Aidan Lewis"])
def test_byline_and_date_stamp_are_not_the_headline(stamp):
    text = "Home\nWorld\nTripoli municipality building set ablaze\n" + f"{stamp}\nJan 29, 2021\n" + BODY_A
    result = classify_lines(text)
    assert result.headline == "Tripoli municipality building set ablaze"
    assert BODY_A in result.body and stamp not in result.body
