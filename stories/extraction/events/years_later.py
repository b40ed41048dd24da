"""A sentence that opens by counting years on from the one told before: "A decade later, …".

"The church made headlines in 1992 … A decade later, a former member accused him": the
accusation is of 2002, not of the story's days. The days such an opening counts move a day
the narrative stands on (story_points.moved_on); years move the year of the time the sentence
before named, whatever its grain, and say no more than that year.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from stories.extraction.events.event_dates import EventDate
from stories.extraction.times.vocab import count_of

_OPENING = re.compile(
    r"[\"'“‘(]*(?P<count>an?|\d{1,2}|[a-z]+)\s+(?P<unit>years?|decades?)\s+later\s*,", re.I
)
_UNIT_YEARS = {"year": 1, "decade": 10}
_MAX_YEARS = 100


def years_later(
    start: int,
    sentences: Iterable[tuple[int, int]],
    anchors: Iterable,
    published: dt.date | None,
    text: str,
) -> EventDate | None:
    """The year of a happening at `start` in a sentence opening on "N years later," or "A
    decade later,": the year of the last time named in the sentence before, counted on; None
    when the sentence opens otherwise, the opening is itself a time the times stage counted,
    the sentence before names no time, or the year counted lies after publication. Anchors
    have `start` and `date` (an EventDate)."""
    spans = list(sentences)
    index = next((i for i, (s, e) in enumerate(spans) if s <= start < e), None)
    if not index:
        return None
    opening = _OPENING.match(text, spans[index][0], spans[index][1])
    years = _years(opening["count"], opening["unit"]) if opening else None
    if years is None:
        return None
    anchors = list(anchors)
    if any(opening.start() <= a.start < opening.end() for a in anchors):
        return None  # the opening is a time of its own ("Three years later" after a full date)
    low, high = spans[index - 1]
    told = [a.date for a in anchors if low <= a.start < high]
    if not told:
        return None
    year = told[-1].start.year + years
    if year > dt.MAXYEAR or (published is not None and year > published.year):
        return None
    return EventDate(dt.date(year, 1, 1), None, "year", opening.group(0).rstrip(", "))


def _years(count: str, unit: str) -> int | None:
    number = count_of(count)
    if not number:
        return None
    years = number * _UNIT_YEARS[unit.lower().rstrip("s")]
    return years if years <= _MAX_YEARS else None
