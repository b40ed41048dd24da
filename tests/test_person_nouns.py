"""Which common nouns name a person ("he" or "she" can stand for them, they can act):
a listed role, or a role ending that the word is not a thing's name with (events.person_nouns)."""

import pytest

from stories.extraction.events.role_nouns import may_be_a_person
from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def _noun(nlp, text: str, word: str):  # noqa: F811
    return next(t for t in nlp(text) if t.lower_ == word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The sprinkler came on in the hall.", "sprinkler"),
        ("The computer stopped working at noon.", "computer"),
        ("The center opened in the spring.", "center"),
        ("The committee met again in the evening.", "committee"),
        ("The government approved the budget.", "government"),
        ("The restaurant closed last year.", "restaurant"),
        ("The initiative failed at the polls.", "initiative"),
        ("The business grew quickly.", "business"),
        ("The murder shocked the quiet town.", "murder"),
        ("The takeover was approved in May.", "takeover"),
    ],
)
def test_a_thing_named_with_a_role_ending_is_no_person(nlp, text, word):  # noqa: F811
    assert not may_be_a_person(_noun(nlp, text, word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The investigator visited the site.", "investigator"),
        ("The resident called the police.", "resident"),
        ("The teacher left early.", "teacher"),
        ("The scientist spoke to reporters.", "scientist"),
        ("The detective found the gun.", "detective"),
        ("The employee was fired.", "employee"),
        ("The waitress served the guests.", "waitress"),
        ("The defendant appeared in court.", "defendant"),
    ],
)
def test_a_role_noun_with_the_ending_is_still_a_person(nlp, text, word):  # noqa: F811
    assert may_be_a_person(_noun(nlp, text, word))


def _sayings(events):
    return [e for e in events if e.extra.get("class") == "saying"]


def test_a_lead_saying_that_the_sprinklers_were_off_is_the_speakers_finding(nlp):  # noqa: F811
    text = "The sprinklers in the depot had been switched off, the fire marshal said on Monday."
    (event,) = _sayings(events_of(nlp, text))
    assert event.trigger == "say"


def test_a_lead_saying_that_the_valves_were_off_is_the_speakers_finding(nlp):  # noqa: F811
    text = "The valves in the depot had been switched off, the fire marshal said on Monday."
    (event,) = _sayings(events_of(nlp, text))
    assert event.trigger == "say"
