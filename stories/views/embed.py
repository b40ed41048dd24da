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

from django.contrib.staticfiles import finders
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.cache import cache_control
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe

from stories import maps, security
from stories.caching import cache_story_response
from stories.chronology import MainLine
from stories.filters import EventFilterForm, FilterOptions, filter_events
from stories.models import Event, Story
from stories.views.embed_options import EmbedOptions
from stories.views.story import chronology_context, filter_result, listed_events, map_settings

#: The query parameters an embed reads (see EmbedOptions).
EMBED_QUERY = ("view", "height", "from", "to", "place", "event", "interactive", "basemap")


@require_safe
@xframe_options_exempt
@security.frameable
@cache_story_response(query=EMBED_QUERY)
def story_embed(request: HttpRequest, slug: str) -> HttpResponse:
    story = get_object_or_404(Story, slug=slug)
    options = EmbedOptions.from_query(request.GET)
    params = options.filter_params()
    form = EventFilterForm(params, options=FilterOptions.for_story(story))
    filters = form.filters
    events = filter_events(listed_events(story), filters)
    main_line = MainLine.for_story(story)
    if options.shows_timeline:
        if options.event is not None:
            params["event"] = str(options.event)  # open the chronology on the page holding it
        context = chronology_context(
            params,
            story=story,
            events=events,
            page_url=story.get_absolute_url(),
            filtered=bool(filters),
            main_line=main_line,
        )
    else:
        context = {
            "story": story,
            "filter_result": filter_result(
                events, main_line=main_line, filtered=bool(filters), count=None
            ),
        }
    context |= {
        "options": options,
        "story_url": request.build_absolute_uri(story.get_absolute_url()),
    }
    if options.shows_map:
        basemap = maps.basemaps()[options.basemap]
        shown = filter_events(Event.objects.for_story(story), filters)
        counts = maps.place_counts(shown, main_line)
        framing = maps.framing_places(story.places.pinned().only(*maps.FRAMING_FIELDS), counts)
        rendered_map = maps.render_story_map(
            bounds=maps.story_bounds(framing),
            tiles_url=basemap.url,
            attribution=basemap.attribution,
            interactive=options.interactive,
        )
        context |= {
            "map": rendered_map,
            "map_settings": map_settings(
                story, rendered_map, interactive=options.interactive, eventId=options.event
            ),
        }
    return render(request, "stories/embed.html", context)


@require_safe
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
