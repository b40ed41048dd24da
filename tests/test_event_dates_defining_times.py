"""A happening that defines a time ("the night the plane went down", "the day the ferry sank")
names that time; the sentence it stands in tells of another day, which it does not take.

The sentences here are written for the tests, with invented names and places.
"""

import datetime


def test_a_crash_naming_the_night_is_not_dated_by_the_release(events_of):
    text = "BERNDALE - Investigators on Tuesday released tapes from the night the jet went down."

    event = events_of(text)["go"]

    assert event.date_start is None


def test_a_sinking_naming_the_day_is_not_dated_by_publication(events_of):
    text = "Survivors marked the anniversary of the day the ferry sank off Dover."

    event = events_of(text)["sink"]

    assert event.date_start is None


def test_a_happening_naming_a_time_is_background(events_of):
    text = "BERNDALE - Investigators on Tuesday released tapes from the night the jet went down."

    assert events_of(text)["go"].background


def test_a_happening_naming_a_time_keeps_its_own_year(events_of):
    text = "Residents remember the night the dam burst in 1972."

    event = events_of(text)["burst"]

    assert event.date_start == datetime.date(1972, 1, 1)


def test_a_happening_on_the_day_of_the_sentence_takes_its_day(events_of):
    text = "On the day the plane went down, her husband called her from Paris on Monday."

    event = events_of(text)["go"]

    assert event.date_start == datetime.date(2023, 9, 11)


def test_a_happening_naming_a_time_takes_no_place_from_the_sentence(events_of):
    text = "In Boston today, investigators released tapes from the night the jet went down."

    place = events_of(text)["go"].provenance.get("place") or {}

    assert place.get("source") != "sentence"


def test_a_happening_naming_the_night_spent_takes_the_sentence_day(events_of):
    text = "On Monday, rescuers spent the night the storm hit searching for survivors in Tulsa."

    event = events_of(text)["hit"]

    assert event.date_start == datetime.date(2023, 9, 11)
