"""The story's main line and its background.

A news story tells its own days (what happened since the last report, what is planned) and
reaches back for context: a summit years ago, an invasion that started it all. Pages show the
two apart, so each event says whether it is background: dated well before publication, or
told in the past perfect ("had signed a deal") with no date of its own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Token

from stories.extraction.events.certainty import plain_word
from stories.extraction.mentions import EventCandidate

# How far before publication the story's own days reach: a weekly story's "last week" is
# still its main line, a happening from the month before last is context.
MAIN_LINE_DAYS = 25


def is_background(
    start: dt.date | None, precision: str, published: dt.date | None, *, past_perfect: bool
) -> bool:
    """Whether an event lies well before the story's own reported days."""
    if start is not None and published is not None:
        if precision == "year":
            return start.year < published.year
        return start <= published - dt.timedelta(days=MAIN_LINE_DAYS)
    return start is None and past_perfect


def mark_background(
    candidates: list[EventCandidate], published: dt.date | None
) -> list[EventCandidate]:
    """Each event's background flag from its final date (narrative inference may have dated
    it since it was read). Only what happened is background: a plan is never history, and what
    is going on now is the story itself."""
    return [
        replace(
            c,
            background=c.certainty == "occurred"
            and is_background(
                c.date_start,
                c.date_precision,
                published,
                past_perfect=bool(c.extra.get("past_perfect")),
            ),
        )
        for c in candidates
    ]


def past_perfect(verb: Token) -> bool:
    """ "had signed", "had been arrested": an earlier time than the narrative's."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and plain_word(c) in ("had", "'d") for c in verb.children
    )
