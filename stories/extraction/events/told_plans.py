"""A plan a saying announces, with no time of its own, is dated by the telling.

"Ohio State said it would freeze the pay of its managers", "the court said it will postpone
its ruling": the clause after "said" is a plan (events.certainty) and names no day, so its
own words date nothing. Yet what the story reports is the announcing: the decision is made
and told in the reporter's days. With no time before it in its sentence, the plan takes the
month of publication (no finer: the day is not told; no coarser). A time written before it
in its sentence is the telling's: that past week or month ("This month, the university said
it would …"); a recent day ("On Thursday, the governor said she would …") is left to
neighbour_dates, which checks on the parse that the saying gives the plan out. A time after the
plan is another clause's ("… his place in the Tour in July"). A bare future in the writer's
own voice ("the team will retire both numbers") is told by no one and stays undated.
"""

from __future__ import annotations

import datetime as dt
import re

from stories.extraction.events.event_dates import EventDate
from stories.extraction.mentions import EventCandidate

# A verb of saying written just before the clause: "said", "says that", "told reporters".
_SAYING_BEFORE = re.compile(
    r"\b(?:said|says|announced|announces|told\s+\w+(?:\s+\w+)?)\s+(?:that\s+)?$", re.I
)
# The clause's own future (a future seen from the telling, "would", or from now, "will").
_FUTURE = re.compile(r"\b(?:would|will|['’]ll)\b", re.I)
_SUBJECT_REACH = 60  # characters of the clause's start where its auxiliary stands
# A telling's time that dates the plan here: "last week", "this month" (a day: neighbour_dates).
_TELLING_GRAINS = frozenset({"week", "month"})


def told_plan_date(
    event: EventCandidate,
    text: str,
    sentence: tuple[int, int] | None,
    told_before: EventDate | None,
    published: dt.date | None,
) -> EventDate | None:
    """The time of the telling for a plan a saying announces: `told_before`, the last time its
    sentence names before it, or the month of publication when it names none."""
    if published is None or sentence is None:
        return None
    if not _SAYING_BEFORE.search(text, sentence[0], event.start):
        return None
    if not _FUTURE.search(text, event.start, min(event.end, event.start + _SUBJECT_REACH)):
        return None
    if told_before is None:
        return EventDate(published.replace(day=1), None, "month", "")
    if told_before.precision not in _TELLING_GRAINS or told_before.start > published:
        return None
    return told_before
