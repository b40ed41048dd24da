"""A stretch of road told by its bearing from a town ("part of Route 9 south out of Lyon") is
at that town, also when the parser reads the bearing as an appositive
(events.compass_bearings). Short texts written for these tests."""

from stories.extraction.events.compass_bearings import a_bearing
from stories.extraction.events.sites import clause_tokens
from stories.extraction.nlp import get_nlp
from tests.test_event_placing import event_with, nlp, placed_events, source_of  # noqa: F401


def test_a_road_stretch_south_out_of_a_town_reopened_at_that_town(nlp):  # noqa: F811
    text = (
        "Snow fell across France on Saturday. "
        "Part of U.S. 83 south out of Lyon was reopened on Sunday."
    )

    reopened = event_with(placed_events(nlp, text), "reopen")

    assert (reopened.place.name, source_of(reopened)) == ("Lyon", "clause")


def test_a_bearing_is_a_compass_word_holding_of_a_place():
    doc = get_nlp()("Part of U.S. 83 south out of Lyon was reopened on Sunday.")

    assert a_bearing(next(t for t in doc if t.lower_ == "south"))


def test_an_appositive_naming_someone_is_no_bearing():
    doc = get_nlp()("Ana Ruiz, the mayor of Lyon, opened the bridge on Sunday.")

    assert not a_bearing(next(t for t in doc if t.lower_ == "mayor"))


def test_a_date_hung_on_a_bearing_stays_out_of_the_clause():
    doc = get_nlp()("Part of U.S. 50, west of Lyon since last May, was reopened on Sunday.")
    reopened = next(t for t in doc if t.lower_ == "reopened")

    words = [t.text for t in clause_tokens(reopened)]

    assert "Lyon" in words and "May" not in words
