"""A hire told as taking someone on in a new office (events.hires, events.appointments):
business and sports news announces hires with common verbs ("is adding X as its first CTO").
Short sentences written for these tests.
"""

from tests.test_events import event_triggers, events_of, nlp  # noqa: F401 (nlp is a fixture)


def test_a_person_taken_on_as_a_new_officer_is_an_appointment(nlp):  # noqa: F811
    text = "Brightlane is adding the engineer Oren Vask as its first chief technology officer."

    assert "add" in event_triggers(nlp, text)


def test_a_glad_press_release_taking_someone_on_is_an_appointment(nlp):  # noqa: F811
    text = "Norvane is pleased to have Tomas Keller as the new President and CEO."

    events = events_of(nlp, text)
    assert [(e.trigger, e.certainty) for e in events] == [("have", "occurred")]


def test_a_person_in_an_office_that_is_not_new_is_no_appointment(nlp):  # noqa: F811
    text = "Norvane is pleased to have Tomas Keller as its President."

    assert "have" not in event_triggers(nlp, text)
