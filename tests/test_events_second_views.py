"""A second view of a happening its sentence already tells (events.second_views).

Short texts written for these tests, run through the whole analysis (events_of, conftest);
which second view folds does not depend on the order the events come in (fold_second_views:
the verb events' drops are decided first, and a noun folds only into a survivor), shown on
events built by hand.
"""

import datetime as dt

import pytest

from stories.extraction.events.second_views import _following_as_after, fold_second_views
from stories.extraction.mentions import EventCandidate
from stories.extraction.nlp import get_nlp


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


def test_a_when_clause_under_a_call_out_is_the_happening_responded_to(events_of):
    text = "Marden troopers responded Oct. 3 when a truck overturned."

    assert "overturn" in events_of(text)


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def test_a_subjectless_following_a_happening_is_a_preposition(nlp):
    doc = nlp("Velt was sentenced to community service following a brief hearing.")

    following = next(t for t in doc if t.lower_ == "following")
    assert _following_as_after(following)


def test_following_with_a_subject_is_a_deed_of_following(nlp):
    doc = nlp("Officers were following a hearing in Tolby when the alarm sounded.")

    following = next(t for t in doc if t.lower_ == "following")
    assert not _following_as_after(following)


TEXT = "A clerk was shot in Norfield when Tom Lee answered the call."


def _event(words: str, trigger: str, kind: str, **fields) -> EventCandidate:
    start = TEXT.index(words)
    return EventCandidate(
        title=words,
        summary=words,
        quote=words,
        start=start,
        end=start + len(words),
        trigger=trigger,
        certainty="occurred",
        extra={"kind": kind},
        **fields,
    )


def _events() -> list[EventCandidate]:
    shot = _event("A clerk was shot", "shoot", "attack")
    answered = _event("Tom Lee answered the call", "answer call", "general")
    call = _event(
        "the call",
        "call",
        "noun",
        date_start=dt.date(2023, 9, 8),
        provenance={"date": {"source": "clause"}},
    )
    return [shot, answered, call]


def test_a_noun_never_folds_into_a_verb_event_that_itself_folds_whatever_the_order():
    doc = get_nlp()(TEXT)
    events = _events()

    forward = fold_second_views(events, doc)
    backward = fold_second_views(list(reversed(events)), doc)

    assert {e.trigger for e in forward} == {e.trigger for e in backward} == {"shoot", "call"}
