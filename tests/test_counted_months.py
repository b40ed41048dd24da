"""A clause told "N months later" happened in the month that many months after the day it
follows on from, and says no finer than that month.

The sentences here are written for the tests.
"""

import datetime

from stories.extraction.events.counted_later import months_later


def test_a_count_of_months_later_is_read():
    text = "The bridge reopened three months later."

    assert months_later(0, len(text), text) == 3


def test_a_count_of_days_later_is_no_count_of_months():
    text = "The bridge reopened three days later."

    assert months_later(0, len(text), text) is None


def test_months_earlier_are_no_months_later():
    text = "The bridge had closed three months earlier."

    assert months_later(0, len(text), text) is None


def test_a_later_clause_counting_months_takes_the_month_counted_on(events_of):
    text = (
        "On May 14, 2015, the painter wrote to his dealer about the show. "
        "Then he left for the coast. Two months later, he died in his studio."
    )

    event = events_of(text, published=datetime.date(2019, 11, 15))["die"]

    assert (event.date_start, event.date_precision) == (datetime.date(2015, 7, 1), "month")


def test_a_later_clause_counting_days_keeps_its_day(events_of):
    text = (
        "On May 14, 2015, the painter wrote to his dealer about the show. "
        "Then he left for the coast. Two days later, he died in his studio."
    )

    event = events_of(text, published=datetime.date(2019, 11, 15))["die"]

    assert (event.date_start, event.date_precision) == (datetime.date(2015, 5, 16), "day")


def test_the_narrative_after_a_months_later_opening_stands_in_that_month(events_of):
    text = (
        "On May 14, 2015, the painter wrote to his dealer about the show. "
        "Two months later, he died in his studio. His neighbour found him."
    )

    event = events_of(text, published=datetime.date(2019, 11, 15))["find"]

    assert (event.date_start, event.date_precision) == (datetime.date(2015, 7, 1), "month")


def test_months_later_than_planned_is_a_delay_not_a_count():
    text = "The bridge reopened two months later than planned."

    assert months_later(0, len(text), text) is None
