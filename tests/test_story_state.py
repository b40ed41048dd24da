"""A namesake town or county moves to the state where most of the story's other places lie."""

from stories.geocoding.gazetteer import OfflineGazetteer
from stories.geocoding.mention_reading import Mention, lookup
from stories.geocoding.story_state import follow_story_state


def _chosen_in(gazetteer: OfflineGazetteer, name: str, state: str, start: int) -> Mention:
    """A mention of ``name`` whose current choice is its largest namesake in ``state``."""
    candidates = lookup(gazetteer, name)
    choice = max(
        (c.place for c in candidates if (c.place.country_code, c.place.admin1) == ("US", state)),
        key=lambda p: p.population,
    )
    end = start + len(name)
    return Mention(start, end, name, name.casefold(), candidates, None, [], "", choice)


def test_a_county_in_a_lone_state_moves_to_the_state_of_the_story_towns(gazetteer):
    mentions = [
        _chosen_in(gazetteer, "Dublin", "OH", 0),
        _chosen_in(gazetteer, "Hilliard", "OH", 20),
        _chosen_in(gazetteer, "Franklin County", "PA", 40),
    ]
    follow_story_state(mentions)
    assert mentions[2].choice.admin1 == "OH"


def test_a_single_loose_name_does_not_pull_a_far_namesake(gazetteer):
    mentions = [
        _chosen_in(gazetteer, "Lebanon", "OH", 0),
        _chosen_in(gazetteer, "Franklin County", "PA", 40),
    ]
    follow_story_state(mentions)
    assert mentions[1].choice.admin1 == "PA"


def test_a_single_loose_name_pulls_its_namesake_beside_it(gazetteer):
    mentions = [
        _chosen_in(gazetteer, "Dublin", "OH", 0),
        _chosen_in(gazetteer, "Franklin County", "PA", 40),
    ]
    follow_story_state(mentions)
    assert mentions[1].choice.admin1 == "OH"


def test_a_name_the_article_qualifies_keeps_its_state(gazetteer):
    mentions = [
        _chosen_in(gazetteer, "Dublin", "OH", 0),
        _chosen_in(gazetteer, "Hilliard", "OH", 20),
        _chosen_in(gazetteer, "Franklin County", "PA", 40),
    ]
    mentions[2].qualifiers = [mentions[2].choice]
    follow_story_state(mentions)
    assert mentions[2].choice.admin1 == "PA"


def test_a_name_sharing_its_state_with_another_place_is_not_moved(gazetteer):
    mentions = [
        _chosen_in(gazetteer, "Dublin", "OH", 0),
        _chosen_in(gazetteer, "Hilliard", "OH", 20),
        _chosen_in(gazetteer, "Westerville", "OH", 30),
        _chosen_in(gazetteer, "Franklin County", "PA", 40),
        _chosen_in(gazetteer, "Chambersburg", "PA", 60),
    ]
    follow_story_state(mentions)
    assert mentions[3].choice.admin1 == "PA"


def test_a_state_the_story_names_as_a_place_is_enough_alone(gazetteer):
    ohio = next(c.place for c in lookup(gazetteer, "Ohio") if c.place.kind == "admin1")
    mentions = [
        Mention(0, 4, "Ohio", "ohio", lookup(gazetteer, "Ohio"), None, [], "", ohio),
        _chosen_in(gazetteer, "Franklin County", "PA", 40),
    ]
    follow_story_state(mentions)
    assert mentions[1].choice.admin1 == "OH"


def test_a_large_city_is_not_moved_to_a_tiny_namesake_of_the_story_state(gazetteer):
    # "Storms hit Atlanta and Savannah on Monday. Flights to Lexington were canceled."
    mentions = [
        _chosen_in(gazetteer, "Atlanta", "GA", 0),
        _chosen_in(gazetteer, "Savannah", "GA", 20),
        _chosen_in(gazetteer, "Lexington", "KY", 60),
    ]
    follow_story_state(mentions)
    chosen = mentions[2].choice
    assert (chosen.admin1, round(chosen.latitude, 2), round(chosen.longitude, 2)) == (
        "KY",
        37.99,
        -84.48,
    )
