"""Where a story is set: the one place nearly all of its places lie in, when there is one.

A local story ("police arrested six people ... near Seventh Street ... Bartholomew County") or a
story told inside one country names places that all lie within one city, county, region or
country. An event such a story leaves unplaced (its clause, its sentence, the sentence before
and the dateline say nothing) happened there: the weakest clue, kept with its confidence. A
story whose places spread (a tour, a summit, a trade dispute) has no setting, and its unplaced
events keep none.

Containment needs no polygons: a place lies in a country of its country code, in a first-level
division of its admin1 code (the gazetteer's), and within a few kilometres of a city or a
landmark; the radii are generous for cities (suburbs) and tight for landmarks.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from stories.extraction.events import place_rules
from stories.extraction.events.setting_points import point_within
from stories.extraction.mentions import PlaceMention
from stories.geocoding.places import distance_km

SETTING_CONFIDENCE = 0.4
# Share of the story's pinned mentions that must lie in one place for it to be the setting.
SETTING_SHARE = 0.75
# How far from its point a place of each kind reaches, for places inside it.
_REACH_KM = {"city": 30.0, "admin2": 60.0, "feature_island": 40.0}
_POINT_REACH_KM = 3.0  # a landmark, station or venue: only itself and what stands on it
# Settings wide enough for a place inside them to say more: a country, a state or a region.
AREA_KINDS = frozenset({"country", "admin1", "region"})
_WIDE_KINDS = frozenset({"continent", "ocean", "sea"})

Admin1Of = Callable[[PlaceMention], str | None]


def within(inner: PlaceMention, outer: PlaceMention, admin1_of: Admin1Of | None = None) -> bool:
    """Whether `inner` lies in `outer` (a place lies in itself). Unpinned places lie nowhere."""
    if inner.latitude is None or outer.latitude is None:
        return False
    if _same(inner, outer):
        return True
    if outer.kind in _WIDE_KINDS or inner.kind in _WIDE_KINDS:
        return False
    if inner.specificity < outer.specificity:
        return False  # a country is never inside a city, nor a region inside a county
    if outer.kind == "country":
        return bool(outer.country_code) and inner.country_code == outer.country_code
    if outer.kind in AREA_KINDS:
        if inner.kind == "country" or inner.country_code != outer.country_code:
            return False
        lookup = admin1_of or gazetteer_admin1
        inner_code, outer_code = lookup(inner), lookup(outer)
        return bool(inner_code) and inner_code == outer_code
    if inner.specificity == outer.specificity and outer.kind != "city":
        return False
    reach = _REACH_KM.get(outer.kind, _POINT_REACH_KM)
    return distance_km(inner.latitude, inner.longitude, outer.latitude, outer.longitude) <= reach


def related(a: PlaceMention, b: PlaceMention, admin1_of: Admin1Of | None = None) -> bool:
    """One place lies in the other: the same story location seen at two scales."""
    return within(a, b, admin1_of) or within(b, a, admin1_of)


def main_setting(
    places: list[PlaceMention], admin1_of: Admin1Of | None = None
) -> PlaceMention | None:
    """The most specific place that at least `SETTING_SHARE` of the story's pinned mentions
    lie in (not counting the wider places around it, when it holds most mentions), or None
    when the story's places spread. Continents, seas and regions such as "the
    Middle East" are wider than any setting and neither support nor contradict one. Failing
    one, a venue or street of unknown kind pinned in a town counts for the town
    (events.setting_points)."""
    global _last_setting
    points = "setting points" in place_rules.ENABLED
    if admin1_of is None:
        last = _last_setting
        same = last[1] == points and len(last[0]) == len(places)
        if same and all(a is b for a, b in zip(last[0], places, strict=True)):
            return last[2]
    setting = _main_setting(places, admin1_of, points=points)
    if admin1_of is None:
        _last_setting = (tuple(places), points, setting)
    return setting


# The last answer of `main_setting` (no admin1 lookup of a caller's), with the very places it
# was asked of: events.placing asks it twice of one story's scene (resident_scenes, then
# written_setting), and each ask weighs every place against every other. Places are frozen, so
# the same objects in the same order give the same answer.
_last_setting: tuple[tuple[PlaceMention, ...], bool, PlaceMention | None] = ((), False, None)


def _main_setting(
    places: list[PlaceMention], admin1_of: Admin1Of | None, *, points: bool
) -> PlaceMention | None:
    pinned = [p for p in places if p.latitude is not None and not wide(p)]
    if not pinned:
        return None
    # Each candidate is weighed against every mention, and a story names its places again and
    # again: mentions alike in all `within` reads are asked once and counted as often as they
    # stand (not under a caller's own admin1 lookup, which may read more of a mention).
    groups = _alike(pinned) if admin1_of is None else [(m, 1) for m in pinned]
    setting = _setting_of(pinned, groups, admin1_of, points=False)
    if setting is None and points:
        setting = _setting_of(pinned, groups, admin1_of, points=True)
    return setting


def _setting_of(
    pinned: list[PlaceMention],
    groups: list[tuple[PlaceMention, int]],
    admin1_of: Admin1Of | None,
    *,
    points: bool,
) -> PlaceMention | None:
    best: tuple[tuple[int, int], PlaceMention] | None = None
    seen: set[str] = set()
    for candidate in pinned:
        key = _key(candidate)
        if key in seen:
            continue
        seen.add(key)
        # A venue pinned in the candidate's town was pinned there for want of a point of its
        # own: it makes the town hold most of the story's mentions, but it is no evidence
        # against the town's rivals either (events.setting_points).
        kept = [(m, n) for m, n in groups if not (points and point_within(m, candidate, _REACH_KM))]
        venues = len(pinned) - sum(n for _, n in kept)
        inside = [within(m, candidate, admin1_of) for m, _ in kept]
        support = sum(n for (_, n), is_inside in zip(kept, inside, strict=True) if is_inside)
        # The country or state around the place is no evidence against it (a story set in a
        # city names the city's country too), as long as the place holds most mentions.
        counted = sum(
            n
            for (m, n), is_inside in zip(kept, inside, strict=True)
            if is_inside or not within(candidate, m, admin1_of)
        )
        if support < SETTING_SHARE * counted or 2 * (support + venues) <= len(pinned):
            continue
        score = (candidate.specificity, support)
        if best is None or score > best[0]:
            best = (score, candidate)
    return best[1] if best else None


def _alike(places: list[PlaceMention]) -> list[tuple[PlaceMention, int]]:
    """The places grouped by all that `within`, `point_within` and `gazetteer_admin1` read of
    them (point, kind, specificity, country, GeoNames id, name): one of each, with its count."""
    groups: dict[tuple, list] = {}
    for place in places:
        sign = (
            place.latitude,
            place.longitude,
            place.kind,
            place.specificity,
            place.country_code,
            place.geonames_id,
            _key(place),
        )
        if sign in groups:
            groups[sign][1] += 1
        else:
            groups[sign] = [place, 1]
    return [(place, count) for place, count in groups.values()]


def gazetteer_admin1(place: PlaceMention) -> str | None:
    """The gazetteer's first-level division code of a resolved place, if it knows one."""
    if place.geonames_id is None:
        return None
    return _admin1_by_id(place.geonames_id)


@lru_cache(maxsize=4096)
def _admin1_by_id(geonames_id: int) -> str | None:
    from stories.geocoding.defaults import get_gazetteer

    entry = get_gazetteer().index.place(geonames_id)
    return entry.admin1 if entry is not None and entry.admin1 else None


def wide(place: PlaceMention) -> bool:
    """A continent, an ocean, a sea or a region such as "the Middle East": wider than any
    country, so never the scene of a story's narration."""
    return place.kind in _WIDE_KINDS or (place.kind == "region" and place.specificity <= 1)


def _same(a: PlaceMention, b: PlaceMention) -> bool:
    if a.geonames_id is not None and a.geonames_id == b.geonames_id:
        return True
    return _key(a) == _key(b) and a.country_code == b.country_code


def _key(place: PlaceMention) -> str:
    return _key_of(place.name or place.text)


@lru_cache(maxsize=4096)
def _key_of(name: str) -> str:
    """A name without case and punctuation, kept: a story's few names are compared pairwise."""
    return " ".join(re.sub(r"[^\w\s]", " ", name.casefold()).split())
