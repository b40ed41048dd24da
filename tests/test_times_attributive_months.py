"""A month name written between a determiner and the noun it dates ("the August death", "a June
agreement") is a month, though March, April, May, June and August are also names and verbs.

The sentences here are written for the tests; the story was published on Saturday, 28 March
2009.
"""

import datetime

import pytest

from tests.extracting import event_of, time_values

PUBLISHED = datetime.date(2009, 3, 28)


@pytest.fixture(scope="module")
def values():
    return time_values(PUBLISHED)


def test_a_month_between_an_article_and_an_event_noun_is_a_month(values):
    text = "Widmer pleaded not guilty to a murder charge in the August death of his wife."

    assert values(text) == [("August", "2008-08")]


def test_a_month_between_an_article_and_a_thing_is_a_month(values):
    text = "The firm sold its stake under a June agreement with a shareholder group."

    assert ("June", "2008-06") in values(text)


def test_a_month_name_before_a_capitalised_name_is_no_month(values):
    assert values("Volunteers joined the March of Dimes and the May Queen parade.") == []


def test_the_modal_after_an_article_is_no_month(values):
    assert values("Officials said the plan may change and the crowd may march.") == []


def test_the_noun_a_month_dates_takes_that_month():
    text = (
        "A pathologist testified Friday in the trial of Ryan Widmer.\n\n"
        "Widmer has pleaded not guilty to a murder charge in the August death of his wife."
    )

    death = event_of(text, "death", PUBLISHED)

    assert (death.date_start, death.date_precision) == (datetime.date(2008, 8, 1), "month")


def test_the_plea_around_the_dated_noun_keeps_the_story_day():
    text = (
        "A pathologist testified Friday in the trial of Ryan Widmer.\n\n"
        "Widmer has pleaded not guilty to a murder charge in the August death of his wife."
    )

    assert event_of(text, "plead", PUBLISHED).date_start != datetime.date(2008, 8, 1)


def test_a_name_before_the_body_it_heads_is_no_month(values):
    assert values("Critics of the May government said the plan had failed.") == []


def test_a_month_name_the_story_gives_a_person_is_no_month(values):
    text = (
        "Prime Minister Theresa May lost a key vote on Tuesday.\n\n"
        "Lawmakers rejected the May deal by 230 votes."
    )

    assert ("May", "2018-05") not in values(text, datetime.date(2019, 1, 16))


def test_a_name_after_a_title_is_no_month(values):
    text = "Ms. June said the June case against the officer was weak."

    assert values(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Johnson promised a break with the May years.",
        "Police said the May twins were arrested at their home.",
        "Prosecutors dropped the June case against the officer.",
        "Lawmakers rejected the May deal.",
    ],
)
def test_a_family_s_or_a_leader_s_noun_after_the_name_is_no_month(values, text):
    assert values(text) == []


@pytest.mark.parametrize("word", ["toward", "against", "through", "across", "into", "past"])
def test_a_preposition_after_the_name_is_no_noun(values, word):
    assert values(f"Thousands joined the March {word} the capitol.") == []


def test_a_paragraph_break_after_the_name_parts_it_from_the_noun(values):
    assert values("The April \n\ndeath was ruled a homicide.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Reed has been charged with murder in the April death of his wife.",
        "The April showers flooded basements across the county.",
    ],
)
def test_a_past_happening_named_by_the_month_ahead_is_last_year_s(values, text):
    assert values(text) == [("April", "2008-04")]


def test_a_planned_happening_named_by_the_month_ahead_is_this_year_s(values):
    assert values("Candidates prepared for the April debate in the capital.") == [
        ("April", "2009-04")
    ]


def test_a_month_naming_the_frame_a_present_act_is_under_is_gone_by(values):
    text = "The bank is still trying to sell itself under a June agreement with a holders group."

    assert ("June", "2008-06") in values(text)


def test_a_month_before_a_planned_noun_in_a_present_clause_stays_ahead(values):
    text = "The parties are preparing for the June election."

    assert ("June", "2009-06") in values(text)


def test_a_month_naming_a_deadline_a_present_act_is_under_stays_ahead(values):
    text = "The bank must sell the unit under a June deadline set by regulators."

    assert ("June", "2009-06") in values(text)


def test_a_month_naming_a_timetable_a_future_act_is_under_stays_ahead(values):
    text = "Talks will resume under the June timetable."

    assert ("June", "2009-06") in values(text)
