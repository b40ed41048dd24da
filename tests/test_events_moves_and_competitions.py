"""Occasion nouns of moving a person and of competition (events.occasions), and an
event noun subject of a verb told ahead (events.subject_prospects).

The sentences are written for these tests; mentions come from tests/test_events.py's helpers.
"""

import datetime as dt

from stories.extraction.analysis import analyse_text
from stories.extraction.events.subject_prospects import subject_of_a_verb_ahead
from tests.extracting import with_trigger
from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def _events(text: str):
    return analyse_text(text, published=dt.date(2024, 3, 6)).events


def test_a_transfer_to_a_named_place_is_an_event(nlp):  # noqa: F811
    text = "Tom Reed is held in Oregon while awaiting a transfer to Texas, the warden said."
    (transfer,) = with_trigger(_events(text), "transfer")
    assert transfer.certainty != "occurred"


def test_a_transfer_with_no_place_owner_or_date_is_a_topic(nlp):  # noqa: F811
    text = "The sheriff said a transfer is a long process that needs much paperwork."
    assert not with_trigger(_events(text), "transfer")


def test_a_dated_competition_in_a_named_place_is_an_event(nlp):  # noqa: F811
    text = "Top choirs may advance to the state finals competition, June 13-15 in Dayton."
    (competition,) = with_trigger(_events(text), "competition")
    assert competition.date_start.isoformat() == "2024-06-13"


def test_an_event_noun_subject_of_a_verb_with_would_is_still_ahead(nlp):  # noqa: F811
    doc = nlp("Lee estimated that the hearing would take two days.")
    hearing = next(t for t in doc if t.lower_ == "hearing")
    assert subject_of_a_verb_ahead(hearing)


def test_an_event_noun_subject_of_a_past_verb_is_not_ahead(nlp):  # noqa: F811
    doc = nlp("Lee said that the hearing took two days.")
    hearing = next(t for t in doc if t.lower_ == "hearing")
    assert not subject_of_a_verb_ahead(hearing)
