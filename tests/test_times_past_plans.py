"""A plan told as it stood in the past ("was scheduled to testify Nov. 14") may be over by
now: its yearless date is the nearest one, not the next to come.

The sentences here are written for the tests; the story was published on 18 March 2009.
"""

import datetime

import pytest

from tests.extracting import time_values

PUBLISHED = datetime.date(2009, 3, 18)


@pytest.fixture(scope="module")
def values():
    return time_values(PUBLISHED)


def test_a_date_a_past_passive_plan_set_may_have_gone_by(values):
    assert values("Ana Ruiz was scheduled to testify Nov. 14.") == [("Nov. 14", "2008-11-14")]


def test_a_date_a_past_expectation_named_may_have_gone_by(values):
    assert values("The band was expected to play a concert Jan. 9.") == [("Jan. 9", "2009-01-09")]


def test_a_present_plan_still_looks_ahead(values):
    assert values("Ana Ruiz is scheduled to testify Feb. 11.") == [("Feb. 11", "2010-02-11")]


def test_a_weekday_a_past_passive_plan_set_still_looks_ahead(values):
    assert values("The board was expected to vote Friday.") == [("Friday", "2009-03-20")]
