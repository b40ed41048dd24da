"""A nation's leader named by nationality ("the French leader") acts at home as its officials do;
a government acts in its capital only when the story writes the capital for it ("Paris's
offer"); a happening a country condemns is not where the condemning was.

Short texts written for these tests; places arrive resolved, as analyse_text hands them over.
"""

import pytest

from stories.extraction.events import homes, placing, pointing_back
from stories.extraction.nlp import get_nlp
from tests.test_event_placing import event_with, placed_events, source_of


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


@pytest.fixture(autouse=True)
def _nationalities(monkeypatch):
    """The gazetteer's demonyms and capitals, without loading the gazetteer."""
    table = {"French": "FR", "Norwegian": "NO"}
    monkeypatch.setattr(homes, "nationality", lambda word: table.get(word))
    monkeypatch.setattr(pointing_back, "nationality", lambda word: table.get(word))

    def capitals(p):
        return p.kind == "country" or p.name == "Paris"

    monkeypatch.setattr(homes, "governs", capitals)
    monkeypatch.setattr(placing, "governs", capitals)


def test_a_leader_named_by_nationality_who_announces_acts_at_home(nlp):
    text = (
        "Ana Ruiz arrived in Bergen on Monday.\n\n"
        "The French leader announced on Tuesday that he would cut taxes. France had asked "
        "for it in 2019."
    )

    announcement = event_with(placed_events(nlp, text), "announce")

    assert (announcement.place.name, source_of(announcement)) == ("France", "home")


def test_a_leader_named_by_nationality_who_travels_has_no_home(nlp):
    text = (
        "Ana Ruiz arrived in Bergen on Monday.\n\n"
        "The French leader visited the plant on Tuesday. France had asked for it in 2019."
    )

    visit = event_with(placed_events(nlp, text), "visit")

    assert visit.place is None or source_of(visit) != "home"


def test_a_government_acts_in_the_capital_the_story_writes_for_it(nlp):
    text = (
        "Ana Ruiz arrived in Bergen on Monday.\n\n"
        "France approved the budget on Tuesday, and Norland welcomed Paris's offer."
    )

    approval = event_with(placed_events(nlp, text), "approve")

    assert (approval.place.name, source_of(approval)) == ("Paris", "home")


def test_a_capital_named_only_as_a_place_does_not_move_the_government_there(nlp):
    text = (
        "Ana Ruiz arrived in Bergen on Monday. Her sister had flown to Paris.\n\n"
        "France approved the budget on Tuesday."
    )

    approval = event_with(placed_events(nlp, text), "approve")

    assert (approval.place.name, source_of(approval)) == ("France", "home")


def test_a_happening_a_country_condemns_is_not_where_the_condemning_was(nlp):
    # The story tells the invasion first, so it is an event of its own holding Sudland
    # (judged_deeds.told_elsewhere); the condemning is Norland's, at home.
    text = (
        "Ana Ruiz arrived in Bergen on Monday. Troops invaded Sudland on Monday.\n\n"
        "Norland condemned the invasion of Sudland on Tuesday."
    )

    condemning = event_with(placed_events(nlp, text), "condemn")

    assert (condemning.place.name, source_of(condemning)) == ("Norland", "home")
