"""A lone clock time told just before a later clock on an earlier, named day is that day's.

The sentences here are written for the tests; the story came out on Friday, 15 September 2023.
"""

import datetime

from stories.extraction.times.find import find_times

FRIDAY = datetime.date(2023, 9, 15)


def _value(text: str, words: str) -> str | None:
    return next(t.value for t in find_times(text, published=FRIDAY) if t.text == words)


def test_a_lone_clock_before_a_later_clock_on_an_earlier_day_takes_that_day():
    text = (
        "The missing hiker was found on Thursday. He told rescuers he lost the trail at 6 p.m. "
        "His wife phoned the ranger station. Rangers began searching at 9 p.m. Wednesday."
    )

    assert _value(text, "6 p.m.") == "2023-09-13T18"


def test_a_lone_clock_after_the_later_clock_keeps_the_day_told_before_it():
    text = (
        "The missing hiker was found on Thursday. He told rescuers he lost the trail at 10 p.m. "
        "Rangers had begun searching at 9 p.m. Wednesday."
    )

    assert _value(text, "10 p.m.") == "2023-09-14T22"


def test_a_morning_clock_before_a_night_clock_keeps_the_day_told_before_it():
    text = (
        "The warehouse fire broke out on Thursday. The depot usually opens at 7 a.m. "
        "Crews arrived at 11 p.m. Wednesday."
    )

    assert _value(text, "7 a.m.") == "2023-09-14T07"


def test_a_lone_clock_far_before_the_later_clock_keeps_the_day_told_before_it():
    filler = "The depot stores paper, paint and cleaning supplies for schools in the county. " * 6
    text = (
        "The warehouse fire broke out on Thursday. A guard locked the gate at 9 p.m. "
        + filler
        + "Crews arrived at 11 p.m. Wednesday."
    )

    assert _value(text, "9 p.m.") == "2023-09-14T21"
