"""The time a figure is compared with ("up from 400 million Thursday") is no point the story's
narrative stands on: the deeds told after it stay on the story's own day.

Sentences are written for the tests; the story was published on Monday, 11 September 2023.
"""

import datetime

import pytest

from stories.extraction.events.comparison_points import compared_against
from tests.extracting import event_of

PUBLISHED = datetime.date(2023, 9, 11)


def dated(text: str, word: str) -> datetime.date | None:
    return event_of(text, word, PUBLISHED).date_start


def test_the_time_after_up_from_a_figure_is_compared_against():
    text = "Turnover reached 610 million shares, up from 320 million Thursday."

    assert compared_against(text.index("Thursday"), text)


def test_the_time_after_a_change_from_is_compared_against():
    text = "The index closed at 3120.5, down 2.1% from the prior Friday and 5.4% from Aug. 2."

    assert compared_against(text.index("Friday"), text)
    assert compared_against(text.index("Aug. 2"), text)


def test_a_place_left_from_is_no_comparison():
    text = "The carpenter fell from a ladder Thursday in Harwick."

    assert not compared_against(text.index("Thursday"), text)


def test_deeds_after_a_comparison_keep_the_story_day():
    text = (
        "Shares in Marlow closed sharply lower Friday after the finance minister quit.\n\n"
        "Turnover reached 610 million shares, up from 320 million Thursday.\n\n"
        "Brenford Steel slumped 4 pence to 210 pence on heavy trading."
    )

    assert dated(text, "slump") == datetime.date(2023, 9, 8)


def test_a_change_measured_from_the_previous_weekday_keeps_the_story_day():
    text = (
        "Shares in Marlow closed sharply lower Friday after the finance minister quit. The index "
        "shed 47 points to close at 2082.1, down 4.5% from the previous Friday."
    )

    assert dated(text, "shed") == datetime.date(2023, 9, 8)


def test_a_rise_that_starts_from_a_weekday_takes_that_day():
    text = "Bus fares in Leeds will rise 10% from Thursday, the council said."

    assert dated(text, "rise") == datetime.date(2023, 9, 14)


def test_a_past_fall_from_a_weekday_is_measured_from_it():
    text = (
        "Shares in Marlow closed sharply lower Friday after the finance minister quit. The index "
        "fell 4.5% from Thursday."
    )

    assert dated(text, "fall") == datetime.date(2023, 9, 8)


def test_the_time_after_a_comparative_than_is_compared_against():
    text = "The gain left wages 3.8 percent higher than a year earlier."

    assert compared_against(text.index("a year earlier"), text)


def test_the_time_after_more_than_is_no_comparison():
    text = "The plant was shut more than a year ago."

    assert not compared_against(text.index("a year ago"), text)


def test_the_time_a_record_was_set_is_compared_against():
    text = "Stocks rose, leaving the index within 70 points of its record high set on Aug. 6."

    assert compared_against(text.index("Aug. 6"), text)


def test_a_record_set_as_a_deed_is_no_comparison():
    text = "The swimmer broke the record on Friday in Rome."

    assert not compared_against(text.index("Friday"), text)


def test_deeds_after_a_record_s_day_keep_the_story_day():
    text = (
        "Employers added 358,000 jobs in January, the government reported Friday.\n\n"
        "Stocks rose, leaving the index within 70 points of its record high set on Aug. 6. "
        "In the bond market, prices edged up."
    )

    assert dated(text, "edge") == datetime.date(2023, 9, 8)


def test_a_record_that_is_the_sentence_s_subject_is_the_story_s_own():
    text = "The Dow's record close set on Tuesday came as oil fell."

    assert not compared_against(text.index("Tuesday"), text)


@pytest.mark.parametrize(
    "text",
    [
        "The index is below the record it set on Oct. 9.",
        "The index is below the record close it reached on Oct. 9.",
        "The index is below the record closing high reached on Oct. 9.",
    ],
)
def test_the_time_a_record_was_set_in_a_clause_on_it_is_compared_against(text):
    assert compared_against(text.index("Oct. 9"), text)


def test_the_time_after_a_change_over_is_compared_against():
    text = "Sales were up 4 percent over last year."

    assert compared_against(text.index("last year"), text)
