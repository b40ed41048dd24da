"""Verbs of one act or change in the lexicon (events.happening_verbs: "invite", "object",
"send", "drop", "implement", "demand", ...) and a speech named "address"
(events.happening_nouns): outside a tensed main clause that the general rules pass, in a
relative, an "after"/"when"/"although" clause or a reported future, they are events all the
same; the street sense of "address" names no happening.

The sentences are written for these tests; mentions come from tests/test_events.py's helpers.
"""

from stories.extraction.events.frames import frame_sites
from stories.extraction.events.lexicon import NOUN_CLASSES, VERB_CLASSES
from stories.extraction.nlp import get_nlp
from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)


def test_an_invitation_told_in_a_relative_passive_is_an_event(nlp):  # noqa: F811
    text = "Ms Ruiz, who was invited to the gala in Leeds by the mayor in 2015, spoke on Monday."
    assert "invite" in event_triggers(nlp, text)


def test_an_objection_in_an_although_clause_is_an_event(nlp):  # noqa: F811
    text = (
        "Although the union objected to the new rota, the ferry crews in Ostrava went back to work."
    )
    assert "object" in event_triggers(nlp, text)


def test_a_sending_in_a_when_clause_is_an_event(nlp):  # noqa: F811
    text = "The patient was recovering when the clinic sent a nurse to his flat in Hull."
    assert "send" in event_triggers(nlp, text)


def test_a_drop_in_an_after_clause_is_an_event(nlp):  # noqa: F811
    text = "Ports in Rotterdam lost money after freight volume dropped by 20 percent in January."
    assert "drop" in event_triggers(nlp, text)


def test_a_measure_reported_as_not_to_be_implemented_is_an_event(nlp):  # noqa: F811
    text = "The mayor of Bath said the new parking rules will not be implemented."
    assert "implement" in event_triggers(nlp, text)


def test_a_verb_demand_shares_the_class_of_a_call_for_something():
    doc = get_nlp()("Nurses in Leeds called for a strike on Monday.")
    called = next(site for site in frame_sites(doc) if site.anchor.lower_ == "called")
    assert VERB_CLASSES["demand"] == called.event_class


def test_an_address_given_on_a_day_is_a_speech_event(nlp):  # noqa: F811
    text = "The president gave a televised address from Lisbon on Sunday."
    assert "address" in event_triggers(nlp, text)


def test_a_street_address_is_no_event(nlp):  # noqa: F811
    text = "Officers traced the van to an address on Kell Street."
    assert "address" not in event_triggers(nlp, text)


def test_verbs_of_one_act_are_each_a_class_named_for_itself():
    verbs = ("invite", "object", "send", "sue", "assign", "implement", "barricade", "drop")
    assert all(VERB_CLASSES[verb] == verb for verb in verbs)
    assert NOUN_CLASSES["address"] == "speak"
