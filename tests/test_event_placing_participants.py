"""Who takes part is no place, and where a deed ends is: "imposed on X" names who bears it, a
relative "where" after "X in Y" stands for X, someone carried to a venue named for a town is
placed in that town, and a minister named by nationality acts at home.

Short texts written for these tests. Places arrive resolved, as in test_event_placing.
"""

import pytest

from stories.extraction.events import homes, place_rules, pointing_back
from stories.extraction.nlp import get_nlp
from tests.test_event_placing import event_with, place, placed_events, where


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


@pytest.fixture(autouse=True)
def _nationalities(monkeypatch):
    """The gazetteer's demonyms, without loading the gazetteer."""
    table = {"Norwegian": "NO", "Swedish": "SE"}
    monkeypatch.setattr(homes, "nationality", lambda word: table.get(word))
    monkeypatch.setattr(pointing_back, "nationality", lambda word: table.get(word))


_IMPOSED = (
    "Trade rules bar exports under the sanctions imposed on Sudland for its raid on Norland "
    "in 2004."
)


def test_a_country_something_is_imposed_on_is_no_place_of_the_imposing(nlp):
    imposed = event_with(placed_events(nlp, _IMPOSED), "impose")

    assert where(imposed) == ("Norland", "clause")


def test_without_the_rule_the_country_something_is_imposed_on_places_it(nlp, monkeypatch):
    monkeypatch.setattr(place_rules, "ENABLED", place_rules.ENABLED - {"borne"})

    imposed = event_with(placed_events(nlp, _IMPOSED), "impose")

    assert where(imposed) == ("Sudland", "clause")


_WHERE = "The strike spread from the port of Lyon in France, where dockers fought police."


def test_a_relative_where_after_a_town_in_its_country_stands_for_the_town(nlp):
    fought = event_with(placed_events(nlp, _WHERE), "fight")

    assert where(fought) == ("Lyon", "relative")


def test_without_the_rule_a_relative_where_stands_for_the_wider_place(nlp, monkeypatch):
    monkeypatch.setattr(place_rules, "ENABLED", place_rules.ENABLED - {"finer relative"})

    fought = event_with(placed_events(nlp, _WHERE), "fight")

    assert where(fought) == ("France", "relative")


_CARRIED = (
    "Ana Ruiz was hurt in a fall at the Paris station on Monday, on her way home to Bergen.\n\n"
    "Paramedics transported her to Bergen General Hospital that night, a spokesman said."
)
# "Bergen" inside the hospital's name is no mention of its own, as the recogniser reads it.
_CARRIED_PLACES = [
    place("Paris", _CARRIED.index("Paris")),
    place("Bergen", _CARRIED.index("Bergen")),
]


def test_someone_carried_to_a_venue_named_for_a_town_is_placed_in_that_town(nlp):
    transported = event_with(placed_events(nlp, _CARRIED, _CARRIED_PLACES), "transport")

    assert where(transported) == ("Bergen", "venue")


def test_without_the_rule_a_venue_one_is_carried_to_does_not_place_it(nlp, monkeypatch):
    monkeypatch.setattr(place_rules, "ENABLED", place_rules.ENABLED - {"carried to venues"})

    transported = event_with(placed_events(nlp, _CARRIED, _CARRIED_PLACES), "transport")

    assert where(transported)[1] != "venue"


_GONE = (
    "Ana Ruiz was born in Paris in 1950.\n\n"
    "At 16, she went to Bergen University, and she dropped out after two years."
)
# "Bergen" inside the university's name is no mention of its own, as the recogniser reads it.
_GONE_PLACES = [
    place("Paris", _GONE.index("Paris")),
    place("Bergen", _GONE.index("Bergen")),
]


def test_someone_who_goes_to_a_venue_named_for_a_town_is_placed_in_that_town(nlp):
    went = event_with(placed_events(nlp, _GONE, _GONE_PLACES), "go")

    assert where(went) == ("Bergen", "venue")


def test_without_the_rule_a_venue_one_goes_to_does_not_place_it(nlp, monkeypatch):
    monkeypatch.setattr(place_rules, "ENABLED", place_rules.ENABLED - {"gone to venues"})

    went = event_with(placed_events(nlp, _GONE, _GONE_PLACES), "go")

    assert where(went)[1] != "venue"


def test_a_minister_named_by_nationality_acts_at_home_not_at_the_dateline(nlp):
    text = (
        "LYON, France (AP) — Ana Ruiz arrived on Monday.\n\n"
        "The Norwegian foreign minister announced new aid on Tuesday. "
        "Norland had asked for calm in 2019."
    )

    announced = event_with(placed_events(nlp, text), "announce")

    assert where(announced) == ("Norland", "home")


def test_a_curfew_imposed_on_a_town_is_not_borne_as_sanctions_are(nlp):
    from stories.extraction.events.complements import borne_by

    curfew = nlp("The mayor ended the curfew imposed on Lyon.")
    sanctions = nlp("Ministers renewed the sanctions imposed on Sudland.")

    def on(doc):
        return next(t for t in doc if t.lower_ == "on")

    assert not borne_by(on(curfew)) and borne_by(on(sanctions))


def test_a_place_inside_the_deed_a_judge_blames_someone_for_is_not_where_the_blaming_was(nlp):
    text = "On Monday officials in France assailed Sudland for holding naval drills in Bergen."

    assailed = event_with(placed_events(nlp, text), "assail")

    assert where(assailed) == ("France", "clause")


def test_a_deed_someone_is_accused_of_by_nobody_named_keeps_its_place(nlp):
    text = "Sudland has been accused of blocking aid convoys in Bergen since Monday."

    accused = event_with(placed_events(nlp, text), "accuse")

    assert where(accused) == ("Bergen", "clause")


def test_where_an_extradition_is_sought_from_is_where_it_happens(nlp):
    text = "On Monday Norland sought the extradition of the banker from France."

    sought = event_with(placed_events(nlp, text), "seek")

    assert where(sought) == ("France", "clause")


def test_where_a_request_comes_from_is_still_no_place(nlp):
    text = "On Monday Norland rejected a request from France."

    rejected = event_with(placed_events(nlp, text), "reject")

    assert where(rejected)[0] != "France"


_AWARDED = (
    "The ministry met in Paris on Monday.\n\nThe contract went to Bergen Shipyards on Monday."
)
# "Bergen" inside the firm's name is no mention of its own, as the recogniser reads it.
_AWARDED_PLACES = [
    place("Paris", _AWARDED.index("Paris")),
    place("Bergen", _AWARDED.index("Bergen")),
]


def test_a_contract_going_to_a_firm_named_for_a_town_is_not_placed_there(nlp):
    went = event_with(placed_events(nlp, _AWARDED, _AWARDED_PLACES), "go")

    assert where(went)[0] != "Bergen"
