"""A clause of "with" and a present participle ("with a front reaching the hills Sunday") happens in
the time of the verb it hangs on: a forecast's is ahead, a narrated past's behind.

The sentences here are written for the tests (published Tuesday 12 September 2023).
"""

import datetime

import pytest

from stories.extraction.nlp import get_nlp
from stories.extraction.times.find import TimeMention, find_times

TUESDAY = datetime.date(2023, 9, 12)


@pytest.fixture(scope="module")
def times():
    nlp = get_nlp()

    def run(text: str) -> list[TimeMention]:
        return find_times(text, published=TUESDAY, doc=nlp(text))

    return run


def value_of(mentions: list[TimeMention], text: str) -> str | None:
    return next(m.value for m in mentions if m.text == text)


def test_an_absolute_clause_under_a_forecast_looks_ahead(times):
    text = "The snow should stop by Wednesday evening, with a second front due late Friday."

    assert value_of(times(text), "late Friday").startswith("2023-09-15")


def test_an_absolute_clause_under_a_past_looks_back(times):
    text = "The ferry sailed on Friday, with a sister ship leaving Sunday."

    assert value_of(times(text), "Sunday") == "2023-09-10"
