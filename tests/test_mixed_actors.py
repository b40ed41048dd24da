"""Actors of several countries joined in one subject act at no one home (events.mixed_actors).

Short texts written for these tests; places arrive resolved, as analyse_text hands them over.
"""

import pytest

from stories.extraction.events import place_rules
from stories.extraction.nlp import get_nlp
from tests.test_event_placing import event_with, placed_events, source_of

_TWO_COUNTRIES = (
    "Ana Ruiz arrived in Lyon on Monday.\n\nNorland and Sudland approved the plan on Tuesday."
)


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def test_two_countries_joined_as_the_subject_have_no_single_home(nlp):
    text = _TWO_COUNTRIES

    approve = event_with(placed_events(nlp, text), "approve")

    assert approve.place is None or source_of(approve) != "home"


def test_without_the_rule_the_first_country_s_home_places_them(nlp, monkeypatch):
    monkeypatch.setattr(place_rules, "ENABLED", place_rules.ENABLED - {"mixed actors"})
    text = _TWO_COUNTRIES

    approve = event_with(placed_events(nlp, text), "approve")

    assert (approve.place.name, source_of(approve)) == ("Norland", "home")


def test_a_country_joined_with_a_body_of_no_other_country_still_acts_at_home(nlp):
    text = (
        "Ana Ruiz arrived in Lyon on Monday.\n\n"
        "Norland and its central bank approved the plan on Tuesday."
    )

    approve = event_with(placed_events(nlp, text), "approve")

    assert (approve.place.name, source_of(approve)) == ("Norland", "home")
