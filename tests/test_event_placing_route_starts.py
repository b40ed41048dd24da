"""A journey whose clause names both where it sets out and where it goes is placed where it
sets out; an arrival or a return keeps the place it ends in (events.route_starts).

Short texts written for these tests; places arrive resolved, as in test_event_placing.
"""

import pytest

from stories.extraction.nlp import get_nlp
from tests.test_event_placing import placed_events, where


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def _event(events, lemma):
    return next(e for e in events if e.trigger.split()[0].startswith(lemma))


def test_a_convoy_moving_from_one_place_into_another_is_placed_where_it_set_out(nlp):
    text = "Lorries loaded with grain rolled into Sudland from Norland on Monday."

    rolled = _event(placed_events(nlp, text), "roll")

    assert where(rolled) == ("Norland", "clause")


def test_out_of_names_where_a_journey_set_out(nlp):
    text = "On Monday dozens of buses streamed out of Bergen to Paris."

    streamed = _event(placed_events(nlp, text), "stream")

    assert where(streamed) == ("Bergen", "clause")


def test_a_return_with_both_ends_named_is_placed_where_it_ends(nlp):
    text = "The minister returned to Paris from Bergen on Monday."

    returned = _event(placed_events(nlp, text), "return")

    assert where(returned) == ("Paris", "clause")


def test_a_journey_naming_only_its_end_keeps_its_destination(nlp):
    text = "Lorries loaded with grain rolled into Sudland on Monday."

    rolled = _event(placed_events(nlp, text), "roll")

    assert where(rolled) == ("Sudland", "clause")


def test_the_title_of_a_journey_out_of_a_place_says_from_it(nlp):
    text = "On Monday dozens of buses streamed out of Bergen to Paris."

    streamed = _event(placed_events(nlp, text), "stream")

    assert "from Bergen" in streamed.title


def test_moving_to_a_place_from_another_is_placed_where_the_mover_settled(nlp):
    text = "On Monday the founder moved to Paris from Bergen."

    moved = _event(placed_events(nlp, text), "move")

    assert where(moved) == ("Paris", "clause")


def test_coming_to_a_place_from_another_keeps_the_destination(nlp):
    text = "On Monday the founder came to Paris from Bergen."

    came = _event(placed_events(nlp, text), "come")

    assert where(came) == ("Paris", "clause")


def test_shifting_a_headquarters_to_a_place_from_another_keeps_the_destination(nlp):
    text = "On Monday Nordbank shifted its headquarters to Paris from Bergen."

    shifted = _event(placed_events(nlp, text), "shift")

    assert where(shifted) == ("Paris", "clause")


def test_flights_started_to_a_place_from_another_are_placed_where_they_set_out(nlp):
    text = "Last year the airline started flights to Paris from its base in Bergen."

    started = _event(placed_events(nlp, text), "start")

    assert where(started) == ("Bergen", "clause")
