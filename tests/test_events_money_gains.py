"""A sum of money got is a receiving; "get" with anything else stays no event
(events.money_gains, read by events.sites).

The sentences are written for these tests.
"""

from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)


def test_a_sum_of_money_got_is_a_receiving(nlp):  # noqa: F811
    text = "Dalby County is to get about $2.8 million in federal stimulus money on Monday."
    assert "get" in event_triggers(nlp, text)


def test_a_sum_expected_to_be_got_is_a_receiving(nlp):  # noqa: F811
    text = "Dalby health centers are expected to get about $198,000 in federal funds."
    assert "get" in event_triggers(nlp, text)


def test_a_call_got_is_no_event(nlp):  # noqa: F811
    text = "Tom Ferris got a call from the mayor of Dalby on Monday."
    assert "get" not in event_triggers(nlp, text)


def test_getting_worse_is_no_event(nlp):  # noqa: F811
    text = "The roads in Dalby got worse on Monday."
    assert "get" not in event_triggers(nlp, text)


def test_a_sum_got_stolen_is_no_receiving(nlp):  # noqa: F811
    text = "The Dalby store got $2,000 stolen from its safe on Monday."
    assert "get" not in event_triggers(nlp, text)
