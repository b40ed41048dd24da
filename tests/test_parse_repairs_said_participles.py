"""A reported clause without "that" whose regular past verb the parser read as a participle
describing the saying's object is mended (stories.extraction.said_participles). Sentences
written for these tests."""

from tests.test_events import nlp  # noqa: F401 (nlp is a fixture)


def _word(doc, text: str):
    return next(t for t in doc if t.lower_ == text)


def test_a_saying_object_followed_by_a_bare_participle_is_the_reported_clause(nlp):  # noqa: F811
    doc = nlp("A county official said the trucks overturned in a field near the river.")

    verb = _word(doc, "overturned")
    assert verb.dep_ == "ccomp" and verb.head == _word(doc, "said")
    assert _word(doc, "trucks").head == verb


def test_a_participle_with_an_agent_still_describes_its_noun(nlp):  # noqa: F811
    doc = nlp("The report said the houses destroyed by the flood were old.")

    assert _word(doc, "destroyed").dep_ != "ccomp"
