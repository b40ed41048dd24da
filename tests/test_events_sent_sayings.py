"""A dated letter or filing that only carries a saying is the deed told (events.sent_sayings)."""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def _triggers(events):
    return {e.trigger for e in events}


def test_a_letter_sent_on_a_day_that_a_saying_came_in_is_an_event(nlp):  # noqa: F811
    text = (
        "The budget shortchanges special education, the coalition said in a letter sent on "
        "Monday to the governor and state lawmakers."
    )
    assert "send" in _triggers(events_of(nlp, text))


def test_a_motion_filed_on_a_day_that_an_argument_came_in_is_an_event(nlp):  # noqa: F811
    text = "The suit has no merit, the city wrote in a motion filed on Friday with the court."
    assert "file" in _triggers(events_of(nlp, text))


def test_a_letter_sent_without_a_day_that_a_saying_came_in_is_no_event(nlp):  # noqa: F811
    text = "The budget is unfair, the coalition said in a letter sent to state lawmakers."
    assert "send" not in _triggers(events_of(nlp, text))


def test_a_letter_that_carries_a_deed_other_than_saying_is_no_event(nlp):  # noqa: F811
    text = "The mayor asked residents for patience in a letter sent on Monday to every household."
    assert "send" not in _triggers(events_of(nlp, text))


def test_a_letter_that_carries_an_order_told_is_no_event(nlp):  # noqa: F811
    text = "The mayor told residents in a letter sent on Monday to stay indoors."
    assert "send" not in _triggers(events_of(nlp, text))


def test_a_complaint_filed_beside_the_suit_it_brings_is_one_event(nlp):  # noqa: F811
    text = "The union sued the firm on Friday, it said in a complaint filed on Friday."
    triggers = _triggers(events_of(nlp, text))
    assert "sue" in triggers and "file" not in triggers
