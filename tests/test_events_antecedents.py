"""Pronoun subjects that take the actor their own sentence named (events.antecedents,
events.titles).

The sentences are written for these tests; mentions come from tests/test_events.py's helpers.
"""

from tests.test_events import event_titles, nlp  # noqa: F401 (nlp is a fixture)


def test_it_under_a_clause_with_a_named_subject_is_that_name(nlp):  # noqa: F811
    text = "Microsoft admitted the flaw, before it offered free repairs for all laptops."
    assert any(t.startswith("Microsoft offers repairs") for t in event_titles(nlp, text))


def test_it_under_a_clause_with_a_common_noun_subject_stays_unnamed(nlp):  # noqa: F811
    text = "The firm admitted the flaw, before it offered free repairs for all laptops."
    assert not any("offer" in t.lower() for t in event_titles(nlp, text))


def test_he_or_she_without_a_name_is_the_role_the_sentence_gave(nlp):  # noqa: F811
    text = "The crowd cheered for the mayor as she arrived in Paris later that day."
    assert "Mayor arrives in Paris" in event_titles(nlp, text)


def test_they_without_a_name_is_the_group_the_sentence_before_gave(nlp):  # noqa: F811
    text = "The rebels regrouped near the lake. On Monday they took the airport in Goma."
    assert "Rebels take airport" in event_titles(nlp, text)
