"""fetch_url against a real loopback HTTP server (no internet needed)."""

import contextlib
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from stories.ingestion import fetch
from stories.ingestion.fetch import check_url, fetch_url
from stories.ingestion.readers import read_url
from stories.ingestion.records import IngestionError

PAGE = (Path(__file__).parent / "data" / "ingestion" / "news_page.html").read_bytes()


class Handler(BaseHTTPRequestHandler):
    def _send(self, status, content_type, body, length=True):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        # The client may give up first (size cap, timeout): that is expected.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def do_GET(self):
        if self.path == "/article.html":
            self._send(200, "text/html; charset=utf-8", PAGE)
        elif self.path == "/redirect-local":
            self.send_response(302)
            self.send_header("Location", "/article.html")
            self.end_headers()
        elif self.path == "/redirect-metadata":
            self.send_response(302)
            self.send_header("Location", "http://169.254.169.254/latest/meta-data/")
            self.end_headers()
        elif self.path == "/big":
            self._send(200, "text/plain", b"x" * 5000)
        elif self.path == "/big-stream":
            self._send(200, "text/plain", b"y" * 5000, length=False)
        elif self.path == "/image.png":
            self._send(200, "image/png", b"\x89PNG\r\n\x1a\n")
        elif self.path == "/slow":
            time.sleep(1.0)
            self._send(200, "text/plain", b"late")
        else:
            self._send(404, "text/plain", b"not found")

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    host, port = httpd.server_address[:2]
    yield f"http://{host}:{port}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def loopback_counts_as_public(monkeypatch):
    """Pretend 127.0.0.1 is a public web server so redirects away from it
    can be tested offline; every other address keeps the real rules."""
    real = fetch._is_public
    monkeypatch.setattr(fetch, "_is_public", lambda a: a == "127.0.0.1" or real(a))


def test_fetch_returns_body_content_type_and_final_url(server):
    url = f"{server}/article.html"

    body, content_type, final_url = fetch_url(url, allow_private=True)

    assert body == PAGE
    assert content_type == "text/html; charset=utf-8"
    assert final_url == url


def test_redirects_are_followed_and_final_url_reported(server):
    url = f"{server}/redirect-local"

    _, _, final_url = fetch_url(url, allow_private=True)

    assert final_url == f"{server}/article.html"


def test_fetched_page_reads_into_a_record(server):
    url = f"{server}/article.html"

    record = read_url(url, allow_private=True)[0]

    assert record.title == "Heatwave grounds flights in Athens"
    assert record.source == url


def test_loopback_address_is_refused_without_allow_private(server):
    url = f"{server}/article.html"

    with pytest.raises(IngestionError) as caught:
        fetch_url(url)

    assert (
        str(caught.value) == f"{url}: refused: 127.0.0.1 resolves to non-public address 127.0.0.1"
    )


def test_localhost_name_is_refused_without_allow_private():
    url = "http://localhost/admin/"

    with pytest.raises(IngestionError, match="non-public address"):
        check_url(url)


def test_redirect_to_a_private_address_is_refused(server, loopback_counts_as_public):
    url = f"{server}/redirect-metadata"

    with pytest.raises(IngestionError) as caught:
        fetch_url(url)

    assert str(caught.value).startswith(
        f"{url}: redirect to http://169.254.169.254/latest/meta-data/ refused: "
    )


def test_public_check_passes_the_first_hop_in_redirect_test(server, loopback_counts_as_public):
    url = f"{server}/article.html"

    body, _, _ = fetch_url(url)

    assert body == PAGE


def test_size_cap_from_content_length(server):
    url = f"{server}/big"

    with pytest.raises(IngestionError) as caught:
        fetch_url(url, allow_private=True, max_bytes=1000)

    assert "larger than 1000 bytes" in str(caught.value)


def test_size_cap_while_streaming_without_content_length(server):
    url = f"{server}/big-stream"

    with pytest.raises(IngestionError) as caught:
        fetch_url(url, allow_private=True, max_bytes=1000)

    assert str(caught.value) == f"{url}: larger than 1000 bytes"


def test_default_size_cap_message_names_10_mb():
    size = 10 * 1024 * 1024

    text = fetch.human_size(size)

    assert text == "10 MB"


def test_image_content_type_is_refused(server):
    url = f"{server}/image.png"

    with pytest.raises(IngestionError) as caught:
        fetch_url(url, allow_private=True)

    assert str(caught.value) == (
        f"{url}: unsupported content type 'image/png': expected HTML, XML, JSON or text"
    )


def test_http_404_is_a_clear_error(server):
    url = f"{server}/missing"

    with pytest.raises(IngestionError) as caught:
        fetch_url(url, allow_private=True)

    assert str(caught.value) == f"{url}: HTTP error 404 Not Found"


def test_slow_server_times_out(server):
    url = f"{server}/slow"

    with pytest.raises(IngestionError) as caught:
        fetch_url(url, allow_private=True, timeout=0.2)

    assert str(caught.value) == f"{url}: timed out after 0.2 s"


def test_unreachable_port_is_a_clear_error():
    url = "http://127.0.0.1:9/"

    with pytest.raises(IngestionError, match="cannot connect"):
        fetch_url(url, allow_private=True, timeout=2)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "gopher://x/"])
def test_non_http_schemes_are_refused(url):
    target = url

    with pytest.raises(IngestionError, match="unsupported URL scheme"):
        check_url(target)


@pytest.mark.parametrize(
    "address",
    [
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "127.0.0.1",
        "169.254.169.254",
        "224.0.0.1",
        "0.0.0.0",
        "100.64.0.1",
        "240.0.0.1",
        "::1",
        "fe80::1",
        "fc00::1",
        "::ffff:127.0.0.1",
        "ff02::1",
    ],
)
def test_non_public_addresses_are_recognised(address):
    ip = address

    public = fetch._is_public(ip)

    assert public is False


@pytest.mark.parametrize("address", ["8.8.8.8", "1.1.1.1", "2606:4700:4700::1111"])
def test_public_addresses_are_allowed(address):
    ip = address

    public = fetch._is_public(ip)

    assert public is True


def test_ip_literal_private_url_is_refused_without_dns():
    url = "http://[::1]:8000/"

    with pytest.raises(IngestionError, match="non-public address ::1"):
        check_url(url)
