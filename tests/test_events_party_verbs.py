"""Verbs of one act or change in the lexicon (events.happening_verbs: "sue", "assign",
"implement", "barricade", "drop") and a speech named "address"
(events.happening_nouns): outside a tensed main clause that the general rules pass, in a
relative, an "after"/"when"/"although" clause or a reported future, they are events all the
same; the street sense of "address" names no happening.

The sentences are written for these tests; mentions come from tests/test_events.py's helpers.
"""

from stories.extraction.events.lexicon import NOUN_CLASSES, VERB_CLASSES
from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)


def test_a_drop_in_an_after_clause_is_an_event(nlp):  # noqa: F811
    text = "Ports in Rotterdam lost money after freight volume dropped by 20 percent in January."
    assert "drop" in event_triggers(nlp, text)


def test_a_measure_reported_as_not_to_be_implemented_is_an_event(nlp):  # noqa: F811
    text = "The mayor of Bath said the new parking rules will not be implemented."
    assert "implement" in event_triggers(nlp, text)


def test_an_address_given_on_a_day_is_a_speech_event(nlp):  # noqa: F811
    text = "The president gave a televised address from Lisbon on Sunday."
    assert "address" in event_triggers(nlp, text)


def test_a_street_address_is_no_event(nlp):  # noqa: F811
    text = "Officers traced the van to an address on Kell Street."
    assert "address" not in event_triggers(nlp, text)


def test_verbs_of_one_act_are_each_a_class_named_for_itself():
    verbs = ("sue", "assign", "implement", "barricade", "drop")
    assert all(VERB_CLASSES[verb] == verb for verb in verbs)
    assert NOUN_CLASSES["address"] == "speak"
