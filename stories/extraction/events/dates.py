"""An event's date from the time expression its clause owns.

TimeML values name periods ("2023-09-12", "2023-W37", "2023-09", "2019"); an event keeps the
first day of the period as `date_start` and says how coarse it is through the precision. Only an
explicit range ("from Monday to Wednesday") gets a `date_end`: a year stays a year, it does not
become a fake span of 365 days.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from stories.extraction.times.calendar import period_start

_RANK = {"day": 4, "week": 3, "month": 2, "year": 1}
_DATED_TYPES = frozenset({"DATE", "TIME"})


@dataclass(frozen=True)
class EventDate:
    start: dt.date
    end: dt.date | None
    precision: str
    text: str

    @property
    def rank(self) -> int:
        """How precise: a day beats a week beats a month beats a year."""
        return _RANK.get(self.precision, 0)


def event_date(time) -> EventDate | None:
    """The date a TimeMention gives an event; None for durations, sets and unresolved values."""
    if time.type not in _DATED_TYPES:
        return None
    start = period_start(time.value)
    if start is None:
        return None
    precision = time.precision if time.precision in _RANK else "unknown"
    end = None
    if time.end_value:
        end_start = period_start(time.end_value)
        if end_start is not None:
            end = period_end(end_start, _precision_of(time.end_value))
    return EventDate(start, end, precision, time.text)


def _precision_of(value: str) -> str:
    """Precision of a range end's value, from its shape."""
    if len(value) >= 10 and value[4] == "-" and value[7:8] == "-":
        return "day"
    if "-W" in value:
        return "week"
    if len(value) == 7:
        return "month"
    return "year"


def period_end(start: dt.date, precision: str) -> dt.date:
    """Last day of the period that starts on `start` with this precision."""
    if precision == "week":
        return start + dt.timedelta(days=6)
    if precision == "month":
        return start.replace(day=calendar.monthrange(start.year, start.month)[1])
    if precision == "year":
        return start.replace(month=12, day=31)
    return start


def dates_overlap(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]
