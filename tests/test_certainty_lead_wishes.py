"""A wish the lead tells is the story's plan; "want" elsewhere is no plan (events.lead_wishes),
and "unlikely to" speculates as "likely to" expects (events.lexicon.GOVERNOR_CERTAINTY).

The sentences are written for these tests.
"""

from tests.test_events import certainty_of_verb, event_triggers, nlp  # noqa: F401 (fixture)

_BEFORE = "The Dalby council met on Monday. The board approved the budget on Monday. "


def test_a_wish_heading_the_lead_is_a_plan(nlp):  # noqa: F811
    text = "Dalby Mayor Tom Ferris wants to start a night patrol program for the city police."
    assert certainty_of_verb(nlp, text, "start", None) == "planned"


def test_a_company_wishing_in_the_lead_plans_the_purchase(nlp):  # noqa: F811
    text = "Acme Motors Corp. wants to buy as much as 15% of Dalby Cars PLC."
    assert "buy" in event_triggers(nlp, text)


def test_a_wish_past_the_lead_is_no_plan(nlp):  # noqa: F811
    text = _BEFORE + "The mayor wants to close the old library."
    assert certainty_of_verb(nlp, text, "close", None) is None


def test_a_speakers_own_wish_in_the_lead_is_no_plan(nlp):  # noqa: F811
    text = "We want to close the old library in Dalby."
    assert certainty_of_verb(nlp, text, "close", None) is None


def test_a_wish_in_a_relative_clause_of_the_lead_is_no_plan(nlp):  # noqa: F811
    text = "The group guides people who want to leave the city of Dalby."
    assert certainty_of_verb(nlp, text, "leave", None) is None


def test_a_negated_wish_in_the_lead_is_no_plan(nlp):  # noqa: F811
    text = "Dalby Mayor Tom Ferris does not want to close the old library."
    assert certainty_of_verb(nlp, text, "close", None) != "planned"


def test_unlikely_to_is_speculated(nlp):  # noqa: F811
    text = "The request is unlikely to get approved by the Dalby County Commission."
    assert certainty_of_verb(nlp, text, "approved", None) == "speculated"


def test_a_past_wish_in_the_lead_is_no_plan(nlp):  # noqa: F811
    text = "Acme Motors Corp. wanted to buy as much as 15% of Dalby Cars PLC."
    assert certainty_of_verb(nlp, text, "buy", None) != "planned"


def test_a_conditional_wish_in_the_lead_is_no_plan(nlp):  # noqa: F811
    text = "Dalby Mayor Tom Ferris would want to close the old library."
    assert certainty_of_verb(nlp, text, "close", None) != "planned"


def test_a_wish_no_longer_held_in_the_lead_is_no_plan(nlp):  # noqa: F811
    text = "Acme Motors Corp. no longer wants to buy Dalby Cars PLC."
    assert certainty_of_verb(nlp, text, "buy", None) != "planned"
