"""A bare "near Y" moves a place only when the story's other places do not hold it already."""

from tests.resolving import resolve_names


def test_a_bare_near_does_not_move_a_town_its_neighbours_hold(gazetteer):
    text = "Plows worked in Baxter overnight; a truck slid off a road in Brainerd near Shelbyville."

    _, brainerd, _ = resolve_names(text, ["Baxter", "Brainerd", "Shelbyville"], gazetteer)

    assert (brainerd.status, brainerd.name) == ("resolved", "Brainerd")
    assert 46 < brainerd.latitude < 47


def test_a_near_with_no_neighbour_for_the_town_still_places_it(gazetteer):
    text = "A truck slid off the road in Brainerd near Shelbyville, Tennessee."

    brainerd, *_ = resolve_names(text, ["Brainerd", "Shelbyville", "Tennessee"], gazetteer)

    assert brainerd.latitude < 40
