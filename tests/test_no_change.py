"""A figure told as not having moved ("closed unchanged", "ended flat") is no happening.

Short sentences written for these tests, each after a lead that reports a happening.
"""

import pytest
import spacy

from stories.extraction.nlp import MODEL_NAME
from tests.test_events import event_triggers

LEAD = "Acme Corp. opened a plant in Lyon on Monday. "


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL_NAME)


def test_shares_that_closed_unchanged_are_not_an_event(nlp):
    text = LEAD + "The company's shares closed unchanged at $12 on Friday."

    assert "close" not in event_triggers(nlp, text)


def test_a_figure_unchanged_before_its_day_is_not_an_event(nlp):
    text = LEAD + "The stock closed unchanged Friday at $29 a share."

    assert "close" not in event_triggers(nlp, text)


def test_an_index_that_ended_flat_is_not_an_event(nlp):
    text = LEAD + "The broader index ended flat on Tuesday."

    assert "end" not in event_triggers(nlp, text)


def test_shares_that_closed_higher_are_an_event(nlp):
    text = LEAD + "The company's shares closed higher at $12 on Friday."

    assert "close" in event_triggers(nlp, text)


def test_shares_that_ended_lower_are_an_event(nlp):
    text = LEAD + "The broader index ended three percent lower on Tuesday."

    assert "end" in event_triggers(nlp, text)


def test_prices_little_changed_are_not_an_event(nlp):
    text = LEAD + "Treasury prices were little changed on Monday."

    assert "change" not in event_triggers(nlp, text)


def test_rules_that_were_changed_are_an_event(nlp):
    text = LEAD + "The league's rules were changed on Monday."

    assert "change" in event_triggers(nlp, text)


def test_a_market_closing_as_the_time_of_another_deed_is_not_an_event(nlp):
    text = "The chain announced the sale after the market closed on Tuesday."

    assert "close" not in event_triggers(nlp, text)


def test_a_market_closed_for_a_storm_is_an_event(nlp):
    text = "The stock market closed early on Monday because of the storm."

    assert "close" in event_triggers(nlp, text)


def test_falling_flat_is_no_figure_left_unmoved(nlp):
    # A fall is no market line: "fell flat on the track" is a fall (events.figures reads the
    # plan that "fell flat" as a figure of performance).
    text = LEAD + "A runner fell flat on the track in Lyon on Tuesday."

    assert "fall" in event_triggers(nlp, text)


def test_coming_into_a_steady_state_is_a_change(nlp):
    # "turned stable", "ran flat": a verb of becoming tells a move into the state, not its
    # absence.
    text = LEAD + "The injured worker's condition turned stable in a Lyon hospital on Tuesday."

    assert "turn" in event_triggers(nlp, text)


def test_a_battery_that_ran_flat_is_a_change(nlp):
    text = LEAD + "The ferry's battery ran flat outside Lyon on Tuesday."

    assert "run" in event_triggers(nlp, text)


def test_staying_steady_is_still_no_change(nlp):
    # The look-alike kept out: a verb of staying says nothing moved.
    text = LEAD + "The company's shares stayed steady on Tuesday."

    assert "stay" not in event_triggers(nlp, text)
