"""A passive "report" with a noun subject and no reported clause records that its subject's
happening took place (events.reported_happenings)."""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def _reports(events):
    return [e for e in events if e.trigger == "report"]


def test_counted_cases_reported_in_a_county_are_a_happening(nlp):  # noqa: F811
    text = "212 cases of measles were reported across Harlan County."
    (event,) = _reports(events_of(nlp, text))
    assert event.certainty == "occurred"
    assert "cases" in event.title.lower()


def test_a_blaze_reported_at_an_hour_is_told_by_its_own_noun(nlp):  # noqa: F811
    text = "A small blaze in the barn was reported at about 6 a.m. on Sunday."
    events = events_of(nlp, text)
    assert _reports(events) == []
    assert [e.trigger for e in events] == ["blaze"]


def test_counted_cases_reported_over_a_time_are_a_statistic(nlp):  # noqa: F811
    text = "Last spring, 212 cases of measles were reported across Harlan County."
    assert _reports(events_of(nlp, text)) == []


def test_nothing_reported_is_no_happening(nlp):  # noqa: F811
    text = "The storm flattened two sheds on Sunday, but no injuries were reported."
    assert _reports(events_of(nlp, text)) == []


def test_a_report_of_a_clause_stays_a_saying(nlp):  # noqa: F811
    text = "It was reported on Sunday that the mill would close."
    assert _reports(events_of(nlp, text)) == []


def test_a_person_reported_missing_is_not_taken_here(nlp):  # noqa: F811
    text = "The hiker was reported missing by his brother on Sunday."
    assert _reports(events_of(nlp, text)) == []


def test_a_report_inside_what_is_confirmed_is_left_to_the_confirming(nlp):  # noqa: F811
    text = "Officials confirmed on Sunday that a case of the illness had been reported."
    assert _reports(events_of(nlp, text)) == []
