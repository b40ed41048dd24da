"""A saying's "would be allowed to" announces a plan (events.reported_futures)."""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def _by_trigger(events):
    return {e.trigger: e for e in events}


def test_a_reported_permission_with_would_is_planned(nlp):  # noqa: F811
    text = "Port officials said foreign crews would be allowed to leave Norland."
    assert _by_trigger(events_of(nlp, text))["leave"].certainty == "planned"


def test_an_unreported_permission_with_would_is_no_event(nlp):  # noqa: F811
    text = "Foreign crews would be allowed to leave Norland."
    assert "leave" not in _by_trigger(events_of(nlp, text))


def test_a_reported_purpose_with_would_is_no_event(nlp):  # noqa: F811
    text = (
        "Town board members say they would raise parking charges to balance the budget, but"
        " no vote has been called."
    )
    assert "balance" not in _by_trigger(events_of(nlp, text))
