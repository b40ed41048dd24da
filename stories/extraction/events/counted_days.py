"""Happenings a sentence counts its day from: "the eve of the visit", "the third day of the strike".

"Today is the eve of the queen's visit" tells a day, and the visit is the next one; "it's the
second day of an offensive" tells a day, and the offensive began the day before. The narrative
rules (events.dates) give such a noun the day its sentence tells; this module moves it to the
day the counting says, since a timeline places a happening at its start.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from stories.extraction.mentions import EventCandidate

_ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
# "the eve of", "the second (straight) day of", "the 12th day of", then up to four words
# before the counted noun, whose stem is filled in per event.
_COUNTED = (
    r"\b(?:(?P<eve>eve)|(?P<nth>" + "|".join(_ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))"
    r"\s+(?:straight\s+|consecutive\s+|full\s+)?day)"
    r"\s+of\s+(?:[\w'\u2019-]+\s+){0,4}?"
)
_THE_COUNT = re.compile(r"\bday\b", re.I)
# The count alone: with none in the event's span (nearly always), no noun can follow one, and the
# pattern for the event's own noun need not be compiled.
_A_COUNT = re.compile(_COUNTED, re.I)


@lru_cache(maxsize=256)
def _counted(stem: str) -> re.Pattern[str]:
    """The count followed by a noun of this stem, compiled once per stem: the pattern is large,
    and compiled afresh for each event it cost more than the search."""
    return re.compile(_COUNTED + re.escape(stem) + r"\w*\b", re.I)


def counted_from_day(
    event: EventCandidate, text: str, *, published: dt.date | None = None
) -> EventCandidate:
    """The event moved to the day its sentence counts from, when the event is the noun that
    "the eve of" or "the Nth day of" counts and its date is the day the sentence tells (one it
    was lent, or the count itself): a date of its own ("the eve of the May 5 summit") stays.
    Moved past the day of `published` ("today is the eve of the Pope's visit"), a happening told
    as done is still to come: planned."""
    if event.date_precision != "day" or event.date_start is None or not event.trigger:
        return event
    if not (event.extra.get("date_inferred") or _THE_COUNT.search(event.date_text or "")):
        return event
    if _A_COUNT.search(text, event.start, event.end) is None:
        return event
    match = _counted(event.trigger.split()[0].lower()[:5]).search(text, event.start, event.end)
    if match is None:
        return event
    days = 1 if match.group("eve") else 1 - _ordinal(match.group("nth"))
    day = event.date_start + dt.timedelta(days=days)
    ahead = published is not None and day > published and event.certainty == "occurred"
    return replace(
        event,
        certainty="planned" if ahead else event.certainty,
        date_start=day,
        date_end=None,
        extra={**event.extra, "date_counted": match.group(0)},
    )


def _ordinal(word: str) -> int:
    word = word.lower()
    return _ORDINALS.get(word) or int(re.match(r"\d+", word).group(0))
