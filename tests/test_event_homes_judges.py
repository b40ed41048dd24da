"""A nation's officials who blame or praise another country do so from home: "Norwegian
officials assailed Sudland" happened in Norway, not in Sudland nor nowhere. Judging is not a
contest (events.judges_at_home); a match or a fight still gives its sides no home.

Short texts written for these tests; places arrive resolved, as analyse_text hands them over.
"""

import pytest

from stories.extraction.nlp import get_nlp
from tests.test_event_homes import nationalities  # noqa: F401 (an autouse fixture)
from tests.test_event_placing import event_with, placed_events, source_of


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def test_officials_who_assail_another_country_do_so_at_home(nlp):
    text = (
        "Ana Ruiz arrived in Lyon on Monday.\n\n"
        "Norwegian officials assailed Sudland on Tuesday. Norland had asked for talks in 2019."
    )

    assail = event_with(placed_events(nlp, text), "assail")

    assert (assail.place.name, source_of(assail)) == ("Norland", "home")


def test_officials_who_accuse_another_country_do_so_at_home_not_at_the_dateline(nlp):
    text = (
        "LYON, France (AP) — Ana Ruiz arrived on Monday.\n\n"
        "Norwegian officials accused Sudland of spying on Tuesday. Norland had asked for talks "
        "in 2019."
    )

    accuse = event_with(placed_events(nlp, text), "accuse")

    assert (accuse.place.name, source_of(accuse)) == ("Norland", "home")


def test_officials_who_fight_another_country_still_have_no_home(nlp):
    text = (
        "Ana Ruiz arrived in Lyon on Monday.\n\n"
        "Norwegian officials fought Sudland on Tuesday. Norland had asked for talks in 2019."
    )

    fight = event_with(placed_events(nlp, text), "fight")

    assert fight.place is None or source_of(fight) != "home"
