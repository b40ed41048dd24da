"""Times a story names that its narrative does not stand on: the start of a span ("since
Aug. 1"), the time a state was read at ("as of 8 p.m. Sunday") and a flashback's time, told in
the past perfect ("had not been established by Monday morning"). An undated past clause after
them keeps the day the story stood on before.

Sentences are written for the tests; the story was published on Tuesday, 12 September 2023.
"""

import datetime

from stories.extraction.events.narrative_points import read_at
from stories.extraction.events.story_points import not_a_story_point
from tests.extracting import event_of

PUBLISHED = datetime.date(2023, 9, 12)
MONDAY = datetime.date(2023, 9, 11)
SATURDAY = datetime.date(2023, 9, 9)


def dated(text: str, word: str) -> datetime.date | None:
    return event_of(text, word, PUBLISHED).date_start


def test_the_start_of_a_span_is_no_story_point():
    text = "The rule covers every bonus paid since Aug. 1."

    assert not_a_story_point(text.index("Aug. 1"), "Aug. 1", text)


def test_a_since_followed_by_when_is_a_story_point():
    text = "The road has been shut since Saturday, when the fires swept through."

    assert not not_a_story_point(text.index("Saturday"), "Saturday", text)


def test_the_time_a_state_was_read_at_is_no_story_point():
    text = "As of 8 p.m. Sunday, the river stood at 27 feet."

    assert read_at(text.index("8 p.m."), text)
    assert not_a_story_point(text.index("8 p.m."), "8 p.m. Sunday", text)


def test_a_time_after_of_alone_is_read_at_no_state():
    text = "The last of Sunday's crowds left the square."

    assert not read_at(text.index("Sunday"), text)


def test_a_clause_after_a_span_since_a_month_ago_keeps_the_storys_day():
    text = (
        "The council voted Monday to claw back the bonuses.\n\n"
        "The measure reaches every bonus paid since Aug. 1.\n\n"
        "The vote angered the union."
    )

    assert dated(text, "anger") == MONDAY


def test_a_clause_after_a_reading_keeps_the_paragraphs_day():
    text = (
        "Volunteers filled sandbags in Tarrow on Monday. As of 8 p.m. Sunday, the river stood "
        "at 27 feet. Weather service officials warned that a storm could drop an inch of rain."
    )

    assert dated(text, "warn") == MONDAY


def test_a_clause_after_a_flashbacks_time_keeps_the_storys_day():
    text = (
        "A brawl broke out at a bar in Tarrow on Saturday night, police said.\n\n"
        "A motive had not been established by Monday morning.\n\n"
        "One man was arrested at the scene."
    )

    assert dated(text, "arrest") == SATURDAY


def test_a_year_a_state_was_read_at_stays_the_paragraphs_backdrop():
    text = (
        "The Tarrow camp lies in the desert near the border.\n\n"
        "As of 2016, the country had admitted more than a million refugees. The government "
        "closed its borders and blocked the crossing point."
    )

    assert dated(text, "close") == datetime.date(2016, 1, 1)
