"""Futures hedged by a likelihood or a condition (events.hedged_futures, events.certainty).

The sentences are written for these tests.
"""

import datetime as dt

from tests.test_events import (  # noqa: F401 (nlp is a fixture)
    PUBLISHED,
    certainty_of_verb,
    event_triggers,
    nlp,
)

_LATER = PUBLISHED + dt.timedelta(days=2)


def test_a_future_weighed_as_likely_is_expected(nlp):  # noqa: F811
    text = "A cold front will likely bring heavy rain to Dalby on Friday."
    assert certainty_of_verb(nlp, text, "bring", _LATER) == "expected"


def test_a_future_under_a_condition_is_speculated(nlp):  # noqa: F811
    text = "Ana Ruiz will leave Dalby if the council passes the new rule."
    assert certainty_of_verb(nlp, text, "leave", None) == "speculated"


def test_a_future_lasting_as_long_as_a_condition_holds_is_speculated(nlp):  # noqa: F811
    text = "Ana Ruiz will stay in Dalby as long as the council keeps the new rule."
    assert certainty_of_verb(nlp, text, "stay", None) == "speculated"


def test_a_plain_future_stays_planned(nlp):  # noqa: F811
    text = "Ana Ruiz will leave Dalby on Friday."
    assert certainty_of_verb(nlp, text, "leave", _LATER) == "planned"


def test_a_reported_would_weighed_as_likely_is_expected(nlp):  # noqa: F811
    text = "The engineer said the repairs on the bridge would likely start in about three weeks."
    assert certainty_of_verb(nlp, text, "start", None) == "expected"


def test_a_reported_would_without_a_likelihood_stays_planned(nlp):  # noqa: F811
    text = "The engineer said the repairs on the bridge would start in about three weeks."
    assert certainty_of_verb(nlp, text, "start", None) == "planned"


def test_an_unreported_would_weighed_as_likely_reports_nothing(nlp):  # noqa: F811
    text = "A higher toll would likely drive trucks off the bridge."
    assert certainty_of_verb(nlp, text, "drive", None) is None


def test_a_deed_told_as_apparent_is_speculated(nlp):  # noqa: F811
    text = "The driver had apparently left the van in the lot before the blast."
    assert certainty_of_verb(nlp, text, "left", None) == "speculated"


def test_a_deed_beside_an_apparent_motive_stays_occurred(nlp):  # noqa: F811
    text = "The mayor dropped the plan in May, apparently fearing a revolt in the council."
    assert certainty_of_verb(nlp, text, "dropped", None) == "occurred"


def test_a_present_state_told_as_apparent_stays_a_description(nlp):  # noqa: F811
    text = "The mayor is apparently joined by two aides who run the housing office."
    assert certainty_of_verb(nlp, text, "joined", None) is None


def test_a_future_told_to_hold_even_if_something_happens_stays_planned(nlp):  # noqa: F811
    text = "The final will be played in Dalby on Friday even if it rains, organisers said."
    assert certainty_of_verb(nlp, text, "played", _LATER) == "planned"


def test_what_even_if_supposes_is_no_event(nlp):  # noqa: F811
    text = "Ana Ruiz will leave Dalby on Friday even if the council passes the new rule."
    assert "pass" not in event_triggers(nlp, text)
