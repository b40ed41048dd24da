"""An official the story names with their country's office acts at home when the clause names
no place: "Norland's foreign minister X told the cabinet" happened in Norland, unless the
official travels, meets, fights or competes, or a dateline in that country says where.

Short texts written for these tests; places arrive resolved, as analyse_text hands them over.
"""

import pytest

from stories.extraction.events import homes, placing, pointing_back
from stories.extraction.nlp import get_nlp
from tests import test_event_placing
from tests.test_event_placing import event_with, placed_events, source_of


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


@pytest.fixture(autouse=True)
def _people_and_nationalities(monkeypatch):
    """A made-up official, and the gazetteer's demonyms without loading the gazetteer."""
    monkeypatch.setitem(test_event_placing.PEOPLE, "Ole Brand", "Ole Brand")
    monkeypatch.setitem(test_event_placing.PEOPLE, "Brand", "Ole Brand")
    table = {"French": "FR"}
    monkeypatch.setattr(homes, "nationality", lambda word: table.get(word))
    monkeypatch.setattr(pointing_back, "nationality", lambda word: table.get(word))


def test_a_minister_named_with_the_country_s_office_acts_at_home(nlp):
    text = (
        "Norland's foreign minister Ole Brand spoke on Monday.\n\n"
        "Ana Ruiz arrived in Lyon on Tuesday. Brand criticised the plan on Wednesday."
    )

    criticism = event_with(placed_events(nlp, text), "criticise")

    assert (criticism.place.name, source_of(criticism)) == ("Norland", "home")


def test_an_official_named_by_nationality_keeps_his_home_when_named_again(nlp):
    text = (
        "French President Ole Brand spoke on Monday.\n\n"
        "Ana Ruiz arrived in Bergen on Tuesday. Brand approved the budget on Wednesday. "
        "France had asked for it."
    )

    approval = event_with(placed_events(nlp, text), "approve")

    assert (approval.place.name, source_of(approval)) == ("France", "home")


def test_an_office_of_a_country_given_after_the_name_ties_the_person_to_it(nlp):
    text = (
        "Ole Brand, the prime minister of Norland, spoke on Monday.\n\n"
        "Ana Ruiz arrived in Lyon on Tuesday. Brand banned the rally on Wednesday."
    )

    ban = event_with(placed_events(nlp, text), "ban")

    assert (ban.place.name, source_of(ban)) == ("Norland", "home")


def test_an_official_who_meets_another_has_no_home(nlp):
    text = (
        "Norland's foreign minister Ole Brand spoke on Monday.\n\n"
        "Ana Ruiz arrived in Lyon on Tuesday. Brand met Sudland's leader on Wednesday."
    )

    meeting = event_with(placed_events(nlp, text), "meet")

    assert meeting.place is None or source_of(meeting) != "home"


def test_a_dateline_in_the_official_s_country_keeps_the_event(nlp):
    text = "LYON, France (AP) — French President Ole Brand approved the budget on Tuesday."

    approval = event_with(placed_events(nlp, text), "approve")

    assert (approval.place.text, source_of(approval)) == ("LYON", "dateline")


def test_an_official_on_a_trip_abroad_has_no_home(nlp):
    text = (
        "Norland's foreign minister Ole Brand spoke on Monday.\n\n"
        "Brand arrived in Lyon on Tuesday. He criticised the plan on Wednesday."
    )

    criticism = event_with(placed_events(nlp, text), "criticise")

    assert criticism.place is None or source_of(criticism) != "home"


def test_an_official_acts_in_the_capital_when_the_story_names_it(nlp, monkeypatch):
    def capitals(p):
        return p.kind == "country" or p.name == "Paris"

    monkeypatch.setattr(homes, "governs", capitals)
    monkeypatch.setattr(placing, "governs", capitals)
    text = (
        "French President Ole Brand spoke in Paris on Monday.\n\n"
        "Ana Ruiz arrived in Bergen on Tuesday. Brand approved the budget on Wednesday. "
        "France had asked for it."
    )

    approval = event_with(placed_events(nlp, text), "approve")

    assert (approval.place.name, source_of(approval)) == ("Paris", "home")
