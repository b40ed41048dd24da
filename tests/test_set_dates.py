"""A date straight after a bare scheduling participle ("graduation set June 6") is the date
that was set, still ahead of the telling; a participle with its auxiliary, or another verb
built on "set" ("set up"), tells when the deed was done.

The sentences here are written for the tests.
"""

import datetime

import pytest

from stories.extraction.nlp import get_nlp
from stories.extraction.times.find import TimeMention, find_times

PUBLISHED = datetime.date(2011, 2, 10)


@pytest.fixture(scope="module")
def times():
    nlp = get_nlp()

    def run(text: str) -> list[TimeMention]:
        return find_times(text, published=PUBLISHED, doc=nlp(text))

    return run


def value_of(mentions: list[TimeMention], text: str) -> str | None:
    return next(m.value for m in mentions if m.text == text)


def test_a_headline_date_after_set_is_the_coming_one(times):
    text = "Spring fair set April 9 if weather allows. The town fair returns to Elm Park."

    assert value_of(times(text), "April 9") == "2011-04-09"


def test_a_date_after_scheduled_in_a_reduced_relative_is_the_coming_one(times):
    text = "The last vote on the budget, scheduled May 4, will decide the matter."

    assert value_of(times(text), "May 4") == "2011-05-04"


def test_a_date_after_a_setting_told_with_its_auxiliary_is_the_setting_day(times):
    text = "Bail was set May 4 at $5,000 for the driver."

    assert value_of(times(text), "May 4") == "2010-05-04"


def test_a_date_after_set_up_is_the_day_it_was_done(times):
    text = "A relief fund set up May 4 has raised $9,000 for the families."

    assert value_of(times(text), "May 4") == "2010-05-04"


def test_a_date_after_a_sum_set_at_is_the_day_it_was_fixed(times):
    text = "Bond, set May 4 at $20,000, was paid by his brother, the sheriff said."

    assert value_of(times(text), "May 4") == "2010-05-04"
