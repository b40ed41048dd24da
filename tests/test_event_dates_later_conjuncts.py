"""A time told in a later "then" clause joined to a clause ("lost, then won the seat back last
fall") dates that later clause, not the first.

Sentences are written for the tests; the story was published on Monday, 23 March 2009.
"""

import datetime

import pytest

from stories.extraction.events.later_conjuncts import in_later_conjunct
from tests.extracting import event_candidate, narrative_date

PUBLISHED = datetime.date(2009, 3, 23)
TEXT = (
    "The violations happened during his 2002 campaign for the commission. "
    "He lost to a former commissioner, then won the seat back last fall."
)


def test_a_time_after_then_is_in_the_later_conjunct():
    event = event_candidate(
        TEXT, "He lost to a former commissioner, then won the seat back last fall", trigger="lose"
    )

    assert in_later_conjunct(TEXT.index("last fall"), event, TEXT, precision="month")


def test_the_later_conjunct_s_own_time_is_its_own():
    event = event_candidate(TEXT, "then won the seat back last fall", trigger="win")

    assert not in_later_conjunct(TEXT.index("last fall"), event, TEXT, precision="month")


def test_a_time_before_then_is_the_clause_s_own():
    text = "He lost the seat in 2002, then won it back last fall."
    event = event_candidate(text, "He lost the seat in 2002", trigger="lose")

    assert not in_later_conjunct(text.index("2002"), event, text, precision="year")


def test_the_first_conjunct_does_not_take_the_later_one_s_time():
    clause = "He lost to a former commissioner, then won the seat back last fall"

    dated = narrative_date(TEXT, clause, published=PUBLISHED, trigger="lose")

    assert dated.date_start != datetime.date(2008, 9, 1) and dated.date_text != "last fall"


def test_a_day_after_then_is_shared_by_the_sequence():
    text = "A gunman shot two coworkers, then killed himself Sunday night, police said."
    event = event_candidate(text, "A gunman shot two coworkers", trigger="shoot")

    assert not in_later_conjunct(text.index("Sunday"), event, text, precision="day")


def test_a_sequence_told_on_one_day_is_dated_that_day():
    text = "A gunman shot two coworkers, then killed himself Sunday night, police said."

    dated = narrative_date(
        text, "A gunman shot two coworkers", published=datetime.date(2010, 3, 15), trigger="shoot"
    )

    assert dated.date_start == datetime.date(2010, 3, 14)


@pytest.mark.parametrize(
    ("text", "clause", "trigger", "when"),
    [
        ("She joined the company, then a small startup, in 2004.", "She joined", "join", "2004"),
        ("He married Smith, then a senator, in 1990.", "He married Smith", "marry", "1990"),
        (
            "The plant hired 300 workers, then the most in its history, in 2009.",
            "The plant",
            "hire",
            "2009",
        ),
        ("He married Smith, then senator, in 1990.", "He married Smith", "marry", "1990"),
    ],
)
def test_then_of_an_appositive_is_no_later_clause(text, clause, trigger, when):
    event = event_candidate(text, clause, trigger=trigger)

    assert not in_later_conjunct(text.index(when), event, text, precision="year")


def test_an_irregular_past_before_then_is_the_clause_s_verb():
    text = "He won the primary, then lost the general election in November."
    event = event_candidate(text, "He won the primary", trigger="win")

    assert in_later_conjunct(text.index("November"), event, text, precision="month")


def test_an_abbreviation_ends_no_sentence():
    text = "He lost the St. Louis race, then won a seat in 2008."
    event = event_candidate(text, "He lost the St. Louis race", trigger="lose")

    assert in_later_conjunct(text.index("2008"), event, text, precision="year")


def test_a_time_in_the_next_sentence_is_not_in_the_conjunct():
    text = "He lost the race, then quit. He won a seat in 2008."
    event = event_candidate(text, "He lost the race", trigger="lose")

    assert not in_later_conjunct(text.index("2008"), event, text, precision="year")
