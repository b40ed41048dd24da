"""Two misreadings of a sentence's opening mended before any event rule reads the parse
(stories.extraction.fronted_subjects, stories.extraction.fronted_clauses): a subject read as an
apposition of the phrase that opens its sentence, and an opening "after" clause read as the
sentence, its main clause hung on a noun. Sentences written for these tests.
"""

from tests.test_events import event_titles, nlp  # noqa: F401 (nlp is a fixture)


def test_a_name_after_an_opening_phrase_is_the_subject_of_a_subjectless_verb(nlp):  # noqa: F811
    doc = nlp("At the Harlow Book Fair, the Quillen Gallery, which opened last year, sold a mural.")

    verb = next(t for t in doc if t.lower_ == "sold")
    subject = next(t for t in doc if t.text == "Gallery")
    assert subject.head == verb
    assert subject.dep_ == "nsubj"


def test_the_lead_happening_of_a_subject_after_an_opening_phrase_is_an_event(nlp):  # noqa: F811
    text = (
        "In South Tarn, the Tern Valley Trust, which runs the island ferry, has sold its two "
        "oldest boats."
    )

    assert any(title.startswith("Tern Valley Trust sells") for title in event_titles(nlp, text))


def test_an_apposition_stays_when_the_verb_has_a_subject_of_its_own(nlp):  # noqa: F811
    doc = nlp("After the meeting with Ana Ruiz, the mayor, reporters left the hall.")

    assert next(t for t in doc if t.lower_ == "reporters").dep_ == "nsubj"
    assert next(t for t in doc if t.lower_ == "mayor").dep_ != "nsubj"


def test_the_verb_after_an_opening_after_clause_is_the_sentence_verb(nlp):  # noqa: F811
    doc = nlp(
        "Two days after the council approved the budget, the first of the new buses rolled "
        "into Dunmore on Monday."
    )

    verb = next(t for t in doc if t.lower_ == "rolled")
    assert verb.dep_ == "ROOT"
    assert next(t for t in doc if t.lower_ == "first").head == verb
    assert next(t for t in doc if t.lower_ == "approved").dep_ == "advcl"


def test_the_opening_clause_keeps_its_own_words_out_of_the_main_clause(nlp):  # noqa: F811
    text = (
        "Two days after the council approved the budget, the first of the new buses rolled "
        "into Dunmore on Monday."
    )

    assert "Council approves budget" in event_titles(nlp, text)


def test_a_description_hung_beside_the_hidden_subject_still_belongs_to_its_phrase(nlp):  # noqa: F811
    doc = nlp(
        "During the 2022 Dunmore Games, the Norland team, led by its captain, won four medals."
    )

    verb = next(t for t in doc if t.lower_ == "won")
    assert next(t for t in doc if t.lower_ == "team").head == verb
