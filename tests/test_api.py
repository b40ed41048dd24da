"""The read-only JSON API: stories, a story's events with the story page's filters, one event."""

import pytest
from django.urls import reverse

from stories.views.api import MAX_PAGE_SIZE
from tests.browser.story_seed import make_seed_story
from tests.factories import make_event, make_story

pytestmark = pytest.mark.django_db


@pytest.fixture
def seed():
    return make_seed_story()


def events_url(story, query: str = "") -> str:
    return reverse("stories:api_events", kwargs={"slug": story.slug}) + query


def test_the_story_list_gives_each_storys_figures_and_links(client, seed):
    stories = client.get(reverse("stories:api_stories")).json()["stories"]

    ferry = next(s for s in stories if s["slug"] == seed.story.slug)
    assert ferry["event_count"] == 8
    assert ferry["first_date"] == "2024-05-12"
    assert ferry["links"]["geojson"].endswith(f"/stories/{seed.story.slug}/events.geojson")


def test_a_story_resource_describes_one_story(client, seed):
    story = client.get(reverse("stories:api_story", kwargs={"slug": seed.story.slug})).json()

    assert story["title"] == seed.story.title
    assert story["links"]["events"].endswith(events_url(seed.story))


def test_an_unknown_story_is_404(client):
    response = client.get(reverse("stories:api_story", kwargs={"slug": "no-such-story"}))

    assert response.status_code == 404


def test_events_have_the_geojson_properties_and_a_position(client, seed):
    results = client.get(events_url(seed.story)).json()["results"]

    docks = next(e for e in results if e["id"] == seed.events["docks"].pk)
    assert docks["place"] == "Harbor City"
    assert (docks["latitude"], docks["longitude"]) == (54.6, -3.6)
    assert docks["people"] == ["Captain <Ann> Reyes"]


def test_events_come_in_time_order_with_undated_last(client, seed):
    results = client.get(events_url(seed.story)).json()["results"]

    assert results[0]["id"] == seed.events["leaves"].pk
    assert results[-1]["date_start"] is None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?certainty=planned", {"vessel"}),
        ("?start=2025-01-01", {"vessel", "move"}),
        ("?q=ramp", {"repairs"}),
        ("?source=harbour.example&certainty=denied", {"sale"}),
    ],
)
def test_events_take_the_story_pages_filters(client, seed, query, expected):
    results = client.get(events_url(seed.story, query)).json()["results"]

    assert {e["id"] for e in results} == {seed.events[k].pk for k in expected}


def test_events_are_paginated_with_links_to_the_next_page(client, seed):
    first = client.get(events_url(seed.story, "?page_size=3")).json()

    second = client.get(first["next"]).json()

    assert first["count"] == 8 and len(first["results"]) == 3
    assert first["previous"] is None
    assert [e["id"] for e in second["results"]] != [e["id"] for e in first["results"]]
    assert "page=1" in second["previous"]


@pytest.mark.parametrize("page", ["99999999999999999999999", "-3", "last", "9"])
def test_a_page_number_past_the_end_or_unreadable_answers_a_page_not_a_500(client, seed, page):
    response = client.get(events_url(seed.story, f"?page_size=3&page={page}"))

    assert response.status_code == 200
    assert response.json()["results"]


def test_the_page_size_is_capped(client, seed):
    answer = client.get(events_url(seed.story, "?page_size=999999")).json()

    assert answer["page_size"] == MAX_PAGE_SIZE


def test_a_pages_queries_do_not_grow_with_the_story(client, django_assert_max_num_queries):
    story = make_story()
    for _ in range(60):
        make_event(story=story)

    with django_assert_max_num_queries(10):
        client.get(events_url(story, "?page_size=50"))


def test_one_event_by_id(client, seed):
    event = client.get(reverse("stories:api_event", kwargs={"event_id": seed.events["storm"].pk}))

    assert event.json()["date_end"] == "2024-05-14"


def test_an_unknown_event_is_404(client, db):
    response = client.get(reverse("stories:api_event", kwargs={"event_id": 999999}))

    assert response.status_code == 404


def test_the_api_may_be_read_from_any_origin(client, seed):
    response = client.get(events_url(seed.story))

    assert response.headers["Access-Control-Allow-Origin"] == "*"


def test_an_unchanged_story_answers_304(client, seed):
    first = client.get(events_url(seed.story))

    again = client.get(events_url(seed.story), headers={"If-None-Match": first.headers["ETag"]})

    assert again.status_code == 304
