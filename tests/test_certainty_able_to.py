"""A modal over "be able to": the act is as sure as the modal of "be" makes it
(events.certainty, events.dated_prospects).

The sentences are written for these tests.
"""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def _certainties(nlp, text: str, trigger: str) -> list[str]:  # noqa: F811
    return [e.certainty for e in events_of(nlp, text) if e.trigger == trigger]


def test_a_modal_before_be_able_to_makes_the_act_speculated(nlp):  # noqa: F811
    text = "The shelter in Oslo may be able to secure a grant this week."
    assert _certainties(nlp, text, "secure") == ["speculated"]


def test_be_able_to_without_a_date_stays_commentary(nlp):  # noqa: F811
    text = "The shelter in Oslo may be able to secure a grant."
    assert _certainties(nlp, text, "secure") == []
