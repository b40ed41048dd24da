"""A "since" phrase after a record measures the record; it does not make its clause a state
lasting from then (events.record_since).

Short sentences written for these tests.
"""

from stories.extraction.events.record_since import record_since
from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def _since(doc):
    return next(t for t in doc if t.lower_ == "since")


def test_since_after_a_superlative_object_measures_the_record(nlp):  # noqa: F811
    doc = nlp("The Dunmore exchange posted its weakest month since early August.")
    assert record_since(_since(doc))


def test_a_record_with_since_is_still_a_happening(nlp):  # noqa: F811
    text = "The Dunmore exchange posted its weakest month since early August during the strikes."
    assert "post" in [e.trigger for e in events_of(nlp, text)]


def test_since_on_a_verb_without_a_record_stays_a_lasting_state(nlp):  # noqa: F811
    doc = nlp("Relations between the two towns have cooled since the summit.")
    assert not record_since(_since(doc))


def test_since_after_a_plain_object_stays_a_lasting_state(nlp):  # noqa: F811
    doc = nlp("The Arden Trust has run the library since 1998.")
    assert not record_since(_since(doc))
