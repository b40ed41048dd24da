"""A story's events as files other tools load: GeoJSON, TimelineJS3, StoryMapJS and CSV.

Each takes the story page's filters (`?place=…&start=…`), so a filtered view has export twins.
All are conditional (ETag/Last-Modified → 304) and readable from any origin.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.gzip import gzip_page
from django.views.decorators.http import require_safe

from stories import exports
from stories.caching import cache_story_response
from stories.filters import FILTER_PARAMS, EventFilterForm, FilterOptions, filter_events
from stories.models import Event, EventQuerySet, Story
from stories.views.conditional import public_data, story_condition

COMPACT = {"separators": (",", ":"), "ensure_ascii": False}


def filtered_events(request: HttpRequest, story: Story) -> EventQuerySet:
    """The story's events narrowed by the same query-string filters as the story page."""
    form = EventFilterForm(request.GET, options=FilterOptions.for_story(story))
    return filter_events(Event.objects.for_story(story), form.filters)


def export_view(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """What every export is: GET or HEAD, readable from any origin, cached per story version
    and filter (other parameters share the entry), conditional, gzipped."""
    cached = cache_story_response(query=FILTER_PARAMS)
    return require_safe(public_data(cached(story_condition(gzip_page(view)))))


def _json(data: object, content_type: str) -> JsonResponse:
    return JsonResponse(data, content_type=content_type, json_dumps_params=COMPACT, safe=False)


@export_view
def events_geojson(request: HttpRequest, slug: str) -> HttpResponse:
    story = get_object_or_404(Story, slug=slug)
    rows = exports.event_rows(filtered_events(request, story))
    return _json(exports.events_geojson(rows), "application/geo+json")


@export_view
def timeline_json(request: HttpRequest, slug: str) -> HttpResponse:
    """What Knight Lab's TimelineJS3 loads: `new TL.Timeline(id, url)`."""
    story = get_object_or_404(Story, slug=slug)
    rows = exports.event_rows(filtered_events(request, story))
    return _json(exports.events_timeline(story, rows), "application/json")


@export_view
def storymap_json(request: HttpRequest, slug: str) -> HttpResponse:
    """What Knight Lab's StoryMapJS loads: `new VCO.StoryMap(id, url)`, on the site's tiles."""
    story = get_object_or_404(Story, slug=slug)
    rows = exports.event_rows(filtered_events(request, story))
    document = exports.events_storymap(
        story,
        rows,
        tiles_url=settings.MAP_TILES_URL,
        attribution=settings.MAP_TILES_ATTRIBUTION,
    )
    return _json(document, "application/json")


@export_view
def events_csv(request: HttpRequest, slug: str) -> HttpResponse:
    story = get_object_or_404(Story, slug=slug)
    rows = exports.event_rows(filtered_events(request, story))
    response = HttpResponse(exports.events_csv(rows), content_type="text/csv; charset=utf-8")
    response.headers["Content-Disposition"] = f'attachment; filename="{story.slug}-events.csv"'
    return response
