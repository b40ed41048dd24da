"""A hostile server cannot hold a fetch past its overall deadline, headers included.

The servers here are real sockets on 127.0.0.1 that trickle one byte at a time, each byte well
inside the per-operation timeout, so only a deadline on the whole fetch can stop them.
"""

import contextlib
import socket
import socketserver
import threading
import time
from collections.abc import Iterator

import pytest

from stories.ingestion.fetch import fetch_url
from stories.ingestion.records import IngestionError

TRICKLE_EVERY = 0.2  # seconds between bytes: well inside the 1 s per-operation timeout
SERVER_GIVES_UP_AFTER = 12.0  # so a broken client fails the test instead of hanging it


class _Trickler(socketserver.BaseRequestHandler):
    """Reads the request, writes ``prefix`` at once, then ``trickle`` a byte at a time."""

    prefix = b""
    trickle = b""

    def handle(self) -> None:
        self.request.recv(65536)
        started = time.monotonic()
        with contextlib.suppress(OSError):
            self.request.sendall(self.prefix)
            for byte in self.trickle:
                if time.monotonic() - started > SERVER_GIVES_UP_AFTER:
                    return
                time.sleep(TRICKLE_EVERY)
                self.request.sendall(bytes([byte]))


def _serve(prefix: bytes, trickle: bytes) -> Iterator[str]:
    handler = type("Handler", (_Trickler,), {"prefix": prefix, "trickle": trickle})
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}/article"
    server.shutdown()
    server.server_close()


@pytest.fixture
def slow_body_server() -> Iterator[str]:
    """Headers at once, then a 200-byte body one byte every 0.2 s (40 s in all)."""
    headers = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 200\r\n\r\n"
    yield from _serve(headers, b"x" * 200)


@pytest.fixture
def endless_headers_server() -> Iterator[str]:
    """A status line, then header bytes one every 0.2 s, never reaching the blank line."""
    yield from _serve(b"HTTP/1.1 200 OK\r\n", b"X-Padding: " + b"a" * 500)


def _timed_fetch(url: str) -> tuple[float, IngestionError]:
    started = time.monotonic()
    with pytest.raises(IngestionError) as caught:
        fetch_url(url, timeout=1.0, total_timeout=2.0, allow_private=True)
    return time.monotonic() - started, caught.value


def test_a_body_trickled_a_byte_at_a_time_stops_at_the_overall_deadline(slow_body_server):
    elapsed, error = _timed_fetch(slow_body_server)

    assert elapsed < 4.0
    assert "timed out" in error.problem


def test_headers_that_never_end_stop_at_the_overall_deadline(endless_headers_server):
    elapsed, error = _timed_fetch(endless_headers_server)

    assert elapsed < 4.0
    assert "timed out" in error.problem


def test_the_deadline_message_names_the_whole_download(slow_body_server):
    _elapsed, error = _timed_fetch(slow_body_server)

    assert error.problem == "timed out: the whole download took longer than 2 s"


def test_a_fast_fetch_leaves_no_timer_behind():
    with socket.create_server(("127.0.0.1", 0)) as listener:
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/"
        threading.Thread(target=_answer_once, args=(listener,), daemon=True).start()
        before = threading.active_count()

        body, _type, _url = fetch_url(url, timeout=1.0, total_timeout=30.0, allow_private=True)

    assert body == b"ok"
    assert threading.active_count() <= before


def _answer_once(listener: socket.socket) -> None:
    connection, _ = listener.accept()
    with connection:
        connection.recv(65536)
        connection.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n"
            b"Connection: close\r\n\r\nok"
        )
