"""An aircraft that went down (real-news recall: events.downed_craft).

A verb of motion counts only with a place it goes to or a thing it moves (events.motion), but
"the plane went down" names no destination and is still the crash the story is about. Short
sentences written for these tests, with invented names and places.
"""

from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)

_LEAD = "Investigators in Lyon released new records on Monday. "


def test_a_plane_that_went_down_is_a_happening(nlp):  # noqa: F811
    text = _LEAD + "The small plane went down shortly after takeoff, officials said."

    assert "go" in event_triggers(nlp, text)


def test_a_numbered_flight_that_went_down_is_a_happening(nlp):  # noqa: F811
    text = _LEAD + "They played the tapes from the night the Nord Air Flight 800 went down."

    assert "go" in event_triggers(nlp, text)


def test_prices_that_went_down_are_no_crash(nlp):  # noqa: F811
    text = _LEAD + "The prices went down after the storm, traders said."

    assert "go" not in event_triggers(nlp, text)


def test_a_helicopter_coming_down_is_a_happening(nlp):  # noqa: F811
    text = _LEAD + "A police helicopter came down in a field near the river."

    assert "come" in event_triggers(nlp, text)


def test_prices_named_after_a_craft_that_went_down_are_no_crash(nlp):  # noqa: F811
    text = _LEAD + "Jet fuel prices went down 5 percent last month, the airline said."

    assert "go" not in event_triggers(nlp, text)


def test_delays_of_flights_that_came_down_are_no_crash(nlp):  # noqa: F811
    text = _LEAD + "Flight delays came down sharply in March."

    assert "come" not in event_triggers(nlp, text)


def test_a_plane_that_went_down_the_runway_is_no_crash(nlp):  # noqa: F811
    text = _LEAD + "The plane went down the runway."

    assert "go" not in event_triggers(nlp, text)
