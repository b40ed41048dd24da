"""Clauses that state, sum up or speculate rather than report a happening (real-news precision).

Short sentences written for these tests; mentions come as the recognizers deliver them (see
tests/test_events.py).
"""

import pytest
import spacy

from stories.extraction.nlp import MODEL_NAME
from tests.test_events import events_of


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL_NAME)


def triggers(nlp, text: str) -> list[str]:
    return [e.trigger for e in events_of(nlp, text)]


# --- activities going on and summaries -----------------------------------------------------


def test_an_activity_going_on_without_a_date_is_not_an_event(nlp):
    text = "Acme Corp. opened a plant in Lyon on Monday. Farmers are praising the plant."

    assert "praise" not in triggers(nlp, text)


def test_a_perfect_progressive_without_a_date_is_not_an_event(nlp):
    text = "Acme Corp. opened a plant in Lyon on Monday. The agency has been holding people."

    assert "hold" not in triggers(nlp, text)


def test_a_present_perfect_summing_up_after_the_lead_is_not_an_event(nlp):
    text = (
        "Acme Corp. opened a plant in Lyon on Monday. Workers cheered on Monday. "
        "The long dispute has prolonged the pain of farmers."
    )

    assert "prolong" not in triggers(nlp, text)


def test_a_present_perfect_in_the_lead_is_the_news(nlp):
    text = "Prosecutors have abandoned the case against Tom Lee. Workers cheered on Monday."

    assert "abandon" in triggers(nlp, text)
