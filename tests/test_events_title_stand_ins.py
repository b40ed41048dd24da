"""Titles for clauses whose subject or object only stands for a noun named before
(events.stand_in_titles): a conjunct's "it" is its head's object, and "another" is one more
of the noun its head clause named."""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def _titles(nlp, text):  # noqa: F811
    return {e.trigger: e.title for e in events_of(nlp, text)}


def test_a_conjunct_verbs_it_is_the_object_of_the_verb_it_continues(nlp):  # noqa: F811
    text = "The minister was supposed to sign the treaty on Tuesday and signed it on Wednesday."
    assert _titles(nlp, text).get("sign") == "Minister signs treaty"


def test_another_as_a_conjuncts_subject_is_one_more_of_the_noun_its_head_named(nlp):  # noqa: F811
    text = "A soldier was killed in Kabul on Sunday and another was wounded in a separate attack."
    assert _titles(nlp, text).get("wound", "").startswith("Another soldier wounded")
