"""Scraped plain text: boilerplate removed by general rules."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from stories.ingestion.readers import read_file, read_source
from stories.ingestion.records import IngestionError
from stories.ingestion.text import clean_scraped_text, drop_furniture_paragraphs

DATA = Path(__file__).parent / "data" / "ingestion"


@pytest.fixture(scope="module")
def scraped():
    return read_file(DATA / "scraped_page.txt")[0]


def test_scraped_page_becomes_one_text_record_without_display_html(scraped):
    record = scraped

    assert record.input_format == "text"
    assert record.display_html == ""


def test_title_is_the_headline_line(scraped):
    record = scraped

    assert record.title == "Dockworkers end strike at Rotterdam port after wage deal"


def test_byline_line_goes_to_byline(scraped):
    record = scraped

    assert record.byline == "Staff Reporter"
    assert "By Staff Reporter" not in record.text


def test_clean_text_begins_with_the_lede_and_keeps_the_dateline(scraped):
    text = scraped.text

    assert text.startswith(
        "ROTTERDAM, Netherlands (Reuters) — Dockworkers at Europe's largest port"
    )


def test_lede_repeated_under_the_headline_appears_once(scraped):
    text = scraped.text

    assert text.count("Dockworkers at Europe's largest port returned") == 1


def test_navigation_and_section_labels_are_removed(scraped):
    text = scraped.text

    for line in ("skip to content", "MENU", "BUSINESS"):
        assert line not in text.split("\n\n")


def test_related_blocks_and_teasers_are_removed(scraped):
    text = scraped.text

    assert "Related coverage" not in text
    assert "Antwerp braces" not in text
    assert "Airline shares climb" not in text
    assert "How a small bakery survived" not in text


def test_promos_and_ads_are_removed(scraped):
    text = scraped.text

    assert "Advertisement" not in text
    assert "newsletter" not in text


def test_story_paragraphs_around_furniture_are_kept_in_order(scraped):
    paragraphs = scraped.text.split("\n\n")

    assert len(paragraphs) == 5
    assert paragraphs[-1].startswith("Economists said the strike")


def test_dateline_alone_on_its_line_joins_the_lede():
    text = (
        "Quake shakes northern Chile overnight\n\nSANTIAGO, Chile (AP) —\n"
        "A strong earthquake shook northern Chile on Sunday, officials said.\n"
    )

    title, _, clean, _ = clean_scraped_text(text)

    assert (
        clean
        == "SANTIAGO, Chile (AP) — A strong earthquake shook northern Chile on Sunday, "
        + ("officials said.")
    )
    assert title == "Quake shakes northern Chile overnight"


def test_colon_dateline_stays_in_the_text():
    text = (
        "Rain floods streets of Manila\n\n"
        "MANILA, Philippines: Heavy rain flooded streets in the capital on Monday, police said.\n"
    )

    _, _, clean, _ = clean_scraped_text(text)

    assert clean.startswith("MANILA, Philippines: Heavy rain")


def test_truncated_standfirst_before_the_lede_is_dropped():
    lede = "Dockers in Genoa returned to work on Friday after a week-long strike over pay."
    text = f"Port strike ends in Genoa\n\n{lede[:50]}...\n\n{lede}\n"

    _, _, clean, _ = clean_scraped_text(text)

    assert clean == lede


def test_isolated_subheading_between_paragraphs_is_kept():
    text = (
        "Budget vote delayed in Lima\n\n"
        "Lawmakers in Lima delayed the budget vote until next week, officials said.\n\n"
        "What happens next for the budget\n\n"
        "The finance committee will meet again on Monday to review the amendments.\n"
    )

    _, _, clean, _ = clean_scraped_text(text)

    assert "What happens next for the budget" in clean.split("\n\n")


def test_hard_wrapped_paragraphs_are_rejoined():
    text = (
        "Trains halted across Belgium\n\n"
        "BRUSSELS, Belgium — Rail traffic stopped across Belgium on Tuesday morning as\n"
        "signal workers walked out over staffing, leaving commuters stranded at stations\n"
        "in Brussels, Antwerp and Ghent for several hours.\n"
    )

    _, _, clean, _ = clean_scraped_text(text)

    assert clean.startswith(
        "BRUSSELS, Belgium — Rail traffic stopped across Belgium on Tuesday morning as signal"
    )
    assert "\n" not in clean


def test_stated_publication_date_with_zone_is_read():
    text = (
        "Storm hits Osaka coast\n\nPublished September 12, 2023 10:30 AM JST\n\n"
        "OSAKA, Japan — A storm hit the coast of Osaka on Tuesday morning, officials said.\n"
    )

    _, _, _, published = clean_scraped_text(text)

    assert published == datetime(2023, 9, 12, 1, 30, tzinfo=UTC)


def test_text_without_any_prose_is_an_error():
    data = b"HOME\nWORLD\nSPORT\nTop Videos\nTrending\n"

    with pytest.raises(IngestionError, match="no article text found"):
        read_source(data, source="nav.txt")


def test_crlf_line_endings_are_handled():
    data = (
        b"Flood warning in Dhaka\r\n\r\n"
        b"DHAKA, Bangladesh \xe2\x80\x94 Rivers rose quickly on Monday, officials said.\r\n"
    )

    record = read_source(data, source="crlf.txt")[0]

    assert record.text == "DHAKA, Bangladesh — Rivers rose quickly on Monday, officials said."


def test_structured_text_loses_promo_and_teaser_paragraphs_only():
    text = (
        "The mayor of Turin opened the new tram line on Saturday.\n\n"
        "Read more: Five things to know about the trams\n\n"
        "Popular support for the project grew after the first trials, officials said.\n\n"
        "Mayor says second line could follow...\n\n"
        "The post Tram line opens in Turin appeared first on City Daily."
    )

    cleaned = drop_furniture_paragraphs(text)

    assert cleaned.split("\n\n") == [
        "The mayor of Turin opened the new tram line on Saturday.",
        "Popular support for the project grew after the first trials, officials said.",
    ]


def test_question_headline_is_the_title_not_the_lede():
    text = (
        "WORLD\n\nWill the ceasefire in the north hold?\n\n"
        "BEIRUT (AP) — Guns fell silent on Monday, officials said.\n"
    )

    title, _, clean, _ = clean_scraped_text(text)

    assert title == "Will the ceasefire in the north hold?"
    assert clean.startswith("BEIRUT (AP)")


def test_long_prose_starting_with_a_furniture_word_is_kept():
    text = (
        "Protests grow in Santiago\n\n"
        "Popular anger over fare rises spilled onto the streets of Santiago on Friday.\n"
    )

    _, _, clean, _ = clean_scraped_text(text)

    assert clean.startswith("Popular anger over fare rises")


def test_sentence_starting_with_by_is_not_a_byline():
    text = (
        "Fire spreads in Athens suburbs\n\nBy Nikos Papas\n\n"
        "ATHENS, Greece — A wildfire reached the northern suburbs on Sunday, officials said.\n\n"
        "By the time firefighters arrived, the flames had crossed the highway.\n"
    )

    _, byline, clean, _ = clean_scraped_text(text)

    assert byline == "Nikos Papas"
    assert clean.endswith("By the time firefighters arrived, the flames had crossed the highway.")
