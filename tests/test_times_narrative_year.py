"""A yearless month carries on the earlier year a story is told in, and only then."""

import datetime

import pytest

from stories.extraction.nlp import get_nlp
from stories.extraction.times.find import TimeMention, find_times

PUBLISHED = datetime.date(2023, 9, 12)


@pytest.fixture(scope="module")
def times():
    nlp = get_nlp()

    def run(text: str) -> list[TimeMention]:
        return find_times(text, published=PUBLISHED, doc=nlp(text))

    return run


def value_of(mentions: list[TimeMention], text: str) -> str | None:
    return next(m.value for m in mentions if m.text == text)


def test_a_yearless_month_after_a_dated_month_of_an_earlier_year_continues_that_year(times):
    text = "The farmer first fell ill in November 2019. By December, his cough had worsened."

    assert value_of(times(text), "December") == "2019-12"


def test_a_bare_earlier_year_sets_no_narrative_month(times):
    text = "The mill was sold in 2019. The new owners hired staff in March."

    assert value_of(times(text), "March") == "2023-03"


def test_a_time_that_bounds_a_state_sets_no_narrative_month(times):
    text = "Tariffs have applied since July 2013. Installations rose in August."

    assert value_of(times(text), "August") == "2023-08"


def test_a_date_written_before_a_noun_sets_no_narrative_month(times):
    text = "The rivals signed the August 2019 truce. Talks resumed in March."

    assert value_of(times(text), "March") == "2023-03"


def test_a_future_clause_keeps_the_publication_reading(times):
    text = "The farmer first fell ill in November 2019. He will see a specialist in December."

    assert value_of(times(text), "December") == "2023-12"


def test_later_counts_from_the_story_time_however_far_back_it_was_named(times):
    filler = "The doctors ran many tests and tried several treatments. " * 10
    text = f"The farmer fell ill in November 2019. {filler}A year later he was well again."

    assert value_of(times(text), "A year later") == "2020-11"
