"""Where "the region" after an American state points: the wider area, not the state
(events.pointing_back): American news calls a state "the state"; "the region" it uses for the
area a story is about, as "the region" after a country is the area around that country.

Short texts written for these tests; places arrive resolved, as analyse_text hands them over.
"""

import pytest

from stories.extraction.nlp import get_nlp
from tests.test_event_placing import PLACES, event_with, placed_events, where

CATALOGUE = {
    **PLACES,
    "Vermont": ("admin1", 2, "US", 44.0, -72.7),
    "Velmoria": ("admin1", 2, "NO", 61.5, 8.0),
}


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def test_the_region_after_an_american_state_is_not_that_state(nlp):
    text = (
        "The senator spoke from his farm in Vermont on Monday.\n\n"
        "The army will send 9,000 soldiers to the region this week, officials said."
    )

    sending = event_with(placed_events(nlp, text, catalogue=CATALOGUE), "send")

    assert where(sending) != ("Vermont", "clause")


def test_the_region_after_a_province_elsewhere_is_still_that_province(nlp):
    text = (
        "The minister spoke from his farm in Velmoria on Monday.\n\n"
        "Floods hit the region on Tuesday, officials said."
    )

    flood = event_with(placed_events(nlp, text, catalogue=CATALOGUE), "hit")

    assert where(flood) == ("Velmoria", "clause")


def test_the_state_after_an_american_state_is_still_that_state(nlp):
    text = (
        "The senator spoke from his farm in Vermont on Monday.\n\n"
        "Floods hit the state on Tuesday, officials said."
    )

    flood = event_with(placed_events(nlp, text, catalogue=CATALOGUE), "hit")

    assert where(flood) == ("Vermont", "clause")


def test_the_region_after_an_american_state_reaches_no_province_named_before_it(nlp):
    text = (
        "The minister of Velmoria toured a dairy last week.\n\n"
        "On Monday she spoke at a farm in Vermont.\n\n"
        "Floods hit the region on Tuesday, officials said."
    )

    flood = event_with(placed_events(nlp, text, catalogue=CATALOGUE), "hit")

    assert where(flood)[0] != "Velmoria"
