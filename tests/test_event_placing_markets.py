"""A share's price move with no place of its own happened on the exchange the market report
names last (events.markets).

Short texts written for these tests; places arrive resolved, as analyse_text hands them over.
"""

from tests.test_event_placing import event_with, nlp, placed_events, source_of  # noqa: F401


def test_a_share_s_price_move_happened_on_the_exchange_the_report_names(nlp):  # noqa: F811
    text = (
        "Lyon shares closed lower on Friday, hit by losses in Bergen overnight.\n\n"
        "Nordbank slipped 1.7 to 123.5 on turnover of 11 million shares."
    )

    move = event_with(placed_events(nlp, text), "slip")

    assert (move.place.name, source_of(move)) == ("Lyon", "market")


def test_a_price_move_takes_the_market_the_report_turned_to_last(nlp):  # noqa: F811
    text = (
        "LYON, France (AP) — Lyon shares closed lower on Friday.\n\n"
        "In Bergen, stocks ended mixed in thin trading.\n\n"
        "Fjordkraft fell 5 to 286 on 14 million shares traded."
    )

    move = event_with(placed_events(nlp, text), "fall")

    assert (move.place.name, source_of(move)) == ("Bergen", "market")


def test_traders_buying_on_a_market_are_on_its_exchange(nlp):  # noqa: F811
    text = (
        "In Bergen, stocks closed higher on Friday, after a fall in Paris.\n\n"
        "Dealers placed heavy buy orders in the morning."
    )

    orders = event_with(placed_events(nlp, text), "place")

    assert (orders.place.name, source_of(orders)) == ("Bergen", "market")


def test_a_year_is_no_figure_of_a_price_move(nlp):  # noqa: F811
    text = (
        "Nordbank shares closed in Paris on Tuesday.\n\n"
        "Lyon lost out on the bank's first listing in 2013."
    )

    lost = event_with(placed_events(nlp, text), "lose")

    assert lost.place is None or source_of(lost) != "market"


def test_a_company_s_sales_that_fell_are_no_price_move_on_the_exchange(nlp):  # noqa: F811
    text = (
        "LYON, France (AP) — Nordbank shares closed in Paris on Tuesday.\n\n"
        "Nordbank's sales fell 5% to 3 billion euros in the quarter."
    )

    sales = event_with(placed_events(nlp, text), "fall")

    assert sales.place is None or source_of(sales) != "market"


def test_a_count_of_things_a_company_added_is_no_price_move(nlp):  # noqa: F811
    text = (
        "LYON, France (AP) — Bergen shares of Nordbank fell 2 to 310 on Friday.\n\n"
        "Fjordkraft added 2,500 workers at its plants on Thursday."
    )

    added = event_with(placed_events(nlp, text), "add")

    assert added.place is None or source_of(added) != "market"


def test_points_a_person_added_are_no_price_move(nlp):  # noqa: F811
    text = (
        "LYON, France (AP) — Bergen shares closed higher on Friday.\n\n"
        "Ana Ruiz added 12 points in the second half on Thursday."
    )

    added = event_with(placed_events(nlp, text), "add")

    assert added.place is None or source_of(added) != "market"


def test_a_team_that_lost_by_a_score_made_no_price_move(nlp):  # noqa: F811
    text = (
        "LYON, France (AP) — Bergen shares closed higher on Friday.\n\n"
        "The Vikings lost 5 to 3 at home on Thursday."
    )

    lost = event_with(placed_events(nlp, text), "lose")

    assert lost.place is None or source_of(lost) != "market"


def test_a_list_of_markets_names_no_one_exchange_for_a_move(nlp):  # noqa: F811
    text = (
        "Share prices closed lower in Paris, Lyon and Bergen on Friday.\n\n"
        "Nordbank fell 5 to 286 on thin volume."
    )

    move = event_with(placed_events(nlp, text), "fall")

    assert move.place is None or source_of(move) != "market"


def test_a_market_named_paragraphs_before_no_longer_places_a_move(nlp):  # noqa: F811
    text = (
        "Lyon shares closed lower on Friday, after losses in Bergen.\n\n"
        "The bank's chairman spoke to reporters at noon.\n\n"
        "He praised the staff of the branch.\n\n"
        "The staff welcomed a new manager in the spring.\n\n"
        "Nordbank fell 5 to 286 on thin volume."
    )

    move = event_with(placed_events(nlp, text), "fall")

    assert move.place is None or source_of(move) != "market"


def test_a_market_report_run_of_movers_keeps_its_exchange(nlp):  # noqa: F811
    text = (
        "Lyon shares closed lower on Friday, after losses in Bergen.\n\n"
        "Nordbank eased 1 to 416.\n\n"
        "Dealers said the selling was heavy.\n\n"
        "Fjordkraft slipped 3 to 120.\n\n"
        "Dealers said buyers stayed away.\n\n"
        "Norsk Hydro fell 5 to 286 on thin volume."
    )

    move = event_with(placed_events(nlp, text), "fall")

    assert (move.place.name, source_of(move)) == ("Lyon", "market")
