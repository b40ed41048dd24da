"""Resolution after the re-ranker: a story's one country, a metropolis's parts, a state written
inside another name (story_country.py, metropolis.py, state_cues.py)."""

import pytest

from tests.resolving import resolve

# Written for these tests.
KENYA_STORY = (
    "Health officials in Kenya said cases rose in Kisumu and Nakuru, and clinics in Nyanza "
    "were full."
)


def test_a_small_namesake_abroad_in_a_one_country_story_is_estimated_in_that_country(gazetteer):
    found = resolve(KENYA_STORY, ["Kenya", "Kisumu", "Nakuru", "Nyanza"], gazetteer)
    assert found["Nyanza"].status == "estimated"
    assert found["Nyanza"].country_code == "KE"


def test_a_namesake_in_a_country_the_story_names_is_kept(gazetteer):
    text = KENYA_STORY + " Rwanda sent nurses."
    found = resolve(text, ["Kenya", "Kisumu", "Nakuru", "Nyanza", "Rwanda"], gazetteer)
    assert found["Nyanza"].status == "resolved"
    assert found["Nyanza"].country_code == "RW"


def test_a_borough_written_with_its_metropolis_makes_the_qualifier_the_city(gazetteer):
    found = resolve(
        "Eight students in Queens, New York, fell ill.", ["Queens", "New York"], gazetteer
    )
    assert found["New York"].kind == "city"


def test_a_town_written_with_its_state_keeps_the_state(gazetteer):
    found = resolve("A girl from Buffalo, New York, died.", ["Buffalo", "New York"], gazetteer)
    assert found["New York"].kind == "admin1"


def test_a_state_written_inside_an_agency_name_chooses_the_towns_namesake_there(gazetteer):
    text = "An Albany police SWAT team and Georgia Bureau of Investigation agents raided a home."
    assert resolve(text, ["Albany"], gazetteer)["Albany"].latitude < 35


def test_without_a_written_state_the_town_keeps_its_choice(gazetteer):
    text = "An Albany police SWAT team raided a home."
    assert resolve(text, ["Albany"], gazetteer)["Albany"].latitude > 40


def test_a_place_named_by_another_of_its_names_does_not_make_the_qualifier_the_city(gazetteer):
    text = "Lindbergh took off from Long Island, New York, on Friday."
    assert resolve(text, ["Long Island", "New York"], gazetteer)["New York"].kind == "admin1"


def test_near_a_states_border_without_a_distance_does_not_move_a_known_town(gazetteer):
    text = "The crash was about 45 miles southeast of Champaign near the Indiana, Ill., border."
    found = resolve(text, ["Champaign", "Indiana", "Ill."], gazetteer)
    assert found["Champaign"].status == "resolved"
    assert found["Champaign"].name == "Champaign"


def test_a_county_takes_its_namesake_in_the_state_its_sentence_names(gazetteer):
    text = (
        "Ames, Iowa, tested the swans. They were found in Michigan on the coast of Lake Erie "
        "near a game area in Monroe County."
    )
    names = ["Ames", "Iowa", "Michigan", "Lake Erie", "Monroe County"]
    found = resolve(text, names, gazetteer)
    assert found["Monroe County"].latitude == pytest.approx(41.9, abs=0.3)


def test_a_state_qualifying_another_town_does_not_move_a_town_in_its_sentence(gazetteer):
    text = (
        "Ms. Underwood, 34, of Arlington, Texas, died Tuesday. She spent ten years in "
        "Wintersville, Ohio, before the family moved to Arlington."
    )
    names = ["Arlington", "Texas", "Wintersville", "Ohio"]
    assert resolve(text, names, gazetteer)["Arlington"].latitude < 34


def test_a_stray_does_not_qualify_the_name_listed_before_it(gazetteer):
    text = (
        "Cases rose in Kenya, in Kisumu, Nakuru, Kisii and Migori. Over 1,200 cases have been "
        "reported in the provinces of Rift Valley, North Eastern and Western."
    )
    names = ["Kenya", "Kisumu", "Nakuru", "Kisii", "Migori", "Rift Valley", "North Eastern"]
    found = resolve(text, names, gazetteer)
    assert found["Rift Valley"].country_code in (None, "KE")


CALIFORNIA_STORY = (
    "California closed its coast to salmon fishing. Boats from Santa Cruz and Millbrae stayed "
    "home, and no salmon passed the Golden Gate."
)


def test_a_small_namesake_in_another_state_of_a_one_state_story_is_estimated_there(gazetteer):
    names = ["California", "Santa Cruz", "Millbrae", "Golden Gate"]
    found = resolve(CALIFORNIA_STORY, names, gazetteer)
    assert found["Golden Gate"].status == "estimated"
    assert found["Golden Gate"].longitude < -120


def test_a_namesake_in_a_state_the_story_names_is_kept(gazetteer):
    text = CALIFORNIA_STORY + " Florida boats did not come."
    names = ["California", "Santa Cruz", "Millbrae", "Golden Gate", "Florida"]
    found = resolve(text, names, gazetteer)
    assert found["Golden Gate"].status == "resolved"


def test_a_states_dotted_abbreviation_inside_an_agency_name_chooses_the_towns_namesake(gazetteer):
    text = "A Greenville police team and S.C. Highway Patrol troopers searched a home."
    assert resolve(text, ["Greenville"], gazetteer)["Greenville"].latitude < 35.2
