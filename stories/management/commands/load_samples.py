"""`manage.py load_samples`: the bundled sample stories, so a new user sees a living map at once."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from stories.ingestion.readers import expand_sources
from stories.ingestion.services import ingest_sources

SAMPLES_DIR = Path(__file__).resolve().parents[2] / "samples"


class Command(BaseCommand):
    help = "Ingest the bundled sample articles (idempotent: safe to run on every start)."

    def handle(self, *args, **options):
        patterns = [str(SAMPLES_DIR / f"*.{ext}") for ext in ("json", "txt", "xml")]
        report = ingest_sources(expand_sources(patterns))
        for error in report.errors:
            self.stderr.write(f"error: {error}")
        self.stdout.write(f"sample articles: {report.summary()}")
        if report.errors:
            raise CommandError("the bundled samples failed to load")
