"""One happening told twice is one event, two happenings told alike stay two
(events.identity: `same_predicate` and what a merge takes from the later telling)."""

import datetime as dt
from dataclasses import replace

from stories.extraction.events.identity import deduplicate
from stories.extraction.mentions import EventCandidate, PlaceMention

_DATED = {"date": {"source": "clause", "text": "Monday"}}


def _found(start: int, title: str, quote: str, *people: str) -> EventCandidate:
    return EventCandidate(
        title, "", quote, start, start + len(quote), "find", "occurred", people=people,
        extra={"kind": "verb"},
    )  # fmt: skip


def test_the_lead_retold_in_the_next_sentence_is_one_event():
    lead = _found(0, "Man finds cell", "A man found a cell on Monday")
    retold = _found(40, "Jo Park finds cell", "Jo Park, 55, found a cell in the gut", "Jo Park")
    assert deduplicate([lead, retold]) == [lead]


def test_the_same_verb_told_far_apart_is_two_happenings():
    first = _found(0, "Herbert finds cell", "Herbert had found a cell", "Herbert")
    later = _found(5000, "Howitt finds", "when he inspected the tissue, Howitt found", "Howitt")
    assert len(deduplicate([first, later])) == 2


def test_a_subject_brought_in_with_an_indefinite_article_is_a_new_actor():
    first = _found(
        0, "Spacecraft finds evidence", "the spacecraft found evidence of a fluid", "Galileo"
    )
    later = _found(45, "2018 analysis finds evidence", "Then, a 2018 analysis found evidence")
    assert len(deduplicate([first, later])) == 2


def _meeting(start: int, title: str, quote: str, **changes) -> EventCandidate:
    base = EventCandidate(
        title, "", quote, start, start + len(quote), "meeting", "occurred", extra={"kind": "noun"}
    )
    return replace(base, **changes)


_CHILE = PlaceMention("Chile", 0, 5, name="Chile", kind="country", country_code="CL")


def test_a_naming_with_names_of_its_own_gives_the_first_telling_no_place():
    first = _meeting(
        0, "Cabinet meeting", "an Oct. 21 cabinet meeting",
        date_start=dt.date(2019, 10, 21), date_precision="day", provenance=_DATED,
    )  # fmt: skip
    later = _meeting(
        500, "Meeting between Trump and Xi in Chile",
        "a meeting between Mr. Trump and Xi in Chile", place=_CHILE, people=("Trump",),
    )  # fmt: skip
    assert [e.place for e in deduplicate([first, later])] == [None]


def test_a_place_taken_from_a_retelling_says_where_it_came_from():
    first = _meeting(
        0, "Meeting with Jo Park", "the meeting with Jo Park", people=("Jo Park",),
        date_start=dt.date(2019, 10, 21), date_precision="day", provenance=_DATED,
    )  # fmt: skip
    later = _meeting(
        500, "Meeting with Jo Park in Chile", "the meeting with Jo Park in Chile",
        place=_CHILE, people=("Jo Park",),
    )  # fmt: skip
    merged = deduplicate([first, later])
    assert merged[0].place == _CHILE
    assert merged[0].provenance["place"]["source"] == "retelling"
