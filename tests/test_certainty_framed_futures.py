"""Futures framed by a likelihood or by an outside report (events.framed_futures,
events.certainty).

The sentences are written for these tests.
"""

import datetime as dt

from tests.test_events import (  # noqa: F401 (nlp is a fixture)
    PUBLISHED,
    certainty_of_verb,
    nlp,
)

_LATER = PUBLISHED + dt.timedelta(days=20)


def test_a_future_judged_certain_is_expected(nlp):  # noqa: F811
    text = "It is virtually assured that regulators will close the trout season again this year."
    assert certainty_of_verb(nlp, text, "close", None) == "expected"


def test_a_future_judged_likely_is_expected(nlp):  # noqa: F811
    text = "It is likely that the council will approve the new budget next week."
    assert certainty_of_verb(nlp, text, "approve", None) == "expected"


def test_a_future_reported_by_an_outsider_is_expected(nlp):  # noqa: F811
    text = "A sports columnist has reported that the league will fine Ana Ruiz for her role."
    assert certainty_of_verb(nlp, text, "fine", None) == "expected"


def test_a_future_the_actor_reports_of_itself_stays_planned(nlp):  # noqa: F811
    text = "The company reported that it will close the plant in Dalby."
    assert certainty_of_verb(nlp, text, "close", None) == "planned"


def test_a_future_said_by_a_spokesman_stays_planned(nlp):  # noqa: F811
    text = "A spokesman said that the league will fine Ana Ruiz for her role."
    assert certainty_of_verb(nlp, text, "fine", None) == "planned"


def test_a_future_promised_to_someone_stays_planned(nlp):  # noqa: F811
    text = "The king assured him that the country will close the port to most trade."
    assert certainty_of_verb(nlp, text, "close", None) == "planned"
