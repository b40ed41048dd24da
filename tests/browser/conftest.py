"""Browser fixtures: Debian's Chromium driven by Playwright against pytest-django's live server.

No test touches the internet: map tiles come from a loopback tile server set as MAP_TILES_URL,
and every request the page makes is recorded so a test can check where it went. Each test
leaves a screenshot in test-artifacts/.
"""

import contextlib
import os
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.browser.story_seed import SeedStory, make_seed_story

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# The smallest valid PNG: one transparent pixel, stretched over every tile.
TILE_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


class TileServer:
    """Serves the same tiny PNG for any path, and remembers which tiles were asked for."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        tiles = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                tiles.requests.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(TILE_PNG)))
                self.end_headers()
                # the page may move on before its tile arrives: a browser's right
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(TILE_PNG)

            def log_message(self, *args) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()

    @property
    def host(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"{host}:{port}"

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


@pytest.fixture(scope="session")
def tile_server() -> Iterator[TileServer]:
    server = TileServer()
    yield server
    server.close()


@pytest.fixture(autouse=True)
def _tiles_from_loopback(settings, tile_server: TileServer) -> None:
    settings.MAP_TILES_URL = f"http://{tile_server.host}/tiles/{{z}}/{{x}}/{{y}}.png"
    settings.MAP_TILES_ATTRIBUTION = "Test tiles"
    settings.MAP_TILES_HOST = tile_server.host


@pytest.fixture(scope="session")
def _plain_http_live_server() -> Iterator[None]:
    """The live server's middleware reads settings once, when it starts: make it plain HTTP."""
    from django.test import override_settings

    with override_settings(SECURE_SSL_REDIRECT=False):
        yield


@pytest.fixture(scope="session")
def live_server(_plain_http_live_server, live_server):
    return live_server


@pytest.fixture(scope="module")
def chromium():
    """One browser per test module.

    Playwright's sync API runs an event loop in the test thread, so Django's async-safety check
    would refuse the ORM calls tests make there; it is switched off only while the browser runs,
    so nothing else (a `check --deploy` subprocess, say) inherits the setting.
    """
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing: install Debian's chromium package"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@dataclass
class BrowserLog:
    """What a page did besides rendering: console errors, uncaught exceptions, requests."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def hosts(self) -> set[str]:
        return {urlsplit(url).netloc for url in self.requests if urlsplit(url).scheme != "data"}


@pytest.fixture
def browser_log() -> BrowserLog:
    return BrowserLog()


@pytest.fixture
def page(request, chromium, browser_log: BrowserLog):
    """A fresh browser tab, desktop-sized unless the test asks for `viewport` via a marker."""
    marker = request.node.get_closest_marker("viewport")
    width, height = marker.args if marker else (1280, 800)
    context = chromium.new_context(viewport={"width": width, "height": height})
    tab = context.new_page()
    tab.set_default_timeout(10_000)
    tab.on(
        "console",
        lambda message: (
            browser_log.console_errors.append(message.text) if message.type == "error" else None
        ),
    )
    tab.on("pageerror", lambda error: browser_log.page_errors.append(str(error)))
    tab.on("request", lambda req: browser_log.requests.append(req.url))
    yield tab
    ARTIFACTS.mkdir(exist_ok=True)
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.name)
    try:
        tab.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)
    finally:
        context.close()


@pytest.fixture
def seed(transactional_db) -> SeedStory:
    return make_seed_story()


@pytest.fixture
def open_story(page, live_server):
    """Open a story's page (with an optional query or fragment) and wait for its map's events."""

    def open_(seed: SeedStory, suffix: str = ""):
        page.goto(f"{live_server.url}{seed.story.get_absolute_url()}{suffix}")
        page.wait_for_function("() => document.documentElement?.dataset.mapReady === 'true'")
        return page

    return open_


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "viewport(width, height): the browser window's size")
