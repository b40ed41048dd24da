"""A week or month the story names last that holds a day it told before stands on that day.

Sentences are written for the tests; the story was published on Monday, 11 September 2023.
"""

import datetime

from stories.extraction.events.day_within import day_within
from stories.extraction.events.event_dates import EventDate
from tests.extracting import event_of

PUBLISHED = datetime.date(2023, 9, 11)
FRIDAY = EventDate(datetime.date(2023, 9, 8), None, "day", "Friday")
LAST_WEEK = EventDate(datetime.date(2023, 9, 4), None, "week", "last week")


def dated(text: str, word: str) -> datetime.date | None:
    return event_of(text, word, PUBLISHED).date_start


def test_a_week_holding_a_told_day_stands_on_that_day():
    assert day_within(LAST_WEEK, [FRIDAY, LAST_WEEK]) == FRIDAY


def test_a_week_holding_no_told_day_stays_the_week():
    monday_before = EventDate(datetime.date(2023, 8, 28), None, "day", "Aug. 28")

    assert day_within(LAST_WEEK, [monday_before, LAST_WEEK]) == LAST_WEEK


def test_a_day_point_is_left_as_it_is():
    assert day_within(FRIDAY, [LAST_WEEK, FRIDAY]) == FRIDAY


def test_an_undated_deed_after_last_week_takes_the_friday_it_holds():
    text = (
        "Shares in Marlow slumped Friday after the finance minister quit.\n\n"
        "Brokers said investors were rattled by the swings in Tarsa last week.\n\n"
        "Prices also slipped in Dunmore and Harwick."
    )

    assert dated(text, "slip") == datetime.date(2023, 9, 8)
