"""HTML news pages: trafilatura extraction plus our own metadata rules."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from stories.ingestion.html import fragment_to_text
from stories.ingestion.readers import read_file, read_source
from stories.ingestion.records import IngestionError

DATA = Path(__file__).parent / "data" / "ingestion"


@pytest.fixture(scope="module")
def page():
    return read_file(DATA / "news_page.html")[0]


def test_html_page_becomes_one_html_record(page):
    record = page

    assert record.input_format == "html"


def test_article_text_starts_with_the_lede(page):
    text = page.text

    assert text.startswith("ATHENS, Greece — Temperatures above 44 degrees")


def test_navigation_related_links_and_footer_are_not_in_the_text(page):
    text = page.text

    furniture = [
        "Home",
        "Subscribe",
        "Related stories",
        "Wildfire season",
        "Trending",
        "Ten beaches",
        "All rights reserved",
        "Privacy policy",
        "Advertisement",
    ]
    assert [item for item in furniture if item in text] == []


def test_headline_is_not_repeated_in_the_text(page):
    text = page.text

    assert not text.startswith("Heatwave grounds flights")


def test_metadata_title_author_site_and_canonical_url(page):
    record = page

    assert record.title == "Heatwave grounds flights in Athens"
    assert record.byline == "Eleni Markou"
    assert record.outlet == "Aegean Daily"
    assert record.canonical_url == "https://aegeandaily.example/world/heatwave-grounds-flights"


def test_published_time_keeps_its_offset_converted_to_utc(page):
    record = page

    assert record.published == datetime(2024, 7, 15, 11, 30, tzinfo=UTC)
    assert record.modified == datetime(2024, 7, 15, 13, 0, tzinfo=UTC)


def test_display_html_is_sanitized_paragraphs(page):
    html = page.display_html

    assert html.startswith("<p>ATHENS")
    assert "<script" not in html and "<nav" not in html


def test_page_without_article_text_is_an_error():
    data = b"<html><body><nav><a href='/'>Home</a><a href='/x'>World</a></nav></body></html>"

    with pytest.raises(IngestionError, match="no article text found"):
        read_source(data, source="empty.html")


def test_page_without_date_has_published_none():
    body = "".join(
        f"<p>Paragraph {i} of a long enough story about the harbour works in Gdansk, "
        "which the city says will finish next spring after several delays.</p>"
        for i in range(6)
    )
    data = f"<html><head><title>Works</title></head><body><article>{body}</article></body></html>"

    record = read_source(data.encode(), source="nodate.html")[0]

    assert record.published is None


def test_fragment_blocks_become_paragraphs_and_links_their_text():
    fragment = "<div><p>First <a href='x'>linked</a> part.</p><p>Second&nbsp;part.</p></div>"

    text = fragment_to_text(fragment)

    assert text == "First linked part.\n\nSecond part."


def test_fragment_scripts_and_styles_are_dropped():
    fragment = "<p>Kept.</p><script>var x = 1;</script><style>p {}</style><p>Also kept.</p>"

    text = fragment_to_text(fragment)

    assert text == "Kept.\n\nAlso kept."


def test_fragment_whitespace_and_nbsp_are_collapsed():
    fragment = "<p>  Many \n\t spaces\u00a0\u00a0and\u200b breaks  </p>"

    text = fragment_to_text(fragment)

    assert text == "Many spaces and breaks"


def test_fragment_br_is_a_line_break_inside_a_paragraph():
    fragment = "<p>Line one<br>Line two</p>"

    text = fragment_to_text(fragment)

    assert text == "Line one\nLine two"


def test_fragment_sentences_glued_by_a_missing_space_are_separated():
    fragment = "<p>It rained in the West.Then it snowed in the east.</p>"

    text = fragment_to_text(fragment)

    assert text == "It rained in the West. Then it snowed in the east."


def test_fragment_keeps_abbreviations_and_domains_intact():
    fragment = "<p>The U.S.A. team used FlightRadar24.com data.</p>"

    text = fragment_to_text(fragment)

    assert text == "The U.S.A. team used FlightRadar24.com data."
