"""A page's claimed canonical URL decides which stored article it is only when the page's own
host (or a declared alias of its outlet) stands behind it: one outlet cannot overwrite another's."""

import json

import pytest

from stories.ingestion.services import Outcome, ingest_record, ingest_source
from stories.models import Article
from tests.factories import FERRY_STORY, SCHOOL_STORY, make_record

pytestmark = pytest.mark.django_db

AP_URL = "https://apnews.com/article/ferry-docks"


def page(canonical: str, text: str = SCHOOL_STORY) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
    return (
        f'<html><head><title>A page</title><link rel="canonical" href="{canonical}"></head>'
        f"<body><article><h1>A page</h1>{paragraphs}</article></body></html>"
    ).encode()


@pytest.fixture
def fetched(settings, loopback):
    """Ingest what the loopback server answers at a path, as `ingest <url>` does."""
    settings.INGEST_ALLOW_PRIVATE_URLS = True

    def ingest(path: str, body: bytes, content_type: str = "text/html") -> Article:
        loopback.routes[path] = (200, content_type, body)
        [result] = ingest_source(loopback.url(path))
        return result.article

    return ingest


@pytest.fixture
def ap_article() -> Article:
    return ingest_record(make_record(canonical_url=AP_URL)).article


def test_a_page_claiming_another_hosts_canonical_does_not_replace_that_article(fetched, ap_article):
    fetched("/copy", page(AP_URL))

    ap_article.refresh_from_db()
    assert ap_article.text == FERRY_STORY
    assert Article.objects.count() == 2


def test_a_foreign_canonical_claim_is_recorded_and_not_used_for_identity(fetched, ap_article):
    article = fetched("/copy", page(AP_URL))

    assert article.claimed_canonical_url == AP_URL
    assert article.canonical_url != AP_URL


def test_a_canonical_on_the_pages_own_host_is_trusted(fetched, loopback):
    own = loopback.url("/world/the-article")

    article = fetched("/world/the-article?utm_source=x", page(own))

    assert article.canonical_url == own
    assert article.claimed_canonical_url == ""


def test_a_canonical_on_a_declared_alias_of_the_outlet_is_trusted(fetched, settings, loopback):
    settings.INGEST_HOST_ALIASES = [["127.0.0.1", "apnews.com"]]

    article = fetched("/mirror", page(AP_URL))

    assert article.canonical_url == AP_URL


def test_a_wordpress_post_linking_to_another_host_is_not_that_hosts_article(fetched, ap_article):
    post = {"id": 7, "link": AP_URL, "title": {"rendered": "Copy"}}
    post["content"] = {"rendered": "".join(f"<p>{p}</p>" for p in SCHOOL_STORY.split("\n\n"))}

    article = fetched("/wp-json/wp/v2/posts/7", json.dumps(post).encode(), "application/json")

    ap_article.refresh_from_db()
    assert ap_article.text == FERRY_STORY
    assert article.claimed_canonical_url == AP_URL


def test_a_feed_entry_linking_to_another_host_is_not_that_hosts_article(fetched, ap_article):
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title><item>'
        f"<title>Copy</title><link>{AP_URL}</link><description>{SCHOOL_STORY}</description>"
        "</item></channel></rss>"
    ).encode()

    article = fetched("/feed.xml", feed, "application/rss+xml")

    ap_article.refresh_from_db()
    assert ap_article.text == FERRY_STORY
    assert article.claimed_canonical_url == AP_URL


def test_a_local_file_is_vouched_for_by_whoever_ingests_it(tmp_path):
    path = tmp_path / "saved.html"
    path.write_bytes(page(AP_URL))

    [result] = ingest_source(str(path))

    assert result.article.canonical_url == AP_URL
    assert result.outcome == Outcome.CREATED


def test_text_already_stored_under_another_url_updates_that_article_without_a_clash():
    first = ingest_record(make_record(canonical_url="", text=FERRY_STORY))
    ingest_record(make_record(canonical_url=AP_URL, text=SCHOOL_STORY))

    again = ingest_record(make_record(canonical_url=AP_URL, text=FERRY_STORY))

    assert again.article.pk == first.article.pk
    assert Article.objects.count() == 2
