"""A thing reported or cited on a day of its own is an event (events.first_reports): "the
leak was first reported at 7 a.m.", "cited by police in May for speeding". Short sentences
written for these tests.
"""

from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)


def test_a_dated_passive_report_tells_when_a_thing_came_to_notice(nlp):  # noqa: F811
    text = "The smallest, covering 40 acres near Harbor City, was first reported on Monday."

    assert "report" in event_triggers(nlp, text)


def test_a_dated_citation_before_its_clause_is_a_deed(nlp):  # noqa: F811
    text = "Cited by state police in May for speeding, Tom Lee resigned from the board."

    assert "cite" in event_triggers(nlp, text)


def test_an_undated_passive_report_is_background(nlp):  # noqa: F811
    text = "The smallest, covering 40 acres near Harbor City, was reported to the county."

    assert "report" not in event_triggers(nlp, text)


def test_a_report_that_frames_a_clause_is_no_event(nlp):  # noqa: F811
    text = "It was reported on Monday that the mayor of Lyon had resigned."

    assert "report" not in event_triggers(nlp, text)


def test_a_reported_event_noun_keeps_its_own_event(nlp):  # noqa: F811
    text = "The fire at the Lyon mill was first reported on Monday."

    assert "report" not in event_triggers(nlp, text)


def test_a_counted_tally_reported_over_a_period_is_a_statistic(nlp):  # noqa: F811
    text = "Only 186 cases were reported in 2019 across Harbor City."

    assert "report" not in event_triggers(nlp, text)


def test_the_first_cases_reported_on_a_day_came_to_notice_then(nlp):  # noqa: F811
    text = "The first cases were reported on Monday in Harbor City."

    assert "report" in event_triggers(nlp, text)
