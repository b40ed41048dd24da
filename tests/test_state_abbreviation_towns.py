"""A town written with its state's dotted AP abbreviation, "Olathe, Kan.", is a place."""

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


def test_a_town_before_a_dotted_state_abbreviation_is_a_place(places_in):
    found = places_in("A tornado struck Olathe, Kan., on Tuesday, destroying homes.")

    assert "Olathe" in found
    assert "Kan." in found


def test_a_dateline_town_before_a_dotted_state_abbreviation_is_a_place(places_in):
    found = places_in("Storm overturns big rigs . SALINA, Kan. Strong winds toppled 13 trucks.")

    assert "SALINA" in found


def test_a_party_label_with_a_dotted_state_is_no_place(places_in):
    found = places_in("Rep. Nick Rahall, D-W. Va., chairman of the committee, spoke Monday.")

    assert not any(p in found for p in ("W. Va.", "Va.", "W."))


def test_a_senators_party_label_names_no_state_as_a_place(places_in):
    found = places_in("Sen. Bernie Sanders, I-Vt., said the bill would fail.")

    assert "Vt." not in found


def test_a_dotted_state_after_a_town_resolves_the_town_in_that_state():
    from stories.extraction.analysis import resolve_in_context

    text = "A tornado struck Olathe, Kan., on Tuesday, destroying homes."
    found = find_places(get_nlp()(text), get_gazetteer())
    town = next(p for p in resolve_in_context(text, found, published=None) if p.text == "Olathe")

    assert (round(town.latitude, 1), round(town.longitude, 1)) == (38.9, -94.8)  # Olathe, Kansas


def test_mass_ending_a_sentence_is_the_church_service_not_massachusetts(places_in):
    assert "Mass." not in places_in("Parishioners gathered for Mass. Afterwards they ate.")


def test_miss_before_a_name_is_a_title_not_mississippi(places_in):
    found = places_in("Miss. Smith taught at the school in Tupelo.")

    assert "Miss." not in found
    assert "Tupelo" in found


def test_mass_after_a_towns_comma_is_massachusetts(places_in):
    assert "Mass." in places_in("A man from Worcester, Mass., was charged on Monday.")


def test_miss_after_a_dateline_town_is_mississippi(places_in):
    assert "Miss." in places_in("TUPELO, Miss. -- A crash killed three people on Monday.")


def test_a_state_abbreviation_before_a_noun_in_a_headline_is_the_state(places_in):
    assert "Miss." in places_in("Missing Miss. man found in stolen car")


def test_a_state_abbreviation_in_a_title_cased_headline_is_the_state(places_in):
    assert "Mass." in places_in("Webster Theatre Sold To Mass. Concert Promoter")


@pytest.mark.parametrize(
    "text",
    [
        "Mass. Gov. Maura Healey signed the bill on Monday.",
        "Sen. Elizabeth Warren of Mass. said the bill was flawed.",
        "Officials in Mass. said the storm cost millions.",
        "The family later moved to Mass. and opened a bakery.",
        "Flooding hit western Mass. on Monday.",
        "Mass. State Police closed the highway.",
    ],
)
def test_mass_before_a_lowercase_word_or_an_office_is_massachusetts(places_in, text):
    assert "Mass." in places_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "Miss. Gov. Tate Reeves declared an emergency.",
        "Rep. Bennie Thompson of Miss. called for hearings.",
    ],
)
def test_miss_not_before_a_persons_name_is_mississippi(places_in, text):
    assert "Miss." in places_in(text)


def test_mass_ending_a_sentence_after_a_capitalised_day_is_the_church_service(places_in):
    assert "Mass." not in places_in("They attended Sunday Mass. Then they went home.")


def test_a_party_name_in_a_case_citation_before_a_dotted_state_is_no_place(places_in):
    found = places_in("Smith v. Jones, Ala. Sup. Ct., was cited.")

    assert "Jones" not in found
    assert "Ala." not in found


def test_a_town_before_a_dotted_state_joined_to_based_is_a_place(places_in):
    found = places_in("Shares of Olathe, Kan.-based Garmin rose on Monday.")

    assert "Olathe" in found
    assert "Kan.-based" not in found
