"""A present perfect past the lead whose object is measured (a share, a sum, a number of
things) reports a deed done by now; one acting on an abstraction sums up
(events.noise.counts_things)."""

from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)

# Two sentences first, so the clause under test is past the lead, where a perfect sums up.
_LEAD = "The border talks broke down on Monday. Both sides blamed each other. "


def test_perfect_losing_a_percentage_is_news(nlp):  # noqa: F811
    text = _LEAD + "The Velton dollar has lost thirty percent of its value."
    assert "lose" in event_triggers(nlp, text)


def test_perfect_acting_on_an_abstraction_still_sums_up(nlp):  # noqa: F811
    text = _LEAD + "The quarrel has deepened the mistrust between the two towns."
    assert "deepen" not in event_triggers(nlp, text)


def test_perfect_losing_a_quality_still_sums_up(nlp):  # noqa: F811
    text = _LEAD + "The Velton dollar has lost much of its shine."
    assert "lose" not in event_triggers(nlp, text)


def test_perfect_keeping_a_share_still_sums_up(nlp):  # noqa: F811
    # "has held 40 percent of the market": a standing kept, no deed done.
    text = _LEAD + "The Orrin chain has held 40 percent of the bread market."
    assert "hold" not in event_triggers(nlp, text)
