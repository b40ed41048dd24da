"""A deed named in a fronted, dated "In …" phrase is an event (events.fronted_settings).

The sentences are written for these tests; mentions come from tests/test_events.py's helpers.
"""

from tests.extracting import with_trigger
from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def test_deed_noun_in_a_fronted_dated_in_phrase_is_an_event_of_its_own(nlp):  # noqa: F811
    text = "In a police raid at their home on Thursday, the couple were arrested on drug charges."
    (raid,) = with_trigger(events_of(nlp, text), "raid")
    assert raid.date_start.isoformat() == "2024-03-07"


def test_deed_noun_in_a_fronted_in_phrase_without_a_date_stays_the_verbs_setting(nlp):  # noqa: F811
    text = "In a police raid at their home, the couple were arrested on drug charges."
    assert not with_trigger(events_of(nlp, text), "raid")


def test_saying_noun_in_a_fronted_dated_in_phrase_is_no_event_of_its_own(nlp):  # noqa: F811
    text = "In an interview on Friday, the mayor said the budget would pass."
    assert not with_trigger(events_of(nlp, text), "interview")
