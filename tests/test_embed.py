"""The embed page and its snippet, without a browser: framing rules, options, escaping."""

import json
import re

import pytest
from django.http import QueryDict
from django.urls import reverse

from stories.views.embed_options import CHROME_HEIGHT, DEFAULT_HEIGHT, EmbedOptions
from tests.browser.story_seed import make_seed_story

pytestmark = pytest.mark.django_db


@pytest.fixture
def seed():
    return make_seed_story()


def embed(client, seed, query: str = ""):
    return client.get(reverse("stories:embed", kwargs={"slug": seed.story.slug}) + query)


def frame_ancestors(response) -> str:
    """The CSP's frame-ancestors directive (the rest of the policy is tests/test_security.py's)."""
    directives = [d.strip() for d in response.headers["Content-Security-Policy"].split(";")]
    return next(d for d in directives if d.startswith("frame-ancestors "))


def blob(html: str, element_id: str):
    match = re.search(rf'<script id="{element_id}" type="application/json">(.*?)</script>', html)
    return json.loads(match.group(1))


# ---- framing ------------------------------------------------------------------------------------


def test_the_embed_may_be_framed_by_any_origin_by_default(client, seed):
    response = embed(client, seed)

    assert frame_ancestors(response) == "frame-ancestors *"
    assert "X-Frame-Options" not in response.headers


def test_the_embed_is_framed_only_by_the_configured_origins(client, seed, settings):
    settings.EMBED_FRAME_ANCESTORS = ["https://news.example", "https://*.news.example"]

    response = embed(client, seed)

    assert frame_ancestors(response) == (
        "frame-ancestors https://news.example https://*.news.example"
    )


@pytest.mark.parametrize("name", ["story", "map_data", "events_geojson"])
def test_other_pages_refuse_framing(client, seed, name):
    response = client.get(reverse(f"stories:{name}", kwargs={"slug": seed.story.slug}))

    assert response.headers["X-Frame-Options"] == "DENY"
    assert frame_ancestors(response) == "frame-ancestors 'none'"


def test_the_front_page_refuses_framing(client):
    response = client.get(reverse("stories:index"))

    assert frame_ancestors(response) == "frame-ancestors 'none'"


# ---- the page -----------------------------------------------------------------------------------


def test_the_embed_has_no_site_chrome(client, seed):
    html = embed(client, seed).text

    assert 'class="site-header"' not in html
    assert 'id="filters"' not in html


def test_links_in_the_embed_open_outside_the_frame(client, seed):
    html = embed(client, seed).text

    assert '<base target="_blank">' in html


def test_the_map_view_has_a_map_and_no_chronology(client, seed):
    html = embed(client, seed, "?view=map").text

    assert 'class="folium-map"' in html
    assert 'id="chronology"' not in html


def test_the_timeline_view_has_a_chronology_and_no_map(client, seed):
    html = embed(client, seed, "?view=timeline").text

    assert 'id="chronology"' in html
    assert 'class="folium-map"' not in html


def test_both_shows_map_and_chronology(client, seed):
    html = embed(client, seed, "?view=both").text

    assert 'class="folium-map"' in html
    assert 'id="chronology"' in html


def test_the_height_option_sets_the_panels_height(client, seed):
    html = embed(client, seed, "?height=300").text

    assert "--embed-height: 300px" in html


def test_dates_and_place_narrow_the_events(client, seed):
    html = embed(client, seed, "?from=2025-01-01&to=2025-12-31").text

    places = blob(html, "filter-result")["places"]
    assert places == {
        str(seed.places["harbor"].pk): [1, 0, 0, 1],
        str(seed.places["eastport"].pk): [1, 0, 0, 1],
    }


def test_the_event_option_opens_the_map_on_that_event(client, seed):
    event = seed.events["docks"]

    html = embed(client, seed, f"?event={event.pk}").text

    assert blob(html, "map-settings")["eventId"] == event.pk


def test_interactive_0_gives_a_map_readers_cannot_move(client, seed):
    html = embed(client, seed, "?interactive=0").text

    assert blob(html, "map-settings")["interactive"] is False
    assert '"dragging": false' in html
    assert '"zoomControl": false' in html


def test_basemap_none_loads_no_tiles(client, seed):
    html = embed(client, seed, "?basemap=none").text

    assert "L.tileLayer" not in html


def test_a_configured_basemap_can_be_chosen(client, seed, settings):
    settings.EMBED_BASEMAPS = {
        "light": {"url": "https://light.example/{z}/{x}/{y}.png", "attribution": "Light tiles"}
    }

    html = embed(client, seed, "?basemap=light").text

    assert "https://light.example/{z}/{x}/{y}.png" in html


def test_a_basemap_without_an_attribution_is_not_offered(client, seed, settings):
    settings.EMBED_BASEMAPS = {"light": {"url": "https://light.example/{z}/{x}/{y}.png"}}

    html = embed(client, seed, "?basemap=light").text

    assert "https://light.example/" not in html


def test_the_title_is_escaped_in_the_embed(client, seed):
    html = embed(client, seed, "?view=both").text

    assert "<reaches>" not in html
    assert "Storm-delayed ferry &lt;reaches&gt; Harbor City" in html


def test_an_unknown_story_has_no_embed(client):
    response = client.get(reverse("stories:embed", kwargs={"slug": "no-such-story"}))

    assert response.status_code == 404


# ---- options ------------------------------------------------------------------------------------


def test_bad_options_fall_back_to_their_defaults():
    options = EmbedOptions.from_query(
        QueryDict("view=globe&height=tall&from=yesterday&place=x&basemap=mars")
    )

    assert options == EmbedOptions()


def test_the_height_is_kept_within_bounds():
    assert EmbedOptions.from_query(QueryDict("height=5")).height == 150
    assert EmbedOptions.from_query(QueryDict("height=99999")).height == 2000


def test_options_write_only_what_differs_from_the_defaults():
    options = EmbedOptions.from_query(
        QueryDict("view=map&height=300&interactive=0&from=2024-05-01")
    )

    assert options.query() == "height=300&from=2024-05-01&interactive=0"


def test_options_survive_a_round_trip_through_the_query_string():
    options = EmbedOptions.from_query(QueryDict("view=both&to=2024-06-01&place=3&event=9"))

    assert EmbedOptions.from_query(QueryDict(options.query())) == options


# ---- the snippet and the dialog -----------------------------------------------------------------


def dialog_snippet(client, seed) -> str:
    html = client.get(seed.story.get_absolute_url()).text
    return re.search(r'<textarea id="embed-snippet"[^>]*>(.*?)</textarea>', html, re.S).group(1)


def test_the_story_page_offers_the_snippet_in_its_embed_dialog(client, seed):
    snippet = dialog_snippet(client, seed)

    assert "&lt;iframe src=&quot;http://testserver/embed/stories/ferry-storm/&quot;" in snippet


def test_the_snippet_asks_for_the_embeds_height(client, seed):
    snippet = dialog_snippet(client, seed)

    assert f"height=&quot;{DEFAULT_HEIGHT + CHROME_HEIGHT}&quot;" in snippet


def test_the_snippet_escapes_the_title_in_its_attribute(client, seed):
    snippet = dialog_snippet(client, seed)

    # Escaped once for the attribute, once more for the textarea it is shown in.
    assert "Map: Storm-delayed ferry &amp;lt;reaches&amp;gt; Harbor City" in snippet


def test_the_resize_script_is_served_at_a_stable_url(client):
    response = client.get(reverse("stories:embed_resize_script"))

    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/javascript")
    assert "newsmap:height" in response.text
