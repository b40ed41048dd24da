"""The oEmbed provider (oembed.com) and the discovery tag on story pages."""

import re
from html import unescape
from urllib.parse import urlencode

import pytest
from django.urls import reverse

from tests.browser.story_seed import make_seed_story

pytestmark = pytest.mark.django_db


@pytest.fixture
def seed():
    return make_seed_story()


def story_url(seed, suffix: str = "") -> str:
    return f"http://testserver{seed.story.get_absolute_url()}{suffix}"


def embed_url(seed, query: str = "") -> str:
    path = reverse("stories:embed", kwargs={"slug": seed.story.slug})
    return f"http://testserver{path}{query}"


def oembed(client, **params):
    return client.get(f"{reverse('stories:oembed')}?{urlencode(params)}")


def iframe_src(html: str) -> str:
    return unescape(re.search(r'<iframe src="([^"]+)"', html).group(1))


def test_a_story_url_gets_a_rich_embed(client, seed):
    answer = oembed(client, url=story_url(seed), format="json").json()

    assert answer["version"] == "1.0"
    assert answer["type"] == "rich"
    assert answer["provider_name"] == "Newsmap"
    assert answer["title"] == seed.story.title
    assert isinstance(answer["width"], int) and isinstance(answer["height"], int)


def test_the_html_frames_the_storys_embed(client, seed):
    answer = oembed(client, url=story_url(seed)).json()

    assert iframe_src(answer["html"]) == embed_url(seed)
    assert f'height="{answer["height"]}"' in answer["html"]


def test_the_title_is_escaped_inside_the_html_attribute(client, seed):
    answer = oembed(client, url=story_url(seed)).json()

    assert 'title="Map: Storm-delayed ferry &lt;reaches&gt; Harbor City"' in answer["html"]
    assert "<reaches>" not in answer["html"]


def test_an_embed_url_keeps_its_options(client, seed):
    answer = oembed(client, url=embed_url(seed, "?view=both&interactive=0")).json()

    assert iframe_src(answer["html"]) == embed_url(seed, "?view=both&interactive=0")


def test_a_story_urls_filters_and_event_fragment_carry_over(client, seed):
    event = seed.events["docks"]

    answer = oembed(client, url=story_url(seed, f"?start=2024-05-13#event-{event.pk}")).json()

    assert iframe_src(answer["html"]) == embed_url(seed, f"?from=2024-05-13&event={event.pk}")


def test_maxheight_is_never_exceeded(client, seed):
    answer = oembed(client, url=story_url(seed), maxheight="300").json()

    assert answer["height"] <= 300
    assert f'height="{answer["height"]}"' in answer["html"]


def test_maxwidth_is_never_exceeded(client, seed):
    answer = oembed(client, url=story_url(seed), maxwidth="320").json()

    assert answer["width"] <= 320
    assert 'width="320"' in answer["html"]


def test_an_unknown_story_is_404(client, seed):
    response = oembed(client, url="http://testserver/stories/no-such-story/")

    assert response.status_code == 404


def test_another_sites_url_is_404(client, seed):
    response = oembed(client, url=f"https://elsewhere.example{seed.story.get_absolute_url()}")

    assert response.status_code == 404


def test_a_page_that_is_not_a_story_is_404(client, seed):
    response = oembed(client, url="http://testserver/")

    assert response.status_code == 404


def test_format_xml_is_501(client, seed):
    response = oembed(client, url=story_url(seed), format="xml")

    assert response.status_code == 501


def test_a_missing_url_is_400(client):
    response = oembed(client, format="json")

    assert response.status_code == 400


def test_the_story_page_carries_the_discovery_tag(client, seed):
    html = client.get(seed.story.get_absolute_url()).text

    tag = re.search(r'<link rel="alternate" type="application/json\+oembed" href="([^"]+)"', html)
    href = unescape(tag.group(1))
    assert client.get(href).json()["type"] == "rich"
