"""A lone clock time told before the story names any day takes the recent past day it names
next ("arrived at 5 a.m. … the town hall meeting Thursday"), not the publication day.

The sentences here are written for the tests; the story came out on Friday, 15 September 2023.
"""

import datetime

from stories.extraction.times.find import find_times

FRIDAY = datetime.date(2023, 9, 15)


def _value(text: str, words: str) -> str | None:
    return next(t.value for t in find_times(text, published=FRIDAY) if t.text == words)


def test_a_clock_before_any_day_takes_the_past_day_named_next():
    text = (
        "One man arrived at 5 a.m. for a chance to get in. The mayor came to town. "
        "The mood at the school where she held a town hall meeting Thursday was upbeat."
    )

    assert _value(text, "5 a.m.") == "2023-09-14T05"


def test_a_clock_before_a_coming_day_keeps_the_publication_day():
    text = "The store opened at 9 a.m. The sale will end next Tuesday."

    assert _value(text, "9 a.m.") == "2023-09-15T09"


def test_a_clock_with_no_day_named_near_keeps_the_publication_day():
    text = "Firefighters were called at 3 a.m. to a house on Elm Street. The fire was put out."

    assert _value(text, "3 a.m.") == "2023-09-15T03"


def test_a_clock_after_a_named_day_keeps_that_day():
    text = "The fire broke out Wednesday night. Crews left at 3 a.m. The owner returned Thursday."

    assert _value(text, "3 a.m.") == "2023-09-13T03"


def test_a_clock_before_a_day_told_in_the_past_perfect_keeps_the_publication_day():
    text = (
        "Firefighters were called to a house on Elm Street at 3 a.m. "
        "The family had moved in on Thursday, a neighbor said."
    )

    assert _value(text, "3 a.m.") == "2023-09-15T03"


def test_a_clock_before_a_day_s_possessive_keeps_the_publication_day():
    text = "Fans lined up at 6 a.m. for tickets. They were still angry about Thursday's loss."

    assert _value(text, "6 a.m.") == "2023-09-15T06"


def test_a_clock_before_a_day_older_than_the_eve_keeps_the_publication_day():
    text = "The first baby arrived at 12:01 a.m. Her brother was born Tuesday."

    assert _value(text, "12:01 a.m.") == "2023-09-15T00:01"


def test_a_clock_in_a_future_clause_keeps_the_publication_day():
    text = "The parade will start at 10 a.m. on Main Street. Organizers met Thursday to plan it."

    assert _value(text, "10 a.m.") == "2023-09-15T10"


def test_a_clock_in_a_timetable_keeps_the_publication_day():
    text = "Polls open at 7 a.m. and close at 8 p.m. Early voting ended Thursday."

    assert _value(text, "8 p.m.") == "2023-09-15T20"


def test_a_clock_in_a_dateline_keeps_the_publication_day():
    text = "Police investigate shooting after party 10:22 AM CT. A teen was killed Thursday."

    assert _value(text, "10:22 AM") == "2023-09-15T10:22"


def test_two_clocks_before_the_day_both_take_it():
    text = "One man arrived at 5 a.m. Doors opened at 7 a.m. The mayor held a meeting Thursday."

    assert _value(text, "5 a.m.") == "2023-09-14T05"
