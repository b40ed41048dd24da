"""The story page, its htmx partials, its map data and the place page, without a browser."""

import datetime as dt
import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from benchmarks.pages import generate_story
from stories.chronology import PAGE_SIZE
from tests.browser.story_seed import make_seed_story
from tests.factories import make_event, make_place, make_story

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


@pytest.fixture
def seed():
    return make_seed_story()


def event_ids(html: str) -> list[int]:
    return [int(i) for i in re.findall(r'<li class="event [^"]*" id="event-(\d+)"', html)]


def blob(html: str, element_id: str):
    match = re.search(rf'<script id="{element_id}" type="application/json">(.*?)</script>', html)
    return json.loads(match.group(1))


def timeline_url(story) -> str:
    return reverse("stories:timeline", kwargs={"slug": story.slug})


def map_data_url(story) -> str:
    return reverse("stories:map_data", kwargs={"slug": story.slug})


# ---- chronology -------------------------------------------------------------------------------


def test_events_are_grouped_by_day_with_the_weekday(client, seed):
    response = client.get(seed.story.get_absolute_url())

    assert '<time datetime="2024-05-14">Tuesday 14 May 2024</time>' in response.text


def test_coarse_dates_are_shown_at_their_precision(client, seed):
    response = client.get(seed.story.get_absolute_url())

    assert ">March 2025</time>" in response.text
    assert ">2025</time>" in response.text


def test_undated_events_are_collapsed_under_their_own_heading_after_the_main_line(client, seed):
    response = client.get(seed.story.get_absolute_url())

    assert seed.events["sale"].pk not in event_ids(response.text)
    assert '<details class="chronology-section section-undated"' in response.text
    assert response.text.index("section-undated") > response.text.rindex("March 2025")


def test_the_undated_section_opens_as_a_page_of_its_own_without_javascript(client, seed):
    response = client.get(seed.story.get_absolute_url() + "?section=undated")

    ids = event_ids(response.text)
    assert set(ids[-2:]) == {seed.events["sale"].pk, seed.events["shipyard"].pk}
    assert 'id="section-undated" open' in response.text


def test_events_before_the_reported_days_are_background(client, seed):
    old = make_event(story=seed.story, title="Ferry line founded", date_start=dt.date(1990, 4, 2))

    response = client.get(seed.story.get_absolute_url())

    assert old.pk not in event_ids(response.text)
    assert '<details class="chronology-section section-background"' in response.text


def test_an_event_flagged_background_is_not_on_the_main_line(client, seed):
    storm = seed.events["storm"]
    storm.background = True
    storm.save()

    response = client.get(seed.story.get_absolute_url())

    assert storm.pk not in event_ids(response.text)


def test_a_deep_link_renders_the_page_holding_the_event(client):
    story = long_story(PAGE_SIZE * 3)
    last = story.events.order_by("-date_start", "-id").first()

    response = client.get(story.get_absolute_url() + f"?event={last.pk}")

    assert last.pk in event_ids(response.text)
    assert "Earlier events" in response.text


def test_a_deep_link_to_a_background_event_opens_the_background(client, seed):
    old = make_event(story=seed.story, title="Ferry line founded", date_start=dt.date(1990, 4, 2))

    response = client.get(seed.story.get_absolute_url() + f"?event={old.pk}")

    assert old.pk in event_ids(response.text)
    assert 'id="section-background" open' in response.text


def test_a_huge_page_number_shows_the_last_page(client):
    story = long_story()

    response = client.get(story.get_absolute_url() + "?page=" + "9" * 40)

    assert response.status_code == 200
    assert len(event_ids(response.text)) == 5


def test_a_huge_timeline_page_number_is_not_an_error(client):
    story = long_story()

    response = client.get(timeline_url(story) + "?page=" + "9" * 40, headers=HTMX)

    assert response.status_code == 200


def test_an_event_shows_its_sources_outlet_link_and_quote(client, seed):
    response = client.get(seed.story.get_absolute_url())

    assert 'href="https://coast.example/ferry-storm/ferry-docks"' in response.text
    assert "<summary>What it says</summary><blockquote>It docked at Harbor City on Tuesday." in (
        response.text
    )


def test_an_estimated_place_is_labelled_approximate(client, seed):
    response = client.get(seed.story.get_absolute_url())

    assert 'Gull Island waters</a> <span class="approx">(approximate position)' in response.text


def test_article_text_is_escaped_everywhere_on_the_page(client, seed):
    response = client.get(seed.story.get_absolute_url())

    assert "<reaches>" not in response.text
    assert "<b>described</b>" not in response.text
    assert "Captain &lt;Ann&gt; Reyes" in response.text


# ---- filters and htmx -------------------------------------------------------------------------


