"""Where a US state is put when its two sources disagree (stories/geocoding/division_points.py)."""

from stories.geocoding.division_points import us_state_point
from stories.geocoding.places import distance_km
from tests.resolving import resolve_names


def test_a_state_goes_midway_when_its_extent_and_source_point_lie_161_to_322_km_apart():
    extent, source, largest = (27.85, -83.66), (27.76, -81.46), (30.33, -81.66)

    point = us_state_point(extent, source, largest)

    assert distance_km(*point, *extent) < 161
    assert distance_km(*point, *source) < 161


def test_a_state_keeps_its_extent_centre_when_the_source_point_is_its_largest_town():
    extent, source, largest = (42.66, -75.81), (40.7128, -74.006), (40.7143, -74.006)

    assert us_state_point(extent, source, largest) == extent


def test_a_state_keeps_its_extent_centre_when_the_two_points_roughly_agree():
    extent, source, largest = (31.0, -100.0), (31.26, -98.55), (29.76, -95.36)

    assert us_state_point(extent, source, largest) == extent


def test_a_state_keeps_its_extent_centre_when_no_midpoint_lies_near_both():
    extent, source, largest = (40.0, -100.0), (40.0, -94.0), (39.1, -94.6)

    assert us_state_point(extent, source, largest) == extent


def test_the_index_puts_florida_within_161_km_of_both_its_points(gazetteer):
    (florida,) = resolve_names("Storms hit Florida.", ["Florida"], gazetteer)

    assert distance_km(florida.latitude, florida.longitude, 27.85, -83.66) < 161
    assert distance_km(florida.latitude, florida.longitude, 27.76, -81.46) < 161
