"""A time naming when a moved happening is now to be held ("put the inquiry off until
May", "postponed to Sunday") dates the happening moved, never the moving.

The sentences here are written for the tests (published Tuesday 12 September 2023).
"""

import datetime


def test_a_postponement_is_not_dated_by_the_day_it_moves_to(events_of):
    text = "The final between Arlow and Benfield was postponed to Sunday because of rain."

    event = events_of(text)["postpone"]

    assert event.date_start == datetime.date(2023, 9, 12)
    assert event.certainty == "occurred"


def test_a_delay_keeps_its_own_clause_day(events_of):
    text = "Corvale planners on Monday delayed the zoning hearing until October, a clerk said."

    event = events_of(text)["delay"]

    assert event.date_start == datetime.date(2023, 9, 11)


def test_the_moved_happening_takes_the_new_time_as_planned(events_of):
    text = "Corvale planners on Monday delayed the zoning hearing until October, a clerk said."

    event = events_of(text)["hearing"]

    assert event.date_start == datetime.date(2023, 10, 1)
    assert event.certainty == "planned"


def test_an_adjournment_until_a_day_is_not_dated_by_that_day(events_of):
    text = "A judge in Marlow adjourned the fraud case until Friday."

    event = events_of(text)["adjourn"]

    assert event.date_start == datetime.date(2023, 9, 12)


def test_a_month_pushed_back_to_lies_ahead(events_of):
    text = "The trial of Dana Voss was pushed back to June after her lawyer fell ill."

    event = events_of(text)["trial"]

    assert event.date_start == datetime.date(2024, 6, 1)


def test_a_new_time_hung_on_the_moved_noun_does_not_date_the_delay(events_of):
    text = (
        "The depot hearing was due on Monday, but a Corvale board motion postponed that "
        "hearing to October."
    )

    event = events_of(text)["postpone"]

    assert event.date_start == datetime.date(2023, 9, 11)


def test_a_decision_to_postpone_is_not_dated_by_the_new_day(events_of):
    text = "The Corvale league decided to postpone the match to Sunday, officials said."

    events = events_of(text)

    assert events["decide"].date_start == datetime.date(2023, 9, 12)
    assert events["match"].date_start == datetime.date(2023, 9, 17)
