"""Whole-corpus walks that several tests read, run once per test session (see conftest.py).

Extracting the 168 pages of the Article Extraction Benchmark takes minutes; `extract --json`
over them and `ingest` of them each did so in two test modules. Here each walk runs once and
keeps what the tests look at: the command's output, and what the database held afterwards.
The database walk runs inside a transaction that is rolled back at once, as it did inside each
test, so no other test ever sees its rows.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from io import StringIO
from pathlib import Path

from django.core.management import CommandError, call_command
from django.db import transaction

#: A mention's article text, start and end → its place's (latitude, longitude), or None.
Positions = dict[tuple[str, int, int], tuple[float, float] | None]


@dataclass(frozen=True)
class CommandRun:
    """What a management command printed, and the CommandError it ended with, if any."""

    out: str
    err: str
    error: CommandError | None = None


@dataclass(frozen=True)
class IngestWalk(CommandRun):
    """An `ingest` run, then `geocode`, and what the database held after them."""

    articles: int = 0
    positions: Positions = field(default_factory=dict)


def run_command(*args: str) -> CommandRun:
    out, err = StringIO(), StringIO()
    try:
        call_command(*args, stdout=out, stderr=err)
    except CommandError as error:
        return CommandRun(out.getvalue(), err.getvalue(), error)
    return CommandRun(out.getvalue(), err.getvalue())


def decompressed(packed_pages: list[Path], target: Path) -> list[Path]:
    """The `*.html.gz` pages written out as `.html` files in `target` (readers sniff the name)."""
    pages = []
    for packed in packed_pages:
        page = target / packed.name.removesuffix(".gz")
        page.write_bytes(gzip.decompress(packed.read_bytes()))
        pages.append(page)
    return pages


def stored_positions() -> Positions:
    """Every stored mention's coordinates, keyed like `extract --json` output."""
    from stories.models import Mention

    found: Positions = {}
    for mention in Mention.objects.select_related("place", "article"):
        place = mention.place
        position = (place.latitude, place.longitude)
        key = (mention.article.text, mention.start, mention.end)
        found[key] = None if position == (None, None) else position
    return found


def ingest_walk(sources: list[str]) -> IngestWalk:
    """`ingest` the sources, then `geocode`, in a transaction rolled back before returning."""
    from stories.models import Article

    with transaction.atomic():
        ingested = run_command("ingest", *sources)
        articles = Article.objects.count()
        call_command("geocode", verbosity=0)
        walk = IngestWalk(**vars(ingested), articles=articles, positions=stored_positions())
        transaction.set_rollback(True)
    return walk


@contextmanager
def rolled_back(django_db_blocker) -> Iterator[None]:
    """Rows written in this block stay for the tests of a wider scope, then are rolled back.

    For a module fixture whose tests only read its rows (each test's own writes are undone
    at the test's end, as ever): the rows are written once instead of once per test. Not for
    transactional tests (live server, several connections): they would not see the rows.
    """
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
    try:
        yield
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