def test_a_filtered_url_works_as_a_full_page(client, seed):
    response = client.get(seed.story.get_absolute_url() + "?certainty=planned")

    assert "<html" in response.text
    assert event_ids(response.text) == [seed.events["vessel"].pk]
    assert 'value="planned" id="id_certainty_2" checked' in response.text


def test_htmx_filtering_returns_only_the_chronology(client, seed):
    response = client.get(seed.story.get_absolute_url() + "?certainty=planned", headers=HTMX)

    assert "<html" not in response.text
    assert response.text.strip().startswith('<div id="chronology"')
    assert event_ids(response.text) == [seed.events["vessel"].pk]


def test_the_story_page_varies_on_hx_request(client, seed):
    response = client.get(seed.story.get_absolute_url())

    assert "HX-Request" in response.headers["Vary"]


def test_the_filter_result_tells_the_map_how_many_events_match_at_each_place(client, seed):
    response = client.get(seed.story.get_absolute_url() + "?certainty=planned", headers=HTMX)

    assert blob(response.text, "filter-result") == {
        "count": 1,
        "filtered": True,
        "places": {str(seed.places["harbor"].pk): [1, 0, 0, 1]},
    }


def test_an_unfiltered_page_tells_the_map_every_event_matches(client, seed):
    response = client.get(seed.story.get_absolute_url())

    assert blob(response.text, "filter-result") == {"count": 8, "filtered": False, "places": None}


def test_an_invalid_filter_value_still_shows_the_story(client, seed):
    response = client.get(seed.story.get_absolute_url() + "?start=someday&certainty=bogus")

    assert response.status_code == 200
    assert blob(response.text, "filter-result")["count"] == 8


# ---- pages of a long chronology ---------------------------------------------------------------


def long_story(count: int = PAGE_SIZE + 5):
    story = make_story()
    for n in range(count):
        make_event(story=story, title=f"Event {n}", date_start=dt.date(2024, 1, 1 + n % 28))
    return story


def test_a_long_chronology_ends_its_first_page_with_a_link_to_the_next(client):
    story = long_story()

    response = client.get(story.get_absolute_url() + "?q=Event")

    assert len(event_ids(response.text)) == PAGE_SIZE
    assert f'href="{story.get_absolute_url()}?q=Event&amp;page=2"' in response.text
    assert f'hx-get="{timeline_url(story)}?q=Event&amp;page=2"' in response.text


def test_the_next_page_works_as_a_full_page_without_javascript(client):
    story = long_story()

    response = client.get(story.get_absolute_url() + "?page=2")

    assert "<html" in response.text
    assert len(event_ids(response.text)) == 5
    assert "Earlier events" in response.text


def test_the_timeline_partial_is_the_next_page_only(client):
    story = long_story()

    response = client.get(timeline_url(story) + "?page=2", headers=HTMX)

    assert "<html" not in response.text
    assert 'id="chronology"' not in response.text
    assert len(event_ids(response.text)) == 5
    assert "load-more" not in response.text


# ---- the map ----------------------------------------------------------------------------------


def test_the_page_loads_scripts_and_styles_only_from_static(client, seed):
    response = client.get(seed.story.get_absolute_url())

    urls = re.findall(
        r'<script[^>]* src="([^"]+)"|<link rel="stylesheet" href="([^"]+)"', response.text
    )
    urls = [script or style for script, style in urls]
    assert urls
    assert all(url.startswith("/static/") for url in urls), urls


def test_folium_cdn_defaults_are_overridden(client, seed):
    response = client.get(seed.story.get_absolute_url())

    assert "cdn" not in re.sub(r"[A-Za-z0-9]{32,}", "", response.text)  # a token may spell it
    assert "/static/vendor/leaflet-1.9.4/leaflet.js" in response.text


def test_the_map_uses_the_configured_tiles(client, seed, settings):
    settings.MAP_TILES_URL = "https://tiles.newsroom.example/{z}/{x}/{y}.png"
    settings.MAP_TILES_ATTRIBUTION = "Newsroom tiles"

    response = client.get(seed.story.get_absolute_url())

    assert '"https://tiles.newsroom.example/{z}/{x}/{y}.png"' in response.text
    assert "Newsroom tiles" in response.text


def test_the_settings_blob_names_the_map_folium_created(client, seed):
    response = client.get(seed.story.get_absolute_url())

    name = blob(response.text, "map-settings")["leafletName"]
    assert f"var {name} = L.map(" in response.text


def test_the_map_is_fitted_to_the_storys_places(client, seed):
    response = client.get(seed.story.get_absolute_url())

    bounds = re.search(r"\.fitBounds\(\s*(\[\[.*?\]\])", response.text, re.S).group(1)
    (south, west), (north, east) = json.loads(bounds)
    assert south <= 54.10 and north >= 54.90
    assert west <= -4.70 and east >= -2.90


