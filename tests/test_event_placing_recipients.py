"""Who receives takes part, as an object does: a place after "to" of a verb that hands
something over or loses it ("lost the contract to X") names no scene, so it does not take its
sentence off the story's setting (events.place_roles.place_role, as events.places already reads it).

Short texts written for these tests. Places arrive resolved, as in test_event_placing.
"""

import pytest

from stories.extraction.events import place_rules
from stories.extraction.nlp import get_nlp
from tests.test_event_placing import event_with
from tests.test_event_placing_carrying import placed_events, where


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


_REOPENED = "Shops in Norland reopened on Monday.\n\n"
_ARRESTED = "\n\nPolice in Norland arrested two men."


def test_a_recipient_does_not_take_a_sentence_off_the_story_s_setting(nlp):
    text = _REOPENED + "The shipyard lost the contract to Lyon on Friday." + _ARRESTED

    lost = event_with(placed_events(nlp, text), "lose")

    assert where(lost) == ("Norland", "setting")


def test_without_the_rule_a_recipient_takes_the_sentence_off_the_setting(nlp, monkeypatch):
    monkeypatch.setattr(place_rules, "ENABLED", place_rules.ENABLED - {"recipients take part"})
    text = _REOPENED + "The shipyard lost the contract to Lyon on Friday." + _ARRESTED

    lost = event_with(placed_events(nlp, text), "lose")

    assert where(lost) == (None, None)
