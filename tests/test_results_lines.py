"""A results figure moved with no period of its own ("Sales rose 4.8% to $1.2 billion") is a line
of a results report, no happening; one with its period, a date, or a share's price stays.

Short sentences written for these tests, each after a lead that reports a happening.
"""

import pytest
import spacy

from stories.extraction.nlp import MODEL_NAME
from tests.test_events import event_triggers

LEAD = "Acme Corp. reported a third-quarter profit of $50 million on Monday. "


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL_NAME)


def test_sales_moved_with_no_period_are_a_results_line(nlp):
    text = LEAD + "Sales rose 4.8% to $1.20 billion from $1.14 billion."

    assert "rise" not in event_triggers(nlp, text)


def test_net_moved_with_no_period_is_a_results_line(nlp):
    text = LEAD + "Net fell 16% to $123.1 million, or $1.02 a share, from $145.7 million."

    assert "fall" not in event_triggers(nlp, text)


def test_comparable_sales_moved_by_a_percentage_are_a_results_line(nlp):
    text = LEAD + "Comparable sales rose 3.6 percent, missing the 4.8 percent gain expected."

    assert "rise" not in event_triggers(nlp, text)


def test_a_results_figure_with_its_own_period_is_a_happening(nlp):
    text = LEAD + "Its third-quarter net income fell 5.9% to $9.5 million from $10.1 million."

    assert "fall" in event_triggers(nlp, text)


def test_a_results_figure_with_a_date_of_its_own_is_a_happening(nlp):
    text = LEAD + "New vehicle sales in the Houston area plunged 10 percent last month."

    assert "plunge" in event_triggers(nlp, text)


def test_a_share_price_moved_is_a_happening(nlp):
    text = LEAD + "Acme shares rose 5% to $20 in New York."

    assert "rise" in event_triggers(nlp, text)


def test_a_results_figure_with_no_report_before_it_is_a_happening(nlp):
    text = "Tesla's profit plunged 55% as price cuts weighed on margins."

    assert "plunge" in event_triggers(nlp, text)


def test_sales_moved_with_no_report_before_them_are_a_happening(nlp):
    text = "The war dragged on in Ukraine. Sales rose 40% to 100,000 vehicles."

    assert "rise" in event_triggers(nlp, text)


def test_sales_named_by_what_was_sold_are_a_happening_even_after_a_report(nlp):
    text = LEAD + "Gun sales jumped 30% after the shooting in Uvalde."

    assert "jump" in event_triggers(nlp, text)


def test_sales_of_a_named_good_are_a_happening_even_after_a_report(nlp):
    text = LEAD + "Sales of electric cars in Norway rose 40% to 100,000 vehicles."

    assert "rise" in event_triggers(nlp, text)


def test_sales_to_a_buyer_are_a_happening_even_after_a_report(nlp):
    text = LEAD + "Arms sales to Saudi Arabia rose 20% to $3 billion, according to SIPRI."

    assert "rise" in event_triggers(nlp, text)
