"""A named actor's event verb in the progressive, marked "now", past the lead: the latest turn
of the story, news under way (events.named_now)."""

from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)

# Two sentences first, so the clause under test is past the lead.
_LEAD = "The bakery chain had a poor year. Its founder quit in the spring. "


def test_named_progressive_marked_now_is_news(nlp):  # noqa: F811
    text = _LEAD + "And now Brisco is suspending work on its new bread factory."
    assert "suspend" in event_triggers(nlp, text)


def test_named_progressive_without_now_still_describes(nlp):  # noqa: F811
    text = _LEAD + "Brisco is suspending work on its new bread factory."
    assert "suspend" not in event_triggers(nlp, text)


def test_unnamed_progressive_marked_now_still_describes(nlp):  # noqa: F811
    text = _LEAD + "And now the chain is suspending work on its new bread factory."
    assert "suspend" not in event_triggers(nlp, text)


def test_named_progressive_marked_now_of_a_verb_outside_the_lexicon_still_describes(nlp):  # noqa: F811
    text = _LEAD + "And now Brisco is working against the clock on its new bread factory."
    assert "work" not in event_triggers(nlp, text)
