import datetime as dt
from pathlib import Path

import pytest

from transforms.clean import OUTLET_MIN_ARTICLES, clean_articles, line_fingerprint, outlet_key
from transforms.records import STATUS_EMPTY, STATUS_NOT_ENGLISH, STATUS_OK, RawArticle

FIXTURES = Path(__file__).parent / "clean_fixtures"
BODY_A = "Gunmen attacked a village in Zamfara state on Monday, killing at least 12 people, police said."
BODY_B = "The attackers arrived on motorcycles and set fire to homes before fleeing into the forest."


def raw(content: str, content_type: str = "text", **meta) -> RawArticle:
    return RawArticle(article_id=meta.pop("article_id", "a1"), input_path="x.txt",
                      content_type=content_type, content=content, raw_sha256="0" * 64, **meta)


def load_marked(path: Path) -> tuple[str, list[str]]:
    """A fixture line is '+| body', '-| boilerplate' or '?| either (headline, sub-heading)'."""
    marks, lines = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        marks.append(line[0])
        lines.append(line[3:])
    return "\n".join(lines), marks


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.txt")))
def test_other_outlets_boilerplate_is_removed_and_body_kept(name):
    text, marks = load_marked(FIXTURES / name)
    [article] = clean_articles([raw(text)])
    wrong = [(d.line_no, d.text, d.rule) for d, mark in zip(article.lines, marks)
             if (mark == "+" and not d.kept) or (mark == "-" and d.kept)]
    assert wrong == []
    assert article.status == STATUS_OK


def test_body_text_is_the_kept_lines_and_title_the_headline():
    text = f"Home\nWorld\nNigeria\nGunmen kill 12 in Zamfara village raid\n\n{BODY_A}\n\n{BODY_B}\n\nSource link"
    [article] = clean_articles([raw(text)])
    assert article.body_text == f"Gunmen kill 12 in Zamfara village raid\n{BODY_A}\n{BODY_B}"
    assert article.title == "Gunmen kill 12 in Zamfara village raid"
    assert article.language == "en"
    assert (article.status, article.status_reason) == (STATUS_OK, None)
    assert [d.line_no for d in article.lines if d.kept] == [4, 6, 8]


def test_metadata_title_and_date_win():
    text = f"Gunmen kill 12 in Zamfara village raid\n4 July 2021\n{BODY_A}\n{BODY_B}"
    [article] = clean_articles([raw(text, title="Given title", published=dt.date(2021, 7, 3))])
    assert article.title == "Given title"
    assert (article.published, article.published_from) == (dt.date(2021, 7, 3), "metadata")


def test_dateline_date_when_no_metadata():
    text = f"Gunmen kill 12 in Zamfara village raid\n\nMonday 5 July 2021\n\n{BODY_A}\n{BODY_B}"
    [article] = clean_articles([raw(text)])
    assert (article.published, article.published_from) == (dt.date(2021, 7, 5), "dateline")


def test_yearless_wire_dateline_takes_the_year_from_the_url():
    text = f"GUSAU, July 5 (Reuters) - {BODY_A}\n{BODY_B}"
    [with_url] = clean_articles([raw(text, url="https://news.example/2021/07/05/zamfara")])
    [without_url] = clean_articles([raw(text)])
    assert (with_url.published, with_url.published_from) == (dt.date(2021, 7, 5), "dateline")
    assert (without_url.published, without_url.published_from) == (None, None)


def test_html_page_uses_trafilatura_text_and_metadata():
    page = ("<html><head><title>Army post attacked | Sahel Daily</title>"
            '<meta property="og:title" content="Army post attacked in central Mali">'
            '<meta property="article:published_time" content="2023-03-14">'
            "</head><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav><article>"
            f"<p>{BODY_A}</p><p>Share this article</p><p>{BODY_B}</p></article>"
            "<footer>Copyright 2023 Sahel Daily</footer></body></html>")
    [article] = clean_articles([raw(page, content_type="html")])
    assert article.body_text == f"{BODY_A}\n{BODY_B}"
    assert article.title == "Army post attacked in central Mali"
    assert (article.published, article.published_from) == (dt.date(2023, 3, 14), "html")
    assert article.status == STATUS_OK


def test_html_page_without_main_text_is_empty_body():
    [article] = clean_articles([raw("<html><body></body></html>", content_type="html")])
    assert article.status == STATUS_EMPTY
    assert article.status_reason == "trafilatura found no main text in the HTML page"
    assert article.body_text == ""


def test_text_with_only_boilerplate_is_empty_body():
    [article] = clean_articles([raw("Share this article\nLoading...\nSource link")])
    assert (article.status, article.body_text) == (STATUS_EMPTY, "")
    assert article.status_reason == "no body text left after cleaning"


