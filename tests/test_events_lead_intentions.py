"""A named actor's present want to act, told in the lead, is the plan the story reports
(events.lead_intentions); later in the story, or of someone unnamed, it stays a position."""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def _triggers(nlp, text: str) -> list[str]:  # noqa: F811
    return [e.trigger for e in events_of(nlp, text)]


def test_a_named_company_wanting_to_act_in_the_lead_is_a_plan(nlp):  # noqa: F811
    text = "Hollin Mining Corp. wants to buy a quarter of the shares of a rival coal firm."
    events = [e for e in events_of(nlp, text) if e.trigger == "buy"]
    assert events and events[0].certainty == "planned"


def test_a_named_want_after_the_lead_stays_a_position(nlp):  # noqa: F811
    text = (
        "The county board met on Monday. Members argued for hours about the budget. "
        "Hollin Mining Corp. wants to buy a quarter of the shares of a rival coal firm."
    )
    assert "buy" not in _triggers(nlp, text)


def test_an_unnamed_want_in_the_lead_stays_a_wish(nlp):  # noqa: F811
    text = "Many miners want to buy a quarter of the shares of a rival coal firm."
    assert "buy" not in _triggers(nlp, text)


def test_a_want_denied_in_the_lead_is_no_plan(nlp):  # noqa: F811
    text = "Hollin Mining Corp. does not want to buy a quarter of the shares of a rival coal firm."
    assert "buy" not in _triggers(nlp, text)
