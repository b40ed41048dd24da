"""A past deed dated only by the narrative takes the year named in a phrase under it
(events.phrase_years).

Short texts written for these tests, read whole.
"""

import datetime as dt

from stories.extraction.analysis import analyse_text

PUBLISHED = dt.date(2024, 3, 6)  # a Wednesday
OPENING = "The mayor of Harbor City opened a new bridge on Monday. "


def years_of(text: str, trigger: str) -> list[int | None]:
    events = analyse_text(text, published=PUBLISHED).events
    return [
        None if event.date_start is None else event.date_start.year
        for event in events
        if event.trigger == trigger
    ]


def test_a_deed_takes_the_year_of_the_happening_it_was_done_during():
    text = OPENING + (
        "The government has relinquished a golden share only once before -- "
        "during a rival's takeover of the firm in 2011."
    )

    assert years_of(text, "relinquish") == [2011]


def test_a_deed_takes_the_year_of_the_clause_it_followed():
    text = OPENING + (
        "The owners closed the Harbor City bakery after lawsuits and inquiries began in late 2015."
    )

    assert years_of(text, "close") == [2015]


def test_a_perfect_with_a_past_year_in_its_own_phrase_takes_that_year():
    text = (
        "The new ad formats have powered online ad spending past all other display "
        "advertising in 2017, according to an analysis from the firm."
    )

    assert years_of(text, "power") == [2017]


def test_a_year_in_a_relative_clause_dates_that_clause_not_the_deed():
    text = OPENING + "The council closed the old Harbor City depot, which the firm bought in 2009."

    assert years_of(text, "close") == [2024]


def test_a_year_a_state_lasts_since_is_no_date_of_the_deed():
    text = OPENING + "The council closed the Harbor City depot, run by the firm since 2009."

    assert years_of(text, "close") == [2024]


def test_a_clause_told_after_a_deed_opened_by_after_bounds_it_by_its_year():
    text = OPENING + (
        "The defendants closed the Harbor City bakery after litigation and inquiries "
        "ensued in late 2015."
    )

    assert years_of(text, "close") == [2015]


def test_a_year_in_a_participle_after_a_thing_dates_the_thing_not_the_deed():
    text = OPENING + "The council closed the Harbor City depot built by the firm in 2009."

    assert years_of(text, "close") == [2024]


def test_a_year_after_a_cause_dates_the_cause_not_the_deed():
    text = OPENING + "Police have arrested a Harbor City man over a shooting in 2019."

    assert years_of(text, "arrest") == [2024]


def test_a_year_after_a_reason_given_with_for_dates_the_reason_not_the_deed():
    text = OPENING + "The Harbor City firm has paid a fine for a spill in 2017."

    assert years_of(text, "pay") == [2024]
