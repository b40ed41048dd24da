"""A count kept low by "just"/"only" over a stretch of time is a tally, not a happening
(events.tallies).

Short sentences written for these tests, each after a lead that reports a happening.
"""

from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)

LEAD = "Acme Corp. opened a plant in Lyon on Monday. "


def test_winning_just_a_few_games_this_season_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "The Lyon side has won just three games this season."

    assert "win" not in event_triggers(nlp, text)


def test_scoring_only_once_in_a_long_stretch_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "The striker had scored only once in a twelve-game stretch."

    assert "score" not in event_triggers(nlp, text)


def test_buying_only_a_handful_this_year_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "Rival firms have bought only a handful of local mills this year."

    assert "buy" not in event_triggers(nlp, text)


def test_a_count_without_a_limiting_word_is_still_an_event(nlp):  # noqa: F811
    text = LEAD + "The Lyon side won three games in Paris last week."

    assert "win" in event_triggers(nlp, text)


def test_doing_something_only_once_before_is_still_an_event(nlp):  # noqa: F811
    text = LEAD + "The state sold its stake only once before, in Lyon in 1987."

    assert "sell" in event_triggers(nlp, text)


def test_a_low_monthly_figure_last_month_is_still_an_event(nlp):  # noqa: F811
    text = LEAD + "Local builders added just 900 jobs last month, the agency said."

    assert "add" in event_triggers(nlp, text)


def test_a_party_winning_few_seats_this_year_is_still_an_event(nlp):  # noqa: F811
    text = LEAD + "The Green Party won just four seats this year, down from ten."

    assert "win" in event_triggers(nlp, text)


def test_a_year_counted_up_to_now_is_a_tally(nlp):  # noqa: F811
    text = LEAD + "The Lyon firm has shipped only two turbines this year."

    assert "ship" not in event_triggers(nlp, text)
