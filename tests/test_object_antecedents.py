"""A "he" or "she" opening a sentence after one whose subject is no person, which names one
person as what was done to (events.object_antecedents). Sentences written for these tests."""

from tests.test_events import nlp  # noqa: F401 (nlp is a fixture)
from tests.test_events_pronouns import _events


def _titles(nlp, text: str, people: dict[str, str]) -> list[str]:  # noqa: F811
    return [e.title for e in _events(nlp, text, people)]


def test_he_after_police_arrested_a_named_man_is_that_man(nlp):  # noqa: F811
    text = (
        "Officers detained Carl Benson near a pub in Lyon.\n\nHe kicked a constable at the scene."
    )
    assert "Carl Benson kicks constable" in _titles(nlp, text, {"Carl Benson": "Carl Benson"})


def test_the_same_holds_inside_one_paragraph(nlp):  # noqa: F811
    text = "Officers detained Carl Benson near a pub in Lyon. He kicked a constable at the scene."
    assert "Carl Benson kicks constable" in _titles(nlp, text, {"Carl Benson": "Carl Benson"})


def test_he_after_two_men_named_is_no_one(nlp):  # noqa: F811
    text = (
        "Officers detained Carl Benson and Ray Holt near a pub in Lyon.\n\n"
        "He kicked a constable at the scene."
    )
    people = {"Carl Benson": "Carl Benson", "Ray Holt": "Ray Holt"}
    assert not any("kick" in t for t in _titles(nlp, text, people))


def test_he_after_a_sentence_naming_no_one_is_no_one(nlp):  # noqa: F811
    text = "Officers closed a pub in Lyon.\n\nHe kicked a constable at the scene."
    assert not any("kick" in t for t in _titles(nlp, text, {}))


def test_he_after_a_man_did_something_to_a_named_man_is_not_taken(nlp):  # noqa: F811
    text = (
        "A stranger attacked Carl Benson near a pub in Lyon.\n\nHe kicked a constable at the scene."
    )
    assert not any("Benson kicks" in t for t in _titles(nlp, text, {"Carl Benson": "Carl Benson"}))


def test_he_after_a_proper_name_subject_is_not_taken(nlp):  # noqa: F811
    text = "Novak returned to coach Carl Benson in Lyon.\n\nHe was dismissed after a bad season."
    assert not any("Benson" in t for t in _titles(nlp, text, {"Carl Benson": "Carl Benson"}))


def test_he_after_a_person_named_inside_the_subject_is_not_taken(nlp):  # noqa: F811
    text = "The letters of Carl Benson filled three boxes.\n\nHe kicked a constable at the scene."
    assert not any("Benson" in t for t in _titles(nlp, text, {"Carl Benson": "Carl Benson"}))


def test_he_after_a_capitalised_speaker_is_not_the_person_spoken_of(nlp):  # noqa: F811
    text = (
        "The claims against Carl Benson are weak, Jennings said.\n\n"
        "There are doubts over the inquiry, he said."
    )
    people = {"Carl Benson": "Carl Benson"}
    assert not any(t.startswith("Carl Benson") for t in _titles(nlp, text, people))


def test_he_after_a_man_named_only_as_an_owner_is_not_taken(nlp):  # noqa: F811
    text = "The prize went to Carl Benson's novel. He kicked a constable at the scene."
    assert "Carl Benson kicks constable" not in _titles(nlp, text, {"Carl Benson": "Carl Benson"})
