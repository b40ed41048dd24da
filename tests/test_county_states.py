"""The one state every county the article writes lies in places its counties and towns
(county_states.py)."""

from tests.resolving import resolve

# Florida's Columbia County borders Alachua County; the larger namesakes lie elsewhere.
TWO_COUNTIES = (
    "A planner who spent ten years with Columbia County will run the Alachua County water "
    "authority, commissioners decided on Monday."
)


def test_two_written_counties_sharing_one_state_move_a_county_to_its_namesake_there(gazetteer):
    found = resolve(TWO_COUNTIES, ["Columbia County"], gazetteer)["Columbia County"]
    assert (found.country_code, round(found.latitude), round(found.longitude)) == ("US", 30, -83)


def test_written_counties_sharing_no_state_move_nothing(gazetteer):
    text = TWO_COUNTIES.replace("Alachua County", "Titus County")
    found = resolve(text, ["Columbia County"], gazetteer)["Columbia County"]
    assert round(found.latitude) != 30


def test_towns_agreeing_only_with_each_other_yield_to_the_written_countys_state(gazetteer):
    text = (
        "A Titus County Sheriff's Office deputy tried to stop a pickup in Mount Pleasant on "
        "Friday night. Its driver, a 30-year-old of Winfield, ran off."
    )
    found = resolve(text, ["Mount Pleasant", "Winfield"], gazetteer)
    assert {r.country_code for r in found.values()} == {"US"}
    assert [round(r.latitude) for r in found.values()] == [33, 33]


def test_a_county_someone_came_from_does_not_move_the_storys_towns(gazetteer):
    text = (
        "A deputy tried to stop a pickup in Mount Pleasant on Friday night. Its driver, who "
        "moved from Titus County last year, lives in Winfield."
    )
    found = resolve(text, ["Mount Pleasant", "Winfield"], gazetteer)
    assert [round(r.latitude) for r in found.values()] == [41, 41]


def test_a_town_in_a_state_the_story_names_stays_there(gazetteer):
    text = (
        "A Titus County Sheriff's Office deputy tried to stop a pickup in Mount Pleasant, "
        "Iowa, on Friday night. Its driver, a 30-year-old of Winfield, ran off."
    )
    found = resolve(text, ["Mount Pleasant", "Iowa", "Winfield"], gazetteer)
    assert round(found["Winfield"].latitude) == 41
