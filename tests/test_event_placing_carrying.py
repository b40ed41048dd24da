"""Which place narration carries to the next sentence (events.carrying), and the capital a
people's adjective names ("the French capital", events.pointing_back).

Short texts written for these tests. Places arrive resolved (with coordinates), as
analyse_text hands them to event extraction.
"""

import pytest

from stories.extraction.events import pointing_back
from stories.extraction.mentions import EventCandidate, PlaceMention
from stories.extraction.nlp import get_nlp
from tests.test_event_placing import event_with, where
from tests.test_event_placing import placed_events as placing_events

# name: kind, specificity, country, latitude, longitude
PLACES = {
    "LYON": ("city", 3, "FR", 45.75, 4.85),
    "Lyon": ("city", 3, "FR", 45.75, 4.85),
    "Bergen": ("city", 3, "NO", 60.39, 5.32),
    "France": ("country", 1, "FR", 46.6, 2.2),
    "Norland": ("country", 1, "NO", 61.0, 9.0),
}


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def placed_events(nlp, text: str) -> list[EventCandidate]:
    return placing_events(nlp, text, catalogue=PLACES, people={})


def test_a_temporal_side_clause_s_place_is_not_the_one_narration_carries(nlp):
    text = (
        "Officials in Norland confirmed a new case on Monday, after two hikers fell ill in "
        "Lyon. A farmer had caught the disease while hunting."
    )

    caught = event_with(placed_events(nlp, text), "catch")

    assert where(caught) == ("Norland", "previous sentence")


def test_a_main_clause_s_place_still_carries(nlp):
    text = "Two hikers fell ill in Lyon on Monday. A farmer caught the disease on Tuesday."

    caught = event_with(placed_events(nlp, text), "catch")

    assert where(caught) == ("Lyon", "previous sentence")


def test_an_arrival_does_not_take_the_place_its_mover_just_left(nlp):
    text = "The ferry left Bergen on Monday and arrived on Tuesday."

    arrived = event_with(placed_events(nlp, text), "arrive")

    assert arrived.place is None


def test_where_an_origin_lies_is_not_the_scene_narration_carries(nlp):
    text = (
        "The tanker was sailing from Lyon in France to Bergen. "
        "Its crew was rescued by helicopter on Tuesday."
    )

    rescued = event_with(placed_events(nlp, text), "rescue")

    assert rescued.place is None


def test_a_carried_country_yields_to_the_dateline_city_inside_it(nlp):
    text = (
        "LYON (AP) — Delegates voted on Friday to adopt a new charter. "
        "Support for a charter has grown in France for years. "
        "The delegates signed the charter on Friday."
    )

    signed = event_with(placed_events(nlp, text), "sign")

    assert where(signed) == ("Lyon", "dateline")


def test_a_carried_country_without_the_dateline_inside_it_still_carries(nlp):
    text = (
        "LYON (AP) — Delegates voted on Friday to adopt a new charter. "
        "Support for a charter has grown in Norland for years. "
        "The delegates signed the charter on Friday."
    )

    signed = event_with(placed_events(nlp, text), "sign")

    assert where(signed) == ("Norland", "previous sentence")


# --- "the French capital" ------------------------------------------------------------------------

PARIS_ID = 2988507


def _paris(start: int) -> PlaceMention:
    return PlaceMention("Paris", start, start + 5, "Paris", "city", 3, "FR", 48.85, 2.35, PARIS_ID)


@pytest.fixture
def _gazetteer_words(monkeypatch):
    """The gazetteer's demonyms and capitals, without loading the gazetteer."""
    monkeypatch.setattr(pointing_back, "nationality", {"French": "FR"}.get)
    monkeypatch.setattr(
        pointing_back, "_feature_code", lambda gid: "PPLC" if gid == PARIS_ID else "PPL"
    )


@pytest.mark.usefixtures("_gazetteer_words")
def test_the_capital_a_people_s_adjective_names_is_the_capital_the_story_names(nlp):
    text = (
        "Ana Ruiz flew from Paris to Bergen in May.\n\n"
        "On Friday thousands marched in the French capital."
    )
    places = [_paris(text.index("Paris")), _bergen(text.index("Bergen"))]

    marched = event_with(placing_events(nlp, text, places, people={}), "march")

    assert (marched.place.name, where(marched)[1]) == ("Paris", "clause")


@pytest.mark.usefixtures("_gazetteer_words")
def test_the_capital_of_a_people_whose_capital_the_story_never_names_points_nowhere(nlp):
    text = "Ana Ruiz flew to Bergen in May.\n\nOn Friday thousands marched in the French capital."
    places = [_bergen(text.index("Bergen"))]

    marched = event_with(placing_events(nlp, text, places, people={}), "march")

    assert where(marched)[1] != "clause"


def _bergen(start: int) -> PlaceMention:
    return PlaceMention("Bergen", start, start + 6, "Bergen", "city", 3, "NO", 60.39, 5.32, 3161732)
