"""A body's undated act told after the story names its sitting's day takes that day, not a
background date told between (events.occasion_days); a month-day with its weekday names its
year by the weekday (times.rules_dates).

The sentences and events here are made up for the tests.
"""

import datetime

import pytest

from stories.extraction.events.event_dates import EventDate
from stories.extraction.events.occasion_days import done_after_the_news, sitting_day, sittings
from stories.extraction.events.thing_dates import Anchor
from stories.extraction.mentions import EventCandidate
from tests.extracting import time_values

PUBLISHED = datetime.date(2011, 5, 12)
SITTING_DAY = datetime.date(2011, 5, 9)
BACKGROUND = EventDate(datetime.date(2010, 6, 1), None, "month", "June 2010")
TEXT = (
    "The board voted during its regular meeting Monday, May 9. "
    "The plan was first drafted in June 2010. "
    "In other business, the board approved a new fence."
)


def _anchors() -> list[Anchor]:
    day = TEXT.index("Monday, May 9")
    month = TEXT.index("June 2010")
    return [
        Anchor(day, EventDate(SITTING_DAY, None, "day", "Monday, May 9"), day + 13),
        Anchor(month, BACKGROUND, month + 9),
    ]


def _act(trigger: str = "approve", **extra) -> EventCandidate:
    start = TEXT.index("the board approved")
    return EventCandidate(
        title="",
        summary="",
        quote="",
        start=start,
        end=start + 30,
        trigger=trigger,
        certainty="occurred",
        extra=extra,
    )


def test_a_day_named_after_a_meeting_noun_is_a_sitting():
    (sitting,) = sittings(_anchors(), TEXT, PUBLISHED)

    assert sitting.date.start == SITTING_DAY


def test_an_act_of_the_body_takes_the_sittings_day_over_a_background_month():
    found, source = sitting_day(_act(), BACKGROUND, "story", sittings(_anchors(), TEXT, PUBLISHED))

    assert found is not None and found.start == SITTING_DAY
    assert source == "sitting"


def test_an_act_told_in_its_own_words_keeps_its_date():
    told = sittings(_anchors(), TEXT, PUBLISHED)

    assert sitting_day(_act(), BACKGROUND, "clause", told) == (BACKGROUND, "clause")


def test_a_happening_that_is_no_act_of_a_body_keeps_the_narrative_date():
    told = sittings(_anchors(), TEXT, PUBLISHED)

    assert sitting_day(_act("build"), BACKGROUND, "story", told) == (BACKGROUND, "story")


def test_an_act_in_the_past_perfect_is_background_and_keeps_its_date():
    told = sittings(_anchors(), TEXT, PUBLISHED)

    found = sitting_day(_act(past_perfect=True), BACKGROUND, "story", told)

    assert found == (BACKGROUND, "story")


def test_a_date_later_than_the_sitting_is_not_replaced():
    later = EventDate(datetime.date(2011, 5, 10), None, "day", "Tuesday")
    told = sittings(_anchors(), TEXT, PUBLISHED)

    assert sitting_day(_act(), later, "paragraph", told) == (later, "paragraph")


@pytest.fixture(scope="module")
def values():
    return time_values(datetime.date(2009, 3, 25))


def test_a_month_day_with_its_weekday_takes_the_year_the_weekday_names(values):
    text = "The board heard a plan to rename the street during its meeting Monday, March 16."

    assert ("Monday, March 16", "2009-03-16") in values(text)


def test_a_past_deed_on_a_misnamed_weekday_keeps_the_year_of_publication(values):
    # March 16, 2025 was a Sunday: the weekday slip must not move a past hearing a year ahead.
    text = "The hearing was held Monday, March 16, in Albany."

    found = values(text, datetime.date(2025, 3, 20))

    assert ("Monday, March 16", "2025-03-16") in found


def test_a_plan_on_a_weekday_of_last_year_keeps_the_coming_date(values):
    text = "The vote is set for Friday, Jan. 5, officials said."

    found = values(text, datetime.date(2025, 1, 2))

    assert ("Friday, Jan. 5", "2025-01-05") in found


def test_a_day_named_with_no_sitting_is_no_sitting():
    text = "The plan was drafted Monday, May 9, and the board approved it."
    day = text.index("Monday")
    anchor = Anchor(day, EventDate(SITTING_DAY, None, "day", "Monday, May 9"), day + 13)

    assert sittings([anchor], text, PUBLISHED) == []


def _dated_act(day: datetime.date, certainty: str = "planned") -> EventCandidate:
    return EventCandidate(
        title="",
        summary="",
        quote="",
        start=TEXT.index("the board approved"),
        end=len(TEXT),
        trigger="approve",
        certainty=certainty,
        date_start=day,
        date_precision="day",
    )


def test_a_done_act_dated_after_the_news_by_a_thing_it_names_is_the_sittings():
    told = sittings(_anchors(), TEXT, PUBLISHED)
    act = _dated_act(datetime.date(2011, 12, 31))

    found = done_after_the_news(act, PUBLISHED, lambda event: "past", told)

    assert found is not None and found.start == SITTING_DAY


def test_an_act_told_ahead_in_the_future_tense_keeps_its_later_day():
    told = sittings(_anchors(), TEXT, PUBLISHED)
    act = _dated_act(datetime.date(2011, 6, 6))

    assert done_after_the_news(act, PUBLISHED, lambda event: "future", told) is None
