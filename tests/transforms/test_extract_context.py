"""Article context: the article's country from its places, fallback places, other countries."""
from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from transforms.countries import country_by_code, find_countries_in_text
from transforms.extract_context import (ArticleContext, article_country, fallback_places, other_countries,
                                        place_country_votes)
from transforms.place_mentions import PlaceHit, PlaceScan
from transforms.records import LocationMention as L
from transforms.sentences import split_sentences

# What a gazetteer would say (Gazetteer.country_of_place), written out
WHERE = {"Paletwa": "MM", "Buthidaung": "MM", "Maungdaw": "MM", "Sittwe": "MM", "Chin": "MM",
         "Saraqeb": "SY", "Teknaf": "BD"}


def test_a_vote_each_time_a_name_is_told_after_a_locative_word_at_most_two():
    asked: list[str] = []

    def place_country(name: str) -> str | None:
        asked.append(name)
        return WHERE.get(name)

    text = ("Clashes erupted in Paletwa Township on Sunday. Troops shelled villages near Sittwe and "
            "the town of Saraqeb. Residents of Paletwa fled into Chin State. Sittwe residents stayed.")
    # Paletwa told twice, Sittwe once after a locative ("Sittwe residents" is none), Chin once
    assert place_country_votes(text, place_country) == Counter({"MM": 4, "SY": 1})
    # unit words stripped ("Paletwa Township", "Chin State"), each name asked once, none without a locative
    assert asked == ["Paletwa", "Sittwe", "Saraqeb", "Chin"]


def test_a_place_told_again_and_again_outvotes_a_country_named_as_a_neighbour():
    text = ("Boko Haram abducted seven girls in the Diffa region on Monday. It is the fourth attack in "
            "the Diffa region in a week. Gunmen crossed from Nigeria. In Diffa, residents fear more raids. "
            "Officials in Diffa said the army was searching.")
    assert place_country_votes(text, {"Diffa": "NE"}.get) == Counter({"NE": 2})


def test_refugees_from_a_country_vote_for_where_they_live_not_for_it():
    """Fails on 2e4a4a4: "the Nahr al-Bared Palestinian refugee camp" in a Lebanese story."""
    text = ("Army tanks shelled the Nahr al-Bared Palestinian refugee camp on Monday. Lebanon has not seen such "
            "fighting in years. Palestinian refugees fled to other Palestinian refugee camps.")
    assert article_country(text, None, find_countries_in_text(text)).iso2 == "LB"


def test_a_sentence_opening_with_in_votes_and_initials_do_not():
    where = {"Dhaka": "BD", "Gulshan": "IR", "BNP": "PK"}.get
    text = ("Police picked up the leader of BNP from his home in Gulshan on Sunday. "
            "In Dhaka, party supporters set fire to buses.")
    # "In Dhaka" opens a sentence; "of BNP" is a party's initials, not the Pakistani town GeoNames lists
    assert place_country_votes(text, where) == Counter({"IR": 1, "BD": 1})


def test_the_town_a_report_is_filed_from_votes_for_its_country():
    where = {"Erbil": "IQ", "Kurdistan": "IR"}.get
    # the outlet in the brackets has digits; the story names Iran again and again
    text = ("Iran claims missile attack\nERBIL (Kurdistan 24) – Iran's Revolutionary Guards said on Sunday they "
            "fired missiles at Erbil.")
    assert place_country_votes(text, where) == Counter({"IQ": 3})  # Erbil told once, and filed from
    # a doubled dash after an agency's dateline, and the town told again
    assert place_country_votes("KINSHASA, May 10 (Xinhua) -- Police fired tear gas in Kinshasa.",
                               {"Kinshasa": "CD"}.get) == Counter({"CD": 3})
    # a dateline that names its country: the country votes for itself, not a namesake town abroad
    assert place_country_votes("DERNA, Libya (AP) — Hundreds gathered in Derna on Monday.",
                               {"Derna": "RO"}.get) == Counter({"RO": 1})
    # guard: a bureau's town the story never tells of is no scene
    assert place_country_votes("MOSCOW, July 17 (Xinhua) -- Shelling killed one civilian in Donetsk.",
                               {"Moscow": "RU", "Donetsk": "UA"}.get) == Counter({"UA": 1})
    # guard: a town in capitals deep in the body files nothing
    assert place_country_votes("One.\nTwo.\nThree.\nFour.\nERBIL (AFP) - Missiles hit.", where) == Counter()


