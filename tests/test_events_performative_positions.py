"""A position a source says it takes, told in the present under a past saying
(events.performative_positions).

Sentences written for these tests; mentions come from tests/test_events.py's helpers.
"""

from tests.extracting import with_trigger
from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def test_a_position_said_in_the_present_under_a_past_saying_was_taken(nlp):  # noqa: F811
    events = events_of(nlp, "The ministry said it firmly rejects the proposals from the union.")

    (rejection,) = with_trigger(events, "reject")
    assert rejection.certainty == "occurred"
    assert rejection.title.startswith("Ministry rejects")


def test_a_state_said_in_the_present_is_no_position_taken(nlp):  # noqa: F811
    events = events_of(nlp, "The ministry said it employs four hundred people in the region.")

    assert not with_trigger(events, "employ")
