"""A nation's currency, market or economy named by its nationality ("the Swedish currency
lost 26 percent") moved in that nation, even in a story set elsewhere; the gazetteer's country
entry stands in when the story never names it (events.national_economies).

Short texts written for these tests; places arrive resolved, as analyse_text hands them over.
"""

import pytest

from stories.extraction.events import homes, national_economies, pointing_back
from stories.geocoding.places import GazetteerEntry
from tests.test_event_placing import event_with, nlp, placed_events, source_of  # noqa: F401

_SWEDEN = GazetteerEntry(2661886, "Sweden", 62.0, 15.0, "A", "PCLI", "SE", "", 10e6, "country")


@pytest.fixture(autouse=True)
def _nationalities(monkeypatch):
    """The gazetteer's demonyms and countries, without loading the gazetteer."""
    table = {"French": "FR", "Norwegian": "NO", "Swedish": "SE", "Asian": None}
    monkeypatch.setattr(homes, "nationality", lambda word: table.get(word))
    monkeypatch.setattr(pointing_back, "nationality", lambda word: table.get(word))
    monkeypatch.setattr(
        national_economies, "country_entry", lambda code: _SWEDEN if code == "SE" else None
    )


def test_a_nation_s_currency_loses_value_in_that_nation_not_the_story_s_city(nlp):  # noqa: F811
    text = (
        "Stocks in Bergen slumped on Monday.\n\n"
        "Prices in Bergen slid again.\n\n"
        "The Swedish currency has lost 26 percent of its value."
    )

    loss = event_with(placed_events(nlp, text), "lose")

    assert (loss.place.name, source_of(loss)) == ("Sweden", "home")


def test_the_value_of_a_nation_s_stock_market_falls_in_that_nation(nlp):  # noqa: F811
    text = (
        "Stocks in Bergen slumped on Monday.\n\n"
        "Prices in Bergen slid again.\n\n"
        "The value of the Swedish stock market fell 12 percent on Tuesday."
    )

    fall = event_with(placed_events(nlp, text), "fall")

    assert fall.place.name == "Sweden"


def test_a_named_nation_s_currency_takes_the_story_s_own_mention_of_it(nlp):  # noqa: F811
    text = (
        "Stocks in Bergen slumped on Monday after Sudland raised rates.\n\n"
        "The Swedish currency has lost 26 percent of its value."
    )

    loss = event_with(placed_events(nlp, text), "lose")

    assert (loss.place.name, loss.place.start) == ("Sudland", text.index("Sudland"))


def test_a_continent_s_markets_have_no_one_country(nlp):  # noqa: F811
    text = "Stocks in Bergen slumped on Monday.\n\nThe Asian market has lost 5 percent."

    loss = event_with(placed_events(nlp, text), "lose")

    assert loss.place is None or loss.place.name != "Sweden"


def test_a_firm_s_market_is_no_nation_s(nlp):  # noqa: F811
    text = (
        "Stocks in Bergen slumped on Monday.\n\n"
        "Prices in Bergen slid again.\n\n"
        "Acme's Swedish market has lost 26 percent of its value."
    )

    loss = event_with(placed_events(nlp, text), "lose")

    assert loss.place is None or loss.place.name != "Sweden"


def test_a_market_named_with_a_country_s_own_name_is_left_to_the_market_rules(nlp):  # noqa: F811
    text = (
        "Stocks in Bergen slumped on Monday.\n\n"
        "Prices in Bergen slid again.\n\n"
        "The Sudland stock market fell 12 percent on Tuesday."
    )

    fall = event_with(placed_events(nlp, text), "fall")

    assert fall.place is None or source_of(fall) != "home"


def test_a_street_market_named_by_a_nationality_stays_where_it_is(nlp):  # noqa: F811
    text = (
        "Stalls in Bergen were busy on Monday.\n\n"
        "The Swedish Christmas market opened on Thursday with 80 stalls."
    )

    opened = event_with(placed_events(nlp, text), "open")

    assert opened.place is None or opened.place.name != "Sweden"


def test_a_market_evacuated_is_no_change_of_a_nation_s_market(nlp):  # noqa: F811
    text = (
        "Shops in Bergen closed on Monday.\n\n"
        "The Swedish market on Ninth Street was evacuated on Monday after a gas leak."
    )

    evacuated = event_with(placed_events(nlp, text), "evacuate")

    assert evacuated.place is None or evacuated.place.name != "Sweden"


def test_what_a_nation_s_economy_does_besides_changing_takes_no_home_there(nlp):  # noqa: F811
    text = (
        "Stocks in Bergen slumped on Monday.\n\n"
        "The Swedish economy slowed last quarter, hurting American exporters."
    )

    hurt = event_with(placed_events(nlp, text), "hurt")

    assert hurt.place is None or source_of(hurt) != "home"


def test_a_nation_s_slowing_economy_slows_in_that_nation(nlp):  # noqa: F811
    text = (
        "Stocks in Bergen slumped on Monday.\n\n"
        "The Swedish economy slowed last quarter, hurting American exporters."
    )

    slowed = event_with(placed_events(nlp, text), "slow")

    assert slowed.place.name == "Sweden"


def test_a_nation_s_currency_by_its_own_name_falls_in_that_nation(nlp):  # noqa: F811
    text = "Stocks in Bergen slumped on Monday.\n\nThe Swedish krona fell 2 percent on Tuesday."

    fell = event_with(placed_events(nlp, text), "fall")

    assert (fell.place.name, source_of(fell)) == ("Sweden", "home")
