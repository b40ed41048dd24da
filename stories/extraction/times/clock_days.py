"""A lone clock time told just before a later clock on a named day belongs to that day.

A clock time alone ("she awoke about 10:30 p.m.") takes the last day the story named
(``times.find``). News often tells a day, then steps back to the evening before it and times
that evening by the clock, naming its day only at the last clock: "The body was found
Thursday. … She awoke about 10:30 p.m. … Deputies began searching at 11 p.m. Wednesday."
Clocks told in order, earlier then later, with no other day between them, are one evening's:
the lone clock is Wednesday's, not Thursday's. Only a stated day earlier than the one the
lone clock took counts (the narrative stepping back), only close ahead, and only a few hours
before the later clock: "opens at 7 a.m." told before "arrived at 11 p.m. Wednesday" is a
habit or another morning, not that evening.
"""

from __future__ import annotations

import re

from stories.extraction.times.candidates import Candidate

_REACH = 400  # characters from a lone clock to the clock on a day that can give it its day
# Minutes a lone clock may stand before the later clock and still be that evening's: an
# evening told by the clock ("about 5 p.m. … about 10:30 p.m.") spans a few hours; a morning
# told before a night ("7 a.m. … 11 p.m.") is another part of the day, or another day.
_SAME_EVENING = 6 * 60
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_CLOCK_VALUE = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2})(?::(\d{2}))?$")


def _minutes(value: str | None) -> tuple[str, int] | None:
    """The day and minute of the day a clock-on-day value names, or None for any other."""
    match = _CLOCK_VALUE.match(value or "")
    if match is None:
        return None
    return match[1], int(match[2]) * 60 + int(match[3] or 0)


def days_from_later_clocks(candidates: list[Candidate], lone: set[int]) -> None:
    """Give each lone clock (its index in `lone`) the day of the stated clock on a day told
    right after it, when that clock is later in the day (by a few hours at most, the same
    evening) and its day earlier than the one the lone clock took from the story before it.
    Runs back to front, so a run of lone clocks
    ("about 5 p.m. … about 10:30 p.m. … at 11 p.m. Wednesday") all take that day."""
    ahead: tuple[str, int, int] | None = None  # day, minute, start of the clock told next
    for index in range(len(candidates) - 1, -1, -1):
        candidate = candidates[index]
        told = _minutes(candidate.value)
        if index not in lone:
            # A stated clock on a day leads the run; any other day ends it (a year, a month,
            # a duration names no day of the evening: the run goes on past it).
            if told is not None:
                ahead = (told[0], told[1], candidate.start)
            elif _DAY.match(candidate.value or ""):
                ahead = None
            continue
        if told is None:
            continue
        day, minute = told
        if (
            ahead is not None
            and ahead[2] - candidate.end <= _REACH
            and ahead[1] - _SAME_EVENING <= minute < ahead[1]
            and ahead[0] < day
        ):
            candidate.value = ahead[0] + candidate.value[10:]
            day = ahead[0]
        ahead = (day, minute, candidate.start)
