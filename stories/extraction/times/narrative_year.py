"""The year of a month or date written without one, in a past narrative set in an earlier year.

"The man visited his doctor in November 2016. … But by December, his symptoms worsened": the
December is 2016's, the one after the narrative's own time, not the December before
publication. News resolves a yearless month by the publication date and the tense (rules_dates),
which is right while the story stands near its publication; once the narrative has named a
time with its year written out, a yearless month told in the past that comes after that
time in the same year is that year's, as TimeML's annotators read it (the reference time is
the last time anchored, not the document's date). Only forward: "In November 2018 … in
March" stays the March before publication, which may be the narrative moving on.
"""

from __future__ import annotations

import re

from stories.extraction.times.calendar import period_start
from stories.extraction.times.candidates import Candidate
from stories.extraction.times.patterns import DETERMINER_BEFORE

_WRITTEN_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_BOUND_BEFORE = re.compile(r"\b(?:since|until|till|through|from|to|by)\s+$", re.I)
_NOUN_NEXT = re.compile(
    r"\s+(?!(?:and|or|to|in|on|at|for|by|with|from|when|that|as|was|were|is)\b)[a-z]"
)
# How far back the narrative's written-out time still stands (about a paragraph).
NARRATIVE_REACH = 400


def narrative_year(candidates: list[Candidate], text: str) -> None:
    """Move each yearless past month or date into the year of the written-out time just
    before it, when it falls after that time within that year."""
    scene: Candidate | None = None
    for candidate in candidates:
        if candidate.yearless_past and candidate.value:
            moved = _in_scene_year(candidate, scene, text) if scene is not None else None
            if moved is not None:
                candidate.value = moved
            continue
        if candidate.yearless and candidate.value and scene is not None:
            moved = _in_sentence_year(candidate, scene, text)
            if moved is not None:
                candidate.value = moved
            continue
        # Any other time moves the narrative on ("the following year", "last week"); only a
        # month or day with its year written out, standing for the story's time, sets it.
        scene = (
            candidate
            if _sets_scene(candidate, text) or _year_of_sentence(candidate, text)
            else None
        )


def _sets_scene(candidate: Candidate, text: str) -> bool:
    """ "in November 2016", "On May 22, 1995,": not a span's edge ("since July 2013") nor a
    thing's date ("the August 1988 cease-fire")."""
    if candidate.type not in ("DATE", "TIME") or not candidate.value or len(candidate.value) < 7:
        return False
    if period_start(candidate.value) is None:
        return False
    if not _WRITTEN_YEAR.search(text, candidate.start, candidate.end):
        return False
    before = text[max(0, candidate.start - 12) : candidate.start]
    if _BOUND_BEFORE.search(before):
        return False
    return not (DETERMINER_BEFORE.search(before) and _NOUN_NEXT.match(text, candidate.end))


def _year_of_sentence(candidate: Candidate, text: str) -> bool:
    """ "in the 2011 season -- above all after he was hurt at a June 9 match": a
    year written out sets the scene for a yearless date later in its own sentence, even as a
    thing's date; only a span's edge ("since 2016") and a make's model year ("a 2001 Chevrolet
    stopped March 16", times.thing_years) do not. A year before a name headed by an event noun
    ("a 2016 Senate vote on March 3") dates that happening, so it does set the year."""
    if candidate.type != "DATE" or not re.fullmatch(r"\d{4}", candidate.value or ""):
        return False
    if text[candidate.start : candidate.end] != candidate.value:
        return False
    # Imported here: the events package imports the times package at its own import.
    from stories.extraction.events.time_owners import model_year_of_a_thing

    if model_year_of_a_thing(candidate.start, candidate.end, text):
        return False
    return not _BOUND_BEFORE.search(text[max(0, candidate.start - 12) : candidate.start])


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s+[A-Z\"“]|\n")


def _in_scene_year(candidate: Candidate, scene: Candidate, text: str) -> str | None:
    """The candidate's value in the scene's year, if it falls there on or after the scene."""
    if candidate.start - scene.end > NARRATIVE_REACH:
        return None
    if len(scene.value) == 4:
        return _in_sentence_year(candidate, scene, text)
    return _moved(candidate, scene)


def _in_sentence_year(candidate: Candidate, scene: Candidate, text: str) -> str | None:
    """A yearless date of any tense in the year written out earlier in its own sentence."""
    if len(scene.value) != 4 or _SENTENCE_END.search(text, scene.end, candidate.start):
        return None
    if _BOUND_BEFORE.search(text[max(0, candidate.start - 12) : candidate.start]):
        return None  # "had bought shares through Sept. 29": an edge the tense places
    return _moved(candidate, scene)


def _moved(candidate: Candidate, scene: Candidate) -> str | None:
    """The candidate's value in the scene's year, if it falls there on or after the scene."""
    own, reference = period_start(candidate.value), period_start(scene.value)
    if own is None or reference is None or own.year <= reference.year:
        return None
    try:
        moved = own.replace(year=reference.year)
    except ValueError:
        return None  # February 29 in a common year
    if moved < reference:
        return None
    return f"{reference.year}{candidate.value[4:]}"
