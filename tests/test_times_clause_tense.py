"""The tense of an event's clause: a relative clause on the noun its span opens with has its
trigger's tense, not that of the main verb the noun goes on to.

Sentences are written for the tests.
"""

from stories.extraction.nlp import get_nlp
from stories.extraction.times.tense import clause_tense

TEXT = (
    "The border feud, which erupted in 1983 when rebels seized the port, "
    "has claimed thousands of lives."
)


def test_a_relative_clause_on_the_subject_has_its_triggers_tense():
    doc = get_nlp()(TEXT)
    end = TEXT.index(" when")

    assert clause_tense(doc, 0, end, "erupt") == "past"


def test_without_a_trigger_the_span_takes_its_main_verbs_tense():
    doc = get_nlp()(TEXT)
    end = TEXT.index(" when")

    assert clause_tense(doc, 0, end) == "perfect"
