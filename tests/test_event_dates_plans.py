"""A plan or expectation is dated only by a time in its own words, never by the narrative's."""

import datetime

from stories.extraction.mentions import EventCandidate
from tests.extracting import narrative_date

WEDNESDAY = datetime.date(2023, 9, 13)


def _planned(text: str, clause: str) -> EventCandidate:
    return narrative_date(
        text, clause, published=WEDNESDAY, tense="future", trigger="hold", certainty="planned"
    )


def test_a_plan_takes_the_day_its_own_clause_names():
    text = "The fair opened on Monday.\n\nThe closing ceremony is due to be held next Tuesday."

    event = _planned(text, "The closing ceremony is due to be held next Tuesday")

    assert event.date_start == datetime.date(2023, 9, 19)
    assert event.provenance["date"] == {"source": "clause", "text": "next Tuesday"}


def test_a_plan_without_a_time_of_its_own_takes_none_from_the_narrative():
    text = "The fair opened on Monday. The organisers will publish the accounts."

    assert _planned(text, "The organisers will publish the accounts").date_start is None


def test_a_plan_is_not_dated_by_a_year_written_before_a_noun():
    text = "Rain fell. The senator is set to enter the 2028 primary race."

    assert _planned(text, "The senator is set to enter the 2028 primary race").date_start is None


def test_a_time_followed_by_a_relative_word_dates_no_thing():
    text = "The crew will run a firing test around the middle of next year where the engines burn."

    event = _planned(text, "a firing test around the middle of next year")

    assert event.date_start == datetime.date(2024, 1, 1)
