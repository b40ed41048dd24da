"""A deed told as done in the grammar of what is to come, dated on the reporter's now.

"The club is thrilled to have Ann Lee as its new coach" and "is proud to welcome" tell a
hire or an arrival as done (events.hires), but the tense reader sees an infinitive ahead
("to have") and reads a future: the narrative rules, which date no future from the
narrative, leave it undated. Told so in the lead, such a deed is the announcement the page
makes, the news of its publication day; further down a story it stays undated, as nothing
says when it was done.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from stories.extraction.events.dates import with_inferred_date
from stories.extraction.events.event_dates import EventDate
from stories.extraction.events.narrative_points import in_lead, paragraph_starts
from stories.extraction.mentions import EventCandidate


def dated_announcements(
    events: list[EventCandidate],
    *,
    text: str,
    published: dt.date | None,
    tense_of: Callable[[EventCandidate], str],
) -> list[EventCandidate]:
    """The events, a deed told as done but read as future, undated, in the lead, dated on the
    publication day (see the module's docstring)."""
    if published is None:
        return events
    paragraphs = paragraph_starts(text)
    return [
        with_inferred_date(event, EventDate(published, None, "day", ""), "publication")
        if event.date_start is None
        and event.certainty == "occurred"
        and in_lead(event.start, paragraphs)
        and tense_of(event) == "future"
        else event
        for event in events
    ]
