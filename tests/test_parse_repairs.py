"""Two misreadings of the parser mended before any event rule reads the parse
(stories.extraction.parse_repairs): a lead's past verb read as its subject's participle, and
a clause opened by "as" or "after" read as the object of a preposition. Sentences written for
these tests.
"""

from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)


def test_a_subject_and_a_past_verb_taking_a_that_clause_is_a_main_clause(nlp):  # noqa: F811
    doc = nlp("A Tarvo man admitted in County Court on Friday that he robbed a bakery in May.")

    verb = next(t for t in doc if t.lower_ == "admitted")
    assert verb.dep_ == "ROOT"
    assert next(t for t in doc if t.lower_ == "man").head == verb


def test_a_participle_describing_its_noun_stays_a_description(nlp):  # noqa: F811
    doc = nlp("A man arrested on Monday.")

    assert next(t for t in doc if t.lower_ == "arrested").dep_ != "ROOT"


def test_a_clause_after_as_with_its_own_subject_is_adverbial(nlp):  # noqa: F811
    doc = nlp(
        "Roads were closed and two crashes were reported as a storm buried "
        "parts of Norland in snow."
    )

    verb = next(t for t in doc if t.lower_ == "buried")
    assert verb.dep_ == "advcl"
    assert next(t for t in doc if t.lower_ == "as").dep_ == "mark"


def test_a_happening_in_a_clause_after_as_is_found(nlp):  # noqa: F811
    text = (
        "Roads were closed on Saturday and two crashes were reported as a storm "
        "buried parts of Norland in snow."
    )

    assert "bury" in event_triggers(nlp, text)


def test_an_admission_in_court_opening_the_lead_is_found(nlp):  # noqa: F811
    text = "A Tarvo man admitted in County Court on Friday that he robbed a bakery in May."

    assert "admit" in event_triggers(nlp, text)
