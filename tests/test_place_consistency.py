"""One resolution everywhere: `extract --json` and the database run pin every mention alike.

The database run is the real one: `ingest` (extraction stores each mention's in-context
resolution on its place) then `geocode` (the job keeps it). Read on the real seeds and on every
saved news page of the Article Extraction Benchmark (through the HTML reader).
"""

import gzip
import json
from contextlib import suppress
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from stories.models import Mention
from tests.conftest import REPO_ROOT, corpus_walk_once, require_shared

pytestmark = [pytest.mark.django_db, corpus_walk_once]

AEB_HTML = REPO_ROOT.parent / "shared" / "eval" / "aeb" / "html"


def _extracted(files: list[Path]) -> tuple[dict, list[Path]]:
    """Every mention's coordinates from `extract --json`, and the pages it got through."""
    found, readable = {}, []
    for file in files:
        out = StringIO()
        with suppress(CommandError):  # a page with no article text: ingestion refuses it too
            call_command("extract", str(file), "--json", stdout=out, stderr=StringIO())
        readable.append(file)
        for line in out.getvalue().splitlines():
            item = json.loads(line)
            for place in item["places"]:
                position = (place["latitude"], place["longitude"])
                key = (item["text"], place["start"], place["end"])
                found[key] = None if position == (None, None) else position
    return found, readable


def _stored(files: list[Path]) -> dict[tuple[str, int, int], tuple | None]:
    for file in files:
        with suppress(CommandError):  # the pages extract refused
            call_command("ingest", str(file), verbosity=0, stderr=StringIO())
    call_command("geocode", verbosity=0)
    found = {}
    for mention in Mention.objects.select_related("place", "article"):
        place = mention.place
        position = (place.latitude, place.longitude)
        key = (mention.article.text, mention.start, mention.end)
        found[key] = None if position == (None, None) else position
    return found


def test_the_seeds_mentions_have_the_same_coordinates_in_extract_and_in_the_database(seeds_dir):
    files = sorted(p for p in seeds_dir.iterdir() if p.is_file())

    extracted, readable = _extracted(files)
    stored = _stored(readable)

    assert extracted
    assert readable == files
    assert stored == extracted


def test_news_pages_mentions_have_the_same_coordinates_in_extract_and_in_the_database(tmp_path):
    pages = sorted(require_shared(AEB_HTML).glob("*.html.gz"))
    files = []
    for page in pages:
        target = tmp_path / page.name.removesuffix(".gz")
        target.write_bytes(gzip.decompress(page.read_bytes()))
        files.append(target)

    extracted, readable = _extracted(files)
    stored = _stored(readable)

    assert len(readable) == len(files)
    assert stored == extracted
