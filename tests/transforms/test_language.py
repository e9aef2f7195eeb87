from transforms.language import DEFAULT_LANGUAGE, detect_language

FRENCH = ("Des hommes armés ont attaqué un poste de l'armée malienne dans le centre du pays "
          "lundi matin, tuant au moins six soldats, selon un communiqué de l'état-major.")
ENGLISH = ("Gunmen attacked a Malian army post in the centre of the country on Monday morning, "
           "killing at least six soldiers, according to a statement from the general staff.")


def test_french_paragraph_is_french():
    language, probability = detect_language(FRENCH)
    assert language == "fr"
    assert probability > 0.9


def test_english_paragraph_is_english():
    assert detect_language(ENGLISH)[0] == "en"


def test_too_short_to_tell_is_taken_as_english():
    assert detect_language("Taliban seize district") == (DEFAULT_LANGUAGE, 0.0)
    assert detect_language("") == (DEFAULT_LANGUAGE, 0.0)
