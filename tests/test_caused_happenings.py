"""A happening a clause says something brought about is a happening of its own
(events.caused_happenings).

Short sentences written for these tests; mentions come as the recognizers deliver them (see
tests/test_events.py).
"""

from stories.extraction.events.caused_happenings import brought_about
from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)

_LEAD = "Acme Corp. opened a plant in Lyon on Monday. "


def _word(nlp, text: str, word: str):  # noqa: F811
    return next(t for t in nlp(text) if t.text == word)


def test_what_a_verb_of_causing_sparked_was_brought_about(nlp):  # noqa: F811
    text = "The fare rise sparked protests across Velton."

    assert brought_about(_word(nlp, text, "protests"))


def test_what_a_clause_has_led_to_was_brought_about(nlp):  # noqa: F811
    text = "The closure of the mill has led to numerous protests."

    assert brought_about(_word(nlp, text, "protests"))


def test_an_effect_told_only_as_an_object_is_an_event_of_its_own(nlp):  # noqa: F811
    text = _LEAD + "The shooting in Brindle prompted an investigation by the state police."

    assert "investigation" in event_triggers(nlp, text)


def test_an_effect_still_to_come_was_not_brought_about(nlp):  # noqa: F811
    text = "The fare rise could spark protests across Velton."

    assert not brought_about(_word(nlp, text, "protests"))


def test_a_verb_that_does_not_cause_brings_nothing_about(nlp):  # noqa: F811
    text = "The mayor of Brindle watched protests across Velton."

    assert not brought_about(_word(nlp, text, "protests"))
