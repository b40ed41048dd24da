"""The reporter's now: the day a story tells its news on, for what it tells undated.

A clause told without a time of its own and with no narrative point to stand on is the
reporter's news of now, and now is the publication day. Two stories tell their now
otherwise:

- a story that has named no time yet tells a past deed as the news of the first recent day
  it names next ("Ann Lee opened the shelter … Lee told reporters Monday": Monday's news);
- a story whose lead reports one recent day ("The mayor on Monday signed the order …",
  published on Wednesday) was written on that day's news: what it tells in the present tense
  without a time ("The order bars new permits") is told as of that day, not of the day the
  paper came out a day or two later. A lead that names two recent days ("A man hurt in a
  crash on Monday died on Wednesday") tells the news of the later one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from stories.extraction.events.event_dates import EventDate
from stories.extraction.events.narrative_points import (
    STORY_DAYS,
    day_told_next,
    in_lead,
    recent_before,
)


def reporters_now(
    end: int,
    tense: str,
    anchors: Sequence,
    paragraphs: list[int],
    published: dt.date,
) -> tuple[EventDate, str]:
    """The day an undated clause ending at `end`, told in `tense` ("past", "present",
    "perfect"…), is the news of, and the rule that gave it: the first recent day named
    next for a past deed ("next"), the lead's recent day for the present ("lead"), else the
    publication day ("publication"). Anchors have `start` and `date` (an EventDate)."""
    if tense == "past":
        told = day_told_next(end, anchors, paragraphs, published, STORY_DAYS)
        if told is not None:
            return told, "next"
    if tense == "present":
        lead = _lead_day(anchors, paragraphs, published)
        if lead is not None:
            return lead, "lead"
    return EventDate(published, None, "day", ""), "publication"


def _lead_day(
    anchors: Sequence,
    paragraphs: list[int],
    published: dt.date,
) -> EventDate | None:
    """The latest recent day the lead names before publication: a lead that names two days
    ("hurt on Monday, died on Wednesday") tells the news of the later one. A later day than
    publication is a plan and an older one a backdrop; a lead naming only those, or no day,
    leaves the reporter's now at publication."""
    lead = [a.date for a in anchors if in_lead(a.start, paragraphs)]
    days = [
        d
        for d in lead
        if d.precision == "day" and d.end is None and recent_before(d.start, published, STORY_DAYS)
    ]
    return max(days, key=lambda d: d.start) if days else None
