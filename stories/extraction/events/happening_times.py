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
so do days "following" a happening, which run on from it; a span of the calendar ("two days
after Christmas") is the time rules'; a clause with a date of its own never comes here.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from stories.extraction.events.folding import anchor_of
from stories.extraction.mentions import EventCandidate
from stories.extraction.times.vocab import (
    CLOCK_UNITS,
    MONTHS,
    PARTS_OF_DAY,
    SEASONS,
    UNITS,
    WEEKDAYS,
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


def timed_by_happening(event: EventCandidate, doc: Doc) -> bool:
    """Whether the event's own clause is timed by a calendar span measured from a happening
    or counted from a start told before, with no calendar word in it."""
    anchor = anchor_of(event, doc)
    if anchor is None:
        return False
    return any(_measured(prep) for prep in _prepositions(anchor))


def _prepositions(anchor: Token) -> list[Token]:
    """The prepositions hung on the deed's own word: a time phrase on its object or inside
    another clause ("released a report on the night of the fire") is that thing's."""
    return [
        child
        for child in anchor.children
        if child.dep_ == "prep" or (child.dep_ == "mark" and child.lower_ in _ANCHORED)
    ]


def _measured(prep: Token) -> bool:
    """'sixteen days after the election', 'within a week of his capture', 'after two years'."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    word = prep.lower_
    counts = [c for c in prep.children if c.dep_ == "npadvmod" and _span(c) and _counted(c)]
    if word in _ANCHORED and counts and not any(_calendar(o) for o in objects):
        return True
    if word not in _COUNTED or not objects:
        return False
    span = objects[0]
    if not _span(span) or not _counted(span) or _calendar(span):
        return False
    others = [c for c in span.children if c.dep_ not in ("det", "nummod", "quantmod", "amod")]
    if not others:
        return True  # "after two years", "within a month"
    # "within a week of his capture" counts from the capture; "after a week of talks" is a
    # span the talks filled, ending at the deed, which may well be the narrative's day.
    return word == "within" and all(c.dep_ == "prep" and c.lower_ == "of" for c in others)


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
