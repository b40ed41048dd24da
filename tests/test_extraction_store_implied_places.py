"""An event placed where no mention of the text names (a national body's seat) is stored at
the story's place with that GeoNames entry, keeping the resolution extraction gave it."""

import datetime as dt

import pytest

from stories.extraction.analysis import Analysis
from stories.extraction.events.seats import _capital
from stories.extraction.mentions import EventCandidate
from stories.extraction.store import write_analysis
from stories.models import Event, Mention, Place
from tests.factories import make_article

pytestmark = pytest.mark.django_db

TEXT = "The White House announced the plan on Tuesday."
WASHINGTON = 4140963


def hearing_analysis() -> Analysis:
    seat = _capital(WASHINGTON, 4, 15)  # at the words "White House"
    event = EventCandidate(
        title="White House announces plan",
        summary=TEXT,
        quote=TEXT[:-1],
        start=0,
        end=len(TEXT) - 1,
        trigger="announce",
        certainty="occurred",
        date_start=dt.date(2024, 3, 5),
        date_precision="day",
        place=seat,
        provenance={"place": {"source": "seat", "confidence": 0.5, "text": seat.text}},
    )
    return Analysis(TEXT, dt.date(2024, 3, 8), [], [], [], [event])


def test_an_implied_seat_is_stored_as_the_story_s_place_with_its_resolution(story):
    article = make_article(story=story, text=TEXT)

    write_analysis(article, hearing_analysis())

    place = Event.objects.get(story=story).place
    assert (place.name, place.geonames_id) == ("Washington", WASHINGTON)
    assert place.latitude == pytest.approx(38.895, abs=0.01)
    assert not Mention.objects.filter(place=place).exists()


def test_an_implied_seat_joins_the_story_s_place_of_that_entry(story):
    article = make_article(story=story, text=TEXT)
    write_analysis(article, hearing_analysis())

    write_analysis(article, hearing_analysis())

    assert Place.objects.filter(story=story, geonames_id=WASHINGTON).count() == 1
