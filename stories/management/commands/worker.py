"""`manage.py worker` (`make worker`): requeue jobs abandoned by dead workers, then work.

A thin wrapper around django-tasks-db's `db_worker`; every option after `--` goes to it.
"""

import datetime as dt

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

from stories.jobs import requeue_abandoned_jobs


class Command(BaseCommand):
    help = "Run a background worker for the database task backend (TASKS_BACKEND=database)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--stale-after",
            type=int,
            default=1800,
            help="SQLite only: seconds after which a running job counts as abandoned",
        )
        parser.add_argument("--batch", action="store_true", help="exit when the queue is empty")
        parser.add_argument("--interval", type=float, default=1.0, help="seconds between polls")

    def handle(self, *args, stale_after: int, batch: bool, interval: float, **options):
        requeued = requeue_abandoned_jobs(stale_after=dt.timedelta(seconds=stale_after))
        if requeued:
            self.stdout.write(f"requeued {requeued} job(s) abandoned by a dead worker")
        worker_options = {
            "batch": batch,
            "interval": interval,
            "startup_delay": False,
            "verbosity": options["verbosity"],
        }
        call_command("db_worker", **worker_options)
