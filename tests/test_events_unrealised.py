"""Clauses that tell what was wished or would have been, not what happened (events.unrealised).

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


def test_what_a_measure_would_have_done_is_not_an_event(nlp):
    text = LEAD + "Acme said the deal would have reduced Lyon's reliance on coal."

    assert "reduce" not in event_triggers(nlp, text)


def test_what_was_to_have_been_built_is_not_an_event(nlp):
    text = LEAD + "Acme's depot in Paris, which was to have been built in phases, was shelved."

    assert "build" not in event_triggers(nlp, text)


def test_what_a_firm_intended_to_do_is_not_an_event(nlp):
    text = LEAD + "In 1988 Acme intended to achieve a 40% share of the French market."

    assert "achieve" not in event_triggers(nlp, text)


def test_a_dream_to_do_something_is_not_an_event(nlp):
    text = (
        LEAD + "Ann Roe's only dream in life is to sing ballads at the Grand Ole Opry in Nashville."
    )

    assert "sing" not in event_triggers(nlp, text)


def test_a_plan_to_do_something_is_still_an_event(nlp):
    text = LEAD + "The firm plans to build a second plant in Lyon in May."

    assert "build" in event_triggers(nlp, text)
