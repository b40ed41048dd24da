"""An event at an organisation named for a town ("robbed the First Bank of X", "the X City
Council voted") happens in that town when nothing but the story's default places it
(org_towns.py): the town is the gazetteer's namesake near the story's own towns. Sentences and
names written for these tests; the gazetteer is a small table."""

import pytest

from stories.extraction.events import org_towns
from stories.geocoding.places import GazetteerEntry
from tests.test_event_placing import nlp, placed_events, where  # noqa: F401

LOCAL = {
    "Norfield": ("city", 3, "US", 41.9, -88.7),
    "NORFIELD": ("city", 3, "US", 41.9, -88.7),
    "Elmshire": ("admin1", 2, "US", 44.5, -100.2),
}


def _entry(geonames_id, name, lat, lon, admin1, population, kind="city"):
    return GazetteerEntry(geonames_id, name, lat, lon, "P", "PPL", "US", admin1, population, kind)


GAZETTEER = {
    # A small town near Norfield and a larger namesake far away.
    "Halden": (
        _entry(2, "Halden", 31.0, -97.0, "TX", 40_000),
        _entry(1, "Halden", 42.1, -88.4, "IL", 9_000),
    ),
    "Elmshire": (_entry(3, "Elmshire", 44.5, -100.2, "EL", 900_000, "admin1"),),
    "Brackley": (_entry(4, "Brackley", 30.2, -81.6, "FL", 20_000),),
    "Vale County": (_entry(7, "Vale County", 41.7, -88.9, "IL", 0, "admin2"),),
    # A great city far from Norfield, with a small namesake.
    "Westport": (
        _entry(5, "Westport", 33.7, -84.4, "GA", 900_000),
        _entry(6, "Westport", 35.0, -90.0, "TN", 3_000),
    ),
}


@pytest.fixture(autouse=True)
def _gazetteer(monkeypatch):
    monkeypatch.setattr(
        org_towns,
        "_candidates",
        lambda name: tuple(sorted(GAZETTEER.get(name, ()), key=lambda entry: -entry.population)),
    )


def _event(nlp, text, trigger):  # noqa: F811
    return next(
        e for e in placed_events(nlp, text, catalogue=LOCAL) if e.trigger.startswith(trigger)
    )


def test_a_bank_named_of_a_town_places_its_robbery_in_the_namesake_near_the_story(nlp):  # noqa: F811
    text = "NORFIELD — A man robbed the First Bank of Halden on Friday, police said."

    robbery = _event(nlp, text, "rob")

    assert where(robbery) == ("Halden", "organisation's town")
    assert robbery.place.latitude == 42.1


def test_a_council_named_for_a_town_votes_in_that_town(nlp):  # noqa: F811
    text = "NORFIELD — The Halden City Council voted on Tuesday to raise the sales tax."

    vote = _event(nlp, text, "vote")

    assert where(vote) == ("Halden", "organisation's town")


def test_a_namesake_far_from_the_story_s_towns_places_nothing(nlp):  # noqa: F811
    text = "NORFIELD — A man robbed the First Bank of Brackley on Friday, police said."

    robbery = _event(nlp, text, "rob")

    assert where(robbery) == ("Norfield", "dateline")


def test_an_organisation_named_for_a_state_is_no_town(nlp):  # noqa: F811
    text = "NORFIELD — The Elmshire Board of Education voted on Tuesday to close the school."

    vote = _event(nlp, text, "vote")

    assert where(vote)[1] != "organisation's town"


def test_a_news_outlet_named_for_a_town_does_not_report_from_there(nlp):  # noqa: F811
    text = "NORFIELD — The Halden Herald reviewed the court papers on Tuesday."

    review = _event(nlp, text, "review")

    assert where(review)[1] != "organisation's town"


def test_a_place_the_clause_states_beats_the_organisation_s_town(nlp):  # noqa: F811
    text = "A man robbed the First Bank of Halden in Norfield on Friday, police said."

    robbery = _event(nlp, text, "rob")

    assert where(robbery) == ("Norfield", "clause")


def test_a_team_named_for_a_town_does_not_place_its_match_there(nlp):  # noqa: F811
    text = "NORFIELD — Halden Athletic Club beat the visitors 3-1 on Saturday."

    win = _event(nlp, text, "beat")

    assert where(win)[1] != "organisation's town"


def test_a_great_city_no_namesake_rivals_places_an_event_nothing_else_places(nlp):  # noqa: F811
    text = "The coach was hired by the Westport Harbor Authority in 2019."

    hiring = _event(nlp, text, "hire")

    assert where(hiring) == ("Westport", "organisation's town")


def test_a_club_read_as_a_person_is_named_for_its_town(nlp):  # noqa: F811
    text = "The coach was sacked by Westport United in May."
    people = {"Westport United": "Westport United"}

    sacking = next(
        e
        for e in placed_events(nlp, text, catalogue=LOCAL, people=people)
        if e.trigger.startswith("sack")
    )

    assert where(sacking) == ("Westport", "organisation's town")


def test_a_county_s_office_acts_in_that_county(nlp):  # noqa: F811
    text = "NORFIELD — The Vale County Sheriff's Office arrested a man on Monday."

    arrest = _event(nlp, text, "arrest")

    assert where(arrest) == ("Vale County", "organisation's town")


def test_a_venue_named_for_a_square_is_not_named_for_the_town(nlp):  # noqa: F811
    text = "Fans cheered the singer at the Westport Square Garden on Friday."

    cheer = _event(nlp, text, "cheer")

    assert where(cheer)[1] != "organisation's town"


def test_a_great_city_far_off_does_not_displace_the_story_s_dateline(nlp):  # noqa: F811
    text = "NORFIELD — The coach was hired by the Westport Harbor Authority in 2019."

    hiring = _event(nlp, text, "hire")

    assert where(hiring) == ("Norfield", "dateline")
