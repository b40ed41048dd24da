"""Texts too long to extract (spaCy stops at 1,000,000 characters and needed 409 s and 3.5 GB
for 950 KB) are refused on the way in with a clear message, never a traceback or a hang."""

import io
import time

import pytest
from django.core.management import CommandError, call_command

from stories.extraction.nlp import get_nlp
from stories.ingestion.readers import read_source
from stories.ingestion.records import IngestionError
from stories.limits import MAX_TEXT_CHARS
from tests.factories import FERRY_STORY


def long_text(chars: int) -> str:
    """Distinct paragraphs of prose (repeated ones would be dropped as page furniture)."""
    count = chars // len(FERRY_STORY) + 1
    paragraphs = "\n\n".join(f"Report {n}: {FERRY_STORY}" for n in range(count))
    return paragraphs[:chars].rsplit(" ", 1)[0] + "."


@pytest.mark.parametrize("chars", [950_000, 1_200_000])
def test_a_text_over_the_cap_is_refused_with_its_size_and_the_limit(chars):
    with pytest.raises(IngestionError) as caught:
        read_source(long_text(chars).encode(), source="long.txt")

    assert f"{MAX_TEXT_CHARS:,}" in caught.value.problem
    assert "too long" in caught.value.problem


def test_a_text_at_the_cap_is_read():
    [record] = read_source(long_text(MAX_TEXT_CHARS - 1000).encode(), source="long.txt")

    assert len(record.text) <= MAX_TEXT_CHARS


@pytest.mark.django_db
def test_the_ingest_command_reports_an_overlong_text_as_one_failed_source(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text(long_text(1_200_000))
    out, err = io.StringIO(), io.StringIO()

    with pytest.raises(CommandError, match="1 of 1 sources failed"):
        call_command("ingest", str(path), stdout=out, stderr=err)

    assert "failed 1" in out.getvalue()
    assert "article text too long to extract" in err.getvalue()


def test_spacy_itself_refuses_an_overlong_text_at_once():
    nlp = get_nlp()
    started = time.monotonic()

    with pytest.raises(ValueError, match="E088"):
        nlp(long_text(MAX_TEXT_CHARS + 1000))

    assert time.monotonic() - started < 5
