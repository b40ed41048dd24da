"""Event nouns brought in as the agent of what they caused (events.agent_happenings).

The sentences are written for these tests; mentions come from tests/test_events.py's helpers.
"""

from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)


def test_new_happening_after_the_by_of_a_past_participle_took_place(nlp):  # noqa: F811
    text = "Crowds filled the streets of Lyon, in protests sparked by a hike in bus fares."
    assert "hike" in event_triggers(nlp, text)


def test_plural_happenings_after_by_are_not_told_by_this_rule(nlp):  # noqa: F811
    text = "Crowds filled the streets of Lyon, in protests sparked by hikes in bus fares."
    assert "hike" not in event_triggers(nlp, text)
