"""A clause or sentence that counts months on: "Two months later, he died".

News moves a narrative on by counting from the day it last told: "On July 27 he wrote to his
editor. Two months later, he died". Days and weeks counted so name a day (counted_later,
story_points.moved_on), but a count of months names only a month: the death is of late
September, not of September 27, so the clause takes the month that many months after the day
it follows on from, at month precision, and so does the narrative after such an opening.
"""

from __future__ import annotations

import datetime as dt
import re

from stories.extraction.times.calendar import add_months
from stories.extraction.times.vocab import count_of

_MONTHS_LATER = re.compile(r"\b(?P<count>\d{1,2}|[a-z]+)\s+months?\s+later\b(?!\s+than\b)", re.I)
# "Two months later," opening a sentence (after the sentence before's close or a line break).
_OPENING = re.compile(
    r"(?:^|[.!?][\"'”’]{0,2}\s+|\n\s*)(?P<count>an?|[a-z]+|\d{1,2})\s+months?\s+later\s*,", re.I
)
# Beyond a year, news counts in years ("a year and a half later").
_MAX_MONTHS = 12


def months_later(start: int, end: int, text: str) -> int | None:
    """How many months later the clause text[start:end] says it happened, or None."""
    found = _MONTHS_LATER.search(text, start, end)
    return None if found is None else _months(found["count"])


def opening_months(since: int, start: int, reach: int, text: str) -> int | None:
    """The months counted by the last "N months later," opening a sentence that begins
    between `since` and `start` (read up to `reach` past `start`: the event may start on the
    opening's words), or None."""
    found = [m for m in _OPENING.finditer(text, since, start + reach) if m.start() < start]
    return _months(found[-1]["count"]) if found else None


def month_counted_on(day: dt.date, months: int) -> dt.date:
    """The first day of the month `months` after the month of `day`."""
    year, month = add_months(day.year, day.month, months)
    return dt.date(year, month, 1)


def _months(count: str) -> int | None:
    number = count_of(count)
    return number if number and number <= _MAX_MONTHS else None
