"""Specification of events.named: happenings known by their name, with a date and a town."""

import datetime as dt

import pytest
import spacy

from stories.extraction.events.named import named_events
from stories.extraction.mentions import EventCandidate, PlaceMention
from stories.extraction.nlp import MODEL_NAME
from stories.extraction.times import TimeMention

PUBLISHED = dt.date(2024, 3, 6)


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL_NAME)


def _date(text: str, words: str, value: str, end_value: str | None = None) -> TimeMention:
    start = text.index(words)
    return TimeMention(words, start, start + len(words), "DATE", value, "day", end_value)


def _city(text: str, name: str) -> PlaceMention:
    start = text.index(name)
    return PlaceMention(name, start, start + len(name), name, "city", 3, "US")


LISTING = "Come and see the Northfield County Horse Show, May 11–14, in Millbrook, VT."


def _listing(nlp, text: str = LISTING, published: dt.date = PUBLISHED):
    times = [_date(text, "May 11–14", "2024-05-11", "2024-05-14")]
    return named_events(
        nlp(text), times=times, places=[_city(text, "Millbrook")], published=published
    )


def test_a_named_show_with_dates_and_a_town_is_one_event(nlp):
    assert [e.title for e in _listing(nlp)] == ["Northfield County Horse Show in Millbrook"]


def test_a_named_event_takes_the_first_day_of_its_dates(nlp):
    event = _listing(nlp)[0]

    assert (event.date_start, event.date_precision) == (dt.date(2024, 5, 11), "day")


def test_a_named_event_after_publication_is_planned(nlp):
    assert _listing(nlp)[0].certainty == "planned"


def test_a_named_event_before_publication_occurred(nlp):
    assert _listing(nlp, published=dt.date(2024, 6, 1))[0].certainty == "occurred"


def test_a_named_event_is_placed_at_the_town_the_text_holds_it_in(nlp):
    assert _listing(nlp)[0].place.name == "Millbrook"


def test_a_venue_before_the_town_leaves_the_town_as_the_place(nlp):
    text = "Join us for the Lakeside Writers Symposium on May 11 at Elm Hall in Millbrook."
    times = [_date(text, "May 11", "2024-05-11")]
    places = [_city(text, "Elm Hall"), _city(text, "Millbrook")]

    events = named_events(nlp(text), times=times, places=places, published=PUBLISHED)

    assert events[0].place.name == "Millbrook"


def test_a_named_event_mentioned_again_is_the_same_event(nlp):
    text = (
        "Fans flock to the Riverside Jazz Festival on May 11. "
        "Tickets for the Riverside Jazz Festival on May 11 sold out."
    )
    first = text.index("May 11")
    second = text.index("May 11", first + 1)
    times = [
        TimeMention("May 11", at, at + 6, "DATE", "2024-05-11", "day") for at in (first, second)
    ]

    events = named_events(nlp(text), times=times, places=[], published=PUBLISHED)

    assert [e.start for e in events] == [text.index("Riverside")]


def test_a_named_event_without_a_date_is_no_event(nlp):
    text = "She is a senior fellow at the Harbor Policy Forum in Millbrook."

    events = named_events(
        nlp(text), times=[], places=[_city(text, "Millbrook")], published=PUBLISHED
    )

    assert events == []


def test_a_name_that_acts_in_its_clause_is_no_event(nlp):
    text = "The Riverside Jazz Festival on May 11 announced its lineup."
    times = [_date(text, "May 11", "2024-05-11")]

    assert named_events(nlp(text), times=times, places=[], published=PUBLISHED) == []


def test_an_organisation_name_without_an_event_word_at_its_end_is_no_event(nlp):
    text = "She spoke to the Fair Trade Commission on May 11."
    times = [_date(text, "May 11", "2024-05-11")]

    assert named_events(nlp(text), times=times, places=[], published=PUBLISHED) == []


def test_a_programme_one_appears_on_is_no_event(nlp):
    text = "The singer appeared on the Evening Variety Show on May 11."
    times = [_date(text, "May 11", "2024-05-11")]

    assert named_events(nlp(text), times=times, places=[], published=PUBLISHED) == []


def test_a_listing_imperative_in_capitals_is_no_part_of_the_name(nlp):
    text = "VISIT the Northfield County Horse Show, May 11–14, in Millbrook, VT."

    assert _listing(nlp, text)[0].title == "Northfield County Horse Show in Millbrook"


def test_a_bare_name_taken_as_an_object_is_no_event(nlp):
    text = "The regulator sued Northfield Games on May 11."
    times = [_date(text, "May 11", "2024-05-11")]

    assert named_events(nlp(text), times=times, places=[], published=PUBLISHED) == []


def test_the_town_may_come_before_the_date(nlp):
    text = "Leaders gathered at the Coastal Nations Summit in Millbrook on May 11."
    times = [_date(text, "May 11", "2024-05-11")]
    places = [_city(text, "Millbrook")]

    event = named_events(nlp(text), times=times, places=places, published=PUBLISHED)[0]

    assert (event.date_start, event.place.name) == (dt.date(2024, 5, 11), "Millbrook")


def test_a_named_event_a_clause_already_reports_is_not_repeated(nlp):
    text = "Leaders attended the Coastal Nations Summit on May 11."
    times = [_date(text, "May 11", "2024-05-11")]
    told = EventCandidate(
        "Leaders attend Coastal Nations Summit", text, text, 0, len(text), "attend", "planned"
    )

    assert named_events(nlp(text), times=times, places=[], published=PUBLISHED, told=[told]) == []


def test_a_relative_clause_saying_when_it_is_held_dates_the_named_event(nlp):
    text = "Sponsored by the Coastal Nations Summit, which takes place May 11 in Millbrook."
    times = [_date(text, "May 11", "2024-05-11")]

    events = named_events(
        nlp(text), times=times, places=[_city(text, "Millbrook")], published=PUBLISHED
    )

    assert [(e.date_start, e.place.name) for e in events] == [(dt.date(2024, 5, 11), "Millbrook")]


def test_a_programme_someone_speaks_to_is_no_event(nlp):
    text = "The minister told the Morning Variety Show on May 11 that talks would resume."
    times = [_date(text, "May 11", "2024-05-11")]

    assert named_events(nlp(text), times=times, places=[], published=PUBLISHED) == []
