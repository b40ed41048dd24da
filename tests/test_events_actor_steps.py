"""A fronted "when" clause and its main clause told of one actor are two steps of that actor,
not one moment told twice (events.actor_steps; events.one_deed folds only the latter)."""

from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)


def test_they_after_a_when_clause_of_police_keeps_what_they_found(nlp):  # noqa: F811
    text = "When police arrived at the home in Lyon on Monday, they found a man dead."
    assert "find" in event_triggers(nlp, text)


def test_he_after_a_when_clause_of_an_officer_keeps_what_he_found(nlp):  # noqa: F811
    text = "When the officer stopped the car in Lyon, he found drugs under the seat."
    assert "find" in event_triggers(nlp, text)


def test_a_when_clause_of_another_actor_still_folds_into_its_cause(nlp):  # noqa: F811
    text = "The hunt ended when officers found the car in Lyon on Monday."
    assert event_triggers(nlp, text) == ["find"]


def test_a_when_clause_of_things_still_folds_into_what_they_did(nlp):  # noqa: F811
    text = "When the storms hit Lyon on Monday, they destroyed 40 homes."
    assert len(event_triggers(nlp, text)) == 1
