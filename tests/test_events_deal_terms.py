"""A sum still to be paid, with no time of its own, is a term of a deal (events.deal_terms).

Short texts written for these tests.
"""

from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)

LEAD = "Harlow Mills agreed on Monday to buy the Denby bakery chain in Harbor City. "


def test_a_price_in_shares_still_to_be_paid_is_no_event(nlp):  # noqa: F811
    text = LEAD + "Harlow will pay 0.6 share for each Denby share."

    assert "pay" not in event_triggers(nlp, text)


def test_a_sum_of_money_still_to_be_contributed_is_no_event(nlp):  # noqa: F811
    text = LEAD + "The Denby family is to contribute $20 million to the new company."

    assert "contribute" not in event_triggers(nlp, text)


def test_a_payment_with_a_day_of_its_own_is_kept(nlp):  # noqa: F811
    text = LEAD + "Harlow will pay $5 million to the Denby family on Friday."

    assert "pay" in event_triggers(nlp, text)


def test_a_sum_told_in_the_first_sentence_is_the_news_and_kept(nlp):  # noqa: F811
    text = "Harlow Mills will pay $40 million for the Denby bakery chain in Harbor City."

    assert "pay" in event_triggers(nlp, text)


def test_a_plan_to_invest_a_sum_is_judged_as_any_plan(nlp):  # noqa: F811
    text = LEAD + "Harlow will invest $30 million in a new oven line in Port Lanier."

    assert "invest" in event_triggers(nlp, text)