def test_names_of_no_single_country_give_no_vote():
    assert place_country_votes("Gunmen attacked a bus near Tripoli and in Hamra.", WHERE.get) == Counter()


BURMA_STORY = ("Arakan Army fighters seized a junta outpost in Paletwa on Sunday.\n"
               "Fighting also raged near Buthidaung and in Maungdaw as thousands fled towards Bangladesh. "
               "Bangladesh closed its border.")


def test_places_outvote_a_foreign_country_named_twice():
    mentions = find_countries_in_text(BURMA_STORY)
    assert [c.iso2 for c, _, _ in mentions] == ["BD", "BD"]
    assert article_country(BURMA_STORY, None, mentions).iso2 == "BD"  # names alone
    votes = place_country_votes(BURMA_STORY, WHERE.get)
    assert votes == Counter({"MM": 3})
    assert article_country(BURMA_STORY, None, mentions, votes).iso2 == "MM"


def test_a_place_counts_twice_a_country_name():
    # Bangladesh is named twice (towards + "Bangladesh closed"): one Myanmar place outweighs one name,
    # and ties between a place and two names go to the country the text names first
    mentions = find_countries_in_text(BURMA_STORY)
    bd_votes = article_country(BURMA_STORY, None, mentions, Counter()).iso2
    assert bd_votes == "BD"
    assert article_country(BURMA_STORY, None, mentions, Counter({"MM": 2})).iso2 == "MM"


def test_places_alone_decide_when_no_country_is_named():
    assert article_country("Clashes near Paletwa and in Sittwe.", None, [], Counter({"MM": 2})) == country_by_code("MM")
    assert article_country("Clashes near Paletwa and in Sittwe.", None, [], Counter()) is None


def test_months_and_weekdays_are_no_places():
    # fails on 3352f47: "in August" voted for Jamaica's August Town, "on Monday" for any namesake
    where = {"August": "JM", "Monday": "PY", "Aleppo": "SY"}.get
    text = "Clashes broke out in August near Aleppo. On Monday, shells hit Aleppo again. Talks began in May."
    assert place_country_votes(text, where) == Counter({"SY": 1})  # "hit Aleppo" is no locative


# --- fallback places and other countries -----------------------------------------------

BODY = ("Militias clashed in Tripoli on Sunday.\n"
        "Gunmen then attacked a checkpoint near Zawiya.\n"
        "Residents of Janzour fled.\n"
        "Drones hit Misrata.\n"
        "Guards at Souq Thulatha Market in central Tripoli returned fire, and families fled to Tunisia.")


def hit(text: str, name: str, kind: str = "place", **flags) -> PlaceHit:
    start = text.index(name)
    return PlaceHit(L(name, kind), start, start + len(name), **flags)


def context(country: str | None = "LY") -> ArticleContext:
    sentences = split_sentences(BODY)
    ctx = ArticleContext("a1", dt.date(2024, 3, 11), country_by_code(country) if country else None, sentences, {},
                         country_mentions=find_countries_in_text(BODY))
    for index, names in enumerate([["Tripoli"], ["Zawiya"], ["Janzour"], ["Misrata"]]):
        text = sentences[index].text
        ctx.scans[index] = PlaceScan(tuple(hit(text, n) for n in names), False, None)
    return ctx


def test_fallback_places_are_the_sentence_places_then_three_sentences_back():
    ctx = context()
    last = ctx.sentences[4]
    hits = [hit(last.text, "Tripoli"), hit(last.text, "Souq Thulatha Market"), hit(last.text, "Tunisia", "country")]
    got = fallback_places(hits, last, ctx)
    # text order first; countries out; then sentences 3, 2, 1 (nearest first); sentence 0 is too far back
    assert [m.name for m in got] == ["Souq Thulatha Market", "Tripoli", "Misrata", "Janzour", "Zawiya"]


