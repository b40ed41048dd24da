"""A share's price move with no place of its own happened on the exchange the market report
names last (events.markets).

Short texts written for these tests; places arrive resolved, as analyse_text hands them over.
"""

import pytest

from stories.extraction.nlp import get_nlp
from tests.test_event_placing import event_with, placed_events, source_of


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def test_a_share_s_price_move_happened_on_the_exchange_the_report_names(nlp):
    text = (
        "Lyon shares closed lower on Friday, hit by losses in Bergen overnight.\n\n"
        "Nordbank slipped 1.7 to 123.5 on turnover of 11 million shares."
    )

    move = event_with(placed_events(nlp, text), "slip")

    assert (move.place.name, source_of(move)) == ("Lyon", "market")


def test_a_price_move_takes_the_market_the_report_turned_to_last(nlp):
    text = (
        "LYON, France (AP) — Lyon shares closed lower on Friday.\n\n"
        "In Bergen, stocks ended mixed in thin trading.\n\n"
        "Fjordkraft fell 5 to 286 on 14 million shares traded."
    )

    move = event_with(placed_events(nlp, text), "fall")

    assert (move.place.name, source_of(move)) == ("Bergen", "market")


def test_traders_buying_on_a_market_are_on_its_exchange(nlp):
    text = (
        "In Bergen, stocks closed higher on Friday, after a fall in Paris.\n\n"
        "Dealers placed heavy buy orders in the morning."
    )

    orders = event_with(placed_events(nlp, text), "place")

    assert (orders.place.name, source_of(orders)) == ("Bergen", "market")


def test_a_year_is_no_figure_of_a_price_move(nlp):
    text = (
        "Nordbank shares closed in Paris on Tuesday.\n\n"
        "Lyon lost out on the bank's first listing in 2013."
    )

    lost = event_with(placed_events(nlp, text), "lose")

    assert lost.place is None or source_of(lost) != "market"


def test_a_company_s_sales_that_fell_are_no_price_move_on_the_exchange(nlp):
    text = (
        "LYON, France (AP) — Nordbank shares closed in Paris on Tuesday.\n\n"
        "Nordbank's sales fell 5% to 3 billion euros in the quarter."
    )

    sales = event_with(placed_events(nlp, text), "fall")

    assert sales.place is None or source_of(sales) != "market"