def test_map_data_is_one_geojson_feature_per_place_with_longitude_first(client, seed):
    response = client.get(map_data_url(seed.story))

    harbor = next(f for f in response.json()["features"] if f["id"] == seed.places["harbor"].pk)
    assert response.headers["Content-Type"] == "application/geo+json"
    assert harbor["geometry"] == {"type": "Point", "coordinates": [-3.6, 54.6]}
    assert harbor["properties"]["counts"] == [3, 1, 0, 3]
    assert harbor["properties"]["first"] == "2024-05-14"


def test_map_data_leaves_out_places_that_are_not_pinned(client, seed):
    response = client.get(map_data_url(seed.story))

    ids = {f["id"] for f in response.json()["features"]}
    assert ids == {place.pk for place in seed.pinned_places}


def test_a_places_events_are_fetched_for_its_popup_with_the_filters(client, seed):
    harbor = seed.places["harbor"]
    url = reverse("stories:place_events", kwargs={"slug": seed.story.slug, "place_id": harbor.pk})

    answer = client.get(url + "?certainty=planned").json()

    assert [e["id"] for e in answer["events"]] == [seed.events["vessel"].pk]
    assert answer["events"][0]["date"] == "March 2025"


def test_the_map_is_not_widened_by_background_places(client, seed):
    far = make_place(story=seed.story, name="Far away", latitude=-33.9, longitude=151.2)
    make_event(story=seed.story, place=far, date_start=dt.date(1990, 1, 1))

    response = client.get(seed.story.get_absolute_url())

    bounds = re.search(r"\.fitBounds\(\s*(\[\[.*?\]\])", response.text, re.S).group(1)
    (south, west), _ = json.loads(bounds)
    assert south > 50 and west > -10


def test_the_map_is_not_widened_by_country_wide_pins(client, seed):
    country = make_place(
        story=seed.story, name="Far country", latitude=10.0, longitude=40.0, kind="country"
    )
    make_event(story=seed.story, place=country, date_start=dt.date(2024, 5, 14))

    response = client.get(seed.story.get_absolute_url())

    bounds = re.search(r"\.fitBounds\(\s*(\[\[.*?\]\])", response.text, re.S).group(1)
    (south, _), (_, east) = json.loads(bounds)
    assert south > 50 and east < 0


# ---- place page -------------------------------------------------------------------------------


def test_the_place_page_lists_what_happened_there(client, seed):
    harbor = seed.places["harbor"]

    response = client.get(
        reverse("stories:place", kwargs={"slug": seed.story.slug, "place_id": harbor.pk})
    )

    assert set(event_ids(response.text)) == {
        seed.events[k].pk for k in ("docks", "repairs", "vessel")
    }


def test_a_place_outside_the_story_is_404(client, seed):
    other = make_place(name="Elsewhere")

    response = client.get(
        reverse("stories:place", kwargs={"slug": seed.story.slug, "place_id": other.pk})
    )

    assert response.status_code == 404


# ---- constant queries -------------------------------------------------------------------------


def count_queries(client, url: str, **kwargs) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, **kwargs).status_code == 200
    return len(queries)


@pytest.fixture
def small_and_large():
    return generate_story(events=20, places=5, slug="small"), generate_story(
        events=2000, places=200, slug="large"
    )


def test_the_story_page_takes_as_many_queries_at_2000_events_as_at_20(client, small_and_large):
    small, large = small_and_large

    assert count_queries(client, large.get_absolute_url()) == count_queries(
        client, small.get_absolute_url()
    )


def test_filtering_takes_as_many_queries_at_2000_events_as_at_20(client, small_and_large):
    small, large = small_and_large
    query = "?certainty=planned&q=event"

    assert count_queries(client, large.get_absolute_url() + query, headers=HTMX) == (
        count_queries(client, small.get_absolute_url() + query, headers=HTMX)
    )


def test_a_timeline_page_takes_as_many_queries_at_2000_events_as_at_20(client, small_and_large):
    small, large = small_and_large

    assert count_queries(client, timeline_url(large) + "?page=2") == count_queries(
        client, timeline_url(small) + "?page=1"
    )


def test_map_data_takes_as_many_queries_at_2000_events_as_at_20(client, small_and_large):
    small, large = small_and_large

    assert count_queries(client, map_data_url(large)) == count_queries(client, map_data_url(small))


def test_the_story_page_stays_within_fifteen_queries(
    client, small_and_large, django_assert_max_num_queries
):
    _, large = small_and_large

    with django_assert_max_num_queries(15):
        client.get(large.get_absolute_url())
