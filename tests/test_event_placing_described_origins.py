"""A "from" phrase on a clause describing a participant ("a storm moving in from X") says
where the participant set out, not where the event happened (events.described_origins).

Short texts written for these tests; places arrive resolved, as analyse_text hands them over.
A one-place story is still set in its place (events.setting): the clause no longer states it.
"""

from tests.test_event_placing import event_with, nlp, placed_events, where  # noqa: F401


def test_a_storm_moving_in_from_a_state_does_not_drop_its_rain_there(nlp):  # noqa: F811
    text = (
        "A storm system moving in from Sudland could drop an inch of rain on Tuesday, "
        "forecasters said."
    )

    drop = event_with(placed_events(nlp, text), "drop")

    assert where(drop) != ("Sudland", "clause")


def test_flights_arriving_from_a_country_are_not_delayed_there(nlp):  # noqa: F811
    text = "Flights arriving from Sudland were delayed at the airport on Monday."

    delay = event_with(placed_events(nlp, text), "delay")

    assert where(delay) != ("Sudland", "clause")


def test_the_event_s_own_journey_from_a_place_keeps_it(nlp):  # noqa: F811
    text = "The storm moved east from Sudland on Monday, dumping snow on farms."

    move = event_with(placed_events(nlp, text), "move")

    assert where(move)[0] == "Sudland"
