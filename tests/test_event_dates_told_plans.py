"""A plan a saying announces with no time of its own ("said it would close the plant") is dated
by the telling: the month of publication, or the past week or month its sentence names
before it. A future in the writer's own voice, or a forecast about someone or something else
than the sayer ("said the storm would make landfall"), stays undated."""

import datetime

from stories.extraction.mentions import EventCandidate
from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)

WEDNESDAY = datetime.date(2023, 9, 13)
SEPTEMBER = (datetime.date(2023, 9, 1), "month")


def _event(nlp, text: str, trigger: str) -> EventCandidate:  # noqa: F811
    return next(e for e in events_of(nlp, text, published=WEDNESDAY) if e.trigger == trigger)


def test_a_plan_an_official_said_she_would_carry_out_falls_in_the_month_of_publication(nlp):  # noqa: F811
    event = _event(nlp, "The mayor said she would close the library.", "close")

    assert (event.date_start, event.date_precision) == SEPTEMBER
    assert event.extra["date_from"] == "told_plan"


def test_a_time_after_the_plan_does_not_date_the_telling(nlp):  # noqa: F811
    text = "The coach said he would rest two players before the final in October."

    event = _event(nlp, text, "rest")

    assert (event.date_start, event.date_precision) == SEPTEMBER


def test_a_plan_told_to_a_named_newspaper_is_dated_like_one_told_to_reporters(nlp):  # noqa: F811
    named = "The senator told the Daily Courier she would resign her seat."
    plain = "The senator told reporters that she would resign her seat."

    dates = [(_event(nlp, t, "resign").date_start, _event(nlp, t, "resign").date_precision)
             for t in (named, plain)]  # fmt: skip

    assert dates == [SEPTEMBER, SEPTEMBER]


def test_a_forecast_about_something_else_than_the_sayer_stays_undated(nlp):  # noqa: F811
    text = "Officials said the storm would make landfall near the coast."

    assert _event(nlp, text, "landfall").date_start is None


def test_a_future_in_the_writers_own_voice_stays_undated(nlp):  # noqa: F811
    event = _event(nlp, "The brewery will close its riverside plant.", "close")

    assert event.date_start is None


def test_a_plan_told_by_a_saying_joined_to_another_verb_is_the_sayers(nlp):  # noqa: F811
    text = "The mayor praised the ruling and said she would appeal the fine."

    event = _event(nlp, text, "appeal")

    assert (event.date_start, event.date_precision) == SEPTEMBER
