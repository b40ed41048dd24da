"""A number after a holiday is its year only when it counts nothing (times.rules_holidays).

The sentences here are written for the tests; the story was published on 23 March 2009.
"""

import datetime

import pytest

from stories.extraction.nlp import get_nlp
from stories.extraction.times.find import find_times

PUBLISHED = datetime.date(2009, 3, 23)


@pytest.fixture(scope="module")
def values():
    nlp = get_nlp()

    def run(text: str) -> list[tuple[str, str | None]]:
        return [(m.text, m.value) for m in find_times(text, published=PUBLISHED, doc=nlp(text))]

    return run


def test_a_number_counting_the_noun_after_a_holiday_is_no_year(values):
    text = "Prices in Norfield have risen since Christmas 2000 people said."
    assert values(text) == [("Christmas", "2008-12-25")]


def test_a_year_before_a_verb_is_still_the_holidays_year(values):
    text = "The fair in Brenton on Labor Day 2007 drew crowds."
    assert values(text) == [("Labor Day 2007", "2007-09-03")]


def test_a_year_before_a_preposition_is_still_the_holidays_year(values):
    text = "Tom Lee left Harbor City on Christmas 2006 in a storm."
    assert values(text) == [("Christmas 2006", "2006-12-25")]
