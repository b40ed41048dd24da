"""Dates a clause's neighbouring sentence gives it (events.neighbour_dates) and a deed told
as done in the grammar of what is to come (events.announced_deeds).

Sentences are written for the tests; the story was published on Wednesday, 13 September 2023.
"""

import datetime

from stories.extraction.analysis import analyse_text
from tests.extracting import event_of

PUBLISHED = datetime.date(2023, 9, 13)


def test_a_plan_after_a_sentence_naming_its_coming_day_takes_that_day():
    text = (
        "The Harwick Hawks lost their coach in a car crash last week.\n\n"
        "The coach will do what he can when the Hawks take the court Friday night. "
        "The Hawks will start the game with only four players."
    )

    event = event_of(text, "start", PUBLISHED)

    assert (event.date_start, event.extra["date_from"]) == (
        datetime.date(2023, 9, 15),
        "plan_carried",
    )


def test_a_plan_takes_no_day_the_sentence_before_tells_a_past_saying_on():
    text = (
        "The Harwick council voted on Tuesday to close the quarry road.\n\n"
        "Mayor Ann Lee praised the vote on Wednesday. "
        "The Harwick council will press Dunmore for a new bridge over the river."
    )

    event = event_of(text, "press", PUBLISHED)

    assert event.date_start is None


def test_a_perfect_down_the_story_takes_the_past_day_its_account_opens_on():
    text = (
        "A Norfield woman accused of poisoning her neighbour appeared in court on Monday.\n\n"
        "Her lawyer said a deal was possible.\n\n"
        "Ann Marlow has rejected one plea agreement. On June 4, the prosecutor offered her "
        "a lesser charge."
    )

    event = event_of(text, "reject", PUBLISHED)

    assert (event.date_start, event.extra["date_from"]) == (
        datetime.date(2023, 6, 4),
        "elaborated",
    )


def test_a_perfect_in_the_lead_stays_the_news_of_the_day():
    text = (
        "Police have arrested a Norfield man in the killing of a shopkeeper. "
        "On June 4, the shopkeeper was found dead behind his counter."
    )

    event = event_of(text, "arrest", PUBLISHED)

    assert event.date_start == PUBLISHED


def test_a_hire_told_as_done_with_an_infinitive_in_the_lead_is_the_news_of_the_day():
    text = (
        "Norfield Robotics is thrilled to have Ann Marlow as our new President and CEO.\n\n"
        "We asked her to share some thoughts on the road ahead."
    )

    event = next(e for e in analyse_text(text, published=PUBLISHED).events if "Marlow" in e.title)

    assert (event.date_start, event.extra["date_from"]) == (PUBLISHED, "publication")


def test_a_perfect_down_the_story_takes_the_past_month_its_account_opens_on():
    text = (
        "A Norfield woman accused of poisoning her neighbour appeared in court on Monday.\n\n"
        "Her lawyer said a deal was possible.\n\n"
        "Ann Marlow has rejected one plea agreement. In June, the prosecutor offered her "
        "a lesser charge."
    )

    event = event_of(text, "reject", PUBLISHED)

    assert (event.date_start, event.date_precision) == (datetime.date(2023, 6, 1), "month")


def test_a_plan_takes_the_coming_day_of_the_paragraph_before():
    text = (
        "The Harwick Hawks lost their coach in a car crash last week.\n\n"
        "The coach will do what he can when the Hawks take the court Friday night.\n\n"
        "The Hawks will start the game with only four players."
    )

    event = event_of(text, "start", PUBLISHED)

    assert event.date_start == datetime.date(2023, 9, 15)


def test_a_plan_given_out_by_a_saying_on_a_recent_day_takes_that_day():
    text = (
        "The Harwick council voted on Monday to close the quarry road.\n\n"
        "On Tuesday, Mayor Ann Lee said she would veto the council's order."
    )

    event = event_of(text, "veto", PUBLISHED)

    assert (event.date_start, event.extra["date_from"]) == (
        datetime.date(2023, 9, 12),
        "announced",
    )
