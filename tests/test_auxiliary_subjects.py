"""A subject the parser hung on the auxiliary is the verb's subject
(events.auxiliary_subjects): "are now both charged"."""

from stories.extraction.events.auxiliary_subjects import subject_on_auxiliary
from stories.extraction.nlp import get_nlp
from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)

_LEAD = "Police in Norland arrested two men on Friday. Officers searched a house for hours. "


def _verb(text: str, word: str):
    return next(t for t in get_nlp()(text) if t.text == word)


def test_subject_split_from_its_verb_by_a_floating_quantifier_is_the_verbs():
    verb = _verb("Ms. Vell and Mr. Roe are now both charged with murder.", "charged")
    subject = subject_on_auxiliary(verb)
    assert subject is not None and subject.text == "Vell"


def test_auxiliary_right_before_its_verb_gives_no_subject():
    verb = _verb("The two brothers are charged with arson in the fire.", "charged")
    assert subject_on_auxiliary(verb) is None


def test_auxiliary_that_carries_the_negation_gives_no_subject():
    verb = _verb("We want to make sure the talks don't get interrupted by violence.", "interrupted")
    assert subject_on_auxiliary(verb) is None


def test_charge_of_people_split_from_their_verb_is_an_event(nlp):  # noqa: F811
    text = (
        _LEAD + "Ms. Vell and Mr. Roe are now both charged with murder in the beating of Ana Moss."
    )
    charged = [e for e in events_of(nlp, text) if e.trigger == "charge"]
    assert charged and "Vell" in charged[0].title
