"""Help given or received with no time of its own (events.assistance): credit, not an event.

Short texts written for these tests.
"""

from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)

LEAD = "Deputies arrested a Tarrow man on Monday in the theft of a tractor. "


def test_help_received_from_the_public_is_no_event(nlp):  # noqa: F811
    text = LEAD + "The sheriff's office received help from the public and two neighboring towns."

    assert "receive" not in event_triggers(nlp, text)


def test_a_concrete_thing_received_is_judged_as_before(nlp):  # noqa: F811
    text = LEAD + "The sheriff's office received a stolen trailer from the neighboring town."

    assert "receive" in event_triggers(nlp, text)


def test_help_received_on_a_day_of_its_own_is_kept(nlp):  # noqa: F811
    text = LEAD + "The sheriff's office received help from the public on Tuesday."

    assert "receive" in event_triggers(nlp, text)
