"""A name both a state's and its metropolis's means the city in a story of cities."""

from tests.resolving import resolve


def test_where_shares_closed_in_a_story_of_cities_is_the_metropolis(gazetteer):
    text = "Alibaba will list in Hong Kong. Its shares closed in New York on Tuesday."
    assert resolve(text, ["Hong Kong", "New York"], gazetteer)["New York"].kind == "city"


def test_a_name_listed_with_a_city_is_the_metropolis(gazetteer):
    text = "In places like San Francisco and New York, bandwidth is less of an issue."
    assert resolve(text, ["San Francisco", "New York"], gazetteer)["New York"].kind == "city"


def test_a_story_naming_other_states_keeps_the_state(gazetteer):
    text = "Cases rose in Ohio and Texas, and 28 were confirmed in New York."
    found = resolve(text, ["Ohio", "Texas", "New York"], gazetteer)
    assert found["New York"].kind == "admin1"


def test_a_story_that_says_new_york_state_keeps_the_state(gazetteer):
    text = "The governor said 75 people died in New York. New York state declared a disaster."
    assert resolve(text, ["New York"], gazetteer)["New York"].kind == "admin1"
