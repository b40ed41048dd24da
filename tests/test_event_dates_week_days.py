"""A week a clause names stands on the one day the next sentence tells within that week.

Sentences are written for the tests; the story was published on Monday, 11 September 2023.
"""

import datetime

from tests.extracting import event_of

PUBLISHED = datetime.date(2023, 9, 11)


def _dated(text: str, word: str) -> tuple[datetime.date | None, str]:
    event = event_of(text, word, PUBLISHED)
    return event.date_start, event.date_precision


def test_a_week_stands_on_the_day_the_next_sentence_tells_within_it():
    text = (
        "Ferry operator Norland said a software fault caused long delays last week when the "
        "company launched its new booking service. More than 50,000 travellers registered "
        "last Wednesday."
    )

    assert _dated(text, "launch") == (datetime.date(2023, 9, 6), "day")


def test_a_week_stays_a_week_when_two_days_are_told_within_it():
    text = (
        "Ferry operator Norland said a software fault caused long delays last week when the "
        "company launched its new booking service. Travellers complained on Tuesday and again "
        "on Thursday."
    )

    assert _dated(text, "launch") == (datetime.date(2023, 9, 4), "week")


def test_a_day_in_the_next_sentence_after_a_bare_week_leaves_the_week():
    text = "Turnout dropped sharply last week. On Thursday, the mayor resigned."

    assert _dated(text, "drop") == (datetime.date(2023, 9, 4), "week")
