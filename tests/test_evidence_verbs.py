"""What a thing shows or reflects is evidence, not a happening (events.evidence_verbs).

Short sentences written for these tests, each after a lead that reports a happening.
"""

import pytest
import spacy

from stories.extraction.nlp import MODEL_NAME
from tests.test_events import event_triggers

LEAD = "Acme Corp. opened a plant in Lyon on Monday. "


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL_NAME)


def test_a_figure_reflecting_a_condition_is_not_an_event(nlp):
    text = LEAD + "The rise in orders reflected the strength of the farm economy."

    assert "reflect" not in event_triggers(nlp, text)


def test_a_survey_showing_support_is_not_an_event(nlp):
    text = LEAD + "Surveys showed growing support for the tax."

    assert "show" not in event_triggers(nlp, text)


def test_a_thing_signalling_something_is_not_an_event(nlp):
    text = LEAD + "The heavy trading telegraphed nervous foreign selling."

    assert "telegraph" not in event_triggers(nlp, text)


def test_television_showing_a_meeting_is_still_an_event(nlp):
    text = LEAD + "State television showed a meeting between the two ministers."

    assert "show" in event_triggers(nlp, text)


def test_jobs_showing_gains_is_not_an_event(nlp):
    text = LEAD + "Factory jobs also showed solid gains."

    assert "show" not in event_triggers(nlp, text)


def test_television_showing_people_acting_is_still_an_event(nlp):
    text = LEAD + "Later, television showed army helicopters firing at targets in a valley."

    assert "show" in event_triggers(nlp, text)


def test_police_showing_witnesses_a_photograph_is_still_an_event(nlp):
    text = LEAD + "Police showed witnesses a photograph of the suspect."

    assert "show" in event_triggers(nlp, text)


def test_prosecutors_showing_the_jury_a_knife_is_still_an_event(nlp):
    text = LEAD + "Prosecutors showed the jury the knife."

    assert "show" in event_triggers(nlp, text)


def test_a_ministry_showing_documents_to_a_committee_is_still_an_event(nlp):
    text = LEAD + "The ministry showed documents to the committee."

    assert "show" in event_triggers(nlp, text)
