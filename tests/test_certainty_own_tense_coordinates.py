"""A past verb coordinated with an infinitive (events.own_tense_coordinates, events.certainty).

The sentences are written for these tests.
"""

from tests.test_events import certainty_of_verb, nlp  # noqa: F401 (nlp is a fixture)


def test_a_past_verb_after_a_failed_infinitive_is_told_as_done(nlp):  # noqa: F811
    text = "The toy maker failed to come up with a new hit and sold its plant in May."
    assert certainty_of_verb(nlp, text, "sold", None) == "occurred"


def test_a_past_verb_after_a_planned_infinitive_is_told_as_done(nlp):  # noqa: F811
    text = "Ana Ruiz planned to visit Dalby and met the mayor there."
    assert certainty_of_verb(nlp, text, "met", None) == "occurred"


def test_a_bare_verb_coordinated_under_a_failure_stays_denied(nlp):  # noqa: F811
    text = "The firm failed to find a buyer or close its plant."
    assert certainty_of_verb(nlp, text, "close", None) == "denied"
