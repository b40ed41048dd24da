"""The two real seed articles from ../shared/seeds (never copied into the repo).

Assertions are generic on purpose: they describe what clean text looks like
(starts at the dateline, no furniture lines) without quoting the seeds.
"""

import json
import os
import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from stories.ingestion.readers import read_file

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
FURNITURE_HEADINGS = {"related", "related story", "related stories", "trending", "top videos"}


def seed(prefix: str) -> Path:
    """The seed file, skipped locally when absent but a failure in CI."""
    matches = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if matches:
        return matches[0]
    message = f"seed {prefix}_*.txt missing from {SEEDS}"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


def raw_lines(raw: str) -> list[str]:
    """The raw page's lines with whitespace runs collapsed, as the reader does."""
    return [" ".join(line.split()) for line in raw.splitlines()]


def test_scraped_seed_clean_text_starts_with_the_dateline_lede():
    path = seed("000")

    record = read_file(path)[0]

    first = paragraphs(record.text)[0]
    assert record.input_format == "text"
    assert first.startswith("SEOUL")
    assert first.endswith(".")


def test_scraped_seed_repeated_lede_is_kept_once():
    path = seed("000")

    record = read_file(path)[0]

    first = paragraphs(record.text)[0]
    assert paragraphs(record.text).count(first) == 1
    assert raw_lines(record.raw).count(first) == 2


def test_scraped_seed_has_no_short_unpunctuated_lines():
    path = seed("000")

    record = read_file(path)[0]

    offenders = [
        line
        for line in record.text.splitlines()
        if line and len(line.split()) < 4 and not re.search("[.!?][\"'\u201d\u2019)]*$", line)
    ]
    assert offenders == []


def test_scraped_seed_has_no_furniture_headings_or_teasers():
    path = seed("000")

    record = read_file(path)[0]

    lines = [line for line in record.text.splitlines() if line]
    assert not [line for line in lines if line.casefold() in FURNITURE_HEADINGS]
    assert not [line for line in lines if line.isupper()]
    assert not [line for line in lines if line.endswith(("...", "…"))]


def test_scraped_seed_text_ends_with_the_story_not_the_link_lists():
    path = seed("000")

    record = read_file(path)[0]

    last = paragraphs(record.text)[-1]
    assert last.endswith(".")
    assert len(last.split()) > 15


def test_scraped_seed_title_is_the_headline_line_above_the_lede():
    path = seed("000")

    record = read_file(path)[0]

    lines = raw_lines(record.raw)
    lede_line = lines.index(paragraphs(record.text)[0])
    assert record.title in lines[:lede_line]
    assert len(record.title.split()) >= 4
    assert not record.title.endswith(".")
    assert record.title not in record.text


def test_scraped_seed_byline_is_taken_out_of_the_text():
    path = seed("000")

    record = read_file(path)[0]

    assert record.byline
    assert f"By {record.byline}" in record.raw
    assert f"By {record.byline}" not in record.text


def test_scraped_seed_has_no_publication_date():
    path = seed("000")

    record = read_file(path)[0]

    assert record.published is None


def test_wordpress_seed_is_detected_by_content_despite_txt_name():
    path = seed("001")

    record = read_file(path)[0]

    assert record.input_format == "wordpress"


def test_wordpress_seed_published_on_2023_09_12_utc():
    path = seed("001")

    record = read_file(path)[0]

    assert record.published == datetime(2023, 9, 12, 14, 43, 59, tzinfo=UTC)  # its date_gmt
    assert record.published_day == date(2023, 9, 12)


def test_wordpress_seed_title_is_the_decoded_rendered_title():
    path = seed("001")
    post = json.loads(path.read_text(encoding="utf-8"))

    record = read_file(path)[0]

    assert record.title == post["title"]["rendered"].strip()
    assert "&#" not in record.title


def test_wordpress_seed_text_starts_with_the_dateline_and_has_no_html():
    path = seed("001")

    record = read_file(path)[0]

    assert record.text.startswith("SEOUL")
    assert "<" not in record.text
    assert "style=" not in record.text


def test_wordpress_seed_display_html_has_no_inline_styles():
    path = seed("001")

    record = read_file(path)[0]

    assert "<p>" in record.display_html
    assert "style=" not in record.display_html


def test_wordpress_seed_raw_is_the_file_verbatim():
    path = seed("001")

    record = read_file(path)[0]

    assert record.raw == path.read_text(encoding="utf-8-sig")
