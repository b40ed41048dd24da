"""Shapes of English time expressions: "the last half of 1989", "into the summer", "the previous
Friday", a date set as a deadline.

The sentences here are written for the tests. The story was published on Thursday,
26 October 1989 unless a test says otherwise.
"""

import datetime

import pytest

from tests.extracting import time_values

PUBLISHED = datetime.date(1989, 10, 26)


@pytest.fixture(scope="module")
def values():
    return time_values(PUBLISHED)


def test_the_last_half_of_a_year_is_its_second_half(values):
    assert values("Sales slowed in the last half of 1989.") == [("last half of 1989", "1989-H2")]


def test_the_last_quarter_of_a_year_is_its_fourth(values):
    assert values("Sales slowed in the last quarter of 1988.") == [
        ("last quarter of 1988", "1988-Q4")
    ]


def test_a_season_after_into_the_is_a_season(values):
    assert ("summer", "1989-SU") in values("Demand outran supply well into the summer.")


def test_a_season_after_before_the_is_a_season(values):
    assert ("winter", "1989-WI") in values(
        "The company hopes to finish the plant before the winter."
    )


def test_the_fall_of_a_regime_is_no_season(values):
    assert values("Prices rose after the fall of the government.") == []


def test_the_previous_weekday_is_the_one_before_the_story_s_day(values):
    text = "Shares closed lower Friday, down 4.5% from the previous Friday."
    assert values(text, datetime.date(1989, 10, 30)) == [
        ("Friday", "1989-10-27"),
        ("the previous Friday", "1989-10-20"),
    ]


def test_the_following_weekday_is_the_one_after_the_story_s_day(values):
    text = "The talks opened on Oct. 3. They broke down the following Monday."
    assert values(text)[-1] == ("the following Monday", "1989-10-09")


def test_a_date_set_as_a_deadline_is_still_ahead(values):
    text = "Dunkin' has set Nov. 10 as the deadline for the receipt of any bids."
    assert values(text, datetime.date(1989, 11, 2)) == [("Nov. 10", "1989-11-10")]


def test_a_month_chosen_as_a_date_is_the_coming_one(values):
    assert values("The board set March 5 as the date of the meeting.") == [
        ("March 5", "1990-03-05")
    ]


def test_a_weekday_chosen_in_the_past_keeps_the_past(values):
    text = "A week ago, the general picked Saturday night as the time to attack."
    assert values(text, datetime.date(1991, 2, 25))[-1] == ("Saturday night", "1991-02-23TNI")


def test_until_then_is_the_time_the_story_named_last(values):
    text = "Conversion rights will end on Nov. 30. Until then, the stock remains convertible."
    assert values(text)[-1] == ("then", "1989-11-30")


def test_since_then_is_no_point(values):
    assert values("It was founded in 1968. Since then, it has grown.") == [("1968", "1968")]


def test_as_last_after_this_year_is_last_year(values):
    text = "The gain would mean nearly twice as high a dividend this year as last."
    assert values(text) == [("this year", "1989"), ("last", "1988")]


def test_than_last_after_this_month_is_last_month(values):
    assert values("Sales were weaker this month than last.")[-1] == ("last", "1989-09")


def test_by_then_before_a_hyphened_title_is_no_time(values):
    text = "He was governor since 1996 and was appointed by then-President Putin in 2007."
    assert values(text) == [("1996", "1996"), ("2007", "2007")]


def test_by_then_before_a_capitalised_title_is_no_time(values):
    assert values("He was named in 2007 by then President Putin.") == [("2007", "2007")]


def test_the_previous_weekday_with_no_day_named_is_read_by_tense(values):
    assert values("Shares were up 3% from the previous Friday.") == [
        ("the previous Friday", "1989-10-20")
    ]


def test_by_then_in_a_future_clause_after_a_past_day_has_no_value(values):
    text = "Police said on Monday the road will stay shut. By then, crews will have cleared it."
    assert [value for text, value in values(text) if text.endswith("then")] == [None]


def test_until_then_in_a_future_clause_after_a_coming_day_is_that_day(values):
    text = "Talks will resume on Monday. Until then, the plant will stay shut."
    assert values(text)[-1][1] == "1989-10-30"


def test_a_bare_fall_after_after_the_is_no_season(values):
    assert values("He was taken to hospital after the fall.") == []


def test_a_fall_of_next_year_after_toward_the_is_a_season(values):
    assert ("fall", "1990-FA") in values("Work will go on toward the fall of next year.")


def test_a_spring_of_next_year_after_toward_the_is_that_year_s(values):
    assert ("spring", "1990-SP") in values("Work will go on toward the spring of next year.")


def test_a_date_had_set_as_a_deadline_is_read_by_tense(values):
    text = "Regulators had set March 1 as the deadline for filings, but most banks missed it."
    assert values(text) == [("March 1", "1989-03-01")]


def test_a_date_set_as_a_deadline_at_an_earlier_named_time_is_read_by_tense(values):
    text = "In January, the agency set March 1 as the deadline for filings."
    assert values(text)[-1] == ("March 1", "1989-03-01")


def test_a_date_set_as_a_deadline_on_a_recent_weekday_is_still_ahead(values):
    text = "The board on Monday set March 5 as the date of the meeting."
    assert values(text)[-1] == ("March 5", "1990-03-05")


def test_the_following_weekday_in_a_future_clause_never_lies_in_a_far_past(values):
    text = "He was arrested on March 3, 1987. He will appear in court the following Friday."
    assert values(text)[-1] == ("the following Friday", "1989-10-27")


def test_the_previous_weekday_alone_is_never_the_publication_day(values):
    text = "Shares were up 3% from the previous Friday."
    assert values(text, datetime.date(1989, 10, 27)) == [("the previous Friday", "1989-10-20")]


def test_as_last_before_a_participle_is_no_time(values):
    text = "This week the Senate is expected to vote, as last reported by the clerk."
    assert values(text) == [("This week", "1989-W43")]


def test_than_last_time_after_this_year_is_no_last_year(values):
    text = "The plant ran longer this year than last time."
    assert values(text) == [("this year", "1989")]


def test_a_date_after_the_object_of_set_is_not_what_was_set(values):
    assert values("The agency set rules March 1 as a stopgap.") == [("March 1", "1989-03-01")]


def test_a_date_after_a_verb_that_fixes_no_time_is_read_by_tense(values):
    text = "The board moved March 5 as the date of the meeting."
    assert values(text) == [("March 5", "1989-03-05")]


def test_a_date_after_an_as_phrase_is_not_what_was_set_as_it(values):
    assert values("As the deadline, the board set March 5.") == [("March 5", "1989-03-05")]


def test_the_following_weekday_after_a_month_is_not_counted_from_it(values):
    text = "The talks opened in October 1988. They broke down the following Monday."
    assert values(text)[-1] == ("the following Monday", "1989-10-23")


def test_the_following_weekday_counts_from_a_day_named_far_back(values):
    filler = "The two sides met again and again through the autumn without a deal. " * 7
    text = f"The talks opened on Oct. 3, 1988. {filler}They broke down the following Monday."
    assert values(text)[-1] == ("the following Monday", "1988-10-10")
