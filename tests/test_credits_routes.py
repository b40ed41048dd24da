"""Who reported a story (agency credit, versions merged) and who travels (routes)."""

import datetime as dt

import pytest

from stories.credits import credits_for, split_byline
from stories.maps import story_bounds
from stories.models import Person, Place
from stories.routes import is_movement, traveller_routes
from tests.factories import make_article, make_event, make_place, make_story

pytestmark = pytest.mark.django_db


def test_a_byline_with_a_wire_names_the_agency_apart_from_the_writers():
    assert split_byline("Tomas Lindqvist, Meridian Wire") == (["Tomas Lindqvist"], "Meridian Wire")


def test_an_agency_story_reprinted_by_a_site_is_one_source_crediting_the_agency():
    story = make_story()
    wire = make_article(story=story, outlet="", byline="Associated Press", canonical_url="")
    make_article(
        story=story,
        outlet="viewworld.org",
        version_of=wire,
        canonical_url="https://www.viewworld.org/?p=1",
        text="SEOUL, South Korea (AP) — Kim arrived.",
    )

    (credit,) = credits_for(story.articles.order_by("pk"))

    assert credit.label == "AP via viewworld.org"
    assert credit.url == "https://www.viewworld.org/?p=1"


def test_a_dateline_credits_the_agency():
    article = make_article(outlet="site.example", text="SEOUL (AP) — Kim arrived.")

    assert credits_for([article])[0].label == "AP via site.example"


def test_movement_is_read_from_the_trigger_or_else_the_title():
    assert is_movement(trigger="arrive", title="")
    assert not is_movement(trigger="say", title="Minister says he arrived")
    assert is_movement(trigger="", title="Plane lands in Hawaii")


def traveller_story(*, pilot_moves: bool = True):
    story = make_story()
    nagoya = make_place(story=story, name="Nagoya", latitude=35.18, longitude=136.91)
    hawaii = make_place(story=story, name="Kalaeloa", latitude=21.31, longitude=-158.07)
    pilot = Person.objects.create(name="Pilot")
    titles = ("Plane leaves Nagoya", "Plane lands in Hawaii") if pilot_moves else ("A", "B")
    for title, place, day in zip(titles, (nagoya, hawaii), (1, 3), strict=True):
        event = make_event(story=story, title=title, place=place, date_start=dt.date(2015, 7, day))
        event.people.add(pilot)
    return story


def test_a_person_who_travels_between_two_places_has_a_route():
    story = traveller_story()

    (route,) = traveller_routes(story.events.all())

    assert route["actor"] == "Pilot"
    assert [stop[:2] for stop in route["stops"]] == [[35.18, 136.91], [21.31, -158.07]]


def test_a_person_named_at_two_places_without_moving_has_no_route():
    story = traveller_story(pilot_moves=False)

    assert traveller_routes(story.events.all()) == []


def test_bounds_across_the_antimeridian_run_past_180_degrees():
    places = [
        Place(name="Nagoya", latitude=35.18, longitude=136.91),
        Place(name="Hawaii", latitude=21.31, longitude=-158.07),
    ]

    (_, west), (_, east) = story_bounds(places)

    assert west == pytest.approx(136.91) and east == pytest.approx(201.93)
