"""Every URL the app emits passes the scheme allow-list (http, https): a page's `javascript:` or
`data:` link never reaches an export, the API or an href."""

import json

import pytest
from django.urls import reverse

from stories.weblinks import safe_url
from tests.browser.story_seed import make_seed_story

pytestmark = pytest.mark.django_db

HOSTILE_URLS = [
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    " JaVa\tscript:x",
]


@pytest.fixture
def seed():
    return make_seed_story()


def _hostile_source(seed, url: str):
    article = seed.events["docks"].sources.first().article
    article.canonical_url = url
    article.save()
    return seed.events["docks"]


def _urls(sources: list[dict]) -> list[str | None]:
    return [source["url"] for source in sources]


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_geojson_sources_carry_no_non_web_url(client, seed, url):
    event = _hostile_source(seed, url)

    response = client.get(reverse("stories:events_geojson", kwargs={"slug": seed.story.slug}))

    [feature] = [
        f for f in json.loads(response.content)["features"] if f["properties"]["id"] == event.pk
    ]
    assert _urls(feature["properties"]["sources"]) == [None]


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_api_sources_carry_no_non_web_url(client, seed, url):
    event = _hostile_source(seed, url)

    response = client.get(reverse("stories:api_event", kwargs={"event_id": event.pk}))

    assert _urls(json.loads(response.content)["sources"]) == [None]


def test_csv_source_urls_carry_no_non_web_url(client, seed):
    _hostile_source(seed, "javascript:alert(1)")

    response = client.get(reverse("stories:events_csv", kwargs={"slug": seed.story.slug}))

    assert "javascript:" not in response.content.decode()


@pytest.mark.parametrize("url", ["https://news.example/a", "HTTP://news.example/a"])
def test_web_urls_pass_the_allow_list(url):
    assert safe_url(url) == url


@pytest.mark.parametrize("url", [*HOSTILE_URLS, "vbscript:x", "//news.example/a", "", None])
def test_everything_else_is_refused(url):
    assert safe_url(url) is None
