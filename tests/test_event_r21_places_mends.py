"""Narrowed place rules of the twenty-first round: "the region" and "the territory" point back at
no whole country (events.pointing_back), save a country the story itself calls a province; a
condemned happening keeps its place unless the story told it before (events.judged_deeds).

Short texts written for these tests; places arrive resolved, as analyse_text hands them over.
"""

import pytest

from stories.extraction.nlp import get_nlp
from tests.test_event_placing import PLACES, event_with, placed_events, where

CATALOGUE = {
    **PLACES,
    "Westmark": ("region", 1, "NO", 60.0, 7.0),
    "Tarrow": ("country", 1, "XT", 42.6, 20.9),  # a disputed province filed as a country
}


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def test_the_region_after_a_country_is_not_that_country(nlp):
    text = (
        "Sudland launched drones at Norland on Saturday.\n\n"
        "Diplomats met in the region on Sunday to calm tensions."
    )

    meeting = event_with(placed_events(nlp, text, catalogue=CATALOGUE), "meet")

    assert "Norland" not in meeting.title
    assert where(meeting) != ("Norland", "clause")


def test_the_region_is_a_country_the_story_calls_a_province(nlp):
    text = (
        "Protesters marched in Bergen against killings in the province of Tarrow.\n\n"
        "At least 20 people were killed in clashes in the troubled region on Saturday."
    )

    killing = event_with(placed_events(nlp, text, catalogue=CATALOGUE), "kill")

    assert killing.place is not None and killing.place.name == "Tarrow"


def test_the_region_still_a_region_named_before(nlp):
    text = "Farmers in Westmark say their harvest failed.\n\nFloods hit the region on Monday."

    flood = event_with(placed_events(nlp, text, catalogue=CATALOGUE), "hit")

    assert where(flood) == ("Westmark", "clause")


def test_the_territory_after_a_country_is_not_that_country(nlp):
    text = (
        "Sudland invaded Norland in 2022.\n\n"
        "Officials say invading forces seized the territory on Monday."
    )

    seizure = event_with(placed_events(nlp, text, catalogue=CATALOGUE), "seize")

    assert "territory" in seizure.title and "Norland" not in seizure.title


def test_a_condemned_happening_told_only_so_keeps_its_place(nlp):
    text = (
        "Ana Ruiz arrived in Bergen on Monday.\n\nNorland condemned the attack on Lyon on Tuesday."
    )

    condemning = event_with(placed_events(nlp, text), "condemn")

    assert condemning.place is not None and condemning.place.name == "Lyon"


def test_a_condemned_happening_told_elsewhere_is_placed_apart(nlp):
    text = (
        "Ana Ruiz arrived in Bergen on Monday. Gunmen attacked Lyon on Monday.\n\n"
        "Norland condemned the attack on Lyon on Tuesday."
    )

    condemning = event_with(placed_events(nlp, text), "condemn")

    assert condemning.place is not None and condemning.place.name == "Norland"
