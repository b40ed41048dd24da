"""Findings that are news in themselves (events.findings): a study, a test or officials
establishing a thing or a state, never a frame around a happening."""

from tests.extracting import triggers
from tests.test_events import event_triggers, events_of, nlp  # noqa: F401 (nlp is a fixture)


def test_confirming_a_thing_is_an_event(nlp):  # noqa: F811
    events = events_of(nlp, "A team of astronomers has confirmed traces of ice on the moon.")
    assert [(e.trigger, e.title) for e in events] == [("confirm", "Team confirms traces")]


def test_reporting_a_state_is_an_event(nlp):  # noqa: F811
    events = events_of(nlp, "Norland Ferries reported that the crossing was safe.")
    assert triggers(events) == ["report"]


def test_a_study_finding_what_could_be_is_an_event(nlp):  # noqa: F811
    text = "The study found that the cost could be reduced by a third."
    assert event_triggers(nlp, text) == ["find"]


def test_finding_that_something_happened_leaves_the_happening_the_event(nlp):  # noqa: F811
    text = "Investigators found that the pilot landed in Bergen on Monday."
    assert "find" not in event_triggers(nlp, text)


def test_a_quote_before_the_verb_is_attributed_not_found(nlp):  # noqa: F811
    text = "“The plan is sound,” the statement concluded."
    assert "conclude" not in event_triggers(nlp, text)


def test_the_simple_present_generalises(nlp):  # noqa: F811
    text = "Studies show that sleep is important for the heart."
    assert event_triggers(nlp, text) == []


def test_an_activity_going_on_is_no_finding(nlp):  # noqa: F811
    text = "Dr. Vale was studying how the lungs repair themselves."
    assert "study" not in event_triggers(nlp, text)


def test_a_person_finding_a_thing_came_to_have_it(nlp):  # noqa: F811
    text = "Mara Holt has only found one drawback to the new job."
    assert all(e.extra["class"] != "discover" for e in events_of(nlp, text))


def test_a_scan_showing_a_thing_is_a_finding(nlp):  # noqa: F811
    text = "A scan of his chest showed a pattern of damage in both lungs."
    assert event_triggers(nlp, text) == ["show"]


def test_a_finding_someone_reports_is_their_content(nlp):  # noqa: F811
    text = "Tom Lee said the board had concluded the plan was legal."
    assert "conclude" not in event_triggers(nlp, text)


def test_the_writer_finding_is_no_event(nlp):  # noqa: F811
    text = "We found that the service was slow."
    assert event_triggers(nlp, text) == []


def test_a_trend_going_on_is_a_state_a_finding_states(nlp):  # noqa: F811
    text = "The survey showed that unemployment is falling."
    assert event_triggers(nlp, text) == ["show"]


def test_a_team_finding_its_rhythm_came_to_have_it(nlp):  # noqa: F811
    text = "The team found its rhythm in the second half on Sunday."
    assert all(e.extra["class"] != "discover" for e in events_of(nlp, text))


def test_finding_no_evidence_says_so_in_the_title(nlp):  # noqa: F811
    (event,) = events_of(nlp, "The report found no evidence of fraud.")
    assert event.title == "Report finds no evidence"
