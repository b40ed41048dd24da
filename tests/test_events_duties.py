"""Duties and permissions ahead with no time of their own (events.duties): terms, not events.

Short texts written for these tests.
"""

from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)

LEAD = "The county lifted its burn ban in Brenmoor on Monday. "


def test_a_permission_ahead_without_a_time_is_no_event(nlp):  # noqa: F811
    text = LEAD + "Farmers in Tarrow will now be allowed to pile brush in their fields."

    assert "pile" not in event_triggers(nlp, text)


def test_an_obligation_ahead_without_a_time_is_no_event(nlp):  # noqa: F811
    text = LEAD + "Residents of Tarrow will be required to obtain a permit from the county."

    assert "obtain" not in event_triggers(nlp, text)


def test_a_permission_with_a_day_of_its_own_is_kept(nlp):  # noqa: F811
    text = LEAD + "Farmers in Tarrow will be allowed to pile brush at the fairground on Saturday."

    assert "pile" in event_triggers(nlp, text)


def test_a_happening_allowed_ahead_is_judged_as_before(nlp):  # noqa: F811
    text = LEAD + "Evacuated families in Tarrow will be allowed to return to their homes."

    assert "return" in event_triggers(nlp, text)
