"""The day of the sitting a story reports: a council's, board's or court's acts happen on it.

A report of a meeting, session or hearing tells its day once ("during the council's regular
session Monday, March 16") and then lists what the body did there, undated: "Council
approved…", "Legislation was approved…", "Council adjourned to a closed session". Between
two acts it often gives background with its own dates ("the bid was accepted in August 2008",
"the ordinance for the fiscal year ending Dec. 31, 2009"), and a discourse marker ("In other
business", "Also at the meeting") returns to the sitting. The narrative's last point is then
the background's, not the sitting's, so an undated act of the body would take a month or
year told only about something else. An act verb of a deliberative body (approve, vote,
adjourn, table, hear a reading…) reports what the body did at the sitting the story is
about, so it takes the sitting's day in place of an earlier background date (or of the
reporter's now). An act told in the past perfect ("had approved") is itself background, and
one in the present perfect ("has rejected one offer") a record rather than the sitting's
deed (events.dates leaves it alone): both keep their date; a date later than the sitting is
never replaced.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from stories.extraction.events.event_dates import EventDate
from stories.extraction.events.thing_dates import Anchor
from stories.extraction.mentions import EventCandidate

# Nouns that name a deliberative body's sitting, and the verb of sitting, written just
# before its day: "regular session Monday, March 16", "the meeting on Tuesday", "met Monday".
_SITTING_BEFORE = re.compile(
    r"\b(?:meeting|session|hearing|met)\b[^.;!?]{0,60}$",
    re.I,
)

# What a body does at its sitting, by the trigger lemma: the verbs of minutes.
ACT_TRIGGERS = frozenset(
    {
        "adjourn",
        "adopt",
        "amend",
        "approval",
        "approve",
        "authorize",
        "award",
        "deny",
        "grant",
        "hear",
        "pass",
        "ratify",
        "reading",
        "recess",
        "reject",
        "table",
        "vote",
    }
)

# The date sources that are the narrative's, not the clause's own words.
_CARRIED = frozenset({"paragraph", "story", "publication", "last_happening"})
_DONE_OR_DATED_AHEAD = frozenset({"occurred", "planned"})


def sittings(anchors: list[Anchor], text: str, published: dt.date | None) -> list[Anchor]:
    """The days of sittings the story tells: a day named just after a meeting noun."""
    return [
        a
        for a in anchors
        if a.date.precision == "day"
        and (published is None or a.date.start <= published)
        and _SITTING_BEFORE.search(text, max(0, a.start - 80), a.start)
    ]


def sitting_day(
    event: EventCandidate,
    found: EventDate | None,
    source: str,
    told: list[Anchor],
) -> tuple[EventDate | None, str]:
    """The sitting's day for an undated act of the body told after it, when the narrative
    would otherwise carry an earlier background date (or the reporter's now) onto it."""
    if source not in _CARRIED or event.trigger.lower() not in ACT_TRIGGERS:
        return found, source
    if event.extra.get("past_perfect", False):
        return found, source
    before = [a for a in told if a.end <= event.start]
    if not before:
        return found, source
    day = before[-1].date
    if found is not None and source != "publication" and found.start >= day.start:
        return found, source
    return day, "sitting"


def done_after_the_news(
    event: EventCandidate,
    published: dt.date | None,
    tense_of: Callable[[EventCandidate], str],
    told: list[Anchor],
) -> EventDate | None:
    """ "Legislation amending the ordinance for the fiscal year ending Dec. 31, 2009, was
    approved": an act told done cannot fall after the news that reports it, so a later day in
    its own words dates a thing it names; after a sitting, the act is the sitting's."""
    if event.date_start is None or published is None or event.date_start <= published:
        return None
    # The later day alone may have made the act a plan; its past tense says it was done.
    if event.certainty not in _DONE_OR_DATED_AHEAD or event.trigger.lower() not in ACT_TRIGGERS:
        return None
    if tense_of(event) != "past":
        return None
    found, source = sitting_day(event, None, "story", told)
    return found if source == "sitting" else None