def test_fallback_places_skip_destinations_and_repeats():
    ctx = context()
    last = ctx.sentences[4]
    text = "Guards at Souq Thulatha Market returned fire, and families fled to Misrata."
    hits = [hit(text, "Souq Thulatha Market"), hit(text, "Misrata", destination=True)]
    got = fallback_places(hits, last, ctx)
    assert [m.name for m in got] == ["Souq Thulatha Market", "Misrata", "Janzour", "Zawiya"]  # Misrata once, from before


def test_fallback_places_put_a_reference_town_before_the_sentences_back():
    ctx = context()
    last = ctx.sentences[4]
    text = "Gunmen attacked the village of Takoubatt, about 80 km from Ouallam, and families fled to Tunisia."
    hits = [hit(text, "Takoubatt", "village"), hit(text, "Ouallam", destination=True, reference=True),
            hit(text, "Tunisia", destination=True)]
    got = fallback_places(hits, last, ctx)
    # the scene, then the town its distance is told from, then sentences 3, 2, 1; a destination never
    assert [m.name for m in got] == ["Takoubatt", "Ouallam", "Misrata", "Janzour", "Zawiya"]


def test_fallback_places_prefer_the_places_an_event_used():
    ctx = context()
    ctx.event_places[3] = [hit(ctx.sentences[3].text, "Misrata")]
    ctx.scans[3] = PlaceScan((), False, None)
    ctx.event_places[2] = [PlaceHit(L("Janzour", "district"), 0, 7)]
    got = fallback_places([], ctx.sentences[4], ctx)
    assert got == (L("Misrata"), L("Janzour", "district"), L("Zawiya"))


def test_fallback_places_end_with_the_other_places_of_the_sentences_before():
    """Fails on 6da30bd: 'Other car bombs hit the Bayaa district ... in central Baghdad. On the northern
    outskirts, in Sabaa al-Bour, ...': a sentence back offered only its event's place (Bayaa, which the
    gazetteer may lack), never the town it named beside it."""
    ctx = context()
    ctx.event_places[3] = [hit(ctx.sentences[3].text, "Misrata")]
    ctx.scans[3] = PlaceScan((hit(ctx.sentences[3].text, "Misrata"), PlaceHit(L("Tajoura"), 0, 6),
                              PlaceHit(L("Libya", "country"), 0, 5), PlaceHit(L("Sirte"), 0, 5, destination=True)),
                             False, None)
    got = fallback_places([], ctx.sentences[4], ctx)
    # the events' places (and the sentences' own where no event was told) nearest first, then the rest
    # of what those sentences named: no country, no destination
    assert [m.name for m in got] == ["Misrata", "Janzour", "Zawiya", "Tajoura"]


def test_a_title_case_dateline_with_an_agency_is_where_the_report_was_filed():
    """Fails on 6da30bd: only a capitalised dateline ('GOMA (AFP) -') was read."""
    def filed(body: str) -> str | None:
        return ArticleContext("a1", dt.date(2024, 2, 6), None, split_sentences(body), {}).dateline_city

    assert filed("Goma (DR Congo) (AFP) - A shell slammed into a market in Bweremana on Monday.") == "Goma"
    assert filed("Addis Ababa (AFP) - Police fired tear gas on Monday.") == "Addis Ababa"
    assert filed("Bucha, Ukraine (Reuters) - Shelling resumed on Monday.") == "Bucha"
    assert filed("GOMA, Congo (Reuters) - Shelling resumed on Monday.") == "Goma"
    # a country is no town, and without an agency's brackets a title-case opening is just a sentence
    assert filed("Ukraine (AFP) - Shelling resumed on Monday.") is None
    assert filed("Addis Ababa - Police fired tear gas on Monday.") is None
    assert filed("Police in Goma (North Kivu) said the shelling resumed.") is None


