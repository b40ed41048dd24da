"""How values are written where TimeBank and TE3 agree on a spelling ISO would write otherwise.

The sentences here are written for the tests.
"""

import datetime

import pytest

from stories.extraction.nlp import get_nlp
from stories.extraction.times.find import find_times

PUBLISHED = datetime.date(2013, 3, 22)


@pytest.fixture(scope="module")
def values():
    nlp = get_nlp()

    def run(text: str, published: datetime.date = PUBLISHED) -> list[tuple[str, str | None]]:
        return [(m.text, m.value) for m in find_times(text, published=published, doc=nlp(text))]

    return run


def test_a_vague_number_of_minutes_is_written_without_the_time_designator(values):
    assert values("The talks lasted a few minutes.") == [("a few minutes", "PXM")]


def test_a_vague_number_of_hours_keeps_the_time_designator(values):
    assert values("Rescuers searched for hours.") == [("hours", "PTXH")]


def test_a_named_day_of_the_calendar_is_no_weekday(values):
    text = "The fire was worse than the Ash Wednesday fires of February 1983."

    assert values(text, datetime.date(2009, 2, 9)) == [("February 1983", "1983-02")]


def test_a_trade_day_named_for_a_weekday_is_no_weekday(values):
    assert values("Shoppers queued for Black Friday.") == []
