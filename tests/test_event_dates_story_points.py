"""Where the story's narrative stands: a span up to now and a document's filing day are no
point it stands on; a sentence opened by "A day after …" counts its opening clause back from
the day its main clause names.

Sentences are written for the tests; the story was published on Tuesday, 12 September 2023.
"""

import datetime

from stories.extraction.events.event_dates import EventDate
from stories.extraction.events.story_points import (
    counted_opening,
    moved_on,
    not_a_story_point,
)
from stories.extraction.events.time_owners import dates_its_when_clause
from tests.extracting import event_of

PUBLISHED = datetime.date(2023, 9, 12)


class Anchor:
    def __init__(self, start: int, date: EventDate) -> None:
        self.start = start
        self.date = date


def dated(text: str, word: str) -> datetime.date | None:
    return event_of(text, word, PUBLISHED).date_start


def test_a_span_reaching_now_is_no_story_point():
    text = "The governor freed the farmers detained over the past week."

    assert not_a_story_point(text.index("the past week"), "the past week", text)


def test_last_week_on_its_own_is_a_story_point():
    text = "The governor freed the farmers detained last week."

    assert not not_a_story_point(text.index("last week"), "last week", text)


def test_the_day_a_document_was_filed_is_no_story_point():
    text = "The complaint was filed Monday in Hollis County."

    assert not_a_story_point(text.index("Monday"), "Monday", text)


def test_a_happening_told_from_the_papers_keeps_its_own_day():
    text = (
        "A clerk at the Dunmore Savings Bank was robbed on Sept. 4, the bank said.\n\n"
        "The affidavit was filed Monday in Hollis County.\n\n"
        "A deputy stopped the man's truck near the river."
    )

    assert dated(text, "stop") == datetime.date(2023, 9, 4)


def test_a_counted_opening_takes_the_day_before_its_main_clause():
    text = "A day after the board voted to close the mill, the owners sold it on Monday."
    monday = EventDate(datetime.date(2023, 9, 11), None, "day", "Monday")
    anchors = [Anchor(text.index("Monday"), monday)]

    found = counted_opening(0, [(0, len(text))], anchors, text)

    assert found is not None and found.start == datetime.date(2023, 9, 10)


def test_a_main_clause_after_a_counted_opening_is_not_counted():
    text = "Two days after the board voted, the owners sold the mill on Monday."
    monday = EventDate(datetime.date(2023, 9, 11), None, "day", "Monday")
    anchors = [Anchor(text.index("Monday"), monday)]

    assert counted_opening(text.index("the owners"), [(0, len(text))], anchors, text) is None


def test_a_sentence_opened_by_two_days_later_moves_the_story_on():
    text = (
        "The hiker was last seen on Sept. 2 near the Carrow trailhead, rangers said.\n\n"
        "Two days later, a lodge worker phoned his sister.\n\n"
        "Rescuers searched the ridge above the lodge."
    )

    assert dated(text, "phone") == datetime.date(2023, 9, 4)
    assert dated(text, "search") == datetime.date(2023, 9, 4)


def test_two_days_later_past_the_calendars_end_leaves_the_point_unmoved():
    # "Two days later," from 30 December 9999 has no day to move to: no OverflowError.
    text = "The Velton fair opened on Dec. 30. Two days later, the Norburg band played."
    point = EventDate(datetime.date(9999, 12, 30), None, "day", "Dec. 30")

    assert moved_on(point, text.index(". Two"), text.index("the Norburg"), text) == point


def test_a_counted_opening_past_the_calendars_end_gives_no_day():
    text = "Two days before the board voted, the owners sold the mill on Monday."
    monday = EventDate(datetime.date(9999, 12, 30), None, "day", "Monday")
    anchors = [Anchor(text.index("Monday"), monday)]

    assert counted_opening(0, [(0, len(text))], anchors, text) is None


def test_a_time_followed_by_when_dates_the_when_clause():
    text = "The clerk got his pay docked in 2019 when the board fined him for a lost ledger."

    assert dates_its_when_clause(text.index(" when"), text.index("the board"), text)


def test_a_time_is_not_lent_to_a_when_clause_past_the_sentence():
    text = "The clerk got his pay docked in 2019. When the board met, it fined him."

    assert not dates_its_when_clause(text.index(". When"), text.index("it fined"), text)


def test_a_saying_after_an_old_backstory_date_is_the_reporters_news():
    text = (
        "The plant was sold to a holding company on March 3.\n\n"
        "The ministry rejected the union's claims about the sale."
    )

    assert dated(text, "reject") == PUBLISHED


def test_a_deed_after_an_old_backstory_date_keeps_the_story_date():
    text = (
        "The plant was sold to a holding company on March 3.\n\nThe new owners closed the canteen."
    )

    assert dated(text, "close") == datetime.date(2023, 3, 3)


def test_rejecting_a_measure_is_a_deed_not_an_answer():
    text = (
        "The council put a school levy on the ballot on March 3.\n\n"
        "Voters rejected the levy by a wide margin."
    )

    assert dated(text, "reject") == datetime.date(2023, 3, 3)


def test_a_time_in_the_possessive_before_a_name_is_no_story_point():
    text = "The club heads into this week's Valley Cup with a full squad."

    assert not_a_story_point(text.index("this week"), "this week", text)


def test_a_deed_told_after_a_named_occasion_keeps_the_day_the_story_stood_on():
    text = (
        "The Hollis Otters beat the Carver Pikes 4-2 on Saturday night.\n\n"
        "The win sends the Otters into this week's Valley Cup as top seed.\n\n"
        "Tam Reyes scored twice in the first period for the Otters."
    )

    assert dated(text, "scor") == datetime.date(2023, 9, 9)


def test_a_sentence_opened_by_a_day_earlier_moves_the_story_back():
    text = (
        "The ferry line shut the Orsk crossing on Friday, its owners said.\n\n"
        "A day earlier, dozens of vans crossed from Velda to the island."
    )

    assert dated(text, "cross") == datetime.date(2023, 9, 7)


def test_a_day_earlier_after_a_closing_quotation_moves_the_paragraph_back():
    text = (
        "The ferry line shut the Orsk crossing on Friday. Its owner said of trade: "
        "``There is nothing moving now.'' A day earlier, dozens of vans crossed to the island."
    )

    assert dated(text, "cross") == datetime.date(2023, 9, 7)