def test_french_article_is_not_english_and_keeps_its_body():
    text = ("Des hommes armés ont attaqué un poste de l'armée dans le centre du Mali lundi matin.\n"
            "Au moins six soldats ont été tués, selon un communiqué de l'état-major des armées.")
    [article] = clean_articles([raw(text)])
    assert article.status == STATUS_NOT_ENGLISH
    assert article.language == "fr"
    assert article.status_reason.startswith("language detected as 'fr'")
    assert article.body_text == text


def test_mojibake_is_fixed_before_cleaning():
    [article] = clean_articles([raw("The Taliban\u00e2\u20ac\u2122s fighters seized the district on Sunday.")])
    assert article.body_text == "The Taliban\u2019s fighters seized the district on Sunday."


def _outlet_batch(n: int) -> list[RawArticle]:
    return [raw(f"{BODY_A} Report {i}.\nZamfara Herald Trusted News\n{BODY_B} Item {i}.",
                article_id=f"a{i}", source="Zamfara Herald") for i in range(n)]


def test_line_in_every_article_of_an_outlet_batch_is_dropped():
    assert OUTLET_MIN_ARTICLES == 3
    cleaned = clean_articles(_outlet_batch(OUTLET_MIN_ARTICLES + 1))
    assert all(a.lines[1].rule == "outlet_repeat" for a in cleaned)


def test_line_in_too_few_articles_is_kept():
    cleaned = clean_articles(_outlet_batch(OUTLET_MIN_ARTICLES))
    assert all(a.lines[1].kept for a in cleaned)


def test_earlier_counts_add_to_the_batch():
    earlier = {"Zamfara Herald": {line_fingerprint("Zamfara Herald Trusted News"): 2}}
    [article] = clean_articles(_outlet_batch(2)[:1], earlier)
    assert article.lines[1].kept
    cleaned = clean_articles(_outlet_batch(2), earlier)
    assert [a.lines[1].rule for a in cleaned] == ["outlet_repeat", "outlet_repeat"]


def test_other_outlets_do_not_count():
    earlier = {"Other Outlet": {line_fingerprint("Zamfara Herald Trusted News"): 50}}
    [article] = clean_articles(_outlet_batch(1), earlier)
    assert article.lines[1].kept


@pytest.mark.parametrize("source, url, expected", [
    ("Reuters", "https://www.reuters.com/world/x", "Reuters"),
    (None, "https://www.reuters.com/world/x", "reuters.com"),
    (None, "https://News.Example.org:8080/a", "news.example.org"),
    ("  ", "http://www.bbc.co.uk/news/1", "bbc.co.uk"),
    (None, None, None),
])
def test_outlet_key(source, url, expected):
    assert outlet_key(source, url) == expected


def test_output_order_and_ids_follow_the_input():
    cleaned = clean_articles([raw(BODY_A, article_id="x"), raw(BODY_B, article_id="y")])
    assert [a.article_id for a in cleaned] == ["x", "y"]


def test_html_outlet_is_the_page_site_name_as_stored():
    page = ("<html><head><meta property='og:site_name' content='Sahel Daily'></head><body><article>"
            f"<p>{BODY_A}</p><p>Sahel Daily Trusted News</p><p>{BODY_B}</p></article></body></html>")
    earlier = {"Sahel Daily": {line_fingerprint("Sahel Daily Trusted News"): OUTLET_MIN_ARTICLES}}
    [article] = clean_articles([raw(page, content_type="html")], earlier)
    assert article.source == "Sahel Daily"
    assert article.body_text == f"{BODY_A}\n{BODY_B}"


def test_realistic_news_page_keeps_only_the_story():
    page = (FIXTURES / "news_page.html").read_text(encoding="utf-8")
    [article] = clean_articles([raw(page, content_type="html")])
    assert article.body_text.split("\n") == [
        "Gunmen kill 11 soldiers in northwest Nigeria",
        "Gunmen killed 11 soldiers and wounded four others in an ambush in Nigeria's northwestern "
        "Zamfara state, the army said on Tuesday.",
        "The soldiers were on patrol near the town of Tsafe when they came under fire from a large "
        "group of armed men on motorcycles, an army spokesman said.",
        "Zamfara is among the states worst hit by so-called bandits, armed gangs who raid villages "
        "and kidnap residents for ransom.",
        "\"We lost brave men,\" the spokesman said.",
    ]
    assert (article.title, article.source) == ("Gunmen kill 11 soldiers in northwest Nigeria", "Lagos Ledger")
    assert (article.published, article.published_from) == (dt.date(2023, 3, 14), "html")


def test_date_below_the_headline_wins_over_a_date_in_the_page_header():
    text = f"Saturday 21 November 2026\nHome\nWorld\nGunmen kill 12 in Zamfara village raid\n4 July 2021\n{BODY_A}\n{BODY_B}"
    [article] = clean_articles([raw(text)])
    assert (article.published, article.published_from) == (dt.date(2021, 7, 4), "dateline")
