"""A deed told as a standing rate or as rarely done ("earns $180,000 a year") is no happening.

Short sentences written for these tests, each after a lead that reports a happening.
"""

import pytest
import spacy

from stories.extraction.nlp import MODEL_NAME
from tests.test_events import event_triggers

LEAD = "Acme Corp. opened a plant in Lyon on Monday. "


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL_NAME)


def test_an_amount_counted_a_year_is_a_standing_rate(nlp):
    text = LEAD + "Its manager earned about $180,000 a year."

    assert "earn" not in event_triggers(nlp, text)


def test_an_amount_counted_a_day_is_a_standing_rate(nlp):
    text = LEAD + "The old ferry carried 400 passengers a day."

    assert "carry" not in event_triggers(nlp, text)


def test_an_amount_counted_per_week_is_a_standing_rate(nlp):
    text = LEAD + "The bakery sold 900 loaves per week."

    assert "sell" not in event_triggers(nlp, text)


def test_a_deed_seldom_done_is_no_happening(nlp):
    text = LEAD + "The night trains were seldom filled."

    assert "fill" not in event_triggers(nlp, text)


def test_an_amount_paid_a_year_ago_is_a_happening(nlp):
    text = LEAD + "The firm paid $5,000 to a supplier a year ago."

    assert "pay" in event_triggers(nlp, text)


def test_an_amount_sold_on_a_day_is_a_happening(nlp):
    text = LEAD + "The bakery sold 900 loaves on Tuesday."

    assert "sell" in event_triggers(nlp, text)


def test_things_received_monthly_are_a_standing_rate(nlp):
    text = LEAD + "The landlord collected monthly rent payments from his tenants."

    assert "collect" not in event_triggers(nlp, text)


def test_one_quarters_figures_reported_are_a_happening(nlp):
    text = LEAD + "The chain reported lower quarterly sales."

    assert "report" in event_triggers(nlp, text)


def test_one_years_figures_posted_are_a_happening(nlp):
    text = LEAD + "The bank posted record yearly profits."

    assert "post" in event_triggers(nlp, text)


def test_one_weekly_thing_published_is_a_happening(nlp):
    text = LEAD + "The paper printed its weekly supplement early."

    assert "print" in event_triggers(nlp, text)


def test_a_sum_set_on_someone_at_a_rate_is_a_happening(nlp):
    text = LEAD + "The city awarded the builder $9,000 a month."

    assert "award" in event_triggers(nlp, text)


def test_an_amount_a_day_during_a_happening_is_that_happening_told(nlp):
    text = LEAD + "The plant lost $2 million a day during the strike."

    assert "lose" in event_triggers(nlp, text)


def test_an_amount_a_day_while_something_lasted_is_a_happening(nlp):
    text = LEAD + "The plant lost $2 million a day while the roads were closed."

    assert "lose" in event_triggers(nlp, text)


def test_an_amount_a_day_set_against_a_rivals_deed_is_a_standing_rate(nlp):
    # A "while" of contrast ("while its rival made a profit") bounds no stretch of time.
    text = LEAD + "The plant lost $2 million a day while its rival made a profit."

    assert "lose" not in event_triggers(nlp, text)


def test_an_amount_a_day_until_a_happening_ended_is_a_happening(nlp):
    text = LEAD + "The plant lost $2 million a day until the strike ended."

    assert "lose" in event_triggers(nlp, text)
