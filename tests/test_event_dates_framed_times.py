"""A time written in a phrase that names another thing than the clause's happening does not
date the clause: a frame the act is done under ("Under the 2015 agreement, Iran limited …")
and the happening a verb calls off or moves ("canceled the May 9 elections").

Sentences are written for the tests; the story was published on Tuesday, 12 September 2023.
"""

import datetime

from stories.extraction.events.framed_times import dates_a_called_off_happening, in_a_frame

PUBLISHED = datetime.date(2023, 9, 12)


def test_a_year_in_an_under_phrase_dates_the_frame():
    text = "Under the 2015 agreement, Iran limited its enrichment."

    assert in_a_frame(text.index("2015"), text)


def test_a_year_in_an_in_phrase_is_no_frame():
    text = "In the 2015 season, the club won the league."

    assert not in_a_frame(text.index("2015"), text)


def test_an_act_under_a_dated_frame_takes_no_date_from_it(events_of):
    text = "Under the 2015 agreement, Iran limited its enrichment of uranium, officials said."

    assert events_of(text)["limit"].date_start == PUBLISHED


def test_an_act_under_a_dated_frame_keeps_its_own_day(events_of):
    text = "Under the 2015 agreement, Iran limited its enrichment on Monday, officials said."

    assert events_of(text)["limit"].date_start == datetime.date(2023, 9, 11)


def test_an_owner_time_right_after_under_dates_the_frame():
    text = "Under last year's deal, Iran limited its enrichment."
    start = text.index("last year")

    assert in_a_frame(start, text, start + len("last year"))


def test_an_act_under_an_owner_dated_frame_takes_no_date_from_it(events_of):
    text = "Under last year's deal, Iran limited its enrichment of uranium, officials said."

    assert events_of(text)["limit"].date_start == PUBLISHED


def test_a_date_before_a_called_off_happening_dates_that_happening():
    text = "Officials canceled the May 9 general elections."
    start = text.index("May 9")

    assert dates_a_called_off_happening(start, start + len("May 9"), text)


def test_an_owner_day_of_a_postponed_happening_dates_that_happening():
    text = "The league postponed Saturday's game."
    start = text.index("Saturday")

    assert dates_a_called_off_happening(start, start + len("Saturday"), text)


def test_a_bare_day_after_a_cancelling_verb_is_the_verb_s_own():
    text = "The league canceled Tuesday the game against the Jets."
    start = text.index("Tuesday")

    assert not dates_a_called_off_happening(start, start + len("Tuesday"), text)


def test_cancelling_a_dated_happening_takes_no_date_from_it(events_of):
    text = "Officials canceled the May 9 general elections, the mayor said."

    assert events_of(text)["cancel"].date_start == PUBLISHED


def test_a_plan_under_a_frame_takes_no_date_from_the_frame_s_participle(events_of):
    text = "Under the deal signed Monday, the firm will cut 300 jobs."

    cut = events_of(text).get("cut")

    assert cut is None or cut.date_start != datetime.date(2023, 9, 11)


def test_a_day_in_a_scheduling_participle_on_a_cancelled_thing_dates_that_thing():
    text = "Officials canceled the game, scheduled for Saturday."
    start = text.index("Saturday")

    assert dates_a_called_off_happening(start, start + len("Saturday"), text)


def test_a_cancelling_is_not_dated_by_the_day_its_thing_was_set_for(events_of):
    text = "Officials canceled the game, scheduled for Saturday, because of the storm."

    assert events_of(text)["cancel"].date_start == PUBLISHED


def test_a_calling_off_keeps_its_own_day_beside_the_day_its_thing_was_set_for(events_of):
    text = "Officials on Monday canceled the concert, set for Saturday, because of the storm."

    assert events_of(text)["cancel"].date_start == datetime.date(2023, 9, 11)


def test_an_owner_day_of_a_pushed_back_happening_dates_that_happening():
    text = "The league pushed back Saturday's game to Monday."
    start = text.index("Saturday")

    assert dates_a_called_off_happening(start, start + len("Saturday"), text)


def test_a_postponing_is_not_dated_by_the_new_day_of_the_thing_it_moves(events_of):
    text = "The league postponed Saturday's game until Monday."

    assert events_of(text)["postpone"].date_start == PUBLISHED


def test_a_bare_day_after_a_passive_postponing_is_the_postponing_s_own(events_of):
    text = "The game was postponed Saturday because of the storm."

    assert events_of(text)["postpone"].date_start == datetime.date(2023, 9, 9)


def test_a_day_set_for_a_called_off_thing_is_not_the_next_day_told(events_of):
    text = "The school called off the trip, slated for Friday."

    assert events_of(text)["call off"].date_start == PUBLISHED
