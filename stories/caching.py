"""Cached story responses, keyed by the story's version so that any save makes them stale.

A story's page, chronology pages, embed and exports are the same for every reader until an
editor, the pipeline or a worker changes the story, and with 2,000 events they take 100-200 ms
to build. So whole responses are cached under a key holding `Story.version` (read from the
database on every request, see stories/versions.py): a save anywhere bumps it, and every key
built from the old number is never read again and expires. Because the number lives in the
database, a save through one web process is seen at once by all the others, whatever the cache.

The key holds only the query parameters the view reads (`query`): `?x=<random>` is the same
page and the same cache entry. HEAD is answered like GET.

A page whose body carries the request's CSP nonce is stored split at that nonce (an unguessable
value, so nothing else in the page can match it), and each reader's copy is joined with its own
fresh nonce: no placeholder that article text could contain.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterable
from functools import wraps
from urllib.parse import urlencode

from django.conf import settings
from django.core import checks
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse
from django.middleware.csp import get_nonce
from django.utils.cache import get_conditional_response
from django.utils.http import parse_http_date_safe

from stories.filters import FILTER_PARAMS
from stories.versions import StoryVersion, story_version

#: The query parameters of the story page and its chronology partials.
STORY_PAGE_QUERY = (*FILTER_PARAMS, "page", "section", "event")

#: Request headers that change what a story view answers (htmx partials).
VARYING_HEADERS = ("HTTP_HX_REQUEST", "HTTP_HX_HISTORY_RESTORE_REQUEST")

View = Callable[..., HttpResponse]


def canonical_query(request: HttpRequest, names: Iterable[str]) -> str:
    """The request's values for `names` only, in a fixed order: what the view answers to."""
    return urlencode(
        [
            (name, value)
            for name in sorted(set(names))
            for value in request.GET.getlist(name)
            if value
        ]
    )


def response_key(request: HttpRequest, version: StoryVersion, query: Iterable[str]) -> str:
    """The cache key of one representation of one story version."""
    gzip = "gzip" in request.headers.get("Accept-Encoding", "")
    parts = [
        request.scheme,
        request.get_host(),
        request.path,
        canonical_query(request, query),
        *(request.META.get(header, "") for header in VARYING_HEADERS),
        "gzip" if gzip else "identity",
    ]
    digest = hashlib.sha256("\x00".join(parts).encode()).hexdigest()[:32]
    return f"story-response:{version.story_id}:{version.number}:{digest}"


def _nonce(request: HttpRequest) -> str | None:
    """This request's CSP nonce, if the response used it (Django makes it on first use)."""
    nonce = get_nonce(request)
    return str(nonce) if nonce else None


def _cacheable(request: HttpRequest, response: HttpResponse) -> bool:
    if response.status_code != 200 or response.cookies or response.streaming:
        return False
    # A nonce cannot be found inside compressed bytes.
    return not (_nonce(request) and response.has_header("Content-Encoding"))


def _stored(request: HttpRequest, response: HttpResponse) -> dict:
    nonce = _nonce(request)
    content = response.content
    return {
        "status": response.status_code,
        # The length changes with the nonce; CommonMiddleware sets it again.
        "headers": [(k, v) for k, v in response.headers.items() if k != "Content-Length"],
        "chunks": content.split(nonce.encode()) if nonce else [content],
    }


def _restored(request: HttpRequest, stored: dict) -> HttpResponse:
    """The stored response, with this request's nonce, or a 304 if the client has it."""
    chunks = stored["chunks"]
    content = get_nonce(request).encode().join(chunks) if len(chunks) > 1 else chunks[0]
    response = HttpResponse(content, status=stored["status"])
    for name, value in stored["headers"]:
        response.headers[name] = value
    return get_conditional_response(
        request,
        etag=response.headers.get("ETag"),
        last_modified=parse_http_date_safe(response.headers.get("Last-Modified", "")),
        response=response,
    )


_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()


class _building:
    """One build per key at a time in this process (single flight).

    Every save gives the story a new version, and with it new keys: without this, every thread
    that asks for the page before the first build ends builds it too, and a busy story's pages
    are rebuilt dozens of times a second. The others wait for the first and read its result.
    """

    def __init__(self, key: str) -> None:
        self.key = key
        with _locks_guard:
            self.lock = _locks.setdefault(key, threading.Lock())

    def __enter__(self) -> None:
        self.lock.acquire()

    def __exit__(self, *exc: object) -> None:
        self.lock.release()
        with _locks_guard:
            if _locks.get(self.key) is self.lock and not self.lock.locked():
                del _locks[self.key]


def cache_story_response(view: View | None = None, *, query: Iterable[str] = STORY_PAGE_QUERY):
    """Serve a story view's successful GET/HEAD answers from the cache until the story changes.

    The view takes the story's `slug`; its answer must depend only on the path, the `query`
    parameters, the headers in `VARYING_HEADERS` and Accept-Encoding (not on the user or
    cookies). Above a conditional view, a hit answers If-None-Match / If-Modified-Since from the
    stored ETag and date. Use bare (`@cache_story_response`: the story page's parameters) or
    with the parameters the view reads (`@cache_story_response(query=FILTER_PARAMS)`).
    """
    names = tuple(query)

    def decorate(view: View) -> View:
        @wraps(view)
        def wrapped(request: HttpRequest, *args, slug: str, **kwargs) -> HttpResponse:
            version = story_version(request, slug)
            if version is None or request.method not in ("GET", "HEAD"):
                return view(request, *args, slug=slug, **kwargs)
            key = response_key(request, version, names)
            cache = caches["story_responses"]
            if (stored := cache.get(key)) is not None:
                return _restored(request, stored)
            with _building(key):
                # Another thread may have built it while this one waited for the key.
                if (stored := cache.get(key)) is not None:
                    return _restored(request, stored)
                response = view(request, *args, slug=slug, **kwargs)
                if _cacheable(request, response):
                    stored = _stored(request, response)
                    cache.set(key, stored, timeout=settings.STORY_CACHE_SECONDS)
            return response

        return wrapped

    return decorate(view) if view is not None else decorate


@checks.register(checks.Tags.caches, deploy=True)
def check_cache_backends(app_configs, **kwargs) -> list[checks.CheckMessage]:
    """Several processes must share what they count and what they throttle.

    Story versions live in the database, so cached pages are never stale whatever the cache;
    but a per-process cache (local memory) holds one copy of every page per process, and login
    throttling counts per process. With several web processes or workers, share the cache.
    """
    backend = settings.CACHES["default"]["BACKEND"]
    processes = settings.WEB_CONCURRENCY > 1 or settings.TASKS_BACKEND == "database"
    if processes and backend.endswith("LocMemCache"):
        return [
            checks.Warning(
                "The cache is per process (local memory) while several processes serve the site "
                "(WEB_CONCURRENCY > 1 or TASKS_BACKEND=database).",
                hint="Set CACHE_URL to redis://… or db://table (after createcachetable).",
                id="stories.W001",
            )
        ]
    return []