def test_fallback_places_are_at_most_six():
    ctx = context()
    text = "A B C D E F G"
    hits = [PlaceHit(L(name), i * 2, i * 2 + 1) for i, name in enumerate(text.split())]
    assert [m.name for m in fallback_places(hits, ctx.sentences[4], ctx)] == ["A", "B", "C", "D", "E", "F"]


@pytest.mark.parametrize("country, expected", [
    ("IL", ("LB", "SY")),        # the article's own country is left out, order of first mention kept
    ("LB", ("IL", "SY")),
    (None, ("IL", "LB", "SY")),
])
def test_other_countries(country, expected):
    body = "Israel struck Lebanon on Sunday. Israel said Syria had armed the group. Lebanon protested."
    ctx = ArticleContext("a2", None, country_by_code(country) if country else None, split_sentences(body), {},
                         country_mentions=find_countries_in_text(body))
    assert other_countries(ctx) == expected


def test_no_other_countries_when_only_the_home_country_is_named():
    body = "Gunmen attacked a bus in Zamfara, Nigeria. Nigeria's army responded."
    ctx = ArticleContext("a3", None, country_by_code("NG"), split_sentences(body), {},
                         country_mentions=find_countries_in_text(body))
    assert other_countries(ctx) == ()


# --- whose the bare forces are; who attacks by default ---------------------------------------

from transforms.actors import ActorMatch  # noqa: E402
from transforms.extract_context import bare_forces_to_occupier, dominant_group, hostile_foreign_force  # noqa: E402

PS = country_by_code("PS")


def army(name: str, iso2: str, inter: int, text: str, at: int = 0) -> ActorMatch:
    return ActorMatch(name, inter, "military", iso2, at, at + len(text), text)


ISRAELI_TWICE = [army("Military Forces of Israel", "IL", 8, "Israeli troops", 0),
                 army("Military Forces of Israel", "IL", 8, "Israeli soldiers", 40)]
BARE_TROOPS = army("Military Forces of Palestinian Territory", "PS", 1, "troops", 80)


def test_bare_forces_in_a_story_without_a_home_army_are_the_occupier_s():
    out = bare_forces_to_occupier([*ISRAELI_TWICE, BARE_TROOPS], PS)
    assert [(a.name, a.inter, a.country_iso2, a.text) for a in out][-1] == (
        "Military Forces of Israel", 8, "IL", "troops")
    assert out[:2] == ISRAELI_TWICE


@pytest.mark.parametrize("actors", [
    [ISRAELI_TWICE[0], BARE_TROOPS],                                    # the foreign army named only once
    [*ISRAELI_TWICE, BARE_TROOPS, army("Military Forces of Palestinian Territory", "PS", 1, "Palestinian security forces", 90)],
    [*ISRAELI_TWICE],                                                   # no bare forces at all
])
def test_bare_forces_stay_home_otherwise(actors):
    assert bare_forces_to_occupier(actors, PS) == actors
    assert bare_forces_to_occupier(actors, None) == actors


RUSSIAN = [army("Military Forces of Russia", "RU", 8, "Russian forces", 0)]
GUNMEN = ActorMatch("Unidentified Armed Group (Mali)", 3, "unidentified", "ML", 50, 57, "gunmen")


def test_the_hostile_foreign_force_is_none_when_the_story_has_armed_men_of_its_own():
    assert hostile_foreign_force(RUSSIAN).name == "Military Forces of Russia"
    assert hostile_foreign_force([*RUSSIAN, GUNMEN]) is None
    assert hostile_foreign_force([GUNMEN]) is None


def test_pro_government_militias_are_never_the_dominant_group():
    vdp = ActorMatch("VDP", 4, "political_militia", "BF", 0, 3, "VDP")
    jnim = ActorMatch("JNIM", 2, "rebel", "BF", 20, 24, "JNIM")
    assert dominant_group([vdp, vdp, jnim]).name == "JNIM"
    assert dominant_group([vdp, vdp]) is None
    assert dominant_group([jnim, vdp]).name == "JNIM"


# --- name-calling in quotations; groups named once each; parents the article told ------------

QUOTED_TERRORISTS = ActorMatch("Unidentified Armed Group (Ukraine)", 3, "unidentified", "UA", 60, 70, "terrorists")


