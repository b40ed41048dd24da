"""An it-cleft ("It was only last weekend that the insurer paid the bonuses") asserts the
clause after its focus: that clause is a happening the story tells, not what someone found
or thought (events.cleft_sentences, read by events.statements.unsaid_complement).

Short sentences written for these tests.
"""

from stories.extraction.events.cleft_sentences import cleft_clause
from stories.extraction.events.statements import unsaid_complement
from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)

_LEAD = "Acme Corp. opened a plant in Lyon on Monday. "


def _verb(doc, word: str):
    return next(t for t in doc if t.text == word)


def test_the_clause_after_a_time_focus_is_a_cleft_clause(nlp):  # noqa: F811
    doc = nlp("It was only last weekend that the insurer paid bonuses to its traders.")

    assert cleft_clause(_verb(doc, "paid"))


def test_the_clause_after_a_place_focus_is_a_cleft_clause(nlp):  # noqa: F811
    doc = nlp("It was in Lyon that the council closed the library.")

    assert cleft_clause(_verb(doc, "closed"))


def test_an_extraposed_adjective_makes_no_cleft(nlp):  # noqa: F811
    doc = nlp("It was clear that the council had closed the library.")

    assert not cleft_clause(_verb(doc, "closed"))


def test_a_noun_subject_makes_no_cleft(nlp):  # noqa: F811
    doc = nlp("The problem is that the council closed the library.")

    assert not cleft_clause(_verb(doc, "closed"))


def test_a_cleft_clause_is_no_unsaid_complement(nlp):  # noqa: F811
    doc = nlp("It was only last weekend that the insurer paid bonuses to its traders.")

    assert not unsaid_complement(_verb(doc, "paid"))


def test_a_cleft_clause_gives_its_event(nlp):  # noqa: F811
    text = _LEAD + "It was only last weekend that the insurer paid bonuses to its traders."

    assert "pay" in [e.trigger for e in events_of(nlp, text)]


def test_a_common_noun_attribute_with_a_relative_clause_makes_no_cleft(nlp):  # noqa: F811
    doc = nlp("It was the first instance that a governor had been forced out of office.")

    assert not cleft_clause(_verb(doc, "forced"))


def test_the_clause_after_a_named_focus_is_a_cleft_clause(nlp):  # noqa: F811
    doc = nlp("It was Acme that bought the plant last year.")

    assert cleft_clause(_verb(doc, "bought"))


def test_a_named_focus_cleft_gives_its_event(nlp):  # noqa: F811
    text = _LEAD + "It was Norland that invaded Sudland on Monday."

    assert "invade" in [e.trigger for e in events_of(nlp, text)]
