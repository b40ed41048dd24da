"""A bare "the city" far from the last town named is the story's most named city; right after a
town (its sentence or the one before) it is that town (events.story_city).

Short texts written for these tests; places arrive resolved, as in test_event_placing.
"""

import pytest

from stories.extraction.events import place_rules
from stories.extraction.nlp import get_nlp
from tests.test_event_placing import placed_events, where


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def _stormed(events):
    return next(e for e in events if e.trigger.startswith("storm"))


_FAR = (
    "Lyon officials closed two schools on Monday.\n\n"
    "Two agents died in a raid in Bergen in 2009. Police said the gunman fled on Saturday. "
    "The city's SWAT team stormed an apartment on Sunday.\n\n"
    "The Lyon council met on Monday."
)


def test_the_city_far_from_a_town_named_in_passing_is_the_story_s_most_named_city(nlp):
    stormed = _stormed(placed_events(nlp, _FAR))

    assert where(stormed) == ("Lyon", "owner")


def test_without_the_rule_the_city_is_the_last_town_named(nlp, monkeypatch):
    monkeypatch.setattr(place_rules, "ENABLED", place_rules.ENABLED - {"story's city"})

    stormed = _stormed(placed_events(nlp, _FAR))

    assert where(stormed) == ("Bergen", "owner")


def test_the_city_right_after_a_town_is_that_town(nlp):
    text = (
        "Lyon officials closed two schools on Monday.\n\n"
        "Two agents died in a raid in Bergen on Saturday. "
        "The city's SWAT team stormed an apartment on Sunday.\n\n"
        "The Lyon council met on Monday."
    )

    stormed = _stormed(placed_events(nlp, text))

    assert where(stormed) == ("Bergen", "owner")


def test_the_city_in_a_paragraph_about_another_town_is_that_town(nlp):
    text = (
        "LYON, France (AP) — Lyon police arrested two men on Monday. Lyon officials said the men "
        "were held in Lyon.\n\n"
        "In Paris, a second raid took place on Tuesday. Officers seized three guns in the raid. "
        "Two men were charged. The city's police chief resigned on Wednesday."
    )

    resigned = next(e for e in placed_events(nlp, text) if e.trigger.startswith("resign"))

    assert where(resigned) == ("Paris", "owner")
