"""RSS 2.0 and Atom feeds: one record per entry."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from stories.ingestion.readers import read_file, read_source
from stories.ingestion.records import IngestionError

DATA = Path(__file__).parent / "data" / "ingestion"


def test_rss_feed_gives_one_feed_record_per_item():
    path = DATA / "feed_rss2.xml"

    records = read_file(path)

    assert [r.input_format for r in records] == ["feed", "feed"]
    assert [r.title for r in records] == [
        "Snowstorm closes mountain pass in Norway",
        "Harbour festival draws record crowds",
    ]


def test_rss_item_fields_map_to_the_record():
    path = DATA / "feed_rss2.xml"

    record = read_file(path)[0]

    assert record.canonical_url == "https://northernledger.example/2024/01/10/snowstorm-pass/"
    assert record.outlet == "Northern Ledger"
    assert record.byline == "Ingrid Berg"
    assert record.external_id == "nl-1001"
    assert record.categories == ("Weather", "Roads")


def test_rss_pub_date_offset_is_converted_to_utc():
    path = DATA / "feed_rss2.xml"

    record = read_file(path)[0]

    assert record.published == datetime(2024, 1, 10, 7, 0, tzinfo=UTC)


def test_rss_full_content_is_preferred_over_the_teaser_description():
    path = DATA / "feed_rss2.xml"

    record = read_file(path)[0]

    assert record.text.startswith("BERGEN, Norway — Road authorities closed")
    assert record.text.endswith("Drivers were told to expect delays of several hours.")


def test_rss_content_html_is_sanitized_for_display():
    path = DATA / "feed_rss2.xml"

    record = read_file(path)[0]

    assert "<script" not in record.display_html
    assert "alert" not in record.text


def test_rss_item_without_date_has_published_none():
    path = DATA / "feed_rss2.xml"

    record = read_file(path)[1]

    assert record.published is None


def test_plain_text_description_has_no_display_html():
    path = DATA / "feed_rss2.xml"

    record = read_file(path)[1]

    assert record.text.startswith("Thousands of visitors filled the harbour in Tromsø")
    assert record.display_html == ""


def test_feed_entry_raw_is_that_entrys_xml():
    path = DATA / "feed_rss2.xml"

    records = read_file(path)

    assert records[0].raw.startswith("<item>") and records[0].raw.endswith("</item>")
    assert "nl-1001" in records[0].raw and "nl-1001" not in records[1].raw


def test_atom_entries_map_title_link_author_and_dates():
    path = DATA / "feed_atom.xml"

    record = read_file(path)[0]

    assert record.title == "Floods & landslides hit Dhaka suburbs"
    assert record.canonical_url == "https://deltaobserver.example/floods-dhaka"
    assert record.byline == "Rahim Chowdhury"
    assert record.published == datetime(2024, 2, 1, 16, 30, tzinfo=UTC)
    assert record.modified == datetime(2024, 2, 2, 3, 0, tzinfo=UTC)
    assert record.external_id == "urn:uuid:entry-77"


def test_atom_html_content_is_reduced_to_text():
    path = DATA / "feed_atom.xml"

    record = read_file(path)[0]

    assert record.text == (
        "DHAKA, Bangladesh — Heavy rain flooded low-lying neighbourhoods on the edge of the "
        "capital overnight.\n\nRescue teams used boats to reach stranded families."
    )


def test_atom_entry_without_published_falls_back_to_updated():
    path = DATA / "feed_atom.xml"

    record = read_file(path)[1]

    assert record.published == datetime(2024, 2, 2, 11, 0, tzinfo=UTC)


def test_feed_without_entries_is_an_error():
    data = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>'

    with pytest.raises(IngestionError, match="feed has no entries"):
        read_source(data, source="empty.xml")


def test_feed_in_latin1_declared_encoding_is_decoded():
    data = (
        '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>F</title>'
        "<item><title>Café reopens in Zürich</title><description>The café in Zürich reopened "
        "on Monday after renovation.</description></item></channel></rss>"
    ).encode("latin-1")

    record = read_source(data, source="latin1.xml")[0]

    assert record.title == "Café reopens in Zürich"
