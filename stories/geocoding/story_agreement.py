"""How well a candidate agrees with the story's other places.

A name's namesakes are told apart by the company it keeps: a town in a country or state the
story names, in the country whose currency it counts in or whose addresses it writes, or
where most of its places lie, near the story's other names, or a country or state that holds
several of them. These points depend on the choices already made for the other names
(disambiguation.py recomputes them each round while the choices settle), not on the name
itself, so they are scored together here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from stories.geocoding.mention_reading import Mention
from stories.geocoding.places import EARTH_RADIUS_KM, GazetteerEntry, distance_km
from stories.geocoding.story_evidence import within

PROXIMITY_CAP = 3.0
MEMBERS_CAP = 2.4


@dataclass
class Around:
    """What the story says around one mention that is the same for each of its candidates
    (computed once per mention while the choices stand, not once per candidate)."""

    others: list[Mention]
    countries: set[str]
    states: set[tuple[str, str]]
    home: str | None
    sibling_kind: str | None = None
    expected: tuple[tuple[float, float], float, str] | None = None
    border_countries: frozenset[str] = frozenset()
    local: bool = False  # some mention of the name reads as local news names its own towns


def remembered_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """distance_km, remembered: disambiguation asks for the same pairs of namesakes on every
    pass until the choices settle (four asks in five repeat one). The pair is put in order
    first, so A to B and B to A share one entry (the distance is the same both ways)."""
    if lat2 < lat1 or (lat2 == lat1 and lon2 < lon1):  # (lat2, lon2) < (lat1, lon1), tupleless
        lat1, lon1, lat2, lon2 = lat2, lon2, lat1, lon1
    return _ordered_km(lat1, lon1, lat2, lon2)


@lru_cache(maxsize=1 << 16)
def _ordered_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    return distance_km(lat1, lon1, lat2, lon2)


# Kilometres per degree of latitude, a hair under the true figure so the bound never overshoots.
KM_PER_DEGREE = 0.999 * EARTH_RADIUS_KM * math.pi / 180.0
Nearest = dict[GazetteerEntry, dict[str, float | None]]  # place → name → see _nearest


def context_score(
    place: GazetteerEntry,
    mention: Mention | None,
    around: Around,
    story_countries: frozenset[str],
    groups: dict[str, tuple[Mention, list[GazetteerEntry]]],
    parts: dict[str, float] | None = None,
    nearest: Nearest | None = None,
) -> tuple[float, list[str]]:
    """Points for agreeing with the story's other places (not counting this name itself);
    each piece of evidence's points go to ``parts`` by name too, for the re-ranker (``nearest``:
    see proximity). ``story_countries``: the country the story counts its money in, else the
    ones its street addresses allow (one for an Interstate, the US and Canada for a block
    number)."""
    parts = {} if parts is None else parts
    reasons = []
    others, countries, states = around.others, around.countries, around.states
    if place.kind != "country" and place.country_code in countries:
        parts["country_named"] = 0.8
        reasons.append(f"the story names its country ({place.country_code})")
    elif place.kind != "country" and place.country_code in story_countries:
        parts["currency_country"] = 0.8
        reasons.append(
            f"the story counts in its currency or writes its addresses ({place.country_code})"
        )
    elif place.kind != "country" and place.country_code == around.home:
        parts["home_country"] = 0.8
        reasons.append(f"most of the story's places are in its country ({place.country_code})")
    if place.kind not in ("country", "admin1") and (place.country_code, place.admin1) in states:
        parts["state_named"] = 1.2
        reasons.append("the story names its state or province")
    if place.kind in ("country", "admin1"):
        members = {
            m.key
            for m in others
            if m.choice.kind != "country" and m.choice != place and within(m.choice, place)
        }
        if members:
            parts["members"] = min(MEMBERS_CAP, 0.8 * len(members))
            reasons.append(f"the story names {len(members)} place(s) inside it")
    if place.kind != "country":
        closeness, near = proximity(place, mention, groups, nearest)
        parts["proximity"] = closeness
        if near is not None and closeness > 0.6:
            reasons.append(f"near {near.surface}, also in the story")
    context_keys = ("country_named", "currency_country", "home_country", "state_named")
    score = sum(parts.get(k, 0.0) for k in (*context_keys, "members", "proximity"))
    return score, reasons


def proximity(
    place: GazetteerEntry,
    mention: Mention | None,
    groups: dict[str, tuple[Mention, list[GazetteerEntry]]],
    nearest: Nearest | None = None,
) -> tuple[float, Mention | None]:
    """Support from the story's other names: each counts its namesake nearest to ``place``.

    Every namesake counts, not only the current favourite, so two small neighbours
    ("Paris" and "Henry County") find each other even while both are still misread.
    ``nearest`` keeps for one story the part that depends on no choice (``_nearest``), which
    the rounds of disambiguation would otherwise measure again after every choice.
    """
    known = {} if nearest is None else nearest.setdefault(place, {})
    total, best, best_mention = 0.0, 0.0, None
    for key, (representative, points) in groups.items():
        if mention is not None and key == mention.key:
            continue
        if key not in known:
            known[key] = _nearest(place, points)
        support = _support(place, representative.choice, points, known[key])
        total += support
        if support > best:
            best, best_mention = support, representative
    return min(PROXIMITY_CAP, 1.2 * total), best_mention


def _support(
    place: GazetteerEntry,
    choice: GazetteerEntry | None,
    points: list[GazetteerEntry],
    near: float | None,
) -> float:
    """The most closeness any other namesake of one name lends ``place``: exp(-km / 150),
    weighed 1.0 for the name's current choice and 0.6 for the rest. That is the larger of 0.6
    times the nearest namesake's (``near``, None without one) and the choice's own."""
    support = 0.0 if near is None else 0.6 * near
    if choice is not None and choice.geonames_id != place.geonames_id and choice in points:
        km = remembered_km(place.latitude, place.longitude, choice.latitude, choice.longitude)
        support = max(support, math.exp(-km / 150.0))
    return support


def _nearest(place: GazetteerEntry, points: list[GazetteerEntry]) -> float | None:
    """exp(-km / 150) for the namesake among ``points`` nearest to ``place`` (not ``place``
    itself), or None without one."""
    near = None
    lat, lon, own = place.latitude, place.longitude, place.geonames_id
    for other in points:
        if other.geonames_id == own:
            continue
        # Two points are at least their latitudes' difference apart along the globe, so a
        # namesake that far cannot come nearer than the nearest found: skip the haversine (most
        # are namesakes on other continents).
        if near is not None:
            apart = abs(lat - other.latitude) * KM_PER_DEGREE
            if math.exp(-apart / 150.0) <= near:
                continue
        km = remembered_km(lat, lon, other.latitude, other.longitude)
        closeness = math.exp(-km / 150.0)
        near = closeness if near is None else max(near, closeness)
    return near
