"""A county written inside an institution's name ("Alachua County Sheriff's Office") places
the story's town among its namesakes."""

from stories.geocoding.county_cues import written_counties
from tests.resolving import resolve


def test_a_sheriffs_county_moves_the_town_to_its_namesake_inside_it(gazetteer):
    text = (
        "Burglars broke into a feed store in Newberry overnight, Alachua County Sheriff's "
        "Office deputies said on Tuesday."
    )
    found = resolve(text, ["Newberry"], gazetteer)["Newberry"]
    assert (found.country_code, round(found.latitude)) == ("US", 30)


def test_a_county_near_the_chosen_town_keeps_it(gazetteer):
    text = (
        "Burglars broke into a feed store in Newberry overnight, Newberry County Sheriff's "
        "Office deputies said on Tuesday."
    )
    found = resolve(text, ["Newberry"], gazetteer)["Newberry"]
    assert round(found.latitude) == 34


def test_without_a_written_county_the_town_is_not_moved(gazetteer):
    text = "Burglars broke into a feed store in Newberry overnight, deputies said on Tuesday."
    found = resolve(text, ["Newberry"], gazetteer)["Newberry"]
    assert round(found.latitude) != 30


def test_a_leading_sentence_word_is_dropped_from_the_county_name(gazetteer):
    counties = written_counties("The Alachua County jail was full.", gazetteer)
    assert [{p.admin1 for p in found} for found in counties] == [{"FL"}]


def test_a_county_written_as_a_place_agrees_with_the_town_too(gazetteer):
    text = "Burglars broke into a feed store in Newberry, a town in Alachua County, on Tuesday."
    found = resolve(text, ["Newberry", "Alachua County"], gazetteer)["Newberry"]
    assert round(found.latitude) == 30


def test_a_county_qualified_by_its_state_speaks_only_for_that_states_county(gazetteer):
    counties = written_counties("She lived in Orange County, California, for years.", gazetteer)
    assert [{p.admin1 for p in found} for found in counties] == [{"CA"}]


def test_a_county_in_another_state_does_not_move_the_town_to_its_namesake(gazetteer):
    """Orange County, California says nothing for Orange County, New York's Middletown (where
    the story's state, if any, puts the town is story_state's question)."""
    text = (
        "Police in Middletown arrested a man Tuesday. He had moved from Orange County, "
        "California, last year."
    )
    found = resolve(text, ["Middletown", "Orange County", "California"], gazetteer)["Middletown"]
    middletown_ny = (41.4, -74.4)  # the Middletown inside Orange County, New York
    assert (round(found.latitude, 1), round(found.longitude, 1)) != middletown_ny


def test_a_county_someone_came_from_is_not_the_storys_county(gazetteer):
    assert written_counties("He had moved from Alachua County last year.", gazetteer) == []
