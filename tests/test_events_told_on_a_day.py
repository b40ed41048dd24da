"""A passive telling on a stated day is the news of that day (events.told_on_a_day); without
a day it stays the frame of an instruction or of what was said."""

from tests.extracting import with_trigger
from tests.test_events import event_triggers, events_of, nlp  # noqa: F401 (nlp is a fixture)


def test_workers_told_on_a_stated_day_is_an_event(nlp):  # noqa: F811
    text = "The bakery will shut its Elm Street plant in June. Its staff were told on Tuesday."
    assert "tell" in event_triggers(nlp, text)


def test_a_passive_telling_without_a_day_stays_a_frame(nlp):  # noqa: F811
    text = "The bakery will shut its Elm Street plant in June. Its staff were told to stay home."
    assert "tell" not in event_triggers(nlp, text)


def test_a_person_told_on_a_day_by_a_named_teller_is_dated_that_day(nlp):  # noqa: F811
    text = "Sam Ortiz was informed on Monday by the club's owner that his contract would end."

    (telling,) = with_trigger(events_of(nlp, text), "inform")
    assert telling.date_start.isoformat() == "2024-03-04"


def test_a_passive_telling_with_a_teller_but_no_day_stays_a_frame(nlp):  # noqa: F811
    text = "Sam Ortiz was informed by the club's owner that his contract would end."

    assert not with_trigger(events_of(nlp, text), "inform")


def test_a_span_of_time_is_no_day_of_the_telling(nlp):  # noqa: F811
    text = "Residents were told for two years that the dam would hold."

    assert not with_trigger(events_of(nlp, text), "tell")
