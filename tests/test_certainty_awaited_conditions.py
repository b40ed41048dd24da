"""What a future waits for (events.awaited_conditions): the future is read with the tense
module's auxiliaries, and "would" counts only in a clause a saying reports.
Sentences written for these tests."""

import pytest
import spacy

from stories.extraction.events.awaited_conditions import awaited_condition
from stories.extraction.nlp import MODEL_NAME


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL_NAME)


def awaited(nlp, text: str, word: str) -> bool:
    return next(awaited_condition(t) for t in nlp(text) if t.text == word)


def test_a_typographic_contracted_will_makes_a_future_to_wait_on(nlp):
    assert awaited(nlp, "It\u2019ll sail from Harbor City once the wind drops.", "drops")


def test_a_would_of_past_habit_waits_on_nothing(nlp):
    assert not awaited(nlp, "As a boy Tom Lee would stay at the shop until it closed.", "closed")


def test_a_would_reported_by_a_saying_waits_on_its_condition(nlp):
    text = "Ana Ruiz said the ferry would sail from Brenton once the wind dropped."
    assert awaited(nlp, text, "dropped")
