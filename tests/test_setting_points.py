"""A place of unknown kind pinned to a point (a restaurant, a street, a neighbourhood) lies in
the town or county around that point when the story's setting is read (events.setting_points)."""

from stories.extraction.events.setting import main_setting
from stories.extraction.events.setting_points import point_within
from stories.extraction.mentions import PlaceMention

# name: kind, specificity, country, latitude, longitude
PLACES = {
    "Lyon": ("city", 3, "FR", 45.75, 4.85),
    "Rhone": ("admin2", 2, "FR", 45.95, 4.60),
    "Bergen": ("city", 3, "NO", 60.39, 5.32),
    "Quai Diner": ("other", 0, "FR", 45.75, 4.85),  # a venue the gazetteer lacks, at its town
    "Far Diner": ("other", 0, "FR", 47.0, 6.0),  # a venue pinned far from the town
    "Rue Basse": ("other", 0, "FR", 45.75, 4.85),  # a street the gazetteer lacks, at its town
    "Nice": ("city", 3, "FR", 43.70, 7.27),
}


def place(name: str) -> PlaceMention:
    kind, specificity, country, lat, lon = PLACES[name]
    return PlaceMention(name, 0, len(name), name, kind, specificity, country, lat, lon)


def test_a_venue_pinned_in_a_town_counts_for_the_town_as_setting():
    mentions = [place("Lyon"), place("Quai Diner"), place("Rhone")]

    assert main_setting(mentions).name == "Lyon"


def test_a_venue_pinned_far_from_the_town_does_not_count_for_it():
    mentions = [place("Lyon"), place("Far Diner"), place("Rhone")]

    assert main_setting(mentions) is None


def test_venues_pinned_in_a_town_do_not_make_up_its_share_against_another_town():
    # A venue takes its town's point for want of its own, so it is no evidence for that town:
    # a town mis-resolved far away would otherwise win on the venues pinned beside it.
    mentions = [place("Lyon"), place("Lyon"), place("Quai Diner"), place("Rue Basse")]

    assert main_setting([*mentions, place("Nice")]) is None


def test_a_venue_in_a_town_does_not_make_a_spread_story_a_setting():
    mentions = [place("Lyon"), place("Quai Diner"), place("Bergen"), place("Bergen")]

    assert main_setting(mentions) is None


def test_a_venue_that_is_the_setting_on_its_own_stays_the_setting():
    mentions = [place("Lyon"), place("Quai Diner")]

    assert main_setting(mentions).name == "Quai Diner"


def test_a_venue_lies_in_no_town_whose_point_lacks_a_longitude():
    town = PlaceMention("Lyon", 0, 4, "Lyon", "city", 3, "FR", 45.75, None)

    assert not point_within(place("Quai Diner"), town, {"city": 20.0})
