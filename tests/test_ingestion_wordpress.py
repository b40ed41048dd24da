"""WordPress REST API JSON: single posts and lists, with and without _embed."""

import json
from datetime import UTC, datetime
from pathlib import Path

from stories.ingestion.readers import read_file, read_source

DATA = Path(__file__).parent / "data" / "ingestion"


def test_single_post_becomes_one_wordpress_record():
    path = DATA / "wp_post.json"

    records = read_file(path)

    assert len(records) == 1
    assert records[0].input_format == "wordpress"


def test_title_html_entities_are_decoded():
    path = DATA / "wp_post.json"

    record = read_file(path)[0]

    assert record.title == "Ferry service resumes between Lisbon & Porto after “long” pause"


def test_date_gmt_is_preferred_and_is_utc():
    path = DATA / "wp_post.json"

    record = read_file(path)[0]

    assert record.published == datetime(2024, 3, 4, 8, 15, tzinfo=UTC)
    assert record.modified == datetime(2024, 3, 4, 10, 0, tzinfo=UTC)


def test_local_date_is_used_when_date_gmt_is_empty():
    path = DATA / "wp_list.json"

    record = read_file(path)[1]

    assert record.published == datetime(2024, 5, 21, 7, 5, tzinfo=UTC)


def test_link_id_and_host_fill_url_external_id_and_outlet():
    path = DATA / "wp_post.json"

    record = read_file(path)[0]

    assert record.canonical_url == "https://harbourtimes.example/2024/03/04/ferry-service-resumes/"
    assert record.external_id == "501"
    assert record.outlet == "harbourtimes.example"


def test_embedded_author_and_terms_give_byline_categories_and_tags():
    path = DATA / "wp_post.json"

    record = read_file(path)[0]

    assert record.byline == "Marta Sousa"
    assert record.categories == ("Transport",)
    assert record.tags == ("Ferries", "Storms & Weather")


def test_post_without_embedded_has_no_names_invented():
    path = DATA / "wp_list.json"

    record = read_file(path)[1]

    assert record.byline == ""
    assert record.categories == ()
    assert record.tags == ()


def test_content_html_becomes_paragraphs_without_markup_or_scripts():
    path = DATA / "wp_post.json"

    record = read_file(path)[0]

    paragraphs = record.text.split("\n\n")
    assert paragraphs[0].startswith("LISBON, Portugal — Coastal ferries")
    assert "Earlier storms had damaged two piers." in paragraphs[1]
    assert "trackReader" not in record.text
    assert "<" not in record.text
    assert "\xa0" not in record.text


def test_list_items_become_one_paragraph_each():
    path = DATA / "wp_post.json"

    record = read_file(path)[0]

    assert "Repairs to the northern pier will continue until May." in record.text.split("\n\n")


def test_display_html_is_sanitized():
    path = DATA / "wp_post.json"

    record = read_file(path)[0]

    assert "<script" not in record.display_html
    assert "onclick" not in record.display_html
    assert "style=" not in record.display_html
    assert "javascript:" not in record.display_html
    assert '<a href="https://harbourtimes.example/storms"' in record.display_html


def test_list_of_posts_gives_one_record_per_post_in_order():
    path = DATA / "wp_list.json"

    records = read_file(path)

    assert [r.external_id for r in records] == ["610", "611"]
    assert records[0].categories == ("Local", "Infrastructure")


def test_raw_of_a_list_item_is_that_posts_json_verbatim():
    path = DATA / "wp_list.json"
    text = path.read_text(encoding="utf-8")

    records = read_file(path)

    assert records[0].raw in text
    assert json.loads(records[0].raw)["id"] == 610
    assert json.loads(records[1].raw)["id"] == 611


def test_raw_of_a_single_post_is_the_whole_payload():
    path = DATA / "wp_post.json"

    record = read_file(path)[0]

    assert record.raw == path.read_text(encoding="utf-8")


def test_yoast_site_name_is_used_as_outlet_when_present():
    post = {
        "id": 1,
        "link": "https://www.example.org/a/",
        "title": {"rendered": "A title here"},
        "content": {"rendered": "<p>Some article text for the record.</p>"},
        "yoast_head_json": {"og_site_name": "Example Gazette", "author": "Ana Lima"},
    }

    record = read_source(json.dumps(post).encode(), source="post.json")[0]

    assert record.outlet == "Example Gazette"
    assert record.byline == "Ana Lima"
