"""A state or province named as the subject of what its government does acts at home, as a
country does: "Westmark received federal money", "Westmark approved a budget".

Short texts written for these tests; places arrive resolved, as analyse_text hands them over.
"""

import pytest

from stories.extraction.events import homes
from stories.extraction.nlp import get_nlp
from tests.test_event_placing import PLACES, event_with, placed_events, source_of, where

CATALOGUE = {
    **PLACES,
    "Westmark": ("admin1", 2, "US", 40.3, -82.8),
    "Eastmark": ("admin1", 2, "US", 38.5, -98.4),
    "Dover Falls": ("city", 3, "US", 40.1, -82.4),
}


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


@pytest.fixture(autouse=True)
def _no_gazetteer(monkeypatch):
    monkeypatch.setattr(homes, "nationality", lambda word: None)
    monkeypatch.setattr(homes, "_capital", lambda geonames_id: False)


def test_a_state_that_receives_money_is_where_it_received_it(nlp):
    text = "Westmark received about $30 million in federal money for road repairs in 2008."

    event = event_with(placed_events(nlp, text, catalogue=CATALOGUE), "receive")

    assert (event.place.name, source_of(event)) == ("Westmark", "home")


def test_a_state_that_approves_a_budget_is_where_it_approved_it(nlp):
    text = "Dover Falls opened a shelter on Monday. Westmark approved a new budget on Tuesday."

    event = event_with(placed_events(nlp, text, catalogue=CATALOGUE), "approve")

    assert (event.place.name, source_of(event)) == ("Westmark", "home")


def test_a_state_facing_another_in_a_suit_is_no_home(nlp):
    text = "Westmark sued Eastmark over the river water on Monday."

    event = event_with(placed_events(nlp, text, catalogue=CATALOGUE), "sue")

    assert where(event)[1] != "home"


def test_a_state_travelling_is_not_at_home(nlp):
    text = "Westmark sent a team of engineers to Lyon on Monday."

    event = event_with(placed_events(nlp, text, catalogue=CATALOGUE), "send")

    assert where(event) != ("Westmark", "home")


def test_a_town_as_subject_still_gets_no_home(nlp):
    text = "Dover Falls received about $3 million in federal money in 2008."

    event = event_with(placed_events(nlp, text, catalogue=CATALOGUE), "receive")

    assert where(event)[1] != "home"
