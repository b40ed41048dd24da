"""The crime a case is about, named after the "in" of a step of proceedings
(events.case_matters): with no time of its own it only says which case, and is no event;
dated, or named after another word, it stays.

Short sentences written for these tests, after a lead that reports a happening.
"""

import pytest
import spacy

from stories.extraction.nlp import MODEL_NAME
from tests.extracting import triggers_after_lead as triggers


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL_NAME)


def test_an_undated_death_a_prosecution_is_in_only_names_the_case(nlp):
    text = "A former nurse being prosecuted in a Lyon woman's death spoke to reporters on Tuesday."
    assert triggers(nlp, text) == ["vote", "speak"]


def test_an_undated_death_a_suspect_is_suspected_in_only_names_the_case(nlp):
    text = "A former nurse suspected in a Lyon woman's death spoke to reporters on Tuesday."
    assert triggers(nlp, text) == ["vote", "speak"]


def test_a_dated_death_a_prosecution_is_in_stays_an_event(nlp):
    text = (
        "A former nurse being prosecuted in a Lyon woman's March death spoke to reporters "
        "on Tuesday."
    )
    assert triggers(nlp, text) == ["vote", "speak", "death"]


def test_a_death_after_a_word_that_is_no_step_of_proceedings_stays(nlp):
    text = "A former nurse being questioned in a Lyon woman's death spoke to reporters on Tuesday."
    assert triggers(nlp, text) == ["vote", "speak", "death"]


def test_an_undated_homicide_victims_are_in_only_names_the_case(nlp):
    text = "Two victims in a Lyon homicide were buried on Tuesday."
    assert triggers(nlp, text) == ["vote", "bury"]


def test_a_death_a_man_was_questioned_in_stays_though_he_was_later_arrested(nlp):
    text = "A man questioned in a Lyon woman's death was arrested on Tuesday."
    assert "death" in triggers(nlp, text)


def test_manslaughter_pleaded_to_in_a_death_only_names_the_case(nlp):
    text = "A former nurse pleaded guilty to manslaughter in a Lyon woman's death on Tuesday."
    assert "death" not in triggers(nlp, text)


def test_a_beating_a_man_was_charged_with_murder_in_only_names_the_case(nlp):
    text = "A Lyon man was charged with murder in the beating of a neighbour."
    assert "beating" not in triggers(nlp, text)
