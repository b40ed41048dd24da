"""A numbered road's network name ("U.S. 41") places no event (stories.extraction.roads).

Sentences written for these tests.
"""

import datetime as dt

import pytest

from stories.extraction.analysis import analyse_text
from stories.extraction.mentions import PlaceMention
from stories.extraction.roads import names_a_road


def _places_of_events(text: str) -> list[str | None]:
    analysis = analyse_text(text, published=dt.date(2021, 3, 2))
    return [e.place.name if e.place else None for e in analysis.events]


def test_a_reopened_numbered_highway_is_not_placed_in_the_country():
    placed = _places_of_events(
        "Crews reopened part of U.S. 41 on Monday after the snow stopped, officials said."
    )

    assert placed, "the reopening is an event"
    assert "United States" not in placed


def test_the_us_keeps_placing_an_event_it_names_as_a_country():
    placed = _places_of_events("Prices of eggs rose sharply in the U.S. on Monday.")

    assert "United States" in placed


def test_a_measure_after_the_us_is_no_route_number():
    text = "U.S. 10-year yields rose on Monday."
    analysis = analyse_text(text, published=dt.date(2021, 3, 2))
    us = [p for p in analysis.places if p.text == "U.S."]

    assert us and not names_a_road(text, us[0])


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. 4 times champion lost in Velton on Monday.",
        "The U.S. 3 seed lost in Velton on Monday.",
        "Norburg beat the U.S. 2 to 1 on Monday.",
        "The U.S. 6 months later changed course.",
        "The U.S. 5 years ago changed course.",
    ],
)
def test_a_count_a_score_or_a_time_after_the_us_is_no_route_number(text: str):
    us = next(i for i in range(len(text)) if text.startswith("U.S.", i))
    mention = PlaceMention(
        text="U.S.", start=us, end=us + 4, name="United States", kind="country", specificity=1
    )

    assert not names_a_road(text, mention)


def test_an_invented_route_number_after_the_us_is_a_road():
    text = "Crews closed U.S. 417 near Velton on Monday."
    mention = PlaceMention(
        text="U.S.", start=13, end=17, name="United States", kind="country", specificity=1
    )

    assert names_a_road(text, mention)


def _us_mention(text: str) -> PlaceMention:
    at = text.index("U.S.")
    return PlaceMention(
        text="U.S.", start=at, end=at + 4, name="United States", kind="country", specificity=1
    )


@pytest.mark.parametrize(
    "text",
    [
        "A van was stopped on a county road near U.S. 218, deputies said.",
        "Trucks will reach the depot by U.S. 95.",
        "The plant sits between U.S. 64; the river bounds it on the west.",
    ],
)
def test_a_route_number_followed_by_punctuation_is_still_a_road(text: str):
    assert names_a_road(text, _us_mention(text))


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. 2,000 soldiers left on Monday.",
        "The U.S. 3.5 rate held on Monday.",
    ],
)
def test_a_number_with_thousands_or_decimals_after_the_us_is_no_route(text: str):
    assert not names_a_road(text, _us_mention(text))


def test_a_stop_near_a_numbered_highway_before_a_comma_is_not_placed_in_the_country():
    placed = _places_of_events(
        "A pickup was stopped on Friday on a county road near U.S. 218, deputies said."
    )

    assert placed, "the stop is an event"
    assert "United States" not in placed


@pytest.mark.parametrize(
    "text",
    [
        "After two days China had 14 medals, the U.S. 12, and Japan 9.",
        "The final table read Canada 7, U.S. 5, Mexico 2.",
        "Gold medals so far: Norway 9, the U.S. 8.",
    ],
)
def test_a_count_in_a_tally_of_countries_after_the_us_is_no_route(text: str):
    assert not names_a_road(text, _us_mention(text))


@pytest.mark.parametrize(
    "text",
    [
        "Crews closed U.S. 70, Interstate 40 and U.S. 301 on Monday.",
        "Traffic backed up on Loop 410, U.S. 90 and SR 16 on Friday.",
    ],
)
def test_a_route_number_in_a_list_of_roads_is_still_a_road(text: str):
    assert names_a_road(text, _us_mention(text))
