"""A plan told as it stood in the past ("was scheduled to appear Dec. 27") may be over by
now: its yearless date is the nearest one, not the next to come.

The sentences here are written for the tests; the story was published on 18 March 2009.
"""

import datetime

import pytest

from stories.extraction.nlp import get_nlp
from stories.extraction.times.find import find_times

PUBLISHED = datetime.date(2009, 3, 18)


@pytest.fixture(scope="module")
def values():
    nlp = get_nlp()

    def run(text: str) -> list[tuple[str, str | None]]:
        return [(m.text, m.value) for m in find_times(text, published=PUBLISHED, doc=nlp(text))]

    return run


def test_a_date_a_past_passive_plan_set_may_have_gone_by(values):
    assert values("Ray was scheduled to appear in court Dec. 27.") == [("Dec. 27", "2008-12-27")]


def test_a_date_a_past_expectation_named_may_have_gone_by(values):
    assert values("Kim was expected to attend a hearing Feb. 20.") == [("Feb. 20", "2009-02-20")]


def test_a_present_plan_still_looks_ahead(values):
    assert values("Ray is scheduled to appear in court Feb. 20.") == [("Feb. 20", "2010-02-20")]


def test_a_weekday_a_past_passive_plan_set_still_looks_ahead(values):
    assert values("Ray was expected to appear in court Friday.") == [("Friday", "2009-03-20")]
