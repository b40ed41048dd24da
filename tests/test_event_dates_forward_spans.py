"""A plan timed by a span counted forward from the reporter's now ("over the next two years",
"in about 20 days", "in the coming weeks") is dated where that span puts it."""

import datetime

from stories.extraction.mentions import EventCandidate
from tests.extracting import narrative_date

WEDNESDAY = datetime.date(2023, 9, 13)
LATE_WEDNESDAY = datetime.date(2023, 9, 27)


def _planned(text: str, clause: str, trigger: str, published=WEDNESDAY) -> EventCandidate:
    return narrative_date(
        text, clause, published=published, tense="future", trigger=trigger, certainty="planned"
    )


def test_a_plan_over_the_next_years_starts_in_the_year_of_publication():
    text = "The county will spend the grant on new roads over the next four years."

    event = _planned(text, "will spend the grant on new roads over the next four years", "spend")

    assert (event.date_start, event.date_precision) == (datetime.date(2023, 1, 1), "year")
    assert event.extra["date_from"] == "forward_span"


def test_a_plan_in_a_count_of_days_falls_in_the_month_that_count_reaches():
    text = "Crews will begin the repairs in about 20 to 30 days."

    event = _planned(text, "will begin the repairs in about 20 to 30 days", "begin")

    assert (event.date_start, event.date_precision) == (datetime.date(2023, 10, 1), "month")


def test_a_plan_in_the_coming_weeks_falls_in_the_month_a_week_on_reaches():
    text = "The board will name a new principal in the coming weeks."

    event = _planned(
        text, "will name a new principal in the coming weeks", "name", published=LATE_WEDNESDAY
    )

    assert (event.date_start, event.date_precision) == (datetime.date(2023, 10, 1), "month")


def test_a_span_counted_from_another_happening_dates_nothing():
    text = "The mayor will reopen the pool within 30 days of taking office."

    event = _planned(text, "will reopen the pool within 30 days of taking office", "reopen")

    assert event.date_start is None


def test_a_span_after_a_superlative_looks_back_and_dates_nothing():
    text = "Prices will reach their highest level in ten years."

    event = _planned(text, "will reach their highest level in ten years", "reach")

    assert event.date_start is None


def test_a_verb_ending_like_a_superlative_keeps_its_forward_span():
    text = "The firm will invest in three new plants over the next two years."

    event = _planned(text, "will invest in three new plants over the next two years", "invest")

    assert (event.date_start, event.date_precision) == (datetime.date(2023, 1, 1), "year")


def test_a_span_after_an_ordinal_counts_a_series_and_dates_nothing():
    text = "The team will play its third game in five days."

    event = _planned(text, "will play its third game in five days", "play")

    assert event.date_start is None


def test_a_span_told_in_an_earlier_year_is_not_counted_from_the_publication():
    text = "In 2019 the chain said it would open 40 stores over the next two years."

    event = _planned(text, "would open 40 stores over the next two years", "open")

    assert event.extra.get("date_from") != "forward_span"
    assert event.date_start != datetime.date(2023, 1, 1)


def test_a_quoted_span_said_in_an_earlier_year_is_not_counted_from_the_publication():
    text = '"We will rebuild the bridge over the next two years," the mayor said in 2015.'

    event = _planned(text, "We will rebuild the bridge over the next two years", "rebuild")

    assert event.extra.get("date_from") != "forward_span"


def test_a_span_told_on_a_day_of_the_publication_week_still_counts_from_it():
    text = "The chain said on Monday it would open 40 stores over the next two years."

    event = _planned(text, "would open 40 stores over the next two years", "open")

    assert (event.date_start, event.date_precision) == (datetime.date(2023, 1, 1), "year")


def test_a_span_of_the_thing_compared_does_not_time_the_plan():
    text = "The county will spend more on roads than the state will spend over the next two years."

    event = _planned(
        text, "will spend more on roads than the state will spend over the next two years", "spend"
    )

    assert event.date_start is None


def test_a_count_of_hours_dates_nothing_as_a_span():
    text = "Officials will decide within the next 24 hours whether to close the port."

    event = _planned(text, "will decide within the next 24 hours", "decide")

    assert event.extra.get("date_from") != "forward_span"


def test_a_parole_span_counted_from_an_earlier_sentencing_is_not_counted_from_now():
    text = "Lee, jailed in 2009 for 30 years, could be released on parole in 15 years."

    event = narrative_date(
        text, "could be released on parole in 15 years", published=WEDNESDAY, tense="future",
        trigger="release", certainty="speculated",
    )  # fmt: skip

    assert event.extra.get("date_from") != "forward_span"


def test_a_span_reaching_past_the_calendars_end_dates_nothing_and_raises_nothing():
    text = "The buried waste will stay dangerous in 20000 years."

    event = _planned(text, "will stay dangerous in 20000 years", "stay")

    assert event.extra.get("date_from") != "forward_span"


def test_a_count_of_days_reaching_past_the_calendars_end_dates_nothing():
    text = "The probe will reach the far star in 9000000 days."

    event = _planned(text, "will reach the far star in 9000000 days", "reach")

    assert event.extra.get("date_from") != "forward_span"
