"""One verb told twice over the same stated span, the later by a pronoun ("work it
completed from December 2003 to April 2004" twice), is one happening (events.stated_spans)."""

import datetime as dt
from dataclasses import replace

from stories.extraction.events.deduplication import deduplicate
from stories.extraction.events.stated_spans import same_stated_span
from stories.extraction.mentions import EventCandidate

_SPAN = {
    "date_start": dt.date(2003, 12, 1),
    "date_end": dt.date(2004, 4, 30),
    "date_precision": "month",
    "provenance": {"date": {"source": "clause"}},
}


def _told(start: int, **changes) -> EventCandidate:
    base = EventCandidate(
        "City completes", "", "it completed on the project from December 2003 to April 2004",
        start, start + 60, "complete", "occurred", extra={"kind": "verb"}, **_SPAN,
    )  # fmt: skip
    return replace(base, **changes)


def test_one_verb_over_the_same_stated_span_by_a_pronoun_is_one_happening():
    first = _told(0, quote="it completed on a publicly funded convention center hotel project")
    later = _told(3000, title="Firm completes")
    assert same_stated_span(first, later)
    assert deduplicate([first, later]) == [first]


def test_another_span_is_another_happening():
    later = _told(3000, date_end=dt.date(2004, 6, 30))
    assert not same_stated_span(_told(0), later)


def test_a_single_month_is_no_span():
    one = {"date_end": dt.date(2003, 12, 31)}
    assert not same_stated_span(_told(0, **one), _told(3000, **one))


def test_a_subject_named_anew_is_another_happening():
    later = _told(3000, quote="exports completed their climb from December 2003 to April 2004")
    assert not same_stated_span(_told(0), later)


def test_two_different_pronouns_tell_two_actors():
    span = "on the project from December 2003 to April 2004"
    first = _told(0, title="John Smith completes", quote=f"he completed {span}")
    later = _told(900, title="Mary Jones completes", quote=f"she completed {span}")
    assert not same_stated_span(first, later)


def test_two_tellings_naming_different_people_are_two_happenings():
    first = _told(0, title="John Smith completes", people=("John Smith",))
    later = _told(3000, title="Mary Jones completes", people=("Mary Jones",))
    assert not same_stated_span(first, later)
