"""One resolution everywhere: `extract --json` and the database run pin every mention alike.

The database run is the real one: `ingest` (extraction stores each mention's in-context
resolution on its place) then `geocode` (the job keeps it). Read on the real seeds and on every
saved news page of the Article Extraction Benchmark (through the HTML reader); the benchmark's
two runs are the session's (`aeb_extract_json`, `aeb_ingest_walk` in conftest.py), which
tests/test_aeb_pages.py checks too.
"""

import json
from contextlib import suppress
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from tests.conftest import corpus_walk_once
from tests.corpora import Positions, stored_positions

pytestmark = [pytest.mark.django_db, corpus_walk_once]


def _positions(json_lines: str) -> Positions:
    """Every mention's coordinates in `extract --json` output."""
    found: Positions = {}
    for line in json_lines.splitlines():
        item = json.loads(line)
        for place in item["places"]:
            position = (place["latitude"], place["longitude"])
            key = (item["text"], place["start"], place["end"])
            found[key] = None if position == (None, None) else position
    return found


def _extracted(files: list[Path]) -> tuple[Positions, list[Path]]:
    """Every mention's coordinates from `extract --json`, and the pages it got through."""
    found, readable = {}, []
    for file in files:
        out = StringIO()
        with suppress(CommandError):  # a page with no article text: ingestion refuses it too
            call_command("extract", str(file), "--json", stdout=out, stderr=StringIO())
        readable.append(file)
        found |= _positions(out.getvalue())
    return found, readable


def _stored(files: list[Path]) -> Positions:
    for file in files:
        with suppress(CommandError):  # the pages extract refused
            call_command("ingest", str(file), verbosity=0, stderr=StringIO())
    call_command("geocode", verbosity=0)
    return stored_positions()


def test_the_seeds_mentions_have_the_same_coordinates_in_extract_and_in_the_database(seeds_dir):
    files = sorted(p for p in seeds_dir.iterdir() if p.is_file())

    extracted, readable = _extracted(files)
    stored = _stored(readable)

    assert extracted
    assert readable == files
    assert stored == extracted


def test_news_pages_mentions_have_the_same_coordinates_in_extract_and_in_the_database(
    aeb_pages, aeb_extract_json, aeb_ingest_walk
):
    extracted = _positions(aeb_extract_json.out)
    readable = sorted({json.loads(line)["file"] for line in aeb_extract_json.out.splitlines()})
    stored = aeb_ingest_walk.positions

    assert len(readable) == len(aeb_pages)
    assert stored == extracted
