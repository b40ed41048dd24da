"""Futures told by forecasters (events.forecasts, events.certainty).

The sentences are written for these tests.
"""

import datetime as dt

from tests.test_events import PUBLISHED, certainty_of_verb, nlp  # noqa: F401 (nlp is a fixture)

_LATER = PUBLISHED + dt.timedelta(days=2)


def test_a_future_a_weather_service_tells_is_expected(nlp):  # noqa: F811
    text = "Saturday will start cloudy over the hills, the weather service said."
    assert certainty_of_verb(nlp, text, "start", _LATER) == "expected"


def test_a_future_forecasters_tell_is_expected(nlp):  # noqa: F811
    text = "Forecasters said a second storm will reach the coast on Saturday."
    assert certainty_of_verb(nlp, text, "reach", _LATER) == "expected"


def test_a_future_an_official_tells_stays_planned(nlp):  # noqa: F811
    text = "The mayor said the new bridge will open on Saturday."
    assert certainty_of_verb(nlp, text, "open", _LATER) == "planned"


def test_a_past_a_weather_service_tells_stays_occurred(nlp):  # noqa: F811
    text = "The weather service said two feet of snow had fallen in the hills."
    assert certainty_of_verb(nlp, text, "fallen", None) == "occurred"


def test_a_forecast_happening_in_a_with_phrase_is_expected(nlp):  # noqa: F811
    text = "Rain should ease Friday, with a cold front arriving Saturday, forecasters said."
    assert certainty_of_verb(nlp, text, "arriving", _LATER) == "expected"


def test_a_dated_happening_an_official_tells_in_a_with_phrase_stays_planned(nlp):  # noqa: F811
    text = "The bridge will open on Friday, with the mayor arriving Saturday, officials said."
    assert certainty_of_verb(nlp, text, "arriving", _LATER) == "planned"
