"""A local story's telephone numbers name its state, and so the county or town it means."""

from stories.geocoding.phone_region import phone_state
from tests.resolving import resolve


def test_the_area_code_of_a_tip_line_names_the_state():
    assert phone_state("Anyone who saw the truck should call (352) 555-TIPS.") == "FL"


def test_numbers_of_two_states_name_none():
    text = "Call (352) 555-0100 in the morning or 317-555-0199 in the evening."
    assert phone_state(text) is None


def test_a_bare_county_is_the_one_in_the_state_of_the_storys_numbers(gazetteer):
    text = (
        "Marion County deputies found the stolen tractor on Friday. Anyone with information "
        "should call the sheriff's office at (352) 555-0100."
    )
    found = resolve(text, ["Marion County"], gazetteer)["Marion County"]
    assert found.country_code == "US" and round(found.latitude) == 29


def test_a_metropolis_keeps_its_reading_whatever_the_numbers(gazetteer):
    text = "The band flew in from Chicago on Friday. Tickets: (352) 555-0100."
    found = resolve(text, ["Chicago"], gazetteer)["Chicago"]
    assert round(found.latitude) == 42
