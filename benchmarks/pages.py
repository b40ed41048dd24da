"""Speed and size of the reader's story page at scale, for `make bench` (printed, not asserted).

`bench_story_page()` builds a generated story of 2,000 events inside a transaction it rolls back,
times the story page and a timeline partial through Django's test client (server time: URL
routing, middleware, queries and templates, no network), and adds up what a browser downloads
for the page apart from map tiles: the HTML, the map's GeoJSON and every script and stylesheet.
The embed (`/embed/stories/<slug>/`, map view, what a newsroom's page loads) is measured alike.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import re
import statistics
import time
from pathlib import Path

from django.contrib.staticfiles import finders
from django.core.cache import caches
from django.db import connection, transaction
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from stories.models import Article, Event, EventSource, Person, Place, Story

#: Reporting verbs as extraction records them (`Event.trigger`); three in ten move someone.
TRIGGER_CYCLE = (
    "say",
    "meet",
    "arrive",
    "announce",
    "hold",
    "sign",
    "leave",
    "call",
    "visit",
    "warn",
)

CERTAINTY_CYCLE = (
    [Event.Certainty.OCCURRED] * 6
    + [Event.Certainty.ONGOING, Event.Certainty.PLANNED]
    + [Event.Certainty.EXPECTED, Event.Certainty.SPECULATED, Event.Certainty.DENIED]
)


def generate_story(*, events: int = 2000, places: int = 200, slug: str = "generated") -> Story:
    """A story of `events` events spread over `places` places, two outlets and a dozen people.

    Most events are dated to the day; some only to the month or year, a few are undated, a few
    have no place; one place in twenty is an estimated position with an uncertainty radius.
    """
    story = Story.objects.create(slug=slug, title=f"Generated story of {events} events")
    run = hashlib.sha256(f"{slug}:{time.time_ns()}".encode()).hexdigest()[:12]
    articles = [
        Article.objects.create(
            story=story,
            title=f"Report {n}",
            outlet=("coast.example", "harbour.example")[n % 2],
            canonical_url=f"https://news.example/{run}/{n}",
            input_format=Article.Format.TEXT,
            source=f"generated-{n}.txt",
            raw="generated",
            text="generated",
            content_hash=hashlib.sha256(f"{run}:{n}".encode()).hexdigest(),
        )
        for n in range(10)
    ]
    pins = Place.objects.bulk_create(
        Place(
            story=story,
            name=f"Generated place {n}",
            latitude=40 + (n % 20) * 0.5,
            longitude=-10 + (n // 20) * 1.5,
            status=Place.Status.ESTIMATED if n % 20 == 0 else Place.Status.RESOLVED,
            radius_km=25 if n % 20 == 0 else None,
        )
        for n in range(places)
    )
    people = [Person.objects.get_or_create(name=f"Generated person {n}")[0] for n in range(12)]
    start = dt.date(2023, 1, 1)
    rows = []
    for n in range(events):
        precision = Event.Precision.DAY
        date = start + dt.timedelta(days=n // 5)
        if n % 50 == 7:
            precision, date = Event.Precision.MONTH, date.replace(day=1)
        elif n % 97 == 3:
            precision, date = Event.Precision.UNKNOWN, None
        rows.append(
            Event(
                story=story,
                title=f"Generated event {n}",
                trigger=TRIGGER_CYCLE[n % len(TRIGGER_CYCLE)],
                summary=f"What happened in generated event {n}, as the reports describe it.",
                date_start=date,
                date_precision=precision,
                certainty=CERTAINTY_CYCLE[n % len(CERTAINTY_CYCLE)],
                place=None if n % 89 == 5 else pins[(n * 7) % places],
            )
        )
    created = Event.objects.bulk_create(rows)
    EventSource.objects.bulk_create(
        EventSource(
            event=event,
            article=articles[(n + k) % len(articles)],
            quote=f"Quoted words about generated event {n}.",
            start=k * 100,
            end=k * 100 + 40,
        )
        for n, event in enumerate(created)
        for k in range(1 + n % 2)
    )
    Event.people.through.objects.bulk_create(
        Event.people.through(event_id=event.pk, person_id=people[n % len(people)].pk)
        for n, event in enumerate(created)
        if n % 3 == 0
    )
    return story


def _timed(client: Client, url: str, *, runs: int, **headers) -> tuple[float, bytes, int]:
    """Median milliseconds of `runs` GETs, the last body, and the queries of one request.

    Every run starts from an empty cache: this is the cost of building the response, which a
    reader pays after each editor's save. (A cache hit costs about a millisecond.)
    """
    timings = []
    body = b""
    for _ in range(runs):
        for cache in caches.all():
            cache.clear()
        began = time.perf_counter()
        response = client.get(url, secure=True, **headers)
        timings.append((time.perf_counter() - began) * 1000)
        assert response.status_code == 200, (url, response.status_code)
        body = response.content
    for cache in caches.all():
        cache.clear()
    with CaptureQueriesContext(connection) as queries:
        client.get(url, secure=True, **headers)
    return statistics.median(timings), body, len(queries)


def page_assets(html: str) -> list[str]:
    """The same-origin scripts and stylesheets a page links to (tiles are not in the HTML)."""
    return re.findall(r'(?:src|href)="(/static/[^"]+\.(?:js|css))"', html)


def static_size(url: str) -> int:
    path = finders.find(url.removeprefix("/static/"))
    return Path(path).stat().st_size if path else 0


def gzip_size(url: str) -> int:
    """What a static file weighs on the wire, gzipped (WhiteNoise serves it so)."""
    path = finders.find(url.removeprefix("/static/"))
    return len(gzip.compress(Path(path).read_bytes())) if path else 0


def bench_story_page(*, events: int = 2000, runs: int = 5) -> dict:
    """Server time of the story page and a timeline partial, and the page's transfer size."""
    plain_static = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    with (
        override_settings(
            STORAGES={
                "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
                "staticfiles": plain_static,
            },
            ALLOWED_HOSTS=["testserver"],
            DEBUG=False,
        ),
        transaction.atomic(),
    ):
        story = generate_story(events=events, slug=f"bench-{time.time_ns()}")
        client = Client()
        page_url = story.get_absolute_url()
        timeline_url = reverse("stories:timeline", kwargs={"slug": story.slug}) + "?page=3"
        map_url = reverse("stories:map_data", kwargs={"slug": story.slug})

        page_ms, html, page_queries = _timed(client, page_url, runs=runs)
        partial_ms, _, partial_queries = _timed(
            client, timeline_url, runs=runs, HTTP_HX_REQUEST="true"
        )
        filtered_ms, _, _ = _timed(
            client, page_url + "?certainty=planned", runs=runs, HTTP_HX_REQUEST="true"
        )
        map_ms, geojson, map_queries = _timed(client, map_url, runs=runs)
        embed_url = reverse("stories:embed", kwargs={"slug": story.slug})
        embed_ms, embed_html, embed_queries = _timed(client, embed_url, runs=runs)
        assets = page_assets(html.decode())
        asset_bytes = sum(static_size(url) for url in assets)
        asset_gzip = sum(gzip_size(url) for url in assets)
        embed_assets = page_assets(embed_html.decode())
        transaction.set_rollback(True)

    total = len(html) + len(geojson) + asset_bytes
    embed_total = len(embed_html) + len(geojson) + sum(static_size(u) for u in embed_assets)
    embed_gzip = (
        len(gzip.compress(embed_html))
        + len(gzip.compress(geojson))
        + sum(gzip_size(u) for u in embed_assets)
    )
    return {
        "events": events,
        "story_page_ms": round(page_ms, 1),
        "story_page_queries": page_queries,
        "timeline_partial_ms": round(partial_ms, 1),
        "timeline_partial_queries": partial_queries,
        "filtered_chronology_ms": round(filtered_ms, 1),
        "map_data_ms": round(map_ms, 1),
        "map_data_queries": map_queries,
        "html_bytes": len(html),
        "map_data_bytes": len(geojson),
        "static_assets": len(assets),
        "static_bytes": asset_bytes,
        "total_bytes_without_tiles": total,
        "total_gzip_bytes_without_tiles": len(gzip.compress(html))
        + len(gzip.compress(geojson))
        + asset_gzip,
        "embed_page_ms": round(embed_ms, 1),
        "embed_page_queries": embed_queries,
        "embed_html_bytes": len(embed_html),
        "embed_static_assets": len(embed_assets),
        "embed_total_bytes_without_tiles": embed_total,
        "embed_total_gzip_bytes_without_tiles": embed_gzip,
    }
