"""What the lead says a named actor wants to do is planned (events.wanted_leads,
events.complement_certainties).

The sentences are written for these tests.
"""

from tests.test_events import certainty_of_verb, nlp  # noqa: F401 (nlp is a fixture)

_LATER = "The council met on Monday. It heard from residents. "


def test_a_named_actors_wish_in_the_lead_is_planned(nlp):  # noqa: F811
    text = "The mayor of Leeds wants to open a night shelter for the homeless."
    assert certainty_of_verb(nlp, text, "open", None) == "planned"


def test_a_wish_later_in_the_story_is_not_taken(nlp):  # noqa: F811
    text = _LATER + "Afterwards a resident said the mayor wants to open a night shelter."
    assert certainty_of_verb(nlp, text, "open", None) is None


def test_a_pronouns_wish_is_not_taken(nlp):  # noqa: F811
    text = "We want to open a night shelter in Leeds."
    assert certainty_of_verb(nlp, text, "open", None) is None


def test_a_negated_wish_is_not_taken(nlp):  # noqa: F811
    text = "The mayor of Leeds does not want to open a night shelter."
    assert certainty_of_verb(nlp, text, "open", None) is None


def test_a_past_wish_is_not_taken(nlp):  # noqa: F811
    text = "The mayor of Leeds wanted to open a night shelter."
    assert certainty_of_verb(nlp, text, "open", None) is None
