"""The story's main line and its background.

A news story tells its own days (what happened since the last report, what is planned) and
reaches back for context: a summit years ago, an invasion that started it all. Pages show the
two apart, so each event says whether it is background: dated well before the story's own
days, or told in the past perfect ("had signed a deal") with no date of its own.

The story's own days run up to publication and start, as a rule, a few weeks before it. A lead
that reports a happening dated earlier still (last month's sales figures, a grant decided in
the summer and written up in the autumn) moves that start back to its own date: what the lead
reports is the story's main line, not context to it. A date known only to the month of
publication ("early this month") may lie on any day of it, so it is never background.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Token

from stories.extraction.events.appointed_appositions import LATELY_APPOINTED
from stories.extraction.events.auxiliaries import plain_word
from stories.extraction.events.defining_times import DEFINES_TIME
from stories.extraction.mentions import EventCandidate

# How far before publication the story's own days reach: a weekly story's "last week" is
# still its main line, a happening from the month before last is context.
MAIN_LINE_DAYS = 25

# How far back a lead's own date may move the story's days: a lead dated earlier than this
# opens with history ("In 1998, a young clerk…"), which a feature tells before its news.
LEAD_REACH_DAYS = 183

# Dates a lead states closely enough to say which days the story reports (a year does not).
_CLOSE_PRECISIONS = ("day", "week", "month")

# Where an inferred date may come from and still be the lead's own: its clause or sentence
# (not a reporting verb's day, the paragraph's or the story's).
_OWN_SOURCES = ("clause", "sentence")


def is_background(
    start: dt.date | None, precision: str, published: dt.date | None, *, told_as_past: bool
) -> bool:
    """Whether an event lies well before the story's own reported days. An undated one does
    only when `told_as_past`: in the past perfect ("had signed a deal"), or as a clause naming
    a time by what happened in it (events.defining_times)."""
    if start is not None and published is not None:
        if precision == "year":
            return start.year < published.year
        if precision == "month" and (start.year, start.month) == (published.year, published.month):
            return False  # "early this month": the month of publication is the story's own
        return start <= published - dt.timedelta(days=MAIN_LINE_DAYS)
    return start is None and told_as_past


def story_day(
    candidates: list[EventCandidate], lead_end: int, published: dt.date | None
) -> dt.date | None:
    """The day the story's own days are counted back from: publication, or the date of the
    happening its lead (the text before `lead_end`) reports when that is earlier and the
    lead states it, so that what the lead reports is never background to itself."""
    if published is None:
        return None
    reach = published - dt.timedelta(days=LEAD_REACH_DAYS)
    dates = [
        c.date_start
        for c in candidates
        if c.start < lead_end
        and c.certainty == "occurred"
        and c.date_start is not None
        and c.date_precision in _CLOSE_PRECISIONS
        and (not c.extra.get("date_inferred") or c.extra.get("date_from") in _OWN_SOURCES)
        and reach <= c.date_start < published
    ]
    return min([published, *dates])


def mark_background(
    candidates: list[EventCandidate], published: dt.date | None
) -> list[EventCandidate]:
    """Each event's background flag from its final date (narrative inference may have dated
    it since it was read). Only what happened is background: a plan is never history, and what
    is going on now is the story itself; nor is what "newly" happened, whose day is widened to
    its month (events.appointed_appositions): it is lately, not long before."""
    return [
        replace(
            c,
            background=c.certainty == "occurred"
            and not c.extra.get(LATELY_APPOINTED)
            and is_background(
                c.date_start,
                c.date_precision,
                published,
                told_as_past=bool(c.extra.get("past_perfect") or c.extra.get(DEFINES_TIME)),
            ),
        )
        for c in candidates
    ]


def named_long_before(event: EventCandidate) -> bool:
    """A happening named by a noun and set in the story's background ("for a 2010 raid"),
    mentioned inside the narration of another: it took place wherever it did, so the places
    narrated around it (its sentence's, the one carried from before, the dateline, the lead)
    are no clue to it. So too a clause that names a time by what happened in it ("tapes from
    the night the jet went down", events.defining_times)."""
    named = event.extra.get("kind") == "noun" or bool(event.extra.get(DEFINES_TIME))
    return event.background and named


def past_perfect(verb: Token) -> bool:
    """ "had signed", "had been arrested": an earlier time than the narrative's."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and plain_word(c) in ("had", "'d") for c in verb.children
    )
