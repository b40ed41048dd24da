"""Land pointed back at, journeys' starts and home towns: "the territory" is the land named last
before it (not the country that holds or takes it); "from X to Y" on a verb carrying a load
names where a journey begins, and "a Paris man" where someone lives, neither of which moves
the narration there.

Short texts written for these tests; places arrive resolved, as analyse_text hands them over.
"""

import pytest

from stories.extraction.events import place_rules
from stories.extraction.nlp import get_nlp
from tests.test_event_placing import PLACES, event_with, placed_events, where

CATALOGUE = {
    **PLACES,
    "Westmark": ("region", 1, "NO", 60.0, 7.0),
}


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def test_the_territory_is_the_land_named_last_before_it(nlp):
    text = (
        "Farmers in Westmark say their freedoms are eroding.\n\n"
        "They fear Norland is taking back the freedoms given to Westmark when Sudland returned "
        "the territory to Norland in 1990."
    )

    handover = event_with(placed_events(nlp, text, catalogue=CATALOGUE), "return")

    assert where(handover) == ("Westmark", "clause")


def test_the_country_that_takes_the_territories_is_not_them(nlp):
    text = (
        "Thousands of settlers live in Westmark.\n\n"
        "Norland seized control of the territories in the 1967 war."
    )

    seizure = event_with(placed_events(nlp, text, catalogue=CATALOGUE), "seize")

    assert where(seizure) == ("Westmark", "clause")


def test_the_territory_points_nowhere_when_the_rule_is_off(nlp, monkeypatch):
    monkeypatch.setattr(place_rules, "ENABLED", place_rules.ENABLED - {"territories"})
    text = (
        "Thousands of settlers live in Westmark.\n\n"
        "Norland seized control of the territories in the 1967 war."
    )

    seizure = event_with(placed_events(nlp, text, catalogue=CATALOGUE), "seize")

    assert where(seizure) != ("Westmark", "clause")


def test_where_a_journey_begins_does_not_move_the_story_from_its_setting(nlp):
    text = (
        "Floods hit Lyon on Monday. Crews worked in Lyon all night. Lyon opened shelters.\n\n"
        "A club bused 300 volunteers from the Paris area to the flooded streets on Tuesday."
    )

    trip = event_with(placed_events(nlp, text), "bus")

    assert where(trip)[0] == "Lyon"


def test_a_person_named_by_home_town_does_not_move_the_story_from_its_setting(nlp):
    text = (
        "Floods hit Lyon on Monday. Crews worked in Lyon all night. Lyon opened shelters.\n\n"
        "The reward in the case of a missing Paris man was raised on Tuesday."
    )

    reward = event_with(placed_events(nlp, text), "raise")

    assert where(reward)[0] == "Lyon"
