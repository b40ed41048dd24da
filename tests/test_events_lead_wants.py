"""A named actor's "wants to" in the lead is a plan the story opens on (events.lead_wants)."""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)

_LATER = (
    " The deal would join two of the largest mills in the region. Talks began last year."
    " Analysts expect the board to meet soon."
)


def _by_trigger(events):
    return {e.trigger: e for e in events}


def test_a_named_actors_want_in_the_lead_is_a_plan(nlp):  # noqa: F811
    text = "Norco Ltd. wants to buy a large stake in Varden Mills, its rival." + _LATER
    assert _by_trigger(events_of(nlp, text))["buy"].certainty == "planned"


def test_a_want_after_the_lead_is_no_event(nlp):  # noqa: F811
    text = (
        "Varden Mills cut its prices on Monday."
        + _LATER
        + " For example, the IRS wants to tax workers who are given company cars."
    )
    assert "tax" not in _by_trigger(events_of(nlp, text))


def test_an_unnamed_want_in_the_lead_is_no_event(nlp):  # noqa: F811
    text = "A charity is helping families who want to leave the flooded district." + _LATER
    assert "leave" not in _by_trigger(events_of(nlp, text))
