"""A place written inside another ("at Velton in Lyon"). Short texts written for these tests;
places arrive resolved, as in test_event_placing."""

import pytest

from stories.extraction.nlp import get_nlp
from tests.test_event_placing import PLACES, event_with, placed_events, source_of

# "Velton" resolved to a namesake far from Lyon, "Croix" to a quarter inside it.
CATALOGUE = {
    **PLACES,
    "Velton": ("city", 3, "US", 40.9, -74.0),
    "Croix": ("city", 3, "FR", 45.77, 4.83),
}


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def test_a_place_read_outside_the_town_it_is_said_to_be_in_yields_to_the_town(nlp):
    text = "The fair opened on Monday at Velton in Lyon."

    fair = event_with(placed_events(nlp, text, catalogue=CATALOGUE), "open")

    assert (fair.place.name, source_of(fair)) == ("Lyon", "clause")


def test_a_place_read_inside_the_town_it_is_said_to_be_in_stays_the_finer_place(nlp):
    text = "The fair opened on Monday at Croix in Lyon."

    fair = event_with(placed_events(nlp, text, catalogue=CATALOGUE), "open")

    assert fair.place.name == "Croix"


# "Marlow County" a county in the US, "Birchdale" read as a namesake far away in another state.
COUNTY_CATALOGUE = {
    **PLACES,
    "Marlow County": ("admin2", 2, "US", 33.8, -83.8),
    "Birchdale": ("city", 3, "US", 39.6, -84.5),
    "Oakfield": ("city", 3, "US", 33.82, -83.77),
}


def test_a_place_read_outside_the_county_that_owns_its_community_yields_to_the_county(nlp):
    text = "Agents searched a house in Marlow County's rural Birchdale community on Monday."

    search = event_with(placed_events(nlp, text, catalogue=COUNTY_CATALOGUE), "search")

    assert (search.place.name, source_of(search)) == ("Marlow County", "clause")


def test_a_place_read_inside_the_county_that_owns_its_community_stays_the_finer_place(nlp):
    text = "Agents searched a house in Marlow County's rural Oakfield community on Monday."

    search = event_with(placed_events(nlp, text, catalogue=COUNTY_CATALOGUE), "search")

    assert search.place.name == "Oakfield"
