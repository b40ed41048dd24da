"""A town named only as where someone lives ("a Bergen resident") is left out of the story's
setting when the scene gives none with it (events.resident_scenes)."""

import pytest

from stories.extraction.events import place_rules
from stories.extraction.nlp import get_nlp
from tests.test_event_placing import event_with, placed_events, where


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


TEXT = (
    "The mayor opened a new school on Monday. The ceremony was held in Lyon."
    "\n\nCrowds gathered outside the town hall in Lyon. A Bergen resident watched the ceremony."
    "\n\nThe man was released on Tuesday."
)


def test_a_town_named_only_as_a_resident_s_home_does_not_unset_the_story(nlp):
    release = event_with(placed_events(nlp, TEXT), "release")

    assert where(release) == ("Lyon", "setting")


def test_without_the_rule_the_resident_s_town_spreads_the_story(nlp, monkeypatch):
    monkeypatch.setattr(place_rules, "ENABLED", place_rules.ENABLED - {"resident scenes"})

    release = event_with(placed_events(nlp, TEXT), "release")

    assert where(release) == (None, None)


def test_a_town_also_named_as_a_place_keeps_its_resident_mentions(nlp):
    # Lyon holds three of the five scene mentions: with "a Bergen resident" left out it would
    # hold three of four, enough to set the story and place the opening there; kept, the story
    # spreads and the opening, which states no place, stays unplaced.
    text = (
        "The mayor opened a new school on Monday. The ceremony was held in Lyon."
        "\n\nCrowds gathered in Lyon. Police were deployed in Lyon."
        "\n\nA Bergen resident watched the ceremony. A school was also opened in Bergen."
        "\n\nThe man was released on Tuesday."
    )

    opened = event_with(placed_events(nlp, text), "open")

    assert where(opened) == (None, None)


def test_a_single_place_left_after_a_resident_s_town_does_not_set_the_story(nlp):
    text = (
        "A Bergen man was killed on Monday when his car struck a tree."
        "\n\nHis family later held a vigil in Lyon."
        "\n\nThe crash remains under investigation."
    )

    killed = event_with(placed_events(nlp, text), "kill")

    assert where(killed) == (None, None)


def test_a_single_hospital_town_left_after_a_resident_s_town_does_not_set_the_story(nlp):
    text = (
        "A Bergen man was killed on Monday when his car struck a tree."
        "\n\nHe was flown to a hospital in Lyon."
        "\n\nThe crash remains under investigation."
    )

    killed = event_with(placed_events(nlp, text), "kill")

    assert where(killed) == (None, None)
