"""A clause timed by a span measured from another happening takes no day from the narrative.

"Sixteen days after the election, officials announced …", "he had been killed within a week
of his capture", "He dropped out after two years": the clause has a time of its own, a counted
span measured from a happening (or from a start told before), not from the calendar, and the
time rules cannot place it. The narrative's day (the paragraph's, the story's, the
publication's, another clause's in the sentence) is then wrong whenever that happening is not
the story's day, as in dev articles of three batches (an election sixteen days before the
count, a capture two years before the news, a student's two years at college decades ago).
Such a clause stays undated: undated is better than a wrong day.

Only counted calendar spans count (a day, week, month, year, not a clock's hour or minute:
"minutes after the vote" is still that day). An uncounted span named by its happening ("on the
day of the fire", "on election night") is often the story's own day and keeps the narrative's;
so do days "following" a happening, which run on from it. "Within a day of the shooting" is
that day or the next: the narrative's day stands.

A span counted from a calendar time ("two days after Christmas", "three weeks after the March 3
election") is found by the time rules only as that time, which the clause would take (or, on a
noun, leave to the narrative): `counted_from_calendar` gives the clause that time counted on.

When events.referents finds the day of the happening itself ("the capture on Feb. 2"), that day
is not the clause's: "sixteen days after the capture" is Feb. 18. `counted_on` gives the
happening's day counted on (or back) by the span, as precise as the span allows; a span that
only bounds the deed ("within a week of") or is counted from a start told before ("after two
years") gives no day, and the clause stays undated.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import NamedTuple

from spacy.tokens import Doc, Token

from stories.extraction.doc_text import doc_text
from stories.extraction.events.event_dates import EventDate
from stories.extraction.events.folding import anchor_of
from stories.extraction.events.thing_dates import Anchor
from stories.extraction.mentions import EventCandidate
from stories.extraction.times.calendar import month_counted_on
from stories.extraction.times.vocab import (
    CLOCK_UNITS,
    MONTHS,
    PARTS_OF_DAY,
    SEASONS,
    UNITS,
    WEEKDAYS,
    count_of,
)

# The mark on an event this rule left undated (events.referents may still date it by a
# happening the story dated before: "died within days of his arrest").
HAPPENING_TIMED = "timed_by_happening"
# Calendar spans ("two years", "a week", "three nights"), not a clock's hours or minutes.
_SPANS = frozenset(set(UNITS) - CLOCK_UNITS) | frozenset(PARTS_OF_DAY) | {"weekend"}
# Words that make a span a time of the calendar ("Tuesday night", "the night of May 2").
_CALENDAR = frozenset(
    w.lower() for w in (*MONTHS, *WEEKDAYS, *SEASONS, "today", "tonight", "yesterday", "last")
)
_ANCHORED = frozenset({"after", "before"})  # "sixteen days after the election"
_COUNTED = frozenset({"after", "within"})  # "after two years", "within a month"
# Days a span unit counts ("a fortnight": 14); months and years are counted on the calendar.
_DAYS = {"day": 1, "night": 1, "week": 7, "fortnight": 14} | dict.fromkeys(PARTS_OF_DAY, 1)
_MONTHS = {"month": 1, "year": 12, "decade": 120}


class Measure(NamedTuple):
    """A counted span a clause is measured by: `count` units (`unit`, singular) after the
    happening (`direction` 1), before it (-1), or only within or after it from a start told
    before (0: no day can be counted)."""

    count: int | None
    unit: str
    direction: int


def timed_by_happening(event: EventCandidate, doc: Doc) -> bool:
    """Whether the event's own clause is timed by a calendar span measured from a happening
    or counted from a start told before, with no calendar word in it."""
    return happening_span(event, doc) is not None


def happening_span(event: EventCandidate, doc: Doc) -> Measure | None:
    """The counted calendar span the event's own clause is measured by, from a happening or
    from a start told before; None when its clause has none."""
    anchor = anchor_of(event, doc)
    if anchor is None:
        return None
    return next((span for prep in _prepositions(anchor) if (span := _measured(prep))), None)


def counted_from_calendar(
    event: EventCandidate, doc: Doc, anchors: Sequence[Anchor], published: dt.date | None
) -> EventDate | None:
    """The day a clause timed by a counted span after or before a calendar time takes: that
    time counted on or back ("ten days after Feb. 12": Feb. 22; "two weeks after the Feb. 2
    ballot": Feb. 16), not the time itself, which the time rules find and the clause would
    otherwise take (or, on a noun, give to the ballot and leave the clause to the narrative).
    None when the clause has no such span or the span gives no day (`counted_on`)."""
    anchor = anchor_of(event, doc)
    if anchor is None:
        return None
    for prep in _prepositions(anchor):
        if prep.lower_ not in _ANCHORED:
            continue
        counts = [c for c in prep.children if c.dep_ == "npadvmod" and _span(c) and _counted(c)]
        target = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if not counts or target is None:
            continue
        low = target.left_edge.idx
        high = target.right_edge.idx + len(target.right_edge)
        point = next((a for a in anchors if low <= a.start < high), None)
        if point is None:
            continue
        if (
            event.date_start is not None
            and event.date_text != doc_text(doc)[point.start : point.end]
        ):
            return None  # "on Wednesday, ten days after the ballot": its own day stands
        span = _span_of(counts[0], 1 if prep.lower_ == "after" else -1)
        return counted_on(point.date, span, published)
    return None


def counted_on(found: EventDate, span: Measure, published: dt.date | None) -> EventDate | None:
    """The day of the happening (`found`) counted on or back by the span, as precise as both
    allow ("sixteen days after" a day: a day; "two months after": a month; "three years
    after": a year); None when the span gives no direction or count, days are counted from a
    happening known only to its month or year, or the day counted lies after publication."""
    if not span.direction or not span.count:
        return None
    side = "after" if span.direction > 0 else "before"
    text = f"{span.count} {span.unit}{'s' if span.count > 1 else ''} {side} {found.text}"
    try:  # a count past the calendar's last year ("900000 years after") dates nothing
        counted = _counted_point(found, span, text)
    except (OverflowError, ValueError):
        return None
    if counted is None:
        return None
    return None if published is not None and counted.start > published else counted


def _counted_point(found: EventDate, span: Measure, text: str) -> EventDate | None:
    if span.unit in _DAYS:
        if found.precision != "day":
            return None
        start = found.start + dt.timedelta(days=span.direction * span.count * _DAYS[span.unit])
        return EventDate(start, None, "day", text)
    if span.unit in _MONTHS and found.precision in ("day", "month", "year"):
        months = span.direction * span.count * _MONTHS[span.unit]
        start = month_counted_on(found.start, months)
        if span.unit == "month" and found.precision != "year":
            return EventDate(start, None, "month", text)
        return EventDate(start.replace(month=1), None, "year", text)
    return None


def _prepositions(anchor: Token) -> list[Token]:
    """The prepositions hung on the deed's own word: a time phrase on its object or inside
    another clause ("released a report on the night of the fire") is that thing's."""
    return [
        child
        for child in anchor.children
        if child.dep_ == "prep" or (child.dep_ == "mark" and child.lower_ in _ANCHORED)
    ]


def _measured(prep: Token) -> Measure | None:
    """'sixteen days after the election', 'within a week of his capture', 'after two years'."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    word = prep.lower_
    counts = [c for c in prep.children if c.dep_ == "npadvmod" and _span(c) and _counted(c)]
    if word in _ANCHORED and counts and not any(_calendar(o) for o in objects):
        return _span_of(counts[0], 1 if word == "after" else -1)
    if word not in _COUNTED or not objects:
        return None
    span = objects[0]
    if not _span(span) or not _counted(span) or _calendar(span):
        return None
    others = [c for c in span.children if c.dep_ not in ("det", "nummod", "quantmod", "amod")]
    if not others:
        return _span_of(span, 0)  # "after two years", "within a month"
    # "within a week of his capture" counts from the capture; "after a week of talks" is a
    # span the talks filled, ending at the deed, which may well be the narrative's day.
    if word != "within" or not all(c.dep_ == "prep" and c.lower_ == "of" for c in others):
        return None
    measured = _span_of(span, 0)
    if measured.count == 1 and measured.unit in _DAYS and _DAYS[measured.unit] == 1:
        return None  # "within a day of the shooting": that day or the next
    return measured


def _span_of(word: Token, direction: int) -> Measure:
    """The span a counted unit word gives ("sixteen days": 16 day)."""
    number = next((c for c in word.children if c.dep_ in ("nummod", "det")), None)
    unit = word.lemma_.lower() if word.lemma_.lower() in _SPANS else word.lower_.rstrip("s")
    count = count_of(number.text) if number is not None else None
    return Measure(count, unit, direction)


def _span(word: Token) -> bool:
    return word.lemma_.lower() in _SPANS or word.lower_.rstrip("s") in _SPANS


def _counted(span: Token) -> bool:
    """A number or an article counts the span ("two years", "a week")."""
    return any(
        c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in ("a", "an")) for c in span.children
    )


def _calendar(word: Token) -> bool:
    """A time of the calendar: a month, weekday, season, year or date in the phrase."""
    return any(t.lower_ in _CALENDAR or (t.like_num and len(t.text) == 4) for t in word.subtree)
