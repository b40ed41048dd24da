"""The story map: the one module that knows folium (and so Leaflet's setup).

folium draws the map itself (tiles, attribution, bounds); the markers, route and uncertainty
circles are drawn in the browser by static/js/story.js from a GeoJSON twin of the story, so
thousands of events cost one JSON download instead of thousands of generated script lines.

folium's defaults would load Leaflet, jQuery, Bootstrap and Font Awesome from CDNs and style the
whole page; we keep only the map's own HTML and script and point its assets at static/vendor/.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import folium
from branca.element import CssLink, JavascriptLink
from django.templatetags.static import static
from django.utils.html import format_html_join
from django.utils.safestring import SafeString, mark_safe

from stories.models import Event, EventSource, Place, Story

LEAFLET_JS = "vendor/leaflet-1.9.4/leaflet.js"
LEAFLET_CSS = "vendor/leaflet-1.9.4/leaflet.css"
MARKERCLUSTER_JS = "vendor/leaflet.markercluster-1.5.3/leaflet.markercluster.js"
MARKERCLUSTER_CSS = (
    "vendor/leaflet.markercluster-1.5.3/MarkerCluster.css",
    "vendor/leaflet.markercluster-1.5.3/MarkerCluster.Default.css",
)

#: Above this many pinned places the browser clusters markers (see story.js).
CLUSTER_THRESHOLD = 150

#: Bounds fitted when a story has no pinned place: the whole world.
WORLD_BOUNDS = ((-60.0, -170.0), (75.0, 170.0))

#: A single place is shown at city scale, not at the tile server's maximum zoom.
FIT_MAX_ZOOM = 11

KM_PER_DEGREE_LATITUDE = 111.32

Bounds = tuple[tuple[float, float], tuple[float, float]]


@dataclass(frozen=True)
class RenderedMap:
    """folium's output, split into the parts a Django template places where they belong."""

    assets: SafeString  # <link>/<script> tags for the vendored Leaflet and plugins, for <head>
    html: SafeString  # the map's <div>
    script: SafeString  # the JavaScript that creates the map (goes in a <script> after the div)
    leaflet_name: str  # the global variable folium assigned the L.Map to (changes every render)


def story_bounds(places: Iterable[Place]) -> Bounds:
    """South-west and north-east corners enclosing every place, with its uncertainty circle."""
    south = west = math.inf
    north = east = -math.inf
    for place in places:
        if not place.is_pinned:
            continue
        lat_margin = (place.radius_km or 0) / KM_PER_DEGREE_LATITUDE
        cos_lat = max(math.cos(math.radians(place.latitude)), 0.01)
        lon_margin = lat_margin / cos_lat
        south = min(south, place.latitude - lat_margin)
        north = max(north, place.latitude + lat_margin)
        west = min(west, place.longitude - lon_margin)
        east = max(east, place.longitude + lon_margin)
    if south == math.inf:
        return WORLD_BOUNDS
    return (max(south, -85.0), max(west, -180.0)), (min(north, 85.0), min(east, 180.0))


def vendored_assets() -> list[tuple[str, str, str]]:
    """(kind, name, url) of every script and stylesheet the map needs, all served by us."""
    return [
        ("js", "leaflet", static(LEAFLET_JS)),
        ("js", "markercluster", static(MARKERCLUSTER_JS)),
        ("css", "leaflet_css", static(LEAFLET_CSS)),
        *(("css", f"markercluster_css_{i}", static(p)) for i, p in enumerate(MARKERCLUSTER_CSS)),
    ]


def render_story_map(*, bounds: Bounds, tiles_url: str, attribution: str) -> RenderedMap:
    """Render a folium map of the given bounds on the configured tiles, without any CDN."""
    fmap = folium.Map(location=None, tiles=None, control_scale=True, zoom_start=2)
    fmap.default_js = [(name, url) for kind, name, url in vendored_assets() if kind == "js"]
    fmap.default_css = [(name, url) for kind, name, url in vendored_assets() if kind == "css"]
    folium.TileLayer(tiles=tiles_url, attr=attribution, max_zoom=19, name="tiles").add_to(fmap)
    fmap.fit_bounds([list(bounds[0]), list(bounds[1])], max_zoom=FIT_MAX_ZOOM)

    figure = fmap.get_root()
    figure.render()
    links = [
        child
        for child in figure.header._children.values()
        if isinstance(child, JavascriptLink | CssLink)
    ]
    return RenderedMap(
        assets=format_html_join("\n", "{}", ((mark_safe(link.render()),) for link in links)),
        html=mark_safe(figure.html.render()),
        script=mark_safe(figure.script.render()),
        leaflet_name=fmap.get_name(),
    )


EVENT_FIELDS = (
    "id",
    "story_id",
    "title",
    "summary",
    "date_start",
    "date_end",
    "date_precision",
    "certainty",
    "place_id",
    "place__name",
    "place__latitude",
    "place__longitude",
    "place__radius_km",
    "place__status",
    "place__geonames_id",
)


def event_feature(row: dict, *, people: list[str], sources: list[dict]) -> dict:
    """One event (a row of `EVENT_FIELDS`) as a GeoJSON feature.

    Coordinates are [longitude, latitude] (GeoJSON order); an event without a pinned place has
    a null geometry.
    """
    pinned = row["place__latitude"] is not None and row["place__longitude"] is not None
    has_place = row["place_id"] is not None
    return {
        "type": "Feature",
        "id": row["id"],
        "geometry": (
            {"type": "Point", "coordinates": [row["place__longitude"], row["place__latitude"]]}
            if pinned
            else None
        ),
        "properties": {
            "story": row["story_id"],
            "id": row["id"],
            "title": row["title"],
            "summary": row["summary"],
            "date_start": row["date_start"].isoformat() if row["date_start"] else None,
            "date_end": row["date_end"].isoformat() if row["date_end"] else None,
            "date_precision": row["date_precision"],
            "certainty": row["certainty"],
            "place": (
                {
                    "id": row["place_id"],
                    "name": row["place__name"],
                    "radius_km": row["place__radius_km"],
                }
                if has_place
                else None
            ),
            "place_status": row["place__status"] if has_place else None,
            "place_geonames_id": row["place__geonames_id"] if has_place else None,
            "people": people,
            "sources": sources,
        },
    }


def story_features(story: Story, *, pinned_only: bool = True) -> dict:
    """A story's events as a GeoJSON FeatureCollection in time order, in three queries.

    Plain rows rather than model instances: at thousands of events, building Event, Place,
    EventSource and Article objects costs ten times more than the JSON itself.
    """
    events = Event.objects.for_story(story).chronological()
    if pinned_only:
        events = events.filter(place__latitude__isnull=False, place__longitude__isnull=False)
    people: dict[int, list[str]] = defaultdict(list)
    for event_id, name in (
        Event.people.through.objects.filter(event__story=story)
        .order_by("person__name")
        .values_list("event_id", "person__name")
    ):
        people[event_id].append(name)
    sources: dict[int, list[dict]] = defaultdict(list)
    for event_id, outlet, url in EventSource.objects.filter(event__story=story).values_list(
        "event_id", "article__outlet", "article__canonical_url"
    ):
        sources[event_id].append({"outlet": outlet, "url": url})
    return {
        "type": "FeatureCollection",
        "features": [
            event_feature(row, people=people[row["id"]], sources=sources[row["id"]])
            for row in events.values(*EVENT_FIELDS)
        ],
    }
