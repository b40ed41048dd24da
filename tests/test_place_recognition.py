"""Recognition: only names the text uses as places become places, whatever the gazetteer holds."""

import pytest

from stories.extraction.entities import _named_by_a_place_noun, find_places
from stories.extraction.nlp import get_nlp
from stories.geocoding.defaults import get_gazetteer

# Sentences written for these tests.


@pytest.fixture(scope="module")
def places_in():
    def find(text: str) -> list[str]:
        return [p.text for p in find_places(get_nlp()(text), get_gazetteer())]

    return find


def test_a_compass_adjective_is_not_a_place(places_in):
    found = places_in("Heavy snow fell across Northern and central Ohio on Monday.")

    assert "Northern" not in found
    assert "Ohio" in found


def test_a_name_followed_by_a_match_score_is_a_team(places_in):
    found = places_in("The final in Madrid ended Brazil 2-1 after extra time.")

    assert "Brazil" not in found
    assert "Madrid" in found


def test_a_disease_named_after_a_river_is_not_a_place(places_in):
    text = "The Ebola virus has killed 40 people in Guinea. Ebola spreads through contact."

    found = places_in(text)

    assert "Ebola" not in found
    assert "Guinea" in found


def test_a_virus_code_is_not_a_place(places_in):
    assert "H1N1" not in places_in("Doctors said H1N1 had reached Mexico by April.")


def test_a_nationality_is_not_a_place(places_in):
    found = places_in("Thousands of Russians marched in Moscow on Sunday.")

    assert "Russians" not in found
    assert "Moscow" in found


def test_someones_room_is_not_a_town_of_their_name(places_in):
    found = places_in("Officers later found the laptop in Bradley's room in Denver.")

    assert "Bradley" not in found


def test_a_province_keeps_its_head_noun(places_in):
    assert "Kandahar province" in places_in("Fighting spread across Kandahar province on Sunday.")


def test_the_terminal_of_a_city_airport_is_the_citys_airport():
    text = "Crowds gathered at the terminal of the Kabul airport on Monday."

    (place,) = find_places(get_nlp()(text), get_gazetteer())

    assert place.text == "Kabul airport"
    assert place.kind == "airport"


def test_an_organisations_initials_are_not_a_province_abroad_with_that_code(places_in):
    assert "CNN" not in places_in("She moved to CNN in 2015 after years in print.")


def test_a_states_initials_are_a_place_in_a_story_of_its_country(places_in):
    assert "NSW" in places_in("Residents of Sydney fled to the NSW coast.")


def test_a_blocs_initials_are_a_place(places_in):
    assert "EU" in places_in("Talks moved to the EU in Brussels.")


def test_a_companys_initials_are_not_a_two_letter_country_code(places_in):
    assert "GE" not in places_in("Shares of GE fell, and analysts moved to GE from Boeing.")


def test_a_state_written_after_a_town_and_a_comma_is_a_place(places_in):
    found = places_in("The finals are in Gladstone, NJ; tickets are online.")

    assert "NJ" in found


def test_a_province_the_ner_takes_for_a_nationality_is_a_place(places_in):
    assert "Punjab" in places_in("Many of the farmers in Punjab grow rice for the Sikh temples.")


def test_initials_are_not_a_village_spelt_with_the_same_letters(places_in):
    found = places_in("The ministry kept the plant closed to U.N. inspectors in Geneva all May.")

    assert "U.N." not in found  # the United Nations, not a village called "Un"
    assert "Geneva" in found


def test_initials_of_a_country_stay_a_place(places_in):
    found = places_in("She moved from the U.S. to the U.K. in 2010.")

    assert "U.S." in found
    assert "U.K." in found


def test_a_title_before_a_name_is_not_a_state_abbreviation(places_in):
    found = places_in("Shots were fired in Ms. Varga's flat in Tupelo on Monday.")

    assert "Ms." not in found
    assert "Tupelo" in found


def test_a_name_set_after_a_noun_of_place_and_a_comma_is_a_place(places_in):
    found = places_in("Teachers began a two-day strike in the capital, Juba, to demand higher pay.")

    assert "Juba" in found


def test_a_name_a_noun_of_place_is_of_reads_as_a_place_whatever_its_label():
    doc = get_nlp()("The march began in his hometown of Velmora in the east.")

    assert _named_by_a_place_noun(doc[7:8])


def test_a_name_a_person_or_body_is_of_does_not_read_as_a_place():
    doc = get_nlp()("The march was led by the leader of Velmora in the east.")

    assert not _named_by_a_place_noun(doc[8:9])


def test_a_named_person_s_word_after_spoke_to_is_whom_she_spoke_to(places_in):
    found = places_in(
        "Dr. Marion Reyes grew up in Ohio. His aunt said she spoke to Marion, a surgeon, on Sunday."
    )

    assert "Marion" not in found
    assert "Ohio" in found


def test_a_named_person_s_word_after_flew_to_is_still_a_place(places_in):
    found = places_in("Dr. Marion Reyes grew up in Ohio. His aunt flew to Marion on Sunday.")

    assert "Marion" in found


def test_a_named_person_s_word_before_a_noun_after_in_is_that_person(places_in):
    found = places_in(
        "New twist develops in Fairfield hearing. Elizabeth Fairfield, a Lebanon woman, "
        "appeared in court on Thursday."
    )

    assert "Fairfield" not in found


def test_a_named_person_s_word_after_in_is_still_a_place(places_in):
    found = places_in(
        "Elizabeth Fairfield spoke on Thursday. The hearing was held in Fairfield last week."
    )

    assert "Fairfield" in found


def test_a_named_person_s_word_before_who_is_that_person(places_in):
    found = places_in(
        "Investigator Bill Carlow was called. The case was turned over to Carlow who spoke "
        "with the victim in Athens."
    )

    assert "Carlow" not in found
    assert "Athens" in found


def test_a_named_person_s_word_before_a_towns_force_is_the_town(places_in):
    found = places_in(
        "Sheriff Dan Warren said deputies were called. Two officers from Warren police "
        "responded to the call."
    )

    assert "Warren" in found


def test_a_named_person_s_word_before_township_is_the_township(places_in):
    found = places_in(
        "Sheriff Dan Warren said deputies were called. The crash happened in Warren township "
        "on Friday."
    )

    assert any(p.startswith("Warren") for p in found)


def test_a_named_person_s_word_before_city_is_the_city(places_in):
    found = places_in(
        "Officer Jim Hamilton arrived. Three people were hurt in Hamilton city on Tuesday."
    )

    assert any(p.startswith("Hamilton") for p in found)


def test_a_named_person_s_word_before_a_towns_streets_is_the_town(places_in):
    found = places_in(
        "Dr. Mary Austin testified. Protesters marched in Austin streets on Saturday."
    )

    assert "Austin" in found


def test_a_named_person_s_word_before_a_towns_schools_is_the_town(places_in):
    found = places_in(
        "Council member Ann Fairfield voted no. The plant will close in Fairfield next year, "
        "costing 300 jobs in Fairfield schools and shops."
    )

    assert found.count("Fairfield") == 2


def test_a_who_of_the_noun_before_a_named_person_s_word_leaves_it_a_place(places_in):
    found = places_in("Judge Ellen Carlow ruled. Voters in Carlow who backed the plan celebrated.")

    assert "Carlow" in found
