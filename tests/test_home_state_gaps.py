"""A bare small town with no namesake in a local story's own state is a town of that state the
gazetteer lacks, estimated beside the story's town there (home_state_gaps.py)."""

from tests.resolving import resolve

CONNECTICUT_CRASH = (
    "MIDDLETOWN — A student's condition was upgraded on Tuesday. He crashed into a tree in "
    "Berlin. Berlin police are investigating. Witnesses are asked to call (860) 828-7080."
)


def test_the_crash_storys_dateline_is_the_connecticut_town(gazetteer):
    found = resolve(CONNECTICUT_CRASH, ["MIDDLETOWN", "Berlin"], gazetteer)
    assert found["MIDDLETOWN"].country_code == "US" and round(found["MIDDLETOWN"].longitude) == -73


def test_a_small_town_with_no_namesake_in_the_storys_state_is_estimated_beside_its_town(
    gazetteer,
):
    found = resolve(CONNECTICUT_CRASH, ["MIDDLETOWN", "Berlin"], gazetteer)
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
        "TORRINGTON, Conn. — A woman was charged on Monday. Weston police said she lived in "
        "Weston and worked in Torrington."
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


def test_a_wire_agencys_dateline_does_not_give_the_storys_own_state(gazetteer):
    text = (
        "SELMA, Ala. (AP) — Marchers in Selma on Sunday recalled the protests that Ferguson "
        "police met years ago."
    )
    found = resolve(text, ["SELMA", "Ala.", "Selma", "Ferguson"], gazetteer)
    assert found["Ferguson"].status == "resolved"


def test_a_state_capitals_dateline_does_not_give_the_storys_own_state(gazetteer):
    text = (
        "AUGUSTA, Maine — Officials said on Friday a man from Sturgis was arrested. Sturgis "
        "police said he had fled."
    )
    found = resolve(text, ["AUGUSTA", "Maine", "Sturgis"], gazetteer)
    assert found["Sturgis"].status == "resolved"


def test_one_contact_number_of_another_state_does_not_give_the_storys_own_state(gazetteer):
    text = (
        "The company, based in Stamford, will close its plant in Zanesville on Friday, cutting "
        "200 jobs. Zanesville officials were not told. Reporters may call the company at "
        "(203) 555-0100."
    )
    found = resolve(text, ["Stamford", "Zanesville"], gazetteer)
    assert found["Zanesville"].status == "resolved"


def test_several_numbers_of_one_state_give_the_storys_own_state(gazetteer):
    text = (
        "He crashed into a tree in Berlin on Monday after leaving Middletown. Berlin police are "
        "investigating. Call (860) 828-7080 or (860) 347-2541."
    )
    found = resolve(text, ["Berlin", "Middletown"], gazetteer)
    assert found["Berlin"].status == "estimated"
    assert round(found["Berlin"].longitude) == -73


def test_a_town_named_with_none_of_its_local_bodies_keeps_its_namesake(gazetteer):
    text = (
        "MIDDLETOWN — Students held a vigil on Friday for the victims of the shooting in Uvalde. "
        "Organizers can be reached at (860) 555-0100."
    )
    found = resolve(text, ["MIDDLETOWN", "Uvalde"], gazetteer)
    assert found["Uvalde"].status == "resolved"


def test_a_state_capital_keeps_its_namesake(gazetteer):
    text = (
        "MIDDLETOWN — Mayors from Middletown and Meriden met Montpelier officials on Friday. "
        "Call (860) 555-0100."
    )
    found = resolve(text, ["MIDDLETOWN", "Meriden", "Montpelier"], gazetteer)
    assert found["Montpelier"].status == "resolved"


def test_the_estimates_reason_says_the_state_came_from_the_dateline(gazetteer):
    found = resolve(CONNECTICUT_CRASH, ["MIDDLETOWN", "Berlin"], gazetteer)
    assert "no Berlin known in CT, the state of the story's dateline" in found["Berlin"].reason


def test_the_estimates_reason_says_the_state_came_from_the_telephone_numbers(gazetteer):
    text = (
        "He crashed into a tree in Berlin on Monday after leaving Middletown. Berlin police are "
        "investigating. Call (860) 828-7080 or (860) 347-2541."
    )
    found = resolve(text, ["Berlin", "Middletown"], gazetteer)
    assert "the state of the story's telephone numbers" in found["Berlin"].reason


def test_a_place_named_as_a_community_is_a_town_of_the_storys_state(gazetteer):
    text = (
        "MONROE — Agents searched a house last year in Walton County's rural Gratis community, "
        "investigators said."
    )
    found = resolve(text, ["MONROE", "Walton County", "Gratis"], gazetteer)
    assert found["Gratis"].status == "estimated"
    assert round(found["Gratis"].latitude) == 34
