"""The vague past and future, and names that only look like times."""

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


def test_into_the_future_is_the_future(times):
    [mention] = times("The dispute may drag on well into the future.")

    assert (mention.text, mention.value) == ("the future", "FUTURE_REF")


def test_worried_about_the_future_is_the_future(times):
    [mention] = times("Farmers are worried about the future.")

    assert mention.value == "FUTURE_REF"


def test_the_past_followed_by_a_count_is_no_vague_past(times):
    mentions = times("The firm has had losses in the past two quarters.")

    assert "PAST_REF" not in [m.value for m in mentions]


def test_a_capitalised_unit_is_a_title_not_a_week(times):
    mentions = times('The minister, speaking on the "This Week" programme, defended the plan.')

    assert mentions == []


def test_a_half_unit_is_written_in_the_next_smaller_unit(times):
    [mention] = times("Refugees lived in the camps for 2 1/2 years.")

    assert (mention.text, mention.value) == ("2 1/2 years", "P2Y6M")


def test_and_a_half_after_the_unit_belongs_to_the_duration(times):
    [mention] = times("The standing ovation lasted a minute and a half.")

    assert (mention.text, mention.value) == ("a minute and a half", "PT1M30S")


def test_trading_days_are_days(times):
    [mention] = times("The index fell for eight trading days in a row.")

    assert (mention.text, mention.value) == ("eight trading days", "P8D")


def test_a_lone_part_of_day_is_that_part_of_the_day_told_last(times):
    mentions = times("Shares fell on Friday. Dealers placed orders in the morning.")

    assert [(m.text, m.value) for m in mentions][-1] == ("the morning", "2023-09-08TMO")


def test_a_lone_part_of_day_with_nothing_told_before_is_the_publication_days(times):
    [mention] = times("By mid afternoon, the rescue was over.")

    assert (mention.text, mention.value, mention.mod) == ("mid afternoon", "2023-09-12TAF", "MID")


def test_a_part_of_day_before_a_noun_is_no_time(times):
    assert times("She joined the morning news team.") == []


def test_for_the_fiscal_year_is_the_storys_year(times):
    [mention] = times("The loss will lower earnings for the fiscal year.")

    assert (mention.text, mention.value) == ("the fiscal year", "2023")


def test_a_part_of_the_day_written_before_yesterday_belongs_to_it(times):
    [mention] = times("At mid-afternoon yesterday, the shares were up.")

    assert (mention.text, mention.value, mention.mod) == (
        "mid-afternoon yesterday",
        "2023-09-11TAF",
        "MID",
    )


def test_a_month_of_this_year_is_that_month(times):
    mentions = times("The firm tried again as recently as May of this year.")

    assert ("May of this year", "2023-05") in [(m.text, m.value) for m in mentions]
