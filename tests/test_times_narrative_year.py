"""A month or date written without its year, in a past narrative set in an earlier year, is that
year's (stories.extraction.times.narrative_year).

The sentences here are written for the tests; the story was published on 18 November 2019.
"""

import datetime

import pytest

from stories.extraction.nlp import get_nlp
from stories.extraction.times.find import TimeMention, find_times

PUBLISHED = datetime.date(2019, 11, 18)


@pytest.fixture(scope="module")
def values():
    nlp = get_nlp()

    def run(text: str) -> dict[str, str | None]:
        found: list[TimeMention] = find_times(text, published=PUBLISHED, doc=nlp(text))
        return {m.text: m.value for m in found}

    return run


def test_a_yearless_past_month_after_a_written_month_takes_its_year(values):
    text = "He visited his doctor in November 2016. But by December, his symptoms worsened."

    assert values(text)["December"] == "2016-12"


def test_a_yearless_past_date_after_a_written_date_takes_its_year(values):
    text = "On May 22, 1995, Farkas was made a general. He was sworn in on June 3."

    assert values(text)["June 3"] == "1995-06-03"


def test_a_month_before_the_written_one_keeps_the_publication_year(values):
    text = "The plant closed in November 2017. Workers had protested in March."

    assert values(text)["March"] == "2019-03"


def test_a_span_edge_sets_no_year_for_the_narrative(values):
    text = "Duties have applied since July 2013. Data released in August showed a rise."

    assert values(text)["August"] == "2019-08"


def test_a_thing_dated_with_its_year_sets_no_year_for_the_narrative(values):
    text = "He rejected the August 1988 cease-fire terms. Iraq invaded Kuwait on Aug. 2."

    assert values(text)["Aug. 2"] == "2019-08-02"


def test_a_time_in_between_moves_the_narrative_on(values):
    text = (
        "On May 22, 1995, he was promoted, and the following year he moved. "
        "He was cited in December."
    )

    assert values(text)["December"] == "2018-12"


def test_a_yearless_month_told_in_the_future_keeps_its_tense_reading(values):
    text = "The plant opened in November 2016. It will close in December."

    assert values(text)["December"] == "2019-12"


def test_a_yearless_date_takes_the_year_written_earlier_in_its_sentence(values):
    text = (
        "He built his whole 2016 season around the cup -- above all after he was hurt "
        "at an October 4 match."
    )

    assert values(text)["October 4"] == "2016-10-04"


def test_a_year_in_the_sentence_before_does_not_own_a_yearless_date(values):
    text = "The mill first opened in 2016. Workers were seen marching at an October 4 parade."

    assert values(text)["October 4"] == "2019-10-04"


def test_a_yearless_span_edge_keeps_its_own_year_despite_a_year_in_its_sentence(values):
    text = "Under a plan adopted in 2016, the fund had bought 300 shares through Oct. 4."

    assert values(text)["through Oct. 4"] == "2019-10-04"


def test_a_yearless_month_takes_the_year_written_earlier_in_its_sentence(values):
    text = "The 2016 race is remembered for the debate in October."

    assert values(text)["October"] == "2016-10"


def test_a_model_year_sets_no_year_for_a_yearless_date_in_its_sentence(values):
    text = "She was driving a 2004 Subaru Outback that deputies pulled over on Oct. 30."

    assert values(text)["Oct. 30"] == "2019-10-30"


def test_a_year_after_the_not_before_a_make_still_sets_the_sentence_year(values):
    text = "He missed most of the 2014 season after he was hurt in a match on June 9."

    assert values(text)["June 9"] == "2014-06-09"


def test_a_year_before_a_named_event_noun_still_sets_the_sentence_year(values):
    # "a 2016 Senate vote" dates a happening, not a make: its yearless date is that year's.
    text = "The bill failed in a 2016 Senate vote on March 3, when only 40 members backed it."

    assert values(text)["March 3"] == "2016-03-03"
