"""A bare gerund after a verb of beginning, going on or ending ("will begin withdrawing on
Friday") has that verb's time: its weekday or month is found in the aspectual verb's direction.
A gerund under another verb ("remembers meeting him on Friday") is not lent that verb's tense.

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


def test_a_gerund_after_a_future_beginning_looks_ahead(times):
    text = "The army chief said his units will begin leaving the border towns on Friday."

    assert value_of(times(text), "Friday") == "2023-09-15"


def test_a_gerund_after_an_expected_start_takes_the_coming_month(times):
    text = "The new wind farm is expected to start selling power in March."

    assert value_of(times(text), "March") == "2024-03"


def test_a_gerund_after_a_past_stopping_looks_back(times):
    text = "The refinery stopped shipping diesel on Friday."

    assert value_of(times(text), "Friday") == "2023-09-08"


def test_a_gerund_under_a_verb_of_memory_is_not_lent_its_tense(times):
    text = "The witness says she remembers seeing the van on Friday."

    assert value_of(times(text), "Friday") == "2023-09-08"
