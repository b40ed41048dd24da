"""A happening that threatens to bring another (events.hazard_threats).

The sentences are written for these tests.
"""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def _certainties(nlp, text: str, trigger: str) -> list[str]:  # noqa: F811
    return [e.certainty for e in events_of(nlp, text) if e.trigger == trigger]


def test_what_a_fire_threatens_to_cause_is_speculated(nlp):  # noqa: F811
    text = "A grass fire threatens to close the main road near Oslo."
    assert _certainties(nlp, text, "close") == ["speculated"]


def test_a_person_threatening_to_act_gives_no_speculated_act(nlp):  # noqa: F811
    text = "The mayor threatens to close the main road near Oslo."
    assert _certainties(nlp, text, "close") == []


def test_a_party_that_threatened_keeps_the_threat_as_its_deed(nlp):  # noqa: F811
    text = "Protesters threatened to close the main road near Oslo on Monday."
    assert _certainties(nlp, text, "threaten") == ["occurred"]
