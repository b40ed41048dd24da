"""A clause of time in the simple past whose noun subject does something to a noun object
("when a storm flattened the barn") reports a happening of its own, even with no date of its
own (events.timed_deeds); a clause of time without such a deed still needs one."""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)

_LEAD = "The county board met on Monday. Members argued for hours about the budget. "


def _triggers(nlp, sentence: str) -> list[str]:  # noqa: F811
    return [e.trigger for e in events_of(nlp, _LEAD + sentence)]


def test_a_deed_in_a_when_clause_is_reported(nlp):  # noqa: F811
    text = "The mayor says the alarm was silent when a storm flattened the old barn."
    assert "flatten" in _triggers(nlp, text)


def test_a_deed_in_a_before_clause_is_reported(nlp):  # noqa: F811
    text = "Ann Orr testified before the landlord sold the house."
    assert "sell" in _triggers(nlp, text)


def test_a_time_clause_without_an_object_still_needs_a_date(nlp):  # noqa: F811
    text = "The mayor says the alarm was silent when the prosecution rested."
    assert "rest" not in _triggers(nlp, text)
