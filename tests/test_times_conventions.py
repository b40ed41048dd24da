"""How values are written where TimeBank and TE3 agree on a spelling ISO would write otherwise.

The sentences here are written for the tests.
"""

import datetime

import pytest

from tests.extracting import time_values

PUBLISHED = datetime.date(2013, 3, 22)


@pytest.fixture(scope="module")
def values():
    return time_values(PUBLISHED)


def test_a_vague_number_of_minutes_is_written_without_the_time_designator(values):
    assert values("The talks lasted a few minutes.") == [("a few minutes", "PXM")]


def test_a_vague_number_of_hours_keeps_the_time_designator(values):
    assert values("Rescuers searched for hours.") == [("hours", "PTXH")]


def test_a_named_day_of_the_calendar_is_no_weekday(values):
    text = "The fire was worse than the Ash Wednesday fires of February 1983."

    assert values(text, datetime.date(2009, 2, 9)) == [("February 1983", "1983-02")]


def test_a_trade_day_named_for_a_weekday_is_no_weekday(values):
    assert values("Shoppers queued for Black Friday.") == []


def test_a_counted_day_told_in_the_present_is_the_publication_day(values):
    assert values("It is the third day of the strike.") == [("the third day", "2013-03-22")]


def test_a_counted_day_told_in_the_past_is_a_day_the_calendar_does_not_say(values):
    assert values("They reached the pole on the 40th day.") == [("the 40th day", "XXXX-XX-XX")]


def test_past_quarters_counted_are_a_duration_in_quarters(values):
    assert values("Losses grew in the past two quarters.") == [("the past two quarters", "P2Q")]


def test_a_fraction_is_no_quarter_of_time(values):
    assert values("The country imports three-quarters of its food.") == []


def test_the_first_of_two_counts_is_a_duration_in_the_unit_of_the_second(values):
    text = "The sale could take between 12 and 18 months."

    assert values(text) == [("12", "P12M"), ("18 months", "P18M")]


def test_one_day_before_its_verb_is_some_day_to_come(values):
    assert values("The town will one day be a city.") == [("one day", "FUTURE_REF")]


def test_one_day_as_a_length_stays_a_duration(values):
    assert values("He had been in the job one day.") == [("one day", "P1D")]


def test_each_named_month_is_a_set_of_that_month(values):
    assert values("The bands march each July.") == [("each July", "XXXX-07")]


def test_over_the_years_is_an_unmeasured_stretch_of_years(values):
    assert values("Over the years the town grew.") == [("the years", "PXY")]


def test_for_a_while_is_an_unmeasured_stretch(values):
    assert values("They will stay for a while.") == [("a while", "PXX")]
