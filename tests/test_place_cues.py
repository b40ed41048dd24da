"""Places the NER misses but news-writing conventions mark, each confirmed by the gazetteer."""

import pytest

from stories.extraction import town_heads
from stories.extraction.entities import find_places
from stories.extraction.nlp import get_nlp
from stories.geocoding.defaults import get_gazetteer

# Sentences written for these tests.


@pytest.fixture(scope="module")
def places_in():
    def find(text: str) -> list[str]:
        return [p.text for p in find_places(get_nlp()(text), get_gazetteer())]

    return find


def test_an_upper_case_dateline_after_a_headline_is_a_place(places_in):
    found = places_in("Council approves new budget. PORTLAND — The council voted 5-2 on Monday.")

    assert "PORTLAND" in found


def test_a_town_before_a_resident_noun_is_a_place(places_in):
    found = places_in("A Gainesville man was arrested on Friday after a chase.")

    assert "Gainesville" in found


def test_a_capitalised_police_name_is_an_organisation_not_a_cue(places_in):
    found = places_in("The lawmakers were invited by the Nigeria Police on Monday.")

    assert "Nigeria" not in found


def test_a_legislators_home_after_the_party_letter_is_a_place(places_in):
    found = places_in("The bill was filed by Rep. Harold Smith, R-Charleston, last week.")

    assert "Charleston" in found


def test_where_a_named_person_is_from_is_a_place(places_in):
    found = places_in("Police arrested Mark Jones, 34, of Grovetown, on Tuesday.")

    assert "Grovetown" in found


def test_a_name_ending_in_a_kind_word_is_a_place(places_in):
    found = places_in("The boat was found by Freeborn Lake on Sunday.")

    assert "Freeborn Lake" in found


def test_every_name_of_a_list_closed_by_a_kind_noun_is_a_place(places_in):
    found = places_in("Schools in Barrow, Jackson and Madison counties closed early.")

    assert {"Barrow", "Jackson", "Madison"} <= set(found)


def test_a_street_written_as_an_address_is_a_place(places_in):
    found = places_in("She lived at 227 Gillis Street until last year.")

    assert "Gillis Street" in found


def test_a_street_name_used_for_a_trade_is_not_a_place(places_in):
    found = places_in("Wall Street analysts expect the shares to fall.")

    assert "Wall Street" not in found


def test_a_surname_before_family_is_not_a_place(places_in):
    found = places_in("Marcus Jones spoke to reporters. The Jones family thanked the nurses.")

    assert "Jones" not in found


def test_a_title_word_before_mayor_is_not_a_place(places_in):
    found = places_in("The motion was opposed by Vice Mayor Lee Hart in Denver.")

    assert "Vice" not in found


def test_an_agency_code_before_police_is_not_a_place(places_in):
    found = places_in("Chad said it would accept a UN police presence near Abeche.")

    assert "UN" not in found


def test_a_county_that_opens_an_agencys_name_is_a_place(places_in):
    found = places_in("He pleaded guilty in Jackson County Circuit Court on Monday.")

    assert "Jackson County" in found


def test_the_place_of_a_mayors_office_is_a_place(places_in):
    found = places_in("Despite the rain, Fargo Mayor Ann Lindqvist said the dikes held.")

    assert "Fargo" in found


def test_a_country_the_ner_calls_a_person_is_still_a_place(places_in):
    found = places_in("Sri Lanka has a population of about 21 million people.")

    assert "Sri Lanka" in found


def test_a_festival_the_ner_calls_a_place_is_not_one(places_in):
    found = places_in("Since Diwali, the air in Delhi has been thick with smoke.")

    assert "Diwali" not in found
    assert "Delhi" in found


def test_a_lower_case_word_the_ner_calls_a_place_is_not_one(places_in):
    found = places_in("I felt strange as soon as the anesthesia wore off in Boston.")

    assert "anesthesia" not in found


def test_a_moon_of_saturn_is_not_a_place_on_the_map(places_in):
    found = places_in("Rain falls on Titan as it does in Seattle, the scientists said.")

    assert "Titan" not in found
    assert "Seattle" in found


def test_an_agencys_initials_are_not_a_place(places_in):
    found = places_in("Samples from the farm were sent to the CDC in Atlanta for testing.")

    assert "CDC" not in found
    assert "Atlanta" in found


def test_a_small_place_followed_by_its_country_is_a_place(places_in):
    found = places_in("Cases were reported in Mombasa and Kilimbi, Kenya, last month.")

    assert "Kilimbi" in found


def test_a_newspaper_followed_by_another_is_not_placed_by_the_comma(places_in):
    found = places_in("The firm owns the Denver Post, Chicago Tribune and other papers.")

    assert "Denver Post" not in found


def test_a_town_before_a_dwelling_after_its_owner_s_pronoun_is_a_place(places_in):
    found = places_in("The couple sold their Marshall house last spring.")

    assert "Marshall" in found


def test_without_the_dwelling_cue_the_town_before_a_home_is_missed(places_in, monkeypatch):
    from stories.extraction import place_cues

    monkeypatch.setattr(place_cues, "HOME_NOUNS", frozenset())

    found = places_in("The couple sold their Marshall house last spring.")

    assert "Marshall" not in found


def test_a_house_style_before_a_dwelling_is_no_place(places_in):
    found = places_in("They restored their Mission home after the storm.")

    assert "Mission" not in found


def test_a_town_before_a_dwelling_without_an_owner_s_pronoun_is_no_cue(places_in):
    found = places_in("The Marshall house was sold last spring.")

    assert "Marshall" not in found


def test_a_town_owning_its_building_inspector_is_a_place(places_in):
    found = places_in("Elgin's building inspector said the wiring had failed before the blaze.")

    assert "Elgin" in found


def test_a_possessive_name_owning_a_person_s_attorney_is_not_a_place(places_in):
    found = places_in("Smith's attorney said the deal was off.")

    assert "Smith" not in found


def test_a_possessive_name_owning_a_record_is_not_a_place(places_in):
    found = places_in("Ms. Carter's police record was clean, her lawyer said.")

    assert "Carter" not in found


def _modifiers(text: str) -> list[str]:
    return [s.text for s in town_heads.modifier_spans(get_nlp()(text), get_gazetteer())]


def test_a_town_whose_name_is_also_a_states_is_a_place_as_a_modifier():
    assert _modifiers("The Alexandria area was flooded on Monday.") == ["Alexandria"]


def test_a_country_as_a_modifier_is_a_place_where_the_ner_reads_an_organisation():
    assert _modifiers("A Nigeria official said the troops left.") == ["Nigeria"]


def test_a_town_after_a_plural_demonstrative_is_a_place_as_a_modifier():
    assert _modifiers("The mayor said those Gainesville voters were right.") == ["Gainesville"]


def test_a_town_after_a_first_person_owner_is_a_place_as_a_modifier():
    assert _modifiers("The chain said our Gainesville store was robbed.") == ["Gainesville"]
