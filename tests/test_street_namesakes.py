"""A bare name the story also writes as a street's ("Decatur Boulevard", then "onto Decatur")
is that street in the story's town, not the far town of the same name."""

from stories.geocoding.street_namesakes import writes_as_street
from tests.resolving import resolve

CRASH = (
    "Two cars collided in Las Vegas on Monday. A van heading north on Decatur Boulevard hit "
    "a sedan turning onto Decatur from a side road, police said."
)


def test_a_street_shortened_to_its_bare_name_is_placed_in_the_storys_town(gazetteer):
    found = resolve(CRASH, ["Las Vegas", "Decatur"], gazetteer)["Decatur"]
    assert round(found.longitude) == -115


def test_a_town_written_without_a_street_word_stays_the_town(gazetteer):
    text = (
        "Two cars collided in Las Vegas on Monday. The driver of the van had come from "
        "Decatur, where he works, police said."
    )
    found = resolve(text, ["Las Vegas", "Decatur"], gazetteer)["Decatur"]
    assert round(found.longitude) != -115


def test_a_street_word_must_follow_the_name_itself():
    assert writes_as_street("north on Decatur Boulevard", "Decatur")
    assert not writes_as_street("north of Decatur, on Main Street", "Decatur")
