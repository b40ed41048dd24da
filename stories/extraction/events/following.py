"""What a "then" or "later" clause follows on from.

The clause stage dates "Later in the day, …" and "Then …" by the last happening told with a
day of its own (`follow_narrative`); the narrative rules (events.dates) settle it once
every earlier date is final. "Then" follows the narrative, not only its dated deeds: after
"…, barred from the site since May 2. Then the council closed the road" the road closed after
May 2, not on the day the story opened on; and "Then a 2009 survey found …" is told with its
own time in its subject, a time the clause stage gave to the survey rather than the finding.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Token

from stories.extraction.events.counted_later import counted_on, months_later
from stories.extraction.events.event_dates import EventDate
from stories.extraction.events.lexicon import NARRATIVE_LATER
from stories.extraction.events.time_owners import model_year_of_a_thing, owned_thing_year
from stories.extraction.mentions import EventCandidate
from stories.extraction.times.calendar import month_counted_on

# A time of these grains in its own words dates a follower; a century ("the 19th-century
# spire") only dates a thing.
_GRAINS = ("day", "week", "month", "year")


def told_later(anchor: Token) -> bool:
    """ "later", "then" in the clause or in a clause above it within the sentence."""
    token = anchor
    for _ in range(6):
        if any(c.lower_ in NARRATIVE_LATER and c.dep_ == "advmod" for c in token.children):
            return True
        if token.head == token:
            return False
        token = token.head
    return False


def follow_narrative(built: list[tuple[EventCandidate, bool]]) -> list[EventCandidate]:
    """Undated "later" events that happened take the day of the last dated event that happened
    before them ("will then" follows a plan, not the last day told). The date is marked inferred
    in `extra`, so an editor can tell it from a stated one."""
    result: list[EventCandidate] = []
    day: EventCandidate | None = None
    for candidate, later in built:
        if later and day is not None and candidate.certainty == "occurred":
            candidate = replace(
                candidate,
                date_start=day.date_start,
                date_precision="day",
                extra={**candidate.extra, "date_inferred": True},
            )
        elif candidate.date_precision == "day" and candidate.certainty == "occurred":
            day = candidate
        result.append(candidate)
    return result


def follows_on(event: EventCandidate) -> bool:
    """An event the clause stage dated by "later", "then" (inferred, with no rule named)."""
    return (
        event.date_start is not None
        and event.extra.get("date_inferred", False)
        and "date_from" not in event.extra
        and "date" not in event.provenance
    )


def last_day(dated: list[EventCandidate]) -> EventCandidate | None:
    """The last happening, among those already dated, told with a day."""
    return next(
        (
            e
            for e in reversed(dated)
            if e.date_start is not None and e.date_precision == "day" and e.certainty == "occurred"
        ),
        None,
    )


def point_followed(
    event: EventCandidate,
    before: EventCandidate | None,
    anchors: Sequence,
    published: dt.date | None,
    dates_thing: Callable[[object], bool],
    bounds: Callable[[object], bool],
    text: str,
) -> EventDate | None:
    """The time a follower takes other than its last dated happening's day: a past time in its
    own words that bounds nothing, else the last past day named since that happening was told
    that dates no thing ("the June 3 treaty"), for a sentence opening on "Then" (at that
    time: "…since Jan. 13. Then the escorts stopped"; "Later" moves on from the happening
    itself): a month or a year is no day to follow from.
    None: that day stands. Anchors have `start` and `date` (an EventDate)."""
    past = [a for a in anchors if published is None or a.date.start <= published]
    own = [
        a
        for a in past
        if event.start <= a.start < event.end
        and a.date.precision in _GRAINS
        and not bounds(a)
        and not owned_thing_year(a.start, text)
        and not model_year_of_a_thing(a.start, a.end, text)  # "struck a 2003 Honda": the car's year
    ]
    if own:
        return own[0].date
    if not opens_on_then(event, text):
        return None  # "Later, …" after "the biggest drop since Oct. 19, 1987": later that day
    since = before.start if before is not None else -1
    told = [
        a
        for a in past
        if since < a.start < event.start and a.date.precision == "day" and not dates_thing(a)
    ]
    return told[-1].date if told else None


_THEN = re.compile(r"(?:^|[.!?\n][\"'”’)]*\s*)then\b[\s,]*$", re.I)


def opens_on_then(event: EventCandidate, text: str) -> bool:
    """Whether the event's sentence opens on "Then", read up to the event's start."""
    if text[event.start : event.start + 5].lower() in ("then ", "then,"):
        return bool(_THEN.search(text[max(0, event.start - 8) : event.start + 4]))
    return bool(_THEN.search(text[max(0, event.start - 12) : event.start]))


def on_day_of(
    event: EventCandidate, before: EventCandidate | None, told: EventDate | None, text: str = ""
) -> EventCandidate:
    """The follower dated by the time it follows on from (`point_followed`), else by the day
    of the last dated happening before it (once that one's own date is settled: a date given
    back as a thing's is no day to follow), moved on by the days it counts ("two days
    later", counted_later; "two months later" the month)."""
    if told is not None:
        return replace(
            event,
            date_start=told.start,
            date_end=told.end,
            date_precision=told.precision,
            date_text=told.text,
        )
    if before is None:
        return event
    months = months_later(event.start, event.end, text)
    if months is not None:  # "two months later": that month, no day (counted_later)
        month = month_counted_on(before.date_start, months)
        return replace(event, date_start=month, date_end=None, date_precision="month")
    day = counted_on(before.date_start, event.start, event.end, text)
    return replace(event, date_start=day, date_end=None, date_precision="day")
