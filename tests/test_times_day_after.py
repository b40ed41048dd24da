"""'The following day' and 'the next day' count one day on from the story's last named day.

A story tells one happening on a date and the next one "the following day": that day is the
named day plus one, and the narrative stands on it for what comes after. The sentences are
written for these tests; the story was published on Tuesday, 12 September 2023.
"""

import datetime

import pytest

from stories.extraction.analysis import analyse_text
from stories.extraction.nlp import get_nlp
from stories.extraction.times.find import find_times

TUESDAY = datetime.date(2023, 9, 12)


@pytest.fixture
def times():
    nlp = get_nlp()
    return lambda text: find_times(text, published=TUESDAY, doc=nlp(text))


def test_the_following_day_is_the_day_after_the_last_named_day(times):
    mentions = times(
        "The board met on Sept. 4 to weigh the offer. The following day, the chair resigned."
    )

    assert [(m.text, m.value) for m in mentions] == [
        ("Sept. 4", "2023-09-04"),
        ("The following day", "2023-09-05"),
    ]


def test_the_next_morning_is_the_day_after_the_last_named_day(times):
    mentions = times("The ferry left the harbour on Sept. 4. It docked the next morning.")

    assert [(m.text, m.value) for m in mentions][-1] == ("the next morning", "2023-09-05")


def test_the_next_day_with_no_day_named_before_dates_nothing(times):
    assert [m.value for m in times("The chair resigned the next day.")] == [None]


def test_the_next_day_of_a_named_thing_is_not_counted_from_the_story(times):
    mentions = times("The trial opened on Sept. 4. The next day's hearing was short.")

    assert [m.text for m in mentions] == ["Sept. 4"]


def test_a_deed_told_the_following_day_takes_that_day():
    text = (
        "At a meeting on Sept. 4, the two unions agreed to end the strike.\n\n"
        "The following day, the union leader met the company's owner and signed the deal."
    )

    events = analyse_text(text, published=TUESDAY).events

    signed = next(e for e in events if "sign" in e.trigger.lower() or "met" in e.trigger)
    assert signed.date_start == datetime.date(2023, 9, 5)


def test_the_next_morning_ending_the_text_without_a_stop_is_counted(times):
    mentions = times("The ferry left the harbour on Sept. 4. It docked the next morning")

    assert [(m.text, m.value) for m in mentions][-1] == ("the next morning", "2023-09-05")


def test_the_night_before_ending_a_line_without_a_stop_is_counted(times):
    mentions = times("Ferry docks on Sept. 4 after leaving the night before\nThe crew was tired.")

    assert [(m.text, m.value) for m in mentions][-1] == ("the night before", "2023-09-03")
