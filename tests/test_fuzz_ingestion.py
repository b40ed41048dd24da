"""Arbitrary payloads through ingestion into the database: whole articles or an IngestionError.

Whatever bytes, JSON or HTML arrive, `ingest_bytes` either stores complete articles (text, a
story, their similarity buckets) or raises `IngestionError` and stores nothing for the article
that failed; never another exception, never half an article.
"""

import json

import pytest
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stories.ingestion.records import IngestionError
from stories.ingestion.services import ingest_bytes
from stories.models import Article, ShingleBucket
from tests.fuzzing import examples

pytestmark = [pytest.mark.django_db, pytest.mark.fuzz]

FUZZ = settings(
    max_examples=examples(60),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">x</a>',
    "<svg onload=alert(1)>",
    "{{ 7|add:7 }} {% now 'Y' %}",
    "\x00\ufeff\u202e",
]
words = st.text(
    alphabet=st.characters(blacklist_categories=["Cs"]), min_size=0, max_size=80
) | st.sampled_from(HOSTILE)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | words,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(words, children, max_size=4),
    max_leaves=12,
)
wordpress_posts = st.fixed_dictionaries(
    {
        "title": st.fixed_dictionaries({"rendered": words}) | words,
        "content": st.fixed_dictionaries({"rendered": words}) | words,
        "link": st.sampled_from(["https://news.example/a", "javascript:alert(1)", "", "ftp://x"]),
        "date": st.sampled_from(["2024-03-01T10:00:00", "not a date", "", "9999-99-99"]),
    }
)
html_documents = st.builds(
    lambda title, paragraphs: (
        f"<html><head><title>{title}</title></head><body><article>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article></body></html>"
    ),
    words,
    st.lists(words, max_size=6),
)


def assert_whole_articles_or_ingestion_error(data: bytes, format: str = "auto") -> None:
    """Ingest inside a rolled-back transaction, checking what it left behind."""
    with transaction.atomic():
        before = set(Article.objects.values_list("pk", flat=True))
        try:
            results = ingest_bytes(data, source="fuzz", format=format)
        except IngestionError:
            results = []
        stored = Article.objects.exclude(pk__in=before)
        assert stored.count() == len({result.article.pk for result in results})
        for article in stored:
            assert article.text.strip()
            assert article.story_id is not None
            assert ShingleBucket.objects.filter(article=article).exists()
        transaction.set_rollback(True)


@FUZZ
@given(
    prefix=st.sampled_from([b"", b"{", b"[", b"<", b"<rss><channel><item>", b"\xef\xbb\xbf"]),
    body=st.binary(max_size=600),
)
def test_random_bytes_store_whole_articles_or_raise_ingestion_error(prefix, body):
    assert_whole_articles_or_ingestion_error(prefix + body)


@FUZZ
@given(value=json_values | wordpress_posts | st.lists(wordpress_posts, max_size=3))
def test_random_json_stores_whole_articles_or_raises_ingestion_error(value):
    assert_whole_articles_or_ingestion_error(json.dumps(value).encode())


@FUZZ
@given(document=html_documents, format=st.sampled_from(["auto", "html", "text"]))
def test_random_html_stores_whole_articles_or_raises_ingestion_error(document, format):
    assert_whole_articles_or_ingestion_error(document.encode(), format)
