"""A paragraph whose first sentence names no place goes on where the paragraph before ended
(events.carrying.opens_on), when no other clue places its event.

Short texts written for these tests. Places arrive resolved, as in test_event_placing_carrying.
"""

import pytest

from stories.extraction.events import place_rules
from stories.extraction.nlp import get_nlp
from tests.test_event_placing import event_with
from tests.test_event_placing_carrying import placed_events, where

# Places in later paragraphs that lie apart, so that the story has no setting.
_SPREAD = "\n\nIts author was born in Lyon.\n\nShe later studied in Norland."


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def test_a_paragraph_that_opens_naming_no_place_goes_on_where_the_last_one_ended(nlp):
    # No dateline, no setting and no place the lead states: only the last paragraph's place.
    text = "The Bergen council unveiled a plan.\n\nBuilders protested against it." + _SPREAD

    protested = event_with(placed_events(nlp, text), "protest")

    assert where(protested) == ("Bergen", "previous sentence")


def test_a_plan_opening_a_paragraph_is_not_carried_to(nlp):
    # Where a plan will happen is for the story to say, not the last paragraph's place.
    text = "The Bergen council unveiled a plan.\n\nBuilders will protest against it." + _SPREAD

    protest = event_with(placed_events(nlp, text), "protest")

    assert where(protest) == (None, None)


def test_without_the_rule_a_new_paragraph_keeps_no_place(nlp, monkeypatch):
    monkeypatch.setattr(place_rules, "ENABLED", place_rules.ENABLED - {"paragraph openings"})
    text = "The Bergen council unveiled a plan.\n\nBuilders protested against it." + _SPREAD

    protested = event_with(placed_events(nlp, text), "protest")

    assert where(protested) == (None, None)


def test_a_paragraph_opening_that_names_a_place_is_not_carried_to(nlp):
    text = (
        "The Bergen council unveiled a plan.\n\nBuilders protested against it, as Norland "
        "had done." + _SPREAD
    )

    protested = event_with(placed_events(nlp, text), "protest")

    assert where(protested)[1] != "previous sentence"


def test_the_dateline_places_a_new_paragraph_before_the_last_paragraph_s_place(nlp):
    text = (
        "LYON, France — The minister toured a factory in Bergen on Monday.\n\n"
        "Police arrested a man on Tuesday."
    )

    arrested = event_with(placed_events(nlp, text), "arrest")

    assert where(arrested) == ("Lyon", "dateline")


def test_a_new_paragraph_s_background_keeps_no_place_from_the_last_paragraph(nlp):
    text = "The Bergen council unveiled a plan.\n\nBuilders protested against it in 2018." + _SPREAD

    protested = event_with(placed_events(nlp, text), "protest")

    assert protested.background
    assert where(protested)[1] != "previous sentence"
