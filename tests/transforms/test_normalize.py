from transforms.normalize import normalize_text


def test_mojibake_apostrophe_becomes_curly_apostrophe():
    assert normalize_text("the Taliban\u00e2\u20ac\u2122s march") == "the Taliban\u2019s march"


def test_mojibake_accent_is_repaired():
    assert normalize_text("caf\u00c3\u00a9 in Goma") == "caf\u00e9 in Goma"


def test_curly_quotes_are_kept():
    assert normalize_text("\u201cWe will fight,\u201d he said.") == "\u201cWe will fight,\u201d he said."


def test_nfc_composes_accents():
    assert normalize_text("Bamako, Mali\u0301") == "Bamako, Mal\u00ed"


def test_zero_width_and_soft_hyphen_are_removed():
    assert normalize_text("Kan\u200bda\u00adhar\ufeff") == "Kandahar"


def test_whitespace_is_unified_and_lines_stripped():
    assert normalize_text("  Two\u00a0 soldiers\tdied.  ") == "Two soldiers died."


def test_every_line_break_becomes_newline_and_blank_lines_are_kept():
    text = "Headline\r\n\r\nFirst.\rSecond.\u2028Third."
    assert normalize_text(text) == "Headline\n\nFirst.\nSecond.\nThird."
    assert normalize_text(text).split("\n") == ["Headline", "", "First.", "Second.", "Third."]


def test_line_count_matches_splitlines_of_the_input():
    raw = "a\r\nb\x0cc\x85d\n\ne"
    assert len(normalize_text(raw).split("\n")) == len(raw.splitlines())


def test_control_characters_are_removed():
    assert normalize_text("Kabul\x00\x07 city") == "Kabul city"


def test_empty_text():
    assert normalize_text("") == ""
