"""A happening said to span a nation ("a national referendum", "nationwide addresses") happens
in that country, not in the city of the dateline (events.national_scope).

Short texts written for these tests; places arrive resolved, as analyse_text hands them over.
"""

import pytest

from stories.extraction.events import homes, pointing_back
from tests.test_event_placing import nlp, placed_events, source_of, where  # noqa: F401


@pytest.fixture(autouse=True)
def _nationalities(monkeypatch):
    """The gazetteer's demonyms, without loading the gazetteer."""
    table = {"French": "FR", "Norwegian": "NO", "Swedish": "SE"}
    monkeypatch.setattr(homes, "nationality", lambda word: table.get(word))
    monkeypatch.setattr(pointing_back, "nationality", lambda word: table.get(word))


def _event(events, word):
    return next(e for e in events if word in e.title.lower() or e.trigger == word)


def test_a_national_vote_under_a_city_dateline_is_placed_in_the_country(nlp):  # noqa: F811
    text = (
        "LYON, France (AP) — The convention voted on Friday to change the flag. "
        "The prime minister promised to put the question to a national referendum in May."
    )

    referendum = _event(placed_events(nlp, text), "referendum")

    assert (referendum.place.name, source_of(referendum)) == ("France", "national scope")


def test_nationwide_addresses_are_placed_in_the_country_of_the_leader_who_made_them(nlp):  # noqa: F811
    text = (
        "Norland and Sudland signed a truce in Lyon on Monday.\n\n"
        "On Tuesday, the Swedish leader made several nationwide addresses."
    )

    addresses = _event(placed_events(nlp, text), "address")

    assert where(addresses) == ("Sudland", "national scope")


def test_a_vote_with_no_word_of_national_scope_stays_at_the_dateline(nlp):  # noqa: F811
    text = (
        "LYON, France (AP) — The convention voted on Friday to change the flag. "
        "The prime minister promised to put the question to a referendum in May."
    )

    referendum = _event(placed_events(nlp, text), "referendum")

    assert source_of(referendum) != "national scope"


def test_a_national_word_on_the_actor_and_not_the_happening_moves_nothing(nlp):  # noqa: F811
    text = (
        "LYON, France (AP) — The convention met on Friday to discuss the flag. "
        "The national museum opened a new wing on Saturday."
    )

    opening = _event(placed_events(nlp, text), "open")

    assert where(opening) != ("France", "national scope")


def test_a_national_happening_stays_where_a_story_without_its_country_put_it(nlp):  # noqa: F811
    text = (
        "LYON (AP) — The convention voted on Friday to change the flag. "
        "The prime minister promised to put the question to a national referendum in May."
    )

    referendum = _event(placed_events(nlp, text), "referendum")

    assert source_of(referendum) != "national scope"


def test_a_national_funeral_stays_in_the_city_where_it_was_held(nlp):  # noqa: F811
    # A gathering or ceremony meets at one venue, however national its standing.
    text = (
        "LYON, France (AP) — The mayor opened a new bridge on Friday. "
        "France held a national funeral for the former president on Saturday."
    )

    funeral = _event(placed_events(nlp, text), "funeral")

    assert where(funeral)[1] != "national scope"


def test_a_national_convention_stays_in_the_dateline_city(nlp):  # noqa: F811
    text = (
        "LYON, France (AP) — The mayor opened a new bridge on Friday. "
        "The party held its national convention on Saturday."
    )

    convention = _event(placed_events(nlp, text), "convention")

    assert source_of(convention) != "national scope"