def test_armed_men_only_inside_a_quotation_leave_the_foreign_army_the_attacker():
    # '"Our city is being hit by terrorists," the mayor said': the quotation spans 40..80
    assert hostile_foreign_force([*RUSSIAN, QUOTED_TERRORISTS], [(40, 80)]).name == "Military Forces of Russia"
    # outside any quotation the same words are armed men of the story's own
    assert hostile_foreign_force([*RUSSIAN, QUOTED_TERRORISTS], [(0, 30)]) is None


def test_two_groups_named_once_each_are_not_the_story_s_group():
    aqim = ActorMatch("Al Qaeda", 2, "rebel", "ML", 10, 19, "al-Qaida")
    isis = ActorMatch("Islamic State", 2, "rebel", "ML", 28, 44, "the Islamic State")
    assert dominant_group([aqim, isis]) is None
    assert dominant_group([aqim, isis, isis]).name == "Islamic State"  # named twice: the story's


def test_a_place_the_article_placed_keeps_its_parent_later(nlp):
    from transforms.place_mentions import scan_places

    def scan(text: str) -> PlaceScan:
        return scan_places(text, nlp(text))

    ctx = ArticleContext("a9", dt.date(2024, 3, 11), None, [], {}, None, None, [])
    first = ctx.with_known_parents(scan("Bandits attacked Kurfi, in Tsafe district of Zamfara, on Saturday."))
    assert [(h.mention.name, h.mention.parent) for h in first.hits if not h.is_parent][:1] == [
        ("Kurfi", "Tsafe, Zamfara")]
    later = ctx.with_known_parents(scan("On Sunday, gunmen abducted 12 farmers in Kurfi."))
    assert [(h.mention.name, h.mention.parent) for h in later.hits] == [("Kurfi", "Tsafe, Zamfara")]


def test_the_un_is_never_the_storys_foreign_force():
    from transforms.actors import find_actors
    from transforms.extract_context import dominant_foreign_force
    text = "The U.N. mission said the United Nations compound was hit. UNMISS said Russian troops were nearby."
    assert dominant_foreign_force(find_actors(text, "SS")).name == "Military Forces of Russia"


def test_a_country_name_casts_no_vote_as_a_place_of_another_country():
    from transforms.extract_context import place_country_votes
    places = {"Niger": "NG", "Bosso": "NE"}.get  # Nigeria has a Niger State
    assert place_country_votes("Fighters crossed into Niger and attacked the town of Bosso.", places) == {"NE": 1}


def test_a_possessive_place_still_votes_for_its_country():
    from transforms.extract_context import place_country_votes
    places = {"Beirut": "LB"}.get
    assert place_country_votes("Two bombers struck in Beirut's southern suburb on Thursday.", places) == {"LB": 1}


def test_a_place_first_told_as_a_parent_keeps_its_own_parent_later(nlp):
    from transforms.place_mentions import scan_places

    def scan(text: str) -> PlaceScan:
        return scan_places(text, nlp(text))

    ctx = ArticleContext("a10", dt.date(2024, 3, 11), None, [], {}, None, None, [])
    ctx.with_known_parents(scan("Gunmen stormed Dogo village in the Sabon area of Kauru district on Thursday."))
    later = ctx.with_known_parents(scan("On Friday, jets struck hideouts in the Sabon hills."))
    assert [(h.mention.name, h.mention.parent) for h in later.hits] == [("Sabon", "Kauru")]


def test_the_story_s_group_votes_for_its_home_even_when_the_country_is_never_named():
    adf = ActorMatch("ADF", 2, "rebel", "CD", 0, 3, "ADF")
    text = "ADF rebels attacked a health centre in Beni. Residents of Butembo fled."
    # Beni is also a Bolivian province: one place vote each, the ADF's home breaks the tie
    assert article_country(text, adf, [], Counter({"BO": 1, "CD": 1})).iso2 == "CD"
    assert article_country(text, None, [], Counter({"BO": 1, "CD": 1})).iso2 == "BO"
