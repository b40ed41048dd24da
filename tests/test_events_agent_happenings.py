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


def test_an_agent_of_a_negated_participle_did_not_take_place(nlp):  # noqa: F811
    text = "The merger was not blocked by a vote of the shareholders."
    assert "vote" not in event_triggers(nlp, text)


def test_an_agent_in_a_clause_under_a_modal_did_not_take_place(nlp):  # noqa: F811
    text = "Farmers whose barns were ruined by a flood can ask the region for help."
    assert "flood" not in event_triggers(nlp, text)


def test_agents_offered_as_alternatives_are_a_kind_not_a_happening(nlp):  # noqa: F811
    text = "The contract pays for damage caused by a storm or a blaze."
    triggers = event_triggers(nlp, text)
    assert "storm" not in triggers and "blaze" not in triggers


def test_an_agent_describing_the_object_of_a_present_verb_is_a_kind(nlp):  # noqa: F811
    text = "The plan covers damage caused by a blaze in a rented flat."
    assert "blaze" not in event_triggers(nlp, text)
