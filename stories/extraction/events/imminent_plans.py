"""A plan its own words say is about to happen falls in the month the story came out.

A plan with no time of its own is left undated ("will visit" names no day). Some plans name
no time yet say they are imminent: "is set to raise", "are poised to", "would begin almost
instantly", "will surrender over the next few days", and a present progressive of closing
or leaving ("is closing its plant": events.futurate_progressives). What is about to happen
happens around the reporter's now, so such a plan takes the month of publication: no finer,
as the day is not told, and no coarser, as the words rule out a later month's or year's time.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc

from stories.extraction.events.event_dates import EventDate
from stories.extraction.events.futurate_progressives import futurate_progressive
from stories.extraction.mentions import EventCandidate

# Around the clause's start: "Alibaba is set to raise", "the firms are poised to merge". Present
# tense only: "was set to open … before the pandemic" was imminent then, not at publication.
_ABOUT_TO = re.compile(r"\b(?:is|are|be)\s+(?:set|poised)\s+to\b", re.I)
# In the clause: "begin almost instantly", "will leave immediately", "over the next few days".
_SOON = re.compile(
    r"\b(?:instantly|immediately|at\s+once|right\s+away|shortly|within\s+(?:hours|days)"
    r"|(?:over|in|during)\s+the\s+(?:next|coming)\s+(?:few\s+)?(?:hours|days))\b",
    re.I,
)
_AROUND = 30  # characters either side of the clause's start where "is set to" stands


def imminent_date(
    event: EventCandidate, text: str, published: dt.date | None, doc: Doc | None = None
) -> EventDate | None:
    """The publication month for a plan its words call imminent; None for any other."""
    if published is None:
        return None
    start = max(0, event.start - _AROUND)
    before = _ABOUT_TO.search(text, start, min(event.end, event.start + _AROUND))
    inside = _SOON.search(text, event.start, event.end)
    if before is None and inside is None:
        step = _futurate_step(event, doc)
        return None if step is None else EventDate(published.replace(day=1), None, "month", step)
    words = (before or inside).group(0).strip()
    return EventDate(published.replace(day=1), None, "month", words)


def _futurate_step(event: EventCandidate, doc: Doc | None) -> str | None:
    """ "is closing", the words of a planned closing or leaving told in the present progressive."""
    span = None if doc is None else doc.char_span(event.start, event.end, alignment_mode="expand")
    if span is None or event.certainty != "planned":
        return None
    verb = next((t for t in span if t.lemma_ == event.trigger and futurate_progressive(t)), None)
    if verb is None:
        return None
    be = next(c for c in verb.children if c.dep_ in ("aux", "auxpass"))  # futurate: one "is"
    return f"{be.text} {verb.text}"


# Rules that date a plan by the reporter's month, not by a time the story tells (told_plans).
_UNTIMED = frozenset({"imminent", "told_plan"})


def dated_by_a_time(event: EventCandidate) -> bool:
    """Whether the event has a date from a time the story tells: a word of imminence gives a
    plan its month, but no time to hold it by, so the filters that keep a dated prospect
    or possibility (prospects, genre) read it as undated."""
    return event.date_start is not None and event.extra.get("date_from") not in _UNTIMED
