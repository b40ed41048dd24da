"""One sentence, one scene: an unplaced event takes the place that a later event of its
sentence, which governs it, gets from its own clause or actor (events.sentence_scene).

Short texts written for these tests. Places arrive resolved, as in test_event_placing; the
later paragraphs name places apart, so that the story has no setting.
"""

import pytest

from stories.extraction.events import place_rules
from stories.extraction.nlp import get_nlp
from tests.test_event_placing import event_with
from tests.test_event_placing_carrying import placed_events, where

_SPREAD = "\n\nIts author was born in Lyon.\n\nShe later studied in Norland."
_LIFTED = "A smoking ban has angered shop owners and was lifted by the Bergen council on Monday."


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def test_an_unplaced_event_takes_the_place_of_the_later_event_that_governs_it(nlp):
    ban = event_with(placed_events(nlp, _LIFTED + _SPREAD), "ban")

    assert where(ban) == ("Bergen", "same sentence")


def test_without_the_rule_the_earlier_event_keeps_no_place(nlp, monkeypatch):
    monkeypatch.setattr(place_rules, "ENABLED", place_rules.ENABLED - {"sentence scene"})

    ban = event_with(placed_events(nlp, _LIFTED + _SPREAD), "ban")

    assert where(ban) == (None, None)


def test_a_later_event_in_a_relative_clause_lends_no_place(nlp):
    text = "The ban that began in May angered owners, who protested in Bergen on Monday." + _SPREAD

    events = placed_events(nlp, text)

    assert where(event_with(events, "protest"))[0] == "Bergen"
    assert where(event_with(events, "begin")) == (None, None)


def test_the_governing_event_s_own_place_beats_the_story_s_setting(nlp):
    text = (
        "Shops in Norland reopened on Monday.\n\n"
        + _LIFTED
        + "\n\nPolice in Norland arrested two men."
    )

    ban = event_with(placed_events(nlp, text), "ban")

    assert where(ban) == ("Bergen", "same sentence")
