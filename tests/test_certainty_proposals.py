"""What a proposal "would" do (events.instruments.proposal_would) and a modal over "be able to"
(events.certainty, events.dated_prospects).

The sentences are written for these tests.
"""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def _certainties(nlp, text: str, trigger: str) -> list[str]:  # noqa: F811
    return [e.certainty for e in events_of(nlp, text) if e.trigger == trigger]


def test_what_an_amendment_would_do_is_speculated(nlp):  # noqa: F811
    text = "The amendment would remove the old protections in Oslo."
    assert _certainties(nlp, text, "remove") == ["speculated"]


def test_what_a_bill_in_a_relative_clause_would_do_is_speculated(nlp):  # noqa: F811
    text = "Voters weighed a measure which would prohibit towns in Oslo from taxing boats."
    assert _certainties(nlp, text, "prohibit") == ["speculated"]


def test_a_past_habit_told_with_would_is_no_proposal(nlp):  # noqa: F811
    text = "As a boy he would walk to the harbour in Oslo every day."
    assert _certainties(nlp, text, "walk") == []


def test_what_a_failed_measure_would_have_done_is_not_taken(nlp):  # noqa: F811
    text = "The amendment would have removed the old protections in Oslo."
    assert _certainties(nlp, text, "remove") == []


def test_a_modal_before_be_able_to_makes_the_act_speculated(nlp):  # noqa: F811
    text = "The shelter in Oslo may be able to secure a grant this week."
    assert _certainties(nlp, text, "secure") == ["speculated"]


def test_be_able_to_without_a_date_stays_commentary(nlp):  # noqa: F811
    text = "The shelter in Oslo may be able to secure a grant."
    assert _certainties(nlp, text, "secure") == []
