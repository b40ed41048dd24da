"""Working at a place told by what happened to it is a deed done at a scene, not a job held
(events.profiles). Sentences written for these tests."""

import pytest
import spacy

from stories.extraction.events.profiles import stretch_of_a_life
from stories.extraction.nlp import MODEL_NAME


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL_NAME)


def worked(nlp, text: str) -> bool:
    return next(stretch_of_a_life(t) for t in nlp(text) if t.lemma_ == "work")


def test_working_at_a_burning_building_is_no_job(nlp):
    assert not worked(nlp, "Firefighters worked at the burning warehouse.")


def test_working_at_a_collapsed_mine_is_no_job(nlp):
    assert not worked(nlp, "Rescuers worked at the collapsed mine in Norfield.")


def test_working_at_a_plain_workplace_is_still_a_job(nlp):
    assert worked(nlp, "Ana Ruiz worked at a bank in Brenton.")
