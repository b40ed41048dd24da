"""Verbs the site rules turned away that still tell a deed: a reporting verb with a thing
for object and a day of its own (lexicon.SLOT_FRAMES, events.frame_slots).

Short sentences written for these tests.
"""

from tests.extracting import frames_of
from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def test_writing_a_thing_on_a_day_of_its_own_is_a_deed(nlp):  # noqa: F811
    text = "Mara Quill wrote forty poems that winter in a cabin near Port Sable."
    assert frames_of(nlp, text) == [("write", "publish")]
    assert "write" in [e.trigger for e in events_of(nlp, text)]


def test_writing_a_thing_undated_stays_a_description(nlp):  # noqa: F811
    assert frames_of(nlp, "The inspector wrote a long report about the dam.") == []


def test_writing_a_clause_stays_the_frame_of_a_saying(nlp):  # noqa: F811
    assert frames_of(nlp, "On Monday the inspector wrote that the dam was unsafe.") == []


def test_a_result_reported_in_a_year_is_a_deed_of_the_relative_clause(nlp):  # noqa: F811
    text = "The surveyors described a fault line, a finding that the team reported in 2011."
    assert frames_of(nlp, text) == [("report", "announce")]


def test_adding_someone_on_a_day_is_a_deed(nlp):  # noqa: F811
    text = "The Dunmore Rovers added two defenders on Friday."
    assert frames_of(nlp, text) == [("add", "add")]


def test_adding_someone_as_a_post_is_an_appointment(nlp):  # noqa: F811
    text = "The Arden Trust added a retired banker as its treasurer."
    assert frames_of(nlp, text) == [("add as treasurer", "appoint")]
