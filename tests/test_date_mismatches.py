"""The date-mismatch listing names each kept event whose date misses the gold, and no other."""

import datetime

from benchmarks.evaluation.date_mismatches import date_mismatches
from stories.extraction.mentions import EventCandidate


def event(day: datetime.date | None, precision: str) -> EventCandidate:
    return EventCandidate(
        title="Council votes",
        summary="",
        quote="The council voted on Monday.",
        start=0,
        end=27,
        trigger="vote",
        certainty="occurred",
        date_start=day,
        date_precision=precision,
        date_text="Monday" if day else "",
        provenance={"date": {"source": "clause", "text": "Monday"}} if day else {},
    )


def test_a_wrong_day_is_listed_with_the_rule_that_dated_it():
    pairs = [(event(datetime.date(2023, 9, 11), "day"), {"date": "2023-09-04", "what": "Vote"})]

    [mismatch] = date_mismatches("a1", pairs)

    assert (mismatch.gold, mismatch.found, mismatch.dated_by) == (
        "2023-09-04",
        "2023-09-11",
        "clause",
    )


def test_a_right_date_and_an_undated_gold_are_not_listed():
    right = (event(datetime.date(2023, 9, 11), "day"), {"date": "2023-09", "what": "Vote"})
    undated_gold = (event(None, "unknown"), {"what": "Vote"})

    assert date_mismatches("a1", [right, undated_gold]) == []


def test_an_undated_event_against_a_dated_gold_is_listed_as_undated():
    pairs = [(event(None, "unknown"), {"date": "2023-09-04", "what": "Vote"})]

    assert date_mismatches("a1", pairs)[0].found == "undated"


def test_a_day_off_by_one_is_put_down_to_a_time_zone():
    pairs = [(event(datetime.date(2023, 9, 5), "day"), {"date": "2023-09-04", "what": "Vote"})]

    assert date_mismatches("a1", pairs)[0].cause == "day off by one"


def test_a_weekday_a_week_off_is_put_down_to_the_week():
    pairs = [(event(datetime.date(2023, 9, 11), "day"), {"date": "2023-09-04", "what": "Vote"})]

    assert date_mismatches("a1", pairs)[0].cause == "week off"


def test_a_week_against_a_gold_day_is_coarser():
    pairs = [(event(datetime.date(2023, 9, 4), "week"), {"date": "2023-09-06", "what": "Vote"})]

    assert date_mismatches("a1", pairs)[0].cause == "coarser"


def test_the_right_month_in_another_year_is_a_year_off():
    pairs = [(event(datetime.date(2018, 12, 1), "month"), {"date": "2016-12", "what": "Vote"})]

    assert date_mismatches("a1", pairs)[0].cause == "year off"


def test_a_coarser_date_that_misses_the_gold_is_not_put_down_to_precision():
    pairs = [(event(datetime.date(1993, 1, 1), "year"), {"date": "2019-11-05", "what": "Vote"})]

    assert date_mismatches("a1", pairs)[0].cause != "coarser"
