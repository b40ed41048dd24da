"""Resolution rules that carry across news corpora: where a country or a state is put, and
what a list, a kind word or the story's home country says about a name."""

import pytest

from stories.geocoding.descriptions import kind_cues
from stories.geocoding.places import distance_km
from stories.geocoding.sources import DATA_DIR, country_point, two_convention_points
from tests.resolving import resolve_names


def test_a_country_sits_at_its_geonames_point(gazetteer):
    (indonesia,) = resolve_names("Flights to Indonesia resumed.", ["Indonesia"], gazetteer)

    assert distance_km(indonesia.latitude, indonesia.longitude, -5.0, 120.0) < 1


def test_a_us_state_sits_at_the_centre_of_its_extent_not_among_its_crowded_towns(gazetteer):
    (texas,) = resolve_names("Rain fell across Texas.", ["Texas"], gazetteer)

    assert distance_km(texas.latitude, texas.longitude, 31.0, -100.0) < 100


def test_names_listed_together_take_the_kind_of_their_neighbours(gazetteer):
    text = "Cases were confirmed in Alaska, Oregon, Nevada, Wyoming and California."
    names = ["Alaska", "Oregon", "Nevada", "Wyoming", "California"]

    resolved = resolve_names(text, names, gazetteer)

    assert [r.kind for r in resolved] == ["admin1"] * 5


def test_the_word_state_beside_a_name_makes_it_the_state(gazetteer):
    text = "The herd came from a farm in Washington state, inspectors in Ottawa said."

    washington, _ = resolve_names(text, ["Washington", "Ottawa"], gazetteer)

    assert washington.kind == "admin1"


def test_a_kind_word_must_stand_beside_the_name(gazetteer):
    text = "Washington State University hosts the Ohio meeting."

    assert "admin1" not in kind_cues(text, 0, len("Washington"))
    assert "admin1" in kind_cues("in the state of Ohio", 16, 20)


def test_a_country_is_not_a_village_whose_name_only_resembles_it(gazetteer):
    text = "Officials in Mexico City and Monterrey said the cattle came from Canada."

    *_, canada = resolve_names(text, ["Mexico City", "Monterrey", "Canada"], gazetteer)

    assert canada.kind == "country"
    assert canada.country_code == "CA"


def test_a_state_name_means_the_state_rather_than_a_town_called_after_it(gazetteer):
    text = "Growers near New York City and in Newark said California had shipped less."

    *_, california = resolve_names(text, ["New York City", "Newark", "California"], gazetteer)

    assert california.kind == "admin1"


def test_the_story_home_country_favours_its_own_namesake(gazetteer):
    text = "Officials from Boise, Tulsa and Spokane met in Athens on Monday."

    *_, athens = resolve_names(text, ["Boise", "Tulsa", "Spokane", "Athens"], gazetteer)

    assert athens.country_code == "US"
    assert "most of the story's places are in its country" in athens.reason


def _two_convention_rows() -> list[list[str]]:
    text = (DATA_DIR / "two_conventions.tsv").read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@pytest.mark.parametrize("row", _two_convention_rows(), ids=lambda row: row[1])
def test_a_place_between_two_conventions_lies_within_161_km_of_both(row):
    point, index_point, wikipedia = ((float(row[i]), float(row[i + 1])) for i in (2, 4, 6))

    assert distance_km(*index_point, *wikipedia) > 161
    assert distance_km(*point, *index_point) < 161
    assert distance_km(*point, *wikipedia) < 161


def test_the_index_puts_a_place_between_two_conventions_at_its_midpoint(gazetteer):
    (china,) = resolve_names("Exports from China grew.", ["China"], gazetteer)

    assert (china.latitude, china.longitude) == two_convention_points()[china.geonames_id]


def test_a_country_point_follows_two_sources_of_three_when_geonames_stands_alone():
    geonames, factbook, centroid = (60.1, -113.6), (60.0, -95.0), (56.0, -99.7)

    assert country_point(geonames, factbook, centroid) == factbook


def test_a_country_point_is_geonames_when_the_sources_roughly_agree():
    geonames, factbook, centroid = (39.76, -98.5), (38.0, -97.0), (38.9, -98.9)

    assert country_point(geonames, factbook, centroid) == geonames


def test_a_states_people_resolve_to_the_state(gazetteer):
    text = "Texans and Ohioans lined up for the vaccine."

    texans, ohioans = resolve_names(text, ["Texans", "Ohioans"], gazetteer)

    assert (texans.name, texans.kind) == ("Texas", "admin1")
    assert (ohioans.name, ohioans.kind) == ("Ohio", "admin1")


def test_a_state_followed_by_a_state_is_a_list_not_a_qualifier(gazetteer):
    text = "Outbreaks were reported in California, Colorado and Georgia."

    resolved = resolve_names(text, ["California", "Colorado", "Georgia"], gazetteer)

    assert [(r.kind, r.country_code) for r in resolved] == [("admin1", "US")] * 3


def test_a_country_still_qualifies_a_state(gazetteer):
    text = "The plant is in London, Ontario, Canada."

    london, ontario, _ = resolve_names(text, ["London", "Ontario", "Canada"], gazetteer)

    assert (ontario.kind, ontario.country_code) == ("admin1", "CA")
    assert london.country_code == "CA"


def test_a_state_qualifier_that_continues_a_list_of_states_is_the_list(gazetteer):
    text = "Officials are investigating cases in Washington, Pennsylvania and California."

    washington, *_ = resolve_names(text, ["Washington", "Pennsylvania", "California"], gazetteer)

    assert (washington.kind, washington.name) == ("admin1", "Washington")


def test_a_state_qualifier_alone_still_names_the_town(gazetteer):
    text = "The plant in Washington, Pennsylvania closed on Friday."

    washington, _ = resolve_names(text, ["Washington", "Pennsylvania"], gazetteer)

    assert washington.kind == "city"
    assert km_from_pittsburgh(washington) < 60


def km_from_pittsburgh(resolution) -> float:
    return distance_km(resolution.latitude, resolution.longitude, 40.44, -79.99)


def test_a_country_lies_within_161_km_of_its_geonames_point_and_its_common_centroid(gazetteer):
    (libya,) = resolve_names("Flights to Libya resumed.", ["Libya"], gazetteer)

    assert distance_km(libya.latitude, libya.longitude, 28.0, 17.0) < 161
    assert distance_km(libya.latitude, libya.longitude, 26.3351, 17.228331) < 161
