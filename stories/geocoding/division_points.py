"""The point a US state is pinned at when its two sources disagree.

A state has two points in our sources: the centre of its towns' extent (sources.py, the
geographic centre that GeoNames-based corpora put a state near) and countrystatecity's own
point for it, which follows the web-map convention (Florida mid-peninsula, Hawaii on the Big
Island). Where the two lie 161-322 km apart, their midpoint is within 161 km of both, so
neither convention counts the state wrong (as data/two_conventions.tsv does for countries).
A source point that is the state's largest town is the town's point, not a convention for the
state (New York State at New York City), and is not followed.
"""

from stories.geocoding.places import distance_km

ACCURACY_KM = 161.0  # the distance news geoparsing is scored at (100 miles)
TOWN_KM = 25.0  # a source point this near the largest town is that town's point

Point = tuple[float, float]


def us_state_point(extent: Point, source: Point, largest_town: Point | None) -> Point:
    """The extent centre, or its midpoint with the source point when that is within 161 km
    of both and the source point is not the state's largest town."""
    apart = distance_km(*extent, *source)
    if not ACCURACY_KM < apart < 2 * ACCURACY_KM:
        return extent
    if largest_town is not None and distance_km(*source, *largest_town) < TOWN_KM:
        return extent
    return (extent[0] + source[0]) / 2, (extent[1] + source[1]) / 2
