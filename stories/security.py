"""The Content-Security-Policy every response carries, and the one exception: embeds.

`settings.SECURE_CSP` is the site's policy (scripts only from us or with the request's nonce,
nothing framed, no plugins). Two things in it can only be known per request, because tests and
deployments change the tile settings after start-up: the map tile servers pages load images from
(`MAP_TILES_URL`, `EMBED_BASEMAPS`), and, on embeds, which sites may frame the page
(`EMBED_FRAME_ANCESTORS`). This middleware adds them to Django's own CSP middleware.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.middleware.csp import ContentSecurityPolicyMiddleware as DjangoCSPMiddleware


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


def allow_framing(response: HttpResponse, *, by: list[str]) -> HttpResponse:
    """Let the listed origins frame this response (the rest of the site's policy stands)."""
    # The attribute Django's own `csp_override` decorator sets; read at request time here.
    response._csp_config = site_policy(frame_ancestors=by)
    return response


class ContentSecurityPolicyMiddleware(DjangoCSPMiddleware):
    """Django's CSP middleware, with the site policy computed from the settings of the moment."""

    def process_response(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        if settings.SECURE_CSP and not hasattr(response, "_csp_config"):
            response._csp_config = site_policy()
        return super().process_response(request, response)
