"""The story map: the one module that knows folium (and so Leaflet's setup).

folium draws the map itself (tiles, attribution, bounds); the markers, route and uncertainty
circles are drawn in the browser by static/js/story.js from a GeoJSON twin of the story, so
thousands of events cost one JSON download instead of thousands of generated script lines.

folium's defaults would load Leaflet, jQuery, Bootstrap and Font Awesome from CDNs and style the
whole page; we keep only the map's own HTML and script and point its assets at static/vendor/.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

import folium
from branca.element import CssLink, JavascriptLink
from django.templatetags.static import static
from django.utils.html import format_html_join
from django.utils.safestring import SafeString, mark_safe

from stories.models import Event, Place

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


def event_feature(event: Event) -> dict:
    """One event as a GeoJSON feature; expects `place`, `people` and `sources__article` loaded.

    Coordinates are [longitude, latitude] (GeoJSON order); an event without a pinned place has
    a null geometry.
    """
    place = event.place
    geometry = (
        {"type": "Point", "coordinates": [place.longitude, place.latitude]}
        if place is not None and place.is_pinned
        else None
    )
    return {
        "type": "Feature",
        "id": event.pk,
        "geometry": geometry,
        "properties": {
            "story": event.story_id,
            "id": event.pk,
            "title": event.title,
            "summary": event.summary,
            "date_start": event.date_start.isoformat() if event.date_start else None,
            "date_end": event.date_end.isoformat() if event.date_end else None,
            "date_precision": event.date_precision,
            "certainty": event.certainty,
            "place": (
                {"id": place.pk, "name": place.name, "radius_km": place.radius_km}
                if place
                else None
            ),
            "place_status": place.status if place else None,
            "place_geonames_id": place.geonames_id if place else None,
            "people": [person.name for person in event.people.all()],
            "sources": [
                {"outlet": source.article.outlet, "url": source.article.canonical_url}
                for source in event.sources.all()
            ],
        },
    }


def feature_collection(events: Iterable[Event]) -> dict:
    """A GeoJSON FeatureCollection of events, in the order given (chronological for a story)."""
    return {"type": "FeatureCollection", "features": [event_feature(e) for e in events]}
