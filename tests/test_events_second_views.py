"""A second view of a happening its sentence already tells (events.second_views).

Short texts written for these tests, run through the whole analysis (events_of, conftest).
"""

import pytest

from stories.extraction.events.second_views import _following_as_after


def titles(events_of, text: str) -> list[str]:
    return [event.title for event in events_of(text).values()]


def test_a_when_clause_the_lexicon_does_not_know_folds_into_the_known_deed(events_of):
    text = (
        "A Marden shopkeeper was killed late Friday when a gunman sprayed the counter with "
        "bullets, police said."
    )

    assert titles(events_of, text) == ["Marden shopkeeper killed"]


def test_a_happening_noun_whose_verb_tells_what_it_did_is_that_verbs_event(events_of):
    text = "On Monday, a freak hailstorm flattened the Marden orchards."

    assert titles(events_of, text) == ["Freak hailstorm flattens Marden orchards"]


def test_a_happening_noun_with_an_owner_stays_its_own_happening(events_of):
    text = "On Monday, Brand's murder prompted a vigil outside Marden town hall, Ms. Lo said."

    assert "Brand's murder" in titles(events_of, text)


def test_a_noun_that_is_a_word_of_its_verbs_trigger_is_told_by_that_verb(events_of):
    text = (
        "A Marden ambulance crew responded to a call from a farm on March 3 and treated "
        "two workers."
    )

    assert titles(events_of, text) == ["Marden ambulance crew responds to call"]


@pytest.fixture(scope="module")
def nlp():
    from stories.extraction.nlp import get_nlp

    return get_nlp()


def test_a_subjectless_following_a_happening_is_a_preposition(nlp):
    doc = nlp("Velt was sentenced to community service following a brief hearing.")

    following = next(t for t in doc if t.lower_ == "following")
    assert _following_as_after(following)


def test_following_with_a_subject_is_a_deed_of_following(nlp):
    doc = nlp("Officers were following a hearing in Tolby when the alarm sounded.")

    following = next(t for t in doc if t.lower_ == "following")
    assert not _following_as_after(following)
