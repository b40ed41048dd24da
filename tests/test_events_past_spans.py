"""A deed told as done within a counted span up to now dates from the span's start
(events.past_spans).

Short texts written for these tests, read whole.
"""

import datetime as dt

from stories.extraction.analysis import analyse_text
from stories.extraction.events.past_spans import past_span_start

PUBLISHED = dt.date(2024, 3, 6)  # a Wednesday
OPENING = "The mayor of Harbor City opened a new bridge on Monday. "


def dates_of(text: str, trigger: str) -> list[tuple[dt.date | None, str]]:
    events = analyse_text(text, published=PUBLISHED).events
    return [(e.date_start, e.date_precision) for e in events if e.trigger == trigger]


def test_a_span_of_months_up_to_now_dates_the_deed_from_its_first_month():
    text = OPENING + "In the past three months, shares in the Harbor City firm have plunged."

    assert dates_of(text, "plunge") == [(dt.date(2023, 12, 1), "month")]


def test_a_span_of_years_up_to_now_dates_the_deed_from_its_first_year():
    text = OPENING + "The Harbor City firm doubled its sales over the last five years."

    assert dates_of(text, "double") == [(dt.date(2019, 1, 1), "year")]


def test_a_fronted_span_dates_each_clause_told_beside_it():
    text = OPENING + (
        "But in the past three months, stocks have plunged, interest rates have soared "
        "and hotels stand empty."
    )

    assert dates_of(text, "soar") == [(dt.date(2023, 12, 1), "month")]


def test_a_span_ahead_gives_no_start():
    assert past_span_start("the next three months", PUBLISHED) is None


def test_a_vague_span_gives_no_start():
    assert past_span_start("the past few years", PUBLISHED) is None


def test_weeks_up_to_now_start_at_their_first_month():
    start = past_span_start("the past six weeks", PUBLISHED)

    assert start is not None and (start.start, start.precision) == (dt.date(2024, 1, 1), "month")


def test_a_span_in_a_relative_clause_does_not_date_the_deed():
    text = OPENING + (
        "On Monday the council closed the Harbor City depot, which grew over the past five years."
    )

    assert dates_of(text, "close") == [(dt.date(2024, 3, 4), "day")]


def test_a_deed_with_a_day_of_its_own_keeps_it():
    text = OPENING + "Over the past two years, the firm bought the Harbor City depot on Monday."

    assert dates_of(text, "buy") == [(dt.date(2024, 3, 4), "day")]


def test_the_last_years_of_a_named_whole_are_no_span_up_to_now():
    text = OPENING + "The Harbor City firm lost money for the last two years of the war."

    assert all(d != (dt.date(2022, 1, 1), "year") for d in dates_of(text, "lose"))
