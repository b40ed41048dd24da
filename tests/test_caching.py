"""Cached story responses, invalidated the moment anything in the story is saved."""

import re

import pytest
from django.core.checks import Warning as CheckWarning
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from newsmap.settings import cache_from_url
from stories.caching import check_shared_cache, story_cache_version
from stories.models import Person
from tests.browser.story_seed import make_seed_story
from tests.factories import make_event, make_story

pytestmark = pytest.mark.django_db


@pytest.fixture
def seed():
    return make_seed_story()


def url(name: str, story) -> str:
    return reverse(f"stories:{name}", kwargs={"slug": story.slug})


def get_counting_queries(client, path: str, **headers):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, **headers)
    return response, len(queries)


def any_event(seed):
    return next(event for event in seed.events.values() if event.place_id)


# ---- served from the cache ----------------------------------------------------------------------


def test_a_second_story_page_request_is_served_from_the_cache(client, seed):
    client.get(seed.story.get_absolute_url())

    response, queries = get_counting_queries(client, seed.story.get_absolute_url())

    assert response.status_code == 200
    assert queries == 1  # finding the story's id


def test_a_cached_page_gets_a_fresh_nonce_matching_its_header(client, seed):
    first = client.get(seed.story.get_absolute_url())

    second = client.get(seed.story.get_absolute_url())

    nonce = re.search(r"'nonce-([^']+)'", second.headers["Content-Security-Policy"]).group(1)
    assert f'nonce="{nonce}"' in second.text
    assert nonce not in first.text


def test_the_htmx_chronology_and_the_full_page_are_cached_apart(client, seed):
    client.get(seed.story.get_absolute_url())

    partial = client.get(seed.story.get_absolute_url(), HTTP_HX_REQUEST="true")

    assert "<html" not in partial.text


def test_gzipped_and_plain_exports_are_cached_apart(client, seed):
    client.get(url("events_geojson", seed.story), HTTP_ACCEPT_ENCODING="gzip")

    plain = client.get(url("events_geojson", seed.story))

    assert "Content-Encoding" not in plain.headers
    assert plain.json()["type"] == "FeatureCollection"


def test_a_missing_story_is_not_cached(client, seed):
    client.get("/stories/not-yet/")
    make_story(slug="not-yet")

    response = client.get("/stories/not-yet/")

    assert response.status_code == 200


# ---- invalidation -------------------------------------------------------------------------------


def test_an_editors_change_to_an_event_shows_at_once_on_the_story_page(client, seed):
    event = any_event(seed)
    client.get(seed.story.get_absolute_url())

    event.title = "Corrected by the desk"
    event.save()

    assert "Corrected by the desk" in client.get(seed.story.get_absolute_url()).text


def test_a_deleted_event_leaves_the_geojson_export_at_once(client, seed):
    event = any_event(seed)
    client.get(url("events_geojson", seed.story))

    event.delete()

    features = client.get(url("events_geojson", seed.story)).json()["features"]
    assert event.pk not in {feature["properties"].get("id") for feature in features}


def test_a_moved_place_moves_on_the_map_data_at_once(client, seed):
    place = any_event(seed).place
    client.get(url("map_data", seed.story))

    place.latitude, place.longitude = 1.5, 2.5
    place.save()

    coordinates = [
        f["geometry"]["coordinates"]
        for f in client.get(url("map_data", seed.story)).json()["features"]
    ]
    assert [2.5, 1.5] in coordinates


def test_a_new_quote_shows_in_the_next_timeline_page_at_once(client, seed):
    event = any_event(seed)
    client.get(url("timeline", seed.story))
    source = event.sources.first()

    source.quote = "A fresh quotation"
    source.save()

    assert "A fresh quotation" in client.get(url("timeline", seed.story)).text


def test_adding_a_person_to_an_event_invalidates_its_story(seed):
    event = any_event(seed)
    before = story_cache_version(seed.story.pk)

    event.people.add(Person.objects.create(name="Ada Harbourmaster"))

    assert story_cache_version(seed.story.pk) != before


def test_renaming_the_story_invalidates_it(seed):
    before = story_cache_version(seed.story.pk)

    seed.story.title = "Renamed"
    seed.story.save()

    assert story_cache_version(seed.story.pk) != before


def test_a_change_to_one_story_leaves_anothers_cache_alone(seed):
    other = make_story(slug="other-story")
    before = story_cache_version(other.pk)

    make_event(story=seed.story, title="Unrelated news")

    assert story_cache_version(other.pk) == before


def test_the_story_is_invalidated_again_when_the_transaction_commits(
    seed, django_capture_on_commit_callbacks
):
    event = any_event(seed)
    with django_capture_on_commit_callbacks() as callbacks:
        event.save()
    after_save = story_cache_version(seed.story.pk)

    for callback in callbacks:
        callback()

    assert story_cache_version(seed.story.pk) != after_save


# ---- settings -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cache_url", "backend", "location"),
    [
        ("locmem://newsmap", "locmem.LocMemCache", "newsmap"),
        ("redis://cache.internal:6379/1", "redis.RedisCache", "redis://cache.internal:6379/1"),
        ("db://newsmap_cache", "db.DatabaseCache", "newsmap_cache"),
        ("file:///var/cache/newsmap", "filebased.FileBasedCache", "/var/cache/newsmap"),
    ],
)
def test_cache_url_chooses_the_backend(cache_url, backend, location):
    cache = cache_from_url(cache_url)

    assert cache["BACKEND"] == f"django.core.cache.backends.{backend}"
    assert cache["LOCATION"] == location


def test_an_unknown_cache_url_is_refused():
    with pytest.raises(ValueError, match="memcache"):
        cache_from_url("memcache://cache.internal")


def test_the_deploy_check_warns_of_a_per_process_cache_beside_workers(settings):
    settings.TASKS_BACKEND = "database"
    settings.CACHES = {"default": cache_from_url("locmem://")}

    messages = check_shared_cache(None)

    assert [(type(m), m.id) for m in messages] == [(CheckWarning, "stories.W001")]


def test_the_deploy_check_accepts_a_shared_cache_beside_workers(settings):
    settings.TASKS_BACKEND = "database"
    settings.CACHES = {"default": cache_from_url("db://newsmap_cache")}

    assert check_shared_cache(None) == []


def test_a_cached_export_still_answers_a_revalidation_with_not_modified(client, seed):
    first = client.get(url("events_geojson", seed.story))

    again = client.get(url("events_geojson", seed.story), HTTP_IF_NONE_MATCH=first.headers["ETag"])

    assert again.status_code == 304
