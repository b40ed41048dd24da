"""The reporter's now: the day a story tells its news on, for what it tells undated.

A clause told without a time of its own and with no narrative point to stand on is the
reporter's news of now, and now is the publication day. Two stories tell their now
otherwise:

- a story that has named no time yet tells a past deed as the news of the first recent day
  it names next ("Ann Lee opened the shelter … Lee told reporters Monday": Monday's news);
- a story whose lead reports one recent day ("The mayor on Monday signed the order …",
  published on Wednesday) was written on that day's news: what it tells in the present tense
  without a time ("The order bars new permits") is told as of that day, not of the day the
  paper came out a day or two later. A lead that names two days or more ("A man hurt in a
  crash on Monday died on Wednesday") tells no one day its news is of: its now stays the
  publication day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from stories.extraction.events.event_dates import EventDate
from stories.extraction.events.narrative_points import day_told_next, paragraph_of, recent_before


def reporters_now(
    end: int,
    tense: str,
    anchors: Sequence,
    paragraphs: list[int],
    published: dt.date,
    story_days: int,
    lead_paragraphs: int,
) -> tuple[EventDate, str]:
    """The day an undated clause ending at `end`, told in `tense` ("past", "present",
    "perfect"…), is the news of, and the rule that gave it: the first recent day named
    next for a past deed ("next"), the lead's recent day for the present ("lead"), else the
    publication day ("publication"). Anchors have `start` and `date` (an EventDate)."""
    if tense == "past":
        told = day_told_next(end, anchors, paragraphs, published, story_days)
        if told is not None:
            return told, "next"
    if tense == "present":
        lead = _lead_day(anchors, paragraphs, published, story_days, lead_paragraphs)
        if lead is not None:
            return lead, "lead"
    return EventDate(published, None, "day", ""), "publication"


def _lead_day(
    anchors: Sequence,
    paragraphs: list[int],
    published: dt.date,
    story_days: int,
    lead_paragraphs: int,
) -> EventDate | None:
    """The one day the lead names first, when it is a recent one before publication and the
    lead names no other day: a lead naming two days (the first need not be the one it
    reports), a later or an older day, or none, leaves the reporter's now at publication."""
    lead = [a.date for a in anchors if paragraph_of(a.start, paragraphs) < lead_paragraphs]
    if not lead:
        return None
    date = lead[0]
    days = {(d.start, d.end) for d in lead if d.precision == "day"}
    recent = recent_before(date.start, published, story_days)
    one_day = date.precision == "day" and date.end is None and len(days) == 1
    return date if one_day and recent else None
