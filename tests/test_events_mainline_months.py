"""A happening dated only to the month of publication ("early this month", "released this
month") is the story's own time, never background, however late in the month the paper
appears; an earlier month, a month well back, stays background (events.mainline).
"""

import datetime as dt

from stories.extraction.events.mainline import is_background

_LATE_IN_OCTOBER = dt.date(1989, 10, 27)


def test_the_month_of_publication_is_not_background_late_in_the_month():
    start = dt.date(1989, 10, 1)
    assert not is_background(start, "month", _LATE_IN_OCTOBER, told_as_past=False)


def test_a_month_well_before_publication_stays_background():
    start = dt.date(1989, 8, 1)
    assert is_background(start, "month", _LATE_IN_OCTOBER, told_as_past=False)


def test_a_day_early_in_the_month_of_publication_stays_background():
    start = dt.date(1989, 10, 1)
    assert is_background(start, "day", _LATE_IN_OCTOBER, told_as_past=False)
