"""A person named with the office just given them (events.appointed_appositions).

Sentences written for these tests; mentions come from tests/test_events.py's helpers.
"""

import datetime

from tests.extracting import with_trigger
from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def test_a_person_newly_appointed_to_an_office_in_an_apposition_was_appointed(nlp):  # noqa: F811
    text = "Jane Doe, newly appointed chairman of the port authority, declined to comment."

    (appointment,) = with_trigger(events_of(nlp, text), "appoint")
    assert appointment.title.startswith("Jane Doe appointed chairman")


def test_an_appointed_office_with_no_word_of_recency_is_a_kind_of_office(nlp):  # noqa: F811
    text = "Jane Doe, an appointed member of the port authority, declined to comment."

    assert not with_trigger(events_of(nlp, text), "appoint")


def test_a_newly_elected_office_holder_was_not_elected_on_the_day_they_spoke(nlp):  # noqa: F811
    text = "Tom Lee, newly elected mayor of Norfield, said on Tuesday that he would cut fees."

    (election,) = with_trigger(events_of(nlp, text), "elect")
    assert election.date_precision != "day"


def test_a_newly_elected_office_holder_is_news_of_the_story_not_its_background():
    from stories.extraction.analysis import analyse_text

    text = "Tom Lee, newly elected mayor of Norfield, said on Tuesday that he would cut fees."
    events = analyse_text(text, published=datetime.date(2024, 5, 29)).events

    (election,) = with_trigger(events, "elect")
    assert not election.background
