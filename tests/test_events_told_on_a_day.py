"""A passive telling on a stated day is the news of that day (events.told_on_a_day); without
a day it stays the frame of an instruction or of what was said."""

from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)


def test_workers_told_on_a_stated_day_is_an_event(nlp):  # noqa: F811
    text = "The bakery will shut its Elm Street plant in June. Its staff were told on Tuesday."
    assert "tell" in event_triggers(nlp, text)


def test_a_passive_telling_without_a_day_stays_a_frame(nlp):  # noqa: F811
    text = "The bakery will shut its Elm Street plant in June. Its staff were told to stay home."
    assert "tell" not in event_triggers(nlp, text)
