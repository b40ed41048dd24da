"""A name the gazetteer lacks is estimated beside the story's nearest local place, never pinned."""

from stories.geocoding.places import distance_km
from stories.geocoding.story_focus import NEARBY_RADIUS_KM
from tests.resolving import resolve

# Written for these tests: "Quillback Creek" and "Varrow Township" are invented names.
LOCAL_STORY = (
    "Firefighters in Tyler, Texas, spent Monday at Quillback Creek, where a brush fire spread "
    "toward homes. Later in Lubbock the council met; the Varrow Township board did not."
)


def test_an_unknown_name_is_estimated_at_the_local_place_named_just_before_it(gazetteer):
    found = resolve(LOCAL_STORY, ["Tyler", "Texas", "Quillback Creek"], gazetteer)
    tyler, creek = found["Tyler"], found["Quillback Creek"]
    assert creek.status == "estimated"
    assert distance_km(creek.latitude, creek.longitude, tyler.latitude, tyler.longitude) < 1


def test_the_nearest_place_before_the_name_wins_over_the_first_of_the_story(gazetteer):
    names = ["Tyler", "Quillback Creek", "Lubbock", "Varrow Township"]
    found = resolve(LOCAL_STORY, names, gazetteer)
    lubbock, township = found["Lubbock"], found["Varrow Township"]
    assert (
        distance_km(township.latitude, township.longitude, lubbock.latitude, lubbock.longitude) < 1
    )


def test_an_estimate_says_why_and_keeps_a_countys_radius(gazetteer):
    creek = resolve(LOCAL_STORY, ["Tyler", "Quillback Creek"], gazetteer)["Quillback Creek"]
    assert creek.radius_km == NEARBY_RADIUS_KM
    assert creek.geonames_id is None
    assert "not in the gazetteer" in creek.reason and "Tyler" in creek.reason


def test_a_name_before_every_local_place_takes_the_first_one_after_it(gazetteer):
    text = "Quillback Creek flooded again; Tyler officials closed two roads."
    found = resolve(text, ["Quillback Creek", "Tyler"], gazetteer)
    creek, tyler = found["Quillback Creek"], found["Tyler"]
    assert distance_km(creek.latitude, creek.longitude, tyler.latitude, tyler.longitude) < 1


def test_a_country_or_state_alone_is_too_broad_to_place_an_unknown_name(gazetteer):
    text = "In Texas, the Quillback Creek flooded again."
    creek = resolve(text, ["Texas", "Quillback Creek"], gazetteer)["Quillback Creek"]
    assert creek.status == "unresolved"
    assert creek.latitude is None


def test_a_name_without_a_place_word_stays_unresolved(gazetteer):
    text = "Firefighters in Tyler, Texas, tested the Quillbrix on Monday."
    quillbrix = resolve(text, ["Tyler", "Quillbrix"], gazetteer)["Quillbrix"]
    assert quillbrix.status == "unresolved"
    assert quillbrix.latitude is None


def test_a_name_containing_a_local_place_of_the_story_is_placed_there(gazetteer):
    text = "Tyler police met in Lubbock before the Tyler Quillback Park reopened."
    found = resolve(text, ["Tyler", "Lubbock", "Tyler Quillback Park"], gazetteer)
    tyler, park = found["Tyler"], found["Tyler Quillback Park"]
    assert park.status == "estimated"
    assert distance_km(park.latitude, park.longitude, tyler.latitude, tyler.longitude) < 1


def test_a_landmark_named_after_a_town_does_not_anchor_an_unknown_name(gazetteer):
    # A building far off where an actor went says nothing of the area the story keeps to.
    text = (
        "Tyler council members, back from a ceremony at the White House, said Quillback Creek "
        "would be cleaned this spring."
    )
    found = resolve(text, ["Tyler", "White House", "Quillback Creek"], gazetteer)
    tyler, creek = found["Tyler"], found["Quillback Creek"]
    assert creek.status == "estimated"
    assert distance_km(creek.latitude, creek.longitude, tyler.latitude, tyler.longitude) < 1


def test_a_name_listed_before_rivers_is_estimated_beside_the_local_place(gazetteer):
    # The list's plural noun makes the name a river the gazetteer lacks, near the story's town.
    text = "Crews in Tyler cleared brush between the Hamilton and Quillback rivers on Monday."
    found = resolve(text, ["Tyler", "Hamilton"], gazetteer)
    tyler, river = found["Tyler"], found["Hamilton"]
    assert river.status == "estimated"
    assert distance_km(river.latitude, river.longitude, tyler.latitude, tyler.longitude) < 1


def test_a_feature_word_written_as_a_name_is_the_story_s_feature_not_a_far_namesake(gazetteer):
    # "the Delta" in a local story is the delta its readers know, not a state of that name
    # abroad: estimated beside the story's town.
    text = "Crews in Tyler moved the young fish through the Delta to the sea on Monday."
    found = resolve(text, ["Tyler", "Delta"], gazetteer)
    tyler, delta = found["Tyler"], found["Delta"]
    assert delta.status == "estimated"
    assert distance_km(delta.latitude, delta.longitude, tyler.latitude, tyler.longitude) < 1
