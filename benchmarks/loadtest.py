"""A bounded load test of the served app on loopback (`make load`; figures printed, not asserted).

gunicorn serves Newsmap on 127.0.0.1 (a free port) from a throwaway database holding a generated
story of 2,000 events. For a fixed time, `clients` threads each fetch, one request after
another, the story page, a timeline partial, the embed and the GeoJSON export (as a browser
would: gzip accepted, no conditional requests), while an editor thread saves an event every
second through the ORM (so the cached pages are invalidated under load) and a worker thread adds
a place and geocodes the story's pending places (the geocoding job's own function) every two
seconds. The cache is the database's, shared by every process, so their saves reach gunicorn.

With ``random_query_share`` (`--random-query-share`), that share of the clients add a random
unknown parameter to every request (``?x=<random>``), as crawlers and cache-busting scripts do;
their figures are reported apart ("<endpoint> ?random"), so one run shows whether unknown
parameters bypass the cache.

Reported per endpoint: requests, errors (any status but 200, or a failed connection), p50, p95
and p99 latency in milliseconds and requests per second.
"""

from __future__ import annotations

import http.client
import itertools
import os
import secrets
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import close_old_connections, connection

from benchmarks.pages import generate_story
from stories.geocoding.job import geocode_places
from stories.models import Event, Place, Story

CACHE_TABLE = "newsmap_loadtest_cache"

#: Real place names the worker adds, so the gazetteer has something to find.
WORKER_PLACES = ("Lisbon", "Porto", "Madrid", "Seville", "Bilbao", "Valencia", "Coimbra", "Faro")


@dataclass
class EndpointFigures:
    latencies_ms: list[float] = field(default_factory=list)
    errors: int = 0
    error_samples: list[str] = field(default_factory=list)

    def summary(self, seconds: float) -> dict:
        ordered = sorted(self.latencies_ms)

        def percentile(p: float) -> float:
            if not ordered:
                return 0.0
            return round(ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))], 1)

        return {
            "requests": len(ordered) + self.errors,
            "errors": self.errors,
            "p50_ms": percentile(50),
            "p95_ms": percentile(95),
            "p99_ms": percentile(99),
            "mean_ms": round(statistics.fmean(ordered), 1) if ordered else 0.0,
            "req_per_s": round((len(ordered) + self.errors) / seconds, 1),
        }


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_url() -> str:
    """A URL for the database this process now uses (the throwaway test database)."""
    db = connection.settings_dict
    if db["ENGINE"] == "django.db.backends.sqlite3":
        return f"sqlite:///{db['NAME']}"
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return f"postgres://{db['USER']}{password}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


class Server:
    """gunicorn serving newsmap.wsgi on loopback, against the current database."""

    def __init__(self, *, workers: int, threads: int) -> None:
        self.port = free_port()
        env = {
            **os.environ,
            "DATABASE_URL": database_url(),
            "CACHE_URL": f"db://{CACHE_TABLE}",
            "DEBUG": "0",
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "0",
            "SECRET_KEY": settings.SECRET_KEY,
            "STATIC_ROOT": str(settings.STATIC_ROOT),
        }
        command = [
            str(Path(sys.executable).with_name("gunicorn")),
            "newsmap.wsgi",
            f"--bind=127.0.0.1:{self.port}",
            f"--workers={workers}",
            f"--threads={threads}",
            "--timeout=60",
            "--log-level=warning",
        ]
        self.process = subprocess.Popen(command, cwd=settings.BASE_DIR, env=env)

    def wait_until_up(self, path: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        status = None
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.process.returncode}")
            try:
                status, _ = get(self.port, path)
                if status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"gunicorn did not answer {path} with 200 in time (last: {status})")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def get(port: int, path: str, conn: http.client.HTTPConnection | None = None) -> tuple[int, int]:
    """GET `path` as a browser would (gzip accepted); the status and the body's size."""
    own = conn is None
    conn = conn or http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", path, headers={"Accept-Encoding": "gzip", "Host": "127.0.0.1"})
        response = conn.getresponse()
        body = response.read()
        return response.status, len(body)
    finally:
        if own:
            conn.close()


def endpoints(story: Story, *, include_embed: bool) -> dict[str, Callable[[int], str]]:
    """What readers fetch: name → the path for the n-th request of a client."""
    slug = story.slug
    paths: dict[str, Callable[[int], str]] = {
        "story page": lambda n: f"/stories/{slug}/",
        "timeline partial": lambda n: f"/stories/{slug}/timeline/?page={2 + n % 3}",
        "geojson export": lambda n: f"/stories/{slug}/events.geojson",
    }
    if include_embed:
        paths["embed"] = lambda n: f"/embed/stories/{slug}/"
    return paths


