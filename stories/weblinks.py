"""The scheme allow-list for every URL the app emits (exports, API, hrefs).

URLs in articles come from third parties: a page can carry `javascript:` or `data:` links, and
a tool that renders our GeoJSON or API output as links would run them. So one check, used
wherever a URL leaves the app: only http and https pass.
"""

from __future__ import annotations

from urllib.parse import urlsplit

SAFE_URL_SCHEMES: frozenset[str] = frozenset({"http", "https"})


def safe_url(url: str | None) -> str | None:
    """``url`` when its scheme is http or https, else None.

    The scheme is read as a browser reads it (``urlsplit`` drops leading blanks and tabs
    inside, so ``" java\\tscript:"`` is still ``javascript``).
    """
    if not url or not isinstance(url, str):
        return None
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    return url if scheme in SAFE_URL_SCHEMES else None
