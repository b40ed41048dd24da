"""A district name many cities share ("Chinatown", "Uptown", "Old Town", "the West End") is, in
a story set in a town, that town's district: its namesake in or near the town when the gazetteer
has one, else the town itself, never a namesake in a far city."""

from stories.geocoding.shared_districts import is_shared_district
from tests.resolving import resolve, resolve_names


def test_chinatown_in_a_las_vegas_story_is_not_san_franciscos(gazetteer):
    text = (
        "LAS VEGAS (AP) — Police in Las Vegas said Tuesday a man was shot outside a restaurant "
        "in Chinatown late Monday."
    )
    found = resolve_names(text, ["LAS VEGAS", "Las Vegas", "Chinatown"], gazetteer)[2]
    assert found.latitude is not None
    assert round(found.longitude) == -115


def test_a_shared_district_takes_its_namesake_in_the_storys_town(gazetteer):
    text = "PHILADELPHIA — Dozens rallied in Chinatown on Sunday, Philadelphia officials said."
    found = resolve(text, ["PHILADELPHIA", "Chinatown", "Philadelphia"], gazetteer)["Chinatown"]
    assert round(found.latitude) == 40
    assert round(found.longitude) == -75


def test_a_shared_district_far_from_the_storys_town_is_placed_at_the_town(gazetteer):
    text = "DENVER — A new hotel opened in Uptown on Monday, Denver officials said."
    found = resolve(text, ["DENVER", "Uptown", "Denver"], gazetteer)["Uptown"]
    assert found.status == "estimated"
    assert round(found.longitude) == -105


def test_a_shared_district_is_placed_at_the_town_the_story_is_set_in(gazetteer):
    text = (
        "DENVER — A man from Colorado Springs was arrested in Uptown on Monday, Denver police "
        "said. Denver officers had sought him for a week."
    )
    names = ["DENVER", "Colorado Springs", "Uptown", "Denver", "Denver"]
    found = resolve_names(text, names, gazetteer)[2]
    assert found.status == "estimated"
    assert round(found.latitude) == 40


def test_a_shared_district_the_gazetteer_lacks_is_placed_at_the_storys_town(gazetteer):
    text = "CHICAGO — Two men were shot on the South Side on Sunday, Chicago police said."
    found = resolve(text, ["CHICAGO", "South Side", "Chicago"], gazetteer)["South Side"]
    assert found.status == "estimated"
    assert round(found.latitude) == 42
    assert round(found.longitude) == -88


def test_a_shared_district_in_a_story_with_no_town_is_left_unplaced(gazetteer):
    text = "Two men were shot on the South Side on Sunday, Illinois police said."
    found = resolve(text, ["South Side", "Illinois"], gazetteer)["South Side"]
    assert found.latitude is None


def test_a_shared_district_written_with_its_city_stays_there(gazetteer):
    text = (
        "Tourists crowded Chinatown in San Francisco on Sunday, while in Oakland the streets "
        "were quiet."
    )
    found = resolve(text, ["Chinatown", "San Francisco", "Oakland"], gazetteer)["Chinatown"]
    assert round(found.latitude) == 38
    assert round(found.longitude) == -122


def test_a_town_named_like_no_district_keeps_its_far_namesake(gazetteer):
    text = "The mayor of Springfield met officials from Bangor and Boston on Monday."
    found = resolve(text, ["Springfield", "Bangor", "Boston"], gazetteer)["Bangor"]
    assert round(found.longitude) == -69


def test_district_words_are_read_by_their_shape():
    for name in (
        "Chinatown",
        "Koreatown",
        "the French Quarter",
        "West End",
        "Southside",
        "Little Italy",
        "Old Town",
        "Midtown",
        "the East Side",
        "Financial District",
    ):
        assert is_shared_district(name), name
    for name in ("Little Rock", "Germantown", "Westport", "Midland", "Old Bridge", "Easton"):
        assert not is_shared_district(name), name


def test_a_shared_district_placed_at_the_storys_town_takes_the_towns_kind(gazetteer):
    text = "BOSTON — A fire gutted a building in the West End on Monday, Boston officials said."
    found = resolve(text, ["BOSTON", "West End", "Boston"], gazetteer)["West End"]
    assert found.status == "estimated"
    assert found.kind == "city"
