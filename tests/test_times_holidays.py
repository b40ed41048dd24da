"""A holiday named instead of a date is that day, its year chosen as a yearless date's is; a
number after a holiday is its year only when it counts nothing (times.rules_holidays).

The sentences here are written for the tests; the story was published on 23 March 2009.
"""

import datetime

import pytest

from tests.extracting import time_values

PUBLISHED = datetime.date(2009, 3, 23)


@pytest.fixture(scope="module")
def values():
    return time_values(PUBLISHED)


def test_a_past_holiday_without_its_year_is_the_last_one(values):
    text = "The bakery on Dock Street burned down on Christmas Day."

    assert values(text) == [("Christmas Day", "2008-12-25")]


def test_a_holiday_with_its_year_is_that_years(values):
    assert values("The shop opened on New Year's Eve 2005.") == [
        ("New Year's Eve 2005", "2005-12-31")
    ]


def test_a_holiday_set_by_weekdays_falls_on_its_weekday(values):
    assert values("The parade was held on Thanksgiving 2008.") == [
        ("Thanksgiving 2008", "2008-11-27")
    ]


def test_plain_christmas_is_a_day_only_after_a_time_word(values):
    assert values("The family met around Christmas.") == [("Christmas", "2008-12-25")]
    assert values("The Christmas shopping drew crowds.") == []


def test_a_holiday_in_an_organisations_name_is_no_day(values):
    assert values("The Labor Day Committee voted.") == []


def test_plain_halloween_before_a_noun_is_no_day(values):
    assert values("The store sold Halloween costumes.") == []


def test_a_number_counting_the_noun_after_a_holiday_is_no_year(values):
    text = "Prices in Norfield have risen since Christmas 2000 people said."
    assert values(text) == [("Christmas", "2008-12-25")]


def test_a_year_before_a_verb_is_still_the_holidays_year(values):
    text = "The fair in Brenton on Labor Day 2007 drew crowds."
    assert values(text) == [("Labor Day 2007", "2007-09-03")]


def test_a_year_before_a_preposition_is_still_the_holidays_year(values):
    text = "Tom Lee left Harbor City on Christmas 2006 in a storm."
    assert values(text) == [("Christmas 2006", "2006-12-25")]
