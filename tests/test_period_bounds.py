"""A calendar period's bounds told in a relative clause are no happening.

Sentences written for these tests.
"""

import datetime as dt

import pytest
import spacy

from stories.extraction.analysis import analyse_text
from stories.extraction.events.period_bounds import bounds_a_period
from stories.extraction.nlp import MODEL_NAME


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL_NAME)


def _token(doc, word: str):
    return next(t for t in doc if t.lower_ == word)


def test_the_end_of_a_fiscal_year_in_a_relative_clause_bounds_a_period(nlp):
    doc = nlp("The audit for the 2015 fiscal year, which ended June 30, found few errors.")

    assert bounds_a_period(_token(doc, "ended"))


def test_the_start_of_budget_years_in_a_relative_clause_bounds_a_period(nlp):
    doc = nlp("The plan covers the next two budget years, which begin July 1, in the county.")

    assert bounds_a_period(_token(doc, "begin"))


def test_a_fiscal_year_ending_is_not_an_event():
    text = (
        "The state auditor released a report in Dayton on Monday. The report for the 2008 "
        "fiscal year, which ended June 30, showed that only two of 20 offices met the goal."
    )

    events = analyse_text(text, published=dt.date(2009, 3, 20)).events

    assert "end" not in [event.trigger for event in events]


def test_an_operation_that_began_on_a_day_still_bounds_no_period(nlp):
    """The look-alike: a happening's start ("the search, which began Tuesday") is news."""
    doc = nlp("The search, which began Tuesday, ended after rescuers found the hikers.")

    assert not bounds_a_period(_token(doc, "began"))


def test_a_quarter_closing_in_a_relative_clause_is_not_an_event():
    """ "closed" is a verb of the lexicon (a shop closes), yet a quarter that closed on a
    day is the calendar as much as a year that ended."""
    text = (
        "The county treasurer released the audit in Salem on Monday. The audit covers the "
        "first quarter, which closed March 31, and found few errors."
    )

    events = analyse_text(text, published=dt.date(2021, 5, 3)).events

    assert "close" not in [event.trigger for event in events]


def test_a_session_closing_in_a_relative_clause_stays_an_event():
    """The look-alike: a sitting that closed on a day is a gathering's end, not the calendar."""
    text = (
        "Lawmakers left the capitol in Salem on Friday. The session, which closed on May 2, "
        "passed forty bills."
    )

    events = analyse_text(text, published=dt.date(2021, 5, 3)).events

    assert "close" in [event.trigger for event in events]
