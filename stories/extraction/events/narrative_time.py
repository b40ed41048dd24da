"""Where the narrative stands when a clause is told: its own words, its sentence, its
paragraph, the story.

An undated clause takes the time the article has placed it at, nearest first (events.dates
decides which clauses may and which tense admits which times). The lookups share one idea,
that a narrative moves by points (a day, a week, a month) and that a time dating a thing or a
participle's happening (events.thing_dates) is no point of it, so they are read together here.
"""

from __future__ import annotations

from collections.abc import Callable

from stories.extraction.events.comparison_points import compared_against
from stories.extraction.events.day_within import day_within
from stories.extraction.events.event_dates import EventDate
from stories.extraction.events.framed_times import dates_another_thing
from stories.extraction.events.later_conjuncts import in_later_conjunct
from stories.extraction.events.narrative_points import (
    is_weekend,
    paragraph_of,
    read_at,
    since_point,
)
from stories.extraction.events.story_points import moved_on, not_a_story_point
from stories.extraction.events.thing_dates import (
    COMPOUND_PERIOD,
    Anchor,
    attributive,
    dates_a_base_figure,
    dates_a_period_figure,
    dates_a_thing,
    in_participle,
    is_bound,
)
from stories.extraction.events.time_owners import (
    in_other_clause,
    in_relative_aside,
    model_year_of_a_thing,
)
from stories.extraction.mentions import EventCandidate

# The grains a story's narrative can stand on; a year or a season is a backdrop.
NARRATIVE_POINTS = ("day", "week", "month")


def own_times(
    event: EventCandidate,
    anchors: list[Anchor],
    text: str,
    fits: Callable[[EventDate], bool] = lambda date: True,
) -> list[Anchor]:
    """Times inside the clause's own words that may date it: not a bound ("until Friday")."""
    return [
        a
        for a in anchors
        if event.start <= a.start < event.end and fits(a.date) and not is_bound(a, text)
    ]


def narrative_time(
    event: EventCandidate,
    anchors: list[Anchor],
    sentences: list[tuple[int, int]],
    paragraphs: list[int],
    fits: Callable[[EventDate], bool],
    text: str,
) -> tuple[EventDate | None, str]:
    """The clause's own words, then its sentence, then its paragraph; a time that dates a thing
    the clause names, or a participle's own happening, dates none of them; nor, in its own
    sentence, does a time in a clause on a noun the event is not in ("the mayor denied the
    claims of a man who retired in August"), nor one in a later "then" clause joined to it ("lost
    to X, then won the seat back last fall"). The caller leaves out the times that date the crime a
    step of a case is about (offence_times.without_crime_times)."""
    anchors = [
        a
        for a in anchors
        if not in_participle(a, event, text)
        and not dates_a_base_figure(a, text)
        and not model_year_of_a_thing(a.start, a.end, text)  # "a 2007 Toyota stopped": the car's
        # "Under the 2015 agreement, Iran limited", "canceled the May 9 elections": a frame's
        # or a called-off happening's time (events.framed_times)
        and not dates_another_thing(a.start, a.end, text)
    ]
    near = [
        a
        for a in anchors
        if not in_other_clause(a.relative, event.start, event.end, event.trigger, text)
        # "lost, then won … last fall"
        and not in_later_conjunct(
            a.start, event, text, precision=a.date.precision, sentences=sentences
        )
    ]
    inside = [
        a
        for a in own_times(event, near, text, fits)
        if not (
            COMPOUND_PERIOD.search(text, a.start, a.end)
            and (dates_a_thing(a, event, text) or dates_a_period_figure(a, event, text))
        )
    ]
    if inside:
        return inside[0].date, "clause"
    found = _sentence_time(event, near, sentences, fits, text)
    if found is not None:
        return found, "sentence"
    return _paragraph_time(event, anchors, paragraphs, fits, text), "paragraph"


