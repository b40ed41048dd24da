""" "This time last year" is the publication's month a year back, not the whole of last year.

The sentences here are written for the tests.
"""

import datetime

import pytest

from tests.extracting import time_values

PUBLISHED = datetime.date(2009, 3, 31)


@pytest.fixture(scope="module")
def values():
    return time_values(PUBLISHED)


def test_this_time_last_year_is_the_same_month_a_year_back(values):
    text = "Some calls this time last year were for help after a tornado."

    assert values(text) == [("this time last year", "2008-03")]


def test_the_same_time_a_year_ago_is_the_same_month_a_year_back(values):
    text = "Sales were weaker at the same time a year ago."

    assert values(text) == [("the same time a year ago", "2008-03")]


def test_last_year_alone_stays_the_year(values):
    assert values("Sales were weaker last year.") == [("last year", "2008")]


def test_an_event_told_this_time_last_year_is_dated_to_that_month(events_of):
    text = "A tornado struck Dover this time last year."

    event = events_of(text, published=PUBLISHED)["strike"]

    assert (event.date_start, event.date_precision) == (datetime.date(2008, 3, 1), "month")
