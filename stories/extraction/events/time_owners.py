"""Times inside an event's clause that belong to another verb, by grammar rather than by parse.

The narrative rules (events.dates) date an undated clause by a time of its own words first.
A present perfect ("has sent a team") takes no definite past time in English ("*has sent a
team two years ago"): a time well before the story's days in its clause or narrative dates
another verb ("a team to recover the remains of a man killed two years ago"), and the perfect
is the reporter's recent past.
"""

from __future__ import annotations

import datetime as dt
import re

# A duration or a start that a perfect stretches over: "for seven years", "for the past
# decade", "since 2012".
_DURATION = re.compile(
    r"\b(?:for\s+(?:(?:the|more|than|nearly|almost|about|over|past|last)\s+)*"
    r"(?:\w+\s+)?(?:years?|months?|weeks?|days?|decades?)|since)\b",
    re.I,
)


def continuative(start: int, end: int, text: str) -> bool:
    """Whether the clause text[start:end] says how long its state has lasted: a continuative
    perfect ("has lived there for seven years") reaches back to a past time it may name."""
    return bool(_DURATION.search(text, start, end))


# ", which the two sides signed last May": a relative clause still open before a time.
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|which|whose|whom)\b[^,;.!?]*$", re.I)
_ASIDE_REACH = 200


def in_relative_aside(start: int, text: str) -> bool:
    """Whether the time at `start` sits in a non-restrictive relative clause (", which the
    two presidents signed last May"): an aside about a thing or a person, background that does
    not move the narrative to its time."""
    return bool(_RELATIVE_ASIDE.search(text[max(0, start - _ASIDE_REACH) : start]))


def too_early_for_perfect(
    start: dt.date, end: dt.date, published: dt.date | None, story_days: int
) -> bool:
    """Whether a period ending at `end` lies wholly before the story's days, so that a present
    perfect cannot be dated by it (the perfect's time reaches the reporter's now)."""
    return published is not None and end < published - dt.timedelta(days=story_days)
