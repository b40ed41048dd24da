"""A mention the story writes as a street ("Decatur Boulevard", then "onto Decatur") is that
street in the story's town, not the far town of the same name; the name's other mentions, as a
modifier ("a Lincoln man") or after "from", stay the town."""

from stories.geocoding.street_namesakes import street_names
from tests.resolving import resolve, resolve_names

CRASH = (
    "Two cars collided in Las Vegas on Monday. A van heading north on Decatur Boulevard hit "
    "a sedan turning onto Decatur from a side road, police said."
)


def test_a_street_shortened_to_its_bare_name_is_placed_in_the_storys_town(gazetteer):
    found = resolve_names(CRASH, ["Las Vegas", "Decatur", "Decatur"], gazetteer)[2]
    assert round(found.longitude) == -115


def test_a_town_written_without_a_street_word_stays_the_town(gazetteer):
    text = (
        "Two cars collided in Las Vegas on Monday. The driver of the van had come from "
        "Decatur, where he works, police said."
    )
    found = resolve(text, ["Las Vegas", "Decatur"], gazetteer)["Decatur"]
    assert round(found.longitude) != -115


def test_a_street_word_must_follow_the_name_itself():
    assert "Decatur" in street_names("north on Decatur Boulevard")
    assert "Decatur" not in street_names("north of Decatur, on Main Street")


def test_a_town_someone_moved_from_stays_the_town_beside_its_namesake_street(gazetteer):
    text = (
        "The baker, who moved from Houston to New York in 2012, opened a shop on Houston "
        "Street last spring."
    )
    found = resolve_names(text, ["Houston", "New York", "Houston"], gazetteer)[0]
    assert round(found.longitude) == -95


def test_a_town_modifying_a_noun_stays_the_town_beside_its_namesake_street(gazetteer):
    text = "A Lincoln woman was hurt Monday when her car hit a pole on Lincoln Avenue in Denver."
    found = resolve_names(text, ["Lincoln", "Lincoln", "Denver"], gazetteer)
    assert round(found[0].longitude) == -97
    assert round(found[1].longitude) == -105


def test_a_bare_name_before_its_street_form_is_not_the_street(gazetteer):
    text = (
        "Two cars collided in Las Vegas on Monday. A sedan on Decatur hit a van later seen "
        "on Decatur Boulevard, police said."
    )
    found = resolve_names(text, ["Las Vegas", "Decatur"], gazetteer)[1]
    assert round(found.longitude) != -115


def test_place_is_not_a_street_word():
    assert "Denver" not in street_names("the Denver Place resident said")


def test_the_street_names_are_read_in_one_pass_with_every_shorter_name():
    names = street_names("a crash on Fort Worth Avenue and later on Elm St.")
    assert {"Fort Worth", "Worth", "Elm"} <= set(names)
