"""A noun naming again, by its day, a happening the story told (events.day_references).

Short texts written for these tests, read whole (the day in "Monday's" is a time the
recogniser finds).
"""

import datetime as dt

from stories.extraction.analysis import analyse_text

PUBLISHED = dt.date(2024, 3, 6)  # a Wednesday


def triggers(text: str) -> list[str]:
    return [event.trigger for event in analyse_text(text, published=PUBLISHED).events]


def test_a_days_happening_named_again_by_its_day_is_not_a_second_event():
    text = (
        "A judge in Harbor City ruled on Monday that the county owes the builder $2 million. "
        "The county had refused to pay for the bridge. "
        "Monday's ruling does not settle the claims of the other firms."
    )

    assert triggers(text).count("ruling") == 0


def test_a_happening_first_named_by_its_day_is_kept():
    text = (
        "The league fined both clubs in Harbor City after Monday's brawl at the arena. "
        "The players had argued over a penalty."
    )

    assert "brawl" in triggers(text)


def test_a_days_happening_of_another_kind_than_the_deed_told_that_day_is_kept():
    text = (
        "Deputies arrested two men on Monday on charges of theft in Harbor City. "
        "Workers cleared fallen trees from the roads after Monday's storm."
    )

    assert "storm" in triggers(text)


def test_a_days_event_names_again_whatever_happened_that_day():
    text = (
        "The library held a panel discussion on Saturday in Harbor City. "
        "Dozens of readers stayed late after Saturday's event."
    )

    assert "event" not in triggers(text)
