"""A saying stays where it was said: a place named only in what it reports does not take it off
the dateline (events.reported).

Short texts written for these tests. Places arrive resolved, as in test_event_placing.
"""

import pytest

from stories.extraction.events import place_rules
from stories.extraction.nlp import get_nlp
from tests.test_event_placing import event_with
from tests.test_event_placing_carrying import placed_events, where

_TALKS = "LYON (AP)_ The mayor met the Bergen envoy on Friday. "


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def test_a_saying_whose_reported_clause_names_a_place_keeps_the_dateline(nlp):
    text = _TALKS + "The mayor assured the envoy that Norland would not join the pact."

    assured = event_with(placed_events(nlp, text), "assure")

    assert where(assured) == ("Lyon", "dateline")


def test_without_the_rule_the_reported_place_takes_the_saying_off_the_dateline(nlp, monkeypatch):
    monkeypatch.setattr(place_rules, "ENABLED", place_rules.ENABLED - {"reported"})
    text = _TALKS + "The mayor assured the envoy that Norland would not join the pact."

    assured = event_with(placed_events(nlp, text), "assure")

    assert where(assured) == (None, None)


def test_a_place_named_outside_the_reported_clause_still_moves_the_saying(nlp):
    text = _TALKS + "In Bergen the mayor assured the envoy that Norland would not join the pact."

    assured = event_with(placed_events(nlp, text), "assure")

    assert where(assured)[0] != "Lyon"
