"""What "then" follows on, and which named times move a story's narrative.

Sentences are written for the tests; the story was published on Tuesday, 12 September 2023.
"""

import datetime

PUBLISHED = datetime.date(2023, 9, 12)


def test_then_follows_the_point_named_after_the_last_dated_deed(events_of):
    text = (
        "Inspectors from the agency returned to the Varno plant on Monday. "
        "It was the first visit they had been allowed since July 3. "
        "Then the plant's owners stopped giving the inspectors access to the site."
    )

    event = events_of(text)["stop"]

    assert (event.date_start, event.date_precision) == (datetime.date(2023, 7, 3), "day")


def test_later_follows_the_deed_not_a_record_day_named_after_it(events_of):
    text = (
        "Shares of Norvik Corp. fell 9 percent on Monday, the biggest drop since Oct. 19, 1987. "
        "Later, the shares recovered some ground."
    )

    event = events_of(text)["recover"]

    assert (event.date_start, event.date_precision) == (datetime.date(2023, 9, 11), "day")


def test_a_plan_told_with_then_does_not_take_the_day_of_a_past_deed(events_of):
    text = "The balloon lifted off from Varno on Saturday. The crew will then cross the mountains."

    event = events_of(text)["cross"]

    assert event.date_start is None


def test_then_takes_the_time_told_in_its_own_subject(events_of):
    text = (
        "Mira Holt, a geologist, reported traces of salt on the Tessel ridge on Monday. "
        "Then a 2019 study of the ridge found signs of an old lake."
    )

    event = events_of(text)["find"]

    assert (event.date_start, event.date_precision) == (datetime.date(2019, 1, 1), "year")


def test_a_time_before_a_noun_after_the_clause_does_not_date_it(events_of):
    text = (
        "Farmers held a protest in Lenmark. "
        "Supporters of the governor began a march in the town to urge him to run in this "
        "year's election."
    )

    event = events_of(text)["march"]

    assert (event.date_start, event.extra["date_from"]) == (PUBLISHED, "publication")


def test_a_past_deed_told_as_of_recent_days_is_the_reporters_now_not_an_earlier_point(events_of):
    text = (
        "The mayor opened the Varno bridge last month. The dispute over tolls has not ended. "
        "Ana Brel, the governor, entered the dispute in recent days by criticising the mayor."
    )

    event = events_of(text)["enter"]

    assert (event.date_start, event.extra["date_from"]) == (PUBLISHED, "publication")


def test_an_event_noun_takes_the_time_of_the_participle_set_right_after_it(events_of):
    text = (
        "The governor said the state would stop using the scores of the exam taken last "
        "spring to rate teachers."
    )

    event = events_of(text)["exam"]

    assert (event.date_start.year, event.date_precision) == (2023, "year")
