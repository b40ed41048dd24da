"""A placeholder publication date (0001-01-01, anything before 1900) is no date: the reader
refuses it and falls back to the page's next date source, or to none."""

from datetime import UTC, datetime

import pytest

from stories.ingestion.readers import read_source
from stories.ingestion.records import parse_datetime

BODY = "".join(
    f"<p>Paragraph {i} of a long enough story about the harbour works in Gdansk, "
    "which the city says will finish next spring after several delays.</p>"
    for i in range(6)
)


def page(head: str) -> bytes:
    return f"<html><head>{head}</head><body><article>{BODY}</article></body></html>".encode()


@pytest.mark.parametrize(
    "value", ["0001-01-01T00:00:00+00:00", "0001-01-01T00:00:00+01:00", "1899-12-31", "0001-01-01"]
)
def test_a_placeholder_date_is_no_date(value):
    assert parse_datetime(value) is None


def test_a_real_date_still_parses():
    assert parse_datetime("2019-11-18T10:00:00Z") == datetime(2019, 11, 18, 10, tzinfo=UTC)


def test_a_page_falls_back_from_a_placeholder_to_its_next_date_source():
    head = (
        '<meta property="article:published_time" content="0001-01-01T00:00:00+00:00">'
        '<script type="application/ld+json">{"datePublished": "2019-11-18T10:00:00Z"}</script>'
    )

    [record] = read_source(page(head), source="p.html")

    assert record.published == datetime(2019, 11, 18, 10, tzinfo=UTC)


def test_a_page_with_only_a_placeholder_date_is_undated():
    head = '<meta property="article:published_time" content="0001-01-01T00:00:00+01:00">'

    [record] = read_source(page(head), source="p.html")

    assert record.published is None
