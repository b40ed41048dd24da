"""Every page of the Article Extraction Benchmark (../shared/eval/aeb) goes through `ingest` and
`extract --json` with no traceback and none refused: each has an article body, whatever its
language, layout or publication-date markup.

The pages are real news and blog pages from many sites; they are read from ../shared, never
copied into the repository. Without ../shared the test is skipped locally and fails in CI.
Both walks run once per session (`aeb_ingest_walk`, `aeb_extract_json` in conftest.py), and
tests/test_place_consistency.py reads the same runs.
"""

import json

import pytest

from tests.conftest import corpus_walk_once


@pytest.mark.django_db
def test_every_benchmark_page_is_ingested_and_extracted(aeb_pages, aeb_ingest_walk):
    walk = aeb_ingest_walk

    assert walk.error is None, walk.err
    assert "failed 0" in walk.out, walk.err
    assert walk.articles == len(aeb_pages)


@corpus_walk_once
def test_every_benchmark_page_extracts_to_json(aeb_pages, aeb_extract_json):
    run = aeb_extract_json

    lines = [json.loads(line) for line in run.out.splitlines()]
    assert run.error is None, run.err
    assert run.err == ""
    assert sorted(line["file"] for line in lines) == sorted(map(str, aeb_pages))
    assert all(line["text"] for line in lines)
