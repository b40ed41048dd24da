"""A "later" clause that counts its days happened that many days after the day it follows.

The sentences here are written for the tests.
"""

import datetime

from stories.extraction.events.counted_later import days_later


def test_a_count_of_days_later_is_read():
    text = "The dog was found three days later."

    assert days_later(0, len(text), text) == 3


def test_a_count_of_weeks_later_is_read_in_days():
    text = "He returned home two weeks later."

    assert days_later(0, len(text), text) == 14


def test_a_plain_later_counts_no_days():
    text = "He returned home later."

    assert days_later(0, len(text), text) is None


def test_days_later_than_planned_are_a_delay_not_a_count():
    text = "The ship docked two days later than planned."

    assert days_later(0, len(text), text) is None


def test_a_later_clause_is_dated_the_counted_days_after_the_day_told(events_of):
    text = "The ferry sank off the cape on March 2. Divers recovered the wreck four days later."

    event = events_of(text, published=datetime.date(2009, 3, 24))["recover"]

    assert event.date_start == datetime.date(2009, 3, 6)
