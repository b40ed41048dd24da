"""A "he" or "she" in a clause set before the main clause that names the person
(events.fronted_pronouns, events.context). The sentences are written for these tests."""

from stories.extraction.events.fronted_pronouns import named_after
from tests.test_events import nlp  # noqa: F401 (nlp is a fixture)
from tests.test_events_pronouns import _events


def test_she_in_a_fronted_clause_is_the_main_clause_subject_named_after_it(nlp):  # noqa: F811
    text = "Before she arrived in Lyon on Monday, Ana Ruiz called her lawyer."
    titles = [e.title for e in _events(nlp, text, {"Ana Ruiz": "Ana Ruiz"})]
    assert "Ana Ruiz arrives in Lyon" in titles


def test_he_in_a_clause_after_its_main_clause_looks_no_name_ahead(nlp):  # noqa: F811
    doc = nlp("Tom Lee resigned from the board after an inquiry found he had taken the money.")
    pronoun = next(t for t in doc if t.lower_ == "he")
    assert named_after(pronoun, {0: "Tom Lee", 1: "Tom Lee"}) is None


def test_someone_named_before_the_pronoun_keeps_it(nlp):  # noqa: F811
    doc = nlp("As Tom Lee said, before she arrived in Lyon, Ana Ruiz called her lawyer.")
    pronoun = next(t for t in doc if t.lower_ == "she")
    people = {t.i: t.text for t in doc if t.text in ("Tom", "Lee", "Ana", "Ruiz")}
    assert named_after(pronoun, people) is None


def test_a_pronoun_before_it_in_the_sentence_keeps_it(nlp):  # noqa: F811
    doc = nlp("He said that when he was arrested, Ana Ruiz welcomed the news.")
    pronoun = [t for t in doc if t.lower_ == "he"][1]
    people = {t.i: t.text for t in doc if t.text in ("Ana", "Ruiz")}
    assert named_after(pronoun, people) is None


def test_a_person_named_in_the_sentence_before_keeps_the_pronoun(nlp):  # noqa: F811
    doc = nlp("Police questioned Tom Lee in Lyon. After he resigned, Ana Ruiz was elected chair.")
    pronoun = next(t for t in doc if t.lower_ == "he")
    people = {t.i: t.text for t in doc if t.text in ("Tom", "Lee", "Ana", "Ruiz")}
    assert named_after(pronoun, people) is None


def test_no_one_named_in_the_sentence_before_lets_the_name_after_take_it(nlp):  # noqa: F811
    doc = nlp("The board met in Lyon. After he resigned, Tom Lee was replaced by a deputy.")
    pronoun = next(t for t in doc if t.lower_ == "he")
    people = {t.i: t.text for t in doc if t.text in ("Tom", "Lee")}
    found = named_after(pronoun, people)
    assert found is not None and found.text in ("Tom", "Lee")
