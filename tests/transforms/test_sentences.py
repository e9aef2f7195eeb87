"""Regex sentence splitting with exact offsets."""
from __future__ import annotations

from transforms.sentences import split_sentences


def test_offsets_are_exact_and_lines_are_paragraphs():
    body = "Headline without a stop\nFirst one. Second one! Third?\n\n  Indented line here."
    sentences = split_sentences(body)
    assert [s.text for s in sentences] == [
        "Headline without a stop", "First one.", "Second one!", "Third?", "Indented line here."]
    assert all(body[s.start:s.end] == s.text for s in sentences)
    assert [s.paragraph for s in sentences] == [0, 1, 1, 1, 2]
    assert [s.index for s in sentences] == [0, 1, 2, 3, 4]


def test_abbreviations_and_times_do_not_split():
    body = "Troops crossed at 6:30 p.m. on Saturday. Gen. Smith said U.S. forces left. Next."
    assert [s.text for s in split_sentences(body)] == [
        "Troops crossed at 6:30 p.m. on Saturday.", "Gen. Smith said U.S. forces left.", "Next."]


def test_quotes_close_the_sentence():
    body = "“The Taliban captured it,” he said. They left."
    assert [s.text for s in split_sentences(body)] == ["“The Taliban captured it,” he said.", "They left."]


def test_empty_text():
    assert split_sentences("") == []
    assert split_sentences("\n\n  \n") == []
