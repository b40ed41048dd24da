"""How narrow the neighbour and reporter's-now date rules are (events.neighbour_dates,
events.reporting_day): each takes its day only from the sentence or lead that tells of the
clause, and none breaks at the calendar's ends.

Sentences are written for the tests; the story was published on Wednesday, 13 September 2023
(Thursday, 14 September for the lead).
"""

import datetime
from types import SimpleNamespace

from stories.extraction.events.event_dates import EventDate
from stories.extraction.events.narrative_points import day_told_next, recent_before, shifted
from stories.extraction.events.reporting_day import _lead_day
from tests.extracting import event_of

PUBLISHED = datetime.date(2023, 9, 13)


def _event(text: str, word: str, published: datetime.date = PUBLISHED):
    return event_of(text, word, published)


def test_elaborated_takes_no_day_from_a_next_sentence_about_something_else():
    text = (
        "A man was shot in Velton on Monday.\n\n"
        "Police are looking for a suspect.\n\n"
        "The town has hired a new fire chief. On Monday, farmers marched through Norburg."
    )

    event = _event(text, "hire")

    assert event.extra["date_from"] != "elaborated"
    assert event.date_start != datetime.date(2023, 9, 11)


def test_announced_takes_no_day_for_a_plan_beside_the_saying():
    text = "On Monday, police said a man was hurt in Brenmoor; the town will hold a vigil."

    event = _event(text, "vigil")

    assert event.date_start is None


def test_plan_carried_takes_no_day_for_a_plan_with_a_time_of_its_own():
    text = (
        "The Velton Hawks play the Norburg Eagles on Friday.\n"
        "Coach Marek Dorn will retire at the end of the season."
    )

    event = _event(text, "retire")

    assert event.date_start is None


def test_a_lead_naming_two_recent_days_tells_the_news_of_the_later():
    text = (
        "A man hurt in a crash in Brenmoor on Monday died on Wednesday.\n\n"
        "The act creates three new parks in the county."
    )

    event = _event(text, "creat", published=datetime.date(2023, 9, 14))

    assert (event.date_start, event.extra["date_from"]) == (datetime.date(2023, 9, 13), "lead")


def test_shifted_gives_none_past_the_calendar_ends():
    assert shifted(datetime.date(1, 1, 2), -5) is None
    assert shifted(datetime.date(9999, 12, 30), 7) is None
    assert shifted(datetime.date(2023, 9, 13), -2) == datetime.date(2023, 9, 11)


def test_recent_before_holds_near_the_calendar_ends():
    assert recent_before(datetime.date(1, 1, 1), datetime.date(1, 1, 3), 7)
    assert not recent_before(datetime.date(9999, 12, 31), datetime.date(9999, 12, 31), 7)
    assert recent_before(datetime.date(9999, 12, 30), datetime.date(9999, 12, 31), 7)


def test_lead_day_and_day_told_next_do_not_overflow_at_the_calendar_ends():
    first = EventDate(datetime.date(1, 1, 1), None, "day", "")
    anchors = [SimpleNamespace(start=0, date=first)]

    assert _lead_day(anchors, [0], datetime.date(1, 1, 2)) == first
    assert day_told_next(0, anchors, [0], datetime.date(1, 1, 2), 7) == first
