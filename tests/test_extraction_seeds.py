"""The chronology of the real seed story (one AP story, two outlets), ingested together."""

import datetime as dt

import pytest
from django.core.management import call_command

from stories.geocoding.places import distance_km
from stories.models import Event, Person, Place, Story

pytestmark = pytest.mark.django_db

# Where the seed story's places really are (GeoNames / the cosmodrome's published position).
REAL_POSITIONS = {
    "Pyongyang": (39.0339, 125.7543, 25),
    "Khasan": (42.4308, 130.6434, 25),
    "Ussuriysk": (43.8029, 131.9458, 25),
    "Vladivostok": (43.1056, 131.8735, 25),
    "Vostochny Cosmodrome": (51.884, 128.334, 40),
}


@pytest.fixture(scope="module")
def seed_story(django_db_setup, django_db_blocker, seeds_dir_module):
    with django_db_blocker.unblock():
        call_command("ingest", str(seeds_dir_module), verbosity=0)
        yield
        Story.objects.all().delete()  # cascades to articles, places, events
        Person.objects.all().delete()


@pytest.fixture(scope="module")
def seeds_dir_module():
    from tests.conftest import SEEDS_DIR, require_shared

    return require_shared(SEEDS_DIR)


def events_where(**lookups):
    return list(Event.objects.filter(**lookups).select_related("place"))


def one_event(**lookups) -> Event:
    found = events_where(**lookups)
    assert len(found) == 1, [(e.title, e.date_start, e.place) for e in found]
    return found[0]


def test_kim_leaves_pyongyang_on_sunday_the_tenth(seed_story):
    event = one_event(place__name="Pyongyang", trigger__in=["leave", "board", "depart"])

    assert event.date_start == dt.date(2023, 9, 10)
    assert event.sources.count() == 2


def test_putin_arrives_in_vladivostok_on_monday_the_eleventh(seed_story):
    event = one_event(place__name="Vladivostok", date_start=dt.date(2023, 9, 11), trigger="arrive")

    assert event.date_precision == Event.Precision.DAY


def test_the_train_stops_at_khasan_on_the_twelfth(seed_story):
    event = one_event(place__name="Khasan", trigger="stop")

    assert event.date_start == dt.date(2023, 9, 12)
    assert event.certainty == Event.Certainty.OCCURRED


def test_the_train_is_seen_in_ussuriysk_on_the_twelfth(seed_story):
    event = one_event(place__name="Ussuriysk")

    assert event.date_start == dt.date(2023, 9, 12)


def test_vostochny_is_a_speculated_destination_not_a_visit(seed_story):
    heading = events_where(place__kind=Place.Kind.SPACEPORT, people__name="Kim Jong Un")

    assert heading
    assert all(e.certainty == Event.Certainty.SPECULATED for e in heading)


def test_the_2019_summit_in_vladivostok_has_year_precision_and_both_sources(seed_story):
    event = one_event(date_start__year=2019)

    assert event.place.name == "Vladivostok"
    assert event.date_precision == Event.Precision.YEAR
    assert event.sources.count() == 2


def test_shoigus_july_visit_has_month_precision_and_both_sources(seed_story):
    event = one_event(people__name="Sergei Shoigu", trigger="visit")

    assert (event.date_start, event.date_precision) == (dt.date(2023, 7, 1), "month")
    assert event.sources.count() == 2


@pytest.mark.parametrize("name", sorted(REAL_POSITIONS))
def test_seed_places_are_pinned_near_the_real_place(seed_story, name):
    lat, lon, tolerance_km = REAL_POSITIONS[name]
    place = Place.objects.get(name=name)

    assert distance_km(place.latitude, place.longitude, lat, lon) <= tolerance_km


def test_khasan_is_the_russian_border_station_not_hassan_india(seed_story):
    assert Place.objects.get(name="Khasan").country_code == "RU"


def test_every_event_quote_matches_its_article_text(seed_story):
    for event in Event.objects.prefetch_related("sources__article"):
        for source in event.sources.all():
            assert source.article.text[source.start : source.end] == source.quote


@pytest.mark.parametrize(
    "title",
    [
        "Reports specify",
        "Putin focuses",
        "Kim's train reaches it",
        "Kim accompanied by Jo Chun Ryong",
        "Seoul maintains communication near Moscow",
    ],
)
def test_no_noise_event_of_the_issue_remains(seed_story, title):
    assert not Event.objects.filter(title=title).exists()


def test_the_2019_summit_is_background(seed_story):
    assert one_event(date_start__year=2019).background


def test_the_2022_invasion_is_background(seed_story):
    assert one_event(date_start__year=2022).background


def test_kim_leaving_pyongyang_is_main_line(seed_story):
    event = one_event(place__name="Pyongyang", trigger__in=["leave", "board", "depart"])

    assert not event.background
