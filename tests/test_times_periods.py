"""Periods named the way business and broadcast news name them, and directions fixed by a word.

The sentences here are written for the tests. The story was published on Thursday,
26 October 1989 (fourth quarter) unless a test says otherwise.
"""

import datetime

import pytest

from stories.extraction.times.find import find_times
from tests.extracting import time_values

PUBLISHED = datetime.date(1989, 10, 26)


@pytest.fixture(scope="module")
def values():
    return time_values(PUBLISHED)


def test_the_year_earlier_period_is_the_reported_quarter_a_year_back(values):
    text = "Profit rose in the third quarter from the year-earlier period."

    assert values(text)[-1] == ("the year-earlier period", "1988-Q3")


def test_a_year_ago_quarter_named_by_its_ordinal_is_that_quarter_a_year_back(values):
    assert values("Sales were flat compared with the year-ago third quarter.") == [
        ("the year-ago third quarter", "1988-Q3")
    ]


def test_a_bare_year_earlier_adjective_needs_its_noun(values):
    assert values("It compared with year-earlier profit of $3 million.") == [
        ("year-earlier", "1988")
    ]


def test_the_year_ended_on_a_date_is_a_year_long_stretch(values):
    assert values("Sales for the year ended Sept. 30 rose.")[0] == ("the year", "P1Y")


def test_a_spoken_year_is_a_year(values):
    assert values("In nineteen ninety-six a bomb exploded.") == [("nineteen ninety-six", "1996")]


def test_a_spoken_year_with_its_month_is_that_month(values):
    assert values("It began in January nineteen ninety-seven.") == [
        ("January nineteen ninety-seven", "1997-01")
    ]


def test_a_spoken_number_of_dollars_is_no_year(values):
    assert values("He paid nineteen ninety-six dollars.") == []


def test_a_month_with_this_year_is_that_month_of_the_publication_year(values):
    assert values("In May this year, travellers were stranded.") == [("May this year", "1989-05")]


def test_a_quarter_whose_results_are_still_to_come_is_the_one_just_closed(values):
    text = "The company said its third-quarter earnings will probably be lower."

    assert values(text) == [("third-quarter", "1989-Q3")]


def test_since_a_date_looks_back_whatever_the_verb(values):
    text = "Inspectors had been allowed to carry out an inspection since Jan. 13."

    assert values(text, datetime.date(1998, 3, 6)) == [("Jan. 13", "1998-01-13")]


def test_a_payment_date_looks_ahead(values):
    assert values("The company declared a dividend, payable Dec. 15.") == [
        ("Dec. 15", "1989-12-15")
    ]


def test_a_day_just_gone_is_next_year_for_a_schedule_told_in_the_present(values):
    text = "The tour kicks off June 9 in Florida and concludes October 10 in Houston."

    assert values(text, datetime.date(2019, 11, 19))[-1] == ("October 10", "2020-10-10")


def test_the_latest_period_is_the_last_closed_quarter(values):
    assert values("The latest period includes gains.") == [("The latest period", "1989-Q3")]


def test_the_full_year_is_the_publication_year(values):
    assert values("It forecast an increase for the full year.") == [("the full year", "1989")]


def test_year_end_is_this_year_unless_counted_since(values):
    assert values("It plans to close the deal by year's end.") == [("year's end", "1989")]
    assert values("The index is up 4% since year-end.") == [("year-end", "1988-12-31")]


def test_the_near_future_lies_ahead_unspecified(values):
    assert values("It plans a listing in the near future.") == [("the near future", "FUTURE_REF")]


def test_these_days_is_the_present(values):
    assert values("Traders are nervous these days.") == [("these days", "PRESENT_REF")]


def test_a_spoken_decade_is_that_decade(values):
    assert values("Membership fell during the nineties.") == [("the nineties", "199")]


def test_a_date_heading_a_line_before_a_colon_is_a_date(values):
    assert values("Saturday, Oct. 28: The court ruled.") == [("Saturday, Oct. 28", "1989-10-28")]


def test_what_had_been_due_on_a_weekday_looks_back(values):
    text = "The offer was extended. It had been due to expire Friday evening."

    assert values(text, datetime.date(1989, 10, 30)) == [("Friday evening", "1989-10-27TEV")]


def test_the_year_ago_period_never_counts_back_from_a_forecast(values):
    text = (
        "Analysts expect losses through the third quarter of 1990. "
        "In the year-ago period, the company earned $10 million."
    )

    assert values(text)[-1] == ("the year-ago period", "1988-Q3")


def test_the_quarter_a_year_ago_is_one_period_a_year_back(values):
    assert values("For the quarter a year ago, the bank earned $16 million.") == [
        ("the quarter a year ago", "1988-Q3")
    ]


def test_a_two_digit_decade_is_the_latest_up_to_the_next_one(values):
    assert values("Prices fell in the '80s, will rise in the '90s, as in the '20s.") == [
        ("'80s", "198"),
        ("'90s", "199"),
        ("'20s", "192"),
    ]


def test_the_following_year_counts_from_the_story_s_last_date(values):
    text = "He was promoted on May 22, 1985, and the following year he was posted abroad."

    assert values(text)[-1] == ("the following year", "1986")


def test_that_year_is_the_year_the_story_named_last(values):
    assert values("Exports fell in 1987, and imports rose that year.")[-1] == ("that year", "1987")


def test_for_the_year_alone_is_the_publication_year(values):
    assert values("Sales reached a high for the year of $42 a share.") == [("the year", "1989")]


def test_later_in_the_day_is_the_day_the_story_is_on_not_a_date_of_a_thing(values):
    text = (
        "The panel met on Oct. 24 to hear an aide on the Aug. 2 phone call. "
        "Later in the day, two envoys testified."
    )

    assert values(text)[-1] == ("the day", "1989-10-24")


def test_the_year_before_is_no_reference_back(values):
    assert values("It happened the year before the merger.") == []


def test_annually_is_the_set_of_every_year(values):
    assert values("The fair is held annually in the town.") == [("annually", "XXXX")]


def test_a_yearless_range_end_falls_within_the_year_it_runs_from():
    (mention,) = find_times("The fund fell 2% this year through Oct. 19.", published=PUBLISHED)

    assert (mention.value, mention.end_value) == ("1989", "1989-10-19")


def test_in_the_past_year_places_something_in_the_year_just_gone(values):
    assert values("Hate groups grew in the United States over the past year.") == [
        ("the past year", "1988")
    ]


def test_for_the_past_week_is_a_duration(values):
    assert values("The plant has been closed for the past week.") == [("the past week", "P1W")]
