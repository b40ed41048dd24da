"""HTTP plumbing shared by the machine-readable views: conditional GETs and CORS.

Exports and the API are fetched again and again by embeds, feeds and scripts; most of those
fetches find nothing new, so they are answered with a 304 from one read of one row: the story's
version (`Story.version`, stories/versions.py), the same number that keys the cached pages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import wraps

from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import condition

from stories.caching import STORY_PAGE_QUERY, canonical_query
from stories.filters import FILTER_PARAMS
from stories.versions import story_version

#: Every query parameter a conditional story resource reads (the API's paging included).
CONDITIONAL_QUERY = (*STORY_PAGE_QUERY, *FILTER_PARAMS, "page_size")


def story_etag(request: HttpRequest, slug: str, **kwargs) -> str | None:
    """The ETag of this representation: the story's version, the path and the known parameters.

    Weak, because the same content is sent gzipped or not (both are "the same" to a cache
    revalidating it, which is all an ETag is for here).
    """
    version = story_version(request, slug)
    if version is None:
        return None
    return version.etag(f"{request.path}?{canonical_query(request, CONDITIONAL_QUERY)}")


def story_last_modified(request: HttpRequest, slug: str, **kwargs) -> dt.datetime | None:
    version = story_version(request, slug)
    return version.changed_at if version else None


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
