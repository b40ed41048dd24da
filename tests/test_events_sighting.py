"""Verbs of seeing (see, show, spot): a thing seen in a named place is a sighting ("Train seen
in X"); with no place, a simple affirmative clause is its subject's own act."""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def test_seeing_someone_without_a_place_is_the_subjects_act(nlp):  # noqa: F811
    events = events_of(nlp, "The farmer saw his doctor on Monday.")
    assert [e.title for e in events] == ["Farmer sees doctor"]


def test_a_modal_or_progressive_seeing_describes(nlp):  # noqa: F811
    assert events_of(nlp, "The farmer could see frustration on Monday.") == []
    assert events_of(nlp, "The farmer was seeing things on Monday.") == []


def test_a_negated_seeing_is_no_sighting(nlp):  # noqa: F811
    assert events_of(nlp, "The farmers didn't see the mayor on Monday.") == []
