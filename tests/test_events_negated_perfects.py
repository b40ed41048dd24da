"""A perfect denied in a reported or relative clause tells that nothing has happened
(events.negated_perfects): "said the two sides haven't reached a decision", "her husband,
who had never shown up": no event, unless the clause has a date of its own.

Short sentences written for these tests, each after a lead that reports a happening.
"""

import pytest
import spacy

from stories.extraction.nlp import MODEL_NAME
from tests.test_events import event_triggers

LEAD = "Councillors in Lyon voted on Monday to close the old library. "


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL_NAME)


def test_a_present_perfect_denied_in_a_reported_clause_tells_no_event(nlp):
    text = LEAD + "The mayor said the two sides haven't reached a final decision."

    assert "reach" not in event_triggers(nlp, text)


def test_a_past_perfect_denied_in_a_reported_clause_tells_no_event(nlp):
    text = LEAD + "A friend said her husband hadn't shown up for work."

    assert "show up" not in event_triggers(nlp, text)


def test_a_perfect_denied_in_a_clause_of_concession_stays_told(nlp):
    text = LEAD + "Although the mayor had not announced his candidacy, many believe he will run."

    assert "announce" in event_triggers(nlp, text)


def test_a_perfect_affirmed_in_a_reported_clause_stays_told(nlp):
    text = LEAD + "The mayor said the two sides have reached a final decision."

    assert "reach" in event_triggers(nlp, text)


def test_not_only_in_a_reported_perfect_is_no_denial(nlp):
    text = LEAD + "Police said the man had not only robbed the bank but also shot a guard."

    assert "rob" in event_triggers(nlp, text)
