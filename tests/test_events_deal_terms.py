"""The price a deal sets, told as what a buyer will pay (events.deal_terms).

Sentences written for these tests; mentions come from tests/test_events.py's helpers.
"""

from stories.extraction.events.deal_terms import price_term
from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)


def test_what_a_buyer_will_pay_for_shares_is_a_term_not_an_event(nlp):  # noqa: F811
    text = "The Harbor City bank will pay 0.82 share for each share of its smaller rival."

    assert "pay" not in event_triggers(nlp, text)


def test_a_price_paid_in_the_past_is_a_purchase_told_as_done(nlp):  # noqa: F811
    text = "The Harbor City bank paid 12 million dollars for the old post office on Monday."

    assert "pay" in event_triggers(nlp, text)


def test_an_offer_of_an_amount_each_for_shares_is_a_term(nlp):  # noqa: F811
    doc = nlp("The bank said it will offer 1,850 francs (296 dollars) each for the shares.")

    assert price_term(next(t for t in doc if t.lower_ == "offer"))
