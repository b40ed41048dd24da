"""Cached story responses, dropped the moment anything in the story is saved.

A story's page, chronology pages, embed and exports are the same for every reader until an
editor, the pipeline or a worker changes the story, and with 2,000 events they take 100-200 ms
to build. So whole responses are cached under a key holding the story's *cache version*, a
random token kept in the cache itself; saving or deleting a story, article, event, event
source or place, or changing an event's people, replaces the token (at once, and again when
the transaction commits), and every key built from the old one is never read again and expires.

Responses that carry a CSP nonce are stored with a placeholder instead, and each reader gets a
fresh nonce. The versions live in the default cache (`CACHE_URL`), which several processes
must share, or one process's saves would not invalidate another's copies (see the check); the
responses, whose keys carry the version, in the `story_responses` cache (process memory).
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.core import checks
from django.core.cache import cache, caches
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.middleware.csp import get_nonce
from django.utils.cache import get_conditional_response
from django.utils.http import parse_http_date_safe

from stories.models import Article, Event, EventSource, Place, Story

#: Stands in for the request's CSP nonce in a cached body.
NONCE_PLACEHOLDER = "__newsmap_csp_nonce__"

#: Request headers that change what a story view answers (htmx partials, gzip).
VARYING_HEADERS = ("HTTP_HX_REQUEST", "HTTP_HX_HISTORY_RESTORE_REQUEST")


def _version_key(story_id: int) -> str:
    return f"story-cache-version:{story_id}"


def story_cache_version(story_id: int) -> str:
    """The story's current cache version (a new one if the cache has none, e.g. evicted)."""
    key = _version_key(story_id)
    version = cache.get(key)
    if version is None:
        cache.add(key, secrets.token_hex(8), timeout=None)
        version = cache.get(key)
    return version


def invalidate_story(story_id: int) -> None:
    """Make every cached response of the story stale, at once."""
    cache.set(_version_key(story_id), secrets.token_hex(8), timeout=None)


def invalidate_on_commit(story_id: int | None) -> None:
    """Invalidate now, and again when the transaction commits.

    Between the two a reader may still cache the old rows under the new version; the second
    invalidation drops that copy. (Outside a transaction both happen at once.)
    """
    if story_id is not None:
        invalidate_story(story_id)
        transaction.on_commit(lambda: invalidate_story(story_id))


@receiver([post_save, post_delete], sender=Story)
def _story_changed(sender, instance: Story, **kwargs) -> None:
    invalidate_on_commit(instance.pk)


@receiver([post_save, post_delete], sender=Article)
@receiver([post_save, post_delete], sender=Event)
@receiver([post_save, post_delete], sender=Place)
def _story_part_changed(sender, instance, **kwargs) -> None:
    invalidate_on_commit(instance.story_id)


@receiver([post_save, post_delete], sender=EventSource)
def _event_source_changed(sender, instance: EventSource, **kwargs) -> None:
    # Deleted along with its event, the source may outlive the event's row; the event's own
    # signal then invalidates the story.
    story_id = Event.objects.filter(pk=instance.event_id).values_list("story_id", flat=True)
    invalidate_on_commit(story_id.first())


@receiver(m2m_changed, sender=Event.people.through)
def _event_people_changed(sender, instance, action: str, reverse: bool, pk_set, **kwargs) -> None:
    if not reverse:
        if action.startswith("post_"):
            invalidate_on_commit(instance.story_id)
        return
    # Changed from the person's side: the stories of the events concerned.
    if action == "pre_clear":
        events = Event.objects.filter(people=instance)
    elif action in {"post_add", "post_remove"}:
        events = Event.objects.filter(pk__in=pk_set)
    else:
        return
    for story_id in set(events.values_list("story_id", flat=True)):
        invalidate_on_commit(story_id)


def response_key(request: HttpRequest, *, story_id: int, version: str) -> str:
    """The cache key of one representation of one story version."""
    gzip = "gzip" in request.headers.get("Accept-Encoding", "")
    parts = [
        request.method,
        request.build_absolute_uri(),
        *(request.META.get(header, "") for header in VARYING_HEADERS),
        "gzip" if gzip else "identity",
    ]
    digest = hashlib.sha256("\x00".join(parts).encode()).hexdigest()[:32]
    return f"story-response:{story_id}:{version}:{digest}"


def _cacheable(request: HttpRequest, response: HttpResponse) -> bool:
    if response.status_code != 200 or response.cookies or response.streaming:
        return False
    # A nonce cannot be swapped inside compressed bytes.
    return not (_nonce_used(request) and response.has_header("Content-Encoding"))


def _nonce_used(request: HttpRequest) -> bool:
    """Whether this request's CSP nonce was generated (so the body may carry it)."""
    return bool(get_nonce(request))


def _stored(request: HttpRequest, response: HttpResponse) -> dict:
    content = response.content
    if _nonce_used(request):
        content = content.replace(str(get_nonce(request)).encode(), NONCE_PLACEHOLDER.encode())
    return {
        "status": response.status_code,
        # The length changes with the nonce; CommonMiddleware sets it again.
        "headers": [(k, v) for k, v in response.headers.items() if k != "Content-Length"],
        "content": content,
        "csp": getattr(response, "_csp_config", None),
    }


def _restored(request: HttpRequest, stored: dict) -> HttpResponse:
    """The stored response, with this request's nonce, or a 304 if the client has it."""
    content = stored["content"]
    if NONCE_PLACEHOLDER.encode() in content:
        content = content.replace(NONCE_PLACEHOLDER.encode(), str(get_nonce(request)).encode())
    response = HttpResponse(content, status=stored["status"])
    for name, value in stored["headers"]:
        response.headers[name] = value
    if stored["csp"] is not None:
        response._csp_config = stored["csp"]
    return get_conditional_response(
        request,
        etag=response.headers.get("ETag"),
        last_modified=parse_http_date_safe(response.headers.get("Last-Modified", "")),
        response=response,
    )


def cache_story_response(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Serve a story view's successful GET answers from the cache until the story changes.

    The view takes the story's `slug`; its answer must depend only on the URL, the headers in
    `VARYING_HEADERS` and Accept-Encoding (not on the user or cookies). Above a conditional
    view, a hit answers If-None-Match / If-Modified-Since from the stored ETag and date.
    """

    @wraps(view)
    def wrapped(request: HttpRequest, *args, slug: str, **kwargs) -> HttpResponse:
        story_id = Story.objects.filter(slug=slug).values_list("pk", flat=True).first()
        if story_id is None or request.method != "GET":
            return view(request, *args, slug=slug, **kwargs)
        key = response_key(request, story_id=story_id, version=story_cache_version(story_id))
        if (stored := caches["story_responses"].get(key)) is not None:
            return _restored(request, stored)
        response = view(request, *args, slug=slug, **kwargs)
        if _cacheable(request, response):
            stored = _stored(request, response)
            caches["story_responses"].set(key, stored, timeout=settings.STORY_CACHE_SECONDS)
        return response

    return wrapped


@checks.register(checks.Tags.caches, deploy=True)
def check_shared_cache(app_configs, **kwargs) -> list[checks.CheckMessage]:
    """Workers in other processes save stories too: their invalidations must reach the web."""
    backend = settings.CACHES["default"]["BACKEND"]
    if settings.TASKS_BACKEND == "database" and backend.endswith("LocMemCache"):
        return [
            checks.Warning(
                "The cache is per process (local memory) while workers run in other processes: "
                "pages would not see their changes until STORY_CACHE_SECONDS pass.",
                hint="Set CACHE_URL to redis://… or db://table (after createcachetable).",
                id="stories.W001",
            )
        ]
    return []
