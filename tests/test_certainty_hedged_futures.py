"""Futures hedged by a likelihood or a condition (events.hedged_futures, events.certainty).

The sentences are written for these tests.
"""

import datetime as dt

from tests.test_events import PUBLISHED, certainty_of_verb, nlp  # noqa: F401 (nlp is a fixture)

_LATER = PUBLISHED + dt.timedelta(days=2)


def test_a_future_weighed_as_likely_is_expected(nlp):  # noqa: F811
    text = "A cold front will likely bring heavy rain to Dalby on Friday."
    assert certainty_of_verb(nlp, text, "bring", _LATER) == "expected"


def test_a_future_under_a_condition_is_speculated(nlp):  # noqa: F811
    text = "Ana Ruiz will leave Dalby if the council passes the new rule."
    assert certainty_of_verb(nlp, text, "leave", None) == "speculated"


def test_a_plain_future_stays_planned(nlp):  # noqa: F811
    text = "Ana Ruiz will leave Dalby on Friday."
    assert certainty_of_verb(nlp, text, "leave", _LATER) == "planned"
