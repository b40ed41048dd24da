"""Background workers on PostgreSQL, as real processes: they share work, and survive being killed.

These need PostgreSQL's row locks and advisory locks, so they run in the PostgreSQL pass of
`make test` (CI runs both passes); on SQLite they are skipped with that reason.
"""

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from django.db import connection

from stories.models import Mention, Place
from tests.conftest import REPO_ROOT
from tests.factories import make_article, make_place, make_story

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        os.environ.get("DATABASE_URL", "").split(":")[0] not in ("postgres", "postgresql"),
        reason="row and advisory locks: runs in the PostgreSQL pass",
    ),
]

CITIES = ["Lyon", "Porto", "Krakow", "Seville", "Graz", "Utrecht", "Turin", "Bergen", "Leeds"]


def database_url() -> str:
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return f"postgres://{db['USER']}{password}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def child_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    return {
        **env,
        "DATABASE_URL": database_url(),
        "DJANGO_SETTINGS_MODULE": "newsmap.settings",
        **extra,
    }


def pending_places(count: int, *, name_prefix: str = "") -> list[Place]:
    """`count` places, each mentioned in a short article of its own story."""
    places = []
    for i in range(count):
        city = CITIES[i % len(CITIES)]
        name = f"{name_prefix}{city}"
        story = make_story()
        article = make_article(story=story, text=f"Officials met in {name} on Monday.")
        place = make_place(story=story, name=name)
        start = article.text.index(name)
        Mention.objects.create(
            place=place, article=article, text=name, start=start, end=start + len(name)
        )
        places.append(place)
    return places


GEOCODE_SCRIPT = """
import os, sys, time, django
django.setup()
from stories.geocoding.job import geocode_places
go = sys.argv[1]
print("ready", flush=True)
while not os.path.exists(go):
    time.sleep(0.01)
geocode_places(on_progress=lambda pk, outcome: print(pk, outcome, flush=True))
"""


def test_two_workers_never_geocode_the_same_place(tmp_path):
    places = pending_places(240)
    go = tmp_path / "go"
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", GEOCODE_SCRIPT, str(go)],
            cwd=REPO_ROOT,
            env=child_env(),
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    for worker in workers:  # both processes are set up and waiting
        assert worker.stdout.readline().strip() == "ready"
    go.touch()

    outputs = [w.communicate(timeout=300)[0] for w in workers]

    done = [
        {int(line.split()[0]) for line in out.splitlines() if line.split()[1] != "skipped"}
        for out in outputs
    ]
    assert done[0].isdisjoint(done[1])
    assert done[0] | done[1] == {p.pk for p in places}
    assert all(done), "both workers should have taken a share"
    assert not Place.objects.filter(status=Place.Status.PENDING).exists()


def slow_nominatim(loopback, delay: float) -> None:
    def answer(handler):
        time.sleep(delay)
        return (
            200,
            "application/json",
            json.dumps([{"lat": "45.5", "lon": "5.5", "display_name": "Somewhere"}]).encode(),
        )

    loopback.routes["/search"] = answer


def enqueue_geocoding(story_ids: list[int], env: dict[str, str]) -> None:
    code = (
        "import django; django.setup()\n"
        "from stories.tasks import geocode_story_task\n"
        f"[geocode_story_task.enqueue(i) for i in {story_ids!r}]\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, env=env, check=True, timeout=120)


def wait_until(condition, *, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def test_a_killed_worker_loses_nothing_and_its_job_is_retried(loopback, tmp_path):
    from django_tasks_db.models import DBTaskResult, TaskResultStatus

    places = pending_places(1, name_prefix="Qwz")  # unknown offline: goes to the slow provider
    story = places[0].story
    for i in range(1, 40):
        article = make_article(story=story, text=f"Crews reached Qwzfield{i} on Monday.")
        place = make_place(story=story, name=f"Qwzfield{i}")
        start = article.text.index(place.name)
        Mention.objects.create(
            place=place, article=article, text=place.name, start=start, end=start + len(place.name)
        )
    slow_nominatim(loopback, delay=0.1)
    host = loopback.url("/").split("//")[1].rstrip("/")
    geocoders = [
        {
            "class": "geopy.geocoders.Nominatim",
            "options": {"domain": host, "scheme": "http"},
            "min_delay_seconds": 0,
        }
    ]
    env = child_env(
        TASKS_BACKEND="database", GEOCODERS=json.dumps(geocoders), TASKS_CLAIM_GRACE_SECONDS="0"
    )
    enqueue_geocoding([story.pk], env)
    worker_cmd = [sys.executable, "manage.py", "worker", "--interval", "0.1"]
    first = subprocess.Popen(worker_cmd, cwd=REPO_ROOT, env=env, stdout=subprocess.DEVNULL)
    resolved = Place.objects.filter(story=story, status=Place.Status.RESOLVED)
    wait_until(lambda: resolved.count() >= 5)

    first.send_signal(signal.SIGKILL)
    first.wait(timeout=30)
    done_before = set(resolved.values_list("pk", flat=True))
    assert DBTaskResult.objects.get().status == TaskResultStatus.RUNNING
    assert Place.objects.filter(story=story, status=Place.Status.PENDING).exists()

    second = subprocess.run(
        [*worker_cmd, "--batch"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )

    assert second.returncode == 0, second.stderr
    assert "requeued 1 job" in second.stdout
    assert DBTaskResult.objects.get().status == TaskResultStatus.SUCCESSFUL
    assert not Place.objects.filter(story=story, status=Place.Status.PENDING).exists()
    assert done_before <= set(resolved.values_list("pk", flat=True))
    assert len(loopback.requests) <= 40 + 1  # at most the place in flight was asked twice


def test_a_running_job_with_a_live_worker_is_not_requeued():
    from django_tasks_db.models import DBTaskResult, TaskResultStatus

    from stories.jobs import requeue_abandoned_jobs

    job = DBTaskResult.objects.create(
        task_path="stories.tasks.geocode_story_task",
        args_kwargs={"args": [1], "kwargs": {}},
        status=TaskResultStatus.RUNNING,
        started_at="2000-01-01T00:00:00Z",
        backend_name="default",
        queue_name="default",
        priority=0,
        run_after="9999-01-01T00:00:00Z",
    )
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import django, time; django.setup()\n"
            "from stories.jobs import job_liveness\n"
            f"with job_liveness({str(job.pk)!r}):\n"
            "    print('holding', flush=True); time.sleep(60)\n",
        ],
        cwd=REPO_ROOT,
        env=child_env(),
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "holding"

        assert requeue_abandoned_jobs() == 0
    finally:
        holder.kill()
        holder.wait()
