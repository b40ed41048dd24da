"""Exports as pure functions over querysets: what other tools load (GeoJSON, RFC 7946).

Property names are a public contract (`manage.py export`, the story page's map, embeds):
keep them stable.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Prefetch, QuerySet

from stories.models import Event, EventSource


def events_for_export(events: QuerySet[Event]) -> QuerySet[Event]:
    """Everything an export reads, in a constant number of queries."""
    sources = EventSource.objects.select_related("article").order_by("article__published_at")
    return (
        events.select_related("story", "place")
        .prefetch_related("people", Prefetch("sources", queryset=sources))
        .order_by("story__slug", "date_start", "pk")
    )


def event_properties(event: Event) -> dict[str, object]:
    place = event.place
    return {
        "story": event.story.slug,
        "id": event.pk,
        "title": event.title,
        "summary": event.summary,
        "date_start": event.date_start.isoformat() if event.date_start else None,
        "date_end": event.date_end.isoformat() if event.date_end else None,
        "date_precision": event.date_precision,
        "certainty": event.certainty,
        "place": place.name if place else None,
        "place_status": place.status if place else None,
        "place_geonames_id": place.geonames_id if place else None,
        "people": [person.name for person in event.people.all()],
        "sources": [
            {
                "url": source.article.canonical_url or None,
                "outlet": source.article.outlet,
                "title": source.article.title,
                "published": (
                    source.article.published_at.isoformat() if source.article.published_at else None
                ),
                "quote": source.quote,
            }
            for source in event.sources.all()
        ],
    }


def event_feature(event: Event) -> dict[str, object]:
    place = event.place
    geometry = None
    if place is not None and place.is_pinned:
        # RFC 7946: longitude first; six decimals is ~10 cm, more is noise.
        geometry = {
            "type": "Point",
            "coordinates": [round(place.longitude, 6), round(place.latitude, 6)],
        }
    return {
        "type": "Feature",
        "id": event.pk,
        "geometry": geometry,
        "properties": event_properties(event),
    }


def events_geojson(events: Iterable[Event]) -> dict[str, object]:
    return {"type": "FeatureCollection", "features": [event_feature(e) for e in events]}
