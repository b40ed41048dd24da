"""A place inside a departure's "for"/"to" phrase ("left for talks in X") is where the traveller
is bound, not where the leaving was, nor the scene of its sentence (events.bound_for).

Short texts written for these tests; places arrive resolved, as in test_event_placing.
"""

import pytest

from stories.extraction.events import place_rules
from stories.extraction.nlp import get_nlp
from tests.test_event_placing import placed_events, where


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def _departure(events):
    return next(e for e in events if e.extra.get("class") == "depart")


_TALKS = "LYON, France (AP) — The envoy left on Monday for talks in Paris."
_CONSULTATIONS = (
    "LYON, France (AP) — The envoy left on Monday for consultations with the governments of "
    "Norland."
)


def test_a_place_of_the_talks_a_departure_is_bound_for_is_not_where_it_left(nlp):
    left = _departure(placed_events(nlp, _TALKS))

    assert where(left)[0] != "Paris"


def test_a_country_whose_leaders_a_departure_goes_to_consult_is_not_where_it_left(nlp):
    left = _departure(placed_events(nlp, _CONSULTATIONS))

    assert where(left)[0] != "Norland"


def test_without_the_rule_the_talks_place_a_departure_is_bound_for_places_it(nlp, monkeypatch):
    monkeypatch.setattr(place_rules, "ENABLED", place_rules.ENABLED - {"bound for"})

    left = _departure(placed_events(nlp, _TALKS))

    assert where(left) == ("Paris", "clause")


def test_a_departure_keeps_the_place_it_leaves(nlp):
    text = "The envoy left Lyon on Monday for talks in Paris."

    left = _departure(placed_events(nlp, text))

    assert where(left) == ("Lyon", "clause")


def test_a_place_in_a_reason_for_fleeing_is_no_destination(nlp):
    text = (
        "LYON, France (AP) — Thousands of residents fled on Monday for fear of more shelling "
        "in Paris."
    )

    fled = next(e for e in placed_events(nlp, text) if e.trigger == "flee")

    assert where(fled) == ("Paris", "clause")


def test_a_departure_bound_for_talks_abroad_stays_at_the_dateline(nlp):
    left = _departure(placed_events(nlp, _TALKS))

    assert where(left) == ("Lyon", "dateline")


def test_without_the_rule_the_destination_bars_the_dateline(nlp, monkeypatch):
    monkeypatch.setattr(place_rules, "ENABLED", place_rules.ENABLED - {"destinations stay"})

    left = _departure(placed_events(nlp, _TALKS))

    assert where(left) == (None, None)


def test_a_meeting_after_leaving_for_the_talks_place_is_not_at_the_dateline(nlp):
    text = "LYON, France (AP) — The envoy left for Paris on Monday and met the president Tuesday."

    met = next(e for e in placed_events(nlp, text) if e.trigger == "meet")

    assert where(met)[0] != "Lyon"


def test_a_meeting_after_leaving_for_talks_abroad_is_not_at_the_dateline(nlp):
    text = (
        "LYON, France (AP) — The envoy left Monday for talks in Paris and met the president on "
        "Tuesday."
    )

    met = next(e for e in placed_events(nlp, text) if e.trigger == "meet")

    assert where(met)[0] != "Lyon"


def test_an_arrest_of_people_who_fled_abroad_is_not_at_the_dateline(nlp):
    text = "LYON, France (AP) — Hundreds of migrants fled to Paris and were detained by police."

    detained = next(e for e in placed_events(nlp, text) if e.trigger == "detain")

    assert where(detained)[0] != "Lyon"
