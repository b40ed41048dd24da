"""A country the story writes of in its own right ("Norland has ...", "the unity of Norland")
is its setting even when no sentence says "in Norland"; one named only as a nationality ("a
Norland man") is not.

Short texts written for these tests. Places arrive resolved, as in test_event_placing.
"""

import pytest

from stories.extraction.events import place_rules
from stories.extraction.nlp import get_nlp
from tests.test_event_placing import event_with, placed_events, where

_ABOUT = (
    "Norland has a large minority, and the unity of Norland matters to its people. A Bergen "
    "firm closed a plant.\n\nThe minority was granted new rights on Monday."
)


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def test_a_country_the_story_writes_of_as_a_noun_of_its_own_is_its_setting(nlp):
    granted = event_with(placed_events(nlp, _ABOUT), "grant")

    assert where(granted) == ("Norland", "setting")


def test_without_the_rule_a_country_never_stated_as_a_location_is_no_setting(nlp, monkeypatch):
    monkeypatch.setattr(place_rules, "ENABLED", place_rules.ENABLED - {"countries written of"})

    granted = event_with(placed_events(nlp, _ABOUT), "grant")

    assert where(granted) == (None, None)


def test_a_country_written_only_as_a_nationality_is_still_no_setting(nlp):
    text = (
        "A Norland man and a Norland woman were fined on Monday.\n\n"
        "The man had worked for a Bergen firm."
    )

    worked = event_with(placed_events(nlp, text), "work")

    assert worked.place is None
