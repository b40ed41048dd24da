"""Which URLs a page may claim: canonical identity and the scheme allow-list for emitted URLs.

A page's ``<link rel=canonical>`` (or a feed entry's link, a WordPress post's ``link``) decides
which stored article it updates, so a page must not be able to claim another outlet's URL: a page
served by ``evil.example`` declaring ``https://apnews.com/...`` would otherwise replace the AP
article. A claim is trusted only when its host is the host the page was fetched from, or one the
operator declared an alias of it (``INGEST_HOST_ALIASES``); anything else is kept for the record
and ignored for identity. Input with no fetch origin (a file, an upload, pasted text) was chosen
by the operator or an editor, who vouch for it.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings

from stories.weblinks import safe_url


def _host(url: str) -> str:
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host.lower().rstrip(".").removeprefix("www.")


def _aliases(host: str) -> set[str]:
    """``host`` and every host declared the same outlet in ``INGEST_HOST_ALIASES``."""
    same = {host}
    for group in settings.INGEST_HOST_ALIASES:
        hosts = {h.lower().removeprefix("www.") for h in group}
        if host in hosts:
            same |= hosts
    return same


def same_outlet(url: str, origin: str) -> bool:
    """True when ``url`` is on the host of ``origin`` or on a declared alias of it."""
    host, origin_host = _host(url), _host(origin)
    return bool(host) and bool(origin_host) and host in _aliases(origin_host)


def split_canonical(claimed: str, *, origin: str | None) -> tuple[str, str]:
    """``(trusted, untrusted)``: the claimed canonical URL goes to exactly one of the two.

    ``origin`` is the URL the page was fetched from (after redirects), None for local input.
    """
    claimed = safe_url(claimed.strip()) or ""
    if not claimed:
        return "", ""
    if origin is None or same_outlet(claimed, origin):
        return claimed, ""
    return "", claimed
