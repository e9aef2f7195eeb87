import pytest

from transforms.boilerplate import is_bare_label, match_boilerplate


@pytest.mark.parametrize("line, rule", [
    ("This website uses cookies to improve your experience. Accept Read More", "cookie_consent"),
    ("We value your privacy", "cookie_consent"),
    ("Please enable JavaScript to view the comments", "javascript"),
    ("Subscribe to our newsletter", "subscribe"),
    ("Get the latest headlines delivered to your inbox every morning", "subscribe"),
    ("Share this article", "share_follow"),
    ("Follow us on Twitter", "share_follow"),
    ("Click to share on Facebook (Opens in new window)", "share_follow"),
    ("Leave a Reply", "comment_section"),
    ("12 Comments", "comment_section"),
    ("Comments", "comment_section"),
    ("Name :", "comment_form"),
    ("Email :", "comment_form"),
    ("* Text :", "comment_form"),
    ("Your email address will not be published.", "comment_form"),
    ("Send", "comment_form"),
    ("Related Topics", "related_block"),
    ("More on this story", "related_block"),
    ("READ MORE: Why the war in Sudan matters", "read_more"),
    ("Also read: Gunmen free abducted pupils", "read_more"),
    ("Source link", "source_link"),
    ("SOURCE: AL JAZEERA AND NEWS AGENCIES", "source_link"),
    ("Loading...", "loading"),
    ("Advertisement", "loading"),
    ("Image caption,", "caption_marker"),
    ("Photo: AFP", "caption_marker"),
    ("Reuters", "photo_credit"),
    ("AFP", "photo_credit"),
    ("Getty Images", "photo_credit"),
    ("AFP via Getty Images", "photo_credit"),
    ("Soldiers patrol a road near Sake [File: Arlette Bashizi/Reuters]", "caption_credit"),
    ("A man walks past rubble in Kharkiv, May 12, 2024. REUTERS/Vyacheslav Madiyevskyy", "caption_credit"),
    ("© 2024 Nairobi Daily Monitor. All rights reserved.", "copyright"),
    ("Tags :", "tag_list"),
    ("Tags: Kharkiv, drone attack, Russia", "tag_list"),
    ("Editor's Choice", "section_label"),
    ("Most Viewed", "section_label"),
    ("Day Week Month", "section_label"),
    ("3 min read", "reading_time"),
    ("Published On 4 Jul 2021", "date_stamp"),
    ("Last updated: 2 hours ago", "date_stamp"),
    ("By Jane Doe, Reuters", "byline"),
    ("Reporting by Jane Doe in Abuja; Editing by John Roe", "wire_credit"),
    ("The views expressed in this article are the author's own.", "views_disclaimer"),
    ("Support independent journalism. Become a member today.", "appeal"),
    ("example-news.com", "domain_line"),
    ("* * *", "no_letters"),
    ("Manage your preferences", "cookie_consent"),
    ("Story continues below advertisement", "loading"),
    ("Fighters rest near Tessalit (Photo: AFP)", "caption_credit"),
    ("Amina Yusuf is a freelance journalist based in Maiduguri.", "author_bio"),
    ("The Sahel Post is an independent news website covering West Africa.", "about_outlet"),
    ("10:32 GMT", "time_stamp"),
    ("Post navigation", "section_label"),
    ("Recent Posts", "section_label"),
    ("Print Friendly, PDF & Email", "share_follow"),
    ("4.15pm", "time_stamp"),
    ("Advertisement - Scroll to continue", "loading"),
    ("Continue reading the main story", "read_more"),
    ("Enter your email address", "subscribe"),
    ("Print this article", "share_follow"),
    ("Disclaimer: The opinions in this post are the writer's.", "views_disclaimer"),
    ("Fighters rest near Tessalit. Photo: AFP", "caption_credit"),
    ("Residents inspect a burned market in Gao (AFP/Getty Images)", "caption_credit"),
    ("Advertising", "loading"),
    ("Publicité", "loading"),
    ("Loading more comments…", "loading"),
    ("Me gusta Cargando...", "loading"),
    ("Lea también", "read_more"),
    ("À lire également : Le Tchad ferme sa frontière avec le Soudan", "read_more"),
    ("Noticias relacionadas", "related_block"),
    ("4 June 2023, 09:15 | 4 min read", "reading_time"),
    ("This report has been translated from Spanish.", "source_link"),
    ("This story is also available in Portuguese", "source_link"),
    ("Note: this copy was auto-published from a syndicated feed and was not edited.", "views_disclaimer"),
    ("Quality journalism costs money, and we rely on readers like you.", "appeal"),
    ("Please consider supporting us with a monthly gift.", "appeal"),
    ("Support the Sahel Observer's reporting and journalism", "appeal"),
    ("Editor's note: Some names have been changed to protect the sources.", "views_disclaimer"),
    ("Fighters gather outside Kismayo in 2022 (Garowe Online photo)", "caption_credit"),
])
def test_boilerplate_lines_match_their_rule(line, rule):
    assert match_boilerplate(line) == rule


@pytest.mark.parametrize("line", [
    "Reuters reported that at least 20 people were killed in the attack.",
    "AFP news agency quoted a local official as saying the town had fallen.",
    "Share prices fell sharply in Nairobi after the protests.",
    "Topics such as security were discussed at the meeting.",
    "By Sunday, Taliban fighters had seized 10 districts.",
    "Updated casualty figures released in July showed 20 dead.",
    "Reporting by local media suggested that 20 people were killed.",
    "In its weekly newsletter, the group claimed the attack on the convoy.",
    "Strategic gains",
    "\u201cWe will not leave,\u201d he said.",
    "Comments by the minister angered the opposition.",
    "Source: the attack began at dawn, a resident said, and lasted for three hours until troops arrived.",
    "Kandahar is the birthplace of the Taliban.",
    "Amina Yusuf is a journalist who was detained by soldiers in Maiduguri last week.",
    "The spokesman said the photos [of the attack] were fake.",
    "The army released an image showing the damaged bridge near Kherson on Sunday.",
    "Photographs shared on social media showed burned vehicles (which could not be verified).",
    "He said 12.30 was when the first shells landed.",
    "Amaq is a news agency affiliated with the Islamic State group.",
    "Clashes near the border lasted 40 minutes",
    "The siege was broken after 90 minutes of shelling, the army said.",
    "Aid agencies urged donors to consider supporting the appeal for Darfur.",
    "The report was translated into Hausa and read on local radio stations across the state.",
    "The editor's note to staff, seen by reporters, ordered coverage of the protests to stop.",
    "The army published a photo (which could not be verified) of the captured commander.",
])
def test_body_look_alikes_do_not_match(line):
    assert match_boilerplate(line) is None


def test_long_lines_are_never_lexicon_matches():
    line = "Share " + "word " * 45
    assert match_boilerplate(line) is None


def test_bare_label():
    assert is_bare_label("Tags :")
    assert is_bare_label("Image caption,")
    assert not is_bare_label("Tags: Kharkiv, drone attack, Russia")