def with_random_query(path: str) -> str:
    """``path`` with an unknown parameter whose value no other request shares."""
    return f"{path}{'&' if '?' in path else '?'}x={secrets.token_hex(8)}"


def client_loop(
    port, paths, stop: threading.Event, figures, lock, offset: int, *, random_query: bool = False
) -> None:
    names = list(paths)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    for n in itertools.count(offset):
        if stop.is_set():
            break
        name = names[n % len(names)]
        path = paths[name](n)
        if random_query:
            path, name = with_random_query(path), f"{name} ?random"
        began = time.perf_counter()
        try:
            status, _ = get(port, path, conn)
            error = None if status == 200 else f"HTTP {status}"
        except (OSError, http.client.HTTPException) as exc:
            error = f"{type(exc).__name__}: {exc}"
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        elapsed = (time.perf_counter() - began) * 1000
        with lock:
            if error:
                figures[name].errors += 1
                if len(figures[name].error_samples) < 5:
                    figures[name].error_samples.append(error)
            else:
                figures[name].latencies_ms.append(elapsed)
    conn.close()


def editor_loop(story: Story, stop: threading.Event, saves: list[int]) -> None:
    """An editor correcting one event a second (each save invalidates the story's cache)."""
    ids = list(Event.objects.filter(story=story).values_list("pk", flat=True)[:200])
    for n in itertools.count():
        if stop.wait(1.0):
            break
        event = Event.objects.get(pk=ids[n % len(ids)])
        event.title = f"Generated event, corrected {n}"
        event.lock("title")
        event.save()
        saves.append(n)
    close_old_connections()
    connection.close()


def worker_loop(story: Story, stop: threading.Event, geocoded: list[int]) -> None:
    """A worker geocoding the places the pipeline keeps adding, every two seconds."""
    for n in itertools.count():
        if stop.wait(2.0):
            break
        Place.objects.create(story=story, name=WORKER_PLACES[n % len(WORKER_PLACES)])
        report = geocode_places(story_id=story.pk)
        geocoded.append(sum(report.outcomes.values()))
    connection.close()


def run_load_test(
    *,
    clients: int = 50,
    seconds: float = 60,
    events: int = 2000,
    workers: int = 4,
    threads: int = 4,
    random_query_share: float = 0.0,
    log: Callable[[str], None] = print,
) -> dict:
    """Serve, load, report. Expects a throwaway database (see the `loadtest` command).

    The first ``round(clients * random_query_share)`` clients send random query strings.
    """
    if not 0 <= random_query_share <= 1:
        raise ValueError(f"random_query_share must be between 0 and 1, not {random_query_share}")
    random_clients = round(clients * random_query_share)
    from django.core.management import call_command

    call_command("createcachetable", CACHE_TABLE, verbosity=0)
    # DEBUG off serves hashed static names from the manifest, as in production.
    call_command("collectstatic", interactive=False, verbosity=0)
    story = generate_story(events=events, slug="load-test")
    log(f"generated a story of {events} events; starting gunicorn")
    server = Server(workers=workers, threads=threads)
    try:
        server.wait_until_up(story.get_absolute_url())
        embed_status, _ = get(server.port, f"/embed/stories/{story.slug}/")
        paths = endpoints(story, include_embed=embed_status == 200)
        for path in paths.values():  # warm each process's imports, not the measurements
            get(server.port, path(0))
        figures: dict[str, EndpointFigures] = defaultdict(EndpointFigures)
        lock = threading.Lock()
        stop = threading.Event()
        saves: list[int] = []
        geocoded: list[int] = []
        background = [
            threading.Thread(target=editor_loop, args=(story, stop, saves)),
            threading.Thread(target=worker_loop, args=(story, stop, geocoded)),
        ]
        readers = [
            threading.Thread(
                target=client_loop,
                args=(server.port, paths, stop, figures, lock, i),
                kwargs={"random_query": i < random_clients},
            )
            for i in range(clients)
        ]
        log(f"{clients} clients for {seconds:g} s against 127.0.0.1:{server.port}")
        began = time.perf_counter()
        for thread in background + readers:
            thread.start()
        time.sleep(seconds)
        stop.set()
        for thread in readers + background:
            thread.join(timeout=60)
        elapsed = time.perf_counter() - began
    finally:
        server.stop()
    reported = [*paths, *(f"{name} ?random" for name in paths if random_clients)]
    return {
        "clients": clients,
        "random_query_clients": random_clients,
        "seconds": round(elapsed, 1),
        "events": events,
        "gunicorn": f"{workers} workers x {threads} threads",
        "embed": "measured" if "embed" in paths else f"skipped (HTTP {embed_status})",
        "editor_saves": len(saves),
        "places_geocoded": sum(geocoded),
        "endpoints": {name: figures[name].summary(elapsed) for name in reported},
        "error_samples": {n: f.error_samples for n, f in figures.items() if f.error_samples},
    }
