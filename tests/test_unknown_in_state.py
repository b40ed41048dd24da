"""A name the gazetteer lacks, written after a state but before any town, lies in that state."""

from stories.geocoding.places import distance_km
from tests.resolving import resolve

# Written for these tests: "Quillback" is an invented village.
STORY = (
    "Storm hits Colorado. A barn collapsed in the village of Quillback on Sunday, officials "
    "said. In Atlanta, forecasters warned of more wind."
)


def test_an_unknown_village_after_a_state_lies_in_it_not_beside_a_later_town_elsewhere(
    gazetteer,
):
    found = resolve(STORY, ["Colorado", "Quillback", "Atlanta"], gazetteer)
    state, village = found["Colorado"], found["Quillback"]
    assert village.status == "estimated"
    assert distance_km(village.latitude, village.longitude, state.latitude, state.longitude) < 1
    assert "Colorado" in village.reason
