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


CONNECTICUT_CRASH = (
    "MIDDLETOWN — A student's condition was upgraded on Tuesday. He crashed into a tree in "
    "Berlin. Berlin police are investigating. Witnesses are asked to call (860) 828-7080."
)


def test_a_small_town_with_no_namesake_in_the_numbers_state_is_estimated_beside_its_town(
    gazetteer,
):
    found = resolve(CONNECTICUT_CRASH, ["MIDDLETOWN", "Berlin"], gazetteer)
    assert found["MIDDLETOWN"].country_code == "US" and round(found["MIDDLETOWN"].longitude) == -73
    assert found["Berlin"].status == "estimated"
    assert round(found["Berlin"].latitude) == 42 and round(found["Berlin"].longitude) == -73


def test_without_a_town_of_the_numbers_state_the_namesake_stays(gazetteer):
    text = "He crashed into a tree in Berlin on Monday. Call (860) 828-7080."
    assert resolve(text, ["Berlin"], gazetteer)["Berlin"].status == "resolved"


def test_a_town_written_with_another_state_keeps_its_namesake(gazetteer):
    text = CONNECTICUT_CRASH.replace("a tree in Berlin.", "a tree in Berlin, Md.")
    found = resolve(text, ["MIDDLETOWN", "Berlin"], gazetteer)
    assert found["Berlin"].status == "resolved"


def test_without_numbers_the_datelines_town_gives_the_storys_own_state(gazetteer):
    text = (
        "TORRINGTON, Conn. — A woman was charged on Monday. Police said she lived in Weston "
        "and worked in Torrington."
    )
    found = resolve(text, ["TORRINGTON", "Conn.", "Weston"], gazetteer)
    assert found["Weston"].status == "estimated"
    assert round(found["Weston"].longitude) == -73


def test_a_citys_dateline_does_not_give_the_storys_own_state(gazetteer):
    text = (
        "WASHINGTON — The president met the king on Thursday. They spoke again by telephone "
        "from Kennebunkport on Friday."
    )
    found = resolve(text, ["WASHINGTON", "Kennebunkport"], gazetteer)
    assert found["Kennebunkport"].status == "resolved"
