"""A region named by a compass side of a state ("across North Texas") is placed at that side's
largest town; a lowercase side of a state or country ("western Mongolia") keeps the area."""

from stories.geocoding.places import distance_km
from tests.resolving import resolve


def _km(place, lat: float, lon: float) -> float:
    return distance_km(place.latitude, place.longitude, lat, lon)


def test_a_lowercase_compass_word_before_a_country_keeps_the_country(gazetteer):
    text = "Herders in western Mongolia lost half their flocks to the cold this winter."
    found = resolve(text, ["Mongolia"], gazetteer)
    assert found["Mongolia"].longitude > 100.0


def test_a_compass_part_of_a_state_after_in_is_placed_in_that_part(gazetteer):
    text = "Storms knocked out power to thousands of homes across North Texas on Sunday."
    found = resolve(text, ["North Texas"], gazetteer)
    assert _km(found["North Texas"], 32.78, -96.80) < 100


def test_a_southern_part_of_a_state_is_placed_in_the_south(gazetteer):
    text = "The new advert is running on television stations in South Florida this month."
    found = resolve(text, ["South Florida"], gazetteer)
    assert _km(found["South Florida"], 25.77, -80.19) < 100


def test_a_country_with_no_compass_word_keeps_its_own_point(gazetteer):
    text = "Herders in Mongolia lost half their flocks to the cold this winter."
    found = resolve(text, ["Mongolia"], gazetteer)
    assert found["Mongolia"].longitude > 100.0


def test_a_compass_named_state_team_after_a_verb_is_not_made_a_place(gazetteer):
    text = "The Bulls beat North Texas 24-10 on Saturday."
    found = resolve(text, ["North Texas"], gazetteer)
    assert found["North Texas"].latitude is None or _km(found["North Texas"], 31.2, -99.3) > 300


def test_a_lowercase_side_of_a_state_keeps_the_state_not_its_largest_corner_town(gazetteer):
    text = "Rain soaked pastures in north Georgia on Tuesday."
    found = resolve(text, ["Georgia"], gazetteer)
    assert found["Georgia"].name == "Georgia"
    assert _km(found["Georgia"], 33.75, -84.39) > 100


def test_a_compass_named_team_owning_a_game_after_in_is_not_made_a_region(gazetteer):
    text = "The freshman scored twice in North Texas's 31-28 win over the Owls on Saturday."
    found = resolve(text, ["North Texas"], gazetteer)
    assert found["North Texas"].latitude is None or _km(found["North Texas"], 32.78, -96.80) > 100


def test_a_compass_part_with_an_accented_area_name_does_not_crash(gazetteer):
    text = "Floods cut roads across North Québec and in South Ñuble on Sunday."
    found = resolve(text, ["North Québec", "South Ñuble"], gazetteer)
    assert set(found) == {"North Québec", "South Ñuble"}
