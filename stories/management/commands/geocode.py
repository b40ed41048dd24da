"""`manage.py geocode [--retry-unresolved]`: the geocoding job, in the foreground."""

import sys

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from stories.geocoding.job import places_to_geocode
from stories.models import Story
from stories.pipeline import geocode


class Command(BaseCommand):
    help = "Pin pending places (offline gazetteer first, then any configured online geocoders)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--retry-unresolved", action="store_true", help="also retry places left unresolved"
        )
        parser.add_argument("--story", metavar="SLUG", help="only this story's places")

    def handle(self, *args, retry_unresolved: bool, story: str | None, **options):
        story_id = None
        if story:
            found = Story.objects.filter(slug=story).first()
            if found is None:
                raise CommandError(f"no such story: {story}")
            story_id = found.pk
        total = places_to_geocode(retry_unresolved=retry_unresolved, story_id=story_id).count()
        progress = tqdm(total=total, unit="place", file=sys.stderr, disable=not sys.stderr.isatty())
        report = geocode(
            retry_unresolved=retry_unresolved,
            story_id=story_id,
            on_progress=lambda place, outcome: progress.update(),
        )
        progress.close()
        self.stdout.write(report.summary())
