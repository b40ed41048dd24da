"""HTTP plumbing shared by the machine-readable views: conditional GETs and CORS.

Exports and the API are fetched again and again by embeds, feeds and scripts; most of those
fetches find nothing new, so they are answered with a 304 from one cheap query. The version of a
story is the newest change to the story, its events, places and articles (and an editor's
deletion), plus row counts, because deleting a row leaves no newer timestamp behind.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps

from django.db.models import Count, Max, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import condition

from stories.models import Article, DeletedEvent, Event, EventSource, Place, Story


@dataclass(frozen=True)
class StoryVersion:
    last_modified: dt.datetime
    etag: str


def _newest(queryset, field: str) -> Subquery:
    """The newest `field` of the rows of `queryset` that belong to the outer story."""
    return Subquery(
        queryset.filter(story=OuterRef("pk"))
        .order_by()
        .values("story")
        .annotate(newest=Max(field))
        .values("newest")[:1]
    )


def _count(queryset, story_field: str = "story") -> Subquery:
    return Subquery(
        queryset.filter(**{story_field: OuterRef("pk")})
        .order_by()
        .values(story_field)
        .annotate(n=Count("pk"))
        .values("n")[:1]
    )


def story_version(slug: str) -> StoryVersion | None:
    """When the story last changed, and an ETag for its current content (one query)."""
    row = (
        Story.objects.filter(slug=slug)
        .annotate(
            events_changed=_newest(Event.objects.all(), "updated_at"),
            articles_changed=_newest(Article.objects.all(), "updated_at"),
            places_changed=_newest(Place.history.all(), "history_date"),
            places_geocoded=_newest(Place.objects.all(), "geocoded_at"),
            deleted=_newest(DeletedEvent.objects.all(), "deleted_at"),
            event_count=Coalesce(_count(Event.objects.all()), 0),
            place_count=Coalesce(_count(Place.objects.all()), 0),
            source_count=Coalesce(_count(EventSource.objects.all(), "event__story"), 0),
            people_count=Coalesce(_count(Event.people.through.objects.all(), "event__story"), 0),
        )
        .values()
        .first()
    )
    if row is None:
        return None
    stamps = [
        row[key]
        for key in (
            "updated_at",
            "events_changed",
            "articles_changed",
            "places_changed",
            "places_geocoded",
            "deleted",
        )
        if row[key] is not None
    ]
    last_modified = max(stamps)
    fingerprint = "|".join(
        str(row[key])
        for key in ("id", "event_count", "place_count", "source_count", "people_count")
    )
    digest = hashlib.sha256(f"{last_modified.isoformat()}|{fingerprint}".encode()).hexdigest()
    return StoryVersion(last_modified=last_modified, etag=digest[:32])


def _version(request: HttpRequest, slug: str) -> StoryVersion | None:
    """The story's version, computed once per request (the ETag and date callbacks share it)."""
    cache = request.__dict__.setdefault("_story_versions", {})
    if slug not in cache:
        cache[slug] = story_version(slug)
    return cache[slug]


def story_etag(request: HttpRequest, slug: str, **kwargs) -> str | None:
    """The ETag of this representation: the story's version, the path and the query string.

    Weak, because the same content is sent gzipped or not (both are "the same" to a cache
    revalidating it, which is all an ETag is for here).
    """
    version = _version(request, slug)
    if version is None:
        return None
    variant = hashlib.sha256(request.get_full_path().encode()).hexdigest()[:12]
    return f'W/"{version.etag}-{variant}"'


def story_last_modified(request: HttpRequest, slug: str, **kwargs) -> dt.datetime | None:
    version = _version(request, slug)
    return version.last_modified if version else None


#: Send ETag/Last-Modified and answer If-None-Match / If-Modified-Since with 304.
story_condition = condition(etag_func=story_etag, last_modified_func=story_last_modified)

#: How long a shared cache (or a browser) may reuse an export before revalidating.
EXPORT_MAX_AGE = 60


def public_data(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Readable from any origin (CORS) and briefly cacheable, including the 304 answers."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        response = view(request, *args, **kwargs)
        response.headers["Access-Control-Allow-Origin"] = "*"
        response.headers["Access-Control-Expose-Headers"] = "ETag"
        response.headers.setdefault("Cache-Control", f"public, max-age={EXPORT_MAX_AGE}")
        return response

    return wrapped
