"""A deed on a nation's land named by its nationality ("from Iranian territory") happened in
that country, when the story names it (events.national_lands).

Short texts written for these tests; places arrive resolved, as analyse_text hands them over.
"""

import pytest

from stories.extraction.events import homes, pointing_back
from tests.test_event_placing import event_with, nlp, placed_events, source_of  # noqa: F401


@pytest.fixture(autouse=True)
def _nationalities(monkeypatch):
    """The gazetteer's demonyms, without loading the gazetteer."""
    table = {"French": "FR", "Norwegian": "NO", "Swedish": "SE"}
    monkeypatch.setattr(homes, "nationality", lambda word: table.get(word))
    monkeypatch.setattr(pointing_back, "nationality", lambda word: table.get(word))


def test_withdrawing_from_a_nation_s_territory_happens_in_that_nation(nlp):  # noqa: F811
    text = (
        "Norland and Sudland signed a truce in Lyon on Monday.\n\n"
        "Norland began withdrawing troops from Swedish territory on Friday."
    )

    withdrawal = event_with(placed_events(nlp, text), "withdraw")

    assert (withdrawal.place.name, source_of(withdrawal)) == ("Sudland", "land")


def test_a_nation_s_territory_places_nothing_when_the_story_never_names_the_nation(nlp):  # noqa: F811
    text = (
        "France signed a truce in Lyon on Monday.\n\n"
        "Norland began withdrawing troops from Swedish territory on Friday."
    )

    withdrawal = event_with(placed_events(nlp, text), "withdraw")

    assert withdrawal.place is None


def test_a_saying_is_not_placed_on_the_land_it_reports_a_crossing_of(nlp):  # noqa: F811
    text = (
        "Sudland signed a truce in Lyon on Monday.\n\n"
        "Ana Ruiz said on Tuesday that Norland troops were crossing Swedish territory as part "
        "of a pincer movement."
    )

    saying = event_with(placed_events(nlp, text), "say")

    assert saying.place is None or source_of(saying) != "land"


def test_a_nation_s_officials_acting_on_another_nation_s_waters_act_there(nlp):  # noqa: F811
    text = (
        "Norland and Sudland signed a truce in Lyon on Monday.\n\n"
        "Norwegian officials arrested two fishermen in Swedish waters on Friday."
    )

    arrest = event_with(placed_events(nlp, text), "arrest")

    assert (arrest.place.name, source_of(arrest)) == ("Sudland", "land")
