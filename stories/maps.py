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
from django.conf import settings
from django.templatetags.static import static
from django.utils.html import format_html_join
from django.utils.safestring import SafeString, mark_safe

from stories.models import Place

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

#: The closest zoom any basemap offers.
MAX_ZOOM = 19

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


def render_story_map(
    *, bounds: Bounds, tiles_url: str | None, attribution: str, interactive: bool = True
) -> RenderedMap:
    """Render a folium map of the given bounds on the given tiles, without any CDN.

    `tiles_url=None` draws no basemap (markers on a blank background: nothing leaves our
    server). A map that is not `interactive` looks like a picture: no zoom buttons, no dragging
    or zooming by wheel, touch or keyboard, so a reader scrolling the host page is not caught.
    """
    options: dict[str, object] = {}
    if not interactive:
        options = {
            "zoom_control": False,
            "dragging": False,
            "scroll_wheel_zoom": False,
            "double_click_zoom": False,
            "touch_zoom": False,
            "box_zoom": False,
            "keyboard": False,
        }
    if tiles_url is None:
        # Leaflet takes its zoom range from the tile layer; clustering needs one.
        options["maxZoom"] = MAX_ZOOM
    fmap = folium.Map(location=None, tiles=None, control_scale=True, zoom_start=2, **options)
    fmap.default_js = [(name, url) for kind, name, url in vendored_assets() if kind == "js"]
    fmap.default_css = [(name, url) for kind, name, url in vendored_assets() if kind == "css"]
    if tiles_url is not None:
        folium.TileLayer(tiles=tiles_url, attr=attribution, max_zoom=MAX_ZOOM, name="tiles").add_to(
            fmap
        )
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


@dataclass(frozen=True)
class Basemap:
    """Tiles a map can be drawn on; `url` None means no tiles at all."""

    name: str
    url: str | None
    attribution: str


def basemaps() -> dict[str, Basemap]:
    """The basemaps an embed may ask for: the site's tiles, none, and any in `EMBED_BASEMAPS`.

    Read at call time, so tests and deployments that change the tile settings are honoured.
    """
    choices = {
        "default": Basemap("default", settings.MAP_TILES_URL, settings.MAP_TILES_ATTRIBUTION),
        "none": Basemap("none", None, ""),
    }
    for name, tiles in getattr(settings, "EMBED_BASEMAPS", {}).items():
        # Tiles are lent on condition of credit: an entry without an attribution is not offered.
        if tiles.get("url") and tiles.get("attribution"):
            choices[name] = Basemap(name, tiles["url"], tiles["attribution"])
    return choices
