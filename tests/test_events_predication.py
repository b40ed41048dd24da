"""Clauses that predicate no complete, specific happening (real-news precision on new outlets).

Short sentences written for these tests. Where other rules would drop a sentence first, the
rule is asked directly about the parsed clause.
"""

import pytest
import spacy

from stories.extraction.events.predication import (
    names_no_one,
    preposition_read_as_verb,
)
from stories.extraction.events.titles import subject_of
from stories.extraction.nlp import MODEL_NAME
from tests.test_events import events_of

LEAD = "Acme Corp. opened a plant in Lyon on Monday. "


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL_NAME)


def triggers(nlp, text: str) -> list[str]:
    return [e.trigger for e in events_of(nlp, text)]


def word(doc, text: str):
    return next(t for t in doc if t.text == text)


# --- the meaning lies in a complement the title cannot carry -------------------------------


def test_a_prepositional_verb_without_an_object_is_not_an_event(nlp):
    text = LEAD + "The chairman then referred to the earlier testimony."

    assert "refer" not in triggers(nlp, text)


def test_a_phrasal_verb_with_a_preposition_is_an_event(nlp):
    text = "The lander touched down on the Moon on Wednesday."

    assert "touch down" in triggers(nlp, text)


def test_a_prepositional_verb_with_a_direct_object_is_an_event(nlp):
    text = "The clinic referred the patient to a specialist in Lyon on Monday."

    assert "refer" in triggers(nlp, text)


def test_leaving_someone_in_a_state_is_not_an_event(nlp):
    text = LEAD + "The delays have left investors uncertain."

    assert "leave" not in triggers(nlp, text)


def test_proving_to_be_something_is_not_an_event(nlp):
    text = LEAD + "One detail proved to be important."

    assert "prove" not in triggers(nlp, text)


# --- the subject names no one ----------------------------------------------------------------


def test_a_relative_clause_on_a_noun_said_not_to_exist_names_no_one(nlp):
    doc = nlp("There is no partner that could test the programs.")
    verb = word(doc, "test")

    assert names_no_one(subject_of(verb), verb)


def test_a_verb_coordinated_in_a_relative_clause_on_a_noun_said_not_to_exist_names_no_one(nlp):
    doc = nlp("There is no partner that could fund and test the programs.")
    verb = word(doc, "test")

    assert names_no_one(subject_of(verb), verb)


def test_a_negated_subject_of_its_own_verb_is_an_outcome(nlp):
    doc = nlp("No candidate won a majority in November.")
    verb = word(doc, "won")

    assert not names_no_one(subject_of(verb), verb)


def test_a_question_word_as_subject_names_no_one(nlp):
    doc = nlp("Scientists say what appears to result from the radiation is a thin cloud.")
    verb = word(doc, "result")

    assert names_no_one(subject_of(verb), verb)


def test_a_relative_pronoun_stands_for_its_noun(nlp):
    doc = nlp("The firm, which opened a plant in Lyon, hired 200 workers.")
    verb = word(doc, "opened")

    assert not names_no_one(subject_of(verb), verb)


def test_a_possessive_question_word_opening_a_sentence_names_no_one(nlp):
    doc = nlp("Whose idea was it to sell the plant?")
    verb = word(doc, "was")

    assert names_no_one(subject_of(verb), verb)


def test_a_relative_that_left_on_a_verb_stands_for_a_noun(nlp):
    doc = nlp("Tariffs followed in August that covered plastics.")
    verb = word(doc, "covered")

    assert not names_no_one(word(doc, "that"), verb)


def test_a_named_subject_names_someone(nlp):
    doc = nlp("Acme Corp. won the contract.")
    verb = word(doc, "won")

    assert not names_no_one(subject_of(verb), verb)


# --- a thing bearing on a condition ------------------------------------------------------------


def test_a_thing_pushing_a_condition_without_a_date_is_not_an_event(nlp):
    text = LEAD + "New safety technology has pushed prices up."

    assert "push" not in triggers(nlp, text)


def test_a_named_actor_boosting_something_is_an_event(nlp):
    text = LEAD + "Acme Corp. has boosted its output."

    assert "boost" in triggers(nlp, text)


# --- prepositions read as verbs ------------------------------------------------------------------


def test_according_to_is_a_preposition(nlp):
    doc = nlp("Sales fell 10 percent in October, according to the report.")

    assert preposition_read_as_verb(word(doc, "according"))


def test_a_verb_followed_by_to_is_no_preposition(nlp):
    doc = nlp("The firm agreed to the terms.")

    assert not preposition_read_as_verb(word(doc, "agreed"))
