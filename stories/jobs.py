"""Keeping background jobs safe when a worker dies in the middle of one.

django-tasks-db marks a job RUNNING when a worker claims it; if that worker is killed, the row
stays RUNNING for ever. While one of our jobs runs, its worker holds a PostgreSQL session
advisory lock named after the job. The lock dies with the worker's connection, so a job marked
RUNNING whose lock anyone can take has lost its worker: `requeue_abandoned_jobs` puts it back
in the queue. SQLite has no such locks; there a job RUNNING for longer than `stale_after` is
taken as abandoned (one machine, one worker: the usual SQLite deployment).

Nothing is lost meanwhile because the jobs themselves are resumable: geocoding commits place by
place and only ever picks up pending places; extraction rewrites an article's results whole.
"""

from __future__ import annotations

import datetime as dt
import zlib
from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone
from django_tasks_db.models import DBTaskResult, TaskResultStatus


def _lock_key(job_id: object) -> int:
    """A signed 32-bit key for pg_advisory_lock, stable across processes."""
    return zlib.crc32(str(job_id).encode()) - 2**31


def _has_advisory_locks() -> bool:
    return connection.vendor == "postgresql"


@contextmanager
def job_liveness(job_id: object) -> Iterator[None]:
    """Hold the job's advisory lock for as long as the job runs in this process."""
    if not _has_advisory_locks():
        yield
        return
    key = _lock_key(job_id)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_lock(%s)", [key])
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [key])


def _worker_is_gone(job_id: object) -> bool:
    key = _lock_key(job_id)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [key])
        (taken,) = cursor.fetchone()
        if taken:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [key])
    return bool(taken)


def claim_grace() -> dt.timedelta:
    """A job claimed a moment ago may not hold its lock yet: leave it alone this long."""
    return dt.timedelta(seconds=settings.TASKS_CLAIM_GRACE_SECONDS)


def requeue_abandoned_jobs(*, stale_after: dt.timedelta = dt.timedelta(minutes=30)) -> int:
    """Put jobs whose worker died back in the queue; returns how many."""
    requeued = 0
    age = claim_grace() if _has_advisory_locks() else stale_after
    running = DBTaskResult.objects.filter(
        status=TaskResultStatus.RUNNING, started_at__lt=timezone.now() - age
    )
    for job in running.only("id"):
        if _has_advisory_locks() and not _worker_is_gone(job.id):
            continue
        with transaction.atomic():
            requeued += DBTaskResult.objects.filter(
                pk=job.pk, status=TaskResultStatus.RUNNING
            ).update(status=TaskResultStatus.READY, started_at=None)
    return requeued
