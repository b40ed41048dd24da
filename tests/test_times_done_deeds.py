"""A deed told as done ("was arrested April 2", "has signed on April 5") happened on or before
publication: a yearless date a few weeks after publication is last year's, not the coming one.
Plans, schedules, modals and reported futures keep the forward reading.

The sentences here are written for the tests; the story was published on 30 March 2023.
"""

import datetime

import pytest

from tests.extracting import time_values

PUBLISHED = datetime.date(2023, 3, 30)


@pytest.fixture(scope="module")
def values():
    return time_values(PUBLISHED)


def test_a_passive_past_deed_date_after_publication_is_last_years(values):
    assert values("The driver was arrested April 12 in the town.") == [("April 12", "2022-04-12")]


def test_an_active_past_deed_date_after_publication_is_last_years(values):
    assert values("A storm destroyed the bridge on April 20.") == [("April 20", "2022-04-20")]


def test_a_present_perfect_deed_date_after_publication_is_last_years(values):
    assert values("The council has approved the plan on April 15.") == [("April 15", "2022-04-15")]


def test_a_past_deed_date_a_day_after_publication_stays_near(values):
    """Publication dates lag a day or two; no one means a year ago by tomorrow's date."""
    assert values("The mayor resigned on March 31.") == [("March 31", "2023-03-31")]


def test_a_date_written_before_a_noun_dates_the_noun_not_the_deed(values):
    assert values("Candidates campaigned hard ahead of the April 25 election.") == [
        ("April 25", "2023-04-25")
    ]


def test_a_date_before_the_noun_of_a_show_on_sale_stays_ahead(values):
    assert values("Tickets went on sale for the April 22 show.") == [("April 22", "2023-04-22")]


def test_a_reported_future_date_after_publication_stays_ahead(values):
    assert values("She said he would leave April 12.") == [("April 12", "2023-04-12")]


def test_a_future_date_after_publication_stays_ahead(values):
    assert values("The court will rule on April 12.") == [("April 12", "2023-04-12")]


def test_a_scheduled_date_after_publication_stays_ahead(values):
    assert values("The hearing is scheduled for April 12.") == [("April 12", "2023-04-12")]


def test_a_date_a_past_scheduling_verb_set_stays_ahead(values):
    assert values("The judge set the hearing for April 12.") == [("April 12", "2023-04-12")]


def test_a_past_copula_with_a_due_date_stays_ahead(values):
    """ "was payable", "was due": the past is the report's, the date the payment's."""
    assert values("The company said the bill was due April 12.") == [("April 12", "2023-04-12")]


def test_a_past_plan_date_after_publication_stays_near(values):
    assert values("He was expected to testify April 12.") == [("April 12", "2023-04-12")]


def test_a_future_deed_date_just_before_publication_is_next_years(values):
    assert values("The court will rule on March 20.") == [("March 20", "2024-03-20")]


def test_a_past_deed_date_before_publication_is_this_years(values):
    assert values("The driver was arrested March 20.") == [("March 20", "2023-03-20")]


def test_a_date_on_a_saying_verb_keeps_the_near_reading(values):
    """A date parsed onto "said" often dates the thing said, which may be to come."""
    assert values('"We will vote on it," April 12, the mayor said.') == [("April 12", "2023-04-12")]


def test_a_deadline_a_past_deed_gave_stays_ahead(values):
    assert values("The judge gave him until April 12 to decide.") == [
        ("until April 12", "2023-04-12")
    ]


def test_a_deadline_at_a_clock_time_a_past_deed_gave_stays_ahead(values):
    assert values("The judge gave him until noon April 12 to decide.")[-1][1].startswith(
        "2023-04-12"
    )


def test_a_past_progressive_deed_date_after_publication_is_last_years(values):
    assert values("The officer was directing traffic April 12 when a truck hit him.") == [
        ("April 12", "2022-04-12")
    ]


def test_a_new_end_a_past_deed_moved_a_date_to_stays_ahead(values):
    assert values("The offer was extended to April 12.") == [("April 12", "2023-04-12")]


def test_a_past_deed_on_a_holiday_after_publication_is_last_years(values):
    published = datetime.date(2023, 12, 1)
    assert values("The barn burned down on Christmas Day.", published) == [
        ("Christmas Day", "2022-12-25")
    ]


def test_a_coming_holiday_after_publication_stays_ahead(values):
    published = datetime.date(2023, 12, 1)
    assert values("The barn will reopen on Christmas Day.", published) == [
        ("Christmas Day", "2023-12-25")
    ]
