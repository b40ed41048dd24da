"""A text named with the day it was sent or filed reports that sending (events.deliveries)."""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def _triggers(events):
    return {e.trigger for e in events}


def test_a_text_sent_on_a_day_is_an_event(nlp):  # noqa: F811
    text = "The union said a complaint filed on Monday accuses the mill of unpaid overtime."
    assert "file" in _triggers(events_of(nlp, text))


def test_a_text_sent_without_a_day_is_no_event(nlp):  # noqa: F811
    text = "The union said a complaint filed with the board accuses the mill of unpaid overtime."
    assert "file" not in _triggers(events_of(nlp, text))


def test_a_text_that_only_carries_another_deed_is_no_event(nlp):  # noqa: F811
    text = "The lawyer asked for more time in a motion filed on Monday."
    assert "file" not in _triggers(events_of(nlp, text))


def test_profits_posted_on_a_day_are_no_text_sent(nlp):  # noqa: F811
    text = "Profits posted on Monday beat forecasts."
    assert "post" not in _triggers(events_of(nlp, text))
