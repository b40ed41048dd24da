"""Concurrent ingests that start stories with the same title each get a story, with distinct
slugs, on PostgreSQL (where the check-then-insert on the slug raced into IntegrityError)."""

import os
import random
import threading

import pytest
from django.db import connection, connections

from stories.ingestion.services import ingest_record
from stories.models import Story
from tests.factories import make_record

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        os.environ.get("DATABASE_URL", "").split(":")[0] not in ("postgres", "postgresql"),
        reason="concurrent writers: runs in the PostgreSQL pass",
    ),
]

WORDS = [
    "harbor",
    "ferry",
    "council",
    "budget",
    "storm",
    "bridge",
    "river",
    "school",
    "market",
    "station",
    "road",
    "mayor",
]


def distinct_text(seed: int) -> str:
    """Prose no other seed's text resembles, so each ingest starts a story of its own."""
    rng = random.Random(seed)
    sentences = (
        " ".join(rng.choice(WORDS) for _ in range(14)).capitalize() + "." for _ in range(12)
    )
    return " ".join(sentences)


def ingest_together(title: str, count: int) -> list[BaseException]:
    barrier = threading.Barrier(count)
    errors: list[BaseException] = []

    def ingest(n: int) -> None:
        try:
            record = make_record(
                title=title,
                canonical_url=f"https://coast.example/{title}/{n}",
                text=distinct_text(hash((title, n))),
            )
            barrier.wait()
            ingest_record(record)
        except BaseException as error:
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=ingest, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_four_concurrent_ingests_with_one_title_each_get_a_story():
    assert connection.vendor == "postgresql"
    failures = []
    for round_ in range(3):
        failures += ingest_together(f"Storm closes the harbor {round_}", 4)

    assert failures == []
    assert Story.objects.count() == 12
    assert Story.objects.values("slug").distinct().count() == 12
