"""Days joined by "and" on one happening ("statements made Friday and Thursday") tell when it
was spread over: it starts on the earliest of them, whichever the writer names first.

The sentences here are written for the tests; published on Tuesday 12 September 2023.
"""

import datetime


def test_a_happening_on_two_days_named_latest_first_starts_on_the_earlier(events_of):
    event = events_of("The lawyer met prosecutors in Dover on Friday and Thursday.")["meet"]

    assert event.date_start == datetime.date(2023, 9, 7)


def test_a_happening_on_two_days_named_in_order_starts_on_the_first(events_of):
    event = events_of("The lawyer met prosecutors in Dover on Thursday and Friday.")["meet"]

    assert event.date_start == datetime.date(2023, 9, 7)


def test_a_later_day_not_joined_to_the_first_does_not_replace_it(events_of):
    text = "The lawyer met prosecutors in Dover on Friday about charges filed Thursday."

    event = events_of(text)["meet"]

    assert event.date_start == datetime.date(2023, 9, 8)


def test_two_years_joined_by_and_are_two_happenings_dated_by_the_first(events_of):
    event = events_of("The company reported losses in 2021 and 2019.")["report"]

    assert event.date_start == datetime.date(2021, 1, 1)


def test_two_months_joined_by_and_are_two_happenings_dated_by_the_first(events_of):
    event = events_of("The company reported losses in May and March.")["report"]

    assert event.date_start == datetime.date(2023, 5, 1)
