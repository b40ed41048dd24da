"""The geocoding job: the chain, editors' coordinates untouched, providers failing gracefully."""

import json

import pytest

from stories.geocoding.job import Outcome, geocode_place, geocode_places
from stories.geocoding.online import OnlineGeocoder
from stories.geocoding.resolution import IN_CONTEXT_SOURCE
from stories.models import Event, GeocoderResponse, Mention, Place
from tests.factories import make_article, make_event, make_place, make_story

pytestmark = pytest.mark.django_db

HARBOR_TEXT = (
    "ODESA, Ukraine — A grain ship left Odesa on Monday and sailed for Istanbul, the port "
    "authority said. Another convoy is expected to leave Chornomorsk, a port south of Odesa, "
    "later this week."
)


def mention(place: Place, article, surface: str, occurrence: int = 0) -> Mention:
    start = -1
    for _ in range(occurrence + 1):
        start = article.text.index(surface, start + 1)
    return Mention.objects.create(
        place=place, article=article, text=surface, start=start, end=start + len(surface)
    )


@pytest.fixture
def harbor_article(story):
    return make_article(story=story, text=HARBOR_TEXT)


def test_a_mentioned_place_is_pinned_from_the_offline_gazetteer(story, harbor_article):
    odesa = make_place(story=story, name="Odesa")
    mention(odesa, harbor_article, "Odesa", 1)

    outcome = geocode_place(place=odesa, online=[])

    odesa.refresh_from_db()
    assert outcome == Place.Status.RESOLVED
    assert odesa.latitude == pytest.approx(46.48, abs=0.2)
    assert odesa.longitude == pytest.approx(30.73, abs=0.2)
    assert odesa.geocoding_source.startswith("offline gazetteer")
    assert odesa.reason
    assert 0 < odesa.confidence <= 1


def test_coordinates_an_editor_set_are_never_moved(story, harbor_article):
    odesa = make_place(story=story, name="Odesa", latitude=1.0, longitude=2.0)
    odesa.lock("latitude", "longitude")
    odesa.save()
    mention(odesa, harbor_article, "Odesa", 1)

    geocode_place(place=odesa, online=[])

    odesa.refresh_from_db()
    assert (odesa.latitude, odesa.longitude) == (1.0, 2.0)


def test_a_place_an_editor_confirmed_elsewhere_answers_first(harbor_article):
    elsewhere = make_story()
    make_place(
        story=elsewhere,
        name="Old Pier",
        aliases=["the Old Pier"],
        latitude=46.5,
        longitude=30.7,
        status=Place.Status.CONFIRMED,
    )
    pier = make_place(story=harbor_article.story, name="the Old Pier")

    geocode_place(place=pier, online=[])

    pier.refresh_from_db()
    assert (pier.latitude, pier.longitude) == (46.5, 30.7)
    assert pier.geocoding_source == "editor-confirmed place"


def test_a_place_nobody_knows_is_left_unresolved_with_a_reason(story, harbor_article):
    nowhere = make_place(story=story, name="Qwzxv")
    article = make_article(story=story, text="Officials met in Qwzxv on Monday.")
    mention(nowhere, article, "Qwzxv")

    outcome = geocode_place(place=nowhere, online=[])

    nowhere.refresh_from_db()
    assert outcome == Place.Status.UNRESOLVED
    assert nowhere.latitude is None
    assert nowhere.reason


def test_two_spellings_of_one_place_are_merged(story, harbor_article):
    first = make_place(story=story, name="Odesa")
    mention(first, harbor_article, "Odesa", 1)
    second = make_place(story=story, name="ODESA")
    mention(second, harbor_article, "ODESA")
    event = make_event(story=story, place=second)
    geocode_place(place=first, online=[])

    geocode_place(place=second, online=[])

    assert not Place.objects.filter(pk=second.pk).exists()
    event.refresh_from_db()
    assert event.place == first


def test_the_job_geocodes_every_pending_place_of_a_story(story, harbor_article):
    for surface in ("Odesa", "Istanbul"):
        mention(make_place(story=story, name=surface), harbor_article, surface)

    report = geocode_places(story_id=story.pk)

    assert report.outcomes[Place.Status.RESOLVED] == 2
    assert not Place.objects.filter(status=Place.Status.PENDING).exists()


def nominatim_answer(lat: float, lon: float, name: str) -> bytes:
    return json.dumps([{"lat": str(lat), "lon": str(lon), "display_name": name}]).encode()


