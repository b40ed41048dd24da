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


def test_a_practice_said_of_a_quantified_object_is_no_position_taken(nlp):  # noqa: F811
    events = events_of(nlp, "The bank said it rejects about half of all mortgage requests.")

    assert not with_trigger(events, "reject")


def test_a_practice_said_of_a_generic_plural_is_no_position_taken(nlp):  # noqa: F811
    events = events_of(nlp, "The insurer said on Monday that it denies most flood claims.")

    assert all(e.certainty != "occurred" for e in with_trigger(events, "deny"))
