"""`manage.py ingest SOURCE [SOURCE ...]`: read articles from files, directories, globs or URLs."""

import sys

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from stories.ingestion.readers import expand_sources
from stories.ingestion.records import INPUT_FORMATS, IngestionError
from stories.models import Story
from stories.pipeline import PipelineOptions, ingest_sources


class Command(BaseCommand):
    help = "Ingest news articles (text, HTML, WordPress JSON, RSS/Atom) from files or URLs."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("sources", nargs="+", metavar="SOURCE", help="file, dir, glob or URL")
        parser.add_argument("--story", metavar="SLUG", help="put every article in this story")
        parser.add_argument("--format", choices=["auto", *INPUT_FORMATS], default="auto")
        parser.add_argument(
            "--force", action="store_true", help="re-run extraction on unchanged articles"
        )
        parser.add_argument(
            "--queue", action="store_true", help="hand extraction to the background worker"
        )

    def handle(self, *args, sources: list[str], story: str | None, format: str, **options):
        try:
            expanded = expand_sources(sources)
        except IngestionError as error:
            raise CommandError(str(error)) from None
        target = self._story(story) if story else None

        progress = None
        if len(expanded) > 1 and sys.stderr.isatty():
            progress = tqdm(total=len(expanded), unit="source", file=sys.stderr, leave=False)
        report = ingest_sources(
            expanded,
            format=format,
            story=target,
            options=PipelineOptions(force=options["force"], queue=options["queue"]),
            on_progress=(lambda _source: progress.update()) if progress else None,
        )
        if progress:
            progress.close()
        if target and report.results and target.title == _title_from_slug(target.slug):
            target.title = report.results[0].article.title[:300]
            target.save(update_fields=["title", "updated_at"])

        for error in report.errors:
            self.stderr.write(f"error: {error}")
        if options["verbosity"] > 1:
            for result in report.results:
                self.stdout.write(f"{result.outcome}: {result.article} [{result.article.story}]")
        self.stdout.write(report.summary())
        if report.errors:
            raise CommandError(f"{len(report.errors)} of {len(expanded)} sources failed")

    def _story(self, slug: str) -> Story:
        story, _ = Story.objects.get_or_create(
            slug=slug, defaults={"title": _title_from_slug(slug)}
        )
        return story


def _title_from_slug(slug: str) -> str:
    """A placeholder title for a story named on the command line, until an article names it."""
    return slug.replace("-", " ").capitalize()
