"""Where a story's narrative stands: its paragraphs, the points it has named, the day it tells.

The narrative rules (events.dates) date an undated clause by the time the story stands at.
These helpers say which paragraph a clause is in, which named times are no point the
narrative stands on ("the first time since 1993"), and which day a story that opens without
a time tells its news on: "Ann Lee opened the shelter … Lee told reporters Monday" was
Monday's news, not the publication day's, when the story was published on Tuesday.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from stories.extraction.events.event_dates import EventDate
from stories.paragraphs import paragraph_of, paragraph_starts

__all__ = ["paragraph_of", "paragraph_starts"]  # where the narrative's paragraphs are


_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)
_WHEN_AFTER = re.compile(r"\s*,?\s*when\b", re.I)


def since_point(start: int, end: int, text: str) -> bool:
    """ "the first time since 1993": a record's reference point or a span's start, not a
    point the narrative stands on; unless a "when" clause tells what happened then ("cut
    off since Saturday, when the fires swept through" moves the narrative to Saturday)."""
    return bool(_SINCE.search(text, max(0, start - 12), start)) and not (
        _WHEN_AFTER.match(text, end)
    )


_AS_OF = re.compile(r"\bas\s+of\s+$", re.I)


def read_at(start: int, text: str) -> bool:
    """ "As of 8 p.m. Monday, the river stood at 27 feet": the time a state or a count was
    read at, which the story reports from, not a point its narrative moves to; the deeds told
    after it in the simple past are on the story's own day."""
    return bool(_AS_OF.search(text, max(0, start - 8), start))


# How far into the article the lead runs, in paragraphs: what it reports in the past or present
# tense without a date happened on (or just before) the publication day.
LEAD_PARAGRAPHS = 2
# What is told in the present tense holds at publication: a time this long before it is over.
STORY_DAYS = 7


def in_lead(offset: int, paragraphs: list[int]) -> bool:
    """Whether the text at `offset` is in the lead's paragraphs."""
    return paragraph_of(offset, paragraphs) < LEAD_PARAGRAPHS


def day_told_next(
    end: int,
    anchors: Sequence,
    paragraphs: list[int],
    published: dt.date,
    story_days: int,
) -> EventDate | None:
    """The first recent past day (within `story_days` before publication, not the publication
    day itself) named after text[:end] in its paragraph or the next: the day a story that has
    named no time yet tells its news on ("… Lee told reporters Monday"). Anchors have `start`
    and `date` (an EventDate); the anchor's date is returned, or None."""
    paragraph = paragraph_of(end, paragraphs)
    for anchor in anchors:
        if anchor.start < end or paragraph_of(anchor.start, paragraphs) > paragraph + 1:
            continue
        date = anchor.date
        if date.precision == "day" and recent_before(date.start, published, story_days):
            return date
    return None


def shifted(day: dt.date, days: int) -> dt.date | None:
    """The day `days` after `day` (before it when negative), or None past the calendar's ends
    (year 1, year 9999): a story dated at its edge has no such day to compare with."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None


def recent_before(day: dt.date, published: dt.date, story_days: int) -> bool:
    """Whether `day` is one of the `story_days` days before publication (not the day itself):
    a day a story's news may stand on."""
    earliest = shifted(published, -story_days)
    return (earliest is None or earliest <= day) and day < published


def is_weekend(date: EventDate) -> bool:
    """A weekend's two days: they date what the clause says happened then, but they are no
    single day for the story's narrative to stand on."""
    return date.end == date.start + dt.timedelta(days=1) and date.start.weekday() == 5


# How far into its sentence a time may stand and still open it ("And just last month, …").
_OPENING = 25


def opens_in_the_past(
    start: int, anchors: Sequence, sentences: Sequence[tuple[int, int]], published: dt.date
) -> bool:
    """Whether the sentence holding `start` opens, before it, on a past day, week or month
    ("Just last month, a ferry is lost when a storm breaks"): a clause told in the present
    after it is the historic present of that past, not the reporter's now."""
    bounds = next(((s, e) for s, e in sentences if s <= start < e), None)
    if bounds is None:
        return False
    return any(
        bounds[0] <= a.start < min(start, bounds[0] + _OPENING)
        and a.date.precision in ("day", "week", "month")
        and a.date.start < published
        for a in anchors
    )


# "in recent days", "over the past few weeks": the reporter's own recent past.
_LATELY = re.compile(
    r"\b(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last)\s+(?:few\s+|several\s+)?"
    r"(?:days|weeks)\b",
    re.I,
)


def told_lately(start: int, end: int, text: str) -> bool:
    """Whether the clause text[start:end] says it happened in the days just before the
    reporter's now ("inserted himself into the race in recent days"): not at the last point
    the story named, which may lie weeks back, but in the story's own days."""
    return bool(_LATELY.search(text, start, end))
