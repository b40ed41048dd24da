"""Quarters referred back to, and dates a change takes effect on.

The sentences here are written for the tests. The story was published on Thursday,
26 October 1989 (fourth quarter) unless a test says otherwise.
"""

import datetime

import pytest

from tests.extracting import time_values

PUBLISHED = datetime.date(1989, 10, 26)


@pytest.fixture(scope="module")
def values():
    return time_values(PUBLISHED)


def test_the_quarter_after_a_named_fiscal_quarter_is_that_quarter(values):
    text = "The maker earned $3 million in the fiscal first quarter. Sales rose in the quarter."

    assert values(text)[-1] == ("the quarter", "1989-Q1")


def test_the_latest_period_after_a_named_fiscal_quarter_is_that_quarter(values):
    text = "The mill made a profit in the fiscal second quarter. Sales in the latest period fell."

    assert values(text)[-1] == ("the latest period", "1989-Q2")


def test_a_year_named_period_after_a_fiscal_quarter_is_that_quarter_of_the_year(values):
    text = "The maker earned $3 million in the fiscal first quarter. In the 1988 period it lost."

    assert values(text)[-1] == ("the 1988 period", "1988-Q1")


def test_a_calendar_quarter_named_in_passing_leaves_the_reported_quarter(values):
    text = "After a flat second quarter, profit rose in the quarter."

    assert values(text)[-1] == ("the quarter", "1989-Q3")


def test_a_fiscal_quarter_still_to_come_leaves_the_reported_quarter(values):
    text = "It expects a loss in the fiscal fourth quarter. Sales rose in the quarter."

    assert values(text)[-1] == ("the quarter", "1989-Q3")


def test_an_effective_date_looks_ahead_in_a_past_clause(values):
    text = "The board created a new office of the chairman, effective Feb. 1."

    assert values(text) == [("Feb. 1", "1990-02-01")]
