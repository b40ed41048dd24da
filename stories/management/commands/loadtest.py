"""`manage.py loadtest` (`make load`): the served app under load, figures printed, not asserted.

Runs against a throwaway test database (a temporary SQLite file, or `test_<name>` on the
PostgreSQL server of DATABASE_URL), so a developer's own data is never touched.
"""

import json
import os
import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandParser
from django.db import connection
from django.test.utils import setup_test_environment, teardown_test_environment

from benchmarks.loadtest import run_load_test


class Command(BaseCommand):
    help = "Serve Newsmap with gunicorn on loopback and load a 2,000-event story's pages."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--clients", type=int, default=50)
        parser.add_argument("--seconds", type=float, default=60)
        parser.add_argument("--events", type=int, default=2000)
        parser.add_argument(
            "--workers", type=int, default=os.cpu_count() or 2, help="gunicorn processes"
        )
        parser.add_argument("--threads", type=int, default=8, help="threads per process")
        parser.add_argument(
            "--random-query-share",
            type=float,
            default=0.0,
            help="share of clients sending a random query string (e.g. 0.33)",
        )

    def handle(
        self, *args, clients, seconds, events, workers, threads, random_query_share, **options
    ):
        setup_test_environment()
        old_name = connection.settings_dict["NAME"]
        with tempfile.TemporaryDirectory(prefix="newsmap-load-") as scratch:
            if connection.vendor == "sqlite":
                # gunicorn's processes must open the same file: not an in-memory database.
                connection.settings_dict["TEST"]["NAME"] = str(Path(scratch) / "load.sqlite3")
            connection.creation.create_test_db(verbosity=0, autoclobber=True)
            try:
                figures = run_load_test(
                    clients=clients,
                    seconds=seconds,
                    events=events,
                    workers=workers,
                    threads=threads,
                    random_query_share=random_query_share,
                    log=lambda line: self.stderr.write(line),
                )
            finally:
                connection.creation.destroy_test_db(old_name, verbosity=0)
                teardown_test_environment()
        self.print_figures(figures)

    def print_figures(self, figures: dict) -> None:
        self.stdout.write(f"\n== load test: {connection.vendor}, {figures['gunicorn']}")
        keys = ("clients", "random_query_clients", "seconds", "events", "embed", "editor_saves")
        for key in (*keys, "places_geocoded"):
            self.stdout.write(f"  {key:<18}{figures[key]}")
        header = f"  {'endpoint':<26}{'requests':>9}{'errors':>7}{'p50':>8}{'p95':>8}{'p99':>8}"
        self.stdout.write(header + f"{'req/s':>8}   (milliseconds)")
        for name, row in figures["endpoints"].items():
            self.stdout.write(
                f"  {name:<26}{row['requests']:>9}{row['errors']:>7}{row['p50_ms']:>8}"
                f"{row['p95_ms']:>8}{row['p99_ms']:>8}{row['req_per_s']:>8}"
            )
        total = sum(row["req_per_s"] for row in figures["endpoints"].values())
        self.stdout.write(f"  {'all':<26}{'':>9}{'':>7}{'':>8}{'':>8}{'':>8}{round(total, 1):>8}")
        if figures["error_samples"]:
            self.stdout.write("  errors: " + json.dumps(figures["error_samples"]))
