"""The embeddable story: the map and/or chronology without site chrome, for other sites' pages.

`/embed/stories/<slug>/?view=map|timeline|both&height=&from=&to=&place=&event=&interactive=0
&basemap=` — every option has a default and a bad value falls back to it, so a snippet pasted
years ago keeps working. Only these pages may be framed: they send `Content-Security-Policy:
frame-ancestors` from `EMBED_FRAME_ANCESTORS` and no `X-Frame-Options`; every other page
refuses framing (settings: X_FRAME_OPTIONS and SECURE_CSP).

The embed reports its height to the host page (postMessage), and `/embed/resize.js`, the host's
optional script, sizes the iframe to it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, replace

from django.conf import settings
from django.contrib.staticfiles import finders
from django.db.models import Exists, OuterRef
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.html import format_html
from django.views.decorators.cache import cache_control
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_GET

from stories import maps
from stories.filters import EventFilterForm, FilterOptions, filter_events
from stories.models import Event, Story
from stories.views.story import chronology_context, listed_events

VIEWS = ("map", "timeline", "both")
DEFAULT_HEIGHT = 420
MIN_HEIGHT, MAX_HEIGHT = 150, 2000
#: The embed's own lines around its panels (the credit footer), added to the iframe's height.
CHROME_HEIGHT = 32
#: The width an oEmbed consumer is told when it sets no maximum.
DEFAULT_WIDTH = 640


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except ValueError:
        return None


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


@dataclass(frozen=True)
class EmbedOptions:
    """What an embed shows; `from_query` never fails, `query` writes only what is not default."""

    view: str = "map"
    height: int = DEFAULT_HEIGHT
    start: dt.date | None = None  # ?from=
    end: dt.date | None = None  # ?to=
    place: int | None = None
    event: int | None = None
    interactive: bool = True
    basemap: str = "default"

    @classmethod
    def from_query(cls, params: QueryDict) -> EmbedOptions:
        height = _int(params.get("height"))
        view = params.get("view", "map")
        basemap = params.get("basemap", "default")
        return cls(
            view=view if view in VIEWS else "map",
            height=min(max(height, MIN_HEIGHT), MAX_HEIGHT) if height else DEFAULT_HEIGHT,
            start=_date(params.get("from")),
            end=_date(params.get("to")),
            place=_int(params.get("place")),
            event=_int(params.get("event")),
            interactive=params.get("interactive", "1") not in ("0", "false", "no", "off"),
            basemap=basemap if basemap in maps.basemaps() else "default",
        )

    def query(self) -> str:
        """The options as a query string, defaults left out (a short, stable snippet)."""
        default = EmbedOptions()
        names = {"start": "from", "end": "to"}
        params = QueryDict(mutable=True)
        for field, value in asdict(self).items():
            if value == getattr(default, field):
                continue
            if field == "interactive":
                value = "0"
            params[names.get(field, field)] = str(value)
        return params.urlencode()

    @property
    def shows_map(self) -> bool:
        return self.view in ("map", "both")

    @property
    def shows_timeline(self) -> bool:
        return self.view in ("timeline", "both")

    @property
    def frame_height(self) -> int:
        """The iframe height a snippet asks for before the embed reports its own."""
        return self.height + CHROME_HEIGHT

    def fitted(self, *, max_height: int | None) -> EmbedOptions:
        """The same embed, made short enough for an oEmbed consumer's `maxheight`."""
        if max_height is None or self.frame_height <= max_height:
            return self
        return replace(self, height=max(max_height - CHROME_HEIGHT, MIN_HEIGHT))

    def filter_params(self) -> QueryDict:
        """The options that narrow the events, in the story page's filter names."""
        params = QueryDict(mutable=True)
        for name, value in (("start", self.start), ("end", self.end), ("place", self.place)):
            if value is not None:
                params[name] = str(value)
        return params


def embed_url(request: HttpRequest, story: Story, options: EmbedOptions) -> str:
    url = request.build_absolute_uri(reverse("stories:embed", kwargs={"slug": story.slug}))
    query = options.query()
    return f"{url}?{query}" if query else url


def embed_snippet(
    request: HttpRequest, story: Story, options: EmbedOptions, *, width: int | None = None
) -> str:
    """The HTML a newsroom pastes: the iframe, and the optional script that resizes it.

    Every value is escaped into its attribute; the story title is article-derived text.
    """
    return format_html(
        '<iframe src="{}" title="{}" width="{}" height="{}" style="border:0;max-width:100%" '
        'loading="lazy" data-newsmap-embed></iframe>\n<script src="{}" async></script>',
        embed_url(request, story, options),
        f"Map: {story.title}",
        width or "100%",
        options.frame_height,
        request.build_absolute_uri(reverse("stories:embed_resize_script")),
    )


def frame_ancestors_policy() -> str:
    """The embeds' CSP: who may frame them (`EMBED_FRAME_ANCESTORS`, default any origin)."""
    sources = getattr(settings, "EMBED_FRAME_ANCESTORS", ["*"]) or ["'none'"]
    return "frame-ancestors " + " ".join(sources)


@require_GET
@xframe_options_exempt
def story_embed(request: HttpRequest, slug: str) -> HttpResponse:
    story = get_object_or_404(Story, slug=slug)
    options = EmbedOptions.from_query(request.GET)
    params = options.filter_params()
    form = EventFilterForm(params, options=FilterOptions.for_story(story))
    filters = form.filters
    events = filter_events(listed_events(story), filters)
    if options.shows_timeline:
        context = chronology_context(
            params,
            story=story,
            events=events,
            page_url=story.get_absolute_url(),
            filtered=bool(filters),
        )
    else:
        ids = list(events.values_list("id", flat=True)) if filters else None
        context = {"story": story, "filter_result": {"count": None, "event_ids": ids}}
    context |= {"options": options, "story_url": request.build_absolute_uri(story.get_absolute_url())}
    if options.shows_map:
        basemap = maps.basemaps()[options.basemap]
        pinned = story.places.pinned().filter(
            Exists(filter_events(Event.objects.filter(place=OuterRef("pk")), filters))
        )
        rendered_map = maps.render_story_map(
            bounds=maps.story_bounds(pinned),
            tiles_url=basemap.url,
            attribution=basemap.attribution,
            interactive=options.interactive,
        )
        context |= {
            "map": rendered_map,
            "map_settings": {
                "leafletName": rendered_map.leaflet_name,
                "dataUrl": reverse("stories:map_data", kwargs={"slug": story.slug}),
                "clusterThreshold": maps.CLUSTER_THRESHOLD,
                "interactive": options.interactive,
                "eventId": options.event,
            },
        }
    response = render(request, "stories/embed.html", context)
    response.headers["Content-Security-Policy"] = frame_ancestors_policy()
    return response


@require_GET
@cache_control(public=True, max_age=86400)
def embed_resize_script(request: HttpRequest) -> HttpResponse:
    """The host page's resizer at a URL that never changes (static names carry a hash)."""
    path = finders.find("js/embed-resize.js")
    if path is None:
        raise Http404("embed-resize.js is missing")
    with open(path, encoding="utf-8") as script:
        response = HttpResponse(script.read(), content_type="text/javascript; charset=utf-8")
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response
