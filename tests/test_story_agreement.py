"""Story agreement: how much the story's other names support a candidate place."""

import math
import random
from types import SimpleNamespace

from stories.geocoding import story_agreement
from stories.geocoding.places import GazetteerEntry, distance_km
from stories.geocoding.story_agreement import PROXIMITY_CAP, proximity


def _entry(geonames_id: int, latitude: float, longitude: float) -> GazetteerEntry:
    return GazetteerEntry(geonames_id, f"Town {geonames_id}", latitude, longitude, "P", "PPL",
                          "US", "XX", 1000, "city")  # fmt: skip


def _naive(place, groups):
    """The support as written before the latitude bound and the memo: every pair measured."""
    total = 0.0
    for representative, points in groups.values():
        support = 0.0
        for other in points:
            if other.geonames_id == place.geonames_id:
                continue
            km = distance_km(place.latitude, place.longitude, other.latitude, other.longitude)
            weight = 1.0 if other == representative.choice else 0.6
            support = max(support, weight * math.exp(-km / 150.0))
        total += support
    return min(PROXIMITY_CAP, 1.2 * total)


def test_proximity_skipping_far_namesakes_gives_what_measuring_every_pair_gives():
    rng = random.Random(7)
    ids = iter(range(1, 10_000))
    groups = {}
    for key in range(6):
        points = [
            _entry(next(ids), rng.uniform(-60, 70), rng.uniform(-180, 180)) for _ in range(12)
        ]
        groups[f"name{key}"] = (SimpleNamespace(choice=points[0], surface=f"name{key}"), points)
    for place in (
        _entry(next(ids), rng.uniform(-60, 70), rng.uniform(-180, 180)) for _ in range(20)
    ):
        assert proximity(place, None, groups)[0] == _naive(place, groups)


def test_a_distance_asked_both_ways_is_remembered_once():
    story_agreement._ordered_km.cache_clear()
    there = story_agreement.remembered_km(48.85, 2.35, 60.39, 5.32)
    back = story_agreement.remembered_km(60.39, 5.32, 48.85, 2.35)

    info = story_agreement._ordered_km.cache_info()
    assert (there == back, info.misses, info.hits) == (True, 1, 1)


def test_remembered_nearest_namesakes_give_what_measuring_afresh_gives_as_choices_change():
    rng = random.Random(11)
    ids = iter(range(1, 10_000))
    groups = {}
    for key in range(5):
        points = [_entry(next(ids), rng.uniform(30, 50), rng.uniform(-100, -80)) for _ in range(8)]
        groups[f"name{key}"] = (SimpleNamespace(choice=points[0], surface=f"name{key}"), points)
    places = [_entry(next(ids), rng.uniform(30, 50), rng.uniform(-100, -80)) for _ in range(10)]
    places.append(groups["name0"][1][3])  # a namesake of one name, asked about itself
    nearest = {}
    for _ in range(4):  # each round, every name settles on another of its namesakes
        for representative, points in groups.values():
            representative.choice = rng.choice(points)
        for place in places:
            assert proximity(place, None, groups, nearest)[0] == _naive(place, groups)
