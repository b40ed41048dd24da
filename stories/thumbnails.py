"""Small server-side maps of a story for the home page's cards: land outlines and the places.

Drawn as inline SVG from the vendored Natural Earth outline (`static/vendor/world-atlas-…`),
so a card costs no script, no tile and no request. Coordinates are plain equirectangular
within the story's frame (stretched by the cosine of its middle latitude), enough to say
"this happened around here".
"""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from stories import maps
from stories.models import Place

WIDTH, HEIGHT = 240, 140

#: The frame is never smaller than this many degrees: a one-city story still shows its coast.
MIN_SPAN_DEGREES = 4.0

Ring = list[tuple[float, float]]


@lru_cache(maxsize=1)
def land_rings() -> tuple[tuple[Ring, tuple[float, float, float, float]], ...]:
    """Every country's outer and inner rings as (lon, lat) lists, with their bounding boxes."""
    path = finders.find(maps.WORLD_OUTLINE) or str(
        Path(settings.BASE_DIR) / "static" / maps.WORLD_OUTLINE
    )
    topology = json.loads(Path(path).read_text())
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)

    def ring(indexes: list[int]) -> Ring:
        points: Ring = []
        for index in indexes:
            arc = arcs[index] if index >= 0 else arcs[~index][::-1]
            points.extend(arc[1:] if points else arc)
        return points

    rings = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = geometry.get("arcs", [])
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        for polygon in polygons:
            for indexes in polygon:
                points = ring(indexes)
                lons, lats = [p[0] for p in points], [p[1] for p in points]
                rings.append((points, (min(lons), min(lats), max(lons), max(lats))))
    return tuple(rings)


def story_thumbnail(places: Iterable[Place]) -> SafeString:
    """An SVG of the land around `places` (framed by `maps.story_bounds`) with a dot at each."""
    places = [p for p in places if p.is_pinned]
    if not places:
        return mark_safe("")
    (south, west), (north, east) = maps.story_bounds(places)
    mid_lat = (south + north) / 2
    stretch = max(math.cos(math.radians(mid_lat)), 0.2)
    lon_span = max(east - west, MIN_SPAN_DEGREES / stretch)
    lat_span = max(north - south, MIN_SPAN_DEGREES)
    # Fit the frame's aspect to the picture's, with a margin.
    if lon_span * stretch / lat_span < WIDTH / HEIGHT:
        lon_span = lat_span * WIDTH / HEIGHT / stretch
    else:
        lat_span = lon_span * stretch * HEIGHT / WIDTH
    lon_span, lat_span = lon_span * 1.3, lat_span * 1.3
    centre_lon, centre_lat = (west + east) / 2, mid_lat
    left, top = centre_lon - lon_span / 2, centre_lat + lat_span / 2

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return (lon - left) / lon_span * WIDTH, (top - lat) / lat_span * HEIGHT

    paths = []
    for offset in (-360.0, 0.0, 360.0):
        for points, (x0, y0, x1, y1) in land_rings():
            if x1 + offset < left or x0 + offset > left + lon_span:
                continue
            if y1 < top - lat_span or y0 > top:
                continue
            if any(abs(b[0] - a[0]) > 180 for a, b in itertools.pairwise(points)):
                continue  # a ring cut at the antimeridian would draw a line across the world
            coords = simplified([xy(lon + offset, lat) for lon, lat in points])
            if len(coords) > 2:
                paths.append("M" + "L".join(f"{x:.0f},{y:.0f}" for x, y in coords) + "Z")
    dots = format_html_join(
        "",
        '<circle cx="{}" cy="{}" r="3.5"/>',
        (
            (f"{x:.1f}", f"{y:.1f}")
            for x, y in (xy(maps_near(p.longitude, centre_lon), p.latitude) for p in places)
        ),
    )
    return format_html(
        '<svg class="story-thumb" viewBox="0 0 {} {}" role="img" aria-label="Map of the story'
        '’s places"><rect class="sea" width="{}" height="{}"/>'
        '<path class="land" d="{}"/><g class="dots">{}</g></svg>',
        WIDTH,
        HEIGHT,
        WIDTH,
        HEIGHT,
        "".join(paths),
        dots,
    )


def simplified(
    points: list[tuple[float, float]], *, step: float = 2.0
) -> list[tuple[float, float]]:
    """Drop points closer than `step` pixels to the last one kept: a thumbnail needs no more."""
    kept = points[:1]
    for x, y in points[1:]:
        if abs(x - kept[-1][0]) + abs(y - kept[-1][1]) >= step:
            kept.append((x, y))
    return kept


def maps_near(lon: float, centre: float) -> float:
    """A longitude within 180° of the frame's centre (a Pacific story stays whole)."""
    while lon - centre > 180:
        lon -= 360
    while lon - centre < -180:
        lon += 360
    return lon
