"""A past deed the narrative rules could not place: the day of the happening told before it.

"Norfield shares, which were to be delisted after the close of trading yesterday, closed at
$23.25. Acme closed at $28.25." The second close has no time of its own, and the one time
before it sits in a relative aside, which the narrative rules (events.dates) rightly refuse as
a point of the story; yet it is told in step with the first close, which its clause dated. A
past deed that no time of its clause, sentence, paragraph or story dates, told after the story
named a time, takes the date of the last happening of its paragraph told before it with a day
or a month of its own; with none, it stays undated.
"""

from __future__ import annotations

import datetime as dt

from stories.extraction.events.event_dates import EventDate
from stories.extraction.events.narrative_points import paragraph_of
from stories.extraction.mentions import EventCandidate

_GRAINS = ("day", "month")


def last_happening(
    event: EventCandidate,
    dated: list[EventCandidate],
    paragraphs: list[int],
    published: dt.date | None,
) -> EventDate | None:
    """The date of the last happening before `event` in its paragraph that happened and has a
    day or month (not after publication), or None."""
    paragraph = paragraph_of(event.start, paragraphs)
    for before in reversed(dated):
        if before.start >= event.start or paragraph_of(before.start, paragraphs) != paragraph:
            continue
        if before.certainty != "occurred" or before.date_start is None:
            continue
        if before.date_precision not in _GRAINS or before.date_end is not None:
            continue
        if published is not None and before.date_start > published:
            continue
        return EventDate(before.date_start, None, before.date_precision, before.date_text)
    return None
