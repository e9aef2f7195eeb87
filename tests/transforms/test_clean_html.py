import datetime as dt

from transforms.clean_html import extract_html

PAGE = """<html><head><title>Militants attack army post in Mali | Sahel Daily</title>
<meta property="og:title" content="Militants attack army post in Mali">
<meta property="og:site_name" content="Sahel Daily">
<meta property="article:published_time" content="2023-03-14T08:30:00+00:00">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article>
<h1>Militants attack army post in Mali</h1>
<p>Suspected jihadists attacked an army post near Boni in central Mali on Monday, killing at
least six soldiers, the army said in a statement.</p>
<p>The attackers arrived on motorbikes at dawn and set fire to several vehicles before
withdrawing towards the border with Burkina Faso, a local official said.</p>
<h2>Rising violence</h2>
<p>Attacks by groups linked to al-Qaeda and the Islamic State have spread from northern Mali
to the centre of the country and into neighbouring states since 2015.</p>
</article>
<footer><p>&copy; 2023 Sahel Daily. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>"""


def test_main_text_without_navigation_or_footer():
    result = extract_html(PAGE)
    lines = result.text.split("\n")
    assert "Home" not in lines
    assert not any("All rights reserved" in line for line in lines)
    assert lines[1].startswith("Suspected jihadists attacked an army post near Boni")
    assert "Rising violence" in lines


def test_metadata_title_site_and_publication_date():
    result = extract_html(PAGE, url="https://sahel-daily.example/mali-attack")
    assert result.title == "Militants attack army post in Mali"
    assert result.sitename == "Sahel Daily"
    assert result.url == "https://sahel-daily.example/mali-attack"
    assert result.published == dt.date(2023, 3, 14)


def test_no_date_guessed_from_the_copyright_year_or_today():
    page = PAGE.replace('<meta property="article:published_time" content="2023-03-14T08:30:00+00:00">', "")
    assert extract_html(page).published is None


def test_page_without_main_text_gives_empty_text():
    assert extract_html("").text == ""
    assert extract_html("<html><body></body></html>").text == ""
