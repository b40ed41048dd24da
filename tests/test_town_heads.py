"""A town opening the name of one of its bodies, or modifying a local noun, is a place."""

import pytest

from stories.extraction.entities import find_places
from stories.extraction.nlp import get_nlp
from stories.geocoding.defaults import get_gazetteer

# Sentences written for these tests.


@pytest.fixture(scope="module")
def places_in():
    def find(text: str) -> list[str]:
        return [p.text for p in find_places(get_nlp()(text), get_gazetteer())]

    return find


def test_a_town_opening_its_police_departments_name_is_a_place(places_in):
    found = places_in("The Tupelo Police Department detained two teenagers on Friday night.")

    assert "Tupelo" in found


def test_the_longest_known_name_before_a_body_is_the_place(places_in):
    found = places_in("The Kansas City Council postponed the vote on the new stadium.")

    assert "Kansas City" in found


def test_a_county_jail_stays_a_venue_not_cut_back_to_its_county(places_in):
    found = places_in("The suspect was booked into the Marion County Jail on Friday.")

    assert "Marion County Jail" in found


def test_a_name_the_gazetteer_lacks_is_narrowed_to_the_town_opening_it(places_in):
    found = places_in("Turnout for the Tupelo City Elections was low, the clerk said on Monday.")

    assert "Tupelo" in found
    assert not any("Elections" in name for name in found)


def test_a_town_between_a_determiner_and_a_local_noun_is_a_place(places_in):
    found = places_in("Police said a Tifton business was burglarized overnight.")

    assert "Tifton" in found


def test_a_team_named_for_its_city_is_not_one_of_its_bodies(places_in):
    found = places_in("The Boston Red Sox beat their rivals 5-3 on Sunday afternoon.")

    assert "Boston" not in found


def test_a_newspaper_named_for_a_city_is_not_one_of_its_bodies(places_in):
    found = places_in("The senator's remarks were first reported by the Washington Post.")

    assert "Washington" not in found


def test_a_national_body_does_not_make_its_country_a_town(places_in):
    found = places_in("The reporters were questioned by the Nigeria Police Force on Monday.")

    assert "Nigeria" not in found


def test_a_nationality_before_a_local_noun_is_no_place(places_in):
    found = places_in("A Mexican restaurant on the corner was robbed on Sunday.")

    assert "Mexican" not in found


def test_a_family_named_like_a_town_is_no_place(places_in):
    found = places_in("The Jackson family moved into the house on the hill last spring.")

    assert "Jackson" not in found


def test_a_makers_store_is_no_town(places_in):
    found = places_in("Thieves broke into a Toyota store and took three laptops overnight.")

    assert "Toyota" not in found


def test_a_surname_named_like_a_town_is_no_body(places_in):
    found = places_in("Investigator Tom Lincoln was sent to the house at noon on Tuesday.")

    assert "Lincoln" not in found


def test_a_place_named_with_city_is_not_cut_to_a_namesake(places_in):
    found = places_in("Firefighters from the Emerald City Players benefit were thanked on Friday.")

    assert "Emerald" not in found


def test_a_hospital_group_named_for_a_state_nickname_is_no_town(places_in):
    found = places_in("The trooper was taken to Palmetto Health Richland with minor injuries.")

    assert "Palmetto" not in found


def test_a_countys_court_written_with_its_bare_name_is_no_town(places_in):
    found = places_in("The driver is due to appear in Middlesex Superior Court next month.")

    assert "Middlesex" not in found


def test_a_local_noun_describing_another_noun_is_no_cue(places_in):
    found = places_in("Police broke up a Tifton bar fight early on Saturday morning.")

    assert "Tifton" not in found


def test_a_body_named_without_its_town_opens_no_place(places_in):
    found = places_in("No cash was taken, said a Police Department spokesman on Thursday.")

    assert "Police" not in found
