"""`manage.py bench` (`make bench`): speed and memory figures, printed, never asserted.

Runs against a throwaway test database, so a developer's own data is never touched.
"""

import json
import time

from django.core.management.base import BaseCommand, CommandParser
from django.db import connection
from django.test.utils import setup_test_environment, teardown_test_environment

from benchmarks.ingestion import generate_payloads, throughput_benchmark
from stories.ingestion.services import ingest_bytes


class Command(BaseCommand):
    help = "Print speed and memory figures for ingestion, extraction, gazetteer and pages."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--articles", type=int, default=300, help="generated articles")

    def handle(self, *args, articles: int, **options):
        setup_test_environment()
        old_name = connection.settings_dict["NAME"]
        connection.creation.create_test_db(verbosity=0, autoclobber=True)
        try:
            for title, figures in self.sections(articles):
                self.stdout.write(f"\n== {title}")
                for key, value in figures.items():
                    shown = json.dumps(value) if isinstance(value, dict) else value
                    self.stdout.write(f"  {key:<34}{shown}")
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0)
            teardown_test_environment()

    def sections(self, articles: int):
        from benchmarks.browser_pages import bench_browser_story_page
        from benchmarks.evaluation.gazetteer import benchmark as gazetteer_benchmark
        from benchmarks.extraction import extraction_benchmark
        from benchmarks.pages import bench_story_page

        yield "ingestion: reading and cleaning (no database)", throughput_benchmark(articles)
        yield "ingestion: into the database, without extraction", ingest_benchmark(articles)
        yield "extraction (single process) beside bare spaCy", extraction_benchmark()
        yield "gazetteer", gazetteer_benchmark()
        yield "story page, 2,000 events (server time, test client)", bench_story_page()
        yield (
            "story page in Chromium: ready / gzip bytes / JS heap at 1,000, 10,000, 100,000 events",
            bench_browser_story_page(),
        )


def ingest_benchmark(n: int) -> dict:
    payloads = generate_payloads(n, seed=99)
    started = time.perf_counter()
    count = 0
    for index, (kind, payload) in enumerate(payloads):
        count += len(ingest_bytes(payload, source=f"bench-{index}.{kind}"))
    seconds = time.perf_counter() - started
    return {
        "articles": count,
        "seconds": round(seconds, 2),
        "articles_per_s": round(count / seconds, 1),
    }
