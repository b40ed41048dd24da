"""A deed retold in what its own doer says or admits ("Vell admitted he stabbed the guard"),
with a pronoun subject and no date of its own, is the deed told earlier (events.admitted_deeds)."""

import datetime as dt
from dataclasses import replace

from stories.extraction.events.admitted_deeds import retold_in_an_admission
from stories.extraction.mentions import EventCandidate


def _told(**changes) -> EventCandidate:
    base = EventCandidate(
        "Vell stabs Marr", "Ana Vell stabbed Oto Marr outside a bar in May 2021.",
        "Ana Vell stabbed Oto Marr outside a bar in May 2021", 0, 50, "stab", "occurred",
        date_start=dt.date(2021, 5, 1), date_precision="month", people=("Ana Vell", "Oto Marr"),
        background=True, provenance={"date": {"source": "clause", "text": "May 2021"}},
        extra={"kind": "verb"},
    )  # fmt: skip
    return replace(base, **changes)


def _admitted(**changes) -> EventCandidate:
    base = EventCandidate(
        "Vell stabs", "On Tuesday Vell admitted that she stabbed and wounded him.",
        "she stabbed and wounded him", 900, 930, "stab", "occurred",
        date_start=dt.date(2022, 3, 8), date_precision="day", people=("Ana Vell",),
        provenance={"date": {"from": "story", "text": "Tuesday"}},
        extra={"kind": "verb", "date_inferred": True, "date_from": "story"},
    )  # fmt: skip
    return replace(base, **changes)


def test_the_doers_admission_retells_the_deed_told_earlier():
    assert retold_in_an_admission(_told(), _admitted())


def test_a_saying_retells_it_too():
    said = _admitted(summary="Vell said she stabbed him.", quote="she stabbed him")
    assert retold_in_an_admission(_told(), said)


def test_a_deed_told_outside_a_saying_is_not_taken():
    plain = _admitted(summary="Then she stabbed him again.", quote="she stabbed him again")
    assert not retold_in_an_admission(_told(), plain)


def test_a_deed_with_a_date_of_its_own_is_another_happening():
    dated = _admitted(
        summary="Vell admitted she stabbed a cellmate in March.",
        quote="she stabbed a cellmate in March",
        provenance={"date": {"source": "clause", "text": "March"}},
    )
    assert not retold_in_an_admission(_told(), dated)


def test_another_named_victim_is_another_happening():
    other = _admitted(
        summary="Vell admitted she stabbed Ivo Dunn.",
        quote="she stabbed Ivo Dunn",
        people=("Ana Vell", "Ivo Dunn"),
    )
    assert not retold_in_an_admission(_told(), other)


def test_another_unnamed_victim_is_another_happening():
    other = _admitted(
        summary="Vell admitted she stabbed a neighbour.", quote="she stabbed a neighbour"
    )
    assert not retold_in_an_admission(_told(), other)


def test_another_doer_is_another_happening():
    other = _admitted(people=("Ivo Dunn",), summary="Dunn admitted he stabbed and wounded him.")
    assert not retold_in_an_admission(_told(), other)


def test_another_verb_is_another_happening():
    other = _admitted(trigger="rob", title="Vell robs", quote="she robbed him")
    assert not retold_in_an_admission(_told(), other)


def test_an_earlier_deed_told_only_as_planned_is_not_taken():
    assert not retold_in_an_admission(_told(certainty="planned"), _admitted())


def test_a_verb_joined_to_the_admitted_deed_is_retold_too():
    joined = _admitted(trigger="stab", title="Vell stabs", quote="stabbed")
    joined = replace(joined, summary="On Tuesday Vell admitted that she attacked and stabbed him.")
    assert retold_in_an_admission(_told(), joined)


def test_a_joined_verb_outside_a_saying_is_not_taken():
    joined = _admitted(quote="stabbed", summary="Later she ran and stabbed him.")
    assert not retold_in_an_admission(_told(), joined)


def test_a_second_victim_named_only_beside_the_first_deed_is_another_happening():
    earlier = _told(
        summary="Ana Vell stabbed Oto Marr in May 2021, after a quarrel with a neighbour.",
        quote="Ana Vell stabbed Oto Marr in May 2021",
    )
    other = _admitted(
        summary="Vell admitted she stabbed the neighbour.", quote="she stabbed the neighbour"
    )
    assert not retold_in_an_admission(earlier, other)
