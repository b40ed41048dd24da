"""Fetch an article URL safely with urllib.

Ingesting URLs given by users is a server-side request forgery risk: a URL
(or a redirect from an innocent-looking one) can point at the database, the
cloud metadata service or the admin on localhost.  So, unless
``allow_private`` is set:

* only http/https, no proxies (a proxy would hide where we connect);
* the host is resolved with getaddrinfo and EVERY address must be public
  (not private, loopback, link-local, multicast, reserved, unspecified,
  shared or otherwise non-global);
* the address actually connected to is checked again (closes the gap
  between our lookup and the one urllib does, i.e. DNS rebinding);
* every redirect is validated the same way before it is followed.

Bodies are streamed and cut at ``max_bytes + 1`` so a huge or endless
response cannot exhaust memory; the content type must be a text type.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import time
import urllib.error
import urllib.request
from urllib.parse import urlsplit

from .records import IngestionError

DEFAULT_USER_AGENT = "NewsmapBot/0.1 (+news timeline ingestion; urllib)"
MAX_REDIRECTS = 5
_CHUNK = 64 * 1024
_ACCEPTED_SUBTYPES = {
    "json",
    "xml",
    "xhtml+xml",
    "rss+xml",
    "atom+xml",
    "rdf+xml",
    "ld+json",
    "feed+json",
}


def human_size(n: int) -> str:
    """ "10 MB" for the default cap, exact bytes for odd test caps."""
    mib = 1024 * 1024
    if n >= mib and n % mib == 0:
        return f"{n // mib} MB"
    if n >= 1024 and n % 1024 == 0:
        return f"{n // 1024} KB"
    return f"{n} bytes"


def _is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        mapped = ip.ipv4_mapped or ip.sixtofour
        if mapped is not None:
            ip = mapped
    return not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or not ip.is_global
    )


def check_url(url: str, *, allow_private: bool = False) -> None:
    """Raise IngestionError unless ``url`` is http(s) to public addresses."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        scheme = parts.scheme or "(none)"
        raise IngestionError(url, f"unsupported URL scheme {scheme!r}: only http and https")
    host = parts.hostname
    if not host:
        raise IngestionError(url, "URL has no host name")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise IngestionError(url, "invalid port in URL") from None
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise IngestionError(url, f"cannot resolve host {host!r}: {exc}") from None
    for info in infos:
        address = str(info[4][0])
        if not _is_public(address):
            raise IngestionError(url, f"refused: {host} resolves to non-public address {address}")


def _guarded_create_connection(allow_private: bool, url_holder: list[str]):
    """socket.create_connection that refuses non-public peers after connect."""

    def create_connection(address, *args, **kwargs):
        sock = socket.create_connection(address, *args, **kwargs)
        if not allow_private:
            peer = sock.getpeername()[0]
            if not _is_public(peer):
                sock.close()
                problem = f"refused: connected to non-public address {peer}"
                raise IngestionError(url_holder[0], problem)
        return sock

    return create_connection


def _handlers(allow_private: bool, url_holder: list[str]) -> list[urllib.request.BaseHandler]:
    guard = _guarded_create_connection(allow_private, url_holder)

    class GuardedHTTPConnection(http.client.HTTPConnection):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._create_connection = guard

    class GuardedHTTPSConnection(http.client.HTTPSConnection):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._create_connection = guard

    class GuardedHTTPHandler(urllib.request.HTTPHandler):
        def http_open(self, req):
            return self.do_open(GuardedHTTPConnection, req)

    class GuardedHTTPSHandler(urllib.request.HTTPSHandler):
        def https_open(self, req):
            return self.do_open(GuardedHTTPSConnection, req, context=self._context)

    class ValidatingRedirectHandler(urllib.request.HTTPRedirectHandler):
        max_redirections = MAX_REDIRECTS

        def redirect_request(self, req, fp, code, msg, headers, newurl):
            # Validate BEFORE following: a public page may redirect inward.
            try:
                check_url(newurl, allow_private=allow_private)
            except IngestionError as exc:
                problem = f"redirect to {newurl} refused: {exc.problem.removeprefix('refused: ')}"
                raise IngestionError(req.full_url, problem) from None
            url_holder[0] = newurl
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    return [
        urllib.request.ProxyHandler({}),
        GuardedHTTPHandler(),
        GuardedHTTPSHandler(),
        ValidatingRedirectHandler(),
    ]


def _check_content_type(url: str, content_type: str | None) -> None:
    if not content_type:
        return  # unknown: let the sniffer decide
    mime = content_type.split(";", 1)[0].strip().lower()
    main, _, sub = mime.partition("/")
    if main == "text" or sub in _ACCEPTED_SUBTYPES or sub.endswith(("+xml", "+json")):
        return
    problem = f"unsupported content type {mime!r}: expected HTML, XML, JSON or text"
    raise IngestionError(url, problem)


def _read_capped(response, url: str, max_bytes: int, deadline: float) -> bytes:
    length = response.headers.get("Content-Length")
    if length and length.isdigit() and int(length) > max_bytes:
        raise IngestionError(url, f"larger than {human_size(max_bytes)} (Content-Length {length})")
    chunks: list[bytes] = []
    total = 0
    while total <= max_bytes:
        if time.monotonic() > deadline:
            raise IngestionError(url, "timed out while reading the response")
        chunk = response.read(min(_CHUNK, max_bytes + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    if total > max_bytes:
        raise IngestionError(url, f"larger than {human_size(max_bytes)}")
    return b"".join(chunks)


def fetch_url(
    url: str,
    *,
    timeout: float = 10.0,
    max_bytes: int = 10 * 1024 * 1024,
    allow_private: bool = False,
    user_agent: str = DEFAULT_USER_AGENT,
) -> tuple[bytes, str | None, str]:
    """Download ``url``; return ``(body, content_type, final_url)``.

    ``timeout`` bounds each network operation and (x3) the whole body read.
    Every failure is an IngestionError with one clear line.
    """
    check_url(url, allow_private=allow_private)
    url_holder = [url]
    opener = urllib.request.build_opener(*_handlers(allow_private, url_holder))
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": user_agent,
            "Accept": "text/html,application/xhtml+xml,application/json,application/rss+xml,"
            "application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1",
            "Accept-Encoding": "identity",
        },
    )
    deadline = time.monotonic() + 3 * timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            final_url = response.geturl()
            content_type = response.headers.get("Content-Type")
            _check_content_type(final_url, content_type)
            body = _read_capped(response, final_url, max_bytes, deadline)
    except IngestionError:
        raise
    except urllib.error.HTTPError as exc:
        raise IngestionError(url_holder[0], f"HTTP error {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, IngestionError):
            raise reason from None
        if isinstance(reason, TimeoutError):
            raise IngestionError(url_holder[0], f"timed out after {timeout:g} s") from None
        raise IngestionError(url_holder[0], f"cannot connect: {reason}") from None
    except TimeoutError:
        raise IngestionError(url_holder[0], f"timed out after {timeout:g} s") from None
    except (http.client.HTTPException, OSError, ValueError) as exc:
        problem = f"download failed: {type(exc).__name__}: {exc}"
        raise IngestionError(url_holder[0], problem) from None
    return body, content_type, final_url
