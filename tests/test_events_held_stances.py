"""A stance held or a condition lived with ("supported the mayor", "opposed the plan",
"disapproved of the book", "suffered from asthma") tells a state, not a happening
(events.held_stances).

Short sentences written for these tests, each after a lead that reports a happening.
"""

from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)

LEAD = "Acme Corp. opened a plant in Lyon on Monday. "


def test_supporting_a_person_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "The plant manager, Jean Dupont, told police he supported the mayor of Lyon."

    assert "support" not in event_triggers(nlp, text)


def test_opposing_a_plan_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "The Lyon Tenants Union strongly opposed the zoning plan."

    assert "oppose" not in event_triggers(nlp, text)


def test_disapproving_of_a_thing_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "Friends said Jean Dupont's father disapproved of the plant in Lyon."

    assert "disapprove" not in event_triggers(nlp, text)


def test_approving_of_a_thing_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "Jean Dupont's family in Lyon did not approve of his new job."

    assert "approve" not in event_triggers(nlp, text)


def test_suffering_from_an_illness_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "In Lyon, Dupont defended the plant, saying its manager suffered from asthma."

    assert "suffer" not in event_triggers(nlp, text)


def test_approving_a_thing_is_still_an_event(nlp):  # noqa: F811
    text = LEAD + "The Lyon city council approved the zoning plan on Tuesday."

    assert "approve" in event_triggers(nlp, text)


def test_suffering_an_injury_is_still_an_event(nlp):  # noqa: F811
    text = LEAD + "A Lyon worker, Jean Dupont, suffered a broken arm at the plant on Tuesday."

    assert "suffer" in event_triggers(nlp, text)


def test_a_plan_supported_by_a_body_is_still_an_event(nlp):  # noqa: F811
    text = LEAD + "The zoning plan was supported by the Lyon city council."

    assert "support" in event_triggers(nlp, text)
