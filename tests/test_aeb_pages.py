"""Every page of the Article Extraction Benchmark (../shared/eval/aeb) goes through `ingest` and
`extract --json` with no traceback and none refused: each has an article body, whatever its
language, layout or publication-date markup.

The pages are real news and blog pages from many sites; they are read from ../shared, never
copied into the repository. Without ../shared the test is skipped locally and fails in CI.
"""

import gzip
import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command

from stories.models import Article
from tests.conftest import REPO_ROOT, corpus_walk_once, require_shared

AEB_DIR = REPO_ROOT.parent / "shared" / "eval" / "aeb"


@pytest.fixture(scope="module")
def aeb_pages(tmp_path_factory) -> list[Path]:
    """The benchmark's pages, decompressed into a temporary directory as .html files."""
    html_dir = require_shared(AEB_DIR / "html")
    target = tmp_path_factory.mktemp("aeb")
    pages = []
    for packed in sorted(html_dir.glob("*.html.gz")):
        page = target / packed.name.removesuffix(".gz")
        page.write_bytes(gzip.decompress(packed.read_bytes()))
        pages.append(page)
    assert pages, f"{html_dir} holds no pages"
    return pages


@pytest.mark.django_db
def test_every_benchmark_page_is_ingested_and_extracted(aeb_pages):
    out, err = io.StringIO(), io.StringIO()

    call_command("ingest", str(aeb_pages[0].parent), stdout=out, stderr=err)

    assert "failed 0" in out.getvalue(), err.getvalue()
    assert Article.objects.count() == len(aeb_pages)


@corpus_walk_once
def test_every_benchmark_page_extracts_to_json(aeb_pages):
    out, err = io.StringIO(), io.StringIO()

    call_command("extract", *map(str, aeb_pages), "--json", stdout=out, stderr=err)

    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert err.getvalue() == ""
    assert sorted(line["file"] for line in lines) == sorted(map(str, aeb_pages))
    assert all(line["text"] for line in lines)
