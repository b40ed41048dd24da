"""A market act told of an exchange or index named by its name, not its city, happened in the
city the exchange trades in (events.exchanges), and the report's later movers with it
(events.markets). Short texts written for these tests; the gazetteer is one entry."""

import pytest

from stories.extraction.events import exchanges
from stories.geocoding.places import GazetteerEntry
from tests.test_event_placing import event_with, nlp, placed_events, source_of  # noqa: F401

NEW_YORK = GazetteerEntry(
    5128581, "New York City", 40.71, -74.01, "P", "PPLA2", "US", "NY", 8_000_000, "city"
)


@pytest.fixture(autouse=True)
def _gazetteer(monkeypatch):
    monkeypatch.setattr(
        exchanges, "gazetteer_entry", lambda gid: NEW_YORK if gid == 5128581 else None
    )


def test_shares_delisted_from_a_named_exchange_were_delisted_in_its_city(nlp):  # noqa: F811
    text = "Nordbank shares were delisted from the New York Stock Exchange on Tuesday."

    delisted = event_with(placed_events(nlp, text), "delist")

    assert (delisted.place.name, source_of(delisted)) == ("New York City", "exchange")


def test_a_close_at_a_price_in_big_board_trading_beats_the_sentence_s_other_place(
    nlp,  # noqa: F811
):
    text = (
        "Another analyst, Ana Ruiz of Nordsec in Lyon, went to a sell recommendation on "
        "Nordbank stock, which closed on Friday at $41.50, down 25 cents, in Big Board "
        "composite trading."
    )

    closed = event_with(placed_events(nlp, text), "close")

    assert (closed.place.name, source_of(closed)) == ("New York City", "exchange")


def test_a_mover_told_after_a_named_exchange_closed_on_that_exchange(nlp):  # noqa: F811
    text = (
        "Nordbank shares were delisted from the New York Stock Exchange on Tuesday.\n\n"
        "Fjordkraft closed at $28.25, down 50 cents."
    )

    closed = event_with(placed_events(nlp, text), "close")

    assert (closed.place.name, source_of(closed)) == ("New York City", "market")


def test_an_index_left_within_points_of_its_record_moved_on_its_exchange(nlp):  # noqa: F811
    text = (
        "Stocks rose on Friday, pushing the Dow Jones industrial average up 72.24 points, "
        "leaving the index within 70 points of its record high."
    )

    left = event_with(placed_events(nlp, text), "leave")

    assert left.place.name == "New York City"


def test_a_company_s_news_that_mentions_its_listing_is_not_on_the_exchange(nlp):  # noqa: F811
    text = (
        "Nordbank, whose shares trade on Nasdaq, said on Tuesday that its profit rose 5% "
        "in the quarter."
    )

    rose = event_with(placed_events(nlp, text), "rise")

    assert rose.place is None or source_of(rose) not in ("exchange", "market")


def test_a_company_suspending_its_own_work_near_the_big_board_is_no_market_act(
    nlp,  # noqa: F811
):
    text = (
        "Nordbank shares fell 3% on the Big Board on Monday. Fjordair suspended deliveries of "
        "its new jet, and Velmar resumed talks with the union."
    )

    events = placed_events(nlp, text)
    suspended, resumed = event_with(events, "suspend"), event_with(events, "resume")

    assert [where_placed(e) for e in (suspended, resumed)] == [None, None]


def test_shares_whose_trading_was_suspended_on_the_big_board_were_suspended_there(
    nlp,  # noqa: F811
):
    text = "Trading in Nordbank shares was suspended on the Big Board on Monday."

    suspended = event_with(placed_events(nlp, text), "suspend")

    assert (suspended.place.name, source_of(suspended)) == ("New York City", "exchange")


def test_a_person_listing_her_priorities_after_a_dow_report_is_no_listing(nlp):  # noqa: F811
    text = (
        "The Dow Jones industrial average fell 120 points on Monday. Later, Senator Ana Ruiz "
        "listed her priorities for the session."
    )

    listed = event_with(placed_events(nlp, text, people={}), "list")

    assert where_placed(listed) is None


def test_a_company_halting_production_named_by_the_nikkei_newspaper_is_not_in_tokyo(
    nlp,  # noqa: F811
):
    text = "Fjordair halted production on Monday, the Nikkei business daily reported."

    assert exchanges.EXCHANGES[1][0].search(text) is None


def test_the_nikkei_average_still_names_the_tokyo_market(nlp):  # noqa: F811
    assert exchanges.EXCHANGES[1][0].search("The Nikkei average rose 2% on Monday.")


