"""A read-only JSON API: stories, and a story's events with the story page's filters.

Documented in docs/api.md. An event has the GeoJSON export's properties (the same public
names) plus its position, so a client can use either. Readable from any origin; story
resources are conditional (ETag/Last-Modified → 304).
"""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, JsonResponse, QueryDict
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.decorators.http import require_safe

from stories import exports
from stories.models import Event, Story
from stories.views.conditional import public_data, story_condition
from stories.views.exports import filtered_events

DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 1000


def page_size(params: QueryDict) -> int:
    """`?page_size=`, within 1…MAX_PAGE_SIZE; anything unreadable means the default."""
    try:
        return min(max(int(params.get("page_size", DEFAULT_PAGE_SIZE)), 1), MAX_PAGE_SIZE)
    except ValueError:
        return DEFAULT_PAGE_SIZE


def _json(data: dict) -> JsonResponse:
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


def story_links(request: HttpRequest, story: Story) -> dict[str, str]:
    """Where a story's page, embed, API resources and exports live (absolute URLs)."""
    slug = {"slug": story.slug}

    def absolute(name: str) -> str:
        return request.build_absolute_uri(reverse(f"stories:{name}", kwargs=slug))

    return {
        "page": request.build_absolute_uri(story.get_absolute_url()),
        "api": absolute("api_story"),
        "events": absolute("api_events"),
        "embed": absolute("embed"),
        "geojson": absolute("events_geojson"),
        "timeline": absolute("timeline_json"),
        "storymap": absolute("storymap_json"),
        "csv": absolute("events_csv"),
    }


def story_summary(request: HttpRequest, story: Story) -> dict[str, object]:
    """A story with its figures (from `Story.objects.with_figures()`)."""
    return {
        "slug": story.slug,
        "title": story.title,
        "summary": story.summary,
        "updated_at": story.updated_at.isoformat(),
        "event_count": story.event_count,
        "place_count": story.place_count,
        "first_date": story.first_date.isoformat() if story.first_date else None,
        "last_date": story.last_date.isoformat() if story.last_date else None,
        "links": story_links(request, story),
    }


def api_event(row: exports.EventRow) -> dict[str, object]:
    """An event: the GeoJSON properties, plus where its place is (null when not pinned)."""
    return exports.event_properties(row) | {
        "place_id": row["place_id"],
        "latitude": row["place__latitude"],
        "longitude": row["place__longitude"],
        "radius_km": row["place__radius_km"],
    }


@require_safe
@public_data
def story_list(request: HttpRequest) -> HttpResponse:
    stories = Story.objects.with_figures().order_by("-updated_at")
    return _json({"stories": [story_summary(request, story) for story in stories]})


@require_safe
@public_data
@story_condition
def story_detail(request: HttpRequest, slug: str) -> HttpResponse:
    story = get_object_or_404(Story.objects.with_figures(), slug=slug)
    return _json(story_summary(request, story))


@require_safe
@public_data
@story_condition
def story_events(request: HttpRequest, slug: str) -> HttpResponse:
    """One page of a story's events in time order, narrowed by the story page's filters."""
    story = get_object_or_404(Story, slug=slug)
    ordered = exports.export_order(filtered_events(request, story)).values_list("id", flat=True)
    # get_page: a page past the end (or no number at all) is the last (or first) page, not a 500.
    page = Paginator(ordered, page_size(request.GET)).get_page(request.GET.get("page"))
    rows = exports.event_rows(Event.objects.filter(id__in=list(page)))

    def page_url(number: int) -> str:
        params = request.GET.copy()
        params["page"] = str(number)
        return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")

    return _json(
        {
            "story": story.slug,
            "count": page.paginator.count,
            "page": page.number,
            "page_size": page.paginator.per_page,
            "next": page_url(page.next_page_number()) if page.has_next() else None,
            "previous": page_url(page.previous_page_number()) if page.has_previous() else None,
            "results": [api_event(row) for row in rows],
        }
    )


@require_safe
@public_data
def event_detail(request: HttpRequest, event_id: int) -> HttpResponse:
    rows = exports.event_rows(Event.objects.filter(pk=event_id))
    if not rows:
        return JsonResponse({"detail": "No such event."}, status=404)
    return _json(api_event(rows[0]))
