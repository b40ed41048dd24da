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

A per-operation socket timeout does not bound a fetch: a server that sends one byte every few
seconds (or never finishes its headers) keeps every single ``recv`` inside it.  So the whole
fetch, connect and headers included, runs under one deadline: when it passes, a watchdog shuts
the connection's sockets down, which ends whatever read is blocked at that moment.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import socket
import threading
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


class _Deadline:
    """Shuts down every socket it watches once ``seconds`` have passed.

    ``shutdown`` (unlike ``close``) wakes a thread blocked in ``recv`` on the same socket, so
    the read in progress ends at once, whatever the server is doing.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()
        self._timer.join()

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                self._shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                self._shut(sock)

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        # Already closed, or detached by the TLS wrapper (its TLS twin is watched too).
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


def _guarded_create_connection(allow_private: bool, url_holder: list[str], deadline: _Deadline):
    """socket.create_connection that refuses non-public peers after connect."""

    def create_connection(address, *args, **kwargs):
        sock = socket.create_connection(address, *args, **kwargs)
        deadline.watch(sock)
        if not allow_private:
            peer = sock.getpeername()[0]
            if not _is_public(peer):
                sock.close()
                problem = f"refused: connected to non-public address {peer}"
                raise IngestionError(url_holder[0], problem)
        return sock

    return create_connection


def _handlers(
    allow_private: bool, url_holder: list[str], deadline: _Deadline
) -> list[urllib.request.BaseHandler]:
    guard = _guarded_create_connection(allow_private, url_holder, deadline)

    class GuardedHTTPConnection(http.client.HTTPConnection):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._create_connection = guard

    class GuardedHTTPSConnection(http.client.HTTPSConnection):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._create_connection = guard

        def connect(self):
            super().connect()
            deadline.watch(self.sock)  # the TLS socket replaced the plain one

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


def _read_capped(response, url: str, max_bytes: int) -> bytes:
    length = response.headers.get("Content-Length")
    if length and length.isdigit() and int(length) > max_bytes:
        raise IngestionError(url, f"larger than {human_size(max_bytes)} (Content-Length {length})")
    chunks: list[bytes] = []
    total = 0
    while total <= max_bytes:
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
    total_timeout: float | None = None,
    max_bytes: int = 10 * 1024 * 1024,
    allow_private: bool = False,
    user_agent: str = DEFAULT_USER_AGENT,
) -> tuple[bytes, str | None, str]:
    """Download ``url``; return ``(body, content_type, final_url)``.

    ``timeout`` bounds each network operation; ``total_timeout`` (3 x ``timeout`` unless
    given) bounds the whole fetch, redirects, headers and body included, so no server can
    hold an ingest longer.  Every failure is an IngestionError with one clear line.
    """
    check_url(url, allow_private=allow_private)
    total = 3 * timeout if total_timeout is None else total_timeout
    url_holder = [url]
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": user_agent,
            "Accept": "text/html,application/xhtml+xml,application/json,application/rss+xml,"
            "application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1",
            "Accept-Encoding": "identity",
        },
    )
    with _Deadline(total) as deadline:
        opener = urllib.request.build_opener(*_handlers(allow_private, url_holder, deadline))
        try:
            with opener.open(request, timeout=timeout) as response:
                final_url = response.geturl()
                content_type = response.headers.get("Content-Type")
                _check_content_type(final_url, content_type)
                body = _read_capped(response, final_url, max_bytes)
        except Exception as exc:
            if deadline.expired:  # whatever the cut socket raised, the cause is the deadline
                raise _overall_timeout(url_holder[0], total) from None
            raise _as_ingestion_error(exc, url_holder[0], timeout) from None
        if deadline.expired:  # a body without Content-Length ends quietly when cut
            raise _overall_timeout(url_holder[0], total)
    return body, content_type, final_url


def _overall_timeout(url: str, total: float) -> IngestionError:
    return IngestionError(url, f"timed out: the whole download took longer than {total:g} s")


def _as_ingestion_error(exc: Exception, url: str, timeout: float) -> Exception:
    """One clear line for every way a download fails; programming errors pass through."""
    if isinstance(exc, IngestionError):
        return exc
    if isinstance(exc, urllib.error.HTTPError):
        return IngestionError(url, f"HTTP error {exc.code} {exc.reason}")
    if isinstance(exc, urllib.error.URLError):
        reason = exc.reason
        if isinstance(reason, IngestionError):
            return reason
        if isinstance(reason, TimeoutError):
            return IngestionError(url, f"timed out after {timeout:g} s")
        return IngestionError(url, f"cannot connect: {reason}")
    if isinstance(exc, TimeoutError):
        return IngestionError(url, f"timed out after {timeout:g} s")
    if isinstance(exc, (http.client.HTTPException, OSError, ValueError)):
        return IngestionError(url, f"download failed: {type(exc).__name__}: {exc}")
    return exc
