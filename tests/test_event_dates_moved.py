"""A time naming when a moved happening is now to be held ("put the inquiry off until
May", "postponed to Sunday") dates the happening moved, never the moving (events.owned_dates);
a verb of moving with nothing moved keeps the time of its own clause: "the strike extended
through Friday" tells when the strike ran to, the extending's own time.

The sentences here are written for the tests (published Tuesday 12 September 2023).
"""

import datetime

import pytest


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The final between Arlow and Benfield was postponed to Sunday because of rain.",
            "postpone",
        ),
        ("A judge in Marlow adjourned the fraud case until Friday.", "adjourn"),
    ],
    ids=["postponed to", "adjourned until"],
)
def test_a_moving_is_not_dated_by_the_day_it_moves_to(events_of, text, trigger):
    event = events_of(text)[trigger]

    assert event.date_start == datetime.date(2023, 9, 12)
    assert event.certainty == "occurred"


def test_a_delay_keeps_its_own_clause_day(events_of):
    text = "Corvale planners on Monday delayed the zoning hearing until October, a clerk said."

    event = events_of(text)["delay"]

    assert event.date_start == datetime.date(2023, 9, 11)


def test_the_moved_happening_takes_the_new_time_as_planned(events_of):
    text = "Corvale planners on Monday delayed the zoning hearing until October, a clerk said."

    event = events_of(text)["hearing"]

    assert event.date_start == datetime.date(2023, 10, 1)
    assert event.certainty == "planned"


def test_a_month_pushed_back_to_lies_ahead(events_of):
    text = "The trial of Dana Voss was pushed back to June after her lawyer fell ill."

    event = events_of(text)["trial"]

    assert event.date_start == datetime.date(2024, 6, 1)


def test_a_new_time_hung_on_the_moved_noun_does_not_date_the_delay(events_of):
    text = (
        "The depot hearing was due on Monday, but a Corvale board motion postponed that "
        "hearing to October."
    )

    event = events_of(text)["postpone"]

    assert event.date_start == datetime.date(2023, 9, 11)


def test_a_decision_to_postpone_is_not_dated_by_the_new_day(events_of):
    text = "The Corvale league decided to postpone the match to Sunday, officials said."

    events = events_of(text)

    assert events["decide"].date_start == datetime.date(2023, 9, 12)
    assert events["match"].date_start == datetime.date(2023, 9, 17)


def test_an_intransitive_extension_is_dated_by_its_own_time_phrase(events_of):
    text = "The strike in Norfield extended through Friday."

    event = events_of(text)["extend"]

    assert event.date_start == datetime.date(2023, 9, 15)


def test_a_moved_hearing_still_takes_the_new_time(events_of):
    text = "The Brenton council on Monday delayed the hearing until October, officials said."

    events = events_of(text)

    assert events["delay"].date_start == datetime.date(2023, 9, 11)
    assert events["hearing"].date_start == datetime.date(2023, 10, 1)
