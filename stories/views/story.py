"""A story's page: the map beside the chronology, its htmx partials, and one place's page.

Every URL here works as a full page without JavaScript; htmx asks the same filter URL for just
the chronology (hence `Vary: HX-Request`), and asks `timeline/` for the next page as the reader
scrolls. The map's features come from `map-data.json`, the story's GeoJSON twin.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.db.models import Exists, OuterRef, Prefetch
from django.http import HttpRequest, HttpResponse, JsonResponse, QueryDict
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.gzip import gzip_page
from django.views.decorators.http import require_safe
from django.views.decorators.vary import vary_on_headers

from stories import exports, maps
from stories.caching import cache_story_response
from stories.chronology import ChronologyPage, paginate_chronology
from stories.filters import FILTER_PARAMS, EventFilterForm, FilterOptions, filter_events
from stories.models import Event, EventQuerySet, EventSource, Place, Story
from stories.views.conditional import story_condition
from stories.views.embed_options import EmbedOptions, embed_snippet, embed_url


def listed_events(story: Story) -> EventQuerySet:
    """A story's events with everything the chronology shows, in a fixed number of queries."""
    return (
        Event.objects.for_story(story)
        .chronological()
        .with_places()
        .prefetch_related(
            "people",
            Prefetch(
                "sources",
                # An article's raw payload and text can run to megabytes; the page needs neither.
                queryset=EventSource.objects.select_related("article").defer(
                    "article__raw", "article__text", "article__display_html"
                ),
            ),
        )
    )


def page_number(params: QueryDict) -> int:
    """The requested page of the chronology; anything but a positive integer means the first."""
    try:
        return max(int(params.get("page", "1")), 1)
    except ValueError:
        return 1


def page_links(params: QueryDict, *, page_url: str, partial_url: str, number: int) -> dict:
    """Where "more events" leads: a full page for readers without JavaScript, a partial for htmx.

    Both keep the reader's filters, and only them.
    """
    kept = QueryDict(mutable=True)
    for key in FILTER_PARAMS:
        if values := [v for v in params.getlist(key) if v]:
            kept.setlist(key, values)
    kept["page"] = str(number)
    query = kept.urlencode()
    return {"href": f"{page_url}?{query}", "hx_get": f"{partial_url}?{query}"}


def chronology_context(
    params: QueryDict, *, story: Story, events: EventQuerySet, page_url: str, filtered: bool
) -> dict:
    """What the chronology partial needs: one page of grouped events and the filter's result."""
    page: ChronologyPage = paginate_chronology(events, number=page_number(params))
    matching_ids = list(events.values_list("id", flat=True))
    partial_url = reverse("stories:timeline", kwargs={"slug": story.slug})
    return {
        "story": story,
        "page": page,
        "match_count": len(matching_ids),
        "filtered": filtered,
        "filter_result": {
            "count": len(matching_ids),
            # null means "every event", which spares a long list on the unfiltered page.
            "event_ids": matching_ids if filtered else None,
        },
        "next_page": page_links(
            params, page_url=page_url, partial_url=partial_url, number=page.number + 1
        ),
        "previous_page": page_links(
            params, page_url=page_url, partial_url=partial_url, number=page.number - 1
        ),
    }


@require_safe
@vary_on_headers("HX-Request")
@cache_story_response
def story_detail(request: HttpRequest, slug: str) -> HttpResponse:
    story = get_object_or_404(Story, slug=slug)
    form = EventFilterForm(request.GET, options=FilterOptions.for_story(story))
    filters = form.filters
    context = chronology_context(
        request.GET,
        story=story,
        events=filter_events(listed_events(story), filters),
        page_url=story.get_absolute_url(),
        filtered=bool(filters),
    )
    if request.htmx and not request.htmx.history_restore_request:
        return render(request, "stories/story_detail.html#chronology", context)

    pinned_places = story.places.pinned().filter(Exists(Event.objects.filter(place=OuterRef("pk"))))
    rendered_map = maps.render_story_map(
        bounds=maps.story_bounds(pinned_places),
        tiles_url=settings.MAP_TILES_URL,
        attribution=settings.MAP_TILES_ATTRIBUTION,
    )
    map_settings = {
        "leafletName": rendered_map.leaflet_name,
        "dataUrl": reverse("stories:map_data", kwargs={"slug": story.slug}),
        "clusterThreshold": maps.CLUSTER_THRESHOLD,
    }
    context |= {
        "form": form,
        "map": rendered_map,
        "map_settings": map_settings,
        "tiles_host": settings.MAP_TILES_HOST,
        **embed_dialog_context(request, story),
    }
    return render(request, "stories/story_detail.html", context)


def embed_dialog_context(request: HttpRequest, story: Story) -> dict:
    """The Embed dialog's first snippet, the settings its script needs, and oEmbed discovery."""
    oembed = request.build_absolute_uri(reverse("stories:oembed"))
    story_url = request.build_absolute_uri(story.get_absolute_url())
    return {
        "embed_snippet": embed_snippet(request, story, EmbedOptions()),
        "embed_settings": {
            "embedUrl": embed_url(request, story, EmbedOptions()),
            "oembedUrl": oembed,
        },
        "oembed_discovery": f"{oembed}?{urlencode({'url': story_url, 'format': 'json'})}",
        "embed_basemaps": list(maps.basemaps()),
        "embed_default_height": EmbedOptions().height,
    }


@require_safe
@cache_story_response
def story_timeline(request: HttpRequest, slug: str) -> HttpResponse:
    """The next page of a (filtered) chronology, appended by htmx as the reader scrolls."""
    story = get_object_or_404(Story, slug=slug)
    form = EventFilterForm(request.GET, options=FilterOptions.for_story(story))
    page = paginate_chronology(
        filter_events(listed_events(story), form.filters), number=page_number(request.GET)
    )
    context = {
        "story": story,
        "page": page,
        "next_page": page_links(
            request.GET,
            page_url=story.get_absolute_url(),
            partial_url=reverse("stories:timeline", kwargs={"slug": story.slug}),
            number=page.number + 1,
        ),
    }
    return render(request, "stories/story_detail.html#event-page", context)


@require_safe
@cache_story_response
@story_condition
@gzip_page
def story_map_data(request: HttpRequest, slug: str) -> JsonResponse:
    """The story's events at pinned places as GeoJSON, in time order, for the page's map.

    The same features as the `events.geojson` export (one builder serves both), without the
    events that have no position.
    """
    story = get_object_or_404(Story, slug=slug)
    events = Event.objects.for_story(story).filter(
        place__latitude__isnull=False, place__longitude__isnull=False
    )
    return JsonResponse(
        exports.events_geojson(exports.event_rows(events)),
        content_type="application/geo+json",
        json_dumps_params={"separators": (",", ":"), "ensure_ascii": False},
    )


@require_safe
@cache_story_response
def place_detail(request: HttpRequest, slug: str, place_id: int) -> HttpResponse:
    """Everything that happened at one place in a story."""
    story = get_object_or_404(Story, slug=slug)
    place = get_object_or_404(Place, pk=place_id, story=story)
    events = listed_events(story).filter(place=place)
    params = request.GET.copy()
    params.setlist("place", [str(place.pk)])
    context = chronology_context(
        params,
        story=story,
        events=events,
        page_url=reverse("stories:place", kwargs={"slug": story.slug, "place_id": place.pk}),
        filtered=True,
    )
    context["place"] = place
    return render(request, "stories/place_detail.html", context)
