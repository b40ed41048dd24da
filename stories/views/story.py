"""A story's page: the map beside the chronology, and its htmx partials.

Every URL here works as a full page without JavaScript; htmx asks the same filter URL for just
the chronology (hence `Vary: HX-Request`), and asks `timeline/` for the next page of a section
as the reader scrolls. The chronology has three sections: the main line (the story's own days,
by day), then the background and the undated events, collapsed. `?event=<id>` renders the
pages that hold that event, so a deep link never makes the browser page through the story.

The map's data (`map-data.json`) is one feature per place with its figures, not one per event:
a story of 100,000 events weighs what its places weigh; a place's events are fetched when its
popup opens (`places.place_events`).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import Exists, OuterRef, Prefetch
from django.http import HttpRequest, HttpResponse, JsonResponse, QueryDict
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.gzip import gzip_page
from django.views.decorators.http import require_safe
from django.views.decorators.vary import vary_on_headers

from stories import maps
from stories.caching import cache_story_response
from stories.chronology import (
    SECTION_TITLES,
    ChronologyPage,
    MainLine,
    Section,
    page_holding,
    paginate_chronology,
)
from stories.filters import FILTER_PARAMS, EventFilterForm, FilterOptions, filter_events
from stories.models import Event, EventQuerySet, EventSource, Story
from stories.routes import traveller_routes
from stories.views.conditional import story_condition
from stories.views.embed_options import EmbedOptions, embed_snippet, embed_url
from stories.views.story_header import story_header


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
                queryset=EventSource.objects.select_related("article")
                .defer("article__raw", "article__text", "article__display_html")
                .order_by("article__published_at", "id"),
            ),
        )
    )


def requested_section(params: QueryDict) -> Section:
    try:
        return Section(params.get("section", Section.MAIN))
    except ValueError:
        return Section.MAIN


def page_links(
    params: QueryDict, *, page_url: str, partial_url: str, number: int, section: Section
) -> dict:
    """Where "more events" leads: a full page for readers without JavaScript, a partial for htmx.

    Both keep the reader's filters and the section, and only them.
    """
    kept = QueryDict(mutable=True)
    for key in FILTER_PARAMS:
        if values := [v for v in params.getlist(key) if v]:
            kept.setlist(key, values)
    if section != Section.MAIN:
        kept["section"] = section.value
    kept["page"] = str(number)
    query = kept.urlencode()
    return {"href": f"{page_url}?{query}", "hx_get": f"{partial_url}?{query}"}


@dataclass
class ChronologySection:
    """One section of the chronology, open (with a page of events) or collapsed (a count)."""

    key: Section
    title: str
    count: int
    page: ChronologyPage | None
    next_page: dict
    previous_page: dict
    first_page: dict

    @property
    def is_open(self) -> bool:
        return self.page is not None


def target_event(params: QueryDict, events: EventQuerySet) -> Event | None:
    """The event a deep link (`?event=<id>`) asks for, if the (filtered) events hold it."""
    value = params.get("event", "")
    if not value.isdigit():
        return None
    plain = events.select_related(None).prefetch_related(None)
    return plain.filter(pk=int(value)).only("id", "date_start", "date_end", "background").first()


def chronology_sections(
    params: QueryDict,
    *,
    story: Story,
    events: EventQuerySet,
    main_line: MainLine,
    page_url: str,
) -> list[ChronologySection]:
    """The three sections; the main line and any section asked for (or deep-linked) open."""
    partial_url = reverse("stories:timeline", kwargs={"slug": story.slug})
    opened, number = requested_section(params), params.get("page")
    if target := target_event(params, events):
        opened = main_line.section_of(target)
        number = page_holding(events.filter(main_line.q(opened)), target)
    counts = main_line.section_counts(events)
    sections = []
    for section in Section:
        page = None
        if section == Section.MAIN or section == opened:
            page = paginate_chronology(
                events.filter(main_line.q(section)),
                number=number if section == opened else 1,
                count=counts[section],
            )

        def link(n: int, section: Section = section) -> dict:
            return page_links(
                params, page_url=page_url, partial_url=partial_url, number=n, section=section
            )

        current = page.number if page else 0
        sections.append(
            ChronologySection(
                key=section,
                title=SECTION_TITLES[section],
                count=counts[section],
                page=page,
                next_page=link(current + 1),
                previous_page=link(current - 1),
                first_page=link(1),
            )
        )
    return sections


def filter_result(
    events: EventQuerySet, *, main_line: MainLine, filtered: bool, count: int
) -> dict:
    """What the map needs to follow the list: per place [events, happened, denied, main line].

    `places` is null when nothing is filtered: the map's own figures already say it all.
    """
    return {
        "count": count,
        "filtered": filtered,
        "places": {str(k): v for k, v in maps.place_counts(events, main_line).items()}
        if filtered
        else None,
    }


def chronology_context(
    params: QueryDict,
    *,
    story: Story,
    events: EventQuerySet,
    page_url: str,
    filtered: bool,
    main_line: MainLine | None = None,
) -> dict:
    """What the chronology partial needs: its sections and the filter's result for the map."""
    main_line = main_line or MainLine.for_story(story)
    sections = chronology_sections(
        params, story=story, events=events, main_line=main_line, page_url=page_url
    )
    count = sum(section.count for section in sections)
    return {
        "story": story,
        "sections": sections,
        "match_count": count,
        "filtered": filtered,
        "filter_result": filter_result(events, main_line=main_line, filtered=filtered, count=count),
    }