def nominatim(loopback, *, retries: int = 2) -> OnlineGeocoder:
    from geopy.geocoders import Nominatim

    host = loopback.url("/").split("//")[1].rstrip("/")
    return OnlineGeocoder(
        Nominatim(domain=host, scheme="http", user_agent="newsmap-tests", timeout=2),
        name="nominatim",
        min_delay=0,
        retries=retries,
        backoff=0.01,
    )


@pytest.fixture
def unknown_place(story):
    place = make_place(story=story, name="Qwzxv Landing")
    article = make_article(story=story, text="Crews gathered at Qwzxv Landing on Monday.")
    mention(place, article, "Qwzxv Landing")
    return place


def test_an_online_provider_answers_what_the_gazetteer_cannot(loopback, unknown_place):
    loopback.routes["/search"] = (200, "application/json", nominatim_answer(10.5, 20.5, "QL"))

    outcome = geocode_place(place=unknown_place, online=[nominatim(loopback)])

    unknown_place.refresh_from_db()
    assert outcome == Place.Status.RESOLVED
    assert (unknown_place.latitude, unknown_place.longitude) == (10.5, 20.5)
    assert unknown_place.geocoding_source == "nominatim"


def test_online_answers_are_cached(loopback, unknown_place):
    loopback.routes["/search"] = (200, "application/json", nominatim_answer(10.5, 20.5, "QL"))
    provider = nominatim(loopback)
    geocode_place(place=unknown_place, online=[provider])
    unknown_place.status = Place.Status.PENDING
    unknown_place.save()

    geocode_place(place=unknown_place, online=[provider])

    assert len(loopback.requests) == 1
    assert GeocoderResponse.objects.count() == 1


@pytest.mark.parametrize(
    "failure",
    [
        (500, "text/plain", b"oops"),
        (429, "text/plain", b"slow down"),
        (200, "application/json", b"{not json"),
    ],
    ids=["server-error", "rate-limited", "garbage-json"],
)
def test_a_failing_provider_is_retried_then_the_place_stays_pending(
    loopback, unknown_place, failure
):
    loopback.routes["/search"] = failure

    outcome = geocode_place(place=unknown_place, online=[nominatim(loopback, retries=2)])

    unknown_place.refresh_from_db()
    assert outcome == "pending"
    assert unknown_place.status == Place.Status.PENDING
    assert len(loopback.requests) == 3
    assert "unavailable" in unknown_place.reason


def test_unresolved_places_are_retried_only_when_asked(story, harbor_article):
    place = make_place(story=story, name="Odesa", status=Place.Status.UNRESOLVED)
    mention(place, harbor_article, "Odesa", 1)

    geocode_places(story_id=story.pk)
    place.refresh_from_db()
    assert place.status == Place.Status.UNRESOLVED

    geocode_places(story_id=story.pk, retry_unresolved=True)
    place.refresh_from_db()
    assert place.status == Place.Status.RESOLVED


def test_events_keep_their_place_through_geocoding(story, harbor_article):
    odesa = make_place(story=story, name="Odesa")
    mention(odesa, harbor_article, "Odesa", 1)
    event = make_event(story=story, place=odesa)

    geocode_places(story_id=story.pk)

    assert Event.objects.get(pk=event.pk).place.is_pinned


def test_the_job_keeps_the_in_context_resolution_extraction_stored(story):
    article = make_article(story=story, text="Paris, Texas, held its rodeo on Saturday.")
    paris = make_place(
        story=story,
        name="Paris",
        latitude=33.66,
        longitude=-95.56,
        geocoding_source=IN_CONTEXT_SOURCE,
        reason="the story writes 'Paris, Texas'",
        confidence=0.9,
    )
    mention(paris, article, "Paris")

    outcome = geocode_place(place=paris, online=[])

    paris.refresh_from_db()
    assert outcome == Outcome.RESOLVED
    assert (paris.latitude, paris.longitude) == (33.66, -95.56)
    assert paris.reason == "the story writes 'Paris, Texas'"


def test_without_a_stored_answer_the_job_reads_the_whole_article_as_context(story):
    article = make_article(story=story, text="Paris, Texas, held its rodeo on Saturday.")
    paris = make_place(story=story, name="Paris")
    texas = make_place(story=story, name="Texas")
    mention(paris, article, "Paris")
    mention(texas, article, "Texas")

    geocode_place(place=paris, online=[])

    paris.refresh_from_db()
    assert paris.longitude == pytest.approx(-95.56, abs=0.3)
