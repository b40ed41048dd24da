"""The story page at 1,000 / 10,000 / 100,000 events in a real browser (`make bench`).

For each size a generated story is served by a live server on loopback and opened in Debian's
Chromium (Playwright). Figures, printed side by side, never asserted:

- ready_ms: from navigation until the map's data is drawn (`data-map-ready`) with the first
  page of the chronology on screen;
- wire_gzip_bytes: every response the page loads (HTML, map data, scripts, styles, the world
  outline), gzipped as a production server sends them; tiles aside (there are none here);
- js_heap_mb: the page's JavaScript heap once ready, after a garbage collection.
"""

from __future__ import annotations

import contextlib
import gzip
import os
import time
from pathlib import Path

from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.db import connections
from django.test import override_settings
from django.test.testcases import LiveServerThread

from benchmarks.pages import generate_story

CHROMIUM = Path("/usr/bin/chromium")
SIZES = (1_000, 10_000, 100_000)
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def places_for(events: int) -> int:
    """Places grow with a story, far slower than its events."""
    return max(20, min(events // 10, 2_000))


def start_live_server() -> LiveServerThread:
    """Django's own live server thread, sharing this process's (test) database."""
    overrides = {}
    for conn in connections.all():
        if conn.vendor == "sqlite" and conn.is_in_memory_db():
            conn.inc_thread_sharing()  # an in-memory database lives in this one connection
            overrides[conn.alias] = conn
    server = LiveServerThread("127.0.0.1", StaticFilesHandler, connections_override=overrides)
    server.daemon = True
    server.start()
    server.is_ready.wait()
    if server.error:
        raise server.error
    return server


def measure(page, url: str) -> dict:
    bodies: list[bytes] = []

    def keep(response) -> None:
        with contextlib.suppress(Exception):  # a redirect or an aborted request has no body
            bodies.append(response.body())

    page.on("response", keep)
    started = time.perf_counter()
    page.goto(url)
    page.wait_for_function(
        "() => document.documentElement.dataset.mapReady === 'true'"
        " && document.querySelector('#chronology .event') !== null",
        timeout=120_000,
    )
    ready_ms = (time.perf_counter() - started) * 1000
    page.wait_for_load_state("networkidle")
    page.remove_listener("response", keep)
    cdp = page.context.new_cdp_session(page)
    cdp.send("HeapProfiler.collectGarbage")
    cdp.send("Performance.enable")
    metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
    return {
        "ready_ms": round(ready_ms),
        "requests": len(bodies),
        "wire_gzip_bytes": sum(len(gzip.compress(body)) for body in bodies),
        "js_heap_mb": round(metrics["JSHeapUsedSize"] / 2**20, 1),
        "markers": page.evaluate("window.newsmap.markers.size"),
    }


def bench_browser_story_page(sizes: tuple[int, ...] = SIZES) -> dict:
    """Figures per size; {"skipped": reason} without Chromium."""
    if not CHROMIUM.exists():
        return {"skipped": f"{CHROMIUM} is missing"}
    from playwright.sync_api import sync_playwright

    results: dict[str, dict] = {}
    with override_settings(
        MAP_TILES_URL=None, MAP_TILES_HOST="", DEBUG=False, ALLOWED_HOSTS=["127.0.0.1"],
        SECURE_SSL_REDIRECT=False,
        STORAGES={
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        },
    ):  # fmt: skip
        stories = {
            events: generate_story(
                events=events, places=places_for(events), slug=f"browser-bench-{events}"
            )
            for events in sizes
        }
        server = start_live_server()
        # Playwright's sync API runs an event loop in this thread; the ORM calls here are safe.
        previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
                )
                for events, story in stories.items():
                    context = browser.new_context(viewport={"width": 1440, "height": 900})
                    page = context.new_page()
                    url = f"http://127.0.0.1:{server.port}{story.get_absolute_url()}"
                    results[f"{events:,} events"] = measure(page, url)
                    context.close()
                browser.close()
        finally:
            if previous is None:
                os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
            server.terminate()
        # The stories stay: the bench's database is thrown away, and deleting 100,000 events
        # one history row at a time would take longer than the measurement.
    return results
