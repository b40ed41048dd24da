"""Cached story responses, stale the moment anything in the story is saved (Story.version)."""

import re

import pytest
from django.core.checks import Warning as CheckWarning
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from newsmap.settings import cache_from_url
from stories.caching import check_cache_backends
from stories.models import Person, Story
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


def version(story) -> int:
    return Story.objects.values_list("version", flat=True).get(pk=story.pk)


# ---- served from the cache ----------------------------------------------------------------------


def test_a_second_story_page_request_is_served_from_the_cache(client, seed):
    client.get(seed.story.get_absolute_url())

    response, queries = get_counting_queries(client, seed.story.get_absolute_url())

    assert response.status_code == 200
    assert queries == 1  # reading the story's version


def test_a_cached_page_gets_a_fresh_nonce_matching_its_header(client, seed):
    first = client.get(seed.story.get_absolute_url())

    second = client.get(seed.story.get_absolute_url())

    nonce = re.search(r"'nonce-([^']+)'", second.headers["Content-Security-Policy"]).group(1)
    assert f'nonce="{nonce}"' in second.text
    assert nonce not in first.text


def test_unknown_query_parameters_are_served_from_the_same_cache_entry(client, seed):
    client.get(seed.story.get_absolute_url())

    response, queries = get_counting_queries(client, seed.story.get_absolute_url() + "?x=9f3a")

    assert response.status_code == 200
    assert queries == 1  # reading the story's version


def test_unknown_query_parameters_are_served_from_the_export_cache(client, seed):
    client.get(url("storymap_json", seed.story))

    response, queries = get_counting_queries(client, url("storymap_json", seed.story) + "?x=1")

    assert response.status_code == 200
    assert queries == 1


def test_a_filter_parameter_is_a_cache_entry_of_its_own(client, seed):
    everything = client.get(url("events_geojson", seed.story)).json()["features"]
    place = any_event(seed).place

    filtered = client.get(url("events_geojson", seed.story) + f"?place={place.pk}").json()

    assert 0 < len(filtered["features"]) < len(everything)


def test_a_value_that_spells_other_parameters_is_not_those_parameters(client, seed):
    place = any_event(seed).place
    spelt = client.get(url("events_geojson", seed.story) + f"?place={place.pk}%26q%3Dzzz").json()

    real = client.get(url("events_geojson", seed.story) + f"?place={place.pk}&q=zzz").json()

    assert real["features"] != spelt["features"]


def test_text_that_looks_like_a_nonce_placeholder_is_served_verbatim(client, seed):
    event = any_event(seed)
    event.title = "Leak __newsmap_csp_nonce__ test"
    event.save()
    client.get(seed.story.get_absolute_url())

    cached = client.get(seed.story.get_absolute_url())

    assert "Leak __newsmap_csp_nonce__ test" in cached.text


def test_a_cached_embed_is_framed_like_a_fresh_one(client, seed):
    fresh = client.get(url("embed", seed.story))

    cached = client.get(url("embed", seed.story))

    assert "frame-ancestors *" in fresh.headers["Content-Security-Policy"]
    assert "frame-ancestors *" in cached.headers["Content-Security-Policy"]


@pytest.mark.parametrize(
    "name", ["story", "timeline", "map_data", "events_geojson", "events_csv", "embed", "api_events"]
)
def test_head_answers_200_with_the_get_headers(client, seed, name):
    client.get(url(name, seed.story))

    response = client.head(url(name, seed.story))

    assert response.status_code == 200
    assert response.headers["Content-Type"]
    assert response.content == b""


@pytest.mark.parametrize("path", ["/", "/api/stories/", "/oembed?url=/stories/x/"])
def test_head_on_the_other_public_pages_is_not_refused(client, seed, path):
    assert client.head(path).status_code != 405


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


def test_adding_a_person_to_an_event_bumps_its_storys_version(seed):
    event = any_event(seed)
    before = version(seed.story)

    event.people.add(Person.objects.create(name="Ada Harbourmaster"))

    assert version(seed.story) > before


def test_renaming_the_story_bumps_its_version(seed):
    before = version(seed.story)

    seed.story.title = "Renamed"
    seed.story.save()

    assert version(seed.story) > before


def test_a_change_to_one_story_leaves_anothers_version_alone(seed):
    other = make_story(slug="other-story")
    before = version(other)

    make_event(story=seed.story, title="Unrelated news")

    assert version(other) == before


def test_the_version_moves_inside_the_saving_transaction(seed, django_capture_on_commit_callbacks):
    event = any_event(seed)
    before = version(seed.story)

    with django_capture_on_commit_callbacks() as callbacks:
        event.save()

    assert version(seed.story) > before
    assert callbacks == []  # nothing left for the commit: the bump commits with the change


def test_saving_a_stale_story_instance_never_sets_its_version_back(seed):
    stale = Story.objects.get(pk=seed.story.pk)
    make_event(story=seed.story, title="Bumps the version")
    bumped = version(seed.story)

    stale.title = "Saved from an old copy"
    stale.save()

    assert version(seed.story) > bumped


def test_a_cached_page_is_stale_once_another_process_bumps_the_version(client, seed):
    client.get(seed.story.get_absolute_url())
    Story.objects.filter(pk=seed.story.pk).update(title="Renamed elsewhere", version=999)

    assert "Renamed elsewhere" in client.get(seed.story.get_absolute_url()).text


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

    messages = check_cache_backends(None)

    assert [(type(m), m.id) for m in messages] == [(CheckWarning, "stories.W001")]


def test_the_deploy_check_warns_of_a_per_process_cache_with_several_web_processes(settings):
    settings.WEB_CONCURRENCY = 4
    settings.CACHES = {"default": cache_from_url("locmem://")}

    messages = check_cache_backends(None)

    assert [(type(m), m.id) for m in messages] == [(CheckWarning, "stories.W001")]


def test_the_deploy_check_accepts_a_shared_cache_beside_workers(settings):
    settings.TASKS_BACKEND = "database"
    settings.CACHES = {"default": cache_from_url("db://newsmap_cache")}

    assert check_cache_backends(None) == []


def test_a_cached_export_still_answers_a_revalidation_with_not_modified(client, seed):
    first = client.get(url("events_geojson", seed.story))

    again = client.get(url("events_geojson", seed.story), HTTP_IF_NONE_MATCH=first.headers["ETag"])

    assert again.status_code == 304
