"""A name the gazetteer lacks is estimated where the article's own words put it (story_focus.py):
in the place written with it, or beside the story's nearest town when its grammar makes it a
place; never when it reads as a product, a room, a street or a list member."""

from stories.geocoding.places import distance_km
from stories.geocoding.story_focus import CONTAINER_RADIUS_KM
from tests.resolving import resolve

# "Quillbrix" and "Varrowby" are invented names no gazetteer holds.


def near(a, b) -> bool:
    return distance_km(a.latitude, a.longitude, b.latitude, b.longitude) < 1


def test_a_name_written_with_its_country_is_placed_in_that_country(gazetteer):
    text = "Cases were followed in Cambodia and in Varrowby, Vietnam, for six weeks."
    found = resolve(text, ["Cambodia", "Varrowby", "Vietnam"], gazetteer)
    varrowby = found["Varrowby"]
    assert varrowby.status == "estimated"
    assert near(varrowby, found["Vietnam"])
    assert varrowby.radius_km == CONTAINER_RADIUS_KM["country"]


def test_a_name_written_in_a_place_is_placed_there(gazetteer):
    text = "Swans died in the village of Quillbrix in Texas last week."
    found = resolve(text, ["Quillbrix", "Texas"], gazetteer)
    assert found["Quillbrix"].status == "estimated"
    assert near(found["Quillbrix"], found["Texas"])


def test_a_possessor_place_holds_the_name(gazetteer):
    text = "Rangers closed Texas's Quillbrix on Monday."
    found = resolve(text, ["Texas", "Quillbrix"], gazetteer)
    assert near(found["Quillbrix"], found["Texas"])


def test_a_village_of_an_unknown_name_lies_beside_the_story_town(gazetteer):
    text = "Police in Tyler, Texas, searched the village of Quillbrix on Monday."
    found = resolve(text, ["Tyler", "Texas", "Quillbrix"], gazetteer)
    assert found["Quillbrix"].status == "estimated"
    assert near(found["Quillbrix"], found["Tyler"])


def test_a_bare_name_after_in_ending_its_phrase_lies_beside_the_story_town(gazetteer):
    text = "Police in Tyler, Texas, sold a farm in Quillbrix on Monday."
    found = resolve(text, ["Tyler", "Texas", "Quillbrix"], gazetteer)
    assert near(found["Quillbrix"], found["Tyler"])


def test_a_name_that_modifies_the_next_word_stays_unresolved(gazetteer):
    text = "Engineers in Tyler, Texas, found a flaw in Quillbrix keyboards."
    quillbrix = resolve(text, ["Tyler", "Texas", "Quillbrix"], gazetteer)["Quillbrix"]
    assert quillbrix.latitude is None


def test_a_name_after_in_the_stays_unresolved(gazetteer):
    text = "Officials in Tyler, Texas, met in the Quillbrix Room on Monday."
    found = resolve(text, ["Tyler", "Texas", "Quillbrix Room"], gazetteer)
    assert found["Quillbrix Room"].latitude is None


def test_a_venue_written_in_a_city_is_left_to_the_events_rules(gazetteer):
    text = "The band played the Quillbrix Center in Lubbock on Friday."
    found = resolve(text, ["Quillbrix Center", "Lubbock"], gazetteer)
    assert found["Quillbrix Center"].latitude is None


def test_a_name_listed_before_another_is_not_inside_it(gazetteer):
    text = "Deaths were reported in the provinces of Quillbrix, Varrowby, Texas and Ohio."
    found = resolve(text, ["Quillbrix", "Varrowby", "Texas", "Ohio"], gazetteer)
    assert found["Varrowby"].latitude is None or not near(found["Varrowby"], found["Texas"])


def test_a_country_after_a_city_makes_an_address_not_a_list(gazetteer):
    text = "The restaurant is in Varrowby, Auckland, New Zealand, police said."
    found = resolve(text, ["Varrowby", "Auckland", "New Zealand"], gazetteer)
    assert near(found["Varrowby"], found["Auckland"])


def test_a_town_in_another_country_than_the_story_last_named_does_not_anchor(gazetteer):
    text = "Police in Tyler, Texas, were praised. In Kenya, the village of Quillbrix flooded."
    found = resolve(text, ["Tyler", "Texas", "Kenya", "Quillbrix"], gazetteer)
    assert found["Quillbrix"].latitude is None


def test_a_slip_for_a_country_written_inside_another_is_an_unknown_place(gazetteer):
    text = "The restaurant located in Greenlane, Auckland, New Zealand, was closed."
    found = resolve(text, ["Greenlane", "Auckland", "New Zealand"], gazetteer)
    assert found["Greenlane"].status == "estimated"
    assert near(found["Greenlane"], found["Auckland"])