def story_time(
    event: EventCandidate,
    anchors: list[Anchor],
    fits: Callable[[EventDate], bool],
    text: str,
) -> EventDate | None:
    """Where the story's narrative stands before the event: the last day or month it named
    ("arrested in April for a March 21 call… The office referred the call to police"). A bare
    year ("this year", "since 2007") is a backdrop, not a point, and a date written before a
    noun ("the Aug. 8 vote") dates that thing rather than the narrative. A week or month
    named last that holds a day the story told ("fell Friday … the swings of last week")
    stands on that day (day_within). A time told in the past perfect ("a motive had not been
    established by Monday morning") is a flashback's, from which the story returns to its own
    line (flashback_times)."""
    before = [
        a
        for a in anchors
        if a.start < event.start
        and fits(a.date)
        and a.date.precision in NARRATIVE_POINTS
        and not is_weekend(a.date)
        and attributive(a, text) is None
        and not dates_another_thing(a.start, a.end, text)  # "canceled the May 9 elections"
        and not in_relative_aside(a.start, text, a.end)
        and not not_a_story_point(a.start, a.date.text, text)
        and not a.flashback
    ]
    moved = moved_on(before[-1].date, before[-1].end, event.start, text) if before else None
    if moved is not None:
        moved = day_within(moved, [a.date for a in before])  # "last week", holding Friday
    return moved if moved is None or fits(moved) else before[-1].date  # never past the news


def _sentence_time(
    event: EventCandidate,
    anchors: list[Anchor],
    sentences: list[tuple[int, int]],
    fits: Callable[[EventDate], bool],
    text: str,
) -> EventDate | None:
    bounds = next(((s, e) for s, e in sentences if s <= event.start < e), None)
    if bounds is None:
        return None
    # A time told before the clause first. One after it usually belongs to a later clause
    # ("arrived in Lima to attend a forum that ends on Friday" is no arrival on Friday), so it
    # counts only when it fits the clause's tense: "'…,' the minister said Tuesday", and when
    # it dates no thing: "grilled the aide on Trump's July 25 call" was no hearing in July; and
    # only from a clause that holds it: "agreed to ask who set it in 2009" agreed in no 2009;
    # and a year before a noun, before or after the clause, is a backdrop: "began a rally to
    # back him in this year's vote", "reported third-quarter earnings, sending shares up".
    before = [
        a
        for a in anchors
        if bounds[0] <= a.start < event.start
        and fits(a.date)
        and not (a.date.precision == "year" and attributive(a, text))
    ]
    if before:
        return before[-1].date
    after = [
        a
        for a in anchors
        if event.end <= a.start < bounds[1]
        and fits(a.date)
        and not is_bound(a, text)
        and not dates_a_thing(a, event, text)
        and not (a.date.precision == "year" and attributive(a, text))
        and (a.clause is None or a.clause[0] <= event.start < a.clause[1])
    ]
    return after[0].date if after else None


def _paragraph_time(
    event: EventCandidate,
    anchors: list[Anchor],
    paragraphs: list[int],
    fits: Callable[[EventDate], bool],
    text: str,
) -> EventDate | None:
    """The paragraph's narrative time: the last point (a day, week or month) told before the
    clause in its paragraph, as the story's is; a bare year only when the paragraph named no
    point. A year told after the point ("ruled on Friday against a firm accused of dumping
    waste in 1988") is a backdrop that does not move the narrative; a time that dates a thing
    ("from the 1973 record") or is a record's reference point ("the first time since 1993")
    is no time of the narrative at all, nor is the time a figure is compared with ("up from 400
    million Thursday"), nor the day a state was read at ("As of 8 p.m. Monday, the river
    stood at 27 feet"; a year read at, "as of 2016", is a backdrop like any bare year). A past
    perfect happened before the paragraph's point,
    so it keeps the last time told, whatever its grain."""
    paragraph = paragraph_of(event.start, paragraphs)
    before = [
        a
        for a in anchors
        if a.start < event.start
        and paragraph_of(a.start, paragraphs) == paragraph
        and fits(a.date)
        and not dates_a_thing(a, event, text)
        and not since_point(a.start, a.end, text)
        and not in_relative_aside(a.start, text, a.end)
        and not compared_against(a.start, text)
        and not (read_at(a.start, text) and a.date.precision in NARRATIVE_POINTS)
    ]
    points = [a for a in before if a.date.precision in NARRATIVE_POINTS]
    if points and not event.extra.get("past_perfect", False):
        # "Two days later, …" and "A day earlier, …" move the paragraph's narrative too.
        moved = moved_on(points[-1].date, points[-1].end, event.start, text)
        return moved if fits(moved) else points[-1].date
    return before[-1].date if before else None
