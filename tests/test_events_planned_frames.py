"""A frame verb under a governor of plan takes the plan's tense and subject
(events.planned_frames): "is scheduled to appear in court on April 7" is a court appearance."""

from tests.extracting import frames_of
from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def test_being_scheduled_to_appear_in_court_is_a_planned_hearing(nlp):  # noqa: F811
    text = "John Tate, 34, of Dover, is scheduled to appear in Kent County Court on Tuesday."
    assert frames_of(nlp, text) == [("appear in court", "trial")]
    events = events_of(nlp, text)
    assert [e.certainty for e in events] == ["planned"]


def test_being_due_to_appear_in_court_takes_the_tense_of_its_is(nlp):  # noqa: F811
    text = "John Tate, 34, of Dover, is due to appear in Kent County Court on Tuesday."
    assert frames_of(nlp, text) == [("appear in court", "trial")]


def test_a_board_set_to_hear_an_appeal_plans_a_hearing(nlp):  # noqa: F811
    assert frames_of(nlp, "The board is set to hear the appeal on Thursday.") == [("hear", "trial")]


def test_wanting_to_appear_in_court_is_no_plan_of_a_hearing(nlp):  # noqa: F811
    assert frames_of(nlp, "John Tate wants to appear in court on Tuesday.") == []


def test_a_man_described_as_scheduled_to_appear_tells_no_hearing(nlp):  # noqa: F811
    text = "John Tate, scheduled to appear in court on Tuesday, was released."
    assert frames_of(nlp, text) == []
