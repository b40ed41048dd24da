"""Present-tense laws and court papers, deadlines under "must", and verdicts told with "find"
(events.instruments, events.certainty, events.verdicts)."""

import datetime as dt

from stories.extraction.analysis import analyse_text
from stories.extraction.events.verdicts import delivers_verdict
from tests.test_events import event_triggers, events_of, nlp  # noqa: F401 (nlp is a fixture)

_PUBLISHED = dt.date(2031, 3, 10)


def test_a_law_acting_on_something_in_the_present_is_an_event(nlp):  # noqa: F811
    events = events_of(nlp, "The new harbor act creates four reserves along the Dunmore coast.")
    assert [(e.trigger, e.certainty) for e in events] == [("create", "occurred")]


def test_a_warrant_charging_someone_in_the_present_is_an_event(nlp):  # noqa: F811
    assert event_triggers(nlp, "The warrant charges Pell with theft of a tractor.") == ["charge"]


def test_an_ordinary_subject_in_the_simple_present_still_describes(nlp):  # noqa: F811
    assert events_of(nlp, "The company creates four products for farmers.") == []


def test_must_with_a_deadline_to_come_is_a_planned_act():
    events = analyse_text("Lane must sign the final bill by March 31.", published=_PUBLISHED).events
    assert [(e.trigger, e.certainty) for e in events] == [("sign", "planned")]


def test_must_without_a_deadline_is_still_a_view():
    assert analyse_text("Lane must sign more bills.", published=_PUBLISHED).events == []


def test_a_jury_finding_someone_guilty_is_an_event(nlp):  # noqa: F811
    text = "On Monday a Dunmore County jury found Tom Pell guilty of theft."
    assert event_triggers(nlp, text) == ["find"]


def test_finding_that_something_is_so_is_no_verdict(nlp):  # noqa: F811
    verb = nlp("Researchers found that tea is good for sleep.")[1]
    assert not delivers_verdict(verb)
