"""A plan a saying announces with no time of its own ("said it would close the plant") is dated
by the telling: the month of publication, or the past week or month its sentence names
before it. A future in the writer's own voice stays undated."""

import datetime

from stories.extraction.mentions import EventCandidate
from tests.extracting import narrative_date

WEDNESDAY = datetime.date(2023, 9, 13)


def _planned(text: str, clause: str, trigger: str) -> EventCandidate:
    return narrative_date(
        text, clause, published=WEDNESDAY, tense="future", trigger=trigger, certainty="planned"
    )


def test_a_plan_a_company_said_it_would_carry_out_falls_in_the_month_of_publication():
    text = "The brewery said it would close its riverside plant."

    event = _planned(text, "it would close its riverside plant", "close")

    assert (event.date_start, event.date_precision) == (datetime.date(2023, 9, 1), "month")
    assert event.extra["date_from"] == "told_plan"


def test_a_plan_told_in_a_named_week_takes_that_week():
    text = "Last week, the mayor said she will veto the parking budget."

    event = _planned(text, "she will veto the parking budget", "veto")

    assert (event.date_start, event.date_precision) == (datetime.date(2023, 9, 4), "week")


def test_a_time_after_the_plan_does_not_date_the_telling():
    text = "The coach said he would rest two players before the final in October."

    event = _planned(text, "he would rest two players", "rest")

    assert (event.date_start, event.date_precision) == (datetime.date(2023, 9, 1), "month")


def test_a_future_in_the_writers_own_voice_stays_undated():
    text = "The brewery will close its riverside plant."

    event = _planned(text, "The brewery will close its riverside plant", "close")

    assert event.date_start is None
