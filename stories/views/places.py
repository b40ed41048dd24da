"""One place in a story: its page (with its own small map) and its events for the map's popup."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_safe

from stories import maps
from stories.caching import cache_story_response
from stories.chronology import MainLine, date_heading
from stories.filters import EventFilterForm, FilterOptions, filter_events
from stories.models import Event, Place, Story
from stories.views.story import chronology_context, listed_events, map_settings

#: Events a popup lists; the rest are a link away (the place's page).
POPUP_EVENTS = 30

#: Words for readers instead of the geocoder's statuses.
POSITION_WORDS = {
    Place.Status.PENDING: "position not known yet",
    Place.Status.RESOLVED: "position found in the gazetteer",
    Place.Status.ESTIMATED: "approximate position, estimated from the articles",
    Place.Status.UNRESOLVED: "position not known",
    Place.Status.CONFIRMED: "position confirmed by an editor",
}


@require_safe
@cache_story_response
def place_detail(request: HttpRequest, slug: str, place_id: int) -> HttpResponse:
    """Everything that happened at one place in a story, with the place on its own map."""
    story = get_object_or_404(Story, slug=slug)
    place = get_object_or_404(Place, pk=place_id, story=story)
    main_line = MainLine.for_story(story)
    events = listed_events(story).filter(place=place)
    context = chronology_context(
        request.GET,
        story=story,
        events=events,
        page_url=reverse("stories:place", kwargs={"slug": story.slug, "place_id": place.pk}),
        filtered=False,
        main_line=main_line,
    )
    context |= {
        "place": place,
        "position_words": POSITION_WORDS.get(place.status, ""),
        "kind_words": "" if place.kind == Place.Kind.OTHER else place.get_kind_display(),
    }
    if place.is_pinned:
        rendered_map = maps.render_story_map(
            bounds=maps.story_bounds([place]),
            tiles_url=settings.MAP_TILES_URL,
            attribution=settings.MAP_TILES_ATTRIBUTION,
        )
        context |= {
            "map": rendered_map,
            "map_settings": map_settings(story, rendered_map, placeId=place.pk),
            "tiles_host": settings.MAP_TILES_HOST,
        }
    return render(request, "stories/place_detail.html", context)


@require_safe
@cache_story_response
def place_events(request: HttpRequest, slug: str, place_id: int) -> JsonResponse:
    """The (filtered) events at one place, for its popup: titles, dates, certainty.

    Text goes out as JSON strings and reaches the DOM through textContent (story.js).
    """
    story = get_object_or_404(Story, slug=slug)
    place = get_object_or_404(Place, pk=place_id, story=story)
    form = EventFilterForm(request.GET, options=FilterOptions.for_story(story))
    events = filter_events(Event.objects.for_story(story).chronological(), form.filters).filter(
        place=place
    )
    main_line = MainLine.for_story(story)
    shown = list(events[:POPUP_EVENTS])
    return JsonResponse(
        {
            "place": {
                "id": place.pk,
                "name": place.name,
                "url": reverse("stories:place", kwargs={"slug": story.slug, "place_id": place.pk}),
            },
            "total": events.count(),
            "events": [
                {
                    "id": event.pk,
                    "title": event.title,
                    "date": date_heading(event).label if event.date_start else "",
                    "certainty": event.certainty,
                    "background": main_line.section_of(event) != "main",
                }
                for event in shown
            ],
        }
    )
