"""A clock time told before the story names any day takes the day it names next.

A lone clock ("one man arrived at 5 a.m.") takes the last day the story named (times.find),
and with none named yet, the publication day. But a story published the morning after often
opens on a scene timed by the clock and names its day a sentence or two on: "one man arrived
at 5 a.m. for a chance to get in. … the town hall meeting Thursday was …". The clock is that
day's, not the publication's. So a lone clock with no day named before it takes the first
day named after it, close by, when that day is a recent past one (up to a week before
publication): a coming day named later is a plan, not the scene's.
"""

from __future__ import annotations

import datetime
import re

from stories.extraction.times.candidates import Candidate

_REACH = 600  # characters ahead to the day that names the opening scene's
_RECENT_DAYS = 7
_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})$")


def days_from_first_day(
    candidates: list[Candidate], lone: set[int], published: datetime.date | None
) -> None:
    """Give each lone clock told before any day (its index in `lone`, its value on the
    publication day) the recent past day named first after it, within reach."""
    if published is None:
        return
    for index, candidate in enumerate(candidates):
        if index not in lone:
            if _DAY.match(candidate.value or "") or (candidate.value or "")[10:11] == "T":
                return  # a day is named: every later lone clock takes it (times.find)
            continue
        if not (candidate.value or "").startswith(published.isoformat()):
            continue
        day = _first_day_after(candidates, index, candidate.end)
        if day is not None and published - datetime.timedelta(days=_RECENT_DAYS) <= day < published:
            candidate.value = day.isoformat() + candidate.value[10:]


def _first_day_after(candidates: list[Candidate], index: int, end: int) -> datetime.date | None:
    for later in candidates[index + 1 :]:
        if later.start - end > _REACH:
            return None
        value = later.value or ""
        found = _DAY.match(value[:10]) if value[10:11] in ("", "T") else None
        if found and not later.end_value:
            return datetime.date.fromisoformat(found[1])
    return None