@require_safe
@vary_on_headers("HX-Request")
@cache_story_response
def story_detail(request: HttpRequest, slug: str) -> HttpResponse:
    story = get_object_or_404(Story, slug=slug)
    main_line = MainLine.for_story(story)
    form = EventFilterForm(request.GET, options=FilterOptions.for_story(story))
    filters = form.filters
    context = chronology_context(
        request.GET,
        story=story,
        events=filter_events(listed_events(story), filters),
        page_url=story.get_absolute_url(),
        filtered=bool(filters),
        main_line=main_line,
    )
    if request.htmx and not request.htmx.history_restore_request:
        return render(request, "stories/story_detail.html#chronology", context)

    counts = maps.place_counts(Event.objects.for_story(story), main_line)
    framing = maps.framing_places(story.places.pinned().only(*maps.FRAMING_FIELDS), counts)
    rendered_map = maps.render_story_map(
        bounds=maps.story_bounds(framing),
        tiles_url=settings.MAP_TILES_URL,
        attribution=settings.MAP_TILES_ATTRIBUTION,
    )
    context |= {
        "form": form,
        "header": story_header(story, main_line),
        "map": rendered_map,
        "map_settings": map_settings(story, rendered_map),
        "tiles_host": settings.MAP_TILES_HOST,
        **embed_dialog_context(request, story),
    }
    return render(request, "stories/story_detail.html", context)


def map_settings(story: Story, rendered_map: maps.RenderedMap, **extra: object) -> dict:
    """The one settings blob story.js reads (`json_script`, never templated JavaScript)."""
    return {
        "leafletName": rendered_map.leaflet_name,
        "dataUrl": reverse("stories:map_data", kwargs={"slug": story.slug}),
        "placeEventsUrl": reverse(
            "stories:place_events", kwargs={"slug": story.slug, "place_id": 0}
        ),
        "storyUrl": story.get_absolute_url(),
        "clusterThreshold": maps.CLUSTER_THRESHOLD,
        "basemapUrl": maps.basemap_outline_url(),
        "fitMaxZoom": maps.FIT_MAX_ZOOM,
        **extra,
    }


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
    """The next page of a (filtered) section, appended by htmx as the reader scrolls."""
    story = get_object_or_404(Story, slug=slug)
    main_line = MainLine.for_story(story)
    section = requested_section(request.GET)
    form = EventFilterForm(request.GET, options=FilterOptions.for_story(story))
    events = filter_events(listed_events(story), form.filters).filter(main_line.q(section))
    page = paginate_chronology(events, number=request.GET.get("page"))
    context = {
        "story": story,
        "section": {
            "key": section,
            "page": page,
            "next_page": page_links(
                request.GET,
                page_url=story.get_absolute_url(),
                partial_url=reverse("stories:timeline", kwargs={"slug": story.slug}),
                number=page.number + 1,
                section=section,
            ),
        },
    }
    return render(request, "stories/story_detail.html#event-page", context)


@require_safe
@cache_story_response
@story_condition
@gzip_page
def story_map_data(request: HttpRequest, slug: str) -> JsonResponse:
    """The story's pinned places with their figures, and its travellers' routes, as GeoJSON."""
    story = get_object_or_404(Story, slug=slug)
    main_line = MainLine.for_story(story)
    events = Event.objects.for_story(story)
    counts = maps.place_counts(events, main_line)
    places = maps.places_with_dates(
        story.places.filter(Exists(Event.objects.filter(place=OuterRef("pk"))))
    )
    return JsonResponse(
        maps.story_map_data(places, counts, routes=traveller_routes(events)),
        content_type="application/geo+json",
        json_dumps_params={"separators": (",", ":"), "ensure_ascii": False},
    )
