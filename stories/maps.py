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
from django.db.models import Count, Max, Min, Q
from django.db.models.functions import Coalesce
from django.templatetags.static import static
from django.utils.html import format_html_join
from django.utils.safestring import SafeString, mark_safe

from stories.chronology import MainLine
from stories.models import Event, EventQuerySet, Place

LEAFLET_JS = "vendor/leaflet-1.9.4/leaflet.js"
LEAFLET_CSS = "vendor/leaflet-1.9.4/leaflet.css"
MARKERCLUSTER_JS = "vendor/leaflet.markercluster-1.5.3/leaflet.markercluster.js"
TOPOJSON_JS = "vendor/topojson-client-3.1.0/topojson-client.min.js"
#: Natural Earth's countries at 1:110m: coasts and borders under the tiles, offline too.
WORLD_OUTLINE = "vendor/world-atlas-2.0.2/countries-110m.json"
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

#: A single place is shown with its surroundings (coast, neighbours), not at street level:
#: at this zoom the world outline under the tiles still says where it is when tiles fail.
FIT_MAX_ZOOM = 9

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
    """South-west and north-east corners enclosing every place, with its uncertainty circle.

    A story across the Pacific (Nagoya to Hawaii) is framed over the Pacific, not across
    Asia, Europe and the Atlantic: when shifting western longitudes by 360° narrows the box,
    the east edge runs past 180° (Leaflet draws the world's next copy there).
    """
    boxes = []
    for place in places:
        if not place.is_pinned:
            continue
        lat_margin = (place.radius_km or 0) / KM_PER_DEGREE_LATITUDE
        lon_margin = lat_margin / max(math.cos(math.radians(place.latitude)), 0.01)
        boxes.append((place.latitude, place.longitude, lat_margin, lon_margin))
    if not boxes:
        return WORLD_BOUNDS
    south = max(min(lat - m for lat, _, m, _ in boxes), -85.0)
    north = min(max(lat + m for lat, _, m, _ in boxes), 85.0)
    plain = [(lon - m, lon + m) for _, lon, _, m in boxes]
    shifted = [(lon % 360 - m, lon % 360 + m) for _, lon, _, m in boxes]
    west, east = min(w for w, _ in plain), max(e for _, e in plain)
    s_west, s_east = min(w for w, _ in shifted), max(e for _, e in shifted)
    if s_east - s_west < east - west:
        return (south, s_west), (north, s_east)
    return (south, max(west, -180.0)), (north, min(east, 180.0))


#: Certainties drawn as a solid marker: the event took place.
HAPPENED = (Event.Certainty.OCCURRED, Event.Certainty.ONGOING)

#: Places too large to frame a story by: a pin in the middle of a country says little of where.
FRAMING_EXCLUDED_KINDS = (Place.Kind.COUNTRY,)


def place_counts(events: EventQuerySet, main_line: MainLine) -> dict[int, list[int]]:
    """Per pinned place: [events, happened, denied, on the main line] among `events` (one query).

    The map draws one marker per place from these figures instead of one feature per event, so
    its data stays the size of the places, not of the events.
    """
    rows = (
        events.filter(place__latitude__isnull=False, place__longitude__isnull=False)
        .order_by()
        .values("place_id")
        .annotate(
            n=Count("id"),
            happened=Count("id", filter=Q(certainty__in=HAPPENED)),
            denied=Count("id", filter=Q(certainty=Event.Certainty.DENIED)),
            main=Count("id", filter=main_line.main_q()),
        )
    )
    return {r["place_id"]: [r["n"], r["happened"], r["denied"], r["main"]] for r in rows}


#: The columns framing reads: loading whole places (JSON columns and all) costs more than it.
FRAMING_FIELDS = ("id", "latitude", "longitude", "radius_km", "kind")


def framing_places(places: Iterable[Place], counts: dict[int, list[int]]) -> list[Place]:
    """The places the map is framed on: the main line's, not country-wide pins.

    Background places and country centroids widen the view to a continent while the story
    happens in one region; when nothing else is left (a story told at country level), they
    frame it after all.
    """
    places = [p for p in places if p.pk in counts]
    framing = [p for p in places if counts[p.pk][3] > 0 and p.kind not in FRAMING_EXCLUDED_KINDS]
    return framing or [p for p in places if counts[p.pk][3] > 0] or places


def story_map_data(
    story_places: Iterable[Place], counts: dict[int, list[int]], *, routes: list[dict]
) -> dict[str, object]:
    """The page's map as GeoJSON: one feature per pinned place with its figures, and routes.

    `properties.counts` is [events, happened, denied, main line]; `first`/`last` its dates.
    A place's events are fetched when its popup opens (`stories:place_events`).
    """
    features = []
    for place in story_places:
        if place.pk not in counts or not place.is_pinned:
            continue
        features.append(
            {
                "type": "Feature",
                "id": place.pk,
                "geometry": {
                    "type": "Point",
                    "coordinates": [round(place.longitude, 6), round(place.latitude, 6)],
                },
                "properties": {
                    "name": place.name,
                    "status": place.status,
                    "kind": place.kind,
                    "radius_km": place.radius_km,
                    "counts": counts[place.pk],
                    "first": place.first.isoformat() if place.first else None,
                    "last": place.last.isoformat() if place.last else None,
                    "frames": place.kind not in FRAMING_EXCLUDED_KINDS,
                },
            }
        )
    return {"type": "FeatureCollection", "features": features, "routes": routes}


def places_with_dates(places_qs) -> list[Place]:
    """Pinned places annotated with the first and last day of their events."""
    return list(
        places_qs.filter(latitude__isnull=False, longitude__isnull=False).annotate(
            first=Min("events__date_start"),
            last=Max(Coalesce("events__date_end", "events__date_start")),
        )
    )


def basemap_outline_url() -> str:
    """The vendored world outline story.js draws beneath the tiles."""
    return static(WORLD_OUTLINE)


def vendored_assets() -> list[tuple[str, str, str]]:
    """(kind, name, url) of every script and stylesheet the map needs, all served by us."""
    return [
        ("js", "leaflet", static(LEAFLET_JS)),
        ("js", "markercluster", static(MARKERCLUSTER_JS)),
        ("js", "topojson", static(TOPOJSON_JS)),
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