def test_amex_alone_is_no_exchange(nlp):  # noqa: F811
    text = "Shares of Amex rose after the card issuer said profit climbed."

    assert exchanges.EXCHANGES[0][0].search(text) is None


def test_dow_jones_newswires_is_no_exchange(nlp):  # noqa: F811
    text = "Nordbank shares closed at $41.50 on Monday, Dow Jones Newswires reported."

    closed = event_with(placed_events(nlp, text), "close")

    assert where_placed(closed) is None


def test_the_dow_jones_industrials_still_name_the_new_york_market(nlp):  # noqa: F811
    assert exchanges.EXCHANGES[0][0].search("The Dow Jones industrials fell 30 points.")


def where_placed(event):
    """The source that placed ``event`` when it is a market's or an exchange's, else None."""
    source = (event.provenance.get("place") or {}).get("source")
    return source if source in ("exchange", "market") else None


def test_a_purchase_of_shares_tendered_on_a_named_exchange_is_made_on_it(nlp):  # noqa: F811
    text = "On Monday, Nordbank bought all shares tendered on the New York Stock Exchange."

    bought = event_with(placed_events(nlp, text), "buy")

    assert (bought.place.name, source_of(bought)) == ("New York City", "exchange")


def test_a_purchase_by_a_company_whose_own_shares_trade_on_an_exchange_is_not_on_it(
    nlp,  # noqa: F811
):
    text = "On Monday, Nordbank, whose shares trade on Nasdaq, bought a stake in Fjordair."

    bought = event_with(placed_events(nlp, text), "buy")

    assert bought.place is None or source_of(bought) not in ("exchange", "market")


def test_a_purchase_of_a_factory_near_an_exchange_name_is_not_on_it(nlp):  # noqa: F811
    text = "On Monday, Nordbank bought a factory from Fjordair, a Big Board company."

    bought = event_with(placed_events(nlp, text), "buy")

    assert bought.place is None or source_of(bought) not in ("exchange", "market")


def test_a_purchase_of_shares_naming_no_exchange_keeps_its_context_s_place(nlp):  # noqa: F811
    text = (
        "Ana Ruiz arrived in Lyon on Monday.\n\n"
        "On Tuesday, Nordbank bought all shares tendered by its holders."
    )

    bought = event_with(placed_events(nlp, text), "buy")

    assert bought.place is None or source_of(bought) != "exchange"


def test_a_sold_stake_in_a_company_listed_on_an_exchange_is_not_sold_on_it(nlp):  # noqa: F811
    text = (
        "On Monday, Nordbank sold its stake in Fjordair, which is listed on the New York "
        "Stock Exchange."
    )

    sold = event_with(placed_events(nlp, text), "sell")

    assert sold.place is None or source_of(sold) not in ("exchange", "market")


TOKYO = GazetteerEntry(1850147, "Tokyo", 35.69, 139.69, "P", "PPLC", "JP", "40", 8_000_000, "city")
JAPAN = {"Japan": ("country", 1, "JP", 36.0, 138.0)}


def test_an_index_owned_by_its_country_moved_in_its_exchange_s_city(nlp, monkeypatch):  # noqa: F811
    monkeypatch.setattr(exchanges, "gazetteer_entry", lambda gid: TOKYO if gid == 1850147 else None)
    text = "Japan's Nikkei fell 0.5% on Tuesday."

    fell = event_with(placed_events(nlp, text, catalogue=JAPAN), "fall")

    assert (fell.place.name, source_of(fell)) == ("Tokyo", "exchange")


def test_a_country_s_own_deed_beside_its_index_keeps_its_country(nlp, monkeypatch):  # noqa: F811
    monkeypatch.setattr(exchanges, "gazetteer_entry", lambda gid: TOKYO if gid == 1850147 else None)
    text = "Japan's exports fell 2% in May, and the Nikkei newspaper said demand was weak."

    fell = event_with(placed_events(nlp, text, catalogue=JAPAN), "fall")

    assert fell.place.name == "Japan"


def test_the_shanghai_composite_moves_in_shanghai(nlp, monkeypatch):  # noqa: F811
    shanghai = GazetteerEntry(
        1796236, "Shanghai", 31.22, 121.46, "P", "PPL", "CN", "23", 22_000_000, "city"
    )
    monkeypatch.setattr(exchanges, "gazetteer_entry", lambda gid: shanghai)
    text = "China's Shanghai Composite slumped 0.2% on Tuesday."

    slumped = event_with(
        placed_events(nlp, text, catalogue={"China": ("country", 1, "CN", 35.0, 104.0)}), "slump"
    )

    assert (slumped.place.name, source_of(slumped)) == ("Shanghai", "exchange")
