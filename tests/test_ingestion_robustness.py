"""Arbitrary input never crashes a reader: records or an IngestionError."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stories.ingestion.readers import read_source
from stories.ingestion.records import IngestionError
from tests.fuzzing import examples

pytestmark = pytest.mark.fuzz

PREFIXES = [b"", b"{", b"[", b"<", b"<?xml version='1.0'?><rss><channel><item>", b"<html><p>"]


def outcome(data: bytes, format: str = "auto") -> str:
    try:
        records = read_source(data, source="fuzz", format=format)
    except IngestionError as error:
        assert "\n" not in str(error)
        return "error"
    assert all(record.text or record.input_format == "feed" for record in records)
    return "records"


@settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prefix=st.sampled_from(PREFIXES), body=st.binary(max_size=400))
def test_random_bytes_give_records_or_ingestion_error(prefix, body):
    data = prefix + body

    result = outcome(data)

    assert result in {"records", "error"}


@settings(max_examples=examples(200), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.text(max_size=600),
    format=st.sampled_from(["auto", "text", "html", "wordpress", "feed"]),
)
def test_random_text_in_every_format_gives_records_or_ingestion_error(text, format):
    data = text.encode("utf-8")

    result = outcome(data, format)

    assert result in {"records", "error"}
