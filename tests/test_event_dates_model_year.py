"""A year between "a" and a make's name ("a 2011 Volvo bus") is a model year: it dates the
thing, not the paragraph's narrative.

The sentences here are written for the tests.
"""

import datetime


def test_a_model_year_moves_no_paragraph_narrative(events_of):
    text = (
        "A fire destroyed a barn in Dover on Monday.\n\n"
        "The owner lost a 2004 Ford tractor in the blaze. No one was injured."
    )

    event = events_of(text, published=datetime.date(2009, 3, 24))["injure"]

    assert event.date_start == datetime.date(2009, 3, 23)


def test_an_owned_things_year_does_not_date_a_later_deed(events_of):
    text = (
        "The shop was burgled on Feb. 3. Officers found his battered 1997 Chevrolet Malibu "
        "in a lake two days later."
    )

    event = events_of(text, published=datetime.date(2009, 3, 24))["find"]

    assert event.date_start == datetime.date(2009, 2, 5)


def test_a_model_year_on_a_make_named_like_an_event_noun_dates_nothing(events_of):
    text = (
        "A van hit a pole in Dover on Monday. The van swerved and then struck a 2006 Honda "
        "Accord on Elm Road."
    )

    event = events_of(text, published=datetime.date(2009, 3, 24))["strike"]

    assert event.date_start == datetime.date(2009, 3, 23)


def test_a_model_year_in_a_clause_does_not_date_that_clause(events_of):
    text = (
        "A truck crashed on Elm Road in Dover on Monday. The truck stopped in the left lane "
        "and a 2005 Toyota Corolla driven by a teacher stopped behind it."
    )

    event = events_of(text, published=datetime.date(2009, 3, 24))["stop"]

    assert event.date_start == datetime.date(2009, 3, 23)


def test_a_year_told_apart_from_the_make_still_dates_its_clause(events_of):
    text = "A van hit a pole in Dover on Monday. In 2006, the same van struck a Honda Accord."

    event = events_of(text, published=datetime.date(2009, 3, 24))["strike"]

    assert event.date_start == datetime.date(2006, 1, 1)


def test_a_year_before_a_name_headed_by_an_event_noun_dates_its_clause(events_of):
    text = (
        "A storm hit Dover on Monday.\n\nJones was hurt in a 2015 World Cup match against Norland."
    )

    event = events_of(text, published=datetime.date(2019, 3, 24))["hurt"]

    assert event.date_start == datetime.date(2015, 1, 1)
