"""A clause says where it happens when its site is placed: "at the power station in Leeds".

Sentences written for these tests; mentions come as the recognizers deliver them (see
tests/test_events.py).
"""

import pytest
import spacy

from stories.extraction.events.site_places import places_its_site
from stories.extraction.nlp import MODEL_NAME
from tests.test_events import event_triggers

_LEAD = "Acme Corp. opened a plant in Lyon on Monday. The mayor thanked the workers. "


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL_NAME)


def _token(doc, word: str):
    return next(t for t in doc if t.lower_ == word)


def test_a_site_with_a_named_place_places_the_clause(nlp):
    doc = nlp("Two firms are building a turbine at the old power station in Leeds.")

    assert places_its_site(_token(doc, "building"))


def test_a_work_under_way_at_a_placed_site_is_an_event(nlp):
    text = _LEAD + "Two firms are building a turbine at the old power station in Leeds."

    assert "build" in event_triggers(nlp, text)


def test_a_topic_with_a_named_place_places_nothing(nlp):
    """The look-alike: what people talk about is no site ("about the plant in Leeds")."""
    doc = nlp("People are talking about the power station in Leeds.")

    assert not places_its_site(_token(doc, "talking"))
