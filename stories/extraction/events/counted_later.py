"""A "later" clause that counts its days: "recovered the car two days later".

A clause told "later" takes the day of the last happening told with a day (events.following).
When it counts how much later ("two days later", "a day later"), it happened that many days
after that day, not on it: "The body was found Feb. 26. Police recovered her car two days
later" is Feb. 28. A count of months names only a month: "On July 27 he wrote to his editor.
Two months later, he died" is of September, at month precision. "Later than planned" is a
delay, no count.
"""

from __future__ import annotations

import datetime as dt
import re

from stories.extraction.events.story_points import DAYS_IN, MAX_MONTHS
from stories.extraction.times.vocab import count_of

_COUNTED_LATER = re.compile(
    r"\b(?P<count>\d{1,2}|[a-z]+)\s+(?P<unit>days?|weeks?|months?)\s+later\b(?!\s+than\b)", re.I
)
_MAX_DAYS = 60


def days_later(start: int, end: int, text: str) -> int | None:
    """How many days later the clause text[start:end] says it happened, or None."""
    found = _COUNTED_LATER.search(text, start, end)
    if found is None or found["unit"].lower().startswith("month"):
        return None
    number = count_of(found["count"])
    if not number:
        return None
    days = number * DAYS_IN[found["unit"].lower().rstrip("s")]
    return days if days <= _MAX_DAYS else None


def months_later(start: int, end: int, text: str) -> int | None:
    """How many months later the clause text[start:end] says it happened, or None."""
    found = _COUNTED_LATER.search(text, start, end)
    if found is None or not found["unit"].lower().startswith("month"):
        return None
    number = count_of(found["count"])
    return number if number and number <= MAX_MONTHS else None


def counted_on(day: dt.date, start: int, end: int, text: str) -> dt.date:
    """`day`, moved on by the days the clause counts ("two days later"), if it counts any."""
    days = days_later(start, end, text)
    return day if days is None else day + dt.timedelta(days=days)
