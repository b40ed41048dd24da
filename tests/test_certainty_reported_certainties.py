"""A statement's certainty is that of the clause it reports (events.reported_certainties).

A statement event ("Port authority says the ferry will stop") is titled by what was said, and
what a reader takes from it is whether that happened, is planned or is under way: the saying
itself always happened.
"""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def _saying(nlp, text: str):  # noqa: F811
    return next(e for e in events_of(nlp, text) if e.trigger == "say")


def test_a_statement_of_a_future_is_planned(nlp):  # noqa: F811
    text = "A port authority spokesman said Thursday that the ferry crews will remain in Norland."
    assert _saying(nlp, text).certainty == "planned"


def test_a_statement_of_a_present_progressive_stays_occurred(nlp):  # noqa: F811
    text = "The Norland mill owner said Tuesday that the company is facing scrutiny from lenders."
    assert _saying(nlp, text).certainty == "occurred"


def test_a_statement_of_a_seeming_progressive_is_ongoing(nlp):  # noqa: F811
    text = "The Norland foreign office said Tuesday that conditions appear to be worsening."
    assert _saying(nlp, text).certainty == "ongoing"


def test_a_statement_of_a_seeming_deed_is_speculated(nlp):  # noqa: F811
    text = "Norland police said Tuesday that the driver appeared to have swerved on the bridge."
    assert _saying(nlp, text).certainty == "speculated"


def test_a_statement_of_readiness_to_act_is_planned(nlp):  # noqa: F811
    text = "The Norland health minister said Friday she is ready to sign new rules for clinics."
    assert _saying(nlp, text).certainty == "planned"


def test_a_statement_of_a_past_progressive_stays_occurred(nlp):  # noqa: F811
    text = "Norland builders said Tuesday that they were halting their work on the stadium."
    assert _saying(nlp, text).certainty == "occurred"


def test_a_statement_of_a_position_stays_occurred(nlp):  # noqa: F811
    text = "The Norland finance ministry said Monday that the new tariff is a mistake."
    assert _saying(nlp, text).certainty == "occurred"


def test_a_statement_of_a_judgement_in_the_future_stays_occurred(nlp):  # noqa: F811
    text = "The Norland finance ministry said Monday that the new tariff will be a mistake."
    assert _saying(nlp, text).certainty == "occurred"


def test_a_statement_of_a_negated_future_stays_occurred(nlp):  # noqa: F811
    text = "Norland and Osterland stressed on Monday the ruling would not change the border."
    assert next(e for e in events_of(nlp, text) if e.trigger == "stress").certainty == "occurred"


def test_a_statement_of_a_quoted_future_stays_occurred(nlp):  # noqa: F811
    text = 'Norland mayor Ann Holt said on Monday, "We will close the bridge to traffic."'
    assert _saying(nlp, text).certainty == "occurred"


def test_a_statement_of_what_would_have_happened_is_speculated(nlp):  # noqa: F811
    text = "The Norland coach said Monday that the team would have won with a full squad."
    assert _saying(nlp, text).certainty == "speculated"
