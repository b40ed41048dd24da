"""The Content-Security-Policy every response carries, and the one exception: embeds.

`settings.SECURE_CSP` is the site's policy (scripts only from us or with the request's nonce,
nothing framed, no plugins). Two things in it can only be known per request, because tests and
deployments change the tile settings after start-up: the map tile servers pages load images from
(`MAP_TILES_URL`, `EMBED_BASEMAPS`), and, on views marked `@frameable` (the embeds), which
sites may frame the page (`EMBED_FRAME_ANCESTORS`). This middleware writes the header from them,
with the request's nonce; the mark is on the view, not the response, so a response served from
the cache (stories/caching.py) is framed exactly like a fresh one.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.middleware.csp import ContentSecurityPolicyMiddleware as DjangoCSPMiddleware
from django.middleware.csp import get_nonce
from django.utils.csp import CSP, build_policy


def tile_origins() -> list[str]:
    """`scheme://host[:port]` of every tile server a map may draw, site default and embeds'."""
    urls = [settings.MAP_TILES_URL]
    urls += [tiles.get("url") for tiles in getattr(settings, "EMBED_BASEMAPS", {}).values()]
    origins = []
    for url in filter(None, urls):
        parts = urlsplit(url)
        if parts.scheme in {"http", "https"} and parts.netloc:
            origins.append(f"{parts.scheme}://{parts.netloc}")
    return sorted(set(origins))


def site_policy(*, frame_ancestors: list[str] | None = None) -> dict[str, list[str]]:
    """`SECURE_CSP`, its `img-src` widened to the tile servers and, if given, who may frame."""
    policy = {directive: list(values) for directive, values in settings.SECURE_CSP.items()}
    policy["img-src"] = [*policy.get("img-src", []), *tile_origins()]
    if frame_ancestors is not None:
        policy["frame-ancestors"] = frame_ancestors or ["'none'"]
    return policy


def frame_ancestors() -> list[str]:
    """Who may frame the embeds (`EMBED_FRAME_ANCESTORS`, default any origin)."""
    return getattr(settings, "EMBED_FRAME_ANCESTORS", ["*"]) or ["'none'"]


def frameable(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Let `EMBED_FRAME_ANCESTORS` frame this view's pages (the rest of the policy stands)."""
    view.csp_frameable = True
    return view


def _is_frameable(request: HttpRequest) -> bool:
    match = getattr(request, "resolver_match", None)
    return bool(match and getattr(match.func, "csp_frameable", False))


class ContentSecurityPolicyMiddleware(DjangoCSPMiddleware):
    """Django's CSP middleware, with the site policy computed from the settings of the moment."""

    def process_response(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        header = str(CSP.HEADER_ENFORCE)  # WSGI servers take header names as plain str only
        if settings.SECURE_CSP and header not in response:
            framing = frame_ancestors() if _is_frameable(request) else None
            policy = site_policy(frame_ancestors=framing)
            response.headers[header] = build_policy(policy, get_nonce(request))
        return super().process_response(request, response)
