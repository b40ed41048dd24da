"""A region named by a capitalised compass side of a state or country ("across North Texas") is
placed inside that side, at a point derived from the area's own towns, with no GeoNames id; a
lowercase side ("western Mongolia") keeps the whole area, as do names that merely begin with a
compass word ("North Carolina")."""

from stories.geocoding.places import distance_km
from tests.resolving import resolve


def _km(resolution, lat: float, lon: float) -> float:
    return distance_km(resolution.latitude, resolution.longitude, lat, lon)


def test_a_capitalised_northern_side_of_a_state_is_placed_in_its_north(gazetteer):
    text = "Hail damaged roofs and cars across North Texas late on Monday."
    found = resolve(text, ["North Texas"], gazetteer)["North Texas"]
    assert _km(found, 32.8, -97.0) < 100  # the Dallas-Fort Worth area


def test_a_capitalised_southern_side_of_a_state_is_placed_in_its_south(gazetteer):
    text = "The campaign's radio spots are playing in South Florida this spring."
    found = resolve(text, ["South Florida"], gazetteer)["South Florida"]
    assert _km(found, 25.9, -80.3) < 100  # the Miami-Fort Lauderdale area


def test_a_moved_side_carries_no_geonames_id_of_the_whole_area(gazetteer):
    text = "The campaign's radio spots are playing in South Florida this spring."
    found = resolve(text, ["South Florida"], gazetteer)["South Florida"]
    assert found.geonames_id is None
    assert found.name == "South Florida"


def test_a_lowercase_side_before_a_state_keeps_the_whole_state(gazetteer):
    text = "Rescue crews flew over northern New York to reach farms cut off by the ice."
    found = resolve(text, ["New York"], gazetteer)["New York"]
    assert found.geonames_id is not None and found.kind == "admin1"


def test_a_lowercase_side_owning_a_school_keeps_the_whole_state(gazetteer):
    text = "A coach at eastern Indiana's largest high school retired on Friday."
    found = resolve(text, ["Indiana"], gazetteer)["Indiana"]
    assert found.name == "Indiana" and found.geonames_id is not None


def test_a_state_name_written_with_a_lowercase_compass_word_is_not_moved(gazetteer):
    text = "Agents searched a storage shed in western north Carolina on Monday."
    found = resolve(text, ["Carolina"], gazetteer)["Carolina"]
    assert found.latitude is None or found.geonames_id is not None


def test_a_capitalised_western_side_of_a_country_is_placed_in_its_west(gazetteer):
    text = "Herders in Western Mongolia lost much of their livestock to the cold."
    found = resolve(text, ["Western Mongolia"], gazetteer)["Western Mongolia"]
    assert found.longitude < 95.0 and found.geonames_id is None


def test_a_lowercase_side_before_a_country_keeps_the_whole_country(gazetteer):
    text = "Officials in western Mongolia closed the roads out of two districts."
    found = resolve(text, ["Mongolia"], gazetteer)["Mongolia"]
    assert found.longitude > 100.0 and found.geonames_id is not None


def test_the_north_of_a_country_keeps_the_whole_country(gazetteer):
    text = "Snow closed schools across the north of England on Thursday."
    found = resolve(text, ["England"], gazetteer)["England"]
    assert found.name == "England" and found.geonames_id is not None


def test_a_country_named_with_no_compass_word_keeps_its_own_point(gazetteer):
    text = "Officials in Mongolia closed the roads out of two districts."
    found = resolve(text, ["Mongolia"], gazetteer)["Mongolia"]
    assert found.longitude > 100.0 and found.geonames_id is not None


def test_states_and_countries_whose_names_begin_with_a_compass_word_keep_their_entry(
    gazetteer,
):
    text = (
        "Exports from North Carolina, West Virginia, South Africa and North Korea fell in "
        "the spring."
    )
    names = ["North Carolina", "West Virginia", "South Africa", "North Korea"]
    found = resolve(text, names, gazetteer)
    assert all(found[name].name == name for name in names)
    assert all(found[name].geonames_id is not None for name in names)


def test_a_compass_word_of_a_people_does_not_move_their_country(gazetteer):
    text = "Northern tribesmen marched toward the capital of Mongolia on Friday."
    found = resolve(text, ["Mongolia"], gazetteer)["Mongolia"]
    assert found.longitude > 100.0


def test_a_compass_word_of_a_route_does_not_move_the_country_it_leads_to(gazetteer):
    text = "Trucks took the northern route into Mongolia after the pass closed."
    found = resolve(text, ["Mongolia"], gazetteer)["Mongolia"]
    assert found.longitude > 100.0


def test_a_central_part_keeps_the_whole_area(gazetteer):
    text = "Wheat farmers in central Kansas waited for rain through May."
    found = resolve(text, ["Kansas"], gazetteer)["Kansas"]
    assert found.name == "Kansas" and found.geonames_id is not None


def test_a_team_named_by_a_side_of_a_state_is_not_made_a_region(gazetteer):
    text = "The Bulls beat North Texas 24-10 on Saturday."
    found = resolve(text, ["North Texas"], gazetteer)["North Texas"]
    assert found.latitude is None or _km(found, 32.8, -97.0) > 100


def test_a_team_owning_a_score_after_in_is_not_made_a_region(gazetteer):
    text = "The freshman scored twice in North Texas's 31-28 win over the Owls on Saturday."
    found = resolve(text, ["North Texas"], gazetteer)["North Texas"]
    assert found.latitude is None or _km(found, 32.8, -97.0) > 100


def test_a_side_named_like_a_country_of_its_own_is_not_made_a_side_of_another(gazetteer):
    text = "Fighting broke out again in Southern Sudan on Monday."
    found = resolve(text, ["Southern Sudan"], gazetteer)["Southern Sudan"]
    assert found.latitude is None or found.geonames_id is not None


def test_a_country_known_by_another_name_with_a_compass_word_keeps_its_entry(gazetteer):
    text = "Voters queued in East Timor before dawn on Saturday."
    found = resolve(text, ["East Timor"], gazetteer)["East Timor"]
    assert found.geonames_id is not None


def test_two_compass_words_before_a_division_word_are_one_bearing_not_a_side(gazetteer):
    text = "Cholera cases rose in North Eastern Province this week."
    found = resolve(text, ["North Eastern Province"], gazetteer)["North Eastern Province"]
    assert found.reason is None or "side of" not in found.reason


def test_a_side_after_a_sentence_opening_preposition_is_placed_in_that_side(gazetteer):
    text = "In North Texas, hail damaged roofs and cars late on Monday."
    found = resolve(text, ["North Texas"], gazetteer)["North Texas"]
    assert found.latitude is not None and _km(found, 32.8, -97.0) < 100
