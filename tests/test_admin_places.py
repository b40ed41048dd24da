"""The places admin: map positions are an editor's final word; candidates, merge, re-geocode."""

import re

import pytest
from django.urls import reverse

from stories.models import Event, Mention, Place
from tests.factories import make_article, make_event, make_place
from tests.test_admin_support import logged_in, make_editor, place_form_data

CANDIDATES = [
    {"name": "Harbor City", "latitude": 10.0, "longitude": 20.0, "geonames_id": 111,
     "kind": "city", "country_code": "AA", "score": 2.1},
    {"name": "Harbor City", "latitude": 30.0, "longitude": 40.0, "geonames_id": 222,
     "kind": "city", "country_code": "BB", "score": 1.4},
]  # fmt: skip


@pytest.fixture
def client(db):
    return logged_in(make_editor())


def change_url(place: Place) -> str:
    return reverse("admin:stories_place_change", args=[place.pk])


def run_action(client, action: str, *places: Place):
    return client.post(
        reverse("admin:stories_place_changelist"),
        {"action": action, "_selected_action": [p.pk for p in places]},
        follow=True,
    )


def test_coordinates_set_on_the_map_are_locked_and_confirmed(client, story):
    place = make_place(story=story, latitude=1.0, longitude=2.0, status=Place.Status.RESOLVED)

    client.post(change_url(place), place_form_data(place, latitude="5.5", longitude="6.5"))

    place.refresh_from_db()
    assert (place.latitude, place.longitude) == (5.5, 6.5)
    assert place.position_locked
    assert place.status == Place.Status.CONFIRMED


def test_geocoding_leaves_an_editors_position_alone(client, story):
    from stories.geocoding.job import geocode_place

    place = make_place(story=story, latitude=1.0, longitude=2.0, status=Place.Status.RESOLVED)
    client.post(change_url(place), place_form_data(place, latitude="5.5", longitude="6.5"))
    place.refresh_from_db()

    outcome = geocode_place(place=place)

    place.refresh_from_db()
    assert outcome == "skipped"
    assert (place.latitude, place.longitude) == (5.5, 6.5)


def test_change_form_carries_the_map_settings_as_json(client, story):
    place = make_place(story=story, latitude=1.0, longitude=2.0, candidates=CANDIDATES)

    response = client.get(change_url(place))

    assert '<script id="place-map-settings" type="application/json">' in response.text
    assert response.context["map_settings"]["position"] == [1.0, 2.0]
    assert len(response.context["map_settings"]["candidates"]) == 2


def test_map_uses_the_vendored_leaflet(client, place):
    response = client.get(change_url(place))

    assert "/static/vendor/leaflet-1.9.4/leaflet.js" in response.text
    text = re.sub(r"[A-Za-z0-9]{32,}", "", response.text)  # a random token may spell "cdn"
    assert "unpkg" not in text and "cdn" not in text.lower()


def test_change_form_lists_candidates_with_their_scores(client, story):
    place = make_place(story=story, candidates=CANDIDATES, reason="two towns share the name")

    response = client.get(change_url(place))

    assert "2.1" in response.text and "1.4" in response.text
    assert "two towns share the name" in response.text


def test_picking_a_candidate_moves_and_confirms_the_place(client, story):
    place = make_place(story=story, latitude=10.0, longitude=20.0, candidates=CANDIDATES)

    client.post(reverse("admin:stories_place_pick_candidate", args=[place.pk]), {"candidate": "1"})

    place.refresh_from_db()
    assert (place.latitude, place.longitude, place.geonames_id) == (30.0, 40.0, 222)
    assert place.status == Place.Status.CONFIRMED
    assert place.position_locked


def test_change_form_shows_each_mention_in_its_sentence(client, story):
    article = make_article(story=story, text="A storm hit. The ferry reached <Harbor> City late.")
    place = make_place(story=story, name="Harbor City")
    start = article.text.index("<Harbor>")
    Mention.objects.create(
        place=place, article=article, text="<Harbor> City", start=start, end=start + 13
    )

    response = client.get(change_url(place))

    assert "The ferry reached <strong>&lt;Harbor&gt; City</strong> late." in response.text


def test_merge_repoints_events_to_the_surviving_place(client, story):
    keep = make_place(story=story, name="Harbor City")
    twin = make_place(story=story, name="Harbour City")
    event = make_event(story=story, place=twin)

    run_action(client, "merge_selected", keep, twin)

    event.refresh_from_db()
    assert event.place == keep
    assert not Place.objects.filter(pk=twin.pk).exists()


def test_merge_repoints_mentions(client, story):
    keep, twin = make_place(story=story), make_place(story=story)
    article = make_article(story=story)
    mention = Mention.objects.create(place=twin, article=article, text="x", start=0, end=1)

    run_action(client, "merge_selected", keep, twin)

    mention.refresh_from_db()
    assert mention.place == keep


def test_merge_keeps_the_merged_name_as_a_locked_alias(client, story):
    keep = make_place(story=story, name="Harbor City")
    twin = make_place(story=story, name="Harbour City", aliases=["the harbour"])

    run_action(client, "merge_selected", keep, twin)

    keep.refresh_from_db()
    assert keep.aliases == ["Harbour City", "the harbour"]
    assert keep.is_locked("aliases")


def test_merge_keeps_the_editor_confirmed_place(client, story):
    unsure = make_place(story=story)
    confirmed = make_place(story=story, latitude=1, longitude=2, status=Place.Status.CONFIRMED)

    run_action(client, "merge_selected", unsure, confirmed)

    assert list(Place.objects.all()) == [confirmed]


def test_merge_refuses_places_of_different_stories(client):
    first, second = make_place(), make_place()

    response = run_action(client, "merge_selected", first, second)

    assert "same story" in response.text
    assert Place.objects.count() == 2


def test_regeocode_action_runs_the_geocoder_on_each_place(client, story):
    place = make_place(story=story, status=Place.Status.UNRESOLVED)

    response = run_action(client, "regeocode", place)

    place.refresh_from_db()
    assert place.geocoded_at is not None
    assert "Re-geocoded: 1 unresolved" in response.text


def test_events_of_a_merged_place_keep_their_history(client, story):
    keep, twin = make_place(story=story), make_place(story=story)
    event = make_event(story=story, place=twin)

    run_action(client, "merge_selected", keep, twin)

    assert event.history.first().place_id == keep.pk
    assert Event.history.filter(id=event.pk).count() == 2


def test_regeocode_only_enqueues_the_job_during_the_request(client, story, settings):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    place = make_place(story=story, status=Place.Status.UNRESOLVED)

    response = run_action(client, "regeocode", place)

    place.refresh_from_db()
    assert place.geocoded_at is None
    assert "/jobs/regeocode/" in response.redirect_chain[0][0]


def test_change_form_shows_why_each_candidate_scored_as_it_did(client, story):
    candidates = [{**c, "why": f"reason {i}"} for i, c in enumerate(CANDIDATES)]
    place = make_place(story=story, candidates=candidates)

    response = client.get(change_url(place))

    assert "reason 0" in response.text
