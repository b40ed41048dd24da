"""A present perfect past the lead that "already" marks: a deed done by now, news so far, as
"has just" and "has now" are (events.noise.hot_news)."""

from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)

# Two sentences first, so the clause under test is past the lead, where a perfect sums up.
_LEAD = "The border talks broke down on Monday. Both sides blamed each other. "


def test_perfect_marked_already_is_news(nlp):  # noqa: F811
    text = _LEAD + "The Velton Port Authority has already reassigned its dock crew."
    assert "reassign" in event_triggers(nlp, text)


def test_same_perfect_without_already_still_sums_up(nlp):  # noqa: F811
    text = _LEAD + "The Velton Port Authority has reassigned its dock crew."
    assert "reassign" not in event_triggers(nlp, text)
