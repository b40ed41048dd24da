"""A week a clause names stands on the one day the story tells within it, right after.

"Demand led to problems last week when the company launched its service. Ten million users
signed up last Tuesday." The week dates the launch only as finely as its own words go; the
next sentence names the day inside that week the story is about, and the launch is best
placed on that day, the finer point both times agree on (as events.day_within does for a day
told before a week). Only a single day inside the week counts, told in the clause's own
sentence after it, or in the sentence right after when the week is told as the time of a
happening ("last week when the company launched"): then the next sentence goes on about that
happening. A day in the next sentence after a bare week ("Turnout dropped last week. On
Thursday, the mayor resigned.") may be any other event's, and leaves the week as it is, as
do two different days.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from stories.extraction.events.event_dates import EventDate
from stories.extraction.events.thing_dates import Anchor, attributive, is_bound
from stories.extraction.mentions import EventCandidate

# "last week when the company launched …": the week told as the time of a happening.
_WHEN = re.compile(r"\s*,?\s*when\b", re.I)


def day_told_within(
    event: EventCandidate,
    anchors: Sequence[Anchor],
    sentences: Sequence[tuple[int, int]],
    text: str,
) -> EventDate | None:
    """The single day inside the week the clause's own words name, told after the clause in
    its sentence or the next one; None when the clause's date is no week or no one day is."""
    if event.date_precision != "week" or event.date_start is None:
        return None
    if (event.provenance.get("date") or {}).get("source") != "clause":
        return None
    index = next((i for i, (s, e) in enumerate(sentences) if s <= event.start < e), None)
    if index is None:
        return None
    here = sentences[index]
    week = [
        a
        for a in anchors
        if here[0] <= a.start < here[1]
        and a.date.precision == "week"
        and a.date.start == event.date_start
    ]
    told_when = any(_WHEN.match(text, a.end) for a in week)
    reach = sentences[min(index + 1, len(sentences) - 1)][1] if told_when else here[1]
    first, last = event.date_start, event.date_start.toordinal() + 6
    days = {
        a.date.start: a.date
        for a in anchors
        if event.end <= a.start < reach
        and a.date.precision == "day"
        and a.date.end is None
        and first.toordinal() <= a.date.start.toordinal() <= last
        and attributive(a, text) is None
        and not is_bound(a, text)
    }
    return next(iter(days.values())) if len(days) == 1 else None
