"""A view stated over time, "has said that …" below the lead, is no occasion
(events.standing_statements).

Short texts written for these tests, read whole.
"""

import datetime as dt

from stories.extraction.analysis import analyse_text

PUBLISHED = dt.date(2024, 3, 6)
LEAD = (
    "The Tarrow council voted on Monday to close the ferry pier in Harbor City. "
    "The vote ended a long fight over the pier's future. "
)


def sayings(text: str) -> list[str]:
    return [e.title for e in analyse_text(text, published=PUBLISHED).events if e.trigger == "say"]


def test_a_perfect_saying_below_the_lead_without_a_time_is_no_event():
    text = LEAD + "Council member Tom Lee has said that a town can be a port and a farm town."

    assert sayings(text) == []


def test_a_saying_told_in_the_past_on_a_day_is_kept():
    text = LEAD + "Council member Tom Lee said Tuesday that a town can be a port and a farm town."

    assert len(sayings(text)) == 1


def test_a_perfect_saying_in_the_lead_is_kept():
    text = "Council member Tom Lee has said that a town can be a port and a farm town."

    assert len(sayings(text)) == 1
